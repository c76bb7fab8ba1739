"""Reading kinds team set 22 and read27 showed (session 37, helper "reading"): each rule tested on a hand-made
document in other words than the real one that showed it."""

from __future__ import annotations

from telusur.chunking import chunk_document
from telusur.documents.markdown import read_markdown


def _doc(source: str, name: str = "a.md"):
    return read_markdown(source.encode("utf-8"), name, "md")


def _blocks(source: str) -> list[tuple[str, str]]:
    doc = _doc(source)
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


# ------------------------------------------------ a heading wrapped by the converter that wrapped the whole text

# html2text wraps an <h4> at its body width as it wraps a paragraph; the items under it are left long
RULES = """# C. Pemakaian Huruf Kapital

#### 1\\. Huruf kapital dipakai sebagai huruf pertama awal kalimat dan sebagai huruf
pertama unsur nama orang, termasuk julukan.

Contohnya:

  * Apa maksud pertanyaan itu?
  * Kita harus bekerja keras agar cita-cita itu tercapai.

#### 2\\. Huruf kapital dipakai sebagai huruf pertama setiap kata nama agama, kitab
_suci_ , dan Tuhan, termasuk sebutan dan kata ganti untuk Tuhan.

Contohnya:

  * Islam, Kristen, Hindu, Buddha
  * Alquran, Alkitab, Weda
"""


def test_a_heading_wrapped_onto_a_lower_case_line_is_one_heading():
    blocks = _blocks(RULES)
    assert not any(t.startswith(("pertama unsur", "suci")) for _, t in blocks)
    texts = [t for _, t in blocks]
    assert any("sebagai huruf pertama unsur nama orang, termasuk julukan." in t for t in texts)
    assert any("kata nama agama, kitab suci, dan Tuhan" in t for t in texts)


def test_a_short_heading_over_a_lower_case_line_keeps_the_line_as_text():  # guard: Markdown's own reading
    blocks = _blocks("## Catatan\ndipakai untuk keterangan singkat di bawah judul bagian ini.\n")
    assert ("paragraph", "dipakai untuk keterangan singkat di bawah judul bagian ini.") in blocks


# ------------------------------------------------ numbered headings that state rules over their examples


def test_numbered_headings_that_state_rules_are_read_with_their_examples():
    doc = _doc(RULES.replace("huruf\npertama unsur", "huruf pertama unsur").replace("kitab\n_suci_", "kitab _suci_"))
    chunks = [c.text for c in chunk_document(doc)]
    first = next(c for c in chunks if "awal kalimat" in c)
    assert "Huruf kapital dipakai sebagai huruf pertama awal kalimat" in first
    assert "Apa maksud pertanyaan itu?" in first and "Alquran" not in first
    second = next(c for c in chunks if "kata nama agama" in c)
    assert "Alquran, Alkitab, Weda" in second


def test_numbered_title_headings_stay_headings():  # guard: titles, not sentences
    source = ("# Bab Dua\n\n### 1. Latar Belakang Masalah\n\nPenelitian ini berangkat dari keresahan guru.\n\n"
              "### 2. Rumusan Masalah\n\nBagaimana siswa belajar membaca di rumah?\n")
    blocks = _blocks(source)
    assert ("heading", "1. Latar Belakang Masalah") in blocks and ("heading", "2. Rumusan Masalah") in blocks


# ------------------------------------------------ a wrapped line opening on an emphasised word goes on


def test_a_wrapped_line_opening_on_an_emphasised_small_word_goes_on():
    source = ("Beberapa kata penghubung antarkalimat yang sering dipakai dalam tulisan ilmiah ialah _namun_ ,\n"
              "_akan tetapi_ , dan _sementara itu_ , yang masing-masing diikuti tanda koma.\n")
    assert _blocks(source) == [("paragraph", "Beberapa kata penghubung antarkalimat yang sering dipakai dalam "
                                "tulisan ilmiah ialah namun, akan tetapi, dan sementara itu, yang masing-masing "
                                "diikuti tanda koma.")]


# ------------------------------------------------ a badge or a logo over the first heading


def test_a_badge_or_logo_over_the_first_heading_leaves_it_the_title():
    for top in ('<a href="https://contoh.org/buka" target="_parent"><img src="https://contoh.org/lencana.svg" '
                'alt="Buka di Colab"/></a>', "![Logo kampus](gambar/logo.png)"):
        doc = _doc(f"{top}\n\n# Praktikum Basis Data\n\nPertemuan ini membahas perintah SELECT.\n", "catatan-lab.md")
        assert doc.title == "Praktikum Basis Data"


def test_a_sentence_over_the_first_heading_still_opens_the_document():  # guard: text before it is no badge
    doc = _doc("Catatan ini ditulis untuk kelas pagi.\n\n# Praktikum Basis Data\n\nIsi pertemuan.\n", "catatan-lab.md")
    assert doc.title == "Catatan Lab"


# ------------------------------------------------ a star Markdown left standing: unclosed emphasis, no bullet


def test_a_heading_in_emphasis_closed_after_a_space_reads_without_its_stars():
    assert ("heading", "Kekuatan Hubungan") in _blocks("# Korelasi\n\n### *Kekuatan Hubungan *\n\nSeberapa erat.\n")


def test_a_paragraph_opening_on_an_unclosed_star_is_no_item_and_shows_no_star():
    blocks = _blocks("# Bab\n\nTeks pembuka.\n\n"
                     "*Catatan: tugas dikumpulkan minggu depan lewat [portal](https://x.org)\n")
    assert ("paragraph", "Catatan: tugas dikumpulkan minggu depan lewat portal") in blocks


def test_a_code_span_opening_on_a_star_is_no_bullet():
    blocks = _blocks("# Fungsi\n\n`*data` menampung semua argumen posisi yang dikirim.\n")
    assert ("paragraph", "*data menampung semua argumen posisi yang dikirim.") in blocks


def test_emphasis_and_starred_bullets_read_as_before():  # guard
    blocks = _blocks("# Bab\n\n*Miring* di awal dan *lagi* di tengah.\n\n* butir satu\n* butir dua\n")
    assert ("paragraph", "Miring di awal dan lagi di tengah.") in blocks
    assert ("item", "• butir satu") in blocks


# ------------------------------------------------ interpreter lines parted by <br>


def test_interpreter_lines_parted_by_br_keep_their_lines():
    source = ("# Fungsi\n\nContoh di interpreter:\n\n>>> total = jumlah(2, 3)<br>\n>>> print(total)<br>\n>>> 5\n")
    doc = _doc(source)
    quote = next(doc.text[b.start:b.end] for b in doc.blocks if b.kind == "quote")
    assert quote == "total = jumlah(2, 3)\nprint(total)\n5"


def test_a_sentence_cut_by_br_still_goes_on():  # guard: mend_hard_breaks as before
    assert ("paragraph", "Data dikumpulkan melalui kuesioner yang disebarkan kepada seluruh responden.") in _blocks(
        "# Metode\n\nData dikumpulkan melalui kuesioner yang<br>\ndisebarkan kepada seluruh responden.\n")
