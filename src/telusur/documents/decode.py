"""Bytes to clean text: encodings, line endings, control characters, blog boilerplate; titles from text or names."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..errors import CorpusError

# Blog export boilerplate: the first names the post, so it also gives the title.
_RESPONSE_LINE = re.compile(r'^\s*\d+\s+(?:Responses?|Comments?|Tanggapan|Komentar)\s+(?:to|untuk)\s+["“](.+?)["”]\s*$', re.I)
_BOILERPLATE_LINES = re.compile(
    r"^\s*(?:Post a Comment|Posting Komentar|Newer Post|Older Post|Posting Lebih Baru|Posting Lama|"
    r"Subscribe to:.*|Berlangganan:.*|Share this:?|Bagikan:?|Labels?:.*|Label:.*)\s*$",
    re.I,
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")


def decode_bytes(raw: bytes, rel: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252, or a detected encoding; binary is refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise CorpusError(f"{rel}: teks UTF-16 ini terpotong atau rusak; simpan ulang berkas sebagai UTF-8.") from None
    if b"\x00" in raw[:4096]:
        raise CorpusError(f"{rel}: tampaknya berkas biner, bukan teks; hapus dari folder korpus.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Indonesian is written in Latin script: a legacy file is almost always Windows-1252.
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise CorpusError(f"{rel}: penyandian teks tidak dikenali; simpan ulang berkas sebagai UTF-8.")
    return str(best)


def normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    # Control characters other than newline and tab carry no meaning and break display.
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


def strip_boilerplate(text: str) -> tuple[str, str | None]:
    kept, title = [], None
    for line in text.split("\n"):
        m = _RESPONSE_LINE.match(line)
        if m:
            title = title or m.group(1).strip()
            continue
        if _BOILERPLATE_LINES.match(line):
            continue
        kept.append(line)
    return "\n".join(kept).strip("\n") + "\n", title


def title_from_text(text: str) -> str | None:
    for line in text.split("\n")[:5]:
        m = _MD_HEADING.match(line)
        if m:
            return m.group(1).strip()
    return None


def title_from_name(path: Path) -> str:
    words = re.split(r"[-_\s]+", path.stem)
    return " ".join(w[:1].upper() + w[1:] for w in words if w)
