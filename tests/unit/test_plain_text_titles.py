"""A plain text's titles at the level the text shows: a numbering's depth, a chapter line in capitals, an
underline, and one level under the nearest title with a level of its own for any other."""

from tests.unit.test_typed_lists import _read  # a plain text written to a file and read

PROSE = "Basis data menyimpan data secara terstruktur agar mudah dicari, diperbarui, dan dipakai bersama."


def _headings(doc):
    return [(b.level, doc.block_text(b), b.location.section) for b in doc.blocks if b.kind == "heading"]


def test_a_titles_level_follows_its_numbering_capitals_and_the_title_above(tmp_path):
    lines = ["Panduan Basis Data", "BAB 1 PENDAHULUAN", "1.1 Latar Belakang", "BAB 2 SISTEM BASIS DATA", "2.1 MySQL",
             "Kelebihan", "Kekurangan", "2.2 PostgreSQL", "Kelebihan", "PENUTUP"]
    doc, _ = _read(tmp_path, "".join(f"{line}\n\n{PROSE}\n\n" for line in lines))
    chapter = "BAB 2 SISTEM BASIS DATA"
    assert _headings(doc) == [
        (1, "Panduan Basis Data", ()), (1, "BAB 1 PENDAHULUAN", ()), (2, "1.1 Latar Belakang", ("BAB 1 PENDAHULUAN",)),
        (1, chapter, ()), (2, "2.1 MySQL", (chapter,)), (3, "Kelebihan", (chapter, "2.1 MySQL")),
        (3, "Kekurangan", (chapter, "2.1 MySQL")), (2, "2.2 PostgreSQL", (chapter,)),
        (3, "Kelebihan", (chapter, "2.2 PostgreSQL")), (1, "PENUTUP", ())]
    assert doc.blocks[-1].location.section == ("PENUTUP",)


def test_titles_without_numbers_stay_siblings_under_the_documents_title(tmp_path):
    doc, _ = _read(tmp_path, f"Kerjasama Internasional\n\n{PROSE}\n\nPengertian\n\n{PROSE}\n\nBentuk\n\n{PROSE}\n")
    assert [(level, title) for level, title, _ in _headings(doc)] == [
        (1, "Kerjasama Internasional"), (2, "Pengertian"), (2, "Bentuk")]


def test_an_underlined_title_is_a_heading_and_its_rule_no_list_item(tmp_path):
    text = (f"Panduan Praktikum Jaringan\n==========================\n\n{PROSE}\n\nPengalamatan IP\n---------------\n\n"
            f"{PROSE}\n\nSubnetting\n----------\n\n{PROSE}\n")
    doc, blocks = _read(tmp_path, text)
    assert doc.title == "Panduan Praktikum Jaringan"
    assert blocks == [("heading", 1, "Panduan Praktikum Jaringan"), ("paragraph", 0, PROSE),
                      ("heading", 2, "Pengalamatan IP"), ("paragraph", 0, PROSE), ("heading", 2, "Subnetting"),
                      ("paragraph", 0, PROSE)]


def test_the_first_line_over_its_authors_line_is_the_title(tmp_path):
    doc, blocks = _read(tmp_path, f"Peran Guru dalam Literasi Digital\n\nBudi Santoso\n\n{PROSE}\n")
    assert doc.title == "Peran Guru dalam Literasi Digital"
    assert blocks[0] == ("heading", 1, "Peran Guru dalam Literasi Digital")


def test_titles_of_a_text_whose_paragraphs_are_its_lines(tmp_path):
    # Word's or LibreOffice's "Save as plain text": one line a paragraph, no blank line anywhere
    lines = ["Modul Manajemen Proyek", "Disusun oleh Rina Wulandari untuk mata kuliah Rekayasa Perangkat Lunak.",
             "3.1 Waterfall", PROSE, "Kelebihan", PROSE, "Kekurangan", PROSE, "Tabel 1. Perbandingan", "Aspek",
             "Secukupnya", "Sumber: diolah dari Sommerville (2011)."]
    doc, _ = _read(tmp_path, "\n".join(lines) + "\n")
    assert doc.title == "Modul Manajemen Proyek"
    assert [(level, title) for level, title, _ in _headings(doc)] == [
        (1, "Modul Manajemen Proyek"), (2, "3.1 Waterfall"), (3, "Kelebihan"), (3, "Kekurangan")]
