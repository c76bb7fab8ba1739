"""Query -> ranked chunks: dense (FAISS) and lexical (BM25) scores fused, plus a confidence for abstaining."""

from __future__ import annotations

import math
import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from ..chunking import Chunk, part_spans
from ..documents.structure import is_short_heading
from ..index.embeddings import Encoder
from ..index import Index

CANDIDATES = 100  # from each retriever, before fusion
# "Apa saja …?", "Sebutkan …": the answer is an enumeration, so passages that are lists get a head start.
_ENUMERATION = re.compile(r"^(?:apa saja|apa sajakah|sebutkan|ada berapa|berapa (?:macam|jenis|bentuk)|"
                          r"apa (?:saja )?(?:macam|jenis|bentuk)-(?:macam|jenis|bentuk)|what are|list)\b", re.I)
# A question about a name the text never mentions ("Apa tujuan PBB?") is not covered, however close its topic.
_NAME = re.compile(r"\b(?:[A-Z]{2,}|[A-Z][a-z]+(?:[A-Z][a-z]+)*)\b")
UNKNOWN_NAME_FACTOR = 0.1
PLACE_WEIGHT = 0.2  # chosen on the dev sets of the default corpus and the shared texts (BENCHMARKS.md)
SECTION_BONUS = 0.02
RECENT_QUERIES = 64  # a follow-up prefers the section of the turn it follows, within that turn's document
LIST_BONUS = 0.03
# The query's similarity to unrelated text at this quantile (the 10th best of 1,000) is its "chance" level.
BACKGROUND_QUANTILE = 0.01


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # fused: cosine plus a small lexical share (and a bonus for lists answering "apa saja")
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
    confidence: float  # in [0, 1]; below the settings' abstain_below the text does not cover the query
    margin: float  # best dense similarity minus the background level
    known: float  # share of query tokens found in the text
    unknown_names: tuple[str, ...] = ()  # what the question names that the passages found do not cover
    vector: np.ndarray | None = field(default=None, compare=False, repr=False)  # the query's embedding
    scope: Scope | None = None  # a follow-up searched within the document of the turn it follows


SUBJECT_PASSAGES = 3  # a question's names must appear in one of the passages it would be answered from
# Words that frame a question rather than name its subject ("pengertian", "sebutkan", "rumus", "cara", "alasannya").
_QUESTION_WORDS = frozenset("erti arti definisi maksud sebut jelas jenis macam bentuk rumus hitung cara contoh beda "
                            "ciri mulai kapan umur usia alas".split())
_VERB = re.compile(r"^(?:di|me|ber|ter|memper|diper)\w{4,}")


def _spelled_alike(token: str, seen: set[str]) -> bool:
    """The same name spelled another way: one letter apart ("Prancis"/"Perancis") or sharing most of a long
    beginning ("Bellarmine"/"Bellarminus", "Xiaoping"/"Xiaopingdengarkan" glued by a page's markup)."""
    for other in seen:
        if abs(len(other) - len(token)) <= 1 and _one_edit(token, other):
            return True
        shorter = min(len(token), len(other))
        common = len(os.path.commonprefix([token, other]))
        if shorter >= 5 and common >= max(5, 0.8 * shorter):
            return True
    return False


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    i = len(os.path.commonprefix([a, b]))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _names(query: str) -> list[str]:
    """Names and acronyms in a question, not counting the capital that opens it."""
    words = _NAME.findall(query)
    return words[1:] if query[:1].isupper() and words and query.startswith(words[0]) else words


def _title_only(text: str) -> bool:
    """A heading or an item title on its own ("Kekuasaan dan Kewenangan", "2. Kerjasama Regional"): never a passage."""
    return "\n" not in text.strip() and is_short_heading(text)


def fuse(dense: dict[int, float], lexical: dict[int, float], lexical_weight: float) -> dict[int, float]:
    """Cosine similarity plus a small share of BM25 (scaled by the query's best BM25 score).

    Chosen on the two dev sets over min-max, z-score and reciprocal-rank fusion (bench/tydiqa.py, BENCHMARKS.md):
    e5 similarities sit in a narrow band, so a little lexical evidence breaks near-ties without drowning meaning.
    """
    top_lex = max(lexical.values(), default=0.0)
    scale = lexical_weight / top_lex if top_lex > 0 else 0.0
    return {i: sim + scale * lexical.get(i, 0.0) for i, sim in dense.items()}


# Calibrated on three corpora (the default text, the twelve shared texts as one course, TyDi; BENCHMARKS.md,
# "Answers on real texts"): a question is covered when its best similarity clears the background by about 0.035.
CONFIDENCE_CENTER = 0.035
CONFIDENCE_SCALE = 0.008
ABSENT_WORD_PENALTY = 0.025  # a noun the text never uses ("inflasi") needs that much more similarity


def confidence(margin: float, known: float, absent_word: bool = False) -> float:
    """Logistic in the dense margin over background text, nudged by how many query words the text has, and held
    back when the question names something the text never mentions."""
    z = (margin + 0.015 * known - ABSENT_WORD_PENALTY * absent_word - CONFIDENCE_CENTER) / CONFIDENCE_SCALE
    return 1.0 / (1.0 + math.exp(-max(min(z, 50), -50)))


_ENGLISH = frozenset("what which who whom whose why how when where is are was were do does did the a an of in "
                     "to for and or with about between".split())


def is_language(query: str, known: float) -> bool:
    """A question in words: sharing some with the text, or asked in English. Emoji, code or markup alone
    ("<script>alert(1)</script>") resemble nothing in the background text, which would look like confidence."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", query)}
    return known > 0 or len(words & _ENGLISH) >= 1 and len(words) >= 2


class Retriever:
    def __init__(self, index: Index, encoder: Encoder, lexical_weight: float, fusion=fuse):
        self.index, self.encoder, self.lexical_weight, self.fusion = index, encoder, lexical_weight, fusion
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()  # a follow-up's turn was usually just asked
        self._recent_lock = threading.Lock()

    def query_vector(self, query: str) -> np.ndarray:
        """The query's embedding, from the last few queries when it was asked just before."""
        with self._recent_lock:
            if query in self._recent:
                self._recent.move_to_end(query)
                return self._recent[query]
        vector = self.encoder.encode_queries([query])[0]
        with self._recent_lock:
            self._recent[query] = vector
            while len(self._recent) > RECENT_QUERIES:
                self._recent.popitem(last=False)
        return vector

    # What an answer may ask of the index (answer.py sees only these, never the index's files).

    def term_weights(self, text: str) -> dict[str, float]:
        """The text's search terms, in the corpus's own spelling, each with its IDF."""
        return self.index.bm25.term_weights(text)

    def words(self, text: str) -> list[str]:
        """The search tokens of a text, as term_weights keys them."""
        return self.index.bm25.tokenize(text)

    def part_scores(self, chunk: Chunk, query_vector: np.ndarray | None) -> list[tuple[tuple[int, int], float]] | None:
        """(span, similarity to the query) of each indexed part of a chunk (its list items or sentences, where
        chunking cuts them), or None for a chunk without parts."""
        sims = None if query_vector is None else self.index.part_similarities(chunk.id, query_vector)
        spans = part_spans(chunk.text)
        if sims is None or len(sims) != len(spans):
            return None
        return [(span, float(sim)) for span, sim in zip(spans, sims)]

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        """Vectors for passage texts the index has none for."""
        return self.encoder.encode_documents(texts)

    def search(self, query: str, k: int, query_vector: np.ndarray | None = None, within: Scope | None = None) -> Retrieval:
        vector = self.query_vector(query) if query_vector is None else query_vector
        tokens = self.index.bm25.tokenize(query)
        lex_all = self.index.bm25.scores(tokens)
        if within is None:
            ids, sims = self.index.dense_search(vector, CANDIDATES)
            dense = {int(i): float(s) for i, s in zip(ids, sims)}
            top_lex = np.argsort(-lex_all)[:CANDIDATES]
        else:  # a follow-up: every passage of the document it stays in, scored exactly
            ids = [c.id for c in self.index.chunks if c.path == within.path]
            dense = dict(zip(ids, map(float, self.index.similarities(vector, ids))))
            top_lex = ids
        lexical = {int(i): float(lex_all[i]) for i in top_lex if lex_all[i] > 0}
        only_lexical = sorted(lexical.keys() - dense.keys())
        if only_lexical:  # exact similarity for lexical-only candidates
            dense.update(zip(only_lexical, map(float, self.index.similarities(vector, only_lexical))))
        fused = self.fusion(dense, lexical, self.lexical_weight)
        if _ENUMERATION.match(query.strip()):
            for i in fused.keys() & self.index.list_chunks:
                fused[i] += LIST_BONUS
        place = self.index.place_similarities(vector)  # the chunk's title and section path, as said of every chunk in it
        mean_place = float(place.mean()) if len(place) else 0.0
        for i in fused:
            fused[i] += PLACE_WEIGHT * (float(place[i]) - mean_place)
        if within is not None and within.section:
            for i in fused:
                if self.index.chunks[i].location.section[:len(within.section)] == within.section:
                    fused[i] += SECTION_BONUS
        order = [i for i in sorted(fused, key=lambda i: (-fused[i], i)) if not _title_only(self.index.chunks[i].text)][:k]
        hits = tuple(Hit(self.index.chunks[i], fused[i], dense[i], lexical.get(i, 0.0)) for i in order)
        margin = max(dense.values(), default=0.0) - self.background_level(vector)
        known = self.index.bm25.known_fraction([t for t in tokens if not t.isdigit()])  # "1" is in every list
        # Only where the query shares words with the text: a title-cased English question is no name.
        names = self.absent_names(query, hits) if known > 0 else ()
        words = self.absent_words(query) if known > 0 else ()
        score = confidence(margin, known, bool(words))
        score *= UNKNOWN_NAME_FACTOR if names or not is_language(query, known) else 1.0
        return Retrieval(hits, score, margin, known, names + words, vector, within)

    def absent_names(self, query: str, hits: tuple[Hit, ...]) -> tuple[str, ...]:
        """Names and acronyms of the question ("Piaget", "ADHD") that none of the passages it would be answered
        from mentions, not even one typo away: their subject is not covered, however close the topic."""
        seen = set(self.index.bm25.tokenize(" ".join(self._with_lead(h.chunk) for h in hits[:SUBJECT_PASSAGES])))
        spelled = self.index.bm25.term_weights  # the text's own spelling of each word ("Holsti" -> "hosti")
        return tuple(w for w in dict.fromkeys(_names(query))
                     if self.index.bm25.tokenize(w) and not seen & set(spelled(w)) and not any(_spelled_alike(t, seen) for t in self.index.bm25.tokenize(w)))

    def _with_lead(self, chunk: Chunk) -> str:
        """A passage with the one before it in its section ("Tunagrahita menurut Amin (1995:15) … adalah" before the
        quote it introduces): a name said just before a passage is said of it."""
        before = self.index.chunks[chunk.id - 1] if chunk.id > 0 else None
        if before is not None and before.path == chunk.path and before.location.section == chunk.location.section:
            return f"{before.text}\n{chunk.embed_text}"
        return chunk.embed_text

    def absent_words(self, query: str) -> tuple[str, ...]:
        """Nouns of the question the whole text never uses ("inflasi", "perdata"), not even one typo away. Verb forms
        (di-, me-, ber-, ter-), words with -nya and words that frame a question ("pengertian", "alasan") are not its
        subject."""
        out = []
        for word in re.findall(r"[^\W\d_]+", query.lower()):
            if _VERB.match(word) or word.endswith("nya"):  # "letaknya", "fungsinya": of the subject, not the subject
                continue
            out += [t for t in self.index.bm25.tokenize(word) if len(t) >= 4 and t not in _QUESTION_WORDS and not self.index.bm25.expand([t])]
        return tuple(dict.fromkeys(out))

    def search_follow_up(self, query: str, anchor: str, follow_up: str, k: int) -> Retrieval:
        """A follow-up ("Jelaskan yang kedua"), searched as its turn plus itself: within the document (and preferably
        the section) of the best passage for that, unless the follow-up names another subject. One encoding."""
        first = self.search(query, k)
        within = self.scope(first.hits[:1], anchor, follow_up)
        return first if within is None else self.search(query, k, query_vector=first.vector, within=within)

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
        """The fused score of every chunk (the same formula as `fuse`), for ranking cited works by a topic."""
        vector = self.encoder.encode_queries([query])[0]
        dense = self.index.similarities(vector)
        lexical = self.index.bm25.scores(self.index.bm25.tokenize(query))
        top = float(lexical.max()) if len(lexical) else 0.0
        place = self.index.place_similarities(vector)
        return dense + (self.lexical_weight / top if top > 0 else 0.0) * lexical + PLACE_WEIGHT * (place - place.mean())

    def background_level(self, vector: np.ndarray) -> float:
        background = self.index.background
        if background is None or len(background) == 0:
            return 0.0
        rank = max(1, round(len(background) * BACKGROUND_QUANTILE))
        return float(np.partition(background @ vector, -rank)[-rank])
