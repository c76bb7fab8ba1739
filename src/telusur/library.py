"""Library: named collections (courses), each a folder of texts with its own index, loaded on first use.

    library/
      hukum-tata-negara/            a collection: the lecturer's files, plus an optional telusur.toml (title = "...")
        bab-1.pdf  catatan.md
        .telusur/index/             its index (hidden: the corpus reader skips dot-folders)
        .telusur/uploads/           uploads being received, moved in only once checked

All collections share one encoder (embeddings.load_encoder keeps one per process); at most
`settings.max_loaded_collections` indexes stay in memory, the least recently used let go first. Changing a
collection's files rebuilds it in a background thread while the loaded index keeps answering.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import time
import tomllib
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from .engine import Telusur
from .errors import TelusurError
from .index import build_index, current_build, read_manifest
from .settings import Settings
from .uploads import UploadError, check_content, clean_name

NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
STATE_DIR = ".telusur"
CONFIG = "telusur.toml"
MAX_TITLE_CHARS = 120
WATCH_SECONDS = 5.0  # how often loaded collections look for a build made by another process (telusur build)


class CollectionError(TelusurError):
    """A collection that does not exist, cannot answer yet, or cannot be created. status: the HTTP status."""

    def __init__(self, message: str, status: int = 404):
        super().__init__(message)
        self.status = status


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


class BuildState:
    """What a collection's background build is doing: idle, waiting (queued), building or failed."""

    def __init__(self):
        self.state, self.done, self.total, self.error = "idle", 0, 0, None
        self.started = self.finished = None
        self.pins = 0  # engines kept loaded for this build, released when it is over
        self.seconds: float | None = None  # how long the last build made in this process took

    def to_dict(self) -> dict:
        return {"state": self.state, "encoded": self.done, "total": self.total, "error": self.error,
                "started": self.started,
                "finished": self.finished, "seconds": self.seconds}


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
        self._lock = threading.RLock()  # the loaded engines, pins and build states
        self._files_lock = threading.Lock()  # adding, removing and creating: one change at a time
        self._loaded: OrderedDict[str, Telusur] = OrderedDict()
        self._loading: dict[str, threading.Lock] = {}
        self._pinned: dict[str, int] = {}
        self._builds: dict[str, BuildState] = {}
        self._queue: list[str] = []
        self._wake = threading.Condition(self._lock)
        self._worker: threading.Thread | None = None
        self._closed = threading.Event()

    # ------------------------------------------------------------ collections

    def names(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and valid_name(p.name))

    def collections(self) -> list[Collection]:
        return [self.collection(n) for n in self.names()]

    def collection(self, name: str) -> Collection:
        folder = self.root / name if valid_name(name) else None
        if folder is None or not folder.is_dir():
            raise CollectionError(f"Koleksi '{_shown(name)}' tidak ada; daftar koleksi ada di /api/collections.")
        return Collection(name, read_title(folder), folder)

    def settings_for(self, name: str) -> Settings:
        c = self.collection(name)
        return self.settings.with_(corpus=c.folder, index=c.index_dir)

    def create(self, name: str, title: str | None = None) -> Collection:
        """A new, empty collection folder (with telusur.toml when a title is given)."""
        if not valid_name(name):
            raise CollectionError(f"Nama koleksi '{_shown(name)}' tidak sah: pakai huruf kecil, angka, - atau _ "
                                  "(maks. 63 karakter, diawali huruf atau angka), mis. hukum-pidana.", status=400)
        title = " ".join((title or "").split())[:MAX_TITLE_CHARS]
        with self._files_lock:
            folder = self.root / name
            try:
                folder.mkdir()
            except FileExistsError:
                raise CollectionError(f"Koleksi '{name}' sudah ada: pilih nama lain.", status=409) from None
            if title:
                (folder / CONFIG).write_text(f"title = {json.dumps(title, ensure_ascii=False)}\n", encoding="utf-8")
        return self.collection(name)

    def describe(self, name: str) -> dict:
        """What /api/collections shows of a collection."""
        c = self.collection(name)
        folder = current_build(c.index_dir)
        return {"name": c.name, "title": c.title, "files": len(self.files(name)), "ready": folder is not None,
                "loaded": name in self._loaded, "build": self.build_state(name).state}

    # ------------------------------------------------------------ engines

    def engine(self, name: str) -> Telusur:
        """The collection's engine, loaded on first use; the least recently used is let go beyond the bound."""
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
                self._evict()
            return engine

    def _load(self, name: str) -> Telusur:
        c = self.collection(name)
        if current_build(c.index_dir) is None:
            if self.build_state(name).state in ("waiting", "building"):
                raise CollectionError(f"Koleksi '{name}' sedang diindeks untuk pertama kali; coba lagi sebentar lagi.",
                                      status=503)
            if not self.files(name):
                raise CollectionError(f"Koleksi '{name}' belum berisi teks: dosen dapat mengunggah berkas di "
                                      f"/c/{name}/admin.", status=503)
        return Telusur(self.settings_for(name), fresh=False)  # a stale index serves while the new one builds

    def _evict(self) -> None:
        bound = max(1, self.settings.max_loaded_collections)
        for old in list(self._loaded)[:-1]:  # never the one just used
            if len(self._loaded) <= bound:
                break
            if not self._pinned.get(old):  # a collection being rebuilt keeps answering from memory
                del self._loaded[old]

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

        On refusal (UploadError) the staged file is removed and the collection is unchanged."""
        try:
            with self._files_lock:
                stored = self.check_upload_name(name, filename)
                self._check_sizes(name, staged.stat().st_size)
                check_content(staged, stored)
                target = self.collection(name).folder / stored
                self._pin(name)  # load the old index first: it answers until the new one is whole
                try:
                    os.link(staged, target)  # fails if the name appeared meanwhile: never overwrites
                except FileExistsError:
                    self._unpin(name)
                    raise UploadError(f"{stored}: berkas dengan nama ini sudah ada di koleksi '{name}'.", 409) from None
                self._queue_build(name, pinned=True)
        finally:
            staged.unlink(missing_ok=True)
        st = target.stat()
        return StoredFile(stored, st.st_size, st.st_mtime)

    def remove_file(self, name: str, filename: str) -> None:
        with self._files_lock:
            stored = clean_name(filename)
            target = self.collection(name).folder / stored
            if target.is_symlink() or not target.is_file():
                raise UploadError(f"Berkas '{stored}' tidak ada di koleksi '{name}'.", status=404)
            self._pin(name)
            target.unlink()
            self._queue_build(name, pinned=True)

    def _refuse_taken(self, name: str, stored: str) -> None:
        key = stored.casefold()
        for other in self.names():
            if any(f.name.casefold() == key for f in self.files(other)):
                if other == name:
                    raise UploadError(f"{stored}: berkas dengan nama ini sudah ada di koleksi ini; hapus dulu yang "
                                      "lama bila ingin menggantinya.", status=409)
                raise UploadError(f"{stored}: berkas dengan nama ini sudah ada di koleksi '{other}'. Bila ini "
                                  "teks yang sama, koleksi yang dituju mungkin keliru; bila teks lain, ganti "
                                  "nama berkasnya lalu unggah lagi.", status=409)

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
        with self._lock:
            return self._builds.setdefault(name, BuildState())

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
        self._queue_build(name)

    def build_stale(self, log=None, background: bool = False) -> None:
        """Build every collection whose index is missing or stale (at server start), in this thread; with
        background, a collection with no index yet is queued instead (it answers 503 until built), so a new
        library of many courses starts serving at once."""
        from .index import why_rebuild

        for c in self.collections():
            for left in c.staging_dir.glob("upload-*"):  # uploads cut off by a stopped server: never moved in
                left.unlink(missing_ok=True)
            settings = self.settings_for(c.name)
            reason = why_rebuild(settings, current_build(c.index_dir))
            if reason is None or not self.files(c.name):
                continue
            if background and current_build(c.index_dir) is None:
                if log:
                    log(f"koleksi {c.name}: diindeks di latar belakang ({reason})")
                self._queue_build(c.name)
                continue
            if log:
                log(f"koleksi {c.name}: membangun indeks ({reason})")
            try:
                build_index(settings, force=True)
            except TelusurError as exc:
                self.build_state(c.name).state, self.build_state(c.name).error = "failed", str(exc)
                if log:
                    log(f"koleksi {c.name}: gagal diindeks: {exc}")

    def wait(self, name: str, timeout: float = 120.0) -> BuildState:
        """Block until the collection's queued and running builds are over (tests, scripts)."""
        deadline = time.monotonic() + timeout
        with self._wake:
            while name in self._queue or self.build_state(name).state == "building":
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"build of {name} still running")
                self._wake.wait(left)
            return self.build_state(name)

    def watch(self, every: float = WATCH_SECONDS) -> None:
        """In a thread: switch loaded collections to builds made by another process, until close()."""
        def run():
            while not self._closed.wait(every):
                try:
                    for name in self.reload_changed():
                        print(f"telusur: koleksi {name}: indeks baru dimuat.", flush=True)
                except TelusurError as exc:  # a broken new build: the old one keeps serving
                    print(f"telusur: indeks baru tidak bisa dimuat, yang lama tetap dipakai: {exc}", flush=True)

        threading.Thread(target=run, name="telusur-library-watch", daemon=True).start()

    def close(self) -> None:
        self._closed.set()
        with self._wake:
            self._wake.notify_all()

    def _pin(self, name: str) -> None:
        """Keep the collection's current engine loaded (when it has an index) until its rebuild is done."""
        with self._lock:
            self._pinned[name] = self._pinned.get(name, 0) + 1
        try:
            if current_build(self.collection(name).index_dir) is not None:
                self.engine(name)
        except TelusurError as exc:
            print(f"telusur: koleksi {name}: indeks lama tidak dapat dimuat: {exc}", file=sys.stderr, flush=True)

    def _unpin(self, name: str) -> None:
        with self._lock:
            self._pinned[name] = max(0, self._pinned.get(name, 0) - 1)
            if not self._pinned[name]:
                self._evict()

    def _queue_build(self, name: str, pinned: bool = False) -> None:
        with self._wake:
            state = self.build_state(name)
            if pinned:
                state.pins += 1
            if name not in self._queue:
                self._queue.append(name)
            if state.state != "building":
                state.state = "waiting"
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name="telusur-library-build", daemon=True)
                self._worker.start()
            self._wake.notify_all()

    def _work(self) -> None:
        """One build at a time (two cores): each queued collection, rebuilt whole, then swapped in."""
        while not self._closed.is_set():
            with self._wake:
                while not self._queue and not self._closed.is_set():
                    self._wake.wait(WATCH_SECONDS)
                if not self._queue:
                    continue
                name = self._queue.pop(0)
                state = self.build_state(name)
                pins, state.pins = state.pins, 0
                state.state, state.done, state.total, state.error = "building", 0, 0, None
                state.started, state.finished = _now(), None
            try:
                self._build(name, state)
            finally:
                for _ in range(pins):
                    self._unpin(name)
                with self._wake:
                    state.finished = _now()
                    if state.state == "building":
                        state.state = "waiting" if name in self._queue else "idle"
                    self._wake.notify_all()

    def _build(self, name: str, state: BuildState) -> None:
        def tick(done: int, total: int) -> None:
            state.done, state.total = done, total

        try:
            report = build_index(self.settings_for(name), force=True, progress=tick)
            state.seconds = round(report.seconds, 1)
            with self._lock:
                engine = self._loaded.get(name)
            if engine is not None:
                engine.reload_if_changed()
            print(f"telusur: koleksi {name}: indeks baru dimuat ({report.chunks} bagian teks).", flush=True)
        except TelusurError as exc:  # e.g. the last file was removed: the old index keeps answering
            state.state, state.error = "failed", str(exc)
            print(f"telusur: koleksi {name}: gagal diindeks, indeks lama tetap dipakai: {exc}", flush=True)
        except Exception as exc:  # a bug must not kill the worker: say so on the page and in the terminal
            state.state, state.error = "failed", f"Kesalahan tak terduga saat membangun indeks: {exc!r}"
            import traceback

            traceback.print_exc()


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


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def _shown(text: str, limit: int = 64) -> str:
    clean = "".join(ch if ch.isprintable() else "?" for ch in str(text))
    return clean if len(clean) <= limit else clean[:limit] + "…"
