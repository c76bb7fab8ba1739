"""The .md/.markdown reader: markdown-it-py's syntax tree made into blocks, with the markup removed.

Headings give the section path; lists keep their markers (start numbers, nesting); blockquotes are quotes; GFM
tables are one table block; footnotes are footnote blocks; inline and block HTML (WordPress lists, <br>) go through
the HTML reader. Blog-engine residue is dropped first: front matter, Liquid tags, Kramdown attribute lists and the
"* TOC" they make, and MDX components (an <Accordion title="..."> becomes a heading over its content)."""

from __future__ import annotations

import functools
import hashlib
import re
import textwrap
from collections import Counter
from pathlib import Path

from . import html as html_reader
from .furniture import RUNNING_TIMES, left_out, running_lines
from .model import CHAPTER_ALONE, LETTER_TITLE, Document, DocumentBuilder
from .structure import (FENCE_LINE, HARD_BREAK, LIST_ITEM, LIST_MARKER, OWN_LINE, dash_tables, headings_as_items,
                        is_caption, is_reference_heading, is_short_heading, list_marker, looks_like_code,
                        mend_hard_breaks, numbered_heading, place_section_names, pipe_tables, plain_blocks,
                        program_output, title_shaped, unwrap)

_LIQUID = re.compile(r"\{%-?.*?-?%\}|\{\{-?.*?-?\}\}", re.S)
_KRAMDOWN_TOC = re.compile(r"^[ \t]*[*+-][ \t]+(?:TOC|Table of Contents)[ \t]*\n(?=[ \t]*\{:toc\})", re.M | re.I)
_KRAMDOWN_IAL = re.compile(r"\{:[^}\n]*\}")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
# Pandoc's and Markdown Extra's heading attributes ("## Tokoh {#tokoh .unnumbered}", "# Pengantar {-}"): markup
_HEADING_ATTRIBUTES = re.compile(r"^([ \t]{0,3}#{1,6}[ \t].*?)[ \t]+\{(?:[#.][^{}\n]*|-)\}[ \t]*$", re.M)
# Pandoc's attributes elsewhere: a bracketed span "[proses pencatatan]{.underline}" (its text), an image's or link's
# "![…](media/image1.png){width="5in"}" and a fenced div's marker line "::: {.callout-note}", ":::" (markup)
_SPAN_ATTRIBUTES = re.compile(r"(?<![!\]])\[([^\[\]\n]+)\]\{[^{}\n]*\}")
_LINK_ATTRIBUTES = re.compile(r"(!?\[[^\[\]\n]*\]\([^()\n]*\))\{[^{}\n]*\}")
_FENCED_DIV = re.compile(r"^[ \t]*:{3,}[ \t]*(?:\{[^{}\n]*\}|[\w-]+)?[ \t]*:*[ \t]*$")
# A container's opening line with its title, as Docusaurus, VitePress and Starlight write an admonition: ":::tip[Judul]",
# ":::tip Judul", "::: warning Perhatian": the marker is markup, the title a line of text (as an admonition's)
_CONTAINER_TITLE = re.compile(r"^[ \t]*:{3,}[ \t]*[A-Za-z][\w-]*(?:\[([^\]\n]*)\]|[ \t]+([^\s{][^\n]*?))[ \t]*$")
# A table-of-contents directive alone on its line (GitLab's "[[_TOC_]]", Python-Markdown's "[TOC]", "${toc}")
_TOC_DIRECTIVE = re.compile(r"^[ \t]*(?:\[\[_?toc_?\]\]|\[toc\]|\$\{toc\})[ \t]*$", re.M | re.I)
# A note-taking app's markup (Obsidian, Logseq, GitHub): an embedded file "![[grafik.png]]", a wiki link
# "[[Uji t|uji parametrik]]" (its shown text, else the page's name), a highlight "==kata==", a comment "%% … %%", a
# callout's or alert's type "> [!NOTE] Catatan", a task's box "- [x] …", a block's id "^a1b2c3" (_BLOCK_ID)
# (not a Markdown link whose text is bracketed: "[[1]](#cite_note-1)", a saved Wikipedia page's note mark)
_EMBED = re.compile(r"!\[\[[^\[\]\n]*\]\](?!\()")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|#\n]*)(?:#[^\[\]|\n]*)?(?:\|([^\[\]\n]*))?\]\](?!\()")
_HIGHLIGHT = re.compile(r"(?<![=\w])==(?=\S)([^=\n]*?\S)==(?![=\w])")
_NOTE_COMMENT = re.compile(r"%%.*?%%")
_CALLOUT = re.compile(r"^([ \t]*(?:>[ \t]*)+)\[![A-Za-z]+\][+-]?[ \t]*")
_TASK_BOX = re.compile(r"^([ \t]*(?:[*+-]|\d{1,3}[.)])[ \t]+)\[[ xX]\][ \t]+")
# Obsidian's block id at a line's end ("… kekal. ^a1b2c3", "- butir ^kutip-2"), hidden when the note is read; a
# line of its own after a list or a table. A power is written without the space ("x^2")
_BLOCK_ID = re.compile(r"(?:^|[ \t]+)\^[A-Za-z0-9][A-Za-z0-9-]*[ \t]*$")
# An admonition of MkDocs (Material) or Python-Markdown: '!!! note "Judul"' or '??? tip' over its text set in four
# spaces, and a content tab of the same sites ('=== "Teori Klasik"'): its marker is markup, its title a line of text,
# its text no code block
# A closing flourish framed by dashes or tildes on both sides ("- Selesai -", "~ Semoga bermanfaat ~"): centred text,
# not a list item whose text ends in a dash (_framed_text says when)
_FRAMED_LINE = re.compile(r"^[ \t]*([-–—~]{1,3})[ \t]+(\S[^\n]{0,60}?)[ \t]+\1[ \t]*$")
_FIELD = re.compile(r"^[^:\n]{1,40}:(?:[ \t]|$)")  # "NIP:", "Keterangan: tidak ada": a field's label and its value
_ADMONITION = re.compile(r'^[ \t]*(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+"([^"\n]*)")?|===\+?[ \t]+"([^"\n]*)")[ \t]*$')
# A line that is only an MDX/JSX component tag: <Accordion title="...">, </Accordion>, <Image ... />.
_COMPONENT = re.compile(r"^[ \t]*<(/?)([A-Z][\w.]*)((?:\s[^<>]*?)?)(/?)>[ \t]*$")
# (a tab's label names its panel as a box's title does: <TabItem value="win" label="Windows">)
_TITLE_ATTR = re.compile(r"""\b(?:title|label)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{["'`]([^"'`]*)["'`]\})""")
# MDX's JavaScript: an import or export statement opening a line outside code, running to the next blank line
# ("import Tabs from '@theme/Tabs';", "export const Sorot = ({children}) => …"), and a JSX comment "{/* … */}"
_ESM = re.compile(r"^(?:import\s+(?:[\w$*{},\s]+\s+from\s+)?[\"'][^\"'\n]+[\"'];?[ \t]*$"
                  r"|export\s+(?:default\b|const\b|let\b|var\b|function\b|async\s+function\b|\{))")
_JSX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.S)
# A fence whose info is braced: a knitr/Quarto code chunk ("```{r setup, include=FALSE}" … "```"), its options in the
# braces or as "#| echo: false" lines opening it (no code), shown as its code or, hidden from the rendered page
# (include or echo false), as nothing; or a MyST directive of a Jupyter Book ("```{note}", "```{admonition} Judul"),
# a box whose title and text are text, its ":class: tip" options none
_CHUNK = re.compile(r"^[ \t]{0,3}(`{3,})[ \t]*\{([A-Za-z][\w-]*)\}?([^}\n]*?)\}?[ \t]*\n(.*?)^[ \t]{0,3}\1[ \t]*$",
                    re.M | re.S)
_CHUNK_OPTION = re.compile(r"^[ \t]*#\|.*(?:\n|$)", re.M)
_HIDDEN = re.compile(r"\b(?:include|echo)\s*[=:]\s*(?:FALSE|false|F\b)")
_MYST_BOXES = frozenset({"note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error",
                         "seealso", "admonition", "topic", "sidebar", "epigraph", "figure"})
_MYST_OPTIONS = re.compile(r"\A(?:[ \t]*:[\w-]+:[^\n]*\n)+|\A---\n(?:[^\n]*\n)*?---\n")
_OPEN = re.compile(r"^<!--telusur:open:(\d+)-->$")
_CLOSE = "<!--telusur:close-->"
# what a table row's source line writes before the row: a blockquote's ">" marks and indentation, and a list item's
# marker when the row starts the item ("- | Nama | Nilai |")
_TABLE_ROW_CONTAINER = re.compile(r"^(?:[ \t]*(?:>|(?:[*+-]|\d{1,9}[.)])(?=[ \t]+(?:>|\|))))*[ \t]*")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_MATTER_TITLE = re.compile(r"^title\s*:\s*[\"']?(.+?)[\"']?\s*$", re.M)
_STRAY_EMPHASIS = re.compile(r"\*{2,}|_{2,}")  # unpaired ** left by converters ("**Nurjanah**** 1) ****")
# A code span's asterisks and underscores, set aside while stray emphasis is taken out ("`**`" shows "**")
_CODE_MARKS = str.maketrans({"*": "\ue010", "_": "\ue011"})  # private use, apart from _SUP_START/_SUP_END's
_CODE_UNMARKS = str.maketrans({"\ue010": "*", "\ue011": "_"})
_SPACES = re.compile(r"[ \t\xa0]+")  # runs of spaces and tabs are layout (PDF conversions), one space in display
_BLANK_LINES = re.compile(r"\n[ ]*\n[\n ]*")  # <br> then a line break: one line break
_ASIDE = re.compile(r"<(/?)aside\b", re.I)
_MD_STRONG = re.compile(r"(?<![*\w])(?:\*\*|__)(?=\S)(.+?)(?<=\S)(?:\*\*|__)(?![*\w])", re.S)
_PAGE_NUMBER = re.compile(r"^\d{1,4}$")  # a page number left by a PDF-to-Markdown conversion


def read(raw: bytes, rel: str) -> Document:
    """A Markdown file: decoded like a .txt file, parsed, made into blocks; the title from the front matter,
    the first heading, or the file name."""
    return read_markdown(raw, rel, "md")


def read_markdown(raw: bytes, rel: str, fmt: str, as_markdown=lambda text: text) -> Document:
    """A file in Markdown, or in another light markup (fmt) that as_markdown writes as the Markdown it means."""
    from ..errors import CorpusError
    from .decode import decode_bytes, normalize_text, strip_boilerplate, title_from_name

    source = as_markdown(decode_bytes(raw, rel))
    text, boilerplate_title = strip_boilerplate(normalize_text(_two_space_breaks(source)))
    builder = DocumentBuilder()
    title = blocks_from_markdown(text, builder)
    document = headings_as_items(place_section_names(
        builder.build(rel, boilerplate_title or title or title_from_name(Path(rel)), hashlib.sha256(raw).hexdigest(),
                      fmt), builder.placed))
    if not document.blocks:
        if not text.strip():
            raise CorpusError(f"{rel}: berkas kosong, tidak ada teks untuk diindeks.")
        raise CorpusError(f"{rel}: tidak ada teks setelah markup Markdown dibuang (isinya hanya tag, gambar, atau "
                          "markup bersarang terlalu dalam); simpan teksnya sebagai .txt.")
    return document


_TWO_SPACES = re.compile(r"(?<=\S)[ ]{2,}$")


def _two_space_breaks(text: str) -> str:
    """A line ending in two spaces is a hard line break (CommonMark); the reader strips trailing white space, so
    the break is written as its other spelling, a backslash at the line end, outside fenced code and table rows."""
    if "  \n" not in text and "  \r" not in text:
        return text
    lines, fenced = text.replace("\r\n", "\n").split("\n"), False
    for i, line in enumerate(lines[:-1]):
        if FENCE_LINE.match(line):
            fenced = not fenced
        elif not fenced and "|" not in line and _TWO_SPACES.search(line) and _goes_on(line, lines[i + 1]):
            lines[i] = _TWO_SPACES.sub("\\\\", line)
    return "\n".join(lines)


def _goes_on(line: str, after: str) -> bool:
    """The paragraph goes on in the next line: a break there is inside it (at a paragraph's end, before a heading,
    a quote, a list, a rule or a fence, a backslash would be shown as one)."""
    return bool(after.strip()) and not (OWN_LINE.match(line) or OWN_LINE.match(after) or LIST_ITEM.match(after)
                                        or FENCE_LINE.match(after))


def blocks_from_markdown(text: str, builder: DocumentBuilder) -> str | None:
    """Add the blocks of a Markdown text to builder; returns its title (front matter or first heading) if any."""
    from markdown_it.tree import SyntaxTreeNode

    source, titles = _preprocess(text)
    tree = SyntaxTreeNode(_parser().parse(source))
    walker = _Walker(builder, titles, _running_lines(tree), _labels(tree))
    walker.source = source
    walker.blocks(tree)
    walker.front_matter_references()
    return walker.front_matter_title or walker.title


@functools.lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    return (MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
            .use(front_matter_plugin).use(footnote_plugin))


def _framed_text(line: str, before: str, after: str) -> str | None:
    """The text of a line framed by the same dashes or tildes on both sides ("- Selesai -", "-- Tamat --"), a
    flourish of centred text; None where the line is no flourish: a field whose value is a dash ("- NIP: -", a form's
    empty field: _FIELD), or a line among items of its own marker (the line before or after is one: "- Golongan -" in
    a list is an item ending in a dash)."""
    m = _FRAMED_LINE.match(line)
    if not m or _FIELD.match(m.group(2)):
        return None
    item = re.compile(rf"[ \t]*{re.escape(m.group(1))}[ \t]+\S")
    return None if item.match(before) or item.match(after) else m.group(2)


# A heading written without the space after its hashes, as older Markdown and PDF converters wrote it ("####Sanksi",
# "#BAB 4 EVALUASI …"): two hashes or more before a capital, or one before a capital and more words (a note app's
# "#Tag" alone is a tag, and "#include <stdio.h>" no heading)
_UNSPACED_HEADING = re.compile(r"(#{2,6})(?=[A-Z])|(#)(?=[A-Z][^\s#]*[ \t]+\S)")


def _preprocess(text: str) -> tuple[str, list[str]]:
    """Blog-engine residue removed; component tags on their own line replaced by markers the walk turns into
    headings (their titles are returned by index). Fenced code and the front matter are left alone."""
    front = _FRONT_MATTER.match(text)
    if front:  # YAML, not prose: its lines are never rejoined (a list of references would run together)
        source, titles = _preprocess(text[front.end():])
        return front.group() + source, titles
    text = dash_tables(_TOC_DIRECTIVE.sub("", _KRAMDOWN_TOC.sub("", text)))
    if "<!--" in text:  # a tag commented out shows nothing: its caption or box text must not come out of the comment
        text = _HTML_COMMENT.sub(lambda m: _LIQUID.sub("", m.group()), text)
    text = without_statements(text)
    if "```{" in text:
        text = _CHUNK.sub(_chunk_shown, text)
    lines, titles, fenced, admonition = [], [], False, False
    raw = text.split("\n")
    for i, line in enumerate(raw):
        if FENCE_LINE.match(line):
            fenced = not fenced
        if fenced:
            lines.append(line)
            continue
        if admonition and line.strip() and not line.startswith(("    ", "\t")):
            admonition = False
        if admonition:
            line = line[1:] if line.startswith("\t") else line[4:]
        elif m := _ADMONITION.match(line):
            lines += [m.group(1) or m.group(2) or "", ""]
            admonition = True
            continue
        line = _note_markup(line)
        if line.startswith("#") and (m := _UNSPACED_HEADING.match(line)):  # "####Sanksi": the heading meant
            line = f"{m.group(m.lastindex)} {line[m.end(m.lastindex):]}"
        if (framed := _framed_text(line, raw[i - 1] if i else "", raw[i + 1] if i + 1 < len(raw) else "")) is not None:
            line = framed
        if (shown := _container_line(line)) is not None:
            lines.append(shown)
            continue
        if "{" in line:
            line = _HEADING_ATTRIBUTES.sub(r"\1", _SPAN_ATTRIBUTES.sub(r"\1", _LINK_ATTRIBUTES.sub(r"\1", line)))
            captions = [c for tag in _LIQUID.findall(line) if (c := _tag_caption(tag))]
            line = _KRAMDOWN_IAL.sub("", _LIQUID.sub(lambda t: _cite_tag(t.group()), line))
            if captions:  # a figure's caption holds its source ("… (Kominfo, 2019)"): a paragraph of its own
                lines += [line, ""] + [x for c in captions for x in (c, "")]
                continue
        m = _COMPONENT.match(line)
        if m and not m.group(4):
            if m.group(1):
                lines += ["", _CLOSE, ""]
            else:
                t = _TITLE_ATTR.search(m.group(3) or "")
                titles.append(next((g for g in t.groups() if g), "") if t else "")
                lines += ["", f"<!--telusur:open:{len(titles) - 1}-->", ""]
        elif m:  # a self-closing component (<Image ... />) has no text
            lines.append("")
        else:
            lines.append(line)
    source = unwrap("\n".join(lines))  # hard-wrapped paragraphs rebuilt (soft breaks would cut their sentences)
    if "{%" in source or "{{" in source:  # a Liquid tag or a shortcode spread over several lines
        source = tags_shown(source)
    return source, titles


def _container_line(line: str) -> str | None:
    """A box's marker line as the reader shows it, None for any other line: a pandoc div's marker and a closing ":::"
    nothing, a documentation site's box opening its title, a line of text set apart, bold or not (":::info[**Tagline**]"
    in bold read as a heading whose section the box's end left open over the text after it)."""
    if _FENCED_DIV.match(line):
        return ""
    if m := _CONTAINER_TITLE.match(line):
        return "\n" + _MD_STRONG.sub(r"\1", (m.group(1) or m.group(2) or "").strip()) + "\n"
    return None


def container_titles_shown(text: str) -> str:
    """A text's box marker lines as the reader shows them (_container_line); the other lines as they are."""
    return "\n".join(line if (shown := _container_line(line)) is None else shown for line in text.split("\n"))


def without_statements(text: str) -> str:
    """MDX's JavaScript taken out of a page outside its code: an import or export statement opening a line, to the
    next blank line, and a JSX comment; blank lines stand where they stood."""
    if "{/*" in text:
        text = _JSX_COMMENT.sub("", text)
    if "import" not in text and "export" not in text:
        return text
    lines, fenced, statement = text.split("\n"), False, False
    for i, line in enumerate(lines):
        if FENCE_LINE.match(line):
            fenced = not fenced
        statement = not fenced and bool(line.strip()) and (statement or _ESM.match(line) is not None)
        if statement:
            lines[i] = ""
    return "\n".join(lines)


def _chunk_shown(m: re.Match) -> str:
    """A braced fence as the rendered page shows it: a chunk's code without its options, or nothing when hidden;
    a MyST box's title and text (a figure's caption), its path and options left out."""
    fence, name, argument, body = m.groups()
    if name.lower() in _MYST_BOXES:
        text = _MYST_OPTIONS.sub("", body, count=1)
        title = "" if name.lower() == "figure" else argument.strip()
        return f"{title}\n\n{text}" if title else f"\n{text}"
    options = argument + "".join(re.findall(r"^[ \t]*#\|(.*)$", body, re.M))
    if _HIDDEN.search(options):
        return ""
    return f"{fence}{name}\n{_CHUNK_OPTION.sub('', body)}{fence}"


def tags_shown(text: str) -> str:
    """A text's Liquid tags and shortcodes as the reader shows them: a box's title and text, a figure's caption (each
    a paragraph of its own), a citation tag as pandoc writes a citation; any other tag nothing."""
    return _LIQUID.sub(lambda m: f"\n\n{c}\n\n" if (c := _tag_caption(m.group())) else _cite_tag(m.group()), text)


class _Walker:
    """Walks the syntax tree in reading order and adds blocks; remembers the heading level for what has none
    of its own (a bold line acting as a heading, an MDX component) and whether a reference list is open."""

    def __init__(self, builder: DocumentBuilder, titles: list[str], running: frozenset[str] = frozenset(),
                 labels: frozenset[str] = frozenset()):
        self.b = builder
        self.titles = titles
        self.running = running  # running headers/footers of a PDF pasted into Markdown
        self.labels = labels  # paragraphs repeated under one heading (_labels): labels, never a section's name
        self.running_met: set[str] = set()  # those kept where first met (furniture.left_out)
        self.level = 0  # level of the last Markdown heading
        self.components: list[int] = []  # heading levels of the open components
        self.references_at: int | None = None  # level of the open reference-list heading
        self.front_matter_title: str | None = None
        self.front_matter = ""  # the YAML text: its bibliography is the document's list, where pandoc sets it
        self.title: str | None = None
        self.started = False  # a block has been read
        self.source = ""  # the Markdown source: a caption it also writes as text is not added twice
        self.source_lines: list[str] | None = None

    def blocks(self, node, kind: str = "paragraph", level: int = 0) -> None:
        html: list[str] = []  # consecutive HTML blocks are one fragment (a blank line inside an <ol> splits it)
        for child in node.children:
            if child.type == "html_block" and not _is_marker(child.content):
                html.append(child.content)
                continue
            if html:
                self.html("\n".join(html), kind)
                html = []
            self.block(child, kind, level)
        if html:
            self.html("\n".join(html), kind)

    def block(self, node, kind: str, level: int) -> None:
        t = node.type
        # a paragraph showing no text (a logo, a Colab or build badge: "<a …><img …/></a>") opens no document: the
        # heading under it is still the title
        self.started = self.started or t not in ("heading", "front_matter", "html_block", "hr") and not (
            t == "paragraph" and not _inline(node).strip())
        if t == "heading" and _underlined_prose(node):
            self.paragraph(_inline(node), node, kind, level)
        elif t == "heading":
            self.heading(_inline(node), int(node.tag[1:]))
        elif t == "paragraph":
            self.paragraph(_inline(node, addresses=self.references_at is not None), node, kind, level)
            if self.references_at is None:
                for caption in _captions(node):  # its own line after the paragraph: never inside its sentences
                    if self.source.count(caption) <= 1:  # "![Gambar 1 …](g.png)" then "*Gambar 1 …*": once
                        self.b.add("quote" if kind == "quote" else "paragraph", caption)
        elif t in ("bullet_list", "ordered_list"):
            if not _contents(node):  # a table of contents: the headings it links to are the text
                self.list(node, level, kind)
        elif t == "blockquote":
            self.blocks(node, "quote", level)
        elif t == "table":
            self.table(node)
        elif t == "fence" and _code_language(node.info):  # code: its lines as written, "- nama: web" no item
            self.b.add("quote" if kind == "quote" else "paragraph", _HIGHLIGHT_MARK.sub("", node.content))
        elif t == "fence":  # no language (or "text"): pasted text, whose item lines are items
            self.plain(node.content, kind, level)
        elif t == "code_block" and (looks_like_code(node.content) or program_output(node.content)):
            # program code or its printed output, indented: its lines as written (no headings, no wrapped line going
            # on), without the backslash _two_space_breaks wrote for a break
            lines = textwrap.dedent(node.content).strip("\n").splitlines()
            self.b.add("quote" if kind == "quote" else "paragraph", "\n".join(x.removesuffix("\\") for x in lines))
        elif t == "code_block":  # in prose, an indented block is a pasted paragraph, not code: read it as Markdown
            from markdown_it.tree import SyntaxTreeNode

            self.blocks(SyntaxTreeNode(_parser().parse(textwrap.dedent(node.content))), kind, level)
        elif t == "html_block":
            self.html(node.content, kind)
        elif t == "footnote_block":
            for note in node.children:
                label = _note_label(note.meta)
                text = "\n".join(_inline(p, addresses=self.references_at is not None)
                                  for p in note.children if p.type == "paragraph")
                self.b.add("footnote", f"{_footnote_mark(label)} {text}")
        elif t == "front_matter":
            m = _FRONT_MATTER_TITLE.search(node.content)
            self.front_matter_title = m.group(1).strip() if m else None
            self.front_matter = node.content
        # hr and anything unknown add nothing

    def front_matter_references(self) -> None:
        """The bibliography of the front matter ("references:"), at the end as pandoc sets it: under the text's own
        closing reference heading ("# Daftar Pustaka" over an empty "::: {#refs}"), else under a heading of its own."""
        from .front_matter import front_matter_entries, section_title

        entries = front_matter_entries(self.front_matter) if "eferen" in self.front_matter or \
            "ibliograph" in self.front_matter or "ustaka" in self.front_matter else []
        if not entries:
            return
        if self.references_at is None:
            self.heading(section_title(self.front_matter) or "Daftar Pustaka", max(1, min(self.level, 2)))
        for entry in entries:
            self.b.add("reference", entry)

    def heading(self, text: str, level: int, own_level: bool = True, placed: bool = False) -> None:
        """A heading; only a Markdown heading (own_level) sets the level that bold headings and components
        are placed under, and only outside a component. placed: a bold section name, whose level
        structure.place_section_names decides."""
        text = " ".join(text.split())
        if not text:
            return
        if own_level and not self.components:
            self.level = level
        # the document opens with this heading, or with "BAB II" over it (DocumentBuilder makes the two one heading)
        opening = not self.started or bool(self.title and CHAPTER_ALONE.match(self.title)) and \
            self.b.last == ("heading", self.title)
        self.started = True
        block = self.b.heading(text, level, placed=placed)
        if opening and not is_reference_heading(text):
            self.title = self.b.last[1] if block is not None else text
        if self.references_at is not None and level <= self.references_at:
            self.references_at = None
        if is_reference_heading(text):
            self.references_at = level

    def paragraph(self, text: str, node, kind: str, level: int) -> None:
        if _PAGE_NUMBER.match(text) or left_out(text, self.running, self.running_met):
            return
        bold = kind == "paragraph" and _is_bold_heading(node, text) and text not in self.labels
        if bold or kind == "paragraph" and "\n" not in text and is_reference_heading(text):
            level = self._depth() + 1
            if bold and LETTER_TITLE.match(text) and any(
                    lv == level and numbered_heading(t) == 1 for lv, t in self.b.open_headings):
                level += 1  # "**A. Latar Belakang**" under "**BAB I**": the chapter's section, a level down
            self.heading(text, level, own_level=False, placed=bold and not self.components)
            return
        numbered = numbered_heading(text) if kind == "paragraph" and not self.components else 0
        if numbered > 1:  # "2.1 Definisi IoT" written without "#": a section, one level down per number
            self.heading(text, self._depth() + numbered - 1, own_level=False)
            return
        if kind == "paragraph" and self.references_at is not None:
            self.b.add("reference", text)
            return
        self.plain(text, kind, level)

    def plain(self, text: str, kind: str, level: int) -> None:
        """Paragraph text without Markdown structure: lines that are list items by the text rules become items."""
        if kind != "paragraph":
            self.b.add(kind, text, level=level)
            return
        # A Markdown paragraph stays one block; only its lines that are list items by the text rules are split off,
        # and a table typed with pipes but no rule row under its header (no table to Markdown) is a table
        text = pipe_tables(text)
        runs: list[list] = []
        for a, b, k in plain_blocks(text):
            if k == "item" and _GLUED_STAR.match(text, a):  # "`*args` menampung …", "*) keterangan": no bullet
                k = "paragraph"
            if k not in ("item", "table") and runs and runs[-1][2] not in ("item", "table"):
                runs[-1][1] = b
            else:
                runs.append([a, b, k])
        for a, b, k in runs:
            self.add_line_block(text[a:b], k, level)

    def add_line_block(self, line: str, kind: str, level: int) -> None:
        marker = list_marker(line) if kind == "item" else ""
        if kind == "table":
            self.b.add("table", line)
        elif marker:
            self.b.add("item", LIST_MARKER.sub("", line, count=1), level=level, marker=marker)
        else:
            self.b.add("paragraph", line)

    def list(self, node, level: int, kind: str) -> None:
        """Items with their markers: an ordered list keeps its start number and delimiter ("2)"), bullets are "•".
        Lines of an item that are list items by the text rules ("a. ...") are nested one level deeper."""
        number = int(node.attrs.get("start", 1)) if node.type == "ordered_list" else 0
        delimiter = node.markup if node.type == "ordered_list" else ""
        written = _written_numbers(node)
        for i, item in enumerate(node.children):
            marker = f"{written[i] if written else number}{delimiter}" if delimiter else "•"
            number += 1
            head, rest = [], []
            for child in item.children:
                if child.type == "paragraph" and not rest:
                    head.append(_inline(child, addresses=self.references_at is not None))
                else:
                    rest.append(child)
            self.item("\n".join(head), marker, level, kind)
            for child in rest:
                self.block(child, kind if kind == "quote" else "paragraph", level + 1)

    def item(self, text: str, marker: str, level: int, kind: str) -> None:
        if self.references_at is not None and kind != "quote":  # a numbered reference list: its number kept apart
            self.b.add("reference", text, marker=marker)  # (the text shows none), each item an entry of its own
            return
        spans = plain_blocks(text) if text else []
        if kind == "quote" or not spans:  # a list quoted is a list: its items keep their markers
            self.b.add("item", text, level=level, marker=marker)
            return
        # The item's own text runs until the first line that is an item by the text rules.
        own = [i for i, (_, _, k) in enumerate(spans) if k == "item" and i > 0]
        cut = own[0] if own else len(spans)
        self.b.add("item", text[spans[0][0]:spans[cut - 1][1]], level=level, marker=marker)
        for a, b, k in spans[cut:]:
            self.add_line_block(text[a:b], k, level + 1)

    def _depth(self) -> int:
        return self.components[-1] if self.components else self.level

    def table(self, node) -> None:
        rows = []
        if self.source_lines is None:  # once a document: its tables' rows are looked up by line
            self.source_lines = self.source.split("\n")
        lines = self.source_lines
        for section in node.children:
            for tr in section.children:
                cells = [" ".join(_inline(cell).split()) for cell in tr.children] + _cells_past_header(tr, lines)
                if any(cells):
                    rows.append(" | ".join(cells))
        self.b.add("table", "\n".join(rows))

    def html(self, content: str, kind: str) -> None:
        stripped = content.strip()
        m = _OPEN.match(stripped)
        if m:
            title = self.titles[int(m.group(1))]
            depth = self._depth() + 1
            self.components.append(depth)
            if title:
                self.heading(title, depth, own_level=False)
            return
        if stripped == _CLOSE:
            if self.components:
                self.components.pop()
            return
        content = _MD_STRONG.sub(r"\1", content)  # Markdown emphasis typed inside HTML (<p>**kata**</p>)
        content = _ASIDE.sub(r"<\1div", content)  # a note's callout (Notion's export), no site's sidebar
        html_reader.blocks_from_html(content, self.b, base_level=self._depth(),
                                     references=self.references_at is not None)


def _underlined_prose(node) -> bool:
    """A paragraph with a rule typed right under it ("---" or "===" with no blank line between) is a setext heading
    to Markdown, but a sentence or a paragraph of them is no title: the writer ruled off prose, and as a heading its
    text would be in no passage. A question stays a title ("Apa itu stunting?")."""
    if node.markup not in ("-", "="):
        return False
    text = " ".join(_inline(node).split())
    return not title_shaped(text) and not text.endswith("?")


def _cells_past_header(tr, lines: list[str]) -> list[str]:
    """The cells a table row writes past its header's count: markdown-it drops them (as GFM does), but a table a
    converter made of a PDF's page runs its text on in them, so they are read. The row's line is split without the
    quote marks or list marker its table sits in (_TABLE_ROW_CONTAINER): "> | Ani | 90 |" has two cells, not three."""
    if not tr.map or tr.map[0] >= len(lines) or len(tr.children) == 0:
        return []
    from markdown_it.rules_block.table import escapedSplit
    from markdown_it.tree import SyntaxTreeNode

    cells = escapedSplit(_TABLE_ROW_CONTAINER.sub("", lines[tr.map[0]]).strip())
    cells = cells[1:] if cells and cells[0] == "" else cells
    cells = cells[:-1] if cells and cells[-1] == "" else cells
    return [" ".join(_inline(SyntaxTreeNode(_parser().parseInline(c.strip()))).split())
            for c in cells[len(tr.children):]]


def _contents(node) -> bool:
    """A list of links to the note's own headings ("- [Paru-paru Dunia](#paru-paru-dunia)"), read as the HTML reader
    reads one (html_reader.is_contents)."""
    items = sum(1 for n in node.walk() if n.type == "list_item")
    text = linked = 0
    for n in node.walk():
        if n.type == "text":
            text += len(" ".join(n.content.split()))
            if any(a.type == "link" and str(a.attrs.get("href", "")).startswith("#") for a in _ancestors(n, node)):
                linked += len(" ".join(n.content.split()))
    return html_reader.is_contents(items, text, linked)


def _ancestors(n, top):
    while n is not None and n is not top:
        n = n.parent
        yield n


# A line of code that only marks lines for a static site to highlight (Docusaurus, MDX: "# highlight-start",
# "// highlight-next-line", "<!-- highlight-end -->"): the site's markup, never shown on the page
_HIGHLIGHT_MARK = re.compile(r"(?m)^[ \t]*(?:#|//|--|;|/\*|<!--)[ \t]*highlight-(?:start|end|next-line)[ \t]*"
                             r"(?:\*/|-->)?[ \t]*(?:\n|$)")


def _code_language(info: str) -> bool:
    """A fence's info string names a programming or data language ("python", "yaml", "bash {.numberLines}"), not
    plain text."""
    word = info.strip().lstrip("{.").split(maxsplit=1)[0].rstrip("}").lower() if info.strip() else ""
    return word not in ("", "text", "txt", "plain", "plaintext")


def _note_markup(line: str) -> str:
    """A line without a note-taking app's markup (_EMBED … _TASK_BOX): what it shows is what is read."""
    if "[" in line:
        line = _TASK_BOX.sub(r"\1", _CALLOUT.sub(r"\1", line))
        line = _WIKI_LINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), _EMBED.sub("", line))
    if "^" in line:
        line = _BLOCK_ID.sub("", line)
    if "==" in line:
        line = _HIGHLIGHT.sub(r"\1", line)
    return _NOTE_COMMENT.sub("", line) if "%%" in line else line


def _is_marker(content: str) -> bool:
    stripped = content.strip()
    return stripped == _CLOSE or bool(_OPEN.match(stripped))


def _running_lines(tree) -> frozenset[str]:
    """The running headers of a PDF converted to Markdown: short paragraphs repeated (furniture.running_lines) where
    its pages break, not a label the text repeats over its own content."""
    texts = [_inline(n) if n.type == "paragraph" else "" for n in tree.children]
    return running_lines(((t, i) for i, (t, n) in enumerate(zip(texts, tree.children)) if n.type == "paragraph"),
                         breaks=_page_breaks(texts, [n.type for n in tree.children]))


def _labels(tree) -> frozenset[str]:
    """Top-level paragraphs written RUNNING_TIMES times or more, twice or more under one nearest heading: a bold one
    ("**Penyelesaian**" over each worked example's solution) is a label heading the text under it, as a plain one
    is, not a section's name (a section is named once under its heading): the paragraphs after the solution stay in
    their own section. Written once under each of several headings ("**Rangkuman**" closing each chapter of a
    module), it names the same part of each, a section of its own."""
    nodes = [n for n in tree.children if n.type in ("heading", "paragraph")]
    texts = [_inline(n) if n.type == "paragraph" else "" for n in nodes]
    repeated = {text for text, times in Counter(texts).items() if text and times >= RUNNING_TIMES}
    under, places = 0, Counter()  # the nearest heading: a Markdown one, or a bold paragraph no label can be
    for i, (node, text) in enumerate(zip(nodes, texts)):
        if text in repeated:
            places[text, under] += 1
        elif node.type == "heading" or _is_bold_heading(node, text):
            under = i + 1
    return frozenset(text for (text, _), times in places.items() if times >= 2)


def _page_breaks(texts: list[str], types: list[str]) -> frozenset[int]:
    """The top-level blocks standing where a PDF's page broke: next to its page number, or between a sentence and its
    run-on ("... yang merasa" / header / "waktu tunggu ..."), past any rule a converter wrote between pages. A rule
    alone is no page's edge: an author sets "---" between sections, each opening with its own label."""
    def mark(i: int) -> bool:
        return types[i] == "paragraph" and bool(_PAGE_NUMBER.match(texts[i]))

    def past_rules(i: int, step: int) -> int:
        while 0 <= i < len(types) and types[i] == "hr":
            i += step
        return i

    def text_at(i: int, step: int) -> str:
        while 0 <= i < len(types) and (mark(i) or types[i] == "hr"):
            i += step
        return texts[i] if 0 <= i < len(types) and types[i] == "paragraph" else ""
    out = set()
    for i in range(len(types)):
        near = [j for j in (past_rules(i - 1, -1), past_rules(i + 1, 1)) if 0 <= j < len(types)]
        before, after = text_at(i - 1, -1).rstrip(","), text_at(i + 1, 1)
        if any(mark(j) for j in near) or (before[-1:].isalpha() and after[:2].isalpha() and after[:1].islower()):
            out.add(i)
    return frozenset(out)


def _inline(node, outer: bool = True, addresses: bool = False) -> str:
    """The display text of a block's inline content: emphasis, links and escapes removed, images dropped,
    <br> a line break, other inline tags dropped. A code span's marks come back in the outer call only. addresses:
    a link keeps its web address after its words (html.link_address), as a reference list's entries need theirs."""
    parts: list[str] = []
    run_in = _run_in_title(node.children)
    for child in node.children:
        if child.type == "inline":
            parts.append(_inline(child, False, addresses))
        else:
            _inline_node(child, parts, addresses)
            if run_in and child.type == "strong":
                parts.append(":")  # "**Pemilihan Warna** Warna netral …": the title, then what it says of it
                run_in = False
    text = _SPACES.sub(" ", _STRAY_EMPHASIS.sub("", _raise(_closed_emphasis(mend_hard_breaks("".join(parts))))))
    if outer and addresses:
        text = html_reader.addresses_at_line_ends(text)
    if outer:
        text = _unclosed_emphasis(text.strip())
    return _BLANK_LINES.sub("\n", text.translate(_CODE_UNMARKS) if outer else text).strip()


def _written_numbers(node) -> list[int] | None:
    """An ordered list's numbers as the writer typed them, when the writer counted (one item numbered one more than
    the item before it): "1. Produk fisik", "2. Produk jasa", then the text's next part "2. Harga" after a blank
    line joins that list, and CommonMark's count showed it as "3. Harga". A lazy list ("1." on every item, a
    converter's "1." then "8." on every item after a resumed count) is counted, as CommonMark counts it."""
    if node.type != "ordered_list":
        return None
    written = [int(item.info) for item in node.children if (item.info or "").isdigit()]
    counted = any(b == a + 1 for a, b in zip(written, written[1:]))
    return written if len(written) == len(node.children) and counted else None


_RUNS_ON = re.compile(r"[ \t]+[A-Z]")  # a capital: "**Pasal** 5 ayat 2" is a name and its number
RUN_IN_WORDS = 4  # what follows a run-in title says something: a sentence, not a name's rest


def _run_in_title(children) -> bool:
    """A block opening on a bold title that runs into its text with nothing between ("**Kolam Ikan** Kolam
    memberi …", a chatbot's or a blog's list of tips): read as "Kolam Ikan Kolam memberi …", the title and the
    first sentence were one sentence. A title is short and ends no sentence; the text goes on with a capital."""
    children = [n for n in children if n.type != "text" or n.content]  # markdown-it opens on an empty text
    if len(children) < 2 or children[0].type != "strong" or children[1].type != "text":
        return False
    title = " ".join("".join(n.content for n in children[0].walk() if n.type == "text").split())
    said = children[1].content.split()
    return bool(_RUNS_ON.match(children[1].content)) and len(said) >= RUN_IN_WORDS and is_short_heading(title) \
        and not title.endswith(":")


_GLUED_STAR = re.compile(r"[ \t]*[*+](?![ \t])")  # glued to what follows: Markdown's bullets take a space
_OPENING_STAR = re.compile(r"^\*(?=[^\W\d_])")  # "*Note: …", "*Direction *": a star glued to the first word
_CLOSING_STAR = re.compile(r"\s+\*$")


def _unclosed_emphasis(text: str) -> str:
    """A block's text opening on a star Markdown left as it stands (no closing star, or one after a space: "*Note:
    Kalau …", "### *Direction *") without it: emphasis the writer did not close, no list marker and no word."""
    if not _OPENING_STAR.match(text):
        return text
    rest = text[1:]
    if "*" not in rest:
        return rest
    return _CLOSING_STAR.sub("", rest) if _CLOSING_STAR.search(rest) and rest.count("*") == 1 else text


# Where emphasis closed, while the text is gathered: a converter (html2text) sets a space between it and the stop or
# comma after it ("_tetapi_ , …" for "<em>tetapi</em>, …"), which no writer puts before a comma (before a colon
# writers do: "**Kata Kunci** : …" keeps it)
_EMPHASIS_END = "\ue002"
_SPACED_STOP = re.compile(f"{_EMPHASIS_END}[ \t]+(?=[,.;](?:\\s|$))")


def _closed_emphasis(text: str) -> str:
    """The text with the space a converter set between closing emphasis and a comma or stop taken out."""
    return _SPACED_STOP.sub("", text).replace(_EMPHASIS_END, "") if _EMPHASIS_END in text else text


# Where an inline <sup> opens and closes, while the text is gathered: "m<sup>2</sup>" reads "m²", not "m2".
_SUP_START, _SUP_END = "\ue000", "\ue001"
_SUP = re.compile(f"{_SUP_START}([^{_SUP_START}{_SUP_END}]*){_SUP_END}")


def _raise(text: str) -> str:
    """The text of a block with its <sup> numbers as superscript digits and the markers taken out."""
    if _SUP_START not in text:
        return text
    text = _SUP.sub(lambda m: html_reader.superscript(m.group(1)), text)
    return text.replace(_SUP_START, "").replace(_SUP_END, "")


def _inline_node(node, parts: list[str], addresses: bool = False) -> None:
    t = node.type
    if t == "code_inline":  # its asterisks and underscores are what it shows ("`**`", "`__init__`"): no emphasis
        parts.append(node.content.translate(_CODE_MARKS))
    elif t in ("text", "text_special"):
        parts.append(node.content)
    elif t == "softbreak":
        parts.append("\n")
    elif t == "hardbreak":
        parts.append(HARD_BREAK)
    elif t == "html_inline":
        if re.match(r"<br\b", node.content, re.I):
            parts.append(HARD_BREAK)
        elif re.fullmatch(r"<(/?)sup\s*>", node.content.strip(), re.I):
            parts.append(_SUP_END if "/" in node.content else _SUP_START)
    elif t == "footnote_ref":
        parts.append(_footnote_mark(_note_label(node.meta)))
    elif t == "image":
        return
    else:  # em, strong, s, link: their text
        start = len(parts)
        for child in node.children:
            _inline_node(child, parts, addresses)
        if addresses and t == "link":
            parts.append(html_reader.link_address("".join(parts[start:]).replace(_EMPHASIS_END, ""), node.attrs.get("href")))
        if t in ("em", "strong"):
            parts.append(_EMPHASIS_END)


# A figure shortcode's or include's caption: {{< figure src="x.png" caption="Grafik … (Kominfo, 2019)" >}},
# {% include figure.html caption="…" %}; its title or alt text when it has no caption. A box's tag (no src: a note, an
# alert, a callout) shows its title however short ({{< alert title="Catatan" >}}, as an admonition's) and the text
# an include passes it ({% include note.html content="Langkah ini …" %}, the documentation themes' notes): its text.
_TAG_ATTR = re.compile(r"""\b(caption|title|alt|content|src|file|image|url)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')""")


# A citation shortcode or tag: Hugo's {{< cite "Deming1986; Juran1988" 23 >}}, Jekyll Scholar's {% cite deming1986
# --locator 23 %}. Written as pandoc writes a citation, "[@Deming1986, 23]", for the citation reader: dropped, the
# sentence lost its source and read "diperkenalkan oleh sebagai ...".
_CITE_TAG = re.compile(r"^\{(?:\{[<%]|%)-?\s*(?:cite|citet|citep|citation)\s+(?P<args>.*?)\s*-?(?:[>%]\}|%)\}$", re.S)
_TAG_ARG = re.compile(r""""([^"]*)"|'([^']*)'|(\S+)""")


def _cite_tag(tag: str) -> str:
    m = _CITE_TAG.match(tag)
    if m is None:
        return ""
    args = [(a or b, True) if (a or b) else (c, False) for a, b, c in _TAG_ARG.findall(m.group("args"))]
    keys: list[str] = []
    page, i = "", 0
    while i < len(args):
        arg, quoted = args[i]
        if arg in ("--locator", "-l") and i + 1 < len(args):
            page, i = args[i + 1][0], i + 2
            continue
        if arg.startswith("-") and not quoted:  # another option and its value: "-L page", "--label chapter"
            i += 2
            continue
        if keys and re.fullmatch(r"\d+(?:[-–]\d+)?", arg):
            page = arg  # Hugo's page after the key
        else:  # "Juran1988; Crosby1979" in one quoted argument; a key with a space ("Deming 1986") kept whole
            keys += [k.strip().lstrip("@") for k in re.split(r"[;,]" if quoted else r"[;,\s]+", arg) if k.strip()]
        i += 1
    cited = "; ".join(f"@{{{k}}}" if " " in k else f"@{k}" for k in keys)
    return f"[{cited}{', ' + page if page else ''}]" if keys else ""


def _tag_caption(tag: str) -> str | None:
    attrs = {m.group(1): (m.group(2) if m.group(2) is not None else m.group(3)) for m in _TAG_ATTR.finditer(tag)}
    attrs = {k: " ".join(v.replace('\\"', '"').split()) for k, v in attrs.items()}
    if not {"src", "file", "image", "url"} & attrs.keys() and (attrs.get("title") or attrs.get("content")):
        # a box (no picture's file): its title, then its text
        return "\n\n".join(attrs[k] for k in ("title", "content") if attrs.get(k)) or None
    text = next((attrs[k] for k in ("caption", "title", "alt") if attrs.get(k)), None)
    return _caption_text(text) if text else None


def _captions(node) -> list[str]:
    """The alt texts (or titles) of a paragraph's images that say something: "Grafik prevalensi stunting (Kominfo,
    2019)"; a one-word alt ("ispa"), a file name or an empty one says nothing."""
    out = []
    for child in node.children:
        if child.type == "image":
            parts: list[str] = []
            for grand in child.children:
                _inline_node(grand, parts)
            text = _caption_text(_raise("".join(parts))) or _caption_text(str(child.attrs.get("title") or ""))
            if text:
                out.append(text)
        elif child.children:
            out += _captions(child)
    return out


def _caption_text(text: str) -> str | None:
    text = " ".join(_STRAY_EMPHASIS.sub("", text.replace(HARD_BREAK, " ")).split()).translate(_CODE_UNMARKS)
    if re.search(r"\.(?:png|jpe?g|gif|svg|webp|bmp)\b", text, re.I):
        return None
    return text if len(text.split()) >= 3 else None


def _is_bold_heading(node, text: str) -> bool:
    """A paragraph that is only bold text, short and without end punctuation ("**DAFTAR PUSTAKA**",
    "***Peripheral Cues*** **dan Pemicu *Direct Effects***")."""
    if not node.children or "\n" in text:
        return False
    return _all_bold(node.children[0]) and (title_shaped(text) or is_reference_heading(text)) \
        and not is_caption(text)  # a caption is no section's name


def _all_bold(node, bold: bool = False) -> bool:
    for child in node.children:
        if child.type in ("text", "code_inline", "text_special"):
            if child.content.strip() and not bold:
                return False
        elif child.type in ("softbreak", "hardbreak"):
            return False
        elif child.type != "image" and child.children and not _all_bold(child, bold or child.type == "strong"):
            return False
    return True


def _note_label(meta: dict) -> str:
    """A note's label, "1" for "[^1]"; an inline note ("^[Lihat @santoso2019.]", pandoc's) has none, so it is "n1",
    "n2" … by its place among the notes: before, its reference read "⁰" and its block "[None]", never paired."""
    label = meta.get("label")
    return str(label) if label is not None else f"n{meta.get('id', 0) + 1}"


def _footnote_mark(label: str) -> str:
    return html_reader.superscript(label) if label.isdigit() else f"[{label}]"
