"""The .bib reader: a BibTeX bibliography beside a Markdown text written for pandoc, read as the reference list it
renders to ("Santoso, B. (2019). Judul. Jurnal, 5(2), 12-20."), one entry a block under a "Daftar Pustaka" heading.
A citation key in the text ("[@santoso2019]") names its first author and year, so the registry links it to the entry
as it links any citation to a reference-list document beside it."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import CorpusError
from .decode import decode_bytes, title_from_name
from .model import BODY_HEADS, GOVERNMENT_HEADS, YEAR_DIGITS, Document, DocumentBuilder

_ENTRY = re.compile(r"@(?P<type>\w+)\s*[{(]\s*(?P<key>[^,\s{}()]+)\s*,", re.I)
_FIELD = re.compile(r"(?P<name>[A-Za-z][\w-]*)\s*=\s*", re.I)
_SKIPPED = frozenset({"comment", "string", "preamble"})


def read(raw: bytes, rel: str) -> Document:
    """A .bib file: every entry with an author (or editor), as a reference-list entry (one with no year "(t.t.)")."""
    text = decode_bytes(raw, rel)
    entries = [e for e in (render_entry(fields) for fields in parse_bibtex(text)) if e]
    if not entries:
        raise CorpusError(f"{rel}: tidak ada entri BibTeX dengan penulis untuk diindeks.")
    builder = DocumentBuilder()
    builder.heading("Daftar Pustaka", 1)
    for entry in entries:
        builder.add("reference", entry)
    return builder.build(rel, title_from_name(Path(rel)), hashlib.sha256(raw).hexdigest(), "bib")


def parse_bibtex(text: str) -> list[dict[str, str]]:
    """Each entry's fields, lower-case names, braces and TeX accents taken off: {"author": ..., "year": ...}."""
    out = []
    for m in _ENTRY.finditer(text):
        if m.group("type").lower() in _SKIPPED:
            continue
        kind = m.group("type").lower()  # "entrytype" kept apart: a field may be named "type" ("Publikasi Statistik")
        fields, pos = {"type": kind, "entrytype": kind, "key": m.group("key")}, m.end()
        while True:
            f = _FIELD.match(text, _skip_space(text, pos))
            if f is None:
                break
            value, pos = _value(text, f.end())
            name = f.group("name").lower()
            fields[name] = _people(value) if name in ("author", "editor") else _plain(value)
            pos = _skip_space(text, pos)
            if pos < len(text) and text[pos] == ",":
                pos += 1
        out.append(fields)
    return out


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _value(text: str, pos: int) -> tuple[str, int]:
    """A field's value: {balanced braces}, "quoted", or a bare word or number; pieces joined by '#'."""
    parts = []
    while pos < len(text):
        if text[pos] == "{":
            depth, start = 0, pos
            while pos < len(text):
                depth += {"{": 1, "}": -1}.get(text[pos], 0)
                pos += 1
                if depth == 0:
                    break
            parts.append(text[start + 1:pos - 1])
        elif text[pos] == '"':
            end = text.find('"', pos + 1)
            end = len(text) if end < 0 else end
            parts.append(text[pos + 1:end])
            pos = end + 1
        else:
            m = re.compile(r"[\w.:-]+").match(text, pos)
            parts.append(m.group() if m else "")
            pos = m.end() if m else pos + 1
        pos = _skip_space(text, pos)
        if pos < len(text) and text[pos] == "#":
            pos = _skip_space(text, pos + 1)
            continue
        break
    return "".join(parts), pos


_ACCENTS = {"'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302", "~": "\u0303", "c": "\u0327"}


def _plain(value: str) -> str:
    """TeX as text: {\\'e} -> é, \\& -> &, braces and line breaks gone."""
    import unicodedata

    value = re.sub(r"\\([`'\"^~c])\s*\{?([A-Za-z])\}?",
                   lambda m: unicodedata.normalize("NFC", m.group(2) + _ACCENTS[m.group(1)]), value)
    value = re.sub(r"\\([&%$#_])", r"\1", value)
    return " ".join(value.replace("{", "").replace("}", "").split())


def _people(value: str) -> str:
    """The names of an author field joined by " and " outside braces; a name wholly in braces ("{World Health
    Organization}") is an organisation, kept whole and marked with a leading "=" for _authors."""
    names, depth, start = [], 0, 0
    for m in re.finditer(r"[{}]|\s+and\s+", value):
        if m.group() == "{":
            depth += 1
        elif m.group() == "}":
            depth -= 1
        elif depth == 0:
            names.append(value[start:m.start()])
            start = m.end()
    names.append(value[start:])
    return " and ".join(("=" + _plain(n)) if re.fullmatch(r"\s*\{.*\}\s*", n, re.S) else _plain(n) for n in names)


def render_entry(fields: dict[str, str]) -> str | None:
    """APA as Indonesian lists write it: "Santoso, B., & Wijaya, A. (2019). Judul. Jurnal, 5(2), 12-20."; no year
    given "(t.t.)"; a report's series and number after its title ("(Publikasi Statistik No. 32020.26003)"); a report's
    institution or a thesis's school where a book's publisher stands. None with no author or editor."""
    names = fields.get("author") or fields.get("editor")
    year = re.search(YEAR_DIGITS, fields.get("year") or fields.get("date") or "")
    if not names:
        return None
    authors = _authors([n.strip() for n in re.split(r"\s+and\s+", names) if n.strip()])
    title = _dashes(fields.get("title", "")).rstrip(".")
    if title and fields.get("entrytype") in ("report", "techreport") and fields.get("number"):
        # a report's series and number after its title, as APA writes them: "(Publikasi Statistik No. 32020.26003)"
        series = fields["type"] if fields.get("type") not in (None, "", "report", "techreport") else "Laporan"
        title += f" ({series} No. {fields['number']})"
    parts = [f"{authors} ({year.group() if year else 't.t.'})." + (" (Ed.)." if "author" not in fields else ""),
             title + "." if title else ""]
    container = _dashes(fields.get("journal") or fields.get("journaltitle") or fields.get("booktitle") or "")
    if container:
        volume = fields.get("volume", "") + (f"({fields['number']})" if fields.get("number") else "")
        pages = fields.get("pages", "").replace("--", "-")
        parts.append(", ".join(p for p in (container, volume, pages) if p) + ".")
    elif publisher := fields.get("publisher") or fields.get("institution") or fields.get("school") \
            or fields.get("organization"):  # a law's or a guide's body that issued it (@misc)
        place = fields.get("address") or fields.get("location")
        parts.append(f"{place}: {publisher}." if place else f"{publisher}.")
    if fields.get("doi"):  # written bare or as its address ("https://doi.org/10.1016/...")
        parts.append("https://doi.org/" + _DOI_ADDRESS.sub("", fields["doi"]))
    elif fields.get("url"):
        parts.append(fields["url"])
    return " ".join(p for p in parts if p)


_DOI_ADDRESS = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)


def _dashes(text: str) -> str:
    """TeX's dashes in a title as they print: "2021--2025" -> "2021–2025", "---" -> "—" (an address keeps its "--")."""
    return text.replace("---", "—").replace("--", "–")


def _authors(names: list[str]) -> str:
    """ "Santoso, Budi" / "Budi Santoso" -> "Santoso, B."; an organisation in braces stays whole; "others" -> dkk."""
    shown = []
    for name in names:
        if name.lower() == "others":
            shown.append("dkk.")
            continue
        if name.startswith("="):  # an organisation: its name whole, without the brackets a writer set it in
            shown.append(re.sub(r"^\[(.*)\]$", r"\1", name[1:].strip()))  # ("{[Pemerintah Kabupaten X]}")
            continue
        if "," not in name and len(name.split()) > 1 and name.split()[0].lower() in BODY_HEADS | GOVERNMENT_HEADS:
            shown.append(name)  # a body's name in single braces, as if a person's ("{Kementerian Kesehatan RI}"):
            continue  # whole, not "Kementerian, K." nor "RI, K. K."
        family, comma, given = name.partition(",")
        if not comma:
            words = name.split()
            family, given = (words[-1], " ".join(words[:-1])) if len(words) > 1 and len(words) <= 4 else (name, "")
        initials = " ".join(f"{w[0]}." for w in given.replace(".", " ").split() if w[:1].isalpha())
        shown.append(f"{family.strip()}, {initials}" if initials else family.strip())
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + ", & " + shown[-1]
