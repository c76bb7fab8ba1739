"""Reference-list entries in the styles Indonesian theses and journals use (APA, Harvard, Chicago, IEEE, Vancouver,
MLA; theses, newspapers, old comma entries), made-up lines each read as its style says: one case per rule, each
failing without it."""

from __future__ import annotations

import pytest

from telusur.citations.references import parse_reference


def _fields(line: str, *names: str) -> dict:
    ref = parse_reference(line)
    assert ref is not None, line
    return {n: getattr(ref, n) for n in names}


def test_a_dois_own_stop_before_digits_is_no_glued_year():
    # "10.1234/jp.2019": the year-gluing repair split the DOI, and the entry lost its journal
    line = "Santoso, B. (2019) 'Motivasi belajar siswa', Jurnal Pendidikan, 5(2), pp. 10-20. doi: 10.1234/jp.2019."
    assert _fields(line, "kind", "container", "doi", "publisher") == {
        "kind": "article", "container": "Jurnal Pendidikan", "doi": "10.1234/jp.2019", "publisher": None}
