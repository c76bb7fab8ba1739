"""Reading kinds of issue 14 found by bench/lost_text.py --share and the lead's list of 2026-12-06 17:10 UTC (helper
"reading", session 33): each written here as a made-up file of the kind course material has, in words of its own."""

from pathlib import Path

from telusur.documents import read_document

PROSE = ("Tanaman padi membutuhkan air yang cukup selama masa pertumbuhan sehingga petani mengatur jadwal irigasi "
         "bersama kelompok tani di desanya.")


def _blocks(path: Path):
    doc = read_document(path, path.name)
    return doc, [(b.kind, b.level, doc.block_text(b).strip()) for b in doc.blocks]


def test_a_blog_posts_own_header_and_aside_are_read_where_the_page_has_no_article(tmp_path):
    """A blog theme with no <article>/<main> sets the post in <div>s: the post's <header> (its title) and an <aside>
    among its paragraphs (a note box) are the post's text; the site's <header> right under <body>, a sidebar <aside>
    beside the post's <div> and an aside linking to other posts ("Baca juga: …") stay dropped."""
    page = f"""<html><head><title>Irigasi | Catatan Pak Darto</title></head><body>
<header><h1>Catatan Pak Darto</h1><p>Blog penyuluh pertanian yang ditulis setiap pekan</p></header>
<div class="wadah"><div class="isi"><div class="tulisan">
<header><h2>Mengatur Air Sawah</h2></header>
<p>{PROSE}</p>
<aside><p>Ingat: saluran tersier dibersihkan bersama-sama sebelum musim tanam dimulai oleh seluruh anggota.</p></aside>
<p>Pada musim kemarau giliran air dibagi per blok sawah agar setiap petani tetap mendapat bagiannya.</p>
<aside>Baca juga: <a href="/pupuk">Membuat Pupuk Kompos dari Jerami Sisa Panen di Sawah</a></aside>
<p>Air yang tersisa di saluran dialirkan kembali ke sungai agar tidak menggenangi jalan desa di sekitarnya.</p>
</div></div>
<aside><h3>Tulisan Lain</h3><p>Pupuk organik cair dari limbah dapur rumah tangga yang mudah dibuat sendiri</p></aside>
</div></body></html>"""
    path = tmp_path / "irigasi.html"
    path.write_text(page, encoding="utf-8")
    doc, blocks = _blocks(path)
    texts = [t for _, _, t in blocks]
    assert ("heading", 2, "Mengatur Air Sawah") in blocks, blocks
    assert any(t.startswith("Ingat: saluran tersier") for t in texts), blocks
    assert not any("Catatan Pak Darto" in t or "Blog penyuluh" in t or "Tulisan Lain" in t or "Pupuk organik" in t
                   or "Baca juga" in t for t in texts), blocks


def test_a_flat_letter_list_under_numbered_items_nests_in_a_pdf_and_a_loose_markdown_list(tmp_path):
    """"1. Penyemaian" / "a. …" / "b. …" / "2. Penanaman" / "a. …" typed at one indent (or as Markdown paragraphs a
    blank line apart) is one list with a letter list under each numbered item, as a plain text's is: in a PDF and in
    Markdown the letter items stood beside the numbered ones, level 0."""
    from tests.pdf_pages import body, canvas_pdf

    items = ["1. Penyemaian", "a. Merendam benih satu malam.", "b. Menebar benih di bedengan.", "2. Penanaman",
             "a. Mencabut bibit umur tiga minggu.", "b. Menanam dua bibit per lubang."]
    lead = "Tahapan budidaya padi sawah adalah sebagai berikut."
    want = [0, 1, 1, 0, 1, 1]
    pdf = tmp_path / "budidaya.pdf"
    pdf.write_bytes(canvas_pdf([body(["Budidaya Padi", lead, *items])]))
    _, blocks = _blocks(pdf)
    assert [lv for k, lv, _ in blocks if k == "item"] == want, blocks
    md = tmp_path / "budidaya.md"
    md.write_text("# Budidaya Padi\n\n" + lead + "\n\n" + "\n\n".join(items) + "\n\n" + PROSE + "\n", encoding="utf-8")
    _, blocks = _blocks(md)
    assert [lv for k, lv, _ in blocks if k == "item"] == want, blocks
    # a letter list after a numbered item that holds none stays beside it, as in a plain text
    md.write_text("# Budidaya Padi\n\n" + lead + "\n\n1. Penyemaian\n\n2. Penanaman\n\na. Mencabut bibit.\n\n"
                  "b. Menanam bibit.\n\n" + PROSE + "\n", encoding="utf-8")
    _, blocks = _blocks(md)
    assert [lv for k, lv, _ in blocks if k == "item"] == [0, 0, 0, 0], blocks


def test_a_table_row_split_over_pages_whose_name_goes_on_with_a_capital_is_one_row():
    """A ruled table's row broken by the page: its first cell's name goes on with a capital ("Hak dan Kewajiban" /
    "Warga Negara") while every other cell goes on in small letters from a cell left open. It was read as two rows,
    the sentences it cut in no passage. A row of its own (its other cells opening with capitals, or after a stop)
    stays a row."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from tests.pdf_pages import table_grid
    from telusur.documents import pdf

    def tables(foot, top):
        out = io.BytesIO()
        c = canvas.Canvas(out, pagesize=A4)
        table_grid(c, 640, [["Materi", "Uraian", "Contoh"], foot])
        c.showPage()
        table_grid(c, 72, [top, ["Sikap", "Menghargai pendapat.", "Diskusi kelas."]])
        c.showPage()
        c.save()
        doc = pdf.read(out.getvalue(), "tabel.pdf")
        return [doc.block_text(b) for b in doc.blocks if b.kind == "table"]

    assert tables(["Hak dan Kewajiban", "Setiap orang memiliki", "Membayar pajak dan"],
                  ["Warga Negara", "kedudukan yang sama.", "ikut pemilu."]) == [
        "Materi | Uraian | Contoh\nHak dan Kewajiban Warga Negara | Setiap orang memiliki kedudukan yang sama. | "
        "Membayar pajak dan ikut pemilu.\nSikap | Menghargai pendapat. | Diskusi kelas."]
    # a row of its own: a cell opening with a capital, or after the cell above closed its sentence
    for top in (["Warga Negara", "Kedudukan yang sama.", "ikut pemilu."],
                ["Warga Negara", "kedudukan yang sama.", "ikut pemilu."]):
        foot = ["Hak dan Kewajiban", "Setiap orang memiliki", "Membayar pajak."] if top[1][:1].islower() else \
            ["Hak dan Kewajiban", "Setiap orang memiliki", "Membayar pajak dan"]
        assert len(tables(foot, top)[0].split("\n")) == 4, (foot, top)


def test_a_plain_texts_table_of_numbers_saved_a_cell_a_line_with_no_caption_is_a_table(tmp_path):
    """LibreOffice's (and Word's) plain text of a table keeps one cell a line; with no "Tabel 1. …" line over it (its
    caption in the paragraph above, or none), a block of short header names over rows that hold numbers in the same
    columns, three rows at least, is a table: each cell was a paragraph of its own ("Kelas XI", "28"), so no passage
    said which number was whose. Two such rows, or lines with no number, stay paragraphs."""
    from tests.unit.test_typed_lists import _read

    lead = "Survei dilakukan kepada siswa kelas X dan XI pada bulan Maret tentang menu kantin yang paling disukai."
    cells = "Menu\nKelas X\nKelas XI\nJumlah\nNasi goreng\n34\n28\n62\nMie ayam\n21\n30\n51\nSoto\n12\n15\n27\n"
    _, blocks = _read(tmp_path, f"Hasil Survei Kantin\n\n{lead}\n\n{cells}\nNasi goreng dipilih paling banyak.\n")
    assert ("table", 0, "Menu | Kelas X | Kelas XI | Jumlah\nNasi goreng | 34 | 28 | 62\nMie ayam | 21 | 30 | 51\n"
            "Soto | 12 | 15 | 27") in blocks, blocks
    two_rows = "Menu\nJumlah\nNasi goreng\n62\nMie ayam\n51\n"
    _, blocks = _read(tmp_path, f"Hasil Survei Kantin\n\n{lead}\n\n{two_rows}\nNasi goreng dipilih paling banyak.\n")
    assert not any(k == "table" for k, _, _ in blocks), blocks
    words = "Ketua\nBudi Santoso\nSekretaris\nAni Lestari\nBendahara\nCitra Dewi\nAnggota\nDodi Pratama\n"
    _, blocks = _read(tmp_path, f"Pengurus Koperasi\n\n{lead}\n\n{words}\nDemikian susunan pengurus.\n")
    assert not any(k == "table" for k, _, _ in blocks), blocks
