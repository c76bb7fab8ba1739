"""PDF reader (issue 7): the real PDFs in ../shared/texts/formats/, and PDFs made here with reportlab."""

import io
import re
import shutil
from pathlib import Path

import pytest

from conftest import CORPUS, REPO, read_jsonl
from pdf_pages import body, canvas_pdf, table_grid
from telusur.documents import pdf
from telusur.documents import text as text_reader
from telusur.errors import CorpusError

FORMATS = REPO.parent / "shared" / "texts" / "formats"
BAB2 = "Kartikatios--sarana-prasarana-kantor-bab2.pdf"
PUSTAKA = "Kartikatios--sarana-prasarana-kantor-daftar-pustaka.pdf"
EVOTE = "murnati--evote-osis-tinjauan-pustaka-bab2.pdf"
PAGE_COUNTS = {BAB2: 28, PUSTAKA: 2, EVOTE: 21}  # pdfinfo's "Pages"
HEADER = "Bahan Kuliah Hubungan Internasional - Semester Ganjil"

needs_formats = pytest.mark.skipif(not all((FORMATS / n).exists() for n in PAGE_COUNTS),
                                   reason="../shared/texts/formats/ is not beside the repository")


@pytest.fixture(scope="module")
def real():
    return {name: pdf.read((FORMATS / name).read_bytes(), name) for name in PAGE_COUNTS}


def squeeze(text):
    """Text without its whitespace: "2.Persetujuan" in the .txt is the item "2. Persetujuan" in the PDF."""
    return "".join(text.split())


def texts(doc, kind=None):
    return [doc.block_text(b) for b in doc.blocks if kind is None or b.kind == kind]


# ---------------------------------------------------------------- the real files


@needs_formats
def test_each_real_pdf_is_read_with_its_page_count(real):
    for name, count in PAGE_COUNTS.items():
        doc = real[name]
        assert (doc.format, doc.pages, doc.warnings) == ("pdf", count, ())
        assert doc.title and doc.path == name
        for block in doc.blocks:
            assert 1 <= block.location.first_page <= block.location.last_page <= count
        assert doc.text.endswith("\n") and all(doc.text[b.end] == "\n" for b in doc.blocks)


@needs_formats
def test_page_numbers_are_not_text(real):
    # EVOTE prints its page numbers 6..26 at the top (bottom on its first page); the other two print none.
    for doc in real.values():
        assert not [t for t in texts(doc) if re.fullmatch(r"[\divxlc]{1,4}", t.strip(), re.I)]
    evote = real[EVOTE]
    for block in evote.blocks:
        text = evote.block_text(block)
        for page in range(block.location.first_page + 1, block.location.last_page + 1):
            assert f" {page + 5} " not in text, (page, text)
    # Paragraphs broken by a page (and its number) read on as one block over both pages.
    joined = {"dalam pemilihan dan hasil pemilihanan itu sendiri akurat dan cepat diketahui tidak perlu waktu lama "
              "untuk mengetahui hasilnya. Demikian juga dari segi biaya": (3, 4),
              "menyiapkan alat-alat yang diperlukan dalam Pemilu": (16, 17)}
    for phrase, pages in joined.items():
        block = next(b for b in evote.blocks if phrase in evote.block_text(b))
        assert (block.location.first_page, block.location.last_page) == pages


@needs_formats
def test_real_pdf_passages_give_the_printed_page(real):
    # Issue 14: the OSIS definition stands on the file's page 4, which prints "9" in its header.
    evote = real[EVOTE]
    block = next(b for b in evote.blocks
                 if evote.block_text(b).startswith("Organisasi Siswa Intra Sekolah (disingkat OSIS) adalah"))
    assert (block.location.page_label, block.location.pdf_page_label) == ("9", "4")
    # BAB2 prints no page numbers: its pages are the file's.
    assert all(b.location.page_label == b.location.pdf_page_label for b in real[BAB2].blocks)


@needs_formats
def test_words_broken_at_line_ends_are_joined(real):
    evote, bab2 = real[EVOTE].text, real[BAB2].text
    assert "dikelola oleh murid-murid yang terpilih" in evote  # "murid-" / "murid": a reduplication keeps its hyphen
    assert "penyimpanan data-data yang ada" in evote
    assert "Kemampuan untuk meng-upload foto" in evote  # prefix on a loan word, as written
    assert "tugas masing-masing." in bab2
    for doc in (evote, bab2):
        assert not re.search(r"\w- \w", doc.replace("– ", ""))  # no "murid- murid" left behind


@needs_formats
def test_headings_items_and_references(real):
    evote, bab2, pustaka = real[EVOTE], real[BAB2], real[PUSTAKA]
    headings = {evote.block_text(b): b for b in evote.blocks if b.kind == "heading"}
    assert headings["BAB II TINJAUAN PUSTAKA"].level == 1
    assert headings["A. Landasan Teori"].level == 2
    sejarah = headings["A.1. Sejarah Singkat SMA PGRI 1 Kota Serang"]
    assert sejarah.level == 3
    assert sejarah.location.section == ("BAB II TINJAUAN PUSTAKA", "A. Landasan Teori")
    body = next(b for b in evote.blocks if evote.block_text(b).startswith("SMA PGRI 1 Kota Serang merupakan"))
    assert body.location.section[-1] == "A.1. Sejarah Singkat SMA PGRI 1 Kota Serang"
    items = [(b.marker, bab2.block_text(b)) for b in bab2.blocks if b.kind == "item"]
    assert ("a.", "a. Sebagai tempat untuk penyimpanan") in items
    assert ("e.", "e. Mengoptimalkan tata ruang kantor") in items
    assert ("d)", "d) Bisa menurunkan produktivitas, khususnya bagi karyawan yang kurang termotivasi atau kurang "
                  "kompetitif.") in items
    # A table's header row ("Gambar | Meja Kantor | Keterangan") is no heading.
    assert not [t for t in texts(bab2, "heading") if t.startswith("Gambar")]
    # The catalogue is a ruled table: a name cell broken over two lines is one cell, beside its description.
    rows = [row for t in texts(bab2, "table") for row in t.split("\n")]
    assert "Sumber: wosvictornash.blogspot.com | Lemari Arsip Beroda | Perabotan kantor berupa lemari kecil yang " \
           "beroda yang biasanya berada di bawah meja" in rows
    refs = texts(pustaka, "reference")
    assert len(refs) == 22 and "The Liang Gie. (1991). Administrasi Perkantoran Modern. Yogyakarta: Liberty." in refs


# ---------------------------------------------------------------- PDFs made here


def test_hyphenated_word_joined_heading_and_footnote():
    page1 = [(72, 80, "Times-Bold", 14, "BAB I"), (72, 100, "Times-Bold", 14, "PENDAHULUAN"),
             (72, 130, "Times-Bold", 12, "1.1 Latar Belakang")]
    page1 += body(["Negara-negara anggota Perserikatan Bangsa-Bangsa menggu-",
                   "nakan hukum internasional untuk menyelesaikan sengketa secara",
                   "damai tanpa kekerasan."], top=160)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    page1 += [(72 + stringWidth("damai tanpa kekerasan.", "Times-Roman", 12), 160 + 2 * 18 - 5, "Times-Roman", 7,
               "1")]  # the footnote reference, small and raised
    page1 += [(72, 760, "Times-Roman", 9, "1 Lihat Piagam PBB Pasal 33 tentang penyelesaian sengketa"),
              (80, 771, "Times-Roman", 9, "secara damai.")]
    doc = pdf.read(canvas_pdf([page1], title="Pengantar Hukum Internasional"), "hukum.pdf")
    assert doc.title == "Pengantar Hukum Internasional"
    assert [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks if b.kind == "heading"] == [
        ("heading", 1, "BAB I PENDAHULUAN"), ("heading", 2, "1.1 Latar Belakang")]
    paragraph = texts(doc, "paragraph")
    assert paragraph == ["Negara-negara anggota Perserikatan Bangsa-Bangsa menggunakan hukum internasional untuk "
                         "menyelesaikan sengketa secara damai tanpa kekerasan.¹"]  # the reference kept as its mark
    notes = [b for b in doc.blocks if b.kind == "footnote"]
    assert [(doc.block_text(b), b.location.first_page) for b in notes] == [
        ("1 Lihat Piagam PBB Pasal 33 tentang penyelesaian sengketa secara damai.", 1)]
    # The same page with its footnote written first in the file: found by place and size, not by order.
    again = pdf.read(canvas_pdf([page1[-2:] + page1[:-2]], title="Pengantar Hukum Internasional"), "hukum.pdf")
    assert [(b.kind, again.block_text(b)) for b in again.blocks] == [(b.kind, doc.block_text(b)) for b in doc.blocks]


def test_running_header_with_changing_numbers_and_footer_page_numbers_dropped():
    sentences = ["Diplomasi adalah seni berunding antarnegara.", "Negosiasi menjadi alat utama diplomasi modern.",
                 "Perjanjian bilateral mengikat dua negara saja.", "Organisasi regional menampung kepentingan kawasan.",
                 "Kedaulatan negara tetap dihormati dalam kerjasama."]
    pages = [[(72, 40, "Times-Italic", 9, f"Jurnal Ilmu Politik Vol. 3 No. 2 (2020): {44 + n}")]
             + body([text], top=100) + [(290, 800, "Times-Roman", 10, f"- {44 + n} -")]
             for n, text in enumerate(sentences, 1)]
    doc = pdf.read(canvas_pdf(pages), "jurnal.pdf")
    assert texts(doc) == sentences
    assert [b.location.first_page for b in doc.blocks] == [1, 2, 3, 4, 5]


SENTENCES = ["Diplomasi adalah seni berunding antarnegara.", "Negosiasi menjadi alat utama diplomasi modern.",
             "Perjanjian bilateral mengikat dua negara saja.", "Organisasi regional menampung kepentingan kawasan.",
             "Kedaulatan negara tetap dihormati dalam kerjasama."]


def pages_of(doc):
    return [(b.location.page_label, b.location.pdf_page_label) for b in doc.blocks]


def test_pages_are_the_numbers_printed_in_the_header():
    # A chapter's first page prints no number; the others print theirs at the top: the file's page 2 is page 7.
    pages = [body([SENTENCES[0]])] + [[(500, 40, "Times-Roman", 11, str(5 + n))] + body([text])
                                      for n, text in enumerate(SENTENCES[1:], 2)]
    doc = pdf.read(canvas_pdf(pages), "bab2.pdf")
    assert texts(doc) == SENTENCES
    assert pages_of(doc) == [("6", "1"), ("7", "2"), ("8", "3"), ("9", "4"), ("10", "5")]
    # A passage over two pages keeps both numbering schemes; its JSON names the printed pages first.
    from telusur.documents import Location

    span = Location.spanning(("Bab II",), [b.location for b in doc.blocks[1:3]])
    assert (span.page_label, span.pdf_page_label) == ("7-8", "2-3")
    assert Location.from_dict(span.to_dict()) == span


def test_page_number_inside_a_running_footer_is_the_printed_page():
    # "Jurnal ... 2016: 293-309 293" on odd and even pages alike: the trailing number counts, the year does not.
    pages = [body([text]) + [(72, 800, "Times-Roman", 9, f"Jurnal Manajemen Vol. 2, Juni 2016: 293-309 {293 + n}")]
             for n, text in enumerate(SENTENCES)]
    doc = pdf.read(canvas_pdf(pages), "jurnal.pdf")
    assert texts(doc) == SENTENCES
    assert [label for label, _ in pages_of(doc)] == ["293", "294", "295", "296", "297"]


def test_type_set_at_one_point_and_scaled_up_reads_as_its_size():
    # "/F1 1 Tf 12 0 0 12 x y Tm": PDFium reports size 1 for every glyph; the text object's matrix gives 12.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lines = [("Times-Bold", 16, "Kajian Teori"), ("Times-Roman", 12, "Iklim organisasi adalah lingkungan internal"),
             ("Times-Roman", 12, "organisasi yang dirasakan oleh anggotanya dan"),
             ("Times-Roman", 12, "mempengaruhi perilaku mereka di tempat kerja.")]
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for i, (font, size, text) in enumerate(lines):
        t = c.beginText()
        t.setFont(font, 1)
        t.setTextTransform(size, 0, 0, size, 72, A4[1] - 100 - 16 * i)
        t.textOut(text)
        c.drawText(t)
    c.showPage()
    c.save()
    doc = pdf.read(out.getvalue(), "skala.pdf")
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("heading", "Kajian Teori"),
        ("paragraph", "Iklim organisasi adalah lingkungan internal organisasi yang dirasakan oleh anggotanya dan "
                      "mempengaruhi perilaku mereka di tempat kerja.")]


def test_front_matter_in_roman_numbers_then_arabic():
    # A skripsi: a cover (no number), front matter "ii", "iii" at the foot, then the chapters from 1.
    feet = ["", "ii", "iii", "1", "2", "3"]
    pages = [body([text]) + ([(290, 800, "Times-Roman", 11, foot)] if foot else [])
             for foot, text in zip(feet, SENTENCES + ["Bab pertama membahas latar belakang penelitian."])]
    doc = pdf.read(canvas_pdf(pages), "skripsi.pdf")
    assert pages_of(doc) == [("i", "1"), ("ii", "2"), ("iii", "3"), ("1", "4"), ("2", "5"), ("3", "6")]


@pytest.mark.parametrize("furniture", [
    lambda n: [(250, 800, "Times-Roman", 10, f"Halaman {n} dari 20")],
    lambda n: [(290, 800, "Times-Roman", 10, f"- {n} -")],
    # even pages "12 | Jurnal ..." at the left, odd pages "Authors | 13" at the right
    lambda n: [(72, 40, "Times-Roman", 9, f"{n} | Jurnal Ilmu Sosial")] if n % 2 == 0 else
    [(330, 40, "Times-Roman", 9, f"Budi Santoso dan Ani Wijaya | {n}")],
    # a footer naming the journal's volume, issue and year, the number alone at the top
    lambda n: [(500, 40, "Times-Roman", 10, str(n)), (72, 800, "Times-Roman", 9, "Jurnal Hukum Vol. 5 No. 2, 2019")],
    # odd pages number themselves; even pages print only the volume and issue ("No. 2" is no page number)
    lambda n: [(330, 40, "Times-Roman", 9, f"Jurnal Ilmu Sosial | {n}")] if n % 2 else
    [(72, 40, "Times-Roman", 9, "Budi Santoso dan Ani Wijaya, Vol. 5 No. 2")],
], ids=["halaman-dari", "dashes", "bar-alternating", "number-beside-volume-and-year", "issue-number-on-even-pages"])
def test_printed_page_number_forms(furniture):
    pages = [furniture(11 + n) + body([text]) for n, text in enumerate(SENTENCES)]
    doc = pdf.read(canvas_pdf(pages), "artikel.pdf")
    assert texts(doc) == SENTENCES
    assert pages_of(doc) == [(str(11 + n), str(1 + n)) for n in range(5)]


def test_a_chapter_opener_numbered_at_the_foot_among_pages_numbered_at_the_top():
    # Word's "different first page": the chapter's first page prints its number at the foot, the others at the top
    # (right on odd pages, left on even ones).
    pages = [body([SENTENCES[0]]) + [(290, 800, "Times-Roman", 10, "9")]]
    pages += [[(72 if n % 2 == 0 else 500, 40, "Times-Roman", 10, str(n))] + body([text])
              for n, text in zip(range(10, 14), SENTENCES[1:])]
    doc = pdf.read(canvas_pdf(pages), "bab2.pdf")
    assert texts(doc) == SENTENCES
    assert pages_of(doc) == [(str(9 + n), str(1 + n)) for n in range(5)]
    # A page in the middle of the run printing no number (a full-page figure's caption page) is counted on.
    heads = ["21", "22", "", "24", "25"]
    pages = [([(500, 40, "Times-Roman", 10, head)] if head else []) + body([text]) for head, text in zip(heads, SENTENCES)]
    assert [label for label, _ in pages_of(pdf.read(canvas_pdf(pages), "bab3.pdf"))] == ["21", "22", "23", "24", "25"]


def test_page_numbers_per_chapter_keep_their_chapter():
    # A report numbers its pages per chapter ("II-1", "II-2", ...; the chapter's first page prints none): the printed
    # page a student cites is "II-3", and the numbers are furniture, never a paragraph.
    feet = ["", "II-2", "II - 3", "II-4", "II-5"]
    pages = [body([text]) + ([(280, 800, "Times-Roman", 10, foot)] if foot else []) for foot, text in zip(feet, SENTENCES)]
    doc = pdf.read(canvas_pdf(pages), "laporan.pdf")
    assert texts(doc) == SENTENCES
    assert [label for label, _ in pages_of(doc)] == ["II-1", "II-2", "II-3", "II-4", "II-5"]
    from telusur.documents import Location

    assert Location.spanning((), [b.location for b in doc.blocks[3:5]]).page_label == "II-4–II-5"


@pytest.mark.parametrize("footer", ["Jurnal Hukum Vol. 5 No. 2", "Jurnal Hukum Vol. 5 No. 2, Desember 2019",
                                    "© 2019 Universitas Contoh"])
def test_volume_issue_and_year_in_a_footer_are_not_page_numbers(footer):
    pages = [body([text]) + [(72, 800, "Times-Roman", 9, footer)] for text in SENTENCES]
    doc = pdf.read(canvas_pdf(pages), "artikel.pdf")
    assert texts(doc) == SENTENCES
    assert pages_of(doc) == [(str(n), str(n)) for n in range(1, 6)]


def test_numbering_that_restarts_is_followed_not_overruled_by_the_longer_run():
    # A module whose second unit starts again at 1 (its first page prints no number), and two journal articles
    # bound in one file: each page keeps the number it prints, the chapter opener the one its run gives it.
    feet = ["1", "2", "3", "4", "5", "", "2", "3"]
    sentences = SENTENCES + ["Bab kedua membahas metode penelitian.", "Data dikumpulkan melalui wawancara.",
                             "Analisis dilakukan secara kualitatif."]
    pages = [body([text]) + ([(290, 800, "Times-Roman", 11, foot)] if foot else []) for text, foot in zip(sentences, feet)]
    doc = pdf.read(canvas_pdf(pages), "modul.pdf")
    assert [label for label, _ in pages_of(doc)] == ["1", "2", "3", "4", "5", "1", "2", "3"]
    heads = ["117", "118", "119", "120", "121", "20", "21", "22"]
    pages = [[(500, 40, "Times-Roman", 11, head)] + body([text]) for text, head in zip(sentences, heads)]
    assert [label for label, _ in pages_of(pdf.read(canvas_pdf(pages), "bundel.pdf"))] == heads


def test_numbers_that_do_not_agree_leave_the_file_pages():
    # Numbers in the margin that do not count up with the pages are not page numbers: the file's pages stay.
    pages = [[(500, 40, "Times-Roman", 11, n)] + body([text]) for n, text in zip(["3", "12", "7", "1", "9"], SENTENCES)]
    doc = pdf.read(canvas_pdf(pages), "acak.pdf")
    assert pages_of(doc) == [("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")]


def test_page_labels_of_the_pdf_come_first():
    # /PageLabels: two front pages numbered i, ii, then arabic from 1; the printed numbers agree with none of it.
    pages = [[(500, 40, "Times-Roman", 11, str(40 + n))] + body([text]) for n, text in enumerate(SENTENCES)]
    doc = pdf.read(canvas_pdf(pages, labels=[(0, "ROMAN_LOWER", 1), (2, "ARABIC", 1)]), "skripsi.pdf")
    assert [label for label, _ in pages_of(doc)] == ["i", "ii", "1", "2", "3"]
    # Labels that only count the file's pages from 1 (an excerpt re-saved) do not hide the numbers the pages print.
    doc = pdf.read(canvas_pdf(pages, labels=[(0, "ARABIC", 1)]), "artikel.pdf")
    assert [label for label, _ in pages_of(doc)] == ["40", "41", "42", "43", "44"]
    doc = pdf.read(canvas_pdf([body([text]) for text in SENTENCES], labels=[(0, "ARABIC", 1)]), "artikel.pdf")
    assert pages_of(doc) == [("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")]


def test_two_columns_are_read_left_column_first():
    left = ["Kolom kiri membuka pembahasan tentang", "diplomasi ekonomi yang dijalankan oleh",
            "negara berkembang di kawasan Asia", "Tenggara sejak krisis keuangan tahun", "sembilan puluhan.",
            "Paragraf kedua kolom kiri menutup", "pembahasan tentang diplomasi ekonomi."]
    right = ["Kolom kanan membahas perdagangan", "internasional yang berkembang pesat", "setelah perjanjian kawasan",
             "disepakati oleh negara anggota", "organisasi regional tersebut.", "Paragraf kedua kolom kanan juga",
             "membahas perdagangan internasional."]
    title = [(72, 60, "Times-Bold", 14, "Diplomasi dan Perdagangan di Kawasan Asia Tenggara")]
    # Written row by row across the gutter (PDFium then glues the two halves of a row into one line) ...
    by_row = title + [cell for i, (a, b) in enumerate(zip(left, right))
                      for cell in ((72, 100 + i * 14, "Times-Roman", 10, a), (310, 100 + i * 14, "Times-Roman", 10, b))]
    # ... or column by column: the same reading either way.
    by_column = title + body(left, top=100, pitch=14, size=10) + body(right, top=100, x=310, pitch=14, size=10)
    want = ["Diplomasi dan Perdagangan di Kawasan Asia Tenggara",
            "Kolom kiri membuka pembahasan tentang diplomasi ekonomi yang dijalankan oleh negara berkembang di "
            "kawasan Asia Tenggara sejak krisis keuangan tahun sembilan puluhan.",
            "Paragraf kedua kolom kiri menutup pembahasan tentang diplomasi ekonomi.",
            "Kolom kanan membahas perdagangan internasional yang berkembang pesat setelah perjanjian kawasan "
            "disepakati oleh negara anggota organisasi regional tersebut.",
            "Paragraf kedua kolom kanan juga membahas perdagangan internasional."]
    for page in (by_row, by_column):
        assert texts(pdf.read(canvas_pdf([page]), "dua-kolom.pdf")) == want


def test_a_bulletin_in_three_columns_reads_column_by_column():
    story = journal_story(paragraphs=30, seed=4)
    doc = pdf.read(journal_pdf(story, first_page=101, columns=3), "buletin.pdf")
    assert [doc.block_text(b) for b in doc.blocks] == [text for _, text in story]


def test_a_short_right_column_on_the_last_page_is_read_after_the_left_one():
    # Rows written across the gutter (PDFium glues the two halves of each row): on the article's last page the right
    # column holds three lines, too few to find the gutter from that page alone; the first page shows where it is.
    import random

    rng = random.Random(5)
    words = "negara kawasan perdagangan diplomasi kebijakan organisasi ekonomi keamanan anggota perjanjian".split()

    def column(n):
        return [" ".join(rng.choice(words) for _ in range(5)) for _ in range(n)]

    def page_of(left, right):
        return [cell for i in range(len(left)) for cell in
                [(72, 100 + i * 14, "Times-Roman", 10, left[i])] +
                ([(322, 100 + i * 14, "Times-Roman", 10, right[i])] if i < len(right) else [])]

    columns = [column(15), column(15), column(12), column(3)]
    doc = pdf.read(canvas_pdf([page_of(*columns[:2]), page_of(*columns[2:])]), "artikel.pdf")
    flat = squeeze(doc.text)
    starts = [flat.index(squeeze(" ".join(c[:2]))) for c in columns]
    assert starts == sorted(starts)
    assert squeeze(" ".join(columns[2])) in flat and squeeze(" ".join(columns[3])) in flat


def test_a_page_whose_right_column_holds_only_a_heading_is_read_in_columns():
    # The right column holds a heading and the table under it (read apart from the rows), too few rows to find the
    # gutter from that page: the other pages show where it is, and no row crosses it. Before, the heading stood
    # beside the left column's lines (a table cell, not a heading) and was read into the first of them.
    import random

    rng = random.Random(7)
    words = "negara kawasan perdagangan diplomasi kebijakan organisasi ekonomi keamanan anggota perjanjian".split()

    def column(n):
        return [" ".join(rng.choice(words) for _ in range(5)) for _ in range(n)]

    left1, right1, left2 = column(15), column(15), column(15)
    page1 = body(left1, top=100, x=72, pitch=14, size=10) + body(right1, top=100, x=322, pitch=14, size=10)
    page2 = body(left2, top=100, x=72, pitch=14, size=10) + [(322, 100, "Times-Bold", 10, "B. Hasil Penelitian")]
    doc = pdf.read(canvas_pdf([page1, page2]), "artikel.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"] == ["B. Hasil Penelitian"]
    flat = squeeze(doc.text)
    assert flat.index(squeeze(left2[-1])) < flat.index("B.HasilPenelitian")


def test_a_line_back_at_the_markers_x_ends_an_item_of_a_list_that_wraps_under_its_text():
    # The list's items wrap under their text (a hanging indent): "Kelemahan MySQL" at the markers' x, no stop, is
    # the next title, not the end of the item above it.
    t = "Times-Roman"
    lines = [(72, 100, t, 12, "Kelebihan MySQL dibandingkan dengan basis data yang lain adalah sebagai berikut:"),
             (90, 118, t, 12, "•"), (104, 118, t, 12, "Sangat fleksibel dengan berbagai macam program dan bahasa"),
             (104, 136, t, 12, "pemrograman yang dipakai saat ini."),
             (90, 154, t, 12, "•"), (104, 154, t, 12, "Perkembangan dari MySQL sangat cepat"),
             (90, 172, t, 12, "Kelemahan MySQL"),
             (90, 190, t, 12, "Selain kelebihan yang disampaikan di atas, ada beberapa kekurangan yang"),
             (72, 208, t, 12, "dimiliki oleh MySQL, di antaranya kurang mendukung koneksi bahasa lain.")]
    doc = pdf.read(canvas_pdf([lines]), "mysql.pdf")
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks][2:4] == [
        ("item", "• Perkembangan dari MySQL sangat cepat"), ("paragraph", "Kelemahan MySQL")]


def wrapped(words: str, x: float, width: float, size: float = 12) -> list[str]:
    """The words wrapped greedily into lines of Times-Roman that fit width points from x."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = [""]
    for word in words.split():
        tried = f"{lines[-1]} {word}".strip()
        if stringWidth(tried, "Times-Roman", size) <= width:
            lines[-1] = tried
        else:
            lines.append(word)
    return lines


def test_a_paragraphs_indent_is_seen_when_a_long_lists_hanging_lines_outnumber_the_margins():
    # A page mostly a bulleted list whose items wrap under their text: the most common line start is the list's
    # text, not the margin. Two paragraphs under it, their first lines indented, the first ending a sentence on a
    # full line: they were read as one (the indent measured from the list's text was none).
    t = "Times-Roman"
    lines, y = [], 100
    item = ("Pewaris membuat atau menyuruh orang lain membuat wasiatnya dalam bentuk tertulis dan kemudian "
            "membubuhkan tanda tangannya pada akhir surat wasiat tersebut di hadapan notaris yang berwenang")
    for n in range(4):
        for k, text in enumerate(wrapped(item, 108, 415)):
            lines += [(90, y, t, 12, "•")] if k == 0 else []
            lines.append((108, y, t, 12, text))
            y += 15
    first = wrapped("Notaris wajib membuat daftar akta yang berkenaan dengan wasiat menurut urutan waktu pembuatan "
                    "akta setiap bulan dan menyampaikan daftar itu kepada Daftar Pusat Wasiat pada kementerian yang "
                    "membidangi hukum dan hak asasi manusia paling lambat", 90, 433)
    second = wrapped("Daftar akta atau daftar nihil sebagaimana dimaksud pada ayat satu wajib dilaporkan ke Daftar "
                     "Pusat Wasiat setiap bulan dalam jangka waktu paling lambat lima hari pada minggu pertama.", 90, 433)
    for paragraph in ([first[0]] + wrapped(" ".join(first[1:]), 72, 451)[:-1], second[:1] + wrapped(
            " ".join(second[1:]), 72, 451)):
        paragraph[-1] += "" if paragraph[-1].endswith(".") else "."
        for k, text in enumerate(paragraph):
            lines.append((90 if k == 0 else 72, y, t, 12, text))
            y += 15
    doc = pdf.read(canvas_pdf([lines]), "wasiat.pdf")
    paragraphs = texts(doc, "paragraph")
    assert len(paragraphs) == 2 and paragraphs[1].startswith("Daftar akta atau daftar nihil")


def test_two_short_paragraphs_at_the_first_line_indent_are_two_in_justified_text():
    # Justified text on a narrow measure: a one-line paragraph reaching past half the line ("14 JP x @ 50 menit =
    # 700 menit"), then another at the same indent ("CPMK:"): a wrapped line goes back to the margin, so they were
    # read as one paragraph only because the first is not short enough to end one by its length.
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("b", fontName="Times-Roman", fontSize=12, leading=18, alignment=TA_JUSTIFY,
                           firstLineIndent=36)
    long = ("Mata kuliah ini membahas kewirausahaan di bidang kepariwisataan, mulai dari gagasan usaha, "
            "perencanaan produk dan jasa, sampai pemasaran kepada wisatawan dalam dan luar negeri. ")
    paragraphs = [long * 2, "14 JP x @ 50 menit = 700 menit", "CPMK:", long * 2]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=72, rightMargin=300).build(
        [Paragraph(p, style) for p in paragraphs])
    doc = pdf.read(out.getvalue(), "kewirausahaan.pdf")
    assert texts(doc, "paragraph") == [" ".join(p.split()) for p in paragraphs]


def test_an_items_title_at_a_pages_foot_leaves_the_indented_paragraph_on_the_next_page_whole():
    # "1. ORM (Object Relational Mapping)", no stop, ends a page well short of the margin; the next page opens with
    # a paragraph's indented first line: the title's sentence was taken to go on, and the paragraph became its tail.
    words = ("Pada framework Yii digunakan arsitektur pemrograman MVC yaitu konsep Model, View dan Controller yang "
             "memisahkan data, tampilan dan logika aplikasi. Hampir seluruh framework PHP memakai konsep MVC "
             "termasuk sistem pengelola konten yang banyak dipakai saat ini.")
    page1 = body(wrapped(words, 72, 451), top=640)
    page1 += [(72, 730, "Times-Roman", 12, "1."), (96, 730, "Times-Roman", 12, "ORM (Object Relational Mapping)")]
    rest = wrapped("Salah satu fitur Yii adalah Object Relational Mapping atau ORM yang mengurusi pengelolaan basis "
                   "data sehingga pengembang tidak perlu menulis perintah SQL yang rumit.", 72, 451)
    page2 = [(108, 100, "Times-Roman", 12, rest[0])] + body(wrapped(" ".join(rest[1:]), 72, 451), top=118)
    doc = pdf.read(canvas_pdf([page1, page2]), "yii.pdf")
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks][1:] == [
        ("item", "1. ORM (Object Relational Mapping)"),
        ("paragraph", "Salah satu fitur Yii adalah Object Relational Mapping atau ORM yang mengurusi pengelolaan basis "
                      "data sehingga pengembang tidak perlu menulis perintah SQL yang rumit.")]


def test_a_short_right_column_of_list_items_keeps_its_markers():
    # The right column holds a numbered list only, a hanging indent (markers, then text further right), beside a long
    # left column: the strip no row crosses runs from the left column's edge over the sparse right column; the
    # gutter stood between the markers and their text, and each marker was read in the left column alone.
    import random

    rng = random.Random(11)
    words = "negara kawasan perdagangan diplomasi kebijakan organisasi ekonomi keamanan anggota perjanjian".split()

    def line(n=5):
        return " ".join(rng.choice(words) for _ in range(n))

    page = body([line() for _ in range(30)], top=100, x=72, pitch=14, size=10)
    items = [(line(), line(4) + ".") for _ in range(4)]
    for k, (first, second) in enumerate(items):
        page += [(322, 100 + 28 * k, "Times-Roman", 10, f"{k + 1}."), (340, 100 + 28 * k, "Times-Roman", 10, first),
                 (340, 114 + 28 * k, "Times-Roman", 10, second)]
    doc = pdf.read(canvas_pdf([page]), "daftar.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "item"] == \
        [f"{k + 1}. {first} {second}" for k, (first, second) in enumerate(items)]


def test_a_bold_heading_wrapped_over_the_colon_that_ends_it_is_one_heading():
    # "... Mengenai" / "Matematika antara lain :": the heading's last line ends with a colon (no heading's line alone
    # may), and was read as a paragraph of its own under half a heading.
    b, t = "Times-Bold", "Times-Roman"
    prose = ["Matematika dipelajari di semua jenjang sekolah karena melatih cara berpikir yang runtut dan",
             "teliti; karena itu banyak ahli yang mencoba merumuskan pengertiannya dengan kata-kata sendiri."]
    lines = body(prose, top=100) + [
        (72, 136, b, 12, "2.1 Beberapa Definisi dari Para Ahli Pendidikan dan Ilmu Pengetahuan Mengenai"),
        (72, 154, b, 12, "Matematika antara lain :"),
        (72, 172, t, 12, "1. Russefendi (1988: 23) menyebut matematika ilmu tentang struktur yang terorganisasi."),
        (72, 190, t, 12, "2. James dan James (1976) menyebut matematika ilmu tentang logika, bentuk dan susunan.")]
    doc = pdf.read(canvas_pdf([lines]), "matematika.pdf")
    assert [doc.block_text(x) for x in doc.blocks if x.kind == "heading"] == \
        ["2.1 Beberapa Definisi dari Para Ahli Pendidikan dan Ilmu Pengetahuan Mengenai Matematika antara lain :"]
    assert [x.kind for x in doc.blocks] == ["paragraph", "heading", "item", "item"]


def test_a_page_of_a_few_lines_beside_a_table_in_the_other_column_is_read_in_columns():
    # The left column ends an entry in three lines; the right one holds a heading over a ruled table (its cells read
    # apart from the rows). Too few rows to tell the columns from that page, but the table stands inside the
    # document's right column and no row crosses its gutter. Before, the heading stood beside the left lines (a cell,
    # not a heading) and was read into them.
    import random

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(3)
    words = "negara kawasan perdagangan diplomasi kebijakan organisasi ekonomi keamanan anggota perjanjian".split()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    height = A4[1]
    c.setFont("Times-Roman", 10)
    for x in (72, 322):
        for i in range(15):
            c.drawString(x, height - 100 - 14 * i, " ".join(rng.choice(words) for _ in range(5)).capitalize() + ".")
    c.showPage()
    left = ["Dayan, D. dan Katz, E. (1992) Media Events: The", "Live Broadcasting of History. Cambridge,",
            "MA: Harvard University Press."]
    c.setFont("Times-Roman", 10)
    for i, text in enumerate(left):
        c.drawString(72, height - 100 - 14 * i, text)
    c.setFont("Times-Bold", 10)
    c.drawString(322, height - 100, "B. Laporan Bacaan")
    cells = [["Konsep", "Uraian"], ["Efek media", "Kritis"], ["Khalayak", "Aktif"]]
    top = height - 110
    c.setFont("Times-Roman", 9)
    for r, row in enumerate(cells):
        for k, cell in enumerate(row):
            c.drawString(326 + 100 * k, top - 12 - 18 * r, cell)
    for r in range(len(cells) + 1):
        c.line(322, top - 18 * r, 522, top - 18 * r)
    for x in (322, 422, 522):
        c.line(x, top, x, top - 18 * len(cells))
    c.showPage()
    c.save()
    doc = pdf.read(out.getvalue(), "artikel.pdf")
    blocks = [(b.kind, doc.block_text(b)) for b in doc.blocks if b.location.first_page == 2]
    assert blocks == [("paragraph", " ".join(left)), ("heading", "B. Laporan Bacaan"),
                      ("table", "Konsep | Uraian\nEfek media | Kritis\nKhalayak | Aktif")]


def test_a_table_going_on_in_the_next_column_is_one_table():
    # A ruled table starts at the left column's foot and goes on at the top of the right column, its header row set
    # again there. Read by height alone, the right column's part came first, and the two were two tables.
    import random

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(5)
    words = "negara kawasan perdagangan diplomasi kebijakan organisasi ekonomi keamanan anggota perjanjian".split()

    def sentence():
        return " ".join(rng.choice(words) for _ in range(5)).capitalize() + "."

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    height = A4[1]

    def table(x, top, rows):
        c.setFont("Times-Roman", 9)
        for r, row in enumerate(rows):
            for k, cell in enumerate(row):
                c.drawString(x + 4 + 105 * k, height - top - 12 - 18 * r, cell)
        for r in range(len(rows) + 1):
            c.line(x, height - top - 18 * r, x + 210, height - top - 18 * r)
        for k in range(3):
            c.line(x + 105 * k, height - top, x + 105 * k, height - top - 18 * len(rows))

    left, right = [sentence() for _ in range(15)], [sentence() for _ in range(10)]
    c.setFont("Times-Roman", 10)
    for i, text in enumerate(left):
        c.drawString(72, height - 100 - 14 * i, text)
    for i, text in enumerate(right):
        c.drawString(322, height - 180 - 14 * i, text)
    table(72, 320, [["Umur", "Jumlah"], ["15-24", "20"], ["25-34", "34"]])
    table(322, 100, [["Umur", "Jumlah"], ["35-44", "21"], ["45-54", "16"]])
    c.showPage()
    c.save()
    doc = pdf.read(out.getvalue(), "tabel.pdf")
    assert texts(doc, "table") == ["Umur | Jumlah\n15-24 | 20\n25-34 | 34\n35-44 | 21\n45-54 | 16"]
    flat = squeeze(doc.text)
    assert flat.index(squeeze(left[-1])) < flat.index("Umur|Jumlah") < flat.index(squeeze(right[0]))


def word_table_pdf(rows: list[list[str]], space: float, split_in_row: bool) -> bytes:
    """A lead-in, white space, a ruled table of wrapping cells going on at the next page (a row set alone there, or
    with split_in_row a row split over the pages, its rules left open at the break), and a closing sentence."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    style = ParagraphStyle("b", fontName="Times-Roman", fontSize=12, leading=18)
    out = io.BytesIO()
    table = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[120, 100, 180],
                  splitInRow=int(split_in_row))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(out, pagesize=A4, topMargin=72, bottomMargin=72).build([
        Paragraph("Berikut ini jenis perbekalan kantor yang biasa digunakan:", style), Spacer(1, space), table,
        Paragraph("Perbekalan kantor dipilih sesuai kebutuhan pekerjaan.", style)])
    return out.getvalue()


@pytest.mark.parametrize("space, split_in_row", [(450, False), (500, True)])
def test_a_table_whose_last_row_or_a_split_row_goes_on_at_the_next_page_is_one_table(space, split_in_row):
    # The last row alone at the next page's top (a grid of one row) read as a paragraph; a row split over the pages
    # (its rules left open at the break) lost its rest, or gave it as a row of its own (" |  | penjelasan materi.").
    rows = [["Gambar", "Nama", "Keterangan"],
            ["Sumber: siplahtelkom.com", "Pena", "Pena lebih sering digunakan untuk menulis di atas kertas. Bedanya "
             "dengan pensil yaitu pena memiliki pegangan yang di dalamnya terdapat kantong tinta."],
            ["Sumber: champion.id", "Spidol", "Spidol digunakan untuk menulis di papan tulis sebagai alat pembantu "
             "penjelasan materi."],
            ["Sumber: shopee.co.id", "Label", "Label dimanfaatkan untuk memberikan nama atau judul pada map."]]
    doc = pdf.read(word_table_pdf(rows, space, split_in_row), "perbekalan.pdf")
    assert texts(doc, "table") == ["\n".join(" | ".join(row) for row in rows)]
    assert [b.location.pdf_page_label for b in doc.blocks if b.kind == "table"] == ["1-2"]
    assert texts(doc, "paragraph")[1:] == ["Perbekalan kantor dipilih sesuai kebutuhan pekerjaan."]


def test_a_row_split_over_pages_with_its_rules_drawn_on_both_is_one_row():
    # Word closes a split row's cells at the page's foot and opens them again at the next page's top: the rest of
    # the row is a row whose other cells are empty and whose text goes on in small letters.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)

    table_grid(c, 640, [["Nama", "Jumlah", "Keterangan"], ["Pena", "12", "memiliki pegangan berisi"],
                        ["Spidol", "8", "dipakai menulis di papan"]])
    c.showPage()
    table_grid(c, 72, [["", "", "tulis saat rapat"], ["Label", "30", "memberi nama pada map"]])
    c.showPage()
    c.save()
    doc = pdf.read(out.getvalue(), "tabel.pdf")
    assert texts(doc, "table") == ["Nama | Jumlah | Keterangan\nPena | 12 | memiliki pegangan berisi\n"
                                   "Spidol | 8 | dipakai menulis di papan tulis saat rapat\nLabel | 30 | memberi nama pada map"]


def test_a_row_poking_into_the_gutter_stays_in_its_column():
    # A formula in the left column reaches a little past the gutter: it is no full-width row dividing the page.
    left = [f"Baris kiri nomor {n} tentang teori respons butir" for n in range(1, 8)]
    right = [f"Baris kanan nomor {n} tentang kalibrasi soal tes" for n in range(1, 8)]
    formula = "P(theta) = c + (1 - c) exp(a(theta - b)) / (1 + exp(a(theta - b)))"
    page = body(left[:3], top=100, pitch=14, size=10) + [(72, 142, "Times-Roman", 10, formula)]
    page += body(left[3:], top=156, pitch=14, size=10) + body(right, top=100, x=320, pitch=14, size=10)
    doc = pdf.read(canvas_pdf([page]), "irt.pdf")
    assert squeeze(doc.text).index(squeeze(left[-1])) < squeeze(doc.text).index(squeeze(right[0]))
    assert squeeze(doc.text).index("P(theta)") < squeeze(doc.text).index(squeeze(left[3]))


def journal_pdf(story_items, first_page=45, columns=2, split_header=False):
    """A journal article set by reportlab in columns, justified, paragraphs with a first-line indent, and running
    headers that alternate: even pages "N  Journal, Vol. 7 No. 2 (2019)" at the left, odd pages "Authors, Title  N"
    at the right (split_header: the number at the page's outer edge, the text at the other, as two pieces).
    story_items: ("h", text) or ("p", text)."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    width, height = A4
    text_style = ParagraphStyle("isi", fontName="Times-Roman", fontSize=10, leading=12.5, alignment=TA_JUSTIFY,
                                spaceAfter=6, firstLineIndent=14)
    heading_style = ParagraphStyle("judul", fontName="Times-Bold", fontSize=11, leading=14, spaceBefore=6,
                                   spaceAfter=4)

    def furniture(canvas, doc):
        number = doc.page + first_page - 1
        canvas.setFont("Times-Italic", 9)
        if split_header:
            journal, authors = "Jurnal Hubungan Internasional, Vol. 7 No. 2 (2019)", "Fauzi & Rahmawati, Kerjasama Regional"
            outer, inner = (56, width - 56) if number % 2 == 0 else (width - 56, 56)
            canvas.drawString(min(outer, inner), height - 40, str(number) if number % 2 == 0 else journal)
            canvas.drawRightString(max(outer, inner), height - 40, authors if number % 2 == 0 else str(number))
        elif number % 2 == 0:
            canvas.drawString(56, height - 40, f"{number}  Jurnal Hubungan Internasional, Vol. 7 No. 2 (2019)")
        else:
            canvas.drawRightString(width - 56, height - 40, f"Budi Santoso dan Ani Wijaya, Kerjasama Regional   {number}")

    gap = 18
    column = (width - 112 - gap * (columns - 1)) / columns
    frames = [Frame(56 + k * (column + gap), 60, column, height - 130) for k in range(columns)]
    out = io.BytesIO()
    template = BaseDocTemplate(out, pagesize=A4)
    template.addPageTemplates([PageTemplate("kolom", frames, onPage=furniture)])
    template.build([Paragraph(text, heading_style if kind == "h" else text_style) for kind, text in story_items])
    return out.getvalue()


def journal_story(paragraphs, seed=3):
    import random

    rng = random.Random(seed)
    words = """kerjasama regional negara anggota perdagangan diplomasi ekonomi kawasan kebijakan pemerintah organisasi
        internasional perjanjian bilateral kepentingan nasional keamanan pembangunan investasi ekspor impor tarif
        kedaulatan perbatasan sengketa mediasi arbitrase konvensi ratifikasi delegasi duta konsulat maritim perikanan
        energi pangan iklim bencana bantuan hibah pinjaman utang inflasi devisa komoditas sawit nikel pariwisata
        budaya pendidikan beasiswa migrasi tenaga kerja hak asasi manusia demokrasi""".split()
    headings = ["A. Pendahuluan", "B. Tinjauan Pustaka", "1) Teori Kerjasama", "2.1. Konsep Regionalisme", "C. Metode",
                "D. Hasil dan Pembahasan"]
    story = []
    for n in range(paragraphs):
        if n % 4 == 0:
            story.append(("h", headings[n // 4 % len(headings)]))
        sentences = [" ".join(rng.choice(words) for _ in range(rng.randint(8, 16))).capitalize() + "." for _ in range(5)]
        story.append(("p", f"Paragraf {n + 1}. " + " ".join(sentences)))
    return story


def test_journal_in_two_columns_reads_paragraphs_whole_across_columns_and_pages():
    # Paragraphs run from the foot of the left column to the top of the right one, often mid-sentence; the headers
    # alternate between the journal's name and the authors' (page number first on even pages, last on odd ones).
    story = journal_story(paragraphs=30)
    doc = pdf.read(journal_pdf(story), "jurnal.pdf")
    assert [doc.block_text(b) for b in doc.blocks] == [text for _, text in story]
    assert [b.level for b in doc.blocks if b.kind == "heading"] == \
        [3 if text.startswith("1)") else 2 for kind, text in story if kind == "h"]
    printed = [str(n) for n in range(45, 45 + doc.pages)]
    assert [b.location.page_label for b in doc.blocks][:2] == ["45", "45"]
    spans = {f"{a}-{b}" for a, b in zip(printed, printed[1:])}
    assert {b.location.page_label for b in doc.blocks} <= set(printed) | spans


def test_a_table_of_short_cells_is_not_taken_for_columns():
    rows = [("Meja", "Tempat menulis dan bekerja"), ("Kursi", "Tempat duduk pegawai kantor")] * 7
    page = [cell for i, (a, b) in enumerate(rows)
            for cell in ((72, 100 + i * 18, "Times-Roman", 12, a), (300, 100 + i * 18, "Times-Roman", 12, b))]
    doc = pdf.read(canvas_pdf([page]), "tabel.pdf")
    assert squeeze(doc.text).startswith(squeeze("Meja Tempat menulis dan bekerja Kursi Tempat duduk"))


def test_a_note_reference_glued_to_its_word_cites_the_work_of_its_note():
    # Notes numbered per page: the second page's "¹" is its own note 1, not the first page's.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from telusur.chunking import chunk_document

    def page(sentence, note):
        first, last = sentence[:60].rsplit(" ", 1)[0], sentence[len(sentence[:60].rsplit(" ", 1)[0]) + 1:]
        lines = body([first, last], top=100)
        lines += [(72 + stringWidth(last, "Times-Roman", 12), 118 - 5, "Times-Roman", 7, "1")]
        return lines + [(72, 760, "Times-Roman", 9, f"1 {note}")]

    doc = pdf.read(canvas_pdf([
        page("Penelitian hukum normatif adalah penelitian yang meneliti bahan pustaka atau data sekunder,",
             "Soerjono Soekanto, Pengantar Penelitian Hukum (Jakarta: UI Press, 1986), hlm. 43."),
        page("misalnya tentang pembuktian unsur kesalahan pelaku pembakaran hutan.",
             "Andi Hamzah, “Penegakan Hukum Lingkungan”, Sinar Grafika, Jakarta, 2005, h. 9."),
        page("Hukum pidana lingkungan menuntut pembuktian unsur kesalahan pelaku.",
             "Yang dimaksud di sini adalah hukum pidana di luar KUHP.")]), "hukum.pdf")
    cites = {c.text[:10]: [x.label for x in c.citations] for c in chunk_document(doc)}
    # one paragraph over the page break (its two references "¹"), each reference citing its own page's note
    assert cites["Penelitian"] == ["Soekanto (1986: 43)", "Hamzah (2005: 9)"]
    assert cites["Hukum pida"] == []  # its page's note 1 explains: no other page's note 1 stands in
    assert cites["1 Soerjono"] == ["Soekanto (1986: 43)"]  # a note cites its work


def raised_text_pdf(lines, note=None):
    """One page of Times-Roman lines, each a list of (text, size, rise) runs typed on in one text object (a note
    reference raised with the text rise, as Word exports it), and a note at the foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for n, parts in enumerate(lines):
        t = c.beginText(72, A4[1] - 100 - 18 * n)
        for text, size, rise in parts:
            t.setFont("Times-Roman", size)
            t.setRise(rise)
            t.textOut(text)
        c.drawText(t)
    if note:
        c.setFont("Times-Roman", 9)
        c.drawString(72, A4[1] - 760, note)
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_paragraph_ending_in_a_note_reference_is_closed():
    # "… kerajaan baru.³" (the mark raised with the text rise) ends its sentence: the next paragraph is a block of
    # its own, as without the mark, and the note's work is cited by the first paragraph only.
    from telusur.chunking import chunk_document

    lines = [[("Para nabi menyampaikan pengharapan akan Almasih yang akan datang", 12, 0)],
             [("dan mendirikan kerajaan baru bagi seluruh umat.", 12, 0), ("3", 8, 4)],
             [("Nabi-nabi itu berbicara kepada umat dalam periodenya masing-masing", 12, 0)],
             [("dengan bahasa zamannya.", 12, 0)]]
    note = "3 Laurent Reresi, Siapakah Sang Nabi Itu? (Yogyakarta: Kanisius, 1995), hlm. 430."
    doc = pdf.read(raised_text_pdf(lines, note), "nabi.pdf")
    assert texts(doc, "paragraph") == [
        "Para nabi menyampaikan pengharapan akan Almasih yang akan datang dan mendirikan kerajaan baru bagi seluruh "
        "umat.³",
        "Nabi-nabi itu berbicara kepada umat dalam periodenya masing-masing dengan bahasa zamannya."]
    assert [[x.label for x in chunk.citations] for chunk in chunk_document(doc)] == [["Reresi (1995: 430)"], [],
                                                                                    ["Reresi (1995: 430)"]]


def test_a_list_under_a_lead_in_ending_in_a_note_reference_keeps_its_first_item():
    # "… yaitu :³" (the note's mark after the colon) on a full line, then "1. Planning …": the mark hid the colon, so
    # the first item read as the lead-in's next line and a paragraph of its own, the list starting at "2.".
    lead = wrapped("Menurut para ahli yang banyak dikutip dalam buku pengantar manajemen, fungsi manajemen terdiri "
                   "atas empat fungsi yang utama dan saling berkaitan satu dengan yang lain, yaitu :", 72, 451)
    lines = [[(text, 12, 0)] for text in lead[:-1]] + [[(lead[-1], 12, 0), ("3", 8, 4)]]
    items = ["1. Planning (fungsi perencanaan)", "2. Organizing (fungsi pengorganisasian)", "3. Directing (pengarahan)"]
    lines += [[(text, 12, 0)] for text in items]
    doc = pdf.read(raised_text_pdf(lines, "3 George R. Terry, Prinsip-Prinsip Manajemen (Jakarta: Bumi Aksara, 2006)."),
                   "manajemen.pdf")
    assert texts(doc, "item") == items


def test_footnote_references_of_two_digits_are_kept_as_marks_and_note_numbers_set_apart():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    line = "Pemerintah menetapkan kebijakan"
    end = 72 + stringWidth(line, "Times-Roman", 12)
    page = body([line, "baru tentang kawasan hutan lindung."])
    page += [(end, 95, "Times-Roman", 7, "12")]  # "kebijakan¹²": a raised reference, two digits, in a row of its own
    page += [(72, 760, "Times-Roman", 6, "12"), (72 + stringWidth("12", "Times-Roman", 6), 765, "Times-Roman", 9,
                                                  "Lihat Undang-Undang Kehutanan tahun 1999.")]
    doc = pdf.read(canvas_pdf([page]), "hutan.pdf")
    assert texts(doc) == ["Pemerintah menetapkan kebijakan¹² baru tentang kawasan hutan lindung.",
                          "12 Lihat Undang-Undang Kehutanan tahun 1999."]


def test_footnotes_at_the_foot_of_a_column_and_references_in_rows_of_their_own():
    # A two-column page: the left column ends in a note (its number a small row of its own beside its text) while
    # the right column's body runs to the same height; the raised reference after "1967." is a row PDFium keeps apart.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    left = ["Kerjasama internasional merupakan bentuk hubungan", "antarnegara yang saling menguntungkan bagi semua",
            "pihak yang terlibat dalam perjanjian tersebut,", "terutama dalam bidang ekonomi dan perdagangan",
            "bebas di kawasan Asia Tenggara sejak tahun 1967.", "Paragraf berikutnya membahas kerjasama",
            "pertahanan antarnegara anggota yang makin", "erat setelah pembentukan komunitas keamanan."]
    right = ["Di sisi lain, diplomasi publik juga berperan besar", "dalam membangun citra negara di mata masyarakat",
             "internasional melalui kebudayaan dan pendidikan", "serta pertukaran pelajar antarnegara anggota.",
             "Pemerintah menjalankan diplomasi ini secara", "berkelanjutan dan terukur setiap tahunnya.",
             "Kebijakan luar negeri tetap bebas aktif sesuai", "amanat konstitusi negara Republik Indonesia."]
    page = body(left, top=100, pitch=14, size=10) + body(right, top=100, x=310, pitch=14, size=10)
    page += [(72 + stringWidth(left[4], "Times-Roman", 10), 152, "Times-Roman", 6, "3")]
    page += [(72, 740, "Times-Roman", 6, "3"), (76, 744, "Times-Roman", 8, "Lihat Deklarasi Bangkok tahun 1967 tentang"),
             (72, 754, "Times-Roman", 8, "pendirian ASEAN oleh lima negara.")]
    page += body(["Paragraf penutup kolom kanan berada di bagian bawah", "halaman yang sama dengan catatan kaki itu."],
                 top=730, x=310, pitch=14, size=10)
    doc = pdf.read(canvas_pdf([page]), "asean.pdf")
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("paragraph", " ".join(left).replace("1967.", "1967.³")), ("paragraph", " ".join(right[:4])), ("paragraph", " ".join(right[4:6])),
        ("paragraph", " ".join(right[6:])),
        ("paragraph", "Paragraf penutup kolom kanan berada di bagian bawah halaman yang sama dengan catatan kaki itu."),
        ("footnote", "3 Lihat Deklarasi Bangkok tahun 1967 tentang pendirian ASEAN oleh lima negara.")]


def test_a_line_pdfium_cut_at_a_note_reference_is_one_line_again():
    # PDFium ends a row at a raised reference when the text comes down again ("hewan-hewan.³" | "Selain itu,"):
    # the line was read as two paragraphs, the second citing nothing.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from telusur.chunking import chunk_document

    head = "membakar hutan secara sengaja, dan hilangnya habitat hewan-hewan."
    end = 72 + stringWidth(head, "Times-Roman", 12)
    page = [(72, 100, "Times-Roman", 12, "Pembakaran hutan dan lahan merupakan perbuatan merusak lingkungan dengan"),
            (72, 118, "Times-Roman", 12, head), (end, 113, "Times-Roman", 7, "3"),
            (end + stringWidth("3", "Times-Roman", 7), 118, "Times-Roman", 12, " Selain itu,"),
            (72, 136, "Times-Roman", 12, "asap dari pembakaran tersebut dapat mengganggu kesehatan masyarakat."),
            (108, 697, "Times-Roman", 6, "3"),
            (114, 700, "Times-Roman", 9, "Andi Hamzah, Penegakan Hukum Lingkungan, Sinar Grafika, Jakarta, 2005, h. 9.")]
    doc = pdf.read(canvas_pdf([page]), "hutan.pdf")
    assert texts(doc, "paragraph") == [
        "Pembakaran hutan dan lahan merupakan perbuatan merusak lingkungan dengan membakar hutan secara sengaja, dan "
        "hilangnya habitat hewan-hewan.³ Selain itu, asap dari pembakaran tersebut dapat mengganggu kesehatan masyarakat."]
    assert [[x.label for x in c.citations] for c in chunk_document(doc)] == [["Hamzah (2005: 9)"]] * 2


def test_a_row_opened_by_a_note_reference_goes_back_to_the_word_it_follows():
    # Rows as PDFium gives them in a journal PDF: the raised "3" opens the row that carries on the line after
    # "hewan-hewan." (it was read as a paragraph "3 Selain itu, ..." and the note reached no passage).
    def glyphs(text, x, top, bottom, size, width):
        out = []
        for ch in text:
            out.append((ch, None) if ch == " " else (ch, (x, x + width, top, bottom, bottom, size, False, "Times")))
            x += width
        return out

    rows = [glyphs("hewan-hewan.", 113.8, 538.8, 547.4, 12.0, 7.0),
            glyphs("3", 199.2, 538.8, 544.3, 7.9, 4.0) + glyphs(" Selain itu, asapnya.", 203.2, 539.1, 547.5, 12.0, 7.0),
            glyphs("3 Andi Hamzah, Penegakan Hukum.", 113.8, 700.0, 709.0, 9.0, 5.0)]
    assert [line.text for line in pdf._lines(3, rows, 595.0, ())] == [
        "hewan-hewan.³ Selain itu, asapnya.", "3 Andi Hamzah, Penegakan Hukum."]


def test_notes_whose_first_line_is_indented_are_one_block_each():
    # The note's number a small raised row of its own, its first line indented, the rest at the margin, and a
    # line that starts with a year ("2005, h. 9.") is no new note.
    page = body(["Pembakaran hutan dan lahan merupakan perbuatan merusak lingkungan hidup dengan",
                 "membakar hutan maupun lahan yang dilakukan secara sengaja oleh orang ataupun",
                 "korporasi, sehingga termasuk ke dalam tindak pidana lingkungan hidup. Pembakaran",
                 "hutan dan lahan dapat disebut tindak pidana karena merugikan kepentingan banyak",
                 "orang, serta telah memenuhi unsur-unsur tindak pidana sehingga ada sanksinya."])
    notes = [("4", "Rasyid, Fachmi, Permasalahan dan Dampak Kebakaran Hutan, Jurnal", "Widyaiswara, 2014, h. 3."),
             ("5", "Andi Hamzah, Penegakan Hukum Lingkungan, Sinar Grafika, Jakarta,", "2005, h. 9."),
             ("6", "Ibid, h. 55.", None)]
    top = 700
    for number, first, rest in notes:
        page += [(108, top - 3, "Times-Roman", 6, number), (114, top, "Times-Roman", 9, first)]
        if rest:
            top += 11
            page += [(72, top, "Times-Roman", 9, rest)]
        top += 11
    doc = pdf.read(canvas_pdf([page]), "pidana.pdf")
    assert texts(doc, "footnote") == [f"{n} {a} {b}" if b else f"{n} {a}" for n, a, b in notes]


def test_a_pages_notes_wait_for_the_list_going_on_over_the_page():
    # A lead-in and a numbered list running over a page whose foot holds a note: the list reads on at the next page
    # and is one passage; the note comes after it (between its items it cut the list in two passages).
    from telusur.chunking import chunk_document

    page1 = body(["Pada bagian ini diuraikan tindak pidana lingkungan hidup. Unsur-unsurnya adalah sebagai",
                  "berikut:"], top=640)
    page1 += [(72, 676, "Times-Roman", 12, "1."), (96, 676, "Times-Roman", 12, "Ada perbuatan membakar hutan.")]
    page1 += [(72, 760, "Times-Roman", 9, "1 Andi Hamzah, Penegakan Hukum Lingkungan (Jakarta: Sinar Grafika, "
                                          "2005), h. 9.")]
    page2 = [(72, 100, "Times-Roman", 12, "2."), (96, 100, "Times-Roman", 12, "Dilakukan dengan sengaja."),
             (72, 118, "Times-Roman", 12, "3."), (96, 118, "Times-Roman", 12, "Menimbulkan kerugian orang banyak.")]
    page2 += body(["Ketiga unsur itu harus dibuktikan di depan hakim."], top=148)
    doc = pdf.read(canvas_pdf([page1, page2]), "pidana.pdf")
    assert [b.kind for b in doc.blocks] == ["paragraph", "item", "item", "item", "paragraph", "footnote"]
    assert [b.location.first_page for b in doc.blocks] == [1, 1, 2, 2, 2, 1]
    first = chunk_document(doc)[0]
    assert "Ada perbuatan membakar hutan." in first.text and "Menimbulkan kerugian orang banyak." in first.text


def test_a_reference_list_under_its_heading_and_a_group_heading_reads_as_entries():
    # "Daftar Rujukan" over "Buku-buku" (one heading once joined): the entries under them are the list's, each from
    # the margin with its hanging lines; an entry whose author is a drawn rule (the same author again) starts at
    # its comma. They read as paragraphs, the hanging lines often their own.
    page = [(76, 100, "Times-Bold", 12, "Daftar Rujukan"), (76, 116, "Times-Bold", 12, "Buku-buku")]
    entries = [("Adolf, Huala, Aspek-Aspek Negara Dalam Hukum Internasional, Edisi Revisi (Jakarta:",
                "RajaGrafindo Persada, 2002)."),
               ("Hartono, Dimyati, Hukum Laut Internasional (Jakarta: Bhratara Karya Aksara, 1977).", None),
               (", Hukum Laut Internasional Yurisdiksi Nasional Indonesia sebagai Negara",
                "Nusantara, (Bandung: Binacipta, 1983)."),
               ("Mauna, Boer, Hukum Internasional Pengertian Peranan dan Fungsi Era Dinamika Global",
                "(Bandung: PT. Alumni, 2003).")]
    top = 140
    for first, rest in entries:
        page.append((130 if first.startswith(",") else 76, top, "Times-Roman", 12, first))
        if rest:
            top += 14
            page.append((94, top, "Times-Roman", 12, rest))
        top += 20
    doc = pdf.read(canvas_pdf([page]), "ambalat.pdf")
    assert texts(doc, "reference") == [f"{a} {b}" if b else a for a, b in entries]


def test_a_long_heading_wrapped_before_a_word_in_lower_case_is_one_heading():
    page = [(72, 80, "Times-Bold", 12, "2.2.1 Pengaturan Tindak Pidana Pembakaran Hutan dan Lahan di Wilayah"),
            (72, 96, "Times-Bold", 12, "dalam Peraturan Perundang-Undangan di Indonesia"),
            (72, 130, "Times-Bold", 12, "2.2.2 Website"), (72, 146, "Times-Bold", 12, "www.menlhk.go.id")]
    page += body(["Pembakaran hutan merupakan perbuatan merusak lingkungan."], top=180)
    doc = pdf.read(canvas_pdf([page]), "pidana.pdf")
    assert texts(doc, "heading")[:2] == [
        "2.2.1 Pengaturan Tindak Pidana Pembakaran Hutan dan Lahan di Wilayah dalam Peraturan Perundang-Undangan di "
        "Indonesia", "2.2.2 Website"]
    assert "Pembakaran hutan merupakan perbuatan merusak lingkungan." in texts(doc, "paragraph")


def test_a_sentence_going_on_below_a_formula_is_one_paragraph():
    # The formula is a picture (nothing in the text layer): a gap of three lines inside the sentence.
    page = body(["Peluang menjawab benar pada model satu parameter dihitung dengan rumus"])
    page += body(["dimana P adalah peluang menjawab benar dan b adalah tingkat kesukaran butir soal."], top=172)
    page += body(["Model dua parameter menambahkan daya beda butir."], top=244)
    assert texts(pdf.read(canvas_pdf([page]), "irt.pdf")) == [
        "Peluang menjawab benar pada model satu parameter dihitung dengan rumus dimana P adalah peluang menjawab "
        "benar dan b adalah tingkat kesukaran butir soal.", "Model dua parameter menambahkan daya beda butir."]


def test_a_drop_cap_is_the_first_letter_of_its_paragraph():
    lines = ["erjasama internasional merupakan bentuk hubungan yang", "dilakukan oleh suatu negara dengan negara lain yang",
             "bertujuan untuk memenuhi kebutuhan rakyat dan kepentingan negara di dunia."]
    page = [(72, 122, "Times-Bold", 36, "K")] + body(lines[:2], x=100) + body(lines[2:], top=136)
    assert texts(pdf.read(canvas_pdf([page]), "jurnal.pdf")) == ["K" + " ".join(lines)]


def test_a_short_chapters_own_running_header_is_dropped_too():
    # Each chapter prints its title at the top of its pages; a chapter of three pages in a document of twenty is too
    # few pages to tell by itself, but its header stands where the others do, in their type.
    import random

    rng = random.Random(2)
    words = "negara kawasan perdagangan diplomasi kebijakan organisasi ekonomi keamanan anggota perjanjian".split()
    pages, n = [], 0
    for head, count in (("BAB I PENDAHULUAN", 8), ("BAB II LANDASAN TEORI", 3), ("BAB III METODE PENELITIAN", 9)):
        for _ in range(count):
            n += 1
            lines = [" ".join(rng.choice(words) for _ in range(9)).capitalize() + "." for _ in range(3)]
            pages.append([(300, 40, "Times-Italic", 9, head), (520, 40, "Times-Roman", 9, str(n))] + body(lines))
    doc = pdf.read(canvas_pdf(pages), "skripsi.pdf")
    assert not [t for t in texts(doc) if "BAB" in t]
    assert [b.location.page_label for b in doc.blocks if b.location.first_page == 10] == ["10"]


def test_a_note_reference_typed_after_a_space_goes_back_to_its_stop():
    # "persidangan. ⁹" in one text line (raised with the text rise) reads "persidangan.⁹", the mark a note reference
    # links; "Q ²" after a letter and a space stays as it is.
    lines = [[("Unsur kesalahan pelaku tindak pidana lingkungan harus dibuktikan di persidangan. ", 12, 0),
              ("9", 8, 4)],
             [("Hakim kemudian menjatuhkan pidana kepada pelaku sesuai undang-undang yang berlaku.", 12, 0)],
             [("Model ini menjelaskan keragaman data dengan nilai Q ", 12, 0), ("2", 8, 4)]]
    assert pdf.read(raised_text_pdf(lines), "pidana.pdf").text == (
        "Unsur kesalahan pelaku tindak pidana lingkungan harus dibuktikan di persidangan.⁹ Hakim kemudian menjatuhkan "
        "pidana kepada pelaku sesuai undang-undang yang berlaku. Model ini menjelaskan keragaman data dengan nilai Q 2\n")


def test_ocr_running_header_that_differs_page_to_page_is_dropped():
    headers = ["JURNAL HUKUM PRIORIS, VOLUME 2, NOMOR 2", "JURNAL HOKUM PRIORIS, VOLUME 2, NOMOR 2",
               "SURNAL HUKUM PRIORTS, VOLUME 2, NOMOR 2", "JURNAL HUKLTM PRIORIS, VOLUME 2, NOMOR 2",
               "JURNAL HUKUM PRIORIS, VOLUME 2, NOMOR 2"]
    pages = [[(72 + n % 2, 50 + n, "Times-Roman", 10, h)] + body([text])
             for n, (h, text) in enumerate(zip(headers, SENTENCES))]
    assert texts(pdf.read(canvas_pdf(pages), "prioris.pdf")) == SENTENCES


def test_text_in_a_font_that_extracts_as_gibberish_is_left_out_with_a_warning():
    # A font whose encoding is shifted by a constant reads "dan" as "gdq": its words have almost no vowels.
    shifted = "".join(chr(ord(c) + 3) if c.isalpha() else c for c in "menurut para ahli sejarah bangsa itu berasal")
    page = body(["Nabi dipandang sebagai penyambung lidah Tuhan bagi umat-Nya.", "Penjelasan itu berlanjut."])
    page += [(72, 160 + 18 * i, "Helvetica", 12, shifted) for i in range(2)]
    page2 = body(["Para nabi menegur raja yang menyimpang dari hukum Taurat."], top=300)
    page2 += [(72, 330 + 18 * i, "Helvetica", 12, shifted) for i in range(2)]
    doc = pdf.read(canvas_pdf([page, page2, body(["Halaman ketiga terbaca dengan baik."], top=500)]), "nabi.pdf")
    assert texts(doc) == ["Nabi dipandang sebagai penyambung lidah Tuhan bagi umat-Nya. Penjelasan itu berlanjut.",
                          "Para nabi menegur raja yang menyimpang dari hukum Taurat.",
                          "Halaman ketiga terbaca dengan baik."]
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("hlm. 1-2: ") and "acak" in doc.warnings[0]


def handmade_pdf(text: bytes, to_unicode: dict[int, str]) -> bytes:
    """A one-page PDF in Helvetica whose ToUnicode map sends the given codes to the given UTF-16BE hex."""
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
            "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def "
            "1 begincodespacerange <00> <FF> endcodespacerange "
            f"{len(to_unicode)} beginbfchar " + " ".join(f"<{c:02X}> <{u}>" for c, u in to_unicode.items()) +
            " endbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    content = b"BT /F1 12 Tf 72 700 Td (" + text + b") Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
               b"/Contents 5 0 R >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"]
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def test_utf16_pairs_of_the_text_layer_are_one_character_and_lone_halves_none():
    # PDFium hands out UTF-16: "𝑃" (U+1D443) comes as two halves; a lone half ("B" here) is no character.
    raw = handmade_pdf(b"Nilai A dan B ini", {0x41: "D835DC43", 0x42: "D835"})
    doc = pdf.read(raw, "rumus.pdf")
    assert doc.text == "Nilai \U0001d443 dan ini\n"
    doc.text.encode("utf-8")


def test_table_of_contents_is_not_text():
    toc = [(72, 80, "Times-Bold", 12, "DAFTAR ISI")] + body(
        ["BAB I PENDAHULUAN ........................................ 1",
         "1.1 Latar Belakang ..................................... 1",
         "BAB II TINJAUAN PUSTAKA ............................ 7"], top=110)
    chapter = [(72, 80, "Times-Bold", 12, "BAB I PENDAHULUAN")] + body(
        ["Latar belakang penelitian ini adalah kerjasama regional."], top=110)
    doc = pdf.read(canvas_pdf([toc, chapter]), "skripsi.pdf")
    assert texts(doc) == ["DAFTAR ISI", "BAB I PENDAHULUAN", "Latar belakang penelitian ini adalah kerjasama regional."]


def test_line_end_hyphen_of_tex_is_the_typesetters():
    lines = body(["Sistem ini mendukung interope-", "rabilitas antarlembaga pemerintah."])
    assert texts(pdf.read(canvas_pdf([lines], creator="LaTeX with hyperref"), "tesis.pdf")) == [
        "Sistem ini mendukung interoperabilitas antarlembaga pemerintah."]
    # Word and LibreOffice do not hyphenate by themselves: a word unknown to the dictionary keeps its hyphen.
    assert texts(pdf.read(canvas_pdf([lines], creator="Microsoft® Word 2016"), "bab.pdf")) == [
        "Sistem ini mendukung interope-rabilitas antarlembaga pemerintah."]


def test_scanned_page_is_reported_not_indexed():
    first = body(["Kerjasama internasional adalah hubungan antarnegara untuk tujuan bersama."])
    third = body(["Kerjasama regional adalah kerjasama negara-negara yang berdekatan."])
    doc = pdf.read(canvas_pdf([first, "image", third]), "bab-pindaian.pdf")
    assert doc.pages == 3
    assert doc.warnings == ("hlm. 2: tidak ada lapisan teks; jalankan OCR dulu",)
    assert [b.location.first_page for b in doc.blocks] == [1, 3]
    with pytest.raises(CorpusError, match=r"scan\.pdf: .*lapisan teks.*OCR"):
        pdf.read(canvas_pdf(["image", "image"]), "scan.pdf")


def test_encrypted_and_damaged_pdfs_are_refused_with_what_to_do():
    locked = canvas_pdf([body(["Teks rahasia tentang kerjasama regional."])], password="rahasia")
    with pytest.raises(CorpusError, match=r"^terkunci\.pdf: PDF terkunci kata sandi.*simpan ulang.*tanpa kata sandi"):
        pdf.read(locked, "terkunci.pdf")
    raw = canvas_pdf([body(["Teks biasa tentang kerjasama regional."])])
    real = (FORMATS / EVOTE).read_bytes() if (FORMATS / EVOTE).exists() else raw
    for cut in (real[: len(real) // 2], real[:100], b"bukan PDF"):
        with pytest.raises(CorpusError, match=r"^rusak\.pdf: berkas PDF rusak atau terpotong; unduh atau ekspor ulang"):
            pdf.read(cut, "rusak.pdf")


def test_refused_pdfs_are_named_in_the_corpus_report(tmp_path):
    from telusur.documents import read_corpus

    (tmp_path / "baik.pdf").write_bytes(canvas_pdf([body(["Kerjasama regional adalah kerjasama negara bertetangga."])]))
    (tmp_path / "rusak.pdf").write_bytes(b"%PDF-1.4\n1 0 obj")
    corpus = read_corpus(tmp_path)
    assert [d.path for d in corpus.documents] == ["baik.pdf"]
    assert [(s.path, "rusak atau terpotong" in s.reason) for s in corpus.skipped] == [("rusak.pdf", True)]


# ---------------------------------------------------------------- the same answers as from the text


def render_pdf(doc, title: str) -> bytes:
    """A document's blocks as a justified A4 PDF with a running header and a "Halaman N" footer: headings bold
    and larger, list items indented, lines inside a block kept as line breaks."""
    from xml.sax.saxutils import escape

    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body_style = ParagraphStyle("isi", fontName="Times-Roman", fontSize=12, leading=18, alignment=TA_JUSTIFY,
                                spaceAfter=8)
    item_style = ParagraphStyle("butir", parent=body_style, leftIndent=18)
    heading_styles = {level: ParagraphStyle(f"judul{level}", fontName="Times-Bold", fontSize=size, leading=size * 1.5,
                                            spaceBefore=6, spaceAfter=8) for level, size in ((1, 16), (2, 14), (3, 13))}

    def furniture(canvas, _doc):
        canvas.setFont("Times-Italic", 10)
        canvas.drawString(72, A4[1] - 42, HEADER)
        canvas.drawCentredString(A4[0] / 2, 40, f"Halaman {_doc.page}")

    def flowable(block):
        style = heading_styles.get(min(block.level, 3)) if block.kind == "heading" else \
            item_style if block.kind == "item" else body_style
        return Paragraph("<br/>".join(escape(line) for line in doc.block_text(block).split("\n")), style)

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=72, rightMargin=72, topMargin=72, bottomMargin=72,
                      title=title).build([flowable(b) for b in doc.blocks], onFirstPage=furniture,
                                         onLaterPages=furniture)
    return out.getvalue()


@pytest.fixture(scope="session")
def plain():
    return text_reader.read((CORPUS / "definisi-kerjasama-internasional.txt").read_bytes(), "d.txt")


@pytest.fixture(scope="session")
def corpus_pdf(plain):
    """The text reader's blocks (the blog footer already dropped) as a PDF."""
    return render_pdf(plain, "Definisi Kerjasama Internasional")


def test_rendered_corpus_reads_back_as_the_text(corpus_pdf, plain):
    doc = pdf.read(corpus_pdf, "definisi-kerjasama-internasional.pdf")
    assert doc.pages >= 3 and doc.title == "Definisi Kerjasama Internasional"
    assert HEADER not in doc.text and "Halaman" not in doc.text
    assert [squeeze(t) for t in texts(doc)] == [squeeze(t) for t in texts(plain)]
    assert any(b.location.first_page < b.location.last_page for b in doc.blocks)  # a paragraph over a page break


@pytest.fixture(scope="session")
def pdf_engine(tmp_path_factory, corpus_pdf, engine, index_dir):
    """The default corpus as a PDF, indexed in a copy of the text index's folder (its embedding cache is reused)."""
    from telusur.engine import open_built
    from telusur.settings import Settings

    root = tmp_path_factory.mktemp("pdf-corpus")
    (root / "corpus").mkdir()
    (root / "corpus" / "definisi-kerjasama-internasional.pdf").write_bytes(corpus_pdf)
    shutil.copytree(index_dir, root / "index")
    return open_built(Settings(corpus=root / "corpus", index=root / "index"))


@pytest.mark.slow
def test_pdf_gives_the_same_top_passage_as_the_text(engine, pdf_engine):
    for item in read_jsonl("questions-dev.jsonl"):
        text_answer, pdf_answer = engine.ask(item["question"]), pdf_engine.ask(item["question"])
        assert bool(pdf_answer.passages) == bool(text_answer.passages), item["question"]
        if not text_answer.passages:
            continue
        from_text, from_pdf = text_answer.passages[0], pdf_answer.passages[0]
        assert squeeze(from_pdf.text) == squeeze(from_text.text), item["question"]
        assert from_pdf.to_dict()["location"]["pages"], item["question"]


SHARED_TEXTS = REPO.parent / "shared" / "texts"
RENDERED = ("wahyu243--fungsi-manajemen.md", "muh-ilhamkurniawan--definisi-matematika.txt")


@pytest.fixture(scope="module")
def rendered_pair(tmp_path_factory, shared_texts_index):
    """Two texts of ../shared/texts (Markdown with headings and a list; numbered entries) indexed as they are,
    then as PDFs rendered from their blocks in a copy of that index (the embedding cache is reused)."""
    from telusur.documents import read_document
    from telusur.engine import open_built
    from telusur.settings import Settings

    root = tmp_path_factory.mktemp("rendered")
    for folder in ("text", "pdf"):
        (root / folder).mkdir()
    for name in RENDERED:
        (root / "text" / name).symlink_to(SHARED_TEXTS / name)
        doc = read_document(SHARED_TEXTS / name, name)
        (root / "pdf" / (Path(name).stem + ".pdf")).write_bytes(render_pdf(doc, doc.title))
    # Both texts are among the session's shared texts, indexed once (the slow layer's session builds it anyway):
    # their passages' vectors come from its embedding cache instead of being encoded again.
    shutil.copytree(shared_texts_index[1] / "cache", root / "text-index" / "cache")
    text_engine = open_built(Settings(corpus=root / "text", index=root / "text-index"))
    text_engine.ask("Apa itu matematika?")  # builds the index
    shutil.copytree(root / "text-index", root / "pdf-index")
    return text_engine, open_built(Settings(corpus=root / "pdf", index=root / "pdf-index"))


@pytest.mark.skipif(not all((SHARED_TEXTS / n).exists() for n in RENDERED), reason="../shared/texts is absent")
def test_unnumbered_headings_take_their_level_from_their_size():
    from telusur.documents import read_document

    source = read_document(SHARED_TEXTS / RENDERED[0], RENDERED[0])  # "## Fungsi Manajemen", "### Planning", ...
    doc = pdf.read(render_pdf(source, source.title), "fungsi-manajemen.pdf")
    planning = next(b for b in doc.blocks if doc.block_text(b).startswith("Planning merupakan"))
    assert planning.location.section == ("Fungsi Manajemen", "Planning")
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "item"]
    assert items == [source.block_text(b) for b in source.blocks if b.kind == "item"]


def _rendered_questions() -> list:
    """The first folder's questions on the RENDERED texts (none where ../shared is absent)."""
    import json

    path = SHARED_TEXTS / "questions.jsonl"
    if not path.exists():
        return []
    questions = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [q for q in questions if q["doc"] in RENDERED]


@pytest.mark.skipif(not all((SHARED_TEXTS / n).exists() for n in RENDERED), reason="../shared/texts is absent")
def test_the_rendered_texts_have_their_eight_questions():
    assert len(_rendered_questions()) == 8


@pytest.mark.skipif(not all((SHARED_TEXTS / n).exists() for n in RENDERED), reason="../shared/texts is absent")
@pytest.mark.slow
@pytest.mark.parametrize("q", _rendered_questions(), ids=lambda q: q["question"][:40])
def test_shared_texts_as_pdf_answer_with_the_same_evidence(rendered_pair, q):
    text_engine, pdf_engine = rendered_pair
    evidence = squeeze(q["evidence"])
    from_text = text_engine.ask(q["question"]).passages[0]
    from_pdf = pdf_engine.ask(q["question"]).passages[0].to_dict()
    assert (evidence in squeeze(from_pdf["text"])) == (evidence in squeeze(from_text.text)), q["question"]
    assert from_pdf["path"] == Path(q["doc"]).stem + ".pdf" and from_pdf["location"]["pages"]


@pytest.fixture(scope="module")
def real_engine(tmp_path_factory):
    """The three real PDFs in one corpus (the reference list PUSTAKA is never answered as a passage)."""
    from telusur.engine import open_built
    from telusur.settings import Settings

    root = tmp_path_factory.mktemp("formats-pdf")
    (root / "corpus").mkdir()
    for name in PAGE_COUNTS:
        (root / "corpus" / name).symlink_to(FORMATS / name)
    return open_built(Settings(corpus=root / "corpus", index=root / "index"))


@needs_formats
@pytest.mark.slow
@pytest.mark.parametrize("question, path, pages, pdf_pages, evidence", [
    # EVOTE prints its pages 6..26: the file's page 10 is page 15 on paper.
    ("Kapan Android Pie dirilis?", EVOTE, "15", "10", "Android Pie dirilis pada 6 Agustus 2018"),
    ("Apa itu Firebase Cloud Storage?", EVOTE, "17-18", "12-13", "layanan penyimpanan objek"),
    ("Apa saja fungsi furniture kantor?", BAB2, "1", "1", "Sebagai tempat untuk penyimpanan"),
    ("Apa saja tujuan tata ruang kantor?", BAB2, "23", "23", "Menghemat waktu dan tenaga kerja"),
])
def test_question_answered_from_the_pdf_with_its_page(real_engine, question, path, pages, pdf_pages, evidence):
    top = real_engine.ask(question).passages[0].to_dict()
    assert (top["path"], top["location"]["pages"], top["location"]["pdf_pages"]) == (path, pages, pdf_pages)
    assert evidence in top["text"]


def test_an_unnumbered_note_at_the_foot_is_set_apart_from_an_item_running_over_the_page():
    # The author's note on a journal's first page has no number; an item runs on over the page break, on a page
    # whose margin is shifted (odd and even pages): the note is a footnote and the item is read whole.
    page1 = body(["Perbatasan maritim Indonesia dengan Malaysia berada di tiga tempat, yaitu :",
                  "1. Garis batas laut wilayah yang terletak di Selat Malaka antara Indonesia",
                  "dan Malaysia, terutama pada bagian yang sempit, yang diukur dari garis pangkal dan"], top=600)
    page1 += body(["Ida Kurnia, Dosen Hukum Internasional Fakultas Hukum Universitas Tarumanagara,",
                   "sedang menempuh studi Program doktor di Universitas Gadjah Mada, Yogyakarta."],
                  top=700, pitch=11, size=10)
    page2 = body(["sesuai dengan Konvensi Hukum Laut Internasional 1982. Kesepakatan ini disetujui",
                  "oleh kedua negara pada tanggal 17 Maret 1970 di Kuala Lumpur."], x=110)
    page2 += body(["Paragraf berikutnya membahas landas kontinen kedua negara."], top=136, x=140)
    doc = pdf.read(canvas_pdf([page1, page2]), "ambalat.pdf")
    assert texts(doc, "item") == [
        "1. Garis batas laut wilayah yang terletak di Selat Malaka antara Indonesia dan Malaysia, terutama pada bagian "
        "yang sempit, yang diukur dari garis pangkal dan sesuai dengan Konvensi Hukum Laut Internasional 1982. "
        "Kesepakatan ini disetujui oleh kedua negara pada tanggal 17 Maret 1970 di Kuala Lumpur."]
    assert texts(doc, "footnote") == ["Ida Kurnia, Dosen Hukum Internasional Fakultas Hukum Universitas Tarumanagara, "
                                      "sedang menempuh studi Program doktor di Universitas Gadjah Mada, Yogyakarta."]


@pytest.mark.parametrize("caption", ["Lanjutan Tabel 2", "Tabel 2 (Lanjutan)", "Lanjutan Gambar 3.1"])
def test_a_continued_tables_caption_is_not_read_into_the_sentence_running_over_the_page(caption):
    # The caption of a table's rest at the next page's top, written at the end of the page's text layer.
    page1 = body(["Koefisien reliabilitas dihitung untuk setiap konstruk penelitian. Apabila seluruh nilai",
                  "variabel laten memiliki nilai composite reliability maupun"])
    page1 += [(72, 800, "Times-Bold", 11, caption)]
    page2 = body(["cronbach alpha di atas 0,7 maka konstruk memiliki reliabilitas yang baik.",
                  "Stres kerja diukur dengan tiga indikator."])
    assert texts(pdf.read(canvas_pdf([page1, page2]), "jurnal.pdf")) == [
        "Koefisien reliabilitas dihitung untuk setiap konstruk penelitian. Apabila seluruh nilai variabel laten "
        "memiliki nilai composite reliability maupun cronbach alpha di atas 0,7 maka konstruk memiliki reliabilitas "
        "yang baik. Stres kerja diukur dengan tiga indikator."]


def long_word_story(seed, paragraphs=14):
    """Paragraphs of long words, set in narrow justified columns: many lines hold one word that could not be spread."""
    import random

    rng = random.Random(seed)
    long_words = """internasionalisasi pertanggungjawaban ketidakseimbangan pemberdayaan berkesinambungan
        dikomunikasikan memperhitungkan kesejahteraan penyelenggaraan diperdagangkan""".split()
    short = "dan di ke dari yang untuk pada oleh atas".split()
    story = []
    for n in range(paragraphs):
        if n % 5 == 0:
            story.append(("h", f"{n // 5 + 1}. Bagian Pembahasan"))
        sentences = [" ".join(rng.choice(long_words if rng.random() < 0.5 else short)
                              for _ in range(rng.randint(6, 12))).capitalize() + "." for _ in range(4)]
        story.append(("p", f"Paragraf {n + 1}. " + " ".join(sentences)))
    return story


@pytest.mark.parametrize("seed", [0, 2, 4])
def test_one_word_lines_of_justified_columns_do_not_end_their_paragraph(seed):
    # "dikomunikasikan." alone on a line, then "Pertanggungjawaban …": the next word did not fit, the paragraph goes on
    # (its next paragraph would start indented).
    story = long_word_story(seed)
    doc = pdf.read(journal_pdf(story, columns=3), "jurnal.pdf")
    assert [doc.block_text(b) for b in doc.blocks] == [text for _, text in story]


def test_headers_of_a_short_article_that_differ_on_every_page_are_dropped_by_their_page_numbers():
    # Two pages: "Authors, Title  45" on the odd page, "46  Journal …" on the even one; neither repeats, their
    # numbers count the pages.
    story = long_word_story(1)
    doc = pdf.read(journal_pdf(story), "jurnal.pdf")
    assert doc.pages == 2
    assert [doc.block_text(b) for b in doc.blocks] == [text for _, text in story]
    assert {b.location.page_label for b in doc.blocks} <= {"45", "46", "45-46"}


def test_a_two_page_articles_headers_that_differ_and_carry_no_number_are_dropped():
    # The journal's name over page 1, the author and title over page 2, each once, smaller than the text and set
    # apart from it; the page numbers are at the foot. The sentence running over the page stays whole.
    page1 = [(72, 40, "Times-Italic", 9, "Jurnal Hukum Lingkungan, Vol. 3 No. 1 (2019)")]
    page1 += body(["Pembakaran hutan dan lahan merupakan tindak pidana lingkungan hidup yang diatur dalam",
                   "undang-undang. Penegakan hukum terhadap pelaku pembakaran hutan masih lemah karena",
                   "bukti sulit ditemukan di lapangan dan saksi enggan memberi keterangan kepada penyidik yang"])
    page1 += [(290, 800, "Times-Roman", 10, "12")]
    page2 = [(72, 40, "Times-Italic", 9, "Budi Santoso, Tindak Pidana Pembakaran Hutan")]
    page2 += body(["menangani perkara tersebut di pengadilan negeri setempat."])
    page2 += [(290, 800, "Times-Roman", 10, "13")]
    doc = pdf.read(canvas_pdf([page1, page2]), "jurnal.pdf")
    assert texts(doc) == [
        "Pembakaran hutan dan lahan merupakan tindak pidana lingkungan hidup yang diatur dalam undang-undang. "
        "Penegakan hukum terhadap pelaku pembakaran hutan masih lemah karena bukti sulit ditemukan di lapangan dan "
        "saksi enggan memberi keterangan kepada penyidik yang menangani perkara tersebut di pengadilan negeri setempat."]
    assert [b.location.page_label for b in doc.blocks] == ["12-13"]


def test_a_figures_caption_inside_a_sentence_is_set_after_it_and_is_no_heading():
    # "… dapat dilihat pada" / the figure and its bold caption / "gambar di atas, …": one sentence, then the caption
    # (read with the passage above), which titles no section.
    page = body(["Kerangka pemikiran penelitian ini menggambarkan hubungan antara iklim organisasi, tipe",
                 "kepribadian, stres kerja dan perilaku kewargaan karyawan yang dapat dilihat pada"])
    page += [(200, 300, "Times-Bold", 10, "Gambar 1. Kerangka Pemikiran")]
    page += body(["gambar di atas, di mana setiap variabel bebas diduga memengaruhi variabel terikat secara",
                  "langsung maupun melalui stres kerja sebagai variabel antara.",
                  "Hipotesis penelitian dirumuskan sebagai berikut."], top=330)
    doc = pdf.read(canvas_pdf([page]), "jurnal.pdf")
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("paragraph", "Kerangka pemikiran penelitian ini menggambarkan hubungan antara iklim organisasi, tipe "
                      "kepribadian, stres kerja dan perilaku kewargaan karyawan yang dapat dilihat pada gambar di atas, "
                      "di mana setiap variabel bebas diduga memengaruhi variabel terikat secara langsung maupun melalui "
                      "stres kerja sebagai variabel antara."),
        ("paragraph", "Gambar 1. Kerangka Pemikiran"),
        ("paragraph", "Hipotesis penelitian dirumuskan sebagai berikut.")]
    assert all(b.location.section == () for b in doc.blocks)


def band_pdf(story_items, band=300, middle=80):
    """One journal page set in two columns above and below a full-width band (where a wide figure or table would
    stand; here text flows through it): the columns of the top part, the band, then the columns of the bottom."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    width, height = A4
    text_style = ParagraphStyle("isi", fontName="Times-Roman", fontSize=10, leading=12.5, alignment=TA_JUSTIFY,
                                spaceAfter=6, firstLineIndent=14)
    heading_style = ParagraphStyle("judul", fontName="Times-Bold", fontSize=11, leading=14, spaceBefore=6,
                                   spaceAfter=4)
    gap = 18
    column = (width - 112 - gap) / 2
    frames = ([Frame(56 + k * (column + gap), height - 70 - band, column, band) for k in range(2)]
              + [Frame(56, height - 70 - band - middle, width - 112, middle)]
              + [Frame(56 + k * (column + gap), 60, column, height - 130 - band - middle) for k in range(2)])
    out = io.BytesIO()
    template = BaseDocTemplate(out, pagesize=A4)
    template.addPageTemplates([PageTemplate("pita", frames)])
    template.build([Paragraph(text, heading_style if kind == "h" else text_style) for kind, text in story_items])
    return out.getvalue()


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 10])
def test_columns_over_and_under_a_full_width_band_read_in_order(seed):
    # seed 0: "B. Tinjauan Pustaka" at the left column's foot, over the band: read after the right column, not
    # inside the paragraph running into it; seed 1: a full-width line whose letters leave the gutter's x between
    # two of them ("komoditas p|erikanan") is one line, not two halves in two columns; seed 2: a paragraph ending
    # the right column at a stop goes on in the band (its next line is not indented), and the last line of the
    # paragraph run into the band, short, stays ahead of the heading under it; seeds 3 and 10: a justified
    # full-width line whose stretched space falls on the gutter's x is one line too.
    story = journal_story(paragraphs=14, seed=seed)
    doc = pdf.read(band_pdf(story), "jurnal.pdf")
    assert [doc.block_text(b) for b in doc.blocks] == [text for _, text in story]


# ---------------------------------------------------------------- a skripsi's page, set justified by hand
# (bench/rendered.py renders the tuning texts in such layouts; these are the kinds it showed, on invented text)


def skripsi_pdf(blocks, left=113, right=510, top=100, pitch=18, indent=36, size=12):
    """One A4 page of justified lines, as a word processor sets them (the spaces stretched by word spacing):
    blocks are ("p", lines) paragraphs (first line indented, every line but the last spread to the right margin)
    or ("item", marker, lines) list items (marker at left + 18, text at left + 36, spread the same way), or ("c",
    lines) centred lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    y = top
    for block in blocks:
        kind, lines = block[0], block[-1]
        for n, line in enumerate(lines):
            x = left + indent if kind == "p" and n == 0 else left + 36 if kind == "item" else left
            if kind == "c":  # centred
                x = (left + right - stringWidth(line, "Times-Roman", size)) / 2
            if kind == "item" and n == 0:
                c.setFont("Times-Roman", size)
                c.drawString(left + 18, A4[1] - y, block[1])
            spaces = line.count(" ")
            stretch = (right - x - stringWidth(line, "Times-Roman", size)) / spaces \
                if n < len(lines) - 1 and spaces and kind != "c" else 0
            text = c.beginText(x, A4[1] - y)
            text.setFont("Times-Roman", size)
            text.setWordSpace(stretch)
            text.textLine(line)
            c.drawText(text)
            y += pitch
    c.showPage()
    c.save()
    return out.getvalue()


FILLER = [("p", ["Paragraf pembuka halaman ini menjelaskan latar belakang penelitian secara singkat dan",
                 "menyebutkan tempat penelitian dilakukan beserta waktu pelaksanaannya yang sudah ditetapkan",
                 "sebelumnya oleh peneliti bersama dengan pembimbing pada awal semester ganjil tahun ini dan",
                 "disetujui oleh pihak jurusan."])]


def test_a_names_initials_at_a_line_end_run_on_into_the_next_line_not_an_item():
    # "… RSUP Prof. Dr. R." / "D. Kandou Manado …": the initials' stop closes no sentence, "D." opens no list.
    page = skripsi_pdf(FILLER + [("p", [
        "Penelitian ini dilakukan di Apotek Kimia Farma yang berada di lingkungan RSUP Prof. Dr. R.",
        "D. Kandou Manado pada bulan Mei sampai dengan Juni dengan seratus orang responden yang",
        "dipilih secara acak."])])
    doc = pdf.read(page, "resep.pdf")
    assert texts(doc, "item") == []
    # The same inside a list item, its text going on beside the marker: "… di Prof." / "Dr. R. D. Kandou …", and
    # "… RSUP Prof DR." / "R. D. Kandou Manado."
    items = skripsi_pdf(FILLER + [
        ("item", "1.", ["Distribusi kepuasan pasien di apotek pelengkap Kimia Farma yang berada di Prof.",
                        "Dr. R. D. Kandou Manado terbesar yaitu puas sebanyak tujuh puluh delapan orang."]),
        ("item", "2.", ["Terdapat hubungan antara waktu tunggu pelayanan resep dan kepuasan di RSUP Prof DR.",
                        "R. D. Kandou Manado."])])
    assert texts(pdf.read(items, "resep.pdf"), "item") == [
        "1. Distribusi kepuasan pasien di apotek pelengkap Kimia Farma yang berada di Prof. Dr. R. D. Kandou Manado "
        "terbesar yaitu puas sebanyak tujuh puluh delapan orang.",
        "2. Terdapat hubungan antara waktu tunggu pelayanan resep dan kepuasan di RSUP Prof DR. R. D. Kandou Manado."]
    assert texts(doc)[-1] == ("Penelitian ini dilakukan di Apotek Kimia Farma yang berada di lingkungan RSUP Prof. Dr. "
                              "R. D. Kandou Manado pada bulan Mei sampai dengan Juni dengan seratus orang responden "
                              "yang dipilih secara acak.")


def test_a_title_without_a_stop_ends_where_the_next_indented_paragraph_opens():
    # A title set as a paragraph (no stop, its last line short but long enough to look like running text), then a
    # paragraph opening indented: two paragraphs. So are two one-line paragraphs at the same indent. A centred
    # line under another (a title block, a caption) is no indented paragraph.
    page = skripsi_pdf(FILLER + [("c", ["Kata Kunci: Nabi Israel, Perjanjian Lama, Sejarah Agama", "Semitik"])]
                       + FILLER + [
        ("p", ["Hubungan Waktu Tunggu Pelayanan Resep dengan Kepuasan Pasien di Apotek Kimia Farma",
               "Rumah Sakit Umum Pusat Profesor Kandou di Kota Manado"]),
        ("p", ["Waktu tunggu pelayanan resep merupakan waktu yang digunakan oleh karyawan apotek dalam",
               "menyelesaikan resep pasien."]),
        ("p", ["Ika Nurjanah, Franckie Maramis dan Sulaemana Engkeng dari Fakultas"]),
        ("p", ["Universitas Sam Ratulangi Manado menjadi tempat para penulis bekerja sebagai dosen tetap",
               "sejak lama."])])
    doc = pdf.read(page, "resep.pdf")
    assert texts(doc)[1] == "Kata Kunci: Nabi Israel, Perjanjian Lama, Sejarah Agama Semitik"
    assert texts(doc)[3:] == [
        "Hubungan Waktu Tunggu Pelayanan Resep dengan Kepuasan Pasien di Apotek Kimia Farma Rumah Sakit Umum Pusat "
        "Profesor Kandou di Kota Manado",
        "Waktu tunggu pelayanan resep merupakan waktu yang digunakan oleh karyawan apotek dalam menyelesaikan resep "
        "pasien.",
        "Ika Nurjanah, Franckie Maramis dan Sulaemana Engkeng dari Fakultas",
        "Universitas Sam Ratulangi Manado menjadi tempat para penulis bekerja sebagai dosen tetap sejak lama."]


def test_an_items_short_title_leaves_the_indented_paragraph_under_it_whole():
    # "2. Pengertian Penjualan Menurut Para Ahli" (an item, no stop), then a paragraph whose first line is indented
    # and whose next lines go back to the margin, left of the marker: the paragraph is one block, not its first line
    # in the item and the rest apart.
    page = skripsi_pdf(FILLER + [
        ("item", "1.", ["Kajian Pustaka dan Kerangka Berpikir"]),
        ("item", "2.", ["Pengertian Penjualan Menurut Para Ahli dalam Buku Manajemen"]),
        ("p", ["Penjualan merupakan suatu fungsi dari pemasaran yang sangat penting dan",
               "menentukan bagi perusahaan untuk mencapai tujuan perusahaan tersebut yaitu memperoleh",
               "laba untuk kelangsungan hidup perusahaan."]),
        ("item", "3.", ["Pengertian Sistem Informasi Penjualan Menurut Para Ahli dalam Buku",
                        "Manajemen Pemasaran Modern Karya Kotler dan Keller Edisi Ketiga"]),  # wrapped, ends short
        ("p", ["Sistem informasi penjualan adalah sistem yang mengolah data transaksi penjualan",
               "perusahaan menjadi laporan bagi manajemen."])])
    doc = pdf.read(page, "penjualan.pdf")
    assert texts(doc, "item") == ["1. Kajian Pustaka dan Kerangka Berpikir",
                                  "2. Pengertian Penjualan Menurut Para Ahli dalam Buku Manajemen",
                                  "3. Pengertian Sistem Informasi Penjualan Menurut Para Ahli dalam Buku Manajemen "
                                  "Pemasaran Modern Karya Kotler dan Keller Edisi Ketiga"]
    assert texts(doc, "paragraph")[-2:] == [
        "Penjualan merupakan suatu fungsi dari pemasaran yang sangat penting dan menentukan bagi perusahaan untuk "
        "mencapai tujuan perusahaan tersebut yaitu memperoleh laba untuk kelangsungan hidup perusahaan.",
        "Sistem informasi penjualan adalah sistem yang mengolah data transaksi penjualan perusahaan menjadi laporan "
        "bagi manajemen."]



def test_an_items_first_line_ending_a_sentence_goes_on_under_its_text():
    # The item's first line starts at its marker and runs to the margin ending a sentence; the next sentence wraps
    # under the item's text, further right than the marker: a wrap, not a new paragraph's indented first line.
    page = skripsi_pdf(FILLER + [
        ("item", "•", ["Bilamana diserahkan dalam keadaan terbuka, formalitas ini tidak perlu.",
                       "Setelah diserahkan untuk disimpan, notaris harus membuat akta yang",
                       "ditandatangani oleh pewaris, notaris dan dua orang saksi."]),
        ("item", "•", ["Bilamana surat wasiat diserahkan secara tertutup maka akta penyimpanan",
                       "dibuat di bagian bawah surat wasiat itu."])] + FILLER)
    doc = pdf.read(page, "wasiat.pdf")
    assert texts(doc, "item") == [
        "• Bilamana diserahkan dalam keadaan terbuka, formalitas ini tidak perlu. Setelah diserahkan untuk disimpan, "
        "notaris harus membuat akta yang ditandatangani oleh pewaris, notaris dan dua orang saksi.",
        "• Bilamana surat wasiat diserahkan secara tertutup maka akta penyimpanan dibuat di bagian bawah surat wasiat "
        "itu."]


def test_an_items_title_filling_its_line_leaves_the_paragraph_under_it_whole():
    # The title happens to end at the right margin, so it may have wrapped onto the indented line under it; but the
    # line after that, back at the margin left of the marker, goes on in small letters: that indented line is the
    # paragraph's first, not the title's end.
    page = skripsi_pdf(FILLER + [
        ("item", "1.", ["Kajian Pustaka dan Kerangka Berpikir"]),
        ("item", "2.", ["Pengertian Penjualan Menurut Para Ahli dalam Buku Manajemen Modern"]),
        ("p", ["Penjualan merupakan suatu fungsi dari pemasaran yang sangat penting dan",
               "menentukan bagi perusahaan untuk mencapai tujuan perusahaan tersebut yaitu memperoleh",
               "laba untuk kelangsungan hidup perusahaan."])])
    doc = pdf.read(page, "penjualan.pdf")
    assert texts(doc, "item")[-1] == "2. Pengertian Penjualan Menurut Para Ahli dalam Buku Manajemen Modern"
    assert texts(doc, "paragraph")[-1] == (
        "Penjualan merupakan suatu fungsi dari pemasaran yang sangat penting dan menentukan bagi perusahaan untuk "
        "mencapai tujuan perusahaan tersebut yaitu memperoleh laba untuk kelangsungan hidup perusahaan.")

def test_words_a_hyphenating_typesetter_broke_are_joined_names_and_loan_words_too():
    # Word's automatic hyphenation: most line-end hyphens break a word the dictionary knows ("pengem-" "bangan"),
    # so the others are the typesetter's too ("Tasik-" "malaya", "me-" "kanisme"); a prefix on a loan word
    # ("meng-" "upload") and a compound the text writes whole elsewhere ("viral-based") keep their hyphen.
    page = skripsi_pdf([("p", [
        "Program pengembangan masyarakat desa di Kabupaten Tasik-",
        "malaya berjalan melalui me-",
        "kanisme musyawarah warga yang dipimpin oleh kepala desa dan pengem-",
        "bangan usaha kecil menjadi prioritas utama bagi kese-",
        "hatan ekonomi keluarga petani serta masya-",
        "rakat nelayan di pesisir pantai selatan yang diminta meng-",
        "upload laporan kegiatan setiap bulan sebagai bagian dari kebijakan viral-",
        "based yang dibahas dalam tulisan tentang kebijakan viral-based sebelumnya."])])
    text = texts(pdf.read(page, "desa.pdf"))[0]
    for joined in ("Tasikmalaya", "mekanisme", "pengembangan", "kesehatan", "masyarakat", "meng-upload",
                   "kebijakan viral-based yang"):
        assert joined in text, joined


def test_a_short_articles_headers_set_in_two_pieces_over_the_columns_are_dropped():
    # The even page's header prints its number at the left edge and the authors at the right ("114 … Fauzi &
    # Rahmawati, Judul"), the odd page's the journal at the left and its number at the right: each piece stands over
    # one column. They are dropped as one header, and the sentence running over the page stays whole.
    story = long_word_story(1)
    doc = pdf.read(journal_pdf(story, first_page=113, split_header=True), "jurnal.pdf")
    assert doc.pages == 2
    assert [doc.block_text(b) for b in doc.blocks] == [text for _, text in story]
    assert {b.location.page_label for b in doc.blocks} <= {"113", "114", "113-114"}


def test_a_note_mark_before_a_stretched_space_of_a_justified_line_keeps_the_line_whole():
    # Word sets a note mark at 65% of the size, raised by a third; in a justified line the space after it is stretched
    # like the others: PDFium cuts the row at the mark, and the two pieces are one line again, one paragraph.
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("isi", fontName="Times-Roman", fontSize=12, leading=18, alignment=TA_JUSTIFY,
                           firstLineIndent=36)
    sentences = ["Gerakan warganet berhasil menekan pemerintah untuk mengubah kebijakan.",
                 "Di Indonesia, contohnya adalah gerakan yang menggagalkan perubahan undang-undang pemilihan",
                 "kepala daerah terkait batas usia calon.", "Meski demikian, hal ini masih diperdebatkan oleh para",
                 "pengamat kebijakan publik di berbagai perguruan tinggi."]
    mark = '<super size="7.8" rise="4.2">1</super>'
    out = io.BytesIO()
    SimpleDocTemplate(out, leftMargin=113, rightMargin=85).build(
        [Paragraph(sentences[0] + mark + " " + " ".join(sentences[1:]), style)])
    doc = pdf.read(out.getvalue(), "kebijakan.pdf")
    assert texts(doc) == [sentences[0] + "¹ " + " ".join(sentences[1:])]


def test_a_reduplication_broken_at_a_line_end_keeps_its_hyphen_in_hyphenated_text():
    # The typesetter hyphenates ("menggu-" / "nakan" joined), and the author's reduplications fall at line ends too:
    # the root repeated with its affixes ("obat-" / "obatan", "setinggi-" / "tingginya", "perundang-" / "undangan")
    # is one word with its hyphen, not a word the typesetter broke.
    lines = ["ibu yang mengkonsumsi obat-", "obatan terlarang menggu-", "nakan derajat kesehatan yang setinggi-",
             "tingginya menurut peraturan perundang-", "undangan yang berlaku."]
    assert pdf.join_lines(lines, typeset=True) == (
        "ibu yang mengkonsumsi obat-obatan terlarang menggunakan derajat kesehatan yang setinggi-tingginya menurut "
        "peraturan perundang-undangan yang berlaku.")
