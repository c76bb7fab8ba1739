"""A PDF's text as pdftotext gives it (form feeds between pages) with Word's footnotes at the pages' feet: the marks
run into the words ("utuh.1"), each note's number alone on a line over its note, one moved after the note below it,
the page's number last. Read as footnotes, their marks as references, so a law chapter cited only through notes
cites its works (it cited nothing: issue 14, the last session's left list; fresh gold 19). A page whose numbers at
the foot are no run of notes marked above stays as it was. Made-up text."""

from __future__ import annotations

import pytest

from telusur.chunking import chunk_document
from telusur.documents import text

PAGES = ["BAB II\nTINJAUAN PUSTAKA\nAnak memerlukan pembinaan dan perlindungan secara\nutuh.1 Perlindungan juga "
         "mencakup anak yang berhadapan dengan\nhukum.2\n1\n\nBudi Santoso, Hukum Anak (Bandung: Alumni, 2008), "
         "hlm.\n33.\n2\nIbid., hlm. 35.\n\n15\n",
         "Pemidanaan anak harus menjadi upaya terakhir.3 Diversi mengalihkan perkara\nanak ke luar pengadilan.4\n\n3"
         "\n\nSantoso, op. cit., hlm. 70.\nRudi Wijaya, Diversi (Jakarta: Sinar Grafika, 2011), hlm. 14.\n4\n\n16\n"]


def test_notes_at_the_pages_feet_are_footnotes_and_their_marks_cite():
    doc = text.read("\f".join(PAGES).encode(), "bab2.txt")
    notes = [doc.block_text(b) for b in doc.blocks if b.kind == "footnote"]
    assert notes == ["¹ Budi Santoso, Hukum Anak (Bandung: Alumni, 2008), hlm. 33.", "² Ibid., hlm. 35.",
                     "³ Santoso, op. cit., hlm. 70.", "⁴ Rudi Wijaya, Diversi (Jakarta: Sinar Grafika, 2011), hlm. 14."]
    cited = {c.text[:12]: [x.label for x in c.citations if not x.in_note] for c in chunk_document(doc)
             if not c.text.startswith(("¹", "²", "³", "⁴"))}
    assert cited["Anak memerlu"] == ["Santoso (2008: 33)", "Santoso (2008: 35)"]
    assert cited["Pemidanaan a"] == ["Santoso (2008: 70)", "Wijaya (2011: 14)"]


def test_numbers_at_a_foot_that_no_mark_above_runs_into_stay_text():
    pages = ["Kadar CO2 naik pada tahun 2019 dan\nturun lagi pada tahun berikutnya.\n1\n\nTabel berikut merangkumnya.\n",
             "Halaman kedua membahas hal lain.\n2\n"]
    doc = text.read("\f".join(pages).encode(), "bab3.txt")
    assert not [b for b in doc.blocks if b.kind == "footnote"]
    assert "Tabel berikut merangkumnya." in doc.text


# Word's "restart each page": page 2's notes numbered from 1 again; a running footer (the thesis's faculty line) under
# each page's notes, on page 2 after the number pdftotext moved below the last note (fresh gold 20)
FOOTER = "Skripsi Program Studi Hukum Keluarga, Fakultas Syariah"
RESTARTED = ["BAB II\nPERKAWINAN\nPerkawinan adalah ibadah yang membentuk\nkeluarga.1 Ikatan itu sangat kuat.2\n1\n\nAmir Salim, Hukum "
             "Perkawinan (Jakarta: Kencana, 2006), hlm. 35.\n2\nIbid., hlm. 40.\n" + FOOTER + "\n\n21\n",
             "Batas usia perkawinan kini disamakan.1 Permohonan dispensasi\nnaik tajam.2\n\n1\n\nSalim, op. cit., "
             "hlm. 48.\nMahkamah Agung RI, Laporan Tahunan 2020 (Jakarta: Mahkamah Agung, 2021), hlm. 8.\n2\n\n"
             + FOOTER + "\n\n22\n"]


def test_notes_numbered_again_on_each_page_under_a_running_footer():
    doc = text.read("\f".join(RESTARTED).encode(), "bab2.txt")
    notes = [doc.block_text(b) for b in doc.blocks if b.kind == "footnote"]
    assert notes == ["¹ Amir Salim, Hukum Perkawinan (Jakarta: Kencana, 2006), hlm. 35.", "² Ibid., hlm. 40.",
                     "¹ Salim, op. cit., hlm. 48.",
                     "² Mahkamah Agung RI, Laporan Tahunan 2020 (Jakarta: Mahkamah Agung, 2021), hlm. 8."]
    cited = {c.text[:12]: [x.label for x in c.citations if not x.in_note] for c in chunk_document(doc)
             if not c.text.startswith(("¹", "²"))}
    assert cited["Perkawinan a"] == ["Salim (2006: 35)", "Salim (2006: 40)"]
    assert cited["Batas usia p"] == ["Salim (2006: 48)", "Mahkamah Agung RI (2021: 8)"]


def test_a_note_written_the_same_at_two_pages_feet_is_no_footer():  # guard
    interview = "Wawancara dengan Bapak Ahmad Fauzi, petani di Sleman, 12 Maret 2021."
    pages = ["BAB IV\nHASIL\nPetani menjual gabah kepada tengkulak.1\n1\n\n" + interview + "\n\n31\n",
             "Harga gabah ditentukan sepihak oleh tengkulak.1\n1\n\n" + interview + "\n\n32\n"]
    doc = text.read("\f".join(pages).encode(), "bab4.txt")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "footnote"] == ["¹ " + interview] * 2


def test_a_tables_rows_at_a_foot_under_units_run_into_words_stay_text():
    # "m2", "m3" mark 2 and 3 in order, and rows "2 …", "3 …" follow: but a note closes its sentence, a row does not
    pages = ["Rumah tipe 36 memiliki luas 36 m2 dan tangki bervolume 3 m3 untuk keluarga kecil.\nNo Ruang Luas\n"
             "2 Kamar tidur utama 12\n3 Dapur dan ruang makan 8\n",
             "Halaman kedua membahas biaya pembangunan rumah secara rinci.\n"]
    doc = text.read("\f".join(pages).encode(), "rumah.txt")
    assert not [b for b in doc.blocks if b.kind == "footnote"]
    assert "36 m2" in doc.text and "2 Kamar tidur utama 12\n3 Dapur" in doc.text


def test_a_formulas_or_units_digits_are_no_mark_of_a_single_note_below():
    # "CO2" over a foot line "2 ... ." was a note's mark and the line its note (the lead's list, 2026-12-06 14:30)
    pages = ["Emisi CO2 dari sektor energi naik tajam setiap\ntahun di kota besar.\n2 Emisi gas rumah kaca dihitung "
             "dalam ton setara.\n\n15\n", "Halaman kedua membahas hal lain.\n16\n"]
    doc = text.read("\f".join(pages).encode(), "bab3.txt")
    assert not [b for b in doc.blocks if b.kind == "footnote"]
    assert "CO2 dari sektor" in doc.text
    units = ["Luas lahan sawah itu 120 m2 per keluarga.\n2 Luas diukur oleh petugas desa.\n\n15\n", "Lain.\n16\n"]
    doc = text.read("\f".join(units).encode(), "bab3.txt")
    assert not [b for b in doc.blocks if b.kind == "footnote"]
    marked = ["Emisi naik tajam di kota besar.2 Lalu turun lagi.\n2 Emisi dihitung dalam ton setara.\n\n15\n",
              "Lain.\n16\n"]  # a mark after a stop stays one
    doc = text.read("\f".join(marked).encode(), "bab3.txt")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "footnote"] == ["² Emisi dihitung dalam ton setara."]


@pytest.mark.parametrize("line, marks", [
    ("ditetapkan oleh MPR1 dan DPR", ["1"]),  # an acronym of three capitals: its note's mark
    ("data BPS12 menunjukkan kenaikan", ["12"]),
    ("emisi CO2 naik, CaCO3 dan KMnO4 larut", []),  # formulas' subscripts
    ("luas 20 m2 dan 3 km2", []),
])
def test_an_acronyms_digits_are_a_mark_a_formulas_are_not(line, marks):
    from telusur.documents.text import _run_in_marks

    assert [m.group(2) for m in _run_in_marks(line)] == marks


def test_run_in_marks_are_linear_in_a_line_of_formulas(within_cpu_seconds):
    from telusur.documents.text import _run_in_marks

    from .conftest import assert_linear

    assert list(_run_in_marks("CO2 " * 5000)) == []  # 4.4 s when each mark's formula was searched from the line's start
    assert_linear(lambda n: list(_run_in_marks("CO2 " * n)), 2500)


@pytest.mark.parametrize("line, marks", [
    ("Dari3 segi biaya, program itu murah", []),  # a preposition opens what follows: no mark runs into it
    ("Ia4 lalu pindah ke Leiden", []),  # a subject's pronoun before its verb
    ("yang4 ditulis kemudian", []),
    ("pendapat itu2 kemudian diikuti", ["2"]),  # a word that may close a phrase keeps its mark
    ("dikemukakan oleh Soekanto3 dalam bukunya", ["3"]),
    ("lihat juga di.5 bagian", ["5"]),  # after a stop: a mark
])
def test_digits_run_into_a_word_that_closes_nothing_are_no_mark(line, marks):
    from telusur.documents.text import _run_in_marks

    assert [m.group(2) for m in _run_in_marks(line)] == marks


@pytest.mark.parametrize("line, marks", [
    ("as the Book of4 Kings tells it", []),  # an English preposition opens what follows, as "Dari3" does
    ("written for3 the court and the4 people", []),
    ("the Treaty of Westphalia3 ended the war", ["3"]),  # a noun closing its phrase keeps its mark
])
def test_digits_run_into_an_english_word_that_closes_nothing_are_no_mark(line, marks):
    from telusur.documents.text import _run_in_marks

    assert [m.group(2) for m in _run_in_marks(line)] == marks
