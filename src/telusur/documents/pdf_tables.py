"""Ruled tables on a PDF page: the grid their rules draw, and each cell's text read whole.

A table whose cells hold sentences wraps each cell over several lines; PDFium's text order runs across the row (a
line of the first cell, a line of the second, then the first cell's second line ...), so read as lines the cells
came back slice by slice, interleaved. Here the table's rules (stroked lines or thin filled rectangles, as Word,
LibreOffice and reportlab draw a grid) give its rows and columns; every glyph inside the grid goes to its cell, and
each cell's lines are read in order. The table becomes one block, a row per line and cells joined by " | ", as the
Markdown, HTML and DOCX readers write a table. A table ruled as APA asks has no vertical rules: its columns are the
white space down its lines (open_grids)."""

from __future__ import annotations

import bisect
import ctypes
from dataclasses import dataclass, field

from .model import without_note_mark

_RULE = 1.5  # thicker than this is a box, not a rule
_SNAP = 2.0  # rules this close are one rule (a double border, a rectangle's two edges)
_MAX_SEGMENTS = 4000  # a page with more drawn segments is a chart or a drawing: no table is looked for
_TERMINAL = (".", "!", "?", ":", "”", '"', "’")


@dataclass
class Table:
    """A ruled table: its box (points from the page's top-left) and its cells' lines, row by row."""

    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    rows: list[list[list[str]]] = field(default_factory=list)  # row -> cell -> the cell's lines in reading order
    header: float | None = None  # an open table's rule under its header row (see open_grids); None: ruled grid
    open_top: bool = False  # its column rules run on above its first rule: a row going on from the page before
    open_bottom: bool = False  # ... below its last rule: its last row goes on at the next page
    columns: list[float] = field(default_factory=list)  # the x of the rules crossing its last row (a ruled grid)


def rules(page, pdfium_c, height: float) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """The page's horizontal rules (y, x0, x1) and vertical rules (x, top, bottom), from its path objects' straight
    segments and thin rectangles, in points from the page's top-left."""
    horizontal, vertical = [], []
    count = 0
    x, y = ctypes.c_float(), ctypes.c_float()
    matrix = pdfium_c.FS_MATRIX()
    fill_mode, stroked = ctypes.c_int(), ctypes.c_int()
    # the page's own paths: a path inside a form XObject has its matrix relative to the form, not to the page
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=1):
        raw = obj.raw
        n = pdfium_c.FPDFPath_CountSegments(raw)
        count += max(n, 0)
        if count > _MAX_SEGMENTS:
            return [], []
        if n <= 0 or not pdfium_c.FPDFPageObj_GetMatrix(raw, matrix) or \
                not pdfium_c.FPDFPath_GetDrawMode(raw, ctypes.byref(fill_mode), ctypes.byref(stroked)):
            continue
        # a white box behind a line of text (Word's shading) or a clip draws nothing: only visible ink is a rule
        stroke = bool(stroked.value) and _inked(pdfium_c.FPDFPageObj_GetStrokeColor, raw)
        fill = bool(fill_mode.value) and _inked(pdfium_c.FPDFPageObj_GetFillColor, raw)
        if not stroke and not fill:
            continue
        found_h, found_v = (horizontal, vertical) if stroke else ([], [])
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        start = last = None
        points = []  # the current subpath's points, for a thin rectangle
        for i in range(n):
            seg = pdfium_c.FPDFPath_GetPathSegment(raw, i)
            if not pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
                continue
            px, py = a * x.value + c * y.value + e, b * x.value + d * y.value + f
            point = (px, height - py)
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                if fill:
                    _thin_box(points, horizontal, vertical)
                start = last = point
                points = [point]
                continue
            if kind == pdfium_c.FPDF_SEGMENT_LINETO and last is not None:
                _segment(last, point, found_h, found_v)
                points.append(point)
            else:
                points = []  # a curve: no rule, no rectangle
            last = point
            if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                _segment(point, start, found_h, found_v)
        if fill:
            _thin_box(points, horizontal, vertical)
    return horizontal, vertical


def _inked(get_color, raw) -> bool:
    """The colour is seen on a white page: not white (nor nearly), not transparent."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not get_color(raw, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
        return True
    return a.value > 0 and min(r.value, g.value, b.value) < 230


def _segment(p, q, horizontal: list, vertical: list) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y1 - y0) <= 0.5 and abs(x1 - x0) > 3:
        horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x1 - x0) <= 0.5 and abs(y1 - y0) > 3:
        vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def _thin_box(points: list, horizontal: list, vertical: list) -> None:
    """A filled rectangle thinner than a rule's width is the rule itself (Word draws a cell's border so)."""
    if len(points) < 4:
        return
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    if h <= _RULE < w:
        horizontal.append(((min(ys) + max(ys)) / 2, min(xs), max(xs)))
    elif w <= _RULE < h:
        vertical.append(((min(xs) + max(xs)) / 2, min(ys), max(ys)))


def grids(number: int, horizontal: list, vertical: list, follows: list[float] = (), precedes: list[float] = (),
          lone: list | None = None) -> list[tuple[Table, list[float], dict]]:
    """The tables the rules draw: groups of horizontal and vertical rules that touch, with two rows or more and
    two columns or more in a row. Each with its row edges (tops, top to bottom) and, per row, the x of the rules
    crossing it (a merged cell has none between its columns). Column rules running on past the first or last rule
    (a row split over pages, left open there) end a row too. A grid of one row is a table only where it goes on
    from the last page's table, its rules at that table's columns (follows): a row set alone at the next page; or
    where the next page's table goes on from it (precedes): a header row set alone at a page's foot. The grids of one
    row left out are put in lone, (bottom, columns), for the reader to look at the next page."""
    rules = [("h", *r) for r in horizontal] + [("v", *r) for r in vertical]
    if len(rules) < 4:
        return []
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hs = [i for i, r in enumerate(rules) if r[0] == "h"]
    vs = [i for i, r in enumerate(rules) if r[0] == "v"]
    for i in hs:
        _, y, x0, x1 = rules[i]
        for j in vs:
            _, x, top, bottom = rules[j]
            if x0 - _SNAP <= x <= x1 + _SNAP and top - _SNAP <= y <= bottom + _SNAP:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(rules)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for members in groups.values():
        h = [rules[i][1:] for i in members if rules[i][0] == "h"]
        v = [rules[i][1:] for i in members if rules[i][0] == "v"]
        if not h or len(v) < 3:
            continue
        edges = _snapped([y for y, _, _ in h])
        open_top = edges[0] - min(a for _, a, _ in v) > 3 * _SNAP
        open_bottom = max(b for _, _, b in v) - edges[-1] > 3 * _SNAP
        edges = [min(a for _, a, _ in v)] * open_top + edges + [max(b for _, _, b in v)] * open_bottom
        if len(edges) < 2:
            continue
        crossing = {}
        for k, (top, bottom) in enumerate(zip(edges, edges[1:])):
            middle = (top + bottom) / 2
            crossing[k] = _snapped([x for x, a, b in v if a - _SNAP <= middle <= b + _SNAP])
        if max(len(xs) for xs in crossing.values()) < 3:  # two rules a row at most: a box, not columns
            continue
        if len(edges) == 2 and not same_columns(crossing[0], follows) and not same_columns(crossing[0], precedes):
            if lone is not None:
                lone.append((edges[-1], crossing[0]))
            continue
        x0, x1 = min(x for _, x, _ in h), max(x for _, _, x in h)
        out.append((Table(number, x0, x1, edges[0], edges[-1], open_top=open_top, open_bottom=open_bottom,
                          columns=crossing[len(edges) - 2]), edges, crossing))
    return sorted(out, key=lambda g: g[0].top)


def same_columns(xs: list[float], others: list[float]) -> bool:
    return len(xs) == len(others) and all(abs(a - b) <= 2 * _SNAP for a, b in zip(xs, others))


_HEADER_LINES = 3  # an open table's header row holds at most this many lines
_COLUMN_GAP = 0.9  # white space this wide (times the type's size) down every line parts two columns


def open_grids(number: int, horizontal: list, vertical: list, rows: list) -> list[tuple[Table, list[float], dict]]:
    """Tables ruled as APA asks: no vertical rules, a rule above, one under the header row and one below, all of
    one width (more rules of that width between the rows are allowed; on a page the table goes on from or to, the
    rule above and the header's rule, the lines below them up to the next gap). The columns are where white space
    runs down every line of the table; the rows are its lines, joined where a cell wraps (see _goes_on). Prose
    between rules of one width (an abstract) is no table: it has no white space down its lines."""
    touched = {i for i, (y, x0, x1) in enumerate(horizontal)
               if any(x0 - _SNAP <= x <= x1 + _SNAP and top - _SNAP <= y <= bottom + _SNAP for x, top, bottom in vertical)}
    free = _joined([r for i, r in enumerate(horizontal) if i not in touched])
    stacks: list[list[tuple[float, float, float]]] = []  # rules of one width, top to bottom
    for y, x0, x1 in free:
        stack = next((st for st in stacks if abs(st[0][1] - x0) <= _SNAP and abs(st[0][2] - x1) <= _SNAP), None)
        if stack is None:
            stacks.append([(y, x0, x1)])
        else:  # _joined made one rule of a height: the next of a width stands lower
            stack.append((y, x0, x1))
    glyphs = [box for row in rows for _, box in row if box is not None]
    out = []
    for stack in stacks:
        x0, x1 = stack[0][1], stack[0][2]
        if x1 - x0 < 72:  # an inch at least: no underline or footnote rule
            continue
        within = [b for b in glyphs if x0 - _SNAP < (b[0] + b[1]) / 2 < x1 + _SNAP]
        for ys, header in _open_tables([y for y, _, _ in stack], within):
            top, bottom = ys[0], ys[-1]
            inside = [b for b in within if top < (b[2] + b[3]) / 2 < bottom]
            edges = [top] + _row_edges(_baselines(inside), ys[1:-1]) + [bottom]
            columns = _columns(inside, x0, x1)
            out.append((Table(number, x0, x1, top, bottom, header=header), edges,
                        {k: columns for k in range(len(edges) - 1)}))
    return out


def _joined(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Horizontal rules drawn piece by piece, one rule per height, top to bottom: Word draws a row's border cell by
    cell, and an APA header's rule may leave a gap between column groups; the pieces at one height are one rule
    from the first's start to the last's end when they cover most of that width."""
    levels: list[list[tuple[float, float, float]]] = []
    for rule in sorted(rules, key=lambda r: r[0]):
        if levels and rule[0] - levels[-1][0][0] <= _SNAP:
            levels[-1].append(rule)
        else:
            levels.append([rule])
    out = []
    for pieces in levels:
        x0, x1 = min(r[1] for r in pieces), max(r[2] for r in pieces)
        covered, reach = 0.0, x0
        for _, a, b in sorted(pieces, key=lambda r: r[1]):
            covered += max(0.0, b - max(a, reach))
            reach = max(reach, b)
        if covered >= 0.6 * (x1 - x0):
            out.append((pieces[0][0], x0, x1))
        else:
            out += pieces
    return out


def _open_tables(ys: list[float], glyphs: list) -> list[tuple[list[float], float]]:
    """The tables a stack of rules of one width draws: (rules top to bottom, the header's rule). The stack is cut
    where a band between two rules is prose (one column, more lines than a header); a part needs a header band of
    at most _HEADER_LINES lines under its first rule and two columns below. Where the last part has only its rule
    above and the header's, the table runs on down the page (to the next page) over the lines that follow."""
    placed = sorted(glyphs, key=lambda b: (b[2] + b[3]) / 2)
    middles = [(b[2] + b[3]) / 2 for b in placed]

    def band(top: float, bottom: float) -> list:  # a lined form draws hundreds of rules: each band a slice
        return placed[bisect.bisect_right(middles, top):bisect.bisect_left(middles, bottom)]
    parts, part = [], [ys[0]]
    for top, bottom in zip(ys, ys[1:]):
        inside = band(top, bottom)
        if len(_baselines(inside)) > _HEADER_LINES and len(_columns(inside, 0, 0)) < 3:
            parts.append(part)
            part = [bottom]
        else:
            part.append(bottom)
    parts.append(part)
    out = []
    for k, part in enumerate(parts):
        if len(part) == 2 and k == len(parts) - 1:  # the table goes on at the next page: down to the next gap
            below = _baselines(placed[bisect.bisect_right(middles, part[1]):])
            run = below[:1]
            for y in below[1:]:
                if len(run) >= 2 and y - run[-1] > 2.5 * min(b - a for a, b in zip(run, run[1:])):
                    break
                run.append(y)
            if len(run) >= 2:
                sizes = [b[5] for b in glyphs if abs(b[4] - run[-1]) < 1.0] or [10.0]
                part = part + [run[-1] + 0.4 * max(sizes)]
        if len(part) < 3:
            continue
        header = len(_baselines(band(part[0], part[1])))
        body = band(part[1], part[-1])
        if 1 <= header <= _HEADER_LINES and len(_baselines(body)) >= 2 and len(_columns(body, 0, 0)) >= 3:
            out.append((part, part[1]))
    return out


def _row_edges(lines: list[float], rules: list[float]) -> list[float]:
    """Edges between an open table's rows, from its lines' baselines: at every rule between two lines; elsewhere,
    where the space between lines is wider than between a cell's lines (a cell's padding), only there; else
    between every two lines."""
    pairs = [(a, b) for a, b in zip(lines, lines[1:])]
    ruled = [any(a < y < b for y in rules) for a, b in pairs]
    gaps = [b - a for (a, b), r in zip(pairs, ruled) if not r]
    step = min(gaps) if gaps else 0.0
    padded = bool(gaps) and any(g > 1.25 * step for g in gaps) and sum(g <= 1.1 * step for g in gaps) >= 2
    return [(a + b) / 2 for (a, b), r in zip(pairs, ruled) if r or not padded or b - a > 1.25 * step]


def _baselines(boxes: list) -> list[float]:
    """The baselines of the lines the glyphs stand on, top to bottom (one per line: within a third of the size)."""
    out: list[float] = []
    for b in sorted(boxes, key=lambda b: b[4]):
        if not out or b[4] - out[-1] > 0.34 * max(b[5], 1.0):
            out.append(b[4])
    return out


def _columns(boxes: list, x0: float, x1: float) -> list[float]:
    """Column edges of an open table: x0, the middle of every stretch of white space at least _COLUMN_GAP of the
    type's size wide that no glyph crosses, x1."""
    if not boxes:
        return [x0, x1]
    size = sorted(b[5] for b in boxes)[len(boxes) // 2] or 10.0
    spans = sorted((b[0], b[1]) for b in boxes)
    edges, reach = [x0], spans[0][1]
    for left, right in spans[1:]:
        if left - reach >= _COLUMN_GAP * size:
            edges.append((reach + left) / 2)
        reach = max(reach, right)
    return edges + [x1]


def _snapped(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _SNAP:
            continue
        out.append(v)
    return out


def take_cells(rows: list, found: list[tuple[Table, list[float], dict]]) -> tuple[list, list[Table]]:
    """Every glyph standing inside a table's grid goes to its cell (a space with the glyph before it); the rows
    keep the rest. Returns the rows left and the tables that got text, each cell's lines in reading order."""
    if not found:
        return rows, []
    cells: list[dict[tuple[int, int], list]] = [{} for _ in found]
    left: list = []
    for row in rows:
        kept: list = []
        target = None  # the cell the last glyph went to
        for ch, box in row:
            if box is None:
                if target is not None:
                    target.append((ch, None))
                else:
                    kept.append((ch, box))
                continue
            target = None
            cx, cy = (box[0] + box[1]) / 2, (box[2] + box[3]) / 2
            for t, (table, edges, crossing) in enumerate(found):
                if not (table.top < cy < table.bottom and table.x0 < cx < table.x1):
                    continue
                k = _index(edges, cy)
                xs = crossing.get(k, [])
                if len(xs) < 2 or not xs[0] < cx < xs[-1]:
                    continue
                target = cells[t].setdefault((k, _index(xs, cx)), [])
                target.append((ch, box))
                break
            if target is None:
                kept.append((ch, box))
        if any(box is not None for _, box in kept):
            left.append(kept)
    tables = []
    for (table, edges, crossing), found_cells in zip(found, cells):
        if not found_cells:
            continue
        for k in range(len(edges) - 1):
            columns = max(len(crossing.get(k, [])) - 1, 0)
            row = [_cell_lines(found_cells.get((k, c), [])) for c in range(columns)]
            if table.header is not None and table.rows and _goes_on(row, edges[k], table):
                table.rows[-1] = [a + b for a, b in zip(table.rows[-1], row)]
            elif any(row):
                table.rows.append(row)
        if table.rows:
            tables.append(table)
    return left, tables


def _goes_on(row: list[list[str]], top: float, table: Table) -> bool:
    """In an open table, a line goes on the row above: a header row's further line; in the body, a line whose
    first cell is empty while another is too (a cell wrapped), or whose cells all go on in small letters. A line
    filling every cell but the first is a row of its own (Word centres a cell merged down several rows)."""
    if top < table.header:
        return True
    if len(table.rows) == 1:
        return False  # the row above is the header
    filled = [bool(cell) for cell in row]
    if not any(filled):
        return False
    lower = all(cell[0][:1].islower() for cell in row if cell)
    return not filled[0] and not all(filled[1:]) or lower or \
        row_goes_on([lines[-1] if lines else "" for lines in table.rows[-1]], [lines[0] if lines else "" for lines in row])


def row_goes_on(last: list[str], row: list[str], split: bool = False) -> bool:
    """A row (a table's first at a page's top, or an open table's line) is the rest of the row above it (Word draws a
    row split over pages with its rules on both): one filled cell at least going on in small letters from a cell
    left open (no stop), none opening in small letters after a stop (the others go on with a capital, "Sangat" /
    "Kritis", or open a sentence after one the page's foot closed); its first cell empty, or going on too ("Posisi
    Umum" / "terhadap Efek Media"), or going on with a capital from a name left open when every other filled cell
    goes on in small letters ("Peran dan Sifat" / "Bawaan (Nature)"), only where a page or a column split the row
    (split) and only from cells that opened a sentence with a capital: within a page, and under cells of values in
    small letters ("Kota Bandung | ada | baik" / "Kota Bogor | tidak ada | cukup"), such a line is a row of its own.
    A row of its own names itself in its first cell, its other cells opening with capitals or after stops; one under
    a name merged down rows goes on from no open cell. last: the last line of each cell above (at a split, each
    cell's whole text); row: the first line of each cell."""
    filled = [(a, b) for a, b in zip(last, row) if b]
    if not filled or not last[0] or not all(a for a, _ in filled):
        return False
    going = [b[:1].islower() and not ends_sentence(a) for a, b in filled]
    if row[0] and not going[0] and not (split and row[0][:1].isupper() and not ends_sentence(last[0])
                                        and len(filled) > 1 and all(going[1:])
                                        and all(a[:1].isupper() for a, _ in filled[1:])):
        return False  # a name going on with a capital ("Peran dan Sifat" / "Bawaan") when every other cell goes on
    return any(going) and not any(b[:1].islower() and ends_sentence(a) for a, b in filled)


def ends_sentence(text: str) -> bool:
    """A line closing its sentence, a note's mark after the stop aside ("kerajaan baru.¹"): the PDF reader's lines
    and a table's cells alike."""
    return without_note_mark(text).endswith(_TERMINAL)


def _index(edges: list[float], v: float) -> int:
    """Which interval of the sorted edges holds v (0 for the first)."""
    k = 0
    while k + 2 < len(edges) and v > edges[k + 1]:
        k += 1
    return k


def _cell_lines(glyphs: list) -> list[str]:
    """A cell's glyphs as text lines, top to bottom: a new line where the baseline moves by more than a third of the
    type's size; a space where two glyphs stand a quarter of their size apart with none between them."""
    lines: list[list] = []  # [baseline, first x, characters, last x]
    last = None
    for ch, box in glyphs:
        if box is None:
            if lines:
                lines[-1][2].append(ch)
            continue
        if last is None or abs(box[4] - last[4]) > 0.34 * max(box[5], last[5], 1.0) or box[0] < last[0] - 1:
            same = [ln for ln in lines if abs(ln[0] - box[4]) <= 0.34 * max(box[5], 1.0)]
            if same and same[-1][2] and box[0] >= same[-1][3]:
                current = same[-1]  # the same line, taken up again after another cell's text
                current[2].append(" ")
            else:
                current = [box[4], box[0], [], box[1]]
                lines.append(current)
        else:
            current = lines[-1]
            if box[0] - last[1] > 0.25 * box[5] and current[2] and current[2][-1] != " ":
                current[2].append(" ")
        current[2].append(ch)
        current[3] = box[1]
        last = box
    return [" ".join("".join(ln[2]).split()) for ln in sorted(lines, key=lambda ln: (ln[0], ln[1]))
            if "".join(ln[2]).strip()]
