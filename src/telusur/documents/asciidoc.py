"""The .adoc/.asciidoc reader: AsciiDoc's markup written as the Markdown it means, then read by the Markdown reader.

Lecture notes kept in a repository are written in AsciiDoc too (Asciidoctor, Antora, a Pelican blog): "= Title",
"== Section", "* item" with "+" joining a paragraph to it, ":name: value" attributes, "image::x.png[]" macros,
"----" listings and "|===" tables. Only the markup is translated; the text is the Markdown reader's to read."""

from __future__ import annotations

import re

from .model import Document

_TITLE = re.compile(r"^(={1,6})[ \t]+(\S.*?)[ \t]*=*[ \t]*$")
_ATTRIBUTE = re.compile(r"^:!?[\w-]+!?:(?:[ \t].*)?$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]\n]*\][ \t]*$")  # "[source,python]", "[NOTE]", "[cols="1,2"]"
_BLOCK_TITLE = re.compile(r"^\.(?=[^\s.])(.+)$")  # ".Tabel 2 Jenis kabel"
_ITEM = re.compile(r"^[ \t]*(\*{1,5}|-|\.{1,5})[ \t]+(\S.*)$")
_MACRO = re.compile(r"^(image|video|audio|toc|include)::([^\[\n]*)\[([^\]\n]*)\][ \t]*$")
_DELIMITER = re.compile(r"^(-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|/{4,}|--)[ \t]*$")
_ADMONITION = re.compile(r"^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+")
_LINK = re.compile(r"\b(?:link:)?((?:https?://|mailto:)?[^\s\[\]]+)\[([^\]\n]*)\]")
_XREF = re.compile(r"<<[^,>\n]+,\s*([^>\n]+)>>|<<([^,>\n]+)>>")
_FOOTNOTE = re.compile(r"\bfootnote:(?:[\w-]+)?\[([^\]\n]*)\]")
_UI_MACRO = re.compile(r"\b(?:kbd|btn|menu|pass|stem|latexmath|asciimath):[^\[\s]*\[([^\]\n]*)\]")
_BOLD = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_HARD_BREAK = re.compile(r"[ \t]\+$")


def read(raw: bytes, rel: str) -> Document:
    """An AsciiDoc file, its markup written as Markdown and read as a .md file is."""
    from .markdown import read_markdown

    return read_markdown(raw, rel, "adoc", as_markdown)


def as_markdown(text: str) -> str:
    """The Markdown an AsciiDoc text means, line by line: titles, lists, list continuations, delimited blocks,
    tables; attributes, comments and block macros without text left out."""
    out: list[str] = []
    lines = text.replace("\r\n", "\n").split("\n")
    block = ""  # the open delimited block's delimiter
    table: list[str] | None = None
    continued = False  # a "+" joined the next paragraph to the item above
    header = True  # the document header: the title, its author and revision lines
    printed: list[str] = []  # the header's author and revision lines, as Asciidoctor prints them under the title
    for i, line in enumerate(lines):
        if table is not None:
            if line.strip() == "|===":
                out += _table(table) + [""]
                table = None
            else:
                table.append(line)
            continue
        if block:
            if line.strip() == block:
                out.append("```" if _verbatim(block) else "")
                block = ""
            elif block[0] == "/":
                pass
            else:
                out.append(("> " + line) if block[0] == "_" else line)
            continue
        stripped = line.strip()
        if stripped == "|===":
            table = []
            continue
        if m := _DELIMITER.match(stripped):
            block = m.group(1)
            out.append("```listing" if _verbatim(block) else "")  # verbatim: its "- x" lines no items
            continue
        if stripped.startswith("//") or _ATTRIBUTE.match(stripped) or _BLOCK_ATTRIBUTES.match(stripped):
            continue
        if header and out and not stripped:
            header = False
            out += _title_block(out, printed)
        if header and out:  # "Ahmad Ma'ruf <email>", "v1.0, 2021-10-04": the header's author and revision
            printed.append(_EMAIL.sub("", stripped).strip())
            continue
        if m := _TITLE.match(line):
            out += ["", "#" * len(m.group(1)) + " " + _inline(m.group(2)), ""]
            continued = False
            continue
        if not out:
            header = False
        if stripped == "+":
            out.append("")
            continued = True
            continue
        if m := _MACRO.match(stripped):
            if m.group(1) == "image" and m.group(3):
                out += ["", f"![{m.group(3).split(',')[0]}]({m.group(2)})", ""]
            continue
        if m := _BLOCK_TITLE.match(stripped):
            out += ["", _inline(m.group(1)), ""]
            continue
        if m := _ITEM.match(line):
            depth = len(m.group(1)) - 1 if m.group(1) != "-" else 0
            marker = "1." if m.group(1)[0] == "." else "-"
            out.append("    " * depth + f"{marker} {_inline(m.group(2))}")
            continued = False
            continue
        if continued and stripped:  # a paragraph joined to the item above: indented under it
            out.append("    " + _inline(_ADMONITION.sub("", stripped)))
            continue
        continued = False
        out.append(_inline(_ADMONITION.sub("", line)))
    if header:
        out += _title_block(out, printed)
    return "\n".join(out) + "\n"


_EMAIL = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>")


def _title_block(out: list[str], printed: list[str]) -> list[str]:
    """The header as Asciidoctor prints it, a paragraph under the title: the title, the authors (their e-mail
    addresses left out), the revision and its date, each on its line (as LaTeX's \\maketitle is read), so that a
    question asking whose notes these are finds them in a passage; nothing without an author or revision line."""
    title = next((line.lstrip("#").strip() for line in out if line.startswith("# ")), "")
    lines = [x for x in [title, *printed] if x]
    if not printed or not lines:
        return []
    return ["", *(x + "\\" for x in lines[:-1]), lines[-1], ""]


def _verbatim(delimiter: str) -> bool:
    """A listing ("----") or a literal block ("...."): its lines as written; "--" opens a block of text."""
    return delimiter[0] in "-." and len(delimiter) >= 4


def _inline(text: str) -> str:
    """Inline markup as Markdown writes it: links and cross references their text, a footnote pandoc's inline note,
    "*bold*" strong, " +" a hard break."""
    text = _UI_MACRO.sub(r"\1", text)
    text = _FOOTNOTE.sub(r"^[\1]", text)
    text = _XREF.sub(lambda m: m.group(1) or m.group(2), text)
    text = _LINK.sub(lambda m: f"[{m.group(2) or m.group(1)}]({m.group(1)})" if "/" in m.group(1) or
                     m.group(1).startswith("mailto:") else m.group(), text)
    text = _BOLD.sub(r"**\1**", text)
    return _HARD_BREAK.sub("\\\\", text)


def _table(rows: list[str]) -> list[str]:
    """An AsciiDoc table ("|a |b" cells, a row a line or a cell a line with a blank line between rows) as a pipe
    table, its first row the header."""
    grouped: list[list[str]] = [[]]
    for row in rows:
        if not row.strip():
            if grouped[-1]:
                grouped.append([])
            continue
        cells = [c.strip() for c in row.split("|")[1:]] if row.lstrip().startswith("|") else [row.strip()]
        if grouped[-1] and len(cells) > 1 and len(grouped[-1]) > 1:
            grouped.append([])
        grouped[-1] += cells
    grouped = [g for g in grouped if g]
    if not grouped:
        return []
    width = max(len(g) for g in grouped)
    lines = ["| " + " | ".join(_inline(c) for c in g + [""] * (width - len(g))) + " |" for g in grouped]
    return [lines[0], "|" + " --- |" * width] + lines[1:]
