"""A sentence cut where a page ended, in a text converted from a PDF, is read whole: its number and what it counts
stay in one passage ("Ada berapa apotek yang dikelola PT Kimia Farma Apotek?")."""

from __future__ import annotations

from telusur.chunking import chunk_document
from telusur.documents import reader

_OPENING = ("PT. Kimia Farma Apotek adalah anak perusahaan yang dibentuk oleh Kimia Farma untuk mengelola apotek-apotek "
            "milik perusahaan yang ada, dalam upaya meningkatkan kontribusi penjualan untuk memperbesar penjualan")


def _passages(markdown: str) -> list[str]:
    return [c.text for c in chunk_document(reader(".md").read(markdown.encode("utf-8"), "apotek.md"))]


def test_a_sentence_cut_inside_a_name_at_a_page_break_is_one_passage():
    text = (f"## Gambaran Umum\n\n{_OPENING} maka PT. Kimia\n\n\n\n\nFarma Apotek mengelola sebanyak 340 apotek yang "
            "tersebar diseluruh tanah air\n\nyang memimpin pasar dibidang perapotikan.\n\nApotek ini didirikan pada "
            "tahun 2009 di Manado.\n")
    passages = _passages(text)
    assert any("maka PT. Kimia" in p and "mengelola sebanyak 340 apotek" in p for p in passages)
    assert passages[-1] == "Apotek ini didirikan pada tahun 2009 di Manado."


def test_a_paragraph_ending_with_a_stop_or_in_small_letters_before_a_capital_stays_apart():
    text = (f"## Gambaran Umum\n\n{_OPENING} di seluruh Indonesia.\n\nFarma Apotek mengelola sebanyak 340 apotek.\n\n"
            f"{_OPENING} setiap tanggal jatuh tempo\n\nBeberapa mekanisme deposito mudharabah dijelaskan di sini.\n")
    passages = _passages(text)
    assert "Farma Apotek mengelola sebanyak 340 apotek." in passages
    assert "Beberapa mekanisme deposito mudharabah dijelaskan di sini." in passages


def test_a_keyword_list_or_an_affiliation_ending_on_a_name_is_no_cut_sentence():
    # a journal's English abstract ends "Keywords: ...; Indonesia" and its Indonesian abstract opens a paragraph of its
    # own; an author's affiliation ends on a country: neither sentence goes on in the next paragraph
    text = ("## Abstrak\n\nThis article reviews the literature gathered under one title. It sets out the definitions and "
            "findings reported by earlier authors and relates them to the local setting. Keywords: literature review; "
            "definitions; Indonesia\n\nPenelitian ini bertujuan untuk memahami faktor yang menentukan keberhasilan "
            "protes.\n\nAhmad Fauzi, Siti Rahmawati. Program Studi Pendidikan Sejarah dan Program Studi Pendidikan "
            "Ekonomi, Fakultas Keguruan dan Ilmu Pendidikan, Universitas Negeri Contoh, Kota Contoh, Indonesia\n\n"
            "Pendahuluan ini menjelaskan latar belakang penelitian.\n")
    passages = _passages(text)
    assert "Penelitian ini bertujuan untuk memahami faktor yang menentukan keberhasilan protes." in passages
    assert "Pendahuluan ini menjelaskan latar belakang penelitian." in passages
