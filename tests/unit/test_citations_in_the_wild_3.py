"""More forms the last session's probes read wrong (BENCHMARKS.md, session of 2026-12-05 07:55, "Left for the next
session"): a long body's name with a small word as an IEEE entry's author, a work cited by a title holding a
possessive name, a standard cited by its number in a parenthesis, a place then a list of authors, a body's acronym and
a year, a law spelt out with its short form; and the checking half's largest miss kind in its general shape, a bare
year whose author is named in the sentence or paragraph before (no citing word, a pronoun). Each passage is read with
another author's work of that year cited before it, or with a made-up sentence and list around it."""

import pytest

from telusur.citations import parse_reference
from telusur.citations.intext import find_citations
from tests.unit.test_citations_in_the_wild import _passage_read as _read  # the passage alone, a 2010 work before it

_IEEE_BODY = ("Institute of Electrical and Electronics Engineers",)


@pytest.mark.parametrize("entry", [
    # a body whose first word a small word follows ("Institute of ...") as an entry's author, the year ending it
    "Institute of Electrical and Electronics Engineers, IEEE Standard Glossary of Software Engineering Terminology. "
    "New York: IEEE, 1990.",
    '[3] Institute of Electrical and Electronics Engineers, "IEEE Standard Glossary of Software Engineering '
    'Terminology," IEEE Std 610.12-1990, 1990.',
])
def test_a_long_bodys_name_as_an_entrys_author(entry):
    ref = parse_reference(entry)
    assert ref is not None and (ref.authors, ref.year) == (_IEEE_BODY, "1990")


def test_a_number_citing_a_long_bodys_entry():
    text = ("Istilah perangkat lunak dibakukan dalam glosarium [2].\n\nDaftar Pustaka\n\n"
            "[1] I. Sommerville, *Software Engineering*, 10th ed. Boston: Pearson, 2016.\n\n"
            "[2] Institute of Electrical and Electronics Engineers, *IEEE Standard Glossary of Software Engineering "
            "Terminology*. New York: IEEE, 1990.\n")
    end = text.index("\n")
    assert [(c.authors, c.year) for c in find_citations(text, 0, end, 0)] == [(_IEEE_BODY, "1990")]


@pytest.mark.parametrize("entry", [
    # ... not a sentence opening with a body's name and ending in a year (no title, no publisher after it)
    "Badan Pusat Statistik, Data menunjukkan kenaikan harga pada tahun 2010.",
])
def test_a_sentence_opening_with_a_body_is_no_entry(entry):
    from telusur.citations import looks_like_entry

    assert not looks_like_entry(entry)


@pytest.mark.parametrize("passage, read", [
    # a work cited by its name, a person's name in it possessive first: that person, whom the work is named after
    # (its first author), not the name's last word as a surname
    ("Menurut Black's Law Dictionary (2010), kontrak adalah perjanjian.", [(("Black",), "2010", None)]),
    ("Kontrak adalah perjanjian (Black's Law Dictionary, 2010: 45).", [(("Black",), "2010", "45")]),
    ("Menurut Black’s Law Dictionary (2010), kontrak adalah perjanjian.", [(("Black",), "2010", None)]),
    ("Menurut Campbell's Biology (2010), sel adalah unit terkecil kehidupan.", [(("Campbell",), "2010", None)]),
    ("Tujuan pembelajaran disusun berdasarkan Bloom's Taxonomy (2010) yang terdiri atas enam tingkat.",
     [(("Bloom",), "2010", None)]),
    # ... its name holding small words ("of"), after "Menurut" or a common word, or in a parenthesis
    ("Menurut Maslow's Hierarchy of Needs (2010), kebutuhan manusia bertingkat.", [(("Maslow",), "2010", None)]),
    ("Penerapan Herzberg's Two Factor Theory (2010) pada karyawan meningkatkan kepuasan.", [(("Herzberg",), "2010", None)]),
    ("Kebutuhan manusia bertingkat (Maslow's Hierarchy of Needs, 2010).", [(("Maslow",), "2010", None)]),
    # ... a title's word where a surname would stand, or a possessive inside the title: the title whole
    ("Menurut Oxford Dictionary (2010), kontrak adalah perjanjian.", [(("Oxford Dictionary",), "2010", None)]),
    ("Menurut Oxford Learner's Dictionary (2010), kontrak adalah perjanjian.",
     [(("Oxford Learner's Dictionary",), "2010", None)]),
    ("Menurut Oxford Learner's Dictionary of Current English (2010), kontrak adalah perjanjian.", [((), "2010", None)]),
    # ... while a person's possessive name alone stays the person (guards)
    ("In Smith's (2010) view, kontrak adalah perjanjian.", [(("Smith",), "2010", None)]),
    ("Menurut Santoso's (2010), kontrak adalah perjanjian.", [(("Santoso",), "2010", None)]),
])
def test_a_title_with_a_possessive_name(passage, read):
    assert _read(passage) == read


@pytest.mark.parametrize("passage, read", [
    # a standard cited by its number in a parenthesis, a comma before the year: its issuer's work, as "(ISO, 2015)"
    ("Mutu adalah kesesuaian dengan persyaratan (ISO 9001, 2015).", [(("ISO",), "2015", None)]),
    ("Mutu adalah kesesuaian dengan persyaratan (lihat ISO 9001, 2015: 12).", [(("ISO",), "2015", "12")]),
    ("Kadar air diukur dengan metode oven (SNI 01-2891-1992, 2010).", [(("SNI",), "2010", None)]),
    ("Mutu menjadi perhatian utama (Santoso, 2010; ISO 9001, 2015).",
     [(("Santoso",), "2010", None), (("ISO",), "2015", None)]),
    # ... not a law's number, whose year is its own (no author), nor a body's year before another (two works)
    ("Pendidikan adalah usaha sadar (UU 20, 2003).", []),
    ("Pengelolaan keuangan daerah diatur pemerintah (PP 101, 2014).", []),
    ("Jumlah penduduk terus meningkat (BPS 2019, 2020).", [(("BPS",), "2019", None), (("BPS",), "2020", None)]),
])
def test_a_standard_by_its_number_in_a_parenthesis(passage, read):
    assert _read(passage) == read


@pytest.mark.parametrize("passage, read", [
    # a place after "di", a comma, then a list of authors: the authors are the list, the place none of them
    ("Dalam penelitian di Bandung, Santoso, Wijaya (2010) menemukan bahwa disiplin berpengaruh.",
     [(("Santoso", "Wijaya"), "2010", None)]),
    ("Di Medan, Santoso, Wijaya (2010) menemukan bahwa disiplin berpengaruh.", [(("Santoso", "Wijaya"), "2010", None)]),
    ("Dalam penelitian di Bandung, Santoso dan Wijaya (2010) menemukan bahwa disiplin berpengaruh.",
     [(("Santoso", "Wijaya"), "2010", None)]),
    ("Survei di Jawa Barat, Hasibuan, Lubis, dan Siregar (2010) menemukan bahwa disiplin berpengaruh.",
     [(("Hasibuan", "Lubis", "Siregar"), "2010", None)]),
    # ... names that are words too ("hidayat") in a list closed by "dan", the form of an authors' list
    ("Di Surabaya, Hidayat, Nugroho, dan Lestari (2010) meneliti kepuasan kerja.",
     [(("Hidayat", "Nugroho", "Lestari"), "2010", None)]),
    ("Dalam penelitian di Bandung, Santoso, Wijaya dan Harahap (2010) menemukan bahwa disiplin berpengaruh.",
     [(("Santoso", "Wijaya", "Harahap"), "2010", None)]),
    # ... a region named by its compass point after the place is the place still
    ("Dalam penelitian di Kota Padang, Sumatera Barat, Santoso, Wijaya (2010) menemukan bahwa disiplin berpengaruh.",
     [(("Santoso", "Wijaya"), "2010", None)]),
    # ... and a name that may be a place too (the dictionary knows it) leaves the name after the last comma (guard)
    ("Dalam penelitian di Kabupaten Bogor, Indonesia, Sitompul (2010) menemukan bahwa disiplin berpengaruh.",
     [(("Sitompul",), "2010", None)]),
    # ... and in a list closed by "dan", a name the text writes as a place: no list read, the year stays the author's
    # cited before (guard)
    ("Dalam penelitian di Kabupaten Bogor, Indonesia, Sitompul dan Harahap (2010) menemukan bahwa disiplin "
     "berpengaruh di Indonesia.", [(("Santoso",), "2010", None)]),
])
def test_a_place_then_a_list_of_authors(passage, read):
    assert _read(passage) == read


@pytest.mark.parametrize("passage, read", [
    # a body's acronym and a year before the year cited ("UNESCO 2015": its report of that year) is the body, no
    # standard's number
    ("Menurut UNESCO 2015 (2016), pendidikan adalah hak setiap anak.", [(("UNESCO",), "2016", None)]),
    ("Menurut WHO 2018 (2010), gizi seimbang adalah kebutuhan setiap orang.", [(("WHO",), "2010", None)]),
    # ... while a standard's number and a curriculum's year are still their own (guards)
    ("Menurut SNI 7612 (2010), mutu adalah kesesuaian dengan persyaratan.", [((), "2010", None)]),
    ("Menurut KTSP 2006 (2006), kurikulum disusun oleh satuan pendidikan.", [((), "2006", None)]),
])
def test_a_bodys_acronym_and_a_year(passage, read):
    assert _read(passage) == read


@pytest.mark.parametrize("passage", [
    # a law spelt out with its short form, the short form's last word whole ("KUHPerdata"), or a compilation of law
    # with its acronym: the law's own year, which no author named before takes
    "Hal ini diatur dalam Kitab Undang-Undang Hukum Perdata (KUHPerdata) (2010).",
    "Menurut Kitab Undang-Undang Hukum Perdata (KUHPerdata) (2010), perjanjian adalah perbuatan hukum.",
    "Hal ini diatur dalam Kompilasi Hukum Islam (KHI) (2010).",
])
def test_a_law_spelt_out_with_its_short_form(passage):
    assert _read(passage) == [((), "2010", None)]


def test_a_body_spelt_out_with_its_short_form():
    # ... while a body spelt out with its short form is still the body (a guard)
    assert _read("Menurut Kementerian Pendidikan dan Kebudayaan (Kemendikbud) (2010), kurikulum adalah rencana.") == \
        [(("Kementerian Pendidikan dan Kebudayaan",), "2010", None)]


_SANTOSO_2015 = "\n\nDAFTAR PUSTAKA\n\nSantoso, Budi. 2015. Belajar dan Pembelajaran. Jakarta: Kencana.\n"


def _after(before: str, passage: str, after: str = "") -> list[tuple[tuple[str, ...], str, str | None]]:
    """The citations of passage, its block alone, with before (the sentences or paragraphs before it) before it."""
    text = "Motivasi merupakan hal penting dalam belajar (Hasibuan, 2010).\n\n" + before + passage + after
    start = text.index(passage)
    return [(c.authors, c.year, c.pages) for c in find_citations(text, start, start + len(passage), start)]


@pytest.mark.parametrize("before, passage", [
    # a bare year whose author is named in the sentence or paragraph before, with no citing word: the one work of that
    # year the text's list holds, its author the person named there
    ("", "Santoso adalah pakar pendidikan. Ia menyatakan bahwa belajar adalah proses perubahan (2015).\n\n"),
    ("", "Santoso adalah pakar pendidikan. Menurutnya, belajar adalah proses perubahan (2015).\n\n"),
    ("Santoso adalah pakar pendidikan.\n\n", "Beliau menyatakan bahwa belajar adalah proses perubahan (2015).\n\n"),
])
def test_a_bare_year_and_the_listed_work_of_a_person_named_before(before, passage):
    assert _after(before, passage, _SANTOSO_2015) == [(("Santoso",), "2015", None)]


_SANTOSO_2012 = "\n\nDAFTAR PUSTAKA\n\nSantoso, Budi. 2012. Belajar dan Pembelajaran. Jakarta: Kencana.\n"


@pytest.mark.parametrize("before, passage, after", [
    # ... not a person the text neither lists nor cites: no author is invented
    ("", "Santoso adalah pakar pendidikan. Ia menyatakan bahwa belajar adalah proses perubahan (2015).\n\n", ""),
    # ... nor a listed author of another year, named before, when no pronoun says the claim is his
    ("", "Santoso adalah pakar pendidikan. Belajar adalah proses perubahan (2015).\n\n", _SANTOSO_2012),
    # ... nor a listed author of that year named nowhere before
    ("", "Belajar adalah proses perubahan tingkah laku (2015).\n\n", _SANTOSO_2015),
])
def test_a_bare_year_and_no_work_to_give_it(before, passage, after):
    assert _after(before, passage, after) == [((), "2015", None)]


@pytest.mark.parametrize("before, passage", [
    # a pronoun opening the claim ("Ia menyatakan", "Menurutnya", "Beliau"), for the one person named in the sentence
    # or paragraph before, whom the text cites or lists as an author (with another year): his work of that year
    ("", "Santoso adalah pakar pendidikan. Ia menyatakan bahwa belajar adalah proses perubahan (2015).\n\n"),
    ("Santoso adalah pakar pendidikan.\n\n", "Menurutnya, belajar adalah proses perubahan tingkah laku (2015).\n\n"),
    ("", "Santoso adalah pakar pendidikan. Beliau juga menjelaskan bahwa belajar adalah proses (2015).\n\n"),
    # ... and "pada tahun 2015 ia" with a verb of defining or holding a view, as "Pada tahun 2015, Santoso ..." reads
    ("", "Santoso adalah pakar pendidikan. Pada tahun 2015 ia mengemukakan bahwa belajar adalah proses.\n\n"),
    ("Santoso adalah pakar pendidikan.\n\n", "Pada tahun 2015, beliau mendefinisikan belajar sebagai proses.\n\n"),
])
def test_a_pronoun_for_an_author_named_before(before, passage):
    assert _after(before, passage, _SANTOSO_2012) == [(("Santoso",), "2015", None)]


@pytest.mark.parametrize("before, passage", [
    # ... not two people, or a group of authors, named before ("ia" is one of them: which is not known)
    ("", "Santoso berbeda pendapat dengan Wijaya. Ia menyatakan bahwa belajar adalah proses perubahan (2015).\n\n"),
    ("", "Santoso dan Wijaya adalah pakar pendidikan. Ia menyatakan bahwa belajar adalah proses (2015).\n\n"),
    # ... nor a verb that is no claim ("menjadi"), nor a person named last who is not his sentence's subject
    ("", "Santoso lahir di Bandung. Ia menjadi guru besar (2015).\n\n"),
    ("", "Santoso adalah pakar pendidikan. Hal ini sejalan dengan temuan Wijaya (2014). Ia menyatakan bahwa belajar "
         "adalah proses (2015).\n\n"),
    # ... nor an informant, or a place
    ("", "Bapak Ahmad adalah kepala sekolah. Ia menyatakan bahwa siswa rajin belajar (2015).\n\n"),
    ("", "Indonesia adalah negara kepulauan. Ia memiliki banyak pulau (2015).\n\n"),
])
def test_a_pronoun_and_no_one_person_to_give_the_year(before, passage):
    assert [c for c in _after(before, passage, _SANTOSO_2012) if c[1] == "2015"] == [((), "2015", None)]


def test_a_year_first_at_a_paragraphs_start():
    # "Pada tahun 1952, Piaget mengemukakan ..." opening a block, read from the block's start as chunking reads it
    assert _after("", "Pada tahun 1952, Piaget mengemukakan teori perkembangan kognitif.\n\n") == \
        [(("Piaget",), "1952", None)]


@pytest.mark.parametrize("passage, after, read", [
    # the pronoun says whose the claim is, over another author's work of that year cited nearby (Santoso, 2010)
    ("Slameto adalah ahli pendidikan.\n\nMenurutnya, belajar adalah suatu usaha (2010: 2).",
     "\n\nDAFTAR PUSTAKA\n\nSlameto, A. 2010. Belajar. Jakarta: Kencana.\n", [(("Slameto",), "2010", "2")]),
    # ... and of a subject of two names, the one listed with that year
    ("Slameto dan Sardiman adalah ahli pendidikan. Ia menyatakan bahwa belajar adalah usaha (2010).",
     "\n\nDAFTAR PUSTAKA\n\nSlameto, A. 2010. Belajar. Jakarta: Kencana.\n", [(("Slameto",), "2010", None)]),
])
def test_a_pronoun_over_a_work_cited_nearby(passage, after, read):
    assert _read(passage, after)[-1:] == read


@pytest.mark.parametrize("passage, author", [
    # a body's name closing the sentence before is no part of the name before the year: the stop ends it
    ("Dinas Kesehatan Kota Bandung. Menurut Santoso (2019), target imunisasi belum tercapai.", "Santoso"),
    ("Dinas Kesehatan. Menurut Santoso (2019), target imunisasi belum tercapai.", "Santoso"),
    # ... while a body's name right before the year is read whole (guards)
    ("Menurut Kementerian Kesehatan (2018), stunting adalah masalah gizi kronis.", "Kementerian Kesehatan"),
    ("Riskesdas Kementerian Kesehatan (2018) mencatat angka stunting yang tinggi.", "Kementerian Kesehatan"),
])
def test_a_bodys_name_ends_at_a_stop(passage, author):
    assert [c.authors for c in find_citations(passage)] == [(author,)]
