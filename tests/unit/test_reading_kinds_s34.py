"""Reading kinds of issue 14 found on new real documents by bench/lost_text.py --share --folder read24 (helper
"reading", session 34): each written here as a made-up file of the kind, in words of its own."""

from pathlib import Path

from telusur.documents import read_document


def _blocks(path: Path):
    doc = read_document(path, path.name)
    return doc, [(b.kind, b.level, doc.block_text(b).strip()) for b in doc.blocks]


# A handout's text as a PDF library writes it, one run of text a line: hyphens, commas and list dashes alone on
# their lines, a word set in two fonts cut in two, a page marker between the pages
SPANS = """===== PAGE 1 =====

Pengantar Ilmu Ekonomi
Kelangkaan
, 
Kebutuhan manusia tidak terbatas sedangkan alat pemuas kebutuhan
terbatas jumlahnya. Karena itu setiap rumah
-
tangga harus memilih barang yang dibeli lebih dulu.
Bapak ilmu ekonomi modern adalah Adam
Smith.
Pasar sering dikatakan sebagai tangan tak terlihat, dan hal itu dik
atakan pula oleh para ekonom klasik.
Tokoh Ekonomi Klasik
-
Adam Smith (1723
-
1790) menulis The Wealth of Nations yang membahas pembagian kerja di pabrik
-
pabrik peniti.
-
David Ricardo (1772
-
1823) menjelaskan keunggulan komparatif dalam perdagangan antar
-
negara.
T
eori Permintaan
Jumlah barang yang diminta turun ketika harganya naik, sedangkan jumlah barang yang diminta naik ketika
harganya turun (
ceteris paribus
).

===== PAGE 2 =====

Pasar persaingan sempurna ditandai oleh banyak penjual dan banyak pembeli sehingga tidak ada yang
mampu menentukan harga sendiri.
"""


def test_a_pdfs_text_written_one_span_a_line_is_read_as_its_sentences_and_items(tmp_path):
    """Text a PDF viewer or library extracted one run a line (bench: read24's philosophy notes, 39.8% of sentences in
    no passage): a hyphen alone inside a word or a range ("rumah" / "-" / "tangga", "(1723" / "-" / "1790)"), a dash
    alone as the next line's list marker, a comma alone ending its line and the line going on after it, "Adam" /
    "Smith." one sentence, "T" / "eori" and "dik" / "atakan" (written whole elsewhere) one word, and the tool's page markers no text. The reader made a paragraph of
    every piece."""
    path = tmp_path / "ekonomi.txt"
    path.write_text(SPANS, encoding="utf-8")
    doc, blocks = _blocks(path)
    texts = [t for _, _, t in blocks]
    assert not any("PAGE" in t for t in texts), blocks
    assert any("setiap rumah-tangga harus memilih barang yang dibeli lebih dulu." in t for t in texts), blocks
    items = [t for k, _, t in blocks if k == "item"]
    assert any(t.startswith("- Adam Smith (1723-1790) menulis The Wealth of Nations") and "pabrik-pabrik peniti."
               in t for t in items), blocks
    assert any(t.startswith("- David Ricardo (1772-1823)") and "antar-negara." in t for t in items), blocks
    assert "Teori Permintaan" in texts, blocks
    assert any("naik ketika harganya turun (ceteris paribus)." in t for t in texts), blocks
    assert any(t.startswith("Kelangkaan, Kebutuhan manusia tidak terbatas") for t in texts), blocks
    assert any("Bapak ilmu ekonomi modern adalah Adam Smith." in t for t in texts), blocks
    assert any("hal itu dikatakan pula oleh para ekonom klasik." in t for t in texts), blocks
    assert not any(t in {"-", ",", "T", "eori Permintaan", "("} for t in texts), blocks
    assert any(t.startswith("Pasar persaingan sempurna ditandai") for t in texts), blocks


def test_a_text_with_a_dash_alone_now_and_then_keeps_its_lines(tmp_path):
    """One or two lone dashes do not make a text of spans: a plain text's rule ("-" between two parts) and its lines
    stay as they were."""
    text = ("Catatan Praktikum Kimia\n\nLarutan garam dibuat dengan melarutkan sepuluh gram garam dapur ke dalam "
            "seratus mililiter air suling.\n-\nLarutan gula dibuat dengan cara yang sama memakai gula pasir.\n")
    path = tmp_path / "praktikum.txt"
    path.write_text(text, encoding="utf-8")
    _, blocks = _blocks(path)
    assert not any("suling.-" in t or "- Larutan gula" in t for _, _, t in blocks), blocks


def test_a_tools_page_markers_are_page_breaks_and_a_sentence_goes_on_over_them(tmp_path):
    """"--- Halaman 2 ---" between the pages of an extracted text (any framing: "=== Page 3 ===", "[Page 4]") is no
    text: a sentence cut by the page turn is one paragraph again, as over pdftotext's form feed."""
    text = ("--- Halaman 1 ---\nSistem irigasi subak di Bali mengatur pembagian air antara petani di satu kawasan\n"
            "--- Halaman 2 ---\nberdasarkan musyawarah yang dipimpin oleh seorang pekaseh.\n"
            "Subak diakui sebagai warisan budaya dunia oleh UNESCO pada tahun 2012.\n--- Halaman 3 ---\n"
            "Setiap subak memiliki pura tempat petani mengadakan upacara sebelum menanam.\n")
    path = tmp_path / "subak.txt"
    path.write_text(text, encoding="utf-8")
    _, blocks = _blocks(path)
    texts = [t for _, _, t in blocks]
    assert not any("Halaman" in t for t in texts), blocks
    assert any("satu kawasan berdasarkan musyawarah yang dipimpin oleh seorang pekaseh." in t for t in texts), blocks


def test_obsidian_block_ids_are_not_read_as_text(tmp_path):
    """Obsidian's block id ("^a1b2c3" after a line, or on a line of its own under a list) marks a block another note
    links to and is hidden when the note is read: the reader kept it in the item's text ("… S ^0416ed"). A power
    written "x^2" and a footnote's mark "[^1]" are no block ids."""
    note = ("# Deret Geometri\n\nSuatu deret disebut geometri bila:\n"
            "1. rasio antarsuku selalu tetap ^rasio-tetap\n2. suku pertama tidak sama dengan nol ^a7f3c1\n\n"
            "- jumlah tak hingga ada bila nilai mutlak rasio kurang dari satu\n- contoh: 1 + 1/2 + 1/4\n\n^daftar-syarat\n\n"
            "Luas persegi dengan sisi x adalah x^2 menurut rumus yang sudah dikenal[^1].\n\n[^1]: Dari buku paket kelas X.\n")
    path = tmp_path / "deret.md"
    path.write_text(note, encoding="utf-8")
    _, blocks = _blocks(path)
    texts = [t for _, _, t in blocks]
    assert not any("^rasio" in t or "^a7f3c1" in t or "^daftar" in t for t in texts), blocks
    assert any(t.endswith("rasio antarsuku selalu tetap") for t in texts), blocks
    assert any("adalah x^2 menurut rumus" in t for t in texts), blocks
    assert any(k == "footnote" and "buku paket" in t for k, _, t in blocks), blocks


def test_a_posts_note_box_of_a_lead_in_over_its_points_is_read(tmp_path):
    """An <aside> among a post's paragraphs holding only a lead-in closed by a colon over a list of its points
    ("Yang perlu disiapkan:" / items) is the post's note box, read as a note with a sentence is (the lead's list of
    2026-12-06 20:30: dropped since the box had to hold a sentence). A sidebar's heading over links stays dropped."""
    prose = ("Membuat tempe di rumah hanya memerlukan kedelai, ragi tempe, dan tempat yang hangat selama dua hari "
             "penuh.")
    page = f"""<html><head><title>Membuat Tempe</title></head><body><div class="wadah">
<h1>Membuat Tempe Sendiri</h1>
<p>{prose}</p>
<aside><p>Yang perlu disiapkan:</p><ul><li>satu kilogram kedelai kupas</li><li>satu sendok teh ragi tempe</li>
<li>daun pisang atau plastik berlubang</li></ul></aside>
<p>Kedelai direbus sampai lunak lalu didinginkan sebelum ragi ditaburkan secara merata ke seluruh biji.</p>
<aside><h4>Resep Lain</h4><ul><li><a href="/tahu">Tahu Bacem</a></li><li><a href="/oncom">Oncom Goreng</a></li></ul></aside>
</div></body></html>"""
    path = tmp_path / "tempe.html"
    path.write_text(page, encoding="utf-8")
    _, blocks = _blocks(path)
    texts = " ".join(t for _, _, t in blocks)
    assert "Yang perlu disiapkan:" in texts and "ragi tempe" in texts and "daun pisang" in texts, blocks
    assert "Resep Lain" not in texts and "Tahu Bacem" not in texts, blocks


def test_a_docs_sites_titled_containers_and_content_tabs_read_their_titles_not_their_markup(tmp_path):
    """A documentation site's admonition with a title (Docusaurus ":::tip[Judul]" and ":::tip Judul", VitePress
    "::: warning Judul") and MkDocs' content tab ('=== "Judul"' over its text set in four spaces): the title is a
    line of text, the marker markup. The reader kept ":::tip …" run into the box's first sentence and the tab's
    '=== "…"'. A pandoc div's marker ("::: {.catatan}") and ":::" alone stay dropped."""
    note = """# Kurva Penawaran

Kurva penawaran menunjukkan hubungan antara harga barang dan jumlah yang ditawarkan produsen.

:::tip[Ingat hukum penawaran]
Semakin tinggi harga, semakin banyak barang yang ditawarkan produsen ke pasar.
:::

::: warning Salah kaprah
Pergeseran kurva berbeda dengan pergerakan di sepanjang kurva yang sama.
:::

=== "Jangka pendek"

    Dalam jangka pendek produsen hanya dapat menambah tenaga kerja.

=== "Jangka panjang"

    Dalam jangka panjang semua faktor produksi dapat diubah.

::: {.catatan}
Contoh soal ada di pertemuan berikutnya.
:::
"""
    path = tmp_path / "penawaran.md"
    path.write_text(note, encoding="utf-8")
    _, blocks = _blocks(path)
    texts = [t for _, _, t in blocks]
    for title in ("Ingat hukum penawaran", "Salah kaprah", "Jangka pendek", "Jangka panjang"):
        assert title in texts, (title, blocks)
    assert any(t.startswith("Semakin tinggi harga") for t in texts), blocks
    assert any(t.startswith("Dalam jangka pendek produsen") for t in texts), blocks
    assert not any(":::" in t or "===" in t or ".catatan" in t for t in texts), blocks


def test_a_closing_flourish_framed_by_dashes_is_a_line_of_text_not_a_list_item(tmp_path):
    """"- Selesai -" closing a Markdown handout is centred text framed by dashes (the lead's list of 2026-12-06
    20:30): Markdown read it as a list item "Selesai -". A list item that only holds a dash inside stays an item."""
    note = ("# Penutup\n\nDemikian rangkuman tentang pajak penghasilan yang dapat dibahas pada pertemuan ini.\n\n"
            "- Sekian dan terima kasih -\n\n-- Tamat --\n\n- tarif progresif - dikenakan bertingkat\n")
    path = tmp_path / "pajak.md"
    path.write_text(note, encoding="utf-8")
    _, blocks = _blocks(path)
    assert ("paragraph", 0, "Sekian dan terima kasih") in blocks, blocks
    assert ("paragraph", 0, "Tamat") in blocks, blocks
    assert any(k == "item" and "tarif progresif - dikenakan bertingkat" in t for k, _, t in blocks), blocks


def test_a_markdown_notes_table_of_contents_is_left_out_as_a_pages_is(tmp_path):
    """A Markdown note's table of contents, a list of links to its own headings ("- [Sejarah Singkat](#sejarah-
    singkat)"), is no text: the headings are (the HTML reader already leaves a page's out). A list whose items say
    something besides a link, or link elsewhere, stays."""
    note = """# Candi Borobudur

## Daftar Isi
1. [Sejarah Singkat](#sejarah-singkat)
2. [Arsitektur](#arsitektur)
3. [Relief](#relief)

## Sejarah Singkat

Candi Borobudur dibangun pada masa Dinasti Syailendra sekitar abad kedelapan dan kesembilan Masehi.

## Arsitektur

Candi ini berbentuk punden berundak dengan sepuluh tingkat yang melambangkan tahapan kehidupan.

## Relief

Bacaan lanjutan:
- [Relief Karmawibhangga](#relief) menggambarkan hukum sebab akibat dalam ajaran Buddha.
- [Situs resmi](https://borobudurpark.com) taman wisata candi.
"""
    path = tmp_path / "borobudur.md"
    path.write_text(note, encoding="utf-8")
    _, blocks = _blocks(path)
    items = [t for k, _, t in blocks if k == "item"]
    assert not any(t.endswith(("Sejarah Singkat", "Arsitektur", "Relief")) for t in items), blocks
    assert any("hukum sebab akibat" in t for t in items) and any("taman wisata" in t for t in items), blocks


def test_a_code_spans_asterisks_and_underscores_are_what_it_shows(tmp_path):
    """A lesson on Markdown or on Python writes its syntax in code spans ("`**`", "`__init__`"): the reader took
    their asterisks and underscores for stray emphasis and dropped them (a table of the syntax read "Tebal |  |").
    Emphasis itself still reads as its words."""
    note = """# Sintaks Dasar

| Gaya | Sintaks | Contoh |
|---|---|---|
| Tebal | `**` | kata **penting** |
| Miring | `_` | kata _lain_ |

Di Python, konstruktor kelas ditulis sebagai metode `__init__` yang dipanggil saat objek dibuat.
"""
    path = tmp_path / "sintaks.md"
    path.write_text(note, encoding="utf-8")
    _, blocks = _blocks(path)
    table = next(t for k, _, t in blocks if k == "table")
    assert "Tebal | ** | kata penting" in table and "Miring | _ | kata lain" in table, blocks
    assert any("metode __init__ yang dipanggil" in t for _, _, t in blocks), blocks


def test_a_plain_texts_code_brackets_and_bare_steps_are_no_text_of_spans(tmp_path):
    """Brackets and parentheses alone on their lines are code's (a course note's snippets), not a PDF extractor's
    marks: the note is no span-per-line text, so its code keeps its lines and a bare list of steps is not glued into
    one sentence (review12 F16: three lone ")" / "]" made every line in small letters join the line above)."""
    note = ("Materi 5: Fungsi di JavaScript\n\nFungsi dipanggil dengan menuliskan namanya.\n\nconst nilai = [\n"
            "  80,\n  75,\n]\nconst siswa = {\n  nama: 'Andi',\n}\ntampilkan(\n  nilai\n)\nhitung(\n  siswa\n)\n\n"
            "Urutan mengerjakan tugas:\nbuka editor kode\nsalin contoh di atas\njalankan di peramban\n")
    path = tmp_path / "fungsi.txt"
    path.write_text(note, encoding="utf-8")
    _, blocks = _blocks(path)
    texts = [t for _, _, t in blocks]
    assert "buka editor kode" in texts and "jalankan di peramban" in texts, blocks
    assert not any("80," in t and "]" in t for t in texts), blocks


def test_a_poems_dashes_between_its_lines_are_no_text_of_spans(tmp_path):
    """Dashes alone between a poem's lines or a recipe's steps (nothing cut at them: no doubled word, no number range
    over the dash) leave the lines as they were; a PDF's text cut at its hyphens is still read (the test above)."""
    poem = ("Puisi Pilihan\n\nSawah di Kaki Bukit\n-\nburung pipit terbang rendah\npetani menanam sambil bernyanyi\n-\n"
            "air mengalir ke petak paling bawah\nmatahari condong ke barat\n-\nanak-anak pulang membawa layang\n"
            "tawa mereka tertinggal di pematang\n-\n")
    path = tmp_path / "puisi.txt"
    path.write_text(poem, encoding="utf-8")
    _, blocks = _blocks(path)
    texts = [t for _, _, t in blocks]
    assert "burung pipit terbang rendah" in texts and "matahari condong ke barat" in texts, blocks
    assert not any("-burung" in t or "-air" in t for t in texts), blocks


def test_a_forms_field_with_a_dash_for_none_stays_its_item(tmp_path):
    """"- NPWP: -" is a form's field left empty with a dash, not a flourish framed by dashes ("- Selesai -"): it stays
    an item with its dash (review12 F17: it ran into the item above and lost its "-"); an item ending in a dash among
    items of its marker stays an item too."""
    form = ("# Data Peserta Pelatihan\n\n- Nama peserta: Dewi Lestari\n- NPWP: -\n- Nomor KTP : -\n"
            "- Instansi: Dinas Pertanian\n\nPeralatan dibawa:\n\n- Laptop -\n- Alat tulis\n\n- Terima kasih -\n")
    path = tmp_path / "peserta.md"
    path.write_text(form, encoding="utf-8")
    _, blocks = _blocks(path)
    items = [t for k, _, t in blocks if k == "item"]
    assert any(t.endswith("NPWP: -") for t in items) and any(t.endswith("Nomor KTP : -") for t in items), blocks
    assert any(t.endswith("Nama peserta: Dewi Lestari") for t in items), blocks
    assert any(t.endswith("Laptop -") for t in items), blocks
    assert ("paragraph", 0, "Terima kasih") in blocks, blocks
