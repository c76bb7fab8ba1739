"""bench/leave_writer_out.py scores each writer with a fit that never saw it, and the judge and held-out sets are never
among its writers."""

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import fit_ranker  # noqa: E402
import halves  # noqa: E402
import leave_writer_out as lwo  # noqa: E402


def _example(writer, first_is_evidence):
    """Two candidates, one feature: the evidence is the higher-featured one or not."""
    labels = np.array([True, False]) if first_is_evidence else np.array([False, True])
    return SimpleNamespace(writer=writer, source="course", origin="", evidence=True, labels=labels,
                           candidates=SimpleNamespace(features=np.array([[1.0], [0.0]]), ids=[0, 1]))


class _Recipe(lwo.Recipe):
    """Fits the sign that ranks most of its training examples right, and records what each fit saw."""

    def __init__(self, trains_on=None):
        super().__init__("stub", trains_on=trains_on)
        self.seen = []

    def fit(self, items):
        self.seen.append(sorted({e.writer for e in items}))
        right = sum(e.labels[0] for e in items) - sum(e.labels[1] for e in items)
        return np.array([1.0 if right >= 0 else -1.0])


def test_a_writer_is_scored_by_a_fit_without_it_and_a_writer_never_trained_on_keeps_its_figure():
    # writer a's questions want the first candidate, b's (more of them) the second: b's fit ranks a's wrong
    items = [_example("a", True)] + [_example("b", False)] * 3 + [_example("tydi", True)]
    recipe = _Recipe()
    result = lwo.evaluate(items, recipe, ["a", "b"])
    assert recipe.seen[1] == ["b", "tydi"]  # a left out: TyDi always in, a never
    assert result["writers"]["a"]["fitted"].tolist() == [False]  # b outweighs a even with a in
    # b's own way is learnt only with b in: fitted right, left out wrong (the gap the script reports)
    assert result["writers"]["b"]["fitted"].tolist() == [True] * 3
    assert result["writers"]["b"]["left_out"].tolist() == [False] * 3
    only_b = _Recipe(trains_on=("b",))
    result = lwo.evaluate(items, only_b, ["a", "b"])
    assert result["writers"]["a"]["fitted"].tolist() == result["writers"]["a"]["left_out"].tolist()
    assert ["a"] not in only_b.seen and all("a" not in s for s in only_b.seen)


def test_the_noise_is_counted_question_by_question_against_the_baseline():
    base = {"writers": {"a": {"fitted": np.array([1, 1, 0], bool), "left_out": np.array([1, 0, 0], bool)}},
            "tydi": np.array([True])}
    other = {"writers": {"a": {"fitted": np.array([1, 1, 1], bool), "left_out": np.array([0, 1, 1], bool)}},
             "tydi": np.array([True])}
    s = lwo.summary(other, base)
    assert s["vs_baseline"] == {"gained": 2, "lost": 1, "net": 1, "two_sigma": 3.5}
    assert (s["left_out"], s["fitted"], s["of"]) == (2, 3, 3)
    assert (s["writers"]["a"]["gained"], s["writers"]["a"]["lost"]) == (2, 1)
    grouped = lwo.summary(other, base, new=("a",))  # a writer named new is counted apart, the others as old
    assert grouped["new"] == {"left_out": 2, "of": 3, "vs_baseline": s["vs_baseline"]} and "old" not in grouped
    assert s["old"]["left_out"] == 2 and "new" not in s


def test_the_held_out_sets_are_no_writer_and_the_judge_is_scored_but_never_fitted():
    names = lwo.writers()
    assert all(n in halves.OPEN_SETS for n in names)
    assert "team30" not in names and "checking" not in names
    assert all(n in names for n in halves.TEAM_SETS if n in halves.OPEN_SETS)
    assert halves.JUDGE in names  # scored as a writer ...
    assert halves.JUDGE not in lwo.fitted_writers() and set(lwo.fitted_writers()) == set(names) - {halves.JUDGE}
    assert halves.JUDGE not in lwo.Recipe("r").training(names)  # ... but no recipe fits on it
    assert halves.JUDGE not in lwo.Recipe("r", trains_on=tuple(names)).training(names)
    items = [_example("a", True), _example(halves.JUDGE, False), _example("tydi", True)]
    recipe = _Recipe()
    result = lwo.evaluate(items, recipe, ["a", halves.JUDGE])
    assert all(halves.JUDGE not in seen for seen in recipe.seen)
    judged = result["writers"][halves.JUDGE]
    assert judged["fitted"].tolist() == judged["left_out"].tolist()


def test_the_new_writers_are_every_open_writer_the_shipped_fit_never_saw():
    new = lwo.new_writers()
    assert set(new) == set(lwo.writers()) - {"tuning", "default", "english", *lwo.SHIPPED_TEAMS}
    assert halves.JUDGE in new and "team" not in new and lwo.NEW == new


def test_the_shipped_recipe_trains_on_the_team_sets_the_shipping_command_names():
    command = re.search(r"What ships \(src/telusur/data/ranker\.json\) is\n\n    (python [^\n]*)", fit_ranker.__doc__)
    teams = tuple(re.search(r"--teams (\S+)", command.group(1)).group(1).split(","))
    assert lwo.SHIPPED_TEAMS == teams and halves.JUDGE not in teams
    assert lwo.recipes()["shipped"].training(lwo.writers()) == {"tuning", "default", "english", *teams}


def test_the_file_is_a_recipe_never_fitted_and_the_writers_it_never_saw_are_read_from_its_command():
    """The baseline a refit is judged against (--judge) is the shipped file as it is: "file" fits nothing, and the
    writers counted apart are those its recorded command's --teams did not name (a set opened after it, the JUDGE)."""
    import json

    recipe = lwo.recipes()["file"]
    assert recipe.kept == lwo.FILE and recipe.free == ()
    data = json.loads(lwo.FILE.read_text(encoding="utf-8"))
    from telusur.query.ranker import PASSAGE_FEATURES

    weights = recipe.fit([_example("a", True)])
    assert weights.tolist() == [float(data["passage"].get(n, 0.0)) for n in PASSAGE_FEATURES]
    seen = lwo.file_teams()
    assert seen and all(t in halves.TEAM_SETS for t in seen)
    unseen = lwo.unseen_by_file(lwo.writers())
    assert halves.JUDGE in unseen and not set(unseen) & {"tuning", "default", "english", *seen}


def test_the_file_recipe_is_the_shipping_recipe_on_the_team_sets_the_file_records():
    """--judge's baseline is the file's own recipe fitted at this tree (every weight fitted, as the shipping command
    fits), trained on the writers the file's recorded command names: not the file's weights, which were fitted on most
    of the writers they are scored on (the rule of 2026-12-06 12:27 compared against those and favoured the file)."""
    recipe = lwo.recipes()["file-recipe"]
    assert recipe.kept is None and recipe.free == () and recipe.left_out == lwo.recipes()["shipped"].left_out
    assert recipe.training(lwo.writers()) == {"tuning", "default", "english", *lwo.file_teams()}
    assert halves.JUDGE not in recipe.training(lwo.writers())
    assert lwo.file_recipe_differs() == ""  # the file's command is the shipping one but for --teams


def test_the_file_recipe_is_refused_when_the_files_command_differs_beyond_its_teams(tmp_path):
    import json

    data = json.loads(lwo.FILE.read_text(encoding="utf-8"))
    command = data["fitted_with"]["command"]
    for changed, differs in ((command.replace("--teams team,", "--teams team,team99,"), False),
                             (command.replace(" --teams ", " --loss first --teams "), False),  # the loss is recorded
                             (command.replace("--leave-out asks", "--leave-out asks,place"), True)):
        data["fitted_with"]["command"] = changed
        (tmp_path / "ranker.json").write_text(json.dumps(data), encoding="utf-8")
        assert bool(lwo.file_recipe_differs(tmp_path / "ranker.json")) == differs, changed


def test_the_judge_leaves_its_own_set_to_be_scored_once_through_ask(monkeypatch):
    """--judge scores every writer a fit may train on, never the session's JUDGE: that one is scored once, through
    ask, with the refit written (rule 5), so that candidate space does not look at it first."""
    import pytest

    seen = {}

    def stop(cache, names, *rest):
        seen["names"] = names
        raise SystemExit("prepared")

    monkeypatch.setattr(lwo, "prepared", stop)

    with pytest.raises(SystemExit) as refused:
        lwo.main(["--judge", "--writers", f"tuning,{halves.JUDGE}"])
    assert refused.value.code == 2  # argparse's error
    with pytest.raises(SystemExit) as reached:  # without --writers: every fitted writer, the JUDGE not among them
        lwo.main(["--judge"])
    assert reached.value.code == "prepared" and seen["names"] == lwo.fitted_writers()


def test_the_tydi_mrr_difference_is_paired_question_by_question():
    base = np.array([1.0, 0.5, 0.0, 1.0])
    mine = np.array([1.0, 1.0, 0.0, 0.5])
    out = lwo.mrr_against(mine, base)
    assert (out["mrr"], out["base"], out["diff"]) == (0.625, 0.625, 0.0)
    assert out["two_sigma"] == round(2 * np.array([0, 0.5, 0, -0.5]).std(ddof=1) / 2, 4)
    items = [_example("tydi", True), _example("tydi", False)]
    assert lwo.reciprocal_ranks(items, np.array([1.0])).tolist() == [1.0, 0.5]


def test_the_judge_passes_a_refit_recipe_only_when_it_loses_nothing_left_out_nor_tydi_beyond_noise():
    def summary_(g, l):  # noqa: E741  (one writer holding every moved question: rules 1 and 2 read here)
        return {"writers": {"w": {"gained": g, "lost": l}},
                "vs_baseline": {"gained": g, "lost": l, "net": g - l, "two_sigma": round(2 * (g + l) ** 0.5, 1)}}

    def rules_1_and_2(*args):
        rows = lwo.verdict(*args)
        return [rows[0][2], rows[3][2]]

    tydi = lambda diff, two_sigma: {"mrr": 0.9 + diff, "base": 0.9, "diff": diff, "two_sigma": two_sigma}  # noqa
    assert rules_1_and_2(summary_(10, 10), tydi(-0.004, 0.005)) == [True, True]  # ties pass
    assert rules_1_and_2(summary_(0, 0), tydi(0.0, 0.0)) == [True, True]
    assert rules_1_and_2(summary_(9, 10), tydi(0.01, 0.005)) == [False, True]  # one lost: fails
    assert rules_1_and_2(summary_(12, 10), tydi(-0.006, 0.005)) == [True, False]


def _writers_summary(nets):
    """summary()'s shape for the judge: per writer gained / lost against the baseline, and their total."""
    rows = {f"w{n}": {"gained": max(x, 0), "lost": max(-x, 0)} for n, x in enumerate(nets)}
    g, l = sum(r["gained"] for r in rows.values()), sum(r["lost"] for r in rows.values())  # noqa: E741
    return {"writers": rows, "vs_baseline": {"gained": g, "lost": l, "net": g - l,
                                             "two_sigma": round(2 * (g + l) ** 0.5, 1)}}


def test_the_judge_counts_writers_raised_and_lowered_and_bootstraps_the_net_by_writer():
    """Rules 1b and 1c (pre-registered 2026-12-06 18:33): a net gain carried by few writers while more lose fails
    1b; a net that is positive but moves many writers both ways has a bootstrap-by-writer 5th percentile far below 0
    and fails 1c; a few writers moved a little pass both."""
    tydi = {"mrr": 0.9, "base": 0.9, "diff": 0.0, "two_sigma": 0.001}
    calm = [2, 2, 1, 1, -1, -1, -1] + [0] * 15  # the session of 15:19's run, net +3
    assert [ok for *_, ok in lwo.verdict(_writers_summary(calm), tydi)] == [True, True, True, True]
    few_carry = [4, 1, -1, -1, -1] + [0] * 17  # net +2, 2 raised / 3 lowered
    assert [ok for *_, ok in lwo.verdict(_writers_summary(few_carry), tydi)][:2] == [True, False]
    churn = [3, 3, 2, 2, 2, 2, -2, -2, -2, -2, -2, -2] + [0] * 10  # net +2, 6 raised / 6 lowered: rules 1, 1b pass
    rows = lwo.verdict(_writers_summary(churn), tydi)
    assert [ok for *_, ok in rows] == [True, True, False, True]
    assert lwo.writer_bootstrap([0] * 22) == 0.0
    assert lwo.writer_bootstrap(calm) == lwo.writer_bootstrap(calm)  # seeded: the same figure every run
    assert lwo.writer_bootstrap([-1] * 22) == -22.0


def test_the_judge_counts_records_through_ask_on_the_sets_both_fitted_and_the_judge_apart():
    """Rules 4 and 5 from bench/halves.py --json records: a record is better or worse by first place + evidence in
    the answer - declined (answerable) or declined (out of scope); the set only the refit fitted is left out of rule 4,
    the JUDGE counted apart; the default corpus may lose one first place, not two."""
    def record(half, question, rank=1, answerable=True, declined=False, set_=None):
        return {"half": half, "set": set_ or half, "doc": "d", "question": question, "answerable": answerable,
                "rank": rank, "in_answer": rank == 1, "declined": declined}

    before = [record("team3", "a"), record("team3", "b", rank=2), record("team3", "c", answerable=False, declined=True),
              record("team18", "d"), record(halves.JUDGE, "e"),
              *(record(None, f"dev{n}", set_="questions-dev") for n in range(3))]
    after = [record("team3", "a", rank=2), record("team3", "b"), record("team3", "c", answerable=False),
             record("team18", "d", rank=3), record(halves.JUDGE, "e"),
             record(None, "dev0", set_="questions-dev", rank=2), record(None, "dev1", set_="questions-dev"),
             record(None, "dev2", set_="questions-dev")]
    rows = lwo.ask_verdict(before, after, added=("team18",))
    assert [(figure, ok) for _, figure, ok in rows] == [("1 better / 3 worse", False), ("2 vs 3 of 3", True),
                                                         ("0 better / 0 worse", True)]
    after[-2]["rank"] = 2  # a second default dev question lost
    assert lwo.ask_verdict(before, after, added=("team18",))[1][2] is False
    rows = lwo.ask_verdict(before, [r for r in after if r["half"] != halves.JUDGE], added=("team18",))
    assert len(rows) == 2  # no JUDGE records: no rule 5 row


def test_the_previous_recipe_is_the_shipping_one_without_the_set_it_added_last():
    """--judge --recipes previous,shipped judges the set a session added to --teams again at a later tree, once the
    file already holds it (file-recipe would then be the candidate itself)."""
    previous, shipped = lwo.recipes()["previous"], lwo.recipes()["shipped"]
    assert shipped.training(lwo.writers()) - previous.training(lwo.writers()) == {lwo.SHIPPED_TEAMS[-1]}
    assert previous.kept is None and previous.left_out == shipped.left_out


def test_the_first_recipe_is_the_bounded_loss_on_every_writer_but_the_judge_and_the_file_recipe_keeps_the_files_loss(
        monkeypatch, tmp_path):
    """--judge --recipes file-recipe,first (session 37): the candidate fits with fit_ranker.fit_first (the softmax
    refined by the bounded first-place loss); the file's recipe with the loss its command records."""
    import json

    first = lwo.recipes()["first"]
    assert first.loss == "first" and first.kept is None
    assert first.training(lwo.writers()) == set(lwo.fitted_writers())
    called = []
    monkeypatch.setattr(fit_ranker, "fit_first", lambda items, **o: called.append("first") or np.zeros(1))
    monkeypatch.setattr(fit_ranker, "fit_english_after", lambda items, **o: called.append("softmax") or np.zeros(1))
    first.fit([_example("a", True)])
    lwo.Recipe("plain").fit([_example("a", True)])
    assert called == ["first", "softmax"]
    data = json.loads(lwo.FILE.read_text(encoding="utf-8"))
    assert lwo.file_loss() == ("first" if " --loss first" in data["fitted_with"]["command"] else "softmax")
    data["fitted_with"]["command"] = data["fitted_with"]["command"].replace(" --teams ", " --loss first --teams ")
    (tmp_path / "ranker.json").write_text(json.dumps(data), encoding="utf-8")
    assert lwo.file_loss(tmp_path / "ranker.json") == "first"


def test_rule_1d_judges_the_full_fit_and_the_unseen_writers_left_out_against_the_files_weights(monkeypatch):
    """Rule 1d (pre-registered 2026-12-07 07:17 UTC): beating the file's recipe refitted is not enough, the candidate
    must not rank fewer first places than the file's weights as they are: its full fit over every writer, and left out
    on the writers the file never saw."""
    items = [_example("old", True), _example("old", False), _example("new", True), _example("new", False)]
    monkeypatch.setattr("telusur.query.ranker.load_parameters",
                        lambda path=None: SimpleNamespace(passage=np.array([1.0])))  # the file: feature up
    result = {"writers": {"old": {"fitted": np.array([True, True]), "left_out": np.array([True, False])},
                          "new": {"fitted": np.array([True, False]), "left_out": np.array([False, False])}}}
    rows = lwo.file_verdict(result, items, ["old", "new"], ("new",))
    # the file ranks old: [T, F], new: [T, F]; full fit old +1, new 0; new left out -1
    assert [ok for *_, ok in rows] == [True, False]
    assert "1 gained / 0 lost" in rows[0][1] and "0 gained / 1 lost" in rows[1][1]
    assert len(lwo.file_verdict(result, items, ["old", "new"], ())) == 1  # no unseen writer: one row


def test_the_file_features_recipe_is_a_full_refit_with_only_the_features_the_file_was_fitted_with(tmp_path):
    """A refit adding features is judged against the same refit without them (refit-file-features: every writer but
    the JUDGE, the features the file's fit never read at 0), so that what the judge counts is the features' own gain,
    not the winner's curse of a refit against the file it replaces."""
    import json

    from telusur.query.ranker import PASSAGE_FEATURES

    data = json.loads(lwo.FILE.read_text(encoding="utf-8"))
    data["fitted_with"]["passage_features"] = [f for f in PASSAGE_FEATURES if f != "gives_time"]
    (tmp_path / "ranker.json").write_text(json.dumps(data), encoding="utf-8")
    assert "gives_time" not in lwo.file_features(tmp_path / "ranker.json")
    recipe = lwo.recipes()["refit-file-features"]
    assert set(recipe.left_out) == {"asks", *(f for f in PASSAGE_FEATURES if f not in lwo.file_features())}
    assert recipe.kept is None and recipe.trains_on is None and recipe.loss == "softmax"


def test_the_file_recipe_with_the_file_features_differs_from_the_file_recipe_only_by_the_features_left_out():
    """A feature added to the shipping command is judged against the file's own recipe (its --teams, selection and
    loss) with the features the file never read at 0 (file-recipe-file-features), so that the gain counted is the
    features' own, on the writers the file saw, and not that of fitting more writers."""
    from telusur.query.ranker import PASSAGE_FEATURES

    known = lwo.recipes()
    base, candidate = known["file-recipe-file-features"], known["file-recipe"]
    assert set(base.left_out) == {"asks", *(f for f in PASSAGE_FEATURES if f not in lwo.file_features())}
    assert (base.trains_on, base.select, base.loss, base.c, base.tydi_share, base.kept) == \
        (candidate.trains_on, candidate.select, candidate.loss, candidate.c, candidate.tydi_share, candidate.kept)
