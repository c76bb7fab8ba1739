"""Author-year citations: in-text citations, reference-list entries, linking them, and the registry of works."""

# Bumped when parsing or linking changes, so that indexes built with the older rules are rebuilt. What each bump
# changed is in its commit message: git log -G^CITATIONS_VERSION --oneline -- src/telusur/citations/__init__.py
CITATIONS_VERSION = "206"

from importlib import import_module

# name -> module: loaded on first use, so opening an index and answering (model.py only) compile no parsing rules
_EXPORTS = {"Citation": "model", "find_citations": "intext",
            "Reference": "model", "looks_like_entry": "references", "parse_reference": "references",
            "reference_entries": "references",
            "CheckReport": "registry", "CitingPassage": "model", "Work": "model", "build_registry": "registry",
            "check_report": "registry"}
__all__ = ["CITATIONS_VERSION", *_EXPORTS]


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value
