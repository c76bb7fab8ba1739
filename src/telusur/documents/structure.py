"""The structural rules of a text, written once: list items, headings, lead-ins, citation-only lines and
reference-list headings. Readers use them to make blocks; chunking, answers and examples use them to read blocks."""

from __future__ import annotations

from bisect import bisect_left
import heapq
import re
from collections import Counter, defaultdict, deque
from dataclasses import replace

from ..lazy_pattern import LazyPattern
from .decode import BULLETS
from .model import (CHAPTER_ALONE, DEGREES_RUN_TOGETHER, HONORIFICS, LAW_OPENING, LETTER_TITLE, LOWERED, SUPERSCRIPTS,
                    YEAR, YEAR_DIGITS, Block, Document, DocumentBuilder, Location, section_name, without_note_mark,
                    without_pictographs)

# "1.", "2)", "a.", "b)", "-", "*", "•", "▪", "➢": a list item's marker at the start of a line ("2.1 Pengertian" is a
# section's number, "3.5 juta" a number: no marker).
# "(a)", "(1)", "(iv)": a marker in brackets, always followed by a space (a wrapped "(2), yang …" is none); "(c)"
# before a year is a copyright sign ("(c) 2020 Universitas Terbuka.", "(c) 2020 by …"), unless the year goes on in
# small letters: an item's sentence ("(c) 2019 penduduk berjumlah …", the list's third)
_BRACKETED = rf"\((?:\d{{1,2}}|(?!c\)\s*{YEAR_DIGITS}\b(?![ \t]+(?!by\b)[a-z]))[a-z]|[ivx]{{2,4}})\)"


def _marker_pattern(number_end: str = "", bracket_end: str = "", rules: str = "") -> str:
    """A list marker's alternatives, one piece for a marker opening an item's line and one standing alone: a number
    ("1.", "2)") and what may follow it, a letter ("a.", "b)"), a bracketed marker and what may follow it, a bullet
    (and rules, "-" and "*", that are one only before an item's text, and not framing it: "- Selesai -", "-- Tamat
    --" close a story, no list)."""
    bullets = rf"[{''.join(sorted(BULLETS))}]" + (rf"|[{rules}](?![^\n:]*\s[{rules}]+[ \t]*(?:\n|$))" if rules else "")
    return rf"\d{{1,3}}[.)]{number_end}|[a-zA-Z][.)]|{_BRACKETED}{bracket_end}|{bullets}"


_MARKER = _marker_pattern(r"(?!\d)", r"(?=\s)", "-*")
LIST_ITEM = LazyPattern(rf"^\s*(?:{_MARKER})\s*(?=\S)")
LIST_MARKER = LazyPattern(rf"^\s*({_MARKER})\s*")
MD_HEADING = LazyPattern(r"^\s{0,3}#{1,6}\s+")
TERMINAL = tuple(".!?;:\"”’)")
SHORT_HEADING_CHARS = 60
# A line that is only an author-year citation: "(Toma & Gorman, 1991: 384)." (parsed later by the citations step).
_CITATION_LINE = LazyPattern(rf"^\(\s*[^()\n]*?{YEAR}\b[^()\n]*\)[.;,]?$")
# Headings that open a reference list.
REFERENCE_HEADING = LazyPattern(
    r"^(?:bab\s+(?:[ivxl]+|\d+)\.?\s+)?(?:\d+(?:\.\d+)*\.?\s+|[IVX]+\.\s+)?"  # "BAB VI", "5.", "IV."
    r"(?:daftar\s+pustaka|daftar\s+referensi|daftar\s+rujukan|referensi(?:\s+pustaka)?|"
    r"rujukan|bibliografi|(?:daftar\s+)?kepustakaan|pustaka\s+acuan|literatur|"
    r"sumber(?:\s+bacaan|\s+pustaka|\s+rujukan|\s+referensi)?|references?|reference\s+list|bibliography|"
    r"daftar\s+(?:bacaan|literatur|sumber)|bahan\s+bacaan|"
    r"works\s+cited|literature\s+cited)\s*:?$(?<!^sumber:)(?<!^sumber :)",
    re.I,
)


def list_marker(line: str) -> str:
    """The marker a list line starts with ("1.", "a)", "•"), or ""."""
    m = LIST_MARKER.match(line)
    return m.group(1) if m and LIST_ITEM.match(line) else ""


_CHAPTER = LazyPattern(r"^\s*(?:BAB|Bab)\s+(?:[IVXLC]{1,5}|\d{1,2})\b")
# A section's number: its chapter's, in digits or roman, then its levels ("2.1", "2.1.3", "II.1")
_CHAPTER_NUMBER = r"\d{1,2}|[IVX]{1,4}"
_LEVELS = r"(?:\.\d{1,2})+"
# "2.1 Pengertian", "2.1.3. Bentuk Kerjasama", "II.1 Pengertian" (a chapter numbered in roman, its sections under
# it), "A.1 Pengertian Negara" (under a section lettered "A.")
_SECTION = LazyPattern(rf"^\s*((?:{_CHAPTER_NUMBER}|[A-Z]){_LEVELS})\.?\s+[A-Z]")


_LETTER_TITLE = LETTER_TITLE  # "A. Pendidikan …", "A.PENGERTIAN …": a section's letter


def spaced_letter(line: str) -> str:
    """A lettered section's title with its letter set apart: "A.PENGERTIAN …" -> "A. PENGERTIAN …"."""
    return _LETTER_TITLE.sub(r"\1 ", line.strip(), count=1)


_LETTERED_SECTION = LazyPattern(r"^\s*(?:[IVX]{1,4}|[A-Z])\.\d")  # a section's number that opens like a list's marker


def numbered_heading(line: str) -> int:
    """The level of a line that is a skripsi's numbered heading ("BAB II", "BAB II LANDASAN TEORI" 1, "2.1 Judul"
    2, "2.1.1 Judul" 3; "A.1 Judul" 3, under the chapter's section "A."), or 0: a short line, alone, that ends no
    sentence."""
    line = line.strip()
    if "\n" in line or len(line) > 90 or line.endswith((".", ",", ";", ":", "?", "!")):
        return 0
    if _CHAPTER.match(line):
        return 1
    m = _SECTION.match(line)
    lettered = m is not None and m.group(1)[:1] not in "IVX" and m.group(1)[:1].isalpha()
    return min(m.group(1).count(".") + 1 + lettered, 6) if m else 0


# A heading's number glued to its title, as LibreOffice's web page writes an outline number without the tab after it:
# "BAB IITINJAUAN PUSTAKA", "I.1Pengertian Koperasi", "2.1.Jenis Koperasi", "1.Pendahuluan"; a number of one level
# glued with no stop is a name's own ("3DES dan AES", "10BASE-T", "3GPP"); a lettered section's ("A.1") is typed, no
# outline number, so never glued
_GLUED_CHAPTER = LazyPattern(r"^((?:BAB|Bab)\s+)([IVXLC]{1,7}+|\d{1,2}+)\.?(?=[A-Z])")
_GLUED_SECTION = LazyPattern(rf"^((?:{_CHAPTER_NUMBER}){_LEVELS}\.?|\d{{1,2}}\.)(?=[A-Z](?:[a-z]{{2}}|[A-Z]{{2}}))")
_ROMAN = LazyPattern(r"X{0,3}(?:IX|IV|V?I{0,3})")


def spaced_number(heading: str) -> str:
    """A heading with its number glued to its title set apart ("BAB IITINJAUAN PUSTAKA" -> "BAB II TINJAUAN
    PUSTAKA"). Where a roman numeral's last letter could open the title ("BAB IIIMPLEMENTASI"), the split leaving a
    known word after it wins, else the longest numeral."""
    m = _GLUED_CHAPTER.match(heading)
    if m:
        numeral, rest = m.group(2), heading[m.end():]
        if not numeral.isdigit():
            whole = numeral + rest
            splits = [k for k in range(len(numeral), 0, -1) if _ROMAN.fullmatch(whole[:k])]
            if not splits:
                return heading
            word = re.match(r"[A-Za-z]*", whole[splits[0]:]).group()
            known = [k for k in splits if _dictionary_word(re.match(r"[A-Za-z]*", whole[k:]).group())]
            k = known[0] if known and not _dictionary_word(word) else splits[0]
            numeral, rest = whole[:k], whole[k:]
        return f"{m.group(1)}{numeral} {rest}"
    m = _GLUED_SECTION.match(heading)
    return f"{m.group(1)} {heading[m.end():]}" if m else heading


def _dictionary_word(word: str) -> bool:
    """A word of three letters or more that the Indonesian or the English word list knows."""
    from ..english_vocabulary import is_english_word

    return len(word) > 2 and (known_word(word.lower()) or is_english_word(word.lower()))


# A line break the writer forced inside a paragraph (Markdown's two trailing spaces or backslash, a <br>), set
# while a block's text is gathered and decided by mend_hard_breaks once the text on both sides is known.
HARD_BREAK = "\ue003"
_HARD_BREAK = LazyPattern(r"[ \t]*\ue003[ \t]*(?:\n[ \t]*)?")


def mend_hard_breaks(text: str) -> str:
    """A forced line break cutting a sentence ("… penelitian yang\\" / "berlandaskan …") is a space: the line
    leaves its sentence open (no stop, colon or semicolon, a closing bracket aside) and the next goes on in small
    letters. Other forced breaks (an address, a title over its text, a sentence's end, a line of code over
    another) stay line breaks."""
    if HARD_BREAK not in text:
        return text

    def mend(m: re.Match) -> str:
        line = text[max(0, m.start() - 300):m.start()].rstrip().rsplit("\n", 1)[-1].replace(HARD_BREAK, "")
        after = text[m.end():m.end() + 1]
        # a line of program code ("keluaran = f(x)" / "print(keluaran)") ends no sentence yet goes on in none
        return " " if line.strip() and not _SENTENCE_END.search(line) and after.islower() and not (
            looks_like_code(line) and looks_like_code(text[m.end():].split("\n", 1)[0].replace(HARD_BREAK, ""))) \
            else "\n"

    return _HARD_BREAK.sub(mend, text)


# What may stand before a line's first word without opening a sentence: emphasis marks, an inline formula ("$Q(z)$",
# "$z=1$"; not a shell prompt's "$ ls") and an opening bracket (not an item's label: "(a)", "(iv)")
_BEFORE_FIRST_WORD = LazyPattern(r"^(?:[*_]+|\$[^\s$][^$\n]*\$|\((?!\w{1,3}\))|\s+)+")


def opens_small(line: str) -> bool:
    """The line's first word is in lower case, past emphasis, an inline formula and an opening bracket: the sentence
    of the line above goes on in it ("… sehingga" / "$Q(z)$ tidak tereduksi …", "… usaha" / "(lihat Persamaan 3)
    dan …"), as a line opening on a small letter does."""
    return _BEFORE_FIRST_WORD.sub("", line.strip())[:1].islower()


def is_lead_in(text: str) -> bool:
    """A line that introduces what follows: "…, yaitu:", "Rumusnya sebagai berikut :", "… antara lain:³" (a note's
    mark after the colon)."""
    return without_note_mark(text).rstrip().endswith(":")


def is_citation_line(line: str) -> bool:
    """True for a line that is only a citation, like "(Toma & Gorman, 1991: 384).". """
    return bool(_CITATION_LINE.match(line.strip()))


# A line that is only who wrote and when, over the words it cites: "Stoner (1996)", "George R. Terry (2006: 4)",
# "Menurut Handoko (2012: 8)", "Robbins dan Judge (2008, hlm. 49)", or a title saying so ("Pengertian Motivasi
# menurut Santoso (2019)") (emphasis marks already dropped by the reader).
_NAME = r"[A-Z][\w'’.-]*"
_NAME_YEAR_LINE = LazyPattern(
    rf"^(?:(?:[A-Z][\w-]*(?:\s+[^\W\d_][\w-]*){{0,3}}\s+)?(?i:menurut)\s+)?"  # "Pengertian Motivasi menurut"
    rf"{_NAME}(?:\s+(?:{_NAME}|van|von|de|der|di|bin|binti))*"
    rf"(?:\s*(?:,|&|\bdan\b|\band\b)\s*{_NAME}(?:\s+{_NAME})*)*(?:\s*,?\s*(?:dkk|et\.?\s?al)\.?)?"
    rf"\s*\(\s*{YEAR}(?:\s*[:,]\s*(?:(?:hlm|hal|h|p|pp)\.?\s*)?\d+(?:\s*[-–]\s*\d+)?)?\s*\)$")
NAME_YEAR_CHARS = 80


def is_name_year_line(line: str) -> bool:
    """True for a line naming an author and a year only ("Stoner (1996)", "Menurut Kusrini (2006)"): it heads the
    definition under it, as a line or as a list item."""
    stripped = line.strip().strip("*_")
    if len(stripped) > NAME_YEAR_CHARS:
        return False
    return bool(_NAME_YEAR_LINE.match(stripped))


# The words a numbered caption opens with, a figure's and a table's: the one list of them, read by the PDF reader
# (a number after one is no list item) and by in-text citations (a year on a caption line names its own source)
FIGURE_WORDS = ("Gambar", "Grafik", "Diagram", "Bagan", "Skema", "Figure", "Fig.")
TABLE_WORDS = ("Tabel", "Table")
CAPTION_WORDS = TABLE_WORDS + FIGURE_WORDS


def any_of(words) -> str:
    """A regular expression's alternation of the words, each literal but for the space between two words, which
    matches any run of white space: "Tabel|Table|Fig\\.", "akan\\s+tetapi"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


# A figure's caption ("Gambar II.1 Ilustrasi basis data", "Figure 3: ...") or a source line under a figure or table
# ("Sumber : (Rosa & Shalahuddin, 2016:28)"): a note on what stands above it, never a heading or a passage alone.
_FIGURE_CAPTION = LazyPattern(rf"^(?:{any_of(FIGURE_WORDS)})\s+[\dIVXL]+(?:\s?[.\-]\s?\d+)*\b", re.I)
# ... a source line that cites a work; "Sumber: shopee.co.id" under a catalogue's picture stays where the reader put it
_SOURCE_LINE = LazyPattern(rf"^(?:sumber|source)\s*:.*\b{YEAR}\b", re.I)
FIGURE_NOTE_CHARS = 160


_TABLE_CAPTION = LazyPattern(rf"^(?:{any_of(TABLE_WORDS)})\s+[\dIVXL]+(?:\s?[.\-]\s?\d+)*\b", re.I)


def is_table_caption(line: str) -> bool:
    """A table's numbered caption ("Tabel 2.1 Indikator Motivasi Belajar (Uno, 2011)"): short, one line."""
    stripped = line.strip()
    return "\n" not in stripped and len(stripped) <= FIGURE_NOTE_CHARS and bool(_TABLE_CAPTION.match(stripped))


def is_figure_note(line: str) -> bool:
    """A figure's numbered caption or a "Sumber:" line: short, one line."""
    stripped = line.strip()
    return ("\n" not in stripped and len(stripped) <= FIGURE_NOTE_CHARS
            and bool(_FIGURE_CAPTION.match(stripped) or _SOURCE_LINE.match(stripped)))


def is_caption(line: str) -> bool:
    """A figure's or a table's numbered caption, or a "Sumber:" line (is_figure_note, is_table_caption): a note on
    what stands beside it, never a section's name nor a title."""
    return is_figure_note(line) or is_table_caption(line)


# A picture's source line that names a site, not a work ("Sumber: content.etilize.com", "Sumber:\nwww.ikea.com")
_SITE = r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?:/\S*)?"
# ("Referensi: https://…" under an rST image: the image directive shows no text, its source line stays)
_SITE_SOURCE = LazyPattern(rf"^(?:sumber|source|referensi|reference|kredit|credits?)(?:\s+gambar)?\s*:\s*{_SITE}$", re.I)
_SOURCE_WORD = LazyPattern(r"^(?:sumber|source)\s*:$", re.I)
_SITE_ALONE = LazyPattern(rf"^{_SITE}$")


def is_site_source(text: str, before: str = "") -> bool:
    """A "Sumber:" line naming only the site a picture came from; a site alone is one under a "Sumber:" alone
    (the reader may give the two lines as two blocks)."""
    text = " ".join(text.split())
    return bool(_SITE_SOURCE.match(text) or _SITE_ALONE.match(text) and _SOURCE_WORD.match(before.strip()))


def is_source_word(text: str) -> bool:
    """"Sumber:" alone, its site on the next line."""
    return bool(_SOURCE_WORD.match(text.strip()))


# The headings of a thesis's or report's front matter: what comes before its text, never its title
_FRONT_MATTER_HEADING = LazyPattern(
    r"^(?:daftar\s+(?:isi|tabel|gambar|lampiran|singkatan|istilah)|kata\s+pengantar|abstra[kc]t?|intisari|"
    r"(?:lembar(?:an)?|halaman)\s+(?:judul|pengesahan|persetujuan|pernyataan)|pernyataan\s+keaslian.*|"
    r"motto(?:\s+dan\s+persembahan)?|persembahan|ucapan\s+terima\s*kasih|table\s+of\s+contents|contents|"
    r"preface|foreword|acknowledge?ments?)$", re.I)


def is_front_matter_heading(text: str) -> bool:
    """"DAFTAR ISI", "Kata Pengantar", "ABSTRAK": a heading of the pages before the text itself."""
    return bool(_FRONT_MATTER_HEADING.match(" ".join(text.replace("*", "").split()).strip(" :")))


def is_reference_heading(text: str) -> bool:
    return bool(REFERENCE_HEADING.match(" ".join(text.replace("*", "").split()).strip()))


def is_short_item(line: str) -> bool:
    """A short list line not closed by "." or ";" ("2. Kerjasam Regional"): said together with the text under it."""
    stripped = line.strip()
    return bool(LIST_ITEM.match(stripped)) and len(stripped) <= SHORT_HEADING_CHARS and not stripped.endswith((".", ";"))


def is_short_heading(line: str) -> bool:
    """A short line without end punctuation: reads as a title when prose follows it. Not a line stating an
    equation ("NPM = Laba bersih / Penjualan x 100%", "14 JP x @ 50 menit = 700 menit"): it says something, and no
    title writes one (a formula under "Rumusnya sebagai berikut:" is what that lead-in introduces). Nor an article's
    keywords ("Kata kunci: koperasi, desa"), however bold: they list its terms, and title no part of it."""
    stripped = line.strip()
    return 0 < len(stripped) <= SHORT_HEADING_CHARS and not stripped.endswith(TERMINAL) \
        and not _EQUATION.search(stripped) and not KEYWORDS_LINE.match(stripped)


def title_shaped(line: str) -> bool:
    """A line shaped as a title, when the text sets it apart (alone between blank lines, or all in bold): a short
    one (is_short_heading), a title in capitals however long a thesis's or an article's runs (_capital_title), or
    one in capitals closing on the short name it is known by in brackets ("CAPAIAN PEMBELAJARAN LULUSAN (CPL)", an
    LMS page's label: a bracket of a few words and no year, which ends no sentence); so is one in title case closing
    on a capitalised name ("3. Perawatan Tali Pusat Pada Anak (Perawatan Umbilikus)"), however long the two run."""
    stripped = line.strip()
    if is_short_heading(stripped) or _capital_title(stripped):
        return True
    m = _SPELT_OUT.search(stripped)
    base = stripped[:m.start()].rstrip() if m and len(m.group().split()) <= SHORT_NAME_WORDS else ""
    named = base.upper() == base or _title_case(base) and m.group()[1:2].isupper()
    return named and sum(c.isalpha() for c in base) >= 4 and is_short_heading(base)


# The small words a title written in title case leaves in small letters ("Perawatan Bayi pada Masa Nifas")
_TITLE_SMALL_WORDS = frozenset({"dan", "atau", "di", "ke", "dari", "pada", "untuk", "dengan", "yang", "dalam", "bagi",
                                "oleh", "serta", "tentang", "terhadap", "sebagai", "antara", "of", "and", "the", "in",
                                "for", "to", "on", "a", "an"})


def _title_case(text: str) -> bool:
    """Words in title case: two or more, the first and every one but the small words (_TITLE_SMALL_WORDS)
    capitalised."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return len(words) >= 2 and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


_EQUATION = LazyPattern(r"\w\s*=\s*\S")
SHORT_NAME_WORDS = 3  # a title's closing bracket this short names it ("(CPL)", "(Rencana Pembelajaran)")
# An article's keywords under its abstract: "Kata Kunci : tindak pidana, …", "Keywords: job stress, …" (the English
# label alone: query/ranker.english_share reads a passage opening with it as English, its list having no function words)
_ENGLISH_KEYWORDS = r"key\s*words?"
KEYWORDS_LINE = LazyPattern(rf"^\W*(?i:kata[\s-]+kunci|{_ENGLISH_KEYWORDS})\s*:")
ENGLISH_KEYWORDS_LINE = LazyPattern(rf"^\W*(?i:{_ENGLISH_KEYWORDS})\s*:")


def chapter_title(text: str) -> bool:
    """A chapter's number and its title typed as one paragraph over two or three lines ("BAB II" / "TINJAUAN
    PUSTAKA"): each line short and ending no sentence."""
    lines = [line for line in text.split("\n") if line.strip()]
    return 2 <= len(lines) <= 3 and numbered_heading(lines[0]) == 1 and all(is_short_heading(line) for line in lines)


def line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) for every line of the text, end excluding the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


# Lines that start a structure of their own and never continue the line above: a Markdown heading, quote, table
# row, HTML tag, setext underline or rule, footnote definition.
_RULE = r"[=\-*_](?:\s*[=\-*_]){2,}\s*$"  # a rule typed across the text: "-----", "=====", "* * *"
RULE_LINE = LazyPattern(rf"^\s{{0,3}}{_RULE}")
_OWN_LINE = LazyPattern(rf"^\s{{0,3}}(?:#{{1,6}}\s|>|\||<|{_RULE}|\[\^[^\]]+\]:)")
OWN_LINE = _OWN_LINE  # for the Markdown reader
# A numbered reference ("[3] Embretson, S. E. ..."): starts its own line, while its wrapped lines continue it.
_NUMBERED_REFERENCE = LazyPattern(r"^\s{0,3}\[\d{1,3}\]\s?[A-Z]")
_FENCE = LazyPattern(r"^\s{0,3}(?:```|~~~)")
_EMPHASIS = LazyPattern(r"^\s*[*_]{1,3}[^\s*_]")
# textwrap also breaks after a hyphen between letters ("aktor-|aktor"), never between digits ("652-653")
_FIRST_PIECE = LazyPattern(r"[^\s-]*?(?<=[^\W\d]{2})-(?=[^\W\d]-?[^\W\d])|\S+")
WRAP_MIN, WRAP_MAX = 40, 130
RUN_ON_CHARS = 40  # a line this long without end punctuation, then one in lower case: one sentence
# Words no sentence ends on: a line or a block ending with one goes on in the next ("… teori biogenesis. Menurut" /
# "Harvey dan Pasteur, …", "… oleh Santoso (2019) yaitu" / "> Motivasi merupakan …"); chunking reads them too
OPEN_END_WORDS = ("yaitu", "yakni", "ialah", "adalah", "merupakan", "bahwa", "oleh", "dari", "dengan", "menurut",
                  "sebagai")
_OPEN_END = LazyPattern(rf"\b(?i:{'|'.join(OPEN_END_WORDS)})$")


# A line of program code: a statement opening with a keyword of the languages courses teach ("def sapa(nama):",
# "for i in range(3):", "return x", "import numpy", "#include <stdio.h>", "public static void"), a call or an
# assignment standing alone ("print(x)", "sapa('Umar')", "total = arg1 + arg2;", "x += 1"), a line closing a block
# ("}", "end"), an interpreter's prompt or traceback (">>> sapa()", "Traceback (most recent call last):", '  File
# "<stdin>", line 1'), or a line of a docstring ('"""Teks"""')
_CODE_LINE = LazyPattern(
    r"^(?:(?:def|class|elif|else|try|except|finally|while|with|lambda|return|yield|import|from\s+\S+\s+import|"
    r"print|pass|break|continue|raise|var|let|const|function|public|private|protected|static|void|int|float|double|"
    r"char|bool|boolean|String|System\.out|console\.log|echo|SELECT|INSERT|UPDATE|DELETE|CREATE|#include|#define|"
    r"using\s+namespace|package|fn|func|end)\b.*"
    r"|(?:for|if)\b.*[:{)]\s*$"
    r"|[\w.\[\]'\"]+\s*(?:[-+*/%]?=|==)\s*\S.*"
    r"|[\w.]+\(.*\)\s*[;:{]?"
    r"|[{}()\[\];]+"
    r"|>>>.*|\.\.\.\s.*|Traceback \(most recent call last\):|File \".*\", line \d+.*|\w+Error:.*"
    r"|(?:\"\"\"|\'\'\').*)\s*$")
_CODE_COMMENT = LazyPattern(r"^(?:#(?!#*\s*$)|//|/\*|\*/|--\s)")


def looks_like_code(block: str) -> bool:
    """An indented block that is program code, not a paragraph pasted with an indent: half or more of its lines
    (comments aside) are code lines (_CODE_LINE: statements, calls, assignments, prompts), and none is a sentence of
    prose longer than a code line runs (a line of ten words or more ending with a stop). Such a block keeps its
    lines as written: its "# pemanggilan fungsi" comment is no heading, "print(x)" under a docstring no wrapped
    line going on."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    statements = [line for line in lines if not _CODE_COMMENT.match(line)]
    if not statements:
        return False
    code = sum(1 for line in statements if _CODE_LINE.match(line))
    prose = any(len(line.split()) >= 10 and line.endswith((".", "?", "!")) and not _CODE_LINE.match(line)
                for line in statements)
    return 2 * code >= len(statements) and not prose


# A line of a program's output as R Markdown (knitr) prints it under the code: "##" before each line
_OUTPUT_LINE = LazyPattern(r"##(?:\s|$)")


def program_output(block: str) -> bool:
    """A block whose every line opens with "##" is a program's printed output ("## group 2 3.766 …"), figures a
    reader asks about, not a pasted paragraph of headings."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    return bool(lines) and all(_OUTPUT_LINE.match(line) for line in lines)


_INDENTED = LazyPattern(r"^(?: {4}|\t)")


def indented_code(lines: list[str]) -> set[int]:
    """Positions of the lines of indented blocks that are program code (looks_like_code): a run of lines indented
    four spaces or a tab after a blank line (or the text's start), blank lines inside it included."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        if _INDENTED.match(lines[i]) and lines[i].strip() and (i == 0 or not lines[i - 1].strip()):
            j = i
            while j < len(lines) and (_INDENTED.match(lines[j]) or not lines[j].strip()):
                j += 1
            while j > i and not lines[j - 1].strip():
                j -= 1
            if looks_like_code("\n".join(lines[i:j])):
                found.update(range(i, j))
            i = j
        else:
            i += 1
    return found


def unwrap(text: str) -> str:
    """Paragraphs rebuilt from hard-wrapped lines (a break every ~72 characters, as in text exported from a PDF or
    a mail): a line break inside a paragraph becomes a space, or nothing after a hyphen ("aktor-\naktor"; the
    hyphen too where it broke one word, "kemen-\nterian"). A break
    is inside a paragraph when the text is wrapped at a width and the next line's first word would not have fit
    on the line, or when a long line without end punctuation runs on in lower case. List items, headings, tables,
    quotes, lead-ins ("…berikut:") and short lines keep their own lines."""
    lines = markers_with_items(text.split("\n"))
    code, fenced = set(), False  # fenced code keeps its lines
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            code.add(i)
        elif fenced:
            code.add(i)
    code |= indented_code(lines)  # program code indented as Markdown's code block keeps its lines
    words = None  # the text's own words, read once a hyphen may have broken one
    typeset = _hyphenated(lines)
    if _SPACED_HYPHEN.search(text):  # "masing- masing": as "masing-" / "masing" would read
        words = document_words(text)
        lines = [line if i in code or _OWN_LINE.match(line) else join_wrapped_hyphens(
            line, _SPACED_HYPHEN, words, typeset) for i, line in enumerate(lines)]
    width = wrap_width(lines)
    ragged = width is not None and _ragged(lines, width)
    full_width = width
    if width is not None:  # lines ending short of the width in a sentence that goes on: read against that
        width -= wrap_slack(lines, width)
    single = width is not None and _single_breaks(lines, width)
    whole = width is not None and not _breaks_at_hyphens(lines)
    out = [lines[0]] if lines else []
    balanced = ragged and not typeset  # fmt: lines balanced, no word broken
    announced = False  # out[-1] is a line of a run a lead-in announces, in a text not wrapped at a width
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        after = lines[i + 1] if i + 1 < len(lines) else ""
        above = next((o for o in reversed(out[:-1]) if o.strip()), "")  # blank lines between lead-in and run aside
        announced = width is None and out[-1] == prev and 0 < len(prev.strip()) <= SHORT_HEADING_CHARS and not (
            _OWN_LINE.match(prev) or LIST_ITEM.match(prev)) and (announced or is_lead_in(above))
        if i not in code and i - 1 not in code and width is not None and _quote_runs_on(prev, line, width):
            out[-1] = out[-1].rstrip() + " " + _QUOTE_LINE.match(line).group(2).strip()  # "> … terlalu" / "> ke-…"
        elif announced and not prev.rstrip().endswith("-") and not _OPEN_END.search(prev.rstrip()):
            out.append(line)  # "… maka:" / "bukaan menjadi lebih besar" / "lebih banyak cahaya masuk ke sensor" /
            # "gambar menjadi lebih terang": the author's lines, each one thing the lead-in announces
        elif i not in code and i - 1 not in code and _runs_on(prev, line, after, width, out[-1], single, ragged,
                                                             whole, balanced):
            if prev.endswith("-") and prev[-2:-1].isalpha() and line.lstrip()[:1].isalpha():
                words = words if words is not None else document_words(text)
                broken = hyphen_breaks_word(out[-1][:-1], line.lstrip(), words) or typeset and \
                    hyphen_breaks_word(out[-1][:-1], line.lstrip(), words, True)
                out[-1] = (out[-1][:-1] if broken else out[-1]) + line.lstrip()  # "kemen-" "terian", "aktor-" "aktor"
            elif full_width and _cut_token(prev, line, full_width):
                out[-1] = out[-1].rstrip() + line.lstrip()  # a token longer than the width (a link) cut by the wrapper
            else:
                out[-1] = out[-1] + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


_QUOTE_LINE = LazyPattern(r"^(\s{0,3}(?:>\s?)+)(.*)$")


def _quote_runs_on(prev: str, line: str, width: int) -> bool:
    """A quote's line going on in the next quote line of a hard-wrapped text: both quoted alike ("> "), the first
    full (the next line's first word would not have fitted: the wrapper broke there, as it breaks a paragraph), the
    next no item, heading or empty line. A quote of short lines (a verse, a dialogue) keeps its lines."""
    a, b = _QUOTE_LINE.match(prev), _QUOTE_LINE.match(line)
    if not a or not b or a.group(1).replace(" ", "") != b.group(1).replace(" ", ""):
        return False
    before, text = prev.rstrip(), b.group(2).strip()
    if not text or not a.group(2).strip() or before.endswith("\\") or LIST_ITEM.match(text) or MD_HEADING.match(text):
        return False
    return len(before) + 1 + len(text.split()[0]) > width


# A line a text extractor wrote between a PDF's pages: the page's number framed by rules or brackets ("===== PAGE 3
# =====", "--- Halaman 4 ---", "[Page 5]", "<< hlm. 6 >>"); a page number standing bare is PAGE_NUMBER's
PAGE_MARKER = LazyPattern(r"^\s*(?:[=*#~_-]{2,}|[\[<(]+|[=*#~_-]{2,}\s*[\[<(]+)\s*(?:page|halaman|hal|hlm)\.?\s*\d{1,4}"
                          r"(?:\s*(?:/|dari|of)\s*\d{1,4})?\s*(?:[=*#~_-]{2,}|[\]>)]+|[\]>)]+\s*[=*#~_-]{2,})\s*$", re.I)
PAGE_MARKERS_MIN = 2  # one such line alone may be the text's own; a text split into pages has them page after page


def page_marker_lines(lines: list[str]) -> set[int]:
    """Positions of the page markers a text extractor wrote between a PDF's pages (PAGE_MARKER), where the text holds
    two or more of them."""
    found = {i for i, line in enumerate(lines) if PAGE_MARKER.match(line)}
    return found if len(found) >= PAGE_MARKERS_MIN else set()


_LONE_DASH = LazyPattern(r"^\s*[-‐–]\s*$")
_LONE_CLOSE = LazyPattern(r"^\s*[,.;:!?)\]”’\"]{1,3}\s*$")
_LONE_OPEN = LazyPattern(r"^\s*[(\[“‘]\s*$")
_APART = frozenset({"di", "ke"})  # prepositions and prefixes alike: a break after them may stand between two words
_CLOSING_WORDS = LazyPattern(r"^\S+(?:[ \t]+\S+)?[.!?]['\"”’)]*\s*$")  # "Fromm." closing the line above it
_OPENS_CLOSED = LazyPattern(r"^[,;:)\]”’]\s*\S")  # ": Studi sistematis …" under its term, ", Manusia …" under its label
_LONE_STOP = LazyPattern(r"^\s*[,.;:]\s*$")  # a comma or a stop the extractor set apart from its word
SPAN_MARKS_MIN = 3  # lone hyphens and commas that show a text was extracted one span a line
SPAN_MARKS_LINES = 50  # ... one of them for every 50 lines of text at most (a long text's few lone marks are its own)


def spans_a_line(lines: list[str]) -> bool:
    """The lines are a PDF's text extracted one span a line: lone hyphens, dashes, commas and stops (the extractor's
    marks, never a bracket or a quote, which code and quotations set alone too) standing right after text, three or
    more and one for every SPAN_MARKS_LINES lines of text, with the evidence of a word or a range cut at its hyphen:
    of the lone hyphens between a word or number and a small letter or digit going on, at least one and a third
    make a doubled word or a number range ("ilmu" / "-" / "ilmu", "gerak" / "-" / "gerik", "(540" / "-" / "475").
    A poem's dash between two lines, a list's dash, code's lines (fenced code is not counted) are none of these."""
    marks = joins = cut = text_lines = 0
    fenced = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or not line.strip():
            continue
        text_lines += 1
        before = lines[i - 1].rstrip() if i else ""
        after = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
        if _LONE_DASH.match(line) and before and after:
            marks += 1
            if before[-1:].isalnum() and (after[:1].islower() or after[:1].isdigit()):
                joins += 1
                a = re.search(r"\w+$", before).group().lower()
                b = re.match(r"\w+", after).group().lower()
                cut += a.isdigit() and b.isdigit() or len(a) > 1 and len(b) > 1 and (a in b or b in a
                                                                                  or a[:3] == b[:3])
        elif _LONE_STOP.match(line) and before[-1:].isalnum():
            marks += 1
    return (marks >= SPAN_MARKS_MIN and marks * SPAN_MARKS_LINES >= text_lines and cut >= 1
            and 3 * cut >= joins)


def span_breaks_joined(text: str) -> str:
    """Text extracted from a PDF one span a line (a viewer or a library writes each run of text as it was set, so a
    hyphen, a comma or a list's dash stands alone on its line, and a word set in two fonts is cut in two) put back
    on the lines it belongs to, where its lone marks show the text is of that kind (spans_a_line): a hyphen alone
    between a word or number and the small letter or digit going on is inside that word ("ilmu" / "-" / "ilmu" is
    "ilmu-ilmu", "(540" / "-" / "475 SM)" a range); a dash alone over a line opening with a capital is that line's
    list marker ("-" / "Plato (427 …" is an item); a comma or a stop alone ends the line above; a word cut at a line
    break ("tum" / "buh", "T" / "okoh") is one word again where the two pieces make a word (of the document, or
    Indonesian) and one of them is none; a line goes on over the next where it ends with a comma, or where it ends
    no sentence and the next opens in small letters, with a closing mark, or is a word or two ending one ("Erich" /
    "Fromm."). Other text is unchanged."""
    lines = text.split("\n")
    if not spans_a_line(lines):
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        before = out[-1] if out else ""
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if _LONE_DASH.match(line) and before.strip() and after.strip():
            prev, nxt = before.rstrip(), after.lstrip()
            if prev[-1:].isalnum() and (nxt[:1].islower() or nxt[:1].isdigit() or prev[-1:].isupper()
                                        and nxt[:2].isupper()):
                out[-1] = f"{prev}-{nxt}"  # a word or a range the extractor cut at its hyphen
                i += 2
                continue
            if nxt[:1].isupper() or nxt[:1] in "\"“'‘(":
                out.append(f"- {nxt}")  # the next line's list marker
                i += 2
                continue
        elif _LONE_CLOSE.match(line) and before.strip() and not LIST_ITEM.match(line):
            out[-1] = before.rstrip() + line.strip()
            i += 1
            continue
        elif _LONE_OPEN.match(line) and after.strip():
            out.append(line.strip() + after.lstrip())  # "(" / "spirit" is "(spirit"
            i += 2
            continue
        out.append(line)
        i += 1
    words = Counter(re.findall(r"[^\W\d_]+", text.lower()))  # each word and how often the text writes it alone
    joined: list[str] = []
    skip = False
    for k, line in enumerate(out):
        if skip:
            skip = False
            continue
        prev = joined[-1] if joined else ""
        a = re.search(r"(?<![\w-])([^\W\d_]+)$", prev)
        b = re.match(r"([^\W\d_]+)(?![\w-])", line)
        c = re.match(r"([^\W\d_]+)(?![\w-])", out[k + 1]) if k + 1 < len(out) else None
        if a and b and c and _LONE_LETTERS.match(line) and c.group(1)[:1].islower() \
                and _cut_word(a.group(1), b.group(1) + c.group(1), words):
            joined[-1] = prev + line.strip() + out[k + 1].lstrip()  # "T" / "e" / "ori Evolusi": a letter alone
            skip = True  # between the two pieces of a word
            continue
        if a and b and b.group(1)[:1].islower() and _cut_word(a.group(1), b.group(1), words):
            joined[-1] = prev + line  # "tum" / "buh dan" is "tumbuh dan"
        elif prev.strip() and line.strip() and (
                _OPENS_CLOSED.match(line)
                or prev.rstrip().endswith(",") and not LIST_ITEM.match(line) and not _LONE_DASH.match(line)
                or (line[:1].islower() or line[:1] == "(" and line[1:2].isalnum() and not LIST_ITEM.match(line)
                    or _CLOSING_WORDS.match(line)) and not prev.rstrip().endswith(TERMINAL)):
            glued = _OPENS_CLOSED.match(line) or prev.rstrip()[-1:] in "([“‘"  # "turun (" / "ceteris paribus"
            joined[-1] = prev.rstrip() + ("" if glued else " ") + line.lstrip()  # a line going on
        else:
            joined.append(line)
    return "\n".join(joined)


_LONE_LETTERS = LazyPattern(r"^[^\W\d_A-Z]{1,2}[ \t]*$")  # a small letter or two alone on a line: a word's piece


def _cut_word(a: str, b: str, words: Counter) -> bool:
    """a and b (the end of a line and the start of the next) are one word cut in two: together a word of the
    document or an Indonesian one, and one of them alone none; or together a word the document writes whole
    elsewhere, neither written alone anywhere else ("dik" / "atakan" where "dikatakan" is)."""
    whole, a, b = (a + b).lower(), a.lower(), b.lower()
    if a in _APART or b in _APART:
        return False  # "di" / "ruangan": a preposition set apart as often as a prefix joined
    if whole in words and words[a] == 1 and words[b] == 1:
        return True
    return (whole in words or known_word(whole)) and not (known_word(a) and known_word(b))


# A list's marker alone on its line: "1.", "b)", "(a)", "(iv)", "•" (a dash or a star alone may be a rule)
_BARE_MARKER = LazyPattern(rf"^\s*(?:{_marker_pattern()})\s*$")


_OPEN_RANGE = LazyPattern(r"[-–—,&/]\s*$")  # "45–" / "56.": a page range's end wrapped, no marker


def markers_with_items(lines: list[str]) -> list[str]:
    """A list's marker alone on its line (a word processor's or a PDF viewer's copy sets the number apart) joined
    to the item's text on the line under it: "(a)" / "penduduk tetap;" is the item "(a) penduduk tetap;". A number
    after a line left open by a dash or a comma ends that line ("… 10(2), 45–" / "56."). Fenced code keeps its
    lines."""
    out: list[str] = []
    fenced = False  # fenced code keeps its lines
    for line in lines:
        fence = bool(_FENCE.match(line))
        fenced = fenced != fence
        if not (fenced or fence) and out and _BARE_MARKER.match(out[-1]) and line.strip() \
                and not _BARE_MARKER.match(line) and not MD_HEADING.match(line) and not LIST_ITEM.match(line) \
                and not (len(out) > 1 and _OPEN_RANGE.search(out[-2])):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return out


def _cut_token(prev: str, line: str, width: int) -> bool:
    """A token longer than the width (a link) that the wrapper cut at prev's end: prev fills the width or ends in
    the token's own hyphen, and the two pieces come to more than the width. A piece the wrapper left whole is no
    cut one when it is longer than the width by itself (fmt puts a long link whole on a line of its own), nor is a
    dash standing alone ("… -" / "[Profitabilitas](…")."""
    last, first = prev.split()[-1], line.split()[0]
    if len(first) > width or last == "-" or not (len(prev.rstrip()) == width or last.endswith("-")):
        return False
    return len(last) + len(first) > width


# A hyphen where a line was broken: at a line end between letters ("aksioma-" / "aksioma"), or before a space where a
# line break was lost in copying ("masing- masing", "non- negara": a PDF's line pasted as one); "pra- dan pasca-" is
# a suspended hyphen, its space kept
_AFTER_SPACE = r"[ \t]+(?!(?:dan|atau|maupun|serta|hingga|sampai|and|or|to)\b)"
_WRAPPED_HYPHEN = LazyPattern(rf"([^\W\d_]{{2,}})-(?:[ \t]*\n[ \t]*|{_AFTER_SPACE})(?=[^\W\d_])")
# A formula or an acronym, not a word: a digit, or a capital after a letter ("OH", "CH3COO", "NaOH")
_FORMULA = LazyPattern(r"\d|[^\W\d_][A-Z]")
_SPACED_HYPHEN = LazyPattern(rf"([^\W\d_]{{2,}})-{_AFTER_SPACE}(?=[^\W\d_])")


def _token_before(text: str, at: int) -> str:
    """The characters right before at back to the white space before them ("CH3" before "COO-")."""
    start = at
    while start > 0 and not text[start - 1].isspace() and at - start < 40:
        start -= 1
    return text[start:at]


def join_wrapped_hyphens(text: str, pattern: re.Pattern = _WRAPPED_HYPHEN, words: set[str] | None = None,
                         typeset: bool | None = None) -> str:
    """A hyphen where a line was broken (_WRAPPED_HYPHEN), in text whose line breaks are spaces (HTML) or within a
    line (unwrap, pattern _SPACED_HYPHEN; words and typeset read over the whole document, not the line): the hyphen
    kept between two words ("aksioma-" / "aksioma"), dropped where it broke one word ("ber-" / "tindak")."""
    if not pattern.search(text):
        return text
    words = words if words is not None else document_words(text)
    typeset = typeset if typeset is not None else _hyphenated(text.split("\n"))

    def join(m: re.Match) -> str:
        before, after = m.group(1), text[m.end():m.end() + 40]
        if _FORMULA.search(_token_before(text, m.start()) + before):
            return m.group()  # "ion OH- akan": a formula's charge, no word broken at a line's end
        broken = hyphen_breaks_word(before, after, words) or typeset and hyphen_breaks_word(before, after, words, True)
        return before if broken else before + "-"
    return pattern.sub(join, text)


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or None: most lines end just short of one width and almost none is
    longer (an unwrapped text has one long line per paragraph, of every length). Only lines a wrapper fills count:
    table rows, quotes, headings and HTML lines stay as long as they were written, and a line shorter than the
    narrowest wrapping ends a paragraph or stands alone (a table's cells pasted line by line, a heading, an item)."""
    filled = [len(line.rstrip()) for line in lines if line.strip() and not _OWN_LINE.match(line)]
    lengths = sorted(n for n in filled if n >= WRAP_MIN)
    if len(filled) < 5 or not lengths:
        return None
    width = lengths[max(0, int(len(lengths) * 0.97) - 1)]
    # a lone line a char or three past a width many lines reach is a token the wrapper could not break there (a
    # link, a code span, trailing markup), not the width: pandoc's 72 over its one line of 73
    crowd = [n for n in set(lengths) if width - 3 <= n < width and lengths.count(n) >= 3]
    if lengths.count(width) == 1 and crowd:
        width = max(crowd)
    near = sum(1 for n in lengths if width - 15 <= n <= width)
    if not WRAP_MIN <= width <= WRAP_MAX or near < max(4, 0.4 * len(lengths)):
        return None
    return width


def _hyphenated(lines: list[str]) -> bool:
    """Whether the text was hyphenated by a typesetter (a PDF exported to text): most words broken at a line end,
    reduplications aside, are Indonesian words whole ("pengem-" / "bangan"), so the rest were broken too ("His-" /
    "tory", "interdepen-" / "densi"); a wrapper breaking at hyphens leaves compounds ("aktor-" / "aktor")."""
    pairs = [(re.findall(r"\w+$", prev[:-1].rstrip())[0].lower(), re.findall(r"^\w+", line.lstrip())[0].lower())
             for prev, line in zip(lines, lines[1:]) if re.search(r"[^\W\d]{2}-$", prev.rstrip())
             and re.match(r"\s*[^\W\d]*[a-z]", line)]
    pairs = [(a, b) for a, b in pairs if a != b and not (a.endswith(b) or b.endswith(a))]
    return len(pairs) >= 3 and sum(known_word(a + b) for a, b in pairs) >= 0.5 * len(pairs)


def _two_words(before: str, after: str) -> bool:
    """The words on both sides of a line-end hyphen are words of their own ("kerja-" / "sama"): a compound. Each is
    a root as it is written, since Sastrawi finds a root in most pieces of a word ("pepe-" / "rangan": "rang",
    "bekerja-" / "sama": "kerja")."""
    from ..indonesian import is_known_word, stemmer

    left, right = re.findall(r"\w+$", before), re.findall(r"^\w+", after)
    return bool(left and right) and all(is_known_word(w) and stemmer().stem(w) == w
                                        for w in (left[0].lower(), right[0].lower()))


def wrap_slack(lines: list[str], width: int) -> int:
    """How far short of the width most lines of a sentence that surely goes on end (no end punctuation, lower
    case below; nine in ten of them): 0 for a greedy fill."""
    gaps = sorted(width - len(prev.rstrip()) - 1 - len(_FIRST_PIECE.match(line.strip()).group())
                  for prev, line in zip(lines, lines[1:]) if _surely_on(prev, line))
    if len(gaps) < 5:
        return 0
    return max(0, min(gaps[int(len(gaps) * 0.9)], width // 6))


def _surely_on(prev: str, line: str) -> bool:
    before, stripped = prev.rstrip(), line.strip()
    return len(before) > RUN_ON_CHARS and stripped[:1].islower() and not before.endswith(TERMINAL) and not (
        _OWN_LINE.match(prev) or _OWN_LINE.match(line) or LIST_ITEM.match(line))


def _breaks_at_hyphens(lines: list[str]) -> bool:
    """Whether the wrapper breaks a line after a hyphen between letters, as textwrap does ("aktor-" / "aktor"):
    fmt, a mail client and most editors never do, so a line above "Hak-hak …" or "pengelompokkan-…" is full when
    the whole word did not fit, not its first part."""
    return any(re.search(r"[^\W\d]{2}-$", prev.rstrip()) and line.lstrip()[:1].isalpha()
               for prev, line in zip(lines, lines[1:]))


def _ragged(lines: list[str], width: int) -> bool:
    """Whether the wrapper left room on lines of a sentence that surely goes on (no end punctuation, lower case
    below): GNU fmt balances a paragraph's lines and aims at 93% of the width, a typesetter justifies in points; a
    greedy fill (textwrap, an editor, a mail client) never does, so there a line the next word would have fitted
    ends where the author broke it."""
    sure = [len(prev.rstrip()) + 1 + len(_FIRST_PIECE.match(line.strip()).group())
            for prev, line in zip(lines, lines[1:]) if _surely_on(prev, line)]
    return len(sure) >= 10 and sum(n <= width for n in sure) >= 0.1 * len(sure)


_DOUBLED = LazyPattern(r"\S {2,}\S")  # two spaces or more between words inside a line


def _runs_on(prev: str, line: str, after: str, width: int | None, paragraph: str = "", single: bool = False,
             ragged: bool = False, whole: bool = False, balanced: bool = False) -> bool:
    """Whether line continues prev (see unwrap); after is the line below line, paragraph the lines rebuilt so far
    into the one prev ends; single: the text parts its paragraphs by one line break, not a blank line; ragged: its
    wrapper did not fill every line (see _ragged); whole: it never broke a line after a hyphen (see
    _breaks_at_hyphens), so the next line's whole first word is what did not fit; balanced: ragged and no typeset
    text (fmt)."""
    before, stripped = prev.rstrip(), line.strip()
    if not before.strip() or not stripped or _tabbed(prev) or _tabbed(line) or _OWN_LINE.match(line):
        return False
    if _OWN_LINE.match(prev) and not _FOOTNOTE.match(prev):  # a footnote's own text wraps like a paragraph
        return _heading_runs_on(before, stripped, width)
    if _NUMBERED_REFERENCE.match(line) or _LINK_END.search(before) and _ENTRY_OPENING.match(line):
        return False  # an entry ending in its link, then the next entry: "… https://www.who.int/x" / "Subekti, R."
    if before.endswith(".") and _LAW_LINE.match(line) and _ENTRY_OPENING.match(paragraph or before):
        return False  # a whole entry, then a law's numbered name: "… Jakarta: Erlangga." / "Peraturan Menteri … Nomor 9"
    piece = stripped.split()[0] if whole else _FIRST_PIECE.match(stripped).group()
    # a greedy wrapper counts the author's doubled spaces at the break too ("… klinis  ISPA" -> "klinis" / "ISPA")
    gap = 2 if _DOUBLED.search(before) or _DOUBLED.search(stripped) else 1
    full = width is not None and len(before) + gap + len(piece) > width
    # a ragged wrapper's long line goes on, whatever the next line starts with, when it leaves its sentence open
    # (a title in capitals aside) or when paragraphs part at blank lines (a sentence ends inside its paragraph)
    full = full or ragged and len(before) >= 0.8 * width and (
        not before.endswith(TERMINAL) and (not before.isupper() or left_open(before)) or not single)
    # "… (Suryana, 2003:" then "10)." is a parenthesis wrapped, not a lead-in and an item; so is "**Astati dan" /
    # "Mulyati (2010:26)** sebagai berikut :", an emphasis left open
    cut = full and left_open(paragraph or before)  # "*perceptual …" / "… aphasia*" closed it on the line above
    # a full line ending in a lead-in's colon, then lower case and no item: "… meliputi :" / "membaca, menulis"
    lower_on = full and stripped[:1].islower() and not LIST_ITEM.match(line)
    # (a reference entry's "Jakarta:" is its publisher's city, not a lead-in: "… Belajar Mengajar. Jakarta:" /
    # "Rajawali Pers.")
    lead_in = is_lead_in(before) and not _REFERENCE_ENTRY.match(paragraph or before)
    if before.endswith("\\") or lead_in and not cut and not lower_on:  # "\\": a hard break, as written
        return False
    # a line set back left of the wrapped line above it leaves the block that line wraps (an item's text hanging
    # under it, "4. Rendahnya …" / "   kepatuhan …" / "Keselamatan kerja …"); not under a block's first line
    if line_indent(line) < line_indent(prev) and paragraph.strip() != before.strip() and not _OWN_LINE.match(prev):
        return False
    # an item has words after its marker; "**Autisme** berasal …" is no item, nor an enumeration running inline
    # ("… terlibat. 2. Kolaborasi" after "yaitu : 1.Konsensus") or a dash between words ("halaman" / "- halaman")
    inline = full and inline_marker(before, line, paragraph or before)
    if LIST_ITEM.match(line) and not _EMPHASIS.match(line) and not cut and not inline:
        return False
    if width is not None:
        # a short line starting a sentence and not ending one, alone under a paragraph (a heading, a lead-in
        # "Defenisi kerjasama :"), stands on its own, while "berikut:" ends the wrapped sentence above it; not when
        # the line above leaves its sentence open ("… dalam" / "Suwarsih Madya (1992:2) yakni:") or nothing
        # follows it (a heading heads something: "… FEBRUARI 2016" / "ISSN 2302 - 2493" then a blank line)
        alone = not (after.strip() and len(stripped) + 1 + len(after.split()[0]) > width)
        own = alone and after.strip() and _ends_sentence(before) and len(stripped) <= SHORT_HEADING_CHARS and (
            not stripped[:1].islower() and (is_lead_in(stripped) or not stripped.endswith(TERMINAL)))
        # a full line ending a sentence is most often inside its paragraph; not in a text whose paragraphs part
        # at one line break when it ends on a citation ("… (Hadiwijoyo, 2009:8).") or a quotation opens below, or
        # when fmt balanced its lines and a capital opens the line below (VarrelB and the default text at fmt 56-84)
        ends = single and _ends_sentence(before) and not stripped[:1].islower() and (
            _CITATION_END.search(before) or stripped[:1] in "“\"" or balanced and bool(
                _SENTENCE_END.search(before)) and stripped[:1].isupper())
        if full and not own and not ends:
            return True
    # long: the line, or the paragraph it ends once rebuilt ("- Direncanakan … pembelajar" / "lamban akan")
    long = len(before) > RUN_ON_CHARS or len(paragraph) > RUN_ON_CHARS and paragraph.rstrip().endswith(before)
    # a closing bracket or quote ends no sentence before a small letter: "… universal (global)" / "adalah …"; a
    # small letter under emphasis marks too ("… dengan demikian_ ," / "_sehubungan dengan itu_ , …"); a word no
    # sentence ends on goes on into a capital too, a name most often ("… biogenesis. Menurut" / "Harvey dan …")
    opening = stripped.lstrip("*_")[:1]
    return long and not _SENTENCE_END.search(before) and (opens_small(stripped)
                                                          or opening.isalpha() and bool(_OPEN_END.search(before)))


def _heading_runs_on(before: str, stripped: str, width: int | None) -> bool:
    """A heading's line wrapped by the converter that wrapped the whole text (html2text wraps an <h4> as it wraps a
    paragraph: "#### 1. Tanda koma digunakan di antara unsur-unsur dalam perincian berupa" / "kata, frasa, atau
    bilangan."): the next line opens in lower case (emphasis marks aside) or on a comma or a closing bracket, words
    no line of its own starts with, and the heading is full: the next line's first word would not have fitted at
    the text's width, or (a text whose paragraphs are too few to show one, its items left unwrapped) the heading is
    longer than a short one and leaves its sentence open. Under a short heading, or a capital, the line is the text
    under it, as Markdown reads it."""
    opening = stripped.lstrip("*_")  # "_melainkan_ , …": the word under its emphasis
    if not MD_HEADING.match(before) or not (opening[:1].islower() or _OPENS_CLOSED.match(stripped)):
        return False
    if width is None:
        return len(before) > SHORT_HEADING_CHARS and not before.endswith(TERMINAL)
    return len(before) + 1 + len(stripped.split()[0]) > width


# A reference entry's opening, author and year: "Sardiman, A. M. (2011). …", "Slavin, R. E. & Ross (2005). …"
_REFERENCE_ENTRY = LazyPattern(rf"^\s*{_NAME},\s+(?:[A-Z]\.\s*)+[^()]{{0,80}}\(\s*{YEAR}[a-z]?\s*\)\.")


# A line's last word a link, and a line opening a reference entry with its authors and year ("Subekti, R. (2019).",
# "World Health Organization. (2020).", "Sugiyono. 2013."): a wrapped list of entries, the link ending one
_LINK_END = LazyPattern(r"(?:https?://|www\.)\S+$")
_ENTRY_OPENING = LazyPattern(rf"^\s*{_NAME}(?:[\s,&]+(?:{_NAME}|dan|and)){{0,12}}[.,]?\s*\(?{YEAR}\)?[.,]")
# ... and a line opening a law's name with its number, as a list names a law with no author ("Undang-Undang Republik
# Indonesia Nomor 17 Tahun 2012 tentang")
_LAW_LINE = LazyPattern(rf"^\s*{LAW_OPENING}[^\n]{{0,160}}?\b(?:Nomor|No\.?)\s*\d")


# A line ending in an initial or a title's abbreviation ("Prof. Dr. R." / "D. Kandou", "in A." / "M. Rose") ends
# no sentence.
_ABBREVIATION_END = LazyPattern(rf"(?:(?<![\w.])[A-Z]|\b(?:{HONORIFICS}|Hj|St|No|Vol|Jl|Tbk|PT|CV|dkk|dll|dsb|"
                                r"hlm|pp|ed|eds|al|vs|Bpk|Ibu|Sdr))\.$")


def _ends_sentence(line: str) -> bool:
    return line.endswith(TERMINAL) and not _ABBREVIATION_END.search(line)


_SENTENCE_END = LazyPattern(r"[.!?;:][\"”’)\]]*$")
_CITATION_END = LazyPattern(rf"{YEAR}(?:\s*:\s*[\d\-–]+)?\s*\)[.;]?$")


def _single_breaks(lines: list[str], width: int) -> bool:
    """Whether a wrapped text parts its paragraphs by one line break: lines ending a sentence short of the width
    with text right under them outnumber the text lines with a blank line under them."""
    single = blank = 0
    for line, below in zip(lines, lines[1:]):
        if not line.strip() or _OWN_LINE.match(line):
            continue
        if not below.strip():
            blank += 1
        elif _ends_sentence(line.rstrip()) and len(line.rstrip()) + 1 + len(below.split()[0]) <= width:
            single += 1
    return single > blank


_TAB_MARKER = LazyPattern(rf"^\s*[*_]{{0,3}}(?:{_MARKER})[*_]{{0,3}}\s*")  # "1.<tab>", "*b.<tab>" in emphasis


def _tabbed(line: str) -> bool:
    """A tab inside the line (columns set with tabs keep their lines); not the one after a list marker ("1.\t")."""
    return "\t" in _TAB_MARKER.sub("", line, count=1).strip()


_FOOTNOTE = LazyPattern(r"^\s{0,3}\[\^[^\]]+\]:")
_OPENERS = (("(", ")"), ("[", "]"))


def left_open(text: str) -> bool:
    """A bracket or a Markdown emphasis ("**", "*", "_" around words) opened and not closed on this line (the PDF
    reader asks it too: pdf._closes_parenthesis)."""
    if any(text.count(a) > text.count(b) for a, b in _OPENERS):
        return True
    strong = text.count("**")
    return strong % 2 == 1 or (text.replace("**", "").count("*") % 2 == 1 and bool(re.search(r"(?<!\S)\*\S", text)))


def inline_marker(before: str, line: str, paragraph: str) -> bool:
    """A list marker at the start of a wrapped line that runs inline in its paragraph: a dash between words
    ("halaman" / "- halaman yang"), an initial ("Prof. Dr." / "R. D. Kandou"), a bracketed number after a line
    left open ("ayat" / "(1) disampaikan"), or the next number of an enumeration whose earlier number stood inside
    the paragraph ("yaitu : 1.Konsensus, …" / "2. Kolaborasi")."""
    marker = list_marker(line)
    rest = line.strip()[len(marker):].lstrip()
    if marker == "-" and (rest[:1].islower() or rest[:1].isdigit()):  # "halaman - halaman", "2302 - 2493"
        return not before.endswith(TERMINAL)
    if marker[:1].isalpha():  # an initial after a title or another initial: "Prof. Dr." / "R. D. Kandou"
        return bool(_ABBREVIATION_END.search(before))
    if marker[:1] == "(":  # written inline more often than not: "yakni (1) …, dan" / "(2) …", "ayat" / "(1) …"
        return not before.endswith(TERMINAL)
    number = marker.rstrip(".)")
    if not number.isdigit() or int(number) < 2:
        return False
    # inside: not the paragraph's own marker at its start (" 1. Manusia …;" / " 2. Agen …" are two items)
    return bool(re.search(rf"\s{int(number) - 1}{re.escape(marker[-1])}\s?\S", paragraph.strip()))


def plain_blocks(text: str) -> list[tuple[int, int, str]]:
    """Plain text -> (start, end, kind) blocks: lines are paragraphs; hard-wrapped lines (no end punctuation,
    next starts in lower case) are joined; kinds are heading (a Markdown "#" line), item, table (table_lines), or
    paragraph."""
    spans = line_spans(text)
    rows = table_lines([line for _, _, line in spans])
    merged: list[list] = []
    for n, (a, b, line) in enumerate(spans):
        if not line.strip():
            merged.append([])
        elif n in rows and merged and merged[-1] and merged[-1][2] == "table":
            merged[-1][1] = b
        elif n not in rows and merged and merged[-1] and merged[-1][2] != "table" and _continues(
                text, merged[-1], a, b):
            merged[-1][1] = b
        else:
            merged.append([a, b, "table" if n in rows else ""])
    return [(a, b, kind or _line_kind(text[a:b])) for a, b, kind in (m for m in merged if m)]


# A table row as every reader writes one: its cells joined by this
CELL = " | "


def table_lines(lines: list[str]) -> set[int]:
    """Positions of the lines that are a table's rows as every reader writes them, cells joined by " | " (pipe_tables
    writes a plain text's typed table so): two lines or more in a row with as many cells each, two at least."""
    out: set[int] = set()
    run: list[int] = []
    for n, line in enumerate(lines + [""]):
        # " | Society … | The Constitution …": a header whose corner cell is empty (cell_line_tables)
        corner = line.startswith(CELL)
        cells = line.count(CELL) + 1 if CELL in line and (corner or not _OWN_LINE.match(line)) else 0
        if run and cells != lines[run[0]].count(CELL) + 1:
            if len(run) >= 2:
                out.update(run)
            run = []
        if cells:
            run.append(n)
    return out


# A typed table's row ("| MySQL | GPL |", its outer pipes may be left off once a rule row follows the first) and its
# rules ("|---|:---:|", "+----+----+", "+====+")
_PIPE_ROW = LazyPattern(r"^\s{0,3}\|.*\S.*\|?\s*$")
_PIPE_RULE = LazyPattern(r"^\s{0,3}(?:\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?|\+[-=:]+(?:\+[-=:]+)*\+"
                         r"|\|\s*:?-{3,}:?\s*\|)\s*$")


def pipe_tables(text: str) -> str:
    """A table typed with pipes in a plain text ("| Sistem | Lisensi |", a rule row under its header or none, outer
    pipes or none once a rule row follows the header) written as every reader writes a table: a row per line, cells
    joined by " | ", the rules left out (table_lines then reads it as a table)."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    rule = [bool(_PIPE_RULE.match(line)) for line in lines]
    row = [not r and bool(_PIPE_ROW.match(line)) for line, r in zip(lines, rule)]
    short = [k for k, line in enumerate(lines) if row[k] and line.count("|") < 2]  # no row of a table with outer pipes
    out, n, run_end = [], 0, 0
    while n < len(lines):
        if n + 1 < len(lines) and rule[n + 1] and "|" in lines[n]:  # "a | b" over "--- | ---": any line with a pipe
            end = n
            while end < len(lines) and (rule[end] or row[end] or "|" in lines[end]):
                end += 1
            ok = True
        else:  # the run of rows and rules from n, read once for all the lines it holds (a long run, a short row late)
            if n >= run_end:
                run_end = n
                while run_end < len(lines) and (rule[run_end] or row[run_end]):
                    run_end += 1
            end = run_end
            first_short = bisect_left(short, n)
            ok = first_short == len(short) or short[first_short] >= end
        rows = [line for line, r in zip(lines[n:end], rule[n:end]) if not r] if ok else []
        if len(rows) >= 2:
            out += [CELL.join(c.strip() for c in line.strip().removeprefix("|").removesuffix("|").split("|"))
                    for line in rows]
            n = end
        else:
            out.append(lines[n])
            n += 1
    return "\n".join(out)


# Pandoc's simple and multiline tables (its Markdown and plain-text writers' tables, a DOCX converted by pandoc): a
# rule of dash groups under the header, one group a column; a multiline table between two whole-width dash rules,
# its rows parted by blank lines; the caption a paragraph after it opening with ":" or "Table:"
_DASH_COLUMNS = LazyPattern(r"^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*$")
_DASH_WHOLE = LazyPattern(r"^[ \t]*-{3,}[ \t]*$")
_DASH_CAPTION = LazyPattern(r"^[ \t]*(?:Table|Tabel)?:[ \t]+(\S.*)$")
# A Markdown code fence's line (Markdown's reader and dash_tables leave what it fences alone)
FENCE_LINE = LazyPattern(r"^[ \t]{0,3}(?:```|~~~)")
DASH_HEADER_LINES = 3  # a multiline table's header holds this many lines at most


def dash_tables(text: str) -> str:
    """Pandoc's simple and multiline tables written as pipe tables (a header row, a rule row, a row per line), which
    the Markdown parser and pipe_tables read; the caption after the table set over it, as a caption is read. Before:
    each row a line of prose, a short one a heading. Fenced code is left alone."""
    if "--" not in text:
        return text
    lines, out, n, fenced = text.split("\n"), [], 0, False
    while n < len(lines):
        if FENCE_LINE.match(lines[n]):
            fenced = not fenced
        found = None if fenced or n and lines[n - 1].strip() else _dash_table(lines, n)
        if not found:
            out.append(lines[n])
            n += 1
            continue
        rows, end = found
        caption, end = _dash_caption(lines, end)
        out += (caption + [""] if caption else []) + [_pipe_row(rows[0]), _pipe_row(["---"] * len(rows[0]))]
        out += [_pipe_row(row) for row in rows[1:]] + [""]
        n = end
    return "\n".join(out)


def _dash_table(lines: list[str], n: int) -> tuple[list[list[str]], int] | None:
    """The rows of a Pandoc table starting at line n (its header first) and the line after it, or None."""
    k = n + 1 if _DASH_WHOLE.match(lines[n]) else n  # a multiline table opens with a whole-width rule
    rule = next((j for j in range(k, min(k + DASH_HEADER_LINES + 1, len(lines))) if _DASH_COLUMNS.match(lines[j])),
                None)
    if rule is None or any(not line.strip() for line in lines[k:rule]) or k > n and rule == k:
        return None
    columns = [m.start() for m in re.finditer(r"-+", lines[rule])]
    header = [_dash_cells(lines[k:rule], columns)] if rule > k else []
    if header and k == n:  # a simple table: a row a line, up to a blank line
        end = rule + 1
        while end < len(lines) and lines[end].strip() and not _DASH_COLUMNS.match(lines[end]):
            end += 1
        rows = [_dash_cells([line], columns) for line in lines[rule + 1:end]]
        end += end < len(lines) and bool(_DASH_COLUMNS.match(lines[end]))
    else:  # a multiline or headerless table: up to its closing rule, rows parted by blank lines if any
        end = rule + 1
        while end < len(lines) and not (_DASH_WHOLE.match(lines[end]) or _DASH_COLUMNS.match(lines[end])):
            if not lines[end].strip() and end + 1 < len(lines) and not lines[end + 1].strip():
                return None  # two blank lines: the table ended without its closing rule, no table
            end += 1
        if end == len(lines):
            return None
        body = lines[rule + 1:end]
        parted = any(not line.strip() for line in body)
        groups = [g.split("\n") for g in "\n".join(body).split("\n\n") if g.strip()] if parted else \
            [[line] for line in body if line.strip()]
        rows = [_dash_cells(g, columns) for g in groups]
        end += 1
    if not rows or _cuts_words(lines[k:end], columns):
        return None
    return header + rows, end


def _cuts_words(lines: list[str], columns: list[int]) -> bool:
    """Whether the columns' bounds fall inside words on most of the lines under them: no table, whose cells stand
    apart by spaces, but prose between two "-- -- --" lines an author set as section dividers (the bounds at 0, 3 and
    6 cut "Wajib Pajak adalah" into "Waj | ib | Pajak adalah")."""
    filled = [line for line in lines if line.strip() and not _DASH_WHOLE.match(line) and not _DASH_COLUMNS.match(line)]
    cut = sum(any(b < len(line) and not line[b - 1].isspace() and not line[b].isspace() for b in columns[1:])
              for line in filled)
    return 2 * cut > len(filled)


def _dash_cells(lines: list[str], columns: list[int]) -> list[str]:
    """A row's cells: each column's text from where its dashes start to where the next column's start, its lines
    joined."""
    bounds = columns[1:] + [None]
    return [" ".join(" ".join(line[a:b].split()) for line in lines if line[a:b].strip())
            for a, b in zip(columns, bounds)]


def _dash_caption(lines: list[str], end: int) -> tuple[list[str], int]:
    """A Pandoc table's caption after it (": Jenis koperasi", blank line before) and the line after the caption."""
    j = end
    while j < len(lines) and not lines[j].strip():
        j += 1
    m = _DASH_CAPTION.match(lines[j]) if j < len(lines) else None
    if not m:
        return [], end
    caption, j = [m.group(1).strip()], j + 1
    while j < len(lines) and lines[j].strip():
        caption.append(lines[j].strip())
        j += 1
    return [" ".join(caption)], j


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"


# The first header cell of a table whose rows are numbered ("No", "No.", "Nomor")
_NUMBER_COLUMN = LazyPattern(r"^(?:no\.?|nomor|#)$", re.I)
CELL_COLUMNS = (2, 10)  # a table saved cell by cell has this many columns at least and at most
CELL_HEADER_CHARS = 40  # a header cell is this short at most


def cell_line_tables(text: str) -> str:
    """A table saved one cell a line (LibreOffice's and Word's "plain text" of a table) whose rows are numbered, its
    header cells first ("No" / "Peneliti" / "Hasil" / "1" / "Ani (2020)" / "Positif" / "2" / …): written as every
    reader writes a table, a row per line, cells joined by " | " (table_lines then reads it as a table). Its column
    count is where "1" stands after "No"; "2", "3", … then stand that many lines apart, two rows at least. A table
    with no numbered column under its caption ("Tabel 4.1 …") is one when its rows hold numbers in the same columns
    (_typed_cell_columns), its rows going on while they do; with no caption, a block of such lines is one when three
    rows under its header do (UNCAPTIONED_ROWS: a table of numbers saved with its caption in a paragraph above); so is a table of words under a heading, a caption or a
    lead-in whose rows each name a row in a short cell over cells of prose (_labelled_cell_width). Before: each cell
    a paragraph, a short one a section title over the next cell."""
    lines = text.split("\n")
    out, n = [], 0
    while n < len(lines):
        width = _cell_table_width(lines, n)
        typed = () if width or not n else _typed_cell_columns(lines, n) if is_table_caption(lines[n - 1]) else \
            _typed_cell_columns(lines, n, UNCAPTIONED_ROWS) if not lines[n - 1].strip() else ()
        labelled = 0 if width or typed or not n else _labelled_cell_width(lines, n)
        if not width and not typed and not labelled:
            out.append(lines[n])
            n += 1
            continue
        width = width or len(typed) or labelled
        rows, start = [lines[n:n + width]], n + width
        while start + width <= len(lines) and all(line.strip() for line in lines[start:start + width]) and (
                _cell_types(lines[start:start + width]) == typed if typed else
                _labelled_row(lines[start:start + width]) if labelled else
                _row_number(lines[start]) == len(rows)):
            rows.append(lines[start:start + width])
            start += width
        out += [CELL.join(" ".join(c.split()) for c in row) for row in rows]
        n = start
    return "\n".join(out)


_NUMBER_CELL = LazyPattern(r"^[<>≤≥±+-]?\s*\d[\d.,]*\s*%?$")  # "25", "50%", "3,45", "1.250"


def _cell_types(cells: list[str]) -> tuple[bool, ...]:
    """Which cells of a row hold a number alone."""
    return tuple(bool(_NUMBER_CELL.match(c.strip())) for c in cells)


UNCAPTIONED_ROWS = 3  # rows holding numbers in the same columns that make a block of one-cell lines a table


def _typed_cell_columns(lines: list[str], n: int, count: int = 2) -> tuple[bool, ...]:
    """A table saved one cell a line under its caption ("Tabel 4.2 …" / "Kategori" / "Frekuensi" / "Persentase" /
    "Baik" / "25" / "50%" / …) with no numbered column: its columns (which of them hold numbers), the fewest for
    which the header's cells are short names and `count` rows after it hold numbers in the same columns, one of them
    at least and not all, else ()."""
    for width in range(CELL_COLUMNS[0], CELL_COLUMNS[1] + 1):
        header = lines[n:n + width]
        if len(header) < width or not all(0 < len(c.strip()) <= CELL_HEADER_CHARS and not c.strip().endswith(TERMINAL)
                                          for c in header) or any(_cell_types(header)):
            continue
        rows = [lines[n + r * width:n + (r + 1) * width] for r in range(1, count + 1)]
        if any(len(row) < width or not all(c.strip() for c in row) for row in rows):
            return ()
        types = _cell_types(rows[0])
        if all(_cell_types(row) == types for row in rows[1:]) and any(types) and not all(types):
            return types
    return ()


CELL_TITLE_CHARS = 100  # a header cell naming a work: "Media Industry Studies, … (Hesmondhalgh, 2010)"


def _label_cell(cell: str, most: int = SHORT_HEADING_CHARS) -> bool:
    """A table's header cell or a row's name: short, no sentence, no list item or section number."""
    cell = cell.strip()
    return 0 < len(cell) <= most and not _SENTENCE_END.search(cell) and not LIST_ITEM.match(cell) \
        and not numbered_heading(cell)


def _labelled_row(row: list[str]) -> bool:
    """A row naming itself in its first cell, prose in the others (a line long or ending a sentence)."""
    return _label_cell(row[0]) and all(len(c.strip()) > SHORT_HEADING_CHARS or _SENTENCE_END.search(c.strip())
                                       for c in row[1:])


def _labelled_cell_width(lines: list[str], n: int) -> int:
    """The column count of a table of words saved one cell a line (LibreOffice's plain text of a reading report:
    "2.5 Laporan Bacaan" / "Konsep/ Topik" / "Ill Effects" / "Media Events" / "Posisi Umum" / prose / prose / …)
    whose header starts at line n under a heading, a caption or a lead-in: three columns at least, the header's
    cells short names (its corner cell may be empty), each row's first cell short and the rest of two rows at
    least prose, no row named as a header's cell (an unmarked overview list over its sections, "Koperasi Produksi" /
    "Koperasi Konsumsi" / "Koperasi Jasa" / "Koperasi Produksi" / prose, names no columns); else 0."""
    above = lines[n - 1].strip()
    if not (numbered_heading(above) or is_table_caption(above) or above.endswith(":")):
        return 0
    short = 1 if not lines[n].strip() else 0  # the corner over the rows' names, left empty
    while n + short < len(lines) and _label_cell(lines[n + short], CELL_TITLE_CHARS):
        short += 1
    width = short - 1  # the header's cells, then the first row's name
    if not CELL_COLUMNS[0] < width <= CELL_COLUMNS[1]:
        return 0
    rows = [lines[n + width * r:n + width * (r + 1)] for r in (1, 2)]
    header = {c.strip().lower() for c in lines[n:n + width]}  # an overview list's names, then each one's section
    return width if all(len(row) == width and _labelled_row(row) and row[0].strip().lower() not in header
                        for row in rows) else 0


def _cell_table_width(lines: list[str], n: int) -> int:
    """The column count of a numbered table saved cell by cell whose header starts at line n ("No"), else 0."""
    if not _NUMBER_COLUMN.match(lines[n].strip()):
        return 0
    for width in range(CELL_COLUMNS[0], CELL_COLUMNS[1] + 1):
        header, first = lines[n:n + width], n + width
        if not all(0 < len(c.strip()) <= CELL_HEADER_CHARS and not c.strip().endswith(TERMINAL) for c in header):
            return 0
        rows = [lines[first + r * width:first + (r + 1) * width] for r in range(2)]
        if all(len(row) == width and _row_number(row[0]) == r + 1 and all(c.strip() for c in row)
               for r, row in enumerate(rows)):
            return width
    return 0


def _row_number(cell: str) -> int:
    """The number of a numbered table's row, "3" or "3." (a list's marker set in the table's first column), else 0."""
    cell = cell.strip()
    cell = cell[:-1] if cell.endswith(".") else cell
    return int(cell) if cell.isdigit() and len(cell) <= 3 else 0


def is_item_title(kinds: list[str], texts: list[str], i: int) -> bool:
    """A short list line with prose under it is a title ("2. Kerjasam Regional" then its paragraph), unless it
    ends a run of items ("1. a / 2. b / 3. c" then prose: c is no title). It is one too, short or not, when an item
    of its list with the same kind of marker is a title ("b. …" with its paragraph, then "d. Memberikan peluang …"
    with its own), and when it opens a list of its own under another item ("2. Prinsip …", "a. Penempatan …" then
    its paragraph). kinds are block kinds, texts their text."""
    if not _over_prose(kinds, texts, i):
        return False
    after_item = i > 0 and kinds[i - 1] == "item"
    opens_list = marker_kind(texts[i]) != marker_kind(texts[i - 1]) and item_number(kinds, texts, i) == 1
    if _short_title(texts[i]) and (not after_item or opens_list or resumes_list(kinds, texts, i)):
        return True
    return _sibling_is_title(kinds, texts, i)


def resumes_list(kinds: list[str], texts: list[str], i: int) -> bool:
    """An item after a list of another kind of marker nested above it, numbered on from an earlier item of its own
    kind ("b. Persiapan", its bullets, then "c. Pelaksanaan Tindakan"): the outer list goes on."""
    kind, number = marker_kind(texts[i]), item_number(kinds, texts, i)
    if not number or i == 0 or kinds[i - 1] != "item" or marker_kind(texts[i - 1]) == kind:
        return False
    for j in range(i - 1, -1, -1):
        if kinds[j] == "heading":
            return False
        if kinds[j] == "item" and marker_kind(texts[j]) == kind:
            return item_number(kinds, texts, j) == number - 1
    return False


# A title's closing bracket that is no citation: "(RJ-45)", "(ERD)", never "(2005)" or "(Sugiyono, 2010)".
_SPELT_OUT = LazyPattern(rf"\((?![^()]*\b{YEAR_DIGITS})[^()]*[A-Za-z][^()]*\)$")


def _title_bracket(text: str) -> bool:
    """A list line closing with a bracket that titles what follows: spelt out ("(ERD)"), or an author and a year
    and nothing else ("1. Stoner (1996)", "1. Menurut Kusrini (2006)" over the definition it cites)."""
    stripped = text.strip()
    return bool(_SPELT_OUT.search(stripped)) or is_name_year_line(LIST_MARKER.sub("", stripped, count=1))


def _short_title(text: str) -> bool:
    """is_short_heading, a closing bracket allowed ("A. Entity Relationship Diagram (ERD)", "1. Stoner (1996)")."""
    stripped = text.strip()
    return is_short_heading(stripped) or len(stripped) <= SHORT_HEADING_CHARS and _title_bracket(stripped)


def _over_prose(kinds: list[str], texts: list[str], i: int) -> bool:
    """A list item without end punctuation (a closing bracket aside: "j. GPIO (General Purpose Input Output)") with a
    paragraph of prose right under it, quoted or not (its lead-in, when a list is nested under it)."""
    text = texts[i].rstrip()
    if kinds[i] != "item" or i + 1 >= len(kinds) or text.endswith(TERMINAL) and not _title_bracket(text):
        return False
    nxt = texts[i + 1]  # a lead-in too: the item's own text, opening a list nested under it
    return kinds[i + 1] in ("paragraph", "quote") and not is_citation_line(nxt)


def marker_kind(text: str) -> str:
    """"1." and "12." are one kind, "a)" and "b)" another, "(1)" and "(2)" another, "•" a third; "(i)", "(ii)" and
    "(iv)" are one kind with "(a)"."""
    marker = re.sub(r"^\([ivx]+\)$", "(a)", list_marker(text))
    return re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d+", "1", marker)))


ROMAN_LETTERS = (("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def roman_value(word: str) -> int:
    """A roman numeral's value in lower case: 4 for "iv" (a PDF's page number, a bracketed list marker)."""
    value, rest = 0, word
    for letters, n in ROMAN_LETTERS:
        while rest.startswith(letters):
            value, rest = value + n, rest[len(letters):]
    return value


def marker_number(text: str) -> int:
    """3 for "3.", for "c)" and for "(3)"; a bracketed roman numeral's, 4 for "(iv)" and 1 for "(i)"; 0 for a
    bullet."""
    marker = list_marker(text)
    if re.fullmatch(r"\([ivx]+\)", marker):
        return roman_value(marker[1:-1])
    marker = marker.strip("().")
    return int(marker) if marker.isdigit() else ord(marker.lower()) - 96 if marker.isalpha() else 0


def item_number(kinds: list[str], texts: list[str], i: int) -> int:
    """marker_number in its list: "(i)", "(v)" or "(x)" right after the letter before it ("(h)", "(u)", "(w)": the
    nearest item above with a bracketed letter, no heading between) is that letter's follower (9 for "(i)"), not a
    roman numeral."""
    marker = list_marker(texts[i])
    if marker in ("(i)", "(v)", "(x)"):
        before = f"({chr(ord(marker[1]) - 1)})"
        for j in range(i - 1, -1, -1):
            if kinds[j] == "heading":
                break
            if kinds[j] == "item" and marker_kind(texts[j]) == "(a)":
                if list_marker(texts[j]) == before:
                    return ord(marker[1]) - 96
                break
    return marker_number(texts[i])


def _sibling_is_title(kinds: list[str], texts: list[str], i: int) -> bool:
    """Another item of the same list (the same kind of marker, numbered on from the same start, no heading or
    lead-in between) over prose, short, and not ending a run of items. A page's footnotes read between two items
    ("b) Nabi-Nabi Abad kedelapan: …", its prose, "20 Ibid., hlm. 43.", then "c) …") are no end of the list."""
    kind, number = marker_kind(texts[i]), item_number(kinds, texts, i)
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(kinds) and kinds[j] in ("item", "paragraph", "footnote") and not is_lead_in(texts[j]):
            if kinds[j] == "item" and marker_kind(texts[j]) == kind:
                if (item_number(kinds, texts, j) - number) * step <= 0 and number:
                    break  # numbered from the start again: another list
                if _over_prose(kinds, texts, j) and _short_title(texts[j]) and kinds[j - 1] != "item":
                    return True
            j += step
    return False


def _continues(text: str, prev: list[int], a: int, b: int) -> bool:
    before, line = text[prev[0]:prev[1]].rstrip(), text[a:b].lstrip()
    return (
        len(before) > 60
        and not before.endswith(TERMINAL)
        and line[:1].islower()
        and not LIST_ITEM.match(text[prev[0]:prev[1]])
    )


def _line_kind(line: str) -> str:
    if MD_HEADING.match(line):
        return "heading"
    if LIST_ITEM.match(line) and not is_citation_line(line):
        return "item"
    return "paragraph"


def place_section_names(doc: Document, placed: set[int]) -> Document:
    """The headings a reader placed one level under the nearest heading, having no level of their own (a bold line:
    Markdown's "**Rangkuman**", HTML's <p><b>Rangkuman</b></p>, a short bold DOCX paragraph; placed: their block
    indexes), each at the level its name takes (section_name_levels), and the section path of every block after.
    A heading that is the text's byline (bylines) is a paragraph."""
    bylines = _bylines(doc)
    if bylines:
        doc = replace(doc, blocks=tuple(replace(b, kind="paragraph", level=0) if i in bylines else b
                                        for i, b in enumerate(doc.blocks)))
    levels = section_name_levels(doc, placed - bylines)
    if not levels and not bylines:
        return doc
    blocks, open_headings = [], []
    for i, b in enumerate(doc.blocks):
        level = levels.get(i, b.level)
        if b.kind == "heading":
            open_headings = [(lv, t) for lv, t in open_headings if lv < level]
        blocks.append(replace(b, level=level, location=replace(b.location, section=tuple(t for _, t in open_headings))))
        if b.kind == "heading":
            open_headings.append((level, doc.block_text(b)))
    return replace(doc, blocks=tuple(blocks))


def section_name_levels(doc: Document, placed: set[int]) -> dict[int, int]:
    """The level of each placed heading whose name is written under two or more headings: one level under the
    shallowest level whose headings over its places all differ and whose sections it closes at each place (the next
    heading with a level of its own is of that level or above, or none follows). "Rangkuman" closing each chapter of
    a module, after "1.1 Uraian", "2.3 …", is each chapter's (a sibling of 1.1), not a part of the subsection before
    it; "Contoh" once under each subsection of one chapter is each subsection's, and so is "Kelebihan" under "2.1
    MySQL" and "3.2 PostgreSQL" of two chapters, with "2.2 …" after it. A name written once, or always under one
    heading, keeps its place."""
    places: dict[str, list[tuple[int, list[tuple[int, int]]]]] = {}
    open_headings: list[tuple[int, int]] = []  # (level, block index) of the headings over the block
    next_own: dict[int, int | None] = {}  # placed heading -> the level of the next heading with a level of its own
    waiting: list[int] = []  # placed headings no heading with a level of its own has followed yet
    for i, b in enumerate(doc.blocks):
        if b.kind != "heading":
            continue
        open_headings = [h for h in open_headings if h[0] < b.level]
        if i in placed:
            over = [h for h in open_headings if h[1] not in placed]  # the headings with a level of their own
            places.setdefault(doc.block_text(b), []).append((i, over))
            next_own[i] = None
            waiting.append(i)
        else:
            next_own.update((k, b.level) for k in waiting)
            waiting = []
        open_headings.append((b.level, i))
    out = {}
    for spots in places.values():
        paths = [over for _, over in spots]
        for level in sorted({lv for over in paths for lv, _ in over}) if len(paths) >= 2 else ():
            heads = [next((k for lv, k in over if lv == level), None) for over in paths]
            closes = all(next_own[i] is None or next_own[i] <= level for i, _ in spots)
            if None not in heads and len(set(heads)) == len(heads) and closes:
                out.update({i: level + 1 for i, _ in spots})  # the headings over it are shallower than it
                break
    return {i: level for i, level in out.items() if level != doc.blocks[i].level}


def headings_as_items(doc: Document) -> Document:
    """A lead-in ("…, ditemukan beberapa penyebab, antara lain :", "… sebagai berikut.") followed by two or more
    headings one level down, each over its own text ("### Faktor genetik"): the headings are the items the lead-in
    announces. They are read as list items (with their own number, or "•"), their text nested under each, so
    "apa saja …" is answered with the list. Any format: a web page's <h3>, a DOCX Heading 3, a PDF's bold lines.
    So are numbered headings that each state a rule over its examples (_stated_headings)."""
    items = _heading_items(doc) | _stated_headings(doc)
    if not items:
        return doc
    builder, under_item = DocumentBuilder(), False
    for i, b in enumerate(doc.blocks):
        text = doc.block_text(b)
        pages = {"first_page": b.location.first_page, "last_page": b.location.last_page}
        under_item = i in items or (under_item and b.kind != "heading")
        if i in items:  # "#### 1. Margin Laba" keeps its number; an unnumbered heading becomes a bullet
            marker = list_marker(text)
            builder.add("item", LIST_MARKER.sub("", text, count=1) if marker else text, marker=marker or "•", **pages)
        elif b.kind == "heading":
            builder.heading(text, b.level, **pages)
        elif b.kind == "item":
            builder.add(b.kind, text[len(b.marker):], b.level + under_item, b.marker, **pages)
        else:  # the item's own text: nested under it (level 1), so the list runs on to the next item
            builder.add(b.kind, text, 1 if under_item else b.level, b.marker, **pages)
    return builder.build(doc.path, doc.title, doc.sha256, doc.format, doc.pages, doc.warnings)


def _heading_items(doc: Document) -> set[int]:
    """Positions of the headings headings_as_items reads as items."""
    blocks, items, above = doc.blocks, set(), 0  # above: level of the heading over the current block
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "heading":
            above = b.level
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (b.kind == "paragraph" and _lead_in_sentence(doc.block_text(b)) and nxt is not None and nxt.kind == "heading"
                and nxt.level > above):
            level, run, j = nxt.level, [], i + 1
            while j < len(blocks) and not (blocks[j].kind == "heading" and blocks[j].level < level):
                if blocks[j].kind == "heading" and blocks[j].level == level:
                    if run and _CLOSING_HEADING.match(doc.block_text(blocks[j]).strip()):
                        break  # "### Kesimpulan" after the items sums them up: the list ends before it
                    run.append(j)
                j += 1
            if len(run) >= 2 and all(k + 1 < j and blocks[k + 1].kind != "heading"
                                     and not is_reference_heading(doc.block_text(blocks[k])) for k in run):
                items.update(run)
            i = j
            continue
        i += 1
    return items


STATED_WORDS = 6  # a numbered heading of this many words or more ending in a full stop states something


def _stated_headings(doc: Document) -> set[int]:
    """Positions of two or more numbered headings in a row, one level, each a sentence over its own text: a style
    guide's or a syllabus's rules ("#### 1. Tanda koma digunakan di antara unsur-unsur dalam perincian." over
    "Misalnya:" and its examples). A sentence is no title: it is the text its examples illustrate, so each is read
    as a numbered item with its text under it, and a passage says the rule with its examples."""
    blocks, items, run, level = doc.blocks, set(), [], None
    for i, b in enumerate([*blocks, None]):
        if b is not None and b.kind != "heading":
            continue
        text = doc.block_text(b).strip() if b is not None else ""
        states = b is not None and _states(text) and i + 1 < len(blocks) and blocks[i + 1].kind != "heading"
        if states and (not run or b.level == level):
            run.append(i)
            level = b.level
            continue
        if len(run) >= 2:
            items.update(run)
        run, level = ([i], b.level) if states else ([], None)
    return items


def _states(text: str) -> bool:
    """A numbered heading that is a sentence: its marker, then words enough, ending in a full stop."""
    marker = list_marker(text)
    return bool(marker) and text.endswith(".") and len(text[len(marker):].split()) >= STATED_WORDS \
        and not is_reference_heading(text)


# A heading closing what comes before it, never one of the things a lead-in announces
_CLOSING_HEADING = LazyPattern(r"^(?:kesimpulan|simpulan|penutup|rangkuman|ringkasan|conclusion|summary)\b", re.I)


def _lead_in_sentence(text: str) -> bool:
    """A lead-in written as a sentence, not a title over a subtitle ("NABI-NABI ISRAEL DALAM PERJANJIAN LAMA:")."""
    return announces_list(text) and len(text.split()) >= 4 and any(c.islower() for c in text)


# A sentence ending on words pointing at what follows: "… sebagai berikut.", "… memiliki ciri-ciri di bawah ini"
# or on a word naming what it lists with the colon left out ("… empat tahap yang saling berkaitan, yaitu")
_POINTS_ON = LazyPattern(r"\b(?:(?:sebagai|seperti)\s+berikut(?:\s+ini)?|berikut\s+ini|di\s*bawah\s+ini)\s*\.?$"
                         r"|\b(?:yaitu|yakni|antara\s+lain|di\s*antaranya|meliputi)\s*,?$", re.I)
# ... at a figure or a table, by its number or after a word that points ("… dapat dilihat pada gambar di bawah ini.",
# "… pada Tabel 2.1 berikut ini", "Grafik 3 berikut …"); not a sentence about tables or figures, whose kinds or parts
# follow as a list ("Langkah-langkah membuat tabel sebagai berikut.", "Jenis-jenis grafik sebagai berikut")
_POINTS_AT_A_CAPTION = LazyPattern(rf"(?:\b(?:pada|dalam|di|oleh|lihat|seperti|dari)\s+(?:{any_of(CAPTION_WORDS)})"
                                   rf"(?:\s+\d+(?:\.\d+)*)?|\b(?:{any_of(CAPTION_WORDS)})\s+\d+(?:\.\d+)*)\s+"
                                   r"(?:(?:sebagai|seperti)\s+)?(?:berikut|di\s*bawah)\b[^.!?]*[.!?]?$", re.I)


def announces_list(text: str) -> bool:
    """A lead-in, or a sentence saying what follows, with its stop or without ("Penyebabnya antara lain sebagai
    berikut.", "Anak berkesulitan belajar memiliki ciri-ciri di bawah ini"); not one pointing at a figure or a table
    ("… dapat dilihat pada gambar di bawah ini."), which introduces no items."""
    text = without_note_mark(text).rstrip()
    return is_lead_in(text) or bool(_POINTS_ON.search(text)) and not _POINTS_AT_A_CAPTION.search(text)


_HYPHEN_KEEP_PREFIXES = {"non", "e", "anti", "pasca", "semi"}
_LOAN_PREFIXES = {"me", "mem", "men", "meng", "meny", "di", "ber", "ter", "pe", "pem", "pen", "peng", "per", "se", "ke"}


def known_word(word: str) -> bool:
    """is_known_word, and a negation made a noun ("ketidakpastian", "ketidakhirauan"), which Sastrawi cannot take
    apart: known when the noun without "tidak" is ("kepastian")."""
    from ..indonesian import is_known_word

    return is_known_word(word) or word.startswith("ketidak") and is_known_word("ke" + word[7:])


def document_words(text: str) -> set[str]:
    """The words of a text in lower case, and its hyphenated words whole ("re-rata") besides their parts."""
    words = set()
    for word in re.findall(r"\w+(?:-\w+)*", text.lower()):
        words.add(word)
        words.update(word.split("-"))
    return words


def hyphen_breaks_word(before: str, after: str, words: set[str], typeset: bool = False) -> bool:
    """A hyphen at a line end ("kemen-" then "terian") breaks one word: it appears whole elsewhere in the document
    (words), Sastrawi finds an Indonesian root in it, or a typesetter broke it (typeset: TeX, a word processor's
    PDF). Reduplications ("negara-negara"), prefixes kept apart ("non-"), compounds of two words as written
    ("sosial-ekonomi", _two_words) and loan words keep the hyphen."""
    left = re.findall(r"[\w-]+$", before)
    right = re.findall(r"^\w+", after)
    if not left or not right:
        return False
    w1, w2 = left[0].lower(), right[0].lower()
    capitals = left[0].isupper() and right[0].isupper()  # "OP-" "TIONAL"
    if "-" in w1 or not w1.isalpha() or not w2.isalpha() or not (right[0][0].islower() or capitals):
        return False
    # a reduplication ("beri-memberi"); a syllable of one or two letters is no word repeated ("me-" "kanisme"); a
    # root repeated with its affixes ("obat-obatan", "setinggi-tingginya", "perundang-undangan") ends the first
    # part and opens the second
    overlap = next((k for k in range(min(len(w1), len(w2)), 2, -1) if w1[-k:] == w2[:k]), 0)
    repeated = w1 == w2 or min(len(w1), len(w2)) >= 3 and (w1.endswith(w2) or w2.endswith(w1)) or \
        overlap >= 4 or overlap == len(w1)
    # a typesetter breaks a word after a syllable that is also such a prefix ("semi-" / "otika")
    kept = w1 in _HYPHEN_KEEP_PREFIXES and not (typeset and known_word(w1 + w2))
    if kept or repeated or f"{w1}-{w2}" in words:
        return False  # ... and a word the document writes with its hyphen elsewhere ("re-rata")
    if w1 + w2 in words or known_word(w1 + w2):
        return True
    if typeset and _two_words(before, after):
        return False  # a compound the typesetter broke at its own hyphen ("sosial-" "ekonomi")
    # a typesetter that hyphenates breaks names and loan words too ("Tasik-" "malaya"), but keeps an Indonesian
    # prefix on a loan word as the author wrote it ("meng-" "upload", "di-" "download")
    return typeset and w1 not in _LOAN_PREFIXES


# ---------------------------------------------------------------- plain text made into blocks

def typed_items(text: str) -> list[tuple[int, int, str]]:
    """(start, end, marker) of a paragraph's pieces, as a word processor's paragraph without list numbering holds
    them: a line that starts with a marker typed by hand ("a. Adanya strategi ...") opens an item; the other lines
    stay together as one paragraph (marker ""). A capital letter's "J. Salusu menyatakan ..." is a name's initial,
    no marker."""
    runs: list[list] = []
    for a, b, kind in plain_blocks(text):
        marker = list_marker(text[a:b]) if kind == "item" else ""
        if marker[:1].isupper():
            marker = ""
        if not marker and runs and not runs[-1][2]:
            runs[-1][1] = b
        else:
            runs.append([a, b, marker])
    return [(a, b, marker) for a, b, marker in runs]


TYPED_LEVEL_STEP = 180  # twips (0.32 cm): a typed item set in this much further than the one above is one level down


class IndentLevels:
    """List levels from indents, for lists typed by hand (a plain text's spaces, a Word paragraph's indent): an
    item set in by step or more past the item above opens a list inside it, one set back to an open item's indent
    is at that item's level; any other block ends the list."""

    def __init__(self, step: float):
        self.step, self.open = step, []  # open: the indents of the items open, outermost first

    def item(self, indent: float) -> int:
        while self.open and indent <= self.open[-1] - self.step:
            self.open.pop()
        if not self.open or indent >= self.open[-1] + self.step:
            self.open.append(indent)
        return len(self.open) - 1

    def numbered(self, indent: float, level: int) -> None:
        """An item of a numbered list (Word's numbering) at this indent and level: a typed item set in past it is
        one level below it."""
        self.open = (self.open[:level] + [indent] * level)[:level] + [indent]

    def end(self) -> None:
        self.open.clear()


def line_indent(line: str) -> int:
    """The columns a line is set in by, a tab four: a list item's level, a wrapped line's hanging indent (also the
    reference list's, citations.references)."""
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _plain_heading(text: str, spans: list[tuple[int, int, str]], i: int, lines: bool = False) -> bool:
    """A plain text's title or section title: a short line alone between blank lines (or first in the text; on a
    line of its own in a text whose paragraphs are its lines, lines), in no sentence (no end stop, a capital first),
    over a paragraph of prose; the text's first line over a line of its own too (its author's name, a date: "Peran
    Guru dalam Literasi Digital" / "Budi Santoso")."""
    a, b, _ = spans[i]
    line = text[a:b].strip()
    alone = lines or text[b:b + 2] == "\n\n" and (a == 0 or text[max(a - 2, 0):a] == "\n\n" or not text[:a].strip()) \
        or not text[:a].strip() and _byline_under(text, spans, i)
    line = without_pictographs(line) or line  # "🌱 Menyiapkan Lahan": its words are the title, the emoji decorate it
    if not alone or "\n" in line or not line[:1].isupper() or i + 1 == len(spans) or not (
            title_shaped(line)):
        return False
    if PAGE_NUMBER.match(line) or is_caption(line) or is_citation_line(line) \
            or _BYLINE.match(line) or _under_title_byline(text, spans, i):
        return False
    a2, b2, kind = spans[i + 1]
    below = text[a2:b2].strip()
    byline = i == 0 and i + 2 < len(spans) and "\n" not in below
    return kind == "paragraph" and not is_figure_note(below) and (
        len(below) > SHORT_HEADING_CHARS or below.endswith(TERMINAL) or byline) \
        and not _ends_announced_run(text, spans, i)  # last: it walks back over the lines above


# A byline names who wrote the text, never a part of it: "Oleh: Budi Santoso", "Ditulis oleh …", "By …" (not
# "Oleh-oleh Khas Daerah", a souvenir)
_BYLINE = LazyPattern(r"^(?i:(?:(?:ditulis|diposting|dikirim)\s+)?oleh\b(?!-|\s+(?:karena|sebab)\b)\s*:?\s*\S"
                      r"|(?:penulis|pengarang)\s*:\s*\S)|^(?i:by)\s+[A-Z]")
RUN_LINES = 40  # a list typed without markers holds this many lines at most


def _ends_announced_run(text: str, spans: list[tuple[int, int, str]], i: int) -> bool:
    """The last of a run of short lines a lead-in announces, with no marker ("… dibedakan menjadi:" / "Inflasi
    ringan" / "Inflasi sedang" / "Hiperinflasi" / prose): an item of that list, though prose follows it. It stands as
    close to the line above as the run's lines to theirs: a title set apart by a blank line under a run typed line by
    line ("Tujuan pembelajaran:" / "Memahami konsep inflasi" / "Menghitung laju inflasi" / "" / "Pengertian Inflasi")
    is the next section's."""
    if i > 1 and text.count("\n", spans[i - 2][1], spans[i - 1][0]) != text.count("\n", spans[i - 1][1], spans[i][0]):
        return False
    j = i - 1
    while j >= max(0, i - 1 - RUN_LINES) and spans[j][2] == "paragraph" \
            and "\n" not in text[spans[j][0]:spans[j][1]].strip() and is_short_heading(text[spans[j][0]:spans[j][1]]):
        j -= 1
    return j < i - 1 and j >= 0 and spans[j][2] == "paragraph" and text[spans[j][0]:spans[j][1]].rstrip().endswith(":")


# A line of people's names, as under a text's title: "Budi Santoso", "Dr. Siti Aminah, M.Pd. dan Agus Salim, S.E."
_NAME_WORD = r"(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]\.)"
_HONORIFIC = rf"(?:(?:{HONORIFICS}|H|Hj)\.\s*)"  # and the pilgrim's "H.", "Hj."
_DEGREE = (rf"(?:[A-Z][a-z]{{0,3}}\.(?:\s?[A-Z][a-z]{{0,4}}\.?){{0,3}}|Ph\.\s?D\.?|M[BP]A|MSc|"
           rf"(?:{DEGREES_RUN_TOGETHER})\b)")  # "S.Pd.", "M.Pd.I", "Ph.D.", "MBA"; run together "SE", "MM"
_PERSON = rf"{_HONORIFIC}*{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
_PARTED = r"(?=\s*(?:,|&|\bdan\b)|$)"  # where a name or a degree ends: the next one's comma or "dan", or the line's end
# names, each with its degrees: each part read one way only, as it ends where the next is parted from it (", A. Budi" is
# a degree and a name alike, so a line of 22 such names and a full stop took 7 s, each more doubling it)
_PEOPLE = LazyPattern(rf"^(?>{_PERSON}{_PARTED})(?>(?:,\s*{_DEGREE}|\s*(?:,|&|\bdan\b)\s*{_PERSON}){_PARTED})*$")
_TITLED = LazyPattern(rf"^{_HONORIFIC}|,\s*{_DEGREE}")
# ... and the line under them naming where they work or study
# (a role, "Dosen", "Mahasiswa", "Guru", only with where: a school's name, an acronym, a number or a comma after it,
# "Guru SD Negeri 1 Malang", "Dosen FKIP Unila"; "Guru Sekolah Dasar" over its prose is a section's title)
_INSTITUTION = (r"Universitas|Institut|Sekolah\s+Tinggi|Politeknik|Akademi|Fakultas|Program\s+Studi|Prodi|Jurusan|"
                r"Departemen|STIE|STKIP|STIKES|IAIN|UIN|SMA|SMK|SMP|MAN")
_AFFILIATION = LazyPattern(rf"^(?:{_INSTITUTION})\b|^(?:Dosen|Mahasiswa|Guru)\b(?=.*?(?:\b(?:{_INSTITUTION})\b|"
                           r"\b[A-Z]{2,}|\d|,))|^\S+@\S+\.\w+$")
# A line opening with a word naming a kind of writing or a part of one ("Catatan Kuliah Minggu Ketiga", "Materi
# Pertemuan Kelima", "Ringkasan Bacaan Wajib", "Tugas Individu") is a subtitle, no names
_WRITING_KIND = LazyPattern(
    r"^(?:catatan|materi|ringkasan|rangkuman|tugas|makalah|laporan|modul|pertemuan|bahan|resume|resensi|tinjauan|"
    r"kajian|telaah|ulasan|analisis|artikel|esai|paper|naskah|tulisan|skripsi|tesis|disertasi|proposal|jurnal|diktat|"
    r"handout|buku|bab|bagian|lampiran|latihan|soal|ujian|kuis|praktikum|kuliah|sesi|studi|review|lembar|"
    r"pengantar|pendahuluan)\b", re.I)
BYLINE_LINES = 3  # the lines between a text's title and its prose that can name its authors and where they work


def names_people(line: str, text: str) -> bool:
    """A line of people's names ("Budi Santoso"): names in capitals, with an academic title or a degree, or with a
    word neither Indonesian nor English that the text writes nowhere else, or whose words the text writes nowhere
    else, dictionary words as they may be ("Dewi Lestari": a section title's words recur in its text, "Perekonomian
    Indonesia"). A line opening with a word naming a kind of writing ("Catatan Kuliah Minggu Ketiga") is a
    subtitle."""
    if not _PEOPLE.match(line) or _WRITING_KIND.match(line.strip()):
        return False
    if _TITLED.search(line):
        return True
    lower, words = text.lower(), {w.lower() for w in re.findall(r"[A-Za-z]{3,}", line)} - {"dan"}
    once = {w for w in words if lower.count(w) == line.lower().count(w)}
    return any(not _dictionary_word(w) for w in once) or bool(words) and once == words


BYLINE_BLOCKS = 6  # a text's byline stands among its first blocks, under its title


def _bylines(doc: Document) -> set[int]:
    """Headings among a document's first blocks naming people over the line naming where they work ("Dewi Purwanti
    dan Mafizatun Nurhayati" / "Fakultas Ekonomi dan Bisnis ...": an article's authors set in bold in a PDF, a DOCX
    or a web page): the text's byline, no section title, whatever words the names are. Not over a heading: a heading
    over a heading is a section over its first part ("Struktur Organisasi" / "Fakultas Ekonomi")."""
    blocks = doc.blocks[:BYLINE_BLOCKS + 1]
    return {i for i, (b, under) in enumerate(zip(blocks, blocks[1:]))
            if i and b.kind == "heading" and under.kind != "heading"
            and _names_over_affiliation(doc.block_text(b), doc.block_text(under))}


def _names_over_affiliation(line: str, under: str) -> bool:
    """People's names over where they work, whatever words the names are ("Dewi Lestari" / "Universitas …"); where
    they work names a place, it says no sentence ("Tugas Guru" over "Guru profesional merencanakan … di kelas." is a
    section over its text)."""
    under = under.strip()
    return bool(_PEOPLE.match(line.strip())) and bool(_AFFILIATION.match(under)) \
        and len(under) <= AFFILIATION_CHARS and not under.endswith((".", "!", "?"))


AFFILIATION_CHARS = 200  # where the authors work, with their e-mail addresses: a line or two


def _under_title_byline(text: str, spans: list[tuple[int, int, str]], i: int) -> bool:
    """A line among the first under a text's title that names its authors ("Peran Koperasi" / "Budi Santoso" /
    "Universitas Negeri Semarang" / prose, blank lines between): a byline, no section title. The title is the
    text's first line; the names come first, where they work after them."""
    names = text[spans[1][0]:spans[1][1]].strip()
    under = text[spans[2][0]:spans[2][1]] if len(spans) > 2 else ""
    if not 1 <= i <= BYLINE_LINES or not (names_people(names, text) or _names_over_affiliation(names, under)):
        return False
    return all(_AFFILIATION.match(text[a:b].strip()) or names_people(text[a:b].strip(), text)
               for a, b, _ in spans[2:i + 1])


CAPITAL_TITLE_CHARS = 150  # a title in capitals is a title at this length still (a thesis's, on its own line)


def _capital_title(line: str) -> bool:
    """A title set in capitals, longer than a short heading ("HUBUNGAN ANTARA PEMBERIAN ASI EKSKLUSIF DENGAN STATUS
    GIZI BALITA DI …"): no sentence is written in capitals, and it ends none."""
    return len(line) <= CAPITAL_TITLE_CHARS and line.upper() == line and sum(c.isalpha() for c in line) > 20 \
        and not line.endswith(TERMINAL) and not _EQUATION.search(line)


_FIELD_LINE = LazyPattern(r"^\s*[^:\n]{1,30}?\s:\s|^\s*[^:\n]{1,30}:\s")  # a form's "Nama : …", "NIM: …"


def _byline_under(text: str, spans: list[tuple[int, int, str]], i: int) -> bool:
    """The text's first line stands over a line or two of their own, then a blank line: its author, a date
    ("Peran Guru dalam Literasi Digital" / "Oleh: Budi Santoso, S.Pd." / "", as a blank line after the title would
    set them)."""
    end = spans[i][1]
    if _FIELD_LINE.match(text[spans[i][0]:end]) and i + 1 < len(spans) and _FIELD_LINE.match(
            below := text[spans[i + 1][0]:spans[i + 1][1]]) and not _BYLINE.match(below.strip()):
        # "Nama : Budi" / "NIM : 123" / "Kelas : A": an assignment's form, no title over its author; a title with a
        # subtitle ("Literasi Digital: Tantangan Guru") over its author ("Oleh: Budi Santoso", "Budi Santoso") is one
        return False
    for n, (a, b, kind) in enumerate(spans[i + 1:i + 3], i + 1):
        line = text[a:b]
        if text[end:a] != "\n" or kind != "paragraph" or "\n" in line or len(line.strip()) > SHORT_HEADING_CHARS:
            return False
        if text[b:b + 2] == "\n\n":
            return n + 1 < len(spans)  # prose follows
        end = b
    return False


LINES_MIN = 5  # fewer lines than this say nothing about how a text parts its paragraphs


def parted_by_lines(text: str) -> bool:
    """A text whose paragraphs are its lines, with no blank line between them (Word's or LibreOffice's "Save as
    plain text": a title, a heading, a paragraph, each one line): a short line there stands alone as a title would
    between blank lines."""
    body = text.strip("\n")
    return "\n\n" not in body and body.count("\n") + 1 >= LINES_MIN


def text_blocks(text: str, placed: set[int] | None = None, lines: bool = False) -> tuple[Block, ...]:
    """Blocks over the text itself (offsets unchanged), with the section path of Markdown-style "#" headings or
    of a plain text's title lines. A title's level is what the text shows: a numbered one its numbering's depth
    ("BAB II" 1, "2.1" 2, "2.1.1" 3), the first title, a line in capitals ("PENUTUP") or one underlined with "="
    the top level, and any other (_plain_heading, or underlined with "-") one level under the nearest title with a
    level of its own, so "Kelebihan" under "2.1 MySQL" is 2.1's part and "Kekurangan" after it its sibling; placed,
    when given, gets those titles' block indexes (place_section_names decides them as it decides a bold line);
    lines: the text's paragraphs are its lines (parted_by_lines), so a title needs no blank lines around it. A
    "Daftar Pustaka" line (with or without "#") opens a reference list: what follows, up to the next heading of
    its level or above, is reference entries. An item's list level is read from its indent (IndentLevels)."""
    blocks, section, references_at = [], [], None  # section: (level, title, whether the level is its own)
    spans = plain_blocks(text)
    levels = IndentLevels(2)
    skip = -1
    for i, (a, b, kind) in enumerate(spans):
        if i == skip:
            continue
        line = text[a:b]
        if RULE_LINE.match(line) and "\n" not in line.strip() and references_at is None:
            levels.end()  # a break between parts: nothing to read, a list ends (a reference list's "_____" is a ditto)
            continue
        under = (next((lv for lv, _, own in reversed(section) if own), 0) or (1 if blocks else 0)) + 1
        own = True
        # "I.1 Pengertian" opens with a letter marker ("I."), yet is a section's number, as "2.1" is
        numbered = numbered_heading(line) if kind == "paragraph" or kind == "item" and _LETTERED_SECTION.match(line) else 0
        rule = _underline(text, spans, i) if kind == "paragraph" else ""
        if kind == "paragraph" and is_reference_heading(line):  # "2.4 Daftar Pustaka" at its number's level
            kind, line = "heading", "#" * (numbered_heading(line) or 1) + " " + line.strip()
        elif numbered:  # "BAB II" over "LANDASAN TEORI" is one heading; "2.1 Pengertian" one level down
            following = spans[i + 1] if i + 1 < len(spans) else None
            if CHAPTER_ALONE.match(line) and following and _title_line(text[following[0]:following[1]]):
                b, skip = following[1], i + 1
                line = text[a:b]
            kind, line = "heading", "#" * numbered + " " + " ".join(line.split())
        elif kind == "item" and _LETTER_TITLE.match(line) and _plain_heading(text, spans, i, lines):
            # "A. Pendidikan Budi Pekerti" alone over its prose: a chapter's lettered section, as a PDF's bold one is
            kind, line = "heading", ("#" if not blocks else "##") + " " + spaced_letter(line)
        elif rule or kind == "paragraph" and _plain_heading(text, spans, i, lines):
            if not blocks and not rule and _title_goes_on(text, spans, i):
                b, skip = spans[i + 1][1], i + 1  # a title in capitals set over two lines: one title
                line = " ".join(text[a:b].split())
            top = not blocks or rule == "=" or not rule and _title_line(line)
            own, skip = top, (i + 1 if rule else skip)
            kind, line = "heading", "#" * (1 if top else under) + " " + line.strip()
        if kind == "heading":
            level = len(line.lstrip()) - len(line.lstrip().lstrip("#"))
            title = section_name(MD_HEADING.sub("", line).strip().rstrip("#").strip())
            section = [s for s in section if s[0] < level]
            if references_at is not None and (level <= references_at or numbered > 1):
                references_at = None  # "2.5 Laporan Bacaan" after the entries: no entry, as in a DOCX or a web page
            if is_reference_heading(title):
                references_at = level
            if not own and placed is not None:
                placed.add(len(blocks))
            blocks.append(Block("heading", a, b, Location(tuple(t for _, t, _ in section)), level))
            section.append((level, title, own))
            levels.end()
            continue
        if references_at is not None:
            kind = "reference"
        if kind == "item":
            level = levels.item(line_indent(line))
        else:
            level = 0
            levels.end()
        blocks.append(Block(kind, a, b, Location(tuple(t for _, t, _ in section)), level, list_marker(line)))
    return tuple(nested_between(text, blocks))


def nested_between(text: str, blocks: list[Block]) -> list[Block]:
    """A list written out flat (a word processor's plain-text export keeps no paragraph indent): items of another
    kind of marker ("•", "a.", "1)") standing between two items of one numbered list whose count goes on ("2." …
    "3.") are a list inside the item before them, one level below it. So is such a list numbered from its start again
    after the list's last item ("2. Pelaksanaan" / "a. …" / "b. …" closing the text's list) when the item before it
    ("1. Persiapan") holds a list of that kind: the lists repeat, each under its item."""
    out = list(blocks)
    lines, kinds = [text[b.start:b.end] for b in out], [b.kind for b in out]
    for i, b in enumerate(out):
        number = item_number(kinds, lines, i) if b.kind == "item" else 0
        if not number:
            continue
        kind, k = marker_kind(lines[i]), i + 1
        while k < len(out) and out[k].kind == "item" and out[k].level == b.level and \
                marker_kind(lines[k]) not in (kind, ""):
            k += 1
        if k == i + 1:
            continue
        if k == len(out) or out[k].kind != "item" or out[k].level != b.level or \
                marker_kind(lines[k]) != kind or item_number(kinds, lines, k) != number + 1:
            if not _repeats_nested(out, lines, i, i + 1):
                continue
        for n in range(i + 1, k):
            out[n] = replace(out[n], level=out[n].level + 1)
    return out


# The label a writer types over notes set by hand after a section or at the text's end: "Catatan:", "**Catatan**",
# "Catatan Akhir", "Catatan Kaki", "Notes", "Endnotes"
_ENDNOTES_LABEL = LazyPattern(r"^(?:catatan(?:\s+(?:akhir|kaki|bab))?|notes?|endnotes|footnotes)\s*:?$", re.I)
# A note typed by hand, its number in brackets ("[4] Bruce Schneier, Applied Cryptography, ...") or raised as Word
# prints it ("¹ Soerjono Soekanto, Pengantar Penelitian Hukum ...")
_TYPED_NOTE = LazyPattern(rf"(?:\[(?P<bracket>\d{{1,3}})\]|(?P<raised>[{SUPERSCRIPTS}]{{1,3}}))[ \t]+\S")
# ... and its mark in the text: "[4]" anywhere, a raised number right after a word or a stop ("lemah.¹")
_TYPED_MARK = {"bracket": LazyPattern(r"\[(\d{1,3})\]"),
               "raised": LazyPattern(rf"(?<=[^\s\d{SUPERSCRIPTS}])([{SUPERSCRIPTS}]{{1,3}})(?![{SUPERSCRIPTS}])")}


def typed_endnotes(text: str, blocks: list[Block]) -> list[Block]:
    """Notes typed by hand after a section or at the text's end, each opening with its number, that the text above
    refers to by that number are footnotes: "[1] Untuk ringkasan ..., lihat Simon Singh, ..." under a label
    ("Catatan:") with "... dalam sejarahnya. [1]" above, or "¹ Soerjono Soekanto, ..." with "... masih lemah.¹"
    above (a Word text pasted as plain text or Markdown keeps its raised numbers), when every number of the run
    stands as such a mark in the text between the notes before (or the text's start) and the run. Notes in brackets
    need their label: a numbered reference list (IEEE) stands under its own heading; and numbers the text never marks
    are an explanation's own list: both stay as they are."""
    out = list(blocks)
    since = 0  # the first block after the last run of notes
    i = 0
    while i < len(out):
        run, style, j = [], None, i
        while j < len(out) and out[j].kind in ("paragraph", "item") \
                and (m := _TYPED_NOTE.match(text, out[j].start, out[j].end)) \
                and style in (None, "bracket" if m.group("bracket") else "raised"):
            style = "bracket" if m.group("bracket") else "raised"
            run.append((j, (m.group("bracket") or m.group("raised")).translate(LOWERED)))
            j += 1
        if not run:
            i += 1
            continue
        before = out[i - 1] if i else None
        labelled = before is not None and before.kind in ("paragraph", "heading") \
            and _ENDNOTES_LABEL.match(text[before.start:before.end].strip(" *_#")) is not None
        above = " ".join(text[x.start:x.end] for x in out[since:i] if x.kind not in ("footnote", "reference"))
        marks = {n.translate(LOWERED) for n in _TYPED_MARK[style].findall(above)}
        if (labelled or style == "raised") and all(n in marks for _, n in run):
            for k, _ in run:
                out[k] = replace(out[k], kind="footnote", level=0, marker="")
            since = j
        i = j
    return out


def _repeats_nested(blocks: list[Block], lines: list[str], i: int, first: int) -> bool:
    """Item i's list (numbered N, after N - 1 of its kind at its level) is followed at first by another kind of
    marker numbered 1, and item N - 1 holds a list of that kind numbered from 1, one level below it."""
    kinds = [b.kind for b in blocks]
    kind, number, level = marker_kind(lines[i]), item_number(kinds, lines, i), blocks[i].level
    sub = marker_kind(lines[first])
    if number < 2 or item_number(kinds, lines, first) != 1:
        return False
    for j in range(i - 1, -1, -1):
        if blocks[j].kind != "item" or blocks[j].level < level:
            return False
        if blocks[j].level == level and marker_kind(lines[j]) == kind:
            if item_number(kinds, lines, j) != number - 1:
                return False
            under = j + 1 < i and blocks[j + 1].level == level + 1
            return under and marker_kind(lines[j + 1]) == sub and item_number(kinds, lines, j + 1) == 1
    return False


_UNDERLINE = LazyPattern(r"^\s{0,3}(=|-)\1{2,}\s*$")


def _underline(text: str, spans: list[tuple[int, int, str]], i: int) -> str:
    """"=" or "-" when the line is a title underlined (the next line a rule of as many "=" or "-", half at least,
    right under it), else ""."""
    a, b, _ = spans[i]
    line = text[a:b].strip()
    if i + 1 == len(spans) or "\n" in line or not 0 < len(line) <= 90 or line.endswith((".", ",", ";", ":")):
        return ""
    a2, b2, _ = spans[i + 1]
    m = _UNDERLINE.match(text[a2:b2])
    return m.group(1) if m and text[b:a2].count("\n") == 1 and len(text[a2:b2].strip()) * 2 >= len(line) else ""


def _title_goes_on(text: str, spans: list[tuple[int, int, str]], i: int) -> bool:
    """A text's title in capitals going on in capitals on the line right under it, a blank line after ("PENERAPAN
    MODEL PROBLEM BASED LEARNING UNTUK" / "MENINGKATKAN HASIL BELAJAR IPA SISWA KELAS V", as copied from a PDF). Not
    its author's number under it ("NIM 123456789")."""
    if i + 1 >= len(spans) or not _title_line(text[spans[i][0]:spans[i][1]]):
        return False
    a, b, kind = spans[i + 1]
    under = text[a:b].strip()
    return kind == "paragraph" and text[spans[i][1]:a] == "\n" and text[b:b + 2] == "\n\n" \
        and _title_line(under) and not _BYLINE.match(under) and not _ID_NUMBER.search(under)


_ID_NUMBER = LazyPattern(r"\d{5,}")  # a student's or an employee's number (NIM, NPM, NIP): no title's


def _title_line(line: str) -> bool:
    """A chapter's title under "BAB II": short, in capitals, ending no sentence."""
    line = line.strip()
    return 0 < len(line) <= 80 and "\n" not in line and line.upper() == line and any(c.isalpha() for c in line) \
        and not line.endswith((".", ",", ";", ":"))


# A page number alone on its line: "45", "- 45 -", "Halaman 45", "hlm. 45 dari 60".
PAGE_NUMBER = LazyPattern(r"^[-–—]?\s*(?:(?:halaman|hlm|hal|page)\.?\s*)?\d{1,4}(?:\s*(?:/|dari|of)\s*\d{1,4})?"
                          r"\s*[-–—]?$", re.I)


PASTED_MIN_LINES = 8  # fewer long lines than this say nothing about how the text was made
PASTED_OPEN_SHARE = 0.5  # ... and at least this share of them end mid-sentence


def pasted_lines(doc: Document) -> Document:
    """A document whose paragraphs are the lines of a text (copied out of a PDF viewer and pasted into Word, one
    paragraph per line; a web page made from a PDF, a <p> per line) read as the .txt reader reads that text: each
    run of paragraphs and typed list items between the document's own headings, tables and notes is joined line by
    line and rebuilt (wrapped lines joined, "BAB II" / "2.1 …" headings, lists and a reference list found as in a
    .txt file), the page numbers among its lines left out. A document of real
    paragraphs is returned unchanged: its paragraphs are not of one width, and most end a sentence."""
    # the long lines tell: a table's cells, headings and short items pasted line by line are as short as they are
    lines = [line for b in doc.blocks if b.kind == "paragraph" for line in doc.block_text(b).split("\n")
             if len(line.strip()) >= WRAP_MIN]
    if len(lines) < PASTED_MIN_LINES or wrap_width(lines) is None:
        return doc
    if sum(not line.rstrip().endswith(TERMINAL) for line in lines) < PASTED_OPEN_SHARE * len(lines):
        return doc
    numbers = page_number_lines([doc.block_text(b) if b.kind == "paragraph" else "" for b in doc.blocks])
    builder = DocumentBuilder()
    run: list[str] = []

    def flush() -> None:
        text = unwrap("\n".join(run))
        run.clear()
        base = len(builder.section)  # headings in the run go under the document's own open headings
        for block in text_blocks(text):
            piece = text[block.start:block.end]
            if block.kind == "heading":
                builder.heading(MD_HEADING.sub("", " ".join(piece.split())).strip(), base + block.level)
            elif block.kind == "item":
                builder.add("item", LIST_MARKER.sub("", piece, count=1), marker=block.marker)
            else:
                builder.add(block.kind, piece)
    for i, b in enumerate(doc.blocks):
        if i in numbers:  # the page number a line of the copied page carried, cutting a sentence at the page turn
            continue
        if b.kind in ("paragraph", "item") and not b.level:
            run.append(doc.block_text(b))
            continue
        if run:
            flush()
        pages = {"first_page": b.location.first_page, "last_page": b.location.last_page}
        if b.kind == "heading":
            builder.heading(doc.block_text(b), b.level, **pages)
        else:
            text = doc.block_text(b)
            builder.add(b.kind, text[len(b.marker):] if b.kind == "item" else text, b.level, b.marker, **pages)
    if run:
        flush()
    return builder.build(doc.path, doc.title, doc.sha256, doc.format, doc.pages, doc.warnings)


PAGE_LINES = 10  # a page holds this many lines at least


def page_number_lines(lines: list[str]) -> set[int]:
    """Positions of the lines that are page numbers in a text copied page after page: lines holding only a number
    ("21", "- 21 -", "Halaman 21") that count up one page at a time (two where a page has none), a page's lines
    apart, three or more; and any such line standing inside a sentence that runs on across it. A list or a table's
    column of numbers counts up line by line: no page."""
    found = [(i, int(re.search(r"\d+", line).group())) for i, line in enumerate(lines)
             if line.strip() and PAGE_NUMBER.match(line.strip())]
    chains: list[list[tuple[int, int]]] = []  # page numbers counting up, other numbers skipped between them
    # each number goes on the longest chain (the first made, of equal ones) ending one or two lower a page above it;
    # chains are found by their last number, not all compared with each (a text of many lone numbers was quadratic)
    waiting: dict[int, deque[tuple[int, int]]] = defaultdict(deque)  # last number -> (line, chain) not a page above yet
    ready: dict[int, list[tuple[int, int]]] = defaultdict(list)  # last number -> heap of (-length, chain) a page above
    for i, n in found:
        best = None
        for last in (n - 1, n - 2):
            queue, heap = waiting[last], ready[last]
            while queue and i - queue[0][0] >= PAGE_LINES:
                _, k = queue.popleft()
                if chains[k][-1][1] == last:
                    heapq.heappush(heap, (-len(chains[k]), k))
            while heap and chains[heap[0][1]][-1][1] != last:
                heapq.heappop(heap)  # gone on to a higher number since
            if heap and (best is None or heap[0] < best):
                best = heap[0]
        if best is not None:
            chains[best[1]].append((i, n))
        else:
            chains.append([(i, n)])
        waiting[n].append((i, best[1] if best is not None else len(chains) - 1))
    out = {i for c in chains if len(c) >= 3 for i, _ in c}
    for i, _ in found:  # one alone where a sentence runs on across it ("… masih sering" / "21" / "mengabaikan …")
        before, after = (lines[i - 1].rstrip() if i else ""), (lines[i + 1].lstrip() if i + 1 < len(lines) else "")
        if before and not before.endswith(TERMINAL) and after[:1].islower():
            out.add(i)
    return out
