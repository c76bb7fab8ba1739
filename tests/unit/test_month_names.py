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
