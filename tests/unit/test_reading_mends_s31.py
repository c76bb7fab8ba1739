"""Misfires of this session's reading kinds (bracketed list markers, a marker alone on its line, a .txt byline of
dictionary words, LibreOffice's plain-text tables), each written here as a made-up file or line."""

from telusur.documents.structure import _BARE_MARKER, list_marker, marker_kind, marker_number, unwrap
from tests.unit.test_typed_lists import _read  # a text written to a file and read

PROSE = ("Koperasi merupakan badan usaha yang beranggotakan orang-orang dengan melandaskan kegiatannya pada asas "
         "kekeluargaan.")


def test_a_bracketed_markers_number_and_kind():
    """"(2)" is the second item as "2." is; "(ii)" and "(iv)" are roman numerals of one kind with "(i)"."""
    assert [marker_number(t) for t in ("(2) x", "(12) x", "c) x", "(c) x", "(i) x", "(ii) x", "(iv) x", "(ix) x")] \
        == [2, 12, 3, 3, 1, 2, 4, 9]
    assert marker_kind("(1) x") == marker_kind("(2) x") != marker_kind("1. x")
    assert marker_kind("(i) x") == marker_kind("(ii) x") == marker_kind("(iii) x") == marker_kind("(iv) x")


def test_letters_under_a_bracketed_number_nest_as_under_a_number(tmp_path):
    """"(1) Perencanaan" then its "a." and "b.": the letters are the number's own list, as under "1."."""
    items = "{0} Perencanaan\na. menetapkan tujuan organisasi;\nb. menyusun strategi.\n{1} Pengorganisasian\n"
    for first, second in (("1.", "2."), ("(1)", "(2)")):
        text = f"Manajemen\n\nFungsi manajemen terdiri dari:\n{items.format(first, second)}"
        _, blocks = _read(tmp_path, text)
        assert [(k, level) for k, level, _ in blocks[2:]] == [("item", 0), ("item", 1), ("item", 1), ("item", 0)]


def test_a_subtitle_naming_a_kind_of_writing_under_a_plain_texts_title_is_no_byline(tmp_path):
    """"Catatan Kuliah Minggu Ketiga" under the title: dictionary words written nowhere else, as a name of
    dictionary words is, but a note's kind, no one's name."""
    for subtitle in ("Catatan Kuliah Minggu Ketiga", "Materi Pertemuan Kelima", "Ringkasan Bacaan Wajib",
                     "Tugas Individu"):
        _, blocks = _read(tmp_path, f"PENGANTAR EKONOMI MAKRO\n\n{subtitle}\n\n{PROSE}\n")
        assert blocks[1] == ("heading", 2, subtitle)


def test_an_overview_list_over_its_sections_is_no_table_of_words(tmp_path):
    """A Word plain-text export without blank lines: the section's kinds listed, then each one's title over its
    paragraphs. A row named as a header's cell: no table."""
    text = (f"2.2 Jenis-jenis Koperasi\nKoperasi Produksi\nKoperasi Konsumsi\nKoperasi Jasa\nKoperasi Produksi\n"
            f"{PROSE}\n{PROSE}\nKoperasi Konsumsi\n{PROSE}\n{PROSE}\nKoperasi Jasa\n{PROSE}\n{PROSE}\n")
    _, blocks = _read(tmp_path, text)
    assert "table" not in [k for k, _, _ in blocks]
    assert ("heading", 3, "Koperasi Konsumsi") in blocks


def test_a_copyright_sign_before_a_year_is_no_list_marker(tmp_path):
    """"(c) 2020 Universitas Terbuka." is a copyright line: the heading above it stays one."""
    assert list_marker("(c) 2020 Universitas Terbuka.") == "" and list_marker("(c) pemerintah; dan") == "(c)"
    _, blocks = _read(tmp_path, f"Modul Koperasi\n\n{PROSE}\n\nHak Cipta\n\n"
                                "(c) 2020 Universitas Terbuka. Semua hak dilindungi.\n")
    assert blocks[2:] == [("heading", 2, "Hak Cipta"),
                          ("paragraph", 0, "(c) 2020 Universitas Terbuka. Semua hak dilindungi.")]


def test_a_marker_alone_in_fenced_code_keeps_its_line():
    """Fenced code's lines are its own: "1." over "budi" there is no list item."""
    code = "```\n1.\nbudi\n2.\nsari\n```"
    assert unwrap(f"Contoh data berikut.\n\n{code}\n") == f"Contoh data berikut.\n\n{code}\n"
    assert unwrap("1.\nbudi\n2.\nsari") == "1. budi\n2. sari"  # out of a fence, joined


def test_a_marker_alone_is_one_of_the_markers_an_item_opens_with():
    """The marker alone on its line and the one opening an item are one set of markers."""
    for marker in ("1.", "12)", "b.", "C)", "(a)", "(3)", "(iv)", "•"):
        assert _BARE_MARKER.match(marker) and list_marker(f"{marker} teks") == marker
    assert not _BARE_MARKER.match("-") and list_marker("- teks") == "-"  # a dash alone may be a rule
