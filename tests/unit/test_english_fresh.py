"""bench/english_fresh.py: a question is fresh when no earlier writer's evidence lies in its passage; the same
writer's other questions, written together, do not make it asked."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import english_fresh  # noqa: E402

A, B, C = ("doc.md", "passage a"), ("doc.md", "passage b"), ("other.pdf", "passage c")


def test_a_passage_an_earlier_writer_asked_about_is_asked_and_one_nobody_did_is_fresh():
    records = [("tuning", frozenset({A})), ("team", frozenset({A})), ("team", frozenset({B})),
               ("team2", frozenset({B, C})), ("team2", frozenset({C}))]
    assert english_fresh.fresh_flags(records) == [True, False, True, False, True]


def test_a_writers_own_questions_on_one_passage_are_all_fresh_and_an_evidence_found_nowhere_is_not():
    records = [("team", frozenset({A})), ("team", frozenset({A})), ("team2", frozenset()), ("team3", frozenset({A}))]
    assert english_fresh.fresh_flags(records) == [True, True, False, False]
