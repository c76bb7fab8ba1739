"""In-text author-year citations: parsing "(Soekanto, 1990: 72)", "(1990: 80)" and friends."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAREN = re.compile(r"\(([^()\n]{4,160})\)")
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d[a-z]?)"
_PAGES = r"(?:\s*[:,]\s*(?:hlm\.?|hal\.?|h\.|pp?\.|halaman)?\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?"
_AUTHORED = re.compile(rf"^(?P<authors>[^\d:;]+?)\s*,?\s+{_YEAR}{_PAGES}\s*$")
_BARE = re.compile(rf"^{_YEAR}{_PAGES}\s*$")
_AUTHOR_SPLIT = re.compile(r"\s*(?:&|,|\bdan\b|\band\b)\s*")
_ET_AL = re.compile(r"\s*\b(?:dkk\.?|et\.? al\.?|dk\.)\s*$", re.I)
_NAME_WORD = re.compile(r"^[A-Z][a-zA-Z'’\-]*$")
# Capitalized words that start sentences or introduce a quote but are never a cited author.
_NOT_NAMES = frozenset(
    "selain menurut dalam oleh kata pendapat sedangkan namun adapun seperti sebagaimana yang "
    "bahwa hal ini itu para ahli pakar definisi pengertian tokoh buku".split()
)


@dataclass(frozen=True)
class Citation:
    label: str  # "Smith dan Hocking (1990: 22)"
    authors: tuple[str, ...]  # ("Smith", "Hocking")
    authors_text: str  # as written: "Smith dan Hocking", "X dkk."
    year: str
    pages: str | None
    start: int  # offsets of the parenthesis in the document text
    end: int

    @property
    def work_label(self) -> str:
        return f"{self.authors_text} ({self.year})" if self.authors_text else f"({self.year})"

    @property
    def work_key(self) -> tuple[str, str]:
        return (self.authors_text.lower(), self.year)

    def to_dict(self) -> dict:
        return {"label": self.label, "authors": list(self.authors), "year": self.year, "pages": self.pages}


def find_citations(text: str, start: int = 0, end: int | None = None, context_start: int | None = None) -> list[Citation]:
    """Citations inside text[start:end]; a bare "(1990: 80)" takes the author named before it, from context_start on."""
    end = len(text) if end is None else end
    found = []
    for m in _PAREN.finditer(text, start, end):
        for part_start, part in _parts(m):
            cite = _parse(part, part_start, m)
            if cite is None:
                bare = _BARE.match(part)
                if bare:
                    author = _name_before(text, start if context_start is None else context_start, m.start())
                    cite = _make(author, bare.group("year"), bare.group("pages"), m)
            if cite:
                found.append(cite)
    return found


def is_citation_line(line: str) -> bool:
    """True for a line that is only a citation, like "(Toma & Gorman, 1991: 384)."."""
    stripped = line.strip().rstrip(".;,")
    m = _PAREN.fullmatch(stripped)
    return bool(m) and bool(find_citations(stripped))


def _parts(m: re.Match) -> list[tuple[int, str]]:
    out, offset = [], m.start(1)
    for piece in m.group(1).split(";"):
        out.append((offset, piece.strip()))
        offset += len(piece) + 1
    return out


def _parse(part: str, part_start: int, m: re.Match) -> Citation | None:
    hit = _AUTHORED.match(part)
    if not hit:
        return None
    authors_text = hit.group("authors").strip().rstrip(",")
    core = _ET_AL.sub("", authors_text)
    names = [n.strip() for n in _AUTHOR_SPLIT.split(core) if n.strip()]
    if not names or len(names) > 6 or not all(_looks_like_name(n) for n in names):
        return None
    return _make_authors(authors_text, tuple(names), hit.group("year"), hit.group("pages"), m)


def _looks_like_name(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= 4 and words[-1][:1].isupper() and all(_NAME_WORD.match(w) or w.islower() for w in words)


def _make(author: str | None, year: str, pages: str | None, m: re.Match) -> Citation:
    return _make_authors(author or "", (author,) if author else (), year, pages, m)


def _make_authors(authors_text, authors, year, pages, m) -> Citation:
    pages = re.sub(r"\s*[-–]\s*", "-", pages) if pages else None
    inner = f"{year}: {pages}" if pages else year
    label = f"{authors_text} ({inner})" if authors_text else f"({inner})"
    return Citation(label, authors, authors_text, year, pages, m.start(), m.end())


def _name_before(text: str, lo: int, hi: int) -> str | None:
    """The surname of the person named nearest before hi, outside quotations: "Soerdjono Soekanto" -> "Soekanto"."""
    window = _drop_quotes(text[lo:hi])
    lowercase_words = {w for w in re.findall(r"\b[a-z][a-z'’\-]+\b", text)}
    runs, run = [], []
    for word in re.findall(r"[\w'’\-]+|[^\w\s]", window):
        if _NAME_WORD.match(word) and word.lower() not in _NOT_NAMES and word.lower() not in lowercase_words:
            run.append(word)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs[-1][-1] if runs else None


def _drop_quotes(window: str) -> str:
    window = re.sub(r"“[^”]*”?", " ", window)
    return re.sub(r'"[^"]*"?', " ", window)
