"""Hostile files (issue 17, item 3): a PDF whose content stream inflates to 300 MB, a DOCX holding 188 MB of text
at ratio 83, text and passages past their limits. Each is refused at upload or skipped when read, with a reason
naming the limit, while the server keeps answering and its peak RSS stays under 2 GB."""

import io
import zipfile
import zlib

import httpx
import pytest

from pdf_pages import minimal_pdf

from .served import AUTH, Server, wait_until

MB = 1024 * 1024
PEAK_GOAL_MB = 2000


def pdf_with_content(stream: bytes, filters: str = "/FlateDecode", pages: int = 1) -> bytes:
    """A minimal valid PDF: `pages` pages sharing one content stream (already encoded with `filters`)."""
    return minimal_pdf([stream], pages, filters)


def pdf_bomb(inflated_mb: int = 300) -> bytes:
    """One page whose Flate content stream inflates to inflated_mb of text-showing operators."""
    packer = zlib.compressobj(9)
    line = b"BT /F1 6 Tf 20 20 Td (Pemilu diselenggarakan secara langsung umum bebas rahasia) Tj ET\n"
    block = line * (MB // len(line))
    packed = [packer.compress(block) for _ in range(inflated_mb)]
    return pdf_with_content(b"".join(packed) + packer.flush())


def docx_bomb(text_mb: int = 188) -> bytes:
    """A DOCX whose body XML holds text_mb of text (varied enough that its ratio stays near 83, under the zip-bomb
    check's 200)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        with z.open("word/document.xml", "w", force_zip64=True) as body:
            body.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                       b'2006/main"><w:body>')
            words = [b"pemilu", b"rakyat", b"asas", b"umum", b"bebas", b"rahasia", b"jujur", b"adil", b"langsung"]
            written, n = 0, 0
            while written < text_mb * MB:
                n += 1
                text = b" ".join(words[(n * k) % len(words)] for k in range(1, 120)) + b" %d" % n
                piece = b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>"
                body.write(piece)
                written += len(text)
            body.write(b"</w:body></w:document>")
    return out.getvalue()


def upload(server, name, content, collection="kuliah"):
    return httpx.post(f"{server.url}/c/{collection}/api/files", headers=AUTH, files={"file": (name, content)},
                      timeout=120)


def build_over(server, collection="kuliah", seconds=600):
    """Wait for the collection's build to end (keeping an eye on memory); its status."""
    def done():
        status = httpx.get(f"{server.url}/c/{collection}/api/status", headers=AUTH, timeout=30).json()
        return status if status["state"] in ("idle", "failed") else None

    return wait_until(done, seconds, server, every=1.0)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_bomb_is_refused_at_upload_and_skipped_when_dropped_in(library_server, kind):
    server = library_server
    data = pdf_bomb() if kind == "pdf" else docx_bomb()
    name = f"bom.{kind}"
    r = upload(server, name, data)
    assert r.status_code == 413, r.text
    assert "TELUSUR_MAX_STREAM_MB" in r.json()["error"]
    # Dropped straight into the folder (a lecturer's copy, not an upload): the build skips it, naming the limit.
    (server.root / "kuliah" / name).write_bytes(data)
    assert upload(server, "catatan.txt", "Asas pemilu adalah langsung, umum, bebas dan rahasia.\n".encode()
                  ).status_code == 201
    status = build_over(server)
    assert status["state"] == "idle", status
    skipped = {f["path"]: f["reason"] for f in status["report"]["files"] if f["status"] != "indexed"}
    assert "TELUSUR_MAX_STREAM_MB" in skipped[name]
    assert server.answers() and server.peak() < PEAK_GOAL_MB, server.peak()
    print(f"\n{kind} bomb ({len(data) / MB:.1f} MB): server peak RSS {server.peak():.0f} MB")


def test_a_page_with_too_much_text_is_left_out_with_a_warning(tmp_path):
    from telusur.documents import read_document
    from telusur.limits import MAX_PAGE_CHARS

    line = b"BT /F1 6 Tf 20 20 Td (" + b"a" * 1000 + b") Tj ET\n"
    dense = zlib.compress(line * (MAX_PAGE_CHARS // 1000 + 5))
    path = tmp_path / "padat.pdf"
    path.write_bytes(pdf_with_content(dense))
    with pytest.raises(Exception) as refused:
        read_document(path, "padat.pdf")
    assert "lapisan teks" in str(refused.value) or "karakter" in str(refused.value)


def test_text_and_passages_over_their_limits_are_skipped_naming_them(tmp_path, library):
    text = "\n\n".join(f"Paragraf {i}: asas pemilu adalah langsung, umum, bebas, rahasia, jujur dan adil. " * 3
                       for i in range(120))
    (library / "kuliah" / "panjang.txt").write_text(text, encoding="utf-8")
    (library / "kuliah" / "teks-besar.txt").write_text("kata " * 40_000, encoding="utf-8")
    server = Server(["--library", str(library)], tmp_path,
                    env={"TELUSUR_MAX_PASSAGES_PER_FILE": "50", "TELUSUR_MAX_TEXT_CHARS": "150000"})
    try:
        status = build_over(server)
        reasons = {f["path"]: f["reason"] or "" for f in status["report"]["files"]}
        assert "TELUSUR_MAX_PASSAGES_PER_FILE" in reasons["panjang.txt"]
        assert "TELUSUR_MAX_TEXT_CHARS" in reasons["teks-besar.txt"]
        assert reasons["pemilu.txt"] == ""  # the other file is indexed
    finally:
        server.stop()


def test_a_stream_of_a_few_mb_is_measured_and_passes_quickly():
    """A stream ending before the bytes after it (endstream, the next objects) is counted, not spun on forever."""
    import threading

    from telusur.limits import check_pdf_streams

    raw = pdf_with_content(zlib.compress(b"BT /F1 6 Tf 20 20 Td (Asas pemilu) Tj ET\n" * 80_000), pages=2)
    done = []
    worker = threading.Thread(target=lambda: done.append(check_pdf_streams(raw, "a.pdf")), daemon=True)
    worker.start()
    worker.join(20)
    assert done == [None]


@pytest.mark.parametrize("wrap", ["ASCII85Decode", "ASCIIHexDecode"])
def test_a_bomb_wrapped_in_ascii_is_still_measured(wrap):
    import base64

    from telusur.errors import CorpusError
    from telusur.limits import ReadingLimits, check_pdf_streams

    packed = zlib.compress(b"BT /F1 6 Tf 20 20 Td (Asas pemilu) Tj ET\n" * 100_000)  # 4 MB inflated
    body = base64.a85encode(packed) + b"~>" if wrap == "ASCII85Decode" else packed.hex().encode() + b">"
    raw = pdf_with_content(body, filters=f"[/{wrap} /FlateDecode]")
    check_pdf_streams(raw, "a.pdf", ReadingLimits(stream_mb=8))  # under the limit: passes
    with pytest.raises(CorpusError, match="TELUSUR_MAX_STREAM_MB"):
        check_pdf_streams(raw, "a.pdf", ReadingLimits(stream_mb=2))
