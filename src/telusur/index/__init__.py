"""The index: its folder format (store), building it (build), vector search (vectors), BM25 (lexical), encoders.

Building loads on first use: a process that opens a fresh index (`telusur ask`) does not import it."""

from importlib import import_module

from .store import (FORMAT_VERSION, Index, current_build, format_file_report, is_fresh, load_build, load_works,
                    open_index, read_manifest, stored_report, why_rebuild)
from .vectors import HNSW_EF_SEARCH, FaissStore, VectorStore, make_store, open_store

_BUILD = ("BuildReport", "build_index", "build_lock", "unlike_corpus")

__all__ = ["BuildReport", "FORMAT_VERSION", "FaissStore", "HNSW_EF_SEARCH", "Index", "VectorStore", "build_index",
           "build_lock", "current_build", "format_file_report", "is_fresh", "load_build", "load_works", "make_store",
           "open_index", "open_store", "read_manifest", "stored_report", "unlike_corpus", "why_rebuild"]


def __getattr__(name: str):
    if name in _BUILD:
        return getattr(import_module(".build", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
