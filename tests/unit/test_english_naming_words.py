"""An English question naming the document it asks of by what sets it apart ("the Prodia study", "the forest burning
paper", "this PLS study": issue 15) says which document, not which of its passages: the document writes that name in
its title and abstract, not in the passage that answers. english.naming_words reads the phrase; in a document writing
its words they weigh nothing among its passages (english_words: Retriever._weighed_in_document) and the lexical side
(english_lexical) does not count them; in a document not writing them they still weigh as words it lacks. Made-up
texts, the stub encoder."""

from telusur.query.english import naming_words
from telusur.query.ranker import PASSAGE_FEATURES

NELAYAN = """# Pendapatan Nelayan Desa Lumbira

## Abstrak

Penelitian di Desa Lumbira ini meneliti pendapatan nelayan tradisional dan koperasi nelayan Lumbira.

## Hasil

Setiap nelayan rata-rata memiliki tiga perahu kayu yang ditambatkan di dermaga.
"""

PETANI = """# Pendapatan Petani

## Hasil

Setiap petani rata-rata memiliki dua perahu kecil untuk menyeberangi sungai menuju sawah.
"""

WORDS = PASSAGE_FEATURES.index("english_words")
LEXICAL = PASSAGE_FEATURES.index("english_lexical")


def _features(retriever, question: str, column: int) -> dict[str, float]:
    """Each passage's feature, by its first words."""
    found = retriever.candidates(question, retriever.query_vector(question))
    return {retriever.index.chunks[i].text.split(".")[0][:30]: found.features[n, column]
            for n, i in enumerate(found.ids)}


def _of(values: dict[str, float], opening: str) -> float:
    return next(value for text, value in values.items() if text.startswith(opening))


def test_the_words_of_a_phrase_naming_the_document_are_read():
    assert naming_words("How many boats does each fisherman have in the Lumbira study?") == ["Lumbira", "study"]
    assert naming_words("What did the coastal income paper find about boats?") == ["coastal", "income", "paper"]
    assert naming_words("What does the preliminary harbour survey decide?") == ["harbour", "survey"]
    # an ordinal or a word placing the work among others is no name
    assert naming_words("What did the second study find?") == []
    assert naming_words("What is the third research question?") == []
    assert naming_words("What did the earlier harbour research show?") == ["harbour", "research"]
    assert naming_words("What does the study say?") == []


def test_a_name_of_the_document_weighs_nothing_among_its_passages(retriever_of):
    retriever = retriever_of({"nelayan.md": NELAYAN, "petani.md": PETANI})
    question = "How many boats does each fisherman have in the Lumbira study?"
    words = _features(retriever, question, WORDS)
    # the passage giving the boats holds every word of the question but the study's name; the abstract holds the
    # name (twice) and "nelayan" only
    assert _of(words, "Setiap nelayan") > _of(words, "Penelitian di Desa")
    lexical = _features(retriever, question, LEXICAL)
    assert _of(lexical, "Setiap nelayan") > _of(lexical, "Penelitian di Desa")


def test_a_document_not_writing_the_name_still_counts_it_as_a_word_it_lacks(retriever_of):
    retriever = retriever_of({"nelayan.md": NELAYAN, "petani.md": PETANI})
    words = _features(retriever, "How many boats does each fisherman have in the Lumbira study?", WORDS)
    assert _of(words, "Setiap petani") < _of(words, "Setiap nelayan")


SIMPAN_PINJAM = """# Koperasi Simpan Pinjam Sejahtera

## Rapat Anggota

Laporan tahunan koperasi memuat neraca, sisa hasil usaha dan rencana kerja tahun berikutnya.
"""

LAPORAN = """# Laporan Tahunan Koperasi Mandiri

## Isi

Laporan ini memuat neraca dan rencana kerja koperasi untuk tahun berikutnya.
"""


def test_a_phrase_in_lower_case_names_a_document_only_where_a_title_writes_it(retriever_of):
    question = "What does the annual report of the cooperative contain?"
    # "the annual report" is what the passage speaks of in a text whose title is another: its words are searched
    assert not retriever_of({"sp.md": SIMPAN_PINJAM})._naming_terms(question)
    assert retriever_of({"sp.md": SIMPAN_PINJAM, "lap.md": LAPORAN})._naming_terms(question)
    # a capitalised word or an acronym is a name, titled or not
    assert naming_words("What did the Sejahtera report find?", lambda words: False) == ["Sejahtera", "report"]
    assert naming_words("What does the annual report contain?", lambda words: False) == []
