"""Example questions made from a corpus's own structure: list lead-ins and short headings."""

from __future__ import annotations

import re

from .chunking import Chunk
from .documents.structure import LIST_ITEM, is_lead_in, is_short_item

_LEAD_TAIL = re.compile(r"[\s,]*(?:yaitu|yakni|antara lain|sebagai berikut|berikut ini|adalah|meliputi)?\s*:\s*$", re.I)
_LEAD_HEAD = re.compile(r"^(?:terdapat|ada|berikut|adapun)\s+", re.I)


def example_questions(chunks: list[Chunk], n: int = 4) -> list[str]:
    """Up to n distinct questions, lists first (they make the best first questions), then headings."""
    from_lists, from_headings = [], []
    for chunk in chunks:
        lines = [line.strip() for line in chunk.text.split("\n") if line.strip()]
        for i, line in enumerate(lines):
            if is_lead_in(line) and i + 1 < len(lines):
                q = _from_lead_in(line)
                if q:
                    from_lists.append(q)
            elif is_short_item(line) and i + 1 < len(lines) and not LIST_ITEM.match(lines[i + 1]):
                from_headings.append(_from_heading(LIST_ITEM.sub("", line)))
    out = []
    for q in _interleave(from_lists, from_headings):
        if q not in out:
            out.append(q)
    return out[:n]


def _from_lead_in(line: str) -> str | None:
    sentence = re.split(r"(?<=[.!?])\s+", line)[-1]
    body = _LEAD_TAIL.sub("", sentence).strip()
    if len(body.split()) < 2:
        return None
    if _LEAD_HEAD.match(body):
        return f"Apa saja {_lower_first(_LEAD_HEAD.sub('', body))}?"
    if len(body.split()) <= 4:
        return f"Apa {_lower_first(body)}?"
    return None


def _from_heading(title: str) -> str:
    return f"Apa yang dimaksud dengan {_lower_first(title.strip())}?"


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text if first.isupper() and len(first) > 1 else text[:1].lower() + text[1:]


def _interleave(a: list[str], b: list[str]) -> list[str]:
    out = []
    for i in range(max(len(a), len(b))):
        out += [x[i] for x in (a, b) if i < len(x)]
    return out
