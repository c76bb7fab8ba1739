"""Kinds fresh entries gold 25 (file entries16, five more REAL documents by outside authors, ../team/entries25) showed,
each a rule for the kind, tested here in other words than the documents': a post named a reference list by its title,
a style guide's parts and templates between its examples, a sentence citing a work under the heading, "(Tanpa tanggal)", an address of any scheme, a last author after "&", a body's name listing
its fields, a page range's hyphen, MLA 7's volume and issue, a footnote list
under an empty heading, an address broken before its hyphen, initials after "dan". (The entry's address kept in its
link: test_entry_link_addresses.py.)"""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import parse_reference

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_a_post_titled_as_a_reference_list_is_the_list(tmp_path: Path):
    entries = _entries(tmp_path, "sumber.md",
                       "---\ntitle: \"Daftar Pustaka\"\ntags: [gizi]\n---\n\n"
                       "Lestari, D., & Wibowo, A. (2021). Pola makan remaja di sekolah. Jurnal Gizi Klinik, 4(1), 1-9.\n"
                       "Pratama, R. (2019). Anemia pada pelajar. Jurnal Kesehatan Anak, 2(2), 33-40.\n"
                       "Yulianti, S. (2022). Asupan zat besi. Jurnal Gizi Klinik, 5(1), 10-18.\n")
    assert [(e.authors[0], e.year) for e in entries] == [("Lestari", "2021"), ("Pratama", "2019"), ("Yulianti", "2022")]
    # a post that only talks about references, titled so, opens with prose: no list
    assert _entries(tmp_path, "cara.md", "---\ntitle: Referensi\n---\n\nMenulis referensi itu mudah bila runtut. "
                    "Setiap sumber dicatat sejak awal penelitian (2020 atau sebelumnya).\n") == []


def test_a_style_guides_parts_templates_and_citing_sentences(tmp_path: Path):
    entries = _entries(tmp_path, "panduan.md",
                       "# Daftar Pustaka\n\nContoh kutipan:\n\nHarjono dan Sutopo (2011) mengatakan bahwa mutu "
                       "ditentukan oleh proses.\n\n## Buku\n\nNama, A. B. (tahun). Judul buku. Kota: Penerbit.\n\n"
                       "Nama, A. B., & Nama, C. D.\n(tahun). Judul Buku. Kota: Penerbit\n\n"
                       "Rahardjo, B. (2015). Mutu pendidikan. Malang: UM Press.\n\n"
                       "Suparno, P. (2012). Filsafat ilmu. Yogyakarta: Kanisius.\n\n## Artikel\n\n"
                       "Nama (tahun). Judul artikel. Nama Jurnal, volume, halaman.\n\n"
                       "Wirawan, T. (2018). Iklim sekolah. Jurnal Pendidikan, 3(1), 5-12.\n")
    assert [(e.authors[0], e.year) for e in entries] == [("Rahardjo", "2015"), ("Suparno", "2012"),
                                                         ("Wirawan", "2018")]
    assert entries[1].publisher == "Kanisius" and "Nama" not in entries[1].text  # the part's template is no one's
    # a list's example a line's author list wraps onto its next still joins it ("..., &" / "Name, X. (year).")
    wrapped = _entries(tmp_path, "wrap.md", "# Daftar Pustaka\n\nHartati, S., Nugroho, B., &\n\n"
                       "Wulandari, E. (2016). Kinerja guru. Jurnal Manajemen, 2(1), 1-8.\n")
    assert [e.authors for e in wrapped] == [("Hartati", "Nugroho", "Wulandari")]


def test_a_sentence_citing_a_work_is_no_entry():
    from telusur.citations.references import _cites_in_prose

    assert _cites_in_prose("Harjono dan Sutopo (2011) mengatakan bahwa mutu ditentukan oleh proses.")
    assert not _cites_in_prose("Harjono, B., & Sutopo, C. (2011). Mutu proses. Jakarta: Erlangga.")
    assert not _cites_in_prose('Lubis, Ahmad. "Zakat Produktif." Jurnal Ekonomi Islam 4, no. 2 (2015): 20-31.')


def test_no_date_written_out_and_an_address_of_any_scheme():
    ref = parse_reference("Komunitas Hijau. (Tanpa tanggal). Membuat pupuk cair. Diakses 3 Maret 2023, dari "
                          "https://hijau.example.org/pupuk")
    assert ref.authors == ("Komunitas Hijau",) and ref.year is None and ref.title == "Membuat pupuk cair"
    from telusur.citations.references import _ends_as_entry

    assert _ends_as_entry("Jurnal Bidan, 1(1), 1-10. file:///D:/Unduhan/artikel-bidan.pdf")


def test_a_one_word_name_after_the_ampersand_is_the_last_author():
    ref = parse_reference("Wulan, R., Hartono, & Susilo. (2018). Kebiasaan jajan. Jurnal Gizi, 2(1), 3-9.")
    assert ref.authors == ("Wulan", "Hartono", "Susilo")
    assert parse_reference("Tarigan, Henry Guntur. (2008). Menulis. Bandung: Angkasa.").authors == ("Tarigan",)


def test_a_body_listing_its_fields_is_one_author():
    ref = parse_reference("Kementerian Pertanian, Peternakan, dan Perikanan. (2020). Statistik ternak. Jakarta: Kementan.")
    assert ref.authors == ("Kementerian Pertanian, Peternakan, dan Perikanan",)
    bodies = parse_reference("Badan Pusat Statistik, Bappeda, dan UNICEF. 2019. Profil anak. Jakarta: BPS.")
    assert len(bodies.authors) > 1


def test_page_ranges_with_a_word_processors_hyphen_and_a_capital_doi_label():
    ref = parse_reference("Lee, J., & Park, S. (2015). Mobile learning. Computers & Education, 82, 14‐25. "
                          "Doi: 10.1016/j.compedu.2014.10.001")
    assert ref.kind == "article" and ref.container == "Computers & Education" and ref.pages == "14-25"
    assert ref.doi == "10.1016/j.compedu.2014.10.001" and ref.publisher is None


def test_mla7_volume_and_issue_joined_by_a_stop_and_three_authors():
    ref = parse_reference('Hakim, Lukman, Dewi Anggraini, & Rudi Hartanto. "Klasifikasi Citra Daun." '
                          'Jurnal Informatika [Online], 12.3 (2020): 45-52. Web. 4 Mei 2021')
    assert ref.authors == ("Hakim", "Anggraini", "Hartanto") and ref.year == "2020"
    assert (ref.kind, ref.container, ref.volume, ref.issue, ref.pages) == ("article", "Jurnal Informatika", "12", "3",
                                                                           "45-52")


def test_a_footnote_list_under_an_empty_heading_before_another_heading(tmp_path: Path):
    entries = _entries(tmp_path, "kajian.md",
                       "# Banjir Rob\n\nPasang naik tiap bulan[^a] dan tanggul menurun[^b].\n\n## Referensi\n\n"
                       "[^a]: Marfai, M. A. (2014). Banjir pesisir. Yogyakarta: UGM Press.\n"
                       "[^b]: Wibisono, T. (2019). Penurunan tanah. Jurnal Geodesi, 7(2), 20-31.\n\n"
                       "## Lampiran\n\nPeta genangan per kelurahan.\n")
    assert [(e.authors[0], e.year) for e in entries] == [("Marfai", "2014"), ("Wibisono", "2019")]
    # a list of its own under the heading: the notes after the next heading stay notes
    own = _entries(tmp_path, "kajian2.md",
                   "# Banjir Rob\n\nPasang naik[^a].\n\n## Referensi\n\n"
                   "Marfai, M. A. (2014). Banjir pesisir. Yogyakarta: UGM Press.\n\n## Lampiran\n\nPeta.\n\n"
                   "[^a]: Wawancara dengan warga, 2019.\n")
    assert [e.authors[0] for e in own] == ["Marfai"]


def test_an_address_broken_before_its_own_hyphen():
    ref = parse_reference('[3] Dinas Kominfo, "Data Internet Desa 2020," 2021. [Online]. Available: '
                          "https://data.example.go.id/publikasi/data-internet-desa -2020.pdf")
    assert ref.url == "https://data.example.go.id/publikasi/data-internet-desa-2020.pdf"
    # a dash set apart with spaces after an address is no part of it
    assert parse_reference("Rahman, A. (2020). Judul. https://contoh.id/abc - catatan.").url == "https://contoh.id/abc"


def test_initials_after_dan_are_the_names_not_another_author():
    ref = parse_reference("Bandung, D. K. P. dan P. (2018). Rencana tata ruang kota. Bandung: Dinas Tata Ruang.")
    assert ref.authors == ("Bandung",)
    assert parse_reference("Putra, A., & Lestari, B. (2020). Judul. Jakarta: Kencana.").authors == ("Putra", "Lestari")
