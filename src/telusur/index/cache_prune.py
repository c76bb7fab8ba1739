"""Pruning an embedding cache: the vectors no index needs any more (a document edited or deleted, a collection
removed, a model no longer used) are removed and the file shrunk.

What an index needs: every build writes the keys it asked the cache for (CACHE_KEYS, beside its vectors); the
cache file registers every index folder that built against it (vector_cache.EmbeddingCache._register). A vector is
kept when a build folder of any registered index that still exists lists it: the current build and the one kept
before it (store._prune), so a document deleted by mistake and put back after one build costs nothing.

Pruning is skipped, with a reason, whenever it cannot be sure:
- a build holds the cache (the shared lock on vector_cache.IN_USE): it may need vectors no index lists yet;
- the file has users that are not registered: vectors from before users were registered (a library adopts its own
  cache's, `adopt`; an index folder's own cache is its index's alone), or an opener that named no index (a
  TELUSUR_EMBEDDING_CACHE folder used by other tools or older versions);
- a registered index cannot be read, or its current build was made before builds listed their keys.
A model no index uses any more is dead too: its whole file goes (one file per model; going back to that model costs
one encoding of the texts, what the cache is for, never an answer).

After a build, pruning runs by itself only when the dead vectors are at least as many as the live ones (and at least
AUTO_MIN_DEAD): shrinking rewrites the file, so the file stays under about twice what the indexes need while a
build pays for a rewrite at most once per doubling. `telusur cache prune` prunes whatever is dead, now."""

from __future__ import annotations

import contextlib
import fcntl
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from .vector_cache import IN_USE, USERS, register

CACHE_KEYS = "cache-keys.npy"  # in a build folder: the cache keys the build asked for, 32 bytes each
AUTO_MIN_DEAD = 2_000  # vectors (384 floats: ~1.6 kB each): below this a build never rewrites the cache


def write_cache_keys(folder: Path, keys: Iterable[str]) -> None:
    raw = b"".join(bytes.fromhex(k) for k in sorted(keys))
    np.save(folder / CACHE_KEYS, np.frombuffer(raw, np.uint8).reshape(-1, 32))


def read_cache_keys(folder: Path) -> set[str] | None:
    """The keys a build listed; None when it lists none (made before builds did) or the list cannot be read."""
    try:
        rows = np.load(folder / CACHE_KEYS, allow_pickle=False)
    except (OSError, ValueError):
        return None
    if rows.dtype != np.uint8 or rows.ndim != 2 or rows.shape[1] != 32:
        return None
    return {row.tobytes().hex() for row in rows}


@dataclass
class FilePrune:
    """One model's cache file: its vectors and bytes before and after, or why it was left as it was."""
    name: str
    vectors: int = 0
    kept: int = 0
    bytes_before: int = 0
    bytes_after: int = 0
    skipped: str | None = None  # Indonesian, for the user
    removed: bool = False  # the whole file (no index uses its model)

    @property
    def dead(self) -> int:
        return self.vectors - self.kept

    def to_dict(self) -> dict:
        return {"file": self.name, "vectors": self.vectors, "kept": self.kept, "dead": self.dead,
                "bytes_before": self.bytes_before, "bytes_after": self.bytes_after, "skipped": self.skipped,
                "removed": self.removed}


@dataclass
class PruneReport:
    folder: Path
    files: list[FilePrune] = field(default_factory=list)
    skipped: str | None = None  # the whole folder left alone, and why
    dry_run: bool = False

    @property
    def removed_vectors(self) -> int:
        return 0 if self.dry_run else sum(f.dead for f in self.files if f.skipped is None)

    def to_dict(self) -> dict:
        return {"folder": str(self.folder), "skipped": self.skipped, "dry_run": self.dry_run,
                "files": [f.to_dict() for f in self.files]}


def adopt(folder: Path, indexes: Sequence[Path]) -> None:
    """The folder's users are these index folders (a library's collections and its own cache): registered, and
    vectors written before users were registered counted as theirs. Users that named no index stay unknown."""
    for path in _cache_files(folder):
        with contextlib.suppress(sqlite3.Error), contextlib.closing(_connect(path)) as db:
            if _users(db) == "unknown":
                continue
            db.execute("CREATE TABLE IF NOT EXISTS indexes (folder TEXT PRIMARY KEY, seen TEXT)")
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, 'known')", (USERS,))
            register(db, indexes)
            db.commit()


def prune_cache(folder: Path, dry_run: bool = False, auto: bool = False) -> PruneReport:
    """Remove the vectors no registered index needs (see the module's doc); with dry_run, only count them. auto: only
    when dead >= live and >= AUTO_MIN_DEAD (after a build)."""
    report = PruneReport(Path(folder), dry_run=dry_run)
    if not Path(folder).is_dir():
        return report
    try:
        lock = open(Path(folder) / IN_USE, "a+")
    except OSError as exc:
        report.skipped = f"folder cache tidak dapat dikunci ({exc})"
        return report
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held by a build (BlockingIOError), or a file system without locks: cannot be sure
            report.skipped = "cache sedang dipakai pembangunan indeks lain; coba lagi setelah pembangunan selesai"
            return report
        for path in _cache_files(folder):
            report.files.append(_prune_file(path, dry_run, auto))
        if not dry_run and not auto:
            for damaged in Path(folder).glob("*.damaged*"):  # set aside by EmbeddingCache._recover, never read
                damaged.unlink(missing_ok=True)
    return report


def prune_after_build(folder: Path) -> PruneReport | None:
    """prune_cache(auto=True) that never fails a build: a problem is one line on stderr."""
    import sys

    try:
        report = prune_cache(folder, auto=True)
    except Exception as exc:  # noqa: BLE001 - the build is done and whole; pruning is housekeeping
        print(f"telusur: cache embedding {folder} tidak dipangkas ({exc!r}).", file=sys.stderr, flush=True)
        return None
    return report if report.removed_vectors else None


def _prune_file(path: Path, dry_run: bool, auto: bool) -> FilePrune:
    out = FilePrune(path.name)
    try:
        db = _connect(path)
    except sqlite3.Error as exc:
        out.skipped = f"tidak dapat dibuka ({exc})"
        return out
    try:
        with contextlib.suppress(sqlite3.Error):  # the builds' last pages into the file: its size is what it holds
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        out.bytes_before = out.bytes_after = _size(path)
        out.vectors = db.execute("SELECT count(*) FROM vectors").fetchone()[0]
        if auto and out.vectors < AUTO_MIN_DEAD:  # too few to be worth reading every index's keys
            out.skipped, out.kept = "belum perlu", out.vectors
            return out
        needed, gone, why = _needed(db)
        if why is not None:
            out.skipped, out.kept = why, out.vectors
            return out
        db.execute("CREATE TEMP TABLE needed (key TEXT PRIMARY KEY)")
        db.executemany("INSERT OR IGNORE INTO temp.needed VALUES (?)", ((k,) for k in needed))
        out.kept = db.execute("SELECT count(*) FROM vectors WHERE key IN (SELECT key FROM temp.needed)").fetchone()[0]
        if auto and (out.dead < AUTO_MIN_DEAD or out.dead < out.kept):
            out.skipped = "belum perlu"
        if dry_run or out.skipped or not out.dead:
            db.rollback()
            return out
        if out.kept == 0:  # no index needs anything of this file (its model is no longer used): the file goes
            db.close()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            out.removed, out.bytes_after = True, 0
            return out
        db.execute("DELETE FROM vectors WHERE key NOT IN (SELECT key FROM temp.needed)")
        db.executemany("DELETE FROM indexes WHERE folder = ?", ((g,) for g in gone))
        db.commit()
        db.execute("VACUUM")  # the freed pages back to the disk: a DELETE alone leaves the file as large
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        out.bytes_after = _size(path)
    except sqlite3.Error as exc:  # locked by a build of an older telusur, damaged: left for the build to handle
        with contextlib.suppress(sqlite3.Error):
            db.rollback()
        out.skipped, out.kept = f"tidak dapat dipangkas ({exc})", out.vectors
    finally:
        with contextlib.suppress(sqlite3.Error):
            db.close()
    return out


def _needed(db: sqlite3.Connection) -> tuple[set[str], list[str], str | None]:
    """The keys the file's registered indexes list, the registered folders that are gone, and why the file cannot be
    pruned (None when it can)."""
    users = _users(db)
    if users != "known":
        return set(), [], ("dipakai juga oleh pengguna yang tidak tercatat (vektor dari sebelum pencatatan, atau alat "
                           "lain lewat TELUSUR_EMBEDDING_CACHE); tidak dipangkas")
    encoder = (db.execute("SELECT value FROM meta WHERE key = 'encoder'").fetchone() or [None])[0]
    needed: set[str] = set()
    gone = []
    for (folder,) in db.execute("SELECT folder FROM indexes").fetchall():
        index = Path(folder)
        try:
            if not index.exists():
                gone.append(folder)
                continue
            keys = _index_keys(index, encoder)
        except OSError as exc:
            return set(), [], f"indeks {folder} tidak dapat dibaca ({exc})"
        if keys is None:
            return set(), [], (f"indeks {folder} dibangun sebelum daftar kunci cache ada; bangun ulang indeks itu "
                               "(telusur build --force) lalu pangkas lagi")
        needed |= keys
    return needed, gone, None


def _index_keys(index: Path, encoder: str | None) -> set[str] | None:
    """The keys of an index's builds made with this encoder; None when its current build lists none."""
    from .store import current_build

    current = current_build(index)
    builds = index / "builds"
    keys: set[str] = set()
    for build in (sorted(p for p in builds.iterdir() if not p.name.startswith(".")) if builds.is_dir() else []):
        try:
            manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # not a whole build: it is never loaded
        if manifest.get("encoder") != encoder:
            continue
        listed = read_cache_keys(build)
        if listed is None and current is not None and build.resolve() == current.resolve():
            return None
        keys |= listed or set()  # an older build made before keys were listed holds its own vectors
    return keys


def _users(db: sqlite3.Connection) -> str:
    try:
        row = db.execute("SELECT value FROM meta WHERE key = ?", (USERS,)).fetchone()
    except sqlite3.OperationalError:  # no meta table
        return "before"
    if row is None:
        return "before"
    has_table = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'indexes'").fetchone()
    return row[0] if has_table else "before"


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=5.0)


def _cache_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in Path(folder).glob("embeddings-*.sqlite") if p.is_file())
    except OSError:
        return []


def _size(path: Path) -> int:
    total = 0
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            total += Path(str(path) + suffix).stat().st_size
    return total
