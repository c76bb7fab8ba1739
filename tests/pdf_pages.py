"""PDFs drawn here with reportlab for the PDF reader's tests, each line of text where it stands on an A4 page.

`from pdf_pages import canvas_pdf, body, indented` (pytest puts tests/ on the path for tests/ and tests/unit/)."""

from __future__ import annotations

import io

import pytest


def canvas_pdf(pages, title=None, creator=None, password=None, labels=()) -> bytes:
    """pages: a list of pages, each a list of (x, y_from_top, font, size, text) lines, or "image" for a scan;
    labels: (page index, style, start) page-label ranges."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    encrypt = StandardEncryption(password, ownerPassword="pemilik", strength=128) if password else None
    c = canvas.Canvas(out, pagesize=A4, encrypt=encrypt)
    if title:
        c.setTitle(title)
    if creator:
        c.setCreator(creator)
    for index, style, start in labels:
        c.addPageLabel(index, style=style, start=start)
    for page in pages:
        if page == "image":
            from PIL import Image
            from reportlab.lib.utils import ImageReader

            c.drawImage(ImageReader(Image.new("L", (200, 280), 200)), 50, 50, 500, 700)
        else:
            for x, y, font, size, text in page:
                c.setFont(font, size)
                c.drawString(x, A4[1] - y, text)
        c.showPage()
    c.save()
    return out.getvalue()


def body(lines, top=100, x=72, pitch=18, font="Times-Roman", size=12):
    """Lines of one paragraph at the margin x, pitch apart from top: canvas_pdf's lines."""
    return [(x, top + i * pitch, font, size, text) for i, text in enumerate(lines)]


def indented(lines: list[tuple[float, str]], top: float, pitch: float = 18, bottom: float = 760):
    """(x, text) lines one under another, each at its own indent, Times 12, pitch apart from top; a new page once past
    bottom: canvas_pdf's pages."""
    pages, y = [[]], top
    for x, text in lines:
        pages[-1].append((x, y, "Times-Roman", 12, text))
        y += pitch
        if y > bottom:
            pages.append([])
            y = top
    return pages
