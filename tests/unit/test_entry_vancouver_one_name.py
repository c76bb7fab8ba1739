"""A Vancouver entry by a person written with one name alone ("Arisman.", as Indonesian names are) is read by the
Vancouver path, as one with initials is ("Sari DK."): its year where Vancouver writes it (by a semicolon, or a page read
online) tells it. Before, only the year-last path read such an entry, a book with its year last, and any other kind
(an article, a chapter, a page read online) was no entry. IEEE's one-name author ("Sofana, Judul, Edisi Revisi.
Bandung: Informatika, 2013.") is the comma-separated year-last entry itself and stays with that path."""

from __future__ import annotations

from telusur.citations.references import numbered_style, parse_reference


def test_a_one_name_vancouver_book_is_read_as_vancouver():
    text = "Arisman. Gizi dalam daur kehidupan. Edisi 2. Jakarta: EGC; 2010."
    assert numbered_style(text) is not None
    ref = parse_reference(text)
    assert (ref.authors, ref.title, ref.edition, ref.place, ref.publisher) \
        == (("Arisman",), "Gizi dalam daur kehidupan", "Edisi 2", "Jakarta", "EGC")


def test_a_one_name_vancouver_article_and_chapter_are_entries():
    ref = parse_reference("Arisman. Pola makan remaja putri di Jakarta. Jurnal Gizi Indonesia. 2010;5(2):10-20.")
    assert (ref.authors, ref.kind, ref.container, ref.volume, ref.issue, ref.pages) \
        == (("Arisman",), "article", "Jurnal Gizi Indonesia", "5", "2", "10-20")
    ref = parse_reference("Notoatmodjo. Ilmu kesehatan masyarakat. Dalam: Santoso B, editor. Kesehatan. Jakarta: "
                          "EGC; 2012. hlm. 10-20.")
    assert (ref.authors, ref.kind, ref.container, ref.pages) == (("Notoatmodjo",), "chapter", "Kesehatan", "10-20")


def test_a_one_name_author_date_or_chicago_entry_is_no_vancouver_one():
    assert numbered_style("Hamka. Tafsir Al-Azhar. Jilid 5. Jakarta: Pustaka Panjimas, 1983.") is None
    assert numbered_style("Sugiyono. 2019. Metode Penelitian. Bandung: Alfabeta.") is None


def test_a_surname_and_given_names_with_an_initial_are_no_one_name_vancouver_authors():
    # the first author of one name needs Vancouver's year: these are Chicago's and the author-year styles' names
    ref = parse_reference("Benda, Harry J. The Crescent and the Rising Sun. The Hague: W. van Hoeve, 1958.")
    assert (ref.authors, ref.place, ref.publisher) == (("Benda",), "The Hague", "W. van Hoeve")
    ref = parse_reference("Robbins, Stephen P. dan Timothy A. Judge. 2015. Perilaku Organisasi. Jakarta: Salemba Empat.")
    assert (ref.authors, ref.title) == (("Robbins", "Judge"), "Perilaku Organisasi")
    assert parse_reference("Hardinsyah, Aries M. Jenis pangan sarapan. J Gizi Pangan. 2012;7(2):89-96.").authors \
        == ("Hardinsyah", "Aries")
