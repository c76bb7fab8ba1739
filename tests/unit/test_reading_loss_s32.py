"""Text the reader lost before any passage could hold it (issue 14, session of 2026-12-06 15:16 UTC): each kind
written here as a made-up file of the kind course material has."""

from pdf_pages import table_grid
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


def test_a_table_row_split_over_pages_between_two_sentences_of_one_cell_is_one_row():
    """Word and LibreOffice let a row of prose cells break over pages, closing its cells at the foot and opening
    them at the next top: the rest is one row with its first cell empty. It was read as a row of its own whenever one
    cell broke between two sentences (a capital after a stop), and the other cell's sentence was cut in two rows."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from telusur.documents import pdf

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)

    table_grid(c, 640, [["Konsep", "Efek Media", "Acara Media"], ["Khalayak", "Audiens aktif.", "Mitra penting."],
                        ["Model", "Memulai teori penerimaan", "Empat model efek."]])
    c.showPage()
    table_grid(c, 72, [["", "audiens kualitatif.", "Model ini memprioritaskan."], ["Kekerasan", "Konteks.", "Konten."]])
    c.showPage()
    c.save()
    doc = pdf.read(out.getvalue(), "tabel.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "table"] == [
        "Konsep | Efek Media | Acara Media\nKhalayak | Audiens aktif. | Mitra penting.\n"
        "Model | Memulai teori penerimaan audiens kualitatif. | Empat model efek. Model ini memprioritaskan.\n"
        "Kekerasan | Konteks. | Konten."]
    # its name going on too, and a cell going on with a capital ("Sangat" / "Kritis/Penolak.")
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    table_grid(c, 640, [["Konsep", "Efek Media", "Acara Media"], ["Posisi Umum", "Sangat", "Konsensual/"]])
    c.showPage()
    table_grid(c, 72, [["terhadap Efek", "Kritis/Penolak.", "integratif."], ["Model", "Empat model.", "Tiga naskah."]])
    c.showPage()
    c.save()
    doc = pdf.read(out.getvalue(), "tabel.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "table"] == [
        "Konsep | Efek Media | Acara Media\nPosisi Umum terhadap Efek | Sangat Kritis/Penolak. | Konsensual/ integratif."
        "\nModel | Empat model. | Tiga naskah."]
    # a row of its own under a name merged down rows: nothing goes on in small letters from a cell left open
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    table_grid(c, 640, [["Konsep", "Efek Media", "Acara Media"], ["Model", "Teori penerimaan", "Empat model efek."]])
    c.showPage()
    table_grid(c, 72, [["", "Literasi media.", "Model lain."]])
    c.showPage()
    c.save()
    doc = pdf.read(out.getvalue(), "tabel.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "table"] == [
        "Konsep | Efek Media | Acara Media\nModel | Teori penerimaan | Empat model efek.\n | Literasi media. | Model lain."]


def test_an_open_tables_line_going_on_its_cells_is_no_row_of_its_own():
    """A table ruled as APA asks (no vertical rules) is read line by line; a line with its first cell empty and every
    other cell filled was a new row, although one cell goes on in small letters ("hermeneutika" / "ganda") and the
    other opens after a name's initials ("R. E." / "Park"): the sentence it cut was in no passage. The one rule of a
    row going on (pdf_tables.row_goes_on) decides it, as for a row split over pages."""
    from telusur.documents import pdf_tables

    table = pdf_tables.Table(1, 72, 522, 100, 300, header=120.0)
    table.rows = [[["Aspek"], ["Interaksi Simbolik"], ["Strukturasi"]],
                  [["Implikasi"], ["Metodologi ini mengharuskan", "sebagaimana pemikiran R. E."],
                   ["Penelitian harus", "peka terhadap hermeneutika"]]]
    assert pdf_tables._goes_on([[], ["Park dan W. I. Thomas."], ["ganda (interaksi konstan"]], 200.0, table)
    # a row naming itself in its first cell, or one whose cells open sentences after stops, is a row
    assert not pdf_tables._goes_on([["Hubungan"], ["Mengacu pada Cooley."], ["Menolak oposisi."]], 200.0, table)
    assert not pdf_tables._goes_on([[], ["Park dan Thomas."], ["Menolak oposisi."]], 200.0, table)


def test_a_laws_bracketed_ayat_lines_in_a_pdf_are_items_a_series_set_inline_is_not():
    """"(1) …" / "(2) …" opening lines after a line that closed its sentence short of the margin are a law's ayat,
    items as "1." would be; a series set inline ("…; (b) …; (c) …") and wrapped before "(c)" after a full line stays
    its paragraph's (structure.inline_marker's test, with the line's place: pdf._line_before)."""
    from pdf_pages import body, canvas_pdf

    from telusur.documents import pdf

    series = ["Ciri orang dengan kepribadian tipe A menurut Robbins dan Judge adalah sebagai berikut: (a) selalu",
              "bergerak dan makan dengan cepat; (b) merasa tidak sabar dengan kecepatan kejadian di sekitarnya;",
              "(c) berusaha memikirkan atau melakukan dua hal atau lebih pada saat yang sama sepanjang hari."]
    law = ["Pasal 69 undang-undang itu berbunyi sebagai berikut:",
           "(1) Setiap orang dilarang melakukan pembukaan lahan dengan cara membakar.",
           "(2) Ketentuan sebagaimana dimaksud pada ayat (1) huruf h memperhatikan dengan",
           "sungguh-sungguh kearifan lokal di daerah masing-masing.",
           "(3) Kearifan lokal yang dimaksud adalah membakar lahan paling luas dua hektar."]
    doc = pdf.read(canvas_pdf([body(series, top=100) + body(law, top=200)]), "uu.pdf")
    assert [(b.kind, doc.block_text(b)[:12]) for b in doc.blocks] == [
        ("paragraph", "Ciri orang d"), ("paragraph", "Pasal 69 und"), ("item", "(1) Setiap o"),
        ("item", "(2) Ketentua"), ("item", "(3) Kearifan")]
    assert doc.block_text(doc.blocks[3]).endswith("kearifan lokal di daerah masing-masing.")


def test_a_tables_header_row_alone_at_a_pages_foot_is_read_with_the_rows_on_the_next_page():
    """A table begun near a page's foot may leave only its header row there (a grid of one row); read as lines its
    cells ran across each other ("Konsep Efek Media Acara" / "Topik Media Events") and the rows on the next page lost
    their column names. A grid of one row alone is still no table when the next page opens with prose."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from telusur.documents import pdf

    height = A4[1]


    def two_pages(next_page_table: bool) -> bytes:
        out = io.BytesIO()
        c = canvas.Canvas(out, pagesize=A4)
        c.setFont("Times-Roman", 12)
        c.drawString(72, height - 100, "Perbandingan ketiga buku dapat dilihat pada tabel berikut.")
        table_grid(c, 740, [["Konsep", "Efek Media", "Acara Media"]])
        c.showPage()
        if next_page_table:
            table_grid(c, 72, [["Khalayak", "Aktif", "Mitra penting"], ["Model", "Empat model", "Tiga naskah"]])
        else:
            c.setFont("Times-Roman", 12)
            c.drawString(72, height - 80, "Ketiga buku memandang khalayak dengan cara yang berbeda-beda.")
        c.showPage()
        c.save()
        return out.getvalue()

    doc = pdf.read(two_pages(True), "tabel.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "table"] == [
        "Konsep | Efek Media | Acara Media\nKhalayak | Aktif | Mitra penting\nModel | Empat model | Tiga naskah"]
    doc = pdf.read(two_pages(False), "tabel.pdf")
    assert not [b for b in doc.blocks if b.kind == "table"]


def test_a_table_in_a_blockquote_or_list_reads_no_cell_twice(tmp_path):
    """The cells past a table's header are split from the row's source line: in a blockquote or list item that line
    starts with ">" or a list marker, which made one more cell, so every row repeated its last cell."""
    doc, blocks = _read(tmp_path, "# Judul\n\nTeks pembuka.\n\n> | Nama | Nilai |\n> |---|---|\n> | Ani | 90 |\n"
                        "> | Budi | 80 |\n", "kutipan.md")
    assert [t for k, _, t in blocks if k == "table"] == ["Nama | Nilai\nAni | 90\nBudi | 80"]
    doc, blocks = _read(tmp_path, "- | Nama | Nilai |\n  |---|---|\n  | Ani | 90 |\n", "butir.md")
    assert [t for k, _, t in blocks if k == "table"] == ["Nama | Nilai\nAni | 90"]
    # a cell past the header in a quoted table is still read
    doc, blocks = _read(tmp_path, "> > | A | B |\n> > |---|---|\n> > | x | y | z |\n", "dalam.md")
    assert [t for k, _, t in blocks if k == "table"] == ["A | B\nx | y | z"]
