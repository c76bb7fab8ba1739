"""The .txt reader: any encoding Indonesian text comes in, blog boilerplate removed, lines made into blocks."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import CorpusError
from .decode import decode_bytes, normalize_text, strip_boilerplate, title_from_name, title_from_text
from .model import Block, Document, Location
from .structure import MD_HEADING, is_reference_heading, list_marker, plain_blocks, unwrap


def read(raw: bytes, rel: str) -> Document:
    """A plain-text file: decoded, normalized, blog boilerplate removed, lines made into blocks."""
    text = normalize_text(decode_bytes(raw, rel))
    sha = hashlib.sha256(raw).hexdigest()
    from .html import document_from_html, looks_like_html  # a page or template saved as .txt is read as HTML

    if looks_like_html(text):
        return document_from_html(text, rel, sha)
    text, title = strip_boilerplate(text)
    text = unwrap(text)
    if not text.strip():
        raise CorpusError(f"{rel}: berkas kosong, tidak ada teks untuk diindeks.")
    return Document(rel, title or title_from_text(text) or title_from_name(Path(rel)), text, sha,
                    text_blocks(text), "txt")


def text_blocks(text: str) -> tuple[Block, ...]:
    """Blocks over the text itself (offsets unchanged), with the section path of Markdown-style "#" headings.
    A "Daftar Pustaka" line (with or without "#") opens a reference list: what follows, up to the next heading of
    its level or above, is reference entries."""
    blocks, section, references_at = [], [], None
    for a, b, kind in plain_blocks(text):
        line = text[a:b]
        if kind == "paragraph" and is_reference_heading(line):
            kind, line = "heading", "# " + line.strip()
        if kind == "heading":
            level = len(line.lstrip()) - len(line.lstrip().lstrip("#"))
            title = MD_HEADING.sub("", line).strip().rstrip("#").strip()
            section = [(lv, t) for lv, t in section if lv < level]
            if references_at is not None and level <= references_at:
                references_at = None
            if is_reference_heading(title):
                references_at = level
            blocks.append(Block("heading", a, b, Location(tuple(t for _, t in section)), level))
            section.append((level, title))
            continue
        if references_at is not None:
            kind = "reference"
        blocks.append(Block(kind, a, b, Location(tuple(t for _, t in section)), 0, list_marker(line)))
    return tuple(blocks)
