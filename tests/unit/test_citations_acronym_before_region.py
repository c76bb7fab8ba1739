"""A body's acronym written between its name and its region ("Badan Pusat Statistik [BPS] Kabupaten Jember (2022)")
read no author, or the name cut before the acronym (fresh gold 13, bench/citations-fresh-styles2.jsonl)."""

import pytest

from telusur.citations import find_citations


def _works(text: str) -> list[tuple[str, str]]:
    return [(c.authors[0] if c.authors else "", c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text, work", [
    ("Sumber: Badan Pusat Statistik [BPS] Kabupaten Jember (2022)",
     ("Badan Pusat Statistik Kabupaten Jember", "2022")),
    ("Menurut Badan Pusat Statistik [BPS] Provinsi Jawa Timur (2019), angka kemiskinan turun.",
     ("Badan Pusat Statistik Provinsi Jawa Timur", "2019")),
    ("Menurut Dinas Kesehatan (Dinkes) Kota Malang (2018), cakupan imunisasi naik.",
     ("Dinas Kesehatan Kota Malang", "2018")),
])
def test_a_bodys_acronym_between_its_name_and_its_region_leaves_one_name(text, work):
    assert _works(text) == [work]
