"""Kinds fresh entries gold 28 (file entries19, nine more REAL documents by outside authors, ../team/entries28) showed,
each a rule for the kind, tested here in other words than the documents': a year only in the note saying when a page
was read is no year of the page's, a site named by its address where an author stands, Chicago's article with "et al."
or no pages, capitals beyond ASCII as initials, a body among co-authors, a journal closing a title after commas, a
product and its company joined by a spaced slash."""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import parse_reference

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_a_year_only_in_the_day_a_page_was_read_is_not_its_year():
    for entry in ('Figma. "Dev Mode Guide." https://help.figma.com/dev (diakses pada 3 Maret 2025).',
                  'Figma. "Dev Mode Guide." https://help.figma.com/dev (diakses pada [tanggal] 2025).',
                  'Figma. "Dev Mode Guide." https://help.figma.com/dev. Diakses pada 3 Maret 2025.'):
        page = parse_reference(entry)
        assert (page.authors, page.year, page.title, page.kind, page.url) == (
            ("Figma",), None, "Dev Mode Guide", "web", "https://help.figma.com/dev"), entry
    dated = parse_reference('Figma. 2024. "Dev Mode Guide." https://help.figma.com/dev (diakses pada 3 Maret 2025).')
    assert dated.year == "2024"


def test_a_site_named_by_its_address_where_an_author_stands(tmp_path: Path):
    entries = _entries(tmp_path, "tugas.md",
                       "# Tugas Basis Data\n\nIsi tugas.\n\n## Referensi\n\n"
                       "> Hartono, Budi. \"Indeks pada basis data relasional.\" Jurnal Komputasi 8 (2019): 11-19.\n\n"
                       "> postgresql.org. “What is an index?” Diakses pada tanggal 2 Mei 2023, dari "
                       "https://www.postgresql.org/docs/current/indexes.html\n\n"
                       "> kompas.co.id. “Data pribadi bocor lagi.” Diakses pada tanggal 5 Mei 2023, dari "
                       "https://tekno.kompas.co.id/data-bocor\n")
    assert [(e.authors, e.year, e.title, e.kind) for e in entries] == [
        (("Hartono",), "2019", "Indeks pada basis data relasional", "article"),
        (("postgresql.org",), None, "What is an index?", "web"),
        (("kompas.co.id",), None, "Data pribadi bocor lagi", "web")]


def test_chicago_articles_with_et_al_or_without_pages():
    with_pages = parse_reference('Nugroho, Adi, et al. "Deteksi banjir dengan citra satelit." Jurnal Geomatika 12 (2021): '
                                 '33-41. https://doi.org/10.1234/geo.2021.5')
    assert (with_pages.authors, with_pages.year, with_pages.container, with_pages.pages, with_pages.doi) == (
        ("Nugroho",), "2021", "Jurnal Geomatika", "33-41", "10.1234/geo.2021.5")
    preprint = parse_reference('Tanaka, Ken et. al. “Segmenting rivers from above” arXiv:2101.00001 (2021). '
                               'https://arxiv.org/abs/2101.00001')
    assert (preprint.authors, preprint.year, preprint.title, preprint.kind) == (
        ("Tanaka",), "2021", "Segmenting rivers from above", "article")
    read = parse_reference('Rahman, Siti and Ali Hasan. “Kamus tagging bahasa Melayu”. Github (2022). Diakses pada '
                           'tanggal 9 Juni 2023, dari https://github.com/example/kamus')
    assert (read.authors, read.year, read.title) == (("Rahman", "Hasan"), "2022", "Kamus tagging bahasa Melayu")
    book = parse_reference("Santoso, Budi. “Sejarah Kota Lama.” Semarang: Pustaka Kota (2018).")
    assert (book.kind, book.place, book.publisher) == ("book", "Semarang", "Pustaka Kota")


def test_capitals_beyond_ascii_are_initials():
    entry = parse_reference("Şahin, Ç., & Ünal, İ. (2020). Kent bahçeleri. Peyzaj Araştırmaları, 3(1), 5-15.")
    assert (entry.authors, entry.year, entry.container) == (("Şahin", "Ünal"), "2020", "Peyzaj Araştırmaları")
    given = parse_reference("Kaya, Özlem, dan Éric Lambert. 2017. Göç ve kent. Ankara: Nobel.")
    assert given.authors == ("Kaya", "Lambert")


def test_a_patents_inventors_without_its_holder(tmp_path: Path):
    listed = _entries(tmp_path, "paten.md",
                      "# Teknologi Pascapanen\n\nTeks.\n\n## Daftar Pustaka\n\n"
                      "- Lubis A. 2020. Pengeringan Biji Kopi. Medan: USU Press.\n"
                      "- Siregar T, Lubis A, penemu; Universitas Sumatera Utara. 2023 Feb 2. Alat pengering kopi tenaga "
                      "surya. Paten Indonesia IDS000005123.\n")
    assert [(e.authors, e.year) for e in listed] == [(("Lubis",), "2020"), (("Siregar", "Lubis"), "2023")]
    patent = parse_reference("Siregar T, Lubis A, Nasution RM, penemu; Universitas Sumatera Utara. 2023 Feb 2. Alat "
                             "pengering kopi tenaga surya. Paten Indonesia IDS000005123.")
    assert (patent.authors, patent.year, patent.title) == (
        ("Siregar", "Lubis", "Nasution"), "2023", "Alat pengering kopi tenaga surya")


def test_a_body_among_co_authors_keeps_its_name():
    entry = parse_reference("Bappeda Jawa Tengah, Dinas Kesehatan Provinsi, & Badan Pusat Statistik (BPS). (2021). "
                            "Profil gizi balita Jawa Tengah. Semarang: Bappeda.")
    assert entry.authors == ("Bappeda Jawa Tengah", "Dinas Kesehatan Provinsi", "Badan Pusat Statistik")


def test_a_journal_closing_the_title_after_commas():
    entry = parse_reference("Wulandari, S., dan Hakim, L. (2016). Reservoir sedimentation and its bearing on "
                            "irrigation, Hydrological Sciences, 9(3), 201– 215. https://doi.org/10.5555/hs.2016.3")
    assert (entry.title, entry.kind, entry.container, entry.volume, entry.pages, entry.doi) == (
        "Reservoir sedimentation and its bearing on irrigation", "article", "Hydrological Sciences", "9", "201-215",
        "10.5555/hs.2016.3")


def test_a_product_and_its_company_joined_by_a_spaced_slash():
    entry = parse_reference("Redis / Redis Ltd. (t.t.). Redis documentation: Persistence. Diakses 2 Agustus 2025, dari "
                            "https://redis.io/docs/persistence")
    assert (entry.authors, entry.year, entry.kind) == (("Redis / Redis Ltd",), None, "web")


# The left list's kinds (gold 27's found-but-wrong entries), in other words


def test_a_thesis_author_loses_ipb_initials_and_a_body_keeps_its_short_form():
    thesis = parse_reference("Ramli HK. 2021. Isolasi khamir dari nira aren [tesis]. Bogor: Institut Pertanian Bogor.")
    assert (thesis.authors, thesis.kind, thesis.place) == (("Ramli",), "thesis", "Bogor")
    body = parse_reference("Bappenas RI. 2021. Rencana Pembangunan Jangka Menengah. Jakarta: Bappenas.")
    assert body.authors == ("Bappenas RI",)


def test_a_books_editor_after_its_title_is_no_publisher():
    book = parse_reference("Siregar AS, Lubis M. 2019. Teknik Kultur Jaringan. Harahap R, Nasution D, editor. "
                           "USU Press.")
    assert (book.title, book.kind, book.place, book.publisher) == ("Teknik Kultur Jaringan", "book", None, "USU Press")


def test_an_arabic_name_inverted_with_its_patronymic_is_one_author():
    entry = parse_reference("Ibnu Rusyd, Abu al-Walid Muhammad bin Ahmad. (1995). Bidayat al-Mujtahid. Kairo: Dar "
                            "al-Salam.")
    assert (entry.authors, entry.year, entry.place) == (("Ibnu Rusyd",), "1995", "Kairo")


def test_a_cse_newspaper_day_after_the_year():
    news = parse_reference("Lestari D. 2021 Jun 14. Harga gabah turun di Karawang. Pikiran Rakyat. Rubrik Ekonomi. "
                           "[diakses 2021 Jun 20]. https://www.pikiran-rakyat.com/gabah-turun.")
    assert (news.year, news.title) == ("2021", "Harga gabah turun di Karawang")
    book = parse_reference("Lestari D. 2021. Marketing Pertanian. Bogor: IPB Press.")
    assert (book.year, book.title) == ("2021", "Marketing Pertanian")


def test_an_entry_ending_with_its_publisher_and_no_stop_ends_before_a_name(tmp_path: Path):
    entries = _entries(tmp_path, "sumber.html",
                       "<html><body><h2>Daftar Pustaka</h2>"
                       "<p>Kartodirdjo, S. 1984. <em>Ratu Adil</em>. Jakarta: Sinar Harapan</p>"
                       "<p>Wibisono, H &amp; Lestari. <em>Sejarah Ponorogo</em>. Ponorogo: Dinas Pariwisata Ponorogo</p>"
                       "<p>Hartono, B. 1999. <em>Reog</em>. Surabaya: Unesa Press.</p></body></html>")
    first = entries[0]
    assert (first.authors, first.year, first.place, first.publisher) == (
        ("Kartodirdjo",), "1984", "Jakarta", "Sinar Harapan")
    assert ("Hartono",) in [e.authors for e in entries]


def test_an_ieee_author_of_one_word():
    entry = parse_reference('[7] Xendit, "Xendit API Reference," PT. Xendit, Jakarta, 2023. [Online]. Available: '
                            'https://docs.xendit.co/. [Accessed: Jan. 5, 2024]')
    assert (entry.authors, entry.year, entry.title, entry.kind, entry.url) == (
        ("Xendit",), "2023", "Xendit API Reference", "web", "https://docs.xendit.co/")


def test_a_list_entry_with_no_date_by_a_person(tmp_path: Path):
    entries = _entries(tmp_path, "pupuk.md",
                       "# Pemupukan Kakao\n\nTeks.\n\n## Referensi\n\n"
                       "- Hartati, S. (2015). *Kesuburan Tanah*. Yogyakarta: Kanisius.\n"
                       "- Siregar, A.R. & Lubis, K. *Hara Tanaman Perkebunan*. Seri Pupuk. Medan: USU Press.\n"
                       "- Wahyudi, T. dkk. *Panduan Lengkap Kakao* — rujukan budidaya\n"
                       "- Catatan. Daftar ini disusun menurut abjad.\n"
                       "- Penulis, A. B. (tahun). Judul buku. Kota: Penerbit.\n")
    assert [(e.authors, e.year, e.title) for e in entries] == [
        (("Hartati",), "2015", "Kesuburan Tanah"),
        (("Siregar", "Lubis"), None, "Hara Tanaman Perkebunan"),
        (("Wahyudi",), None, "Panduan Lengkap Kakao")]
    assert (entries[1].place, entries[1].publisher) == ("Medan", "USU Press")
