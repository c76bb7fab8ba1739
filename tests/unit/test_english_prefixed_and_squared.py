"""English question words the look-up missed (issue 15): an irregular verb form behind a prefix ("rebuilt",
"overcame", "withheld": the irregular table holds "built", "came", "held"), a statistic named by its letter squared
("R-squared", "Q-square": the text writes "R²", which the index reads as "r2"), and a bound asked "at most" (the
text's "maksimal"). Made-up texts, the stub encoder."""

from telusur.english_vocabulary import base_forms
from telusur.query.english import indonesian_words

MASJID = """# Sejarah Masjid Tua

## Gempa

Gempa besar tahun 1889 meruntuhkan sebagian besar dinding masjid dan menaranya.

## Pemugaran

Masjid itu dibangun kembali oleh warga desa dan selesai dipugar pada tahun 1902.
"""


def test_a_prefixed_irregular_form_is_read_through_its_base():
    assert "rebuild" in base_forms("rebuilt")
    assert "overcome" in base_forms("overcame")
    assert "withhold" in base_forms("withheld")
    assert "mistake" in base_forms("mistook")
    assert base_forms("rested")[:2] == ["rested", "rest"]  # a regular form stays as it was
    assert ("bangun",) in indonesian_words("rebuilt")


def test_a_question_asking_what_was_rebuilt_finds_the_text_saying_so(retriever_of):
    retriever = retriever_of({"masjid.md": MASJID})
    terms = {t for group in retriever.english_terms("When was the mosque rebuilt?") for t in group}
    assert "bangun" in terms  # "dibangun" stems to "bangun"


REGRESI = """# Analisis Regresi

## Uji F

Uji F menguji apakah semua variabel bebas bersama-sama berpengaruh terhadap variabel terikat.

## Koefisien Determinasi

Nilai R² sebesar 0,62 berarti 62% variasi penjualan dijelaskan oleh harga dan promosi.
"""


def test_a_letter_squared_is_the_text_superscript():
    assert ("r2",) in indonesian_words("R-squared")
    assert ("q2",) in indonesian_words("Q-square")
    assert not any(w == ("square2",) or w == ("e2",) for w in indonesian_words("square"))


def test_the_passage_giving_r_squared_is_found(retriever_of):
    retriever = retriever_of({"regresi.md": REGRESI})
    question = "What is the R-squared of the sales model?"
    assert any("r2" in group for group in retriever.english_terms(question))
    assert retriever.search(question, 3).hits[0].chunk.text.startswith("Nilai R²")


KOLAM = """# Kolam Terpal

## Ukuran

Kolam terpal dibuat berbentuk bulat dengan tinggi air maksimal 80 cm agar dinding tidak jebol.

## Pakan

Ikan diberi pakan pelet dua kali sehari, pagi dan sore.
"""


def test_at_most_asks_a_bound(retriever_of):
    retriever = retriever_of({"kolam.md": KOLAM})
    question = "How high can the water in a tarpaulin pond be at most?"
    assert any("maksimal" in group for group in retriever.english_terms(question))
    assert retriever.search(question, 3).hits[0].chunk.text.startswith("Kolam terpal dibuat")


POMPA = """# Pompa Air

## Kegunaan

Pompa air dipakai untuk mengalirkan air dari sumur ke bak penampungan di atap.

## Biaya Nyata

Biaya nyata sebuah pompa air meliputi listrik, suku cadang dan upah perawatan.
"""


def test_an_adverb_that_only_stresses_the_question_is_not_looked_up(retriever_of):
    from telusur.query.english import content_words

    assert content_words("What is a water pump really used for?") == ["water", "pump", "used"]
    assert content_words("What exactly does the committee basically decide?") == ["committee", "decide"]
    assert "real" in content_words("What is the real cost of a pump?")  # the adjective is a word of its own
    retriever = retriever_of({"pompa.md": POMPA})
    question = "What is a water pump really used for?"
    assert not any("nyata" in group for group in retriever.english_terms(question))
    assert retriever.search(question, 3).hits[0].chunk.text.startswith("Pompa air dipakai")
