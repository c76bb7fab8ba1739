"""Reading files as people save them: BOM, CRLF, legacy encodings, and files that cannot be used."""

import pytest

from telusur.documents import read_corpus
from telusur.errors import CorpusError

TEXT = "Kerjasama internasional adalah keharusan bagi setiap negara.\n"


def test_bom_and_crlf_are_normalized(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode())
    [doc] = read_corpus(tmp_path).documents
    assert doc.text == TEXT


def test_legacy_encoding_is_detected(tmp_path):
    (tmp_path / "a.txt").write_bytes(("Perjanjian ditandatangani di Genève oleh delegasi yang hadir. " * 5).encode("cp1252"))
    [doc] = read_corpus(tmp_path).documents
    assert "Genève" in doc.text


def test_unicode_is_nfc(tmp_path):
    (tmp_path / "a.txt").write_text("Gene\u0300ve adalah kota.\n", encoding="utf-8")
    [doc] = read_corpus(tmp_path).documents
    assert "Genève" in doc.text


def test_unusable_files_are_skipped_with_a_reason_naming_them(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    corpus = read_corpus(tmp_path)
    assert [d.path for d in corpus.documents] == ["good.txt"]
    reasons = {s.path: s.reason for s in corpus.skipped}
    assert "empty.txt" in reasons["empty.txt"] and "kosong" in reasons["empty.txt"]
    assert "binary.txt" in reasons["binary.txt"] and "biner" in reasons["binary.txt"]


def test_missing_folder_says_what_to_do(tmp_path):
    with pytest.raises(CorpusError, match="--corpus"):
        read_corpus(tmp_path / "nope")


def test_title_comes_from_markdown_heading_or_file_name(tmp_path):
    (tmp_path / "teori-realisme.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Teori Liberalisme\n\n" + TEXT, encoding="utf-8")
    titles = {d.path: d.title for d in read_corpus(tmp_path).documents}
    assert titles == {"teori-realisme.txt": "Teori Realisme", "b.md": "Teori Liberalisme"}


def test_truncated_utf16_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "rusak.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "baik.txt").write_text("Teks yang baik.\n", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert [d.path for d in corpus.documents] == ["baik.txt"]
    assert "UTF-16" in corpus.skipped[0].reason and "UTF-8" in corpus.skipped[0].reason
