"""Reference-list kinds the reference-entry gold 2 shows in two invented documents each (issue 14 item 4): a dash or
underscores standing for the authors of the entry above, two of them joined by "dan", the year last; a body whose
name has "dan" (or more words than a person's), the year last; a year OCR split with a space after a whole name and
its full stop. Made-up entries only (none of the gold's)."""

from __future__ import annotations

import pytest

from telusur.citations import reference_entries
from telusur.citations.references import ocr_years, parse_reference
from telusur.documents import read_document


def _entries(tmp_path, *lines: str):
    path = tmp_path / "bab.md"
    path.write_text("# Bab\n\nTeks.\n\n## Daftar Pustaka\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    return [(r.authors, r.year, r.title) for r in reference_entries(read_document(path, path.name, 5.0))]


def test_a_dash_under_two_authors_joined_by_dan_the_year_last(tmp_path):
    got = _entries(tmp_path, "Hartono, Budi Santoso dan Rina Wulandari. Manajemen Koperasi. Malang: UMM Press, 2011.",
                   "———. Akuntansi Koperasi. Malang: UMM Press, 2013.")
    assert got[1] == (("Hartono", "Wulandari"), "2013", "Akuntansi Koperasi")


@pytest.mark.parametrize("dash", ["———.", "---------,", "_______."])
def test_a_dash_under_one_author_keeps_its_title(tmp_path, dash):
    got = _entries(tmp_path, "Hartono, Budi. 2011. Manajemen Koperasi. Malang: UMM Press.",
                   f"{dash} 2013. Akuntansi Koperasi. Malang: UMM Press.")
    assert got[1] == (("Hartono",), "2013", "Akuntansi Koperasi")


@pytest.mark.parametrize("body", ["Kementerian Pertanian dan Perikanan", "Dinas Pemuda dan Olahraga Kota Malang",
                                  "Lembaga Ilmu Pengetahuan dan Teknologi",
                                  "Pusat Penelitian Perkebunan Departemen Pertanian Nasional"])
def test_a_body_the_year_last_is_its_whole_name(body):
    ref = parse_reference(f"{body}. Laporan Tahunan Perkebunan Rakyat. Jakarta: Sekretariat, 2014.")
    assert (ref.authors, ref.year, ref.title) == ((body,), "2014", "Laporan Tahunan Perkebunan Rakyat")


@pytest.mark.parametrize("entry, year, kind", [
    # "t.t." (tanpa tahun) where the year stands: no year, as for a person's entry (published, a body's "Laporan ...":
    # a report)
    ("Kementerian Pertanian dan Perikanan. Laporan Tahunan Perkebunan Rakyat. Jakarta: Sekretariat, t.t.", None, "report"),
    # no place or publisher after the title: no book
    ("Kementerian Pertanian dan Perikanan. Laporan Tahunan Perkebunan Rakyat. 2014.", "2014", "misc"),
])
def test_a_bodys_entry_without_a_year_or_a_publisher(entry, year, kind):
    ref = parse_reference(entry)
    assert (ref.authors, ref.year, ref.title, ref.kind) == (
        ("Kementerian Pertanian dan Perikanan",), year, "Laporan Tahunan Perkebunan Rakyat", kind)


@pytest.mark.parametrize("entry, first", [
    ("Hartono, B. dan R. Wulandari. Manajemen Koperasi. Malang: UMM Press, 2011.", "Hartono"),  # persons, a comma
    ("Wulandari. Manajemen Koperasi Sekolah. Malang: UMM Press, 2011.", "Wulandari"),  # one name
    ("Hartono Wulandari. Manajemen Koperasi Sekolah. Malang: UMM Press, 2011.", "Hartono Wulandari"),  # no body word
])
def test_persons_the_year_last_are_read_as_before(entry, first):
    ref = parse_reference(entry)
    assert (ref.authors[0], ref.year) == (first, "2011")


@pytest.mark.parametrize("split, year", [("Hartono, Budi. 20 11.", "2011"), ("Wulandari. 20 09.", "2009"),
                                         ("Hartono, Budi Santoso. 201 4.", "2014"), ("Al-Bahri, Ahmad Bin. 20 13.", "2013")])
def test_a_year_split_after_a_whole_name_and_its_stop(split, year):
    ref = parse_reference(f"{split} Manajemen Koperasi. Malang: UMM Press.")
    assert ref is not None and ref.year == year and ref.title == "Manajemen Koperasi"


@pytest.mark.parametrize("text", ["Pada Bab. 20 15 siswa hadir.", "dari. 20 15."])  # no stop after; no name before
def test_numbers_after_a_word_that_is_no_name_stay_apart(text):
    assert ocr_years(text) == text
