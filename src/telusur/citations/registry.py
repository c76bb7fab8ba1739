"""The registry of works: every cited work with the passages citing it and its reference-list entry, and every
entry the text never cites."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from .linking import link
from .names import clean_authors_text, is_etal
from .model import CitingPassage, Work
from .references import Reference, is_reference_list_document, reference_entries


def build_registry(chunks, documents=()) -> list[Work]:
    """Every cited work with the chunks citing it, in order of first appearance, each linked to its entry in the
    citing document's reference list (or in a reference-list document beside it); then the entries never cited."""
    works: dict[tuple, dict] = {}
    for chunk in chunks:
        for cite in chunk.citations:
            if not cite.authors:
                continue  # a bare year with no author named: nothing to attribute
            entry = works.setdefault(cite.work_key, {"cite": cite, "passages": [], "notes": [], "via": [], "paths": []})
            where = entry["notes"] if cite.in_note else entry["passages"]
            _add_passage(where, CitingPassage(chunk.id, cite.pages, cite.via))
            if cite.via and cite.via not in entry["via"]:
                entry["via"].append(cite.via)
            if chunk.path not in entry["paths"]:
                entry["paths"].append(chunk.path)
    lists = _reference_lists(documents)
    notes = _note_entries(documents)
    linked: set[tuple[str, int]] = set()
    out = []
    for e in works.values():
        cite = e["cite"]
        ref, disagrees, where = None, False, None
        for path in e["paths"]:
            for list_path, entries in lists.get(path, ()):
                where = where or list_path
                ref, disagrees = link(cite.authors, cite.year, _etal(cite.authors_text), entries)
                if ref:
                    linked.add((list_path, ref.start))
                    where = list_path
                    break
            if ref:
                break
        if ref is None and where is None:
            # no reference list to check against (a footnote-only text): the note naming the work in full is its entry
            found = (link(cite.authors, cite.year, _etal(cite.authors_text), notes.get(p, [])) for p in e["paths"])
            ref = next((r for r, off in found if r and not off), None)
        # the note naming a work is no passage citing it; it stands in only when no reference to the note was found
        passages = tuple(e["passages"] or e["notes"])
        out.append(Work(cite.work_label, cite.authors, cite.authors_text, cite.year, passages,
                        tuple(e["via"]), ref, ref.year_text if ref and disagrees else None, True, where))
    for path, entries in _own_lists(documents):
        for ref in entries:
            if (path, ref.start) not in linked:
                out.append(_uncited(ref, path))
    return out


def _add_passage(passages: list[CitingPassage], new: CitingPassage) -> None:
    """One passage per chunk: a passage citing the work twice ("hlm. 43" and "hlm. 45") is one citing passage whose
    pages are "43, 45", so "dirujuk N bagian" counts passages, not citations."""
    for i, old in enumerate(passages):
        if old.chunk_id == new.chunk_id:
            pages = [p for p in (old.pages or "").split(", ") if p]
            if new.pages and new.pages not in pages:
                pages.append(new.pages)
            passages[i] = CitingPassage(old.chunk_id, ", ".join(pages) or None, old.via or new.via)
            return
    passages.append(new)


def _etal(authors_text: str) -> bool:
    low = authors_text.lower()
    return "dkk" in low or "et al" in low or "at all" in low


def _uncited(ref: Reference, path: str) -> Work:
    year = ref.year or (ref.year_text or "t.t.")
    authors_text = _display_authors(ref.authors)
    # a law is known by its name, which holds its year ("Undang-Undang Nomor 20 Tahun 2003") or has none ("Kitab
    # Undang-Undang Hukum Perdata"): "(2003)" would repeat it, "(t.t.)" say a date is missing
    named = ref.kind == "law" and (ref.year is None or ref.year in authors_text)
    label = authors_text if named else f"{authors_text} ({year})"
    return Work(label, ref.authors, authors_text, year, (), (), ref, None, False, path)


def _display_authors(authors: tuple[str, ...]) -> str:
    authors = tuple(a for a in (clean_authors_text(a) for a in authors) if a and not is_etal(a))
    if len(authors) > 2:
        return f"{authors[0]} dkk."
    return clean_authors_text(" & ".join(authors))


def _note_entries(documents) -> dict[str, list[Reference]]:
    """For each document, the works its footnotes name in full, as reference-list entries."""
    from .notes import note_references

    out = {}
    for doc in documents:
        entries = [e for b in doc.blocks if b.kind == "footnote" for e in note_references(doc.block_text(b), b.start, b.end)]
        if entries:
            out[doc.path] = entries
    return out


def _own_lists(documents) -> list[tuple[str, list[Reference]]]:
    out = []
    for doc in documents:
        entries = reference_entries(doc)
        if entries:
            out.append((doc.path, entries))
    return out


def _reference_lists(documents) -> dict[str, list[tuple[str, list[Reference]]]]:
    """For each document: its own reference list, then the reference-list documents in its folder."""
    own = dict(_own_lists(documents))
    list_docs = [(d.path, own[d.path]) for d in documents if d.path in own and is_reference_list_document(d, own[d.path])]
    out = {}
    for doc in documents:
        folder = posixpath.dirname(doc.path)
        beside = [(p, e) for p, e in list_docs if posixpath.dirname(p) == folder and p != doc.path]
        out[doc.path] = ([(doc.path, own[doc.path])] if doc.path in own else []) + beside
    return out


@dataclass(frozen=True)
class CheckReport:
    """What a lecturer checks in a text's references."""

    unmatched: tuple[Work, ...]  # cited, but no entry in the reference list searched
    uncited: tuple[Work, ...]  # list entries the text never cites
    year_mismatches: tuple[Work, ...]  # linked to an entry whose year differs from the text's
    unchecked: tuple[Work, ...]  # cited in a document with no reference list to check against

    def to_dict(self) -> dict:
        def brief(w: Work) -> dict:
            return {"label": w.label, "authors": list(w.authors), "year": w.year,
                    "reference": w.reference.text if w.reference else None, "reference_year": w.reference_year,
                    "document": w.checked_against}

        return {"unmatched": [brief(w) for w in self.unmatched], "uncited": [brief(w) for w in self.uncited],
                "year_mismatches": [brief(w) for w in self.year_mismatches],
                "unchecked": [brief(w) for w in self.unchecked]}


def check_report(works: list[Work]) -> CheckReport:
    return CheckReport(
        tuple(w for w in works if w.cited and w.checked_against and w.reference is None),
        tuple(w for w in works if not w.cited),
        tuple(w for w in works if w.reference_year is not None),
        tuple(w for w in works if w.cited and not w.checked_against),
    )
