"""A narrative citation whose authors stand before a quoted title and the year after it ("Soemarjan dan Soemardi
dalam “Setangkai Bunga Sosiologi” (1964: 401)", kelompok-sosial in the tuning half): the authors are the people named
before the title, not nobody. Found by the review's mutation pass over citations/ (intext._narrative's quoted-title
step forced off changed that open document and no unit test)."""

from telusur.citations.intext import find_citations


def test_the_authors_before_a_quoted_title_are_cited_with_the_year_after_it():
    text = ("Kelompok sosial adalah himpunan manusia yang hidup bersama. Soemarjan dan Soemardi dalam “Setangkai Bunga "
            "Sosiologi” (1964: 401) menyatakan bahwa kelompok itu saling berhubungan.")
    [cite] = find_citations(text)
    assert (cite.authors, cite.year, cite.pages) == (("Soemarjan", "Soemardi"), "1964", "401")
