"""Forms real Indonesian course texts cite in that earlier probes read wrong (BENCHMARKS.md, "whose a bare year is":
noticed and left alone): a spaced year letter, "Mc." before a surname, a quoted name, a descriptor between "menurut"
and the name, a standard's number, a surname that is a month's name in a parenthesis, a name opening the claim with a
comma, a name alone on a line over its passage. Each is read with another author's work of that year cited before."""

import pytest

from telusur.citations import parse_reference
from telusur.citations.intext import find_citations

_CITED_BEFORE = "Belajar adalah proses perubahan tingkah laku (Santoso, 2010).\n\n"


def _read(text: str, start: int = 0) -> list[tuple[tuple[str, ...], str, str | None]]:
    return [(c.authors, c.year, c.pages) for c in find_citations(text, start, len(text), context_start=start)]


def _after_the_work_before(passage: str) -> list[tuple[tuple[str, ...], str, str | None]]:
    """The citations of passage read from its block on, as chunking reads a block, another work of 2010 before it."""
    return _read(_CITED_BEFORE + passage, len(_CITED_BEFORE))


@pytest.mark.parametrize("passage, read", [
    # a year's letter written apart from it: "2010 b" is the work "2010b", as "2010b"
    ("Penelitian adalah kegiatan ilmiah (Arikunto, 2010 b).\n", [(("Arikunto",), "2010b", None)]),
    ("Menurut Arikunto (2010 b: 45) penelitian adalah kegiatan ilmiah.\n", [(("Arikunto",), "2010b", "45")]),
    ("Penelitian adalah kegiatan ilmiah (Arikunto, 2010 a; 2010 b).\n",
     [(("Arikunto",), "2010a", None), (("Arikunto",), "2010b", None)]),
])
def test_a_spaced_year_letter(passage, read):
    assert _after_the_work_before(passage) == read


def test_a_spaced_year_letter_in_a_reference_entry():
    entry = parse_reference("Arikunto, Suharsimi. 2010 b. Prosedur Penelitian. Jakarta: Rineka Cipta.")
    assert entry is not None and (entry.authors, entry.year) == (("Arikunto",), "2010b")


@pytest.mark.parametrize("passage, read", [
    # "Mc." with its full stop is the particle of "Mc Leod", not an initial before "Leod"
    ("Menurut Mc. Leod (2010) sistem informasi adalah sistem.\n", [(("Mc Leod",), "2010", None)]),
    ("Menurut Raymond Mc. Leod (2010) sistem informasi adalah sistem.\n", [(("Mc Leod",), "2010", None)]),
    ("Sistem informasi adalah sistem (Mc. Leod, 2010).\n", [(("Mc Leod",), "2010", None)]),
])
def test_mc_with_a_full_stop(passage, read):
    assert _after_the_work_before(passage) == read


@pytest.mark.parametrize("passage, read", [
    # a name in quotation marks after a citing word is the author still
    ('Menurut "Arikunto" (2010) penelitian adalah kegiatan ilmiah.\n', [(("Arikunto",), "2010", None)]),
    ("Menurut “Arikunto” (2010) penelitian adalah kegiatan ilmiah.\n", [(("Arikunto",), "2010", None)]),
    # ... not a quoted title or term
    ('Istilah "Merdeka Belajar" (2019) diperkenalkan oleh pemerintah.\n', [((), "2019", None)]),
])
def test_a_quoted_name(passage, read):
    assert _after_the_work_before(passage) == read


@pytest.mark.parametrize("passage, read", [
    # a standard's or a law's number after its name: the year is the standard's, no author's
    ("Menurut PSAK No. 14 (2010) persediaan adalah aset.\n", [((), "2010", None)]),
    ("Menurut PSAK Nomor 14 (2010) persediaan adalah aset.\n", [((), "2010", None)]),
    ("Persediaan diatur dalam SAK ETAP Bab 11 (2010).\n", [((), "2010", None)]),
])
def test_a_standard_with_its_number(passage, read):
    assert _after_the_work_before(passage) == read


@pytest.mark.parametrize("text, read", [
    # a month's name in a parenthesis is a surname when the list holds that author's work of that year
    ("Kecemasan adalah respons terhadap ancaman (May, 2010).\n\nDAFTAR PUSTAKA\n\n"
     "May, Rollo. 2010. The Meaning of Anxiety. New York: Norton.\n", [(("May",), "2010", None)]),
    # ... and stays a date when it does not
    ("Data dikumpulkan di sekolah (Mei, 2010).\n", []),
    ("Kecemasan adalah respons terhadap ancaman (May, 2010).\n", []),
])
def test_a_month_surname_in_a_parenthesis(text, read):
    assert [r for r in _read(text) if r[1] == "2010"] == read
