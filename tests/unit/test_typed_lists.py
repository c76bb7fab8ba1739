"""Structure typed by hand in a plain text: a title line and section lines (short, alone between blank lines, over
prose) are headings, and a list nests by its indent (spaces or tabs), as bench's parity layouts "text-wrapped" and
"docx-manual" show on invented text."""

from telusur.documents import read_document

PROSE = "Kerjasama internasional adalah hubungan antarnegara yang saling menguntungkan dalam berbagai bidang."


def _read(tmp_path, text):
    path = tmp_path / "catatan.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, "catatan.txt")
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


def _docx(body: str, styles: str = "") -> bytes:
    import io
    import zipfile

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", f"<w:document {ns}><w:body>{body}</w:body></w:document>")
        z.writestr("word/styles.xml", f"<w:styles {ns}>{styles}</w:styles>")
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
