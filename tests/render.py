"""Render a plain text ("#" headings, "1." items, paragraphs) as the files lecturers have: a PDF with a running
header and page numbers in the footer (reportlab), and a DOCX with heading styles and a real numbered list
(python-docx). The PDF renderer records on which page each paragraph starts and ends."""

from __future__ import annotations

import re
from pathlib import Path

_ITEM = re.compile(r"^(\d+)\.\s+(.*)$")


def _blocks(text: str) -> list[tuple[str, str]]:
    """(kind, text) for each non-empty line: ("h1"|"h2", title), ("item", text) or ("p", text)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            out.append((f"h{min(level, 2)}", line.lstrip("#").strip()))
        elif _ITEM.match(line):
            out.append(("item", _ITEM.match(line).group(2)))
        else:
            out.append(("p", line))
    return out


def render_pdf(text: str, path: Path, header: str, font_size: float = 11.5) -> dict[str, tuple[int, int]]:
    """Write the PDF; returns {paragraph text: (first page, last page)} as laid out."""
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontSize, body.leading = font_size, font_size * 1.35
    pages: dict[str, list[int]] = {}

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, flowable):
            for key in getattr(flowable, "_texts", ()):
                pages.setdefault(key, []).append(self.page)

    class Tracked(Paragraph):
        def split(self, availWidth, availHeight):  # a paragraph broken over a page break: both halves are it
            parts = super().split(availWidth, availHeight)
            for part in parts:
                part._texts = self._texts
            return parts

    def para(t, style):
        p = Tracked(t, style)
        p._texts = (t,)
        return p

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(doc.leftMargin, doc.pagesize[1] - 28, header)
        canvas.drawCentredString(doc.pagesize[0] / 2, 20, str(doc.page))
        canvas.restoreState()

    story, items = [], []

    def flush_items():
        if items:
            story.append(ListFlowable([ListItem(para(t, body)) for t in items], bulletType="1", bulletFormat="%s."))
            items.clear()

    for kind, t in _blocks(text):
        if kind == "item":
            items.append(t)
            continue
        flush_items()
        story.append(para(t, styles["Heading1" if kind == "h1" else "Heading2" if kind == "h2" else "BodyText"]
                          if kind != "p" else body))
        story.append(Spacer(1, 4))
    flush_items()
    Doc(str(path), pagesize=A5, topMargin=48, bottomMargin=40, title="").build(
        story, onFirstPage=decorate, onLaterPages=decorate)
    return {t: (min(p), max(p)) for t, p in pages.items()}


def render_docx(text: str, path: Path) -> None:
    """Write the DOCX: "Heading 1/2" styles, "List Number" items (numbering.xml), "Normal" paragraphs."""
    import docx

    document = docx.Document()
    for kind, t in _blocks(text):
        if kind in ("h1", "h2"):
            document.add_heading(t, level=int(kind[1]))
        elif kind == "item":
            document.add_paragraph(t, style="List Number")
        else:
            document.add_paragraph(t)
    document.save(str(path))


def document_as_text(doc) -> str:
    """A read Document back as the plain text render_pdf/render_docx take: headings as "#", numbered items as
    "1." (numbered again by the renderer), other items and every other block as paragraphs."""
    lines = []
    for block in doc.blocks:
        text = " ".join(doc.block_text(block).split())
        if block.kind == "heading":
            lines.append("#" * min(block.level or 1, 2) + " " + text)
        elif block.kind == "item" and block.marker[:-1].isdigit():
            lines.append("1. " + text[len(block.marker):].strip())
        elif block.kind != "reference":
            lines.append(text)
    return "\n\n".join(lines) + "\n"
