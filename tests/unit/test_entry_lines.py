"""Which lines are reference-list entries, and how one is read: a made-up line for each clause of
citations/references.py that no other test held (each case fails when its clause is dropped or forced)."""

from __future__ import annotations

import pytest

from telusur.citations.references import looks_like_entry, parse_reference


@pytest.mark.parametrize("line", [
    "Wahyudi, Agus. t.t. Hukum Adat Jawa. Surabaya: Pustaka Ilmu.",  # no date where the year stands
    "Kementerian Kesehatan RI. Pedoman Gizi Seimbang. Jakarta: Kemenkes, 2014.",  # a body, the year last
    "Hartono dan Budi Santoso, “Koperasi Desa di Jawa”, Jurnal Ekonomi, Jakarta: UI Press, 2004.",  # "dan" a person
])
def test_entry_lines(line):
    assert looks_like_entry(line)


@pytest.mark.parametrize("line", [
    ". (2015). Statistika untuk Penelitian. Bandung: Alfabeta.",  # what a reader leaves of a ditto: no name opens it
])
def test_lines_with_a_year_that_are_no_entry(line):
    assert not looks_like_entry(line)


@pytest.mark.parametrize("line, authors, year, title", [
    ("Hartono dan Budi Santoso, “Koperasi Desa di Jawa”, Jurnal Ekonomi, Jakarta: UI Press, 2004.",
     ("Hartono", "Santoso"), "2004", None),
    # a space before a colon, as typed: the title is read without it
    ("Santoso, Budi. 2019. Manajemen Koperasi : Teori dan Praktik. Yogyakarta : Andi Offset.",
     ("Santoso",), "2019", "Manajemen Koperasi: Teori dan Praktik"),
    # the year in parentheses after the authors, a date read at the end: the year is the first
    ("Wibowo, Agus. (2016) Motivasi Kerja Guru. Tersedia: http://contoh.blogspot.com/motivasi.html (12 Mei 2019)",
     ("Wibowo",), "2016", "Motivasi Kerja Guru"),
])
def test_entry_fields(line, authors, year, title):
    ref = parse_reference(line)
    assert (ref.authors, ref.year) == (authors, year)
    assert title is None or ref.title == title


@pytest.mark.parametrize("line", ["Kepmenkes No. 1027/MenKes/SK/IX/ 2004, Standar Pelayanan Kefarmasian di Apotek."])
def test_a_decrees_number_before_its_year_is_no_author(line):
    assert parse_reference(line) is None
