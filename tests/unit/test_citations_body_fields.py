"""A ministry whose name lists its fields with commas ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",
"Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi") is one author; with no list entry to say so it
read nothing, three authors, or its last field. Bodies listed together stay several."""

import pytest

from telusur.citations import find_citations

_KEMENDESA = "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"
_KEMENDIKBUDRISTEK = "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"


def _authors(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(c.authors), c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text, work", [
    (f"Dana desa terus meningkat ({_KEMENDESA}, 2019).", ((_KEMENDESA,), "2019")),
    (f"Kurikulum Merdeka mulai diterapkan ({_KEMENDIKBUDRISTEK}, 2022).", ((_KEMENDIKBUDRISTEK,), "2022")),
    (f"Menurut {_KEMENDESA} (2018), dana desa terus meningkat.", ((_KEMENDESA,), "2018")),
    (f"Menurut {_KEMENDIKBUDRISTEK} (2021), kurikulum berubah.", ((_KEMENDIKBUDRISTEK,), "2021")),
])
def test_a_ministry_listing_its_fields_with_commas_is_one_author(text, work):
    assert _authors(text) == [work]


@pytest.mark.parametrize("text, authors", [
    ("Inflasi terkendali (Kementerian Keuangan, Bank Indonesia, dan Otoritas Jasa Keuangan, 2017).",
     ("Kementerian Keuangan", "Bank Indonesia")),
    ("Inflasi terkendali (Kementerian Keuangan dan Bank Indonesia, 2016).", ("Kementerian Keuangan", "Bank Indonesia")),
    ("Hal ini telah diteliti (Santoso, Wijaya, dan Putra, 2014).", ("Santoso", "Wijaya", "Putra")),
    ("Menurut Santoso, Wijaya, dan Putra (2011), hal ini benar.", ("Santoso", "Wijaya", "Putra")),
    ("Di Medan, Sitompul (2018) meneliti kemiskinan.", ("Sitompul",)),
])
def test_bodies_or_people_listed_together_stay_several(text, authors):
    [(found, _)] = _authors(text)
    assert found[:len(authors)] == authors
