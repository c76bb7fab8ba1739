"""Where a word stands in a long text: the matches of a pattern that opens with a word, looked up in an index of the
text's words built once per text rather than scanned for over the whole text each time a citation asks (a 300-page
thesis asks hundreds of times: "does the text write this name small elsewhere?", "does a body's verb follow it?")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# A word as most citation rules bound it: letters, digits, apostrophes and hyphens ("Ma'ruf", "COVID-19")
WORD = re.compile(r"[\w'’\-]+")
# ... and as the rules about bodies bound a name: letters, digits and hyphens ("BPS'" is BPS)
HYPHENED = re.compile(r"[\w\-]+")


@lru_cache(maxsize=8)
def _starts(text: str, word: re.Pattern) -> dict[str, list[int]]:
    """Each word of the text as written (case kept) -> where it starts, in order."""
    out: dict[str, list[int]] = {}
    for m in word.finditer(text):
        out.setdefault(m.group(), []).append(m.start())
    return out


def finditer(pattern: str, text: str, word: str, bound: re.Pattern = WORD, paren: bool = False) -> Iterator[re.Match]:
    """re.finditer(pattern, text) for a pattern whose matches open with `word` standing as a word of the text (as
    `bound` reads words: nothing of them right before it, and its first word ends where the text's does), or, with
    paren, also with "(" and spaces before it ("(Arikunto, 2010"): the same matches, tried where the word stands."""
    compiled = re.compile(pattern)
    head = bound.match(word)
    if head is None:  # opens with no letter: no word to look up
        yield from compiled.finditer(text)
        return
    places = _starts(text, bound).get(head.group(), [])
    if paren:
        places = sorted(places + [q for q in (_paren_before(text, p) for p in places) if q is not None])
    end = 0
    for p in places:
        if p < end:  # inside the last match: finditer goes on after it
            continue
        m = compiled.match(text, p)
        if m is not None:
            yield m
            end = m.end()


def _paren_before(text: str, p: int) -> int | None:
    r"""Where a "(" opens right before p, spaces between ("\s*": str.isspace reads the same characters as re)."""
    i = p - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i if i >= 0 and text[i] == "(" else None
