"""Documents -> Chunks by structure: paragraphs, lists with their lead-in, numbered headings with their body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .citations import Citation, find_citations, is_citation_line
from .corpus import Document
from .sentences import sentence_spans

CHUNKER_VERSION = "1"
MAX_CHUNK_CHARS = 1500
TARGET_PIECE_CHARS = 800

LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]|[-*•·])\s*(?=\S)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_TERMINAL = tuple(".!?;:\"”’)")


@dataclass(frozen=True)
class Chunk:
    id: int
    document: str  # document title
    path: str  # document path relative to the corpus folder
    text: str  # verbatim slice of the document text
    start: int  # character offsets into the document text
    end: int
    start_paragraph: int  # 1-based, inclusive
    end_paragraph: int
    heading: str | None  # the section heading or list lead-in this chunk belongs to
    citations: tuple[Citation, ...] = field(default=())

    @property
    def embed_text(self) -> str:
        """What the encoder sees: the chunk, preceded by its heading when the heading is not in it."""
        if self.heading and self.heading not in self.text:
            return f"{self.heading}\n{self.text}"
        return self.text


@dataclass(frozen=True)
class Paragraph:
    number: int
    start: int
    end: int
    kind: str  # text | item | heading | leadin | citation | section


def line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) for every line of the text, end excluding the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def paragraphs(text: str) -> list[Paragraph]:
    """Lines are paragraphs; hard-wrapped lines (no end punctuation, next starts in lower case) are joined."""
    merged: list[list[int]] = []
    for a, b, _ in line_spans(text):
        if not text[a:b].strip():
            merged.append([])
            continue
        if merged and merged[-1] and _continues(text, merged[-1], a, b):
            merged[-1][1] = b
        else:
            merged.append([a, b])
    spans = [(a, b) for a, b in (m for m in merged if m)]
    out = [Paragraph(i + 1, a, b, _kind(text[a:b])) for i, (a, b) in enumerate(spans)]
    return [_promote_heading(out, i, text) for i in range(len(out))]


def _continues(text: str, prev: list[int], a: int, b: int) -> bool:
    before, line = text[prev[0]:prev[1]].rstrip(), text[a:b].lstrip()
    return (
        len(before) > 60
        and not before.endswith(_TERMINAL)
        and line[:1].islower()
        and not LIST_ITEM.match(text[prev[0]:prev[1]])
    )


def _kind(line: str) -> str:
    if _MD_HEADING.match(line):
        return "section"
    if is_citation_line(line):
        return "citation"
    if LIST_ITEM.match(line):
        return "item"
    if line.rstrip().endswith(":"):
        return "leadin"
    return "text"


def _promote_heading(paras: list[Paragraph], i: int, text: str) -> Paragraph:
    """A short numbered line followed by prose is a heading ("2. Kerjasam Regional")."""
    p = paras[i]
    line = text[p.start:p.end].strip()
    nxt = paras[i + 1] if i + 1 < len(paras) else None
    after_item = i > 0 and paras[i - 1].kind == "item"  # "1. a / 2. b / 3. c" then prose: c is no heading
    if p.kind == "item" and nxt and nxt.kind == "text" and not after_item and len(line) <= 60 and not line.endswith(_TERMINAL):
        return Paragraph(p.number, p.start, p.end, "heading")
    return p


@dataclass
class _Block:
    paras: list[Paragraph]
    section: str | None
    is_list: bool = False


def blocks(paras: list[Paragraph], text: str) -> list[_Block]:
    """Group paragraphs: a lead-in with its items (and any citation line), a heading with its body."""
    out: list[_Block] = []
    section, i = None, 0
    while i < len(paras):
        p = paras[i]
        if p.kind == "section":
            section = _MD_HEADING.sub("", text[p.start:p.end]).strip()
            i += 1
            continue
        if p.kind == "citation":
            if out:
                out[-1].paras.append(p)
            else:
                out.append(_Block([p], section))
            i += 1
            continue
        group, i = _take_group(paras, i)
        out.append(_Block(group, section, is_list=any(q.kind in ("item", "heading") for q in group)))
    return out


def _take_group(paras: list[Paragraph], i: int) -> tuple[list[Paragraph], int]:
    first = paras[i]
    group = [first]
    i += 1
    if first.kind == "text":
        return group, i
    if first.kind == "heading" and i < len(paras) and paras[i].kind == "text":
        group.append(paras[i])  # a numbered heading with the paragraph under it
        i += 1
    if first.kind == "leadin":
        while i < len(paras) and paras[i].kind == "citation":
            group.append(paras[i])
            i += 1
        if i < len(paras) and paras[i].kind in ("text", "leadin") and not _list_follows(paras, i):
            group.append(paras[i])  # a lead-in introducing a quote or a paragraph
            return group, i + 1
    while i < len(paras) and paras[i].kind in ("item", "heading", "citation"):
        group.append(paras[i])
        if paras[i].kind == "heading" and i + 1 < len(paras) and paras[i + 1].kind == "text":
            group.append(paras[i + 1])
            i += 1
        i += 1
    return group, i


def _list_follows(paras: list[Paragraph], i: int) -> bool:
    return paras[i].kind == "leadin" and i + 1 < len(paras) and paras[i + 1].kind in ("item", "heading")


def chunk_document(doc: Document, first_id: int = 0) -> list[Chunk]:
    paras = paragraphs(doc.text)
    chunks: list[Chunk] = []
    for block in blocks(paras, doc.text):
        for piece in _split(block, doc.text):
            chunks.append(_make_chunk(doc, first_id + len(chunks), piece, block))
    return chunks


@dataclass
class _Piece:
    start: int
    end: int
    first_para: int
    last_para: int
    heading: str | None
    citations: tuple[Citation, ...]


def _split(block: _Block, text: str) -> list[_Piece]:
    start, end = block.paras[0].start, block.paras[-1].end
    context_start = start
    cites = tuple(find_citations(text, start, end, context_start))
    whole = _Piece(start, end, block.paras[0].number, block.paras[-1].number, block.section, cites)
    if end - start <= MAX_CHUNK_CHARS:
        return [whole]
    if block.is_list:
        return _split_list(block, text, cites)
    return _split_sentences(whole, text)


def _split_list(block: _Block, text: str, cites: tuple[Citation, ...]) -> list[_Piece]:
    """Too long for one chunk: items packed greedily, each piece headed by the lead-in, all citing the list."""
    lead = block.paras[0]
    heading = text[lead.start:lead.end].strip() if lead.kind == "leadin" else block.section
    units = _list_units(block.paras[1:] if lead.kind == "leadin" else block.paras)
    pieces: list[list[Paragraph]] = []
    for unit in units:
        size = unit[-1].end - (pieces[-1][0].start if pieces else unit[0].start)
        if pieces and size <= TARGET_PIECE_CHARS:
            pieces[-1] += unit
        else:
            pieces.append(list(unit))
    if lead.kind == "leadin":
        pieces[0] = [lead] + pieces[0]
    return [_Piece(p[0].start, p[-1].end, p[0].number, p[-1].number, heading, cites) for p in pieces]


def _list_units(paras: list[Paragraph]) -> list[list[Paragraph]]:
    units: list[list[Paragraph]] = []
    for p in paras:
        if units and (p.kind in ("text", "citation") and units[-1][-1].kind in ("heading", "item", "text")):
            units[-1].append(p)
        else:
            units.append([p])
    return units


def _split_sentences(piece: _Piece, text: str) -> list[_Piece]:
    """A long paragraph, cut at sentence ends; a citation closing it cites every piece."""
    groups: list[list[tuple[int, int]]] = []
    for span in sentence_spans(text, piece.start, piece.end):
        if groups and span[1] - groups[-1][0][0] <= TARGET_PIECE_CHARS:
            groups[-1].append(span)
        else:
            groups.append([span])
    closing = {c for c in piece.citations if text[c.end:piece.end].strip(" .;,”\"") == ""}
    out = []
    for g in groups:
        a, b = g[0][0], g[-1][1]
        own = {c for c in piece.citations if a <= c.start < b}
        cites = tuple(sorted(own | closing, key=lambda c: c.start))
        out.append(_Piece(a, b, piece.first_para, piece.last_para, piece.heading, cites))
    return out


def _make_chunk(doc: Document, chunk_id: int, piece: _Piece, block: _Block) -> Chunk:
    return Chunk(
        id=chunk_id,
        document=doc.title,
        path=doc.path,
        text=doc.text[piece.start:piece.end],
        start=piece.start,
        end=piece.end,
        start_paragraph=piece.first_para,
        end_paragraph=piece.last_para,
        heading=piece.heading,
        citations=piece.citations,
    )


def item_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of each list item in a chunk's text: its numbered line and the lines under it, citations aside."""
    spans: list[list[int]] = []
    for a, b, line in line_spans(text):
        if not line.strip():
            continue
        if LIST_ITEM.match(line):
            spans.append([a, b])
        elif spans and not is_citation_line(line):
            spans[-1][1] = b
    return [(a, b) for a, b in spans]


def chunk_parts(chunk: Chunk) -> list[str]:
    """Each item of a list chunk as text of its own (lead-in first), so a question about one item finds the list."""
    lines = [line for line in chunk.text.split("\n") if line.strip()]
    lead = lines[0] if lines and lines[0].rstrip().endswith(":") and not LIST_ITEM.match(lines[0]) else (chunk.heading or "")
    lead = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead else ""
    items = [_item_text(chunk.text[a:b]) for a, b in item_spans(chunk.text)]
    if len(items) < 2:
        return []
    return [f"{lead}\n{item}" if lead else item for item in items]


def _item_text(span: str) -> str:
    return "\n".join(line for line in span.split("\n") if line.strip() and not is_citation_line(line))
