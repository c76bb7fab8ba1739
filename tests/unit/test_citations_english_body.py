"""A body named by an English phrase with no head word, cited in parentheses with no list to spell it, is its whole
name: "(We Are Social, 2021)" read "Social", "(Save the Children, 2019)" nothing (issue 14, fresh gold 16's misses).
The small words that join it ("are", "the", "of", "to", "without") are never in a person's name, whose surname
is still cited. Made-up sentences."""

import pytest

from telusur.citations import find_citations


def _authors(text: str) -> list[tuple[str, ...]]:
    return [c.authors for c in find_citations(text)]


@pytest.mark.parametrize("text, authors", [
    ("Pengguna media sosial di Indonesia mencapai 170 juta orang (We Are Social, 2021).", [("We Are Social",)]),
    ("Program itu dijalankan bersama perusahaan (Save the Children, 2019).", [("Save the Children",)]),
    ("Bantuan medis dikirim ke daerah konflik (Doctors Without Borders, 2018).", [("Doctors Without Borders",)]),
    ("Hal ini sudah dibuktikan (We Are Social, 2021; Santoso, 2019).", [("We Are Social",), ("Santoso",)]),
])
def test_a_body_named_by_an_english_phrase_is_cited_whole(text, authors):
    assert _authors(text) == authors


@pytest.mark.parametrize("text, authors", [
    ("Hal ini sudah dibuktikan (Budi Santoso, 2019).", [("Santoso",)]),  # a person: the surname
    ("Hal ini diberitakan (The Jakarta Post, 2019).", [("Jakarta Post",)]),  # a leading "The" stays names_in's
    ("Hal ini sudah dibuktikan (Van der Berg, 2019).", [("Van der Berg",)]),  # a particle is no English link
])
def test_a_persons_name_and_a_leading_the_are_read_as_before(text, authors):
    assert _authors(text) == authors


@pytest.mark.parametrize("text, authors", [
    ("Menurut Save the Children (2019), satu dari enam anak tinggal di wilayah konflik.", [("Save the Children",)]),
    ("Laporan We Are Social (2021) mencatat bahwa anak sekolah sudah memiliki akun.", [("We Are Social",)]),
    ("Doctors Without Borders (2018) menyebutkan bahwa gizi buruk tidak tertangani.", [("Doctors Without Borders",)]),
    ("Menurut Budi Santoso (2019), hal itu benar.", [("Santoso",)]),  # a person: the surname, as before
    ("According to Santoso (2019), motivation matters.", [("Santoso",)]),  # a person after an English citing phrase
    ("Save the Children (2019) dalam Santoso (2020) menyebutkan hal itu.", [("Santoso",)]),  # quoted through Santoso
])
def test_an_english_body_cited_narratively_is_whole_without_the_indonesian_words_before_it(text, authors):
    """ "Menurut Save the Children (2019)" read no author, "Laporan We Are Social (2021)" kept "Laporan", "Doctors
    Without Borders (2018)" read "Borders" (the last session's left list; gold 19)."""
    assert _authors(text) == authors


@pytest.mark.parametrize("text, authors", [
    ("Tabel 2.1 Dimensi kualitas layanan (Adapted from Parasuraman, 1988) memuat lima dimensi.", [("Parasuraman",)]),
    ("Model ini (Modified from Davis et al., 1989) dipakai luas.", [("Davis",)]),
    ("Bauran pemasaran (Sumber: Taken from Kotler, 2016) terdiri atas empat unsur.", [("Kotler",)]),
    ("Tabel 2.1 Dimensi Kualitas Layanan\nSumber: Adapted from Parasuraman (1988)", [("Parasuraman",)]),  # narrative
])
def test_an_english_source_note_is_no_bodys_name(text, authors):
    """"Adapted from Parasuraman" read as a body named by an English phrase (its "from" a joining word): the note's
    words send the reader to the work, as "diadaptasi dari" does."""
    assert _authors(text) == authors


@pytest.mark.parametrize("text", [
    "Menurut Theory of Planned Behavior (1991), niat dipengaruhi oleh sikap dan norma subjektif.",
    "Teori Hierarchy of Needs (1943) menjelaskan lima tingkat kebutuhan manusia.",
    "Konsep Internet of Things (2015) semakin berkembang di Indonesia.",
    "Teori Spiral of Silence (1974) menjelaskan mengapa orang memilih diam.",
])
def test_an_english_theory_named_with_its_works_year_is_no_body(text):
    """A theory's or a concept's English name before its work's year is no body citing: the narrative English-body
    rule (9e69c0f) read "Theory of Planned Behavior" as the author, a work that does not exist; the year stays
    without an author, as before."""
    assert _authors(text) == [()]


@pytest.mark.parametrize("text", [
    "Niat dipengaruhi oleh sikap dan norma subjektif (Theory of Planned Behavior, 1991).",
    "Kebutuhan manusia bertingkat (Hierarchy of Needs, 1943).",
])
def test_an_english_theory_in_a_parenthesis_is_no_body_either(text):
    """The same name where an author stands in a parenthesis: the parenthetical English-body rule read it as its own
    author (the lead's list, 2026-12-06 14:30); one rule (intext._english_body) now serves both places."""
    assert all(not authors for authors in _authors(text))
