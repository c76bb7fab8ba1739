"""PDF reader: the text layer page by page (pypdfium2), with running headers, footers and page numbers removed
(the numbers the pages print kept for the blocks' locations), two-column pages read column by column, footnote
references left out, fonts that extract as gibberish read back when their codes are shifted by a constant and left
out otherwise, hyphenated words joined, lines re-flowed into paragraphs,
list items, headings and footnotes as blocks."""

from __future__ import annotations

import bisect
import ctypes
import dataclasses
import functools
import hashlib
import math
import os
import re
import statistics
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from telusur.documents import pdf_tables, structure
from telusur.documents.decode import BULLETS, CONTENTS_LINE, property_title, symbol_char
from telusur.documents.furniture import alike, furniture_key
from telusur.documents.model import (HONORIFICS, IBID, LOWERED, OP_CIT, RAISED, SUPERSCRIPTS, Document, DocumentBuilder, Location,
                                     without_note_mark)
from telusur.errors import CorpusError
from telusur.limits import MAX_PAGE_CHARS

_PDFIUM_LOCK = threading.Lock()


def _unlock_after_fork() -> None:
    """A reading worker (documents/guard.py) forked while another thread held the lock would wait for it forever."""
    global _PDFIUM_LOCK
    _PDFIUM_LOCK = threading.Lock()


os.register_at_fork(after_in_child=_unlock_after_fork)
NO_TEXT_LAYER = "hlm. {page}: tidak ada lapisan teks; jalankan OCR dulu"
UNREADABLE_TEXT = "hlm. {page}: teksnya tidak terbaca (huruf tanpa peta Unicode); jalankan OCR dulu"
GARBLED_TEXT = ("hlm. {pages}: {count} huruf dengan penyandian font rusak (terbaca sebagai huruf acak) dilewati; "
                "ekspor ulang PDF-nya dengan font tertanam atau jalankan OCR bila bagian itu dibutuhkan")
BROKEN_PAGE = "hlm. {page}: halaman rusak dan tidak terbaca; ekspor ulang PDF-nya"
TOO_MUCH_TEXT = "hlm. {page}: lebih dari {limit} karakter dalam satu halaman (batas per halaman); halaman dilewati"

_SPACE_CHARS = {"\r", "\n"}
_SOFT_HYPHEN = "\xad"  # a hyphen the layout program may drop: always joined
# PDFium joins a line ending in "-" with the next one and marks the hyphen so; the lines are kept apart here
# and join_lines decides whether the hyphen stays.
_PDFIUM_HYPHENS = {"\x02", "\ufffe"}
# A line ending in a name's initial or a title ("Prof. Dr. R.", "oleh H."): the stop closes no sentence
_INITIAL_END = re.compile(rf"(?:^|[\s.(])(?:[A-Z]|(?i:{HONORIFICS}|Hj|St|Tn|Ny|Sdr))\.$")


_ends_sentence = pdf_tables.ends_sentence  # a line closing its sentence, a note's mark after the stop aside
# "12", "- 12 -", "Halaman 3", "hlm. 3", "3 dari 10", "iv", "II-5" (chapter II, its page 5): a bare page number
# in the top or bottom margin.
_PAGE_NUMBER = re.compile(
    r"^[-–—]?\s*(?:(?:halaman|hlm|hal|page)\.?\s*)?"
    r"(?:(?:[IVX]{1,4}\s?[-–]\s?)?\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
    r"(?:\s*(?:/|dari|of)\s*\d{1,4})?\s*[-–—]?$",
    re.I,
)
_CHAPTER = re.compile(r"^(?:BAB|Bab|CHAPTER|Chapter)\s+(?:[IVXLC]+|\d{1,2})\b")
_SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S")  # "2.1 Judul", "2.1.3. Judul"
_LETTER_SECTION = re.compile(r"^([A-Z](?:\.\s?\d{1,2})*)\.\s+\S")  # "A. Landasan Teori", "A.1. Sejarah"
_ROMAN_SECTION = re.compile(r"^[IVX]{1,5}\.\s+\S")
_RUN_IN = re.compile(r"[a-z]{4}\.\s+[A-Z]")  # a sentence's stop inside the line, a word going on after it
_BULLETS = set("-–*o") | BULLETS | {chr(c) for c in range(0xF000, 0xF100)}
# A note's number at a line start ("2005, h. 9." is no note 200).
_FOOTNOTE_START = re.compile(rf"^(?:\d{{1,3}}(?![\d,:;)/\-])|[*†‡]|[{SUPERSCRIPTS}]+)\s*\S")
# A note that refers back to the one above it ("Ibid., hlm. 43.", "12 Op. cit., h. 50", "Loc. cit."): repeated at the
# foot of page after page with only its numbers changed, it reads like a running footer, but a footer never says it.
_NOTE_BACK = re.compile(rf"^(?:[#\d]{{1,3}}\s*)?(?:{IBID}|ib|{OP_CIT})\b", re.I)
# A continued table's or figure's caption, set where the rest of it stands ("Lanjutan Tabel 2", "Tabel 2 (lanjutan)"):
# a mark, not text; read into the sentence running over the page it cut it in two.
_CONTINUED_CAPTION = re.compile(
    r"^(?:lanjutan\s+(?:tabel|gambar|table)\s+[\dIVX]+(?:[.\-]\d+)*\.?"
    r"|(?:tabel|gambar|table)\s+[\dIVX]+(?:[.\-]\d+)*\.?\s*\(?(?:lanjutan|sambungan|continued|cont\.?)\)?\.?)$", re.I)


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
    column: int = 0  # on a two-column page: 1 left, 2 right; 0 full width or one column


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    warning: str = ""  # why a page gives no text: a scan, unreadable glyphs, a damaged page
    footnotes: list[Line] = field(default_factory=list)
    dropped: int = 0  # glyphs left out: a font whose encoding gives gibberish
    waiting: frozenset[str] = frozenset()  # garbled fonts left out with too few glyphs here to find their shift
    gutters: tuple[float, ...] = ()  # x between the columns of a page set in columns, left to right
    maybe_gutter: float | None = None  # a strip where a gutter would be, with too few rows beside it to tell alone
    open_strip: bool = False  # a strip no row crosses where a gutter would be, whatever stands beside it
    rows: list = field(default_factory=list)  # the glyph rows, kept while maybe_gutter waits for the document
    tables: list[pdf_tables.Table] = field(default_factory=list)  # ruled tables, their glyphs out of the rows
    lone_row: list[float] = field(default_factory=list)  # a grid of one row at the page's foot: its column rules

    @property
    def gutter(self) -> float | None:
        """The first gutter: a two-column page's only one."""
        return self.gutters[0] if self.gutters else None


# ---------------------------------------------------------------- reading the text layer


def read(raw: bytes, rel: str) -> Document:
    """A PDF file's bytes -> Document; CorpusError when it cannot be indexed (encrypted, damaged, no text)."""
    pages, (meta_title, typeset, labels) = _read_pages(raw, rel)
    warnings = [p.warning for p in pages if p.warning]
    garbled = [p for p in pages if p.dropped]
    if garbled:
        warnings.append(GARBLED_TEXT.format(pages=_page_ranges([p.number for p in garbled]),
                                            count=sum(p.dropped for p in garbled)))
    if not any(p.lines or p.tables for p in pages):
        raise CorpusError(f"{rel}: PDF ini tidak punya lapisan teks (hasil pindaian?); "
                          "jalankan OCR dulu (misalnya ocrmypdf) lalu taruh hasilnya di folder korpus")
    body_size = _body_size(pages)
    printed = printed_pages(pages, _drop_running_lines(pages), labels)
    for page in pages:
        _split_footnotes(page, body_size)
    builder = DocumentBuilder()
    _Layout(builder, body_size, pages, typeset).run()
    doc = structure.headings_as_items(structure.place_section_names(builder.build(
        rel, meta_title, hashlib.sha256(raw).hexdigest(), "pdf", pages=len(pages), warnings=tuple(warnings)),
        builder.placed))
    if printed:
        doc = dataclasses.replace(doc, blocks=tuple(dataclasses.replace(b, location=_with_printed(b.location, printed))
                                                    for b in doc.blocks))
    heading = next((doc.block_text(b) for b in doc.blocks if b.kind == "heading"), "")
    if meta_title and property_title(meta_title, heading) == meta_title:
        return doc
    return dataclasses.replace(doc, title=heading[:120] or PurePosixPath(rel).stem)


def _page_ranges(numbers: list[int]) -> str:
    """[2, 3, 4, 7] -> "2-4, 7"."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def _with_printed(location: Location, printed: dict[int, str]) -> Location:
    first, last = printed.get(location.first_page), printed.get(location.last_page or location.first_page)
    if first is None or last is None:
        return location
    return dataclasses.replace(location, first_printed=first, last_printed=last)


def _read_pages(raw: bytes, rel: str) -> tuple[list[Page], tuple[str, bool, list[str]]]:
    with _PDFIUM_LOCK:  # PDFium is not thread-safe (uploads may be read while the server answers)
        return _read_pages_unlocked(raw, rel)


def _read_pages_unlocked(raw: bytes, rel: str) -> tuple[list[Page], tuple[str, bool, list[str]]]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        raise CorpusError(_open_error(rel, str(exc))) from None
    try:
        pages, three_seen = [], False
        shifts: dict[str, int] = {}  # font -> the constant its codes are shifted by, found on a page (_shift_back)
        for i in range(len(pdf)):
            read = _read_page_at(pdf, i, _last_columns(pages), shifts)
            three_seen = three_seen or len(read.gutters) == 2
            pages.append(_rows_let_go(read, three_seen))
        for i, read in enumerate(pages):  # a page read before a later one found its font's shift reads it now
            precedes = _next_columns(read, pages[i + 1]) if i + 1 < len(pages) else []
            if read.waiting & shifts.keys() or precedes:
                pages[i] = _rows_let_go(_read_page_at(pdf, i, _last_columns(pages[:i]), shifts, precedes),
                                        three_seen)
        _short_columns(pages)
        return pages, (_meta_title(pdf), _typeset_by_tex(pdf), _page_labels(pdf))
    finally:
        pdf.close()


def _rows_let_go(read: Page, three_seen: bool) -> Page:
    """The page, its glyph rows kept only while the document may yet tell where its columns are."""
    if read.maybe_gutter is None and not read.open_strip and not three_seen:
        read.rows = []
    return read


def _next_columns(page: Page, after: Page) -> list[float]:
    """The column rules of the grid of one row at a page's foot when the next page opens with a table ruled at the
    same columns: a table's header row (or first row) set alone before the page broke, read as a row of it."""
    if not page.lone_row:
        return []
    grids = [t for t in after.tables if t.header is None]
    first = min(grids, key=lambda t: t.top) if grids else None
    if first is None or not pdf_tables.same_columns(first.columns, page.lone_row) or \
            any(len(ln.text) > 8 and ln.top < first.top for ln in after.lines):
        return []
    return page.lone_row


def _read_page_at(pdf, i: int, follows: list[float], shifts: dict[str, int], precedes: list[float] = ()) -> Page:
    import pypdfium2 as pdfium

    try:
        page = pdf[i]
    except pdfium.PdfiumError:
        return Page(i + 1, 0, 0, [], BROKEN_PAGE.format(page=i + 1))
    try:
        return _read_page(page, i + 1, follows, shifts, precedes)
    finally:
        page.close()


def _open_error(rel: str, message: str) -> str:
    if "password" in message.lower() or "security" in message.lower():
        return (f"{rel}: PDF terkunci kata sandi atau terenkripsi; buka kuncinya (cetak/simpan ulang sebagai PDF "
                "tanpa kata sandi) lalu taruh lagi di folder korpus")
    return f"{rel}: berkas PDF rusak atau terpotong; unduh atau ekspor ulang PDF-nya lalu taruh lagi di folder korpus"


def _page_labels(pdf) -> list[str]:
    """The PDF's /PageLabels ("i", "ii", "1", ...) as the pages print them; "" where a page has none."""
    try:
        return [" ".join((pdf.get_page_label(i) or "").split()) for i in range(len(pdf))]
    except Exception:  # a broken label tree is no reason to skip the file
        return [""] * len(pdf)


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


def _last_columns(pages: list[Page]) -> list[float]:
    """The column rules of the last page's lowest ruled table, where the next page's table may go on."""
    grids = [t for t in pages[-1].tables if t.header is None] if pages else []
    return max(grids, key=lambda t: t.bottom).columns if grids else []


def _read_page(page, number: int, follows: list[float] = (), shifts: dict[str, int] | None = None,
               precedes: list[float] = ()) -> Page:
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    textpage = page.get_textpage()
    if pdfium_c.FPDFText_CountChars(textpage) > MAX_PAGE_CHARS:  # each glyph costs the reader hundreds of bytes
        textpage.close()
        return Page(number, width, height, [], TOO_MUCH_TEXT.format(page=number, limit=MAX_PAGE_CHARS))
    try:
        rows, fonts = _page_glyphs(pdfium_c, textpage, height)
    finally:
        textpage.close()
    glyphs = [ch for row in rows for ch, box in row if box is not None and not ch.isspace()]
    if glyphs and sum(_unreadable(c) for c in glyphs) > 0.3 * len(glyphs):
        return Page(number, width, height, [], UNREADABLE_TEXT.format(page=number))
    rows, dropped, waiting = _drop_garbled_fonts(rows, fonts, {} if shifts is None else shifts)
    horizontal, vertical = pdf_tables.rules(page, pdfium_c, height)
    lone: list = []
    rows, tables = pdf_tables.take_cells(rows, pdf_tables.grids(number, horizontal, vertical, follows, precedes, lone)
                                         + pdf_tables.open_grids(number, horizontal, vertical, rows))
    gutters = _three_columns(rows, width)
    gutter = gutters[0] if gutters else _gutter(rows, width)
    gutters = gutters or ((gutter,) if gutter is not None else ())
    lines = _lines(number, rows, width, gutters)
    if not lines and not tables and not dropped and \
            any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3)):
        return Page(number, width, height, [], NO_TEXT_LAYER.format(page=number))
    read = Page(number, width, height, lines, dropped=dropped, gutters=gutters, tables=tables, waiting=waiting)
    foot = max(lone, key=lambda grid: grid[0], default=None)  # the lowest, with no line of text under it
    if foot is not None and not any(len(ln.text) > 8 and ln.top > foot[0] for ln in lines):
        read.lone_row = foot[1]
    if gutter is None:  # a column too short to tell alone (an article's last page): the document may tell
        read.maybe_gutter = _gutter(rows, width, column_rows=2)
        read.open_strip = _gutter(rows, width, column_rows=2, beside=False) is not None
        read.rows = rows
    return read


def _lines(number: int, rows: list[Row], width: float, gutters: tuple[float, ...]) -> list[Line]:
    rows = _glue_split_references(rows)
    if gutters:
        rows = _columns_in_reading_order(rows, gutters, width)
    lines = _join_drop_caps([line for line in (_make_line(number, row) for row in rows) if line is not None])
    for line in lines if gutters else ():
        first, last = bisect.bisect_right(gutters, line.x0), bisect.bisect_left(gutters, line.x1)
        line.column = first + 1 if first == last else 0  # 1 the left column, 0 across a gutter
    _mark_side_by_side(lines, width, gutters)
    return lines


def _glue_split_references(rows: list[Row]) -> list[Row]:
    """A line PDFium cut at a note reference: the reference in a row of its own ("⁷" after "pelakunya."), opening
    the row that carries on the line ("³Selain itu" after "hewan-hewan.") or closing the row before it ("hewan-
    hewan.³" then "Selain itu"). The pieces are one row again, the mark after the word it follows, so it is kept
    and linked to its note, and the line is not read as two."""
    out = list(rows)
    for row in rows:
        lead = 0
        while lead < min(len(row), 3) and row[lead][1] is not None and row[lead][0].isdigit():
            lead += 1
        if lead and not (lead < len(row) and row[lead][1] is not None and row[lead][0].isdigit()):
            before = _row_ending_at(out, row, row[:lead])
        else:
            before = _row_ending_in_mark(out, row)
        if before is None:
            continue
        space = [(" ", None)] if lead and lead < len(row) and row[lead][1] is not None else []
        glued = before + row[:lead] + space + row[lead:]
        out = [glued if r is before else r for r in out if r is not row]  # new lists: the page may be read again
    return out


def _row_ending_in_mark(rows: list[Row], row: Row) -> Row | None:
    """The row ending in small raised digits right before this row starts, on the same line."""
    first = next((box for _, box in row if box is not None), None)
    for other in rows if first is not None else ():
        if other is row or not other or not other[-1][0].isdigit():  # (checked first: a page's rows are many)
            continue
        boxes = [box for _, box in other if box is not None]
        if len(boxes) < 4 or not boxes[-1][5] < boxes[0][5]:
            continue
        size = statistics.median(b[5] for b in boxes)
        floor = statistics.median(b[3] for b in boxes)
        mark = boxes[-1]
        # the space after the mark: a plain one, or stretched as the line's other spaces are (justified)
        reach = max(0.6 * size, 1.15 * max(_widest_space(other), _widest_space(row)))
        if mark[5] <= 0.75 * size and mark[3] < floor - 0.2 * size \
                and -0.5 <= first[0] - mark[1] <= reach and abs(first[4] - floor) <= 0.2 * size:
            return other
    return None


def _widest_space(row: Row) -> float:
    """The widest gap a space makes between two glyphs of the row (0 for a row of one word)."""
    widest, last, spaced = 0.0, None, False
    for ch, box in row:
        if box is None:
            spaced = spaced or ch == " "
            continue
        if last is not None and spaced:
            widest = max(widest, box[0] - last[1])
        last, spaced = box, False
    return widest


def _row_ending_at(rows: list[Row], row: Row, digits: Row) -> Row | None:
    """The row whose last glyph ends right where the digits start, the digits small and raised against it."""
    first = digits[0][1]
    for other in rows:
        boxes = [box for _, box in other if box is not None]
        if other is row or not boxes or not -0.5 <= first[0] - boxes[-1][1] <= 3:
            continue
        size = statistics.median(b[5] for b in boxes)
        floor = statistics.median(b[3] for b in boxes)
        if first[2] >= min(b[2] for b in boxes) - 2 and \
                all(box[5] <= 0.75 * size and box[3] < floor - 0.2 * size for _, box in digits):
            return other
    return None


def _join_drop_caps(lines: list[Line]) -> list[Line]:
    """A paragraph's first letter set large over two or three lines ("K" beside "erjasama internasional ...") is
    that line's first letter, not a line of its own."""
    if len(lines) < 2:
        return lines
    size = statistics.median(ln.size for ln in lines)
    for cap in [ln for ln in lines if len(ln.text) == 1 and ln.text.isupper() and ln.size >= 1.8 * size]:
        beside = [ln for ln in lines if ln is not cap and 0 <= ln.x0 - cap.x1 <= 0.6 * cap.size
                  and cap.top - ln.size <= ln.top < cap.bottom and ln.text[:1].islower()]
        if beside:
            first = min(beside, key=lambda ln: ln.top)
            first.text = cap.text + first.text
            lines = [ln for ln in lines if ln is not cap]
    return lines


def _short_columns(pages: list[Page]) -> None:
    """In a document set in columns, a page whose columns are too short to find alone (a few lines at the end of
    an article) is read in columns too: in two when it shows an empty strip where the other pages' gutter is, in
    three when the other pages' two gutters cross none of its rows."""
    for count in (1, 2):
        found = [p.gutters for p in pages if len(p.gutters) == count]
        if not found:
            continue
        usual = tuple(statistics.median(g[k] for g in found) for k in range(count))
        for page in pages:
            if page.gutters or not page.rows:
                continue
            if count == 1 and page.maybe_gutter is not None and abs(page.maybe_gutter - usual[0]) <= 12:
                page.gutters = (page.maybe_gutter,)
            elif count == 1 and (_one_column_short(page.rows, usual[0], page.width)
                                 or _table_in_a_column(page, usual[0])):
                page.gutters = usual
            elif count == 2 and all(_uncrossed(page.rows, g) for g in usual):
                page.gutters = usual
            else:
                continue
            page.lines = _lines(page.number, page.rows, page.width, page.gutters)
    for page in pages:
        page.rows, page.maybe_gutter = [], None


def _one_column_short(rows: list[Row], gutter: float, width: float, column_rows: int = 6) -> bool:
    """Beside a full column, the other holds a line or a few (a heading over a table whose cells are read apart, the
    last lines of an article): no row crosses the document's gutter, one side has a column's lines and the other
    fewer than half as many rows (a table of two unruled columns pairs its rows side by side)."""
    if not _uncrossed(rows, gutter):
        return False
    sides = [[row for row in rows if all(box[1] <= gutter for _, box in row if box is not None)],
             [row for row in rows if all(box[0] >= gutter for _, box in row if box is not None)]]
    long = [sum(1 for row in side if sum(b - a for a, b in _spans(row)) >= 0.15 * width) for side in sides]
    full = max(range(2), key=lambda k: long[k])
    short = len(sides[1 - full])
    return long[full] >= column_rows and 0 < short <= len(sides[full]) / 2


def _table_in_a_column(page: Page, gutter: float) -> bool:
    """A ruled table set inside one of the document's columns, and no row of the page's text crossing the gutter:
    the page is in columns however few lines stand beside the table."""
    return bool(page.tables) and any(t.x1 <= gutter + 2 or t.x0 >= gutter - 2 for t in page.tables) and \
        _uncrossed(page.rows, gutter)


def _uncrossed(rows: list[Row], x: float) -> bool:
    """Hardly a row's text runs across x (a running header may; a word space may fall there)."""
    across = sum(1 for row in rows if any(a < x < b for a, b in _spans(row)))
    return across <= max(2, 0.05 * len(rows))


def _control(code: int) -> bool:
    """A control code where a glyph should be: C0, DEL or C1 (a font with no encoding showing codes 0x80-0x9F)."""
    return code < 32 or 0x7F <= code <= 0x9F


def _unreadable(ch: str) -> bool:
    """A glyph PDFium could not map to a character: control codes, private use, the replacement character."""
    code = ord(ch)
    return _control(code) or 0xE000 <= code <= 0xF8FF or code == 0xFFFD


# A glyph: (left, right, top, bottom, baseline, font size, bold, font name); top/bottom/baseline from the page top.
Box = tuple[float, float, float, float, float, float, bool, str]
Row = list[tuple[str, "Box | None"]]  # one text line as PDFium gives it: characters, None for a space


def _page_glyphs(pdfium_c, textpage, height: float) -> tuple[list[Row], dict[str, list[int]]]:
    """The page's characters in PDFium's reading order, cut into rows where PDFium marks line ends (CR/LF), and
    for each font [glyphs, control codes, letters in words of 3+ ASCII letters, vowels in those words]."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    fonts: dict[int, tuple[bool, str, float]] = {}  # text object address -> (bold, font name, size)
    stats: dict[str, list[int]] = {}
    rows: list[Row] = []
    row: Row = []
    raw = textpage.raw  # the bare ctypes handle: thousands of calls a page
    handle = ctypes.cast(raw, ctypes.c_void_p)
    get_unicode, get_box, get_size, get_origin = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetCharBox, \
        pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetCharOrigin
    get_object = _object_address_getter(pdfium_c)
    is_generated = pdfium_c.FPDFText_IsGenerated
    word_font, word_letters, word_vowels, word_upper = "", 0, 0, 0  # the run of ASCII letters in one font
    count = pdfium_c.FPDFText_CountChars(raw)
    baseline = 0.0
    word_start = True
    i = -1
    while i + 1 < count:
        i += 1
        code = get_unicode(raw, i)
        if 0xD800 <= code <= 0xDFFF:  # PDFium speaks UTF-16: a pair is one character, a lone half is none
            low = get_unicode(raw, i + 1) if i + 1 < count else 0
            if code > 0xDBFF or not 0xDC00 <= low <= 0xDFFF:
                continue
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            i += 1
        ch = chr(code)
        address = get_object(handle, i) or 0
        bold, font, size = fonts.get(address) or _font(pdfium_c, address, fonts)
        if 0xF020 <= code <= 0xF0FF:  # a symbol font's glyph with no Unicode map ("SymbolMT"'s asterisk, U+F02A)
            ch = symbol_char(code, font)
        letter = code < 128 and ch.isalpha()
        if not letter or font != word_font:
            if word_letters >= 3 and not (word_upper == word_letters <= 4):  # an acronym ("HTML") is no word
                st = stats[word_font]
                st[2] += word_letters
                st[3] += word_vowels
            word_font, word_letters, word_vowels, word_upper = font, 0, 0, 0
        if letter:
            word_letters += 1
            word_vowels += ch in _VOWELS
            word_upper += ch.isupper()
        # a C0 code a font showed, not one PDFium wrote: a shifted font's '(' or '9' (_shift_back), else a space
        shown_space = code < 0x20 and ch.isspace() and not is_generated(raw, i)
        if ch in _SPACE_CHARS and not shown_space:
            if row:
                rows.append(row)
            row = []
            word_start = True
            continue
        line_end_hyphen = ch in _PDFIUM_HYPHENS
        if line_end_hyphen:
            ch = "-"
        if (ch.isspace() and not shown_space) or ch == _SOFT_HYPHEN or ch == "\x00":
            row.append((_SOFT_HYPHEN if ch == _SOFT_HYPHEN else " ", None))
            word_start = True
            continue
        get_box(raw, i, left, right, bottom, top)
        if word_start:  # the baseline once a word
            get_origin(raw, i, ox, oy)
            baseline = height - oy.value
            word_start = False
        st = stats.get(font) or stats.setdefault(font, [0, 0, 0, 0])
        st[0] += 1
        st[1] += _control(code) and not shown_space
        row.append((ch, (left.value, right.value, height - top.value, height - bottom.value, baseline,
                         size or get_size(raw, i), bold, font)))
        if line_end_hyphen:
            rows.append(row)
            row = []
            word_start = True
    if row:
        rows.append(row)
    if word_letters >= 3 and word_font in stats and not (word_upper == word_letters <= 4):
        stats[word_font][2] += word_letters
        stats[word_font][3] += word_vowels
    return rows, stats


@functools.lru_cache(maxsize=1)
def _object_address_getter(pdfium_c):
    """FPDFText_GetTextObject returning the object's address as an int (a cache key), not a ctypes pointer."""
    proto = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
    return proto(ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value)


def _font(pdfium_c, address: int, cache: dict[int, tuple[bool, str, float]]) -> tuple[bool, str, float]:
    """(bold, base font name, size) of the text object at address (size 0.0: ask glyph by glyph). The size is its
    font size times its matrix's scale: a PDF may set its text in 1-point type scaled up twelvefold
    ("/F1 1 Tf 12 0 0 12 x y Tm"), and the size a reader sees is both."""
    bold, name, size = False, "", 0.0
    if address:
        matrix = pdfium_c.FS_MATRIX()
        if pdfium_c.FPDFPageObj_GetMatrix(ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT), matrix):
            scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
            points = ctypes.c_float()
            if pdfium_c.FPDFTextObj_GetFontSize(ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT), points):
                size = points.value * scale
        font = pdfium_c.FPDFTextObj_GetFont(ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT))
        if font:
            weight = pdfium_c.FPDFFont_GetWeight(font)
            buf = ctypes.create_string_buffer(128)
            pdfium_c.FPDFFont_GetBaseFontName(font, buf, 128)
            name = buf.value.decode("latin-1", "replace")
            low = name.lower()
            bold = weight >= 600 or "bold" in low or "black" in low or "heavy" in low or \
                bool(pdfium_c.FPDFFont_GetFlags(font) & (1 << 18))
    cache[address] = (bold, name, size)
    return cache[address]


_VOWELS = frozenset("aeiouAEIOU")


def _drop_garbled_fonts(rows: list[Row], stats: dict[str, list[int]], known: dict[str, int]) \
        -> tuple[list[Row], int, frozenset[str]]:
    """Leave out the glyphs of a font whose text is not language: a font with a broken encoding (characters
    shifted by a constant: spaces come out as control codes, "dan" as "GDQ") extracts as gibberish.
    Judged per font on the page: control codes among its glyphs, or a share of vowels in its words that no
    Indonesian or English text has (about 0.4 in both). A font whose codes are shifted by one constant is read back
    instead (_shift_back): by the shift found on this page, or, where the page holds too few of its letters to tell
    (a footnote's "…hlm. 176."), by the one the document found on another (known: font -> shift, added to here).
    Returns the rows, how many glyphs were left out, and the fonts left out only for want of a shift."""
    garbled = {font for font, (n, control, letters, vowels) in stats.items()
               if (n >= 8 and control >= 0.05 * n) or (letters >= 40 and not 0.25 <= vowels / letters <= 0.7)}
    if not garbled:
        return [[(" ", None) if box is not None and ch.isspace() else (ch, box) for ch, box in row]
                for row in rows], 0, frozenset()
    shifts, waiting = {}, set()
    for font in garbled:
        shift, told = _shift_back(rows, font)
        if shift is not None:
            shifts[font] = shift
            known.setdefault(font, shift)
        elif not told and font in known:
            shifts[font] = known[font]
        elif not told:
            waiting.add(font)
    dropped = 0
    kept: list[Row] = []
    for row in rows:
        out: Row = []
        for ch, box in row:
            if box is None or box[7] not in garbled:
                out.append((" ", None) if box is not None and ch.isspace() else (ch, box))
            elif box[7] in shifts and 0x20 <= _code(ch) + shifts[box[7]] < 0x7F:
                back = chr(_code(ch) + shifts[box[7]])
                out.append((back, None) if back == " " else (back, box))
            elif ch.isspace():
                out.append((" ", None))
            else:
                dropped += 1
                if not out or out[-1] is not _LEFT_OUT:
                    out.append(_LEFT_OUT)
        if any(box is not None for _, box in out):
            kept.append(_apart_where_left_out(out))
    return kept, dropped, frozenset(waiting)


_LEFT_OUT = ("<left out>", None)  # where _drop_garbled_fonts left glyphs out of a row, until _apart_where_left_out


def _apart_where_left_out(row: Row) -> Row:
    """Glyphs left out between two words' letters stood for a mark that kept them apart, which the font's shift
    cannot read (a curly quote or an ellipsis: "Allah”yang", "Nabi-Nabi Israel…hlm. 180."): a space stands in their
    place, unless the letters either side make one known word (an apostrophe inside "Qur’an")."""
    out: Row = []
    for k, item in enumerate(row):
        if item is not _LEFT_OUT:
            out.append(item)
            continue
        before, after = _word_at(reversed(row[:k]))[::-1], _word_at(row[k + 1:])
        if before and after and not (before.isalpha() and after.isalpha()
                                     and structure.known_word((before + after).lower())):
            out.append((" ", None))
    return out


def _word_at(items) -> str:
    """The letters and digits of the glyphs first in items, up to the first other character."""
    word = ""
    for ch, box in items:
        if box is None or not ch.isalnum():
            break
        word += ch
    return word


SHIFTED_LETTERS = 0.6  # of a font's glyphs read back: letters and spaces, as in prose (digits, stops and signs aside)


SHIFT_EVIDENCE = 20  # letters of a font's text read back on a page, enough to tell whether its shift gives language


def _shift_back(rows: list[Row], font: str) -> tuple[int | None, bool]:
    """The constant a font's codes are shifted by, when reading them back gives language: its commonest control code
    is the space (the commonest character of prose), and shifted by as much its glyphs read as words, letters with a
    share of vowels as Indonesian or English has. None when they do not (a symbol font, a glyph-numbered font), or
    when the page holds too few of its letters to tell; and whether it could tell."""
    codes = [_code(ch) for row in rows for ch, box in row if box is not None and box[7] == font]
    controls = Counter(code for code in codes if code < 0x20)
    if not controls:
        return None, True
    shift = 0x20 - controls.most_common(1)[0][0]
    back = "".join(chr(code + shift) for code in codes if 0x20 <= code + shift < 0x7F)
    letters = [ch for ch in back if ch.isalpha()]
    if len(letters) < SHIFT_EVIDENCE:
        return None, False
    vowels = sum(ch in _VOWELS for ch in letters)
    fits = 0.25 <= vowels / len(letters) <= 0.7 and \
        sum(ch.isalpha() or ch == " " for ch in back) >= SHIFTED_LETTERS * len(codes)
    return (shift if fits else None), True


def _code(ch: str) -> int:
    """The code a glyph was shown with: a font with no encoding of its own shows 0x27 and 0x60 as curly quotes."""
    return {"\u2019": 0x27, "\u2018": 0x60}.get(ch, ord(ch))


def _columns_in_reading_order(rows: list[Row], gutters: tuple[float, ...], width: float) -> list[Row]:
    """A page set in columns, read column by column from the left. The gutters are found from where the glyphs
    stand (_gutter, _three_columns). Rows PDFium glued across a gutter are cut there; full-width rows (a title, an
    abstract) keep their place and divide the page into bands, each read left column first. Within a column
    PDFium's order stays."""
    reach = 0.1 * width  # a full-width row reaches well into both columns; a formula poking into the gutter doesn't
    parts: list[tuple[int, Row]] = []  # (column: 1 the left one, 0 full width; row), in PDFium's order
    for row in rows:
        boxes = [box for _, box in row if box is not None]
        crossed = [g for g in gutters if any(box[0] < g < box[1] for box in boxes) or _runs_across(boxes, g)]
        if crossed:
            lo, hi = min(box[0] for box in boxes), max(box[1] for box in boxes)
            wide = any(lo < g - reach and hi > g + reach for g in crossed)
            parts.append((0 if wide else bisect.bisect_left(gutters, (lo + hi) / 2) + 1, row))
            continue
        pieces: dict[int, Row] = {}
        side = 1
        for ch, box in row:  # a space goes with the glyph before it
            side = side if box is None else 1 + sum(box[1] > g for g in gutters)
            pieces.setdefault(side, []).append((ch, box))
        parts += [(side, piece) for side, piece in sorted(pieces.items()) if any(box is not None for _, box in piece)]
    walls = sorted(_row_top(row) for side, row in parts if side == 0)
    bands: list[list[list[Row]]] = [[[] for _ in range(len(gutters) + 2)] for _ in range(len(walls) + 1)]
    for side, row in parts:
        bands[bisect.bisect_right(walls, _row_top(row))][side].append(row)
    for k in range(len(walls)):
        _lead_into_wall(bands[k], bands[k + 1], walls[k])
    return [row for band in bands for column in band for row in column]


def _runs_across(boxes: list, x: float) -> bool:
    """Glyphs on both sides of x no farther apart than a word's space, stretched as justified text stretches it
    (a gutter is wider): a full-width line whose letters or words happen to leave the gutter's x between two of
    them ("komoditas p|erikanan")."""
    left = [box for box in boxes if box[1] <= x]
    right = [box for box in boxes if box[0] >= x]
    if not left or not right:
        return False
    a, b = max(left, key=lambda box: box[1]), min(right, key=lambda box: box[0])
    return b[0] - a[1] < max(a[5], b[5])


def _row_bottom(row: Row) -> float:
    return max(box[3] for _, box in row if box is not None)


def _lead_into_wall(band: list[list[Row]], below: list[list[Row]], wall: float) -> None:
    """Short rows at a column's foot, below every other column's rows, set apart from their column and close to the
    full-width rows under them (a heading over a full-width passage, "B. Tinjauan Pustaka"; the end of a paragraph
    the band goes on with), lead the band below: read after the other columns, not between them."""
    for side in range(1, len(band)):
        column = band[side]
        others = [_row_bottom(r) for s, rows in enumerate(band) if s not in (0, side) for r in rows]
        if len(column) < 2 or not others:
            continue
        run = 0  # the rows at the column's foot below every other column's
        while run < len(column) - 1 and _row_top(column[-1 - run]) > max(others):
            run += 1
        for k in range(len(column) - run, len(column)):  # from the first gap that sets the foot apart
            gap_above, gap_below = _row_top(column[k]) - _row_bottom(column[k - 1]), wall - _row_bottom(column[-1])
            if gap_above > 1.2 * (_row_bottom(column[k]) - _row_top(column[k])) and gap_below < gap_above:
                below[0][:0] = column[k:]
                del column[k:]
                break


def _three_columns(rows: list[Row], width: float) -> tuple[float, ...]:
    """The two gutters of a page set in three columns (a bulletin, a proceedings page), or (). Found from where
    the rows' pieces start (a row cut where a blank is wider than a word space can be): three left edges, evenly
    spaced, each starting six or more pieces as wide as a column's lines; each gutter between a column's right
    edge and the next column's left edge, an empty strip at least 8 points wide that few pieces cross."""
    pieces = [piece for row in rows for piece in _pieces(row)]
    if len(pieces) < 18:
        return ()
    starts = Counter(round(x0 / 4) * 4 for x0, x1 in pieces if x1 - x0 >= 0.12 * width)
    edges = sorted(x for x, n in starts.items() if n >= 6)
    edges = [x for i, x in enumerate(edges) if not i or x - edges[i - 1] > 12]  # one edge per column
    if len(edges) != 3 or not 0.2 * width <= edges[1] - edges[0] <= 0.4 * width or \
            abs((edges[2] - edges[1]) - (edges[1] - edges[0])) > 0.1 * width:
        return ()
    gutters = []
    for left, right in zip(edges, edges[1:]):
        ends = sorted(x1 for x0, x1 in pieces if left - 4 <= x0 < right - 8 and x1 < right)
        end = ends[int(0.95 * (len(ends) - 1))] if ends else left
        crossing = sum(1 for x0, x1 in pieces if x0 < end + 2 and x1 > right - 2)
        if right - end < 8 or crossing > 0.1 * len(pieces):
            return ()
        gutters.append((end + right) / 2)
    return tuple(gutters)


def _pieces(row: Row) -> list[tuple[float, float]]:
    """The row cut where the blank between two glyphs is wider than 10 points (a gutter, not a word space)."""
    out: list[list[float]] = []
    for _, box in row:
        if box is None or box[1] <= box[0]:
            continue
        if out and box[0] - out[-1][1] <= 10:
            out[-1][1] = max(out[-1][1], box[1])
        else:
            out.append([box[0], box[1]])
    return [(a, b) for a, b in out]


def _row_top(row: Row) -> float:
    return min(box[2] for _, box in row if box is not None)


def _gutter(rows: list[Row], width: float, column_rows: int = 6, beside: bool = True) -> float | None:
    """The x of a column gutter, or None: a strip at least 8 points wide in the middle third of the page that
    no more than three rows in ten cross (a title, an abstract), with six (column_rows) or more rows of a column's
    width on each side (beside=False: the strip alone)."""
    spans = [_spans(row) for row in rows]
    spans = [s for s in spans if s]
    if len(spans) < column_rows:
        return None
    lo, hi = int(width / 3), int(2 * width / 3)
    change = [0] * (hi - lo + 2)
    for row_spans in spans:
        for x0, x1 in row_spans:
            a, b = max(lo, math.floor(x0)), min(hi, math.ceil(x1))
            if a <= b:
                change[a - lo] += 1
                change[b - lo + 1] -= 1
    # a short column's rows are few: fewer than three in ten may cross where its gutter would be
    allowed = 0.3 * len(spans) if column_rows >= 6 else column_rows - 1
    best, run_start, crossing = None, None, 0
    for k in range(hi - lo + 2):  # the widest run of x with few rows on it
        crossing += change[k] if k <= hi - lo else len(spans) + 1
        if crossing <= allowed:
            run_start = k if run_start is None else run_start
            continue
        if run_start is not None and k - run_start >= 8 and (best is None or k - run_start > best[1] - best[0]):
            best = (run_start, k)
        run_start = None
    if best is None:
        return None
    start, end = lo + best[0], lo + best[1]
    # a column of few rows (fewer than three in ten) leaves the strip open over itself: the gutter ends where two
    # rows or more start inside the strip (that column's edge; its list markers, short of it, stand right of it)
    starts = [x0 for row_spans in spans for x0, _ in row_spans if start < x0 < end - 1]
    end = min((x for x in starts if sum(abs(y - x) <= 2 for y in starts) >= 2), default=end)
    gutter = (start + end) / 2
    if not beside:
        return gutter
    column = 0.15 * width  # a column's lines are long: not a table's cells of a word or two
    left = sum(1 for sp in spans if sum(x1 - x0 for x0, x1 in sp if x1 <= gutter) >= column)
    right = sum(1 for sp in spans if sum(x1 - x0 for x0, x1 in sp if x0 >= gutter) >= column)
    return gutter if left >= column_rows and right >= column_rows else None


def _spans(row: Row) -> list[tuple[float, float]]:
    """The row's glyphs merged into runs (words and the spaces between them)."""
    out: list[list[float]] = []
    for _, box in row:
        if box is None or box[1] <= box[0]:
            continue
        if out and box[0] - out[-1][1] <= box[3] - box[2]:  # a word space is narrower than a letter is tall
            out[-1][1] = max(out[-1][1], box[1])
        else:
            out.append([box[0], box[1]])
    return [(a, b) for a, b in out]


def _make_line(number: int, row: Row) -> Line | None:
    _drop_note_references(row)
    text = "".join(ch for ch, _ in row).strip()
    boxes = [box for _, box in row if box is not None]
    if not text or not boxes:
        return None
    rest = 0  # index in boxes of the second word's first glyph
    seen = 0
    for ch, box in row:
        if box is not None:
            seen += 1
        elif ch == " " and seen and not rest:
            rest = seen
    rest = rest if rest < len(boxes) else 0
    sizes = sorted(b[5] for b in boxes)
    gaps = [b[0] - a[1] for a, b in zip(boxes, boxes[1:])]
    return Line(number, text, min(b[0] for b in boxes), max(b[1] for b in boxes), min(b[2] for b in boxes),
                max(b[3] for b in boxes), statistics.median(b[4] for b in boxes), sizes[len(sizes) // 2],
                sum(b[6] for b in boxes) / len(boxes), max(gaps, default=0.0), boxes[rest][0],
                sum(b[6] for b in boxes[rest:]) / (len(boxes) - rest))




def _drop_note_references(row: Row) -> None:
    """Footnote references: small raised digits glued to a word are the note's mark ("kebijakan.¹⁰"); other raised
    marks and a number after a stop and a space ("persidangan. ⁹") are left out; the note's own number glued to its
    text ("9Leon J. Wood") is set apart from it."""
    boxes = [box for _, box in row if box is not None]
    if len(boxes) < 4:
        return
    sizes = sorted(b[5] for b in boxes)
    size = sizes[len(sizes) // 2]
    bottoms = sorted(b[3] for b in boxes)
    floor = bottoms[len(bottoms) // 2]
    def raised(ch: str, box: Box) -> bool:
        return (ch.isdigit() or ch in "*†‡") and box[5] <= 0.75 * size and box[3] < floor - 0.2 * size

    lead = 0  # the note's own number, raised, at the start of the row
    while lead < len(row) and row[lead][1] is not None and raised(*row[lead]):
        lead += 1
    after_word = False  # the previous glyph ends a word (or is a reference already left out after one)
    after_stop = False  # a sentence's stop, then a space: "persidangan. ⁹" as some writers type it
    run: bool | None = None  # inside a reference: whether its digits are kept (glued to a word), else None
    for k in range(lead, len(row)):
        ch, box = row[k]
        if box is None:
            after_stop, after_word = after_word and k > 0 and row[k - 1][0] != "" and row[k - 1][0] in ".,;:)”\"", False
            run = None
            continue
        if (after_word or after_stop and _run_ends(row, k, raised)) and raised(ch, box):
            if run is None and after_stop and ch.isdigit() and row[k - 1] == (" ", None):
                row[k - 1] = ("", None)  # "persidangan. ⁹": the mark goes back to the stop it belongs to
                after_word = True
            run = after_word and ch.isdigit() if run is None else run
            # glued to its word, a number stays as the note's mark ("kebijakan.¹⁰", linked to its note as in DOCX)
            row[k] = (ch.translate(RAISED) if run and ch.isdigit() else "", box)
        else:
            run = None
        after_stop = False
        after_word = True
    if 0 < lead < len(row) and row[lead][0].isalpha():
        row.insert(lead, (" ", None))


def _run_ends(row: Row, k: int, raised) -> bool:
    """The raised run starting at k ends the row or a word (a space after it): a note mark, not a power."""
    while k < len(row) and row[k][1] is not None and raised(*row[k]):
        k += 1
    return k == len(row) or row[k][1] is None


def _mark_side_by_side(lines: list[Line], page_width: float, gutters: tuple[float, ...] = ()) -> None:
    """Lines with a short line beside them at about the same height are table cells, not headings (a line in the
    other column of a two-column page is not beside it)."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    for i, a in enumerate(ordered):
        reach = a.bottom + 0.5 * (a.bottom - a.top)  # a cell may sit half a line lower than its neighbour
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            if b.top >= reach:
                break
            apart = b.x0 >= a.x1 or a.x0 >= b.x1
            if any(a.x1 <= g <= b.x0 or b.x1 <= g <= a.x0 for g in gutters):
                continue
            if apart and min(a.x1 - a.x0, b.x1 - b.x0) < 0.3 * page_width:
                a.beside = b.beside = True


# ---------------------------------------------------------------- page furniture: headers, footers, footnotes


def _body_size(pages: list[Page]) -> float:
    sizes = Counter()
    for page in pages:
        for line in page.lines:
            sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 12.0


def _drop_running_lines(pages: list[Page], window: int = 3) -> dict[int, list[Line]]:
    """Remove lines repeated at about the same place in the top or bottom margin of several pages (running
    headers and footers; digits may differ, OCR may misread a few letters), and bare page numbers in the
    margins. Returns the lines removed from each page (they carry the printed page numbers)."""
    with_text = [p for p in pages if p.lines]
    groups: list[tuple[str, str, list[Line]]] = []  # (zone, first member's text, members)
    same: dict[tuple[str, str], list[tuple[str, str, list[Line]]]] = {}  # equal but for digits: any page apart
    recent: list[tuple[str, str, list[Line]]] = []  # nearly equal (OCR): a header seen on the last few pages
    apart: set[int] = set()  # ids of the margin lines set apart from the text (_set_apart)

    def near(group, line: Line, reach: float) -> bool:
        return abs(group[2][0].top - line.top) <= reach and group[2][-1].page != line.page

    for page in with_text:
        recent = [g for g in recent if g[2][-1].page >= page.number - 4]
        ordered = sorted(page.lines, key=lambda ln: ln.top)
        for zone, lines in (("top", ordered[:window]), ("bottom", ordered[-window:])):
            for line in lines:
                norm, reach = furniture_key(line.text), max(6.0, line.bottom - line.top)
                if _set_apart(line, page, zone):
                    apart.add(id(line))
                # nearly equal lines are one OCR'd header only when set apart from the text: two lines of running
                # text at two pages' feet may share most of their words ("... membandingkan hasil setiap siklus")
                group = next((g for g in same.get((zone, norm), ()) if near(g, line, reach)), None) or \
                    next((g for g in recent if g[0] == zone and near(g, line, reach) and alike(g[1], norm)
                          and id(line) in apart and id(g[2][0]) in apart), None)
                if group is None:
                    group = (zone, norm, [])
                    groups.append(group)
                    same.setdefault((zone, norm), []).append(group)
                group[2].append(line)
                if not any(g is group for g in recent):
                    recent.append(group)
    # Every page of a short document; in a long one a few pages suffice (a chapter's own header).
    need = len(with_text) if len(with_text) <= 2 else max(2, min(math.ceil(0.3 * len(with_text)), 4))
    def recurring(members: list[Line], pages_needed: int) -> bool:
        return len(with_text) >= 2 and len({ln.page for ln in members}) >= pages_needed

    def furniture_text(norm: str, members: list[Line]) -> bool:
        return len(norm) <= 150 and not _NOTE_BACK.match(norm) and _numbers_follow_pages(members)

    confirmed = [(zone, members[0]) for zone, norm, members in groups
                 if furniture_text(norm, members) and recurring(members, need)]
    # A chapter's own header on a chapter of two or three pages: where the document's running headers stand, in
    # their type, two pages suffice (at the foot a note repeated on two pages, "12 Ibid.", may stand there).
    running = {id(line) for zone, norm, members in groups if furniture_text(norm, members) and (
        recurring(members, need) or zone == "top" and recurring(members, 2) and any(
            z == zone and abs(first.top - members[0].top) <= max(6.0, first.bottom - first.top)
            and abs(first.size - members[0].size) < 1 for z, first in confirmed))
               for line in members}

    running |= _numbered_margin_lines(with_text, window) | _header_band_lines(with_text)

    def furniture(line: Line, zone: str, page: Page) -> bool:
        if id(line) in running:
            return True
        in_margin = line.bottom < page.height * 0.2 if zone == "top" else line.top > page.height * 0.8
        return in_margin and bool(_PAGE_NUMBER.match(line.text))

    removed: dict[int, list[Line]] = {}
    for page in with_text:
        for zone, pick in (("top", min), ("bottom", max)):
            for _ in range(window):
                line = pick(page.lines, key=lambda ln: ln.top, default=None)
                if line is None or not furniture(line, zone, page):
                    break
                page.lines.remove(line)
                removed.setdefault(page.number, []).append(line)
    return removed


def _set_apart(line: Line, page: Page, zone: str) -> bool:
    """A line in the top (or bottom) margin stands apart from the text below (above) it: in another size than the
    next line inward, or farther from it than that line is from the one after, as a header or footer is and a line
    of running text at the leading of its paragraph is not."""
    inward = [ln for ln in page.lines if (ln.top > line.bottom - 1 if zone == "top" else ln.bottom < line.top + 1)]
    inward.sort(key=lambda ln: ln.top, reverse=zone == "bottom")
    if not inward or abs(inward[0].size - line.size) >= 0.5:
        return True
    after = [ln for ln in inward if abs(ln.top - inward[0].top) > 2]
    return not after or abs(inward[0].top - line.top) > 1.3 * abs(after[0].top - inward[0].top)


def _numbers_follow_pages(members: list[Line]) -> bool:
    """The numbers of lines repeated page to page stay the same or step with the pages at one rate from one to the
    next (a volume, a year, the page number: "Vol. 4, No. 1/2015   21"; two printed pages to a sheet: 12, 14, 16; an
    article's page range changing only where the next article of an issue starts), as a running header's or footer's
    do. A note repeated at the foot of page after page with another page of its book each time ("Wood, Nabi-Nabi
    Israel, hlm. 43." / "... hlm. 58.") jumps on most of them: no footer. Lines whose numbers do not line up (OCR) are
    not judged."""
    numbers = sorted((ln.page, [int(n) for n in re.findall(r"\d+", ln.text)]) for ln in members)
    if len({len(ns) for _, ns in numbers}) != 1 or len(numbers) < 2:
        return True
    pairs = list(zip(numbers, numbers[1:]))
    for i in range(len(numbers[0][1])):
        rates = Counter((b[i] - a[i]) / (q - p) if q != p else 0.0 for (p, a), (q, b) in pairs)
        rate, steady = rates.most_common(1)[0]
        if rate not in (0, 1, 2) or (len(pairs) - steady) * 2 > len(pairs):
            return False
    return True


# A number at either end of a running header or footer: "2 Al-Adyan/Vol. VIII" or "Jurnal Manajemen, 2016 293".
_EDGE_NUMBER = re.compile(r"^(\d{1,4})\s+\D|\S\s+(\d{1,4})$")


def _header_band_lines(pages: list[Page]) -> set[int]:
    """ids of the first lines of a short document's pages that stand in one band at the top, in one type smaller
    than the text's and set apart from it, whatever they say: alternating headers ("Jurnal …" over odd pages,
    "Authors, Title" over even ones) on too few pages to repeat, with no page number to count them."""
    if not 2 <= len(pages) <= 3:
        return set()
    body = _body_size(pages)
    firsts, ids = [], set()
    for page in pages:
        band, nxt = _edge_band(page, "top")
        line, text = band[0], _band_text(band)
        height = line.bottom - line.top
        if (line.bottom > page.height * 0.12 or line.size > body - 0.5 or not nxt or nxt[0].top - line.bottom < height
                or len(text) > 150 or _ends_sentence(text)):
            return set()
        firsts.append(line)
        ids |= {id(ln) for ln in band}
    same_band = all(abs(ln.top - firsts[0].top) <= 3 and abs(ln.size - firsts[0].size) < 0.5 for ln in firsts)
    return ids if same_band else set()


def _edge_band(page: Page, zone: str) -> tuple[list[Line], list[Line]]:
    """The lines of a page's first (zone "top") or last row, left to right: a header set in pieces that columns
    split ("114" over the left column, "Authors, Title" over the right one), and the line next to that row."""
    ordered = sorted(page.lines, key=lambda ln: ln.top)
    if zone == "bottom":
        ordered.reverse()
    band = [ln for ln in ordered if abs(ln.top - ordered[0].top) <= 2]
    rest = [ln for ln in ordered if all(ln is not b for b in band)]
    return sorted(band, key=lambda ln: ln.x0), rest[:1]


def _band_text(band: list[Line]) -> str:
    return " ".join(" ".join(ln.text for ln in band).split())


def _numbered_margin_lines(pages: list[Page], window: int) -> set[int]:
    """ids of the header or footer lines whose texts differ page to page ("46  Jurnal …" on even pages, "Authors,
    Title  47" on odd ones, each too seldom to repeat) but whose numbers count the pages: the edge number of a
    page's first or last line, set apart from the text in size or by a gap, steps as the pages do on two or more
    pages of the same zone."""
    body = _body_size(pages)
    found: dict[tuple[str, int], list[Line]] = {}
    for page in pages:
        # the note marks in the page's text: a line at its foot opening with one's number is that note ("3 Ibid, hlm 12"
        # on page 3, "4 Wijaya, Sejarah ..." on page 4: one note a page counts as the pages do)
        marks = {int(m.translate(LOWERED)) for ln in page.lines for m in re.findall(f"[{SUPERSCRIPTS}]+", ln.text)}
        for zone in ("top", "bottom"):
            band, nxt = _edge_band(page, zone)
            line, text = band[0], _band_text(band)
            in_margin = line.bottom < page.height * 0.2 if zone == "top" else line.top > page.height * 0.8
            apart = abs(line.size - body) >= 0.5 or not nxt or abs(nxt[0].top - line.top) > 2.2 * (line.bottom - line.top)
            m = _EDGE_NUMBER.search(text)
            if m and zone == "bottom" and m.group(1) and int(m.group(1)) in marks:
                continue
            if in_margin and apart and m and len(text) <= 150 and not _ends_sentence(text):
                found.setdefault((zone, int(m.group(1) or m.group(2)) - page.number), []).extend(band)
    return {id(line) for lines in found.values() if len({ln.page for ln in lines}) >= 2 for line in lines}


def printed_pages(pages: list[Page], removed: dict[int, list[Line]], labels: list[str] = ()) -> dict[int, str]:
    """Page number -> the number the page prints. The PDF's own page labels where they say more than the file's
    order; else the numbers in the header/footer lines, trusted only when they agree (see _page_offsets): a page
    printing none (a chapter's first page) gets its number from the run of numbered pages it opens. Front matter
    numbered i, ii, iii gets its roman numbers the same way, on the pages before the arabic ones. {} when nothing
    agrees: pages are then counted in the file."""
    # Labels that only count the file's pages (1, 2, 3 ...) say nothing a viewer would not: the printed numbers decide.
    if any(labels) and labels != [str(i) for i in range(1, len(labels) + 1)]:
        return {i + 1: label for i, label in enumerate(labels) if label}
    arabic = _page_offsets(pages, removed, _numbers_printed)
    roman = _page_offsets(pages, removed, _roman_printed)
    out = {}
    for page in pages:
        a, r = arabic.get(page.number), roman.get(page.number)
        if a is not None and page.number + a[1] >= 1:
            out[page.number] = f"{a[0]}{page.number + a[1]}"
        elif r is not None and 1 <= page.number + r[1] < 40:
            out[page.number] = _to_roman(page.number + r[1])
    return out


def _page_offsets(pages: list[Page], removed: dict[int, list[Line]], numbers) -> dict[int, tuple[str, int]]:
    """Page number -> (prefix, printed - physical) for every page, or {} when the printed numbers do not agree.
    A number counts when one of the two numbered pages before or after shows the same offset (a run: numbering may
    restart at a chapter or a second article), or when the document is one page; a stray number that no neighbour
    confirms (a volume's issue number in an even page's header) is ignored. Trusted when the pages agreeing with
    their run are two or more (or the only page) and at least 60% of the pages that show a number. A page showing
    none takes the offset of the next numbered page (a chapter opener starts the run after it), or of the last."""
    found = {n: {(prefix, k - n) for line in lines for prefix, k in numbers(line.text)} for n, lines in removed.items()}
    numbered = sorted(n for n, offsets in found.items() if offsets)
    run: dict[int, int] = {}
    current = None
    for k, n in enumerate(numbered):
        offsets = found[n]
        if current not in offsets:
            near = set().union(*(found[m] for m in numbered[max(0, k - 2):k] + numbered[k + 1:k + 3]))
            shared = offsets & near if len(pages) > 1 else offsets
            current = min(shared) if shared else current
        if current is not None:
            run[n] = current
    agree = sum(1 for n in numbered if run.get(n) in found[n])
    if not agree or agree < min(2, len(pages)) or agree < 0.6 * len(numbered):
        return {}
    keys = sorted(run)
    return {page.number: run[keys[min(bisect.bisect_left(keys, page.number), len(keys) - 1)]] for page in pages}


def _numbers_printed(text: str) -> set[tuple[str, int]]:
    """The page numbers a margin line may print, each with its chapter prefix ("II-"): {("II-", 5)}."""
    text = " ".join(text.split())
    if _PAGE_NUMBER.match(text):
        m = re.search(r"(?:\b([IVX]{1,4})\s?[-–]\s?)?(\d{1,4})", text, re.I)
        return {(f"{m.group(1).upper()}-" if m.group(1) else "", int(m.group(2)))} if m else set()
    m = _EDGE_NUMBER.search(text)
    return {("", int(m.group(1) or m.group(2)))} if m else set()


def _roman_printed(text: str) -> set[tuple[str, int]]:
    """"iv" or "- iv -" alone in the margin, in either case: {("", 4)}."""
    word = text.strip(" -–—").lower()
    if not re.fullmatch(r"x{0,3}(?:ix|iv|v?i{0,3})", word) or not word:
        return set()
    value = structure.roman_value(word)
    return {("", value)} if _to_roman(value) == word else set()


def _to_roman(n: int) -> str:
    out = ""
    for letters, value in structure.ROMAN_LETTERS:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _split_footnotes(page: Page, body_size: float) -> None:
    """Lines in a smaller font at the foot of the page (of each column on a two-column page), under the body
    text, are its footnotes: numbered, or set apart by a blank line's height (an author's note, a source) so that
    a sentence running on over the page is not read through them. A small raised number standing alone just after a line's end is a note reference
    PDFium gave a row of its own: left out."""
    page.lines = [ln for ln in page.lines if not _stray_reference(ln, page.lines, body_size)]
    columns = [page.lines] if not page.gutters else \
        [[ln for ln in page.lines if ln.column in (0, side)] for side in range(1, len(page.gutters) + 2)]
    notes: list[Line] = []
    for lines in columns:
        ordered = sorted(lines, key=lambda ln: ln.top)
        k = len(ordered)
        while k > 0 and ordered[k - 1].size <= body_size * 0.86 and ordered[k - 1].top > page.height * 0.55:
            k -= 1
        if k < len(ordered) and k > 0 and (_FOOTNOTE_START.match(_note_start(ordered[k:]))
                                           or ordered[k].top - ordered[k - 1].bottom > 1.5 * body_size):
            notes += [ln for ln in ordered[k:] if not any(ln is note for note in notes)]
    if notes:
        page.footnotes = sorted(notes, key=lambda ln: (ln.column, ln.top))
        page.lines = [ln for ln in page.lines if not any(ln is note for note in notes)]


def _note_start(notes: list[Line]) -> str:
    """The first note's opening text: its number may stand in a row of its own, beside the text ("3", "Lihat …")."""
    first = notes[0]
    beside = next((ln for ln in notes[1:] if ln.x0 >= first.x1 and abs(ln.top - first.top) < first.bottom - first.top),
                  None)
    return f"{first.text} {beside.text}" if beside is not None and re.fullmatch(r"\d{1,3}|[*†‡]", first.text) \
        else first.text


def _stray_reference(line: Line, lines: list[Line], body_size: float) -> bool:
    """A line of one to three small digits or a dagger, raised, starting where another line ends."""
    if not re.fullmatch(r"\d{1,3}|[*†‡]", line.text) or line.size > 0.75 * body_size:
        return False
    return any(other is not line and 0 <= line.x0 - other.x1 <= 3 and other.top - 2 <= line.top
               and line.bottom < other.bottom - 0.2 * (other.bottom - other.top) and other.size > line.size
               for other in lines)


# ---------------------------------------------------------------- lines -> blocks


@dataclass
class _Open:
    kind: str
    lines: list[Line]
    marker: str = ""
    level: int = 0
    first_text: str = ""
    title_break: bool = False  # an item's short title line, then its text on the lines under it
    placed: bool = False  # a heading set in the body's type, bold, with no number: its level is placed (_placed)

    @property
    def last(self) -> Line:
        return self.lines[-1]


class _Layout:
    """Re-flows the pages' lines into heading, paragraph, item and footnote blocks, in reading order."""

    def __init__(self, builder: DocumentBuilder, body_size: float, pages: list[Page], typeset: bool = False):
        self.builder, self.body_size, self.pages, self.typeset = builder, body_size, pages, typeset
        self.pitch = _line_pitch(pages, body_size)
        self.spaced = _spaced_paragraphs(pages, body_size, self.pitch)
        self.open: _Open | None = None
        self.open_table: tuple[int, int, list[list[str]]] | None = None  # first page, last page, rows
        self.open_table_column = 0  # the column its last part stands in (0: across the page, or no columns)
        self.open_table_split = False  # its last row is left open at the page's foot (goes on at the next page)
        self.page_gutters: tuple[float, ...] = ()
        self.pending_footnotes: list[tuple[int, str]] = []
        self.held_captions: list[Line] = []  # a figure's caption met inside an open sentence: set after it
        self.justified: set[int] = set()  # the current page's columns set justified
        self.marker_x: list[float] = []
        self.below: Line | None = None  # the line under the one being read, on its page
        self.item_wraps: list[tuple[float, bool]] = []  # a list's marker x, and whether its items wrap under their text
        self.in_references = False  # under "Daftar Pustaka": entries with hanging indents
        self.lettered_level = 0  # level of the last "BAB II" / "A." / "A.1." / "IV." heading
        # Unnumbered headings: the largest font is level 1, the next level 2, ...
        sizes = sorted({round(ln.size * 2) / 2 for p in pages for ln in p.lines
                        if ln.size >= body_size * 1.12 or ln.bold >= 0.85}, reverse=True)
        self.size_levels = {size: min(level, 6) for level, size in enumerate(sizes, 1)}
        self.words = structure.document_words("\n".join(ln.text for p in pages for ln in p.lines))
        self.typeset = typeset or _hyphenates(pages, self.words)

    def run(self) -> None:
        for page in self.pages:
            # in reading order: down a column, the columns from the left (a table going on in the next column)
            tables = sorted(page.tables, key=functools.cmp_to_key(lambda a, b: _table_order(page, a, b)))
            self.page_gutters = page.gutters
            if page.lines:
                margins = _column_margins(page)
                self.justified = _justified_columns(page, margins)
                # reference entries start at the left edge of their column (of the page, set in one column)
                self.column_left = {}
                for ln in page.lines:
                    self.column_left[ln.column] = min(ln.x0, self.column_left.get(ln.column, ln.x0))
            for n, line in enumerate(page.lines):
                while tables and _table_first(page, tables[0], line):
                    self.table(tables.pop(0))
                self.below = page.lines[n + 1] if n + 1 < len(page.lines) else None
                self.line(line, *margins(line))
            for table in tables:
                self.table(table)
            self.pending_footnotes.extend((page.number, t) for t in _footnote_texts(page.footnotes, self.words, self.typeset))
        self.flush()
        self.flush_footnotes(None)

    def table(self, table: pdf_tables.Table) -> None:
        """A ruled table, its cells' lines joined. A table going on at the next page's top, nothing between, is the
        same table: its header row, set again there, is read once."""
        rows = [[join_lines(cell, self.words, self.typeset) for cell in row] for row in table.rows]
        held, column = self.open_table, _table_column(self.page_gutters, table)
        goes_on = held is not None and (table.page == held[1] + 1 or
                                        table.page == held[1] and column > self.open_table_column > 0)
        if goes_on and self.open is None and len(rows[0]) == len(held[2][0]):
            rows = rows[1:] if rows[0] == held[2][0] else rows
            if rows and (self.open_table_split and table.open_top
                         or pdf_tables.row_goes_on(held[2][-1], rows[0], split=True)):
                # a row split over the pages: its rest is no row of its own
                last = [" ".join(filter(None, (a, b))) for a, b in zip(held[2][-1], rows[0])]
                rows = [last] + rows[1:]
                held = (held[0], held[1], held[2][:-1])
            self.open_table = (held[0], table.page, held[2] + rows)
        else:
            self.flush()
            self.open_table = (table.page, table.page, rows)
        self.open_table_column = column
        self.open_table_split = table.open_bottom

    def flush_table(self) -> None:
        held, self.open_table = self.open_table, None
        if held is not None:
            first, last, rows = held
            self.builder.add("table", "\n".join(" | ".join(row) for row in rows if any(row)),
                             first_page=first, last_page=last)
            self.flush_footnotes(last)

    def line(self, line: Line, left: float, right: float) -> None:
        if CONTENTS_LINE.search(line.text) or _CONTINUED_CAPTION.match(line.text.strip()):
            return  # the table of contents points at pages, "Lanjutan Tabel 2" at a table: they answer nothing
        self.flush_table()
        line = _spaced_section_number(line)
        cur = self.open
        styled = line.bold >= 0.85 or line.size >= self.body_size * 1.12
        if cur and cur.kind == "heading" and (line.text[:1].islower() or line.text.rstrip().endswith(":")) and \
                styled and not _ends_sentence(cur.last.text) and cur.last.x1 >= right - 0.25 * (right - left) and \
                self.heading_continues(cur, line, 0):
            # a long heading wrapped before a word in lower case ("... Lahan" / "dalam ..."), or over the colon that
            # ends it ("2.1 Beberapa Definisi Para Ahli Mengenai" / "Matematika antara lain :")
            cur.lines.append(line)
            return
        if cur and cur.kind == "heading" and not styled and self.bold_opening(cur, line, left, right):
            cur.kind, cur.level, cur.placed = "paragraph", 0, False
            cur.lines.append(line)
            return
        if cur and cur.kind == "paragraph" and structure.is_figure_note(line.text) and not _ends_sentence(cur.last.text) \
                and not _flow_break(cur.last, line):
            self.held_captions.append(line)  # "… dapat dilihat pada" / "Gambar 1. …" / "gambar di atas, …"
            return
        level = self.heading_level(line)
        if level and cur and cur.kind != "heading" and self.mid_sentence(cur, line):
            level = 0  # a bold title quoted inside a paragraph
        if level:
            if cur and cur.kind == "heading" and self.heading_continues(cur, line, level):
                cur.lines.append(line)
                # "Daftar Rujukan" over "Buku-buku": the list's heading with its first group's
                self.in_references = self.in_references or \
                    structure.is_reference_heading(" ".join(ln.text for ln in cur.lines))
                return
            opening = cur.lines if cur and cur.kind == "paragraph" and self.title_over_colon(cur, line, level) else []
            if opening:
                self.open = None  # the title's first line, held as a paragraph for its colon, opens the heading
            self.flush()
            self.open = _Open("heading", opening + [line], level=level, placed=self.placed(line))
            if _CHAPTER.match(line.text) or _LETTER_SECTION.match(line.text) or _ROMAN_SECTION.match(line.text):
                self.lettered_level = level
            self.marker_x.clear()
            self.in_references = structure.is_reference_heading(line.text)
            return
        if self.in_references:
            # an entry whose author is a drawn rule (the same author again) opens at its comma, right of the margin
            same_author = line.text.startswith(",") and _ends_sentence(cur.last.text) if cur else False
            # a note set apart below the list ("*Dr. Sudarman, M.Ag, Dosen ...", the author's, printed at the article's
            # end) is not the last entry's next line, though indented like one
            note = cur is not None and line.text[:1] in "*†‡" and not _flow_break(cur.last, line) and \
                line.baseline - cur.last.baseline > self.pitch * 1.3 + 1
            if note:  # the list has ended: the note and its lines read as a paragraph
                self.flush()
                self.in_references = False
                self.open = _Open("paragraph", [line])
            elif cur and cur.kind == "reference" and not same_author and \
                    (line.x0 > self.column_left[line.column] + 8 or
                     _flow_break(cur.last, line) and not _ends_sentence(cur.last.text)):
                cur.lines.append(line)
            else:
                self.flush()
                self.open = _Open("reference", [line])
            return
        marker, rest = _item_start(line.text, _line_before(cur, right))
        if marker and self.starts_item(cur, line, right):
            self.flush()
            self.open = _Open("item", [line], marker=marker, level=self.item_level(line, left), first_text=rest)
            return
        if cur and cur.kind == "paragraph" and self.cell_fragments(cur, line):
            cur.lines.append(line)
            return
        if cur and cur.kind in ("paragraph", "item") and self.continues(cur, line, left, right):
            cur.lines.append(line)
            return
        opening = self.paragraph_under_title(cur, line, right - 0.02 * (right - left))
        self.flush()
        self.open = _Open("paragraph", opening + [line])

    def paragraph_under_title(self, cur: _Open | None, line: Line, full: float) -> list[Line]:
        """An item's title ("2. Pengertian Penjualan", ending short of the margin, wrapped or not) took the indented
        first line of the paragraph under it, whose next line goes back to the margin left of the marker: that first
        line opens the paragraph."""
        if cur is None or cur.kind != "item" or len(cur.lines) < 2:
            return []
        title, first = cur.lines[-2:]  # the title's last line (a long title wraps), the paragraph's first
        # a title filling its line may have wrapped onto that line, unless the line under it goes on its sentence
        wrapped = title.x1 >= full and not line.text[:1].islower()
        if wrapped or _ends_sentence(title.text) or _ends_sentence(first.text) or _flow_break(first, line) or \
                not (line.x0 < cur.lines[0].x0 - 4 and first.x0 > line.x0 + 8):
            return []
        cur.lines.pop()
        cur.title_break = cur.title_break and len(cur.lines) > 1
        return [first]

    # -- headings

    def heading_level(self, line: Line) -> int:
        text = line.text
        first_alpha = next((c for c in text if c.isalpha()), "")
        if structure.is_caption(text) or structure.KEYWORDS_LINE.match(text) or _RUN_IN.search(text):
            # "Gambar 1. …", "Tabel 2.1 …": a caption, never the section of the text after it; keywords; a heading
            # run into its paragraph's first sentence ("… Stres Kerja. Perama. Pengaruh …"), the paragraph's start
            return 0
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

    def placed(self, line: Line) -> bool:
        """A heading only its bold sets apart, in the body's type, with no number, letter or marker ("Rangkuman",
        "Kelebihan"): it has no level of its own (heading_level ranks it under the larger type), as a bold line in
        Markdown, HTML or DOCX has none; structure.place_section_names places it as it places theirs."""
        text = line.text
        return line.size < self.body_size * 1.12 and not (
            _CHAPTER.match(text) or structure.is_reference_heading(text) or _SECTION_NUMBER.match(text)
            or _LETTER_SECTION.match(text) or _ROMAN_SECTION.match(text) or _item_start(text)[0]
            or re.match(r"\d{1,2}\s+[A-Z]", text))

    def mid_sentence(self, cur: _Open, line: Line) -> bool:
        """A bold line going on the sentence of the line above (a title quoted in a paragraph); never one that names a
        part no sentence runs into: a number's, "Abstrak" under the authors' affiliation, "Daftar Pustaka"."""
        prev, text = cur.last, line.text
        return (line.page == prev.page and not _ends_sentence(prev.text)
                and 0 < line.baseline - prev.baseline <= self.pitch * 1.3 + 1
                and not (_CHAPTER.match(text) or _SECTION_NUMBER.match(text) or _LETTER_SECTION.match(text)
                         or _item_start(text)[0] or structure.is_front_matter_heading(text)
                         or structure.is_reference_heading(text)))

    def bold_opening(self, cur: _Open, line: Line, left: float, right: float) -> bool:
        """Lines in bold that run to the margin, their sentence going on in the body's type on the next line, in lower
        case ("Alasannya adalah karena Yerobeam ... terutama" / "karena dia telah ..."): a paragraph opening in bold,
        no heading over it. A heading fills no line to the margin and closes no sentence there."""
        last, first = cur.last, cur.lines[0].text
        return line.text[:1].islower() and not _ends_sentence(last.text) and last.x1 >= right - 0.03 * (right - left) \
            and line.page == last.page and 0 < line.baseline - last.baseline <= self.pitch * 1.3 + 1 \
            and not (_CHAPTER.match(first) or _SECTION_NUMBER.match(first) or _LETTER_SECTION.match(first)
                     or _item_start(first)[0])

    def title_over_colon(self, cur: _Open, line: Line, level: int) -> bool:
        """A title set over two lines, its colon ending the first ("NABI-NABI ISRAEL DALAM PERJANJIAN LAMA:" /
        "SEBUAH PENDEKATAN SEJARAH AGAMA"): the first line, in the same type, in capitals or larger than the body's,
        is the title's, though its colon kept it from being a heading."""
        first = cur.lines[0]
        return len(cur.lines) == 1 and first.text.rstrip().endswith(":") and \
            (first.text.upper() == first.text or first.size >= self.body_size * 1.12) and \
            abs(first.bold - line.bold) < 0.2 and self.heading_continues(cur, line, level)

    def heading_continues(self, cur: _Open, line: Line, level: int) -> bool:
        """A heading wrapped over two lines, or "BAB II" over its title, is one heading."""
        last = cur.last
        if _flow_break(last, line) or line.top - last.bottom > line.size * 2.5:
            return False
        text = line.text
        if _CHAPTER.match(text) or _SECTION_NUMBER.match(text) or _LETTER_SECTION.match(text) or _item_start(text)[0]:
            return False
        return abs(line.size - last.size) < 1 and (abs(line.bold - last.bold) < 0.2 or cur.level == 1)

    # -- list items

    def starts_item(self, cur: _Open | None, line: Line, right: float) -> bool:
        """A list marker at a line start opens an item unless the line carries on a sentence ("... 2014 :" / "474).")."""
        if cur is None or cur.kind == "heading":
            return True
        prev = cur.last
        if _closes_parenthesis(prev, line):
            return False  # "(Rahman, 2017, hlm." / "12) sehingga ...": the page closing a citation, not item 12
        # where the text goes on: a paragraph's margin, or an item's text beside its marker
        on = line.x0 <= min(ln.x0 for ln in cur.lines) + 4 if cur.kind == "paragraph" else \
            cur.kind == "item" and abs(line.x0 - cur.lines[0].text_x) <= 4
        if on and _INITIAL_END.search(prev.text.rstrip()) and not _flow_break(prev, line) \
                and prev.x1 >= right - 0.12 * (right - prev.x0):
            return False  # "… RSUP Prof. Dr. R." / "D. Kandou …": the initials of a name run over a full line's end
        if cur.kind == "item":
            return True
        closed = without_note_mark(prev.text).endswith((".", ":", ";", "!", "?", "”"))  # "… yaitu :¹"
        if closed:
            return True
        if _flow_break(prev, line):
            return not _carried_over(prev.text, line.text)
        return prev.x1 < right - 0.3 * (right - prev.x0) or line.baseline - prev.baseline > self.pitch * 1.3 + 1

    def item_level(self, line: Line, left: float) -> int:
        """The depth of the item line opens: its marker's place among the markers of its list, measured on a page
        set in columns from its column's left margin (a list going on in the next column stands at another x; a
        column's margin, not its leftmost line: an author's name of a title block may stand left of it)."""
        x = line.x0 - (left if line.column else 0.0)
        xs = [m for m in self.marker_x if abs(m - x) > 6]
        self.marker_x = [m for m in xs if m < x] + [x]
        return len(self.marker_x) - 1

    # -- paragraphs

    def continues(self, cur: _Open, line: Line, left: float, right: float) -> bool:
        prev = cur.last
        prev_text = prev.text.rstrip()
        ends_sentence = _ends_sentence(prev_text) and not _INITIAL_END.search(prev_text)  # "… di Prof." goes on
        if self.held_captions and cur.kind == "paragraph":  # a figure stood in the way: only a small letter goes on
            return line.text[:1].islower()
        if _closes_parenthesis(prev, line) and abs(line.size - prev.size) <= 1.5:
            return True  # "(Rahman, 2017, hlm." / "12) sehingga ...": the parenthesis goes on, over a break too
        if _flow_break(prev, line):
            # Across a page or column break: a sentence left open continues; so does a line at the margin when this
            # paragraph's own first line was indented (the new paragraph would be indented too).
            if line.text[:1].islower():
                return True
            if cur.kind == "paragraph" and structure.is_figure_note(" ".join(ln.text for ln in cur.lines)):
                return False  # a caption or source line at the foot, under its figure: the next page opens anew
            if not ends_sentence:
                # ... unless it is a title, its line ended short where the next word would have fitted ("1. ORM
                # (Object Relational Mapping)") or all its lines bold ("d) Nabi-Nabi Masa Pembuangan: Daniel dan
                # Yehezkiel" / "Meskipun ..."; a bold line there would be a heading), and the text goes on at a
                # first-line indent, or, after an item's title, at the margin left of the item's marker (a paragraph
                # with no first-line indent, as Word's Normal style sets it) or at a first-line indent whose next line
                # is back at the margin (a paragraph, though the title ended too near the edge for the next word)
                opens = line.x0 > left + 8 or cur.kind == "item" and line.x0 <= left + 4 and self.set_in(cur.lines[0])
                return not (opens and line.text[:1].isupper() and
                            (self.ended_short(prev, line) or min(ln.bold for ln in cur.lines) > 0.8
                             or cur.kind == "item" and line.x0 > left + 8 and self.opens_indented(line, left, right)))
            if self.spaced_on(cur, line, left):  # the same over the break: no space to see, the words' fit
                return not self.ended_short(prev, line, spread=True)
            return cur.kind == "paragraph" and len(cur.lines) > 1 and \
                cur.lines[0].x0 > cur.lines[1].x0 + 8 and line.x0 <= left + 4
        if abs(line.size - prev.size) > 1.5:
            return False
        pitch = line.baseline - prev.baseline
        if cur.kind == "paragraph" and not ends_sentence and line.text[:1].islower() and \
                self.pitch * 1.3 + 1 < pitch <= self.pitch * 6 and not line.beside and not prev.beside:
            return True  # a sentence going on below what stood in its way (a formula, text left out as garbled)
        if pitch <= 0 or pitch > self.pitch * 1.3 + 1:
            return False
        if cur.kind == "paragraph" and len(cur.lines) > 1 and _centred(prev, left, right) and \
                _centred(line, left, right) and pitch > 1.5 * (prev.baseline - cur.lines[-2].baseline) > 0:
            return False  # a centred block's wider gap: the authors' names over where they work, a title page's parts
        first = cur.lines[0]
        left_x, text_x = first.x0, first.text_x
        if (first.page, first.column) != (line.page, line.column):  # the item ran on over a page or column break:
            here = [ln.x0 for ln in cur.lines if (ln.page, ln.column) == (line.page, line.column)]
            # its margin there (a page's margins may be shifted from the last one's; its one line may be indented)
            left_x, text_x = (min(here) if len(here) > 1 else -math.inf), max(here or [prev.x0])
        if cur.kind == "item" and (line.x0 < left_x - 4 or line.x0 > text_x + 8):
            return False  # back left of the marker, or a first-line indent: the item has ended
        if cur.kind == "item" and ends_sentence and line.x0 > left + 8 and self.opens_indented(line, left, right):
            return False  # a paragraph's first-line indent where the item's text stands: the next line is back at
            # the margin, left of the marker ("… sehari-hari." / "    Kepatuhan …" / "publik pada …")
        if cur.kind == "item" and line.x0 < text_x - 4 and (first.page, first.column) == (line.page, line.column) \
                and self.wraps_under_text(cur):
            return False  # a list whose items wrap under their text: a line back at the marker's x is not the item's
        width = max(right - left, 1.0)
        if cur.kind == "item" and len(cur.lines) == 1 and prev.x1 < right - 0.4 * width and \
                not prev_text.endswith((".", "!", "?", ";", ":")):
            cur.title_break = True  # "1. Russefendi (1988 : 23)" over its text: one item, the title on its own line
            return True
        # an item's first line starts at its marker: its next line under the text is a wrap, not an indent
        indented = line.x0 > (first.text_x if prev is first and cur.kind == "item" else prev.x0) + 8 and \
            line.x0 > left + 8
        if cur.kind == "paragraph" and prev.column in self.justified and not indented and line.x0 <= left + 4 \
                and _word_did_not_fit(prev, line, right):
            return True  # a justified line of one or two long words ("dikomunikasikan." / "Pertanggungjawaban …")
        # a line left short only because the next word did not fit, going on in small letters at the margin, goes on
        # ("… Hasibuan (2016:10) menyatakan bahwa:" / "pertanggungjawaban pengelolaan …")
        goes_on = not indented and line.text[:1].islower() and _word_did_not_fit(prev, line, right)
        # ... and in ragged (left-aligned) text whose paragraph opened with a first-line indent, a sentence ending on
        # a short line, the next full line back at the margin, goes on: the next paragraph would open indented too
        # (as across a page break, below). A short line with no stop there is a heading's; a bolder one too.
        goes_on = goes_on or (cur.kind == "paragraph" and prev.column not in self.justified and not indented
                              and cur.lines[0].x0 > left + 8 and line.x0 <= left + 4 and abs(line.bold - prev.bold) < 0.2
                              and (line.x1 >= right - 0.25 * width or _ends_sentence(line.text)))
        # ... and so does one in a text whose paragraphs are set apart by space (the next would open lower), when the
        # next line's first word did not fit on it
        goes_on = goes_on or (self.spaced_on(cur, line, left) and _word_did_not_fit(prev, line, right))
        if ends_sentence and (indented or prev.x1 < right - 0.12 * width) and not goes_on:
            return False
        if cur.kind == "paragraph" and prev.column in self.justified and prev.x1 < right - 0.02 * width and \
                line.text[:1].isupper() and line.x0 > left + 8 and line.x1 >= right - 0.02 * width and \
                (indented or len(cur.lines) == 1 and prev.x0 > left + 8 and abs(line.x0 - prev.x0) <= 2):
            return False  # a justified column's short line ends its paragraph (a title without a stop, "… Kandou")
            # when the next line opens indented, spread to the margin as a paragraph's first line (not centred)
        if prev.x1 < right - 0.4 * width and (line.text[:1].isupper() or ends_sentence):
            return False
        if cur.kind == "paragraph" and len(cur.lines) == 1 and prev.column in self.justified and \
                prev.x0 > left + 8 and abs(line.x0 - prev.x0) <= 2 and prev.x1 < right - 0.02 * width and \
                line.text[:1].isupper():
            return False  # one short line at the first-line indent, then another there: a wrap goes back to the margin
        return True

    def opens_indented(self, line: Line, left: float, right: float) -> bool:
        """line runs full to the right edge and the line under it, at the leading, goes on back at the margin: line
        is a paragraph's first line, set in by its first-line indent."""
        below = self.below
        return below is not None and (below.page, below.column) == (line.page, line.column) and \
            below.x0 <= left + 4 and 0 < below.baseline - line.baseline <= self.pitch * 1.3 + 1 and \
            line.x1 >= right - 0.02 * (right - left) and not _item_start(below.text)[0]

    def spaced_on(self, cur: _Open, line: Line, left: float) -> bool:
        """line, in the same type and at the margin, may go on with the paragraph cur in a text whose paragraphs are
        set apart by space: a line ending a sentence does not end the paragraph there unless the next word fitted."""
        prev = cur.last
        return self.spaced and cur.kind == "paragraph" and line.x0 <= left + 4 and \
            abs(line.bold - prev.bold) < 0.2 and abs(line.size - prev.size) < 1

    def ended_short(self, prev: Line, line: Line, spread: bool = False) -> bool:
        """prev, the last line before a page or column break, ends short of its column's right edge by more than
        the first word of line (on the next page or column) needs, as _word_did_not_fit measures that word; with
        spread, in a justified column short of the edge at all (every line of a paragraph but its last is spread to
        it)."""
        page = self._page_with_lines(prev)
        if page is None:
            return False
        margins = _column_margins(page)
        left, right = margins(prev)
        if spread and prev.column in _justified_columns(page, margins):
            return prev.x1 < right - 0.02 * (right - left)
        return bool(line.text.split()) and not _word_did_not_fit(prev, line, right)

    def set_in(self, line: Line) -> bool:
        """line starts right of its page's (or column's) left margin, by more than a space or two."""
        page = self._page_with_lines(line)
        return page is not None and line.x0 > _column_margins(page)(line)[0] + 8

    def _page_with_lines(self, line: Line) -> Page | None:
        """The page line stands on, when the page kept lines to measure its margins by."""
        page = next((p for p in self.pages if p.number == line.page), None)
        return page if page is not None and page.lines else None

    def wraps_under_text(self, cur: _Open) -> bool:
        """The item's own wrapped lines stand under its text (a hanging indent), or, when it has none yet, those of
        the last item of its list (markers at the same x) that wrapped."""
        first = cur.lines[0]
        if cur.title_break:  # a title over its text: how the text's own lines wrap, once they have
            text = [ln for ln in cur.lines[2:] if (ln.page, ln.column) == (first.page, first.column)]
            return bool(text) and all(abs(ln.x0 - first.text_x) <= 4 for ln in text)
        wrapped = [ln for ln in cur.lines[1:] if (ln.page, ln.column) == (first.page, first.column)]
        if wrapped:
            return all(abs(ln.x0 - first.text_x) <= 4 for ln in wrapped)
        return next((hanging for x, hanging in reversed(self.item_wraps) if abs(x - first.x0) <= 3), False)

    def cell_fragments(self, cur: _Open, line: Line) -> bool:
        """Table cells of a word or three ("Lemari Arsip", "Beroda") go with the next cell of their row."""
        prev = cur.last
        return (line.beside and line.page == prev.page and abs(line.top - prev.top) <= 3 * self.pitch
                and all(ln.beside and len(ln.text.split()) <= 3 and not _ends_sentence(ln.text)
                        for ln in cur.lines))

    # -- output

    def flush(self) -> None:
        self.flush_table()
        cur, self.open = self.open, None
        if cur is None:
            return
        first, last = cur.lines[0].page, cur.lines[-1].page
        texts = [cur.first_text or cur.lines[0].text] + [ln.text for ln in cur.lines[1:]]
        if cur.title_break:
            text = texts[0] + "\n" + join_lines(texts[1:], self.words, self.typeset)
        else:
            text = join_lines(texts, self.words, self.typeset)
        if cur.kind == "item" and not cur.title_break:
            start = cur.lines[0]
            wrapped = [ln for ln in cur.lines[1:] if (ln.page, ln.column) == (start.page, start.column)]
            if wrapped:
                self.item_wraps.append((start.x0, all(abs(ln.x0 - start.text_x) <= 4 for ln in wrapped)))
        if cur.kind == "heading":
            self.builder.heading(text, cur.level, first, last, placed=cur.placed)
        else:
            self.builder.add(cur.kind, text, level=cur.level if cur.kind == "item" else 0, marker=cur.marker,
                             first_page=first, last_page=last)
        for caption in self.held_captions:
            self.builder.add("paragraph", caption.text, first_page=caption.page, last_page=caption.page)
        self.held_captions = []
        if cur.kind != "item" and not (cur.kind == "paragraph" and structure.is_lead_in(text)):
            self.flush_footnotes(last)  # a list may go on over the page: the page's notes wait until it ends

    def flush_footnotes(self, page: int | None) -> None:
        keep = []
        for number, text in self.pending_footnotes:
            if page is None or number <= page:
                self.builder.add("footnote", text, first_page=number)
            else:
                keep.append((number, text))
        self.pending_footnotes = keep


def _spaced_section_number(line: Line) -> Line:
    """A line opening with a section's or chapter's number glued to its title, the tab after the number lost
    ("2.4.1.Perangkat Keras", "BAB IIPENDAHULUAN"): the number set apart, so the heading gets its number's level."""
    spaced = structure.spaced_number(line.text)
    if spaced == line.text or not (_SECTION_NUMBER.match(spaced) or _CHAPTER.match(spaced)):
        return line
    return dataclasses.replace(line, text=spaced)


def _table_first(page: Page, table: pdf_tables.Table, line: Line) -> bool:
    """The table comes before this line in reading order: the line stands lower in the table's column (or across
    the page), or in a column right of the table's."""
    column = _table_column(page.gutters, table)
    if column and line.column and column != line.column:
        return column < line.column
    return line.top >= table.top - 1


def _table_column(gutters: tuple[float, ...], table: pdf_tables.Table) -> int:
    """The column a table stands in: 1 the left one; 0 across a gutter, or on a page of one column."""
    if not gutters:
        return 0
    first = bisect.bisect_right(gutters, table.x0)
    return first + 1 if first == bisect.bisect_left(gutters, table.x1) else 0


def _table_order(page: Page, a: pdf_tables.Table, b: pdf_tables.Table) -> float:
    """Tables in two columns: the left column's first; else (one column, or across the page) the higher first."""
    ca, cb = _table_column(page.gutters, a), _table_column(page.gutters, b)
    return ca - cb if ca and cb and ca != cb else a.top - b.top


def _hyphenates(pages: list[Page], words: set[str]) -> bool:
    """The layout program hyphenated words by itself (Word's or InDesign's automatic hyphenation, as TeX does):
    three or more line-end hyphens, half of them or more breaking a word found whole in the document or the
    dictionary (an author's own hyphens at line ends break none: "negara-" "negara", "sosial-" "ekonomi")."""
    ends = broken = 0
    for page in pages:
        for a, b in zip(page.lines, page.lines[1:]):
            text = a.text.rstrip()
            if text.endswith("-") and len(text) > 2 and text[-2].isalpha() and b.text[:1].isalpha():
                ends += 1
                broken += structure.hyphen_breaks_word(text[:-1], b.text, words)
    return broken >= 3 and 2 * broken >= ends


def _justified_columns(page: Page, margins) -> set[int]:
    """The columns of a page (0: the whole page) whose lines of three words or more mostly end at the right edge."""
    ends: dict[int, list[bool]] = {}
    for line in page.lines:
        if len(line.text.split()) >= 3:
            ends.setdefault(line.column, []).append(line.x1 >= margins(line)[1] - 1.5)
    return {column for column, flush in ends.items() if len(flush) >= 4 and sum(flush) >= 0.6 * len(flush)}


_CLOSING_NUMBER = re.compile(r"^\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)")


def _closes_parenthesis(prev: Line, line: Line) -> bool:
    """prev leaves a parenthesis open and line opens with a number closing it: a citation's page or year wrapped
    ("(Rahman, 2017, hlm." / "12) sehingga ...", "(Santoso," / "2019) menyatakan ..."), not a list's "12)"."""
    return structure.left_open(prev.text) and bool(_CLOSING_NUMBER.match(line.text))  # the text readers' twin: unwrap


def _word_did_not_fit(prev: Line, line: Line, right: float) -> bool:
    """The first word of line would not have fitted at the end of prev: the break was the typesetter's, not the
    paragraph's end (a short line in justified text, whose next word was too long for it)."""
    words = line.text.split()
    if not words or not prev.text.strip():
        return False
    space = 0.25 * line.size
    # the first word's width: the whole line; or up to where the second word starts, less one (stretched) space,
    # but no wider than its share of the line (a table row's first cell stands far from the next one)
    share = 1.15 * len(words[0]) * (line.x1 - line.x0) / max(len(line.text), 1)
    first = line.x1 - line.x0 if len(words) == 1 else min(max(line.text_x - line.x0 - space, 0), share)
    return prev.x1 + space + first > right


def _flow_break(prev: Line, line: Line) -> bool:
    """The text goes on at the top of a new page, or of the next column, or from a column's foot into the
    full-width band under the columns."""
    return line.page != prev.page or 0 < prev.column < line.column or (
        prev.column > 0 and line.column == 0 and line.top > prev.bottom)


def _spaced_paragraphs(pages: list[Page], body_size: float, pitch: float) -> bool:
    """The text sets its paragraphs apart by space, not by a first-line indent (Word's Normal style: left-aligned,
    8 pt after each paragraph): three times or more, a line of the body's type ends a sentence and the next one, a
    gap below it, opens at its x."""
    apart = 0
    for page in pages:
        for a, b in zip(page.lines, page.lines[1:]):
            if (a.column == b.column and abs(a.size - body_size) < 1 and abs(b.size - body_size) < 1
                    and max(a.bold, b.bold) < 0.5 and abs(a.x0 - b.x0) <= 4 and _ends_sentence(a.text)
                    and pitch * 1.3 + 1 < b.baseline - a.baseline <= pitch * 2.5):
                apart += 1
    return apart >= 3


def _line_pitch(pages: list[Page], body_size: float) -> float:
    pitches = []
    for page in pages:
        for a, b in zip(page.lines, page.lines[1:]):
            d = b.baseline - a.baseline
            if abs(a.size - body_size) < 1 and abs(b.size - body_size) < 1 and 0.8 * body_size < d < 3 * body_size:
                pitches.append(d)
    return statistics.median(pitches) if pitches else body_size * 1.2


def _column_margins(page: Page):
    """line -> the (left, right) edges of the text it stands in: its column on a page set in columns, else the page."""
    whole = _margins(page.lines)
    if not page.gutters:
        return lambda line: whole
    columns: dict[int, list[Line]] = {}
    for line in page.lines:
        columns.setdefault(line.column, []).append(line)
    sides = {column: _margins(lines) for column, lines in columns.items() if column}
    return lambda line: sides.get(line.column, whole)


def _margins(lines: list[Line]) -> tuple[float, float]:
    """The body text's left edge (the leftmost line start shared by a quarter as many lines as the most common one:
    a list's hanging indent may be the most common start) and right edge (the 90th-percentile line end)."""
    starts = Counter(round(ln.x0) for ln in lines)
    most = max(starts.values())
    left = min(x for x, n in starts.items() if n >= max(2, 0.25 * most) or n == most)
    ends = sorted(ln.x1 for ln in lines)
    right = ends[int(0.9 * (len(ends) - 1))]
    return float(left), right


# A word that takes the number after it: "pada Tabel" / "1. Menurut ..." is Table 1, not a list's first item
# (a caption's word, structure.CAPTION_WORDS, but "Skema", never listed here: adding it would change reading; or a
# numbered part's, an equation's)
_TAKES_A_NUMBER = re.compile(rf"(?<![\w\-])(?:{structure.any_of(w for w in structure.CAPTION_WORDS if w != 'Skema')}|"
                             r"Lampiran|Pasal|Bab|Nomor|No\.?|Persamaan|Rumus|Chapter)$")


# A name's initials opening a line: "S. J. Huston", "S. Huston (2010)"; not a lettered heading "B. Kajian Teori"
_INITIALS_OF_A_NAME = re.compile(r"^(?:[A-Z]\.[ \t]?){2,3}[A-Z][\w'’\-]+|^[A-Z]\.[ \t]?[A-Z][\w'’\-]+[ \t]*\([ \t]*\d{4}")


def _centred(line: Line, left: float, right: float) -> bool:
    """A line set on the measure's axis, right of its margin (a title page's names, a caption)."""
    return line.x0 > left + 8 and abs((line.x0 + line.x1) / 2 - (left + right) / 2) <= 0.03 * (right - left)


def _carried_over(prev: str, line: str) -> bool:
    """Over a page or column break, a sentence left open in a small word runs on onto a line that only looks like an
    item: a name's initials ("dikemukakan oleh" / "S. J. Huston (2010) ..."), or the number a word before it takes
    ("pada Tabel" / "1. Menurut ..."). A list after a lead-in with no colon ("terdiri dari" / "1. ...") and a
    lettered heading under a caption or a source line ("Sumber: data diolah" / "B. Kajian Teori") still open."""
    label = structure.list_marker(line).rstrip(".)")
    prev = prev.rstrip()
    if len(label) == 1 and label.isalpha():
        return prev[-1:].islower() and _INITIALS_OF_A_NAME.match(line) is not None
    return label.isdigit() and _TAKES_A_NUMBER.search(prev) is not None


def _line_before(cur, right: float) -> str | None:
    """What a bracketed marker's line follows, for _item_start: "" after a heading or nothing, the line above when it
    ends short of the right margin (its paragraph or item ended there), None after a full line (a series set inline
    and justified runs over it: "…; (b) …" wrapped before "(b)")."""
    if cur is None or cur.kind == "heading":
        return ""
    last = cur.last
    return last.text if last.x1 < right - 0.12 * (right - last.x0) else None


def _item_start(text: str, before: str | None = None) -> tuple[str, str]:
    """("1.", rest) for a list line, ("•", rest) for a bullet glyph, or ("", text). A bracketed marker ("(1)", "(d)")
    opens an item only after a line known to close its sentence (before), as structure.inline_marker decides:
    after a line left open, or with no line known, it is a series set inline and wrapped there ("yakni" / "(2) …")."""
    if len(text) > 2 and text[0] in _BULLETS and text[1] == " " and text[2:].strip():
        return "•", text[2:].strip()
    marker = structure.list_marker(text)
    if not marker or marker[0] == "(" and (before is None or bool(before) and structure.inline_marker(before, text, before)):
        return "", text
    m = structure.LIST_MARKER.match(text)
    rest = text[m.end():].strip()
    if rest[:1] in ".,;:)":
        return "", text  # "474). Demikian": a number closing a citation, not a list
    if not rest or marker in ("-", "*", "·"):
        return ("•", rest) if rest and marker != "-" else ("", text)
    return marker, rest


def _footnote_texts(lines: list[Line], words: set[str], typeset: bool) -> list[str]:
    """The notes' texts: a note starts with its number where the column's first note starts (at the margin under
    a hanging indent, or indented with its other lines at the margin); the number may be a row of its own."""
    notes: list[list[str]] = []
    first: Line | None = None
    for line in lines:
        if first is None or line.column != first.column:
            first = line
            notes.append([line.text])
        elif (_FOOTNOTE_START.match(line.text) or re.fullmatch(r"\d{1,3}|[*†‡]", line.text)) and \
                abs(line.x0 - first.x0) <= 2:
            notes.append([line.text])
        else:
            notes[-1].append(line.text)
    return [_GLUED_LABEL.sub(r"\1 ", join_lines(n, words, typeset), count=1) for n in notes]


# A note's number set close to its text in the body's type, no space between ("1Survei internal …", as LibreOffice
# sets a footnote's number): set apart, as a raised one is (_drop_note_references), so the note keeps its label
_GLUED_LABEL = re.compile(r"^(\d{1,3})(?=[A-Z][a-z])")


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
            out = out[:-1] + line if structure.hyphen_breaks_word(out[:-1], line, words, typeset) else out + line
        else:
            out = f"{out} {line}"
    return out.replace(_SOFT_HYPHEN, "")
