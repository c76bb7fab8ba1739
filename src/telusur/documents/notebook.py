"""The .ipynb reader: a Jupyter notebook's cells written as the Markdown they mean, then read by the Markdown reader.

Data-science and programming courses hand out notebooks: their Markdown cells are the lesson's text, their code cells
its examples. A Markdown cell is Markdown as it stands; a code cell is code, fenced with the notebook's language (so
its "# komentar" lines are no headings and its lines stay as written); a raw cell (nbconvert's LaTeX or reST) and a
cell's outputs (printed values, tables, base64 pictures) are left out: what the program printed is no text of the
lesson, and a run of a hundred "Generasi 12: ..." lines would outnumber its sentences."""

from __future__ import annotations

import json

from ..errors import CorpusError
from .model import Document


def read(raw: bytes, rel: str) -> Document:
    """A notebook, its cells written as Markdown and read as a .md file is."""
    from .markdown import read_markdown

    def readable(text: str) -> str:
        try:
            return as_markdown(text)
        except (ValueError, TypeError, AttributeError) as exc:
            raise CorpusError(f"{rel}: notebook Jupyter ini rusak (isinya bukan JSON notebook: {exc}); buka dan "
                              "simpan ulang di Jupyter, atau ekspor sebagai .md atau PDF.") from None

    return read_markdown(raw, rel, "ipynb", readable)


def as_markdown(text: str) -> str:
    """The Markdown a notebook's JSON text means (cells_as_markdown); ValueError when it is no notebook."""
    return cells_as_markdown(json.loads(text))


def cells_as_markdown(notebook: dict) -> str:
    """The Markdown a notebook means: its Markdown cells as written, its code cells fenced in its language, in order
    (nbformat 4 "cells"; nbformat 3 keeps them in "worksheets")."""
    language = _language(notebook.get("metadata") or {})
    parts = []
    for cell in cells(notebook):
        kind = cell.get("cell_type")
        source = cell_source(cell)
        if not source.strip():
            continue
        if kind == "markdown" or kind == "heading":  # nbformat 3's heading cells carry their level
            level = cell.get("level")
            parts.append(f"{'#' * int(level)} {source.strip()}" if kind == "heading" and level else source.strip("\n"))
        elif kind == "code":
            fence = "```"
            while fence in source:
                fence += "`"
            parts.append(f"{fence}{language}\n{source.rstrip()}\n{fence}")
    return "\n\n".join(parts) + "\n"


def cells(notebook: dict) -> list[dict]:
    """A notebook's cells in order (nbformat 4 "cells"; nbformat 3 keeps them in "worksheets")."""
    found = notebook.get("cells")
    if found is None:
        found = [c for sheet in notebook.get("worksheets") or [] for c in sheet.get("cells") or []]
    return found


def cell_source(cell: dict) -> str:
    """A cell's text (nbformat 3 calls a code cell's "input"), its list of lines joined."""
    source = cell.get("source", cell.get("input", ""))
    return "".join(source) if isinstance(source, list) else str(source or "")


def _language(metadata: dict) -> str:
    """The notebook's programming language as a fence names it ("python", "r", "julia"); "python" when unsaid."""
    info = metadata.get("language_info") or {}
    kernel = metadata.get("kernelspec") or {}
    name = str(info.get("name") or kernel.get("language") or "python").strip().lower()
    return "".join(ch for ch in name if ch.isalnum() or ch in "+-#") or "python"
