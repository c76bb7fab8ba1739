"""What a lecturer's own exports bring that no open document had (issue 14): LibreOffice's and Word's plain text and
web page of a thesis chapter, a .txt with its author's name under the title."""

from tests.unit.test_typed_lists import _read  # a text written to a file and read

PROSE = "Koperasi merupakan badan usaha yang beranggotakan orang-orang dengan melandaskan kegiatannya pada asas kekeluargaan."


def test_the_authors_names_and_where_they_work_under_a_txt_title_are_no_section_titles(tmp_path):
    for byline in (["Budi Santoso"], ["Dewi Lestari, S.Pd.", "Universitas Negeri Semarang"]):
        text = "Peran Koperasi di Desa\n\n" + "".join(f"{line}\n\n" for line in byline) + \
            f"{PROSE}\n\nFungsi Koperasi\n\n{PROSE}\n"
        _, blocks = _read(tmp_path, text, "koperasi.txt")
        assert blocks == [("heading", 1, "Peran Koperasi di Desa")] + [("paragraph", 0, line) for line in byline] + \
            [("paragraph", 0, PROSE), ("heading", 2, "Fungsi Koperasi"), ("paragraph", 0, PROSE)]
    # a section title under the title is one still: its words recur in the text, no name holds an academic degree
    text = f"Peran Koperasi di Desa\n\nPerekonomian Indonesia\n\nPerekonomian Indonesia bertumpu pada koperasi. {PROSE}\n"
    _, blocks = _read(tmp_path, text, "koperasi.txt")
    assert blocks[1] == ("heading", 2, "Perekonomian Indonesia")
