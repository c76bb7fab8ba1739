"""Reading the corpus folder: .txt and .md files -> clean Documents, with a clear reason for every file skipped."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError

SUFFIXES = (".txt", ".md")
# Blog export boilerplate: the first names the post, so it also gives the title.
_RESPONSE_LINE = re.compile(r'^\s*\d+\s+(?:Responses?|Comments?|Tanggapan|Komentar)\s+(?:to|untuk)\s+["“](.+?)["”]\s*$', re.I)
_BOILERPLATE_LINES = re.compile(
    r"^\s*(?:Post a Comment|Posting Komentar|Newer Post|Older Post|Posting Lebih Baru|Posting Lama|"
    r"Subscribe to:.*|Berlangganan:.*|Share this:?|Bagikan:?|Labels?:.*|Label:.*)\s*$",
    re.I,
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class Document:
    path: str  # relative to the corpus folder, with forward slashes
    title: str
    text: str  # NFC, LF line ends, boilerplate removed
    sha256: str  # of the file's bytes


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str  # Indonesian, names what to do


@dataclass(frozen=True)
class Corpus:
    root: Path
    documents: tuple[Document, ...]
    skipped: tuple[SkippedFile, ...]


def corpus_files(root: Path) -> list[Path]:
    """Every .txt/.md file under root, sorted, following no symlink twice (loops are skipped)."""
    if not root.is_dir():
        raise CorpusError(f"Folder korpus '{root}' tidak ada: beri folder berisi berkas .txt atau .md dengan --corpus.")
    found, seen = [], set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(folder) / f for f in sorted(files) if f.lower().endswith(SUFFIXES) and not f.startswith(".")]
    return found


def read_corpus(root: Path, max_file_mb: float = 5.0) -> Corpus:
    """Read every usable file; a file that cannot be used is skipped with its reason, never silently."""
    documents, skipped = [], []
    for path in corpus_files(root):
        rel = path.relative_to(root).as_posix()
        try:
            documents.append(read_document(path, rel, max_file_mb))
        except CorpusError as exc:
            skipped.append(SkippedFile(rel, str(exc)))
    return Corpus(root, tuple(documents), tuple(skipped))


def read_document(path: Path, rel: str, max_file_mb: float = 5.0) -> Document:
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # reading a FIFO or a device would block or never end
            raise CorpusError(f"{rel}: bukan berkas biasa (mis. pipa atau perangkat); hapus dari folder korpus.")
        size = st.st_size
        if size > max_file_mb * 1024 * 1024:
            raise CorpusError(
                f"{rel}: {size / 1024 / 1024:.1f} MB melebihi batas {max_file_mb:g} MB "
                f"(menyandikannya butuh berjam-jam di CPU); naikkan TELUSUR_MAX_FILE_MB bila memang perlu."
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{rel}: tidak dapat dibaca ({exc.strerror or exc}); periksa izin berkasnya.") from exc
    text = normalize_text(decode_bytes(raw, rel))
    text, title = strip_boilerplate(text)
    if not text.strip():
        raise CorpusError(f"{rel}: berkas kosong, tidak ada teks untuk diindeks.")
    return Document(rel, title or title_from_text(text) or title_from_name(path), text, hashlib.sha256(raw).hexdigest())


def decode_bytes(raw: bytes, rel: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252, or a detected encoding; binary is refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
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
