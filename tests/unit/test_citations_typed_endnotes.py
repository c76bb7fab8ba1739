"""Notes typed by hand: "[n]" marks in the text and their notes under a "Catatan:" label (BENCHMARKS.md, the lead's
list of 2026-12-08 00:00 UTC: a translated textbook citing so), the Chicago books those notes and the text name with
the year outside the parenthesis of the place, and "Lihat, misalnya, X". Each written here as a made-up text of the
kind, in words of its own, so that it fails without its rule; the guards beside them pass with or without it."""

from __future__ import annotations

import pytest

from telusur.chunking import chunk_document
from telusur.documents import read_document

HISTORY = """# Perdagangan Rempah

## Pelabuhan Banten

Pada abad keenam belas Banten menjadi pelabuhan lada yang ramai dikunjungi pedagang dari Gujarat dan Tiongkok. [1]
Sultan menarik cukai dari setiap kapal yang berlabuh di teluk.

Kedatangan kapal-kapal Belanda pada tahun 1596 mengubah cara harga lada ditetapkan di pasar pelabuhan.[2]

**Catatan:**

[1] Lihat, misalnya, Anthony Reid, *Asia Tenggara dalam Kurun Niaga*, edisi ke-3, 2011 (Jakarta: Yayasan Obor), hlm. 12.

[2] Reid, ibid., hlm. 40.

## Pelabuhan Makassar

Makassar tumbuh sebagai pelabuhan bebas yang menampung pedagang yang terusir dari tempat lain. [3]

**Catatan:**

[3] Christian Pelras, *Manusia Bugis*, Nalar (Jakarta, 2006), hlm. 150.
"""


def _read(tmp_path, text: str, name: str = "rempah.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path, name)


def _chunk_cites(doc) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    return {chunk.text[:25]: [(c.authors, c.year) for c in chunk.citations] for chunk in chunk_document(doc)}


def test_notes_typed_under_a_label_are_footnotes_their_bracketed_marks_cite_their_works(tmp_path):
    """"... dalam sejarahnya. [1]" with "**Catatan:**" / "[1] Untuk ringkasan ..., lihat Simon Singh, ..." after the
    section: the notes were paragraphs, the marks numbered citations with no list, and the sentences cited nothing."""
    doc = _read(tmp_path, HISTORY)
    notes = [doc.block_text(b)[:3] for b in doc.blocks if b.kind == "footnote"]
    assert notes == ["[1]", "[2]", "[3]"]
    cites = _chunk_cites(doc)
    banten = next(v for k, v in cites.items() if k.startswith("Pada abad"))
    assert (("Reid",), "2011") in banten
    harga = next(v for k, v in cites.items() if "Kedatangan" in k or k.startswith("Kedatangan"))
    assert (("Reid",), "2011") in harga  # "Reid, ibid.": the note before's work
    makassar = next(v for k, v in cites.items() if k.startswith("Makassar"))
    assert (("Pelras",), "2006") in makassar


def test_a_numbered_reference_list_under_its_heading_stays_a_list(tmp_path):
    """IEEE: "[1]" in the text and "[1] A. Santoso, ..." under "Daftar Pustaka": entries, no notes."""
    text = ("# Jaringan\n\nProtokol ini menghemat energi sensor hingga tiga puluh persen [1].\n\n"
            "## Daftar Pustaka\n\n[1] A. Santoso, \"Protokol hemat energi,\" *J. Telematika*, vol. 3, 2019.\n")
    doc = _read(tmp_path, text, "jaringan.md")
    assert not any(b.kind == "footnote" for b in doc.blocks)


def test_numbered_lines_under_a_label_that_the_text_never_marks_stay_paragraphs(tmp_path):
    """"Catatan:" over "[1] Simpan berkas ..." with no "[1]" in the text above: the writer's own numbered remarks."""
    text = ("# Praktikum\n\nKerjakan latihan berikut di laboratorium komputer.\n\nCatatan:\n\n"
            "[1] Simpan berkas sebelum menutup aplikasi.\n\n[2] Matikan komputer setelah selesai.\n")
    doc = _read(tmp_path, text, "praktikum.md")
    assert not any(b.kind == "footnote" for b in doc.blocks)


RAISED = """Pendidikan Pesantren

Pesantren telah mendidik santri jauh sebelum sekolah modern berdiri di Jawa.³ Kurikulumnya berpusat pada kitab kuning.

Kiai menjadi pusat wibawa dan pengambil keputusan di lingkungan pesantren.⁴

³ Zamakhsyari Dhofier, Tradisi Pesantren (Jakarta: LP3ES, 1982), hlm. 18.

⁴ Dhofier, op. cit., hlm. 55.
"""


@pytest.mark.parametrize("name", ["pesantren.txt", "pesantren.md"])
def test_notes_opening_with_a_raised_number_the_text_marks_are_footnotes_with_no_label(tmp_path, name):
    """A Word text pasted as plain text or Markdown: "... masih lemah.¹" and "¹ Soerjono Soekanto, ..." as a paragraph
    at the end; the note was a paragraph and the sentence cited nothing."""
    doc = _read(tmp_path, RAISED, name)
    assert [doc.block_text(b)[:1] for b in doc.blocks if b.kind == "footnote"] == ["³", "⁴"]
    cites = _chunk_cites(doc)
    kiai = next(v for k, v in cites.items() if k.startswith("Kiai"))
    assert (("Dhofier",), "1982") in kiai


def test_a_raised_number_opening_a_paragraph_the_text_never_marks_stays_a_paragraph(tmp_path):
    text = "Luas Lahan\n\nLahan percobaan dibagi menjadi empat petak yang sama besar.\n\n² petak terakhir dibiarkan kosong.\n"
    doc = _read(tmp_path, text, "lahan.txt")
    assert not any(b.kind == "footnote" for b in doc.blocks)


@pytest.mark.parametrize("note, want", [
    ("Lihat, misalnya, Anthony Reid, Asia Tenggara dalam Kurun Niaga, Yayasan Obor (Jakarta, 2011).", ("Reid", "2011")),
    ("Denys Lombard, Nusa Jawa, edisi ke-2, 2005 (Jakarta: Gramedia), hlm. 7.", ("Lombard", "2005")),
    ("Lihat Merle Ricklefs, \u201cJawa dan Islam\u201d, Tempo, 3 Mei 2012 (tersedia di laman majalah).",
     ("Ricklefs", "2012")),
    ("Lihat antara lain Denys Lombard, Nusa Jawa (Jakarta: Gramedia, 2005), hlm. 7.", ("Lombard", "2005")),
    ("Baca selengkapnya dalam Anthony Reid, Asia Tenggara (Jakarta: Yayasan Obor, 2011).", ("Reid", "2011")),
])
def test_a_note_with_a_see_cue_and_commas_or_its_year_outside_the_place_names_its_work(note, want):
    from telusur.citations.notes import parse_note

    work = parse_note(note)
    assert work is not None and (work.surnames[0], work.year) == want


@pytest.mark.parametrize("text, want", [
    ("Rujukan utama bab ini adalah Sejarah Nusantara oleh Denys Lombard dan Claude Guillot, Gramedia (Jakarta), 2005.",
     (("Lombard", "Guillot"), "2005")),
    ("Bacaan tambahan: Anthony Reid, Asia Tenggara, Yayasan Obor (Jakarta, 2011); dan Denys Lombard, Nusa Jawa, "
     "edisi ke-2, 2005 (Jakarta: Gramedia).", (("Lombard",), "2005")),
])
def test_a_book_named_in_running_text_with_its_year_outside_the_place_cites_its_authors(text, want):
    from telusur.citations.intext import find_citations

    assert want in [(c.authors, c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text", [
    "Penduduk kota bertambah pesat, 2015 (Jakarta: BPS) mencatat lonjakan itu.",
    "Kapal itu berlayar dari Banten, 1596 (Jakarta) dan kembali setahun kemudian.",
])
def test_a_year_before_a_place_in_prose_with_no_author_opening_the_clause_cites_nothing(text):
    from telusur.citations.intext import find_citations

    assert [(c.authors, c.year) for c in find_citations(text) if c.authors] == []


# --- a hyphened term read as an author ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Menurut Client-Server (2010), beban peladen dibagi ke banyak klien. Arsitektur client-server kini umum dipakai.",
    "Smart-Farming (2021) menyatakan bahwa hasil panen naik. Penerapan smart-farming di desa masih terbatas.",
])
def test_a_hyphened_term_the_text_writes_small_is_no_author_of_its_year(text):
    """"Open-Source (2004)" read as a work of "Open-Source" where the text also writes "open-source" small."""
    from telusur.citations.intext import find_citations

    cites = find_citations(text)
    assert cites and all(c.authors == () for c in cites)


@pytest.mark.parametrize("text, want", [
    ("Menurut Lloyd-Jones (2015), beban kerja guru meningkat.", ("Lloyd-Jones",)),
    ("Menurut Client-Server (2010), beban peladen dibagi ke banyak klien.", ("Client-Server",)),
])
def test_a_double_surname_or_a_term_never_written_small_stays_the_author(text, want):
    from telusur.citations.intext import find_citations

    assert [c.authors for c in find_citations(text)] == [want]


# --- the card: a note's mark after a sentence's stop is that sentence's -------------------------------------------

@pytest.mark.parametrize("text, first", [
    ("Lada menjadi komoditas utama pelabuhan itu. [3] Harga lada naik dua kali lipat dalam satu musim.",
     "Lada menjadi komoditas utama pelabuhan itu. [3]"),
    ("Lada menjadi komoditas utama pelabuhan itu. ² Harga lada naik dua kali lipat dalam satu musim.",
     "Lada menjadi komoditas utama pelabuhan itu. ²"),
])
def test_a_note_mark_a_space_after_a_stop_closes_the_sentence_before_it(text, first):
    """"... menghibur dalam sejarahnya. [1] Menurut pendapat saya ...": an answer's sentences put the mark at the
    next sentence's start, and the card quoting that next sentence cited the note's work."""
    from telusur.query.answer import units

    said = [text[a:b] for a, b in units(text)]
    assert said[0] == first and said[1].startswith("Harga")


def test_a_mark_glued_to_its_stop_is_no_sentence_end_as_before():
    from telusur.query.answer import units

    text = "Lada menjadi komoditas utama pelabuhan itu.³ Harga lada naik dua kali lipat dalam satu musim."
    assert [text[a:b] for a, b in units(text)] == [text]
