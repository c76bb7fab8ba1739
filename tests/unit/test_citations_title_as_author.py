"""A title cited where an author stands, for want of one (APA): "(Modifikasi Perilaku, 2010)" read "Perilaku" as a
surname, though the text writes "perilaku" small. Capitalised dictionary words opening with a derived noun, the last
one a word the text writes small, are the title whole; a person's name, of dictionary words too, keeps its surname."""

from telusur.citations import find_citations


def _first_authors(text: str) -> list[tuple[str, str]]:
    return [(c.authors[0], c.year) for c in find_citations(text) if c.authors]


def test_a_title_of_dictionary_words_the_text_writes_small_is_cited_whole():
    text = "Penguatan perilaku hemat dapat dilatih melalui penghargaan yang konsisten (Modifikasi Perilaku, 2010)."
    assert _first_authors(text) == [("Modifikasi Perilaku", "2010")]


def test_so_it_stays_where_the_list_holds_it_whole():
    text = ("Penguatan perilaku hemat dilatih melalui penghargaan (Modifikasi Perilaku, 2010).\n\nDAFTAR PUSTAKA\n\n"
            "Modifikasi Perilaku. 2010. Yogyakarta: Pustaka Belajar.\n")
    assert _first_authors(text)[0] == ("Modifikasi Perilaku", "2010")


def test_a_persons_name_keeps_its_surname():
    text = "Budi pekerti dibentuk melalui pembiasaan sejak dini (Budi Santoso, 2019)."
    assert _first_authors(text) == [("Santoso", "2019")]


def test_a_persons_given_names_of_dictionary_words_keep_the_surname():
    # "Ayu", "Dewi" and "Lestari", "Sari" are all words of the dictionary, and the text writes the last one small
    assert _first_authors("Hutan lestari dijaga warga (Ayu Lestari, 2019).") == [("Lestari", "2019")]
    assert _first_authors("Minuman sari buah digemari remaja (Dewi Sari, 2018).") == [("Sari", "2018")]
