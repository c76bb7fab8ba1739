"""Author-year citations: in-text citations, reference-list entries, linking them, and the registry of works."""

from .intext import Citation, find_citations, is_citation_line
from .references import Reference, looks_like_entry, parse_reference, reference_entries
from .registry import CheckReport, CitingPassage, Work, build_registry, check_report

__all__ = ["Citation", "CheckReport", "CitingPassage", "Reference", "Work", "build_registry", "check_report",
           "find_citations", "is_citation_line", "looks_like_entry", "parse_reference", "reference_entries"]
