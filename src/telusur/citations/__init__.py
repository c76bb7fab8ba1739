"""Author-year citations: in-text citations, reference-list entries, linking them, and the registry of works."""

# Bumped when parsing or linking changes, so that indexes built with the older rules are rebuilt.
CITATIONS_VERSION = "7"  # 7: a footnote naming a work is not among its citing passages (Citation.in_note)

from .intext import Citation, find_citations
from .references import Reference, looks_like_entry, parse_reference, reference_entries
from .registry import CheckReport, CitingPassage, Work, build_registry, check_report

__all__ = ["CITATIONS_VERSION", "Citation", "CheckReport", "CitingPassage", "Reference", "Work", "build_registry", "check_report",
           "find_citations", "looks_like_entry", "parse_reference", "reference_entries"]
