"""Reading kinds the open documents and LibreOffice's saves show (issue 14, session of 2026-12-06 12:17 UTC):
bracketed list markers, a marker alone on its line, ... — each written here as a made-up file."""

from telusur.chunking import chunk_document
from tests.unit.test_typed_lists import _read  # a text written to a file and read

LEAD = ("Menurut Konvensi Montevideo, negara sebagai pribadi hukum internasional harus memiliki syarat-syarat "
        "berikut:")


def test_a_plain_texts_bracketed_markers_are_list_markers(tmp_path):
    """"(a) penduduk tetap;" is an item as "a) penduduk tetap;" is: the list under its lead-in is one passage."""
    text = (f"Negara\n\n{LEAD}\n(a) penduduk tetap;\n(b) wilayah yang tertentu;\n(c) pemerintah; dan\n"
            "(d) kemampuan untuk melakukan hubungan dengan negara lain.\n")
    doc, blocks = _read(tmp_path, text)
    assert [(k, t) for k, _, t in blocks[2:]] == [
        ("item", "(a) penduduk tetap;"), ("item", "(b) wilayah yang tertentu;"), ("item", "(c) pemerintah; dan"),
        ("item", "(d) kemampuan untuk melakukan hubungan dengan negara lain.")]
    assert [b.marker for b in doc.blocks[2:]] == ["(a)", "(b)", "(c)", "(d)"]
    assert [c.text.count("\n(") for c in chunk_document(doc)] == [4]  # one passage: the lead-in and its four items
    # "(1)" and "(iv)" too; "(2), yang …" (a wrapped reference) is none
    doc, blocks = _read(tmp_path, f"{LEAD}\n(1) penduduk tetap;\n(2) wilayah.\n(iv) lain.\n(2), yang berbunyi.\n")
    assert [k for k, _, _ in blocks] == ["paragraph", "item", "item", "item", "paragraph"]


def test_a_bracketed_number_a_wrapper_set_at_a_lines_start_stays_in_its_paragraph(tmp_path):
    """Hard-wrapped text: "(2)" and "(1)" written inline ("yakni (1) …, dan (2) …", "ayat (1)") at a wrapped line's
    start after a line left open read as the paragraph's words, not as items."""
    import textwrap

    text = ("Tulisan ini menelaah dampak gerakan digital tersebut menggunakan dua\n"
            "unit analisis, yakni (1) bagaimana warganet memaknai isu itu saat, dan\n"
            "(2) kemampuan warganet untuk mencapai protes kolektif yang luas.\n\n"
            "Pelaporan daftar akta atau daftar nihil sebagaimana dimaksud pada ayat\n"
            "(1) disampaikan dalam jangka waktu paling lambat lima hari pada minggu\n"
            "pertama setiap bulan berikutnya.")  # textwrap.wrap at 72
    _, blocks = _read(tmp_path, f"Gerakan Digital\n\n{text}\n\n{PROSE}\n")
    assert [k for k, _, _ in blocks] == ["heading", "paragraph", "paragraph", "paragraph"]


def test_a_list_marker_alone_on_its_line_is_joined_to_its_item(tmp_path):
    """A copy out of a word processor or a PDF viewer that sets the number on a line of its own."""
    text = f"{LEAD}\n1.\npenduduk tetap;\n2.\nwilayah yang tertentu;\n(c)\npemerintah.\n"
    _, blocks = _read(tmp_path, text)
    assert blocks[1:] == [("item", 0, "1. penduduk tetap;"), ("item", 0, "2. wilayah yang tertentu;"),
                          ("item", 0, "(c) pemerintah.")]
    # a page range's end wrapped after its dash is no marker
    text = ("Daftar Pustaka\n\nNurhayati, E. (2019). Penerapan model pembelajaran. Jurnal Pendidikan Dasar, 10(2), "
            "45–\n56.\nSanjaya, W. (2016). Strategi pembelajaran. Jakarta: Kencana.\n")
    _, blocks = _read(tmp_path, text)
    assert not any(t.startswith("56. Sanjaya") for _, _, t in blocks)


PROSE = ("Koperasi merupakan badan usaha yang beranggotakan orang-orang dengan melandaskan kegiatannya pada asas "
         "kekeluargaan.")


def test_a_name_of_dictionary_words_alone_under_a_plain_texts_title_is_its_byline(tmp_path):
    """"Dewi Lestari" under the title, prose under it and no line naming where she works: every word of the name a
    dictionary's, and none written again in the text, as a section title's words are."""
    doc, blocks = _read(tmp_path, f"Peran Koperasi di Desa\n\nDewi Lestari\n\n{PROSE}\n\nSejarah Koperasi\n\n{PROSE}\n")
    assert [k for k, _, _ in blocks] == ["heading", "paragraph", "paragraph", "heading", "paragraph"]
    assert doc.blocks[2].location.section == ("Peran Koperasi di Desa",)
    # a section title of two capitalised words the text writes again is a section title
    _, blocks = _read(tmp_path, f"Peran Koperasi di Desa\n\nBadan Usaha\n\n{PROSE}\n")
    assert blocks[1] == ("heading", 2, "Badan Usaha")


def test_a_pdfs_centred_names_and_where_they_work_parted_by_a_wider_gap_are_two_paragraphs():
    """"Oleh :" over two authors' names, a blank line, then their faculty, all centred: the names are one
    paragraph and where they work another, as the gap between them sets them."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from pdf_pages import canvas_pdf
    from telusur.documents import pdf

    body = ["Tindak pidana pembakaran hutan dan lahan yang marak bermunculan di Indonesia sudah menjadi",
            "isu lingkungan hidup yang sangat mengkhawatirkan dan memerlukan tindakan tegas dari pemerintah."]
    left, right = 72, 72 + stringWidth(body[0], "Times-Roman", 12)

    def centred(y, font, text, size=12):
        return ((left + right - stringWidth(text, font, size)) / 2, y, font, size, text)
    # the body set at one and a half lines (21 pt), the title block at single spacing (15 pt), a 28 pt gap in it
    page = [centred(100, "Times-Bold", "TINDAK PIDANA PEMBAKARAN HUTAN", 14), centred(130, "Times-Roman", "Oleh :"),
            centred(145, "Times-Roman", "Anak Agung Ayu Sisthayoni"), centred(160, "Times-Roman", "I Wayan Suardana Wirawan"),
            centred(188, "Times-Roman", "Program Kekhususan Hukum Pidana"),
            centred(203, "Times-Roman", "Fakultas Hukum Universitas Udayana"), centred(240, "Times-Bold", "Abstrak")]
    page += [(left, 260 + 21 * k, "Times-Roman", 12, body[k % 2]) for k in range(12)]
    doc = pdf.read(canvas_pdf([page]), "pidana.pdf")
    texts = [doc.block_text(b) for b in doc.blocks if b.kind == "paragraph"]
    assert "Anak Agung Ayu Sisthayoni I Wayan Suardana Wirawan" in texts
    assert "Program Kekhususan Hukum Pidana Fakultas Hukum Universitas Udayana" in texts


def test_a_table_of_words_saved_one_cell_a_line_under_its_heading_is_a_table(tmp_path):
    """LibreOffice's plain text of a reading report: no cell separators, a cell a line; a header of short names
    (its corner cell empty or not), then rows naming themselves in a short cell over cells of prose."""
    prose = ["Melihat penonton sebagai aktif dan interpretatif, yang membawa pengetahuan dan pengalaman sendiri.",
             "Aktivitas audiens didefinisikan dalam suatu kontinum yang memberikan dampak berbeda pada modelnya.",
             "Mengkritik analisis konten kasar yang hanya menghitung insiden kekerasan dan mengabaikan konteks.",
             "Membedakan efek berdasarkan jenis konten: kognitif, afektif, atau perilaku dalam setiap model."]
    for corner in ("Konsep/ Topik", ""):
        text = "\n".join([PROSE, "2.5 Laporan Bacaan", corner, "Ill Effects (Barker, 2001)",
                          "Media Effects and Society", "Peran Khalayak", prose[0], prose[1], "Analisis Konten",
                          prose[2], prose[3], "Disclosure:", "Tulisan ini dibantu kecerdasan buatan."]) + "\n"
        _, blocks = _read(tmp_path, text)
        [table] = [t for k, _, t in blocks if k == "table"]
        assert table.split("\n")[1:] == [f"Peran Khalayak | {prose[0]} | {prose[1]}",
                                         f"Analisis Konten | {prose[2]} | {prose[3]}"]
        assert table.split("\n")[0].strip(" |") == f"{corner} | Ill Effects (Barker, 2001) | Media Effects and " \
                                                  "Society".strip(" |")
    # sections each with their paragraphs, a blank line between, are no table
    text = f"2.5 Laporan Bacaan\n\nPeran Khalayak\n\n{prose[0]}\n\n{prose[1]}\n\nAnalisis Konten\n\n{prose[2]}\n"
    _, blocks = _read(tmp_path, text)
    assert "table" not in [k for k, _, _ in blocks]


def test_a_plain_texts_numbered_reference_heading_has_its_numbers_level_and_a_numbered_section_ends_the_list(
        tmp_path):
    text = ("BAB II\nKAJIAN PUSTAKA\n\n2.1 Efek Media\n\n" + PROSE + "\n\n2.4 Daftar Pustaka\n\n"
            "Perse, E. M., & Lambe, J. (2001). Media effects and society. Routledge.\n\n2.5 Laporan Bacaan\n\n"
            + PROSE + "\n")
    _, blocks = _read(tmp_path, text)
    assert [(k, lv) for k, lv, t in blocks if t.startswith(("2.4", "2.5", "Perse"))] == [
        ("heading", 2), ("reference", 0), ("heading", 2)]
    assert blocks[-1] == ("paragraph", 0, PROSE)
    # under a chapter that is the list itself ("BAB V DAFTAR PUSTAKA"), a numbered section ends it too
    text = ("BAB V\nDAFTAR PUSTAKA\n\nPerse, E. M., & Lambe, J. (2001). Media effects and society. Routledge.\n\n"
            "5.1 Laporan Bacaan\n\n" + PROSE + "\n")
    _, blocks = _read(tmp_path, text)
    assert blocks[-1] == ("paragraph", 0, PROSE)
