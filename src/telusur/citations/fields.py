"""Citations a reference manager's field names (Mendeley, Zotero in DOCX): where Word shows a citation without its
author ("(2019)", "(2009, p. 125)": "suppress author", or a year typed over the field's result), the field's data
still names the work, and that, not a name the text reads nearby, is whose the work is."""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Citation


def field_spans(doc) -> list[tuple[int, int, object]]:
    """Each citation field of the document where its shown citation stands in the text, after the words written
    before it, found in reading order."""
    spans, at = [], 0
    for f in getattr(doc, "fields", ()):
        if not f.shown:
            continue
        shown = r"\s+".join(re.escape(w) for w in f.shown.split())
        found = None
        for words in (f.before.split(), f.before.split()[-2:]):  # the last two alone: a list's marker, say, taken off
            before = r"\s+".join(re.escape(w) for w in words)
            found = found or re.compile(rf"{before}\s*({shown})" if before else f"({shown})").search(doc.text, at)
        if found:
            spans.append((found.start(1), found.end(1), f))
            at = found.end(1)
    return spans


def with_fields(cites: tuple[Citation, ...], spans: list[tuple[int, int, object]]) -> tuple[Citation, ...]:
    """The citations, each read inside a field that hides the author of its work given that work's authors."""
    if not spans:
        return cites
    out, read = [], {}
    for c in cites:
        at = next((i for i, (lo, hi, _) in enumerate(spans) if lo < c.end and c.start < hi), None)
        if at is None:
            out.append(c)
            continue
        nth = read[at, c.year[:4]] = read.get((at, c.year[:4]), -1) + 1
        out.append(_as_the_field_says(c, spans[at][2], nth))
    return tuple(out)


def _as_the_field_says(cite: Citation, f, nth: int = 0) -> Citation:
    """The field's work of the citation's year in the order read (its nth citation of that year, the nth work), when
    the shown citation does not name it: its authors, unless the text already read them (a narrative "Rusdiana
    (2014)" whose field hides the name written before it). A work shown by name is the text's reading ("(Wijaya,
    2019; 2019)": Wijaya's, then the hidden work's). More citations of the year than works: any hidden work."""
    shown = f.shown.lower()
    works = [names for names, year in f.works if cite.year[:4] == year]
    named = [any(_surname(n).lower() in shown for n in names) for names in works]
    if nth < len(works) and named[nth]:
        return cite
    hidden = [works[nth]] if nth < len(works) else [w for w, shows in zip(works, named) if not shows]
    if not hidden:
        return cite
    surnames = tuple(_surname(n) for n in hidden[0])
    if cite.authors and cite.authors[0].lower() == surnames[0].lower():
        return cite
    text = surnames[0] if len(surnames) == 1 else " dan ".join(surnames) if len(surnames) == 2 \
        else f"{surnames[0]} dkk."
    inner = f"{cite.year}: {cite.pages}" if cite.pages else cite.year
    return replace(cite, authors=surnames, authors_text=text, label=f"{text} ({inner})")


def _surname(name: str) -> str:
    """A field's name as a citation gives it: the family name before any comma a user typed into it ("Fahmi,
    Irham", "Wiroso, SE"); a body's literal name whole."""
    return name.split(",")[0].strip() or name.strip()
