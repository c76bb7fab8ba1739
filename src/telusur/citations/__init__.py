"""Author-year citations: in-text citations, and the registry of the works they cite."""

from .intext import Citation, find_citations, is_citation_line
from .registry import CitingPassage, Work, build_registry

__all__ = ["Citation", "CitingPassage", "Work", "build_registry", "find_citations", "is_citation_line"]
