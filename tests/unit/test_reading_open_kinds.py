"""Reading kinds seen on open documents and written here as made-up files (issue 14): a static site's heading
permalinks, a PDF's numbered heading glued to its number, a PDF's title set over lines."""

from pdf_pages import canvas_pdf

from telusur.documents import pdf
from tests.test_docx import para, read_made  # a DOCX written part by part
from tests.unit.test_typed_lists import _read  # a text written to a file and read

PROSE = ("Koperasi merupakan badan usaha yang beranggotakan orang-orang dengan melandaskan kegiatannya pada asas "
         "kekeluargaan.")


def test_a_static_sites_heading_permalinks_are_no_part_of_the_heading_or_the_title(tmp_path):
    """MkDocs and Sphinx set a "¶" link after each heading, VuePress, Docusaurus and Hugo a "#" before it."""
    page = ("<html><head><title>Koperasi | Catatan Kuliah</title></head><body><div class='content'>"
            "<h1 id='koperasi'><a href='#koperasi' aria-hidden='true' class='header-anchor'>#</a> Koperasi</h1>"
            f"<p>{PROSE}</p>"
            "<h2 id='jenis'>Jenis Koperasi<a class='headerlink' href='#jenis' title='Permanent link'>¶</a></h2>"
            f"<p>{PROSE}</p>"
            "<h2 id='fungsi'><a class='hash-link' href='#fungsi'>#</a> Fungsi Koperasi</h2>"
            f"<p>Lihat <a href='#jenis'>Jenis Koperasi</a> di atas.</p></div></body></html>")
    doc, blocks = _read(tmp_path, page, "koperasi.html")
    assert doc.title == "Koperasi"
    assert [t for k, _, t in blocks if k == "heading"] == ["Koperasi", "Jenis Koperasi", "Fungsi Koperasi"]
    assert blocks[-1] == ("paragraph", 0, "Lihat Jenis Koperasi di atas.")  # a link to a heading by its words stays


def test_a_pdf_headings_number_glued_to_its_title_gives_the_heading_its_numbers_level():
    """A Word heading whose tab after the number the PDF lost ("2.4.1.Perangkat Keras") is a third-level section,
    under "2.4", not a top-level heading of its own."""
    lines = [(72, "Times-Bold", "BAB II LANDASAN TEORI"), (72, "Times-Bold", "2.4. Koperasi Sekolah"),
             (72, "Times-Roman", PROSE[:80]), (72, "Times-Roman", PROSE[80:]),
             (72, "Times-Bold", "2.4.1.Pengertian Koperasi Sekolah"),
             (72, "Times-Roman", PROSE[:80]), (72, "Times-Roman", PROSE[80:]),
             (72, "Times-Bold", "BAB IIIMETODE PENELITIAN"),
             (72, "Times-Roman", PROSE[:80]), (72, "Times-Roman", PROSE[80:])]
    doc = pdf.read(canvas_pdf([[(x, 100 + 24 * k, font, 12, text) for k, (x, font, text) in enumerate(lines)]]),
                   "bab2.pdf")
    headings = [(b.level, doc.block_text(b), b.location.section[-1:]) for b in doc.blocks if b.kind == "heading"]
    assert headings == [(1, "BAB II LANDASAN TEORI", ()), (2, "2.4. Koperasi Sekolah", ("BAB II LANDASAN TEORI",)),
                        (3, "2.4.1. Pengertian Koperasi Sekolah", ("2.4. Koperasi Sekolah",)),
                        (1, "BAB III METODE PENELITIAN", ())]


def test_a_pdfs_title_property_holding_the_first_words_of_its_title_gives_way_to_the_whole_title():
    lines = [(72, "Times-Bold", "PERAN KOPERASI SEKOLAH DALAM MENUMBUHKAN"),
             (72, "Times-Bold", "JIWA WIRAUSAHA SISWA"), (72, "Times-Roman", PROSE[:80]), (72, "Times-Roman", PROSE[80:])]
    page = [(x, 100 + 24 * k, font, 12, text) for k, (x, font, text) in enumerate(lines)]
    doc = pdf.read(canvas_pdf([page], title="PERAN KOPERASI SEKOLAH DALAM MENUMBUHKAN "), "koperasi.pdf")
    assert doc.title == "PERAN KOPERASI SEKOLAH DALAM MENUMBUHKAN JIWA WIRAUSAHA SISWA"
    # a Title property of its own stays the title
    doc = pdf.read(canvas_pdf([page], title="Koperasi Sekolah"), "koperasi.pdf")
    assert doc.title == "Koperasi Sekolah"
    # a DOCX's too
    for core, title in (("PERAN KOPERASI SEKOLAH", "PERAN KOPERASI SEKOLAH DALAM MENUMBUHKAN JIWA WIRAUSAHA SISWA"),
                        ("Koperasi Sekolah", "Koperasi Sekolah")):
        body = para("PERAN KOPERASI SEKOLAH DALAM MENUMBUHKAN JIWA WIRAUSAHA SISWA", "Judul1") + para(PROSE)
        assert read_made(body, core_title=core).title == title


def test_a_pdf_title_set_over_two_lines_with_its_colon_ending_the_first_is_one_title():
    lines = [(120, "Times-Bold", "KOPERASI SEKOLAH DI INDONESIA:"), (130, "Times-Bold", "SEBUAH TINJAUAN SEJARAH"),
             (200, "Times-Roman", "Oleh: Budi Santoso"), (72, "Times-Bold", "Pendahuluan"),
             (72, "Times-Roman", PROSE[:80]), (72, "Times-Roman", PROSE[80:])]
    page = [(x, 100 + 15 * k, font, 12, text) for k, (x, font, text) in enumerate(lines)]
    doc = pdf.read(canvas_pdf([page]), "koperasi.pdf")
    assert doc.title == "KOPERASI SEKOLAH DI INDONESIA: SEBUAH TINJAUAN SEJARAH"
    assert [b.kind for b in doc.blocks][:2] == ["heading", "paragraph"]


def test_authors_names_over_where_they_work_are_a_byline_whatever_words_the_names_are(tmp_path):
    """A journal article's authors set in bold under its title, over their faculty: no section title over the
    abstract, though every word of the names is a dictionary's ("Dewi Lestari", "Intan Permata")."""
    names, school = "Dewi Lestari dan Intan Permata", "Fakultas Ekonomi Universitas Negeri Semarang"
    lines = [(120, 100, "Times-Bold", 14, "PERAN KOPERASI DI DESA"), (200, 130, "Times-Bold", 12, names),
             (160, 145, "Times-Roman", 12, school), (72, 190, "Times-Roman", 12, PROSE[:80]),
             (72, 205, "Times-Roman", 12, PROSE[80:]), (72, 240, "Times-Bold", 12, "PENDAHULUAN"),
             (72, 260, "Times-Roman", 12, PROSE[:80]), (72, 275, "Times-Roman", 12, PROSE[80:])]
    doc = pdf.read(canvas_pdf([[(x, y, font, size, text) for x, y, font, size, text in lines]]), "koperasi.pdf")
    made = [(doc, [(b.kind, doc.block_text(b)) for b in doc.blocks])]
    for name, text in (("koperasi.md", f"# Peran Koperasi di Desa\n\n**{names}**\n\n{school}\n\n{PROSE}\n"),
                       ("koperasi.html", f"<h1>Peran Koperasi di Desa</h1><p><b>{names}</b></p><p>{school}</p>"
                                         f"<p>{PROSE}</p>"),
                       ("koperasi.txt", f"Peran Koperasi di Desa\n\n{names}\n\n{school}\n\n{PROSE}\n")):
        read, blocks = _read(tmp_path, text, name)
        made.append((read, [(kind, text) for kind, _, text in blocks]))
    for doc, blocks in made:
        assert blocks[1:4] == [("paragraph", names), ("paragraph", school), ("paragraph", PROSE)], doc.path
        assert doc.blocks[3].location.section == (doc.block_text(doc.blocks[0]),)
    # a section named in two capitalised words over a sentence about teachers is no byline
    duty = "Guru profesional merencanakan pembelajaran dan menilai hasil belajar siswa di kelas."
    _, blocks = _read(tmp_path, f"# Guru\n\n## Tugas Guru\n\n{duty}\n", "guru.md")
    assert blocks[1] == ("heading", 2, "Tugas Guru")


def test_an_articles_keywords_set_in_bold_are_no_section_title(tmp_path):
    keywords = "Kata Kunci : koperasi, desa, ekonomi rakyat"
    lines = [(120, 100, "Times-Bold", 14, "PERAN KOPERASI DI DESA"), (280, 130, "Times-Bold", 12, "Abstrak"),
             (72, 150, "Times-Roman", 12, PROSE[:80]), (72, 165, "Times-Roman", 12, PROSE[80:]),
             (72, 195, "Times-Bold", 12, keywords), (72, 225, "Times-Bold", 12, "Keywords: cooperative, village"),
             (72, 255, "Times-Roman", 12, PROSE[:80]), (72, 270, "Times-Roman", 12, PROSE[80:])]
    doc = pdf.read(canvas_pdf([[(x, y, font, size, text) for x, y, font, size, text in lines]]), "koperasi.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"] == ["PERAN KOPERASI DI DESA", "Abstrak"]
    text = f"# Peran Koperasi di Desa\n\n## Abstrak\n\n{PROSE}\n\n**{keywords}**\n\n{PROSE}\n"
    _, blocks = _read(tmp_path, text, "koperasi.md")
    assert [t for k, _, t in blocks if k == "heading"] == ["Peran Koperasi di Desa", "Abstrak"]


def test_an_iklan_line_on_a_web_page_about_advertising_is_kept_as_a_plain_text_keeps_it(tmp_path):
    about = "Iklan adalah pesan berbayar yang memperkenalkan produk kepada calon pembeli."
    page = f"<html><body><h1>Bauran Promosi</h1><p>{PROSE}</p><p>IKLAN</p><p>{about}</p></body></html>"
    _, blocks = _read(tmp_path, page, "promosi.html")
    assert ("paragraph", 0, "IKLAN") in blocks
    # a news page's ad slot, in a text that never writes of advertising, is still left out
    page = f"<html><body><h1>Koperasi Desa</h1><p>{PROSE}</p><p>IKLAN</p><p>{PROSE}</p></body></html>"
    _, blocks = _read(tmp_path, page, "berita.html")
    assert "IKLAN" not in [t for _, _, t in blocks]


def test_a_section_numbered_under_a_lettered_one_is_a_section_title(tmp_path):
    """"A.1 Pengertian Koperasi" under "A. …": a section's number, as "2.1" and "II.1" are, not an item lettered "A."."""
    text = f"Koperasi Indonesia\n\n{PROSE}\nA.1 Pengertian serta Tujuan Koperasi\n{PROSE}\n"
    _, blocks = _read(tmp_path, text, "koperasi.txt")
    assert blocks[2] == ("heading", 3, "A.1 Pengertian serta Tujuan Koperasi")


def test_a_lettered_section_title_alone_over_its_prose_in_a_txt_is_a_section_title(tmp_path):
    """"A. Koperasi Sekolah" under "BAB II" (a skripsi's section, bold in its PDF), or "A.PENGERTIAN …" opening the
    text: no list item lettered "A."; "A.1" under it one level down."""
    text = (f"BAB II\nKAJIAN PUSTAKA\n\nA. Koperasi Sekolah\n\n{PROSE}\n\nA.1 Pengertian Koperasi\n\n{PROSE}\n\n"
            f"B. Koperasi Desa\n\n{PROSE}\n")
    doc, blocks = _read(tmp_path, text, "bab2.txt")
    assert [(k, lv, t) for k, lv, t in blocks if k == "heading"] == [
        ("heading", 1, "BAB II\nKAJIAN PUSTAKA"), ("heading", 2, "A. Koperasi Sekolah"),
        ("heading", 3, "A.1 Pengertian Koperasi"), ("heading", 2, "B. Koperasi Desa")]
    assert doc.blocks[4].location.section == ("BAB II KAJIAN PUSTAKA", "A. Koperasi Sekolah", "A.1 Pengertian Koperasi")
    doc, blocks = _read(tmp_path, f"A.PENGERTIAN KOPERASI MENURUT PARA AHLI\n\n{PROSE}\n", "koperasi.txt")
    assert doc.title == "A. PENGERTIAN KOPERASI MENURUT PARA AHLI" and blocks[0][0] == "heading"
    # a list lettered "a." (small letters) under its lead-in stays a list
    _, blocks = _read(tmp_path, f"Jenis Koperasi\n\nKoperasi terdiri atas:\n\na. Koperasi Sekolah\n\n{PROSE}\n",
                      "koperasi.txt")
    assert blocks[2][0] == "item"


def test_a_chapters_number_and_its_title_set_as_two_headings_are_one_heading(tmp_path):
    """Markdown's "BAB II" / "======" over "LANDASAN TEORI" / "======", or "**BAB II**" over "**Landasan Teori**", as
    a .txt's "BAB II" over its title and a PDF's are one: the chapter named by its title, and its sections under it."""
    for name, text in (("bab2.md", f"BAB II\n======\n\nLANDASAN TEORI\n==============\n\n2.1 Koperasi\n------------\n\n"
                                    f"{PROSE}\n"),
                       ("bab2.html", f"<h1>BAB II</h1><h1>LANDASAN TEORI</h1><h2>2.1 Koperasi</h2><p>{PROSE}</p>")):
        doc, blocks = _read(tmp_path, text, name)
        assert blocks == [("heading", 1, "BAB II LANDASAN TEORI"), ("heading", 2, "2.1 Koperasi"),
                          ("paragraph", 0, PROSE)], name
        assert doc.blocks[2].location.section == ("BAB II LANDASAN TEORI", "2.1 Koperasi")
    assert _read(tmp_path, f"BAB II\n======\n\nLANDASAN TEORI\n==============\n\n{PROSE}\n", "bab2.md")[0].title == \
        "BAB II LANDASAN TEORI"
    _, blocks = _read(tmp_path, f"**BAB II**\n\n**Landasan Teori**\n\n{PROSE}\n", "bab2.md")
    assert blocks[0] == ("heading", 1, "BAB II Landasan Teori")
    # a chapter with no title of its own, the next chapter under it, stays alone
    _, blocks = _read(tmp_path, f"# BAB II\n\n# BAB III\n\n{PROSE}\n", "bab.md")
    assert [t for k, _, t in blocks if k == "heading"] == ["BAB II", "BAB III"]


def test_a_long_title_in_capitals_set_in_bold_is_a_heading_as_a_txts_line_in_capitals_is(tmp_path):
    title = "HUBUNGAN ANTARA PERAN KOPERASI SEKOLAH DENGAN MINAT BERWIRAUSAHA SISWA SEKOLAH MENENGAH KEJURUAN DI KOTA"
    for name, text in (("koperasi.md", f"**{title}**\n\n{PROSE}\n"),
                       ("koperasi.html", f"<p><strong>{title}</strong></p><p>{PROSE}</p>"),
                       ("koperasi.txt", f"{title}\n\n{PROSE}\n")):
        _, blocks = _read(tmp_path, text, name)
        assert blocks == [("heading", 1, title), ("paragraph", 0, PROSE)], name
    # a long bold line in small letters stays a paragraph
    _, blocks = _read(tmp_path, f"**{title.capitalize()}**\n\n{PROSE}\n", "koperasi.md")
    assert blocks[0][0] == "paragraph"


def test_abstrak_in_bold_right_under_the_authors_affiliation_is_a_heading_no_word_of_its_sentence():
    lines = [(150, 100, "Times-Bold", 14, "PERAN KOPERASI DI DESA"), (240, 125, "Times-Roman", 12, "Oleh:"),
             (220, 140, "Times-Roman", 12, "Budi Santoso"), (200, 155, "Times-Roman", 12, "Fakultas Ekonomi"),
             (280, 170, "Times-Bold", 12, "Abstrak")]
    lines += [(72, 185 + 15 * k, "Times-Roman", 12, text) for k, text in enumerate([PROSE[:80], PROSE[80:]] * 3)]
    doc = pdf.read(canvas_pdf([[(x, y, font, size, text) for x, y, font, size, text in lines]]), "koperasi.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"] == ["PERAN KOPERASI DI DESA", "Abstrak"]


def test_a_paragraph_opening_with_lines_in_bold_to_the_margin_is_no_heading_over_its_own_sentence():
    """Bold lines that fill the measure, their sentence going on in lower case in the body's type on the next line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def full(words: str, font: str) -> str:  # a line as long as the measure holds, as a justified line ends there
        line = ""
        for word in words.split() * 5:
            if stringWidth(f"{line} {word}".strip(), font, 12) > 450:
                return line.strip()
            line = f"{line} {word}"
        return line.strip()

    rows = [(72, "Times-Bold", "Koperasi Sekolah"), (72, "Times-Roman", full(PROSE, "Times-Roman")),
            (72, "Times-Roman", "kekeluargaan dan kegotongroyongan."),
            (72, "Times-Bold", full("Alasannya adalah karena koperasi sekolah telah mendidik siswa", "Times-Bold")),
            (72, "Times-Roman", "karena siswa belajar mengelola usaha bersama."),
            (72, "Times-Roman", full(PROSE, "Times-Roman")), (72, "Times-Roman", "kekeluargaan.")]
    doc = pdf.read(canvas_pdf([[(x, 100 + 15 * k, font, 12, text) for k, (x, font, text) in enumerate(rows)]]),
                   "koperasi.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"] == ["Koperasi Sekolah"]
    assert any(doc.block_text(b).startswith("Alasannya") and doc.block_text(b).endswith("usaha bersama.")
               for b in doc.blocks)


def test_a_pdf_heading_run_into_its_paragraph_whose_first_line_is_all_bold_is_the_paragraphs_start():
    """A journal's run-in heading ("**Pengaruh Modal terhadap Laba.** Pertama. …") filling the first line in bold."""
    rows = [(72, "Times-Bold", "HASIL DAN PEMBAHASAN"),
            (72, "Times-Bold", "Pengaruh Modal Kerja terhadap Laba Koperasi. Pertama. Pengaruh Modal"),
            (72, "Times-Roman", "Sendiri terhadap Laba. Hasil penelitian menunjukkan modal sendiri berpengaruh."),
            (72, "Times-Roman", PROSE[:80]), (72, "Times-Roman", PROSE[80:])]
    doc = pdf.read(canvas_pdf([[(x, 100 + 15 * k, font, 12, text) for k, (x, font, text) in enumerate(rows)]]),
                   "koperasi.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"] == ["HASIL DAN PEMBAHASAN"]


def test_a_txt_title_in_capitals_over_two_lines_is_one_title_named_on_one_line(tmp_path):
    text = f"PERAN KOPERASI SEKOLAH DALAM MENUMBUHKAN\nJIWA WIRAUSAHA SISWA\n\n{PROSE}\n"
    doc, blocks = _read(tmp_path, text, "koperasi.txt")
    assert doc.title == "PERAN KOPERASI SEKOLAH DALAM MENUMBUHKAN JIWA WIRAUSAHA SISWA"
    assert [k for k, _, _ in blocks] == ["heading", "paragraph"]
    doc, _ = _read(tmp_path, f"BAB II\nKAJIAN PUSTAKA\n\n{PROSE}\n", "bab2.txt")
    assert doc.title == "BAB II KAJIAN PUSTAKA"


def test_a_web_pages_body_saved_without_its_page_is_titled_by_its_first_heading(tmp_path):
    """A post's body saved as HTML (no <title>, no <h1>), as a Markdown text's first heading of any level titles it."""
    text = (f"<div class='post'><h2 class='entry-title'>Pengertian Koperasi</h2><p>{PROSE}</p>"
            f"<h3>Jenis</h3><p>{PROSE}</p></div>")
    for name in ("koperasi.html", "koperasi.txt"):
        doc, _ = _read(tmp_path, text, name)
        assert doc.title == "Pengertian Koperasi", name
    # a page's <title> still names it
    doc, _ = _read(tmp_path, f"<html><head><title>Koperasi Desa</title></head><body>{text}</body></html>", "k.html")
    assert doc.title == "Koperasi Desa"
