"""A passage's citations in a table of earlier studies ("No | Peneliti | Tahun | Judul") are read with the table's
header found in the rows right over the passage, not by scanning the text from its last blank line: a read document
has none between its paragraphs, so each passage of a long text scanned it from its first line. Same citations as that
scan, on made-up texts built at random from table rows, source cells, prose and blank lines."""

import random

from telusur.citations import intext

_LINES = ["No | Peneliti | Tahun | Judul", "No | Nama Peneliti | Tahun | Hasil", "No | Sumber | Isi",
          "No | Peneliti (Tahun) | Judul", "1 | Santoso | 2019 | Motivasi kerja", "2 | Wijaya | 2020 | Disiplin",
          "3 | Slameto, 2010 | Belajar", "4 | Rahmawati (2018) | Minat", "5 | Putra | - | Budaya",
          "Motivasi kerja dibahas oleh banyak peneliti.", "Tabel 2.1 Penelitian Terdahulu", "", "a | b"]


def _old_start(scan: str, start: int) -> int:
    return max(0, scan.rfind("\n\n", 0, start))


def _texts(n: int = 150) -> list[str]:
    rng = random.Random(14)
    return ["\n".join(rng.choice(_LINES) for _ in range(rng.randint(1, 25))) for _ in range(n)]


def _rows(texts: list[str]) -> list:
    out = []
    for text in texts:
        scan = intext._scan_text(text)
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"] + [5, len(text) // 2]
        for start in starts:
            for end in (len(text), min(len(text), start + 40)):
                out.append(intext._table_rows(text, scan, min(start, end), end, set()))
    return out


def test_rows_read_from_the_tables_start_are_the_scans(monkeypatch):
    texts = _texts()
    read = _rows(texts)
    monkeypatch.setattr(intext, "_table_start", _old_start)
    assert read == _rows(texts)
    assert sum(map(bool, read)) > 100  # the texts cite in their tables


def test_a_table_starts_at_its_first_row_over_the_passage():
    text = "Prosa pertama.\nNo | Peneliti | Tahun | Judul\n1 | Santoso | 2019 | Motivasi\n2 | Wijaya | 2020 | Disiplin"
    scan = intext._scan_text(text)
    assert intext._table_start(scan, text.index("2 | Wijaya")) == text.index("No | Peneliti")
    assert intext._table_start(scan, text.index("pertama")) == 0
    assert [c.authors for c in intext._table_rows(text, scan, text.index("2 | Wijaya"), len(text), set())] == \
        [("Wijaya",)]
