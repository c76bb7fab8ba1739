"""The structural rules of a text, written once: list items, headings, lead-ins, citation-only lines and
reference-list headings. Readers use them to make blocks; chunking, answers and examples use them to read blocks."""

from __future__ import annotations

import re

# "1.", "2)", "a.", "b)", "-", "*", "•": a list item's marker at the start of a line.
_MARKER = r"\d{1,3}[.)]|[a-zA-Z][.)]|[-*•·]"
LIST_ITEM = re.compile(rf"^\s*(?:{_MARKER})\s*(?=\S)")
LIST_MARKER = re.compile(rf"^\s*({_MARKER})\s*")
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
TERMINAL = tuple(".!?;:\"”’)")
SHORT_HEADING_CHARS = 60
# A line that is only an author-year citation: "(Toma & Gorman, 1991: 384)." (parsed later by the citations step).
_CITATION_LINE = re.compile(r"^\(\s*[^()\n]*?(?:1[5-9]|20)\d\d[a-z]?\b[^()\n]*\)[.;,]?$")
# Headings that open a reference list.
REFERENCE_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+|[IVX]+\.\s+)?(?:daftar\s+pustaka|daftar\s+referensi|daftar\s+rujukan|referensi|"
    r"rujukan|bibliografi|kepustakaan|sumber(?:\s+bacaan|\s+pustaka|\s+rujukan)?|references?|bibliography|"
    r"works\s+cited|literature\s+cited)\s*:?$(?<!^sumber:)(?<!^sumber :)",
    re.I,
)


def list_marker(line: str) -> str:
    """The marker a list line starts with ("1.", "a)", "•"), or ""."""
    m = LIST_MARKER.match(line)
    return m.group(1) if m and LIST_ITEM.match(line) else ""


def is_lead_in(text: str) -> bool:
    """A line that introduces what follows: "…, yaitu:", "Rumusnya sebagai berikut :"."""
    return text.rstrip().endswith(":")


def is_citation_line(line: str) -> bool:
    """True for a line that is only a citation, like "(Toma & Gorman, 1991: 384).". """
    return bool(_CITATION_LINE.match(line.strip()))


def is_reference_heading(text: str) -> bool:
    return bool(REFERENCE_HEADING.match(" ".join(text.replace("*", "").split()).strip()))


def is_short_item(line: str) -> bool:
    """A short list line not closed by "." or ";" ("2. Kerjasam Regional"): said together with the text under it."""
    stripped = line.strip()
    return bool(LIST_ITEM.match(stripped)) and len(stripped) <= SHORT_HEADING_CHARS and not stripped.endswith((".", ";"))


def is_short_heading(line: str) -> bool:
    """A short line without end punctuation: reads as a title when prose follows it."""
    stripped = line.strip()
    return 0 < len(stripped) <= SHORT_HEADING_CHARS and not stripped.endswith(TERMINAL)


def line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) for every line of the text, end excluding the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def plain_blocks(text: str) -> list[tuple[int, int, str]]:
    """Plain text -> (start, end, kind) blocks: lines are paragraphs; hard-wrapped lines (no end punctuation,
    next starts in lower case) are joined; kinds are heading (a Markdown "#" line), item, or paragraph."""
    merged: list[list[int]] = []
    for a, b, line in line_spans(text):
        if not line.strip():
            merged.append([])
            continue
        if merged and merged[-1] and _continues(text, merged[-1], a, b):
            merged[-1][1] = b
        else:
            merged.append([a, b])
    spans = [(a, b) for a, b in (m for m in merged if m)]
    return [(a, b, _line_kind(text[a:b])) for a, b in spans]


def is_item_title(kinds: list[str], texts: list[str], i: int) -> bool:
    """A short list line with prose under it is a title ("2. Kerjasam Regional" then its paragraph), unless it
    ends a run of items ("1. a / 2. b / 3. c" then prose: c is no title). kinds are block kinds, texts their text."""
    if kinds[i] != "item" or i + 1 >= len(kinds) or (i > 0 and kinds[i - 1] == "item"):
        return False
    nxt = texts[i + 1]
    return (kinds[i + 1] == "paragraph" and not is_lead_in(nxt) and not is_citation_line(nxt)
            and is_short_heading(texts[i]))


def _continues(text: str, prev: list[int], a: int, b: int) -> bool:
    before, line = text[prev[0]:prev[1]].rstrip(), text[a:b].lstrip()
    return (
        len(before) > 60
        and not before.endswith(TERMINAL)
        and line[:1].islower()
        and not LIST_ITEM.match(text[prev[0]:prev[1]])
    )


def _line_kind(line: str) -> str:
    if MD_HEADING.match(line):
        return "heading"
    if LIST_ITEM.match(line) and not is_citation_line(line):
        return "item"
    return "paragraph"
