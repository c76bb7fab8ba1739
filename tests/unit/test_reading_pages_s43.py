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


# ------------------------------------------------ a responsive page's two copies of its text; a pasted twin

PARAGRAPH = ("Fotosintesis mengubah energi cahaya menjadi energi kimia yang tersimpan dalam glukosa, dengan air dan "
             "karbon dioksida sebagai bahan bakunya.")


def test_a_page_written_once_for_wide_screens_and_once_for_phones_is_read_once():
    source = (f"<body><section class='hidden lg:block'><h2>Fotosintesis</h2><p>{PARAGRAPH}</p>"
              f"<ul><li>Reaksi terang terjadi di membran tilakoid dan menghasilkan oksigen.</li></ul></section>"
              f"<section class='block lg:hidden'><h2>Fotosintesis</h2><p>{PARAGRAPH}</p>"
              f"<ul><li>Reaksi terang terjadi di membran tilakoid dan menghasilkan oksigen.</li></ul></section></body>")
    text = _text(source)
    assert text.count("Fotosintesis mengubah energi cahaya") == 1
    assert text.count("membran tilakoid") == 1


def test_the_copy_kept_is_the_one_the_walk_reads():
    """A menu or a hidden part holding the same words first leaves the later copy, in the text, the one read."""
    source = (f"<body><div hidden><p>{PARAGRAPH}</p></div><main><h1>Fotosintesis</h1><p>{PARAGRAPH}</p></main></body>")
    assert _text(source).count("Fotosintesis mengubah energi cahaya") == 1


def test_short_lines_repeated_are_no_copies():
    """A table's cells, a label written under each question ("Jawaban:") repeat on purpose."""
    source = ("<body><h1>Latihan</h1><p>Soal pertama tentang gaya gesek pada bidang miring.</p><p>Jawaban: benar</p>"
              "<p>Soal kedua tentang gaya normal pada lantai datar.</p><p>Jawaban: benar</p></body>")
    assert _text(source).count("Jawaban: benar") == 2


# ------------------------------------------------ a framework's placeholder standing alone

def test_a_placeholder_filling_its_line_or_element_is_template_code():
    source = ("<body>\n{page_rendered_in}\n<h1>{{judul_bab}}</h1><h2>Tekanan Udara</h2>"
              "<p>Tekanan udara berkurang seiring bertambahnya ketinggian tempat dari permukaan laut.</p>"
              "<p>@{{ pesan }}</p><p>Rumus tekanan hidrostatis ditulis p = {rho} g h pada buku ini.</p></body>")
    text = _text(source)
    assert "{page_rendered_in}" not in text and "judul_bab" not in text and "pesan" not in text and "@" not in text
    assert "p = {rho} g h" in text  # inside a sentence: the text's own braces


# ------------------------------------------------ an empty <article> beside the text

def test_an_empty_article_is_no_main_element_and_the_site_around_stays_out():
    source = ("<body><header class='site-header'><p>Portal Belajar Mandiri untuk semua siswa sekolah menengah di "
              "seluruh negeri.</p></header><nav><a href='/'>Beranda</a></nav><article></article>"
              "<div class='isi'><h2>Tekanan Udara</h2><p>Tekanan udara berkurang seiring bertambahnya ketinggian tempat "
              "dari permukaan laut.</p></div><footer><p>Hak cipta dilindungi dan semua isi situs ini milik penerbitnya "
              "sendiri.</p></footer></body>")
    text = _text(source)
    assert "Tekanan udara berkurang seiring bertambahnya ketinggian" in text
    assert "Portal Belajar Mandiri" not in text and "Hak cipta" not in text


def test_a_paragraph_restated_under_another_heading_stays():
    source = (f"<body><h1>Fotosintesis</h1><p>{PARAGRAPH}</p><h2>Ringkasan</h2><p>{PARAGRAPH}</p></body>")
    assert _text(source).count("Fotosintesis mengubah energi cahaya") == 2


def test_a_paragraph_pasted_twice_in_its_part_is_read_once():
    source = (f"<body><h1>Fotosintesis</h1><p>{PARAGRAPH}</p><p><em>Apa bahan baku fotosintesis?</em></p>"
              f"<p>{PARAGRAPH}</p><h2>Ringkasan</h2><p>Tumbuhan hijau membuat makanannya sendiri.</p></body>")
    assert _text(source).count("Fotosintesis mengubah energi cahaya") == 1


# ------------------------------------------------ a component's module saved as a page

def test_a_components_module_code_around_its_markup_is_left_out():
    source = """import Layout from '../components/layout'
import { useState } from 'react'

export default function Cuaca() {
  const [buka, setBuka] = useState(false)
  return (
    <Layout>
      {/* <Banner judul="lama" /> */}
      <h1 className="text-2xl">Musim Hujan</h1>
      <p className="mt-2">Musim hujan di Indonesia biasanya berlangsung dari bulan Oktober sampai bulan Maret.</p>
    </Layout>
  )
}

// export async function getStaticProps() { return { props: {} } }
"""
    text = _text(source)
    assert text.startswith("Musim Hujan Musim hujan di Indonesia biasanya berlangsung")
    assert text.endswith("sampai bulan Maret.")
    assert "import" not in text and "useState" not in text and "Banner" not in text and "export" not in text


def test_a_page_opening_with_words_not_code_keeps_them():
    source = "Constanta adalah nama kota pelabuhan.\n<p>Kota itu terletak di tepi Laut Hitam dan ramai dikunjungi.</p>"
    assert _text(source).startswith("Constanta adalah nama kota pelabuhan.")
