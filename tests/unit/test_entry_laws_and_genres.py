"""Reference-list entries of kinds the earlier rules did not read (issue 14): laws and regulations listed by their
name with no author, a list's part headings written as lines of the list, seminar papers, research reports,
interviews, and the fields they carry. Made-up entries only."""

from __future__ import annotations

import pytest

from telusur.citations import reference_entries
from telusur.citations.references import parse_reference
from telusur.documents import read_document


def _markdown(tmp_path, body: str):
    path = tmp_path / "bab.md"
    path.write_text(f"# Bab\n\nTeks.\n\n## Daftar Pustaka\n\n{body}\n", encoding="utf-8")
    return read_document(path, path.name, 5.0)


@pytest.mark.parametrize("line, name, year", [
    ("Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan.",
     "Undang-Undang Nomor 12 Tahun 2011", "2011"),
    ("Peraturan Pemerintah No. 24 Tahun 1997 tentang Pendaftaran Tanah (Lembaran Negara Tahun 1997 Nomor 59).",
     "Peraturan Pemerintah No. 24 Tahun 1997", "1997"),
    ("Keputusan Menteri Pertanian Nomor 511/Kpts/PD.310/9/2006 tentang Jenis Komoditi Tanaman.",
     "Keputusan Menteri Pertanian Nomor 511/Kpts/PD.310/9/2006", "2006"),
    ("Putusan Mahkamah Agung Nomor 1234 K/Pid/2015.", "Putusan Mahkamah Agung Nomor 1234 K/Pid/2015", "2015"),
    ("Kitab Undang-Undang Hukum Perdata.", "Kitab Undang-Undang Hukum Perdata", None),
])
def test_a_law_listed_by_its_name_is_an_entry_its_name_where_an_author_stands(line, name, year):
    ref = parse_reference(line)
    assert ref is not None and (ref.kind, ref.authors, ref.year) == ("law", (name,), year)
    assert ref.title.startswith(name) and ref.publisher is None


def test_a_laws_gazette_is_its_container_and_a_publisher_after_it_is_read():
    ref = parse_reference("Undang-Undang Nomor 5 Tahun 1960 tentang Peraturan Dasar Pokok-Pokok Agraria (Lembaran "
                          "Negara Tahun 1960 Nomor 104). Jakarta: Sinar Grafika.")
    assert (ref.title, ref.container, ref.place, ref.publisher) == (
        "Undang-Undang Nomor 5 Tahun 1960 tentang Peraturan Dasar Pokok-Pokok Agraria",
        "Lembaran Negara Tahun 1960 Nomor 104", "Jakarta", "Sinar Grafika")


@pytest.mark.parametrize("line", ["PP Muhammadiyah. 2010. Pedoman Hidup Islami. Yogyakarta: Suara Muhammadiyah.",
                                  "Peraturan yang berlaku di sekolah dasar negeri dibahas oleh Santoso (2019)."])
def test_words_a_law_opens_with_but_no_number_or_year_of_a_law_make_no_law(line):
    ref = parse_reference(line)
    assert ref is None or ref.kind != "law"


def test_laws_in_a_list_are_entries_of_their_own_not_the_last_words_of_the_book_before(tmp_path):
    doc = _markdown(tmp_path, "Harsono, Boedi. 2008. Hukum Agraria Indonesia. Jakarta: Djambatan.\n\n"
                              "Undang-Undang Nomor 5 Tahun 1960 tentang Peraturan Dasar Pokok-Pokok Agraria.\n\n"
                              "Kitab Undang-Undang Hukum Perdata.")
    refs = reference_entries(doc)
    assert [(r.authors[0], r.year, r.kind) for r in refs] == [
        ("Harsono", "2008", "book"), ("Undang-Undang Nomor 5 Tahun 1960", "1960", "law"),
        ("Kitab Undang-Undang Hukum Perdata", None, "law")]
    assert refs[0].publisher == "Djambatan"


@pytest.mark.parametrize("part", ["B. Peraturan Perundang-undangan", "C. Laporan Penelitian", "D. Wawancara",
                                  "**Jurnal**", "II. Skripsi dan Tesis"])
def test_a_parts_heading_written_as_a_line_of_the_list_ends_the_entry_before_it(tmp_path, part):
    doc = _markdown(tmp_path, f"Harsono, Boedi. 2008. Hukum Agraria Indonesia. Jakarta: Djambatan.\n\n{part}\n\n"
                              "Santoso, Budi. 2019. Sengketa Tanah Adat. Malang: UMM Press.")
    refs = reference_entries(doc)
    assert [(r.authors[0], r.publisher) for r in refs] == [("Harsono", "Djambatan"), ("Santoso", "UMM Press")]
