"""Structure typed by hand in a plain text: a title line and section lines (short, alone between blank lines, over
prose) are headings, and a list nests by its indent (spaces or tabs), as bench's parity layouts "text-wrapped" and
"docx-manual" show on invented text."""

from telusur.documents import read_document

PROSE = "Kerjasama internasional adalah hubungan antarnegara yang saling menguntungkan dalam berbagai bidang."


def _read(tmp_path, text, name="catatan.txt"):
    """The document read from `text` written to a file of that name, and its blocks as (kind, level, text)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, name)
    return doc, [(b.kind, b.level, doc.block_text(b).strip()) for b in doc.blocks]


def test_a_plain_texts_title_and_section_lines_are_headings(tmp_path):
    doc, blocks = _read(tmp_path, f"Kerjasama Internasional\n\n{PROSE}\n\nBentuk Kerjasama\n\n{PROSE}\n")
    assert doc.title == "Kerjasama Internasional"
    assert blocks == [("heading", 1, "Kerjasama Internasional"), ("paragraph", 0, PROSE),
                      ("heading", 2, "Bentuk Kerjasama"), ("paragraph", 0, PROSE)]
    assert doc.blocks[3].location.section == ("Kerjasama Internasional", "Bentuk Kerjasama")


def test_a_short_line_over_no_prose_or_inside_a_paragraph_is_no_heading(tmp_path):
    # a name under a paragraph (nothing follows), a short line with text right under it
    _, blocks = _read(tmp_path, f"{PROSE}\n\nBudi Santoso\n")
    assert [k for k, _, _ in blocks] == ["paragraph", "paragraph"]
    _, blocks = _read(tmp_path, f"Bentuk Kerjasama\n{PROSE}\n")
    assert "heading" not in [k for k, _, _ in blocks]


def test_a_list_typed_in_a_plain_text_nests_by_its_indent(tmp_path):
    text = (f"{PROSE} Tahapannya sebagai berikut:\n1. Perencanaan kegiatan bersama guru mitra.\n"
            "\t▪ Menyusun rencana pelaksanaan pembelajaran.\n\t▪ Menyusun lembar observasi.\n"
            "2. Pelaksanaan tindakan di kelas.\n")
    _, blocks = _read(tmp_path, text)
    assert [(k, level) for k, level, _ in blocks] == [("paragraph", 0), ("item", 0), ("item", 1), ("item", 1),
                                                      ("item", 0)]


def _docx(body: str, styles: str = "", numbering: str = "") -> bytes:
    import io
    import zipfile

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", f"<w:document {ns}><w:body>{body}</w:body></w:document>")
        z.writestr("word/styles.xml", f"<w:styles {ns}>{styles}</w:styles>")
        if numbering:
            z.writestr("word/numbering.xml", f"<w:numbering {ns}>{numbering}</w:numbering>")
    return out.getvalue()


def test_a_list_typed_in_word_nests_by_its_paragraphs_indent_its_styles_or_typed_tabs(tmp_path):
    # no numbering: markers typed, then a tab; the indent is the paragraph's own, its style's, or tabs typed before
    # the marker (a paragraph's tab stops, w:pPr/w:tabs, are no typed tabs)
    styles = ('<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Daftar Dalam"/>'
              '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:style>')

    def p(text, ppr="", tabs=0):
        lead = "<w:tab/>" * tabs
        return f'<w:p><w:pPr>{ppr}</w:pPr><w:r>{lead}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

    own = '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:ind w:left="720" w:hanging="360"/>'
    body = (p(f"{PROSE} Tahapannya sebagai berikut:") + p("1. Perencanaan kegiatan bersama guru mitra.", own)
            + p("- Menyusun rencana pelaksanaan pembelajaran.", '<w:pStyle w:val="Sub"/>')
            + p("- Menyusun lembar observasi.", own, tabs=1) + p("2. Pelaksanaan tindakan di kelas.", own))
    path = tmp_path / "tahapan.docx"
    path.write_bytes(_docx(body, styles))
    doc = read_document(path, "tahapan.docx")
    assert [(b.kind, b.level) for b in doc.blocks] == [("paragraph", 0), ("item", 0), ("item", 1), ("item", 1),
                                                       ("item", 0)]


def test_a_list_typed_under_a_word_numbered_item_nests_under_it(tmp_path):
    # Word numbers "1." and "2." (its list's level sets the marker at 360 twips, the text at 720); under "1." the
    # writer pressed Enter, then Backspace (Word takes the number away and keeps the paragraph at the item's text,
    # 720) and typed "a." and "b.": a list inside item 1, not a list of its own beside it
    numbering = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%1."/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')

    def p(text, ppr=""):
        return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

    numbered = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    under = '<w:ind w:left="720"/>'
    body = (p(f"{PROSE} Tahapannya sebagai berikut:") + p("Perencanaan kegiatan bersama guru mitra.", numbered)
            + p("a. Menyusun rencana pelaksanaan pembelajaran.", under) + p("b. Menyusun lembar observasi.", under)
            + p("Pelaksanaan tindakan di kelas.", numbered) + p(PROSE))
    path = tmp_path / "tahapan.docx"
    path.write_bytes(_docx(body, numbering=numbering))
    doc = read_document(path, "tahapan.docx")
    assert [(b.kind, b.level, b.marker) for b in doc.blocks] == [
        ("paragraph", 0, ""), ("item", 0, "1."), ("item", 1, "a."), ("item", 1, "b."), ("item", 0, "2."),
        ("paragraph", 0, "")]


# prose wrapped at 72 columns, as an editor or a mail breaks it: the reader rebuilds its paragraphs from the width
WRAPPED = "\n".join(__import__("textwrap").wrap(" ".join([PROSE] * 5), 72))


def test_a_hard_wrapped_reference_entry_goes_on_past_its_publishers_city(tmp_path):
    # wrapped at 72 columns: "… Jakarta:" ends a full line and "Rajawali Pers." is the rest of the entry, not a new
    # one after a lead-in's colon
    text = ("Daftar Pustaka\n\n"
            "Sardiman, A. M. (2011). Interaksi dan Motivasi Belajar Mengajar. Jakarta:\nRajawali Pers.\n"
            "Sanjaya, W. (2009). Strategi Pembelajaran Berorientasi Standar Proses\nPendidikan. Jakarta: Kencana.\n")
    doc, blocks = _read(tmp_path, f"{WRAPPED}\n\n{text}")
    assert [t for k, _, t in blocks if k == "reference"] == [
        "Sardiman, A. M. (2011). Interaksi dan Motivasi Belajar Mengajar. Jakarta: Rajawali Pers.",
        "Sanjaya, W. (2009). Strategi Pembelajaran Berorientasi Standar Proses Pendidikan. Jakarta: Kencana."]


def test_a_paragraph_back_at_the_margin_under_an_items_hanging_lines_ends_the_item(tmp_path):
    # a list typed in an editor wrapping at 72 columns, each item's lines hanging under its text, and the paragraph
    # after it with no blank line between: its first line, back at the margin, is not the item's
    item = ("2. Pengelolaan keuangan desa belum banyak diteliti dalam kaitannya dengan\n"
            "   status gizi balita, serta pengetahuan gizi ibu tidak dapat dipisahkan\n"
            "   dari peran guru yang dialami sehari-hari oleh para siswa kelas lima.\n")
    after = ("Kepatuhan wajib pajak menjadi dasar bagi perencanaan kualitas pelayanan\n"
             "publik pada siklus kedua.\n")
    _, blocks = _read(tmp_path, f"{WRAPPED}\n\nTemuannya:\n1. Minat baca naik sebesar dua belas persen.\n{item}{after}")
    assert [(k, t[:20]) for k, _, t in blocks] == [
        ("paragraph", PROSE[:20]), ("paragraph", "Temuannya:"), ("item", "1. Minat baca naik s"),
        ("item", "2. Pengelolaan keuan"), ("paragraph", "Kepatuhan wajib paja")]
