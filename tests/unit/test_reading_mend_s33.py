"""Misfires of session 33's reading changes a review found (helper "mendread"): each on a made-up file or row in
words of its own."""

from pathlib import Path

from telusur.documents import read_document


def _texts(path: Path) -> list[tuple[str, str]]:
    doc = read_document(path, path.name)
    return [(b.kind, doc.block_text(b).strip()) for b in doc.blocks]


def test_rows_of_values_in_small_letters_stay_rows_within_a_page_and_at_a_page_split():
    """A table's rows whose first cells are names with capitals and whose other cells are values in small letters
    ("Puskesmas Ciamis | tersedia | memadai" / "Puskesmas Banjar | belum tersedia | kurang") are rows of their own:
    the name going on with a capital is a row split by a page only, under cells that opened a sentence."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from tests.pdf_pages import table_grid
    from telusur.documents import pdf, pdf_tables

    above, below = ["Puskesmas Ciamis", "tersedia", "memadai"], ["Puskesmas Banjar", "belum tersedia", "kurang"]
    assert not pdf_tables.row_goes_on(above, below)
    assert not pdf_tables.row_goes_on(above, below, split=True)
    # an open table's line within a page (the call for every line of a table ruled as APA asks)
    table = pdf_tables.Table(1, 72, 522, 100, 300, header=120.0)
    table.rows = [[["Fasilitas"], ["Ketersediaan"], ["Kondisi"]], [[above[0]], [above[1]], [above[2]]]]
    assert not pdf_tables._goes_on([[below[0]], [below[1]], [below[2]]], 200.0, table)
    # the same row cut by the page, its cells sentences left open, is one row only at the split
    foot, top = ["Sarana dan Prasarana", "Ruang tunggu pasien", "Perlu ditambah"], ["Kesehatan", "cukup luas.", "kursi."]
    assert pdf_tables.row_goes_on(foot, top, split=True) and not pdf_tables.row_goes_on(foot, top)
    table.rows[-1] = [[cell] for cell in foot]
    assert not pdf_tables._goes_on([[cell] for cell in top], 200.0, table)

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    table_grid(c, 640, [["Fasilitas", "Ketersediaan", "Kondisi"], above])
    c.showPage()
    table_grid(c, 72, [below, ["Puskesmas Pangandaran", "tersedia", "baik"]])
    c.showPage()
    c.save()
    doc = pdf.read(out.getvalue(), "fasilitas.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "table"] == [
        "Fasilitas | Ketersediaan | Kondisi\nPuskesmas Ciamis | tersedia | memadai\n"
        "Puskesmas Banjar | belum tersedia | kurang\nPuskesmas Pangandaran | tersedia | baik"]


def test_a_sidebars_widgets_and_a_share_bar_inside_a_posts_container_stay_dropped(tmp_path):
    """A theme may set its sidebar (an <aside> with no class: a heading over a list of categories, an ad) and a bar
    of byline and share buttons (a <header> of spans) inside the post's container beside its paragraphs: neither is
    the post's text. A note box holding a sentence, and the post's header holding its title, are."""
    prose = ("Ikan lele dapat dipelihara di kolam terpal berukuran kecil asalkan airnya diganti secara berkala "
             "setiap minggu.")
    page = f"""<html><head><title>Budidaya Lele</title></head><body><div class="kotak">
<header><h2>Budidaya Lele di Kolam Terpal</h2></header>
<p>{prose}</p>
<aside><p>Catatan: pakan diberikan dua kali sehari, pagi dan sore, sesuai bobot ikan di kolam.</p></aside>
<p>Benih lele ditebar pada sore hari agar tidak stres karena perubahan suhu air yang terlalu cepat.</p>
<aside><h4>Label</h4><ul><li>Perikanan</li><li>Peternakan</li><li>Pertanian</li></ul>
<h4>Promosi</h4><p>Dijual benih lele sangkuriang unggul, pesan sekarang lewat pesan singkat ke nomor kami.</p></aside>
<aside><ul><li><a href="/a">Pakan Alami Lele</a></li><li><a href="/b">Kolam Bioflok Murah</a></li></ul></aside>
<header><span>Ditulis oleh redaksi</span> <span>Sebarkan lewat Facebook Twitter Telegram</span></header>
</div></body></html>"""
    path = tmp_path / "lele.html"
    path.write_text(page, encoding="utf-8")
    blocks = _texts(path)
    texts = " ".join(t for _, t in blocks)
    assert ("heading", "Budidaya Lele di Kolam Terpal") in blocks, blocks
    assert "Catatan: pakan diberikan" in texts, blocks
    for dropped in ("Label", "Perikanan", "Promosi", "Dijual benih", "Pakan Alami", "Ditulis oleh", "Sebarkan"):
        assert dropped not in texts, (dropped, blocks)
