"""Page furniture: the lines a page's header or footer leaves in a document's text, found by being written page after
page. One rule for every reader that meets them without the page's geometry (text.py's pdftotext pages, markdown.py's
paragraphs, citations/references.py's lines): a short line met RUNNING_TIMES times or more is a running header or
footer, but for the exceptions running_lines states. pdf.py weighs position and type on the page instead, and shares
furniture_key and alike (an OCR'd header); it also keeps a note referring back ("Ibid., hlm. 43.") and a line whose
numbers jump page to page, which it sets apart as notes: at a .txt page's foot such a note cuts the sentence running
over the page, so there it goes with the furniture."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .structure import is_caption, is_reference_heading

_MATH = re.compile(r"\$[^$\n]+\$")  # TeX math in a line of text ("$K_2$")
RUNNING_TIMES = 3  # on three pages (or three places) or more: a heading written twice is still the text's
RUNNING_LONGEST = 160  # characters: a header or footer is one short line, never a paragraph
OCR_REACH = 4  # pages: an OCR'd header is misread page to page, not matched across the document
AT_BREAKS = 1 / 3  # of a line's places where pages break: furniture, not a label met by a page break by chance


def furniture_key(line: str) -> str:
    """A margin line as page after page writes it: case, spacing and digits aside ("Halaman 12" / "HALAMAN  13")."""
    return " ".join(re.sub(r"\d+", "#", line.lower()).split())


def alike(a: str, b: str) -> bool:
    """Two margin lines (furniture_key) are one running header when equal, or, long enough, nearly equal: an OCR'd
    header reads a letter or two differently on each page ("jurnal hukum prioris" / "surnal hukltm prioris")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 12 or abs(len(a) - len(b)) > 0.2 * max(len(a), len(b)):
        return False
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85


def running_lines(lines: Iterable[tuple[str, int]], *, shortest: int = 1, inside: tuple[int, int] | None = None,
                  misread: bool = False, breaks: frozenset[int] | None = None) -> frozenset[str]:
    """The running headers and footers among `lines`, (line, place) pairs with each line as the caller keys it
    (furniture_key, or its spacing collapsed) and its place (a page, a paragraph's or a line's position): the lines
    of `shortest` to RUNNING_LONGEST characters, on one line, met at RUNNING_TIMES places or more. With `misread`
    the places are pages, and a line alike to one written the same on two pages and met on the last OCR_REACH pages
    is that line as OCR misread it (captions at page tops, "Tabel 4.3 Distribusi responden berdasarkan umur" /
    "... berdasarkan pendidikan", are alike too, but never two the same).
    Exceptions, the text's own however often it is written:
    - a lead-in ("Rumus yang digunakan adalah:" over each of three formulas) introduces what follows, as no header
      does;
    - a line ending a sentence met only inside text[inside[0]:inside[1]] (a reference list): an entry's wrapped
      "Jakarta: Rineka Cipta." repeats there, a thesis's footer stands outside it too.
    - with `breaks`, the places where a page shows it ended (the caller's places are no pages: Markdown's
      paragraphs), a line carrying no number (a volume, a year, a page) and met at such places less than AT_BREAKS
      of the time is a label heading what follows it ("Penyelesaian" over each worked example's solution): furniture
      stands where pages break, a label where the content puts it. A reference-list heading is no such label.
    And a reference-list heading over each page of the list is the list's heading where first met (left_out)."""
    return frozenset(line for forms, at in _groups(lines, misread) if len(at) >= RUNNING_TIMES for line in forms
                     if _may_run(line, at, shortest, inside) and _at_page_breaks(line, at, breaks))


def _groups(lines: Iterable[tuple[str, int]], misread: bool) -> list[tuple[list[str], set[int]]]:
    """The lines met as one: (its forms, its places), a form each but where a misreading joins a line (running_lines)."""
    groups: list[tuple[list[str], set[int]]] = []
    by_line: dict[str, tuple[list[str], set[int]]] = {}
    seen: dict[str, set[int]] = {}  # each form's own places
    recent: list[tuple[list[str], set[int]]] = []  # with misread: the groups met on the last OCR_REACH pages
    for line, place in lines:
        seen.setdefault(line, set()).add(place)
        group = by_line.get(line)
        if group is None and misread:
            recent = [g for g in recent if max(g[1]) >= place - OCR_REACH]
            group = next((g for g in recent if place not in g[1] and len(seen[g[0][0]]) >= 2
                          and alike(g[0][0], line) and not _numbered_caption(line)), None)
        if group is None:
            group = ([], set())
            groups.append(group)
        if line not in by_line:
            group[0].append(line)
            by_line[line] = group
        group[1].add(place)
        if misread and not any(g is group for g in recent):
            recent.append(group)
    return groups


def _numbered_caption(key: str) -> bool:
    """A table's or figure's numbered caption, as furniture_key writes it ("tabel #.# tanggapan responden terhadap
    pernyataan x#.#"): captions at page tops differ by a letter as an OCR'd header does, and digits aside two of them
    are written the same, so alikeness tells no misreading there."""
    written = key.replace("#", "1")
    return is_caption(written)


def left_out(line: str, running: frozenset[str], met: set[str], key: str | None = None) -> bool:
    """Whether a line (running_lines' `key` for it, when not the line itself) is a running header's, left out every
    time but one: a reference-list heading written over each page of the list ("DAFTAR PUSTAKA" as a thesis's page
    header) is the list's own heading where first met (`met` keeps those seen), and the list is read as one."""
    key = line if key is None else key
    if key not in running:
        return False
    if key in met or not is_reference_heading(line):
        return True
    met.add(key)
    return False


def _at_page_breaks(line: str, at: set[int], breaks: frozenset[int] | None) -> bool:
    """Whether a repeated line stands where pages break (running_lines' `breaks`), as furniture does."""
    numbered = any(c.isdigit() for c in _MATH.sub("", line))  # a formula's "$x_1$" is no page's or volume's number
    if breaks is None or numbered or is_reference_heading(line):
        return True  # a text has one reference list: its heading written again is the page's (left_out)
    return len(at & breaks) >= AT_BREAKS * len(at)


def _may_run(line: str, at: set[int], shortest: int, inside: tuple[int, int] | None) -> bool:
    if not shortest <= len(line) <= RUNNING_LONGEST or "\n" in line or line.endswith(":"):
        return False
    return inside is None or not line.endswith(".") or any(not inside[0] <= a < inside[1] for a in at)
