"""bench/abstention.py fits the abstention weights on the open team sets and reports each writer held out. Its list of
team sets was written by hand (team .. team6) and went stale as the lead opened team sets 7-9: the fit and its
held-out table never saw 936 open questions. It reads bench/halves.py OPEN_SETS now, but the session's judge."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import abstention  # noqa: E402
import halves  # noqa: E402


def test_every_open_team_set_but_the_judge_is_read_and_is_a_writer():
    opened = [n for n in halves.OPEN_SETS if n in halves.TEAM_SETS]
    assert halves.JUDGE in opened
    assert [n for n in opened if n != halves.JUDGE] == list(abstention.OPEN_TEAM_SETS)
    assert {"team9", "oos team9"} <= set(abstention.WRITERS)
    assert halves.JUDGE not in abstention.WRITERS and "oos " + halves.JUDGE not in abstention.WRITERS
    assert not set(abstention.WRITERS) & {n for n in halves.TEAM_SETS if n not in halves.OPEN_SETS}


def test_a_team_set_is_held_out_with_its_own_out_of_scope_questions():
    """One writer wrote a team set's answerable and out-of-scope questions: holding out 'team5' while fitting on
    'oos team5' is not holding the writer out."""
    items = [{"writer": w} for w in ("team5", "oos team5", "team6", "oos team6", "oos near", "tuning")]
    y = np.array([1, 0, 1, 0, 0, 1], float)
    seen = {}

    def fit_out(train, test):
        seen[tuple(np.flatnonzero(test))] = tuple(np.flatnonzero(train))
        return np.full(int(test.sum()), 0.9)

    abstention.by_writer(items, y, fit_out, 0.5)
    assert seen[(0,)] == seen[(1,)] == (2, 3, 4, 5)  # team5 and its out of scope: neither fitted on
    assert seen[(4,)] == (0, 1, 2, 3, 5)


def test_the_penalties_chosen_without_a_writer_never_read_its_questions():
    """--choose: the point chosen without team5 is the one the other writers prefer, though team5's own answerable
    question would pick another (the figure left out is what a new writer meets; the one chosen on every writer is
    the fitted figure): the floor of out of scope declined first, then the fewest answerable declined, the most out
    of scope declined, the nearest the hand-set point."""
    items = [{"writer": w} for w in ("team5", "oos team5", "team6", "oos team6", "tuning")]
    y = np.array([1, 0, 1, 0, 1])
    hand, spares, lenient = (0.0,), (2.0,), (1.0,)
    declined = {hand: np.array([1, 1, 0, 1, 0], bool),     # team5's answerable question declined
                spares: np.array([0, 1, 0, 1, 0], bool),   # the same out of scope declined, team5's answered
                lenient: np.array([0, 0, 0, 0, 0], bool)}  # no out of scope declined: under the floor
    report = abstention.chosen_by_writer(items, y, declined, hand, np.ones(5, bool), floor=0.9)
    assert report["fitted"] == {"words_apart": 2.0}
    assert report["writers"]["team5"]["fitted"]["answerable_declined"] == 0
    assert report["writers"]["team5"]["chosen without it"] == {"words_apart": 0.0}  # a tie elsewhere: the nearest
    assert report["writers"]["team5"]["left_out"]["answerable_declined"] == 1
    assert abstention.choose({lenient: declined[lenient]}, y, np.ones(5, bool), hand) == hand  # none meets the floor


def test_the_english_fit_by_writer_reads_the_open_sets_english_questions_only(monkeypatch):
    """bench/english_abstention.py --writers fits the English-only weights on every open set's English questions
    (abstention.py's cases, so never the judge nor a held-out set), each with its writer; an Indonesian question (its
    english feature 0) is no example of it."""
    import english_abstention
    from telusur.query.ranker import QUESTION_FEATURES

    cases = [("team9", "What is the capital of Australia?", "oos:x", False, "oos team9"),
             ("team9", "Apa ibu kota Australia?", "oos:y", False, "oos team9"),
             ("english2", "Why do toddlers get ISPA?", "ispa.md", True, "english2")]
    monkeypatch.setattr(abstention, "engines_and_cases", lambda cache, english=False: ({}, cases))
    english = QUESTION_FEATURES.index("english")

    def features(engines, asked):
        return [{"question": q, "group": g, "answerable": a, "source": s,
                 "features": np.eye(len(QUESTION_FEATURES))[english] * (q[0] != "A")} for _, q, g, a, s in asked]

    monkeypatch.setattr(english_abstention, "with_features", features)
    items = english_abstention.examples(Path("unused"), writers=True)
    assert [(e["question"], e["writer"]) for e in items] == [("What is the capital of Australia?", "oos team9"),
                                                              ("Why do toddlers get ISPA?", "english2")]


def test_examples_kept_for_another_kind_of_run_are_made_again(tmp_path, capsys):
    """--examples keeps the examples' features; a file saved without --writers holds no writer, so a --writers run
    makes its own instead of fitting on it (and says so)."""
    import english_abstention

    kept = tmp_path / "examples.pickle"
    assert english_abstention.cached_examples(kept, lambda: [{"question": "plain"}]) == [{"question": "plain"}]
    assert english_abstention.cached_examples(kept, lambda: [{"question": "again"}]) == [{"question": "plain"}]
    made = english_abstention.cached_examples(kept, lambda: [{"question": "by writer"}], "writers")
    assert made == [{"question": "by writer"}]
    assert "another run" in capsys.readouterr().err
    assert english_abstention.cached_examples(kept, lambda: [], "writers") == [{"question": "by writer"}]
