"""What a passage's parts say (chunking.chunk_parts: the rows the index holds for its list items and table cells),
rules that change open documents' parts and that no unit case held (a mutation pass over chunking.py: each condition
forced or dropped, the change seen on the open documents, then the tests run). Made-up texts."""

from __future__ import annotations

from telusur.chunking import chunk_document, chunk_parts
from telusur.documents import markdown

MOTIVASI = """# Motivasi

## Fungsi Motivasi

Fungsi motivasi kerja bagi pegawai adalah sebagai berikut:

1. Mendorong pegawai bekerja dengan sungguh-sungguh setiap hari.
2. Menentukan arah kerja pegawai menuju tujuan organisasi.

## Jenis Motivasi

1. Motivasi intrinsik yang tumbuh dari dalam diri pegawai sendiri.
2. Motivasi ekstrinsik yang datang dari luar diri pegawai.
"""


def _chunks(text: str):
    return chunk_document(markdown.read(text.encode(), "a.md"))


def _holding(chunks, words: str):
    [chunk] = [c for c in chunks if words in c.text]
    return chunk


def test_a_list_items_part_says_its_lead_in_or_else_its_section():
    """waktu-tunggu-resep, sarana-prasarana-kantor, strategi-pemasaran and 17 more open documents: an item alone ("2.
    Menentukan arah kerja ...") does not say what it is one of; its part is said under the list's lead-in (its last
    sentence), or, with none, under the section's heading; never under the first item."""
    chunks = _chunks(MOTIVASI)
    assert chunk_parts(_holding(chunks, "Mendorong pegawai")) == [
        "Fungsi motivasi kerja bagi pegawai adalah sebagai berikut:\n1. Mendorong pegawai bekerja dengan "
        "sungguh-sungguh setiap hari.",
        "Fungsi motivasi kerja bagi pegawai adalah sebagai berikut:\n2. Menentukan arah kerja pegawai menuju tujuan "
        "organisasi."]
    assert chunk_parts(_holding(chunks, "Motivasi intrinsik")) == [
        "Jenis Motivasi\n1. Motivasi intrinsik yang tumbuh dari dalam diri pegawai sendiri.",
        "Jenis Motivasi\n2. Motivasi ekstrinsik yang datang dari luar diri pegawai."]


RESPONDEN = """| Jenis Kelamin | Jumlah | Persentase |
| --- | --- | --- |
| Laki-laki | 45 | 45% |
| Perempuan | 55 | 55% |
"""


def test_a_table_with_no_caption_is_said_under_its_section_but_not_under_the_documents_title():
    """ekonomi-politik-media, waktu-tunggu-resep, sarana-prasarana-kantor and 3 more open documents: a table's rows and
    figures with no caption over them ("Jumlah Laki-laki: 45") are said under the section they stand in, which says
    what they count; a section that is only the document's title says nothing more than the passage's own title."""
    table = _holding(_chunks(f"# Hasil Penelitian\n\n## Karakteristik Responden\n\n{RESPONDEN}"), "Laki-laki")
    parts = chunk_parts(table)
    assert parts[1] == "Karakteristik Responden\nJenis Kelamin: Laki-laki; Jumlah: 45; Persentase: 45%"
    assert "Karakteristik Responden\nJumlah Laki-laki: 45" in parts
    alone = chunk_parts(_holding(_chunks(f"# Karakteristik Responden\n\n{RESPONDEN}"), "Laki-laki"))
    assert alone[1] == "Jenis Kelamin: Laki-laki; Jumlah: 45; Persentase: 45%" and "Jumlah Laki-laki: 45" in alone


IRIGASI = """# Pengaruh Jadwal Pembagian Air Irigasi terhadap Hasil Panen Padi Sawah di Desa Sukamaju Kabupaten Garut

## Hipotesis Penelitian

P2 : Jadwal giliran air menaikkan hasil gabah kering.

Jadwal giliran air yang disepakati kelompok petani pemakai air diduga membuat setiap petak sawah menerima air pada umur tanam yang tepat, karena itu hasil gabah kering per hektar diduga naik dibanding musim tanam sebelum jadwal itu berlaku di desa ini.
"""


def test_a_short_passage_is_said_alone_under_its_heading_without_the_documents_title():
    """A hypothesis line, a one-sentence paragraph, a keywords line (open sets: "H3b : Kepribadian tipe B …", "Dapat
    dikatakan bahwa negara bertindak sebagai …"): embedded under a long document title and section path, its few words
    weigh less than them, while a long passage's sentences are each scored alone. It gets one more row, its text
    under its section; no part of it (part_spans has none, the answer reads none); a long one-sentence passage none."""
    from telusur.chunking import part_spans

    chunks = _chunks(IRIGASI)
    short = _holding(chunks, "P2 :")
    assert chunk_parts(short) == ["Hipotesis Penelitian\nP2 : Jadwal giliran air menaikkan hasil gabah kering."]
    assert "Sukamaju" in short.embed_text and part_spans(short.text) == []
    assert chunk_parts(_holding(chunks, "kelompok petani")) == []


def test_a_short_passages_row_scores_it_and_is_no_part(course, retriever_of):
    # the index holds the row said alone (the passage's similarity is the better of its two), and the answer, which
    # finds a part's sentence by its span, reads no parts for it
    engine = course({"irigasi.md": IRIGASI})
    retriever = retriever_of(engine)
    short = next(c for c in engine.index.chunks if "P2 :" in c.text)
    vector = retriever.query_vector("Hipotesis P2 bunyinya apa?")
    alone = retriever.encode_passages(chunk_parts(short))[0]
    assert retriever.part_scores(short, vector) is None
    assert engine.index.similarities(vector, [short.id])[0] >= float(alone @ vector) - 1e-6
