"""The .txt reader: any encoding Indonesian text comes in, blog boilerplate removed, lines made into blocks."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import CorpusError
from .decode import decode_bytes, normalize_text, strip_boilerplate, title_from_name, title_from_text
from .furniture import furniture_key, left_out, running_lines
from .model import Document
from .structure import (PAGE_NUMBER, cell_line_tables, dash_tables, document_words, hyphen_breaks_word,
                        is_short_heading, page_number_lines, parted_by_lines, pipe_tables, place_section_names,
                        text_blocks, unwrap)


def read(raw: bytes, rel: str) -> Document:
    """A plain-text file: decoded, normalized, blog boilerplate removed, lines made into blocks."""
    decoded = decode_bytes(raw, rel)
    text = normalize_text(without_page_furniture(page_breaks_at_numbers(cell_line_tables(decoded))))
    sha = hashlib.sha256(raw).hexdigest()
    from .html import document_from_html, looks_like_html  # a page or template saved as .txt is read as HTML

    if looks_like_html(text):
        return document_from_html(text, rel, sha)
    if "\f" not in text and looks_like_markdown(text):  # notes or a chatbot's answer saved as .txt
        from dataclasses import replace

        from .markdown import read as read_markdown
        titled = _titled_markdown(decoded)
        return replace(read_markdown(raw if titled == decoded else titled.encode("utf-8"), rel), format="txt",
                       sha256=sha)
    text, title = strip_boilerplate(text)
    text = pipe_tables(unwrap(dash_tables(without_page_numbers(text))))
    if not text.strip():
        raise CorpusError(f"{rel}: berkas kosong, tidak ada teks untuk diindeks.")
    placed: set[int] = set()  # titles with no level of their own, placed as a bold line is in the other formats
    blocks = text_blocks(text, placed, parted_by_lines(text))
    opening = text[blocks[0].start:blocks[0].end].lstrip("# ").strip() if blocks and blocks[0].kind == "heading" else ""
    return place_section_names(Document(rel, title or title_from_text(text) or opening or title_from_name(Path(rel)),
                                        text, sha, blocks, "txt"), placed)


_TERMINAL = (".", "!", "?", ":", ";", "”", '"')
_MD_BOLD = re.compile(r"(?<![*\w])\*\*(?=\S)[^*\n]+?(?<=\S)\*\*(?![*\w])")
_MD_ATX = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MD_LIST = re.compile(r"^\d{1,3}[.)]\s")  # an ordered list's item, no title
MARKDOWN_BOLD_LINES = 2  # lines with "**bold**" that make a .txt Markdown, or one beside a "#" heading


def looks_like_markdown(text: str) -> bool:
    """A .txt written in Markdown (a note app's export, a chatbot's answer pasted and saved): "**bold**" on two
    lines, or on one beside a "## heading". Read as plain text, "**Inflasi** adalah …" was a list item ("*")."""
    bold = sum(1 for line in text.split("\n") if _MD_BOLD.search(line))
    return bold >= MARKDOWN_BOLD_LINES or bold >= 1 and bool(_MD_ATX.search(text))


def _titled_markdown(text: str) -> str:
    """A .txt in Markdown whose first line is a plain title over a blank line ("Catatan Kuliah Statistika"), as the
    plain reader takes one: written as a Markdown heading, so that it stays the title (Markdown reads it as a
    paragraph, and the file's name became the title)."""
    first, _, rest = text.lstrip("\n").partition("\n")
    plain = first[:1].isalnum() and not _MD_LIST.match(first) and "**" not in first and "|" not in first
    return f"# {first}\n{rest}" if plain and is_short_heading(first) and rest.startswith("\n") and rest.strip() else text


def without_page_furniture(text: str) -> str:
    """Text a PDF was converted to (pdftotext puts a form feed between pages) without its page furniture: page
    numbers and lines repeated at the top or foot of three or more pages (a running header, digits aside) are
    left out, and a paragraph cut by a page break is put back together. Text without form feeds is unchanged."""
    if "\f" not in text:
        return text
    pages = [page.split("\n") for page in text.replace("\r\n", "\n").split("\f")]

    def margins(lines: list[str]) -> list[int]:  # the first and last three lines holding text
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return filled[:3] + filled[-3:]
    running = running_lines(((furniture_key(lines[i]), n) for n, lines in enumerate(pages) for i in margins(lines)),
                            misread=True)
    kept_pages, met = [], set()
    for lines in pages:
        edge = set(margins(lines))
        kept = [line for i, line in enumerate(lines) if i not in edge or not (
            PAGE_NUMBER.match(line.strip()) or left_out(line, running, met, furniture_key(line)))]
        while kept and not kept[-1].strip():
            kept.pop()
        while kept and not kept[0].strip():
            kept.pop(0)
        if kept:
            kept_pages.append(kept)
    out: list[str] = []
    for lines in kept_pages:  # a page ending mid-sentence runs on into the next one
        last, first = (out[-1].rstrip(), lines[0].lstrip()) if out else ("", "")
        if not out or last.endswith(_TERMINAL) or not first[:1].islower():
            out += ([""] if out else []) + lines
            continue
        if last.endswith("-") and last[-2:-1].isalpha():
            broken = hyphen_breaks_word(last[:-1], first, document_words(text))
            out[-1] = (last[:-1] if broken else last) + first
        else:
            out[-1] = f"{last} {first}"
        out += lines[1:]
    return "\n".join(out)


def page_breaks_at_numbers(text: str) -> str:
    """Text copied out of a PDF viewer page after page (no form feeds) with a page break where each of its page
    numbers stands (structure.page_number_lines), so that without_page_furniture reads its pages as it reads
    pdftotext's: a running header repeated on every page left out, a sentence cut by the page turn put together."""
    if "\f" in text:
        return text
    lines = text.replace("\r\n", "\n").split("\n")
    numbers = page_number_lines(lines)
    return "\n".join("\f" if i in numbers else line for i, line in enumerate(lines)) if numbers else text


def without_page_numbers(text: str) -> str:
    """Text copied out of a PDF viewer page after page (no form feeds between pages) without the page numbers that
    stand among its lines (structure.page_number_lines), so a sentence running over a page joins again."""
    lines = text.split("\n")
    numbers = page_number_lines(lines)
    return "\n".join(line for i, line in enumerate(lines) if i not in numbers) if numbers else text
