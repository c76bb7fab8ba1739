"""A file whose reading hangs, runs away with memory or crashes the process fails alone (issue 14, item 1): the
build reports it with a reason naming the limit and its setting, and indexes the rest, in seconds."""

import logging
import os
import signal
import time

import pytest

import telusur.documents.text
from telusur.documents import read_corpus
from telusur.documents.guard import can_guard
from telusur.index.build import build_index, prepare_document
from telusur.limits import ReadingLimits
from telusur.settings import Settings

from .conftest import STUB_MODEL

pytestmark = pytest.mark.skipif(not can_guard(), reason="the reading guard needs fork (Linux)")

GOOD = "Kerjasama bilateral adalah kerjasama antara dua negara yang saling menguntungkan.\n"
MARKED = "Teks MACET ini membuat pembaca tidak pernah selesai.\n"


@pytest.fixture(scope="module", autouse=True)
def readers_warm(tmp_path_factory):
    """A text and a Markdown file read and prepared once in this process: a worker forked for a test then has the
    chunking and citation modules imported and their patterns compiled (a fifth of a second of CPU, past the tests'
    0.5-1 s limits on a loaded machine), and a good file's reading is milliseconds of work however busy the machine."""
    corpus = tmp_path_factory.mktemp("warm")
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "b.md").write_text(f"# Bab\n\n{GOOD}", encoding="utf-8")
    read_corpus(corpus, prepare=prepare_document, limits=ReadingLimits(read_seconds=0))


@pytest.fixture
def text_reader_misbehaves(monkeypatch):
    """The .txt reader does `misbehave()` on a text holding MACET, and reads every other text as before."""
    real = telusur.documents.text.read
    how = {}

    def reader(raw, rel):
        if b"MACET" in raw:
            how["misbehave"]()
        return real(raw, rel)

    monkeypatch.setattr(telusur.documents.text, "read", reader)
    return how


def folder(tmp_path):
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "a-baik.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "b-macet.txt").write_text(MARKED, encoding="utf-8")
    (corpus / "c-baik.md").write_text(f"# Bab\n\n{GOOD}", encoding="utf-8")
    return corpus


def spin():
    while True:  # an endless loop in Python: no exception ever comes
        pass


def test_a_reader_that_never_returns_fails_its_file_and_the_build_goes_on(tmp_path, stub_encoder,
                                                                          text_reader_misbehaves):
    text_reader_misbehaves["misbehave"] = spin
    settings = Settings(corpus=folder(tmp_path), index=tmp_path / "index", model=STUB_MODEL, max_read_seconds=1)
    t0 = time.monotonic()
    report = build_index(settings)
    assert time.monotonic() - t0 < 30
    status = {f.path: f for f in report.files}
    assert status["a-baik.txt"].status == status["c-baik.md"].status == "indexed" and report.documents == 2
    hung = status["b-macet.txt"]
    assert hung.status == "failed" and "\n" not in hung.reason
    assert hung.reason.startswith("b-macet.txt: ") and "1 detik" in hung.reason
    assert "TELUSUR_MAX_READ_SECONDS" in hung.reason


def test_a_reader_stuck_in_c_code_is_stopped_too(tmp_path, text_reader_misbehaves):
    text_reader_misbehaves["misbehave"] = lambda: time.sleep(3600)  # a call into C that does not come back
    corpus = read_corpus(folder(tmp_path), prepare=prepare_document, limits=ReadingLimits(read_seconds=0.5))
    assert [(f.path, f.status) for f in corpus.files] == [
        ("a-baik.txt", "indexed"), ("b-macet.txt", "failed"), ("c-baik.md", "indexed")]
    assert len(corpus.prepared) == 2 and all(corpus.prepared)


def test_a_reader_that_eats_memory_fails_on_the_memory_limit(tmp_path, text_reader_misbehaves):
    def hoard():
        held = []
        while True:
            held.append(bytearray(16 * 1024 * 1024))

    text_reader_misbehaves["misbehave"] = hoard
    corpus = read_corpus(folder(tmp_path), prepare=prepare_document, limits=ReadingLimits(read_memory_mb=64))
    failed = {f.path: f.reason for f in corpus.files if f.status != "indexed"}
    assert list(failed) == ["b-macet.txt"] and "64 MB" in failed["b-macet.txt"]
    assert "TELUSUR_MAX_READ_MEMORY_MB" in failed["b-macet.txt"]
    assert [d.path for d in corpus.documents] == ["a-baik.txt", "c-baik.md"]


def test_a_reader_that_kills_its_process_fails_its_file_only(tmp_path, text_reader_misbehaves):
    text_reader_misbehaves["misbehave"] = lambda: os.kill(os.getpid(), signal.SIGSEGV)  # a crash in a C library
    corpus = read_corpus(folder(tmp_path), prepare=prepare_document)
    failed = {f.path: f.reason for f in corpus.files if f.status != "indexed"}
    assert list(failed) == ["b-macet.txt"] and "berhenti mendadak (sinyal SIGSEGV)" in failed["b-macet.txt"]
    assert [d.path for d in corpus.documents] == ["a-baik.txt", "c-baik.md"]


def test_read_limits_are_settings(monkeypatch):
    assert ReadingLimits.of(Settings()).read_seconds == 300 and ReadingLimits.of(Settings()).read_memory_mb == 4096
    monkeypatch.setenv("TELUSUR_MAX_READ_SECONDS", "7.5")
    monkeypatch.setenv("TELUSUR_MAX_READ_MEMORY_MB", "512")
    limits = ReadingLimits.of(Settings.from_env())
    assert (limits.read_seconds, limits.read_memory_mb) == (7.5, 512)


def one_page_pdf(line: str) -> bytes:
    """A minimal valid PDF: one page showing `line` in Helvetica."""
    stream = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
               b"/Contents 5 0 R >>",
               f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_a_pdf_is_read_while_another_thread_holds_pdfium(tmp_path):
    """The worker is forked from a server whose other threads may be inside PDFium at that moment."""
    from telusur.documents import pdf

    (tmp_path / "a.pdf").write_bytes(one_page_pdf(GOOD.strip()))
    with pdf._PDFIUM_LOCK:
        corpus = read_corpus(tmp_path, prepare=prepare_document, limits=ReadingLimits(read_seconds=10))
    assert [(f.path, f.status) for f in corpus.files] == [("a.pdf", "indexed")], corpus.files
    assert "Kerjasama bilateral" in corpus.documents[0].text


def test_no_time_limit_reads_in_this_process(tmp_path, text_reader_misbehaves):
    def name_the_process():
        raise OSError(os.getpid())

    text_reader_misbehaves["misbehave"] = name_the_process
    corpus = read_corpus(folder(tmp_path), prepare=prepare_document, limits=ReadingLimits(read_seconds=0))
    [failed] = [f for f in corpus.files if f.status == "failed"]
    assert f"OSError: {os.getpid()}" in failed.reason  # it broke here, not in a worker


def test_a_hang_on_the_build_queue_thread_fails_its_file(tmp_path, text_reader_misbehaves):
    """`serve --library` builds on a thread beside the server's: the worker forked from it works the same."""
    import threading

    text_reader_misbehaves["misbehave"] = spin
    done = {}
    builder = threading.Thread(target=lambda: done.setdefault("corpus", read_corpus(
        folder(tmp_path), prepare=prepare_document, limits=ReadingLimits(read_seconds=0.5))))
    builder.start()
    builder.join(timeout=30)
    assert [(f.path, f.status) for f in done["corpus"].files] == [
        ("a-baik.txt", "indexed"), ("b-macet.txt", "failed"), ("c-baik.md", "indexed")]


def test_a_worker_stuck_before_its_first_file_is_forked_again_not_waited_out(tmp_path, monkeypatch):
    # A child forked from a server can inherit a lock another thread held and never start: the build must not wait
    # out the whole reading limit on each file; the stuck worker is replaced and every file is read.
    from telusur.documents import guard

    marker = tmp_path / "first-worker-started"
    real_cap = guard._cap_memory

    def cap_or_hang(memory_mb):
        if not marker.exists():  # the first worker hangs before it says it is ready; the next one works
            marker.write_text("x")
            time.sleep(3600)
        real_cap(memory_mb)

    monkeypatch.setattr(guard, "_cap_memory", cap_or_hang)
    monkeypatch.setattr(guard, "READY_SECONDS", 0.5, raising=False)  # before: no such wait, the file waits 60 s
    corpus_dir = tmp_path / "korpus"
    corpus_dir.mkdir()
    (corpus_dir / "a-baik.txt").write_text(GOOD, encoding="utf-8")
    t0 = time.monotonic()
    corpus = read_corpus(corpus_dir, prepare=prepare_document, limits=ReadingLimits(read_seconds=60))
    assert [(f.path, f.status) for f in corpus.files] == [("a-baik.txt", "indexed")]
    assert time.monotonic() - t0 < 30


def test_when_no_worker_gets_ready_the_build_reads_in_its_own_process_and_stops_trying(tmp_path, monkeypatch, caplog):
    # every worker stuck: the first file waits out the tries once, the others are read at once, none is lost
    from telusur.documents import guard

    monkeypatch.setattr(guard, "_cap_memory", lambda memory_mb: time.sleep(3600))
    monkeypatch.setattr(guard, "READY_SECONDS", 0.3)
    corpus_dir = tmp_path / "korpus"
    corpus_dir.mkdir()
    for n in range(8):
        (corpus_dir / f"{n}-baik.txt").write_text(GOOD, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=guard.__name__):
        corpus = read_corpus(corpus_dir, prepare=prepare_document, limits=ReadingLimits(read_seconds=60))
    assert [f.status for f in corpus.files] == ["indexed"] * 8
    waits = [r for r in caplog.records if r.name == guard.__name__ and "tidak siap" in r.getMessage()]
    assert len(waits) == guard.READY_TRIES  # one round of tries, not one per file (counted: no wall clock)
