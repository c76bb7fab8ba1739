"""A table's row, searched and shown alone, carries what names it: its columns' names, the table's caption, and
the label of the group of rows it stands in ("Pendidikan |  |" over "S1 | 25 | 25")."""

from __future__ import annotations

from telusur.chunking import chunk_document, chunk_parts, table_rows
from telusur.documents import reader

_RESPONDENTS = """# Hasil Penelitian

## Karakteristik Responden

Jumlah responden pada penelitian ini adalah 100 responden yang datang ke apotek.

Tabel 1 Distribusi Responden Berdasarkan Karakteristik

| Karakteristik | N | (%) |
| --- | --- | --- |
| Umur | | |
| 15-24 | 20 | 20 |
| 25-34 | 80 | 80 |
| Pendidikan | | |
| SMA | 75 | 75 |
| S1 | 25 | 25 |

Sebagian besar responden berpendidikan SMA.
"""


def _table(markdown: str):
    doc = reader(".md").read(markdown.encode("utf-8"), "hasil.md")
    return next(c for c in chunk_document(doc) if table_rows(c.text))


def test_a_row_is_said_under_its_tables_caption_and_its_groups_label():
    # "Berapa responden yang pendidikan terakhirnya S1?": "responden" stands in the caption, "pendidikan" in the row
    # labelling the group, "S1" in the row; said alone, "S1 | 25 | 25" met none of the question's other words
    parts = chunk_parts(_table(_RESPONDENTS))
    assert "Tabel 1 Distribusi Responden Berdasarkan Karakteristik\nPendidikan: S1; N: 25; (%): 25" in parts
    assert "Tabel 1 Distribusi Responden Berdasarkan Karakteristik\nUmur: 15-24; N: 20; (%): 20" in parts
    assert "Tabel 1 Distribusi Responden Berdasarkan Karakteristik\nKarakteristik: Pendidikan" in parts


def test_a_lone_row_with_empty_cells_labels_nothing():
    # one row with its other cells empty is a row that gives no figures, not the label of the rows under it
    table = """## Daftar Alat

| Nama | Jumlah | Keterangan |
| --- | --- | --- |
| Meja | 4 | kayu jati |
| Kursi | | |
| Lemari | 2 | besi |
"""
    parts = [p.split("\n")[-1] for p in chunk_parts(_table(table))]
    assert parts[-1] == "Nama: Lemari; Jumlah: 2; Keterangan: besi"


def test_the_answer_shows_the_row_asked_about_under_its_groups_label(course):
    answer = course({"hasil.md": _RESPONDENTS}).ask("Berapa responden yang pendidikan terakhirnya S1?")
    assert answer.answer.startswith("Pendidikan: S1; N: 25; (%): 25")

