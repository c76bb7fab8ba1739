"""Reference-list entries in the styles Indonesian theses and journals use (APA, Harvard, Chicago, IEEE, Vancouver,
MLA; theses, newspapers, old comma entries), made-up lines each read as its style says: one case per rule, each
failing without it."""

from __future__ import annotations

import pytest

from telusur.citations.references import parse_reference


def _fields(line: str, *names: str) -> dict:
    ref = parse_reference(line)
    assert ref is not None, line
    return {n: getattr(ref, n) for n in names}


def test_a_dois_own_stop_before_digits_is_no_glued_year():
    # "10.1234/jp.2019": the year-gluing repair split the DOI, and the entry lost its journal
    line = "Santoso, B. (2019) 'Motivasi belajar siswa', Jurnal Pendidikan, 5(2), pp. 10-20. doi: 10.1234/jp.2019."
    assert _fields(line, "kind", "container", "doi", "publisher") == {
        "kind": "article", "container": "Jurnal Pendidikan", "doi": "10.1234/jp.2019", "publisher": None}


@pytest.mark.parametrize("line, read", [
    ("Putri, Anisa. 2019. Pengaruh Media Sosial terhadap Prestasi Belajar. Skripsi. Universitas Negeri Semarang.",
     ("Pengaruh Media Sosial terhadap Prestasi Belajar", "Universitas Negeri Semarang", None)),
    ("Putri, Anisa. 2019. Pengaruh Media Sosial terhadap Prestasi Belajar. Skripsi. Semarang: Universitas Negeri Semarang.",
     ("Pengaruh Media Sosial terhadap Prestasi Belajar", "Universitas Negeri Semarang", "Semarang")),
    ("Putri, A. (2019). Pengaruh media sosial [Skripsi, Universitas Negeri Semarang]. Repositori UNNES.",
     ("Pengaruh media sosial", "Universitas Negeri Semarang", None)),
    ("Putri, A. (2019). Pengaruh media sosial (Skripsi). Universitas Negeri Semarang, Semarang.",
     ("Pengaruh media sosial", "Universitas Negeri Semarang", "Semarang")),
    ("Putri, Anisa, 2019, Pengaruh Media Sosial, Skripsi, Fakultas Ekonomi Universitas Negeri Semarang.",
     ("Pengaruh Media Sosial", "Fakultas Ekonomi Universitas Negeri Semarang", None)),
    ("Putri, Anisa. 2019. Pengaruh Media Sosial. Tesis tidak diterbitkan. Yogyakarta: Universitas Gadjah Mada.",
     ("Pengaruh Media Sosial", "Universitas Gadjah Mada", "Yogyakarta")),
    ("[4] B. Santoso, “Sistem informasi akademik,” Skripsi, Universitas Negeri Semarang, Semarang, 2019.",
     ("Sistem informasi akademik", "Universitas Negeri Semarang", "Semarang")),
    ("6. Sari DK. Pengaruh motivasi terhadap kinerja [skripsi]. Semarang: Universitas Negeri Semarang; 2019.",
     ("Pengaruh motivasi terhadap kinerja", "Universitas Negeri Semarang", "Semarang")),
    ("Smith, J. (2015). Motivation of teachers (Unpublished master's thesis). University of Leeds, Leeds, UK.",
     ("Motivation of teachers", "University of Leeds", "Leeds, UK")),
])
def test_a_thesis_reads_its_school_as_publisher_and_no_genre_word(line, read):
    ref = parse_reference(line)
    assert (ref.kind, ref.title, ref.publisher, ref.place) == ("thesis", *read)


@pytest.mark.parametrize("line", [
    "Putri, Anisa. 2019. Panduan Menulis Skripsi. Jakarta: Kencana.",
    "Putri, Anisa. 2019. Menulis Skripsi, Tesis, dan Disertasi. Jakarta: Kencana.",
])
def test_a_title_naming_the_genre_is_no_thesis(line):
    assert parse_reference(line).kind == "book"


def test_a_thesis_exports_as_one():
    from telusur.bibliography import to_ris
    from telusur.cite import csl_item

    entry = parse_reference("Putri, Anisa. 2019. Pengaruh Media Sosial. Skripsi. Universitas Negeri Semarang.").to_dict()
    source = {"authors": ["Putri"], "year": "2019", "passages": [], "cited": False, "entry": entry}
    assert to_ris([source]).startswith("TY  - THES")
    assert csl_item("putri2019", ("Putri",), "2019", entry)["type"] == "thesis"


@pytest.mark.parametrize("line, read", [
    # the old Indonesian comma entry, a publisher no list knows before a city: "Publisher, Place"
    ("Marzuki, Peter Mahmud, Penelitian Hukum, Kencana, Jakarta, 2010.", ("Penelitian Hukum", "Kencana", "Jakarta")),
    ("Rahardjo, Satjipto, Ilmu Hukum, Citra Aditya Bakti, Bandung, 2000.", ("Ilmu Hukum", "Citra Aditya Bakti", "Bandung")),
    ("Santoso, Budi, 2019, Manajemen Sumber Daya Manusia, Intermasa, Jakarta.",
     ("Manajemen Sumber Daya Manusia", "Intermasa", "Jakarta")),
    # ... and a company's "PT." is no title's end
    ("Muhammad, Abdulkadir, Hukum Perdata Indonesia, PT. Citra Aditya Bakti, Bandung, 2000.",
     ("Hukum Perdata Indonesia", "PT. Citra Aditya Bakti", "Bandung")),
])
def test_a_comma_entry_reads_a_publisher_before_its_city(line, read):
    ref = parse_reference(line)
    assert (ref.kind, ref.title, ref.publisher, ref.place) == ("book", *read)


@pytest.mark.parametrize("line", [
    "Marzuki, Peter Mahmud, Penelitian Hukum, Kencana, Jakarta, 2010.",
    "Hadjon, Philipus M., Perlindungan Hukum Bagi Rakyat di Indonesia, Bina Ilmu, Surabaya, 1987.",
])
def test_a_comma_entry_with_no_colon_is_an_entry_line(line):
    from telusur.citations.references import looks_like_entry

    assert looks_like_entry(line)


def test_a_title_whose_last_parts_are_no_publisher_and_city_stays_whole():
    ref = parse_reference("Santoso, Budi, Hukum Adat, Teori dan Praktik, Bandung, 2001.")
    assert (ref.kind, ref.publisher) == ("misc", None)


def test_a_thesis_genre_run_into_its_school():
    ref = parse_reference("Barkah, (2002) Pengaruh gaya kepemimpinan di Surabaya. Tesis Program Pascasarjana Unair, Surabaya.")
    assert (ref.kind, ref.publisher, ref.place) == ("thesis", "Program Pascasarjana Unair", "Surabaya")


@pytest.mark.parametrize("line, authors", [
    # Chicago's and MLA's later authors, given name first after the first author's "Family, Given,"
    ("Santoso, Budi, dan Andi Wijaya. Manajemen Sumber Daya Manusia. Jakarta: Kencana, 2019.", ("Santoso", "Wijaya")),
    ("Kotler, Philip, and Kevin Lane Keller. Marketing Management. 15th ed. Boston: Pearson, 2016.", ("Kotler", "Keller")),
    ("Santoso, Budi, Andi Wijaya, dan Citra Hartono. Manajemen Sumber Daya Manusia. Jakarta: Kencana, 2019.",
     ("Santoso", "Wijaya", "Hartono")),
    ("Santoso, Budi, et al. Manajemen Sumber Daya Manusia. Jakarta: Kencana, 2019.", ("Santoso",)),
])
def test_later_authors_given_name_first_are_no_title(line, authors):
    ref = parse_reference(line)
    assert (ref.authors, ref.title) == (authors, "Manajemen Sumber Daya Manusia" if "Kencana" in line else "Marketing Management")


@pytest.mark.parametrize("line, read", [
    # IEEE's and Vancouver's journal facts: volume, issue and pages, not only the journal's name
    ("[2] B. Santoso and A. Wijaya, “Motivasi belajar siswa,” Jurnal Pendidikan, vol. 5, no. 2, pp. 10–20, 2019.",
     {"kind": "article", "container": "Jurnal Pendidikan", "volume": "5", "issue": "2", "pages": "10-20"}),
    ("1. Sari DK, Putra R. Pengaruh motivasi terhadap kinerja. Jurnal Manajemen. 2020;8(1):45-56.",
     {"kind": "article", "container": "Jurnal Manajemen", "volume": "8", "issue": "1", "pages": "45-56"}),
    # Vancouver's book: a semicolon before the year as a journal's, but a place and publisher
    ("3. Notoatmodjo S. Metodologi penelitian kesehatan. Jakarta: Rineka Cipta; 2012.",
     {"kind": "book", "container": None, "place": "Jakarta", "publisher": "Rineka Cipta"}),
    # IEEE's paper in proceedings
    ("[3] B. Santoso and C. Hartono, “Sistem informasi akademik,” in Prosiding Seminar Nasional Teknologi Informasi, "
     "Bandung, 2019, pp. 10–15.",
     {"kind": "chapter", "container": "Prosiding Seminar Nasional Teknologi Informasi", "pages": "10-15", "publisher": None}),
    # a web page, a body as IEEE's author, its address and no publisher
    ("[5] Kementerian Kesehatan RI, “Situasi stunting di Indonesia,” 2020. [Online]. Available: "
     "https://www.kemkes.go.id/stunting.pdf. [Accessed: 12-Mei-2021].",
     {"kind": "web", "authors": ("Kementerian Kesehatan RI",), "title": "Situasi stunting di Indonesia",
      "url": "https://www.kemkes.go.id/stunting.pdf"}),
    ("5. Sari DK. Cara menanam padi [Internet]. 2020 [cited 2021 May 12]. Available from: https://tani.example.id/padi",
     {"kind": "web", "url": "https://tani.example.id/padi"}),
])
def test_numbered_styles_read_their_facts(line, read):
    assert _fields(line, *read) == read


@pytest.mark.parametrize("line, read", [
    # a newspaper after the title: its name, the day and page, not a publisher "Kompas, 12 Mei 2019, hlm. 5"
    ("Santoso, Budi. 2019. Harga Beras Naik Lagi. Kompas, 12 Mei 2019, hlm. 5.",
     {"kind": "article", "container": "Kompas", "pages": "5", "publisher": None}),
    ("Santoso, B. (2019, 12 Mei). Harga beras naik lagi. Kompas, hlm. 5.",
     {"kind": "article", "container": "Kompas", "pages": "5", "publisher": None}),
    ("Santoso, Budi. 2019. Harga Beras Naik Lagi. Jawa Pos, Senin, 12 Mei 2019.",
     {"kind": "article", "container": "Jawa Pos", "publisher": None}),
    # Chicago's: the year last in the day, the newspaper alone after the quoted title
    ("Santoso, Budi. “Harga Beras Naik Lagi.” Kompas, 12 Mei 2019.",
     {"kind": "article", "container": "Kompas", "year": "2019"}),
    # Chicago's chapter: the book after "Dalam", its editor and pages no part of it
    ("Santoso, Budi. “Konsep Dasar Belajar.” Dalam Psikologi Pendidikan, disunting oleh Andi Wijaya, 12–30. "
     "Jakarta: Kencana, 2018.",
     {"kind": "chapter", "container": "Psikologi Pendidikan", "pages": "12-30", "publisher": "Kencana"}),
])
def test_newspapers_and_chapters_read_their_container(line, read):
    assert _fields(line, *read) == read


def test_a_chicago_newspaper_article_is_an_entry_line():
    from telusur.citations.references import looks_like_entry

    assert looks_like_entry("Santoso, Budi. “Harga Beras Naik Lagi.” Kompas, 12 Mei 2019.")


@pytest.mark.parametrize("line, read", [
    # a whole date in parentheses after the entry's year is the day it was read: no publisher, not the year
    ("Badan Pusat Statistik. 2020. Statistik Indonesia. (12 Mei 2019).",
     {"year": "2020", "publisher": None, "authors": ("Badan Pusat Statistik",)}),
    ("Santoso, Budi. 2019. Harga beras naik lagi. (12 Mei 2019).", {"year": "2019", "publisher": None, "kind": "misc"}),
    ("Santoso, Budi. 2019. Harga Beras. Jakarta: Kompas. (12 Mei 2019).",
     {"year": "2019", "publisher": "Kompas", "place": "Jakarta"}),
    # ... and a newspaper's day where the year stands after its authors
    ("Kompas. (12 Mei 2019). Harga beras naik lagi. Kompas, hlm. 5.", {"year": "2019", "container": "Kompas"}),
])
def test_a_date_in_parentheses(line, read):
    assert _fields(line, *read) == read


@pytest.mark.parametrize("after, read", [
    # a journal's facts labelled or bracketed, in the punctuation Indonesian lists give them
    ("Jurnal Pendidikan Ekonomi, Volume 5, Nomor 2, Halaman 12-20.", ("5", "2", "12-20")),
    ("Jurnal Pendidikan Ekonomi. Vol 5 No 2. Hal 12-20.", ("5", "2", "12-20")),
    ("Jurnal Pendidikan Ekonomi Vol. 5 No. 2 Desember 2019.", ("5", "2", None)),
    ("Jurnal Pendidikan Ekonomi. 5(2). 12-20.", ("5", "2", "12-20")),
])
def test_a_journals_labelled_facts(after, read):
    ref = parse_reference(f"Santoso, Budi. 2019. Koperasi Sekolah. {after}")
    assert (ref.kind, ref.container, ref.volume, ref.issue, ref.pages) == ("article", "Jurnal Pendidikan Ekonomi", *read)


def test_a_books_volume_before_its_place_is_no_journal():
    ref = parse_reference("Shihab, M. Quraish. 2002. Tafsir Al-Mishbah. Volume 2. Jakarta: Lentera Hati.")
    assert (ref.kind, ref.publisher) == ("book", "Lentera Hati")


@pytest.mark.parametrize("line, read", [
    # proceedings named with no "Dalam" before them, their pages after
    ("Santoso, Budi. 2019. Koperasi Sekolah. Prosiding Seminar Nasional Pendidikan, 12-20. Malang: UM Press.",
     {"kind": "chapter", "container": "Prosiding Seminar Nasional Pendidikan", "pages": "12-20", "publisher": "UM Press"}),
    # a chapter's pages after its publisher, "Hlm." as Indonesian lists write it
    ("Santoso, Budi. 2019. \"Koperasi Sekolah\", dalam Andi Wijaya (ed.), Bunga Rampai Pendidikan. Jakarta: Kencana. "
     "Hlm. 12-30.", {"kind": "chapter", "pages": "12-30", "publisher": "Kencana"}),
    # "Diambil dari": a page read online, as "Retrieved from"
    ("Santoso, B. (2020). Cara menanam padi. Diambil dari https://tani.example.id/padi",
     {"kind": "web", "publisher": None}),
])
def test_proceedings_pages_and_pages_read_online(line, read):
    assert _fields(line, *read) == read


@pytest.mark.parametrize("line, read", [
    # APA's page on a site, dated to the day or described in brackets: the site is its container, not a publisher
    ("Santoso, B. (2020, 5 Maret). Cara menanam padi. Tani Online. https://tani.example.id/padi",
     {"kind": "web", "container": "Tani Online", "publisher": None}),
    ("Santoso, B. (2020). Cara menanam padi [Video]. YouTube. https://www.youtube.com/watch?v=abc",
     {"kind": "web", "container": "YouTube", "publisher": None}),
    # ... a report read online stays a book by its publisher
    ("Badan Pusat Statistik. (2021). Statistik Indonesia 2021. Badan Pusat Statistik. https://www.bps.go.id/pub/2021",
     {"kind": "book", "publisher": "Badan Pusat Statistik"}),
    # MLA's article and page
    ("Santoso, Budi, et al. \"Motivasi Belajar Siswa.\" Jurnal Pendidikan, vol. 5, no. 2, 2019, pp. 10-20.",
     {"kind": "article", "authors": ("Santoso",), "container": "Jurnal Pendidikan", "volume": "5", "issue": "2",
      "pages": "10-20"}),
    ("Santoso, Budi. \"Cara Menanam Padi.\" Tani Online, 5 Mar. 2020, tani.example.id/padi.",
     {"kind": "web", "container": "Tani Online", "year": "2020", "title": "Cara Menanam Padi"}),
])
def test_pages_on_a_site_and_mla(line, read):
    assert _fields(line, *read) == read


@pytest.mark.parametrize("line", [
    "Santoso, Budi, Pengantar Ilmu Hukum, Edisi Revisi, Jakarta, 2010.",
    "Smith, John, Research Methods, Second Edition, London, 2010.",
    "Santoso, Budi, Sejarah Indonesia, Jilid II, Jakarta, 2010.",
])
def test_a_comma_entrys_edition_before_its_city_is_no_publisher(line):
    # review3: d6e77c8's publisher no list knows took the edition's note before the city for one
    assert parse_reference(line).publisher is None


def test_genres_a_title_lists_past_its_full_stop_make_no_thesis():
    # review3: "Skripsi," after the title's full stop read as the genre, the book as a thesis of Alfabeta
    ref = parse_reference("Santoso, B. 2019. Pedoman Menulis. Skripsi, Tesis, dan Disertasi. Bandung: Alfabeta.")
    assert ref.kind == "book"


@pytest.mark.parametrize("line, publisher", [
    ("Santoso, Budi. 2019. Judul Buku. Rineka Cipta, hlm. 25.", "Rineka Cipta"),
    ("Santoso, Budi. 2019. Judul Buku. Rajawali Pers, hlm. 25.", "Rajawali Pers"),
])
def test_a_known_publisher_with_a_page_is_no_newspaper(line, publisher):
    # review3: 63699e7's newspaper after the title ("Kompas, hlm. 5") took any name with a page for one
    ref = parse_reference(line)
    assert (ref.kind, ref.container, ref.publisher) == ("book", None, publisher)


@pytest.mark.parametrize("line, title", [
    ("Santoso, Budi, Sejarah Jawa dan Bali. Jakarta: Kencana, 2019.", "Sejarah Jawa dan Bali"),
    ("Santoso, Budi, Hukum Pidana, Hukum Perdata, dan Hukum Adat. Jakarta: Kencana, 2019.",
     "Hukum Pidana, Hukum Perdata, dan Hukum Adat"),
])
def test_a_comma_entrys_title_joined_by_dan_is_no_later_authors(line, title):
    # review3: f6bd556's later authors given name first ("Santoso, Budi, dan Andi Wijaya.") took the title's capitalised
    # words before "dan" for them, leaving "Jakarta: Kencana" the title; with no title after them, they are it
    ref = parse_reference(line)
    assert (ref.authors, ref.title, ref.publisher) == (("Santoso",), title, "Kencana")


@pytest.mark.parametrize("line, read", [
    # place and publisher the other way round, or apart by a full stop: the city is the place
    ("Sugiyono. 2017. Metode Penelitian Pendidikan. Alfabeta: Bandung.", {"place": "Bandung", "publisher": "Alfabeta"}),
    ("Sugiyono. 2017. Metode Penelitian Pendidikan. Bandung. Alfabeta.", {"place": "Bandung", "publisher": "Alfabeta"}),
    # a body, its title, then the year (Vancouver's order): not a body named "World Health Organization. Stunting ..."
    ("World Health Organization. Stunting in a nutshell [Internet]. 2015 [cited 2021 May 12]. Available from: "
     "https://www.who.int/news/item/19-11-2015",
     {"authors": ("World Health Organization",), "year": "2015", "kind": "web"}),
    ("Kementerian Kesehatan RI. Profil Kesehatan Indonesia. 2019. Jakarta: Kemenkes RI.",
     {"authors": ("Kementerian Kesehatan RI",), "title": "Profil Kesehatan Indonesia", "publisher": "Kemenkes RI"}),
])
def test_places_and_a_bodys_title_before_its_year(line, read):
    assert _fields(line, *read) == read


def test_a_bodys_title_before_its_year_is_an_entry_line():
    from telusur.citations.references import looks_like_entry

    assert looks_like_entry("World Health Organization. Stunting in a nutshell [Internet]. 2015 [cited 2021 May 12]. "
                            "Available from: https://www.who.int/news/item/19-11-2015")


@pytest.mark.parametrize("line, authors, title", [
    # bodies listed with commas are the authors, not a body and its title
    ("Badan Pusat Statistik, Bappenas, dan UNFPA. 2018. Proyeksi Penduduk Indonesia 2015-2045. Jakarta: BPS.",
     ("Badan Pusat Statistik, Bappenas", "UNFPA"), "Proyeksi Penduduk Indonesia 2015-2045"),
    ("World Health Organization, UNICEF. 2019. Levels and Trends in Child Malnutrition. Geneva: WHO.",
     ("World Health Organization, UNICEF",), "Levels and Trends in Child Malnutrition"),
    # a body and its office, then the year and a title of its own: the office is no title
    ("Kementerian Kesehatan RI. Direktorat Jenderal Bina Gizi. 2011. Pedoman Gizi. Jakarta: Kemenkes.",
     ("Kementerian Kesehatan RI. Direktorat Jenderal Bina Gizi",), "Pedoman Gizi"),
])
def test_bodies_before_the_year_with_a_title_after_it_are_the_authors(line, authors, title):
    assert _fields(line, "names", "title") == {"names": authors, "title": title}


@pytest.mark.parametrize("line, authors", [
    # IPB's author-date entries name each author as Vancouver does, surname then initials unstopped
    ("Santoso B, Wijaya A. 2019. Manajemen koperasi sekolah. Bogor (ID): IPB Press.", ("Santoso", "Wijaya")),
    ("Santoso B, Wijaya A, Hartono C. 2019. Pengaruh pupuk organik. J Agron Indones. 47(2):10-20.",
     ("Santoso", "Wijaya", "Hartono")),
])
def test_ipb_names_each_author(line, authors):
    assert parse_reference(line).authors == authors


@pytest.mark.parametrize("line, read", [
    # IPB's author-date entry ending on another year (a newspaper's day, a reprint): the year after the name is the
    # entry's, the name keeps its initial, the title stays the title
    ("Nugroho A. 2019. Harga beras naik. Kompas, 12 Mei 2019.", ("Nugroho A.", "Harga beras naik", "article")),
    ("Rahayu S. 2015. Manajemen Koperasi. Jakarta: Sinar Grafika, 2017.", ("Rahayu S.", "Manajemen Koperasi", "book")),
])
def test_an_ipb_entry_ending_on_a_year_keeps_its_year_after_the_name(line, read):
    ref = parse_reference(line)
    assert (ref.names[0], ref.title, ref.kind) == read


@pytest.mark.parametrize("line, later", [
    # a later author's initials of two or three letters, unstopped, are no family name ("KL" of "Keller KL")
    ("Kotler P, Keller KL. 2016. Marketing Management. Boston: Pearson.", ("Keller",)),
    ("Robbins SP, Judge TA, Sari DKW. 2013. Perilaku Organisasi. Jakarta: Salemba Empat.", ("Judge", "Sari")),
])
def test_ipb_later_authors_initials_are_no_family_name(line, later):
    assert parse_reference(line).authors[1:] == later


@pytest.mark.parametrize("line", [
    "Santoso, B. 2019. Manajemen Koperasi. Jakarta: Kencana. ISBN 978-602-123-456-7.",
    "Santoso, B. 2019. Manajemen Koperasi. Jakarta: Kencana. 250 hlm.",
    "Santoso, B. 2019. Manajemen Koperasi. Jakarta: Kencana, hal 45.",
])
def test_a_book_number_length_or_page_after_the_publisher_is_no_part_of_it(line):
    assert (parse_reference(line).place, parse_reference(line).publisher) == ("Jakarta", "Kencana")


def test_a_publishers_last_word_ending_in_h_before_a_number_is_no_page():
    # "h 2" is a page only as a word of its own: "Tarbiyah 2" keeps its letters and its number
    ref = parse_reference("Santoso, B. 2019. Fiqih Ibadah. Jakarta: Pustaka Tarbiyah 2.")
    assert (ref.place, ref.publisher) == ("Jakarta", "Pustaka Tarbiyah 2")


def test_a_place_and_a_day_are_no_newspaper():
    ref = parse_reference("Wijaya, A. 2020. Wawancara pribadi tentang koperasi sekolah. Malang, 12 Mei 2020.")
    assert (ref.kind, ref.container) != ("article", "Malang")


@pytest.mark.parametrize("line, read", [
    # a thesis read online: no web page, its school if named, never "Diakses dari" as one
    ("Putri, A. (2019). Pengaruh media sosial. Skripsi. Diakses dari http://lib.unnes.ac.id/123/",
     ("thesis", None, None, None)),
    ("Putri, A. (2019). Pengaruh media sosial. (Skripsi, Universitas Negeri Semarang). Diakses dari http://lib.unnes.ac.id/1/",
     ("thesis", "Universitas Negeri Semarang", None, None)),
    # its school's department before it and the city last
    ("Putri, Anisa. 2019. Pengaruh Media Sosial. Skripsi, Jurusan Ekonomi, Universitas Negeri Semarang, Semarang.",
     ("thesis", "Jurusan Ekonomi, Universitas Negeri Semarang", "Semarang", None)),
    # a diploma's "Karya Tulis Ilmiah"
    ("Putri, Anisa. 2019. Pengaruh Media Sosial. Karya Tulis Ilmiah. Akademi Keperawatan Malang.",
     ("thesis", "Akademi Keperawatan Malang", None, None)),
])
def test_more_theses(line, read):
    ref = parse_reference(line)
    assert (ref.kind, ref.publisher, ref.place, ref.container) == read


@pytest.mark.parametrize("line, read", [
    # nothing but a place and publisher after the year: no title, or a work with no author, its title first
    ("Al-Qur'an dan Terjemahannya. 2010. Jakarta: Departemen Agama RI.",
     ("book", "Al-Qur'an dan Terjemahannya", "Departemen Agama RI", "Jakarta")),
    ("Sugiyono. 2013. Jakarta: Alfabeta.", ("book", None, "Alfabeta", "Jakarta")),
])
def test_a_place_and_publisher_are_no_title(line, read):
    ref = parse_reference(line)
    assert (ref.kind, ref.title, ref.publisher, ref.place) == read


def test_a_quoted_title_then_place_and_publisher_is_a_book_not_mla():
    ref = parse_reference("Santoso, Budi. “Judul Buku.” Jakarta: Kencana, 2019.")
    assert (ref.kind, ref.container, ref.publisher, ref.place) == ("book", None, "Kencana", "Jakarta")
