"""A fitted ranker and abstention model: features of each (question, passage) pair and of the question against the
whole text, weighed by a linear model read from a small versioned parameter file (data/ranker.json).

The weights are fitted on data by `python bench/fit_ranker.py` (scikit-learn at fit time only); here it is plain
numpy: a passage's score is w·x (a question asked in English has its own lexical columns, its words found in the text's
spelling by query/english.py), the confidence that the text covers the question is a logistic in w·q + b, and the
confidence an answer shows (that its first passage holds the answer) a logistic in features of the ranked list.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .. import indonesian
from ..acronyms import expands
from ..documents.structure import ENGLISH_KEYWORDS_LINE
from ..english_vocabulary import is_english_word
from ..index.lexical import WORD, stem
from ..indonesian import BARE_VERBS, VERB_FORM, chat_nasal, is_affixed, is_known_word
from ..lazy_pattern import LazyPattern
from ..user_cache import Memo

PARAMETERS = Path(__file__).resolve().parents[1] / "data" / "ranker.json"
FORMAT = 1  # the parameter file's layout; its "version" says which fit it is

# Per (question, passage); every feature is 0 when it does not apply, so a missing one never counts.
PASSAGE_FEATURES = (
    "dense",            # similarity of the passage's best row (itself or one of its sentences / list items)
    "lexical",          # BM25 over the query's best BM25 (0..1)
    "place",            # similarity to the passage's title and section path, minus the mean over the text
    "words",            # IDF-weighted share of the question's words the passage uses
    "list_enumeration", # an "apa saja / sebutkan" question and a passage that is a list
    "english_dense",    # for a question in English (its words do not match the text's), dense minus the best dense
    "english_passage",  # for a question in English, the passage's share of English (an abstract, a quoted treaty)
    "names_cited",      # share of the question's names (IDF-weighted) the passage or its lead-in cites as an author
    "expands_acronym",  # an acronym of the question spelled out in the passage (acronyms.expands): "ISPA (Infeksi ...)"
    "defines_focus",    # a definition question ("apa yang dimaksud dengan X") and the passage says "X adalah ..."
    "english_lexical",  # for a question in English, "lexical" over its words in the text's spelling (query/english.py)
    "english_words",    # for a question in English, "words" over the same
    "english_defines",  # for a question in English, "defines_focus" for its term in the text's words
    "gives_count",      # a "berapa / how many" question and a passage giving that count (query/quantity.py)
    "asks",             # share of the passage's sentences that are questions (a skripsi's rumusan masalah)
    "sentence_words",   # IDF-weighted share of the question's words that one sentence (list item, table row) uses
    "gives_time",       # a time question ("kapan", "When …": kinds.question_kind): sentence_words over timed sentences
)
# Gone on 2026-12-03 (bench/fit_ranker.py had fitted them at 0, held out by whole folders they moved nothing or lost):
# passage_dense (the whole passage's vector), dense_gap (ranks as dense does), words_lead, names_found, names_missing,
# length. A parameter file naming them still loads; their weights are not read.

# Per question, from the text as a whole and the passages ranked first.
QUESTION_FEATURES = (
    "margin",           # best dense similarity minus the query's similarity to unrelated background text
    "known",            # share of the question's tokens the text uses anywhere
    "absent_words",     # 1 when some noun of the question is used nowhere in the text
    "names_missing",    # share of its names found in none of the top passages (and their lead-ins)
    "words_top",        # share of its words (IDF-weighted) the best passage and the one before it use
    "english",          # asked in English
    "english_margin",   # margin, for a question in English
    "not_language",     # no words at all the text shares, and not English: emoji, code, markup
    "english_known",    # for a question in English, the share of its content words the text has a word for
    "english_words_top",  # for a question in English, the best passage's english_words (its words the text's way)
    "english_names_unknown",  # for a question in English, the share of its names the text writes in no form at all
    "focus_absent",     # a definition question whose term (at most FOCUS_TOKENS words) no passage writes whole, or a
                        # "which" question whose kind none writes ("Antibiotik apa yang ...?": which_focus)
    "figure_absent",    # a price, power or dose asked (quantity.asked_figure), or a number named after a name ("Pasal
                        # 340"), that the documents answering it never give
    "words_apart",      # two words the question writes side by side as one term, each used by the text, never together
    "covered",          # an Indonesian question whose words the text all uses and the best passage (with its lead) holds
    "english_words_document",  # for a question in English, the share of its content words the best passage's document
                               # writes in some form: a near question borrows its words from several documents
)
FOCUS_TOKENS = 3  # a longer "term" is mostly the rest of the question ("Gunanya diagram use case untuk apa?")


# What an answer shows: the probability that its first passage holds the answer (the "confidence" section of the
# file, with its own format), from the ranked list as a whole. The question model above says whether the text covers
# the question at all and decides abstention; covered, the first passage can still be its neighbour's.
ANSWER_FORMAT = 1
ANSWER_FEATURES = (
    "coverage",         # the question model's probability (0 for a name the text never writes): does the text cover it
    "gap",              # the first passage's score minus the second's (the ranker's logits), at most GAP_CAP
    "share",            # the first passage's share of a softmax over every candidate's score
    "dense",            # the first passage's own similarity to the question
)
GAP_CAP = 8.0  # beyond this the second passage is no rival (a softmax share of 0.9997)


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


@dataclass(frozen=True)
class Parameters:
    version: str
    passage: np.ndarray  # weights, in PASSAGE_FEATURES order
    question: np.ndarray  # weights, in QUESTION_FEATURES order
    question_bias: float
    answer: np.ndarray | None = None  # weights, in ANSWER_FEATURES order; None: a file fitted before there were any
    answer_bias: float = 0.0

    def score(self, features: np.ndarray) -> np.ndarray:
        return features @ self.passage

    def confidence(self, features: np.ndarray) -> float:
        """The probability that the text covers the question (QUESTION_FEATURES): below abstain_below, decline."""
        return _logistic(float(features @ self.question) + self.question_bias)

    def answer_confidence(self, scores: np.ndarray, first: np.ndarray | None, coverage: float) -> float:
        """The probability that the first passage holds the answer, from the ranked list (answer_features): what an
        answer shows. A file without a "confidence" section shows the coverage, as telusur did before it had one."""
        if self.answer is None:
            return coverage
        return _logistic(float(answer_features(scores, first, coverage) @ self.answer) + self.answer_bias)


def answer_features(scores: np.ndarray, first: np.ndarray | None, coverage: float) -> np.ndarray:
    """ANSWER_FEATURES of a ranked list: every candidate's score (any order), the first passage's PASSAGE_FEATURES
    row (None: no candidates) and the question model's coverage."""
    x = np.zeros(len(ANSWER_FEATURES))
    x[0] = coverage
    if first is None or not len(scores):
        return x
    s = np.asarray(scores, float)
    best = s.max()
    x[1] = min(best - np.partition(s, -2)[-2], GAP_CAP) if len(s) > 1 else GAP_CAP
    x[2] = 1.0 / float(np.exp(s - best).sum())
    x[3] = first[PASSAGE_FEATURES.index("dense")]
    return x


def parameters_from(data: dict) -> Parameters:
    """Parameters from the file's JSON: weights by feature name (a feature the file does not name weighs 0)."""
    if data.get("format") != FORMAT:
        raise ValueError(f"ranker parameters of format {data.get('format')}, this telusur reads format {FORMAT}")
    passage = np.array([float(data["passage"].get(n, 0.0)) for n in PASSAGE_FEATURES])
    question = np.array([float(data["question"]["weights"].get(n, 0.0)) for n in QUESTION_FEATURES])
    shown = data.get("confidence")
    if shown is None:
        return Parameters(str(data["version"]), passage, question, float(data["question"]["bias"]))
    if shown.get("format") != ANSWER_FORMAT:
        raise ValueError(f"ranker parameters with a confidence section of format {shown.get('format')}, this telusur "
                         f"reads format {ANSWER_FORMAT}: refit them with bench/fit_ranker.py --write")
    answer = np.array([float(shown["weights"].get(n, 0.0)) for n in ANSWER_FEATURES])
    return Parameters(str(data["version"]), passage, question, float(data["question"]["bias"]), answer,
                      float(shown["bias"]))


@lru_cache(maxsize=4)
def load_parameters(path: str | None = None) -> Parameters:
    """The packaged parameters (or another file named by TELUSUR_RANKER, for refitting and benchmarks)."""
    chosen = Path(path or os.environ.get("TELUSUR_RANKER") or PARAMETERS)
    return parameters_from(json.loads(chosen.read_text(encoding="utf-8")))


# "Apa saja …?", "Rasio apa saja yang …?", "Sebutkan …", "Berapa macam …?", "What are …?", "List …": the answer is an
# enumeration (the ranker's list feature and the answer's list kind both read it here). "apa saja" anywhere; an English
# request only at the start ("Apa itu linked list?" asks for no list).
_ITEMS_ASKED = (r"\b(?:apa saja|apa sajakah|siapa saja|sebutkan|apa (?:saja )?(?:macam|jenis|bentuk)-"
                r"(?:macam|jenis|bentuk)|what are)\b|^(?:list|name (?:the|some|all|two|three|four|five|six|seven))\b")
ENUMERATION = LazyPattern(rf"{_ITEMS_ASKED}|\b(?:ada berapa|berapa (?:macam|jenis|bentuk|tahap|tahapan|unsur|aktor|"
                          r"ciri|faktor|fungsi|cara|langkah))\b", re.I)
# … the items themselves, not only their count ("Ada berapa jenis diagram UML dan apa saja?"): the answer's list kind
ITEMS_ASKED = LazyPattern(_ITEMS_ASKED, re.I)


# The words an English question opens with: is_english counts them among the function words and as openings
_ENGLISH_ASKING = "what which who whom whose why how when where is are was were do does did"
ENGLISH_FUNCTION_WORDS = frozenset(f"{_ENGLISH_ASKING} the a an of in to for and or with about between this that"
                                   .split())
# The Indonesian question words, each also with -kah ("siapakah"): one of them asks in Indonesian whatever English
# title the question names ("Kapan Fly to the Sky debut?"), and makes a text a question (retrieval's with_mark).
INDONESIAN_ASKING = ("apa", "siapa", "berapa", "bagaimana", "mengapa", "kenapa", "kapan", "mana")
# ... and the requests that ask as a question does ("Jelaskan the theory of planned behavior"), likewise
INDONESIAN_REQUESTS = ("jelaskan", "sebutkan", "uraikan")
_INDONESIAN = frozenset("yang dan di dari dengan untuk adalah ini itu dalam pada dimana dimanakah".split()) \
    | frozenset(INDONESIAN_ASKING) | frozenset(f"{w}kah" for w in INDONESIAN_ASKING) | frozenset(INDONESIAN_REQUESTS)


_ENGLISH_REQUESTS = frozenset("name list describe explain define give compare mention state".split())
# A yes/no question opens with its auxiliary ("Has the smoke ... reached other countries?", "Should a teacher ...?").
_ENGLISH_OPENINGS = frozenset(f"{_ENGLISH_ASKING} can could has have had will would should shall may might "
                              "must".split())


def is_english(query: str) -> bool:
    """Asked in English: none of the Indonesian function words, and at least two English ones, or one that opens it
    ("What makes mathematics deductive?") or follows a request ("Name three motives for international cooperation").
    One in lower case between two capitalised words is an Indonesian title's or name's ("Who wrote the book
    Administrasi dan Organisasi Internasional?"), not the question's."""
    written = re.findall(r"[^\W\d_]+", query)
    words = [w.lower() for w in written]
    found = set(words) & ENGLISH_FUNCTION_WORDS
    titled = {n for n in range(1, len(written) - 1) if written[n].islower()
              and written[n - 1][0].isupper() and written[n + 1][0].isupper()}
    if {w for n, w in enumerate(words) if n not in titled} & _INDONESIAN or not words:
        return False
    return len(found) >= 2 or words[0] in _ENGLISH_OPENINGS and len(words) >= 3 or \
        bool(found) and words[0] in _ENGLISH_REQUESTS or _asks_after_a_clause(query)


def _asks_after_a_clause(query: str) -> bool:
    """An English question opened by a clause that sets its frame ("Under UU 1/2011, how much floor space must each
    occupant have?"): its asking word opens what follows the comma, three words or more; or, the comma left out, the
    clause opens with an English preposition and a wh-word opens the rest ("Under Pasal 5 how many rest days ...?",
    "At small firms which tax rate applies?")."""
    for clause in re.split(r"[,;]", query)[1:]:
        words = re.findall(r"[^\W\d_]+", clause.lower())
        if len(words) >= 3 and words[0] in _ENGLISH_OPENINGS:
            return True
    words = re.findall(r"[^\W\d_]+", query.lower())
    if not words or words[0] not in _FRAMING_PREPOSITIONS:
        return False
    return any(w in _WH_WORDS and len(words) - n >= 3 for n, w in enumerate(words[2:], 2))


# What opens a clause that frames an English question ("Under ...", "At ...", "After ...", "According to ...")
_FRAMING_PREPOSITIONS = frozenset("under at after before during in for according within without since among unlike "
                                  "besides despite following".split())
_WH_WORDS = frozenset("what which who whom whose why how when where".split())


_ENGLISH_RUNNING = frozenset("the of and to in is are was were that this with for by on as be from an which it its".split())
_INDONESIAN_RUNNING = frozenset("yang dan di dari dengan untuk adalah ini itu dalam pada ke tidak akan atau juga oleh".split())


def english_share(text: str) -> float:
    """How much of a passage is English, from its function words: 0 for Indonesian prose, near 1 for an English
    abstract, in between for Indonesian prose quoting English. 0 with fewer than three function words to go by."""
    if ENGLISH_KEYWORDS_LINE.match(text):  # an abstract's "Keywords: job stress, organizational climate" has no
        return 1.0                         # function words
    words = re.findall(r"[^\W\d_]+", text.lower())
    english = sum(w in _ENGLISH_RUNNING for w in words)
    indonesian = sum(w in _INDONESIAN_RUNNING for w in words)
    return english / (english + indonesian) if english >= 3 else 0.0


# "Apa yang dimaksud dengan X (menurut Y)?", "Apa pengertian X?", "Jelaskan definisi X", "Apa itu X?": the term asked
# to be defined. "Menurut Y, X itu apa?" too.
# "maksud X" and "arti X" open a definition question as "pengertian X" does ("maksud double track system dalam pidana
# lingkungan hidup", "arti struktur dalam teori strukturasi": team sets 4 and 11), not "Maksud dan tujuan ...".
# "Apa singkatan dari GPM?", "kepanjangan dari GPM apa?": what an acronym stands for is its definition. A definition
# "yang paling singkat" (or any "yang paling ...") chooses among the text's definitions of the term, and an "apa" or
# "itu apa" closing the question asks it ("definisi pemasaran yang paling singkat apa?"): neither is part of the term.
_DEFINITION_QUESTION = LazyPattern(
    r"^(?:apa(?:kah)?\s+(?:yang\s+)?(?:dimaksud(?:\s+(?:oleh\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)?\s+dengan"
    r"|(?:pengertian|definisi|arti|maksud|singkatan|kepanjangan)(?:\s+dari)?|itu)"
    r"|jelaskan\s+(?:(?:pengertian|definisi|maksud)(?:\s+dari)?|apa\s+itu|apa\s+yang\s+dimaksud\s+dengan)"
    r"|(?:pengertian|definisi|maksud|arti|singkatan|kepanjangan)(?:\s+dari)?(?!\s+(?:dan|atau|dari)\b))\s+(.+?)"
    r"(?:\s+yang\s+paling\s+[^\W\d_]+)?"
    r"(?:\s+(?:itu\s+)?apa(?:kah)?)?(?:\s+menurut\s+.*)?\s*\??$", re.I)
# Its author before it, with or without a comma ("Menurut Zimerer kewirausahaan itu apa?": the capitalised words), or
# after it in at most three words ("Gemeinschaft menurut Tonnies dan Loomis itu apa?"); "yang dimaksud" and
# "sebenarnya" only frame it. "X maksudnya" and "X maksudnya bagaimana" (chat "gimana", in standard words) ask what X
# means as "X maksudnya apa" does (team sets 5, 6, 9: "menentukan target pasar maksudnya gimana").
_TERM_THEN_APA = LazyPattern(r"^(?:menurut\s+[^,]{1,60},\s*|menurut\s+(?:(?-i:[A-Z])[\w.'’-]*\s+(?:(?:dan|&)\s+)?)+)?"
                             r"(?:yang\s+dimaksud\s+(?:dengan\s+)?)?(.+?)(?:\s+menurut(?:\s+[^\s,]+){1,3})?\s+(?:itu\s+|tu\s+)?"
                             r"(?:sebenarnya\s+)?(?:adalah\s+)?(?:(?:(?:maksud|arti|pengertian|definisi)nya\s+)?"
                             r"(?:(?:singkatan|kepanjangan)(?:nya)?\s+(?:dari\s+)?)?apa(?:kah)?"
                             r"|(?:maksud|arti)nya(?:\s+bagaimana)?)\s*\??$", re.I)
# A chat definition question that goes on after asking what X is ("standing desk itu apa, bagus ga buat pegawai kantor",
# "cessie itu apa dalam hukum jaminan", "Kolostrum itu apa dan keluar kapan?"): its term is read from "X itu apa".
# ... and after asking what X means ("RPE artinya apa dalam latihan beban", "HPP maksudnya apa di akuntansi biaya")
_TERM_APA_GOES_ON = LazyPattern(r"^(.+?\s+(?:(?:itu|tu)\s+apa(?:kah)?|(?:arti|maksud)nya\s+apa))"
                                r"(?:\s*,|\s+(?:dan|dalam|di|pada)\s)", re.I)
# What a thing is for: "buat apa", "untuk apa" (answer.py's purpose kind); in an "X apa" question's X, what it asks of X
PURPOSE_WORDS = ("untuk", "buat")
_FOR = "(?:" + "|".join(PURPOSE_WORDS) + ")"
PURPOSE_QUESTION = LazyPattern(rf"\b(?:{_FOR} apa|gunanya|apa(?:kah)? (?:tujuan|kegunaan)|tujuan(?:nya)? (?:dari )?"
                               rf"(?:apa|{_FOR} apa)|tujuannya|what (?:is|was|are|were) the (?:main |primary )?"
                               r"(?:purpose|aims?|goals?|objectives?)|what for|for what purpose|"
                               # "What is the audio port for?", "What is UML meant to provide?", "What is a safe
                               # used to keep?", "What is a database used for in ...?" ("What does Yii stand for?"
                               # asks what the name says)
                               r"^\W*what\b[^?]*\b(?<!stand )(?<!stands )(?<!stood )for(?=\W*$)|"
                               # ... the use's object left out, as the question asks it ("... used to keep?", "... used
                               # for in an office?"): "What is the rate used for depreciation?", "What is the test used to
                               # measure reliability?" ask which rate, which test
                               r"what (?:is|are|was|were)\b[^?]{1,80}?\b(?:(?:meant|intended|designed|used) to\s+\w+|used for)"
                               r"(?=\W*$|\s+(?:in|on|at|by|within|during|when|inside|among)\b))\b",
                               re.I)
# Whether Sastrawi's dictionary knows a word, kept in the user's cache folder like the question stems (index/lexical.py),
# so a warm `ask` loads neither Sastrawi's stemmer nor its dictionary; keyed by the module that computes the values
# (indonesian.py), so a change to is_known_word or is_affixed is not read from a stale table.
_KNOWN_WORDS = Memo("known-words", indonesian.__file__, (("Sastrawi", True),))


def indonesian_word(word: str) -> bool:
    """Sastrawi's dictionary knows the word's root."""
    return _KNOWN_WORDS.get(word, lambda: "1" if is_known_word(word) else "0") == "1"


_AFFIXED_WORDS = Memo("affixed-words", indonesian.__file__, (("Sastrawi", True),))


def affixed_word(word: str) -> bool:
    """Sastrawi's dictionary knows the word as written (indonesian.is_affixed), kept like indonesian_word."""
    return _AFFIXED_WORDS.get(word, lambda: "1" if is_affixed(word) else "0") == "1"


def verb_form(word: str) -> bool:
    """A word of a verb's shape (indonesian.VERB_FORM) whose stem drops its affixes: "diberikan", "bekerja", "berada";
    not a noun of that shape ("disleksia", "berita", "beberapa")."""
    return bool(VERB_FORM.match(word)) and stem(word) != word


def not_a_subject(word: str) -> bool:
    """A verb form, whose prefix its stem drops ("diberikan"; "disleksia", "diare" are nouns), a verb as chat says
    it ("ngitung", "nyampe": a bare nasal on a word no dictionary knows; "pakai": indonesian.BARE_VERBS), or a word
    with -nya ("letaknya": of the subject): never the subject a question asks about (definition_focus,
    Retriever.absent_words and words_apart). So too a bare "-kan" verb (bare_kan_verb: "redakan", "gemborkan") and a
    chat verb of another shape the dictionary reads as a verb it knows (chat_verb: "nemu" menemu, "nangis" menangis,
    "redain" redakan)."""
    return verb_form(word) or word.endswith("nya") or word in BARE_VERBS \
        or chat_nasal(word) and not indonesian_word(word) \
        or bare_kan_verb(word) or chat_verb(word)  # "nyamuk", "ngarai", "nyeri" are nouns


def bare_kan_verb(word: str) -> bool:
    """A verb said with "-kan" and no prefix, as an order or in chat ("redakan cemas", "digembar-gemborkan" typed
    apart): the stem and "-kan" exactly, so that a noun in "-an" of a root ending in "k" ("tindakan", "masukan") or
    with a prefix ("kebijakan") is none, nor a root ending so ("pekan", "ikan")."""
    return len(word) > 6 and word.endswith("kan") and stem(word) + "kan" == word


def chat_verb(word: str) -> bool:
    """A verb in a chat form (indonesian.chat_verb_forms: a bare nasal "n-"/"m-", "-in" for "-kan"/"-i", "ke-" for
    "ter-") that the dictionary knows in its standard form but not as written: "nemu", "nulis", "redain". A noun
    the dictionary knows as written, affixed or not ("minuman" is no "meminum-an", "nilai" no "menilai"), stays, as
    does an English word ("market" is no "memarket")."""
    return not affixed_word(word) and bool(indonesian.chat_verb_forms(word)) and not is_english_word(word)


def _asks_of_term(term: str) -> bool:
    """An "X apa" question whose X holds a verb form, a word with -nya or what a thing is for asks something of a
    term, not what it is ("MySQL dipakai buat apa?", "organizing ujungnya memunculkan apa", "port LAN raspi buat
    apa"); a "ter-" word describes the term ("Sistem kendali loop terbuka itu apa?")."""
    return any(w in PURPOSE_WORDS or not_a_subject(w) and not w.startswith("ter") for w in WORD.findall(term.lower()))
# The words that say what a thing is ("X adalah …", "X yaitu …"): a definition's here, answer.py's sentence rules' too
COPULA = r"adalah|ialah|merupakan|yaitu|yakni"
_COPULA = rf"(?:{COPULA}|(?:(?:dapat|bisa)\s+(?:juga\s+)?)?(?:didefinisikan|diartikan))"
# What may stand just before a term being defined: the start of a sentence or clause, or "bahwa", "dengan" ("yang
# dimaksud dengan X adalah"), "pengertian", "definisi", "istilah", "atau" ("Daerah swantantra atau daerah otonom
# adalah"), "menurut"; not a word the term is part of ("bonus demografi yakni", "Banyak spesies adalah").
_CLAUSE_START = LazyPattern(r"(?:^|[.:;,(\"'“‘\n]|\b(?:bahwa|dengan|pengertian|definisi|istilah|atau|menurut))\s*[\"'“‘]?$",
                            re.I)
# Or its author before it, as the one it is "according to" ("Menurut Kenneth R. Andrews strategi adalah", "Menurut
# Sibero (2014:14) web adalah"), or a verb of saying ("J. Salusu menyatakan strategi adalah"): names are capitalised, so
# "Menurut para ahli sistem adalah" is no author and "strategi" in "menurut Kotler, strategi pemasaran" no term.
_AFTER_AUTHOR = LazyPattern(r"(?:\b[Mm]enurut\s+(?:(?:[A-Z][\w'’.-]*|dan|&|et\s+al\.?)[,\s]+){1,6}(?:\([^()]{0,40}\)[,\s]*)?"
                            r"|\b(?:menyatakan|mengatakan|mengemukakan|berpendapat|menjelaskan|mendefinisikan|"
                            r"mengartikan)\s+)$")


# "pengertian X", "definisi X" or "konsep X" closing a question that opens otherwise asks what X is ("Bagaimana
# Moeljatno merumuskan pengertian perbuatan pidana?", "kesimpulan penulis soal pengertian sistem", "inti pengertian
# penjualan", "Bagaimana Peter F. Drucker menjelaskan konsep kewirausahaan?": the tuning half, team sets 11, 16, 2);
# "dalam pengertian X" is the sense something is taken in ("autisme dalam pengertian non ilmiah"), and a question word
# in X asks another thing ("mencakup pengertian apa saja", "itu pengertian yang seperti bagaimana": _NOT_A_TERM).
_DEFINITION_CLOSING = LazyPattern(r"(?<![\w-])(?<!dalam\s)(?:pengertian|definisi|konsep)\s+(?:dari\s+)?"
                                  r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,4}?)(?:\s+menurut\s.*)?\s*\??$",
                                  re.I)
_NOT_A_TERM = frozenset(INDONESIAN_ASKING) | frozenset(f"{w}kah" for w in INDONESIAN_ASKING) \
    | frozenset("yang tidak saja".split())


def definition_focus(query: str) -> str | None:
    """The term a question asks to be defined ("Apa yang dimaksud dengan daerah otonom?" -> "daerah otonom",
    "Menurut Hutahaean, sistem itu apa?" -> "sistem"), or None for a question of another kind ("port LAN raspi buat
    apa": _asks_of_term). Ranking (defines_focus), focus_absent and the answer's sentence choice all read this term."""
    q = query.strip()
    goes_on = _TERM_APA_GOES_ON.match(q)
    q = goes_on.group(1) if goes_on else q
    m = _DEFINITION_QUESTION.match(q)
    if m is None:
        m = _TERM_THEN_APA.match(q)
        # at most five words, the noun saying what kind of thing it is not counted (TERM_HEADS: "Asas lex specialis
        # derogat legi generalis artinya apa?" asks of five)
        if m is None or len(_TERM_HEAD.sub("", m.group(1)).split()) > 5 or _asks_of_term(m.group(1)):
            m = _DEFINITION_CLOSING.search(q)
            if m is None or _asks_of_term(m.group(1)) or any(w.lower() in _NOT_A_TERM for w in m.group(1).split()):
                return None
    words = WORD.findall(m.group(1))
    return " ".join(words) if words else None


# "Antibiotik apa yang ...?", "Gas apa saja yang ...?", "Sistem operasi mana yang ...?": the kind of thing asked for
# (one or two words opening the question), whose instance the answer names. Read in standard words ("apa aja yg" is
# "apa saja yang": indonesian.standard_words).
_WHICH_QUESTION = LazyPattern(r"^([^\W\d_]+(?:-[^\W\d_]+)*(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*)?)\s+(?:apa|mana)"
                              r"(?:\s+saja)?\s+yang\b", re.I)
# Words that open such a question without naming a kind ("Dalam bentuk apa yang ...", "Seperti apa yang ...").
_NOT_A_KIND = frozenset({"di", "dalam", "pada", "ke", "dari", "untuk", "bagi", "dengan", "oleh", "sejak", "seperti",
                         "menurut", "sebagai", "karena", "tentang", "apa", "siapa", "mana", "yang", "itu", "ini"})


def which_focus(query: str) -> str | None:
    """The kind of thing a "which" question asks for ("Antibiotik apa yang biasa diresepkan untuk ISPA?" ->
    "Antibiotik", "Sistem operasi mana yang paling umum dipasang?" -> "Sistem operasi"), or None: a text that never
    writes the kind cannot name one of it."""
    m = _WHICH_QUESTION.match(query.strip())
    if m is None or any(w.lower() in _NOT_A_KIND for w in m.group(1).split()):
        return None
    return m.group(1)


# Its author between the term and the copula: "sistem menurut Jogianto adalah", "sistem menurut L. Ackof (1999),
# merupakan" (a list of experts' definitions writes every item so); names may hold initials, so no "." stops it.
_AUTHOR = r"(?:(?:menurut|according\s+to)\s+[^;:,\n()]{1,50}?\s*(?:\([^)]{0,30}\)\s*)?)?"


@lru_cache(maxsize=256)
def _term_pattern(focus: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, focus.split())), re.I)


# What may stand between a term and its copula: a quote, a gloss in brackets, another name ("atau ..."), its author.
# Compiled once: written into each term's own pattern it took about a millisecond per term asked.
_TO_COPULA = LazyPattern(r"[\"'”’]?\s*(?:\([^)]{0,80}\)\s*)?(?:,?\s*atau\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*)?"
                         + _AUTHOR + r",?\s*" + _COPULA + r"\b", re.I)


def _definition_starts(text: str, focus: str):
    """Where the term stands before its copula, as finditer of the term's pattern joined to _TO_COPULA finds them
    (a match's end is where the next search starts)."""
    term, pos = _term_pattern(focus), 0
    while (m := term.search(text, pos)) is not None:
        joined = _TO_COPULA.match(text, m.end())
        if joined is None:
            pos = m.start() + 1
            continue
        yield m.start()
        pos = joined.end()


# Where or what for a term is asked of, after it: "formal group in sociology", "breadboard used for", "drug related
# problems di apotek", "fungsi planning dalam manajemen" (the term is what comes before it: defined_names, and
# focus_absent in retrieval.py). A preposition opening a compound the term is named by says no where: "perdagangan dalam
# negeri" (domestic trade), "pembelajaran dalam jaringan" (online), "perkawinan di bawah umur" (underage) are terms whole.
QUALIFIER = LazyPattern(r"\s+(?:in|used|di(?!\s+bawah\s+umur\b)|dalam(?!\s+(?:negeri|jaringan)\b)|pada)\b", re.I)
# Nouns that say what kind of thing a term names ("fungsi planning", "konsep kewirausahaan", "istilah slacktivism",
# "kata wira", "asas lex posteriori", "sifat amanah": the tuning half, team sets 1-8): a text defines the term by its
# name alone as often ("Planning merupakan ...").
# Those naming a word itself ("kata wira", "istilah slacktivism"): the meaning of that word is asked
# (answer._WORD_MEANING reads the one word after "makna kata", "arti istilah").
WORD_HEADS = ("istilah", "kata", "frasa")
TERM_HEADS = ("fungsi", "konsep", *WORD_HEADS, "asas", "sifat")
_TERM_HEAD = LazyPattern(rf"^(?:{'|'.join(TERM_HEADS)})\s+(?=[^\W\d_])", re.I)


def defined_names(focus: str) -> list[str]:
    """The names a text may define a question's term by: the term as asked, the term before where it is asked of
    (QUALIFIER: "fungsi planning dalam manajemen" -> "fungsi planning"), and either without the noun saying what kind
    of thing it is (TERM_HEADS: "planning")."""
    names = [focus, QUALIFIER.split(focus)[0]]
    names += [_TERM_HEAD.sub("", name) for name in names]
    return [name for name in dict.fromkeys(names) if name.strip()]


_ACRONYM_TERM = LazyPattern(r"[A-Z][A-Z0-9]{1,7}")


def defines(text: str, focus: str) -> bool:
    """The text defines the term: the term itself (or another of its defined_names), at the start of a clause, just
    before "adalah" / "merupakan" / "ialah" / "yaitu" ("Sistem adalah ...", "Demografi atau ilmu kependudukan adalah
    ...", "bahwa sistem (system) adalah ...", "Menurut Sibero (2014:14) web adalah ...", "Planning merupakan ..." asked
    "fungsi planning dalam manajemen"). "Sistem informasi adalah ..." defines another term, "Spesies ini adalah ..."
    none. An acronym is defined by the text spelling it out ("RPE (Rating of Perceived Exertion)", "Harga Pokok
    Penjualan (HPP)": acronyms.expands), as "X adalah" defines a word: its meaning is its spelling out."""
    if _ACRONYM_TERM.fullmatch(focus) and expands(text, focus):
        return True
    if " atau " in focus.lower():  # "Pemantauan atau monitoring itu maksudnya apa?": either name of the term
        return any(defines(text, part) for part in re.split(r"\s+atau\s+", focus, flags=re.I) if part)
    return any(_CLAUSE_START.search(text[:start]) or _AFTER_AUTHOR.search(text[max(0, start - 120):start])
               for name in defined_names(focus) for start in _definition_starts(text, name))


_UNIT = LazyPattern(r"(?<=[.?!])\s+|\n+")
_WORDS = LazyPattern(r"[^\W\d_]{2,}")
# A question about the study itself ("Apa rumusan masalah penelitian ini?", "What are the research questions?"), about
# what a work discusses ("permasalahan yang dibahas di artikel ...") or about questions ("pertanyaan siapa mendapat
# apa ...") is answered by its questions.
_ABOUT_RESEARCH = LazyPattern(r"\b(?:rumusan|penelitian|peneliti|skripsi|tesis|research|study|studi|artikel|makalah|"
                              r"article|paper|dibahas|membahas|pertanyaan|pertanyaannya|questions?)\b", re.I)


def asks(text: str, query: str) -> float:
    """How much of the passage asks instead of saying: the share of its sentences and lines that are questions ("1.
    Bagaimana pengaturan ...?", a skripsi's rumusan masalah), 0 for a question about the research itself."""
    return 0.0 if _ABOUT_RESEARCH.search(query) else _question_share(text)


@lru_cache(maxsize=4096)  # a passage's share is the same for every question: worked out once per process
def _question_share(text: str) -> float:
    units = [u.strip() for u in _UNIT.split(text) if len(_WORDS.findall(u)) >= 2]
    return sum(u.endswith("?") for u in units) / len(units) if units else 0.0


# A multiple-choice exercise item: a stem closing with an ellipsis ("1. Hukum yang mendasari cara kerja termometer
# adalah...", "Ukuran ketidakteraturan sistem disebut ....") and three or more short options lettered from "a" in
# order, one a line ("a. Entalpi", "b) Usaha"). It asks, naming the answer among wrong ones: its explanation says it.
_STEM_END = LazyPattern(r"(?:\.{2,}|…)\s*$")
_OPTION = LazyPattern(r"^\s*(?:[-*•]\s*)?([a-eA-E])[.)]\s+(\S.*)$")
OPTION_WORDS = 10  # an option is a word or a short phrase; a lettered list explaining things says more


@lru_cache(maxsize=4096)  # the same for every question: worked out once per process
def exercise_item(text: str) -> bool:
    """The passage holds a multiple-choice exercise item (_STEM_END, _OPTION): Retriever.ranked ranks it below the
    passages that explain what it asks (EXERCISE_PENALTY)."""
    lines = [line for line in text.splitlines() if line.strip()]
    for n, line in enumerate(lines):
        if not _STEM_END.search(line):
            continue
        labels = []
        for option in map(_OPTION.match, lines[n + 1:n + 6]):
            if not option or len(option.group(2).split()) > OPTION_WORDS:
                break
            labels.append(option.group(1).lower())
        if len(labels) >= 3 and labels == list("abcde"[:len(labels)]):
            return True
    return False


# A passage's own label: a first line that titles it ("3. Fase Kritis (Hari 4-7)", "• Surplus (Kelebihan Penawaran):",
# "Fotosistem II : Menangkap foton ...": the words before the colon) or the heading it stands under ("1) Mutawatir"),
# its list mark or letter, its brackets and its colon's text left out; "Unusualness/keanehan" names either.
_LABEL_MARK = LazyPattern(r"^(?:\s*(?:[-*•·–]|\(?(?:\d{1,2}|[A-Za-z])[.)]))*\s*")
_BRACKETS = LazyPattern(r"\([^()]*\)|\[[^\[\]]*\]")
LABEL_WORDS = 6  # a title is a few words; a longer first line is the passage's first sentence


@lru_cache(maxsize=8192)  # the same for every question: worked out once per process
def passage_labels(text: str, heading: str = "") -> tuple[str, ...]:
    """The names a passage's label gives it (TITLED_BONUS): its first line's title, and its heading's, each alternative
    of a slash apart ("Unusualness/keanehan" -> "Unusualness", "keanehan"); () for a passage opening with a sentence."""
    first, _, below = text.partition("\n")
    out = []
    for line, titles in ((first, below.strip()), (heading, True)):
        if "|" in line:
            continue  # a table row, no title
        title = _BRACKETS.sub(" ", _LABEL_MARK.sub("", line, count=1))
        head, colon, _ = title.partition(":")
        if not colon and (not titles or re.search(r"[.!?]\s*$", head)):
            continue  # a sentence, or a line with nothing below it to title
        words = WORD.findall(head)
        if 0 < len(words) <= LABEL_WORDS:
            out += [part.strip() for part in head.split("/") if part.strip()]
    return tuple(dict.fromkeys(out))


# A list item inside a passage titled by the words before its colon ("• Barang Inferior: Pendapatan naik, ...").
_ITEM_TITLED = LazyPattern(r"^[ \t]*(?:[-*•·–]|\(?(?:\d{1,2}|[A-Za-z])[.)])[ \t]*([^:\n]+?)[ \t]*:[ \t]*\S", re.M)
ITEM_LABEL_WORDS = 2  # an item's one-word title is as often a field of it ("• Tujuan: ...", "• Akibat: ...") as a term


@lru_cache(maxsize=8192)
def item_labels(text: str) -> tuple[str, ...]:
    """The titles of the list items inside a passage below its first line, each its words before the colon, brackets
    left out ("• Barang Inferior (Giffen): Pendapatan naik ..." -> "Barang Inferior"): a passage listing the asked term
    as one of its items is about it, as one it opens with is (passage_labels, TITLED_BONUS). Two words to
    LABEL_WORDS only."""
    _, _, below = text.partition("\n")
    out = []
    for m in _ITEM_TITLED.finditer(below):
        title = _BRACKETS.sub(" ", m.group(1)).strip()
        if "|" not in title and ITEM_LABEL_WORDS <= len(WORD.findall(title)) <= LABEL_WORDS:
            out += [part.strip() for part in title.split("/") if part.strip()]
    return tuple(dict.fromkeys(out))

