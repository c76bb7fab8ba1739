"""MLA entries of kinds its list readers lacked (fresh gold 15, an English-literature paper's Works Cited): a book's
editor after the name ("Bhabha, Homi K., editor."), a chapter in an edited book ("Book, edited by X, Publisher, 1996,
pp. 35-62."), a page read on a day whose month is abbreviated ("Accessed 10 Mar. 2022."), an article's DOI given as its
address; and the editor of the book a chapter is in written "(Peny.)" as "(Ed.)" is."""

from __future__ import annotations

from telusur.citations.references import looks_like_entry, parse_reference


def test_mla_editor_after_the_name():
    ref = parse_reference("Bhabha, Homi K., editor. Nation and Narration. Routledge, 1990.")
    assert (ref.authors, ref.title, ref.publisher, ref.editors) == (("Bhabha",), "Nation and Narration", "Routledge",
                                                                    True)


def test_mla_chapter_in_an_edited_book():
    entry = ("Sen, Krishna. \"Indonesian Women at Work: Reframing the Subject.\" Fantasizing the Feminine in Indonesia, "
             "edited by Laurie J. Sears, Duke UP, 1996, pp. 35-62.")
    assert looks_like_entry(entry)
    ref = parse_reference(entry)
    assert (ref.kind, ref.title, ref.container, ref.publisher, ref.year, ref.pages) == (
        "chapter", "Indonesian Women at Work: Reframing the Subject", "Fantasizing the Feminine in Indonesia", "Duke UP",
        "1996", "35-62")


def test_mla_page_read_on_a_day_with_an_abbreviated_month():
    ref = parse_reference("Setiawan, Rudi. \"Membaca Ulang Pramoedya di Era Digital.\" Tempo.co, 6 Feb. 2021, "
                          "www.tempo.co/budaya/membaca-ulang-pramoedya. Accessed 10 Mar. 2022.")
    assert (ref.authors, ref.year, ref.kind, ref.url) == (("Setiawan",), "2021", "web",
                                                          "www.tempo.co/budaya/membaca-ulang-pramoedya")


def test_mla_articles_doi_given_as_its_address():
    ref = parse_reference("Aveling, Harry. \"Translating Indonesian Poetry.\" Indonesia and the Malay World, vol. 36, "
                          "no. 105, 2008, pp. 211-28, https://doi.org/10.1080/13639810802267918.")
    assert (ref.kind, ref.doi, ref.url, ref.volume, ref.issue) == ("article", "10.1080/13639810802267918", None, "36",
                                                                   "105")


def test_a_chapters_editor_written_peny():
    ref = parse_reference("Geertz, Clifford. 1999. Agama sebagai Sistem Budaya. Dalam Roland Robertson (Peny.), Agama "
                          "dalam Analisa dan Interpretasi Sosiologis. Jakarta: Rajawali Pers.")
    assert (ref.kind, ref.container, ref.publisher) == ("chapter", "Agama dalam Analisa dan Interpretasi Sosiologis",
                                                        "Rajawali Pers")


def test_long_mla_lines_are_read_in_linear_time(within_cpu_seconds):
    from .conftest import assert_linear

    def read(line: str) -> None:
        looks_like_entry.cache_clear()  # each run reads the line anew
        looks_like_entry(line)
        parse_reference(line)

    assert_linear(lambda n: read("Sen, K. \"Judul.\" Buku, edited by " + "A" * n + ", Duke UP, 1996, pp. 35-62."),
                  20000)
    assert_linear(lambda n: read("Sen, K. \"Judul.\" Buku, edited by A, " + "Duke UP, " * n + "1996."), 1000)
    assert_linear(lambda n: read("Santoso, B. \"Judul.\" Situs, 2021. Accessed 1" + " Mar." * n + " 2022."), 1000)
