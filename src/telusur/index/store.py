"""The index folder's format: builds/<name> with a manifest, the CURRENT pointer, hashes, freshness, loading."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import asdict
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable

import numpy as np

from ..chunking import Chunk, item_spans
from ..citations import CITATIONS_VERSION, Citation
from ..chunking import CHUNKER_VERSION
from ..documents import READERS_VERSION, Document, Location, corpus_files
from ..errors import IndexBuildError, IndexNotReadyError
from ..settings import DEFAULT_MODEL, Settings
from .embeddings import encoder_id
from .lexical import BM25, TOKENIZER_VERSION
from .vectors import VectorStore, open_store

FORMAT_VERSION = 4  # 4: the vector store is named in the manifest ("store")
_FILES = ("chunks.jsonl", "documents.jsonl", "works.json", "owners.npy", "background.npy", "bm25.npz", "bm25-vocab.json",
          "stems.json", "places.npy", "chunk_places.npy")  # beside them, the vector store's own files


class Index:
    """A loaded, read-only index: chunks, documents, vectors (a VectorStore) and BM25 (the engine links cited works)."""

    def __init__(self, folder: Path | None, manifest: dict, chunks: list[Chunk],
                 documents: dict[str, Document] | Callable[[], dict[str, Document]],
                 store: VectorStore, owners: np.ndarray, bm25: BM25, background: np.ndarray,
                 places: np.ndarray | None = None, chunk_places: np.ndarray | None = None):
        """documents: by path, or a function reading them when first asked for (an answer needs only the chunks)."""
        self.folder, self.manifest, self.chunks = folder, manifest, chunks
        self.store = store
        dim = store.vectors.shape[1] if hasattr(store, "vectors") else manifest.get("dim", 0)
        # Each chunk's place ("Title › Section") has a vector too, in places[chunk_places[i]] (-1: none).
        self.places = places if places is not None else np.zeros((0, dim), np.float32)
        self.chunk_places = chunk_places if chunk_places is not None else np.full(len(chunks), -1, np.int64)
        self._documents, self.bm25, self.background = documents, bm25, background
        # Rows 0..n-1 are the chunks; rows after them are their parts (list items, sentences), each owned by its chunk.
        self.owners = owners
        n = len(chunks)
        self._part_rows: dict[int, list[int]] = {}
        for row, owner in enumerate(owners[n:], start=n):
            self._part_rows.setdefault(int(owner), []).append(row)

    @cached_property
    def list_chunks(self) -> frozenset[int]:
        """The chunks whose parts are list items: read when an enumeration question first asks (every chunk's text
        scanned, a few ms per hundred chunks that a process asked no such question need not spend)."""
        return frozenset(i for i in self._part_rows if len(item_spans(self.chunks[i].text)) >= 2)

    @property
    def documents(self) -> dict[str, Document]:
        if callable(self._documents):
            self._documents = self._documents()
        return self._documents

    @property
    def vectors(self) -> np.ndarray:
        return self.store.vectors

    @property
    def model(self) -> str:
        return self.manifest["model"]

    def dense_search(self, query_vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The k chunks most similar to the query: each scored by its best row (itself or one of its parts)."""
        scores, ids = self.store.search(query_vector[None, :], min(k * 4, len(self.owners)))
        best: dict[int, float] = {}
        for row, score in zip(ids[0], scores[0]):
            if row >= 0:
                owner = int(self.owners[row])
                best[owner] = max(best.get(owner, -1.0), float(score))
        top = sorted(best, key=best.get, reverse=True)[:k]
        return np.array(top, dtype=np.int64), np.array([best[i] for i in top], dtype=np.float32)

    def place_similarities(self, query_vector: np.ndarray) -> np.ndarray:
        """Similarity of the query to every chunk's place (its title and section path); 0 for a chunk without one."""
        if len(self.places) == 0:
            return np.zeros(len(self.chunks), np.float32)
        sims = np.append(self.places @ query_vector, np.float32(0.0))
        return sims[self.chunk_places]  # -1 picks the appended 0

    def part_similarities(self, chunk_id: int, query_vector: np.ndarray) -> np.ndarray | None:
        """Similarity of the query to each part of a chunk (its list items or sentences, in order), or None."""
        rows = self._part_rows.get(chunk_id)
        return None if rows is None else self.store.similarities(query_vector, rows)

    def similarities(self, query_vector: np.ndarray, chunk_ids=None) -> np.ndarray:
        """Exact similarity of the query to chunks (all, or the given ones), each by its best row."""
        n = len(self.chunks)
        if chunk_ids is None:
            sims = self.store.similarities(query_vector)
            out = sims[:n].copy()
            np.maximum.at(out, self.owners[n:], sims[n:])
            return out
        out = self.store.similarities(query_vector, chunk_ids)
        for k, i in enumerate(chunk_ids):
            if i in self._part_rows:
                out[k] = max(out[k], float(self.store.similarities(query_vector, self._part_rows[i]).max()))
        return out


def current_build(index_dir: Path) -> Path | None:
    pointer = index_dir / "CURRENT"
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    folder = index_dir / "builds" / name
    return folder if name and folder.is_dir() else None


def read_manifest(folder: Path) -> dict:
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexBuildError(f"Manifes indeks di {folder} rusak atau hilang; indeks akan dibangun ulang.") from exc
    if manifest.get("format") != FORMAT_VERSION:
        raise IndexBuildError(
            f"Indeks di {folder} berformat versi {manifest.get('format')}, telusur ini memakai versi {FORMAT_VERSION}; "
            "indeks akan dibangun ulang."
        )
    return manifest


def corpus_hashes(corpus_dir: Path, max_file_mb: float, leave_out: Path | None = None) -> dict[str, str]:
    """sha256 of every corpus file (size-capped files hashed by size and mtime, never read whole); leave_out is
    the index folder (see corpus_files)."""
    out = {}
    for path in corpus_files(corpus_dir, leave_out):
        rel = path.relative_to(corpus_dir).as_posix()
        try:
            st = path.stat()
            if not stat.S_ISREG(st.st_mode):  # a FIFO or device: reading it would block (read_corpus refuses it)
                out[rel] = f"not-a-file:{stat.S_IFMT(st.st_mode)}"
                continue
            if st.st_size > max_file_mb * 1024 * 1024:
                out[rel] = f"too-large:{st.st_size}:{st.st_mtime_ns}"
                continue
            out[rel] = file_sha256(path)
        except OSError as exc:
            out[rel] = f"unreadable:{exc.errno}"
    return out


def staleness(settings: Settings, manifest: dict | None) -> str | None:
    """Why the index must be rebuilt (Indonesian, for the user), or None when it is fresh."""
    if manifest is None:
        return "indeks belum ada"
    if settings.model and settings.model != manifest.get("model"):
        return f"model berbeda ({manifest.get('model')} -> {settings.model})"
    if encoder_id(manifest.get("model") or DEFAULT_MODEL) != manifest.get("encoder"):
        return "versi model embedding berubah"  # same name, another version: its vectors would not match
    if manifest.get("readers") != READERS_VERSION or manifest.get("citations") != CITATIONS_VERSION:
        return "cara membaca berkas atau rujukan berubah"
    if manifest.get("chunker") != CHUNKER_VERSION or manifest.get("tokenizer") != TOKENIZER_VERSION:
        return "cara pemotongan teks berubah"
    if corpus_hashes(settings.corpus_dir(), settings.max_file_mb, settings.index_dir()) != manifest.get("hashes"):
        return "korpus berubah"
    return None


def _manifest_or_none(folder: Path | None) -> dict | None:
    if folder is None:
        return None
    try:
        return read_manifest(folder)
    except IndexBuildError:
        return None


def stored_report(settings: Settings) -> dict:
    """The per-file report of the current build, as `BuildReport.to_dict` gives it (for an index already fresh)."""
    folder = current_build(settings.index_dir())
    manifest = _manifest_or_none(folder) or {}
    return {"documents": sum(f["status"] == "indexed" for f in manifest.get("report", [])),
            "chunks": manifest.get("chunks", 0), "path": str(folder), "files": manifest.get("report", [])}


def format_file_report(files: list[dict]) -> list[str]:
    """One line per file, in Indonesian: what was indexed (pages, blocks) and what was skipped, and why."""
    out = []
    for f in files:
        if f["status"] == "indexed":
            size = ""
            if f.get("pages"):  # a DOCX's page count is Word's own estimate (docProps/app.xml)
                size = f"{f['pages']} halaman, " if f["format"] == "pdf" else f"±{f['pages']} halaman menurut Word, "
            out.append(f"diindeks: {f['path']} ({f['format']}, {size}{f['blocks']} blok)")
            out += [f"  peringatan: {w}" for w in f.get("warnings", [])]
        elif f["status"] == "failed":  # telusur broke on this file; the others were indexed
            out.append(f"gagal: {f['reason']}")
        else:
            out.append(f"dilewati: {f['reason']}")
    return out


def _point_to(index_dir: Path, name: str) -> None:
    import uuid  # here, as shutil below: a build needs them, not every `telusur ask` that opens the index

    tmp = index_dir / f".CURRENT-{uuid.uuid4().hex[:8]}"
    tmp.write_text(name + "\n", encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, index_dir / "CURRENT")
    _fsync_dir(index_dir)


def _prune(index_dir: Path, keep: set[str]) -> None:
    """Remove every build but those kept: the new one and the one CURRENT named before it (a server may still be
    loading that one). Never chosen by name: builds made in the same second once sorted by their random tails, and a
    quick rebuild kept an older build in place of the one before it."""
    import shutil

    for old in (index_dir / "builds").iterdir():
        if not old.name.startswith(".") and old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)


def _clean_tmp(index_dir: Path) -> None:
    """Half-written builds left by a killed process (only the lock holder writes, so none is in use)."""
    import shutil

    builds = index_dir / "builds"
    if builds.is_dir():
        for tmp in builds.glob(".tmp-*"):
            shutil.rmtree(tmp, ignore_errors=True)
    for tmp in index_dir.glob(".CURRENT-*"):
        tmp.unlink(missing_ok=True)


def is_fresh(settings: Settings, folder: Path | None) -> bool:
    return why_rebuild(settings, folder) is None


def why_rebuild(settings: Settings, folder: Path | None) -> str | None:
    """Why the build in folder cannot serve these settings (Indonesian, for the user), or None when it can."""
    if folder is None:
        return "indeks belum ada"
    manifest = _manifest_or_none(folder)
    if manifest is None:
        return "manifes indeks rusak atau berformat lain"
    return staleness(settings, manifest) or (None if _intact(folder, manifest) else "berkas indeks rusak atau diubah")


def _intact(folder: Path | None, manifest: dict | None) -> bool:
    if folder is None or manifest is None:
        return False
    try:
        return all(file_sha256(folder / name) == digest for name, digest in manifest["files"].items())
    except (OSError, KeyError):
        return False


def open_index(settings: Settings, fresh: bool = True) -> Index:
    """Open the current build; never builds. With fresh, a build that is missing, stale or damaged is an
    IndexNotReadyError naming why; without, any intact build serves (a server answers while a newer one is built)."""
    corpus_files(settings.corpus_dir())  # a missing corpus folder is the error to show, not "indeks belum ada"
    folder = current_build(settings.index_dir())
    reason = why_rebuild(settings, folder) if fresh else (None if folder else "indeks belum ada")
    if reason:
        raise IndexNotReadyError(f"Indeks belum siap ({reason}): jalankan `telusur build` lalu coba lagi.")
    return load_build(folder)


def load_build(folder: Path | None) -> Index:
    """Open one build folder; IndexBuildError when it is missing, damaged or its files disagree."""
    if folder is None:
        raise IndexBuildError("Indeks belum ada: jalankan `telusur build`.")
    manifest = read_manifest(folder)
    try:
        chunks = [_chunk_from_dict(json.loads(line)) for line in open(folder / "chunks.jsonl", encoding="utf-8")]
        store = open_store(folder, manifest["store"])
        owners = np.load(folder / "owners.npy")
        background = np.load(folder / "background.npy")
        places = np.load(folder / "places.npy")
        chunk_places = np.load(folder / "chunk_places.npy")
        bm25 = BM25.load(folder)
    except Exception as exc:  # any damaged file: the caller rebuilds
        raise IndexBuildError(f"Berkas indeks di {folder} rusak ({exc.__class__.__name__}); indeks akan dibangun ulang.") from exc
    n = len(chunks)
    if (n != manifest["chunks"] or store.vectors.shape != (len(owners), manifest["dim"]) or len(store) != len(owners)
            or not np.array_equal(owners[:n], np.arange(n)) or (len(owners) > n and owners[n:].max() >= n)
            or chunk_places.shape != (n,) or (n and chunk_places.max() >= len(places))):
        raise IndexBuildError(f"Berkas indeks di {folder} tidak saling cocok; indeks akan dibangun ulang.")
    return Index(folder, manifest, chunks, lambda: _documents(folder), store, owners, bm25, background, places,
                 chunk_places)


def _documents(folder: Path) -> dict[str, Document]:
    """The build's documents by path (their text and blocks: for a passage's context, evaluation, linking works)."""
    documents = {}
    try:
        for line in open(folder / "documents.jsonl", encoding="utf-8"):
            d = Document.from_dict(json.loads(line))
            documents[d.path] = d
    except Exception as exc:  # damaged since it was opened (a build checked as intact reads whole)
        raise IndexBuildError(f"Berkas indeks di {folder} rusak ({exc.__class__.__name__}); indeks akan dibangun ulang.") from exc
    return documents


def load_works(folder: Path) -> list:
    """The registry of works the build linked and wrote (works.json): what citations.build_registry gives for the
    build's chunks and documents, without parsing every reference list again (a third of a second on a 24-document
    course, in every process that answers). OSError or ValueError when the file is missing or damaged."""
    from ..citations import CitingPassage, Reference, Work

    def tuples(d: dict) -> dict:
        return {k: tuple(v) if isinstance(v, list) else v for k, v in d.items()}

    works = []
    for d in json.loads((folder / "works.json").read_text(encoding="utf-8")):
        ref = d.get("reference")
        works.append(Work(**{**tuples(d), "passages": tuple(CitingPassage(**p) for p in d["passages"]),
                             "reference": None if ref is None else Reference(**tuples(ref))}))
    return works


def _chunk_to_dict(c: Chunk) -> dict:
    d = asdict(c)
    d["citations"] = [asdict(x) for x in c.citations]
    d["location"] = c.location.to_dict()
    return d


def _chunk_from_dict(d: dict) -> Chunk:
    d["citations"] = tuple(Citation(**{**x, "authors": tuple(x["authors"])}) for x in d["citations"])
    d["location"] = Location.from_dict(d["location"])
    return Chunk(**d)


def _write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    _fsync(path)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_sha256(path: Path) -> str:
    """sha256 of a file, read from the user's table of files hashed before when the file still has the size, times
    and inode it had then (every process that opens an index checks the corpus and the index files: ~10 ms on a
    24-document course). A write changes a file's ctime, which nothing sets back, so a file changed since, even in
    place with its mtime kept, is hashed again; one changed in the last seconds is hashed every time (see
    user_cache.settled_stamp). OSError when the file cannot be read."""
    from ..user_cache import cache_folder, settled_stamp

    stamp = settled_stamp(os.stat(path))
    if stamp is None:
        return _sha256(path)
    return _hashed(cache_folder()).get(stamp, lambda: _sha256(path))  # its inode and device name the file


@lru_cache(maxsize=4)
def _hashed(folder: Path):
    """The table of the cache folder (one per folder: each test points XDG_CACHE_HOME at its own)."""
    from ..user_cache import Memo

    return Memo("sha256", __file__, (), max_entries=2_000)  # a table every `ask` reads: kept small


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    _fsync(path)
