"""A figure's or table's source made over from a work cites that work: "(diadaptasi dari UNICEF, 1990)", "(Sumber:
diolah dari BPS, 2020)", "(Green, 2005, dengan modifikasi)" read no work (fresh gold 13, bench/citations-fresh-styles2.jsonl)."""

import pytest

from telusur.citations import find_citations


def _works(text: str) -> list[tuple[str, str]]:
    return [(c.authors[0] if c.authors else "", c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text, work", [
    ("Gambar 2.1 Kerangka Konseptual (diadaptasi dari UNICEF, 1990)", ("UNICEF", "1990")),
    ("Gambar 2.2 Kerangka Teori (Diadaptasi dari Notoatmodjo, 2012)", ("Notoatmodjo", "2012")),
    ("Gambar 1 Model Penelitian (Sumber: diolah dari BPS, 2020)", ("BPS", "2020")),
    ("Kerangka ini dipakai dalam penelitian (modifikasi Green, 2005).", ("Green", "2005")),
    ("Kerangka ini dipakai dalam penelitian (dimodifikasi dari Lawrence Green, 2005).", ("Green", "2005")),
    ("Kerangka ini dipakai dalam penelitian (Green, 2005, dengan modifikasi).", ("Green", "2005")),
    ("Tabel 1 Jumlah Penduduk Miskin (BPS, 2020, diolah peneliti)", ("BPS", "2020")),
])
def test_a_source_made_over_from_a_work_cites_that_work(text, work):
    assert _works(text) == [work]
