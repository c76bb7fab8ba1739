"""A table's row, searched and shown alone, carries what names it: its columns' names, the table's caption, and
the label of the group of rows it stands in ("Pendidikan |  |" over "S1 | 25 | 25")."""

from __future__ import annotations

import pytest

from telusur.chunking import chunk_document, chunk_parts, row_headers, said_in_row, side_by_side, table_rows
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
    chunk = _table(table)
    parts = [p.split("\n")[-1] for p in chunk_parts(chunk)]
    assert parts[len(table_rows(chunk.text)) - 1] == "Nama: Lemari; Jumlah: 2; Keterangan: besi"  # the last row's part


def test_the_answer_shows_the_row_asked_about_under_its_groups_label(course):
    answer = course({"hasil.md": _RESPONDENTS}).ask("Berapa responden yang pendidikan terakhirnya S1?")
    assert answer.answer.startswith("Pendidikan: S1; N: 25; (%): 25")


def _study(number: int, name: str, title: str, finding: str) -> str:
    body = " ".join([finding] + [f"Hal ini ditunjukkan oleh hasil wawancara ke-{k} dengan pegawai bagian pemasaran "
                                 f"kantor cabang yang menangani nasabah tabungan setiap hari kerja." for k in range(9)])
    return f"| {number} | Peneliti | {name} |\n| | Judul | {title} |\n| | Hasil | {body} |\n"


_STUDIES = ("## Penelitian Terdahulu\n\nBeberapa penelitian terdahulu yang menjadi acuan penelitian ini.\n\n"
            + _study(1, "Nur Fuanzen", "Strategi Pemasaran Produk Tabungan Haji",
                     "Adanya strategi harga, dengan biaya Rp 50.000,- dalam membuka rekening.").replace(
                         "|\n", "|\n| --- | --- | --- |\n", 1)
            + _study(2, "Anggi Sulaiman", "Strategi Pemasaran Produk Tabungan Wadiah",
                     "Bank memberikan hadiah langsung kepada nasabah yang menabung dalam jumlah tertentu."))


def _chunks(markdown: str):
    return chunk_document(reader(".md").read(markdown.encode("utf-8"), "studi.md"))


def test_a_long_table_of_numbered_records_heads_each_piece_with_its_own_records_rows():
    # "1 | Peneliti | Nur Fuanzen" is the first study's row, not the table's header: the second study's long "Hasil"
    # row, a piece of its own, is read with "2 | Peneliti | Anggi Sulaiman" over it, never with the first study's
    chunks = _chunks(_STUDIES)
    second = next(c for c in chunks if "hadiah langsung" in c.text)
    assert second.heading.split("\n")[0] == "2 | Peneliti | Anggi Sulaiman"
    assert "Anggi Sulaiman" in second.embed_text and "Nur Fuanzen" not in second.embed_text
    first = next(c for c in chunks if "Rp 50.000" in c.text)
    assert first.heading.split("\n") == ["1 | Peneliti | Nur Fuanzen", "| Judul | Strategi Pemasaran Produk Tabungan Haji"]
    # a piece opening on a record's own first row is under the table's heading, not under the record before it
    opening = next(c for c in chunks if c.text.startswith("2 | Peneliti"))
    assert opening.heading == "Penelitian Terdahulu" and "Nur Fuanzen" not in opening.embed_text


def test_a_records_rows_are_said_after_the_row_that_opened_it_not_under_it_as_a_header():
    # said under "1 | Peneliti | Nur Fuanzen" as column names, the second study read "1: 2; Peneliti; Nur Fuanzen:
    # Anggi Sulaiman"
    rows = next(c for c in _chunks(_STUDIES) if c.text.startswith("2 | Peneliti"))
    assert [p.split("\n")[-1] for p in chunk_parts(rows)] == [
        "2; Peneliti; Anggi Sulaiman", "2; Peneliti; Anggi Sulaiman; Judul; Strategi Pemasaran Produk Tabungan Wadiah"]


def _comparison() -> str:
    def cell(*sentences: str) -> str:
        return " ".join(sentences)

    long_a = cell("Memerlukan metodologi kualitatif yang canggih berdasarkan pada bagaimana audiens mengekspresikan "
                  "perasaan dan tanggapan mereka, yang seringkali melibatkan wawancara jarak dekat.",
                  "Mengkritik ketergantungan pada korelasi dan metodologi yang salah seperti studi panel yang buruk, "
                  "serta kurangnya perhatian pada konteks sosial penonton yang diteliti.") * 3
    long_b = cell("Sangat bergantung pada metode kuantitatif: meta-analisis, desain eksperimen laboratorium dan "
                  "lapangan, serta studi panel longitudinal yang mengikuti responden bertahun-tahun.",
                  "Menggunakan konsep seperti ukuran efek untuk mengukur dampak tayangan terhadap penonton.") * 3
    return ("## Laporan Bacaan\n\nTabel berikut membandingkan dua buku tentang efek media.\n\n"
            "| Konsep | Ill Effects | Media Effects and Society |\n| --- | --- | --- |\n"
            "| Posisi Umum | Sangat kritis terhadap tradisi efek. | Konsensual dan integratif. |\n"
            f"| Metodologi Penelitian | {long_a} | {long_b} |\n")


def test_a_sentence_of_a_row_too_long_to_share_a_passage_is_said_with_its_rows_label_and_its_column():
    # the long row is a passage alone; its sentences, searched one by one, said which book they describe only
    # through the table's whole header row ("| Sangat bergantung …" under "Konsep | Ill Effects | Media Effects ...")
    row = next(c for c in _chunks(_comparison()) if c.text.startswith("Metodologi Penelitian |"))
    parts = [p.split("\n")[-1] for p in chunk_parts(row)]
    assert ("Metodologi Penelitian; Media Effects and Society: Sangat bergantung pada metode kuantitatif: "
            "meta-analisis, desain eksperimen laboratorium dan lapangan, serta studi panel longitudinal yang "
            "mengikuti responden bertahun-tahun.") in parts
    assert parts[0].startswith("Metodologi Penelitian; Ill Effects: Memerlukan metodologi kualitatif")


def test_the_answer_says_a_long_rows_sentence_with_its_label_and_column_not_as_a_lone_cell(course):
    answer = course({"laporan.md": _comparison()}).ask("Metodologi penelitian Media Effects and Society bergantung pada metode apa?")
    assert answer.answer.startswith("Metodologi Penelitian; Media Effects and Society: Sangat bergantung pada metode "
                                    "kuantitatif")


# Journals set two small tables side by side in one grid to save space, and start a second pair further down with a
# row of the same column names: "Usia | Frequency | Percent | Lama Kerja | Frequency | Percent".
_SIDE_BY_SIDE = """## Hasil Penelitian

Karakteristik responden penelitian ini disajikan dalam tabel berikut.

Tabel 1. Karakteristik Responden

| Gender | Frequency | Percent | Status | Frequency | Percent |
| --- | --- | --- | --- | --- | --- |
| Pria | 8 | 16.0 | Menikah | 24 | 48.0 |
| Wanita | 42 | 84.0 | belum menikah | 26 | 52.0 |
| Usia | Frequency | Percent | Lama Kerja | Frequency | Percent |
| 21-25 tahun | 22 | 44.0 | 0-5 tahun | 26 | 52.0 |
| >25-30 tahun | 14 | 28.0 | >5-10 tahun | 11 | 22.0 |
"""


def test_tables_side_by_side_are_said_each_under_its_own_first_columns_name():
    # said under one header, "Wanita" was the gender and "belum menikah" a second "Status" of the same record, and
    # the age band "21-25 tahun" was said as a gender
    parts = [p.split("\n")[-1] for p in chunk_parts(_table(_SIDE_BY_SIDE))]
    assert "Gender: Wanita; Frequency: 42; Percent: 84.0. Status: belum menikah; Frequency: 26; Percent: 52.0" in parts
    assert "Usia: 21-25 tahun; Frequency: 22; Percent: 44.0. Lama Kerja: 0-5 tahun; Frequency: 26; Percent: 52.0" in parts
    assert "Usia | Frequency | Percent | Lama Kerja | Frequency | Percent" in parts


@pytest.mark.parametrize("header, width", [
    (["Gender", "Frequency", "Percent", "Status", "Frequency", "Percent"], 3),
    (["Kepribadian", "Mean", "Iklim Organisasi", "Mean"], 2),
    (["Variabel", "Mean", "Mean"], 0),  # one first column: one table
    (["No", "Nama", "Jumlah", "Keterangan"], 0),
    (["Aspek", "", "Aspek", ""], 0),  # unnamed columns repeat nothing
])
def test_tables_side_by_side_are_told_by_their_repeated_column_names(header, width):
    assert side_by_side(header) == width


def test_a_row_of_names_is_a_new_header_only_when_it_repeats_the_headers_names():
    chunk = _table(_SIDE_BY_SIDE)
    rows = table_rows(chunk.text)
    headers = row_headers(chunk, rows)
    assert headers[0] == headers[2] == "Gender | Frequency | Percent | Status | Frequency | Percent"
    assert headers[3] == headers[-1] == "Usia | Frequency | Percent | Lama Kerja | Frequency | Percent"
    # a body row of words under a header of words is a row, not a header ("Pria | Laki-laki | Ya")
    plain = _table("## Daftar\n\n| Kode | Arti | Wajib |\n| --- | --- | --- |\n| L | Laki-laki | Ya |\n"
                   "| P | Perempuan | Tidak |\n")
    assert set(row_headers(plain, table_rows(plain.text))) == {"Kode | Arti | Wajib"}


def test_the_answer_to_a_row_of_the_second_table_in_a_grid_says_it_under_that_tables_names(course):
    answer = course({"hasil.md": _SIDE_BY_SIDE}).ask("Berapa responden yang lama kerjanya 0-5 tahun?")
    assert "Lama Kerja: 0-5 tahun; Frequency: 26; Percent: 52.0" in answer.answer


def test_a_long_table_is_cut_into_pieces_of_many_rows_not_a_passage_a_row():
    # a table too long for one passage is cut by rows into pieces about a passage long, each a run of rows under the
    # header row: a row alone says too little to be found (its address or count without its neighbours' context)
    rows = "\n".join(f"| Apotek {n} | Jalan Sudirman nomor {n}, Kota Manado | {10 + n} |" for n in range(1, 41))
    doc = reader(".md").read(("# Hasil Penelitian\n\n## Sebaran Apotek\n\nApotek yang diteliti tersebar di seluruh "
                              "wilayah kota.\n\n| Nama Apotek | Alamat | Jumlah Resep |\n| --- | --- | --- |\n"
                              f"{rows}\n\nSebagian besar apotek berada di pusat kota.\n").encode("utf-8"), "hasil.md")
    pieces = [c for c in chunk_document(doc) if table_rows(c.text)]
    assert 2 <= len(pieces) <= 4
    assert sum(len(table_rows(c.text)) for c in pieces) == 41  # every row once, the header row with the first
    assert all(len(table_rows(c.text)) >= 10 for c in pieces)
    assert all(c.heading == "Nama Apotek | Alamat | Jumlah Resep" for c in pieces[1:])
    # a later piece's rows are said with the table's column names, not with the piece's first row as a header
    said = [part.split("\n")[-1] for part in chunk_parts(pieces[1])]
    assert "Nama Apotek: Apotek 20; Alamat: Jalan Sudirman nomor 20, Kota Manado; Jumlah Resep: 30" in said


def test_only_a_lone_row_under_its_tables_header_is_a_long_row():
    # said_in_row reads a passage as one row of a table only when it is one line under a heading of cells: a piece
    # of many rows (its rows said row by row) is none, nor a one-line paragraph of prose under its section's title
    # (its sentences said under that title, not "<the whole line>; <a sentence>")
    rows = "\n".join(f"| Apotek {n} | Jalan Sudirman nomor {n}, Kota Manado | {10 + n} |" for n in range(1, 41))
    doc = reader(".md").read(("# Hasil Penelitian\n\n## Sebaran Apotek\n\n| Nama Apotek | Alamat | Jumlah Resep |\n"
                              f"| --- | --- | --- |\n{rows}\n").encode("utf-8"), "hasil.md")
    later = [c for c in chunk_document(doc) if table_rows(c.text)][1]
    assert later.heading == "Nama Apotek | Alamat | Jumlah Resep"
    assert said_in_row(later, table_rows(later.text)[0]) is None
    prose = ("Motivasi kerja adalah dorongan dari dalam diri pegawai untuk bekerja dengan sungguh-sungguh. "
             "Dorongan ini tumbuh dari kebutuhan, harapan, dan penghargaan yang diterima pegawai di kantornya.")
    [chunk] = chunk_document(reader(".md").read(f"# Laporan\n\n## Motivasi Kerja\n\n{prose}\n".encode(), "m.md"))
    assert said_in_row(chunk, (0, len(chunk.text))) is None
    assert chunk_parts(chunk) == [f"Motivasi Kerja\n{sentence}" for sentence in
                                  (prose[:prose.index(". ") + 1], prose[prose.index(". ") + 2:])]


def test_a_long_tables_first_piece_is_headed_by_its_section_the_later_ones_by_the_header_row():
    # the first piece holds the header row (and the caption over it, when there is one): its heading stays the
    # section's; only the pieces after it, which lost the header row, are headed by it
    rows = "\n".join(f"| Apotek {n} | Jalan Sudirman nomor {n}, Kota Manado | {10 + n} |" for n in range(1, 41))
    doc = reader(".md").read(("# Hasil Penelitian\n\n## Sebaran Apotek\n\n| Nama Apotek | Alamat | Jumlah Resep |\n"
                              f"| --- | --- | --- |\n{rows}\n").encode("utf-8"), "hasil.md")
    pieces = [c for c in chunk_document(doc) if table_rows(c.text)]
    assert pieces[0].heading == "Sebaran Apotek"
    assert {c.heading for c in pieces[1:]} == {"Nama Apotek | Alamat | Jumlah Resep"}
