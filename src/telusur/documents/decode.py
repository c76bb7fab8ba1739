"""Bytes to clean text: encodings, line endings, control characters, blog boilerplate; titles from text or names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from ..errors import CorpusError
from .model import Document

# A news site's label over a link to its other articles: "Baca juga: …", "Artikel terkait: …", "Read also: …"
_ELSEWHERE = r"(?:(?:baca|simak|lihat)\s+juga|(?:artikel|berita)\s+terkait|read\s+also)"
POINTS_ELSEWHERE = re.compile(rf"^{_ELSEWHERE}\b\s*:?", re.I)
# ... and the other article's headline after it on a line of a .txt or .md copy, or its Markdown link: no sentence
# ending in a full stop, no citation, as a lecture's cross-reference has ("Lihat juga: Pasal 2 KUHP (Moeljatno, 2008).")
# (read one way only, each link at its first "[" and a "[" no link follows with the run after it, so that a line of many
# "[" or of nested links is linear: "[[](u)" 22 times took 2 s, each more doubling it, and 20,000 "[" 0.6 s)
_HEADLINE = r"(?:(?>\[[^\]\n]*\]\([^()\s]*\))|\[(?:[^\]()\s]|\s++(?=\S))*+|[^()\s\[]|\s++(?=\S))*+(?<![.\s])"
# An ad slot's label on a news site's page ("ADVERTISEMENT", "IKLAN"): in capitals only, as the slot prints it
_AD_SLOT = r"ADVERTISEMENT|IKLAN"
# Blog export boilerplate: the first names the post, so it also gives the title.
_RESPONSE_LINE = re.compile(r'^\s*\d+\s+(?:Responses?|Comments?|Tanggapan|Komentar)\s+(?:to|untuk)\s+["“](.+?)["”]\s*$', re.I)
_BOILERPLATE_LINES = re.compile(
    r"^\s*(?:Post a Comment|Posting Komentar|Newer Post|Older Post|Posting Lebih Baru|Posting Lama|"
    # a post's labels are a list of its tags, no sentence: "Label: teks yang menerangkan isian …." is a lecture's text
    rf"Subscribe to:.*|Berlangganan:.*|Share this:?|Bagikan:?|Labels?:{_HEADLINE}|{_ELSEWHERE}\s*:{_HEADLINE}|"
    # a news site's page copied as text: its ad slots, its embedded video and the desk's initials
    rf"(?-i:{_AD_SLOT})|scroll to continue with content|scroll untuk melanjutkan(?: membaca)?|"
    r"\[gambas:[^\]]*\]|"
    # a card's or a list's link to more of it, alone on its line: a button's words, no text of the page
    r"(?:(?:(?:baca|lihat)\s+)?selengkapnya|lihat\s+semua|(?:read|see|view)\s+(?:more|all)|continue\s+reading)"
    r"\s*[»›→>…]*|"
    rf"(?:simak|saksikan|tonton)\s+(?:juga\s+)?video\b{_HEADLINE}|"  # its headline; a lecture's sentence is text
    # the desk's initials are small letters, never a small roman numeral: "(ii)", "(Tamat)" alone on a line are text
    r"(?-i:\((?![ivx]+\))(?:[a-z]{2,5}/)*[a-z]{2,5}\)))\s*$",
    re.I,
)
# A table-of-contents line: a dot leader then a page number ("2.1 Landasan Teori ........ 12"); it points at pages
# and answers nothing, in a PDF or in its text copied out
CONTENTS_LINE = re.compile(r"(?:(?:\.\s?){4,}|…{2,}|_{4,})\s*(?:\d{1,4}|[ivxlc]{1,6})$", re.I)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
# A post's counters in its byline ("Oleh Siti | Senin, 11 Maret 2024 | 3 Komentar", "· 5 menit baca"): the page's
# state the day it was saved, not the article's text; each a part of the line between "|", "·" or "•"
_BYLINE_PARTS = re.compile(r"\s+[|·•]\s+")
_BYLINE_HINT = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\b|\bWI[BT]A?\b|\b(?:oleh|by|diposting|ditulis|penulis)\b",
                          re.I)
_COUNTER = re.compile(
    r"^(?:\d[\d.,]*\s*(?:komentar|tanggapan|comments?|views?|shares?|kali\s+dibaca|dibaca|dilihat)"
    r"|(?:dibaca|dilihat|views?:?)\s+\d[\d.,]*(?:\s*kali)?"
    r"|(?:waktu\s+baca:?\s*)?\d+\s*(?:menit|min)\s+(?:baca|membaca|read))$",
    re.I)


def is_boilerplate_line(line: str, ads_talked_of: bool = False) -> bool:
    """A blog's or news site's line that is no part of the article ("Bagikan:", "ADVERTISEMENT", "(nwy/nwy)"); an
    ad slot's label ("IKLAN") is a part's title in a text that writes of advertising (ads_talked_of)."""
    return bool(_BOILERPLATE_LINES.match(line)) and not (ads_talked_of and _AD_LABEL.fullmatch(line))


def ads_talked_of(text: str) -> bool:
    """The text writes the word small ("Iklan adalah pesan …", "biaya iklan"): it is about advertising."""
    return _AD_WORD.search(text) is not None


def without_counters(lines: list[str]) -> list[str]:
    """Lines with a byline's counters left out (_without_counters): a byline stands alone, so a line with a line of
    parts right over or under it is a table's row ("Video A | 12 Maret 2021 | 15.000 views"), and so is one opening
    with a pipe ("| Video A | 2021 | 15.000 views |"): kept whole."""
    parted = [bool(_BYLINE_PARTS.search(line)) for line in lines]
    return [line if not parted[n] or line.lstrip().startswith("|") or n and parted[n - 1]
            or n + 1 < len(lines) and parted[n + 1] else _without_counters(line) for n, line in enumerate(lines)]


def _without_counters(line: str) -> str:
    """A byline without the counters among its parts ("… | 09:15 WIB | 3 Komentar" -> "… | 09:15 WIB"): a line of
    parts, one naming its author or a date. Any other line is unchanged (a table's "YouTube | 1.000 views" row)."""
    parts = _BYLINE_PARTS.split(line.strip())
    kept = [p for p in parts if not _COUNTER.match(p.strip())]
    if len(kept) == len(parts) or not any(_BYLINE_HINT.search(p) for p in kept):
        return line
    return _BYLINE_PARTS.search(line.strip()).group().join(kept)


def decode_bytes(raw: bytes, rel: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252, or a detected encoding; binary is refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise CorpusError(f"{rel}: teks UTF-16 ini terpotong atau rusak; simpan ulang berkas sebagai UTF-8.") from None
    if b"\x00" in raw[:4096]:
        raise CorpusError(f"{rel}: tampaknya berkas biner, bukan teks; hapus dari folder korpus.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Indonesian is written in Latin script: a legacy file is almost always Windows-1252.
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise CorpusError(f"{rel}: penyandian teks tidak dikenali; simpan ulang berkas sebagai UTF-8.")
    return str(best)


def normalize_text(text: str) -> str:
    # U+FE0F asks for an emoji's picture and is no letter: "✔️ Teks" opens with its check, as "✔ Teks" does
    text = unicodedata.normalize("NFC", clean_text(text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufe0f", "")))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


# An ad slot's label, and the word written small (or opening a sentence; never in capitals, which is the label's): a
# text about advertising ("Iklan adalah pesan …", "biaya iklan") titles a part "IKLAN"
_AD_LABEL = re.compile(rf"\s*(?:{_AD_SLOT})\s*")
_AD_WORD = re.compile(r"\b(?:[Ii]klan|advertisement)\b")


def strip_boilerplate(text: str) -> tuple[str, str | None]:
    kept, title = [], None
    ads = ads_talked_of(text)
    for line in text.split("\n"):
        m = _RESPONSE_LINE.match(line)
        if m:
            title = title or m.group(1).strip()
            continue
        if is_boilerplate_line(line, ads) or CONTENTS_LINE.search(line.rstrip()):
            continue
        kept.append(line)
    return "\n".join(without_counters(kept)).strip("\n") + "\n", title


def title_from_text(text: str) -> str | None:
    for line in text.split("\n")[:5]:
        m = _MD_HEADING.match(line)
        if m:
            return m.group(1).strip()
    return None


def title_from_name(path: Path) -> str:
    words = re.split(r"[-_\s]+", path.stem)
    return " ".join(w[:1].upper() + w[1:] for w in words if w)


def property_title(title: str | None, heading: str | None) -> str | None:
    """A file's Title property as its title, unless it holds only the first words of the document's first heading
    (its first line, as a word processor fills the property in: "PENGARUH IKLIM ORGANISASI" over "... TERHADAP
    STRES KERJA"): the heading then."""
    if title and heading and " ".join(heading.split()).casefold().startswith(" ".join(title.split()).casefold() + " "):
        return heading
    return title


# A symbol font's glyphs: a text layer with no Unicode map for them (PDF) or a run set in that font (DOCX) gives each
# as U+F000 plus its code in the font (private use), and Word's w:sym gives the code. Symbol is Adobe's Symbol
# encoding (its asterisk a note's mark, "*"; bracket pieces left out); Wingdings, the bullets and checks Word offers.
_SYMBOL_CODES = dict(zip(range(0x20, 0x7F), " !∀#∃%&∋()*+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾"
                                            "αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼"))
_SYMBOL_CODES |= dict(zip(range(0xA0, 0xE6), "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…|—↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑"))
_SYMBOL_CODES |= {0xF1: "〉", 0xF2: "∫"}
_WINGDINGS_CODES = {0x6C: "●", 0x6E: "■", 0x71: "❑", 0x75: "◆", 0x76: "❖", 0xA7: "▪", 0xD8: "➢", 0xFB: "✗", 0xFC: "✓"}
# Wingdings 2 and 3, the bullets and checks Word's bullet library and templates take from them (Unicode 7's mapping of
# the fonts; a shape Unicode has only outside the Basic Multilingual Plane read as the plain one nearest it)
_WINGDINGS2_CODES = {0x50: "✓", 0x52: "☑", 0x54: "☒", 0x96: "•", 0x97: "•", 0x98: "●", 0x99: "○", 0x9E: "⦿",
                     0x9F: "▪", 0xA0: "▪", 0xA1: "◾", 0xA2: "■", 0xA3: "□", 0xA8: "▣", 0xAD: "⬩", 0xAE: "⬥",
                     0xAF: "◇", 0xB1: "◈", 0xBE: "⯀", 0xBF: "⯁"}
_WINGDINGS3_CODES = {0x70: "▲", 0x71: "▼", 0x72: "△", 0x73: "▽", 0x74: "◀", 0x75: "▶", 0x76: "◁", 0x77: "▷",
                     0x7C: "◄", 0x7D: "►", 0x81: "⯅", 0x82: "⯆", 0x83: "⯇", 0x84: "⯈"}
# Webdings: its triangles, squares, circle and checks (Unicode 7's mapping of the font; its pictures are no bullets)
_WEBDINGS_CODES = {0x33: "⏴", 0x34: "⏵", 0x35: "⏶", 0x36: "⏷", 0x37: "⏪", 0x38: "⏩", 0x3C: "⏹", 0x3D: "⏺",
                   0x61: "✔", 0x63: "□", 0x67: "■", 0x6E: "⚫", 0x72: "✗", 0x98: "✯"}
_DINGBAT_FONTS = {"wingdings": _WINGDINGS_CODES, "wingdings2": _WINGDINGS2_CODES, "wingdings3": _WINGDINGS3_CODES,
                  "webdings": _WEBDINGS_CODES}
# the glyphs that open a bulleted item, in any format: a symbol font's, as read, and Unicode's own
BULLETS = frozenset(c for codes in _DINGBAT_FONTS.values() for c in codes.values()) | frozenset("•●▪■◦○➢►▸‣∙·") \
    | frozenset("✅❌❎✖")  # emoji checks and crosses opening a slide's or a note's lines ("✅ Memuat data …")
SYMBOL_UNKNOWN = ("{count} simbol dari font simbol (mis. Wingdings) tanpa padanan huruf dilewati: "
                  "periksa bagian yang memakainya bila maknanya penting")


def symbol_char(code: int, font: str) -> str:
    """What the glyph of a symbol font at this code (its own, or U+F000 plus it) reads as: the character for
    Symbol's, Wingdings' (1, 2, 3) and Webdings' known codes, else the private-use character, which clean_document
    leaves out."""
    name = font.rsplit("+", 1)[-1].lower().replace(" ", "").replace("-", "")  # "ABCDEF+SymbolMT", "Wingdings-Regular"
    own = code & 0xFF
    known = _SYMBOL_CODES.get(own) if "symbol" in name else _DINGBAT_FONTS.get(name.removesuffix("regular"), {}).get(own)
    return known or chr(0xF000 | own)


# What no reader should pass on: UTF-16 surrogates (a PDF text layer gives math letters as pairs, or half of
# one), control characters, NULs, soft hyphens, zero-width spaces and joiners (a web page's "kerja\u200bsama" is
# one word), a BOM inside the text, U+FFFD and non-characters; and the
# mathematical alphanumerics ("𝑃𝑖") and the Latin ligatures ("deﬁnisi", copied from a PDF), which are letters a
# student types as plain "Pi" and "definisi"; and private-use characters (a symbol font's glyph symbol_char did not
# know: a picture, no letter), left out with a warning.
_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
_DIRTY = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ud800-\udfff\ufeff\ufffd\ufffe\uffff"
                    "\ufb00-\ufb06\U0001d400-\U0001d7ff\ue000-\uf8ff\U000f0000-\U0010ffff]")


def clean_text(text: str) -> str:
    """Text as every reader must hand it on: see _DIRTY. Encodes as UTF-8 whatever came in."""
    return _clean(text)[0] if _DIRTY.search(text) else text


def clean_document(doc: Document) -> Document:
    """The boundary every reader's output passes: the document's text cleaned, block offsets moved with it."""
    sections = {b.location.section for b in doc.blocks}
    dirty = _DIRTY.search(doc.text) or _DIRTY.search(doc.title) or any(_DIRTY.search(s) for sec in sections for s in sec)
    if not dirty:
        return doc
    text, at = _clean(doc.text)
    blocks = tuple(replace(b, start=at[b.start], end=at[b.end],
                           location=replace(b.location, section=tuple(clean_text(s) for s in b.location.section)))
                   for b in doc.blocks)
    warnings = tuple(clean_text(w) for w in doc.warnings)
    unknown = len(_PRIVATE.findall(doc.text))
    warnings += (SYMBOL_UNKNOWN.format(count=unknown),) if unknown else ()
    return replace(doc, text=text, title=clean_text(doc.title), blocks=blocks, warnings=warnings)


def _clean(text: str) -> tuple[str, list[int]]:
    """The cleaned text and, for each position of the old text (and its end), the position in the new one."""
    out: list[str] = []
    at: list[int] = []
    size, i, n = 0, 0, len(text)
    space = None  # (out, at) index of a space followed so far only by characters left out
    line_start, after_picture = True, False
    while i < n:
        clean_to = i if after_picture else (m.start() if (m := _DIRTY.search(text, i)) else n)
        if clean_to > i:  # a run that needs no cleaning is kept whole, not walked a character
            run = text[i:clean_to]  # at a time (~1 s per 400,000 characters); each of its characters stands for itself
            at.extend(range(size, size + len(run)))
            out += [run[:-1], " "] if run[-1] == " " else [run]
            space = (len(out) - 1, len(at) - 1) if run[-1] == " " else None
            size, i, line_start = size + len(run), clean_to, run[-1] == "\n"
            continue
        ch, width = text[i], 1
        if "\ud800" <= ch <= "\udbff" and i + 1 < n and "\udc00" <= text[i + 1] <= "\udfff":
            ch, width = (text[i:i + 2]).encode("utf-16", "surrogatepass").decode("utf-16"), 2
        picture = _PRIVATE.match(ch) is not None  # left out with one space beside it: "sekali. <face>", "<face> Butir"
        new = "" if ch == " " and after_picture and line_start else _replacement(ch)
        if picture and space and text[i + width:i + width + 1] in ("", " ", "\n"):
            out[space[0]] = ""
            size -= 1
            at[space[1]:] = [size] * (len(at) - space[1])
            space = None
        at += [size] * width
        out.append(new)
        size += len(new)
        i += width
        after_picture = picture or after_picture and not new
        if new:
            space = (len(out) - 1, len(at) - width) if new == " " else None
            line_start = new == "\n"
    at.append(size)
    return "".join(out), at


def _replacement(ch: str) -> str:
    if ch in "\n\t":
        return ch
    if "\U0001d400" <= ch <= "\U0001d7ff" or "\ufb00" <= ch <= "\ufb06":
        return unicodedata.normalize("NFKC", ch)
    if ch == "\x00" or "\ud800" <= ch <= "\udfff" or ch in "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffd\ufffe\uffff" or \
            _PRIVATE.match(ch):
        return ""
    if unicodedata.category(ch) == "Cc":
        return " "  # a form feed or a stray control between words still separates them
    return ch
