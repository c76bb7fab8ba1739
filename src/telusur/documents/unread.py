"""The reader's self-check (issue 14): how much of a file's source text reaches no block of what the reader made of it.

A second, plain reading of the source (the visible text of an HTML page; Markdown's prose without its markup, front
matter and fenced code; a DOCX's <w:t> runs; a plain text as it stands) is split into sentences, and a sentence is unread
when the reader's text holds neither its words in a row nor its letters (a word broken at a line's end, a footnote
mark). What a reader leaves out by design is no loss: an HTML page's navigation, header, footer and sidebars, a
script, a style sheet. A build warns, naming the share, where a file's unread share is high (`warning`): a page shape
the reader does not know yet (text set where it does not look) is seen on the first build, with no question asked.
bench/lost_text.py --share measures with the same rule (the source text, the sentences and the "not read" test are
this module's), adding the passages' side. LaTeX, reStructuredText and AsciiDoc are read plainly by a few rules of
their own (markup stripped, what a reader may write another way a break), a notebook by its Markdown cells and its
code's comment lines. A PDF by its text layer as its library gives it, page by page (pdf_pages), apart from the
reader's layout rules.

Kept free of telusur's other modules at import time: bench/citations.py loads `words` from this file by path, so a
bench script scoring an older revision's src folds text as this one does.
"""

from __future__ import annotations

import functools
import html
import html.parser
import re
import zipfile
from io import BytesIO

# a file whose sentences the reader misses this often, and at least this many of them, is warned about in the build
# report; the file is still indexed. Fitted on the open folders (BENCHMARKS.md "selfcheck"): no file of the tuning
# half or ../team is past 6% with today's readers, and the pages older readers missed (caught since) were 23-100%
WARN_SHARE = 0.2
WARN_SENTENCES = 4
# (the light markups too, each by a plain reading of its own (PLAIN, notebook_plain), not its reader's translation to
# Markdown: fitted on the 15 open .tex/.rst/.adoc/.ipynb files, none past 0% with today's readers; an older LaTeX
# reader's missed bibliography and readers dropping list items or half the text are 25-100% (BENCHMARKS.md "pages"))
CHECKED = (".md", ".markdown", ".mdx", ".qmd", ".rmd", ".txt", ".html", ".htm", ".docx", ".tex", ".rst", ".adoc",
           ".asciidoc", ".ipynb", ".pdf")
MARKDOWN = (".md", ".markdown", ".mdx", ".qmd", ".rmd")
# light markups the reader writes as the Markdown they mean (a notebook's Markdown cells are read as Markdown here too)
AS_MARKDOWN = {".adoc": "asciidoc", ".asciidoc": "asciidoc", ".rst": "rst", ".tex": "latex", ".ipynb": "notebook"}
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“(A-Z0-9])")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
SPACES = re.compile(r"\s+")
TAG = re.compile(r"<[^<>]{1,200}>")
NOTE_MARK = re.compile(r"\[\^\w+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]")
LINK = re.compile(r"!?\[([^\[\]]{0,300})\]\([^()\s]{0,300}(?:\s+\"[^\"]{0,200}\")?\)")
WORD = re.compile(r"\w+")
NOT_LETTERS = re.compile(r"[^a-z]+")
MARKDOWN_LINK = re.compile(r"!?\[((?:[^\[\]\n]|\[[^\[\]\n]*\]){0,300})\]\([^()\s]{0,300}(?:\s+\"[^\"\n]{0,200}\")?\)")
TASK_BOX = re.compile(r"(?m)^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)\[[ xX]\][ \t]+")
CODE_FENCE = re.compile(r"(?ms)^([ \t]*)(`{3,}|~{3,})[^`\n]*\n.*?^\1?[ \t]*\2[ \t]*$")
MOST_SENTENCES = 3000  # a long file's sentences are sampled evenly past this: the share, not every sentence, is wanted


def fold(text: str) -> str:
    """check.py's reader_text: line ends unified, escapes and emphasis removed, whitespace collapsed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ESCAPE.sub(r"\1", text)
    text = text.replace("**", "").replace("*", "")
    return SPACES.sub(" ", text).strip()


def words(text: str) -> str:
    """The words of a text in order, markup aside: HTML tags, entities, footnote marks ("[^1]", "¹"), table pipes and
    punctuation dropped, so a reader's display text and a source's raw text compare on what a reader reads.
    Markdown a reader shows as its text goes too: a link's or image's target ("[teks](/teori/x "Judul")" is "teks")
    and emphasis written with underscores ("_Webster's New Twentieth Century Dictionary_")."""
    text = TAG.sub(" ", fold(html.unescape(text)))
    text = NOTE_MARK.sub(" ", text)
    text = LINK.sub(r"\1", text)
    tokens = (t.strip("_") for t in WORD.findall(text.lower()))
    return " " + " ".join(t for t in tokens if t) + " "


def folded(text: str) -> list[str]:
    return words(text).split()


def letters_only(text: str) -> str:
    """Letters alone (digits, spaces and marks dropped): a word broken at a line's end, a footnote mark or a list's
    number is no difference."""
    return NOT_LETTERS.sub("", text.lower())


def collapse(text: str) -> str:
    return SPACES.sub(" ", text).strip()


class _Visible(html.parser.HTMLParser):
    HIDDEN = {"head", "script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.depth += 1
        elif tag in ("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def html_text(raw: bytes) -> str:
    """The visible text of an HTML page (check.py's): <body>'s text less <head>, scripts, styles, <noscript> and
    templates, entities decoded, a line break at each block's start."""
    parser = _Visible()
    parser.feed(raw.decode("utf-8", errors="replace"))
    parser.close()
    return "".join(parser.parts)


def docx_text(raw: bytes) -> str:
    """A DOCX's text (check.py's): the <w:t> runs of each <w:p>, a paragraph a line; field codes and deleted text
    are none of it."""
    xml = zipfile.ZipFile(BytesIO(raw)).read("word/document.xml").decode("utf-8")
    paragraphs = []
    for para in re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", xml, flags=re.S):
        para = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", para, flags=re.S)
        para = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", para, flags=re.S)
        parts = ["\t" if tab else "\n" if br else html.unescape(t)
                 for t, tab, br in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(<w:tab/>)|(<w:br[^>]*/>)", para)]
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs)


def markdown_source(raw: str, suffix: str) -> str:
    """Markdown's prose as its reader shows it: a front matter is metadata, not text; a note app's wiki link shows
    its alias (else its page), an embed, a block id, a comment and a code fence's marks nothing; a static site's tags
    (Liquid, shortcodes) what the reader shows of them, a kramdown attribute list ("{:target="_blank"}") nothing; HTML
    in Markdown its text, not its tags, nor a style sheet's or a script's content."""
    from . import markdown

    raw = re.sub(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*\n", "", raw, flags=re.S)
    raw = markdown.container_titles_shown(markdown.without_statements(raw))  # MDX statements, a box's marker line
    raw = re.sub(r"!\[\[[^\[\]\n]*\]\]", "", raw)
    raw = re.sub(r"\[\[([^\[\]|#\n]*)(?:#[^\[\]|\n]*)?(?:\|([^\[\]\n]*))?\]\](?!\()", lambda m: m.group(2) or m.group(1),
                 raw)  # (a link whose words are a bracketed note, "[[1]](https://…)", is no wiki link)
    raw = re.sub(r"(?m)(?:^|[ \t]+)\^[A-Za-z0-9][A-Za-z0-9-]*[ \t]*$", "", raw)
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)  # a comment is hidden from every reader, its tags too
    raw = re.sub(r"\{:[^}\n]*\}", "", markdown.tags_shown(raw))
    raw = CODE_FENCE.sub("", raw)  # program code is no prose: the reader keeps it as written, not as sentences
    raw = re.sub(r"(?m)^[ \t]*(?:```|~~~)[^`\n]*$", "", raw)  # an unclosed fence's marks and info string
    raw = re.sub(r"(?is)<(style|script)\b[^>]*>.*?</\1\s*>", "", raw)
    raw = TASK_BOX.sub(r"\1", raw)  # a task list's box ("- [x] Fotokopi KTP") is a mark, not a word
    return re.sub(r"</?[A-Za-z][\w:-]*(?:\s+[^<>]*)?/?>", lambda m: "\n\n" if re.match(
        r"(?i)</?(?:br|p|li|div|h[1-6]|tr|td|ol|ul|table)\b", m.group()) else "", raw)


# --- plain readings of the light markups, independent of their readers: the markup stripped by a few rules, what a
# reader may write another way (a citation, a cross-reference, math, a table's cell rule) made a break between
# paragraphs, so a sentence holding one is not checked rather than counted unread
BREAK = "\n\n"
# LaTeX commands whose argument is no text (a key, a path, a length, a definition); \cite, \ref and \href's address
_TEX_NO_TEXT = ("label", "ref", "eqref", "pageref", "autoref", "cref", "Cref", "cite", "citep", "citet", "citeauthor",
                "citeyear", "parencite", "textcite", "autocite", "footcite", "nocite", "includegraphics", "input",
                "include", "usepackage", "documentclass", "bibliography", "bibliographystyle", "addbibresource",
                "newcommand", "renewcommand", "providecommand", "newenvironment", "renewenvironment", "def",
                "setlength", "addtolength", "setcounter", "addtocounter", "vspace", "hspace", "url", "hypersetup",
                "usetheme", "usecolortheme", "usefonttheme", "useinnertheme", "useoutertheme", "setbeamertemplate",
                "setbeamercolor", "setbeamerfont", "definecolor", "graphicspath", "geometry", "pagestyle",
                "thispagestyle", "pagenumbering", "newtheorem", "theoremstyle", "DeclareMathOperator", "color",
                "textcolor", "colorbox", "begin", "end", "bibitem", "linespread", "fontsize", "selectfont", "let")
# environments holding no prose: code, math, drawings
_TEX_NO_PROSE = ("verbatim", "lstlisting", "minted", "equation", "align", "eqnarray", "gather", "multline", "flalign",
                 "displaymath", "math", "tikzpicture", "comment", "filecontents", "alignat", "split", "cases",
                 "pmatrix", "bmatrix", "matrix", "array", "algorithmic", "algorithm2e", "Verbatim", "code")


def _braced(text: str, i: int) -> int:
    """The end (past its closing brace) of the {…} group opening at text[i]; len(text) when it never closes."""
    depth = 0
    for j in range(i, len(text)):
        c = text[j]
        if c == "\\":
            continue
        if c == "{" and (j == 0 or text[j - 1] != "\\"):
            depth += 1
        elif c == "}" and (j == 0 or text[j - 1] != "\\"):
            depth -= 1
            if depth == 0:
                return j + 1
    return len(text)


def latex_plain(text: str) -> str:
    """A LaTeX source's prose by a few rules: comments, the preamble (but its title), math, code and drawing
    environments, commands whose argument is no text and every command's name out; a text command's argument (a
    section's title, \\textbf{…}, \\footnote{…} as its own paragraph) and a table's cells kept, a cell rule a break."""
    text = re.sub(r"(?<!\\)%.*", "", text)
    start = text.find("\\begin{document}")
    if start >= 0:
        titles = re.findall(r"\\(?:title|subtitle)\s*(?:\[[^\]]*\])?\{([^{}]*)\}", text[:start])
        text = BREAK.join(titles) + BREAK + text[start:]
    text = re.sub(r"\\end\{document\}.*", "", text, flags=re.S)
    for env in _TEX_NO_PROSE:
        text = re.sub(rf"\\begin\{{{env}\*?\}}.*?\\end\{{{env}\*?\}}", BREAK, text, flags=re.S)
    text = re.sub(r"\$\$.*?\$\$|\\\[.*?\\\]|\\\(.*?\\\)|(?<!\\)\$(?:[^$\\]|\\.)*\$", BREAK, text, flags=re.S)
    titled = re.compile(r"\\(?:part|chapter|section|subsection|subsubsection|paragraph|subparagraph|frametitle|"
                        r"framesubtitle|caption|footnote|title|subtitle)\*?\s*(?:\[[^\[\]]*\]\s*)?(?=\{)")
    while m := titled.search(text):  # a title, a caption, a note: a paragraph of its own
        end = _braced(text, m.end())
        text = text[:m.start()] + BREAK + text[m.end() + 1:end - 1] + BREAK + text[end:]
    out, i = [], 0
    command = re.compile(r"\\([A-Za-z@]+)\*?\s*((?:\[[^\[\]]*\]\s*)*)|\\(.)")
    while i < len(text):
        m = command.search(text, i)
        if not m:
            out.append(text[i:])
            break
        out.append(text[i:m.start()])
        i = m.end()
        name = m.group(1)
        if name is None:  # an escaped sign ("\\%", "\\&"), a forced line break ("\\\\[0.5em]") a break
            out.append(BREAK if m.group(3) == "\\" else m.group(3) if m.group(3) in "%&$#_{}" else " ")
            if m.group(3) == "\\" and text.startswith("[", i):
                i = text.find("]", i) + 1 or len(text)
        elif name in _TEX_NO_TEXT:
            while i < len(text) and text[i] in "{[":  # every argument of it, an environment's options after it too
                i = _braced(text, i) if text[i] == "{" else (text.find("]", i) + 1 or len(text))
                while i < len(text) and text[i] in " \t":
                    i += 1
            out.append(BREAK if name in ("cite", "citep", "citet", "ref", "eqref", "begin", "end", "parencite",
                                         "textcite", "autocite", "footcite", "autoref", "cref", "Cref", "bibitem")
                       else " ")
        elif name in ("footnote", "caption", "section", "subsection", "subsubsection", "chapter", "paragraph",
                      "frametitle", "item", "par", "newline", "linebreak", "maketitle", "tableofcontents"):
            out.append(BREAK)
        else:
            out.append(" ")
    text = "".join(out)
    text = text.replace("&", BREAK).replace("~", " ")
    text = re.sub(r"(?<!\\)[{}]", "", text)
    return text.replace("``", "\"").replace("''", "\"")


def rst_plain(text: str) -> str:
    """A reStructuredText source's prose by a few rules: a title's over- and underline, a directive's line and its
    options, a comment, a literal block after "::", a substitution's definition out; a role or a link its words, the
    emphasis and literal marks out."""
    lines, out, literal = text.split("\n"), [], None
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if literal is not None:
            if not line.strip() or indent > literal:
                continue
            literal = None
            out.append(BREAK)  # the text after a block is no sentence of the text before it
        if re.match(r"\s*\.\.(?:\s|$)", line):  # a directive, a comment, a target, a substitution
            literal = indent  # what is indented under it is its body: code, options, a comment's text
            directive = re.match(r"\s*\.\.\s+(\w[\w-]*)::\s*(.*)", line)
            if directive and directive.group(1) in ("note", "warning", "tip", "important", "attention", "caution",
                                                    "danger", "error", "hint", "admonition", "topic", "sidebar",
                                                    "rubric", "epigraph", "highlights", "pull-quote", "container",
                                                    "seealso", "versionadded", "versionchanged", "deprecated",
                                                    "figure", "table", "list-table"):
                literal = None  # a box of the text: its body is prose (the figure's caption, the table's cells)
                out.append(BREAK + directive.group(2) if directive.group(1) not in ("figure", "image") else BREAK)
            continue
        if re.fullmatch(r"\s*([=\-`:'\"~^_*+#<>.])\1{2,}\s*", line):  # a title's rule, a transition
            out.append(BREAK)
            continue
        if re.match(r"\s*:[\w -]+:(?:\s|$)", line) and indent:  # a directive's option
            continue
        if line.rstrip().endswith("::"):
            literal = indent
            line = line.rstrip()[:-1]
        out.append(line)
    text = "\n".join(out)
    text = re.sub(r":[\w:+-]+:`([^`<]*?)(?:\s*<[^`>]*>)?`", r"\1", text)  # :role:`text <target>`
    text = re.sub(r"`([^`<]*?)\s*<[^`>]*>`__?", r"\1", text)  # `text <url>`_
    text = re.sub(r"`([^`]+)`__?|``([^`]+)``", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"\|[^|\n]+\|_?|\[\w#*-]+\]_", " ", text)  # substitutions, footnote and citation marks
    text = re.sub(r"(?<![\w*])\*\*?([^*\n]+?)\*\*?(?![\w*])", r"\1", text)
    text = re.sub(r"(?m)^\s*\|(?=\s)", "", text)  # a line block's bar
    return re.sub(r"(?m)^\s*\+[-=+]+\+\s*$|(?<=\s)\|(?=\s)", BREAK, text)  # a grid table's rules and cells


def asciidoc_plain(text: str) -> str:
    """An AsciiDoc source's prose by a few rules: the header's attribute lines, comments, block attributes ("[source,
    python]"), listing and literal blocks, passthroughs and delimiters out; a title's "=" marks, a list's marks and a
    macro's target out, its words kept; a table's cells apart."""
    text = re.sub(r"(?ms)^////+\s*$.*?^////+\s*$", BREAK, text)  # comment blocks
    text = re.sub(r"(?ms)^(-{4,}|\.{4,}|\+{4,})\s*$.*?^\1\s*$", BREAK, text)  # listing, literal, passthrough blocks
    out, header = [], False
    for line in text.split("\n"):
        if header and line.strip():  # the author and revision lines under the document's title
            continue
        header = False
        if re.match(r"=\s+\S", line) and not any(o.strip() for o in out):
            header = True
            out.append(line[1:] + BREAK)
            continue
        if re.match(r"\s*//", line) or re.match(r":[\w-]+!?:", line) or re.fullmatch(r"\s*\[[^\]]*\]\s*", line):
            out.append(BREAK if re.fullmatch(r"\s*\[[^\]]*\]\s*", line) else "")
            continue
        if re.fullmatch(r"\s*(?:={4,}|\*{4,}|_{4,}|-{2}|\|={3,}|\+)\s*", line):  # delimiters, a list continuation
            out.append(BREAK)
            continue
        if re.match(r"={1,6}\s+\S|\.[A-Za-z]", line):  # a section's or a block's title: a paragraph of its own
            line = BREAK + re.sub(r"^(?:={1,6}|\.)\s*", "", line) + BREAK
        line = re.sub(r"^\s*(?:[*.\-]+(?=\s)|\d+\.(?=\s)|[a-z]\.(?=\s))\s*", "\n", line)
        out.append(line)
    text = "\n".join(out)
    text = re.sub(r"\b(?:image|video|audio|include|toc)::?[^\[\s]*\[[^\]]*\]", BREAK, text)
    text = re.sub(r"\b(?:link|xref|mailto|https?|kbd|btn|menu|footnote|footnoteref|pass):?[^\[\s]*\[([^\]]*)\]",
                  lambda m: m.group(1).split(",")[0].strip('"'), text)
    text = re.sub(r"<<[^,>]*,?\s*([^>]*)>>", r"\1", text)  # a cross-reference shows its words
    text = re.sub(r"\{[\w-]+\}", " ", text)  # an attribute's reference
    text = re.sub(r"(?<![\w*_`#])([*_`#]{1,2})(\S(?:.*?\S)?)\1(?![\w*_`#])", r"\2", text)
    return re.sub(r"(?<=\s)\|(?=\s)|^\|", BREAK, text, flags=re.M)


def notebook_plain(text: str) -> str:
    """A notebook's prose: its Markdown cells as written, and its code cells' comment lines ("# Hitung rata-rata
    nilai ..."), each its own paragraph; the code itself and the outputs out."""
    import json

    from .notebook import cell_source, cells

    parts = []
    for cell in cells(json.loads(text)):
        source = cell_source(cell)
        if cell.get("cell_type") in ("markdown", "heading"):
            parts.append(source)
        elif cell.get("cell_type") == "code":
            parts += [m.strip() for m in re.findall(r"(?m)^[ \t]*#+(?!!)[ \t]*(.+)$", source)]
    return BREAK.join(parts)


PLAIN = {".tex": latex_plain, ".rst": rst_plain, ".adoc": asciidoc_plain, ".asciidoc": asciidoc_plain}


def source_paragraphs(raw: bytes, suffix: str, pages: list[list[str]] | None = None) -> list[str]:
    """The source's text in its paragraphs, white space collapsed in each (a sentence never runs from a heading into
    the text under it): blank lines and block tags of a text or Markdown, a DOCX's paragraphs, an HTML page's blocks.
    A PDF's text layer as its library gives it (pdf_pages, or `pages` when the caller read them already;
    bench/lost_text.py reads a PDF with pdftotext instead)."""
    suffix = suffix.lower()
    if suffix in MARKDOWN + (".txt",) + tuple(AS_MARKDOWN):
        text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        if suffix in PLAIN:  # a light markup's own plain reading, not its reader's translation
            return [p for p in (fold(collapse(p)) for p in re.split(r"\n\s*\n", PLAIN[suffix](text))) if p]
        if suffix == ".ipynb":
            text = notebook_plain(text)
        elif suffix == ".txt":
            from . import script_data

            if script_data.looks_like_data(text):  # a data file: its strings, not its syntax
                text = script_data.as_markdown(text)
        if suffix != ".txt":
            text = markdown_source(text, suffix)
        # a paragraph ends at a blank line, a line ending a sentence or a citation, before a heading, list item or
        # quote line, and at an HTML block tag (texts written as HTML in .txt/.md)
        text = re.sub(r"(?i)<(?:br|p|li|div|h[1-6]|tr|td|/p|/li|/h[1-6]|/div|/tr)\b[^>]*>", "\n\n", text)
        text = re.sub(r"(?<=[.!?:)])[ \t]*\n|\n(?=[ \t]*(?:#|>|[-*+][ \t]|\d{1,2}[.)][ \t]|[a-z][.)][ \t]))", "\n\n",
                      text)
        text = re.sub(r"(?m)^([ \t]*#.*)\n", "\\1\n\n", text)
        parts = re.split(r"\n\s*\n", text)
        if suffix != ".txt":  # a link or picture shows its words (a bracketed "[[1]]" note among them), before
            # sentences are split: a stop inside them ("![Gambar 1. Alat ukur](img/1.jpg)") cuts no markup in two
            parts = [MARKDOWN_LINK.sub(r"\1", p) for p in parts]
        parts = [fold(p) for p in parts]  # check.py's Markdown reading: escapes and emphasis out
    elif suffix == ".docx":
        parts = [collapse(p) for p in docx_text(raw).split("\n")]
    elif suffix == ".pdf":
        parts = [collapse(p) for page in (pdf_pages(raw) if pages is None else pages) for p in page]
    else:  # a block's end ends its text too: "… kapitalisme.</p><a>Selengkapnya</a>" is two lines, not one sentence
        from .html import without_template_code  # a view's template code and comments ("{{-- … --}}") show nothing

        raw = without_template_code(raw.decode("utf-8", errors="replace")).encode("utf-8")
        raw = re.sub(rb"(?i)</(?:p|div|li|h[1-6]|td|th|tr|button|section|article|header|footer|nav|aside|blockquote|"
                     rb"figcaption|dd|dt)>", lambda m: m.group() + b"\n", raw)
        parts = [collapse(p) for p in html_text(raw).split("\n")]
    return [p for p in parts if p]


# a PDF line a paragraph ends on: a sentence's or a lead-in's end (a note's mark after it); one a page's note opens
# with its number ("1 Siregar, …", "¹ Lihat …"), which the note's text follows at a page's foot
PDF_LINE_END = re.compile(r"[.!?:][\"'”’)\]]*[¹²³⁴⁵⁶⁷⁸⁹⁰\d]{0,3}$")
PDF_NOTE_LINE = re.compile(r"(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*[A-Z\"“(]")
PAGE_NUMBER_LINE = re.compile(r"[\W\d_]*|(?i:[ivxlc]+)")


def pdf_pages(raw: bytes) -> list[list[str]]:
    """A PDF's text as its text layer holds it (pypdfium2's text of each page, in the order the file writes it), in
    paragraphs, independent of the reader's layout rules (columns, tables, notes, garbled fonts): a paragraph ends
    at a line ending a sentence and at a page's end, a page's note opens its own; what the reader leaves out by
    design is left out here too - a running header or footer (furniture.running_lines, the one rule every reader
    shares: a line of a page's first or last two met on three pages or more, an OCR'd header misread page to page
    as one) and a page's number alone. A list per page."""
    import pypdfium2 as pdfium

    from .furniture import furniture_key, running_lines

    pdf = pdfium.PdfDocument(raw)
    try:
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range()
            finally:
                textpage.close()
                page.close()
            pages.append([line.strip() for line in re.split(r"\r\n|[\r\n]", text) if line.strip()])
    finally:
        pdf.close()
    running = running_lines([(furniture_key(line), n) for n, lines in enumerate(pages)
                             for line in lines[:2] + lines[-2:]], misread=True)
    out = []
    for lines in pages:
        paragraphs, paragraph = [], []
        for j, line in enumerate(lines):
            if (j < 2 or j >= len(lines) - 2) and (furniture_key(line) in running or PAGE_NUMBER_LINE.fullmatch(line)):
                continue
            if paragraph and PDF_NOTE_LINE.match(line):
                paragraphs.append(" ".join(paragraph))
                paragraph = []
            paragraph.append(line)
            if PDF_LINE_END.search(line):
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            paragraphs.append(" ".join(paragraph))
        out.append(paragraphs)
    return out


# (and a course app's UI: a user's avatar, the message a search shows when it finds nothing; the reader drops them too)
FURNITURE_CLASSES = re.compile(r"(?i)(?:^|[-_ ])(?:sidebar|navbar|nav|menu|breadcrumbs?|footer|toc|pagenav|avatar|"
                               r"empty-state)(?:$|[-_ ])")


def html_furniture(raw: bytes) -> str:
    """The visible words of an HTML page's furniture, folded and joined: its <nav>, <footer> and role=navigation
    elements, a <header> or <aside> outside the page's <article>/<main>, and elements classed as a sidebar, a menu, a
    breadcrumb, a footer or a table of contents. A sentence there is left out by design (a site's navigation is no
    text of the document), not unread."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(raw)
    except (etree.ParserError, ValueError):  # no markup at all
        return " "
    parts = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        inside = any(a.tag in ("article", "main") for a in el.iterancestors())
        classed = FURNITURE_CLASSES.search(" ".join((el.get("class") or "", el.get("id") or "")))
        if el.tag in ("nav", "footer") or el.get("role") == "navigation" or classed or \
                el.tag in ("header", "aside") and not inside:
            parts.append(html_text(etree.tostring(el, encoding="utf-8")))
    return words(" ".join(parts))


def sentence_units(paragraphs: list[str], suffix: str) -> list[list[str]]:
    """The source's sentences (5-60 words), folded, each once: a Markdown table's cells apart (a sentence does not
    run from one cell into the next), a footnote mark set after a stop ("kelalaian.8 Sebelum …") ending its sentence,
    and a sentence's last word that is the next item's marker ("… untuk dipandang. c. Warna") left off."""
    cells = [c for p in paragraphs for c in (re.split(r"\s\|\s", p) if suffix.lower() in (".md", ".markdown", ".mdx")
                                             else [p])]
    cells = [re.sub(r"(?<=[a-z)][.!?])(\d{1,3})(?=\s+[A-Z\"“(])", r" \1", c) for c in cells]
    out, seen = [], set()
    for cell in cells:
        for sentence in SENTENCE_END.split(cell):
            ws = folded(sentence)
            if not 5 <= len(ws) <= 60:
                continue
            if len(ws) > 5 and re.fullmatch(r"[a-z]|\d{1,2}|[ivx]{1,4}", ws[-1]):
                ws = ws[:-1]
            key = " ".join(ws)
            if key not in seen:
                seen.add(key)
                out.append(ws)
    return out


class ReaderText:
    """The reader's text, folded, asked whether it holds a sentence: its words in a row, or (20 letters or more) its
    letters in a row. Words are looked up by position, so a long text is not scanned once per sentence."""

    def __init__(self, text: str):
        self.words = folded(text)
        self.at: dict[str, list[int]] = {}
        for i, w in enumerate(self.words):
            self.at.setdefault(w, []).append(i)

    def holds(self, ws: list[str]) -> bool:
        starts = min((self.at.get(w, ()) for w in ws), key=len)
        if starts:
            k = ws.index(next(w for w in ws if self.at.get(w) is starts))
            n = len(ws)
            if any(self.words[i - k:i - k + n] == ws for i in starts if i >= k):
                return True
        ls = letters_only(" ".join(ws))
        return len(ls) >= 20 and ls in self.letters

    @functools.cached_property
    def letters(self) -> str:  # made only when a sentence is not found by its words
        return letters_only(" ".join(self.words))


def unread(raw: bytes, suffix: str, text: str, pages: list[list[str]] | None = None,
           reader: ReaderText | None = None) -> tuple[int, int]:
    """(sentences, unread sentences) of a source against the reader's text; an HTML page's furniture aside. A PDF's
    pages (pdf_pages) and the reader's text as ReaderText may be given when the caller has them already."""
    sentences = sentence_units(source_paragraphs(raw, suffix, pages), suffix)
    if suffix.lower() in (".html", ".htm"):
        furniture = html_furniture(raw)
        sentences = [ws for ws in sentences if f" {' '.join(ws)} " not in furniture]
    if len(sentences) > MOST_SENTENCES:
        step = len(sentences) / MOST_SENTENCES
        sentences = [sentences[int(i * step)] for i in range(MOST_SENTENCES)]
    reader = reader or ReaderText(text)
    return len(sentences), sum(not reader.holds(ws) for ws in sentences)


# a PDF page whose sentences the reader misses this often, at least WARN_SENTENCES of them, is named in the warning:
# a page lost whole (a reader's rule taking it for a table, a figure, furniture) is a small share of a long file
PAGE_SHARE = 0.8


def unread_pages(pages: list[list[str]], reader: ReaderText) -> list[int]:
    """The pages (1 = the file's first) of a PDF (its pdf_pages) whose sentences the reader's text mostly lacks."""
    out = []
    for number, paragraphs in enumerate(pages, 1):
        sentences = sentence_units(paragraphs, ".pdf")
        lost = sum(not reader.holds(ws) for ws in sentences)
        if lost >= WARN_SENTENCES and lost >= PAGE_SHARE * len(sentences):
            out.append(number)
    return out


def warning(raw: bytes, suffix: str, text: str) -> str | None:
    """The build report's warning for a file much of whose text the reader missed (None when it read enough); a PDF's
    pages the reader missed whole are named."""
    if suffix.lower() not in CHECKED:
        return None
    pdf = pdf_pages(raw) if suffix.lower() == ".pdf" else None  # the text layer read once, for the file and its pages
    reader = ReaderText(text)
    total, lost = unread(raw, suffix, text, pdf, reader)
    if lost < WARN_SENTENCES or lost < WARN_SHARE * total:
        pages = unread_pages(pdf, reader) if pdf is not None and lost >= WARN_SENTENCES else []
        if not pages:
            return None
        listed = ", ".join(map(str, pages[:10])) + (" dst." if len(pages) > 10 else "")
        return (f"hlm. {listed} (urutan halaman berkas): teks halamannya tidak terbaca, kalimatnya tidak masuk bagian "
                "teks mana pun, jadi pertanyaan tentang isinya bisa tidak terjawab. Berkas tetap diindeks; laporkan "
                "berkas ini agar pembacanya diperbaiki.")
    what = "halaman ini" if suffix.lower() in (".html", ".htm") else "berkas ini"
    much = "sebagian besar" if 2 * lost >= total else "sebagian"
    return (f"{much} teks {what} tidak terbaca ({round(100 * lost / total)}%): kalimatnya tidak masuk bagian teks "
            "mana pun, jadi pertanyaan tentang isinya bisa tidak terjawab. Berkas tetap diindeks; simpan ulang sebagai "
            "PDF atau .txt lalu bangun ulang, dan laporkan berkas ini agar pembacanya diperbaiki.")
