"""English verbs whose sense is not their word list entry's (issue 15): "make" with the question word as its subject
asks a cause ("What makes the leaves turn yellow?": the text's "menyebabkan", not "membuat" something), and "object
to" is raising an objection (the text's "keberatan", not an "objek"). Made-up texts, the stub encoder."""

from telusur.query.english import CAUSING, content_words, translate

TANAMAN = """# Perawatan Tanaman

## Air

Kekurangan air menyebabkan daun tanaman menguning.

## Kompos

Petani membuat kompos dari daun tanaman yang menguning.

## Pupuk

Cara membuat pupuk cair dari air cucian beras.
"""


def test_make_with_the_question_word_as_subject_asks_a_cause():
    identity = lambda w: w  # noqa: E731
    for question in ("What makes plant leaves turn yellow?", "What factors make the queue long?",
                     "Which habit made the battery drain?"):
        assert list(CAUSING) in translate(question, identity), question
        assert not {"make", "makes", "made"} & set(content_words(question)), question
    # making a thing, "make up", "made of" and what enables are no cause
    for question in ("How do farmers make compost?", "Which parts make up a cell?", "What is the roof made of?",
                     "What made it possible to measure it?"):
        assert list(CAUSING) not in translate(question, identity), question


def test_the_passage_saying_what_causes_it_is_found(retriever_of):
    retriever = retriever_of({"tanaman.md": TANAMAN})
    assert retriever.search("What makes plant leaves turn yellow?", 3).hits[0].chunk.text.startswith("Kekurangan air")


SEWA = """# Perjanjian Sewa Rumah

## Objek Sewa

Objek sewa adalah sebuah rumah beserta halaman yang disewa oleh penyewa dari pemilik.

## Keberatan

Penyewa dapat mengajukan keberatan atas kenaikan harga sewa kepada pemilik paling lambat tujuh hari.
"""


def test_object_to_is_raising_an_objection(retriever_of):
    retriever = retriever_of({"sewa.md": SEWA})
    question = "What can a tenant object to?"
    terms = {t for group in retriever.english_terms(question) for t in group}
    assert "berat" in terms and "objek" not in terms  # the index stems "keberatan" to "berat"
    assert retriever.search(question, 3).hits[0].chunk.text.startswith("Penyewa dapat")
