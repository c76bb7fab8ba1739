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
