"""Tables read the same in every format: a row per line, cells joined by " | ", each cell's text whole."""

from __future__ import annotations

import io

import pytest

from telusur.documents import pdf

_ROWS = [
    ["Aspek", "Teori A", "Teori B"],
    ["Fokus", "Memberikan sudut pandang terhadap masyarakat, individu, dan hubungan interpersonal yang saling "
              "mengikat sehingga tidak dapat dipisahkan.",
     "Membangun pendekatan ilmu sosial yang berangkat dari tradisi yang ada dan berkaitan dengan perbuatan manusia."],
    ["Metode", "Memerlukan metodologi kualitatif yang canggih berdasarkan wawancara jarak dekat dengan khalayak.",
     "Bergantung pada metode kuantitatif seperti meta-analisis, eksperimen, dan studi panel longitudinal."],
]


APA = "apa"  # a rule above the table, one under its header row, one below: no vertical rules


def _ruled_table_pdf(rows: list[list[str]], repeat: int = 1, before: str = "", rules: str = "grid") -> bytes:
    """A4, a paragraph, then a ruled table (reportlab's GRID, or APA's three rules) whose long cells wrap over
    several lines; repeat copies of the body rows make it run over a page (its header row set again there)."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=12, leading=18)
    cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
    data = [rows[0]] + rows[1:] * repeat
    table = Table([[Paragraph(c, cell) for c in r] for r in data], colWidths=[120, 170, 170], repeatRows=1)
    ruling = [("GRID", (0, 0), (-1, -1), 0.5, "black")] if rules == "grid" else [
        ("LINEABOVE", (0, 0), (-1, 0), 0.75, "black"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.75, "black")]
    table.setStyle(TableStyle(ruling + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out = io.BytesIO()
    story = [Paragraph(before or "Perbandingan kedua teori dapat dilihat pada tabel di bawah ini.", body), table,
             Paragraph("Kedua teori saling melengkapi dalam menjelaskan tindakan sosial.", body)]
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _blocks(raw: bytes) -> list[tuple[str, str]]:
    doc = pdf.read(raw, "tabel.pdf")
    return [(b.kind, doc.block_text(b)) for b in doc.blocks]


def test_a_pdf_table_with_sentences_in_its_cells_reads_cell_by_cell_row_by_row():
    blocks = _blocks(_ruled_table_pdf(_ROWS))
    assert blocks[0] == ("paragraph", "Perbandingan kedua teori dapat dilihat pada tabel di bawah ini.")
    assert blocks[1] == ("table", "\n".join(" | ".join(r) for r in _ROWS))
    assert blocks[2] == ("paragraph", "Kedua teori saling melengkapi dalam menjelaskan tindakan sosial.")
    assert len(blocks) == 3


@pytest.mark.parametrize("rules", ["grid", APA])
def test_a_pdf_table_ruled_without_vertical_rules_reads_cell_by_cell_too(rules):
    # APA tables (journals, theses): a rule above, one under the header, one below; the columns are the white
    # space down the lines, a wrapped cell's lines are one cell
    blocks = _blocks(_ruled_table_pdf(_ROWS, rules=rules))
    assert blocks == [("paragraph", "Perbandingan kedua teori dapat dilihat pada tabel di bawah ini."),
                      ("table", "\n".join(" | ".join(r) for r in _ROWS)),
                      ("paragraph", "Kedua teori saling melengkapi dalam menjelaskan tindakan sosial.")]


@pytest.mark.parametrize("rules", ["grid", APA])
def test_a_pdf_table_running_over_a_page_is_one_table_its_repeated_header_read_once(rules):
    doc = pdf.read(_ruled_table_pdf(_ROWS, repeat=12, rules=rules), "tabel.pdf")
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    lines = doc.block_text(tables[0]).split("\n")
    assert lines[0] == " | ".join(_ROWS[0]) and lines.count(" | ".join(_ROWS[0])) == 1
    assert lines[1:] == [" | ".join(r) for r in _ROWS[1:] * 12]
    assert tables[0].location.first_page == 1 and tables[0].location.last_page >= 2


def test_a_box_round_a_paragraph_is_no_table():
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = ParagraphStyle("body", fontName="Times-Roman", fontSize=12, leading=18)
    text = ("Catatan penting: kutipan ini diambil dari wawancara dengan kepala sekolah yang menjelaskan bahwa "
            "kegiatan remedial dilakukan setiap akhir bulan.")
    boxed = Table([[Paragraph(text, style)]], colWidths=[400])
    boxed.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "black")]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([boxed])
    assert _blocks(out.getvalue()) == [("paragraph", text)]


def test_prose_between_three_rules_of_one_width_is_no_table():
    # a journal's abstract set between rules (above the title block, under it, below the abstract): one column
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate

    style = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14)
    title = "Pengaruh Iklim Organisasi terhadap Stres Kerja Pegawai"
    abstract = ("Penelitian ini bertujuan untuk mengetahui pengaruh iklim organisasi terhadap stres kerja pegawai "
                "pada kantor dinas pendidikan. Metode yang digunakan adalah survei dengan kuesioner kepada seratus "
                "pegawai, dianalisis dengan regresi linear sederhana. Hasilnya menunjukkan bahwa iklim organisasi "
                "berpengaruh negatif dan signifikan terhadap stres kerja pegawai di kantor tersebut.")
    rule = lambda: HRFlowable(width="100%", thickness=0.75, color="black", spaceBefore=4, spaceAfter=4)  # noqa: E731
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([rule(), Paragraph(title, style), rule(), Paragraph(abstract, style),
                                               rule()])
    assert [kind for kind, _ in _blocks(out.getvalue())] == ["paragraph", "paragraph"]


# ---------------------------------------------------------------- a sentence cut by a forced line break


@pytest.mark.parametrize("cut", ["  \n", "\\\n", "<br>\n", "<br/>"])
def test_a_markdown_sentence_cut_by_a_hard_break_is_one_sentence(cut):
    from telusur.documents import markdown

    src = (f"Menurut Sugiyono (2017) penelitian kualitatif adalah penelitian yang{cut}berlandaskan filsafat "
           "postpositivisme.\n\nJl. Merdeka No. 5  \nBandung\n")
    doc = markdown.read(src.encode(), "a.md")
    assert [doc.block_text(b) for b in doc.blocks] == [
        "Menurut Sugiyono (2017) penelitian kualitatif adalah penelitian yang berlandaskan filsafat postpositivisme.",
        "Jl. Merdeka No. 5\nBandung"]  # a break that cuts no sentence stays


@pytest.mark.parametrize("after", ["# Judul", "1. Item pertama", "> Kutipan", "---", "```"])
def test_two_spaces_ending_a_paragraph_before_another_block_leave_no_backslash(after):
    from telusur.documents import markdown

    doc = markdown.read(f"Paragraf ini selesai di sini  \n{after}\n".encode(), "a.md")
    assert doc.block_text(doc.blocks[0]) == "Paragraf ini selesai di sini"


def test_an_html_br_cutting_a_sentence_is_a_space_one_ending_a_sentence_stays():
    from telusur.documents import html

    doc = html.read(b"<html><body><p>Penelitian yang<br>berlandaskan filsafat.<br>Kalimat baru.</p></body></html>",
                    "a.html")
    assert [doc.block_text(b) for b in doc.blocks] == ["Penelitian yang berlandaskan filsafat.\nKalimat baru."]


# ---------------------------------------------------------------- DOCX: a paragraph cut at a page's end

_CUT = "Menurut Sugiyono (2017) penelitian kualitatif adalah penelitian yang"
_ON = "berlandaskan filsafat postpositivisme."


def _docx(build) -> list[tuple[str, str]]:
    pytest.importorskip("docx")
    import docx as python_docx
    from telusur.documents import docx as reader

    document = python_docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    doc = reader.read(out.getvalue(), "bab2.docx")
    return [(b.kind, doc.block_text(b)) for b in doc.blocks]


def _break_after(document):
    from docx.enum.text import WD_BREAK
    document.add_paragraph(_CUT).add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(_ON)


def _break_paragraph(document):
    from docx.enum.text import WD_BREAK
    document.add_paragraph(_CUT)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(_ON)


def _break_before(document):
    document.add_paragraph(_CUT)
    document.add_paragraph(_ON).paragraph_format.page_break_before = True


def _rendered_break(document):
    from docx.oxml import OxmlElement
    document.add_paragraph(_CUT)
    run = document.add_paragraph(_ON).runs[0]
    run._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))


@pytest.mark.parametrize("build", [_break_after, _break_paragraph, _break_before, _rendered_break])
def test_a_docx_paragraph_cut_at_a_page_break_reads_as_one_paragraph(build):
    assert _docx(build) == [("paragraph", f"{_CUT} {_ON}")]


def test_a_docx_page_break_after_a_sentences_end_or_before_a_capital_parts_paragraphs():
    from docx.enum.text import WD_BREAK

    def build(document):
        document.add_paragraph("Kalimat ini selesai.").add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph("lalu paragraf berikutnya.")
        document.add_paragraph(_CUT).add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph("Bandung adalah kota.")
        document.add_paragraph(_CUT)  # no page between: two paragraphs as written
        document.add_paragraph(_ON)

    assert [t for _, t in _docx(build)] == ["Kalimat ini selesai.", "lalu paragraf berikutnya.", _CUT,
                                            "Bandung adalah kota.", _CUT, _ON]


# ---------------------------------------------------------------- a lead-in inside a blockquote


@pytest.mark.parametrize("src", [
    "# Bab\n\n> Ciri-ciri anak tunagrahita ringan antara lain:\n> 1. Lamban mempelajari hal baru.\n"
    "> 2. Sukar menggeneralisasi.\n\nParagraf lain yang berdiri sendiri.\n",
    "# Bab\n\n> Ciri-ciri anak tunagrahita ringan antara lain:\n\n1. Lamban mempelajari hal baru.\n"
    "2. Sukar menggeneralisasi.\n\nParagraf lain yang berdiri sendiri.\n",
])
def test_a_lead_in_in_a_markdown_blockquote_is_one_passage_with_its_list(src):
    from telusur.chunking import chunk_document
    from telusur.documents import markdown

    chunks = [c.text for c in chunk_document(markdown.read(src.encode(), "a.md"))]
    assert chunks == ["Ciri-ciri anak tunagrahita ringan antara lain:\n1. Lamban mempelajari hal baru.\n"
                      "2. Sukar menggeneralisasi.", "Paragraf lain yang berdiri sendiri."]


def test_a_lead_in_in_an_html_blockquote_is_one_passage_with_its_list():
    from telusur.chunking import chunk_document
    from telusur.documents import html

    doc = html.read(b"<html><body><h1>Bab</h1><blockquote>Menurut Amin ciri sosialnya yaitu:</blockquote>"
                    b"<ul><li>Sukar bergaul.</li><li>Mudah dipengaruhi.</li></ul>"
                    b"<blockquote>Rumusnya:</blockquote><blockquote>ROA = Laba bersih : Total Aktiva</blockquote>"
                    b"</body></html>", "a.html")
    chunks = [c.text for c in chunk_document(doc)]
    assert chunks[0] == "Menurut Amin ciri sosialnya yaitu:\n• Sukar bergaul.\n• Mudah dipengaruhi."


# ---------------------------------------------------------------- one table, every format: the same rows and parts

_TABLE = [["Aspek", "Interaksi Simbolik", "Strukturasi"],
          ["Fokus", "Makna yang dibangun individu dalam interaksi sehari-hari dengan orang lain.",
           "Praktik sosial yang ditata melintasi ruang dan waktu oleh agen yang berpengetahuan."],
          ["Metode", "Kualitatif, dari sudut pandang unit pelaksana.", "Skema konseptual yang mencerahkan penyelidikan."]]


def _table_in(fmt: str) -> bytes:
    if fmt == "md":
        rows = [f"| {' | '.join(r)} |" for r in _TABLE]
        return ("\n".join(["# Perbandingan Teori", "", rows[0], "|---|---|---|", *rows[1:]]) + "\n").encode()
    if fmt == "html":
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _TABLE)
        return f"<html><body><h1>Perbandingan Teori</h1><table>{cells}</table></body></html>".encode()
    if fmt == "docx":
        pytest.importorskip("docx")
        import docx as python_docx

        document = python_docx.Document()
        document.add_heading("Perbandingan Teori", 1)
        table = document.add_table(rows=len(_TABLE), cols=3)
        table.style = "Table Grid"
        for r, row in enumerate(_TABLE):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    head = ParagraphStyle("head", fontName="Times-Bold", fontSize=14, leading=18)
    cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
    table = Table([[Paragraph(c, cell) for c in r] for r in _TABLE], colWidths=[90, 180, 180])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph("Perbandingan Teori", head), table])
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_a_table_reads_as_the_same_passage_and_row_parts_in_every_format(fmt):
    from telusur.chunking import chunk_document, chunk_parts
    from telusur.documents import reader

    doc = reader(f".{fmt}").read(_table_in(fmt), f"bab2.{fmt}")
    tables = [c for c in chunk_document(doc) if "|" in c.text]
    assert [c.text for c in tables] == ["\n".join(" | ".join(r) for r in _TABLE)]
    parts = [p.split("\n")[-1] for p in chunk_parts(tables[0])]
    assert parts[1] == ("Aspek: Fokus; Interaksi Simbolik: Makna yang dibangun individu dalam interaksi sehari-hari "
                        "dengan orang lain.; Strukturasi: Praktik sosial yang ditata melintasi ruang dan waktu oleh agen "
                        "yang berpengetahuan.")
    assert parts[2].startswith("Aspek: Metode; Interaksi Simbolik: Kualitatif")


def _word_apa_table_pdf() -> bytes:
    """A table as Word exports it in APA style: single-spaced rows with no padding, every rule drawn cell by cell,
    the rule under the header broken between two column groups, and a variable's name merged down its rows (set
    on the middle one)."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    height = A4[1]
    c.setFont("Times-Roman", 12)
    c.drawString(72, height - 100, "Hasil uji validitas setiap indikator disajikan pada tabel berikut.")
    columns = [(100, 230), (230, 330), (330, 480)]
    rows = [["Variabel", "Indikator", "Outer Loading"], ["", "K1", "0.601"], ["Kepribadian", "K2", "0.706"],
            ["", "K3", "0.779"], ["", "IO1", "0.617"], ["Iklim Organisasi", "IO2", "0.704"], ["", "IO3", "0.829"]]
    top, pitch = height - 130, 13.0
    c.setFont("Times-Roman", 10)
    for r, row in enumerate(rows):
        baseline = top - 10 - r * pitch
        for (x0, _), cell in zip(columns, row):
            c.drawString(x0 + 5, baseline, cell)
    c.setLineWidth(0.75)
    header = top - pitch - 3
    bottom = top - len(rows) * pitch - 3
    for x0, x1 in columns:  # the rules above and below, cell by cell
        c.line(x0, top, x1, top)
        c.line(x0, bottom, x1, bottom)
    c.line(100, header, 225, header)  # under the header: a gap between the first column and the others
    c.line(235, header, 480, header)
    c.setFont("Times-Roman", 12)
    c.drawString(72, bottom - 30, "Semua indikator memiliki nilai di atas 0,50 sehingga dinyatakan valid.")
    c.save()
    return out.getvalue()


def test_a_word_apa_table_drawn_cell_by_cell_reads_row_by_row():
    blocks = _blocks(_word_apa_table_pdf())
    assert blocks[1] == ("table", "\n".join([
        "Variabel | Indikator | Outer Loading", " | K1 | 0.601", "Kepribadian | K2 | 0.706", " | K3 | 0.779",
        " | IO1 | 0.617", "Iklim Organisasi | IO2 | 0.704", " | IO3 | 0.829"]))
    assert [kind for kind, _ in blocks] == ["paragraph", "table", "paragraph"]
