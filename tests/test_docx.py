"""The .docx reader on the real DOCX in shared/texts/formats, on small packages written here part by part, and on
files it must refuse."""

import io
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from telusur.documents import docx
from telusur.errors import CorpusError

REPO = Path(__file__).resolve().parents[1]
FORMATS = REPO.parent / "shared" / "texts" / "formats"
REAL = FORMATS / "viin1108--strategi-pemasaran-landasan-teori-bab2.docx"

# The 24 Mendeley citations of the real file, as Word shows them (the field results).
VISIBLE_CITATIONS = Counter([
    "(Manap, 2016, p. 89)", "(Yogi MS, 2007)", "(Kotler, 2016)", "(Tjiptono, 1997, p. 6)", "(Tjiptono, 1997)",
    "(2012, p. 46)", "(2019)", "(MISRI, 2019)", "(2008)", "(2008, p. 225)", "(2008, p. 231)", "(2008, p. 238)",
    "(2008, p. 247)", "(Philip Kotler And Gary Armstrong, 2001, p. 346)", "(Karim, 2011, p. 345)",
    "(Wiroso, SE, 2009, p. 138)", "(Wiroso, SE, 2009, p. 141)", "(Wiroso, SE, 2009, p. 139)",
    "(Wiroso, SE, 2009, p. 118)", "(2009, p. 152)", "(2009, p. 155)", "(2009, p. 125)", "(2009, p. 138)", "(2019)",
])

needs_real = pytest.mark.skipif(not REAL.exists(), reason="shared/texts/formats is not beside the project")


@pytest.fixture(scope="module")
def real():
    if not REAL.exists():
        pytest.skip("shared/texts/formats is not beside the project")
    return docx.read(REAL.read_bytes(), REAL.name)


def texts(doc, kind):
    return [doc.block_text(b) for b in doc.blocks if b.kind == kind]


# ---------------------------------------------------------------------------------------------- the real file

@needs_real
def test_real_docx_headings_with_levels_and_numbers(real):
    headings = [(b.level, real.block_text(b)) for b in real.blocks if b.kind == "heading"]
    assert headings[:4] == [(1, "BAB II LANDASAN TEORI"), (1, "2.1. THEORY"), (2, "2.1.1. Marketing Strategy"),
                            (3, "2.1.1.1. Pengertian")]
    assert (1, "2.2. PENELITIAN TERDAHULU") in headings
    assert real.format == "docx" and real.title == "BAB II LANDASAN TEORI"
    assert real.pages == 17  # Word's own estimate in docProps/app.xml
    first_paragraph = next(b for b in real.blocks if b.kind == "paragraph")
    assert first_paragraph.location.section == ("2.1. THEORY", "2.1.1. Marketing Strategy", "2.1.1.1. Pengertian")
    assert all(b.location.first_page is None for b in real.blocks)  # a DOCX has no fixed pages


@needs_real
def test_real_docx_list_markers_come_from_numbering(real):
    items = [(b.marker, b.level, real.block_text(b)) for b in real.blocks if b.kind == "item"]
    assert [m for m, _, _ in items[:5]] == ["1.", "2.", "3.", "4.", "5."]
    assert items[0][2] == "1. Mendefinisikan permasalahan pemasaran"
    assert ("a)", 0, "a) Segmentasi Pasar") in items and ("c)", 0, "c) Diferensiasi dan Positioning") in items
    assert ("A.", 0, "A. Jenis") in items and ("B.", 0, "B. Aplikasi Dalam Perbankan Syariah") in items
    nested = [(m, lv) for m, lv, t in items if t.startswith(("a. Mudharabah Mutlaqah", "b. Mudharabah Muqayyadah"))]
    assert nested == [("a.", 1), ("b.", 1)]
    # A name's initial typed at the start of a paragraph is not a list marker.
    assert any(t.startswith("J. Salusu menyatakan") for t in texts(real, "paragraph"))


@needs_real
def test_real_docx_table_rows_and_cells(real):
    [table] = texts(real, "table")
    rows = table.split("\n")
    assert rows[0] == "1 | Peneliti | Nur Fuanzen"
    assert rows[1].endswith("| Judul | Strategi Pemasaran Produk Tabungan Haji di BRI Syariah KCP Kudus")
    assert len(rows) == 12 and all(r.count(" | ") == 2 for r in rows)


@needs_real
def test_real_docx_shows_citations_never_field_codes(real):
    for code in ("ADDIN", "CSL_CITATION", "citationItems", '{"', "mendeley", "schema"):
        assert code not in real.text
    for citation, n in VISIBLE_CITATIONS.items():
        assert real.text.count(citation) >= n, citation
    assert "dikejar oleh perusahaan.(Manap, 2016, p. 89)\n" in real.text


@needs_real
def test_real_docx_through_the_corpus_entry_point(tmp_path):
    from telusur.documents import read_corpus

    (tmp_path / "bab2.docx").write_bytes(REAL.read_bytes())
    corpus = read_corpus(tmp_path)
    [report] = corpus.files
    assert (report.status, report.format, report.pages) == ("indexed", "docx", 17)
    assert report.blocks == len(corpus.documents[0].blocks) > 50


# ---------------------------------------------------------------------------------------------- packages made here

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
R_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

STYLES = f"""<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Judul1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Judul2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Bab"><w:name w:val="Bab"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Kutipan"><w:name w:val="Quote"/></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
<w:style w:type="character" w:styleId="Kuat"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Daftar"><w:name w:val="List Bullet"/>
  <w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
</w:styles>"""

NUMBERING = f"""<w:numbering {W}>
<w:abstractNum w:abstractNumId="10">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="11">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="12">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="13">
  <w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="10"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="11"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="12"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="13"/></w:num>
</w:numbering>"""


def para(text, style=None, num=None, ilvl=0, extra_ppr=""):
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
    return f"<w:p><w:pPr>{ppr}{extra_ppr}</w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def field(instr, result):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{instr}</w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def make_docx(body, styles=STYLES, numbering=NUMBERING, footnotes=None, endnotes=None, core_title=None, extra=()):
    """A .docx package written part by part, as Word lays it out."""
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "numbering", "numbering.xml")]
    if footnotes:
        rels.append(("rId3", "footnotes", "footnotes.xml"))
    if endnotes:
        rels.append(("rId4", "endnotes", "endnotes.xml"))
    doc_rels = "".join(f'<Relationship Id="{i}" Type="{R_DOC}/{t}" Target="{target}"/>' for i, t, target in rels)
    pkg_rels = (f'<Relationship Id="rId1" Type="{R_DOC}/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
                'core-properties" Target="docProps/core.xml"/>')
    rel_root = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>'
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": rel_root.format(pkg_rels),
        "word/_rels/document.xml.rels": rel_root.format(doc_rels),
        "word/document.xml": f"<w:document {W} {MC}><w:body>{body}</w:body></w:document>",
        "word/styles.xml": styles,
        "word/numbering.xml": numbering,
    }
    if core_title is not None:
        parts["docProps/core.xml"] = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                                      'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                                      f"<dc:title>{core_title}</dc:title></cp:coreProperties>")
    for name, notes in (("footnotes", footnotes), ("endnotes", endnotes)):
        if notes:
            tag = name[:-1]
            inner = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
                     + "".join(f'<w:{tag} w:id="{i}"><w:p><w:r><w:{tag}Ref/></w:r><w:r><w:t xml:space="preserve"> '
                               f"{text}</w:t></w:r></w:p></w:{tag}>" for i, text in notes.items()))
            parts[f"word/{name}.xml"] = f"<w:{name} {W}>{inner}</w:{name}>"
    parts.update(dict(extra))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def read_made(body, **kw):
    return docx.read(make_docx(body, **kw), "kuliah/bahan-ajar.docx")


def test_heading_styles_by_name_and_outline_level_and_title():
    doc = read_made(para("Bab Satu", "Bab") + para("Judul Lokal", "Judul1") + para("Sub", "Judul2")
                    + para("Isi paragraf.") + para("Tingkat garis", extra_ppr='<w:outlineLvl w:val="2"/>'))
    heads = [(b.level, doc.block_text(b)) for b in doc.blocks if b.kind == "heading"]
    assert heads == [(1, "Bab Satu"), (1, "Judul Lokal"), (2, "Sub"), (3, "Tingkat garis")]
    assert doc.blocks[3].location.section == ("Judul Lokal", "Sub")
    assert doc.title == "Bab Satu"
    assert read_made(para("Isi."), core_title="Judul dari Properti").title == "Judul dari Properti"
    assert read_made(para("Isi saja.")).title == "Bahan Ajar"


def test_bold_short_lines_are_headings_and_typed_markers_after_line_breaks_are_items():
    def bold(text, how='<w:b/>'):
        return f"<w:p><w:r><w:rPr>{how}</w:rPr><w:t>{text}</w:t></w:r></w:p>"

    body = (para("Landasan Teori", "Judul1") + bold("Pengertian Strategi") + para("Strategi adalah pola keputusan.")
            + bold("Ciri Strategi", '<w:rStyle w:val="Kuat"/>')
            + '<w:p><w:r><w:t>Ciri-cirinya:</w:t><w:br/><w:t>a. berjangka panjang;</w:t><w:br/>'
              "<w:t>b. menyeluruh.</w:t><w:br/><w:t>Keduanya penting.</w:t></w:r></w:p>"
            + bold("Kelebihan:") + bold("Bukan judul", '<w:b w:val="0"/>'))
    doc = read_made(body)
    assert [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks] == [
        ("heading", 1, "Landasan Teori"), ("heading", 2, "Pengertian Strategi"),
        ("paragraph", 0, "Strategi adalah pola keputusan."), ("heading", 2, "Ciri Strategi"),
        ("paragraph", 0, "Ciri-cirinya:"), ("item", 0, "a. berjangka panjang;"), ("item", 0, "b. menyeluruh."),
        ("paragraph", 0, "Keduanya penting."), ("paragraph", 0, "Kelebihan:"), ("paragraph", 0, "Bukan judul"),
    ]
    assert doc.blocks[2].location.section == ("Landasan Teori", "Pengertian Strategi")


def test_a_skripsi_typed_without_heading_styles_has_its_chapter_and_numbered_sections():
    # "BAB II", a line break, "TINJAUAN PUSTAKA", bold and centred by hand; "2.1 Pengertian Strategi" and "2.1.1 Ciri"
    # in bold: the chapter is a heading, and the typed numbers give the sections their depth under it.
    def bold(*lines):
        runs = "<w:br/>".join(f"<w:t>{line}</w:t>" for line in lines)
        return f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>{runs}</w:r></w:p>'

    body = (bold("BAB II", "TINJAUAN PUSTAKA") + para("Bab ini membahas teori yang dipakai.")
            + bold("2.1 Pengertian Strategi") + para("Strategi adalah pola keputusan.") + bold("2.1.1 Ciri Strategi")
            + para("Strategi berjangka panjang.") + bold("Catatan penting", "untuk dibaca"))
    doc = read_made(body)
    assert [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks][:6] == [
        ("heading", 1, "BAB II TINJAUAN PUSTAKA"), ("paragraph", 0, "Bab ini membahas teori yang dipakai."),
        ("heading", 2, "2.1 Pengertian Strategi"), ("paragraph", 0, "Strategi adalah pola keputusan."),
        ("heading", 3, "2.1.1 Ciri Strategi"), ("paragraph", 0, "Strategi berjangka panjang.")]
    assert doc.blocks[5].location.section == ("BAB II TINJAUAN PUSTAKA", "2.1 Pengertian Strategi", "2.1.1 Ciri Strategi")
    assert doc.title == "BAB II TINJAUAN PUSTAKA"
    assert doc.blocks[6].kind == "paragraph"  # two bold lines without a chapter's number stay a paragraph


def test_list_markers_levels_continuing_counters_and_start_override():
    body = (para("satu", num=1) + para("anak a", num=1, ilvl=1) + para("cucu", num=1, ilvl=2)
            + para("cucu lagi", num=1, ilvl=2) + para("anak b", num=1, ilvl=1) + para("dua", num=1)
            + para("Sela.")
            + para("lanjut", num=2)  # another list on the same definition continues it, as Word does
            + para("mulai lagi", num=3)  # a start override restarts it
            + para("anak baru", num=3, ilvl=1)
            + para("huruf", num=4) + para("huruf dua", num=4)
            + para("titik", num=5) + para("gaya berpoin", "Daftar")
            + para("bab dua sub", num=6, ilvl=1))
    doc = read_made(body)
    items = [(b.marker, b.level, doc.block_text(b)) for b in doc.blocks if b.kind == "item"]
    assert items == [
        ("1.", 0, "1. satu"), ("a)", 1, "a) anak a"), ("i.", 2, "i. cucu"), ("ii.", 2, "ii. cucu lagi"),
        ("b)", 1, "b) anak b"), ("2.", 0, "2. dua"),
        ("3.", 0, "3. lanjut"), ("1.", 0, "1. mulai lagi"), ("a)", 1, "a) anak baru"),
        ("A.", 0, "A. huruf"), ("B.", 0, "B. huruf dua"),
        ("•", 0, "• titik"), ("•", 0, "• gaya berpoin"),
        ("2.1", 1, "2.1 bab dua sub"),  # an unused upper level shows its start value
    ]


def test_rarer_numbering_definitions_give_the_marker_word_shows_or_none():
    """Numbering that Word and other writers produce but the files here do not: a level override bringing its own
    format, zero-padded numbers, a level whose format is "none", and definitions that name a level they lack or a
    list that is not there (no marker, and no crash)."""
    numbering = NUMBERING.replace("</w:numbering>", """<w:abstractNum w:abstractNumId="32">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalZero"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val="%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%9"/></w:lvl>
</w:abstractNum>
<w:num w:numId="10"><w:abstractNumId w:val="32"/></w:num>
<w:num w:numId="11"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>
  <w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>
</w:numbering>""")
    body = (para("nomor satu", num=10) + para("nomor dua", num=10) + para("tanpa nomor", num=10, ilvl=1)
            + para("sub", num=10, ilvl=2) + para("di luar definisi", num=10, ilvl=5) + para("Sela.")
            + para("huruf", num=11) + para("huruf dua", num=11) + para("daftar yang tidak ada", num=99))
    doc = read_made(body, numbering=numbering)
    assert [(b.kind, b.marker, doc.block_text(b)) for b in doc.blocks] == [
        ("item", "01.", "01. nomor satu"), ("item", "02.", "02. nomor dua"),
        ("paragraph", "", "tanpa nomor"),  # numFmt "none": Word shows no number
        ("item", "02.", "02. sub"),  # "%9" names a level the definition lacks: shown as nothing
        ("paragraph", "", "di luar definisi"), ("paragraph", "", "Sela."),
        ("item", "A)", "A) huruf"), ("item", "B)", "B) huruf dua"),  # the override's own level, not the abstract's
        ("paragraph", "", "daftar yang tidak ada")]


def test_a_paragraph_in_the_title_style_is_the_first_heading():
    styles = STYLES.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="JudulDok"><w:name w:val="Title"/>'
                                           "</w:style></w:styles>")
    doc = read_made(para("Strategi Pemasaran Bank Syariah", "JudulDok") + para("Bab ini membahas strategi."),
                    styles=styles)
    assert [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks] == [
        ("heading", 1, "Strategi Pemasaran Bank Syariah"), ("paragraph", 0, "Bab ini membahas strategi.")]


def test_symbols_inserted_from_the_symbol_font():
    def sym(font, char):
        return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'

    body = ('<w:p><w:r><w:t xml:space="preserve">Syarat: nilai </w:t></w:r>' + sym("Symbol", "F0B3")
            + '<w:r><w:t xml:space="preserve"> 70 dan </w:t></w:r>' + sym("Symbol", "F061")
            + '<w:r><w:t xml:space="preserve"> = 0,05 </w:t></w:r>' + sym("Wingdings", "F0FC") + sym("Calibri", "2264")
            + "</w:p>")
    assert read_made(body).text == "Syarat: nilai ≥ 70 dan α = 0,05 ✓≤\n"  # Wingdings' check mark is Word's own


def test_headings_numbered_through_their_style():
    """A multilevel list linked to the heading styles: the style carries the list, each level names its style."""
    styles = STYLES.replace('<w:style w:type="paragraph" w:styleId="Judul1"><w:name w:val="heading 1"/><w:basedOn '
                            'w:val="Normal"/></w:style>',
                            '<w:style w:type="paragraph" w:styleId="Judul1"><w:name w:val="heading 1"/><w:pPr><w:numPr>'
                            '<w:numId w:val="7"/></w:numPr></w:pPr></w:style>')
    styles = styles.replace('<w:style w:type="paragraph" w:styleId="Judul2"><w:name w:val="heading 2"/><w:basedOn '
                            'w:val="Normal"/></w:style>',
                            '<w:style w:type="paragraph" w:styleId="Judul2"><w:name w:val="heading 2"/><w:pPr><w:numPr>'
                            '<w:numId w:val="7"/></w:numPr></w:pPr></w:style>')
    numbering = NUMBERING.replace("</w:numbering>", """<w:abstractNum w:abstractNumId="20">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Judul1"/><w:lvlText w:val="BAB %1"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:pStyle w:val="Judul2"/><w:lvlText w:val="%2."/></w:lvl>
</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="20"/></w:num></w:numbering>""")
    body = (para("Pendahuluan", "Judul1") + para("Latar Belakang", "Judul2") + para("Isi.") + para("Rumusan", "Judul2")
            + para("Kajian Pustaka", "Judul1") + para("Landasan", "Judul2"))
    doc = read_made(body, styles=styles, numbering=numbering)
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"] == [
        "BAB I Pendahuluan", "A. Latar Belakang", "B. Rumusan", "BAB II Kajian Pustaka", "A. Landasan"]


def test_numbered_heading_keeps_its_number():
    doc = read_made(para("Kajian Pustaka", "Judul1", num=6, ilvl=0) + para("Isi.")
                    + para("Strategi", "Judul2", num=6, ilvl=1))
    heads = [(b.level, doc.block_text(b)) for b in doc.blocks if b.kind == "heading"]
    assert heads == [(1, "2. Kajian Pustaka"), (2, "2.1 Strategi")]
    assert doc.title == "Kajian Pustaka"


def test_field_codes_hidden_text_and_deletions_never_shown():
    zotero = 'ADDIN ZOTERO_ITEM CSL_CITATION {"citationID":"x","citationItems":[{"id":1}]}'
    endnote = 'ADDIN EN.CITE &lt;EndNote&gt;&lt;Cite&gt;&lt;Author&gt;Rudy&lt;/Author&gt;&lt;/Cite&gt;&lt;/EndNote&gt;'
    nested = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>ADDIN EN.CITE </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>ADDIN EN.CITE.DATA AAAA</w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
              '<w:r><w:t>(Holsti, 1987)</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = ("<w:p><w:r><w:t xml:space=\"preserve\">Kerjasama itu penting </w:t></w:r>" + field(zotero, "(Rudy, 2005: 3)")
            + "<w:r><w:t xml:space=\"preserve\"> dan juga </w:t></w:r>" + field(endnote, "(Rudy, 2005)")
            + nested
            + '<w:fldSimple w:instr="ADDIN CSL_CITATION {&quot;a&quot;:1}"><w:r><w:t>(Soekanto, 1990: 72)</w:t></w:r></w:fldSimple>'
            + '<w:r><w:rPr><w:vanish/></w:rPr><w:t>teks tersembunyi</w:t></w:r>'
            + '<w:del w:id="1" w:author="x"><w:r><w:delText>dihapus</w:delText></w:r></w:del>'
            + '<w:ins w:id="2" w:author="x"><w:r><w:t xml:space="preserve"> disisipkan.</w:t></w:r></w:ins></w:p>')
    doc = read_made(body)
    assert doc.text == ("Kerjasama itu penting (Rudy, 2005: 3) dan juga (Rudy, 2005)(Holsti, 1987)"
                        "(Soekanto, 1990: 72) disisipkan.\n")
    for code in ("ADDIN", "citationItems", "EndNote", '{"', "tersembunyi", "dihapus"):
        assert code not in doc.text


def test_content_controls_show_their_content_never_their_tag_or_prompt():
    tag = 'MENDELEY_CITATION_v3_eyJjaXRhdGlvbklEIjoiTUVOREVMRVlfQ0lUQVRJT04ifQ=='
    cite = (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/></w:sdtPr><w:sdtContent><w:r><w:t>(Rudy, 2005)</w:t></w:r>'
            "</w:sdtContent></w:sdt>")
    prompt = ('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Klik di sini untuk memasukkan '
              "teks.</w:t></w:r></w:sdtContent></w:sdt>")
    body = ('<w:p><w:r><w:t xml:space="preserve">Kerjasama bilateral </w:t></w:r>' + cite + prompt + "</w:p>"
            + "<w:sdt><w:sdtPr><w:docPartObj/></w:sdtPr><w:sdtContent>" + para("Isi dalam kontrol.")
            + "</w:sdtContent></w:sdt>" + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
            + para("Ketik nama penulis.") + "</w:sdtContent></w:sdt>")
    doc = read_made(body)
    assert doc.text == "Kerjasama bilateral (Rudy, 2005)\nIsi dalam kontrol.\n"


def test_a_field_spanning_paragraphs_hides_its_code_until_the_separator():
    body = ('<w:p><w:r><w:t xml:space="preserve">Awal </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText>ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY </w:instrText></w:r></w:p>'
            '<w:p><w:r><w:instrText>{"lanjutan": "kode"}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>Rudy, T. M. (2005). Studi Strategis.</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>Soekanto, S. (1990). Sosiologi.</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
            + para("Sesudah daftar."))
    doc = read_made(body)
    assert doc.text == "Awal\nRudy, T. M. (2005). Studi Strategis.\nSoekanto, S. (1990). Sosiologi.\nSesudah daftar.\n"


def test_a_field_code_never_closed_hides_only_a_few_paragraphs_and_is_reported():
    body = ('<w:p><w:r><w:t xml:space="preserve">Awal </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText>ADDIN CSL_CITATION {"rusak": true}</w:instrText></w:r></w:p>'
            + "".join(para(f"Paragraf {i}.") for i in range(1, 9)))
    doc = read_made(body)
    assert "ADDIN" not in doc.text and "rusak" not in doc.text
    assert "Paragraf 8." in doc.text and "Paragraf 5." in doc.text
    assert any("field" in w for w in doc.warnings)


def test_tabs_breaks_and_text_boxes_read_once():
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
           + para("Isi kotak teks.") + '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>'
           + para("Isi kotak teks.") + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    body = ('<w:p><w:r><w:t>Nama</w:t><w:tab/><w:t>Nilai</w:t><w:br/><w:t>baris kedua</w:t>'
            '<w:br w:type="page"/><w:t>sesudah halaman</w:t></w:r>' + box + "</w:p>")
    doc = read_made(body)
    assert doc.text == "Nama Nilai\nbaris kedua sesudah halaman\nIsi kotak teks.\n"
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]


def test_equations_read_as_one_line_and_a_formula_alone_is_a_quote_block():
    m = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'

    def mr(text):
        return f"<m:r><m:t>{text}</m:t></m:r>"

    formula = (f"<w:p><m:oMathPara {m}><m:oMath>" + mr("NPM=") + "<m:f><m:num>" + mr("Laba setelah Bunga dan Pajak")
               + "</m:num><m:den>" + mr("Penjualan bersih") + "</m:den></m:f>" + mr("×100%")
               + "</m:oMath></m:oMathPara></w:p>")
    inline = (f'<w:p><w:r><w:t xml:space="preserve">Koefisien </w:t></w:r><m:oMath {m}><m:sSup><m:e>' + mr("r")
              + "</m:e><m:sup>" + mr("2") + "</m:sup></m:sSup></m:oMath><w:r><w:t xml:space=\"preserve\"> "
              "menunjukkan daya jelas.</w:t></w:r></w:p>")
    doc = read_made(para("Margin laba bersih dihitung sebagai berikut:") + formula + inline)
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("paragraph", "Margin laba bersih dihitung sebagai berikut:"),
        ("quote", "NPM=(Laba setelah Bunga dan Pajak) / (Penjualan bersih)×100%"),
        ("paragraph", "Koefisien r^2 menunjukkan daya jelas."),
    ]


def test_statistics_formulas_keep_their_sum_root_and_brackets():
    """A thesis's standard deviation typed in Word's equation editor: the sum with its limits, the root and the
    brackets are what the formula says; read as their bare runs they would be "i=1nxi−x̄2" run together."""
    m = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'

    def mr(text):
        return f"<m:r><m:t>{text}</m:t></m:r>"

    deviation = (f"<w:p><m:oMathPara {m}><m:oMath>" + mr("SD=")
                 + '<m:rad><m:radPr><m:degHide m:val="1"/></m:radPr><m:deg/><m:e><m:f><m:num>'
                 + '<m:nary><m:naryPr><m:chr m:val="∑"/></m:naryPr><m:sub>' + mr("i=1") + "</m:sub><m:sup>" + mr("n")
                 + "</m:sup><m:e><m:sSup><m:e><m:d><m:dPr/><m:e>" + mr("xi−x̄") + "</m:e></m:d></m:e><m:sup>"
                 + mr("2") + "</m:sup></m:sSup></m:e></m:nary></m:num><m:den>" + mr("n−1")
                 + '</m:den></m:f></m:e></m:rad></m:oMath></m:oMathPara></w:p>')
    absolute = (f"<w:p><m:oMathPara {m}><m:oMath>" + mr("e=")
                + '<m:d><m:dPr><m:begChr m:val="|"/><m:endChr m:val="|"/></m:dPr><m:e>' + mr("y−ŷ")
                + "</m:e></m:d></m:oMath></m:oMathPara></w:p>")
    doc = read_made(para("Simpangan baku dihitung dengan rumus:") + deviation + absolute)
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "quote"] == [
        "SD=√((∑_(i=1)^n (xi−x̄)^2) / (n−1))", "e=|y−ŷ|"]


def test_a_heading_after_the_reference_list_ends_it():
    # "Daftar Pustaka" then "Lampiran" at the same level: the appendix's text is no reference entry; a subheading
    # inside the list ("Buku") keeps it open
    body = (para("Daftar Pustaka", "Judul1") + para("Buku", "Judul2")
            + para("Santoso, B. (2019). Motivasi Belajar. Jakarta: Gramedia.") + para("Lampiran", "Judul1")
            + para("Kuesioner penelitian ini berisi dua puluh butir pernyataan."))
    doc = read_made(body)
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("heading", "Daftar Pustaka"), ("heading", "Buku"),
        ("reference", "Santoso, B. (2019). Motivasi Belajar. Jakarta: Gramedia."), ("heading", "Lampiran"),
        ("paragraph", "Kuesioner penelitian ini berisi dua puluh butir pernyataan.")]


def test_table_block_header_row_first_and_cells_joined():
    def cell(*paras):
        return "<w:tc>" + "".join(para(p) for p in paras) + "</w:tc>"

    header = '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + cell("Bentuk") + cell("Contoh") + "</w:tr>"
    body = ("<w:tbl>" + "<w:tr>" + cell("Bilateral") + cell("Indonesia", "dan Malaysia") + "</w:tr>" + header
            + "<w:tr>" + cell("") + cell("") + "</w:tr>"
            + "<w:tr>" + cell("Regional") + cell("ASEAN") + "</w:tr></w:tbl>")
    doc = read_made(body)
    [table] = [b for b in doc.blocks if b.kind == "table"]
    assert doc.block_text(table) == "Bentuk | Contoh\nBilateral | Indonesia dan Malaysia\nRegional | ASEAN"


def test_a_table_inside_a_cell_is_read_into_that_cell():
    # a research-record table whose "Variabel" cell holds a small table of its own (a form laid out with tables):
    # its rows joined into the cell, not lost and not read as a paragraph outside the table
    def cell(*paras):
        return "<w:tc>" + "".join(para(p) for p in paras) + "</w:tc>"

    inner = "<w:tbl><w:tr>" + cell("X1") + cell("Motivasi") + "</w:tr><w:tr>" + cell("Y") + cell("Kinerja") + "</w:tr></w:tbl>"
    body = ("<w:tbl><w:tr>" + cell("Peneliti") + cell("Sari (2019)") + "</w:tr><w:tr>" + cell("Variabel")
            + "<w:tc>" + inner + para("") + "</w:tc></w:tr></w:tbl>")
    doc = read_made(body)
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("table", "Peneliti | Sari (2019)\nVariabel | X1 | Motivasi Y | Kinerja")]


def test_table_cells_and_cell_text_inside_content_controls_are_read():
    # a form made from a template: a cell wrapped in a content control, and a cell whose text is one
    def sdt(inner):
        return f"<w:sdt><w:sdtPr/><w:sdtContent>{inner}</w:sdtContent></w:sdt>"

    row = ("<w:tr><w:tc>" + para("Nama sekolah") + "</w:tc>" + sdt("<w:tc>" + para("SDN 1 Ciawi") + "</w:tc>") + "</w:tr>"
           "<w:tr><w:tc>" + para("Kelas") + "</w:tc><w:tc>" + sdt(para("IV")) + "</w:tc></w:tr>")
    doc = read_made("<w:tbl>" + row + "</w:tbl>")
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [("table", "Nama sekolah | SDN 1 Ciawi\nKelas | IV")]


def test_alternate_content_is_read_once_from_its_choice():
    # Word writes newer markup twice, the Choice and a Fallback for older readers (mc:AlternateContent): in the body
    # and inside a paragraph; the text is read once
    def alternate(choice, fallback):
        return (f'<mc:AlternateContent><mc:Choice Requires="w14">{choice}</mc:Choice>'
                f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>")

    run = '<w:r><w:t xml:space="preserve">{}</w:t></w:r>'
    body = (alternate(para("Motivasi belajar siswa meningkat."), para("Motivasi belajar siswa meningkat."))
            + "<w:p>" + run.format("Hasil belajar ") + alternate(run.format("naik"), run.format("naik"))
            + run.format(" setelah tindakan.") + "</w:p>")
    doc = read_made(body)
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("paragraph", "Motivasi belajar siswa meningkat."), ("paragraph", "Hasil belajar naik setelah tindakan.")]


def test_footnotes_after_their_paragraph_endnotes_at_the_end_and_quotes():
    body = ('<w:p><w:r><w:t>Negara berdaulat.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
            + para("Kutipan panjang dari buku.", "Kutipan")
            + '<w:p><w:r><w:t>Paragraf akhir.</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>'
            + para("Penutup."))
    doc = read_made(body, footnotes={1: "Lihat Budiardjo, 2008: 17."}, endnotes={2: "Catatan akhir bab."})
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("paragraph", "Negara berdaulat.¹"), ("footnote", "¹ Lihat Budiardjo, 2008: 17."),
        ("quote", "Kutipan panjang dari buku."), ("paragraph", "Paragraf akhir.[i]"), ("paragraph", "Penutup."),
        ("footnote", "[i] Catatan akhir bab."),
    ]


def test_a_footnote_reference_whose_note_is_gone_reads_as_the_text_alone():
    # a reference left behind when its note (or the whole footnotes part) was lost in copying: no note, no crash
    body = ('<w:p><w:r><w:t>Negara berdaulat.</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r></w:p>'
            + para("Paragraf akhir."))
    declared_but_missing = io.BytesIO()  # the relationship to word/footnotes.xml kept, the part itself gone
    with zipfile.ZipFile(io.BytesIO(make_docx(body, footnotes={1: "Catatan lain."}))) as full, \
            zipfile.ZipFile(declared_but_missing, "w") as out:
        for info in full.infolist():
            if info.filename != "word/footnotes.xml":
                out.writestr(info, full.read(info))
    for raw in (make_docx(body), make_docx(body, footnotes={1: "Catatan lain."}), declared_but_missing.getvalue()):
        doc = docx.read(raw, "kuliah/bahan-ajar.docx")
        assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]  # no note block
        assert doc.block_text(doc.blocks[0]).startswith("Negara berdaulat.") and "Catatan" not in doc.text


def test_a_footnote_reference_cites_the_work_its_note_names():
    """Word's notes numbered as Word shows them (footnotes 1, 2, …; endnotes i, ii, …), each reference kept as its mark
    in the text, so the passage carrying it cites the note's work; Ibid. takes the note before."""
    from telusur.chunking import chunk_document

    def noted(text, *refs):
        marks = "".join(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:{kind}Reference w:id="{i}"/></w:r>'
                        for kind, i in refs)
        return f"<w:p><w:r><w:t>{text}</w:t></w:r>{marks}</w:p>"

    body = (noted("Penelitian hukum normatif meneliti bahan pustaka.", ("footnote", 7))
            + noted("Hukum adat adalah hukum yang tidak tertulis.", ("footnote", 8))
            + noted("Asas legalitas berlaku dalam hukum pidana.", ("footnote", 9), ("endnote", 3)))
    doc = read_made(body, footnotes={7: "Soerjono Soekanto, Pengantar Penelitian Hukum (Jakarta: UI Press, 1986), "
                                        "hlm. 43.", 8: "Ibid., hlm. 45.",
                                     9: "Yang dimaksud di sini adalah hukum tertulis."},
                    endnotes={3: "Andi Hamzah, Asas-Asas Hukum Pidana (Jakarta: Rineka Cipta, 2008), hlm. 40."})
    cites = {c.text.split(".")[0]: [x.label for x in c.citations] for c in chunk_document(doc)}
    assert cites["Penelitian hukum normatif meneliti bahan pustaka"] == ["Soekanto (1986: 43)"]
    assert cites["Hukum adat adalah hukum yang tidak tertulis"] == ["Soekanto (1986: 45)"]
    assert cites["Asas legalitas berlaku dalam hukum pidana"] == ["Hamzah (2008: 40)"]  # the explanation cites none
    assert cites["³ Yang dimaksud di sini adalah hukum tertulis"] == []


def test_reference_list_and_table_of_contents():
    doc = read_made(para("Daftar Isi", "TOC1") + para("Pendahuluan ........ 1", "TOC1") + para("Isi bab.")
                    + para("DAFTAR PUSTAKA", extra_ppr='<w:jc w:val="center"/>')
                    + para("Rudy, T. M. 2005. Studi Strategis. Bandung: Refika.")
                    + para("Soekanto, S. 1990. Sosiologi. Jakarta: Rajawali."))
    assert "Pendahuluan ........ 1" not in doc.text
    kinds = [(b.kind, doc.block_text(b)[:12]) for b in doc.blocks]
    assert kinds == [("paragraph", "Isi bab."), ("heading", "DAFTAR PUSTA"), ("reference", "Rudy, T. M. "),
                     ("reference", "Soekanto, S.")]


def test_strict_ooxml_namespace_is_read():
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    raw = make_docx(para("Teks dalam format Strict.").replace("<w:p>", "<w:p>"), extra={
        "word/document.xml": f'<w:document xmlns:w="{strict}"><w:body>{para("Teks dalam format Strict.")}</w:body></w:document>',
    }.items())
    assert docx.read(raw, "strict.docx").text == "Teks dalam format Strict.\n"


# ---------------------------------------------------------------------------------------------- refusals

def refusal(raw, name="bab.docx"):
    with pytest.raises(CorpusError) as err:
        docx.read(raw, name)
    message = str(err.value)
    assert message.startswith(f"{name}: ")
    return message


def test_zip_bomb_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<" + b" " * (50 * 1024 * 1024))
    assert len(buf.getvalue()) < 200_000
    message = refusal(buf.getvalue())
    assert "bom zip" in message and "simpan ulang" in message


def test_damaged_zip_refused():
    raw = make_docx(para("Isi."))
    message = refusal(raw[: len(raw) // 2])
    assert "rusak" in message and "simpan ulang sebagai .docx" in message
    assert "rusak" in refusal(b"PK\x03\x04 bukan zip sungguhan")


def test_zip_that_is_not_a_docx_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("content.xml", "<office:document-content/>")
    assert "bukan dokumen Word" in refusal(buf.getvalue())


def test_old_doc_and_encrypted_docx_refused():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    message = refusal(ole + "WordDocument".encode("utf-16-le") + b"\x00" * 600)
    assert ".doc" in message and "simpan ulang" in message
    message = refusal(ole + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 600)
    assert "kata sandi" in message


def test_xml_entities_refused():
    bomb = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            f"<w:document {W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>")
    raw = make_docx("", extra={"word/document.xml": bomb}.items())
    assert "DTD" in refusal(raw)


def test_docx_without_text_refused():
    assert "OCR" in refusal(make_docx("<w:p/>"))


def test_docx_carrying_macros_refused():
    raw = make_docx(para("Isi."), extra={"word/vbaProject.bin": b"\x00" * 10}.items())
    message = refusal(raw)
    assert "makro" in message and "simpan ulang" in message


def test_declared_unpacked_size_over_the_limit_refused():
    """A zip whose directory claims 300 MB for word/document.xml is refused before anything is unpacked."""
    raw = bytearray(make_docx(para("Isi.")))
    entry = raw.index(b"PK\x01\x02")
    while raw[entry + 46:entry + 46 + len(b"word/document.xml")] != b"word/document.xml":
        entry = raw.index(b"PK\x01\x02", entry + 4)
    raw[entry + 24:entry + 28] = (300 * 1024 * 1024).to_bytes(4, "little")  # its uncompressed size field
    message = refusal(bytes(raw))
    assert "bom zip" in message and "300 MB" in message


# ---------------------------------------------------------------------------------------------- answers from a DOCX

def render_corpus_docx(text: str, path: Path) -> None:
    """A plain text as a lecturer's Word file (python-docx): the title in "Heading 1", each run of "1." lines a real
    numbered list restarting at 1 (a w:num with a start override, as Word's "Restart at 1" writes it), other lines
    as paragraphs. The blog template lines of the .txt are not part of a Word file."""
    import docx as python_docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from telusur.documents.decode import strip_boilerplate

    body, title = strip_boilerplate(text)
    document = python_docx.Document()
    document.add_heading(title, level=1)
    numbering = document.part.numbering_part.element
    list_style = document.styles["List Number"]
    abstract_id = numbering.num_having_numId(list_style.element.pPr.numPr.numId.val).abstractNumId.val
    num_id = None
    for line in body.splitlines():
        m = re.match(r"^(\d+)\.\s*(\S.*)$", line.strip())
        if not m:
            if line.strip():
                document.add_paragraph(line.strip())
            continue
        if m.group(1) == "1" or num_id is None:  # a new list
            num = numbering.add_num(abstract_id)
            override = OxmlElement("w:lvlOverride")
            override.set(qn("w:ilvl"), "0")
            start = OxmlElement("w:startOverride")
            start.set(qn("w:val"), "1")
            override.append(start)
            num.append(override)
            num_id = num.numId
        paragraph = document.add_paragraph(m.group(2), style=list_style)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id
    document.save(str(path))


def default_corpus_text() -> str:
    [path] = (REPO / "corpus").glob("*.txt")
    return path.read_text(encoding="utf-8")


def test_rendered_docx_reads_like_the_plain_text(tmp_path):
    render_corpus_docx(default_corpus_text(), tmp_path / "kerjasama.docx")
    doc = docx.read((tmp_path / "kerjasama.docx").read_bytes(), "kerjasama.docx")
    assert doc.title == "Definisi Kerjasama Internasional" and doc.blocks[0].kind == "heading"
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "item"]
    assert items[:4] == ["1. Kerjasama Multilateral", "2. Kerjasam Regional", "3. Kerjasama Fungsional",
                         "4. Kerjasama ideologi"]
    assert items[4:7] == ["1. Meningkatkan kepentingan nasional", "2. Memelihara perdamaian",
                          "3. Meningkatkan kesejahteraan ekonomi"]
    assert "2. Persetujuan atas masalah tertentu" in doc.text and "Post a Comment" not in doc.text


@pytest.fixture(scope="module")
def docx_engine(tmp_path_factory):
    """The default corpus rendered as a DOCX, indexed once."""
    from telusur.engine import open_built
    from telusur.settings import Settings

    root = tmp_path_factory.mktemp("docx-corpus")
    (root / "corpus").mkdir()
    render_corpus_docx(default_corpus_text(), root / "corpus" / "definisi-kerjasama-internasional.docx")
    return open_built(Settings(corpus=root / "corpus", index=root / "index"))


@pytest.fixture(scope="module")
def dev_ranks(engine, docx_engine):
    """Rank of each dev question's evidence from the plain text and from the same text as a DOCX."""
    from conftest import read_jsonl
    from telusur.evaluation import evaluate

    cases = read_jsonl("questions-dev.jsonl")
    plain = {o.case.id: o.rank for o in evaluate(engine, cases).outcomes}
    word = {o.case.id: o.rank for o in evaluate(docx_engine, cases).outcomes}
    assert sum(rank == 1 for rank in plain.values()) >= len(cases) // 2  # a comparison with something to lose
    return plain, word


@pytest.mark.slow
def test_same_top_passage_from_docx_as_from_plain_text(dev_ranks):
    plain, word = dev_ranks
    lost = [case for case, rank in plain.items() if rank == 1 and word[case] != 1]
    assert lost == [], f"first from the .txt, not from the .docx (its rank there): {[(c, word[c]) for c in lost]}"


@pytest.mark.slow
def test_docx_ranks_every_dev_question_as_the_text_does(dev_ranks):
    """Once a gap (d18: a Word title over every sentence row diluted it below the threshold), now a guard."""
    plain, word = dev_ranks
    assert word == plain


@pytest.fixture(scope="module")
def real_engine(tmp_path_factory):
    if not REAL.exists():
        pytest.skip("shared/texts/formats is not beside the project")
    from telusur.engine import open_built
    from telusur.settings import Settings

    root = tmp_path_factory.mktemp("real-docx")
    (root / "corpus").mkdir()
    (root / "corpus" / REAL.name).write_bytes(REAL.read_bytes())
    return open_built(Settings(corpus=root / "corpus", index=root / "index"))


@pytest.mark.slow
def test_question_on_the_real_docx_answered_from_it(real_engine):
    answer = real_engine.ask("Apa itu tabungan wadiah?").to_dict()
    top = answer["passages"][0]
    assert top["text"].startswith("Tabungan wadiah adalah tabungan yang dijalankan berdasarkan akad wadiah")
    assert top["path"] == REAL.name and top["document"] == "BAB II LANDASAN TEORI"
    assert top["location"]["section"] == ["2.1. THEORY", "2.1.2. Saving Product", "2.1.2.1 Pengertian"]
    assert top["location"]["pages"] is None  # Word's pages are not fixed; only PDFs give page locations
    assert [c["label"] for c in top["citations"]] == ["Wiroso, SE (2009: 138)"]
    for chunk in real_engine.index.chunks:
        assert not any(code in chunk.text for code in ("ADDIN", "CSL_CITATION", "citationItems", '{"'))


@pytest.mark.slow
@needs_real
def test_mutated_copies_of_the_real_file_are_read_or_refused_never_crash():
    """Bytes flipped, parts truncated or spliced: the reader gives a Document or a CorpusError, nothing else."""
    import random

    raw = REAL.read_bytes()
    parts = {n: zipfile.ZipFile(io.BytesIO(raw)).read(n) for n in zipfile.ZipFile(io.BytesIO(raw)).namelist()}
    rnd = random.Random(7)
    outcomes = Counter()
    for _ in range(60):
        mutated = dict(parts)
        name = rnd.choice(["word/document.xml", "word/numbering.xml", "word/styles.xml", "_rels/.rels"])
        data = bytearray(mutated[name])
        cut = rnd.randrange(len(data))
        if rnd.random() < 0.5:
            data = data[:cut]
        else:
            data[cut:cut] = data[rnd.randrange(len(data)):][:200]
        mutated[name] = bytes(data)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for part, content in mutated.items():
                zf.writestr(part, content)
        try:
            docx.read(buf.getvalue(), "rusak.docx")
            outcomes["read"] += 1
        except CorpusError as exc:
            assert "simpan ulang" in str(exc)
            outcomes["refused"] += 1
    for _ in range(20):
        data = bytearray(raw)
        data[rnd.randrange(len(data))] ^= 0xFF
        try:
            docx.read(bytes(data), "rusak.docx")
            outcomes["read"] += 1
        except CorpusError:
            outcomes["refused"] += 1
    assert outcomes["refused"] > 0 and sum(outcomes.values()) == 80


# ---------------------------------------------------------------- heading levels a writer got wrong

PROSE = ("Sistem informasi adalah kumpulan komponen yang bekerja sama untuk mengolah data menjadi informasi yang "
         "berguna bagi pengambilan keputusan di dalam organisasi.")


def _python_docx(paragraphs, normal_outline=None, heading_alias=False):
    """A .docx written by python-docx: (text, style) paragraphs; normal_outline puts an outline level on the
    Normal style itself, as some word processors write it; heading_alias renames "Heading 1" "Heading 1,LV 1"."""
    from docx import Document as WordDocument
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    word = WordDocument()
    if normal_outline is not None:
        ppr = word.styles["Normal"].element.get_or_add_pPr()
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(normal_outline))
        ppr.append(level)
    heading = word.styles["Heading 1"]
    if heading_alias:
        heading.element.name_val = "Heading 1,LV 1"
    for text, style in paragraphs:
        word.add_paragraph(text, style=heading if style == "h1" else None)
    out = io.BytesIO()
    word.save(out)
    return docx.read(out.getvalue(), "bab2.docx")


def test_an_outline_level_on_the_normal_style_does_not_make_every_paragraph_a_heading():
    paragraphs = [("Landasan Teori", "h1")] + [(f"{PROSE} Bagian {n}.", None) for n in range(6)]
    doc = _python_docx(paragraphs, normal_outline=0, heading_alias=True)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading"] + ["paragraph"] * 6  # the style named "Heading 1,LV 1" still makes the heading
    assert doc.blocks[1].location.section == ("Landasan Teori",)
    assert any("hampir semua paragraf bertanda judul" in w for w in doc.warnings)


def test_a_document_styled_heading_throughout_falls_back_to_bold_short_lines():
    doc = _python_docx([(f"{PROSE} Bagian {n}.", "h1") for n in range(6)])
    assert [b.kind for b in doc.blocks] == ["paragraph"] * 6 and doc.warnings


def test_heading_levels_that_make_sense_are_kept_without_a_warning():
    doc = _python_docx([("Landasan Teori", "h1"), (PROSE, None), ("Kerangka Pikir", "h1"), (PROSE, None),
                        ("Hipotesis", "h1"), (PROSE, None)], normal_outline=9)
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"] * 3 and not doc.warnings


def test_a_bold_figure_caption_is_a_line_of_the_text_not_a_heading():
    def bold(text):
        return f"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p>"

    body = (para("Landasan Teori", "Judul1") + para("Basis data tampak pada gambar berikut.")
            + para("Sumber : (Rosa &amp; Shalahuddin, 2016:28)") + bold("Gambar II.1 Ilustrasi basis data")
            + bold("Model Waterfall") + para("Model ini berurutan."))
    doc = read_made(body)
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks][2:] == [
        ("paragraph", "Sumber : (Rosa & Shalahuddin, 2016:28)"), ("paragraph", "Gambar II.1 Ilustrasi basis data"),
        ("heading", "Model Waterfall"), ("paragraph", "Model ini berurutan.")]


def test_a_number_raised_by_hand_is_not_glued_to_its_word():
    # A note number or a power typed and set superscript ("internasional¹", "m²"): as plain digits the word
    # ("internasional1") is no search word a student types.
    raised = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{}</w:t></w:r>'
    body = ('<w:p><w:r><w:t>Kerjasama internasional</w:t></w:r>' + raised.format("12") +
            '<w:r><w:t xml:space="preserve"> meliputi lahan seluas 5 m</w:t></w:r>' + raised.format("2") +
            '<w:r><w:t xml:space="preserve"> per orang, ditulis H</w:t></w:r>'
            '<w:r><w:rPr><w:vertAlign w:val="subscript"/></w:rPr><w:t>2</w:t></w:r><w:r><w:t>O.</w:t></w:r></w:p>')
    doc = read_made(body)
    assert [doc.block_text(b) for b in doc.blocks] == [
        "Kerjasama internasional¹² meliputi lahan seluas 5 m² per orang, ditulis H2O."]


def test_a_paragraph_hard_wrapped_with_line_breaks_is_rebuilt_and_short_lines_kept():
    # Text pasted from a PDF or a mail: a w:br every ~70 characters inside one paragraph; an address keeps its lines.
    import textwrap

    sentence = ("Kerjasama internasional adalah hubungan antarnegara yang saling menguntungkan bagi semua pihak yang "
                "terlibat dalam perjanjian tersebut, terutama dalam bidang ekonomi dan perdagangan bebas di kawasan "
                "Asia Tenggara sejak tahun 1967. Kerjasama ini dilakukan untuk memenuhi kebutuhan rakyat negaranya.")

    def lines_with_breaks(lines):
        runs = "<w:r><w:br/></w:r>".join(f'<w:r><w:t xml:space="preserve">{line}</w:t></w:r>' for line in lines)
        return f"<w:p>{runs}</w:p>"

    doc = read_made(lines_with_breaks(textwrap.wrap(sentence, 70)) +
                    lines_with_breaks(["Alamat redaksi:", "Jl. Merdeka No. 5", "Jakarta"]))
    assert [doc.block_text(b) for b in doc.blocks] == [sentence, "Alamat redaksi:\nJl. Merdeka No. 5\nJakarta"]


PASTED = ("Kerjasama internasional adalah hubungan antarnegara yang saling menguntungkan bagi semua pihak yang "
          "terlibat dalam perjanjian tersebut, terutama dalam bidang ekonomi dan perdagangan bebas di kawasan Asia "
          "Tenggara sejak tahun 1967. Kerjasama ini dilakukan untuk memenuhi kebutuhan rakyat negaranya yang tidak "
          "dapat dipenuhi sendiri oleh negara tersebut karena keterbatasan sumber daya alam dan manusia.")
PASTED_NEXT = ("Bentuk kerjasama internasional dibedakan menurut jumlah negara yang terlibat di dalamnya, yaitu "
               "kerjasama bilateral, regional dan multilateral, masing-masing dengan tujuan dan aturannya sendiri "
               "yang disepakati bersama oleh para anggotanya.")


def test_text_pasted_from_a_pdf_viewer_one_paragraph_per_line_is_read_as_its_paragraphs():
    # A journal article copied out of a PDF viewer and pasted into Word: every line its own paragraph, the page
    # number between two pages in the middle of a sentence, typed numbered headings. Read as a .txt file of that
    # text is read: the sentences whole, the heading a heading, the page number gone.
    import textwrap

    lines = (["BAB II", "KAJIAN PUSTAKA", "2.1 Pengertian Kerjasama"] + textwrap.wrap(PASTED, 80)[:2] + ["12"]
             + textwrap.wrap(PASTED, 80)[2:] + ["2.2 Bentuk Kerjasama"] + textwrap.wrap(PASTED_NEXT, 80))
    doc = read_made("".join(para(line) for line in lines))
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("heading", "BAB II KAJIAN PUSTAKA"), ("heading", "2.1 Pengertian Kerjasama"), ("paragraph", PASTED),
        ("heading", "2.2 Bentuk Kerjasama"), ("paragraph", PASTED_NEXT)]


def test_short_paragraphs_of_a_real_document_are_not_joined_as_pasted_lines():
    # Single-line paragraphs of one width that end their sentences are paragraphs, not the lines of a pasted text;
    # neither is a short line followed by a capitalised one.
    sentences = [f"Kalimat ke-{n} ini menjelaskan satu hal tentang kerjasama antarnegara di kawasan Asia." for n in
                 range(10)]
    doc = read_made("".join(para(s) for s in sentences))
    assert [doc.block_text(b) for b in doc.blocks] == sentences


def test_page_numbers_of_a_copied_text_are_found_by_counting_up():
    from telusur.documents.structure import page_number_lines

    page = ["Kalimat ini selesai di barisnya sendiri."] * 12
    lines = (page + ["21"] + page + ["- 22 -"] + ["Tabel 3", "5"] + page + ["Halaman 23"] + page
             + ["kalimat yang terus", "7", "berjalan di halaman lain"] + ["1", "2", "3", "4"] + ["2019"])
    # 21, 22, 23 count up a page apart; 7 stands inside a running sentence; 5, a column 1-4 and 2019 are the text's
    assert sorted(lines[i] for i in page_number_lines(lines)) == ["- 22 -", "21", "7", "Halaman 23"]


def test_a_pasted_text_with_many_short_lines_from_its_tables_is_still_read_as_pasted():
    # a skripsi chapter pasted line by line: its tables' cells come as short lines, more of them than of prose;
    # the prose's long lines still tell how the text was made
    import textwrap

    cells = [f"Meja {n}" for n in range(40)] + ["Sumber: www.contoh.com"] * 10
    lines = textwrap.wrap(PASTED, 80) + textwrap.wrap(PASTED_NEXT, 80) + cells + textwrap.wrap(PASTED, 76)
    doc = read_made("".join(para(line) for line in lines))
    texts = [doc.block_text(b) for b in doc.blocks]
    assert texts[:2] == [PASTED, PASTED_NEXT] and texts[-1] == PASTED


# A numbering style (Word's "1 / 1.1 / 1.1.1" list saved as a style): its paragraph properties name the list (numId 8)
_LIST_STYLE = STYLES.replace("</w:styles>", """<w:style w:type="numbering" w:styleId="DaftarBab"><w:name w:val="Daftar Bab"/>
  <w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr></w:style></w:styles>""")


def test_a_list_defined_through_a_numbering_style_shows_its_markers():
    """Word saves a multilevel list ("I. / 1.1 / 1.1.1") as a numbering style: the list's abstract definition only links
    to the style (numStyleLink), the style names a num (its numId), whose abstract definition holds the levels
    (styleLink). A numbering style is no paragraph style: the link was followed through paragraph styles only, so such
    items had no markers (found by the mutation pass: the line following it was reached by nothing)."""
    numbering = NUMBERING.replace("</w:numbering>", """<w:abstractNum w:abstractNumId="30"><w:numStyleLink w:val="DaftarBab"/></w:abstractNum>
<w:abstractNum w:abstractNumId="31"><w:styleLink w:val="DaftarBab"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="8"><w:abstractNumId w:val="31"/></w:num>
<w:num w:numId="9"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>""")
    body = para("Isi pembuka.") + para("bab satu", num=9) + para("bab dua", num=9) + para("Sela.")
    doc = read_made(body, styles=_LIST_STYLE, numbering=numbering)
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "item"] == ["I. bab satu", "II. bab dua"]


def test_a_numbering_style_whose_own_list_links_back_keeps_the_linking_lists_levels():
    """The link is followed once: when the numbering style's own list is itself only a link (a file that saved the
    style's definition as a link back to the style), the list keeps the levels its own definition holds."""
    numbering = NUMBERING.replace("</w:numbering>", """<w:abstractNum w:abstractNumId="30"><w:numStyleLink w:val="DaftarBab"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="31"><w:numStyleLink w:val="DaftarBab"/></w:abstractNum>
<w:num w:numId="8"><w:abstractNumId w:val="31"/></w:num>
<w:num w:numId="9"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>""")
    body = para("Isi pembuka.") + para("bab satu", num=9) + para("bab dua", num=9) + para("Sela.")
    doc = read_made(body, styles=_LIST_STYLE, numbering=numbering)
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "item"] == ["1) bab satu", "2) bab dua"]
