"""A token with digits is one typo from a term only with the same digits: "232sm" typed is not "522sm" or "323sm"
(another year, another article of a law), while "covid19" still finds "covid-19" and a letter slip stays a slip."""

from telusur.index.lexical import BM25, tokenize

PASSAGES = [
    "Kekaisaran itu runtuh pada 522SM setelah perang panjang.",
    "Raja itu naik takhta pada 323SM di ibu kota lama.",
    "Pandemi covid-19 melanda dunia pada tahun 2020.",
    "Pemerintah menerbitkan peraturan tentang kesehatan masyarakat.",
]


def _bm25() -> BM25:
    return BM25.build([tokenize(p) for p in PASSAGES])


def test_a_number_typed_is_not_read_as_another_number():
    weights = _bm25().term_weights("luas kekaisaran pada 232SM")
    assert "522sm" not in weights and "323sm" not in weights


def test_the_same_digits_and_a_slip_of_a_letter_still_match():
    bm25 = _bm25()
    assert "covid-19" in bm25.term_weights("pandemi covid19")
    assert "masyarakat" in bm25.term_weights("kesehatan masyarakatt")
