"""Building an index folder: read, chunk, encode (re-encoding only changed text), write atomically under a lock."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sys
import time
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from .. import __version__
from ..chunking import CHUNKER_VERSION, Chunk, chunk_document, chunk_parts
from ..citations import CITATIONS_VERSION, build_registry, reference_entries
from ..documents import READERS_VERSION, Corpus, Document, FileReport, SkippedFile, corpus_files, read_corpus
from ..errors import CorpusError, IndexBuildError
from ..limits import ReadingLimits, check_passages, passages_left_reason
from ..settings import DEFAULT_MODEL, Settings
from .embeddings import load_encoder
from .cache_prune import prune_after_build, write_cache_keys
from .vector_cache import EmbeddingCache, background_vectors, encode_passages_cached, take_lock
from .lexical import BM25, TOKENIZER_VERSION, stems_of, tokenize, written_forms
from .store import (_FILES, FORMAT_VERSION, _chunk_to_dict, _clean_tmp, _fsync, _fsync_dir, _manifest_or_none,
                    _point_to, _prune, _sha256, _write_json, corpus_hashes, current_build, is_fresh)
from .vectors import VectorStore, make_store

NEAR_DUPLICATE = 0.95


@dataclass
class BuildReport:
    chunks: int
    documents: int
    encoded: int  # chunk texts that went through the encoder (the rest came from the cache)
    skipped: tuple[SkippedFile, ...]
    seconds: float
    path: Path
    files: tuple[FileReport, ...] = ()  # every file of the corpus folder: indexed (pages, blocks) or skipped (why)
    pages: int = 0  # pages of the paged documents (PDF)
    works: int = 0  # cited works found
    pruned: object = None  # the embedding cache pruned after the build (cache_prune.PruneReport), when it was

    def to_dict(self) -> dict:
        return {"documents": self.documents, "pages": self.pages, "chunks": self.chunks, "works": self.works,
                "encoded": self.encoded, "seconds": round(self.seconds, 2), "path": str(self.path),
                "files": [f.to_dict() for f in self.files]}


@contextmanager
def build_lock(index_dir: Path, timeout: float):
    """One build at a time per index folder; a second one waits, then fails with a clear message."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "a+") as handle:
        if not take_lock(handle, fcntl.LOCK_EX, timeout):
            raise IndexBuildError(
                f"Indeks di {index_dir} sedang dibangun oleh proses lain; tunggu sampai selesai lalu coba lagi.")
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_index(settings: Settings, force: bool = False, progress=None) -> BuildReport | None:
    """Build the index when it is missing or stale (or always, with force); None when it was already fresh.
    progress(done, total), if given, is called as the passages are encoded (the cached ones count as done), and
    with (0, 0) after each file is read, before the total is known (a caller may cancel the build there)."""
    index_dir = settings.index_dir()
    with build_lock(index_dir, settings.build_lock_timeout):
        existing = current_build(index_dir)
        if not force and is_fresh(settings, existing):
            return None
        manifest = _manifest_or_none(existing)
        model = settings.model or (manifest or {}).get("model") or DEFAULT_MODEL
        return _build(settings, index_dir, model, progress)


def _build(settings: Settings, index_dir: Path, model: str, progress) -> BuildReport:
    t0 = time.perf_counter()
    # Hashed before reading: a file that changes or appears while the build reads makes the next check rebuild.
    hashes = corpus_hashes(settings.corpus_dir(), settings.max_file_mb, settings.index_dir())
    corpus = _read_with_progress(settings, progress)
    if not corpus.documents:
        reasons = ("; ".join(s.reason.rstrip(".") for s in corpus.skipped)
                   or "tidak ada berkas .txt, .md, .pdf, .docx atau .html")
        raise CorpusError(f"Tidak ada teks yang dapat diindeks di {corpus.root}: {reasons}.")
    chunks = _chunk_all(corpus)
    if not chunks:
        raise CorpusError(f"Tidak ada bagian teks yang dapat dijawab di {corpus.root}: berkasnya hanya berisi judul "
                          "atau daftar pustaka. Tambahkan berkas berisi teks (paragraf) lalu bangun ulang.")
    encoder = load_encoder(model)
    # open (and so holding off a pruner) until the new build, with the keys it asked for, is the current one
    cache = EmbeddingCache(settings.embedding_cache_dir(), encoder.id, own=index_dir / "cache", index=index_dir)
    try:
        passages = [(c.embed_text, chunk_parts(c)) for c in chunks]
        parts = [(c.id, text) for c, (_, texts) in zip(chunks, passages) for text in texts]
        places = sorted({c.place for c in chunks} - {""})
        with _progress_bar(len(chunks) + len(parts) + len(places), progress) as tick:
            vectors, encoded = encode_passages_cached(encoder, passages, places, cache, settings.batch_size, tick)
            owners = np.array([c.id for c in chunks] + [owner for owner, _ in parts], dtype=np.int64)
        vectors, place_vectors = vectors[:len(owners)], vectors[len(owners):]
        number = {place: i for i, place in enumerate(places)}
        chunk_places = np.array([number.get(c.place, -1) for c in chunks], dtype=np.int64)
        background = background_vectors(encoder, cache)
        tmp = index_dir / "builds" / f".tmp-{uuid.uuid4().hex[:8]}"
        _clean_tmp(index_dir)
        tmp.mkdir(parents=True)
        try:
            write_cache_keys(tmp, cache.asked)
            report = _finish(tmp, index_dir, settings, model, encoder, corpus, chunks, hashes, encoded, t0,
                             (vectors, owners, background, place_vectors, chunk_places))
        except BaseException:  # a full disk, a kill signal's exception, a bug: never leave a half-written build
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    finally:
        cache.close()
    report.pruned = prune_after_build(settings.embedding_cache_dir())
    return report


def _finish(tmp, index_dir, settings, model, encoder, corpus, chunks, hashes, encoded, t0, arrays) -> BuildReport:
    vectors, owners, background, place_vectors, chunk_places = arrays
    store, files, works = _write(tmp, corpus, chunks, vectors, owners, background, settings, place_vectors, chunk_places)
    manifest = {
        "format": FORMAT_VERSION,
        "telusur": __version__,
        "model": model,
        "encoder": encoder.id,
        "dim": encoder.dim,
        "chunker": CHUNKER_VERSION,
        "readers": READERS_VERSION,
        "citations": CITATIONS_VERSION,
        "tokenizer": TOKENIZER_VERSION,
        "store": store,
        "chunks": len(chunks),
        "corpus": str(corpus.root.resolve()),
        "hashes": hashes,
        "skipped": [asdict(s) for s in corpus.skipped],
        "report": [f.to_dict() for f in corpus.files],
        "files": {name: _sha256(tmp / name) for name in files},
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    _write_json(tmp / "manifest.json", manifest)
    previous = current_build(index_dir)  # what a server may still be loading: kept beside the new build
    final = index_dir / "builds" / _build_name()
    os.rename(tmp, final)
    _fsync_dir(final.parent)
    _point_to(index_dir, final.name)
    _prune(index_dir, keep={final.name} | ({previous.name} if previous is not None else set()))
    pages = sum(d.pages or 0 for d in corpus.documents if d.format == "pdf")
    return BuildReport(len(chunks), len(corpus.documents), encoded, corpus.skipped, time.perf_counter() - t0, final,
                       corpus.files, pages, works)


def _build_name() -> str:
    """A build folder's name: when it was made, to the microsecond (builds a second apart or less, as a quick
    rebuild's are, still list in the order they were made), and a random tail."""
    now = time.time()
    return f"{time.strftime('%Y%m%d-%H%M%S', time.localtime(now))}-{int(now % 1 * 1e6):06d}-{uuid.uuid4().hex[:6]}"


def _read_with_progress(settings: Settings, progress) -> Corpus:
    """Read the corpus folder; in a terminal, a progress bar counts files and pages."""
    root, index = settings.corpus_dir(), settings.index_dir()
    limits = ReadingLimits.of(settings)

    held = 0  # passages of the files read so far: past the collection's limit, the next files are skipped

    def prepare(doc: Document) -> list[Chunk]:
        chunks = prepare_document(doc)
        check_passages(len(chunks), doc.path, limits)
        return chunks

    def admit(doc: Document, chunks: list[Chunk]) -> None:
        nonlocal held
        if held + len(chunks) > limits.passages:
            raise CorpusError(passages_left_reason(doc.path, limits))
        held += len(chunks)

    def read(tick) -> Corpus:
        return read_corpus(root, settings.max_file_mb, tick, prepare=prepare, limits=limits, leave_out=index,
                           admit=admit)

    if progress is not None or not sys.stderr.isatty():  # progress(0, 0) per file read: a caller may cancel there
        return read((lambda files, pages: progress(0, 0)) if progress is not None else None)
    from tqdm import tqdm

    with tqdm(total=len(corpus_files(root, index)), desc="Membaca berkas", unit="berkas", file=sys.stderr) as bar:
        def tick(files: int, pages: int) -> None:
            bar.n = files
            bar.set_postfix_str(f"{pages} halaman", refresh=True)

        return read(tick)


def prepare_document(doc: Document) -> list[Chunk]:
    """Everything done to one document alone, run while it is read so that a failure in any step costs this file
    only (documents.read_one): its chunks with their citations, its reference list linked to them, the encoder's
    input. A document with no passage and no reference entry (a file of headings only) is skipped, saying so."""
    chunks = chunk_document(doc)
    build_registry(chunks, [doc])
    for chunk in chunks:
        for text in (chunk.embed_text, chunk.place, *chunk_parts(chunk)):
            text.encode("utf-8")  # what the encoder's cache keys on: fails here, for this file, not mid-build
    if not chunks and not reference_entries(doc):
        raise CorpusError(f"{doc.path}: tidak ada paragraf yang dapat dijawab ({len(doc.blocks)} blok, semuanya judul "
                          "atau baris kosong); periksa isinya, atau simpan ulang sebagai PDF atau .txt.")
    return chunks


def _chunk_all(corpus: Corpus) -> list[Chunk]:
    """The corpus's chunks numbered in order (from prepare_document when the corpus was read with it)."""
    per_document = corpus.prepared or [chunk_document(doc) for doc in corpus.documents]
    chunks: list[Chunk] = []
    for doc_chunks in per_document:
        chunks += [replace(c, id=len(chunks) + i) for i, c in enumerate(doc_chunks)]
    return chunks


@contextmanager
def _progress_bar(total: int, progress):
    """A tick(n) for the encoder: a terminal progress bar, or progress(done, total) for a caller (the admin page)."""
    if progress is not None:
        done = 0

        def tick(n: int) -> None:
            nonlocal done
            done += n
            progress(done, total)

        progress(0, total)
        yield tick
        return
    from tqdm import tqdm

    with tqdm(total=total, desc="Menyandikan bagian teks", unit="bagian", disable=not sys.stderr.isatty(),
              file=sys.stderr) as bar:
        yield bar.update


def _write(folder: Path, corpus: Corpus, chunks: list[Chunk], vectors: np.ndarray, owners: np.ndarray,
           background: np.ndarray, settings: Settings, places: np.ndarray,
           chunk_places: np.ndarray) -> tuple[str, tuple[str, ...], int]:
    """Write the build's files; returns the vector store's name, the files written and the number of works."""
    with open(folder / "chunks.jsonl", "w", encoding="utf-8") as out:
        for c in chunks:
            out.write(json.dumps(_chunk_to_dict(c), ensure_ascii=False) + "\n")
    with open(folder / "documents.jsonl", "w", encoding="utf-8") as out:
        for d in corpus.documents:
            out.write(json.dumps(d.to_dict(), ensure_ascii=False) + "\n")
    works = build_registry(chunks, corpus.documents)
    _write_json(folder / "works.json", [asdict(w) for w in works])
    np.save(folder / "owners.npy", owners)
    np.save(folder / "places.npy", places)
    np.save(folder / "chunk_places.npy", chunk_places)
    store = make_store(vectors, settings.approximate_above)
    files = _FILES + store.save(folder)
    np.save(folder / "background.npy", unlike_corpus(background, store))
    stems = stems_of(c.embed_text for c in chunks)
    BM25.build([tokenize(c.embed_text, stems) for c in chunks],
               form_lists=[written_forms(c.embed_text, stems) for c in chunks]).save(folder)
    _write_json(folder / "stems.json", stems)
    for name in files:
        _fsync(folder / name)
    return store.name, files, len(works)


def unlike_corpus(background: np.ndarray, store: VectorStore) -> np.ndarray:
    """Background rows that are not (near) copies of corpus text, or the corpus would look like chance."""
    sims, _ = store.search(background, 1)
    if sims.shape[1] == 0:  # an empty corpus resembles nothing
        return background
    return background[sims[:, 0] < NEAR_DUPLICATE]
