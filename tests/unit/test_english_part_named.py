"""An English question naming the part of a document written in English ("the English abstract", "the summary in
English") asks what that English passage says, not the Indonesian passage saying much the same (issue 15: a paper's
abstract in both languages). english.names_english_part reads the phrase; Retriever.candidates counts the passages
the text writes in English as holding one more of the question's words."""

LAPORAN = """# Laporan Percobaan Tiga Desa

## Abstrak

Pupuk organik menaikkan hasil panen jagung di tiga desa lebih tinggi daripada pupuk kimia.

## Abstract

This study tested how compost affects the maize yield of three villages over two planting seasons, with the plots
measured by the extension officers of each village. Compost raised the yield more than the synthetic inputs that the
farmers buy at the market.

## Pendahuluan

Jagung adalah tanaman pangan penting. Petani di desa banyak memakai pupuk kimia karena harganya murah.
"""


def test_the_english_part_is_read_from_the_phrase_naming_it():
    from telusur.query.english import names_english_part

    assert names_english_part("What does the English abstract say about corn?")
    assert names_english_part("What result does the summary in English report?")
    assert not names_english_part("What is organic fertilizer called in English?")  # an English term asked
    assert not names_english_part("Why do students learn English?")


def _english_words(engine, question):
    """Each passage's opening -> its english_words feature for the question."""
    from telusur.query.ranker import PASSAGE_FEATURES

    retriever = engine.retriever
    found = retriever.candidates(question, retriever.query_vector(question))
    k = PASSAGE_FEATURES.index("english_words")
    return {retriever.index.chunks[i].text[:12]: float(found.features[n][k]) for n, i in enumerate(found.ids)}


def test_the_english_abstract_named_holds_more_of_the_question_than_the_indonesian_one(course):
    # the English abstract says it in other words than the question's ("compost", "maize yield"): by its words alone
    # the Indonesian abstract holds more of the question ("pupuk organik", "jagung", "panen")
    engine = course({"laporan.md": LAPORAN})
    plain = _english_words(engine, "How did organic fertilizer change the corn harvest?")
    assert plain["Pupuk organi"] > plain["This study t"]
    named = _english_words(engine, "According to the English abstract, how did organic fertilizer change the corn "
                                   "harvest?")
    assert named["This study t"] > named["Pupuk organi"]
    hits = engine.retriever.search("According to the English abstract, how did organic fertilizer change the corn "
                                   "harvest?", 2).hits
    assert "Compost raised" in hits[0].chunk.text
