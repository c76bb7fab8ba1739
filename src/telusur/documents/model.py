"""The document model every reader produces: a text made of blocks, each with its place in the document."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..lazy_pattern import LazyPattern

BLOCK_KINDS = ("heading", "paragraph", "item", "quote", "table", "footnote", "reference")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# Emoji a heading is decorated with ("🔍 Operasi Perbandingan", "Rangkuman ✨", "1️⃣ Pengenalan"): no words of its
# section's name, which the section path, the citation's place and the answer's heading show
_PICTOGRAPHS = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0E\uFE0F\u200D\u20E3]+")


def without_pictographs(text: str) -> str:
    """The text without the emoji decorating it, its own spacing kept ("🌱 Menanam" is "Menanam")."""
    return _PICTOGRAPHS.sub("", text).strip()


def section_name(heading: str) -> str:
    """A heading's words as its section's name: emoji decorating it are none ("🔍 Operasi Perbandingan"); a heading
    of emoji alone is named as written."""
    return " ".join(_PICTOGRAPHS.sub(" ", heading).split()) or " ".join(heading.split())


@dataclass(frozen=True)
class Location:
    """Where a block stands: the headings above it, and its pages in a paged format (PDF).

    first_page/last_page count the file's pages (1-based); first_printed/last_printed are the numbers those pages
    print (PDF page labels or the number in the header/footer), None where the document prints none we trust."""

    section: tuple[str, ...] = ()
    first_page: int | None = None  # 1-based; None for formats without pages
    last_page: int | None = None
    first_printed: str | None = None
    last_printed: str | None = None

    @property
    def page_label(self) -> str | None:
        """"12", "12-13", "II-4–II-5", or None: the passage's own pages as printed on them (never the cited work's
        pages); pages numbered with a hyphen of their own are joined by a dash."""
        if self.first_printed is None:
            return self.pdf_page_label
        last = self.last_printed or self.first_printed
        joint = "–" if "-" in self.first_printed + last else "-"
        return self.first_printed if last == self.first_printed else f"{self.first_printed}{joint}{last}"

    @property
    def pdf_page_label(self) -> str | None:
        """"4", "4-5", or None: the same pages counted in the file (what a PDF viewer's page box takes)."""
        if self.first_page is None:
            return None
        last = self.last_page or self.first_page
        return str(self.first_page) if last == self.first_page else f"{self.first_page}-{last}"

    @classmethod
    def spanning(cls, section: tuple[str, ...], locations: list["Location"]) -> "Location":
        """One location over several blocks: from the first one's first page to the last one's last page."""
        paged = [loc for loc in locations if loc.first_page is not None]
        if not paged:
            return cls(section)
        first = min(paged, key=lambda loc: loc.first_page)
        last = max(paged, key=lambda loc: loc.last_page or loc.first_page)
        return cls(section, first.first_page, last.last_page or last.first_page, first.first_printed,
                   last.last_printed or last.first_printed)

    def to_dict(self) -> dict:
        d = {"section": list(self.section), "first_page": self.first_page, "last_page": self.last_page}
        if self.first_printed is not None:
            d.update(first_printed=self.first_printed, last_printed=self.last_printed)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Location":
        return cls(tuple(d.get("section") or ()), d.get("first_page"), d.get("last_page"), d.get("first_printed"),
                   d.get("last_printed"))


@dataclass(frozen=True)
class Block:
    kind: str  # one of BLOCK_KINDS
    start: int  # offsets of the block's display text in Document.text
    end: int
    location: Location
    level: int = 0  # heading level (1 = top), or list nesting level (0 = top)
    marker: str = ""  # a list item's marker as shown ("1.", "a)", "•")

    def to_dict(self) -> dict:
        return {"kind": self.kind, "start": self.start, "end": self.end, "location": self.location.to_dict(),
                "level": self.level, "marker": self.marker}

    @classmethod
    def from_dict(cls, d: dict) -> "Block":
        return cls(d["kind"], d["start"], d["end"], Location.from_dict(d["location"]), d.get("level", 0),
                   d.get("marker", ""))


# A year a work is dated with, as a text writes it: 1500-2099 (its first two digits YEAR_CENTURY), in YEAR with the
# letter that tells one author's works of a year apart ("2010a"). Every rule reading a year reads it so.
YEAR_CENTURY = r"(?:1[5-9]|20)"
YEAR_DIGITS = rf"{YEAR_CENTURY}\d\d"
YEAR = rf"{YEAR_DIGITS}[a-z]?"
# A month's name as a date writes it, Indonesian (with the older spellings "Pebruari", "Nopember") or English
# (the words lower case; MONTH_WORDS both), in MONTH any case; MONTH_SHORT its short forms ("Okt", "Sept"). Every rule
# reading a date or a month's name reads them so: a citation's date, a reference entry's, a word no author is named
# with (citations.names.NOT_NAMES), a sentence writing a time (query.kinds.TIME).
INDONESIAN_MONTHS = ("januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
                     "september", "oktober", "november", "nopember", "desember")
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december")
MONTH_WORDS = tuple(dict.fromkeys(INDONESIAN_MONTHS + ENGLISH_MONTHS))
MONTH = rf"(?i:{'|'.join(MONTH_WORDS)})"
MONTH_SHORT = r"(?i:jan|feb|mar|apr|jun|jul|agu|aug|sep|sept|okt|oct|nov|des|dec)"
# A person's academic titles written before the name, each with its stop ("Prof. Dr. Mulyasa", "Drs. Slameto", "Ir.
# Soekarno"): no part of the name. Each rule reading them adds the pilgrim's "H.", "Hj.", "KH." as it can ("H." may be
# an initial), and the other abbreviations of address where all it asks is a stop that ends no sentence.
HONORIFICS = "Prof|Dr|Drs|Dra|Ir"
# A doctor's title written with its field ("Dr. Eng.", "Dr.Eng.", "Dr.-Ing.", "Dr. rer. nat."): one title, its field's
# word no part of the name ("(Dr. Eng. Yeri Sutopo dkk., t.t.)"); citations.names reads it before HONORIFICS
DOCTOR_OF = r"Dr\.?[ \t-]?(?:Eng|Ing|techn|rer\.\s?nat|rer\.\s?pol)"
# A degree after a name known by its field, a bachelor's, a master's or a doctor's ("S.Pd.", "M.Kom", "D.Ag"), or run
# together ("MPd", "SE"): citations.references._DEGREE reads them in an entry's names, citations.names.ACADEMIC (with
# its other words) in a citation's, structure._DEGREE (with degrees by their shape) in a byline
DEGREE_FIELDS = "Pd|Si|Sos|Kom|Kes|Kep|Ag|Hum|Psi|Farm|Ak|Sn|Ds|Ikom|IP|E|M|H|T"
DEGREES_RUN_TOGETHER = "MM|MBA|MPd|MSi|SE|SH|MH"
# The first word of a body's name, Indonesian or English: "Kementerian Kesehatan", "Otoritas Jasa Keuangan",
# "Department of Health", and a profession's association: "Ikatan Dokter Anak Indonesia", "Persatuan Ahli Gizi
# Indonesia", a hospital or health centre: "RSUD Dr. Moewardi", "Puskesmas Kedungmundu", and a foundation: "Yayasan
# Kanker Indonesia". The name after it is the body's whatever its words mean ("kesehatan", "anak" are words too).
BODY_HEADS = frozenset("kementerian kementrian departemen badan dinas lembaga direktorat pusat komisi otoritas "
                       "ikatan persatuan perhimpunan asosiasi rsud rsup rsu rs puskesmas yayasan ministry department "
                       "mahkamah pengadilan".split())  # a court: "Mahkamah Agung (2019)", "Pengadilan Negeri Medan"
# ... and a government's, by its region: "Pemerintah Kabupaten Sleman", "Pemkot Surabaya", "Pemda DIY" (citations.names
# reads these, with more words, as an organisation's name; the .bib reader keeps such a name whole as a body's)
GOVERNMENT_HEADS = frozenset("pemerintah pemkot pemkab pemprov pemda".split())
# The words a law's, a regulation's, a decree's or a court decision's name opens with: a reference list's law entry
# (citations.references) and a law's line after a whole entry in a hard-wrapped list (structure.unwrap); an official's
# numbered letter is listed so too ("Surat Direktur Mutu Pelayanan Kesehatan Nomor YM.02.01/.../2023 hal ...")
LAW_OPENING = (r"(?:Undang-Undang|UU|UUD|Peraturan|Keputusan|Instruksi|Putusan|Penetapan|Ketetapan|"
               r"Surat\s+(?:Edaran|Keputusan|Direktur|Dirjen|Direktorat|Deputi|Menteri|Sekretaris|Kepala|Gubernur|"
               r"Bupati|Wali\s?kota|Rektor|Dekan|Ketua)|Kitab\s+Undang-Undang|Perppu|Perpu|Perpres|Keppres|Inpres|"
               r"Permen\w*|Kepmen\w*|Perda|PP|Qanun)\b")

# The digits a note's mark is written in ("hukum¹²"), and the tables raising digits to them and lowering them back
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
RAISED = str.maketrans("0123456789", SUPERSCRIPTS)
LOWERED = str.maketrans(SUPERSCRIPTS, "0123456789")
# A note reference as the readers write it in running text: superscript digits ("hukum¹²", never after a digit:
# "10²" is a power) or a Markdown label with a letter in brackets ("[^a]" -> "[a]"; "[12]" is a numbered citation).
_NOTE_MARK = LazyPattern(rf"(?<![\d{SUPERSCRIPTS}])[{SUPERSCRIPTS}]+|\[(?!\d+\])[^\[\]\s]{{1,20}}\]")
# ... and a number in brackets too, where the document's notes are typed by hand so ("[4] Bruce Schneier, ...")
_TYPED_NOTE_MARK = LazyPattern(rf"(?<![\d{SUPERSCRIPTS}])[{SUPERSCRIPTS}]+|\[[^\[\]\s]{{1,20}}\]")
# A note's own number opening its block: "¹ Soekanto, …", "[a] …", or plain "12 …" as a PDF page foot prints it.
NOTE_LABEL = LazyPattern(rf"^(?:[{SUPERSCRIPTS}]+|\[[^\[\]\s]{{1,20}}\]|\d{{1,3}}(?!\d))(?=\s|$)")
# A note referring back to the one before it ("Ibid.", "Ibidem", "Idem") or to the author's work cited last ("Op. cit.",
# "Loc. cit."); the readers and the citation rules each add their own shorter forms ("Ib.", "Id.")
IBID = r"ibid(?:em)?|idem"
OP_CIT = r"(?:op|loc)\.?\s*cit"
# A chapter's number alone on its line, its title on the next: "BAB II" / "LANDASAN TEORI"
CHAPTER_ALONE = LazyPattern(r"^\s*(?:BAB|Bab)\s+(?:[IVXLC]{1,5}|\d{1,2})\s*$")
# A chapter's lettered section: "A. Pendidikan …", "A.PENGERTIAN …" (no chapter's title: it opens a section under it)
LETTER_TITLE = LazyPattern(r"^\s*([A-Z]\.)\s*(?=[A-Z])")


def without_note_mark(line: str) -> str:
    """A line without the note's mark after its last word or stop ("kerajaan baru.¹" -> "kerajaan baru.")."""
    return line.rstrip().rstrip(SUPERSCRIPTS)


def note_label(text: str) -> str | None:
    """The number or label a footnote block opens with, as the note is numbered ("12", "a"), or None."""
    m = NOTE_LABEL.match(text)
    return m.group().translate(LOWERED).strip("[]") if m else None


@dataclass(frozen=True)
class NoteReference:
    """A note reference in running text and the footnote block it refers to."""

    start: int  # offsets of the mark in Document.text
    end: int
    note: int  # index of the footnote block in Document.blocks


@dataclass(frozen=True)
class CitationField:
    """A reference manager's citation field (Mendeley, Zotero) as Word shows it and as its data names the works it
    cites: each work its authors' names as the data gives them, and its year."""

    shown: str
    works: tuple[tuple[tuple[str, ...], str], ...]
    before: str = ""  # the words of its paragraph just before it (where it stands: "(2019)" may stand twice)


@dataclass(frozen=True)
class Document:
    path: str  # relative to the corpus folder, with forward slashes
    title: str
    text: str  # display text: the blocks' texts joined by newlines, markup removed
    sha256: str  # of the file's bytes
    blocks: tuple[Block, ...] = ()
    format: str = "txt"  # txt | md | pdf | docx | html
    pages: int | None = None  # page count of a paged format
    warnings: tuple[str, ...] = ()  # Indonesian, for the build report (e.g. a page without a text layer)
    fields: tuple[CitationField, ...] = ()  # a DOCX's citation fields, in reading order

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]

    def note_references(self) -> list[NoteReference]:
        """Every note reference outside the notes with the footnote block of its label. On pages, notes are numbered
        per page or per chapter: the notes of that label on the block's pages, the k-th reference of a label in the
        block taking the k-th of them. Without pages: the first such note after it (notes stand at the document's
        end), else the last before it; but when a label has several notes and the text as many references of it,
        each its own (notes numbered again from 1 on each page, all set at the end), the k-th takes the k-th."""
        notes: dict[str, list[int]] = {}
        typed = set()  # the labels of notes numbered in brackets ("[4] ..."): typed by hand, marked "[4]" in the text
        for i, b in enumerate(self.blocks):
            label = note_label(self.block_text(b)) if b.kind == "footnote" else None
            if label:
                notes.setdefault(label, []).append(i)
                if label.isdigit() and self.text.startswith("[", b.start):
                    typed.add(label)
        if not notes:
            return []
        mark = _TYPED_NOTE_MARK if typed else _NOTE_MARK
        marks = [(b, m, m.group().translate(LOWERED).strip("[]")) for b in self.blocks
                 if b.kind not in ("footnote", "reference") for m in mark.finditer(self.text, b.start, b.end)]
        marks = [(b, m, label) for b, m, label in marks if not label.isdigit() or m.group()[0] != "[" or label in typed]
        counts = Counter(label for _, _, label in marks)
        out, nth = [], Counter()
        seen: dict[str, int] = {}  # references of each label so far in this block
        for j, (b, m, label) in enumerate(marks):
            if j == 0 or marks[j - 1][0] is not b:
                seen = {}
            candidates = notes.get(label, [])
            if not candidates:
                continue
            on_pages = [i for i in candidates if b.location.first_page is not None
                        and b.location.first_page <= (self.blocks[i].location.first_page or 0)
                        <= (b.location.last_page or b.location.first_page)]
            after = [i for i in candidates if self.blocks[i].start > m.start()]
            k = seen[label] = seen.get(label, -1) + 1
            if on_pages:
                note = on_pages[min(k, len(on_pages) - 1)]
            elif len(candidates) > 1 and counts[label] == len(candidates):
                note = candidates[nth[label]]
            else:
                note = after[0] if after else candidates[-1]
            nth[label] += 1
            out.append(NoteReference(m.start(), m.end(), note))
        return out

    def to_dict(self) -> dict:
        return {"path": self.path, "title": self.title, "text": self.text, "sha256": self.sha256,
                "blocks": [b.to_dict() for b in self.blocks], "format": self.format, "pages": self.pages,
                "warnings": list(self.warnings)}

    @classmethod
    def from_dict(cls, d: dict) -> "Document":
        return cls(d["path"], d["title"], d["text"], d["sha256"], tuple(Block.from_dict(b) for b in d.get("blocks", ())),
                   d.get("format", "txt"), d.get("pages"), tuple(d.get("warnings", ())))


@dataclass
class DocumentBuilder:
    """Readers add blocks in reading order; offsets, the section path and the joined text are kept here."""

    _parts: list[str] = field(default_factory=list)
    _blocks: list[Block] = field(default_factory=list)
    _pos: int = 0
    _section: list[tuple[int, str]] = field(default_factory=list)  # (level, heading text)
    # the headings placed one level under the nearest heading for want of a level of their own (a bold line), by
    # block index: structure.place_section_names decides their level once the document is read
    placed: set[int] = field(default_factory=set)

    @property
    def section(self) -> tuple[str, ...]:
        return tuple(text for _, text in self._section)

    def heading(self, text: str, level: int = 1, first_page: int | None = None, last_page: int | None = None,
                placed: bool = False) -> Block | None:
        """A heading: it closes the sections at its level or below, then opens its own. placed: the reader gave it
        the level under the nearest heading, having none of its own (a bold line acting as a heading)."""
        text = section_name(text)
        if not text:
            return None
        if self._titles_chapter(text, level, placed):
            self.run_on(text)  # "BAB II" over its title as two headings ("**BAB II**" / "**Landasan Teori**"): one
            self._section[-1] = (self._section[-1][0], self._parts[-1])
            return self._blocks[-1]
        self._section = [(lv, t) for lv, t in self._section if lv < level]
        block = self.add("heading", text, level=level, first_page=first_page, last_page=last_page)
        self._section.append((level, text))
        if placed:
            self.placed.add(len(self._blocks) - 1)
        return block

    def _titles_chapter(self, text: str, level: int, placed: bool) -> bool:
        """The heading right under a chapter's number set as a heading of its own, at its level (or a bold line): the
        chapter's title, unless it is a number of its own ("BAB III", "2.1 …") or a lettered section's ("A. Latar
        Belakang": the chapter's first section, its title left unwritten)."""
        last = self._blocks[-1] if self._blocks else None
        return last is not None and last.kind == "heading" and (level == last.level or placed) \
            and CHAPTER_ALONE.match(self._parts[-1]) is not None and not CHAPTER_ALONE.match(text) \
            and not text[:1].isdigit() and not LETTER_TITLE.match(text)

    @property
    def open_headings(self) -> tuple[tuple[int, str], ...]:
        """The headings over the next block: (level, text), outermost first."""
        return tuple(self._section)

    def add(self, kind: str, text: str, level: int = 0, marker: str = "", first_page: int | None = None,
            last_page: int | None = None) -> Block | None:
        """One block; a list item's text is shown after its marker. Empty text adds nothing."""
        if kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {kind!r}")
        text = "\n".join(line.rstrip() for line in text.strip("\n").split("\n")).strip()
        if not text or kind in ("paragraph", "quote") and not _LETTER_OR_DIGIT.search(text):
            return None  # a paragraph of marks alone (a page's decorative quote mark "“", "* * *") holds no text
        if marker and kind == "item":
            text = f"{marker} {text}"
        if self._parts:
            self._parts.append("\n")
            self._pos += 1
        start = self._pos
        self._parts.append(text)
        self._pos += len(text)
        location = Location(self.section, first_page, last_page if last_page is not None else first_page)
        block = Block(kind, start, self._pos, location, level, marker)
        self._blocks.append(block)
        return block

    @property
    def last(self) -> tuple[str, str] | None:
        """The last block's kind and text, or None."""
        return (self._blocks[-1].kind, self._parts[-1]) if self._blocks else None

    def run_on(self, text: str) -> None:
        """The last block's text goes on with text after a space (a paragraph cut in two by a page break)."""
        text = " ".join(text.split())
        if not self._blocks or not text:
            return
        self._parts[-1] = f"{self._parts[-1]} {text}"
        self._pos += 1 + len(text)
        self._blocks[-1] = replace(self._blocks[-1], end=self._pos)

    def build(self, path: str, title: str, sha256: str, format: str, pages: int | None = None,
              warnings: tuple[str, ...] = ()) -> Document:
        text = "".join(self._parts) + ("\n" if self._parts else "")
        return Document(path, title, text, sha256, tuple(self._blocks), format, pages, tuple(warnings))
