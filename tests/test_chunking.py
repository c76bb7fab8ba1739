"""Chunks follow the text's structure: lists whole with their lead-in, headings with their body."""

from pathlib import Path

import pytest

from conftest import CORPUS
from telusur.chunking import MAX_CHUNK_CHARS, chunk_document
from telusur.documents import read_corpus
from telusur.documents import text as text_reader


@pytest.fixture(scope="module")
def chunks():
    corpus = read_corpus(CORPUS)
    return chunk_document(corpus.documents[0])


def _containing(chunks, text):
    found = [c for c in chunks if text in c.text]
    assert len(found) == 1, f"{text!r} is in {len(found)} chunks"
    return found[0]


@pytest.mark.parametrize("lead_in, items", [
    ("dibedakan dalam empat bentuk, yaitu:", ["1. Kerjasama Multilateral", "2. Kerjasam Regional",
                                              "3. Kerjasama Fungsional", "4. Kerjasama ideologi",
                                              "membenarkan tujuan dari perjuangan kekuasaannya"]),
    ("Ada tiga motif", ["1. Meningkatkan kepentingan nasional", "2. Memelihara perdamaian",
                        "3. Meningkatkan kesejahteraan ekonomi"]),
    ("Defenisi kerjasama :", ["1. Pandangan bahwa dua", "2.Persetujuan", "3. Pandangan atau harapan",
                              "4. Aturan resmi", "5. Transaksi antar negara"]),
    ("tiga tingkatan kerjasama internasional", ["1.Konsensus", "2. Kolaborasi", "3.Integrasi"]),
])
def test_each_list_stays_whole_in_one_chunk(chunks, lead_in, items):
    chunk = _containing(chunks, lead_in)
    for item in items:
        assert item in chunk.text


def test_motives_list_does_not_swallow_the_next_paragraph(chunks):
    motives = _containing(chunks, "Ada tiga motif")
    assert "Konsep kerjasama yang dipakai" not in motives.text


def test_chunks_are_verbatim_slices_with_paragraph_locations(chunks):
    doc = read_corpus(CORPUS).documents[0]
    for c in chunks:
        assert doc.text[c.start:c.end] == c.text
        assert 1 <= c.start_paragraph <= c.end_paragraph
    assert [c.start for c in chunks] == sorted(c.start for c in chunks)


def test_blog_boilerplate_is_gone_and_gives_the_title(chunks):
    assert all("Post a Comment" not in c.text and "Response to" not in c.text for c in chunks)
    assert {c.document for c in chunks} == {"Definisi Kerjasama Internasional"}


def _doc(text, path="t.txt"):
    return text_reader.read(text.encode("utf-8"), path)


def test_long_paragraph_splits_at_sentences_not_at_abbreviations():
    sentence = "Negara-negara bekerja sama dalam bidang ekonomi, sosial, budaya, dll. demi kepentingan bersama. "
    text = sentence * 40
    pieces = chunk_document(_doc(text))
    assert len(pieces) > 1
    for p in pieces:
        assert len(p.text) <= MAX_CHUNK_CHARS
        assert p.text.endswith("bersama.")  # never cut after "dll."
        assert p.start_paragraph == p.end_paragraph == 1


def test_numbered_short_heading_stays_with_its_paragraph_without_lead_in():
    text = "Pembuka yang panjang tentang sesuatu.\n1. Bagian Pertama\nIsi bagian pertama.\n2. Bagian Kedua\nIsi kedua.\n"
    chunks = chunk_document(_doc(text))
    joined = [c for c in chunks if "1. Bagian Pertama" in c.text][0]
    assert "Isi bagian pertama." in joined.text


def test_hard_wrapped_markdown_paragraph_is_one_paragraph():
    text = ("# Judul\n\nIni adalah paragraf yang ditulis dengan baris-baris pendek karena penulisnya\n"
            "memakai editor yang memotong baris secara otomatis pada kolom tertentu.\n\nParagraf kedua.\n")
    chunks = chunk_document(_doc(text, "a.md"))
    assert len(chunks) == 2
    assert chunks[0].heading == "Judul"
    assert "memotong baris" in chunks[0].text and "Paragraf kedua" not in chunks[0].text


def test_a_heading_ending_in_a_colon_leads_its_list():
    from telusur.documents import html

    doc = html.read("<h2>Beberapa definisi para ahli antara lain :</h2><ol><li>Satu definisi.</li>"
                    "<li>Definisi kedua.</li></ol><p>Paragraf lain.</p>".encode(), "a.html")
    [listed] = [c for c in chunk_document(doc) if "Satu definisi" in c.text]
    assert listed.text.startswith("Beberapa definisi para ahli antara lain :") and "Definisi kedua" in listed.text


def test_a_lead_in_closed_by_a_note_mark_leads_its_list():
    # "… antara lain:³" (a note's mark after the colon, as Word sets it in a PDF or DOCX, or <sup> in Markdown) still
    # announces the list under it: lead-in and items are one passage.
    from telusur.documents import markdown

    text = ("# Tunagrahita Ringan\n\nKarakteristik anak tunagrahita ringan dapat ditinjau secara fisik, psikis dan "
            "sosial, antara lain:<sup>3</sup>\n\n1. Karakteristik fisik nampak seperti anak normal.\n"
            "2. Karakteristik sosial, mereka mampu bergaul dengan lingkungan sekitar.\n\nParagraf lain di sini.\n")
    [listed] = [c for c in chunk_document(markdown.read(text.encode(), "a.md")) if "mampu bergaul" in c.text]
    assert listed.text.startswith("Karakteristik anak tunagrahita ringan") and "antara lain:³" in listed.text


def test_a_sentence_cut_into_two_blocks_is_one_passage():
    from telusur.documents import markdown

    doc = markdown.read(("# Tunagrahita\n\nTunagrahita menurut **Amin (1995:15)** anak tunagrahita adalah\n\n"
                         "> anak yang memiliki kecerdasan di bawah rata-rata.\n\n"
                         "Paragraf lain berdiri sendiri.\n").encode(), "a.md")
    [amin] = [c for c in chunk_document(doc) if "Amin" in c.text]
    assert "anak yang memiliki kecerdasan" in amin.text and "Paragraf lain" not in amin.text
    text = ("Beberapa negara membentuk suatu kerjasama internasional\n"
            "“Kerjasama dapat diartikan sebagai seperangkat hubungan” (Dougherty, 1997: 41).\n"
            "paragraf yang ditutup titik.\nlalu huruf kecil.\n")
    chunks = chunk_document(_doc(text))
    assert "internasional\n“Kerjasama dapat diartikan" in chunks[0].text
    assert not any("ditutup titik.\nlalu" in c.text for c in chunks)  # a closed sentence stays where it ends


def test_a_list_item_titling_its_prose_keeps_it_after_another_item():
    # a list opened under an item ("2." then "a.") and an item longer than a short title among titled siblings
    text = ("Tata ruang kantor dibahas di sini.\n2. Prinsip-Prinsip Tata Ruang Kantor\n"
            "a. Penempatan unit kerja yang saling berhubungan\n"
            "Agar koordinasi lebih efektif, unit kerja sebaiknya ditempatkan dekat.\n"
            "b. Alur kerja yang runtut\nPekerjaan idealnya dilakukan berurutan.\n"
            "c. Memberikan peluang lebih besar untuk menarik pelanggan yang baru\n"
            "Klien akan lebih percaya terhadap kantor yang tertata.\n")
    chunks = chunk_document(_doc(text))
    for title, body in (("a. Penempatan unit kerja", "Agar koordinasi"), ("c. Memberikan peluang", "Klien akan")):
        [chunk] = [c for c in chunks if body in c.text]
        assert title in chunk.text


def test_prose_after_a_list_of_untitled_items_is_not_the_last_items_text():
    text = ("Ada tiga motif kerjasama, yaitu:\n1. Kepentingan nasional\n2. Perdamaian\n3. Kesejahteraan ekonomi\n"
            "Konsep kerjasama yang dipakai disini bersifat internasional.\n"
            "Ada dua bentuk, yaitu:\n1. Bilateral\nKerjasama antara dua negara.\n")
    [motives] = [c for c in chunk_document(_doc(text)) if "Ada tiga motif" in c.text]
    assert "Konsep kerjasama" not in motives.text


def test_two_sentences_on_either_side_of_a_long_paragraphs_cut_share_a_passage():
    sentences = [f"Kalimat nomor {n} menjelaskan satu hal tentang kerjasama antarnegara di kawasan Asia Tenggara."
                 for n in range(40)]
    pieces = chunk_document(_doc(" ".join(sentences) + "\n"))
    assert len(pieces) > 1 and all(len(p.text) <= MAX_CHUNK_CHARS for p in pieces)
    for a, b in zip(sentences, sentences[1:]):
        assert any(f"{a} {b}" in p.text for p in pieces), f"{a!r} and the next are in no passage together"


def test_an_item_resuming_the_outer_list_after_a_nested_one_is_not_taken_for_a_new_lists_title():
    # "c." after the bullets nested under "b." goes on with the outer list; the list of bullets does not take in
    # the paragraph under "c." (it made one long passage of two steps).
    text = ("a. Perencanaan\nPeneliti menyusun rencana.\nb. Persiapan\nPersiapan awal adalah sebagai berikut:\n"
            "• Mendiskusikan rencana umum penelitian tindakan kelas bersama peneliti mitra\n"
            "• Menyusun instrumen penelitian\nc. Pelaksanaan Tindakan\n"
            "Peneliti mengambil salah satu bentuk program remedial yaitu pembelajaran ulang.\n")
    [bullets] = [c for c in chunk_document(_doc(text)) if "Menyusun instrumen" in c.text]
    assert "Peneliti mengambil" not in bullets.text


def test_an_item_title_closing_with_a_spelt_out_acronym_keeps_its_paragraph():
    # As a Word document gives them: the item and the paragraph under it are blocks of their own.
    from telusur.documents.model import DocumentBuilder

    b = DocumentBuilder()
    b.add("paragraph", "Teori pendukung dijelaskan di bawah ini.")
    b.add("item", "Entity Relationship Diagram (ERD)", marker="A.")
    b.add("paragraph", "Pemodelan awal basis data yang paling banyak digunakan adalah ERD.")
    b.add("item", "Menurut Sugiyono (2010)", marker="B.")
    b.add("paragraph", "Paragraf lain tentang metode.")
    chunks = chunk_document(b.build("t.docx", "T", "0", "docx"))
    [erd] = [c for c in chunks if "Pemodelan awal" in c.text]
    assert "A. Entity Relationship Diagram (ERD)" in erd.text
    [other] = [c for c in chunks if "Paragraf lain" in c.text]
    # an item naming only who says it heads what it says, as "1. Stoner (1996)" does (the year is no title's
    # bracket: the item is a name and a year and nothing else; tests/unit/test_item_citing_its_paragraph.py)
    assert "B. Menurut Sugiyono (2010)\nParagraf lain" in other.text and other.citations


@pytest.mark.parametrize("name_line", ["**Stoner (1996)**", "Stoner (1996)", "George R. Terry (2006: 4)",
                                       "Menurut Handoko (2012: 8)", "### Stoner (1996)"])
def test_an_author_and_year_line_over_its_definition_is_one_passage_citing_it(name_line):
    from telusur.documents import markdown

    text = (f"## Pengertian Manajemen\n\nBanyak ahli memberi pengertian. Berikut di antaranya.\n\n{name_line}\n\n"
            "Manajemen adalah proses perencanaan, pengorganisasian, kepemimpinan, dan pengendalian.\n\n"
            "Paragraf lain tanpa rujukan.\n")
    for doc in (markdown.read(text.encode(), "a.md"), _doc(text.replace("#", "").replace("*", ""))):
        [definition] = [c for c in chunk_document(doc) if "Manajemen adalah" in c.text]
        assert definition.citations and "Paragraf lain" not in definition.text
        assert name_line.split("(")[1][:4] in definition.citations[0].label  # the year of the line above


@pytest.mark.parametrize("heading", ["## 2.1 Pengertian Motivasi Menurut Santoso (2019)",
                                     "### Motivasi menurut Santoso (2019: 12)"])
def test_a_heading_naming_a_work_cites_it_for_the_text_under_it_that_cites_nothing(heading):
    from telusur.documents import markdown

    text = (f"# Kajian Teori\n\n{heading}\n\nMotivasi adalah dorongan dari dalam diri untuk bertindak.\n\n"
            "Dorongan itu juga dijelaskan oleh ahli lain (Wijaya, 2015).\n\n"
            "## 2.2 Jenis Motivasi\n\nMotivasi terbagi menjadi motivasi intrinsik dan ekstrinsik.\n")
    for doc in (markdown.read(text.encode(), "a.md"), _doc(text.replace("#", ""))):
        chunks = chunk_document(doc)
        [definition] = [c for c in chunks if "Motivasi adalah" in c.text]
        assert [c.label.split(" (")[0] for c in definition.citations] == ["Santoso"]
        [own] = [c for c in chunks if "ahli lain" in c.text]
        assert [c.label for c in own.citations] == ["Wijaya (2015)"]  # its own citation, not the heading's
        [other] = [c for c in chunks if "terbagi" in c.text]
        assert other.citations == ()  # the next section's heading names no work


def test_a_list_item_naming_an_author_and_year_titles_the_definition_under_it():
    text = ("Pendapat para ahli tentang kepemimpinan adalah sebagai berikut:\n\n1. Stoner (1996)\n"
            "Kepemimpinan adalah proses mengarahkan dan mempengaruhi aktivitas anggota kelompok.\n"
            "2. Robbins dan Judge (2008: 49)\nKepemimpinan adalah kemampuan mempengaruhi kelompok.\n")
    [chunk] = [c for c in chunk_document(_doc(text)) if "mengarahkan" in c.text]
    assert "1. Stoner (1996)" in chunk.text and "kemampuan mempengaruhi" in chunk.text
    assert [c.label for c in chunk.citations] == ["Stoner (1996)", "Robbins dan Judge (2008: 49)"]


def test_steps_with_lists_of_their_own_are_passages_of_their_own_citing_the_lead_in():
    # "a." and "b." each open a list under their lead-in: one passage per step, each citing the list's lead-in;
    # the title is never left at the foot of the passage before ("… mencapai tujuan.\nb. Organizing").
    text = ("Fungsi manajemen menurut Terry (2006: 15) yang dikenal dengan POAC, yaitu:\n\n"
            "a. Planning (Perencanaan)\n\n   Perencanaan meliputi kegiatan berikut:\n\n"
            "   - menetapkan tujuan organisasi;\n   - menyusun strategi untuk mencapai tujuan.\n\n"
            "b. Organizing (Pengorganisasian)\n\n   Pengorganisasian meliputi:\n\n"
            "   - membagi pekerjaan;\n   - menetapkan wewenang.\n\n"
            "c. Actuating (Penggerakan)\n\n   Penggerakan adalah menggerakkan anggota kelompok.\n\n"
            "Paragraf penutup tanpa rujukan.\n\n1. Daftar lain\n\nBerikut daftar yang lain:\n\n- satu\n- dua\n")
    for doc in (_doc(text), _doc(text, "t.md")):
        chunks = chunk_document(doc)
        steps = {"a. Planning": "menyusun strategi", "b. Organizing": "menetapkan wewenang",
                 "c. Actuating": "menggerakkan anggota"}
        for title, body in steps.items():
            [chunk] = [c for c in chunks if body in c.text]
            assert chunk.text.index(title) < chunk.text.index(body)
            assert not any(other in chunk.text for other in steps if other != title)
            assert [c.label for c in chunk.citations] == ["Terry (2006: 15)"]
        assert not any(c.text.rstrip().endswith(("b. Organizing (Pengorganisasian)", "c. Actuating (Penggerakan)"))
                       for c in chunks)
        [other] = [c for c in chunks if "Daftar lain" in c.text]
        assert not other.citations  # another list after the prose: the lead-in above is not its own


def test_an_item_resuming_the_outer_list_keeps_its_paragraph():
    text = ("a. Perencanaan\nPeneliti menyusun rencana.\nb. Persiapan\nPersiapan awal adalah sebagai berikut:\n"
            "• Mendiskusikan rencana umum penelitian tindakan kelas bersama peneliti mitra\n"
            "• Menyusun instrumen penelitian\nc. Pelaksanaan Tindakan\n"
            "Peneliti mengambil salah satu bentuk program remedial yaitu pembelajaran ulang.\n")
    chunks = chunk_document(_doc(text))
    [step] = [c for c in chunks if "Peneliti mengambil" in c.text]
    assert step.text.startswith("c. Pelaksanaan Tindakan")
    [bullets] = [c for c in chunks if "Menyusun instrumen" in c.text]
    assert bullets.text.startswith("b. Persiapan")


def test_a_catalogue_rows_picture_source_goes_with_its_row_and_under_a_caption_with_the_caption():
    # A table of pictures read row by row: the picture's source line ("Sumber: www.ikea.com", or "Sumber:" and its
    # site as two blocks), then the name and its description. Never a passage of a site alone.
    from telusur.documents.model import DocumentBuilder

    b = DocumentBuilder()
    b.add("paragraph", "Perabot kantor adalah benda yang dipakai untuk bekerja di kantor.")
    b.add("paragraph", "Gambar Nama Perabot Keterangan")
    b.add("paragraph", "Sumber: www.ikea.com")
    b.add("paragraph", "Stapler Stapler digunakan untuk menyatukan kertas satu dengan kertas lainnya.")
    b.add("paragraph", "Sumber:")
    b.add("paragraph", "toko-alat.blogspot.com")
    b.add("paragraph", "Cutter Cutter digunakan untuk memotong kertas.")
    b.add("paragraph", "Printer menghasilkan salinan cetak dokumen.")
    b.add("paragraph", "Gambar 2.1 Printer laser")
    b.add("paragraph", "Sumber: www.hp.com")
    b.add("paragraph", "Mesin fotokopi menggandakan dokumen dengan cepat.")
    b.add("paragraph", "Sumber: www.canon.co.id")
    b.add("paragraph", "Gambar 2.2 Mesin fotokopi")
    b.add("paragraph", "Sumber: Data primer, diolah.")
    chunks = chunk_document(b.build("t.pdf", "T", "0", "pdf"))
    texts = [" ".join(c.text.split()) for c in chunks]
    assert not any(t.startswith("Sumber") and len(t.split()) <= 2 or t == "toko-alat.blogspot.com" for t in texts)
    assert "Sumber: www.ikea.com Stapler Stapler digunakan untuk menyatukan kertas satu dengan kertas lainnya." in texts
    assert "Sumber: toko-alat.blogspot.com Cutter Cutter digunakan untuk memotong kertas." in texts
    [printer] = [t for t in texts if "Printer menghasilkan" in t]
    assert printer.endswith("Gambar 2.1 Printer laser Sumber: www.hp.com")  # under a caption: with the caption
    assert "Mesin fotokopi menggandakan dokumen dengan cepat. Sumber: www.canon.co.id Gambar 2.2 Mesin fotokopi" in texts
    assert "Sumber: Data primer, diolah." in texts  # no site: where the reader put it, as before


def test_a_figures_labels_go_with_its_caption_and_the_text_introducing_it():
    # A diagram's boxes read as lines of a word or two ("Desain", "Analisis"), then its source line and caption:
    # one passage with the text that shows the figure, never a passage of a lone label.
    from telusur.documents.model import DocumentBuilder

    b = DocumentBuilder()
    b.add("paragraph", "Model air terjun menyediakan pendekatan berurut. Berikut adalah gambar air terjun :")
    for label in ("Sistem/Rekayasa/informasi", "Pengujian", "Pengodean", "Desain", "Analisis"):
        b.add("paragraph", label)
    b.add("paragraph", "Sumber : (Rosa & Shalahuddin, 2016:28)")
    b.add("paragraph", "Gambar II. 2 Ilustrasi Model Waterfall")
    b.add("paragraph", "Arduino Uno")
    b.add("paragraph", "2.3 Papan Arduino")
    b.add("paragraph", "Gambar 2.1 Arduino Mega 2560")
    b.add("paragraph", "Arduino adalah papan mikrokontroler yang mudah diprogram.")
    chunks = chunk_document(b.build("t.docx", "T", "0", "docx"))
    [figure] = [c for c in chunks if "air terjun" in c.text]
    assert "Desain" in figure.text and "Gambar II. 2" in figure.text
    assert [c.label for c in figure.citations] == ["Rosa & Shalahuddin (2016: 28)"]
    assert not any(c.text.strip() in ("Pengujian", "Pengodean", "Desain", "Analisis") for c in chunks)
    assert any(c.text.startswith("2.3 Papan Arduino") for c in chunks)  # a numbered title is no label


def test_a_lead_in_ending_on_yaitu_without_its_colon_leads_its_list():
    # "… tiga ciri yang saling berkaitan, yakni" over its items: the writer left the colon out, the sentence still
    # names what the items are; without the lead-in the items' passage never says what they list
    text = ("Cara Belajar\n\nSebuah pendahuluan tentang kebiasaan belajar siswa di rumah. Menurut pengamatan guru, "
            "kebiasaan belajar yang baik memiliki tiga ciri yang saling berkaitan, yakni\n\n"
            "1. jadwal belajar yang tetap setiap hari\n2. tempat belajar yang tenang\n"
            "3. istirahat singkat di antara dua sesi belajar\n")
    [listed] = [c for c in chunk_document(_doc(text)) if "tempat belajar yang tenang" in c.text]
    assert "tiga ciri yang saling berkaitan, yakni" in listed.text


def test_a_figures_caption_under_a_heading_goes_with_the_prose_under_it():
    # "## 3.2 Kapasitor", its figure's caption, then its prose: the caption is that section's, never the tail of the
    # passage before the heading (whose slice would then hold the heading too), nor a passage alone
    from telusur.documents import markdown

    text = ("# Komponen\n\n## 3.1 Resistor\n\nResistor menghambat arus listrik dalam rangkaian.\n\n## 3.2 Kapasitor\n\n"
            "Gambar 3.2 Kapasitor keramik\n\nKapasitor menyimpan muatan listrik untuk sementara.\n")
    pieces = chunk_document(markdown.read(text.encode(), "k.md"))
    [before] = [c for c in pieces if "Resistor menghambat" in c.text]
    [under] = [c for c in pieces if "Kapasitor menyimpan" in c.text]
    assert "Kapasitor" not in before.text and under.text.startswith("Gambar 3.2 Kapasitor keramik")


def test_a_title_line_over_a_table_is_one_passage_with_it():
    # "Hasil Panen Desa Sukamaju" over its rows, no "Tabel 3" in it: the rows alone never say whose harvest they are
    from telusur.documents import markdown

    text = ("# Panen\n\nHasil Panen Desa Sukamaju\n\n| Tahun | Ton |\n| --- | --- |\n| 2021 | 40 |\n| 2022 | 55 |\n\n"
            "Hasil Panen Desa Sukajadi\n\n| Tahun | Ton |\n| --- | --- |\n| 2021 | 12 |\n| 2022 | 18 |\n")
    pieces = chunk_document(markdown.read(text.encode(), "p.md"))
    [jadi] = [c for c in pieces if "12" in c.text and "18" in c.text]
    assert jadi.text.startswith("Hasil Panen Desa Sukajadi") and "Sukamaju" not in jadi.text


def test_a_list_item_cut_on_an_open_word_runs_on_into_the_paragraph_under_it():
    # "2. Ada pengaruh antara lama belajar dengan" / "nilai ujian siswa kelas VII": a page cut the item's sentence;
    # the paragraph going on in small letters is that item's, one passage with its list
    text = ("Kesimpulan\n\n1. Rata-rata lama belajar siswa adalah dua jam setiap hari.\n"
            "2. Ada pengaruh antara lama belajar dengan\n\nnilai ujian siswa kelas VII di sekolah itu.\n\n"
            "Saran\n\nSekolah sebaiknya memberi jadwal belajar yang tetap.\n")
    [listed] = [c for c in chunk_document(_doc(text)) if "lama belajar dengan" in c.text]
    assert "nilai ujian siswa kelas VII" in listed.text


def test_a_paragraph_ending_inside_a_bracket_it_opened_runs_on_into_the_next():
    # "… sebanyak 3 siswa (" / "3%). Siswa lainnya …": a conversion cut the sentence inside its bracket; the two
    # halves are one passage, so the figure stands with what it counts
    text = ("Hasil\n\nSebagian besar siswa datang tepat waktu dan hanya sedikit yang terlambat, yaitu sebanyak 3 siswa (\n\n"
            "3%). Siswa lainnya datang sebelum bel berbunyi setiap pagi.\n")
    [cut] = [c for c in chunk_document(_doc(text)) if "sebanyak 3 siswa" in c.text]
    assert "3%). Siswa lainnya" in cut.text
