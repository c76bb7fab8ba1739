"""The public API: open an index over a corpus, ask questions (with follow-ups), list cited sources."""

from __future__ import annotations

import os
import threading
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Sequence


from .query.answer import Answer, compose
from .cite import Citer, check_style
from .query.conversation import anchor, ordinal, resolve
from .query.english import as_typed
from .documents import corpus_files
from .documents.model import Location
from .index.embeddings import load_encoder
from .errors import IndexBuildError, QuestionError
from .indonesian import standard_words
from .index import Index, current_build, load_build, load_works, open_index, read_manifest, why_rebuild
from .query.retrieval import Candidates, Retrieval, Retriever, with_mark
from .settings import Settings

if TYPE_CHECKING:
    from .citations import CheckReport, Work
    from .index.build import BuildReport


@dataclass(frozen=True)
class SourcePassage:
    text: str
    document: str
    path: str
    start_paragraph: int
    end_paragraph: int
    pages: str | None  # the cited work's pages this passage gives
    location: Location = Location()  # where the passage itself stands: section path, its own pages in a PDF

    def to_dict(self) -> dict:
        return {"text": self.text, "document": self.document, "path": self.path,
                "location": {"start_paragraph": self.start_paragraph, "end_paragraph": self.end_paragraph,
                             "pages": self.location.page_label,
                             "pdf_pages": self.location.pdf_page_label, "section": list(self.location.section)},
                "pages": self.pages}


@dataclass(frozen=True)
class Source:
    label: str  # "Soekanto (1990)"
    authors: tuple[str, ...]
    year: str
    score: float | None  # relevance to the topic; None without a topic (and for a list entry never cited)
    passages: tuple[SourcePassage, ...]
    reference: str | None = None  # its reference-list entry as written
    title: str | None = None  # from the entry
    via: tuple[str, ...] = ()  # the people quoted through it ("George R. Terry")
    cited: bool = True  # False for a list entry the text never cites
    entry: dict | None = None  # the entry's parts: kind, container, publisher, place, volume, issue, pages, url, doi
    reference_year: str | None = None  # the entry's year when it disagrees with the text's

    def to_dict(self) -> dict:
        return {"label": self.label, "authors": list(self.authors), "year": self.year,
                "score": None if self.score is None else round(self.score, 4),
                "passages": [p.to_dict() for p in self.passages],
                "reference": self.reference, "title": self.title, "via": list(self.via), "cited": self.cited,
                "entry": self.entry, "reference_year": self.reference_year}


def build(settings: Settings | None = None, force: bool = False, progress=None) -> BuildReport | None:
    """Build the index for the settings' corpus (None when it was already fresh)."""
    from .index.build import build_index

    return build_index(settings or Settings.from_env(), force=force, progress=progress)


def prune_cache(settings: Settings | None = None, dry_run: bool = False):
    """Remove the vectors of the settings' embedding cache that no index needs (index/cache_prune.py); dry_run only
    counts them. Returns a PruneReport (a library's: Library.prune_cache)."""
    from .index.cache_prune import adopt, prune_cache as prune

    settings = settings or Settings.from_env()
    if settings.embedding_cache is None:  # the index folder's own cache: the index is its one user
        adopt(settings.embedding_cache_dir(), [settings.index_dir()])
    return prune(settings.embedding_cache_dir(), dry_run=dry_run)


def open_built(settings: Settings | None = None, progress=None, log=None, warm: bool = False) -> "Telusur":
    """Build the index when it is missing, stale or damaged, then open it: what `telusur ask` does.
    log(line), if given, hears why a build is needed ("membangun indeks: korpus berubah") before it starts.
    warm: questions will come, so the encoder's session is made while the index opens (not for listing sources)."""
    settings = settings or Settings.from_env()
    corpus_files(settings.corpus_dir())  # a missing corpus folder is the error to show, not "indeks belum ada"
    folder = current_build(settings.index_dir())
    if warm and folder is not None:  # before the checks below, so the session is made beside them too
        _warm_encoder(settings, folder)
    reason = why_rebuild(settings, folder)
    if reason is None:  # checked once (the corpus and every index file hashed): open that build without again
        try:
            return Telusur(settings, checked=folder)
        except IndexBuildError:  # removed since by a newer build: the way below finds that one
            pass
    elif log is not None:
        log(f"membangun indeks: {reason}.")
    build(settings, progress=progress)
    return Telusur(settings)


def _warm_encoder(settings: Settings, folder: Path) -> None:
    """The build's encoder, loaded now and its session for questions made beside the index's opening (30-40 ms of
    each `telusur ask` ran alone before the first answer)."""
    try:
        model = read_manifest(folder)["model"]
    except (IndexBuildError, KeyError):
        return
    if settings.model and settings.model != model:  # the build to come is for another model: not this encoder
        return
    warm = getattr(load_encoder(model, settings.encoders), "warm", None)
    if warm is not None:
        warm()


@dataclass(frozen=True)
class Reading:
    """A question as the engine reads it before searching (Telusur.read)."""
    question: str  # as typed, cleaned: the answer shows it
    asked: str  # in standard words and the text's spelling
    history: tuple[str, ...]  # the earlier turns kept, read the same way
    searched: str  # what is searched and ranked: asked, a source question's topic, or a follow-up with its topic
    topic: str | None  # the earlier turn a follow-up leans on (its document is searched), or None


class Telusur:
    """A question-answering session over one built corpus; safe to share between threads. Opening never builds:
    build first (`build`, `open_built`, `telusur build`), or pass fresh=False to serve whatever intact build exists."""

    def __init__(self, settings: Settings | None = None, fresh: bool = True, checked: Path | None = None):
        """checked: a build folder the caller has just found fresh and intact (open_built), opened as it is."""
        self.settings = settings or Settings.from_env()
        self._lock = threading.Lock()
        self._works_cache: tuple[Index, list[Work]] | None = None
        self._citer: tuple[list[Work], Citer] | None = None
        self._set_index(load_build(checked) if checked is not None else open_index(self.settings, fresh))

    def _set_index(self, index: Index) -> None:
        encoder = load_encoder(index.model, self.settings.encoders)
        state = (index, Retriever(index, encoder), encoder)
        with self._lock:
            self._state = state
        self._pointer_mtime = self._pointer_stamp()

    @property
    def index(self) -> Index:
        return self._state[0]

    @property
    def retriever(self) -> Retriever:
        """The Retriever `ask` ranks with (its index and encoder one pair), for benchmarks and the ranker's fit, which
        score what ask scores; a newer build brings a new one (reload_if_changed). To answer, use ask or search."""
        return self._state[1]

    # ------------------------------------------------------------ asking

    def ask(self, question: str, history: Sequence[str] = (), k: int | None = None, style: str | None = None) -> Answer:
        """Answer a question from the text, reading a follow-up in the light of the earlier user turns; every passage
        carries a ready citation in the style (APA 7 unless told: see telusur.cite.STYLES)."""
        style = check_style(style)
        retriever = self._state[1]
        read = self._reading(question, history, retriever)
        retrieval = self._ranked(read, retriever, k or self.settings.top_k)
        answer = compose(read.asked, read.searched, retrieval, self.settings.abstain_below, retriever,
                         ordinal(read.asked))
        # searched with its contractions written out, shown with them as typed
        answer = replace(answer, searched_for=as_typed(answer.searched_for, read.question))
        return self._with_cites(replace(answer, question=read.question), style)

    def read(self, question: str, history: Sequence[str] = ()) -> Reading:
        """A question as `ask` reads it before searching: what the ranker scores and the abstention judges. The one
        place for that rule: bench/fit_ranker.py fits the ranker on questions read through it."""
        return self._reading(question, history, self._state[1])

    def candidates(self, question: str, history: Sequence[str] = (), vector=None) -> Candidates:
        """The passages `ask` ranks for a question, with the features it scores them by: read as ask reads it, a
        follow-up within the document of the turn it leans on. bench/fit_ranker.py fits the ranker on these (the one
        path: a fit on candidates built otherwise ranks what ask never ranks). vector: the searched text's encoding,
        when the caller keeps it (the encoder gives the same vector for it alone or in a batch)."""
        retriever = self._state[1]
        return self._candidates(self._reading(question, history, retriever), retriever, vector)[2]

    def retrieve(self, question: str, history: Sequence[str] = (), k: int | None = None) -> tuple[Reading, Retrieval]:
        """The reading and the ranked passages `ask` composes its answer from (bench/fit_sentences.py fits on them)."""
        retriever = self._state[1]
        read = self._reading(question, history, retriever)
        return read, self._ranked(read, retriever, k or self.settings.top_k)

    def _ranked(self, read: Reading, retriever: Retriever, k: int) -> Retrieval:
        vector, within, found = self._candidates(read, retriever)
        return retriever.ranked(read.searched, k, vector, found, within)

    @staticmethod
    def _candidates(read: Reading, retriever: Retriever, vector=None):
        """(the query vector, a follow-up's scope or None, the candidates) of what ask ranks for a reading."""
        vector = retriever.query_vector(read.searched) if vector is None else vector
        found = retriever.candidates(read.searched, vector)
        within = retriever.follow_up_scope(read.searched, read.topic, read.asked, vector, found) if read.topic else None
        # a follow-up ranked within its turn's document: its candidates there; else the ones found (found once)
        return vector, within, found if within is None else retriever.candidates(read.searched, vector, within)

    def _reading(self, question: str, history: Sequence[str], retriever: Retriever) -> Reading:
        question, history = self.clean_question(question), self.clean_history(history)
        # read in standard words ("Rumus X gimana?" asks "Rumus X bagaimana?") and a slip of the keyboard in the text's
        # spelling ("peneiltian" asks "penelitian"); the answer keeps the words as typed
        asked, history = self._read(question, retriever), [self._read(turn, retriever) for turn in history]
        # a follow-up stays in the document of the turn it follows
        return Reading(question, asked, tuple(history), resolve(asked, history), anchor(asked, history))

    def _with_cites(self, answer: Answer, style: str) -> Answer:
        citer = self.citer()
        cited = lambda passages: tuple(replace(p, cite=citer.cite(p, style)) for p in passages)  # noqa: E731
        return replace(answer, passages=cited(answer.passages), related=cited(answer.related))

    def search(self, query: str, k: int = 10) -> Retrieval:
        """Ranked passages for a query, without composing an answer (for evaluation)."""
        retriever = self._state[1]
        return retriever.search(self._reading(query, (), retriever).asked, k)

    @staticmethod
    def _read(text: str, retriever: Retriever) -> str:
        """A question as it is searched: chat words in their standard form (a clipped noun the text writes itself
        stays: "nakes"), slips in the text's spelling, its question mark where it was left off."""
        return retriever.respelled(with_mark(standard_words(text, retriever.uses)))

    def clean_question(self, question) -> str:
        if not isinstance(question, str):
            raise QuestionError("Pertanyaan harus berupa teks.")
        text = _printable(question)
        if not text:
            raise QuestionError("Pertanyaan kosong: tuliskan pertanyaan tentang isi teks.")
        if len(text) > self.settings.max_question_chars:
            raise QuestionError(
                f"Pertanyaan terlalu panjang ({len(text)} karakter, batasnya {self.settings.max_question_chars}): "
                "persingkat pertanyaan Anda."
            )
        return text

    def clean_history(self, history) -> list[str]:
        if history is None:
            return []
        if isinstance(history, str) or not isinstance(history, (list, tuple)):
            raise QuestionError("Riwayat percakapan harus berupa daftar pertanyaan (teks).")
        if not all(isinstance(turn, str) for turn in history):
            raise QuestionError("Setiap giliran dalam riwayat percakapan harus berupa teks.")
        recent = [_printable(t)[: self.settings.max_question_chars] for t in history[-self.settings.max_history_turns:]]
        return [t for t in recent if t]

    # ------------------------------------------------------------ sources

    def sources(self, topic: str | None = None) -> list[Source]:
        """Every cited work; with a topic, ranked by how well its citing passages match it."""
        index, retriever, _ = self._state
        scores = None
        if topic is not None and topic.strip():
            scores = retriever.score_all(self.clean_question(topic))
        out = []
        for work in self.works():
            passages = tuple(self._source_passage(index, p.chunk_id, p.pages) for p in work.passages)
            score = None if scores is None or not work.passages else max(float(scores[p.chunk_id]) for p in work.passages)
            ref = work.reference
            entry = None if ref is None else {k: v for k, v in ref.to_dict().items() if k not in ("text", "start", "end")}
            out.append(Source(work.label, work.authors, work.year, score, passages, ref.text if ref else None,
                              ref.title if ref else None, work.via, work.cited, entry, work.reference_year))
        if scores is not None:
            out.sort(key=lambda s: -s.score if s.score is not None else float("inf"))
        return out

    def works(self) -> list[Work]:
        """The registry of works with reference-list entries linked, as the build wrote it, once per loaded index."""
        index = self.index
        cached = self._works_cache
        if cached is None or cached[0] is not index:
            cached = (index, _works(index))
            self._works_cache = cached
        return cached[1]

    def citer(self) -> Citer:
        """Ready citations over this index's works (built once per loaded index)."""
        works = self.works()
        cached = self._citer
        if cached is None or cached[0] is not works:
            cached = (works, Citer(works))
            self._citer = cached
        return cached[1]

    def check_references(self) -> CheckReport:
        """For a lecturer checking a text: citations matching no list entry, entries never cited, years that differ."""
        from .citations import check_report

        return check_report(self.works())

    @staticmethod
    def _source_passage(index: Index, chunk_id: int, pages: str | None) -> SourcePassage:
        c = index.chunks[chunk_id]
        return SourcePassage(c.text, c.document, c.path, c.start_paragraph, c.end_paragraph, pages, c.location)

    # ------------------------------------------------------------ context and examples

    def surrounding(self, path: str, start_paragraph: int, end_paragraph: int, n: int = 1) -> dict:
        """The n paragraphs before and after a passage, for reading it in context."""
        from .chunking import paragraphs

        doc = self.index.documents.get(path)
        if doc is None:
            return {"before": [], "after": []}
        paras = paragraphs(doc)
        text = lambda p: doc.text[p.start:p.end]  # noqa: E731
        before = [text(p) for p in paras if start_paragraph - n <= p.number < start_paragraph]
        after = [text(p) for p in paras if end_paragraph < p.number <= end_paragraph + n]
        return {"before": before, "after": after}

    def examples(self, n: int = 4) -> list[str]:
        """Questions to try, made from the corpus's own list lead-ins and headings."""
        from .examples import example_questions

        return example_questions(self.index.chunks, n)

    # ------------------------------------------------------------ index swaps

    def _pointer_stamp(self):
        try:
            return os.stat(self.settings.index_dir() / "CURRENT").st_mtime_ns
        except OSError:
            return None

    def reload_if_changed(self) -> bool:
        """Switch to a newer complete build (made by `telusur build` elsewhere); the old one serves until then."""
        stamp = self._pointer_stamp()
        if stamp is None or stamp == self._pointer_mtime:
            return False
        folder = current_build(self.settings.index_dir())
        if folder is None or folder == self.index.folder:
            self._pointer_mtime = stamp
            return False
        self._set_index(load_build(folder))
        return True


def _works(index: Index) -> list[Work]:
    """The build's registry (works.json); linked again from the chunks and documents when it cannot be read."""
    if index.folder is not None:
        try:
            return load_works(index.folder)
        except (OSError, ValueError, TypeError, KeyError):
            pass
    from .citations import build_registry

    return build_registry(index.chunks, list(index.documents.values()))


def _printable(text: str) -> str:
    """Text with control, format and lone surrogate characters dropped (NUL included), spaces collapsed, NFC."""
    # A lone surrogate (from a JSON "\\ud800" escape) cannot be encoded as UTF-8 for the model: drop it too.
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs") or ch in "\n\t")
    return unicodedata.normalize("NFC", " ".join(kept.split()))
