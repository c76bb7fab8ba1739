"""No file can take a build down: a step that breaks on one file (reading, chunking, citations, reference lists,
the encoder's input) fails that file with a one-line reason, and the rest of the folder is indexed."""

import json

import pytest

import telusur.citations.intext
import telusur.documents.text
from telusur.cli import main
from telusur.documents import read_corpus, read_document
from telusur.documents.decode import clean_document, clean_text
from telusur.documents.model import Block, Document, Location
from telusur.index.build import build_index, prepare_document
from telusur.settings import Settings

GOOD = ("Kerjasama bilateral adalah kerjasama antara dua negara yang saling menguntungkan.\n\n"
        "Kerjasama multilateral melibatkan banyak negara dalam satu perjanjian.\n")
BROKEN = "Teks RUSAK ini memicu kesalahan (Budi, 2020) pada langkah rujukan.\n"


@pytest.fixture
def citations_break_on_marker(monkeypatch):
    """find_citations raises on any passage holding "RUSAK", as the reference-list bug of issue 14 did."""
    real = telusur.citations.intext.find_citations  # chunking imports it where it chunks, from here

    def failing(text, start, end, *args, **kwargs):
        if "RUSAK" in text[start:end]:
            raise IndexError("list index out of range")
        return real(text, start, end, *args, **kwargs)

    monkeypatch.setattr(telusur.citations.intext, "find_citations", failing)


def test_a_step_that_breaks_on_one_file_fails_that_file_and_the_build_goes_on(tmp_path, citations_break_on_marker):
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "baik.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "rusak.md").write_text(f"# Bab\n\n{BROKEN}", encoding="utf-8")
    report = build_index(Settings(corpus=corpus, index=tmp_path / "index"))
    status = {f.path: f for f in report.files}
    assert status["baik.txt"].status == "indexed" and report.documents == 1 and report.chunks == 2
    failed = status["rusak.md"]
    assert failed.status == "failed" and "\n" not in failed.reason
    assert failed.reason.startswith("rusak.md: gagal diproses") and "IndexError" in failed.reason
    manifest = json.loads((report.path / "manifest.json").read_text(encoding="utf-8"))
    assert {f["path"]: f["status"] for f in manifest["report"]} == {"baik.txt": "indexed", "rusak.md": "failed"}


def test_build_command_reports_a_failed_file_and_exits_zero(tmp_path, capsys, citations_break_on_marker):
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "baik.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "rusak.txt").write_text(BROKEN, encoding="utf-8")
    assert main(["build", "--corpus", str(corpus), "--index", str(tmp_path / "index")]) == 0
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    assert [line for line in out.err.splitlines() if line.startswith("gagal: rusak.txt: ")]
    assert "Indeks dibangun: 1 dokumen" in out.out


def test_build_command_exits_non_zero_when_nothing_could_be_indexed(tmp_path, capsys, citations_break_on_marker):
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "rusak.txt").write_text(BROKEN, encoding="utf-8")
    (corpus / "judul.md").write_text("# Bab II\n\n## Landasan Teori\n\n## Kerangka Pikir\n", encoding="utf-8")
    assert main(["build", "--corpus", str(corpus), "--index", str(tmp_path / "index")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "rusak.txt: gagal diproses" in err and "judul.md: tidak ada paragraf" in err


def test_a_reader_that_breaks_fails_its_file_only(tmp_path, monkeypatch):
    (tmp_path / "baik.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "rusak.txt").write_text(GOOD, encoding="utf-8")

    def broken_reader(raw, rel):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(telusur.documents.text, "read", broken_reader)
    corpus = read_corpus(tmp_path, prepare=prepare_document)
    assert [d.path for d in corpus.documents] == ["baik.md"] and len(corpus.prepared) == 1
    assert [(f.path, f.status) for f in corpus.files] == [("baik.md", "indexed"), ("rusak.txt", "failed")]
    assert "RecursionError" in corpus.skipped[0].reason


def test_a_document_of_headings_only_is_skipped_saying_so(tmp_path):
    (tmp_path / "judul.md").write_text("# Bab II\n\n## Landasan Teori\n", encoding="utf-8")
    corpus = read_corpus(tmp_path, prepare=prepare_document)
    assert not corpus.documents and corpus.files[0].status == "skipped"
    assert "tidak ada paragraf yang dapat dijawab" in corpus.files[0].reason


def test_a_reference_list_document_without_passages_is_still_read(tmp_path):
    (tmp_path / "daftar-pustaka.md").write_text(
        "# Daftar Pustaka\n\nSoekanto, Soerjono. 1990. Sosiologi Suatu Pengantar. Jakarta: Rajawali Pers.\n",
        encoding="utf-8")
    corpus = read_corpus(tmp_path, prepare=prepare_document)
    assert [f.status for f in corpus.files] == ["indexed"] and corpus.prepared == ([],)


# ---------------------------------------------------------------- text cleaned at the boundary

def test_clean_text_joins_surrogate_pairs_and_drops_what_cannot_be_shown():
    pdf_layer = "\ud835\udc43\ud835\udc56 (\ud835\udf03) adalah peluang\udc00 men\u00adjawab\x00 benar\x0cpada butir"
    cleaned = clean_text(pdf_layer)
    assert cleaned == "Pi (θ) adalah peluang menjawab benar pada butir"
    cleaned.encode("utf-8")
    assert clean_text("Teks biasa, tanpa apa-apa.\n") == "Teks biasa, tanpa apa-apa.\n"


def test_clean_document_moves_block_offsets_with_the_text():
    lines = ["Judul \ud835\udc43", "\udc00Paragraf\x00 pertama.", "Paragraf kedua."]
    text = "\n".join(lines) + "\n"
    starts = [text.index(line) for line in lines]
    blocks = tuple(Block(kind, a, a + len(line), Location(section))
                   for kind, a, line, section in zip(("heading", "paragraph", "paragraph"), starts, lines,
                                                     ((), (lines[0],), (lines[0],))))
    doc = clean_document(Document("a.pdf", "Judul \ud835\udc43", text, "0", blocks, "pdf"))
    assert [doc.block_text(b) for b in doc.blocks] == ["Judul P", "Paragraf pertama.", "Paragraf kedua."]
    assert doc.title == "Judul P" and doc.blocks[1].location.section == ("Judul P",)


def test_every_reader_output_passes_the_boundary(tmp_path, monkeypatch):
    """A reader handing on half a surrogate pair (as a PDF text layer did) gives a document that encodes."""
    real = telusur.documents.text.read

    def leaky(raw, rel):
        doc = real(raw, rel)
        text = doc.text.replace("dua", "d\udcb5ua")
        return Document(doc.path, doc.title, text, doc.sha256, telusur.documents.text.text_blocks(text), doc.format)

    monkeypatch.setattr(telusur.documents.text, "read", leaky)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    doc = read_document(tmp_path / "a.txt", "a.txt")
    doc.text.encode("utf-8")
    assert doc.block_text(doc.blocks[0]).endswith("antara dua negara yang saling menguntungkan.")


def test_asking_a_folder_with_no_passage_is_one_clear_line(tmp_path, capsys):
    """A folder whose only document reads as no passage (a reference list): no index is made, and a question gets
    one Indonesian line saying what to do, never a search over an empty index."""
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "daftar-pustaka.md").write_text(
        "# Daftar Pustaka\n\nSoekanto, Soerjono. 1990. Sosiologi Suatu Pengantar. Jakarta: Rajawali Pers.\n",
        encoding="utf-8")
    assert main(["ask", "Apa itu sosiologi?", "--corpus", str(corpus), "--index", str(tmp_path / "index")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("telusur: Tidak ada bagian teks yang dapat dijawab") and "Tambahkan berkas" in err[-1]
    assert not any("Traceback" in line or "Error" in line for line in err)
