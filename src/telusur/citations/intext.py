"""In-text author-year citations: parenthetical "(Soekanto, 1990: 72)", narrative "Mac Iver dan Page (1957: 124)",
bare "(1990: 80)" after a named author, and secondary "Terry (Hasibuan, 2009: 38)" / "Kirk (1979) dalam Astati (2001)".

Precision comes first: a name that may be a title, a law, a verb or an initial is not an author, and a bare year
with no author named in a citing position stays without one."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..documents.model import IBID, MONTH, MONTH_SHORT, OP_CIT, SUPERSCRIPTS, YEAR, YEAR_DIGITS
from ..documents.structure import CAPTION_WORDS, any_of
from ..acronyms import initialled, initials, stands_for
from ..indonesian import NAME_LINKS, is_affixed
from .names import (ACADEMIC, A_WORK_SAID, acronym_of_what_was_studied, ARABIC_ARTICLE, HIJRI_MONTHS, TRANSLATOR_WORD, THEORY_KINDS, METHOD_KINDS, CITING_BEFORE_TO, ENGLISH_BODY_RUN, SOURCE_NOTE, english_body_name, BODY_LINKS, DOCTORS, one_body, COMPASS, ETAL, NAMED_BODY_HEADS, NOT_NAMES, ORGANISATION_WORDS, PLACE_WORDS, PUBLISHER_WORD, PUBLISHING_PLACES, WEBSITE, Group, clean_authors_text, eponym_of, group_before, is_common_word, prose_small_words,
                    is_etal, is_organisation, is_publisher, lowercase_words, names_in, no_dictionary_name, opens_with_office, short_names, site_of, split_names, surname, title_start,
                    written_as_a_place, a_known_place)
from .linking import COUNTRY_AFTER, author_matches
from .references import Reference, looks_like_entry, ocr_years, parse_reference, running_lines
from .model import Citation
from .occurrences import HYPHENED, finditer

# "(Soekanto, 1990)" or "[ Yusti, 2015]" (square brackets; a Markdown link's text too: "[Santoso, 2019](https://doi...)")
_PAREN = re.compile(r"\(([^()]{4,200}|(?:n\.?\s?d|t\.?\s?t)\.?)\)|\[([^()\[\]]{4,200})\]")  # "(n.d)", "(tt)" too
# "12", "12-13", "12, 15", "12 & 15", "xii" (a preface's pages)
# ... and "12ff.", "12 dst." (the pages that follow)
# ... or numbered by section, as standards and manuals print them: PSAK's "14.2", "3.4-3.5", "II-3"
_PAGE = r"(?:\d+\.\d+(?!\.?\d)|[IVX]{1,4}-\d+|\d+)"
_PAGES = (rf"(?P<pages>{_PAGE}(?:\s*[-–—‒‐−]\s*{_PAGE})?(?:\s*(?:,|&|dan)\s*\d+(?:\s*[-–—‒‐−]\s*\d+)?)*|[ivxl]{{1,6}}\b)"
          r"(?:\s*(?i:ff?|dst|dsb|et\s+seq)\b\.?)?")
# "hlm . 12" as OCR spaces it; "2017. hal 80"; a volume before the pages: "jilid 2: 12", "Vol. 2, hlm. 12", "juz 3: 5"
_SEP = (r"(?:\s*[:;,.]\s*|\s+)(?:(?i:jilid|jld|vol|volume|juz|bk)\.?\s*(?:\d+|[IVX]+)\s*[:;,.]?\s*)?"
        r"(?:(?i:cet(?:akan)?\.?|edisi|ed\.)\s*(?:(?i:ke)-?\s*)?\d+\s*[:;,.]?\s*)?"  # "2016, cet. ke-20, hlm. 10"
        r"(?:(?i:hlm|hal|halaman|pp?|hh|h)\s*[.:]?\s*)?")  # "hh. 6-7": pages, as "pp."; "Hal: 12"
# "Soekanto, 1990: 72", "Polak 1996: 166", "Manap, 2016, p. 89", "Tarmansyah, 2007;82"
_REPRINT = rf"(?:\s*/\s*{YEAR_DIGITS}|\s*\[\s*{YEAR_DIGITS}\s*\])?"  # "(Rasch, 1960/1980)", "(Sari, 2019 [1998])"
# A Hijri year, as Islamic studies cite classical works: "al-Mawardi (1409 H: 23)", "(Ibnu Qudamah, 1388 H/1968 M)"; the
# number as written is the year ("H" after it: a bare 1409 is no year)
_HIJRI = r"1[0-4]\d\d(?=[ \t]?H\b)"
_HIJRI_YEAR = re.compile(rf"\d+[ \t]?H\b")  # "Puasa Ramadhan (1445 H)": the month's year (_narrative)
_REPRINT = rf"(?:[ \t]?H\b\.?(?:[ \t]*/[ \t]*{YEAR_DIGITS}[ \t]?M\b\.?)?|[ \t]?M\b\.?)?" + _REPRINT  # "1968 M" too
# ... both calendars, "1388 H/1968 M": the Gregorian year is the work's (the edition's year, as lists give it), the
# Hijri blanked in the scan text (_scan_text); the label writes the year as the text does ("1409 H", _make)
_HIJRI_BEFORE_GREGORIAN = re.compile(rf"(?<![\d/])1[0-4]\d\d[ \t]?H\b\.?[ \t]*/[ \t]*(?={YEAR_DIGITS}[ \t]?M\b)")
_CALENDAR_AS_WRITTEN = re.compile(rf"(?<!\d)(?:1[0-4]\d\d[ \t]?H\b\.?(?:[ \t]*/[ \t]*{YEAR_DIGITS}[ \t]?M\b)?|"
                                  rf"{YEAR_DIGITS}[ \t]?M\b)")
# A dated article after its year (APA for news): "Kompas (2019, 12 Maret)", "(Santoso, 2019, March 3)"
_MONTH = rf"(?:{MONTH}|{MONTH_SHORT})\.?"
_REPRINT += rf"(?:\s*,\s*(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}})?(?![\w]))?"
# No date yet, or not yet: "(Santoso, n.d.)", "(Sari, t.t.)", "(Putra, in press)", "(Putra, dalam proses)"
# ... written short ("nd", "tt", no word before them: not "(Brand)") or in Latin ("s.a.", sine anno)
_NO_YEAR = r"(?<![^\W\d_])(?:n\.?\s?d|t\.?\s?t|t\.\s?th)\b\.?|tanpa\s+tahun|s\.\s?a\."
_UNDATED = (rf"{_NO_YEAR}|in\s+press|forthcoming|dalam\s+proses|"
            r"sedang\s+dicetak|akan\s+terbit")
# A figure's or table's source made over from a work, the verbs' one list: before the work ("(diadaptasi dari UNICEF,
# 1990)": _CUE_PREFIX), after its year ("(Green, 2005, dengan modifikasi)": _PLACE), a source line's label (_SOURCE_LABEL)
_ADAPTED = r"(?:diolah|diadaptasi|dimodifikasi|diadopsi|disadur|adaptasi|modifikasi)"
# Where in a work with no page numbers: "(Sari, 2019, para. 3)" (APA 7 for web pages), "bab 2", "chap. 4"
_PLACE = r"(?:\s*[,;:]?\s*(?i:para|par|bab|chap|ch|bagian|sec)\.?\s*\d+)?"
# ... and notes after the year or pages: the printing or edition, "online", the emphasis ("cetak miring oleh penulis")
_PLACE += (r"(?:\s*[,;]\s*(?i:cet(?:akan)?\.?\s*(?:ke-?)?\s*\d+|edisi\s+\w+|ed\.\s*\d+|online|daring|"
           r"(?:cetak\s+miring|huruf\s+miring|penekanan|garis\s+bawah|italics?|emphasis)[^()]{0,40}|"
           rf"(?:dengan\s+)?{_ADAPTED}(?:\s+(?:oleh\s+)?(?:peneliti|penulis))?|"  # "(BPS, 2020, diolah peneliti)"
           r"(?:untuk|for)\s+[^()]{1,60}))*")  # "(lihat Sari, 2019, untuk uraian lengkap)", "(see Sari, 2019, for a review)"
_AUTHORED = re.compile(rf"^(?P<head>.*?(?:[^\d\s,;:—–]|(?<=[A-Z]{{2}}-)\d{{1,2}}))(?:\s*[,;]\s*(?i:thn|tahun)\.?|\s*[,;:—–]?\s*(?:th\.)?)\s*(?P<year>{YEAR}|{_HIJRI}|(?i:{_UNDATED})){_REPRINT}"
                       rf"(?:{_SEP}{_PAGES})?{_PLACE}\s*[.,;]?$", re.S)  # "(Sari, 2019,)": a stray comma
_BARE = re.compile(rf"^\s*(?P<year>{YEAR}|{_HIJRI}|(?i:{_NO_YEAR})){_REPRINT}(?:{_SEP}{_PAGES})?{_PLACE}\s*[,;]?\s*$")
# One author's several works: "(Santoso, 2015, 2017)", "(Kadir, 2013a, 2013b: 10)", "Santoso (2015; 2017)"
_YEAR_JOIN = r"(?:\s*[,;]\s*(?:(?:dan|and)\s+|&\s*)?|\s+(?:dan|and)\s+|\s*&\s*)"  # "2010, 2012", "2010 dan 2012"
_YEARS = rf"(?P<years>{YEAR}(?:{_YEAR_JOIN}(?:{YEAR}(?!\w)|[a-f](?=\s*(?:[,;:]|$))))+)(?P<rest>(?:{_SEP}{_PAGES})?\s*\.?)"
_AUTHOR_YEARS = re.compile(rf"^(?P<head>.*?[^\d\s,;:])\s*[,;:]?\s*{_YEARS}$", re.S)
_BARE_YEARS = re.compile(rf"^\s*{_YEARS}\s*$")


def _each_year(years: re.Match) -> list[str]:
    """ "2015, 2017: 12" -> ["2015", "2017: 12"]; "2013a, b" -> ["2013a", "2013b"]."""
    out: list[str] = []
    for y in re.split(_YEAR_JOIN, years.group("years").strip()):
        out.append(out[-1][:4] + y if len(y) == 1 and out else y)
    out[-1] += years.group("rest")
    return out


def _undated(year: str) -> bool:
    return not year[:1].isdigit()


def _year_as_cited(year: str) -> str:
    """ "n. d." -> "n.d.", "t.th." -> "t.t.", "In press" -> "in press"; a year as it is."""
    if not _undated(year):
        return year
    low = " ".join(year.lower().split())
    if low.startswith("n"):
        return "n.d."
    if low.startswith(("t", "s")):  # "tanpa tahun", "s.a." (sine anno)
        return "t.t."
    return "in press" if low in ("in press", "forthcoming") else "dalam proses"
# Words that send the reader to a work: "(lihat Sari, 2019)", "(periksa ...)", "(uraian lengkap lihat ...)",
# "(Sari, 2019; bandingkan Putra, 2020)", "(misal: Sari, 2019)"
# ... a figure's or table's source made over from a work: "(diadaptasi dari UNICEF, 1990)", "(Sumber: diolah dari BPS,
# 2020)", "(modifikasi Green, 2005)" (_ADAPTED; with no "dari", in lower case only: "Modifikasi" may open a title)
_CUE_PREFIX = re.compile(r"^(?:(?:(?:[a-z]+,?\s+){0,3}(?:lihat|baca|periksa|bandingkan|rujuk|see)"
                         r"(?:\s+(?:juga|pula|misalnya|also))?|"  # "(for a review, see Sari, 2019)"
                         r"lih\.|bdk\.?|cf\.|mis\.|misal(?:nya)?|seperti|juga|dan|and|see(?:\s+also)?|e\.\s?g\.,?|"
                         rf"i\.\s?e\.,?|contoh(?:nya)?|antara\s+lain|(?:dengan\s+)?{_ADAPTED}\s+dari|(?-i:{_ADAPTED})|"
                         rf"{SOURCE_NOTE})"  # ... and in English: "(Adapted from Parasuraman, 1988)"
                         r"\s*[:,]?\s+|"
                         r"(?:sumber|source)\s*:\s*)+", re.I)  # "see, e.g.,"
# The verbs of saying that tie an author to a claim, as the stems of their passives ("di" + stem): "yang diungkapkan
# Hasibuan (2016) adalah ...", "dikemukakan Robbins (2016)", "sebagaimana dijelaskan dalam Sutrisno (2010)", "dinyatakan
# oleh Maslow pada tahun 1943". One list: every rule that reads an agent or a work after such a verb builds its pattern
# from it with _passive(); a rule that reads fewer names them there and says why (_EXPLAINED_IN, _CUE_BEFORE,
# _STATED_BY_BEFORE). The active verbs after a name (_CUE_AFTER, "Robbins (2016) menyatakan") are another rule.
_SAID = ("kemukakan", "ungkapkan", "sebutkan", "rumuskan", "jelaskan", "definisikan", "nyatakan", "paparkan",
         "uraikan", "tulis", "katakan", "gambarkan", "artikan", "sampaikan", "ajukan", "usulkan", "kategorikan",
         "klasifikasikan", "tegaskan", "terangkan")
# ... and of studying, whose agent is a work's author as well ("isu yang diidentifikasi Hesmondhalgh (2010)", "yang
# dilakukan Sony (2012)"), but no claim of his is said: only after "yang"/"sebagaimana" (_PASSIVE_AGENT_BEFORE)
_STUDIED = ("identifikasi", "lakukan", "temukan")
# ... and of presenting, whose agent is a method's author only where what was presented is a method (_presented_method):
# "penyampaian Fast YOLO oleh Joseph Redmon pada tahun 2016", never "Tanam paksa diperkenalkan oleh Van den Bosch"
_PRESENTED = ("perkenalkan", "kenalkan")


def _passive(*stems: str) -> str:
    """ "di(?:kemukakan|ungkapkan|...)": the passive of the stems named (all of _SAID's when none is), each a stem of
    _SAID or _STUDIED, so that no rule keeps a verb of its own."""
    unknown = set(stems) - set(_SAID) - set(_STUDIED) - set(_PRESENTED)
    if unknown:
        raise ValueError(f"not in _SAID, _STUDIED or _PRESENTED: {sorted(unknown)}")
    return "di(?:" + "|".join(stems or _SAID) + ")"


# "dikutip", "sebagaimana dikutip", "seperti yang disitasi", "yang dirujuk": a work quoting someone is named next. The
# family's one spelling: _CITED_BY, _QUOTED_IN_BOOK_BEFORE and notes._CUE read it
QUOTED_IN = r"(?:(?:sebagaimana|seperti(?:\s+yang)?|yang)\s+)?(?:dikutip|disitasi|dirujuk)"
# "dalam", "dikutip oleh", "sebagaimana dikutip", "yang dikutip dari", "as cited in": the citing work follows
_CITED_BY = (rf"(?:{QUOTED_IN}(?:\s+(?:dalam|oleh|dari))?|"
             r"(?:as\s+)?(?:cited|quoted)\s+(?:in|by)|dalam|dlm\.?|via|"  # "(Santoso, 2010 via Wijaya, 2015)"
             r"(?<![\w.])(?<!op\.\s)(?<!loc\.\s)cit\b\.?)")  # "(Notoatmodjo, 2010 cit. Wawan, 2011)", not "op. cit."
# "dalam", "in", "dikutip dalam", "sebagaimana dikutip oleh", "as cited in": the citing work follows; "Kirk (1979) dalam
# buku Wijaya (2015)", "(dalam buku Wijaya, 2015)": the book named is that work, no title
_CITED_IN = rf"(?:{_CITED_BY}|in)\s+(?:dalam\s+)?(?:buku(?:nya)?\s+)?"
_DALAM = re.compile(rf"^{_CITED_IN}", re.I)
# A ";" before a number separates year and pages ("2007;82"); before a name it separates works.
# A ", " after a year before a capitalized name separates works too: "(Ban, et al, 2001, Taehoon & Petersen, 2009)";
# so does "vs" between two sides of a debate: "(Cameron & Pierce vs Deci, Koestner & Ryan 1999)".
_WORK_SPLIT = re.compile(r";(?!\s*(?:\d|(?i:hlm|hal|halaman|pp?|hh|h)\b\.?\s*\d))|\s+(?:vs|versus)\.?\s+(?=[A-Z])|(?:(?<=\d)|(?<=\d[a-z]))\s*(?:,\s*(?:dan\s+|and\s+|&\s*)?|\s(?:dan|and)\s+|\s*&\s*|"
                         r"\.\s+)(?=[A-Z])(?!(?i:hlm|hal|halaman|pp?|hh|h)\b)")  # "(Santoso, 2019. Wijaya, 2020)"  # "(Sari, 2019 dan Putra, 2020)" too
_SENTENCE_START = re.compile(r"(?:^|[.!?][\s\"”’]+|\n)")
_MENURUT_LEAD = re.compile(r"^\W*(?:(?:sedangkan|adapun|dan|namun)\s+)?menurut\s+", re.I)
_LOOKBACK = 2000  # a bare year looks this far back at most: its paragraph, or its list and lead-in
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"\n]*(?:\"|$)")


def find_citations(text: str, start: int = 0, end: int | None = None, context_start: int | None = None) -> list[Citation]:
    """Citations inside text[start:end]; a bare "(1990: 80)" takes the author named before it, from context_start on.
    A capital beyond ASCII opening a name ("Álvarez et al. (2018)", "(Šimić, 2017)", "Özdemir (2019)") is read as its
    base letter, as every rule below writes a name's capital [A-Z], and the names found are given back as written."""
    folded, spelled = _capitals_folded(text)
    if folded is text:
        return _find_citations(text, start, end, context_start)
    return [_as_written(c, spelled) for c in _find_citations(folded, start, end, context_start)]


# A capital letter beyond ASCII with an ASCII base letter ("Á" of "Álvarez", "Š" of "Šimić", "Ö" of "Özdemir")
_CAPITAL_BEYOND_ASCII = re.compile("[" + "".join(
    c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and "A" <= unicodedata.normalize("NFD", c)[0] <= "Z"
) + "]")


@lru_cache(maxsize=4)
def _capitals_folded(text: str) -> tuple[str, dict[str, str]]:
    """The text with each such capital replaced by its base letter (same length: offsets stay the text's), and each
    word so changed, as folded, to its spelling in the text; the text itself when it has none (read once per text,
    as _scan_text is). A folded word the text also writes in ASCII keeps that spelling."""
    if _CAPITAL_BEYOND_ASCII.search(text) is None:
        return text, {}
    folded = _CAPITAL_BEYOND_ASCII.sub(lambda m: unicodedata.normalize("NFD", m.group())[0], text)
    spelled = {}
    for m in re.finditer(r"[\w'’\-]+", text):
        if _CAPITAL_BEYOND_ASCII.search(m.group()):
            spelled.setdefault(folded[m.start():m.end()], m.group())
    return folded, {w: v for w, v in spelled.items() if re.search(rf"(?<![\w'’\-]){re.escape(w)}(?![\w'’\-])", text) is None}


def _as_written(cite: Citation, spelled: dict[str, str]) -> Citation:
    """The citation's names with the words folded by _capitals_folded spelt as the text writes them."""
    if not spelled:
        return cite
    words = re.compile(r"(?<![\w'’\-])(?:" + "|".join(map(re.escape, sorted(spelled, key=len, reverse=True)))
                       + r")(?![\w'’\-])")

    def written(s: str | None) -> str | None:
        return s and words.sub(lambda m: spelled[m.group()], s)

    return replace(cite, label=written(cite.label), authors=tuple(written(a) for a in cite.authors),
                   authors_text=written(cite.authors_text), via=written(cite.via))


def _find_citations(text: str, start: int = 0, end: int | None = None, context_start: int | None = None) \
        -> list[Citation]:
    end = len(text) if end is None else end
    lo = start if context_start is None else min(context_start, start)
    scan = _scan_text(text)
    found: list[Citation] = []
    for m in _PAREN.finditer(scan, start, end):
        if _spans_blocks(_inner(m)) or _in_reference_entry(text, m.start()) or (m.group(2) and "@" in m.group(2)):
            continue  # "[@santoso2019, hlm. 12]": a citation key, read below
        found += _citations_at(text, scan, m, lo)
    if "@" in text:
        found += _citation_keys(text, scan, start, end)
    if "umber" in text or "ource" in text:
        found += _source_entries(text, start, end)
    found += _running(text, scan, start, end, lo) + _menurut_tahun(text, scan, start, end, lo)
    if "(" in text:
        found += _note_books_year_outside(text, scan, start, end, lo)
    if "ada tahun" in scan:
        found += _year_first(text, scan, start, end)
    if "dkk" in scan or "et al" in scan:
        found += _study_year_then_authors(text, scan, start, end)
    if " | " in text:
        found += _table_rows(text, scan, start, end, {c.start for c in found})
    found += _listed_works_named(text, scan, start, end, found)
    if _numbered_entries(text):
        found += _numbered(text, scan, start, end)
    found = [_standard_as_listed(text, _short_form_whole(text, _surname_as_listed(text, c))) for c in found]
    if "-" in text:
        found = [_compound_term_as_author(text, scan, c) for c in found]
    bodies = _names_a_body_kind(text) or any(_RECORDS_AFTER.match(text, c.end) for c in found)
    found = [_body_of_everyday_words(text, c, bodies) for c in found]
    if "(Persero)" in text:
        found = [_legal_form_as_written(c) for c in found]
    if "/" in text:
        found = [_hijri_as_written(text, c) for c in found]
    return sorted(found, key=lambda c: c.start)


def _compound_term_as_author(text: str, scan: str, cite: Citation) -> Citation:
    """A hyphened term of common words read as the one author before a year ("Menurut Open-Source (2004), ...",
    "Client-Server (2010) memisahkan ...") that the text also writes small ("lisensi open-source") is the thing the
    text talks about, no surname: the year is no one's named. A double surname ("Harris-Smith (2004)") is never
    written small, and a term the text's list holds as an author stays its work."""
    from ..english_vocabulary import is_english_word
    from ..indonesian import is_known_word

    if len(cite.authors) != 1 or cite.in_note or cite.authors_text != cite.authors[0] or "-" not in cite.authors[0]:
        return cite
    term = cite.authors[0]
    parts = term.lower().split("-")
    if not all(p and (is_known_word(p) or is_english_word(p)) for p in parts) \
            or re.search(rf"(?<![\w'’\-]){re.escape(term.lower())}(?![\w'’\-])", scan) is None \
            or is_listed(text, cite.authors, cite.year):
        return cite
    at = text.find("(", cite.start, cite.end)
    inner = text[at + 1:cite.end].rstrip(")") if at >= 0 else cite.year
    return replace(cite, label=f"({' '.join(inner.split())})", authors=(), authors_text="",
                   start=at if at >= 0 else cite.start)


def _hijri_as_written(text: str, cite: Citation) -> Citation:
    """A citation of a work dated in both calendars, read by its Gregorian year ("(Ibnu Katsir, 1388 H/1968 M)": 1968,
    the edition's, as lists give it): its label says both years as written, not "Ibnu Katsir (1968 M)" (the Hijri
    year is blanked in the text the label is read from)."""
    if not re.search(rf"\({YEAR_DIGITS}[ \t]?M\b", cite.label):
        return cite
    both = next((w for w in _CALENDAR_AS_WRITTEN.finditer(text, cite.start, cite.end) if "/" in w.group()), None)
    if both is None:
        return cite
    label = re.sub(rf"\({YEAR_DIGITS}[ \t]?M\b", lambda _: "(" + " ".join(both.group().split()), cite.label, count=1)
    return replace(cite, label=label)


def _spans_blocks(inner: str) -> bool:
    """A parenthesis that runs over a blank line or more than three line breaks joins blocks, not a citation; a
    group of works wrapped over two or three lines is one ("(lihat Alodat dkk., 2023; Sharma, 2022;\nLin ...)")."""
    return inner.count("\n") > 3 or bool(re.search(r"\n\s*\n", inner))


def _inner(m: re.Match) -> str:
    return m.group(1) if m.group(1) is not None else m.group(2)


@lru_cache(maxsize=4)
def _names_a_body_kind(text: str) -> bool:
    """Whether the text names a kind of body anywhere ("Dinas ...", "Badan ..."): read once per text, as _scan_text
    is, since chunking calls find_citations block by block with the whole text (a search per call made a long
    upload's chunking grow with the square of its length)."""
    return _ANY_BODY_KIND.search(text) is not None


@lru_cache(maxsize=4)
def _scan_text(text: str) -> str:
    """The text with emphasis marks and escapes blanked, same length, so offsets stay those of the text."""
    text = re.sub(r"\*|\\(?=[()\[\]])|(?<!\w)_|_(?!\w)", " ", text)
    # a word hyphenated at a line's end, joined (its rest moved up, spaces after): "Santo-\nso (2019)"
    text = _LINE_HYPHEN.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)
    text = _NAME_HYPHEN.sub(_joined_name, text)
    text = _EDITED.sub(lambda m: " " * len(m.group()), text)
    text = ocr_years(text)
    if "al.'s" in text or "al.’s" in text:  # "Santoso et al.'s (2019) study"
        text = _ETAL_POSSESSIVE.sub(lambda m: " " * len(m.group()), text)
    text = _typed_parentheses(text)
    if "[" in text or "(" in text:  # "Badan Pusat Statistik [BPS] Kabupaten Jember (2022)": one name, its acronym aside
        text = _ACRONYM_BEFORE_REGION.sub(lambda m: " " * len(m.group()), text)
    if '"' in text or "“" in text:  # 'Menurut "Arikunto" (2010)': quoted after a citing word, still a name
        text = _QUOTED_NAME.sub(_quoted_name, text)
    if "(Persero)" in text:  # "(PT Pertamina (Persero), 2020)": a company's legal form, a word of its name
        text = _LEGAL_FORM.sub(lambda m: " " + m.group(1) + " ", text)
    if "c." in text:  # "Mc. Leod (2009)", "(Mc. Leod, 2009)": the particle of "Mc Leod", not an initial
        text = _PARTICLE_STOP.sub(r"\1 ", text)
    if "/" in text:
        text = _ORIGINAL_YEAR.sub(_original_year, _SCHOOL_YEAR.sub(_school_year, text))
        text = _HIJRI_BEFORE_GREGORIAN.sub(lambda m: " " * len(m.group()), text)
    return ETAL.sub(lambda m: ("et al." if len(m.group()) >= 6 else "et al")[:len(m.group())].ljust(len(m.group())), text)


# A state company's legal form in parentheses after its name: "PT Pertamina (Persero)", "PT Bank Rakyat Indonesia
# (Persero) Tbk"
_LEGAL_FORM = re.compile(r"(?<=[A-Za-z][ \t])\((Persero)\)")


def _legal_form_as_written(cite: Citation) -> Citation:
    """A company read through its legal form's blanked brackets ("PT Bank Mandiri Persero Tbk"): the form in its
    brackets again, as the text writes it ("PT Bank Mandiri (Persero) Tbk")."""
    if not cite.authors or not re.search(r"(?<=[A-Za-z] )Persero\b", cite.authors[0]):
        return cite
    first = re.sub(r"(?<=[A-Za-z] )Persero\b", "(Persero)", cite.authors[0])
    return replace(cite, authors=(first,) + cite.authors[1:])


# A body's acronym written between its name and the region it serves: "Badan Pusat Statistik [BPS] Kabupaten Jember",
# "Dinas Kesehatan (Dinkes) Provinsi Jawa Timur"; a name runs on over it (a parenthetical's own rule drops "[BPS]")
_ACRONYM_BEFORE_REGION = re.compile(r"(?<=[a-z])[ \t]+(?:\[[ \t]*[A-Z][A-Za-z]{1,9}[ \t]*\]|\([ \t]*[A-Z][A-Za-z]{1,9}[ \t]*\))"
                                    r"(?=[ \t]+(?:" + "|".join(sorted({w.capitalize() for w in PLACE_WORDS})).replace(".", r"\.")
                                    + r")[ \t]+[A-Z])")


# ... after "menurut" only: 'dikembangkan oleh "Google"', 'kata "Demokrasi"' quote a product's or a word's name; a
# body's or a dictionary's name of up to six words too ('Menurut "Kamus Besar Bahasa Indonesia" (2008)'), and such a
# name after a sentence's "Dalam" ('Dalam "Kamus Besar Bahasa Indonesia" (2008)'; a title quoted after "dalam" stays)
_QUOTED_NAME = re.compile(r"(\b(?i:menurut)[ \t]+|(?<![\w\-])Dalam[ \t]+)[\"“]"
                          r"([A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,5})[\"”]")


def _quoted_name(m: re.Match) -> str:
    if m.group(1).startswith("Dalam") and not is_organisation(m.group(2)):
        return m.group()
    return f"{m.group(1)} {m.group(2)} "


# "Mc." before a surname, after an initial too ("R.Mc. Leod"); a word ending so ("iMac.") reads the same either way
_PARTICLE_STOP = re.compile(r"(Ma?c)\.(?=[ \t]?[A-Z][a-z])")
_ETAL_POSSESSIVE = re.compile(r"(?<=\bal\.)['’]s\b")
# A school or fiscal year written short, "2010/11": its first year (not "Press Release 2002/39", a number)
_SCHOOL_YEAR = re.compile(rf"(?<![\d/])({YEAR_DIGITS})/(\d\d)(?![\d/])")


def _school_year(m: re.Match) -> str:
    return m.group(1) + "   " if int(m.group(2)) == (int(m.group(1)) + 1) % 100 else m.group()


# An original's year before the edition read: "Durkheim (1893/2014)", "(Weber, 1922/2019: 341)" (APA's "original work
# published"): the work cited is the edition, listed under its own year, so the original's is blanked where a citation's
# year stands (after "(" or ", "); a year and the next ("2020/2021") are a school or fiscal year, kept whole
_ORIGINAL_YEAR = re.compile(rf"(?:(?<=\()|(?<=\([ \t])|(?<=,[ \t]))({YEAR_DIGITS})[ \t]*/[ \t]*(?=({YEAR_DIGITS})(?![\d/]))")


def _original_year(m: re.Match) -> str:
    return " " * len(m.group()) if int(m.group(2)) > int(m.group(1)) + 1 else m.group()
# A citation's parenthesis as typed: full-width "（Santoso, 2019）", closed by the other bracket "(Santoso, 2019]", or
# opened by none "... dorongan Santoso, 2019)."
_MISMATCHED = re.compile(rf"\(([^()\[\]@\n]{{4,120}}?\b{YEAR}[^()\[\]@\n]{{0,30}})\]|\[([^()\[\]@\n]{{4,120}}?\b{YEAR}[^()\[\]@\n]{{0,30}})\)")
_UNOPENED_YEAR = re.compile(rf",[ \t]*{YEAR}(?:[ \t]*[:,][ \t]*(?:hlm\.?[ \t]*|h\.[ \t]*)?\d+(?:[-–]\d+)?)?\)")
_UNOPENED_NAME = re.compile(r"[a-z,;]([ \t])[A-Z][\w'’\-]+(?:[ \t]+(?:dkk\.?|et[ \t]+al\.?|(?:dan|&)[ \t]+[A-Z][\w'’\-]+))?$")


def _typed_parentheses(text: str) -> str:
    """ "（", "(...]", "[...)" and a citation's ")" with no "(" read as the parenthesis meant (same length)."""
    if "（" in text:
        text = text.replace("（", "(").replace("）", ")")
    text = _MISMATCHED.sub(lambda m: f"({m.group(1) or m.group(2)})", text)
    for y in reversed(list(_UNOPENED_YEAR.finditer(text))):  # ", 2019)": then the name before it, from the year
        lo = max(0, y.start() - 80)
        name = _UNOPENED_NAME.search(text, lo, y.start())
        if name is None:
            continue
        at = name.start(1)
        if "(" not in text[max(0, at - 300):at]:  # none opened before it that it may close
            text = text[:at] + "(" + text[at + 1:]
    return text
_LINE_HYPHEN = re.compile(r"(?<=[A-Za-z])-[ \t]*\n[ \t]*([a-z]+)")
# ... and a name hyphenated at a line's end that a reader joined keeping the hyphen, right before its year:
# "Sardi-man (2014)", "(Notoat-modjo, 2010)", "Santo- so (2019)"; a doubled word ("Kupu-kupu") stays
_NAME_HYPHEN = re.compile(rf"(?<![\w'’\-])(?P<a>[A-Z][a-z]{{2,}})-[ \t]?(?P<b>[a-z]{{2,}})(?=\s*[,(]?\s*(?:{YEAR})\b)")


def _joined_name(m: re.Match) -> str:
    a, b = m.group("a"), m.group("b")
    if a.lower().startswith(b) or b.startswith(a.lower()):
        return m.group()
    return (a + b).ljust(len(m.group()))


# What a book's editor or translator adds to its author's citation: "Santoso (Ed.) (2019)", "(Santoso, ed., 2019)",
# "(Dewey, terj. Santoso, 2004)", "(Freire, 1970, terj. 2008)" (the first edition's year, as "1970/2008" gives)
_EDITED = re.compile(r"\s?\((?i:eds?|editors?|peny|penyunting)\.?\)(?=\s*[(,])|,\s*(?i:eds?|editors?|peny)\.?(?=\s*,)|"
                     rf"[,;]\s*(?i:{TRANSLATOR_WORD})\s+(?:(?i:oleh)\s+)?"
                     rf"(?:{YEAR}|(?:(?:[A-Z][\w'’\-]*\.?|dan|&)[ \t]*){{1,5}}(?=,))")


def _in_reference_entry(text: str, pos: int) -> bool:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:b if b >= 0 else len(text)]
    return looks_like_entry(line) and not _continues_a_sentence(text, a) and not _cites_twice(line) \
        and not _closes_with_citations(line) and not _NARRATIVE_HEAD.match(line) and not _CAPTION_LINE.match(line)


# A line that is a running text's citation and nothing else, an item's or a paragraph's head ("2. Jatoth et al.
# (2018)" over the items that tell the study's findings): a surname and "et al."/"dkk." with no initials and no title
# after the year is how a sentence cites a work, never how a list writes its entry ("Jatoth, J. et al. (2018). Title")
_NARRATIVE_HEAD = re.compile(rf"^\W*(?:\d{{1,3}}[.)]\s*|[a-z][.)]\s*)?[A-Z][\w'’\-]+\s+(?:et\s+al\.?|dkk\.?)\s*"
                             rf"\(\s*{YEAR}[a-z]?\s*\)\W*$")


# A sentence closed by its citations: a word in lower case, then "(Arends, 2008; Sani, 2014)." at the line's end
_CITATIONS_CLOSE = re.compile(r"(?<=[a-z])[ \t]+\((?P<works>[^()]{4,200})\)[ \t]*\.?[ \t]*$")
_A_WORK = re.compile(rf"^(?P<name>[A-Z][\w'’\-]+)(?P<group>[ \t]+(?:dkk\.?|et[ \t]+al\.?)|,?[ \t]+(?:dan|&)[ \t]+"
                     rf"[A-Z][\w'’\-]+)?[ \t]*,?[ \t]+{YEAR}[a-z]?"
                     r"(?:[ \t]*[:,][ \t]*(?:(?:hlm|hal|h|p)\.?[ \t]*)?\d+(?:[ \t]*[-–][ \t]*\d+)?)?$")


def _closes_with_citations(line: str) -> bool:
    """ "Langkah-langkah PBL terdiri atas lima fase: orientasi ..., ... (Arends, 2008; Sani, 2014; Shoimin, 2014).":
    a body sentence whose citations close it, though its shape (a capitalised first word, a colon, the year last) is
    an entry's; not "... (Alfabeta, 2017)." (a publisher) nor "(Skripsi, 2019)" (no name but a dictionary word); a
    dictionary word with co-authors is a surname ("... merembes ke sisi depan (Hanif dkk., 2018)": no thing has them)."""
    from ..indonesian import is_known_word

    m = _CITATIONS_CLOSE.search(line)
    if m is None:
        return False
    works = [_A_WORK.match(w.strip()) for w in m.group("works").split(";")]
    return all(works) and not any(is_publisher(w.group("name")) for w in works) \
        and not all(is_known_word(w.group("name").lower()) and not w.group("group") for w in works)


# A name's year followed as running text goes on: a comma, "dan"/"serta", or a word in lower case
_NAME_YEAR = re.compile(rf"[A-Za-z][ \t]*\([ \t]*{YEAR}[^()]{{0,30}}\)(?=[ \t]*[,;]|[ \t]+(?:dan|serta|and|&|[a-z]))")


def _cites_twice(line: str) -> bool:
    """ "Santoso (2019), Wijaya (2020) menyatakan ...": two names whose years the sentence goes on after are running
    text, not an entry; entries run together ("... Arruum. (2006) “Stres ...” ... Setyobroto, Sudibyo. (2005)
    Psikologi ...") are still entries."""
    return len(_NAME_YEAR.findall(line)) >= 2


# a line ending in a word in lower case, or in the "&" that joins two names ("... dari Hosking &" / "Wallis (1997).")
_SENTENCE_GOES_ON = re.compile(r"(?:(?<![\w'’\-.])[a-z]+[,;]?|(?<=[a-z])[ \t]+&)[ \t]*$")
# ... but a line of names parted by commas up to that "&" is an entry's authors, wrapped ("Hair, Joseph, Black,
# William, Babin, Barry &" / "Anderson, Rolph (2019). Multivariate ...")
_AUTHORS_WRAPPED = re.compile(r"^[ \t]*(?:[A-Z][\w'’\-.]*(?:[ \t]+[A-Z][\w'’\-.]*)*,[ \t]+){2,}"
                              r"[A-Z][\w'’\-.]*(?:[ \t]+[A-Z][\w'’\-.]*)*,?[ \t]+(?:&|dan|and)[ \t]*$")


def _continues_a_sentence(text: str, line_start: int) -> bool:
    """The line at line_start goes on with the sentence of the line before (a hard-wrapped paragraph: "... seperti
    dijelaskan oleh" / "Santoso dkk. (2019). Hal ini ..."), so however it opens, it is no reference-list entry. A
    heading ("Daftar pustaka") or an entry ending in its publisher ("Bandung: Informatika") is no such line."""
    for _ in range(20):  # the line before may itself go on with a sentence that opened higher up
        prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        prev = text[prev_start:max(0, line_start - 1)]
        if len(prev.split()) < 5 or not _SENTENCE_GOES_ON.search(prev) or _AUTHORS_WRAPPED.match(prev):
            return False
        if not looks_like_entry(prev):
            return True
        line_start = prev_start
    return False


# A book's place and publisher before its year, the author named before the parenthesis: "Nata dalam Akhlak Tasawuf
# (Jakarta: Rajawali Pers, 2012)", "dalam bukunya Human-Centered AI (Oxford University Press, 2022)"
_PUBLICATION_FACTS = re.compile(
    r"^\s*(?:(?P<place>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s*:\s*(?:[A-Z][\w.&'’\-]*\s?){1,5}|"
    rf"(?:[A-Z][\w.&'’\-]*\s){{0,3}}{PUBLISHER_WORD}"
    rf"(?:\s[A-Z][\w.&'’\-]*){{0,3}})\s*,\s*(?={YEAR}\b)")
# ... a title in the same sentence ("dalam bukunya", "dalam", "buku berjudul"), not a footnote's "Author, Title (...)"
_BOOK_BEFORE = re.compile(r"\b(?:dalam|buku(?:nya)?|karya(?:nya)?|berjudul)\s+[^.;()\n]{2,120}$", re.I)


def _publication_facts_dropped(inner: str) -> str:
    """ "Jakarta: Rajawali Pers, 2012, hlm. 6" -> "2012, hlm. 6": a bare year, whose author is named before."""
    m = _PUBLICATION_FACTS.match(inner)
    if m is None or any(w.lower() in NOT_NAMES or w.lower() in _DATA_SOURCE_WORDS
                         for w in (m.group("place") or "").split()):
        return inner  # "(Wawancara: Bapak Ahmad, 2019)", "(Guru Kelas: ...)": the study's own source, no place
    return inner[m.end():]


# A book's publisher where its author stands, or after its author: "(Alfabeta, 2017)", "(Sugiyono, Alfabeta, 2017:
# 80)"; with its place ("Yogyakarta: Kanisius, 1984") it is a footnote's or a title's facts (_PUBLICATION_FACTS)
_PUBLISHER_BEFORE_YEAR = re.compile(rf"^(?P<author>[^():]*?[^\d\s,:]\s*,\s*)?"
                                    rf"(?P<publisher>[A-Z][\w.&'’\-]*(?:\s+(?:[A-Z&][\w.&'’\-]*|and)){{0,4}})\s*,\s*"
                                    rf"(?=(?P<year>{YEAR})\b)")


def _publisher_dropped(text: str, inner: str) -> str:
    """ "Alfabeta, 2017" -> "2017", "Sugiyono, Alfabeta, 2017" -> "Sugiyono, 2017": a publisher is never the author
    (the work's author is named before the parenthesis, or no one is), unless the text's own list holds it as one."""
    m = _PUBLISHER_BEFORE_YEAR.match(inner)
    if m is None or not is_publisher(m.group("publisher")) or is_listed(text, [m.group("publisher")], m.group("year")):
        return inner
    return (m.group("author") or "") + inner[m.end():]


# "(Ibid., 2010: 12)", "(Op. cit., 2010)": the work cited just before; read as a bare year, which takes it
_BACK_REFERENCE = re.compile(rf"^\s*(?:{IBID}|{OP_CIT})\b\.?\s*,?\s*(?=\d)", re.I)


# "(Ibid., hlm. 52)", "(Ibid.)", "(op. cit., hlm. 5)": no year, the work cited just before; "(Antonio, op. cit., hlm.
# 103)": that author's work cited before. A page is written after "hlm."/"h."/"p." or as a number of one to three digits.
_BACK_NO_YEAR = re.compile(rf"^\s*(?:(?P<name>[A-Z][^(),;:\d]{{0,60}}?)\s*,\s*)?(?i:{IBID}|{OP_CIT})\b\.?"
                           r"(?:\s*[,:]?\s*(?:(?i:hlm|hal|halaman|h|pp?)\b\.?\s*(?P<page>\d+)|(?P<short>\d{1,3}))"
                           r"(?P<to>\s*[-–]\s*\d+)?)?\s*\.?\s*$")


def _cited_before(text: str, scan: str, m: re.Match, name: str | None) -> Citation | None:
    """The last work cited before this parenthesis in its reach (_LOOKBACK), of this author when one is named. Back
    references before it are passed over (they name the same work), so a run of "(Ibid.)" is read in one pass each."""
    for prev in reversed(list(_PAREN.finditer(scan, max(0, m.start() - _LOOKBACK), m.start()))):
        if _BACK_NO_YEAR.match(_inner(prev)):
            continue
        for cite in reversed(_citations_at(text, scan, prev, 0)):
            if cite.authors and (name is None or cite.authors[0].lower() == surname(name).lower()):
                return cite
    return None


def _citations_at(text: str, scan: str, m: re.Match, lo: int) -> list[Citation]:
    lo = max(lo, m.start() - _LOOKBACK)
    back = _BACK_NO_YEAR.match(_inner(m))
    if back:
        cite = _cited_before(text, scan, m, back.group("name"))
        if cite is None:
            return []
        pages = back.group("page") or back.group("short")
        pages = pages and pages + (back.group("to") or "")
        return [replace(_make(cite.authors_text, list(cite.authors), cite.year, pages, m, None), authors=cite.authors)]
    inner = _BACK_REFERENCE.sub("", _inner(m))
    facts = _publication_facts_dropped(inner)
    if facts != inner and _BOOK_BEFORE.search(scan, max(lo, m.start() - 160), m.start()):
        # "Nata dalam Akhlak Tasawuf (Jakarta: Rajawali Pers, 2012)": a title before it, its author named before that
        bare = _BARE.match(facts)
        starts = [s.end() for s in _SENTENCE_START.finditer(scan, lo, m.start())]
        author = bare and _author_named_before(text, scan, starts[-1] if starts else lo, m.start(), bare.group("year"),
                                               nearby=False)  # in the same sentence
        return [_make(short_names(author), author, bare.group("year"), bare.group("pages"), m, None)] if author else []
    if _a_publishing_place(inner) \
            and _PUBLISHER_BEFORE.search(scan, max(lo, m.start() - 80), m.start()):
        # "Simon Singh, *The Code Book*, Fourth Estate (London, 1999)", "... CRC Press (Boca Raton, FL: 2015)": a
        # book cited as a note cites it, in running text; the place is no author, the note's first name is
        return _cited_as_a_note(text, scan, m, lo)
    dropped = _publisher_dropped(text, inner)
    bare = _BARE.match(dropped) if dropped != inner else None
    if bare:  # "(Alfabeta, 2017)": the author is named right before it, or in its sentence, or no one is
        cite = _narrative(text, scan, m, bare, lo)
        if isinstance(cite, Citation):
            return [cite]
        starts = [s.end() for s in _SENTENCE_START.finditer(scan, lo, m.start())]
        author = _author_named_before(text, scan, starts[-1] if starts else lo, m.start(), bare.group("year"),
                                      nearby=False) or []
        return [_make(short_names(author) if author else "", author, bare.group("year"), bare.group("pages"), m, None)]
    inner = dropped
    several = _BARE_YEARS.match(inner)
    pieces = _YEAR_AFTER_SEMICOLON.split(inner)
    if several or (len(pieces) > 1 and all(_BARE.match(p) for p in pieces)):
        # "Santoso (2015, 2017)", "Santoso (2019: 12; 2020: 15)": each year is a work of the author named before
        cites = [_narrative(text, scan, m, _BARE.match(y), lo) for y in (_each_year(several) if several else pieces)]
        return [c for c in cites if isinstance(c, Citation)]
    bare = _BARE.match(inner)
    book_author = _author_after_a_book(text, scan, lo, m) if bare else None
    if book_author:  # "Dalam buku An Essay on Man (1944) Ernst Cassirer menyebut ...": the title is no author
        return [_make(short_names(book_author), book_author, bare.group("year"), bare.group("pages"), m, None)]
    if bare:
        cite = _narrative(text, scan, m, bare, lo)
        if isinstance(cite, Citation) and cite.pages is None:
            cite = _pages_after(cite, scan, m.end())  # "Santoso (2019), hlm. 12, menyatakan ..."
        if cite is False:
            return []  # "Kirk (1979) dalam Astati (2001)": Kirk is the person quoted, not a work cited here
        if cite is None and _undated(bare.group("year")):
            return []  # "(n.d.)" with no name right before it: nothing to attribute
        if cite is _A_THING:  # "Bank Rakyat Indonesia (1895) merupakan ...": the year is the bank's
            return [_make("", [], bare.group("year"), bare.group("pages"), m, None)]
        return [cite or _bare(text, scan, m, bare, lo)]
    noted = _YEAR_WITH_A_NOTE.match(inner)
    if noted:  # "Rahman dkk. (2022, jurnal 6)", "Tay (2011, 123 negara)": the author named right before, or no work
        cite = _narrative(text, scan, m, _BARE.match(noted.group("year")), lo)
        return [cite] if isinstance(cite, Citation) else []
    if _spells_out_before(scan, m.start(), inner):
        return []  # "IMT-2000 (International Mobile Telecommunication 2000)": a name spelt out, not a work
    if not _WORK_SPLIT.search(inner) and _quoted_secondary_follows(scan, m.end(), lowercase_words(text)):
        return []  # "(Bell, 1995) dalam (Nurohman, 2007)": Bell is quoted through Nurohman's work
    out = [cite for part in _works_of(text, inner) if (cite := _parenthetical(text, scan, m, part, lo))]
    cited = (_REMARK_AFTER.match(inner) or _REMARK_BEFORE.match(inner)) if not out else None
    if cited:  # "(Festinger & Back 1950 — di asrama ...)", "(Hazan 1987: ~25 % dewasa ...)", "(pemulihan: tidur,
        # hobi — Sonnentag & Fritz 2007)": the works, read alone
        out = [cite for part in _works_of(text, cited.group("cited")) if (cite := _parenthetical(text, scan, m, part, lo))]
    return out


# A parenthesis whose works (names, then their years, no number before) are followed by the writer's remark on them:
# after a dash ("1950 — di asrama Westgate, ..."), a colon with words, not pages ("1987: ~25 % dewasa avoidant"), a
# comma and words in lower case ("2008, meta-analisis 182 efek") or a word in lower case right after the year ("2015
# menyimpulkan ...", "2012 meta-analisis"), but none that cites ("dalam", "dan", "hlm", "dikutip", ...) and no year
_NOT_A_REMARK = (r"(?:dalam|dan|and|atau|or|serta|in|hlm|hal|halaman|h|p|pp|para|cit|et|dkk|al|ed|eds|terj|peny|"
                 r"sebagaimana|seperti|yang|dikutip|disitasi|dirujuk|lihat|via|vs|versus|bdk|cf|n|t)\b")
# ... or a count and the words it counts after the comma ("2002, 205 janda/duda, ..."), or a statistic with its
# abbreviation ("2021 CI 2–520", "2019 n=40")
_STATISTIC = r"(?:CI|SD|SE|OR|RR|HR|IQR|n|N)[ \t]*[=≈<>~]?[ \t]*[\d.,]"
_REMARK_AFTER = re.compile(
    rf"^(?P<cited>[^\d()]*?[A-Z][^\d()]*?{YEAR}(?:\s*,\s*{YEAR})*)"
    rf"(?:\s*[—–]|[ \t]+-|\s*:(?!\s*(?:[\divxlIVXL]|{_NOT_A_REMARK}))|\s*,(?=\s*(?!{_NOT_A_REMARK})[a-z])|"
    rf"\s*,(?=\s*\d[\d.,]*[ \t]+(?!{_NOT_A_REMARK})[a-z]{{3}})|"
    rf"[ \t]+(?=(?!{_NOT_A_REMARK})[a-z]{{3}})|[ \t]+(?={_STATISTIC}))"
    rf"(?P<remark>(?![^\n]*(?<!\d){YEAR_DIGITS}(?!\d))(?:[^\n]*?[^\W\d_]{{3}}[^\n]*|{_STATISTIC}[^\n]*))$")
# ... or preceded by the writer's words and a spaced dash, the works last ("recovery experiences: detachment,
# relaksasi — Sonnentag & Fritz 2007"): the words in lower case first, no year in them; after the dash a group of
# authors ("&", "dan", "dkk.", "et al.") then years; one capitalised name there may be a place's ("gempa — Palu 2018")
_REMARK_BEFORE = re.compile(
    rf"^(?P<remark>(?=[a-z])(?![^\n]*(?<!\d){YEAR_DIGITS}(?!\d)[^\n]*[—–])[^\n]*?[^\W\d_]{{3}}[^\n]*?)[ \t]+[—–][ \t]+"
    rf"(?P<cited>[A-Z][^\d()—–:;]*?(?:[ \t](?:&|dan|and)[ \t]|\b(?:dkk|et[ \t]*al)\b)[^\d()—–:;]*?{YEAR}"
    rf"(?:\s*,\s*{YEAR})*)\s*$")


# A narrative year with a note of the writer's after a comma, no page: "(2021, jurnal 13)" (the number of the study in
# the writer's own review), "(2022, 189 sampel, ~178.000 orang)"; a note naming another year is no such note
_YEAR_WITH_A_NOTE = re.compile(rf"^\s*(?P<year>{YEAR})\s*,\s*(?![^\n]*(?<!\d){YEAR_DIGITS}(?!\d))[^\s,;:][^\n;]{{1,80}}$")


_PAGES_AFTER = re.compile(r"[ \t]*,?[ \t]*(?i:hlm|hal|halaman|h|pp?)[ \t]*[.:]?[ \t]*(\d+(?:[ \t]*[-–][ \t]*\d+)?)\b(?![.,]\d)")


# A book's place of publication and its year, as a note writes them after the publisher: "(London, 1999)", "(Boca
# Raton, FL: 2015)" (a US state's code after the town): a known publishing town, or any town with a state's code
_PLACE_AND_YEAR = re.compile(rf"^\s*(?:(?P<known>[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}})|[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},"
                             rf"\s*[A-Z]{{2}})\s*[,:]\s*(?P<year>{YEAR})\s*$")
# ... right after a publisher's name closing a note's title: ", Fourth Estate (", ", Springer (", ", CRC Press ("
_PUBLISHER_BEFORE = re.compile(r",[ \t]+(?:[A-Z][\w&.'’\-]*[ \t]+){0,3}[A-Z][\w&.'’\-]*[ \t]*$")
# where the note's own words start in a sentence naming it: "... adalah Simon Singh, ...", "... lihat Simon Singh, ..."
_NOTE_WORDS_START = re.compile(r"(?:^|[;:]\s+(?:(?:dan|and|serta)\s+)?|(?<=\s)(?:adalah|ialah|yaitu|yakni|lihat|oleh|dari)\s+)",
                               re.I)  # "...; dan Bruce Schneier, ...": the last of several


def _a_publishing_place(inner: str) -> bool:
    """ "London, 1999", "Boca Raton, FL: 2015": a known publishing town, or a town with a state's code; not a
    surname's citation ("Hesmondhalgh, 2010")."""
    place = _PLACE_AND_YEAR.match(inner)
    return place is not None and (place.group("known") is None or place.group("known").lower() in PUBLISHING_PLACES)


# A note's author named in full, given name first, one or two joined by "dan"/"&"/"and", then a comma and a title:
# "Simon Singh, The Code Book, ...", "Christof Paar dan Jan Pelzl, Understanding ..."
_FULL_NAME = r"[A-Z][\w'’\-]*\.?(?:[ \t]+[A-Z][\w'’\-]*\.?){1,3}"
_NOTE_AUTHORS = re.compile(rf"^(?P<names>{_FULL_NAME}(?:[ \t]+(?:dan|and|&)[ \t]+{_FULL_NAME})?),[ \t]+(?=[A-Z\"“‘'])")


def _cited_as_a_note(text: str, scan: str, m: re.Match, lo: int) -> list[Citation]:
    """The work a note-style citation in running text names: from the clause's start ("... adalah", "lihat", a ";"),
    its authors in full, a comma, a title, the publisher, then the place and year in the parenthesis ("Sumber ...
    adalah Simon Singh, The Code Book, Fourth Estate (London, 1999)" -> Singh 1999); nothing when no such authors
    open the clause (a town is never one). Only after a publisher's name: "(Paris, 2019)" after prose is Paris's work,
    as any surname's."""
    place = _PLACE_AND_YEAR.match(_inner(m))
    names = _note_authors_before(scan, lo, m.start())
    return [_make(short_names(names), names, place.group("year"), None, m, None)] if names else []


def _note_authors_before(scan: str, lo: int, at: int) -> list[str]:
    """The authors a note-style citation opens with, in full, from its clause's start to at (see _cited_as_a_note)."""
    sentence = max([s.end() for s in _SENTENCE_START.finditer(scan, lo, at)] or [lo])
    clause = scan[sentence:at]
    for start in [c.end() for c in _NOTE_WORDS_START.finditer(clause)][::-1]:
        named = _NOTE_AUTHORS.match(" ".join(clause[start:].split()))
        if named:
            return [n.strip() for n in re.split(r"[ \t]+(?:dan|and|&)[ \t]+", named.group("names"))]
    return []


# A note-style book's year written outside the parenthesis of its place: "..., edisi ke-2, 2015 (Indianapolis, IN:
# John Wiley & Sons)" (the year before the place and publisher), "..., CRC Press (Boca Raton, FL), 2015." (after the
# place); the place a known publishing town or a town with a state's code, no year inside
_PLACE = r"(?:(?P<known>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s*[A-Z]{2})"
_YEAR_OUTSIDE_PLACE = re.compile(
    rf"(?:(?<=,)|(?<=,[ \t]))(?P<year>{YEAR})[ \t]*\({_PLACE}(?:[ \t]*:[ \t]*[A-Z][^()\d\n]{{1,60}})?\)"
    rf"|(?<=[A-Za-z.][ \t])\({_PLACE.replace('known', 'known2')}\),[ \t]*(?P<year2>{YEAR})\b")


def _note_books_year_outside(text: str, scan: str, start: int, end: int, lo: int) -> list[Citation]:
    """The works of note-style books cited in running text whose year stands outside the place's parenthesis
    (_YEAR_OUTSIDE_PLACE): the authors the clause opens with, in full, before the title ("Bruce Schneier, Applied
    Cryptography, ...", "Introduction to ... oleh Jonathan Katz dan Yehuda Lindell, CRC Press (...)"); the place is
    no author, and a clause opening with no such names cites nothing."""
    out = []
    for m in _YEAR_OUTSIDE_PLACE.finditer(scan, start, end):
        known = m.group("known") or m.group("known2")
        if known is not None and known.lower() not in PUBLISHING_PLACES:
            continue
        if m.group("year2") and not _PUBLISHER_BEFORE.search(scan, max(lo, m.start() - 80), m.start()):
            continue  # "(Boca Raton, FL), 2015" only after a publisher's name
        names = _note_authors_before(scan, lo, m.start())
        if names:
            out.append(_make(short_names(names), names, m.group("year") or m.group("year2"), None, m, None))
    return out


def _pages_after(cite: Citation, scan: str, end: int) -> Citation:
    """A narrative citation's page written after its parenthesis: "Santoso (2019), hlm. 12, menyatakan ..."."""
    after = _PAGES_AFTER.match(scan, end)
    if after is None or not cite.label.endswith(")"):
        return cite
    pages = re.sub(r"\s*[-–]\s*", "-", after.group(1))
    return replace(cite, pages=pages, label=f"{cite.label[:-1]}: {pages})")


_YEAR_AFTER_SEMICOLON = re.compile(rf"\s*;\s*(?={YEAR}\b)")


def _works_of(text: str, inner: str) -> list[str]:
    """The works of a parenthesis, one author's several years each a work of its own: "Sari, 2015, 2017",
    "Sari, 2019: 12; 2020: 15"."""
    out: list[str] = []
    parts = _WORK_SPLIT.split(inner)
    released = _things_released(parts)
    for part in parts:
        if part.strip() in released:
            continue
        part = _issuer_of_a_standard(text, part.strip())
        if out and _DALAM.match(part) and _AUTHORED.match(out[-1]) and _AUTHORED.match(_DALAM.sub("", part)):
            out[-1] = f"{out[-1]} {part}"  # "(Piaget, 1970; dalam Sanjaya, 2008)": Piaget read in Sanjaya's work
            continue
        several = _AUTHOR_YEARS.match(part)
        if several and _named_with_its_year(text, part, several):
            continue  # "(Pilkada 2020, 2020)", "(SDGs 2030, 2015)": a thing named with its year, no one's works
        if several:
            out += [f"{several.group('head')}, {y}" for y in _each_year(several)]
            continue
        pieces = _YEAR_AFTER_SEMICOLON.split(part)
        first = _AUTHORED.match(pieces[0]) if len(pieces) > 1 else None
        if first and all(_BARE.match(p) for p in pieces[1:]):
            out += [pieces[0]] + [f"{first.group('head')}, {p}" for p in pieces[1:]]
            continue
        out.append(part)
    return out


# One word and a year with nothing between, as a system is listed with the year it came out: "Pix2Pix 2017", "DE-GAN
# 2021", "YOLOv3 2018"
_WORD_THEN_YEAR = re.compile(rf"^(?P<word>[^\s,;:()]+)[ \t]+{YEAR}$")
# A word shaped as no person's name is: letters and digits mixed ("Pix2Pix", "YOLOv3"), a capital inside a word but
# for a surname's prefix ("DocEnTr", "MultiTask"; "McDonald", "LeCun", "DeVries", "O'Brien" are people), or a part
# in capitals hyphened to one with small letters ("Text-DIAE", "ERB-MultiTask"; "DSN-MUI" and "Al-Attas" are not)
_PRODUCT_WORD = re.compile(r"[A-Za-z]+\d+[A-Za-z]|(?<![A-Z])(?!(?:Ma?c|O['’]|L[ae]|D[eiu]|Van|Von)[A-Z])[A-Z][a-z]+[A-Z]"
                           r"|[A-Z]{2,}-[A-Z]?[a-z]|[a-z]-[A-Z]{2,}")


def _things_released(parts: list[str]) -> set[str]:
    """The parts of a parenthesis listing systems with the years they came out ("Kemunculan GAN (Pix2Pix 2017, DE-GAN
    2021)", "berbasis transformer (DocEnTr 2022, Text-DIAE 2022)"): one word and its year with nothing between, where
    one of the words is shaped as no person's name; the others listed so beside it are systems too. "(Santoso 2019,
    Wijaya 2020)", "(McDonald 2019)", "(DSN-MUI 2017)" stay works."""
    listed = {p.strip(): m.group("word") for p in parts if (m := _WORD_THEN_YEAR.match(p.strip()))}
    return set(listed) if any(_PRODUCT_WORD.search(w) for w in listed.values()) else set()


def _named_with_its_year(text: str, part: str, several: re.Match) -> bool:
    """A name and a year with no stop between them, then a year no later ("Pilkada 2020, 2020", "Asian Games 2018,
    2018", "SDGs 2030, 2015"): the first year is the name's own, as an event's or a programme's; one author's several
    works are mostly listed oldest first and never one year twice without its letters ("Sari 2015, 2017", "BPS 2019,
    2020"). A name the text's list holds with one of the years, or cites alone with another (the first is this
    parenthesis'), is an author listing the newer work first ("Sugiyono 2017, 2013")."""
    years = _each_year(several)
    gap = part[several.end("head"):several.start("years")]
    glued = not gap and part[:several.end("head")][-1:].isalpha()  # "MATLAB R2019, 2019": a release's name
    if not ((glued or bool(gap) and not gap.strip()) and re.fullmatch(r"\d{4}", years[0]) is not None
            and re.match(r"\d{4}(?!\w)", years[1]) is not None and years[1][:4] <= years[0]):
        return False
    head = several.group("head").strip()
    return not any(is_listed(text, [head], y[:4]) for y in years) \
        and not any(_cited_alone(text, head, y[:4]) for y in years[1:] if y[:4] != years[0])


def _issuer_of_a_standard(text: str, part: str) -> str:
    """ "ISO 9001, 2015" -> "ISO, 2015": a standard cited by its number is its issuer's work, as "(ISO, 2015)" is;
    a law's number ("UU 20, 2003", "PP 101, 2014") and a body's year ("BPS 2019, 2020": two works) are left, and so
    is a series' short number the text's list does not hold ("SPSS 25, 2017": a program's version)."""
    cue = _CUE_PREFIX.match(part)
    dated = _STANDARD_OF_A_YEAR.fullmatch(part, cue.end() if cue else 0)
    if dated and dated.group("issuer").lower() not in _LAWS_AND_EVENTS:
        # "(ISO 9241-210:2019)", "(SNI 01-2891-1992)": a standard alone, its edition's year in its number
        return part[:dated.start()] + f"{dated.group('issuer')}, {dated.group('year')}"
    standard = _STANDARD_CITED.match(part, cue.end() if cue else 0)
    issuer = standard and (standard.group("issuer") or standard.group("series"))
    if standard is None or issuer.lower() in _LAWS_AND_EVENTS:
        return part
    year = re.match(rf"\s*,\s*({YEAR})", part[standard.end():])
    if standard.group("series") and not _designation_cited(text, standard.group(), year.group(1)):
        return part
    return part[:standard.start()] + issuer + part[standard.end():]


_WORD_BEFORE = re.compile(r"(?<![\w\-])(?P<acronym>[A-Z]{2,}[a-z]?)(?:-(?P<year>\d{2,4}))?\s*$")


def _spells_out_before(scan: str, pos: int, inner: str) -> bool:
    """The parenthesis repeats the year glued to the word before it with a hyphen ("IMT-2000 (... 2000)"), or spells
    out the acronym before it with a number that is part of the name, no comma before it ("ISO (International
    Organization for Standardization 9001)"); "WHO (World Health Organization, 2018)" still cites the WHO."""
    before = _WORD_BEFORE.search(scan, max(0, pos - 40), pos)
    if not before:
        return False
    if before.group("year") and before.group("year") in inner:
        return True
    if re.search(r"[,;:]", inner):
        return False
    capitalised = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", inner) if w[0].isupper()]
    return len(before.group("acronym")) >= 2 and initials(capitalised).startswith(before.group("acronym").upper())


# ---------------------------------------------------------------- parenthetical: (Author, 2001: 12)

# A parenthesis that says in words what it cites, then whose it is: "(mis. model komponen galat dari Battese, Harter &
# Fuller, 1988)", "(skala yang dikembangkan oleh Likert, 1932)", "(e.g., the error-components model of Battese, 1988)":
# words in lower case up to "dari"/"oleh"/"by"/"of", the authors and the year after them (when its words name a work,
# a view or a method, A_WORK_SAID in names.py, or a cue opens it: "mis.", "lihat", "e.g.")
_SAID_WHOSE_LEAD = re.compile(r"^(?:[a-z][\w\-]*,?\s+){1,6}(?:dari|oleh|by|of)\s+(?=[A-Z])")


def _parenthetical(text: str, scan: str, m: re.Match, part: str, lo: int) -> Citation | None:
    whole = re.sub(r"(?<=[a-z])- (?=[a-z])", "", " ".join(part.split()))  # "(Hadi-\nwijoyo, 2009)"
    part = _CUE_PREFIX.sub("", whole)
    lead = _SAID_WHOSE_LEAD.match(part)
    if lead and _AUTHORED.match(part[lead.end():]) and (part != whole or A_WORK_SAID.search(lead.group())):
        part = part[lead.end():]
    secondary = bool(_DALAM.match(part))
    part = _publisher_dropped(text, _DALAM.sub("", part))  # "(Arikunto, 2010; Sugiyono, Alfabeta, 2017)"
    quoted, inside = _quoted_inside(part, lowercase_words(text))
    year_first = _YEAR_DALAM.match(part)
    if year_first:  # "Kobasa (1979, dalam Kalantar, 2013)": Kobasa's 1979 work, read in Kalantar's of 2013
        part, secondary = part[year_first.end():], True
        group = group_before(scan, lo, m.start(), lowercase_words(text))
        if group is not None and not group.acronyms_only and not group.common:
            quoted = f"{group.text} ({year_first.group('year')})"
    if inside:
        part, secondary = inside, True
    hit = _AUTHORED.match(part)
    if not hit:
        return None
    head = re.sub(r"\s*\[[^\]]*\]", "", hit.group("head")).strip().rstrip(",").strip()  # "Badan Pusat Statistik [BPS]"
    head = _DATE_BEFORE_YEAR.sub("", head)  # "(Kompas.com, 12 Maret 2021)": an article's day and month before its year
    item = _ISSUED_ITEM_LAST.search(head)
    if item:  # "(Palabuhanratu, Padang, pedoman BNPB 2013)": the year is the last item's, a document's kind in lower
        head = item.group("issuer")  # case and its issuer; the places or names listed before it have none
    # ... "World Health Organization/WHO", "WHO/World Health Organization": the name spelt out
    head = re.sub(r"^[A-Z]{2,}\s*/\s*(?=[A-Z][a-z])|(?<=[a-z])\s*/\s*[A-Z]{2,}$", "", head)
    head = _spelt_out_acronym_dropped(scan, lo, m.start(), head)
    parts = re.split(r"(?<=[a-z]{2})\.\s+(?=[A-Z])", head, maxsplit=1)
    if len(parts) == 2 and title_start(parts, lowercase_words(text)) == 1:
        head = parts[0]  # "(Kasmir. Analisis Laporan Keuangan. 2012)": the book's title after its author, by stops
    if head.endswith(".") and "," not in head and not re.search(r"(?:\b[A-Z]|\bal|\bdkk|\bJr|\bSr)\.$", head, re.I):
        head = head.rstrip(".").strip()  # "(Sari., 2019)", "(Sari. 2019)": a stray full stop after the name
    head = site_of(head)  # "(https://www.kompas.com/read/..., 2020)": the site
    head = _typed_small(scan, head)  # "(almatsier, 2009)": a surname typed in lower case
    if len(head.split()) >= 3 and acronym_of_what_was_studied(*head.split()[:3]):
        head = head.split(None, 1)[1]  # "(CCTV Philpot dkk., 2020)": Philpot's group
    names = names_in(head, lowercase_words(text), strict=False)
    english_body = _english_body(head)
    if english_body and len(head.split()) >= 4 and part == whole:
        # "RAND Corporation (Stress Inoculation Training for Battlefield Airmen, 2016)": an English title, not a body,
        # its author named right before the parenthesis (an acronym there is the body's, spelt out in it)
        author = group_before(scan, lo, m.start(), lowercase_words(text))
        author = author and (_body_named_whole(scan, lo, author.end) or author)  # "Lembaga Riset Pangan" whole
        if author is not None and not author.common and not author.acronyms_only:
            return _make(author.text, list(author.names), hit.group("year"), hit.group("pages"), m, None)
    if english_body:
        names = [head]  # "(We Are Social, 2021)" read "Social", "(Save the Children, 2019)" nothing: a body, whole
    standard = None if names else _STANDARD_NAME.fullmatch(head)
    if standard and (standard.group("number") or standard.group("roman") or "/" in head) \
            and _designation_cited(text, head, hit.group("year")):
        names = [head]  # "(DSM-5, 2013)", "(ISO/IEC, 2013)" for "(ISO/IEC 27001, 2013)": the standard, its issuer
    if not names and eponym_of(head):
        names = [head]  # "(Maslow's Hierarchy of Needs, 1943)": the person the work is named after
    if not names and re.fullmatch(r"[A-Z][a-z]+", head) and is_listed(text, [head], hit.group("year")):
        names = [head]  # "(May, 2010)" with "May, Rollo. 2010." listed: a surname that is a month's name or a word
    if not names or _data_source(head) or _numbered_thing(text, head) \
            or _talked_about(text, head) and not is_listed(text, names, hit.group("year")):
        return None  # "(Observasi, 2020)", "(Kepala Sekolah, 2020)": the research's own data, no work; "(PSBB,
        # 2020)" in a text that spells out "Pembatasan Sosial Berskala Besar (PSBB)": a thing it talks about
    head, names = _given_name_dropped(text, head, names, hit.group("year"))
    body = None if secondary or quoted else _spelt_out_before_paren(scan, lo, m.start(), head)
    if body is not None:  # "World Health Organization (WHO, 2019)": APA 7's first citation of a body, spelt out
        return _make(body, [body], hit.group("year"), hit.group("pages"), m, None)
    opens_dalam = secondary and _DALAM.match(_inner(m).lstrip()) is not None  # "Ehrlich (dalam Rahardjo, 2009)"
    via = quoted or _via_before(text, scan, m.start(), lo, names, m.end(), opens_dalam) \
        or _quoted_before_paren(text, scan, lo, m.start())
    if via is None and not secondary:
        via = _menurut_via(text, scan, m.start(), lo, names)
    elif via is None and _YEAR_PAREN_BEFORE.search(scan, max(lo, m.start() - 40), m.start()):
        via = _via_of_dalam(scan, lo, m.start(), lowercase_words(text))  # "Kobasa (1979) (dalam Kalantar, 2013)"
    year = hit.group("year")
    if via and "(" not in via and not is_listed(text, names, year) and is_listed(text, [via], year):
        # "Menurut Sugiyono (Alfabeta, 2017)": the list holds Sugiyono's 2017 work, not Alfabeta's: a publisher
        return _make(via, [via], year, hit.group("pages"), m, None)
    if via and "(" not in via and " " in head and not is_organisation(head) \
            and all(w.lower() in lowercase_words(text) for w in head.split()):
        # "Menurut Mulyadi, (Sistem Akuntansi, 2016:129)": a title where the author stands, its every word one the
        # text writes small; the person named before it is the author, with no list entry to say so
        return _make(via, [via], year, hit.group("pages"), m, None)
    if _REPORT_TITLE.fullmatch(head) and not all(w.lower() in lowercase_words(text) for w in head.split()[1:]):
        # "(Profil Kesehatan Indonesia, 2019)": the report by its title whole
        return replace(_make(head, [head], year, hit.group("pages"), m, via), authors=(head,))
    if not via and len(names) == 1 and names[0] == head and _a_title_as_author(text, head):
        return replace(_make(head, [head], year, hit.group("pages"), m, via), authors=(head,))
    if english_body and names == [head] or " " in head and _short_form_defined(scan, head):
        # "(Ditjen Pajak, 2020)" after "Direktorat Jenderal Pajak (Ditjen Pajak, 2019)": a body's short form, whole;
        # "(We Are Social, 2021)": a body named by an English phrase, whole
        return replace(_make(head, [head], year, hit.group("pages"), m, via), authors=(head,))
    return _make(head, names, year, hit.group("pages"), m, via)


def _spelt_out_acronym_dropped(scan: str, lo: int, pos: int, head: str) -> str:
    """ "DRIS (Diagnosis and Recommendation Integrated System, Beaufils 1973)": the parenthesis spells out the acronym
    right before it, then names the work's author after a comma: the author is the name after it. "WHO (World Health
    Organization, 2018)" and "BPS (Badan Pusat Statistik, Jakarta, 2019)" (a body spelt out is the author) stay."""
    first, comma, rest = head.partition(",")
    before = _WORD_BEFORE.search(scan, max(lo, pos - 40), pos)
    if not comma or before is None or not re.match(r"\s*[A-Z][\w'’\-]+", rest):
        return head
    words = first.split()
    if len(words) < 2 or not initialled(before.group("acronym"), words) or is_organisation(first):
        return head  # "BPS (Badan Pusat Statistik, Jakarta, 2019)": the body spelt out is the author, its city after it
    return rest.strip()


_DATE_BEFORE_YEAR = re.compile(rf"\s*,\s*(?:\d{{1,2}}\s+)?{_MONTH}$")
_ISSUED_ITEM_LAST = re.compile(r",\s*(?:pedoman|panduan|laporan|petunjuk(?:\s+teknis)?|juknis|modul|dokumen|publikasi|"
                               r"rilis|statistik|profil|standar|kajian|survei)\s+"
                               r"(?P<issuer>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4})$")
_SMALL_NAME = re.compile(r"(?P<name>[a-z][a-z'’\-]{3,})(?P<etal>\s+(?:dkk|et\s+al)\.?)?")


# A title's head word, a derived noun ("Modifikasi", "Pendidikan", "Kebijakan", "Manajemen", "Psikologi"): a
# person's given names, dictionary words as many are ("Dewi", "Ayu", "Bunga", "Putri"), are no such nouns
_TITLE_HEAD = re.compile(r"(?:pe|ke)[a-z]{3,}an|[a-z]{3,}(?:asi|isme|itas|logi|men)")


def _a_title_as_author(text: str, head: str) -> bool:
    """ "(Modifikasi Perilaku, 2010)": a title cited for want of an author, whole: capitalised dictionary words
    opening with a derived noun (_TITLE_HEAD), the last one a word the text writes small, so no surname; no body's
    name. A person's name of dictionary words ("(Ayu Lestari, 2019)" in a text on "hutan lestari") keeps its
    surname."""
    from ..indonesian import is_known_word

    words = head.split()
    return 1 < len(words) <= 6 and not is_organisation(head) and words[-1].lower() in lowercase_words(text) \
        and _TITLE_HEAD.fullmatch(words[0].lower()) is not None \
        and all(w[:1].isupper() and w.isalpha() and is_known_word(w.lower()) for w in words)


def _typed_small(scan: str, head: str) -> str:
    """A parenthesis's one surname typed in lower case ("(almatsier, 2009)", "(sugiyono dkk., 2017)"), capitalised as
    _name_in_citing_place spells it: no word of the dictionary or of English ("(online, 2017)"), of names.NOT_NAMES,
    "ibid" or "op. cit.", nor one the text writes small where no year follows it."""
    from ..english_vocabulary import is_english_word
    from ..indonesian import is_known_word

    m = _SMALL_NAME.fullmatch(head)
    name = m and m.group("name")
    if m is None or is_known_word(name) or is_english_word(name) or name in NOT_NAMES \
            or re.fullmatch(rf"{IBID}|{OP_CIT}", name, re.I) or _a_word_written_small_elsewhere(scan, name):
        return head
    return m.group("name")[:1].upper() + head[1:]
_FAMILY_GIVEN = re.compile(r"^(?P<family>[A-Z][a-z][\w'’\-]+),[ \t]*[A-Z][a-z][\w'’\-]+$")


def _given_name_dropped(text: str, head: str, names: list[str], year: str) -> tuple[str, list[str]]:
    """ "(Sudjana, Nana, 2010)": a family name, then the given name, as the list writes it; two authors are joined by
    "dan" or "&" ("(Sudjana & Rivai, 2010)"), or the text's list holds the second word as the work's second author."""
    family = _FAMILY_GIVEN.match(head)
    if family is None or len(names) != 2:
        return head, names
    for authors, listed_year in _listed_works(text):
        if listed_year == year and len(authors) > 1 and author_matches(names[0], authors[0]) \
                and author_matches(names[1], authors[1]):
            return head, names
    return family.group("family"), names[:1]


# A study's own data named where an author stands, in the results chapter of a skripsi: "(Observasi, 2020)",
# "(Wawancara, 2021)", "(Kepala Sekolah, 2020)", "(Guru Kelas V, 2020)", "(Arsip Sekolah, 2021)"
# ... the ways of gathering them (a sentence holding one reports the study's own data: _author_named_before) ...
_DATA_GATHERING_WORDS = frozenset("observasi wawancara dokumentasi dokpri angket kuesioner arsip informan responden "
                                  "narasumber interview observation documentation questionnaire fieldnotes".split())
# ... and the study's people, places and data, words of an ordinary claim too ("motivasi karyawan", "hasil belajar
# siswa"); "Dokpri", "Dok. Pribadi": dokumentasi pribadi, the study's own photograph
_DATA_SOURCE_WORDS = _DATA_GATHERING_WORDS | frozenset(
    "kepala sekolah guru kelas siswa murid wali profil tata usaha staf pegawai karyawan lapangan catatan hasil data "
    "olahan diolah peneliti penulis pribadi primer sekunder dok".split())


def _data_source(head: str) -> bool:
    words = re.findall(r"[A-Za-z]+", head)
    return bool(words) and all(w.lower() in _DATA_SOURCE_WORDS or _ROMAN_NUMERAL.fullmatch(w) for w in words)


_ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")


_SHORT_NAME = re.compile(r"(?P<letters>[A-Z]{2,}[a-z]?)(?:(?:-|[ \t]+)(?P<number>\d{1,3}))?")


def _talked_about(text: str, head: str) -> bool:
    """A name in an author's place that the text itself uses as a thing it talks about, not a work's author. An
    acronym (with its number) that the text introduces as the short name of words naming no body and no standard,
    manual or classification ("Pembatasan Sosial Berskala Besar (PSBB)", "demam berdarah dengue (DBD)", "Corona Virus
    Disease 2019 (COVID-19)", "Statistical Product and Service Solutions (SPSS)"; "Badan Pusat Statistik (BPS)" and
    "Diagnostic and Statistical Manual ... (DSM-5)" stay authors), whose number the text gives as a version ("PHP versi
    7"), or which it types small as a word ("pandemi covid-19"). Or a name the text also writes with its first letter
    small, as a word of its own prose: "krismon" for "(Krismon, 1998)", "gempa Palu" for "(Gempa Palu, 2018)" (a
    one-word name so written must be no dictionary word: "(Putra, 2019)" in a text about "putra" is a surname)."""
    short = _SHORT_NAME.fullmatch(head)
    if short:
        if short.group("letters").upper() in _BODIES:
            return False
        number = short.group("number")
        spelt = stands_for(text, head) + (stands_for(text, short.group("letters")) if number else [])
        if spelt and not any(_names_a_body(w) or _STANDARD_TITLE.search(w) for w in spelt) \
                and not _acts_as_a_body(text, [head, *spelt]):
            return True
        if not spelt and _used_as_a_thing(text, head) and not _acts_as_a_body(text, [head]):
            return True
        if number and re.search(rf"(?<![\w\-]){short.group('letters')}[ \t]+(?i:versi|version|ver\.?|v\.?)[ \t]*"
                                rf"{number}(?![\d.])", text):
            return True
        return not _a_known_word(head.lower()) and _a_word_of_the_prose(text, head.lower())
    small = head[:1].lower() + head[1:]
    if small == head or not re.fullmatch(r"[A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}", head):
        return False
    if " " not in head and _a_known_word(small) or is_organisation(head) or _acts_as_a_body(text, [head]):
        return False  # "(Dinas Kesehatan, 2019)" in a text about "dinas kesehatan setempat": a body, however written
    return _a_word_of_the_prose(text, small)


def _a_word_of_the_prose(text: str, form: str) -> bool:
    """The text writes this form as a word of its own prose somewhere: not a link's part ("kbbi.kemdikbud.go.id"),
    not a name typed small where it is cited ("sugiyono (2017)", "menurut sugiyono", "sugiyono menyatakan")."""
    for m in finditer(rf"(?<![\w'’\-./@]){re.escape(form)}(?![\w'’\-]|\.\w)", text, form):
        if not re.match(rf"[ \t]*[(,][ \t]*{YEAR}", text[m.end():m.end() + 12]) and not _ACTS_AFTER.match(text, m.end()) \
                and not _CITING_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return True
    return False


# What a body does, right after its name (or its name and short form): "BPS mencatat", "Palang Merah Indonesia (PMI)
# menerbitkan"; or a citing word right before it: "menurut PMI", "oleh Nahdlatul Ulama"
_ACTS_AFTER = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*,?[ \t]*(?:juga[ \t]+|pun[ \t]+)?(?:mencatat|melaporkan|"
                         r"merilis|memperkirakan|menerbitkan|mengeluarkan|menyatakan|menyebutkan|mendefinisikan|"
                         r"merekomendasikan|menganjurkan|mengimbau|menghimbau|reports?|reported|states?|stated|"
                         r"recommends?|recommended|publishe[sd])\b", re.I)
_CITING_WORD_BEFORE = re.compile(r"\b(?:menurut|oleh|according[ \t]+to)[ \t]+$", re.I)
# What the text calls a body when it says what the name is: its kind ("organisasi Nahdlatul Ulama", "LSM Solidaritas
# Perempuan", "Nahdlatul Ulama (NU) merupakan organisasi ...", "... adalah salah satu lembaga ...") or its people
# ("anggota NU", "kader Pemuda Muhammadiyah", "pendiri Save the Children"), or that it was founded ("NU didirikan")
_BODY_KINDS = r"(?:organisasi|ormas|lembaga|lsm|ngo|yayasan|perusahaan|komunitas|perkumpulan|perhimpunan|asosiasi|" \
              r"instansi|institusi|serikat|partai|organi[sz]ations?|agency|charity)"
_PEOPLE_OF_A_BODY = r"(?:anggota|kader|warga|pengurus|ketua|pendiri|jamaah|jemaah|aktivis|relawan|members?|founders?)"
_BODY_SAID_BEFORE = re.compile(rf"\b(?i:{_BODY_KINDS}|{_PEOPLE_OF_A_BODY})[ \t]+$")
_BODY_SAID_AFTER = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*,?[ \t]*(?:(?i:adalah|merupakan|ialah|yaitu|is|was)"
                              r"[ \t]+(?:(?:sebuah|suatu|salah[ \t]+satu|an?|the)[ \t]+)?"
                              rf"(?i:{_BODY_KINDS})\b|(?:yang[ \t]+)?didirikan\b)")


# What is done with a thing, or suffered from it, right before its name: "penerapan PSBB", "pemberlakuan PPKM",
# "penderita DBD", "pandemi COVID-19"; or the time it marks: "pada masa PSBB", "era PPKM", "pasca PSBB"; never what a
# body is or does ("kebijakan OJK", "program UNICEF" are a body's), nor its people: a patient is a hospital's or an
# insurer's as often as a disease's ("pasien RSUD", "pasien BPJS"), nor "saat"/"selama" ("selama BPS belum merilis")
_THING_USED_BEFORE = re.compile(r"\b(?i:penerapan|pelaksanaan|implementasi|pemberlakuan|penderita|pengidap|"
                                r"penularan|pencegahan|pandemi|wabah|masa|era|pasca)[ \t]+$")


def _used_as_a_thing(text: str, name: str) -> bool:
    """The text applies this name as a thing somewhere (_THING_USED_BEFORE)."""
    return any(_THING_USED_BEFORE.search(text, max(0, m.start() - 20), m.start())
               for m in finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text, name, HYPHENED))


def _acts_as_a_body(text: str, names: list[str]) -> bool:
    """The text makes one of these names an agent (a body's verb right after it, or a citing word right before it) or
    says it is a body (_BODY_SAID_BEFORE, _BODY_SAID_AFTER)."""
    for name in names:
        for m in finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text, name, HYPHENED):
            if _ACTS_AFTER.match(text, m.end()) or _BODY_SAID_AFTER.match(text, m.end()) \
                    or _CITING_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    or _BODY_SAID_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                return True
    return False


def _names_a_body(words: str) -> bool:
    """Words that name a body by their head noun, first in Indonesian ("Badan Pusat Statistik", "Ikatan Akuntan
    Indonesia"), last in English ("World Health Organization", "Internal Revenue Service"); an organisation's word
    inside a thing's name is no head ("Statistical Product and Service Solutions": SPSS). Or by the country they
    gather, last: "Serikat Pekerja Seluruh Indonesia", "Konferensi Waligereja Indonesia", "... Republik Indonesia";
    not a language's or a nation's thing ("Pedoman Umum Ejaan Bahasa Indonesia", "Kerangka Kualifikasi Nasional
    Indonesia"), nor the country itself ("Negara Kesatuan Republik Indonesia"), nor a thing of the country by its
    kind ("Indeks Demokrasi Indonesia", "Indeks Kualitas Lingkungan Hidup Indonesia": _THING_KINDS)."""
    split = words.split()
    return bool(split) and (split[0].lower() in ORGANISATION_WORDS or split[-1].lower() in ORGANISATION_WORDS
                            or _OF_THE_COUNTRY.search(words) is not None and split[0].lower() != "negara"
                            and split[0].lower() not in _THING_KINDS)


_OF_THE_COUNTRY = re.compile(r"(?<!\bBahasa)(?<!\bNasional)[ \t]+(?:Republik[ \t]+)?Indonesia$")
# The kinds of things a name opens with, as ORGANISATION_WORDS' kinds of bodies do: a measure ("Indeks Pembangunan
# Manusia", "Angka Kematian Ibu"), a programme, card or aid ("Kartu Indonesia Pintar", "Program Keluarga Harapan"), a
# policy, a plan, a curriculum, a method, a disease ("Demam Berdarah Dengue")
_THING_KINDS = frozenset("indeks angka rasio tingkat laju nilai skor program kartu bantuan kebijakan rencana kurikulum "
                        "metode model sistem aplikasi penyakit demam virus sindrom infeksi".split())


def _a_known_word(word: str) -> bool:
    from ..english_vocabulary import is_english_word
    from ..indonesian import is_known_word

    return is_known_word(word) or is_english_word(word)


def _numbered_thing(text: str, head: str) -> bool:
    """A word the text writes small and a roman numeral ("Siklus II", "Tahap III" with "siklus", "tahap" in the
    text): a part of the study or a thing counted, not a surname and its generation ("Hamengkubuwono IX")."""
    named = re.fullmatch(r"([A-Z][a-z]+)\s+[IVX]{1,4}", head)
    return named is not None and named.group(1).lower() in lowercase_words(text)


_YEAR_DALAM = re.compile(rf"^(?P<year>{YEAR})\s*[,;]?\s+{_CITED_IN}", re.I)
_DALAM_INSIDE = re.compile(rf"(?:\s*[,;]|(?<=\d)\.)?\s+{_CITED_IN}", re.I)  # "(Robbins, 1996. dalam Sutrisno, 2016)" too
_CITING_INSIDE = re.compile(r"\s*[,;]?\s+(?i:(?:mengutip|merujuk)(?:\s+(?:dari|pada))?|citing|quoting)\s+")
_VIA_YEAR = re.compile(rf"^(?P<name>.*?[^\d\s,;:])\s*[,;:]?\s*(?P<year>{YEAR})(?:{_SEP}{_PAGES})?$")


def _quoted_inside(part: str, words: frozenset[str]) -> tuple[str | None, str | None]:
    """ "Gagne, 1985 dalam Slameto, 2010" or "Hofstede dalam Purba dan Seniati, 2004": the person quoted (with his
    year when given) and the citing work, inside one parenthesis."""
    pieces = _DALAM_INSIDE.split(part, maxsplit=1)
    citing_first = _CITING_INSIDE.split(part, maxsplit=1)
    if len(citing_first) == 2 and _AUTHORED.match(citing_first[0]) and len(pieces) != 2:
        pieces = citing_first[::-1]  # "Hidayat, 2013, mengutip Mulyasa, 2008": Hidayat's work, Mulyasa quoted in it
    if len(pieces) != 2 or not _AUTHORED.match(pieces[1]):
        return None, None
    dated = _VIA_YEAR.match(pieces[0])
    name = dated.group("name") if dated else pieces[0]
    if not names_in(name, words, strict=False):
        return None, None
    return (f"{name} ({dated.group('year')})" if dated else name), pieces[1]


def _via_before(text: str, scan: str, pos: int, lo: int, cited: list[str], end: int | None = None,
                dalam: bool = False) -> str | None:
    """ "George R. Terry (Hasibuan, 2009)": the name right before the parenthesis is the person quoted; a parenthesis
    opening with "dalam" says so of a lone name too ("berasal dari Ehrlich (dalam Rahardjo, 2009)")."""
    group = group_before(scan, lo, pos, lowercase_words(text))
    if group is None or group.acronyms_only or group.common:
        return None
    if {surname(n).lower() for n in group.names} & {surname(n).lower() for n in cited}:
        return None
    # A lone capitalized word before a citation is as often a term ("Theory of Structuration (Giddens, 1984)"):
    # take it as a person only after a citing word, or when it is a group ("Rumini dkk") or has an initial.
    multi = 1 < len(group.names) <= 2 and not _things_named(group.names)  # "Rumini dkk", "Blassic & Jones"; five
    # bacteria in a row are no group, nor "Word dan LaTeX", "Rich Attention dan Super-Tokens" (a product, a method)
    # ... or when a citing verb follows the parenthesis ("Stinger (Wirawan, 2007) mendefinisikan ...").
    cued_after = end is not None and _CUE_AFTER.match(scan[end:end + 60])
    if not (dalam or _CUE_BEFORE.search(scan, lo, group.start) or multi or re.search(r"\b[A-Z]\.", group.text)
            or cued_after):
        return None
    return group.text


_CAMEL_CASE = re.compile(r"[a-z][A-Z]")  # "LaTeX", "TensorFlow", "YouTube": a product's name, never a person's


def _things_named(names) -> bool:
    """Names before a citation that are things, not people quoted: one written in camel case ("LaTeX") or made of two
    English words or more ("Rich Attention"); "Black dan Wiliam" (one English word, a family name too) are people."""
    from ..english_vocabulary import is_english_word

    return any(_CAMEL_CASE.search(n) and not re.match(r"(?:Ma?c|O['’])[A-Z]", n)
               or (len(n.split()) >= 2 and all(is_english_word(w) for w in n.split())) for n in names)


def _menurut_via(text: str, scan: str, pos: int, lo: int, cited: list[str]) -> str | None:
    """ "Menurut Zimmerer dan Scrbrough, wirausahawan adalah ... (Fahmi, 2014)": the sentence's theorist is quoted."""
    starts = [s.end() for s in _SENTENCE_START.finditer(scan, lo, pos)]
    sentence_start = starts[-1] if starts else lo
    sentence = scan[sentence_start:pos]
    lead = _MENURUT_LEAD.match(sentence)
    if not lead:
        return None
    comma = sentence.find(",", lead.end())
    if comma < 0 or _PAREN.search(sentence):
        return None
    group = group_before(scan, sentence_start + lead.end(), sentence_start + comma, lowercase_words(text))
    if group is None or group.start != sentence_start + lead.end() or group.acronyms_only or group.common:
        return None
    if {surname(n).lower() for n in group.names} & {surname(n).lower() for n in cited}:
        return None
    return group.text


# ---------------------------------------------------------------- narrative: Author (2001: 12)

_DALAM_BEFORE = re.compile(rf"\b(?:dalam\s+)?{_CITED_BY}\s*$", re.I)  # "Hamalik dalam dalam Rusman (2014)": a typo
# "Kirk (1979) dalam buku Wijaya (2015)": the book after a quoted person's year is the citing work, no title
# ... or "Robbins (2006) sebagaimana dijelaskan dalam Sutrisno (2010)": explained in a work, after a quoted year only
# Six verbs of _SAID only, as written for this rule: the rest are the same rule, but reading them changes output
# ("Robbins (2006) sebagaimana diungkapkan dalam Sutrisno (2010)" would become Sutrisno's via Robbins), in no open
# document; that widening waits for a commit of its own, with a failing case and a CITATIONS_VERSION bump.
_EXPLAINED_IN = (r"(?:sebagaimana|seperti(?:\s+yang)?)\s+"
                 + _passive("jelaskan", "nyatakan", "sebutkan", "uraikan", "paparkan", "tulis") + r"\s+(?:dalam|oleh)")
# ... and after "dikutip dalam/dari" with or without the quoted person's year: "Robbins sebagaimana dikutip dalam buku
# Sutrisno (2016)" (a title is never quoted from)
_QUOTED_IN_BOOK_BEFORE = re.compile(rf"(?:(?:\(\s*{YEAR}[^()]*\)|,\s*{YEAR})[\s,]*(?P<dalam>dalam\s+buku(?:nya)?|"
                                    rf"{_EXPLAINED_IN})|(?P<cited>{QUOTED_IN}\s+(?:dalam|dari)\s+buku(?:nya)?))\s+$",
                                    re.I)
# The words for an author's work, read by _TITLE_BEFORE (its title after them) and _CUE_AFTER (its author before them):
# a work of any kind, bare or with "-nya" ("buku", "jurnalnya", "karya tulisnya"), or a study, with "-nya" only
# ("penelitiannya": a bare "penelitian Santoso (2019)" names the author, no title)
_WORK_WORDS = (r"(?:(?:buku|kitab|jurnal|majalah|kamus|artikel|karya(?:[ \t]+tulis)?|tulisan)(?:nya)?|"
               r"(?:penelitian|kajian|studi|skripsi|tesis|disertasi)nya)")
# "dalam bukunya Manajemen Sumber Daya Manusia (2008)": a title's capitalized words between the opener and the year
_TITLE_BEFORE = re.compile(rf"\b(?i:{_WORK_WORDS}|berjudul|judul(?:nya)?)\s*"
                           r"(?:[A-Z][\w'’\-]*[ \t]+(?:(?:dan|di|untuk|of|and|the|in)[ \t]+)?)*$")
# A film's, a song's, a novel's title right after its kind, with its release year: "film Laskar Pelangi (2008)", "lagu
# Bengawan Solo (1940)", "menyukai film Far from Heaven (2002)": the work's own year, its title no author ("novel karya
# Andrea Hirata (2005)" names its author after "karya")
_RELEASED_TITLE_BEFORE = re.compile(
    r"\b(?i:film|filmnya|movie|novel|novelnya|lagu|lagunya|album|serial|sinetron|lakon|cerpen|puisi|komik|gim|game)[ \t]+"
    # a title's small words ("Ada Apa dengan Cinta", "Far from Heaven"), not the "karya"/"oleh" naming its maker
    r"(?P<title>(?:[A-Z][\w'’\-.,:]*[ \t]+(?:(?!(?:karya|tulisan|ciptaan|garapan|gubahan|arahan|oleh|by)\b)[a-z]{1,7}[ \t]+)?)+)$")
# A title or a typed string quoted whole with its year: "dengan inputan 'Sense and Sensibility (1995)'"
_QUOTED_RUN_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<quote>['\"“‘])[A-Z][^'\"“”‘’\n]{0,100}$")
_CLOSING_QUOTE = {"'": "'", '"': '"', "“": "”", "‘": "’"}
# "Laskar Pelangi karya Andrea Hirata (2005)", "buku Belajar dan Faktor-Faktor ... karya Slameto (2010)": "karya" or
# "tulisan" right before a name is "the work of", after the title; the name is its author, not a title's last word
_MADE_BY_BEFORE = re.compile(r"\b(?i:karya|tulisan|ciptaan|garapan|gubahan)[ \t]+$")
_TIME_BEFORE = re.compile(r"\b(?:selama|menjelang|jelang|sepanjang|semasa)\s*$", re.I)
_STUDIES_AFTER = re.compile(r"\s*(?:meneliti|mengkaji|menganalisis|mengamati|menemukan|menguji|melakukan\s+"
                            r"(?:penelitian|kajian|studi|riset))\b", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:di|ke|pada|sejak|hingga|sampai|tahun|bulan|kota|provinsi|kabupaten|negara|wilayah|"
                           r"daerah|in|at|selama|menjelang|jelang|sepanjang|semasa)\s*$", re.I)  # a place or a time:
# "selama Ramadhan (2024)", "menjelang Pemilu (2019)" ("ketika", "saat" open a clause: "Ketika Card (1994) menemukan")
# Where the work just cited was done, then the next author: "Panjaitan dan Yuliati (2016) pada JNE Bandung dan Kurniawan
# (2016)", "Septiani (2017) di Kota Padang dan Wulandari (2017)", "Septiani (2017) pada ibu di Jawa Tengah, Wulandari
# (2018)": the place, read with the author as one name group after "di"/"pada", is none of it
_PLACE_OF_A_WORK_BEFORE = re.compile(rf"\(\s*{YEAR}[^()]*\)[^().;:\n]{{0,60}}?\b(?i:di|pada|tentang|mengenai)[ \t]+"
                                     r"(?:[A-Z0-9][\w'’\-.]*[ \t]+){0,4}$")  # "di Kota ", "di RSUD Dr. ", "di SMA Negeri 1 "

# "Berdasarkan WHO (2018), ...", "Mengacu pada BPS (2020)", "Sesuai dengan KPAI (2019)": a body cited as a source
_BASED_ON_BEFORE = re.compile(r"\b(?:berdasarkan|(?:mengacu|merujuk)(?:\s+(?:pada|kepada))?|sesuai(?:\s+dengan)?|"
                              r"mengutip|bersumber\s+(?:dari|pada))\s*$", re.I)
_REFERS_TO_BEFORE = re.compile(r"\b(?:mengacu|merujuk|berdasarkan|berpedoman|berpijak|bersandar|bertumpu|mengutip)\s+"
                               r"(?:pada|kepada)\s*$", re.I)
# "Kirk (1979) dalam", "Kobasa, 1979 dalam": the year of the person quoted, right before "dalam"
_YEAR_PAREN_BEFORE = re.compile(rf"(?:\(\s*{YEAR}[^()]*\)|,\s*{YEAR})[\s,]*$")
_QUOTED_TITLE_BEFORE = re.compile(r"\bdalam\s+[“\"][^”\"]{1,120}[”\"]\s*$", re.I)
_DALAM_AFTER = re.compile(rf"\s*,?\s*(?P<open>\(\s*)?(?:{_CITED_IN}|{_EXPLAINED_IN}\s+)(?P<after>\(\s*)?", re.I)


def _narrative(text: str, scan: str, m: re.Match, bare: re.Match, lo: int) -> Citation | None | bool:
    words = lowercase_words(text)
    pos = m.start()
    title = _QUOTED_TITLE_BEFORE.search(scan, lo, pos)
    if title and title.end() >= len(scan[:pos].rstrip()):
        pos = title.start()  # "Soemarjan dan Soemardi dalam “Setangkai bunga Sosiologi” (1964: 401)"
    note = _NOTE_MARK_BEFORE.search(scan, max(lo, pos - 12), pos) or _EDITION_BEFORE.search(scan, max(lo, pos - 24), pos)
    if note:
        pos = note.start()  # "Santoso [3] (2019)", "Santoso³ (2019)", "KBBI Edisi V (2016)": not part of the name
    slash = _SLASH_ACRONYM_BEFORE.search(scan, max(lo, pos - 20), pos)
    if slash:
        pos = slash.start()  # "World Health Organization/WHO (2018)": the name spelt out, as "[WHO]" in a parenthesis
    lo = _after_the_place_of_a_work(scan, lo, pos, words) or lo  # "pada Bank BRI Syariah dan Wijaya (2019)": Wijaya
    if _a_released_title(text, scan, lo, m, bare.group("year")) and not _writers_year(text, scan, lo, m, bare):
        return _A_THING  # "film Laskar Pelangi (2008)", a table's "| movie_name |" cell: the work's own year
    if _VALUE_AFTER.match(scan, m.end()):
        run = _RUN_BEFORE.search(scan[max(lo, pos - 80):pos] + " ")
        study = _STUDY_OF_BEFORE.search(scan, max(lo, pos - 80), pos)
        named = [study.group("name").strip()] if study else [run.group().strip()] if run else []
        if not _cited_as_source(scan, lo, max(lo, pos - 80) + run.start() if run else pos, m.end()) \
                and study is None and not (named and (is_listed(text, named, bare.group("year"))
                                                      or _cited_in_parentheses(text, named, bare.group("year")))):
            return _A_THING  # "UMK Kota Bekasi (2023) ditetapkan sebesar Rp...": a measure's year; not a study's
            # ("penelitian Putri (2020) yaitu sebesar 0,67") nor a work the list or a parenthesis holds
    body = _spelt_out_body(scan, lo, pos)  # "Direktorat Jenderal Pajak (DJP) (2019)": the body's name spelt out
    if body is not None:
        return _make(body, [body], bare.group("year"), bare.group("pages"), m, None)
    law = _spelt_out_name(scan, lo, pos)
    if law is not None and any(w.lower().strip(",") in _LAWS_AND_EVENTS for w in law.split()):
        return _A_THING  # "Kitab Undang-Undang Hukum Pidana (KUHP) (2010)": a law's year, as "UU No. 20 (2003)"
    degrees = _DEGREES_BEFORE.search(scan, max(lo, pos - 40), pos)
    if degrees and all(_is_degree(d) for d in degrees.group().split(",")[1:]):
        pos = degrees.start()  # "Dr. Sari Dewi, M.Pd. (2019)": the degrees after the name are not part of it
    site = _SITE_BEFORE.search(scan, max(lo, pos - 60), pos)
    if site:  # "Menurut Kompas.com (2022)": the news site whole
        return _make(site.group(1), [site.group(1)], bare.group("year"), bare.group("pages"), m, None)
    english = _english_body_before(scan, lo, pos, words)
    if english is not None:  # "Menurut Save the Children (2019)", "Laporan We Are Social (2021)": the body whole
        if _quoted_secondary_follows(scan, m.end(), words):
            return False  # "Save the Children (2019) dalam Santoso (2020)": quoted through another's work
        return replace(_make(english, [english], bare.group("year"), bare.group("pages"), m, None), authors=(english,))
    report = _REPORT_BEFORE.search(scan, max(lo, pos - 120), pos)
    word_before = _OPENER_BEFORE.search(scan, max(lo, report.start() - 30), report.start()) if report else None
    # "Profil Kesehatan Indonesia (2019)": the report by its title, or its author named before "dalam"; not a word
    # of a book's title, nor a phrase the text writes small ("laporan tahunan")
    if report and (word_before is None or word_before.group(1).lower() in NOT_NAMES) \
            and not _a_bodys_report(report.group("title")) \
            and not _TITLE_BEFORE.search(scan, max(lo, report.start() - 60), report.start()) \
            and not all(w.lower() in words for w in report.group("title").split()[1:]):
        return _report(text, scan, lo, report, bare, m)
    eponymous = _eponymous_title_before(scan, lo, pos)
    if eponymous is not None:  # "Maslow's Hierarchy of Needs (1943)": the person the work is named after
        return _make(eponymous, [eponymous], bare.group("year"), bare.group("pages"), m, None)
    organisation = _organisation_with_links(scan, lo, pos, words)
    if organisation is not None:  # "Buck Institute for Education (1999)": the organisation whole
        if _quoted_secondary_follows(scan, m.end(), words):
            return False
        return _make(organisation, [organisation], bare.group("year"), bare.group("pages"), m, None)
    strict = group_before(scan, lo, pos, words) or _month_named_as_author(scan, lo, pos) \
        or _function_word_surname(scan, lo, pos, m.end())
    group = _body_named_whole(scan, lo, pos) \
        or _name_written_small_too(text, scan, lo, pos, m.end(), bare.group("year"), strict) or strict \
        or _name_in_citing_place(scan, lo, pos, m.end(), words)
    if group is not None:
        group = _field_left_out(scan, lo, group)
    if group is None:
        # "Dalam buku Rosa & Shalahuddin (2016:50)": after a title's opening word, only a listed work is a citation,
        # or one the text cites in a parenthesis elsewhere ("(Rosa & Shalahuddin, 2016:28)")
        group = group_before(scan, lo, pos, words, after_title=True)
        organisation = _cited_organisation(scan, lo, group)
        if organisation is not None:  # "Menurut Kamus Besar Bahasa Indonesia (2008)": the dictionary is the author
            return _make(organisation, [organisation], bare.group("year"), bare.group("pages"), m, None)
        if group is None or not (is_listed(text, group.names, bare.group("year"))
                                 or _cited_in_parentheses(text, group.names, bare.group("year"))
                                 or _CALLING_AND_FIELD_BEFORE.search(scan, max(lo, group.start - 60), group.start)
                                 or _QUOTED_IN_BOOK_BEFORE.search(scan, lo, group.start)
                                 or _book_of_a_person(scan, lo, group, words) is not None):
            standard = _standard_named_before(scan, lo, pos)
            if standard is not None:  # "Menurut Standar Akuntansi Keuangan (2015)": the standard, by its name whole
                return replace(_make(standard, [standard], bare.group("year"), bare.group("pages"), m, None),
                               authors=(standard,))
            if (_DEFINED_AFTER.match(scan, m.end()) and _THING_BEFORE.search(scan, max(lo, pos - 40), pos)
                    and not _TITLE_BEFORE.search(scan, max(lo, pos - 120), pos)) \
                    or _names_a_law_or_event(text, scan, lo, pos, m, bare) \
                    or (_NUMBERED_NAME_BEFORE.search(scan, max(lo, pos - 40), pos)
                        and not _writers_year(text, scan, lo, m, bare)) \
                    or _a_standards_year(text, scan, lo, m.start(), bare.group("year")):
                return _A_THING  # "UUD (1945) ...", "Bank Rakyat Indonesia (1895) merupakan ...": its own year
            return None
    company = _COMPANY_BEFORE.search(scan, max(lo, group.start - 8), group.start)
    if company and " " in group.text:  # "Menurut PT. Telkom Indonesia (2019)": the company whole, not "Indonesia"
        whole = f"{company.group(1)} {group.text}"
        group = group._replace(start=company.start(1), text=whole, names=(whole,))
    # A name and year that the document's own reference list holds, or that it cites in a parenthesis elsewhere, are
    # a citation, whatever stands around them.
    before = scan[lo:group.start]
    # A named thing whose year this is: no author, and none named before takes its year ("Santoso (1895)" for
    # "Bank Rakyat Indonesia (1895) merupakan ...", "UUD (1945)", "Data Primer (2020)")
    thing = ((group.acronyms_only and not _CUE_BEFORE.search(scan, max(lo, group.start - 40), group.start)
              and not _BASED_ON_BEFORE.search(scan, max(lo, group.start - 40), group.start)
              and not _body_reports(text, scan, lo, group, m.end())
              and not (_on_source_line(scan, group.start) and _a_body(text, group)))
             or _modifies_a_common_word(text, scan, lo, group, words)  # "Data Primer (2020)": a noun phrase, a date
             or _names_a_law_or_event(text, scan, lo, pos, m, bare, named=True)  # "Revolusi Prancis (1789) ..."
             or (_DEFINED_AFTER.match(scan, m.end()) and not _introduced(before)  # "Laravel (2011) adalah ..."
                 and not _EXPERTS_LEAD_IN.search(scan, max(lo, group.start - 600), group.start))
             or _NUMBER_BEFORE.search(before)  # "SMA Negeri 1 Bandung (2019)": a school and its town
             or (_USED_BEFORE.search(before) and len(group.names) == 1
                 and (" " in group.names[0] or _PRODUCT_BEFORE.search(before)))  # "aplikasi Quizizz (2020)"
             or _enumerated(scan, group, before, m.end())  # "penyebab ISPA yaitu Streptococcus dan Haemophilus (2023)."
             or ((company is not None or _COMPANY_NAME.match(group.text))
                 and not _cited_as_source(scan, lo, group.start, m.end())))  # "anak perusahaan PT Honda Federal (1974) yang ..."
    # ... or words whose year's author is named before them: a book's title ("dalam bukunya Administrasi Perkantoran
    # Modern (2000)", "Analisis Laporan Keuangan (2012)"), a sentence's first word, a place
    book_of = _book_of_a_person(scan, lo, group, words)
    title = _TITLE_BEFORE.search(before) and not _QUOTED_IN_BOOK_BEFORE.search(before) and book_of is None \
        and not _MADE_BY_BEFORE.search(before)
    thing = thing and not title
    doubt = (thing or title
             or group.common  # "Selanjutnya (2013: 4)": a sentence's first word; the year's author is named before
             or (group.names[-1].split()[-1].lower() in HIJRI_MONTHS and _HIJRI_YEAR.match(bare.group(), bare.start("year")))
             or (_PLACE_BEFORE.search(before) and not _REFERS_TO_BEFORE.search(before)  # "di Indonesia (1998)"
                 and not (_TIME_BEFORE.search(before) and _STUDIES_AFTER.match(scan, m.end()))  # "Selama Santoso
                 # (2019) meneliti ...": a person's work during a time, not a time's name
                 and not re.search(r"['’]s\s*$", scan[group.start:pos])))  # "In Smith's (2010) view": a person's
    if doubt and not (is_listed(text, group.names, bare.group("year"))
                      or _cited_in_parentheses(text, group.names, bare.group("year"))):
        # "UUD (1945)", "KTSP (2006)": the thing's own year; but "... atau RDBMS (2016: 53)." is the writer's citation
        return _A_THING if thing and not _writers_year(text, scan, lo, m, bare) else None
    if _quoted_secondary_follows(scan, m.end(), words) or _QUOTED_BY_BEFORE.search(before):
        return False  # "Sutrisno (2010) mengutip pendapat Robbins (2006)": Robbins is quoted in Sutrisno's work
    kitab = _DALAM_OPENS.search(before)
    if kitab and len(group.names) == 1 and _ARABIC_TITLE.fullmatch(group.names[0]) \
            and not is_listed(text, group.names, bare.group("year")) \
            and not _cited_in_parentheses(text, group.names, bare.group("year")):
        # "Imam Nawawi dalam al-Majmu' (t.t.)": a kitab's title; the work is the person's named before "dalam"
        person = group_before(scan, lo, lo + kitab.start(), words)
        if person is None or person.acronyms_only or person.common:
            return None
        return _make(person.text, person.names, bare.group("year"), bare.group("pages"), m, None)
    via = None
    dalam = _DALAM_BEFORE.search(before)
    in_book = _QUOTED_IN_BOOK_BEFORE.search(before)
    if dalam or in_book:
        via = _via_of_dalam(scan, lo, lo + (in_book.start(in_book.lastgroup) if in_book else dalam.start()), words)
    elif book_of is not None:
        via = _via_of_dalam(scan, lo, book_of, words)
    quotes = _QUOTES_AFTER.match(scan, m.end())
    if via is None and quotes and names_in(quotes.group("name"), words, strict=False):
        via = quotes.group("name") + (f" ({quotes.group('year')})" if quotes.group("year") else "")
    return _make(group.text, group.names, bare.group("year"), bare.group("pages"), m, via)


# A surname that is a month's name, after a citing word or a given name: "Menurut May (2010)", "Rollo May (1977)"
_MONTH_AUTHOR_BEFORE = re.compile(r"(?:\b(?i:menurut|oleh|pendapat)[ \t]+|(?<![\w'’\-])(?P<given>[A-Z][a-z]+)[ \t]+)"
                                  r"(?P<name>May|Mei|June|Juni|April|August|Agustus)[ \t]*$")


def _month_named_as_author(scan: str, lo: int, pos: int) -> Group | None:
    """A month's name right before a parenthesis holding a year is no date there ("pada Mei 2010" is one): after a
    citing word or a person's given name it is the author's surname."""
    m = _MONTH_AUTHOR_BEFORE.search(scan, max(lo, pos - 40), pos)
    if m is None or m.group("given") and (m.group("given").lower() in NOT_NAMES or not _a_persons_name(m.group("given"))):
        return None
    start = m.start("given") if m.group("given") else m.start("name")
    text = " ".join(scan[start:m.end("name")].split())
    return Group(start, m.end("name"), text, (m.group("name"),), False, cued=True)


# A report known by its title, published year by year: "Profil Kesehatan Indonesia (2019)", "Laporan Kinerja
# Kementerian Kesehatan (2020)", "Statistik Indonesia (2021)", "Global Nutrition Report (2018)". Its title opens with
# the report's kind and goes on in capitals; the words of its title are no author's name ("Indonesia (2019)").
_REPORT_TITLE = re.compile(r"(?:(?:Profil|Laporan|Statistik|Buku[ \t]+Saku|Rencana[ \t]+Strategis|Renstra|Buletin|"
                           r"Infodatin|Pedoman|Petunjuk[ \t]+Teknis|Data[ \t]+dan[ \t]+Informasi)"
                           r"(?:[ \t]+(?:[A-Z][\w'’\-]*|dan|&)){1,6}[ \t]+[A-Z][\w'’\-]*|"
                           # ... a yearbook's kind and one word: "Statistik Indonesia", not "Laporan Santoso"
                           r"(?:Statistik|Profil|Infodatin|Buletin|Renstra)[ \t]+[A-Z][\w'’\-]*|"
                           r"(?:[A-Z][\w'’\-]*[ \t]+(?:(?:of|on|the|and)[ \t]+)?){1,5}"
                           r"(?:Report|Statistics|Outlook|Yearbook|Factbook))")
_REPORT_BEFORE = re.compile(rf"(?<![\w'’\-])(?P<title>{_REPORT_TITLE.pattern})[ \t]*$")
_IN_BEFORE = re.compile(r"\b(?:dalam|pada|in)[ \t]+$", re.I)


def _after_the_place_of_a_work(scan: str, lo: int, pos: int, words: frozenset[str]) -> int | None:
    """Where the names after a place's "dan" or comma start, when the name group ending at pos stands where a work just
    cited was done (_PLACE_OF_A_WORK_BEFORE): "pada JNE Bandung dan Kurniawan (2016)" -> Kurniawan."""
    group = group_before(scan, lo, pos, words)
    if group is None or len(group.names) < 2 \
            or not _PLACE_OF_A_WORK_BEFORE.search(scan, max(lo, group.start - 120), group.start):
        return None
    names = scan[group.start:group.end]
    joints = list(_NAME_JOINT.finditer(names))
    for k, joint in enumerate(joints):
        segment = names[joint.end():joints[k + 1].start() if k + 1 < len(joints) else len(names)].split()
        if segment and segment[-1].lower() in COMPASS:
            continue  # "di Kota Padang, Sumatera Barat dan Wulandari (2017)": the place goes on, Wulandari is next
        return group.start + joint.end()
    return None


_NAME_JOINT = re.compile(r"[ \t]*(?:,|&|\bdan\b)[ \t]*")


def _a_bodys_report(title: str) -> bool:
    """ "Laporan Dompet Dhuafa", "Laporan Kementerian ATR/BPN": a body's report by the body's name right after the
    report's word, whose author is the body (not "Laporan Kinerja Kementerian Kesehatan", a report's title)."""
    words = title.split()
    return len(words) > 2 and words[0] in ("Laporan", "Data") and words[1].lower() in NAMED_BODY_HEADS


def _report(text: str, scan: str, lo: int, report: re.Match, bare: re.Match, m: re.Match) -> Citation:
    """The report's work: its author when named before "dalam" in the sentence ("Menurut Kemenkes RI dalam Profil
    Kesehatan Indonesia (2019)"), else the report by its title."""
    year, pages = bare.group("year"), bare.group("pages")
    if _IN_BEFORE.search(scan, max(lo, report.start() - 12), report.start()):
        starts = [s.end() for s in _SENTENCE_START.finditer(scan, lo, report.start())]
        start = starts[-1] if starts else lo
        cued = [g for g in _citing_groups(scan[start:report.start()], lowercase_words(text), text) if g.cued]
        if cued:
            return _make(cued[0].text, list(cued[0].names), year, pages, m, None)
    title = " ".join(report.group("title").split())
    return replace(_make(title, [title], year, pages, m, None), authors=(title,))  # the title whole, no "surname"


# A work's year, then the person it quotes: "Sutrisno (2010: 14) mengutip pendapat Robbins (2006) bahwa ..."
_QUOTING = r"(?i:mengutip)(?:\s+(?i:pendapat|definisi|teori|pernyataan|gagasan|pandangan))?(?:\s+(?i:dari))?"
_QUOTES_AFTER = re.compile(rf"\s*,?\s*{_QUOTING}\s+(?P<name>(?:[A-Z][\w'’\-]*\.?\s+){{0,3}}[A-Z][\w'’\-]*)"
                           rf"(?:\s*\(\s*(?P<year>{YEAR})[^()]*\))?")
_QUOTED_BY_BEFORE = re.compile(rf"\((?:[^()]*\b)?{YEAR}[^()]*\)\s*,?\s*{_QUOTING}\s+$")


# Bodies that publish what texts cite, by their acronyms: "WHO (2018) menyatakan", "BPS (2020) mencatat"
_BODIES = frozenset("WHO BPS UNESCO UNICEF UNDP UNFPA UNAIDS OECD ILO IMF FAO WTO ADB PBB ASEAN KPAI BKKBN BNN KPK BPOM "
                    "BMKG LIPI BRIN BNPB BNPT IAI OJK BI APA AAP CDC NIH KEMENKES KEMENDIKBUD BAPPENAS KOMNAS "
                    "IDAI PERSI PPNI BAZNAS MUI COSO".split())
# What a body does with its figures, right after its year: "BPS (2020) mencatat", "OECD (2019) reported"
_REPORTS_AFTER = re.compile(r"\s*,?\s*(?:juga\s+|pun\s+)?(?:mencatat|melaporkan|menunjukkan|menyatakan|mendefinisikan|"
                            r"mengartikan|menjelaskan|menyebutkan|merilis|memperkirakan|mengemukakan|menetapkan|"
                            r"merekomendasikan|menganjurkan|mengklasifikasikan|menggolongkan|"
                            r"reports?|reported|states?|stated|defines?|defined|estimates?|estimated|notes?|noted|"
                            r"recommends?|recommended|shows?|showed|found)\b", re.I)
# ... of them, what only a body does with figures (a law or a curriculum "menyatakan", it never "mencatat")
_RECORDS_AFTER = re.compile(r"\s*,?\s*(?:juga\s+|pun\s+)?(?:mencatat|melaporkan|merilis|memperkirakan|reports?|reported|"
                            r"estimates?|estimated)\b", re.I)
# ... or a word for its figures right before it: "data BPS (2020)", "laporan WHO (2018)", "hasil SDKI (2017)"
_SURVEY_BEFORE = re.compile(r"\b(?:survei|survey|sensus)\s+$", re.I)
_FIGURES_BEFORE = re.compile(r"\b(?:data|laporan|publikasi|rilis|survei|statistik|report|hasil|data\s+dari)\s+$", re.I)


_SENTENCE_CLOSED = re.compile(r"\s*(?:[.;!?]|$)")
# An amount right after the year: the name is a measure's, of that year ("UMP Jawa Tengah (2024) ditetapkan sebesar
# Rp2.036.947", "IPM Kota Malang (2022) mencapai sebesar 82,7", "Ekspor Jawa Barat (2023) senilai US$ 35 miliar"), no
# author's; a source cited for it has a citing word before the name ("menurut BPS (2023) sebesar ...": _cited_as_source)
# ... but a study's author, named right after the study's word, gives the value his work found ("dalam penelitian
# Putri (2020) yaitu sebesar 0,67", "Temuan Hidayat (2018) mencapai sebesar 70%")
_STUDY_OF_BEFORE = re.compile(r"(?<![\w\-])(?i:penelitian|studi|temuan|kajian|riset)(?:[ \t]+(?i:yang[ \t]+dilakukan|oleh))*"
                              r"[ \t]+(?P<name>(?:[A-Z][\w'’\-.]*[ \t]+){1,4})$")
_VALUE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:(?:di|ter)[a-z]{3,}[ \t]+|(?:adalah|yaitu|ialah|mencapai|menjadi|naik|turun|"
                          r"tumbuh|hanya)[ \t]+)?(?:sebesar|senilai)[ \t]+(?:Rp|US\$|USD|\d)", re.I)


def _writers_year(text: str, scan: str, lo: int, m: re.Match, bare: re.Match) -> bool:
    """A year the writer cites, whatever term stands before it: with its pages ("... atau RDBMS (2016: 53)"), or
    closing a sentence that names an author with a citing word and gives him no year of his own ("Menurut Kadir, ...
    memakai SQL (2014)."). Inside the sentence the year is the term's own ("Menurut Santoso, Kurikulum Merdeka (2022)
    memberi ...")."""
    if bare.group("pages"):
        return True
    if not _SENTENCE_CLOSED.match(scan, m.end()):
        return False
    starts = [x.end() for x in _SENTENCE_START.finditer(scan, lo, m.start())]
    start = starts[-1] if starts else lo
    window = scan[start:m.start()]
    cued = [g for g in _citing_groups(window, lowercase_words(text), text) if g.cued]
    return any(not re.match(r"\s*[(\[]", window[g.end:]) for g in cued)


_COMPANY_NAME = re.compile(r"(?:PT|CV)\.?\s")
# "DSM-5", "Covid-19"; a standard's or a chapter's number after its name: "PSAK No. 14", "SAK ETAP Bab 11"; an
# acronym and a number of three digits or more, a standard's: "ISO 9001", "ISO/IEC 27001:2013", "SNI 01-2891-1992"
# (a capitalised word and a short number is a table's row as some readers give it: "Sari 2 (2019)"); a court
# decision's number with its slashes: "Putusan Mahkamah Konstitusi Nomor 46/PUU-VIII/2010"
# "ISO 9001", "SNI 01-2891": issuer, number; not a body's year ("UNESCO 2015 (2016)": the body, its report of 2015)
_STANDARD_NUMBER = rf"(?P<issuer>[A-Z]{{2,}}(?:/[A-Z]{{2,}})*)[ \t]+(?!{YEAR_DIGITS}(?![\d\-:]))\d{{2}}(?:\d|-\d)"
# ... a series' number after its acronym, "No." and a number or, after three letters or more, a short number ("PSAK
# No. 1", "PSAK 1"): one rule for a standard named before a year, cited in a parenthesis, or named whole
_SERIES_NUMBER = (r"(?:[ \t]+(?i:no|nomor)\.?[ \t]*(?P<no>\d{1,5})|"
                  r"(?<=[A-Z]{3})[ \t]+(?P<short>\d{1,2})(?![\d.]))")
_NUMBERED_NAME_BEFORE = re.compile(r"(?<![\w\-])(?:[A-Z][A-Za-z]*(?:-?\d|[ \t]+(?i:no|nomor|bab|pasal|seri)\.?[ \t]*\d)"
                                   rf"|[A-Z]{{2,}}(?:/[A-Z]{{2,}})*{_SERIES_NUMBER}|{_STANDARD_NUMBER})[\w.\-:/]*[ \t]*$")
# ... as a parenthesis cites it, a comma before the year: "(ISO 9001, 2015)", "(ISO/IEC 27001:2013, 2013)", "(PSAK
# No. 1, 2015)", "(PSAK 1, 2015)": its issuer, or its series
_STANDARD_CITED = re.compile(rf"(?:{_STANDARD_NUMBER}|(?P<series>[A-Z]{{2,}}(?:/[A-Z]{{2,}})*){_SERIES_NUMBER})"
                             rf"[\w.\-:/]*(?=\s*,\s*{YEAR})")
# ... whose number holds its year: "ISO 9001:2015", "SNI 01-2891-1992"; not a span of years, a plan's, a school
# year's or a body's data over them ("RPJMN 2020-2024", "TA 2019-2020", "BPS 2015-2020")
_STANDARD_OF_A_YEAR = re.compile(rf"(?<![\w\-])(?P<issuer>[A-Z]{{2,}}(?:/[A-Z]{{2,}})*)[ \t]+(?!{YEAR_DIGITS}-{YEAR_DIGITS}(?!\d))"
                                 rf"\d[\d\-]*[:\-](?P<year>{YEAR_DIGITS})(?!\d)")
_THING_BEFORE = re.compile(r"(?<![\w\-])(?:[A-Z][\w\-]*|\d{1,4})[ \t]*$")  # a capitalized word or a number
# Words that name a law, a treaty or an event (names.NOT_NAMES holds them too): "UUD (1945)", "Pemilu (2019)"
# ... of them, the events said with words in lower case after them too ("krisis keuangan Asia (1997)"), not a law's or
# a decision's words, which open a work's subject as well ("keputusan pembelian Kotler (2016)": _EVENT_SAID_BEFORE)
_EVENT_WORDS = ("krisis", "perang", "tragedi", "peristiwa", "pertempuran", "agresi", "revolusi", "reformasi")
# ... and a disaster's words, said right before its place too ("Sejak tsunami Aceh (2004)", "Letusan Dahsyat Krakatau
# (1883)", "Badai Siklon Katrina (2005)"): the year is the disaster's
_DISASTER_WORDS = ("bencana", "gempa", "tsunami", "banjir", "letusan", "erupsi", "badai", "siklon", "kebakaran",
                   "longsor")
_LAWS_AND_EVENTS = frozenset(
    "undang-undang uu uud pp perpu perppu kompilasi pasal konvensi perjanjian deklarasi piagam traktat resolusi peraturan keputusan kurikulum "
    "permendikbud permen permenkes perpres kepmen kepmenkes inpres perda pemilu pilpres pilkada gerakan proklamasi "
    "dekrit supersemar konferensi kongres muktamar sidang sensus olimpiade festival idul".split()
    + list(_EVENT_WORDS) + list(_DISASTER_WORDS))  # "Idul Fitri (1445 H)": the feast's year
_RUN_BEFORE = re.compile(r"(?:(?<![\w\-])(?:[A-Z][\w\-.]*|\d[\w\-/.]*)[ \t]+){1,6}$")
# ... an event's word with the words in lower case that say which, before the name ("krisis keuangan Asia (1997)",
# "perang kemerdekaan Aljazair (1954)")
_EVENT_SAID_BEFORE = re.compile(rf"(?<![\w\-])(?:(?i:{'|'.join(_EVENT_WORDS)})(?:[ \t]+[a-z][a-z\-]*){{1,2}}|"
                                rf"(?i:{'|'.join(_DISASTER_WORDS)})(?:[ \t]+[a-z][a-z\-]*){{0,2}})[ \t]+$")
# ... and a place listed after a disaster's name on its line, names and years only between ("Letusan Krakatau (1883) &
# Tambora (1815)", "Gempa & Tsunami Tohoku / Fukushima (2011)", "Gempa Terbesar Dunia: Valdivia, Chili (1960)")
_DISASTERS_LISTED_BEFORE = re.compile(rf"(?<![\w\-])(?i:{'|'.join(_DISASTER_WORDS)})(?:[ \t]+(?:[A-Z][\w\-]*|\({YEAR}\))|"
                                      r"[ \t]*[&/:,])*?[ \t]*[&/:,][ \t]*$")
_OPENS_A_SENTENCE = re.compile(r"(?:(?<![^\n])|[.!?:;][\"”’)]?)[ \t]*$")
# ... or follow a word of its time: "Pasca perang saudara Spanyol", "Sejak tragedi kemanusiaan Rohingya (2017)" (a
# word of its effect says nothing: "Dampak krisis identitas Erikson (1968)" is Erikson's concept; "Dampak krisis
# keuangan Asia (1997)" an event by its place)
_EVENT_TIME_BEFORE = re.compile(r"(?<![\w\-])(?i:pasca|sejak|setelah|sesudah|sebelum|selama|semasa|sewaktu|menjelang|usai)"
                                r"[ \t]+$")
# ... but the words after a crisis's word that say a stage of a person's life or growth name a theory's concept, not an
# event: "krisis paruh baya", "krisis identitas remaja", "krisis usia dewasa awal", "krisis perkembangan psikososial"
_LIFES_STAGE = re.compile(r"(?<![\w\-])(?i:paruh[ \t]+baya|remaja|dewasa|lansia|usia|identitas|psikososial|"
                          r"perkembangan|eksistensial|kanak-kanak)(?![\w\-])")
_NOT_WHICH_EVENT = frozenset("menurut oleh dalam dari yang dan serta atau karya tulisan pada di ke tentang mengenai "
                             "sebagaimana seperti kata bahwa".split())


def _a_standards_year(text: str, scan: str, lo: int, pos: int, year: str) -> bool:
    """The sentence before pos names a standard whose number holds this year and no person with a citing word
    ("Menurut ISO 9001:2015, mutu adalah ... (2015: 3)."): the year, its pages too, is the standard's, no author's
    named before. "Menurut Santoso, penerapan ISO 9001:2015 ... (2015: 3)." is Santoso's."""
    starts = [x.end() for x in _SENTENCE_START.finditer(scan, lo, pos)]
    start = starts[-1] if starts else lo
    if not any(s.group("year") == year for s in _STANDARD_OF_A_YEAR.finditer(scan, start, pos)):
        return False
    return not any(g.cued for g in _citing_groups(scan[start:pos], lowercase_words(text), text))


def _names_a_law_or_event(text: str, scan: str, lo: int, pos: int, m: re.Match, bare: re.Match,
                          named: bool = False) -> bool:
    """The capitalized run right before a year names a law or an event ("Salah satunya UUD (1945) yang ...",
    "Kurikulum 2013 (2013) menekankan ...", "Revolusi Prancis (1789) melahirkan ...", "Perang Diponegoro (1825)"):
    the year is its own, no author's; but the writer's when he cites it (_writers_year), and a person's named after
    the event's word when a verb of saying follows ("Tokoh Reformasi Amien Rais (1998) menyatakan bahwa ...")."""
    window = scan[max(lo, pos - 80):pos] + " "
    run = _RUN_BEFORE.search(window)
    if run is None:
        return False
    run_words = run.group().split()
    event = next((i for i, w in enumerate(run_words) if w.lower().rstrip(".") in _LAWS_AND_EVENTS), None)
    if event is None and _DISASTERS_LISTED_BEFORE.search(window, 0, run.start()):
        return not _writers_year(text, scan, lo, m, bare)  # "Letusan Krakatau (1883) & Tambora (1815)": a disaster too
    if event is None:
        which = _EVENT_SAID_BEFORE.search(window, 0, run.start())
        if which is None or any(w.lower() in _NOT_WHICH_EVENT for w in which.group().split()[1:]):
            return False
        at = max(lo, pos - 80) + which.start()
        opens = which.group()[:1].isupper() and _OPENS_A_SENTENCE.search(scan, lo, at) \
            or _EVENT_TIME_BEFORE.search(scan, max(lo, at - 20), at)
        if surname(run_words[-1]).lower() in {first for first, _ in _parenthesized_works(text)}:
            return False  # "Selama krisis paruh baya Levinson (1978)" where the text cites "(Levinson, 1978)": a person
        if not (opens or a_known_place(text, run.group().strip()) or _listed_first_authors(text)):
            return False  # "Tahap krisis identitas Erikson (1968)", "Dampak krisis identitas Erikson (1968)": a
            # work's subject and its author; an event when its words open the sentence ("Krisis moneter Indonesia
            # (1998) menyebabkan") or follow its time ("Sejak tragedi ..."), the name is a place ("Dampak krisis
            # keuangan Asia (1997)": written as one in the text or known as one), or a list tells (a name it holds
            # is a work: the caller's doubt)
        if _LIFES_STAGE.search(which.group()) and not a_known_place(text, run.group().strip()):
            return False  # "Selama krisis paruh baya Levinson (1978), ...": a crisis of a stage of a person's life
            # is a theory's concept, the name after it its author, whatever word of time opens the sentence
        if which.group().split()[0].lower() == "revolusi" \
                and not any(a_known_place(text, " ".join(run_words[:i])) for i in range(1, len(run_words) + 1)):
            return False  # "Sebelum revolusi hijau Borlaug (1970), ...": a revolution said in words written small
            # is one of ideas or practice ("hijau", "ilmiah", "kognitif"), the name after it not a place its author;
            # a country's revolution is its place's ("Sejak revolusi industri Inggris (1760)", "Pasca revolusi sosial
            # Sumatera Timur (1946)": events)
    elif re.search(rf"(?<![\w\-])(?i:{_CALLINGS})[ \t]+$", window[:run.start()] + " ".join(run_words[:event] + [""])):
        return False  # "Menurut pakar Kurikulum Nasution (2008)": the field of the person named after his calling
    if named and _CUE_AFTER.match(scan[m.end():m.end() + 80]):
        return False
    return not _writers_year(text, scan, lo, m, bare)


# What _narrative gives for a named thing before a year (a law, a company, a product, a date): no work, and no
# author named before takes the year
_A_THING = object()


def _cited_as_source(scan: str, lo: int, at: int, end: int) -> bool:
    """A citing word before the name at `at` ("menurut", "berdasarkan", "data") or a reporting verb after its year."""
    return bool(_CUE_BEFORE.search(scan, max(lo, at - 40), at) or _BASED_ON_BEFORE.search(scan, max(lo, at - 40), at)
                or _FIGURES_BEFORE.search(scan, max(lo, at - 30), at) or _REPORTS_AFTER.match(scan, end))


def _body_reports(text: str, scan: str, lo: int, group: Group, end: int) -> bool:
    """An acronym with its year is the body as an author when it is a body (a known one, or spelt out in the text
    with an organisation's words: "Badan Pusat Statistik (BPS)") and its figures are cited: a reporting verb after
    it or "data"/"laporan" before it. "UUD (1945)", "KTSP (2006) menekankan" stay none."""
    if _SURVEY_BEFORE.search(scan, max(lo, group.start - 30), group.start):
        return True  # "hasil survei PISA (2018)": a survey's report, as "Hasil Riskesdas (2018)" (not "Hasil UAS")
    if not (_REPORTS_AFTER.match(scan, end) or _FIGURES_BEFORE.search(scan, max(lo, group.start - 30), group.start)):
        return False
    figures = _FIGURES_BEFORE.search(scan, max(lo, group.start - 30), group.start)
    if len(group.names) == 1 and group.names[0].lower() not in _LAWS_AND_EVENTS and (
            _RECORDS_AFTER.match(scan, end) or _REPORTS_AFTER.match(scan, end) and figures
            and not (figures.group().split()[0].lower() in ("hasil", "data")
                     and (_spelt_out_as_no_survey(text, group.names[0]) or group.names[0] in _SCHOOL_TESTS))):
        return True  # "APJII (2019) mencatat ...", "Hasil SDKI (2017) menunjukkan ...": what records or reports
        # figures is a body or a survey, known or not: a verb only a body's figures take, or its figures named before
        # it and a verb of reporting after
    return _a_body(text, group)


# A school's own tests, written by their acronyms (ujian/ulangan/penilaian akhir or tengah semester, ulangan harian,
# penilaian akhir tahun, ujian kenaikan kelas, ujian sekolah and nasional): "Hasil UAS (2021) menunjukkan ..." is the
# class's scores that year, which no body reports (a survey's, "Hasil SDKI (2017) menunjukkan ...", is a work)
_SCHOOL_TESTS = frozenset("UAS UTS UH PTS PAS PAT UKK USBN UASBN UN UNBK".split())


def _spelt_out_as_no_survey(text: str, acronym: str) -> bool:
    """The text spells the acronym out, and never as a survey or a census ("Ujian Akhir Semester (UAS)": "hasil UAS
    (2021)" is the exam's results, no survey's report as "hasil SDKI (2017)")."""
    spellings = stands_for(text, acronym)
    return bool(spellings) and not any(re.search(r"(?i)\b(?:survei|survey|sensus|census|riset|studi|badan|lembaga)",
                                                 words) for words in spellings)


def _a_body(text: str, group: Group) -> bool:
    """One acronym that names a body: a known one, or one the text spells out with an organisation's words."""
    if len(group.names) != 1 or " " in group.names[0]:
        return False
    return group.names[0].upper() in _BODIES or _spelt_out_as_organisation(text, group.names[0])


def _spelt_out_as_organisation(text: str, acronym: str) -> bool:
    """The text introduces the acronym as the short name of a body's words ("Badan Pusat Statistik (BPS)")."""
    return any(is_organisation(words) for words in stands_for(text, acronym))


def _name_written_small_too(text: str, scan: str, lo: int, pos: int, end: int, year: str,
                            strict: Group | None) -> Group | None:
    """A name that the text also writes in lower case ("Menurut Rahmat (2015)" in a text about "rahmat", "Ahmad
    Tafsir (2010)", "Sari dan Putra (2019)"): name groups leave such words out, so it is taken only on evidence, the
    text's own list or a parenthesis elsewhere holding that name and year, or a given name before it and a citing
    word around it ("Menurut Ahmad Tafsir (2010)", "Muhibbin Syah (2010) menyatakan")."""
    words = lowercase_words(text)
    edge = strict.start if strict is not None else pos
    left = _WORD_LEFT_OF_GROUP.search(scan, max(lo, edge - 40), edge)
    if left is None or left.group(1).lower() not in words or left.group(1).lower() in NOT_NAMES:
        return None  # the word left of the name group is no word the text writes small: the group is whole
    relaxed = group_before(scan, lo, pos, frozenset())
    if relaxed is None or relaxed.acronyms_only or relaxed.common:
        return None
    if strict is not None and strict.start <= relaxed.start:
        return None  # the text writes none of its words in lower case: name groups read it as it is
    if any(w.lower() in NOT_NAMES or is_common_word(w) for n in relaxed.names for w in n.split()):
        return None
    if is_listed(text, relaxed.names, year) or _cited_in_parentheses(text, relaxed.names, year):
        return relaxed
    first = relaxed.names[0].split()
    if len(relaxed.names) == 1 and len(first) >= 2 and all(_a_dictionary_name_word(w) for w in first) \
            and _RECORDS_AFTER.match(scan, end):
        return relaxed  # "Lumbung Pangan (2020) mencatat" in a text about "pangan": what records figures cites
    given = len(first) >= 2 and first[0].lower() not in words and len(relaxed.names) == 1
    cued = _CUE_BEFORE.search(scan, max(lo, relaxed.start - 40), relaxed.start) \
        or _MENURUT_JUST_BEFORE.search(scan, max(lo, relaxed.start - 12), relaxed.start) \
        or _CUE_AFTER.match(scan[end:end + 60])
    return relaxed if given and cued else None


# The words right before a year, back to a citing word: "menurut sugiyono", "oleh rahmawati dan susilo", "Putri"
_WORDS_BEFORE_YEAR = re.compile(r"(?<![\w'’\-])(?:[A-Za-z][\w'’\-]*[ \t]+){0,4}[A-Za-z][\w'’\-]*[ \t]*$")
# A work just cited, then the next author: "Santoso (2019) dan Putri (2019)", "Santoso (2019), Putri (2019)"
_CITED_JUST_BEFORE = re.compile(rf"\(\s*{YEAR}[^()]*\)[ \t]*(?:,|;|&|\bdan\b|\bserta\b)[ \t]*$")
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?:][\s\"”’]+|\n[ \t]*)$")


def _name_in_citing_place(scan: str, lo: int, pos: int, end: int, words: frozenset[str]) -> Group | None:
    """A name in a citation's place that name groups leave out because the text writes it small: in lower case as
    student and OCR'd texts type names ("menurut sugiyono (2017)", "oleh rahmawati dan susilo (2018)", "notoatmodjo
    (2012) mengemukakan"), or capitalised but a word the text writes small elsewhere ("Menurut Putri (2019)" beside
    "remaja putri", "Santoso (2019) dan Hakim (2016)" beside "putusan hakim"). The words between a citing word, or a
    work just cited, and the year are its authors; with a citing verb after the year only, one name opening its
    sentence, no word of the dictionary if written small ("survei awal (2022) menemukan" is no citation). Never a
    word of names.NOT_NAMES ("menurut data (2021)") nor one names.is_common_word takes for a word; a word typed small
    that the text also writes small where it cites nothing is a word ("Menurut responden (2020)"). Read after
    _name_written_small_too, which keeps a given name with its surname ("Ahmad Tafsir (2010)")."""
    run = _WORDS_BEFORE_YEAR.search(scan, max(lo, pos - 80), pos)
    if run is None:
        return None
    tokens = list(re.finditer(r"\S+", run.group()))
    parts: list[re.Match] = []
    for t in reversed(tokens):  # back from the year to the first word that is no name's
        if t.group().lower() in ("dan", "&") and parts and parts[-1].group().lower() not in ("dan", "&"):
            parts.append(t)
            continue
        if t.group().lower() in NOT_NAMES or is_common_word(t.group()) \
                or (t.group()[0].islower() and t.group().lower() in _DATA_SOURCE_WORDS):
            break  # ... nor, typed small, a word for the study's own sources ("menurut responden (2020)", "guru")
        parts.append(t)
    while parts and parts[-1].group().lower() in ("dan", "&"):
        parts.pop()
    if not parts:
        return None
    parts.reverse()
    start, stop = run.start() + parts[0].start(), run.start() + parts[-1].end()
    names, name = [], []
    for p in parts:
        if p.group().lower() in ("dan", "&"):
            names.append(name)
            name = []
        else:
            name.append(p.group())
    names.append(name)
    if any(not n or len(n) > 3 for n in names):
        return None
    small = any(w[0].islower() for n in names for w in n)
    if not small and not any(w.lower() in words for n in names for w in n):
        return None  # capitalised and never written small: name groups read it as it is
    if small and any(w[0].islower() and _a_word_written_small_elsewhere(scan, w) for n in names for w in n) \
            and not _no_word_all_through(names):
        return None  # "menurut responden (2020)" in a text about its "responden": a word, not a name typed small;
        # "ki hajar dewantara (1977)" is a name though "hajar" is a word: "dewantara" is none
    cued = _CUE_BEFORE.search(scan, max(lo, start - 40), start) or _CITED_JUST_BEFORE.search(scan, max(lo, start - 60), start) \
        or (_THOUGHT_OF_BEFORE.search(scan, max(lo, start - 20), start) and _no_word_all_through(names))
    if not cued:
        from ..indonesian import is_known_word

        if not (_CUE_AFTER.match(scan[end:end + 60]) and len(names) == 1 and len(names[0]) == 1
                and _SENTENCE_OPENS_BEFORE.search(scan, max(0, start - 4), start)
                and not (small and is_known_word(names[0][0].lower()))):
            return None
    spelt = tuple(" ".join(w[:1].upper() + w[1:] for w in n) for n in names)
    return Group(start, stop, " dan ".join(spelt), spelt, False, True)


# Whose thought a name typed small with its year is: "gagasan ki hajar dewantara (1977)", "pemikiran zuriah (2011)"
_THOUGHT_OF_BEFORE = re.compile(r"\b(?i:gagasan|pemikiran|pandangan|konsep|teori|ajaran)[ \t]+$")


def _no_word_all_through(names: list[list[str]]) -> bool:
    """Each name holds a word no dictionary knows, Indonesian or English: a name, not a term ("teori belajar (2010)",
    "konsep smart city (2015)")."""
    from ..english_vocabulary import is_english_word
    from ..indonesian import is_known_word

    return all(any(not is_known_word(w.lower()) and not is_english_word(w) for w in n) for n in names)


def _a_word_written_small_elsewhere(scan: str, word: str) -> bool:
    """A word the dictionary knows, which the text writes in lower case also where no year follows it ("guru",
    "responden"); a name typed small stands only where its works are cited ("sugiyono (2017)")."""
    from ..indonesian import is_known_word

    return is_known_word(word.lower()) \
        and re.search(rf"(?<![\w'’\-]){re.escape(word)}(?![\w'’\-])(?![ \t]*\(\s*{YEAR})", scan) is not None


_FUNCTION_WORD_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z][a-z]{1,5})[ \t]*$")


def _function_word_surname(scan: str, lo: int, pos: int, after: int) -> Group | None:
    """A capitalized function word alone before a year's parenthesis ("Yang (2020) menyatakan", "Menurut Di (2018),"):
    the relative word or the preposition never takes a year in parentheses; with a verb of saying after the year or
    "menurut" right before the word, it is a family name, as it is before "et al." (group_before)."""
    from .names import FUNCTION_WORDS

    word = _FUNCTION_WORD_BEFORE.search(scan, max(lo, pos - 10), pos)
    if word is None or word.group(1).lower() not in FUNCTION_WORDS:
        return None
    if not (_CUE_AFTER.match(scan[after:after + 80])
            or _MENURUT_JUST_BEFORE.search(scan, max(lo, word.start() - 12), word.start())):
        return None
    return Group(word.start(1), word.end(1), word.group(1), (word.group(1),), False)


def _body_named_whole(scan: str, lo: int, pos: int) -> Group | None:
    """A body's name right before the year, opening with a body's word ("Kementerian Kesehatan (2018)", "Otoritas Jasa
    Keuangan (2017)"): name groups stop at a word the text writes small ("kesehatan"), so the body is read whole here."""
    run = _BODY_RUN.search(scan, max(lo, pos - 100), pos)
    if run is None:
        return None
    parts = list(re.finditer(r"\S+", run.group()))
    head = next((p for p in parts[:-1] if p.group().lower() in ORGANISATION_WORDS), None)
    if head is None or head.group().lower() not in NAMED_BODY_HEADS:
        return None  # no body's word first ("Tim Penyusun Kamus Pusat Bahasa" is read as a dictionary's compilers)
    # capitalised words run on before the body's word name a survey or an office of it, not another body: "Riskesdas
    # Kementerian Kesehatan (2018)", "Kepala Dinas Kesehatan (2019)" are the body's, as its reference entry names it
    name = " ".join(p.group() for p in parts[parts.index(head):])
    return Group(run.start() + head.start(), run.start() + parts[-1].end(), name, (name,), False)


# The capitalised words right before a year, on one line with no stop between them. (Named _CAPITALIZED_RUN until
# 2026-12-05, it was overwritten by _running's _CAPITALIZED_RUN below, which lets stops and line ends in: "Dinas
# Kesehatan. Menurut Santoso (2019)" read as one body.)
# ... a body's two names joined by a slash ("Kementerian PPN/Bappenas") and a doctor's title in a hospital's name ("RSUD
# dr. Moewardi", "RSUD Dr. Moewardi") inside it
_BODY_WORD = rf"(?:[A-Z][\w'’\-]*(?:/[A-Z][\w'’\-]*)?|(?i:{'|'.join(map(re.escape, DOCTORS))}))"
_BODY_RUN = re.compile(rf"(?<![\w'’\-.])(?:{_BODY_WORD}[ \t]+){{1,6}}[A-Z][\w'’\-]*(?:/[A-Z][\w'’\-]*)?(?=[ \t]*$)")
_WORD_LEFT_OF_GROUP = re.compile(r"(?<![\w'’\-])([A-Z][\w'’\-]*)[ \t]*(?:(?:,|&|dan|and)[ \t]*)?$")
_COMPANY_BEFORE = re.compile(r"(?<![\w.])(PT\.?|CV\.?)[ \t]+$")
_NUMBER_BEFORE = re.compile(r"\b(?:Negeri|Swasta|NEGERI|SWASTA)[ \t]+\d{1,3}[ \t]+$")  # not a table row "1 Sari (2018)"


def _is_degree(word: str) -> bool:
    """ "M.Pd.", "S.E", "M.P.A.", "Ph.D.": a degree after a name, known or shaped like one (capitals and stops)."""
    word = word.strip()
    return word.lower().rstrip(".") in ACADEMIC or bool(re.fullmatch(r"(?:[A-Z][a-z]{0,3}\.){2,4}|(?:[A-Z][a-z]{0,3}\.)+[A-Z][a-z]{1,3}\.?", word))


_EDITION_BEFORE = re.compile(r"(?<=[A-Z]{2})[ \t]+(?:Edisi[ \t]+\w+|Ed\.[ \t]*\d+|[IVX]{1,4})[ \t]*$")
_NOTE_MARK_BEFORE = re.compile(rf"(?<=\w)\s*(?:\[\d{{1,3}}\]|[{SUPERSCRIPTS}]{{1,3}})\s*$")
_SITE_BEFORE = re.compile(rf"(?<![\w.\-/@])({WEBSITE.pattern})\s*$")
_SLASH_ACRONYM_BEFORE = re.compile(r"(?<=[a-z])[ \t]*/[ \t]*[A-Z]{2,}[ \t]*$")
# A body's acronym in parentheses after its name, before the year: "Komisi Pemberantasan Korupsi (KPK) (2019)", or in
# square brackets as APA 7 writes it: "Badan Standar Nasional Pendidikan [BSNP] (2006)"; a law's short form, its last
# word whole: "Kitab Undang-Undang Hukum Perdata (KUHPerdata) (2010)"
_SHORT = r"[A-Z]{2,8}(?:[A-Z][a-z]{2,10})?"
_ACRONYM_PAREN_BEFORE = re.compile(rf"(?<=[a-z])[ \t]*(?:\([ \t]*({_SHORT})[ \t]*\)|\[[ \t]*({_SHORT})[ \t]*\])[ \t]*$")
_LINK = "(?:" + "|".join(sorted(BODY_LINKS)) + ")"  # "of", "for", "dan", "kepada", …: inside an organisation's name
# ... its words joined by spaces, its linking words, or commas ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi")
_SPELT_OUT_WORDS = re.compile(rf"(?<![\w'’\-])(?:[A-Z][\w'’\-]*,?[ \t]+(?:{_LINK}[ \t]+)?){{1,7}}[A-Z][\w'’\-]*$")


def _spelt_out_body(scan: str, lo: int, pos: int) -> str | None:
    """A body's name whose initials make the acronym in parentheses between it and the year ("Institute of Internal
    Auditors (IIA) (2017)", "Kamus Besar Bahasa Indonesia (KBBI) (2016)", "Komisi Pemberantasan Korupsi (KPK) (2019)"
    though the text writes "korupsi" small too): the name whole. A term's acronym ("Standar Akuntansi Keuangan (SAK)
    (2015)") is no body's: None, and the year is read as before."""
    name = _spelt_out_name(scan, lo, pos)
    return name if name is not None and is_organisation(name) else None


def _spelt_out_name(scan: str, lo: int, pos: int) -> str | None:
    """The capitalised words whose initials make the acronym in parentheses right before pos: "Komisi Pemberantasan
    Korupsi (KPK) (2019)", "Kitab Undang-Undang Hukum Pidana (KUHP) (2010)"."""
    acronym = _ACRONYM_PAREN_BEFORE.search(scan, max(lo, pos - 20), pos)
    if acronym is None:
        return None
    words = _SPELT_OUT_WORDS.search(scan, max(lo, acronym.start() - 150), acronym.start())
    if words is None:
        return None
    parts, letters = words.group().split(), acronym.group(1) or acronym.group(2)
    capitals = [k for k, w in enumerate(parts) if w[0].isupper()]
    first = next((k for k in reversed(capitals) if (_initials_make(parts[k:], letters) if letters.isupper()
                                                    else _abbreviates(letters, [w for w in parts[k:] if w not in NAME_LINKS]))),
                 None)
    return None if first is None else " ".join(parts[first:])


def _initials_make(words: list[str], acronym: str) -> bool:
    """The words' initials are the acronym, a hyphenated word giving one letter ("Kitab Undang-Undang Hukum Pidana":
    KUHP) or one for each of its parts ("Perserikatan Bangsa-Bangsa": PBB)."""
    return acronym in (initials(words), initials([p for w in words for p in w.split("-") if p]))


def _spelt_out_before_paren(scan: str, lo: int, pos: int, head: str) -> str | None:
    """A body's name right before a parenthesis that cites it by its acronym ("Badan Pusat Statistik (BPS, 2020)") or
    its short form ("Kementerian Pendidikan dan Kebudayaan (Kemendikbud, 2017)"): the name whole, as "Komisi
    Pemberantasan Korupsi (KPK) (2019)" gives it; a person before a parenthesis is the one quoted, as before."""
    if not _SHORT_FORM.fullmatch(head):
        return None
    end = len(scan[lo:pos].rstrip()) + lo
    words = _SPELT_OUT_WORDS.search(scan, max(lo, end - 150), end)
    if words is None:
        return None
    parts = words.group().split()
    capitals = [k for k, w in enumerate(parts) if w[0].isupper()]
    for first in reversed(capitals[:-1]):  # the fewest words that make the acronym or short form
        opener = parts[first].lower()
        if opener in NOT_NAMES and opener not in PLACE_WORDS and opener not in ORGANISATION_WORDS:
            break  # "Menurut Kementerian Keuangan (Menkeu, 2019)": no body's name opens with the sentence's citing word
        name = [w for w in parts[first:] if w not in NAME_LINKS]
        if any(_abbreviates(short, kept) for short, kept in _short_and_words(head, name)):
            return " ".join(parts[first:]) if is_organisation(" ".join(parts[first:])) else None
    return None


@lru_cache(maxsize=256)
def _short_form_defined(scan: str, short: str) -> bool:
    """The text gives this short form to a body it spells out before a parenthesis citing it ("Direktorat Jenderal
    Pajak (Ditjen Pajak, 2019)"): cited alone later ("(Ditjen Pajak, 2020)") it is that body's, not a person's."""
    return any(_spelt_out_before_paren(scan, max(0, m.start() - 200), m.start(), short) is not None
               for m in re.finditer(rf"\([ \t]*{re.escape(short)}[ \t]*,", scan))


def _a_short_form_of_the_text(text: str, head: str) -> bool:
    """A short form of several words with an acronym among them ("Komnas HAM", "GP Ansor", "Muslimat NU") that the
    text introduces in parentheses after the words it stands for ("Komisi Nasional Hak Asasi Manusia (Komnas HAM)"),
    or whose acronym it writes alone elsewhere ("pelanggaran HAM", "warga NU"): one name whole, not a person's name
    and initials ("Jogiyanto HM", "KJ Holsti": initials the text never writes alone)."""
    capitals = [w for w in head.split() if re.fullmatch(r"[A-Z]{2,}", w)]
    if not capitals or not _SHORT_FORM.fullmatch(head):
        return False
    read = _short_forms_read(text)  # once a name per text: each reading scans the whole text, a citation each
    if head not in read and stands_for(text, head):
        read[head] = True
    elif head not in read:
        whole = len(re.findall(rf"(?<![\w\-]){re.escape(head)}(?![\w\-])", text))
        read[head] = any(_capital_words(text)[w] > whole for w in capitals)
    return read[head]


@lru_cache(maxsize=4)
def _short_forms_read(text: str) -> dict[str, bool]:
    """head -> whether it is a short form of the text (_a_short_form_of_the_text), filled as citations are read."""
    return {}


@lru_cache(maxsize=4)
def _capital_words(text: str) -> Counter:
    """How often the text writes each word of two capitals or more, alone ("HAM" in "pelanggaran HAM")."""
    return Counter(re.findall(r"(?<![\w\-])[A-Z]{2,}(?![\w\-])", text))


# A body's kind written small: "lembaga swadaya", "komunitas", "yayasan" (_BODY_KINDS, in lower case only)
# A researcher's verbs right after a year: what a person's study did ("Permata (2020) menemukan", "... meneliti"); a
# body reports and records too, so these are no _FINDS_AFTER's "melaporkan", "mengungkapkan"
_STUDY_VERBS = r"menemukan|membuktikan|menyimpulkan|meneliti|mengkaji|menguji|mengidentifikasi"
_STUDIED_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:juga[ \t]+)?(?:{_STUDY_VERBS})\b", re.I)
_BODY_KIND_WORD = re.compile(rf"(?<![\w\-]){_BODY_KINDS}(?![\w\-])")
_ANY_BODY_KIND = re.compile(rf"\b{_BODY_KINDS}\b", re.I)  # not "ngo" of "mengolah"


def _body_of_everyday_words(text: str, cite: Citation, bodies: bool = True) -> Citation:
    """A name of two or more capitalised words the dictionary knows ("Sahabat Difabel", "Lumbung Pangan"), cut as a
    person's ("Difabel"), whose text brings in a body just before it: a body's kind written small earlier in its
    sentence or in the sentence before ("lembaga swadaya juga mendampingi sekolah. Sahabat Difabel (2018) mencatat"),
    or said of the name itself (_BODY_SAID_BEFORE, _BODY_SAID_AFTER), or its every word written small in the text and
    a verb of recording figures after its year. The body, whole; a person named in dictionary words ("Dewi Lestari")
    is a person where the text names no body. bodies: whether the text names a body's kind or a figure's recording
    anywhere; where it does not, only a name the text writes small as one phrase is a body's."""
    if len(cite.authors) != 1 or cite.in_note or not (bodies or " " in cite.authors_text):
        return cite
    names = [n for n in split_names(cite.authors_text) if not is_etal(n)]
    words = names[0].split() if len(names) == 1 else []
    if len(words) < 2 or names[0] == cite.authors[0] or not all(_a_dictionary_name_word(w) for w in words):
        return cite
    at = text.rfind(names[0], max(0, cite.start - 200), cite.end)
    if at < 0:
        return cite
    if not bodies:
        return replace(cite, authors=(names[0],)) if _written_small_as_one_phrase(text, words) else cite
    sentences = [m.end() for m in _SENTENCE_START.finditer(text, max(0, at - 600), at)]
    since = sentences[-2] if len(sentences) >= 2 else max(0, at - 600)
    said = re.fullmatch(_BODY_KINDS, words[0].lower()) or _BODY_SAID_AFTER.match(text, at + len(names[0])) \
        or _BODY_SAID_BEFORE.search(text, max(0, at - 20), at) \
        or (_RECORDS_AFTER.match(text, cite.end) and all(w.lower() in lowercase_words(text) for w in words)) \
        or _written_small_as_one_phrase(text, words)
    # "Komunitas Sahabat Difabel", "komunitas Sahabat ..."; or a name all of whose words the text writes small as
    # everyday words, that records figures: "Lumbung Pangan (2020) mencatat ..." in a text about "lumbung" and "pangan"
    # ("Dewi Lestari (2019) mencatat" in a text writing "lestari" small is a person's: "dewi" is written as a name)
    # ... a kind named earlier brings in no body where a citing word stands before the name ("... pemimpin yang baik.
    # Menurut Bintang Mulia (2019), ..." is a person's) or the list holds the person ("Mulia, B. (2019)")
    # ... nor where a study's verb follows the year ("... perusahaan keluarga. Intan Permata (2020) menemukan ...")
    if not (said or (_BODY_KIND_WORD.search(text, since, at) and not _CUE_BEFORE.search(text, max(0, at - 30), at)
                     and not _DALAM_BEFORE.search(text, max(0, at - 30), at)
                     and not _STUDIED_AFTER.match(text, cite.end)
                     and not is_listed(text, cite.authors, cite.year))):
        return cite
    return replace(cite, authors=(names[0],))


def _written_small_as_one_phrase(text: str, words: list[str]) -> bool:
    """ "Lumbung Pangan" in a text that also writes "lumbung pangan" small, the same words together: the name is an
    everyday phrase's, a body's or a thing's ("Menurut Lumbung Pangan (2020), ..." with no verb of recording); a
    person's given name and surname are not written so ("Intan Sari" beside "kembali sari")."""
    return re.search(r"(?<![\w\-])" + r"[ \t]+".join(re.escape(w.lower()) for w in words) + r"(?![\w\-])", text) is not None


def _a_dictionary_name_word(word: str) -> bool:
    """ "Sahabat", "Difabel": capitalised, no initial, no acronym, a word of the dictionary and of no list that keeps
    a word from names (names.NOT_NAMES: "Data Primer" is the study's data)."""
    from ..indonesian import is_known_word

    low = word.lower()
    return word[:1].isupper() and not word.isupper() and "." not in word and is_known_word(low) \
        and low not in NOT_NAMES


def _short_form_whole(text: str, cite: Citation) -> Citation:
    """A citation whose first author is a short form of the text (_a_short_form_of_the_text), cut as a person's name
    ("Komnas" of "Komnas HAM (2019)", "Ansor" of "(GP Ansor, 2019)"): the short form whole."""
    first = next((n for n in split_names(cite.authors_text) if not is_etal(n)), None) if cite.authors else None
    if first is None or _plain_name(first) == _plain_name(cite.authors[0]) or not _a_short_form_of_the_text(text, first):
        return cite
    return replace(cite, authors=(first,) + cite.authors[1:])


# A body's short form: an acronym or syllables ("BPS", "Kemendikbudristek"), with its country or region after it
# ("Kemenkes RI", "BPS Jateng") or a word of its name ("Ditjen Pajak", "Kemenkop UKM")
_SHORT_FORM = re.compile(r"[A-Z][A-Za-z]{1,24}(?:(?:[ \t]+|-)[A-Z][A-Za-z]{1,11}){0,2}")  # "DSN-MUI" too


def _short_and_words(short: str, words: list[str]) -> list[tuple[str, list[str]]]:
    """The short form and the name's words as the short form may make them: as written; the country said as "RI"
    after the short form alone ("BPS RI" for "Badan Pusat Statistik"); the region's kind left out ("Dinkes Jateng" for
    "Dinas Kesehatan Provinsi Jawa Tengah")."""
    region = [w for w in words if w.lower() not in PLACE_WORDS]
    return [(s, w) for s in dict.fromkeys((short, COUNTRY_AFTER.sub("", short))) for w in (words, region)]


def _abbreviates(short: str, words: list[str]) -> bool:
    """The acronym is the words' initials ("BPS"), or the short form takes, in order, letters of each word, the first
    word's first ("Kemendikbud": KEMENterian, penDIDIKan... KeBUDayaan; "Ditjen": DIrekTorat JENderal)."""
    if short.isupper():
        return _initials_make(words, short.replace("-", ""))
    short, words = short.replace(" ", "").lower(), [w.lower() for w in words]

    def split(rest: str, k: int) -> bool:
        if k == len(words):
            return not rest
        return any(_letters_of(rest[:n], words[k]) and (k or words[k][0] == rest[0]) and split(rest[n:], k + 1)
                   for n in range(1, len(rest) - (len(words) - k - 1) + 1))

    return split(short, 0)


def _letters_of(piece: str, word: str) -> bool:
    """The piece's letters stand in the word in order ("dit" in "direktorat")."""
    at = 0
    for ch in piece:
        at = word.find(ch, at) + 1
        if not at:
            return False
    return True


_DEGREES_BEFORE = re.compile(r"(?:,\s*[A-Za-z][A-Za-z.]{0,8})+\s*$")
_OPENER_BEFORE = re.compile(r"(?<![\w\-])([A-Z][a-z]+)\s+$")
# A capitalized run joined by the small words of an organisation's name: "Buck Institute for Education"
# ... or by a region's word after an office's name: "Dinas Kesehatan Kota Bandung", "Dinkes Kab. Bogor"
# ... or by a country's initials before it: "U.S. Department of Education"
# ... or by commas between a ministry's fields: "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"
_LINKED_RUN = re.compile(rf"(?<![\w'’\-.])(?:(?:Kab\.|Prov\.|(?:[A-Z]\.){{2,3}}|[A-Z][\w'’\-]*,?)[ \t]+(?:{_LINK}[ \t]+)?)"
                         r"{1,8}[A-Z][\w'’\-]*[ \t]*$")


def _eponymous_title_before(scan: str, lo: int, pos: int) -> str | None:
    """A work's name with small words in it, opening with a person's name possessive, right before a year ("Menurut
    Maslow's Hierarchy of Needs (1943)"): the name, whose surname is that person's (names.eponym_of). Name groups stop
    at the small words, and a title run gives no author."""
    run = _TITLE_RUN.search(scan, max(lo, pos - 120), pos)
    if run is None:
        return None
    words = run.group().split()
    k = next((i for i, w in enumerate(words) if eponym_of(" ".join(words[i:]))), None)
    if k is None or any(w.lower() not in NOT_NAMES and not is_common_word(w) for w in words[:k]):
        return None  # "Oxford Learner's Dictionary": a possessive inside the name, no person's work; "Menurut",
        # "Penerapan" before it are the sentence's words
    return " ".join(words[k:])


def _english_body_before(scan: str, lo: int, pos: int, words: frozenset[str]) -> str | None:
    """A body named by an English phrase with no head word right before a year (names.english_body_name: "Save the
    Children", "We Are Social", "Doctors Without Borders"), the words before it that are no name's ("Menurut",
    "Laporan", "Data", a word the text writes small) left out: the name whole, as in a parenthesis (person-name
    groups stop at its small words)."""
    run = ENGLISH_BODY_RUN.search(scan, max(lo, pos - 120), pos)
    if run is None or re.search(r"(?:\b[A-Z]\.)+$|[A-Z][\w'’\-]*$", scan[max(lo, run.start() - 20):run.start()].rstrip()):
        return None  # "U.S. Department of Education": its name goes on before the run, the organisation's rule reads it
    parts = run.group().split()
    while parts and parts[0][:1].isupper() and (parts[0].lower() in NOT_NAMES or parts[0].lower() in words):
        parts.pop(0)
    if len(parts) > 2 and parts[0].lower() in CITING_BEFORE_TO and parts[1].lower() == "to":
        parts = parts[2:]  # "According to Santoso (2019)": a person after an English citing phrase
    name = " ".join(parts)
    return name if _english_body(name) else None


def _english_body(name: str) -> bool:
    """names.english_body_name, but not a theory's or a concept's name ("Menurut Theory of Planned Behavior (1991)",
    "(Theory of Planned Behavior, 1991)": the idea named with its work's year, no body citing)."""
    return english_body_name(name) and name.split()[0].lower() not in _CONCEPT_HEADS


# What an English concept's or theory's name opens with ("Theory of Planned Behavior", "Hierarchy of Needs", "Internet
# of Things", "Spiral of Silence", "Diffusion of Innovations"): named before its work's year, it is no body citing.
# The kinds of idea names.THEORY_KINDS holds ("Theory", "Model", "Piramida") and English heads of its own
_CONCEPT_HEADS = THEORY_KINDS | frozenset("theories hierarchy concept principle principles law laws theorem internet "
                                          "diffusion paradox pyramid cycle index scale framework approach method "
                                          "spiral tragedy quality balance clash".split())


def _organisation_with_links(scan: str, lo: int, pos: int, words: frozenset[str]) -> str | None:
    """An organisation whose name holds "for", "of", "and" or "untuk" ("Buck Institute for Education", "Department
    of Health"), right before a year: the name whole. Without a small word inside, name groups read it already."""
    run = _LINKED_RUN.search(scan, max(lo, pos - 150), pos)
    if run is None:
        return None
    parts = run.group().split()
    while parts and (parts[0].lower() in NOT_NAMES or parts[0].lower() in words) \
            and parts[0].lower() not in ORGANISATION_WORDS:
        parts.pop(0)  # "Menurut", "The", a sentence's first common word; not "Dinas" of "Dinas Kesehatan Kota ..."
    name = " ".join(parts)
    if len(parts) < 3 or not any(p in BODY_LINKS or p.lower() in PLACE_WORDS
                                 for p in parts[1:-1]):
        return None
    if "," in name or set(parts) & (BODY_LINKS - NAME_LINKS):
        # one body's fields, not a list of authors or a place before a name ("Di Medan, Sitompul"); "kepada" inside
        # a body's name with its fields ("Lembaga Penelitian dan Pengabdian kepada Masyarakat"), not after a verb's
        # object ("Surat Edaran kepada Kepala Dinas")
        return name if one_body(name) else None
    return name if is_organisation(name) else None


# Words that introduce an author's name: "Menurut Sari", "Teori Maslow", "Penelitian Hakim"
_INTRODUCES_AUTHOR = frozenset(
    "menurut dalam oleh kata pendapat sedangkan namun adapun seperti sebagaimana bahwa para jadi maka karena dengan "
    "pada untuk dari sejak selain juga serta dan atau kemudian lalu bahkan lihat mengutip teori konsep konsepsi model "
    "pandangan gagasan pemikiran rumusan definisi pengertian ahli pakar tokoh buku bukunya penelitian studi kajian "
    "riset temuan".split())


# A name and year, then what the name is: "Laravel (2011) adalah ...", "Jakarta (2019) menjadi ..."
# ... unless a lead-in before it names experts: "Pengertian belajar menurut para ahli:" / "Slameto (2010), adalah ..."
_EXPERTS_LEAD_IN = re.compile(r"\b(?:(?:menurut|pendapat|pandangan|definisi|pengertian)\s+(?:(?:para|beberapa|sejumlah|"
                              r"banyak)\s+)?|para\s+)(?:ahli|pakar|tokoh)\b", re.I)
_DEFINED_AFTER = re.compile(r"\s*,?\s*(?:adalah|merupakan|ialah|menjadi|dirilis|diluncurkan|dikembangkan|didirikan|"
                            r"dibuat|dirancang|diperkenalkan|"
                            r"diselenggarakan|digelar|diadakan|berlangsung)\b", re.I)  # an event: "Asian Games (2018) digelar"
# a tool put to use: "menggunakan Microsoft Excel (2016)" (a one-word name after it stays a name: "menggunakan Santoso")
_USED_BEFORE = re.compile(r"\b(?:menggunakan|memakai|memanfaatkan|bantuan|aplikasi|software|perangkat\s+lunak)\s+$",
                          re.I)
# ... a word that names a product, never a person, before even a one-word name: "aplikasi Quizizz (2020)"
_PRODUCT_BEFORE = re.compile(r"\b(?i:aplikasi|software|perangkat\s+lunak|platform|situs|website)\s+$")


# The words that open an enumeration of things: "yaitu", "antara lain", "meliputi", "seperti", "misalnya"
_ENUMERATION_BEFORE = re.compile(r"\b(?:yaitu|yakni|ialah|antara\s+lain|meliputi|seperti|misalnya|contohnya|"
                                 r"terdiri\s+(?:atas|dari))\s*:?\s*$", re.I)


# ... of studies, or of experts the text cites ("para" / "beberapa" before them), whose names are a work's authors:
# "penelitian terdahulu seperti", "beberapa peneliti, antara lain", "oleh para ahli, yaitu", "penelitian-penelitian
# sejenis yang sudah ada, misalnya"; not persons named as the subject ("Ilmuwan muslim antara lain Ibnu Sina, ...",
# "Tokoh pendidikan antara lain ..."), nor the subject of a verb or what points at it ("Penelitian ini memakai bahasa
# pemrograman, yaitu Python, Java, dan Kotlin (2010).")
_WRITERS_ENUMERATED = re.compile(r"\b(?:(?:peneliti(?:an)?|studi|kajian|riset|literatur|referensi|rujukan)(?:-[a-z]+)?|"
                                 r"(?:para|beberapa|sejumlah)[ \t]+(?:ahli|pakar|tokoh|penulis|pengarang|ilmuwan))"
                                 r"(?:[ \t]+(?!me[a-z]{3}|ini\b|itu\b|tersebut\b)[a-z]+){0,4}[ \t]*,?[ \t]*$", re.I)


def _enumerated(scan: str, group: Group, before: str, end: int) -> bool:
    """Two names or more listed after the words that open an enumeration, the year closing the sentence ("Bakteri
    penyebab ISPA yaitu Corynebakterium, Haemophilus, dan Bordetella (2023).", "Negara anggota ASEAN meliputi
    Indonesia, Malaysia, dan Thailand (2020)."): the things enumerated, whose source the year is, not its authors; a
    verb of saying after the year ("Beberapa ahli yaitu Santoso dan Wijaya (2019) menyatakan ...") keeps them, and so
    do words naming writers or studies before the enumeration ("penelitian terdahulu seperti Santoso dan Wijaya
    (2019).": a work's two authors)."""
    opened = _ENUMERATION_BEFORE.search(before)
    return len(group.names) >= 2 and opened is not None and _SENTENCE_CLOSED.match(scan, end) is not None \
        and not _WRITERS_ENUMERATED.search(before, 0, opened.start())


def _introduced(before: str) -> bool:
    """The word right before a name introduces an author ("menurut", "oleh", "dalam", "teori", "penelitian"), or the
    words that send the reader to the work quoting someone do ("Bloom yang dikutip Notoatmodjo (2012) adalah ...")."""
    word = re.search(r"([A-Za-z]+)[\s,]*$", before[-40:])
    return word is not None and word.group(1).lower() in _INTRODUCES_AUTHOR or bool(_DALAM_BEFORE.search(before[-60:])) \
        or bool(_PASSIVE_AGENT_BEFORE.search(before[-60:]))


# A passive verb of saying, defining or studying after "yang"/"sebagaimana" names its agent next, with no "oleh":
# "(pengertian) yang diungkapkan Hasibuan (2016) adalah ...", "isu yang diidentifikasi Hesmondhalgh (2010)", "yang
# dilakukan Sony (2012)"; not one of making or using ("aplikasi yang digunakan Microsoft Excel (2016) adalah ...")
_PASSIVE_AGENT_BEFORE = re.compile(rf"\b(?:yang|sebagaimana|seperti)\s+{_passive(*_SAID, *_STUDIED)}\s+$", re.I)


def _modifies_a_common_word(text: str, scan: str, lo: int, group, words: frozenset[str]) -> bool:
    """A one-word group that is a dictionary word, right after a capitalized common word that does not introduce an
    author: "Data Primer (2020)", "Jumlah Penduduk (2019)", "Olahan Peneliti, 2021". Names that are dictionary words
    ("Sari", "Putra") after "Menurut" or "Teori" stay names, and so do those the text's list holds."""
    if len(group.names) != 1 or " " in group.names[0]:
        return False
    before = re.search(r"(?<![\w'’\-])([A-Z][a-z]+)[ \t]+$", scan[max(lo, group.start - 40):group.start])
    if before is None or before.group(1).lower() in _INTRODUCES_AUTHOR:
        return False
    word, head = group.names[0].lower(), before.group(1).lower()
    if not (word in words or head in NOT_NAMES):
        return False
    from ..indonesian import is_known_word

    return is_known_word(word)


def _cited_organisation(scan: str, lo: int, group: Group | None) -> str | None:
    """A name whose first word opens titles but also names an organisation ("Kamus Besar Bahasa Indonesia"), right
    after a citing word: the organisation, whole."""
    if group is None:
        return None
    opener = _OPENER_BEFORE.search(scan, max(lo, group.start - 20), group.start)
    if opener is None:
        return None
    name = f"{opener.group(1)} {group.text}"
    if not is_organisation(name) or opener.group(1).lower() not in ORGANISATION_WORDS:
        return None
    team = _TEAM_BEFORE.search(scan, max(lo, opener.start() - 30), opener.start())
    if team:  # "Menurut Tim Penyusun Kamus Pusat Bahasa (2008)": the dictionary's compilers
        name, opener_start = f"{' '.join(team.group(1).split())} {name}", team.start()
    else:
        opener_start = opener.start()
    cued = _CUE_BEFORE.search(scan, max(lo, opener_start - 40), opener_start) or \
        _DALAM_OPENS.search(scan, max(lo, opener_start - 12), opener_start)  # "Dalam Kamus Besar Bahasa Indonesia (2016)"
    return name if cued else None


_DALAM_OPENS = re.compile(r"(?<![\w\-])(?i:dalam)\s+$")
# A kitab's title with the Arabic article, as "dalam kitab" would name it ("al-Majmu'", "al-Mughni", "al-Umm",
# "al-Muwaththa'"): a scholar's name with the article is his nisba, ending in "-i" or "-y" ("al-Qardhawi", "az-Zuhaili",
# "ash-Shiddieqy"); one listed or cited in a parenthesis elsewhere is a name whatever its ending ("al-Attas")
_ARABIC_TITLE = re.compile(rf"{ARABIC_ARTICLE}-[A-Z][\w'’]*(?<![iyIY])(?<![iI][eE])")


_TEAM_BEFORE = re.compile(r"(?<![\w\-])(Tim\s+(?:Penyusun|Redaksi|Penulis|Pengembang))\s+$")


def _quoted_secondary_follows(scan: str, pos: int, words: frozenset[str]) -> bool:
    """ "Kirk (1979) dalam Astati (2001:13)", "Kobasa (1979), dalam Kalantar, 2013", "Kobasa (1979) (dalam Kalantar,
    2013)": true at the quoted person's year, which is no work cited here."""
    after = _DALAM_AFTER.match(scan, pos)
    if not after:
        return False
    if after.group("open") or after.group("after"):
        # "(dalam Kalantar, 2013)", "dalam (Kalantar, 2013)": the citing work in a parenthesis of its own
        return bool(_AUTHORED.match(scan[after.end():scan.find(")", after.end())].strip()))
    running = _COMMA_YEAR.search(scan, after.end(), after.end() + 120)
    nxt = _PAREN.search(scan, after.end(), after.end() + 120)
    if nxt and _BARE.match(_inner(nxt)) and not (running and running.start() < nxt.start()):
        group = group_before(scan, after.end(), nxt.start(), words)
    elif running:
        group = group_before(scan, after.end(), running.start(), words)
    else:
        return False
    return group is not None and group.start == after.end()


_DALAM_JUST_BEFORE = re.compile(rf"(?<![\w\-]){_CITED_IN}$", re.I)
_AUTHORED_PAREN_BEFORE = re.compile(r"\(([^()]{4,200})\)[\s,]*$")


def _quoted_before_paren(text: str, scan: str, lo: int, pos: int) -> str | None:
    """ "Sutrisno Hadi (1997) dalam (Sugiyanto, 2009)", "(Bell, 1995) dalam (Nurohman, 2007)": the person quoted,
    with his year, before "dalam" and the citing work's own parenthesis."""
    dalam = _DALAM_JUST_BEFORE.search(scan, max(lo, pos - 40), pos)
    if not dalam:
        return None
    words = lowercase_words(text)
    paren = _AUTHORED_PAREN_BEFORE.search(scan, max(lo, dalam.start() - 210), dalam.start())
    if paren:
        hit = _AUTHORED.match(paren.group(1).strip())
        if hit and names_in(hit.group("head"), words, strict=False):
            return f"{' '.join(hit.group('head').split())} ({hit.group('year')})"
    return _via_of_dalam(scan, lo, dalam.start(), words)


_DALAM_BUKU_BEFORE = re.compile(r"(?<![\w\-])(?i:dalam)[ \t]+(?i:buku)[ \t]+$")


def _book_of_a_person(scan: str, lo: int, group: Group, words: frozenset[str]) -> int | None:
    """ "Robbins dalam buku Sutrisno (2016)": a person named right before "dalam buku" (not "bukunya", his own book),
    and after it names no dictionary knows, each one word ("Sutrisno", "Rivai dan Sagala", "Rivai dkk."): the book is
    theirs and the person is quoted in it, as "Kirk (1979) dalam buku Wijaya (2015)" says with the quoted year; a
    title's words, Indonesian or English ("dalam buku Perilaku Organisasi (2016)", "dalam buku Leadership (2010)"), are
    not. Where "dalam" starts, or None."""
    m = _DALAM_BUKU_BEFORE.search(scan, max(lo, group.start - 20), group.start)
    if m is None or group.acronyms_only or group.common:
        return None
    from ..indonesian import is_known_word
    from ..english_vocabulary import is_english_word

    people = [n for n in group.names if not is_etal(n)]
    if not people or any(" " in n or is_known_word(n.lower()) or is_english_word(n) or n.lower() in words
                         for n in people):
        return None
    quoted = _quoted_before(scan, lo, m.start(), words)
    name = quoted[0].split(" (")[0] if quoted else ""
    if quoted is None or "\n" in scan[quoted[1]:m.start()] or name.isupper() and name not in _BODIES:
        return None  # "2. Komponen ERD\nDalam buku Rosa & Shalahuddin (2016:50)": a heading's term, no one quoted
        # (a body is: "Menurut WHO dalam buku Kemenkes (2016)")
    return m.start()


# A verb's shape, capitalized where it opens a sentence: "Dijelaskan", "Dinyatakan", "Menjelaskan", "Diuraikan"
_A_VERB_OPENING = re.compile(r"(?:Di|Me|Ber|Ter)[a-z]{3,}(?:kan|i)")


def _via_of_dalam(scan: str, lo: int, pos: int, words: frozenset[str]) -> str | None:
    quoted = _quoted_before(scan, lo, pos, words)
    return quoted[0] if quoted else None


def _quoted_before(scan: str, lo: int, pos: int, words: frozenset[str]) -> tuple[str, int, bool] | None:
    """The person quoted before "dalam" at pos: as shown ("Kirk (1979)", "Kobasa"), where the name starts, and
    whether a year of his own stands with it."""
    year = _YEAR_PAREN_BEFORE.search(scan, lo, pos)
    head_end = year.start() if year else pos
    group = group_before(scan, lo, head_end, words)
    if group is None or _A_VERB_OPENING.fullmatch(group.text) and is_affixed(group.text.lower()):
        return None  # "Dijelaskan dalam Aziz (2015), ...": a passive verb opening its sentence quotes no one
    if year:
        return f"{group.text} ({re.search(YEAR, scan[year.start():year.end()]).group()})", group.start, True
    return group.text, group.start, False


# ---------------------------------------------------------------- bare: (1990: 80) after a named author

def _bare(text: str, scan: str, m: re.Match, bare: re.Match, lo: int) -> Citation:
    if _SOURCE_BEFORE.search(scan, max(0, m.start() - 12), m.start()):
        # "Sumber (2013:14) Rick Golden Raspberry Pi Network Cookbook.": a source note names its author after the year
        author = _author_after(scan, m.end(), lowercase_words(text))
        if author:
            return _make(author, [author], bare.group("year"), bare.group("pages"), m, None)
        return _make("", [], bare.group("year"), bare.group("pages"), m, None)
    own_line = _caption_or_source_line(scan, m.start())
    if own_line is not None:  # "Sumber: Data diolah (2020)", "Tabel 4.2 Hasil Uji (2021)": its author is on the line
        lo = max(lo, own_line)
    again = _ANOTHER_YEAR.search(scan, max(lo, m.start() - 80), m.start())
    if again and _BARE.match(again.group(1)):  # "Santoso (2019: 5) dan (2020: 7)": the same author's other work
        group = group_before(scan, lo, again.start(), lowercase_words(text))
        if group is not None and not group.acronyms_only and not group.common:
            return _make(group.text, group.names, bare.group("year"), bare.group("pages"), m, None)
    if _a_standards_year(text, scan, lo, m.start(), bare.group("year")):
        return _make("", [], bare.group("year"), bare.group("pages"), m, None)
    standing = _pronoun_as_author(text, scan, m.start(), bare.group("year")) if own_line is None else None
    if standing is not None:  # "Ia (2007: 23)": the pronoun says it is the person just named, or no one known
        return _make(short_names(standing), standing, bare.group("year"), bare.group("pages"), m, None)
    # a pronoun opening the claim first: it says whose the claim is, over a work of that year cited nearby
    author = _person_a_pronoun_refers_to(text, scan, m.start(), bare.group("year")) if own_line is None else None
    if author is None:
        author = _author_named_before(text, scan, lo, m.start(), bare.group("year"), nearby=own_line is None)
    if author is None and lo > 0 and own_line is None:
        author = _cued_author_just_before(text, scan, lo, m.start(), bare.group("year"))
    if author is not None and own_line is None:
        author = _the_lists_work_of_that_year(text, scan, lo, m.start(), bare.group("year"), author) or author
    if author is None:
        return _make("", [], bare.group("year"), bare.group("pages"), m, None)
    return _make(short_names(author), author, bare.group("year"), bare.group("pages"), m, None)


# A book named by its title after "Dalam buku", its year in a parenthesis, then its author as the sentence's subject:
# "Dalam buku An Essay on Man (1944) Ernst Cassirer menyebut", "Dalam karyanya The Elementary Forms of Religious Life
# (1912), Durkheim menjelaskan"
_BOOK_TITLED_BEFORE = re.compile(r"(?<![\w\-])(?i:dalam)\s+(?i:buku|bukunya|karya|karyanya|tulisan|tulisannya)\s+"
                                 r"(?=[\"“'‘A-Z])[^.!?;()]{2,140}$")
_SUBJECT_AFTER = re.compile(r"[ \t]*,?\s*(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2})(?=[ \t]+[a-z])")


def _author_after_a_book(text: str, scan: str, lo: int, m: re.Match) -> list[str] | None:
    """A bare year after a book's title opened by "Dalam buku"/"Dalam karyanya", and a person named right after it as
    the sentence's subject: the book is his work of that year. A title whose next word is no person ("Dalam buku
    Filsafat Ilmu (2010) Bab 3 menjelaskan") or a theory's year with no one after it ("Lewat teori evolusi (1859)
    ada") stay a year with no author."""
    if _BOOK_TITLED_BEFORE.search(scan, max(lo, m.start() - 160), m.start()) is None:
        return None
    after = _SUBJECT_AFTER.match(scan, m.end())
    if after is None:
        return None
    words = lowercase_words(text)
    group = group_before(scan, after.start("name"), after.end("name"), words)
    if group is None or group.start != after.start("name") or not _a_person(text, group) \
            or not _a_persons_name(group.text):
        return None
    return list(group.names)


def _the_lists_work_of_that_year(text: str, scan: str, lo: int, hi: int, year: str, author: list[str]) -> list[str] | None:
    """A bare year carried from an author named in a sentence before the claim's, whom the text's list holds with
    other years but not this one, while the list holds one work of this year, by an author the text's prose names
    nowhere: that work ("Menurut Santoso (2012), ... . Belajar juga ... (2015)." with "Wijaya. 2015." the list's one
    work of 2015). An author the claim's own sentence names keeps the year, listed or not."""
    first = next((surname(n) for n in author if not is_etal(n)), None)
    works = [(authors, y) for authors, y in _listed_works(text) if authors]
    if first is None or not any(author_matches(first, authors[0]) for authors, _ in works) \
            or any(y == year and author_matches(first, authors[0]) for authors, y in works):
        return None  # not listed (the list may lack his works), or listed with this year
    starts = [x.end() for x in _SENTENCE_START.finditer(scan, max(lo, hi - 600), hi)]
    claim = scan[starts[-1] if starts else max(lo, hi - 600):hi]
    if re.search(rf"(?<![\w'’\-]){re.escape(first)}(?![\w'’\-])", claim, re.I):
        return None
    firsts = {authors[0] for authors, y in works if y == year}
    if len(firsts) != 1:
        return None
    other = next(iter(firsts))
    if any(not _in_reference_entry(text, n.start())
           for n in re.finditer(rf"(?<![\w'’\-]){re.escape(other)}(?![\w'’\-])", scan)):
        return None  # named near (the usual readings had their say) or cited by name elsewhere: a work the text cites
        # by its author is not the one a bare year stands for; the student's list more likely lacks the carried one's
    return list(next(authors for authors, y in works if y == year))


_ANOTHER_YEAR = re.compile(r"\(([^()]{4,40})\)\s*(?:,|;|&|dan|serta|and)\s*$")
_PREVIOUS_PARAGRAPH = 600  # how far before its passage a bare year's author may be named, with a citing word
_YEAR_PAREN = re.compile(rf"[(\[][^()\[\]]*?(?:{YEAR})[^()\[\]]*[)\]]")


def _cued_author_just_before(text: str, scan: str, lo: int, hi: int, year: str) -> list[str] | None:
    """A bare year whose passage names no one: the author named with a citing word in the paragraph just before it
    ("Hanafiah mengemukakan pengertian belajar ... \n Belajar adalah ... (2009: 9)"), when no other year stands
    between them, no line between them reads as a heading (short, no end mark) and no author of another work of that
    year the text cites is named between them (one named before him was cited before the passage's own author)."""
    start = max(0, lo - _PREVIOUS_PARAGRAPH)
    window = _QUOTED.sub(lambda q: " " * len(q.group()), scan[start:hi])
    cued = [g for g in _citing_groups(window[:lo - start], lowercase_words(text), text) if g.cued]
    if not cued:
        return None
    between = window[cued[-1].end:]
    if _YEAR_PAREN.search(between) or re.search(rf"(?<![\d/])(?:{YEAR})(?![\d/])", between[:lo - start - cued[-1].end]):
        return None
    lines = [ln.strip() for ln in between.split("\n")[1:-1]]
    if any(ln and len(ln) < 80 and not ln.endswith((".", ":", ";", ",")) for ln in lines):
        return None  # a heading between them: another section
    named = {surname(n).lower() for n in cued[-1].names}
    others = {a for authors, y in _known_works(text) if y == year and not named & {a.lower() for a in authors}
              for a in authors[:1]}
    if any(re.search(rf"(?<![\w'’\-]){re.escape(a)}(?![\w'’\-])", between) for a in others):
        return None  # another author of a work of that year named after him: which one is not known
    return list(cued[-1].names)


# A claim's sentence opened by a pronoun for a person named before: "Ia menyatakan ...", "Beliau juga menjelaskan ...",
# "Menurutnya, ...", "Menurut beliau, ..." (a verb of saying after "Ia": _CUE_AFTER's)
_PERSONS = ("ia", "dia", "beliau")  # the pronouns for a person named before: "Ia menyatakan ...", "... 2015 ia ..."
_PRONOUN = re.compile(rf"\W*(?:(?P<he>{'|'.join(w.capitalize() for w in _PERSONS)})(?=[ \t])"
                      r"|Menurut(?:nya\b|[ \t]+(?:beliau|dia)\b))")


def _opened_by_a_pronoun(window: str, here: int) -> bool:
    pronoun = _PRONOUN.match(window, here)
    return pronoun is not None and (not pronoun.group("he") or _CUE_AFTER.match(window[pronoun.end():]) is not None)


_OWN_YEAR = re.compile(rf"[ \t]*\([ \t]*{YEAR}[^()]*\)")  # "Santoso (2010)": the year right after a name


def _person_a_pronoun_refers_to(text: str, scan: str, hi: int, year: str, opened=_opened_by_a_pronoun) -> list[str] | None:
    """The person a pronoun opening the claim's sentence stands for (opened(window, its start): "Santoso adalah
    pakar pendidikan. Ia menyatakan bahwa ... (2015)."): the one person named in the nearest sentence before it that
    names anyone, that sentence's subject, when the text lists him with that year or cites him as an author
    elsewhere (of a subject of several names, the one listed with that year); no other year (his own right after his
    name aside) and no heading between them."""
    start = max(0, hi - _PREVIOUS_PARAGRAPH)
    window = _QUOTED.sub(lambda q: " " * len(q.group()), scan[start:hi])
    here = _claim_sentence_start(window)
    if not opened(window, here):
        return None
    named = _nearest_naming_sentence(text, window, here, lowercase_words(text))
    if named is None:
        return None
    sentence, people, years = named
    person = people[-1]
    if person.start != _CLAIM_OPENER.match(sentence).end():
        return None  # not his sentence's subject: "ia" may be another's ("... sejalan dengan temuan Wijaya (2014)."),
        # and of two people named, the later is never the subject: which one "ia" is, is not known
    if not _only_own_year(sentence, person, years):
        return None
    if len(person.names) > 1:  # "Slameto dan Sardiman adalah ...": the one of them listed with that year
        listed = [n for n in person.names if not is_etal(n) and is_listed(text, [n], year)]
        return listed if len(listed) == 1 else None
    if is_listed(text, person.names, year) or _an_author_elsewhere(text, person):
        return list(person.names)
    return None


def _nearest_naming_sentence(text: str, window: str, here: int, words: frozenset[str]) \
        -> tuple[str, list[Group], list[int]] | None:
    """Of the sentences of window before here, walking back, the nearest naming a person (_a_person: no body, office,
    place or word the text writes small): that sentence, its people and where its years stand; None when another year
    (another work) or a heading stands between them first, or none names anyone."""
    ends = [0] + [e.end() for e in _CLAIM_SENTENCE_END.finditer(window) if e.end() <= here]
    for k in range(len(ends) - 1, 0, -1):
        sentence = window[ends[k - 1]:ends[k]]
        people = [g for g in _citing_groups(sentence, words, text) if _a_person(text, g)]
        years = [y.start() for y in re.finditer(rf"(?<![\d/])(?:{YEAR})(?![\d/])", sentence)]
        if people:
            return sentence, people, years
        if years or any(ln.strip() and len(ln.strip()) < 80 and not ln.strip().endswith((".", ":", ";", ","))
                        for ln in sentence.split("\n")[:-1]):
            return None  # another work, or a heading, between them
    return None


def _only_own_year(sentence: str, person: Group, years: list[int]) -> bool:
    """No year in the sentence but the person's own, right after his name ("Santoso (2010) adalah ...")."""
    mine = _OWN_YEAR.match(sentence, person.end)
    return all(mine and person.end <= y < mine.end() for y in years)


# A pronoun written where an author's name stands, right before the year: "Ia (2007: 23) menegaskan", "Lebih lanjut,
# mereka (2018: 7) menjelaskan" ("mereka" for a group of authors, the others for one person)
_PRONOUN_AS_AUTHOR = re.compile(r"(?<![\w'’\-])(?P<pronoun>[Ii]a|[Dd]ia|[Bb]eliau|[Mm]ereka)[ \t]*$")


def _pronoun_as_author(text: str, scan: str, pos: int, year: str) -> list[str] | None:
    """The author a pronoun standing in an author's place before a bare year stands for: of the nearest sentence
    before it that names anyone, its subject or its one person (for "mereka", its one group of several authors),
    when no other year stands between them; [] (no author) when that is not known; None when no pronoun stands
    there or the claim's own sentence names someone before it (whose the claim is, the usual readings tell)."""
    pronoun = _PRONOUN_AS_AUTHOR.search(scan, max(0, pos - 12), pos)
    if pronoun is None:
        return None
    named = _person_named_after(text, scan, pos)
    if named is not None:  # "Ia (2016: 112), yakni Irfan Syauqi Beik, ...": he is named right after
        return named
    found = _person_named_before(text, scan, pronoun, pos)
    if found is None or found:
        return found
    return _person_taken_up_after(text, scan, pos, year) or []  # "Ia (2017: 67) ... . Pandangan Juwaini ini ..."


def _person_named_before(text: str, scan: str, pronoun: re.Match, pos: int) -> list[str] | None:
    """_pronoun_as_author's walk back: the person of the nearest sentence before the pronoun's that names anyone."""
    start = max(0, pronoun.start() - _PREVIOUS_PARAGRAPH)
    window = _QUOTED.sub(lambda q: " " * len(q.group()), scan[start:pos])
    words = lowercase_words(text)
    here = _claim_sentence_start(window)
    before = window[here:pronoun.start() - start]
    if _citing_groups(before[_CLAIM_OPENER.match(before).end():], words, text):
        return None
    named = _nearest_naming_sentence(text, window, here, words)
    if named is None:
        return []
    sentence, people, years = named
    several = pronoun.group("pronoun").lower() == "mereka"
    fits = [g for g in people if several == (len(g.names) > 1 or any(is_etal(n) for n in g.names))]
    subject = [g for g in fits if g.start == _CLAIM_OPENER.match(sentence).end()]
    person = (subject or fits)[0] if len(subject or fits) == 1 else None
    if person is None or not _only_own_year(sentence, person, years):
        return []
    return list(person.names)


# A person named in apposition right after a pronoun's year: "Ia (2016: 112), yakni Irfan Syauqi Beik, menghitung",
# "Beliau (2019) — KH. Ahmad Dahlan — menulis"
_APPOSITION_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:(?:yakni|yaitu|ialah)[ \t]+|[—–][ \t]*)"
                               r"(?P<name>[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,4})(?=[ \t]*[,—–])")
# A person taken up again by a demonstrative in the sentence after the claim: "Pandangan Juwaini ini", "Pendapat
# Juwaini tersebut"
_TAKEN_UP = re.compile(r"(?<=[A-Za-z'’])[ \t]+(?:ini|tersebut)\b")


def _a_person(text: str, group: Group | None) -> bool:
    """A name group that is a person's: no body's, office's or place's name, nor of words the text writes small."""
    return group is not None and not (group.common or group.acronyms_only or is_organisation(group.text)
                                      or _an_office(group) or _a_place(text, surname(group.names[0])))


def _person_named_after(text: str, scan: str, pos: int) -> list[str] | None:
    """The person a pronoun's year names in apposition right after its parenthesis, or None."""
    close = scan.find(")", pos)
    m = _APPOSITION_AFTER.match(scan, close + 1) if 0 <= close < pos + 20 else None
    if m is None:
        return None
    group = group_before(scan, m.start("name"), m.end("name"), lowercase_words(text))
    return list(group.names) if _a_person(text, group) and group.start == m.start("name") else None


def _person_taken_up_after(text: str, scan: str, pos: int, year: str) -> list[str] | None:
    """The one person a sentence after a pronoun's claim, in its paragraph, names first, when no one is named before
    the pronoun: taken up with "ini"/"tersebut" ("Ia (2017: 67) menyatakan ... . Pandangan Juwaini ini lahir ...") or
    the subject of an active verb ("... . Juwaini kemudian menambahkan ..."); the pronoun looks ahead to him, when the
    text lists him with that year or cites him as an author elsewhere, as _person_a_pronoun_refers_to asks, or what he
    holds is said before his name (_held_by_a_person): "Konsep Kaizen ini", "Metode Delphi ini" take up a concept.
    None when a year (another work) comes first, or the paragraph ends."""
    ends = list(_CLAIM_SENTENCE_END.finditer(scan, pos, pos + _PREVIOUS_PARAGRAPH))
    words = lowercase_words(text)
    for k, end in enumerate(ends):
        if scan[end.start():end.end()].count("\n") > 1:
            return None  # the paragraph ends
        nxt = scan[end.end():ends[k + 1].start() + 1 if k + 1 < len(ends) else len(scan)]
        if re.search(rf"(?<![\d/])(?:{YEAR})(?![\d/])", nxt):
            return None  # a work of its own
        taken = [g for m in _TAKEN_UP.finditer(nxt)
                 if _a_person(text, g := _held_word_left_out(nxt, group_before(nxt, 0, m.start(), words), m.start(), words))]
        opener = _CLAIM_OPENER.match(nxt).end()
        run = _NAME_RUN_AT.match(nxt, opener)
        subject = group_before(nxt, opener, run.end(), words) if run else None
        people = taken or ([subject] if _a_person(text, subject) and subject.start == opener
                           and _SUBJECT_VERB.match(nxt, subject.end) else [])
        if not people:
            continue
        if len({g.text for g in people}) != 1:
            return None
        person = people[0]
        held = _HELD_BEFORE.search(nxt, 0, person.start)
        said = held is not None and _held_by_a_person(held.group(1)) and no_dictionary_name(person.names)
        return list(person.names) if said or is_listed(text, person.names, year) \
            or _an_author_elsewhere(text, person) else None
    return None


_NAME_RUN_AT = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*")
# The word before a name "ini"/"tersebut" takes up ("Pandangan Juwaini ini", "Pendapat Santoso tersebut")
_HELD_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z]+)[ \t]+$")


def _held_word_left_out(sentence: str, group: Group | None, end: int, words: frozenset[str]) -> Group | None:
    """ "Argumen Juwaini": a name group opening with what a person holds (_held_by_a_person), capitalised at its
    sentence's start, is the name after that word."""
    first = group.text.split()[0] if group is not None and " " in group.text else ""
    if not first or not _held_by_a_person(first):
        return group
    return group_before(sentence, group.start + len(first), end, words)


def _held_by_a_person(word: str) -> bool:
    """What only a person holds: a word built on the root of a verb an author is cited with (_SAYS_AFTER's, _SAID's
    and _STUDIED's: "pandangan" of "memandang", "pendapat" of "berpendapat", "pemikiran" of "berpikir", "pernyataan",
    "penjelasan", "temuan", "rumusan", "uraian", "argumen"); "Konsep", "Metode", "Model" name an idea's kind."""
    from ..indonesian import stemmer

    return stemmer().stem(word.lower()) in _saying_roots()


@lru_cache(maxsize=1)
def _saying_roots() -> frozenset[str]:
    from ..indonesian import stemmer

    verbs = (*_SAYS_AFTER, *(f"di{stem}" for stem in (*_SAID, *_STUDIED)))
    return frozenset(stemmer().stem(v) for v in verbs)


_SOURCE_BEFORE = re.compile(r"(?<![\w\-])(?:Sumber|SUMBER|Source)\s*:?\s*$")
# A caption's source note up to a name: "Sumber: ", "(Sumber: diolah dari ", "Sumber: Santoso, 2019; ", on a line of
# its own or after the caption or sentence a reader joined it to ("Tabel 1. Jumlah penduduk. Sumber: BPS (2020)")
_SOURCE_LABEL = re.compile(r"(?:^|(?<=\s))\(?[ \t]*(?:(?:Sumber|SUMBER|Source)(?:[ \t]+(?i:gambar|data|tabel|foto|grafik))?[ \t]*:|"
                           rf"(?i:{_ADAPTED})[ \t]+(?i:dari)[ \t]*:?)")  # "Diolah dari BPS (2020)"


# A caption line (documents.structure.CAPTION_WORDS, as written or, "TABEL"/"GAMBAR" only, in capitals): "Tabel 4.2 ...",
# numbered in a chapter written in Roman numerals too ("Gambar II. 7 ...", "Tabel IV-2 ...")
_CAPTION_LINE = re.compile(rf"^[ \t]*\(?[ \t]*(?:{any_of((*CAPTION_WORDS, 'TABEL', 'GAMBAR'))})"
                           r"[ \t]+(?:[IVX]{1,5}[ \t]*[.\-][ \t]*)?\d{1,2}(?:[.\-]\d{1,2}){0,2}\b[^\n]*$")


def _caption_or_source_line(scan: str, pos: int) -> int | None:
    """Where the line holding pos starts, when it is a table's or figure's caption or its source line: what such a
    line dates names its own source ("Sumber: Data Primer (2022)", "Gambar 4.1 Peta Lokasi (2021)"), never an author
    named in the paragraphs above it."""
    start = scan.rfind("\n", 0, pos) + 1
    line = scan[start:pos]
    source = _source_note_start(scan, pos)
    if source is not None:
        return source
    if len(line) <= 160 and _CAPTION_LINE.match(line):
        return start
    return None


def _source_note_start(scan: str, pos: int) -> int | None:
    """Where the source note holding pos opens ("Sumber: BPS, 2020 (diolah)", "Sumber: diolah dari BPS (2020)",
    "Sumber: Santoso, 2019; Wijaya, 2020"), when the name at pos stands on one: whatever it names with a year is a
    source, acronyms too."""
    start = scan.rfind("\n", 0, pos) + 1
    labels = list(_SOURCE_LABEL.finditer(scan, start, pos))
    if not labels:
        return None
    note = scan[labels[-1].start():pos]
    return labels[-1].start() if len(note) <= 120 and not re.search(r"[a-z]{2}\.\s", note) else None


def _on_source_line(scan: str, pos: int) -> bool:
    return _source_note_start(scan, pos) is not None
_NAME_AFTER = re.compile(r"\s*(?P<given>[A-Z][a-z][\w'’\-]*)\s+(?:[A-Z]\.\s*)?(?P<family>[A-Z][a-z][\w'’\-]*)\b")


def _author_after(scan: str, pos: int, words: frozenset[str]) -> str | None:
    """A given name and a family name right after a source note's year: "Rick Golden" (the title follows)."""
    m = _NAME_AFTER.match(scan, pos)
    if not m:
        return None
    parts = [m.group("given"), m.group("family")]
    if any(p.lower() in words or p.lower() in NOT_NAMES or is_common_word(p) for p in parts) \
            or is_organisation(" ".join(parts)):
        return None
    return " ".join(scan[m.start("given"):m.end("family")].split())


def _author_named_before(text: str, scan: str, lo: int, hi: int, year: str, nearby: bool = True) -> list[str] | None:
    """The names of the author named nearest before hi in a citing position, outside quotations; an author whose
    work of that year the text cites elsewhere wins over a nearer name ("Budiardjo ... pendapat Soltau (2001)").
    With nearby, failing that, the one work of that year the text cites, named in the paragraphs before."""
    lo = max(lo, hi - _LOOKBACK)
    window = _QUOTED.sub(lambda q: " " * len(q.group()), scan[lo:hi])
    words = lowercase_words(text)
    known = _known_works(text)
    groups = _citing_groups(window, words, text)
    if group_before(scan, lo, hi, words) is None:
        # "Menurut Standards for Educational and Psychological Testing (1999)": the capitalized run before the year
        # is a title; a name inside it ("Standards") is one of its words, not the author
        run = _TITLE_RUN.search(scan[lo:hi])  # in the text: a quotation between them is no title run
        groups = [g for g in groups if run is None or g.end <= run.start()]
    # The claim's own sentence first: an author it names with a citing word is the year's, before any author of that
    # year cited in the sentences before ("(Hartono, 2019). Menurut Wulansari, motivasi adalah ... (2019: 27).")
    here = _claim_sentence_start(window)
    groups = [g._replace(cued=True) if not g.cued and g.start >= here and _opens_the_claim(text, window, here, g) else g
              for g in groups]
    own = [g for g in groups
           if g.start >= here and (not g.cued or _names_the_claims_author(window, here, g, year, known))]
    if any(g.cued for g in own) and not _DATA_GATHERING_WORDS & set(re.findall(r"[a-z]+", window[here:].lower())):
        groups = own  # not a sentence reporting the study's own data ("wawancara dengan Bapak Ahmad ... (2019)")
    for group in reversed(groups):
        surnames = {surname(n).lower() for n in group.names}
        for authors, y in known:
            if y == year and surnames & {a.lower() for a in authors}:
                nearer = _cued_after(text, window, group.end, authors)  # "(Santoso, 2010). Hal ini sesuai dengan
                return list(nearer.names if nearer else authors)  # pendapat Arikunto. Penelitian ... (2010: 45)."
    cued = [g for g in groups if g.cued]
    if cued:
        return list(cued[-1].names)
    return _sole_work_named_nearby(text, scan, hi, year, known) if nearby else None


# The words that may stand before a claim's subject ("Sedangkan Arikunto membagi ...", "Lebih lanjut, Slameto ...")
_CLAIM_OPENER = re.compile(r"\W*(?:(?:sedangkan|sementara(?:\s+itu)?|selanjutnya|lebih\s+lanjut|kemudian|namun|"
                           r"adapun|selain\s+itu|di\s+sisi\s+lain|dan|akan\s+tetapi|tetapi|lalu)\b[ \t,]*)?", re.I)
# ... and the verb after it: any active verb (me-, ber-), not one that says what the subject is or has
_SUBJECT_VERB = re.compile(r"[ \t]*(?:(?:dkk|et\.?[ \t]*al)\.?,?[ \t]+)?(?:(?:juga|pun|lebih[ \t]+lanjut|kemudian|"
                           r"selanjutnya)[ \t]+)?(?!(?:merupakan|memiliki|mempunyai|menjadi|berada|berasal|bernama|"
                           r"bekerja|berusia|meninggal|mendirikan|memimpin|menjabat)\b)(?:me|ber)[a-z]{4,}\b")


# ... or the agent of a passive verb of saying (_SAID), before what he says: "disampaikan Slameto bahwa"; with "yang"
# before the verb and the year right after the name, _PASSIVE_AGENT_BEFORE reads the same agent
# ... or his name, a comma, then what he defines: "Slameto, belajar adalah ..." ("Menurut" left out); not a place
# with what is said of it set off by commas ("Jakarta, sebagai ibu kota, menjadi ...") nor one the text cites nowhere
_DEFINES_AFTER_COMMA = re.compile(r",[ \t]+[a-z][\w\-]*(?:[ \t]+[a-z][\w\-]*){0,3}[ \t]+(?:adalah|merupakan|ialah)\b")
_SAID_BY_BEFORE = re.compile(rf"\b{_passive()}[ \t]+(?:oleh[ \t]+)?$", re.I)
_THAT_AFTER = re.compile(r"[ \t]*(?:,|bahwa\b)")


def _opens_the_claim(text: str, window: str, here: int, group: Group) -> bool:
    """A person's name opening the claim's sentence as the subject of a verb of any kind ("Arikunto membagi
    penelitian ... (2010: 45).", "Slameto memaknai belajar ..."), or the agent of a passive verb before what he says:
    the claim is that person's, as with "menyatakan"; or, a comma after it, when the text cites him elsewhere."""
    if group.acronyms_only or is_organisation(group.text) or _a_sentences_common_first_word(text, group):
        return False
    if _SAID_BY_BEFORE.search(window, max(here, group.start - 40), group.start) \
            and _THAT_AFTER.match(window, group.end):
        return True  # "Hal senada disampaikan Slameto bahwa belajar adalah ... (2010: 2)."
    opener = _CLAIM_OPENER.match(window, here)
    return opener.end() == group.start and (_SUBJECT_VERB.match(window, group.end) is not None
                                            or (_DEFINES_AFTER_COMMA.match(window, group.end) is not None
                                                and _an_author_elsewhere(text, group)))


def _a_sentences_common_first_word(text: str, group: Group) -> bool:
    """One word, capitalised only as the sentence's first ("Jaringan berbagi berkas bersifat Peer-to-Peer (2003)",
    "Sistem ini bekerja ..."): a common word the text writes small or the dictionary knows, and no author the text
    cites elsewhere ("Sari berpendapat ..." with "(Sari, 2019)" stays Sari's)."""
    from ..indonesian import is_known_word

    if len(group.names) != 1 or " " in group.text.strip():
        return False
    word = group.text.strip().lower()
    return (group.common or word in lowercase_words(text) or is_known_word(word)) \
        and not _an_author_elsewhere(text, group)


def _an_author_elsewhere(text: str, group: Group) -> bool:
    """The group's first surname is a first author the text lists, or cites with a year ("(Slameto, 2003)",
    "Slameto (2003)"), whatever the year: a person, not a place ("Indonesia, pendidikan adalah ..."). Not through
    _known_works: the narrative reading it runs reads cued names, so it would ask this again."""
    first = next((surname(n) for n in group.names if not is_etal(n)), None)
    if first is None or _a_place(text, first):
        return False
    if any(authors and authors[0].lower() == first.lower() for authors, _ in _listed_works(text)) \
            or any(author == first.lower() for author, _ in _parenthesized_works(text)):
        return True
    # ... the whole name before the year, not its last word: "Bank Indonesia (2019)" cites no "Indonesia"
    scan, words = _scan_text(text), lowercase_words(text)
    for m in re.finditer(rf"(?<![\w'’\-]){re.escape(first)}(?=[ \t]*\([ \t]*{YEAR}\b)", scan):
        cited = group_before(scan, 0, m.end(), words)
        if cited is not None and cited.names and surname(cited.names[0]).lower() == first.lower():
            return True
    return False


def _a_place(text: str, name: str) -> bool:
    """A name the text's own usage gives as a place: written after "di" or "ke" ("pendidikan di Indonesia"), or the
    first author of listed laws only, the state that enacted them in the legal citation style ("Indonesia. 2003.
    Undang-Undang Nomor 20 ...")."""
    if written_as_a_place(text, name):
        return True
    titles = [(ref.title or "").split(" ", 1)[0].lower() for ref in _listed_entries(text)
              if ref.authors and ref.authors[0].lower() == name.lower()]
    return bool(titles) and all(t in _LAWS_AND_EVENTS for t in titles)


def _names_the_claims_author(window: str, here: int, group: Group, year: str, known) -> bool:
    """A name cued in a claim's own sentence may be the author of its year: not an office's words ("Menurut Kepala
    Dinas, ... (2019)"), nor an office holder or a person addressed (names.opens_with_office: "Direktur PT Maju",
    "Bapak Ahmad"), nor a person named in the sentences before with no work of that year, whom the work cited there
    quotes ("Santoso (2019) mengutip pendapat Maslow. Maslow menyatakan ... (2019: 45)")."""
    if _an_office(group):
        return False  # "Menurut Kepala Puskesmas Sukajadi, ...", "Menurut Bapak Ahmad, ... (2019)": no work's author
    surnames = {surname(n).lower() for n in group.names}
    if any(y == year and surnames & {a.lower() for a in authors} for authors, y in known):
        return True
    return not any(re.search(rf"(?<![\w'’\-]){re.escape(surname(n))}(?![\w'’\-])", window[:here])
                   for n in group.names)


# A sentence's end: a stop after a word of three small letters, a closing parenthesis or a digit ("... (Hartono,
# 2019). Menurut"), not an initial's or a title's ("S. P. Robbins", "Dr. Sari", "et al. (2019)"), before a capital;
# or a blank line. Not telusur.sentences.sentence_spans: on the 1004 years of the unit cases and the invented gold
# documents it gave another start 53 times, ending a sentence inside a name ("H.A.R. Tilaar", "Hj. Siti Aminah",
# "McLeod, Jr. & Schell") where this does not (it is right where this is not after "Prof.", "Prov.", "SMP."); it
# reads those names whole since 2026-12-05, but which of the two serves claims better was not measured
_CLAIM_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3})|(?<=[)\d]))[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z])|\n[ \t]*\n")


def _an_office(group: Group) -> bool:
    """An office's words, an office holder or a person addressed ("Kepala Dinas", "Direktur PT Maju", "Bapak Ahmad")."""
    from ..indonesian import is_known_word

    words = group.text.split()
    return len(words) > 1 and all(is_known_word(w.strip(".,").lower()) for w in words) or opens_with_office(group.text)


def _claim_sentence_start(window: str) -> int:
    """Where the last sentence of window opens: the sentence a year at the window's end closes or stands in."""
    ends = list(_CLAIM_SENTENCE_END.finditer(window))
    return ends[-1].end() if ends else 0


def _sole_work_named_nearby(text: str, scan: str, hi: int, year: str, known) -> list[str] | None:
    """No name in the paragraph: the one work of that year the text cites, if its author was named in the
    paragraphs just before ("Budiardjo mengemukakan 4 fungsi ... badan peradilan (2001: 46)") and no one else was
    named with a citing word after him (a heading "Pengertian Belajar Menurut Slameto", "Slameto mendefinisikan
    belajar sebagai berikut." over the passage: Slameto's work, though the text cites no other of his). With no work
    of that year cited, the one its reference list holds ("Santoso adalah pakar ... Ia menyatakan ... (2015).")."""
    of_year = [authors for authors, y in known if y == year] \
        or [authors for authors, y in _listed_works(text) if y == year and authors]
    if len(of_year) != 1:
        return None
    before = scan[max(0, hi - _CHAIN):hi]
    named = list(re.finditer(rf"(?<![\w'’\-]){re.escape(of_year[0][0])}(?![\w'’\-])", before))
    if not named or _cued_after(text, before, named[-1].end(), of_year[0]):
        return None
    if len(before) - named[-1].start() <= _NEARBY:
        return list(of_year[0])
    # farther back: "(Wiroso, SE, 2009, p. 118)", then pages of the same book as "(2009, p. 152)", "(2009, p. 155)"
    between = [_inner(p) for p in _PAREN.finditer(before, named[-1].end()) if re.search(YEAR, _inner(p))]
    if between and all((b := _BARE.match(x)) and b.group("year") == year for x in between):
        return list(of_year[0])
    return None


def _cued_after(text: str, before: str, at: int, authors) -> Group | None:
    """The last person other than these authors named with a citing word in before[at:] with no year after him,
    outside quotations, and not in the rest of the sentence naming the authors there: a person their work quotes or
    is about ("Santoso (2019) mengutip pendapat Maslow. Menurut Maslow, ..." is still Santoso's)."""
    window = _QUOTED.sub(lambda q: " " * len(q.group()), before[at:])
    end = _CLAIM_SENTENCE_END.search(window)
    theirs = set(re.findall(r"[\w'’\-]+", window[:end.start() if end else len(window)].lower()))
    theirs |= {surname(a).lower() for a in authors}
    later = [g for g in _citing_groups(window, lowercase_words(text), text)
             if g.cued and not theirs & {surname(n).lower() for n in g.names} and not _an_office(g)]
    if not later or _DATA_GATHERING_WORDS & set(re.findall(r"[a-z]+", window.lower())) \
            or re.search(rf"(?<![\d/])(?:{YEAR})(?![\d/])", window[later[-1].end:]):
        return None
    return later[-1]


# Capitalized words, and the small words that join a title's words, ending right before a parenthesis
_TITLE_RUN = re.compile(r"(?<![\w'’\-])[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|for|the|and|in|on|to|with|dan|&))+\s*$")
_NEARBY = 1500  # how far before a bare year its author may have been named when nothing nearer names one
_CHAIN = 6000  # ... or farther, when every year between them is that bare year again (pages of the same book)
_CAPITALIZED_WORD = re.compile(r"(?<![\w'’\-])[A-Z][\w'’\-]*")
# Three verbs of _SAID only: with no "yang" before the verb, the whole list changes output ("Hal ini digambarkan
# SEM (2016)" would take SEM for an author), in no open document; left narrower, like _EXPLAINED_IN
_CUE_BEFORE = re.compile(rf"\b(?:menurut|oleh|pendapat|kata|{_passive('kemukakan', 'jelaskan', 'nyatakan')}|mengutip|"
                         r"according\s+to)\s*$", re.I)  # "According to WHO (2018)", as "Menurut WHO (2018)"
# ... and who the person is, between the citing word and his name: "Menurut pakar pendidikan Slameto, ...", "menurut
# seorang tokoh pendidikan, Slameto, ..." (one person's calling, then up to three words in lower case); a place or a
# body may follow such words too ("menurut pakar hukum Universitas Indonesia"), so only a name the text cites elsewhere
_CALLINGS = (r"(?:ahli|pakar|tokoh|filsuf|psikolog|sosiolog|ekonom|sejarawan|ilmuwan|pemikir|cendekiawan|profesor|"
             r"guru[ \t]+besar|pendidik|budayawan|antropolog)")
# ... or his calling and its field, capitalised as a subject's name: "Menurut pakar Kurikulum Nasution (2008)", "ahli
# Psikologi Pendidikan Slameto (2010)": the name after the field is the person, not a title's or a law's last word
_CALLING_AND_FIELD_BEFORE = re.compile(rf"(?<![\w\-])(?i:{_CALLINGS})(?:[ \t]+[A-Z][a-z]+){{1,2}}[ \t]+$")
_CALLING_BEFORE = re.compile(rf"(?<![\w\-])(?i:{_CALLINGS})[ \t]+$")


def _field_left_out(scan: str, lo: int, group: Group) -> Group:
    """A person's name read with his calling's field before it ("ahli Psikologi Pendidikan Slameto (2010)", "tokoh
    Pendidikan Islam Ahmad Tafsir (2010)": capitalised as a subject's name): the name from its first word the
    dictionary does not know, the field's words left out of it and of the label."""
    from ..indonesian import is_known_word

    if len(group.names) != 1 or not _CALLING_BEFORE.search(scan, max(lo, group.start - 30), group.start):
        return group
    words = group.text.split()
    first = next((k for k, w in enumerate(words) if not is_known_word(w.lower())), 0)
    if not 0 < first < len(words):
        return group
    name = " ".join(words[first:])
    return group._replace(start=group.start + group.text.index(name), text=name, names=(name,))
_DESCRIBED_BEFORE = re.compile(rf"\b(?i:menurut|oleh|pendapat)(?:[ \t]+(?i:seorang|sang))?[ \t]+(?i:{_CALLINGS})"
                               r"(?:[ \t]+[a-z]+){0,3}[ \t]*,?[ \t]*$")
# The active verbs of saying and finding after an author's name ("Robbins (2016) menyatakan"); their roots are also
# what only a person holds (_held_by_a_person: "pandangan", "pendapat", "pemikiran")
_SAYS_AFTER = ("mengatakan", "menyatakan", "berpendapat", "mengemukakan", "menyebutkan", "menjelaskan", "mengutip",
               "menggolongkan", "mendefinisikan", "mengartikan", "merumuskan", "menerangkan", "menegaskan", "menulis",
               "mengungkapkan", "memandang", "menemukan", "membuktikan", "berargumen", "berpikir")
_CUE_AFTER = re.compile(r"^\s*(?:(?:dkk|et\.?\s*al)\.?,?\s+)?(?:juga\s+|pun\s+)?(?:"
                        + "|".join(_SAYS_AFTER) + r"|mengenai)\b|"
                        r"^,?(?:[ \t]+|[ \t]*\n[ \t]*(?=(?-i:d|m)))(?:dalam|melalui)[ \t]+" + _WORK_WORDS + r"\b",
                        re.I)  # "Kasmir dalam bukunya ...", "Lestari dalam penelitiannya (2019) ..."


def _citing_groups(window: str, words: frozenset[str], text: str = "") -> list[Group]:
    """Every name group in the window, each marked cued when a citing word stands before or after it; an acronym
    only when it is a body's (text given: see _a_body) after a citing word ("Menurut WHO, stunting adalah ...")."""
    out: list[Group] = []
    limit = len(window)
    for word in reversed(list(_CAPITALIZED_WORD.finditer(window))):
        if word.end() > limit:
            continue
        group = group_before(window, 0, word.end(), words)
        if group is None or group.common:
            continue
        cued_before = bool(_CUE_BEFORE.search(window, max(0, group.start - 40), group.start)
                           or (text and not is_organisation(group.text)  # a person's calling: not his body
                               and _DESCRIBED_BEFORE.search(window, max(0, group.start - 80), group.start)
                               and _an_author_elsewhere(text, group)))
        if group.acronyms_only and not (text and cued_before and _a_body(text, group)):
            continue
        after = group.end + (window[group.end:group.end + 1] == "." and bool(re.search(r"\b[A-Z]$", group.text)))
        # ... after the stop of a last initial ("Soemarso S.R., dalam bukunya ...")
        cued = bool(cued_before or _CUE_AFTER.match(window[after:after + 60]) or _names_an_item(window, group)
                    or _names_a_row(window, group)
                    or (text and _names_an_item(window, group, marked=False) and _an_author_elsewhere(text, group)))
        out.append(group._replace(cued=cued))
        limit = group.start
    return out[::-1]


_ITEM_MARKER = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|\(?[a-z0-9]\)|[-•*])[ \t]+")
_INDENT = re.compile(r"[ \t]*")


def _names_an_item(window: str, group: Group, marked: bool = True) -> bool:
    """A list item that is a person's name and nothing else ("1. George R. Terry", "b) Malayu S.P. Hasibuan:"), the
    definition he gives under it: the name introduces the author as "Menurut" would. Not marked: a line that is his
    name alone ("Arikunto", "Slameto:") over the passage."""
    line_start = window.rfind("\n", 0, group.start) + 1
    line_end = window.find("\n", group.end)
    marker = (_ITEM_MARKER if marked else _INDENT).match(window, line_start)
    after = window[group.end:line_end if line_end >= 0 else len(window)]
    if marker is None or marker.end() != group.start or re.fullmatch(r"[\s:.]*", after) is None or line_end < 0:
        return False
    return _a_persons_name(group.text)


def _a_persons_name(name: str) -> bool:
    """A person's name, not an item's or a cell's heading ("2. Komponen ERD"): no acronym, no dictionary word but
    initials."""
    from ..indonesian import is_known_word

    words = [w for w in name.split() if len(w.rstrip(".")) > 1 and w[0].isupper()]
    return not any(w.isupper() and "." not in w or is_known_word(w.lower()) for w in words)


# A table column of the people defining something: "Ahli | Pengertian", "No | Nama Tokoh | Definisi"
_PERSON_COLUMN = re.compile(r"(?:nama[ \t]+)?(?:para[ \t]+)?(?:ahli|tokoh|pakar)|(?:nama[ \t]+)?(?:peneliti|penulis|pengarang)",
                            re.I)


def _names_a_row(window: str, group: Group) -> bool:
    """A table row's cell that is a person's name and nothing else, under a column of people ("Ahli | Pengertian",
    "Arikunto | Penelitian adalah ... (2010: 45)"): the definition his row gives is his, as under a list item."""
    line_start, cells, index = _cell_at(window, group.start)
    if len(cells) < 2 or index is None or cells[index].strip() != group.text:
        return False
    header = _table_header(window, line_start)
    return header is not None and index < len(header) and _PERSON_COLUMN.fullmatch(header[index].strip()) is not None \
        and _a_persons_name(group.text)


# A table column of titles: "Judul", "Judul Film", "title", "movie_name", "Nama Aplikasi", "Lagu"
# (not "Buku": a column of books lists authors' works, "Sugiyono (2017)")
_TITLE_COLUMN = re.compile(r"(?:(?:nama|judul|name|title)[ \t_]+)?(?:judul|title|film|movie|lagu|song|album|novel|"
                           r"game|aplikasi|app|produk|product)s?(?:[ \t_]+(?:name|title|nama|judul))?", re.I)
_CITES_IN_A_CELL = re.compile(r"(?<![\w\-])(?i:menurut|oleh|karya|dalam|by)(?![\w\-])")


def _in_a_titles_column(window: str, pos: int, end: int) -> bool:
    """The parenthesis at pos..end closes a table cell under a column of titles ("| movie_name | genre" over "1 | Gia
    (1998) | Drama", "| Judul Film | Genre |" over "| Gia (1998) | Drama |"): a film's, an app's title and its year,
    no author. A year inside the cell ("| Sari (2019) Pengaruh Motivasi ... |") or after a citing word ("| Analisis
    ... menurut Kotler (2016) |") is a study's row, its author's."""
    line_start, cells, index = _cell_at(window, pos)
    if len(cells) < 2 or index is None:
        return False
    if not re.match(r"[ \t]*(?:\|[^\n]*)?(?:\n|$)", window[end:]) \
            or _CITES_IN_A_CELL.search(window, line_start + len(" | ".join(cells[:index])), pos):
        return False
    header = _table_header(window, line_start)
    if header and header[0].startswith("| ") and not cells[0].startswith("|"):
        header = ["", header[0][2:], *header[1:]]  # "| movie_name | genre" over "1 | Gia (1998)": the index's empty cell
    return header is not None and index < len(header) \
        and _TITLE_COLUMN.fullmatch(header[index].strip().strip("|").strip()) is not None


def _a_released_title(text: str, scan: str, lo: int, m: re.Match, year: str) -> bool:
    """The name before the year at m is a film's, a song's or a book's title with its release year: after its kind
    ("film Laskar Pelangi (2008)"), quoted whole with the year ("inputan 'Sense and Sensibility (1995)'"), or a cell
    of a column of titles ("| movie_name |"). After its kind, a person's name is the maker's ("novel Pramoedya Ananta
    Toer (1980)", "puisi Chairil Anwar (1943)": Indonesian names the maker right after the kind), and so is a name
    the text's list holds with that year."""
    window = scan[max(lo, m.start() - 120):m.start()]
    quoted = _QUOTED_RUN_BEFORE.search(window)
    kind = _RELEASED_TITLE_BEFORE.search(window)
    if kind is not None:
        title = kind.group("title").split()
        screen = re.match(r"(?i:film|movie|serial|sinetron|gim|game)", kind.group())  # "film Kartini (2017)": a
        # film is named after a person as often as by its maker
        if not ((_a_makers_name(title) and not screen) or is_listed(text, [title[-1]], year)):
            return True
    return (quoted is not None and scan[m.end():m.end() + 1] == _CLOSING_QUOTE[quoted.group("quote")]) \
        or _in_a_titles_column(scan, m.start(), m.end())


def _a_makers_name(words: list[str]) -> bool:
    """Words after a work's kind that are a person's name, not a title: every word capitalized, none a dictionary
    word, an acronym or an English word ("Pramoedya Ananta Toer", "Iwan Fals", "Scott McCloud"; not "Laskar
    Pelangi", "Far from Heaven", "Gia" alone: a one-word title is as likely)."""
    from ..english_vocabulary import is_english_word

    return len(words) >= 2 and all(w[:1].isupper() for w in words) and _a_persons_name(" ".join(words)) \
        and not any(is_english_word(w.strip(".,:")) for w in words)


def _cell_at(window: str, pos: int) -> tuple[int, list[str], int | None]:
    """The start of pos's line, that line's cells (parted by " | ") and the index of the cell pos is in."""
    line_start = window.rfind("\n", 0, pos) + 1
    line_end = window.find("\n", pos)
    cells = window[line_start:line_end if line_end >= 0 else len(window)].split(" | ")
    at = pos - line_start
    return line_start, cells, next((i for i, c in enumerate(cells) if at < len(" | ".join(cells[:i + 1]))), None)


def _table_header(window: str, line_start: int) -> list[str] | None:
    """The cells of the first of the rows running up to the line at line_start."""
    first = None
    while line_start > 0:
        previous = window.rfind("\n", 0, line_start - 1) + 1
        if " | " not in window[previous:line_start - 1]:
            break
        first, line_start = previous, previous
    return None if first is None else window[first:window.find("\n", first)].split(" | ")


def _cited_in_parentheses(text: str, names, year: str) -> bool:
    """The first author (by surname) and the year of a parenthetical citation elsewhere in the text."""
    first = next((surname(n).lower() for n in names if not is_etal(n)), None)
    return first is not None and (first, year) in _parenthesized_works(text)


@lru_cache(maxsize=4)
def _parenthesized_works(text: str) -> frozenset[tuple[str, str]]:
    """(first surname, year) of every parenthetical citation with an author in the text (no narrative reading)."""
    return frozenset((c.authors[0].lower(), c.year) for cites in _parenthesized(text).values() for c in cites
                     if c.authors)


@lru_cache(maxsize=4)
def _parenthesized(text: str) -> dict[int, list[Citation]]:
    """The citations of every parenthesis holding an author, by where it opens (read once per text)."""
    scan = _scan_text(text)
    out = {}
    for m in _PAREN.finditer(scan):
        inner = _inner(m)
        if _spans_blocks(inner) or _BARE.match(inner) or _in_reference_entry(text, m.start()):
            continue
        out[m.start()] = [c for p in _works_of(text, inner) if (c := _parenthetical(text, scan, m, p, m.start()))]
    return out


@lru_cache(maxsize=4)
def _known_works(text: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(authors, year) of every parenthetical or narrative citation in the text: the works it names explicitly."""
    scan = _scan_text(text)
    parenthesized = _parenthesized(text)
    out = []
    for m in _PAREN.finditer(scan):
        if _spans_blocks(_inner(m)) or _in_reference_entry(text, m.start()):
            continue
        bare = _BARE.match(_inner(m))
        if bare:
            cite = _narrative(text, scan, m, bare, max(0, m.start() - 300))
            cites = [cite] if isinstance(cite, Citation) else []
        else:
            cites = parenthesized.get(m.start(), [])
        out += [(c.authors, c.year) for c in cites]
    return tuple(dict.fromkeys(out))


# ---------------------------------------------------------------- running: "dilakukan oleh Sultan Fiqri, 2014 membahas"

_CAPITALIZED_RUN = re.compile(r"(?:[A-Z][\w'’\-]*\.?\s+)*$")
# A study reported by its author: "penelitian yang (telah) dilakukan oleh X, 2014", "menurut X, 2014"
_RESEARCH_CUE = re.compile(r"(?:\b(?:penelitian|studi|kajian|riset|skripsi|tesis|jurnal)\b[^.()]{0,40}\boleh|"
                           r"(?<![\w\-])(?:sumber|source)\s*:|"
                           r"\bmenurut)\s+$", re.I)
_COMMA_YEAR = re.compile(rf",\s*(?P<year>{YEAR})(?![\w/])(?!\s*[-–/.]\s*\d)"
                         rf"(?:\s*:\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)(?![\d:.]))?")  # "Menurut Sugiyono, 2017: 80,"
_GROUP_REACH_BACK = 200  # how far before ", 2014" its author's name may start


# A hadith cited by its narrator, no year: "(HR. At-Tirmidzi)", "HR. al-Bukhari no. 52"; the narrator's collection is
# the work, as the list holds its edition
_NARRATED = re.compile(r"(?<![\w\-])(?:HR|H\.R|Hr)\.?[ \t]+(?P<name>(?:(?:(?i:al|at|an|as|ad|asy|ash|az|adz)-)?[A-Z][\w'’\-]+"
                       r"(?:[ \t]+(?=[A-Z]))?){1,3})")
# a work's author named before its title with "dalam": "Ibnul Qayyim dalam At-Tibyan ...", "Hamka dalam bukunya Tasawuf"
_DALAM_TITLE = re.compile(r"[ \t]+dalam[ \t]+(?:(?:kitab|buku|bukunya|karya|karyanya|tafsir|tafsirnya)[ \t]+)?$", re.I)


def _author_key(name: str) -> str:
    """A name as a list's author and a text's mention share it: "At-Tirmidzi", "al-Tirmidzi", "Tirmidzi" -> "tirmidzi"."""
    return re.sub(rf"^{ARABIC_ARTICLE}-|[\s'’\-]", "", name.strip().lower())


def _listed_works_named(text: str, scan: str, start: int, end: int, found: list[Citation]) -> list[Citation]:
    """A listed work its text cites with no year: a hadith by its narrator, whose collection the list holds ("(HR.
    At-Tirmidzi)" for "At-Tirmidzi, Muhammad bin Isa. (1998). Sunan At-Tirmidzi."), or a work by its author and its
    title ("Ibnul Qayyim dalam At-Tibyan fi Aqsamil Quran" for "Ibnul Qayyim Al-Jauziyyah. (2008). At-Tibyan fi
    Aqsamil Quran."): the one entry of that author (and title) gives the year. Nothing where the list has none or
    several years of that author, or a citation is read there already."""
    entries = [r for r in _listed_entries(text) if r.authors and r.year]
    if not entries:
        return []
    taken = [(c.start, c.end) for c in found]
    out = []

    def add(span: tuple[int, int], named: str, ref: Reference) -> None:
        if not any(a <= span[1] and span[0] <= b for a, b in taken):
            cite = _make(named, [named], ref.year, None, _Span(span), None)
            out.append(replace(cite, authors=ref.authors[:1], label=f"{named} ({ref.year})"))
            taken.append(span)

    for m in _NARRATED.finditer(scan, start, end):
        name = m.group("name").strip()
        years = {}
        while name and not years:  # "HR. Abu Dawud", "HR. At-Tirmidzi Dan ...": the longest name the list holds
            years = {r.year: r for r in entries if _author_key(r.authors[0]) == _author_key(name)}
            name = name.rsplit(None, 1)[0] if " " in name else ""
        if len(years) == 1 and not _in_reference_entry(text, m.start()):
            ref = next(iter(years.values()))
            add((m.start(), m.start("name") + len(m.group("name").rstrip())), m.group("name").strip(), ref)
    for ref in entries:
        title = (ref.title or "").split()
        if len(title) < 2:
            continue
        head = r"[ \t\n]+".join(re.escape(w) for w in title[:3])
        for m in re.finditer(rf"(?<![\w\-]){head}(?![\w\-])", scan[start:end], re.I):
            at = start + m.start()
            before = _DALAM_TITLE.search(scan, max(0, at - 60), at)
            if before is None or _in_reference_entry(text, at):
                continue
            words = re.findall(r"[\w'’\-]+", scan[max(0, before.start() - 40):before.start()])
            names = {_author_key(w) for w in re.findall(r"[\w'’\-]+", ref.authors[0]) if len(w) > 3}
            if words and _author_key(words[-1]) in names:
                k = len(words) - 1  # the author as written: the name's words that end right before "dalam"
                while k > 0 and words[k - 1][:1].isupper() and _author_key(words[k - 1]) in names | {
                        _author_key(w) for w in ref.authors[0].split()}:
                    k -= 1
                named = " ".join(words[k:])
                if len({r.year for r in entries if _author_key(r.authors[0]) == _author_key(ref.authors[0])}) == 1:
                    add((before.start() - len(named), at + len(m.group())), named, ref)
    return out


class _Span(tuple):
    """Offsets of a citation written without parentheses, shaped like a match for _make."""

    def start(self) -> int:
        return self[0]

    def end(self) -> int:
        return self[1]


def _running(text: str, scan: str, start: int, end: int, lo: int) -> list[Citation]:
    """A name and a year with only a comma between them, in running text after a citing word ("oleh", "menurut")."""
    out = []
    words = lowercase_words(text)
    for y in _COMMA_YEAR.finditer(scan, start, end):
        low = max(lo, y.start() - _GROUP_REACH_BACK)
        if scan.rfind("(", low, y.start()) > scan.rfind(")", low, y.start()) or _in_reference_entry(text, y.start()):
            continue  # inside a parenthesis (read as one) or a reference-list entry
        group = group_before(scan, low, y.start(), words, after_title=True)  # the cue below is the test
        source = group is not None and _on_source_line(scan, group.start)
        if group is None or (group.acronyms_only and not (source and _a_body(text, group))) \
                or (group.common and not is_listed(text, group.names, y.group("year"))):
            continue
        if _quoted_secondary_follows(scan, y.end(), words):
            continue  # "Menurut Kobasa, 1979 dalam Kalantar, 2013": Kobasa is quoted, Kalantar's is the work
        dalam = _DALAM_BEFORE.search(scan, max(low, group.start - 40), group.start)
        if dalam:  # "... dalam Kalantar, 2013": the citing work of a secondary citation
            quoted = _quoted_before(scan, low, dalam.start(), words)
            # the person quoted has a year of his own, or a citing word stands before him ("Menurut Kobasa dalam")
            if quoted and (quoted[2] or _RESEARCH_CUE.search(scan, max(low, quoted[1] - 80), quoted[1])):
                out.append(_make(group.text, group.names, y.group("year"), None, _Span((group.start, y.end())),
                                 quoted[0]))
                continue
        # "oleh Mohammad Faisal Hari Darmawan, 2015": given names that are also common words ("Hari") stand between
        lead = _CAPITALIZED_RUN.search(scan, max(low, group.start - 80), group.start)
        cuts = [lead.start()] + [lead.start() + w.end() for w in re.finditer(r"\S+\s+", scan[lead.start():group.start])]
        if not any(_RESEARCH_CUE.search(scan, max(low, at - 80), at) for at in cuts) and not source \
                and not _attributed_after_a_dash(scan, group, y.end()) \
                and not _CUE_AFTER.match(scan[y.end():y.end() + 60]) \
                and not _STUDY_BY_BEFORE.search(scan, max(low, group.start - 50), group.start) \
                and not _backed(text, group.names, y.group("year"), y.start("year")):
            continue  # "Sari, 2019 menyatakan ...": cued after, or a work the text lists or cites elsewhere
        out.append(_make(group.text, group.names, y.group("year"), y.group("pages"), _Span((group.start, y.end())), None))
    return out


# A quotation's attribution closing its line after a dash: "... yang menjadi objek penelitian — Djawranto, 1994"
_DASH_BEFORE = re.compile(r"(?:^|[ \t])(?:[—–]|--)[ \t]*$")
_LINE_ENDS = re.compile(r"[ \t]*[.)]?[ \t]*(?:\n|$)")


def _attributed_after_a_dash(scan: str, group: Group, end: int) -> bool:
    """ "— Djawranto, 1994" ending a quotation's line: the dash is its citing word; not a place's ("— Jakarta, 1994",
    a dateline) nor a name inside a line going on."""
    return bool(_DASH_BEFORE.search(scan, max(0, group.start - 4), group.start) and _LINE_ENDS.match(scan, end)) \
        and not any(n.lower() in PUBLISHING_PLACES for n in group.names)


# "Menurut Sugiyono tahun 2017", and with no word at all: "Menurut Sugiyono 2017 populasi ...", "Sugiyono 2017: 80,"
_TAHUN_YEAR = re.compile(rf"(?:\b(?i:tahun)\s+|(?<=[A-Za-z.])[ \t]+(?={YEAR}(?:\s*:\s*\d+(?:\s*[-–]\s*\d+)?"
                         rf"[ \t]*\((?=[ \t]*[A-Z])|(?:\s*:\s*\d+(?:\s*[-–]\s*\d+)?)?"
                         rf"(?:[ \t]*[,;.]|[ \t]+[a-z]|[ \t]+[—–](?=[ \t]+\D)|[ \t]*$))))(?P<year>{YEAR})(?![\w/])"
                         rf"(?!\s*[-–/.]\s*\d)"
                         rf"(?:\s*:\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?", re.M)
_MENURUT_JUST_BEFORE = re.compile(r"(?<![\w\-])(?i:menurut)\s+$")


# "Penelitian yang dilakukan oleh Santoso pada tahun 2019", "Hasil penelitian Santoso tahun 2019": a study and its author
_STUDY_BY_BEFORE = re.compile(r"\b(?i:penelitian|studi|kajian|riset)(?:[ \t]+yang)?(?:[ \t]+(?i:dilakukan|dilaksanakan))?"
                              r"(?:[ \t]+oleh)?[ \t]+$")
_PADA_BEFORE = re.compile(r"[ \t]+pada[ \t]+$")
# "Menurut Sugiyono dalam bukunya tahun 2017", "Santoso dalam penelitiannya tahun 2019 menemukan": his own work
_IN_HIS_BOOK = re.compile(r"[ \t]+(?i:dalam[ \t]+(?:buku|karya|tulisan|penelitian|studi|kajian|artikel)nya)[ \t]+$")
# "Teori ini dikemukakan oleh Maslow pada tahun 1943": a statement's author (not "dikembangkan oleh Microsoft", not a
# song "ditulis oleh Ismail Marzuki pada tahun 1945"): six verbs of _SAID on purpose, those that state a claim; a
# year after "pada tahun" is as often history's, and the others name its events ("diajukan oleh DPR pada tahun 2019")
_STATED_BY_BEFORE = re.compile(r"\b(?i:" + _passive("kemukakan", "jelaskan", "nyatakan", "ungkapkan", "rumuskan",
                                                      "definisikan") + r")[ \t]+oleh[ \t]+$")


def _menurut_tahun(text: str, scan: str, start: int, end: int, lo: int) -> list[Citation]:
    """ "Menurut Sugiyono tahun 2017, populasi adalah ...": an author right after "menurut", his year after "tahun" or
    after his name alone ("Menurut Sugiyono 2017 populasi ..."); with no such word, only a work the list holds. An
    office's holder ("Menurut Presiden Republik Indonesia tahun 2019") speaks in that year; he wrote no work."""
    from ..indonesian import is_known_word

    out = []
    words = lowercase_words(text)
    for y in _TAHUN_YEAR.finditer(scan, start, end):
        low = max(lo, y.start() - _GROUP_REACH_BACK)
        if scan.rfind("(", low, y.start()) > scan.rfind(")", low, y.start()):
            continue  # inside a parenthesis: read as one
        book = _IN_HIS_BOOK.search(scan, max(low, y.start() - 30), y.start())  # "Menurut Sugiyono dalam bukunya tahun"
        pada = _PADA_BEFORE.search(scan, max(low, y.start() - 10), y.start()) \
            or _PADA_BEFORE.search(scan, max(low, y.start() - 10), y.start("year"))  # "oleh Santoso pada (tahun) 2019"
        group = group_before(scan, low, book.start() if book else pada.start() if pada else y.start(), words)
        dalam = group is not None and y.group("pages") and _DALAM_BEFORE.search(scan, max(low, group.start - 40),
                                                                                 group.start)
        quoted = dalam and _quoted_before(scan, low, dalam.start(), words)
        if quoted and not group.common and not opens_with_office(group.text) \
                and not all(is_known_word(w.lower()) for w in group.text.split()):
            # "dinyatakan oleh McKeachie dalam Grendel 1991: 5 (Uno, 2006: 4)": a secondary citation whose citing
            # work's year and page stand bare, as in a parenthesis ("(McKeachie dalam Grendel 1991: 5)")
            out.append(_make(group.text, group.names, y.group("year"), y.group("pages"), _Span((group.start, y.end())),
                             quoted[0]))
            continue
        if group is None or group.common or opens_with_office(group.text) or not (
                # "Wen dkk. 2022, n=1.863", "Billeci dkk. 2019 — ...": a group of authors is a work's, no cue needed
                group.names[-1] == "dkk"
                or _MENURUT_JUST_BEFORE.search(scan, max(low, group.start - 12), group.start)
                or _STUDY_BY_BEFORE.search(scan, max(low, group.start - 50), group.start)
                or _STATED_BY_BEFORE.search(scan, max(low, group.start - 30), group.start) or book
                or (pada and _presented_method(scan, low, group))
                # "Piaget pada tahun 1952 mengemukakan ...": the year of the view he sets out; "Sari dan Wibowo pada
                # tahun 2016 melakukan penelitian ...": the year of the study they did
                or (pada and (_THEORY_AFTER.match(scan, y.end()) or _STUDY_DONE_AFTER.match(scan, y.end())))
                # "sejalan dengan Santoso 2019 yang ...": no cue, but the text's own list holds that work, or the
                # text cites it in a parenthesis elsewhere ("sebanding Bleidorn 2022." after "Bleidorn dkk. (2022)")
                or (_backed(text, group.names, y.group("year"), y.start("year"))
                    and not _in_reference_entry(text, y.start()))):
            continue
        if pada and _STUDY_DONE_AFTER.match(scan, y.end()) and not is_organisation(group.text) \
                and not is_listed(text, group.names, y.group("year")) \
                and (a_known_place(text, re.search(r"(?:(?:[A-Z][\w'’\-]*[ \t]+)*[A-Z][\w'’\-]*)?$", group.text).group())
                     or a_known_place(text, group.names[-1])
                     or _BODY_HEAD_BEFORE.search(scan, max(low, group.start - 30), group.start)):
            continue  # "Peneliti di Jawa Tengah pada tahun 2019 melakukan penelitian", "Jepang pada tahun 1943
            # melakukan survei", "Tim RSUD Dr. Soetomo pada tahun 2017 ...": a place or a body's name, no author
        if not is_organisation(group.text) and not _backed(text, group.names, y.group("year"), y.start("year")) \
                and all(is_known_word(w.lower()) for w in group.text.split()) \
                and not _people_who_studied(scan, low, group, words) and not _surname_after_menurut(scan, low, group, words):
            continue  # "Menurut Sensus Penduduk tahun 2010": a survey, not an author
        if is_organisation(group.text):  # "Dosen Politeknik Negeri Jakarta pada tahun 2019 meneliti": the body
            group = _body_named_whole(scan, low, group.end) or group
        out.append(_make(group.text, group.names, y.group("year"), y.group("pages"), _Span((group.start, y.end())), None))
    return out


# A method presented, and by whom: "penyampaian Fast YOLO oleh", "pengenalan algoritma ini oleh", "Metode ini pertama
# kali diperkenalkan oleh", "diusulkan oleh": the noun of presenting and what was presented, or the passive verb (not
# "diajukan"/"disampaikan": a proposal is handed in, a lecture given, "Skripsi ini diajukan oleh ...")
_PRESENTED_BY_BEFORE = re.compile(
    r"(?:(?<![\w\-])(?i:penyampaian|pengenalan|perkenalan|pengusulan)[ \t]+(?P<thing>(?:[^\s.,;:!?()]+[ \t]+){1,4}?)"
    r"|(?<![\w\-])(?i:" + _passive("perkenalkan", "kenalkan", "usulkan") +
    r")(?:[ \t]+(?i:pertama[ \t]+kali))?[ \t]+)oleh[ \t]+$")


def _presented_method(scan: str, low: int, group: Group) -> bool:
    """ "penyampaian Fast YOLO oleh Joseph Redmon pada tahun 2016", "Metode ini diusulkan oleh Nobuyuki Otsu pada tahun
    1979": a person, named with given name and surname, who presented a method in that year (its paper's): what was
    presented, between the noun and "oleh" or in the clause before the verb, names a kind of method (METHOD_KINDS) or
    is a system's name (an acronym, a word shaped as no person's name). "Tanam paksa diperkenalkan oleh Van den Bosch
    pada tahun 1830" (a policy), "Konsep PWA diperkenalkan oleh Google pada tahun 2015" (a company) stay nothing."""
    m = _PRESENTED_BY_BEFORE.search(scan, max(low, group.start - 80), group.start)
    if m is None:
        return False
    if m.group("thing") is not None:
        thing = m.group("thing")
    else:  # the clause before the verb: "Algoritma ini pertama kali diperkenalkan", "..., model ini diusulkan"
        thing = re.split(r"[.!?;:,]\s", scan[max(low, m.start() - 150):m.start()])[-1]
    named = [w for w in group.text.split() if w[:1].isupper()]
    return len(named) >= 2 and not is_organisation(group.text) and not opens_with_office(group.text) \
        and (any(w in METHOD_KINDS for w in re.findall(r"\w+", thing.lower())) or re.search(r"(?<![\w\-])[A-Z]{2,}(?![\w\-])", thing) is not None
             or _PRODUCT_WORD.search(thing) is not None)


def _surname_after_menurut(scan: str, low: int, group: Group, words: frozenset[str]) -> bool:
    """One capitalized word right after "menurut", a dictionary word neither the text nor Indonesian prose elsewhere
    writes small ("Menurut Gunawan 1972;", "menurut Wijaya tahun 2019"): a surname, as many Indonesian ones are
    words (Hidayat, Rahman, Lestari, Kusuma); "Menurut Sensus 2010", "Menurut Agama" and a phrase of such words
    ("Menurut Sensus Penduduk") stay no author."""
    word = group.text.strip()
    return re.fullmatch(r"[A-Z][a-z]+", word) is not None and word.lower() not in words \
        and word.lower() not in prose_small_words() \
        and _MENURUT_JUST_BEFORE.search(scan, max(low, group.start - 12), group.start) is not None


def _people_who_studied(scan: str, low: int, group: Group, words: frozenset[str]) -> bool:
    """Names of dictionary words after a study's or a statement's "oleh", or right after the passive verb of a study
    (its agent, "oleh" left out as Indonesian may: "penelitian yang dilakukan Sari pada tahun 2020"): people, when the
    text never writes one of their words small ("Menurut Sensus Penduduk" has no such cue, "Penelitian Tindakan
    Kelas" no agent; "oleh mahasiswa keperawatan" is written small elsewhere)."""
    cued = _STUDY_BY_BEFORE.search(scan, max(low, group.start - 50), group.start) \
        or _STATED_BY_BEFORE.search(scan, max(low, group.start - 30), group.start)
    return bool(cued) and cued.group().rstrip().endswith(("oleh", "dilakukan", "dilaksanakan")) \
        and all(w.lower() not in words and not is_common_word(w) for name in group.names for w in name.split())


# A body's head or an acronym right before a name (a doctor's title between): "RSUD Dr. Soetomo", "Politeknik Negeri
# Jakarta": the body's name, no person's
_BODY_HEAD_BEFORE = re.compile(rf"(?<![\w\-])(?:[A-Z]{{2,}}|(?i:{'|'.join(sorted(NAMED_BODY_HEADS))}|rumah[ \t]+sakit|"
                               r"sekolah))(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Dr\.?[ \t]+)?$")



# "Pada tahun 1952, Piaget mengemukakan ...": the year first, the author and a citing verb after it
# A year said with "pada tahun" is as often history's ("Pada tahun 1945, Indonesia menyatakan kemerdekaannya", "Fleming
# menemukan penisilin"): only a verb of defining or of holding a view makes it a work's
_THEORY_AFTER = re.compile(r"\s*(?:(?:dkk|et\.?\s*al)\.?,?\s+)?(?:juga\s+)?(?:mengemukakan|mendefinisikan|berpendapat|"
                           r"merumuskan|mengartikan|menggolongkan|mengklasifikasikan|mengembangkan\s+teori)\b", re.I)
# ... or of doing a study: "melakukan penelitian", "meneliti", "mengkaji" (not "menemukan", "menguji": history's
# discoveries and trials, "Fleming pada tahun 1928 menemukan penisilin")
_STUDY_DONE_AFTER = re.compile(r"\s*(?:(?:dkk|et\.?\s*al)\.?,?\s+)?(?:juga\s+)?(?:meneliti|mengkaji|melakukan\s+"
                               r"(?:(?:sebuah|suatu)\s+)?(?:penelitian|kajian|studi|riset|survei|eksperimen))\b", re.I)
# A sentence or a line opening "Pada tahun 2015, ..."
_YEAR_OPENS = rf"(?:^|(?<=[.!?])[ \t]+|(?<=\n)[ \t]*)(?i:pada)[ \t]+(?i:tahun)[ \t]+(?P<year>{YEAR})[ \t]*,?[ \t]+"
_YEAR_FIRST = re.compile(_YEAR_OPENS +
                         r"(?P<name>[A-Z][\w'’\-]+(?:[ \t]+(?:dan|&)[ \t]+[A-Z][\w'’\-]+)?)(?=[ \t]+\S)")


# "studi 2025 (Kregar dkk., Stress, tandfonline)": a study's year said before the parenthesis that names its authors,
# a group ("dkk.", "et al."), and perhaps where it appeared; no year in the parenthesis
_STUDY_YEAR_THEN_AUTHORS = re.compile(
    rf"(?<![\w\-])(?i:studi|penelitian|riset|survei|kajian|meta-analisis|study)[ \t]+(?P<year>{YEAR})[ \t]*\("
    r"(?P<name>[A-Z][\w'’\-]+(?:[ \t]+(?:dan|&)[ \t]+[A-Z][\w'’\-]+)?)[ \t]+(?:dkk|et[ \t]*al)\.?"
    r"(?:[ \t]*,(?![^()\n]*\d{4})[^()\n]{1,80})?\)")


# ... and a pronoun for the person named before it: "Santoso adalah pakar pendidikan. Pada tahun 2015 ia mengemukakan"
_YEAR_FIRST_PRONOUN = re.compile(_YEAR_OPENS + rf"(?:{'|'.join(_PERSONS)})(?=[ \t]+\S)")


def _study_year_then_authors(text: str, scan: str, start: int, end: int) -> list[Citation]:
    """_STUDY_YEAR_THEN_AUTHORS: "studi 2025 (Kregar dkk., Stress)" is Kregar's work of 2025."""
    words = lowercase_words(text)
    out = []
    for m in _STUDY_YEAR_THEN_AUTHORS.finditer(scan, start, end):
        names = names_in(m.group("name"), words)
        if names and not any(is_common_word(n) or n.lower() in NOT_NAMES for n in names):
            out.append(_make(m.group("name"), names, m.group("year"), None, _Span((m.start("year"), m.end())), None))
    return out


def _year_first(text: str, scan: str, start: int, end: int) -> list[Citation]:
    out = []
    words = lowercase_words(text)
    for m in _YEAR_FIRST.finditer(scan, start, end):
        names = names_in(m.group("name"), words)
        if names and _THEORY_AFTER.match(scan, m.end("name")) \
                and not any(is_common_word(n) or n.lower() in NOT_NAMES for n in names):
            out.append(_make(m.group("name"), names, m.group("year"), None, _Span((m.start("year"), m.end("name"))), None))
    for m in _YEAR_FIRST_PRONOUN.finditer(scan, start, end):
        if not _THEORY_AFTER.match(scan, m.end()):
            continue
        names = _person_a_pronoun_refers_to(text, scan, m.end(), m.group("year"),
                                            lambda window, here: window[here:].lstrip().lower().startswith("pada"))
        if names:
            out.append(_make(short_names(names), names, m.group("year"), None, _Span((m.start("year"), m.end())), None))
    return out


# ---------------------------------------------------------------- the document's own reference list as evidence

@lru_cache(maxsize=4)
def _listed_entries(text: str) -> tuple[Reference, ...]:
    """Every line of the text shaped like a reference-list entry, with a year, parsed."""
    out = []
    running = running_lines(text)  # a thesis's footer "Rina Marlina, 2018 ..." on every page is no entry
    for line in text.split("\n"):
        if looks_like_entry(line) and " ".join(line.split()) not in running:
            ref = parse_reference(line)
            if ref is not None and ref.year:
                out.append(ref)
    return tuple(out)


@lru_cache(maxsize=4)
def _listed_works(text: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(authors, year) of every line of the text shaped like a reference-list entry."""
    return tuple((ref.authors, ref.year) for ref in _listed_entries(text))


@lru_cache(maxsize=4)
def _listed_first_authors(text: str) -> dict[str, tuple[str, ...]]:
    """The first authors of the text's listed entries, by year."""
    out: dict[str, list[str]] = {}
    for authors, year in _listed_works(text):
        if authors:
            out.setdefault(year, []).append(authors[0])
    return {year: tuple(firsts) for year, firsts in out.items()}


def is_listed(text: str, names, year: str) -> bool:
    """The first author (surname, or an acronym of a group's name) and the year match an entry of the text's list."""
    first = next((n for n in names if not is_etal(n)), None)
    if first is None:
        return False
    return listed_surname(text, first, year) is not None


def _backed(text: str, names, year: str, at: int) -> bool:
    """A name and a year written with no parenthesis ("sebanding Santoso 2019.", "Santoso 2019 menunjukkan") that the
    text's list holds, or that the text cites in a parenthesis elsewhere ("(Santoso, 2019)", "Santoso dkk. (2019)"):
    the same work, named again; "Piala Dunia 2022." has neither. at: where the year is (a link's "[Santoso, 2019]"
    is read as a citation already; it backs no other reading of itself)."""
    return is_listed(text, names, year) or _cited_with_parentheses(text, names, year, at)


def _cited_with_parentheses(text: str, names, year: str, at: int) -> bool:
    first = next((surname(n).lower() for n in names if not is_etal(n)), None)
    return first is not None and any(not a <= at < b for a, b in _works_with_parentheses(text).get((first, year), ()))


@lru_cache(maxsize=4)
def _works_with_parentheses(text: str) -> dict[tuple[str, str], tuple[tuple[int, int], ...]]:
    """Where the text cites each (first author, year) with a parenthesis or brackets, narrative or not, read once."""
    scan = _scan_text(text)
    out: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for m in _PAREN.finditer(scan):
        if _spans_blocks(_inner(m)) or _in_reference_entry(text, m.start()) or (m.group(2) and "@" in m.group(2)):
            continue
        for c in _citations_at(text, scan, m, 0):
            if c.authors:
                out.setdefault((c.authors[0].lower(), c.year), []).append(m.span())
    return {work: tuple(spans) for work, spans in out.items()}


def listed_surname(text: str, name: str, year: str) -> str | None:
    """The word of a cited name that the text's reference list holds as a first author with that year: its surname,
    or another of its words when the name is written family name first ("Neter John et al (1996)" with
    "Neter, John ... (1996)" listed gives "Neter")."""
    firsts = _listed_first_authors(text).get(year)
    if not firsts:
        return None
    candidates = [surname(name)] + [w for w in name.split() if len(w) >= 3 and w[:1].isupper() and w != surname(name)]
    return next((c for c in candidates if any(author_matches(c, f) for f in firsts)), None)


def _surname_as_listed(text: str, cite: Citation) -> Citation:
    """A citation whose first author's surname the list does not hold with that year, while another word of the
    name it does: the listed one is the surname. With no list to tell, another word the text cites alone with that
    year (and the surname read never) is. A name of several words the list holds whole with that year is whole."""
    whole = _listed_whole(text, cite)
    if whole is not None:
        return whole
    if not cite.authors or not cite.authors_text or " " in cite.authors[0] and is_organisation(cite.authors[0]):
        return cite  # a body read whole ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi") has no surname
    first = next((n for n in split_names(cite.authors_text) if not is_etal(n)), None)
    listed = listed_surname(text, first, cite.year) if first else None
    if listed is None and first:
        listed = _surname_cited_alone(text, first, cite.authors[0], cite.year)
    if listed is None or listed == cite.authors[0]:
        return cite
    return replace(cite, authors=(listed,) + cite.authors[1:])


_AFTER_A_FIRST_NAME = re.compile(r"(?:[ \t]*[,;&][ \t]*|[ \t]+(?:dan|and|dkk\.?|et[ \t]+al\.?)(?![\w\-]))")


def _listed_whole(text: str, cite: Citation) -> Citation | None:
    """A citation read as part of its first name ("Dhuafa" of "Dompet Dhuafa (2020)", "Perilaku" of "(Modifikasi
    Perilaku, 2010)", "Lembaga Penelitian" of "... dan Pengabdian kepada Masyarakat") whose name as written opens
    with a listed first author of several words with that year (a body or a title the list holds whole, never a
    person, whom the list holds by surname), or, before a narrative's year, is that author's last words written
    whole before it ("PT Bank Rakyat Indonesia (Persero) Tbk (2021)" read from "Indonesia", or read with no author
    when the prose writes "rakyat" small): that author whole."""
    if len(cite.authors) > 1 and not cite.authors_text:
        return None
    written = _plain_name(cite.authors_text or "")
    before = _plain_name(_scan_text(text)[max(0, cite.start - 200):cite.start])
    for first in _listed_first_authors(text).get(cite.year, ()):
        plain = _plain_name(first)
        if " " in plain and cite.authors and plain == _plain_name(cite.authors[0]):
            # read whole already (no surname of it to take), its brackets as listed: "PT Pertamina (Persero)"
            return replace(cite, authors=(" ".join(first.split()),) + cite.authors[1:])
        if " " not in plain or cite.authors and f" {cite.authors[0].lower()} " not in f" {plain} ":
            continue
        if not cite.authors:
            if f" {before}".endswith(" " + plain) and not cite.via:
                return replace(cite, authors=(" ".join(first.split()),))
            continue
        if written.startswith(plain):
            rest = written[len(plain):]
            if rest and not _AFTER_A_FIRST_NAME.match(rest) or not rest and len(cite.authors) > 1:
                continue  # "Suryani dan Sari", read as two people, stays two whatever a list's line runs together
            return replace(cite, authors=(" ".join(first.split()),) + (cite.authors[1:] if rest else ()))
        if len(cite.authors) == 1 and plain.endswith(" " + written) and f" {before}".endswith(" " + plain):
            return replace(cite, authors=(" ".join(first.split()),))
    return None


def _plain_name(name: str) -> str:
    """A name's words in lower case, brackets aside ("PT Pertamina (Persero)" is "pt pertamina persero")."""
    return " ".join(re.sub(r"[()\[\]]", " ", name).split()).lower()


# A standard, a manual or a classification by its name or number, as a citation names it: "SAK", "PSAK No. 1",
# "DSM-5", "ICD-10", "ISO/IEC 27001", "SNI 7612"
_STANDARD_NAME = re.compile(r"(?P<acronym>[A-Z]{2,}(?:/[A-Z]{2,})*)(?:-(?P<roman>[IVX]{1,4})(?:-[A-Z]{1,3})?|"
                            rf"-?(?P<number>\d{{1,5}})|{_SERIES_NUMBER}|"
                            rf"[ \t]+(?!{YEAR_DIGITS}(?![\d\-:]))(?P<long>\d{{3,5}})(?:[:\-]\d+)*)?")
_STANDARD_TITLE = re.compile(r"\b(?i:standar|standards?|manual|statement|pernyataan|klasifikasi|classification)\b")
_DESIGNATION_BEFORE = re.compile(rf"(?<![\w\-/])(?:{_STANDARD_NAME.pattern})[ \t]*$")


@lru_cache(maxsize=4)
def _listed_titles(text: str) -> tuple[tuple[str, str, str], ...]:
    """(first author, year, title or the entry whole) of each entry of the text's list; a title with its edition as
    the list writes it ("... Mental Disorders (4th ed., text rev.)": the edition a manual's citation names)."""
    return tuple((ref.authors[0], ref.year, f"{ref.title} ({ref.edition})" if ref.title and ref.edition
                  else ref.title or ref.text) for ref in _listed_entries(text) if ref.authors)


def _standard_as_listed(text: str, cite: Citation) -> Citation:
    """A standard cited by its name or number ("Menurut DSM-5 (2013)", "(PSAK No. 1, 2015)", "Menurut SAK (2015)")
    that the text's list holds under its issuer, in one entry of that year whose title names it (its acronym, or the
    acronym spelt out, with its number): the issuer's work, as the list says, not the standard's name or none."""
    if cite.authors:
        name = cite.authors_text if len(cite.authors) == 1 else ""
    else:  # a year after a standard's name, cited: a citing word before it or a reporting verb after
        before = _DESIGNATION_BEFORE.search(text, max(0, cite.start - 40), cite.start)
        cited = before and (_CUE_BEFORE.search(text, max(0, before.start() - 40), before.start())
                            or _BASED_ON_BEFORE.search(text, max(0, before.start() - 40), before.start())
                            or _IN_BEFORE.search(text, max(0, before.start() - 12), before.start())
                            or _REPORTS_AFTER.match(text, cite.end))
        name = before.group() if cited else ""
    standard = _STANDARD_NAME.fullmatch(name.strip())
    if standard is not None and not is_listed(text, [standard.group("acronym")], cite.year):
        issuers = {author for author, year, title in _listed_titles(text)
                   if year == cite.year and _names_the_standard(title, standard)}
    elif _STANDARD_WORDS_BEFORE.fullmatch(name):  # "Standar Akuntansi Keuangan (2015)": the entry of that title
        issuers = {author for author, year, title in _listed_titles(text)
                   if year == cite.year and name.lower() in " ".join(title.split()).lower()}
        if len(issuers) != 1:  # ... or the standard's name whole, not its last word as a surname
            return replace(cite, authors=(name,))
    else:
        return cite
    if len(issuers) != 1 and not cite.authors and standard is not None:
        issuers = {_body_before_dalam(text, before.start())} - {None}
    if len(issuers) != 1:
        return cite
    issuer = issuers.pop()
    inner = f"{cite.year}: {cite.pages}" if cite.pages else cite.year
    return replace(cite, authors=(issuer,), authors_text=issuer, label=f"{issuer} ({inner})")


# A standard's name in words: "Standar Akuntansi Keuangan", "Pernyataan Standar Akuntansi Keuangan", "Standar
# Nasional Pendidikan", "Statement of Financial Accounting Standards"
_STANDARD_WORDS_BEFORE = re.compile(r"(?<![\w\-])(?P<name>(?:Pernyataan[ \t]+)?(?:Standar|Standard|Statement)"
                                    r"(?:[ \t]+(?:(?:of|on|for|and|dan)[ \t]+)?[A-Z][\w\-]*){1,6})[ \t]*$")


def _standard_named_before(scan: str, lo: int, pos: int) -> str | None:
    """A standard named in words right before a year, after a citing word ("Menurut Standar Akuntansi Keuangan
    (2015)", "Berdasarkan Standar Nasional Pendidikan (2005)"): the standard is the work's name, as a dictionary's
    is ("Menurut Kamus Besar Bahasa Indonesia (2008)"), not the author named before."""
    named = _STANDARD_WORDS_BEFORE.search(scan, max(lo, pos - 120), pos)
    if named is None:
        return None
    at = named.start()
    cued = _CUE_BEFORE.search(scan, max(lo, at - 40), at) or _BASED_ON_BEFORE.search(scan, max(lo, at - 40), at) \
        or _DALAM_OPENS.search(scan, max(lo, at - 12), at)
    return " ".join(named.group("name").split()) if cued else None


_BODY_BEFORE_DALAM = re.compile(r"(?<![\w'’\-])(?P<body>(?:[A-Z][\w'’\-]*[ \t]+(?:(?:of|for|and|on|dan)[ \t]+)?){0,7}"
                                r"[A-Z][\w'’\-]*)(?:[ \t]+\([A-Z]{2,}\))?[ \t]+dalam[ \t]+$")


def _body_before_dalam(text: str, pos: int) -> str | None:
    """The body named before "dalam" and a standard ("American Psychiatric Association (APA) dalam DSM-5 (2013)",
    "WHO dalam ICD-10 (2010)"): the standard's issuer, the work's author, as a person is before "dalam bukunya"."""
    named = _BODY_BEFORE_DALAM.search(text, max(0, pos - 120), pos)
    if named is None:
        return None
    words = named.group("body").split()
    while words and words[0].lower() in ("menurut", "berdasarkan", "oleh", "dalam", "sesuai"):
        words = words[1:]
    body = " ".join(words)
    return body if is_organisation(body) or body.upper() in _BODIES else None


def _designation_cited(text: str, designation: str, year: str) -> bool:
    """A parenthesis' designation that reads as a standard by its shape alone, an acronym and a number ("DSM-5",
    "PSAK 1", "PSAK No. 1"), is a cited work where the text's list holds it: under its acronym, or in an entry of that
    year whose title names it (its issuer's, as _standard_as_listed reads it); or where the text has no list to say.
    A disease, a program's version or a thing's number has the same shape ("(COVID-19, 2020)", "(SPSS 25, 2017)",
    "(PHP 7, 2015)") and no entry naming it: no work."""
    standard = _STANDARD_NAME.fullmatch(designation.strip())
    if standard is None:
        return False  # "SPSS 22.0": a version, no standard's number
    if is_listed(text, [standard.group("acronym")], year):
        return True
    if _talked_about(text, designation.strip()):
        return False  # "(COVID-19, 2020)" in a text spelling out "Corona Virus Disease 2019 (COVID-19)"
    if not _listed_entries(text):
        return True
    return any(listed == year and _names_the_standard(title, standard) for _, listed, title in _listed_titles(text))


def _names_the_standard(title: str, standard: re.Match) -> bool:
    """The title names the standard: a standard's, a manual's or a classification's title holding its acronym, or
    its acronym spelt out ("Diagnostic and Statistical Manual" for DSM), and its number where it has one."""
    acronym = standard.group("acronym")
    number = standard.group("number") or standard.group("no") or standard.group("short") or standard.group("long")
    if re.search(rf"(?<![\w/]){re.escape(acronym)}(?![\w/])[\s\-)]*(?i:no\.?|nomor)?\s*{number or ''}", title) \
            and (number or _STANDARD_TITLE.search(title)):
        return True  # "ISO/IEC 27001:2013 Information technology ...", "Pernyataan Standar ... (PSAK) No. 1"
    if not _STANDARD_TITLE.search(title) or "/" in acronym \
            or not _edition_named(title, number, standard.group("roman")):
        return False
    runs = [w for w in re.findall(r"[A-Za-z][\w\-]*", title) if w[0].isupper()]
    return any(initials(runs[i:i + len(acronym)]).upper() == acronym.upper() for i in range(len(runs)))


def _edition_named(title: str, number: str | None, roman: str | None) -> bool:
    """A title spelling a standard out names its number or edition as cited ("5th ed." for DSM-5, "IV" for DSM-IV)
    or none in that notation ("Fifth Edition" for DSM-5; "4th ed., text rev." for DSM-IV-TR, the year telling the
    editions apart): only a number written the same way and differing ("4th ed." for DSM-5) names another."""
    if number:
        return re.search(rf"(?<!\d){number}(?!\d)", title) is not None or not re.search(r"\d", title)
    if roman:
        return re.search(rf"\b{roman}\b", title) is not None or not re.search(r"\b[IVX]{1,4}\b", title)
    return True


def _cited_alone(text: str, word: str, year: str) -> bool:
    """The text cites this one word with the year elsewhere: "Arikunto (2010)", "(Arikunto, 2010: 5)"."""
    w = re.escape(word)
    for m in finditer(rf"(?<![\w'’\-]){w}\s*\(\s*{year}\b|\(\s*{w}\s*[,:;]?\s*{year}\b", text, word, paren=True):
        before = re.search(r"([A-Z][\w'’.\-]*)[ \t]+$", text[max(0, m.start() - 40):m.start()])
        if m.group().startswith("(") or before is None or before.group(1).lower() in _INTRODUCES_AUTHOR \
                or before.group(1).lower() in NOT_NAMES:
            return True  # not the last word of a longer name ("Arikunto Suharsimi (2010)"); "Menurut Arikunto (2010)"
    return False


def _surname_cited_alone(text: str, name: str, surname_read: str, year: str) -> str | None:
    """ "Arikunto Suharsimi (2010)" read as Suharsimi's while the text cites "(Arikunto, 2010)" elsewhere and never
    Suharsimi alone: the name is written family name first, with no list to tell it."""
    words = name.split()
    if not 2 <= len(words) <= 3 or _cited_alone(text, surname_read, year):
        return None
    return next((w for w in words if w != surname_read and len(w) >= 3 and w[:1].isupper() and w[1:2].islower()
                 and _cited_alone(text, w, year)), None)


# ---------------------------------------------------------------- tables: "Peneliti | Tahun | Judul" (penelitian terdahulu)

_AUTHOR_COLUMN = re.compile(r"^(?:nama\s+)?(?:peneliti|penulis|pengarang|author|authors?|researcher)s?(?:\s*/\s*\w+)?$", re.I)
_YEAR_COLUMN = re.compile(r"^(?:tahun|thn\.?|year)(?:\s+(?:terbit|penelitian))?$", re.I)
_ROW = re.compile(r"^[^\n]*\S \| \S[^\n]*$", re.M)
# A column of sources, or of authors with their years: "Sumber", "Referensi", "Nama Peneliti (Tahun)"
_SOURCE_COLUMN = re.compile(r"^(?:sumber|referensi|rujukan|source|reference|(?:nama(?:\s+(?:peneliti|penulis))?|"
                            r"peneliti|penulis|author)s?\s*(?:\(\s*tahun\s*\)|(?:,|dan|&|/)\s*tahun))$", re.I)
_CELL = re.compile(rf"^\(?(?P<head>[^()\d]{{2,80}}?)\s*(?:,\s*|\(\s*)(?P<year>{YEAR})(?:\s*[:,]\s*(?:hlm\.?|h\.|p\.)?\s*"
                   rf"(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?\s*\)?\)?$")


def _cell_citation(text: str, row: re.Match, cell: str, words: frozenset[str]) -> Citation | None:
    """A table cell that is a citation and nothing else, in a column of sources."""
    hit = _CELL.match(cell)
    names = names_in(hit.group("head"), words, strict=False) if hit else None
    if not names:
        return None
    at = row.start() + row.group().find(cell)
    return _make(hit.group("head"), names, hit.group("year"), hit.group("pages"), _Span((at, at + len(cell))), None)


def _table_rows(text: str, scan: str, start: int, end: int, taken: set[int]) -> list[Citation]:
    """A table of earlier studies whose header names an author column and a year column ("No | Peneliti | Tahun |
    Judul | Hasil"): each row cites its author's work of that year."""
    out = []
    words = lowercase_words(text)
    header: list[str] | None = None
    previous_end = -2
    for row in _ROW.finditer(scan, _table_start(scan, start), end):
        if row.start() != previous_end + 1:
            header = None  # a new table starts
        previous_end = row.end()
        cells = [c.strip() for c in row.group().split(" | ")]
        names = [c for c in cells if _AUTHOR_COLUMN.match(c)]
        if names or any(_SOURCE_COLUMN.match(c) for c in cells):  # an author column, with or without a year's
            header = cells
            continue
        if header is None or len(cells) != len(header) or row.start() < start:
            continue
        sources = [cells[i] for i, c in enumerate(header) if _SOURCE_COLUMN.match(c)
                   or (_AUTHOR_COLUMN.match(c) and not any(_YEAR_COLUMN.match(h) for h in header))]
        if sources:  # "Sumber" or "Peneliti (Tahun)": a cell "Slameto, 2010", "Rahmawati (2018)", "(Hurlock, 2005)"
            found = (_cell_citation(text, row, cell, words) for cell in sources)
            out += [c for c in found if c and not any(c.start <= t < c.end for t in taken)]  # read once
            continue
        author = cells[next(i for i, c in enumerate(header) if _AUTHOR_COLUMN.match(c))]
        year = re.fullmatch(rf"\(?({YEAR})\)?", cells[next(i for i, c in enumerate(header) if _YEAR_COLUMN.match(c))])
        names_found = names_in(author, words, strict=False) if year else None
        if not names_found:
            continue
        at = row.start() + row.group().find(author)
        if at in taken:
            continue
        out.append(_make(author, names_found, year.group(1), None, _Span((at, at + len(author))), None))
    return out


def _table_start(scan: str, pos: int) -> int:
    """The first line of the rows running up to pos's line (pos's line when no row is right over it): the header of a
    table a passage starts inside is read from there, and no text before it (a long text read with no blank line
    between its paragraphs was scanned from its first line for each passage)."""
    line = scan.rfind("\n", 0, pos) + 1
    while line > 0:
        above = scan.rfind("\n", 0, line - 1) + 1
        if not _ROW.match(scan, above, line - 1):
            break
        line = above
    return line


# ---------------------------------------------------------------- numbered: "... perangkat lunak [4]" (IEEE)

_NUMBERED_ENTRY = re.compile(r"^[ \t]*(?:\[(?P<a>\d{1,3})\]\.?|(?P<b>\d{1,3})[.)])[ \t]*(?P<entry>\S.*)$", re.M)
# ... with IEEE's page: "[1, p. 12]", "[1, hlm. 12]", "[1: 12]"; numbers parted by ";" too: "[1; 3]"
_NUMBER_MARK = re.compile(r"\[[ \t]?(?P<n>\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*)"
                          r"(?:(?:\s*:\s*(?:(?i:hlm|hal|h|pp?)\.?\s*)?|\s*,\s*(?i:hlm|hal|h|pp?)\.?\s*)"
                          r"(?P<pages>\d{1,4}(?:\s*[-–]\s*\d{1,4})?))?[ \t]?\]"
                          r"(?:[ \t]*[–-][ \t]*\[(?P<to>\d{1,3})\])?(?!\()")


@lru_cache(maxsize=4)
def _numbered_entries(text: str) -> dict[int, Reference]:
    """The numbered entries of the text's reference list ("[4] R. S. Pressman, Software Engineering ... 2010."), by
    number; empty unless two or more numbered lines read as entries."""
    out = {}
    for m in _NUMBERED_ENTRY.finditer(text):
        line = m.group()
        if not looks_like_entry(line):
            line = _with_indented_lines(text, m)  # "[1]   S. Kusumadewi ..., 2nd ed." / "      Yogyakarta: ..., 2010."
        if looks_like_entry(line):
            ref = parse_reference(line)
            if ref is not None and ref.authors:
                out[int(m.group("a") or m.group("b"))] = ref
    return out if len(out) >= 2 else _unnumbered_vancouver_list(text)


def _with_indented_lines(text: str, m: re.Match) -> str:
    """A numbered entry's line with the lines wrapped under it by a hanging indent (references.hangs_under), as
    pdftotext keeps a list's (at most five; blank lines and a page's foot between them left out)."""
    from .references import hangs_under, is_page_foot

    lines = [m.group()]
    for line in text[m.end() + 1:].split("\n"):
        if not line.strip() or is_page_foot(line):
            continue
        if not hangs_under(m.group(), line) or _NUMBERED_ENTRY.match(line) or len(lines) > 5:
            break
        lines.append(line.strip())
    return " ".join(lines)


def _unnumbered_vancouver_list(text: str) -> dict[int, Reference]:
    """A Vancouver list whose numbers a reader kept as list markers, not text (a Markdown or Word numbered list):
    its entries, in order under the list's heading, are 1, 2, 3 ... Only Vancouver- or IEEE-shaped entries, two or
    more, so an author-year list is never numbered."""
    from ..documents.structure import is_reference_heading
    from .references import numbered_style

    lines = text.split("\n")
    heading = next((i for i, line in enumerate(lines) if len(line) < 60 and is_reference_heading(line.strip())), None)
    if heading is None:
        return {}
    out: dict[int, Reference] = {}
    for line in lines[heading + 1:]:
        if not line.strip():
            continue
        if not numbered_style(line) or not looks_like_entry(line):  # an IEEE book or a body's page too
            break
        ref = parse_reference(line)
        if ref is None or not ref.authors:
            break
        out[len(out) + 1] = ref
    return out if len(out) >= 2 else {}


def _numbers(marks: str) -> list[int]:
    """ "1", "1, 4", "2-4" -> the numbers a mark names."""
    out: list[int] = []
    for part in re.split(r"\s*[,;]\s*", marks):
        ends = [int(x) for x in re.split(r"\s*[–-]\s*", part)]
        lo, hi = ends[0], ends[-1]
        out += list(range(lo, hi + 1)) if 0 <= hi - lo <= 20 else [lo]
    return out


# Vancouver's raised numbers after a word or its stop: "... di Indonesia.¹", "30,8%.²,³", "stunting.¹⁻³" (not "m²")
_SUPER = SUPERSCRIPTS
_SUPER_MARK = re.compile(rf"(?:(?<=[a-z]{{3}})|(?<=[.,;:)%”\"]))(?P<n>[{_SUPER}]{{1,3}}(?:\s*[,⁻\-–]\s*[{_SUPER}]{{1,3}})*)")
# A footnote's own line ("¹ Soerjono ...", a PDF's "3 Andi Hamzah, ..."): the text's marks are its notes', not the list's
_NOTE_LINE = re.compile(rf"^(?:[{_SUPER}]+|\d{{1,3}})[ \t]+\S", re.M)


# Vancouver's numbers in parentheses, closing a clause: "di Indonesia (1).", "beragam (2,3),", "berperan.(3)";
# not an enumeration "(1) perencanaan" nor an equation's number at a line's end "Y = a + bX (1)"
# ... or inside a clause, where an enumeration's items are numbered too ("dan (3) evaluasi"): only with the evidence
# _cites_mid_clause asks for ("penelitian sebelumnya (6,8) dan ...", "Roesli (10) menambahkan", "Sari dkk. (4).",
# a body's acronym "WHO (1) merekomendasikan")
_PAREN_MARK = re.compile(r"(?:(?<=[A-Za-z%])[ \t]?\((?P<n>\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\)(?=[.,;:])|"
                         r"(?<=[a-z%]\.)\((?P<m>\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\)(?=[ \t]*(?:\n|$|[A-Z]))|"
                         r"(?:(?<=[a-z])|(?<=\bdkk\.)|(?<=\bal\.)|(?<=\b[A-Z]{2})|(?<=[A-Z]{3}))[ \t]?"
                         r"\((?P<k>\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\)"
                         r"(?=[ \t]+[a-z]|[ \t]*[.,;:]))")
# A scale's word right before its values in parentheses: "skala Likert (1-4)", "diberi skor (1-5)", "Kategori (1-3)"
# ... or a measure's, its value a decimal written the Indonesian way: "skor rerata (7,8) pada skala 1-10", "nilai rata-rata
# (6,5)", "Median (3,4)"
_MEASURE = r"rerata|rata-rata|median|mean|average"
_SCALE_BEFORE = re.compile(rf"\b(?i:skala|skor|nilai|rentang|kategori|interval|poin|level|tingkat(?:an)?|peringkat|bobot|"
                           rf"scale|score|range|{_MEASURE})(?:[ \t]+(?:[A-Z][\w\-]*|(?i:{_MEASURE})))?[ \t]*$")
# A number alone in its sentence ("(3)"), and what a study does that a model, an equation or a table never does:
# "(3) menemukan", "(4) juga melaporkan"
_LONE_NUMBER = re.compile(r"\(\d{1,3}\)")
_FINDS_AFTER = re.compile(rf"\s*,?\s*(?:juga\s+|pun\s+)?(?:{_STUDY_VERBS}|mengungkapkan|"
                          r"melaporkan|found|reported|concluded)\b", re.I)
# The names before a number: "Roesli (10)", "Sari dkk. (4)", "Green dan Kreuter (11)"
_NAMES_BEFORE_MARK = re.compile(r"(?<![\w'’\-])(?P<name>[A-Z][\w'’\-]+)(?:[ \t]+(?:dkk\.?|et[ \t]+al\.?)|"
                                r"[ \t]+(?:dan|&|and)[ \t]+[A-Z][\w'’\-]+)?[ \t]*$")


def _marks(scan: str, start: int, end: int):
    """The numeric marks in text[start:end] and the numbers each names: "[4]", "[1-3]", "(1)", "(2,3)", and raised
    numbers when the text has no footnotes."""
    for m in _NUMBER_MARK.finditer(scan, start, end):
        yield m, m.group("n") + (f"-{m.group('to')}" if m.group("to") else "")  # "[1]–[3]": 1 to 3
    for m in _PAREN_MARK.finditer(scan, start, end):
        yield m, m.group("n") or m.group("m") or m.group("k")
    if not _NOTE_LINE.search(scan):
        for m in _SUPER_MARK.finditer(scan, start, end):
            yield m, m.group("n").translate(str.maketrans(_SUPER + "⁻", "0123456789-"))


def _numbered(text: str, scan: str, start: int, end: int) -> list[Citation]:
    """A numeric mark naming an entry of the text's numbered list cites that entry's work: its authors and year."""
    entries = _numbered_entries(text)
    out = []
    for m, numbers in _marks(scan, start, end):
        line_start = scan.rfind("\n", 0, m.start()) + 1
        if not scan[line_start:m.start()].strip() or _in_reference_entry(text, m.start()):
            continue  # the number of an entry, not a mark citing it
        if m.re is _PAREN_MARK and m.group("k") and not _cites_mid_clause(scan, m, _numbers(numbers), entries):
            continue  # "meliputi (1) perencanaan, (2) pelaksanaan, dan (3) evaluasi": an enumeration's items
        if m.re is _PAREN_MARK and len(_numbers(numbers)) > 1 and _SCALE_BEFORE.search(scan, max(0, m.start() - 40), m.start()):
            continue  # "skala Likert (1-4) yang", "Kategori (1-3)": a scale's values, not the list's works
        if m.re is _PAREN_MARK and _a_compared_decimal(scan, m):
            continue  # "kelompok eksperimen (7,8) lebih tinggi daripada kelompok kontrol (6,9)": values, not works
        for n in _numbers(numbers):
            ref = entries.get(n)
            if ref is None:
                continue
            year = ref.year or ("t.t." if ref.year_text is None else _year_as_cited(ref.year_text))
            names = [a for a in ref.authors if a]
            pages = m.groupdict().get("pages")
            out.append(_make(short_names(names), names, year, pages, m, None))
    return out


# A decimal written the Indonesian way in parentheses, "(7,8)", and a comparison right after it: a value compared
_DECIMAL_MARK = re.compile(r"[ \t]?\(\d{1,3},\d{1,2}\)")
_COMPARED_AFTER = re.compile(r"[ \t]*(?:lebih|kurang|daripada|dibanding(?:kan)?|versus|vs\.?)[ \t]", re.I)
# Studies as the clause's subject right before the mark: "Penelitian lain (7,8) lebih menekankan ...", "Beberapa studi
# terdahulu (3,4) lebih banyak ...": the works that did it, never a measured value
_STUDIES_BEFORE = re.compile(r"\b(?i:penelitian|studi|kajian|riset|peneliti|studies|research)(?:-(?i:penelitian|studi))?"
                             r"(?:\s+(?i:lain(?:nya)?|sebelumnya|terdahulu|terbaru|serupa|sejenis|tersebut|previous|"
                             r"other|earlier))?\s*$")


def _a_compared_decimal(scan: str, m: re.Match) -> bool:
    """A decimal-shaped mark ("(7,8)", no space after the comma) that a comparison follows, or the other side of a
    comparison whose first value is one, in its sentence ("kelompok eksperimen (7,8) lebih tinggi daripada kelompok
    kontrol (6,9)"): a measured value, not entries 7 and 8. A citation stands after its claim, not before "lebih";
    after studies named as the clause's subject ("Penelitian lain (7,8) lebih menekankan ...") it is their works."""
    if not _DECIMAL_MARK.fullmatch(m.group()) or _STUDIES_BEFORE.search(scan, max(0, m.start() - 60), m.start()):
        return False
    if _COMPARED_AFTER.match(scan, m.end()):
        return True
    opens = max(scan.rfind(". ", 0, m.start()), scan.rfind("\n", 0, m.start())) + 1
    return any(_COMPARED_AFTER.match(scan, d.end()) for d in _DECIMAL_MARK.finditer(scan, opens, m.start()))


def _cites_mid_clause(scan: str, m: re.Match, numbers: list[int], entries: dict[int, Reference]) -> bool:
    """A number in parentheses inside a clause cites the list when an enumeration's item could not be it: it names
    several entries, in order ("penelitian sebelumnya (6,8) dan ...", "(3-5)"; an item holds one number), or the
    name before it is its entry's first author ("Roesli (10) menambahkan", "Sari dkk. (4)"), or, alone in its
    sentence and after no name but a place's, a study's finding follows it ("Penelitian sebelumnya (3) menemukan")."""
    if len(numbers) > 1:
        return numbers == sorted(set(numbers)) and all(n in entries for n in numbers)
    name = _NAMES_BEFORE_MARK.search(scan, max(0, m.start() - 80), m.start())
    ref = entries.get(numbers[0]) if numbers else None
    if ref is None:
        return False
    if name and ref.authors and author_matches(name.group("name"), ref.authors[0]):
        return True
    if name and not _PLACE_BEFORE.search(scan, max(0, name.start() - 12), name.start()):
        return False  # "Santoso (2) menyatakan" with entry 2 another's; "di Ethiopia (4)" names a place, not him
    # "Penelitian sebelumnya (3) menemukan ...", "Studi di Ethiopia (4) juga menemukan ...": a study's finding after a
    # lone number no name stands before, the only one of its sentence (an enumeration's items share theirs)
    if not _FINDS_AFTER.match(scan, m.end()):
        return False  # "Model regresi (2) menunjukkan ...": an equation's or a table's number shows, a study finds
    opens = max(scan.rfind(". ", 0, m.start()), scan.rfind("\n", 0, m.start())) + 1
    closes = min((i for i in (scan.find(". ", m.end()), scan.find("\n", m.end())) if i >= 0), default=len(scan))
    return len(_LONE_NUMBER.findall(scan, opens, closes)) == 1


# ---------------------------------------------------------------- citation keys: [@santoso2019, hlm. 12] (pandoc)

# A key as pandoc writes it: "@santoso2019", "@Santoso2019motivasi", "@santoso_motivasi_2019", "@{van Dijk 2010}";
# a shortcode's or a Liquid tag's key reaches here as one (the Markdown reader writes them so)
_KEY = r"(?:\{[^{}\n]{1,80}\}|[A-Za-z0-9_][\w:.#$%&+?<>~/\-]*[\w}])"
_KEY_GROUP = re.compile(r"\[(?P<body>[^\[\]\n]{0,300}?-?@[^\[\]\n]{1,300}?)\]")
_KEY_ITEM = re.compile(rf"-?@(?P<key>{_KEY})(?P<locator>[^;@]*)")
# "@santoso2019 menyatakan ..." or "@santoso2019 [hlm. 12] menyatakan ...": the key in running text, not an address
_KEY_IN_TEXT = re.compile(rf"(?<![\w.@\[/-])@(?P<key>{_KEY})(?:[ \t]*\[(?P<locator>[^\[\]@\n]{{1,40}})\])?")
_KEY_YEAR = re.compile(rf"(?<!\d)(?P<year>{YEAR_DIGITS}(?:[a-z](?![a-z]))?)(?!\d)")
# a surname's capital inside it kept whole ("McWhirter1965", "MacKay2003", "LeCun2015", "DeVries2010", "DiMaggio1983"):
# a key's capitals otherwise part two surnames run together ("CremersRadzemski2013" is Cremers's)
_KEY_NAME = re.compile(r"^(?P<particle>(?:van|von|de|der|den|al|el)(?:[ _\-]|(?=[A-Z])))?"
                       r"(?P<name>(?:Mc|Mac|Le|La|De|Di|Du)[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|[A-Za-z][a-z]+)")
_LOCATOR_PAGES = re.compile(r"\d+(?:\s*[-–]\s*\d+)?")


def key_work(text: str, key: str) -> tuple[list[str], str] | None:
    """The authors and year a pandoc citation key names ("santoso2019" -> (["Santoso"], "2019")), the text's own list
    first."""
    return _key_work(text, key)


def _key_work(text: str, key: str) -> tuple[list[str], str] | None:
    """The authors and year a key names: the entry of the text's own list whose first author and year it holds,
    else the surname and year it is made of ("santoso2019" -> Santoso, 2019); None when it holds no year and the
    list says nothing."""
    key = key.strip("{}")
    name = _KEY_NAME.match(key)
    if name is None:
        return None
    surname_ = (f"{name.group('particle').strip(' _-')} " if name.group("particle") else "") + name.group("name")
    year = _KEY_YEAR.search(key)
    listed = [(authors, y) for authors, y in _listed_works(text) if authors
              and (year is None or y == year.group("year")) and author_matches(surname_, authors[0])]
    if listed and (year is not None or len(listed) == 1):
        return list(listed[0][0]), listed[0][1]
    if year is None:
        return None
    if surname_.upper() in _BODIES:
        return [surname_.upper()], year.group("year")  # "@who2018": the WHO
    return [surname_ if not surname_.islower() else surname_.title()], year.group("year")


def _citation_keys(text: str, scan: str, start: int, end: int) -> list[Citation]:
    """Pandoc's citations, "[@santoso2019]", "[lihat @santoso2019, hlm. 12; @wijaya2020]", "@santoso2019
    menyatakan ...": each key cites the work it names."""
    out = []
    taken: list[tuple[int, int]] = []
    for group in _KEY_GROUP.finditer(scan, start, end):
        taken.append(group.span())
        for item in _KEY_ITEM.finditer(group.group("body")):
            out += _key_citation(text, item.group("key"), item.group("locator"), group)
    pandoc = bool(taken) or _cites_by_key_groups(scan)  # a handle ("@kampus2019 di Twitter") in other texts
    for m in _KEY_IN_TEXT.finditer(scan, start, end):
        if not any(a <= m.start() < b for a, b in taken) and (pandoc or _key_work_listed(text, m.group("key"))):
            out += _key_citation(text, m.group("key"), m.group("locator") or "", m)
    return out


@lru_cache(maxsize=4)
def _cites_by_key_groups(scan: str) -> bool:
    """The text cites with pandoc's bracketed keys somewhere ("[@santoso2019]"): asked once per text, not once per
    passage (the search runs over the whole text)."""
    return _KEY_GROUP.search(scan) is not None


def _key_work_listed(text: str, key: str) -> bool:
    work = _key_work(text, key)
    return work is not None and is_listed(text, work[0], work[1])


def _key_citation(text: str, key: str, locator: str, m) -> list[Citation]:
    work = _key_work(text, key)
    if work is None:
        return []
    names, year = work
    pages = _LOCATOR_PAGES.search(locator)
    return [_make(short_names(names), names, year, pages.group() if pages else None, m, None)]


# ---------------------------------------------------------------- a whole entry on a source line

# "Sumber: Santoso, B. (2019). Motivasi Kerja. Jakarta: Kencana." under a table or figure: the work it names in full
_SOURCE_ENTRY = re.compile(r"^[ \t]*(?i:sumber|source)[ \t]*:[ \t]*(?P<entry>\S[^\n]{18,400})$", re.M)


def _source_entries(text: str, start: int, end: int) -> list[Citation]:
    """A source line giving its work as a reference-list entry cites that work; read as an entry it cited nothing."""
    out = []
    for m in _SOURCE_ENTRY.finditer(text, max(0, text.rfind("\n", 0, start) + 1), end):
        entry = m.group("entry").rstrip()
        if m.start("entry") < start or not looks_like_entry(entry):
            continue
        ref = parse_reference(entry)
        if ref is None or not ref.year or not ref.authors:
            continue
        names = [a for a in ref.authors if a]
        out.append(_make(short_names(names), names, ref.year, None, _Span((m.start("entry"), m.end())), None))
    return out


# ---------------------------------------------------------------- the Citation

# An edition after a dictionary's or a body's acronym: "KBBI V", "KBBI Edisi Kelima" ("KBBI Daring" is another work)
_EDITION_AFTER = re.compile(r"(?<=[A-Z]{2})\s+(?:Edisi\s+\w+|Ed\.\s*\d+|[IVX]{1,4})$")


def _make(authors_text: str, names: list[str], year: str, pages: str | None, m: re.Match, via: str | None) -> Citation:
    year = _year_as_cited(year)
    pages = re.sub(r"\s*[-–—‒‐−]\s*", "-", pages) if pages else None
    if len(names) == 1 and _EDITION_AFTER.search(names[0]):
        names = [_EDITION_AFTER.sub("", names[0])]  # "KBBI V", "KBBI Edisi Kelima": the dictionary, not its edition
        authors_text = _EDITION_AFTER.sub("", authors_text)
    authors_text = clean_authors_text(authors_text)
    written = next((" ".join(c.group().split()) for c in _CALENDAR_AS_WRITTEN.finditer(m.group())
                    if year[:1].isdigit() and year[:4] in c.group()), year) \
        if isinstance(m, re.Match) else year  # "1409 H", "1388 H/1968 M" (a _Span has no text)
    inner = f"{written}: {pages}" if pages else written
    label = f"{authors_text} ({inner})" if authors_text else f"({inner})"
    if via and authors_text:
        label = f"{_via_short(via)}, dalam {label}"
    authors = tuple(surname(n) for n in names if not is_etal(n))
    return Citation(label, authors, authors_text, year, pages, m.start(), m.end(), via)


def _via_short(via: str) -> str:
    """ "George R. Terry" -> "Terry"; groups and names with a year stay as written."""
    if "(" in via or " dan " in via or "&" in via or "dkk" in via:
        return via
    return via.split()[-1]
