"""What a lecturer's own exports bring that no open document had (issue 14): LibreOffice's and Word's plain text and
web page of a thesis chapter, a .txt with its author's name under the title."""

from tests.unit.test_typed_lists import _read  # a text written to a file and read

PROSE = ("Koperasi merupakan badan usaha yang beranggotakan orang-orang dengan melandaskan kegiatannya pada asas "
         "kekeluargaan.")


def test_the_authors_names_and_where_they_work_under_a_txt_title_are_no_section_titles(tmp_path):
    for byline in (["Budi Santoso"], ["Dewi Lestari, S.Pd.", "Universitas Negeri Semarang"]):
        text = "Peran Koperasi di Desa\n\n" + "".join(f"{line}\n\n" for line in byline) + \
            f"{PROSE}\n\nFungsi Koperasi\n\n{PROSE}\n"
        _, blocks = _read(tmp_path, text, "koperasi.txt")
        assert blocks == [("heading", 1, "Peran Koperasi di Desa")] + [("paragraph", 0, line) for line in byline] + \
            [("paragraph", 0, PROSE), ("heading", 2, "Fungsi Koperasi"), ("paragraph", 0, PROSE)]
    # a section title under the title is one still: its words recur in the text, no name holds an academic degree
    text = (f"Peran Koperasi di Desa\n\nPerekonomian Indonesia\n\n"
            f"Perekonomian Indonesia bertumpu pada koperasi. {PROSE}\n")
    _, blocks = _read(tmp_path, text, "koperasi.txt")
    assert blocks[1] == ("heading", 2, "Perekonomian Indonesia")


def test_libreoffices_web_page_sets_a_headings_glued_outline_number_apart(tmp_path):
    headings = "".join(f"<h1 class='western'>{h}</h1>" for h in ("BAB IIIIMPLEMENTASI", "BAB IVKESIMPULAN",
                                                                     "BAB VIIMPLEMENTASI"))
    page = ("<html><body><h1 class='western'>BAB IITINJAUAN PUSTAKA</h1>"
            f"<h2 class='western'>II.1Pengertian Koperasi</h2><p>{PROSE}</p>"
            f"<h2 class='western'>2.2.Jenis Koperasi</h2><p>{PROSE}</p>{headings}</body></html>")
    doc, blocks = _read(tmp_path, page, "bab2.html")
    assert doc.title == "BAB II TINJAUAN PUSTAKA"
    assert [t for k, _, t in blocks if k == "heading"] == ["BAB II TINJAUAN PUSTAKA", "II.1 Pengertian Koperasi",
                                                          "2.2. Jenis Koperasi", "BAB III IMPLEMENTASI",
                                                          "BAB IV KESIMPULAN", "BAB VI IMPLEMENTASI"]


def test_a_name_opening_with_a_number_in_a_web_pages_heading_is_kept_whole(tmp_path):
    """review7 (s30): the glued outline number's rule set "3DES" apart as "3 DES"; one level's number glued to its title
    is written "1.Pendahuluan", with its stop."""
    page = "".join(f"<h2>{h}</h2><p>{PROSE}</p>" for h in ("3DES dan AES", "10BASE-T", "1.Pendahuluan"))
    _, blocks = _read(tmp_path, f"<html><body><h1>Keamanan Jaringan</h1>{page}</body></html>", "jaringan.html")
    assert [t for k, _, t in blocks if k == "heading"] == ["Keamanan Jaringan", "3DES dan AES", "10BASE-T",
                                                          "1. Pendahuluan"]


def test_a_section_numbered_under_a_roman_chapter_is_a_section_title_in_a_txt(tmp_path):
    """LibreOffice's and Word's outline numbering with the chapter in roman numerals: "BAB I" then "I.1", "I.2"."""
    text = f"BAB I TINJAUAN PUSTAKA\nI.1 Pengertian Koperasi\n{PROSE}\nI.2 Jenis Koperasi\n{PROSE}\n"
    _, blocks = _read(tmp_path, text, "bab1.txt")
    assert blocks == [("heading", 1, "BAB I TINJAUAN PUSTAKA"), ("heading", 2, "I.1 Pengertian Koperasi"),
                      ("paragraph", 0, PROSE), ("heading", 2, "I.2 Jenis Koperasi"), ("paragraph", 0, PROSE)]


SIMPLE = """  Jenis                    Kegiatan utama                         Contoh
  ------------------------ -------------------------------------- ------------------
  Koperasi konsumen        Menyediakan barang kebutuhan anggota   Koperasi sekolah
  Koperasi produsen        Memasarkan hasil produksi anggota      Koperasi susu

  : Jenis koperasi menurut usahanya"""
MULTILINE = """  -----------------------------------------------------------------------
  Jenis             Kegiatan utama                       Contoh
  ----------------- ------------------------------------ ----------------
  Koperasi konsumen Menyediakan barang kebutuhan         Koperasi sekolah
                    anggota

  Koperasi produsen Memasarkan hasil produksi anggota    Koperasi susu
  -----------------------------------------------------------------------

  Table: Jenis koperasi menurut usahanya"""
HEADLESS = """  ------------------ ----------------------------------- ----------------
  Jenis              Kegiatan utama                      Contoh
  Koperasi konsumen  Menyediakan barang kebutuhan anggota Koperasi sekolah
  Koperasi produsen  Memasarkan hasil produksi anggota   Koperasi susu
  ------------------ ----------------------------------- ----------------"""


def test_pandocs_simple_and_multiline_tables_are_tables(tmp_path):
    """What pandoc writes for a DOCX's table in Markdown or plain text: dash rules, no pipes."""
    rows = ("Jenis | Kegiatan utama | Contoh\n"
            "Koperasi konsumen | Menyediakan barang kebutuhan anggota | Koperasi sekolah\n"
            "Koperasi produsen | Memasarkan hasil produksi anggota | Koperasi susu")
    for table, caption in ((SIMPLE, True), (MULTILINE, True), (HEADLESS, False)):
        for name in ("koperasi.md", "koperasi.txt"):
            _, blocks = _read(tmp_path, f"# Jenis Koperasi\n\n{PROSE}\n\n{table}\n\n{PROSE}\n", name)
            assert blocks[2:] == ([("paragraph", 0, "Jenis koperasi menurut usahanya")] if caption else []) + \
                [("table", 0, rows), ("paragraph", 0, PROSE)], (name, table[:40])


def test_a_table_saved_one_cell_a_line_with_no_numbered_column_is_a_table_under_its_caption(tmp_path):
    """LibreOffice's plain text of a results table: its caption, then each cell on a line of its own."""
    cells = ["Kategori", "Frekuensi", "Persentase", "Tinggi", "17", "42,5%", "Sedang", "11", "27,5%", "Jumlah", "40",
             "100%"]
    text = "\n".join(["4.1 Motivasi Belajar Siswa", PROSE, "Tabel 4.1 Distribusi Motivasi Belajar", *cells, PROSE])
    _, blocks = _read(tmp_path, text + "\n", "bab4.txt")
    assert blocks[2:] == [("paragraph", 0, "Tabel 4.1 Distribusi Motivasi Belajar"),
                          ("table", 0, "Kategori | Frekuensi | Persentase\nTinggi | 17 | 42,5%\nSedang | 11 | 27,5%\n"
                                       "Jumlah | 40 | 100%"), ("paragraph", 0, PROSE)]
    # with no caption over them, lines of words and numbers are no table
    _, blocks = _read(tmp_path, "\n".join(["4.1 Motivasi Belajar Siswa", PROSE, *cells, PROSE]) + "\n", "bab4.txt")
    assert "table" not in [k for k, _, _ in blocks]


def test_the_last_of_a_run_of_short_lines_a_lead_in_announces_is_no_section_title(tmp_path):
    """A list typed without markers under "… dibedakan menjadi:": its last line stands over prose, yet is an item."""
    lines = ["Modul Ekonomi Makro", "Pengertian Inflasi", PROSE, "Berdasarkan tingkat keparahannya, inflasi dibedakan "
             "menjadi:", "Inflasi ringan", "Inflasi sedang", "Hiperinflasi", PROSE, "Penyebab Inflasi", PROSE]
    for sep in ("\n", "\n\n"):  # Word's plain text (a paragraph a line) and a text typed with blank lines
        _, blocks = _read(tmp_path, sep.join(lines) + "\n", "modul.txt")
        assert [t for k, _, t in blocks if k == "heading"] == ["Modul Ekonomi Makro", "Pengertian Inflasi",
                                                               "Penyebab Inflasi"], sep


def test_a_title_set_apart_under_a_run_typed_line_by_line_is_a_section_title(tmp_path):
    """A lesson's aims under "Tujuan pembelajaran:", a line each, then a blank line and the first section's title: the
    title stands apart from the run, no item of it (the rule above read it as the run's last line)."""
    lines = ["Modul Ekonomi Makro", "", "Tujuan pembelajaran:", "Memahami konsep inflasi", "Menghitung laju inflasi", "",
             "Pengertian Inflasi", "", PROSE, "", "Penyebab Inflasi", "", PROSE]
    _, blocks = _read(tmp_path, "\n".join(lines) + "\n", "modul.txt")
    assert [t for k, _, t in blocks if k == "heading"] == ["Modul Ekonomi Makro", "Pengertian Inflasi",
                                                           "Penyebab Inflasi"]


def test_a_compound_broken_at_its_own_hyphen_by_a_typesetter_keeps_it():
    """A PDF's line ending "sosial-" over "ekonomi": two words no dictionary writes together keep the hyphen; a
    word broken by hyphenation ("ke-" / "percayaan", "Tasik-" / "malaya") is joined."""
    from telusur.documents.structure import hyphen_breaks_word

    assert not hyphen_breaks_word("pembangunan sosial", "ekonomi masyarakat", set(), typeset=True)
    assert not hyphen_breaks_word("nilai sosial", "budaya", set(), typeset=True)
    assert hyphen_breaks_word("menjaga ke", "percayaan anggota", set(), typeset=True)
    assert hyphen_breaks_word("Kabupaten Tasik", "malaya", set(), typeset=True)


def test_a_word_processors_title_paragraph_on_its_web_page_is_the_documents_title(tmp_path):
    """LibreOffice's web page keeps no style name: its Title is a centred paragraph in 28pt; Word's is MsoTitle."""
    body = f"<h1>BAB I PENDAHULUAN</h1><p>{PROSE}</p></body></html>"
    for title in ("<p align='center' style='margin-bottom: 0in'><font size='6' style='font-size: 28pt'><b>Modul Ajar "
                  "Koperasi</b></font></p>", "<p class=MsoTitle>Modul Ajar Koperasi</p>"):
        doc, blocks = _read(tmp_path, f"<html><body>{title}{body}", "modul.html")
        assert doc.title == "Modul Ajar Koperasi"
        assert blocks[:2] == [("heading", 1, "Modul Ajar Koperasi"), ("heading", 1, "BAB I PENDAHULUAN")]
    # a centred line in large type after the text began is no title
    doc, _ = _read(tmp_path, f"<html><body><h1>BAB I</h1><p align='center'><font style='font-size: 28pt'>Catatan"
                             f"</font></p><p>{PROSE}</p></body></html>", "modul.html")
    assert doc.title == "BAB I"


def test_an_admonitions_marker_is_markup_and_its_text_set_in_is_no_code(tmp_path):
    """MkDocs Material's notes ('!!! note "Judul"', '??? tip') over their text set in four spaces."""
    text = (f"# Akuntansi\n\n{PROSE}\n\n!!! note \"Persamaan dasar\"\n    Aset sama dengan liabilitas ditambah ekuitas."
            "\n\n??? tip\n\n    Catat setiap transaksi pada hari yang sama.\n\n    Simpan buktinya.\n\nSelesai.\n")
    _, blocks = _read(tmp_path, text, "akuntansi.md")
    assert [t for _, _, t in blocks] == ["Akuntansi", PROSE, "Persamaan dasar", "Aset sama dengan liabilitas ditambah "
                                         "ekuitas.", "Catat setiap transaksi pada hari yang sama.", "Simpan buktinya.",
                                         "Selesai."]


# A Word file's list typed by hand (markers and a tab, a hanging indent; a list inside an item set in further) as
# LibreOffice's and Word's web pages write it: a paragraph per item, its indent in the paragraph's style
_TYPED = ("<p style='margin-left: {left}in; text-indent: -0.3in; margin-bottom: 0.14in'>{marker}\t{text}</p>")
STEPS = ["Guru menyusun rencana pelaksanaan pembelajaran bersama guru mitra.",
         "Guru melaksanakan tindakan sesuai rencana yang telah disusun.",
         "Pengamat mencatat aktivitas siswa selama pembelajaran berlangsung.",
         "Peneliti dan guru mitra merefleksikan hasil tindakan pada siklus pertama."]


def test_a_list_typed_by_hand_on_a_word_processors_web_page_is_a_list_with_its_levels(tmp_path):
    items = [("1.", 0.39, STEPS[0]), ("2.", 0.39, STEPS[1]), ("•", 0.69, STEPS[2]), ("•", 0.69, STEPS[3]),
             ("3.", 0.39, "Siklus kedua disusun dari hasil refleksi itu.")]
    word = "<p class=MsoNormal style='margin-left:36.0pt;text-indent:-18.0pt'>a.<span>&nbsp;&nbsp;</span>{}</p>"
    page = (f"<html><body><h2>Prosedur Penelitian</h2><p>{PROSE} Tahapannya sebagai berikut:</p>"
            + "".join(_TYPED.format(left=left, marker=m, text=t) for m, left, t in items)
            + f"<p style='text-indent: 0.49in'>{PROSE}</p>"
            + "".join(word.format(t) for t in STEPS[:1])
            + "<p>J. Salusu menyatakan bahwa strategi merupakan seni menggunakan kemampuan organisasi.</p>"
            "</body></html>")
    _, blocks = _read(tmp_path, page, "prosedur.html")
    assert blocks == [("heading", 2, "Prosedur Penelitian"), ("paragraph", 0, f"{PROSE} Tahapannya sebagai berikut:")] \
        + [("item", 1 if m == "•" else 0, f"{m} {t}") for m, _, t in items] + [("paragraph", 0, PROSE)] \
        + [("item", 0, f"a. {STEPS[0]}")] \
        + [("paragraph", 0, "J. Salusu menyatakan bahwa strategi merupakan seni menggunakan kemampuan organisasi.")]


def test_a_chapters_number_over_its_long_title_typed_bold_is_a_heading_on_a_web_page(tmp_path):
    title = "TINJAUAN PUSTAKA DAN KERANGKA BERPIKIR PENELITIAN TINDAKAN"  # with "BAB II", over 60
    page = (f"<html><body><p align='center'><b>BAB II<br/>{title}</b></p><p>{PROSE}</p>"
            f"<p><b>2.1 Pengertian Koperasi</b></p><p>{PROSE}</p></body></html>")
    _, blocks = _read(tmp_path, page, "bab2.html")
    assert [(k, t) for k, _, t in blocks if k == "heading"] == [("heading", f"BAB II {title}"),
                                                               ("heading", "2.1 Pengertian Koperasi")]


def test_a_list_inside_an_item_written_out_flat_in_plain_text_is_one_level_down(tmp_path):
    """LibreOffice's plain text of a list nested by paragraph indent: no indent left; the bullets between "2." and
    "3." are the list inside item 2; letters between "1." and "2." the list inside item 1."""
    text = (f"{PROSE} Tahapannya sebagai berikut:\n1.\t{STEPS[0]}\n2.\t{STEPS[1]}\n•\t{STEPS[2]}\n•\t{STEPS[3]}\n"
            f"3.\tSiklus kedua disusun dari hasil refleksi itu.\n{PROSE}\n"
            f"1. {STEPS[0]}\na. {STEPS[2]}\nb. {STEPS[3]}\n2. {STEPS[1]}\n{PROSE}\n")
    _, blocks = _read(tmp_path, text, "prosedur.txt")
    assert [(k, lv, t.split()[0]) for k, lv, t in blocks if k == "item"] == [
        ("item", 0, "1."), ("item", 0, "2."), ("item", 1, "•"), ("item", 1, "•"), ("item", 0, "3."),
        ("item", 0, "1."), ("item", 1, "a."), ("item", 1, "b."), ("item", 0, "2.")]
    # a count that does not go on ("2." then "5."), or bullets after the list's last item: one flat list still
    text = (f"{PROSE} Tahapannya sebagai berikut:\n1. {STEPS[0]}\n2. {STEPS[1]}\n• {STEPS[2]}\n5. {STEPS[3]}\n"
            f"{PROSE}\n1. {STEPS[0]}\n2. {STEPS[1]}\n• {STEPS[2]}\n• {STEPS[3]}\n{PROSE}\n")
    _, blocks = _read(tmp_path, text, "prosedur.txt")
    assert [lv for k, lv, _ in blocks if k == "item"] == [0] * 8


def test_a_numbered_table_saved_one_cell_a_line_is_a_table_with_its_rows_numbered_with_a_stop(tmp_path):
    """LibreOffice's plain text of a table whose first column numbers its rows as a list does, "1." / "2.", a cell
    a line: a table as with "1" / "2"."""
    rows = [("1.", STEPS[0]), ("2.", STEPS[1]), ("3.", STEPS[2])]
    text = "\n".join(["Prosedur Penelitian", PROSE, "No", "Uraian", *[c for row in rows for c in row], PROSE])
    _, blocks = _read(tmp_path, text + "\n", "prosedur.txt")
    assert ("table", 0, "No | Uraian\n" + "\n".join(f"{n} | {t}" for n, t in rows)) in blocks


def test_a_numbered_bold_heading_after_a_web_pages_reference_list_ends_it(tmp_path):
    """Word's and LibreOffice's web page of a chapter whose headings are typed bold: "2.5 Lampiran" after "2.4
    Daftar Pustaka" is the next section, not an entry; a bold line with no number in the list stays an entry."""
    entry = "Sugiyono. (2015). Metode Penelitian Pendidikan. Bandung: Alfabeta."
    page = (f"<html><body><p><b>2.3 Pembahasan</b></p><p>{PROSE}</p><p><b>2.4 Daftar Pustaka</b></p><p>{entry}</p>"
            f"<p><b>Sumber Daring</b></p><p>{entry}</p><p><b>2.5 Lampiran</b></p><p>{PROSE}</p></body></html>")
    _, blocks = _read(tmp_path, page, "bab2.html")
    assert [(k, t) for k, _, t in blocks[3:]] == [("reference", entry), ("reference", "Sumber Daring"),
                                                  ("reference", entry), ("heading", "2.5 Lampiran"),
                                                  ("paragraph", PROSE)]


def test_dash_groups_an_author_sets_between_sections_are_no_table(tmp_path):
    """"-- -- --" lines used as section dividers in a Markdown post: the prose and headings between two of them are
    read as prose and headings, not cut into cells at the dashes' starts (0, 3, 6); pandoc's tables above stay tables,
    their cells standing apart by spaces."""
    text = ("# Retribusi Daerah\n\n-- -- --\n\n## Objek Retribusi\n\nObjek retribusi adalah pelayanan yang "
            "disediakan oleh pemerintah daerah.\nTarifnya ditetapkan dengan peraturan daerah setiap tahun.\n\n-- -- --\n\n"
            f"{PROSE}\n")
    for name in ("retribusi.md", "retribusi.txt"):
        _, blocks = _read(tmp_path, text, name)
        assert "table" not in [k for k, _, _ in blocks], name
        assert name.endswith(".txt") or ("heading", 2, "Objek Retribusi") in blocks, blocks
        assert any(k == "paragraph" and t.startswith("Objek retribusi adalah pelayanan") for k, _, t in blocks), blocks
