"""Files derived from installed data (the e5 runtime's ONNX graph and tokenizer tables, citations rendered by
citeproc-py), kept in the user's cache folder.

Making them costs a process a second (the graph) or tens of milliseconds; reading them back costs milliseconds. Each
file carries its length and CRC-32: one that is missing, cut short or changed is made again and rewritten, so a
damaged cache costs time once and never changes a vector or an answer.
"""

from __future__ import annotations

import os
import struct
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
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(MAGIC + HEADER.pack(len(data), zlib.crc32(data)) + data)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
