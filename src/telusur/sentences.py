"""Sentence boundaries in Indonesian prose, aware of common abbreviations (dll., hlm., Prof., ...)."""

from __future__ import annotations

import re

from .documents.model import SUPERSCRIPTS
from .lazy_pattern import LazyPattern

# "Rp. 100.000"; "Hj. Siti Aminah", "McLeod, Jr. dan Schell"; titles before a name: Javanese nobility's ("RMT. Sosro
# Hadi Koesoemo", "RM.", "R.Ng."), a kiai's ("KH. Ahmad Dahlan"), military ranks ("Jend. Sudirman")
ABBREVIATIONS = frozenset(
    "dll dsb dst dkk hlm hal tsb sbb yth jl no nomor prof dr drs ir st sdr bpk ny tn pt cv tbk "
    "kab kec kel prov ttd ybs dgn utk krn spt thn tgl jln vol ed cet terj eds mr mrs ms vs etc al "
    "e.g i.e a.n u.p s.d rp hj jr sr rm rmt raa rng krt kgpaa kh jend kol letkol mayjen brigjen".split()
)
_INITIALS = LazyPattern(r"(?:[a-z]\.){1,3}[a-z]")  # a name's initials run together: "H.A.R. Tilaar", "C.W. Churchman"
# A candidate end: terminal punctuation, optional closing quotes/brackets, then space.
_END = LazyPattern(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
# A stop with no space after it, between a word in lower case and a capitalised one ("almarhum.Pengangkatan",
# "Naismith.Awalnya"), as a text pasted from a web page often runs two sentences together; not inside an address or a
# dotted name ("www.Google.com", "console.Log(") nor after an abbreviation or a capital ("dkk.Hal", "KRT.Sosro").
_GLUED = LazyPattern(r"(?<![\w./@:-])[^\W\d_]*[^\W\d_A-Z]{3}(\.)(?=[A-Z][^\W\d_A-Z]+(?![\w.(/@]))")
# A note's mark a space after a sentence's stop ("sejarahnya. [1] Menurut ...", "Internet. ¹ Ini ..."): the mark is the
# sentence's own, which its note's work cites, not the next one's; an answer reads it so (glued). A mark glued to the
# stop ("hukum.¹ Selanjutnya") is no sentence's end here, as before.
_NOTE_MARK = rf"(?:[{SUPERSCRIPTS}]+|\[\d{{1,3}}\])"
_MARK_AFTER = LazyPattern(rf"[ \t]{_NOTE_MARK}(?=\s|$)")


def sentence_spans(text: str, start: int = 0, end: int | None = None, glued: bool = False) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in text[start:end], white space trimmed. glued: a stop with no space
    after it ends a sentence too (_GLUED), as an answer reads a passage; chunking keeps its own boundaries."""
    end = len(text) if end is None else end
    spans, begin = [], start
    ends = [(m.start(), m.end()) for m in _END.finditer(text, start, end)]
    if glued:
        ends = sorted(ends + [(m.start(1), m.end(1)) for m in _GLUED.finditer(text, start, end)])
        ends = [(dot, m.end() if (m := _MARK_AFTER.match(text, after, end)) else after) for dot, after in ends]
    for dot, after in ends:
        if _is_abbreviation(text, dot) or not _next_starts_sentence(text, after, end):
            continue
        spans.append((begin, after))
        begin = after
    spans.append((begin, end))
    return [_trim(text, a, b) for a, b in spans if text[a:b].strip()]


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([\w.]+)$", text[max(0, dot - 12):dot])
    if not word:
        return False
    token = word.group(1).lower()
    # Single letters are initials ("A. Rahman"), and so are letters joined by dots ("H.A.R. Tilaar"); numbers before a
    # dot are list labels or decimals.
    return token in ABBREVIATIONS or len(token) == 1 or token.rstrip(".") in ABBREVIATIONS \
        or _INITIALS.fullmatch(token) is not None


def _next_starts_sentence(text: str, pos: int, end: int) -> bool:
    rest = text[pos:end].lstrip()
    if not rest:
        return False
    first = rest[0]
    return first.isupper() or first.isdigit() or first in "\"“‘'([" or not first.isalpha()


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
