"""Page furniture: the lines a page's header or footer leaves in a document's text, found by being written page after
page. One rule for every reader that meets them without the page's geometry (text.py's pdftotext pages, markdown.py's
paragraphs, citations/references.py's lines): a short line met RUNNING_TIMES times or more is a running header or
footer, but for the exceptions running_lines states. pdf.py weighs position and type on the page instead, and shares
furniture_key and alike (an OCR'd header)."""

from __future__ import annotations

import re
from collections.abc import Iterable

RUNNING_TIMES = 3  # on three pages (or three places) or more: a heading written twice is still the text's
RUNNING_LONGEST = 160  # characters: a header or footer is one short line, never a paragraph


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


def running_lines(lines: Iterable[tuple[str, int]], *, shortest: int = 1, lead_ins: bool = True,
                  inside: tuple[int, int] | None = None) -> frozenset[str]:
    """The running headers and footers among `lines`, (line, place) pairs with each line as the caller keys it
    (furniture_key, or its spacing collapsed) and its place (a page, a paragraph's or a line's position): the lines
    of `shortest` to RUNNING_LONGEST characters, on one line, met at RUNNING_TIMES places or more. Exceptions, the
    text's own however often it is written:
    - a lead-in ("Rumus yang digunakan adalah:" over each of three formulas) introduces what follows, as no header
      does (unless lead_ins is False);
    - a line ending a sentence met only inside text[inside[0]:inside[1]] (a reference list): an entry's wrapped
      "Jakarta: Rineka Cipta." repeats there, a thesis's footer stands outside it too."""
    places: dict[str, set[int]] = {}
    for line, place in lines:
        places.setdefault(line, set()).add(place)
    return frozenset(line for line, at in places.items() if len(at) >= RUNNING_TIMES and _may_run(line, at, shortest,
                                                                                               lead_ins, inside))


def _may_run(line: str, at: set[int], shortest: int, lead_ins: bool, inside: tuple[int, int] | None) -> bool:
    if not shortest <= len(line) <= RUNNING_LONGEST or "\n" in line:
        return False
    if lead_ins and line.endswith(":"):
        return False
    return inside is None or not line.endswith(".") or any(not inside[0] <= a < inside[1] for a in at)
