"""A body's name with "kepada" between its fields, "Lembaga Penelitian dan Pengabdian kepada Masyarakat", read as
"Lembaga Penelitian" in parentheses and "Masyarakat" before a year, with no list to say it whole: "kepada" (and "bagi")
link a body's words as "untuk" does, in citations only (retrieval's NAME_LINKS left as it is)."""

import pytest

from telusur.citations import find_citations

_LPPM = "Lembaga Penelitian dan Pengabdian kepada Masyarakat"


@pytest.mark.parametrize("text", [
    f"Desa yang didampingi lebih cepat memanfaatkan dana desa ({_LPPM}, 2016).",
    f"{_LPPM} (2016) menemukan bahwa desa yang didampingi lebih cepat berkembang.",
    f"Menurut {_LPPM} (2016), desa yang didampingi lebih cepat berkembang.",
])
def test_a_body_whose_fields_kepada_links_is_read_whole(text):
    assert [(c.authors, c.year) for c in find_citations(text)] == [((_LPPM,), "2016")]


def test_kepada_after_a_verb_joins_no_body_to_the_words_before():
    assert [c.authors for c in find_citations("Surat itu disampaikan kepada Bupati Jember (2019) melalui camat.")] \
        == [("Jember",)]
