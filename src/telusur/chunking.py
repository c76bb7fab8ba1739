"""Documents -> Chunks by structure: paragraphs, lists with their lead-in, numbered headings with their body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lazy_pattern import LazyPattern
from .citations.model import Citation
from .documents.model import YEAR, Document, Location
from .documents.structure import (CELL as _CELL, LIST_ITEM, TERMINAL, announces_list, any_of, is_caption,
                                  is_citation_line, is_figure_note, is_item_title, is_lead_in, is_name_year_line,
                                  is_site_source, is_source_word, is_table_caption, item_number, line_spans,
                                  looks_like_code, marker_kind, OPEN_END_WORDS, program_output, resumes_list)
from .sentences import sentence_spans

# 40: a paragraph opening on the one before ("Hal ini berarti …", "Kondisi ini menyebabkan …", "Sedangkan …",
# "Berdasarkan uraian di atas …") is one passage with it, when the two fit in one and it names no year (no work)
# 39: a list item naming only who says it, "1. Menurut Kusrini (2006)", heads the paragraph under it as "1. Kusrini
# (2006)" does (one passage citing it)
# 38: a title the reader took for a paragraph (one short line, no stop, over prose) is one passage with the prose
# it titles (a list item whose sentence goes on in the paragraph under it, in 37 by mistake, is not: left as in 36)
# 37: each figure of a table's rows is a part of its own, said with its column's name and its row's label
# ("Cornbachs Alpha Kepribadian Tipe A: 0.470"), beside the row said whole
# 36: an item's later paragraphs the reader did not nest ("a. Tabungan Mudharabah", its text, then "Tabungan ini
# dikelola …") are headed by that item (and its list's lead-in), as prose under a heading is
# 35: tables side by side in one grid are said each with its own names; a header row repeated mid-table heads the
# rows under it
# 34: a long list's later pieces are headed by its lead-in and the items they sit under; a list going on after an
# item's unnested second paragraph keeps its lead-in (as heading and source)
# 33: 32 only inside a sentence in progress (not "Keywords: …; Indonesia", an affiliation ending on a country)
# 32: a paragraph of sentences cut inside a name where a page ended ("… maka PT. Kimia" / "Farma Apotek …") runs on
# 31: a table's row too long to share a passage: each sentence part said with the row's label and its column's name
# 30: a long table of numbered records ("1 | Peneliti | …", " | Hasil | …") has no header row: a piece going on
# with a record is headed by that record's rows, each row said after the row opening its record
# 29: a table's row parts are said under its caption, a row under a group's label row ("Pendidikan |  |") with it
# 28: a table's caption over it ("Tabel 2.1 ... (Uno, 2011)") is one passage with the table, its works cite every piece
# 27: a table's rows are its parts, each said cell by cell with its column's name ("Aspek: Fokus; Teori A: …")
# 26: a lead-in set as a quote ("> … antara lain:", an HTML or DOCX quote) leads the list under it
# 25: a source line under a long table cites every piece of it; 24: the same under a long list
# 23: a block ending on a word no sentence ends on ("... oleh Santoso (2019) yaitu") runs on into the next
# 22: "Rp. 100.000" ends no sentence (telusur.sentences), so a long paragraph is never cut after "Rp."
# 21: an earlier study written as field lines ("Judul :", "Penulis : (Sari, 2020)", "Hasil :") is one passage
# 19: a long list's, table's or paragraph's pieces cite what frames them (lead-in, header row, heading, the author a
# paragraph opened with), their own citations, and not another item's; an item's text runs on into the next block
# 18: a heading naming a work cites it for its section's text that cites nothing, a title "X menurut Y (2019)" runs
# into its definition like "Y (2019)"
# 17: a catalogue picture's site goes with its row; 16: figure labels; 15: a step with its own list is a passage
# 41: a lead-in set as a quote ("> Ciri-ciri … antara lain:") leads a paragraph, a quote, a formula or a table under it,
# as a paragraph's lead-in does, not only a list
# 42: a title line over a quoted paragraph ("Kepegawaian" / "> Menurut penjelasan umum …") runs on into it, as over a
# paragraph; a lead-in takes the block it introduces whole (a title with what it titles, a sentence with its run-on)
# 43: a list item titling a quoted paragraph ("- RESTful Routing" / "> RESTful adalah …") is its title, one passage
# with it, as over a paragraph
# 44: a title line over a list's lead-in ("Kelebihan MySQL" / "Adapun kelebihan MySQL … adalah:" / items) heads
# the list with it, never a passage alone; a long list's later pieces are headed by both
# 45: a title line directly over a list ("Fitur-fitur Framework Laravel" / its items) heads it; an article's line of
# authors over their affiliations ("Ika Nurjanah 1) , …" / "1) Fakultas …") is no title
# 46: a title line over the lead-in of a formula, a quote or a table ("Net Profit Margin" / "Rumusnya sebagai
# berikut:" / "NPM = …") heads the lead-in and what it introduces, one passage
# 47: a paragraph going on from a list, or from a lead-in's quote or formula ("Berdasarkan uraian di atas …",
# "Kedua …", "Hal ini berarti …"), is one passage with it while the whole fits; its sentences are parts of their own
# 48: a lead-in announcing its list by its closing words without a colon ("… memiliki ciri-ciri di bawah ini", "…
# sebagai berikut", "… berikut ini.") heads the list, however long, not only when it passes for a title line
# 49: a list passage's items are each said under what leads the list (a title, a title over its lead-in, a lead-in
# without a colon), as its later pieces are, not under the section's heading
# 50: a lead-in opening on the block before ("Dalam penelitian ini … seperti dibawah ini.", "Hal ini … berikut:") heads
# what it introduces, never the sequel of the list or quote before it
# 51: a title of dictionary words joined by "dan" ("Visi dan Misi") over a list heads it though the text never writes
# them small: no line of authors (names.is_line_of_names)
# 52: a sentence pointing at a figure or a table ("… pada Tabel 2.1 berikut ini") is no lead-in of the list after it
# 53: the sentences of prose over a list passage's lead-in are parts of it (part rows), as a paragraph's sentences are
# 54: a paragraph opening on "X ini" that points at the time of writing, the writing itself or what follows ("Saat ini
# …", "Penelitian ini …", "Berikut ini …") opens a topic: no sequel of the paragraph or list before it
# 55: an item title whose siblings stand past a page's footnotes is a title too (structure._sibling_is_title), and
# a titled item's prose stops at a paragraph summing up the whole list ("Bila ditinjau kembali semua nabi … ini …")
# 56: a sentence about tables or figures ("Jenis-jenis grafik sebagai berikut") is the lead-in of the list after it
# 57: a paragraph after a list's last item opening on one thing that item said ("Pada tahap ini …", "Tabungan ini …",
# "Hal ini …") is that item's own (item_spans), not the list's sequel; one opening on all of the list still is
# 58: one opening on a number or a quantity of things ("Tiga tahap tersebut", "Berbagai hal ini") goes on from the list
# 59: a line of names all dictionary words, each a given and a family name ("Bunga Lestari, Intan Permata"), is an
# article's authors, no title over the list under it (names.is_line_of_names)
# 60: ... only over its affiliation ("1) Fakultas …", an e-mail): "Modal Kerja dan Arus Kas" over its list is its title
# 61: a passage shorter than ALONE_MAX_CHARS without parts gets one more row, its text under its heading (_said_alone)
# 62: a lead-in whose writer left its colon out ("… empat dimensi yang saling berkaitan, yaitu") leads its list, one
# passage with its items (structure.announces_list)
# 63: a figure's caption right under a heading goes with the prose under it (_caption_alone), never back to the
# passage before the heading, whose slice then held the heading's text and the caption
# 64: a title line over a table ("Perbandingan Hasil Skrining Alat B dengan Gold Standar" / its rows) leads it as a
# "Tabel 2" caption does; a list item cut on a word no sentence ends on ("… waktu tunggu dengan") runs on into the
# small-letter paragraph under it ("kepuasan pasien di …"), one passage with its list
# 65: a paragraph ending inside a bracket it opened ("… sebanyak 4 responden (") runs on into the next that closes
# it ("4%). Responden …"): one sentence cut by a conversion, one passage
# 66: program code or its printed output (R Markdown's "## …" lines) runs on into no paragraph under it: "di peroleh
# p-value 0.0523, …" is its own sentence, not the output's tail
# 67: a bare example label with its example ("Contoh:" / "Sistem pemesanan cepat …", or its list) right after the
# item or paragraph it illustrates, in its section, is one passage with it while the whole fits (_examples_of_before)
# 68: one short sentence right over program code in its section (a notebook's Markdown cell over its code cell,
# "Untuk banyak kondisi, gunakan elif." over its example) is one passage with it (_says_what_code_does)
CHUNKER_VERSION = "68"
MAX_CHUNK_CHARS = 1500
TARGET_PIECE_CHARS = 800


@dataclass(frozen=True)
class Chunk:
    id: int
    document: str  # document title
    path: str  # document path relative to the corpus folder
    text: str  # verbatim slice of the document text
    start: int  # character offsets into the document text
    end: int
    start_paragraph: int  # 1-based, inclusive
    end_paragraph: int
    heading: str | None  # the section heading or list lead-in this chunk belongs to
    citations: tuple[Citation, ...] = field(default=())
    location: Location = Location()  # section path and the passage's own pages (not the cited work's)

    @property
    def embed_text(self) -> str:
        """What the encoder sees: the document title and section path, then the chunk (its heading when not in it)."""
        context = self.context
        head = [self.heading] if self.heading and self.heading not in self.text and not context.endswith(self.heading) else []
        return "\n".join(filter(None, [context, *head, self.text]))

    @property
    def place(self) -> str:
        """"Title › Section › Subsection" in full: a retrieval unit of its own, shared by the chunks it holds."""
        return " › ".join(" ".join(x.split())[:120] for x in (self.document, *self.location.section) if x.strip())

    @property
    def context(self) -> str:
        """"Title › Section › Subsection": where the chunk sits, so a passage that never names its subject keeps it."""
        path = [self.document] if self.document else []
        for name in self.location.section:
            if name and name not in path and name != self.heading and name not in self.text:
                path.append(name)
        return " › ".join(" ".join(x.split())[:120] for x in path)


@dataclass(frozen=True)
class Paragraph:
    """A block of the document with the role it plays in a chunk."""

    number: int  # 1-based position of the block in the document
    start: int
    end: int
    kind: str  # text | item | heading (a list item titling the prose under it) | leadin | citation | section | table
    location: Location = Location()
    nested: bool = False  # prose nested under a list item (its text, not the text after the list)
    runs_on: bool = False  # its sentence goes on in the next block ("… anak tunagrahita adalah" then "> anak yang …")
    resumes: bool = False  # an item going on with the outer list after a list nested above it
    marker: str = ""  # an item's kind of marker: "1." for "12.", "a)" for "c)", "•"
    field: str = ""  # the label of a one-line field ("judul" for "Judul : Pengaruh Motivasi ..."), or ""
    level: int = 0  # an item's depth in its list as the reader found it (0: outermost)
    ordinal: int = 0  # an item's place in its list by its marker: 3 for "3." and "c)", 0 for a bullet
    cut: bool = False  # runs_on as its sentence or title goes on in the next block (_runs_on), not only its subject
    opens_on: bool = False  # prose whose first words go on from the block before it (_says_of_before)
    sums_up: bool = False  # prose whose first words point back at all of what came before (_SUMS_UP)
    examples: bool = False  # a lead-in that is a bare label for examples ("Contoh:", "Misalnya:"; _EXAMPLE_LABEL)


# "Judul : ...", "Penulis : (Sari, 2020)": one field of a record (an earlier study written as labelled lines)
_FIELD = LazyPattern(r"[ \t]*([A-Z][\w/-]*(?:[ \t]+[\w/-]+){0,2})[ \t]*:[ \t]*\S[^\n]*\s*$")
_AUTHOR_FIELD = frozenset(("penulis", "peneliti", "nama peneliti", "pengarang", "author", "authors", "oleh"))


def _field(kind: str, text: str) -> str:
    m = _FIELD.match(text) if kind == "paragraph" else None
    return m.group(1).lower() if m else ""


def paragraphs(doc: Document) -> list[Paragraph]:
    """The document's blocks with their roles (reference-list entries are not passages and are left out)."""
    texts = [doc.block_text(b) for b in doc.blocks]
    kinds = [b.kind for b in doc.blocks]
    out = []
    for i, b in enumerate(doc.blocks):
        if b.kind == "reference":
            continue
        cut = _runs_on(kinds, texts, i)
        out.append(Paragraph(i + 1, b.start, b.end, _role(kinds, texts, i, doc.text), b.location,
                             b.kind not in ("heading", "item") and b.level > 0,
                             cut or _goes_on_from(doc, kinds, texts, i) or _says_what_code_does(doc, kinds, texts, i),
                             b.kind == "item" and resumes_list(kinds, texts, i),
                             marker_kind(texts[i]) if b.kind == "item" else "", _field(b.kind, texts[i]),
                             b.level if b.kind == "item" else 0,
                             item_number(kinds, texts, i) if b.kind == "item" else 0, cut,
                             b.kind == "paragraph" and _says_of_before(texts[i]),
                             b.kind == "paragraph" and bool(_SUMS_UP.match(texts[i].strip())),
                             b.kind == "paragraph" and bool(_EXAMPLE_LABEL.fullmatch(texts[i].strip()))))
    return out


# A paragraph whose first words point back at all of what came before ("Bila ditinjau kembali semua nabi penulis ini
# …", "Seluruh komponen tersebut …"): it sums up a list, no item's own prose.
_WHOLE = ("semua", "seluruh", "keseluruhan", "kesemua", "segenap")
_SUMS_UP = LazyPattern(rf"(?:[\w-]+\s+){{0,5}}?(?:{any_of(_WHOLE)})\s+(?:[\w-]+\s+){{0,3}}?"
                       r"(?:ini|itu|tersebut|di\s*atas)\b", re.I)


BRACKET_CUT_CHARS = 40  # a bracket left open at a paragraph's end closes this soon in the next: one sentence


def _runs_on(kinds: list[str], texts: list[str], i: int) -> bool:
    """A paragraph left open (no stop, no colon) over prose that goes on with a small letter or a quotation: one
    sentence cut into two blocks ("Menurut Amin (1995:15) anak tunagrahita adalah" / "> anak yang memiliki …");
    a bracket closing a paragraph does not close its sentence when the next goes on in small letters. A line naming
    only an author and a year ("Stoner (1996)") runs on into the definition under it, which it cites. A list item
    runs on only when cut on a word no sentence ends on, the paragraph under it going on in small letters (a text
    written all in small letters has items and paragraphs that open so). Program code or its printed output (its
    lines kept) runs on into nothing: the prose under it opens its own sentence, in small letters or not."""
    if i + 1 >= len(kinds) or kinds[i + 1] not in ("paragraph", "quote"):
        return False
    if _names_the_source(kinds, texts, i) or _heads_a_catalogue_row(kinds, texts, i):
        return True
    nxt, text = texts[i + 1].lstrip(), texts[i].rstrip()
    if kinds[i] == "item":  # "3. Terdapat hubungan antara waktu tunggu dengan" / "kepuasan pasien di …" (a page cut it)
        return kinds[i + 1] == "paragraph" and nxt[:1].islower() and bool(_ENDS_OPEN.search(text))
    if kinds[i] not in ("paragraph", "quote"):
        return False
    if "\n" in text and (looks_like_code(text) or program_output(text)):
        return False  # program code or its printed output, lines kept ("## Residuals 27 10.49"): no sentence cut there
    return ((not text.endswith(TERMINAL) or text.endswith(")")) and nxt[:1].islower()
            or not text.endswith(TERMINAL) and (nxt[:1] in "“\"‘" or bool(_ENDS_OPEN.search(text)))
            or _cut_in_a_name(text, nxt)
            or text.rfind("(") > text.rfind(")") and ")" in nxt[:BRACKET_CUT_CHARS]  # "4 responden (" / "4%). …"
            or kinds[i] == "paragraph" and titles_prose(text, nxt))


# A paragraph's first words that go on from the paragraph before: a connective ("Sedangkan …", "Selain itu …",
# "Kedua …"), "X ini/itu/tersebut" ("Hal ini …", "Antar perangkat jaringan tersebut …"), or "… di atas"
# ("Berdasarkan uraian di atas …", "Di samping ketiga pendapat diatas …")
_CONNECTIVES = ("sedangkan", "namun", "akan tetapi", "tetapi", "selain itu", "di samping itu", "oleh karena itu",
                "oleh sebab itu", "karena itu", "dengan demikian", "jadi", "sehingga", "serta", "kedua", "ketiga",
                "keempat", "kelima")
_FROM_ABOVE = ("berdasarkan", "dari", "mengacu pada", "di samping")  # "… di atas", "… tersebut" after them
_OPENS_ON_BEFORE = LazyPattern(
    rf"(?:{any_of(_CONNECTIVES)})\b"
    r"|(?:[\w-]+\s+){0,3}?(?:ini|itu|tersebut)\b"
    rf"|(?:{any_of(_FROM_ABOVE)})\s+(?:[\w-]+\s+){{0,3}}?(?:di\s*atas|tersebut)\b", re.I)


def _goes_on_from(doc: Document, kinds: list[str], texts: list[str], i: int) -> bool:
    """A whole paragraph of prose under which the next, in the same section, opens on it ("… (Yatim, 2002)." /
    "Kondisi ini menyebabkan mereka tidak mampu berkomunikasi …"): the next says what it says of this one, and is one
    passage with it when the two fit in one (a short paragraph alone is found by its own words, not its subject's).
    Not when it names a year: a paragraph citing a work of its own ("Sedangkan menurut Sidik (2014:1) …") is that
    work's passage, and the text above keeps the work its heading names."""
    if i + 1 >= len(kinds) or kinds[i] not in ("paragraph", "quote") or kinds[i + 1] != "paragraph":
        return False
    text, nxt = texts[i].strip(), texts[i + 1].strip()
    return (text.endswith((".", "!", "?", ")", "\"", "”")) and not is_lead_in(text)
            and doc.blocks[i].location.section == doc.blocks[i + 1].location.section
            and len(text) + len(nxt) <= MAX_CHUNK_CHARS and _says_of_before(nxt))


SAYS_CODE_MAX_CHARS = 200  # a sentence this short right over program code says what that code does


def _says_what_code_does(doc: Document, kinds: list[str], texts: list[str], i: int) -> bool:
    """One short sentence right over program code in its section ("Menampilkan semua baris bulan Maret." over the
    notebook cell that filters them, "Untuk banyak kondisi, gunakan elif." over its example): one passage with it,
    so a question asking how to do it finds the code, and the code's passage says what it does."""
    if i + 1 >= len(kinds) or kinds[i] != "paragraph" or kinds[i + 1] != "paragraph":
        return False
    text, code = texts[i].strip(), texts[i + 1].strip()
    return ("\n" not in text and len(text) <= SAYS_CODE_MAX_CHARS and text.endswith((".", ":"))
            and len(sentence_spans(text)) == 1 and "\n" in code and looks_like_code(code)
            and doc.blocks[i].location.section == doc.blocks[i + 1].location.section
            and len(text) + len(code) <= MAX_CHUNK_CHARS)


# "X ini" that points at no earlier words: the time of writing ("Saat ini …", "Indonesia dewasa ini …", "Pada masa
# kini …"), the writing itself ("Penelitian ini …", "Dalam tulisan ini …", "Hasil skripsi ini …") or what comes next
# ("Berikut ini …"). A paragraph opening so opens a topic of its own; "Tahap ini", "Kondisi ini", "Hal ini" point back.
_POINTS_ELSEWHERE = LazyPattern(
    r"(?:saat|masa|dewasa|sekarang|kini|hari|zaman|jaman|era|abad|tahun|penelitian|riset|studi|kajian|tulisan|"
    r"karya\s+tulis|skripsi|tesis|disertasi|makalah|artikel|laporan|tugas\s+akhir|bab|buku|modul|berikut)\s+ini$",
    re.I)


def _says_of_before(text: str) -> bool:
    """A paragraph whose first words go on from the block before it (_OPENS_ON_BEFORE), pointing back at what it
    said, not at the time of writing, the writing itself or what follows (_POINTS_ELSEWHERE), and that names no year
    of a work of its own ("Sedangkan menurut Sidik (2014:1) …" is that work's passage)."""
    text = text.strip()
    m = _OPENS_ON_BEFORE.match(text)
    return (m is not None and not _POINTS_ELSEWHERE.search(m.group())
            and not re.search(rf"(?<!\d){YEAR}(?!\d)", text))


TITLE_LINE_CHARS = 120  # a title set as a line of its own, not a sentence
TITLE_LINE_WORDS = 16
_TITLE_END = LazyPattern(r"[^\W_]\)?$")  # a title ends on a word, a number or a bracket ("(ERD)"), no stop or comma
_STOP_INSIDE = LazyPattern(r"[^\W\d_]{2}[.!?]\s+[A-Z]")  # "… kerja. Motivasi …": sentences, not a title


def titles_prose(text: str, nxt: str) -> bool:
    """A title the reader took for a paragraph (a bold line of Markdown or HTML, a PDF's or DOCX's title set in the
    body's type: "Pengertian Motivasi Kerja", "2.1 Definisi Bau Amonia") over the paragraph of prose it titles, quoted
    or not:
    one line, short, opening with a capital or a number, ending on a word with no stop, no colon and no comma,
    words in it (not a note's number alone), no label, address or link, not a caption, a citation or a source
    line. Said with that paragraph, never a passage of its own, so its words are found with the text they title
    (the text as a PDF's text layer or the file reads it)."""
    return (is_title_line(text)
            and len(nxt) >= max(80, 2 * len(text)) and (nxt[:1].isupper() or nxt[:1] in "“\"‘(")
            and not is_lead_in(nxt) and not is_figure_note(nxt) and bool(re.search(r"[.!?]", nxt)))


def is_title_line(text: str) -> bool:
    """One line, short, opening with a capital or a number, ending on a word with no stop, no colon and no comma,
    words in it (not a note's number alone), no label, address or link, not a caption, a citation or a source line:
    a title set as a line of the body ("Pengertian Motivasi Kerja", "Kelebihan MySQL")."""
    return ("\n" not in text and len(text) <= TITLE_LINE_CHARS and len(text.split()) <= TITLE_LINE_WORDS
            and (text[:1].isupper() or text[:1].isdigit()) and bool(_TITLE_END.search(text))
            and not (text.endswith(")") and re.search(rf"{YEAR}\W*\)$", text))
            and bool(re.search(r"[^\W\d_]{2}", text)) and not re.search(r":\s|@|://", text)
            and not _STOP_INSIDE.search(text) and not _FIELD.match(text) and not is_caption(text)
            and not is_citation_line(text) and not is_source_word(text))


def _titles_list(kinds: list[str], texts: list[str], i: int, doc_text: str) -> bool:
    """A title line (a paragraph or a quote) over a list ("Fitur-fitur Framework Laravel" / its items) or a table
    ("Perbandingan Hasil Alat B" / its rows), or over the lead-in of a list ("Kelebihan MySQL" / "Adapun kelebihan
    MySQL adalah:" / its items) or of a formula, a quote or a table ("Net Profit Margin" / "Rumusnya sebagai
    berikut:" / "NPM = …"): the title of what follows, leading it
    (with its lead-in), never a passage alone. An article's line of authors over their affiliations ("Ika
    Nurjanah 1) , Franckie R.R. Maramis 1)" / "1) Fakultas …") is no title."""
    if kinds[i] not in ("paragraph", "quote") or i + 1 >= len(kinds) or not is_title_line(texts[i].strip()):
        return False
    if kinds[i + 1] == "item":
        from .citations.names import is_line_of_names, lowercase_words

        return not is_line_of_names(texts[i], lowercase_words(doc_text), texts[i + 1])
    if kinds[i + 1] == "table":  # "Perbandingan Hasil Alat B" over its table: its caption without "Tabel 2"
        return True
    if i + 2 >= len(kinds) or kinds[i + 1] not in ("paragraph", "quote"):
        return False
    return (kinds[i + 2] == "item" and announces_list(texts[i + 1])
            or kinds[i + 2] in ("paragraph", "quote", "table") and is_lead_in(texts[i + 1]))


CUT_MIN_CHARS = 150  # a paragraph of prose, not a title or a label


def _cut_in_a_name(text: str, nxt: str) -> bool:
    """A sentence cut inside a name where a page ended, in a text converted from a PDF ("… untuk memperbesar
    penjualan maka PT. Kimia" / "Farma Apotek mengelola sebanyak 340 apotek …", "… diperjelas dalam Keputusan" /
    "Menteri Kesehatan Nomor 1197 …"): a paragraph of sentences ending without a stop on a capitalised word inside
    a sentence in progress (most of its last words in small letters: not an author's affiliation, "Universitas
    Negeri Contoh, Indonesia", nor a title, "The Free Encyclopedia"), the next opening with one."""
    clause = re.split(r"[;:]", text[-200:])[-1]  # "Keywords: literature review; Indonesia" ends a list, no sentence
    last = re.findall(r"[^\W\d_]+", clause)[-CUT_LAST_WORDS:]
    return (len(text) >= CUT_MIN_CHARS and not text.endswith((*TERMINAL, ":")) and bool(re.search(r"[.!?]\s", text))
            and bool(_NAME_WORD_END.search(text)) and bool(_NAME_WORD_START.match(nxt))
            and len(last) >= CUT_LAST_WORDS // 2 and sum(w.islower() for w in last) * 2 > len(last))


CUT_LAST_WORDS = 8


_NAME_WORD_END = LazyPattern(r"(?<![\w-])[A-Z][a-z]+$")
_NAME_WORD_START = LazyPattern(r"[A-Z][a-z]+\s+[^\W\d_]")


# Words no sentence ends on (structure.OPEN_END_WORDS): a block ending with one goes on in the next ("... oleh Santoso
# (2019) yaitu" / "> Motivasi merupakan ...")
_ENDS_OPEN = LazyPattern(rf"\b(?:{'|'.join(OPEN_END_WORDS)})$")


def _names_the_source(kinds: list[str], texts: list[str], i: int) -> bool:
    """An author-and-year line, as a paragraph or a heading, over a paragraph of prose (not a list's lead-in)."""
    return (kinds[i] in ("paragraph", "heading") and i + 1 < len(kinds) and kinds[i + 1] == "paragraph"
            and is_name_year_line(texts[i]) and not is_lead_in(texts[i + 1]))


def _heads_a_catalogue_row(kinds: list[str], texts: list[str], i: int) -> bool:
    """A picture's site ("Sumber: www.ikea.com") over the name and description the picture shows, as a catalogue
    table reads row by row (picture and its source, name, description): said with that row, never a passage alone.
    Under a figure's caption it goes with the caption instead."""
    if i + 1 >= len(kinds) or kinds[i] != "paragraph" or kinds[i + 1] != "paragraph":
        return False
    if _under_caption(kinds, texts, i):
        return False
    if is_source_word(texts[i]):
        return is_site_source(texts[i + 1], texts[i])  # "Sumber:" then its site as a block of its own
    return (_is_site_source(texts, i) and not is_site_source(texts[i + 1], texts[i])
            and not is_source_word(texts[i + 1]) and not is_figure_note(texts[i + 1]) and not is_lead_in(texts[i + 1]))


def _is_site_source(texts: list[str], i: int) -> bool:
    return is_site_source(texts[i], texts[i - 1] if i > 0 else "")


def _under_caption(kinds: list[str], texts: list[str], i: int) -> bool:
    """A source line (or "Sumber:" with its site) right under a figure's caption, or right over it."""
    j = i + 1 if is_source_word(texts[i]) else i
    if i > 0 and is_source_word(texts[i - 1]):
        i -= 1
    return (i > 0 and kinds[i - 1] == "paragraph" and is_figure_note(texts[i - 1])
            or j + 1 < len(kinds) and kinds[j + 1] == "paragraph" and is_figure_note(texts[j + 1]))


def _introduces_block(kinds: list[str], texts: list[str], i: int) -> bool:
    """A list item ending in ":" with its formula, quote or table under it ("2) Margin laba bersih :" then "NPM = …")."""
    return (is_lead_in(texts[i]) and i + 1 < len(kinds) and kinds[i + 1] in ("quote", "table", "paragraph")
            and not is_lead_in(texts[i + 1]) and not is_citation_line(texts[i + 1]))


def _role(kinds: list[str], texts: list[str], i: int, doc_text: str) -> str:
    kind, text = kinds[i], texts[i]
    if _names_the_source(kinds, texts, i):
        return "text"  # "Stoner (1996)" over its definition: one passage that cites it
    if kind == "heading":  # "…antara lain :" as a heading over a list introduces it: a lead-in, not a title
        return "leadin" if is_lead_in(text) and i + 1 < len(kinds) and kinds[i + 1] == "item" else "section"
    if kind == "table":
        return "table"
    if kind == "paragraph" and is_table_caption(text) and i + 1 < len(kinds) and kinds[i + 1] == "table":
        return "leadin"  # "Tabel 2.1 Indikator ... (Uno, 2011)" over its table: the table's passage, and its source
    under_caption = (_is_site_source(texts, i) or is_source_word(text)) and _under_caption(kinds, texts, i)
    if kind == "paragraph" and (is_citation_line(text) or is_figure_note(text) or _figure_label(kinds, texts, i)
                                or under_caption):
        return "citation"  # a citation alone, a figure's caption, source line or labels: read with the text above
    if kind == "item":
        return "heading" if is_item_title(kinds, texts, i) or _introduces_block(kinds, texts, i) else "item"
    if kind == "paragraph" and _heads_a_catalogue_row(kinds, texts, i):
        return "text"  # "Sumber:" over its site is no lead-in: the row's text goes on under it
    if kind == "paragraph" and i > 0 and _is_site_source(texts, i):
        return "citation"  # a picture's site heading no row: read with the text above it, never a passage alone
    if kind in ("paragraph", "quote") and (is_lead_in(text) or announces_list(text) and i + 1 < len(kinds)
                                           and kinds[i + 1] == "item"):
        return "leadin"  # "…, yaitu:", or "… sebagai berikut." over a list; quoted or not, over what it introduces
    if _titles_list(kinds, texts, i, doc_text):
        return "leadin"  # "Kelebihan MySQL" over its list, or over "Adapun kelebihan MySQL adalah:" and its list
    return "text"  # paragraphs, quotes, footnotes


LABEL_MAX_WORDS = 3


def _figure_label(kinds: list[str], texts: list[str], i: int) -> bool:
    """A word or three standing alone in a run of such lines right above a figure's caption or source line: the
    figure's labels as the reader found them ("Desain", "Analisis", then "Gambar II.2 Ilustrasi Model Waterfall")."""
    j = i
    while j < len(kinds) and kinds[j] == "paragraph" and _is_label(texts[j]):
        j += 1
    return j > i and j < len(kinds) and kinds[j] == "paragraph" and is_figure_note(texts[j])


def _is_label(text: str) -> bool:
    """A word or three, no stop, not numbered ("2.3 Arduino Uno" is a section's title)."""
    stripped = text.strip()
    return (0 < len(stripped.split()) <= LABEL_MAX_WORDS and "\n" not in stripped and not stripped.endswith(TERMINAL)
            and not stripped[:1].isdigit() and not LIST_ITEM.match(stripped))


@dataclass
class _Block:
    paras: list[Paragraph]
    section: tuple[str, ...]
    is_list: bool = False
    is_table: bool = False
    lead: Paragraph | None = None  # the lead-in of the list this block goes on with: its citations cite this one
    title: Paragraph | None = None  # the heading of its section: a work it names cites what cites nothing itself
    frame: list[Paragraph] = field(default_factory=list)  # the items a nested list's block sits under (_enclosing)
    opener: Paragraph | None = None  # the lead-in of the list an item's later paragraph sits in (_under_item)


def blocks(paras: list[Paragraph]) -> list[_Block]:
    """Group paragraphs: a lead-in with its items (and any citation line), a heading with its body; the items of a
    list that go on in blocks of their own (a title with a list nested under it) keep the list's lead-in."""
    out: list[_Block] = []
    lead, lead_marker = None, ""
    title = None
    i = 0
    while i < len(paras):
        p = paras[i]
        if p.kind == "section":  # headings are the section path of what follows, never a passage alone
            i += 1
            lead, lead_marker, title = None, "", p
            continue
        if p.kind == "citation":
            if out and out[-1].section == p.location.section:
                out[-1].paras.append(p)
            else:  # a figure's caption under a heading is its section's, never the end of the one before it
                out.append(_Block([p], p.location.section))
            i += 1
            continue
        group, i = _take_group(paras, i)
        if _examples_of_before(out, group):  # "Contoh:" and its example: the passage of what it exemplifies
            out[-1].paras += group
            continue
        caption = out.pop().paras if _caption_alone(out, p) else []  # with the prose under it, never a passage alone
        is_list = any(q.kind in ("item", "heading") for q in group)
        goes_on = (p.kind in ("item", "heading") and lead is not None and lead.location.section == p.location.section
                   and p.marker == lead_marker)
        is_table = group[0].kind == "table" or (len(group) == 2 and group[1].kind == "table")  # its caption over it
        frame = _enclosing(paras[:i - len(group) + 1], p) if is_list and p.level > 0 else []
        item = _under_item(paras, i - len(group), i) if p.kind == "text" and not is_table else None
        in_list = item is not None and lead is not None and _one_list(paras, lead, item)
        list_goes_on = in_list and _goes_on_after(paras, i, item)  # the lead-in still leads the items after it
        if item is not None:
            frame = _enclosing(paras, item) + [item]
        out.append(_Block(caption + group, p.location.section, is_list=is_list, is_table=is_table,
                          lead=lead if goes_on else None, title=title, frame=frame,
                          opener=lead if in_list else None))
        if p.kind == "leadin" and is_list:
            lead, lead_marker = p, next(q.marker for q in group if q.kind in ("item", "heading"))
        elif not goes_on and not list_goes_on and not (lead is not None and not is_list and len(out) > 1
                                                       and _list_resumes(paras, i, out[-2].paras, lead, lead_marker)):
            lead, lead_marker = None, ""  # the marker is the lead-in's: it goes with it
    return out


# A lead-in that is only a label for examples, naming no subject: "Contoh:", "Misalnya:", "Contoh soal:"
_EXAMPLE_LABEL = LazyPattern(r"(?:sebagai\s+)?(?:contoh(?:nya)?|misal(?:nya)?|example|examples|for\s+example)"
                             r"(?:\s+[\w-]+)?\s*:", re.I)


def _examples_of_before(out: list[_Block], group: list[Paragraph]) -> bool:
    """A bare example label with its example ("Contoh:" / "Sistem pemesanan cepat …", or its list) right after the
    item or paragraph it illustrates in the same section: one passage with it while the whole fits, since alone it
    never names what it is an example of (a label like "Contoh:" leads every example of the text alike)."""
    if not out or group[0].kind != "leadin" or len(group) < 2 or out[-1].is_table:
        return False
    before = out[-1]
    return (before.section == group[0].location.section and before.paras[-1].kind in ("item", "heading", "text")
            and before.paras[-1].number == group[0].number - 1
            and group[-1].end - before.paras[0].start <= MAX_CHUNK_CHARS
            and group[0].examples)


def _caption_alone(out: list[_Block], p: Paragraph) -> bool:
    """The block before p is a figure's caption alone at the top of p's section (under its heading), and p prose."""
    return (bool(out) and len(out[-1].paras) == 1 and out[-1].paras[0].kind == "citation" and p.kind == "text"
            and out[-1].section == p.location.section and out[-1].paras[0].number == p.number - 1)


def _list_resumes(paras: list[Paragraph], i: int, before: list[Paragraph], lead: Paragraph, marker: str) -> bool:
    """The item at i goes on with the list a lead-in opened, after a paragraph of its own between them (an item's
    second paragraph the reader did not nest: "d. MicroSD Card", its text, "OS tersebut adalah …", then "e. Port
    HDMI"): the same kind of marker in the same section, numbered on from the last item of the list group before
    that paragraph, whose items are all of that kind (no other list opened between)."""
    items = [q for q in before if q.kind in ("item", "heading")]
    return (i < len(paras) and paras[i].kind in ("item", "heading") and paras[i].marker == marker
            and paras[i].location.section == lead.location.section and bool(items)
            and all(q.marker == marker for q in items) and items[-1].ordinal == paras[i].ordinal - 1)


def _under_item(paras: list[Paragraph], start: int, end: int) -> Paragraph | None:
    """The item whose later prose the paragraphs paras[start:end] are, when the reader did not nest them: after an
    item's title and first paragraph, its second ("a. Tabungan Mudharabah", "Tabungan adalah …", then "Tabungan ini
    dikelola …"). That is so under an item titling prose (kind "heading": its prose runs to the next item or
    section, or to a paragraph summing up the whole list, "Bila ditinjau kembali semua nabi penulis ini …"), and
    under any item when its list goes on after them (the next item has the same kind of marker,
    numbered on: "d. MicroSD Card", its text, "OS tersebut adalah …", then "e. Port HDMI"). None otherwise: prose
    after a list's last item, or after a list nested in an item, is no item's."""
    j = start - 1
    while j >= 0 and _unnested_prose(paras[j]):
        j -= 1
    if j < 0 or paras[j].kind not in ("item", "heading") or \
            paras[j].location.section != paras[start].location.section:
        return None
    item = paras[j]
    if _goes_on_after(paras, end, item):
        return item
    sums_up = any(q.sums_up for q in paras[j + 1:start + 1])  # a closing summary of the list and what follows it
    return item if item.kind == "heading" and not sums_up else None


def _goes_on_after(paras: list[Paragraph], end: int, item: Paragraph) -> bool:
    """The item's list goes on after the prose ending at `end`: its next item has the same kind of marker and is
    numbered on from it."""
    k = end
    while k < len(paras) and _unnested_prose(paras[k]):
        k += 1
    nxt = paras[k] if k < len(paras) else None
    return (nxt is not None and nxt.kind in ("item", "heading") and nxt.marker == item.marker and item.ordinal > 0
            and nxt.ordinal == item.ordinal + 1 and nxt.location.section == item.location.section)


def _unnested_prose(p: Paragraph) -> bool:
    """Prose the reader did not nest under an item (_under_item looks back over it, _goes_on_after ahead)."""
    return p.kind in ("text", "citation") and not p.nested


def _one_list(paras: list[Paragraph], lead: Paragraph, item: Paragraph) -> bool:
    """The item is of the list the lead-in opened: every item from that lead-in to it has its kind of marker (a
    section title read as an item, "2.2. Teori Pendukung" or "A. Entity Relationship Diagram", ends that list)."""
    a, b = paras.index(lead), paras.index(item)
    return a < b and all(q.marker == item.marker for q in paras[a + 1:b + 1] if q.kind in ("item", "heading"))


def _take_group(paras: list[Paragraph], i: int) -> tuple[list[Paragraph], int]:
    first = paras[i]
    group = [first]
    i += 1
    if first.kind == "text" and first.field:
        end = _record_end(paras, i - 1)
        if end > i:
            return paras[i - 1:end], end
    if first.kind in ("text", "table"):
        while group[-1].runs_on and i < len(paras) and paras[i].kind == "text":
            group.append(paras[i])
            i += 1
        return group, i
    if first.kind == "heading":
        i = _take_body(paras, i, group)  # a numbered heading with the paragraph (or the nested list) under it
    if first.kind == "leadin":
        while i < len(paras) and paras[i].kind == "citation":
            group.append(paras[i])
            i += 1
        if i < len(paras) and paras[i].kind in ("text", "leadin", "table") and not _list_follows(paras, i):
            group.append(paras[i])  # a lead-in introducing a quote, a formula, a table or a paragraph
            i += 1
            if group[-1].kind == "leadin" and i < len(paras) and paras[i].kind in ("text", "table"):
                group.append(paras[i])  # a title (or a lead-in) over a lead-in: with what that one introduces
                i += 1
            while group[-1].kind == "text" and group[-1].cut and i < len(paras) and paras[i].kind == "text":
                group.append(paras[i])  # whole: a title with the prose it titles, a sentence with its run-on
                i += 1
            return group, _take_sequel(paras, i, group)
        if i < len(paras) and _list_follows(paras, i):
            group.append(paras[i])  # "Menurut X (2007: 41) … berikut:" then "Ciri-cirinya:" and the list
            i += 1
    while i < len(paras) and (paras[i].kind in ("item", "heading", "citation") or paras[i].nested
                              or group[-1].kind == "item" and group[-1].cut and paras[i].kind == "text"):
        if _opens_own_block(paras, i) and any(q.kind in ("item", "heading") for q in group):
            break
        group.append(paras[i])
        i = _take_body(paras, i + 1, group) if paras[i].kind == "heading" else i + 1
    return group, _take_sequel(paras, i, group) if any(q.kind in ("item", "heading") for q in group) else i


def _take_sequel(paras: list[Paragraph], i: int, group: list[Paragraph]) -> int:
    """After a list, or a lead-in with the quote or formula it introduces: the paragraphs that go on from it in its
    section ("Berdasarkan uraian di atas dapat disimpulkan …" after the list it sums up, "Hal ini berarti …" after
    the article it explains, "Kedua …" after "Pertama …"), one passage with it while the whole fits in one: alone,
    the answer they hold lacks the words of its subject, which the block before says. A table is its own passage, and
    a paragraph the list goes on after is its last item's own (_under_item)."""
    items = [q for q in group if q.kind in ("item", "heading")]
    while (i < len(paras) and paras[i].opens_on and not paras[i].field  # a list's loop took the nested prose
           and paras[i].kind != "leadin"  # "Dalam penelitian ini … di bawah ini." goes with what it introduces
           and all(q.kind != "table" for q in group) and not (items and _goes_on_after(paras, i, items[-1]))
           and paras[i].location.section == group[-1].location.section
           and paras[i].end - group[0].start <= MAX_CHUNK_CHARS):
        group.append(paras[i])
        i += 1
    return i


def _record_end(paras: list[Paragraph], i: int) -> int:
    """After a record opening at i: its field lines up to a label it already holds (the next study's "Judul :"),
    when they are three or more and one names the author ("Penulis : (Sari, 2020)"); else i."""
    labels: list[str] = []
    j = i
    while j < len(paras) and paras[j].kind in ("text", "citation") and paras[j].field \
            and paras[j].field not in labels:
        labels.append(paras[j].field)
        j += 1
    return j if len(labels) >= 3 and _AUTHOR_FIELD & set(labels) else i


def _take_body(paras: list[Paragraph], i: int, group: list[Paragraph]) -> int:
    """After an item title: its paragraph, or its lead-in with what that introduces (a formula, a quote; a nested
    list is taken by the caller's loop)."""
    if i < len(paras) and paras[i].kind in ("text", "table"):
        group.append(paras[i])
        i += 1
        while group[-1].runs_on and i < len(paras) and paras[i].kind == "text":
            group.append(paras[i])  # its sentence goes on in the next block ("… menjadi dua" / "bagian, yaitu …")
            i += 1
        return i
    if i < len(paras) and paras[i].kind == "leadin":
        group.append(paras[i])
        i += 1
        if i < len(paras) and paras[i].kind in ("text", "table") and not paras[i].nested:
            group.append(paras[i])
            i += 1
    return i


def _opens_own_block(paras: list[Paragraph], i: int) -> bool:
    """An item title over a lead-in (a list, a quote or a formula nested under it), or an item resuming the outer
    list after a nested one: one step of a list whose steps hold more than a paragraph, a passage of its own."""
    over_lead_in = paras[i].kind == "heading" and i + 1 < len(paras) and paras[i + 1].kind == "leadin"
    return over_lead_in or paras[i].resumes


def _list_follows(paras: list[Paragraph], i: int) -> bool:
    return paras[i].kind == "leadin" and i + 1 < len(paras) and paras[i + 1].kind in ("item", "heading")


def chunk_document(doc: Document, first_id: int = 0) -> list[Chunk]:
    from .citations.fields import field_spans, with_fields  # the citation rules load where documents are chunked
    from .citations.notes import footnote_citations

    chunks: list[Chunk] = []
    notes = footnote_citations(doc)  # works cited in footnotes, placed at each note reference
    fields = field_spans(doc)  # a reference manager's fields, which name the works a citation shown may not
    cited: dict[int, list[Citation]] = {}  # a lead-in's or a heading's citations, read once for the blocks they cite
    for block in blocks(paragraphs(doc)):
        for piece in _split(block, doc.text, notes, cited):
            piece.citations = with_fields(piece.citations, fields)
            chunks.append(_make_chunk(doc, first_id + len(chunks), piece, block))
    return chunks


@dataclass
class _Piece:
    start: int
    end: int
    first_para: int
    last_para: int
    heading: str | None
    citations: tuple[Citation, ...]
    location: Location = Location()


def _split(block: _Block, text: str, notes: list[Citation], cited: dict[int, list[Citation]]) -> list[_Piece]:
    from .citations.intext import find_citations

    def citations_of(p: Paragraph) -> list[Citation]:
        if p.start not in cited:
            cited[p.start] = find_citations(text, p.start, p.end, p.start)
        return cited[p.start]

    start, end = block.paras[0].start, block.paras[-1].end
    context_start = start
    cites = find_citations(text, start, end, context_start)
    if block.lead is not None:  # "Fungsi manajemen menurut Terry (2006: 15), yaitu:" cites each step of its list
        cites = citations_of(block.lead) + cites
    if not cites and block.title is not None:  # "2.1 Pengertian Motivasi Menurut Santoso (2019)" over its definition
        cites = list(citations_of(block.title))
    here = [c for c in notes if start <= c.start < end]
    cites = tuple(sorted(_note_years_dropped(cites, here) + here, key=lambda c: c.start))
    section = block.section[-1] if block.section else None
    if block.is_list and (block.lead is not None or block.frame):  # a list going on after a block of its own, or
        section = _framed(section, block.lead, text, block.frame)  # nested under an item: said under them
    elif block.frame and _titled_prose(block, text):  # an item's later paragraph: said under its item (and its
        section = _framed(section, block.opener, text, block.frame)  # list's lead-in), as under a heading
    whole = _Piece(start, end, block.paras[0].number, block.paras[-1].number, section, cites,
                   _span_location(block.section, block.paras))
    if end - start <= MAX_CHUNK_CHARS:
        return [whole]
    if block.is_table:
        table = next(q for q in block.paras if q.kind == "table")
        return _split_table(whole, text, _source_lines(block), table.start)
    if block.is_list:
        return _split_list(block, text, cites)
    return _split_sentences(whole, text)


def _note_years_dropped(cites: list[Citation], notes: list[Citation]) -> list[Citation]:
    """The in-text readings of a note's own text, less the year of the work the note names: in "Ibnu Qayyim
    Al-Jauziyyah, *Zadul Ma'ad fi Hadyi Khairil 'Ibad* (1998, Jilid 4, hlm. 88)." the note's work is Al-Jauziyyah's of
    1998, and the title's last word before its year ("'Ibad (1998)", or "Al-Jauziyyah ... 'Ibad (1998)" as two
    authors) names no other work. A work of another author the note names too ("...; lihat juga Rahardjo (1986)")
    stays."""
    own = [c for c in notes if c.in_note]
    if not own:
        return list(cites)
    kept = []
    for cite in cites:
        opened = [n for n in own if n.start <= cite.start]
        note = [n for n in opened if n.start == max(o.start for o in opened)] if opened else []
        authors = {a.lower() for n in note for a in n.authors}
        if note and cite.authors and cite.year in {n.year for n in note} and {a.lower() for a in cite.authors} - authors:
            continue
        kept.append(cite)
    return kept


_NOTE_NUMBER = LazyPattern(r"\d{1,3}\s+\S")  # "20 Costen J. Harrel, The Prophets …", "26 Ibid., hlm. 109."


def _titled_prose(block: _Block, text: str) -> bool:
    """An item's later paragraph is said under it when the item's first line is short enough to say whole ("d.
    MicroSD Card", not a paragraph opening with its title) and the paragraph is prose, not a footnote the reader
    left in the text: a note under the item's words would be found by them alone."""
    item = block.frame[-1]
    title = text[item.start:item.end].strip().split("\n")[0]
    return len(title) <= ENCLOSING_ITEM_CHARS and \
        not _NOTE_NUMBER.match(text[block.paras[0].start:block.paras[0].end].strip())


def _span_location(section: tuple[str, ...], paras: list[Paragraph]) -> Location:
    """The section of the group and the pages its paragraphs cover (a paragraph may run onto the next page)."""
    return Location.spanning(section, [p.location for p in paras])


def _split_table(piece: _Piece, text: str, source_lines: int, table_start: int) -> list[_Piece]:
    """A long table, split by rows; each piece keeps the header row as its heading (its caption over it goes with
    the first piece). A table of numbered records has no header row (is_record_row): a piece going on with a record
    is headed by the rows that record opened with."""
    rows = [(a + table_start, b + table_start) for a, b, line in line_spans(text[table_start:piece.end]) if line.strip()]
    if is_record_row(text[rows[0][0]:rows[0][1]]):
        return _split_records(piece, text, rows, source_lines)
    header = text[rows[0][0]:rows[0][1]].strip()
    groups: list[list[tuple[int, int]]] = []
    for row in rows[1:]:
        if groups and row[1] - groups[-1][0][0] <= TARGET_PIECE_CHARS:
            groups[-1].append(row)
        else:
            groups.append([row])
    if not groups:  # one long row: nothing to split by
        return [piece]
    groups[0].insert(0, rows[0])
    groups[0].insert(0, (piece.start, piece.start))  # the caption over the table, when there is one
    # the header row heads every piece, so its works cite every piece, as do a work from outside the table (its
    # caption's) and the lines naming its source under it
    framing = [c for c in piece.citations if not rows[0][1] <= c.start < source_lines]
    return [_Piece(g[0][0], g[-1][1], piece.first_para, piece.last_para, header if i else piece.heading,
                   _merged(framing, [c for c in piece.citations if g[0][0] <= c.start < g[-1][1]]), piece.location)
            for i, g in enumerate(groups)]


def _split_records(piece: _Piece, text: str, rows: list[tuple[int, int]], source_lines: int) -> list[_Piece]:
    """A long table of numbered records ("1 | Peneliti | Nur Fuanzen", " | Judul | …", " | Hasil | …", then "2 | …"),
    split by rows: a piece opening inside a record is headed by that record's rows above it, so the long "Hasil" row
    of the second study is read with its "2 | Peneliti | Anggi Sulaiman", not with the first study's row."""
    groups: list[list[tuple[int, int]]] = []
    for row in rows:
        if groups and row[1] - groups[-1][0][0] <= TARGET_PIECE_CHARS:
            groups[-1].append(row)
        else:
            groups.append([row])
    groups[0].insert(0, (piece.start, piece.start))  # the caption or lead-in over the table, when there is one
    # a work cited over the table (its caption's) or in the lines naming its source under it cites every piece
    framing = [c for c in piece.citations if not rows[0][0] <= c.start < source_lines]
    out = []
    for i, g in enumerate(groups):
        heading = piece.heading
        if i and not is_record_row(text[g[0][0]:g[0][1]]):
            first = rows.index(g[0])
            opening = max((n for n in range(first) if is_record_row(text[rows[n][0]:rows[n][1]])), default=None)
            if opening is not None:
                heading = "\n".join(text[a:b].strip(" ") for a, b in rows[opening:first])[:RECORD_HEADING_CHARS]
        own = [c for c in piece.citations if g[0][0] <= c.start < g[-1][1]]
        out.append(_Piece(g[0][0], g[-1][1], piece.first_para, piece.last_para, heading, _merged(framing, own),
                          piece.location))
    return out


RECORD_HEADING_CHARS = 400  # a record's rows above a piece, as its heading: its number, name and title, not its body
_RECORD_NUMBER = LazyPattern(r"\(?\d{1,3}[.)]?")


def is_record_row(row: str) -> bool:
    """A table row opening a numbered record: its first cell a number ("1", "2.", "(3)"), another cell filled. A
    header row names its columns ("No", "Peneliti"), so a table whose first row is one has no header row."""
    cells = _cells(row)
    return len(cells) >= 2 and bool(_RECORD_NUMBER.fullmatch(cells[0])) and any(cells[1:])


def _merged(*groups: list[Citation]) -> tuple[Citation, ...]:
    """Citations of several sources, each once, in the order they stand in the text."""
    return tuple(sorted({c: None for group in groups for c in group}, key=lambda c: c.start))


def _split_list(block: _Block, text: str, cites: tuple[Citation, ...]) -> list[_Piece]:
    """Too long for one chunk: items packed greedily, each piece headed by the lead-in and citing the lead-in's works
    and its own items' (another item's work is not this piece's source)."""
    lead = block.paras[0]
    section = block.section[-1] if block.section else None
    opener = lead if lead.kind == "leadin" else block.lead
    if lead.kind == "leadin" and len(block.paras) > 2 and block.paras[1].kind == "leadin":  # a title over its
        opener = Paragraph(lead.number, lead.start, block.paras[1].end, "leadin")  # lead-in: both head the list
    heading = text[opener.start:opener.end].strip() if opener is not None else section
    units = _list_units(block.paras[1:] if lead.kind == "leadin" else block.paras)
    pieces: list[list[Paragraph]] = []
    for unit in units:
        size = unit[-1].end - (pieces[-1][0].start if pieces else unit[0].start)
        if pieces and size <= TARGET_PIECE_CHARS:
            pieces[-1] += unit
        else:
            pieces.append(list(unit))
    if lead.kind == "leadin":
        pieces[0] = [lead] + pieces[0]
    items_start = next((p.start for p in block.paras if p.kind in ("item", "heading")), block.paras[0].start)
    end = block.paras[-1].end
    framing = [c for c in cites if not items_start <= c.start < end]  # the lead-in's, or a list's it goes on with
    in_items = [c for c in cites if items_start <= c.start < end]
    if in_items and all(_closes(text, c, end) for c in in_items):
        framing += in_items  # the list's one source at its very end: "... tujuan negara (Hadi, 2009: 5-7)."
    source_lines = _source_lines(block)
    framing += [c for c in in_items if c.start >= source_lines]  # "Sumber: Hadi (2010)" under the list
    return [_Piece(p[0].start, p[-1].end, p[0].number, p[-1].number,
                   _framed(heading, opener, text, _enclosing(block.paras, p[0])) if i else heading,
                   _merged(framing, [c for c in in_items if p[0].start <= c.start < p[-1].end]),
                   _span_location(block.section, p)) for i, p in enumerate(pieces)]


ENCLOSING_ITEM_CHARS = 150  # an item over a piece, as part of its heading: its title, not its paragraph


def _enclosing(paras: list[Paragraph], first: Paragraph) -> list[Paragraph]:
    """The items a piece of a nested list opening at `first` sits under, outermost first ("5. Macam-macam tata ruang",
    "b. Ruang kantor tertutup" over "2) Kekurangan:"): walking back, each item of a lower level than the last taken;
    a piece opening with an item's paragraph sits under that item too."""
    level = first.level if first.kind in ("item", "heading") else None
    out: list[Paragraph] = []
    for q in reversed(paras[:paras.index(first)]):
        if q.kind == "section" or q.location.section != first.location.section:
            break
        if q.kind in ("item", "heading") and (level is None or q.level < level):
            out.insert(0, q)
            level = q.level
            if level == 0:
                break
    return out


def _framed(heading: str | None, opener: Paragraph | None, text: str, items: list[Paragraph]) -> str | None:
    """A later piece of a long list: its lead-in (when it has one) and the items it sits under, one a line, so a
    piece of sub-items says whose they are; the section's heading when there is neither."""
    lines = [text[opener.start:opener.end].strip()] if opener is not None else []
    lines += [text[q.start:q.end].strip().split("\n")[0][:ENCLOSING_ITEM_CHARS] for q in items]
    return "\n".join(lines) if lines else heading


def _source_lines(block: _Block) -> int:
    """Where the lines under a list or table that name its source ("Sumber: Hadi (2010)") begin: the works they cite
    are the whole block's. The block's end when there are none."""
    k = len(block.paras)
    while k > 1 and block.paras[k - 1].kind == "citation":
        k -= 1
    return block.paras[k].start if k < len(block.paras) else block.paras[-1].end


def _closes(text: str, cite: Citation, end: int) -> bool:
    return text[cite.end:end].strip(" .;,”\"\n") == ""


def _list_units(paras: list[Paragraph]) -> list[list[Paragraph]]:
    """The paragraphs a long list's pieces are packed from, never cut apart: an item with its prose, and an item's
    title or a lead-in inside the list with what it leads into ("Atau dihitung dengan pendekatan Du Pont sebagai
    berikut:" / its formula): no piece ends with words that introduce the next."""
    units: list[list[Paragraph]] = []
    for p in paras:
        if units and (p.kind in ("text", "citation") and units[-1][-1].kind in ("heading", "item", "text")
                      or units[-1][-1].kind in ("heading", "leadin")):
            units[-1].append(p)
        else:
            units.append([p])
    return units


OVERLAP_MAX_CHARS = 400  # a longer last sentence is not repeated at the start of the next piece


def _split_sentences(piece: _Piece, text: str) -> list[_Piece]:
    """A long paragraph, cut at sentence ends; each piece after the first opens with the last sentence of the one
    before (when short enough), so that two sentences on either side of a cut are still read together in one
    passage; a citation closing the paragraph cites every piece."""
    groups: list[list[tuple[int, int]]] = []
    for span in sentence_spans(text, piece.start, piece.end):
        if groups and span[1] - groups[-1][0][0] <= TARGET_PIECE_CHARS:
            groups[-1].append(span)
        else:
            last = groups[-1][-1] if groups else None
            groups.append([last, span] if last and last[1] - last[0] <= OVERLAP_MAX_CHARS and len(groups[-1]) > 1
                          else [span])
    inside = [c for c in piece.citations if piece.start <= c.start < piece.end]
    framing = [c for c in piece.citations if c not in inside]  # a heading's work over the paragraph
    closing = [c for c in inside if text[c.end:piece.end].strip(" .;,”\"") == ""]
    out = []
    for g in groups:
        a, b = g[0][0], g[-1][1]
        own = [c for c in inside if a <= c.start < b]
        before = [c for c in inside if c.start < a]
        if not own and before and _narrative(text, before[-1]):
            own = [c for c in before if c.start == before[-1].start]  # "Menurut Hadi (2010) ... dua tipe" goes on
        out.append(_Piece(a, b, piece.first_para, piece.last_para, piece.heading, _merged(framing, own, closing),
                          piece.location))
    return out


def _narrative(text: str, cite: Citation) -> bool:
    """"Hadi (2010) ..." or "Menurut Hadi 2010": the name stands right before the year, outside its parenthesis, so
    the sentence after it says what the author says; "(Hadi, 2010)" or a note mark only closes what stands before."""
    name = cite.authors[0].split()[-1].lower() if cite.authors else ""
    return bool(name) and name not in text[cite.start:cite.end].lower() \
        and name in text[max(0, cite.start - 80):cite.start].lower()


def _make_chunk(doc: Document, chunk_id: int, piece: _Piece, block: _Block) -> Chunk:
    return Chunk(
        id=chunk_id,
        document=doc.title,
        path=doc.path,
        text=doc.text[piece.start:piece.end],
        start=piece.start,
        end=piece.end,
        start_paragraph=piece.first_para,
        end_paragraph=piece.last_para,
        heading=piece.heading,
        citations=piece.citations,
        location=piece.location,
    )


def item_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of each list item in a chunk's text: its numbered line and the lines under it, citations aside, up to
    a paragraph going on from the list (_take_sequel: "Berdasarkan uraian di atas …"), which is no item's."""
    spans: list[list[int]] = []
    lines = line_spans(text)
    last = max((n for n, (_, _, line) in enumerate(lines) if LIST_ITEM.match(line)), default=-1)
    for n, (a, b, line) in enumerate(lines):
        if not line.strip():
            continue
        if LIST_ITEM.match(line):
            spans.append([a, b])
        elif n > last and spans and _goes_on_from_list(line):
            break
        elif spans and not is_citation_line(line):
            spans[-1][1] = b
    return [(a, b) for a, b in spans]


def _goes_on_from_list(line: str) -> bool:
    """A paragraph of prose after a list's last item that goes on from the list (_take_sequel), not that item's own
    line: a paragraph, not a title's few words, opening on all of the list, not on one thing the last item said (a
    singular "X ini/itu/tersebut", _POINTS_AT_ONE: "Pada tahap ini dirumuskan …" under "b. Merumuskan masalah",
    "Tabungan ini dikelola …" under "a. Tabungan Mudharabah" are that item's own paragraphs)."""
    line = line.strip()
    return len(line) >= CUT_MIN_CHARS and _says_of_before(line) and not _POINTS_AT_ONE.match(line)


# "X ini/itu/tersebut" naming one thing ("Hal ini", "Pada tahap ini", "Tabungan ini", "Gagasan tersebut"): after a
# list it says more of what its last item said. Not a plural ("Gejala-gejala tersebut", "Kedua hal ini", "Tiga
# tahap tersebut", "Berbagai hal ini", "Sejumlah faktor tersebut"), nor all of
# it ("Semua nabi ini", _SUMS_UP), nor the text above ("Berdasarkan uraian di atas"), nor a connective ("Sedangkan").
_MANY = ("para", "beberapa", "berbagai", "bermacam", "sejumlah", "banyak")
# a connective's own words ("Selain …", "Karena …" whatever follows), the words before "di atas", all, many, a purpose
_OPENS_A_SEQUEL = (*(c.removesuffix(" itu") for c in _CONNECTIVES), *_FROM_ABOVE, *_WHOLE, *_MANY, "untuk")
_POINTS_AT_ONE = LazyPattern(
    rf"(?!(?:{any_of(_OPENS_A_SEQUEL)})\b|(?:ke)?(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\b)"
    r"(?:[^\W\d_]+\s+){1,3}?(?:ini|itu|tersebut)\b", re.I)


def chunk_parts(chunk: Chunk) -> list[str]:
    """Texts besides the chunk that find it: each row of a table said cell by cell with its column's name
    ("Aspek: Fokus; Teori A: …") and then each figure in its rows said alone with its column and its row's label
    ("Cronbach Alpha Kepribadian Tipe A: 0.470"), each list item under its lead-in, or else each sentence of prose (short ones
    joined to the next) under the chunk's heading, so a question about one row, item or sentence of a long
    passage is scored against that part; every part of a text longer than the encoder's window is reached. A short
    passage without parts is said once more alone under its heading (_said_alone)."""
    spans = part_spans(chunk.text)
    if not spans:
        return _said_alone(chunk)
    rows = table_rows(chunk.text)
    if spans and rows:
        return _row_parts(chunk, rows) + _figure_parts(chunk, rows)
    if spans and long_row(chunk) is not None:
        return _cell_parts(chunk, spans)
    if not is_list(chunk.text):
        return _sentence_parts(chunk, spans)
    before = len(_prose_before_list(chunk.text))  # the sentences of prose over the lead-in, then the items, then
    items = before + len(item_spans(chunk.text))  # the sentences of a paragraph going on from the list, as prose
    return (_sentence_parts(chunk, spans[:before]) + _item_parts(chunk, spans[before:items])
            + _sentence_parts(chunk, spans[items:]))


ALONE_MAX_CHARS = 150  # a passage shorter than this is a line or two: the document's title outweighs it when embedded


def _said_alone(chunk: Chunk) -> list[str]:
    """A short passage (a hypothesis line, a one-sentence paragraph, a keywords line) said under its heading without
    the document's title and section path: embedded with them (Chunk.embed_text) its few words weigh less than that
    context, while a longer passage's sentences are each scored under their heading alone (_sentence_parts). Its
    row only scores the passage (the better of the two); it is no part of it: part_spans has none, so
    Retriever.part_scores reads none."""
    text = chunk.text.strip()
    if not text or len(text) >= ALONE_MAX_CHARS:
        return []
    alone = _sentence_parts(chunk, [(0, len(chunk.text))])
    return [] if alone[0] == chunk.embed_text else alone


def part_spans(text: str) -> list[tuple[int, int]]:
    """Where each of chunk_parts' texts stands in the chunk's text, in the same order (one index row each): its
    table rows (two or more) and then the cells of their figures (figure_cells), else its list items (two or more)
    with the sentences of prose over them (_prose_before_list) and of a paragraph going on from the list, else its
    prose sentences (two or more), else none."""
    return list(_part_spans(text))


@lru_cache(maxsize=4096)  # asked again of the same passages by every question's answer (part similarities)
def _part_spans(text: str) -> tuple[tuple[int, int], ...]:
    rows = table_rows(text)
    if rows:
        return tuple(rows + [span for _, _, span, _ in figure_cells(text, rows)])
    items = item_spans(text)
    if len(items) >= 2:  # and the sentences of a paragraph going on from the list (_take_sequel), each its own part
        after = items[-1][1]
        return _prose_before_list(text) + tuple(items) + tuple(
            (after + a, after + b) for a, b in sentence_parts(text[after:]) if text[after + a:after + b].strip())
    sentences = sentence_parts(text)
    return tuple(sentences) if len(sentences) >= 2 else ()


def _prose_before_list(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences over a list passage's first item when they are more than its lead-in: prose the list's lead-in
    closes ("Pelaksanaan program remedial dilakukan di luar jam pelajaran … Setelah sebelumnya diberitahukan …
    Pola siklus tersebut adalah seperti di bawah ini:"), each a part as a paragraph's sentences are, so a question
    on them finds them as one on an item finds its item. A lead-in alone (one part, a title over it joined to it as
    a short sentence is) is said with every item already (_item_parts): none."""
    items = item_spans(text)
    if not items:
        return ()
    spans = [(a, b) for a, b in sentence_parts(text[:items[0][0]]) if text[a:b].strip()]
    return tuple(spans) if len(spans) >= 2 else ()


def is_list(text: str) -> bool:
    """A chunk whose parts are list items (two or more)."""
    return len(item_spans(text)) >= 2


def _item_parts(chunk: Chunk, spans: list[tuple[int, int]]) -> list[str]:
    lines = [line for line in chunk.text.split("\n") if line.strip()]
    lead = lines[0] if lines and is_lead_in(lines[0]) and not LIST_ITEM.match(lines[0]) else \
        _list_head(lines) or chunk.heading or ""
    lead = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead else ""
    items = [_item_text(chunk.text[a:b]) for a, b in spans]
    return _headed(lead, items)


def _list_head(lines: list[str]) -> str:
    """The lines over a list passage's first item that lead it, as the chunker took them (_role): a lead-in without
    its colon ("… memiliki ciri-ciri di bawah ini"), a title ("Fitur-fitur Framework Laravel"), or a title over its
    lead-in. Its items are said under them, as a long list's later pieces are headed by them, not by the section."""
    first = next((k for k, line in enumerate(lines) if LIST_ITEM.match(line)), 0)
    head = lines[:first]
    leads = head and (announces_list(head[-1]) and (len(head) == 1 or is_title_line(head[0]) and len(head) == 2)
                      or len(head) == 1 and is_title_line(head[0]))
    return "\n".join(head) if leads else ""


PART_MIN_CHARS = 60  # a shorter sentence says too little alone: it joins the next one
PART_MAX_CHARS = 1200  # longer "sentences" (run-on text, tables) are cut at white space


def sentence_parts(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a prose chunk as retrieval units: short ones joined, long ones cut."""
    spans: list[tuple[int, int]] = []
    for a, b in sentence_spans(text):
        if spans and spans[-1][1] - spans[-1][0] < PART_MIN_CHARS:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    if len(spans) > 1 and spans[-1][1] - spans[-1][0] < PART_MIN_CHARS:
        spans[-2:] = [(spans[-2][0], spans[-1][1])]
    out = []
    for a, b in spans:
        while b - a > PART_MAX_CHARS:
            cut = text.rfind(" ", a + PART_MAX_CHARS // 2, a + PART_MAX_CHARS)
            cut = cut if cut > a else a + PART_MAX_CHARS
            out.append((a, cut))
            a = cut + 1
        out.append((a, b))
    return out


def _sentence_parts(chunk: Chunk, spans: list[tuple[int, int]]) -> list[str]:
    # Every prose chunk of two or more sentences, not only long ones: ranking was as good with sentence rows for
    # chunks over 800 characters only, but the best sentence's similarity is what tells a covered question from
    # a near miss ("Bagaimana Dougherty … mengartikan kerjasama?"), BENCHMARKS.md "Answers on real texts".
    head = chunk.heading or _section_head(chunk)
    return _headed("" if head == chunk.document else head, [chunk.text[a:b] for a, b in spans])


def table_rows(text: str) -> list[tuple[int, int]]:
    """The spans of a table's rows (a row per line, cells joined by " | ", as every reader writes a table) when the
    text is one (two rows or more, a lead-in or a source line aside), else []."""
    lines = [(a, b, line) for a, b, line in line_spans(text) if line.strip()]
    rows = [(a, b) for a, b, line in lines if _CELL in f" {line} "]
    return rows if len(rows) >= 2 and len(rows) >= 0.6 * len(lines) else []


def _row_parts(chunk: Chunk, spans: list[tuple[int, int]]) -> list[str]:
    """Each row said with the names of its columns: "Kolom: isi; Kolom: isi" (the header row as it stands, or the
    header a piece of a long table is headed by), under the table's caption ("Tabel 1 Distribusi Responden ...")
    or else the chunk's section."""
    return _under_table_head(chunk, spans, said_rows(chunk, spans))


def said_rows(chunk: Chunk, spans: list[tuple[int, int]]) -> list[str]:
    """Each row of a table passage said with its columns' names (those of the header in force over it,
    row_headers), and under the label of the group it stands in (row_groups): "Pendidikan: S1; N: 25; (%): 25"; a
    header row as it stands. In a table of numbered records (no header), a row going on with a record is said after
    the row that opened it: "2; Peneliti; Anggi Sulaiman; Judul; Strategi Pemasaran …"."""
    out, opening = [], ""
    for (a, b), group, header in zip(spans, row_groups(chunk.text, spans), row_headers(chunk, spans)):
        row = chunk.text[a:b]
        said = row.strip() if header and row.strip() == header.strip() else said_row(header, row, group)
        if not header and is_record_row(row):
            opening = said
        elif not header and opening and not _cells(row)[0]:
            said = f"{opening}; {said}"
        out.append(said)
    return out


def figure_cells(text: str, rows: list[tuple[int, int]]) -> list[tuple[int, int, tuple[int, int], str]]:
    """Each figure a table's rows give ("0.470", "84.0", "19", "32,5%") after a cell naming something: (row number,
    cell number, its span in the text, the label: the nearest cell before it that is no figure, "Kepribadian Tipe A"
    of "Kepribadian Tipe A | 0.739 | 0.470", "belum menikah" of "… | belum menikah | 26 | 52.0"). A row opening
    with a figure (a record's number) names nothing before it."""
    out = []
    for n, (a, b) in enumerate(rows):
        label = ""
        for k, (x, y) in enumerate(_cell_spans(text, a, b)):
            cell = text[x:y]
            if _is_figure(cell):
                if label:
                    out.append((n, k, (x, y), label))
            elif cell:
                label = cell
    return out


def _figure_parts(chunk: Chunk, rows: list[tuple[int, int]]) -> list[str]:
    """Each figure of a table passage said alone with its column's name and its row's label, under the table's
    caption (or else the chunk's section), as a question asks for one value: "Tabel 4. Hasil Pengujian Composite
    Reliability\nCornbachs Alpha Kepribadian Tipe A: 0.470". Said within its whole row ("Variabel: Kepribadian
    Tipe A; Composite Reliability: 0.739; Cornbachs Alpha: 0.470"), the value asked shares the row's meaning with
    every other column's, and a prose sentence on the same table reads closer to the question."""
    return _under_table_head(chunk, rows, said_figures(chunk, rows))


def _under_table_head(chunk: Chunk, rows: list[tuple[int, int]], said: list[str]) -> list[str]:
    """Each of a table passage's parts as said, under the table's caption, or else the chunk's section."""
    return _headed(table_caption(chunk.text, rows) or _section_head(chunk), said)


def _section_head(chunk: Chunk) -> str:
    """The chunk's section as said over its parts: none when it is the document's title (a title styled as the first
    heading, Word's or Markdown's "#", says nothing of one part)."""
    head = chunk.location.section[-1] if chunk.location.section else ""
    return "" if head == chunk.document else head


def _headed(head: str, parts: list[str]) -> list[str]:
    return [f"{head}\n{part}" if head else part for part in parts]


def said_figures(chunk: Chunk, rows: list[tuple[int, int]]) -> list[str]:
    """Each figure of a table passage said with its column's name and its row's label ("Cornbachs Alpha Kepribadian
    Tipe A: 0.470"; "Tipe A: 0.470" under an unnamed column), in figure_cells' order."""
    headers = row_headers(chunk, rows)
    out = []
    for n, k, (a, b), label in figure_cells(chunk.text, rows):
        names = _cells(headers[n])
        name = names[k] if k < len(names) and names[k] != chunk.text[a:b] else ""
        out.append(f"{name} {label}: {chunk.text[a:b]}" if name else f"{label}: {chunk.text[a:b]}")
    return out


def said_parts(chunk: Chunk) -> list[str] | None:
    """A table passage's parts as said, without the caption over them (chunk_parts' texts in part_spans' order):
    each row with its columns' names, then each figure with its column's name and its row's label; None for a passage
    of another kind, whose parts are its own text."""
    rows = table_rows(chunk.text)
    return said_rows(chunk, rows) + said_figures(chunk, rows) if rows else None


def _cell_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Where each cell of the row text[a:b] stands, stripped of white space (as _cells reads them, in order)."""
    out, at = [], a
    for piece in f" {text[a:b]} ".split(_CELL):
        start, end = at - 1, at - 1 + len(piece)  # the leading space added is no character of the text
        lead, trail = len(piece) - len(piece.lstrip()), len(piece) - len(piece.rstrip())
        x = max(start + lead, a)
        out.append((x, max(x, min(end - trail, b))))
        at += len(piece) + len(_CELL)
    return out


def _is_figure(cell: str) -> bool:
    return bool(cell) and _FIGURE.fullmatch(cell) is not None and any(ch.isdigit() for ch in cell)


def table_caption(text: str, rows: list[tuple[int, int]]) -> str:
    """The caption over a table passage's rows ("Tabel 1 Distribusi Responden Berdasarkan Karakteristik"), or ""."""
    above = [line.strip() for line in text[:rows[0][0]].split("\n") if line.strip()] if rows else []
    return above[-1] if above and is_table_caption(above[-1]) else ""


def row_groups(text: str, rows: list[tuple[int, int]]) -> list[str]:
    """The label each row of a table stands under: rows filling only their first cell of three or more ("Umur |  |",
    "Pendidikan |  |"), each over rows that fill more, label the rows under them ("S1 | 25 | 25" counts the
    respondents whose education is S1), each up to the next; "" for a row under none and for the label rows
    themselves. One such row alone is a row with empty cells, no label."""
    cells = [_cells(text[a:b]) for a, b in rows]
    labels = {n for n, row in enumerate(cells) if len(row) >= 3 and row[0] and not any(row[1:])
              and n + 1 < len(cells) and cells[n + 1][0] and any(cells[n + 1][1:])}
    out, group = [], ""
    for n, row in enumerate(cells):
        if n in labels and len(labels) >= 2:
            group = row[0]
        out.append("" if n in labels else group)
    return out


def table_header(chunk: Chunk, rows: list[tuple[int, int]]) -> str:
    """A table passage's header row: the header a piece of a long table is headed by, else its first row; "" for a
    table of numbered records (is_record_row), which has none."""
    heading = chunk.heading or ""
    if _CELL in f" {heading} " and "\n" not in heading and not is_record_row(heading):
        return heading
    first = chunk.text[rows[0][0]:rows[0][1]]
    return "" if is_record_row(first) else first


def said_row(header: str, row: str, group: str = "") -> str:
    """A table's row said cell by cell with its column's name ("Variabel: Iklim Organisasi; Composite Reliability:
    0.857"); a cell under no name, or under its own text, said alone. A row under a group's label (row_groups) says
    its first cell under that label: "Pendidikan: S1", not "Karakteristik: S1". Tables set side by side in one grid
    (side_by_side) are said one after the other, each with its own first column's name: "Gender: Wanita; Frequency:
    42; Percent: 84.0. Status: belum menikah; Frequency: 26; Percent: 52.0"."""
    names, cells = _cells(header), _cells(row)
    if group:
        names = [group, *names[1:]]
    width = side_by_side(names)
    names += [""] * (len(cells) - len(names))
    blocks = [range(k, min(k + width, len(cells))) for k in range(0, len(cells), width)] if width else \
        [range(len(cells))]
    said = ("; ".join(f"{names[n]}: {cells[n]}" if names[n] and names[n] != cells[n] else cells[n]
                      for n in block if cells[n]) for block in blocks)
    return ". ".join(s for s in said if s)


def side_by_side(names: list[str]) -> int:
    """The width of each table when a header row sets two or more tables side by side in one grid, as journals do
    to save space: the names after each table's first column repeat ("Gender | Frequency | Percent | Status |
    Frequency | Percent": two tables of three columns; "Kepribadian | Mean | Iklim Organisasi | Mean": of two).
    0 for one table."""
    for width in range(2, len(names) // 2 + 1):
        if len(names) % width:
            continue
        blocks = [names[k:k + width] for k in range(0, len(names), width)]
        if all(b[1:] == blocks[0][1:] for b in blocks) and all(blocks[0][1:]) and \
                len({b[0] for b in blocks}) == len(blocks):
            return width
    return 0


def row_headers(chunk: Chunk, rows: list[tuple[int, int]]) -> list[str]:
    """The header row in force over each row of a table passage (itself for a header row): table_header, until a
    row repeats its columns' names under other first cells ("Usia | Frequency | Percent | Lama Kerja | Frequency |
    Percent" under "Gender | Frequency | Percent | Status | …"): a second table in the same grid, headed by it."""
    header = table_header(chunk, rows)
    out = []
    for a, b in rows:
        row = chunk.text[a:b]
        if header and _repeats_header(header, row):
            header = row
        out.append(header)
    return out


_FIGURE = LazyPattern(r"[-+<>≤≥]?\s*[\d.,]+\s*%?")


def _repeats_header(header: str, row: str) -> bool:
    """A row set like the header: as many cells, none empty and none a figure, and at least half of them the
    header's own names in the same places, the rest (the tables' first columns) other names."""
    names, cells = _cells(header), _cells(row)
    if len(cells) != len(names) or len(cells) < 2 or not all(cells) or any(_FIGURE.fullmatch(c) for c in cells):
        return False
    same = sum(c == n for c, n in zip(cells, names))
    return len(cells) > same >= len(cells) / 2


def long_row(chunk: Chunk) -> tuple[list[str], list[tuple[int, int]]] | None:
    """A piece of a long table that is one row, too long to share a passage ("Metodologi Penelitian | Memerlukan
    … | Sangat bergantung pada metode kuantitatif … | …" under "Konsep/ Topik | Ill Effects … | Media Effects and
    Society | Media Events"): its header's names and where each of its cells stands in the text; else None."""
    heading = chunk.heading or ""
    lines = [(a, b, line) for a, b, line in line_spans(chunk.text) if line.strip()]
    if _CELL not in f" {heading} " or "\n" in heading or is_record_row(heading) or len(lines) != 1:
        return None
    a, b, line = lines[0]
    names = _cells(heading)
    bounds = [m.start() for m in re.finditer(re.escape(_CELL), line)]
    if len(bounds) + 1 != len(names):
        return None
    starts, ends = [0, *(x + len(_CELL) for x in bounds)], [*bounds, len(line)]
    return names, [(a + x, a + y) for x, y in zip(starts, ends)]


def said_in_row(chunk: Chunk, span: tuple[int, int]) -> str | None:
    """A sentence of a long row said with the row's label and its column's name ("Metodologi Penelitian; Media
    Effects and Society: Sangat bergantung pada metode kuantitatif …"), or None when the chunk is no long row."""
    row = long_row(chunk)
    if row is None:
        return None
    names, cells = row
    label = chunk.text[cells[0][0]:cells[0][1]].strip()
    said = [label]
    for k, (a, b) in enumerate(cells):
        piece = chunk.text[max(a, span[0]):min(b, span[1])].strip(" |\n")
        if k and piece:
            said.append(f"{names[k]}: {piece}" if names[k] and names[k] != piece else piece)
    return "; ".join(said)


def _cell_parts(chunk: Chunk, spans: list[tuple[int, int]]) -> list[str]:
    """Each sentence of a long row said with the row's label and its column's name (said_in_row), under the
    chunk's section: a cell's sentence alone does not say which row and column it answers for."""
    return _headed(_section_head(chunk), [said_in_row(chunk, span) or "" for span in spans])


def _cells(row: str) -> list[str]:
    return [c.strip() for c in f" {row} ".split(_CELL)]


def _item_text(span: str) -> str:
    return "\n".join(line for line in span.split("\n") if line.strip() and not is_citation_line(line))
