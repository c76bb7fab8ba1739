"""An entry's link keeps its web address (READERS 158), a kind fresh entries gold 25 (../team/entries25: a Blade page's
"dari <a href='https://...'>domain</a>") and the left list's "Tersedia: [tautan](https://...)" showed; tested in other
words than the documents'."""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import reference_entries

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_an_html_entrys_link_keeps_its_address(tmp_path: Path):
    entries = _entries(tmp_path, "rujukan.html",
                       "<html><body><h2>Referensi</h2>"
                       "<p>Dinas Lingkungan Hidup. (n.d.). Bank sampah kota. Diakses 2 Mei 2024, dari "
                       "<a href=\"https://dlh.example.go.id/bank-sampah/\">dlh.example.go.id</a></p>"
                       "<ul><li>Hapsari, N. (2020). Daur ulang plastik. <i>Jurnal Lingkungan</i>, 4(2), 8-15. "
                       "<a href=\"https://doi.org/10.1234/jl.v4i2.77\">tautan</a></li></ul></body></html>")
    assert entries[0].url == "https://dlh.example.go.id/bank-sampah/" and entries[0].year is None
    assert entries[1].doi == "10.1234/jl.v4i2.77"


def test_a_markdown_entrys_link_keeps_its_address_prose_links_do_not(tmp_path: Path):
    from telusur.documents import read_document

    path = tmp_path / "catatan.md"
    path.write_text("# Catatan\n\nBaca [panduan ini](https://contoh.id/panduan) dulu.\n\n## Referensi\n\n"
                    "Wahyudi, K. (2021). Kompos rumah tangga. Tersedia: [tautan](https://contoh.id/kompos)\n\n"
                    "Sari, M. (2019). Air bersih. [https://contoh.id/air](https://contoh.id/air)\n", encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    entries = reference_entries(doc)
    assert [e.url for e in entries] == ["https://contoh.id/kompos", "https://contoh.id/air"]
    assert "Baca panduan ini dulu." in doc.text and doc.text.count("https://contoh.id/air") == 1


def test_an_entrys_number_linked_to_its_source_adds_nothing(tmp_path: Path):
    entries = _entries(tmp_path, "laporan.md",
                       "# Laporan\n\nIsi.\n\n## Referensi\n"
                       "[[1]](https://jurnal.example.ac.id/artikel/12) Ramadhani, F. (2022). Deteksi dini diabetes. "
                       "Jurnal Informatika Medis, 3(1), 1-9.\n")
    assert [(e.authors, e.year, e.url) for e in entries] == [(("Ramadhani",), "2022", None)]


def test_a_linked_title_or_author_is_read_as_written_its_address_at_the_end(tmp_path: Path):
    md = _entries(tmp_path, "materi.md",
                  "# Materi\n\nIsi.\n\n## Referensi\n\n"
                  "Halim, R. (2019). [Etika profesi guru](https://contoh.id/etika). *Jurnal Keguruan*, 2(1), 1-9.\n\n"
                  "[Darmawan, B.](https://contoh.id/profil) (2018). Statistika terapan. Bandung: Alfabeta.\n")
    assert [(e.authors, e.title, e.kind) for e in md] == [
        (("Halim",), "Etika profesi guru", "article"), (("Darmawan",), "Statistika terapan", "book")]
    assert md[0].container == "Jurnal Keguruan" and md[0].url == "https://contoh.id/etika"
    html = _entries(tmp_path, "materi.html",
                    "<html><body><h2>Daftar Pustaka</h2><ol><li>Halim, R. (2019). <a href='https://contoh.id/etika'>"
                    "Etika profesi guru</a>. <i>Jurnal Keguruan</i>, 2(1), 1-9.</li></ol></body></html>")
    assert (html[0].title, html[0].container, html[0].url) == ("Etika profesi guru", "Jurnal Keguruan",
                                                               "https://contoh.id/etika")
