"""Regular expressions compiled on their first use instead of at import.

A module's patterns are compiled by every process that imports it: the reading rules' (documents/structure.py) cost
each `telusur ask` milliseconds, though a question uses few of them and most serve only a build."""

from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """re.compile(pattern, flags), made when first used; its methods are then the compiled pattern's own, kept on the
    instance, so a call costs what it costs on a compiled pattern. `pattern` is there without compiling (for building
    another pattern from it). Not a re.Pattern: pass it to no re function."""

    def __init__(self, pattern: str | bytes, flags: int = 0):
        self.pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):  # only for a name the instance does not hold yet: the first use
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.flags, self.groups, self.groupindex = compiled.flags, compiled.groups, compiled.groupindex
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"
