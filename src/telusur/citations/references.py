"""Reference-list entries ("Daftar Pustaka"): finding them and reading each into authors, year, title, container,
publisher, pages, URL and DOI, as written. APA, Harvard and the Indonesian "Nama, X. 2006. Judul." forms.

No maintained Python library parses free-text references offline (see BENCHMARKS.md, "Citations"): this is ours."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..documents import furniture
from ..documents.model import (DEGREE_FIELDS, DEGREES_RUN_TOGETHER, HONORIFICS, LAW_OPENING, MONTH, MONTH_SHORT, YEAR,
                               YEAR_CENTURY, YEAR_DIGITS)
from ..acronyms import initialled, spells
from ..indonesian import LANGUAGES, NAME_LINKS
from .model import Reference
from .names import ARABIC_ARTICLE, FUNCTION_WORDS, TRANSLATOR_WORD, LEADING_PARTICLES, PUBLISHER_WORD, PUBLISHING_PLACES, SCHOOL_OPENING, WEBSITE, \
    is_organisation, is_publisher

_NO_DATE = (r"n\.\s?d\.?|t\.\s?t\.?|tanpa\s+(?:tahun|tanggal)|t\.\s?th\.?|s\.a\.|in\s+press|forthcoming|dalam\s+proses|"
            r"sedang\s+dicetak|akan\s+terbit")
# "(2001)", "(2019, May)", "(2025, 25 Februari)", "(n.d.)", "(t.t.)"
# a month written whole or short ("(2 Feb 2024)", "(25 Jan. 2023)"), as a page's or a newspaper's day is dated
_MONTH_NAMED = rf"(?:{MONTH}|{MONTH_SHORT}\b\.?)"
_MONTH_FIRST = rf"(?:\s*(?:\d{{1,2}}\s+)?{_MONTH_NAMED}\s*,?)?"  # "(Mei 2019)", a newspaper's day too: "(12 Mei 2019)"
_PAREN_YEAR = re.compile(rf"\({_MONTH_FIRST}\s*(?P<year>{YEAR}|{_NO_DATE})(?P<more>[^()]{{0,30}})\)", re.I)  # "(Februari 2019)"
# "Syamsuni,H. 2006. Ilmu Resep." / "Arsyad A. (2011)": a year standing after the authors
_BARE_YEAR = re.compile(rf"(?:^|[.,]\s*|\s)(?P<year>{YEAR}(?:/{YEAR})?)\s*[.,]{{1,2}}\s", re.I)  # "Toffler, Alvin, 1980., The", "2010/2011."
# ... with no stop after it, after the authors' closing one: "Santoso, Budi. 2019 Motivasi Belajar. Jakarta: Kencana."
_BARE_YEAR_NO_STOP = re.compile(rf"(?<=[A-Za-z]\.)\s+(?P<year>{YEAR})\s+(?=[A-Z“\"‘])")
# "Depdiknas. t.t. Panduan ...", "Nursalam, n.d. Proses ...": no date, where the year would stand
_BARE_NO_DATE = re.compile(rf"(?:[.,]\s*|\s)(?P<year>{_NO_DATE})\s*[.,]?\s", re.I)
# "1. ", "2)", "[3]", "•", and as text layers glue them: "1.Arikunto", "2 . Baker", "[3]Embretson"
_MARKER = re.compile(r"^\s*(?:(?:\d{1,3}\s?[.)]|\[\d{1,3}\]\.?|[a-z][.)])\s*(?=[A-Z“\"‘'_*]|"
                     r"[a-z][\w\-]*(?:\.[a-z][\w\-]*)*\.(?:com|co|id|org|net|go|info|news|tv|io)\b)|[-*•·]\s+)"  # "[1].", "a." too
                     # ... or the key a list cites its entry by, in brackets before it, its first word the entry's
                     # own ("[Santoso, 2019] Santoso, B. (2019). ...", "[Python Software Foundation] Python Software
                     # Foundation. ..."), as a LaTeX list labels its items; a bullet may stand before it
                     r"|" + (_KEYED_OPENING := r"^\s*(?:[-*•·]\s+)?\[(?P<key>[A-Z][\w'’\-]*)(?:[\s,]+[^\[\]\n]{1,40})?\]"
                                               r"\s*(?=(?P=key)\b)"))
_KEYED = re.compile(_KEYED_OPENING)  # a line so opening is an entry of its own, dated or not
# "(Eds.)", "(Peny.)" after the names, or Chicago's ", eds." closing them ("Poesponegoro, Marwati, dan Nugroho, eds. 2010.")
# (not a given name "Ed": "Sheeran, Ed. 2019." - Chicago writes the mark in small letters)
_EDITOR_MARK = r"(?:eds|editors?|peny|(?-i:ed))"
_EDITORS = re.compile(rf"\(\s*(?:eds?|editors?|peny|penyunting)\.?\s*\)\.?|,\s*{_EDITOR_MARK}\.?\s*$", re.I)
_EDITORS_BEFORE_YEAR = re.compile(rf",\s*{_EDITOR_MARK}\.(?=\s*\(?(?:1[5-9]|20)\d\d\b)", re.I)
# An address: "https://...", "www....", and a file's or a server's ("file:///C:/Users/.../artikel.pdf", "ftp://...")
# as a reference manager copies one into an entry
_URL = re.compile(r"(?:[a-z][a-z0-9+.\-]{1,9}://|www\.)\S+", re.I)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)")
_RESIDUE = re.compile(r":?contentReference\[[^\]]*\]\{[^}]*\}")
# Capitals beyond ASCII, as names carry them ("Öztürkoğlu, Ö.", "Łukasz", "Çelik, Ş."): Latin-1 and Latin Extended-A/B
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_INITIALS = re.compile(rf"^(?:[{_UPPER}][a-z]?\.?\s*-?\s*){{1,4}}$")
# ... its pages after the issue with no comma too: "Jurnal Hukum, 5(2) 12-20."
# (a page range's dash as texts set it: "-", "–", and the hyphens U+2010-U+2012 a word processor or a PDF writes,
# "310‐322", in every page rule here)
_JOURNAL = re.compile(r"^(?P<journal>[^()]+?),\s*(?P<volume>\d+)\s*(?:\((?P<issue>[^)]+)\))?"
                      r"(?:\s*,\s*(?:pp?\.\s*|(?:Article|Artikel)\s+)?(?P<pages>[\dA-Za-z]+(?:\s*[-–‐‑‒]\s*\d+)?)"
                      r"|(?<=\))\s+(?P<spaced>\d+\s*[-–‐‑‒]\s*\d+))?\s*\.?$")  # APA 7's "Article 1475132" in the pages' place
_JOURNAL_PAGES = re.compile(r"^(?P<journal>[^()]+?),\s*(?:pp?\.\s*)?(?P<pages>\d+\s*[-–‐‑‒]\s*\d+)\s*\.?$")
# ... as Indonesian journals write them: "Jurnal Ekonomi. 3 (2): 75-84", "Jurnal Ekonomi 3(2): 75-84", "Jurnal Ekonomi,
# Vol. 3, No. 2, hlm. 75-84": a volume, then an issue or pages; not a gazette's "Tahun 1999 Nomor 42", nor a book's
# volume before its publication facts ("Tafsir Al-Mishbah. Volume 2 (Jakarta: Lentera Hati)": a colon says where)
_JOURNAL_WRITTEN = re.compile(r"^(?P<journal>[^():]+?)(?<!\bTahun)(?<!\bYear)[.,]?\s+(?:Vol(?:ume)?\.?\s*)?(?P<volume>\d+)"
                              r"(?:\s+(?:Sisipan|Suplemen|Suppl?\.?|Supplement)\s*\d*)?\s*,?\s*"  # "Floribunda. 1 Sisipan 3:22–24"
                              r"(?:\((?P<issue>[^():]+)\)|(?:No|Nomor)\.?\s*(?P<number>\d+))?"
                              r"(?:\s*[:,]\s*(?:pp?\.|hlm\.?|hal\.?)?\s*(?P<pages>\d+\s*[-–‐‑‒]\s*\d+"
                              r"(?:\s*,\s*\d+\s*[-–‐‑‒]\s*\d+)*)|\s*:\s*(?P<page>\d+))?"
                              r"(?:[,.]?\s*IS[SB]N\b.*)?\s*\.?$", re.I)
# (the pages in parts, an article cut by others: "Sci Am. 245:158–164, 166–168"; one page after the colon, as CSE writes
# a one-page item: "Science. 353(6305):1187")
# ... or proceedings named with no "Dalam" before them: "Prosiding Seminar Nasional Pendidikan, 12-20. Malang: UM Press."
_IN_BOOK = re.compile(r"^(?:(?:di\s+dalam|in|dalam)\s*:?\s+|(?=(?:prosiding|proceedings?)\b))"
                      r"(?:(?P<editors>[^()]+?)\s*\(\s*(?:eds?|editors?|peny|penyunting)\.?\s*\)\s*,?\s*"
                      r"|(?P<listed>[^.()]{2,200}?),\s*(?:editors?|eds?|penyunting|peny)\.\s+)?"  # CSE: "Di dalam: Ali A, editor."
                      r"(?P<book>.+?)(?:\s*\(\s*(?:pp?\.|hlm\.?)\s*(?P<pages>[\d\s\-–]+)\))?(?<!\b[A-Z])\s*\.\s+(?P<rest>.*)$",
                      re.I)
# "Jakarta: Rajawali Pers"; a place with its country's code as IPB's style writes it, "Bogor (ID): IPB Press"
_PUBLISHER = re.compile(r"^(?:(?P<place>[^:.()]{2,40}?(?:,?\s+[A-Z][a-z]{1,4}\.)?)(?:\s*\([A-Z]{2,3}\))?:\s*)?"
                        r"(?P<publisher>[^:]+?)\.?$")  # a state abbreviated after the city: "Cambridge, Mass.: MIT Press"
# The publication's facts in a parenthesis after a note: "terj. Tim Gandum Mas (Malang: Gandum Mas"
_FACTS_OPENED = re.compile(r"\((?P<facts>[^()]*:[^()]*)\)?$")
_RETRIEVED = re.compile(r"\b(?:retrieved|accessed|diakses|diunduh|diambil)\b", re.I)
# Where a page is read, said before its address: "Tersedia:", "Available at:", "(Online)", "Web:"
_ONLINE_MARK = r"[\[(]\s*(?:online|daring)\s*[\])]"  # "(Online)", "[Online]", "[Daring]"
_READ_ONLINE_MARK = r"\[\s*(?:internet|online|daring)\s*\]"  # a title's "[Internet]" (Vancouver), "[Online]", "[Daring]"
_ONLINE = re.compile(rf"{_ONLINE_MARK}|\b(?:tersedia|available)(?:\s+(?:di|pada|dari|at|from|online))?\s*:?|"
                     r"\b(?:web|online|url|link)\s*:", re.I)
# The day a page was read, in parentheses after its address: "(12 Mei 2019)", "(May 12, 2019)"
_READ_ON = re.compile(rf"\(\s*(?:\d{{1,2}}\s+)?{MONTH}\s+(?:\d{{1,2}},?\s+)?{YEAR}\s*\)", re.I)
# The words a note on a book's edition or printing opens with
_PRINTING_WORDS = r"cet|cetak|cetakan|edisi|ed|reprint|reprinted|printing"
# A note on the printing after the publisher or after the year: "(cetak ulang 2016)", "(cetakan ke-3)", "(edisi revisi)",
# "(Original work published 1954)"
_PRINTING_NOTE = re.compile(rf"\s*\((?=[^()]*\b(?:{_PRINTING_WORDS}|revisi|original|asli)\b)[^()]*\)\s*\.?\s*$", re.I)
# ... or written after the publisher's stop: "Jakarta: Rineka Cipta. Cetakan ke-15.", "Harlow: Pearson. 2nd edition."
_NOTE_AFTER_PUBLISHER = re.compile(rf"\.\s+(?:{_PRINTING_WORDS}|\d+(?:st|nd|rd|th))\b[^:]*$", re.I)
# ... or a part of its own between the title and the publisher: "Edisi Revisi", "Second Edition", "Jilid II"
# ... or a book's part by its number: "Buku Kedua", "Bagian 1", "Book II" ("Penerbit Buku Kompas" is a publisher)
_EDITION_PART = re.compile(rf"\b(?:{_PRINTING_WORDS}|revisi|revised|edition|jilid|volume|vol)\b|\b(?:buku|bagian|seri|book|part)\s+"
                           r"(?:ke-\s*\w+|\d+|[IVX]+|pertama|kedua|ketiga|keempat|kelima|satu|dua|tiga|one|two|three|"
                           r"first|second|third)\b", re.I)
# A full stop that ends a title: not after an initial ("A. M. Rose") or a short abbreviation ("Dr.", "Jl."); "R&D." ends one
_NO_INITIAL_BEFORE = r"(?<![^\w&][A-Z])(?<!^[A-Z])(?<!\b[A-Z][a-z])(?<!\bPT)(?<!\bCV)"  # "PT. Citra Aditya Bakti" too
_NO_INITIAL_BEFORE += r"(?!(?<=\bc)\.\s?\d|(?<=\bca)\.\s?\d)"  # nor circa before a year: "since c. 1200", "ca. 1800"
_TITLE_END = re.compile(rf"{_NO_INITIAL_BEFORE}[.?!](?:\s+|$|(?=[A-Z][a-z]{{2,}}\b))")  # "Penelitian.Jakarta:"
# A publisher's place and name after a note of its own on the edition, printing or translation: "Edisi Revisi. Jakarta:
# Kencana" ("St. Louis: Mosby" is one place; "ISBN: 978-..." is none)
_FACTS_AFTER_NOTE = re.compile(rf"{_NO_INITIAL_BEFORE}\.\s+(?P<facts>(?!IS[BS]N)[A-Z][^.:]{{1,39}}:[^:.]*[A-Za-z][^:.]*?)\.?$")
_ALL_CAPS = re.compile(r"^[A-Z][A-Z0-9\-]+\.?$")


_YEARISH = re.compile(rf"(?<!\d)[12][0-9OolI]{{3}}(?!\d)|{_NO_DATE}", re.I)


@lru_cache(maxsize=8192)
def looks_like_entry(line: str) -> bool:
    """A line shaped like a reference-list entry: "Perse, E. M., & Lambe, J. (2001). Media ...",
    "Delphie, Bandi (2006). Pembelajaran ...", "Syamsuni,H. 2006. Ilmu Resep.", "The Liang Gie. (1991). ..."."""
    if len(line) < 20 or not (_YEARISH.search(line) or (_SPLIT_CANDIDATE.search(line) and _SPLIT_YEAR.search(line))):
        return False  # every entry shape below needs a year or a "no date"
    line = _spaced_year(_MARKER.sub("", _commas(line).replace("*", "").replace("_", " ")).strip())
    line = _LEADING_PARTICLE.sub(lambda p: p.group().capitalize(), line)  # "van der Meer, J.", "al-Attas, S."
    line = _EDITORS_BEFORE_YEAR.sub(".", line)  # "Poesponegoro, Marwati, dan Nugroho, eds. 2010.": names, then the year
    line = _INVENTORS_HOLDER.sub(".", line)  # "Ramli W, Sari J, penemu; Institut X. 2025 Mar 10.": the inventors
    if len(line) < 20:
        return False
    if _chicago(line) or _mla(line):
        return True
    if ("://" in line or "www." in line) and (_undated_page(line) or _titled_page(line)):
        return True  # "amazon.com. “What is a data lake?” Diakses pada tanggal 13 Desember 2022, dari https://...":
        # a page with no date of its own, by the site it is on; "Judul Halaman. Alodokter. Diakses: 25 Januari 2021.
        # https://...": by its title
    m = _PAREN_YEAR.search(line, 0, 260)
    if m and ((_DATED.match(line, m.start()) and _BARE_YEAR.search(line, 0, m.start())) or _years_in_title(line, m)):
        m = None  # "Santoso, Budi. 2019. Judul. (12 Mei 2019).": a day read after the entry's year
    if m:
        before, after = line[:m.start()].strip(), line[m.end():].lstrip()
        if not before or _prose_after_year(after) or _leads_its_paragraph(before, after) \
                or _TABLE_CELLS_AFTER.match(line, m.end()):
            return False  # "Yu et al. (2023)<TAB>MovePose: ...<TAB>Optimasi ...": a table's row, its author column first
        if _CITING_OPENING.match(before):
            return False  # "Menurut Erinofiardi (2012:261), “Suatu sistem ...”": a sentence citing a work
        if _SINGLE_NAME.fullmatch(before) and _TITLE_AFTER.match(after):
            return True  # "Hafizurrachman (2009), Kepuasan Pasien ..."
        if before.endswith(".") and (_NAMES_ONLY.match(before) or WEBSITE.fullmatch(before.rstrip(". "))):
            return True  # "Robbins Stephen P & Timothy A Judge. (2009) Perilaku ...", "detik.com. (2022). Judul"
        if WEBSITE.fullmatch(before) and after[:1] in (".", ","):
            return True  # "Katadata.co.id (2025). “Judul.”": the site as its author, its year after it
        return _author_part(before) and (after[:1] in (".", ",") or _APA_AUTHORS.match(before.replace(";", ",")) is not None)
    m = _BARE_YEAR.search(line, 0, 200) or _BARE_NO_DATE.search(line, 0, 120) or _BARE_YEAR_NO_STOP.search(line, 0, 120)
    if m and _author_date(line, m):
        return True
    head = line[:m.start() + 1].strip() if m else ""
    if head.endswith((".", ",")) and (_NAMES_ONLY.match(head) or WEBSITE.fullmatch(head.rstrip(".,"))) \
            and not _CITING_OPENING.match(head) \
            and (line[m.end():].lstrip()[:1].isupper() or line[m.end():].lstrip()[:1] in "“\"‘'"):
        return True  # "Mulyadi. 2001. Sistem Akuntansi.", "Departemen Kesehatan RI. 2008.", "Potter & Perry, 2005, ..."
    if head.endswith(".") and _body_then_title(head, line[m.end():]) and line[m.end():].lstrip()[:1].isupper():
        return True  # "World Health Organization. Stunting in a nutshell [Internet]. 2015. Available from: ..."
    if numbered_style(line):
        return True
    last = _person_year_last(line)
    # "Purwanto, N., Psikologi Pendidikan, Remaja Rosdakarya, Bandung, 2007.": initials after the surname, no colon
    initials = last is not None and last.group("given") and _INITIALS.match(last.group("given").strip())
    # MLA: "Santoso, Budi. Pendidikan Karakter. Kencana, 2019.": a given name, a title, then "Publisher, Year"
    mla = last is not None and last.group("given") and len(last.group("given").split()) == 1 \
        and (". " in last.group("rest") or last.group("rest")[:1] in "\"“") and re.search(rf",\s*(?:\d{{1,2}}\s+{MONTH}\s+)?{YEAR}\s*\.?$", line)
    if last is None and (body := _body_year_last(line)):
        # "Institute of Electrical and Electronics Engineers, IEEE Standard .... New York: IEEE, 1990.", a quoted title
        return (":" in body.group("rest") or body.group("rest")[:1] in "\"“") and not _CITING_OPENING.match(line)
    # "Marzuki, Peter Mahmud, Penelitian Hukum, Kencana, Jakarta, 2010.": no colon, the publisher and place by commas
    published = last is not None and _title_run_on(last.group("rest")) is not None
    return bool(last) and (":" in last.group("rest") or bool(initials) or bool(mla) or published) \
        and not _CITING_OPENING.match(line)


_YEARS_RANGE_MORE = re.compile(r"\s*[-–‐‑‒]\s*(?:1[5-9]|20)\d\d\s*")  # "(1945-1949)": what follows the first year


def _years_in_title(text: str, m: re.Match) -> bool:
    """A range of years in parentheses after the entry's own year, which follows its authors ("Pusat Sejarah TNI. 2000.
    Sejarah TNI Jilid 1 (1945-1949). Jakarta: ..."): the years the title covers, not the entry's."""
    if not _YEARS_RANGE_MORE.fullmatch(m.group("more")):
        return False
    bare = _BARE_YEAR.search(text, 0, m.start())
    if bare is None:
        return False
    head = text[:bare.start() + 1].strip()
    return bool(head) and (_author_date(text, bare) is not None or _NAMES_ONLY.match(head) is not None) \
        and not _CITING_OPENING.match(head)


def _prose_after_year(after: str) -> bool:
    """What follows a year's parenthesis goes on as a sentence ("(2007) menyatakan bahwa ..."), not as an entry's
    next part (a stop, a comma, a title's capital or quotation mark)."""
    return after[:1] not in (".", ",", "") and not (after[:1].isupper() or after[:1] in "‘“\"'")


# A paragraph led by the work it tells of: "Álvarez et al. (2018). Penelitian ini melakukan uji lapangan ... . Hujan dan
# bangunan juga ...": a surname with "et al."/"dkk." or two surnames joined by "dan"/"&"/"and", no initials, as running
# text cites a work; then, after the stop, sentences going on far longer than an entry's title and journal do
_LEAD_AUTHORS = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s+(?:et\.?\s*al\.?|dkk\.?)|\s+(?:dan|and|&)\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+)$")
_SENTENCE_STOP = re.compile(r"(?<=[a-z0-9)%])[.!?](?=\s+[A-Z])")


# The year's parenthesis closing a table's cell, as a row of tab-separated cells (a DOCX table turned into text) has it:
# a tab right after it, and more cells after that; an entry goes on after its year with a stop, a comma or a title
_TABLE_CELLS_AFTER = re.compile(r"[ ]*\t[^\t\n]+\t")


def _leads_its_paragraph(before: str, after: str) -> bool:
    """The year closes a citation opening a paragraph of its own sentences, no entry: "Sciullo et al. (2020). LOCATE
    adalah sistem ... . Protokol ... . Jangkauan ..."; an entry with no initials ("Nugraha dan Allaami (2025)
    ‘Judul’, *Jurnal*, 1(1), hlm. 49–54.", "Santoso dkk. (2019). Judul. Jurnal, 3(2), 1-9.") stays one."""
    head = before.replace("*", "").replace("_", " ").strip()
    if not _LEAD_AUTHORS.match(head) or not after.startswith("."):
        return False
    rest = after[1:].rstrip()
    sentences = len(_SENTENCE_STOP.findall(rest)) + rest.endswith((".", "!", "?"))
    return len(rest.split()) >= 40 and sentences >= 2


def _cites_in_prose(text: str) -> bool:
    """A sentence citing a work by its author and year ("Cumming dan Worley (2007) menyatakan bahwa ..."), as a
    style guide's example of a citation or a note between a list's parts has it: names alone, a year in
    parentheses, then the sentence going on in small letters. A list's entry closes its year (". ", ",", "):" after
    a journal's volume) or runs on into a title."""
    m = _PAREN_YEAR.search(text, 0, 260)
    if m is None:
        return False
    before, after = text[:m.start()].strip(), text[m.end():].lstrip()
    return bool(before) and not before.endswith((".", ",")) and _NAMES_ONLY.match(before) is not None \
        and after[:1].isalpha() and after[:1].islower()


def _author_date(text: str, m: re.Match | None = None) -> re.Match | None:
    """The bare year after the authors of an author-date entry ("Santoso, B. 2015. Judul", "Hartono, 2019, Judul",
    IPB's "Santoso B. 2015. Judul"):
    the year match `m` (by default the first bare year) when the authors alone, closed by a stop or comma, stand before
    it and no citing word opens them ("Menurut Hartono, 2019, Koperasi ...": a sentence citing)."""
    m = m or _BARE_YEAR.search(text, 0, 200)
    if m is None:
        return None
    head = text[:m.start() + 1].strip()
    if _WORD_STOP.search(head):
        return None  # "Kartodirdjo, Sartono. Pemberontakan Petani Banten 1888. ...": a word's stop ends the names, a
        # title's year follows (a given name is whole words or initials, and only the last word's stop closes them)
    # "Rahayu S.", IPB's; IPB's first five then "et al." ("Pezzino V, Berbary C, ..., Moriuchi E, et al. 2026.")
    persons = _APA_AUTHORS.match(head) or _INITIALS_AFTER_EACH.fullmatch(_ET_AL_LAST.sub("", head.rstrip(".")))
    return m if persons is not None and not _CITING_OPENING.match(head) else None


# Chicago's bibliography, an article: "Santoso, Budi. “Judul Artikel.” Jurnal Pendidikan 5, no. 2 (2019): 10–20."
_CHICAGO_ARTICLE = re.compile(rf"^(?P<head>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?,\s+[A-Z][\w.'’\- ]{{0,40}}?"
                              rf"(?:,\s+[A-Z][\w.'’\- ]{{0,40}}?){{0,3}}"  # co-authors before the last: "X, Y, & Z."
                              rf"(?:,?\s+(?:dan|and|&)\s+[A-Z][\w.'’\- ]{{0,40}}?|,?\s+et\.?\s*al)?)\.\s+"  # "X, Y, et al."
                              rf"[“\"](?P<title>[^”\"]{{3,}}?)[.,]?[”\"]\.?\s+(?P<container>[^()]{{3,120}}?)\s\("
                              rf"\s*(?:[A-Z][a-z]+\.?\s+)?(?P<year>{YEAR})\s*\)\s*"
                              # its pages; or none, the year closing the entry but for where it was read: "Journal 56
                              # (2015): 80-86.", "arXiv preprint arXiv:2004.00584 (2020). https://...", "Github (2021).
                              # Diakses pada ..."
                              rf"(?::\s*(?P<pages>\d+(?:\s*[-–‐‑‒]\s*\d+)?)|(?=\.?\s*(?:$|(?i:https?://|www\.|doi\b|"
                              rf"diakses|accessed|retrieved|available|tersedia))))")
# A whole date in parentheses, "(12 Mei 2019)": a newspaper's day after its authors, else the day a page was read
_DATED = re.compile(rf"\(\s*\d{{1,2}}\s+{_MONTH_NAMED}\s+{YEAR}\s*\)", re.I)
# The date a web page was read, not the year it was published: "(http://..., diakses 5 Mei 2020)"
_YEAR_AT_END = re.compile(rf",\s*(?P<year>{YEAR})\s*\.?$")  # "..., Malang: UMM Press, 2020."
_ACCESSED_BEFORE = re.compile(r"\b(?:diakses|diunduh|diambil|akses|accessed|retrieved|downloaded)\b[^()]{0,60}$", re.I)


# MLA's article or page: "Santoso, Budi. “Judul.” Jurnal Pendidikan, vol. 5, no. 2, 2019, pp. 10-20.", "Santoso, Budi, et
# al. ...", "Santoso, Budi. “Judul.” Tani Online, 5 Mar. 2020, tani.example.id/padi."; or chapter: "Sen, Krishna. “Judul.”
# Buku, edited by Laurie J. Sears, Duke UP, 1996, pp. 35-62."
_MLA_ARTICLE = re.compile(rf"^(?P<head>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?,\s+[A-Z][\w.'’\- ]{{0,40}}?"
                          rf"(?:,\s+et\s+al|,?\s+(?:dan|and|&)\s+[A-Z][\w.'’\- ]{{0,40}}?)?)\.\s+"
                          rf"[“\"](?P<title>[^”\"]{{3,}}?)[.,]?[”\"]\s+(?P<container>[^,“”\"]{{3,120}}?),\s*"
                          r"(?:(?i:edited\s+by|disunting\s+oleh)\s+(?P<editors>[^,]{3,80}),\s*(?P<publisher>[^,\d]{2,80}),\s*)?"
                          rf"(?:vol\.\s*(?P<volume>\w+),\s*)?(?:no\.\s*(?P<issue>\w+),\s*)?"
                          rf"(?:(?:\d{{1,2}}\s+)?(?:{MONTH}|{MONTH_SHORT})\.?\s+)?(?P<year>{YEAR})"
                          rf"(?:,\s*pp?\.\s*(?P<pages>\d+(?:\s*[-–‐‑‒]\s*\d+)?))?(?:,\s*(?P<url>[^\s,]+?))?\.?$")


# What Chicago writes after a page's date: the day it was read and its address, in either order ("Detik.com, 10 Oktober
# 2021. Diakses 12 Maret 2022. https://..."), each part opened by a full stop, up to the line's end; an address runs on
# over another glued to it (".www.", ".https://"), read as one (each way of splitting a line of many was tried: ".www."
# 26 times 0.6 s). Read from the line's end, each place a part may open looked at once (_web_tail): one pattern searched
# from every place took time quadratic in the count of glued addresses (4,000 in a line 9.6 s).
_WEB_PART = re.compile(r"(?=\.\s*(?:(?P<read>diakses|accessed|retrieved)\b|(?:(?:tersedia|available)(?:\s+(?:di|dari|"
                       r"pada|at|from|on))?\s*:?\s*)?(?P<address>https?://|www\.)))", re.I)  # "Tersedia di: https://..."
_WEB_GLUED = re.compile(r"\.(?:https?://|www\.)", re.I)  # an address glued to the one before it ends that one nowhere
_WEB_YEAR = re.compile(YEAR_DIGITS)
_WEB_YEAR_LETTER = re.compile(r"[a-z]", re.I)  # "2020a"
_SHORT_MONTH_STOP = re.compile(rf"\b{MONTH_SHORT}\.$")  # "Mar.", "Sept."


def _web_tail(text: str) -> int | None:
    """Where the tail of a web page's entry opens: the first full stop from which the rest of the line is parts of it
    (the day read, up to its year within 40 characters and no full stop: "Diakses 12 Maret 2022"; an address, to any
    place in its run of non-spaces where no glued address follows) and at most a full stop and spaces after them."""
    from bisect import bisect_right

    opens = [(m.start(), m.end("read"), m.end("address")) for m in _WEB_PART.finditer(text)]
    if not opens:
        return None
    rest = len(text.rstrip())  # the line's end: from `rest` on, or from its full stop before, nothing else stands
    ends_there = lambda e: e >= rest or (e == rest - 1 and text[e] == ".")  # noqa: E731
    runs = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    starts = [s for s, _ in runs]
    good: set[int] = set()
    address_ends: list[int] = []  # -e of each good opening no glued address stands at, ascending
    for start, read, address in reversed(opens):
        ok = False
        if read >= 0:  # the day read: up to 40 characters, no full stop among them, then a year
            for at in range(read, min(read + 40, len(text)) + 1):
                if at > read and text[at - 1] == "." and not _SHORT_MONTH_STOP.search(text, max(read, at - 6), at):
                    break  # "Accessed 10 Mar. 2022": a month's stop is no part's end
                if _WEB_YEAR.match(text, at):
                    ends = (at + 4, at + 5) if _WEB_YEAR_LETTER.match(text, at + 4) else (at + 4,)
                    if any(ends_there(e) or e in good for e in ends):
                        ok = True
                        break
        elif address >= 0 and (i := bisect_right(starts, address) - 1) >= 0 and runs[i][1] > address:
            low, high = address + 1, runs[i][1]  # an address ends anywhere in its run, one character on at least
            ok = max(low, rest) <= high or (low <= rest - 1 <= high and text[rest - 1] == ".")
            j = bisect_right(address_ends, -low) - 1  # the nearest good opening at or after `low`
            ok = ok or (j >= 0 and -address_ends[j] <= high)
        if ok:
            good.add(start)
            if not _WEB_GLUED.match(text, start):
                address_ends.append(-start)  # openings are read from the last, so it stays ascending
    return min(good) if good else None


# ... its facts before its journal, as some writers reorder MLA: "Santoso, Budi, Ani Wijaya & Citra Dewi. “Judul”,
# vol. 8, no. 1, 2023, p. 196-208. Jurnal Pendidikan, diakses pada 7 Juli 2024." (the journal's name may hold a comma:
# "Journal of Education, Health and Sport")
_MLA_FACTS_FIRST = re.compile(rf"^(?P<head>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?,\s+[A-Z][\w.'’\- ]{{0,40}}?"
                              rf"(?:,\s+[A-Z][\w.'’\- ]{{0,40}}?){{0,4}}"
                              rf"(?:,\s+et\s+al|,?\s+(?:dan|and|&)\s+[A-Z][\w.'’\- ]{{0,40}}?)?)\.\s+"
                              rf"[“\"](?P<title>[^”\"]{{3,}}?)[.,]?[”\"][.,]?\s+"
                              rf"(?:vol\.\s*(?P<volume>\w+),\s*)?(?:no\.\s*(?P<issue>\w+),\s*)?(?P<year>{YEAR}),\s*"
                              rf"pp?\.\s*(?P<pages>\d+(?:\s*[-–‐‑‒]\s*\d+)?)\.\s+"
                              rf"(?P<container>[A-Z][^“”\"]{{2,120}}?)"
                              rf"(?:[.,]\s*(?i:diakses|accessed|retrieved|tersedia|available)\b.*)?\.?$")


def _mla(text: str) -> re.Match | None:
    """MLA's article or page (_MLA_ARTICLE), not a book whose quoted title a city's place and publisher follow
    ("Santoso, Budi. “Judul Buku.” Jakarta: Kencana, 2019."); Chicago's page, its date before the day it was read and
    its address, is read as MLA's without them (_mla_article takes the address from the entry)."""
    m = _MLA_ARTICLE.match(text) or _MLA_FACTS_FIRST.match(text)
    if m is None and (tail := _web_tail(text)) is not None:
        m = _MLA_ARTICLE.match(text[:tail] + ".") or _MLA_FACTS_FIRST.match(text[:tail] + ".")
    return m if m and not _publishing_place(m.group("container").split(":")[0]) else None


def _mla_article(text: str, m: re.Match, start: int, end: int) -> Reference:
    """An MLA article in a journal (volume, number, pages, its DOI), a chapter in an edited book (its publisher, pages)
    or a page on a site (its address, no volume)."""
    names = _authors(re.sub(r",\s+et\s+al$", "", m.group("head")))
    journal = bool(m.group("volume") or m.group("pages"))
    groups = m.groupdict()
    url = m.groupdict().get("url") or (m.string != text and (found := _URL.search(text, m.end("year"))) and found.group().rstrip("."))
    doi = _DOI.search(url) if url else None  # "https://doi.org/10.1080/...": the DOI, as an APA entry's is read
    return Reference(text=text, authors=tuple(_surname(n) for n in names[:1]) + tuple(_family(n) for n in names[1:]),
                     names=tuple(names), year=m.group("year"), year_text=m.group("year"), title=m.group("title").strip(),
                     kind="chapter" if groups.get("editors") else "article" if journal or not url else "web",
                     publisher=(groups.get("publisher") or "").strip() or None, doi=doi.group(1).rstrip(".,)") if doi else None,
                     container=re.sub(r"^(?:dalam|in)\s+", "", m.group("container").strip(), flags=re.I),
                     volume=m.group("volume"), issue=m.group("issue"), pages=_pages(m.group("pages")),
                     url=None if doi and "doi.org" in url else url or None, start=start, end=end)


# Vancouver: "Sari DK, Wijaya A. Judul artikel. Nama Jurnal. 2019;5(2):10-20.", "Hartono B, Wijaya C. Judul.
# Yogyakarta: Andi; 2008.": surnames with unpunctuated initials, a full stop after the last author
_VANCOUVER_NAME = (rf"(?:(?:{'|'.join(sorted(LEADING_PARTICLES))})\s)*"  # "de Onis M", "van der Meer J"
                   r"[A-Z][\w'’\-]+(?:\s[A-Z][a-z][\w'’\-]+)?\s[A-Z]{1,4}(?:\s(?:Jr|Sr|II|III|IV)\b)?")  # "Casey DE Jr"
# (four initials too, as a reference manager writes a name of four parts: "Warnars HLHS")
# ... any author may have one name and no initials, as Indonesian names are written: "Gunawan SG, Setiabudy R,
# Nafrialdi, editors.", the last "Kurniawan I, Sulaiman. Judul ...", the first "Hardinsyah, Aries M. Judul ..." (before
# an author with initials, so "Arikunto, Suharsimi. 2010." stays an author-year entry). The title ends at its first stop
# followed by a space, as _VANCOUVER_BODY's: the year is looked for once, not once per "?" of a long line (quadratic)
_ONE_NAME = r"[A-Z][a-z][\w'’\-]+"
# ... or a Malay or Arabic name whole, in its own order, its parent's after "bin"/"binti": "Nur Aisyah binti Ahmad"
_PARENT_NAMED = (r"[A-Z][a-z][\w'’\-]+(?:\s[A-Z][a-z][\w'’\-]+)*\s(?:bin|binti)\s"
                 r"[A-Z][a-z][\w'’\-]+(?:\s[A-Z][a-z][\w'’\-]+)?")
# A title that opens with a number is no year after the authors ("2017 ACC/AHA guideline ..."); "2019." or "2019," is
_NUMBER_TITLE = r"(?!\(|\d+[a-z]?[.,;:)](?:\s|$))"
_VANCOUVER = re.compile(rf"^(?P<authors>(?:{_VANCOUVER_NAME}|(?:{_ONE_NAME}|{_PARENT_NAMED})(?=,\s*{_VANCOUVER_NAME}[,.]))"
                        rf"(?:,\s*(?:{_VANCOUVER_NAME}|{_ONE_NAME}(?=[,.])))*"
                        r"(?:,?\s*(?:et al|dkk))?)"
                        r"(?P<editors>,\s*(?:editors?|eds?|penyunting))?"
                        rf"(?:(?P<translating>,\s*(?i:{TRANSLATOR_WORD}))(?<=\.)|\.)\s+"  # "Pendit BU, penerjemah."
                        rf"(?P<title>{_NUMBER_TITLE}[^.]{{3}}(?:[^.?!]|[?!](?!\s))*+[.?!])\s++"
                        rf"(?P<rest>.*?(?<![\d/])(?P<year>{YEAR})(?![\d/]).*)$")


def _vancouver(text: str) -> re.Match | None:
    """A Vancouver entry: two authors or more, or one whose year stands by a semicolon ("; 2008", "2019;5(2)");
    "Laode M. Syarif dan ..., 2014" is a name with an initial inside, not "Laode M." and a title. A first author of
    one name ("Hardinsyah, Aries M. Judul. J Gizi Pangan. 2012;7(2):89-96.") needs that year too: "Benda, Harry J.
    Judul. The Hague: ..., 1958." and "Robbins, Stephen P. dan Timothy A. Judge. 2015." are a surname and its given
    names, Chicago's and the author-year styles'."""
    m = _VANCOUVER.match(text)
    one_name_first = m is not None and re.match(rf"{_VANCOUVER_NAME}(?![\w'’\-])", m.group("authors")) is None
    return m if m and (("," in m.group("authors") and not one_name_first) or _vancouver_year(m)) else None


def _vancouver_year(m: re.Match) -> bool:
    """The year as Vancouver writes it: by a semicolon ("; 2008", "2019;5(2)"), or a page read online ("Sari DK.
    Judul [Internet]. 2020 [cited 2021 May 12].")."""
    text = m.string
    return bool(re.search(r";\s*$", text[:m.start("year")]) or _YEAR_DAY_SEMICOLON.match(text, m.end("year"))
                or _CITED.search(text))


# The date before Vancouver's semicolon: "2019;", "2021 Jul 30;", "2015 Oct 1;2(2)"
_YEAR_DAY_SEMICOLON = re.compile(rf"\s*(?:{MONTH_SHORT}\.?(?:\s+\d{{1,2}})?\s*)?;")


# IEEE: "[2] B. Santoso and A. Wijaya, “Judul artikel,” Nama Jurnal, vol. 5, no. 2, pp. 10–20, 2019."
_IEEE_NAME = r"(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*)+[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?"
# ... the first of them a group's name, its co-authors IEEE's: "Tim Kaji Cepat Bersama, E. Yulianto, and I. Rafliana,"
_IEEE_FIRST = rf"(?:{_IEEE_NAME}|[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{1,5}}(?=,\s*(?:and\s+|dan\s+)?{_IEEE_NAME},))"
_IEEE = re.compile(rf"^(?P<authors>{_IEEE_FIRST}(?:(?:,\s*(?:and\s+|dan\s+)?|\s+(?:and|dan|&)\s+){_IEEE_NAME})*"
                   rf"(?:,?\s*(?:et\s+al|dkk)\.?)?),\s*[“\"](?P<title>[^”\"]{{3,}}?)[,.]?[”\"],?\s*"
                   rf"(?P<rest>.*?(?<![\d/])(?<!arXiv:)(?P<year>{YEAR})(?![\d/]|\.\d).*)$")  # "arXiv:2005.11401": no year

# A book's volume by the word for its part: "Jilid 2", "Juz 5" (a tafsir's), "Volume 3", "Vol. II"
_VOLUME_WORD = r"(?:jilid|juz|volume|vol\.)"
# A book's note closing its title after a comma, as IEEE and comma-separated lists write it: an edition or printing, a
# volume ("..., 9th ed", ", Ed. Revisi", ", Edisi 4", ", Cetakan ke-4", ", Jilid I, Edisi VIII", ", Edisi Revisi,
# Cetakan ke-3")
_COMMA_NOTE = (r"(?:\d+(?:st|nd|rd|th)|[Kk]e-?\d+)\s+(?:edn?|edisi)\b|Ed(?:isi)?\.?\s+\w+|Cet(?:akan)?\.?\s+(?:ke-?\s*)?\w+|"
               rf"(?i:{_VOLUME_WORD})\s*(?:\d{{1,3}}|[IVX]{{1,6}})")
_COMMA_NOTES = re.compile(rf"(?:,\s*(?:{_COMMA_NOTE})){{1,2}}\.?$")
# Where a book was read after its year, as IEEE writes it: ". [Daring]. Tersedia: https://...", " [Online]. Available: ..."
_READ_AT = (r"(?:\s*[\[(]\s*(?i:online|daring)\s*[\])]\.?)?(?:\s*(?i:tersedia|available)(?:\s+(?i:di|dari|pada|at|from))?"
            r"\s*:?\s*(?:https?://|www\.)\S+)?")
# ... an IEEE book, its title unquoted before "Place: Publisher, Year": "[1] B. Santoso, Motivasi Belajar. Jakarta:
# Kencana, 2019.", "A. Kadir and T. Triwahyuni, Pengenalan TI, 2nd ed. Yogyakarta: Andi, 2013.", ", Ed. Revisi.",
# ", Cetakan ke-4.", ", Jilid 2."
_IEEE_BOOK = re.compile(rf"^(?P<authors>{_IEEE_FIRST}(?:(?:,\s*(?:and\s+|dan\s+)?|\s+(?:and|dan|&)\s+){_IEEE_NAME})*"
                        rf"(?:,?\s*(?:et\s+al|dkk)\.?)?),\s*(?P<title>[A-Z][^.“”\"]{{2,}}?)"
                        rf"(?P<notes>(?:,\s*(?:{_COMMA_NOTE})){{0,2}})\.\s+"  # ", 7th ed.", ", Jilid 2, Cetakan ke-4."
                        rf"(?P<rest>(?P<place>[A-Z][^:.]{{1,40}}):\s*(?P<publisher>[^,:]+),\s*(?P<year>{YEAR})\.?{_READ_AT})$")


# A sentence that opens with a citing word cites a work; an entry opens with its authors.
_CITING_OPENING = re.compile(r"^(?:menurut|sedangkan|adapun|selain|berdasarkan|hasil|penelitian|pendapat|dalam|oleh|"
                             r"kemudian|namun|sementara|seperti|sebagaimana|according)\b", re.I)
# Names and nothing else before the year: "Velnampy, T and Aravinthan. S. A.", "Sutanto dan Djohan M."
# "et.al." too; a body's name joined by a slash or an English link word: "ISO/IEC.", "International Organization for
# Standardization." (year not in parentheses after it)
_NAMES_ONLY = re.compile(r"^(?:(?:[A-Z][\w'’\-]*(?:/[A-Z][\w'’\-]*)*\.?|&|and|dan|et\.?|al\.?|dkk\.?)[\s,]*"
                         r"(?:(?:of|for|the)\s+(?=[A-Z]))?){1,10}$")
# The year at the end: "Aziz, Alimul. Pengantar Dokumentasi. Jakarta: EGC. 2002.", "Adolf, Huala, Aspek-Aspek Negara
# ... (Jakarta: RajaGrafindo Persada, 2002).", "Bacq, P. Kenabian Dalam Gereja Sekarang, Seri Pastoral, 1994"
_YEAR_LAST_FORM = (
    r"^(?P<head>(?:[A-Z]\.\s*)*[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?(?:\s[A-Z][\w'’\-]+(?=[.,]))?"  # "American Nurses Association."
    r"(?:\s[A-Z]{1,3}\.?(?=\s))?(?:,\s*(?:dkk|et al)\.?)?)"
    # a second author given name first after "dan", then a comma: "Sudjatmiko dan Rusdi Ridwan, “Judul”, ..., 2004."
    r"(?P<co>\s+(?:dan|and|&)\s+[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}(?=\s*CO_END))?"
    # a particle after the given names, as Chicago moves it: "Bruinessen, Martin van.", "Dijk, Teun A. van."
    r"(?:\s*,\s*(?P<given>(?:(?:[A-Z]\.|[A-Z][\w'’\-]*)\s?){1,3}?(?:(?:PARTICLES)(?:\s(?:PARTICLES))?(?=[.,]))?)"
    # more authors given name first, Chicago's and MLA's: "Santoso, Budi, dan Andi Wijaya.", "Santoso, Budi, Andi
    # Wijaya, and Citra Hartono.", "Santoso, Budi, et al."; names before the last one only where a full stop ends them
    # (between the commas "[^,.]+", not ",\s*[^,.]+": the same text, but the space after each comma read either way
    # was tried both ways, a line of 18 "Santoso AB, " with no "dan" took 1.2 s, each one more twice as long); looked
    # for after the first of them, the later ones standing before a comma or the "dan" (the same matches: what follows
    # a later one is a part of what follows the first), not after each (a line of 3,200 names 4.5 s, quadratic)
    r"(?P<more>(?:MORE_NAME(?=(?:,[^,.]+)*,?\s+(?:dan|and|&)\s[^,]+?\.\s)(?:MORE_NAME(?=,|\s+(?:dan|and|&)\s))*)?"
    r"\s*,?\s*(?:dan|and|&)\s+(?:(?:[A-Z]\.|[A-Z][\w'’\-]*)\s?){1,4}?|,\s*(?:et al|dkk)\.?(?=\s))?"
    # editors, as Chicago says: "..., dan Nugroho Notosusanto, ed."; MLA: "Bhabha, Homi K., editor."
    r"(?P<ed>,\s*(?:(?:eds?|peny)\.(?=\s)|editors?(?=\.\s)))?(?:[.,]|(?<=\.)))?"
    r"[,.]?\s+(?P<rest>[A-Z\"“‘'].*?)"
    rf"[\s,.;(:]+(?P<year>{YEAR}|(?i:{_NO_DATE}))\s*\)?\s*\.?$")
_YEAR_LAST_FORM = _YEAR_LAST_FORM.replace("PARTICLES", "|".join(sorted(LEADING_PARTICLES))) \
    .replace("MORE_NAME", r",\s*(?:[A-Z]\.\s?|[A-Z][\w'’\-]*\s){1,3}[A-Z][\w'’\-]+")
_YEAR_LAST = re.compile(_YEAR_LAST_FORM.replace("CO_END", ","))
# ... or a full stop, when both are persons' names (see _person_year_last): "Santoso dan Wijaya. Judul. ..., 2015."
_YEAR_LAST_PERSONS = re.compile(_YEAR_LAST_FORM.replace("CO_END", r"\.\s"))
_SINGLE_NAME = re.compile(r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}")
_TITLE_AFTER = re.compile(r"[.,]\s*[A-Z‘“\"]")
# "Perse, E. M., & Lambe, J.", "Barker, M. and Petley, J.", "Syamsuni,H.", "Delphie, Bandi", "Marsofiyati, & Eryanto, H."
# A word is taken whole (possessive "*+", "++"): "SENGKETA ANTARA INDONESIA DAN MALAYSIA" split letter by letter into
# "initials" with nothing between them was tried every way, and a pasted running header over a paragraph hung a build.
_APA_AUTHORS = re.compile(
    r"^[A-Z][\w'’\-]++(?:\s[A-Z][\w'’\-]++){0,2},\s*(?:[A-Z][\w'’\-]*+\.?[\s,]*)*"
    r"(?:(?:van|von|de|der|den|ter|ten)\b[\s,.]*){0,2}"  # Chicago's particle after the given names: "Martin van."
    r"(?:(?:,?\s*(?:&|and|dan)\s*|,\s*)[A-Z][\w'’\-]++(?:\s[A-Z][\w'’\-]++){0,2},?\s*(?:[A-Z][a-z]?\.[\s,]*)*)*"
    r"(?:\(\s*(?i:eds?|editors?|peny|penyunting)\.?\s*\))?\s*\.?$"  # "(Eds.)", "(Peny.)": editors of a book
)


# "Sugiyono.2013.Metode", "Arikunto, S.(2010).Prosedur": text layers that lost the spaces around the year
_GLUED_YEAR = re.compile(rf"(?<=[A-Za-z][.,])(\(?(?:{YEAR})\)?[.,])([A-Z“\"‘])?")


_LEADING_PARTICLE = re.compile(rf"^(?:(?:van|von|de|der|den|ter|ten|al|el)(?=[\s\-][A-Za-z])|{ARABIC_ARTICLE}(?=-[A-Za-z]))")


def _commas(text: str) -> str:
    """ "Herjanto‚ Eddy": a text layer's low single quotation mark (U+201A) where a comma stands; "Sugiyono , 2013 .":
    OCR's space before a mark; "2O13": OCR's letters for digits in a year."""
    if "\u201a" in text:
        text = re.sub(r"\u201a\s*", ", ", text)
    if "[" in text and _CITED_ON.search(text):  # Vancouver's "2015 [cited 2021 May 12]": the day it was read
        text = _CITED_ON.sub("", text)
    if "[" in text:  # "Hamalik, Oemar. [2008]. Kurikulum ...": a year in brackets, as in parentheses
        # ... but after the entry's year, the year the work first came out: "Smith, Adam. 1976 [1776]. An Inquiry ..."
        text = re.sub(rf"(?<=\d)\s*\[\s*{YEAR}\s*\]", "", text)
        text = re.sub(rf"\[\s*({YEAR})\s*\]", r"(\1)", text)
    if "..." in text or "…" in text or ". . ." in text:
        # APA 7: "Wijaya, F., ... Putra, G."; APA 6 spaces the dots: "Dewi, K., . . . Rahman, T."
        # (not a writer's own dots inside an address: "http://spi.example.id/uploads/...SPI.pdf")
        text = re.sub(r"(?<![/\w]),?\s*(?:\.\.\.|…|\.\s\.\s\.)\s*(?=[A-Z])(?![^\s/]*/)(?!\S*\.(?:pdf|html?|php|aspx?)\b)",
                      ", ", text)
    if " ," in text or " ." in text or " ;" in text or " :" in text:
        text = re.sub(r"(?<=\w) +([,.;:])(?=\s|$)", r"\1", text)
    return ocr_years(text)


_CITED_ON = re.compile(r"\s*\[\s*(?:cited|dikutip|diacu|diakses)\s[^\]]*\]", re.I)  # "[diacu ...]": IPB's word
_OCR_HINT = re.compile(r"[12][0-9]?[OolI]|[12][0-9]{2}[OolI]|[12][OolI]")
_OCR_YEAR = re.compile(r"(?<![\w\-])[12][0-9OolI]{3}(?![\w\-])")
# A year split by a space, as a quick test before the slower pattern with its context
_SPLIT_CANDIDATE = re.compile(r"[12]\d{0,2} \d")
_SPLIT_DIGITS = re.compile(rf"{YEAR_CENTURY} \d\d|{YEAR_CENTURY}\d \d|[12] \d{{3}}")
# After a name's "(" or comma, an initial's full stop or a whole name's ("Sumarno, Wahyu. 20 16. Evaluasi"); before
# ")", ":", ";", a full stop or ", hlm."
_SPLIT_BEFORE = (r"(?:(?:[A-Z][a-z][\w'’\-]*|dkk\.|al\.)\s?\(\s?|(?:[A-Za-z]{2}|[a-z]\.),\s?|\b[A-Z]\.\s(?:\(\s?)?|"
                 r"\b[A-Z][a-z]{2,}\.\s)")
_SPLIT_AFTER = r"(?=[a-z]?\s*[):;]|[a-z]?\.(?:\s|$)|[a-z]?,\s*(?:hlm|hal|h|pp?)\b)"
_SPLIT_PRE = re.compile(_SPLIT_BEFORE + "$")
_SPLIT_POST = re.compile(r"(?!\d)" + _SPLIT_AFTER)
# A year's letter after a space, where a citation's or an entry's year stands: after "(", or ", ", "; ", ". " (an
# entry's "Arikunto, S. 2010 b."); before ")", ":", ";", "," or an entry's full stop
_SPACED_LETTER = re.compile(rf"(?:(?<=\()|(?<=\( )|(?<=[,;.] ))({YEAR_DIGITS}) ([a-f])(?![\w'’\-])(\.(?=\s|$)|(?=[ \t]*[):;,]))")
_SPLIT_YEAR = re.compile(rf"(?P<pre>{_SPLIT_BEFORE})(?P<year>{_SPLIT_DIGITS.pattern}){_SPLIT_AFTER}")


def _joined_split_years(text: str) -> str:
    """_SPLIT_YEAR's replacement, found from the digits (a pattern opening with its context is slow on long texts)."""
    out, last = [], 0
    for m in _SPLIT_DIGITS.finditer(text):
        if (m.start() and text[m.start() - 1].isdigit()) or not _SPLIT_POST.match(text, m.end()) \
                or not _SPLIT_PRE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        out += [text[last:m.start()], m.group().replace(" ", ""), " "]
        last = m.end()
    return "".join(out) + text[last:] if out else text


def ocr_years(text: str) -> str:
    """ "2O13", "20l3" -> "2013": a year OCR read with a letter O, o, l or I for a digit (same length, so offsets
    hold). Only a token of four that has two digits or more and reads as a year after the change. And a year OCR
    split with a space where a citation's or an entry's year stands: "(Santoso, 20 15)", "Santoso (201 5: 12)",
    "Santoso, B. 20 15. Judul" -> "2015 " (the space moved after it). Likewise a year's letter typed apart from it:
    "(Arikunto, 2010 b)", "(2010 a; 2010 b: 45)", "Arikunto, S. 2010 b. Prosedur" -> "2010b"."""
    if " " in text and _SPLIT_CANDIDATE.search(text):
        text = _joined_split_years(text)
    if " " in text:
        text = _SPACED_LETTER.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)} ", text)
    if not _OCR_HINT.search(text):
        return text

    def fix(m: re.Match) -> str:
        token = m.group()
        if token.isdigit() or sum(ch.isdigit() for ch in token) < 2:
            return token
        fixed = token.translate(str.maketrans("OolI", "0011"))
        return fixed if re.fullmatch(YEAR_DIGITS, fixed) else token

    return _OCR_YEAR.sub(fix, text)


def _spaced_year(text: str) -> str:
    """ "Sugiyono.2013.Metode" -> "Sugiyono. 2013. Metode"; a DOI's or a URL's own ".2019." stays ("10.1234/jp.2019")."""
    links = [(a.start(), a.end()) for a in _LINK.finditer(text)] if "/" in text else []
    return _GLUED_YEAR.sub(lambda m: m.group() if any(a <= m.start() < b for a, b in links)
                           else f" {m.group(1)}" + (f" {m.group(2)}" if m.group(2) else ""), text)


_LINK = re.compile(r"(?:https?://|www\.|\b10\.\d{4,9}/)\S+")  # a URL or a DOI, whose stops are its own
# A link broken where a line broke, its lines joined by a space: after a separator of its own ("/", "-", "_", "=",
# "."), a piece of no spaces that goes on as a link goes on: a separator inside it ("detail/hypertension",
# "jki.v24i2.1123"), or digits alone after a stop ("HYP. 0000000000000065"); not a year, not a word ("diakses")
# ... or before a separator of its own, as a line filled to its end breaks a long word before its hyphen
# ("statistik-telekomunikasi-indonesia -2021.html"): the piece opens with the separator, then goes on as a link
_LINK_BREAK = re.compile(r"(?<=[/\-_=.])\s+(?=[a-z0-9])|(?<=[a-z0-9])\s+(?=[\-_][a-z0-9])"  # where it may have broken
                         r"|(?<=\w)\s+(?=%[0-9A-Fa-f]{2}\w)")  # ... before a percent escape, which opens no word
_LINK_OPENING = re.compile(r"(?:https?://|www\.|10\.\d{4,9}/)")
_LINK_GOES_ON = re.compile(rf"(?!(?:{YEAR})[.,;)]?(?:\s|$)|www\.|https?:)"
                           r"(?:%[0-9A-Fa-f]{2}\w\S*|[a-z0-9][\w%~]*[/\-_=.?&#](?:\.\.\.|…)?\w\S*|\d{4,}(?=[.,;]?(?:\s|$))|[\-_][a-z0-9][\w%~\-]*[/.=?&#]\w\S*)")


def _links_rejoined(text: str) -> str:
    """A URL or DOI broken over lines whole again: "https://www.who.int/news-room/ detail/hypertension",
    "doi: 10.1161/HYP. 0000000000000065". Each break is judged by the word before it and the one after it (a
    pattern running back over a long word from each of its starts was quadratic in a line of glued addresses)."""
    if "/" not in text:
        return text
    out, at = [], 0
    for gap in _LINK_BREAK.finditer(text):
        word = text[text.rfind(" ", 0, gap.start()) + 1:gap.start()]
        goes_on = _LINK_GOES_ON.match(text, gap.end())
        if goes_on and _LINK_OPENING.search(word) and "/" in word \
                and (not goes_on.group().isdigit() or word.endswith(".")):  # digits alone: after a stop
            out.append(text[at:gap.start()])
            at = gap.end()
    return "".join(out) + text[at:] if out else text


def _author_part(before: str) -> bool:
    """What stands before the year: persons ("Perse, E. M., & Lambe, J.") or a group ("Kelompok 5.", "AFW Indonesia.")."""
    before = _EDITORS.sub("", before).strip().replace(";", ",")  # "Nasurdin, Aizzat Mohd; Ramayah T.; ..."
    if _APA_AUTHORS.match(before):
        return True
    if re.search(r"\s(?:dan|and|&)\s", before) and _names_joined_by_dan(before.replace(" & ", " dan ")):
        return True  # "Santoso dan Wijaya (2015).", "Budi Santoso & Agus Hartono (2015).": persons, no stop
    if _SINGLE_NAME.fullmatch(_ET_AL_LAST.sub("", before)) and _ET_AL_LAST.search(before):
        return True  # "Santoso dkk (2015).", "Budi Santoso et al (2015).": a name and its co-authors, no stop
    small = [w for w in before.split() if w.islower() and w not in _GROUP_LINKS]
    if len(small) >= 2 or any(w in _SENTENCE_WORDS for w in small):
        return False  # "Temuan ini sesuai dengan Santoso dkk. (2019).": a sentence; "Wikipedia contributors." is a group
    # one name, however long ("Kementerian Koordinator Bidang Perekonomian ... Dan UKM."): its stops are initials' and
    # acronyms' ("Perse, E. M.", "Kementerian Kesehatan RI. Direktorat ..."), at most one ends a word, as a unit's does
    return before.endswith(".") and before[:1].isupper() and before.count(". ") <= 2 \
        and len(_WORD_STOP.findall(before)) <= 1


_ET_AL_LAST = re.compile(r"[\s,]+(?:dkk|et\s*\.?\s*al)\.?$")
_WORD_STOP = re.compile(r"[a-z]{2}\.\s")  # "Pesat. Data": a sentence's end inside what stands before the year


# Lower-case words inside a group author's name: "Kementerian Pendidikan dan Kebudayaan.", "Institute of Medicine."
_SENTENCE_WORDS = frozenset("ini itu dengan yang oleh dalam pada bahwa sesuai menurut seperti untuk dari di ke juga "
                            "adalah serta".split())
_GROUP_LINKS = frozenset("dan and & of for the on in untuk dkk dkk. et al al. van von de der den da bin binti".split())


# A person's name, then the title, then the year: "Sugiyono. Metode Penelitian Pendidikan. 2013.", "Arikunto,
# Suharsimi. Prosedur Penelitian. 2010."
_NAME_THEN_TITLE = re.compile(r"^(?P<name>[A-Z][a-z][\w'’\-]+(?:,\s+(?:[A-Z][\w'’\-]*\.?\s?){1,3})?)\.\s+"
                              r"(?P<title>[A-Z][\w'’\-]*(?:\s+[\w'’\-:,]+){1,20})\.\s*$")
_INITIALS_ONLY_GIVEN = re.compile(r",\s+(?:[A-Z]\.\s?)*[A-Z]$")
_GIVEN_NAMES = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}$")
_TITLE_AFTER_YEAR = re.compile(r"^[\s.,]*[A-Z“\"‘][^.:]{3,}\.\s")


def _given_names_not_title(name: str, title: str, rest: str) -> bool:
    """ "Mangkunegara, A.A. Anwar Prabu. 2017. Manajemen ...": after initials, one to three capitalized words none of
    them a derived common word ("Penelitian") are given names, not a title, when a title follows the year."""
    from .names import is_common_word

    return bool(_INITIALS_ONLY_GIVEN.search(name) and _GIVEN_NAMES.match(title) and _TITLE_AFTER_YEAR.match(rest)
                and not any(is_common_word(w) for w in title.split()))


def parse_reference(entry: str, start: int = 0, end: int | None = None) -> Reference | None:
    """Read one entry; None when no year (or n.d./t.t.) and authors can be told apart. A law listed by its name alone
    is an entry with or without a year (see law_entry)."""
    ref = law_entry(entry, start, end)
    if ref is None and (by := _title_by(_normalised(entry))) is not None:
        ref = replace(by, start=start, end=start + len(entry) if end is None else end)  # "Title Oleh Name, ..."
    undated = _years_only_when_read(_normalised(entry)) and _undated_page(entry, start, end)
    ref = ref or _titled_page(entry, start, end) or undated or _read_entry(entry, start, end) \
        or _undated_page(entry, start, end)
    if ref is not None and ref.kind in ("book", "web", "misc") and ref.title and ref.names \
            and (_LAW_ISSUER_NAME.fullmatch(ref.names[0]) or is_organisation(ref.names[0])) \
            and not _PRINTED_BY.match(ref.names[0]) and law_entry(ref.title) is not None:
        # "Pemerintah Kabupaten X. (2021). Peraturan Bupati X Nomor 100 Tahun 2021 tentang ...": a law, its maker
        # where the author stands (as law_entry reads "Republik Indonesia, Undang-Undang ..."); not a publisher's
        # printing of one ("Redaksi Sinar Grafika. (2017). Undang-Undang Dasar 1945 Hasil Amandemen.": a book)
        ref = replace(ref, kind="law")
    if ref is not None and ref.title and _READ_ONLINE.search(ref.title):
        ref = replace(ref, title=_READ_ONLINE.sub("", ref.title) or None)  # "Stunting in a nutshell [Internet]", any style
    if ref is not None and ref.container and ":" in ref.container:
        ref = replace(ref, container=_as_written(ref.container, entry))
    if ref is not None and (named := tuple(_body_named(a) for a in ref.authors)) != ref.authors:
        # "Badan Pusat Statistik (BPS)": the body's name cites it, its acronym is how the text may ("(BPS, 2022)"), for
        # every author ("Bappenas, Kemenko Perekonomian, & Badan Pusat Statistik (BPS).")
        ref = replace(ref, authors=named)
    if ref is not None and ref.text != (shown := _normalised(entry, degrees=True)) and ref.text == _normalised(entry):
        ref = replace(ref, text=shown)  # read without the degrees after its names, shown as written
    return _edition_out(_as_unpublished(_as_thesis(ref))) if ref is not None else None


# A publisher's editors or compilers as a book's author: "Redaksi Sinar Grafika", "Tim Redaksi Pustaka Yustisia", "Tim
# Penyusun", "Penerbit Fokusmedia"
_PRINTED_BY = re.compile(r"(?:Tim\s+)?(?:Redaksi|Penyusun|Penerbit)\b", re.I)


# ... an acronym may hold a digit: "World Wide Web Consortium (W3C)", "Group of Twenty (G20)"
_ACRONYMED = re.compile(r"(?P<body>[A-Z][^()]{4,120}?)\s*\((?P<acronym>[A-Z][A-Za-z0-9]{1,9}(?:\s[A-Z]{1,4})?)\)")


_ACRONYM_FIRST = re.compile(r"(?P<acronym>[A-Z][A-Za-z0-9]{1,9})\s*\((?P<body>[A-Z][^()]{4,120}?)\)")


def _body_named(author: str) -> str:
    """An author that is a body with its acronym, by the body's name: an acronym its words give ("Badan Pusat
    Statistik (BPS)"), or only spell ("Centers for Disease Control and Prevention (CDC)"), or any a body's name stands
    before ("Kementerian Kesehatan Republik Indonesia (Kemenkes RI)", "... Association (HIMPSI)"); not a company's
    form ("PT Pertamina (Persero)")."""
    m = _ACRONYMED.fullmatch(author) or _ACRONYM_FIRST.fullmatch(author)  # "WHO (World Health Organization)" too
    if m and (initialled(m.group("acronym"), m.group("body").split()) or spells(m.group("acronym"), m.group("body"))
              or (is_organisation(m.group("body")) and sum(c.isupper() for c in m.group("acronym")) >= 2)):
        return m.group("body")
    return author


def _as_written(part: str, entry: str) -> str:
    """A part read from the entry, spaced around its colons as the entry spaces them: "Telematika : Jurnal Informatika"
    (the reading takes out a space before a mark, as OCR sets one, and a journal's name keeps the writer's)."""
    pieces = [re.escape(p.strip()) for p in part.split(":")]
    written = re.search(r"\s*:\s*".join(pieces), " ".join(entry.replace("*", "").split()))
    return written.group() if written else part


# A page listed by its title, no author standing before it (APA moves the title there; Vancouver marks it "[Internet]"):
# "Scrum Methodology: Panduan Praktis. (2020). Retrieved 11 September 2020, from https://...", "Diabetes [Internet].
# 2021. Tersedia pada: https://...", "Glucose Tolerance Testing [Internet]. Available from: https://...". What follows
# the title is a year at most, the day it was read, where it is available and the address: nothing names a work in it
_PAGE_TITLE_YEAR = re.compile(rf"^(?P<title>.{{3,300}}?)\.?\s*\((?P<year>{YEAR}|{_NO_DATE})"
                              rf"(?P<day>,\s*(?:{_MONTH_NAMED}\s*\d{{0,2}}|\d{{1,2}}\s+{_MONTH_NAMED}))?\)\.\s*(?P<rest>.*)$", re.I)
# ... and its site or publisher before the address, a body's name or a site's: "Mengenal Pupuk Hayati. (2021, Maret 2).
# Balai Penelitian Tanah. https://...", "Cuaca Ekstrem. (2020). cuaca.id. https://..." (APA's page with no author)
_SITE_THEN_LINK = re.compile(r"^(?P<site>[A-Za-z0-9][^.()\[\]“”\"]{1,80}?(?:\.[a-z]{2,4}){0,2})\.\s*(?P<rest>(?:https?://|www\.)\S+\s*)$")
_PAGE_TITLE_ONLINE = re.compile(rf"^(?P<title>[^\[\]]{{3,300}}?)\s*{_READ_ONLINE_MARK}\.\s*"
                                rf"(?:(?P<year>{YEAR})\s*[.;]\s*)?(?P<rest>.*)$", re.I)
# ... or with no year, the day it was read after it: "Circular Linked List. (Diakses pada tanggal 1 april 2024). URL",
# "Penggunaan Media Sosial. Diakses dari URL pada 2 Juni 2021." (the day read is no year of the page's)
# ... the site's name between ("Memahami Arti Empati. Alodokter. Diakses: 25 Januari 2021. URL"): a name of a few
# capitalised words, the page's container
# (a dash may stand for the stop: "[Judul Halaman](URL) -- Diakses pada 2026-04-08", a Markdown post's list)
_PAGE_TITLE_READ = re.compile(r"^(?P<title>[^()]{3,300}?)(?:\.\s*|\s+(?:--|—|–)\s+)"
                              r"(?:(?P<site>(?-i:[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,3}))\.\s*)?(?P<year>)(?P<rest>\(?\s*(?:diakses|retrieved|accessed|diunduh|diambil)\b.*)$", re.I)
_READING_WORDS = re.compile(r"\b(?:retrieved|accessed|diakses|akses|diunduh|diambil|available|tersedia|from|dari|pada|di|at|"
                            r"on|tanggal|online|daring|url|link|tautan|laman|web|cited|dikutip|diacu)\b", re.I)
_PERSONS_HEAD = re.compile(r",\s*(?:[A-Z]\.\s?){1,3}(?:,|&|$|(?<=\s)(?=[A-Z]))|^(?:[A-Z]\.\s?)+[A-Z][a-z]")  # "Santoso, B.", "K. Kurz"


def _only_where_read(rest: str) -> str | None:
    """The address, when the rest of an entry says nothing but where and when it was read ("Retrieved 11 September
    2020, from URL", "[dikutip 21 Mei 2022]; Tersedia pada: URL"); None when it names anything else."""
    urls = _URL.findall(rest)
    if len({u.rstrip(".,;)") for u in urls}) != 1:
        return None  # one address (its link's words and its href may both give it)
    left = _READING_WORDS.sub(" ", _CITED_ON.sub(" ", _URL.sub(" ", rest)))
    left = re.sub(rf"\b(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{1,2}})?,?\s+{YEAR}\b|\b{YEAR}(?:-[01]\d-[0-3]\d)?\b|[\[\]().,;:]", " ",
                  left, flags=re.I)  # "2026-04-08": a day read written as ISO writes it
    return urls[0].rstrip(".,;)") if not left.strip() else None


def _titled_page(entry: str, start: int = 0, end: int | None = None) -> Reference | None:
    """A web page listed by its title where an author stands (see above): its title is also the name it is cited by,
    as APA cites a work with no author by its title."""
    if "://" not in entry and "www." not in entry:
        return None  # each of these pages ends with its address
    text = _MARKER.sub("", _normalised(entry)).strip()
    m = _PAGE_TITLE_ONLINE.match(text) or _PAGE_TITLE_YEAR.match(text) or _PAGE_TITLE_READ.match(text)
    if m is None or not re.match(r"[A-Z0-9“\"‘']", m.group("title")) or _PERSONS_HEAD.search(m.group("title")) \
            or _PAREN_YEAR.search(m.group("title")) or _author_date(m.group("title")) \
            or re.search(rf"[,.]\s*[“\"]|[,.]\s*{YEAR}$|[a-z]{{2}}\.\s+[A-Z]", m.group("title")):
        return None  # "Carceres, Antonio. (2009) Judul, [Online].", 'Badan, "Judul," 2026. [Daring].', "World Health
        # Organization. Stunting in a nutshell [Internet].": its authors stand before the title
    if m.re is _PAGE_TITLE_READ and re.search(r"\.\s", m.group("title")):
        return None  # "Kemdikbud. 2020. Merdeka Belajar. Diakses dari ...": its author and year before the title
    if m.re is _PAGE_TITLE_READ and m.group("site") and (len(m.group("title").split()) < 3 or is_organisation(m.group("title"))):
        return None  # "Kemdikbud. Merdeka Belajar. Diakses dari ...": an author, then the title; a title of a few words
        # is what stands before a site's name
    url = _only_where_read(m.group("rest"))
    title = m.group("title").strip(" .")
    site = m.groupdict().get("site")
    if url is None and m.re is _PAGE_TITLE_YEAR and (by := _SITE_THEN_LINK.match(m.group("rest"))) \
            and (is_organisation(by.group("site")) or _SITE_NAMED.fullmatch(by.group("site"))) \
            and not is_organisation(title) and not _APA_AUTHORS.match(m.group("title").strip() + "."):
        # (not "Siregar, P. (2019). Judul, Ikatan Ahli ... https://...": a person's name inverted is the author)
        url, site = _only_where_read(by.group("rest")), by.group("site")
    if url is None:
        return None
    year = m.group("year") if m.group("year") and re.fullmatch(YEAR, m.group("year")) else None
    names = (title,)
    if m.re is _PAGE_TITLE_ONLINE and (by := _VANCOUVER_PAGE_BY.match(title)):
        # "Sari DK, Putra A. Judul Halaman [Internet]. [diacu 2019 Mei 2]. Tersedia dari: URL": Vancouver's page with
        # no date of its own, its authors before the title (the day it was cited is no year of the page's)
        names, title = tuple(n.strip() for n in by.group("names").split(",")), by.group("title")
    authors = tuple(_INITIALS_LAST.sub("", n) for n in names) if len(names) > 1 or names[0] != title else names
    return Reference(text=text, authors=authors, names=names, year=year, year_text=m.group("year"), title=title,
                     kind="web", container=site, url=url, start=start, end=start + len(entry) if end is None else end)


_VANCOUVER_PAGE_BY = re.compile(rf"(?P<names>{_VANCOUVER_NAME}(?:,\s*{_VANCOUVER_NAME})*)\.\s+(?P<title>[A-Z0-9\"“].{{3,}})$")
_INITIALS_LAST = re.compile(r"\s[A-Z]{1,4}(?:\s(?:Jr|Sr|II|III|IV))?$")  # "Sari DK" -> "Sari"


# A page with no date by a body or a site, its title quoted: "UnspokenASL. “Urbanization and Its Impact ...” URL:
# https://...", IEEE's "Kementerian Keuangan, “Judul Halaman.” [Daring]. Tersedia: https://...", a site by its address
# "amazon.com. “What is a data lake?” Diakses pada tanggal 13 Desember 2022, dari https://..."
_UNDATED_QUOTED = re.compile(r"^(?P<head>[A-Za-z0-9][^“”\"]{1,120}?)[.,]\s*[“\"](?P<title>[^“”\"]{3,300}?)[.,]?[”\"]\s*[.,]?\s*"
                             r"(?P<rest>.*)$")
_HEAD_WORD = re.compile(r"(?:[A-Z(][\w.’'()\-/&]*|dan|and|of|the|for|untuk|pada|&|[A-Z]{2,}\)?)$")
_SITE_NAMED = re.compile(r"[a-z0-9][\w\-]*(?:\.[a-z][\w\-]*)*\.(?:com|org|net|io|id|co|ac|go|gov|edu|info|dev|ai)(?:\.[a-z]{2})?",
                         re.I)  # a site named by its address where an author stands: "amazon.com", "kompas.co.id"
# A year in the note saying when a page was read is not the page's: "(diakses pada 5 Mei 2026)", "Diakses pada tanggal
# 13 Desember 2022, dari ...", "Tanggal akses 2 Mei 2019" (the words between, up to 60 characters, open no parenthesis
# and end no sentence)
_YEAR_READ = re.compile(rf"\b(?:diakses|(?<=tanggal )akses|(?<=waktu )akses|diunduh|diambil|accessed|retrieved)\b[^().]{{0,60}}?(?<![\d/])({YEAR})(?![\d/])",
                        re.I)


def _years_only_when_read(text: str) -> bool:
    """The entry's only years are those of the days it was read: it has no date of its own."""
    read = {m.start(1) for m in _YEAR_READ.finditer(text)}
    years = [m.start() for m in _ANY_YEAR.finditer(text)]
    return bool(read) and all(y in read for y in years)


def _undated_page(entry: str, start: int = 0, end: int | None = None) -> Reference | None:
    """A page with no date whose author (a body, a site: capitalised words, commas between its parts) and quoted
    title stand before where it was read (see above); read when no year was."""
    text = _MARKER.sub("", _normalised(entry)).strip()
    m = _UNDATED_QUOTED.match(text)
    if m is None or _ANY_YEAR.search(m.group("head")) or _CITING_OPENING.match(text):
        return None
    url = _only_where_read(m.group("rest"))
    words = re.sub(r"[,.]", " ", m.group("head")).split()
    if url is None or not words or len(words) > 12 \
            or not (all(_HEAD_WORD.match(w) for w in words) or _SITE_NAMED.fullmatch(m.group("head").strip())):
        return None
    names = tuple(n.strip(" .") for n in m.group("head").split(",") if n.strip(" ."))
    return Reference(text=text, authors=names, names=names, year=None, year_text=None, title=m.group("title").strip(" ,."),
                     kind="web", url=url, start=start, end=start + len(entry) if end is None else end)


# An edition in parentheses closing a title, as APA writes it: "(2nd ed.)", "(Rev. ed.)", "(Edisi 2)", "(Edisi
# Revisi)", "(Cet. ke-3)": a word of editions and a number, an ordinal or a revision. Not a periodical's issues a
# study read, named by their months ("Analisis Isi ... Harian Kompas (Edisi Maret-Mei 2020)"), nor a revision the title
# is about ("Evaluasi Kurikulum (Revisi Kurikulum 2013)"): "revisi" alone in the parenthesis is one
_TITLE_EDITION = re.compile(rf"\s*\((?P<edition>(?=[^()]*\b(?:{_PRINTING_WORDS}|edn|edition)\b|\s*(?:revisi|revised)\s*\))"
                            rf"(?![^()]*\b(?:edisi|ed|edition)\.?\s+(?:\d{{1,2}}(?:\s*[-–‐‑‒]\s*\d{{1,2}})?\s+)?{MONTH}\b)"
                            r"(?=[^()]*(?:\d|\b[IVX]{1,4}\b|\brev|\bke-?\w|\b(?:pertama|kedua|ketiga|keempat|kelima|"
                            r"keenam|first|second|third|fourth|fifth|sixth)\b))[^()]+)\)$", re.I)


# What an edition's note opens with: its word ("Edisi", "Ed.", "Cetakan"), an ordinal ("7th"), an ordinal's word before
# "edition" ("Second edition"); not a title's last words before its stop ("... since c. 1200. 4th ed.")
_EDITION_OPENING = re.compile(rf"(?:{_PRINTING_WORDS}|edn|edition|rev|revised|revisi|\d+(?:st|nd|rd|th)|"
                              r"[A-Za-z]+(?=\s+(?:ed|edn|edition)\b))\b", re.I)


# A book's volume written as a part of its own: "Jilid 2.", "Jilid I,", "Volume 3.", "Juz 5." (a journal's volume has its issue
# or pages after it, read by _JOURNAL_WRITTEN first)
_VOLUME_NOTE = re.compile(rf"{_VOLUME_WORD}\s*(?P<volume>\d{{1,3}}|[IVX]{{1,6}})", re.I)
# ... and who translated it, kept apart: "Terj. Marianto Samosir.", "Terjemahan oleh Dian Angelia.", "Diterjemahkan
# oleh: A. Wijaya." (an initial's stop ends no part), "Penerjemah: X.", "Alih bahasa oleh X dan Y."; MLA's "Translated by
# X, Publisher" closes it with a comma where no full stop does
_TRANSLATOR_WORD = rf"(?:{TRANSLATOR_WORD}(?<!trans)(?:\s+oleh)?|diterjemahkan\s+oleh|translated\s+by)\s*:?"
_TRANSLATOR_NOTE = re.compile(rf"(?i:{_TRANSLATOR_WORD})\s+(?P<names>(?:[^.:]|(?<=\b[A-Z])\.){{2,60}}?){_NO_INITIAL_BEFORE}"
                              r"\.(?=\s+[A-Z])"
                              rf"|(?i:{_TRANSLATOR_WORD})\s+(?P<comma_names>[^.:,]{{2,60}}?),\s+(?=[A-Z][^.:]*\.?$)")
# ... or into which language, no translator's name: "Terjemahan Bahasa Indonesia.", "Alih Bahasa Indonesia Edisi
# Kesebelas." (the edition after it read on)
_TRANSLATED_INTO = re.compile(rf"(?i:{_TRANSLATOR_WORD})\s+(?i:(?:ke\s+dalam\s+)?(?:bahasa\s+)?"
                              rf"(?:{'|'.join(sorted(LANGUAGES | {'indonesia'}))}))\b\.?")
_NAMES_APART = re.compile(r"\s*,?\s+(?:dan|and|&)\s+|\s*[,;]\s*")
_ET_AL_AFTER = re.compile(r"(?<![\s,])[\s,]*(?:dkk|et\s*\.?\s*al)\.?$", re.I)  # a run of spaces tried once, not from each


def _translator_names(text: str) -> tuple[str, ...]:
    """The translators a note names, as written and in order: "Mila Rachmawati dan Anna Kuswanti" -> both; "dkk."
    after them dropped (the others are not named)."""
    return tuple(n.strip(" .,") for n in _NAMES_APART.split(_ET_AL_AFTER.sub("", text.strip())) if n.strip(" .,"))


def _edition_note(text: str) -> tuple[str | None, str]:
    """The edition of _book_notes and the text after the notes (the volume and translators dropped)."""
    edition, _, _, rest = _book_notes(text)
    return edition, rest


_SPACES = re.compile(r"\s*")
# A printing whose note no stop closes, run on into the place or publisher ("Cetakan ke-26 Bandung: Alfabeta",
# "Moral.Cetakan Pertama Rineka Cipta. Jakarta"): the word and its one number or ordinal are the whole note
_GLUED_PRINTING = re.compile(r"(?i:cetakan|cet\.)\s*(?:(?i:ke-?\s*\d{1,3}|\d{1,3}|ke[a-z]{3,9}(?:\s+belas)?|pertama)|[IVX]{1,5})"
                             r"\s+(?=[A-Z])")


def _book_notes(text: str) -> tuple[str | None, str | None, tuple[str, ...], str]:
    """A book's notes written as parts of their own where the text opens (after a title's stop), each closed by a full
    stop or, in two words at most, a comma: its edition and printing ("Edisi Ketiga. Yogyakarta: BPFE", "7th edn.
    Harlow", "Ed. 1. Jakarta", "Cetakan ke-27. Bandung"), its volume ("Jilid 2.", "Juz 5."), who translated it ("Terj.
    X.") -> (the edition and printing as written, both kept in the order written joined by "; ": "Edisi Revisi; Cetakan
    ke-20"; the volume as written: "2", "I"; the translators' names; the text after the notes); (None, None, (), text)
    when none opens it. An edition is what APA would put in the
    title's parentheses (_TITLE_EDITION), in three words at most ("Edisi Terbaru 2018"; "Second Edition McGraw-Hill,
    Irwin" runs on into the publisher)."""
    editions, volume, translators, at = [], None, (), 0  # read on from `at`: a line of many notes is read once
    while True:
        language = _TRANSLATED_INTO.match(text, at)
        if language:
            at = _SPACES.match(text, language.end()).end()
            continue
        translator = _TRANSLATOR_NOTE.match(text, at)
        if translator:
            translators = translators or _translator_names(translator.group("names") or translator.group("comma_names"))
            at = _SPACES.match(text, translator.end()).end()
            continue
        head = text[at:at + 40]
        for stop in re.finditer(r"[.,](?:\s+|$)", head):
            note = head[:stop.start()].strip()
            if len(note.split()) > (3 if stop.group()[0] == "." else 2):  # "Cetakan Ketujuh, Edisi Pertama,"
                stop = None
                break
            if volume is None and (read := _VOLUME_NOTE.fullmatch(note)):
                volume = read.group("volume")
                break
            if _EDITION_OPENING.match(note) and _TITLE_EDITION.fullmatch(f"({note})"):
                editions.append(_edition_written(note))
                break
        else:
            stop = None
        if stop is None:
            glued = _GLUED_PRINTING.match(text, at)
            if glued:
                editions.append(_edition_written(glued.group()))
                at = glued.end()
                continue
            return "; ".join(editions) or None, volume, translators, text[at:]
        at += stop.end()


def _notes_after_comma(title: str) -> tuple[str, str | None]:
    """A title closed by a book's notes after a comma (_COMMA_NOTES): "Software Engineering, 9th ed", "Pengenalan Sistem
    Informasi, Ed. Revisi", "Organisasi, Perilaku, Struktur dan Proses, Jilid I, Edisi VIII" -> (the title, the notes as
    written, for _book_notes to read); (title, None) when none closes it."""
    notes = _COMMA_NOTES.search(title)
    pieces = [p.strip() for p in notes.group().strip(" ,.").split(",")] if notes else []
    if not pieces or not all(_VOLUME_NOTE.fullmatch(p) or _TITLE_EDITION.fullmatch(f"({p})") for p in pieces):
        return title, None
    return title[:notes.start()].strip(), ", ".join(pieces)


def _edition_written(note: str) -> str:
    """The edition as written, its abbreviation's stop kept: "14th ed.", "7th edn.", "Rev. ed."; "Edisi 2", "Ed. 1"."""
    note = " ".join(note.split()).rstrip(".")
    return f"{note}." if re.search(r"\b(?:ed|edn|rev|cet)$", note, re.I) else note


# A title's closing parenthesis, where APA writes a book's notes: its edition, its volume, who translated it
_TITLE_NOTES = re.compile(r"\((?P<notes>[^()]+)\)$")  # no "\s*" before: tried from each space of a run, quadratic
# ... who translated it: "R. Saraswati, Terj.", "Yustinus, Penerj.", "T. Parsons, Trans.", "Terj. Moh. Zuhri"
_TRANSLATOR_PART = re.compile(rf"(?P<names>[^,;()][^;()]{{0,80}}?),\s*(?i:{TRANSLATOR_WORD})"
                              rf"|(?i:{_TRANSLATOR_WORD})\s+(?P<names_after>[^;()]{{2,80}})")


def _edition_out(ref: Reference) -> Reference:
    """The edition is no part of the title (APA 7 sets it in parentheses after the title, outside its italics; Chicago
    and Harvard write "2nd ed." as an element of its own, as Indonesian guides write "Edisi Ke-2." after the title):
    kept apart, so that another style renders it where it puts editions and the title matches the same work's. So are
    the volume ("(Vol. 2)", "(Jilid 1, Edisi 13)") and who translated it ("(Yustinus, Penerj.)", "(Edisi 16; R.
    Saraswati, Terj.)") that APA writes in the same parenthesis."""
    notes = _TITLE_NOTES.search(ref.title or "")
    if notes is None or not ref.title[:notes.start()].strip():
        return ref
    parts = [" ".join(p.split()) for p in notes.group("notes").split(";")]
    translators = [_translator_names(t.group("names") or t.group("names_after")) for p in parts
                   if (t := _TRANSLATOR_PART.fullmatch(p))]
    parts = [p for p in parts if not _TRANSLATOR_PART.fullmatch(p)]
    pieces = [[piece.strip() for piece in p.split(",")] for p in parts]
    volume = next((v.group("volume") for p in pieces for piece in p if (v := _VOLUME_NOTE.fullmatch(piece))), None)
    parts = [", ".join(piece for piece in p if not _VOLUME_NOTE.fullmatch(piece)) for p in pieces]
    parts = [p for p in parts if p]
    if parts and not _TITLE_EDITION.fullmatch(f"({notes.group('notes')})"):
        return ref  # "(Studi Kasus di Kota Malang)": the title's own words
    # "(Edisi Revisi, Cetakan Pertama)": an edition and a printing, each a note of its own, kept as _book_notes keeps them
    parts = ["; ".join(p.split(", ")) if all(_TITLE_EDITION.fullmatch(f"({q})") for q in p.split(", ")) else p
             for p in parts]
    said = [p for p in parts if _TITLE_EDITION.fullmatch(f"({p})")]
    return replace(ref, title=ref.title[:notes.start()].strip(), edition="; ".join(said or parts) or ref.edition,
                   **({"volume": volume} if volume and not ref.volume else {}),
                   **({"translators": translators[0]} if translators and not ref.translators else {}))


# The words a law's, a regulation's, a decree's or a court decision's name opens with
_LAW_OPENING = re.compile(LAW_OPENING)
# ... and what makes the words a law's name: its number, a statute's year, or a code's or constitution's own name (a
# year alone makes no "Keputusan"/"Peraturan" a law's: "Keputusan Pembelian Konsumen ... Tahun 2018" is a title)
_LAW_NAMED = re.compile(rf"\b(?:Nomor|No\.?)\s*[\w.]+|^(?:Undang-Undang|UUD?)\b.*\bTahun\s+{YEAR_DIGITS}\b|"
                        r"^(?:Kitab\s+)?Undang-Undang\s+(?:Dasar|Hukum)\b")
# Where a law's name ends: a full stop before a capital or the end (not "No. 20", "P.32/MenLHK", "Kum.1")
_LAW_END = re.compile(rf"\.\s+(?=[A-Z(\[]|{YEAR_DIGITS}\b)|\.?\s*$")
# The gazette it was published in, in parentheses: "(Lembaran Negara Republik Indonesia Tahun 2012 Nomor 153)"
# ... or after a comma, to the name's end: ", Lembaran Negara Republik Indonesia Tahun 2009 Nomor 140, Tambahan ..."
# ... or a sentence of its own after it: "... tentang Pangan. Lembaran Negara Republik Indonesia Tahun 2012 Nomor 227."
_GAZETTE_NAME = r"(?:Lembaran|Tambahan\s+Lembaran|Berita)\s+(?:Negara|Daerah)\b"
_GAZETTE = re.compile(rf"\s*\((?P<gazette>{_GAZETTE_NAME}[^()]*|L\.?N\.?\b[^()]*)\)|,\s*(?P<listed>{_GAZETTE_NAME}.*)$")
_GAZETTE_AFTER = re.compile(rf"{_GAZETTE_NAME}[^.]*")
_LAW_NAME_LINKS = NAME_LINKS | {"atau", "atas", "dari", "perubahan", "pengganti", "k/pid", "k/pdt"}
# (its year after "Tahun" as written, "tahun" too: "Nomor 34 tahun 2022"; or the last part of its number, not a part
# before another number that reads as a year: "Nomor HK.01.07/Menkes/1983/2022" is of 2022; "Nomor 1234/Pdt.G/2019/PA.JS"
# of 2019)
_LAW_YEAR = re.compile(rf"\b(?i:tahun)\s+(?P<year>{YEAR_DIGITS})\b|/\s?(?P<number_year>{YEAR_DIGITS})\b(?!\s?/\s?\d)")
# ... or, for a decision with no number, the day it was given: "Keputusan Mahkamah Internasional tentang Pulau Sipadan
# dan Pulau Ligitan, tanggal 17 Desember 2002."
_LAW_DATED = re.compile(rf"\btanggal\s+\d{{1,2}}\s+{MONTH}\s+(?P<year>{YEAR_DIGITS})\b", re.I)


# The maker of a law named before it, as IEEE and some lists write it: "Republik Indonesia, Undang-Undang ...",
# "Pemerintah Kota Malang. Peraturan Daerah ..." (a body, or the republic itself)
_LAW_ISSUER = re.compile(rf"^(?P<body>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,6}})[,.]\s+(?={LAW_OPENING})")
_LAW_ISSUER_NAME = re.compile(r"(?:Negara\s+)?Republik\s+Indonesia|Indonesia|RI")


def law_entry(entry: str, start: int = 0, end: int | None = None) -> Reference | None:
    """A law, regulation, decree or court decision listed by its name, with no author ("Undang-Undang Nomor 20 Tahun
    2003 tentang Sistem Pendidikan Nasional.", "Putusan Mahkamah Konstitusi Nomor 46/PUU-VIII/2010.", "Kitab
    Undang-Undang Hukum Pidana."): kind "law", its name up to "tentang" where an author stands (as APA moves a title),
    the whole name its title, its year the one its name gives (else one written after it; a code may have none), a
    gazette its container, a publisher after it read as a book's."""
    text = " ".join(_MARKER.sub("", entry.replace("*", "")).split())
    issuer = _LAW_ISSUER.match(text)
    if issuer and (_LAW_ISSUER_NAME.fullmatch(issuer.group("body")) or is_organisation(issuer.group("body"))) \
            and (law := law_entry(text[issuer.end():], start, end)) is not None:
        body = issuer.group("body")  # "Republik Indonesia, Undang-Undang Nomor 7 Tahun 2021 ...": its maker as author
        return replace(law, text=text, authors=(body,), names=(body,))
    if not _LAW_OPENING.match(text) or len(text) > 400:
        return None
    cut = _LAW_END.search(text)
    title, rest = text[:cut.start()], text[cut.end():]
    gazette = _GAZETTE.search(title)
    if gazette:
        title = title[:gazette.start()] + title[gazette.end():]
    # its name, before what it is about: "... Tahun 2003 tentang ...", "Kepmenkes No. 1027/MenKes/SK/IX/2004, Standar ..."
    # ... "tentang" last too, its subject on the next line ("Undang-Undang ... Tahun 2003 tentang" / "Sistem ...")
    # ... a letter's "hal"/"perihal" as a law's "tentang": "Surat Direktur ... Nomor YM.02.01/D.VI/2666/2023 hal ..."
    name = re.split(r"\s+(?:(?i:tentang)|hal|perihal|Perihal)(?:\s+|$)|(?<=\d),\s+(?=[A-Z])", title, maxsplit=1)[0].strip(" ,")
    dated = _LAW_DATED.search(title)
    if not (_LAW_NAMED.search(name) or dated) \
            or sum(w[:1].islower() and w not in _LAW_NAME_LINKS for w in name.split()) > 1:
        return None  # no law's name, or a sentence about one ("Undang-Undang Nomor 20 Tahun 2003 menyatakan bahwa ...")
    # (the last of a number's years: "Nomor 420/1502/Disdik/2021" is of 2021; "tahun" said first)
    years = list(_LAW_YEAR.finditer(name))
    said = next((y for y in years if y.group("year")), None) or (years[-1] if years else None) or dated
    after = _YEAR_ENDING.search(rest)
    year = (said.group("year") or said.groupdict().get("number_year")) if said else \
        re.search(YEAR_DIGITS, after.group()).group() if after else None
    if after:
        rest = rest[:after.start()]
    after_name = None if gazette else _GAZETTE_AFTER.match(rest)
    if after_name:
        rest = rest[after_name.end():].strip(" .,")
    # "Jakarta: Sinar Grafika" after it; a line that is no place and publisher ("Keputusan ... tanggal 17 Desember
    # 2002.", run on by a reader) is none
    published = _publisher(rest) if _PLACE_PUBLISHER_ONLY.fullmatch(rest.strip(" .,")) else {}
    if "url" not in published and (url := _URL.search(rest)):
        published["url"] = url.group().rstrip(".,;)")  # where it was read: "[Daring]. Tersedia: https://..."
    return Reference(text=text, authors=(name,), names=(name,), year=year, year_text=year, title=title.strip(" ,."),
                     kind="law", container=(gazette.group("gazette") or gazette.group("listed")).strip(" .") if gazette
                     else after_name.group().strip(" ,") if after_name else None,
                     start=start, end=start + len(entry) if end is None else end, **published)


# A thesis's genre as lists write it: "Skripsi", "Tesis tidak diterbitkan", "Disertasi Doktor", "Tugas Akhir",
# "[Doctoral dissertation, ...]", "Unpublished master's thesis"
_GENRE = (r"(?:(?:unpublished\s+)?(?:(?:master|doctoral|bachelor|undergraduate|ph\.?\s?d\.?)['’]?s?\s+)?"
          r"(?:skripsi|tesis|disertasi|tugas\s+akhir|karya\s+tulis\s+ilmiah|thesis|dissertation|diss\.)"  # Chicago's
          r"(?:\s+(?:s-?[123]|sarjana|magister|master|doktor|doktoral|program\s+sarjana|ph\.?\s?d\.?|m\.?\s?a\.?(?![a-z])))?"  # "PhD diss.", "Tesis MA"
          r"(?:\s*,?\s*(?:tidak|belum)\s+(?:diterbitkan|dipublikasikan)|\s*,?\s*unpublished)?)")
# ... in brackets or parentheses after the title, with its school or none: "Judul [Skripsi, Universitas X]", "(Tesis)"
_GENRE_BRACKETED = re.compile(rf"\s*[\[(]\s*(?i:{_GENRE})\s*(?:[,:]\s*(?P<school>[^\[\]()]+?))?\s*[\])]")
# ... or a part of its own after it: "Judul. Skripsi. Universitas X", "“Judul,” Skripsi, Universitas X, Semarang, 2019."
# ... or run into its school: "Tesis Program Pascasarjana Unair, Surabaya", "Tesis Magister Manajemen Universitas X"
_GENRE_PART = re.compile(rf"(?:(?<=[.,”\"’])|(?<=[.,”\"’]\s))(?i:{_GENRE})\s*(?:[.,:;]\s*|(?<=\s)(?={SCHOOL_OPENING})|$)")
_YEAR_ENDING = re.compile(rf"(?:[,;.]\s*|\s+)\(?(?:{YEAR})\)?\s*\.?\s*$")


def _as_thesis(ref: Reference) -> Reference:
    """A thesis ("... Skripsi. Universitas Negeri Semarang."): kind "thesis", its school the publisher (and its place),
    the genre word in neither the title nor the publisher. The genre stands after the title, in brackets or as a part
    of its own; a title naming it among its words ("Menulis Skripsi, Tesis, dan Disertasi", past a full stop too) is
    no thesis, nor a title whose comma runs on into it unless a school follows ("Judul, Skripsi, Fakultas Ekonomi
    Universitas X")."""
    text, title = ref.text, ref.title or ""
    at = text.find(title) if title else -1
    after = at + len(title) if at >= 0 else 0
    m = _GENRE_BRACKETED.search(text, max(at, 0)) or _GENRE_PART.search(text, after)  # the title may hold the brackets
    if m is None and title and ref.kind == "misc":
        inside = re.search(rf",\s*(?i:{_GENRE})\s*[,.]\s*(?P<school>[^,]+)", title)
        if inside and is_organisation(inside.group("school").strip(" .")):
            m, after = _GENRE_PART.search(text, max(at, 0) + inside.start() + 1), max(at, 0) + inside.start()
            title = title[:inside.start()]
    if m is None:
        return ref
    if m.re is _GENRE_PART and re.match(rf"(?i:{_GENRE})\b", text[m.end():]):
        return ref  # "Pedoman Menulis. Skripsi, Tesis, dan Disertasi. Bandung: Alfabeta.": the genres a title lists
    title = _GENRE_BRACKETED.sub("", title).strip(" ,.") if m.re is _GENRE_BRACKETED else title
    rest = _YEAR_ENDING.sub("", _ONLINE.split(_RETRIEVED.split(_URL.split(text[m.end():])[0])[0])[0]).strip(" ,.;[]()")
    school, archive = (m.group("school") or "").strip(" ,.") if m.re is _GENRE_BRACKETED else "", None
    if school:
        archive = rest or None  # "[Doctoral dissertation, University of Leeds]. White Rose eTheses."
    else:
        school = rest
    published = _school(school) if school else {}
    authors = ref.authors
    if len(authors) == 1 and _INITIALS_UNSTOPPED.search(authors[0]) and len(authors[0].split()) == 2:
        # "Fadillah RA. 2024. Judul [skripsi]. Bogor: IPB.": a thesis is a person's, IPB's initials after the surname
        # go (one name alone may otherwise be a body's short form, "Kominfo RI", and stay whole)
        authors = (_INITIALS_UNSTOPPED.sub("", authors[0]),)
    return replace(ref, title=title.strip(" ,.") or None, kind="thesis", container=archive, authors=authors,
                   publisher=published.get("publisher") or None, place=published.get("place") or None,
                   volume=None, issue=None)


# What an unpublished work is, said after its title (or, for an interview, opening it): a paper read at a meeting
# ("Makalah disampaikan pada Seminar X, ...", "Paper presented at the X, ...", APA's "[Paper presentation]. X, ..."), a
# research report ("Laporan Penelitian. Malang: Lembaga ...") or an interview ("Wawancara pribadi, Malang, 3 Juni 2020",
# "Wawancara dengan Kepala Desa ... Malang, 12 Mei 2020.")
# ... the verb alone ("Disampaikan dalam Diskusi Publik, Juni."), or "Makalah" right before the meeting ("Makalah Seminar
# Nasional, 12 Juni."): no periodical's name, whatever day or month follows
_PAPER_VERB = r"(?:disampaikan|dipresentasikan|disajikan|dibawakan|presented)"
_PAPER_SAID = re.compile(rf"(?:(?:makalah|paper|kertas\s+kerja)(?:\s+(?:yang\s+)?{_PAPER_VERB})?|{_PAPER_VERB})"
                         r"\s+(?:pada|dalam|di|at|in)\s+(?:the\s+|acara\s+)?|(?:makalah|paper)\s+(?=(?:seminar|konferensi|"
                         r"simposium|lokakarya|workshop|diskusi|kongres|sarasehan|conference|symposium)\b)", re.I)
_PAPER_BRACKETED = re.compile(r"\s*\[\s*(?:paper|poster|conference)\s+presentation\s*\]", re.I)
_REPORT_SAID = re.compile(r"(?:laporan\s+(?:akhir\s+|hasil\s+)?penelitian|laporan\s+(?:akhir|teknis)|"
                          r"(?:research|technical|final)\s+report)\b\s*[.,:;]?\s*", re.I)
# ... or its series and number in brackets after the title, as APA writes a report's: "(Report No. 155012)",
# "(Publikasi Statistik No. 32020.26003)", "(Working Paper No. 12)"
_REPORT_NUMBERED = re.compile(r"\s*\((?P<series>[^()]*?\b(?:report|laporan|publikasi|working\s+paper|kertas\s+kerja|"
                              r"policy\s+brief|technical|teknis|discussion\s+paper)\b[^()]*?)\s+(?:No\.?|Nomor|Number)"
                              r"\s*[\w./-]+\)\s*$", re.I)
_REPORT_TITLE = re.compile(r"(?:laporan|(?:annual\s+)?report)\b", re.I)  # the title says it
_INTERVIEW_SAID = re.compile(r"(?:hasil\s+)?wawancara(?:\s+(?:pribadi|langsung))?\b|komunikasi\s+pribadi|"
                             r"personal\s+(?:interview|communication)", re.I)
_INTERVIEW_TITLE = re.compile(r"(?:hasil\s+)?wawancara\s+(?:pribadi\s+)?dengan\b", re.I)  # "Wawancara dengan Kepala Desa"
_INTERVIEW_BRACKETED = re.compile(r"\s*\[\s*(?:wawancara|interview|komunikasi\s+pribadi|personal\s+communication)\b[^\]]*\]$",
                                  re.I)  # "Staf Dinas X [Wawancara]"
# A meeting's or an interview's day, last: "14 Maret 2009", "23-24 September 2003", "Maret 2009", ", 2009"
_DAY_LAST = re.compile(rf"[,.]?\s*(?:(?:\d{{1,2}}(?:\s*[-–‐‑‒]\s*\d{{1,2}})?\s+)?{MONTH}(?:\s+\d{{1,2}}(?:\s*[-–‐‑‒]\s*\d{{1,2}})?)?"
                       rf"(?:,?\s+{YEAR})?|{YEAR})\s*\.?$")


def _as_unpublished(ref: Reference) -> Reference:
    """A paper read at a meeting (kind "paper": the meeting its container, its host the publisher, the city its
    place), a research report (kind "report": its institution the publisher) or an interview (kind "interview": the
    city it was held in, no publisher), as said after the title; other entries as they are."""
    if ref.kind in ("law", "thesis"):
        return ref
    text, title = ref.text, ref.title or ""
    at = text.find(title) if title else -1
    if at < 0:
        return ref
    after = text[at + len(title):]
    after = _ONLINE.split(_RETRIEVED.split(_URL.split(after)[0])[0])[0].strip(" .,;\"”’")
    bracketed = _PAPER_BRACKETED.search(title)
    paper = _PAPER_SAID.match(after) if not bracketed else None
    if bracketed or paper:
        meeting = _meeting(after[paper.end():] if paper else after)
        return replace(ref, title=_PAPER_BRACKETED.sub("", title).strip(" ,.") or None, kind="paper",
                       volume=None, issue=None, **meeting)
    numbered = _REPORT_NUMBERED.search(title)
    if numbered and ref.kind in ("book", "misc", "web"):
        # "Judul (Publikasi Statistik No. 32020.26003). BPS.", "Title (Report No. 155012).": APA's numbered report
        return replace(ref, title=title[:numbered.start()].strip(" ,.") or None, kind="report")
    report = _REPORT_SAID.match(after)
    if report and after[report.end():].strip():
        published = _school(after[report.end():].strip(" .,"))
        return replace(ref, kind="report", container=None, publisher=published.get("publisher") or None,
                       place=published.get("place") or None)
    if ref.kind == "book" and _REPORT_TITLE.match(title) and ref.names and is_organisation(ref.names[0]):
        # "Kementerian Kesehatan RI. Laporan Nasional Riskesdas 2018. Jakarta: ...": a body's report by its title
        # ("Laporan Keuangan" by a person is a textbook)
        return replace(ref, kind="report")
    # "Wawancara dengan X" as the title only with no place and publisher after it: "Wawancara dengan Anak. Jakarta:
    # Kencana" is a book; "Wawancara dengan Kepala Desa. Malang, 12 Mei 2020." an interview
    interview = _INTERVIEW_SAID.match(after) or _INTERVIEW_BRACKETED.search(title) \
        or (_INTERVIEW_TITLE.match(title) if not _PLACE_PUBLISHER_ONLY.fullmatch(after) else None)
    if interview:
        rest = after[interview.end():] if interview.string is after else after
        place = _meeting(f"-, {rest.strip(' .,')}")["place"]
        return replace(ref, title=_INTERVIEW_BRACKETED.sub("", title).strip(" ,.") or None, kind="interview",
                       container=None, publisher=None, place=place, volume=None, issue=None, pages=None)
    return ref


def _meeting(text: str) -> dict:
    """ "Seminar Nasional X, Fakultas Hukum Universitas Y, Medan, 14 Maret 2009": the meeting (container), its host
    (publisher) and its city with its country (place), the day left out."""
    parts = [p.strip() for p in _DAY_LAST.sub("", text.strip(" .,")).split(",") if p.strip()]
    place: list[str] = []
    while len(parts) > 1 and len(place) < 2 and (_place(parts[-1]) or _publishing_place(parts[-1])):
        place.insert(0, parts.pop())
    return {"container": (parts[0] if parts and parts[0] != "-" else None), "publisher": ", ".join(parts[1:]) or None,
            "place": ", ".join(place) or None}


def _school(text: str) -> dict:
    """A thesis's school and its place: "Universitas Negeri Semarang", "Semarang: Universitas Negeri Semarang",
    "Universitas Negeri Semarang, Semarang", "University of Leeds, Leeds, UK"."""
    if ":" not in text and "," in text:
        school, _, place = text.rpartition(",")
        if _publishing_place(place) or _place(place) and not _place(school):
            head, _, city = school.rpartition(",")
            if head.strip() and not _publishing_place(place) \
                    and (_publishing_place(city) or _place(city) and not _place(head)):
                school, place = head, f"{city.strip()}, {place.strip()}"  # "Universitas X, Malang, Jawa Timur"
            return {"publisher": school.strip(), "place": place.strip(" .")}  # "Jurusan X, Universitas Y, Semarang"
        school, _, place = text.partition(",")
        if _place(place.split(",")[0]):
            return {"publisher": school.strip(), "place": place.strip(" .")}  # "University of Leeds, Leeds, UK"
    return _publisher(text)


def _normalised(entry: str, degrees: bool = False) -> str:
    """An entry's text as the readers of its styles take it: markers, residue, emphasis and a comment after it out,
    one line, links broken over lines whole, a year split by a space whole, a link's words after "Tersedia:" out, the
    degrees after its names out (degrees: kept, as the entry is shown)."""
    text = " ".join(_RESIDUE.sub("", _MARKER.sub("", _commas(entry).replace("*", ""))).split())
    text = _LINK_WORDS_LABELLED.sub(lambda m: " Tersedia:" if m.group("address") else "", text)
    text = _SMALL_INITIAL_AFTER.sub(lambda m: m.group("head") + m.group("small").upper(), text, count=1)
    text = _NOTE_AFTER_ENTRY.sub("", text)
    text = _without_degrees(text) if "," in text[:160] and not degrees else text
    return _COMMENT_AFTER.sub("", _spaced_year(_links_rejoined(text)))


# Degrees after a person's name among an entry's names, before the next name or the title (IEEE and numbered lists
# written from a byline: "R. Hartono, S.T., M.Kom., Judul Buku. Kota: Penerbit, 2019.", "B. Santoso, M.Eng, "Judul.""):
# no part of the name and no co-author, nor the title's first words. A run of them with a small letter in one ("M.Kom",
# "M.Eng", "Ph.D."), after a name's word: "S.E." or "S.T." alone reads as initials ("Santoso, S.E.") and stays
_DEGREE_TOKEN = rf"(?:(?:S|M|D)\.\s?(?:{DEGREE_FIELDS}|Eng|Kom\.I|Cs|Sc|Ag)\.?|Ph\.\s?D\.?|(?:{DEGREES_RUN_TOGETHER}))"
_DEGREES_AFTER_NAME = re.compile(rf"(?<=[a-z])(?:,\s*{_DEGREE_TOKEN}(?=\s*,))+")


# ... and a title before a name written initials first ("Dr. B. Santoso, M.Eng, "Judul."", "Prof. R. S. Wijaya and Dr.
# T. Lim, ..."): no part of the name (an initial after "Dr." would be read as the author "Dr")
_TITLES_BEFORE_INITIALS = re.compile(rf"(?:(?<=^)|(?<=,\s)|(?<=\b(?:and|dan)\s))(?:(?:{HONORIFICS})\.\s*)+"
                                     r"(?!(?:Hj?|KH)\.\s)(?=(?:[A-Z]\.\s?)+[A-Z][a-z])")  # "Prof. Dr. H. Mulyasa": _without_titles


def _without_degrees(text: str) -> str:
    """The entry's text with the degrees after its names out, and the titles before their initials (see above)."""
    head = _TITLES_BEFORE_INITIALS.sub("", text[:160])
    return _DEGREES_AFTER_NAME.sub(lambda m: "" if re.search(r"[a-z]", m.group()) else m.group(), head) + text[160:]


# A link's words where an address is labelled, the link taken out or its address after them: "MIT Press. 2020.
# Tersedia: tautan informasi buku.", "... Tersedia: tautan informasi. https://...": small words, no address, no date
_LINK_WORDS_LABELLED = re.compile(r"(?<=\.)\s+(?i:tersedia|available)(?:\s+(?:di|pada|at))?\s*:\s*[a-z][a-z ]{2,40}?\s*\.?"
                                  r"(?=\s*(?P<address>https?://\S+)?\s*$)")


# The writer's note on why a work is listed, in parentheses after the entry's last stop (on a line of its own under
# it, often in italics): "... Bandung: Informatika. (Digunakan sebagai referensi utama dalam pemodelan teori
# himpunan).": five words or more, a parenthesis inside it kept; not a note on the work itself ("(Original work
# published 1923)", "(Cetakan ke-3)", "(Terjemahan ...)")
_NOTE_AFTER_ENTRY = re.compile(rf"(?<=[.\]])\s+\((?=[A-Z])(?![^()]*\b(?i:{_PRINTING_WORDS}|original|asli|published|"
                               r"diterbitkan|terbit|terjemahan|translated|translation|dissertation|thesis|skripsi|tesis|"
                               r"disertasi)\b)(?=(?:[^()\s]+\s+){4})(?:[^()]|\([^()]*\))+\)\.?\s*$")


# A second initial typed small before the next author, among an entry's first words: "Ashley, E. a and Niebauer, J.,
# 2004." reads as "E. A" (so the names are names, not a title before a year written last)
_SMALL_INITIAL_AFTER = re.compile(r"^(?P<head>[A-Z][\w'’\-]{1,30},\s[A-Z]\.\s)(?P<small>[a-z])(?=\s*,|\s+(?:and|dan|&)\s)")


_LOWER_INITIAL = re.compile(r"(?<=,\s)[a-z]\.?(?=\s*(?:,|&|$))")


# Persons written given name first, one to four capitalised words each between commas, a stop, then a title
_PERSONS_THEN_TITLE = re.compile(r"^(?P<names>[A-Z][a-z][\w'’\-]*(?:\s[A-Z][a-z][\w'’\-]*){0,3}"
                                 r"(?:,\s+[A-Z][a-z][\w'’\-]*(?:\s[A-Z][a-z][\w'’\-]*){0,3}){2,})\.\s+"
                                 r"(?P<title>[A-Z0-9“\"][^.]{3,200}?)[,.]?$")
_PAGES_AT_MOST = re.compile(r"(?:(?:pp?|hlm|hal|halaman)\.?\s*\d+(?:\s*[-–]\s*\d+)?)?\s*\.?")


def _read_entry(entry: str, start: int = 0, end: int | None = None) -> Reference | None:
    text = _normalised(entry)
    end = start + len(entry) if end is None else end
    numbered = numbered_style(text)
    if numbered:
        return _numbered_style(text, numbered, start, end)
    chicago = _chicago(text)
    if chicago:
        return _chicago_article(text, chicago, start, end)
    mla = _mla(text)
    if mla:
        return _mla_article(text, mla, start, end)
    if (copernicus := _copernicus(text, start, end)) is not None:
        return copernicus
    year_m = _PAREN_YEAR.search(text, 0, 300)
    noted = _PRINTING_NOTE.sub("", text)  # "2015 (cetak ulang 2018)."
    # "... Yogyakarta: UGM Press, 2016. Tersedia di: https://...": a year-last entry before where it was read (not an
    # entry whose year follows its authors: "Putra, Andi. 2022. “Judul”. Tempo.co, 3 Maret 2022. https://...")
    read_online = _web_tail(noted) if _author_date(text) is None and not _PAREN_YEAR.search(text, 0, 300) else None
    # (no year before it: the entry as it was read before, "WHO. Obesity. Available at: https://... Accessed 2022.")
    last = None if _CITING_OPENING.match(text) else \
        read_online is not None and (_person_year_last(noted[:read_online + 1]) or _body_year_last(noted[:read_online + 1])) \
        or _person_year_last(noted) or _body_year_last(noted)
    if last and re.search(r"\b(?:[Tt]ahun|TAHUN|[Nn]o\.?|[Nn]omor)\s*$", text[:last.start("year")]):
        last = None  # "Konvensi PBB Tentang Hukum Laut Tahun 1982": a law's year, not a publication's
    if last and (early := _BODY_THEN_YEAR.match(text)) and early.end("year") < last.start("year") \
            and is_organisation(early.group("body")):
        last = None  # "Kementerian Kesehatan RI. 2021. Profil Kesehatan Indonesia 2020. https://...": the year after
        # the body's name is the entry's, the last one the title's own
    if last and (_ACCESSED_BEFORE.search(text[:last.start("year")]) or _DATED.search(text, last.start("year") - 12))\
            and _BARE_YEAR.search(text, 0, last.start("year")):
        last = None  # "2019. Judul. (Online). (http://..., diakses 5 Mei 2020)", "2020. Judul. (12 Mei 2019).": the first
    if year_m and ((_DATED.match(text, year_m.start()) and _BARE_YEAR.search(text, 0, year_m.start()))
                   or _years_in_title(text, year_m)):
        year_m = None  # "Santoso, Budi. 2019. Judul. (12 Mei 2019).": the day a page was read, after the entry's year
    reprint = None
    at_end = last or _YEAR_AT_END.search(text)
    if at_end and (bare := _author_date(text)) and bare.start("year") < at_end.start("year"):
        # "Santoso, Budi. 2015. Judul. Malang: UMM Press, 2016.", "Hartono, 2019, Judul, Malang: UMM Press, 2020.":
        # the year after the authors, a reprint's last
        reprint, last = at_end, None
    if last and not (year_m and year_m.start() < last.start("year") - 1):
        ref = _year_last(text, last, start, end)
        if ref is not None and read_online is not None and not ref.url and (url := _URL.search(noted, read_online)):
            ref = replace(ref, url=url.group().rstrip(".,;)"))  # where the book was read
        return ref
    given_first = False  # the authors all written given name first (_PERSONS_THEN_TITLE)
    dated = False  # the date names its day and month ("(18 Maret 2022)", "(2 Feb 2024)"): a page's or a paper's day
    if year_m and text[:year_m.start()].strip():
        head, year_text, rest = text[:year_m.start()], year_m.group("year") + year_m.group("more"), text[year_m.end():]
        dated = bool(re.search(rf"\b\d{{1,2}}\s+{_MONTH_NAMED}|{_MONTH_NAMED}\s+\d{{1,2}}\b", year_m.group(), re.I))
    else:
        bare = _BARE_YEAR.search(text, 0, 200) or _BARE_NO_DATE.search(text, 0, 120) \
            or _BARE_YEAR_NO_STOP.search(text, 0, 120)
        if not bare or not text[:bare.start() + 1].strip():
            return None
        head, year_text, rest = text[:bare.start() + 1], bare.group("year"), text[bare.end():]
        if day := _CSE_DAY.match(rest):  # "Abdi AP. 2019 Agu 29. Judul berita? Tirto.id.": the day is the date's
            year_text, rest = f"{year_text} {day.group('day')}", rest[day.end():]
        title_first = _NAME_THEN_TITLE.match(head)
        if title_first and not is_organisation(title_first.group("name")) \
                and not is_organisation(title_first.group("title")) \
                and not _given_names_not_title(title_first.group("name"), title_first.group("title"), rest):
            # "Sugiyono. Metode Penelitian Pendidikan. 2013. Bandung: Alfabeta.": the title before the year
            head, rest = title_first.group("name") + ".", f"{title_first.group('title')}. {rest}"
        elif body := _body_then_title(head, rest):
            # "World Health Organization. Stunting in a nutshell [Internet]. 2015.": a body, its title, then the year
            head, rest = body.group("body") + ".", f"{head[body.end():].strip()} {rest}"
        elif (persons := _PERSONS_THEN_TITLE.match(head.rstrip(" ,"))) and _PAGES_AT_MOST.fullmatch(rest.strip()):
            # "Rina Kartika, Budi Hartono, Sari. JUDUL BUKU, 2020, hlm 10-20": persons given name first, a stop, the
            # title, then the year and at most its pages
            head, rest = persons.group("names") + ".", f"{persons.group('title')}. {rest}"
            given_first = True  # each name whole between the commas, no surname-then-given pairs
    if re.search(r"(?<![A-Z])/|/(?![A-Z])|:|\d{3}", re.sub(r"(?<=\w)\s+/\s+(?=[A-Z])", " ", head)):
        return None  # "MenKes/ SK/ XI/ 2001": a decree number, not authors ("ISO/IEC.": two bodies' acronyms, one author;
        # "RabbitMQ / Broadcom Inc.": a product and the company owning it, spaced, one author)
    year = re.match(YEAR, year_text.strip())
    editors = bool(_EDITORS.search(head))
    head = _EDITORS.sub("", head).strip().rstrip(",").strip()
    if not re.search(r"\b[A-Z]\.$", head):
        head = head.rstrip(".").strip()  # "Kelompok 5." -> "Kelompok 5"; "Lambe, J." keeps its initial's dot
    names = _authors(head) if not given_first else [n.strip() for n in head.rstrip(".").split(",")]
    if not names:
        return None
    if reprint:
        rest = rest[:len(rest) - (len(text) - reprint.start("year"))].rstrip(" ,;(")  # no volume "2016" read
        rest = re.sub(r"\s*\([^()]*$", "", rest)  # "UMM Press (cetak ulang": the parenthesis the reprint's year was in
    fields = _comma_parts_body(rest.strip(), rest.lstrip().startswith(":")) if rest.lstrip()[:1] in (":", ",") \
        and year_m is not None else None
    fields = fields or _body(rest.strip().lstrip(".,:").strip())  # "(1974) : Judul": a colon after the year parts it too
    if fields["kind"] == "misc" and fields.get("title") and _PLACE_PUBLISHER_ONLY.fullmatch(fields["title"]) \
            and _publishing_place(fields["title"].split(":")[0]):
        # nothing but a place and publisher after the year: no title, or, in "Al-Qur'an dan Terjemahannya. 2010.
        # Jakarta: Departemen Agama RI.", a work with no author, its title where the author stands (as APA moves it)
        fields.update(kind="book", title=head.strip(" .") if _title_words(head.strip(" .")) else None,
                      **_publisher(fields["title"]))
    elif fields["kind"] != "article" and (journal := _journal(rest.strip().lstrip(".,").strip())) \
            and journal.get("volume") and _title_words(head.strip(" .")):
        # nothing but a journal, its volume and pages after the year: an article with no author, its title where the
        # author stands, as CSE (IPB) lists one ("Tren kemasan praktis & inovatif. 2006. Food Rev Indones. 1(1):19–21.")
        fields.update(kind="article", title=head.strip(" ."), container=journal["journal"].strip(),
                      volume=journal.get("volume"), issue=journal.get("issue") or journal.get("number"),
                      pages=_pages(journal.get("pages")), publisher=None, place=None)
    elif fields.get("title") and _TITLE_EDITION.fullmatch(f"({fields['title']})") and _title_words(head.strip(" .")) \
            and (fields.get("place") or fields.get("publisher")):
        # "Kamus Besar Bahasa Indonesia. 2008. Edisi Keempat. Jakarta: ...": the edition after the year, the title
        # where the author stands
        fields.update(title=head.strip(" ."), edition=fields["title"])
    if fields["kind"] == "book" and fields.get("url") and not fields.get("place") \
            and (dated or re.search(MONTH, year_text, re.I) or _MEDIUM.search(fields.get("title") or "")
                 or WEBSITE.fullmatch(fields.get("publisher") or "")):
        # "(2020, 5 Maret). Judul. Tani Online. https://...", "(18 Maret 2022). Judul. Viva. https://...", "Judul
        # [Video]. YouTube. https://...": a page dated to the day, or a post, on a site, not a book by a publisher
        fields.update(kind="web", container=fields.pop("publisher"))
    # IPB writes every author's initials after the surname ("Martianto DH, Riyadi H, Ariani M."): the first's go too;
    # one name alone may be a body's short form ("Kominfo RI", "Muslimat NU") and stays whole
    ipb = len(names) > 1 and all(_INITIALS_UNSTOPPED.search(n) for n in names)
    # ... and a first author given name first before others surname first ("Tadhg Brosnan, Sun, Da-Wen"): a person
    mixed = len(names) > 1 and "," not in names[0] and all("," in n for n in names[1:])
    surnames = tuple(_family(n) if "," not in n and (i or ipb or mixed or given_first) else _surname(n)
                     for i, n in enumerate(names))
    return Reference(text=text, authors=surnames, names=tuple(names),
                     year=year.group() if year else None, year_text=" ".join(year_text.split()),
                     start=start, end=end, editors=editors, **fields)


# What a page is, in brackets after its title (APA): "[Video]", "[Blog post]", "[Podcast]", "[Tweet]"
_MEDIUM_BRACKET = (r"\[(?:video|blog\s+post|podcast|tweet|status\s+update|infographic|infografis|unggahan|"
                   r"web\s+page|halaman\s+web)\b[^\]]*\]")
_MEDIUM = re.compile(_MEDIUM_BRACKET + "$", re.I)
_MEDIUM_OPENING = re.compile(r"\s*" + _MEDIUM_BRACKET + r"\.?", re.I)  # after a title's "?": "Apa itu? [Video]. YouTube"


# "Konsep Algoritme ... C++ Oleh Shofwan Hanief, S.Kom., M.T., I Wayan Jepriana. Diakses ...": a title, then its
# authors after "Oleh" (after a translator's or an editor's verb it names no author)
_TITLE_BY = re.compile(r"(?P<title>(?:(?!\b(?:1[5-9]|20)\d\d\b)[^.])+?)\s+Oleh\s*:?\s+(?=[A-Z])(?P<names>.+)")
_NOT_AUTHORS_BY = re.compile(rf"(?i:{_TRANSLATOR_WORD}|(?:disunting|diedit)\s+oleh\s*:?)\s*$")  # "Diterjemahkan Oleh", "Disunting Oleh"
_DEGREE_SHAPED = re.compile(r"(?:[A-Z][a-z]{0,3}\.){2,3}")  # a degree by its shape: "M.Cs.", "S.Kom.", "Ph.D."
_NAME_BY = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,4}")  # "I Wayan Jepriana", "Rangga Gelar Guntara"


def _not_a_name_by(head: str) -> bool:
    """A run after "Oleh" that is a title's words or an entry's place or publisher, not an author: a function word
    capitalized in a title-case title ("Oleh Remaja Di Kota Medan", "Oleh Anak Di Bawah Umur"), a city ("Jakarta")
    or a publisher ("Sinar Grafika") closing a comma-order entry whose title holds "Oleh"."""
    return bool(head) and (any(w.lower() in FUNCTION_WORDS for w in head.split()[1:])
                           or _publishing_place(head) or _names_publisher(head))


def _author_first(title: str) -> bool:
    """The words before "Oleh" open with an author as the comma order writes one ("Santoso, Budi, Kejahatan ...",
    "Komnas HAM, Laporan ..."): an entry in that order whose title holds "Oleh", not a title first."""
    head, comma, _ = title.partition(",")
    head = head.strip()
    return bool(comma) and (re.fullmatch(r"[A-Z][\w'’\-]+", head) is not None or is_organisation(head))


def _title_by(text: str) -> Reference | None:
    """An entry whose title comes first and its authors after "Oleh" (given name first, degrees after them, marks of
    their affiliations: "Oleh Azura Trijayanti¹, Intan Aulia²."), then where it was read ("Diakses pada 4 Oktober 2025
    melalui https://..."): the day read is no year; a year is one the rest gives outside it."""
    m = _TITLE_BY.match(text)
    if not m or len(m.group("title").split()) < 3 or _NOT_AUTHORS_BY.search(text, 0, m.start("names")):
        return None
    names, rest, stop = [], "", False
    for part in re.split(r",\s*", m.group("names")):
        if stop:
            rest += f", {part}"
            continue
        part = part.strip().strip("⁰¹²³⁴⁵⁶⁷⁸⁹")
        if _DEGREE.fullmatch(part) or _DEGREE_SHAPED.fullmatch(part):
            continue  # "S.Kom.", "M.T.", "M.Cs."
        head = part
        if cut := re.search(r"\.\s+(?=\S)", part):  # the names end: "Guntara. Diakses", "M.Cs. Diakses"
            head, rest, stop = part[:cut.start() + 1], part[cut.end():], True
            token = head.split()[-1]
            head = head[:-len(token)] if _DEGREE.fullmatch(token) or _DEGREE_SHAPED.fullmatch(token) else head
        head = _DEGREE.sub("", head).strip(" .⁰¹²³⁴⁵⁶⁷⁸⁹")
        if head and not _NAME_BY.fullmatch(head) or _not_a_name_by(head):
            return None  # not a list of names: "Oleh" inside a title's words
        names += [head] if head else []
    if not names or _author_first(m.group("title")):
        return None
    read = _RETRIEVED.split(rest)[0]
    year = re.search(rf"\b{YEAR}\b", read)
    url = _URL.search(rest)
    return Reference(text=text, authors=tuple(_family(n) for n in names), names=tuple(names),
                     year=year.group() if year else None, year_text=year.group() if year else None,
                     title=m.group("title").strip(" .,"), kind="web" if url else "book",
                     url=url.group().rstrip(".,;") if url else None)


def _chicago(text: str) -> re.Match | None:
    """Chicago's article (_CHICAGO_ARTICLE); one with no pages not a book whose quoted title its place and publisher
    follow ("Santoso, Budi. “Judul.” Jakarta: Kencana (2019).")."""
    m = _CHICAGO_ARTICLE.match(text)
    if m and m.group("pages") is None and _publishing_place(m.group("container").split(":")[0]):
        return None
    return m


def _chicago_article(text: str, m: re.Match, start: int, end: int) -> Reference:
    """ "Santoso, Budi. “Judul.” Jurnal Pendidikan 5, no. 2 (2019): 10–20.": the journal, its volume and number."""
    head = _ET_AL_AFTER.sub("", m.group("head"))  # "Zhu, Ying, et al": the names it gives
    head = head + ("." if re.search(r"\b[A-Z]$", head) else "")  # "Santoso, B. A." keeps its stop
    names = _authors(head)
    # ... and MLA 7's "Telematika [Online], 18.1 (2021): 118-130. Web.": the volume and issue joined by a stop
    container = re.sub(_ONLINE_MARK, "", m.group("container"), flags=re.I).strip(" ,")
    journal = re.match(r"^(?P<name>.*?)(?:,?\s+(?P<volume>\d+)(?:\.(?P<number>\d+))?)?(?:,\s*no\.\s*(?P<issue>\d+))?$",
                       container)
    url = (found := _URL.search(text, m.end())) and found.group().rstrip(".,;)")  # after it: its DOI's or its address
    doi = _DOI.search(url) if url else None
    return Reference(text=text, authors=tuple(_surname(n) for n in names[:1]) + tuple(_family(n) for n in names[1:]),
                     names=tuple(names), year=m.group("year"), year_text=m.group("year"), title=m.group("title").strip(),
                     kind="article", container=journal.group("name").strip(" ,") or None, volume=journal.group("volume"),
                     issue=journal.group("issue") or journal.group("number"), pages=_pages(m.group("pages")),
                     doi=doi.group(1).rstrip(".,)") if doi else None, url=None if doi else url or None,
                     start=start, end=end)


# A body's name up to its full stop, its words capitalised or linking: "Kementerian Lingkungan Hidup dan Kehutanan.";
# or up to a comma, as IEEE entries write an author: "International Organization for Standardization, ISO/IEC ..."
_LINKS = "|".join(re.escape(w) for w in sorted(NAME_LINKS))
# ... its acronym after it ("Badan Pusat Statistik (BPS), Judul, ..."), or its acronym first and its name in the
# parenthesis ("FAO (Food and Agriculture Organization), Judul, ...")
_BODY_FIRST = re.compile(rf"^(?P<body>[A-Z][\w'’\-]*(?:(?:\s+(?:[A-Z][\w'’\-]*|{_LINKS}))+(?:\s\([A-Z][A-Za-z0-9]{{1,9}}\))?"
                         rf"|\s\([A-Z][^()]{{4,80}}\)))[.,]\s+(?=[A-Z\"“‘'])")
# ... with the year ending the entry: what _YEAR_LAST cannot take when a small word follows the body's first word
# ("Institute of Electrical and Electronics Engineers, IEEE Standard ... New York: IEEE, 1990.")
_BODY_YEAR_LAST = re.compile(_BODY_FIRST.pattern + rf"(?P<rest>.*?)[\s,.;(:]+(?P<year>{YEAR})\s*\)?\s*\.?$")
_GLOSSED_BODY = re.compile(r"^(?P<short>[^()]+?)\s\((?P<long>[^()]+)\)$")


def _is_body_name(body: str) -> bool:
    """A body's name as _BODY_FIRST reads it, an acronym glossed in parentheses either way, is an organisation's
    (_body_named, by contrast, gives the name of an author that is a body and its acronym)."""
    glossed = _GLOSSED_BODY.match(body)
    return is_organisation(body) or bool(glossed) and any(is_organisation(g) for g in glossed.group("short", "long"))


# IEEE with a body as author: "Kementerian Kesehatan RI, “Situasi stunting di Indonesia,” 2020. [Online]. Available: ..."
# ... a body's name may end with its acronym or a company's "Inc.", and bodies may be listed with commas: "GitHub Inc.,
# “Git Documentation,”", "Indonesian Psychological Association (HIMPSI), “Standar ...,”", "Gemma Team, Google DeepMind,
# “Gemma 3 Technical Report,”" (_ieee_body decides which heads are bodies)
_BODY_NAMED = rf"[A-Z][\w'’\-]*\.?(?:\s+(?:[A-Z][\w'’\-]*\.?|{_LINKS}))*(?:\s\([A-Z][A-Za-z]{{1,9}}\))?"
_IEEE_BODY = re.compile(rf"^(?P<authors>{_BODY_NAMED}(?:,\s*{_BODY_NAMED})*),\s*[“\"](?P<title>[^”\"]{{3,}}?)[,.]?[”\"],?"
                        rf"\s*(?P<rest>.*?(?<![\d/])(?P<year>{YEAR})(?![\d/]).*)$")
# ... by a body: "Badan Pusat Statistik, Statistik Pertanian 2023. Jakarta: Badan Pusat Statistik, 2024."
_IEEE_BODY_BOOK = re.compile(rf"^(?P<authors>[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|{_LINKS}))+),\s*"
                             rf"(?P<title>[A-Z][^.“”\"]{{2,}}?)(?P<notes>)\.\s+"
                             rf"(?P<rest>(?P<place>[A-Z][^:.]{{1,40}}):\s*(?P<publisher>[^,:]+),\s*(?P<year>{YEAR})\.?{_READ_AT})$")


def _body_then_title(head: str, rest: str) -> re.Match | None:
    """What stands before the year is a body, a full stop, then its work's title, as Vancouver orders them ("World
    Health Organization. Stunting in a nutshell [Internet]. 2015 [cited ...]. Available from: ..."): after the year
    no title of its own, only a place and publisher or where it is read. Bodies listed with commas ("Badan Pusat
    Statistik, Bappenas, dan UNFPA. 2018. Proyeksi ...") or a body and its office ("Kementerian Kesehatan RI.
    Direktorat Jenderal Bina Gizi. 2011. Pedoman Gizi. ...") are the authors, their title after the year."""
    body = _BODY_FIRST.match(head)
    if not body or head[body.end("body")] != "." or not is_organisation(body.group("body")) \
            or _TITLE_END.search(head[body.end():].rstrip(" .")):
        return None
    after = _ONLINE.split(_RETRIEVED.split(_URL.sub("", _CITED_ON.sub("", rest)))[0])[0].strip(" .,;")
    after = re.sub(rf"^{YEAR}[.,]?\s*", "", after)  # "Malang Dalam Angka 2019. 2019.": the title's own year first
    return body if not after or _no_title_before_publisher(after) else None


# Vancouver with a body as author (or one name alone, see _vancouver_body): "World Health Organization. Global report on diabetes [Internet]. Geneva: WHO; 2016
# [cited 2022 Jan 10].", "American Diabetes Association. Standards of care. Diabetes Care. 2021;44(Suppl 1):S15-33."
# (its title ends at its first stop after three characters: a later stop leaves less of the line for the year, so the
# year is looked for once, not once per "?" of the title, quadratic in a line of many; the spaces after the name are
# given back three at most, as a title opening with more than three reads as one with three)
_VANCOUVER_BODY = re.compile(rf"^(?P<authors>[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|{_LINKS}))*(?:\s\([A-Z]{{2,10}}\))?)\.\s+"
                             rf"(?!\s{{4}})"
                             rf"(?P<title>(?![\d(])[^.]{{3}}(?:[^.?!]|[?!](?!\s))*+[.?!])\s++"
                             rf"(?P<rest>.*?(?<![\d/])(?P<year>{YEAR})(?![\d/]).*)$")


def _vancouver_body(text: str) -> re.Match | None:
    """A body's Vancouver entry, or a person's written by one name alone ("Arisman. Gizi dalam daur kehidupan. Edisi 2.
    Jakarta: EGC; 2010.", as Indonesian names are), its year where Vancouver writes it: read as any Vancouver entry."""
    m = _VANCOUVER_BODY.match(text)
    one_name = m is not None and re.fullmatch(_ONE_NAME, m.group("authors")) is not None
    return m if m and (is_organisation(m.group("authors")) or one_name) and _vancouver_year(m) else None


# A company's words, which make a name before an IEEE title a body's: "Laravel LLC", "Tailwind Labs", "Mozilla Developer
# Network", "Gemma Team"
_COMPANY_WORDS = frozenset("llc inc ltd plc gmbh corp labs network team".split())
_ACRONYM_AFTER = re.compile(r"\s\([A-Z][A-Za-z]{1,9}\)$")


def _ieee_body(text: str) -> re.Match | None:
    """A body's work in IEEE's order: the body (or bodies, by commas), then the quoted title. The first is a body by
    its words, its acronym after it, or a company's word; the others are names with no initials."""
    m = _IEEE_BODY.match(text)
    if m is None:
        return None
    first, *others = [b.strip() for b in m.group("authors").split(",")]
    bare = _ACRONYM_AFTER.sub("", first)
    body = len(bare.split()) > 1 and (is_organisation(bare) or bare != first
                                      or any(w.lower().strip(".") in _COMPANY_WORDS for w in bare.split()))
    # ... or one word alone, no initials and no one after it: "Midtrans, “Payment Gateway Documentation,” PT.
    # Midtrans, ..., 2024." (a company, or a person known by one name, is its author either way)
    body = body or (not others and re.fullmatch(r"[A-Z][\w'’\-]{2,}", first) is not None)
    return m if body and not any(re.search(r"\b[A-Z]\.", o) for o in others) else None


def numbered_style(text: str) -> re.Match | None:
    """An entry in a numbered style, Vancouver's or IEEE's (an article, a book, a body's work), as its match."""
    return _vancouver(text) or _IEEE.match(text) or _IEEE_BOOK.match(text) or _ieee_body(text) or _vancouver_body(text) \
        or _ieee_body_book(text)


def _ieee_body_book(text: str) -> re.Match | None:
    m = _IEEE_BODY_BOOK.match(text)
    return m if m and is_organisation(m.group("authors")) else None


# A body's name, then its year standing alone after the stop: "Kementerian Kesehatan RI. 2021. Judul ..."
_BODY_THEN_YEAR = re.compile(rf"(?P<body>[A-Z][^.()\d]{{1,120}}?)\.\s+(?P<year>{YEAR})\.\s+(?=\S)")


def _body_year_last(text: str) -> re.Match | None:
    """_BODY_YEAR_LAST's match when its body is an organisation's name, not a person's and a title."""
    m = _BODY_YEAR_LAST.match(text)
    return m if m and _is_body_name(m.group("body")) else None


def _year_last(text: str, m: re.Match, start: int, end: int) -> Reference | None:
    """An entry whose year ends it: authors, then the title up to its first full stop or parenthesis."""
    body = _BODY_FIRST.match(text)
    whole = body and (body.end() > m.start("rest") or m.re is _BODY_YEAR_LAST)
    persons = whole and " dan " in body.group("body") and not is_organisation(body.group("body")) \
        and _names_joined_by_dan(body.group("body"))  # "Budi Santoso dan Agus Hartono. Judul. ...": not "Budi"
    if whole and (_is_body_name(body.group("body")) or persons):
        # "Departemen Pendidikan dan Kebudayaan. Kamus ...": a body is its whole name, not "Departemen" and a title
        title, published = _title_and_publisher(text[body.end():m.end("rest")])
        kind = published.pop("kind", None) or _kind_published(published)
        year = m.group("year") if re.match(YEAR, m.group("year")) else None
        names = tuple(_authors(body.group("body"))) if persons else (body.group("body"),)
        authors = tuple(_surname(n) if i == 0 else _family(n) for i, n in enumerate(names)) if persons else names
        return Reference(text=text, authors=authors, names=names, year=year,
                         year_text=m.group("year"), title=title or None, kind=kind, start=start, end=end, **published)
    head = m.group("head")
    given = (m.group("given") or "").strip()
    given = given if re.search(r"\b[A-Z]\.$", given) else given.rstrip(".")
    rest = m.group("rest")
    more = (m.group("more") or "").strip()
    if given and re.match(r"(?:dan|and|&)\s", more) and _title_not_names(more) and _title_words(f"{given} {more}"):
        # "Jogiyanto, Analisis dan Desain Sistem Informasi, Edisi 4. ...": a one-name author, then one title's words
        # joined by "dan", not a given name and a co-author
        rest, given, more = text[m.start("given"):m.end("rest")], "", ""
    if more and (_no_title_before_publisher(rest.strip(" ,.")) or _title_not_names(more)):
        # "Santoso, Budi, Sejarah Jawa dan Bali. Jakarta: Kencana, 2019.": no title after the names read, so they are it;
        # "... Bali. Sebuah Pengantar. Jakarta: ...": a subtitle follows them, but the names are no persons' (see below)
        rest, more = text[m.start("more"):m.end("rest")].lstrip(" ,"), ""
    if given and (m.group("co") or _title_words(given) or _title_word_before_publisher(given, rest)
                  or _title_before_notes(given, rest)):
        # "Sugiyono, Metode Penelitian Pendidikan, Bandung: Alfabeta, 2013.", "Sugiyono, Penelitian, Bandung: ...";
        # after a co-author ("Santoso dan Wijaya, Koperasi Sekolah, ...") no given names come
        rest = text[m.start("given"):m.end("rest")]
        given = more = ""
    one_word = _WORD_AFTER_INITIAL.match(given) if given and not more and rest[:1] not in "\"“‘'" else None
    left = _book_notes(rest.strip(" ,."))[3].strip(" ,.") if one_word else ""
    if one_word and (_no_title_before_publisher(left) or _names_publisher(left)):
        # "Said, Edward W. Orientalisme. Bandung: ..., 2010.", MLA's "... Orientalisme. Pustaka, 1985.": the given
        # names end at their initial, the word after it is a one-word title, for nothing after it is one
        given, rest = one_word.group("given"), text[m.start("given") + one_word.start("word"):m.end("rest")]
    glued = None if given else _GIVEN_THEN_TITLE.match(rest)
    if glued:  # "J. Harrel, Costen The Prophets of Israel (...)": a given name with no stop before an English title
        given, rest = glued.group("given"), rest[glued.end("given"):].strip()
    name = f"{head}, {given}" if given else head
    # "Sumardiman, Adi, Djiwohadi, F.M. Parapat, ..., Wahyono S.K., Wawasan Nusantara (...)": two or more further
    # authors, given name first, before the title (one such word alone may be a place: "Santoso, Budi, Jakarta, Judul")
    listed, after_names = [], rest
    while given and not more and (seg := re.match(r"([^,()“”\"]{2,40}),\s+(?=\S)", after_names)) \
            and _listed_name(seg.group(1)):
        listed.append(seg.group(1).strip())
        after_names = after_names[seg.end():]
    if len(listed) >= 2:
        rest = after_names
    else:
        listed = []
    co_authors = [n for n in re.split(r"\s*,\s*(?:(?:dan|and|&)\s+)?|\s*\b(?:dan|and)\s+|\s*&\s*", more.strip(" .,"))
                  if n and not re.fullmatch(r"(?:et al|dkk)\.?", n)]
    if m.group("co"):
        co_authors = [re.sub(r"^(?:dan|and|&)\s+", "", m.group("co").strip())]
    title, published = _title_and_publisher(rest)
    kind = published.pop("kind", None) or _kind_published(published)
    first = re.split(r",\s*", head)[0]
    # "Aziz A." -> "Aziz"; initials first (IEEE for a book: "[1] N. Sudjana, Penilaian ..., 2010.") -> "Sudjana"
    surname = _family(first) if re.match(r"(?:[A-Z]\.\s?)+[A-Z][a-z]", first) else _surname(first)
    year = m.group("year") if re.match(YEAR, m.group("year")) else None  # "t.t.": no date
    authors, names = (surname, *map(_family, co_authors)), (name, *co_authors)
    if listed:
        family = [next((w for w in reversed(n.split()) if not _INITIALS_WRITTEN.fullmatch(w)),
                       n.split()[-1]).strip(".") for n in listed]  # "Wahyono S.K." -> "Wahyono"
        authors, names = (surname, *family), (name, *listed)
    return Reference(text=text, authors=authors, names=names, year=year, year_text=m.group("year"),
                     title=title or None, kind=kind, start=start, end=end, editors=bool(m.group("ed")), **published)


def _title_not_names(more: str) -> bool:
    """More authors read given name first after "Family, Given," that are a title's words: "Sejarah Jawa dan Bali" (each
    person would need a name no dictionary holds, see _names_joined_by_dan); one-word names alone are not told apart."""
    names = [n for n in re.split(r"\s*,\s*(?:(?:dan|and|&)\s+)?|\s+(?:dan|and|&)\s+", more.strip(" .,")) if n]
    names = [re.sub(r"^(?:dan|and|&)\s+", "", n) for n in names if not re.fullmatch(r"(?:et al|dkk)\.?", n)]
    return any(len(n.split()) > 1 for n in names) and not _names_joined_by_dan(" dan ".join(names))


def _kind_published(published: dict) -> str:
    """A year-last entry's kind from what follows its title: a place or publisher makes a book, a periodical alone
    ("“Harga Beras Naik Lagi.” Kompas, 12 Mei 2019.") an article."""
    if published.get("publisher") or published.get("place"):
        return "book"
    return "article" if published.get("container") else "misc"


def _person_year_last(text: str) -> re.Match | None:
    """_YEAR_LAST's match: two persons joined by "dan" and closed by a full stop ("Santoso dan Wijaya. Judul. ...,
    2015."), else authors closed by a comma, unless the "X dan Y" read as two authors is a title's words ("Hukum dan
    Masyarakat Adat, Jakarta, 2004.") or a place and publisher follow them with no title between."""
    persons = _YEAR_LAST_PERSONS.match(text)
    rest = persons.group("rest").strip(" ,.") if persons else ""
    if _no_title_before_publisher(rest):
        persons = None  # "Pancasila dan Kewarganegaraan. Jakarta: Erlangga, 2015.": no title after them, so they are it
    if persons and persons.group("co"):
        co_author = re.sub(r"^(?:dan|and|&)\s+", "", persons.group("co").strip())
        if _names_joined_by_dan(f"{persons.group('head')} dan {co_author}"):
            return persons
    m = _YEAR_LAST.match(text)
    if m and m.group("co") and _title_words(f"{m.group('head')} {m.group('co')}".replace(" dan ", " ")):
        return None
    return m


# A title's own parenthesis: an acronym or a word glossing it, closed at once ("Tipe Data Larik (ARRAY), 2019", "Sindrom
# Ovarium Polikistik (PCOS), Skripsi, ..."), not an editor's, a translator's ("(Terjemahan)") or a volume's mark
_GLOSS = r"(?!(?i:eds?|editors?|peny|penyunting|terj|terjemahan|penerjemah|trans|translation|translator|jilid|vol|volume|cet|edisi)\))[A-Z][A-Za-z\-]{1,15}\)(?=[\s,.]|$)"


def _title_and_publisher(rest: str) -> tuple[str, dict]:
    """A year-last entry's title, up to its first full stop or parenthesis, and what follows it: its place and
    publisher ("Jakarta: Rajawali Pers")."""
    quoted = re.match(r"^[‘“\"](?P<t>[^’”\"]{3,})[’”\"]\s*[,.]?\s*", rest)
    if quoted:  # "“Koperasi Desa di Jawa”, Jurnal Ekonomi, Jakarta: UI Press": the title is what the quotes hold,
        after = rest[quoted.end():]  # ... and what stands where an unquoted title would, before "Place:", its container
        if _PLACE_OPENING.match(after):
            return quoted.group("t").strip(" ,."), _publisher(re.sub(r"[\s,]*$", "", after))
        container, published = _title_and_publisher(after)
        # "dalam Psikologi Pendidikan, disunting oleh Andi Wijaya, 12–30. Jakarta: Kencana": a chapter in that book
        chapter = re.match(r"(?:dalam|in)\s+(?P<book>[^,]+),\s*(?:disunting|diedit|edited|ed\.|eds\.)\b[^,]*"
                           r"(?:,\s*(?P<pages>\d+\s*[-–‐‑‒]\s*\d+))?", container, re.I)
        if chapter:
            return quoted.group("t").strip(" ,."), {**published, "container": chapter.group("book").strip(),
                                                    "pages": _pages(chapter.group("pages")), "kind": "chapter"}
        # "dalam Majalah Rohani, Oktober 1995": the magazine, not "dalam" nor the month of its issue
        container = _DAY_LAST.sub("", re.sub(r"^(?:dalam|in)\s+", "", container, flags=re.I)).strip(" ,")
        if container and not published and _names_publisher(container):
            # "Kelleher, John D, et al. “Machine Learning ...”. MIT Press. 2020.": a book's publisher, no periodical
            return quoted.group("t").strip(" ,."), {"publisher": container, "kind": "book"}
        return quoted.group("t").strip(" ,."), {**published, **({"container": container} if container else {})}
    title = re.split(rf"\s\((?!{_GLOSS})|{_NO_INITIAL_BEFORE}\.\s", rest, maxsplit=1)[0].strip(" .,")
    journal = _journal_after_title(rest)
    facts = _journal(rest[journal.end():].strip(" .,")) if journal and journal.start() < len(title) else None
    if facts:  # "Judul, Jurnal Mercatoria, Vol. 8 No. 2, 2015.": the title runs on into the journal's name
        return rest[:journal.start()].strip(" .,"), {
            "kind": "article", "container": facts["journal"].strip(), "volume": facts.get("volume"),
            "issue": facts.get("issue") or facts.get("number"), "pages": _pages(facts.get("pages"))}
    if not _PLACE_OPENING.match(rest[len(title):].strip(" .,(")):
        # ", Bandung: Alfabeta, 2013", ", Rajawali Pers, Jakarta, 2010"; when "Place: Publisher" follows the title's
        # stop, a colon inside it is a subtitle's ("Kitab Kuning, Pesantren dan Tarekat: Tradisi ... . Bandung: Mizan")
        title = title[:_title_run_on(title)]
    after = rest[len(title):].strip(" .,(")
    after = re.sub(r"^[A-Za-z][\w.\-]*(?:\s[\w.\-]+){0,3}\)[\s,.]*", "", after)  # "(Terjemahan), Erlangga", "(Ed), ...":
    # a note the writer closed at once after the title is no publisher's words
    title, notes = _notes_after_comma(title)  # "Analisis dan Desain Sistem Informasi, Edisi 4. Yogyakarta: ..."
    # "Gizi dalam daur kehidupan. Edisi 2. Jakarta: EGC", "Tafsir Al-Azhar. Jilid 5. Jakarta: ..."
    edition, volume, translators, after = _book_notes(f"{notes}. {after}" if notes else after)
    return title, {**_publisher(re.sub(r"[\s,]*$", "", after)), **({"edition": edition} if edition else {}),
                   **({"volume": volume} if volume else {}), **({"translators": translators} if translators else {})}


_INITIALS_WRITTEN = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]?\.?")  # "S.K.", "F.M.": a listed name's initials, stops written


def _listed_name(segment: str) -> bool:
    """One more author in a list of names given first, after the first author's "Family, Given": one to four
    capitalised words with an initial among them ("F.M. Parapat", "Wahyono S.K.") or with no dictionary word
    ("Djiwohadi", "Sahono Soebroto"); a title has a dictionary word ("Wawasan Nusantara", "Aspek-Aspek Negara")."""
    from .names import is_common_word, is_organisation
    from ..indonesian import is_known_word

    words = segment.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or re.search(r"\d", segment):
        return False
    if is_organisation(segment):
        return False
    if any(_INITIALS_WRITTEN.fullmatch(w) for w in words):
        return not any(is_common_word(w) for w in words if len(w) > 3)
    return not any(is_known_word(w.lower().strip(".")) or is_common_word(w) for w in words)


# What follows an IEEE quoted title when no volume is given: the journal's or proceedings' name (commas in it), its
# pages, the year ("Pediatric Health, Medicine and Therapeutics, pp. 267-280, 2023.", "Proc. CIDR, pp. 1-11, 2015.")
_IEEE_CONTAINER_YEAR = re.compile(rf"^(?P<journal>[A-Z][^:;“”\"\[\]()]{{1,120}}?)\s*,\s*"
                                  rf"(?:pp?\.\s*(?P<pages>[A-Z]?\d+\s*[-–‐‑‒]\s*[A-Z]?\d+)\s*,\s*)?"
                                  rf"(?:(?:{MONTH}|{MONTH_SHORT})\.?\s+(?:\d{{1,2}},?\s+)?)?(?:{YEAR})\s*\.?$")
# ... or a periodical or site read online, dated to the day: "Scientific Reports, 20 April 2024. [Online]. Available:",
# "Kompas.com, Oct. 25, 2019. [Online]."
_IEEE_SITE_DATED = re.compile(rf"^(?P<site>[A-Z][^,:;“”\"\[\]()]{{1,80}}?),\s*(?:\d{{1,2}}\s+)?(?:{MONTH}|{MONTH_SHORT})\.?"
                              rf"\s+(?:\d{{1,2}},\s*)?(?:{YEAR})\.\s*{_ONLINE_MARK}", re.I)


_VANCOUVER_INITIALS = re.compile(r"\s[A-Z]{1,4}(?:\s(?:Jr|Sr|II|III|IV))?$")  # "Sari DK", "Warnars HLHS": the initials


def _numbered_style(text: str, m: re.Match, start: int, end: int) -> Reference:
    """A Vancouver or IEEE entry: authors, title, then the container and the year somewhere after it."""
    names = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+|dan\s+)?|\s+(?:and|dan|&)\s+", m.group("authors"))
             if n.strip() and not re.fullmatch(r"(?:et al|dkk)\.?", n.strip())] \
        if m.re not in (_IEEE_BODY, _VANCOUVER_BODY, _IEEE_BODY_BOOK) \
        else [b.strip() for b in m.group("authors").split(",")] if m.re is _IEEE_BODY \
        else [m.group("authors")]  # "Kementerian Pendidikan dan Kebudayaan": one body; IEEE's bodies by commas
    ieee = m.re in (_IEEE, _IEEE_BOOK, _IEEE_BODY, _IEEE_BODY_BOOK)
    # "Sari DK" -> "Sari" (initials after); "B. Santoso" -> "Santoso" (initials before)
    surnames = tuple(n if is_organisation(n) else re.sub(r"^(?:[A-Z]\.\s?|-)+", "", n) if ieee
                     else _VANCOUVER_INITIALS.sub("", n) for n in names)
    rest = m.group("rest")
    url, doi = _URL.search(rest), _DOI.search(rest)
    links = {"url": url.group().rstrip(".,)") if url and not (doi and "doi.org" in url.group()) else None,
             "doi": doi.group(1).rstrip(".,)") if doi else None}
    chapter = _NUMBERED_CHAPTER.match(rest)
    facts = None if chapter else _NUMBERED_JOURNAL.match(rest) or _IEEE_JOURNAL.match(rest)
    # "Jakarta: EGC; 2012." (Vancouver), "New York, NY, USA: McGraw-Hill, 2015." (IEEE: the place with its state)
    book = None if facts else _NUMBERED_BOOK.match(rest) or (m if m.re in (_IEEE_BOOK, _IEEE_BODY_BOOK) else None)
    proceedings = None if facts or book else _IEEE_PROCEEDINGS.match(rest)
    if chapter:
        published, pages = _NUMBERED_BOOK.match(chapter.group("published")), _NUMBERED_PAGES.search(chapter.group("published"))
        fields = {"kind": "chapter", "container": chapter.group("book").strip(), "pages": pages and _pages(pages.group("pages")),
                  **({"place": published.group("place").strip(), "publisher": published.group("publisher").strip()}
                     if published else {})}
    elif facts:
        fields = {"kind": "article", "container": facts.group("journal").strip(" .,"), "volume": facts.group("volume"),
                  "issue": facts.group("issue"), "pages": _pages(facts.group("pages"))}
    elif book:  # "Jakarta: Rineka Cipta; 2012.": a semicolon before the year, as a journal's, but a place and publisher
        # ... a page by its publisher read online ("Hypertension [Internet]. Geneva: World Health Organization; 2023
        # [cited ...]. Available from: https://..."): a web page, its place and publisher kept
        online = links["url"] and _READ_ONLINE.search(m.group("title").rstrip(" .,")) \
            and not _REPORT_TITLE.search(m.group("title")) \
            and " ".join(book.group("publisher").split()).lower() in {" ".join(n.split()).lower() for n in names}
        # ("Global report on obesity [Internet]": a report; "Wiknjosastro. Ilmu kandungan [Internet]. Jakarta: YBP-SP":
        # a book read online; a body's own page is the body's, its publisher)
        fields = {"kind": "web" if online else "book", "publisher": book.group("publisher").strip(),
                  "place": book.group("place").strip(), **dict(zip(("edition", "volume", "translators"), _numbered_notes(book)))}
    elif proceedings:  # "in Prosiding Seminar Nasional ..., Bandung, 2019, pp. 10–15.", read online too ("dalam
        # Proceedings of ..., PMLR vol. 139, 2021. [Daring]. Tersedia: https://...")
        fields = {"kind": "chapter", "container": proceedings.group("book").strip(" .,"),
                  "pages": _pages(proceedings.group("pages"))}
    elif m.re is _IEEE and (quoted := _IEEE_CONTAINER_YEAR.match(rest)) and not _publishing_place(quoted["journal"]) \
            and not _names_publisher(quoted["journal"]):
        # a quoted title is an article's or a paper's (IEEE sets a book's in italics): "“Judul,” Pediatric Health,
        # Medicine and Therapeutics, pp. 267-280, 2023.", "“Judul,” Artif. Intell. Soft Comput., 2010.", its journal
        # or proceedings named with no volume
        fields = {"kind": "article", "container": quoted["journal"].strip(" .,"), "pages": _pages(quoted["pages"])}
    elif links["url"] and (_ONLINE.search(rest) or _RETRIEVED.search(rest) or _CITED.search(rest)):
        fields = {"kind": "web"}  # "2020. [Online]. Available: https://...", "[Internet]. 2015 [cited 2021 May 12]"
        if m.re is _IEEE and (site := _IEEE_SITE_DATED.match(rest)):
            fields["container"] = site["site"].strip()  # "“Judul,” Scientific Reports, 20 April 2024. [Online]. ..."
    else:
        container = re.split(r"[.;,]\s|\s*;\s*|,?\s+vol\.", rest, maxsplit=1)[0].strip(" .,") or None
        if container and re.match(rf"(?:{YEAR})\b", container):
            container = None  # "Judul. 2021 Jul 30;": the date alone after the title, no publisher
        journal = bool(re.search(r"\bvol\.|\d+\s*\(\d+\)\s*:|;\s*\d+", rest))
        fields = {"kind": "article" if journal else "book", "container": container if journal else None,
                  **({} if journal else _publisher(container or ""))}  # "Boston: Pearson"
    if fields.get("container"):  # "J Keperawatan Indones [Internet]": where it was read, not the journal's name
        fields["container"] = _READ_ONLINE.sub("", fields["container"]) or None
    if m.groupdict().get("translating"):  # "Pendit BU, penerjemah. Fisiologi ...": the translators stand as authors
        fields["translators"] = tuple(names)
    return Reference(text=text, authors=surnames, names=tuple(names), year=m.group("year"), year_text=m.group("year"),
                     title=m.group("title").strip(" .,"), start=start, end=end,
                     editors=bool(m.groupdict().get("editors")),  # "Gibney MJ, Arab L, editors. Public health ..."
                     **{k: v for k, v in {**fields, **links}.items() if v is not None})


def _numbered_notes(book: re.Match) -> tuple[str | None, str | None, tuple[str, ...]]:
    """The edition, the volume and the translators among a numbered book's notes before its place ("14th ed. St. Louis:
    ...", "Edisi 2. Jilid 1. Jakarta: ...", "Pendit BU, penerjemah.", IEEE's "Title, 7th ed. New York: ...", "Title,
    Jilid 2. Yogyakarta: ..."), as written."""
    if book.re in (_IEEE_BOOK, _IEEE_BODY_BOOK):  # ", 7th ed.", ", Edisi Revisi, Cetakan ke-3."
        edition, volume, translators, _ = _book_notes(book.group("notes").strip(" ,") + ".")
        return edition, volume, translators
    editions, volume, translators, notes, pos = [], None, (), book.group("notes"), 0
    while note := _NUMBERED_NOTE_ONE.match(notes, pos):
        edition, read, _, _ = _book_notes(note.group().strip())
        named = _TRANSLATED_BY.fullmatch(note.group().strip())  # "Pendit BU, penerjemah."
        translators = translators or (_translator_names(named.group("names")) if named else ())
        editions, volume, pos = editions + ([edition] if edition else []), volume or read, note.end()
    return "; ".join(editions) or None, volume, translators


# Vancouver's translators before their word: "Hartono A, penerjemah.", "Pendit BU, Hartanto H, translators."
_TRANSLATED_BY = re.compile(rf"(?P<names>[A-Z][^.:;]{{0,120}}?),\s*(?i:{TRANSLATOR_WORD})(?<=\.)")


_CITED = re.compile(r"\[\s*(?:internet|cited|dikutip|diacu)\b", re.I)  # Vancouver's "[Internet]", "[cited 2021 May 12]"
_READ_ONLINE = re.compile(rf"\s*{_READ_ONLINE_MARK}\s*$", re.I)  # "Hypertension [Internet]"
# Vancouver's journal facts: "Jurnal Manajemen. 2020;8(1):45-56.", "J Manaj. 2020 Mar;8(1):45-56."
_NUMBERED_JOURNAL = re.compile(rf"^(?P<journal>[^.;]+?)\.?\s+(?:{YEAR})(?:\s+[A-Z][a-z]{{2,8}}\.?(?:\s+\d{{1,2}})?)?\s*;"
                               r"\s*(?P<volume>\d+)\s*(?:\((?P<issue>[^)]+)\))?\s*(?::\s*(?P<pages>\w+(?:\s*[-–‐‑‒]\s*\w+)?))?")
# ... IEEE's: "Jurnal Pendidikan, vol. 5, no. 2, pp. 10–20, 2019."
_IEEE_JOURNAL = re.compile(r"^(?P<journal>[^,]+?),\s*vol\.\s*(?P<volume>\w+)(?:,\s*no\.\s*(?P<issue>\w+))?"
                           r"(?:,\s*pp?\.\s*(?P<pages>\w+(?:\s*[-–‐‑‒]\s*\w+)?))?", re.I)
# Vancouver's notes before the place: an edition ("2nd ed.", "Edisi 8.", "Edisi Revisi."), a volume ("Jilid 1.") or who
# translated or edited
# the book ("Pendit BU, penerjemah.", "Sudoyo AW, Setiati S, editor.")
# (each part read one way only: a note's words never open with the spaces after the note before it, nor "ke2" read
# as "ke" + "2", else a line of many notes that is no book took exponential time: 20 "Edisi 2." ~5 s, 40 never ended)
_NUMBERED_NOTE = (r"(?:(?:[^\s.:;][^.:;]{0,19})?\b(?:\d+(?:st|nd|rd|th)\s+ed|ed(?:isi)?\s+(?:ke-)?\w+|ed\.\s+(?:ke-?)?(?:\d+|[IVX]+|rev\w*)\b|"
                  rf"cet(?:akan)?\s+(?:ke-)?\w+|{_VOLUME_WORD}\s+\w+)|"
                  rf"[A-Z][^.:;]{{0,120}}?,\s*(?:{TRANSLATOR_WORD}|penyunting|editors?))\.\s*")
# Vancouver's book: "Jakarta: Rineka Cipta; 2012.", "2nd ed. Jakarta: EGC; 2012."
_NUMBERED_BOOK = re.compile(rf"^(?P<notes>(?i:{_NUMBERED_NOTE})*)(?P<place>(?:[A-Z][a-z]?\.\s)?[A-Z][^.:;]{{1,40}}):"
                            rf"\s*(?P<publisher>[^:;]+?)\s*;\s*(?:{YEAR})")  # "St. Louis: Elsevier; 2017"
_NUMBERED_NOTE_ONE = re.compile(f"(?i:{_NUMBERED_NOTE})")
# ... and a chapter in an edited one: "Dalam: Sudoyo AW, Setiati S, editor. Buku ajar. Edisi 5. Jakarta: Interna
# Publishing; 2009. hlm. 1873-9.", "In: Kasper DL, editor. Harrison's principles. New York: McGraw-Hill; 2015. p. 10-9."
_NUMBERED_CHAPTER = re.compile(r"^(?:in|dalam):\s*[^.:;]+?,\s*(?:editors?|eds?|penyunting)\.\s+(?P<book>[^.]{3,}?)\.\s+"
                               r"(?P<published>.*)$", re.I)
_NUMBERED_PAGES = re.compile(r"\b(?:pp?|hlm|hal)\.\s*(?P<pages>\d+\s*[-–‐‑‒]\s*\d+)", re.I)
# IEEE's paper in proceedings: "in Prosiding Seminar Nasional, Bandung, 2019, pp. 10–15."
_IEEE_PROCEEDINGS = re.compile(rf"^(?:in|dalam)\s+(?P<book>.+?)(?:,\s*[^,]{{1,40}})?,\s*(?:{YEAR})"
                               r"(?:,\s*pp?\.\s*(?P<pages>\d+\s*[-–‐‑‒]\s*\d+))?", re.I)


_WORD_AFTER_INITIAL = re.compile(r"^(?P<given>(?:[A-Z][\w'’\-]*\s)?(?:[A-Z]\.\s?)*[A-Z]\.)\s+"
                                 r"(?P<word>[A-Z][a-z]{3,})$")  # "Edward W. Orientalisme", not "Benedict R. O'G"
_GIVEN_THEN_TITLE = re.compile(r"^(?P<given>[A-Z][a-z]+)\s+(?=(?:The|A|An)\s+[A-Z])")


def _title_word_before_publisher(given: str, rest: str) -> bool:
    """One derived common word where a given name would stand, and nothing but "Place: Publisher" after it: the
    title, or the entry had none ("Sugiyono, Penelitian, Bandung: Alfabeta, 2013."); a name ("Santoso, Budi,
    Jakarta: Kencana") is no derived word."""
    from .names import is_common_word

    return len(given.split()) == 1 and is_common_word(given) and _PLACE_PUBLISHER_ONLY.fullmatch(rest) is not None


def _title_before_notes(given: str, rest: str) -> bool:
    """Dictionary words where given names would stand, two or more, then nothing but a book's notes and "Place:
    Publisher" (IEEE's one-name author: "Hartono, Sistem Pakar, Edisi 2. Yogyakarta: Andi, 2011."): the title; given
    names ("Santoso, Budi Hartono. Jakarta: ...") hold a word no dictionary has."""
    from ..indonesian import is_known_word

    words = [w.strip(".") for w in given.split()]
    return len(words) >= 2 and all(len(w) > 1 and is_known_word(w.lower()) for w in words) \
        and _no_title_before_publisher(_book_notes(rest.strip(" ,."))[3].strip(" ,."))


# A publisher's place before its colon: one to five words, no digit ("St. Louis", "Upper Saddle River"; ", June 2021:
# Boosting the recovery" is a subtitle), then "Place: Publisher" alone, opening a text, or after a title's comma
_PLACE_NAME = r"[A-Z][^\W\d]*(?:[ .]+[^\W\d]+){0,4}\.?"
_PLACE_PUBLISHER_ONLY = re.compile(rf"{_PLACE_NAME}:\s*[^:.,()“”\"]+")  # "Bandung: Alfabeta"
_PLACE_OPENING = re.compile(rf"{_PLACE_NAME}:\s")  # "Bandung: Alfabeta, 2013"


def _no_title_before_publisher(rest: str) -> bool:
    """What follows an entry's names is only "Place: Publisher", no title's full stop before the place ("Jakarta:
    Kencana", not "Judul Buku. Jakarta: Kencana"): the words read as names were the title."""
    return _PLACE_PUBLISHER_ONLY.fullmatch(rest) is not None and "." not in rest.split(":")[0]


def _title_words(words: str) -> bool:
    """Words read where given names would stand that are a title's: a derived common word among them
    ("Metode Penelitian Pendidikan") or three or more dictionary words ("Asas Hukum Pidana")."""
    from .names import is_common_word
    from ..indonesian import is_known_word

    parts = [w.strip(".") for w in words.split() if len(w.strip(".")) > 1]
    if len(parts) < 2:
        return False
    return any(is_common_word(w) for w in parts) or (len(parts) >= 3 and all(is_known_word(w.lower()) for w in parts))


_INITIALS_AFTER_EACH = re.compile(rf"{_VANCOUVER_NAME}(?:,\s*(?:(?:dan|and|&)\s+)?{_VANCOUVER_NAME})*")
# ... a later one a single name with no initials, as Indonesian names are written ("Manuwoto S, Firdaus M, Manuwoto",
# "Nurtjahya E, Setiadi D, Guhardja E, Muhadiono, Setiadi Y"), among two with initials at least (_VANCOUVER's rule)
_INITIALS_OR_ONE_NAME = re.compile(rf"{_VANCOUVER_NAME}(?:,\s*(?:(?:dan|and|&)\s+)?(?:{_VANCOUVER_NAME}|{_ONE_NAME}(?=,|$)))+")


_VANCOUVER_NAMES = re.compile(rf"(?:^|,)\s*(?:(?:dan|and|&)\s+)?{_VANCOUVER_NAME}(?=\s*(?:,|$))")


# A surname's particle written after the given names, as Chicago moves it: "Bruinessen, Martin van", "Graaf, H. J. de"
_PARTICLE_AFTER_GIVEN = re.compile(rf"(?<=[\w.])\s+(?:{'|'.join(sorted(LEADING_PARTICLES))})(?:\s+(?:{'|'.join(sorted(LEADING_PARTICLES))}))?$")


# ... or between initials, where the particle opens a family name given as an initial too (Portuguese, Spanish, Dutch
# names: "Luz, E.J. da S.", "Silva, J. dos R.", "Berg, A. van den B.")
_PARTICLE_AMONG_INITIALS = re.compile(r"(?<=[A-Z]\.)\s+(?:(?:da|das|de|del|della|di|do|dos|du|van|von|der|den|ter|ten)\s+)+"
                                      r"(?=[A-Z]\.)")


_INVENTORS = re.compile(r",\s*(?:penemu|inventors?)\s*;.*$", re.I)  # CSE's patent: "..., penemu; Holder."
_INVENTORS_HOLDER = re.compile(r",\s*(?:penemu|inventors?)\s*;[^.;]{1,120}\.", re.I)  # ... and its holder, in a line


def _authors(head: str) -> list[str]:
    """ "Perse, E. M., & Lambe, J." -> ["Perse, E. M.", "Lambe, J."]; "Mastuti & et al" -> ["Mastuti"]; a group
    author stays whole."""
    head = re.sub(r"\s*(?:,|&|\band\b|\bdan\b)?\s*(?:\bet\.?\s*al\b\.?|\bdkk\b\.?)\s*$", "", head).strip()
    head = _INVENTORS.sub("", head)  # "Ramli W, Sari J, penemu; Institut X": a patent's inventors, its holder after
    head = _without_titles(head)
    head = _LOWER_INITIAL.sub(lambda i: i.group().upper(), head)  # "mulya, a.": an initial typed small
    if ";" in head:  # "Nasurdin, Aizzat Mohd; Ramayah T.; Yeoh Chee Beng": a semicolon ends each author
        return [p.strip(" ,") for p in head.split(";") if p.strip(" ,")]
    listed = _INITIALS_AFTER_EACH.fullmatch(head.rstrip(".")) or (
        _INITIALS_OR_ONE_NAME.fullmatch(head.rstrip(".")) and len(_VANCOUVER_NAMES.findall(head)) >= 2)
    if listed and "," in head and not any(is_organisation(n) for n in head.split(",")):
        # "Santoso B, Wijaya A" (IPB's author-date and Vancouver's names): each surname with its initials unstopped
        return [n.strip() for n in re.split(r",\s*(?:dan\s+|and\s+|&\s*)?", head.rstrip(".")) if n.strip()]
    if "," not in head:
        if not head:
            return []
        # "Barber & James", "Sutanto dan Djohan M.", "Bernadin dan Russell"; "Perbekalan dan Mesin Kantor" stays whole
        joiner = r"\s+&\s+" if "&" in head or not _names_joined_by_dan(head) else r"\s+(?:&|and|dan)\s+"
        parts = [p.strip() for p in re.split(joiner, head)]
        if len(parts) > 1 and all(1 <= len(p.split()) <= 3 and p[:1].isupper() for p in parts) \
                and not is_organisation(head):
            return parts
        return [head]
    head = re.sub(r",\s*(?:Jr|Sr)\.?(?=\s*(?:,|&|$))", "", head)  # "McLeod, R., Jr.": a suffix, no author
    if _body_listing_fields(head):
        return [head.rstrip(".")]  # "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi": one body
    tokens: list[str] = []  # the head's comma-separated parts, "&"/"and"/"dan" read as commas
    joined: set[int] = set()  # the tokens right after "&"/"and"/"dan": the last author's name, no one's given name
    for chunk in re.split(r"\s*(?:,?\s*&\s*|,?\s+(?:and|dan)\s+)", head):
        joined.add(len(tokens))
        tokens += [t.strip().lstrip("-").strip() for t in chunk.split(",") if t.strip(" -")]  # "Li,-Y. H."
    if _given_first_then_inverted(tokens):
        # "Tadhg Brosnan, Sun, Da-Wen", "Rafael C. Gonzales, Woods, Richard E.": the first author written given name
        # first, each after surname then given names, in pairs
        return [tokens[0]] + [f"{tokens[k]}, {tokens[k + 1]}" for k in range(1, len(tokens), 2)]
    out: list[list[str]] = []
    waiting = False  # the last author is a surname alone, its given names or initials may follow
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        core = _PARTICLE_AFTER_GIVEN.sub("", tok) or tok  # "Martin van", "H. J. de": Chicago moves the particle there
        core = _PARTICLE_AMONG_INITIALS.sub(" ", core)  # "E.J. da S.": the particle of a name the initials stand for
        given = _INITIALS.match(core) or (_given(core) and not _INITIALS.match(nxt) and i not in joined
                                          and not is_organisation(tok)) \
            or (len(out) == 1 and _INITIALS_THEN_NAMES.match(tok))  # "Lubis, M. Saleh"; "Marsofiyati, & Eryanto, H."
        # (a body's name is no one's given names: "Bappenas, Kemenko Perekonomian, & Badan Pusat Statistik")
        # ("Sundari, S., Pratiwi, & Khairudin.": after "&" a one-word name is the last author, not Pratiwi's given name)
        if waiting and given:
            out[-1].append(tok)  # "Purba, Debora Eflina", "Weygandt, Jerry J.", "Perse, E. M."
            waiting = False
            continue
        if out and not waiting and _INITIALS.fullmatch(core) and re.search(r"\.\s*$", tok):
            out[-1].append(tok)  # "Sumedang, D. P. K. P. dan P. K.": initials alone are no one's name, the name's
            continue
        out.append([tok])
        # a surname ("Purba", "Van Dijck, J."), or a whole name written given name first ("Diah Arruum")
        waiting = " " not in tok.strip(".") or bool(_INITIALS.match(nxt)) or (i == 0 and bool(_given(nxt)))
    return [", ".join(parts) for parts in out]

def _given_first_then_inverted(tokens: list[str]) -> bool:
    """A head's comma parts that name the first author given name first (two to four capitalised words, the last no
    initial: "Tadhg Brosnan", "Rafael C. Gonzales"), then each other author surname first: one word, then its given
    names or initials ("Sun, Da-Wen", "Woods, Richard E."), in pairs. Not a surname of two words and its given name
    ("Van Dijk, Teun": no pair after it; "Van Dijk, Teun, Kintsch": a particle opens a surname)."""
    if len(tokens) < 3 or len(tokens) % 2 == 0:
        return False
    first = tokens[0].split()
    return 2 <= len(first) <= 4 and all(w[:1].isupper() for w in first) and not _INITIALS.fullmatch(first[-1]) \
        and not any(w.lower() in LEADING_PARTICLES for w in first) \
        and len(first[-1].rstrip(".")) > 1 and not is_organisation(tokens[0]) \
        and all(re.fullmatch(r"[A-Z][\w'’\-]+", tokens[k]) and not is_organisation(tokens[k])
                for k in range(1, len(tokens), 2)) \
        and all(tokens[k][:1].isupper() for k in range(2, len(tokens), 2))


def _body_listing_fields(head: str) -> bool:
    """A body's name that lists its fields with commas and "dan" ("Kementerian Pendidikan, Kebudayaan, Riset, dan
    Teknologi"): a body first, then one-word parts the dictionary knows, no initials; not bodies listed together
    ("Badan Pusat Statistik, Bappenas, dan UNFPA": acronyms, each a body of its own)."""
    from ..indonesian import is_known_word

    first, *others = [p for p in re.split(r"\s*(?:,?\s*&\s*|,?\s+(?:and|dan)\s+|,\s*)", head.rstrip(".")) if p]
    return bool(others) and is_organisation(first) \
        and all(re.fullmatch(r"[A-Z][a-z]+", p) and is_known_word(p.lower()) for p in others)


# A person's academic titles before the name ("Prof. Dr. H. Mulyasa", "Drs. Slameto") and degrees after it ("Susanto,
# M.Pd.", "Sutrisno, Edy, S.E., M.M."), as some lists write them: no part of the name, no co-author
_TITLES_BEFORE = re.compile(rf"(?:(?<=^)|(?<=[,;&]\s)|(?<=\b(?:dan|and)\s))(?:(?:{HONORIFICS})\.\s*)+"
                            r"(?:(?:Hj?|KH)\.\s*)?(?=[A-Z][a-z])")  # "H." alone as written ("H. Tengku Darmansah")
_DEGREE = re.compile(rf"(?:S|M|D)\.\s?(?:{DEGREE_FIELDS}|Kom\.I)\.?"
                     rf"(?:\s?[A-Z][a-z]{{0,3}}\.?)?|Ph\.\s?D\.?|M\.\s?A\.|Drs\.?|Dra\.?|(?:{DEGREES_RUN_TOGETHER})(?=\W|$)")


def _without_titles(head: str) -> str:
    """ "Prof. Dr. H. Mulyasa, E." -> "Mulyasa, E."; "Sutrisno, Edy, S.E., M.M." -> "Sutrisno, Edy"; initials stay
    ("Syamsuni, H.", "Robbins, S. P.")."""
    head = _TITLES_BEFORE.sub("", head)
    parts = head.split(",")
    if len(parts) < 3 and not any(re.search(r"[a-z]", p) and _DEGREE.fullmatch(p.strip()) for p in parts[1:]):
        return head  # "Robbins, S.P.", "Santoso, S.E." alone: initials as likely as a degree
    while len(parts) > 1 and (_DEGREE.fullmatch(parts[-1].strip()) or _TITLES_ONLY.fullmatch(parts[-1].strip())):
        parts.pop()  # "..., M.Pd.", "..., S.E., M.M.", "..., Drs. H."
    return ",".join(parts).strip()


_TITLES_ONLY = re.compile(rf"(?:(?:{HONORIFICS}|KH)\.?\s*)+(?:Hj?\.?)?")  # "Drs. H.", not an initial "H." alone


# Given names written after the surname: "Debora Eflina", "Jerry J.", "Thomas E. V."; not "F.M. Parapat" (a whole
# name, initials first) and not a title's words.
# "I Putu Gede" too, and an Arabic name's article after its first word: "Abu al-Hasan", "Muhammad ibn Ahmad"
_GIVEN = re.compile(rf"^(?:[A-Z]\s)?[{_UPPER}][^\W\d_][\w'’\-]*\.?\s*(?:(?:[{_UPPER}][^\W\d_][\w'’\-]*|{ARABIC_ARTICLE}-[A-Za-z][\w'’\-]*|"
                    rf"ibn|bin|binti)\.?\s*){{0,2}}(?:[A-Z]\.?\s*)*$")


# ... or an Arabic name's given part, its kunya and name before a patronymic: "Abu Ali Al-Husain bin Abdillah" (after
# "Ibnu Sina,"), "Muhammad bin Ismail"
_ARABIC_WORD = rf"(?:[A-Z][\w'’\-]*|{ARABIC_ARTICLE}-[A-Za-z][\w'’\-]*)"  # "Muhammad", "al-Walid"
_PATRONYMIC_GIVEN = re.compile(rf"^(?:{_ARABIC_WORD}\s+){{1,4}}(?:bin|binti|ibn|ibnu)\s+{_ARABIC_WORD}(?:\s+{_ARABIC_WORD})?$")


def _given(token: str) -> bool:
    """A comma's part that is given names (_GIVEN, _PATRONYMIC_GIVEN)."""
    return bool(_GIVEN.match(token) or _PATRONYMIC_GIVEN.match(token))


_INITIALS_THEN_NAMES = re.compile(r"^(?:[A-Z]\.\s?)+(?:[A-Z][a-z][\w'’\-]*\s?){1,3}$")  # "M. Saleh", "A.A. Anwar Prabu"


def _names_joined_by_dan(head: str) -> bool:
    """ "Sutanto dan Djohan M.", "Bernadin dan Russell", "Budi Santoso dan Agus Hartono": persons; "Perbekalan dan
    Mesin Kantor": a title's words."""
    if re.search(r"\b[A-Z]\.", head):
        return True
    from .names import is_common_word
    from ..indonesian import is_known_word

    parts = [p.split() for p in re.split(r"\s+(?:dan|and)\s+", head)]
    if not all(p and all(w[:1].isupper() and not is_common_word(w) for w in p) for p in parts):
        return False
    if all(len(p) == 1 for p in parts):
        # one name each ("Santoso dan Wijaya"): a single name may be a word ("wijaya", "sari"), but not every one
        return not all(is_known_word(p[0].lower()) for p in parts)
    # each person has a name no dictionary holds ("Budi Santoso": "budi" is a word, "Santoso" is not)
    return all(not all(is_known_word(w.lower()) for w in p) for p in parts)


# "Sari DK", "Keller KL", "Casey DE Jr": initials after the surname, no stops
_INITIALS_UNSTOPPED = re.compile(r"\s[A-Z]{1,3}(?:\s(?:Jr|Sr|II|III|IV))?$")


def _family(name: str) -> str:
    """A later author written given name first ("Gary Armstrong" in "Kotler, Philip dan Gary Armstrong"): the last
    name; a group's name stays whole."""
    words = name.rstrip(".").split()
    while len(words) > 1 and re.fullmatch(r"[A-Z]\.?", words[-1]):
        words = words[:-1]  # "Aravinthan. S. A.": initials after the family name
    if _initials_after(words, name):
        return _INITIALS_UNSTOPPED.sub("", " ".join(words))
    if len(words) > 1 and all(re.fullmatch(r"[A-Z][a-z]?\.", w) for w in words[:-1]) and words[-1][:1].isupper():
        return words[-1]  # "Th. G. Th. Pigeaud", "M. C. Ricklefs": initials before the family name, "Th." one too
    if 1 < len(words) <= 3 and all(w[:1].isupper() for w in words) and not is_organisation(name):
        return words[-1].rstrip(".")
    return _surname(" ".join(words))


def _initials_after(words: list[str], name: str) -> bool:
    """ "Keller KL", "Martianto DH": a surname, then its initials unstopped (IPB's and Vancouver's way), not a body's
    short name ("Kemenkes RI")."""
    return 1 < len(words) <= 3 and bool(_INITIALS_UNSTOPPED.search(" ".join(words))) and not words[0].isupper() \
        and not is_organisation(name)


def _surname(name: str) -> str:
    if "," in name and _body_listing_fields(name):
        return name.rstrip(".")  # a body's name, its commas its own ("Kementerian Pendidikan, Kebudayaan, ...")
    if "," in name:
        head, _, given = name.partition(",")
        if re.fullmatch(r"(?:[A-Z]\.\s?)+", head.strip()) and re.match(r"\s*[A-Z][a-z]", given):
            return given.split()[0].strip(".,")  # "A.S., Rosa": "Rosa A.S." turned round; the text cites "Rosa"
        return head.strip()
    words = name.rstrip(".").split()
    if len(words) > 1 and all(re.fullmatch(r"[A-Z]\.?|(?:[A-Z]\.)+[A-Z]\.?", w) for w in words[1:]) \
            and (all(len(w) <= 2 for w in words[1:]) or not is_organisation(name)):
        # "Arsyad A.": surname, then initials; "Aravinthan. S. A."; "Chaudary R.A." (not a body's "Kemenkes R.I.",
        # "Bank B.R.I.": the letters are its name's)
        return words[0].rstrip(".")
    if len(words) > 2 and re.fullmatch(r"[A-Z]\.?", words[-1]) and not re.fullmatch(r"[A-Z]\.?", words[0]):
        return words[0].rstrip(".")  # "Robbins Stephen P": the first author written surname first, no comma
    return name.rstrip(".").strip()


def _body(rest: str) -> dict:
    """Title, then journal (volume, issue, pages) or book chapter or publisher, and any URL/DOI."""
    out: dict = {"title": None, "kind": "misc"}
    url = _URL.search(rest)
    doi = _DOI.search(rest)
    if doi:
        out["doi"] = doi.group(1).rstrip(".,)")
    if url and not (doi and "doi.org" in url.group()):
        out["url"] = url.group().rstrip(".,)")
    rest = _DOI.sub("", _URL.sub("", rest)).replace("https://doi.org/", "").strip()
    rest = re.sub(r"\b(?i:doi)\s*:\s*", "", rest).strip()  # the label of the DOI taken out ("doi:", "DOI:", "Doi:")
    rest = re.sub(r"\s*[,;]\s*(?=\.?$)", "", rest)  # "..., hlm. 151-170, https://doi.org/...": the link's comma too
    title, after = _title(rest)
    if title and not after.strip(" .") and (journal_end := _TITLE_COMMA_JOURNAL.search(title)):
        title, after = title[:journal_end.start()], journal_end.group("journal")  # "Title, GEOPHYSICS, 74(6), 1-26."
    out["title"] = title
    after = after.strip().lstrip(".,").strip()
    edition, volume, translators, after = _book_notes(after)  # "Judul. Edisi Ketiga. Yogyakarta: BPFE.", "7th edn. Harlow:"
    after = _EDITED_BY_AFTER_TITLE.sub("", after)  # "Judul. Nugraha B, editor. IPB Press.": the book's editor, no publisher
    out.update({"edition": edition} if edition else {}, **({"volume": volume} if volume else {}),
               **({"translators": translators} if translators else {}))
    if out.get("url"):
        after = _READ_ON.sub("", after).strip(" .,")
    # Harvard's mark of a journal read online between its name and volume: "Journal of X, [online] 127, pp.144-164.
    # Available at: ...": the article's facts, the mark no part's end
    after = _ONLINE_BEFORE_VOLUME.sub(" ", after)
    online = _RETRIEVED.search(after) or _ONLINE.search(after)
    said = _before_retrieved(re.sub(r"^(?:in|dalam)\s+", "", after, flags=re.I)) if online else None
    if said and _journal(said):
        after = said  # "Jurnal Pendidikan, 5(2), 10-20. Retrieved from https://...": an article read online
    elif said and _PLACE_PUBLISHER_ONLY.fullmatch(said.rstrip(".")):
        after = said  # "Jakarta: BPS. Diakses dari https://...": a book (a report) read online
    elif online or (out.get("url") and not after):
        out["kind"] = "web"
        out["container"] = _DAY_LAST.sub("", said).strip(" ,") or None if said else None  # "Kompas.com, 5 Februari 2021"
        return out
    if press := _IN_PRESS.fullmatch(after):
        out.update(kind="article", container=press.group("journal").strip(" ,"))  # "Ocean Coast Manag., siap terbit."
        return out
    book = _IN_BOOK.match(after)
    if book:
        rest = re.sub(r"[,.]?\s*IS[BS]N\b.*$", "", book.group("rest"))  # "ISBN: 978-...": a book number, no place
        # "hlm. 290-300", CSE's "hlm 290–300" and "p 290–300" with no stop
        tail_pages = re.search(r"[,.]?\s*(?:pp?|[Hh]lm|[Hh]al)(?:\.\s*|\s+)(\d+\s*[-–‐‑‒]\s*\d+)\.?$", rest)
        if tail_pages:
            rest = rest[:tail_pages.start()]
        # "Prosiding Seminar Nasional X; 2015 Okt 19–20; Bogor, Indonesia": the meeting's days and place after the book
        container = re.sub(rf";\s*(?:{YEAR})\b.*$", "", book.group("book")).strip(" ,")
        pages_after = re.search(r",\s*(?:pp?\.|hlm\.?|hal\.?)?\s*(\d+\s*[-–‐‑‒]\s*\d+)$", container)  # "Prosiding X, 12-20"
        if pages_after:
            container = container[:pages_after.start()]
        cut_pages = re.search(r",\s*(?:pp?|[Hh]lm|[Hh]al)$", container)
        if cut_pages and re.fullmatch(r"\d+\s*[-–‐‑‒]\s*\d+\.?", rest.strip()):
            # "..., Pustaka Pelajar, Yogyakarta, hlm. 45-67.": the book's stop was the page label's
            pages_after = re.match(r"(\d+\s*[-–‐‑‒]\s*\d+)", rest.strip())
            container, rest = container[:cut_pages.start()], ""
        pages = book.group("pages") or (tail_pages.group(1) if tail_pages else None) \
            or (pages_after.group(1) if pages_after else None)
        run_on = None if rest.strip() else _title_run_on(container)
        if run_on is not None:  # "dalam X (Ed.), Bunga Rampai, Pustaka Pelajar, Yogyakarta": commas, no stop
            container, rest = container[:run_on], container[run_on:].strip(" ,")
        out.update(kind="chapter", container=container, pages=_pages(pages))
        out.update(_publisher(rest))
        return out
    journal = _journal(after)
    if journal and re.search(r"[?!]$", title or "") and (sub := re.match(rf"(?P<sub>.+?{_NO_INITIAL_BEFORE}[.?!])\s+(?P<name>[A-Z].*)$",
                                                                            journal["journal"])) \
            and re.search(r"\s[a-z]", sub.group("sub")):
        # "How Islamic are Islamic banks? A non-linear assessment .... Economic Modelling, 64, ...": a title asking a
        # question goes on past its mark to its subtitle; a journal's name has no sentence in it (a sentence-case
        # subtitle has a word in small letters: "J. Manaj. Bisnis" is the journal's name abbreviated)
        out["title"], journal = f"{title} {sub.group('sub').rstrip('.')}", {**journal, "journal": sub.group("name")}
    if journal:
        out.update(kind="article", container=journal["journal"].strip(), volume=journal.get("volume"),
                   issue=journal.get("issue") or journal.get("number"), pages=_pages(journal.get("pages")))
        return out
    if re.fullmatch(r"(?:pp?\.\s*|hlm\.\s*)?\d+\s*[-–‐‑‒]\s*\d+\.?", after):
        out["pages"] = _pages(after.rstrip("."))
    elif (paper := _PERIODICAL.match(after)) and (paper.group("date") or paper.group("pages")) \
            and not _names_publisher(paper.group("name").strip()) and not _publishing_place(paper.group("name")):
        # "Kompas, 12 Mei 2019, hlm. 5", "Kompas, hlm. 5": a newspaper's name, the day and page, not a publisher (a
        # book's known publisher and its page stay a book: "Rineka Cipta, hlm. 25"; "Malang, 12 Mei 2020": where an
        # interview was held)
        out.update(kind="article", container=paper.group("name").strip(), pages=_pages(paper.group("pages")))
    elif out.get("url") and _OJS_ARTICLE.search(out["url"]) and re.fullmatch(r"[A-Z][^:;()\d]{1,80}", after.strip(" .")):
        # "Judul. Sistematis. https://ejournal.x.com/index.php/sistematis/article/view/304": an article's address in a
        # journal published with Open Journal Systems, so the name after the title is that journal's, not a publisher
        out.update(kind="article", container=after.strip(" ."))
    elif _journal_alone(after):
        # "Judul. BMC Medical Informatics and Decision Making.", "Judul. Int J Transl Med.": a journal named by its
        # words, no volume given (CSE lists an article so when its volume is not known), not a book's publisher
        out.update(kind="article", container=after.strip(" ."))
    elif after and (published := _publisher(after)):
        out.update(kind="book", **published)
    return out


# An article's page in Open Journal Systems, which most Indonesian journals publish with: ".../index.php/jurnal/article/view/304"
_OJS_ARTICLE = re.compile(r"/index\.php/[^/\s]+/article/(?:view|download)/\d")


# The words journals' and proceedings' names are made of, whole or as ISO 4 abbreviates them, and the imprints that
# publish journals only: "Hemodial Int J Transl Med", "BMC Public Health", "Annals of Botany", "PLoS One", "Advances in
# Neural Information Processing Systems", "Proceedings of the ACL"
_JOURNAL_NAME_WORD = re.compile(r"\b(?:Journal|Jurnal|J|Int|Med|Transactions|Trans|Letters|Lett|Reviews?|Rev|Annals|Ann|"
                                r"Archives|Arch|Acta|Bulletin|Buletin|Majalah|Quarterly|BMC|PLoS|PLOS|Advances|Proceedings|"
                                r"Proc|Prosiding|Conference|Konferensi|Symposium|Workshop)\b")


# Conferences a paper is cited by, their acronyms alone (no publisher's): "ICLR", "KDD", "NeurIPS 2020"
_VENUE_ACRONYM = re.compile(r"(?:ICLR|ICML|NeurIPS|NIPS|KDD|SIGKDD|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|COLING|AAAI|IJCAI|SIGIR|"
                            r"CIKM|WSDM|RecSys|CHI|ICSE|ICRA|IROS|ICASSP|INTERSPEECH|MICCAI)(?:\s+(?:19|20)\d\d)?")


def _journal_alone(after: str) -> bool:
    """A journal's name alone after an article's title, no volume, place or publisher with it: one part, its words
    capitalised ("of", "and", "in", "for", "&" aside), a word journals' names have (_JOURNAL_NAME_WORD), and no
    publisher's name ("Monthly Review Press" is a book's publisher)."""
    name = after.strip().rstrip(".").strip()
    if _VENUE_ACRONYM.fullmatch(name):
        return True  # "Adam: A method for stochastic optimization. ICLR.": a conference by its acronym
    words = name.split()
    return 1 <= len(words) <= 12 and not re.search(r"[:;()\d]|\.\s", name) \
        and all(w[:1].isupper() or w in ("of", "and", "in", "for", "on", "&", "the") for w in words) \
        and bool(_JOURNAL_NAME_WORD.search(name)) and not _names_publisher(name)


_ONLINE_BEFORE_VOLUME = re.compile(rf"(?<=,)\s*{_ONLINE_MARK}\s*(?=\d+\s*(?:\(\w+\))?\s*,\s*(?:pp?\.\s*)?\d)", re.I)


# A newspaper's or a page's day after the year, as CSE (IPB) writes it: "2019 Agu 29.", "2020 Mar 3-4.", "2021 Juni."
_CSE_DAY = re.compile(rf"\s*(?P<day>(?:{MONTH_SHORT}|{MONTH})\b\.?(?:\s+\d{{1,2}}(?:\s*[-–‐‑‒]\s*\d{{1,2}})?)?)\s*\.\s+(?=\S)")


# A whole book's editors as a part of their own after its title (CSE/IPB): "Nugraha B, editor.", "Ali A, Bakar B,
# editor.", "Smith J, editors.", "Santoso B, penyunting."
_EDITED_BY_AFTER_TITLE = re.compile(r"^[A-Z][\w'’\-]*(?:\s[A-Z]{1,3})?(?:,\s*[A-Z][\w'’\-]*(?:\s[A-Z]{1,3})?){0,5},\s*"
                                    r"(?:editor|editors|eds?|penyunting)\.\s+(?=[A-Z])")


# An article's journal, volume (issue) and pages closing its title after commas, no full stop between them, as writers
# mixing IEEE's commas into APA set them: "An overview of full-waveform inversion, GEOPHYSICS, 74(6), WCC1–WCC26."
# ITB's style (its thesis guide; mathematics and engineering lists): "Nama, A., dan Nama, B. (Tahun) : Judul, Nama
# Jurnal Volume 8, 487-499." / "... (Tahun) : Judul Buku, Penerbit, Kota.": a colon after the year, then parts cut by
# commas, no stops between them; and AGU's (geosciences): "Bojkov, R. D., L. Bishop, and G. C. Tiao (1990), Judul, J.
# Geophys. Res., 95, 9785-9807.": a comma after the year, the same parts. An article's journal (its abbreviation's
# stops its own), its volume (after "Volume"/"Vol." or a comma or a space: "Congr Numer 14"; an issue in brackets or
# after "Issue") and its pages or its number ("D11108") close it; an ITB book's title is its first part, then its
# publisher, then its place (a city and a state's code: "Reading, MA")
_COMMA_PARTS_ARTICLE = re.compile(
    r"^(?P<title>.+?),\s*(?P<journal>[A-Z][^,]*?[A-Za-z.])(?:,?\s*(?:Volume|Vol\.?|vol\.?)\s*|,?\s+)(?P<volume>\d+)"
    r"(?:\s*\((?P<number>[^()]{1,10})\))?(?:,?\s*(?:Issue|No\.?|Nomor)\s*(?P<issue>\d+))?,\s*(?:(?:pp?|hlm|hal)\.?\s*)?"
    r"(?P<pages>[A-Z]?\d+(?:\s*[-–‐‑‒]\s*\d+)?)\.?$")
_STATE_CODE = re.compile(r"[A-Z]{2}")


# An article accepted and not yet out, its journal named and no volume: "Ocean Coast Manag., siap terbit.", "Jurnal
# Agronomi. In press.", "J Hortik Indones (dalam proses terbit)"
_IN_PRESS = re.compile(r"(?P<journal>[A-Z][^,;:()]{1,80}?)[.,]?\s*[,.(]?\s*(?i:siap\s+terbit|in\s+press|dalam\s+proses\s+"
                       r"(?:terbit|penerbitan)|akan\s+terbit|forthcoming)\s*\)?\.?")


def _comma_parts_body(rest: str, books: bool) -> dict | None:
    """The parts after an ITB-style "(Tahun) :" or an AGU-style "(1990)," (see above), its DOI or address taken out
    first; None when they are not cut so (stops between parts: the entry is read as any other). books: a book's
    parts read too (ITB's)."""
    rest = rest.lstrip(":,").strip()
    out: dict = {}
    if doi := _DOI.search(rest):
        out["doi"] = doi.group(1).rstrip(".,)")
    elif url := _URL.search(rest):
        out["url"] = url.group().rstrip(".,)")
    rest = re.sub(r"[,;]?\s*(?i:doi)\s*:?\s*$", "", _DOI.sub("", _URL.sub("", rest)).replace("https://doi.org/", "").strip())
    rest = rest.strip(" ,;")
    if re.search(r"[.?!]\s+[A-Z][a-z]", _INITIALS_OR_ABBREVIATIONS.sub("", rest.rstrip(". "))):
        return None
    if m := _COMMA_PARTS_ARTICLE.match(rest):
        return {**out, "title": m.group("title").strip(), "kind": "article", "container": m.group("journal").strip(),
                "volume": m.group("volume"), "issue": m.group("issue") or m.group("number"),
                "pages": _pages(m.group("pages"))}
    parts = [p.strip() for p in rest.rstrip(". ").split(",") if p.strip()]
    if not books or out or not 2 <= len(parts) <= 6:
        return None
    out = {"title": parts[0], "kind": "book"}
    if len(parts) >= 4 and _STATE_CODE.fullmatch(parts[-1]):
        out.update(place=f"{parts[-2]}, {parts[-1]}", publisher=parts[-3])
    elif len(parts) >= 3:
        out.update(place=parts[-1], publisher=parts[-2])
    else:
        out.update(publisher=parts[-1])
    return out


# Copernicus's style (the EGU journals): "Newman, P. A., Daniel, J. S., and Nash, E. R.: Title, Atmos. Chem. Phys., 7,
# 4537–4552, https://doi.org/..., 2007.": the names with their initials, a colon (or a stop), the article's parts cut
# by commas, the year last
_COPERNICUS = re.compile(rf"^(?P<head>[A-Z][^()]{{2,400}}?,\s(?:[A-Z]\.\s?-?)+)\.?\s*[.:]\s+(?P<rest>[A-Z“\"].+),\s*"
                         rf"(?P<year>{YEAR})\.?$")


def _copernicus(text: str, start: int, end: int) -> Reference | None:
    """An article in Copernicus's style (see above), its names APA's and its parts an article's; else None."""
    m = _COPERNICUS.match(text)
    if m is None or not _APA_AUTHORS.match(m.group("head").rstrip(".") + ".") \
            or (fields := _comma_parts_body(m.group("rest"), books=False)) is None:
        return None
    names = _authors(m.group("head"))
    if not names:
        return None
    return Reference(text=text, authors=tuple(_surname(n) for n in names), names=tuple(names), year=m.group("year"),
                     year_text=m.group("year"), start=start, end=end, **fields)


# a journal's abbreviated words ("J. Geophys. Res.") and a person's initials, whose stops end no part
_INITIALS_OR_ABBREVIATIONS = re.compile(r"\b(?:[A-Z]|[A-Z][a-z]{1,7})\.(?=\s*[A-Z,])")


_TITLE_COMMA_JOURNAL = re.compile(r",\s+(?P<journal>[A-Z][^,.()]{1,80},\s*\d+\s*\([^()]{1,10}\)"
                                  r"(?:\s*,\s*[A-Z]{0,4}\d+\s*[-–‐‑‒]\s*[A-Z]{0,4}\d+)?)\s*$")


# A newspaper or magazine after an article's title: its name, then the day (or the month: "Penerangan Angkatan Darat,
# Juli.") it came out and its page
_PERIODICAL = re.compile(rf"^(?P<name>[A-Z][^,.:;()\d]{{1,40}}?)\s*,\s*(?P<date>(?:[A-Z][a-z]+,\s*)?(?:\d{{1,2}}\s+)?"
                         rf"(?i:{MONTH})(?:\s+{YEAR})?)?\s*,?\s*(?:(?i:hlm|hal|h|p|pp)\.?\s*(?P<pages>[A-Z]?\d+(?:\s*[-–‐‑‒]\s*\d+)?))?"
                         r"\s*\.?$")


# ResearchGate's export, each part closed by a stop: "TEST. 25.", "Computational Intelligence and Neuroscience. 2022. 1-9."
# (its DOI, taken out before, had followed)
_JOURNAL_STOPPED = re.compile(r"^(?P<journal>[A-Z][^.,:;()\d]{1,80}?)\.\s+(?P<volume>\d{1,4})\."
                              r"(?:\s+(?P<pages>\d+\s*[-–‐‑‒]\s*\d+)\.?)?[\s.]*$")
# ... not a book's part by its word ("Tafsir Al-Azhar. Juz. 1.", "Jilid. 3.", "Edisi. 2.") nor a law's gazette
# ("Lembaran Negara. 78.")
_NO_JOURNAL_STOPPED = re.compile(rf"(?i:{_VOLUME_WORD}|vol|bagian|part|edisi|edition|cetakan)$|{_GAZETTE_NAME}")


def _journal(after: str) -> dict | None:
    """A journal's name, volume, issue and pages after an article's title, or None."""
    stopped = _JOURNAL_STOPPED.match(after)
    if stopped and not _names_publisher(stopped["journal"]) and not _publishing_place(stopped["journal"]) \
            and not _NO_JOURNAL_STOPPED.match(stopped["journal"]):
        return {**stopped.groupdict(), "issue": None}
    written = _JOURNAL_WRITTEN.match(after)
    if written and not (written.group("issue") or written.group("number") or written.group("pages")
                        or written.group("page")):
        written = None  # a number alone after a name: no journal's facts
    m = _JOURNAL.match(after) or written or _JOURNAL_PAGES.match(after)
    if m is None:
        return _journal_by_labels(after)
    found = m.groupdict()
    name, _, host = found["journal"].partition(", ")
    if re.match(_JOURNAL_WORD, name) and is_organisation(host.strip(" .")):
        found["journal"] = name  # "Jurnal Mercatoria, Universitas Medan Area, Vol.8": the journal, then who publishes it
    return {**found, "pages": found.get("pages") or found.get("spaced") or found.get("page")}


# A journal's facts by their labels, in any punctuation: "Jurnal X, Volume 5, Nomor 2, Halaman 12-20", "Jurnal X. Vol 5
# No 2. Hal 12-20", "Jurnal X Vol. 5 No. 2 Desember 2019", "Jurnal X. 5(2). 12-20"
_LABELLED_VOLUME = re.compile(r"[.,]?\s+(?:Vol(?:ume)?\.?\s*(?P<volume>\d+)|(?P<bare>\d+)\s*(?=\(\w+\)))", re.I)
_LABELLED_ISSUE = re.compile(r"\s*\((?P<bracketed>\w+)\)|.*?\b(?:No|Nomor|Nomer|Issue|Edisi)\.?\s*(?P<issue>\d+)\b", re.I)
_LABELLED_PAGES = re.compile(r"(?:\b(?:hlm|hal|halaman|pp?|h)\.?\s*|[:.,]\s*)(?P<pages>\d+\s*[-–‐‑‒]\s*\d+)\s*\.?\s*$", re.I)


def _journal_by_labels(after: str) -> dict | None:
    """The journal, volume, issue and pages when each is labelled or bracketed, its name before the volume; a
    volume needs an issue or pages with it, and no place's colon after it (a book's "Volume 2 (Jakarta: ...)")."""
    vol = _LABELLED_VOLUME.search(after)
    if vol is None or ":" in after[vol.end():].split("(")[0] and not _LABELLED_PAGES.search(after, vol.end()):
        return None
    journal = after[:vol.start()].strip(" .,")
    # a colon inside the name before the word journal is the name's ("Al-Ahwal: Jurnal Hukum Keluarga Islam"), not a
    # place's before its publisher
    if not re.match(r"[A-Z]", journal) or re.search(rf"\d|\.\s|:\s(?!{_JOURNAL_WORD}\b)", journal) \
            or ":" in after[vol.end():]:
        return None
    issue = _LABELLED_ISSUE.match(after, vol.end())
    pages = _LABELLED_PAGES.search(after, vol.end())
    if issue is None and pages is None:
        return None
    return {"journal": journal, "volume": vol.group("volume") or vol.group("bare"),
            "issue": (issue.group("issue") or issue.group("bracketed")) if issue else None,
            "pages": pages.group("pages") if pages else None}


def _title(rest: str) -> tuple[str | None, str]:
    """The title: a quoted one, or the text up to the first full stop that ends a sentence."""
    quoted = re.match(r"^[‘“\"'](?P<t>[^’”\"]+)[’”\"']\s*,?\s*(?P<after>.*)$", rest)
    if quoted:
        return quoted.group("t").strip(" ,."), quoted.group("after")
    if _RETRIEVED.match(rest) or _ONLINE.match(rest):
        return None, rest  # "(2021, april 22). Retrieved from ...": a web page without a title
    m = None
    for cut in _TITLE_END.finditer(rest):
        before, after = rest[:cut.start()].split()[-1:], rest[cut.end():].split()[:1]
        if before and after and _ALL_CAPS.match(before[0]) and _ALL_CAPS.match(after[0]):
            continue  # "PENRAUJANG KEC. SUNGGAL KAB. DELI": an abbreviation inside an upper-case title
        opened = rest[:cut.start()]
        if opened.count("(") > opened.count(")") and ")" in rest[cut.end():]:
            continue  # "Work and Motivation (Rev. ed.). San Francisco": a stop inside the title's parenthesis
        m = cut
        break
    journal = _journal_after_title(rest)
    if journal and (m is None or journal.start() < m.start()):  # "Judul, Jurnal X, Vol. 37, No. 1": runs on into it
        return rest[:journal.start()].strip() or None, rest[journal.end():]
    title, after = (rest[:m.start() + (1 if rest[m.start()] in "?!" else 0)], rest[m.end():]) if m else (rest, "")
    title = title.strip()
    medium = _MEDIUM_OPENING.match(after) if title.endswith(("?", "!")) else None
    if medium:  # the medium's bracket belongs to the title, as after one ending with a full stop
        title, after = f"{title} {medium.group().strip(' .')}", after[medium.end():]
    # "Fundamental Keperawatan, Jakarta: EGC", "..., Sinar Grafika, Jakarta"; when "Place: Publisher" follows the
    # title's stop (an edition's note between), a colon inside the title is a subtitle's ("Pesantren, Madrasah, Sekolah:
    # Pendidikan Islam. Jakarta: LP3ES"), as _title_and_publisher reads a year-last entry's
    run_on = None if _PLACE_OPENING.match(_edition_note(after.strip())[1]) else _title_run_on(title)
    if run_on is None and not after.strip(" .,"):
        run_on = _publisher_closing(title)
    after = f"{title[run_on:].strip(' ,')}. {after}".strip() if run_on is not None else after
    title, notes = _notes_after_comma(title[:run_on].strip())
    if notes:  # parts of their own, which _book_notes reads
        after = f"{notes}. {after}".strip()
    title = re.sub(rf"[,.]?\s*{_ONLINE_MARK}$", "", title, flags=re.I)  # "Judul, [Online]. Tersedia: ..."
    return (title or None), after


_PLACE_AFTER_TITLE = re.compile(rf",\s*(?={_PLACE_NAME}:\s)")  # a comma, then "Place: Publisher"
# ... or a journal named as one, then its volume or number: ", Jurnal Mercatoria, Universitas Medan Area, Vol.8, No. 2"
_JOURNAL_WORD = r"(?:Jurnal|Journal|Majalah|Buletin)"
_JOURNAL_NAMED = re.compile(rf",\s*(?=(?:[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){{0,2}}:\s+)?{_JOURNAL_WORD}\s+[A-Z][^,]*(?P<named>,))")
# ("Al-Ahwal: Jurnal Hukum Keluarga Islam, Vol. 14": a short name and a colon before the word journal are its name's)
_VOLUME_AFTER = re.compile(r",(?=\s*(?:Vol(?:ume)?\.?\s*\d|No(?:mor)?\.?\s*\d|\d+\s*\(\w+\)))")


def _journal_after_title(rest: str) -> re.Match | None:
    """The comma before a journal's name whose volume or number a later comma opens (_JOURNAL_NAMED, _VOLUME_AFTER):
    the first journal's name before the last volume (one pattern looking ahead from every name for a volume took time
    quadratic in a line of many journal names and none)."""
    last = None
    for last in _VOLUME_AFTER.finditer(rest):
        pass
    named = _JOURNAL_NAMED.search(rest) if last else None
    return named if named and named.start("named") <= last.start() else None
# A book's place: "Jakarta", "New York"; not "Universitas Diponegoro" (see _place)
_PLACE = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")


def _place(text: str) -> bool:
    return _PLACE.fullmatch(text.strip()) is not None and not is_organisation(text.strip())


def _title_run_on(title: str) -> int | None:
    """Where a title written with commas runs on into its place and publisher (None: it does not): ", Bandung:
    Alfabeta", or a publisher's name last or before its place (", Sinar Grafika, Jakarta", ", Rajawali Pers"); a
    title's own commas name no publisher ("Hukum Lingkungan: Teori, Legislasi dan Studi Kasus")."""
    place = _PLACE_AFTER_TITLE.search(title)
    if place:
        return place.start()
    commas = list(re.finditer(r",\s*", title))
    if commas and _names_publisher(title[commas[-1].end():]):
        if len(commas) >= 2 and _place(title[commas[-2].end():commas[-1].start()]):
            return commas[-2].start()  # ", Jakarta, Sinar Grafika": its place before it
        return commas[-1].start()
    if len(commas) >= 2 and _names_publisher(title[commas[-2].end():commas[-1].start()]) \
            and _place(title[commas[-1].end():]):
        return commas[-2].start()
    if len(commas) >= 2 and _publishing_place(title[commas[-1].end():]) \
            and _publisher_shaped(title[commas[-2].end():commas[-1].start()]) \
            or len(commas) >= 2 and _publishing_place(title[commas[-1].end():]) \
            and _publishers_joined(title[commas[-2].end():commas[-1].start()]):
        # ", Kencana, Jakarta", ", Citra Aditya Bakti, Bandung": a publisher no list knows; ", Andi Offset – STMIK
        # AMIKOM, Yogyakarta": two that published it together
        return commas[-2].start()
    if len(commas) >= 2 and _publishing_place(title[commas[-1].end():]) \
            and _EDITION_PART.search(title[commas[-2].end():commas[-1].start()]):
        return commas[-1].start()  # "Hukum Pidana, Buku Kedua, Bandung": the city alone, after the title's part
    return None


# Science publishers whose one-word names no Indonesian list of publishers holds (names.PUBLISHERS is also read in
# the text, where "(Springer, 2010)" may be an author's): here only where a title closes with one
_SCIENCE_PUBLISHERS = frozenset(("springer", "springer nature", "springer international publishing", "crc press",
                                 "taylor & francis", "world scientific", "birkhäuser", "wiley"))


def _publisher_closing(title: str) -> int | None:
    """Where a title with nothing after it but its link closes with its publisher after a comma, as APA's writers set
    "Title, Publisher.": a publisher a list knows, a city after it or not ("Numerical Optimization, Springer New
    York"), or a learned body ("Seismic Inversion, Society of Exploration Geophysicists"); a title's own last part is
    none ("Teori, Praktik, dan Kasus", "Hukum Adat, Sejarah dan Perkembangannya")."""
    comma = None
    for comma in re.finditer(r",\s*", title):
        pass
    if comma is None:
        return None
    opened = title[:comma.start()]
    if opened.count("(") > opened.count(")") or opened.count("[") > opened.count("]"):
        return None  # "Judul [Tesis magister, Institut Pertanian Bogor]": the comma inside a genre's bracket
    part = title[comma.end():].strip(" .")
    words = part.split()
    known = lambda name: _names_publisher(name) or name.lower() in _SCIENCE_PUBLISHERS  # noqa: E731
    publisher = known(part) or any(known(" ".join(words[:k])) and _publishing_place(" ".join(words[k:]))
                                   for k in range(1, len(words)))
    body = len(words) >= 2 and is_organisation(part) and _publisher_shaped(part) \
        and not any(w.lower() in ("dan", "and") for w in words) \
        and not re.match(SCHOOL_OPENING, part)  # "..., Skripsi, Fakultas Ekonomi ...": a thesis's school (_as_thesis)
    return comma.start() if (publisher or body) and comma.start() > 0 else None


def _publishing_place(text: str) -> bool:
    """ "Jakarta", "New York": a city books are published in (names.PUBLISHING_PLACES)."""
    return " ".join(text.split()).strip(" .").lower() in PUBLISHING_PLACES


def _publisher_shaped(text: str) -> bool:
    """One to five capitalised words, "&", "of" and "and" aside, and no city: "Kencana", "Citra Aditya Bakti", "Bina
    Ilmu", "Harper & Row"; a title's part with a small word ("Teori dan Praktik") is none, nor a note on its edition
    ("Edisi Revisi", "Second Edition", "Jilid II")."""
    words = text.split()
    return 1 <= len(words) <= 5 and not _publishing_place(text) and not re.search(r"\d", text) \
        and not _EDITION_PART.search(text) \
        and all(w[:1].isupper() or w in ("&", "of", "and") for w in words) and words[0][:1].isupper()


def _publishers_joined(text: str) -> bool:
    """Two publishers joined by a dash, the first a publisher's name: "Andi offset – STMIK AMIKOM Yogyakarta"."""
    parts = re.split(r"\s+[–—-]\s+", text.strip())
    return len(parts) == 2 and (_names_publisher(parts[0]) or _publisher_shaped(parts[0])) \
        and all(w[:1].isupper() for w in parts[1].split())


def _names_publisher(name: str) -> bool:
    """ "Sinar Grafika", "Rajawali Pers", "Badan Penerbit Universitas Diponegoro": a publisher's name. A publisher's
    word inside a title's words is none ("Jurnalisme, Media, dan Pers", "Politics, Democracy, and the Press"): a
    name's words are capitalised, "of", "for" and "&" aside ("University of Illinois Press")."""
    return is_publisher(name) or re.search(rf"\b{PUBLISHER_WORD}\b", name) is not None \
        and all(w[:1].isupper() or w[:1].isdigit() or w in _PUBLISHER_LINKS for w in name.split())


_PUBLISHER_LINKS = frozenset("of for &".split())  # the small words inside a publisher's name


def _pages(pages: str | None) -> str | None:
    return re.sub(r"\s*[-–‐‑‒]\s*", "-", pages.strip()) if pages and pages.strip() else None


def _publisher(text: str) -> dict:
    text = _PRINTING_NOTE.sub("", re.sub(r"[,.]?\s*(?:pp?|[Hh]lm|[Hh]al)\.\s*[\d\-–]+\.?$", "", text.strip())).strip(" .,")
    text = re.sub(rf"[.,]?\s*{_DATED.pattern}$", "", text, flags=re.I).strip(" .,")  # "Kompas. (12 Mei 2019)": a day
    # "Kencana. ISBN 978-...", "Kencana. 250 hlm.", "Kencana, hal 45": the book's number, its length, a page cited
    text = re.sub(r"[.,]?\s*(?:IS[BS]N\b.*|\d+\s*(?:hlm|hal|halaman|pp|p)\.?|\b(?:hlm|hal|h)\.?\s*\d+(?:\s*[-–‐‑‒]\s*\d+)?)$",
                  "", text, flags=re.I).strip(" .,")
    text = _NOTE_AFTER_PUBLISHER.sub("", text) if ":" in text else text
    if not text:
        return {}
    if _publishing_place(text):
        return {"place": text}  # "Bandung" alone: where, no publisher named
    facts = _FACTS_OPENED.search(text)
    text = facts.group("facts").strip() if facts else text
    two = re.fullmatch(r"(?P<first>[^,:]+),\s*(?P<second>[^,:]+?)\.?", text)
    if two and _names_publisher(two.group("first")) and _place(two.group("second")):
        return {"publisher": two.group("first").strip(), "place": two.group("second")}  # "Rajawali Pers, Jakarta"
    if two and _publishing_place(two.group("second")) \
            and (_publisher_shaped(two.group("first")) or _publishers_joined(two.group("first"))):
        return {"publisher": two.group("first").strip(), "place": two.group("second")}  # "Kencana, Jakarta"
    if two and _place(two.group("first")) and _names_publisher(two.group("second")):
        return {"publisher": two.group("second").strip(), "place": two.group("first").strip()}  # "Jakarta, Sinar Grafika"
    stop = re.fullmatch(r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.\s+(?P<publisher>[A-Z][^:.]*)", text)
    if stop and _publishing_place(stop.group("place")):
        return {"publisher": stop.group("publisher").strip(), "place": stop.group("place")}  # "Bandung. Alfabeta"
    stop = re.fullmatch(r"(?P<publisher>[A-Z][^:.]*)\.\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)", text)
    if stop and _publishing_place(stop.group("place")) and _publisher_shaped(stop.group("publisher")):
        return {"publisher": stop.group("publisher").strip(), "place": stop.group("place")}  # "Rineka Cipta. Jakarta"
    m = _PUBLISHER.match(text)
    if m and m.group("place") and not _publishing_place(m.group("place")) and (
            _publishing_place(m.group("publisher")) or _publisher_first(m.group("place"), m.group("publisher"))):
        return {"publisher": m.group("place").strip(), "place": m.group("publisher").strip()}  # "Alfabeta: Bandung"
    after_note = None if m else _FACTS_AFTER_NOTE.search(text)
    if after_note:
        m = _PUBLISHER.match(after_note.group("facts"))  # "Edisi Revisi. Jakarta: Kencana": the edition's note first
    if not m:
        return {"publisher": text}
    place = m.group("place")
    return {"publisher": m.group("publisher").strip(" ,"), **({"place": place.strip()} if place else {})}


# A university named as a thesis's or a book's publisher: "Massey University", "Universitas Andalas", "Institut Teknologi
# Bandung", "University of Sydney"
_UNIVERSITY_NAMED = re.compile(r"^(?:Universitas|Institut|University|Politeknik|Sekolah Tinggi)\s+[A-Z]|\s(?:University|"
                               r"Institute of Technology)$")


def _publisher_first(first: str, second: str) -> bool:
    """ "Prentice Hall: New Jersey", "Massey University: Albany": the publisher before the colon, a place no list of
    cities holds after it (a publisher's or a university's name first, a name of one to three capitalised words with
    neither after)."""
    named = lambda name: _names_publisher(name) or _UNIVERSITY_NAMED.search(name.strip()) is not None  # noqa: E731
    words = second.strip(" .").split()
    return named(first) and not named(second) and 1 <= len(words) <= 3 \
        and all(w[:1].isupper() and w.isalpha() for w in words)


def _before_retrieved(text: str) -> str | None:
    """What is said before "Retrieved from", "Tersedia:" or "(Online)": the site a page is in, or a journal's facts."""
    head = _ONLINE.split(_RETRIEVED.split(text)[0])[0].strip(" .,([")  # "[Diakses 12 Mei 2020]"
    return head or None


def reference_entries(document) -> list[Reference]:
    """The parsed entries of a document's reference list: its "reference" blocks, or, when the reader marked none,
    the entry-shaped blocks under a "Daftar Pustaka"/"Referensi"/... heading. A line that does not start an entry
    continues the one before (hanging indents, entries broken over lines)."""
    marked = [b for b in document.blocks if b.kind == "reference"]
    blocks = marked or _blocks_under_reference_heading(document) or _titled_list(document) \
        or _introduced_list(document) or _trailing_entries(document) or _labelled_entries(document)
    out = _entries(document, blocks, bool(marked))
    out += _field_cards(document, out)
    if marked:
        # the list's later parts under their own headings ("Artikel atau Makalah"), which a reader that marks the
        # entries up to the next heading left as paragraphs: read as an unmarked list is
        later = [b for b in _blocks_under_reference_heading(document) if b.kind != "reference" and b.start > marked[-1].end]
        out += _entries(document, later, False)
    return [_authors_as_cited(document.text, ref) for ref in out]


_FAMILY_AND_ONE_GIVEN = re.compile(r"(?P<family>[A-Z][\w'’\-]+),\s+(?P<given>[A-Z][a-z][\w'’\-]+)")
_TWO_ONE_WORD_NAMES = re.compile(r"(?P<a>[A-Z][\w'’\-]+)\s+(?:dan|and|&)\s+(?P<b>[A-Z][\w'’\-]+)")


def _authors_as_cited(text: str, ref: Reference) -> Reference:
    """One-word names joined by commas and "dan" read two ways: "Hadi, Santoso, dan Wijaya" as a family name and its
    given name, then a second person, or as three persons; "Suryani dan Sari" as one name (both words the dictionary
    knows) or as two persons. The text's own citations of the work, outside its entry, tell: "Hadi dkk. (2019)" (three
    authors or more) makes each one-word given name an author of its own, "(Suryani dan Sari, 2018)" the one name two."""
    if not ref.year or not ref.names:
        return ref
    prose = f"{text[:ref.start]}\n{text[ref.end:]}"
    year = rf"[ \t]*,?[ \t]*\(?[ \t]*{ref.year}(?!\d)"
    if (alone := _cited_alone(prose, ref, year)) is not None:
        return alone
    if (others := _cited_with_others(prose, ref, year)) is not None:
        return others
    two = _TWO_ONE_WORD_NAMES.fullmatch(ref.names[0]) if len(ref.names) == 1 else None
    if two and re.search(rf"(?<![\w'’\-]){two.group('a')}\s+(?:dan|and|&)\s+{two.group('b')}{year}", prose):
        return replace(ref, authors=(two.group("a"), two.group("b")), names=(two.group("a"), two.group("b")))
    if len(ref.names) >= 3 or not re.search(rf"(?<![\w'’\-]){re.escape(ref.authors[0])}[ \t]+(?:dkk|et\.?[ \t]*al)\.?"
                                             rf"{year}", prose):
        return ref
    names = []
    for name in ref.names:
        pair = _FAMILY_AND_ONE_GIVEN.fullmatch(name)
        names += [pair.group("family"), pair.group("given")] if pair else [name]
    if len(names) < 3:
        return ref
    return replace(ref, authors=tuple(_surname(n) if "," in n else n for n in names), names=tuple(names))


def _cited_alone(prose: str, ref: Reference, year: str) -> Reference | None:
    """ "Santoso, Budi, Sejarah Sunda dan Banten. Sebuah Pengantar. Jakarta: ..., 2019." reads "Sejarah Sunda" and
    "Banten" as two more authors given name first (words no dictionary holds, as persons' names are); the text citing
    the work as its first author's alone ("Santoso (2019)", "(Santoso, 2019)"), never with "dan", "&" or "dkk", says
    they are the title's words: the entry is read again with the names closed after the first's given names."""
    if len(ref.names) < 2 or "," not in ref.names[0] or any("," in n for n in ref.names[1:]) \
            or not ref.text.startswith(f"{ref.names[0]}, {ref.names[1]}"):
        return None
    first = re.escape(ref.authors[0])
    if not re.search(rf"(?<![\w'’\-])(?<!dan )(?<!and )(?<!& ){first}{year}", prose) \
            or re.search(rf"(?<![\w'’\-]){first}[ \t]*,?[ \t]+(?:dkk|et\.?[ \t]*al|dan|and|&)\b", prose):
        return None
    again = parse_reference(f"{ref.names[0]}. {ref.text[len(ref.names[0]) + 2:]}")
    if again is None or again.authors != ref.authors[:1] or again.year != ref.year or not again.title:
        return None
    return replace(again, text=ref.text, start=ref.start, end=ref.end)


# Persons given name first, the last after "dan"/"and"/"&": "Andi Wijaya dan Citra Lestari", "Andi Wijaya, Citra Lestari,
# dan Dewi Sari"
_PERSON = r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}"
_PERSONS_LISTED = re.compile(rf"(?:{_PERSON},\s+)*{_PERSON},?\s+(?:dan|and|&)\s+{_PERSON}")


def _cited_with_others(prose: str, ref: Reference, year: str) -> Reference | None:
    """The mirror of _cited_alone: "Hartono, Budi, Andi Wijaya dan Citra Lestari. Koperasi Desa. Jakarta: Kencana,
    2018." reads the co-authors as the title when their names are dictionary words ("citra", "lestari"); the text
    citing the work with "dkk."/"et al." after its first author ("Hartono dkk. (2018)") says there are more authors:
    the persons are the authors', the title the part after them."""
    if len(ref.names) != 1 or "," not in ref.names[0] or not ref.title or not _PERSONS_LISTED.fullmatch(ref.title) \
            or not ref.text.startswith(f"{ref.names[0]}, {ref.title}.") or not _YEAR_AT_END.search(ref.text):
        return None
    if not re.search(rf"(?<![\w'’\-]){re.escape(ref.authors[0])}[ \t]+(?:dkk|et\.?[ \t]*al)\.?{year}", prose):
        return None
    rest = ref.text[len(ref.names[0]) + len(ref.title) + 3:]
    rest = rest[:_YEAR_AT_END.search(rest).start()].strip()
    title, published = _title_and_publisher(rest)
    if not title:
        return None
    kind = published.pop("kind", None) or _kind_published(published)
    co = [n for n in re.split(r"\s*,\s*(?:(?:dan|and|&)\s+)?|\s+(?:dan|and|&)\s+", ref.title) if n]
    fields = {k: published.get(k) for k in ("container", "publisher", "place", "volume", "issue", "pages")}
    return replace(ref, authors=(ref.authors[0], *map(_family, co)), names=(ref.names[0], *co), title=title, kind=kind,
                   **fields)


def _entries(document, blocks: list, marked: bool) -> list[Reference]:
    """The entries of these blocks of a reference list; marked: the reader marked them as entries."""
    blocks = _without_running_lines(document.text, blocks)
    notes = {b.start for b in blocks if b.kind == "footnote"}  # where each note opens (its pieces after are its own)
    blocks = [piece for b in _as_one_stream(document.text, blocks) for piece in _entries_run_together(document.text, b)]
    starts = parse_reference if marked else looks_like_entry  # unmarked lines must look like an entry to start one
    headings = [h.start for h in document.blocks if h.kind == "heading"]
    groups: list[list] = []
    closed = False  # a part's heading ended the entry before: what follows joins no entry until one starts
    for i, b in enumerate(blocks):
        text = document.text[b.start:b.end]
        if groups and _heading_after_whole_entry(document.text, groups[-1], headings, b.start):
            closed = True  # "## Buku dengan edisi" between a marked list's parts: the entry above is whole
        if not re.search(r"[^\W_]", text) and not _DITTO.match(text):
            continue  # "{{--", "***": a line of marks alone (a template's comment, a rule) is no entry's words; a
            # ditto ("_______", the author above) is its next entry's
        if _part_heading(text):
            closed = True  # "B. Peraturan Perundang-undangan" as a line of the list: no entry's last words
            continue
        own = _own_item(document.text, b) and (b.kind != "footnote" or b.start in notes)
        if groups and not closed and not own and _list_label(document.text, groups[-1], text, blocks[i + 1:i + 2]):
            closed = True  # "Scrum" / "V-Model" between a page's entries: a part's name of the writer's own
            continue
        if groups and not closed and not own \
                and not _numbered_next(document.text[groups[-1][0].start:groups[-1][0].end], text) \
                and not _KEYED.match(text) \
                and (_facts_go_on(document.text, groups[-1], text)  # its publisher and year, whatever the entry read
                     or not (_bullet_item(b) and _undated_whole(document.text, groups[-1]))
                     and ((_wrapped(document.text, groups[-1]) and not _opens_after_stray_line(document.text, groups[-1], b)
                           # a bullet under a heading after the entry's line is its own
                           and not (_bullet_item(b) and any(groups[-1][-1].end <= h < b.start for h in headings)))
                          or hangs_under(document.text[groups[-1][0].start:groups[-1][0].end], text))):
            groups[-1].append(b)  # "Sudjana, Nana. Penilaian Hasil Proses Belajar" / "Mengajar. Bandung: ..., 2010."
            # (not a bullet after a whole entry with no date, nor a line with the writer's next number: "[5] ...
            # Lumen Robot Friend.”" / "[6] ...": the writer's next item)
            continue
        law = law_entry(text) is not None  # a marked list's starts (parse_reference) reads one too: the law rule decides
        if (starts(text) and not (marked and law)) or _OPENS_ENTRY.match(text) \
                or (not groups and parse_reference(text) is not None) \
                or (law and (closed or not groups or _law_may_follow(document.text, groups[-1]))) \
                or (groups and _DITTO.match(text)) or _NUMBER_OPENS.match(text) or own or _KEYED.match(text) \
                or (groups and _bullet_item(b) and (_complete(document.text, groups[-1])
                                                    or any(groups[-1][-1].end <= h < b.start for h in headings)
                                                    or _undated_whole(document.text, groups[-1]))) \
                or (groups and _complete(document.text, groups[-1]) and _name_opens(text)) \
                or (groups and _complete(document.text, groups[-1]) and i + 1 < len(blocks)
                    and _name_alone_before_year(text, document.text[blocks[i + 1].start:blocks[i + 1].end])):
            groups.append([b])
            closed = False
        elif groups and not closed:
            groups[-1].append(b)
        # else: a note, an OCR header or a stray line before the first entry belongs to no entry
    out: list[Reference] = []
    for group in groups:  # a note's definition is an entry as the writer set it, as a reader's marked one is
        ref = _group_entry(document.text, group, marked or group[0].kind == "footnote", out[-1] if out else None)
        if ref is not None:
            out.append(ref)
    return _initials_the_list_writes(out)


# A name as IPB's (CSE) and Vancouver's lists write it: the surname, then the initials unstopped ("Baez J", "Darmadi
# AAK"); a work's one author so written ("Gunawan AW", "Abdi AP"), and letters that name a country or province
# after a body's short name ("Kominfo RI", "Dinkes DKI"), which are no initials
_NAME_INITIALS = re.compile(r"[A-Z][\w'’\-]+(?:\s[A-Z][a-z][\w'’\-]+)?\s[A-Z]{1,4}")
_ONE_AUTHOR_INITIALS = re.compile(r"(?P<surname>[A-Z][a-z][\w'’\-]+)\s(?P<initials>[A-Z]{2,4})")
_REGION_LETTERS = frozenset({"RI", "DKI", "DIY", "NTB", "NTT", "USA", "UK"})


def _initials_the_list_writes(refs: list[Reference]) -> list[Reference]:
    """One author with two letters after the name ("Gunawan AW. 1997.") may be a person or a body's short name
    ("Kominfo RI. 2020."): alone the entry cannot tell, and _surname keeps it whole. The list tells: where two entries
    or more name their authors surname then initials unstopped ("Baez J, Caruso G, ..."), the one author so written is
    a person, the surname the author (not letters naming a country or province, nor a body's name)."""
    persons = sum(1 for r in refs if len(r.names) >= 2 and all(_NAME_INITIALS.fullmatch(n) for n in r.names[:2]))
    if persons < 2:
        return refs
    out = []
    for ref in refs:
        one = _ONE_AUTHOR_INITIALS.fullmatch(ref.authors[0]) if len(ref.authors) == 1 and ref.names == ref.authors else None
        if one and one.group("initials") not in _REGION_LETTERS and not is_organisation(ref.authors[0]):
            ref = replace(ref, authors=(one.group("surname"),))
        out.append(ref)
    return out


def _list_label(text: str, group: list, line: str, after: list) -> bool:
    """A part's name the writer set between entries as a line of its own ("Prototipe", "RAD (Rapid Application
    Development)", "Scrum"): a few capitalised words, no digit, stop, colon or address, after an entry with its year
    that ends as an entry ends (a stop, a parenthesis, an address), and before a line that opens an entry. Not a
    wrapped entry's last words: those follow an entry left open ("Yogyakarta: UGM" / "Press")."""
    line = re.sub(r"(?<=\w):$", "", line.strip())  # "Database Design:", "UI/UX Design:": a label before its items
    if not line[:1].isupper() or len(line) > 40 or not 1 <= len(line.split()) <= 4 \
            or re.search(r"\d|[.,:;!?]$|://|www\.", line) or not after:
        return False
    whole = " ".join(text[b.start:b.end] for b in group).rstrip()
    place_last = re.search(r",\s*(?P<place>[^,]{2,40})$", whole)  # "..., Andi Offset, Yogyakarta": the comma style's end
    if not _ANY_YEAR.search(whole) \
            or not (_ends_as_entry(whole) or (place_last and _publishing_place(place_last.group("place")))):
        return False  # "Yogyakarta: UGM" / "Press": a publisher's last word wrapped alone
    following = text[after[0].start:after[0].end]
    return looks_like_entry(following) or parse_reference(following) is not None


def _heading_after_whole_entry(text: str, group: list, headings: list[int], at: int) -> bool:
    """A heading stands between the entry read so far, whole (its year, and ended as entries end), and the block at
    `at`: a part of the list begins, and what opens it (a style guide's template, a note) is none of that entry's."""
    last = group[-1].end
    if not any(last <= h < at for h in headings):
        return False
    whole = " ".join(text[b.start:b.end] for b in group).rstrip()
    return _ends_as_entry(whole) and bool(_ANY_YEAR.search(whole))


def _opens_after_stray_line(text: str, group: list, block) -> bool:
    """The block opens with its authors and year ("Azwar, S. (2014). ...") after lines with no year that do not end
    inside a list of names (a comma, "&", "dan"): it starts an entry of its own, not the last line of theirs (a
    template "Author, A. A., ... (tahun). Judul Buku. Tempat penerbit: Penerbit" over its example)."""
    before = text[group[-1].start:group[-1].end].rstrip()
    return not re.search(r"(?:[,&]|\b(?:dan|and))$", before) and _author_year_opening(text, block.start, block.end)


def _bullet_item(block) -> bool:
    """An item of a bulleted list ("- ", "* ", "•"): after a whole entry (its year, its end) or a heading (a part of the
    list: "### Regulasi"), the writer's next item, whatever it opens with ("**Balai Penelitian Tanaman Palma**, Manado
    — ...")."""
    marker = getattr(block, "marker", "")
    return block.kind in ("item", "reference") and bool(marker) and not marker[:1].isalnum()


def _own_item(text: str, block) -> bool:
    """A numbered list's item whose number the reader keeps apart from its text (a Markdown list's "1."): the writer
    numbered the entries, so it is one of its own. A bullet may be a line's a paste made an item (an entry's last
    line "- Gadjah Mada University Press, 2015."); a marker the text still shows ("E. Cammack" on a wrapped line read
    as a lettered item) says nothing a line's own words do not. A note's definition ("[^13]: Kelleher, ...") is one
    too: the writer gave each work its own note."""
    if getattr(block, "kind", "") == "footnote":
        return True
    marker = getattr(block, "marker", "")
    return marker[:1].isdigit() and not text[block.start:block.end].lstrip().startswith(marker)


def running_lines(text: str, outside: tuple[int, int] = (0, 0)) -> frozenset[str]:
    """Lines a page's header or footer left in the text, every page of a thesis whose text lost its page breaks
    ("Rina Marlina, 2018" / "Universitas Pendidikan Indonesia | repository.upi.edu"): documents.furniture's rule over
    the text's lines of 8 characters or more, text[outside[0]:outside[1]] the list (its wrapped "Jakarta: Rineka
    Cipta." may repeat there)."""
    return furniture.running_lines(((" ".join(m.group().split()), m.start()) for m in _LINE.finditer(text)),
                                   shortest=8, inside=outside)


_LINE = re.compile(r"[^\n]+")


def _without_running_lines(text: str, blocks: list) -> list:
    """The list's blocks with the lines of a running header or footer left out: they are no entry, and an entry
    wrapped over a page goes on after them."""
    from dataclasses import replace

    if len(blocks) < 2:
        return blocks
    running = running_lines(text, (blocks[0].start, blocks[-1].end))
    out = []
    for b in blocks:
        kept = [m for m in _LINE.finditer(text, b.start, b.end)
                if " ".join(m.group().split()) not in running and not _FOOT_LAID_OUT.match(m.group())]
        if len(kept) == len(_LINE.findall(text, b.start, b.end)):
            out.append(b)
            continue
        out += [replace(b, start=m.start(), end=m.end()) for m in kept if m.group().strip()]
    return out


# A page's head or foot as pdftotext -layout sets it, met once (a list over one page break): words, a wide gap, the
# page's number, or the number first ("Jurnal Keperawatan Komunitas            45"); a year is no page number
_PAGE = r"(?:\d{1,3}|(?!19|20)\d{4})"
_FOOT_LAID_OUT = re.compile(rf"^\s*(?:\S[^\n]{{0,80}}?\s{{5,}}{_PAGE}|{_PAGE}\s{{5,}}\S[^\n]{{0,80}}?)\s*$")


def is_page_foot(line: str) -> bool:
    """A page's head or foot as pdftotext -layout sets it inside a list (_FOOT_LAID_OUT)."""
    return _FOOT_LAID_OUT.match(line) is not None


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.)]\s+(?=[A-Z])")


def _entries_run_together(text: str, block) -> list:
    """A block that a reader made of several entries ("... Jakarta: UI Press. Nasurdin, Aizzat Mohd; ... (2008) ..."):
    cut where, after a whole entry with its year, the next one starts; each piece keeps the block's place."""
    from dataclasses import replace

    cuts = sorted([(c.start() + 1, c.end(), False) for c in _SENTENCE_END.finditer(text, block.start, block.end)]
                  + [(n.start(), n.end(), True) for n in _NEWLINE.finditer(text, block.start, block.end)])
    pieces, start = [], block.start
    for stop, at, line_end in cuts:
        if stop <= start:
            continue
        done = text[start:stop].strip()
        if _line_opens_entry(done, text, at, block.end) if line_end else \
                (_ANY_YEAR.search(done) and parse_reference(done) is not None
                 and (_author_year_opening(text, at, block.end) or _year_last_opening(text, at, block.end))):
            pieces.append(replace(block, start=start, end=stop))
            start = at
    return pieces + [replace(block, start=start)] if pieces else [block]


_NEWLINE = re.compile(r"[ \t]*\n[ \t]*")
_PAGE_NUMBER_LAST = re.compile(r"\n\s*\d{1,4}\s*$")


def _line_opens_entry(before: str, text: str, at: int, end: int) -> bool:
    """Entries on lines of their own in one block, whatever the style: the text before a line break ends as an entry
    ends (a full stop, a parenthesis, a bracket, a URL) and the next line opens one (entry-shaped, numbered, or a
    name after a whole entry: "Santoso, Budi. Pendidikan Karakter. Jakarta: Kencana, 2019.")."""
    before = _PAGE_NUMBER_LAST.sub("", before)  # "... Rineka Cipta." / "45" (a page's number) / "Sugiyono. 2013. ..."
    line_end = text.find("\n", at, end)
    line = text[at:end if line_end < 0 else line_end]
    if _numbered_next(before, line):
        return True  # "[2] Hartono, Budi, Sejarah Lokal, 2018" / "[3] ...": the writer's numbers, whatever ends an entry
    if not _ends_as_entry(before):
        return False
    if looks_like_entry(line) or _NUMBER_OPENS.match(line) or law_entry(line) is not None \
            or (_DITTO.match(line) and not line.lstrip().startswith(",")):
        return True  # "_______. 2013. Judul ...": the same author's next work
    return bool(_ANY_YEAR.search(before)) and before.endswith((".", ")")) and _name_opens(line)


# A list's number at a line's start: "[3] ", "3. ", "3) "
_LIST_NUMBER = re.compile(r"\s*(?:\[(?P<bracket>\d{1,3})\]|(?P<plain>\d{1,3})[.)])\s")


def _numbered_next(before: str, line: str) -> bool:
    """The line opens with the number after the one the entry before opened with, written the same way ("[11] ...
    3133-3181" / "[12] ..."): the next entry, though the one before ends with no stop."""
    a, b = _LIST_NUMBER.match(before), _LIST_NUMBER.match(line)
    return bool(a and b) and (a["bracket"] is None) == (b["bracket"] is None) \
        and int(b["bracket"] or b["plain"]) == int(a["bracket"] or a["plain"]) + 1


# "Nugroho, Budi. Pendidikan Karakter. Jakarta: Kencana, 2016.": the family name, a comma and the given name or
# initials, then a full stop
_FAMILY_GIVEN = re.compile(r"[A-Z][a-z'’\-]+,\s+(?:[A-Z][a-z]+|(?:[A-Z]\.\s?){1,3})\.\s")


def _year_last_opening(text: str, at: int, end: int) -> bool:
    """An entry whose year comes last starts at `at` ("... 3(1), 1-10. Nugroho, Budi. Pendidikan Karakter. Jakarta:
    Kencana, 2016."): a family name and given name, and its year before the next such opening."""
    if not _FAMILY_GIVEN.match(text, at, end):
        return False
    nxt = _FAMILY_GIVEN.search(text, at + 2, end)
    return bool(_ANY_YEAR.search(text, at, nxt.start() if nxt else end))


_TWO_SENTENCES = re.compile(r"[a-z]{2}\.\s+\S.*[a-z]{2}\.\s*$")


def _author_year_opening(text: str, at: int, end: int) -> bool:
    """An entry starts at `at`: names only, then its year ("Nasurdin, Aizzat Mohd; Ramayah T. (2009)",
    "Mulyadi. 2016.", "Baker, F. B. (2001)")."""
    window = text[at:min(end, at + 160)]
    line = window.split("\n", 1)[0]
    if "\n" in window and _TWO_SENTENCES.search(line):
        window = line  # "Cardiology Explained. Remedica." / "Breiman, L., 2001.": a title and a publisher end their line,
        # the year on the next is the next entry's
    m = _PAREN_YEAR.search(window, 0, 120) or _BARE_YEAR.search(window, 0, 120)
    if not m:
        return False
    head = window[:m.start("year")].rstrip(" (").strip()
    if not head or _CITING_OPENING.match(head):
        return False
    return bool(_APA_AUTHORS.match(head.replace(";", ",")) or (head.endswith((".", ",")) and _NAMES_ONLY.match(head)))


def _as_one_stream(text: str, blocks: list) -> list:
    """A list whose blocks mostly do not start an entry (a text layer that indents each entry's first line, not the
    lines after it, so every block holds the end of one entry and the start of the next): its runs of adjacent
    blocks are read as one text, to be cut where entries start."""
    from dataclasses import replace

    if len(blocks) < 3:
        return blocks
    opening = sum(_author_year_opening(text, b.start, b.end) or looks_like_entry(text[b.start:b.end]) for b in blocks)
    inside = sum(any(_author_year_opening(text, cut.end(), b.end) for cut in _SENTENCE_END.finditer(text, b.start, b.end))
                 for b in blocks)
    if opening >= 0.5 * len(blocks) or inside < 0.5 * len(blocks):
        return blocks
    runs: list = []
    for b in blocks:
        if runs and not text[runs[-1].end:b.start].strip():
            runs[-1] = replace(runs[-1], end=b.end)
        else:
            runs.append(b)
    return runs
# The first line of an entry whose year comes later: "Sudjana, Nana. Penilaian Hasil Proses Belajar" (no end stop)
_OPENS_ENTRY = re.compile(r"^\s*(?:\d{1,3}[.)]\s+|\[\d{1,3}\]\.?\s*)?[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2},\s*"
                          r"(?:[A-Z][\w'’\-]*\.?\s?){1,4}[.,]\s+[A-Z\"“‘][^\n]*[^.\s]\s*$")
_ANY_YEAR = re.compile(rf"(?<![\d/])(?:{YEAR})(?![\d/])|{_NO_DATE}", re.I)


def _wrapped(text: str, group: list) -> bool:
    """The entry read so far runs on to the next line: no year yet, its last line ends without a full stop, and it
    is no longer than an entry's first lines (an entry without a date does not swallow the list)."""
    last = text[group[-1].start:group[-1].end].rstrip()
    whole = " ".join(text[b.start:b.end] for b in group)
    return len(group) < 3 and not last.endswith((".", ")")) and not _ANY_YEAR.search(whole) and not _URL.search(whole)


# A line of an entry's publisher (and place) and year alone: "Gadjah Mada University Press, 2015.", "Rajawali Pers,
# Jakarta, 2015."
_FACTS_AND_YEAR = re.compile(rf"^(?P<facts>[^()\d]{{2,80}}?)[,.]\s*(?:{YEAR})\s*\.?$")


def _facts_go_on(text: str, group: list, line: str) -> bool:
    """The entry read so far has no year yet and the line holds only its publisher and year: the entry's last line
    ("Santoso, Budi. Koperasi Sekolah." / "Gadjah Mada University Press, 2015."), not an entry by "Gadjah Mada"."""
    m = _FACTS_AND_YEAR.match(_MARKER.sub("", line).strip())
    if m is None or _ANY_YEAR.search(" ".join(text[b.start:b.end] for b in group)):
        return False
    return _names_publisher(_publisher(m.group("facts")).get("publisher", ""))


# "[1] S. Arikunto, Prosedur ...", "2. Sari DK, ...": a list's number opens an entry, wherever its year stands
_NUMBER_OPENS = re.compile(r"^\s*(?:\[\d{1,3}\]\.?|\d{1,3}[.)])\s*(?:[A-Z]\.\s?)*[A-Z][\w'’\-]+[\s,.]")
# A name, then a full stop or a comma: "Sugiyono. Metode ...", "Wood, Leon J. Nabi-Nabi ...", "S. Arikunto, ..."
_NAME_OPENING = re.compile(r"^\s*(?:(?:[A-Z]\.\s?)+)?(?P<first>[A-Z][\w'’\-]+)(?:\s[A-Z][\w'’\-]+){0,3}[.,]\s+\S")


def _law_may_follow(text: str, group: list) -> bool:
    """A law's name opens an entry after a whole entry: one ended as entries end (_line_opens_entry), one read with
    where it was published (a list with no stops: "... Jakarta: Djambatan"), or another law; not inside a title
    wrapped onto it ("Pratama, R. (2020). Evaluasi Implementasi" / "Peraturan Daerah Nomor 5 Tahun 2010 tentang ...
    . Jurnal ...")."""
    whole = " ".join(text[b.start:b.end] for b in group).rstrip()
    if _ends_as_entry(whole):
        return True
    ref = parse_reference(whole)
    return ref is not None and (ref.kind == "law" or any((ref.publisher, ref.container, ref.place, ref.url)))


def _ends_as_entry(before: str) -> bool:
    """Text ending as an entry ends: a full stop, a parenthesis, a bracket, a link."""
    return before.endswith((".", ")", "]")) or _URL.fullmatch(before.rsplit(None, 1)[-1] if before else "") is not None


# The writer's own comment after an entry, set off by a dash after its last stop: "... Bogor: Balai Penelitian Tanah.
# — rujukan metode laboratorium utama", "... oil palm. — dasar kadar kritis Cl"
_COMMENT_AFTER = re.compile(r"(?<=\.)\s+—\s+(?=[a-z])[^—“”\"]*$")  # not a title's part: "— Software life cycle"
_PAGES_LAST = re.compile(r"\d+\s*[-–‐‑‒]\s*\d+$")  # "... Advances in Soil Science, 6, 149–188": an entry's pages, no stop


def _complete(text: str, group: list) -> bool:
    """The entry read so far has its year and ends with a full stop (or a closing parenthesis), or with its pages; a
    comment the writer set after it says nothing of that."""
    whole = _COMMENT_AFTER.sub("", " ".join(text[b.start:b.end] for b in group).rstrip())
    return (whole.endswith((".", ")")) or _PAGES_LAST.search(whole) is not None or _published_last(whole)) \
        and bool(_ANY_YEAR.search(whole))


# An entry's last part its place and publisher, no stop after them: "... Jakarta: PT Serambi Ilmu Semesta"
_PLACE_PUBLISHER_LAST = re.compile(r"\.\s+(?P<place>[A-Z][^.:,]{1,40}):\s*[A-Z][^.:]{1,100}$")


def _published_last(whole: str) -> bool:
    """The entry ends with where and by whom it was published, as a list whose writer sets no last stop ends one."""
    m = _PLACE_PUBLISHER_LAST.search(whole)
    return m is not None and _publishing_place(m.group("place"))


def hangs_under(first: str, line: str) -> bool:
    """The line is indented two columns or more deeper than an entry's first line: a hanging indent as pdftotext -layout
    keeps it ("Rahmawati, Dewi. “Memori ...” Tesis MA," / "      Universitas Gadjah Mada, 2012."; "[1]   S. Kusumadewi
    ..., 2nd ed." / "      Yogyakarta: ..., 2010."), the entry's own. The one rule for a list's lines
    (_entries) and a numbered list's lines (intext._with_indented_lines)."""
    from ..documents.structure import line_indent

    return line_indent(line) >= line_indent(first) + 2


def _name_opens(line: str) -> bool:
    """After a whole entry, a line that opens with a name (not a dictionary word: "Praktik. Jakarta" continues a
    title) starts the next entry, even when its year comes at the end ("Sugiyono. Metode ... Bandung:")."""
    from ..indonesian import is_known_word

    m = _NAME_OPENING.match(line)
    if m is None:
        return False
    first = m.group("first")
    # ... or a body's name of dictionary words: "Perpustakaan Nasional Republik Indonesia. Katalog ... Jakarta:"
    return first.isupper() or not is_known_word(first.lower()) or is_organisation(m.group().strip()[:-1].rstrip(" .,"))


# A name alone on its line, closed by a full stop: "Zubaedi.", "Arikunto, S.", "Santoso, Budi."
_NAME_ALONE = re.compile(r"^\s*[A-Z][\w'’\-]+(?:,?\s(?:[A-Z]\.\s?)+|,?\s[A-Z][\w'’\-]+){0,3}\.$")
_YEAR_OPENS = re.compile(rf"^\s*\(?\s*(?:{YEAR}|{_NO_DATE})\s*\)?\s*[.,]", re.I)


def _name_alone_before_year(line: str, next_line: str) -> bool:
    """An author alone on a line, the year opening the next, as a PDF's text pasted with its line breaks gives an
    entry ("Zubaedi." / "(2011). Desain pendidikan karakter. ..."): the name starts an entry, not the one before's
    last line (a publisher's "University Press." has no year after it)."""
    return bool(_NAME_ALONE.match(line) and _YEAR_OPENS.match(next_line))


# "______, 2005, Judul" or ", Judul ... 1983)": the same author as the entry before
# ... and "_______. 2013." as a Markdown reader leaves it, its underscores taken for emphasis: ". 2013."
_DITTO = re.compile(rf"^\s*(?:_{{3,}}|-{{3,}}|—+|,|\.(?=\s*\(?(?:{YEAR}|{_NO_DATE})))\s*[,.]?\s*", re.I)


_STAND_IN = "Penulis"


def _group_entry(text: str, group: list, marked: bool, previous: Reference | None) -> Reference | None:
    """One entry from its lines: all of them, else its first line alone (a footnote or a page's foot may follow);
    a ditto entry takes the authors of the one before."""
    from dataclasses import replace

    whole = " ".join(text[b.start:b.end] for b in group)
    ditto = _DITTO.match(whole)
    if ditto and previous is not None:
        # read with a one-word author in the dash's place, so that the authors above ("Djamarah, Syaiful Bahri dan
        # Aswan Zain") cannot run into the title, then given theirs
        rest = whole[ditto.end():]
        ref = parse_reference(f"{_STAND_IN}. {rest}", group[0].start, group[-1].end)
        if ref is not None and ref.year and ref.authors == (_STAND_IN,):
            text = " ".join(f"{', '.join(previous.names)}, {rest}".split())
            return replace(ref, text=text, authors=previous.authors, names=previous.names)
        ref = parse_reference(f"{', '.join(previous.names)}, {rest}", group[0].start, group[-1].end)
        return ref if ref is not None and ref.year else None
    first_line = text[group[0].start:group[0].end]
    if _cites_in_prose(first_line):
        return None  # "Cumming dan Worley (2007) menyatakan bahwa ...": a sentence about citing, under the heading
    first = parse_reference(first_line, group[0].start, group[0].end) if len(group) > 1 else None
    for candidate in (whole, first_line) if len(group) > 1 else (whole,):
        ref = parse_reference(candidate, group[0].start, group[-1].end)
        if ref is not None and ref.year and _years_only_when_read(_normalised(candidate)) \
                and (undated := _undated_entry(candidate, group[0].start, group[-1].end)) is not None:
            return undated  # "Tim Redaksi. Judul Laman, https://..., Tanggal akses 2 Mei 2019.": the day read is no year
        if ref is not None and (marked or ref.kind == "law" or looks_like_entry(candidate) or _undated_page_read(ref)):
            if first is not None and first.year and _year_and_first(ref) != _year_and_first(first):
                return first  # lines after a whole entry (a list of laws, a page's foot) changed its year or author
            return ref
    return _undated_entry(whole, group[0].start, group[-1].end) \
        or (_labelled_link(whole, group[0].start, group[-1].end) if marked and all(
            _LINKS_ONLY.fullmatch(text[b.start:b.end]) for b in group[1:]) else None)


# A marked entry that is a name and its address(es) alone: "Curah Hujan Harian dataset: https://...", "Peta Tutupan
# Lahan https://... https://..." (a dataset or a site the writer lists by name; the name is its title and cites it)
_LABELLED_LINK = re.compile(r"^(?P<label>[A-Z][^:.()\[\]“”\"]{2,80}?)\s*:?\s+(?P<links>(?:(?:https?://|www\.)\S+\s*)+)$")
_LINKS_ONLY = re.compile(r"\s*(?:[-*•]\s*)?(?:(?:https?://|www\.)\S+\s*)+")  # a line of the entry giving addresses alone
_LINK_LABEL_WORDS = re.compile(r"(?i:sumber|source|link|tautan|url|laman|website|situs|tersedia|available|diakses|"
                               r"accessed|retrieved|online|daring)(?:\s+(?i:di|dari|pada|at|from|online|daring))?")


def _labelled_link(entry: str, start: int, end: int) -> Reference | None:
    """A marked entry that names a work and gives its address(es), nothing else (_LABELLED_LINK): a web entry with no
    date, titled by its name; not a line that only says where ("Sumber: https://...", "Tersedia di https://..."). Its
    lines after the first give addresses alone (a comment line under the name is no part of it)."""
    m = _LABELLED_LINK.match(_normalised(entry).strip())
    if m is None or _ANY_YEAR.search(m.group("label")) or _LINK_LABEL_WORDS.fullmatch(m.group("label").strip()):
        return None
    label = m.group("label").strip()
    url = _URL.search(m.group("links")).group().rstrip(".,;)>")
    return Reference(text=_normalised(entry).strip(), authors=(label,), names=(label,), year=None, year_text=None,
                     title=label, kind="web", url=url, start=start, end=end)


# A word in parentheses where the date stands, as a style guide's template writes it: "Author, A. A. (tahun). Judul."
# (not an acronym after a name in the title: "Perangkat Uji Tanah Sawah (PUTS), ...")
_DATE_STANDS_IN = re.compile(r"^[^()]{2,120}?\(\s*(?![A-Z]{2,10}\))[^()\d]{1,20}\)\s*[.,]")


def _undated_whole(text: str, group: list) -> bool:
    """The bullet read so far is a whole entry with no date (_undated_entry): the next bullet opens its own."""
    return _undated_entry(" ".join(text[b.start:b.end] for b in group), 0, 0) is not None


def _undated_entry(entry: str, start: int, end: int, page: bool = False) -> Reference | None:
    """An entry of a reference list that gives no date at all, its authors in APA's or Harvard's order, a full stop,
    then its title ("Soyomukti, N & Subekti. Peta Budaya. Trenggalek: Dinas Pariwisata", "Poovarodom, S. dkk.
    Development of Leaf Nutrient Standards for Durian"): read in a list only (a note or a sentence naming a person
    and a work is no entry)."""
    text = re.sub(r"\s+—\s+(?=[a-z])[^—]*$", "", _normalised(entry))  # "... Durian — standar kadar hara": a comment
    if (_ANY_YEAR.search(_URL.sub("", text)) and not _years_only_when_read(_URL.sub("", text))) \
            or _CITING_OPENING.match(text) or _DATE_STANDS_IN.match(text):
        return None  # (digits in an address are no year: ".../kant1785.pdf"; nor the day it was read)
    if ieee := _IEEE_UNDATED.match(text):
        # IEEE's entry with no date: "H. Irawan and A. S. Prihatmanto, “Judul.”", "J. Bentham, Judul Buku. [Online].
        # Available: https://...": the names as IEEE writes them, a title, and nothing after but where it was read
        rest, url = ieee["rest"].strip(), _URL.search(ieee["rest"])
        if rest and not (url and (_ONLINE.match(rest) or _RETRIEVED.match(rest))):
            return None
        names = [n for n in _NAMES_APART.split(ieee["authors"]) if n]
        return Reference(text=text, authors=tuple(re.sub(r"^(?:[A-Z]\.\s?|-)+", "", n) for n in names), names=tuple(names),
                         year=None, year_text=None, title=(ieee["quoted"] or ieee["title"]).strip(" .,"), start=start,
                         end=end, kind="web" if url else "misc", url=url.group().rstrip(".,)") if url else None)
    if url := _URL.search(text):
        # "Hartono, Budi. Belajar Awan Komputasi https://...": a page with no date, its address last (nothing after it)
        # (... or only the day it was read: "..., https://..., Tanggal akses 2 Mei 2019.")
        if (text[url.end():].strip(" .,;)>") and _only_where_read(text[url.start():]) is None) \
                or not text[:url.start()].strip():
            return None
        page = _undated_entry(text[:url.start()].rstrip(" ,;(<"), start, end, page=True)
        return replace(page, text=text, url=url.group().rstrip(".,;)>"), kind="web" if page.kind == "misc" else page.kind) \
            if page is not None and not page.url else None
    # a title may open with a digit: "4R Framework"; a page's with a small letter, as its site writes the term
    for stop in re.finditer(r"\.\s+(?=[A-Z0-9“\"‘'])" if not page else r"\.\s+(?=[A-Za-z0-9“\"‘'])", text[:160]):
        names = _ET_AL_AFTER.sub("", text[:stop.start() + 1]).strip()
        # a body by its name's words ("Balai Penelitian Tanah. Perangkat Uji Tanah Sawah", "IPNI / Plant Nutrition
        # Institute. 4R Framework"), one author
        body = "," not in names and (is_organisation(names.rstrip(".")) or page and _REFERENCE_SITE.fullmatch(names.rstrip(".")))
        # (a page's site named as a reference work where the author stands: "Jargon Networking Dictionary. subnet mask URL")
        # ... or a page's persons written given name first ("Rudi Hartanto. Judul Halaman URL", "Maria Ortega and
        # Paul K. Brenner. Judul URL")
        persons = page and not body and _given_first_persons(names.rstrip("."))
        if not body and not persons and ("," not in names or not _APA_AUTHORS.match(names if re.search(r"\b[A-Z]\.?$", names) else names.rstrip(".") + ",")):
            continue  # a person's name inverted ("Soyomukti, N"), not a word alone ("Catatan.")
        rest = text[stop.end():].strip()
        authors = [names.rstrip(".")] if body else persons or _authors(names.rstrip(",").strip())
        fields = _body(rest) if len(rest.split()) >= 2 and authors else None
        if not fields or not fields.get("title"):
            return None
        surnames = tuple(authors) if body else tuple(_family(n) for n in authors) if persons else \
            tuple(_family(n) if "," not in n and i else _surname(n) for i, n in enumerate(authors))
        return Reference(text=text, authors=surnames, names=tuple(authors), year=None, year_text=None, start=start,
                         end=end, **fields)
    return None


# A site named as a reference work, standing where a page's author does: "Cambridge Dictionary", "Ensiklopedia Hewan"
# (a work, not a body: in prose, "Dalam Kamus Besar ..." cites no organisation, so names.ORGANISATION_WORDS lacks these)
_REFERENCE_SITE = re.compile(r"(?:[A-Z][\w'’\-]*\s+){0,3}(?:Dictionary|Encyclopa?edia|Glossary|Ensiklopedia|Glosarium)"
                             r"(?:\s+[A-Z][\w'’\-]*){0,3}")


# A person written given name first: two to four capitalised words, initials between them ("Paul K. Brenner")
_GIVEN_FIRST_PERSON = re.compile(r"[A-Z][a-z][\w'’\-]*(?:\s+(?:[A-Z]\.\s?)*[A-Z][a-z][\w'’\-]*){1,3}")
_PERSONS_APART = re.compile(r"\s*,?\s+(?:and|dan|&)\s+|\s*,\s*")


def _given_first_persons(head: str) -> list[str]:
    """The persons an undated page's head names given name first ("Rudi Hartanto", "Maria Ortega and Paul K.
    Brenner"), each with a family name no dictionary holds (a title's words are English or Indonesian: "Log
    Management", "Belajar Python"); [] when it names anything else."""
    from ..english_vocabulary import is_english_word
    from ..indonesian import is_known_word

    parts = _PERSONS_APART.split(head)
    if not 1 <= len(parts) <= 4 or not all(_GIVEN_FIRST_PERSON.fullmatch(p) for p in parts):
        return []
    family = [p.split()[-1] for p in parts]
    if any(is_english_word(f) or is_known_word(f.lower()) or is_organisation(p) for f, p in zip(family, parts)):
        return []
    return parts


# IEEE's entry with no date (_undated_entry): its names, then a quoted title or a book's, then at most where it was read
_IEEE_UNDATED = re.compile(rf"^(?P<authors>{_IEEE_NAME}(?:(?:,\s*(?:and\s+|dan\s+)?|\s+(?:and|dan|&)\s+){_IEEE_NAME})*),\s*"
                           rf"(?:[“\"](?P<quoted>[^”\"]{{3,}}?)[,.]?[”\"]|(?P<title>[A-Z][^.“”\"]{{3,200}}))\.?\s*(?P<rest>.*)$")


def _undated_page_read(ref: Reference) -> bool:
    """A page with no date read whole, its title and its address (_titled_page, _undated_page): an entry though no
    year says so."""
    return ref.year is None and ref.year_text is None and ref.kind == "web" and bool(ref.url) and bool(ref.title)


def _year_and_first(ref: Reference) -> tuple:
    """An entry's year and first author, initials written after the surname aside: a Vancouver entry's first line
    read alone ("Soelistijo SA, ..., et al. Konsensus ... di Indonesia 2015.", its title's year taken for the entry's)
    names the same first author as the whole entry ("Soelistijo")."""
    return ref.year, _INITIALS_UNSTOPPED.sub("", ref.authors[0]) if ref.authors else None


# The parts of a reference list: "Buku :", "B. Jurnal", "Sumber Internet", "Peraturan Perundang-undangan", and two
# kinds in one part: "Artikel Atau Makalah", "Jurnal dan Prosiding", "Skripsi/Tesis"
_PART = (r"(?:buku(?:-buku)?|books?|jurnal(?:\s+ilmiah)?|journals?|artikel|articles?|internet|website|situs(?:\s+web)?|"
         r"web|online|sumber\s+(?:lain|internet|online|elektronik)|peraturan(?:\s+perundang-undangan)?|undang-undang|"
         r"skripsi|tesis|disertasi|makalah|e-?books?|lain-lain|dokumen|majalah|surat\s+kabar|koran|prosiding|"
         r"laporan(?:\s+penelitian)?|wawancara|putusan(?:\s+pengadilan)?|berita|arsip)")
_PART_HEADING = re.compile(rf"^(?:[A-Za-z]\.|\d{{1,2}}\.|[IVX]{{1,4}}\.)?\s*{_PART}(?:\s*(?:/|,|&|dan|atau|and|or)\s*{_PART})*\s*:?$",
                           re.I)


def _part_heading(text: str) -> bool:
    """A part of the list named alone on its line, as a heading or as a line of the list: "B. Peraturan
    Perundang-undangan", "**Jurnal**", "E. Wawancara"."""
    return _PART_HEADING.match(re.sub(r"[*_#]", " ", text).strip()) is not None
_SUBLIST = re.compile(r"\s+(?:buku(?:-buku)?|books?|jurnal|artikel)\s*:?\s*$", re.I)


# A list's heading that names it with a second thing: "Referensi Akademik & Sumber Data", "Daftar Pustaka dan Bacaan
# Lanjutan", "References and Further Reading": a list's name (and a word saying which), "&"/"dan"/"and", a short name
_HEADING_NUMBER = r"(?:\d+(?:\.\d+)*\.?\s+|[IVX]+\.\s+)?"  # "5. ", "5.2 ", "V. " before a list's name
_JOINED_REFERENCE_HEADING = re.compile(
    "^" + _HEADING_NUMBER + r"(?:daftar\s+pustaka|daftar\s+referensi|referensi|rujukan|bibliografi|"
    r"kepustakaan|references?|bibliography)(?:\s+[A-Za-z]+)?\s+(?:&|dan|and)\s+[A-Za-z]+(?:\s+[A-Za-z]+){0,2}\s*:?$", re.I)


# A list's heading that says which list it is or in which style it is written: "SUMBER RUJUKAN TAMBAHAN", "Referensi
# Terkait", "Daftar Pustaka (Format APA)", "2. Daftar Pustaka Standar APA 7th & Turats Klasik"; a style's name as
# written (an "apa" in small letters is the word "what")
_LIST_NAME = (r"(?:daftar\s+pustaka|daftar\s+referensi|daftar\s+rujukan|referensi|(?:sumber\s+)?rujukan|bibliografi|"
              r"kepustakaan|references?|bibliography)")
_STYLE_NAMED = r"\s*\(?\s*(?:(?:standar|gaya|format|style|model)\s+)?(?-i:APA|IEEE|Vancouver|Harvard|Chicago|MLA|Turabian)\b[^()\n]{0,60}\)?"
_QUALIFIED_REFERENCE_HEADING = re.compile(
    rf"^{_HEADING_NUMBER}{_LIST_NAME}(?:\s+(?:tambahan|lanjutan|terkait|pendukung|utama|pilihan|"
    rf"terpilih|terkurasi)(?:{_STYLE_NAMED})?|{_STYLE_NAMED})\s*:?$", re.I)


def _names_the_list(text: str) -> bool:
    """A heading (or a line alone) that opens the reference list: its name alone, joined with a second thing, or with
    a word saying which list or in which style."""
    from ..documents.structure import is_reference_heading

    return bool(is_reference_heading(text) or _JOINED_REFERENCE_HEADING.match(text)
                or _QUALIFIED_REFERENCE_HEADING.match(text))


def _blocks_under_reference_heading(document) -> list:
    """The blocks of the list under a "Daftar Pustaka"/"Referensi"/... heading, up to the next heading. A list written
    as Markdown footnote definitions ("## References" / "[^1]: Pranata, R. H., ...": the writer cites with [^1]) is
    the footnotes under the heading, read past their marks, when the heading holds nothing else (notes a reader moved
    after a list of its own are notes, not its entries), wherever the reader set them after it (past a later
    heading: "## Lampiran")."""
    from dataclasses import replace

    out, inside, notes = [], False, []
    emptied = False  # the heading held nothing before the next one: its list may be notes a reader set after that one
    level = 0  # the list's heading's level: a heading under it ("### Regulasi" under "## Referensi") names a part
    for b in document.blocks:
        if (inside or emptied) and b.kind == "footnote" and (mark := _NOTE_MARK.match(document.text, b.start, b.end)):
            notes.append(replace(b, start=mark.end()))
            continue
        text = re.sub(r"[*_#]", " ", document.text[b.start:b.end]).strip()
        # A heading or a line alone: "Daftar Pustaka", "REFERENSI :"; a caption "Sumber: shopee.co.id" opens no list.
        # "Daftar Rujukan Buku-buku": the list's heading run into its first part's name (a part's own name, "BUKU &
        # ARTIKEL", keeps its last word)
        if _names_the_list(_SUBLIST.sub("", text)):
            inside, level = True, b.level if b.kind == "heading" else 0  # "Daftar Pustaka", "REFERENSI :"; "Sumber:" never
            continue
        if inside and b.kind == "heading" and looks_like_entry(text):
            out.append(b)  # "Sugiyono. 2013. Statistika. Bandung: Alfabeta": a short entry a reader took for a heading
            continue
        if inside and b.kind == "heading" and level and b.level > level:
            continue  # a part of the list under a heading of its own, however the writer named it
        if inside and b.kind == "heading" and not _part_heading(text):
            if out or notes:
                break  # the list ends at the next heading, not at its own parts' ("Buku", "Jurnal", "Internet")
            # "## Daftar Pustaka" / "[^1]: ..." / "## Lampiran": Markdown sets the definitions at the document's end,
            # after the next heading; they are the empty heading's list still
            inside, emptied = False, True
            continue
        if inside and b.kind in ("paragraph", "item", "reference", "quote"):  # hanging indents may read as quotes
            out.append(b)
    return out or notes


# A footnote block's mark as the readers write it: superscript digits, or a label in brackets ("[a]")
_NOTE_MARK = re.compile(r"[ \t]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[[^\]\s]{1,20}\])[ \t]+")


def _titled_list(document) -> list:
    """A document whose title names it a reference list ("REFERENSI" in a post's front matter, "Daftar Pustaka" in a
    page's <title>) and whose text holds no such heading: its blocks up to its first heading are the list, when the
    first of them opens with an entry (a post that only talks about references opens with prose)."""
    from ..documents.structure import is_reference_heading

    if not is_reference_heading(document.title or ""):
        return []
    out = []
    for b in document.blocks:
        if b.kind == "heading" and not _part_heading(document.text[b.start:b.end]):
            break
        if b.kind in ("paragraph", "item", "quote"):
            out.append(b)
    first = document.text[out[0].start:out[0].end].split("\n", 1)[0] if out else ""
    return out if looks_like_entry(first) else []


# A sentence that introduces the list, ending in a colon: "Daftar pustaka, dari contoh-contoh pedoman:", "Referensi yang
# dipakai dalam modul ini:" (a caption "Sumber: shopee.co.id" goes on after its colon)
_LIST_INTRODUCED = re.compile(rf"^{_LIST_NAME}\b[^.:\n]{{0,80}}:$", re.I)


def _introduced_list(document) -> list:
    """A list with no heading, introduced by a sentence naming it: the run of list items right after that sentence,
    when the first of them opens with an entry (prose between items ends the list)."""
    from dataclasses import replace

    blocks = document.blocks
    for i, b in enumerate(blocks):
        if b.kind != "paragraph":
            continue
        label, _, first = document.text[b.start:b.end].partition("\n")
        if first.strip() and _LIST_INTRODUCED.match(re.sub(r"[*_#]", " ", label).strip()) and looks_like_entry(first.strip()):
            # "Referensi: <br/> Kementerian Kesehatan RI. 2017. Judul. ..." then a paragraph for each entry after it: the
            # label the paragraph's first line, the first entry its lines after it
            run = [replace(b, start=b.start + len(label) + 1)]
            for after in blocks[i + 1:]:
                if after.kind != "paragraph" or not looks_like_entry(document.text[after.start:after.end]):
                    break
                run.append(after)
            return run
        if not _LIST_INTRODUCED.match(re.sub(r"[*_#]", " ", document.text[b.start:b.end]).strip()):
            continue
        run = []
        for after in blocks[i + 1:]:
            if after.kind != "item":
                break
            run.append(after)
        if run and looks_like_entry(_MARKER.sub("", document.text[run[0].start:run[0].end].split("\n", 1)[0]).lstrip("•-* ")):
            return run
    return []


def _trailing_entries(document, at_least: int = 3) -> list:
    """A list with no heading: the run of entry-shaped paragraphs that ends the document (three or more)."""
    run = []
    for b in reversed(document.blocks):
        if b.kind in ("paragraph", "item") and looks_like_entry(document.text[b.start:b.end]):
            run.append(b)
        elif run or b.kind not in ("paragraph", "item") or len(document.text[b.start:b.end].strip()) > 3:
            break  # a page number or a lone mark after the list does not end the search
    return run[::-1] if len(run) >= at_least else []


# A list item labelled with the list's name: "• Daftar pustaka: Santoso, B. (2019). Judul. ...", "- Referensi:" over
# its entries nested under it
_ENTRY_LABEL = re.compile(rf"^[\s•·*\-]*{_LIST_NAME}\s*:\s*", re.I)


def _labelled_entries(document) -> list:
    """A source log with no reference list: items each giving a work's entry after a label naming the list ("Daftar
    pustaka: Garmin Indonesia. (2025). ..."), among items of other labels ("Sitasi dalam teks:", "Tautan:"), and the
    items nested under an item that is the label alone. Each entry from where the label ends; two at least, each
    entry-shaped."""
    from dataclasses import replace

    out, under = [], None  # under: the level of a label standing alone, its nested items the entries
    for b in document.blocks:
        if b.kind != "item":
            under = None
            continue
        text = document.text[b.start:b.end]
        label = _ENTRY_LABEL.match(text)
        if label and not text[label.end():].strip():
            under = b.level
            continue
        if under is not None and b.level > under:
            if looks_like_entry(_MARKER.sub("", text).lstrip("•·*- ")):
                out.append(b)
            continue
        under = None
        if label and looks_like_entry(text[label.end():]):
            out.append(replace(b, start=b.start + label.end()))
    return out if len(out) >= 2 else []


# A work described field by field under its own heading, as source logs and AI-written reading lists set it ("### 3.
# **Judul Artikel**" / "- **Penulis**: Rina Wati & Agus Salim" / "- **Jurnal**: ..." / "- **Tahun**: 2024" / "- **Link**:
# URL"): a label, a colon, the field's value
_FIELD_ITEM = re.compile(r"^[\s•·*\-]*(?P<label>[A-Za-z][A-Za-z /]{1,20}?)\s*:\s*(?P<value>\S.*)$", re.S)
_FIELD_NAMES = {"penulis": "authors", "pengarang": "authors", "author": "authors", "authors": "authors",
                "tahun": "year", "year": "year", "tahun terbit": "year", "judul": "title", "title": "title",
                "jurnal": "container", "journal": "container", "nama jurnal": "container", "penerbit": "publisher",
                "publisher": "publisher", "link": "url", "url": "url", "tautan": "url", "doi": "doi",
                "volume": "volume"}
_HEADING_NUMBER_MARK = re.compile(r"^\s*(?:\d{1,3}|[A-Za-z])[.)]\s+")


def _field_cards(document, listed: list[Reference]) -> list[Reference]:
    """The works a document describes field by field under a heading each (_FIELD_ITEM), an author and a year among
    the fields, the heading its title unless a field gives one: entries of their own, but for those the document's
    list already holds (the same first author's family name and year)."""
    def fold(name: str) -> str:  # a family name as both write it: "Nabawi" and "Nabawi", case and marks aside
        return re.sub(r"[\W_]", "", name.lower())

    out: list[Reference] = []
    blocks = document.blocks
    for i, b in enumerate(blocks):
        if b.kind != "heading":
            continue
        fields: dict[str, str] = {}
        written: list[str] = []
        last = b
        for after in blocks[i + 1:]:
            if after.kind != "item":
                break
            m = _FIELD_ITEM.match(document.text[after.start:after.end].replace("*", ""))
            if m is None:
                break
            key = _FIELD_NAMES.get(" ".join(m.group("label").lower().split()))
            if key and key not in fields:
                fields[key] = " ".join(m.group("value").split())
                written.append(f"{m.group('label').strip()}: {fields[key]}")  # shown as the document writes it
                last = after
        year = re.search(YEAR_DIGITS, fields.get("year", ""))
        if "authors" not in fields or year is None:
            continue
        value = _ET_AL_AFTER.sub("", fields["authors"].rstrip(".")).strip()
        # a field that names persons: "Family, I." as a list writes them, else each name whole between the commas and
        # "&"/"dan" ("Rina Wati & Agus Salim Pratama", "Hendra, Sri Wulandari, Arisal")
        head = _authors(value) if _APA_AUTHORS.match(value) else \
            [n for n in re.split(r"\s*(?:,|&|;|\band\b|\bdan\b)\s*", value) if n.strip()]
        if not head:
            continue
        title = fields.get("title") or _HEADING_NUMBER_MARK.sub("", document.text[b.start:b.end].replace("*", "")).strip()
        # each person's family name, a long name's last word too ("Bagas Daniswara Adi Pangestu"); a body whole
        authors = tuple(n if is_organisation(n) else _surname(n) if "," in n else
                        _family(n) if _family(n) != n or len(n.split()) == 1 else n.split()[-1] for n in head)
        if any(r.year == year.group() and r.authors and fold(r.authors[0]) == fold(authors[0]) for r in listed):
            continue
        url = _URL.search(fields.get("url", ""))
        container = fields.get("container")
        out.append(Reference(text=f"{title}. {'; '.join(written)}", authors=authors, names=tuple(head), year=year.group(),
                             year_text=fields["year"], title=title, kind="article" if container else "misc",
                             container=container, publisher=fields.get("publisher"), volume=fields.get("volume"),
                             url=url.group().rstrip(".,;)>") if url else None, start=b.start, end=last.end))
    return out


def is_reference_list_document(document, entries: list[Reference]) -> bool:
    """A document that is a reference list and little else (the separate "Daftar Pustaka" file of a course module):
    its entries hold at least 70% of its text outside headings."""
    body = sum(b.end - b.start for b in document.blocks if b.kind != "heading")
    listed = sum(e.end - e.start for e in entries)
    return bool(entries) and listed >= 0.7 * body
