"""A body with no head word spelt out and cited by its acronym stays the author when the text says it is a body: its
kind ("merupakan organisasi", "LSM ..."), its people ("anggota NU"), its founding ("didirikan"). A thing stays no
author when its name opens with a thing's kind ("Indeks Demokrasi Indonesia", though it ends in the country) or the
text applies it as a thing ("penerapan PSBB"), never spelt out or spelt out after such a word ("Penerapan Corona Virus
Disease (COVID)"). Made-up sentences, with no list and with a list that holds no entry naming them (issue 14)."""

import pytest

from telusur.acronyms import stands_for
from telusur.citations.intext import find_citations

_LIST = "\n\nDAFTAR PUSTAKA\n\nSugiyono. 2017. Metode Penelitian Pendidikan. Bandung: Alfabeta.\n"


def _read(text: str, year: str = "2019") -> list[tuple[str, ...]]:
    return [c.authors for c in find_citations(text) if c.year == year]


@pytest.mark.parametrize("after", ["", _LIST])
@pytest.mark.parametrize("text", [
    "{b} ({a}) merupakan organisasi yang sudah lama dikenal di Jakarta. Angka itu naik setiap tahun ({a}, 2019).",
    "{b} ({a}) adalah salah satu lembaga yang dikenal di Jakarta. Angka itu naik setiap tahun ({a}, 2019).",
    "Penelitian ini membahas {b} ({a}) di Kota Medan. Banyak anggota {a} tinggal di desa. Angka itu naik ({a}, 2019).",
    "Penelitian ini membahas LSM {b} ({a}) di Kota Medan. Angka itu naik setiap tahun ({a}, 2019).",
    "{b} ({a}) didirikan di Jakarta. Angka itu naik setiap tahun ({a}, 2019).",
])
@pytest.mark.parametrize("spelt, acronym", [
    ("Nahdlatul Ulama", "NU"),
    ("Solidaritas Perempuan", "SP"),
    ("Save the Children", "STC"),
])
def test_a_body_with_no_head_word_stays_the_author_when_the_text_says_it_is_a_body(spelt, acronym, text, after):
    assert _read(text.format(b=spelt, a=acronym) + after) == [(acronym,)]


@pytest.mark.parametrize("after", ["", _LIST])
@pytest.mark.parametrize("text", [
    "{b} ({a}) merupakan kebijakan pemerintah yang dikenal di Jakarta. Angka itu naik setiap tahun ({a}, 2019).",
    "Penelitian ini membahas {b} ({a}) di Kota Medan. Angka itu naik setiap tahun ({a}, 2019).",
])
@pytest.mark.parametrize("spelt, acronym", [
    ("Pembatasan Sosial Berskala Besar", "PSBB"),
    ("Indeks Demokrasi Indonesia", "IDI"),
    ("Indeks Kualitas Lingkungan Hidup Indonesia", "IKLHI"),
])
def test_a_thing_stays_no_author(spelt, acronym, text, after):
    assert _read(text.format(b=spelt, a=acronym) + after) == []


def test_a_body_of_the_country_by_its_head_stays_the_author():
    text = "Penelitian ini membahas Ikatan Dokter Indonesia (IDI) di Kota Medan. Angka itu naik setiap tahun (IDI, 2019)."
    assert _read(text) == [("IDI",)]


@pytest.mark.parametrize("after", ["", _LIST])
@pytest.mark.parametrize("use", ["Penerapan PSBB", "Pemberlakuan PSBB", "Selama pandemi, pelaksanaan PSBB"])
def test_an_acronym_the_text_applies_as_a_thing_is_no_author(use, after):
    text = f"{use} membuat sekolah tutup. Kegiatan belajar tatap muka dihentikan (PSBB, 2020)."
    assert _read(text + after, "2020") == []


@pytest.mark.parametrize("use", ["Jumlah pasien BPJS", "Pasien BPJS"])
def test_an_acronyms_patients_make_it_no_thing(use):
    # a patient is a hospital's or an insurer's as often as a disease's: "pasien BPJS" says nothing of what BPJS is
    text = f"{use} meningkat setiap tahun. Angka itu naik tajam (BPJS, 2019)."
    assert _read(text) == [("BPJS",)]


@pytest.mark.parametrize("text", [
    "Kegiatan belajar tatap muka dihentikan (PSBB, 2020).",  # nothing says what it is: an author, as "(APJII, 2020)"
    "Penerapan PSBB diumumkan. PSBB mencatat angka itu (PSBB, 2020).",  # made an agent: a body
])
def test_an_acronym_the_text_never_applies_as_a_thing_stays_the_author(text):
    assert _read(text, "2020") == [("PSBB",)]


def test_a_short_form_made_of_syllables_is_spelt_from_the_word_opening_with_its_letter():
    text = "Penerapan Corona Virus Disease (COVID) membuat sekolah tutup. Kegiatan belajar dihentikan (COVID, 2020)."
    assert stands_for(text, "COVID") == ["Corona Virus Disease"]
    assert _read(text, "2020") == []
