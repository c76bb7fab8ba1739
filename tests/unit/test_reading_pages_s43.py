"""Pages and views read as a browser shows them (session 43, helper "pages"; real pages in ../team/texts28, pages42
and others): each rule tested on a hand-made page in other words than the real one that showed it."""

from __future__ import annotations

from telusur.documents.html import document_from_html


def _text(source: str) -> str:
    return " ".join(document_from_html(source, "a.html", "0").text.split())


# ------------------------------------------------ a card's heading and its one line; the card's button

CARDS = """<html><body><main><h1>Layanan Perpustakaan</h1>
<div class="grid">
  <div class="card"><h3>Peminjaman Buku</h3><p>Pinjam buku cetak untuk dibaca di rumah selama tujuh hari</p>
    <a href="pinjam.php" class="btn btn-primary">Pinjam Sekarang</a></div>
  <div class="card"><h3>Ruang Diskusi</h3><p>Pesan ruang kelompok lewat meja layanan di lantai dua</p></div>
  <div class="card"><h3>Kartu Anggota</h3><p>Cetak ulang kartu yang hilang dengan surat keterangan</p>
    <a href="kartu.php" role="button">Ajukan Kartu</a></div>
  <div class="card"><h3>Koleksi Digital</h3><p>Seputar jurnal daring</p></div>
</div>
<h2>Jam Buka</h2><p>Perpustakaan buka setiap hari kerja mulai pukul delapan pagi sampai pukul empat sore.</p>
</main></body></html>"""


def test_a_link_set_as_a_button_is_a_control_not_text():
    text = _text(CARDS)
    assert "Pinjam Sekarang" not in text and "Ajukan Kartu" not in text
    assert "Pinjam buku cetak untuk dibaca di rumah selama tujuh hari" in text


def test_an_accordion_question_set_as_a_link_stays():
    source = ("<main><a role='button' data-toggle='collapse' aria-expanded='false' href='#j1'>Kapan denda keterlambatan "
              "mulai dihitung?</a><div id='j1' class='collapse'><p>Denda dihitung sejak hari pertama setelah tanggal "
              "kembali yang tertera di kartu.</p></div></main>")
    assert "Kapan denda keterlambatan mulai dihitung?" in _text(source)


def test_a_cards_one_line_is_a_passage_its_heading_titles(course, retriever_of):
    """A card's text is one line without a stop, shaped as a title (retrieval._title_only); its own heading over it
    is the title, the line an answer (a line of SHORT_HEADING_CHARS or fewer: a longer one is never a title's shape).
    A line of three words under its heading ("Seputar jurnal daring") stays out."""
    engine = course({"layanan.html": CARDS})
    query = "Ruang diskusi di perpustakaan dipesan lewat mana?"
    retriever = retriever_of(engine)
    found = retriever.candidates(query, retriever.query_vector(query))
    texts = [engine.index.chunks[i].text for i in found.ids]
    assert "Pesan ruang kelompok lewat meja layanan di lantai dua" in texts
    assert "Cetak ulang kartu yang hilang dengan surat keterangan" in texts
    assert "Seputar jurnal daring" not in texts
