"""bench/fit_ranker.py fits the abstention and the displayed confidence on out-of-scope rows asked over the tuning
half's index. A row of tests/data/texts/out-of-scope.jsonl written for other texts ("Apa penyebab stunting pada
anak?") is answered there by a document the row names (answered_by): it was a training row labelled out of scope for
a question the index answers. The fit leaves such a row out, as bench/halves.out_of_scope_over does."""

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import fit_ranker  # noqa: E402
import halves  # noqa: E402

ROWS = [
    {"question": "Apa penyebab stunting pada anak?", "near": "ispa.md", "answered_by": ["more/stunting.html"]},
    {"question": "Apa saja gejala tuberkulosis pada balita?", "near": "ispa.md"},
]


class _Engine:
    retriever = "retriever"

    def read(self, question, history=()):
        return SimpleNamespace(searched=question)


def test_an_out_of_scope_row_the_index_answers_is_not_fitted(monkeypatch):
    plan = {"docs": ["ispa.md", "more/stunting.html"], "questions": [], "out_of_scope": []}
    monkeypatch.setattr(halves, "half_questions", lambda: {"tuning": plan})
    monkeypatch.setattr(halves, "half_corpus", lambda folder, docs: folder)
    monkeypatch.setattr(halves, "open_engine", lambda corpus, index: (_Engine(), 0.0))
    monkeypatch.setattr(halves, "load", lambda path: ROWS if path.name == "out-of-scope.jsonl" else [])
    asked = [e.question for e in fit_ranker.examples(Path("unused"))]
    assert asked == ["Apa saja gejala tuberkulosis pada balita?"]


def test_a_feature_left_out_by_default_and_refitted_is_written():
    """--passage-free gives_count fitted the weight and the file left it out (LEFT_OUT), so ask ranked without it."""
    assert "gives_count" in fit_ranker.LEFT_OUT
    kept_out = fit_ranker.fitted_at_zero(None, ["english_passage", "gives_count"])
    assert "gives_count" not in kept_out and "asks" in kept_out
    assert fit_ranker.fitted_at_zero(None, None) == fit_ranker.LEFT_OUT


def test_a_held_out_team_set_is_refused_for_fitting_and_for_scoring(monkeypatch):
    """--teams and --held-teams once took any TEAM_SETS name, so a helper could fit on, or score fit after fit, a set
    the lead holds out; only halves.OPEN_SETS may be named. The newest set is held out here whatever the session has
    opened (between a judge's opening and the next fresh set, every team set is open)."""
    import argparse

    import pytest

    held = list(halves.TEAM_SETS)[-1]
    monkeypatch.setattr(halves, "OPEN_SETS", tuple(n for n in halves.OPEN_SETS if n != held))
    parser = argparse.ArgumentParser()
    for option in ("--teams", "--held-teams"):
        with pytest.raises(SystemExit):
            fit_ranker.team_sets(parser, option, f"team,{held}")
    assert fit_ranker.team_sets(parser, "--teams", "team2,team") == ["team", "team2"]


def test_the_sessions_judge_is_refused_for_fitting_and_for_scoring():
    """The judge (halves.JUDGE) is an open set, read question by question, but scored once per finished candidate:
    bench/abstention.py left it out of its fit while fit_ranker's --teams still took it."""
    import argparse

    import pytest

    assert halves.JUDGE in halves.OPEN_SETS and not halves.held_out([halves.JUDGE])
    parser = argparse.ArgumentParser()
    for option in ("--teams", "--held-teams"):
        with pytest.raises(SystemExit):
            fit_ranker.team_sets(parser, option, f"team,{halves.JUDGE}")
