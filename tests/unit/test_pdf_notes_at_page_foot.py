"""Footnotes that refer back ("Ibid., hlm. 43.") or cite a work short ("Wijaya, Sejarah ..., hlm. 43.") stand at the
foot of page after page with only their numbers changed, as a running footer does; they are notes, kept as footnote
blocks, and the sentences marked with them cite the work of their note (issue 14: a journal PDF lost the last note or
two of most pages, and the citations of their marks with them). Made-up pages only."""

from __future__ import annotations

import io

import pytest

from telusur.citations.notes import footnote_citations
from telusur.documents import pdf

SENTENCES = ["Para pedagang membawa rempah dari pelabuhan timur ke kota-kota pesisir {place}.",
             "Perdagangan di {place} tumbuh pesat setelah jalur laut menjadi lebih aman bagi kapal.",
             "Kota pelabuhan {place} lalu menarik penduduk dari desa-desa di pedalaman pulau itu.",
             "Penguasa {place} memungut cukai dari setiap kapal yang berlabuh di sana.",
             "Hasil cukai itu dipakai untuk membangun benteng dan gudang di tepi pantai {place}."]
CITED_PAGES = [0, 12, 43, 58, 75, 221, 109, 106, 111, 194, 217, 203, 64, 88, 97, 150, 31]  # the book's pages, note by note
PLACES = ["Gresik", "Tuban", "Banten", "Makassar", "Ternate", "Malaka", "Demak", "Jepara"]
FIRST_NOTE = "Hendra Wijaya, Sejarah Pelabuhan Nusantara (Jakarta: Pustaka Laut, 2011), hlm. 12."


def _journal(pages: int, back: str, footer) -> bytes:
    """Pages of five sentences, two of them marked with a note; the notes at the foot (the first cites a book, the
    others refer back with `back`), then a running footer."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    note = 1
    for page in range(pages):
        texts = [text.format(place=PLACES[page]) for text in SENTENCES[page % 5:] + SENTENCES[:page % 5]]
        for k, text in enumerate(texts):
            c.setFont("Times-Roman", 12)
            c.drawString(72, A4[1] - (100 + 18 * k), text)
        top = 740
        for k in (1, 3):
            c.setFont("Times-Roman", 7)
            c.drawString(72 + stringWidth(texts[k], "Times-Roman", 12), A4[1] - (100 + 18 * k - 5), str(note))
            c.drawString(72, A4[1] - (top - 3), str(note))
            c.setFont("Times-Roman", 9)
            c.drawString(84, A4[1] - top, FIRST_NOTE if note == 1 else back.format(page=CITED_PAGES[note]))
            top += 12
            note += 1
        c.setFont("Times-Italic", 9)
        c.drawString(72, A4[1] - 800, footer(page) if callable(footer) else footer.format(page=20 + page))
        c.showPage()
    c.save()
    return out.getvalue()


@pytest.mark.parametrize("back", ["Ibid., hlm. {page}.", "Ibid.", "Op. cit., h. {page}.", "Loc. cit.",
                                  "Wijaya, Sejarah Pelabuhan Nusantara, hlm. {page}."])
def test_notes_referring_back_at_every_page_foot_are_notes_not_a_running_footer(back):
    doc = pdf.read(_journal(6, back, "Jurnal Kajian Sejarah Vol. 4, No. 1/2015          {page}"), "sejarah.pdf")
    notes = [doc.block_text(b) for b in doc.blocks if b.kind == "footnote"]
    assert [n.split()[0] for n in notes] == [str(n) for n in range(1, 13)], notes
    assert all("Jurnal Kajian Sejarah" not in doc.block_text(b) for b in doc.blocks)  # the footer still goes
    cited = footnote_citations(doc)
    marks = [c for c in cited if not c.in_note]
    assert len(marks) == 12 and {(c.authors, c.year) for c in marks} == {(("Wijaya",), "2011")}


@pytest.mark.parametrize("footer", [
    "Jurnal Kajian Sejarah Vol. 4, No. 1/2015          {page}",  # the page number steps with the page
    # an issue's articles: the page range changes once, where the next article starts
    lambda page: f"Jurnal Kajian Sejarah 4 (2015): {'101-115' if page < 3 else '116-130'}",
    lambda page: f"Jurnal Kajian Sejarah 4 (2015)          {40 + 2 * page}",  # two printed pages to a sheet
])
def test_a_running_footer_whose_numbers_follow_the_pages_still_goes(footer):
    doc = pdf.read(_journal(6, "Ibid., hlm. {page}.", footer), "sejarah.pdf")
    assert all("Jurnal Kajian Sejarah" not in doc.block_text(b) for b in doc.blocks)


def _one_note_a_page(pages: int, note) -> bytes:
    """Pages of five sentences, the second marked with note k on page k, the note the page's last line (no footer)."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for page in range(pages):
        texts = [text.format(place=PLACES[page]) for text in SENTENCES[page % 5:] + SENTENCES[:page % 5]]
        for k, text in enumerate(texts):
            c.setFont("Times-Roman", 12)
            c.drawString(72, A4[1] - (100 + 18 * k), text)
        c.setFont("Times-Roman", 7)
        c.drawString(72 + stringWidth(texts[1], "Times-Roman", 12), A4[1] - (100 + 18 - 5), str(page + 1))
        c.setFont("Times-Roman", 9)
        c.drawString(72, A4[1] - 760, f"{page + 1} {note(page + 1)}")
        c.showPage()
    c.save()
    return out.getvalue()


@pytest.mark.parametrize("note", [
    lambda n: FIRST_NOTE.rstrip(".") if n == 1 else f"Ibid, hlm {CITED_PAGES[n]}",  # no full stop after the page
    lambda n: FIRST_NOTE.rstrip(".") if n == 1 else f"Wijaya, Sejarah Pelabuhan Nusantara, hlm {CITED_PAGES[n]}",
])
def test_one_note_a_page_numbered_as_the_pages_are_is_no_page_number(note):
    # note k on page k, the page's last line: its number counts as the pages do, as a footer's page number would;
    # it is the number of the note the page's text marks
    doc = pdf.read(_one_note_a_page(6, note), "sejarah.pdf")
    assert [doc.block_text(b).split()[0] for b in doc.blocks if b.kind == "footnote"] == [str(n) for n in range(1, 7)]
    marks = [c for c in footnote_citations(doc) if not c.in_note]
    assert len(marks) == 6 and {(c.authors, c.year) for c in marks} == {(("Wijaya",), "2011")}
