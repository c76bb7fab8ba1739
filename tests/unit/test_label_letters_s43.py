"""A one-letter label after the noun it labels ("kelas B", "Tipe C", "huruf d") is a search word (issue 14; session
43): the passages of a list of kinds share every other word, and a single letter alone is a stop word, so every kind's
passage tied and the one asked for was not found first. Written about fire extinguishers and a law's points, not the
drug categories that showed the kind."""

from telusur.index.lexical import BM25, is_label, tokenize, written_forms

PASSAGES = [
    "Alat pemadam api kelas A dipakai untuk kebakaran bahan padat biasa seperti kayu, kertas dan kain.",
    "Alat pemadam api kelas B dipakai untuk kebakaran bahan cair yang mudah terbakar seperti bensin dan minyak.",
    "Alat pemadam api kelas C dipakai untuk kebakaran peralatan listrik yang masih bertegangan.",
    "Alat pemadam api kelas D dipakai untuk kebakaran logam seperti magnesium dan natrium.",
]


def _first(question: str) -> int:
    bm25 = BM25.build([tokenize(p) for p in PASSAGES], form_lists=[written_forms(p) for p in PASSAGES])
    scores = bm25.scores(tokenize(question), written_forms(question))
    assert sorted(scores)[-1] > sorted(scores)[-2]  # no tie
    return int(scores.argmax())


def test_the_kind_asked_by_its_letter_is_found_first():
    assert _first("pemadam kelas C buat apa") == 2
    assert _first("apar golongan D untuk kebakaran apa") == 3  # the label asked after another noun of kinds
    assert _first("What is a class B fire extinguisher used for?") == 1


def test_a_label_is_searched_only_after_its_noun():
    assert tokenize("Tipe C dan pasal 5 huruf d") == ["tipe", "c", "pasal", "5", "huruf", "d"]
    assert "a" not in tokenize("A. Pendahuluan") and "e" not in tokenize("vitamin, e.g. C")
    assert is_label("B", "Kelas") and not is_label("B", "rumah") and not is_label("AB", "kelas")
