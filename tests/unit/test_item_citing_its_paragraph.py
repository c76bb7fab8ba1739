"""A list item naming only who says it, "1. Menurut Kusrini (2006)", over the paragraph that says it (the definition):
one passage, which cites that work. Its twins already were ("1. Kusrini (2006)" as an item, "Menurut Kusrini (2006)"
as a line); with "Menurut" the item stood alone, its definition's passage cited nothing and a passage across the two
was in no chunk (bench/citations-fresh-forms.jsonl: a Markdown chapter, and a DOCX chapter in Word's numbered-list
style and with typed numbers)."""

from __future__ import annotations

import io

import pytest

from telusur.chunking import chunk_document
from telusur.documents import markdown

_DEFINITION = "Sistem pakar adalah aplikasi berbasis komputer untuk menyelesaikan masalah seperti seorang pakar."


def _citing(chunks, words: str):
    [chunk] = [c for c in chunks if words in c.text]
    return chunk, [(c.authors[0], c.year) for c in chunk.citations if c.authors]


@pytest.mark.parametrize("item", ["1. Menurut Kusrini (2006)", "a. Menurut Kusrini (2006)",
                                  "1. Pengertian sistem pakar menurut Kusrini (2006)"])
def test_a_markdown_item_naming_who_says_it_heads_its_paragraph(item):
    text = (f"## 2.1 Sistem Pakar\n\nBeberapa pengertian dikemukakan para ahli sebagai berikut.\n\n{item}\n\n"
            f"{_DEFINITION}\n\n## 2.2 Lain\n\nParagraf lain tanpa rujukan.\n")
    chunk, works = _citing(chunk_document(markdown.read(text.encode(), "bab2.md")), "Sistem pakar adalah")
    assert item.split(". ", 1)[1] + "\n" + _DEFINITION in chunk.text
    assert ("Kusrini", "2006") in works


@pytest.mark.parametrize("style", ["List Number", None])
def test_a_docx_item_naming_who_says_it_heads_its_paragraph(style):
    pytest.importorskip("docx")
    import docx as python_docx

    from telusur.documents import docx

    document = python_docx.Document()
    document.add_heading("2.1 Sistem Pakar", 2)
    document.add_paragraph("Beberapa pengertian dikemukakan para ahli sebagai berikut.")
    document.add_paragraph("Menurut Kusrini (2006)" if style else "1. Menurut Kusrini (2006)", style=style)
    document.add_paragraph(_DEFINITION)
    document.add_heading("2.2 Lain", 2)
    document.add_paragraph("Paragraf lain tanpa rujukan.")
    out = io.BytesIO()
    document.save(out)
    chunk, works = _citing(chunk_document(docx.read(out.getvalue(), "bab2.docx")), "Sistem pakar adalah")
    assert "Menurut Kusrini (2006)\n" + _DEFINITION in chunk.text
    assert ("Kusrini", "2006") in works


def test_an_item_holding_its_own_sentence_stays_an_item():
    text = ("## 2.1 Sistem Pakar\n\nPengertian sistem pakar:\n\n1. Menurut Sutojo dkk. (2011) sistem pakar terdiri "
            "atas dua bagian pokok.\n2. Menurut Arhami (2005) sistem pakar cabang kecerdasan buatan.\n\n"
            "Paragraf lain tanpa rujukan.\n")
    chunks = chunk_document(markdown.read(text.encode(), "bab2.md"))
    assert not any("Menurut Arhami" in c.text and "Paragraf lain" in c.text for c in chunks)
