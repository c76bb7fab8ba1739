"""BM25 keeps each word as written beside its stem, and a question's word found as written counts more than its stem
alone: Sastrawi reads some words to another word's root ("dibelinya" -> "bel", as "bel sekolah"; "menelan" -> "tel",
as "Tel Aviv"), and only the form tells the two apart."""

from telusur.index import lexical
from telusur.index.lexical import BM25, tokenize, written_forms

PASSAGES = [
    "Bel sekolah berbunyi tepat jam tujuh.",
    "Rumah kayu di ujung jalan desa itu dibelinya dari seorang pedagang kain pada tahun 1990.",
    "Tel Aviv adalah kota di pesisir Laut Tengah.",
    "Ular sawah itu menelan seekor tikus bulat-bulat di tepi sungai pada malam hari.",
]


def _bm25() -> BM25:
    return BM25.build([tokenize(p) for p in PASSAGES], form_lists=[written_forms(p) for p in PASSAGES])


def _first(bm25: BM25, question: str) -> int:
    return int(bm25.scores(tokenize(question), written_forms(question)).argmax())


def test_a_word_the_stemmer_reads_to_another_words_root_finds_the_passage_writing_it():
    bm25 = _bm25()
    assert tokenize("dibelinya") == tokenize("bel") and tokenize("menelan") == tokenize("Tel")  # the stems meet
    assert _first(bm25, "Apa yang dibelinya?") == 1
    assert _first(bm25, "Hewan apa yang menelan tikus?") == 3


def test_the_root_asked_as_written_still_finds_its_own_passage():
    bm25 = _bm25()
    assert _first(bm25, "Kapan bel berbunyi?") == 0
    assert _first(bm25, "Di mana Tel Aviv?") == 2


def test_without_the_forms_the_stem_alone_cannot_tell_them_apart(monkeypatch):
    monkeypatch.setattr(lexical, "FORM_WEIGHT", 0.0)
    assert _first(_bm25(), "Apa yang dibelinya?") == 0  # the shorter passage, by its "bel" alone


def test_the_forms_are_saved_and_loaded_with_the_index(tmp_path):
    bm25 = _bm25()
    bm25.save(tmp_path)
    loaded = BM25.load(tmp_path)
    question = "Apa yang dibelinya?"
    assert list(loaded.scores(tokenize(question), written_forms(question))) == \
        list(bm25.scores(tokenize(question), written_forms(question)))
    assert _first(loaded, question) == 1
