"""The .docx reader: the package's XML read directly with lxml (python-docx exposes neither list numbers nor footnotes).

Word keeps what a reader sees in a few parts: word/document.xml (paragraphs, tables, runs, fields),
word/styles.xml (which paragraphs are headings), word/numbering.xml (what a list item's marker shows) and
word/footnotes.xml / endnotes.xml. Reference managers (Mendeley, Zotero, EndNote) store their data as field
instructions between fldChar begin and separate; only the field's result (the visible citation) is text here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from lxml import etree

from ..errors import CorpusError
from . import structure
from .model import CitationField, Document, DocumentBuilder
from .decode import property_title, symbol_char, title_from_name
from .html import superscript

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
BIB_NS = "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"  # Word's own sources (customXml)
DC_NS = "http://purl.org/dc/elements/1.1/"
EXTENDED_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
OFFICE_DOCUMENT = "/officeDocument"

# A real .docx is a few MB unpacked; these limits only stop zip bombs.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed size of one part; Word's XML compresses about 5-30x
MAX_CODE_PARAGRAPHS = 3  # a field code still open after this many paragraphs is taken as never closed
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: an old .doc, or an encrypted .docx

# No DTD, no entities, no network, no huge text nodes: a DOCX part is plain XML.
_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False,
                          remove_comments=True, remove_pis=True)
Element = etree._Element

_HEADING_STYLE = re.compile(r"^(?:heading|judul)\s*([1-9])$", re.I)
_TITLE_STYLES = {"title", "judul"}
_QUOTE_STYLES = {"quote", "intense quote", "block text", "kutipan", "kutipan intens"}
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def read(raw: bytes, rel: str) -> Document:
    """A .docx file's bytes -> Document; CorpusError saying what to do when it cannot be read."""
    package = _Package.open(raw, rel)
    reader = _read_trusting(package)
    title = property_title(_core_title(package), reader.first_heading) or reader.first_heading or \
        title_from_name(Path(rel))
    document = reader.builder.build(rel, title, hashlib.sha256(raw).hexdigest(), "docx", pages=_page_count(package),
                                    warnings=tuple(package.warnings))
    document = structure.headings_as_items(structure.pasted_lines(structure.place_section_names(
        document, reader.builder.placed)))
    document = replace(document, fields=tuple(reader.cited))
    if not document.blocks:
        raise CorpusError(f"{rel}: DOCX ini tidak berisi teks (mungkin hanya gambar hasil pindaian); jalankan OCR "
                          "lalu simpan sebagai PDF berlapisan teks atau .docx berisi teks.")
    return document


HEADING_SHARE = 0.8  # more of the paragraphs than this read as headings: the file's heading levels are wrong
PROSE_HEADING_CHARS = 100  # ... when headings this long, ending a sentence, are among them
TRUST_OUTLINE, TRUST_NAMED, TRUST_NONE = 2, 1, 0  # what gives a paragraph a heading level (see _Reader.trust)
TAB_STOP = 720  # twips: Word's default tab stops, half an inch apart


def _read_trusting(package: "_Package") -> "_Reader":
    """The body read with its heading levels as the file gives them (style names and outline levels); when
    nearly every paragraph then reads as a heading (a writer that put an outline level on the Normal style), that
    is the file's mistake, not a document of headings: read again trusting only styles named "Heading n", then
    no style at all (bold short lines still make headings), and say so in the build report."""
    warnings = list(package.warnings)
    for trust in (TRUST_OUTLINE, TRUST_NAMED, TRUST_NONE):
        package.warnings[:] = warnings
        reader = _Reader(package, trust)
        reader.read_body()
        if not reader.nearly_all_headings():
            break
    if trust != TRUST_OUTLINE:
        package.warnings.append("hampir semua paragraf bertanda judul (gaya atau tingkat kerangka yang salah); judul "
                                "dibaca dari " + ("gaya bernama Heading saja." if trust == TRUST_NAMED else
                                                  "baris tebal pendek saja."))
    return reader


# ---------------------------------------------------------------------------------------------- the zip package

@dataclass
class _Package:
    """The zip, opened with limits: a part is read only after its declared and real sizes are checked."""

    zf: zipfile.ZipFile
    rel: str
    main: str  # the main document part, normally word/document.xml
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, raw: bytes, rel: str) -> "_Package":
        if raw.startswith(OLE_MAGIC):
            raise CorpusError(f"{rel}: {_ole_reason(raw)}")
        try:
            zf = zipfile.ZipFile(io.BytesIO(raw))
            infos = zf.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise CorpusError(f"{rel}: berkas DOCX rusak (arsip zip-nya tidak utuh, mungkin terpotong saat diunduh "
                              "atau disalin); unduh ulang, atau buka di Word lalu simpan ulang sebagai .docx.") from None
        check_zip_sizes(infos, rel)
        package = cls(zf, rel, "word/document.xml")
        package.main = package._main_part()
        if package.main not in zf.namelist():
            raise CorpusError(f"{rel}: arsip zip ini bukan dokumen Word (tidak ada word/document.xml); simpan ulang "
                              "dari Word sebagai .docx, atau beri akhiran yang sesuai isinya.")
        if any(n.lower().endswith("vbaproject.bin") for n in zf.namelist()):
            # Word itself will not open a .docx carrying macros (that is a .docm); telusur never runs them either.
            raise CorpusError(f"{rel}: DOCX ini berisi makro (sebenarnya .docm); buka di Word lalu simpan ulang sebagai "
                              "Dokumen Word (.docx) tanpa makro.")
        return package

    def part(self, name: str) -> Element | None:
        """A part's XML root, or None when the package has no such part."""
        try:
            info = self.zf.getinfo(name)
        except KeyError:
            return None
        try:
            with self.zf.open(info) as f:
                data = f.read(info.file_size + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
            raise CorpusError(f"{self.rel}: bagian {name} dalam DOCX rusak atau terkunci; buka di Word lalu simpan "
                              "ulang sebagai .docx.") from None
        return _parse_xml(data, name, self.rel)

    def rels(self, source: str) -> dict[str, str]:
        """Relationship type suffix (e.g. "/footnotes") -> target part name, for one source part ("" = package)."""
        src = PurePosixPath(source)
        rels_name = str(src.parent / "_rels" / f"{src.name}.rels") if source else "_rels/.rels"
        root = self.part(rels_name)
        out: dict[str, str] = {}
        for r in root.iter(f"{{{REL_NS}}}Relationship") if root is not None else ():
            if r.get("TargetMode") == "External":
                continue
            target = r.get("Target", "")
            base = PurePosixPath("/") if target.startswith("/") else PurePosixPath("/") / src.parent
            kind = "/" + r.get("Type", "").rsplit("/", 1)[-1]
            out.setdefault(kind, _normalise(base / target.lstrip("/")))
        return out

    def _main_part(self) -> str:
        return self.rels("").get(OFFICE_DOCUMENT, "word/document.xml")


def _normalise(path: PurePosixPath) -> str:
    parts: list[str] = []
    for p in path.parts[1:]:
        if p == "..":
            parts = parts[:-1]
        elif p not in (".", ""):
            parts.append(p)
    return "/".join(parts)


def check_zip_sizes(infos: list[zipfile.ZipInfo], rel: str) -> None:
    total = sum(i.file_size for i in infos)
    worst = max((i.file_size / max(i.compress_size, 1) for i in infos if i.file_size > 1024 * 1024), default=0)
    if total > MAX_UNPACKED_BYTES or worst > MAX_RATIO:
        raise CorpusError(f"{rel}: isi DOCX ini mengembang menjadi {total / 1024 / 1024:.0f} MB saat dibuka "
                          f"(rasio pemampatan {worst:.0f}x), ciri bom zip; buka di Word dan simpan ulang sebagai "
                          ".docx, atau salin teksnya ke berkas .txt.")


def _ole_reason(raw: bytes) -> str:
    if "EncryptionInfo".encode("utf-16-le") in raw:
        return ("DOCX ini dilindungi kata sandi (terenkripsi); buka di Word, hapus kata sandinya "
                "(File > Info > Protect Document), lalu simpan ulang sebagai .docx.")
    return ("ini dokumen Word lama (.doc) meski berakhiran .docx; buka di Word atau LibreOffice lalu simpan ulang "
            "sebagai .docx.")


def _parse_xml(data: bytes, name: str, rel: str) -> Element:
    # Word never writes a DTD; refusing one rules out entity expansion (billion laughs) and external entities.
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise CorpusError(f"{rel}: bagian {name} memuat DTD/entitas XML yang tidak pernah ditulis Word; "
                          "berkas ini tidak dibaca demi keamanan. Simpan ulang dari Word sebagai .docx.")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        line = f" (baris {exc.lineno})" if getattr(exc, "lineno", None) else ""
        raise CorpusError(f"{rel}: isi {name}{line} dalam DOCX rusak; buka di Word (ia menawarkan perbaikan) lalu "
                          "simpan ulang sebagai .docx.") from None
    if root.tag.startswith(f"{{{STRICT_W_NS}}}"):
        _to_transitional(root)
    return root


def _to_transitional(root: Element) -> None:
    """Strict OOXML (a "Strict Open XML" save) uses another namespace for the same elements."""
    strict = f"{{{STRICT_W_NS}}}"
    for el in root.iter(etree.Element):
        if el.tag.startswith(strict):
            el.tag = f"{{{W_NS}}}" + el.tag[len(strict):]
        for key in [k for k in el.attrib if k.startswith(strict)]:
            el.attrib[f"{{{W_NS}}}" + key[len(strict):]] = el.attrib.pop(key)


def _core_title(package: _Package) -> str | None:
    root = package.part("docProps/core.xml")
    node = root.find(f"{{{DC_NS}}}title") if root is not None else None
    title = " ".join((node.text or "").split()) if node is not None else ""
    return title or None


def _page_count(package: _Package) -> int | None:
    # Word's own count when it last saved (docProps/app.xml): an estimate, since the pages depend on the printer and
    # fonts; a DOCX has no fixed pages, so blocks never get page locations.
    root = package.part("docProps/app.xml")
    if root is None:
        return None
    for el in root:
        if el.tag == f"{{{EXTENDED_NS}}}Pages" and (el.text or "").strip().isdigit():
            return int(el.text.strip()) or None
    return None


# ---------------------------------------------------------------------------------------------- styles, numbering

def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _val(el: Element | None, attr: str = "val") -> str | None:
    return None if el is None else el.get(w(attr))


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    outline: int | None  # 0-based outline level from the style
    num_id: str | None
    ilvl: int | None
    bold: bool | None  # the style's own w:b, None when it does not say
    indent: int | None  # where the first line starts (twips), None when the style sets no indent


class _Styles:
    """Paragraph styles by id; localised Word writes ids like "Judul1" but keeps the built-in name "heading 1"."""

    def __init__(self, root: Element | None):
        self.styles: dict[str, _Style] = {}
        self.default: str | None = None
        self.bold_characters: set[str] = set()  # character styles that make a run bold ("Strong")
        self.list_styles: dict[str, str | None] = {}  # numbering styles ("1 / 1.1 / 1.1.1" saved as a style): id -> numId
        for s in root.iter(w("style")) if root is not None else ():
            sid = s.get(w("styleId"), "")
            rpr = s.find(w("rPr"))
            bold = None if rpr is None or rpr.find(w("b")) is None else _on(rpr.find(w("b")))
            kind = s.get(w("type"), "paragraph")
            if kind == "character" and bold:
                self.bold_characters.add(sid)
            ppr = s.find(w("pPr"))
            num = ppr.find(w("numPr")) if ppr is not None else None
            if kind == "numbering" and num is not None:
                self.list_styles[sid] = _val(num.find(w("numId")))
            if kind != "paragraph":
                continue
            ilvl = _val(num.find(w("ilvl"))) if num is not None else None
            self.styles[sid] = _Style(
                (_val(s.find(w("name"))) or sid).strip().lower(), _val(s.find(w("basedOn"))),
                _int(_val(ppr.find(w("outlineLvl")))) if ppr is not None else None,
                _val(num.find(w("numId"))) if num is not None else None, _int(ilvl), bold, _first_line(ppr))
            if s.get(w("default")) in ("1", "true"):
                self.default = sid

    def chain(self, sid: str | None):
        """The style and the styles it is based on, nearest first."""
        seen = set()
        sid = sid or self.default
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            yield sid, self.styles[sid]
            sid = self.styles[sid].based_on

    def name(self, sid: str | None) -> str:
        style = self.styles.get(sid or self.default or "")
        return style.name if style else (sid or "").lower()

    def heading_level(self, sid: str | None, outline: bool = True) -> int | None:
        """From the style's name ("heading 2", or an alias of it: "Heading 2,LV 2"), else its outline level."""
        for this, style in self.chain(sid):
            m = next(filter(None, (_HEADING_STYLE.match(n.strip()) for n in (*style.name.split(","), this))), None)
            if m:
                return int(m.group(1))
            if style.name in _TITLE_STYLES:
                return 1
            if outline and style.outline is not None:
                return style.outline + 1 if style.outline < 9 else None
        return None

    def bold(self, sid: str | None) -> bool:
        return next((style.bold for _, style in self.chain(sid) if style.bold is not None), False)

    def indent(self, ppr: Element | None, sid: str | None) -> int:
        """Where a paragraph's first line starts (twips): its own indent, else its style's."""
        own = _first_line(ppr)
        return own if own is not None else next(
            (style.indent for _, style in self.chain(sid) if style.indent is not None), 0)

    def numbering(self, sid: str | None) -> tuple[str | None, int | None]:
        for _, style in self.chain(sid):
            if style.num_id is not None:
                return style.num_id, style.ilvl
        return None, None


@dataclass
class _Level:
    fmt: str
    text: str
    start: int
    restart: bool = True  # restarts after a higher level's item (lvlRestart="0" turns it off)
    legal: bool = False  # isLgl: every number shown as decimal
    pstyle: str | None = None
    indent: int | None = None  # where the level's marker stands (twips), None when the level sets no indent


class _Numbering:
    """List markers as Word shows them: counters per abstract definition, continued across lists that share it,
    restarted by a start override."""

    def __init__(self, root: Element | None):
        self.abstract: dict[str, Element] = {}
        self.style_link: dict[str, str] = {}  # abstract id -> numbering style it takes its levels from
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()
        self._levels: dict[str, dict[int, _Level]] = {}
        for a in root.iter(w("abstractNum")) if root is not None else ():
            aid = a.get(w("abstractNumId"), "")
            self.abstract[aid] = a
            link = _val(a.find(w("numStyleLink")))
            if link:
                self.style_link[aid] = link
        for n in root.iter(w("num")) if root is not None else ():
            starts, levels = {}, {}
            for o in n.findall(w("lvlOverride")):
                ilvl = _int(o.get(w("ilvl"))) or 0
                if (start := _int(_val(o.find(w("startOverride"))))) is not None:
                    starts[ilvl] = start
                if (lv := o.find(w("lvl"))) is not None:
                    levels[ilvl] = _level(lv)
            self.nums[n.get(w("numId"), "")] = (_val(n.find(w("abstractNumId"))) or "", starts, levels)

    def resolve(self, num_id: str, styles: _Styles) -> str | None:
        """The abstract definition of a list, following a numbering-style link (numStyleLink) once."""
        if num_id not in self.nums:
            return None
        aid = self.nums[num_id][0]
        if aid in self.style_link:
            linked = styles.list_styles.get(self.style_link[aid])  # OOXML: numStyleLink names a numbering style
            if linked in self.nums and self.nums[linked][0] not in self.style_link:
                aid = self.nums[linked][0]
        return aid if aid in self.abstract else None

    def levels(self, aid: str) -> dict[int, _Level]:
        """An abstract definition's levels, read when a list first uses it (Word writes dozens never used)."""
        if aid not in self._levels:
            self._levels[aid] = {_int(lv.get(w("ilvl"))) or 0: _level(lv) for lv in self.abstract[aid].findall(w("lvl"))}
        return self._levels[aid]

    def level_for_style(self, aid: str, sid: str | None) -> int | None:
        return next((i for i, lv in self.levels(aid).items() if sid and lv.pstyle == sid), None)

    def marker(self, num_id: str, ilvl: int, aid: str) -> str:
        """Count one item at ilvl and return its marker ("1.", "a)", "2.1.3", "•"; "" for an unnumbered level)."""
        _, starts, override_levels = self.nums[num_id]
        levels = {**self.levels(aid), **override_levels}
        level = levels.get(ilvl)
        if level is None:
            return ""
        counts = self.counters.setdefault(aid, [None] * 10)
        if num_id not in self.started:
            self.started.add(num_id)
            for i, start in starts.items():
                if 0 <= i < 10:
                    counts[i] = start - 1  # restart this list at its override
        counts[ilvl] = (counts[ilvl] if counts[ilvl] is not None else level.start - 1) + 1
        for deeper in range(ilvl + 1, 10):
            if levels.get(deeper) is None or levels[deeper].restart:
                counts[deeper] = None
        return _render(level, levels, counts)

    def indent(self, num_id: str, ilvl: int, aid: str) -> int | None:
        """Where a level's marker stands (twips), as the list's definition sets it."""
        level = {**self.levels(aid), **self.nums[num_id][2]}.get(ilvl)
        return level.indent if level is not None else None


def _first_line(ppr: Element | None) -> int | None:
    """Where a paragraph's first line (a typed item's marker) starts, in twips: the left indent, less a hanging
    indent or plus a first-line one; None without w:ind."""
    ind = ppr.find(w("ind")) if ppr is not None else None
    if ind is None:
        return None
    left = _int(_val(ind, "left")) or _int(_val(ind, "start")) or 0
    return left - (_int(_val(ind, "hanging")) or 0) + (_int(_val(ind, "firstLine")) or 0)


def _level(lv: Element) -> _Level:
    return _Level(_val(lv.find(w("numFmt"))) or "decimal", _val(lv.find(w("lvlText"))) or "",
                  _int(_val(lv.find(w("start")))) if lv.find(w("start")) is not None else 1,
                  _val(lv.find(w("lvlRestart"))) != "0", lv.find(w("isLgl")) is not None,
                  _val(lv.find(w("pStyle"))), _first_line(lv.find(w("pPr"))))


def _render(level: _Level, levels: dict[int, _Level], counts: list[int | None]) -> str:
    if level.fmt == "bullet":
        return "•"  # Symbol/Wingdings private-use glyphs and "o" all read as a bullet
    if level.fmt == "none":
        return ""

    def number(m: re.Match) -> str:
        i = int(m.group(1)) - 1
        lv = levels.get(i)
        if lv is None:
            return ""
        n = counts[i] if counts[i] is not None else lv.start
        return _format_number(n, "decimal" if level.legal else lv.fmt)

    return re.sub(r"%([1-9])", number, level.text).strip()


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)  # decimal, and the rare formats (ordinal, cardinalText, ...) read as numbers


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += digits
            n -= value
    return out


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------- the body

class _W:
    """Tags read for every run, spelled once."""

    rPr, vanish, fldChar, fldCharType, t, type, id = (w(t) for t in ("rPr", "vanish", "fldChar", "fldCharType", "t",
                                                                    "type", "id"))
    vertAlign, instrText = w("vertAlign"), w("instrText")
    chars = {w("tab"): " ", w("ptab"): " ", w("noBreakHyphen"): "-"}  # w:softHyphen shows nothing
    breaks = {w("br"), w("cr")}
    sym, font, char = w("sym"), w("font"), w("char")
    rFonts, ascii, hAnsi = w("rFonts"), w("ascii"), w("hAnsi")
    notes = {w("footnoteReference"): "footnote", w("endnoteReference"): "endnote"}
    alternate = f"{{{MC_NS}}}AlternateContent"
    graphics = {w("drawing"), w("pict"), alternate}


# Containers whose children are read as if they were in the paragraph itself.
_INLINE_CONTAINERS = {w(t) for t in ("hyperlink", "smartTag", "ins", "moveTo", "fldSimple", "sdtContent",
                                     "customXml", "bdo", "dir")}
_BLOCK_CONTAINERS = {w(t) for t in ("sdtContent", "customXml", "ins", "moveTo")}


class _Reader:
    def __init__(self, package: _Package, trust: int = TRUST_OUTLINE):
        rels = package.rels(package.main)  # the parts the main document names, normally word/styles.xml etc.
        self.package = package
        self.trust = trust  # TRUST_OUTLINE: heading styles and outline levels; TRUST_NAMED: "Heading n" styles only
        self.styles = _Styles(package.part(rels.get("/styles", "word/styles.xml")))
        self.numbering = _Numbering(package.part(rels.get("/numbering", "word/numbering.xml")))
        self.note_parts = {kind: _notes(package.part(rels[f"/{kind}s"])) if f"/{kind}s" in rels else {}
                           for kind in ("footnote", "endnote")}
        self.builder = DocumentBuilder()
        self.first_heading: str | None = None
        self.fields: list[str] = []  # open fields: "instr" until their separator, then "result"
        self.codes: list[list] = []  # ... each open field's code and data, where its result begins: [parts, out,
        # index, data]
        self.cited: list[CitationField] = []  # reference managers' citation fields, in reading order
        self.sources = _word_sources(package)  # Word's own bibliography: a CITATION field's tag -> its work
        self.open_code = 0  # paragraphs ended inside a field code
        self.notes: list[tuple[str, str, str]] = []  # (kind, id, mark) referenced in the block being read
        self.endnotes: list[tuple[str, str]] = []  # (id, mark)
        self.numbered = {"footnote": 0, "endnote": 0}  # notes referenced so far: Word numbers them in text order
        self.in_references = 0  # heading level of an open reference list ("Daftar Pustaka"), 0 if none
        self.level = 0  # level of the last heading given by a style or outline level
        self.page_turn = False  # a page break since the last paragraph with text
        self.opening: list[str] | None = []  # centred bold lines at the very start; None once the body began
        self.typed = structure.IndentLevels(structure.TYPED_LEVEL_STEP)  # the levels of a list typed by hand, by indent
        self.indent = 0  # where the paragraph being read starts (twips)

    def read_body(self) -> None:
        root = self.package.part(self.package.main)
        body = root.find(w("body")) if root is not None else None
        if body is None:
            raise CorpusError(f"{self.package.rel}: word/document.xml tidak berisi badan dokumen; simpan ulang dari "
                              "Word sebagai .docx.")
        self._blocks(body)
        self._close_opening()
        for nid, mark in self.endnotes:
            self._note("endnote", nid, mark)

    def _blocks(self, parent: Element) -> None:
        for el in parent:
            if el.tag == w("p"):
                self._paragraph(el)
            elif el.tag == w("tbl"):
                self._table(el)
            elif _is_container(el):
                self._blocks(el)
            elif el.tag == f"{{{MC_NS}}}AlternateContent":
                self._blocks(_chosen(el))
            self._flush_notes()

    # ------------------------------------------------------------------ paragraphs

    def _paragraph(self, p: Element) -> None:
        text, boxes = self._text(p)
        self._check_fields()
        ppr = p.find(w("pPr"))
        sid = _val(ppr.find(w("pStyle"))) if ppr is not None else None
        style = self.styles.name(sid)
        marker, ilvl, list_indent = self._list_marker(ppr, sid)
        if _only_math(p):
            style = "quote"  # an equation on its own line is a formula block, kept with the "…:" line before it
        bold = _all_bold(p, self.styles.bold(sid), self.styles.bold_characters)
        if (self.opening is not None and bold and not marker and not boxes and _is_title_line(ppr, text)
                and self._heading_level(ppr, sid) is None):
            self.opening.append(text)  # "BAB II" / "LANDASAN TEORI": a chapter title typed centred and bold
            return
        self._close_opening()
        starts, ends = _page_edges(p)
        # where its first line starts: its own indent, else its list level's (Word's numbering), else its style's
        own = _first_line(ppr)
        self.indent = (own if own is not None else list_indent if list_indent is not None else
                       self.styles.indent(ppr, sid)) + TAB_STOP * _leading_tabs(p)
        if not style.startswith("toc "):  # a table of contents repeats the headings with page numbers
            level, placed = self._level(ppr, sid, text, bold and not marker)
            last = self.builder.last
            if (self.page_turn or starts) and last and last[0] == "paragraph" and \
                    not last[1].rstrip().endswith(structure.TERMINAL) and level is None and not marker and \
                    style not in _QUOTE_STYLES and not self.in_references and text[:1].islower() and "\n" not in text:
                self.builder.run_on(text)  # a paragraph cut at a page's end goes on at the next page's top
            else:
                self._add(text, level, style, marker, ilvl, placed)
        self.page_turn = (self.page_turn or starts or ends) if not text.strip() else ends
        for box in boxes:  # text boxes follow the paragraph they are anchored in
            self._blocks(box)

    def _check_fields(self) -> None:
        """A field code runs into the next paragraph only in a damaged file; one never closed would hide the rest of
        the document, so after a few paragraphs what follows is shown and the build report says so."""
        self.open_code = self.open_code + 1 if "instr" in self.fields else 0
        if self.open_code > MAX_CODE_PARAGRAPHS:
            self.fields = ["result"] * len(self.fields)
            self.open_code = 0
            self.package.warnings.append("kode field Word tanpa penutup; beberapa paragraf mungkin tidak terbaca. "
                                         "Buka di Word, perbarui field (Ctrl+A, F9), lalu simpan ulang.")

    def _level(self, ppr: Element | None, sid: str | None, text: str, bold: bool) -> tuple[int | None, bool]:
        """The heading level of a paragraph: its style or outline level; else, under the last such heading, a
        short line in bold only ("Pengertian Strategi") or a reference-list title typed without a style. And
        whether it is placed: a bold line with no number, whose level structure.place_section_names decides."""
        level = self._heading_level(ppr, sid)
        if level is not None:
            self.level = level
        elif "\n" not in text and (structure.is_reference_heading(text)
                                   or bold and structure.title_shaped(text) and not structure.is_caption(text)):
            # a typed skripsi number gives the depth ("2.1 Planning" under "BAB II"), else one below the last style
            numbered = structure.numbered_heading(text)
            return self.level + (numbered or 1), bold and not numbered
        elif bold and structure.chapter_title(text):
            level = self.level + 1  # "BAB II", a line break, "TINJAUAN PUSTAKA": bold and centred by hand
        return level, False

    def _close_opening(self) -> None:
        opening, self.opening = self.opening, None
        if opening:
            self.first_heading = " ".join(opening)
            self.builder.heading(self.first_heading, 1)

    def _add(self, text: str, level: int | None, style: str, marker: str, ilvl: int, placed: bool = False) -> None:
        typed = level is None and not (self.in_references or style == "bibliography" or marker) and \
            style not in _QUOTE_STYLES
        if level is None and marker and not (self.in_references or style == "bibliography"):
            self.typed.numbered(self.indent, ilvl)  # a list typed under a Word-numbered item nests under it
        elif not typed:
            self.typed.end()
        if level is not None and text.strip():
            if structure.is_reference_heading(text):
                self.in_references = level
            elif level <= self.in_references:
                self.in_references = 0
            if self.first_heading is None:
                self.first_heading = " ".join(text.split())
            self.builder.heading(f"{marker} {text}" if marker else text, level, placed=placed)
        elif self.in_references or style == "bibliography":
            self.builder.add("reference", f"{marker} {text}" if marker else text)
        elif marker:
            self.builder.add("item", text, level=ilvl, marker=marker)
        elif style in _QUOTE_STYLES:
            self.builder.add("quote", text)
        else:
            self._plain(text)

    def _plain(self, text: str) -> None:
        """A paragraph without list numbering: its lines (split by line breaks) that start with a marker typed by
        hand ("a. Adanya strategi ...") are items; the other lines stay together as one paragraph, rebuilt where a
        line break only wrapped it (text pasted from a PDF or a mail, a break every ~70 characters)."""
        text = structure.unwrap(text) if "\n" in text else text
        for a, b, marker in structure.typed_items(text):
            if marker:
                self.builder.add("item", structure.LIST_MARKER.sub("", text[a:b], count=1),
                                 level=self.typed.item(self.indent), marker=marker)
            else:
                self.typed.end()
                self.builder.add("paragraph", text[a:b])

    def _heading_level(self, ppr: Element | None, sid: str | None) -> int | None:
        if self.trust == TRUST_NONE:
            return None
        outline = _int(_val(ppr.find(w("outlineLvl")))) if ppr is not None and self.trust == TRUST_OUTLINE else None
        if outline is not None:
            return outline + 1 if outline < 9 else None
        return self.styles.heading_level(sid, outline=self.trust == TRUST_OUTLINE)

    def nearly_all_headings(self) -> bool:
        """Nearly every block a heading, and headings holding prose (long, ending a sentence): levels gone wrong,
        not a document of headings (an outline of short titles is one)."""
        doc = self.builder.build("", "", "", "docx")
        blocks = doc.blocks
        heads = [doc.block_text(b) for b in blocks if b.kind == "heading"]
        prose = sum(1 for h in heads if len(h) > PROSE_HEADING_CHARS and h.endswith(structure.TERMINAL))
        return len(blocks) >= 5 and len(heads) > HEADING_SHARE * len(blocks) and prose >= max(2, len(heads) // 5)

    def _list_marker(self, ppr: Element | None, sid: str | None) -> tuple[str, int, int | None]:
        """The marker Word shows before this paragraph, its list level and where the level's marker stands (twips,
        None when the list sets no indent); ("", 0, None) when it is no list item."""
        num = ppr.find(w("numPr")) if ppr is not None else None
        num_id = _val(num.find(w("numId"))) if num is not None else None
        ilvl = _int(_val(num.find(w("ilvl")))) if num is not None else None
        style_num, style_ilvl = self.styles.numbering(sid)
        num_id = num_id if num_id is not None else style_num
        if not num_id or num_id == "0":
            return "", 0, None
        aid = self.numbering.resolve(num_id, self.styles)
        if aid is None:
            return "", 0, None
        if ilvl is None:
            ilvl = style_ilvl if style_ilvl is not None else (self.numbering.level_for_style(aid, sid) or 0)
        ilvl = max(0, min(ilvl, 9))
        return self.numbering.marker(num_id, ilvl, aid), ilvl, self.numbering.indent(num_id, ilvl, aid)

    def _text(self, p: Element, fields: list[str] | None = None) -> tuple[str, list[Element]]:
        """A paragraph's visible text (field results, not field codes) and the text boxes anchored in it."""
        out: list[str] = []
        boxes: list[Element] = []
        self._inline(p, out, boxes, self.fields if fields is None else fields)
        lines = [_SPACES.sub(" ", line).strip() for line in "".join(out).split("\n")]
        return "\n".join(line for line in lines if line), boxes

    def _inline(self, parent: Element, out: list[str], boxes: list[Element], fields: list[str]) -> None:
        for el in parent:
            if el.tag == w("r"):
                self._run(el, out, boxes, fields)
            elif el.tag in _INLINE_CONTAINERS or el.tag == w("sdt") and not _placeholder(el):
                self._inline(el, out, boxes, fields)
            elif el.tag == f"{{{MC_NS}}}AlternateContent":
                self._inline(_chosen(el), out, boxes, fields)
            elif el.tag in _MATH and "instr" not in fields:
                out.append(f" {_math(el)} ")
            # w:del, w:moveFrom (tracked deletions), w:pPr, w:sdtPr (a content control's tag) are not text

    def _run(self, r: Element, out: list[str], boxes: list[Element], fields: list[str]) -> None:
        rpr = r.find(_W.rPr)
        hidden = rpr is not None and _on(rpr.find(_W.vanish))
        raised = rpr is not None and _val(rpr.find(_W.vertAlign)) == "superscript"
        for el in r:
            tag = el.tag
            if tag == _W.fldChar:
                if fields is self.fields:
                    self._citation_field(el.get(_W.fldCharType), out, el.findtext(w("fldData")))
                _field_char(fields, el.get(_W.fldCharType))
            elif tag == _W.instrText and fields is self.fields and self.codes and fields and fields[-1] == "instr":
                self.codes[-1][0].append(el.text or "")
            elif hidden or "instr" in fields:  # hidden text, and field codes (ADDIN CSL_CITATION {...}, TOC \o ...)
                continue
            elif tag == _W.t:  # a number set raised by hand ("internasional¹", "m²") is not glued to the word
                text = el.text or ""
                text = _symbol_glyphs(text, rpr) if _SYMBOL_GLYPH.search(text) else text
                out.append(superscript(text) if raised else text)
            elif tag in _W.chars:
                out.append(_W.chars[tag])
            elif tag in _W.breaks:
                out.append(" " if el.get(_W.type) in ("page", "column") else "\n")
            elif tag == _W.sym:
                out.append(_symbol(el))
            elif tag in _W.notes:  # the reference as Word shows it, the note opening with the same mark
                kind = _W.notes[tag]
                self.numbered[kind] += 1
                mark = _note_mark(kind, self.numbered[kind])
                self.notes.append((kind, el.get(_W.id, ""), mark))
                out.append(mark)
            elif tag in _W.graphics:
                boxes.extend(_text_boxes(_chosen(el) if tag == _W.alternate else el))

    def _citation_field(self, kind: str | None, out: list[str], data: str | None = None) -> None:
        """Keeps a reference manager's citation field: its code (EndNote's data may sit base64 in w:fldData), and its
        result once it ends in the paragraph where it began (a citation; a bibliography field runs over paragraphs
        and is read as text only)."""
        if kind == "begin":
            self.codes.append([[], None, 0, data])
        elif kind == "separate" and self.codes:
            self.codes[-1][1:3] = [out, len(out)]
        elif kind == "end" and self.codes:
            parts, shown_in, at, data = self.codes.pop()
            code = "".join(parts) + (f" {_field_data(data)}" if data else "")  # EndNote's data after its code
            works = field_works(code, self.sources) if shown_in is out else ()
            if works:
                shown, before = ("".join(out[at:]).split(), "".join(out[:at]).split()[-6:])
                self.cited.append(CitationField(" ".join(shown), works, " ".join(before)))

    # ------------------------------------------------------------------ tables and notes

    def _table(self, tbl: Element) -> None:
        rows = [(self._row(tr), _is_header(tr)) for tr in tbl.findall(w("tr"))]
        ordered = [text for text, head in rows if head] + [text for text, head in rows if not head]
        self.builder.add("table", "\n".join(t for t in ordered if t.strip(" |")))

    def _row(self, tr: Element) -> str:
        cells = []
        for tc in _cells(tr):
            parts = []
            for block in _cell_blocks(tc):
                if block.tag == w("tbl"):  # a table inside a cell: its rows joined into the cell
                    parts += [self._row(inner) for inner in block.findall(w("tr"))]
                    continue
                text, _ = self._text(block)
                ppr = block.find(w("pPr"))
                marker, *_ = self._list_marker(ppr, _val(ppr.find(w("pStyle"))) if ppr is not None else None)
                parts.append(f"{marker} {text}" if marker and text else text)
            cells.append(" ".join(" ".join(parts).split()))
        return " | ".join(cells)

    def _flush_notes(self) -> None:
        notes, self.notes = self.notes, []
        for kind, nid, mark in notes:
            if kind == "endnote":
                self.endnotes.append((nid, mark))  # endnotes stand at the end of the document, where Word prints them
            else:
                self._note(kind, nid, mark)

    def _note(self, kind: str, nid: str, mark: str) -> None:
        note = self.note_parts[kind].get(nid)
        if note is None:
            return
        texts = [self._text(p, fields=[])[0] for p in note.iter(w("p"))]
        text = " ".join(t for t in texts if t)
        if text:
            self.builder.add("footnote", f"{mark} {text}")


def _leading_tabs(p: Element) -> int:
    """The tabs typed before a paragraph's first text (a list nested by hand: "<tab>-<tab>item"); a run's tabs, not
    the paragraph's tab stops (w:pPr/w:tabs/w:tab)."""
    tabs = 0
    for el in (el for r in p.iter(w("r")) for el in r):
        if el.tag == w("tab"):
            tabs += 1
        elif el.tag == w("sym") or el.tag == w("t") and (el.text or "").strip():
            break
    return tabs


def _page_edges(p: Element) -> tuple[bool, bool]:
    """Whether the paragraph opens a page (page break before it, a page break or Word's last rendered page break
    before its first text) and whether it closes one (a page break after its last text)."""
    ppr = p.find(w("pPr"))
    starts = ppr is not None and _on(ppr.find(w("pageBreakBefore")))
    ends, text = False, False
    for el in p.iter(w("t"), w("br"), w("lastRenderedPageBreak")):
        if el.tag == w("t"):
            if (el.text or "").strip():
                text, ends = True, False
        elif el.tag == w("lastRenderedPageBreak") or el.get(_W.type) == "page":
            starts, ends = starts or not text, text
    return starts, ends


def _note_mark(kind: str, n: int) -> str:
    """A note reference as Word numbers it by default: footnotes 1, 2, 3 raised ("hukum.¹"), endnotes i, ii, iii
    (written "[ii]", as a lettered Markdown note)."""
    if kind == "footnote":
        return superscript(str(n))
    roman = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                           (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            roman, n = roman + letters, n - value
    return f"[{roman}]"


_MATH = {f"{{{M_NS}}}oMath", f"{{{M_NS}}}oMathPara"}
_M = {name: f"{{{M_NS}}}{name}" for name in ("t", "f", "num", "den", "sSup", "sSub", "sSubSup", "sPre", "e", "sup",
                                             "sub", "rad", "deg", "d", "dPr", "begChr", "endChr", "sepChr", "nary",
                                             "naryPr", "chr")}


def _math(el: Element) -> str:
    """An equation (OMML) as one line: "NPM = (Laba bersih) / (Penjualan) × 100%", x^2, x_i, √(x), ∑ x."""
    tag = el.tag

    def part(name: str) -> str:
        child = el.find(_M[name])
        return _math(child) if child is not None else ""

    if tag == _M["t"]:
        return el.text or ""
    if tag == _M["f"]:
        return f"{_grouped(part('num'))} / {_grouped(part('den'))}"
    if tag in (_M["sSup"], _M["sSub"], _M["sSubSup"], _M["sPre"]):
        sub, sup = part("sub"), part("sup")
        return part("e") + (f"_{_grouped(sub)}" if sub else "") + (f"^{_grouped(sup)}" if sup else "")
    if tag == _M["rad"]:
        return f"√({part('e')})"
    if tag == _M["d"]:
        pr = el.find(_M["dPr"])
        beg, end, sep = (_math_val(pr, name, default) for name, default in
                         (("begChr", "("), ("endChr", ")"), ("sepChr", "|")))
        return beg + sep.join(_math(e) for e in el.findall(_M["e"])) + end
    if tag == _M["nary"]:
        symbol = _math_val(el.find(_M["naryPr"]), "chr", "∫")
        sub, sup = part("sub"), part("sup")
        return symbol + (f"_{_grouped(sub)}" if sub else "") + (f"^{_grouped(sup)}" if sup else "") + " " + part("e")
    return "".join(_math(child) for child in el)  # properties (m:rPr, m:dPr ...) hold no m:t: they add nothing


def _math_val(pr: Element | None, name: str, default: str) -> str:
    node = pr.find(_M[name]) if pr is not None else None
    return node.get(f"{{{M_NS}}}val", default) if node is not None else default


def _grouped(text: str) -> str:
    text = " ".join(text.split())
    return text if re.fullmatch(r"[\w.,%]+", text) else f"({text})"


def _only_math(p: Element | None) -> bool:
    """A paragraph holding an equation and no words of its own: a formula block."""
    if p is None or next(p.iter(*_MATH), None) is None:
        return False
    return not any((t.text or "").strip() for t in p.iter(_W.t))


def _is_title_line(ppr: Element | None, text: str) -> bool:
    """A short centred line without end punctuation."""
    centred = ppr is not None and _val(ppr.find(w("jc"))) == "center"
    return centred and bool(text) and "\n" not in text and structure.is_short_heading(text)


def _all_bold(p: Element, paragraph_bold: bool, bold_styles: set[str]) -> bool:
    """Every run with visible characters is bold (by its own w:b, a bold character style, or the paragraph style)."""
    runs = [r for r in p.iter(w("r")) if any((t.text or "").strip() for t in r.iter(w("t")))]
    return bool(runs) and all(_run_bold(r, paragraph_bold, bold_styles) for r in runs)


def _run_bold(r: Element, paragraph_bold: bool, bold_styles: set[str]) -> bool:
    rpr = r.find(w("rPr"))
    if rpr is None:
        return paragraph_bold
    if rpr.find(w("b")) is not None:
        return _on(rpr.find(w("b")))
    return _val(rpr.find(w("rStyle"))) in bold_styles or paragraph_bold


def _symbol(sym: Element) -> str:
    """The character of a w:sym (Insert > Symbol): itself for a Unicode font, a symbol font's code as symbol_char
    reads it (a glyph it does not know stays private use, which the reading boundary leaves out with a warning)."""
    try:
        code = int(sym.get(_W.char, ""), 16)
    except ValueError:
        return ""
    font = sym.get(_W.font, "")
    if code <= 0xFF and "symbol" in font.lower():
        code |= 0xF000
    return symbol_char(code, font) if 0xF000 <= code <= 0xF0FF else chr(code) if code <= 0x10FFFF else ""


_SYMBOL_GLYPH = re.compile("[\uf020-\uf0ff]")


def _symbol_glyphs(text: str, rpr: Element | None) -> str:
    """A run's text typed in a symbol font (Symbol, Wingdings: U+F000 plus the font's code) as symbol_char reads it."""
    fonts = rpr.find(_W.rFonts) if rpr is not None else None
    font = "" if fonts is None else fonts.get(_W.ascii) or fonts.get(_W.hAnsi) or ""
    return _SYMBOL_GLYPH.sub(lambda m: symbol_char(ord(m.group()), font), text)


def _is_container(el: Element) -> bool:
    """Block-level wrappers read through: content controls (unless still a prompt), custom XML, tracked insertions."""
    return el.tag in _BLOCK_CONTAINERS or el.tag == w("sdt") and not _placeholder(el)


def _placeholder(sdt: Element) -> bool:
    """A content control still showing its prompt ("Klik di sini untuk memasukkan teks."), not the author's text."""
    pr = sdt.find(w("sdtPr"))
    return pr is not None and _on(pr.find(w("showingPlcHdr")))


_CSL_CODE = re.compile(r"\s*ADDIN\s+(?:ZOTERO_ITEM\s+)?CSL_CITATION\s*(?=\{)")  # Mendeley's, Zotero's
_CSL_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def csl_works(code: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The works a citation field's CSL data names: (authors' names, year); () for any other field or data that
    cannot be read. Whether the citation shown hides an author is read from what it shows (citations.fields), not
    from a "suppress-author" flag: a year typed over the field's result hides it with no flag."""
    m = _CSL_CODE.match(code)
    if not m:
        return ()
    try:
        data, _ = json.JSONDecoder().raw_decode(code, m.end())
    except ValueError:
        return ()
    items = data.get("citationItems") if isinstance(data, dict) else None
    works = []
    for item in items if isinstance(items, list) else ():
        work = item.get("itemData") if isinstance(item, dict) else None
        if not isinstance(work, dict):
            continue
        people = work.get("author") or work.get("editor") or ()
        names = tuple(n.strip() for n in (_csl_name(p) for p in people if isinstance(p, dict)) if n and n.strip())
        year = _CSL_YEAR.search(json.dumps(work.get("issued"))) if work.get("issued") else None
        if names and year:
            works.append((names, year.group()))
    return tuple(works)


def field_works(code: str, sources: dict | None = None) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The works a citation field names, whichever wrote it: Mendeley's or Zotero's CSL data, EndNote's
    ("ADDIN EN.CITE <EndNote><Cite>..."), or Word's own ("CITATION Sant15 \\l 1057 \\n", its sources in sources)."""
    return csl_works(code) or _endnote_works(code) or _word_citation_works(code, sources or {})


_ENDNOTE_CODE = re.compile(r"\s*ADDIN\s+EN\.CITE\b")
_ENDNOTE_CITE = re.compile(r"<Cite\b[^>]*>(?P<body>.*?)</Cite>", re.S)


def _endnote_works(code: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """EndNote's citation data: each <Cite> with its first <Author> and <Year>."""
    if not _ENDNOTE_CODE.match(code):
        return ()
    works = []
    for cite in _ENDNOTE_CITE.finditer(code):
        author = re.search(r"<Author>([^<]+)</Author>", cite.group("body"))
        year = _CSL_YEAR.search(re.search(r"<Year>([^<]*)</Year>", cite.group("body")).group(1)) \
            if "<Year>" in cite.group("body") else None
        if author and year:
            works.append(((author.group(1).strip(),), year.group()))
    return tuple(works)


_WORD_CITATION = re.compile(r"\s*CITATION\s+(?P<tag>[^\s\\]+)(?P<rest>.*)", re.S)


def _word_citation_works(code: str, sources: dict) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Word's own citation field ("CITATION Sant15 \\l 1057 \\m Wija19 \\n"): each tag's source."""
    m = _WORD_CITATION.match(code)
    if not m:
        return ()
    tags = [m.group("tag")] + re.findall(r"\\m\s+([^\s\\]+)", m.group("rest"))
    return tuple(sources[t] for t in tags if t in sources)


def _field_data(data: str) -> str:
    """A field's w:fldData (EndNote keeps its citation data there, base64), as text; "" when it is not."""
    try:
        raw = base64.b64decode("".join(data.split()), validate=True)
    except (binascii.Error, ValueError):
        return ""
    for encoding in ("utf-8", "utf-16"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return ""


def _word_sources(package: "_Package") -> dict[str, tuple[tuple[str, ...], str]]:
    """Word's own bibliography (References > Insert Citation), kept in a customXml part whose root is b:Sources: each
    source's tag -> its authors' last names (or the corporate author) and its year."""
    def b(tag: str) -> str:
        return f"{{{BIB_NS}}}{tag}"

    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for name in package.zf.namelist():
        low = name.lower()
        if not (low.startswith("customxml/item") and low.endswith(".xml") and "props" not in low):
            continue
        try:
            root = package.part(name)
        except CorpusError:
            continue  # a broken side part: the citations read from the text alone
        if root is None or root.tag != b("Sources"):
            continue
        for source in root.iter(b("Source")):
            author = source.find(f"{b('Author')}/{b('Author')}")
            corporate = author.findtext(b("Corporate")) if author is not None else None
            people = [p.findtext(b("Last")) for p in author.iter(b("Person"))] if author is not None else []
            names = tuple(n.strip() for n in ([corporate] if corporate else people) if n and n.strip())
            year = _CSL_YEAR.search(source.findtext(b("Year")) or "")
            tag = (source.findtext(b("Tag")) or "").strip()
            if tag and names and year:
                out[tag] = (names, year.group())
    return out


def _csl_name(person: dict) -> str | None:
    name = person.get("literal") or person.get("family")
    return name if isinstance(name, str) else None


def _field_char(fields: list[str], kind: str | None) -> None:
    if kind == "begin":
        fields.append("instr")
    elif kind == "separate" and fields:
        fields[-1] = "result"
    elif kind == "end" and fields:
        fields.pop()


def _on(el: Element | None) -> bool:
    return el is not None and _val(el) not in ("0", "false", "off")


def _chosen(alternate: Element) -> Element:
    """The first mc:Choice of an mc:AlternateContent (its Fallback repeats the same content for old readers)."""
    for tag in (f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"):
        if (chosen := alternate.find(tag)) is not None:
            return chosen
    return etree.Element("none")


def _text_boxes(el: Element) -> list[Element]:
    """The outermost w:txbxContent elements under a drawing."""
    found = []
    for child in el:
        if child.tag == w("txbxContent"):
            found.append(child)
        elif child.tag == f"{{{MC_NS}}}Fallback":
            continue
        else:
            found += _text_boxes(child)
    return found


def _notes(root: Element | None) -> dict[str, Element]:
    """Footnotes or endnotes by id, without Word's separator notes."""
    if root is None:
        return {}
    return {n.get(w("id"), ""): n for n in root if n.tag in (w("footnote"), w("endnote"))
            and n.get(w("type"), "normal") == "normal"}


def _is_header(tr: Element) -> bool:
    trpr = tr.find(w("trPr"))
    return trpr is not None and _on(trpr.find(w("tblHeader")))


def _cells(tr: Element):
    for el in tr:
        if el.tag == w("tc"):
            yield el
        elif _is_container(el):
            yield from _cells(el)


def _cell_blocks(tc: Element):
    for el in tc:
        if el.tag in (w("p"), w("tbl")):
            yield el
        elif _is_container(el):
            yield from _cell_blocks(el)
