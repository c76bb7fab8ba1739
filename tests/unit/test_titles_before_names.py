"""A person's titles before a name in a citation's parenthesis are no part of it, the pilgrim's too."""

import pytest

from telusur.citations import find_citations


@pytest.mark.parametrize("text, author", [
    ("Belajar adalah proses perubahan tingkah laku (Hj. Siti Aminah, 2019).", "Aminah"),
    ("Belajar adalah proses perubahan tingkah laku (Prof. Dr. Hj. Siti Aminah, 2019).", "Aminah"),
    ("Pendidikan pesantren menanamkan adab (KH. Hasyim Asyari, 1930).", "Asyari"),
    ("Pendidikan pesantren menanamkan adab (K.H. Hasyim Asyari, 1930).", "Asyari"),
    ("Belajar adalah proses perubahan tingkah laku (Wahyuni Dra., 2019).", "Wahyuni"),  # a degree's place
    ("Pendidikan nasional berakar pada kebudayaan (H.A.R. Tilaar, 1999).", "Tilaar"),  # initials stay a name's
    ("Kurikulum disusun oleh guru (Drs. H. Mulyasa, 2019).", "Mulyasa"),
])
def test_titles_before_a_name_are_no_part_of_it(text, author):
    assert [(c.authors[-1], c.year) for c in find_citations(text)] == [(author, text[-6:-2])]


@pytest.mark.parametrize("text, author", [
    ("Belajar adalah proses perubahan tingkah laku (Santoso, MPd, 2019).", "Santoso"),  # run together, in the list
    ("Menurut Budi Santoso, MPd (2019), belajar adalah proses perubahan tingkah laku.", "Santoso"),
    ("Gizi ibu hamil menentukan berat lahir bayi (Budi Santoso S.Kes, 2019).", "Santoso"),  # no comma before it
    ("Laporan keuangan disusun tiap tahun (Budi Santoso S.Ak, 2019).", "Santoso"),
])
def test_a_degree_an_entry_knows_is_a_citations_degree_too(text, author):
    """One list of degrees known by their field (names.DEGREE_FIELDS): references read "MPd", "S.Kes", "S.Ak" as
    degrees while a citation's head read them as a co-author or as the name itself ("Kes")."""
    assert [(c.authors, c.year) for c in find_citations(text)] == [((author,), "2019")]
