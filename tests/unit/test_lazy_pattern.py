"""Patterns compiled on first use (lazy_pattern.py): they answer as re.compile's do, and the reading rules are not
compiled by a process that only opens an index and asks."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from telusur.lazy_pattern import LazyPattern

CASES = [(r"(?P<word>[^\W\d_]+)-(\d+)", 0, "BAB-1 dan bab-22, lalu x-3."),
         (r"^(?:gambar|figure)\s+\d+", re.I | re.M, "Teks\nGAMBAR 2 Diagram\nfigure 3"),
         (rb"stream\r?\n", 0, b"obj << >> stream\r\nxx stream\n")]


@pytest.mark.parametrize("pattern, flags, text", CASES)
def test_a_lazy_pattern_answers_as_the_compiled_one(pattern, flags, text):
    lazy, compiled = LazyPattern(pattern, flags), re.compile(pattern, flags)
    assert lazy.pattern == compiled.pattern
    assert lazy.search(text).span() == compiled.search(text).span()
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text) and lazy.split(text) == compiled.split(text)
    assert (lazy.match(text) is None) == (compiled.match(text) is None)
    empty = text[:0]
    assert lazy.sub(empty, text) == compiled.sub(empty, text) and lazy.subn(empty, text, 1) == compiled.subn(empty, text, 1)
    assert lazy.fullmatch(text) is None and lazy.search(text, 3).span() == compiled.search(text, 3).span()
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)


def test_a_lazy_pattern_compiles_when_first_used_and_once():
    lazy = LazyPattern(r"a+(")  # unbalanced: compiling it raises
    assert lazy.pattern == r"a+("  # read without compiling (another pattern is built from it)
    with pytest.raises(re.error):
        lazy.search("aaa")
    good = LazyPattern(r"a+")
    assert good.search("baa").group() == "aa"
    assert good.search.__self__ is good.match.__self__  # one compiled pattern serves every method


@pytest.mark.parametrize("used", [False, True])
def test_a_lazy_pattern_copied_or_pickled_is_one_still(used):
    import copy
    import pickle

    lazy = LazyPattern(r"(\d+)-(\d+)")
    if used:
        lazy.search("1-2")
    for other in (copy.deepcopy(lazy), copy.copy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert type(other) is LazyPattern and other.search("hal 12-15").groups() == ("12", "15")


@pytest.mark.parametrize("module", ["documents.structure", "query.ranker", "query.retrieval"])
def test_importing_the_ask_path_compiles_none_of_a_modules_rules(module):
    """documents/structure.py's 31 rules (and the other reading modules') are a build's: importing the ask path
    compiled them all, 4-6 ms of every `telusur ask`; the ranking rules are compiled by the questions that use them."""
    code = f"""
import re, sys
compiled = []
original = re._compile
def recording(pattern, flags):  # called by re.compile: its caller is the module compiling
    compiled.append(sys._getframe(2).f_globals.get("__name__"))
    return original(pattern, flags)
re._compile = recording
import telusur.cli, telusur.engine, telusur.index
print(compiled.count("telusur.{module}"))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
