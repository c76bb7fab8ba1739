"""Retrieval -> Answer: one to four sentences copied from the top passages, each pointing at its passage."""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..chunking import item_spans, row_headers, said_in_row, said_rows, table_rows, titles_prose
from ..citations import Citation
from ..cite import Cite
from ..documents.model import YEAR_DIGITS, Location
from ..documents.structure import (FIGURE_WORDS, LIST_ITEM, LIST_MARKER, RUN_ON_CHARS, announces_list,
                                   is_citation_line, is_figure_note, is_lead_in, is_short_item, line_spans,
                                   looks_like_code, marker_kind, opens_small)
from ..acronyms import spelt_out
from ..indonesian import one_edit, search_stop_words, stop_words
from ..lazy_pattern import LazyPattern
from ..sentences import sentence_spans
from .conversation import source_topic
from .english import STOP as ENGLISH_STOP, indonesian_forms
from .kinds import TIME as _TIME, question_kind
from .quantity import ASKS_NUMBER, asked_count, gives_count, gives_counter
from .ranker import (COPULA, INDONESIAN_ASKING, INDONESIAN_REQUESTS, WORD_HEADS, definition_focus, defines, is_english,
                     verb_form)
from .retrieval import Hit, Retrieval, Retriever
from .synonyms import groups as synonym_groups

ABSTAIN_TEXT = (
    "Maaf, teks ini tidak membahas hal tersebut. Coba ajukan pertanyaan tentang isi teks, "
    "misalnya tentang salah satu judul atau daftar di dalamnya."
)
# Up to four sentences: the fourth of four close ones is often the one asked (chosen leaving one open set out at a time)
MAX_SENTENCES = 4
ANSWER_PASSAGES = 2  # sentences come from the top two passages only


@dataclass(frozen=True)
class Passage:
    rank: int
    score: float
    text: str
    document: str
    path: str
    start_paragraph: int
    end_paragraph: int
    highlights: tuple[tuple[int, int], ...]
    citations: tuple[Citation, ...]
    location: Location = Location()
    start: int = 0  # the passage's offset in its document's text (its citations' offsets are the document's)
    cite: Cite | None = None  # the ready citation (engine.ask fills it in the style asked for)

    def to_dict(self) -> dict:
        return {
            "rank": self.rank,
            "score": round(self.score, 4),
            "text": self.text,
            "document": self.document,
            "path": self.path,
            "location": {"start_paragraph": self.start_paragraph, "end_paragraph": self.end_paragraph,
                         "pages": self.location.page_label,
                         "pdf_pages": self.location.pdf_page_label, "section": list(self.location.section)},
            "highlights": [list(h) for h in self.highlights],
            "citations": [c.to_dict() for c in self.citations],
            "cite": self.cite.to_dict() if self.cite else None,
        }


@dataclass(frozen=True)
class Answer:
    question: str
    searched_for: str
    abstained: bool
    confidence: float  # that the first passage holds the answer (Retrieval.answer_confidence); abstention uses coverage
    answer: str
    passages: tuple[Passage, ...]
    related: tuple[Passage, ...] = field(default=())  # shown as "mungkin terkait" when abstaining

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "searched_for": self.searched_for,
            "abstained": self.abstained,
            "confidence": round(self.confidence, 4),
            "answer": self.answer,
            "passages": [p.to_dict() for p in self.passages],
            "related": [p.to_dict() for p in self.related],
        }


def compose(question: str, searched_for: str, retrieval: Retrieval, abstain_below: float, retriever: Retriever,
            position: int | None) -> Answer:
    """Pick the answer sentences and mark them; abstain when the confidence that the text covers the question is
    below the threshold. The answer shows the confidence that its first passage holds the answer."""
    # "Dicari: …" says where a follow-up was looked for
    shown = f"{searched_for} (dalam: {retrieval.scope.label})" if retrieval.scope is not None else searched_for
    if retrieval.confidence < abstain_below or not retrieval.hits:
        related = tuple(_passage(rank, hit, ()) for rank, hit in enumerate(retrieval.hits, 1))
        return Answer(question, shown, True, retrieval.answer_confidence, ABSTAIN_TEXT, (), related)
    hits = retrieval.hits
    chosen = _said_once([(rank, spans, _render(hits[rank - 1].chunk.text, spans, hits[rank - 1].chunk))
                         for rank, spans in choose_sentences(searched_for, question, retrieval, retriever, position)])
    marks: dict[int, list[tuple[int, int]]] = {}
    for rank, spans, _ in chosen:
        marks.setdefault(rank, []).extend(spans)
    passages = tuple(_passage(rank, hit, tuple(sorted(marks.get(rank, []))))
                     for rank, hit in enumerate(retrieval.hits, 1))
    parts = [f"{said} [{rank}]" for rank, _, said in chosen]
    topic = source_topic(question)
    if topic is not None:
        parts.insert(0, _where_discussed(topic, passages, retriever.words))
    return Answer(question, shown, False, retrieval.answer_confidence, " ".join(parts), passages)


def _said_once(segments):
    """(rank, spans, text) of each segment, without those whose words another says already: a table's row said
    alone and again with the row it goes on with ("3; Peneliti; Monica Ardian"), a lead-in the passage repeats word
    for word ("Atau dapat pula dihitung … sebagai berikut:" for ROA, then for ROE)."""
    return [seg for n, seg in enumerate(segments) if not any(
        seg[2] in other[2] and (seg[2] != other[2] or m < n) for m, other in enumerate(segments) if m != n)]


SOURCE_WORKS = 3  # works named for one text in answer to "Sumber mana yang membahas …?"


def _where_discussed(topic: str, passages: tuple[Passage, ...], tokenize) -> str:
    """"Sumber mana yang membahas X?": the texts of the passages that name X (the first passage always), each with
    the works its passages cite."""
    words = set(tokenize(topic))
    texts: dict[str, tuple[list[int], list[str]]] = {}
    for p in passages:
        if p.rank > 1 and not words <= set(tokenize(p.text)):
            continue
        ranks, works = texts.setdefault(p.document, ([], []))
        ranks.append(p.rank)
        works += [c.work_label for c in p.citations if c.work_label not in works]
    said = []
    for document, (ranks, works) in texts.items():
        cites = f", mengutip {', '.join(works[:SOURCE_WORKS])}" if works else ""
        said.append(f"{document}{cites} {' '.join(f'[{r}]' for r in ranks)}")
    return f"{topic[:1].upper()}{topic[1:]} dibahas dalam: {'; '.join(said)}."


def _render(text: str, spans: list[tuple[int, int]], chunk=None) -> str:
    """One answer segment: a sentence, a table's row said with its columns' names ("Variabel: Iklim Organisasi;
    Composite Reliability: 0.857"), or a list's lead-in followed by its item titles ("1. A; 2. B; 3. C")."""
    if len(spans) == 1:
        return _table_row(chunk, spans[0]) or _cell_sentence(chunk, spans[0]) or _one_line(text[spans[0][0]:spans[0][1]])
    lead, *items = spans
    if LIST_ITEM.match(text[lead[0]:lead[1]]) and not is_lead_in(text[lead[0]:lead[1]]):  # a list under its heading
        lead, items = None, spans
    cite = items.pop() if items and is_citation_line(text[items[-1][0]:items[-1][1]]) else None
    said = ""
    for a, b in items:  # items joined as the text closes them ("… meninggal ; 2. …"), or with "; "
        cut = b < len(text) and text[b] == " " and text[b - 1].isalnum() and text[b:].split("\n", 1)[0].strip()
        said += (" " if said.endswith((".", ";", ",", "…")) else "; ") * bool(said) + _one_line(text[a:b]) + " …" * bool(cut)
    if lead is not None:
        said = f"{_one_line(text[lead[0]:lead[1]])}{' ' if announces_list(text[lead[0]:lead[1]]) else '; '}{said}"
    return f"{said} {_one_line(text[cite[0]:cite[1]])}" if cite else said


def _passage(rank: int, hit: Hit, highlights) -> Passage:
    c = hit.chunk
    return Passage(rank, hit.score, c.text, c.document, c.path, c.start_paragraph, c.end_paragraph,
                   highlights, c.citations, c.location, c.start)


def units(text: str) -> list[tuple[int, int]]:
    """Sentences of a passage; a list line is a unit of its own, a short numbered heading joined to the
    sentence under it, a short list as a whole with its lead-in, and a citation-only line, a figure's caption or
    a title opening the passage over its prose (chunking.titles_prose: "Pengertian Motivasi Kerja") none."""
    return list(_units(text))


@lru_cache(maxsize=4096)  # the same passages come up question after question: each read once per process
def _units(text: str) -> tuple[tuple[int, int], ...]:
    out, heading, item_kind, sibling = [], None, None, False
    rows = {b for _, b in table_rows(text)}  # a table's row is one unit, however long its cells
    lines = _run_on_lines(text, rows)
    for i, (a, b, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped or is_citation_line(stripped) or is_figure_note(stripped):
            continue
        if i == 0 and len(lines) > 1 and not LIST_ITEM.match(stripped) and titles_prose(stripped, lines[1][2].strip()):
            continue
        a += len(line) - len(line.lstrip())
        if heading is not None and LIST_ITEM.match(line):
            said = text[heading[0]:heading[1]]
            if _says_something(said, sibling=marker_kind(said) == marker_kind(line.strip())):
                out.append(heading)  # "1. ASI, adalah air susu ibu" then "2. Balita, …": an item, not a title
            heading = None
        if LIST_ITEM.match(stripped):  # the last item closing the passage is a note among notes after a sibling
            sibling, item_kind = marker_kind(stripped) == item_kind, marker_kind(stripped)
        if is_short_item(stripped):
            heading = (a, b)  # "2. Kerjasam Regional": say it with what follows
            continue
        whole = len(stripped) < 80 or LIST_ITEM.match(line) and len(stripped) <= LONG_ITEM or b in rows  # a long item: by sentences
        spans = [(a, b)] if whole else _clauses_rejoined(text, sentence_spans(text, a, b, glued=True))
        if heading is not None and spans:
            spans[0] = (heading[0], spans[0][1])
            heading = None
        out += spans
    last = [heading] if heading and _says_something(text[heading[0]:heading[1]], sibling) else []
    return tuple(out + last + _short_lists(text))


# A figure named by its word ("gambar", "figure", "bagan"): opening a caption line ("Gambar 2.3 Papan Rangkaian"), it
# names the figure
_FIGURE = LazyPattern(rf"\b(?:{'|'.join(re.escape(w.rstrip('.')) for w in FIGURE_WORDS)})\b", re.I)

# A question asks about a figure by "gambar"/"figure" itself, or by another caption word ("diagram", "grafik", "bagan",
# "skema") only with the figure's number or "mana"/"which" ("Grafik 4.1 menunjukkan apa?", "bagan mana ...", "which
# diagram ..."): without them it names a thing, "Apa yang dimaksud diagram aktivitas?" asks no caption
_FIGURE_ASKED = LazyPattern(r"\b(?:gambar|figure|fig)\b|\b(?:grafik|diagram|bagan|skema|chart|graph)s?\s+"
                            r"(?:\d|[IVX]+[.\d]|mana\b)|\bwhich\s+(?:diagram|chart|graph)s?\b", re.I)


@lru_cache(maxsize=4096)
def _captions(text: str) -> tuple[tuple[int, int], ...]:
    """A passage's figure captions ("Gambar II.5 Beberapa sistem operasi …"), which units() leaves out: a note on
    the figure beside the prose, they answer only a question about a figure."""
    return tuple((a + len(line) - len(line.lstrip()), b) for a, b, line in line_spans(text)
                 if is_figure_note(line) and _FIGURE.match(line.strip()))


LONG_ITEM = 300
# A sentence the writer opened with "Yang" after a full stop is the relative clause of the one before it ("… konsep
# hyperlink. Yang berfungsi untuk memudahkan user …"), unless it says its own predicate: a headless relative as the
# subject ("Yang termasuk dalam OCBO adalah …", "Yang menjadi ciri … adalah …") or "the one" counted ("Yang kedua
# yaitu …", "Yang satu terjadi …"), nor a sentence adverb set off by a comma ("Yang jelas, …", "Yang terpenting, …") or
# a name's honorific ("Yang Maha Esa", "Yang Mulia")
_SPLIT_CLAUSE = LazyPattern(r"^yang\s+(?!(?:pertama|kedua|ketiga|keempat|kelima|terakhir|satu|lain|lainnya)\b)"
                            r"(?!\w+\s*,)(?!(?-i:[A-Z]))", re.I)


def _clauses_rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of one line, a relative clause split off by a full stop said with the sentence it belongs to,
    and a question the text asks itself with the sentence answering it ("Mengapa X? Karena ..."): alone, the question
    holds the asker's words and says nothing."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        asked = out and text[out[-1][0]:out[-1][1]].rstrip("\"'”’)").endswith("?") and \
            not text[a:b].rstrip("\"'”’)").endswith("?")
        if out and (asked or _SPLIT_CLAUSE.match(text[a:b]) and not _STATES.search(text[a:b])):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


RUN_ON_LINE = 80  # a line of prose this long that stops without punctuation goes on with the next line
# … this long when the line itself went on from the one above: the text readers' figure (structure.unwrap). A next line
# opening in lower case goes on whatever the length: the reader keeps a short line as written (it may be an address or
# a title), but as an answer's unit it would say a fragment ("dimana seseorang anak …")
RUN_ON_LOWER = RUN_ON_CHARS


def _run_on_lines(text: str, rows: set[int]) -> list[tuple[int, int, str]]:
    """line_spans, with a line break the reader kept inside a sentence undone: a line of prose that ends in a word is
    one line with the next when that one opens in lower case ("Autisme adalah suatu keadaan" / "dimana seseorang anak
    …", or past a formula or a bracket: "… lalu" / "$\\bar{x}$ diperoleh …", opens_small), or, a long line, however the next opens ("… memperbesar penjualan maka PT. Kimia" / "Farma Apotek mengelola
    sebanyak 340 apotek …", "… melalui Childhood" / "Autism Rating Scale (CARS)."), save with a quotation. A heading
    (most words capitalized, or short over a capital), a table row, a list item, a citation or a caption keeps its own
    line."""
    out: list[tuple[int, int, str]] = []
    for a, b, line in line_spans(text):
        if out and _runs_on(out[-1][2], line) and out[-1][1] not in rows and b not in rows:
            start = out[-1][0]
            out[-1] = (start, b, text[start:b])
        else:
            out.append((a, b, line))
    return out


def _runs_on(before: str, line: str) -> bool:
    """True when `line` goes on with the sentence `before` (one or more lines) stopped in."""
    last, nxt = before.rsplit("\n", 1)[-1].strip(), line.strip()
    if not nxt or not re.search(r"[^\W\d_]*[a-z][^\W\d_]*$", last) or nxt.startswith(("“", '"', "‘", "'", "„")):
        return False
    if not opens_small(nxt) and len(last) < (RUN_ON_LOWER if "\n" in before.strip() else RUN_ON_LINE):
        return False
    words = last.split()
    if sum(w[:1].isupper() for w in words) * 2 > len(words):  # a title, not a sentence
        return False
    return not (LIST_ITEM.match(line) or is_citation_line(nxt) or is_figure_note(nxt) or is_lead_in(last)
                or nxt.startswith(("|", "#", ">", "•", "-", "*")))


# A term joined to what it is, as notes write it: "ASI, air susu ibu", "ASI - air susu", "Replik — tanggapan …",
# "Mobility -> kemampuan gerak sendi", "NPM = laba bersih"
_JOINS_WHAT_IT_IS = LazyPattern(r"\w[,:]\s+\w|\s[-–—]\s|(?:->|→|=>)|\s=\s")
TITLE_WORDS = 3  # a title names (in few words, or most of them capitalised); a note of more small words says
_SETS_SIDE_BY_SIDE = LazyPattern(r"\s(?:vs\.?|versus)\s", re.I)  # "kasus medis vs trauma": a title over both


def _says_something(item: str, sibling: bool = True) -> bool:
    """A short item that is more than a title: a term and what it is ("ASI, adalah air susu ibu", "ASI - air susu",
    "Mobility -> kemampuan gerak sendi"), or, among items of its own kind of marker (`sibling`: not over a list
    nested under it, "1) Kekurangan tata ruang terbuka" over "a) …"), a note that states in more than a few small
    words ("• Berlaku hingga anak berusia 21 tahun"); not a title naming ("2. Kerjasama Regional", "Pemberian ASI",
    "kasus medis vs trauma")."""
    body = LIST_ITEM.sub("", item)
    if _DEFINING.search(item) or _JOINS_WHAT_IT_IS.search(body):
        return True
    words = _WORD.findall(body)
    return sibling and len(words) > TITLE_WORDS and sum(w[:1].isupper() for w in words) * 2 <= len(words) \
        and not _SETS_SIDE_BY_SIDE.search(body)


def _short_lists(text: str) -> list[tuple[int, int]]:
    """A lead-in with only short items after it ("Ada tiga motif …, yaitu: 1. … 2. … 3. …"): one answer."""
    lines = [(a, b, line.strip()) for a, b, line in line_spans(text)]
    out = []
    for i, (a, _, line) in enumerate(lines):
        if not is_lead_in(line):
            continue
        end, items = None, 0
        for _, b, nxt in lines[i + 1:]:
            if LIST_ITEM.match(nxt) and len(nxt) <= SHORT_ITEM:
                end, items = b, items + 1
            elif not is_citation_line(nxt) or items:
                break
        if items >= 2 and end - a <= SHORT_LIST:
            out.append((a, end))
    return out


def _is_short_list(unit: str) -> bool:
    """A lead-in with its items (what _short_lists makes), not a label over what it labels ("2) Margin laba
    bersih :" over its formula)."""
    first, _, rest = unit.partition("\n")
    return is_lead_in(first) and sum(bool(LIST_ITEM.match(line.strip())) for line in rest.split("\n")) >= 2


SHORT_ITEM = 150
_STATES = LazyPattern(rf"\b(?:{COPULA})\b", re.I)


def _states_first(lead_in: str) -> bool:
    """A lead-in that says what something is before its last clause hands over to the list ("Amonia yaitu senyawa
    kimia dengan rumus NH3, …, adapun ciri-ciri amonia :", as PDF text runs a definition into its list): it says more
    than "…, yaitu:"."""
    head = lead_in.rstrip().rstrip(":").rstrip()
    cut = head.rfind(", ")
    return cut > 0 and bool(_STATES.search(head[:cut]))
SHORT_LIST = 600


CONTEXT_WEIGHT = 0.3
REFERRED = 1.0  # how much the words a sentence refers back to count beside its own
# Sentence openings that go on from the sentence before, each written once (the patterns below are made of them)
_PRONOUNS = r"ia|dia|beliau|mereka"  # "Ia disebut …": who it is, the sentence before names
_THUS = r"dengan\s+demikian"  # "Dengan demikian …": what follows from the sentence before, said again
# A sentence whose first few words refer back: a pronoun ("Ia", "Mereka"), "X ini/itu/tersebut" ("Hal ini"),
# "Daunnya", or no subject of its own, going on from the one before ("Lebih berupa bahasa simbol …", "Juga …").
_POINTS_BACK = r"^(?:[\w-]+\s+){0,4}?(?:ini|itu|tersebut|inilah|itulah)\b"  # "Hal ini …", "Teguran kali ini …"
_OF_IT = r"^(?:[\w-]+\s+){0,4}?[\w-]{3,}nya\b"  # "Daunnya …", "Pengklasifikasiannya …"
_REFERS_BACK = LazyPattern(rf"^(?:{_PRONOUNS}|lebih|juga|bahkan|serta)\b|{_POINTS_BACK}|{_OF_IT}", re.I)
# … a pronoun or a demonstrative only: "-nya" is as often a word's own ending ("Misalnya", "Pesertanya") as a reference
_NAMES_BACK = LazyPattern(rf"^(?:{_PRONOUNS})\b|{_POINTS_BACK}", re.I)
LOWER_PASSAGE = 0.6  # retrieval ranked the first passage higher: a sentence from the second must earn its place
# The ranker gives the second passage at least this share of the first's chance of holding the answer: its best sentence
# is said too (chosen leaving one open set out at a time, answers no more than 5% longer: bench/answer_sentences.py)
SECOND_PASSAGE_SAID = 0.4


def choose_sentences(searched_for: str, question: str, retrieval: Retrieval, retriever: Retriever,
                     position: int | None) -> list[tuple[int, list[tuple[int, int]]]]:
    """(rank, spans) pairs, best first: the best unit, plus up to three more close to it in score (or, of the first
    passage, a little less close and saying a word of the question none before says), and the second
    passage's best one when the ranker nearly ties the two passages. An enumeration question answered by a list gets
    the list's lead-in and every item's title as one segment."""
    sides = compared(question)
    hits = retrieval.hits[:ANSWER_PASSAGES + bool(sides)]  # a comparison: its other side may come third
    tokenize = retriever.words
    if position is not None:
        picked = _list_item(hits[0].chunk.text, position)
        if picked:
            return [(1, [picked])]
    kind = question_kind(question)
    figure = bool(_FIGURE_ASKED.search(question))  # "Gambar 2.3 isinya apa?", "Which figure shows …?": captions answer
    # A follow-up's own words say what it asks; the topic it was joined to only steers. An English question's words
    # are the text's own words for them.
    weights = {t: CONTEXT_WEIGHT * w for t, w in retriever.question_terms(searched_for).items()}
    own_weights = retriever.question_terms(question)
    weights.update(own_weights)
    asked = set(own_weights)  # the question's own words (an item's title may hold one)
    named = {t for word in _CAPITALIZED.findall(question.strip()) for t in tokenize(word)}
    counting = bool(ASKS_NUMBER.search(question))  # "berapa", "seberapakah", "how many", "how long"
    gives = _count_given(question, retriever) if kind == "number" else None
    long_words = {w.lower(): set(tokenize(w)) for w in _WORD.findall(question) if len(w) >= TYPO_MIN_LEN}
    english = is_english(question)
    if english:  # its words as Indonesian writes them ("legislation" -> "perundang-undangan")
        long_words.update((w, set(tokenize(w))) for w in indonesian_forms(question) if len(w) >= TYPO_MIN_LEN)
    # a question of a kind ("Kapan X terjadi?") wants the sentence of the kind's form, whatever its verb
    verbs = _verbs(question, retriever.stem) if kind is None else set()
    found, traits, extra = [], [], EXTRA_ENGLISH if english else EXTRA_SENTENCE
    says: dict[tuple[int, tuple[int, int]], set[str]] = {}  # the question's own words each unit says
    focused = _by_focus(weights, hits, tokenize)
    stands_for = _stands_for(hits, weights, tokenize)
    for rank, hit in enumerate(hits, 1):
        text = hit.chunk.text
        cited = [(c.start - hit.chunk.start, c.end - hit.chunk.start) for c in hit.chunk.citations]
        titles = _item_titles(text)
        cited_in = _said_per_line(hit, tokenize, named)
        meaning = _part_meaning(retrieval.vector, hit, retriever)
        spans = units(text) + list(_captions(text) if figure else ())
        said = _with_column_names(hit.chunk, spans, _said_of(text, spans, titles, cited_in, tokenize), weights,
                                  tokenize)
        # a kind: its form leads
        asked_item = _item_asked(question, text, item_spans(text), asked, tokenize) if kind is None else None
        for n, (span, (own, got)) in enumerate(zip(spans, said)):
            sentence = text[span[0]:span[1]]
            if long_words:
                own = own | _misspelled(long_words, sentence, own)
            for acronym in own & stands_for.keys():
                own = own | stands_for[acronym]  # "Apotek BM bertugas …" says what "Business Manager" does
            # fsum: the same total whatever order the set gives its words in (ties stay ties from run to run)
            overlap = math.fsum(focused.get(t, 0.0) for t in own) + REFERRED * math.fsum(
                focused.get(t, 0.0) for t in got)
            # "…, yaitu:" says little, unless it gives the number a "berapa" question asks ("di 3 (tiga) tempat, yaitu:")
            says_little = is_lead_in(sentence) and not _states_first(sentence) and not (counting and re.search(r"\d|\b(?:dua|tiga|empat|lima|enam|"
                                                                              r"tujuh|delapan|sembilan|sepuluh)\b", sentence))
            whole_list = kind != "list" and _is_short_list(sentence)
            weight = (1.0 if rank == 1 else LOWER_PASSAGE) * (0.5 if says_little else 1.0)
            weight *= _kind_bonus(kind, sentence, span, cited, weights, tokenize)
            if whole_list:
                weight *= 0.5  # a whole short list answers "apa saja", not "apa yang dimaksud"
            if verbs and verbs & _verbs(sentence, retriever.stem):
                weight *= KIND_BONUS  # "Apa yang ditunjukkan oleh ROE?": the sentence saying "… menunjukkan …"
            if gives is not None and gives(sentence):
                weight *= KIND_BONUS  # "How many years …?": "hampir tujuh puluh tahun", not the year "tahun 605 SM"
            if asked_item and asked_item[0] <= span[0] < asked_item[1]:
                weight *= KIND_BONUS  # "… dalam hal pekerjaan?": the item titled "Masalah pekerjaan", not the list's head
            found.append((overlap, meaning(span), weight, rank, span))
            says[rank, span] = set() if says_little else own & asked  # a lead-in names what its list is about
            if SENTENCE_MODEL is not None:  # only the fitted scorer reads them
                traits.append(_traits(kind, sentence, span, cited, weights, tokenize, rank, says_little, whole_list,
                                      n / max(len(spans) - 1, 1), bool(got), bool(named & cited_in(span[0]))))
    if not found:
        return []
    # no shared words: only meaning can choose (an English question's words the text knows none of: its own words
    # for them, in the weights, are what it shares)
    if max(o for o, *_ in found) <= 0 or retrieval.known == 0 and not english:
        scored = _dense_scores(retrieval.vector, hits[0], retriever)
    elif SENTENCE_MODEL is not None:
        scored, extra = _fitted(found, traits, SENTENCE_MODEL), SENTENCE_MODEL.extra
    else:
        scored = _blend(found, DENSE_SHARE_ENGLISH if english else DENSE_SHARE)
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    if kind == "list" or kind is None and not english:
        # each word the question asks with, as the text's terms for it (an English word: any of them)
        groups = [set(g) for g in retriever.english_terms(question) if g] if english else \
            [{t} for t in asked]
        listed = _list_answer(scored, hits, question, tokenize, asked, groups, named=kind is None)
        if listed:
            return [listed]
    best, terms_asked = scored[0][0], []  # a definition question's term, each way the text may write it
    if kind == "definition":  # the sentence defining the term asked about leads, when it is among the close ones
        defining = {(rank, span) for *_, rank, span in found
                    if _defines(hits[rank - 1].chunk.text[span[0]:span[1]], weights, tokenize)}
        focus = [_focus(question)] if not english else \
            retriever.definition_terms(question) or [_focus(question)]
        # the one saying "<the term itself> adalah …" ("bahwa tindak adalah kelakuan …") leads from further down
        focused = {(rank, span) for *_, rank, span in found
                   if any(f and defines(hits[rank - 1].chunk.text[span[0]:span[1]], f) for f in focus)}
        scored.sort(key=lambda x: (not ((x[1], x[2]) in focused and x[0] >= FOCUS_SHARE * best),
                                   not ((x[1], x[2]) in defining and x[0] >= extra * best), -x[0], x[1], x[2]))
        terms_asked = [set(tokenize(f)) for f in focus if f]
    if kind in _FORM_LEADS:  # a close sentence giving the reason (the limitation) leads the one restating the question
        form, apart = _FORM_LEADS[kind], _other_item(hits, scored[0][1], scored[0][2])
        # another item's reason is none for the best one's: "a) Pimpinan lebih mudah memantau …" is not said with
        # "b) … karena tidak terhalang …"
        scored = [x for x in scored if not apart(x[1], x[2])]
        scored.sort(key=lambda x: (not (x[0] >= extra * best and form.search(_said(hits, x[1], x[2]))), -x[0], x[1],
                                   x[2]))
    chosen: list[tuple[int, tuple[int, int]]] = []
    told: set[str] = set()  # the question's words the sentences chosen so far say
    for score, rank, span in scored:
        # a best sentence of the form the kind asks ("Pesertanya tercatat sebanyak 25 orang.") is the answer whole,
        # as for _alone_goes_on: no sentence joins it for the question's other words
        whole = chosen and kind in _ANSWER_FORMS and _ANSWER_FORMS[kind].search(_said(hits, *chosen[0]))
        if len(chosen) == MAX_SENTENCES or chosen and score < (extra if whole else min(extra, NEW_WORD_SHARE)) * best:
            break
        if chosen and score < extra * best and (rank != 1 or says.get((rank, span), set()) <= told):
            continue  # not close to the best: only a sentence of the first passage saying what none chosen says
        told |= says.get((rank, span), set())
        span = _with_what_it_introduces(hits[rank - 1].chunk.text, span)  # before the overlap test: said once
        span = _with_its_lead_in(hits[rank - 1].chunk.text, span)
        near = [n for n, (r, s) in enumerate(chosen) if r == rank and span[0] < s[1] and s[0] < span[1]]
        if not near:
            chosen.append((rank, span))
        elif all(span[0] <= chosen[n][1][0] and chosen[n][1][1] <= span[1] for n in near):
            # a lead-in with the item already chosen: said in the item's place, the item not again
            chosen[near[0]] = (rank, span)
            chosen = [c for n, c in enumerate(chosen) if n not in near[1:]]
    if _near_tie(hits) and all(rank != 2 for rank, _ in chosen):
        second = next((span for score, rank, span in scored if rank == 2 and score > 0), None)
        if second is not None:  # said after the first passage's sentences (in the place of the last): the first leads
            chosen = chosen[:MAX_SENTENCES - 1] + [(2, _with_what_it_introduces(hits[1].chunk.text, second))]
    # The passage ranked first always has a say: under a heading that says what the question asks ("GEJALA ISPA
    # BERAT", "Persyaratan yang harus di Upload"), its units need not repeat it, and the second passage (that heading
    # said as a line, a definition of the topic) can outscore them all. Its best unit leads; a list the passage
    # opens with is said whole, as its heading's list.
    first = next((span for _, rank, span in scored if rank == 1), None) if all(r != 1 for r, _ in chosen) else None
    if first is not None:
        listed = _opening_list(hits[0].chunk.text, first)
        if listed:
            return [(1, listed)] + [(rank, [span]) for rank, span in chosen[:MAX_SENTENCES - 1]]
        chosen = [(1, _with_what_it_introduces(hits[0].chunk.text, first))] + chosen[:MAX_SENTENCES - 1]
    besides = _besides(hits, *chosen[0], question, retriever) if chosen and kind != "list" else None
    if besides is not None and len(besides) > 1:
        return [(chosen[0][0], besides)]
    if besides is not None:
        chosen = [(chosen[0][0], besides[0])] + [(r, s) for r, s in chosen[1:] if not (
            r == chosen[0][0] and besides[0][0] <= s[0] < besides[0][1])]
    if kind == "example":  # "What example of X …?": the sentence naming X, then the example given after it
        (first, span), text = chosen[0], hits[chosen[0][0] - 1].chunk.text
        given = any(_EXAMPLE.search(hits[r - 1].chunk.text[s[0]:s[1]]) for r, s in chosen)  # an example said already
        wide = _with_its_example(text, span) if _GIVES_EXAMPLE.match(text[span[0]:span[1]]) or not given else span
        chosen = [(first, wide)] + [(r, s) for r, s in chosen[1:] if not (r == first and wide[0] <= s[0] < wide[1])]
    if kind == "why":  # the reason said before the first sentence, and not again after it
        first, wide = chosen[0][0], _with_its_reason(hits[chosen[0][0] - 1].chunk.text, chosen[0][1])
        chosen = [(first, wide)] + [(r, s) for r, s in chosen[1:] if not (r == first and wide[0] <= s[0] < wide[1])]
        chosen = chosen[:1] + [(r, _with_what_it_follows(hits, r, s, chosen)) for r, s in chosen[1:]]
    if kind == "person":  # a quotation names no one: who says it is in the lead-in over it
        chosen = [(chosen[0][0], _with_who_says_it(hits[chosen[0][0] - 1].chunk, chosen[0][1]))] + chosen[1:]
    if chosen and not sides and kind != "list":  # the first sentence, whatever is said after it
        lead = _with_what_it_goes_on(hits, *chosen[0], terms_asked if kind == "definition" else [{t} for t in asked],
                                     tokenize, kind == "definition")
        chosen = [lead] + [(r, s) for r, s in chosen[1:] if not (r == lead[0] and lead[1][0] <= s[0] < lead[1][1])]
    if sides:
        terms = _side_terms(sides, question, retriever)
        chosen = _going_on(_both_sides(chosen, scored, hits, terms, tokenize), hits, terms, tokenize)
    chosen = [(rank, _with_its_turn(hits[rank - 1].chunk.text, span, asked, tokenize)) for rank, span in chosen]
    said = _joined(_with_who_it_is(chosen, hits), hits)
    if len(said) == 1 and not (kind in _ANSWER_FORMS and _ANSWER_FORMS[kind].search(_said(hits, *said[0]))):
        # a lone short sentence not of the form asked
        said = [_alone_goes_on(hits, *said[0], asked, tokenize, kind == "definition")]
    # a sentence saying every word of the question answers it alone ("Siapa yang membimbing koperasi?" / "… di bawah
    # bimbingan guru. Pengurus tersebut terdiri atas: …"): the list it hands over to answers something else
    handed = _handed_over(hits[said[0][0] - 1].chunk.text, said[0][1]) if said and kind not in (
        "definition", "list") and not set(tokenize(question)) <= set(tokenize(_said(hits, *said[0]))) else None
    if handed is not None:  # the first sentence with the lead-in going on from it and the list it hands over to
        rank, end = said[0][0], handed[0][1]
        return [(rank, handed)] + [(r, [s]) for r, s in said[1:] if not (r == rank and s[1] <= end)]
    return [(rank, [span]) for rank, span in said]


# A lead-in whose subject points back at what the sentence before it spoke of: "Studi tersebut berupa …:", "Kedua tipe
# tersebut adalah:", "Pengklasifikasiannya adalah …:" (_REFERS_BACK without its connectives "juga", "serta" …) ...
_LEAD_POINTS_BACK = LazyPattern(rf"^(?:{_PRONOUNS})\b|{_POINTS_BACK}|{_OF_IT}", re.I)
# ... not at what follows ("Berikut ini …:", "Di bawah ini …:"), and not a connective ("Oleh karena itu, penelitian ini
# mengajukan …:", "Selain itu …:"), which goes on to something new
_POINTS_ELSEWHERE = LazyPattern(r"^(?:(?:[\w-]+\s+){0,3}?(?:berikut|di\s+bawah)\s+ini|(?:oleh\s+)?karena\s+itu|"
                                rf"selain\s+itu|untuk\s+itu|di\s+samping\s+itu|{_THUS})\b", re.I)


def _handed_over(text: str, span: tuple[int, int]) -> list[tuple[int, int]] | None:
    """A sentence whose next unit (in its paragraph or on the next line) is a lead-in going on from it ("… melakukan
    studi pendahuluan …. Studi tersebut berupa hal-hal berikut:", a label "Pasal 16 ayat 1." over "Dalam menjalankan
    jabatannya notaris wajib:") says what it speaks of only in the list that lead-in hands over to: the sentence and
    the lead-in as one span, then each item's title (an only item said whole, the unit after a lead-in without items),
    for rendering as a list answer (also when the span ends with that lead-in already: _alone_goes_on). None when the
    next unit is no lead-in pointing back (_LEAD_POINTS_BACK)."""
    spans = units(text)
    after = next((u for u in spans if span[0] < u[0] and u[1] == span[1]), None)  # the span's own last unit
    if after is None or not is_lead_in(text[after[0]:after[1]]):
        after = min((u for u in spans if u[0] >= span[1]), default=None)
    if after is None or text[span[1]:after[0]].count("\n") > 1:
        return None
    lead = text[after[0]:after[1]]
    if not is_lead_in(lead.split("\n", 1)[0]) or not _LEAD_POINTS_BACK.match(lead) or _POINTS_ELSEWHERE.match(lead):
        return None
    lead_end = after[0] + len(lead.split("\n", 1)[0].rstrip())
    run, end = [], lead_end  # the items straight after the lead-in, one after another, up to a lead-in of another list
    for a, b in item_spans(text):
        if a < end:
            continue
        if text[end:a].strip():
            break
        run.append((a, b))
        end = b
        if any(is_lead_in(line) for line in text[a:b].split("\n")[1:]):
            break
    if not run:
        introduced = _with_what_it_introduces(text, (after[0], lead_end))
        return [(span[0], introduced[1])] if introduced[1] > lead_end else None
    if len(run) == 1:
        return [(span[0], lead_end), _item_said(text, run[0])]
    return [(span[0], lead_end)] + [_item_title(text, a, b, LIST_CHARS // len(run)) for a, b in run]


# A question word every unit of the answer's passages says weighs this much less in a unit's shared words (chosen with
# EXTRA_SENTENCE leaving one open set, and one document, out at a time, answers no more than 3% longer: BENCHMARKS.md)
TOPIC_SHARE = 0.75


def _by_focus(weights: dict[str, float], hits, tokenize) -> dict[str, float]:
    """The question's words, each weighing less the more units of the answer's passages say it: the topic the passages
    are about ("anak tunagrahita", "stunting", "penjualan … perusahaan") is in most of their sentences and tells none
    apart, the word only the answering one says ("pekerjaan", "dewasa", "prinsip") does."""
    said = [set(tokenize(hit.chunk.text[a:b])) for hit in hits for a, b in units(hit.chunk.text)]
    n = len(said) or 1
    return {t: w * (1 - TOPIC_SHARE * sum(t in s for s in said) / n) for t, w in weights.items()}


# "Selain X, apa lagi …?", "… apa saja selain X?", "Besides X, what other …?": X is what the asker knows already
_BESIDES = LazyPattern(r"\b(?:selain|besides|other\s+than|apart\s+from|aside\s+from)\s+(?!itu\b|ini\b)"
                       r"(.+?)(?=\s*[,?]|\s+(?:apa|siapa|bagaimana|what|which|who|how)\b|\s*$)", re.I)


# A unit that says what else there is itself: in so many words ("Selain untuk mencatat kehadiran, bisa digunakan …",
# "Cara lain …"), or naming things in a row ("… menyebabkan gagal tumbuh, hambatan perkembangan …, dan …")
_SAYS_OTHER = LazyPattern(r"\b(?:selain|lain(?:nya)?|juga|pula|also|other)\b|,[^.;:]*\b(?:dan|serta|atau|and|or)\b",
                          re.I)


def _says_other(said: str, known: set[str], tokenize) -> bool:
    """The unit says what else there is (_SAYS_OTHER), unless its row is what the known thing holds: "Penulis merangkum
    pendekatan sistem ini meliputi A, B, dan C" names no other thing beside "pendekatan sistem" when every known word
    it says comes before the word naming the row (_NAMES_THEM)."""
    other = _SAYS_OTHER.search(said)
    named = _NAMES_THEM.search(said)
    if other is None or named is None or other.start() < named.start():
        return other is not None
    return not known & set(tokenize(said)) <= set(tokenize(said[:named.start()]))


# "apart from" / "aside from" say "besides" opening the question or a clause ("Apart from X, what …?"), or in a question
# asking for another thing ("What else … aside from X?"); else they say where a thing stands ("placed apart from the
# main work area", "kept apart from children")
_PLACED_APART = LazyPattern(r"^(?:apart|aside)\b", re.I)
_ASKS_ANOTHER = LazyPattern(r"\b(?:other|others|else|another|also|too)\b", re.I)


def _asks_besides(question: str, m) -> bool:
    """Whether the "besides" words _BESIDES found (m) ask for what else there is."""
    before = question[:m.start()].rstrip()
    return not _PLACED_APART.match(m.group(0)) or not before or before.endswith((",", ";")) or \
        bool(_ASKS_ANOTHER.search(question))


def _besides(hits, rank: int, span: tuple[int, int], question: str, retriever: Retriever):
    """"Selain bawa ke Mahkamah Internasional, langkah apa lagi …?", "Besides separate vaccines, what other way …?":
    when the best unit says only what the question knows already, the answer is what the text says besides it: the
    other items of its list (with their lead-in), or the next sentence of its paragraph ("Cara lain adalah …"). None
    when the question asks no such thing or the unit answers it."""
    m = _BESIDES.search(question)
    if m is None or not _asks_besides(question, m):
        return None
    text = hits[rank - 1].chunk.text
    said = text[span[0]:span[1]]
    rest = question[:m.start()] + " " + question[m.end():]
    known = set(retriever.words(m.group(1))) | ({t for group in retriever.english_terms(m.group(1)) for t in group}
                                                if is_english(question) else set())
    known -= set(retriever.question_terms(rest))
    if not known & set(retriever.words(said)) or _says_other(said, known, retriever.words):
        return None
    items = item_spans(text)
    own = next((item for item in items if item[0] <= span[0] < item[1]), None)
    if own is not None and len(items) > 2:
        lead = _lead_in_before(text, items[0][0])
        return ([lead] if lead else []) + [_item_title(text, a, b, LIST_CHARS // len(items)) for a, b in items
                                           if (a, b) != own]
    after = _next_in_paragraph(text, span)
    return [(span[0], after[1])] if after is not None else None


def _stands_for(hits, weights: dict[str, float], tokenize) -> dict[str, set[str]]:
    """The token of each acronym the answer's passages define -> the tokens of the words it stands for, when the
    question says those words and not the acronym: a unit writing the acronym says them ("What does a Business
    Manager pharmacy handle?" over "… disebut sebagai Business Manager (BM) …" and "Apotek BM bertugas …")."""
    out: dict[str, set[str]] = {}
    for hit in hits:
        for acronym, words in spelt_out(hit.chunk.text):
            sides, token = [set(tokenize(w)) for w in words.split(" (")], tokenize(acronym)
            # the question says what it stands for, but a word in five at most ("behaviour" for "behavior"): a
            # sibling's "… directed toward individuals" is not "… directed toward the organization"
            if len(token) == 1 and token[0] not in weights and any(
                    len(side & weights.keys()) >= max(2, len(side) - len(side) // 5) for side in sides):
                out.setdefault(token[0], set()).update(*sides)
    return out


def _count_given(question: str, retriever: Retriever):
    """sentence -> whether it gives the count a "berapa / how many" question asks (quantity.gives_count: a number
    before the thing counted or a unit of the kind asked, "21 orang karyawan", "selama 7 hari"; a year counts nothing;
    the counter asked alone, "sebanyak 25 orang", quantity.gives_counter), or None when the question names no count."""
    count = asked_count(question)
    if count is None:
        return None
    terms = retriever.counted_terms(count.thing, is_english(question)) if count.thing else set()  # "years": "tahun"
    return lambda sentence: gives_count(sentence, count, terms, retriever.words) or gives_counter(sentence, count)


def _opening_list(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The titles of the items of the list a passage opens with (nothing before its first item) when the span lies in
    one of them; else []."""
    items = item_spans(text)
    if len(items) < 2 or text[:items[0][0]].strip() or not any(a <= span[0] < b for a, b in items):
        return []
    return [_item_title(text, a, b, LIST_CHARS // len(items)) for a, b in items]


def _near_tie(hits) -> bool:
    """The ranker gives the second passage at least SECOND_PASSAGE_SAID of the first's chance of holding the answer
    (its scores are the logits of one softmax over the passages): the second's best sentence is said too, in the place
    of the first passage's last when that one filled the answer."""
    return len(hits) > 1 and math.exp(hits[1].score - hits[0].score) >= SECOND_PASSAGE_SAID


def _other_item(hits, rank: int, span: tuple[int, int]):
    """Whether a unit lies in another item of the list the best unit (rank, span) is an item of."""
    items = item_spans(hits[rank - 1].chunk.text)
    own = next((item for item in items if item[0] <= span[0] < item[1]), None)
    return lambda r, s: own is not None and r == rank and not own[0] <= s[0] < own[1] and \
        any(a <= s[0] < b for a, b in items)


def _said(hits, rank: int, span: tuple[int, int]) -> str:
    return hits[rank - 1].chunk.text[span[0]:span[1]]


FOCUS_SHARE = 0.5  # how far below the best a sentence defining the very term asked about may still lead
_QUOTED = LazyPattern(r"[\"“”'‘’]([^\W\d_]+(?:[\s-][^\W\d_]+){0,3})[\"“”'‘’]")
_WORD_MEANING = LazyPattern(r"\b(?:makna|arti|maksud|pengertian|definisi)\s+(?:dari\s+)?"
                            rf"(?:{'|'.join(WORD_HEADS)})\s+([^\W\d_]+(?:-[^\W\d_]+)?)\b", re.I)


def _focus(question: str) -> str | None:
    """The term a definition question asks about: as the ranker reads it, else a quoted one ("Apa makna kata
    "tindak" dalam istilah tindak pidana?" -> "tindak"), else the word after "makna kata" / "arti istilah"."""
    m = _QUOTED.search(question) or _WORD_MEANING.search(question)
    return definition_focus(question) or (m.group(1) if m else None)


TYPO_MIN_LEN = 10  # a word this long one edit from the question's is the text misspelling it ("perundang-undanagan")
_WORD = LazyPattern(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _misspelled(long_words: dict[str, set[str]], sentence: str, own: set[str]) -> set[str]:
    """The tokens of the question's long words that the sentence writes with one letter wrong, missing or extra."""
    out = set()
    written = [w.lower() for w in _WORD.findall(sentence) if len(w) >= TYPO_MIN_LEN - 1]
    for word, tokens in long_words.items():
        if not tokens <= own and any(w != word and one_edit(word, w) for w in written):
            out |= tokens
    return out


# "Apa perbedaan X dan Y?", "Apa beda X dengan Y?", "What is the difference between X and Y?", "How does X differ
# from Y?", "What distinguishes X from Y?", "How do X and Y differ?": the two things compared (what follows "menurut"
# / "according to" is who says it, not a side)
_COMPARISON = (
    LazyPattern(r"\b(?:perbedaan|beda(?:nya)?|membedakan|dibedakan|bedakan|perbandingan|bandingkan|membandingkan|"
                r"differences?|distinguish(?:es|ed)?|separates?|compare[sd]?)\s+(?:antara\s+|between\s+)?(.+?)\s+"
                r"(?:dan|dengan|and|with|from|versus|vs\.?)\s+(.+)$", re.I),
    LazyPattern(r"^what\s+sets\s+(.+?)\s+apart\s+from\s+(.+)$", re.I),
    LazyPattern(r"^(?:how|in\s+what\s+ways?)\s+(?:do|does|did|are|is|were|was)\s+(.+?)\s+and\s+(.+?)\s+"
                r"(?:differ|different)\b", re.I),
    LazyPattern(r"^(?:how\s+(?:does|do|is|are)\s+)?(.+?)\s+(?:differs?|different)\s+from\s+(.+)$", re.I),
)
# Spoken Indonesian: "Apa bedanya pena sama pensil?", "Beda istilah tindak sama perbuatan …?" ("sama" for "dengan";
# "beda dari X" says how one thing differs, no pair), "kreativitas sama inovasi bedanya apa", "X vs Y … beda gimana?".
# A question comes here in standard words (indonesian.standard_words: "gimana" is "bagaimana", "aja" "saja", "sih" gone).
_SPOKEN_COMPARISON = (
    # (a question word after the pair, "apa saja", is a stop word: no side's)
    LazyPattern(r"\b(?:perbedaan|beda(?:nya)?|bedain|membedakan|perbandingan)\s+"
                r"(?!dari\b|(?:apa|bagaimana)(?:\s+ya)?\s+sama\b)(?:antara\s+)?(.+?)\s+sama\s+(.+?)\s*\??$", re.I),
    # "pemasar syariah beda gimana sama pemasar konvensional …", "Penelitian ini bedanya apa sama penelitian sebelumnya?"
    # (what a comma sets before the pair is the topic: "Soal etika, …")
    LazyPattern(r"^(?:[^,]+,\s*)?(.+?)\s+(?:beda|bedanya|berbeda)\s+(?:apa|bagaimana)(?:\s+ya)?\s+"
                r"(?:sama|dengan|dari)\s+(.+?)\s*\??$", re.I),
    LazyPattern(r"^(?:apa(?:kah)?\s+)?(.+?)\s+(?:sama|dan|dengan|vs\.?|versus)\s+(.+?)\s+(?:[\w-]+nya\s+)?"
                r"(?:bedanya|perbedaannya|berbeda|beda)\b", re.I),
)
_WHO_SAYS = LazyPattern(r"\s*,?\s*\b(?:menurut|according\s+to|in\s+the\s+text|dalam\s+teks)\b.*$", re.I)
_SIDE_WORD = LazyPattern(r"[^\W\d_]+")
# Stop words that describe, and so may be all that tells two sides apart ("autis sedang dengan autis ringan", "jangka
# panjang dan jangka pendek"): search drops them, a comparison's sides keep them
DESCRIBING = frozenset("sedang besar kecil baru lama awal akhir panjang khusus pertama kedua banyak sedikit atas bawah "
                       "luar".split())
# The words that set what follows against what came before ("Sedangkan Gesselschaft adalah …")
_AGAINST = r"sedangkan|sementara(?:\s+itu)?|adapun"
# A sentence naming both sides says what they are only when it sets them apart or defines
_CONTRAST = LazyPattern(rf"\b(?:{_AGAINST}|berbeda|perbedaan|bedanya)\b", re.I)


def compared(question: str) -> tuple[str, str] | None:
    """The words that tell apart the two things a comparison question names ("Apa perbedaan kerjasama bilateral dan
    multilateral?" -> ("bilateral", "multilateral")), or None. Words both sides share are the thing compared, not a
    side; a side named with fewer words leaves out that shared head ("loop terbuka dengan loop tertutup", "sistem
    kendali loop terbuka dengan loop tertutup"), which Indonesian puts first and English last."""
    text = question.strip()
    for pattern in _COMPARISON + _SPOKEN_COMPARISON:
        m = pattern.search(text)
        if m:
            break
    else:
        return None
    english = is_english(question)
    stops = ENGLISH_STOP if english else search_stop_words() - DESCRIBING  # "peran ibu": a side's word, as searched
    first, second = m.groups()
    if not english:
        second = _without_shared_tail(first, second)
    x, y = ([w.lower() for w in _SIDE_WORD.findall(_WHO_SAYS.sub("", side)) if w.lower() not in stops]
            for side in (first, second))
    n = min(len(x), len(y))
    if n == 0:
        return None
    x, y = (x[:n], y[:n]) if english else (x[-n:], y[-n:])
    own_x, own_y = [w for w in x if w not in y], [w for w in y if w not in x]
    return (" ".join(own_x), " ".join(own_y)) if own_x and own_y else None


# A phrase closing the second side (a place, a field, a condition) is said of both sides when the first has none of
# its kind: "jabatan nabi dengan jabatan imam di Israel", "autis sedang dengan autis ringan kalau dipanggil namanya"
_SHARED_TAIL = LazyPattern(r"\s(di|dalam|pada|kalau|jika|bila|apabila|ketika|saat|sewaktu|untuk|buat|bagi|terhadap|"
                           r"(?:dari|dilihat dari|ditinjau dari) (?:segi|sisi))\s.*$", re.I)


def _without_shared_tail(first: str, second: str) -> str:
    """The second side of an Indonesian comparison without the phrase it shares with the first ("jabatan imam di
    Israel" -> "jabatan imam"); kept when the first side has a phrase of that kind too ("… di Indonesia dengan … di
    Belanda": a side each)."""
    m = _SHARED_TAIL.search(second)
    if m is None or re.search(rf"\b{m.group(1)}\b", first, re.I):
        return second
    return second[:m.start()]


def _side_terms(sides: tuple[str, str], question: str, retriever: Retriever) -> tuple[set[str], set[str]]:
    """Each side's words as the text's search terms (an English side also through the text's own words for it)."""
    english = is_english(question)
    return tuple(set(retriever.words(side)) | _described(side) | (
        {t for group in retriever.english_terms(side) for t in group} if english else set()) for side in sides)


def _described(text: str) -> set[str]:
    """The describing stop words of a text (DESCRIBING), which its search tokens leave out."""
    return {w for w in _SIDE_WORD.findall(text.lower()) if w in DESCRIBING}


def _both_sides(chosen, scored, hits, terms: tuple[set[str], set[str]], tokenize):
    """A comparison's answer says what the text says of each side: a side no chosen sentence speaks of gets the best
    sentence that does (in the place of a chosen one speaking of neither when the answer is full)."""
    def speaks_of(rank, span) -> set[int]:
        sentence = hits[rank - 1].chunk.text[span[0]:span[1]]
        words = set(tokenize(sentence)) | _described(sentence)
        held = {n for n, side in enumerate(terms) if words & side}
        return held if len(held) < 2 or _CONTRAST.search(sentence) or _DEFINING.search(sentence) else set()

    for side in (0, 1):
        if any(side in speaks_of(r, s) for r, s in chosen):
            continue
        extra = next(((r, s) for score, r, s in scored if score > 0 and side in speaks_of(r, s)
                      and not any(r == c and s[0] < cs[1] and cs[0] < s[1] for c, cs in chosen)), None)
        if extra is None:
            continue
        if len(chosen) >= MAX_SENTENCES:
            idle = [n for n, c in enumerate(chosen) if not speaks_of(*c)]
            if not idle:
                continue
            del chosen[idle[-1]]
        chosen.append(extra)
    return chosen


SHORT_DEFINITION = 160  # a one-sentence answer this short may leave what is asked to the next sentence
# A sentence saying again what the one before it said ("Dengan demikian pada sistem kendali ini, …")
_RESTATES = LazyPattern(rf"^(?:{_THUS}|dengan\s+kata\s+lain|artinya)\b", re.I)
# … or defining the same term again, the term its subject ("Secondary Group sebagai kelompok-kelompok …")
_DEFINES_AGAIN = LazyPattern(rf"^((?:[^\W\d_][\w-]*\s+){{1,4}}?)(?:{COPULA}|sebagai|diartikan|didefinisikan)\b", re.I)


def _with_what_it_goes_on(hits, rank: int, span: tuple[int, int], terms: list[set[str]], tokenize,
                          defining: bool = True):
    """A definition whose first sentence is a short defining one ("Secondary Group merupakan kebalikan dari Primari
    Group.") says it with the next sentence of its paragraph when that one defines the term again, the term its
    subject ("Secondary Group sebagai kelompok-kelompok yang besar …"), or says the same again ("Dengan demikian
    …"), whatever the answer says after it (another passage's sentence). A next sentence that only names the term
    ("LCD sudah digunakan …"), refers back ("Rendahnya tingkat kecerdasan itu …") or sums up others ("Dari ketiga
    pendapat tersebut …") is left out. Any other answer's first sentence (defining=False: `terms` are the question's
    words one by one) goes on the same way: "Menurut Hadis … Komplikasi … juga ditemukan pada anak autistik." /
    "Komplikasi yang sering terjadi ialah …"."""
    text = hits[rank - 1].chunk.text
    sentence = text[span[0]:span[1]].rsplit("\n", 1)[-1]  # without a short heading said with it
    after = _next_in_paragraph(text, span)
    if after is not None and not defining and _names_announced(sentence, text[after[0]:after[1]], tokenize):
        return rank, (span[0], after[1])
    if len(sentence.strip()) > SHORT_DEFINITION or defining and not _DEFINING.search(sentence):
        return rank, span
    if after is None:
        return rank, span
    going_on = text[after[0]:after[1]]
    again = _DEFINES_AGAIN.match(going_on)
    subject = set(tokenize(again.group(1))) if again else set()
    if _RESTATES.match(going_on) or _FINISHES.match(going_on) or any(t and t <= subject for t in terms):
        return rank, (span[0], after[1])
    # "… memiliki dua peran yaitu sebagai penemu dan sebagai perencana." / "Sebagai penemu wirausaha menemukan …":
    # the next sentence opens with the one of those the question asks about (not with what all of them are: "Apotek")
    named = _NAMES_THEM.search(sentence)
    if named:
        own = set(tokenize(named.group(1))) - set(tokenize(sentence[:named.start()]))
        if any(t and t <= own & set(tokenize(" ".join(going_on.split()[:OPENING_WORDS]))) for t in terms):
            return rank, (span[0], after[1])
    return rank, span


# A sentence naming what the one before it announces: "... terjadi suatu peristiwa yang amat penting ..." /
# "Peristiwa tersebut adalah kepindahan ..."
_NAMES_ANNOUNCED = LazyPattern(r"^([^\W\d_]+)\s+(?:tersebut|itu)\s+(?:adalah|ialah|yaitu|yakni|berupa|merupakan)\b",
                               re.I)
_ANNOUNCES = LazyPattern(r"\b(?:suatu|sebuah|seorang|satu|beberapa|berbagai)\s+([^\W\d_]+)", re.I)


def _names_announced(sentence: str, going_on: str, tokenize) -> bool:
    """The next sentence says what this one announces without naming it ("suatu peristiwa yang amat penting" /
    "Peristiwa tersebut adalah ..."): whatever this one's length, the answer is in the next."""
    named = _NAMES_ANNOUNCED.match(going_on)
    return bool(named) and any(set(tokenize(m.group(1))) == set(tokenize(named.group(1))) != set()
                               for m in _ANNOUNCES.finditer(sentence))


def _alone_goes_on(hits, rank: int, span: tuple[int, int], asked: set[str], tokenize,
                   defining: bool = False) -> tuple[int, int]:
    """An answer that is one short sentence alone (SHORT_DEFINITION characters at most) is said with the next sentence
    of its paragraph when that one goes on about it: it names it back ("Teguran yang kedua …" / "Teguran kali ini
    disampaikan melalui isterinya …", "… penting karena …" / "Selain itu juga, tanaman memiliki manfaat …") or says
    a word of the question the sentence does not ("Templating engine, adalah program …" / "Laravel sendiri memiliki
    templating engine … bernama blade"). A longer answer, or one of several sentences, says enough already: only
    where the answer is this short does the next sentence cost little (bench/answer_sentences.py). A sentence of the
    form a kind asks ("Pesertanya tercatat sebanyak 25 orang." for "berapa") is the answer whole (the caller's
    check). A definition answering a question that asks something else of its term (not `defining`) goes on with a
    next sentence opening with that term (_term_goes_on: "Server adalah …" / "Server didukung dengan prosesor …")."""
    text = hits[rank - 1].chunk.text
    below = _line_going_on(text, span) if span[1] - span[0] <= SHORT_DEFINITION else None
    if below is not None:
        return rank, (span[0], below[1])
    after = _next_in_paragraph(text, span) if span[1] - span[0] <= SHORT_DEFINITION else None
    if after is None:
        return rank, span
    going_on = text[after[0]:after[1]]
    new = asked & set(tokenize(going_on)) - set(tokenize(text[span[0]:span[1]]))
    return (rank, (span[0], after[1])) if new or _NAMES_BACK.match(going_on) or not defining and _term_goes_on(
        text[span[0]:span[1]], going_on) else (rank, span)


# A line whose subject is the line above it, as notes write it: "• Munculnya kenakalan remaja" / "• Disebabkan oleh
# kurangnya pengawasan …", "Dipengaruhi oleh …"
_SUBJECT_ABOVE = LazyPattern(r"^di[a-z]{3,}\s+oleh\b", re.I)


def _line_going_on(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The unit on the next line when it goes on from this one without a subject of its own (_SUBJECT_ABOVE)."""
    below = next((u for u in units(text) if u[0] >= span[1]), None)
    if below is None or text[span[1]:below[0]].count("\n") != 1:
        return None
    return below if _SUBJECT_ABOVE.match(LIST_ITEM.sub("", text[below[0]:below[1]]).strip()) else None


def _term_goes_on(sentence: str, going_on: str) -> bool:
    """A definition ("Server adalah sebuah sistem komputer …") whose next sentence opens with the term it defines
    ("Server didukung dengan prosesor …"): what the text says of the term after saying what it is. Said with it for a
    question that asks something else of the term than what it is."""
    defined = _DEFINES_AGAIN.match(sentence.rsplit("\n", 1)[-1].strip())
    term = " ".join(defined.group(1).split()).lower() if defined else ""
    return bool(term) and " ".join(going_on.split()[:len(term.split()) + 1]).lower().startswith(term + " ")


# A sentence naming the things it goes on to say one by one ("… yaitu sebagai penemu dan sebagai perencana.")
_NAMES_THEM = LazyPattern(r"\b(?:yaitu|yakni|antara lain|meliputi|terdiri (?:atas|dari)|namely)\b([^.;:]*\b(?:dan|serta|atau|"
                          r"and|or)\b[^.;:]*)", re.I)
OPENING_WORDS = 3


# A sentence the text opens with what the one before it brings about: the rest of that sentence, written as two ("…
# mengawasi rumah dari jarak jauh." / "Sehingga kita tidak perlu khawatir meninggalkan rumah.")
_FINISHES = LazyPattern(r"^sehingga\b", re.I)


# A sentence turning from what the one before it surveys to the one thing it picks out
_TURNS = LazyPattern(r"^(?:namun|adapun|akan tetapi|tetapi)\b", re.I)


def _with_its_turn(text: str, span: tuple[int, int], asked: set[str], tokenize) -> tuple[int, int]:
    """A sentence naming many ("ERD memiliki beberapa aliran notasi seperti notasi Chen, Barker, …", "Banyak istilah
    yang digunakan …") is said with the next of its paragraph when that one turns to the one asked about ("Namun yang
    banyak digunakan adalah notasi dari Chen.", "Adapun istilah yang resmi digunakan di Indonesia adalah …") and says
    a word of the question. Seen in two documents: paybarina's ERD notations, tunagrahita's official term."""
    after = _next_in_paragraph(text, span)
    turn = text[after[0]:after[1]] if after is not None else ""
    if not _TURNS.match(turn) or is_lead_in(turn) or not asked & set(tokenize(turn)):
        return span  # "Adapun beberapa ahli mendefinisikan … sebagai berikut :" turns to a list, not to the one
    return span[0], after[1]


def _next_in_paragraph(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence after a span in the same paragraph (no line break between them), or None."""
    after = next((u for u in units(text) if u[0] >= span[1]), None)
    return None if after is None or "\n" in text[span[1]:after[0]] else after


def _before_in_paragraph(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence before a span in the same paragraph (no line break between them), or None."""
    before = [u for u in units(text) if u[1] <= span[0] and "\n" not in text[u[1]:span[0]]]
    return before[-1] if before else None


# A sentence setting the other side against the one before it
_SETS_AGAINST = LazyPattern(rf"^(?:{_AGAINST}|berbeda\s+dengan|lain\s+halnya)\b", re.I)


def _going_on(chosen, hits, terms: tuple[set[str], set[str]], tokenize):
    """A comparison's sentence saying one side only is said with the next sentence of its paragraph when that one
    goes on about the same side ("Sistem kendali loop tertutup adalah …" / "Yang menjadi ciri dari sistem pengendali
    tertutup adalah …") or sets the other side against it ("… Gemeinschaft adalah …" / "Sedangkan Gesselschaft adalah
    …"): what tells the two apart is often that next sentence, not the one naming the side first."""
    def sides_of(sentence: str) -> set[int]:
        words = set(tokenize(sentence)) | _described(sentence)
        return {n for n, side in enumerate(terms) if words & side}

    out = []
    for rank, span in chosen:
        text = hits[rank - 1].chunk.text
        held = sides_of(text[span[0]:span[1]])
        after = _next_in_paragraph(text, span)
        if len(held) == 1 and after is not None and not any(
                r == rank and s[0] < after[1] and after[0] < s[1] for r, s in chosen):
            sentence = text[after[0]:after[1]]
            if _SETS_AGAINST.match(sentence) or sides_of(sentence) == held:
                span = (span[0], after[1])
        out.append((rank, span))
    return out


def _joined(chosen, hits):
    """A sentence continuing one said before it in the answer (the next in its paragraph) is said with it, as one
    segment with one mark ("A. B. [1]", not "A. [1] B. [1]"): a span the text writes over two sentences stays whole.
    A sentence the text puts before a better one stays apart, so the best still leads."""
    out: list[tuple[int, tuple[int, int]]] = []
    for rank, span in chosen:
        text = hits[rank - 1].chunk.text
        n = next((n for n, (r, s) in enumerate(out) if r == rank and _continues(text, s, span)), None)
        if n is None:
            out.append((rank, span))
            continue
        out[n] = (rank, (out[n][1][0], span[1]))
        m = next((m for m in range(n + 1, len(out)) if out[m][0] == rank and _continues(text, out[n][1], out[m][1])),
                 None)
        if m is not None:  # the sentence between two said ones joins all three
            out[n] = (rank, (out[n][1][0], out[m][1][1]))
            del out[m]
    return out


def _continues(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """True when `after` starts where `before` ends, with only spaces (no line break) between them."""
    gap = text[before[1]:after[0]]
    return before[1] <= after[0] and not gap.strip() and "\n" not in gap


_PRONOUN = LazyPattern(rf"^(?:{_PRONOUNS})\b", re.I)
# A subject that only points back ("Hal ini …", "Untuk itu …"): what it says is of the sentence before it
_ONLY_POINTS_BACK = LazyPattern(r"^(?:hal|untuk)\s+(?:ini|itu|tersebut)(?:lah)?\b", re.I)


def _with_who_it_is(chosen, hits):
    """"Ia disebut sebagai Bapak Biologi." names no one: a sentence opening with a pronoun is said with the sentence
    before it in its paragraph (the one naming who it is), unless that one is said already. So is the answer's first
    sentence when it opens pointing back and naming nothing ("Untuk ini negara dilengkapi dengan alat-alat
    pertahanan." says what the one before, "Pertahanan, hal ini diperlukan untuk …", is for; "Hal ini …"), whose
    words it was scored with (_REFERS_BACK); not "Model ini …", "Penelitian ini …", which name what they speak of."""
    out = []
    for n, (rank, span) in enumerate(chosen):
        text = hits[rank - 1].chunk.text
        sentence = text[span[0]:span[1]]
        back = _PRONOUN.match(sentence) or n == 0 and _ONLY_POINTS_BACK.match(sentence)
        before = _before_in_paragraph(text, span) if back else None
        if before and not any(r == rank and s[0] <= before[0] < s[1] for r, s in chosen + out):
            span = (before[0], span[1])
        out.append((rank, span))
    return out


def _said_of(text: str, spans, titles, cited_in, tokenize) -> list[tuple[set[str], set[str]]]:
    """For each unit: the words it says (its own, its item's title, the authors cited on its line) and the words it
    refers back to ("Saluran ini …", "Ia …", "Istilah ini, karena …" are said of what the unit before names; a
    short list with its lead-in, added after the sentences, follows none)."""
    out, before = [], (0, set())  # the end and the words of the unit before
    lead, style = set(), None  # the words of a lead-in just said, and the marker of the items it introduces
    for span in spans:
        sentence = text[span[0]:span[1]]
        # An item's title ("5. Kline (1973)") is said of every sentence under it, not only the first (and of a list
        # nested under it), and a citation closing a quotation of every sentence of it.
        title = " ".join(text[a:b] for a, b, end in titles if a <= span[0] < end)
        own = set(tokenize(sentence)) | set(tokenize(title)) | cited_in(span[0])
        in_order = span[0] >= before[0]
        got = before[1] - own if in_order and _REFERS_BACK.match(sentence) else set()
        if in_order:
            # "Untuk menghitung X, digunakan persamaan berikut:" says what the formulas it introduces compute
            # ("1) … : NPM = Laba : Penjualan"), up to the first line that is not an item of that kind
            marker = LIST_MARKER.match(sentence)
            shape = marker and marker_kind(sentence)  # "1)" and "2)" are one kind
            if lead and shape and style in (None, shape):
                got, style = got | (lead - own if _FORMULA.search(sentence) else set()), shape
            else:
                lead, style = (own, None) if is_lead_in(sentence) and not marker else (set(), None)
            before = (span[1], own | got)
        out.append((own, got))
    return out


def _with_column_names(chunk, spans, said, weights, tokenize) -> list[tuple[set[str], set[str]]]:
    """In a table, the rows the question names say what their columns' names say ("Berapa composite reliability
    iklim organisasi?": the row "Iklim Organisasi | 0.857 | 0.787" under "Variabel | Composite Reliability |
    Cornbachs Alpha"; every row when it names none), and the header row alone says nothing: a question about a
    table is answered with the row it asks about. A row says what the index's part of it says beside its columns'
    names (chunking.said_rows): the label of the group it stands under ("Pendidikan" over "S1 | 25 | 25"), and in a
    table of numbered records the row opening its record ("Penelitian terdahulu Nur Fuanzen judulnya apa?": the row
    " | Judul | Strategi …" under "1 | Peneliti | Nur Fuanzen")."""
    rows = table_rows(chunk.text)
    if not rows:
        return said
    headers = {h.strip() for h in row_headers(chunk, rows)}
    names = {t for header in headers for t in tokenize(header)}
    row_said = dict(zip(rows, said_rows(chunk, rows)))
    said = [(own, got | (set(tokenize(row_said[row])) - own - names) if row in row_said else got)
            for span, (own, got) in zip(spans, said) for row in [_row_at(rows, span)]]
    body = [n for n, span in enumerate(spans)
            if _row_at(rows, span) and chunk.text[span[0]:span[1]].strip() not in headers]
    named = [n for n in body if any(weights.get(t, 0.0) > 0 for t in said[n][0] - names)] or body
    out = []
    for n, ((a, b), (own, got)) in enumerate(zip(spans, said)):
        if chunk.text[a:b].strip() in headers:
            out.append((set(), set()))
        elif n in named:
            out.append((own, got | (names - own)))
        else:
            out.append((own, got))
    return out


def _table_row(chunk, span: tuple[int, int]) -> str | None:
    """A table's body row said with its columns' names, or None when the span is no such row."""
    if chunk is None:
        return None
    rows = table_rows(chunk.text)
    row = _row_at(rows, span)
    if row is None:
        return None
    header = row_headers(chunk, rows)[rows.index(row)]
    if header and chunk.text[row[0]:row[1]].strip() == header.strip():
        return None
    return said_rows(chunk, rows)[rows.index(row)]


def _cell_sentence(chunk, span: tuple[int, int]) -> str | None:
    """A sentence of a table's row too long to share a passage, said with the row's label and its column's name
    ("Metodologi Penelitian; Media Effects and Society: Sangat bergantung …"), not as a lone cell ("| Sangat …")."""
    return None if chunk is None else said_in_row(chunk, span)


def _row_at(rows: list[tuple[int, int]], span: tuple[int, int]) -> tuple[int, int] | None:
    """The table row a unit stands in (a unit starts after the row's leading space: " | K3 | 0.601")."""
    return next((r for r in rows if r[0] <= span[0] and span[1] <= r[1]), None)


# A verb the stop list drops ("ditunjukkan", "digunakan", "bekerja": ranker.verb_form) still says what a question
# asks; the stop words of that shape that only frame a question or link a sentence ("dimaksud", "menurut", "menjadi",
# "mengenai", "tersebut") or are a doubled word ("bersama-sama", "berturut-turut", "bertanya-tanya") say nothing of it.
_FRAME_WORDS = frozenset("""berapakah berapalah berapapun berarti berbagai berikut berikutnya berkenaan bermacam bermaksud
bersama berturut diantara diantaranya dimaksud dimaksudkan dimaksudkannya dimaksudnya dipunyai dirinya disini disinilah
melainkan melalui memang mempunyai mengapa mengenai menjadi menuju menurut menyangkut menyeluruh mereka merekalah
merupakan meskipun terakhir terbanyak terdahulu terdapat terhadap terhadapnya terlalu terlebih termasuk ternyata tersebut
tersebutlah tertentu terutama""".split())


def _verbs(text: str, stem) -> set[str]:
    """The stems of the verbs in a text that the stop list drops."""
    stops = stop_words()
    return {stem(w) for w in _WORD.findall(text.lower())
            if w in stops and w not in _FRAME_WORDS and "-" not in w and verb_form(w)}


def _with_its_example(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A sentence naming what an example is asked of, with the next one in its paragraph when that one gives the
    example ("Contohnya: …", "misalnya …"); an example opening its sentence ("Contohnya: klik …" names no X) with
    the one before it."""
    if _GIVES_EXAMPLE.match(text[span[0]:span[1]]):
        before = _before_in_paragraph(text, span)
        return (before[0], span[1]) if before else span
    after = _next_in_paragraph(text, span)
    return (span[0], after[1]) if after and _EXAMPLE.search(text[after[0]:after[1]]) else span


_GIVES_EXAMPLE = LazyPattern(r"(?:contoh\w*|misalnya|umpamanya|sebagai contoh)\b", re.I)


def _with_its_reason(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """"Matematika sering disebut ilmu deduktif." answers "mengapa" only with the sentence before it that gives the
    reason: a sentence without "karena", "sebab", "sehingga" … is said together with the one before it, and so is one
    that opens on what came before ("Sehingga …", "Hal ini …"). A next sentence of the paragraph opening with the
    reason ("Karena mereka hanya …") is said too; a sentence without a reason goes on with the next one instead when
    that one gives it ("Stres … tetap saja dirasakan …" / "Stres … terjadi karena tekanan …")."""
    said = text[span[0]:span[1]]
    after = _next_in_paragraph(text, span)
    going_on = text[after[0]:after[1]] if after is not None else ""
    if _REASON_OPENS.match(going_on):
        span = (span[0], after[1])
    if _BECAUSE.search(said) and not _CONSEQUENCE_OPENS.match(said):
        return span
    if not _REASON_OPENS.match(going_on) and _BECAUSE.search(going_on) and not _CONSEQUENCE_OPENS.match(going_on):
        return span[0], after[1]
    before = _before_in_paragraph(text, span)
    return (before[0], span[1]) if before else span


def _with_who_says_it(chunk, span: tuple[int, int]) -> tuple[int, int]:
    """A unit naming no one, under the lead-in line that names who says it ("Perbuatan Pidana menurut Wirjono
    Prodjodikoro (2002: 14) menyebutkan:" over "Hukum merupakan …"), said with that lead-in: it answers "siapa"."""
    text = chunk.text
    if _names_someone(chunk, span):
        return span
    before = [u for u in units(text) if u[1] <= span[0]]
    if not before or text[before[-1][1]:span[0]].count("\n") > 1 or not is_lead_in(text[before[-1][0]:before[-1][1]]):
        return span
    return (before[-1][0], span[1]) if _names_someone(chunk, before[-1]) else span


def _names_someone(chunk, span: tuple[int, int]) -> bool:
    """The unit holds a citation or a name with a year ("Wirjono Prodjodikoro (2002")."""
    return any(span[0] <= c.start - chunk.start < span[1] for c in chunk.citations) or \
        bool(_NAMED.search(chunk.text[span[0]:span[1]]))


def _with_what_it_follows(hits, rank: int, span: tuple[int, int], chosen) -> tuple[int, int]:
    """A further sentence of a why answer opening on what came before ("Hal ini menyarankan …") is said with the one
    before it in its paragraph (what it follows from), unless that one is said already."""
    text = hits[rank - 1].chunk.text
    before = _before_in_paragraph(text, span) if _CONSEQUENCE_OPENS.match(text[span[0]:span[1]]) else None
    if before is None or any(r == rank and s[0] <= before[0] < s[1] for r, s in chosen):
        return span
    return before[0], span[1]


# A sentence saying what follows from the one before it, and one giving the reason for the one before it
_CONSEQUENCE_OPENS = LazyPattern(rf"^(?:sehingga|maka|akibatnya|oleh (?:karena|sebab) itu|karena itu|{_THUS}|"
                                 r"hal (?:ini|itu|tersebut))\b", re.I)
_REASON_OPENS = LazyPattern(r"^(?:karena|sebab|disebabkan)\b", re.I)


DENSE_SHARE = 0.3  # how much a sentence's own vector (already in the index) counts beside the words it shares
DENSE_SHARE_ENGLISH = 0.5  # … for an English question (EXTRA_ENGLISH says why)


def _blend(found, share: float = DENSE_SHARE):
    """(score, rank, span): shared words and the sentence's similarity to the question (`share` of the score), each
    scaled to its best."""
    top_overlap = max(o for o, *_ in found) or 1.0
    sims = [m for _, m, *_ in found if m is not None]
    low, high = (min(sims), max(sims)) if sims else (0.0, 0.0)
    out = []
    for overlap, meaning, weight, rank, span in found:
        dense = (meaning - low) / (high - low) if meaning is not None and high > low else 0.0
        out.append((((1 - share) * overlap / top_overlap + share * dense) * weight, rank, span))
    return out


# What a (question, unit) pair looks like to the fitted sentence scorer (bench/fit_sentences.py); each 0 when it does
# not apply. "blend" is the rule's own score (shared words and meaning, _blend) before the kind weights.
SENTENCE_FEATURES = (
    "log_blend", "overlap", "dense", "second_passage", "says_little", "whole_list",
    "definition_defining", "definition_defines_term", "why_reason", "formula_formula", "time_time", "number_number",
    "place_place", "purpose_purpose", "purpose_states", "person_named", "defining", "reason", "number", "time", "place", "first_unit", "position",
    "refers_back", "names_asked", "log_length",
)


def _traits(kind, sentence, span, cited, weights, tokenize, rank, says_little, whole_list, position, refers_back,
            names_asked) -> dict[str, float]:
    """The kind-level facts of a unit for the fitted scorer (sentence_features adds the shared words and meaning)."""
    defining, reason = bool(_DEFINING.search(sentence)), bool(_BECAUSE.search(sentence))
    number, time_, place = bool(_NUMBER.search(sentence)), bool(_TIME.search(sentence)), bool(_PLACE.search(sentence))
    return {
        "second_passage": float(rank > 1), "says_little": float(says_little), "whole_list": float(whole_list),
        "definition_defining": float(kind == "definition" and defining),
        "definition_defines_term": float(kind == "definition" and _defines(sentence, weights, tokenize)),
        "why_reason": float(kind == "why" and reason),
        "formula_formula": float(kind == "formula" and bool(_FORMULA.search(sentence))),
        "time_time": float(kind == "time" and time_), "number_number": float(kind == "number" and number),
        "place_place": float(kind == "place" and place),
        "purpose_purpose": float(kind == "purpose" and bool(_PURPOSE.search(sentence))),
        "purpose_states": float(kind == "purpose" and bool(_STATES_PURPOSE.search(sentence))),
        "person_named": float(kind == "person" and (any(span[0] <= a < span[1] for a, _ in cited)
                                                    or bool(_NAMED.search(sentence)))),
        "defining": float(defining), "reason": float(reason), "number": float(number), "time": float(time_),
        "place": float(place), "first_unit": float(position == 0), "position": position,
        "refers_back": float(refers_back), "names_asked": float(names_asked),
        "log_length": math.log1p(len(sentence)) / math.log(300.0),
    }


def sentence_features(found, traits) -> np.ndarray:
    """One row per unit, in SENTENCE_FEATURES order."""
    top_overlap = max(o for o, *_ in found) or 1.0
    sims = [m for _, m, *_ in found if m is not None]
    low, high = (min(sims), max(sims)) if sims else (0.0, 0.0)
    rows = []
    for (overlap, meaning, *_), trait in zip(found, traits):
        dense = (meaning - low) / (high - low) if meaning is not None and high > low else 0.0
        share = overlap / top_overlap
        rows.append([math.log(0.01 + (1 - DENSE_SHARE) * share + DENSE_SHARE * dense), share, dense]
                    + [trait[name] for name in SENTENCE_FEATURES[3:]])
    return np.array(rows, dtype=np.float64)


@dataclass(frozen=True)
class SentenceModel:
    version: str
    weights: np.ndarray  # in SENTENCE_FEATURES order
    extra: float  # a further unit joins when its probability is at least this share of the best's


SENTENCE_PARAMETERS = Path(__file__).resolve().parents[1] / "data" / "sentences.json"


def load_sentence_model(path: str | Path) -> SentenceModel | None:
    """The fitted scorer from its parameter file (written by bench/fit_sentences.py); None (the hand-set rule decides)
    for an empty path or a missing file."""
    if not str(path) or not Path(path).is_file():
        return None
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    weights = np.array([data["weights"].get(name, 0.0) for name in SENTENCE_FEATURES], dtype=np.float64)
    return SentenceModel(data["version"], weights, float(data["extra"]))


# TELUSUR_SENTENCES names another parameter file, or "" for the hand-set rule (benchmarks compare the two).
SENTENCE_MODEL = load_sentence_model(os.environ.get("TELUSUR_SENTENCES", SENTENCE_PARAMETERS))


def _fitted(found, traits, model: SentenceModel):
    """(score, rank, span): the fitted scorer's probability of each unit over the best one's (1 for the best)."""
    logits = sentence_features(found, traits) @ model.weights
    scores = np.exp(logits - logits.max())
    return [(float(p), rank, span) for p, (*_, rank, span) in zip(scores, found)]


def _said_per_line(hit: Hit, tokenize, named: set[str]):
    """offset -> the tokens of the authors cited on the same line (paragraph) of the passage, and of the names the
    question asks about that the line writes: "Apa yang dimaksud dengan X menurut Y?" asks for the defining sentence
    of a paragraph about Y, not for the sentence that names Y. A paragraph citing two or more ("Menurut Organ et al.
    (2006) … Sejalan dengan Tosi dalam Cahyono (2015) …") gives each one the sentences from the one citing them to
    the one citing the next (the sentences before the first cited, the first's)."""
    text, start = hit.chunk.text, hit.chunk.start
    said: list[tuple[int, int, set[str]]] = []  # (start, end, tokens) of each line, or of each run of a line's sentences
    for a, b, _ in line_spans(text):
        names = named & set(tokenize(text[a:b])) if named else set()
        cited = [(c.start - start, set(tokenize(f"{c.authors_text} {c.via or ''}"))) for c in hit.chunk.citations
                 if a <= c.start - start <= b]
        runs: list[tuple[int, set[str]]] = []  # (start, authors) of each sentence citing others than the one before
        for x, y in sentence_spans(text, a, b) if len(cited) > 1 else ():
            authors = set().union(*(t for at, t in cited if x <= at <= y))
            if authors and (not runs or runs[-1][1] != authors):
                runs.append((x, authors))
        if len(runs) < 2:
            said.append((a, b + 1, names.union(*(t for _, t in cited))))
            continue
        uncited = names - set().union(*(t for _, t in runs))  # a name asked that no one cited here is: the line's
        ends = [x for x, _ in runs[1:]] + [b + 1]
        said += [(a if n == 0 else x, end, uncited | t) for n, ((x, t), end) in enumerate(zip(runs, ends))]

    def cited_in(offset: int) -> set[str]:
        return next((t for a, b, t in said if a <= offset < b), set())

    return cited_in


def _part_meaning(query: np.ndarray | None, hit: Hit, retriever: Retriever):
    """span -> similarity of the question to the indexed part (sentence or list item) the span starts in (the
    passage's own similarity when it has no parts, the best item's for a list's lead-in)."""
    parts = retriever.part_scores(hit.chunk, query)
    if parts is None:
        return lambda span: hit.dense  # a passage without parts is one sentence or one short paragraph

    lead_in = max(sim for _, sim in parts)  # a list's lead-in ("…, yaitu:") is in every item's row

    def meaning(span):
        inside = [sim for (a, b), sim in parts if a <= span[0] < b or span[0] <= a < span[1]]
        return max(inside) if inside else lead_in if is_lead_in(hit.chunk.text[span[0]:span[1]]) else None

    return meaning


# What a time, a number, a place is written with: the sentence that has it answers "kapan", "berapa", "di mana".
# (a year before 1000 as the text writes it too: "tahun 515 SM", "622 Masehi")
# "salah satu" (one of) and "satu-satunya" (the only) give no number
# an ordinal ranks, it gives no amount ("terluas ke-7", "ke 2"): its digits are no number asked
_NUMBER = LazyPattern(r"(?<!\d)(?<!ke-)(?<!ke )\d|\b(?:(?<!salah )satu(?!-)|dua|tiga|empat|lima|enam|tujuh|delapan|"
                      r"sembilan|sepuluh|sebelas|\w+puluh|\w*ratus|\w*ribu|juta|miliar|setengah|separuh)\b", re.I)
# ... a place by a verb saying where something is, whatever case its name is in: "terletak", "berada", "terdapat di",
# "beralamat di jalan …" ("terdapat" alone says there is: "Terdapat tiga jenis …")
_PLACE = LazyPattern(r"\b(?:[Dd]i|[Kk]e|[Dd]ari)\s+(?:[a-z]+\s+){0,2}[A-Z]|\b(?:terletak|berada|berlokasi|bertempat)\b|"
                     r"\b(?:[Tt]erdapat|[Bb]eralamat|[Dd]itemukan)\s+(?:di|pada)\b")
_EXAMPLE = LazyPattern(r"\b(?:contoh\w*|misalnya|umpamanya|seperti|antara lain)\b", re.I)
_DEFINING = LazyPattern(r"\b(?:adalah|ialah|merupakan|berarti|artinya|diartikan|didefinisikan|dimaksud|dirumuskan|"
                        r"mengartikan|mendefinisikan|disebut)\b", re.I)
# A reason, as a textbook writes it and as a note in chat does ("Biar hemat air", "soalnya ..."), and what a thing is
# set by ("Perbedaan tersebut ditentukan oleh ukuran bola", "bergantung pada suhu")
_BECAUSE = LazyPattern(r"\b(?:karena|sebab|disebabkan|oleh karena|sehingga|agar|supaya|maka|akibat|diakibatkan|biar|"
                       r"soalnya|makanya|(?:ditentukan|dipengaruhi)\s+(?:\w+\s+)?oleh|[bt]ergantung\s+(?:pada|dari))\b",
                       re.I)
# What a purpose is written with ("X bertujuan agar …", "… digunakan untuk …"), and a sentence saying it is one
_PURPOSE = LazyPattern(r"\b(?:bertujuan|tujuan\w*|agar|supaya|guna|demi|untuk|berfungsi|dimaksudkan|dimanfaatkan|"
                       r"digunakan|dipakai|in order to|"
                       r"so that|aims?|purpose)\b", re.I)
_STATES_PURPOSE = LazyPattern(r"\b(?:bertujuan|tujuannya|berfungsi|fungsinya|dimaksudkan|aims? to|in order to)\b", re.I)
_FORMULA = LazyPattern(r"[=×÷]|\b\w+\s*/\s*\w+\b")
_NAMED = LazyPattern(rf"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z.]+|dan|&|dkk\.?))*\s*\(\s*{YEAR_DIGITS}")
KIND_BONUS = 1.4
ANSWER_FORM_BONUS = 1.4


def _defines(sentence: str, weights: dict[str, float], tokenize) -> bool:
    """A defining sentence whose subject is a term the question asks about ("Sistem adalah …", "Menurut Y, X
    merupakan …")."""
    m = _DEFINING.search(sentence)
    return bool(m) and any(t in weights for t in tokenize(sentence[:m.start()]))


# What a shortcoming is written with: what something does not, cannot or only partly do
_LIMITING = LazyPattern(r"\b(?:tidak|tak|belum|kurang|hanya|masih|tanpa|sulit|terbatas|keterbatasan|kelemahan|"
                        r"kekurangan|kendala|hambatan|rentan|not|cannot|only|lacks?|limited)\b", re.I)
_ANSWER_FORMS = {"time": _TIME, "number": _NUMBER, "place": _PLACE, "shortcoming": _LIMITING, "purpose": _PURPOSE}
# Kinds whose question states what the text states too ("Mengapa X tidak memengaruhi Y?", "Apa kekurangan
# penelitian Z?"): the sentence repeating that scores highest, the one of the kind's form is the answer.
_FORM_LEADS = {"why": _BECAUSE, "shortcoming": _LIMITING, "purpose": _PURPOSE}


def _kind_bonus(kind: str | None, sentence: str, span: tuple[int, int], cited: list[tuple[int, int]],
                weights: dict[str, float], tokenize) -> float:
    """Sentences of the form the question asks for weigh more: a defining sentence for a definition (most when the
    term asked about comes before "adalah"), the formula for "bagaimana rumus", the sentence that names a person
    with a citation for "siapa", a sentence giving a reason for "mengapa", one giving a purpose for "buat apa"."""
    if kind == "definition" and _DEFINING.search(sentence):
        return KIND_BONUS * (1.2 if _defines(sentence, weights, tokenize) else 1.0)
    if kind == "why" and _BECAUSE.search(sentence):
        return KIND_BONUS
    if kind == "example" and _EXAMPLE.search(sentence):
        return KIND_BONUS
    if kind == "formula" and _FORMULA.search(sentence):
        return KIND_BONUS
    # "apa saja": the sentence naming several ("antara lain A, B, dan C"), not one; "seperti A, B dan lain-lain"
    # gives examples of one thing
    if kind == "list" and (_NAMES_THEM.search(sentence) or _SERIES.search(sentence)):
        return ANSWER_FORM_BONUS
    if kind == "purpose" and _STATES_PURPOSE.search(sentence):
        return ANSWER_FORM_BONUS * 1.2  # says it is the purpose ("X bertujuan agar …"), not only "untuk …"
    if kind in _ANSWER_FORMS and _ANSWER_FORMS[kind].search(sentence):
        return ANSWER_FORM_BONUS
    if kind == "person" and (any(span[0] <= a < span[1] for a, _ in cited) or _NAMED.search(sentence)):
        return KIND_BONUS
    return 1.0


# A sentence that lists within itself: "… terbagi menjadi empat bagian yaitu aritmatika, aljabar, geometri, dan
# analisis".
_INLINE_LIST = LazyPattern(r"\b(?:yaitu|yakni|antara lain|meliputi|terdiri (?:atas|dari)|seperti|namely|including)\b"
                           r"[^.;:]*?,[^.;:]*?\b(?:dan|serta|atau|and|or)\b", re.I)


# Three things or more named one after another: "sportsmanship, conscientiousness, dan civic virtue"
_SERIES = LazyPattern(r"[^,.;:]+,[^,.;:]+,\s*(?:[^,.;:]+,\s*)*(?:dan|serta|atau|and|or)\s", re.I)


def _list_answer(scored, hits, question: str, tokenize, asked: set[str] = frozenset(),
                 groups: list[set[str]] = (), named: bool = False) -> tuple[int, list[tuple[int, int]]] | None:
    """For "apa saja": the list the best units belong to, as its lead-in and every item's title (only a list that
    a lead-in introduces, or a heading saying every word of the question: items without one, like a list of
    authors' definitions, are no enumeration). named: a question of no kind, answered so only when the list's
    lead-in says every word it asks with (_names_its_list)."""
    for score, rank, span in scored[:3]:
        if rank not in (1, scored[0][1]):  # the list of the best sentence's passage, or of the first passage
            continue
        text = hits[rank - 1].chunk.text
        items = item_spans(text)
        lead = _lead_in_before(text, items[0][0]) if items else None
        if not items:  # "… adalah: (1) Konflik Kerja. …; (2) Beban Kerja. …" run into one paragraph
            lead, items = _inline_list(text) or (None, [])
        if named and (lead is None or not _names_its_list(question, text[lead[0]:lead[1]], asked, tokenize)):
            continue
        chunk = hits[rank - 1].chunk
        headed = lead is None and len(items) >= 2 and _under_asked_heading(chunk, items, groups, tokenize)
        if not headed and (lead is None or len(items) < 2 and not _split_list(chunk, text[lead[0]:lead[1]])):
            continue
        inside = any(a <= span[0] < b for a, b in items)
        if not inside and not (lead and lead[0] <= span[0] < lead[1] + 1):
            continue
        if inside and _INLINE_LIST.search(text[span[0]:span[1]]):
            return None  # "… terbagi menjadi tiga bagian yaitu A, B, dan C" inside one item is the list asked for
        titles = [_item_title(text, a, b, LIST_CHARS // len(items)) for a, b in items]
        # "tahap analisis kebutuhan … ngapain aja?" asks what that item holds, not for the list; a question saying only
        # what the lead-in says asks for no item
        one = None if named else _item_asked(question, text, items, asked, tokenize, listing=True)
        if one is not None:
            return rank, [_item_said(text, one)]
        return rank, ([lead] if lead else []) + titles + _closing_citation(text, items[-1][1])
    return None


def _names_its_list(question: str, lead: str, asked: set[str], tokenize) -> bool:
    """A question with no question word ("apa", "bagaimana", "sebutkan" …) and no "selain" whose every word a list's
    lead-in says, a search word or one of its synonym group ("gejala kesulitan belajar menurut Ahmadi dan Supriyono"
    over "Menurut Ahmadi dan Supriyono (2013:94), beberapa gejala sebagai pertanda adanya kesulitan belajar :", "ciri
    anak tunagrahita menurut Delphie" over "… karakteristik anak tunagrahita meliputi …:"): it names that list, and
    asks for it as "apa saja" does. A word the search leaves out counts too ("tujuan akhir" is not the lead-in's
    "tujuan khusus"), but a short joining word and "menurut" (the lead-in names who says it)."""
    words = [w.lower() for w in _WORD.findall(question)]
    if _QUESTION_WORD.search(question) or _BESIDES.search(question):
        return False
    said = set(tokenize(lead))
    said |= {other for term in said for other in synonym_groups().get(term, ())}
    written = {w.lower() for w in _WORD.findall(lead)}
    unsearched = {w for w in words if w in stop_words() and len(w) > 3 and w != "menurut"}
    return bool(asked) and asked <= said and unsearched <= written


_QUESTION_WORD = LazyPattern(rf"\b(?:{'|'.join(f'{w}(?:kah)?' for w in INDONESIAN_ASKING)}|"
                             rf"{'|'.join(INDONESIAN_REQUESTS)})\b", re.I)


def _under_asked_heading(chunk, items, groups: list[set[str]], tokenize) -> bool:
    """A passage that opens with its list, under a heading that says every word of the question ("Apa saja unsur
    surat wasiat?" over "Unsur-unsur Surat Wasiat", then "1. … 2. …"): the heading is the list's lead-in. A heading
    saying less ("Ciri-Ciri Jaminan Perorangan" for "Jaminan perorangan ada jenis apa saja?") introduces another list."""
    if chunk.text[:items[0][0]].strip() or not chunk.location.section or not groups:
        return False
    heading = set(tokenize(chunk.location.section[-1]))
    return all(group & heading for group in groups)


# An item's number inside a paragraph: "(1) Konflik Kerja …; (2) Beban Kerja …", "yaitu 1) … 2) …" (never a year).
_INLINE_MARKER = LazyPattern(r"(?:(?<=\s)|^)(?:\((\d{1,2})\)|(\d{1,2})\))\s+(?=\S)")
# How a sentence hands over to the items run into it ("… tersebut adalah:", "… yaitu", "… meliputi").
_INLINE_LEAD = LazyPattern(r"(?:[:]|\b(?:yaitu|yakni|adalah|ialah|meliputi|antara lain|sebagai berikut|berikut ini|"
                           r"terdiri (?:atas|dari)|mencakup))\s*$", re.I)


def _inline_list(text: str) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """A list run into one paragraph, as PDFs and journals print it: its lead-in (the sentence handing over to item
    (1)) and each item from its number to the next, numbered 1, 2, 3 … without a gap; None when there is none."""
    found, want = [], 1
    for m in _INLINE_MARKER.finditer(text):
        number = int(m.group(1) or m.group(2))
        if number == want and (not found or "\n\n" not in text[found[-1]:m.start()]):
            found.append(m.start())
            want += 1
    if len(found) < 2:
        return None
    start = text.rfind("\n", 0, found[0]) + 1
    before = sentence_spans(text, start, found[0])
    if not before or not _INLINE_LEAD.search(text[before[-1][0]:found[0]].rstrip()):
        return None
    lead = (before[-1][0], before[-1][0] + len(text[before[-1][0]:found[0]].rstrip()))
    end = text.find("\n", found[-1])
    ends = found[1:] + [len(text) if end < 0 else end]
    return lead, [(a, a + len(text[a:b].rstrip())) for a, b in zip(found, ends)]


_CAPITALIZED = LazyPattern(r"(?<!^)\b[A-Z][a-z]{2,}\b")
ITEM_OPENING_WORDS = 2  # "Karakteristik sosial, mereka …": the words that tell an item from its siblings


def _item_said(text: str, item: tuple[int, int]) -> tuple[int, int]:
    """An item said in its own words: its units from its start, MAX_SENTENCES at most."""
    inside = [u for u in units(text) if item[0] <= u[0] < item[1]][:MAX_SENTENCES]
    return (item[0], inside[-1][1]) if inside else item


def _item_asked(question: str, text: str, items, asked: set[str], tokenize, listing: bool = False):
    """The span of the one list item a question asks inside, else None: the first of these readings that finds one
    item.
    - "name": a name of the question (not its opening word) in that item's head only ("Menurut Russefendi, … apa
      saja?" over "1. Russefendi (1988 : 23) …");
    - "opening": a word of the question opening that item only, the words every item opens with the question's too
      ("social characteristics" over "1. Karakteristik fisik …", "3. Karakteristik sosial …");
    - "title": the question saying in a row the first two words of its title after those every title opens with
      ("tahap analisis kebutuhan … ngapain aja?" over "1. Analisis Kebutuhan Perangkat Lunak …", "2. Desain …");
    - "term": a word of the question in that item's title only, a title being a term before the item's first stop
      ("Masalah apa … dalam hal pekerjaan?" -> "3. Masalah pekerjaan. …"); not for a list question (listing): one
      saying the list's topic inside one title ("perangkat lunak") still asks for the list."""
    if not items:
        return None
    heads = [_item_head(text[a:b]) for a, b in items]
    for reading in ("name", "opening", "title") + (() if listing else ("term",)):
        if reading == "name":
            names = {t for word in _CAPITALIZED.findall(question.strip()) for t in tokenize(word)}
            found = [n for n, head in enumerate(heads) if names & set(tokenize(head))]
        elif reading == "opening":
            openings = [set(tokenize(" ".join(LIST_ITEM.sub("", text[a:b]).split()[:ITEM_OPENING_WORDS])))
                        for a, b in items]
            shared = set.intersection(*openings) if openings else set()
            found = _one_own(openings, asked) if shared and shared <= asked else []
        elif reading == "title":
            said = f" {' '.join(_WORD.findall(question.lower()))} "
            titled = [_WORD.findall(LIST_ITEM.sub("", text[a:b]).lower())
                      for a, b in (_item_title(text, a, b, LIST_CHARS // len(items)) for a, b in items)]
            first = next((n for n, words in enumerate(zip(*titled)) if len(set(words)) > 1), min(map(len, titled)))
            found = [n for n, words in enumerate(titled) if len(words) >= first + 2
                     and f" {' '.join(words[first:first + 2])} " in said]
        else:
            found = _one_own([set(tokenize(head)) & asked if len(head.split()) <= ITEM_TERM_WORDS else set()
                              for head in heads], asked) if len(items) >= 2 else []
        if len(found) == 1:
            return items[found[0]]
    return None


def _one_own(words: list[set[str]], asked: set[str]) -> list[int]:
    """The items whose words hold a word of the question that no other item's words hold."""
    return [n for n, own in enumerate(words) if any(sum(t in w for w in words) == 1 for t in own & asked)]


def _item_head(item: str) -> str:
    """An item's opening words, up to its first stop or comma ("5. Kline (1973)", "James dan James (1995)")."""
    m = re.search(r"[.:;,](?=\s)|\s[-–]\s", LIST_ITEM.sub("", item.split("\n", 1)[0]))
    return LIST_ITEM.sub("", item.split("\n", 1)[0])[:m.start() if m else ITEM_TITLE_CHARS]


def _split_list(chunk, lead: str) -> bool:
    """True for the first piece of a list too long for one chunk (each piece is headed by the list's lead-in)."""
    return bool(chunk.heading) and lead.strip() in chunk.heading


def _closing_citation(text: str, end: int) -> list[tuple[int, int]]:
    """The citation line right after a list ("(Hosti, 1987: 652-653)"), which cites the whole list."""
    after = [(a + end, b + end) for a, b, line in line_spans(text[end:]) if line.strip()]
    if after and is_citation_line(text[after[0][0]:after[0][1]]):
        a, b = after[0]
        return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b)]
    return []


def _lead_in_before(text: str, start: int) -> tuple[int, int] | None:
    """The lead-in line right before a list ("…, yaitu:"; or one its writer left the colon out of, "… empat dimensi
    yang saling berkaitan, yaitu", "… memiliki ciri-ciri di bawah ini", as chunking reads it), as the span of its last
    sentence."""
    before = [(a, b) for a, b, line in line_spans(text[:start]) if line.strip() and not is_citation_line(line)]
    if not before:
        return None
    a, b = before[-1]
    if not announces_list(text[a:b]):
        return None
    a = sentence_spans(text, a, b)[-1][0]
    return a, b - (len(text[a:b]) - len(text[a:b].rstrip()))


ITEM_TITLE_CHARS = 90


@lru_cache(maxsize=4096)  # a passage's, the same for every question (a tuple: the cached value is shared)
def _item_titles(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, end of what it titles) for each short item title line of a passage ("5. Kline (1973)"). What it
    titles runs to the next item of its own kind of marker or of an outer list's: a list nested under it is its too
    ("b. Ruang kantor tertutup", "1) Kelebihan:", then "a) Memberikan tingkat privasi …": what the closed room
    gives)."""
    out: list[tuple[int, int, int]] = []
    outer: list[tuple[str, int | None]] = []  # the marker kinds open above this line, each with its title's place
    for a, b, line in line_spans(text):
        if not LIST_ITEM.match(line):
            continue
        kind = marker_kind(line)
        if any(k == kind for k, _ in outer):  # a sibling (or an outer list's next item) closes what it was under
            while outer:
                k, n = outer.pop()
                if n is not None:
                    out[n] = (*out[n][:2], a)
                if k == kind:
                    break
        title = len(line.strip()) <= 60 and not line.strip().endswith((".", ";"))
        if title:
            out.append((a, b, len(text)))
        outer.append((kind, len(out) - 1 if title else None))
    return tuple(out)


ITEM_TERM_WORDS = 4  # "Konsensus, merupakan …": a term this short before the first stop is the item's title


def _is_series(item: str) -> bool:
    """An item naming three things or more, each a few words, by commas ("Hilang nafsu makan, mual, sakit perut"): its
    first comma ends no term it defines, and the item is its own title."""
    parts = [p.strip() for p in re.split(r",?\s+\b(?:dan|atau|serta)\b|,", item.strip().rstrip(".;"))]
    return len(parts) >= 3 and all(0 < len(p.split()) <= ITEM_TERM_WORDS and not re.search(r"[.:;]", p) for p in parts)


LIST_CHARS = 900  # the items of a list answer together; each gets its share, at least ITEM_TITLE_CHARS


def _item_title(text: str, a: int, b: int, limit: int = ITEM_TITLE_CHARS) -> tuple[int, int]:
    """An item's title: the term it defines ("Konsensus, merupakan …" -> "Konsensus"), else its first sentence when
    that fits the limit (an item that says something is not cut at its first comma, inside "kepentingan, nilai,
    atau tujuan" or "(Hosti, 1987"), else its words up to the limit (_render marks the cut)."""
    line_end = text.find("\n", a, b)
    end = b if line_end < 0 else line_end
    line = text[a:end]
    marker = LIST_ITEM.match(line)
    body = marker.end() if marker else 0
    if len(line.strip()) <= ITEM_TITLE_CHARS and (not re.search(r"[.:;,]\s+\S", line[body:].strip())
                                                  or _is_series(line[body:])):
        return a, a + len(line.rstrip())  # the whole line as written, its closing "." or ";" too
    m = re.search(r"[.:;,](?=\s)|\s[-–]\s", line[body:])
    if m and LIST_ITEM.match(line[body + m.end():]) and len(line.strip()) <= max(limit, ITEM_TITLE_CHARS):
        return a, a + len(line.rstrip())  # "(b) wilayah yang tertentu; (c) Pemerintah; dan": the next item runs in
    if m and len(line[body:body + m.start()].split()) <= ITEM_TERM_WORDS and "(" not in line[body:body + m.start()]:
        return a, a + body + m.start()
    first = sentence_spans(line, body)[0][1] if line[body:].strip() else len(line)
    if first - body <= max(limit, ITEM_TITLE_CHARS):
        return a, a + first
    cut = line.rfind(" ", 0, body + max(limit, ITEM_TITLE_CHARS))
    return a, a + (cut if cut > body else len(line.rstrip()))


def _with_its_lead_in(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A line of program code (or a formula written as one) is said with the lead-in right over it that hands over to
    it ("…, akan tetapi fungsi ini hanya mengembalikan satu nilai:" over ">>> cmath.asin(10)"): alone, the line
    only echoes a question that names it, and says nothing of what it shows."""
    line = text[span[0]:span[1]]
    if "\n" in line.strip() or not looks_like_code(line):
        return span
    before = next((u for u in reversed(units(text)) if u[1] <= span[0] and not text[u[1]:span[0]].strip()), None)
    return (before[0], span[1]) if before and "\n" in text[before[1]:span[0]] and is_lead_in(
        text[before[0]:before[1]]) else span


# A line that stops where it hands over to the next ("… (2010:9) yaitu", the definition on the next line): a lead-in
# whose colon the text left out.
_HANDS_OVER = LazyPattern(r"\b(?:yaitu|yakni|ialah|adalah|sebagai berikut|berikut ini|antara lain|meliputi)$", re.I)


def _with_what_it_introduces(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A lead-in alone ("Soekanto mengenai kerjasama:") answers nothing: add the short list or the sentence it
    introduces."""
    if not is_lead_in(text[span[0]:span[1]]) and not _HANDS_OVER.search(text[span[0]:span[1]]):
        return span
    listed = [b for a, b in _short_lists(text) if a <= span[0] < b]
    if listed:
        return span[0], listed[0]  # "… 4 fungsi yang utama, yaitu : 1. Planning … 4. Controlling …"
    following = [u for u in units(text) if u[0] >= span[1]]
    return (span[0], min(following)[1]) if following else span


EXTRA_SENTENCE = 0.73  # a further sentence joins the answer when it scores this close to the best (with TOPIC_SHARE)
# … or from this close when it is the first passage's and says a word of the question no sentence chosen before it says:
# the best wins on the words of the topic ("Apotek Kimia Farma … Business Manager (BM) …"), the other says what is
# asked of it ("Apotek BM bertugas menangani …"). (_alone_goes_on is the lone short sentence's case: its next sentence
# at any score.) Chosen leaving one open set out at a time, answers no more than 3% longer (BENCHMARKS.md, helper
# "answers", 2026-12-06).
NEW_WORD_SHARE = 0.5
# An English question meets the text's sentences only through its words' Indonesian forms, guessed from a word list and
# loan-word spellings: its shared words choose a sentence less surely, so a sentence's meaning counts more
# and a further one joins from a little further below the best (both chosen leaving one open set out at a time,
# answers no more than 3% longer: bench/answer_sentences.py)
EXTRA_ENGLISH = 0.7


def _dense_scores(query: np.ndarray, hit: Hit, retriever: Retriever):
    """No shared words (a question in another language): compare meanings. A chunk's parts (list items or
    sentences) already have vectors in the index; a chunk without parts has its first few units encoded now."""
    text = hit.chunk.text
    parts = retriever.part_scores(hit.chunk, query)
    if parts is not None:
        spans, sims = [span for span, _ in parts], np.array([sim for _, sim in parts])
    else:
        spans = units(text)[:DENSE_FALLBACK_UNITS]
        sims = retriever.encode_passages([text[a:b] for a, b in spans]) @ query
    best = int(np.argmax(sims))
    return [(float(sims[i]) if i == best else 0.0, 1, spans[i]) for i in range(len(spans))]


DENSE_FALLBACK_UNITS = 6


def _list_item(text: str, position: int) -> tuple[int, int] | None:
    """The span of the n-th numbered item (with its body line when the item is a short heading)."""
    lines = line_spans(text)
    items = [i for i, (_, _, line) in enumerate(lines) if LIST_ITEM.match(line)]
    if not items or abs(position) > len(items) or position == 0:
        return None
    i = items[position - 1] if position > 0 else items[-1]
    a, b, line = lines[i]
    if len(line.strip()) <= 60 and i + 1 < len(lines) and not LIST_ITEM.match(lines[i + 1][2]):
        b = lines[i + 1][1]
    return a, b


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
