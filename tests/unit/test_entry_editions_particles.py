"""Reference-list entries of the kinds fresh entry gold 11 showed misread (issue 14): an edition written as a part of
its own (after an author-date title's stop, Harvard's "7th edn.", Vancouver's note before the place, IEEE's after the
title's comma) is the entry's edition, not dropped nor left in the title; a title's commas before a subtitle's colon
are no "Place: Publisher" in an author-date entry; Chicago's particle after the given names ("Bruinessen, Martin van.
1995.") belongs to the name. Made-up entries only."""

from __future__ import annotations

import pytest

from telusur.citations.references import looks_like_entry, parse_reference


@pytest.mark.parametrize("line, title, edition", [
    ("Santoso, Budi. 2013. Koperasi Indonesia. Edisi Ketiga. Yogyakarta: BPFE.", "Koperasi Indonesia", "Edisi Ketiga"),
    ("Pusat Bahasa. (2008). Kamus besar bahasa Indonesia. Edisi Keempat. Jakarta: Balai Pustaka.",
     "Kamus besar bahasa Indonesia", "Edisi Keempat"),
    ("Wijaya, A. and Hartono, B. (2019) Pemasaran Jasa. 3rd edn. Harlow: Pearson.", "Pemasaran Jasa", "3rd edn."),
    # an edition and a printing both written are both kept, in the order written (fresh entry gold 13's convention)
    ("Hartono, Budi. 2016. Hukum Koperasi. Edisi Revisi. Cetakan ke-4. Jakarta: Kencana.", "Hukum Koperasi",
     "Edisi Revisi; Cetakan ke-4"),
])
def test_an_edition_as_a_part_of_its_own_after_the_title(line, title, edition):
    ref = parse_reference(line)
    assert (ref.title, ref.edition, ref.place) == (title, edition, ref.place) and ref.place and ref.publisher


def test_a_note_running_on_into_the_publisher_is_no_edition():
    ref = parse_reference("Santoso dan Wijaya. (2005) Manajemen Koperasi. Second Edition Gramedia, Jakarta.")
    assert ref.edition is None


@pytest.mark.parametrize("line, edition, place", [
    ("Hartono LK, Wijaya JL. Gizi dan kesehatan ibu. 14th ed. St. Louis: Elsevier; 2017.", "14th ed.", "St. Louis"),
    ("Santoso S, Wijaya A, Lestari K. Gizi ibu dan bayi. Ed. 1. Jakarta: Rajawali Pers; 2015.", "Ed. 1", "Jakarta"),
    ("Santoso S. Ilmu kebidanan. Edisi keempat. Jakarta: Bina Pustaka; 2014.", "Edisi keempat", "Jakarta"),
])
def test_vancouver_s_edition_before_the_place(line, edition, place):
    ref = parse_reference(line)
    assert (ref.kind, ref.edition, ref.place) == ("book", edition, place)


@pytest.mark.parametrize("line, title, edition", [
    ("[1] B. Santoso, Rekayasa Perangkat Lunak, 7th ed. New York: McGraw-Hill, 2010.", "Rekayasa Perangkat Lunak",
     "7th ed."),
    ("[2] A. Hartono, Pengenalan Basis Data, Ed. Revisi. Yogyakarta: Andi, 2014.", "Pengenalan Basis Data", "Ed. Revisi"),
])
def test_ieee_s_edition_after_the_title_s_comma(line, title, edition):
    ref = parse_reference(line)
    assert (ref.title, ref.edition, ref.place) == (title, edition, ref.place) and ref.place


def test_a_subtitle_s_colon_after_commas_is_no_place_in_an_author_date_entry():
    ref = parse_reference("Hartono, Budi. 1986. Pesantren, Madrasah, Sekolah: Pendidikan Islam Modern. Jakarta: LP3ES.")
    assert (ref.title, ref.place, ref.publisher) == ("Pesantren, Madrasah, Sekolah: Pendidikan Islam Modern", "Jakarta",
                                                     "LP3ES")
    ref = parse_reference("Santoso, T. (2019) Usaha Mikro, Kecil dan Menengah: Isu Penting. 2nd edn. Jakarta: LP3ES.")
    assert (ref.title, ref.edition, ref.place) == ("Usaha Mikro, Kecil dan Menengah: Isu Penting", "2nd edn.", "Jakarta")


@pytest.mark.parametrize("line, authors", [
    ("Bruinessen, Martin van. 1995. Kitab Kuning dan Pesantren. Bandung: Mizan.", ("Bruinessen",)),
    ("Meer, Dirk van der. 2017. Naskah Jawa dan Madura. Leiden: Brill.", ("Meer",)),
    ("Graaf, H. J. de, dan Th. G. Th. Pigeaud. 1985. Kerajaan Islam di Jawa. Jakarta: Grafiti Pers.", ("Graaf", "Pigeaud")),
])
def test_a_particle_after_the_given_names_in_an_author_date_entry(line, authors):
    assert parse_reference(line).authors == authors


@pytest.mark.parametrize("line", ["Bruinessen, Martin van. 1995. Kitab Kuning dan Pesantren. Bandung: Mizan.",
                                  "Meer, Dirk van der. 2017. Naskah Jawa dan Madura. Leiden: Brill."])
def test_a_particle_after_the_given_names_opens_an_entry_line(line):
    assert looks_like_entry(line)


def test_a_law_s_line_after_a_whole_entry_in_a_wrapped_txt_is_an_entry_of_its_own(tmp_path):
    """A .txt whose prose is hard-wrapped at a width, its list pasted with no blank lines: a law's numbered name after
    an entry's full stop opens an entry, though its first word would have fitted on the line above."""
    from telusur.citations.references import reference_entries
    from telusur.documents import read_document

    prose = ("Koperasi sekolah berlandaskan asas kekeluargaan dan gotong royong menurut para ahli ekonomi desa (Santoso,\n"
             "2015). Pengaturan koperasi diganti dengan undang-undang baru pada tahun 2012 yang kemudian dibatalkan\n"
             "oleh Mahkamah Konstitusi karena dianggap bertentangan dengan asas koperasi (Wijaya & Lestari, 2008).\n"
             "Akuntansi koperasi memisahkan sisa hasil usaha dari laba usaha biasa yang dikenal perusahaan (Hadi,\n"
             "2010).\n")
    lines = ["Hadi. (2010). Akuntansi koperasi (Edisi Kedua). Jakarta: Erlangga.",
             "Santoso. (2015). Koperasi: Asas-asas, teori, dan praktik (Edisi Keempat). Jakarta: RajaGrafindo Persada.",
             "Peraturan Menteri Koperasi dan Usaha Kecil Republik Indonesia Nomor 9 Tahun 2018 tentang",
             "Penyelenggaraan Perkoperasian.",
             "Wijaya, N., & Lestari, Y. W. (2008). Koperasi dan perekonomian Indonesia. Jakarta: Rineka Cipta."]
    path = tmp_path / "hukum.txt"
    path.write_text("TINJAUAN HUKUM KOPERASI\n\n" + prose + "\nDAFTAR PUSTAKA\n" + "\n".join(lines) + "\n", encoding="utf-8")
    refs = reference_entries(read_document(path, path.name, 5.0))
    assert [r.kind for r in refs] == ["book", "book", "law", "book"]
    assert refs[1].publisher == "RajaGrafindo Persada"


@pytest.mark.parametrize("cited", ["Menurut Hartono dkk. (2018) koperasi desa tumbuh.",
                                   "Koperasi desa tumbuh (Hartono et al., 2018)."])
def test_co_authors_of_dictionary_words_are_authors_when_the_text_cites_more_authors(tmp_path, cited):
    """The mirror of "Santoso, Budi, Sejarah Sunda dan Banten." cited alone: names of dictionary words ("Citra
    Lestari") after the first author's given names, the text citing "dkk."/"et al.", are the co-authors, not the title."""
    from telusur.citations.references import reference_entries
    from telusur.documents import read_document

    path = tmp_path / "desa.md"
    path.write_text(f"# Desa\n\n{cited}\n\n## Daftar Pustaka\n\nHartono, Budi, Andi Wijaya dan Citra Lestari. Koperasi "
                    "Desa. Jakarta: Kencana, 2018.\n\nSantoso, Budi. Sejarah Banten. Jakarta: Kencana, 2019.\n",
                    encoding="utf-8")
    ref = reference_entries(read_document(path, path.name, 5.0))[0]
    assert (ref.authors, ref.title, ref.place, ref.publisher) == (("Hartono", "Wijaya", "Lestari"), "Koperasi Desa",
                                                                  "Jakarta", "Kencana")


@pytest.mark.parametrize("line, title, edition", [
    ("Sutrisno. Gizi dalam daur kehidupan. Edisi 2. Jakarta: EGC; 2010.", "Gizi dalam daur kehidupan", "Edisi 2"),
    ("Santoso, Budi. Hukum Koperasi, Edisi Revisi, Jakarta: Kencana, 2015.", "Hukum Koperasi", "Edisi Revisi"),
    ("Hartono, B. Sejarah Nusantara Modern. 4th ed. Basingstoke: Palgrave Macmillan, 2008.", "Sejarah Nusantara Modern",
     "4th ed."),
])
def test_a_year_last_entry_s_edition(line, title, edition):
    ref = parse_reference(line)
    assert (ref.title, ref.edition) == (title, edition) and ref.place and ref.publisher


def test_a_one_name_author_then_a_title_joined_by_dan():
    ref = parse_reference("Jogiyanto, Analisis dan Desain Sistem Informasi, Edisi 4. Yogyakarta: Andi, 2017.")
    assert (ref.authors, ref.title, ref.edition) == (("Jogiyanto",), "Analisis dan Desain Sistem Informasi", "Edisi 4")


def test_vancouver_s_editors_after_the_names():
    ref = parse_reference("Santoso MJ, Wijaya BM, Hartono JM, editors. Gizi masyarakat. Oxford: Blackwell; 2004.")
    assert (ref.authors, ref.title, ref.editors, ref.place) == (("Santoso", "Wijaya", "Hartono"), "Gizi masyarakat", True,
                                                                "Oxford")


def test_circa_before_a_year_ends_no_title():
    ref = parse_reference("Hartono, B. 2008. Sejarah Jawa sejak c. 1200. Yogyakarta: Ombak.")
    assert (ref.title, ref.place) == ("Sejarah Jawa sejak c. 1200", "Yogyakarta")


def test_a_one_name_author_among_vancouver_names():
    ref = parse_reference("Santoso SG, Wijaya R, Nafrialdi, editors. Farmakologi dasar. Edisi 5. Jakarta: Penerbit FKUI; 2007.")
    assert (ref.authors, ref.title, ref.edition, ref.editors) == (("Santoso", "Wijaya", "Nafrialdi"), "Farmakologi dasar",
                                                                  "Edisi 5", True)
