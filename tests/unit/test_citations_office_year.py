"""An office's holder with "tahun" and a year after "Menurut" ("Menurut Presiden Republik Indonesia tahun 2019, ...")
is someone speaking in that year, no work's author; since "... Republik Indonesia" reads as the state's body (4a5fefa)
it was cited as a work (the lead's left list; fresh gold 20, bench/citations-fresh-wild.jsonl)."""

import pytest

from telusur.citations import find_citations


@pytest.mark.parametrize("sentence", [
    "Menurut Presiden Republik Indonesia tahun 2019, zakat harus menjadi bagian dari gerakan ekonomi umat.",
    "Menurut Menteri Keuangan Republik Indonesia tahun 2020, penerimaan pajak turun karena pandemi.",
])
def test_an_office_holder_with_a_year_cites_nothing(sentence):
    assert find_citations(sentence) == []


@pytest.mark.parametrize("sentence, label", [
    ("Menurut Kementerian Kesehatan Republik Indonesia tahun 2018, prevalensi stunting masih tinggi.",
     "Kementerian Kesehatan Republik Indonesia (2018)"),
    ("Menurut Sugiyono tahun 2017, populasi adalah wilayah generalisasi.", "Sugiyono (2017)"),
])
def test_a_body_or_an_author_with_a_year_still_cites(sentence, label):
    assert [c.label for c in find_citations(sentence)] == [label]
