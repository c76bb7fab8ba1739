"""Kinds fresh entries gold 27 (file entries18, six more REAL documents by outside authors, ../team/entries27) showed,
each a rule for the kind, tested here in other words than the documents': a list heading saying which list it is or in
which style it is written, an "Arsip" part and a part named "Buku & Artikel", a list introduced by a sentence naming it,
a range of years in a title after the entry's year, IPB's first five names then "et al.", IEEE bodies (a company's word,
an acronym, several by commas), the writer's comment after an entry set off by a dash, a bullet after a whole entry, a
label with a colon between a list's items."""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import parse_reference

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_a_heading_saying_which_list_or_in_which_style(tmp_path: Path):
    further = _entries(tmp_path, "sejarah.md",
                       "# Perang Kemerdekaan di Kediri\n\nTeks singkat tentang perang.\n\n## Bacaan Tambahan\n\nTidak "
                       "ada.\n\n## REFERENSI TAMBAHAN\n\nHarjono, Slamet. 1990. Kediri dalam Revolusi. Kediri: "
                       "Pustaka Brantas.\n\nLaksono, B. 2001. Laskar Rakyat. Malang: Dioma.\n")
    assert [(e.authors[0], e.year) for e in further] == [("Harjono", "1990"), ("Laksono", "2001")]
    styled = _entries(tmp_path, "gizi.md",
                      "# Gizi Santri\n\nTeks.\n\n### 3. Daftar Pustaka Format APA 7th & Kitab Klasik\n\n"
                      "1. **Rahmat, D.** (2019). *Gizi remaja*. Bandung: Alfabeta.\n"
                      "2. **Al-Ghazali, Abu Hamid.** (2005). *Ihya Ulumiddin*. Beirut: Dar al-Fikr.\n\n"
                      "### 4. Glosarium\n\n1. **Gizi**: Zat makanan (2020) yang dibutuhkan.\n")
    assert [(e.authors[0], e.year) for e in styled] == [("Rahmat", "2019"), ("Al-Ghazali", "2005")]


def test_an_archive_part_and_a_part_named_with_two_kinds(tmp_path: Path):
    entries = _entries(tmp_path, "arsip.html",
                       "<html><body><p><strong>SUMBER RUJUKAN TAMBAHAN</strong></p><p><strong>ARSIP</strong></p>"
                       "<p>Dinas Kearsipan Jawa Tengah. 1985. <em>Laporan Residen Semarang</em>. Semarang: Dinas "
                       "Kearsipan.</p><p><strong>JURNAL &amp; ARTIKEL</strong></p><p>Wibowo, Teguh. 2012. <em>Kapal "
                       "Dagang di Pantura</em>. Jurnal Maritim Vol 2 (1).</p></body></html>")
    assert [(e.authors[0], e.year) for e in entries] == [("Dinas Kearsipan Jawa Tengah", "1985"), ("Wibowo", "2012")]


def test_a_list_introduced_by_a_sentence_naming_it(tmp_path: Path):
    entries = _entries(tmp_path, "panduan.md",
                       "# Panduan Gaya Sitasi\n\nGaya ini memakai sistem nama-tahun.\n\n## Contoh\n\n"
                       "Referensi, dari contoh-contoh buku panduan:\n\n"
                       "- Hidayat T. 2018. Ekologi sawah tadah hujan. J Agron. 12(2):40–48.\n"
                       "- Putri AN, Sari D, Lubis K, Nasution M, Harahap R, et al. 2021. Padi gogo di lahan kering. "
                       "J Agron. 15(1):1–9.\n"
                       "- Lestari W. 2019. *Dasar Agronomi*. Ed 3. IPB Press.\n\n"
                       "Setelah daftar itu penjelasan berlanjut (Hidayat 2018) tanpa entri lain.\n")
    assert [(e.authors[0], e.year) for e in entries] == [("Hidayat", "2018"), ("Putri", "2021"), ("Lestari", "2019")]


def test_years_a_title_covers_after_the_entrys_year():
    book = parse_reference("Markas Besar Angkatan Laut. 1995. Sejarah Armada Timur (1950-1965). Surabaya: Dinas "
                           "Penerangan.")
    assert (book.authors, book.year, book.title, book.place) == (
        ("Markas Besar Angkatan Laut",), "1995", "Sejarah Armada Timur (1950-1965)", "Surabaya")
    article = parse_reference("Santosa, Rudi. 2016. Perlawanan Petani Banten (1888-1890). Jurnal Sejarah Vol 3 (2).")
    assert (article.authors, article.year) == (("Santosa",), "2016")


def test_ieee_bodies_named_as_companies_with_acronyms_or_by_commas():
    company = parse_reference('[7] Vercel Inc., "Next.js Documentation," Vercel Docs, 2024. [Online]. Available: '
                              'https://nextjs.org/docs. [Accessed: Jan. 5, 2025]')
    assert (company.authors, company.year, company.title, company.url) == (
        ("Vercel Inc.",), "2024", "Next.js Documentation", "https://nextjs.org/docs")
    labs = parse_reference('[8] Stripe Labs, "Payments API Reference," Stripe Docs, 2023. [Online]. Available: '
                           'https://stripe.com/docs/api')
    assert (labs.authors, labs.title) == (("Stripe Labs",), "Payments API Reference")
    acronym = parse_reference('[9] Ikatan Apoteker Indonesia (IAI), "Standar Praktik Apoteker," IAI, Jakarta, 2020.')
    assert (acronym.year, acronym.title) == ("2020", "Standar Praktik Apoteker")
    assert acronym.authors[0].startswith("Ikatan Apoteker Indonesia")
    several = parse_reference('[10] Llama Team, Meta AI, "The Llama 3 Herd of Models," 2024. [Online]. Available: '
                              'https://arxiv.org/abs/2407.21783')
    assert (several.authors, several.year, several.title) == (("Llama Team", "Meta AI"), "2024",
                                                              "The Llama 3 Herd of Models")


def test_a_comment_after_an_entry_and_bullets_after_whole_entries(tmp_path: Path):
    entries = _entries(tmp_path, "pupuk.md",
                       "# Pemupukan Kakao\n\nTeks.\n\n## 9. Referensi\n\n### Metode\n"
                       "- Suyamto, H. (2010). *Analisis Tanah Masam*. Medan: Balai Riset Tanah. — **acuan utama "
                       "laboratorium**\n"
                       "- Wardani, R. & Putra, S. (2014). Kalium pada kakao. *Jurnal Tanah Tropika*, 9(2), 101–110\n"
                       "- **Pusat Penelitian Kakao, Jember** — rujukan nasional kakao\n"
                       "- Hartati, E. (2012). *Kakao Unggul*. Jakarta: Penebar Swadaya\n"
                       "### Peraturan\n"
                       "- Permentan tentang pupuk organik\n")
    assert [(e.authors[0], e.year, e.publisher, e.container) for e in entries] == [
        ("Suyamto", "2010", "Balai Riset Tanah", None), ("Wardani", "2014", None, "Jurnal Tanah Tropika"),
        ("Hartati", "2012", "Penebar Swadaya", None)]
    # a title's own dash is no comment: "— Software life cycle" opens with a capital
    iso = parse_reference('[3] International Organization for Standardization, "ISO/IEC 12207:2017 - Systems and '
                          'software engineering — Software life cycle processes," ISO, Geneva, Switzerland, 2017.')
    assert iso.year == "2017" and iso.title.endswith("Software life cycle processes")


def test_a_label_with_a_colon_between_a_lists_items(tmp_path: Path):
    entries = _entries(tmp_path, "saran.md",
                       "# Laporan\n\nTeks.\n\n## Daftar Pustaka\n\n**Keamanan Jaringan:**\n"
                       "- Stallings, W. (2017). *Network Security Essentials*. 6th ed. Boston: Pearson.\n\n"
                       "**Basis Data:**\n"
                       "- Connolly, T. (2015). *Database Systems*. 6th ed. Harlow: Pearson.\n")
    assert [(e.authors[0], e.place, e.publisher) for e in entries] == [("Stallings", "Boston", "Pearson"),
                                                                       ("Connolly", "Harlow", "Pearson")]


def test_a_page_by_its_publisher_read_online_in_vancouver():
    page = parse_reference("3. Kementerian Kesehatan RI. Stunting [Internet]. Jakarta: Kementerian Kesehatan RI; 2022 "
                           "[dikutip 2023 Feb 1]. Tersedia dari: https://ayosehat.kemkes.go.id/stunting")
    assert (page.kind, page.place, page.publisher, page.url, page.title) == (
        "web", "Jakarta", "Kementerian Kesehatan RI", "https://ayosehat.kemkes.go.id/stunting", "Stunting")
    # a book with no address stays a book
    book = parse_reference("4. Departemen Gizi. Gizi dan Kesehatan Masyarakat. Jakarta: Rajawali Pers; 2012.")
    assert (book.kind, book.place) == ("book", "Jakarta")


def test_proceedings_read_online_keep_their_book():
    paper = parse_reference('[5] B. Wicaksono dan R. Dewi, "Deteksi Hama Padi dengan CNN," dalam Prosiding Seminar '
                            'Nasional Informatika, Semarang, 2022. [Daring]. Tersedia: https://semnas.example.ac.id/a12')
    assert (paper.kind, paper.container, paper.url) == (
        "chapter", "Prosiding Seminar Nasional Informatika", "https://semnas.example.ac.id/a12")


def test_two_publishers_joined_by_a_dash_in_the_comma_style(tmp_path: Path):
    joined = parse_reference("Kurniawan, Rudi, 2011, Rekayasa sistem informasi sekolah, Gava Media – STIKOM Bali, "
                             "Denpasar")
    assert (joined.year, joined.kind, joined.place, joined.title) == (
        "2011", "book", "Denpasar", "Rekayasa sistem informasi sekolah")
    # and a part's name after such an entry, whose place ends it without a stop, is no word of it
    entries = _entries(tmp_path, "dapus.html",
                       "<html><body><h2>Daftar Pustaka</h2><p>Kurniawan, Rudi, 2011, Rekayasa sistem informasi "
                       "sekolah, Gava Media, Yogyakarta</p><p>Metode Waterfall</p><p>Santoso, B. (2019). Model air "
                       "terjun. Jurnal Sistem, 3(1), 1-9.</p></body></html>")
    assert [(e.authors[0], e.place) for e in entries] == [("Kurniawan", "Yogyakarta"), ("Santoso", None)]


def test_a_chapter_in_cse_order_with_its_editors_and_pages_unstopped():
    chapter = parse_reference("Lubis R, Harahap S. 2019. Pengendalian hama terpadu pada kelapa sawit. Di dalam: "
                              "Siregar M, Nasution T, editor. Perlindungan Tanaman Perkebunan. Medan: USU Press. "
                              "hlm 55–71.")
    assert (chapter.kind, chapter.container, chapter.place, chapter.publisher, chapter.pages) == (
        "chapter", "Perlindungan Tanaman Perkebunan", "Medan", "USU Press", "55-71")
    meeting = parse_reference("Wulan D. 2018. Pupuk hayati untuk cabai. Di dalam: Hasan A, editor. Prosiding Seminar "
                              "Nasional Agronomi; 2018 Sep 3–4; Malang, Indonesia. Fakultas Pertanian UB. hlm 10–18.")
    assert (meeting.kind, meeting.container, meeting.pages) == ("chapter", "Prosiding Seminar Nasional Agronomi",
                                                                "10-18")


def test_a_bodys_acronym_after_its_name_is_out_of_the_author():
    spelled = parse_reference("National Institutes of Health (NIH). (2020). Sleep health guide. Bethesda: NIH.")
    assert spelled.authors == ("National Institutes of Health",)
    syllables = parse_reference("Kementerian Pertanian Republik Indonesia (Kementan RI). (2021). Statistik "
                                "pertanian 2021. Jakarta: Kementan RI.")
    assert syllables.authors == ("Kementerian Pertanian Republik Indonesia",)


def test_a_book_read_online_and_a_companys_form_stay_as_they_were():
    book = parse_reference("2. Prawirohardjo S. Ilmu bedah [Internet]. Jakarta: Bina Pustaka; 2014. Tersedia pada: "
                           "https://bina.example.id/ilmu-bedah")
    assert (book.kind, book.place, book.publisher) == ("book", "Jakarta", "Bina Pustaka")
    company = parse_reference("PT Kereta Api Indonesia (Persero). (2021). Laporan tahunan 2020. Bandung: KAI.")
    assert company.authors == ("PT Kereta Api Indonesia (Persero)",)
