"""Kinds the open entry golds' misses showed in session 43, each a rule for the kind, tested here in other words than
the documents': undated pages by persons written given name first or by a developer or dictionary body, and the day a
page was read ("Tanggal akses ...") after its address, which is no year of the page's."""

from __future__ import annotations

from pathlib import Path

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_undated_pages_by_persons_given_name_first_or_by_a_body(tmp_path: Path):
    listed = _entries(tmp_path, "jaringan.md",
                      "# Jaringan Komputer\n\nTeks tentang jaringan.\n\n## Daftar Pustaka\n\n"
                      "- Hartono, Budi. Dasar Routing Statis https://contoh.net/routing\n"
                      "- Rudi Hartanto. Firewall untuk Kantor Kecil https://contoh.org/firewall\n"
                      "- Maria Ortega and Paul K. Brenner. Securing Home Routers https://contoh.io/router\n"
                      "- Kubernetes Developer. Panduan Instalasi Cluster, https://contoh.io/k8s/docs/\n"
                      "- Jargon Networking Dictionary. subnet mask https://contoh.com/term/subnet\n")
    assert [(e.authors, e.names[0], e.year, e.title, e.kind) for e in listed] == [
        (("Hartono",), "Hartono, Budi.", None, "Dasar Routing Statis", "web"),
        (("Hartanto",), "Rudi Hartanto", None, "Firewall untuk Kantor Kecil", "web"),
        (("Ortega", "Brenner"), "Maria Ortega", None, "Securing Home Routers", "web"),
        (("Kubernetes Developer",), "Kubernetes Developer", None, "Panduan Instalasi Cluster", "web"),
        (("Jargon Networking Dictionary",), "Jargon Networking Dictionary", None, "subnet mask", "web")]


def test_a_title_before_its_site_is_no_person_given_name_first(tmp_path: Path):
    # the words before the stop are a title's (dictionary words: English or Indonesian), not a person's name
    listed = _entries(tmp_path, "catatan.md",
                      "# Catatan\n\nTeks.\n\n## Referensi\n\n"
                      "- Network Security Basics. Router Guide https://contoh.com/a\n"
                      "- Belajar Jaringan Dasar. Kursus Daring https://contoh.com/b\n")
    assert [e.authors for e in listed] == []


def test_the_day_a_page_was_read_after_its_address_is_no_year_of_its_own(tmp_path: Path):
    listed = _entries(tmp_path, "web.md",
                      "# Pemrograman Web\n\nTeks.\n\n## Daftar Pustaka\n\n"
                      "- [Laravel Developer] Laravel Developer. Dokumentasi Laravel, https://contoh.com/docs/, "
                      "Tanggal akses 3 Maret 2018.\n"
                      "- Santoso, H. (2018). Dasar Linux Server. Andi.\n")
    assert [(e.authors, e.year, e.title, e.url) for e in listed] == [
        (("Laravel Developer",), None, "Dokumentasi Laravel", "https://contoh.com/docs/"),
        (("Santoso",), "2018", "Dasar Linux Server", None)]


def test_a_body_glossed_by_its_acronym_before_a_year_last_entry():
    from telusur.citations.references import parse_reference

    # the acronym first, the body's name in the parenthesis; or the name first, its acronym after: the whole body
    ref = parse_reference("UNEP (United Nations Environment Programme), Global Waste Outlook, Technical Report No. 7, "
                          "Nairobi, Kenya, 2015.")
    assert (ref.authors, ref.names[0], ref.year) == \
        (("United Nations Environment Programme",), "UNEP (United Nations Environment Programme)", "2015")
    assert ref.title.startswith("Global Waste Outlook")
    ref = parse_reference("Badan Meteorologi Klimatologi dan Geofisika (BMKG), Buku Iklim Tahunan, Jakarta, 2017.")
    assert (ref.authors, ref.year) == (("Badan Meteorologi Klimatologi dan Geofisika",), "2017")
    assert ref.title.startswith("Buku Iklim Tahunan")


def test_a_marked_entry_that_is_a_name_and_its_addresses_alone(tmp_path: Path):
    listed = _entries(tmp_path, "pustaka.tex",
                      "\\begin{thebibliography}{9}\n"
                      "\\bibitem{a} Santoso, B. (2019). Hidrologi Terapan. Bandung: Penerbit Sungai.\n\n"
                      "\\bibitem{b}\nData curah hujan harian BMKG:\\\\\nhttps://contoh.go.id/curah-hujan\\\\\n"
                      "https://contoh.go.id/arsip\n\n"
                      "\\bibitem{c}\nPeta tutupan lahan nasional\\\\\nhttps://contoh.go.id/peta\n\n"
                      "\\bibitem{d}\nSumber: https://contoh.go.id/lain\n"
                      "\\end{thebibliography}\n")
    assert [(e.authors, e.year, e.title, e.kind, e.url) for e in listed] == [
        (("Santoso",), "2019", "Hidrologi Terapan", "book", None),
        (("Data curah hujan harian BMKG",), None, "Data curah hujan harian BMKG", "web", "https://contoh.go.id/curah-hujan"),
        (("Peta tutupan lahan nasional",), None, "Peta tutupan lahan nasional", "web", "https://contoh.go.id/peta")]


def test_a_title_before_a_name_written_initials_first_is_no_author():
    from telusur.citations.references import parse_reference

    ref = parse_reference("[7] Prof. R. T. Wibisono, \"Pengantar Basis Data Terdistribusi,\" Yogyakarta: Penerbit Omega, 2017.")
    assert (ref.authors, ref.year, ref.title) == (("Wibisono",), "2017", "Pengantar Basis Data Terdistribusi")
    ref = parse_reference("H. Lestari and Dr. K. Wirawan, \"Sensor Kelembaban Tanah,\" Jurnal Elektro, vol. 4, 2020.")
    assert (ref.authors, ref.year) == (("Lestari", "Wirawan"), "2020")


def test_an_undated_numbered_entry_its_author_titled_and_with_a_degree(tmp_path: Path):
    listed = _entries(tmp_path, "laporan.md",
                      "# Laporan Praktikum\n\nTeks.\n\n## Daftar Pustaka\n\n"
                      "[1] B. Hartati, Pemrograman Berorientasi Objek. Malang: Penerbit Sigma, 2021.\n\n"
                      "[2] Dr. R.T. Wibisono, M.Eng, \"Modul Basis Data Lanjut.\"\n")
    assert [(e.authors, e.year, e.title) for e in listed] == [
        (("Hartati",), "2021", "Pemrograman Berorientasi Objek"), (("Wibisono",), None, "Modul Basis Data Lanjut")]


def test_a_page_with_no_author_its_title_first_then_a_dated_parenthesis_and_its_site():
    from telusur.citations.references import parse_reference

    ref = parse_reference("Irigasi Tetes: Panduan, Alat, dan Biaya. (2021, Maret 2). Balai Besar Sumber Daya Lahan "
                          "Pertanian. https://contoh.go.id/irigasi")
    assert (ref.authors, ref.year, ref.title, ref.kind, ref.container, ref.url) == \
        (("Irigasi Tetes: Panduan, Alat, dan Biaya",), "2021", "Irigasi Tetes: Panduan, Alat, dan Biaya", "web",
         "Balai Besar Sumber Daya Lahan Pertanian", "https://contoh.go.id/irigasi")
    ref = parse_reference("Musim Kemarau Panjang. (2019). ramalancuaca.id. https://ramalancuaca.id/kemarau")
    assert (ref.title, ref.container) == ("Musim Kemarau Panjang", "ramalancuaca.id")
    # a body first is the page's author, the words after the year its title
    ref = parse_reference("Badan Informasi Geospasial. (2018). Peta Rupabumi Digital. https://contoh.go.id/peta")
    assert (ref.authors, ref.title) == (("Badan Informasi Geospasial",), "Peta Rupabumi Digital")


def test_works_described_field_by_field_under_a_heading_each(tmp_path: Path):
    listed = _entries(tmp_path, "bacaan.md",
                      "# Bacaan Pendukung Proyek Irigasi\n\n"
                      "### 1. **Sistem Irigasi Otomatis Berbasis Sensor Kelembaban**\n"
                      "- **Penulis**: Wulan Sari Dewanti & Galih Prakoso Nugraha Putra\n"
                      "- **Jurnal**: Jurnal Teknik Pertanian\n- **Tahun**: Maret 2023\n"
                      "- **Link**: https://contoh.ac.id/jtp/view/12\n- **Catatan**: Dipakai untuk bab desain.\n\n"
                      "### 2. **Identitas Buku**\n- **Judul**: Hidrologi untuk Pemula\n- **Penulis**: Hartono, B.\n"
                      "- **Tahun terbit**: 2019\n- **Penerbit**: Penerbit Sungai\n\n"
                      "### 3. Catatan Rapat\n- **Tanggal**: 2 Mei 2024\n- **Peserta**: Tim A\n\n"
                      "## Daftar Pustaka\n\n"
                      "1. Hartono, B. (2019). Hidrologi untuk Pemula. Penerbit Sungai.\n")
    assert [(e.authors, e.year, e.title, e.container, e.url) for e in listed] == [
        (("Hartono",), "2019", "Hidrologi untuk Pemula", None, None),  # the list's entry, the card's work not again
        (("Dewanti", "Putra"), "2023", "Sistem Irigasi Otomatis Berbasis Sensor Kelembaban", "Jurnal Teknik Pertanian",
         "https://contoh.ac.id/jtp/view/12")]


def test_persons_given_name_first_then_a_title_then_the_year_and_pages():
    from telusur.citations.references import parse_reference

    ref = parse_reference("[2] Wahyu Hidayat Santosa, Lina Marlina, Kurniawan, Dewi Anggraeni Lestari. "
                          "PEMROGRAMAN WEB DASAR, 2021, pp 12-40")
    assert (ref.authors, ref.names[0], ref.year, ref.title) == \
        (("Santosa", "Marlina", "Kurniawan", "Lestari"), "Wahyu Hidayat Santosa", "2021", "PEMROGRAMAN WEB DASAR")
    # a surname and its given names before a publisher stay one author
    ref = parse_reference("Hartono, Budi. Dasar Jaringan. Bandung: Penerbit Sigma, 2019.")
    assert (ref.authors, ref.title) == (("Hartono",), "Dasar Jaringan")
