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
