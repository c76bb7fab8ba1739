"""The .tex reader: LaTeX's markup written as the Markdown it means, then read by the Markdown reader.

Lecturers in mathematics, physics and engineering keep their notes and slides (beamer) in LaTeX. pylatexenc (MIT)
parses the source into macros, environments, groups, math and text; each is written as the Markdown it means:
\\section/\\subsection/\\subsubsection (\\chapter above them where a book has chapters) as headings at their depth, a
beamer frame's title one level under the section it sits in, itemize/enumerate/description as lists, \\textbf and
\\emph as emphasis, \\footnote as a footnote, \\cite as a pandoc citation ("[@key]", so a .bib beside it gives the
work), tabular rows as a table, verbatim/lstlisting/minted as fenced code, quote as a quote, a theorem-like
environment as its printed label in bold ("**Definisi.**", named by \\newtheorem), math as its TeX between dollars.
The preamble, comments, \\label, \\includegraphics, spacing and layout commands show nothing; \\title is the
document's title, and what \\maketitle prints (title, authors, date) a paragraph under it; a line break in the
source is a space and a blank line a paragraph's end, as TeX reads them; \\ref prints a figure's, a table's or an equation's number
(numbered_labels), another label's nothing; a thebibliography environment is the reference list it prints, one
numbered item a \\bibitem. Not a TeX engine: a macro the document defines itself is read
as the text of its arguments."""

from __future__ import annotations

import functools
import re

from ..lazy_pattern import LazyPattern
from .model import Document

_LEVELS = ("part", "chapter", "section", "subsection", "subsubsection")
_BOLD = {"textbf", "bf", "bfseries", "alert", "structure"}
_ITALIC = {"emph", "textit", "textsl", "it", "itshape", "em"}
_PLAIN = {"text", "textrm", "textsf", "texttt", "textsc", "textup", "textnormal", "mbox", "underline", "uline",
          "textmd", "small", "footnotesize", "scriptsize", "tiny", "large", "Large", "LARGE", "huge", "Huge",
          "normalsize", "MakeUppercase", "uppercase", "hbox", "fbox", "framebox", "makebox", "centerline"}
# commands whose arguments are no text: metadata, layout, cross-references, declarations
_SILENT = {"label", "ref", "eqref", "pageref", "autoref", "cref", "Cref", "includegraphics", "vspace", "hspace",
           "vskip", "hskip", "setlength", "addtolength", "setcounter", "addtocounter", "newcommand", "renewcommand",
           "providecommand", "newenvironment", "renewenvironment", "def", "let", "DeclareMathOperator", "newtheorem",
           "usepackage", "documentclass", "usetheme", "usecolortheme", "usefonttheme", "useinnertheme",
           "useoutertheme", "setbeamertemplate", "setbeamercolor", "setbeamerfont", "author", "date", "institute",
           "subtitle", "thanks", "maketitle", "titlepage", "tableofcontents", "listoffigures", "listoftables",
           "bibliographystyle", "bibliography", "addbibresource", "printbibliography", "pagestyle",
           "thispagestyle", "pagenumbering", "newpage", "clearpage", "cleardoublepage", "pagebreak", "linebreak",
           "noindent", "indent", "centering", "raggedright", "raggedleft", "hline", "cline", "toprule", "midrule",
           "bottomrule", "pause", "onslide", "only", "uncover", "visible", "invisible", "column", "fontsize",
           "selectfont", "color", "definecolor", "graphicspath", "geometry", "hypersetup", "today", "appendix",
           "frontmatter", "mainmatter", "backmatter", "nocite", "vfill", "hfill", "smallskip", "medskip",
           "bigskip", "par", "protect", "phantom", "logo", "titlegraphic", "AtBeginSection", "AtBeginSubsection",
           "lhead", "chead", "rhead", "lfoot", "cfoot", "rfoot", "fancyhf", "fancyhead", "fancyfoot", "addcontentsline",
           "addtocontents"}
_CITES = {"cite", "citep", "citet", "parencite", "textcite", "autocite", "footcite", "citeauthor", "citeyear"}
_LISTS = {"itemize": "-", "enumerate": "1.", "description": "-", "compactitem": "-", "compactenum": "1."}
_CODE = {"verbatim", "verbatim*", "lstlisting", "minted", "Verbatim", "alltt", "comment"}
# Code environments a document defines for itself: minted's \newminted{python}{..} makes "pythoncode" (or the name
# in its [..]), listings' \lstnewenvironment{name}, fancyvrb's \DefineVerbatimEnvironment{name}, tcolorbox's
# \newtcblisting{name}; where the definition sits in a preamble the file \inputs and the folder lacks, a name
# ending in "code" ("pythoncode", "pyconcode", "rcode") is minted's convention all the same. Their bodies are program
# text: a "# comment" in them is no heading, "**" no emphasis, ">>>" no quote.
_CODE_DEFINED = re.compile(r"\\newminted\s*(?:\[([A-Za-z]+)\])?\s*\{([A-Za-z]+)\}"
                           r"|\\(?:lstnewenvironment|DefineVerbatimEnvironment|newtcblisting)\s*\{([A-Za-z]+)\}")
_MINTED_NAME = re.compile(r"([A-Za-z]+)code")
_MATH_ENVS = {"equation", "equation*", "align", "align*", "gather", "gather*", "multline", "multline*", "eqnarray",
              "eqnarray*", "displaymath", "math", "flalign", "flalign*", "alignat", "alignat*"}
_TABLES = {"tabular", "tabular*", "tabularx", "longtable", "array", "tabulary"}
_QUOTES = {"quote", "quotation", "verse"}
# environments TeX sets apart from the text around them, as paragraphs of their own: a centred title ("\\begin{center}
# \\textbf{Bab II} \\end{center}" over the first paragraph), an abstract, a float
_DISPLAYED = {"center", "flushleft", "flushright", "abstract", "figure", "table", "multicols"}
_SKIPPED_ENVS = {"tikzpicture", "picture", "pgfpicture", "titlepage", "comment"}
# theorem-like environments whose \newtheorem the text does not give: their printed label
_THEOREMS = {"definition": "Definisi", "definisi": "Definisi", "theorem": "Teorema", "teorema": "Teorema",
             "lemma": "Lema", "corollary": "Akibat", "proposition": "Proposisi", "example": "Contoh",
             "contoh": "Contoh", "remark": "Catatan", "note": "Catatan", "proof": "Bukti", "bukti": "Bukti",
             "exercise": "Latihan", "latihan": "Latihan", "solution": "Penyelesaian", "block": "", "alertblock": "",
             "exampleblock": ""}
_NEWTHEOREM = re.compile(r"\\newtheorem\*?\s*\{([^{}]+)\}\s*(?:\[[^\]]*\])?\s*\{([^{}]+)\}")
_SYMBOLS = {"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", "ldots": "…", "dots": "…",
            "textellipsis": "…", "LaTeX": "LaTeX", "TeX": "TeX", "textendash": "–", "textemdash": "—", "S": "§",
            "P": "¶", "copyright": "©", "textbackslash": "\\", "textasciitilde": "~", "textdegree": "°",
            "degree": "°", "euro": "€", "quad": " ", "qquad": " ", ",": " ", ";": " ", " ": " ", "textquotedblleft": "“",
            "textquotedblright": "”", "textquoteleft": "‘", "textquoteright": "’", "ss": "ß", "o": "ø", "ae": "æ",
            "i": "ı", "l": "ł", "-": ""}
_SPECIALS = {"~": " ", "``": "“", "''": "”", "--": "–", "---": "—", "`": "‘", "'": "’", "&": " | "}


def read(raw: bytes, rel: str) -> Document:
    """A LaTeX file, its markup written as Markdown and read as a .md file is."""
    from ..errors import CorpusError
    from .markdown import read_markdown

    try:
        import pylatexenc  # noqa: F401  (a dependency since READERS 161; an older install may lack it)
    except ImportError:
        raise CorpusError(f"{rel}: pembaca LaTeX memerlukan paket pylatexenc yang belum terpasang; pasang ulang "
                          "telusur (pip install -e .) atau ekspor berkas ini sebagai PDF.") from None
    return read_markdown(raw, rel, "tex", as_markdown)


@functools.lru_cache(maxsize=1)
def _context():
    from pylatexenc import latexwalker, macrospec

    db = latexwalker.get_default_latex_context_db()
    db.add_context_category("telusur", prepend=True, macros=[
        macrospec.MacroSpec(name, spec) for name, spec in (
            ("frametitle", "[{"), ("framesubtitle", "{"), ("subtitle", "[{"), ("institute", "[{"), ("usetheme", "[{"),
            ("usecolortheme", "[{"), ("usefonttheme", "[{"), ("useinnertheme", "[{"), ("useoutertheme", "[{"),
            ("setbeamertemplate", "{[["), ("setbeamercolor", "{{"), ("setbeamerfont", "{{"), ("alert", "{"),
            ("structure", "{"), ("column", "[{"), ("logo", "{"), ("titlegraphic", "{"), ("graphicspath", "{"),
            ("geometry", "{"), ("hypersetup", "{"), ("definecolor", "{{{"), ("color", "[{"), ("textcolor", "[{{"),
            ("addbibresource", "[{"), ("printbibliography", "["), ("setlength", "{{"), ("fontsize", "{{"),
            ("AtBeginSection", "[{"), ("AtBeginSubsection", "[{"), ("lhead", "[{"), ("chead", "[{"),
            ("rhead", "[{"), ("lfoot", "[{"), ("cfoot", "[{"), ("rfoot", "[{"), ("fancyhead", "[{"),
            ("fancyfoot", "[{"), ("href", "{{"), ("url", "{"), ("uline", "{"), ("includegraphics", "*[[{"),
            ("parencite", "*[[{"), ("textcite", "*[[{"), ("autocite", "*[[{"), ("footcite", "*[[{"),
            ("DeclareMathOperator", "*{{"), ("newtheorem", "*{[{["), ("pagestyle", "{"), ("thispagestyle", "{"),
            ("pagenumbering", "{"), ("addcontentsline", "{{{"), ("addtocontents", "{{"))],
        environments=[macrospec.EnvironmentSpec(name, spec) for name, spec in (
            ("multicols", "{"), ("multicols*", "{"), ("minipage", "[[[{"), ("wrapfigure", "[{[{"),
            ("column", "[{"), ("columns", "["), ("block", "{"), ("alertblock", "{"), ("exampleblock", "{"))])
    return db


# What a \ref prints for a float's or an equation's \label: its number, counted as LaTeX counts (per chapter where
# the text has chapters: "2.3"), so "seperti pada Gambar \ref{fig:alur}" keeps its number, not a bare "Gambar"
_COUNTED = LazyPattern(r"\\(chapter)\*?\s*(?:\[[^\]]*\])?\s*\{|\\begin\{(figure|table|equation)\}"
                       r"|\\label\{([^{}]+)\}|\\end\{(figure|table)\}")


def numbered_labels(text: str) -> dict[str, str]:
    """Each \\label of a figure, a table or a numbered equation with the number its \\ref prints."""
    text = re.sub(r"(?m)(?<!\\)%.*$", "", text)
    chapters = "\\chapter" in text
    chapter, counts, inside, out = 0, {"figure": 0, "table": 0, "equation": 0}, None, {}
    for m in _COUNTED.finditer(text):
        if m.group(1):
            chapter, counts = chapter + 1, dict.fromkeys(counts, 0)
        elif m.group(2):
            inside = m.group(2)
            counts[inside] += 1
        elif m.group(3) and inside:
            number = f"{chapter}.{counts[inside]}" if chapters and chapter else str(counts[inside])
            out[m.group(3).strip()] = number
            inside = None if inside == "equation" else inside
        elif m.group(4):
            inside = None
    return out


def _math(tex: str) -> str:
    """Math as its TeX on one line, the characters Markdown would read as emphasis or code escaped ("$p^*$")."""
    return re.sub(r"([*_`])", r"\\\1", " ".join(tex.split()))


def as_markdown(text: str) -> str:
    """The Markdown a LaTeX text means (see the module's docstring)."""
    from pylatexenc.latexwalker import LatexWalker

    code = defined_code_environments(text)
    text = _without_definitions(text.replace("\r\n", "\n"))
    labels = {name.strip(): label.strip() for name, label in _NEWTHEOREM.findall(text)}
    nodes = LatexWalker(text, latex_context=_context(), tolerant_parsing=True).get_latex_nodes()[0]
    writer = _Writer(labels, chapters="\\chapter" in text)
    writer.code = code
    writer.numbers = numbered_labels(text)
    writer.front = _front_matter(nodes)
    body = next((n for n in nodes if _is_env(n, "document")), None)
    if body is not None:
        for n in nodes:  # the preamble: only its \title is text (the document's title)
            if _is_macro(n, "title"):
                writer.node(n)
        writer.nodes(body.nodelist)
    else:  # a fragment \input into a main file: all of it is body
        writer.nodes(nodes)
    out = "".join(writer.out)
    if writer.notes:
        out += "\n\n" + "\n\n".join(f"[^{k}]: {note}" for k, note in enumerate(writer.notes, 1))
    out = re.sub(r"[ \t]+\n", "\n", out)
    return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"


# A macro defined with TeX's own \def ("\def\bibindent{3em}", "\def\ganti#1{\textbf{#1}}", "\gdef\@judul{...}"): its
# name, its parameters and its body in braces are no text where they stand (pylatexenc reads \def's arguments as
# the text after it); a body's braces balanced, a brace escaped by a backslash not counted
_DEFINITION = LazyPattern(r"\\[gex]?def\s*\\(?:[A-Za-z@]+|.)[^{}\n]*\{")


def _without_definitions(text: str) -> str:
    """The text with its \\def definitions taken out whole (see above)."""
    if "def" not in text:
        return text
    out, pos = [], 0
    for m in _DEFINITION.finditer(text):
        if m.start() < pos:
            continue
        depth, k = 1, m.end()
        while k < len(text) and depth:
            if text[k] == "\\":
                k += 2
                continue
            depth += {"{": 1, "}": -1}.get(text[k], 0)
            k += 1
        out.append(text[pos:m.start()])
        pos = k
    return "".join(out) + text[pos:]


# TeX reads a line break and the spaces around it as one space and a blank line as a paragraph's end: a paragraph
# hard-wrapped in the source is one line of text, its sentence not cut where a line of the source opened on "$x$" or
# "(" (the Markdown reader and the answer keep a line break they cannot tell from the author's own)
_LINE_END = "  \n"  # what "\\\\" writes: Markdown's hard break
_PARAGRAPH_END = LazyPattern(r"[ \t]*\n(?:[ \t]*\n)+[ \t]*")
_LINE_BREAK = LazyPattern(r"[ \t]*\n[ \t]*")


def tex_lines(chars: str) -> str:
    """Source text as TeX sets it: each run of blank lines a paragraph break, any other line break a space (a
    line's indent in the source is no Markdown code block)."""
    return "\n\n".join(_LINE_BREAK.sub(" ", part) for part in _PARAGRAPH_END.split(chars))


# What \\maketitle (a beamer \\titlepage too) prints, in its order: the title, a subtitle, the authors (an "\\and"
# or "\\\\" between them, where they work on the lines under their names), a beamer \\institute, the date
_FRONT = ("title", "subtitle", "author", "institute", "date")


def _front_matter(nodes) -> dict:
    """The first \\title, \\subtitle, \\author, \\institute and \\date a text sets, in its preamble or its body: what
    its title block prints."""
    front: dict = {}
    stack = list(reversed(nodes))
    while stack:
        n = stack.pop()
        if type(n).__name__ == "LatexMacroNode" and n.macroname in _FRONT and _last_group(n) is not None:
            front.setdefault(n.macroname, _last_group(n))
        elif type(n).__name__ == "LatexEnvironmentNode" and n.environmentname == "document":
            stack.extend(reversed(n.nodelist))
    return front


def _is_env(node, name: str) -> bool:
    return type(node).__name__ == "LatexEnvironmentNode" and node.environmentname == name


def _is_macro(node, name: str) -> bool:
    return type(node).__name__ == "LatexMacroNode" and node.macroname == name


def _args(node) -> list:
    return [a for a in (node.nodeargd.argnlist if node.nodeargd is not None else []) if a is not None]


def _bibitem_text(nodes, k: int) -> int | None:
    """Where a \\bibitem's entry text starts, past its [label] and {key}: None when no {key} follows (the macro named
    in a definition, not an entry)."""
    while k < len(nodes) and type(nodes[k]).__name__ == "LatexCharsNode" and not nodes[k].chars.strip():
        k += 1
    if k < len(nodes) and type(nodes[k]).__name__ == "LatexCharsNode" and nodes[k].chars.lstrip().startswith("["):
        depth = 0  # the optional label, written in the source as characters up to its closing bracket
        while k < len(nodes):
            chars = nodes[k].latex_verbatim()
            depth += chars.count("[") - chars.count("]")
            k += 1
            if depth <= 0 and "]" in chars:
                break
    if k < len(nodes) and type(nodes[k]).__name__ == "LatexGroupNode":
        return k + 1
    return None


def _last_group(node):
    """The macro's last argument in braces (its text), or None."""
    groups = [a for a in _args(node) if type(a).__name__ == "LatexGroupNode"]
    return groups[-1] if groups else None


def defined_code_environments(text: str) -> frozenset[str]:
    """The names of the code environments the text defines (_CODE_DEFINED)."""
    return frozenset(named or (f"{language}code" if language else other)
                     for named, language, other in _CODE_DEFINED.findall(text))


class _Writer:
    def __init__(self, labels: dict[str, str], chapters: bool):
        self.labels = labels
        self.top = 1 if chapters else 2  # the level \chapter, else \section, takes: level 1 is the title's
        self.level = 1  # the level of the last heading written
        self.out: list[str] = []
        self.notes: list[str] = []
        self.lists: list[str] = []  # the markers of the lists open, outermost first
        self.numbers: dict[str, str] = {}  # what a \ref to a label prints (numbered_labels)
        self.titles: dict[int, str] = {}  # the title of each heading level open
        self.heading_at = 0  # len(self.out) after the last heading written
        self.in_bibliography = False  # inside a thebibliography environment
        self.code: frozenset[str] = frozenset()  # the code environments the text defines (defined_code_environments)
        self.front: dict = {}  # what the title block prints (_front_matter), until \\maketitle has printed it

    def text(self, nodes) -> str:
        """The Markdown of some nodes as one line (a heading's or an argument's text)."""
        saved, self.out = self.out, []
        self.nodes(nodes or [])
        inner, self.out = "".join(self.out), saved
        return " ".join(inner.split())

    def block(self, line: str) -> None:
        self.out.append(f"\n\n{line}\n\n")

    def display(self, math: str, inline: bool = False) -> None:
        """Math in the text; displayed math a paragraph of its own, but inside a list a line of its item (a list
        item's formula does not end the list: the next \\item goes on numbering it)."""
        self.out.append(math if inline else f"\n{math}\n" if self.lists else f"\n\n{math}\n\n")

    def heading(self, title: str, level: int) -> None:
        if title:
            self.level = max(1, min(level, 6))
            self.titles = {k: v for k, v in self.titles.items() if k < self.level} | {self.level: title}
            self.block(f"{'#' * self.level} {title}")
            self.heading_at = len(self.out)

    def frame_heading(self, title: str, level: int) -> None:
        """A frame's title under the section it sits in; none when it repeats that section's title (beamer slides
        opening a subsection with a frame of the same name): one heading, not the same words twice in its path."""
        if " ".join(title.split()).casefold() != " ".join(self.titles.get(level - 1, "").split()).casefold():
            self.heading(title, level)

    def nodes(self, nodes) -> None:
        for n in nodes or []:
            self.node(n)

    def node(self, n) -> None:
        kind = type(n).__name__
        if kind == "LatexCharsNode":
            ended = not self.lists and self.out and self.out[-1] == _LINE_END and n.chars.lstrip(" \t")[:1] == "\n"
            # a line "\\" ends where the source line ends is a line of its own: a bold title over its text
            # ("\\textbf{Metode Beda}\\\\"), an address's line; in a list item, a line of the item
            self.out.append(("\n" if ended else "") + tex_lines(n.chars))
        elif kind == "LatexGroupNode":
            self.nodes(n.nodelist)
        elif kind == "LatexSpecialsNode":  # a reference entry's "&" is the word it joins names with, no cell's edge
            bare = self.in_bibliography and n.specials_chars == "&"
            self.out.append("&" if bare else _SPECIALS.get(n.specials_chars, n.specials_chars))
        elif kind == "LatexMathNode":
            inner = _math(n.latex_verbatim()[len(n.delimiters[0]):-len(n.delimiters[1]) or None])
            self.display(f"${inner}$" if n.displaytype == "inline" else f"$${inner}$$", n.displaytype == "inline")
        elif kind == "LatexMacroNode":
            self.macro(n)
        elif kind == "LatexEnvironmentNode":
            self.environment(n)
        # comments show nothing

    def macro(self, n) -> None:
        if _PARAGRAPH_END.search(getattr(n, "macro_post_space", "") or ""):  # "\\noindent", a blank line, then
            self.out.append("\n\n")  # text: the paragraph break the parser gave the macro as the space after it
        name = n.macroname.rstrip("*")
        group = _last_group(n)
        if name in _LEVELS:
            self.heading(self.text(group.nodelist if group else []), self.top + _LEVELS.index(name) - 2)
        elif name in ("paragraph", "subparagraph"):
            title = self.text(group.nodelist if group else [])
            if title:
                self.block(f"**{title}**")
        elif name == "title":
            self.heading(self.text(group.nodelist if group else []), 1)
        elif name in ("frametitle", "framesubtitle"):
            title = self.text(group.nodelist if group else [])
            if title and name == "frametitle":
                self.frame_heading(title, self.frame_level)
            elif title:
                self.block(title)
        elif name in ("maketitle", "titlepage") and self.front:
            self.title_block()
        elif name == "and":  # between two authors of \\author
            self.out.append("  \n")
        elif name == "item":
            self.item(n)
        elif name in ("\\", "newline", "cr"):
            self.out.append(_LINE_END)
        elif name == "newblock":  # a reference entry's next part (thebibliography)
            self.out.append(" ")
        elif name in _BOLD and group is not None:
            inner = self.text(group.nodelist)
            self.out.append(f"**{inner}**" if inner else "")
        elif name in _ITALIC and group is not None:
            inner = self.text(group.nodelist)
            self.out.append(f"*{inner}*" if inner else "")
        elif name in _PLAIN and group is not None:
            self.nodes(group.nodelist)
        elif name == "footnote" and group is not None:
            self.notes.append(self.text(group.nodelist))
            self.out.append(f"[^{len(self.notes)}]")
        elif name in _CITES and group is not None:
            keys = [k.strip() for k in self.text(group.nodelist).split(",") if k.strip()]
            cited = "; ".join(f"@{k}" for k in keys)
            self.out.append(f"@{keys[0]}" if name == "citet" and len(keys) == 1 else f"[{cited}]" if keys else "")
        elif name == "href":
            groups = [a for a in _args(n) if type(a).__name__ == "LatexGroupNode"]
            self.nodes(groups[-1].nodelist if groups else [])
        elif name == "url" and group is not None:
            self.out.append(group.latex_verbatim()[1:-1])
        elif name == "caption" and group is not None:
            self.block(self.text(group.nodelist))
        elif name == "textcolor":
            self.nodes(group.nodelist if group else [])
        elif name == "setcounter" and self.lists and self.lists[-1][0].isdigit():  # enumerate going on from N
            groups = [self.text(a.nodelist) for a in _args(n) if type(a).__name__ == "LatexGroupNode"]
            if len(groups) == 2 and groups[0].startswith("enum") and groups[1].isdigit():
                self.lists[-1] = f"{int(groups[1]) + 1}."
        elif name in ("ref", "autoref", "cref", "Cref") and group is not None:
            self.out.append(self.numbers.get(self.text(group.nodelist).replace(" ", ""), ""))
        elif name == "eqref" and group is not None and self.text(group.nodelist).replace(" ", "") in self.numbers:
            self.out.append(f"({self.numbers[self.text(group.nodelist).replace(' ', '')]})")
        elif name in _SILENT:
            return
        elif name in _SYMBOLS:
            self.out.append(_SYMBOLS[name])
        else:  # an accent or a symbol pylatexenc knows, else the text of its arguments (a macro of the document's own)
            self.out.append(self.symbol(n))

    def title_block(self) -> None:
        """What \\maketitle prints, a paragraph under the title: the title, the authors and where they work, the date,
        each line as set (a course's code and name over the title, an author's department under the name), so
        that a question asking whose notes these are, or for which course, finds them in a passage's text."""
        lines = []
        for name in _FRONT:
            if name in self.front:
                saved, self.out = self.out, []
                self.nodes(self.front[name].nodelist)
                inner, self.out = "".join(self.out), saved
                lines += [" ".join(x.split()) for x in re.split(r"  \n|\n", inner) if x.strip()]
        self.front = {}
        if lines:
            self.block("  \n".join(lines))

    def symbol(self, n) -> str:
        from pylatexenc.latex2text import LatexNodes2Text

        try:
            shown = LatexNodes2Text(math_mode="verbatim").nodelist_to_text([n])
        except Exception:  # noqa: BLE001 - an unknown construct: its arguments' text
            shown = ""
        if shown.strip() or not _args(n):
            return shown
        return " ".join(self.text(a.nodelist) for a in _args(n) if type(a).__name__ == "LatexGroupNode")

    @property
    def frame_level(self) -> int:
        return getattr(self, "_frame_level", self.level + 1)

    def item(self, n) -> None:
        marker = self.lists[-1] if self.lists else "-"  # an enumerate's first item sets its start; Markdown counts on
        pad = "   " * (len(self.lists) - 1 if self.lists else 0)
        label = next((a for a in _args(n) if type(a).__name__ == "LatexGroupNode"
                      or a.latex_verbatim().startswith("[")), None)
        shown = ""
        if label is not None:
            inner = label.latex_verbatim()[1:-1] if label.latex_verbatim().startswith("[") else None
            shown = self.text(label.nodelist) if inner is None else self.text(self._parse(inner))
        self.out.append(f"\n{pad}{marker} " + (f"**{shown}** " if shown else ""))

    @staticmethod
    def _parse(text: str):
        from pylatexenc.latexwalker import LatexWalker

        return LatexWalker(text, latex_context=_context(), tolerant_parsing=True).get_latex_nodes()[0]

    def environment(self, n) -> None:
        name = n.environmentname
        base = name.rstrip("*")
        minted = _MINTED_NAME.fullmatch(base)
        if name in _CODE or base in _CODE or base in self.code or minted:
            if name == "comment":
                return
            args = _args(n)
            body = args[-1].latex_verbatim() if args and name in ("verbatim", "verbatim*") else None
            if body is None:  # lstlisting, minted: the source between \begin{..}[..]{..} and \end{..}
                raw = n.latex_verbatim()
                opening = (r"\A\\begin\{[^}]*\}(?:\s*\[[^\]]*\])?(?:\{[^}]*\})?" if name in _CODE or base in _CODE
                           else r"\A\\begin\{[^}]*\}(?:[ \t]*\[[^\]\n]*\])?")  # its own: no {language} after it
                body = re.sub(opening, "", raw)
                body = re.sub(r"\\end\{[^}]*\}\Z", "", body)
            language = ""
            if name == "minted":
                groups = [a for a in args if type(a).__name__ == "LatexGroupNode"]
                language = self.text(groups[0].nodelist) if groups else ""
            elif minted:
                language = minted.group(1)
            self.block(f"```{language or 'text'}\n{body.strip(chr(10))}\n```")
        elif name in _MATH_ENVS:
            inner = re.sub(r"\A\\begin\{[^}]*\}|\\end\{[^}]*\}\Z", "", n.latex_verbatim())
            self.display(f"$${_math(inner)}$$")
        elif base in _LISTS:
            self.lists.append(_LISTS[base])
            self.out.append("\n\n")
            self.nodes(n.nodelist)
            self.lists.pop()
            self.out.append("\n\n")
        elif base in _TABLES:
            self.table(n)
        elif base in _QUOTES:
            inner = self.text(n.nodelist)
            if inner:
                self.block(f"> {inner}")
        elif base == "frame":
            self.frame(n)
        elif base == "thebibliography":
            self.bibliography(n)
        elif base in _SKIPPED_ENVS:
            return
        elif base in self.labels or base in _THEOREMS:
            label = self.labels.get(base, _THEOREMS.get(base, ""))
            title = next((self.text(a.nodelist) for a in _args(n) if type(a).__name__ == "LatexGroupNode"), "")
            note = next((a.latex_verbatim()[1:-1] for a in _args(n) if a.latex_verbatim().startswith("[")), "")
            head = " ".join(x for x in (label, f"({note})" if note else "", title) if x)
            self.out.append("\n\n" + (f"**{head}.** " if head else ""))
            self.nodes(n.nodelist)
            self.out.append("\n\n")
        elif base in _DISPLAYED:  # set apart from the paragraphs around it
            self.out.append("\n\n")
            self.nodes(n.nodelist)
            self.out.append("\n\n")
        else:  # other document parts (minipage, columns, ...): their content
            self.nodes(n.nodelist)

    def bibliography(self, n) -> None:
        """A thebibliography environment: the reference list it prints, under the heading LaTeX gives it (\\refname,
        \\bibname; "Daftar Pustaka" here) unless the text's own reference-list heading stands just before it, each
        \\bibitem[label]{key} an entry of its own, numbered as LaTeX numbers them ([1], [2], ...; its label and key
        not shown, \\newblock a space, a line break inside it a space). A \\bibitem with no {key} after it is the
        macro named, not an entry (a list restyling it: "\\let\\old@bibitem\\bibitem", "\\def\\bibitem#1{...}"), and
        what comes before the first entry is setup."""
        from .structure import is_reference_heading

        entries: list[list] = []
        nodes = list(n.nodelist)
        for k, node in enumerate(nodes):
            if _is_macro(node, "bibitem") and (start := _bibitem_text(nodes, k + 1)) is not None:
                entries.append(nodes[start:])
        entries = [e[:next((i for i, x in enumerate(e) if _is_macro(x, "bibitem")), len(e))] for e in entries]
        self.in_bibliography = True
        texts = [t for t in (self.text(e) for e in entries) if t]
        self.in_bibliography = False
        if not texts:
            return
        title = self.titles.get(self.level, "")
        if not (title and is_reference_heading(title) and not "".join(self.out[self.heading_at:]).strip()):
            self.heading("Daftar Pustaka", self.top)
        self.block("\n".join(f"{k}. {entry}" for k, entry in enumerate(texts, 1)))

    def frame(self, n) -> None:
        """A beamer frame: its title (\\begin{frame}{Judul} or \\frametitle) a heading under the section it sits in."""
        nodes = list(n.nodelist)
        while nodes and type(nodes[0]).__name__ == "LatexCharsNode" and not nodes[0].chars.strip():
            nodes.pop(0)
        if nodes and type(nodes[0]).__name__ == "LatexCharsNode" and nodes[0].chars.lstrip().startswith("["):
            rest = re.sub(r"\A\s*\[[^\]]*\]", "", nodes[0].chars)  # the frame's options ("[fragile]")
            nodes[0] = None if not rest.strip() else nodes[0]
            nodes = [x for x in nodes if x is not None]
        saved = self.level
        level = self.level + 1
        self._frame_level = level
        if nodes and type(nodes[0]).__name__ == "LatexGroupNode":
            self.frame_heading(self.text(nodes.pop(0).nodelist), level)
        self.nodes(nodes)
        self.level = saved
        del self._frame_level

    def table(self, n) -> None:
        """A tabular's rows (cut at \\\\) and cells (cut at &) as a Markdown table, its first row the header."""
        rows, cells, cell = [], [], []
        for x in n.nodelist:
            kind = type(x).__name__
            if kind == "LatexSpecialsNode" and x.specials_chars == "&":
                cells.append(self.text(cell))
                cell = []
            elif kind == "LatexMacroNode" and x.macroname in ("\\", "tabularnewline"):
                cells.append(self.text(cell))
                rows.append(cells)
                cells, cell = [], []
            else:
                cell.append(x)
        if cell and self.text(cell):
            cells.append(self.text(cell))
        if cells:
            rows.append(cells)
        rows = [[c.replace("|", "/") for c in r] for r in rows if any(c for c in r)]
        if not rows:
            return
        width = max(len(r) for r in rows)
        lines = ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows]
        lines.insert(1, "|" + " --- |" * width)
        self.block("\n".join(lines))
