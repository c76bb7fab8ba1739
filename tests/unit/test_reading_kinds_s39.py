"""Reading and chunking kinds team set 24 and the Left list showed (session 39, helper "reading"): each rule tested on
a hand-made document in other words than the real one that showed it."""

from __future__ import annotations

from telusur.chunking import chunk_document
from telusur.documents import read_document
from telusur.documents.markdown import read_markdown


def _file(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path, name)


def _md(source: str, name: str = "a.md"):
    return read_markdown(source.encode("utf-8"), name, "md")


def _chunks(doc) -> list[str]:
    return [c.text for c in chunk_document(doc)]


# ------------------------------------------------ a site's lesson text kept as a JavaScript data file, saved as .txt

DATA = """export const materiKoperasi = [
  {
    slug: "koperasi-sekolah",
    gambar: "koperasi.png",
    judul: "Koperasi Sekolah",
    isi: [
      "Koperasi sekolah adalah koperasi yang anggotanya para siswa. Modalnya berasal dari simpanan pokok dan simpanan wajib anggota. Jenis simpanan anggota yaitu:",
      [
        "Simpanan pokok, dibayar sekali saat mendaftar",
        'Simpanan wajib, dibayar setiap bulan',
      ],
    ],
  },
  {
    slug: "shu",
    judul: "Sisa Hasil Usaha",
    isi: ["Sisa hasil usaha dibagikan kepada anggota setiap akhir tahun buku sesuai jasa masing-masing anggota."],
  },
];
"""


def test_a_javascript_data_file_saved_as_text_reads_as_the_lesson_it_holds(tmp_path):
    doc = _file(tmp_path, "koperasi.txt", DATA)
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"] == ["Koperasi Sekolah", "Sisa Hasil Usaha"]
    chunks = chunk_document(doc)
    first = next(c for c in chunks if "simpanan pokok dan simpanan wajib" in c.text)
    # the lead-in and its list in one passage, under its title; no key, quote, id or picture name in the text
    assert "Simpanan wajib, dibayar setiap bulan" in first.text and first.location.section[-1] == "Koperasi Sekolah"
    assert not any(w in doc.text for w in ('judul', 'isi:', '"', "koperasi.png", "koperasi-sekolah", "materiKoperasi"))


PAGES = """const bab1 = {
  id: "ipa-b1",
  page: `
    <div class="materi">
      <h2 class="judul-bab">Zat dan Wujudnya</h2>
      <h3 class="sub">A.	Wujud Zat</h3>
      <p class="isi">Zat adalah segala sesuatu yang menempati ruang dan memiliki massa. Wujud zat ada tiga macam.</p>
    </div>
  `,
}
module.exports = { bab1 };
"""


def test_a_data_files_pages_written_in_html_read_as_pages_without_the_files_code(tmp_path):
    """Its strings are web pages: read as HTML it kept "const bab1 = { id: "ipa-b1", page:" as text."""
    doc = _file(tmp_path, "ipa.txt", PAGES)
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"] == ["Zat dan Wujudnya", "A. Wujud Zat"]
    assert not any(w in doc.text for w in ("const", "ipa-b1", "module.exports", "page:"))


def test_a_program_opening_with_a_bracket_is_no_data_file(tmp_path):
    """Code in a .txt stays as the plain reader shows it: a literal followed by statements is a program."""
    program = 'const nama = ["Budi Santoso", "Siti Aminah"];\nfor (const n of nama) {\n  console.log("Halo " + n);\n}\n'
    doc = _file(tmp_path, "program.txt", program)
    assert "console.log" in doc.text


def test_brackets_nested_past_any_lesson_are_read_as_plain_text(tmp_path):
    """A text opening with thousands of nested brackets (a dump, a fuzzed file) is no data file: read as the plain
    text it is, never a reader's crash."""
    doc = _file(tmp_path, "kurung.txt", "[" * 5000 + " Catatan tentang tanah liat dan bata merah.")
    assert "tanah liat" in doc.text


# ------------------------------------------------ a page's whole text set inside one heading element for its size

PAGE_IN_HEADING = """<html><body><div class="isi"><h2>Ekosistem</h2>
<h4 class="teks-besar">
<b>A. Komponen Ekosistem</b><br><br>
Ekosistem tersusun atas komponen biotik dan abiotik yang saling memengaruhi. Komponen biotik adalah semua makhluk
hidup. Komponen abiotik adalah benda tak hidup seperti air, tanah, udara dan cahaya matahari.<br><br>
<b>B. Rantai Makanan</b><br><br>
Rantai makanan adalah peristiwa makan dan dimakan dengan urutan tertentu. Produsen selalu menempati urutan pertama.
</h4></div></body></html>"""


def test_a_heading_element_holding_the_pages_sentences_is_read_as_its_text(tmp_path):
    doc = _file(tmp_path, "ekosistem.html", PAGE_IN_HEADING)
    headings = [doc.block_text(b) for b in doc.blocks if b.kind == "heading"]
    assert all(len(h.split()) < 8 for h in headings)
    assert any("Produsen selalu menempati urutan pertama." in c for c in _chunks(doc))


def test_a_long_heading_of_one_sentence_stays_a_heading(tmp_path):
    title = ("Pengaruh Model Pembelajaran Berbasis Masalah terhadap Kemampuan Berpikir Kritis Siswa Kelas VIII pada "
             "Materi Sistem Pencernaan Manusia di Sekolah Menengah Pertama Negeri Satu Kota Bandung Tahun Ajaran "
             "Dua Ribu Dua Puluh Tiga sampai Dua Ribu Dua Puluh Empat dan Implikasinya")
    doc = _file(tmp_path, "judul.html", f"<html><body><h1>{title}</h1><p>{'Kata pengantar singkat. ' * 3}</p>"
                                        "</body></html>")
    assert doc.block_text(doc.blocks[0]) == title and doc.blocks[0].kind == "heading"


# ------------------------------------------------ a server template's code in a saved page

TEMPLATE = """@extends('tata_letak.utama')

@section('isi')
<div class="materi">
  <h2>Gaya Gravitasi</h2>
  <img src="{{ asset('img/apel.png') }}">
  <p>Gaya gravitasi adalah gaya tarik-menarik antara dua benda yang bermassa. Besarnya bergantung pada massa.</p>
  @if ($siswa->selesai)
  <p>Selamat, bab ini sudah selesai.</p>
  @endif
</div>
@endsection
"""


def test_a_blade_templates_directives_are_no_text_of_the_page(tmp_path):
    doc = _file(tmp_path, "gravitasi.html", TEMPLATE)
    assert "@" not in doc.text and "asset(" not in doc.text and "{{" not in doc.text
    assert doc.block_text(doc.blocks[0]) == "Gaya Gravitasi"
    assert "Selamat, bab ini sudah selesai." in doc.text  # the text inside a condition is the page's


def test_tex_braces_in_a_page_stay(tmp_path):
    doc = _file(tmp_path, "rumus.html", "<html><body><p>Vektor ditulis \\(\\mathbf{{v}}\\) dengan huruf tebal "
                                        "pada buku ini.</p></body></html>")
    assert "mathbf{{v}}" in doc.text


# ------------------------------------------------ an FAQ accordion's question, written as a button over its panel

FAQ = """## Tanya Jawab Gizi

<button class="accordion">Mengapa sarapan penting bagi pelajar?</button>
<div class="panel">
  <p>Sarapan memberi energi untuk berpikir dan beraktivitas pada pagi hari sehingga konsentrasi belajar terjaga.</p>
</div>
<button class="accordion">Berapa gelas air yang perlu diminum sehari?</button>
<div class="panel"><p>Sekitar delapan gelas, lebih banyak bila cuaca panas atau sesudah berolahraga.</p></div>
<form><button type="submit">Kirim</button></form>
"""


def test_an_accordions_question_heads_the_answer_in_its_panel():
    doc = _md(FAQ, "gizi.md")
    chunks = chunk_document(doc)
    answer = next(c for c in chunks if c.text.startswith("Sekitar delapan gelas"))
    assert answer.location.section[-1] == "Berapa gelas air yang perlu diminum sehari?"
    assert "Kirim" not in doc.text  # a control's label stays out


# ------------------------------------------------ the Left list's kinds (session 38)

TIPS = """## Merawat Sepeda

1.  **Membersihkan Rantai** Rantai yang kotor cepat aus, jadi bersihkan dengan sikat dan minyak tipis.

2.  **Memeriksa Tekanan Ban** Ban yang kurang angin membuat kayuhan berat dan mudah bocor.

**Pasal** 5 ayat 2 berlaku juga.
"""


def test_a_bold_item_title_running_into_its_text_is_set_apart_from_it():
    doc = _md(TIPS)
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "item"]
    assert items == ["1. Membersihkan Rantai: Rantai yang kotor cepat aus, jadi bersihkan dengan sikat dan minyak tipis.",
                     "2. Memeriksa Tekanan Ban: Ban yang kurang angin membuat kayuhan berat dan mudah bocor."]
    assert "Pasal 5 ayat 2 berlaku juga." in doc.text  # a name's rest, no sentence: no title run in


PARTS_WITH_EXAMPLES = """## Unsur Berita

1. Judul
Kepala berita yang menarik pembaca.

Contoh:

1. Banjir Rendam Tiga Desa
2. Harga Cabai Naik Lagi

2. Teras
Paragraf pertama yang memuat inti berita.
"""


def test_a_parts_number_stays_as_written_after_an_example_list_that_runs_on():
    """CommonMark joins "2. Teras" to the examples' list above it (a blank line apart) and counts it "3."."""
    doc = _md(PARTS_WITH_EXAMPLES)
    firsts = [doc.block_text(b).split("\n")[0] for b in doc.blocks if b.kind == "item"]
    assert "2. Teras" in firsts and "3. Teras" not in firsts


def test_a_lazy_numbered_list_is_still_counted():
    doc = _md("Langkah:\n\n1. Cuci tangan\n1. Keringkan tangan\n1. Pakai sarung tangan\n")
    assert [b.marker for b in doc.blocks if b.kind == "item"] == ["1.", "2.", "3."]
    # a converter's lazy list resumed at 8 ("1." seven times, then "8." on each item after): counted on
    resumed = "".join(f"1. Bab {k}\n\n" for k in range(1, 8)) + "".join(f"8. Bab {k}\n\n" for k in range(8, 11))
    doc = _md(resumed)
    assert [b.marker for b in doc.blocks if b.kind == "item"] == [f"{k}." for k in range(1, 11)]


def test_emoji_decorating_a_heading_are_no_part_of_the_section_name():
    doc = _md("# 🌱 Fotosintesis\n\n## ⚡ Reaksi Terang 🔆\n\nReaksi terang terjadi di membran tilakoid.\n")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"] == ["Fotosintesis", "Reaksi Terang"]
    assert doc.title == "Fotosintesis"
