"""An AsciiDoc header's author and revision lines are printed under the title (Asciidoctor's header), so they are read
as a paragraph with the title, as LaTeX's \\maketitle is (issue 14; session 43): a question asking whose notes these
are, or of which version, finds a passage. The authors' e-mail addresses are left out; a header of a title alone
adds nothing."""

from telusur.chunking import chunk_document
from telusur.documents import asciidoc

NOTE = """= Catatan Praktikum Hidrologi
Dewi Anggraini <dewi@contoh.ac.id>; Bima Sakti
Revisi 2, 2021-09-01
:toc:

== Siklus Air

Air laut menguap karena panas matahari lalu mengembun menjadi awan.
"""


def test_the_header_under_the_title_is_a_passage():
    doc = asciidoc.read(NOTE.encode(), "hidrologi.adoc")
    texts = [c.text for c in chunk_document(doc)]
    front = next(t for t in texts if "Dewi Anggraini" in t)
    assert front.split("\n") == ["Catatan Praktikum Hidrologi", "Dewi Anggraini; Bima Sakti", "Revisi 2, 2021-09-01"]
    assert "contoh.ac.id" not in doc.text


def test_a_title_alone_adds_no_paragraph():
    doc = asciidoc.read("= Judul Saja\n\nIsi catatan di sini.\n".encode(), "judul.adoc")
    assert [doc.text[b.start:b.end] for b in doc.blocks] == ["Judul Saja", "Isi catatan di sini."]
