"""The in-text citation as passages carry it (found by intext.py, stored with each chunk in the index): kept apart
from the parsing rules so that opening an index does not compile them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Citation:
    label: str  # "Smith dan Hocking (1990: 22)"; with via: "Terry, dalam Hasibuan (2009: 38)"
    authors: tuple[str, ...]  # surnames: ("Smith", "Hocking"); "Mac Iver", "Kemenkes RI" kept whole
    authors_text: str  # as written: "Smith dan Hocking", "X dkk.", "Herbert Blumer"
    year: str
    pages: str | None
    start: int  # offsets of the parenthesis in the document text
    end: int
    via: str | None = None  # the person quoted through this work: "George R. Terry", "Kirk (1979)"
    in_note: bool = False  # the footnote naming the work, at its own start: it shows its source, cites nothing

    @property
    def work_label(self) -> str:
        return f"{self.authors_text} ({self.year})" if self.authors_text else f"({self.year})"

    @property
    def work_key(self) -> tuple[tuple[str, ...], str]:
        return (tuple(a.lower() for a in self.authors), self.year)

    def to_dict(self) -> dict:
        return {"label": self.label, "authors": list(self.authors), "year": self.year, "pages": self.pages,
                "via": self.via}
