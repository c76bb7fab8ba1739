"""Reference lists as a tuning-half journal's second fresh gold found them (issue 14): a list grouped by kinds of
source whose later group names two ("Artikel atau Makalah"), its entries left as paragraphs by the reader; a second
author after "dan" given name first ("X dan Given Family, “Title”, ..., Year"); a first author followed by more names
given name first before the title; and, in a PDF, the author's note printed under the list ("*Dr. ..., Dosen ...")
read into the last entry. Made-up entries only."""

from __future__ import annotations

import pytest

from pdf_pages import canvas_pdf
from telusur.citations import reference_entries
from telusur.citations.references import parse_reference
from telusur.documents import pdf, read_document


def _markdown(tmp_path, body: str):
    path = tmp_path / "bab.md"
    path.write_text(f"# Bab\n\nTeks.\n\n{body}\n", encoding="utf-8")
    return read_document(path, path.name, 5.0)


@pytest.mark.parametrize("part", ["Artikel atau Makalah", "Jurnal dan Prosiding", "Skripsi/Tesis"])
def test_a_later_part_of_the_list_naming_two_kinds_of_source_keeps_its_entries(tmp_path, part):
    doc = _markdown(tmp_path, "## Daftar Pustaka\n\nHartanto, Bayu. 2009. Pengantar Ilmu Kelautan. Semarang: Pustaka "
                              f"Bahari.\n\n## {part}\n\nKusumawati, Dewi. 2011. Tata Kelola Pelabuhan Perikanan. "
                              "Jurnal Kelautan Nusantara, 4(2): 10-21.")
    assert [(r.authors[0], r.year) for r in reference_entries(doc)] == [("Hartanto", "2009"), ("Kusumawati", "2011")]


def test_a_heading_after_the_list_that_names_no_kind_of_source_ends_it(tmp_path):
    doc = _markdown(tmp_path, "## Daftar Pustaka\n\nHartanto, Bayu. 2009. Pengantar Ilmu Kelautan. Semarang: Pustaka "
                              "Bahari.\n\n## Lampiran dan Catatan\n\nKusumawati, Dewi. 2011. Tata Kelola Pelabuhan "
                              "Perikanan. Jurnal Kelautan Nusantara, 4(2): 10-21.")
    assert [(r.authors[0], r.year) for r in reference_entries(doc)] == [("Hartanto", "2009")]


def test_a_second_author_after_dan_given_name_first_then_a_comma():
    ref = parse_reference("Hartanto dan Dewi Kusumawati, “Tata Kelola Pelabuhan Perikanan”, Jurnal Kelautan Nusantara "
                          "(Semarang: Pusat Kajian Maritim, 2011).")
    assert ref is not None and (ref.authors, ref.year) == (("Hartanto", "Kusumawati"), "2011")
    assert ref.title.strip("“”\"").startswith("Tata Kelola Pelabuhan Perikanan")


def test_a_title_with_dan_before_its_comma_is_no_pair_of_authors():
    assert parse_reference("Hukum dan Masyarakat Adat, Kumpulan Tulisan (Jakarta: Lembaga Kajian, 2004).") is None


def test_more_names_given_name_first_before_the_title_are_authors():
    ref = parse_reference("Wiratmaja, Bagus, Sutarjo, H.R. Lubis, Kadarisman Sastrowardoyo, Wawasan Kebangsaan "
                          "(Jakarta: Bina Ilmu, 1988).")
    assert ref is not None and ref.year == "1988" and ref.title == "Wawasan Kebangsaan"
    assert ref.authors == ("Wiratmaja", "Sutarjo", "Lubis", "Sastrowardoyo")


@pytest.mark.parametrize("entry, title", [
    # one word that is no dictionary word (a place) stays in the title: two names are needed to read a list of names
    ("Santoso, Budi, Semarang, Pengantar Statistika Dasar (Bandung: Alfabeta, 2004).", "Semarang, Pengantar"),
    ("Adolf, Huala, Aspek-Aspek Negara Dalam Hukum Internasional, Edisi Revisi (Jakarta: Rajawali, 2002).",
     "Aspek-Aspek Negara"),
])
def test_a_title_after_family_and_given_name_stays_the_title(entry, title):
    ref = parse_reference(entry)
    assert ref is not None and len(ref.authors) == 1 and ref.title.startswith(title)


def _list_page(note_gap: float) -> bytes:
    """A reference list with hanging indents, then the author's note `note_gap` points below its last line."""
    lines = [(72, "Times-Bold", "DAFTAR PUSTAKA"),
             (72, "Times-Roman", "Hartanto, Bayu. Pengantar Ilmu Kelautan (Semarang: Pustaka Bahari,"),
             (115, "Times-Roman", "2009)."),
             (72, "Times-Roman", "Kusumawati, Dewi. Tata Kelola Pelabuhan Perikanan (Jakarta: Pustaka"),
             (115, "Times-Roman", "Maritim, 2011)."),
             (72, "Times-Roman", "Wirawan, Sarlito. Sejarah Pelayaran Rakyat (Makassar: Lontara, 2014).")]
    page = [(x, 100 + 14 * i, font, 12, text) for i, (x, font, text) in enumerate(lines)]
    note = 100 + 14 * (len(lines) - 1) + note_gap
    page += [(115, note, "Times-Roman", 12, "*Dr. Hendra Kusuma, M.Pd., Dosen Tetap Jurusan Sejarah"),
             (72, note + 14, "Times-Roman", 12, "Fakultas Ilmu Budaya Universitas Nusantara, alumni Program Doktor.")]
    return canvas_pdf([page])


def test_an_authors_note_set_apart_below_the_list_is_not_its_last_entry():
    doc = pdf.read(_list_page(note_gap=30), "jurnal.pdf")
    entries = reference_entries(doc)
    assert [(r.authors[0], r.year) for r in entries] == [("Hartanto", "2009"), ("Kusumawati", "2011"),
                                                        ("Wirawan", "2014")]
    assert all("Dosen" not in doc.text[r.start:r.end] for r in entries)
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "reference"][-1].endswith("(Makassar: Lontara, 2014).")
