"""A sentence the writer opened with "Yang" after a full stop is the relative clause of the one before it ("… konsep
tautan. Yang berfungsi untuk …"): the answer says the two as one sentence. A "Yang …" sentence saying its own
predicate (a headless relative as its subject: "Yang termasuk … adalah …") or counting ("Yang kedua yaitu …") is a
sentence of its own. All text is invented."""

from telusur.query.answer import units
from tests.unit.test_answer_goes_on import _first

SITUS = """# Situs Web

## Pengertian

Situs web adalah kumpulan halaman yang dapat dibuka lewat peramban. Dari pengertian di atas disimpulkan bahwa situs
web memakai konsep tautan. Yang berfungsi untuk memudahkan pembaca berpindah halaman cukup dengan satu klik. Halaman
situs disimpan di server.

## Server

Server menyimpan berkas halaman dan mengirimkannya ke peramban.
"""


def _said(text: str) -> list[str]:
    return [text[a:b] for a, b in units(text)]


def test_a_relative_clause_split_off_by_a_full_stop_is_one_unit_with_its_sentence():
    text = "Situs web memakai konsep tautan. Yang berfungsi untuk memudahkan pembaca berpindah halaman."
    assert _said(text) == [text]


def test_a_yang_sentence_with_its_own_predicate_or_a_count_stands_alone():
    for second in ("Yang termasuk dalam kelompok ini adalah kurir dan kasir.", "Yang kedua yaitu kelompok kasir.",
                   "Yang satu terjadi di kota lama."):
        first = "Kelompok pertama melayani pembeli yang datang ke toko setiap pagi."  # a line over 80 characters
        assert _said(f"{first} {second}") == [first, second], second


def test_a_yang_sentence_opened_by_an_adverb_or_an_honorific_stands_alone():
    """review7 (s30): "Yang jelas, …" and "Yang Maha Esa …" were said with the sentence before them."""
    first = "Guru harus memahami karakteristik setiap siswa di kelasnya dengan baik dan sabar."
    for second in ("Yang jelas, pembelajaran harus berpusat pada siswa.", "Yang terpenting , siswa aktif belajar.",
                   "Yang Maha Esa menjadi sila pertama dalam rumusan itu."):
        assert _said(f"{first} {second}") == [first, second], second


def test_the_answer_says_the_clause_with_the_sentence_it_belongs_to(course, retriever_of):
    answer = _first(course, retriever_of, {"situs.md": SITUS}, "Apa yang memudahkan pembaca berpindah halaman?",
                    "memudahkan pembaca")
    assert "konsep tautan. Yang berfungsi untuk memudahkan pembaca" in answer.answer, answer.answer
