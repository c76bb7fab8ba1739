"""What a saved blog page, a Pandoc/GitLab Markdown file and a .txt article bring that no open document had: an HTML
table's caption and cells spanning rows, a blog's table of contents, heading attributes and TOC directives in
Markdown, a post's counters in its byline, a .txt title over its byline lines, a long title in capitals."""

from tests.unit.test_typed_lists import _read  # a text written to a file and read

PROSE = "Motivasi belajar adalah dorongan dari dalam diri siswa yang menimbulkan kegiatan belajar dan menjaminnya."
TABLE = ("<table><caption>Tabel 1. Ciri siswa bermotivasi</caption><tr><th>Ciri</th><th>Contoh</th></tr>"
         "<tr><td rowspan='2'>Tekun</td><td>Mengerjakan tugas sampai selesai</td></tr>"
         "<tr><td>Tidak mudah putus asa</td></tr><tr><td>Mandiri</td><td>Belajar tanpa disuruh</td></tr></table>")


def _page(body: str) -> str:
    return f"<html><body><article><h1>Motivasi Belajar</h1><p>{PROSE}</p>{body}</article></body></html>"


def test_an_html_tables_caption_is_read_and_a_cell_spanning_rows_keeps_the_columns(tmp_path):
    for name, text in (("motivasi.html", _page(TABLE)), ("motivasi.md", f"# Motivasi Belajar\n\n{PROSE}\n\n{TABLE}\n")):
        _, blocks = _read(tmp_path, text, name)
        assert blocks[2] == ("paragraph", 0, "Tabel 1. Ciri siswa bermotivasi")
        assert blocks[3] == ("table", 0, "Ciri | Contoh\nTekun | Mengerjakan tugas sampai selesai\n"
                                         "Tekun | Tidak mudah putus asa\nMandiri | Belajar tanpa disuruh")


def test_a_blogs_table_of_contents_is_left_out_by_its_class_or_by_its_links(tmp_path):
    links = "<li><a href='#a'>Pengertian Motivasi</a></li><li><a href='#b'>Jenis Motivasi</a></li>"
    for toc in (f"<div class='ez-toc-container'><p>Daftar Isi</p><ul>{links}</ul></div>", f"<ol>{links}</ol>"):
        _, blocks = _read(tmp_path, _page(toc + f"<h2 id='a'>Pengertian Motivasi</h2><p>{PROSE}</p>"), "m.html")
        assert [t for _, _, t in blocks] == ["Motivasi Belajar", PROSE, "Pengertian Motivasi", PROSE]
    # a list of links to other pages is the article's own list
    _, blocks = _read(tmp_path, _page("<ul><li><a href='/a'>Kemdikbud</a></li><li><a href='/b'>BSNP</a></li></ul>"),
                      "m.html")
    assert [k for k, _, _ in blocks].count("item") == 2


def test_markdown_heading_attributes_and_toc_directives_are_markup(tmp_path):
    doc, blocks = _read(tmp_path, f"# Motivasi Belajar {{#motivasi}}\n\n[[_TOC_]]\n\n{PROSE}\n\n"
                                  f"## Jenis Motivasi {{#jenis .unnumbered}}\n\n[TOC]\n\n{PROSE}\n\n"
                                  f"## Penutup {{-}}\n\n{PROSE}\n", "motivasi.md")
    assert doc.title == "Motivasi Belajar"
    assert [t for k, _, t in blocks if k == "heading"] == ["Motivasi Belajar", "Jenis Motivasi", "Penutup"]
    assert [t for k, _, t in blocks if k != "heading"] == [PROSE] * 3


def test_a_bylines_counters_are_left_out_its_author_and_date_kept(tmp_path):
    byline = "Oleh Siti Rahmawati | Senin, 11 Maret 2024 09:15 WIB | 3 Komentar"
    html = _page(f"<div class='meta'>{byline.replace('3 Komentar', '<a>3 Komentar</a>')} · 5 menit baca</div>")
    _, blocks = _read(tmp_path, html, "berita.html")
    assert blocks[2][2] == "Oleh Siti Rahmawati | Senin, 11 Maret 2024 09:15 WIB"
    _, blocks = _read(tmp_path, f"Motivasi Belajar\n\n{byline}\n\n{PROSE} Dibaca 1.234 kali oleh guru.\n\n"
                                "Platform | Jumlah\n--- | ---\nYouTube | 1.000 views\n")
    assert [t for _, _, t in blocks] == ["Motivasi Belajar", "Oleh Siti Rahmawati | Senin, 11 Maret 2024 09:15 WIB",
                                         f"{PROSE} Dibaca 1.234 kali oleh guru.",
                                         "Platform | Jumlah\nYouTube | 1.000 views"]  # a table's cells are no byline


def test_a_plain_texts_byline_is_no_section_title(tmp_path):
    _, blocks = _read(tmp_path, f"Motivasi Belajar\n\nOleh: Budi Santoso\n\n{PROSE}\n\nJenis Motivasi\n\n{PROSE}\n")
    assert blocks[1] == ("paragraph", 0, "Oleh: Budi Santoso")
    assert blocks[3][0] == "heading"


def test_a_plain_texts_title_over_its_byline_lines_is_its_title(tmp_path):
    doc, blocks = _read(tmp_path, f"Motivasi Belajar Siswa\nBudi Santoso, S.Pd.\n12 Januari 2023\n\n{PROSE}\n\n"
                                  f"Jenis Motivasi\n\n{PROSE}\n")
    assert doc.title == "Motivasi Belajar Siswa"
    assert blocks[:3] == [("heading", 1, "Motivasi Belajar Siswa"), ("paragraph", 0, "Budi Santoso, S.Pd."),
                          ("paragraph", 0, "12 Januari 2023")]
    assert blocks[4] == ("heading", 2, "Jenis Motivasi")
    # an assignment's form over its text is no title over a byline
    doc, blocks = _read(tmp_path, f"Nama : Budi Santoso\nNIM : 1234567\n\n{PROSE}\n", "tugas.txt")
    assert doc.title == "Tugas" and [k for k, _, _ in blocks] == ["paragraph"] * 3


def test_a_plain_texts_long_title_in_capitals_is_its_title(tmp_path):
    title = "HUBUNGAN ANTARA PEMBERIAN ASI EKSKLUSIF DENGAN STATUS GIZI BALITA DI WILAYAH KERJA PUSKESMAS KOTA"
    doc, blocks = _read(tmp_path, f"{title}\n\n{PROSE}\n\nLatar Belakang\n\n{PROSE}\n")
    assert doc.title == title
    assert blocks[0] == ("heading", 1, title) and blocks[2][0] == "heading"


def test_a_bold_table_caption_is_no_section_heading_in_a_docx_or_a_pdf():
    import io

    import pytest
    from pdf_pages import body, canvas_pdf

    from telusur.documents import docx as docx_reader
    from telusur.documents import pdf as pdf_reader

    pytest.importorskip("docx")
    import docx as python_docx

    document = python_docx.Document()
    document.add_heading("2.2 Penelitian Terdahulu", 2)
    document.add_paragraph(PROSE)
    document.add_paragraph().add_run("Tabel 2.1 Penelitian Terdahulu").bold = True
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("Peneliti", "Hasil"), ("Ani (2020)", "Berpengaruh positif"))):
        row.cells[0].text, row.cells[1].text = cells
    document.add_paragraph(PROSE)
    out = io.BytesIO()
    document.save(out)
    lines = [PROSE[:60], PROSE[60:]]
    page = (body(["2.2 Penelitian Terdahulu"], top=100, font="Times-Bold") + body(lines, top=130)
            + body(["Tabel 2.1 Penelitian Terdahulu"], top=190, font="Times-Bold") + body(lines, top=230))
    for doc in (docx_reader.read(out.getvalue(), "bab2.docx"), pdf_reader.read(canvas_pdf([page]), "bab2.pdf")):
        caption = next(b for b in doc.blocks if doc.block_text(b).startswith("Tabel 2.1"))
        assert caption.kind == "paragraph"
        assert doc.blocks[-1].location.section[-1] == "2.2 Penelitian Terdahulu"


def test_a_numbered_table_saved_one_cell_a_line_is_a_table(tmp_path):
    cells = ["No", "Peneliti", "Hasil", "1", "Ani (2020)", "Motivasi berpengaruh positif", "2", "Budi (2021)",
             "Tidak berpengaruh", "3", "Citra (2022)", "Berpengaruh negatif"]
    text = "\n".join(["Penelitian Terdahulu", PROSE, "Tabel 2.1 Penelitian Terdahulu", *cells, PROSE]) + "\n"
    _, blocks = _read(tmp_path, text)
    assert ("table", 0, "No | Peneliti | Hasil\n1 | Ani (2020) | Motivasi berpengaruh positif\n"
                        "2 | Budi (2021) | Tidak berpengaruh\n3 | Citra (2022) | Berpengaruh negatif") in blocks
    assert [k for k, _, _ in blocks].count("heading") == 1
    # numbered lines that do not come back a row's width apart are no table
    _, blocks = _read(tmp_path, "\n".join(["Penelitian Terdahulu", PROSE, "No", "Ani", "1", "Budi", "Citra", "2",
                                           PROSE]) + "\n")
    assert not any(k == "table" for k, _, _ in blocks)


def test_a_note_apps_markup_is_read_as_it_shows(tmp_path):
    text = ("# Uji Normalitas\n\nUji ini syarat [[Uji t|uji parametrik]] seperti [[Regresi Linear]] dan ==Anova==. "
            "%% tanya dosen %%\n\n![[grafik-qq-plot.png]]\n\n> [!NOTE] Catatan\n"
            "> Sampel di atas 50: Kolmogorov-Smirnov.\n\n"
            "- [x] Signifikansi di atas 0,05: normal.\n- [ ] Signifikansi di bawah 0,05: tidak normal.\n\n"
            "<aside>\n💡 Data tidak normal diuji dengan statistik nonparametrik.\n\n</aside>\n")
    _, blocks = _read(tmp_path, text, "normalitas.md")
    assert [t for _, _, t in blocks] == [
        "Uji Normalitas", "Uji ini syarat uji parametrik seperti Regresi Linear dan Anova.",
        "Catatan\nSampel di atas 50: Kolmogorov-Smirnov.", "• Signifikansi di atas 0,05: normal.",
        "• Signifikansi di bawah 0,05: tidak normal.", "💡 Data tidak normal diuji dengan statistik nonparametrik."]


def test_a_word_processors_web_page_reads_its_title_nesting_notes_and_no_running_header(tmp_path):
    google = ("<html><body><p class='c2 title'><span>Strategi Pemasaran</span></p><h1><span>Pengertian</span></h1>"
              "<p><span>Pemasaran digital memakai internet</span><sup><a href='#ftnt1' id='ftnt_ref1'>[1]</a></sup>"
              "<span>.</span></p><ol class='lst-kix_a-0 start'><li>Pemasaran konten</li></ol>"
              "<ul class='lst-kix_b-1 start'><li>Artikel blog</li></ul><ol class='lst-kix_a-0' start='2'>"
              "<li>Pemasaran media sosial</li></ol><div><p><a href='#ftnt_ref1' id='ftnt1'>[1]</a>"
              "<span>&nbsp;Kotler, P. (2019). Marketing 4.0.</span></p></div></body></html>")
    doc, blocks = _read(tmp_path, google, "pemasaran.html")
    assert doc.title == "Strategi Pemasaran"
    assert blocks == [("heading", 1, "Strategi Pemasaran"), ("heading", 1, "Pengertian"),
                      ("paragraph", 0, "Pemasaran digital memakai internet¹."), ("item", 0, "1. Pemasaran konten"),
                      ("item", 1, "• Artikel blog"), ("item", 0, "2. Pemasaran media sosial"),
                      ("footnote", 0, "¹ Kotler, P. (2019). Marketing 4.0.")]
    libreoffice = ("<html><body><div title='header'><p>Modul Pemasaran</p></div><h1>Pengertian</h1>"
                   "<p>Pemasaran digital memakai internet.<a class='sdfootnoteanc' href='#sdfootnote1sym'><sup>1</sup>"
                   "</a></p><p><b>Tabel 1. Jenis pemasaran</b></p><table><tr><td>Konten</td><td>Blog</td></tr></table>"
                   f"<p>{PROSE}</p><div id='sdfootnote1'><p><a class='sdfootnotesym' href='#sdfootnote1anc'>1</a>"
                   "Kotler, P. (2019).</p></div><div title='footer'><p>2</p></div></body></html>")
    _, blocks = _read(tmp_path, libreoffice, "pemasaran.html")
    assert blocks == [("heading", 1, "Pengertian"), ("paragraph", 0, "Pemasaran digital memakai internet.¹"),
                      ("paragraph", 0, "Tabel 1. Jenis pemasaran"), ("table", 0, "Konten | Blog"),
                      ("paragraph", 0, PROSE), ("footnote", 0, "¹ Kotler, P. (2019).")]
    word = ("<html><body><h1>Pengertian</h1><p class=MsoNormal>Pemasaran digital memakai internet.<a href='#_ftn1' "
            "name='_ftnref1'><span class=MsoFootnoteReference>[1]</span></a></p><div id=ftn1><p class=MsoFootnoteText>"
            "<a href='#_ftnref1' name='_ftn1'><span>[1]</span></a> Kotler, P. (2019).</p></div></body></html>")
    _, blocks = _read(tmp_path, word, "pemasaran.htm")
    assert blocks[1:] == [("paragraph", 0, "Pemasaran digital memakai internet.¹"),
                          ("footnote", 0, "¹ Kotler, P. (2019).")]


def test_a_bold_caption_in_markdown_is_no_section_heading(tmp_path):
    _, blocks = _read(tmp_path, f"# Motivasi\n\n{PROSE}\n\n**Tabel 1. Ciri siswa**\n\n| Ciri | Contoh |\n|---|---|\n"
                                f"| Tekun | Rajin |\n\n{PROSE}\n", "motivasi.md")
    assert [k for k, _, _ in blocks] == ["heading", "paragraph", "paragraph", "table", "paragraph"]


def test_a_saved_wikipedia_page_leaves_its_edit_links_navigation_and_categories_out(tmp_path):
    page = ("<html><body><div id='content' role='main'><h1>Fotosintesis</h1><div class='mw-body-content'>"
            "<div id='siteSub' class='noprint'>Dari Wikipedia bahasa Indonesia, ensiklopedia bebas</div>"
            "<p>Fotosintesis terjadi di kloroplas<sup class='reference'><a href='#cite_note-1'>[1]</a></sup>.</p>"
            "<h2><span class='mw-headline'>Referensi</span><span class='mw-editsection'>[<a>sunting</a> | "
            "<a>sunting sumber</a>]</span></h2><ol class='references'><li><span class='mw-cite-backlink'>"
            "<a href='#cite_ref-1'>^</a></span> Campbell, N. A. (2008). Biologi. Jakarta: Erlangga.</li></ol>"
            "<div class='navbox'><table><tr><th>Metabolisme</th><td>Glikolisis</td></tr></table></div>"
            "<div id='catlinks' class='catlinks'>Kategori: Biologi</div></div></div></body></html>")
    _, blocks = _read(tmp_path, page, "fotosintesis.html")
    assert blocks == [("heading", 1, "Fotosintesis"), ("paragraph", 0, "Fotosintesis terjadi di kloroplas[1]."),
                      ("heading", 2, "Referensi"),
                      ("reference", 0, "Campbell, N. A. (2008). Biologi. Jakarta: Erlangga.")]


def test_a_news_pages_ad_labels_video_embeds_and_desk_initials_are_left_out(tmp_path):
    lead = "Jakarta - Kementerian Pendidikan memperluas program literasi digital bagi lima puluh ribu guru."
    text = (f"Program Literasi Digital\n\n{lead}\n\nADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT\n\n{PROSE}\n\n"
            "[Gambas:Video 20detik]\n\nSimak Video \"Guru Ikut Pelatihan\"\n\n(nwy/nwy)\n")
    for name, source in (("berita.txt", text), ("berita.html", "<html><body><article><h1>Program Literasi Digital</h1>"
                         + "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:]) + "</article></body></html>")):
        _, blocks = _read(tmp_path, source, name)
        assert blocks == [("heading", 1, "Program Literasi Digital"), ("paragraph", 0, lead), ("paragraph", 0, PROSE)]


def test_pandoc_spans_image_attributes_and_fenced_divs_are_markup(tmp_path):
    text = ("# Akuntansi\n\nAkuntansi adalah [proses pencatatan]{.underline} transaksi keuangan.\n\n"
            "![Gambar 1. Siklus akuntansi](media/image1.png){width=\"5.2in\"}\n\n::: {.callout-note}\n"
            "Aset sama dengan liabilitas ditambah ekuitas.\n:::\n\n# Daftar Pustaka\n\n::: {#refs}\n:::\n")
    _, blocks = _read(tmp_path, text, "akuntansi.md")
    assert [t for _, _, t in blocks] == ["Akuntansi", "Akuntansi adalah proses pencatatan transaksi keuangan.",
                                         "Gambar 1. Siklus akuntansi", "Aset sama dengan liabilitas ditambah ekuitas.",
                                         "Daftar Pustaka"]


def test_a_tables_caption_set_under_it_in_a_figure_leads_it(tmp_path):
    page = _page("<figure class='wp-block-table'><table><tr><td>Ciri</td><td>Contoh</td></tr><tr><td>Tekun</td>"
                 "<td>Rajin</td></tr></table><figcaption>Tabel 1. Ciri siswa (Sardiman, 2011)</figcaption></figure>")
    _, blocks = _read(tmp_path, page, "motivasi.html")
    assert blocks[2:] == [("paragraph", 0, "Tabel 1. Ciri siswa (Sardiman, 2011)"),
                          ("table", 0, "Ciri | Contoh\nTekun | Rajin")]


def test_a_copied_table_of_contents_is_left_out_and_names_no_document(tmp_path):
    contents = ["KATA PENGANTAR ................... i", "BAB I PENDAHULUAN ................ 1",
                "1.1 Latar Belakang ............... 1", "1.2 Rumusan Masalah .............. 3"]
    text = "\n".join(["DAFTAR ISI", "", *contents, "", "BAB I", "PENDAHULUAN", "", "1.1 Latar Belakang", "", PROSE])
    doc, blocks = _read(tmp_path, text + "\n", "skripsi-motivasi-belajar.txt")
    assert doc.title == "Skripsi Motivasi Belajar"
    assert blocks == [("heading", 1, "DAFTAR ISI"), ("heading", 1, "BAB I\nPENDAHULUAN"),
                      ("heading", 2, "1.1 Latar Belakang"), ("paragraph", 0, PROSE)]


def test_a_txt_written_in_markdown_is_read_as_markdown(tmp_path):
    text = ("## Pengertian Inflasi\n\n**Inflasi** adalah kenaikan harga barang dan jasa secara umum dan terus-menerus."
            "\n\n### Jenis Inflasi\n\n- **Inflasi ringan**: di bawah 10% setahun.\n"
            "- **Inflasi berat**: di atas 30% setahun.\n")
    doc, blocks = _read(tmp_path, text, "inflasi.txt")
    assert doc.format == "txt" and doc.title == "Pengertian Inflasi"
    assert blocks == [("heading", 2, "Pengertian Inflasi"),
                      ("paragraph", 0, "Inflasi adalah kenaikan harga barang dan jasa secara umum dan terus-menerus."),
                      ("heading", 3, "Jenis Inflasi"), ("item", 0, "• Inflasi ringan: di bawah 10% setahun."),
                      ("item", 0, "• Inflasi berat: di atas 30% setahun.")]


def test_a_closing_heading_after_headings_a_lead_in_announces_is_no_item_of_them(tmp_path):
    text = ("Berikut penjelasan fungsi manajemen menurut Terry:\n\n### 1. Perencanaan\n\nMenetapkan tujuan.\n\n"
            "### 2. Pengorganisasian\n\nMembagi pekerjaan.\n\n### Kesimpulan\n\nKeduanya saling berkaitan.\n")
    _, blocks = _read(tmp_path, text, "manajemen.md")
    assert blocks[1:] == [("item", 0, "1. Perencanaan"), ("paragraph", 1, "Menetapkan tujuan."),
                          ("item", 0, "2. Pengorganisasian"), ("paragraph", 1, "Membagi pekerjaan."),
                          ("heading", 3, "Kesimpulan"), ("paragraph", 0, "Keduanya saling berkaitan.")]
