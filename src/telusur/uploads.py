"""Checking a lecturer's upload before it joins a collection: a safe file name, and content that is what it claims."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

from .documents.docx import check_zip_sizes as docx_sizes
from .errors import CorpusError, UploadError
from .limits import ReadingLimits, check_packed

# suffix -> the kind of content it must hold
KINDS = {".pdf": "pdf", ".docx": "docx", ".txt": "text", ".md": "text", ".markdown": "text", ".mdx": "text",
         ".qmd": "text", ".rmd": "text", ".html": "text", ".htm": "text", ".bib": "text", ".adoc": "text",
         ".asciidoc": "text", ".rst": "text", ".ipynb": "text", ".tex": "text"}
MAX_NAME_BYTES = 180
# Programs, whatever their name says: ELF, Mach-O, Java class/Mach-O fat, shell scripts (Windows PE: is_windows_program).
EXECUTABLE_MAGIC = (b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xfe\xed\xfa", b"\xca\xfe\xba\xbe", b"#!/")
HEAD_BYTES = 8192


def allowed_suffixes() -> str:
    return ", ".join(sorted(KINDS))


def clean_name(raw: str) -> str:
    """The file name as it will be stored, or UploadError: a plain visible name with a readable suffix.

    Nothing is silently rewritten: a name that would need changing is refused with the reason."""
    name = unicodedata.normalize("NFC", raw or "").strip()
    if not name:
        raise UploadError("Nama berkas kosong: pilih berkas yang bernama, mis. bab-1.pdf.")
    if "/" in name or "\\" in name or name in (".", ".."):
        raise UploadError(f"Nama berkas '{_shown(name)}' memuat folder (/ atau \\): unggah berkasnya saja, "
                          "dengan nama tanpa garis miring.")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in name):
        raise UploadError("Nama berkas memuat karakter kendali: ganti namanya dengan huruf, angka, - atau _.")
    if name.startswith(".") or name.startswith("~$"):
        raise UploadError(f"Berkas tersembunyi atau sementara ('{_shown(name)}') tidak diterima: beri nama yang "
                          "tidak diawali titik atau ~$.")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise UploadError(f"Nama berkas terlalu panjang (lebih dari {MAX_NAME_BYTES} byte): persingkat namanya.")
    if Path(name).suffix.lower() not in KINDS:
        raise UploadError(f"Jenis berkas '{_shown(Path(name).suffix or name)}' tidak diterima: unggah "
                          f"{allowed_suffixes()}.", status=415)
    return name


def check_content(path: Path, name: str, limits: ReadingLimits | None = None) -> str:
    """The kind of a received file ("pdf", "docx" or "text"), checked by its bytes; UploadError when they are not
    what its name says (an executable renamed .pdf, a zip bomb named .docx, binary named .txt) or it is empty."""
    size = path.stat().st_size
    if size == 0:
        raise UploadError(f"{name}: berkas kosong (0 byte); unggah berkas yang berisi teks.")
    with open(path, "rb") as f:
        head = f.read(HEAD_BYTES)
    if head.startswith(EXECUTABLE_MAGIC) or is_windows_program(head):
        raise UploadError(f"{name}: isinya program (executable), bukan dokumen; unggah PDF, DOCX atau teks.", status=415)
    kind = KINDS[Path(name).suffix.lower()]
    if kind == "pdf" and not head.lstrip(b"\xef\xbb\xbf\r\n\t ").startswith(b"%PDF-"):
        raise UploadError(f"{name}: bukan PDF (tidak diawali %PDF-); simpan ulang dokumennya sebagai PDF.", status=415)
    if kind in ("pdf", "docx"):  # a decompression bomb is refused here, before anyone reads it
        try:
            check_packed(path.read_bytes(), name, Path(name).suffix.lower(), limits or ReadingLimits())
        except CorpusError as exc:
            raise UploadError(str(exc).replace("berkas dilewati", "berkas ditolak"), status=413) from None
    if kind == "docx":
        check_docx(path, name)
    if kind == "text":
        check_text(path, name)
    return kind


def is_windows_program(head: bytes) -> bool:
    """A DOS/Windows program: "MZ", then a binary header (the place of its "PE" header at 0x3C); prose may start
    with "MZ" too, but never holds a NUL byte."""
    if not head.startswith(b"MZ") or len(head) < 0x40:
        return False
    offset = int.from_bytes(head[0x3C:0x40], "little")
    return head[offset:offset + 4] == b"PE\0\0" or b"\0" in head[2:0x40]


def check_docx(path: Path, name: str) -> None:
    """A DOCX must be a zip holding word/document.xml that expands to a sane size (no zip bomb)."""
    if not zipfile.is_zipfile(path):
        raise UploadError(f"{name}: bukan DOCX (bukan arsip zip); simpan ulang dari Word sebagai .docx.", status=415)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UploadError(f"{name}: arsip DOCX rusak ({exc}); simpan ulang dari Word.", status=415) from None
    try:
        docx_sizes(members, name)  # the DOCX reader's own zip-bomb limits, so both refuse the same files
    except CorpusError as exc:
        raise UploadError(str(exc), status=413) from None
    if "word/document.xml" not in {m.filename for m in members}:
        raise UploadError(f"{name}: arsip zip ini bukan dokumen Word (tidak ada word/document.xml); simpan ulang "
                          "sebagai .docx.", status=415)


def check_text(path: Path, name: str) -> None:
    """Text (.txt, .md, .html): no NUL bytes, decodable as UTF-8 or Windows-1252, hardly any control characters."""
    raw = path.read_bytes()  # the size limit was enforced while receiving it
    if b"\x00" in raw:
        raise UploadError(f"{name}: berisi data biner, bukan teks; unggah berkas teks (UTF-8) atau PDF/DOCX.", status=415)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UploadError(f"{name}: bukan teks yang terbaca (UTF-8 atau Windows-1252); simpan ulang sebagai UTF-8.",
                          status=415)
    control = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if control > max(2, len(text) // 200):
        raise UploadError(f"{name}: berisi data biner, bukan teks; unggah berkas teks (UTF-8) atau PDF/DOCX.", status=415)


def _shown(text: str, limit: int = 80) -> str:
    """A name as quoted back in a message: printable and short (the web page escapes it again)."""
    clean = "".join(ch if unicodedata.category(ch)[0] != "C" else "?" for ch in text)
    return clean if len(clean) <= limit else clean[:limit] + "…"
