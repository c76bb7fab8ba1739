"""Reference entries whose authors are two names joined by "dan", whose title holds a parenthesis or quotes, or whose
publisher is followed by a note: made-up lines in the forms Indonesian and APA lists use."""

from __future__ import annotations

import pytest

from telusur.citations import reference_entries
from telusur.citations.references import looks_like_entry, parse_reference
from telusur.documents import read_document


@pytest.mark.parametrize("line, authors", [
    # one name each, one of them also a word ("wijaya"): two persons, as "(Santoso dan Wijaya, 2015)" cites them
    ("Santoso dan Wijaya. 2015. Koperasi Sekolah. Malang: UMM Press.", ("Santoso", "Wijaya")),
    ("Santoso dan Wijaya (2015). Koperasi Sekolah. Malang: UMM Press.", ("Santoso", "Wijaya")),
    # ... the year last, the names closed by a full stop or by a comma
    ("Santoso dan Hartono. Koperasi Sekolah. Malang: UMM Press, 2015.", ("Santoso", "Hartono")),
    ("Santoso & Wijaya. Koperasi Sekolah. Malang: UMM Press, 2015.", ("Santoso", "Wijaya")),
    ("Santoso dan Wijaya, Koperasi Sekolah, Malang: UMM Press, 2015.", ("Santoso", "Wijaya")),
])
def test_two_single_names_joined_by_dan_are_two_authors(line, authors):
    ref = parse_reference(line)
    assert (ref.authors, ref.names, ref.year, ref.title) == (authors, authors, "2015", "Koperasi Sekolah")
    assert (ref.place, ref.publisher) == ("Malang", "UMM Press")


@pytest.mark.parametrize("line", [
    "Hukum dan Masyarakat. Koperasi Sekolah. Jakarta: Pustaka, 2004.",  # dictionary words: a title, no authors
    "Hukum dan Masyarakat. 2004. Koperasi Sekolah. Jakarta: Pustaka.",
])
def test_title_words_joined_by_dan_are_no_two_authors(line):
    ref = parse_reference(line)
    assert ref is None or ref.authors == ("Hukum dan Masyarakat",)


@pytest.mark.parametrize("line", [
    # a title of two words joined by "dan", one no dictionary holds, then its place and publisher with no title
    # between: the title of an entry with no author, not two persons (before: authors "Pancasila", "Kewarganegaraan",
    # the title "Jakarta: Erlangga")
    "Pancasila dan Kewarganegaraan. Jakarta: Erlangga, 2015.",
    "Marketing dan Branding. Jakarta: Gramedia, 2015.",
])
def test_two_words_joined_by_dan_before_a_place_and_publisher_are_no_two_authors(line):
    ref = parse_reference(line)
    assert ref is None or len(ref.authors) < 2


@pytest.mark.parametrize("line, entry", [
    ("Santoso dan Wijaya (2015). Koperasi Sekolah. Malang: UMM Press.", True),
    ("Budi Santoso & Agus Hartono (2015). Koperasi Sekolah. Malang: UMM Press.", True),
    ("Hukum dan Masyarakat (2015). Koperasi Sekolah. Malang: UMM Press.", False),  # a title's words
    ("Santoso dan Wijaya (2015) menyatakan bahwa koperasi sekolah penting.", False),  # a sentence
])
def test_persons_joined_by_dan_before_a_year_in_parentheses_open_an_entry(line, entry):
    assert looks_like_entry(line) is entry


def test_a_list_of_entries_by_two_persons_with_no_heading_is_read(tmp_path):
    path = tmp_path / "bab.md"
    path.write_text("# Koperasi\n\nKoperasi sekolah melatih siswa berwirausaha.\n\n"
                    "Santoso dan Wijaya (2015). Koperasi Sekolah. Malang: UMM Press.\n\n"
                    "Hartono dan Rahman (2016). Koperasi Desa. Surabaya: Unair Press.\n\n"
                    "Nugroho dan Lestari (2017). Koperasi Wanita. Jakarta: Kencana.\n", encoding="utf-8")
    got = [(r.authors, r.year) for r in reference_entries(read_document(path, path.name, 5.0))]
    assert got == [(("Santoso", "Wijaya"), "2015"), (("Hartono", "Rahman"), "2016"), (("Nugroho", "Lestari"), "2017")]


@pytest.mark.parametrize("line, fields", [
    # a quoted title, then the journal it is in, then "Place: Publisher": the title is what the quotes hold
    ("Hartono dan Budi Santoso, “Koperasi Desa di Jawa”, Jurnal Ekonomi, Jakarta: UI Press, 2004.",
     {"title": "Koperasi Desa di Jawa", "container": "Jurnal Ekonomi", "place": "Jakarta", "publisher": "UI Press"}),
    ("Sudjatmiko dan Rusdi Ridwan, “Koperasi Desa”, Jakarta: UI Press, 2004.",
     {"title": "Koperasi Desa", "container": None, "place": "Jakarta", "publisher": "UI Press"}),
    # ... a magazine after "dalam", with the month of its issue
    ("Triyatna, Osa. “Siapakah Sang Nabi Itu? (II)” dalam Majalah Rohani, Oktober, 1995.",
     {"title": "Siapakah Sang Nabi Itu? (II)", "container": "Majalah Rohani", "publisher": None}),
    # a stop inside the title's parenthesis does not end the title; an edition's parenthesis closing it is no part
    # of it (test_entry_chicago_web_pasted.test_an_apa_edition_is_no_part_of_the_title)
    ("Vroom, V. H. (1995). Work and motivation (Rev. ed.). San Francisco, CA: Jossey-Bass.",
     {"title": "Work and motivation", "edition": "Rev. ed.", "place": "San Francisco, CA", "publisher": "Jossey-Bass"}),
    ("Santoso, B. (2019). Kepuasan Kerja (Studi pada PT. Sinar Jaya). Malang: UMM Press.",
     {"title": "Kepuasan Kerja (Studi pada PT. Sinar Jaya)", "place": "Malang", "publisher": "UMM Press"}),
    # the date a work first came out, after the publisher, is no part of it
    ("Maslow, A. H. (1970). Motivation and personality (2nd ed.). New York, NY: Harper & Row. (Original work "
     "published 1954)", {"year": "1970", "place": "New York, NY", "publisher": "Harper & Row"}),
    ("Freire, P. (2008). Pendidikan Kaum Tertindas. Jakarta: LP3ES. (Karya asli terbit 1970)",
     {"year": "2008", "place": "Jakarta", "publisher": "LP3ES"}),
])
def test_entry_title_container_and_publisher(line, fields):
    ref = parse_reference(line)
    assert {k: getattr(ref, k) for k in fields} == fields


@pytest.mark.parametrize("line", [
    # a name and "dkk"/"et al" written with no full stop before a year in parentheses, or "et.al." before a bare year
    "Santoso dkk (2015). Koperasi Sekolah. Malang: UMM Press.",
    "Budi Santoso et al (2015). Koperasi Sekolah. Malang: UMM Press.",
    "Santoso et.al. 2015. Koperasi Sekolah. Malang: UMM Press.",
])
def test_a_name_and_its_co_authors_unstopped_open_an_entry(line):
    assert looks_like_entry(line)


@pytest.mark.parametrize("line", [
    "Hasil penelitian Santoso dkk (2015). Koperasi sekolah tumbuh pesat.",  # a sentence citing
    "Santoso dkk (2015) menemukan bahwa koperasi sekolah tumbuh pesat.",
])
def test_a_sentence_citing_a_name_and_its_co_authors_is_no_entry(line):
    assert not looks_like_entry(line)


@pytest.mark.parametrize("line, fields", [
    # a comma entry's place before its publisher, as "Publisher, Place" is read
    ("Hamzah, Andi, Penegakan Hukum Lingkungan, Jakarta, Sinar Grafika, 2005.",
     {"title": "Penegakan Hukum Lingkungan", "place": "Jakarta", "publisher": "Sinar Grafika"}),
    # the day a page was read in brackets names no site
    ("Wibowo, A. 2019. Pendidikan Karakter. http://www.kompas.com/a [Diakses 12 Mei 2020].",
     {"kind": "web", "container": None, "url": "http://www.kompas.com/a"}),
    # a report's place and publisher before "Diakses dari": a book read online, not a site named "Jakarta: BPS"
    ("Badan Pusat Statistik. (2020). Statistik Indonesia 2020. Jakarta: BPS. Diakses dari https://www.bps.go.id",
     {"kind": "book", "container": None, "place": "Jakarta", "publisher": "BPS", "url": "https://www.bps.go.id"}),
    # a note on the printing after the publisher's full stop is no part of it
    ("Arikunto, Suharsimi. 2013. Prosedur Penelitian. Jakarta: Rineka Cipta. Cetakan ke-15.",
     {"place": "Jakarta", "publisher": "Rineka Cipta"}),
    ("Arikunto, Suharsimi. 2013. Prosedur Penelitian. Jakarta: Rineka Cipta. Cet. 15.",
     {"place": "Jakarta", "publisher": "Rineka Cipta"}),
    ("Kotler, P. (2016). Marketing Management. Harlow: Pearson. 15th edition.",
     {"place": "Harlow", "publisher": "Pearson"}),
    ("Sutrisno, Edy. 2016. Budaya Organisasi. Jakarta: PT. Kencana Prenada.",  # a stop inside the publisher's name
     {"place": "Jakarta", "publisher": "PT. Kencana Prenada"}),
])
def test_entry_place_publisher_and_site(line, fields):
    ref = parse_reference(line)
    assert {k: getattr(ref, k) for k in fields} == fields
