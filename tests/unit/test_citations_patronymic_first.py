"""A Malay name written from its patronymic in small letters, "(bin Abdullah, 2015)", read no citation: "bin" opened
the name where a capital must. It is a particle before the father's name, by which such names are cited (as "Hasan
bin Abdullah (2015)" is read "Abdullah")."""

import pytest

from telusur.citations import find_citations


@pytest.mark.parametrize("text, author", [
    ("Pesantren menanamkan akhlak melalui keteladanan kiai (bin Abdullah, 2015).", "Abdullah"),
    ("Santri mukim lebih disiplin dalam salat berjamaah (binti Ismail, 2018).", "Ismail"),
])
def test_a_name_opening_with_bin_or_binti_is_cited_by_the_fathers_name(text, author):
    assert [(c.authors, c.year) for c in find_citations(text)] == [((author,), text[-6:-2])]


def test_bin_before_no_name_is_no_citation():
    assert find_citations("Data dikelompokkan per bin (bin data, 2015).") == []
