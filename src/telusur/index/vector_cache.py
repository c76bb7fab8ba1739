"""The build's store of passage vectors (one SQLite file per encoder, keyed by the hash of each text) and the encoding
of passages through it. Only a build imports this module: `telusur ask` reads the built index and never imports
sqlite3."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from ..errors import IndexBuildError
from .embeddings import Encoder


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Passage vectors keyed by the hash of their text, one SQLite file per encoder.

    Builds may share one cache (a library's collections do, library.py): the file is in WAL mode, so a reader never
    waits for a writer, and writers take turns (BUSY_SECONDS each at most); a batch that still finds the file locked
    is left unstored, never taken for damage. `own`: the index folder's own cache (where it kept its vectors before
    it shared one), only read, and first: a rebuild keeps the very vectors it had (a text encoded twice can differ in
    its last bits), and those the shared cache lacks are copied there.
    The cache is disposable: a damaged file ("database disk image is malformed") is set aside and started anew,
    with one line on stderr saying so; the texts it held are simply encoded again.

    What pruning (cache_prune.py) needs: `index`, the index folder this build is for, is registered in the file (the
    `indexes` table), and every key asked for is kept in `asked` (the build writes them beside its vectors); while
    open, the cache holds a shared lock on the folder's IN_USE file, so a pruner (which takes it exclusively) never
    runs beside a build. An opener that names no index makes the file's users "unknown": it is never pruned."""

    BUSY_SECONDS = 60.0

    def __init__(self, folder: Path, encoder_id: str, own: Path | None = None, index: Path | None = None):
        self.encoder_id = encoder_id
        self.index = index.resolve() if index is not None else None
        self.asked: set[str] = set()
        self._said_busy = self._said_unkept = False
        self._in_use = None
        try:
            self._db = self._start(folder, own)
        except (OSError, sqlite3.DatabaseError) as exc:
            if own is None or own.resolve() == folder.resolve():
                raise self._unwritable(folder, exc) from exc
            # a shared folder this build cannot write (read-only, another user's, not a folder): the index folder's
            # own cache serves, as it did before caches were shared
            print(f"telusur: cache embedding {folder} tidak dapat ditulis ({exc}); memakai {own} "
                  "(atur TELUSUR_EMBEDDING_CACHE ke folder yang dapat ditulis).", file=sys.stderr, flush=True)
            try:
                self._db = self._start(own, own)
            except (OSError, sqlite3.DatabaseError) as again:
                raise self._unwritable(own, again) from again

    def _start(self, folder: Path, own: Path | None) -> sqlite3.Connection:
        """The open cache in folder; OSError or sqlite3.DatabaseError when the folder or file cannot be written."""
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / cache_name(self.encoder_id)
        self._private = own is not None and own.resolve() == folder.resolve()  # the index folder's own cache
        self._own = own / cache_name(self.encoder_id) if own is not None else None
        if self._own is not None and (not self._own.is_file() or self._own.resolve() == self.path.resolve()):
            self._own = None
        self._hold(folder)
        try:
            return self._open()
        except sqlite3.DatabaseError as exc:
            if _busy(exc):
                raise IndexBuildError(f"Cache embedding {self.path} dikunci proses lain lebih dari "
                                      f"{self.BUSY_SECONDS:g} detik; coba bangun lagi sebentar lagi.") from exc
            if not _damaged(exc):  # read-only, cannot be opened, an I/O error: no damage to set aside
                raise
            return self._recover(exc)

    def _hold(self, folder: Path) -> None:
        """The shared lock on the folder's IN_USE file, waited for while a pruner holds it (BUSY_SECONDS at most).
        A folder where the lock file cannot be made is left unlocked: nothing prunes what it cannot lock either."""
        self._let_go()
        try:
            handle = open(folder / IN_USE, "a+")
        except OSError:
            return
        try:
            held = take_lock(handle, fcntl.LOCK_SH, self.BUSY_SECONDS)
        except OSError:  # a file system without locks
            held = True
        if not held:
            handle.close()
            raise IndexBuildError(f"Cache embedding {folder} sedang dipangkas proses lain lebih dari "
                                  f"{self.BUSY_SECONDS:g} detik; coba bangun lagi sebentar lagi.")
        self._in_use = handle

    def _let_go(self) -> None:
        if self._in_use is not None:
            self._in_use.close()  # closing the file releases its lock
            self._in_use = None

    @staticmethod
    def _unwritable(folder: Path, exc: Exception) -> IndexBuildError:
        return IndexBuildError(f"Cache embedding di {folder} tidak dapat ditulis ({exc}). Atur "
                               "TELUSUR_EMBEDDING_CACHE ke folder yang dapat ditulis, lalu bangun ulang.")

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=self.BUSY_SECONDS, check_same_thread=False)
        try:
            # WAL: builds sharing the file read while another writes; NORMAL sync is safe in WAL (a cache may lose
            # its last batches at a power cut, never its consistency). A file system that refuses WAL (a network
            # share) leaves the rollback journal, where only the default FULL sync keeps the file whole.
            if str(db.execute("PRAGMA journal_mode=WAL").fetchone()[0]).lower() == "wal":
                db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB)")
            db.execute("INSERT OR IGNORE INTO meta VALUES ('encoder', ?)", (self.encoder_id,))
            self._register(db)
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _register(self, db: sqlite3.Connection) -> None:
        """Who uses the file, for pruning: the index folder this build is for, and whether every user is known.
        USERS: "known" (every opener named its index), "before" (vectors written before users were registered:
        the index folder's own cache, or a library's, adopts them), "unknown" (an opener that named no index)."""
        db.execute("CREATE TABLE IF NOT EXISTS indexes (folder TEXT PRIMARY KEY, seen TEXT)")
        if db.execute("SELECT 1 FROM meta WHERE key = ?", (USERS,)).fetchone() is None:
            old = db.execute("SELECT 1 FROM vectors LIMIT 1").fetchone() is not None
            db.execute("INSERT OR IGNORE INTO meta VALUES (?, ?)", (USERS, "before" if old else "known"))
        if self.index is None:
            db.execute("UPDATE meta SET value = 'unknown' WHERE key = ?", (USERS,))
            return
        if self._private:  # the index folder's own cache: its vectors are this index's
            db.execute("UPDATE meta SET value = 'known' WHERE key = ? AND value = 'before'", (USERS,))
        register(db, [self.index])

    def _recover(self, exc: sqlite3.DatabaseError) -> sqlite3.Connection:
        """Set the damaged file (and its journal) aside under a .damaged name, then open a fresh cache."""
        if getattr(self, "_db", None) is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        aside = self.path.with_name(self.path.name + ".damaged")
        for suffix in ("", "-journal", "-wal", "-shm"):
            source = Path(str(self.path) + suffix)
            if source.exists():
                os.replace(source, Path(str(aside) + suffix))
        print(f"telusur: cache embedding {self.path} rusak ({exc}); disisihkan ke {aside.name} dan dibuat baru "
              "(teks disandikan ulang).", file=sys.stderr, flush=True)
        return self._open()

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        self.asked.update(keys)
        try:
            found = _select(self._db, keys)
        except sqlite3.DatabaseError as exc:
            if _damaged(exc):  # damage found while reading: start anew, nothing is known
                self._db = self._recover(exc)
            found = {}
        own = self._read_own(keys) if self._own is not None else {}
        new = {k: v for k, v in own.items() if k not in found}
        if new:
            self.put_many(new)  # other builds find them there; this index still reads its own first
        return {**found, **own}

    def _read_own(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """What the index's own cache holds of these keys; nothing when it cannot be read."""
        try:
            db = sqlite3.connect(self._own.resolve().as_uri() + "?mode=ro", uri=True, timeout=self.BUSY_SECONDS)
        except sqlite3.Error:
            return {}
        try:
            return _select(db, keys)
        except sqlite3.Error:
            return {}
        finally:
            db.close()

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        rows = [(k, np.asarray(v, np.float32).tobytes()) for k, v in items.items()]
        try:
            self._put(rows)
        except sqlite3.DatabaseError as exc:
            if _busy(exc):  # another build held the file past BUSY_SECONDS: these vectors are simply not kept
                with contextlib.suppress(sqlite3.Error):
                    self._db.rollback()
                self._say_busy()
                return
            if _disk_full(exc):  # not damage: setting the file aside would only fail again
                raise OSError(errno.ENOSPC, f"disk penuh saat menyimpan cache embedding {self.path}") from exc
            if not _damaged(exc):  # made read-only under the build, an I/O error: no damage, the batch is not kept
                with contextlib.suppress(sqlite3.Error):
                    self._db.rollback()
                self._say_unkept(exc)
                return
            self._db = self._recover(exc)
            self._put(rows)

    def _put(self, rows) -> None:
        self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)", rows)
        self._db.commit()

    def _say_busy(self) -> None:
        if not self._said_busy:
            self._said_busy = True
            print(f"telusur: cache embedding {self.path} dipakai proses lain lebih dari {self.BUSY_SECONDS:g} detik; "
                  "sebagian vektor tidak disimpan (disandikan ulang pada pembangunan berikutnya).", file=sys.stderr,
                  flush=True)

    def _say_unkept(self, exc: sqlite3.DatabaseError) -> None:
        if not self._said_unkept:
            self._said_unkept = True
            print(f"telusur: cache embedding {self.path} tidak dapat ditulis ({exc}); vektor tidak disimpan (atur "
                  "TELUSUR_EMBEDDING_CACHE ke folder yang dapat ditulis).", file=sys.stderr, flush=True)

    def close(self) -> None:
        self._db.close()
        self._let_go()


def take_lock(handle, mode: int, seconds: float) -> bool:
    """flock(mode) on an open file, waiting up to seconds for another process to let go; False if it never did."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            fcntl.flock(handle, mode | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.2)


IN_USE = ".in-use.lock"  # in the cache folder: shared by every open cache, exclusive to a pruner
USERS = "users"  # meta key: whether every index that used the file is registered (EmbeddingCache._register)


def register(db: sqlite3.Connection, indexes: Sequence[Path]) -> None:
    """Record index folders (resolved) as users of the file; the caller commits."""
    seen = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    db.executemany("INSERT OR REPLACE INTO indexes VALUES (?, ?)", [(str(Path(i).resolve()), seen) for i in indexes])


def cache_name(encoder_id: str) -> str:
    """The cache file of an encoder: one per encoder, so vectors of two models never mix."""
    return f"embeddings-{hashlib.sha256(encoder_id.encode()).hexdigest()[:16]}.sqlite"


def _select(db: sqlite3.Connection, keys: Sequence[str]) -> dict[str, np.ndarray]:
    found = {}
    for start in range(0, len(keys), 500):
        part = list(keys[start:start + 500])
        marks = ",".join("?" * len(part))
        for key, blob in db.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", part):
            found[key] = np.frombuffer(blob, dtype=np.float32)
    return found


def _busy(exc: sqlite3.DatabaseError) -> bool:
    """SQLite's "database is locked": another build holds the file, which is fine."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "is locked" in str(exc)


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    """SQLite's "database disk image is malformed" or "file is not a database": the file itself is damaged. A
    read-only file, one that cannot be opened or an I/O error is no damage: the file may be another build's, whole."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    return "malformed" in str(exc) or "not a database" in str(exc)


def _disk_full(exc: sqlite3.DatabaseError) -> bool:
    """SQLite's "database or disk is full": the disk (or quota) is, the file is fine."""
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "is full" in str(exc)


def encode_documents_cached(
    encoder: Encoder,
    texts: Sequence[str],
    cache: EmbeddingCache | None,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, int]:
    """Vectors for texts, encoding only those the cache lacks; returns (vectors, how many were encoded)."""
    keys = [text_key(t) for t in texts]
    known = cache.get_many(sorted(set(keys))) if cache else {}
    by_key = dict(zip(keys, texts))
    # Similar lengths in one batch: an encoder that pads a batch to its longest text wastes little.
    missing = sorted(dict.fromkeys(k for k in keys if k not in known), key=lambda k: len(by_key[k]))
    if progress and len(texts) > len(missing):
        progress(len(texts) - len(missing))  # the cached ones count as done
    step = max(batch_size, getattr(encoder, "batch", batch_size))
    for start in range(0, len(missing), step):
        batch = missing[start:start + step]
        vectors = encoder.encode_documents([by_key[k] for k in batch])
        fresh = dict(zip(batch, vectors))
        known.update(fresh)
        if cache:
            cache.put_many(fresh)
        if progress:
            progress(len(batch))
    out = np.zeros((len(texts), encoder.dim), np.float32)
    for i, key in enumerate(keys):
        out[i] = known[key]
    return out, len(missing)


def encode_passages_cached(
    encoder: Encoder,
    passages: Sequence[tuple[str, Sequence[str]]],
    extra: Sequence[str],
    cache: EmbeddingCache | None,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, int]:
    """Vectors of the passages, then of their parts (in order), then of the extra texts; returns (vectors, how many
    texts went through the encoder). An encoder with token states pools each part found in its passage from the
    passage's own pass (late chunking), keyed by passage and span; any other part is encoded as a text of its own."""
    texts = [text for text, _ in passages]
    parts = [part for _, ps in passages for part in ps]
    if not getattr(encoder, "late", False):
        return encode_documents_cached(encoder, texts + parts + list(extra), cache, batch_size, progress)
    spans = [[_part_span(text, part) for part in ps] for text, ps in passages]
    keys = [text_key(t) for t in texts]
    part_keys = [[_span_key(text, span) if span else text_key(part) for part, span in zip(ps, sp)]
                 for (text, ps), sp in zip(passages, spans)]
    known = cache.get_many(sorted(set(keys) | {k for ks in part_keys for k in ks})) if cache else {}
    todo = [i for i in range(len(passages))
            if keys[i] not in known or any(s and k not in known for s, k in zip(spans[i], part_keys[i]))]
    if progress and len(passages) > len(todo):
        progress(sum(1 + sum(map(bool, spans[i])) for i in set(range(len(passages))) - set(todo)))
    todo.sort(key=lambda i: len(texts[i]))  # similar lengths together: little padding in each forward pass
    step = max(batch_size, getattr(encoder, "batch", 64))
    for start in range(0, len(todo), step):
        batch = todo[start:start + step]
        found = [[s for s in spans[i] if s] for i in batch]
        vectors, pooled = encoder.encode_with_parts([texts[i] for i in batch], found)
        fresh = {keys[i]: v for i, v in zip(batch, vectors)}
        for i, vs in zip(batch, pooled):
            late = [k for s, k in zip(spans[i], part_keys[i]) if s]
            fresh.update({k: v for k, v in zip(late, vs) if v is not None})
        known.update(fresh)
        if cache:
            cache.put_many(fresh)
        if progress:  # the parts left without a vector are counted when encoded alone below
            progress(len(batch) + sum(v is not None for vs in pooled for v in vs))
    flat_keys = [k for ks in part_keys for k in ks]
    alone = [(k, part) for k, part in zip(flat_keys, parts) if k not in known]  # not found, or past the encoded length
    rest, encoded = encode_documents_cached(encoder, [p for _, p in alone] + list(extra), cache, batch_size, progress)
    known.update({k: v for (k, _), v in zip(alone, rest)})
    out = np.concatenate([np.array([known[k] for k in keys + flat_keys], np.float32).reshape(-1, encoder.dim),
                          rest[len(alone):]])
    return out, len(todo) + encoded


def _part_span(text: str, part: str) -> tuple[int, int] | None:
    """Where a part's words are in its passage: the part itself, or its last line(s) after a heading or lead-in line
    that the passage holds elsewhere (the chunk text comes last in the passage, so the last match)."""
    for body in (part, part.split("\n", 1)[-1]):
        at = text.rfind(body)
        if body.strip() and at >= 0:
            return at, at + len(body)
    return None


def _span_key(text: str, span: tuple[int, int]) -> str:
    return text_key(f"{span[0]}:{span[1]}\x00{text}")


_DATA = Path(__file__).parent.parent / "data"


def background_vectors(encoder: Encoder, cache: EmbeddingCache | None) -> np.ndarray:
    """Vectors of the shipped background text (unrelated Wikipedia passages) for this encoder."""
    import json

    meta = json.loads((_DATA / "background.json").read_text(encoding="utf-8"))
    shipped = {meta["encoder"]: meta["vectors"], **meta.get("also", {})}  # "also": other runtimes of e5
    if encoder.id in shipped:
        return np.load(_DATA / shipped[encoder.id]).astype(np.float32)
    with open(_DATA / "background.jsonl", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines][:OTHER_ENCODER_BACKGROUND]
    return encode_documents_cached(encoder, texts, cache)[0]


# Another encoder must embed the background itself at build time: a sample keeps that to a minute or two.
OTHER_ENCODER_BACKGROUND = 300
