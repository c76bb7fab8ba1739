"""A paragraph of an item the reader did not nest says whose it is: an item's second paragraph ("a. Tabungan
Mudharabah", its text, then "Tabungan ini dikelola …") is headed by that item, and by its list's lead-in when it has
one ("Raspberry Pi 2 model B yang mempunyai bagian antara lain:" / "c. MicroSD Card" over "OS tersebut adalah …"),
as prose under a heading is. Under the section's heading alone such a passage said "tabungan ini" or "OS tersebut"
of nothing (issue 14: PDF and DOCX misses of team set 5 in three documents)."""

from __future__ import annotations

import io

import pytest

from telusur.chunking import chunk_document


def _chunks(paragraphs: list[str], heading: str = "2.1.2. Produk Simpanan"):
    pytest.importorskip("docx")
    import docx as python_docx

    from telusur.documents import docx

    document = python_docx.Document()
    document.add_heading(heading, 2)
    for text in paragraphs:
        document.add_paragraph(text)
    document.add_heading("2.2. Penelitian Terdahulu", 2)
    document.add_paragraph("Beberapa penelitian terdahulu dibahas di bagian ini secara singkat.")
    out = io.BytesIO()
    document.save(out)
    return chunk_document(docx.read(out.getvalue(), "simpanan.docx"))


def _holding(chunks, words: str):
    return next(c for c in chunks if words in c.text)


_TITLED = ["a. Simpanan Berjangka",
           "Simpanan berjangka adalah simpanan yang penarikannya hanya bisa dilakukan pada waktu tertentu saja.",
           "Dananya dikelola penuh oleh bank, misalnya simpanan pendidikan dan simpanan ibadah.",
           "b. Simpanan Harian",
           "Simpanan harian adalah simpanan yang penarikannya dapat dilakukan setiap saat oleh nasabah.",
           "Nasabah menerima bonus setiap akhir bulan sesuai kebijakan bank yang berlaku saat itu."]


def test_an_item_titles_later_paragraphs_are_headed_by_it():
    chunks = _chunks(_TITLED)
    assert _holding(chunks, "dikelola penuh").heading == "a. Simpanan Berjangka"
    assert "a. Simpanan Berjangka" in _holding(chunks, "dikelola penuh").embed_text
    # a titled item's prose runs to the next item or section: the last item's too
    assert _holding(chunks, "bonus setiap akhir bulan").heading == "b. Simpanan Harian"
    # the section stays where the passage sits
    assert "2.1.2. Produk Simpanan" in _holding(chunks, "dikelola penuh").embed_text
    # a footnote the reader left in the text is no item's prose: under the title its words alone would find it
    noted = _chunks(_TITLED[:3] + ["12 Ibid., hlm. 45."] + _TITLED[3:])
    assert _holding(noted, "Ibid.").heading == "2.1.2. Produk Simpanan"
    # a later paragraph opening on the one before ("Simpanan ini …") is one passage with it, under the item's title
    joined = _chunks(_TITLED[:2] + ["Simpanan ini dikelola penuh oleh bank."] + _TITLED[3:])
    assert _holding(joined, "dikelola penuh").text.startswith("a. Simpanan Berjangka")


_PARTS = ["Raspberry Pi 2 model B yang mempunyai bagian antara lain:",
          "a. CPU dan GPU", "Prosessor yang digunakan adalah Quad-core ARM Cortex-A7 dengan kecepatan 900 MHz.",
          "b. Memory (RAM)", "Raspberry Pi 2 model B ini menggunakan RAM sebesar 1 GB.",
          "c. MicroSD Card", "Bagian ini berfungsi untuk tempat memasukkan kartu yang sudah diisi sistem operasi.",
          "Sistem operasi yang didukung adalah Raspbian, Pidora, Arch Linux, OpenELEC dan lainnya.",
          "d. Port HDMI", "Port ini berfungsi untuk menampilkan sistem operasi pada TV yang mempunyai port HDMI."]


def test_an_items_second_paragraph_in_a_list_going_on_is_headed_by_the_item_and_the_lead_in():
    chunks = _chunks(_PARTS, "2.4.1. Perangkat Keras")
    assert _holding(chunks, "Raspbian, Pidora").heading == f"{_PARTS[0]}\nc. MicroSD Card"
    # opening on the paragraph before it ("Sistem operasi tersebut …"), it is one passage with the item and its lead-in
    joined = _chunks([p.replace("yang didukung", "tersebut") for p in _PARTS], "2.4.1. Perangkat Keras")
    said = _holding(joined, "Raspbian, Pidora").text
    assert _PARTS[0] in said and "c. MicroSD Card" in said, said


_PLAIN = ["Fungsi simpanan bagi nasabah antara lain:", "a. Menyimpan uang dengan aman di bank.",
          "b. Merencanakan kebutuhan masa depan keluarga.",
          "Dengan demikian simpanan membantu nasabah mengatur keuangan keluarga dengan lebih baik lagi."]


def test_prose_after_a_lists_last_item_is_no_items():
    # a list of one-line items ends: the paragraph after it is the section's, not its last item's
    assert _holding(_chunks(_PLAIN), "Dengan demikian").heading == "2.1.2. Produk Simpanan"
    # nor when a list opens afresh after it ("a." again)
    fresh = _PLAIN + ["a. Simpanan berjangka untuk kebutuhan pendidikan anak.", "b. Simpanan harian."]
    assert _holding(_chunks(fresh), "Dengan demikian").heading == "2.1.2. Produk Simpanan"
    # the list going on after it ("c."): the paragraph was its last item's second
    going_on = _PLAIN + ["c. Mendapat bagi hasil sesuai nisbah yang disepakati di awal."]
    assert _holding(_chunks(going_on), "Dengan demikian").heading == \
        f"{_PLAIN[0]}\nb. Merencanakan kebutuhan masa depan keluarga."


def test_a_numbered_list_in_a_later_section_after_a_paragraph_is_not_the_earlier_lead_ins():
    # A lead-in's list ends with its section; the next section opens on a paragraph, then items titling prose with
    # the same kind of marker ("1. Menurut …"). The first list's lead-in leads none of them: it is no longer a list
    # going on, and asking whether one resumes there must not be asked of a lead-in that is gone (a crash on four
    # open documents: viin1108's 2.1.1.2, paybarina's "1. Activity Diagram", status-gizi-balita's 2.2,
    # Muthmainnah's "1. 1.5. Pengertian Mysql").
    pytest.importorskip("docx")
    import docx as python_docx

    from telusur.documents import docx

    document = python_docx.Document()
    document.add_heading("2.1. Gizi Balita", 2)
    for text in ["Zat gizi yang dibutuhkan balita terdiri atas beberapa golongan berikut:",
                 "1. Karbohidrat sebagai sumber energi utama bagi tubuh anak.",
                 "2. Protein sebagai zat pembangun jaringan tubuh yang sedang tumbuh."]:
        document.add_paragraph(text)
    document.add_heading("2.2. Gizi Seimbang", 2)
    for text in ["Pedoman gizi seimbang dijelaskan oleh beberapa sumber berikut.",
                 "1. Menurut Proverawati (2009)",
                 "Gizi seimbang adalah susunan makanan sehari-hari yang mengandung zat gizi yang sesuai kebutuhan.",
                 "2. Menurut Almatsier (2009)",
                 "Gizi seimbang adalah makanan yang dikonsumsi dalam jumlah dan jenis yang cukup untuk hidup sehat."]:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    chunks = chunk_document(docx.read(out.getvalue(), "gizi.docx"))
    said = _holding(chunks, "susunan makanan sehari-hari")
    assert said.heading == "2.2. Gizi Seimbang"
    assert "Zat gizi yang dibutuhkan" not in said.embed_text


def test_a_numbered_list_after_two_paragraphs_in_the_same_section_is_not_the_earlier_lead_ins():
    # The same in one section: the first list ends at a paragraph (not at a heading), a second paragraph follows,
    # then items with the same kind of marker. The lead-in is gone where its list ended, and so is its marker
    # (8099f34); with the marker left behind, `lead is not None` alone kept blocks() from asking _list_resumes about
    # a lead-in that is gone (an AttributeError on paybarina's DOCX).
    said = _holding(_chunks(["Zat gizi yang dibutuhkan balita terdiri atas beberapa golongan berikut:",
                             "1. Karbohidrat sebagai sumber energi utama bagi tubuh anak.",
                             "2. Protein sebagai zat pembangun jaringan tubuh yang sedang tumbuh.",
                             "Kedua golongan itu harus ada dalam makanan balita setiap hari.",
                             "Pedoman gizi seimbang dijelaskan oleh beberapa sumber berikut.",
                             "1. Menurut Proverawati (2009)",
                             "Gizi seimbang adalah susunan makanan sehari-hari yang sesuai kebutuhan tubuh.",
                             "2. Menurut Almatsier (2009)",
                             "Gizi seimbang adalah makanan yang dikonsumsi dalam jumlah dan jenis yang cukup."],
                            "2.1. Gizi Balita"), "susunan makanan sehari-hari")
    assert said.heading == "2.1. Gizi Balita"
    assert "Zat gizi yang dibutuhkan" not in said.embed_text


def test_an_item_titles_lead_in_and_the_paragraph_it_introduces_are_one_passage():
    # hubungan-internasional: "A.1 Pengertian serta Tujuan Negara", then "… karakteristik-karakteristik berikut:" and
    # what it introduces. Cut after the lead-in, its paragraph would be a passage under no title, and the lead-in one
    # that says only "sebagai berikut:"
    chunks = _chunks(["1. Pengertian Negara", "Menurut Starke, negara memiliki unsur-unsur pokok sebagai berikut:",
                      "Negara harus memiliki penduduk tetap, wilayah tertentu, pemerintah, dan kemampuan berhubungan "
                      "dengan negara lain.",
                      "2. Tujuan Negara",
                      "Tujuan negara adalah memajukan kesejahteraan umum dan melindungi segenap warganya dengan adil."],
                     "2.1. Negara")
    said = _holding(chunks, "penduduk tetap").text
    assert said.startswith("1. Pengertian Negara") and "unsur-unsur pokok sebagai berikut:" in said, said


def test_a_sub_items_title_stays_with_its_own_paragraph_not_with_the_lead_in_above_it():
    # prosedur-ptk: "2. Tahap Pelaksanaan Penelitian" and its "… sebagai berikut:", then "a. Orientasi" with its
    # paragraph and bullets: a lead-in takes a paragraph or a table under it as its body, never the next item's
    # title, which would leave "Orientasi adalah …" a passage under no title
    chunks = _chunks(["2. Tahap Pelaksanaan Penelitian",
                      "Pelaksanaan penelitian ditempuh peneliti bersama guru mitra. Secara garis besar tahapannya "
                      "adalah sebagai berikut:",
                      "a. Orientasi",
                      "Orientasi adalah studi pendahuluan oleh peneliti dan guru mitra, berupa hal-hal berikut:",
                      "• Menyamakan persepsi antara peneliti dan kepala sekolah tentang penelitian tindakan kelas.",
                      "• Menetapkan siklus dan fokus tindakan bersama guru mitra.",
                      "b. Perencanaan",
                      "Perencanaan adalah penyusunan rencana pembelajaran untuk setiap siklus tindakan."],
                     "3.4. Prosedur Penelitian")
    assert _holding(chunks, "studi pendahuluan").text.startswith("a. Orientasi\n")
    assert "a. Orientasi" not in _holding(chunks, "Tahap Pelaksanaan").text


def test_an_items_third_paragraph_is_headed_by_the_item_and_the_lead_in_as_its_second_is():
    # the list goes on after both of "c. MicroSD Card"'s later paragraphs ("d. Port HDMI"): the third, like the
    # second, says whose it is, and the lead-in still leads "d." after them
    parts = _PARTS[:8] + ["Kartu yang disarankan berkapasitas minimal 8 GB dengan kelas kecepatan 10 atau lebih tinggi."] \
        + _PARTS[8:]
    chunks = _chunks(parts, "2.4.1. Perangkat Keras")
    assert _holding(chunks, "minimal 8 GB").heading == f"{_PARTS[0]}\nc. MicroSD Card"
    assert _holding(chunks, "d. Port HDMI").heading == _PARTS[0]


def test_an_items_later_paragraph_is_said_sentence_by_sentence_under_the_item():
    # its parts (each sentence, searched alone) are said under its heading, the item's title, as the passage is:
    # under the section's title alone, "Contohnya adalah …" said nothing of which deposit
    later = ("Dananya dikelola penuh oleh bank untuk disalurkan kembali kepada nasabah lain yang membutuhkan. "
             "Contohnya adalah simpanan pendidikan anak sekolah dan simpanan untuk ibadah haji keluarga.")
    chunks = _chunks(_TITLED[:2] + [later] + _TITLED[3:])
    from telusur.chunking import chunk_parts

    parts = chunk_parts(_holding(chunks, "Contohnya adalah"))
    assert len(parts) == 2 and all(p.startswith("a. Simpanan Berjangka\n") for p in parts), parts
