"""A ministry's or a national commission's syllable short form before a word ("Komnas Perempuan", "Kemenkop UKM",
"Kemenag Jember") is the body whole: it read "Perempuan", "Kemenkop", "Jember" (left by the last session)."""

import pytest

from telusur.citations import find_citations


def _authors(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(c.authors), c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text, author", [
    ("Kasus kekerasan terhadap perempuan terus meningkat (Komnas Perempuan, 2019).", "Komnas Perempuan"),
    ("Menurut Komnas Perempuan (2020), kasus kekerasan terus meningkat.", "Komnas Perempuan"),
    ("Jumlah koperasi aktif menurun (Kemenkop UKM, 2021).", "Kemenkop UKM"),
    ("Jumlah jamaah haji meningkat (Kemenag Jember, 2018).", "Kemenag Jember"),
])
def test_a_ministrys_or_national_commissions_short_form_keeps_its_field(text, author):
    """ "Komnas" (Komisi Nasional) and "Kemen..." (Kementerian) before a word: the body whole, not a given name cut
    off before a surname ("Perempuan", "Jember") or a surname cut off an acronym ("Kemenkop")."""
    assert _authors(text)[0][0] == (author,)


def test_a_dictionary_word_opening_like_a_short_form_is_no_body():
    assert _authors("Hal ini telah dibahas (Kemenangan Putra, 2009).") == [(("Putra",), "2009")]
