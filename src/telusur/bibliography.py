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


def _pages(source: dict) -> list[str]:
    out = []
    for p in source["passages"]:
        if p.get("pages") and p["pages"] not in out:
            out.append(p["pages"])
    return out


def _note(source: dict) -> str:
    return "Dirujuk di: " + "; ".join(where(p) + (f" (hlm. {p['pages']})" if p.get("pages") else "")
                                      for p in source["passages"])


def _bibtex_value(text: str) -> str:
    # Braces balance a BibTeX value; drop stray ones rather than escape them.
    return text.replace("{", "").replace("}", "").replace("\\", "")


def _key(source: dict, taken: set[str]) -> str:
    name = source["authors"][0] if source["authors"] else "anonim"
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = (re.sub(r"[^a-z0-9]", "", ascii_name.lower()) or "anonim") + re.sub(r"[^0-9a-z]", "", source["year"])
    key, n = base, 0
    while key in taken:
        n += 1
        key = base + "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * (1 + (n - 1) // 26)
    taken.add(key)
    return key


def to_bibtex(sources: list[dict]) -> str:
    """One @misc entry per work: author, year, pages and a note with where the text cites it."""
    taken: set[str] = set()
    entries = []
    for s in sources:
        fields = [("author", " and ".join(s["authors"]) or "Anonim"), ("year", s["year"])]
        if _pages(s):
            fields.append(("pages", re.sub(r"\s*[-–]\s*", "--", ", ".join(_pages(s)))))
        fields.append(("note", _note(s)))
        body = ",\n".join(f"  {k} = {{{_bibtex_value(v)}}}" for k, v in fields)
        entries.append(f"@misc{{{_key(s, taken)},\n{body}\n}}\n")
    return "\n".join(entries)


def to_ris(sources: list[dict]) -> str:
    """One GEN record per work; SP/EP from the first cited page range, every location in N1."""
    records = []
    for s in sources:
        lines = ["TY  - GEN"]
        lines += [f"AU  - {a}" for a in s["authors"]] or ["AU  - Anonim"]
        lines.append(f"PY  - {s['year']}")
        pages = _pages(s)
        if pages:
            first, *rest = re.split(r"\s*[-–]\s*", pages[0].strip())
            lines.append(f"SP  - {first}")
            if rest:
                lines.append(f"EP  - {rest[-1]}")
        lines.append(f"N1  - {_note(s)}")
        lines.append("ER  - ")
        records.append("\n".join(lines) + "\n")
    return "\n".join(records)
