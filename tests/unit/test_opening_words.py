"""The words a paragraph's opening is read by are written once each (chunking._CONNECTIVES, _FROM_ABOVE, _WHOLE):
_POINTS_AT_ONE spelt the connectives of _OPENS_ON_BEFORE and the whole-words of _SUMS_UP again, so a connective
added to one rule ("Meskipun demikian") would have joined a paragraph to the one before it yet still been read as
saying more of a list's last item. Made-up openings."""

from __future__ import annotations

import ast
import inspect
import re

import pytest

from telusur import chunking


def _code_strings(module) -> list[str]:
    """The module's string constants but its docstrings (where examples are quoted)."""
    tree = ast.parse(inspect.getsource(module))
    docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_each_word_list_is_written_once():
    strings = _code_strings(chunking)
    for word in ("sedangkan", "namun", "demikian", "mengacu", "keseluruhan", "segenap"):
        assert sum(len(re.findall(rf"\b{word}\b", s)) for s in strings) == 1, word


@pytest.mark.parametrize("connective", chunking._CONNECTIVES)
def test_a_connective_goes_on_from_a_list_whatever_it_points_at(connective):
    line = (f"{connective.capitalize()} hal ini menjadi dasar bagi guru dalam menyusun program pembelajaran remedial "
             "yang sesuai dengan kebutuhan setiap siswa di kelas dan di sekolah masing-masing.")
    assert chunking._says_of_before(line)
    assert chunking._goes_on_from_list(line)


@pytest.mark.parametrize("whole", chunking._WHOLE)
def test_a_whole_sums_up_and_goes_on_from_a_list(whole):
    line = (f"{whole.capitalize()} tahap tersebut harus dilalui secara berurutan oleh setiap guru di sekolah agar "
             "program pembelajaran remedial berjalan dengan baik bagi semua siswa.")
    assert chunking._SUMS_UP.match(line)
    assert chunking._goes_on_from_list(line)


def test_one_thing_the_last_item_said_is_its_own():
    assert not chunking._goes_on_from_list(
        "Pada tahap ini guru merumuskan masalah yang dihadapi oleh siswa berdasarkan hasil diagnosis kesulitan "
        "belajar yang telah dilakukan sebelumnya di kelas.")
