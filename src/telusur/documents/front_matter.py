"""A Markdown text's own bibliography in its YAML front matter, read as the reference list pandoc renders from it:
pandoc's `references:` (CSL YAML items: author family/given or literal, issued, title, container-title, ...) or the
entries written out as strings under `references:`, `bibliography:` or `daftar-pustaka:`. `bibliography: pustaka.bib`
names a file, read on its own (bibtex.py).

The reader knows the YAML these take (block and flow lists and mappings, quoted and plain scalars, folded lines),
not all of YAML: anything else is skipped, never an error."""

from __future__ import annotations

import re

from .bibtex import render_entry
from .model import YEAR_DIGITS

_LIST_KEYS = ("references", "bibliography", "daftar-pustaka", "daftar_pustaka", "pustaka", "referensi")
# "title: ...", "container-title:", "'id':"; an entry written out ("Sugiyono. 2015. Judul: Sub") is no key
_KEY = re.compile(r"^(?P<key>\"[^\"]*\"|'[^']*'|\w[\w\-]*)\s*:(?:\s+(?P<value>.*))?$")
_YEAR = re.compile(YEAR_DIGITS)


def front_matter_entries(yaml_text: str) -> list[str]:
    """The reference-list entries a front matter holds, one line each, as a list writes them."""
    try:
        data = parse_yaml(yaml_text)
    except (IndexError, ValueError):
        return []
    out: list[str] = []
    for key in _LIST_KEYS:
        items = data.get(key) if isinstance(data, dict) else None
        for item in items if isinstance(items, list) else []:
            entry = _csl_entry(item) if isinstance(item, dict) else (item if isinstance(item, str) else None)
            if entry and (_YEAR.search(entry) or re.search(r"\b(?:n\.d\.|t\.t\.)", entry)):
                out.append(" ".join(entry.split()))
    return out


def section_title(yaml_text: str) -> str | None:
    """pandoc's `reference-section-title`, the heading it sets over the list."""
    try:
        data = parse_yaml(yaml_text)
    except (IndexError, ValueError):
        return None
    title = data.get("reference-section-title") if isinstance(data, dict) else None
    return title if isinstance(title, str) and title.strip() else None


# ---------------------------------------------------------------- CSL YAML item -> the fields bibtex renders

_CSL_FIELDS = {"title": "title", "container-title": "journal", "publisher": "publisher", "publisher-place": "address",
               "volume": "volume", "issue": "number", "page": "pages", "DOI": "doi", "doi": "doi", "URL": "url",
               "url": "url"}


def _csl_entry(item: dict) -> str | None:
    fields = {name: str(item[key]) for key, name in _CSL_FIELDS.items() if isinstance(item.get(key), (str, int))}
    for role in ("author", "editor"):
        people = [p for p in map(_person, _as_list(item.get(role))) if p]
        if people:
            fields[role] = " and ".join(people)
    year = _YEAR.search(_flat(item.get("issued")))
    if year:
        fields["year"] = year.group()
    if str(item.get("type", "")).startswith("chapter") and "journal" in fields:
        fields["booktitle"] = fields.pop("journal")
    return render_entry(fields)


def _person(person) -> str | None:
    """ "Santoso, Budi" for {family: Santoso, given: Budi}; an organisation ({literal: ...}) kept whole ("=...")."""
    if isinstance(person, str):
        return person.strip() or None
    if not isinstance(person, dict):
        return None
    if person.get("literal"):
        return "=" + str(person["literal"]).strip()
    family = " ".join(str(person.get(k, "")) for k in ("non-dropping-particle", "family") if person.get(k)).strip()
    given = str(person.get("given", "")).strip()
    return f"{family}, {given}" if family and given else (family or None)


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value] if value else []


def _flat(value) -> str:
    """A date in any of CSL's forms as text: {date-parts: [[2019, 5]]}, [2019], "2019-05-01", {raw: "2019"}."""
    if isinstance(value, dict):
        return " ".join(_flat(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(_flat(v) for v in value)
    return "" if value is None else str(value)


# ---------------------------------------------------------------- the YAML subset

def parse_yaml(text: str):
    """Block mappings and lists by indentation, flow [..] and {..}, quoted and plain scalars (all as strings)."""
    lines = [(len(raw) - len(raw.lstrip(" ")), raw.strip()) for raw in text.replace("\t", "  ").split("\n")
             if raw.strip() and not raw.lstrip().startswith("#") and raw.strip() not in ("---", "...")]
    if not lines:
        return {}
    value, _ = _block(lines, 0, lines[0][0])
    return value


def _block(lines: list, i: int, indent: int):
    if lines[i][1] == "-" or lines[i][1].startswith("- "):
        return _sequence(lines, i, indent)
    return _mapping(lines, i, indent)


def _sequence(lines: list, i: int, indent: int):
    out = []
    while i < len(lines) and lines[i][0] == indent and (lines[i][1] == "-" or lines[i][1].startswith("- ")):
        rest = lines[i][1][1:].lstrip()
        if not rest:
            nested = i + 1 < len(lines) and lines[i + 1][0] > indent
            value, i = _block(lines, i + 1, lines[i + 1][0]) if nested else (None, i + 1)
        elif _KEY.match(rest) and not rest.startswith(("'", '"', "[", "{")):
            inner = indent + len(lines[i][1]) - len(rest)  # "- family: Santoso" opens a mapping at its key
            lines[i] = (inner, rest)
            value, i = _mapping(lines, i, inner)
        else:
            value, i = _scalar(lines, i, indent, rest)
        out.append(value)
    return out, i


def _mapping(lines: list, i: int, indent: int):
    out: dict = {}
    while i < len(lines) and lines[i][0] == indent:
        m = _KEY.match(lines[i][1])
        if m is None:  # a line this reader does not know: skipped, with what it holds
            _, i = _more_indented(lines, i + 1, indent)
            continue
        key, value = m.group("key").strip("\"'"), (m.group("value") or "").strip()
        if value in ("|", ">", "|-", ">-", "|+", ">+"):
            block, i = _more_indented(lines, i + 1, indent)
            out[key] = ("\n" if value.startswith("|") else " ").join(block)
        elif value:
            out[key], i = _scalar(lines, i, indent, value)
        elif i + 1 < len(lines) and (lines[i + 1][0] > indent or (lines[i + 1][0] == indent
                                                                      and lines[i + 1][1].startswith("-"))):
            out[key], i = _block(lines, i + 1, lines[i + 1][0])
        else:
            out[key], i = None, i + 1
    return out, i


def _more_indented(lines: list, i: int, indent: int) -> tuple[list[str], int]:
    out = []
    while i < len(lines) and lines[i][0] > indent:
        out.append(lines[i][1])
        i += 1
    return out, i


def _scalar(lines: list, i: int, indent: int, value: str):
    """A value on its line, with the lines it goes on over: a flow list or mapping until its brackets close, a
    quoted string until its quote, a plain one over its more indented lines (folded with spaces)."""
    more, after = _more_indented(lines, i + 1, indent)
    if value[0] in "[{" or value[0] in "\"'":
        text, used = value, 0
        while not _closed(text) and used < len(more):
            text, used = f"{text} {more[used]}", used + 1
        parsed, _ = _flow(text, 0)
        return parsed, i + 1 + used
    return _plain(" ".join([value] + more)), after


def _closed(text: str) -> bool:
    try:
        _, end = _flow(text, 0)
    except (IndexError, ValueError):
        return False
    return not text[end:].strip() or text[end:].lstrip().startswith("#")


def _plain(text: str) -> str:
    return re.sub(r"\s+#.*$", "", text).strip()


def _flow(text: str, pos: int):
    """One flow value at pos: [a, b], {k: v}, "quoted", 'quoted' or a plain word run; returns it and where it ends."""
    while text[pos] == " ":
        pos += 1
    if text[pos] in "[{":
        closing, items, mapping = ("]", [], None) if text[pos] == "[" else ("}", None, {})
        pos += 1
        while True:
            while text[pos] in " ,":
                pos += 1
            if text[pos] == closing:
                return (items if mapping is None else mapping), pos + 1
            if text[pos] in "]}":
                raise ValueError(text)  # "{family: [}": brackets that do not pair
            if mapping is None:
                value, pos = _flow(text, pos)
                items.append(value)
            else:
                key, pos = _flow_word(text, pos, ":")
                value, pos = _flow(text, pos + 1)
                mapping[key.strip("\"'")] = value
    if text[pos] in "\"'":
        quote, end = text[pos], pos + 1
        while True:
            end = text.index(quote, end)
            if quote == "'" and text[end + 1:end + 2] == "'":
                end += 2  # '' inside single quotes is one quote
                continue
            if quote == '"' and text[end - 1] == "\\":
                end += 1
                continue
            break
        raw = text[pos + 1:end]
        return (raw.replace("''", "'") if quote == "'" else raw.replace('\\"', '"')), end + 1
    return _flow_word(text, pos, ",]}")


def _flow_word(text: str, pos: int, stops: str) -> tuple[str, int]:
    end = pos
    while end < len(text) and text[end] not in stops:
        end += 1
    if end == len(text) and stops != ",]}":
        raise ValueError(text)
    return text[pos:end].strip(), end
