"""Bounds of the fitted ranker's features (query/ranker.py) that no unit case held: a mutation pass over ranker.py
(each condition forced or dropped, each comparison and constant moved, replayed over every call the open sets make
into it, then the unit tests run) left these alive. Made-up texts, with the stub encoder."""

from __future__ import annotations

import pytest

from .test_ranker import PEMASARAN, _question_features


@pytest.mark.parametrize("question, absent", [
    ("Apa yang dimaksud dengan bauran harga digital?", True),  # three words, never in one passage: a term not written
    ("Apa yang dimaksud dengan bauran harga promosi digital?", False),  # four: most of the question, says nothing
])
def test_a_term_of_at_most_focus_tokens_words_can_be_absent_and_a_longer_one_cannot(course, question, absent):
    """ranker.FOCUS_TOKENS (3) is where a definition question's "term" stops being a term: up to three words, no
    passage writing them all is a term the text never defines; four or more are most of the question."""
    engine = course({"pemasaran.md": PEMASARAN})
    assert engine._state[1].focus_absent(question) is absent
    assert _question_features(engine, question)["focus_absent"] == float(absent)
