"""The registry of cited works: each work with the passages citing it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CitingPassage:
    chunk_id: int
    pages: str | None


@dataclass(frozen=True)
class Work:
    """A cited work: its authors and year, cited from one or more passages, each with its own pages."""

    label: str  # "Soekanto (1990)"
    authors: tuple[str, ...]
    authors_text: str
    year: str
    passages: tuple[CitingPassage, ...]


def build_registry(chunks) -> list[Work]:
    """Every cited work with the chunks citing it, in order of first appearance."""
    works: dict[tuple[str, str], dict] = {}
    for chunk in chunks:
        for cite in chunk.citations:
            entry = works.setdefault(cite.work_key, {"cite": cite, "passages": []})
            passage = CitingPassage(chunk.id, cite.pages)
            if passage not in entry["passages"]:
                entry["passages"].append(passage)
    return [
        Work(e["cite"].work_label, e["cite"].authors, e["cite"].authors_text, e["cite"].year, tuple(e["passages"]))
        for e in works.values()
    ]
