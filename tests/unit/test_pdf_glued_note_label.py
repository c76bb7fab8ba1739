"""A footnote whose number is set in the note's own type, close to its text with no space between ("1Hendra Wijaya,
…", as LibreOffice sets a note's number in a PDF): the number is the note's label, so the sentence marked with it
cites the note's work, as a note with a raised number or a space after it does. Made-up pages only."""

from __future__ import annotations

import io

import pytest

from telusur.citations.notes import footnote_citations
from telusur.documents import pdf

SENTENCES = ["Para pedagang membawa rempah dari pelabuhan timur ke kota-kota pesisir utara Jawa.",
             "Perdagangan di Gresik tumbuh pesat setelah jalur laut menjadi lebih aman bagi kapal.",
             "Kota pelabuhan itu lalu menarik penduduk dari desa-desa di pedalaman pulau."]
NOTE = "Hendra Wijaya, Sejarah Pelabuhan Nusantara (Jakarta: Pustaka Laut, 2011), hlm. 12."


def _page() -> bytes:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for k, text in enumerate(SENTENCES):
        c.setFont("Times-Roman", 12)
        c.drawString(72, A4[1] - (100 + 18 * k), text)
    c.setFont("Times-Roman", 7)  # the mark, raised after the second sentence
    c.drawString(72 + stringWidth(SENTENCES[1], "Times-Roman", 12), A4[1] - (100 + 18 - 5), "1")
    c.setFont("Times-Roman", 9)  # the note: its number in the note's type, its text a point after it
    c.drawString(72, A4[1] - 740, "1")
    c.drawString(72 + stringWidth("1", "Times-Roman", 9) + 1, A4[1] - 740, NOTE)
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_notes_number_glued_to_its_text_is_its_label():
    doc = pdf.read(_page(), "sejarah.pdf")
    notes = [doc.block_text(b) for b in doc.blocks if b.kind == "footnote"]
    assert notes == [f"1 {NOTE}"]
    marks = [c for c in footnote_citations(doc) if not c.in_note]
    assert [(c.authors, c.year) for c in marks] == [(("Wijaya",), "2011")]
