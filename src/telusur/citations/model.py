"""What the citation rules find, as the index stores it: the in-text citation a passage carries (intext.py), a
reference-list entry (references.py) and a cited work with its citing passages (registry.py). Kept apart from the
parsing rules so that opening an index and answering from it do not compile them."""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass(frozen=True)
class Reference:
    """One entry of a reference list, with the parts read from it (None when the entry does not say)."""

    text: str  # the entry as written (display text, one line)
    authors: tuple[str, ...]  # surnames or group names as written: ("Perse", "Lambe"), ("Wikipedia contributors",)
    names: tuple[str, ...]  # full names as written: ("Perse, E. M.", "Lambe, J.")
    year: str | None  # "2001"; None for "n.d." / "t.t."
    year_text: str | None  # as written inside the parenthesis: "2019, May", "n.d."
    title: str | None
    kind: str = "misc"  # book | article | chapter | thesis | web | law | paper | report | interview | misc
    container: str | None = None  # journal, or the book a chapter is in
    publisher: str | None = None
    place: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    url: str | None = None
    doi: str | None = None
    edition: str | None = None  # as written, out of the title: "2nd ed.", "Rev. ed.", "Edisi 2", "Edisi Revisi"
    start: int = 0  # offsets of the entry in the document text
    end: int = 0
    editors: bool = field(default=False)
    translators: tuple[str, ...] = ()  # who translated it, as written: ("Diana Angelica",), ("B. Marswendy",)

    def to_dict(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class CitingPassage:
    chunk_id: int
    pages: str | None
    via: str | None = None  # the person quoted through the work in this passage


@dataclass(frozen=True)
class Work:
    """A cited work (or an uncited list entry): authors and year, citing passages, and its entry when listed."""

    label: str  # "Soekanto (1990)"
    authors: tuple[str, ...]
    authors_text: str
    year: str
    passages: tuple[CitingPassage, ...]
    via: tuple[str, ...] = ()  # everyone quoted through it: ("George R. Terry",)
    reference: Reference | None = None  # its reference-list entry
    reference_year: str | None = None  # the entry's year when it disagrees with the text's ("1992" for 1993)
    cited: bool = True  # False for a list entry the text never cites
    checked_against: str | None = None  # path of the document whose reference list was searched, if any
