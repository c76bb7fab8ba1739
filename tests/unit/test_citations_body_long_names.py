"""Bodies' names that read no author: two names of one body joined by a slash ("Kementerian PPN/Bappenas",
"Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"), a regional office's seven or eight words ("Kantor
Wilayah Kementerian Agama Provinsi Jawa Tengah"), a hospital named after a doctor written "dr." ("RSUD dr. Soetomo")."""

import pytest

from telusur.citations import find_citations


def _authors(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(c.authors), c.year) for c in find_citations(text)]


@pytest.mark.parametrize("name", [
    "Kementerian PPN/Bappenas",
    "Kementerian ATR/BPN",
    "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional",
    "Kantor Wilayah Kementerian Agama Provinsi Jawa Tengah",
    "Dewan Pengurus Pusat Asosiasi Pemerintah Kabupaten Seluruh Indonesia",
    "RSUD dr. Soetomo",
    "RSUP dr. Sardjito",
])
def test_a_bodys_long_name_is_one_author(name):
    assert _authors(f"Angka kemiskinan terus menurun ({name}, 2019).") == [((name,), "2019")]


@pytest.mark.parametrize("text, authors", [
    ("Inflasi terkendali (Kementerian Keuangan dan Bank Indonesia, 2016).", ("Kementerian Keuangan", "Bank Indonesia")),
    ("Hal ini telah diteliti (Santoso dan Wijaya, 2014).", ("Santoso", "Wijaya")),
    ("Data kesehatan dirangkum (WHO/World Health Organization, 2010).", ("World Health Organization",)),
])
def test_several_authors_or_one_body_by_two_names_stay_as_read(text, authors):
    assert _authors(text)[0][0] == authors


@pytest.mark.parametrize("text, name", [
    ("Menurut Kementerian PPN/Bappenas (2019), angka kemiskinan turun.", "Kementerian PPN/Bappenas"),
    ("Laporan Kementerian ATR/BPN (2018) menyebutkan sengketa tanah meningkat.", "Kementerian ATR/BPN"),
    ("Menurut RSUD dr. Moewardi (2011), jumlah pasien meningkat.", "RSUD dr. Moewardi"),
    ("Menurut RSUD Dr. Moewardi (2010), jumlah pasien meningkat.", "RSUD Dr. Moewardi"),
])
def test_a_bodys_name_with_a_slash_or_a_doctors_title_before_its_year_is_read_whole(text, name):
    assert _authors(text) == [((name,), text[text.index("(") + 1:text.index(")")])]


def test_a_doctor_cited_by_title_is_the_person():
    assert _authors("Menurut dr. Santoso (2016), hipertensi dapat dicegah.") == [(("Santoso",), "2016")]
