"""Kinds fresh citation gold 28 (bench/citations-fresh-cite28.jsonl, a real research note by an outside author) showed
(helper "citations2", session 37): each written here as a made-up text of the kind, in words of its own, so that it
fails without its rule."""

import pytest


def _cites(text: str) -> list[tuple[tuple[str, ...], str]]:
    from telusur.citations.intext import find_citations

    return [(c.authors, c.year) for c in find_citations(text) if c.authors]


@pytest.mark.parametrize("text, want", [
    ("Anak belajar dari tetangga terdekat (Simatupang, Harefa & Lase 1974 — di dua kampung nelayan, tiga dari empat "
     "anak meniru kakak kelasnya).", [(("Simatupang", "Harefa", "Lase"), "1974")]),
    ("Gaya makan keluarga menurun ke anak (Sembiring & Tarigan 1991: ~40 % rumah tangga, ~12 % sekolah).",
     [(("Sembiring", "Tarigan"), "1991")]),
    ("Hubungan itu ternyata timbal balik (Manurung dkk. 2006, 2010 — \"saling membantu\", kata mereka).",
     [(("Manurung",), "2006"), (("Manurung",), "2010")]),
    ("Dampaknya kecil tetapi nyata (Pardede, Sinaga & Hutagalung 2013, tinjauan 58 studi).",
     [(("Pardede", "Sinaga", "Hutagalung"), "2013")]),
    ("Ukuran kelompok ikut menentukan (Ginting dkk. 2019 menyimpulkan kelompok kecil lebih kompak).",
     [(("Ginting",), "2019")]),
    ("Kecemasan menular di kelas (Lumbantobing; Purba dkk. 2003 tinjauan sistematis).", [(("Purba",), "2003")]),
])
def test_a_parenthesis_whose_works_are_followed_by_the_writers_remark(text, want):
    """"(Festinger, Schachter & Back 1950 — di asrama ...)", "(Hazan & Shaver 1987: ~25 % ...)", "(van Zomeren, ...
    2008, meta-analisis 182 efek)", "(Anderson dkk. 2015 menyimpulkan ...)": after the works a dash, a colon with
    words, a comma and words in lower case, or a word right after the year, carries the writer's remark on them; the
    parenthesis was read as no work at all."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Pasar itu ramai lagi (Pemilu 2019 — putaran kedua).", []),
    ("Hasilnya sama (Sembiring 1991: 45).", [(("Sembiring",), "1991")]),
    ("Hasilnya sama (Sembiring 1991 dalam Tarigan 2004).", [(("Tarigan",), "2004")]),
])
def test_a_remark_rule_reads_nothing_a_plain_parenthesis_would_not(text, want):
    """The works before the remark are read as they would be alone: an event with its year stays no work, a page
    after a colon and a secondary citation are what they were."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Bahasa ibu, menurut Kusuma 1984; tetap dipakai di rumah.", [(("Kusuma",), "1984")]),
    ("Menurut Lestari tahun 2011, koperasi desa tumbuh pesat.", [(("Lestari",), "2011")]),
    ("Menurut Permana 2008, pasar ikan itu berpindah.", [(("Permana",), "2008")]),
])
def test_a_surname_that_is_a_dictionary_word_after_menurut(text, want):
    """"menurut Gunawan 1972;": many Indonesian surnames are dictionary words (Gunawan, Wijaya, Kusuma, Lestari); one
    such word right after "menurut", which neither the text nor Indonesian prose elsewhere writes small, is a name (it
    was taken for a survey's name, as "Menurut Sensus Penduduk tahun 2010" is)."""
    assert _cites(text) == want


@pytest.mark.parametrize("text", [
    "Menurut Sensus 2010, jumlah rumah tangga naik.",
    "Menurut Agama 2019, pernikahan dini menurun.",
    "Menurut Kusuma 1984, kusuma bangsa dimakamkan di sana.",
])
def test_a_word_prose_writes_small_after_menurut_stays_no_author(text):
    """A word Indonesian prose writes small (sensus, agama), or the text itself does, is no surname there."""
    assert _cites(text) == []


@pytest.mark.parametrize("text, want", [
    ("Besarnya efek itu masih diperdebatkan (Sitompul & Nainggolan vs Hutapea, Simanjuntak & Purba 2001).",
     [(("Hutapea", "Simanjuntak", "Purba"), "2001")]),
    ("Kedua kubu bertahan pada angkanya (Sitompul 1994 vs. Hutapea 2001).",
     [(("Sitompul",), "1994"), (("Hutapea",), "2001")]),
])
def test_vs_between_two_sides_of_a_debate_separates_their_works(text, want):
    """"(Cameron & Pierce vs Deci, Koestner & Ryan 1999)": the year is the second side's; the whole was read as one
    group whose first author took it (or, with a year on each side, as nothing)."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Lembaga Riset Pangan (Grain Storage Handbook for Small Farmers, 2018) menganjurkan karung kedap "
     "udara.", [(("Lembaga Riset Pangan",), "2018")]),
    ("UNDP (United Nations Development Programme, 2019) mencatat kenaikan.",
     [(("United Nations Development Programme",), "2019")]),
    ("Data terbaru (We Are Social, 2021) menunjukkan kenaikan.", [(("We Are Social",), "2021")]),
])
def test_an_english_title_in_parentheses_after_its_author_is_the_authors_work(text, want):
    """"RAND Corporation (*Stress Inoculation Training for Battlefield Airmen*, 2016)": the parenthesis holds the
    title (its emphasis gone once read) and the year; the title was taken for an English body's name. A body spelt out
    after its acronym, or an English body's name with no author before it, stays as it was."""
    assert _cites(text) == want
