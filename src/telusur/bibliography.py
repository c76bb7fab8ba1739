"""Export the cited works (the engine's sources JSON) as BibTeX and RIS for reference managers."""

from __future__ import annotations

import re
import unicodedata


def where(passage: dict) -> str:
    """A passage's location in words: "Judul, hlm. 12-13" in a paged document, else "Judul, paragraf 3-5"."""
    loc = passage["location"]
    if loc.get("pages"):
        return f"{passage['document']}, hlm. {loc['pages']}"
    a, b = loc["start_paragraph"], loc["end_paragraph"]
    return f"{passage['document']}, paragraf {a}" + (f"-{b}" if b != a else "")


def page_order(pages: str) -> tuple:
    """Sort key for page ranges: "45" before "105", "652-653" and "43, 45" by the first page; not numbers ("-", "xii")
    last."""
    first = re.split(r"[-–,]", pages)[0].strip()
    return (0, int(first), pages) if first.isdigit() else (1, 0, pages)


def _pages(source: dict) -> list[str]:
    out = []
    for p in source["passages"]:
        if p.get("pages") and p["pages"] not in out:
            out.append(p["pages"])
    return out


def cited_pages(passage: dict) -> str:
    """The cited work's pages a passage gives, told apart from the passage's own page in a PDF."""
    if not passage.get("pages"):
        return ""
    own = passage["location"].get("pages")
    return f" (mengutip hlm. {passage['pages']})" if own else f" (hlm. {passage['pages']})"


def _note(source: dict) -> str:
    if not source.get("cited", True) or not source["passages"]:
        note = "Ada di daftar pustaka; tidak dirujuk di teks"
    else:
        note = "Dirujuk di: " + "; ".join(where(p) + cited_pages(p) for p in source["passages"])
    if source.get("via"):
        note += ". Mengutip: " + "; ".join(source["via"])
    if source.get("reference_year"):
        note += f". Teks menulis tahun {source['year']}, daftar pustaka {source['reference_year']}"
    return note


def _bibtex_value(text: str) -> str:
    # Braces balance a BibTeX value; drop stray ones rather than escape them.
    return text.replace("{", "").replace("}", "").replace("\\", "")


def _year(source: dict) -> str:
    """The entry's year when the list gives one (the work's own record), else the year the text cites."""
    entry = source.get("entry") or {}
    return entry.get("year") or source["year"]


def _key(source: dict, taken: set[str]) -> str:
    name = source["authors"][0] if source["authors"] else "anonim"
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = (re.sub(r"[^a-z0-9]", "", ascii_name.lower()) or "anonim") + re.sub(r"[^0-9a-z]", "", _year(source))
    key, n = base, 0
    while key in taken:
        n += 1
        key = base + "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * (1 + (n - 1) // 26)
    taken.add(key)
    return key


# A thesis is @misc: BibTeX's @phdthesis and @mastersthesis would each be wrong for a skripsi
_BIBTEX_TYPES = {"article": "article", "book": "book", "chapter": "incollection", "web": "misc", "misc": "misc",
                 "thesis": "misc", "law": "misc", "paper": "misc", "report": "misc", "interview": "misc"}
_RIS_TYPES = {"article": "JOUR", "book": "BOOK", "chapter": "CHAP", "web": "ELEC", "misc": "GEN", "thesis": "THES",
              "law": "STAT", "paper": "CPAPER", "report": "RPRT", "interview": "PCOMM"}


def _names(source: dict) -> list[str]:
    """Full names from the list entry ("Perse, E. M."), else the surnames as the text cites them."""
    entry = source.get("entry") or {}
    return list(entry.get("names") or source["authors"])


def _work_pages(source: dict) -> str | None:
    """An article's or chapter's own pages from the list; otherwise the pages the text cites."""
    entry = source.get("entry") or {}
    if entry.get("pages") and entry.get("kind") in ("article", "chapter"):
        return entry["pages"]
    return ", ".join(_pages(source)) or None


def to_bibtex(sources: list[dict]) -> str:
    """One entry per work, typed from its reference-list entry (@article, @book, @incollection, else @misc), with
    title, journal/book, publisher, volume, number, pages, URL and DOI when the list gives them; nothing guessed."""
    taken: set[str] = set()
    entries = []
    for s in sources:
        entry = s.get("entry") or {}
        kind = _BIBTEX_TYPES.get(entry.get("kind") or "misc", "misc")
        people = " and ".join(_names(s)) or "Anonim"
        fields = [("editor" if entry.get("editors") else "author", people), ("title", s.get("title") or entry.get("title")),
                  ("year", _year(s))]
        container = entry.get("container")
        fields += [("journal" if kind == "article" else "booktitle", container if kind in ("article", "incollection") else None),
                   ("howpublished", container if kind == "misc" else None),
                   ("publisher", entry.get("publisher")), ("address", entry.get("place")),
                   ("volume", entry.get("volume")), ("number", entry.get("issue")),
                   ("pages", re.sub(r"\s*[-–]\s*", "--", p) if (p := _work_pages(s)) else None),
                   ("doi", entry.get("doi")), ("url", entry.get("url")),
                   ("translator", " and ".join(entry.get("translators") or ())), ("note", _note(s))]
        body = ",\n".join(f"  {k} = {{{_bibtex_value(v)}}}" for k, v in fields if v)
        entries.append(f"@{kind}{{{_key(s, taken)},\n{body}\n}}\n")
    return "\n".join(entries)


def to_ris(sources: list[dict]) -> str:
    """One record per work (JOUR, BOOK, CHAP, ELEC, else GEN) with what the list entry gives (its translators as A4);
    SP/EP from the work's pages, every citing location in N1."""
    records = []
    for s in sources:
        entry = s.get("entry") or {}
        lines = [f"TY  - {_RIS_TYPES.get(entry.get('kind') or 'misc', 'GEN')}"]
        tag = "ED" if entry.get("editors") else "AU"
        lines += [f"{tag}  - {a}" for a in _names(s)] or ["AU  - Anonim"]
        lines += [f"A4  - {t}" for t in entry.get("translators") or ()]  # the translators (Zotero's and EndNote's A4)
        lines.append(f"PY  - {_year(s)}")
        for tag, value in (("TI", s.get("title") or entry.get("title")), ("T2", entry.get("container")),
                           ("PB", entry.get("publisher")), ("CY", entry.get("place")), ("VL", entry.get("volume")),
                           ("IS", entry.get("issue")), ("DO", entry.get("doi")), ("UR", entry.get("url"))):
            if value:
                lines.append(f"{tag}  - {value}")
        pages = _work_pages(s)
        if pages:
            first, *rest = re.split(r"\s*[-–]\s*", pages.split(",")[0].strip())
            lines.append(f"SP  - {first}")
            if rest:
                lines.append(f"EP  - {rest[-1]}")
        lines.append(f"N1  - {_note(s)}")
        lines.append("ER  - ")
        records.append("\n".join(lines) + "\n")
    return "\n".join(records)
