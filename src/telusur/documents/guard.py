"""Each file read in a worker process under a time and memory limit: a reader that hangs or runs away (an endless
loop, a pathological regex, a C library that never returns) fails its own file, and the build goes on.

Python threads cannot be stopped, so the work runs in a forked process, one per build and reused from file to
file (bench: forking once costs milliseconds, one per file would cost more than reading a short text); a file over
a limit kills the worker and the next file gets a fresh one. Fork, not spawn: the child has the readers as the
parent holds them (with their caches and any test's monkeypatch), and nothing but the results is pickled."""

from __future__ import annotations

import faulthandler
import logging
import os
import select
import signal
import sys
import threading
from multiprocessing.connection import Connection, Pipe
from pathlib import Path
from typing import Callable

from ..limits import ReadingLimits, stopped_reason, time_reason

log = logging.getLogger(__name__)
Read = Callable[[Path, str], tuple]  # (path, rel) -> (FileReport, Document | None, what prepare made)


def can_guard() -> bool:
    return hasattr(os, "fork") and sys.platform.startswith("linux")


class GuardedReader:
    """read(path, rel) run in a worker; a file past limits.read_seconds or limits.read_memory_mb fails alone."""

    def __init__(self, read: Read, limits: ReadingLimits):
        self._read, self._limits = read, limits
        self._pid: int | None = None
        self._conn: Connection | None = None
        self._unguarded = False  # no worker would get ready: the rest of the build reads in this process

    def __call__(self, path: Path, rel: str) -> tuple:
        from . import FileReport, _format_of

        if self._unguarded:
            return self._read(path, rel)
        if self._pid is None:
            try:
                self._start()
            except OSError:  # no worker would start: read in this process, without the limits, rather than not at
                self._unguarded = True  # all, and without trying again (and waiting again) for every file
                return self._read(path, rel)
        try:
            self._conn.send((path, rel))
            if self._conn.poll(self._limits.read_seconds):
                return self._conn.recv()
            reason = time_reason(rel, self._limits)
        except (EOFError, OSError):  # the worker died on this file (a crash in C code, the kernel's OOM killer)
            reason = None
        status = self._stop()
        if reason is None:
            reason = stopped_reason(rel, status)
        log.warning("%s", reason)
        return FileReport(rel, "failed", _format_of(rel), reason=reason), None, None

    def close(self) -> None:
        """Stop the idle worker; it is reaped in the background (its exit takes milliseconds a build need not wait)."""
        if self._pid is not None:
            pid, self._pid = self._pid, None
            self._conn.close()
            self._conn = None
            os.kill(pid, signal.SIGKILL)  # it waits for the next file and holds nothing worth a clean exit
            threading.Thread(target=_reap, args=(pid, None), name="telusur-reap", daemon=True).start()

    def _start(self) -> None:
        """Fork the worker and wait for it to say it is ready. A child forked from a process with other threads (a
        server) can inherit a lock another thread held at that moment and wait on it for ever: it never gets ready,
        and each file would wait out the whole reading limit. Such a worker is killed and forked again."""
        _preload()
        for _ in range(READY_TRIES):
            parent_end, child_end = Pipe()
            parent = os.getpid()
            pid = os.fork()
            if pid == 0:  # the worker: never returns into the caller's code
                code = 1
                try:
                    parent_end.close()
                    _serve(child_end, self._read, self._limits.read_memory_mb, parent)
                    code = 0
                finally:
                    os._exit(code)
            child_end.close()
            self._pid, self._conn = pid, parent_end
            try:
                if parent_end.poll(READY_SECONDS) and parent_end.recv() == READY:
                    return
            except (EOFError, OSError):
                pass
            log.warning("pekerja pembaca berkas tidak siap dalam %g detik; dimulai ulang", READY_SECONDS)
            self._stop()
        raise OSError("the reading worker never got ready")

    def _stop(self) -> int | None:
        """Kill the worker (it hangs, or it died): its exit status, negative for a signal."""
        pid, self._pid = self._pid, None
        self._conn.close()
        self._conn = None
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        return _reap(pid, timeout=None)


READY = "ready"
READY_SECONDS = 15.0  # a worker forks in milliseconds; one not ready by then is stuck
READY_TRIES = 3


def _preload() -> None:
    """Import in the parent what the worker imports, so that it imports nothing itself: a module another thread of
    the parent was importing at the fork would stay locked in the child. The readers are imported lazily otherwise."""
    import ctypes  # noqa: F401  (_die_with)
    import importlib
    import resource  # noqa: F401  (_cap_memory)

    from . import READERS

    for module in sorted(set(READERS.values())):
        importlib.import_module(f"{__package__}.{module}")


def _serve(conn: Connection, read: Read, memory_mb: float, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops this worker
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    faulthandler.disable()  # a crash here is this file's, reported in one line by the parent, not a stack dump
    _die_with(parent)
    _cap_memory(memory_mb)
    conn.send(READY)
    while True:
        try:
            path, rel = conn.recv()
        except EOFError:
            return
        result = read(path, rel)
        try:
            conn.send(result)
        except Exception as exc:  # noqa: BLE001 - a result that cannot be pickled fails its file, not the build
            from . import FileReport, _format_of, failure_reason

            conn.send((FileReport(rel, "failed", _format_of(rel), reason=failure_reason(rel, exc)), None, None))


def _die_with(parent: int) -> None:
    """The worker goes when the build process goes (killed with SIGKILL, say), not later, holding its files."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(0)


def _cap_memory(memory_mb: float) -> None:
    """Memory the worker may take on top of what it shares with the parent at fork: RLIMIT_DATA counts the heap and
    private writable mappings, not the address space a library merely reserves (PDFium reserves gigabytes)."""
    try:
        import resource

        with open("/proc/self/status", encoding="ascii") as status:
            held = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmData:"))
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        cap = held + int(memory_mb * 1024 * 1024)
        resource.setrlimit(resource.RLIMIT_DATA, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
    except (ImportError, OSError, ValueError, StopIteration):
        pass


def _reap(pid: int, timeout: float | None) -> int | None:
    """waitpid, for at most timeout seconds (None: until it is gone); the exit status, negative for a signal."""
    if timeout is not None:
        try:
            fd = os.pidfd_open(pid)
        except (AttributeError, OSError):
            fd = None
        if fd is not None:
            try:
                if not select.select([fd], [], [], timeout)[0]:
                    os.kill(pid, signal.SIGKILL)
            finally:
                os.close(fd)
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return None
    return os.waitstatus_to_exitcode(status)
