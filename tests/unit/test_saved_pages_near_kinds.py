"""Last session's rules for saved pages and notes (test_saved_pages.py) on the texts next to the ones they aim at: a
table of views and comments is no byline, a line of "(ii)" no news desk's initials, a title with a subtitle over its
author a title, a Markdown link to a note no wiki link."""

from tests.unit.test_typed_lists import _read  # a text written to a file and read

PROSE = "Penelitian ini menganalisis video edukasi di YouTube yang diunggah guru selama tahun 2021 dan 2022."
ROWS = ("Video | Tanggal unggah | Penayangan | Komentar\nVideo A | 12 Maret 2021 | 15.000 views | 300 comments\n"
        "Video B | 2 April 2021 | 8.200 views | 120 comments")


def test_a_tables_views_and_comments_are_its_cells_not_a_bylines_counters(tmp_path):
    piped = "\n".join(f"| {row} |" for row in ROWS.split("\n"))
    for name, text in (("video.txt", f"Analisis Video\n\n{PROSE}\n\n{piped}\n"),
                       ("video.md", f"# Analisis Video\n\n{PROSE}\n\n{piped}\n"),
                       ("video2.txt", f"Analisis Video\n\n{PROSE}\n\n{ROWS}\n")):
        doc, _ = _read(tmp_path, text, name)
        assert "15.000 views | 300 comments" in doc.text and "8.200 views | 120 comments" in doc.text, name
    # a byline alone still loses its counters
    doc, _ = _read(tmp_path, f"Analisis Video\n\nOleh Siti | 11 Maret 2024 | 3 Komentar\n\n{PROSE}\n")
    assert "Komentar" not in doc.text


def test_a_line_of_a_roman_numeral_or_a_capitalised_word_in_brackets_is_no_desks_initials(tmp_path):
    _, blocks = _read(tmp_path, f"Analisis Video\n\n{PROSE}\n\n(ii)\n\n{PROSE}\n\n(Tamat)\n\n(nwy/nwy)\n")
    assert [t for _, _, t in blocks] == ["Analisis Video", PROSE, "(ii)", PROSE, "(Tamat)"]


def test_a_title_with_a_subtitle_over_its_byline_is_the_title(tmp_path):
    title = "Literasi Digital: Tantangan Guru di Era Society 5.0"
    for byline in ("Oleh: Budi Santoso, S.Pd.", "Budi Santoso, S.Pd."):
        doc, blocks = _read(tmp_path, f"{title}\n{byline}\n\n{PROSE}\n\nJenis Video\n\n{PROSE}\n", "literasi.txt")
        assert doc.title == title and blocks[0] == ("heading", 1, title), byline
    doc, _ = _read(tmp_path, f"Nama : Budi Santoso\nNIM : 1234567\n\n{PROSE}\n", "tugas.txt")
    assert doc.title == "Tugas"  # an assignment's form is still no title


def test_a_markdown_link_whose_text_is_bracketed_is_no_wiki_link(tmp_path):
    text = ("# Sejarah Ensiklopedia\n\nEnsiklopedia daring pertama muncul pada tahun 2001.[[1]](#cite_note-1) Isinya "
            "ditulis relawan.[[2]](https://id.wikipedia.org/wiki/Relawan) Lihat [[Wikipedia]].\n")
    _, blocks = _read(tmp_path, text, "ensiklopedia.md")
    assert blocks[1][2] == ("Ensiklopedia daring pertama muncul pada tahun 2001.[1] Isinya ditulis relawan.[2] "
                            "Lihat Wikipedia.")


def test_a_lectures_souvenir_heading_video_sentence_and_ad_heading_are_its_text(tmp_path):
    about = "Iklan adalah pesan yang menawarkan produk kepada masyarakat melalui media cetak maupun elektronik."
    video = "Simak video berikut untuk memahami cara membuat iklan yang menarik."
    souvenir = "Oleh-oleh khas daerah menjadi produk unggulan yang banyak dicari wisatawan ketika berkunjung."
    _, blocks = _read(tmp_path, f"Pemasaran Produk UMKM\n\n{PROSE}\n\nOleh-oleh Khas Daerah\n\n{souvenir}\n\n"
                                f"IKLAN\n\n{about}\n\n{video}\n")
    assert [t for _, _, t in blocks] == ["Pemasaran Produk UMKM", PROSE, "Oleh-oleh Khas Daerah", souvenir, "IKLAN",
                                         about, video]
    assert blocks[2][0] == "heading" and blocks[4][0] == "heading"
    # a news copy's ad label and video headline are still left out
    _, blocks = _read(tmp_path, f"Program Literasi\n\n{PROSE}\n\nIKLAN\n\nSimak Video \"Guru Ikut Pelatihan\"\n\n{PROSE}\n")
    assert [t for _, _, t in blocks] == ["Program Literasi", PROSE, PROSE]


def test_a_txt_in_markdown_keeps_its_plain_first_line_as_its_title(tmp_path):
    doc, blocks = _read(tmp_path, "Catatan Kuliah Statistika\n\nMateri ini membahas **uji t** untuk dua sampel.\n\n"
                                  "Uji **normalitas** dilakukan sebelum uji t.\n", "catatan.txt")
    assert doc.title == "Catatan Kuliah Statistika" and blocks[0] == ("heading", 1, "Catatan Kuliah Statistika")
    assert blocks[1] == ("paragraph", 0, "Materi ini membahas uji t untuk dua sampel.")


def test_a_line_opening_label_that_is_a_sentence_is_text_a_posts_labels_are_not(tmp_path):
    label = "Label: teks yang menerangkan isian di sebelahnya, ditulis dengan tag label."
    for name, text in (("formulir.txt", f"Membuat Formulir\n\n{PROSE}\n\n{label}\n\nLabels: HTML, Formulir\n"),
                       ("formulir.html", f"<html><body><article><h1>Membuat Formulir</h1><p>{PROSE}</p><p>{label}</p>"
                                         "<p>Labels: HTML, Formulir</p></article></body></html>")):
        _, blocks = _read(tmp_path, text, name)
        assert [t for _, _, t in blocks] == ["Membuat Formulir", PROSE, label], name
