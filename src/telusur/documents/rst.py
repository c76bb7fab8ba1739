"""The .rst reader: reStructuredText's markup written as the Markdown it means, then read by the Markdown reader.

Course notes published with Sphinx or Read the Docs are reStructuredText: titles underlined (and overlined) with a
punctuation character, their levels in the order the styles first appear; directives (".. note::", ".. code-block::
python", ".. toctree::") with an indented body; "::" opening a literal block; roles (":ref:`teks <target>`"), links
(`teks <url>`_), ``code``. Only the markup is translated; the text is the Markdown reader's to read."""

from __future__ import annotations

import re

from .model import Document

_ADORNMENT = re.compile(r"^([!-/:-@\[-`{-~])\1{2,}[ \t]*$")  # a line of one punctuation character, 3 or more
_DIRECTIVE = re.compile(r"^([ \t]*)\.\.[ \t]+([\w:-]+)::[ \t]*(.*)$")
_EXPLICIT = re.compile(r"^([ \t]*)\.\.(?:[ \t]|$)")  # a comment, a link target, a substitution definition
_FOOTNOTE = re.compile(r"^[ \t]*\.\.[ \t]+\[([#*]?[\w-]*)\][ \t]+(.*)$")
_OPTION = re.compile(r"^[ \t]*:[\w-]+:")
_FIELD = re.compile(r"^:([^:`\n]+):[ \t]+(\S.*)$")
# directives whose body is text the reader shows (admonitions, a topic, a sidebar, a figure's caption, a list table)
_TEXT_BODY = {"note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error", "seealso",
              "admonition", "topic", "sidebar", "rubric", "epigraph", "highlights", "pull-quote", "container",
              "figure", "list-table", "only", "versionadded", "versionchanged", "deprecated", "centered", "glossary"}
_TITLED = {"admonition", "topic", "sidebar", "rubric", "centered"}  # the argument is a title, a line of text
_CODE = {"code-block", "code", "sourcecode", "math", "parsed-literal"}
_ROLE = re.compile(r":[\w:+-]+:`([^`<]*?)(?:\s*<[^>`]*>)?`")
_LINK = re.compile(r"`([^`<]+?)\s*<([^>`]+)>`__?")
_REFERENCE = re.compile(r"`([^`]+)`__?")
_FOOTNOTE_REF = re.compile(r"\[([#*]?[\w-]*)\]_")
_SUBSTITUTION = re.compile(r"\|([^|\s][^|]*)\|(?!_)")


def read(raw: bytes, rel: str) -> Document:
    """A reStructuredText file, its markup written as Markdown and read as a .md file is."""
    from .markdown import read_markdown

    return read_markdown(raw, rel, "rst", as_markdown)


_AUTO_NOTE = re.compile(r"^([ \t]*\.\.[ \t]+\[)#([\w-]*)(\])", re.M)
_AUTO_REF = re.compile(r"\[#([\w-]*)\]_")


def _numbered_notes(text: str) -> str:
    """Auto-numbered footnotes ("[#]_", "[#nama]_" and their ".. [#]" notes) with the numbers docutils gives them:
    the notes numbered in order, a named reference its note's number, the unnamed ones the unnamed notes' in turn."""
    named: dict[str, int] = {}
    unnamed: list[int] = []
    for k, m in enumerate(_AUTO_NOTE.finditer(text), 1):
        if m.group(2):
            named[m.group(2)] = k
        else:
            unnamed.append(k)
    if not named and not unnamed:
        return text
    turn = iter(unnamed)
    text = _AUTO_REF.sub(lambda m: f"[{named.get(m.group(1)) if m.group(1) else next(turn, '')}]_", text)
    numbers = iter(range(1, len(named) + len(unnamed) + 1))
    return _AUTO_NOTE.sub(lambda m: f"{m.group(1)}{next(numbers)}{m.group(3)}", text)


def as_markdown(text: str) -> str:
    """The Markdown a reStructuredText text means: titles at the levels their styles take, directives' bodies kept
    or left out by kind, literal blocks fenced, inline markup as Markdown's."""
    lines = _numbered_notes(text.replace("\r\n", "\n").replace("\t", "    ")).split("\n")
    out: list[str] = []
    styles: list[tuple[str, bool]] = []  # title styles (character, overlined) in the order met: their levels
    skip_under: int | None = None  # an explicit block's indent: its indented lines are left out
    code_under: int | None = None  # a literal block's or code directive's indent: its lines fenced
    body_indent: int | None = None  # the indent of the fenced lines, taken off them
    i = 0
    while i < len(lines):
        line = lines[i]
        indent = len(line) - len(line.lstrip())
        if line.strip() and code_under is not None and indent <= code_under:
            out += ["```", ""]
            code_under = None
        if code_under is not None:
            if line.strip() and body_indent is None:
                body_indent = indent
            out.append(line[body_indent or 0:] if line.strip() else "")
            i += 1
            continue
        if skip_under is not None and (not line.strip() or indent > skip_under):
            i += 1
            continue
        skip_under = None
        title = _title(lines, i)
        if title:
            text_line, style, used = title
            if style not in styles:
                styles.append(style)
            out += ["", "#" * min(styles.index(style) + 1, 6) + " " + _inline(text_line), ""]
            i += used
            continue
        if _ADORNMENT.match(line.strip()) and not line.startswith(" "):  # a transition between sections: no text
            i += 1
            continue
        if m := _DIRECTIVE.match(line):
            name = m.group(2).lower()
            if name in _CODE:
                lang = m.group(3).strip().split()[0] if m.group(3).strip() else name
                out += ["", f"```{lang}"]
                code_under, body_indent = len(m.group(1)), None
                i = _after_options(lines, i + 1)
                continue
            if name in _TEXT_BODY:
                if name in _TITLED and m.group(3).strip():
                    out += ["", _inline(m.group(3).strip())]
                elif m.group(3).strip() and name not in ("figure", "only", "list-table"):
                    out += ["", _inline(m.group(3).strip())]  # ".. note:: Teks" opens its text on the line
                out.append("")
                i = _after_options(lines, i + 1)
                continue
            skip_under = len(m.group(1))  # toctree, image, contents, raw, include, index, meta ...: no text
            i += 1
            continue
        if m := _FOOTNOTE.match(line):
            out += ["", f"[^{m.group(1) or 'n'}]: {_inline(m.group(2))}"]
            i += 1
            continue
        if m := _EXPLICIT.match(line):
            skip_under = len(m.group(1))  # a comment, ".. _target:", ".. |sub| replace::"
            i += 1
            continue
        if line.rstrip().endswith("::") and not line.strip().startswith(".."):
            before = line.rstrip()[:-2].rstrip()
            out.append(_inline(before + ":") if before.strip() else "")
            code_under, body_indent = indent, None
            out += ["", "```literal"]  # verbatim: its "- x" lines no items
            i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1
            continue
        if m := _FIELD.match(line):  # a field list (":Penulis: Tim Pengajar"): a name and its value
            out += [f"{m.group(1)}: {_inline(m.group(2))}", ""]
            i += 1
            continue
        if line.strip().startswith("| ") or line.strip() == "|":  # a line block: its lines kept
            out.append(_inline(line.strip()[2:]) + "\\")
            i += 1
            continue
        out.append(_inline(re.sub(r"^([ \t]*)#\.(?=[ \t])", r"\g<1>1.", line)))
        i += 1
    if code_under is not None:
        out.append("```")
    return "\n".join(out) + "\n"


def _title(lines: list[str], i: int) -> tuple[str, tuple[str, bool], int] | None:
    """A section title at line i: text over an underline (and under an overline) of one punctuation character at
    least as long as the text; its text, its style and the lines it takes."""
    line = lines[i]
    over = _ADORNMENT.match(line.strip()) if line.strip() else None
    if over and i + 2 < len(lines) and lines[i + 1].strip() and not _ADORNMENT.match(lines[i + 1].strip()):
        under = _ADORNMENT.match(lines[i + 2].strip())
        if under and under.group(1) == over.group(1):
            return lines[i + 1].strip(), (over.group(1), True), 3
    if (line.strip() and not line.startswith(" ") and i + 1 < len(lines) and not _ADORNMENT.match(line.strip())
            and (under := _ADORNMENT.match(lines[i + 1])) and len(lines[i + 1].rstrip()) >= len(line.rstrip())
            and (i == 0 or not lines[i - 1].strip())):
        return line.strip(), (under.group(1), False), 2
    return None


def _after_options(lines: list[str], i: int) -> int:
    """The line after a directive's options (":linenos:", ":caption: …")."""
    while i < len(lines) and _OPTION.match(lines[i]):
        i += 1
    return i


def _inline(text: str) -> str:
    """Inline markup as Markdown writes it: a role its text, a link its text and address, a reference its text,
    ``code`` `code`, a footnote reference "[^1]", a substitution its name."""
    text = _ROLE.sub(lambda m: m.group(1).strip(), text)
    text = _LINK.sub(lambda m: f"[{m.group(1)}]({m.group(2)})", text)
    text = text.replace("``", "`")
    text = _REFERENCE.sub(lambda m: m.group(1), text) if "`_" in text else text
    text = _FOOTNOTE_REF.sub(lambda m: f"[^{m.group(1) or 'n'}]", text)
    return _SUBSTITUTION.sub(lambda m: m.group(1), text) if "|" in text and not text.lstrip().startswith("|") \
        else text

