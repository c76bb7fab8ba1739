"""The index: its folder format (store), building it (build), vector search (vectors), BM25 (lexical), encoders."""

from .build import BuildReport, build_index, build_lock, unlike_corpus
from .store import (FORMAT_VERSION, Index, current_build, format_file_report, is_fresh, load_build, open_index,
                    read_manifest, stored_report, why_rebuild)
from .vectors import HNSW_EF_SEARCH, FaissStore, VectorStore, make_store, open_store

__all__ = ["BuildReport", "FORMAT_VERSION", "FaissStore", "HNSW_EF_SEARCH", "Index", "VectorStore", "build_index",
           "build_lock", "current_build", "format_file_report", "is_fresh", "load_build", "make_store",
           "open_index", "open_store", "read_manifest", "stored_report", "unlike_corpus", "why_rebuild"]
