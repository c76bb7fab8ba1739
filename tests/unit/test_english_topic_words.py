"""An English question's words weighed by how few passages of a document write them (issue 15): of the open sets'
English misses, most are a paraphrase where the text's topic words ("stunting" in a text on stunting, "ISPA",
"penanggung") stand in every passage of the document and the word the question asks by ("kept from": "pencegahan",
"defense": "eksepsi") in one. Weighed by their IDF over the whole text alone, the topic words, rare in a course of
many documents, outweighed it: the document's definition passage came first. retrieval.Retriever._weighed_in_document;
the question model's english_words_top still reads the share by IDF alone (Candidates.english_shares: abstention as
it was fitted)."""

import pytest

from telusur.query.ranker import PASSAGE_FEATURES

STUNTING = """# Stunting

## Pengertian

Stunting adalah kondisi balita gagal tumbuh sehingga tubuhnya lebih pendek dari anak seusianya.

## Dampak

Stunting pada balita menghambat perkembangan otak dan membuat daya tahan tubuh balita lemah.

## Faktor Ibu

Stunting pada balita banyak terjadi bila ibu kurang gizi selama kehamilan.

## Pencegahan

Pencegahan dilakukan dengan pemberian ASI eksklusif, makanan bergizi dan pemeriksaan rutin di posyandu.
"""

# Other texts of the course: "cegah" is a common word of a course on health, "stunting" is written in one text only.
ISPA = """# ISPA

## Pencegahan ISPA

Mencegah ISPA dilakukan dengan mencuci tangan, memakai masker dan menjauhi asap rokok.
"""

DIARE = """# Diare

## Mencegah Diare

Diare dicegah dengan air minum yang dimasak, jamban yang bersih dan mencuci tangan sebelum makan.
"""

WORDS = PASSAGE_FEATURES.index("english_words")


def _english_words(retriever, question: str) -> dict[str, float]:
    """Each passage's english_words, by the passage's first sentence."""
    found = retriever.candidates(question, retriever.query_vector(question))
    return {retriever.index.chunks[i].text.split(".")[0]: found.features[n, WORDS] for n, i in enumerate(found.ids)}


def _of(words: dict[str, float], opening: str) -> float:
    return next(value for text, value in words.items() if text.startswith(opening))


def test_the_word_few_passages_of_the_document_write_outweighs_its_topic(retriever_of):
    retriever = retriever_of({"stunting.md": STUNTING, "ispa.md": ISPA, "diare.md": DIARE})
    words = _english_words(retriever, "How is stunting in toddlers prevented?")
    # "Pencegahan dilakukan ..." says how; "Stunting adalah ... balita" only names what every other passage of the
    # text is about ("balita", written in no other text, weighs most by its IDF over the text alone)
    assert _of(words, "Pencegahan dilakukan") > _of(words, "Stunting adalah")


def test_a_word_every_passage_writes_still_tells_one_document_from_another(retriever_of):
    retriever = retriever_of({"stunting.md": STUNTING, "ispa.md": ISPA, "diare.md": DIARE})
    words = _english_words(retriever, "How is stunting in toddlers prevented?")
    # the ISPA text writes "mencegah" but never "stunting": it holds no more of the question than the stunting text
    assert _of(words, "Mencegah ISPA") < _of(words, "Pencegahan dilakukan")



def test_an_index_of_one_document_weighs_the_english_words_by_their_idf_alone(retriever_of):
    """In an index of one document the document's passages are the text's: how few of them write a word is its IDF
    again, and the product squared it. There english_words is the share by IDF alone, as fitted."""
    retriever = retriever_of({"stunting.md": STUNTING})
    question = "How is stunting in toddlers prevented?"
    found = retriever.candidates(question, retriever.query_vector(question))
    assert found.english_shares and len(found.ids) > 1
    assert [found.features[n, WORDS] for n, i in enumerate(found.ids)] == \
        pytest.approx([found.english_shares.get(i, 0.0) for i in found.ids])
