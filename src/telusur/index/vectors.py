"""Vector search behind one small interface: FAISS (exact, or HNSW for large collections) today; another store
(Qdrant, OpenSearch) slots in by name, recorded in the index manifest. The only module that imports faiss."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import numpy as np

HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 256  # recall@10 vs flat: 0.972 at 128, 0.992 at 256 with 100k chunks


class VectorStore(Protocol):
    """Unit-length vectors by row number; scores are inner products (cosine similarity)."""

    name: str  # recorded in the manifest, so the index is opened with the store that wrote it

    def add(self, vectors: np.ndarray) -> None: ...

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, rows) of the k best rows for each query row; a row of -1 where fewer exist."""

    def similarities(self, query: np.ndarray, rows=None) -> np.ndarray:
        """Exact similarity of one query to all rows, or to the given rows in their order."""

    def save(self, folder: Path) -> tuple[str, ...]:
        """Write the store's files into folder; returns their names (the manifest checks them)."""

    def __len__(self) -> int: ...


class FaissStore:
    """FAISS inner product, exact up to approximate_above rows and HNSW beyond (see bench/scale.py); the vectors
    themselves are kept too (vectors.npy) for exact similarities of chosen rows."""

    FILES = ("vectors.npy", "faiss.index")

    def __init__(self, dim: int, approximate: bool = False):
        import faiss

        if approximate:
            self._faiss = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            self._faiss.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            self._faiss.hnsw.efSearch = HNSW_EF_SEARCH
        else:
            self._faiss = faiss.IndexFlatIP(dim)
        self.name = "faiss-hnsw" if approximate else "faiss-flat"
        self.vectors = np.zeros((0, dim), np.float32)

    def add(self, vectors: np.ndarray) -> None:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self._faiss.add(vectors)
        self.vectors = np.concatenate([self.vectors, vectors]) if len(self.vectors) else vectors

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        if len(self) == 0 or k <= 0:  # FAISS asserts k > 0 and a non-empty index
            return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
        return self._faiss.search(queries, min(k, len(self)))

    def similarities(self, query: np.ndarray, rows=None) -> np.ndarray:
        return (self.vectors if rows is None else self.vectors[rows]) @ query

    def save(self, folder: Path) -> tuple[str, ...]:
        import faiss

        np.save(folder / "vectors.npy", self.vectors)
        faiss.write_index(self._faiss, str(folder / "faiss.index"))
        return self.FILES

    @classmethod
    def load(cls, folder: Path, name: str) -> "FaissStore":
        import faiss

        store = cls.__new__(cls)
        store.name, store.vectors = name, np.load(folder / "vectors.npy")
        store._faiss = faiss.read_index(str(folder / "faiss.index"))
        if store._faiss.ntotal != len(store.vectors):
            raise ValueError("faiss.index and vectors.npy hold different numbers of rows")
        if name == "faiss-hnsw":
            store._faiss.hnsw.efSearch = HNSW_EF_SEARCH
        return store

    def __len__(self) -> int:
        return int(self._faiss.ntotal)


STORES = {"faiss-flat": FaissStore, "faiss-hnsw": FaissStore}


def make_store(vectors: np.ndarray, approximate_above: int) -> VectorStore:
    """The default store over these vectors: exact up to approximate_above rows, approximate beyond."""
    store = FaissStore(vectors.shape[1], approximate=len(vectors) > approximate_above)
    store.add(vectors)
    return store


def open_store(folder: Path, name: str) -> VectorStore:
    """The store a build wrote, by the name in its manifest."""
    if name not in STORES:
        raise ValueError(f"unknown vector store {name!r}")
    return STORES[name].load(folder, name)
