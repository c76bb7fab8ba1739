"""Works cited in footnotes: "³ Soerjono Soekanto, Pengantar Penelitian Hukum (Jakarta: UI Press, 1986), hlm. 43.",
then "Ibid., hlm. 45.", "Soekanto, op. cit., hlm. 12", "Loc. cit.", or a short form "Soekanto, Pengantar ..., hlm. 50".

A note names its author given name first; the work is the family name (names.surname) and the year the note gives
for its publication. A note that names no author with a year (an explanation, a Bible verse) cites nothing, and an
Ibid. after it cites nothing either."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..documents.model import HONORIFICS, IBID, NOTE_LABEL, OP_CIT, YEAR, YEAR_DIGITS
from .intext import _MONTH, QUOTED_IN, Citation, key_work
from .references import Reference
from .names import _TITLE_OPENERS, ACADEMIC, is_common_word, is_etal, is_organisation, short_names, split_names, surname

_OPENERS = frozenset("menurut dalam pada hal bahwa namun sedangkan adapun yaitu misalnya contoh jadi karena "
                     "untuk dengan di ke dari oleh tentang wawancara keterangan catatan".split())
_SCRIPTURE = frozenset("kitab alkitab injil al-qur'an al-quran alquran hadis hadits".split())

# The publication's year, its letter kept ("Rahardjo, 2009a, hal. 15."): "(Jakarta: UI Press, 1986)", "Sinar Grafika, Jakarta, 2005, h. 9", "Oktober 1995,", "(2019): 10"
# "…, edisi ke-2, 2015 (Indianapolis, IN: John Wiley & Sons)", "…, 16 Juli 2013 (tersedia di …)": a year before a
# parenthesis holding no year (the place and publisher, where to find it) is the publication's too
_PUBLISHED = re.compile(rf"(?:[(,:]\s*|(?<!\w){_MONTH}\s+)({YEAR_DIGITS}[a-z]?)"
                        r"(?=\s*(?:[),.;:]|$|\((?![^()]*\d{4})[^()]*\)))")
_PAGES = re.compile(r"(?<![\w])(?:hlm|hal|h|pp?)\s*\.\s*(\d+(?:\s*[-–]\s*\d+)?)|(?<![\w])(?:halaman|hlm|hal)\s+(\d+(?:\s*[-–]\s*\d+)?)",
                    re.I)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
# "Lihat juga", "Lihat:", "Lihat, misalnya,", "Lihat antara lain", "Baca selengkapnya di", "Bandingkan dengan",
# "Sebagaimana dikutip oleh", "Seperti dikutip dalam": the work follows
_CUE = re.compile(rf"^(?:(?:lihat|lih\.|bdk\.|bandingkan|cf\.|see|baca|periksa|"
                  rf"{QUOTED_IN}\s+(?:dari|dalam|oleh))"
                  r"(?:\s+(?:juga|dengan|also|selengkapnya(?:\s+(?:di|dalam|pada))?))?"
                  r"(?:\s*,?\s*(?:misalnya|contohnya|antara\s+lain|for\s+example|e\.g\.))?"
                  r"\s*[:,]?\s+)+", re.I)
_SEE = re.compile(r"(?<=\s)(?:lihat|bdk\.|bandingkan(?:\s+dengan)?)\s+(?=[A-Z])", re.I)
_NOTE_KEY = re.compile(r"\[?-?@(?P<key>\{[^{}]{1,80}\}|[A-Za-z0-9_][\w:.#$%&+?<>~/\-]*[\w}])")
_IBID = re.compile(rf"^(?:{IBID}|ib\.|id\.)(?!\w)\.?", re.I)  # "Ibid.", "Ib.", "Idem", "Id." (legal writing)
_OP_CIT = re.compile(rf"(?:^|,\s*)(?=(op|loc))(?:{OP_CIT})\b\.?", re.I)  # which of the two in group 1
_GLUED_INITIAL = re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")  # "J.Lindblom" -> "J. Lindblom"
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’\-]*\.?|[A-Z]\.(?:[A-Z]\.?)*|(?:al|el)-[A-Z][\w'’\-]*|van|von|de|der|den|bin|"
                        r"binti|dan|and|&|dkk\.?|et|al\.?)$")


@dataclass(frozen=True)
class NoteWork:
    """What one note cites: a work (authors and year) or a reference back (ibid, op. cit., loc. cit.)."""

    names: tuple[str, ...] = ()  # as written, given name first: ("Soerjono Soekanto",)
    year: str | None = None
    pages: str | None = None
    back: str | None = None  # "ibid" | "op" | "loc": the note refers to an earlier one

    @property
    def surnames(self) -> tuple[str, ...]:
        return tuple(surname(n) for n in self.names if not is_etal(n))


def _note_body(text: str) -> str:
    """A note's text as its readers read it: spaces made one, the marks of a note with no number ("*", "†") and its
    cue ("Lihat", "Bandingkan") taken off."""
    return _CUE.sub("", " ".join(text.split()).lstrip("*†‡ "))


def parse_note(text: str) -> NoteWork | None:
    """One note's text (its number taken off): the work it cites, a reference back, or None (an explanation)."""
    text = _note_body(text)
    pages = _pages(text)
    if _IBID.match(text):
        return NoteWork(pages=pages, back="ibid")
    key = _NOTE_KEY.match(text)
    if key:  # pandoc's "@santoso2019, hlm. 12." or "[@santoso2019, hlm. 12]" in a note: the work its key names
        work = key_work("", key.group("key"))
        return NoteWork(tuple(work[0]), work[1], pages) if work else None
    head = text.split(",", 1)[0] if "," in text else ""
    back = _OP_CIT.search(text)
    if back and (back.start() == 0 or _OP_CIT.match(text, len(head))):
        # "Manan, op. cit.": one capitalised word before a reference back names the author it refers to, even one
        # reading like a derived word (_names takes "Manan" for one); only an earlier work of his resolves it
        names = (_names(head) or ([head.strip()] if re.fullmatch(r"[A-Z][a-z'’\-]{2,}", head.strip()) else None)) \
            if back.start() else ()
        return NoteWork(tuple(names or ()), None, pages, back.group(1).lower())
    names = _names(_GLUED_INITIAL.sub(r"\1. ", head.strip()))
    if not names:
        later = _SEE.search(text)  # "Uraian yang lengkap mengenai Abraham lihat Bruce Feiler, Abraham (…, 2002)."
        return parse_note(text[later.end():]) if later else _author_year_note(text, pages)
    rest = _QUOTED.sub(" ", text[len(head):])  # a year inside the title is not the publication's
    rest = rest[:m.start()] if (m := _PAGES.search(rest)) else rest
    years = _PUBLISHED.findall(rest)
    return NoteWork(tuple(names), years[-1] if years else None, pages)


def _author_year_note(text: str, pages: str | None) -> NoteWork | None:
    """A note written as an author-date citation, opening with it: "Soekanto (1986: 43).", "Soerjono Soekanto
    (1986). Pengantar Penelitian Hukum. Jakarta: UI Press." (its year follows the name, no comma after it)."""
    works = _author_year_works(text, pages)
    if works:
        return works[0]
    from .references import looks_like_entry, parse_reference

    entry = parse_reference(text) if looks_like_entry(text) else None  # a note set as a reference-list entry
    if entry is None or not entry.year or not entry.names or not _name_words(text.split("(", 1)[0].split(". ", 1)[0]):
        return None
    return NoteWork(tuple(entry.names), entry.year, pages)


def _author_year_works(text: str, pages: str | None) -> list[NoteWork]:
    """The works of a note that opens with an author-date citation: that one and every other the note's text cites
    so ("Rahardjo (2009b: 31) dan Ali (2002, hal. 113).": an author-date text's note is read as its text is)."""
    from .intext import find_citations

    found = [c for c in find_citations(text) if c.authors and c.year]
    first = found[0] if found else None
    if first is None or not _name_words(re.split(rf"[\s,]*\(?{YEAR_DIGITS}", text[:first.end], maxsplit=1)[0]):
        return []
    return [NoteWork(tuple(first.authors), first.year, first.pages or pages),
            *(NoteWork(tuple(c.authors), c.year, c.pages) for c in found[1:])]


def _name_words(text: str) -> bool:
    """Nothing but names before a note's year: "Kusuma", "Hendra Kusuma dan Rusdi Manan" (not "Menurut Kusuma",
    "Data diolah dari Dinas")."""
    words = [w.rstrip(",") for w in text.split()]
    return 1 <= len(words) <= 10 and words[0][:1].isupper() and words[0].lower() not in _OPENERS and \
        words[0].lower() not in _TITLE_OPENERS and all(_NAME_WORD.match(w) for w in words) and \
        not any(_affixed(w) for w in words[:-1])  # "Kajian Kebudayaan Pesisir, ...": a title


def _pages(text: str) -> str | None:
    m = _PAGES.search(text)  # the first: a "Lihat juga …, hlm. 434" after it is another work's page
    if m is None:
        m = _BARE_PAGES_LAST.search(text)
        if m is None or re.fullmatch(YEAR_DIGITS, m.group(1)):
            return None
    return re.sub(r"\s*[-–]\s*", "-", m.group(1) or m.group(2))


# Chicago's page with no "hlm.", closing the note: "(Bandung: Alumni, 2003), 4.", "Kusumaatmadja, Pengantar Hukum
# Internasional, 12." (a year there is the publication's, no page; an article's "(2019): 10-20" is its extent)
_BARE_PAGES_LAST = re.compile(r"(?:\),|,)\s*(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\s*\.?\s*$")


_AFFIXES = re.compile(r"^(?:pe|me|be|ke|di|te|se)\w{3,}$|^\w{3,}(?:an|kan|nya)$")


def _affixed(word: str) -> bool:
    """A title's word, never a name's: an English title word or an Indonesian word built on a known root with
    affixes ("Pengantar", "Penelitian"); names the dictionary knows unchanged ("Putra", "Jaya") stay names."""
    from ..indonesian import is_known_word, stemmer

    low = word.lower().rstrip(".")
    if is_common_word(word):
        return True
    return bool(_AFFIXES.match(low)) and is_known_word(low) and stemmer().stem(low) != low


def _name_ending_like_a_word(words: list[str]) -> bool:
    """ "Bagir Manan": a family name that reads like a derived word ("man" + "-an") after given names no dictionary
    knows; a title has a dictionary word before it ("Pengantar Hukum", "Sejarah Kebudayaan")."""
    from ..indonesian import is_known_word

    return len(words) >= 2 and not any(_affixed(w) for w in words[:-1]) and \
        not any(is_known_word(w.lower().strip(".")) for w in words[:-1] if not re.fullmatch(r"(?:[A-Z]\.)+", w))


def _names(head: str) -> list[str] | None:
    """The authors a note opens with ("Laode M. Syarif dan Andri G. Wibisana"), or None when the words before
    its first comma are not a name (a sentence, a verse "Yer. 35: 15", a title)."""
    head = re.sub(rf"^(?:(?:{HONORIFICS}|H|Hj|K\.H)\.\s*)+", "", head.strip())  # and the pilgrim's "H.", "K.H."
    head = re.sub(r"\s*\((?:eds?|penyunting|peny|editor)\.?\)|\s+(?:eds?|penyunting)\.$", "", head, flags=re.I)
    words = head.split()
    if not 1 <= len(words) <= 8 or any(ch.isdigit() for ch in head):
        return None
    if not all(_NAME_WORD.match(w) for w in words) or words[0][0].islower() and words[0][:3] not in ("al-", "el-"):
        return None
    if head.lower().rstrip(".") in ACADEMIC or len(words) == 1 and len(words[0].rstrip(".")) < 3:
        return None
    if any(w.lower() in _TITLE_OPENERS or w.lower() in _SCRIPTURE for w in words):
        return None  # "Undang-Undang …", "Kitab Undang-Undang Hukum Pidana": a law or scripture, not an author
    if words[0].lower() in _OPENERS:
        return None  # "Menurut Soekanto, hukum adalah …": a sentence explaining, not a note citing
    if not is_organisation(head) and any(_affixed(w) for w in words) and not _name_ending_like_a_word(words):
        return None  # "Pengantar Hukum Indonesia, …", "The Prophets": a title opening the note, not an author
    names = [n for n in split_names(head) if n]
    return names or None


def resolve(notes: list[str]) -> list[Citation | None]:
    """The work each note cites first, in document order (resolve_all gives every work a note names)."""
    return [works[0] if works else None for works in resolve_all(notes)]


def resolve_all(notes: list[str], closing: list[NoteWork | None] | None = None) -> list[list[Citation]]:
    """The works each note cites, in document order: a reference back takes the work of the note it refers to
    (Ibid. the note before's first; "Soekanto, op. cit." Soekanto's last work; a short form "Soekanto, Judul, hlm. 50"
    too). closing: per note, the author-date citation closing it (closing_work), its work where it names none else."""
    works: list[list[tuple]] = []  # (names, year, pages) per work, per note
    earlier: list[tuple] = []  # every work of the notes before, in order
    for k, text in enumerate(notes):
        named = parse_note_works(text) or ([closing[k]] if closing and closing[k] else [])
        resolved = [_resolved(note, works[-1][:1] if works else [], earlier) for note in named]
        kept = {w[:2]: w for w in reversed(resolved) if w}  # a work named twice is cited once, as first named
        works.append(sorted(kept.values(), key=resolved.index))
        earlier += works[-1]
    return [[_citation(w) for w in note] for note in works]


# Where a note names another work: "…, hlm. 118; bandingkan dengan Satjipto Rahardjo, Ilmu Hukum (…, 2000), hlm. 53.",
# "…, hlm. 430-433. Lihat juga Osa Triyatna, “…” dalam Majalah Rohani, 1995, hlm. 434-436." (not "Bandingkan dengan
# hlm. 99-100.", the same work's other pages: no name follows)
_ANOTHER_WORK = re.compile(r";\s+|\.\s+(?=(?:lihat|lih\.|bdk\.|bandingkan|cf\.|see|baca|periksa)\s)", re.I)


_JOINED = re.compile(r"^(?:dan|serta|juga|and)\s+(?:juga\s+)?", re.I)  # "…; dan Hall, op. cit., hlm. 40."


def parse_note_works(text: str) -> list[NoteWork]:
    """Every work one note names: the first as parse_note reads the note, then each later part (after ';', or after a
    full stop before a cue such as "Lihat juga") that names an author with a year or refers back to one by name."""
    first = parse_note(text)
    parts = _ANOTHER_WORK.split(text)
    body = _note_body(parts[0])
    opening = _author_year_works(body, None) if first is not None and first.year else []
    same = opening[1:] if opening and (opening[0].names, opening[0].year) == (first.names, first.year) else []
    later = [parse_note(_JOINED.sub("", part)) for part in parts[1:]]
    return [w for w in (first, *same, *later) if w is not None and (w is first or w.names and w.back != "ibid")]


def closing_work(text: str, start: int, end: int) -> NoteWork | None:
    """The work a note names last, after a comma, as an author-date citation closing it: "Kritik terhadap pelaporan
    kesehatan satu arah, Achenbach (2006, hlm. 96)." (the note says what its source holds, then names it). Read where
    the note stands, so that an acronym the document's list spells out ("CDC (2019, hlm. 34)") is read as the text
    reads it. A citation inside the gloss ("..., seperti ditulis Yusuf (2019), adalah ...") is not the note's source.
    A work the document's list holds closes its note with no comma too, or by its year alone ("... program SEHATI
    (2025).", "... berbasis Human-in-the-Loop (2025)." with "SEHATI. (2025)." listed)."""
    from .intext import find_citations, is_listed

    found = [c for c in find_citations(text, start, end, start) if c.authors and c.year]
    last = found[-1] if found else None
    if last is None or text[last.end:end].strip(" ."):
        return None
    if is_listed(text, last.authors, last.year):
        # "Spesifikasi algoritma ... santri TUMBUH (2026).", "... berbasis Human-in-the-Loop (2026).": no comma, or
        # no name but the list's one work of that year; the document's list holds the work, so the note cites it
        return NoteWork(tuple(last.authors), last.year, last.pages)
    if not last.authors_text:
        return None
    named = text.rfind(last.authors_text, start, last.start)  # the author as written, just before the parenthesis
    if named < 0 or text[named + len(last.authors_text):last.start].strip() \
            or not re.search(r",\s*$", text[start:named]) or not _name_words(last.authors_text):
        return None
    return NoteWork(tuple(last.authors), last.year, last.pages)


def _resolved(note: NoteWork | None, before: list, earlier: list) -> tuple | None:
    """A note's work as (names, year, pages): its own, or the one it refers back to (before: the previous note's first
    work, for Ibid.; earlier: every work cited before, for op. cit. and short forms)."""
    if note is None:
        return None
    if note.back == "ibid" or (note.back and not note.names):
        return (before[0][0], before[0][1], note.pages or before[0][2]) if before else None
    if note.back or note.year is None:  # "Soekanto, op. cit." or "Soekanto, Pengantar ..., hlm. 50"
        if not note.surnames:
            return None
        found = next((w for w in reversed(earlier) if w and w[0] and surname(w[0][0]) == note.surnames[0]), None)
        if found is None:
            return None
        pages = note.pages or (found[2] if note.back == "loc" else None)
        return (found[0], found[1], pages)
    return (note.names, note.year, note.pages)


def _citation(work: tuple, start: int = 0, end: int = 0) -> Citation:
    names, year, pages = work
    authors_text = short_names(list(names))
    inner = f"{year}: {pages}" if pages else year
    return Citation(f"{authors_text} ({inner})", tuple(surname(n) for n in names if not is_etal(n)), authors_text,
                    year, pages, start, end)


_PUBLICATION = re.compile(r"\((?P<place>[^():,]{2,40}):\s*(?P<publisher>[^()]{2,80}?),\s*(?:[A-Z][a-z]+\.?\s+)?"
                          rf"{YEAR}\)")
_JOURNAL = re.compile(r"^\s*,?\s*(?:dalam\s+)?(?P<name>[A-Z][^,()]{2,80}?)\s*,?\s*"
                      r"(?:Vol\.?\s*(?P<volume>\d+)|(?P<number>\d+)\s*,?\s*no\.)", re.I)
# "“Penegakan Hukum Lingkungan”, Sinar Grafika, Jakarta, 2005": publisher, place, year after a quoted title
_PUBLISHER_PLACE = re.compile(rf"^\s*,\s*(?P<publisher>[A-Z][^,()]{{2,60}}),\s*(?P<place>[A-Z][^,()]{{2,30}}),\s*"
                              rf"(?:[A-Z][a-z]+\.?\s+)?{YEAR_DIGITS}")


def note_reference(text: str, start: int = 0, end: int = 0) -> Reference | None:
    """A note naming a work in full, as the entry a reference list would hold for it: "Soerjono Soekanto, Pengantar
    Penelitian Hukum (Jakarta: UI Press, 1986), hlm. 43." -> its authors, title, place, publisher and year. A
    reference back (Ibid., op. cit.), a short form or a note with no year gives none."""
    body = _note_body(NOTE_LABEL.sub("", text, count=1))
    note = parse_note(body)
    if note is None or note.back or not note.names or note.year is None:
        return None
    at = body.find(note.names[0].split()[0])
    body = body[max(at, 0):]
    rest = body.split(",", 1)[1].strip() if "," in body else ""
    quoted = re.match(r"[“”\"](?P<title>[^“”\"]{3,}?)[,.]?[“”\"]", rest)
    title = quoted.group("title") if quoted else re.split(r"\s*\(|,", rest, maxsplit=1)[0]
    after = rest[quoted.end():] if quoted else rest[len(title):]
    journal = _JOURNAL.match(after) if quoted else None
    published = None if journal else _PUBLICATION.search(rest) or _PUBLISHER_PLACE.match(after)
    shown = re.split(r",?\s*(?:hlm|hal|h|pp?)\s*\.\s*\d", body, maxsplit=1)[0].rstrip(" ,.") + "."
    names = tuple(_family_first(n) for n in note.names if not is_etal(n))
    return Reference(text=shown, authors=note.surnames, names=names, year=note.year, year_text=note.year,
                     title=title.strip(" .,“”\"") or None, kind="article" if journal else "book",
                     container=journal.group("name").strip() if journal else None,
                     volume=(journal.group("volume") or journal.group("number")) if journal else None,
                     publisher=published.group("publisher").strip() if published else None,
                     place=published.group("place").strip() if published else None, start=start, end=end)


def note_references(text: str, start: int = 0, end: int = 0) -> list[Reference]:
    """Every work a note names in full, as entries (note_reference for each part parse_note_works reads as a work:
    "…, hlm. 18; bandingkan dengan Rusdi Harahap, Ilmu Hukum (…, 2000), hlm. 53." gives two)."""
    later = _ANOTHER_WORK.split(NOTE_LABEL.sub("", text, count=1).strip())[1:]  # the first read from the whole note
    refs = [note_reference(text, start, end), *(note_reference(_JOINED.sub("", part), start, end) for part in later)]
    return [r for r in refs if r is not None]


def _family_first(name: str) -> str:
    """ "Soerjono Soekanto" -> "Soekanto, Soerjono", as a reference list writes it; one word or a group whole."""
    family = surname(name)
    given = name[:len(name) - len(family)].strip() if name.endswith(family) else ""
    return f"{family}, {given}" if given and not is_organisation(name) else name


def footnote_citations(doc) -> list[Citation]:
    """The works a document cites in its notes, one citation at each note reference in the text and one at the start
    of the note itself (a passage that is the note cites its work too)."""
    indexes = [i for i, b in enumerate(doc.blocks) if b.kind == "footnote"]
    if not indexes:
        return []
    texts = [doc.block_text(doc.blocks[i]) for i in indexes]
    closing = [closing_work(doc.text, doc.blocks[i].start, doc.blocks[i].end) for i in indexes]
    works = resolve_all([NOTE_LABEL.sub("", t, count=1) for t in texts], closing)
    by_block = {i: w for i, w in zip(indexes, works) if w}
    out = [replace(w, start=doc.blocks[i].start, end=doc.blocks[i].start + len(NOTE_LABEL.match(t).group()),
                   in_note=True) for i, t, ws in zip(indexes, texts, works) if NOTE_LABEL.match(t) for w in ws]
    out += [replace(w, start=r.start, end=r.end) for r in doc.note_references() if r.note in by_block
            for w in by_block[r.note]]
    return sorted(out, key=lambda c: c.start)
