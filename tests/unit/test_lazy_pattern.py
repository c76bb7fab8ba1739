"""Patterns compiled on first use (lazy_pattern.py): they answer as re.compile's do, and the reading rules are not
compiled by a process that only opens an index and asks."""

from __future__ import annotations

import json
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


ASK_PATH_MODULES = ["documents.structure", "query.ranker", "query.retrieval", "query.answer", "query.conversation",
                    "query.quantity", "indonesian", "sentences", "index.lexical", "citations.names"]


@pytest.fixture(scope="module")
def compiled_at_import():
    """{module: rules it compiled} once the ask path and every module above are imported, in one new process (one
    interpreter's start for all: each module is on the ask path, so importing them together is the path a question
    takes at most)."""
    imports = ", ".join(f"telusur.{module}" for module in ASK_PATH_MODULES)
    code = f"""
import json, re, sys
compiled = []
original = re._compile
def recording(pattern, flags):  # called by re.compile: its caller is the module compiling
    compiled.append(sys._getframe(2).f_globals.get("__name__"))
    return original(pattern, flags)
re._compile = recording
import telusur.cli, telusur.engine, telusur.index, {imports}
print(json.dumps({{m: compiled.count("telusur." + m) for m in {ASK_PATH_MODULES!r}}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.mark.parametrize("module", ASK_PATH_MODULES)
def test_importing_the_ask_path_compiles_none_of_a_modules_rules(module, compiled_at_import):
    """documents/structure.py's 31 rules (and the other reading modules') are a build's: importing the ask path
    compiled them all, 4-6 ms of every `telusur ask`; the ranking rules are compiled by the questions that use them.
    citations/names.py is imported by a question naming a person in full (query.retrieval._surnames): its 27 rules
    compiled there cost the first such question ~15 ms."""
    assert compiled_at_import[module] == 0


def test_a_pattern_is_built_from_the_program_kept_in_the_users_table(monkeypatch):
    """The next process reads a pattern's program from the user's table instead of parsing and compiling the pattern
    again (~150 patterns cost each `telusur ask` ~19 ms): the same pattern, equal to re.compile's (flags, program)."""
    from re import _compiler, _parser

    from telusur import lazy_pattern

    pattern, flags = r"(?P<kata>[^\W\d_]+)-(\d+)|\bBAB\s+[IVX]+", re.I
    monkeypatch.setattr(lazy_pattern, "_PROGRAMS", None)
    first = lazy_pattern.compiled_pattern(pattern, flags)
    lazy_pattern._PROGRAMS.save()
    with monkeypatch.context() as later:
        later.setattr(lazy_pattern, "_PROGRAMS", None)  # another process
        re.purge()  # ... whose re has compiled nothing yet (re's own cache would hand back `first`)
        refuse = lambda *args: pytest.fail("compiled again")  # noqa: E731
        later.setattr(_parser, "parse", refuse)
        later.setattr(_compiler, "_code", refuse)
        again = lazy_pattern.compiled_pattern(pattern, flags)
    assert again == first == re.compile(pattern, flags)
    assert again.groupindex == {"kata": 1} and again.search("lihat bab-12").group("kata") == "bab"


def test_another_python_reads_none_of_the_table(monkeypatch):
    """A line of the table is another Python's when sys.hexversion differs (its program format may differ): the
    pattern is compiled again, not built from it."""
    from telusur import lazy_pattern

    pattern = r"(?P<bab>BAB)\s+([IVX]+)"
    monkeypatch.setattr(lazy_pattern, "_PROGRAMS", None)
    lazy_pattern.compiled_pattern(pattern)
    made = []
    program = lazy_pattern._program
    monkeypatch.setattr(lazy_pattern, "_program", lambda *args: made.append(args) or program(*args))
    lazy_pattern.compiled_pattern(pattern)
    assert made == []  # this Python: the line is read
    monkeypatch.setattr(sys, "hexversion", sys.hexversion + 1)
    assert lazy_pattern.compiled_pattern(pattern).search("BAB IV").groups() == ("BAB", "IV")
    assert made == [(pattern, 0)]


def test_a_program_re_cannot_read_is_not_used(monkeypatch):
    from telusur import lazy_pattern

    monkeypatch.setattr(lazy_pattern, "_PROGRAMS", None)
    lazy_pattern.compiled_pattern(r"x")
    table = lazy_pattern._PROGRAMS
    table._new[lazy_pattern._key(r"a+b", 0)] = '[32, "e703000001000000", 0, {}, [null]]'  # not an sre program
    table._new[lazy_pattern._key(r"c+d", 0)] = ""  # one whose program did not rebuild it
    assert lazy_pattern.compiled_pattern(r"a+b") == re.compile(r"a+b")
    assert lazy_pattern.compiled_pattern(r"c+d") == re.compile(r"c+d")


def test_another_re_is_compiled_as_usual(monkeypatch):
    """re's internals read here changed (a name gone, another signature): the pattern is compiled as usual, and the
    table keeps nothing for it."""
    from re import _parser

    from telusur import lazy_pattern

    monkeypatch.setattr(lazy_pattern, "_PROGRAMS", None)
    re.compile(r"g+h")  # compiled by re before (kept in its cache): only what lazy_pattern reads is gone
    with monkeypatch.context() as gone:  # put back before a failure is reported: pytest's own reporting uses re
        gone.delattr(_parser, "parse")
        compiled = lazy_pattern.compiled_pattern(r"g+h")
    assert compiled == re.compile(r"g+h")
    assert lazy_pattern._PROGRAMS._new[lazy_pattern._key(r"g+h", 0)] == ""


def test_a_program_that_rebuilds_another_pattern_is_not_kept(monkeypatch):
    """Should re's internals change, the program taken from them could be another pattern's: it is kept only when it
    rebuilds the pattern re.compile makes."""
    from re import _compiler

    from telusur import lazy_pattern

    monkeypatch.setattr(lazy_pattern, "_PROGRAMS", None)
    re.compile(r"e+f")  # re's own, made before (kept in re's cache): the program below is another pattern's
    other = _compiler._code(re._parser.parse(r"z+"), 0)
    monkeypatch.setattr(_compiler, "_code", lambda parsed, flags: list(other))
    assert lazy_pattern._program(r"e+f", 0) == ""
    assert lazy_pattern.compiled_pattern(r"e+f").search("xeef").group() == "eef"


def test_every_pattern_of_the_ask_path_is_rebuilt_from_its_program():
    """Each module-level pattern a question may use, built from the program kept for it, equals re.compile's."""
    import importlib

    from telusur.lazy_pattern import _built, _program

    found = []
    for name in ("documents.structure", "documents.model", "chunking", "query.ranker", "query.retrieval",
                 "query.answer", "query.english", "query.conversation", "query.quantity", "indonesian", "sentences",
                 "index.lexical"):
        module = importlib.import_module(f"telusur.{name}")
        for value in vars(module).values():
            values = value if isinstance(value, (list, tuple)) else value.values() if isinstance(value, dict) else [value]
            found += [v for v in values if isinstance(v, LazyPattern) and isinstance(v.pattern, str)]
            found += [v for pair in values if isinstance(pair, tuple) for v in pair if isinstance(v, LazyPattern)]
    assert len(found) > 90  # all of them, not a few
    for lazy in found:
        kept = _program(lazy.pattern, int(lazy._flags))
        assert kept and _built(lazy.pattern, kept) == re.compile(lazy.pattern, lazy._flags), lazy
