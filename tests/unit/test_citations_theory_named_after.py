"""A theory or model named after its author, its words capitalised between its kind and the author ("Teori Hierarki
Kebutuhan Maslow (1943)", "Model Kesuksesan Sistem Informasi DeLone dan McLean (2003)"), read no author when the text
also writes those words small: the capitalised common words made it a title (fresh gold 14's heading)."""

import pytest

from telusur.citations import find_citations


def _works(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(c.authors), c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text, work", [
    ("Teori Hierarki Kebutuhan Maslow (1943) menjelaskan lima kebutuhan. Kebutuhan fisiologis adalah yang pertama.",
     (("Maslow",), "1943")),
    ("Catatan kuliah.\n1. Teori Kebutuhan Maslow (1943)\nMaslow menyusun kebutuhan manusia dalam lima tingkat.",
     (("Maslow",), "1943")),
    ("Penelitian ini memakai Model Kesuksesan Sistem Informasi DeLone dan McLean (2003). Kesuksesan sistem informasi "
     "diukur dengan enam dimensi.", (("DeLone", "McLean"), "2003")),
    ("Teori Motivasi Kebutuhan McClelland (1961) menjelaskan tiga kebutuhan yang dipelajari.",
     (("McClelland",), "1961")),
])
def test_a_theory_named_after_its_author_cites_the_author(text, work):
    assert _works(text) == [work]


def test_a_title_ending_in_a_dictionary_word_still_names_no_author():
    assert _works("Buku Administrasi Perkantoran Modern (2000) dipakai. Administrasi perkantoran penting.") \
        == [((), "2000")]
