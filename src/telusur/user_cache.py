"""Files derived from installed data (the e5 runtime's ONNX graph and tokenizer tables, citations rendered by
citeproc-py), kept in the user's cache folder.

Making them costs a process a second (the graph) or tens of milliseconds; reading them back costs milliseconds. Each
file carries its length and CRC-32: one that is missing, cut short or changed is made again and rewritten, so a
damaged cache costs time once and never changes a vector or an answer.
"""

from __future__ import annotations

import functools
import os
import struct
import time
import zlib
from pathlib import Path
from typing import Callable

MAGIC = b"telusur-cache-1\n"
HEADER = struct.Struct("<QI")  # payload length, CRC-32 of the payload


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "telusur"


def cached(name: str, make: Callable[[], bytes]) -> bytes:
    """The bytes kept under name when they are whole, else make()'s, written for the next process."""
    path = cache_folder() / name
    data = read(path)
    if data is None:
        data = make()
        write(path, data)
    return data


def cached_file(name: str, make: Callable[[], bytes]) -> Path | bytes:
    """A file holding make()'s bytes as they are, for a reader that opens it by its path (onnxruntime: no copy of
    13.5 MB through Python), with its length and CRC-32 beside it in name + ".crc"; checked through a memory map
    and made again when they disagree. The bytes themselves when the folder cannot be written.

    A file checked once is not read again while it stays as it was then (see _stamp): the CRC of the graph and the
    tables cost every `telusur ask` 6-7 ms. A write changes the file's ctime, which no one can set back, so a file
    changed in place is checked again even with its size and mtime kept; damage that no write makes (a failing disk)
    is seen by the first check only."""
    path = cache_folder() / name
    check, stamp = path.with_name(path.name + ".crc"), path.with_name(path.name + ".stamp")
    known = read(check)
    if _vouched(path, known, stamp) or _matches(path, known, stamp):
        return path
    data = make()
    _replace(path, data)  # the data first: between the two, a reader finds them disagree and makes it again
    write(check, HEADER.pack(len(data), zlib.crc32(data)))
    return path if _matches(path, read(check), stamp) else data


def _vouched(path: Path, check: bytes | None, stamp: Path) -> bool:
    """The file is as it was when its check last matched (the stamp _matches wrote then)."""
    if check is None or len(check) != HEADER.size:
        return False
    now = _stamp(os.stat, path, check)
    return now is not None and read(stamp) == now


SETTLED_NS = 2_000_000_000  # a file changed this recently is not stamped: its times may not yet tell a next write


def _stamp(stat, file, check: bytes) -> bytes | None:
    """What vouches for a checked file: its check and its settled_stamp (stat of a path or of a descriptor)."""
    try:
        settled = settled_stamp(stat(file))
    except OSError:
        return None
    return None if settled is None else check + settled.encode()


def settled_stamp(s: os.stat_result) -> str | None:
    """A file's size, mtime, ctime, inode and device as text, or None when it changed in the last SETTLED_NS: its
    times, a clock tick coarse, might then equal those of a write still to come."""
    if _now_ns() - max(s.st_mtime_ns, s.st_ctime_ns) < SETTLED_NS:
        return None
    return f"{s.st_size}|{s.st_mtime_ns}|{s.st_ctime_ns}|{s.st_ino}|{s.st_dev}"


def _now_ns() -> int:
    return time.time_ns()


KEPT_VERSIONS = 3  # of one kind of file: this code's and the two used last (two versions run side by side keep theirs)


def prune(kind: str, key: str, keep: int = KEPT_VERSIONS) -> None:
    """Remove the files of older versions of one kind ("e5": kind-KEY.onnx, .onnx.crc, .tokenizer.npz, ...): all but
    key's and those of the keep - 1 other keys written last. Each version of the code or of the model names its own
    files (18 MB for e5), so without this the folder grows with every version ever run."""
    import re

    pattern = re.compile(rf"{re.escape(kind)}-([0-9a-f]{{16}})\.")
    versions: dict[str, list[Path]] = {}
    try:
        for path in cache_folder().iterdir():
            found = pattern.match(path.name)
            if found:
                versions.setdefault(found.group(1), []).append(path)
    except OSError:
        return
    newest = lambda k: max((_mtime(p) for p in versions[k]), default=0)  # noqa: E731
    others = sorted((k for k in versions if k != key), key=newest, reverse=True)
    for old in others[max(keep - 1, 0):]:
        for path in versions[old]:
            try:
                path.unlink()
            except OSError:
                pass


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _matches(path: Path, check: bytes | None, stamp: Path | None = None) -> bool:
    """The file has the length and CRC-32 of check; when it has, and stamp is given, the file's stamp is written there
    (from the descriptor that was read: a file replaced meanwhile is not vouched for)."""
    import mmap

    if check is None or len(check) != HEADER.size:
        return False
    length, crc = HEADER.unpack(check)
    try:
        with open(path, "rb") as f:
            if os.fstat(f.fileno()).st_size != length or length == 0:
                return False
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                if zlib.crc32(mapped) != crc:
                    return False
            vouched = _stamp(os.fstat, f.fileno(), check) if stamp is not None else None
    except (OSError, ValueError):
        return False
    if vouched is not None:
        write(stamp, vouched)
    return True


def _replace(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass


def read(path: Path) -> bytes | None:
    """The payload, or None when the file is missing, unreadable or not exactly what write() wrote."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    start = len(MAGIC) + HEADER.size
    if len(raw) < start or not raw.startswith(MAGIC):
        return None
    length, crc = HEADER.unpack_from(raw, len(MAGIC))
    payload = raw[start:]
    if len(payload) != length or zlib.crc32(payload) != crc:
        return None
    return payload


def write(path: Path, data: bytes) -> None:
    """Written whole or not at all; a folder that cannot be written only costs the next process the making."""
    _replace(path, MAGIC + HEADER.pack(len(data), zlib.crc32(data)) + data)


class Memo:
    """A table of text -> text kept in the user's cache folder, for a pure function of installed code: the file is
    named by the hash of the module that computes the values and of the installed packages' files (sizes and times:
    pip rewrites them on every install), so other code or another version reads another file. New values are
    written when the process ends, merged into the file as it is then (another process may have written since); a
    damaged file is an empty table.

    The file is one line per entry, `"key"<TAB>"value"` (each JSON-encoded, so neither holds a tab or a newline),
    sorted: a process looks up the few keys it needs by bisection instead of parsing the whole table (the stems
    and citations tables of a heavy user, 10-20 thousand entries, took 5-10 ms of JSON per `telusur ask`)."""

    MAX_ENTRIES = 20_000
    SUFFIX = ".tsv"  # was one JSON object (".json")

    def __init__(self, name: str, module_file: str, packages: tuple[tuple[str, bool], ...],
                 max_entries: int = MAX_ENTRIES):
        import threading

        self.name, self.module_file, self.packages = name, module_file, packages  # (package, its subfolders too)
        self.MAX_ENTRIES = max_entries
        self._lock = threading.Lock()
        self._table: list[str] | None = None  # the file's sorted lines, read on the first get
        self._new: dict[str, str] = {}  # values made by this process, not yet saved
        self._path: Path | None | bool = None  # False: the code that names the table cannot be read

    def get(self, key: str, make: Callable[[], str]) -> str:
        with self._lock:
            if self._table is None:
                self._table = self._load()
            value = self._new.get(key)
            if value is None:
                value = _find(self._table, key)
        if value is None:
            value = make()
            with self._lock:
                if len(self._new) >= self.MAX_ENTRIES:  # a long-running server's: bounded, as the table is
                    self._new.clear()
                self._new[key] = value
                if len(self._new) == 1:
                    import atexit

                    atexit.register(self.save)
        return value

    def save(self) -> None:
        with self._lock:
            if not self._new:
                return
            path = self.path()
            if path is None:  # no table for this process: its values were made each time they were asked
                self._new = {}
                return
            if not path.exists():  # a new version of the code or packages: older versions' tables go
                prune(self.name, path.stem.rsplit("-", 1)[1])
                _remove(path.with_suffix(".json"))  # this version's table in the old format
            lines = self._lines(path)
            if len(lines) + len(self._new) > self.MAX_ENTRIES:
                lines = []  # a table grown past its bound starts again from this process's values
            # merged as lines, by their encoded keys (parsing 20,000 entries back cost 50 ms of a process's exit)
            table = {line.partition("\t")[0]: line for line in lines if line}
            table.update((_encoded(k), f"{_encoded(k)}\t{_encoded(v)}") for k, v in self._new.items())
            write(path, "\n".join(sorted(table.values())).encode("utf-8"))
            self._table, self._new = None, {}

    def _load(self) -> list[str]:
        path = self.path()
        return self._lines(path) if path is not None else []

    @staticmethod
    def _lines(path: Path) -> list[str]:
        data = read(path)
        if not data:
            return []
        try:
            return data.decode("utf-8").split("\n")  # whole (its CRC-32 matched), so as save sorted them
        except UnicodeDecodeError:
            return []

    def path(self) -> Path | None:
        """The table's file, or None when the code that names it cannot be read (a clone in a folder its user
        cannot open, a package file gone since the import): the process then makes every value, as with no cache."""
        if self._path is None:
            import hashlib

            try:
                with open(self.module_file, "rb") as code:
                    made = hashlib.sha256(code.read())
                for package, deep in self.packages:
                    made.update(_installed(package, deep))
            except OSError:
                self._path = False
            else:
                self._path = cache_folder() / f"{self.name}-{made.hexdigest()[:16]}{self.SUFFIX}"
        return self._path or None


@functools.lru_cache(maxsize=None)
def _installed(package: str, deep: bool) -> bytes:
    """The installed package's files with their sizes and times (its subfolders' too when deep), once per process:
    two memos over Sastrawi walk its 78 files once."""
    from importlib.util import find_spec

    spec = find_spec(package)
    if spec is None or spec.origin is None:
        return b""
    out = []
    for folder, subfolders, files in os.walk(os.path.dirname(spec.origin)):
        subfolders[:] = sorted(s for s in subfolders if s != "__pycache__") if deep else []
        for path in sorted(os.path.join(folder, f) for f in files):
            stat = os.stat(path)
            out.append(f"{path}|{stat.st_size}|{stat.st_mtime_ns}\n")
    return "".join(out).encode()


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _find(lines: list[str], key: str) -> str | None:
    """The value of key in a Memo file's sorted lines, or None."""
    import json
    from bisect import bisect_left

    head = _encoded(key) + "\t"  # no other line begins so: an encoded key ends at its quote
    at = bisect_left(lines, head)
    if at == len(lines) or not lines[at].startswith(head):
        return None
    try:
        value = json.loads(lines[at][len(head):])
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def _encoded(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)
