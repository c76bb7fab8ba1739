"""Kinds fresh entries gold 32 (file entries23, REAL documents by outside authors, ../team/entries32) showed, each a rule
for the kind, tested here in other words than the documents': degrees after an IEEE list's names, Vancouver pages
with no date of their own, a key in brackets before each entry, a page's link with its reading day after a dash."""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import parse_reference

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_degrees_after_a_numbered_lists_names_are_no_part_of_the_title():
    ref = parse_reference("[3] R. Wulandari, S.Si., M.Kom., Jaringan Komputer Dasar. Surabaya: Penerbit Gamma, 2021.")
    assert (ref.authors, ref.year, ref.title, ref.place, ref.publisher) == \
        (("Wulandari",), "2021", "Jaringan Komputer Dasar", "Surabaya", "Penerbit Gamma")
    ref = parse_reference("T. Hidayat, M.Pd, dkk, Statistika Pendidikan. Malang: Penerbit Delta, 2018.")
    assert (ref.authors[:1], ref.title) == (("Hidayat",), "Statistika Pendidikan")
    # letters that may be initials stay: "Santoso, S.E." is a surname and its initials as likely as a degree
    ref = parse_reference("Santoso, S.E., & Rahman, A. (2015). Akuntansi Desa. Bandung: Penerbit Beta.")
    assert ref.names[0] == "Santoso, S.E."


def test_a_vancouver_page_its_authors_before_the_title_with_no_date_but_when_it_was_cited():
    ref = parse_reference("Kurniawati R, Hadi S. Panduan Budidaya Lele Kolam Terpal [Internet]. [diacu 2020 Juni 3]. "
                          "Tersedia dari: http://contoh.ac.id/lele.pdf")
    assert (ref.authors, ref.year, ref.title, ref.kind, ref.url) == \
        (("Kurniawati", "Hadi"), None, "Panduan Budidaya Lele Kolam Terpal", "web", "http://contoh.ac.id/lele.pdf")
    ref = parse_reference("Pratama YA. Mengenal Pupuk Organik Cair [Internet]. 2019 [cited 2021 Mar 2]. "
                          "Available from: http://contoh.id/poc")
    assert (ref.authors, ref.year, ref.title) == (("Pratama",), "2019", "Mengenal Pupuk Organik Cair")
    ref = parse_reference("Profil Desa Wisata Lerep [Internet]. 2018. Available from: http://contoh.id/lerep")
    assert (ref.authors, ref.title) == (("Profil Desa Wisata Lerep",), "Profil Desa Wisata Lerep")  # no authors: the title


def test_a_key_in_brackets_before_each_entry_repeating_its_first_word(tmp_path: Path):
    listed = _entries(tmp_path, "buku.md",
                      "# Daftar Pustaka\n\n"
                      "- [Wijaya, 2016] Wijaya, T. (2016). Pemrograman Basis Data dengan PostgreSQL. Informatika.\n"
                      "- [Lestari, 2020] Lestari, N. (2020). Belajar Docker, https://contoh.github.io/docker/\n"
                      "- [Nginx Team] Nginx Team. Panduan Nginx, https://nginx.org/en/docs/\n"
                      "- [Santoso, 2018] Santoso, H. (2018). Dasar Linux Server. Andi.\n")
    assert [(e.authors, e.year, e.title) for e in listed] == [
        (("Wijaya",), "2016", "Pemrograman Basis Data dengan PostgreSQL"), (("Lestari",), "2020", "Belajar Docker"),
        (("Santoso",), "2018", "Dasar Linux Server")]  # the undated line is an entry of its own, not the one above's


def test_a_pages_link_its_reading_day_after_a_dash_in_iso_form(tmp_path: Path):
    listed = _entries(tmp_path, "catatan.md",
                      "# Kompresi Gambar\n\nTeks pengantar tentang kompresi.\n\n## Referensi\n\n"
                      "- [Mozilla MDN - Image file type guide](https://developer.mozilla.org/img) -- Diakses pada "
                      "2025-01-15\n"
                      "- [Squoosh - Panduan](https://squoosh.app/about) — Diakses pada 2025-01-16\n")
    assert [(e.title, e.year, e.kind, e.url) for e in listed] == [
        ("Mozilla MDN - Image file type guide", None, "web", "https://developer.mozilla.org/img"),
        ("Squoosh - Panduan", None, "web", "https://squoosh.app/about")]


def test_latex_page_styles_and_tex_definitions_are_no_text(tmp_path: Path):
    from telusur.documents import read_document

    path = tmp_path / "bab1.tex"  # a chapter \input into a main file: no preamble, all of it body
    path.write_text("\\pagestyle{fancy}\n\\thispagestyle{empty}\n\\pagenumbering{arabic}\n\\def\\jarak{2em}\n"
                    "\\def\\tebal#1{\\textbf{#1}}\n\\chapter{Pendahuluan}\nSawah terasering menahan erosi.\n",
                    encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    assert [doc.text[b.start:b.end] for b in doc.blocks] == ["Pendahuluan", "Sawah terasering menahan erosi."]


def test_a_bib_files_bodies_dashes_and_issuing_organisation(tmp_path: Path):
    listed = _entries(tmp_path, "rujukan.bib",
                      "@misc{perwali,\n\tauthor = {Pemerintah Kota Batu},\n"
                      "\ttitle = {Peraturan Wali Kota Batu Nomor 12 Tahun 2020 tentang Sampah},\n"
                      "\torganization = {Sekretariat Daerah Kota Batu},\n\tlocation = {Batu},\n\tyear = {2020},\n}\n"
                      "@report{renstra,\n  author = {{[Dinas Pertanian Kota Batu]}},\n"
                      "  title = {Rencana Strategis Tahun 2019--2024},\n  year = {2019},\n"
                      "  url = {https://contoh.go.id/renstra--2019.pdf}\n}\n"
                      "@book{buku,\n  author = {Dinas Kesehatan Kota Malang},\n  title = {Profil Kesehatan},\n"
                      "  publisher = {Dinkes},\n  year = {2021}\n}\n")
    assert [(e.authors, e.year) for e in listed] == [
        (("Pemerintah Kota Batu",), "2020"), (("Dinas Pertanian Kota Batu",), "2019"), (("Dinas Kesehatan Kota Malang",), "2021")]
    assert (listed[0].kind, listed[2].kind) == ("law", "book")
    assert (listed[0].place, listed[0].publisher) == ("Batu", "Sekretariat Daerah Kota Batu")
    assert listed[1].title == "Rencana Strategis Tahun 2019–2024" and listed[1].url == "https://contoh.go.id/renstra--2019.pdf"
