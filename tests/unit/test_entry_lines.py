"""Which lines are reference-list entries, and how one is read: a made-up line for each clause of
citations/references.py that no other test held (each case fails when its clause is dropped or forced)."""

from __future__ import annotations

import pytest

from telusur.citations import reference_entries
from telusur.citations.references import is_reference_list_document, looks_like_entry, parse_reference
from telusur.documents import read_document


@pytest.mark.parametrize("line", [
    "Wahyudi, Agus. t.t. Hukum Adat Jawa. Surabaya: Pustaka Ilmu.",  # no date where the year stands
    "Kementerian Kesehatan RI. Pedoman Gizi Seimbang. Jakarta: Kemenkes, 2014.",  # a body, the year last
    "Hartono dan Budi Santoso, “Koperasi Desa di Jawa”, Jurnal Ekonomi, Jakarta: UI Press, 2004.",  # "dan" a person
    "Santoso, Budi (2019) Koperasi Sekolah. Malang: UMM Press.",  # a whole name, no stop before the year or after it
    "Wijaya, Cahya. 2018 Koperasi Desa. Surabaya: Unair Press.",  # no stop after the year
    "A. Kadir and T. Triwahyuni, Pengenalan Teknologi Informasi. Yogyakarta: Andi, 2013.",  # IEEE, a book
])
def test_entry_lines(line):
    assert looks_like_entry(line)


@pytest.mark.parametrize("line", [
    ". (2015). Statistika untuk Penelitian. Bandung: Alfabeta.",  # what a reader leaves of a ditto: no name opens it
    "1. Ani, B. (2019). X.",  # too short for authors, a year and a title once its number is read off
    "Jawa Timur 2019. Koperasi sekolah tumbuh pesat di kota-kota besar.",  # capitalised words, no stop before the year
    "Seperti Santoso dan Hartono, 2019. Koperasi sekolah melatih kejujuran siswa.",  # a sentence citing
    "Santoso dan Hartono, 2019, menyebut koperasi sekolah sebagai usaha bersama.",  # the sentence goes on in small letters
    "Menurut Hartono, Koperasi Sekolah: Teori dan Praktik, 2019.",  # a citing word opens it, the year last
    "Hukum dan Masyarakat Adat, Jakarta: Pustaka, 2004.",  # a title where the authors would stand
    "Data kunjungan pasien puskesmas. (2019). Laporan Tahunan. Malang: Dinkes.",  # words in small letters, no names
    "Robbins dalam Sutrisno. (2009). Manajemen Sumber Daya Manusia. Jakarta: Kencana.",  # a citation at second hand
    "Menurut Hartono, 2019, Koperasi Sekolah adalah usaha bersama siswa.",  # a citing word, the year after the name
])
def test_lines_with_a_year_that_are_no_entry(line):
    assert not looks_like_entry(line)


@pytest.mark.parametrize("line, authors, year, title", [
    ("Hartono dan Budi Santoso, “Koperasi Desa di Jawa”, Jurnal Ekonomi, Jakarta: UI Press, 2004.",
     ("Hartono", "Santoso"), "2004", None),
    # a space before a colon, as typed: the title is read without it
    ("Santoso, Budi. 2019. Manajemen Koperasi : Teori dan Praktik. Yogyakarta : Andi Offset.",
     ("Santoso",), "2019", "Manajemen Koperasi: Teori dan Praktik"),
    # the year in parentheses after the authors, a date read at the end: the year is the first
    ("Wibowo, Agus. (2016) Motivasi Kerja Guru. Tersedia: http://contoh.blogspot.com/motivasi.html (12 Mei 2019)",
     ("Wibowo",), "2016", "Motivasi Kerja Guru"),
    # a page's title where its author would stand: title words joined by "dan" are one name, not two persons
    ("Alat dan Mesin Kantor. (2020). Alat dan Mesin Kantor Modern.", ("Alat dan Mesin Kantor",), "2020", None),
    # a body after a person: its whole name, not its last word
    ("Santoso, Budi dan Dinas Pendidikan. (2018). Profil Sekolah Dasar. Malang: Dinas Pendidikan.",
     ("Santoso", "Dinas Pendidikan"), "2018", "Profil Sekolah Dasar"),
    ("Arsyad A. (2011). Media Pembelajaran. Jakarta: Rajawali Pers.", ("Arsyad",), "2011", None),  # initials after
    ("De Porter, Bobbi. (2000). Quantum Teaching. Bandung: Kaifa.", ("De Porter",), "2000", None),  # a two-word surname
    # APA 7's ellipsis between the authors, as one character
    ("Wijaya, F., … Putra, G. (2019). Koperasi Sekolah. Malang: UMM Press.", ("Wijaya", "Putra"), "2019", None),
    # two more authors written given name first before the title ("H.R. Pamungkas" with its initials)
    ("Wiranto, Adi, Sukmadi, H.R. Pamungkas, Wawasan Kebangsaan (Jakarta: Balai Pustaka, 1999).",
     ("Wiranto", "Sukmadi", "Pamungkas"), "1999", "Wawasan Kebangsaan"),
    # the year after the authors (author-date) and a reprint's year at the end: the first is the work's
    ("Santoso, Budi. 2015. Koperasi Sekolah. Malang: UMM Press, 2016.", ("Santoso",), "2015", "Koperasi Sekolah"),
    # a one-word title where a given name would stand, "Place: Publisher" after it
    ("Sugiyono, Penelitian, Bandung: Alfabeta, 2013.", ("Sugiyono",), "2013", "Penelitian"),
    # an access date its only date: read, its year the access's
    ("Kemdikbud. Merdeka Belajar. Diakses dari https://www.kemdikbud.go.id pada 12 Mei 2021.", ("Kemdikbud",), "2021",
     "Merdeka Belajar"),
    # ... the title after them has dictionary words and no initials: no further author
    ("Wiranto, Adi, Sukmadi, H.R. Pamungkas, Hukum Laut Internasional, Jakarta: Balai Pustaka, 1999.",
     ("Wiranto", "Sukmadi", "Pamungkas"), "1999", "Hukum Laut Internasional"),
    # a title's words where a given name would stand: "Metode" is a derived common word
    ("Sugiyono, Metode Penelitian, Bandung: Alfabeta, 2013.", ("Sugiyono",), "2013", "Metode Penelitian"),
    # ... but two given names that are dictionary words ("bintang", "samudra") stay names
    ("Hartono, Bintang Samudra. Koperasi Sekolah. Malang: UMM Press, 2015.", ("Hartono",), "2015", "Koperasi Sekolah"),
    # a mark doubled by a text layer between authors names no empty author
    ("Nasurdin, Aizzat; Ramayah, T.; (2009). Koperasi Sekolah. Malang: UMM Press.", ("Nasurdin", "Ramayah"), "2009", None),
    ("Santoso, B., , Hartono, A. (2019). Koperasi Sekolah. Malang: UMM Press.", ("Santoso", "Hartono"), "2019", None),
    # Vancouver, two authors, the year after the publisher's full stop
    ("Hartono B, Wijaya C. Koperasi sekolah. Malang: UMM Press. 2008.", ("Hartono", "Wijaya"), "2008", "Koperasi sekolah"),
    # the year last, in parentheses: the year, not a decree's head before it
    ("Santoso, Budi. Koperasi Sekolah. Malang: UMM Press (2019).", ("Santoso",), "2019", "Koperasi Sekolah"),
    # four capitalised words after a person, no body's word known among them: a group's name, kept whole
    ("Santoso, Budi dan Kelompok Kerja Guru Matematika. (2018). Profil Sekolah Dasar. Malang: UMM Press.",
     ("Santoso", "Kelompok Kerja Guru Matematika"), "2018", None),
])
def test_entry_fields(line, authors, year, title):
    ref = parse_reference(line)
    assert (ref.authors, ref.year) == (authors, year)
    assert title is None or ref.title == title


@pytest.mark.parametrize("line, shown", [
    # OCR's and typists' space before a mark: the entry is shown without it
    ("Santoso , B. (2019). Koperasi Sekolah. Malang: UMM Press.", "Santoso, B. (2019). Koperasi Sekolah. Malang: UMM Press."),
    ("Santoso, Budi . 2019. Koperasi Sekolah. Malang: UMM Press.", "Santoso, Budi. 2019. Koperasi Sekolah. Malang: UMM Press."),
    ("Nasurdin, Aizzat ; Ramayah, T. (2009). Koperasi Sekolah. Malang: UMM Press.",
     "Nasurdin, Aizzat; Ramayah, T. (2009). Koperasi Sekolah. Malang: UMM Press."),
])
def test_an_entry_is_shown_without_a_space_before_its_marks(line, shown):
    assert parse_reference(line).text == shown


@pytest.mark.parametrize("line, name", [
    ("Santoso, M.Pd. (2019). Koperasi Sekolah. Malang: UMM Press.", "Santoso"),  # a degree, small letters in it
    ("Santoso, S.E. (2019). Koperasi Sekolah. Malang: UMM Press.", "Santoso, S.E."),  # as likely initials as a degree
])
def test_a_degree_after_a_name_is_left_out_and_initials_are_kept(line, name):
    assert parse_reference(line).names == (name,)


def test_an_entry_read_alone_spans_its_text():
    line = "Santoso, Budi. 2015. Koperasi Sekolah. Malang: UMM Press."
    ref = parse_reference(line)
    assert (ref.start, ref.end) == (0, len(line))


@pytest.mark.parametrize("line", ["et al. (2019). Koperasi Sekolah. Malang: UMM Press.",  # a wrapped author list's end
                                  "Menurut Hartono, Koperasi Sekolah: Teori dan Praktik, 2019."])  # a sentence citing
def test_no_author_before_the_year_no_entry(line):
    assert parse_reference(line) is None


def test_a_decree_listed_with_no_author_is_a_law_its_number_where_an_author_stands():
    ref = parse_reference("Kepmenkes No. 1027/MenKes/SK/IX/ 2004, Standar Pelayanan Kefarmasian di Apotek.")
    assert (ref.kind, ref.authors, ref.year) == ("law", ("Kepmenkes No. 1027/MenKes/SK/IX/ 2004",), "2004")


@pytest.mark.parametrize("line, fields", [
    # a question for a title keeps its mark
    ("Santoso, B. (2019). Mengapa koperasi gagal? Jurnal Ekonomi, 5(2), 10-20.",
     {"kind": "article", "title": "Mengapa koperasi gagal?", "container": "Jurnal Ekonomi"}),
    # a text layer's year glued to the name before it only
    ("Sugiyono.2013. Metode Penelitian Pendidikan. Bandung: Alfabeta.",
     {"year": "2013", "title": "Metode Penelitian Pendidikan", "publisher": "Alfabeta"}),
    # an abbreviation's stop inside a title in capitals does not end it
    ("Santoso, B. (2019). PROFIL KOPERASI KEC. LOWOKWARU KOTA MALANG. Malang: UMM Press.",
     {"title": "PROFIL KOPERASI KEC. LOWOKWARU KOTA MALANG", "publisher": "UMM Press"}),
    # pages alone after the title: pages, no publisher
    ("Arsyad A. (2011). Media Pembelajaran. 23–35.", {"kind": "misc", "pages": "23-35", "publisher": None}),
    # a DOI written as a doi.org address: the DOI, no URL beside it
    ("Santoso, B. (2019). Judul artikel. Jurnal Pendidikan, 5(2), 10-20. https://doi.org/10.1234/jp.v5i2.10",
     {"kind": "article", "doi": "10.1234/jp.v5i2.10", "url": None}),
    # a DOI and another address: both
    ("Santoso, B. (2019). Judul artikel. Jurnal Pendidikan, 5(2), 10-20. doi:10.1234/jp.v5i2.10. Retrieved from "
     "https://jurnal.example.id/artikel/10", {"doi": "10.1234/jp.v5i2.10", "url": "https://jurnal.example.id/artikel/10"}),
    # an address and nothing after the title: a web page
    ("Kominfo. (2020). Literasi Digital Indonesia. https://www.kominfo.go.id/literasi",
     {"kind": "web", "url": "https://www.kominfo.go.id/literasi"}),
    # "Retrieved from" right after the date: a page with no title, its site no title either
    ("Toko Meubel Jaya. (2022, mei 3). Retrieved from meubeljaya.co.id: https://meubeljaya.co.id/meja-kantor",
     {"kind": "web", "title": None}),
    # the site a page is in, before "Retrieved": its container; none written, none read
    ("Kontributor Wikipedia. (2024). Koperasi. In Wikipedia, Ensiklopedia Bebas. Retrieved from "
     "https://id.wikipedia.org/wiki/Koperasi", {"kind": "web", "container": "Wikipedia, Ensiklopedia Bebas"}),
    ("Kemdikbud. 2020. Merdeka Belajar. Diakses dari https://www.kemdikbud.go.id/ pada 12 Mei 2021.",
     {"kind": "web", "container": None}),
    # a reprint's year at the end, after the author-date year: a book's publisher, no volume "2016"
    ("Santoso, Budi. 2015. Koperasi Sekolah. Malang: UMM Press, 2016.",
     {"kind": "book", "publisher": "UMM Press", "volume": None}),
    # a chapter's pages after its publisher
    ("Santoso, B. (2015). Koperasi dan desa. Dalam A. Wijaya (Ed.), Ekonomi Rakyat. Jakarta: Kencana, pp. 45-60.",
     {"kind": "chapter", "container": "Ekonomi Rakyat", "pages": "45-60"}),
    # ... and pages with no publisher after them: none read
    ("Santoso, B. (2015). Koperasi dan desa. Dalam A. Wijaya (Ed.), Ekonomi Rakyat. pp. 45-60.",
     {"kind": "chapter", "pages": "45-60", "publisher": None}),
])
def test_entry_parts_after_the_title(line, fields):
    ref = parse_reference(line)
    assert {k: getattr(ref, k) for k in fields} == fields


def _entries(tmp_path, *paragraphs: str):
    path = tmp_path / "bab.md"
    path.write_text("# Bab\n\nTeks.\n\n## Daftar Pustaka\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return [(r.authors, r.year, r.title, r.kind) for r in reference_entries(read_document(path, path.name, 5.0))]


def test_entries_with_the_year_last_and_no_colon_each_a_paragraph_stay_apart(tmp_path):
    got = _entries(tmp_path, "Santoso, Budi, Koperasi Sekolah, Malang, 2015.", "Hartono, Ani, Koperasi Desa, Surabaya, 2016.",
                   "Wijaya, Cahya, Koperasi Pesantren, Kediri, 2017.")
    assert [(a, y) for a, y, _, _ in got] == [(("Santoso",), "2015"), (("Hartono",), "2016"), (("Wijaya",), "2017")]


def test_two_authors_entry_wrapped_over_two_paragraphs_is_read_whole(tmp_path):
    got = _entries(tmp_path, "Santoso, B., & Hartono, A. (2019). Koperasi Sekolah dan", "Desa Wisata. Malang: UMM Press.")
    assert got == [(("Santoso", "Hartono"), "2019", "Koperasi Sekolah dan Desa Wisata", "book")]


def test_an_entry_wrapped_before_its_journals_name_ends_goes_on_in_the_next_paragraph(tmp_path):
    got = _entries(tmp_path, "Chen, H., & Volpe, R. P. (1998). An Analysis of Personal Financial Literacy among College "
                   "Students. Financial", "Services Review, 7(2), 107-128.",
                   "Lusardi, A. (2008). Financial Literacy for All. Jakarta: Andi.")
    assert got == [(("Chen", "Volpe"), "1998", "An Analysis of Personal Financial Literacy among College Students", "article"),
                   (("Lusardi",), "2008", "Financial Literacy for All", "book")]


def test_a_chapter_whose_list_is_half_its_text_is_no_reference_list_document(tmp_path):
    path = tmp_path / "bab.md"
    body = "Koperasi sekolah melatih siswa mengelola usaha bersama dengan jujur dan terbuka."  # more than 30% of it
    path.write_text(f"# Bab\n\n{body}\n\n## Daftar Pustaka\n\n"
                    "Santoso, Budi. 2015. Koperasi Sekolah. Malang: UMM Press.\n", encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    entries = reference_entries(doc)
    assert len(entries) == 1 and not is_reference_list_document(doc, entries)


def _spans(tmp_path, *paragraphs: str) -> list[str]:
    path = tmp_path / "bab.md"
    path.write_text("# Bab\n\nTeks.\n\n## Daftar Pustaka\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    spans = [doc.text[r.start:r.end] for r in reference_entries(doc)]
    assert all(span == span.strip() for span in spans)  # no space or line break either side
    return [" ".join(span.split()) for span in spans]


def test_an_entry_spans_its_text_in_the_document(tmp_path):
    # over two paragraphs: from the first's start to the last's end
    assert _spans(tmp_path, "Chen, H. (1998). Financial Literacy among College Students. Financial",
                  "Services Review, 7(2), 107-128.") == [
        "Chen, H. (1998). Financial Literacy among College Students. Financial Services Review, 7(2), 107-128."]
    # two entries a reader ran into one paragraph: each up to its own full stop
    assert _spans(tmp_path, "Santoso, B. (2019). Koperasi Sekolah. Malang: UMM Press. Hartono, A. (2020). Koperasi Desa. "
                  "Surabaya: Unair Press.") == ["Santoso, B. (2019). Koperasi Sekolah. Malang: UMM Press.",
                                                 "Hartono, A. (2020). Koperasi Desa. Surabaya: Unair Press."]


def test_an_entry_with_no_date_wrapped_over_lines_does_not_swallow_the_next(tmp_path):
    got = _entries(tmp_path, "Santoso, Budi. Koperasi Sekolah", "Dan Desa", "Di Jawa Timur",
                   "Hartono, A. (2020). Koperasi Desa. Surabaya: Unair Press.")
    assert (("Hartono",), "2020", "Koperasi Desa", "book") in got


def test_a_list_opening_with_a_dash_for_the_authors_is_read(tmp_path):
    got = _entries(tmp_path, "———. 2013. Koperasi Sekolah. Malang: UMM Press.",
                   "Hartono, A. (2020). Koperasi Desa. Surabaya: Unair Press.")
    assert got[-1] == (("Hartono",), "2020", "Koperasi Desa", "book")


def test_a_dash_for_the_authors_above(tmp_path):
    # with a co-author of its own: both
    got = _entries(tmp_path, "Hartono, Ani. 2010. Koperasi Desa. Surabaya: Unair Press.",
                   "———, dan Budi Santoso. 2013. Koperasi Kota. Surabaya: Unair Press.")
    assert got[1][:2] == (("Hartono", "Santoso"), "2013")
    # with no year: no entry, and the list goes on
    got = _entries(tmp_path, "Hartono, Ani. 2010. Koperasi Desa. Surabaya: Unair Press.",
                   "———. Koperasi Kota. Surabaya: Unair Press.", "Santoso, Budi. 2012. Koperasi Sekolah. Malang: UMM Press.")
    assert [(a, y) for a, y, _, _ in got] == [(("Hartono",), "2010"), (("Santoso",), "2012")]



@pytest.mark.parametrize("line, fields", [
    # the year last, after "Place: Publisher": the place and the publisher apart
    ("Soekanto, Soerjono. Sosiologi Suatu Pengantar. Jakarta: Rajawali Pers, 2010.",
     {"kind": "book", "title": "Sosiologi Suatu Pengantar", "place": "Jakarta", "publisher": "Rajawali Pers"}),
    ("Kementerian Kesehatan RI. Pedoman Gizi Seimbang. Jakarta: Kemenkes, 2014.",  # a body for the author
     {"kind": "book", "place": "Jakarta", "publisher": "Kemenkes"}),
    # ... in a parenthesis opened after a translator's note: the parenthesis's place and publisher
    ("Wood, Leon. Nabi-Nabi Israel, terj. Tim Penerjemah (Malang: Gandum Mas, 2005).",
     {"place": "Malang", "publisher": "Gandum Mas"}),
])
def test_entries_with_the_year_last(line, fields):
    ref = parse_reference(line)
    assert {k: getattr(ref, k) for k in fields} == fields


@pytest.mark.parametrize("line, fields", [
    # a reprint's note after the publisher, the author-date year before it: the publisher alone
    ("Santoso, Budi. 2015. Koperasi Sekolah. Malang: UMM Press (cetak ulang 2016).",
     {"year": "2015", "place": "Malang", "publisher": "UMM Press"}),
    ("Santoso, B. (2015). Koperasi Sekolah. Malang: UMM Press (cetakan ke-3).", {"publisher": "UMM Press"}),
    ("Santoso, B. (2015). Koperasi Sekolah. Malang: UMM Press (edisi revisi).", {"publisher": "UMM Press"}),
    # ... after the year at the end: the year is the one before the note
    ("Santoso, Budi. Koperasi Sekolah. Malang: UMM Press, 2015 (cetak ulang 2018).",
     {"year": "2015", "place": "Malang", "publisher": "UMM Press"}),
    # an acronym in parentheses is the publisher's own, no note
    ("Santoso, B. (2015). Statistik Koperasi. Jakarta: Badan Pusat Statistik (BPS).",
     {"publisher": "Badan Pusat Statistik (BPS)"}),
])
def test_a_printing_note_after_the_publisher_is_no_part_of_it(line, fields):
    ref = parse_reference(line)
    assert {k: getattr(ref, k) for k in fields} == fields


@pytest.mark.parametrize("line, fields", [
    # commas all the way, the year after the authors: the title, then "Publisher, Place" or "Place: Publisher"
    ("Hamzah, Andi, 2005, Penegakan Hukum Lingkungan, Sinar Grafika, Jakarta.",
     {"year": "2005", "title": "Penegakan Hukum Lingkungan", "kind": "book", "publisher": "Sinar Grafika",
      "place": "Jakarta"}),
    ("Jaya, Nyoman, 2005, Kapita Selekta Hukum Pidana, Badan Penerbit Universitas Diponegoro, Semarang.",
     {"title": "Kapita Selekta Hukum Pidana", "publisher": "Badan Penerbit Universitas Diponegoro", "place": "Semarang"}),
    ("Potter & Perry, 2005, Fundamental Keperawatan, Jakarta: EGC.",
     {"title": "Fundamental Keperawatan", "kind": "book", "publisher": "EGC", "place": "Jakarta"}),
    ("Hartono, 2019, Koperasi Sekolah, Malang: UMM Press, 2020.",
     {"year": "2019", "title": "Koperasi Sekolah", "kind": "book", "publisher": "UMM Press", "place": "Malang"}),
    # ... the year last
    ("Soekanto, Soerjono, Sosiologi Suatu Pengantar, Rajawali Pers, Jakarta, 2010.",
     {"year": "2010", "title": "Sosiologi Suatu Pengantar", "kind": "book", "publisher": "Rajawali Pers",
      "place": "Jakarta"}),
    # ... after a title's full stop: "Publisher, Place"
    ("Soekanto, Soerjono. Sosiologi Suatu Pengantar. Rajawali Pers, Jakarta, 2010.",
     {"publisher": "Rajawali Pers", "place": "Jakarta"}),
    # a title's own commas, no publisher named after them: the title whole
    ("Syarif, Laode, 2014, Hukum Lingkungan: Teori, Legislasi dan Studi Kasus.",
     {"title": "Hukum Lingkungan: Teori, Legislasi dan Studi Kasus", "publisher": None}),
])
def test_entries_written_with_commas_read_their_publisher(line, fields):
    ref = parse_reference(line)
    assert {k: getattr(ref, k) for k in fields} == fields


@pytest.mark.parametrize("line, title", [
    # a publisher's word among a title's words after its last comma ("dan Pers", "and the Press") names no publisher
    ("Santoso, Budi. 2015. Jurnalisme, Media, dan Pers. Jakarta: Kencana.", "Jurnalisme, Media, dan Pers"),
    ("McNair, B. (2011). Politics, Democracy, and the Press. London: Routledge.", "Politics, Democracy, and the Press"),
    ("Santoso, Budi. Etika, Hukum, dan Kebebasan Pers. Yogyakarta: Pustaka Pelajar, 2015.",
     "Etika, Hukum, dan Kebebasan Pers"),
])
def test_a_publishers_word_inside_a_titles_words_is_no_publisher(line, title):
    ref = parse_reference(line)
    assert ref.title == title and ref.publisher in ("Kencana", "Routledge", "Pustaka Pelajar")


@pytest.mark.parametrize("line, fields", [
    # a journal's volume, issue and pages, then "Retrieved from": an article, its address kept
    ("Santoso, B. (2019). Judul artikel. Jurnal Pendidikan, 5(2), 10-20. doi:10.1234/jp.v5i2.10. Retrieved from "
     "https://jurnal.example.id/artikel/10",
     {"kind": "article", "container": "Jurnal Pendidikan", "volume": "5", "issue": "2", "pages": "10-20",
      "doi": "10.1234/jp.v5i2.10", "url": "https://jurnal.example.id/artikel/10"}),
    ("Santoso, B. (2019). Judul artikel. Jurnal Pendidikan, 5(2), 10-20. Diakses dari https://jurnal.example.id/10",
     {"kind": "article", "container": "Jurnal Pendidikan", "pages": "10-20"}),
    # the day a page was read, in parentheses after its address: no publisher
    ("Wibowo, Agus. (2016). Motivasi Kerja Guru. http://contoh.blogspot.com/motivasi.html (12 Mei 2019)",
     {"kind": "web", "publisher": None, "url": "http://contoh.blogspot.com/motivasi.html"}),
    # ... after "Tersedia:" ("available at"): no place "Tersedia" either
    ("Wibowo, Agus. (2016) Motivasi Kerja Guru. Tersedia: http://contoh.blogspot.com/motivasi.html (12 Mei 2019)",
     {"kind": "web", "publisher": None, "place": None, "container": None}),
    ("Wibowo, Agus. (2016) Motivasi Kerja Guru, [Online]. Tersedia: http://contoh.blogspot.com/motivasi.html (12 Mei 2019).",
     {"kind": "web", "title": "Motivasi Kerja Guru", "publisher": None}),
    ("Wibowo, Agus. (2016). Motivasi Kerja Guru. Available at: http://contoh.blogspot.com/motivasi.html",
     {"kind": "web", "publisher": None, "container": None}),
    # "(Online)" and the address with its access date in a parenthesis: the page's year, no site read from the marks
    ("Wibowo, Agus. 2016. Motivasi Kerja Guru. (Online), (http://contoh.blogspot.com/motivasi.html, diakses 12 Mei 2019).",
     {"year": "2016", "kind": "web", "container": None}),
    ("Wibowo, Agus. 2016. Motivasi Kerja Guru. (Online). http://contoh.blogspot.com/motivasi.html (12 Mei 2019)",
     {"year": "2016", "kind": "web", "publisher": None}),
])
def test_an_address_and_the_day_it_was_read(line, fields):
    ref = parse_reference(line)
    assert {k: getattr(ref, k) for k in fields} == fields


@pytest.mark.parametrize("line", [
    "Sugiyono. 2017. Metode Penelitian Kuantitatif, Kualitatif, dan R&D. Bandung: Alfabeta.",
    "Sugiyono. (2017). Metode Penelitian Kuantitatif, Kualitatif, dan R&D. Bandung: Alfabeta.",
    "Sugiyono. Metode Penelitian Kuantitatif, Kualitatif, dan R&D. Bandung: Alfabeta, 2017.",
])
def test_a_title_ending_in_an_ampersand_abbreviation_ends_at_its_stop(line):
    # "R&D." is no initial: the title ends there, the place and publisher follow
    ref = parse_reference(line)
    assert (ref.title, ref.kind, ref.place, ref.publisher) == (
        "Metode Penelitian Kuantitatif, Kualitatif, dan R&D", "book", "Bandung", "Alfabeta")


@pytest.mark.parametrize("line", [
    # a note on the edition, the printing or the translation as a sentence of its own before "Place: Publisher"
    "Marzuki, Peter. 2017. Koperasi Sekolah. Edisi Revisi. Malang: UMM Press.",
    "Marzuki, P. (2017). Koperasi Sekolah. Cetakan ke-20. Malang: UMM Press.",
    "Marzuki, Peter. 2017. Koperasi Sekolah. 9th ed. Malang: UMM Press.",
    "Marzuki, Peter. 2017. Koperasi Sekolah. Terjemahan Budi Santoso. Malang: UMM Press.",
    "Marzuki, Peter. Koperasi Sekolah. Edisi Revisi. Malang: UMM Press, 2017.",  # the year last
    # IEEE, a book: "Place: Publisher, Year" after the title
    "[1] P. Marzuki, Koperasi Sekolah. Malang: UMM Press, 2017.",
])
def test_the_place_and_publisher_after_a_note_on_the_edition(line):
    ref = parse_reference(line)
    assert (ref.year, ref.title, ref.kind, ref.place, ref.publisher) == (
        "2017", "Koperasi Sekolah", "book", "Malang", "UMM Press")


@pytest.mark.parametrize("line, place, publisher", [
    ("Marzuki, P. (2017). Koperasi Sekolah. St. Louis: Mosby.", None, "St. Louis: Mosby"),  # an abbreviation's stop
    # a book number, no place; the proceedings are the paper's container (s26: no longer its publisher)
    ("Marzuki, P. (2017). Koperasi Sekolah. Prosiding Seminar. ISBN: 978-979-3649-81-8", None, None),
])
def test_no_place_after_an_abbreviation_or_before_a_book_number(line, place, publisher):
    ref = parse_reference(line)
    assert (ref.place, ref.publisher) == (place, publisher)


@pytest.mark.parametrize("line", [
    # a journal's volume, issue and pages as Indonesian journals write them
    "Lubis, M. (2015). “Pengaruh Iklim Organisasi”. Jurnal Ekonomi. 3 (2): 75-84.",
    "Lubis, M. (2015). Pengaruh Iklim Organisasi. Jurnal Ekonomi, 3(2): 75-84.",
    "Lubis, M. 2015. Pengaruh Iklim Organisasi. Jurnal Ekonomi 3(2): 75-84.",
    "Lubis, M. (2015). Pengaruh Iklim Organisasi. Jurnal Ekonomi, Vol. 3, No. 2, hlm. 75-84.",
    "Lubis, M. (2015). Pengaruh Iklim Organisasi. Jurnal Ekonomi, Vol. 3 No. 2, 75-84.",
    "Lubis, M. (2015). Pengaruh Iklim Organisasi. Jurnal Ekonomi. 3 (2): 75-84, ISSN: 2337-3997.",  # its ISSN after
])
def test_a_journals_volume_issue_and_pages_as_indonesian_journals_write_them(line):
    ref = parse_reference(line)
    assert (ref.kind, ref.title, ref.container, ref.volume, ref.issue, ref.pages, ref.publisher) == (
        "article", "Pengaruh Iklim Organisasi", "Jurnal Ekonomi", "3", "2", "75-84", None)


@pytest.mark.parametrize("line", [
    "Shihab, M. Quraish. 2002. Tafsir Al-Mishbah. Volume 2 (Jakarta: Lentera Hati).",
    "Shihab, M. Quraish. 2002. Tafsir Al-Mishbah. Jilid 2 (Jakarta: Lentera Hati).",
])
def test_a_books_volume_before_its_place_and_publisher_is_no_journals_issue(line):
    """A parenthesis holding "Place: Publisher" after a book's volume is no journal's issue."""
    ref = parse_reference(line)
    assert (ref.kind, ref.place, ref.publisher, ref.issue) == ("book", "Jakarta", "Lentera Hati", None)


@pytest.mark.parametrize("line, place, publisher", [
    # IPB's style: the place with its country's code in parentheses
    ("Santoso B. 2015. Pengantar Ilmu Tanah. Bogor (ID): IPB Press.", "Bogor", "IPB Press"),
    ("Smith J. 2010. Soil Science. New York (US): Wiley.", "New York", "Wiley"),
])
def test_a_place_with_its_countrys_code_and_its_publisher(line, place, publisher):
    ref = parse_reference(line)
    assert (ref.kind, ref.place, ref.publisher) == ("book", place, publisher)


def test_a_gazettes_year_and_number_are_no_journals_volume_and_issue():
    ref = parse_reference("Republik Indonesia. 1999. Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen. "
                          "Lembaran Negara Republik Indonesia Tahun 1999 Nomor 42.")
    # a law, its maker where the author stands (session 41; it read as a book before), never a journal's article
    assert (ref.kind, ref.volume, ref.issue) == ("law", None, None)


@pytest.mark.parametrize("line, title", [
    # further authors given name first, then a title of five capitalised words none of them Indonesian: the title
    ("Wiranto, Adi, Sukmadi, Harsono, Managing Rural Cooperative Credit Unions, Jakarta: Balai Pustaka, 1999.",
     "Managing Rural Cooperative Credit Unions"),
    # ... or of capitalised words with a digit in one: the title
    ("Wiranto, Adi, Sukmadi, Harsono, COVID-19 Pandemic Response, Jakarta: Balai Pustaka, 2021.",
     "COVID-19 Pandemic Response"),
])
def test_a_title_after_further_authors_is_no_further_author(line, title):
    ref = parse_reference(line)
    assert (ref.authors, ref.title, ref.publisher) == (("Wiranto", "Sukmadi", "Harsono"), title, "Balai Pustaka")


@pytest.mark.parametrize("line", [
    # persons written given name first, joined by "dan", a given name a dictionary word ("budi"): two authors
    "Budi Santoso dan Agus Hartono. 2015. Koperasi Sekolah. Malang: UMM Press.",
    "Budi Santoso dan Agus Hartono. (2015). Koperasi Sekolah. Malang: UMM Press.",
    "Budi Santoso dan Agus Hartono. Koperasi Sekolah. Malang: UMM Press, 2015.",  # the year last
])
def test_persons_given_name_first_joined_by_dan_are_two_authors(line):
    ref = parse_reference(line)
    assert (ref.names, ref.authors[1:], ref.year, ref.title) == (
        ("Budi Santoso", "Agus Hartono"), ("Hartono",), "2015", "Koperasi Sekolah")


def test_an_undated_page_ending_with_its_address_does_not_run_into_the_next_entry(tmp_path):
    got = _entries(tmp_path, "Hartono, A. (2020). Koperasi Desa. Surabaya: Unair Press.",
                   "Kominfo. Literasi Digital Indonesia. https://www.kominfo.go.id/literasi",
                   "Santoso, B. (2019). Koperasi Sekolah. Malang: UMM Press.")
    assert [(a, y) for a, y, _, _ in got] == [(("Hartono",), "2020"), (("Santoso",), "2019")]


@pytest.mark.parametrize("facts", [
    "Gadjah Mada University Press, 2015.",  # a publisher named by its form
    "Yogyakarta: Gadjah Mada University Press, 2015.",  # its place before it
    "Rajawali Pers, Jakarta, 2015.",  # its place after it
    "Penerbit Andi, 2015.",
])
@pytest.mark.parametrize("marker", ["", "- "])
def test_an_entry_wrapped_before_its_publisher_and_year_is_read_whole(tmp_path, facts, marker):
    # the last line holds only where and by whom it was published, and when: no entry of its own
    got = _entries(tmp_path, *(marker + p for p in (
        "Hartono, A. (2020). Koperasi Desa. Surabaya: Unair Press.", "Santoso, Budi. Koperasi Sekolah dan Desa.", facts,
        "Wijaya, C. (2017). Koperasi Pesantren. Kediri: Lirboyo Press.")))
    assert [(a, y, t) for a, y, t, _ in got] == [(("Hartono",), "2020", "Koperasi Desa"),
                                                 (("Santoso",), "2015", "Koperasi Sekolah dan Desa"),
                                                 (("Wijaya",), "2017", "Koperasi Pesantren")]


def test_a_body_publishing_its_own_work_after_an_undated_entry_opens_an_entry(tmp_path):
    # guard: a publisher's name with a title after its year is an author, not the facts of the entry above
    got = _entries(tmp_path, "Santoso, Budi. Koperasi Sekolah dan Desa.",
                   "Gadjah Mada University Press. 2015. Laporan Tahunan Penerbit.")
    assert [(a, y) for a, y, _, _ in got][-1] == (("Gadjah Mada University Press",), "2015")


_LONG_BODY = "Kementerian Koordinator Bidang Perekonomian Republik Indonesia Deputi Bidang Koperasi Dan UKM"  # 94 characters


def test_a_body_whose_name_is_longer_than_a_line_is_an_entrys_author():
    # a name's shape, whatever its length: capitalised words and links, one full stop after it
    line = f"{_LONG_BODY}. (2019). Profil Koperasi Indonesia. Jakarta: Kemenko Perekonomian."
    assert looks_like_entry(line)
    ref = parse_reference(line)
    assert (ref.authors, ref.year, ref.title) == ((_LONG_BODY,), "2019", "Profil Koperasi Indonesia")


@pytest.mark.parametrize("line", [
    f"Menurut {_LONG_BODY}. (2019). Koperasi tumbuh di seluruh provinsi.",  # a citing word opens it
    f"Laporan terbaru dari {_LONG_BODY}. (2019). Koperasi tumbuh di seluruh provinsi.",  # words in small letters
    f"Data {_LONG_BODY} yang terbaru. (2019). Koperasi tumbuh di seluruh provinsi.",  # a sentence's word
    f"Koperasi Tumbuh Pesat. Data Dari {_LONG_BODY} Terbaru. Juga Provinsi Lain. (2019). Profil Koperasi.",  # sentences
])
def test_a_long_sentence_before_a_year_is_no_entry(line):
    assert not looks_like_entry(line)
