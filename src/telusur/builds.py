"""One build queue for all the collections of a library: one worker thread (two cores: one build at a time), a state
per collection, fair (a collection waits once, in the order asked; asked again while building, it goes to the back),
and cancellable (a build stops at its next progress tick). Between builds the same thread calls `watch`, which
looks at the folders; so a library runs one thread besides the server. A course served alone (`telusur serve`)
is watched by the same queue (CorpusWatch)."""

from __future__ import annotations

import threading
import time
import traceback
from typing import Callable

from .errors import TelusurError

WATCH_SECONDS = 5.0


class BuildCancelled(TelusurError):
    """A build stopped on purpose (its file deleted, the server closing)."""


class BuildState:
    """What a collection's build is doing: idle, waiting (queued), building or failed."""

    def __init__(self):
        self.state, self.done, self.total, self.error = "idle", 0, 0, None
        self.started = self.finished = None
        self.seconds: float | None = None  # how long the last build made in this process took

    def to_dict(self) -> dict:
        return {"state": self.state, "encoded": self.done, "total": self.total, "error": self.error,
                "started": self.started, "finished": self.finished, "seconds": self.seconds}


class BuildQueue:
    """build(name, progress) runs one collection's build; progress(done, total) raises BuildCancelled once the
    build was cancelled. watch() runs every `every` seconds while nothing is building (and once at start)."""

    def __init__(self, build: Callable[[str, Callable[[int, int], None]], float | None],
                 watch: Callable[[], None] | None = None, every: float = WATCH_SECONDS):
        self._build, self._watch, self.every = build, watch, every
        self._cond = threading.Condition()
        self._waiting: list[str] = []
        self._states: dict[str, BuildState] = {}
        self._running: str | None = None
        self._cancelled = False
        self._closed = False
        self._thread: threading.Thread | None = None

    def start(self) -> "BuildQueue":
        with self._cond:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="telusur-builds", daemon=True)
                self._thread.start()
        return self

    def state(self, name: str) -> BuildState:
        with self._cond:
            return self._states.setdefault(name, BuildState())

    def request(self, name: str) -> None:
        """Build the collection once more: queued at the back unless already waiting."""
        with self._cond:
            state = self._states.setdefault(name, BuildState())
            if name not in self._waiting:
                self._waiting.append(name)
            if state.state != "building":
                state.state = "waiting"
            self._cond.notify_all()
        self.start()

    def cancel(self, name: str) -> None:
        """Stop the collection's running build (at its next tick) and take it off the queue."""
        with self._cond:
            if name in self._waiting:
                self._waiting.remove(name)
            if self._running == name:
                self._cancelled = True
            elif name in self._states:
                self._states[name].state = "idle"
            self._cond.notify_all()

    def forget(self, name: str) -> None:
        """The collection is gone: no build, no state."""
        self.cancel(name)
        with self._cond:
            if self._running != name:
                self._states.pop(name, None)

    def busy(self, name: str) -> bool:
        with self._cond:
            return name in self._waiting or self._running == name

    def wait(self, name: str, timeout: float = 120.0) -> BuildState:
        """Block until the collection's queued and running builds are over (tests, scripts)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while name in self._waiting or self._running == name:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"build of {name} still running")
                self._cond.wait(left)
            return self._states.setdefault(name, BuildState())

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cancelled = self._running is not None
            self._cond.notify_all()

    def _work(self) -> None:
        watched = 0.0
        while True:
            with self._cond:
                if not self._waiting and time.monotonic() - watched < self.every:
                    self._cond.wait(self.every)
                if self._closed:
                    return
                name = self._waiting.pop(0) if self._waiting else None
                if name is not None:
                    state = self._states.setdefault(name, BuildState())
                    state.state, state.done, state.total, state.error = "building", 0, 0, None
                    state.started, state.finished = _now(), None
                    self._running, self._cancelled = name, False
            if name is None:
                watched = time.monotonic()
                self._run_watch()
            else:
                self._run(name, state)

    def _run(self, name: str, state: BuildState) -> None:
        def progress(done: int, total: int) -> None:
            if self._cancelled:
                raise BuildCancelled(f"Pembangunan indeks koleksi '{name}' dibatalkan.")
            if total:
                state.done, state.total = done, total

        outcome, error = "idle", None
        try:
            seconds = self._build(name, progress)
            state.seconds = None if seconds is None else round(seconds, 1)
        except BuildCancelled:
            pass
        except TelusurError as exc:  # e.g. the last file was removed: the old index keeps answering
            outcome, error = "failed", str(exc)
            print(f"telusur: koleksi {name}: gagal diindeks, indeks lama tetap dipakai: {exc}", flush=True)
        except Exception as exc:  # a bug must not kill the worker: say so on the admin page and in the terminal
            outcome, error = "failed", f"Kesalahan tak terduga saat membangun indeks: {exc!r}"
            traceback.print_exc()
        with self._cond:
            self._running = None
            state.finished, state.error = _now(), error
            state.state = "waiting" if name in self._waiting else outcome
            self._cond.notify_all()

    def _run_watch(self) -> None:
        if self._watch is None:
            return
        try:
            self._watch()
        except Exception:  # a folder vanishing mid-look, a bug: the next look tries again
            traceback.print_exc()


class CorpusWatch:
    """One course served alone: the library's queue and thread, watching one corpus. Between builds it switches the
    engine to a build made elsewhere (`telusur build`) and, when the corpus's files change (added, removed, edited),
    builds again; students are answered from the old index until the new one is whole."""

    def __init__(self, engine, every: float = WATCH_SECONDS, log=print):
        self.engine, self.settings, self.log = engine, engine.settings, log
        self.queue = BuildQueue(self._build, self._look, every)
        self._seen = self._fingerprint()  # the corpus the engine was opened on (serve builds just before)

    def start(self) -> "CorpusWatch":
        self.queue.start()
        return self

    def close(self) -> None:
        self.queue.close()

    def _look(self) -> None:
        self._reload()
        seen = self._fingerprint()
        if seen != self._seen:
            self._seen = seen
            self.queue.request("korpus")

    def _build(self, _name: str, progress) -> float | None:
        from .index import build_index, format_file_report

        report = build_index(self.settings, progress=progress)  # None when the corpus is back as it was built
        if report is None:
            return None
        for line in format_file_report(report.to_dict()["files"]):
            self.log(f"telusur: {line.strip()}")
        self._reload()
        return report.seconds

    def _reload(self) -> None:
        try:
            if self.engine.reload_if_changed():
                self.log(f"telusur: indeks baru dimuat ({len(self.engine.index.chunks)} bagian teks).")
        except TelusurError as exc:  # a broken new build: keep serving the old one
            self.log(f"telusur: indeks baru tidak bisa dimuat, yang lama tetap dipakai: {exc}")

    def _fingerprint(self) -> tuple:
        """The corpus's files by path, size and modification time: cheap to compare every few seconds."""
        from .documents import corpus_files

        try:
            files = corpus_files(self.settings.corpus_dir(), self.settings.index_dir())
        except TelusurError:  # the folder is gone: keep answering from the index that exists
            return ()
        seen = []
        for path in files:
            try:
                stat = path.stat()
            except OSError:
                continue
            seen.append((str(path), stat.st_size, stat.st_mtime_ns))
        return tuple(seen)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")
