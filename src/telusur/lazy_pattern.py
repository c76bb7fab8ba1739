"""Regular expressions compiled on their first use instead of at import, their compiled programs kept in the user's
cache.

A module's patterns are compiled by every process that imports it: the reading rules' (documents/structure.py) cost
each `telusur ask` milliseconds, though a question uses few of them and most serve only a build. The patterns a
process does use are compiled again by the next one: parsing and compiling them cost ~19 ms of each `telusur ask`
(~150 patterns), so the program re makes of each (sre's code, with its groups) is kept in a Memo and handed back to
re's engine as it is."""

from __future__ import annotations

import re
import sys
from array import array

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """re.compile(pattern, flags), made when first used; its methods are then the compiled pattern's own, kept on the
    instance, so a call costs what it costs on a compiled pattern. `pattern` is there without compiling (for building
    another pattern from it). Not a re.Pattern: pass it to no re function. For module-level patterns only: each one
    compiled is a line of the user's table of programs (see compiled_pattern)."""

    def __init__(self, pattern: str | bytes, flags: int = 0):
        self.pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):  # only for a name the instance does not hold yet: the first use
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = compiled_pattern(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.flags, self.groups, self.groupindex = compiled.flags, compiled.groups, compiled.groupindex
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


_PROGRAMS = None  # the Memo of programs, made on the first pattern compiled


def compiled_pattern(pattern: str | bytes, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), the same pattern object (equal to it: the same program, flags and groups), built
    from the program kept in the user's table when there is one. The table's file is named by this module and re's own
    files, each line by the Python version too, so another Python (another program format) reads none of it; a line
    is written only when its program rebuilds a pattern equal to re.compile's. Bytes patterns are compiled as usual."""
    global _PROGRAMS
    if not isinstance(pattern, str):
        return re.compile(pattern, flags)
    flags = int(flags)
    if _PROGRAMS is None:
        from .user_cache import Memo

        _PROGRAMS = Memo("patterns", __file__, (("re", False),), max_entries=2_000)
    kept = _PROGRAMS.get(_key(pattern, flags), lambda: _program(pattern, flags))
    if kept:
        try:
            return _built(pattern, kept)
        except Exception:  # not a program this re reads (RuntimeError: invalid SRE code): compiled as usual
            pass
    return re.compile(pattern, flags)


def _key(pattern: str, flags: int) -> str:
    return f"{sys.hexversion:x} {flags} {pattern}"


def _program(pattern: str, flags: int) -> str:
    """What re.compile makes of pattern, as JSON (its flags, program, group count and names), or "" when re's internals
    are not what this reads or what it reads does not rebuild the same pattern: such a pattern is compiled as usual."""
    compiled = re.compile(pattern, flags)  # a bad pattern raises re.error here, as it would without the table
    try:
        import json

        from re import _compiler, _parser

        parsed = _parser.parse(pattern, flags)
        names = parsed.state.groupdict
        by_number: list[str | None] = [None] * parsed.state.groups
        for name, number in names.items():
            by_number[number] = name
        code = array("I", _compiler._code(parsed, flags)).tobytes().hex()  # read back 5x faster than a JSON list
        kept = json.dumps([flags | parsed.state.flags, code, parsed.state.groups - 1, names, by_number],
                          ensure_ascii=False, separators=(",", ":"))
        same = _built(pattern, kept) == compiled  # equal patterns: the same flags and program
    except Exception:  # another re (a module, a name, a signature gone or changed)
        return ""
    return kept if same else ""


def _built(pattern: str, kept: str) -> re.Pattern:
    import json

    import _sre

    flags, code, groups, names, by_number = json.loads(kept)
    return _sre.compile(pattern, flags, array("I", bytes.fromhex(code)).tolist(), groups, names, tuple(by_number))
