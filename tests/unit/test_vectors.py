"""The vector-store seam: FAISS behind VectorStore, chosen by the name a build records, and another store slots in."""

import numpy as np
import pytest

from telusur.index import vectors
from telusur.index.vectors import FaissStore, make_store, open_store


def _unit_rows(n: int, dim: int = 8, seed: int = 0) -> np.ndarray:
    rows = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_flat_store_finds_each_row_first_and_keeps_exact_similarities(tmp_path):
    rows = _unit_rows(20)
    store = make_store(rows, approximate_above=100)
    assert store.name == "faiss-flat" and len(store) == 20
    scores, ids = store.search(rows[:3], 2)
    assert ids[:, 0].tolist() == [0, 1, 2] and np.allclose(scores[:, 0], 1.0, atol=1e-5)
    assert np.allclose(store.similarities(rows[5], [5, 7]), rows[[5, 7]] @ rows[5])
    assert set(store.save(tmp_path)) == {p.name for p in tmp_path.iterdir()}
    back = open_store(tmp_path, "faiss-flat")
    assert np.array_equal(back.search(rows[:3], 2)[1], ids)


def test_many_rows_go_to_hnsw_and_an_empty_store_answers_no_rows():
    assert make_store(_unit_rows(30), approximate_above=10).name == "faiss-hnsw"
    empty = FaissStore(8)
    scores, ids = empty.search(_unit_rows(2), 5)  # FAISS itself asserts on an empty index
    assert scores.shape == (2, 0) and ids.shape == (2, 0)


def test_an_unknown_store_name_is_refused(tmp_path):
    with pytest.raises(ValueError):
        open_store(tmp_path, "qdrant")


class _NumpyStore:
    """A store written from scratch against the protocol: what a Qdrant or OpenSearch adapter would implement."""

    FILES = ("rows.npy",)

    def __init__(self, rows=None):
        self.name, self.vectors = "numpy", rows if rows is not None else np.zeros((0, 8), np.float32)

    def add(self, rows):
        self.vectors = np.concatenate([self.vectors, rows])

    def search(self, queries, k):
        sims = np.atleast_2d(queries) @ self.vectors.T
        ids = np.argsort(-sims, axis=1)[:, :k]
        return np.take_along_axis(sims, ids, axis=1), ids

    def similarities(self, query, rows=None):
        return (self.vectors if rows is None else self.vectors[rows]) @ query

    def save(self, folder):
        np.save(folder / "rows.npy", self.vectors)
        return self.FILES

    @classmethod
    def load(cls, folder, name):
        return cls(np.load(folder / "rows.npy"))

    def __len__(self):
        return len(self.vectors)


def test_another_store_slots_in_by_name(tmp_path, monkeypatch):
    monkeypatch.setitem(vectors.STORES, "numpy", _NumpyStore)
    rows = _unit_rows(12)
    _NumpyStore(rows).save(tmp_path)
    store = open_store(tmp_path, "numpy")
    assert store.search(rows[4], 1)[1][0, 0] == 4
