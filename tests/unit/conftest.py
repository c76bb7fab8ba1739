"""The unit layer: tiny hand-made texts, indexed in a temp folder with a hashed bag-of-words encoder (no model load).

`course({"name.md": text, ...})` builds an index over the texts with the real pipeline (reading, chunking, BM25,
the vector store) and returns a Telusur over it, so a rule is tested where a user meets it, in seconds.
`retriever_of(...)` gives the Retriever over such an index, for a ranking rule's test: built from the index and the
stub encoder, never taken out of the engine's private state.
"""

from __future__ import annotations

import re
import zlib

import numpy as np
import pytest

STUB_MODEL = "stub-hashed-words"
DIM = 512
_WORD = re.compile(r"[^\W_]+")


class HashedWords:
    """Deterministic vectors: each word (lower case, stop words dropped) hashed into one of DIM dimensions, L2
    normalized. Texts sharing words are similar; texts sharing none are orthogonal. No model, no randomness."""

    def __init__(self):
        from telusur.index.embeddings import encoder_id

        self.id, self.dim = encoder_id(STUB_MODEL), DIM

    def encode_queries(self, texts):
        return self._encode(texts)

    def encode_documents(self, texts):
        return self._encode(texts)

    def _encode(self, texts) -> np.ndarray:
        stops = _stop_words()
        out = np.zeros((len(texts), DIM), np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                if word not in stops:
                    out[row, zlib.crc32(word.encode()) % (DIM - 1)] += 1.0
            out[row, DIM - 1] = 0.01  # an empty text is still a unit vector
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def _stop_words() -> frozenset[str]:
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    global _STOPS
    if _STOPS is None:
        _STOPS = frozenset(StopWordRemoverFactory().get_stop_words())
    return _STOPS


_STOPS = None


@pytest.fixture(scope="session")
def stub_encoder():
    """The hashed-words encoder, registered as the encoder of STUB_MODEL for the whole session."""
    from telusur.index import embeddings

    encoder = HashedWords()
    embeddings._ENCODERS[(STUB_MODEL, 1)] = encoder
    yield encoder
    embeddings._ENCODERS.pop((STUB_MODEL, 1), None)


def _through_pickle(read_one):
    """read_one whose (report, document, prepared) comes back through pickle, as the reading worker sends it: a
    result that could not cross from the worker fails here too."""
    import pickle

    def read(*args, **kwargs):
        return pickle.loads(pickle.dumps(read_one(*args, **kwargs), pickle.HIGHEST_PROTOCOL))

    return read


@pytest.fixture(scope="session")
def course(stub_encoder, tmp_path_factory):
    """course({"a.md": text or bytes, ...}) -> a Telusur over those files, built once per distinct set of them."""
    from telusur import documents
    from telusur.engine import Telusur, build
    from telusur.settings import Settings

    built: dict[tuple, Telusur] = {}

    def make(texts: dict[str, str | bytes], **settings) -> Telusur:
        key = (tuple(sorted(texts.items())), tuple(sorted(settings.items())))
        if key not in built:
            root = tmp_path_factory.mktemp("course")
            for name, text in texts.items():
                (root / "corpus" / name).parent.mkdir(parents=True, exist_ok=True)
                target = root / "corpus" / name
                target.write_bytes(text) if isinstance(text, bytes) else target.write_text(text, encoding="utf-8")
            # Each file read in this process (max_read_seconds=0: no reading worker), its result through pickle as
            # the worker hands it back: forking the test session (over a GB) for every course cost more than the
            # build. The worker itself is tested in test_read_guard.py and by every build outside this fixture.
            chosen = Settings(corpus=root / "corpus", index=root / "index", model=STUB_MODEL,
                              **{"max_read_seconds": 0, **settings})
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(documents, "read_one", _through_pickle(documents.read_one))
                build(chosen)
            built[key] = Telusur(chosen)
        return built[key]

    return make


@pytest.fixture(scope="session")
def retriever_of(course, stub_encoder):
    """retriever_of(texts or a course's Telusur, parameters=None) -> a new Retriever over that index with the stub
    encoder (the one the Telusur searches with); parameters: the ranker's weights, when not the packaged ones."""
    from telusur.query.retrieval import Retriever

    def make(over, parameters=None):
        index = course(over).index if isinstance(over, dict) else over.index
        return Retriever(index, stub_encoder, parameters)

    return make


@pytest.fixture(scope="session")
def question_features(retriever_of):
    """question_features(engine, query) -> {QUESTION_FEATURES name: value}: what the abstention model reads of the query
    over the engine's index, beside the passages engine.search ranks first for it."""
    from telusur.query.ranker import QUESTION_FEATURES

    def features(engine, query):
        retriever = retriever_of(engine)
        vector = retriever.query_vector(query)
        found = retriever.candidates(query, vector)
        q, _ = retriever.question_features(query, vector, found, engine.search(query, 3).hits)
        return dict(zip(QUESTION_FEATURES, q))

    return features


CPU_SECONDS = 5


@pytest.fixture
def within_cpu_seconds():
    """A test that must end within 5 s of this process's CPU time: a pattern that backtracks without end is stopped
    there (TimeoutError), not waited on (the matcher checks for signals as it runs). CPU time, not the wall clock: a
    loaded machine gives the test less of the processor, not more work (the wall-clock 5 s tripped at load 15)."""
    import signal

    def late(*_):
        raise TimeoutError(f"still matching after {CPU_SECONDS} s of CPU time")

    before = signal.signal(signal.SIGPROF, late)
    signal.setitimer(signal.ITIMER_PROF, CPU_SECONDS)
    yield
    signal.setitimer(signal.ITIMER_PROF, 0)
    signal.signal(signal.SIGPROF, before)


def assert_linear(run, n: int, tries: int = 3) -> None:
    """run(n) takes time in proportion to n: twice n takes less than three times as long, the best of `tries` runs
    of each (a quadratic reading takes four times). Shape, not speed, and in this thread's CPU time (time.thread_time),
    so the time the machine's load takes away from the test is not counted; timing goals live in the bench. A round
    upset anyway (a cache flushed by another process) is measured again, twice at most (a quadratic reading fails
    every round). The helper every test of a reading that grew faster than its line uses."""
    import time

    def best(size: int) -> float:
        times = []
        for _ in range(tries):
            began = time.thread_time()
            run(size)
            times.append(time.thread_time() - began)
        return min(times)

    for _ in range(3):
        small, large = best(n), best(2 * n)
        if large < 3 * small + 0.005:
            return
    raise AssertionError(f"CPU time not linear in the input: {n}: {small:.3f} s, {2 * n}: {large:.3f} s")
