"""Query -> ranked chunks: candidates from dense (FAISS) and lexical (BM25) search, ranked by the fitted ranker
(ranker.py, its weights in data/ranker.json), plus the fitted confidence that the text covers the query (abstention)
and the one an answer shows, that its first passage holds the answer."""

from __future__ import annotations

import math
import os
import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator

import numpy as np

from ..chunking import Chunk, part_spans, said_parts
from ..documents.structure import is_short_heading
from ..index.embeddings import Encoder
from ..index import Index
from ..index.lexical import FUZZY_MIN_LEN, WORD, consonant_skeleton, latin_letters, stem, written_forms
from ..english_vocabulary import STOP as ENGLISH_STOP, base_forms, english_for, is_english_word, lexicon
from ..acronyms import counted_phrase, expands, initialled, initials
from ..indonesian import AFFIX_PREFIXES as _PREFIXES, AFFIX_SUFFIXES as _SUFFIXES, LANGUAGES, NAME_LINKS, chat_nasal, \
    chat_verb_forms, in_dictionary, one_edit, one_slips, search_stop_words, standard_words, stop_words
from ..lazy_pattern import LazyPattern
from ..sentences import sentence_spans
from . import english as english_words
from . import synonyms
from .kinds import TIME, question_kind, without_asking_nouns
from .quantity import ASKS_NUMBER, NUMBER_LABELS, UNITS, asked_count, asked_figure, asked_unit, asks_label, \
    gives_count, gives_figure, named_numbers, named_units, writes_named_number, writes_unit
from .ranker import ENGLISH_FUNCTION_WORDS, ENUMERATION, FOCUS_TOKENS, INDONESIAN_ASKING, INDONESIAN_REQUESTS, \
    PASSAGE_FEATURES, QUALIFIER, Parameters, affixed_word, asks, definition_focus, defines, english_share, \
    exercise_item, indonesian_word, is_english, item_labels, load_parameters, not_a_subject, passage_labels, which_focus

CANDIDATES = 100  # from each retriever (dense, BM25), before the ranker
# Names and acronyms ("Amin", "UNDP"): the passages that hold them rank higher, and a question whose names no top
# passage holds ("Apa tujuan PBB?") is less likely covered (both weights fitted, ranker.py). A product's name in
# mixed case ("MySQL", "NoSQL", "LoRaWAN") is one too: a word closing in two capitals or more; so is a model's or
# an indicator's code, capitals then digits ("DHT22", "ESP32", "OCB1").
_NAME = LazyPattern(r"\b(?:[A-Z]{2,}\d*|[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:[A-Z]{2,})?)\b")
# A source named in the running text without a year: "menurut Suryana", "pendapat Terry", "dikemukakan oleh Robbins
# dan Judge" (the capitalised words after it, up to four, "dan" / "&" between them).
_ATTRIBUTED = LazyPattern(r"\b(?:[Mm]enurut|[Pp]endapat|di[a-z]+kan\s+oleh)\s+"
                          r"((?:[A-Z][\w'.-]*)(?:\s+(?:dan\s+|&\s+)?[A-Z][\w'.-]*){0,3})")
# A follow-up prefers the section of the turn it follows, within that turn's document: worth this much dense
# similarity (not fitted: the question sets hold too few follow-ups to fit it).
SECTION_BONUS = 0.02
# A multiple-choice exercise item (ranker.exercise_item) asks what its explanation says, naming the answer among wrong
# options, so it shares the explanation's words and more: in dense units, as SECTION_BONUS, what it falls below the
# passages ranked by the fitted weights (the "asks" feature, which would weigh it, is left out of the fit).
EXERCISE_PENALTY = 0.05
# ... and so does a passage more than this share of whose sentences are questions (ranker.asks: an essay opening with
# rhetorical questions, a list of the questions a field asks), unless the question asks of the research's own
ASKING_SHARE = 0.5
# A passage whose own label names the question's term (ranker.passage_labels: "3. Fase Kritis", "• Surplus (...):", its
# heading "1) Mutawatir") is about it, where another names it in passing among the question's other words: in dense
# units, as SECTION_BONUS, what it rises above the passages ranked by the fitted weights (hand-set, not fitted).
TITLED_BONUS = 0.03
TITLED_SHARE = 1 / 3  # of the question's words' weight (less its framing words) that the label names
_DEFINING_WORDS = frozenset("erti arti definisi maksud".split())  # the stems of the words asking what a term means
# ... and the words asking of what comes next to a term, not of it ("langkah setelah segmentasi pasar"): titled by no
# label but one writing the word itself ("Nabi-Nabi Setelah Masa Pembuangan")
_BESIDE_TERM = frozenset("setelah sesudah sebelum selain kecuali".split())
RECENT_QUERIES = 64
NAME_PASSAGES = 30  # how many passages holding a word of a question typed in lower case are read for its capitals
LOAN_PASSAGES = 2  # an English word of the text a question types in its loan spelling: used by this many passages
COMPOUND_PART = 3  # the shortest word of a compound the text writes open ("kerja sama", "tanggung jawab")
CLIPPED_LETTERS = 5  # the shortest syllable acronym read as clipped from a passage's words ("raspi": Retriever._clipped)
# The query's similarity to unrelated text at this quantile (the 10th best of 1,000) is its "chance" level.
BACKGROUND_QUANTILE = 0.01


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # the ranker's score (a logit: only its order and differences mean something)
    dense: float  # cosine similarity
    lexical: float  # BM25


@dataclass(frozen=True)
class Scope:
    """Where a follow-up stays: the document (and section) of the passage that answered the turn it follows."""
    path: str
    section: tuple[str, ...]
    label: str  # "Judul dokumen › Bagian", shown in searched_for


@dataclass(frozen=True)
class Retrieval:
    hits: tuple[Hit, ...]
    confidence: float  # fitted probability that the text covers the query; below settings.abstain_below: decline
    margin: float  # best dense similarity minus the background level
    known: float  # share of query tokens found in the text
    unknown_names: tuple[str, ...] = ()  # what the question names that the passages found do not cover
    vector: np.ndarray | None = field(default=None, compare=False, repr=False)  # the query's embedding
    scope: Scope | None = None  # a follow-up searched within the document of the turn it follows
    # fitted probability that the first passage holds the answer: what an answer shows (ranker.answer_features)
    answer_confidence: float = 0.0


@dataclass(frozen=True)
class Candidates:
    """The passages ranked for one query, with their features (one row each, ranker.PASSAGE_FEATURES)."""
    ids: list[int]
    features: np.ndarray
    dense: dict[int, float]  # every passage looked at -> its best similarity
    lexical: dict[int, float]  # -> its BM25 score, where > 0
    names: tuple[str, ...]  # the question's names and acronyms
    name_forms: dict[str, frozenset[str]]  # each name -> the tokens that spell it in this text
    # an English question: each passage's share of its words by their IDF over the text alone (english_words_top)
    english_shares: dict[int, float] = field(default_factory=dict)
    # the passages whose label names the question's term (Retriever._titled) -> its words' heaviest weight; and, where
    # any is, the question's own words (less its framing words) with their weights and the passages using each
    titled: dict[int, float] = field(default_factory=dict)
    own_words: tuple[tuple[str, float, frozenset[int]], ...] = ()


# An English question's own columns (ranker.PASSAGE_FEATURES): its lexical side comes through query/english.py.
_ENGLISH_LEXICAL, _ENGLISH_WORDS, _ENGLISH_DEFINES = (PASSAGE_FEATURES.index(n) for n in (
    "english_lexical", "english_words", "english_defines"))
_GIVES_COUNT, _ASKS, _SENTENCE_WORDS, _GIVES_TIME = (PASSAGE_FEATURES.index(n) for n in (
    "gives_count", "asks", "sentence_words", "gives_time"))
SUBJECT_PASSAGES = 3  # a question's names are looked for in the passages it would be answered from
_CHAT_SUFFIX = LazyPattern(r"in(?:nya)?$")  # "-in" for "-kan"/"-i" (indonesian.chat_verb_forms)
_VERB_PREFIXES = ("meng", "meny", "mem", "men", "me", "di", "ter")  # _other_affixes
_AFFIXES_LONGEST = max(map(len, _PREFIXES)) + max(map(len, _SUFFIXES))  # _affixed_stem
COVERED = 1.0 - 1e-9  # known and words_top at which a question is covered (ranker.QUESTION_FEATURES "covered")
# Words that frame a question rather than name its subject ("pengertian", "sebutkan", "rumus", "cara", "alasannya"),
# and what it asks of the subject ("Apa peran X?", "tujuan", "manfaat", "dampak", "syarat"): a text on X may never say it.
# Words pointing at the text itself ("istilah X", "materi X", "versi Fayol", "menurut teks ini", "penulis artikel X":
# its writer, the article's title after it) frame it too; so does "singkatan" ("GPM singkatan dari apa?": what the
# acronym stands for, which the text writes without that word).
_QUESTION_WORDS = frozenset("erti arti definisi maksud sebut jelas jenis macam bentuk rumus hitung cara contoh beda "
                            "ciri mulai kapan umur usia alas peran tuju manfaat guna fungsi dampak akibat pengaruh "
                            "syarat tugas istilah materi versi teks artikel tulis singkat".split())
# "isi" as written frames what is asked of a term where it opens the question or follows an asking word ("isi
# pengecualian pasal 69", "apa isi perjanjian", "jelaskan isi UU"); elsewhere, and its kin ("pengisian", "berisi", "isi
# ulang"), it is a word of the term ("kemasan isi ulang", "stasiun pengisian")
_ASKS_CONTENTS = LazyPattern(r"(?:^|\b(?:apa|apakah|bagaimana|gimana|jelaskan|sebutkan|uraikan|tentang)\s+)isi\b"
                             r"(?!\s+ulang)", re.I)
# The words that set two terms against each other ("klik low effort vs gerakan politik"): never a word of either
_SETTING_APART = frozenset({"vs", "versus"})
# Words doing a stop word's job that Sastrawi's stop list lacks: "waktu" and "zaman"/"jaman" say when, as its "saat",
# "ketika" and "masa" do ("suhu waktu kemarau", "obsidian jaman purba"); "mesti"/"musti" is its "harus". A term runs
# through none of them (words_apart), as through a stop word.
_DOING_STOP_WORDS = frozenset({"waktu", "zaman", "jaman", "mesti", "musti"})
# The word before the action a how-to question asks to be shown ("cara menyetem senar", "cara memasang rak")
_HOW_TO = "cara"
# The words after a "se-" adjective asking how much of it ("bisa sedingin apa", "ditanam sedalam berapa cm")
_DEGREE_ASKED = frozenset({"apa", "berapa"})
_NUMBER_BEFORE = LazyPattern(r"(?<![\w.,])(\d[\d.,]*)[ \t]+$")  # "1000 HPK": a counted concept (_counted)
# A name joined to its number by a hyphen, as the index keeps it whole ("sentinel-2", "covid-19": _numbered_name)
_NAME_NUMBER = LazyPattern(r"^([^\W\d_]{2,})-(\d[^\W_]*)$")
# ... and a question's word with the number it names after it, if any ("Sentinel 1", "landsat-9", "covid")
_WORD_NUMBER = LazyPattern(r"(?<![\w-])([^\W\d_]{2,})(?:(?:[ \t]+|-)(\d[^\W_]*))?(?![\w-])")
_TWO_ACRONYMS = LazyPattern(r"\b([A-Z]{2,6})[ \t]+([A-Z]{2,6})\b")  # "UU PPLH": read together first (_spelled_out)
# The small words a spelt-out name's capitalised words may have between them (indonesian.NAME_LINKS), its initials
# skipping them (Retriever._initialled: "Perlindungan dan Pengelolaan Lingkungan Hidup" spells PPLH).
_JOINING = "(?:" + "|".join(sorted(NAME_LINKS)) + ")"
# A capitalised word right before or after a phrase (Retriever._initialled: the phrase is only part of a longer name).
_CAPITAL_BEFORE = LazyPattern(rf"[A-Z][\w-]*[ \t]+(?:{_JOINING}[ \t]+)?$")
_CAPITAL_AFTER = LazyPattern(rf"[ \t]+(?:{_JOINING}[ \t]+)?[A-Z]")
_CAPITALISED = r"[A-Z][a-z]+"  # a word of a spelt-out name (Retriever._initialled)
# A whole run of capitalised words on one line, up to two small words in any case between them ("United Nations
# Convention on The Law of The Sea"): a name an acronym of three letters or more may spell (Retriever._initialled).
_NAME_RUN = LazyPattern(rf"(?<![\w-]){_CAPITALISED}(?:(?:-|[ \t]+(?:(?i:{_JOINING})[ \t]+){{0,2}}){_CAPITALISED})*"
                        r"(?![\w-])")
# The capitalised words right after a question's acronym, up to three: the place its body is in ("BPTH Bali", "BPBD
# Jawa Tengah"), which the text may write closing the acronym's phrase (Retriever._initialled)
_PLACE_AFTER = LazyPattern(r"(?:[ \t]+[A-Z][a-z]+){1,3}(?![\w-])")
_NUMBER_AFTER = LazyPattern(r"[ \t]+\d")  # a name's last word labelling a number ("... Sea Tahun 1982")
# A word in lower case just before or after a phrase, on its line (_whole_name: the phrase stands inside a sentence).
_LOWER_BEFORE = LazyPattern(r"\b[a-z][\w-]*[ \t]+$")
_LOWER_AFTER = LazyPattern(r"[ \t]+[a-z]")
# An English word shorter than this is not respelled (_english_slip): one slip from a short word is as often another
# word ("later": "alter", "prone": "prove"), as FUZZY_MIN_LEN says of the text's words, and English has more short ones.
ENGLISH_SLIP_MIN = FUZZY_MIN_LEN + 1
ENGLISH_PASSAGE = 0.5  # english_share from which a passage is written in English (Retriever._in_english)
# What a question asks of its subject, never a noun of the subject (absent_words): the unit a number is asked in
# ("berapa persen": a text writes a share as "%") or the span it asks for ("rentang IQ-nya berapa", "kisaran harga
# berapa": a text writes a span as its two ends, "50-70", "antara 20 dan 25"), the kind of thing a closing "X mana?"
# asks for ("dari kampus mana?": the text names the one)
_UNIT_WORDS = UNITS["share"] | frozenset("rentang kisaran".split())
# A question's word of two or three letters is an acronym of a term ("tarif PPN", "ukl-upl", "per kwh"), a noun the
# text may lack like any other (absent_words), where it is written in capitals, as one of a hyphened pair of such
# words, or in three small letters that are no word (the dictionary's, an English one, chat's: "brp", "yg" are read
# before) and no written abbreviation of one: PUEBI's general abbreviations ("dkk", "hlm", "tsb"), an address's or
# a law's ("kab", "psl") and a limit's ("min", "max"); nor a Roman numeral ("II"), nor an affix written apart
# ("ber-AC", "view-nya").
_SHORT_PAIR = LazyPattern(r"(?<![\w-])([^\W\d_]{2,3})-([^\W\d_]{2,3})(?![\w-])")
_ABBREVIATIONS = frozenset("dkk dll dsb dst hlm sbb tsb ybs yth ttd sda psl kab kec kel jln prov min max".split())
_ROMAN = LazyPattern(r"^(?:x{0,3})(?:ix|iv|v?i{0,3})$")
_AFFIXES = frozenset(("nya", "lah", "kah", "pun", "ku", "mu", *_PREFIXES, *_SUFFIXES))
_KIND_ASKED = LazyPattern(r"\b([^\W\d_]+)\s+mana\s*\??\s*$", re.I)
# The negations of a verb or an adjective (a noun's is "bukan"): what follows them is said of a subject, no term
_PREDICATE_NEGATIONS = frozenset({"tidak", "tak", "belum"})
# What a "ber-" verb takes after it ("berasal dari", "berfungsi sebagai", "berperan dalam"): no term goes on through it.
_TAKEN = LazyPattern(r"\s+(?:dari|sebagai|dalam|untuk|dengan|terhadap|kepada|akan|bagi|atas|oleh|menjadi)\b", re.I)


def written_as_acronym(query: str) -> frozenset[str]:
    """The question's words of two or three letters (in lower case) it writes as an acronym (_SHORT_PAIR's note)."""
    out = {part for m in _SHORT_PAIR.finditer(query) for part in m.groups()}
    out |= {w for w in re.findall(r"[^\W\d_]+", query) if 2 <= len(w) <= 3 and w.isupper()}
    out |= {w for w in re.findall(r"(?<![\w-])[a-z]{3}(?![\w-])", query)
            if not in_dictionary(w) and not is_english_word(w) and standard_words(w) == w}
    return frozenset(w.lower() for w in out
                     if w.lower() not in _ABBREVIATIONS and w.lower() not in _AFFIXES and not _ROMAN.match(w.lower()))


def _vowel_slip(word: str, other: str) -> bool:
    """Two words differ by vowels or a doubled letter only ("remidi"/"remedi", "pemetan"/"pemetaan",
    "vooorrecht"/"voorrecht"), where a writer's slip lies; a consonant changed is another word ("menelan"/"menekan")."""
    def bare(w: str) -> str:
        return re.sub("[aeiou]", "", re.sub(r"(.)\1+", r"\1", w))
    return bare(word) == bare(other)


def _vowel_restored(word: str) -> set[str]:
    """The word with one vowel put back where chat drops one ("bnyak" banyak, "pembelajarn" pembelajaran)."""
    return {word[:i] + v + word[i:] for i in range(1, len(word) + 1) for v in "aeiou"}


def _other_affixes(word: str) -> set[str]:
    """A verb's root (five letters or more) with every other verb prefix and suffix, or bare ("diinstal" ->
    "menginstal", "instal", "diinstalkan", ...): a root no dictionary knows keeps its affixes through the stemmer. A
    noun's affixes ("pertanggungjawaban") are left: another form of it could be a verb."""
    out = set()
    for prefix in _VERB_PREFIXES:
        for suffix in _SUFFIXES:
            core = word[len(prefix):len(word) - len(suffix)]
            if word.startswith(prefix) and word.endswith(suffix) and len(core) >= 5:
                out |= {p + core + s for p in (*_VERB_PREFIXES, "") for s in _SUFFIXES}
    return out - {word}


_ENGLISH_WORD = LazyPattern(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _phrase_ends(query: str) -> list[str]:
    """The content words of an English question (english.content_words) that end a phrase: the last before a function
    word, a mark or the end. English puts a noun phrase's head last ("table salt", "a flat bicycle tire", "symptoms of
    tuberculosis"); a word with another content word after it is a modifier, or a verb before its object or
    complement ("control inflation", "grow stronger")."""
    content, out, n = english_words.content_words(query), [], 0
    matches = list(_ENGLISH_WORD.finditer(query))
    for m, after in zip(matches, matches[1:] + [None]):
        if n >= len(content) or m.group(0) != content[n]:
            continue
        n += 1
        joined = after is not None and not query[m.end():after.start()].strip() and n < len(content) \
            and after.group(0) == content[n]
        if not joined:
            out.append(m.group(0))
    return out


def _english_term(asked: str | None) -> tuple[str, list[str]]:
    """An English question's term asked to define, less where or what for it is asked of (QUALIFIER: "Home Assistant
    used for ..." -> "Home Assistant"), and its content words; ("", []) when none is asked."""
    term = QUALIFIER.split(asked)[0] if asked else ""
    return term, english_words.content_words(term) if term else []


def _asked_action(words: list[str], n: int) -> bool:
    """The verb after "cara" in a how-to question ("cara menyetem senar sasando", "cara menyulam nama"): the action it
    asks to be shown, its subject as much as a noun (absent_words), where another verb form says what is done with
    the subject. A text that never writes the verb in any form does not show how to do it."""
    return n > 0 and words[n - 1] == _HOW_TO and not words[n].endswith("nya")


def _spelled_right(word: str) -> bool:
    """A word a dictionary knows (Sastrawi's, the English word list): no typo of another word (_english_holders)."""
    return indonesian_word(word) or is_english_word(word)


def _spelled_alike(token: str, seen: set[str]) -> bool:
    """The same name spelled another way: one letter apart ("Prancis"/"Perancis"), sharing most of a long
    beginning ("Bellarmine"/"Bellarminus", "Xiaoping"/"Xiaopingdengarkan" glued by a page's markup), or the same
    consonants with other vowels ("Subekti"/"Soebekti", "Scarborough"/"Scrbrough")."""
    for other in seen:
        if abs(len(other) - len(token)) <= 1 and one_edit(token, other, swap=False):
            return True
        if consonant_skeleton(token) and consonant_skeleton(token) == consonant_skeleton(other):
            return True
        shorter = min(len(token), len(other))
        common = len(os.path.commonprefix([token, other]))
        if shorter >= 5 and common >= max(5, 0.8 * shorter):
            return True
    return False


def _letter_missing(typed: str, word: str) -> bool:
    """The word typed with one of its letters left out ("inflsi" for "inflasi"), the commonest slip: a word of the text
    so typed is the one meant even away from the question's other words (a question relating two topics the text
    treats apart: "apa hubungan inflsi dengan pengangguran?"), as another word a letter changed is not ("wakalah":
    "makalah")."""
    return len(word) == len(typed) + 1 and any(word[:i] + word[i + 1:] == typed for i in range(len(word)))


def _whole_name(text: str, start: int, end: int) -> bool:
    """The two capitalised words text[start:end] are a whole name a two-letter acronym spells (_initialled): one
    hyphenated word ("Undang-Undang"); else no capitalised word just before or after (not part of a longer name), and
    only inside a sentence, a word in lower case beside them ("ilmu Hubungan Internasional mencakup"): a heading's two
    words ("Daftar Pustaka") spell no "DP"."""
    if "-" in text[start:end]:
        return True
    if _CAPITAL_BEFORE.search(text, 0, start) or _CAPITAL_AFTER.match(text, end):
        return False
    return bool(_LOWER_BEFORE.search(text, 0, start) or _LOWER_AFTER.match(text, end))


def _run_names(text: str, acronym: str, within: tuple[str, ...] = ()) -> Iterator[str]:
    """The whole runs of capitalised words in a text (_NAME_RUN) whose initials are exactly an acronym of three letters
    or more, a small word giving its letter or none (acronyms.initialled: "United Nations Convention on The Law of The
    Sea" spells UNCLOS); a run with a capitalised word just before or after it is part of a longer name ("Binama Kantor
    Kas Mijen" spells no KKM), unless that last word labels a number ("... of The Sea Tahun 1982": a name's year). A
    body's head word before the run is no letter of it ("Dinas Energi dan Sumber Daya Mineral" spells the ESDM of
    "Dinas ESDM": citations.names.BODY_HEADS)."""
    from ..citations.names import BODY_HEADS

    first = acronym[0]
    for opening, words, capital_after, number_after in _name_runs(text):
        if opening != first:
            if len(words) > 2 and words[0].lower() in BODY_HEADS and initialled(acronym, words[1:]) \
                    and not capital_after:
                yield " ".join(words[1:])
            continue
        if within:  # only a run closed by the place the question writes after the acronym (_initialled)
            if len(words) > len(within) and words[-len(within):] == within \
                    and initialled(acronym, words[:-len(within)]) and not capital_after:
                yield " ".join(words)
            continue
        if initialled(acronym, words) and not capital_after:
            yield " ".join(words)
        elif len(words) > len(acronym) // 2 and number_after and initialled(acronym, words[:-1]):
            yield " ".join(words[:-1])


_BODY_SMALL = LazyPattern(r"(?<![\w-])(?:badan|dinas|kementerian|kementrian|departemen|lembaga|direktorat|komisi|"
                          r"otoritas|balai)(?:[ \t]+[a-z]+){1,8}")


def _body_written_small(text: str, acronym: str) -> str | None:
    """The words an acronym of three letters or more stands for where a text writes a body's name in lower case,
    its head word first ("data dari badan pusat statistik" for BPS, "dinas kesehatan kota" for DKK): the shortest run
    from the head word whose initials are the acronym (acronyms.initialled), or None. A name's head word says it is
    one; three small words with the right initials and no head are as often any words ("bibit padi sehat")."""
    if len(acronym) < 3:
        return None
    for m in _BODY_SMALL.finditer(text):
        words = m.group().split()
        for n in range(len(acronym) - 1, len(words) + 1):
            if initialled(acronym, words[:n]):
                return " ".join(words[:n])
    return None


_LOOK_BACK = 200  # a capitalised word, its spaces and a joining word before a run: no word is this long


@lru_cache(maxsize=1 << 14)  # every passage is read for each acronym a question names and the text never writes;
# the texts are its keys, kept alive by it: bounded to a large course (about 25 MB of passages at the most)
def _name_runs(text: str) -> tuple[tuple[str, tuple[str, ...], bool, bool], ...]:
    """The text's whole runs of capitalised words (_NAME_RUN) with no capitalised word just before them, each as its
    first letter, its words, whether a capitalised word follows it and whether a number does (_run_names). Read once
    per passage, looking back _LOOK_BACK characters for the word before a run (from the passage's start, every run
    cost the passage's length: an acronym the text never writes read every passage so, 1.3 s for one question over
    4,650 passages)."""
    runs = []
    for m in _NAME_RUN.finditer(text):
        if _CAPITAL_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start()):
            continue
        runs.append((m.group()[0], tuple(re.findall(r"[^\W\d_]+", m.group())),
                     bool(_CAPITAL_AFTER.match(text, m.end())), bool(_NUMBER_AFTER.match(text, m.end()))))
    return tuple(runs)


# A language a term is asked in: after "bahasa", "istilah", "nama", "sebutan" (indonesian.LANGUAGES: _name_forms)
_IN_LANGUAGE = LazyPattern(r"\b(?:bahasa|istilah|nama|sebutan)[ \t]+(" + "|".join(sorted(LANGUAGES)) + r")(?:nya)?\b",
                           re.I)


def _names(query: str) -> list[str]:
    """Names and acronyms in a question, not counting the capital that opens it or any of its sentences ("Saya sedang
    menulis makalah. Peraturan apa yang ...?": "Peraturan" is no name)."""
    starts = {a for a, _ in sentence_spans(query)}
    return [m.group() for m in _NAME.finditer(query) if m.start() not in starts]


def _name_word(word: str, names: set[str]) -> bool:
    """A word of the question that is one of its names (_names), or a hyphenated word one of whose parts is: a name
    with its article ("al-Fikar", "as-Suyuthi")."""
    return word in names or "-" in word and any(part in names for part in word.split("-"))


def _surnames(query: str) -> dict[str, tuple[str, ...]]:
    """Each given name of a person the question names in full ("Soerjono Soekanto", "Kenneth R. Andrews") -> the
    names of the surname (citations.names.surname) of its run of capitalised names (_names side by side, initials
    between them): a citation names the person by the surname alone ("(Soekanto, 1990: 72)"), so a passage citing it
    cites the person the question names. An acronym is no one's name ("UNDP", "WHO")."""
    from ..citations.names import surname

    starts = {a for a, _ in sentence_spans(query)}
    runs: list[list[re.Match]] = []
    for m in _NAME.finditer(query):
        if m.start() in starts or m.group().isupper():
            runs.append([])
        elif runs and runs[-1] and _BETWEEN_NAMES.fullmatch(query[runs[-1][-1].end():m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    out: dict[str, tuple[str, ...]] = {}
    for run in (r for r in runs if len(r) > 1):
        last = tuple(_NAME.findall(surname(query[run[0].start():run[-1].end()])))
        out.update({m.group(): last for m in run if last and m.group() not in last})
    return out


# What may stand between a person's names in a question: a space, an initial ("Kenneth R. Andrews"), a particle of a
# family name ("Teun A. van Dijk", "Ludwig von Mises": citations.names.surname keeps it with the surname)
_BETWEEN_NAMES = LazyPattern(r"\s+(?:(?:[A-Z]\.|van|von|der|den|de|da|le|la)\s*)*")


def asked_part(query: str) -> str:
    """The sentences of a question that ask, without the ones around them that only set the scene ("Saya sedang
    mengerjakan tugas kuliah. Apa ...?"): a word of those says nothing of whether the text covers the question. The
    sentences ending in "?", else the last one (a request or a few words typed after the scene: "Saya sedang menulis
    makalah. dialektika kontrol"); a chat sentence may open in lower case. The whole question when it is one
    sentence, or every sentence asks."""
    sentences = [part for a, b in sentence_spans(query) for part in _CHAT_SENTENCE_END.split(query[a:b]) if part]
    asking = [s for s in sentences if s.endswith("?")] or sentences[-1:]
    return " ".join(asking) if len(asking) < len(sentences) else query


_TEXT_WORD = LazyPattern(r"[^\W\d_]+")
# What stands right before a word inside a sentence: a word or a ',', ';', ':' and a space on its line
# (Retriever._written; a word opening a line opens a paragraph after its heading: "a) Reformasi Sosial\nReformasi ...")
_INSIDE_SENTENCE = LazyPattern(r"[\w,;:][ \t]+$")
_CHAT_SENTENCE_END = LazyPattern(r"(?<=[.!?])\s+(?=[a-z])")


# A word that makes a text a question or a request for an answer: "Apa yang dimaksud ...", "jelaskan ...", "How many
# ...", "Is ... ?" (an English auxiliary opening it). A few keywords typed into a search box have none.
_ASKING = LazyPattern(r"\b(?:" + "".join(f"{w}(?:kah)?|" for w in INDONESIAN_ASKING)
                      + "".join(f"{w}|" for w in INDONESIAN_REQUESTS) + r"what|which|who|whom|whose|why|how|when|where)\b|"
                      r"^\s*(?:is|are|was|were|do|does|did|can|could|has|have|should|will|would)\b", re.I)


def with_mark(question: str) -> str:
    """A question sent without any question mark, as one typed on a phone often is ("Apa yang dimaksud dengan
    sosialisasi"), read with one after its last sentence: the encoder places a question that ends in its mark nearer
    to the passage that answers it; without it, 5 of 398 open-set questions lost first place (bench/rephrase.py, form
    "bare"). A question with a mark anywhere, a sentence ended with "." or "!", and a few keywords with no question
    word ("dialektika kontrol giddens": the mark cost keyword queries two) are read as typed."""
    text = question.rstrip()
    if not text or "?" in text or text[-1] in ".!" or not _ASKING.search(text):
        return question
    return text + "?"


@lru_cache(maxsize=4096)  # asked of every candidate of every question: once per passage and process
def _title_only(text: str) -> bool:
    """A heading or an item title on its own ("Kekuasaan dan Kewenangan", "2. Kerjasama Regional"): never a passage
    (a short line stating an equation is none: is_short_heading)."""
    return "\n" not in text.strip() and is_short_heading(text)


BODY_WORDS = 5  # a section's one line of this many words says something (Retriever._section_body); "Seputar Bumi" not
# a word of a line's text: two letters or more standing alone between spaces and punctuation ("dokumen," "(IAT)"), not
# a part of a code, an address or a key ("b623a7d0-3dff", "www.icj.com", "][fase-02")
_BODY_WORD = LazyPattern(r"(?<!\S)[(\"'“‘•*]*[^\W\d_]{2,}(?:-[^\W\d_]+)*[)\"'”’.,;:!?]*(?!\S)")

_ENGLISH = ENGLISH_FUNCTION_WORDS - {"this", "that"}  # is_language never counted these two


def is_language(query: str, known: float) -> bool:
    """A question in words: sharing some with the text, or asked in English. Emoji, code or markup alone
    ("<script>alert(1)</script>") resemble nothing in the background text, which would look like confidence."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", query)}
    return known > 0 or len(words & _ENGLISH) >= 1 and len(words) >= 2


def _noun_in_nya(word: str) -> bool:
    """A word ending in "nya" that is no word with the suffix "-nya": what stands before it is no word of the
    dictionary or the English word list, six letters or more ("chikungunya"), and the whole is none either, nor a
    "-nnya" word typed with one "n" ("kecerdasanya"). Such a word is a noun of the question (absent_words), where
    "kebijakannya", "outputnya" are their words' own."""
    base = word[:-3]
    return word.endswith("nya") and len(base) >= 6 and not indonesian_word(base) and not indonesian_word(word) \
        and not indonesian_word(base + "n") and not is_english_word(base) and not chat_verb_forms(base)


def clipped_from(word: str) -> re.Pattern:
    """The runs of two or three words a syllable acronym may be clipped from (Retriever._clipped): each opening of
    three letters or more and shorter than its word, but a last word of two letters taken whole. Every run's first
    word begins with the acronym's first three letters, written first and its word's start checked behind them (a
    letter is a word character): the search then tries only where those letters stand, three times faster."""
    cuts = [(i,) for i in range(3, len(word) - 1)] + \
        [(i, j) for i in range(3, len(word) - 5) for j in range(i + 3, len(word) - 2)]
    runs = []
    for cut in cuts:
        parts = [word[a:b] for a, b in zip((0, *cut), (*cut, len(word)))]
        runs.append(r"[\s-]+".join(re.escape(part) + (r"(?![\w-])" if len(part) == 2 else r"[^\W\d_]+")
                                    for part in parts)[len(re.escape(word[:3])):])
    return re.compile(rf"{re.escape(word[:3])}(?<![\w-]\w{{3}})(?:{'|'.join(runs)})(?![\w-])", re.I)


class Retriever:
    def __init__(self, index: Index, encoder: Encoder, parameters: Parameters | None = None):
        """parameters: the ranker's weights, when not the packaged ones (benchmarks compare several side by side)."""
        self.index, self.encoder, self.parameters = index, encoder, parameters
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()  # a follow-up's turn was usually just asked
        self._recent_lock = threading.Lock()
        self._english: dict[int, float] = {}  # chunk id -> english_share of its text, computed when first asked
        self._part_terms: dict[int, list[frozenset[str]]] = {}  # chunk id -> each part's search terms (_sentence_words)
        self._part_times: dict[int, list[bool]] = {}  # chunk id -> whether each part writes a time (_sentence_words)
        self._initials: dict[str, str | None] = {}  # acronym -> the phrase the text spells it out in
        self._cited_words: dict[int, frozenset[str]] = {}  # chunk id -> _cited's words, read when first asked
        self._documents: dict[str, frozenset[int]] = {}  # path -> its passages' ids (_passages_of)
        self._sections: Counter | None = None  # (path, section) -> its passages' count (_section_passages)
        self._title_terms: list[frozenset[str]] | None = None  # each document title's terms (_in_a_title)
        self._originals: dict[str, list[str]] | None = None  # a loan spelling -> the text's English words (_original)
        self._longest: int | None = None  # the letters of the index's longest term (_affixed_stem)
        self._reach: int | None = None  # the letters of the longest word a slip may be found as (_within_reach)
        self._unindexed: frozenset[int] | None = None  # passages writing a word no posting holds whole (_opening_so)
        self._hyphen_runs: frozenset[str] | None = None  # a hyphened word's part runs, joined (_written_in_parts)
        self._numbered: dict[str, dict[str, str]] | None = None  # letters -> number -> term (_numbered_name)

    def query_vector(self, query: str) -> np.ndarray:
        """The query's embedding, from the last few queries when it was asked just before."""
        with self._recent_lock:
            if query in self._recent:
                self._recent.move_to_end(query)
                return self._recent[query]
        vector = self.encoder.encode_queries([self.encoded_text(query)])[0]
        with self._recent_lock:
            self._recent[query] = vector
            while len(self._recent) > RECENT_QUERIES:
                self._recent.popitem(last=False)
        return vector

    def encoded_text(self, query: str) -> str:
        """The text the encoder reads for a query: an English question followed by the text's own words for its words
        (query/english.py glossed), any other as asked."""
        return english_words.glossed(query, self._spelled) if is_english(query) else query

    # What an answer may ask of the index (answer.py sees only these, never the index's files).

    def term_weights(self, text: str) -> dict[str, float]:
        """The text's search terms, in the corpus's own spelling, each with its IDF."""
        return self.index.bm25.term_weights(text)

    def words(self, text: str) -> list[str]:
        """The search tokens of a text, as term_weights keys them."""
        return self.index.bm25.tokenize(text)

    def question_terms(self, question: str) -> dict[str, float]:
        """A question's search terms with their IDF weights, in the text's spelling: an English question's through
        the text's own words for its words (query/english.py), as its lexical search reads them."""
        return self._search_terms(question, is_english(question))[1]

    def english_terms(self, text: str) -> list[list[str]]:
        """The text's own search terms for each content word of an English text (query/english.py)."""
        return english_words.translate(text, self._spelled)

    def definition_terms(self, question: str) -> list[str]:
        """The term an English definition question asks about, in the text's words ("What is meant by functional
        cooperation?" -> "kerjasama fungsional"), or [] (query/english.py)."""
        return self._english_focus(question) if is_english(question) else []

    def respelled(self, question: str) -> str:
        """The question with each word typed one slip away from a word of the text written as the text writes it
        ("Apa tujuan peneiltian ini?" -> "penelitian"; a letter added, dropped or changed, two neighbours swapped):
        the stemmer finds no root in a misspelled word, so it would read as a word the text never uses, search would
        miss its passages and the question could be declined. Only a word the text does not use, that no dictionary
        knows (a real word asked of a text without it stays, to be missed, unless the text writes its own slip of it:
        _misspelt, "remedi" of a text writing "remidi"), of FUZZY_MIN_LEN letters or more, in
        lower case or opening a sentence (a name has its own spellings: _name_forms); a question in English gets only
        the slips _english_slip reads ("poor nutrtion": "nutrition"), its contractions written out (english.expanded:
        "What's" as "What is"). Of several words of the text one slip away, the one most passages use, of those a
        passage writes beside another word of the question (_beside). A question typed all in lower case gets the capitals of the names and
        acronyms the text writes ("menurut chin" -> "Chin", "ispa": _named), so they are read as names."""
        english = is_english(question)
        if english:  # its contracted framing words written out ("What's": "What is", "doesn't": "does not")
            question = english_words.expanded(question)
        starts = {a for a, _ in sentence_spans(question)}
        if english:  # no context: the English words the index happens to hold are no words of the text's passages
            return re.sub(r"[^\W\d_]+", lambda m: self._english_slip(m.group(), m.start() in starts)
                          or self._indonesian_misspelt(m.group()) or m.group(), question)
        context = self._context(question)

        def fix(m: re.Match) -> str:
            word = m.group()
            if not word.islower() and not (m.start() in starts and word[1:].islower()):
                return word
            better = self._original(word.lower()) or self._one_slip(word.lower(), context) \
                if len(word) >= FUZZY_MIN_LEN else self._undoubled(word.lower())
            return word if better is None else better[:1].upper() + better[1:] if word[0].isupper() else better

        respelled = re.sub(r"[^\W\d_]+", fix, question)
        if respelled.lower() != respelled:
            return respelled
        # typed all in lower case: the names and acronyms the text writes with capitals ("menurut chin", "ispa")
        return re.sub(r"[^\W\d_]+", lambda m: self._named(m.group(), context) or m.group(), respelled)

    def _original(self, word: str) -> str | None:
        """The English word the text writes whose Indonesian loan spelling a question's word is ("paleolitik" of a text
        writing "Paleolithic", "teknologi" of one writing "technology": english.cognates), the one most passages use,
        of those LOAN_PASSAGES passages or more use; None for a word the text uses. A course text keeps many terms in
        English that a student types the Indonesian way: read as typed, a noun the text never uses (absent_words),
        whose passages the search missed. An English word one passage writes is named in passing ("*dyslexia*" in a
        list of causes), no term of the text's own: "disleksia itu apa" stays a question about what it does not say."""
        bm25 = self.index.bm25
        if word in bm25.stems or stem(word, bm25.stems) in bm25.vocab:
            return None
        if self._originals is None:  # the text's words a loan spelling changes, by each of their loan spellings
            self._originals = {}
            for written in sorted(bm25.stems):
                if written.isalpha() and english_words.loan_letters(written) != written \
                        and not indonesian_word(written):
                    for loan in english_words.cognates(written):
                        if loan != written:
                            self._originals.setdefault(loan, []).append(written)
        found = {w: bm25.passages_with(bm25.vocab.get(bm25.stems[w])) for w in self._originals.get(word, [])}
        found = {w: n for w, n in found.items() if n >= LOAN_PASSAGES}
        return max(found, key=lambda w: (found[w], w)) if found else None

    def _english_slip(self, word: str, opening: bool = False) -> str | None:
        """An English word typed with a letter left out or two neighbours swapped ("nutrtion", "autsim", "mangement"):
        the English word list's word so typed whose words the text writes ("nutrition": "gizi"; of several, the one
        most passages write), its ending kept ("nutrtions": "nutritions"), or None. Only a word of ENGLISH_SLIP_MIN
        letters or more, in lower case (or opening a sentence), that no word list knows and the text writes in no
        form: the word list holds some 4,800 course words, so a word it lacks is as often a real word ("viral",
        "sensor"), and a letter changed or added makes another real word too often for it to tell ("viral": "vital",
        "chords": "cords", "grunting": "granting"); a letter left out or a swap rarely does."""
        lower = word.lower()
        if len(word) < ENGLISH_SLIP_MIN or not (word.islower() or opening and word[1:].islower()) \
                or is_english_word(lower) or indonesian_word(lower) or self._english_written(lower) \
                or any(form in ENGLISH_STOP for form in base_forms(lower)):  # "saying": a framing word's form
            return None
        found: dict[str, int] = {}
        for base in base_forms(lower):
            if lower.startswith(base):
                for meant in (one_slips(base, dropped=False, changed=False) - {base}) & lexicon().keys():
                    held = len(self._english_holders(meant)) if self._english_written(meant) else 0
                    if held:
                        found[meant + lower[len(base):]] = max(held, found.get(meant + lower[len(base):], 0))
        if not found:
            return None
        meant = max(sorted(found), key=found.get)
        return meant[:1].upper() + meant[1:] if word[0].isupper() else meant

    def _indonesian_misspelt(self, word: str) -> str | None:
        """An Indonesian word in lower case an English question asks ("What does the term remedi cover?") in the
        text's own slip of it (_misspelt), or None: no English word, nor one the text writes. Wherever the text writes
        it: the question's other words are English, which the text's passages never write beside it."""
        bm25 = self.index.bm25
        if len(word) < FUZZY_MIN_LEN or not word.islower() or word in bm25.stems or is_english_word(word) \
                or stem(word, bm25.stems) in bm25.vocab or not indonesian_word(word):
            return None
        return self._misspelt(word)

    def _english_written(self, word: str) -> bool:
        """The text writes an English word in some form: itself, or a word of the word list's or a loan word of it
        (english.indonesian_words) as it stands."""
        return any(all(self._spelled(w) for w in words) for words in english_words.indonesian_words(word))

    def _context(self, question: str) -> frozenset[int]:
        """The index's terms of the question's words the text uses: what a respelling should stand beside (_beside)."""
        vocab = self.index.bm25.vocab
        return frozenset(vocab[t] for t in self.index.bm25.tokenize(question) if t in vocab)

    def _beside(self, term: int, context: frozenset[int]) -> int:
        """How many passages using a term use another term of the question's context too."""
        bm25 = self.index.bm25
        holders = bm25.doc[bm25.ptr[term]:bm25.ptr[term + 1]]
        others = [bm25.doc[bm25.ptr[t]:bm25.ptr[t + 1]] for t in context if t != term]
        return int(np.isin(holders, np.concatenate(others)).sum()) if others else 0

    def _named(self, word: str, context: frozenset[int] = frozenset()) -> str | None:
        """How the text writes a word it only ever writes as an acronym ("ISPA") or as a name ("Chin", "MySQL") with
        a capital inside a sentence at least once (a capital opening a sentence says nothing); None for a word it
        writes in lower case anywhere. A word shorter than FUZZY_MIN_LEN is as often a word cut short ("apa nam mata
        uang ...": "nama") as a name: it is one only where a passage writes it beside another word of the question's
        context ("arduino uno", "menurut sum dan jessop"), when the text uses any."""
        if len(word) < 3 or word in stop_words():
            return None
        term = stem(word, self.index.bm25.stems)
        known = self.index.bm25.vocab.get(term)
        others = context - {known}
        if len(word) < FUZZY_MIN_LEN and others and known is not None and not self._beside(known, others):
            return None
        found = re.compile(rf"(?<![\w-])(?:{re.escape(word)})(?![\w])", re.I)
        forms, inside = set(), False
        for written, within in self._written(term, found):
            forms.add(written)
            inside = inside or within
        form = forms.pop() if len(forms) == 1 else ""
        return form if form.isupper() or inside and not form.islower() else None  # an acronym anywhere

    def _one_slip(self, word: str, context: frozenset[int] = frozenset()) -> str | None:
        """How the text writes a word it does not use and no dictionary knows, or None (an English word of the word
        list: only as the text spells it, english.indonesian_words, or that spelling's slip in the text: _misspelt; a
        word a dictionary knows: only the text's own slip of it, _misspelt, or its chat verb's standard form the text
        writes, "diputer" diputar): the first of a chat verb's
        standard form the text writes, bare or with "-nya" ("nuntut" menuntut, "milih" memilih, "milihnya" memilihnya:
        not "runtut", "milik", "miliknya", a slip away and another word), a word of the text one slip away,
        the only stop word one slip away, a chat verb's standard form, the text's form of the root with another affix,
        a form of a stem of the text one slip away. A word one slip away is another word of the text only beside the
        question's other words (context: _commonest); never one shorter than FUZZY_MIN_LEN, for the reason the typed
        word may not be: one slip from a short word, a longer one is as likely meant ("kitah": "kita" or "kitab",
        "raspi": "rapi" or Raspberry Pi's)."""
        bm25 = self.index.bm25
        if word in bm25.stems or word in stop_words() or stem(word, bm25.stems) in bm25.vocab:
            return None
        if indonesian_word(word):  # a chat verb the dictionary lists too ("diputer", "muter"): the text's standard form
            chat = self._chat_verb(word)
            return chat if chat is not None and chat in bm25.stems else self._misspelt(word, context)
        if is_english_word(word):  # a loan word asked: the text's spelling of it ("ratio": "rasio", "programming":
            slips = one_slips(word)
            spellings = {f[0] for f in english_words.indonesian_words(word) if len(f) == 1}  # "programing"), no
            return self._slip_to_word(word, slips & spellings) \
                or next(filter(None, (self._misspelt(s, context) for s in sorted(slips & spellings))), None)
        chat = self._chat_verb(word)
        if chat is not None and (chat in bm25.stems or chat.endswith("nya") and chat[:-3] in bm25.stems):
            return chat  # "nuntut": the text writes "menuntut"; "runtut" is one slip off
        reach = self._within_reach(word)
        restored = _vowel_restored(word) if reach else set()  # chat drops vowels: "bnyak" banyak, "belajr"
        restored = self._slip_to_word(word, restored, context) or self._slip_to_stop_word(restored) \
            or self._slip_to_affixed_stem(restored, context)
        if restored is not None:
            return restored
        # a chat verb by its root the text uses ("nabung": "tabungan"), or by a mark no word of standard Indonesian
        # has ("nganggep", "nyebut", "-in"): a bare "m" or "n" begins loan words and names ("sambal matah" is no
        # "mematah" of a text without "patah")
        if chat is not None and not (stem(chat, bm25.stems) in bm25.vocab or chat_nasal(word)
                                     or _CHAT_SUFFIX.search(word)):
            chat = None
        slips = one_slips(word) if reach else set()
        return self._slip_to_word(word, slips, context) or self._slip_to_stop_word(slips) or chat \
            or self._other_affix(word) or self._slip_to_affixed_stem(slips, context, typed=word)

    def _within_reach(self, word: str) -> bool:
        """Whether a word one slip from word (a letter put back, _vowel_restored; any slip, one_slips) may be what
        _one_slip finds: a word of the text, a stop word, an affixed form of a term of the text (_affixed_stem). None
        is longer than the longest of those (a question of one 2,000-letter word spelled out its 110,000 slips, 0.7 s,
        to find none); a word no longer than any index's words (under 40 letters: lexical.stems_of) is not asked."""
        if len(word) <= 40:
            return True
        if self._reach is None:
            bm25 = self.index.bm25
            self._reach = max(max(map(len, bm25.stems), default=0), max(map(len, stop_words())),
                              max(map(len, bm25.vocab), default=0) + _AFFIXES_LONGEST)
        return len(word) - 1 <= self._reach

    def _misspelt(self, word: str, context: frozenset[int] = frozenset()) -> str | None:
        """The text's own slip for a word the dictionary knows that it never writes, or None: a word of the text one
        slip away that no dictionary knows as written and that it writes in lower case, no name (_text_slips: "remedi"
        of a text writing "remidi", which the stemmer cuts to another stem, so no search term is one slip away), of
        those a passage writes beside the question's other words (_commonest). A word the dictionary knows one slip
        away is another word ("piring" is no "miring"), and so is a name ("tarikan" is no "Tarigan")."""
        return self._commonest(self._text_slips(word), context, word)

    def _text_slips(self, word: str) -> dict[str, int]:
        """The words of the text one slip from a word (itself aside) that no dictionary knows as written
        (affixed_word, the English word list) and that it writes in lower case somewhere, no name, and that differ
        from it by a vowel or a doubled letter only (_vowel_slip), each -> its term: the text's own slips of the word
        (_misspelt, focus_absent). The dictionary misses many common words as written ("menelan", "asupan",
        "kinerja"): a consonant changed makes another word of those ("menekan", "asuhan"), not a slip."""
        bm25 = self.index.bm25
        slips = {w: bm25.vocab.get(bm25.stems[w]) for w in one_slips(word)
                 if w in bm25.stems and w != word and len(w) >= FUZZY_MIN_LEN and not is_english_word(w)
                 and not affixed_word(w)}
        return {w: t for w, t in slips.items() if t is not None and _vowel_slip(w, word)
                and not self._written_as_name(bm25.stems[w])}

    def _undoubled(self, word: str) -> str | None:
        """A short word (under FUZZY_MIN_LEN letters) the text does not use and no dictionary knows, typed with one
        letter of the text's word's doubled pair ("xamp itu apa": "xampp"), or None: the one slip a short word is
        read for (_one_slip reads none), a doubled letter dropped being no other word's spelling."""
        bm25 = self.index.bm25
        if len(word) < 3 or word in bm25.stems or word in stop_words() or indonesian_word(word) \
                or is_english_word(word):
            return None
        return self._commonest({w: bm25.vocab.get(bm25.stems[w]) for w in (word[:i] + word[i] + word[i:]
                                                                            for i in range(len(word)))
                                if w in bm25.stems})

    def _commonest(self, terms: dict[str, int | None], context: frozenset[int] = frozenset(),
                   typed: str = "") -> str | None:
        """Of candidate words -> their term of the index (None: not in it), the one most passages use; with a context
        (the question's other terms the text uses), of those a passage uses beside one of them, the one most passages
        use so: a slip read as a word of the text that never stands near the question's other words is another word
        ("Akad wakalah di bank syariah" is no "makalah", "cessie dalam hukum jaminan" no "Jessie"), not the one meant.
        A word typed with a letter missing (_letter_missing) is the one meant wherever the text writes it."""
        bm25 = self.index.bm25
        used = {w: (bm25.passages_with(t),) for w, t in terms.items() if t is not None}
        if used and context:
            used = {w: (n, *rest) for w, rest in used.items()
                    if (n := self._beside(terms[w], context) or _letter_missing(typed, w))}
        return max(sorted(used), key=used.get) if used else None

    def _slip_to_word(self, word: str, slips: set[str], context: frozenset[int] = frozenset()) -> str | None:
        """A word of the text one slip away ("peneiltian" -> "penelitian")."""
        bm25 = self.index.bm25
        return self._commonest({w: bm25.vocab.get(bm25.stems[w]) for w in slips
                                if w in bm25.stems and w != word and len(w) >= FUZZY_MIN_LEN}, context, word)

    @staticmethod
    def _slip_to_stop_word(slips: set[str]) -> str | None:
        """The only stop word one slip away ("dilkaukan" -> "dilakukan", "setniggi" -> "setinggi"): the index leaves
        stop words out, so a slip of one found no word of the text and read as a noun the text never uses."""
        stopped = [w for w in slips if w in stop_words()]
        return stopped[0] if len(stopped) == 1 and len(stopped[0]) >= FUZZY_MIN_LEN else None

    def _chat_verb(self, word: str) -> str | None:
        """A verb as chat says it ("ngartiin" -> "mengartikan", "nyebut" -> "menyebut", "dikumpulin" ->
        "dikumpulkan"): the standard form the text writes, else one of a stem it uses, else the likeliest."""
        bm25 = self.index.bm25
        chat = chat_verb_forms(word)

        def used(form: str) -> tuple[int, int, int]:
            written, rooted = bm25.vocab.get(bm25.stems.get(form, "")), bm25.vocab.get(stem(form, bm25.stems))
            return bm25.passages_with(written), bm25.passages_with(rooted), -chat.index(form)
        return max(chat, key=used) if chat else None

    def _other_affix(self, word: str) -> str | None:
        """The text's form, with another affix, of a root no dictionary knows ("diinstal" of a text writing
        "menginstal", "diupload" / "mengupload"): the stemmer strips no affix off a root it does not know."""
        bm25 = self.index.bm25
        return self._commonest({w: bm25.vocab.get(bm25.stems[w]) for w in _other_affixes(word) if w in bm25.stems})

    def _slip_to_affixed_stem(self, slips: set[str], context: frozenset[int] = frozenset(),
                              typed: str = "") -> str | None:
        """A form of a word the text uses in other forms ("diraamlkan" -> "diramalkan" of a text writing "ramalan"):
        an affix and a stem of the text one slip away, the stemmer agreeing. Not a slip outside the stem the typed
        word spells whole (a vowel restored aside, _one_slip): its ending is another word's, no mistyped affix
        ("wasiat wajibah" is no "wajiban")."""
        bm25 = self.index.bm25
        stems = {w: stem(w, bm25.stems) for w in slips if self._affixed_stem(w)}
        return self._commonest({w: bm25.vocab.get(t) for w, t in stems.items() if not typed or t not in typed},
                               context)

    def _affixed_stem(self, word: str) -> bool:
        """A prefix and/or suffix around a stem of the text ("di" + "ramal" + "kan"): a cheap test before the stemmer.
        A word longer than the text's longest term with the longest affixes has none (a question of one 2,000-letter
        word tried each of its 110,000 slips: 2.5 s)."""
        vocab = self.index.bm25.vocab
        if self._longest is None:
            self._longest = max(map(len, vocab), default=0)
        if len(word) - _AFFIXES_LONGEST > self._longest:
            return False
        for prefix in _PREFIXES:
            if word.startswith(prefix):
                for suffix in _SUFFIXES:
                    core = word[len(prefix):len(word) - len(suffix)]
                    if (prefix or suffix) and word.endswith(suffix) and len(core) >= FUZZY_MIN_LEN and core in vocab:
                        return True
        return False

    def stem(self, word: str) -> str:
        """A word's stem, a stop word's too (the answer compares the verbs a search drops)."""
        return stem(word, self.index.bm25.stems)

    def part_scores(self, chunk: Chunk, query_vector: np.ndarray | None) -> list[tuple[tuple[int, int], float]] | None:
        """(span, similarity to the query) of each indexed part of a chunk (its list items or sentences, where
        chunking cuts them), or None for a chunk without parts (a short passage's row said alone, chunking._said_alone,
        only scores the passage: part_spans has no span for it)."""
        sims = None if query_vector is None else self.index.part_similarities(chunk.id, query_vector)
        spans = part_spans(chunk.text)
        if sims is None or len(sims) != len(spans):
            return None
        return [(span, float(sim)) for span, sim in zip(spans, sims)]

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        """Vectors for passage texts the index has none for."""
        return self.encoder.encode_documents(texts)

    def search(self, query: str, k: int, query_vector: np.ndarray | None = None, within: Scope | None = None) -> Retrieval:
        """The k best passages by the fitted ranker (ranker.py), the fitted confidence that the text covers the query
        (it decides abstention) and the one an answer shows, that the first passage holds the answer."""
        vector = self.query_vector(query) if query_vector is None else query_vector
        return self.ranked(query, k, vector, self.candidates(query, vector, within), within)

    def ranked(self, query: str, k: int, vector: np.ndarray, found: Candidates, within: Scope | None = None) \
            -> Retrieval:
        """search() over candidates already found for the query (candidates(query, vector, within))."""
        params = self.parameters or load_parameters()
        scores = params.score(found.features) if len(found.ids) else np.zeros(0)
        if within is not None and within.section:  # a follow-up prefers the section of the turn it follows
            for n, i in enumerate(found.ids):
                if self.index.chunks[i].location.section[:len(within.section)] == within.section:
                    scores[n] += SECTION_BONUS * params.passage[0]
        for n, i in enumerate(found.ids):  # a passage that asks, not says: an exercise item, a run of questions
            text = self.index.chunks[i].text
            if exercise_item(text) or found.features[n, _ASKS] > ASKING_SHARE:
                scores[n] -= EXERCISE_PENALTY * params.passage[0]
        for n in self._titled_lifted(found, scores):
            scores[n] += TITLED_BONUS * params.passage[0]
        order = sorted(range(len(found.ids)), key=lambda n: (-scores[n], found.ids[n]))[:k]
        hits = tuple(Hit(self.index.chunks[found.ids[n]], float(scores[n]), found.dense[found.ids[n]],
                         found.lexical.get(found.ids[n], 0.0)) for n in order)
        features, missing = self.question_features(query, vector, found, hits)
        confidence = params.confidence(features)
        # A name the text never writes: its subject is not in this text. Not so for a question in English, whose
        # names may be the English form of what the text writes otherwise ("Ezekiel" / "Yehezkiel", "Civil Code"),
        # unless it asks what the name is and the text never writes it whole (english_name_unwritten).
        if self.unspelled_names(found) and not is_english(query) or self.english_name_unwritten(query, found):
            confidence = 0.0
        shown = params.answer_confidence(scores, found.features[order[0]] if order else None, confidence)
        return Retrieval(hits, confidence, float(features[0]), float(features[1]), missing, vector, within, shown)

    def english_name_unwritten(self, query: str, found: Candidates) -> bool:
        """An English question asking what a name is (english.definition_asked, less where or what for it is asked
        of: QUALIFIER) that no passage writes whole: "What is Home Assistant used for on a Raspberry Pi?" of a text
        writing "home" in one passage and "assistant" in another, "What is Node-RED ...?" of one writing "node" and
        "red" apart. A name is written as it is named, not translated word by word (its spellings one typo away, as
        Indonesian writes it, or in words for an acronym: Retriever._name_forms, english.ACRONYMS), so its subject is
        not in this text, as for an Indonesian question naming a name the text never writes (Retriever.search). Every
        word of the term is capitalised, at most FOCUS_TOKENS of them: a longer run is the rest of the question; and
        some other word is not, or the capitals are the title case's ("What Is Functional Cooperation?"). A word of it
        the text never writes counts as written where the text writes it in Indonesian (_english_holders, as
        english_focus_absent reads it): a concept capitalised is no name ("What is International Cooperation?" of a
        text on "kerjasama internasional", "What is Diplomacy?" of one writing "diplomasi")."""
        term, words = _english_term(english_words.definition_asked(query) if is_english(query) else None)
        if not words or len(words) > FOCUS_TOKENS or not all(w[:1].isupper() for w in words):
            return False
        if not any(w.islower() for w in _TEXT_WORD.findall(query.replace(term, " ", 1))):
            return False  # title case: no word tells a name
        names = _NAME.findall(term)
        groups = [found.name_forms.get(n, frozenset(self.index.bm25.tokenize(n)))
                  | {t for w in english_words.ACRONYMS.get(n, ()) if (t := self._spelled(w))} for n in names]
        held = [frozenset().union(*self._holders(group).values()) or self._english_holders(name.lower())
                for name, group in zip(names, groups)]
        return bool(held) and not frozenset.intersection(*held)

    def unspelled_names(self, found: Candidates) -> tuple[str, ...]:
        """The question's names and acronyms that no passage of the text spells, not even one typo away ("PBB",
        "Piaget" asked of a text that never names them). A name the text does write pulls its passages up instead; so
        does one it writes only in English, in a passage written in English (_holders_or_english)."""
        holders = self._holders_or_english({t for forms in found.name_forms.values() for t in forms})
        return tuple(n for n, forms in found.name_forms.items() if not any(holders[t] for t in forms))

    def candidates(self, query: str, vector: np.ndarray, within: Scope | None = None) -> Candidates:
        """The passages worth ranking (the best of dense and of BM25 search, or every passage of a follow-up's
        document) with their features, in ranker.PASSAGE_FEATURES order."""
        english = is_english(query)
        tokens, weights, groups = self._search_terms(query, english)
        related = {} if english else self._related(tokens, weights)  # "kegunaan" asked, "manfaat" written
        others = sorted({t for terms in related.values() for t in terms})
        if english:  # each English word's one-word translations one term (BM25.grouped_scores), any other token alone
            alternatives = [g for g in english_words.alternatives(query, self._spelled) if len(g) > 1]
            lex_all = self._english_scores(tokens, alternatives)
        else:  # its words as written count more
            lex_all = self.index.bm25.scores(tokens, written_forms(query))
        if others:
            lex_all = lex_all + synonyms.SHARE * self.index.bm25.scores(others)
        if within is None:
            ids, sims = self.index.dense_search(vector, CANDIDATES)
            dense = {int(i): float(s) for i, s in zip(ids, sims)}
            top_lex = np.argsort(-lex_all)[:CANDIDATES]
        else:  # a follow-up: every passage of the document it stays in, scored exactly
            ids = sorted(self._passages_of(within.path))
            dense = dict(zip(ids, map(float, self.index.similarities(vector, ids))))
            top_lex = ids
        naming = self._naming_terms(query) if english else frozenset()  # "the Prodia study": the document's words
        if naming and set(tokens) - naming:  # they tell which document, the passage's own words which passage
            lex_all = self._english_scores([t for t in tokens if t not in naming],
                                           [[t for t in g if t not in naming] for g in alternatives])
        lexical = {int(i): float(lex_all[i]) for i in top_lex if lex_all[i] > 0}
        only_lexical = sorted(lexical.keys() - dense.keys())
        if only_lexical:  # exact similarity for lexical-only candidates
            dense.update(zip(only_lexical, map(float, self.index.similarities(vector, only_lexical))))
        chosen = [i for i in sorted(dense) if not _title_only(self.index.chunks[i].text) or self._section_body(i)]
        x = np.zeros((len(chosen), len(PASSAGE_FEATURES)))
        if not chosen:
            return Candidates(chosen, x, dense, lexical, (), {})
        own = self.index.bm25.tokenize(query) if english else tokens  # the words as asked, not their translations
        known = self.index.bm25.known_fraction([t for t in own if not t.isdigit()])
        names = self._name_forms(query) if known > 0 else {}  # a title-cased English question is no name
        top_dense = max(dense[i] for i in chosen)
        top_lex = max(lexical.values(), default=0.0)
        place = self.index.place_similarities(vector)
        mean_place = float(place.mean()) if len(place) else 0.0
        enumeration = bool(ENUMERATION.search(query.strip()))  # an enumeration: list passages get a head start
        holders = self._holders(set(weights) | set(others))
        asked = {**weights, **{t: self._idf(terms) for t, terms in related.items() if t not in weights}}
        total = sum(asked.values())
        group_weights = [max(weights[t] for t in g) for g in groups]  # an English word: its rarest form's IDF
        group_holders = [frozenset().union(*(holders[t] for t in g)) for g in groups]
        group_naming = [bool(naming & set(g)) for g in groups]
        if english and group_weights and english_words.names_english_part(query):
            # "the English abstract": the passages written in English hold it, weighing as the question's other words
            # together (they say what is asked of it, the phrase which passage says it)
            written = frozenset(i for i in chosen if self._english_share(i) >= ENGLISH_PASSAGE)
            if written:
                group_weights, group_holders = group_weights + [sum(group_weights)], group_holders + [written]
                group_naming = group_naming + [False]
        group_total = sum(group_weights)
        word_groups = [(frozenset(g), w) for g, w in zip(groups, group_weights)]  # an English word: once
        in_document: dict[str, list[float]] = {}  # a document's path -> its weights of the English words
        shares: dict[int, float] = {}
        acronyms = [n for n in names if n.isupper() and len(n) >= 2]
        rarity = {n: max((weights.get(t, 0.0) for t in forms), default=0.0) or 1.0 for n, forms in names.items()}
        surnames = {given: last for given, last in _surnames(query).items()
                    if given in names and set(last) <= names.keys()}
        focus = [definition_focus(query)] if not english else self._english_focus(query)
        focus = [t for t in focus if t]
        count = asked_count(query)
        counted = self.counted_terms(count.thing, english) if count and count.thing else set()
        labels = frozenset((weights.keys() | set(others)) - counted)  # a table row a word of the question labels
        when = question_kind(query) == "time"
        for n, i in enumerate(chosen):
            f = x[n]
            f[0] = dense[i]
            f[2] = float(place[i]) - mean_place
            cited_given = cited_surnames = frozenset()
            if names:  # the question's names the passage or its lead-in cites as an author: in any spelling the
                # text writes the name in (_name_forms), and a person named in full by the surname alone (_surnames)
                cited = self._cited(i) | self._cited(self._lead(i))
                by = {n for n, forms in names.items() if n.lower() in cited or forms & cited}
                by |= {given for given, last in surnames.items() if set(last) <= by}
                f[7] = sum(r for n, r in rarity.items() if n in by) / sum(rarity.values())
                cited_given = frozenset(t for given, last in surnames.items() if set(last) <= by for t in names[given])
                cited_surnames = frozenset(t for given, last in surnames.items() if set(last) <= by
                                           for n in last for t in names[n])
            if not english:
                f[1] = lexical.get(i, 0.0) / top_lex if top_lex > 0 else 0.0
                if total > 0:  # a person cited by surname holds the given names the question adds (_surnames)
                    f[3] = sum(w if t in cited_given else self._held(i, t, w, related.get(t, ()), holders)
                               for t, w in asked.items()) / total
            else:  # its words found through cognates and a word list weigh apart (the fit decides how far to trust them)
                f[_ENGLISH_LEXICAL] = lexical.get(i, 0.0) / top_lex if top_lex > 0 else 0.0
                if group_total > 0:  # each English word once, by its rarest form the passage uses
                    shares[i] = sum(w for w, held in zip(group_weights, group_holders) if i in held) / group_total
                    path = self.index.chunks[i].path
                    if path not in in_document:
                        in_document[path] = self._weighed_in_document(path, group_weights, group_holders,
                                                                      group_naming)
                    mine = in_document[path]
                    f[_ENGLISH_WORDS] = sum(w for w, held in zip(mine, group_holders) if i in held) / sum(mine) \
                        if sum(mine) > 0 else 0.0
            f[4] = float(enumeration and i in self.index.list_chunks)
            f[5] = dense[i] - top_dense if english else 0.0
            f[6] = self._english_share(i) if english else 0.0
            f[8] = float(any(expands(self.index.chunks[i].text, a) for a in acronyms))
            f[_ENGLISH_DEFINES if english else 9] = float(any(defines(self.index.chunks[i].text, t) for t in focus))
            if count:
                f[_GIVES_COUNT] = float(gives_count(self.index.chunks[i].text, count, counted,
                                                    self.index.bm25.tokenize, labels))
            f[_ASKS] = asks(self.index.chunks[i].text, query)
            f[_SENTENCE_WORDS] = self._sentence_words(i, weights, word_groups, person=(cited_given, cited_surnames))
            if when:
                f[_GIVES_TIME] = self._sentence_words(i, weights, word_groups, timed=True)
        typed = frozenset(_TEXT_WORD.findall(query.lower()))
        titled = {} if english else {i: w for i in chosen if (w := self._titled(i, weights, typed, bool(focus)))}
        own_words = tuple((t, w, holders.get(t, frozenset())) for t, w in weights.items()
                          if t not in _QUESTION_WORDS) if titled else ()
        return Candidates(chosen, x, dense, lexical, tuple(names), names, shares, titled, own_words)

    def _titled(self, chunk_id: int, weights: dict[str, float], typed: frozenset[str], defining: bool) -> float:
        """The heaviest weight of the passage's label's words where that label (ranker.passage_labels) is the
        question's term, else 0: its words, less those framing what is asked, are some and all of them the
        question's, and weigh TITLED_SHARE of its words or more (not "Pengertian Berita" for "contoh keanehan sebagai
        nilai berita": the text's topic, no term of the question's own). A word framing the label ("Definisi
        Permintaan", "Jenis-Jenis X": _QUESTION_WORDS) frames the question too, a definition's in any of its words or
        as a definition question asks (defining): "Pengertian MySQL" does not title "MySQL dipakai buat apa". Its
        words search leaves out (stop words, ordinals) are the question's too: "Fase Awal" is no title of "fase
        puncak", "Nabi abad kesembilan" of "nabi abad ketujuh". A heading labels the one passage under it only: a
        section of several ("Alat Skrining") is the topic their passages share."""
        asked = {t: w for t, w in weights.items() if t not in _QUESTION_WORDS}
        framing = weights.keys() & _QUESTION_WORDS
        framing |= _DEFINING_WORDS if defining or framing & _DEFINING_WORDS else set()
        chunk = self.index.chunks[chunk_id]
        section = chunk.location.section
        heading = section[-1] if section and self._section_passages()[chunk.path, section] == 1 else ""
        tokenize = self.index.bm25.tokenize
        for label in passage_labels(chunk.text, heading) + item_labels(chunk.text):
            tokens = {t for t in tokenize(label) if not t.isdigit()}
            words = tokens - _QUESTION_WORDS
            unsearched = {w for w in _TEXT_WORD.findall(label.lower()) if not tokenize(w)}  # "awal", "kesembilan"
            if typed & _BESIDE_TERM - unsearched:
                continue  # "langkah setelah segmentasi pasar", not "nabi setelah masa pembuangan" of its own label
            if words and words <= asked.keys() and tokens & _QUESTION_WORDS <= framing and unsearched <= typed \
                    and sum(asked[t] for t in words) >= TITLED_SHARE * sum(asked.values()):
                return max(asked[t] for t in words)
        return 0.0

    def _section_passages(self) -> Counter:
        """(path, section) -> how many passages stand under that heading, counted once per index."""
        if self._sections is None:
            self._sections = Counter((c.path, c.location.section) for c in self.index.chunks)
        return self._sections

    @staticmethod
    def _titled_lifted(found: Candidates, scores: np.ndarray) -> list[int]:
        """The rows of the titled passages the bonus lifts: each one lacking no word of the question heavier than its
        label's words that a passage scored above it uses (found.own_words). One naming the term in passing is
        passed; one holding a rarer word the titled passage lacks ("tunagrahita berat waktu lapar" over the item
        "Tunagrahita berat:") answers what the question asks beyond the term."""
        if not found.titled:
            return []
        lifted, above = [], set()
        for n in sorted(range(len(found.ids)), key=lambda n: (-scores[n], found.ids[n])):
            i = found.ids[n]
            if i in found.titled and not any(w > found.titled[i] and i not in held and held & above
                                             for _, w, held in found.own_words):
                lifted.append(n)
            above.add(i)
        return lifted

    def _english_scores(self, tokens: list[str], groups: list[list[str]]) -> np.ndarray:
        """BM25 of an English question's search tokens: the text's one-word forms of one English word (a group,
        english.alternatives) as one term, so a word with several translations counts once where a passage writes two
        of them; any other token (a phrase's word, a name, a typo matched one letter away) alone."""
        grouped = {t for g in groups for t in g}
        return self.index.bm25.grouped_scores(groups, [t for t in tokens if t not in grouped])

    def _weighed_in_document(self, path: str, weights: list[float], holders: list[frozenset[int]],
                             naming: list[bool] | None = None) -> list[float]:
        """The weights of an English question's words (english_words) for the passages of one document: each word's
        IDF over the text times how few of that document's passages write it, log(1 + passages / (writing + 0.5)).
        A word every passage writes is the document's topic ("stunting", "ISPA"): it tells which document, not which
        of its passages answers; the word few write does ("kept from": "pencegahan" in one). The question's words
        reach the Indonesian passage through a word list, so an English question leans on its lexical side for
        this more than an Indonesian one, whose own words the dense side reads. An index of one document: the weights
        as they are (that factor would be the text's IDF again, squaring it, under weights fitted without it).
        naming: which words name the document asked of ("the Prodia study": english.naming_words); in a document
        writing one it weighs nothing (its title and abstract write it, not the passage answering), in any other it
        weighs as a word it lacks."""
        passages = self._passages_of(path)
        naming = naming or [False] * len(weights)
        whole = len(passages) == len(self.index.chunks)
        return [0.0 if named and passages & held else w if whole else
                w * math.log(1 + len(passages) / (len(passages & held) + 0.5))
                for w, held, named in zip(weights, holders, naming)]

    def _naming_terms(self, query: str) -> frozenset[str]:
        """The text's terms for the words of an English question's phrases naming its document (english.naming_words:
        "the Prodia study" -> prodia): as asked and as the text writes them."""
        words = english_words.naming_words(query, self._in_a_title)
        return frozenset(t for w in words for t in self._word_terms(w))

    def _word_terms(self, word: str) -> set[str]:
        """The text's terms for an English word: as asked and as the text writes it."""
        bm25 = self.index.bm25
        return set(english_words.text_terms(word, self._spelled)) | {t for t in bm25.tokenize(word) if t in bm25.vocab}

    def _in_a_title(self, words: list[str]) -> bool:
        """Some document's title (its first heading or title field) writes every one of the words, in the text's
        terms for them (a phrase naming that document: english.naming_words)."""
        if self._title_terms is None:
            tokenize = self.index.bm25.tokenize
            self._title_terms = [frozenset(tokenize(t)) for t in sorted({c.document for c in self.index.chunks})]
        terms = [self._word_terms(w) for w in words]
        return any(all(t & title for t in terms) for title in self._title_terms)

    def _search_terms(self, query: str, english: bool) -> tuple[list[str], dict[str, float], list[list[str]]]:
        """The question's search tokens and their IDF weights (in the text's spelling). A question in English: its
        content words, names and numbers, and the text's own words for them (query/english.py: cognates and a word
        list), also as one group of terms per English word (an Indonesian question: no groups)."""
        bm25 = self.index.bm25
        if not english:
            framed = without_asking_nouns(query)  # "Dimana letak X?": X, not "letak"; "Dimana letaknya?" as it is
            query = framed if bm25.tokenize(framed) else query
            return list(dict.fromkeys(bm25.tokenize(query) + self._spelt_terms(query))), self._term_weights(query), []
        kept = english_words.without_framing(query)
        # A word of the English word list is no typo of a word of the text ("start" is not "state", "habits" not
        # "habis"): the text's own words for it are searched (translate). Any other word may be (a name: "Habakkuk").
        english_known = {t for w in WORD.findall(kept) if is_english_word(w) for t in bm25.tokenize(w)}
        asked = [t for t in bm25.tokenize(kept) if t in bm25.vocab or t not in english_known]
        groups = english_words.translate(query, self._spelled)
        own = [t for t in asked if t in bm25.vocab and not any(t in g for g in groups)]
        groups = [g for g in groups if g] + [[t] for t in dict.fromkeys(own)]  # numbers, names split by the tokenizer
        # a name the text spells its own way ("Jeroboam": "Yerobeam"), even where it also writes it as asked, once, in
        # an English title it cites ("Jeremiah" of a text writing "Yeremia", and "Studies on Life of Jeremiah"), a name
        # of five letters or more, as _name_forms reads it ("WISC" is no "disk")
        for name in dict.fromkeys(_names(query)):
            spelled = sorted({v for t in bm25.tokenize(name) if t not in bm25.vocab or len(t) >= 5
                              for v in self._respelled(t)} - {t for g in groups for t in g})
            if spelled:
                groups.append(spelled)
        tokens = list(dict.fromkeys(asked + [t for g in groups for t in g]))
        weights = bm25.token_weights(asked)
        for t in (t for g in groups for t in g):
            weights.setdefault(t, float(bm25.idf[bm25.vocab[t]]))
        return tokens, weights, groups

    def counted_terms(self, thing: str, english: bool) -> set[str]:
        """The search terms of what a "berapa / how many" question counts ("apotek"; "employees" -> karyawan)."""
        terms = set(self.index.bm25.tokenize(thing))
        if english:
            terms |= {t for group in english_words.translate(thing, self._spelled) for t in group}
        return terms

    def _related(self, tokens: list[str], weights: dict[str, float]) -> dict[str, list[str]]:
        """Each search token of an Indonesian question -> the text's terms for the other words of its groups
        (query/synonyms.py) that the question does not use itself; a token the text never uses too ("kegunaan" of a
        text that only writes "manfaat")."""
        out = {t: [r for r in synonyms.related(t, self._spelled) if r not in weights] for t in dict.fromkeys(tokens)}
        return {t: found for t, found in out.items() if found}

    def _idf(self, terms) -> float:
        """The highest IDF of the text's terms: a question word the text writes only otherwise weighs as its rarest
        other word."""
        bm25 = self.index.bm25
        return max(float(bm25.idf[bm25.vocab[t]]) for t in terms)

    def _held(self, chunk_id: int, term: str, weight: float, related: list[str], holders) -> float:
        """A question word's part of the `words` feature in a passage: its weight where the passage uses it; where it
        uses only another word of its group, synonyms.SHARE of that (of the other word's IDF when lower: a common word
        says less); else 0."""
        if chunk_id in holders.get(term, ()):
            return weight
        found = [r for r in related if chunk_id in holders[r]]
        return synonyms.SHARE * min(weight, self._idf(found)) if found else 0.0

    def uses(self, word: str) -> bool:
        """The text uses the word (in lower case), in some passage."""
        return self._spelled(word) is not None

    def _spelled(self, word: str) -> str | None:
        """The search term of a word the text uses (its stem in the index's own map), else None."""
        bm25 = self.index.bm25
        term = bm25.stems.get(word)
        return term if term is not None and term in bm25.vocab else word if word in bm25.vocab else None

    def _english_focus(self, query: str) -> list[str]:
        """The Indonesian phrasings, in words the text uses, of the term an English definition question asks about."""
        focus = english_words.definition_focus(query)
        return english_words.indonesian_terms(focus, lambda w: w in self.index.bm25.stems) if focus else []

    def question_features(self, query: str, vector: np.ndarray, found: Candidates,
                          hits: tuple[Hit, ...]) -> tuple[np.ndarray, tuple[str, ...]]:
        """The question against the whole text and its best passages (ranker.QUESTION_FEATURES order), and what it
        names that they do not cover (names missing from the top passages, nouns the text never uses)."""
        asked = asked_part(query)
        tokens = self.index.bm25.tokenize(asked)
        if not any(t not in _QUESTION_WORDS for t in tokens if not t.isdigit()):
            asked = query  # "Saya membaca tentang inflasi. Apa penyebabnya?": the scene says what is asked
            tokens = self.index.bm25.tokenize(asked)
        # "1" is in every list; an acronym the text only spells out counts as its phrase's words ("ilmu HI" of a text
        # writing "ilmu Hubungan Internasional": _spelled_out, as absent_words reads it)
        spelled = self._unwritten_acronyms(asked)
        acronyms = {t for acronym in spelled for t in self.index.bm25.tokenize(acronym)}
        known = self.index.bm25.known_fraction([t for t in tokens if not t.isdigit() and t not in acronyms]
                                               + sorted({t for phrase in spelled.values() for t in phrase}))
        margin = max(found.dense.values(), default=0.0) - self.background_level(vector)
        top = [h.chunk.id for h in hits[:SUBJECT_PASSAGES]]
        said = set(top) | {self._lead(i) for i in top}
        holders = self._holders_or_english({t for forms in found.name_forms.values() for t in forms})
        spelt_out = self._spelled_out(asked)
        missing = tuple(n for n, forms in found.name_forms.items() if not any(holders[t] & said for t in forms)
                        and not self._spelt_in(spelt_out.get(n, frozenset()), said))
        english = is_english(query)
        words = (self.absent_words(asked, english) if known > 0 else ()) + \
            (self.english_absent_words(query) if english else ())
        words_top = self._words_with_lead(query, top[0]) if top else 0.0
        q = np.array([
            margin,
            known,
            float(bool(words)),  # a noun the whole text never uses ("inflasi"): the question is likely elsewhere
            len(missing) / len(found.name_forms) if found.name_forms and not english else 0.0,  # as the veto (search)
            words_top,
            float(english),
            margin if english else 0.0,
            float(not is_language(query, known)),
            *(self._english_evidence(query, found, top) if english else (0.0, 0.0, 0.0)),
            float(self.english_focus_absent(query) if english else self.focus_absent(query)),
            float(self.figure_absent(query, hits)),
            0.0 if english else float(bool(self.words_apart(asked))),
            # every word the text's and the best passage's: a weak margin ("Surfer itu sebutan untuk siapa?") is no
            # sign of another subject
            float(not english and known >= COVERED and words_top >= COVERED),
            self.english_words_document(query, top[0]) if english and top else 0.0,
        ])
        return q, missing + words

    def _spelt_in(self, phrase: frozenset[str], passages: set) -> bool:
        """A passage among these writes out in words an acronym the text also writes as such (phrase: its tokens,
        _spelled_out): "isi pasal 69 UU PPLH" of a passage saying "Undang-Undang Perlindungan dan Pengelolaan
        Lingkungan Hidup" names what was asked. Three words or more: "Undang-Undang" alone is any law's ("UU Cipta
        Kerja" of a text on another law)."""
        phrase = phrase - NAME_LINKS
        if len(phrase) < 3:
            return False
        return bool(frozenset.intersection(*self._holders(phrase).values()) & passages)

    def focus_absent(self, query: str) -> bool:
        """A definition question whose term no passage writes whole ("Apa yang dimaksud dengan pemasaran afiliasi?" of
        a text on marketing that never says "afiliasi" next to it), or a "which" question whose kind no passage writes
        ("Antibiotik apa yang biasa diresepkan untuk ISPA?" of a text naming no antibiotic: ranker.which_focus): each
        of the term's words, or another word of its group (query/synonyms.py), in one passage. A term of more than
        FOCUS_TOKENS search words is mostly the rest of the question, and says nothing; "port LAN raspi buat apa" asks
        no term (ranker.definition_focus). Where it is asked of is not the term ("drug related problems di apotek itu
        apa": QUALIFIER), nor are the words framing the question ("Contoh gesellschaft dalam kehidupan sehari-hari
        apa?": "gesellschaft"); a word the text never writes is the text's word one typo away as BM25 reads it (its
        "Gesselschaft"), and an acronym it never writes is held where the words it spells out are (_initialled: "UNCLOS
        kepanjangannya apa" of a text writing only "United Nations Convention on The Law of The Sea"); a passage the
        text writes in English holds a word in English (_in_english); so does a passage writing the word with the
        text's own slip ("vooorrecht van uitwinning" in one passage, "voorrecht" in others: _text_slips)."""
        focus = definition_focus(query) or which_focus(query)
        focus = QUALIFIER.split(focus)[0] if focus else focus
        tokens = [t for t in self.index.bm25.tokenize(focus) if not t.isdigit() and t not in _QUESTION_WORDS] \
            if focus else []
        if not tokens or len(tokens) > FOCUS_TOKENS:
            return False
        bm25 = self.index.bm25
        forms = {t: [t, *synonyms.related(t, self._spelled),
                     *(bm25.term(near) for near in (() if t in bm25.vocab else bm25.expand([t]))),
                     *(bm25.term(i) for i in self._text_slips(t).values())] for t in tokens}
        spelt = {t: phrase for acronym, phrase in self._unwritten_acronyms(focus).items()
                 for t in bm25.tokenize(acronym)}  # "UNCLOS": where the text writes its words
        holders = self._holders({f for group in forms.values() for f in group} | {t for p in spelt.values() for t in p})
        held = [frozenset.intersection(*(holders[f] for f in spelt[t])) if t in spelt else
                frozenset().union(*(holders[f] for f in group)) | self._in_english(t) for t, group in forms.items()]
        return not frozenset.intersection(*held)

    def english_focus_absent(self, query: str) -> bool:
        """focus_absent of a question in English: the term it asks to define (english.definition_focus, less what
        follows "in" or "used": where it is used, what for), each of its words read as the text's words for it (the
        word itself, the word list's, its loan words, one typo away as absent_words reads one: "etnocentrisme"), all in
        one passage ("What is a business model canvas?" of a text on business models that never writes "kanvas", "What
        is cultivation theory ...?" of one that never writes "kultivasi"). A longer term says nothing, as in
        Indonesian."""
        words = _english_term(english_words.definition_focus(query))[1]
        if not words or len(words) > FOCUS_TOKENS:
            return False
        held = [self._english_holders(word) for word in words]
        return not frozenset.intersection(*held)

    def _english_holders(self, word: str) -> frozenset[int]:
        """The passages that use an English word in some form: itself, or an Indonesian word for it the text writes (the
        word list's, a loan word: english.indonesian_words); when it writes none, one of them one typo away (BM25's
        expand: "etnosentrisme" written "etnocentrisme"), not another word of the same stem ("penanaman": "tanaman").
        One typo away only where one of the two may be misspelled, no dictionary knowing it (Sastrawi's, the English word
        list), as _one_slip reads an Indonesian word: the question's word ("autsim": "autism"), a loan word's guessed
        spelling, or the text's word ("etnocentrisme"); a word spelled right is no typo of another ("swim": its
        "renang" is not the text's "senang", "eating" not its "rating")."""
        bm25 = self.index.bm25
        forms = [w for words in english_words.indonesian_words(word) for w in words]
        spelled = {t for t in map(self._spelled, forms) if t is not None}
        if spelled:
            return frozenset().union(*self._holders(spelled).values())
        quoted = set(english_words.english_forms(word))  # its other English forms count as written, never a typo away
        # a stem the text has is no form
        unknown = [t for w in forms if w not in quoted for t in bm25.tokenize(w) if t not in bm25.vocab]
        near = {n for t in dict.fromkeys(unknown) for n in bm25.token_weights([t])
                if not (_spelled_right(t) and _spelled_right(n))}
        return frozenset().union(*self._holders(near).values())

    def words_apart(self, query: str) -> tuple[tuple[str, str], ...]:
        """Two words the question writes side by side, as one term, that the text uses but never in one passage (its
        title and section counted): "rasio lancar" of a text writing "rasio" in one passage and "membaca dengan lancar"
        in another, "mobilitas sosial vertikal" of one on "kelompok sosial". A neighbouring term made of the text's
        words, which it does not cover; or a name made of common words ("Kitab Wahyu" of a text writing "kitab" and
        "wahyu" apart), as if written small. Another word of a word's synonym group counts as the word (query/synonyms.py);
        a stop word (or a word doing one's job: "waktu kemarau", "jaman purba", "mesti"; or a stop word's noun:
        "kebanyakan"), a verb form, another name, a number, a word that frames the question ("cara", "istilah", the
        label noun before "berapa": "tahun berapa"), an English word or one the text never uses stands between terms, never
        in one; so does a mark of punctuation, and the word a verb's negation is said of ("tidak mudah puas": what
        follows "tidak" is a predicate, a noun takes "bukan")."""
        pairs, previous, end, negated, was_named = [], None, 0, False, False
        names = set(_names(query))
        for m in WORD.finditer(query):
            named = _name_word(m.group(), names)  # a name's common word ("Kitab Wahyu") makes a term only with its others
            if query[end:m.start()].strip() or named != was_named:  # a comma, a bracket ("Kalau perundingan buntu,
                previous = None  # langkah apa ...?"), a name's edge ("ulang Bait Allah")
            was_named = named
            # a label noun before "berapa" is what is asked ("terbit tahun berapa"), never a word of a term
            term = None if asks_label(m.group(), query[m.end():]) or negated else self._term_word(m.group(), query)
            negated = m.group().lower() in _PREDICATE_NEGATIONS
            end = m.end()
            if term is None and previous is not None:
                term = self._describing(m.group(), query[m.end():])
            if term is not None and previous is not None and term != previous:
                pairs.append((previous, term))
            previous = term
        if not pairs:
            return ()
        forms = {t: {t, *synonyms.related(t, self._spelled)} for pair in pairs for t in pair}
        holders = self._holders({f for group in forms.values() for f in group})
        held = {t: frozenset().union(*(holders[f] for f in group)) | self._in_english(t) for t, group in forms.items()}
        return tuple(pair for pair in dict.fromkeys(pairs) if not held[pair[0]] & held[pair[1]])

    def _in_english(self, term: str) -> frozenset[int]:
        """The passages the text writes in English (a table, a quotation, an abstract: english_share ENGLISH_PASSAGE or
        more) that use an English word the word list gives for an Indonesian term, in any of its forms ("dunia
        produksi" of a table saying "production worlds", "eksploitasi tenaga" of "the exploitation of cultural labor":
        team sets 15 and 16 asked English passages in Indonesian and words_apart declined them)."""
        english = {f for e in english_for().get(term, ()) for f in (e, *english_words.english_forms(e))}
        terms = {t for f in english for t in self.index.bm25.tokenize(f) if t in self.index.bm25.vocab}
        if not terms:
            return frozenset()
        found = frozenset().union(*self._holders(terms).values())
        return frozenset(i for i in found if self._english_share(i) >= ENGLISH_PASSAGE)

    def _describing(self, word: str, rest: str) -> str | None:
        """The search term of a "ber-" word that, after a noun, says what kind it is ("demam berdarah", "siswa
        berprestasi"): "ber" and its stem, no suffix ("berdasarkan", "berkebutuhan" are none), and not a verb taking
        what follows it (rest: "berasal dari", "berfungsi sebagai"), else None (words_apart: part of a term after a
        word of one, never its start)."""
        lower = word.lower()
        if not lower.startswith("ber") or lower != "ber" + self.stem(lower) or _TAKEN.match(rest):
            return None
        tokens = self.index.bm25.tokenize(lower)
        return tokens[0] if len(tokens) == 1 and tokens[0] in self.index.bm25.vocab \
            and tokens[0] not in _QUESTION_WORDS else None

    def _term_word(self, word: str, query: str) -> str | None:
        """The search term of a question word that can be part of the term it asks about, else None (words_apart)."""
        lower = word.lower()
        if any(ch.isdigit() for ch in word) or lower in _SETTING_APART or lower in _DOING_STOP_WORDS:
            return None
        if word[:1].isupper() and word in _names(query) and not (word[1:].islower() and indonesian_word(lower)):
            return None  # a name; a common word capitalised ("Kitab Wahyu") is a term's word as if written small
        if "-" in word and _name_word(word, set(_names(query))):
            return None  # "al-Fikar": a name with its article
        if lower == "isi" and _ASKS_CONTENTS.search(query.strip()):
            return None
        if not_a_subject(lower):
            return None
        if is_english_word(lower) and not indonesian_word(lower):
            return None  # "forest", "smoke": a gloss, or a question in English that reads as none ("Has the smoke ...?")
        tokens = self.index.bm25.tokenize(lower)
        if len(tokens) != 1 or tokens[0] in _QUESTION_WORDS or tokens[0] not in self.index.bm25.vocab:
            return None
        if self.stem(lower) in search_stop_words():
            return None  # "kebanyakan", "kelebihan", "ketahuan": a stop word's noun ("banyak") says how, not what
        if word.islower() and not indonesian_word(lower) and self._written_as_name(tokens[0]):
            return None  # a name or an acronym typed small ("pasien dbd" of a text writing "DBD"), as if capitalised
        return tokens[0]

    def figure_absent(self, query: str, hits: tuple[Hit, ...]) -> bool:
        """A question asking for a figure with a unit of its own (a price or a wage, a power, a dose:
        quantity.asked_figure) that no passage of the documents it would be answered from gives with that unit ("Berapa
        harga modul sensor MQ-135?" of a report describing the sensor, priced nowhere), or in a unit it names after
        "berapa" that those documents never write (quantity.asked_unit: "berapa lux" of a text on office lighting
        that gives none); or naming a number after a
        name of the text that those documents never write after it ("Apa isi Pasal 340 KUHP?" of a text citing pasal
        187 KUHP, "Raspberry Pi 4" of one on the Raspberry Pi 2): a neighbour of what the text covers. A name the text
        never writes, or an English word naming it ("Article 1381" of a text writing "Pasal 1381"), says nothing."""
        kind, unit = asked_figure(query), asked_unit(query)
        english = is_english(query)
        named = [(n, k) for n, k in named_numbers(query, _names(query)) if self._spelled(n.lower()) is not None
                 and not (english and is_english_word(n.lower()))]
        if kind is None and unit is None and not named:
            return False
        paths = {h.chunk.path for h in hits[:SUBJECT_PASSAGES]}  # once, not once per chunk of the index
        chunks = [c for c in self.index.chunks if c.path in paths]
        if kind is not None and not any(gives_figure(c.text, kind) for c in chunks):
            return True
        if unit is not None and not any(writes_unit(c.text, unit) for c in chunks):
            return True  # "berapa lux" of documents that never write "lux"
        # an acronym's number after the words it stands for ("UU 1/2011" of "Undang-Undang Nomor 1 Tahun 2011")
        return any(not any(writes_named_number(c.text, form, k) for c in chunks
                           for form in (n, self._initialled_phrase(n)) if form) for n, k in named)

    def _english_evidence(self, query: str, found: Candidates, top: list[int]) -> tuple[float, float, float]:
        """What of an English question the text has (ranker.QUESTION_FEATURES english_known, english_words_top,
        english_names_unknown): the share of its content words the text has a word for (query/english.py) or spells
        as a name, the best passage's share of them (english_words), and the share of its names the text writes in
        no form, neither spelled its own way ("Yerobeam") nor through the word list ("Court" -> "mahkamah")."""
        vocab = self.index.bm25.vocab
        names = self._name_forms(query)
        spelled = {n for n, forms in names.items() if any(t in vocab for t in forms)}  # "Jeroboam": "Yerobeam"
        # its light words aside ("make", "used"): the text has a word for them whatever it is about
        every = english_words.content_words(query, light=False)
        words = english_words.content_words(query, self._spelled, light=False)  # a term of art's words: as the term
        known = (sum(bool(english_words.text_terms(w, self._spelled)) or w in spelled for w in words)
                 + len(every) - len(words)) / len(every) if every else 0.0
        best = found.english_shares.get(top[0], 0.0) if top else 0.0
        unknown = [n for n in names if n not in spelled and not any(english_words.translate(n, self._spelled))]
        return known, float(best), len(unknown) / len(names) if names else 0.0

    def english_words_document(self, query: str, chunk_id: int) -> float:
        """The share of an English question's content words (english.content_words) that the passage's document
        writes in some form (_english_holders): "How do I bake sourdough bread at home?" of a course whose recipe-less
        texts write "roti" in one document and "rumah" in another; a question the text answers finds its words in the
        one document that answers it."""
        words = english_words.content_words(query, light=False)  # "make", "used": every document writes them
        if not words:
            return 0.0
        document = self._passages_of(self.index.chunks[chunk_id].path)
        return sum(bool(self._english_holders(word) & document) for word in words) / len(words)

    def _section_body(self, chunk_id: int) -> bool:
        """A one-line passage that is the whole text of its section (no passage before or after it under its heading)
        and says something in BODY_WORDS words or more: a card's or a feature box's text under its own heading
        ("<h3>Berkas Vital</h3><p>Submit dokumen penting untuk diarsipkan secara permanen</p>"), an answer; the line
        a title has the shape of (_title_only) but its heading is the title."""
        chunks = self.index.chunks
        chunk = chunks[chunk_id]
        section = chunk.location.section
        if not section or section[-1] == chunk.text.strip() or len(_BODY_WORD.findall(chunk.text)) < BODY_WORDS:
            return False
        return not any(0 <= j < len(chunks) and chunks[j].path == chunk.path and chunks[j].location.section == section
                       for j in (chunk_id - 1, chunk_id + 1))

    def _passages_of(self, path: str) -> frozenset[int]:
        """The ids of every passage of the document at path (its file), kept per document once read: a follow-up's
        candidates (search within a document), english_words_document's words."""
        if path not in self._documents:
            self._documents[path] = frozenset(c.id for c in self.index.chunks if c.path == path)
        return self._documents[path]

    def _words_with_lead(self, query: str, chunk_id: int) -> float:
        """IDF-weighted share of the question's words (an acronym the text never writes as its words: _term_weights)
        the passage or the one before it in its section uses. A word with -nya asks something of the subject, as
        absent_words reads it ("UNCLOS kepanjangannya apa" of a passage giving the words it stands for, "Penelitian X
        kurangnya apa?" of one saying what X left out), and a verb says what is done with it ("... kalau cuma pakai
        lensa budaya murni?"): the passage answers in its own words, so only the question's other words are weighed
        (_asked_of); a question of such words alone keeps them."""
        weights = self._term_weights(query)
        asked_of = self._asked_of(query)
        if asked_of and set(weights) - asked_of:
            weights = {t: w for t, w in weights.items() if t not in asked_of}
        total = math.fsum(weights.values())
        if total <= 0:
            return 0.0
        near = {chunk_id, self._lead(chunk_id)}
        holders = self._holders(weights)
        # fsum: one total whatever order the terms come in (summed over a set, its last bit followed PYTHONHASHSEED)
        return math.fsum(w for t, w in weights.items() if holders[t] & near) / total

    def _asked_of(self, query: str) -> set[str]:
        """The search terms only the question's words that are no subject give: a word with -nya ("kepanjangannya",
        "kurangnya"), a verb form, a verb said bare ("pakai"): what it asks of its subject or does with it
        (ranker.not_a_subject, as absent_words reads them); a term another word gives too stays."""
        tokenize = self.index.bm25.tokenize
        words = [w.lower() for w in WORD.findall(query)]
        of = {t for w in words if not_a_subject(w) for t in tokenize(w)}
        return of - {t for w in words if not not_a_subject(w) for t in tokenize(w)}

    def _holders_or_english(self, terms) -> dict[str, frozenset[int]]:
        """_holders, with the passages the text writes in English that use the word list's English for a term
        (_in_english): a question's name or noun the text writes only in an English quotation or table ("Hindia" of
        "the Netherland Indies", "filsafat" of "Engages with philosophy") is written, not a subject it lacks."""
        return {t: held | self._in_english(t) for t, held in self._holders(terms).items()}

    def _holders(self, terms) -> dict[str, frozenset[int]]:
        """term -> the passages whose text (with its title and section) uses it, read from the BM25 postings."""
        bm25 = self.index.bm25
        out = {}
        for t in terms:
            term = bm25.vocab.get(t)
            out[t] = frozenset() if term is None else frozenset(bm25.doc[bm25.ptr[term]:bm25.ptr[term + 1]].tolist())
        return out

    def _sentence_words(self, chunk_id: int, weights: dict[str, float],
                        groups: list[tuple[frozenset[str], float]] = (), timed: bool = False,
                        person: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> float:
        """The IDF-weighted share of the question's search terms that one part of the passage uses, its best: an answer
        says them in one sentence, a neighbour on the same topic spreads them over several. A passage without parts
        counts as one; a table's parts are read as said, a row with its columns' names, a figure with its column's name
        and its row's label ("Cornbachs Alpha Kepribadian Tipe A: 0.470"), as a sentence names what its figure
        counts. A part naming a cited person by the surname holds the given names the question adds (person: the
        given names' terms, the surname's; _surnames), as the passage does (words). Each part is read with the
        passage's heading when its text does not hold it (the
        title of the item a paragraph goes on under, its section's): what the heading says, each sentence under it says
        of it. An English question's words count once each, by the group of the text's words for it and its
        rarest form's IDF (groups, as english_words counts them): a part holding one of three forms of a word holds
        the word, not a third of it. timed: only the parts writing a time (kinds.TIME: a year, a month, "abad", "sejak"),
        the sentence a "kapan" or "When" question is answered by ("Ia diangkat menjadi nabi sekitar tahun 1450 SM"
        beside a passage naming the prophet in every sentence and no date); 0 for a passage without one."""
        total = sum(w for _, w in groups) if groups else sum(weights.values())
        if total <= 0:
            return 0.0
        if chunk_id not in self._part_terms:
            chunk = self.index.chunks[chunk_id]
            text = chunk.text
            spans = part_spans(text) or [(0, len(text))]
            said = said_parts(chunk) or [text[a:b] for a, b in spans]
            # its heading, when the text does not hold it, is said of each part ("b) Penetapan Target Pasar" over the
            # paragraph going on under that item), as it is of the passage in what is embedded (Chunk.embed_text)
            head = chunk.heading if chunk.heading and chunk.heading not in text else ""
            said_of_all = frozenset(self.index.bm25.tokenize(head)) if head else frozenset()
            self._part_terms[chunk_id] = [frozenset(self.index.bm25.tokenize(part)) | said_of_all for part in said]
            self._part_times[chunk_id] = [bool(TIME.search(part)) for part in said]
        given, surname = person
        parts = [terms | given if given and not terms.isdisjoint(surname) else terms
                 for terms, timed_part in zip(self._part_terms[chunk_id], self._part_times[chunk_id])
                 if timed_part or not timed]
        if groups:
            return max((sum(w for g, w in groups if not g.isdisjoint(terms)) for terms in parts), default=0.0) / total
        return max((sum(w for t, w in weights.items() if t in terms) for terms in parts), default=0.0) / total

    def _english_share(self, chunk_id: int) -> float:
        if chunk_id not in self._english:
            self._english[chunk_id] = english_share(self.index.chunks[chunk_id].text)
        return self._english[chunk_id]

    def _cited(self, chunk_id: int | None) -> frozenset[str]:
        """The words naming the authors a passage cites, and whom they quote, lower case ("Amin (1995:15)",
        "Terry, dalam Hasibuan (2009)"), and the names it gives as a source without a year ("menurut Suryana",
        "dikemukakan oleh Robbins"): a name there is who the passage is "menurut"."""
        if chunk_id is None:
            return frozenset()
        found = self._cited_words.get(chunk_id)
        if found is None:  # a passage's, the same for every question naming someone: read once
            chunk = self.index.chunks[chunk_id]
            named = " ".join(m.group(1) for m in _ATTRIBUTED.finditer(chunk.text))
            found = self._cited_words[chunk_id] = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", " ".join(
                (named, *(" ".join((c.authors_text, *c.authors, c.via or "")) for c in chunk.citations)))))
        return found

    def _lead(self, chunk_id: int) -> int | None:
        """The passage before it in its section ("Tunagrahita menurut Amin (1995:15) … adalah" before the quote it
        introduces): a name said just before a passage is said of it."""
        chunks = self.index.chunks
        if chunk_id > 0 and chunks[chunk_id - 1].path == chunks[chunk_id].path \
                and chunks[chunk_id - 1].location.section == chunks[chunk_id].location.section:
            return chunk_id - 1
        return None

    def _name_forms(self, query: str) -> dict[str, frozenset[str]]:
        """Each name or acronym of the question ("Amin", "UNDP") -> the tokens that spell it in this text: its own
        stem, the text's spelling one typo away ("Holsti"/"hosti"), or a long shared beginning ("Bellarmine"/
        "Bellarminus"). A name the text never spells is still listed (with its own tokens), to be missed. The language
        a term is asked in is none ("nama Belanda ordonansi laut teritorial", "bahasa Inggrisnya": _IN_LANGUAGE)."""
        out = {}
        vocab = self.index.bm25.vocab
        english = is_english(query)
        initialled = self._spelled_out(query)
        languages = {m.group().split()[-1] for m in _IN_LANGUAGE.finditer(query)}  # "bahasa Inggrisnya"
        joined = self._joined_names(query)
        hyphened = self._written_hyphened(query)
        for name in dict.fromkeys(_names(query)):
            own = self.index.bm25.tokenize(name)
            if not own or name in languages:  # the language a term is asked in ("nama Belanda ordonansi ..."): the
                continue  # text gives the term in it, seldom naming the language beside it
            if name.isupper() and name.lower() not in self.index.bm25.stems:
                own = [t for t in own if t not in vocab]  # "ABA": the stem of "teraba", never written as a word
            variants = (set(self.index.bm25.term_weights(name)) - set(own)) if own else set()
            forms = set(own)
            if not any(t in vocab for t in own):
                forms |= initialled.get(name, frozenset())  # "PPLH" of a text writing "Perlindungan dan ..."
                forms |= {joined[name]} if name in joined else set()  # "TIC" of a text writing "TICband"
                forms |= {hyphened[name]} if name in hyphened else set()  # "Fikar" of a text writing "al-Fikar"
                if name.lower() in NUMBER_LABELS and re.search(rf"\b{name}\.?\s*\d", query):
                    # the word for a number before one ("UU No. 13 Tahun 2010"), the text writing another ("Nomor")
                    forms |= {t for label in NUMBER_LABELS for t in self.index.bm25.tokenize(label) if t in vocab}
            for t in own:
                if t not in vocab and len(t) >= 5:
                    variants |= {v for v in self.index.bm25.near_terms(t) if _spelled_alike(t, {v})}
                if english and len(t) >= 5:  # also as Indonesian writes it ("Jeroboam": "Yerobeam"), where the text
                    forms |= self._respelled(t)  # writes it as asked too ("Jeremiah" in an English title it cites)
            # one typo away only where the text writes it as a name: "Kasmir" is no "kasir", "Holsti" is "Hosti"; an
            # acronym's as an acronym: "ASEAN" is no "Hasan"
            forms |= {v for v in variants if self._written_as_name(v, acronym=name.isupper())}
            out[name] = frozenset(forms)
        return out

    def _written_hyphened(self, query: str) -> dict[str, str]:
        """Each part of a hyphenated word of the question ("al-Fikar", "as-Sunnah") that the text never writes alone
        but writes the whole word -> the text's term for the whole word. The tokenizer keeps such a word whole; read
        by its parts, a name's part ("Fikar") is one no passage spells (unspelled_names, absent_words) and the whole
        word a term of its own beside the name (words_apart), and the question was declined."""
        bm25 = self.index.bm25
        out = {}
        for word in WORD.findall(query):
            if "-" not in word:
                continue
            whole = bm25.tokenize(word)
            if len(whole) != 1 or whole[0] not in bm25.vocab:
                continue
            for part in word.split("-"):
                if part and not any(t in bm25.vocab for t in bm25.tokenize(part)):
                    out[part] = whole[0]
        return out

    def _numbered_name(self, word: str, number: str | None = None) -> str | None:
        """The text's term for a word it writes only joined to a number by a hyphen ("Sentinel-2", "COVID-19",
        "Landsat-8"; the tokenizer keeps such a word whole), else None. A question naming the word alone ("citra
        sentinel", "gejala covid") or with that number apart ("Sentinel 2") asks of the text's name: read by itself it
        was a noun no passage writes (absent_words), and the question was declined (capitalised, a name's variants
        already spell it: _name_forms). With another number ("Landsat 7" of a text on Landsat-8) it names another
        thing: None, as before."""
        bm25 = self.index.bm25
        if self._numbered is None:
            self._numbered = {}
            for written in sorted(bm25.stems):
                m = _NAME_NUMBER.match(written)
                if m and (term := bm25.stems[written]) in bm25.vocab:
                    self._numbered.setdefault(m.group(1), {})[m.group(2)] = term
        lower = word.lower()
        if lower not in self._numbered or any(t in bm25.vocab for t in bm25.tokenize(lower)):
            return None
        numbers = self._numbered[lower]
        return numbers.get(number.lower()) if number else next(iter(numbers.values()))

    def _joined_names(self, query: str) -> dict[str, str]:
        """Each name of the question that the text never writes as a word of its own but joined to the word the
        question writes beside it ("TIC band" of a text writing "TICband", "grup NOAH" of one writing "grupNOAH") ->
        the text's term for the joined word. A band's, a firm's, a product's name is written both ways; read apart it
        is a name the text lacks (unspelled_names: declined) and its passage holds none of it. A word of the question,
        not a name, written open or closed: _compounded_otherwise (absent_words)."""
        bm25 = self.index.bm25
        words = WORD.findall(query)
        names = set(_names(query))
        out = {}
        for n, word in enumerate(words):
            if word not in names or any(t in bm25.vocab for t in bm25.tokenize(word)):
                continue
            for joined in (words[n - 1] + word if n else "", word + words[n + 1] if n + 1 < len(words) else ""):
                term = bm25.stems.get(joined.lower()) if joined else None
                if term is not None and term in bm25.vocab:
                    out[word] = term
                    break
        return out

    def _written_as_name(self, term: str, acronym: bool = False) -> bool:
        """A term the text writes as a name or an acronym: with a capital inside a sentence at least once, or never in
        lower case (a capital opening a sentence or a heading says nothing), in the passages that use it (_named).
        acronym: as an acronym, in capitals at least once (an acronym's other spelling is one: "ASEAN" is no "Hasan")."""
        stems = self.index.bm25.stems
        inside = lower = capitals = False
        for word, within in self._written(term, _TEXT_WORD, lambda w: w[0].isupper() != w[0].islower()
                                          and stem(w.lower(), stems) == term):
            capitals = capitals or len(word) > 1 and word.isupper()
            if word[0].islower():
                lower = True
            elif within:
                inside = True
        return (inside or not lower) and (capitals or not acronym)

    def _written(self, term: str, words: re.Pattern, keep: Callable[[str], bool] | None = None) \
            -> Iterator[tuple[str, bool]]:
        """How the passages using a term write it, for _named and _written_as_name: each word `words` finds there (that
        keep keeps) in the first NAME_PASSAGES of them, with whether it stands inside a sentence, after a word or a
        ',', ';', ':' (a capital there is a name's; one opening a sentence or a heading says nothing)."""
        for chunk_id in sorted(self._holders({term})[term])[:NAME_PASSAGES]:
            text = self.index.chunks[chunk_id].text
            for m in words.finditer(text):
                if keep is None or keep(m.group()):
                    yield m.group(), bool(_INSIDE_SENTENCE.search(text[max(0, m.start() - 3):m.start()]))

    def _spelled_out(self, query: str) -> dict[str, frozenset[str]]:
        """Each acronym of the question the text writes out in words -> that phrase's tokens (_initialled); two written
        side by side are read as one first ("UU PPLH": "Undang-Undang Perlindungan dan Pengelolaan Lingkungan Hidup")."""
        out = {}
        for m in _TWO_ACRONYMS.finditer(query):
            both = self._initialled(m.group(1) + m.group(2))
            if both:
                out[m.group(1)] = out[m.group(2)] = both
        for m in re.finditer(r"\b[A-Z]{2,8}\b", query):
            place = _PLACE_AFTER.match(query, m.end())
            within = tuple(place.group().split()) if place else ()
            if m.group() in out:
                continue
            if spelled := self._initialled(m.group(), within):
                out[m.group()] = spelled
            elif counted := self._counted(query[:m.start()], m.group()):
                out[m.group()] = counted
        return out

    def _counted(self, before: str, acronym: str) -> frozenset[str]:
        """The search tokens of the words a counted concept's acronym stands for, where the question writes a number
        before the acronym and the text the same number before those words (acronyms.counted_phrase: "1000 HPK" of a
        text writing "1000 hari pertama kehidupan"), or none."""
        number = _NUMBER_BEFORE.search(before)
        if number is None:
            return frozenset()
        key = f"{number.group(1)} {acronym}"
        if key not in self._initials:
            self._initials[key] = next((found for c in self.index.chunks
                                        if (found := counted_phrase(c.text, number.group(1), acronym))), None)
        found = self._initials[key]
        return frozenset(self.index.bm25.tokenize(found)) if found else frozenset()

    def _term_weights(self, query: str) -> dict[str, float]:
        """The search terms of an Indonesian question with their IDF (BM25.term_weights), an acronym the text never
        writes read as the words it spells out there, its small words aside ("UNCLOS": united, nations, convention,
        law, sea): the passages writing them are the ones about it."""
        bm25 = self.index.bm25
        weights = bm25.term_weights(query)
        for t in self._spelt_terms(query):
            weights.setdefault(t, float(bm25.idf[bm25.vocab[t]]))
        return weights

    def _spelt_terms(self, query: str) -> list[str]:
        """The search terms of the words the question's acronyms the text never writes stand for, small words aside
        (_term_weights), and of the words the text joins a name it never writes alone to (_joined_names: "TIC band"
        of a text writing "TICband")."""
        spelt = [t for phrase in self._unwritten_acronyms(query).values() for t in sorted(phrase - NAME_LINKS)]
        spelt += sorted(set(self._joined_names(query).values()) - set(spelt))
        spelt += sorted(self._compounds_written(query) - set(spelt))
        return spelt + [t for t in self._hyphen_parts(query) if t not in spelt]

    def _compounds_written(self, query: str) -> set[str]:
        """The text's terms for two neighbouring words of the question (COMPOUND_PART letters or more each) that it
        writes as one word with a hyphen ("trade off" of a text writing "Trade-Off", "self care" / "self-care"), or
        closed where the dictionary knows the word ("mata hari" / "matahari"): the tokenizer keeps such a word whole,
        so the question's two words found none of its passages and the passage headed by the term ranked below others
        using the question's other words. Two words a text runs together the dictionary does not know are as often a
        space lost ("suratwasiat" of a text also writing "surat wasiat"): read so, the few passages with the slip
        ranked first."""
        bm25 = self.index.bm25
        words = [w.lower() for w in WORD.findall(query)]
        out = set()
        for first, second in zip(words, words[1:]):
            if len(first) < COMPOUND_PART or len(second) < COMPOUND_PART or not (first + second).isalpha():
                continue
            for joined in (f"{first}-{second}", first + second):
                term = bm25.stems.get(joined)
                if term is not None and term in bm25.vocab and ("-" in joined or in_dictionary(joined)):
                    out.add(term)
        return out

    def _hyphen_parts(self, query: str) -> list[str]:
        """The terms of the parts of each hyphenated word of the question that the text never writes whole but writes
        as one phrase, its parts side by side ("el-Nino" of a text writing "El Niño", "e-learning" of one writing "e
        learning"): the tokenizer keeps such a word whole, a term no passage holds, and the passages writing it lose its
        weight. Parts the text writes only apart are two things the hyphen joins ("RI-Malaysia" of a text writing "RI
        dan Malaysia"), not a name: left as they are. The reverse of _written_hyphened (the text writing the word whole
        and never its parts)."""
        bm25 = self.index.bm25
        out: list[str] = []
        for word in WORD.findall(query):
            whole = bm25.tokenize(word) if "-" in word else []
            if len(whole) != 1 or whole[0] in bm25.vocab:
                continue
            parts = [t for part in word.split("-") for t in bm25.tokenize(part)]
            if parts and all(t in bm25.vocab for t in parts) and self._written_apart(word, parts):
                out += [t for t in parts if t not in out]
        return out

    def _written_apart(self, word: str, terms: list[str]) -> bool:
        """Some passage holding every one of the terms writes the hyphenated word's parts side by side, a space between
        them, in any case and with or without marks on the letters ("El Niño" for "el-nino")."""
        phrase = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, latin_letters(word.lower()).split("-")))
                            + r"(?![\w-])")
        held = frozenset.intersection(*self._holders(set(terms)).values())
        return any(phrase.search(latin_letters(self.index.chunks[i].text.lower())) for i in sorted(held))

    def _unwritten_acronyms(self, query: str) -> dict[str, frozenset[str]]:
        """_spelled_out's acronyms that the text never writes as such ("ISPA" written: itself), each -> its phrase's
        tokens: what the question's acronym is in the text's words."""
        vocab = self.index.bm25.vocab
        return {acronym: phrase for acronym, phrase in self._spelled_out(query).items()
                if not any(t in vocab for t in self.index.bm25.tokenize(acronym))}

    def _initialled(self, acronym: str, within: tuple[str, ...] = ()) -> frozenset[str]:
        """The search tokens of a phrase the text writes whose words' initials spell an acronym it never writes ("UU
        PPLH": "Undang-Undang Perlindungan dan Pengelolaan Lingkungan Hidup"), or none: capitalised words, the small
        words between them giving their letter or none ("United Nations Convention on The Law of The Sea": UNCLOS); the
        whole run of capitalised words (_run_names: "Binama Kantor Kas Mijen" spells no "KKM", nor "Udayana Master Law
        Journal" "UML"); an acronym of two letters as one hyphenated word ("UU") or as two words
        inside a sentence ("HI": "ilmu Hubungan Internasional mencakup", _whole_name). A name is not an acronym
        ("Amin"), nor anything over twelve letters. within: the capitalised words the question writes right after the
        acronym, the place its body is in ("BPTH Bali"): a run the text closes with them is the acronym's phrase and
        them ("Balai Perbenihan Tanaman Hutan Bali")."""
        found = self._initialled_phrase(acronym) or (self._initialled_phrase(acronym, within) if within else None)
        return frozenset(self.index.bm25.tokenize(found)) if found else frozenset()

    def _initialled_phrase(self, acronym: str, within: tuple[str, ...] = ()) -> str | None:
        """The phrase itself that _initialled reads the tokens of, as the text writes it ("Undang-Undang" for "UU")."""
        if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 12):
            return None
        if within:
            key = " ".join((acronym, *within))
            if key not in self._initials:
                self._initials[key] = next((name for c in self.index.chunks
                                            for name in _run_names(c.text, acronym, within)), None)
            return self._initials[key]
        if acronym not in self._initials:
            if len(acronym) == 2:  # two capitalised words, overlapping, whose initials are the acronym
                phrase = re.compile(rf"(?<![\w-])(?=({_CAPITALISED}(?:-|[ \t]+){_CAPITALISED}(?![\w-])))")
                found = next((m.group(1) for c in self.index.chunks for m in phrase.finditer(c.text)
                              if initials(re.findall(_CAPITALISED, m.group(1))) == acronym
                              and _whole_name(c.text, m.start(), m.end(1))), None)
            else:
                found = next((name for c in self.index.chunks for name in _run_names(c.text, acronym)), None) or \
                    next((name for c in self.index.chunks if (name := _body_written_small(c.text, acronym))), None)
            self._initials[acronym] = found
        return self._initials[acronym]

    def _respelled(self, token: str) -> set[str]:
        """The text's spellings of a name an English question gives, as Indonesian writes names (query/english.py
        name_spellings), matched as any name's other spelling is (_spelled_alike), or as the index reads it, its
        stem with an ending cut off, exactly ("kanaan" is the term "kana", whose neighbours one typo away are other
        words; a prefix cut off would leave another word)."""
        bm25 = self.index.bm25
        spellings = english_words.name_spellings(token)
        return {v for spelled in spellings for v in bm25.near_terms(spelled) if _spelled_alike(spelled, {v})} | \
            {t for spelled in spellings for t in bm25.tokenize(spelled)
             if t != spelled and spelled.startswith(t) and len(t) >= 4 and t in bm25.vocab}

    def english_absent_words(self, query: str) -> tuple[str, ...]:
        """absent_words of a question in English: its content words the word list gives Indonesian nouns for that the
        text writes in no form (english.indonesian_words: none of them, nor the word, nor a loan word, not one typo away:
        "inflation" of a text never writing "inflasi", "salt" of one never writing "garam"). A word with a stop word
        among its Indonesian words ("often": sering, "first": pertama, "causes": sebab) the index cannot see written, a
        verb form ("introduced": memperkenalkan, written "diperkenalkan") or a word that frames a question ("role":
        peran, "examples": contoh) says nothing of the question's subject, as in Indonesian; nor does a word another
        content word follows (_phrase_ends: "control" in "control inflation", "grow" in "grow stronger"). A question
        naming a name the text writes is about it ("When did Habakkuk start his ministry?" of a text on Habakuk that
        says "bernubuat", never "pelayanan"): none."""
        vocab = self.index.bm25.vocab
        if any(t in vocab for forms in self._name_forms(query).values() for t in forms):
            return ()  # its subject is a name the text writes: an unwritten noun is what it asks of it ("his ministry")
        stops, out = stop_words(), []
        for word in _phrase_ends(query):
            listed = [w for form in base_forms(word) for entry in lexicon().get(form, ()) for w in entry.split("_")]
            if not listed or any(w in stops or not_a_subject(w) or self.stem(w) in _QUESTION_WORDS for w in listed):
                continue
            if not self._english_holders(word):
                out.append(word)
        return tuple(out)

    def absent_words(self, query: str, english: bool = False) -> tuple[str, ...]:
        """Nouns of the question the whole text never uses ("inflasi", "perdata"), not even one typo away. Verb forms
        (di-, me-, ber-, ter-, a prefix the stemmer drops: not "disleksia"), words with -nya and words that frame a question ("pengertian", "alasan") are not its
        subject. Of a question in English only the Indonesian words count ("gerhana", "aurora"), not the English words
        Sastrawi's dictionary lists too ("term", "disorder"): an Indonesian text could never use "whom" or
        "safekeeping", so their absence says nothing about its subject. A word of a synonym group another word of
        which the text uses ("skor" of a text writing "nilai", query/synonyms.py) is worded otherwise, not absent.
        What a question asks of its subject is none either: the share a number question asks for ("naik berapa
        persen" of a text writing "%"), a unit it names after "berapa" or a number (quantity.named_units: "berapa
        volt" of a text writing "3,3V") and the kind of thing a closing "X mana?" asks for ("dari kampus mana" of a text
        naming the university), nor the adjective a "se-" word asks the degree of ("bisa sedingin apa": _degree_asked),
        nor is the language it asks a term in ("nama Belanda", "bahasa Inggrisnya":
        _IN_LANGUAGE), nor a word the text writes only in English, in a passage written in English (_in_english:
        "filsafat" of a table saying "philosophy"). The verb after "cara" is a subject, though a verb form
        (_asked_action: "cara menyetem senar")."""
        out = []
        spelled_out = {acronym.lower() for acronym in self._spelled_out(query)}
        spelled_out |= {w.lower() for m in _IN_LANGUAGE.finditer(query) for w in m.group().split()}  # "bahasa Inggris"
        spelled_out |= {part.lower() for part in self._written_hyphened(query)}  # "al-Fikar": the text's word whole
        spelled_out |= {m.group(1).lower() for m in _WORD_NUMBER.finditer(query)  # "sentinel": "Sentinel-2"
                        if self._numbered_name(m.group(1), m.group(2))}
        words = re.findall(r"[^\W\d_]+", query.lower())
        context = self._context(query)
        units = (_UNIT_WORDS if ASKS_NUMBER.search(query) else frozenset()) | named_units(query)
        kind = _KIND_ASKED.search(query)
        acronyms = written_as_acronym(query)
        for n, word in enumerate(words):
            # "PPLH": written out
            if not_a_subject(word) and not self._unwritten_noun_in_nya(word) and not _asked_action(words, n) \
                    or word in spelled_out:
                continue
            if word in units or kind and n == len(words) - 2 and word == kind.group(1).lower():
                continue
            if self._degree_asked(word, words[n + 1] if n + 1 < len(words) else ""):
                continue
            if english and (not indonesian_word(word) or is_english_word(word)):
                continue  # "term", "disorder", "plan": Sastrawi's dictionary has them too, but here they are English
            absent = [t for t in self._searched_as(word)
                      if (len(t) >= 4 or word in acronyms and not self._short_held(word)) and t not in _QUESTION_WORDS
                      and not self._typo_of(t, context)
                      and not synonyms.related(t, self._spelled) and not self._in_english(t)]
            before, after = words[n - 1] if n else "", words[n + 1] if n + 1 < len(words) else ""
            if absent and not self._compounded_otherwise(word, before, after) \
                    and not (not english and self._loan_written(word, before, after)) \
                    and not self._clipped(word):
                out += absent
        return tuple(dict.fromkeys(out))

    def _short_held(self, acronym: str) -> bool:
        """An acronym of two or three letters (written_as_acronym) some word of the text begins with, whole or a
        hyphened word's later part ("mq" of "MQ-135", "pi" of "Raspberry-Pi"), or whose letters a phrase of the text
        opens its words with ("ppn": "Pajak Pertambahan Nilai", _initialled), or a hyphened word's parts begin with
        in any case ("UU": "Undang-undang"): the text's, not a noun it lacks. A word beginning so may be another ("ac"
        of "acara"): the short acronym counts as absent only where none does."""
        held = [self.index.bm25.opening_holders(acronym, inner) for inner in (False, True)]
        if None in held or held[0] | held[1]:
            return True
        self._opening_so(acronym)  # and the passages whose long words no posting holds (_unindexed), read as written
        begins = re.compile(rf"(?<![^\W\d_]){acronym}", re.I)
        if any(begins.search(self.index.chunks[i].text) for i in self._unindexed) or self._initialled(acronym.upper()):
            return True
        parts = re.compile(r"(?<![^\W\d_])" + r"[^\W\d_]*-".join(acronym) + r"[^\W\d_]*(?![\w-])", re.I)
        return any(parts.search(c.text) for c in self.index.chunks)

    @staticmethod
    def _degree_asked(word: str, after: str) -> bool:
        """A "se-" adjective before "apa"/"berapa" ("bisa sedingin apa", "sedalam berapa cm"): it asks how far the
        question's subject goes (as a unit after "berapa" does), which the text may give in figures without the
        adjective ("suhunya mencapai nol derajat"); not a noun the text lacks (absent_words)."""
        return after in _DEGREE_ASKED and word.startswith("se") and len(word) > 5 and in_dictionary(word[2:])

    def _unwritten_noun_in_nya(self, word: str) -> bool:
        """_noun_in_nya of a word whose part before "nya" the text never writes, not even one slip away
        ("mikrokontrolernya" of a text writing "mikrokontroler" is its word with "-nya")."""
        bm25 = self.index.bm25
        return _noun_in_nya(word) and not bm25.expand(bm25.tokenize(word[:-3]))

    def _searched_as(self, word: str) -> list[str]:
        """The terms of a question's word, as absent_words reads it: its stems, but the word as written where the
        stemmer cut it to a root of three letters or fewer through no affix Indonesian has ("lemot" -> "lot": no
        "-em-" there, indonesian.is_affixed), a root too short for absent_words to read; none where the text writes
        it so."""
        tokens = self.index.bm25.tokenize(word)
        if len(word) >= 5 and any(len(t) < 4 for t in tokens) and not affixed_word(word):
            return [] if word in self.index.bm25.stems else [word]
        return tokens

    def _clipped(self, word: str) -> bool:
        """A word clipped from the openings of two or three words a passage writes in a row, as Indonesian makes its
        syllable acronyms ("raspi" Raspberry Pi, "dirjen" direktur jenderal, "tekpen" teknologi pendidikan): the
        text's term, not a noun it lacks. CLIPPED_LETTERS letters or more, each opening of three letters or more and
        shorter than its word, but a last word of two letters taken whole ("Pi"): "perdata" is no "per(sen) data"."""
        if len(word) < CLIPPED_LETTERS or not word.isalpha():
            return False
        held = self._opening_so(word[:3])
        if held is None:  # a stop word begins so ("walaupun"): each run's first and next word, as clipped_from cuts
            held = self._run_holders(word)
        pattern, chunks = clipped_from(word), self.index.chunks
        return any(pattern.search(chunks[i].text) for i in (range(len(chunks)) if held is None else sorted(held)))

    def _opening_so(self, opening: str, inner: bool = False, whole: bool = False) -> frozenset[int] | None:
        """The passages where a word begins with opening (lower case), or with inner a hyphened word's later part
        ("pi" of "Raspberry-Pi"), or with whole is opening itself: those the postings of the words as written say
        (BM25.opening_holders) and those writing a word no posting holds whole, one of 40 characters or more or with
        an "İ", whose lower case is two characters; None (every passage) where the postings cannot tell (a stop word
        so beginning). A scan for a word of the text's so begun reads these few, not the whole text (_clipped)."""
        held = self.index.bm25.opening_holders(opening, inner, whole)
        if held is None:
            return None
        if self._unindexed is None:
            unheld = re.compile(r"[\w-]{40}|\u0130")
            self._unindexed = frozenset(i for i, c in enumerate(self.index.chunks) if unheld.search(c.text))
        return held | self._unindexed

    def _run_holders(self, word: str) -> frozenset[int] | None:
        """The passages where a run clipped to word (clipped_from) may stand, cut by cut: its first word begins with
        word's first i letters and its next word, as written or a hyphened word's later part, with the letters after
        them (three, where a third word may follow; else all of them, two of them whole: clipped_from takes a last
        word of two letters whole). Those where the postings tell either; None (every passage) where for some cut they
        tell neither (stop words: "dari mana")."""
        found: set[int] = set()
        for i in range(3, len(word) - 1):
            rest = word[i:i + 3] if i < len(word) - 5 else word[i:]
            first = self._opening_so(word[:i])
            held = [self._opening_so(rest, inner, whole=len(rest) == 2) for inner in (False, True)]
            after = None if None in held else held[0] | held[1]
            if first is None and after is None:
                return None
            found |= first if after is None else after if first is None else first & after
        return frozenset(found)

    def _loan_written(self, word: str, before: str, after: str) -> bool:
        """An English word of an Indonesian question ("benefit segmentation artinya", "klik low effort") that the text
        writes in another form of it: its Indonesian loan spelling ("segmentasi": english.cognates) or an English
        inflection ("efforts"), as a word or hyphenated to the word the question writes beside it ("low-efforts"). The
        same word, never a translation: "standing desk" is no "meja berdiri", so a term the text lacks stays absent."""
        if not is_english_word(word) or indonesian_word(word):
            return False
        # the loan spellings of the word as asked, not of a base it is made from ("related": "relate" gives "relasi")
        made_from = {c for base in base_forms(word) if base != word for c in english_words.cognates(base)}
        loans = [c for c in english_words.cognates(word) if c not in made_from]
        # and the word in its other number or spelling ("budgets", "efforts"), never a word made from it: "marketing",
        # "sharing", "reporter" are other words, so "market share" of a text on digital marketing stays absent
        forms = dict.fromkeys((word, *english_words.same_word_forms(word), *loans))
        stems = self.index.bm25.stems
        return any(f != word and self._spelled(f) or before and f"{before}-{f}" in stems
                   or after and f"{f}-{after}" in stems for f in forms)

    def _typo_of(self, token: str, context: frozenset[int]) -> bool:
        """A token the text uses, or one typo from a term of the text (BM25.expand) that a passage uses beside the
        question's other words (context, when the text uses any), of FUZZY_MIN_LEN letters or more, so that a word
        left as typed, being no slip of a word of the text ("Akad wakalah di bank syariah": no "makalah"; "motor
        matic": no "mati"), is a word the text lacks. A word the dictionary knows too: "cara main catur buat pemula"
        of a text writing "atur" and "catu" elsewhere, "sabun cuci piring" of one writing "miring", "kue lapis legit"
        of one writing "legi" asked of things the text never names (team sets 14 and 15), and were answered."""
        bm25 = self.index.bm25
        expanded = bm25.expand([token])
        if not expanded or token in bm25.vocab or not context:
            return bool(expanded)
        return any(len(bm25.term(term)) >= FUZZY_MIN_LEN
                   and (self._beside(term, context) or _letter_missing(token, bm25.term(term))) for term in expanded)

    def _compounded_otherwise(self, word: str, before: str, after: str) -> bool:
        """A compound the question writes closed and the text open, or the other way round: Indonesian writes many
        both ways ("kerjasama" / "kerja sama", "pertanggungjawaban" / "pertanggung jawaban", "tanggungjawab"), so the
        question's word is the text's, not a noun it lacks (absent_words). The word cut in two words of COMPOUND_PART
        letters or more that a passage writes side by side (stop words too: "kerja", "sama"), or as one word with a
        hyphen; or the word joined to its neighbour in the question (before, after: "" for none), closed or with a
        hyphen, a word of the text ("shapiro wilk" of a text writing "Shapiro-Wilk", which the index keeps whole); or
        the word the text writes with hyphens or an apostrophe between its letters (_written_in_parts: "Qur'an",
        "Al-Qur-an" for "quran")."""
        bm25, stops = self.index.bm25, stop_words()
        if any(joined in bm25.stems for joined in (before and before + word, before and f"{before}-{word}",
                                                   after and word + after, after and f"{word}-{after}") if joined):
            return True  # "tanggung jawab", "shapiro wilk"
        for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1):
            head, tail = word[:cut], word[cut:]
            if f"{head}-{tail}" in bm25.stems:  # "kerja-sama": one word of the text
                return True
            if any(p not in bm25.stems and p not in stops for p in (head, tail)):
                continue
            apart = re.compile(rf"(?<![\w-]){re.escape(head)}\s+{re.escape(tail)}(?![\w-])", re.I)
            term = next((bm25.stems[p] for p in (head, tail) if p in bm25.stems), None)  # "kerja", "sama": stop words
            chunks = [self.index.chunks[i] for i in sorted(self._holders({term})[term])] if term else self.index.chunks
            if any(apart.search(c.text) for c in chunks):
                return True
        return self._written_in_parts(word)

    def _written_in_parts(self, word: str) -> bool:
        """A word the text writes with hyphens or an apostrophe between its letters, as a loan from Arabic often is
        ("Qur'an", "Al-Qur-an", "Jum'at", "do'a"): a question typing it whole ("quran", "jumat", "doa") asks of the
        text's word. Hyphens: some run of a hyphened word's parts, joined (the index keeps such a word whole); an
        apostrophe: its two sides, read where the text uses the side before it."""
        bm25 = self.index.bm25
        if self._hyphen_runs is None:
            hyphened = (w.split("-") for w in bm25.stems if "-" in w)
            self._hyphen_runs = frozenset("".join(parts[a:b]) for parts in hyphened
                                          for a in range(len(parts)) for b in range(a + 2, len(parts) + 1))
        if word in self._hyphen_runs:
            return True
        stops = search_stop_words()
        for cut in range(2, len(word)):
            head, tail = word[:cut], word[cut:]
            searched = [w for w in (head, tail) if w not in stops]
            if not searched or any(w not in bm25.stems for w in searched):
                continue  # the index reads the text's word as its two sides, each a word of the text or a stop word
            sides = {bm25.stems[w] for w in searched}
            apart = re.compile(rf"(?<![^\W_]){re.escape(head)}['’‘`]{re.escape(tail)}(?![^\W_])", re.I)
            held = frozenset.intersection(*self._holders(sides).values())
            if any(apart.search(self.index.chunks[i].text) for i in sorted(held)):
                return True
        return False

    def follow_up_scope(self, query: str, anchor: str, follow_up: str, vector: np.ndarray,
                        found: Candidates) -> Scope | None:
        """Where a follow-up ("Jelaskan yang kedua"), searched as its turn plus itself, is ranked: within the document
        (and preferably the section) of the best passage for that among found (its unscoped candidates), unless the
        follow-up names another subject."""
        return self.scope(self.ranked(query, 1, vector, found).hits[:1], anchor, follow_up)

    def scope(self, hits: tuple[Hit, ...], anchor: str, follow_up: str) -> Scope | None:
        """The document and section of the passage found for the turn a follow-up leans on; None when the follow-up
        names a subject that document never mentions but another one does ("Dan yang di teks ISPA?")."""
        if not hits:
            return None
        chunk = hits[0].chunk
        own = {t for t in self.index.bm25.tokenize(follow_up) if not t.isdigit()} - set(self.index.bm25.tokenize(anchor))
        if any(self._elsewhere(t, chunk.path) for t in own):
            return None
        label = " › ".join(x for x in (chunk.document, *chunk.location.section[-1:]) if x)
        return Scope(chunk.path, chunk.location.section, label)

    def _elsewhere(self, token: str, path: str) -> bool:
        """True when the token occurs in the text, but never in the document at path."""
        found = np.flatnonzero(self.index.bm25.scores([token]) > 0)
        return len(found) > 0 and not any(self.index.chunks[int(i)].path == path for i in found)

    def score_all(self, query: str) -> np.ndarray:
        """Every chunk scored by the ranker's weights for the features known for all of them (dense, lexical, place),
        for ranking cited works by a topic."""
        vector = self.encoder.encode_queries([query])[0]
        dense = self.index.similarities(vector)
        lexical = self.index.bm25.scores(self.index.bm25.tokenize(query), written_forms(query))
        top = float(lexical.max()) if len(lexical) else 0.0
        place = self.index.place_similarities(vector)
        w = dict(zip(PASSAGE_FEATURES, (self.parameters or load_parameters()).passage))
        lexical_weight = w["lexical"] / top if top > 0 else 0.0
        return w["dense"] * dense + lexical_weight * lexical + w["place"] * (place - place.mean())

    def background_level(self, vector: np.ndarray) -> float:
        background = self.index.background
        if background is None or len(background) == 0:
            return 0.0
        rank = max(1, round(len(background) * BACKGROUND_QUANTILE))
        return float(np.partition(background @ vector, -rank)[-rank])
