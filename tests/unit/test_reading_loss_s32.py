"""Text the reader lost before any passage could hold it (issue 14, session of 2026-12-06 15:16 UTC): each kind
written here as a made-up file of the kind course material has."""

from tests.unit.test_typed_lists import _read  # a text written to a file and read


def test_a_markdown_tables_cells_past_its_header_are_read(tmp_path):
    """A PDF page converted to a Markdown table runs its text on in more cells than the header has: markdown-it drops
    them (as GFM does), and the sentence they hold was in no passage."""
    text = ("# Hasil Penelitian\n\n"
            "| | Tabel 5. Waktu Tunggu | Keterangan |\n| --- | --- | --- |\n"
            "| | Racikan | 8 | sehingga waktu tunggu pelayanan resep | obat jadi tergolong cepat. |\n"
            "| | Obat Jadi | 92 |\n")
    doc, blocks = _read(tmp_path, text, "hasil.md")
    table = next(t for k, _, t in blocks if k == "table")
    assert "sehingga waktu tunggu pelayanan resep | obat jadi tergolong cepat." in table
    assert "Racikan | 8" in table and "Obat Jadi | 92" in table
    # a row within its header's count reads as before: no cell made up
    doc, blocks = _read(tmp_path, "| Nama | Nilai |\n| --- | --- |\n| Ani | *90* |\n| Budi |\n", "nilai.md")
    assert [t for k, _, t in blocks if k == "table"] == ["Nama | Nilai\nAni | 90\nBudi |"]


def test_a_sentence_ruled_off_in_markdown_is_a_paragraph_not_a_heading(tmp_path):
    """"---" or "===" typed right under a paragraph makes it a setext heading to Markdown; a sentence there is prose
    the writer ruled off, and as a heading it was in no passage. A short title or a question stays a heading."""
    from telusur.chunking import chunk_document

    sentence = ("Kerjasama internasional adalah hubungan antara dua negara atau lebih yang saling menguntungkan "
                "dalam berbagai bidang kehidupan.")
    text = (f"# Kerjasama Internasional\n\n{sentence}\n---\n\nBentuk kerjasama bilateral dilakukan oleh dua negara.\n"
            "===\n\nBentuk Kerjasama\n---\n\nApa itu kerjasama regional?\n---\n\nKerjasama regional dilakukan oleh "
            "negara-negara di satu kawasan.\n")
    doc, blocks = _read(tmp_path, text, "catatan.md")
    assert [(k, t[:25]) for k, _, t in blocks] == [
        ("heading", "Kerjasama Internasional"), ("paragraph", "Kerjasama internasional a"),
        ("paragraph", "Bentuk kerjasama bilatera"), ("heading", "Bentuk Kerjasama"),
        ("heading", "Apa itu kerjasama regiona"), ("paragraph", "Kerjasama regional dilaku")]
    assert any(sentence in c.text for c in chunk_document(doc))
