"""Reading kinds of issue 14 found on new real documents by bench/lost_text.py --share --folder read25 (helper
"reading", session 35): each written here as a made-up file of the kind, in words of its own."""

from pathlib import Path

from telusur.chunking import chunk_document
from telusur.documents import read_document


def _blocks(path: Path):
    doc = read_document(path, path.name)
    return doc, [(b.kind, b.level, doc.block_text(b).strip()) for b in doc.blocks]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


BOXES = """# Merawat Tanaman Hias

Siram tanaman setiap pagi.

{% include note.html content="Air hujan lebih baik daripada air ledeng yang mengandung kaporit." %}

{% include callout.html title="Peringatan"
   content="Pupuk kimia yang berlebihan membuat akar membusuk." %}

{{< hint type="warning" title="Tanya Jawab" >}}
Kapan tanaman perlu dipindah ke pot yang lebih besar?
{{< /hint >}}

<!-- {% include note.html content="Bagian ini belum selesai ditulis oleh penyusun." %} -->

{{< figure src="daun.png" title="Daun" >}}

Pangkas daun yang layu seminggu sekali.
"""


def test_a_static_sites_note_box_shows_its_text_and_title(tmp_path):
    """A documentation theme's note written as an include ("{% include note.html content='…' %}") holds its text in a
    parameter, and a box shortcode names its title in one ("{{< hint title='…' >}}"): the reader dropped both (the
    lead's list; the index holds Indonesian Hugo pages with {{< alert title="Catatan" >}}). A tag commented out
    still shows nothing, and a figure's one-word title is still no text."""
    doc, blocks = _blocks(_write(tmp_path, "tanaman.md", BOXES))
    texts = [t for _, _, t in blocks]
    assert "Air hujan lebih baik daripada air ledeng yang mengandung kaporit." in texts
    assert "Peringatan" in texts
    assert "Pupuk kimia yang berlebihan membuat akar membusuk." in texts
    assert "Tanya Jawab" in texts
    assert "Kapan tanaman perlu dipindah ke pot yang lebih besar?" in texts
    assert not any("belum selesai" in t for t in texts)  # commented out
    assert "Daun" not in texts
    assert texts[-1] == "Pangkas daun yang layu seminggu sekali."


CODE = """# Menyiapkan Server

Berkas konfigurasi layanan ditulis seperti ini:

```yaml
layanan: toko
replika: 3

# port yang dibuka:
- 80
- 443
```

Daftar langkah yang ditempel tanpa bahasa tetap daftar:

```
1. Unduh paket
2. Pasang paket
```

Simpan berkas itu sebelum menjalankan server.
"""


def test_fenced_code_with_a_language_keeps_its_lines_as_code(tmp_path):
    """A fence naming its language (```yaml, ```python) is code: its "- 80" lines are the file's, no list items of
    the text (a bootcamp's Marp slides listed a dataset's columns in a Python fence: each became an item, the
    fence's text cut into a paragraph and seven items). A fence with no language stays pasted text, its items items."""
    doc, blocks = _blocks(_write(tmp_path, "server.md", CODE))
    code = [t for k, _, t in blocks if "layanan: toko" in t]
    assert code == ["layanan: toko\nreplika: 3\n\n# port yang dibuka:\n- 80\n- 443"]
    assert [k for k, _, t in blocks if t in ("- 80", "- 443")] == []
    assert [(k, t) for k, _, t in blocks if "paket" in t] == [("item", "1. Unduh paket"), ("item", "2. Pasang paket")]


ASCIIDOC = """= Pengantar Sistem Operasi
Rina Lestari <rina@example.ac.id>
:toc:
:date: 2023-02-14
:imagesdir: gambar

== Proses
Proses adalah program yang sedang dijalankan oleh prosesor.

=== Keadaan Proses
Sebuah proses berpindah di antara beberapa keadaan:

* Siap
+
Proses menunggu giliran memakai prosesor.
* Berjalan
+
Instruksi proses sedang dieksekusi.
* Menunggu

image::diagram-keadaan.png[]

NOTE: Penjadwal menentukan proses siap mana yang berjalan berikutnya.

.Perbandingan penjadwal
|===
|Algoritma |Sifat
|FCFS |tanpa preemption
|Round Robin |dengan kuantum waktu
|===

----
- ini baris kode, bukan butir
----

// catatan penulis: tambahkan contoh
== Memori
Memori utama menyimpan program yang sedang berjalan beserta datanya.
"""


def test_an_asciidoc_note_is_read_as_its_sections_items_and_tables(tmp_path):
    """An AsciiDoc lecture note (read25: a networks course's notes in .adoc) was refused as an unknown file type. Its
    title and "==" sections are headings, the header's author and ":attribute:" lines no text, an item joined by "+"
    to the paragraph under it holds that paragraph, a block macro no text, an admonition's label no text, a "|==="
    table a table, a "----" listing code, a "//" comment nothing."""
    doc, blocks = _blocks(_write(tmp_path, "sistem-operasi.adoc", ASCIIDOC))
    assert doc.title == "Pengantar Sistem Operasi"
    assert ("heading", 2, "Proses") in blocks and ("heading", 3, "Keadaan Proses") in blocks
    texts = [t for _, _, t in blocks]
    assert not any("rina@" in t or "imagesdir" in t or "2023-02-14" in t or "catatan penulis" in t for t in texts)
    assert ("item", 0, "• Siap\nProses menunggu giliran memakai prosesor.") in blocks
    assert ("item", 0, "• Menunggu") in blocks
    assert "Penjadwal menentukan proses siap mana yang berjalan berikutnya." in texts
    assert ("table", 0, "Algoritma | Sifat\nFCFS | tanpa preemption\nRound Robin | dengan kuantum waktu") in blocks
    assert ("paragraph", 0, "- ini baris kode, bukan butir") in blocks
    assert blocks[-1] == ("paragraph", 0, "Memori utama menyimpan program yang sedang berjalan beserta datanya.")
    assert doc.blocks[-1].location.section == ("Pengantar Sistem Operasi", "Memori")


RST = """==================
Ekonomi Pembangunan
==================

:Penulis: Tim Dosen

.. contents:: Daftar Isi

Pertumbuhan Ekonomi
===================

Pertumbuhan ekonomi diukur dari kenaikan produk domestik bruto riil. Lihat
:ref:`indikator lain <indikator>` dan `laman BPS <https://bps.go.id>`_.

.. note::

   Angka nominal harus dikoreksi dengan inflasi lebih dulu.

.. _indikator:

Indikator Kesejahteraan
-----------------------

Indikator yang sering dipakai:

#. Pendapatan per kapita
#. Indeks pembangunan manusia

Menghitung laju pertumbuhan::

    laju = (pdb_baru - pdb_lama) / pdb_lama
    - bukan butir daftar

.. toctree::
   :maxdepth: 1

   bab-dua

..
   Komentar yang tidak tampil bagi pembaca.

Kemiskinan diukur dengan garis kemiskinan [1]_.

.. [1] Ditetapkan setiap tahun oleh BPS.
"""


def test_a_restructuredtext_chapter_is_read_as_its_sections_and_lists(tmp_path):
    """A Sphinx course chapter (read25: a Python course's .rst) was refused as an unknown file type. Its titles, over-
    and underlined, are headings at the levels their styles take; a field a line of text; a role and a link their
    text; a note's body text; "#." items numbered; a literal block after "::" code; a toctree, a link target and a
    comment nothing; a footnote a footnote."""
    doc, blocks = _blocks(_write(tmp_path, "ekonomi.rst", RST))
    assert doc.title == "Ekonomi Pembangunan"
    assert ("heading", 2, "Pertumbuhan Ekonomi") in blocks and ("heading", 3, "Indikator Kesejahteraan") in blocks
    texts = [t for _, _, t in blocks]
    assert "Penulis: Tim Dosen" in texts
    assert ("Pertumbuhan ekonomi diukur dari kenaikan produk domestik bruto riil. Lihat indikator lain dan laman "
            "BPS.") in texts
    assert "Angka nominal harus dikoreksi dengan inflasi lebih dulu." in texts
    assert [t for k, _, t in blocks if k == "item"] == ["1. Pendapatan per kapita", "2. Indeks pembangunan manusia"]
    assert "Menghitung laju pertumbuhan:" in texts
    assert "laju = (pdb_baru - pdb_lama) / pdb_lama\n- bukan butir daftar" in texts
    assert not any("bab-dua" in t or "Komentar" in t or "Daftar Isi" in t or "maxdepth" in t for t in texts)
    assert [k for k, _, t in blocks if "Ditetapkan setiap tahun" in t] == ["footnote"]


CHECKLIST = """# Sesi Dua

Sesudah pertemuan ini, peserta mampu:

✅ Menyusun anggaran sederhana  
✅ Mencatat arus kas harian  
❌ Belum membahas pajak penghasilan

Sampai jumpa minggu depan.
"""


def test_emoji_checks_opening_lines_are_list_items(tmp_path):
    """Slides and notes open a checklist's lines with emoji checks and crosses ("✅ …", "❌ …": read25's Marp bootcamp
    deck, its objectives and best practices): items of the list the lead-in announces, as a Wingdings check's line
    is, not one paragraph. An emoji's presentation selector (U+FE0F after "✔") is no letter of the item's text."""
    doc, blocks = _blocks(_write(tmp_path, "sesi-dua.md", CHECKLIST))
    assert [(k, t) for k, _, t in blocks if k == "item"] == [
        ("item", "✅ Menyusun anggaran sederhana"), ("item", "✅ Mencatat arus kas harian"),
        ("item", "❌ Belum membahas pajak penghasilan")]
    doc, blocks = _blocks(_write(tmp_path, "bekal.txt", "Bekal Praktikum\n\nYang dibawa:\n\n✔\ufe0f Buku catatan\n"
                                                         "✔\ufe0f Kalkulator\n"))
    assert [t for k, _, t in blocks if k == "item"] == ["✔ Buku catatan", "✔ Kalkulator"]


COURSE_APP = """<!DOCTYPE html>
<html lang="id"><head><title>Ekologi Laut</title></head>
<body>
<header class="topbar"><div class="avatar">RA</div><span>Ruang Belajar</span></header>
<main>
  <h1>Ekologi Laut</h1>
  <section>
    <h2>Terumbu karang</h2>
    <div class="card"><h3>Pembentukan karang</h3>
      <p>Karang dibangun oleh polip yang menghasilkan kapur sedikit demi sedikit selama ratusan tahun.</p>
      <a href="#detail-karang" class="text-link">Selengkapnya &rarr;</a></div>
    <div class="card"><h3>Pemutihan karang</h3>
      <p>Suhu laut yang naik membuat karang melepaskan alga yang hidup di dalamnya.</p>
      <a href="#detail-pemutihan" class="text-link">Baca selengkapnya</a></div>
    <p class="empty-state">Tidak ada materi yang cocok dengan pencarianmu.</p>
  </section>
  <section>
    <div class="section-heading"><h2>Kutipan</h2><a href="#semua" class="view-all">Lihat semua</a></div>
    <blockquote><span class="quote-mark">\u201c</span>
      <p>Laut yang sehat menjaga kehidupan di darat.</p></blockquote>
  </section>
</main>
</body></html>
"""


def test_a_course_apps_button_words_are_no_passages(tmp_path):
    """A course web app (read24's sociology app: 95 passages for 74 sentences) shows UI words among its text: a
    card's "Selengkapnya" link to its own detail, a "Lihat semua" link, the user's avatar initials, the message a
    search shows when it finds nothing, a decorative quote mark. Each became a passage of its own; none is text."""
    doc, blocks = _blocks(_write(tmp_path, "ekologi.html", COURSE_APP))
    texts = [t for _, _, t in blocks]
    assert "Karang dibangun oleh polip yang menghasilkan kapur sedikit demi sedikit selama ratusan tahun." in texts
    assert "Laut yang sehat menjaga kehidupan di darat." in texts
    for ui in ("Selengkapnya", "Baca selengkapnya", "Lihat semua", "RA", "\u201c", "Tidak ada materi"):
        assert not any(t == ui or t.startswith(ui + " ") or ui == "Tidak ada materi" and ui in t for t in texts), ui
    assert not any(c.text.strip() in ("\u201c", "RA") or "elengkapnya" in c.text for c in chunk_document(doc))
    doc, blocks = _blocks(_write(tmp_path, "salinan.md", "# Karang\n\nKarang tumbuh lambat.\n\nBaca selengkapnya »\n\n"
                                                          "Selengkapnya tentang karang ada di bab dua.\n"))
    assert [t for _, _, t in blocks] == ["Karang", "Karang tumbuh lambat.", "Selengkapnya tentang karang ada di bab dua."]


# A lecture's slides as a PDF library extracted them, one run of text a line: a heading's first letter set in a
# larger font, its second letter in another, so the word comes out in three pieces
SLIDES = """===== PAGE 1 =====

Pengantar Ekonomi Publik
-
Pertemuan Ketiga
K
e
bijakan Fiskal
Pemerintah memakai pajak dan belanja negara untuk menjaga daya beli di kota
-
kota besar selama masa sulit (2020
-
2022)
, 
dan lapangan kerja tetap terbuka.
P
a
jak Langsung
-
Pajak penghasilan dibayar oleh orang yang menerima penghasilan itu sendiri.

===== PAGE 2 =====

Belanja negara yang naik ketika ekonomi lesu disebut kebijakan fiskal ekspansif.
"""


def test_a_slide_heading_cut_into_three_pieces_is_one_word(tmp_path):
    """Text a PDF library extracted from slides, one span a line, cuts a heading set in three fonts into three pieces
    ("M" / "a" / "nusia", "T" / "e" / "ori": read24's philosophy slides, the lead's list): the letter alone between
    them is the word's, "Kebijakan Fiskal" and "Pajak Langsung" one word each (two pieces were already joined)."""
    doc, blocks = _blocks(_write(tmp_path, "ekonomi-publik.txt", SLIDES))
    text = " ".join(t for _, _, t in blocks)
    assert "Kebijakan Fiskal" in text and "Pajak Langsung" in text
    assert "K e" not in text and "P a" not in text and "\nbijakan" not in doc.text
