"""The .txt reader: any encoding Indonesian text comes in, blog boilerplate removed, lines made into blocks."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import CorpusError
from .decode import decode_bytes, normalize_text, strip_boilerplate, title_from_name, title_from_text
from .model import Block, Document, DocumentBuilder, Location
from .structure import (LIST_MARKER, MD_HEADING, document_words, hyphen_breaks_word, is_reference_heading,
                        list_marker, numbered_heading, plain_blocks, unwrap, wrap_width)


def read(raw: bytes, rel: str) -> Document:
    """A plain-text file: decoded, normalized, blog boilerplate removed, lines made into blocks."""
    text = normalize_text(without_page_furniture(decode_bytes(raw, rel)))
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


# A page number alone on its line: "45", "- 45 -", "Halaman 45", "hlm. 45 dari 60".
_PAGE_NUMBER = re.compile(r"^[-–—]?\s*(?:(?:halaman|hlm|hal|page)\.?\s*)?\d{1,4}(?:\s*(?:/|dari|of)\s*\d{1,4})?"
                          r"\s*[-–—]?$", re.I)
_TERMINAL = (".", "!", "?", ":", ";", "”", '"')


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
    seen: dict[str, set[int]] = {}
    for n, lines in enumerate(pages):
        for i in margins(lines):
            seen.setdefault(_furniture_key(lines[i]), set()).add(n)
    running = {key for key, on in seen.items() if len(on) >= 3 and 0 < len(key) <= 160}
    kept_pages = []
    for lines in pages:
        edge = set(margins(lines))
        kept = [line for i, line in enumerate(lines) if i not in edge or not (
            _PAGE_NUMBER.match(line.strip()) or _furniture_key(line) in running)]
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


def _furniture_key(line: str) -> str:
    return " ".join(re.sub(r"\d+", "#", line.lower()).split())


def text_blocks(text: str) -> tuple[Block, ...]:
    """Blocks over the text itself (offsets unchanged), with the section path of Markdown-style "#" headings.
    A "Daftar Pustaka" line (with or without "#") opens a reference list: what follows, up to the next heading of
    its level or above, is reference entries."""
    blocks, section, references_at = [], [], None
    spans = plain_blocks(text)
    skip = -1
    for i, (a, b, kind) in enumerate(spans):
        if i == skip:
            continue
        line = text[a:b]
        if kind == "paragraph" and is_reference_heading(line):
            kind, line = "heading", "# " + line.strip()
        numbered = numbered_heading(line) if kind != "heading" else 0
        if numbered:  # "BAB II" over "LANDASAN TEORI" is one heading; "2.1 Pengertian" one level down
            following = spans[i + 1] if i + 1 < len(spans) else None
            if _CHAPTER_ALONE.match(line) and following and _title_line(text[following[0]:following[1]]):
                b, skip = following[1], i + 1
                line = text[a:b]
            kind, line = "heading", "#" * numbered + " " + " ".join(line.split())
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


_CHAPTER_ALONE = re.compile(r"^\s*(?:BAB|Bab)\s+(?:[IVXLC]{1,5}|\d{1,2})\s*$")
def _title_line(line: str) -> bool:
    """A chapter's title under "BAB II": short, in capitals, ending no sentence."""
    line = line.strip()
    return 0 < len(line) <= 80 and "\n" not in line and line.upper() == line and any(c.isalpha() for c in line) \
        and not line.endswith((".", ",", ";", ":"))


PASTED_MIN_LINES = 8  # fewer paragraphs than this say nothing about how the text was made
PASTED_OPEN_SHARE = 0.5  # ... and at least this share of them end mid-sentence


def pasted_lines(doc: Document) -> Document:
    """A document whose paragraphs are the lines of a text (copied out of a PDF viewer and pasted into Word, one
    paragraph per line; a web page made from a PDF, a <p> or a <br> per line) read as the .txt reader reads that
    text: each run of paragraphs and typed list items
    between the document's own headings, tables and notes is joined line by line and rebuilt (wrapped lines
    joined, "BAB II" / "2.1 …" headings, lists and a reference list found as in a .txt file). A document of real
    paragraphs is returned unchanged: its paragraphs are not of one width, and most end a sentence."""
    lines = [line for b in doc.blocks if b.kind == "paragraph" for line in doc.block_text(b).split("\n")]
    if len(lines) < PASTED_MIN_LINES or wrap_width(lines) is None:
        return doc
    if sum(not line.rstrip().endswith(_TERMINAL) for line in lines) < PASTED_OPEN_SHARE * len(lines):
        return doc
    numbers = page_number_lines([doc.block_text(b) if b.kind == "paragraph" else "" for b in doc.blocks])
    builder = DocumentBuilder()
    run: list[str] = []

    def flush() -> None:
        text = unwrap("\n".join(run))
        run.clear()
        base = len(builder.section)  # headings in the run go under the document's own open headings
        for block in text_blocks(text):
            piece = text[block.start:block.end]
            if block.kind == "heading":
                builder.heading(MD_HEADING.sub("", " ".join(piece.split())).strip(), base + block.level)
            elif block.kind == "item":
                builder.add("item", LIST_MARKER.sub("", piece, count=1), marker=block.marker)
            else:
                builder.add(block.kind, piece)
    for i, b in enumerate(doc.blocks):
        if i in numbers:  # the page number a line of the copied page carried, cutting a sentence at the page turn
            continue
        if b.kind in ("paragraph", "item") and not b.level:
            run.append(doc.block_text(b))
            continue
        if run:
            flush()
        pages = {"first_page": b.location.first_page, "last_page": b.location.last_page}
        if b.kind == "heading":
            builder.heading(doc.block_text(b), b.level, **pages)
        else:
            text = doc.block_text(b)
            builder.add(b.kind, text[len(b.marker):] if b.kind == "item" else text, b.level, b.marker, **pages)
    if run:
        flush()
    return builder.build(doc.path, doc.title, doc.sha256, doc.format, doc.pages, doc.warnings)


def page_number_lines(lines: list[str]) -> set[int]:
    """Positions of the lines that are page numbers in a text copied page after page: lines holding only a number
    ("21", "- 21 -", "Halaman 21") that count up one page at a time (two where a page has none), three or more;
    and any such line standing inside a sentence that runs on across it."""
    found = [(i, int(re.search(r"\d+", line).group())) for i, line in enumerate(lines)
             if line.strip() and _PAGE_NUMBER.match(line.strip())]
    chains: list[list[tuple[int, int]]] = []  # page numbers counting up, other numbers skipped between them
    for i, n in found:
        going = [c for c in chains if 1 <= n - c[-1][1] <= 2]
        if going:
            max(going, key=len).append((i, n))
        else:
            chains.append([(i, n)])
    out = {i for c in chains if len(c) >= 3 for i, _ in c}
    for i, _ in found:  # one alone where a sentence runs on across it ("… masih sering" / "21" / "mengabaikan …")
        before, after = (lines[i - 1].rstrip() if i else ""), (lines[i + 1].lstrip() if i + 1 < len(lines) else "")
        if before and not before.endswith(_TERMINAL) and after[:1].islower():
            out.add(i)
    return out
