"""The tuning half's texts rendered as the PDFs and DOCX files lecturers have: do they give the same passages and
the same answers as the text itself? (issues 14 and 15: the checking half is PDF-heavy and scores below its
Markdown; the tuning half has too few PDFs to show why.)

    python bench/rendered.py [--cache DIR] [--layouts a,b,...] [--no-ask] [--show LAYOUT] [--json]

Every tuning-half .md/.txt document with questions (../shared/texts/questions.jsonl and more/questions.jsonl,
bench/texts-split.json) is read by telusur's own reader, and its blocks (headings, paragraphs, list items with their
markers, tables, reference entries) are set again in each layout (tables as ruled tables):

  skripsi          PDF: Times 12, 1.5 spacing, justified, first-line indent, centred "BAB II" and title, numbered
                   headings 2.1 / 2.1.1, page number top right (bottom centre on the chapter's first page)
  skripsi-header   PDF: the same at double spacing, a running header over a rule, page number bottom centre
  journal          PDF: two columns, Times 10; first page a full-width title block, authors, affiliations, an English
                   abstract and keywords; a header naming the journal, volume and pages (odd pages) or the authors
                   (even pages) with the page number on its outer side, printed pages from 113
  journal-wide     PDF: the journal, but a table that fits in 60% of a page is set across both columns at the top of
                   a new page, the text going on in the two columns under it; every page's header names the journal
                   with the page number at its right, a footer gives the ISSN. Added 2026-12-03 and scored before
                   any reading change for it: a layout the readers were not tuned on
  footnotes        PDF: skripsi, with a superscript note mark after the first sentence of every third paragraph
                   and the notes at the foot of the page the mark stands on
  hyphen           PDF: skripsi set narrow and justified, long words hyphenated at syllables ("pengem-" / "bangan")
  apa-tables       PDF: skripsi with its tables ruled as APA asks (a rule above, one under the header row, one
                   below; no vertical rules, no rules between rows)
  word             PDF: Word's Normal style exported: 11 pt at 1.15 spacing, left-aligned (ragged right), no first-line
                   indent, 8 pt after each paragraph: paragraphs told apart by the space between them, not an indent
  word-justified   PDF: the same, justified
  word-columns     PDF: the journal, with 8 pt after each paragraph. The three word layouts were added 2026-12-04:
                   tests/unit/test_format_parity.py found a kind of reader bug in each first
  docx-styles      DOCX: "BAB II" and title in Heading 1, numbered headings in Heading 2/3, lists numbered by Word
                   (numbering.xml: a list starts at 1, one going on after a paragraph keeps counting), the first list
                   of 3-8 short items set as a table "No | Uraian" instead
  docx-manual      DOCX: Normal paragraphs only: headings typed bold (chapter centred), list markers typed with a
                   hanging indent
  LAYOUT-typed     PDF (any of the above): its headings typed bold in Word's Normal style, which keeps no line with
                   the next, so that a heading may stand last on a page (tests/unit/test_format_parity.py; not in
                   the bench's default layouts)
  docx-pasted      DOCX: the skripsi PDF's text as a PDF viewer copies it (pdfium, the engine of Chrome's viewer),
                   pasted into Word one paragraph per line: running header and page numbers included, no styles
  lo-html-styles   HTML: docx-styles saved as a web page by LibreOffice (its "HTML Document (Writer)" filter, soffice
  lo-html-manual   --headless --convert-to html), and docx-manual the same: a lecturer's Word file put on a course site
  lo-txt-styles    .txt: docx-styles and docx-manual saved by LibreOffice as plain text (one paragraph a line, no
  lo-txt-manual    blank lines, a table one cell a line, Word's list numbers written out)
  lo-odt-styles    DOCX: docx-styles and docx-manual opened in LibreOffice, saved as .odt and that saved again as .docx
  lo-odt-manual    (LibreOffice's own Word writer: the round trip of a file written or kept in LibreOffice). The six
                   lo- layouts were added 2026-12-06 and scored before any reading change for them; one soffice
                   process per layout and conversion, with a profile of its own under --cache

For each layout, against the text's own reading (both chunked as the index chunks them):
  passages  - share of the text's passages found identical (white space squeezed, note marks left out) among the
              rendered file's passages
  top / ans - per question: the evidence in the first passage / in the answer's sentences, text vs rendered (an
              index per layout, one course of all the rendered documents, as bench/halves.py builds the half;
              matched as halves.py matches, note marks left out on both sides)
Tuning questions only; the checking half is never rendered or read here.
--show LAYOUT prints each of the text's passages missing from that layout with its nearest rendered passage.
The rendered files and indexes stay under --cache (default bench/.cache/rendered); the embedding cache is shared by
the layouts, so a layout's build encodes only the passages it reads differently.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
import halves  # noqa: E402  (the bench's own scoring and corpus helpers)
import pasted  # noqa: E402  (a PDF as a viewer copies it, pasted into Word)

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO.parent / "shared" / "texts"
CACHE = REPO / "bench" / ".cache" / "rendered"
LAYOUTS = ("skripsi", "skripsi-header", "journal", "journal-wide", "footnotes", "hyphen", "apa-tables", "word",
           "word-justified", "word-columns", "docx-styles", "docx-manual", "docx-pasted", "lo-html-styles",
           "lo-html-manual", "lo-txt-styles", "lo-txt-manual", "lo-odt-styles", "lo-odt-manual")
SERIF = Path("/usr/share/fonts/truetype/liberation")  # Times metrics; reportlab's Times-Roman if absent
_NUMBERED = re.compile(r"^(BAB\s+[IVXL\d]+\b|[IVXL]+\.\s|\d+(\.\d+)*\.?\s|[A-Za-z]\.\s|[A-Za-z]\.\d)")
_SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_VOWELS = set("aiueoAIUEO")
JOURNAL = "Jurnal Ilmu Sosial dan Pendidikan, Vol. 7 No. 2"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NOTES = ("Sugiyono, Metode Penelitian Pendidikan (Bandung: Alfabeta, 2015), hlm. {n}.",
         "Lihat juga pembahasan pada subbab sebelumnya dan sumber yang dirujuk di sana.",
         "Moleong, Metodologi Penelitian Kualitatif (Bandung: Remaja Rosdakarya, 2010), hlm. {n}.",
         "Istilah ini dipakai dengan arti yang sama dalam seluruh tulisan ini.")


@dataclass(frozen=True)
class Src:
    kind: str  # "h" heading, "p" paragraph, "item", "ref" reference entry, "table" (rows by lines, cells by " | ")
    text: str
    level: int = 0
    marker: str = ""


# --- the source: a text's blocks as telusur reads them -------------------------------------------------------------

def source_blocks(path: Path, rel: str) -> tuple[str, list[Src]]:
    from telusur.documents import read_document

    doc = read_document(path, rel)
    out = []
    for b in doc.blocks:
        text = " ".join(doc.block_text(b).split())
        if not text:
            continue
        if b.kind == "heading":
            out.append(Src("h", text, b.level or 1))
        elif b.kind == "item" and b.marker and text.startswith(b.marker):
            out.append(Src("item", text[len(b.marker):].strip(), b.level, b.marker))
        elif b.kind == "reference":
            out.append(Src("ref", text))
        elif b.kind == "table":
            out.append(Src("table", doc.block_text(b)))
        else:
            out.append(Src("p", text))
    return doc.title or path.stem, out


def numbered_headings(blocks: list[Src]) -> list[tuple[Src, str]]:
    """Each heading with the title a skripsi prints: the first top heading is the chapter ("BAB II"), the others
    numbered 2.1 / 2.1.1 by depth below it; a heading that already carries a number or letter keeps its own."""
    levels = sorted({b.level for b in blocks if b.kind == "h"})
    depth = {lv: i for i, lv in enumerate(levels)}
    counts, out, chapter = [0, 0, 0, 0], [], False
    for b in blocks:
        if b.kind != "h":
            out.append((b, b.text))
            continue
        d = depth[b.level]
        if not chapter and d == 0:
            chapter = True
            out.append((b, "BAB II\n" + b.text.upper()))
            continue
        d = max(d, 1)
        if _NUMBERED.match(b.text) or d > 3:
            out.append((b, b.text))
            continue
        counts[d] += 1
        counts[d + 1:] = [0] * (len(counts) - d - 1)
        number = ".".join(["2"] + [str(max(c, 1)) for c in counts[1:d + 1]])
        out.append((b, f"{number} {b.text}"))
    return out


# --- PDF -----------------------------------------------------------------------------------------------------------

def _fonts() -> tuple[str, str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if not (SERIF / "LiberationSerif-Regular.ttf").exists():
        return "Times-Roman", "Times-Bold", "Times-Italic"
    if "Serif" not in pdfmetrics.getRegisteredFontNames():
        for name, file in (("Serif", "Regular"), ("Serif-Bold", "Bold"), ("Serif-Italic", "Italic"),
                           ("Serif-BoldItalic", "BoldItalic")):
            pdfmetrics.registerFont(TTFont(name, str(SERIF / f"LiberationSerif-{file}.ttf")))
        from reportlab.lib.fonts import addMapping
        addMapping("Serif", 0, 0, "Serif"), addMapping("Serif", 1, 0, "Serif-Bold")
        addMapping("Serif", 0, 1, "Serif-Italic"), addMapping("Serif", 1, 1, "Serif-BoldItalic")
    return "Serif", "Serif-Bold", "Serif-Italic"


def hyphenate(word: str) -> str:
    """Soft hyphens at Indonesian syllable breaks (V-CV, VC-CV, 'ng'/'ny'/'kh'/'sy' kept whole) of a long word."""
    if len(word) < 9 or not word.isalpha():
        return word
    cuts, i = [], 1
    while i < len(word) - 3:
        if word[i] in _VOWELS and word[i + 1] not in _VOWELS:
            j = i + 1
            cons = 0
            while j < len(word) and word[j] not in _VOWELS:
                cons, j = cons + 1, j + 1
            if j >= len(word) - 1:
                break
            last_two = word[j - 2:j].lower()
            # V-CV; VC-CV; a digraph ('ng', 'ny', 'kh', 'sy') stays whole: "pe-nge-tahuan", "ting-gi"
            cut = j - 2 if cons >= 2 and last_two in ("ng", "ny", "kh", "sy") else j - 1
            if 2 <= cut <= len(word) - 3:
                cuts.append(cut)
            i = j
        else:
            i += 1
    for cut in reversed(cuts):
        word = word[:cut] + "\xad" + word[cut:]
    return word


def _markup(text: str, hyphens: bool = False) -> str:
    # reportlab 5 drops an author's hyphen ("viral-based") in a paragraph it may also break at soft hyphens
    if hyphens and not re.search(r"\w-\w", text):
        text = re.sub(r"[A-Za-z]+", lambda m: hyphenate(m.group()), text)
    return escape(text)


def render_pdf(title: str, blocks: list[Src], path: Path, layout: str) -> None:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph

    regular, bold, italic = _fonts()
    typed = layout.endswith("-typed")  # headings typed bold in the Normal style: Word keeps none with the next line
    layout = layout.removesuffix("-typed")
    wide = layout == "journal-wide"
    journal = layout in ("journal", "journal-wide", "word-columns")
    word = layout.startswith("word")  # Word's Normal style: space after each paragraph
    size = 10 if journal else 11 if word else 12
    leading = (1.15 if journal or word else {"skripsi-header": 2.0}.get(layout, 1.5)) * size
    body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=leading,
                          alignment=TA_LEFT if layout == "word" else TA_JUSTIFY,
                          firstLineIndent=(0.6 if journal else 0 if word else 1.25) * cm,
                          spaceAfter=8 if word else 0 if not journal else 2,
                          embeddedHyphenation=1 if layout == "hyphen" else 0,
                          # reportlab 5 fails to split a paragraph at a page break over a soft-hyphened widow line
                          allowWidows=0 if layout == "hyphen" else 1)
    head = ParagraphStyle("head", parent=body, fontName=bold, alignment=TA_LEFT, firstLineIndent=0,
                          spaceBefore=leading * 0.5, keepWithNext=0 if typed else 1)
    chapter = ParagraphStyle("chapter", parent=head, alignment=TA_CENTER, fontSize=size + 2, leading=leading,
                             spaceAfter=leading)
    ref = ParagraphStyle("ref", parent=body, firstLineIndent=-1.25 * cm, leftIndent=1.25 * cm, alignment=TA_LEFT)
    width, height = A4
    left, right, top, bottom = (2 * cm, 2 * cm, 2.5 * cm, 2.5 * cm) if journal else (4 * cm, 3 * cm, 3 * cm, 3 * cm)
    if layout == "hyphen":
        right = 6.5 * cm  # a narrow measure: more words broken at the line end
    notes_band = 2.6 * cm if layout == "footnotes" else 0
    first_printed = 113 if journal else 21
    notes: dict[int, list[str]] = {}
    short = title if len(title) < 60 else title[:57].rsplit(" ", 1)[0] + " …"

    def furniture(canvas, doc):
        canvas.saveState()
        n = first_printed + doc.page - 1
        canvas.setFont(regular, 9 if journal else 11)
        if wide:
            band = height - 1.4 * cm
            canvas.drawString(left, band, f"{JOURNAL} (2021)")
            canvas.drawRightString(width - right, band, str(n))
            canvas.line(left, band - 4, width - right, band - 4)
            canvas.setFont(italic, 8)
            canvas.drawCentredString(width / 2, 1.2 * cm, "p-ISSN: 2541-0849  e-ISSN: 2548-1398")
        elif journal:
            band = height - 1.4 * cm
            if doc.page == 1:
                canvas.drawString(left, band, f"{JOURNAL} (2021)    ISSN: 2541-0849")
                canvas.drawCentredString(width / 2, 1.2 * cm, str(n))
            elif n % 2:
                canvas.drawString(left, band, f"{JOURNAL} (2021): 113-152")
                canvas.drawRightString(width - right, band, str(n))
            else:
                canvas.drawString(left, band, str(n))
                canvas.drawRightString(width - right, band, f"Fauzi & Rahmawati, {short}")
            canvas.line(left, band - 4, width - right, band - 4)
        elif layout == "skripsi-header":
            band = height - 1.8 * cm
            canvas.setFont(italic, 10)
            canvas.drawRightString(width - right, band, short)
            canvas.line(left, band - 4, width - right, band - 4)
            canvas.setFont(regular, 11)
            canvas.drawCentredString(width / 2, 1.5 * cm, str(n))
        elif doc.page == 1:
            canvas.drawCentredString(width / 2, 1.5 * cm, str(n))
        else:
            canvas.drawRightString(width - right, height - 1.8 * cm, str(n))
        y = bottom + notes_band - 12
        if notes.get(doc.page):
            canvas.line(left, y + 6, left + 5 * cm, y + 6)
        for note in notes.get(doc.page, ()):
            p = Paragraph(note, ParagraphStyle("note", fontName=regular, fontSize=9, leading=10.5))
            _, h = p.wrap(width - left - right, 100)
            p.drawOn(canvas, left, y - h)
            y -= h + 2
        canvas.restoreState()

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            for note in getattr(flowable, "_notes", ()):
                notes.setdefault(self.page, []).append(note)

    class Marked(Paragraph):
        """A paragraph whose note goes to the page where the part holding its mark is set."""

        def split(self, availWidth, availHeight):
            parts = super().split(availWidth, availHeight)
            if parts and getattr(self, "_notes", None):
                where = parts[0] if _raised(parts[0]) else parts[-1]  # the rest may split again: same rule
                for p in parts:
                    p._notes = self._notes if p is where else ()
            return parts

    frame_w = width - left - right
    table_w = frame_w  # a journal's table is set in its column: wider, it ran over the other column's text
    if journal:
        gap = 0.8 * cm
        col = table_w = (frame_w - gap) / 2
        title_h = 8.5 * cm
        body_h = height - top - bottom
        first = PageTemplate("first", [Frame(left, height - top - title_h, frame_w, title_h, id="title"),
                                       Frame(left, bottom, col, body_h - title_h, id="c1"),
                                       Frame(left + col + gap, bottom, col, body_h - title_h, id="c2")],
                             onPage=furniture)
        later = PageTemplate("later", [Frame(left, bottom, col, body_h, id="c1"),
                                       Frame(left + col + gap, bottom, col, body_h, id="c2")], onPage=furniture)
        templates = [first, later]
    else:
        frame = Frame(left, bottom + notes_band, frame_w, height - top - bottom - notes_band, id="body")
        templates = [PageTemplate("page", [frame], onPageEnd=furniture)]
    doc = Doc(str(path), pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
              title="", author="")
    doc.addPageTemplates(templates)
    story = []
    if journal:
        centred = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0)
        story += [NextPageTemplate("later"),
                  Paragraph(escape(title.upper()), ParagraphStyle("t", parent=centred, fontName=bold, fontSize=14,
                                                                 leading=17, spaceAfter=8)),
                  Paragraph("Ahmad Fauzi<super>1</super>, Siti Rahmawati<super>2</super>", centred),
                  Paragraph("<super>1,2</super>Program Studi Pendidikan, Universitas Negeri Contoh, Indonesia",
                            ParagraphStyle("a", parent=centred, fontName=italic, fontSize=9, spaceAfter=8)),
                  Paragraph("<b>Abstract</b>", centred),
                  Paragraph(escape(f"This article reviews the literature gathered under the title “{title}”. "
                                   "It sets "
                                   "out the definitions, classifications and findings reported by earlier authors and "
                                   "relates them to the Indonesian setting. The discussion is organised by section "
                                   "and closes with implications for further study."),
                            ParagraphStyle("ab", parent=body, fontName=italic, fontSize=9, leading=11,
                                           firstLineIndent=0, leftIndent=1 * cm, rightIndent=1 * cm)),
                  Paragraph("<b>Keywords:</b> <i>literature review; definitions; Indonesia</i>",
                            ParagraphStyle("kw", parent=body, fontSize=9, firstLineIndent=0, leftIndent=1 * cm,
                                           spaceBefore=4)),
                  FrameBreak()]
    paragraphs = 0
    body_start = len(story)
    for b, shown in numbered_headings(blocks):
        if b.kind == "h":
            if shown.startswith("BAB II\n"):
                if not journal:  # a journal article's title is its title block
                    story.append(Paragraph(escape(shown).replace("\n", "<br/>"), chapter))
            else:
                story.append(Paragraph(escape(shown), head))
        elif b.kind == "item":
            indent = (0.6 + 0.6 * b.level) * cm
            style = ParagraphStyle(f"item{b.level}", parent=body, firstLineIndent=0, leftIndent=indent + 0.6 * cm,
                                   bulletIndent=indent, bulletFontName=regular)
            marker = "•" if b.marker in ("-", "*", "+") else b.marker
            story.append(Paragraph(_markup(b.text, layout == "hyphen"), style, bulletText=marker))
        elif b.kind == "ref":
            story.append(Paragraph(_markup(b.text), ref))
        elif b.kind == "table":
            cell = ParagraphStyle("cell", fontName=regular, fontSize=size - 2, leading=(size - 2) * 1.2)
            story.append(_pdf_table(b.text, cell, table_w, apa=layout == "apa-tables"))
            if wide:  # across both columns where it fits in a band over them (_tables_across)
                story[-1]._across = _pdf_table(b.text, cell, frame_w)
        else:
            paragraphs += 1
            text = _markup(b.text, layout == "hyphen")
            if layout == "footnotes" and paragraphs % 3 == 1:
                n = paragraphs // 3 + 1
                mark = f'<super size="{size * 0.65:.1f}" rise="{size * 0.35:.1f}">{n}</super>'  # as Word sets it
                first_stop = re.search(r"[.?!](?=\s+[A-Z])", text)
                text = text[:first_stop.end()] + mark + text[first_stop.end():] if first_stop else text + mark
                p = Marked(text, body)
                p._notes = (f"<super>{n}</super> " + escape(NOTES[n % len(NOTES)].format(n=10 + n)),)
                story.append(p)
                continue
            story.append(Paragraph(text, body))
    if wide:
        story = _tables_across(story, body_start, doc, frame_w, height - top - bottom, left, bottom)
    doc.build(story)


def _tables_across(story: list, body_start: int, doc, width: float, body_h: float, left: float,
                   bottom: float) -> list:
    """journal-wide: each table that fits in 60% of a page is set across both columns at the top of a new page, the
    text going on in the two columns under it (the page before ends where the text before the table ends)."""
    from reportlab.lib.units import cm
    from reportlab.platypus import Frame, NextPageTemplate, PageBreak, PageTemplate

    gap = 0.8 * cm
    col = (width - gap) / 2
    out = story[:body_start]
    for flowable in story[body_start:]:
        across = getattr(flowable, "_across", None)
        if across is None:
            out.append(flowable)
            continue
        _, h = across.wrap(width, body_h)
        if h > 0.6 * body_h:
            out.append(flowable)  # set in its column, going on down the columns
            continue
        name = f"table{len(doc.pageTemplates)}"
        band = h + 14  # the table and the space under it
        later = doc.pageTemplates[1]
        doc.addPageTemplates([PageTemplate(name, [Frame(left, bottom + body_h - band, width, band, id="across"),
                                                  Frame(left, bottom, col, body_h - band, id="c1"),
                                                  Frame(left + col + gap, bottom, col, body_h - band, id="c2")],
                                           onPage=later.onPage)])
        out += [NextPageTemplate(name), PageBreak(), NextPageTemplate("later"), across]
    return out


def _table_rows(text: str) -> list[list[str]]:
    # a row's empty first or last cells lost their outer space to the reader's strip ("Umur |  |", "| Resep |")
    rows = [[c.strip() for c in f" {line} ".split(" | ")] for line in text.split("\n") if line.strip()]
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def _pdf_table(text: str, style, width: float, apa: bool = False):
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = _table_rows(text)
    columns = len(rows[0])
    table = Table([[Paragraph(escape(c), style) for c in r] for r in rows], colWidths=[width / columns] * columns,
                  repeatRows=1)
    if apa:  # a rule above the table, one under its header row, one below it
        rules = [("LINEABOVE", (0, 0), (-1, 0), 0.75, "black"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
                 ("LINEBELOW", (0, -1), (-1, -1), 0.75, "black")]
    else:
        rules = [("GRID", (0, 0), (-1, -1), 0.5, "black")]
    table.setStyle(TableStyle(rules + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _raised(part) -> bool:
    """Whether a laid-out part of a paragraph holds a raised run (its note mark)."""
    lines = getattr(getattr(part, "blPara", None), "lines", None) or []
    return any(getattr(w, "rise", 0) for line in lines for w in (getattr(line, "words", None) or []))


# --- DOCX ----------------------------------------------------------------------------------------------------------

_FORMATS = (("decimal", re.compile(r"^\d+[.)]$")), ("lowerLetter", re.compile(r"^[a-z][.)]$")),
            ("upperLetter", re.compile(r"^[A-Z][.)]$")), ("lowerRoman", re.compile(r"^[ivx]+[.)]$")))


def _num_format(marker: str) -> tuple[str, str]:
    """(w:numFmt, lvlText around the number) of a marker: "1." -> decimal "%.", "a)" -> lowerLetter "%)", "(i)" ->
    lowerRoman "(%)" (a bracketed list's first marker "i" is a roman one), "•" -> bullet."""
    if re.match(r"^\((?:\d+|[a-z]|[ivx]+)\)$", marker):
        inner = marker[1:-1]
        fmt = "decimal" if inner.isdigit() else "lowerRoman" if set(inner) <= set("ivx") else "lowerLetter"
        return fmt, "(%)"
    for fmt, pattern in _FORMATS:
        if pattern.match(marker):
            return fmt, "%" + marker[-1]
    return "bullet", ""


def _new_list(document, formats: dict[int, tuple[str, str]]) -> str:
    """A numbering definition of its own (so the list starts at 1) with a level per nesting depth; its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    aid = str(1000 + len(numbering.findall(f"{W}abstractNum")))
    levels = []
    for ilvl in range(4):
        fmt, around = formats.get(ilvl, ("decimal", "%."))
        text = "•" if fmt == "bullet" else around.replace("%", f"%{ilvl + 1}")
        levels.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                      f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                      f'<w:pPr><w:ind w:left="{720 + 360 * ilvl}" w:hanging="360"/></w:pPr></w:lvl>')
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">{"".join(levels)}</w:abstractNum>')
    first_num = numbering.find(f"{W}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num_id = str(1000 + int(aid))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return num_id


def _set_num(paragraph, num_id: str, ilvl: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def render_docx(title: str, blocks: list[Src], path: Path, layout: str) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(12)
    normal.paragraph_format.line_spacing = 1.5
    styled = layout == "docx-styles"
    shown = numbered_headings(blocks)
    table_done = not styled
    lists: list[tuple[str, dict]] = []  # (numId, level formats) of each numbered list made
    i = 0
    while i < len(shown):
        b, text = shown[i]
        if b.kind == "h":
            chapter = text.startswith("BAB II\n")
            if styled:
                level = 1 if chapter else min(2 + text.split(" ", 1)[0].count("."), 3) if re.match(r"\d", text) else 2
                p = document.add_heading("", level=level)
                for n, line in enumerate(text.split("\n")):
                    run = p.add_run(line)
                    if n < text.count("\n"):
                        run.add_break()
            else:
                p = document.add_paragraph()
                for n, line in enumerate(text.split("\n")):
                    run = p.add_run(line)
                    run.bold = True
                    if n < text.count("\n"):
                        run.add_break()
            if chapter:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            i += 1
        elif b.kind == "item":
            j = i
            while j < len(shown) and shown[j][0].kind == "item":
                j += 1
            items = [s for s, _ in shown[i:j]]
            if not table_done and 3 <= len(items) <= 8 and all(s.level == 0 and len(s.text) < 160 for s in items):
                table_done = True
                table = document.add_table(rows=1 + len(items), cols=2)
                table.style = "Table Grid"
                table.cell(0, 0).text, table.cell(0, 1).text = "No", "Uraian"
                for r, s in enumerate(items, 1):
                    table.cell(r, 0).text, table.cell(r, 1).text = s.marker, s.text
            elif styled:
                formats = {}
                for s in items:
                    formats.setdefault(s.level, _num_format(s.marker))
                # a list going on after a paragraph ("c." after "b.") keeps counting, as Word's list does
                first = items[0].marker.rstrip(".)")
                if lists and first not in ("1", "a", "A", "i", "I") and formats.get(0) == lists[-1][1].get(0):
                    num_id = lists[-1][0]
                else:
                    num_id = _new_list(document, formats)
                    lists.append((num_id, formats))
                for s in items:
                    p = document.add_paragraph(s.text, style="List Paragraph")
                    _set_num(p, num_id, min(s.level, 3))
                    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            else:
                for s in items:
                    marker = "•" if s.marker in ("-", "*", "+") else s.marker
                    p = document.add_paragraph(f"{marker}\t{s.text}")
                    p.paragraph_format.left_indent = Cm(1.0 + 0.75 * s.level)
                    p.paragraph_format.first_line_indent = Cm(-0.75)
                    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            i = j
        elif b.kind == "table":
            rows = _table_rows(b.text)
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            i += 1
        else:
            p = document.add_paragraph(b.text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if b.kind == "ref":
                p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(1.25), Cm(-1.25)
            else:
                p.paragraph_format.first_line_indent = Cm(1.25)
            i += 1
    document.core_properties.title = ""
    document.save(str(path))


def render_pasted(title: str, blocks: list[Src], path: Path) -> None:
    """The skripsi layout's PDF copied out of a PDF viewer and pasted into Word: every line its own paragraph."""
    pdf_path = path.with_suffix(".pdf")
    render_pdf(title, blocks, pdf_path, "skripsi")
    pasted.pasted_docx(pdf_path, path)
    pdf_path.unlink()


# --- comparing -----------------------------------------------------------------------------------------------------

def squeeze(text: str) -> str:
    """A passage's text without white space, note marks and soft hyphens: what must be the same in every layout."""
    text = re.sub(f"[{_SUPER}\u00ad]", "", text)
    return "".join(text.split())


def passages(path: Path, rel: str) -> list[str]:
    from telusur.chunking import chunk_document
    from telusur.documents import read_document

    return [c.text for c in sorted(chunk_document(read_document(path, rel)), key=lambda c: c.start)]


def tuning_texts() -> dict[str, list[dict]]:
    plan = halves.half_questions()["tuning"]
    docs = [d for d in plan["docs"] if d.endswith((".md", ".txt"))]
    return {d: [q for q in plan["questions"] if q["doc"] == d] for d in docs}


def suffix(layout: str) -> str:
    """The file suffix of a layout's rendered documents."""
    if layout.startswith(("lo-html", "lo-txt")):
        return "." + layout.split("-")[1]
    return ".docx" if layout.startswith(("docx", "lo-odt")) else ".pdf"


def soffice(files: list[Path], target: str, outdir: Path, profile: Path) -> None:
    """One LibreOffice process (headless, a profile of its own) converting files to target into outdir."""
    import shutil
    import subprocess

    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        raise SystemExit("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    subprocess.run([program, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--convert-to",
                    target, "--outdir", str(outdir)] + [str(f) for f in files], check=True, capture_output=True,
                   timeout=600)


def render_libreoffice(sources: dict, folder: Path, layout: str, profile: Path) -> None:
    """The layout's DOCX (docx-styles or docx-manual) of every document, converted by LibreOffice into folder."""
    import tempfile

    kind, source = layout.split("-")[1], "docx-" + layout.split("-")[2]
    with tempfile.TemporaryDirectory(dir=folder.parent) as tmp:
        work = Path(tmp)
        files = []
        for d, (title, blocks) in sources.items():
            files.append(work / (Path(d).stem + ".docx"))
            render_docx(title, blocks, files[-1], source)
        if kind == "odt":  # saved as .odt, and that saved again as .docx
            (work / "odt").mkdir()
            soffice(files, "odt", work / "odt", profile)
            soffice(sorted((work / "odt").glob("*.odt")), "docx:MS Word 2007 XML", folder, profile)
        else:
            soffice(files, kind, folder, profile)
        for d in sources:
            if not (folder / (Path(d).stem + suffix(layout))).exists():
                raise SystemExit(f"LibreOffice wrote no {layout} file for {d}")


def render_all(docs: list[str], layouts: list[str], cache: Path) -> dict[str, float]:
    """Write every document in every layout under cache/<layout>/corpus; seconds per layout."""
    seconds = {}
    sources = {d: source_blocks(TEXTS / d, Path(d).name) for d in docs}
    for layout in layouts:
        folder = cache / layout / "corpus"
        folder.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        if layout.startswith("lo-"):
            render_libreoffice(sources, folder, layout, cache / "lo-profile")
            seconds[layout] = time.perf_counter() - t0
            continue
        for d, (title, blocks) in sources.items():
            out = folder / (Path(d).stem + suffix(layout))
            try:
                if layout == "docx-pasted":
                    render_pasted(title, blocks, out)
                elif layout.startswith("docx"):
                    render_docx(title, blocks, out, layout)
                else:
                    render_pdf(title, blocks, out, layout)
            except Exception as e:  # reportlab's LayoutError: a table wider or taller than a page can hold
                out.unlink(missing_ok=True)
                print(f"# {layout}: {d} not rendered ({type(e).__name__}: a table no page holds)", flush=True)
        seconds[layout] = time.perf_counter() - t0
    return seconds


def compare_passages(docs: list[str], layout: str, cache: Path, show: bool) -> tuple[int, int]:
    same = total = 0
    for d in docs:
        rendered_path = cache / layout / "corpus" / (Path(d).stem + suffix(layout))
        if not rendered_path.exists():
            continue  # not rendered (render_all said why)
        original = passages(TEXTS / d, Path(d).name)
        rendered = passages(rendered_path, rendered_path.name)
        have = {squeeze(p) for p in rendered}
        for p in original:
            total += 1
            if squeeze(p) in have:
                same += 1
            elif show:
                print(f"\n--- {d}\n" + difference(p, rendered))
    return same, total


def difference(passage: str, rendered: list[str]) -> str:
    """The text's passage and the rendered passage nearest to it, around where they first differ."""
    key = squeeze(passage)
    near = max(rendered, key=lambda r: difflib.SequenceMatcher(None, key[:200], squeeze(r)[:200]).ratio(), default="")
    other = squeeze(near)
    at = next((i for i, (a, b) in enumerate(zip(key, other)) if a != b), min(len(key), len(other)))
    return (f"  text     ({len(key)}): …{key[max(0, at - 80):at]}⟦{key[at:at + 80]}\n"
            f"  rendered ({len(other)}): …{other[max(0, at - 80):at]}⟦{other[at:at + 80]}")


def shared_cache_index(folder: Path, cache: Path) -> Path:
    """The layout's index folder, its embedding cache the one all layouts share (halves.shared_vectors)."""
    return folder / "index"


def unmarked(text: str) -> str:
    """halves.py's fold of a text with its note marks left out: the footnotes layout sets a mark after a sentence,
    which the text never had, and which would split an evidence string running over that sentence's end."""
    return halves.reader_fold(re.sub(f"[{_SUPER}]+", "", text))


def ask_layout(questions: list[dict], corpus: Path, index: Path) -> list[dict]:
    """halves.py's records (rank of the first passage with the evidence, evidence in the answer), note marks aside."""
    engine, _ = halves.open_engine(corpus, index)
    records = []
    for q in questions:
        evidence = unmarked(q["evidence"])
        answer = engine.ask(q["question"], [], k=10)
        ranks = [p.rank for p in answer.passages if evidence in unmarked(p.text)]
        records.append({"question": q["question"], "doc": q["doc"], "declined": answer.abstained,
                        "rank": None if answer.abstained or not ranks else ranks[0],
                        "in_answer": not answer.abstained and evidence in unmarked(answer.answer)})
    return records


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--layouts", default=",".join(LAYOUTS))
    parser.add_argument("--no-ask", action="store_true", help="passages only, no index and no questions")
    parser.add_argument("--show", default=None, help="print the passages a layout reads differently")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    layouts = [x for x in args.layouts.split(",") if x]
    unknown = set(layouts) - set(LAYOUTS)
    if unknown:
        parser.error(f"unknown layouts: {', '.join(sorted(unknown))}; known: {', '.join(LAYOUTS)}")
    if not TEXTS.is_dir():
        print(f"{TEXTS} is not beside the repository: nothing to render", file=sys.stderr)
        return 1
    print(f"# {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}, load {os.getloadavg()[0]:.1f}", file=sys.stderr)
    plan = tuning_texts()
    docs = sorted(plan)
    questions = [q for d in docs for q in plan[d]]
    print(f"# {len(docs)} tuning .md/.txt texts, {len(questions)} questions", file=sys.stderr)
    render_seconds = render_all(docs, layouts, args.cache)
    rows = {}
    if not args.no_ask:
        corpus = halves.half_corpus(args.cache / "text", docs)
        rows["text"] = {"records": ask_layout(questions, corpus, shared_cache_index(args.cache / "text", args.cache))}
    for layout in layouts:
        same, total = compare_passages(docs, layout, args.cache, args.show == layout)
        row = {"passages_same": same, "passages": total, "render_s": render_seconds[layout]}
        if not args.no_ask:
            folder = args.cache / layout
            row["records"] = ask_layout(questions, folder / "corpus", shared_cache_index(folder, args.cache))
        rows[layout] = row
    print_table(rows, layouts, args.json)
    return 0


def print_table(rows: dict, layouts: list[str], as_json: bool) -> None:
    def scores(records):
        n = len(records)
        return {"n": n, "top": sum(r["rank"] == 1 for r in records),
                "top3": sum(r["rank"] is not None and r["rank"] <= 3 for r in records),
                "answer": sum(r["in_answer"] for r in records), "declined": sum(r["declined"] for r in records)}

    base = {r["question"]: r for r in rows.get("text", {}).get("records", [])}
    out = {}
    print("| layout | passages identical | evidence first passage | in top 3 | in answer | declined | "
          "questions lost (first passage) | gained |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    if base:
        s = scores(list(base.values()))
        out["text"] = s
        print(f"| text (.md/.txt) | - | {s['top']}/{s['n']} | {s['top3']}/{s['n']} | {s['answer']}/{s['n']} | "
              f"{s['declined']} | - | - |")
    for layout in layouts:
        row = rows[layout]
        cells = f"{row['passages_same']}/{row['passages']} ({row['passages_same'] / max(row['passages'], 1):.3f})"
        if "records" in row:
            s = scores(row["records"])
            lost = [r["question"] for r in row["records"] if base[r["question"]]["rank"] == 1 and r["rank"] != 1]
            gained = [r["question"] for r in row["records"] if base[r["question"]]["rank"] != 1 and r["rank"] == 1]
            s.update(lost=lost, gained=gained, passages_same=row["passages_same"], passages=row["passages"])
            out[layout] = s
            print(f"| {layout} | {cells} | {s['top']}/{s['n']} | {s['top3']}/{s['n']} | {s['answer']}/{s['n']} | "
                  f"{s['declined']} | {len(lost)} | {len(gained)} |")
        else:
            out[layout] = {"passages_same": row["passages_same"], "passages": row["passages"]}
            print(f"| {layout} | {cells} | | | | | | |")
    for layout in layouts:
        for q in out[layout].get("lost", []):
            print(f"  {layout}: lost  {q}", file=sys.stderr)
    if as_json:
        print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    raise SystemExit(main())
