"""PDFs drawn here with reportlab for the PDF reader's tests, each line of text where it stands on an A4 page.

`from pdf_pages import canvas_pdf, body, indented, table_grid` (pytest puts tests/ on the path for tests/ and
tests/unit/); and minimal_pdf, a PDF written by hand for what reportlab will not draw (unmapped glyph codes,
encoded bombs)."""

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


def table_grid(c, top, rows):
    """A ruled table drawn on the reportlab canvas c as Word and LibreOffice rule one: cells 150 points wide from the
    margin, rows 20 points high from `top` (points from the page's top) down, Times 10; a row split over pages is a
    grid at a page's foot and another at the next top."""
    from reportlab.lib.pagesizes import A4

    height = A4[1]
    c.setFont("Times-Roman", 10)
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            c.drawString(76 + 150 * k, height - top - 14 - 20 * r, cell)
    for r in range(len(rows) + 1):
        c.line(72, height - top - 20 * r, 522, height - top - 20 * r)
    for k in range(4):
        c.line(72 + 150 * k, height - top, 72 + 150 * k, height - top - 20 * len(rows))


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


def minimal_pdf(streams: list[bytes], pages: int | None = None, filters: str = "", symbol_fonts: tuple[str, ...] = ()) \
        -> bytes:
    """A minimal valid PDF written by hand: Helvetica as /F1 and Courier as /F2, no /Encoding, so the codes a content
    stream shows are the glyphs PDFium maps (or cannot map) to characters. Page i shows streams[i % len(streams)]
    (pages sharing one stream cost its bytes once); `filters` is the streams' /Filter, already applied by the caller.
    symbol_fonts: base font names given as /F3, /F4 ..., each code shown read as U+F000 plus the code, as a symbol
    font (SymbolMT, Wingdings) embedded without a Unicode map reads."""
    pages = len(streams) if pages is None else pages
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    first_symbol = 5 + pages + len(streams)  # each symbol font, then its ToUnicode map
    fonts = f"/F1 3 0 R /F2 {4 + pages + len(streams)} 0 R" + "".join(
        f" /F{3 + k} {first_symbol + 2 * k} 0 R" for k in range(len(symbol_fonts)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    objects += [f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << {fonts} >> >> "
                f"/Contents {4 + pages + i % len(streams)} 0 R >>".encode()
                for i in range(pages)]
    encoded = f" /Filter {filters}" if filters else ""
    objects += [f"<< /Length {len(s)}{encoded} >>\nstream\n".encode() + s + b"\nendstream" for s in streams]
    objects += [b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>"]
    to_unicode = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Simbol def\n"
                  b"1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfrange <20> <FF> <F020> endbfrange\n"
                  b"endcmap CMapName currentdict /CMap defineresource pop end end")
    for k, name in enumerate(symbol_fonts):  # WinAnsi: a glyph for every code, so PDFium shows each one
        font = f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding "
        objects += [f"{font}/ToUnicode {first_symbol + 2 * k + 1} 0 R >>".encode(),
                    f"<< /Length {len(to_unicode)} >>\nstream\n".encode() + to_unicode + b"\nendstream"]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for k, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{k} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write(b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets))
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()
