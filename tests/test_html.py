"""The HTML reader: saved article pages, and the .txt files of ../shared/texts/ that are really HTML."""

from pathlib import Path

import pytest

from telusur.documents import html
from telusur.documents.model import DocumentBuilder
from telusur.errors import CorpusError

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "texts"
HTML_TXT = ("lhelmi--tindak-pidana.txt", "novanabs--kewirausahaan.txt", "muh-ilhamkurniawan--definisi-matematika.txt")
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/texts is not next to this checkout")

PAGE = """<!DOCTYPE html>
<html><head><title>Pengertian Kerjasama Internasional - Blog Kuliah</title>
<style>body { color: red }</style><script>var menu = "Beranda";</script></head>
<body>
<header class="site-header"><h1>Blog Kuliah</h1><nav><ul><li><a href="/">Beranda</a></li></ul></nav></header>
<div class="wrapper">
<article>
  <header><h1>Pengertian Kerjasama Internasional</h1></header>
  <p>Kerjasama internasional adalah hubungan
     antarnegara (Holsti, 1987: 652).<br>Baris kedua paragraf.</p>
  <h2>Bentuk</h2>
  <p>Bentuknya sebagai berikut:</p>
  <ol start="3" type="a">
    <li>Bilateral<ol><li>Dua negara</li></ol></li>
    <li>Regional</li>
  </ol>
  <blockquote><p>Tidak ada negara yang dapat hidup sendiri.</p></blockquote>
  <table><tr><th>Jenis</th><th>Contoh</th></tr><tr><td>Regional</td><td>ASEAN</td></tr></table>
  <div class="share-buttons">Bagikan ke Facebook</div>
  <script>trackRead();</script>
</article>
<aside class="sidebar"><h3>Artikel Terkait</h3><p>Politik luar negeri</p></aside>
<section id="comments" class="comments-area"><p>Komentar: mantap gan</p><form><textarea></textarea></form></section>
</div>
<footer><p>Hak cipta 2024 Blog Kuliah</p></footer>
</body></html>
"""


def blocks(source: str):
    builder = DocumentBuilder()
    title = html.blocks_from_html(source, builder)
    doc = builder.build("x.html", title or "", "0", "html")
    return doc, [(b.kind, doc.block_text(b)) for b in doc.blocks]


def test_saved_page_gives_the_article_and_drops_the_page_around_it():
    doc, got = blocks(PAGE)
    assert doc.title == "Pengertian Kerjasama Internasional"  # the article's <h1>, not the site's
    assert got == [
        ("heading", "Pengertian Kerjasama Internasional"),
        ("paragraph", "Kerjasama internasional adalah hubungan antarnegara (Holsti, 1987: 652).\nBaris kedua paragraf."),
        ("heading", "Bentuk"),
        ("paragraph", "Bentuknya sebagai berikut:"),
        ("item", "c. Bilateral"),
        ("item", "1. Dua negara"),
        ("item", "d. Regional"),
        ("quote", "Tidak ada negara yang dapat hidup sendiri."),
        ("table", "Jenis | Contoh\nRegional | ASEAN"),
    ]
    assert [b.level for b in doc.blocks if b.kind == "item"] == [0, 1, 0]
    assert doc.blocks[3].location.section == ("Pengertian Kerjasama Internasional", "Bentuk")
    for furniture in ("menu", "trackRead", "Beranda", "Artikel Terkait", "mantap gan", "Hak cipta", "Bagikan", "color"):
        assert furniture not in doc.text


def test_without_article_the_body_is_read_and_site_parts_dropped():
    doc, got = blocks("<body><nav>Menu utama</nav><header><h1>Situs</h1></header><div id='content'><h1>Judul</h1>"
                    "<p>Isi satu.<p>Isi dua.</div><div class='widget'>Arsip</div><footer>Kaki</footer></body>")
    assert got == [("heading", "Judul"), ("paragraph", "Isi satu."), ("paragraph", "Isi dua.")]
    assert doc.title == "Judul"


def test_read_names_the_file_when_a_page_has_no_article_text():
    with pytest.raises(CorpusError, match="kosong.html"):
        html.read(b"<html><body><nav>Beranda</nav><script>x()</script></body></html>", "kosong.html")


def test_read_decodes_and_titles_from_the_page():
    doc = html.read("<html><head><title>Judul Halaman</title></head><body><p>Teks “kutipan”.</p></body></html>"
                    .encode("utf-8"), "a/halaman.htm")
    assert (doc.title, doc.text, doc.format) == ("Judul Halaman", "Teks “kutipan”.\n", "html")


def test_looks_like_html():
    assert html.looks_like_html("<p>Satu</p>\n<p>Dua<br>tiga</p>")
    assert not html.looks_like_html("Tag <p> membuka paragraf dalam HTML; tag <br> memutus baris.\n" * 3)
    assert not html.looks_like_html("Kerjasama internasional adalah hubungan antarnegara.\n")


@needs_shared
@pytest.mark.parametrize("name", HTML_TXT)
def test_txt_files_that_are_html_are_read_as_html(name):
    from telusur.documents import read_document

    doc = read_document(SHARED / name, name, 5.0)
    for mark in ("<", "class=", "&nbsp;"):
        assert mark not in doc.text
    assert doc.blocks[0].kind == "heading"


@needs_shared
def test_html_lists_in_txt_keep_their_markers_and_br_lines():
    from telusur.documents import read_document

    doc = read_document(SHARED / HTML_TXT[2], HTML_TXT[2], 5.0)
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "item"]
    assert len(items) == 5
    assert items[0].startswith("1. Russefendi (1988 : 23)\nMatematika terorganisir dari unsur-unsur")
    assert doc.blocks[2].location.section == ("Tentang Matematika",
                                              "Beberapa Definisi Para Ahli Mengenai Matematika antara lain :")
    lettered = read_document(SHARED / HTML_TXT[1], HTML_TXT[1], 5.0)
    markers = [b.marker for b in lettered.blocks if b.kind == "item"]
    assert markers == ["1.", "2.", "3.", "a.", "b.", "c.", "d.", "e.", "f."]


@needs_shared
def test_paragraph_hard_wrapped_with_blank_lines_inside_one_p_is_one_block():
    from telusur.documents import read_document

    doc = read_document(SHARED / HTML_TXT[0], HTML_TXT[0], 5.0)
    texts = [doc.block_text(b) for b in doc.blocks]
    assert ("Dapat juga dikatakan bahwa perbuatan pidana adalah perbuatan yang oleh suatu aturan hukum dilarang dan "
            "diancam pidana, asal saja") in texts[3]


def test_entries_under_a_reference_heading_are_reference_blocks():
    _, got = blocks("<article><h2>Isi</h2><p>Teks (Soekanto, 1990).</p><h2>Daftar Pustaka</h2>"
                    "<p>Soekanto, S. (1990). Sosiologi. Jakarta: Rajawali.</p><ol><li>Holsti, K. J. (1987). Politik "
                    "Internasional.</li></ol><h2>Lampiran</h2><p>Tabel.</p></article>")
    assert got == [("heading", "Isi"), ("paragraph", "Teks (Soekanto, 1990)."), ("heading", "Daftar Pustaka"),
                   ("reference", "Soekanto, S. (1990). Sosiologi. Jakarta: Rajawali."),
                   ("reference", "Holsti, K. J. (1987). Politik Internasional."), ("heading", "Lampiran"),
                   ("paragraph", "Tabel.")]


def test_footnote_marks_and_footnote_section():
    _, got = blocks("<article><p>Slacktivism<sup><a href='#fn1'>1</a></sup> marak.</p><div class='footnotes'><hr>"
                    "<ol><li id='fn1'><p>Aktivisme berisiko rendah. <a href='#ref1'>↩</a></p></li></ol></div></article>")
    assert got == [("paragraph", "Slacktivism¹ marak."), ("footnote", "¹ Aktivisme berisiko rendah.")]


def test_a_paragraph_all_in_bold_is_a_heading_one_below_the_page_headings():
    page = """<html><body><article><h2>Kerjasama Internasional</h2>
    <p><strong>1. Pengertian Kerjasama</strong></p><p>Kerjasama adalah usaha bersama antarnegara.</p>
    <p><b>2. Bentuk <span>Kerjasama</span></b></p><p>Bentuknya bilateral dan regional.</p>
    <p><b>Catatan:</b> sebagian kalimat tebal saja tetap paragraf.</p>
    <p><strong>Kalimat tebal yang panjang dan berakhir dengan titik tetap menjadi paragraf biasa.</strong></p>
    </article></body></html>"""
    doc = html.read(page.encode(), "kerjasama.html")
    blocks = [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks]
    assert blocks[:5] == [("heading", 2, "Kerjasama Internasional"), ("heading", 3, "1. Pengertian Kerjasama"),
                          ("paragraph", 0, "Kerjasama adalah usaha bersama antarnegara."),
                          ("heading", 3, "2. Bentuk Kerjasama"), ("paragraph", 0, "Bentuknya bilateral dan regional.")]
    assert [kind for kind, _, _ in blocks[5:]] == ["paragraph", "paragraph"]
    assert doc.blocks[4].location.section == ("Kerjasama Internasional", "2. Bentuk Kerjasama")


def test_a_glossary_reads_each_term_with_its_definition():
    page = """<html><body><article><h2>Istilah</h2><dl>
    <dt>Kerjasama bilateral</dt><dd>Kerjasama antara dua negara.</dd>
    <dt>Kerjasama regional</dt><dt>Regionalisme</dt><dd>Kerjasama negara dalam satu kawasan.</dd><dd>Contohnya ASEAN.</dd>
    <div><dt>Multilateral:</dt><dd>Kerjasama banyak negara.</dd></div></dl></article></body></html>"""
    doc = html.read(page.encode(), "istilah.html")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "paragraph"] == [
        "Kerjasama bilateral: Kerjasama antara dua negara.",
        "Kerjasama regional, Regionalisme: Kerjasama negara dalam satu kawasan.",
        "Kerjasama regional, Regionalisme: Contohnya ASEAN.", "Multilateral: Kerjasama banyak negara."]


def test_a_page_made_from_a_pdf_one_paragraph_per_line_is_read_as_its_paragraphs():
    # A converter's web page of a journal article: every line of the PDF its own <p>, the page number among them.
    import textwrap

    first = ("Kerjasama internasional adalah hubungan antarnegara yang saling menguntungkan bagi semua pihak yang "
             "terlibat dalam perjanjian tersebut, terutama dalam bidang ekonomi dan perdagangan bebas di kawasan "
             "Asia Tenggara sejak tahun 1967. Kerjasama ini dilakukan untuk memenuhi kebutuhan rakyat negaranya.")
    second = ("Bentuk kerjasama internasional dibedakan menurut jumlah negara yang terlibat di dalamnya, yaitu "
              "kerjasama bilateral, regional dan multilateral, masing-masing dengan tujuan dan aturannya sendiri.")
    third = ("Kerjasama regional dilakukan oleh negara-negara yang berada dalam satu kawasan, misalnya ASEAN di Asia "
             "Tenggara, untuk menjaga stabilitas dan mempercepat pertumbuhan ekonomi para anggotanya.")
    lines = (["2.1 Pengertian Kerjasama"] + textwrap.wrap(first, 80)[:2] + ["14"] + textwrap.wrap(first, 80)[2:]
             + ["2.2 Bentuk Kerjasama"] + textwrap.wrap(second, 80) + textwrap.wrap(third, 80))
    doc = html.read(("<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>").encode(),
                    "artikel.html")
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("heading", "2.1 Pengertian Kerjasama"), ("paragraph", first), ("heading", "2.2 Bentuk Kerjasama"),
        ("paragraph", second), ("paragraph", third)]


def test_a_bold_title_between_blocks_without_its_paragraph_is_a_heading():
    # "<br><strong>3.2 Kapasitor</strong>" then a centred figure: the writer left the title's <p> out; it is the
    # section's name as "<p><strong>…</strong></p>" is, not a line of text ending the paragraph before it
    _, got = blocks("<p>Resistor menghambat arus listrik.</p>\n<br>\n<strong>3.2 Kapasitor</strong>\n"
                    "<p align=\"center\"><img src=\"c.png\"><br>Gambar 3.2 Kapasitor</p>\n"
                    "<p>Kapasitor menyimpan muatan listrik untuk sementara.</p>\n<p>Kata <strong>tebal</strong></p>")
    assert ("heading", "3.2 Kapasitor") in got and ("paragraph", "Kata tebal") in got
