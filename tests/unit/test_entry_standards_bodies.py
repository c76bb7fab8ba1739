"""Reference entries whose author is a standards body and whose year follows it without parentheses (issue 14): "ISO/IEC.
2013. ..." (two bodies' acronyms joined by a slash: one author, no decree number), "International Organization for
Standardization. 2013. ..." (a body's name with an English link word). A decree's number keeps reading as none.
Made-up lines."""

import pytest

from telusur.citations.intext import find_citations
from telusur.citations.references import looks_like_entry, parse_reference


@pytest.mark.parametrize("line, author, title", [
    ("ISO/IEC. 2013. ISO/IEC 27001:2013 Information Technology - Security Techniques - Requirements. Geneva: ISO.",
     "ISO/IEC", "ISO/IEC 27001:2013"),
    ("International Organization for Standardization. 2013. ISO/IEC 27001:2013 Information Technology - Security "
     "Techniques. Geneva: ISO.", "International Organization for Standardization", "ISO/IEC 27001:2013"),
    ("ISO/IEC. (2013). ISO/IEC 27001:2013 Information technology. Geneva: ISO.", "ISO/IEC", "ISO/IEC 27001:2013"),
])
def test_a_standards_body_with_its_year_is_an_entry(line, author, title):
    ref = parse_reference(line)
    assert looks_like_entry(line)
    assert (ref.authors, ref.year) == ((author,), "2013") and ref.title.startswith(title)


@pytest.mark.parametrize("line", [
    "MenKes/SK/XI/2001. 2001. Keputusan Menteri Kesehatan. Jakarta: Depkes.",
    "MenKes/ SK/ XI/ 2001. 2001. Keputusan Menteri Kesehatan. Jakarta: Depkes.",
])
def test_a_decrees_number_is_no_author(line):
    assert parse_reference(line) is None


def test_a_standard_cited_by_number_links_to_its_bodys_entry():
    text = ("Keamanan data pasien mengacu pada standar manajemen keamanan informasi (ISO/IEC 27001, 2013).\n\n"
            "DAFTAR PUSTAKA\n\nISO/IEC. 2013. ISO/IEC 27001:2013 Information Technology - Security Techniques - "
            "Information Security Management Systems - Requirements. Geneva: ISO.\n\nSugiyono. 2010. Metode "
            "Penelitian. Bandung: Alfabeta.\n")
    end = text.index("\n")
    assert [(c.authors, c.year) for c in find_citations(text, 0, end, 0)] == [(("ISO/IEC",), "2013")]
