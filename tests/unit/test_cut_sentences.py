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
