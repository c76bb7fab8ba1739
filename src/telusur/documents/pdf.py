"""PDF reader: the text layer page by page (pypdfium2), with running headers, footers and page numbers removed,
hyphenated words joined, lines re-flowed into paragraphs, list items, headings and footnotes as blocks."""

from __future__ import annotations

import ctypes
import dataclasses
import functools
import hashlib
import math
import re
import statistics
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from telusur.documents import structure
from telusur.documents.model import Document, DocumentBuilder
from telusur.errors import CorpusError
from telusur.indonesian import is_known_word

_PDFIUM_LOCK = threading.Lock()
NO_TEXT_LAYER = "hlm. {page}: tidak ada lapisan teks; jalankan OCR dulu"
UNREADABLE_TEXT = "hlm. {page}: teksnya tidak terbaca (huruf tanpa peta Unicode); jalankan OCR dulu"
BROKEN_PAGE = "hlm. {page}: halaman rusak dan tidak terbaca; ekspor ulang PDF-nya"

_SPACE_CHARS = {"\r", "\n"}
_SOFT_HYPHEN = "\xad"  # a hyphen the layout program may drop: always joined
# PDFium joins a line ending in "-" with the next one and marks the hyphen so; the lines are kept apart here
# and join_lines decides whether the hyphen stays.
_PDFIUM_HYPHENS = {"\x02", "\ufffe"}
_TERMINAL = (".", "!", "?", ":", "”", '"', "’")
# "12", "- 12 -", "Halaman 3", "hlm. 3", "3 dari 10", "iv": a bare page number in the top or bottom margin.
_PAGE_NUMBER = re.compile(
    r"^[-–—]?\s*(?:(?:halaman|hlm|hal|page)\.?\s*)?(?:\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
    r"(?:\s*(?:/|dari|of)\s*\d{1,4})?\s*[-–—]?$",
    re.I,
)
_CHAPTER = re.compile(r"^(?:BAB|Bab|CHAPTER|Chapter)\s+(?:[IVXLC]+|\d{1,2})\b")
_SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S")  # "2.1 Judul", "2.1.3. Judul"
_LETTER_SECTION = re.compile(r"^([A-Z](?:\.\s?\d{1,2})*)\.\s+\S")  # "A. Landasan Teori", "A.1. Sejarah"
_ROMAN_SECTION = re.compile(r"^[IVX]{1,5}\.\s+\S")
_BULLETS = set("•●▪■◦○➢►▸‣∙·-–*o") | {chr(c) for c in range(0xF000, 0xF100)}
_FOOTNOTE_START = re.compile(r"^(?:\d{1,3}|[*†‡]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\S")
# A table-of-contents line: a dot leader then a page number ("2.1 Landasan Teori ........ 12").
_TOC_LINE = re.compile(r"(?:(?:\.\s?){4,}|…{2,}|_{4,})\s*(?:\d{1,4}|[ivxlc]{1,6})$", re.I)
_HYPHEN_KEEP_PREFIXES = {"non", "e", "anti", "pasca", "semi"}


@dataclass
class Line:
    """One line of a page's text layer, with its box (points from the page's top-left) and its font."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    bold: float  # share of the line's characters in a bold font
    gap: float  # widest blank between two neighbouring characters (wide in a table row)
    text_x: float  # where the second word starts (a list item's text after its marker)
    bold_rest: float  # share of bold characters after the first word ("A.1. **Sejarah**")
    beside: bool = False  # another line stands beside it at the same height: a table row or columns


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    warning: str = ""  # why a page gives no text: a scan, unreadable glyphs, a damaged page
    footnotes: list[Line] = field(default_factory=list)


# ---------------------------------------------------------------- reading the text layer


def read(raw: bytes, rel: str) -> Document:
    """A PDF file's bytes -> Document; CorpusError when it cannot be indexed (encrypted, damaged, no text)."""
    pages, (meta_title, typeset) = _read_pages(raw, rel)
    warnings = [p.warning for p in pages if p.warning]
    if not any(p.lines for p in pages):
        raise CorpusError(f"{rel}: PDF ini tidak punya lapisan teks (hasil pindaian?); "
                          "jalankan OCR dulu (misalnya ocrmypdf) lalu taruh hasilnya di folder korpus")
    body_size = _body_size(pages)
    _drop_running_lines(pages)
    for page in pages:
        _split_footnotes(page, body_size)
    builder = DocumentBuilder()
    _Layout(builder, body_size, pages, typeset).run()
    doc = builder.build(rel, meta_title, hashlib.sha256(raw).hexdigest(), "pdf", pages=len(pages),
                        warnings=tuple(warnings))
    if meta_title:
        return doc
    heading = next((doc.block_text(b) for b in doc.blocks if b.kind == "heading"), "")
    return dataclasses.replace(doc, title=heading[:120] or PurePosixPath(rel).stem)


def _read_pages(raw: bytes, rel: str) -> tuple[list[Page], tuple[str, bool]]:
    with _PDFIUM_LOCK:  # PDFium is not thread-safe (uploads may be read while the server answers)
        return _read_pages_unlocked(raw, rel)


def _read_pages_unlocked(raw: bytes, rel: str) -> tuple[list[Page], tuple[str, bool]]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        raise CorpusError(_open_error(rel, str(exc))) from None
    try:
        pages = []
        for i in range(len(pdf)):
            try:
                page = pdf[i]
            except pdfium.PdfiumError:
                pages.append(Page(i + 1, 0, 0, [], BROKEN_PAGE.format(page=i + 1)))
                continue
            try:
                pages.append(_read_page(page, i + 1))
            finally:
                page.close()
        return pages, (_meta_title(pdf), _typeset_by_tex(pdf))
    finally:
        pdf.close()


def _open_error(rel: str, message: str) -> str:
    if "password" in message.lower() or "security" in message.lower():
        return (f"{rel}: PDF terkunci kata sandi atau terenkripsi; buka kuncinya (cetak/simpan ulang sebagai PDF "
                "tanpa kata sandi) lalu taruh lagi di folder korpus")
    return f"{rel}: berkas PDF rusak atau terpotong; unduh atau ekspor ulang PDF-nya lalu taruh lagi di folder korpus"


def _typeset_by_tex(pdf) -> bool:
    """TeX hyphenates words by itself: there a hyphen at a line end is the typesetter's, not the author's."""
    try:
        made_by = f"{pdf.get_metadata_value('Producer')} {pdf.get_metadata_value('Creator')}".lower()
    except Exception:  # a broken Info dictionary is no reason to skip the file
        return False
    return "tex" in made_by


def _meta_title(pdf) -> str:
    try:
        title = " ".join((pdf.get_metadata_value("Title") or "").split())
    except Exception:  # a broken Info dictionary is no reason to skip the file
        return ""
    low = title.lower()
    if not title or low in {"untitled", "judul", "title"} or low.startswith("microsoft word") or \
            re.search(r"\.(docx?|pdf|odt|rtf|tex)$", low):
        return ""
    return title


def _read_page(page, number: int) -> Page:
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        lines = _page_lines(pdfium_c, textpage, number, width, height)
    finally:
        textpage.close()
    glyphs = "".join(line.text for line in lines).replace(" ", "")
    if glyphs and sum(_unreadable(c) for c in glyphs) > 0.3 * len(glyphs):
        return Page(number, width, height, [], UNREADABLE_TEXT.format(page=number))
    if not lines and any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3)):
        return Page(number, width, height, [], NO_TEXT_LAYER.format(page=number))
    return Page(number, width, height, lines)


def _unreadable(ch: str) -> bool:
    """A glyph PDFium could not map to a character: control codes, private use, the replacement character."""
    code = ord(ch)
    return code < 32 or 0xE000 <= code <= 0xF8FF or code == 0xFFFD


def _page_lines(pdfium_c, textpage, number: int, width: float, height: float) -> list[Line]:
    """Walk the page's characters in PDFium's reading order; PDFium marks line ends with generated CR/LF."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    fonts: dict[int, bool] = {}
    lines: list[Line] = []
    chars: list[str] = []
    boxes: list[tuple[float, float, float, float, float, float, bool]] = []
    second_word: list[int] = []  # index in boxes of the first glyph after a space

    def close_line():
        _drop_note_references(chars, boxes)
        text = "".join(c for c in chars if c).strip()
        if text and boxes:
            sizes = sorted(b[5] for b in boxes)
            gaps = [b[0] - a[1] for a, b in zip(boxes, boxes[1:])]
            rest = second_word[0] if second_word and second_word[0] < len(boxes) else 0
            text_x = boxes[rest][0]
            lines.append(Line(number, text, min(b[0] for b in boxes), max(b[1] for b in boxes),
                              min(b[2] for b in boxes), max(b[3] for b in boxes),
                              statistics.median(b[4] for b in boxes), sizes[len(sizes) // 2],
                              sum(b[6] for b in boxes) / len(boxes), max(gaps, default=0.0), text_x,
                              sum(b[6] for b in boxes[rest:]) / (len(boxes) - rest)))
        chars.clear()
        boxes.clear()
        second_word.clear()

    textpage = textpage.raw  # the bare ctypes handle: thousands of calls a page
    get_unicode, get_box, get_size = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetCharBox, \
        pdfium_c.FPDFText_GetFontSize
    word_start = True
    for i in range(pdfium_c.FPDFText_CountChars(textpage)):
        ch = chr(get_unicode(textpage, i))
        if ch in _SPACE_CHARS:
            close_line()
            word_start = True
            continue
        line_end_hyphen = ch in _PDFIUM_HYPHENS
        if line_end_hyphen:
            ch = "-"
        if ch.isspace() or ch == _SOFT_HYPHEN or ch == "\x00":
            chars.append(_SOFT_HYPHEN if ch == _SOFT_HYPHEN else " ")
            if ch != _SOFT_HYPHEN and boxes and not second_word:
                second_word.append(len(boxes))
            word_start = True
            continue
        get_box(textpage, i, left, right, bottom, top)
        if word_start:  # baseline and weight once a word: a word rarely changes font half-way
            pdfium_c.FPDFText_GetCharOrigin(textpage, i, ox, oy)
            bold = _is_bold(pdfium_c, textpage, i, fonts)
            word_start = False
        chars.append(ch)
        boxes.append((left.value, right.value, height - top.value, height - bottom.value, height - oy.value,
                      get_size(textpage, i), bold))
        if line_end_hyphen:
            close_line()
            word_start = True
    close_line()
    _mark_side_by_side(lines, width)
    return lines


def _drop_note_references(chars: list[str], boxes: list[tuple]) -> None:
    """Blank out footnote references: small raised digits or marks right after a word ("kekerasan.¹")."""
    if len(boxes) < 4:
        return
    sizes = sorted(b[5] for b in boxes)
    size = sizes[len(sizes) // 2]
    bottoms = sorted(b[3] for b in boxes)
    floor = bottoms[len(bottoms) // 2]
    glyph = -1
    for i, ch in enumerate(chars):
        if ch in (" ", _SOFT_HYPHEN):
            continue
        glyph += 1
        box = boxes[glyph]
        if (ch.isdigit() or ch in "*†‡") and box[5] <= 0.75 * size and box[3] < floor - 0.2 * size and \
                i > 0 and chars[i - 1] not in (" ", ""):
            chars[i] = ""


def _mark_side_by_side(lines: list[Line], page_width: float) -> None:
    """Lines with a short line beside them at about the same height are table cells, not headings."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    for i, a in enumerate(ordered):
        reach = a.bottom + 0.5 * (a.bottom - a.top)  # a cell may sit half a line lower than its neighbour
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            if b.top >= reach:
                break
            apart = b.x0 >= a.x1 or a.x0 >= b.x1
            if apart and min(a.x1 - a.x0, b.x1 - b.x0) < 0.3 * page_width:
                a.beside = b.beside = True


def _is_bold(pdfium_c, textpage, index: int, cache: dict[int, bool]) -> bool:
    obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
    key = ctypes.cast(obj, ctypes.c_void_p).value or 0
    if key not in cache:
        font = pdfium_c.FPDFTextObj_GetFont(obj) if key else None
        bold = False
        if font:
            weight = pdfium_c.FPDFFont_GetWeight(font)
            buf = ctypes.create_string_buffer(128)
            pdfium_c.FPDFFont_GetBaseFontName(font, buf, 128)
            name = buf.value.decode("latin-1", "replace").lower()
            bold = weight >= 600 or "bold" in name or "black" in name or "heavy" in name or \
                bool(pdfium_c.FPDFFont_GetFlags(font) & (1 << 18))
        cache[key] = bold
    return cache[key]


# ---------------------------------------------------------------- page furniture: headers, footers, footnotes


def _body_size(pages: list[Page]) -> float:
    sizes = Counter()
    for page in pages:
        for line in page.lines:
            sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 12.0


def _norm(text: str) -> str:
    return " ".join(re.sub(r"\d+", "#", text.lower()).split())


def _drop_running_lines(pages: list[Page], window: int = 3) -> None:
    """Remove lines repeated at the same place in the top or bottom margin of several pages (running headers and
    footers; digits may differ), and bare page numbers in the margins."""
    with_text = [p for p in pages if p.lines]
    places: dict[tuple[str, str], list[float]] = {}
    for page in with_text:
        ordered = sorted(page.lines, key=lambda ln: ln.top)
        for zone, lines in (("top", ordered[:window]), ("bottom", ordered[-window:])):
            for line in lines:
                places.setdefault((zone, _norm(line.text)), []).append(line.top)
    # Every page of a short document; in a long one a few pages suffice (a chapter's own header).
    need = len(with_text) if len(with_text) <= 2 else max(2, min(math.ceil(0.3 * len(with_text)), 4))
    repeated = {}
    for key, tops in places.items():
        middle = statistics.median(tops)
        if len(with_text) >= 2 and len(key[1]) <= 150 and sum(abs(t - middle) <= 6 for t in tops) >= need:
            repeated[key] = middle

    def furniture(line: Line, zone: str, page: Page) -> bool:
        middle = repeated.get((zone, _norm(line.text)))
        if middle is not None and abs(line.top - middle) <= 6:
            return True
        in_margin = line.bottom < page.height * 0.2 if zone == "top" else line.top > page.height * 0.8
        return in_margin and bool(_PAGE_NUMBER.match(line.text))

    for page in with_text:
        for zone, pick in (("top", min), ("bottom", max)):
            for _ in range(window):
                line = pick(page.lines, key=lambda ln: ln.top, default=None)
                if line is None or not furniture(line, zone, page):
                    break
                page.lines.remove(line)


def _split_footnotes(page: Page, body_size: float) -> None:
    """Lines in a smaller font at the foot of the page, under the body text, are its footnotes."""
    ordered = sorted(page.lines, key=lambda ln: ln.top)
    k = len(ordered)
    while k > 0 and ordered[k - 1].size <= body_size * 0.86 and ordered[k - 1].top > page.height * 0.55:
        k -= 1
    if k == len(ordered) or k == 0 or not _FOOTNOTE_START.match(ordered[k].text):
        return
    notes = ordered[k:]
    page.footnotes = notes
    page.lines = [ln for ln in page.lines if not any(ln is note for note in notes)]


# ---------------------------------------------------------------- lines -> blocks


@dataclass
class _Open:
    kind: str
    lines: list[Line]
    marker: str = ""
    level: int = 0
    first_text: str = ""
    title_break: bool = False  # an item's short title line, then its text on the lines under it

    @property
    def last(self) -> Line:
        return self.lines[-1]


class _Layout:
    """Re-flows the pages' lines into heading, paragraph, item and footnote blocks, in reading order."""

    def __init__(self, builder: DocumentBuilder, body_size: float, pages: list[Page], typeset: bool = False):
        self.builder, self.body_size, self.pages, self.typeset = builder, body_size, pages, typeset
        self.pitch = _line_pitch(pages, body_size)
        self.open: _Open | None = None
        self.pending_footnotes: list[tuple[int, str]] = []
        self.marker_x: list[float] = []
        self.in_references = False  # under "Daftar Pustaka": entries with hanging indents
        self.lettered_level = 0  # level of the last "BAB II" / "A." / "A.1." / "IV." heading
        # Unnumbered headings: the largest font is level 1, the next level 2, ...
        sizes = sorted({round(ln.size * 2) / 2 for p in pages for ln in p.lines
                        if ln.size >= body_size * 1.12 or ln.bold >= 0.85}, reverse=True)
        self.size_levels = {size: min(level, 6) for level, size in enumerate(sizes, 1)}
        self.words = {w.lower() for p in pages for ln in p.lines for w in re.findall(r"\w+", ln.text)}

    def run(self) -> None:
        for page in self.pages:
            if not page.lines:
                continue
            left, right = _margins(page)
            self.page_left = min(ln.x0 for ln in page.lines)  # reference entries start at the page's left edge
            for line in page.lines:
                self.line(line, left, right)
            self.pending_footnotes.extend((page.number, t) for t in _footnote_texts(page.footnotes, self.words, self.typeset))
        self.flush()
        self.flush_footnotes(None)

    def line(self, line: Line, left: float, right: float) -> None:
        if _TOC_LINE.search(line.text):
            return  # the table of contents points at pages; it answers nothing
        cur = self.open
        level = self.heading_level(line)
        if level and cur and cur.kind != "heading" and self.mid_sentence(cur, line):
            level = 0  # a bold title quoted inside a paragraph
        if level:
            if cur and cur.kind == "heading" and self.heading_continues(cur, line, level):
                cur.lines.append(line)
                self.in_references = structure.is_reference_heading(" ".join(ln.text for ln in cur.lines))
                return
            self.flush()
            self.open = _Open("heading", [line], level=level)
            if _CHAPTER.match(line.text) or _LETTER_SECTION.match(line.text) or _ROMAN_SECTION.match(line.text):
                self.lettered_level = level
            self.marker_x.clear()
            self.in_references = structure.is_reference_heading(line.text)
            return
        if self.in_references:
            if cur and cur.kind == "reference" and (line.x0 > self.page_left + 8 or line.page != cur.last.page
                                                    and not cur.last.text.rstrip().endswith(_TERMINAL)):
                cur.lines.append(line)
            else:
                self.flush()
                self.open = _Open("reference", [line])
            return
        marker, rest = _item_start(line.text)
        if marker and self.starts_item(cur, line, right):
            self.flush()
            self.open = _Open("item", [line], marker=marker, level=self.item_level(line), first_text=rest)
            return
        if cur and cur.kind == "paragraph" and self.cell_fragments(cur, line):
            cur.lines.append(line)
            return
        if cur and cur.kind in ("paragraph", "item") and self.continues(cur, line, left, right):
            cur.lines.append(line)
            return
        self.flush()
        self.open = _Open("paragraph", [line])

    # -- headings

    def heading_level(self, line: Line) -> int:
        text = line.text
        first_alpha = next((c for c in text if c.isalpha()), "")
        if len(text) > 120 or text.endswith((".", ",", ";", ":")) and not _CHAPTER.match(text) or \
                not first_alpha.isupper() or text[0] in "“\"‘'(" or line.gap > line.size * 2.5 or line.beside:
            return 0
        if _CHAPTER.match(text) or structure.is_reference_heading(text):
            return 1
        numbered = _SECTION_NUMBER.match(text)
        bold = line.bold_rest if _SECTION_NUMBER.match(text) or _LETTER_SECTION.match(text) or \
            _item_start(text)[0] else line.bold
        styled = bold >= 0.85 or line.size >= self.body_size * 1.12
        if numbered and len(text) <= 90 and (styled or text[numbered.end() - 1].isupper()):
            return min(numbered.group(1).count(".") + 1, 6)
        if not styled or len(text) > 90:
            return 0
        letter = _LETTER_SECTION.match(text)
        if letter:
            return 2 + letter.group(1).count(".")
        if _ROMAN_SECTION.match(text):
            return 2
        marker, _ = _item_start(text)
        if marker or re.match(r"\d{1,2}\s+[A-Z]", text):
            # "1. Judul" under "A.8. …" (level 3) is level 4; with no lettered heading above, level 1
            return self.lettered_level + (2 if marker[:1].islower() else 1)
        return self.size_levels.get(round(line.size * 2) / 2, 2)

    def mid_sentence(self, cur: _Open, line: Line) -> bool:
        prev = cur.last
        return (line.page == prev.page and not prev.text.rstrip().endswith(_TERMINAL)
                and 0 < line.baseline - prev.baseline <= self.pitch * 1.3 + 1
                and not (_CHAPTER.match(line.text) or _SECTION_NUMBER.match(line.text)
                         or _LETTER_SECTION.match(line.text) or _item_start(line.text)[0]))

    def heading_continues(self, cur: _Open, line: Line, level: int) -> bool:
        """A heading wrapped over two lines, or "BAB II" over its title, is one heading."""
        last = cur.last
        if line.page != last.page or line.top - last.bottom > line.size * 2.5:
            return False
        text = line.text
        if _CHAPTER.match(text) or _SECTION_NUMBER.match(text) or _LETTER_SECTION.match(text) or _item_start(text)[0]:
            return False
        return abs(line.size - last.size) < 1 and (abs(line.bold - last.bold) < 0.2 or cur.level == 1)

    # -- list items

    def starts_item(self, cur: _Open | None, line: Line, right: float) -> bool:
        """A list marker at a line start opens an item unless the line carries on a sentence ("... 2014 :" / "474).")."""
        if cur is None or cur.kind in ("heading", "item"):
            return True
        prev = cur.last
        if prev.text.rstrip().endswith((".", ":", ";", "!", "?", "”")) or line.page != prev.page:
            return True
        return prev.x1 < right - 0.3 * (right - prev.x0) or line.baseline - prev.baseline > self.pitch * 1.3 + 1

    def item_level(self, line: Line) -> int:
        xs = [x for x in self.marker_x if abs(x - line.x0) > 6]
        self.marker_x = [x for x in xs if x < line.x0] + [line.x0]
        return len(self.marker_x) - 1

    # -- paragraphs

    def continues(self, cur: _Open, line: Line, left: float, right: float) -> bool:
        prev = cur.last
        prev_text = prev.text.rstrip()
        ends_sentence = prev_text.endswith(_TERMINAL)
        if line.page != prev.page:
            # Across a page break: a sentence left open continues; so does a line at the margin when this
            # paragraph's own first line was indented (the new paragraph would be indented too).
            if not ends_sentence or line.text[:1].islower():
                return True
            return cur.kind == "paragraph" and len(cur.lines) > 1 and \
                cur.lines[0].x0 > cur.lines[1].x0 + 8 and line.x0 <= left + 4
        if abs(line.size - prev.size) > 1.5:
            return False
        pitch = line.baseline - prev.baseline
        if pitch <= 0 or pitch > self.pitch * 1.3 + 1:
            return False
        if cur.kind == "item" and (line.x0 < cur.lines[0].x0 - 4 or line.x0 > cur.lines[0].text_x + 8):
            return False  # back left of the marker, or a first-line indent: the item has ended
        width = max(right - left, 1.0)
        if cur.kind == "item" and len(cur.lines) == 1 and prev.x1 < right - 0.4 * width and \
                not prev_text.endswith((".", "!", "?", ";", ":")):
            cur.title_break = True  # "1. Russefendi (1988 : 23)" over its text: one item, the title on its own line
            return True
        indented = line.x0 > prev.x0 + 8 and line.x0 > left + 8
        if ends_sentence and (indented or prev.x1 < right - 0.12 * width):
            return False
        if prev.x1 < right - 0.4 * width and (line.text[:1].isupper() or ends_sentence):
            return False
        return True

    def cell_fragments(self, cur: _Open, line: Line) -> bool:
        """Table cells of a word or three ("Lemari Arsip", "Beroda") go with the next cell of their row."""
        prev = cur.last
        return (line.beside and line.page == prev.page and abs(line.top - prev.top) <= 3 * self.pitch
                and all(ln.beside and len(ln.text.split()) <= 3 and not ln.text.endswith(_TERMINAL)
                        for ln in cur.lines))

    # -- output

    def flush(self) -> None:
        cur, self.open = self.open, None
        if cur is None:
            return
        first, last = cur.lines[0].page, cur.lines[-1].page
        texts = [cur.first_text or cur.lines[0].text] + [ln.text for ln in cur.lines[1:]]
        if cur.title_break:
            text = texts[0] + "\n" + join_lines(texts[1:], self.words, self.typeset)
        else:
            text = join_lines(texts, self.words, self.typeset)
        if cur.kind == "heading":
            self.builder.heading(text, cur.level, first, last)
        else:
            self.builder.add(cur.kind, text, level=cur.level if cur.kind == "item" else 0, marker=cur.marker,
                             first_page=first, last_page=last)
        self.flush_footnotes(last)

    def flush_footnotes(self, page: int | None) -> None:
        keep = []
        for number, text in self.pending_footnotes:
            if page is None or number <= page:
                self.builder.add("footnote", text, first_page=number)
            else:
                keep.append((number, text))
        self.pending_footnotes = keep


def _line_pitch(pages: list[Page], body_size: float) -> float:
    pitches = []
    for page in pages:
        for a, b in zip(page.lines, page.lines[1:]):
            d = b.baseline - a.baseline
            if abs(a.size - body_size) < 1 and abs(b.size - body_size) < 1 and 0.8 * body_size < d < 3 * body_size:
                pitches.append(d)
    return statistics.median(pitches) if pitches else body_size * 1.2


def _margins(page: Page) -> tuple[float, float]:
    """The body text's left edge (most common line start) and right edge (the 90th-percentile line end)."""
    starts = Counter(round(ln.x0) for ln in page.lines)
    left = min(x for x, n in starts.items() if n == max(starts.values()))
    ends = sorted(ln.x1 for ln in page.lines)
    right = ends[int(0.9 * (len(ends) - 1))]
    return float(left), right


def _item_start(text: str) -> tuple[str, str]:
    """("1.", rest) for a list line, ("•", rest) for a bullet glyph, or ("", text)."""
    if len(text) > 2 and text[0] in _BULLETS and text[1] == " " and text[2:].strip():
        return "•", text[2:].strip()
    marker = structure.list_marker(text)
    if not marker:
        return "", text
    m = structure.LIST_MARKER.match(text)
    rest = text[m.end():].strip()
    if rest[:1] in ".,;:)":
        return "", text  # "474). Demikian": a number closing a citation, not a list
    if not rest or marker in ("-", "*", "·"):
        return ("•", rest) if rest and marker != "-" else ("", text)
    return marker, rest


def _footnote_texts(lines: list[Line], words: set[str], typeset: bool) -> list[str]:
    notes: list[list[str]] = []
    left = min((ln.x0 for ln in lines), default=0)
    for line in lines:
        if not notes or (_FOOTNOTE_START.match(line.text) and line.x0 <= left + 2):
            notes.append([line.text])
        else:
            notes[-1].append(line.text)
    return [join_lines(n, words, typeset) for n in notes]


def join_lines(lines: list[str], words: set[str] = frozenset(), typeset: bool = False) -> str:
    """Join wrapped lines into one string. A word the layout program hyphenated is joined ("menggu-" "nakan");
    a hyphen the author wrote stays ("murid-" "murid", "meng-" "upload"). words: the document's own words;
    typeset: made by TeX, which hyphenates by itself."""
    out = ""
    for raw_line in lines:
        line = " ".join(raw_line.split())
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith(_SOFT_HYPHEN):
            out = out[:-1] + line
        elif out.endswith("-") and len(out) > 1 and out[-2].isalpha():
            out = out[:-1] + line if _drop_hyphen(out[:-1], line, words, typeset) else out + line
        else:
            out = f"{out} {line}"
    return out.replace(_SOFT_HYPHEN, "")


def _drop_hyphen(before: str, after: str, words: set[str], typeset: bool = False) -> bool:
    """True when the two halves make one word: it appears whole elsewhere in the document, Sastrawi finds an
    Indonesian root in it, or TeX broke it. Reduplications, prefixes kept apart and loan words keep the hyphen."""
    left = re.findall(r"[\w-]+$", before)
    right = re.findall(r"^\w+", after)
    if not left or not right:
        return False
    w1, w2 = left[0].lower(), right[0].lower()
    capitals = left[0].isupper() and right[0].isupper()  # "OP-" "TIONAL"
    if "-" in w1 or not w1.isalpha() or not w2.isalpha() or not (right[0][0].islower() or capitals):
        return False
    if w1 in _HYPHEN_KEEP_PREFIXES or w1 == w2 or w1.endswith(w2) or w2.endswith(w1):
        return False
    return typeset or w1 + w2 in words or is_known_word(w1 + w2)


