"""Library: named collections (courses), each a folder of texts with its own index, loaded on first use.

    library/
      .telusur/cache/               the embedding cache all the collections share (a text is encoded once)
      hukum-tata-negara/            a collection: the lecturer's files, plus an optional telusur.toml (title = "...")
        bab-1.pdf  catatan.md
        .telusur/index/             its index (hidden: the corpus reader skips dot-folders)
        .telusur/uploads/           uploads being received, moved in only once checked

All collections share one encoder (embeddings.load_encoder keeps one per process); at most
`settings.max_loaded_collections` indexes stay in memory, the least recently used let go first. Opening never
builds: every build goes through one queue (builds.py) while the current index keeps answering.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import threading
import time
import tomllib
import unicodedata
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from .engine import Telusur
from .errors import CollectionError, TelusurError, UploadError
from .builds import WATCH_SECONDS, BuildCancelled, BuildQueue, BuildState
from .index import build_index, current_build, format_file_report, read_manifest, why_rebuild
from .limits import ReadingLimits
from .settings import Settings
from .uploads import check_content, clean_name

NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
STATE_DIR = ".telusur"
CONFIG = "telusur.toml"
MAX_TITLE_CHARS = 120


@dataclass(frozen=True)
class Collection:
    name: str
    title: str
    folder: Path

    @property
    def index_dir(self) -> Path:
        return self.folder / STATE_DIR / "index"

    @property
    def staging_dir(self) -> Path:
        return self.folder / STATE_DIR / "uploads"


@dataclass(frozen=True)
class StoredFile:
    name: str
    size: int
    modified: float

    def to_dict(self) -> dict:
        return {"name": self.name, "size": self.size,
                "modified": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(self.modified))}


def valid_name(name: str) -> bool:
    return bool(NAME.match(name or ""))


class Library:
    """Named collections under one folder; safe to share between threads."""

    def __init__(self, root: Path, settings: Settings | None = None):
        self.root = Path(root)
        if not self.root.is_dir():
            raise CollectionError(f"Folder pustaka '{self.root}' tidak ada: buat foldernya, dengan satu subfolder "
                                  "per mata kuliah berisi teksnya.", status=500)
        self.settings = settings or Settings.from_env()
        self._lock = threading.Lock()  # the loaded engines and their load gates
        self._files_lock = threading.Lock()  # adding, removing and creating: one change at a time
        self._loaded: OrderedDict[str, Telusur] = OrderedDict()
        self._loading: dict[str, threading.Lock] = {}
        self._seen: dict[str, tuple] = {}  # each collection's files as the watcher last saw them
        self.builds = BuildQueue(self._build, self.watch_once)

    # ------------------------------------------------------------ collections

    def names(self) -> list[str]:
        try:
            return sorted(p.name for p in self.root.iterdir() if p.is_dir() and valid_name(p.name))
        except FileNotFoundError:  # the library folder itself was removed: no collections
            return []

    def collections(self) -> list[Collection]:
        return [self.collection(n) for n in self.names()]

    def collection(self, name: str) -> Collection:
        folder = self.root / name if valid_name(name) else None
        if folder is None or not folder.is_dir():
            raise CollectionError(f"Koleksi '{_shown(name)}' tidak ada; daftar koleksi ada di /api/collections.")
        return Collection(name, read_title(folder), folder)

    def has(self, name: str) -> bool:
        """Whether a collection of that name exists (its folder is there)."""
        return valid_name(name) and (self.root / name).is_dir()

    def upload_limit_message(self) -> str:
        """What a refused oversized upload is told."""
        return too_large_message(self.settings.max_file_mb)

    def settings_for(self, name: str) -> Settings:
        """A collection's settings: its folder, its index, and the embedding cache all the collections share."""
        c = self.collection(name)
        return self.settings.with_(corpus=c.folder, index=c.index_dir, embedding_cache=self.embedding_cache)

    @property
    def embedding_cache(self) -> Path:
        """The passage vectors every collection's build reads and adds to (TELUSUR_EMBEDDING_CACHE, else
        .telusur/cache in the library folder): a document in two courses is encoded once. A collection's builds hold
        their own vectors, so a collection copied elsewhere answers without it."""
        return self.settings.embedding_cache or self.root / STATE_DIR / "cache"

    def prune_cache(self, dry_run: bool = False):
        """Remove the vectors of the library's embedding cache that no collection's index needs (a document edited or
        deleted, a collection removed); dry_run only counts them. A cache set by TELUSUR_EMBEDDING_CACHE is pruned
        only when every index that used it is registered (index/cache_prune.py). Returns a PruneReport."""
        from .index.cache_prune import prune_cache

        self._adopt_cache()
        return prune_cache(self.embedding_cache, dry_run=dry_run)

    def _adopt_cache(self) -> None:
        """The library's own .telusur/cache: its collections are its only users, vectors written before users were
        registered included. A folder set by TELUSUR_EMBEDDING_CACHE may serve others: its users register themselves."""
        if self.settings.embedding_cache is None:
            from .index.cache_prune import adopt

            adopt(self.embedding_cache, [c.index_dir for c in self.collections()])

    def create(self, name: str, title: str | None = None) -> Collection:
        """A new, empty collection folder (with telusur.toml when a title is given); nothing is left on failure."""
        if not valid_name(name):
            raise CollectionError(f"Nama koleksi '{_shown(name)}' tidak sah: pakai huruf kecil, angka, - atau _ "
                                  "(maks. 63 karakter, diawali huruf atau angka), mis. hukum-pidana.", status=400)
        title = " ".join((title or "").split())[:MAX_TITLE_CHARS]
        if any(unicodedata.category(ch) in ("Cs", "Cc", "Co") for ch in title):
            raise CollectionError("Judul koleksi memuat karakter yang tidak sah (kendali atau surrogate); tulis ulang "
                                  "judulnya dengan huruf biasa.", status=400)
        with self._files_lock:
            folder = self.root / name
            try:
                folder.mkdir()
            except FileExistsError:
                raise CollectionError(f"Koleksi '{name}' sudah ada: pilih nama lain.", status=409) from None
            try:
                if title:
                    (folder / CONFIG).write_text(f"title = {json.dumps(title, ensure_ascii=False)}\n", encoding="utf-8")
            except BaseException:  # a full disk: no half-made collection that blocks the name
                shutil.rmtree(folder, ignore_errors=True)
                raise
        return self.collection(name)

    def describe(self, name: str) -> dict:
        """What /api/collections shows of a collection."""
        c = self.collection(name)
        folder = current_build(c.index_dir)
        return {"name": c.name, "title": c.title, "files": len(self.files(name)), "ready": folder is not None,
                "loaded": name in self._loaded, "build": self.build_state(name).state}

    # ------------------------------------------------------------ engines

    def engine(self, name: str) -> Telusur:
        """The collection's engine, loaded on first use; the least recently used is let go beyond the bound.
        Never builds: a collection without a usable index answers 503 while its build is queued."""
        self.collection(name)  # removed from disk: unloaded, 404
        with self._lock:
            if name in self._loaded:
                self._loaded.move_to_end(name)
                return self._loaded[name]
            gate = self._loading.setdefault(name, threading.Lock())
        with gate:  # one thread loads a collection; the others wait for it instead of loading it again
            with self._lock:
                if name in self._loaded:
                    return self._loaded[name]
            engine = self._load(name)
            with self._lock:
                self._loaded[name] = engine
                for old in list(self._loaded)[:-max(1, self.settings.max_loaded_collections)]:
                    del self._loaded[old]
            return engine

    def _load(self, name: str) -> Telusur:
        c = self.collection(name)
        state = self.builds.state(name)
        if current_build(c.index_dir) is None:
            if not self.files(name):
                raise CollectionError(f"Koleksi '{name}' belum berisi teks: dosen dapat mengunggah berkas di "
                                      f"/c/{name}/admin.", status=503)
            if state.state == "failed":
                raise CollectionError(f"Koleksi '{name}' belum dapat diindeks: {state.error}", status=503)
            if not self.builds.busy(name):
                self.builds.request(name)
            raise CollectionError(f"Koleksi '{name}' sedang diindeks untuk pertama kali; coba lagi sebentar lagi.",
                                  status=503)
        try:
            return Telusur(self.settings_for(name), fresh=False)  # a stale index answers until the new one is whole
        except TelusurError as exc:
            if not self.builds.busy(name):
                self.builds.request(name)
            raise CollectionError(f"Indeks koleksi '{name}' sedang dibangun ulang ({exc}); coba lagi sebentar lagi.",
                                  status=503) from None

    def unload(self, name: str) -> None:
        with self._lock:
            self._loaded.pop(name, None)

    def loaded(self) -> list[str]:
        with self._lock:
            return list(self._loaded)

    def handle(self, name: str) -> "CollectionEngine":
        self.collection(name)
        return CollectionEngine(self, name)

    def reload_changed(self) -> list[str]:
        """Switch loaded collections to builds made meanwhile (by `telusur build` elsewhere); their names."""
        with self._lock:
            engines = list(self._loaded.items())
        return [name for name, engine in engines if engine.reload_if_changed()]

    # ------------------------------------------------------------ files

    def files(self, name: str) -> list[StoredFile]:
        """The collection's own files (visible, top level), by name."""
        c = self.collection(name)
        out = []
        for p in sorted(c.folder.iterdir()):
            if p.name.startswith(".") or p.name == CONFIG or p.is_symlink() or not p.is_file():
                continue
            st = p.stat()
            out.append(StoredFile(p.name, st.st_size, st.st_mtime))
        return out

    def staging_file(self, name: str) -> Path:
        """A fresh path to receive an upload into (same disk as the collection, so moving it in is atomic)."""
        c = self.collection(name)
        c.staging_dir.mkdir(parents=True, exist_ok=True)
        return c.staging_dir / f"upload-{uuid.uuid4().hex}"

    def check_upload_name(self, name: str, filename: str) -> str:
        """The stored name for an upload, refused before its bytes are read when the name alone is wrong."""
        stored = clean_name(filename)
        self._refuse_taken(name, stored)
        return stored

    def add_file(self, name: str, filename: str, staged: Path) -> StoredFile:
        """Move a received file into the collection once its name, size and content pass; then rebuild.

        On refusal (UploadError) the staged file is removed and the collection is unchanged. The content check
        (parsing a PDF or DOCX can take seconds) runs before the library's lock: a slow upload to one course never
        holds up another's."""
        try:
            check_content(staged, self.check_upload_name(name, filename), ReadingLimits.of(self.settings))
            with self._files_lock:
                stored = self.check_upload_name(name, filename)  # again: the name may have been taken meanwhile
                self._check_sizes(name, staged.stat().st_size)
                target = self.collection(name).folder / stored
                try:
                    os.link(staged, target)  # fails if the name appeared meanwhile: never overwrites
                except FileExistsError:
                    raise UploadError(f"{stored}: berkas dengan nama ini sudah ada di koleksi '{name}'.", 409) from None
        finally:
            staged.unlink(missing_ok=True)
        self.builds.request(name)
        st = target.stat()
        return StoredFile(stored, st.st_size, st.st_mtime)

    def remove_file(self, name: str, filename: str) -> None:
        """Delete the file; a build reading it is cancelled, and the collection is rebuilt without it."""
        with self._files_lock:
            stored = clean_name(filename)
            target = self.collection(name).folder / stored
            if target.is_symlink() or not target.is_file():
                raise UploadError(f"Berkas '{stored}' tidak ada di koleksi '{name}'.", status=404)
            target.unlink()
        self.builds.cancel(name)
        self.builds.request(name)

    def _refuse_taken(self, name: str, stored: str) -> None:
        """A name already in this collection (in any letter case) is refused; another course may use the same name."""
        key = stored.casefold()
        if any(f.name.casefold() == key for f in self.files(name)):
            raise UploadError(f"{stored}: berkas dengan nama ini sudah ada di koleksi ini; hapus dulu yang "
                              "lama bila ingin menggantinya.", status=409)

    def _check_sizes(self, name: str, size: int) -> None:
        per_file = self.settings.max_file_mb * 1024 * 1024
        if size > per_file:
            raise UploadError(too_large_message(self.settings.max_file_mb), status=413)
        used = sum(f.size for f in self.files(name))
        limit = self.settings.max_collection_mb * 1024 * 1024
        if used + size > limit:
            raise UploadError(f"Koleksi '{name}' akan melebihi batas {self.settings.max_collection_mb:g} MB "
                              f"(sudah {used / 1024 / 1024:.1f} MB); hapus berkas yang tidak dipakai atau naikkan "
                              "TELUSUR_MAX_COLLECTION_MB.", status=413)

    # ------------------------------------------------------------ building

    def build_state(self, name: str) -> BuildState:
        return self.builds.state(name)

    def status(self, name: str) -> dict:
        """The build's state and progress, and the report of the build now answering."""
        state = self.build_state(name)
        return {"collection": name, **state.to_dict(), "report": self.report(name),
                "files": [f.to_dict() for f in self.files(name)]}

    def report(self, name: str) -> dict | None:
        """The current build's report (documents, pages, passages, cited works, every file), from its folder."""
        return report_of(current_build(self.collection(name).index_dir))

    def rebuild(self, name: str) -> None:
        self.collection(name)
        self.builds.request(name)

    def start(self) -> "Library":
        """Start the build queue; its first look at the folders queues every stale collection (the server is
        listening meanwhile, and collections with an index answer from it)."""
        self.builds.start()
        return self

    def wait(self, name: str, timeout: float = 120.0) -> BuildState:
        """Block until the collection's queued and running builds are over (tests, scripts)."""
        return self.builds.wait(name, timeout)

    def close(self) -> None:
        self.builds.close()

    def watch_once(self) -> None:
        """One look at the folders (the build queue's thread, between builds): removed collections are unloaded,
        builds made by another process are picked up, collections whose files changed are queued."""
        if not self.root.is_dir():  # the whole library was removed: nothing to answer from
            for name in list(self._seen):
                self._seen.pop(name)
                self.unload(name)
                self.builds.forget(name)
            return
        names = set(self.names())
        for gone in set(self._seen) - names:
            self._seen.pop(gone, None)
            self.unload(gone)
            self.builds.forget(gone)
        self.reload_changed()
        for name in sorted(names):
            seen = self._fingerprint(name)
            if seen == self._seen.get(name) or self.builds.busy(name):
                continue
            first = name not in self._seen
            self._seen[name] = seen
            c = self.collection(name)
            if first:
                for left in c.staging_dir.glob("upload-*"):  # uploads cut off by a stopped server: never moved in
                    left.unlink(missing_ok=True)
            if seen and why_rebuild(self.settings_for(name), current_build(c.index_dir)) is not None:
                self.builds.request(name)

    def _fingerprint(self, name: str) -> tuple:
        """The collection's files by name, size and modification time: cheap to compare every few seconds."""
        try:
            return tuple((f.name, f.size, f.modified) for f in self.files(name))
        except (CollectionError, OSError):
            return ()

    def _build(self, name: str, progress) -> float:
        """Build one collection (the queue's worker); a file of it deleted meanwhile cancels the build, which is
        then queued again without it."""
        started, checked = self._fingerprint(name), [time.monotonic()]

        def tick(done: int, total: int) -> None:
            progress(done, total)
            if time.monotonic() - checked[0] > WATCH_SECONDS:
                checked[0] = time.monotonic()
                now = {f[0] for f in self._fingerprint(name)}
                if any(f[0] not in now for f in started):
                    self.builds.request(name)
                    raise BuildCancelled(f"Berkas koleksi '{name}' dihapus saat diindeks; dibangun ulang tanpanya.")

        self._adopt_cache()  # so that the build's pruning may count every collection's needs
        report = build_index(self.settings_for(name), force=True, progress=tick)
        for line in format_file_report(report.to_dict()["files"]):  # what `telusur serve` logs for its corpus
            print(f"telusur: koleksi {name}: {line.strip()}", flush=True)
        with self._lock:
            engine = self._loaded.get(name)
        if engine is not None:
            engine.reload_if_changed()
        print(f"telusur: koleksi {name}: indeks baru dimuat ({report.chunks} bagian teks).", flush=True)
        return report.seconds


class CollectionEngine:
    """A collection's engine as the chat UI sees it: each call goes through the library, so the memory bound holds
    and a rebuilt index answers at once."""

    def __init__(self, library: Library, name: str):
        self.library, self.name = library, name

    def __getattr__(self, attribute):
        return getattr(self.library.engine(self.name), attribute)

    @property
    def title(self) -> str:
        """The collection's title (telusur.toml or its folder name), shown on its chat page."""
        return self.library.collection(self.name).title


def read_title(folder: Path) -> str:
    """The collection's title from telusur.toml (title = "..."), else its folder name."""
    try:
        data = tomllib.loads((folder / CONFIG).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return folder.name
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        print(f"telusur: {folder / CONFIG} tidak terbaca ({exc}); judul koleksi memakai nama folder.", file=sys.stderr)
        return folder.name
    title = data.get("title")
    return " ".join(title.split())[:MAX_TITLE_CHARS] if isinstance(title, str) and title.strip() else folder.name


def report_of(folder: Path | None) -> dict | None:
    """A build's report from its folder: documents, pages, passages, cited works and every file's status."""
    if folder is None:
        return None
    try:
        manifest = read_manifest(folder)
        works = len(json.loads((folder / "works.json").read_text(encoding="utf-8")))
        with open(folder / "documents.jsonl", encoding="utf-8") as lines:
            documents = sum(1 for line in lines if line.strip())
    except (TelusurError, OSError, ValueError):
        return None
    files = manifest.get("report") or [{"path": s["path"], "status": "skipped", "reason": s["reason"]}
                                       for s in manifest.get("skipped", [])]
    pages = sum(f.get("pages") or 0 for f in files if f.get("status") == "indexed" and f.get("format") == "pdf")
    return {"documents": documents, "pages": pages, "chunks": manifest.get("chunks"), "works": works,
            "built_at": manifest.get("built_at"), "files": files}


def too_large_message(max_file_mb: float) -> str:
    return (f"Berkas melebihi batas {max_file_mb:g} MB per berkas (menyandikan teks sebanyak itu butuh berjam-jam "
            "di CPU); pecah dokumennya atau naikkan TELUSUR_MAX_FILE_MB.")


def _shown(text: str, limit: int = 64) -> str:
    clean = "".join(ch if ch.isprintable() else "?" for ch in str(text))
    return clean if len(clean) <= limit else clean[:limit] + "…"
