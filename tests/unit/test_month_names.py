"""A month's name is read by one rule (documents.model.MONTH, MONTH_SHORT): the in-text citation rules and the
reference-list rules each had their own list, so a spelling added to one ("Pebruari") would have been read by the
other only if someone remembered the twin. Made-up citations and entries."""

from __future__ import annotations

import inspect
import re

import pytest

from telusur.citations import intext, references
from telusur.documents.model import MONTH


def test_no_citation_rule_writes_a_month_list_of_its_own():
    for module in (intext, references):
        assert not re.search(r"pebruari|nopember", inspect.getsource(module), re.I), module.__name__


@pytest.mark.parametrize("month", ["Pebruari", "Nopember", "Maret", "October"])
def test_both_rules_read_every_month_the_model_names(month):
    assert re.fullmatch(MONTH, month)
    assert re.fullmatch(intext._MONTH, month) and re.fullmatch(intext._MONTH, month.upper() + ".")
    assert references._PAREN_YEAR.search(f"Kompas. ({month} 2019). Judul berita.")


def test_no_rule_reading_a_month_writes_a_month_list_of_its_own():
    """The word set of names no author is named with (citations.names.NOT_NAMES) and what a time is written with
    (query.kinds.TIME) read the model's month words: each had its own list, without "Pebruari"/"Nopember" or English."""
    from telusur.citations import names
    from telusur.query import kinds

    for module in (names, kinds):
        assert not re.search(r"desember|december", inspect.getsource(module), re.I), module.__name__


@pytest.mark.parametrize("month", ["Pebruari", "Nopember", "Desember", "October", "May"])
def test_a_month_is_no_author_and_writes_a_time(month):
    from telusur.citations.names import NOT_NAMES
    from telusur.query.kinds import TIME

    assert month.lower() in NOT_NAMES
    assert TIME.search(f"sekolah itu dibuka pada {month.lower()} 1998")
    assert TIME.search(f"Sekolah itu dibuka pada 3 {month} oleh wali kota.")


@pytest.mark.parametrize("month", ["Pebruari", "Nopember"])
def test_an_indonesian_month_alone_writes_a_time(month):
    from telusur.query.kinds import TIME

    assert TIME.search(f"Sekolah itu dibuka pada {month} oleh wali kota.")


@pytest.mark.parametrize("text", ["The school may open its library to parents.", "Menurut T. May Rudy, organisasi itu "
                                  "dibentuk oleh negara anggota."])
def test_an_english_month_alone_writes_no_time(text):
    from telusur.query.kinds import TIME

    assert not TIME.search(text)


@pytest.mark.parametrize("month", ["Pebruari", "Nopember", "Januari"])
def test_a_month_opening_the_sentence_leaves_the_cited_author_his_work(month):
    """A month is no name (names.NOT_NAMES reads the model's month words): "Pada Pebruari, Santoso (2019)" cites
    Santoso; with "Pebruari" read as a possible name the citation lost its author."""
    from telusur.citations import find_citations

    found = find_citations(f"Pada {month}, Santoso (2019) menulis bahwa kurikulum sekolah berubah.")
    assert [(c.authors, c.year) for c in found] == [(("Santoso",), "2019")]
