"""A question worded otherwise than its text ("Apa kegunaan X?" over "manfaat X", "pertentangan" over "konflik"): the
text's terms for the other words of a question word's group, for the lexical side of the ranker.

The groups (data/indonesian-synonyms.tsv) are written in the index's own terms (Sastrawi's roots), so a question's
search term is looked up as it is and a group's word is kept only when the indexed text uses it, through the same
`spelled(word) -> term or None` look-up as an English question's words (query/english.py). A match through a group
counts SHARE of the word's own.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

GROUPS = Path(__file__).resolve().parents[1] / "data" / "indonesian-synonyms.tsv"
SHARE = 0.5  # a passage using only another word of the group: half the credit of one using the question's word


@lru_cache(maxsize=1)
def groups() -> dict[str, tuple[str, ...]]:
    """term -> the other words of every group it stands in (read once)."""
    out: dict[str, list[str]] = {}
    for line in GROUPS.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if not words or line.startswith("#"):
            continue
        for word in words:
            out.setdefault(word, []).extend(w for w in words if w != word and w not in out[word])
    return {word: tuple(others) for word, others in out.items()}


def related(term: str, spelled) -> list[str]:
    """The text's terms for the other words of the term's groups (spelled: a word -> the text's term, or None when
    the text never uses it)."""
    return list(dict.fromkeys(t for t in map(spelled, groups().get(term, ())) if t and t != term))
