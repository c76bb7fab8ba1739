"""A question about a table asks for one value: a figure of one row under one column ("Berapa nilai Cronbach alpha
untuk disiplin kerja?"). Said within its whole row, the value shares the row's meaning with every other column's,
and a prose sentence on the same table reads closer to the question; so each figure is also a part of its own, said
with its column's name and its row's label."""

from __future__ import annotations

from telusur.chunking import chunk_document, chunk_parts, figure_cells, part_spans, table_rows
from telusur.documents import reader

_RELIABILITY = """## Hasil Penelitian

Berdasarkan tabel di bawah, seluruh variabel memiliki nilai composite reliability di atas 0,7.

Tabel 3. Uji Reliabilitas Variabel

| Variabel | Composite Reliability | Cronbach Alpha |
| --- | --- | --- |
| Disiplin Kerja | 0.905 | 0.871 |
| Motivasi Kerja | 0.811 | 0.642 |
| Kinerja Pegawai | 0.877 | 0.790 |
"""

# two small tables set side by side in one grid (a journal's way to save space), and a row opening with its number
_GRID = """## Karakteristik Peserta

Tabel 1. Peserta Pelatihan

| Asal | Jumlah | Persen | Angkatan | Jumlah | Persen |
| --- | --- | --- | --- | --- | --- |
| Desa | 12 | 40.0 | Pertama | 18 | 60.0 |
| Kota | 18 | 60.0 | Kedua | 12 | 40.0 |
"""

_NUMBERED = """## Jadwal Praktikum

| No | Kegiatan | Jam |
| --- | --- | --- |
| 1 | Pengenalan alat | 2 |
| 2 | Pengukuran suhu | 3 |
"""


def _table(markdown: str):
    doc = reader(".md").read(markdown.encode("utf-8"), "hasil.md")
    return next(c for c in chunk_document(doc) if table_rows(c.text))


def test_each_figure_is_a_part_said_with_its_column_and_its_rows_label_under_the_caption():
    parts = chunk_parts(_table(_RELIABILITY))
    assert "Tabel 3. Uji Reliabilitas Variabel\nCronbach Alpha Motivasi Kerja: 0.642" in parts
    assert "Tabel 3. Uji Reliabilitas Variabel\nComposite Reliability Kinerja Pegawai: 0.877" in parts
    # the rows are still said whole, first
    assert parts[2] == ("Tabel 3. Uji Reliabilitas Variabel\nVariabel: Motivasi Kerja; Composite Reliability: 0.811; "
                        "Cronbach Alpha: 0.642")


def test_a_figure_of_tables_side_by_side_is_said_with_its_own_tables_label():
    parts = [p.split("\n")[-1] for p in chunk_parts(_table(_GRID))]
    assert "Jumlah Pertama: 18" in parts and "Persen Kota: 60.0" in parts and "Persen Kedua: 40.0" in parts
    assert "Jumlah Desa: 18" not in parts


def test_a_rows_opening_number_names_nothing_and_is_no_part():
    chunk = _table(_NUMBERED)
    figures = [p.split("\n")[-1] for p in chunk_parts(chunk)[len(table_rows(chunk.text)):]]
    assert figures == ["Jam Pengenalan alat: 2", "Jam Pengukuran suhu: 3"]


def test_the_spans_of_the_parts_are_the_rows_then_each_figure_in_order():
    # the index keeps one vector per part and the answer finds a part's sentence by its span: they must line up
    for markdown in (_RELIABILITY, _GRID, _NUMBERED):
        chunk = _table(markdown)
        rows, spans = table_rows(chunk.text), part_spans(chunk.text)
        assert len(spans) == len(chunk_parts(chunk))
        assert spans[:len(rows)] == rows
        cells = spans[len(rows):]
        assert [chunk.text[a:b] for a, b in cells] == [p.split(": ")[-1] for p in chunk_parts(chunk)[len(rows):]]
        assert all(any(r[0] <= a and b <= r[1] for r in rows) for a, b in cells)  # a figure stands in its row


def test_figure_cells_are_told_from_names():
    text = "Hubungan | Koefisien | Keterangan\nX -> Y | -0.325 | tidak signifikan\nX -> Z | 32,5% | signifikan"
    rows = table_rows(text)
    assert [(n, k, text[a:b], label) for n, k, (a, b), label in figure_cells(text, rows)] == [
        (1, 1, "-0.325", "X -> Y"), (2, 1, "32,5%", "X -> Z")]


def test_the_index_scores_each_figure_part(course, retriever_of):
    # the built index holds a vector for every part chunk_parts gives, so a table passage's parts are scored
    engine = course({"hasil.md": _RELIABILITY})
    retriever = retriever_of(engine)
    table = next(c for c in engine.index.chunks if table_rows(c.text))
    scored = retriever.part_scores(table, retriever.query_vector("Berapa nilai Cronbach alpha disiplin kerja?"))
    assert scored is not None and len(scored) == len(part_spans(table.text))


def test_sentence_words_reads_a_figure_with_its_column_and_its_rows_label(course, retriever_of):
    # "Cronbach alpha disiplin kerja berapa?": the raw row "Disiplin Kerja | 0.905 | 0.871" holds half the question's
    # words and the header row the other half; said, the figure's part holds them all, as a sentence giving it would
    engine = course({"hasil.md": _RELIABILITY})
    retriever = retriever_of(engine)
    table = next(c for c in engine.index.chunks if table_rows(c.text))
    weights = retriever.question_terms("Cronbach alpha disiplin kerja berapa?")
    assert {"cronbach", "alpha", "disiplin"} <= set(weights)
    assert retriever._sentence_words(table.id, weights) == 1.0


_AGES = """## Karakteristik Responden

Tabel 1 Distribusi Responden Berdasarkan Umur

| Umur (tahun) | N | (%) |
| --- | --- | --- |
| 15-24 | 20 | 20 |
| 25-34 | 80 | 80 |
"""


def test_a_rows_label_written_with_digits_is_no_figure_it_names_the_figures_after_it():
    # an age band ("15-24") labels its row as a word would: "berapa responden berumur 15-24 tahun?" asks for its N
    chunk = _table(_AGES)
    figures = [p.split("\n")[-1] for p in chunk_parts(chunk)[len(table_rows(chunk.text)):]]
    assert figures == ["N 15-24: 20", "(%) 15-24: 20", "N 25-34: 80", "(%) 25-34: 80"]
