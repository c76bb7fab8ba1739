"""More forms real Indonesian course texts cite that probes and the fresh golds read wrong (BENCHMARKS.md, session of
2026-12-05 07:55, "citations" and "review": noticed and left alone): a body's name quoted, a standard's number, a
country listed as the author of laws, an acronym of a hyphenated word, a place before the author, a name of three
words typed small. Each is read with another author's work of that year cited before it."""

import pytest

from telusur.citations import parse_reference
from telusur.citations.intext import find_citations
from tests.unit.test_citations_in_the_wild import _passage_read as _read  # the passage alone, a 2010 work before it

_KBBI = ("Kamus Besar Bahasa Indonesia",)


@pytest.mark.parametrize("passage, read", [
    # a dictionary's or a body's name of four words or more in quotation marks, after "Menurut" or a sentence's
    # "Dalam": the dictionary, as the same name unquoted is read
    ('Menurut "Kamus Besar Bahasa Indonesia" (2010) belajar adalah berusaha memperoleh kepandaian.',
     [(_KBBI, "2010", None)]),
    ("Menurut “Kamus Besar Bahasa Indonesia” (2010: 23), belajar adalah berusaha memperoleh kepandaian.",
     [(_KBBI, "2010", "23")]),
    ('Dalam "Kamus Besar Bahasa Indonesia" (2010) belajar berarti berusaha memperoleh kepandaian.',
     [(_KBBI, "2010", None)]),
    # ... not a book's title quoted after "dalam": its author is named before it
    ('Slameto dalam "Belajar dan Faktor-Faktor yang Mempengaruhinya" (2010) menyatakan bahwa belajar adalah usaha.',
     [(("Slameto",), "2010", None)]),
])
def test_a_quoted_name_of_four_words(passage, read):
    assert _read(passage) == read


@pytest.mark.parametrize("passage, read", [
    # a standard cited by its number: the year is the standard's, no author named before takes it
    ("Menurut ISO 9001 (2010), mutu adalah kesesuaian dengan persyaratan.", [((), "2010", None)]),
    ("Hal ini sesuai dengan standar ISO/IEC 27001 (2010) tentang keamanan informasi.", [((), "2010", None)]),
    ("Menurut SNI 01-2891-1992 (2010), kadar air diukur dengan metode oven.", [((), "2010", None)]),
    # ... nor a bare year and its page in a sentence naming a standard of that year
    ("Menurut ISO 9001:2010, mutu adalah kesesuaian dengan persyaratan (2010: 3).", [((), "2010", "3")]),
    ("Menurut ISO 9001:2010 (2010: 3), mutu adalah kesesuaian dengan persyaratan.", [((), "2010", "3")]),
    # ... while a standard of another year leaves the bare year to the author cited before, and a body's acronym
    # with its year in a parenthesis is a work
    ("Menurut ISO 9001:2008, mutu adalah kesesuaian dengan persyaratan (2010: 3).", [(("Santoso",), "2010", "3")]),
    # ... and a person the sentence cites, writing about the standard, takes his own year
    ("Menurut Wijaya, penerapan ISO 9001:2010 meningkatkan mutu layanan (2010: 3).", [(("Wijaya",), "2010", "3")]),
    ("Wijaya berpendapat bahwa ISO 9001:2010 meningkatkan mutu layanan (2010: 3).", [(("Wijaya",), "2010", "3")]),
    ("Mutu adalah kesesuaian dengan persyaratan (ISO, 2010).", [(("ISO",), "2010", None)]),
])
def test_a_standard_by_its_number(passage, read):
    assert _read(passage) == read


_LAWS = ("\n\nDAFTAR PUSTAKA\n\nIndonesia. 2003. Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan "
         "Nasional. Jakarta.\nSlameto. 2003. Belajar dan Faktor-Faktor yang Mempengaruhinya. Jakarta: Rineka Cipta.\n")


@pytest.mark.parametrize("passage, after", [
    # a country listed as the author of a law (the legal citation style) is a place, not a person whose calling
    # opens the claim or whose name opens it with a comma: the year stays the author's cited before
    ("Menurut ahli hukum Indonesia, pendidikan adalah hak setiap warga negara (2010: 2).", _LAWS),
    ("Indonesia, pendidikan adalah hak setiap warga negara (2010: 2).", _LAWS),
    # ... as a name the text writes after "di" or "ke" is, wherever the text does
    ("Menurut ahli hukum Indonesia, pendidikan adalah hak setiap warga negara (2010: 2).",
     "\n\nPendidikan di Indonesia diatur undang-undang.\n\nDAFTAR PUSTAKA\n\nIndonesia. 2003. Sistem Pendidikan. "
     "Jakarta.\n"),
])
def test_a_country_listed_as_the_author_of_laws(passage, after):
    assert _read(passage, after) == [(("Santoso",), "2010", "2")]


@pytest.mark.parametrize("passage, read", [
    # ... while a person the same list holds is still the claim's author (guards)
    ("Menurut pakar pendidikan Slameto, belajar adalah usaha yang dilakukan seseorang (2010: 2).",
     [(("Slameto",), "2010", "2")]),
    ("Slameto, belajar adalah usaha yang dilakukan seseorang (2010: 2).", [(("Slameto",), "2010", "2")]),
])
def test_a_person_listed_beside_the_laws(passage, read):
    assert _read(passage, _LAWS) == read


_PBB = ("Perserikatan Bangsa-Bangsa",)


@pytest.mark.parametrize("passage, read", [
    # a hyphenated word of a body's name gives a letter for each of its parts ("Bangsa-Bangsa": BB), or one
    ("Menurut Perserikatan Bangsa-Bangsa (PBB) (2010), pembangunan harus berkelanjutan.", [(_PBB, "2010", None)]),
    ("Menurut Perserikatan Bangsa-Bangsa (PBB, 2010), pembangunan harus berkelanjutan.", [(_PBB, "2010", None)]),
    ("Pembangunan harus berkelanjutan (Perserikatan Bangsa-Bangsa [PBB], 2010).", [(_PBB, "2010", None)]),
    ("Pembangunan harus berkelanjutan (PBB, 2010).", [(("PBB",), "2010", None)]),
])
def test_an_acronym_of_a_hyphenated_word(passage, read):
    assert _read(passage) == read


@pytest.mark.parametrize("passage, read", [
    # a place and a comma before the author ("di Kota P, X (2018)"): the place is not one of the authors
    ("Dalam penelitian yang dilakukan di Kota Pematangsiantar, Sitompul (2010) menemukan bahwa disiplin berpengaruh.",
     [(("Sitompul",), "2010", None)]),
    ("Dalam penelitian di Bandung, Sitompul (2010) menemukan bahwa disiplin berpengaruh.",
     [(("Sitompul",), "2010", None)]),
    ("Di Medan, Sitompul (2010) menemukan bahwa disiplin berpengaruh.", [(("Sitompul",), "2010", None)]),
    # ... while two authors parted by a comma stay two (a guard)
    ("Menurut Sitompul, Harahap (2010) disiplin berpengaruh.", [(("Sitompul", "Harahap"), "2010", None)]),
])
def test_a_place_before_the_author(passage, read):
    assert _read(passage) == read


@pytest.mark.parametrize("passage, read", [
    # a name of three words typed small, one of them a dictionary's word ("hajar"): its words before the year are no
    # word the text writes small elsewhere; whose idea ("gagasan", "pemikiran") cites it as "pendapat" does
    ("menurut ki hajar dewantara (1977) pendidikan adalah daya upaya memajukan budi pekerti.",
     [(("Dewantara",), "1977", None)]),
    ("Pendapat ini sejalan dengan gagasan ki hajar dewantara (1977) tentang pendidikan.",
     [(("Dewantara",), "1977", None)]),
    # ... not a term after such a word ("teori belajar")
    ("Pendapat ini sejalan dengan teori belajar (1977) yang berkembang saat itu.", [((), "1977", None)]),
    # ... nor an English term, whose words an Indonesian dictionary does not know either (review: "City (2015)")
    ("Penerapan konsep smart city (2015) di kota besar meningkatkan layanan publik.", [((), "2015", None)]),
    ("Gagasan good governance (1997) menuntut transparansi pemerintahan.", [((), "1997", None)]),
])
def test_a_name_of_three_words_typed_small(passage, read):
    assert _read(passage) == read


@pytest.mark.parametrize("entry, authors", [
    # a body as an IEEE entry's author, its name joined by a small word and ended by a comma: the body whole
    ("International Organization for Standardization, *ISO/IEC 25010:2011 Systems and Software Engineering*. "
     "Geneva: ISO, 2011.", ("International Organization for Standardization",)),
    ("Kementerian Lingkungan Hidup dan Kehutanan, Statistik Lingkungan Hidup. Jakarta: KLHK, 2019.",
     ("Kementerian Lingkungan Hidup dan Kehutanan",)),
    # ... while a person's name before a comma stays a person's (guards)
    ("Sugiyono, Metode Penelitian Pendidikan. Bandung: Alfabeta, 2013.", ("Sugiyono",)),
    ("World Health Organization, \"Global report on diabetes,\" WHO, Geneva, 2016.", ("World Health Organization",)),
])
def test_a_body_as_an_ieee_entrys_author(entry, authors):
    ref = parse_reference(entry)
    assert ref is not None and ref.authors == authors


def test_a_number_citing_a_bodys_entry():
    text = ("Kualitas perangkat lunak dinilai dengan delapan karakteristik [2].\n\nDaftar Pustaka\n\n"
            "[1] I. Sommerville, *Software Engineering*, 10th ed. Boston: Pearson, 2016.\n\n"
            "[2] International Organization for Standardization, *ISO/IEC 25010:2011 Systems and Software "
            "Engineering*. Geneva: ISO, 2011.\n")
    end = text.index("\n")
    assert [(c.authors, c.year) for c in find_citations(text, 0, end, 0)] == \
        [(("International Organization for Standardization",), "2011")]


@pytest.mark.parametrize("passage, read", [
    # a law text's sources: a court is a body, whole ("Konstitusi" and "Agung" alone were read as surnames) ...
    ("Menurut Mahkamah Konstitusi (2010), hak konstitusional adalah hak dasar warga negara.",
     [(("Mahkamah Konstitusi",), "2010", None)]),
    ("Menurut Mahkamah Agung (2010), kasasi adalah upaya hukum terhadap putusan.", [(("Mahkamah Agung",), "2010", None)]),
    ("Data perkara diperoleh dari Pengadilan Negeri Medan (2010).", [(("Pengadilan Negeri Medan",), "2010", None)]),
    # ... a law spelt out with its acronym, and a decision's number with its slashes, have their own year, no author's
    ("Menurut Kitab Undang-Undang Hukum Pidana (KUHP) (2010), pidana adalah hukuman.", [((), "2010", None)]),
    ("Hal ini ditegaskan dalam Putusan Mahkamah Konstitusi Nomor 46/PUU-VIII/2010 (2010).", [((), "2010", None)]),
    # ... while a body spelt out with its acronym, and a person named Agung, are still cited (guards)
    ("Menurut Komisi Pemberantasan Korupsi (KPK) (2010), korupsi merugikan negara.",
     [(("Komisi Pemberantasan Korupsi",), "2010", None)]),
    ("Menurut Agung (2010), hukum adalah aturan yang mengikat.", [(("Agung",), "2010", None)]),
])
def test_a_law_texts_sources(passage, read):
    assert _read(passage) == read
