"""Kinds fresh citation gold 21 found (bench/citations-fresh-handout.jsonl): a handout mixing styles, an Islamic-law
chapter: an original's year before the edition read, a note's year letter, an author-date note naming two works,
"dalam kitab <title>", Hijri years, events named with their year, bodies named in everyday words."""

import pytest

from telusur.citations.intext import find_citations
from telusur.citations.notes import parse_note_works, resolve_all


def _read(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(c.authors, c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text, want", [
    ("Durkheim (1893/2014) membedakan solidaritas mekanik dan organik.", [(("Durkheim",), "2014")]),
    ("Hukum bersifat represif (Durkheim, 1893/2014, hal. 61–64).", [(("Durkheim",), "2014")]),
    ("Ada tiga tipe otoritas (Weber, 1922/2019: 341).", [(("Weber",), "2019")]),
    ("Ada tiga tipe otoritas (Weber, 1922 / 2019).", [(("Weber",), "2019")]),
])
def test_an_originals_year_before_the_edition_read_gives_the_editions(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text, year", [
    ("Hal ini penting (Santoso, 2020/2021).", "2020"),  # a school or fiscal year: its first
    ("Menurut Santoso (2019/2020) hal ini penting.", "2019"),
])
def test_a_year_and_the_next_stay_a_school_year(text, year):
    assert _read(text) == [(("Santoso",), year)]


def test_a_notes_author_date_year_keeps_its_letter():
    [[work]] = resolve_all(["Rahardjo, 2009a, hal. 15."])
    assert (work.authors, work.year, work.pages) == (("Rahardjo",), "2009a", "15")


def test_an_author_date_note_names_each_work_it_cites():
    works = parse_note_works("Lihat juga Rahardjo (2009b: 31) dan Ali (2002, hal. 113–115).")
    assert [(w.surnames, w.year) for w in works] == [(("Rahardjo",), "2009b"), (("Ali",), "2002")]


def test_a_chicago_note_is_not_read_as_author_date_twice():
    works = parse_note_works("Soerjono Soekanto, Pengantar Penelitian Hukum (Jakarta: UI Press, 1986), hlm. 43.")
    assert [(w.surnames, w.year) for w in works] == [(("Soekanto",), "1986")]


@pytest.mark.parametrize("text", [
    "Ibnu Qudamah dalam kitab al-Mughni (1968, juz 4: 3) menyatakan bahwa jual beli boleh.",
    "Ibnu Qudamah dalam kitabnya al-Mughni (1968) menyatakan bahwa jual beli boleh.",
])
def test_a_kitab_named_after_dalam_is_the_authors_title(text):
    assert _read(text) == [(("Qudamah",), "1968")]


@pytest.mark.parametrize("text, want", [
    ("Menurut al-Mawardi (1409 H: 23), jual beli sah.", [(("al-Mawardi",), "1409")]),
    ("Jual beli sah (al-Mawardi, 1409 H, hlm. 23).", [(("al-Mawardi",), "1409")]),
    ("Imam Syafi'i (w. 204 H) dan Imam Malik (93-179 H) termasuk jumhur.", []),
    ("Nilai itu naik (Santoso, 1409).", []),  # no "H": no year
])
def test_a_hijri_year_is_a_citations_year(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    "Revolusi Prancis (1789) melahirkan gagasan kedaulatan rakyat.",
    "Perang Diponegoro (1825) menguras kas pemerintah kolonial.",
    "Perjanjian Giyanti (1755) membagi Mataram menjadi dua.",
])
def test_a_name_after_an_events_word_is_the_events_not_an_author(text):
    assert all(not authors for authors, _ in _read(text))


@pytest.mark.parametrize("text, author", [
    ("Di tingkat masyarakat, lembaga swadaya juga ikut mendampingi sekolah. Sahabat Difabel (2018) mencatat bahwa "
     "sekolah belum ramah.", "Sahabat Difabel"),
    ("Data itu dicatat oleh komunitas Sahabat Difabel (2018).", "Sahabat Difabel"),
    ("Komunitas Sahabat Difabel (2018) mencatat hal itu.", "Komunitas Sahabat Difabel"),
    ("Banyak lembaga membantu sekolah. Sekolah itu maju (Sahabat Difabel, 2018).", "Sahabat Difabel"),
    # a person named in dictionary words where no body is named, or a person with a name no dictionary knows
    ("Menurut Dewi Lestari (2019), hutan harus tetap lestari.", "Lestari"),
    ("Banyak lembaga membantu. Menurut Ahmad Tafsir (2010), pendidikan penting.", "Tafsir"),
])
def test_a_body_named_in_everyday_words_after_a_body_is_brought_in(text, author):
    [(authors, _)] = _read(text)
    assert authors == (author,)


@pytest.mark.parametrize("text, via", [
    ("Konsep ini berasal dari Ehrlich (dalam Rahardjo, 2009a, hal. 22), yang menolak anggapan itu.", "Ehrlich"),
    ("Hasil belajar menurut Bloom (dalam Sudjana, 2011: 22) mencakup tiga ranah.", "Bloom"),
    ("Hukum itu hidup di masyarakat (dalam Rahardjo, 2009).", None),  # no one named before it
])
def test_a_lone_name_before_a_parenthesis_opening_with_dalam_is_the_person_quoted(text, via):
    [cite] = find_citations(text)
    assert (cite.authors, cite.via) == (("Rahardjo",) if "Rahardjo" in text else ("Sudjana",), via)
