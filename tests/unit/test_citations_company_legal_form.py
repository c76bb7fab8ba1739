"""A state company's legal form in parentheses inside a citation ("(PT Pertamina (Persero), 2020)") made the citation
unreadable (a parenthesis inside a parenthesis) and a narrative one read "Tbk" ("PT Bank Rakyat Indonesia (Persero)
Tbk (2021)"); the form is a word of the company's name, and the list's entry gives the name whole."""

from telusur.citations import find_citations

_LIST = ("\n\nDAFTAR PUSTAKA\n\n"
         "PT Bank Rakyat Indonesia (Persero) Tbk. (2021). *Laporan tahunan 2020*. Jakarta: BRI.\n\n"
         "PT Pertamina (Persero). (2020). *Laporan keberlanjutan 2019*. Jakarta: Pertamina.\n")


def _cited(prose: str, listed: bool = True) -> list[tuple[tuple[str, ...], str]]:
    text = prose + (_LIST if listed else "")
    return [(tuple(c.authors), c.year) for c in find_citations(text) if c.start < len(prose)]


def test_a_company_cited_with_its_legal_form_in_parentheses_is_read_as_listed():
    assert _cited("Program ini diarahkan pada pemberdayaan desa (PT Pertamina (Persero), 2020).") \
        == [(("PT Pertamina (Persero)",), "2020")]


def test_a_narrative_company_name_is_read_whole_not_its_last_word():
    assert _cited("PT Bank Rakyat Indonesia (Persero) Tbk (2021) melaporkan bahwa kredit usaha rakyat tumbuh.") \
        == [(("PT Bank Rakyat Indonesia (Persero) Tbk",), "2021")]


def test_with_no_list_the_company_is_still_its_author_with_its_form_as_written():
    assert _cited("Program ini diarahkan pada pemberdayaan desa (PT Pertamina (Persero), 2020).", listed=False) \
        == [(("PT Pertamina (Persero)",), "2020")]
    assert _cited("Jaringan agen diperluas (PT Bank Mandiri (Persero) Tbk, 2020).", listed=False) \
        == [(("PT Bank Mandiri (Persero) Tbk",), "2020")]


def test_a_company_named_after_a_year_cites_nothing():
    assert _cited("Pada tahun 2020 PT Pertamina (Persero) juga menerbitkan obligasi berkelanjutan.") == []
