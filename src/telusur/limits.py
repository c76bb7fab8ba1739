"""How much of a file telusur will read: the limits on hostile or runaway input, written once.

Each limit is measured against peak memory (tests/security/test_bombs.py, BENCHMARKS.md): a file over one is
skipped (or refused at upload) with a reason that names the limit and the TELUSUR_* setting that raises it."""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass

from .lazy_pattern import LazyPattern
from .errors import CorpusError

MB = 1024 * 1024
# PDFium parses a page's whole content stream into objects (~10x its size in memory), and the reader keeps a few
# hundred bytes per character: one page past this many characters is left out with a warning.
MAX_PAGE_CHARS = 40_000


@dataclass(frozen=True)
class ReadingLimits:
    file_mb: float = 50.0  # one file on disk (a 1,000-page textbook PDF is 5-40 MB)
    text_chars: int = 4_000_000  # text of one file (about 1,300 dense pages)
    stream_mb: float = 64.0  # one decompressed PDF stream or DOCX part (a page's content, a font, the body XML)
    streams_mb: float = 256.0  # all decompressed PDF streams of one file (images are not decoded to read text)
    passages_per_file: int = 20_000
    passages: int = 100_000  # one collection's index (encoding that many takes hours on 2 cores)
    # One file's reading, structure, citations and chunking, in a worker process (documents/guard.py): a reader
    # that hangs or runs away fails its file. Real PDFs take 60-100 ms per page with all that, so a text at the
    # text_chars limit (~1,300 pages) takes about 2 minutes on a busy core: hours less than encoding it.
    read_seconds: float = 300.0
    # Heap the worker may add: every real file in ../shared/texts reads within 64 MB; a 60 MB PDF stream peaks at 842.
    read_memory_mb: float = 4096.0

    @classmethod
    def of(cls, settings) -> "ReadingLimits":
        return cls(settings.max_file_mb, settings.max_text_chars, settings.max_stream_mb, settings.max_streams_mb,
                   settings.max_passages_per_file, settings.max_passages, settings.max_read_seconds,
                   settings.max_read_memory_mb)


def over(rel: str, what: str, size: str, limit: str, setting: str) -> CorpusError:
    """The refusal for a file over a limit: what, how much, the limit, and the setting that raises it."""
    return CorpusError(f"{rel}: {what} ({size}) melebihi batas {limit}; berkas dilewati. Pecah dokumennya, atau naikkan "
                       f"{setting} bila berkas ini memang wajar.")


# ---------------------------------------------------------------- before a reader sees the bytes

_STREAM = LazyPattern(rb"stream\r?\n")
_DICT_START = LazyPattern(rb"\bobj\b|<<")


def check_packed(raw: bytes, rel: str, suffix: str, limits: ReadingLimits = ReadingLimits()) -> None:
    """The decompressed sizes of a packed format (PDF streams, DOCX parts), checked before a reader opens it."""
    if suffix == ".pdf":
        check_pdf_streams(raw, rel, limits)
    elif suffix == ".docx":
        import io

        check_docx_parts(io.BytesIO(raw), rel, limits)


def check_pdf_streams(raw: bytes, rel: str, limits: ReadingLimits = ReadingLimits()) -> None:
    """Inflate every Flate stream of a PDF into nothing, counting its bytes (memory stays one block): a stream or
    a file that would decompress past the limits is refused before PDFium holds it in memory."""
    per_stream, total_limit = int(limits.stream_mb * MB), int(limits.streams_mb * MB)
    total = 0
    for found in _STREAM.finditer(raw):
        head = raw[max(0, found.start() - 1024):found.start()]
        head = head[head.rfind(b"obj") + 3:] if b"obj" in head else head
        if b"/Image" in head or b"Flate" not in head and b"/Fl " not in head and b"/Fl]" not in head:
            continue  # images are never decoded to read text; other filters are not expanded here
        data, start = _text_encoded(raw, found.end(), head)
        size = _inflated_size(data, start, min(per_stream, total_limit - total) + 1)
        if size > per_stream:
            raise over(rel, "satu aliran (stream) PDF yang dimampatkan", f"lebih dari {limits.stream_mb:g} MB saat dibuka",
                       f"{limits.stream_mb:g} MB per aliran", "TELUSUR_MAX_STREAM_MB")
        total += size
        if total > total_limit:
            raise over(rel, "isi PDF yang dimampatkan", f"lebih dari {limits.streams_mb:g} MB saat dibuka",
                       f"{limits.streams_mb:g} MB per berkas", "TELUSUR_MAX_STREAMS_MB")


def _text_encoded(raw: bytes, start: int, head: bytes) -> tuple[bytes, int]:
    """A Flate stream wrapped in ASCII85 or hex (/Filter [/ASCII85Decode /FlateDecode]) unwrapped first, so the
    wrapping cannot hide a bomb; its decoded bytes are never more than the file's."""
    import base64
    import binascii

    chain = head[head.find(b"/Filter"):]
    flate = chain.find(b"/Fl")
    if flate < 0 or not re.search(rb"/(ASCII85Decode|A85|ASCIIHexDecode|AHx)\b", chain[:flate]):
        return raw, start
    end = raw.find(b"endstream", start)
    body = raw[start:end if end > 0 else len(raw)]
    try:
        if re.search(rb"/(ASCII85Decode|A85)\b", chain[:flate]):
            text = re.sub(rb"\s", b"", body).split(b"~>")[0]
            return base64.a85decode(text.removeprefix(b"<~")), 0
        return binascii.unhexlify(re.sub(rb"[^0-9A-Fa-f]", b"", body.split(b">")[0])[:len(body) // 2 * 2]), 0
    except (ValueError, binascii.Error):
        return raw, start


def _inflated_size(raw: bytes, start: int, cap: int) -> int:
    """Bytes a zlib stream at raw[start:] inflates to, counting at most cap (a damaged stream: what came out)."""
    inflater, size, pos = zlib.decompressobj(), 0, start
    try:
        while size < cap and not inflater.eof and pos < len(raw):
            piece = raw[pos:pos + 64 * 1024]
            pos += len(piece)
            size += len(inflater.decompress(piece, MB))
            while inflater.unconsumed_tail and size < cap and not inflater.eof:  # past eof: the bytes after it
                size += len(inflater.decompress(inflater.unconsumed_tail, MB))
    except zlib.error:
        pass
    return size


def check_docx_parts(path_or_file, rel: str, limits: ReadingLimits = ReadingLimits()) -> None:
    """A DOCX part (the body XML above all) that would unpack past the stream limit is refused before parsing."""
    try:
        with zipfile.ZipFile(path_or_file) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the reader says what is wrong with the archive
    biggest = max(infos, key=lambda i: i.file_size, default=None)
    if biggest is not None and biggest.file_size > limits.stream_mb * MB:
        raise over(rel, f"bagian DOCX {biggest.filename}", f"{biggest.file_size / MB:.0f} MB saat dibuka",
                   f"{limits.stream_mb:g} MB per bagian", "TELUSUR_MAX_STREAM_MB")


# ---------------------------------------------------------------- what reading made of it

def check_text(chars: int, rel: str, limits: ReadingLimits = ReadingLimits()) -> None:
    if chars > limits.text_chars:
        raise over(rel, "teks berkas ini", f"{chars:,} karakter".replace(",", "."),
                   f"{limits.text_chars:,} karakter per berkas".replace(",", "."), "TELUSUR_MAX_TEXT_CHARS")


def check_passages(count: int, rel: str, limits: ReadingLimits = ReadingLimits()) -> None:
    if count > limits.passages_per_file:
        raise over(rel, "jumlah bagian teks", f"{count:,}".replace(",", "."),
                   f"{limits.passages_per_file:,} bagian per berkas".replace(",", "."), "TELUSUR_MAX_PASSAGES_PER_FILE")


def passages_left_reason(rel: str, limits: ReadingLimits) -> str:
    """Why a file was left out because the collection already holds as many passages as it may."""
    return (f"{rel}: koleksi sudah mencapai batas {limits.passages:,} bagian teks per koleksi".replace(",", ".") +
            "; berkas dilewati. Bagi koleksi menjadi beberapa, atau naikkan TELUSUR_MAX_PASSAGES.")


# ---------------------------------------------------------------- a reader that never ends

def time_reason(rel: str, limits: ReadingLimits) -> str:
    return (f"{rel}: membaca berkas ini melewati batas {limits.read_seconds:g} detik per berkas, jadi dihentikan; "
            "berkas lain tetap diindeks. Laporkan berkas ini, atau naikkan TELUSUR_MAX_READ_SECONDS bila berkas ini "
            "memang besar.")


def memory_reason(rel: str, limits: ReadingLimits) -> str:
    return (f"{rel}: membaca berkas ini butuh memori melebihi batas {limits.read_memory_mb:g} MB per berkas, jadi "
            "dihentikan; berkas lain tetap diindeks. Pecah dokumennya, atau naikkan TELUSUR_MAX_READ_MEMORY_MB bila "
            "berkas ini memang wajar.")


def stopped_reason(rel: str, status: int | None) -> str:
    """The worker reading this file died (a crash in a C library, or the system ran out of memory)."""
    import signal

    if status is not None and status < 0:
        known = -status in signal.Signals._value2member_map_
        how = f"sinyal {signal.Signals(-status).name if known else -status}"
    else:
        how = f"kode keluar {status}"
    return (f"{rel}: proses pembaca berhenti mendadak ({how}); berkas lain tetap diindeks. Laporkan berkas ini, atau "
            "simpan ulang dalam format lain (.docx, PDF atau .txt) lalu bangun ulang.")
