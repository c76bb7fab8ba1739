"""Kinds fresh entries gold 26 (file entries17, five more REAL documents by outside authors, ../team/entries26) showed,
each a rule for the kind, tested here in other words than the documents': a list heading naming a second thing and its
parts under deeper headings, a site named as author before its year (after a list's number too), a page listed by its
title where the author stands (APA "Retrieved ..., from", Vancouver "[Internet]"), a page with no date by a body and a
quoted title, "[Daring]" as the Indonesian "[Online]"."""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import parse_reference

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_a_heading_naming_the_list_and_more_with_its_parts_under_deeper_headings(tmp_path: Path):
    entries = _entries(tmp_path, "kajian.md",
                       "# Kajian Pasar Ikan\n\nTeks kajian singkat.\n\n## 7. Daftar Pustaka Utama dan Bacaan Lain\n\n"
                       "### Buku Pegangan\n\n1. Harsono, T. (2017). Pemasaran hasil laut. Semarang: Undip Press.\n\n"
                       "### Data Resmi\n\n2. KKP (2021). Statistik perikanan tangkap. Jakarta: KKP.\n"
                       "3. Dinas Kelautan (2020). Profil nelayan pesisir. Rembang: Dinas Kelautan.\n\n"
                       "## Lampiran\n\nWiyono, A. (2015). Bukan bagian daftar. Solo: Tiga Serangkai.\n")
    assert [(e.authors[0], e.year) for e in entries] == [("Harsono", "2017"), ("KKP", "2021"),
                                                         ("Dinas Kelautan", "2020")]


def test_a_site_named_as_author_before_its_year(tmp_path: Path):
    # a plain-text list keeps its numbers in the text: a site in small letters after one is still the author
    entries = _entries(tmp_path, "berita.txt",
                       "Daftar Pustaka\n\n4. Antaranews.co.id (2023). \"Harga cabai naik jelang Lebaran.\" URL: "
                       "https://www.antaranews.com/berita/123\n"
                       "5. kumparan.com (2022). \"Petani cabai merugi.\" URL: https://kumparan.com/x/456\n"
                       "6. Sari, N. (2021). Rantai pasok cabai. Jurnal Agribisnis, 4(2), 11-19.\n")
    assert [(e.authors[0], e.year) for e in entries] == [("Antaranews.co.id", "2023"), ("kumparan.com", "2022"),
                                                         ("Sari", "2021")]


def test_a_page_listed_by_its_title_where_the_author_stands():
    apa = parse_reference("Panduan Merawat Anggrek: Media Tanam dan Penyiraman, Bagian 2. (2019). Retrieved 3 Maret "
                          "2021, from https://kebunku.id/anggrek-media-tanam")
    assert (apa.title, apa.authors, apa.year, apa.kind, apa.url) == (
        "Panduan Merawat Anggrek: Media Tanam dan Penyiraman, Bagian 2",
        ("Panduan Merawat Anggrek: Media Tanam dan Penyiraman, Bagian 2",), "2019", "web",
        "https://kebunku.id/anggrek-media-tanam")
    vancouver = parse_reference("[4] Malaria [Internet]. 2022. Tersedia pada: https://www.who.int/malaria")
    assert (vancouver.title, vancouver.authors, vancouver.year, vancouver.url) == (
        "Malaria", ("Malaria",), "2022", "https://www.who.int/malaria")
    undated = parse_reference("Hipertensi: Gejala, Penyebab dan Pengobatan [Internet]. [dikutip 2 Mei 2023]. "
                              "Tersedia dari: https://sehat.example.org/hipertensi")
    assert (undated.title, undated.year, undated.kind) == ("Hipertensi: Gejala, Penyebab dan Pengobatan", None, "web")
    # a person and a year before the title: read as before
    person = parse_reference("Wulandari, Rina. (2018) Budidaya Lele, [Online]. Tersedia: http://lele.example.com/a.html")
    assert (person.authors, person.year, person.title) == (("Wulandari",), "2018", "Budidaya Lele")
    body = parse_reference('Badan Pangan Nasional, "Harga pangan hari ini," 2024. [Daring]. Tersedia: '
                           'https://panelharga.badanpangan.go.id')
    assert (body.authors, body.year, body.title) == (("Badan Pangan Nasional",), "2024", "Harga pangan hari ini")


def test_a_page_with_no_date_by_a_body_with_its_title_quoted(tmp_path: Path):
    entries = _entries(tmp_path, "sumber.md",
                       "## Daftar Pustaka\n\n1. Yayasan Lingkar Hijau. \"Panduan kompos rumah tangga.\"\n"
                       "   Tautan: https://lingkarhijau.example.org/kompos\n"
                       "2. Dinas Lingkungan Hidup, Kota Malang. \"Jadwal bank sampah.\" Tersedia: "
                       "https://dlh.example.go.id/bank-sampah\n"
                       "3. Utami, S. (2020). Kompos skala rumah. Malang: UB Press.\n")
    assert [(e.authors, e.year, e.title) for e in entries] == [
        (("Yayasan Lingkar Hijau",), None, "Panduan kompos rumah tangga"),
        (("Dinas Lingkungan Hidup", "Kota Malang"), None, "Jadwal bank sampah"),
        (("Utami",), "2020", "Kompos skala rumah")]
    assert entries[1].url == "https://dlh.example.go.id/bank-sampah"
    # a sentence quoting a title is no entry
    assert parse_reference('Menurut laporan itu, "sampah organik dominan." Lihat https://x.example.org/a') is None


def test_daring_marks_a_page_read_online():
    ref = parse_reference("Hartono, B., 2019. Statistika terapan untuk ekonomi. [daring] https://doi.org/10.1234/stat.v2i1")
    assert ref.publisher is None and ref.doi == "10.1234/stat.v2i1"


def test_ieee_names_closed_by_dkk_and_an_arxiv_number_no_year():
    ref = parse_reference('[7] R. Hakim, S. Lestari, T. Nugroho, dkk., "Deteksi hama padi dengan citra drone," '
                          'arXiv:2107.01234, 2022. [Daring]. Tersedia: https://arxiv.org/abs/2107.01234')
    assert (ref.authors[:3], ref.year, ref.title) == (("Hakim", "Lestari", "Nugroho"), "2022",
                                                      "Deteksi hama padi dengan citra drone")
    preprint = parse_reference('[8] D. Wibowo dan E. Sari, "Model bahasa untuk teks hukum," arXiv:1912.04321, 2023.')
    assert preprint.year == "2023"


def test_a_law_named_after_its_maker_and_read_online():
    ref = parse_reference("[12] Republik Indonesia, Undang-Undang Nomor 18 Tahun 2012 tentang Pangan. [Daring]. "
                          "Tersedia: https://peraturan.example.go.id/uu-18-2012")
    assert (ref.kind, ref.authors, ref.year, ref.title, ref.url) == (
        "law", ("Republik Indonesia",), "2012", "Undang-Undang Nomor 18 Tahun 2012 tentang Pangan",
        "https://peraturan.example.go.id/uu-18-2012")
    body = parse_reference("Pemerintah Kabupaten Sleman. Peraturan Daerah Nomor 2 Tahun 2019 tentang Bangunan Gedung.")
    assert (body.kind, body.authors, body.year) == ("law", ("Pemerintah Kabupaten Sleman",), "2019")


def test_an_ieee_book_by_a_body_read_online():
    ref = parse_reference("[2] Kementerian Pertanian, Statistik Pertanian 2022. Jakarta: Pusat Data Pertanian, 2023. "
                          "[Daring]. Tersedia: https://satudata.example.go.id/statistik-2022")
    assert (ref.authors, ref.title, ref.place, ref.publisher, ref.year, ref.url) == (
        ("Kementerian Pertanian",), "Statistik Pertanian 2022", "Jakarta", "Pusat Data Pertanian", "2023",
        "https://satudata.example.go.id/statistik-2022")


def test_a_parts_name_between_entries_is_no_entrys_last_words(tmp_path: Path):
    entries = _entries(tmp_path, "pustaka.html",
                       "<html><body><h2>Daftar Pustaka</h2>\n<p class='bab'>Waterfall<p>\n<div>"
                       "<p>Nugroho, A., 2016, Rekayasa perangkat lunak, Informatika, Bandung.</p>\n</div>\n"
                       "<p class='bab'>Model Spiral (Boehm)<p>\n<div>"
                       "<p>Boehm, B. (1988). A spiral model of software development. Computer, 21(5), 61-72.</p>\n"
                       "<p>Sommerville, I. 2011. Software Engineering. Boston: Pearson.</p>\n</div>\n"
                       "<p class='bab'>Kanban<p>\n<div>"
                       "<p>Anderson, D. (2010). Kanban. Retrieved 2 Mei 2021, from https://kanban.example.com/buku</p>"
                       "\n</div></body></html>")
    assert [(e.authors[0], e.year) for e in entries] == [("Nugroho", "2016"), ("Boehm", "1988"),
                                                         ("Sommerville", "2011"), ("Anderson", "2010")]
    assert "Spiral" not in entries[0].text and "Kanban" not in entries[2].text
    assert entries[2].publisher == "Pearson"


def test_an_initial_typed_small_and_a_city_with_its_state_abbreviated():
    small = parse_reference("pratama, r., 2021. Jaringan komputer dasar. [online] Available at: https://jarkom.example.id/a")
    assert small.authors == ("pratama",)
    state = parse_reference("Mitchell, T., 1997. Machine learning. Boston Mass.: McGraw-Hill.")
    assert (state.place, state.publisher) == ("Boston Mass.", "McGraw-Hill")
    comma = parse_reference("Norman, D., 2013. The design of everyday things. Cambridge, Mass.: MIT Press.")
    assert (comma.place, comma.publisher) == ("Cambridge, Mass.", "MIT Press")


# The last session's left kinds (BENCHMARKS.md, "Left for the next session", 2026-12-07 03:40 UTC), in other words


def test_a_journals_name_keeps_the_space_before_its_colon():
    ref = parse_reference("Lubis, R., & Harahap, S. (2021). Pola asuh dan gizi balita. Jurnal Gizi Sumatera : Media "
                          "Kajian Pangan, 3(1), 12-20. https://doi.org/10.1234/jgs.v3i1.7")
    assert ref.container == "Jurnal Gizi Sumatera : Media Kajian Pangan"
    plain = parse_reference("Lubis, R. (2020). Gizi balita. Jurnal Gizi: Kajian Pangan, 2(1), 1-9.")
    assert plain.container == "Jurnal Gizi: Kajian Pangan"


def test_an_address_with_the_writers_own_dots_broken_over_lines():
    ref = parse_reference("Dinas Pendidikan. (2019). Pedoman penilaian rapor. Diakses dari http://disdik.example.go.id/\n"
                          "files/...Pedoman.pdf")
    assert ref.url == "http://disdik.example.go.id/files/...Pedoman.pdf"
    authors = parse_reference("Halim, A., Rusdi, B., ... Zulkifli, C. (2018). Judul. Jurnal Hukum, 2(1), 3-9.")
    assert authors.authors == ("Halim", "Rusdi", "Zulkifli")  # APA's dots between authors still close a name


def test_a_page_listed_by_its_title_with_only_the_day_it_was_read():
    ref = parse_reference("[3] Pengertian Basis Data Relasional. (Diakses pada tanggal 4 Maret 2023). "
                          "https://belajar.example.com/basis-data")
    assert (ref.title, ref.year, ref.kind, ref.url) == ("Pengertian Basis Data Relasional", None, "web",
                                                        "https://belajar.example.com/basis-data")
    dated = parse_reference("Kemenag. 2021. Moderasi Beragama. Diakses dari https://kemenag.example.go.id/ pada 3 Mei 2022.")
    assert (dated.authors, dated.year) == (("Kemenag",), "2021")  # its author and year before the title


def test_a_bodys_acronym_after_its_name_is_no_part_of_the_author():
    ref = parse_reference("Badan Meteorologi Klimatologi dan Geofisika (BMKG). (2022). Laporan iklim tahunan. "
                          "Jakarta: BMKG.")
    assert ref.authors == ("Badan Meteorologi Klimatologi dan Geofisika",)
    assert ref.names == ("Badan Meteorologi Klimatologi dan Geofisika (BMKG)",)  # as written
    other = parse_reference("Yayasan Kita (Pusat Kajian). (2020). Judul. Bandung: Kita.")
    assert other.authors[0] == "Yayasan Kita (Pusat Kajian)"  # a note, not its initials


def test_an_address_broken_before_a_percent_escape_and_given_twice():
    ref = parse_reference("Basis Data Terdistribusi: Pengertian dan Contoh. (2018). Retrieved 5 Juni 2021, from "
                          "http://kuliah.example.id/2018/06/basis-data.html#:~:text=Basis%20data,adalah%20kumpulan\n"
                          "%20data%20yang%20tersebar. http://kuliah.example.id/2018/06/basis-data.html#:~:text=Basis"
                          "%20data,adalah%20kumpulan%20data%20yang%20tersebar.")
    assert ref.title == "Basis Data Terdistribusi: Pengertian dan Contoh" and ref.url.endswith("%20yang%20tersebar")
