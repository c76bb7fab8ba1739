"""bench/adapter_probe.py: the diagonal adapter learns a dimension that tells the evidence from its neighbour, the local
word weights count only what the passages most like the question do not all say, and every held-out score comes from
a fit that never saw the writer or the document."""

import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import adapter_probe as probe  # noqa: E402


def _unit(v):
    v = np.asarray(v, np.float32)
    return v / np.linalg.norm(v)


def _question(writer, group, gold, neighbour, q=(1.0, 1.0, 1.0, 1.0)):
    """Two candidates, the shipped score 0 for both: the evidence's best row `gold`, its neighbour's `neighbour`."""
    return SimpleNamespace(writer=writer, group=group, evidence=True, ids=[0, 1], labels=np.array([True, False]),
                           base=np.zeros(2), dense=np.zeros(2), q=_unit(q),
                           best=np.array([_unit(gold), _unit(neighbour)], np.float16),
                           held=np.zeros((2, 0), bool), idf=np.zeros(0))


def test_the_adapter_weighs_up_the_dimension_where_the_evidence_agrees_with_the_question():
    # the neighbour agrees with the question on dimension 0 (the topic), the evidence on dimension 2 (what is asked)
    items = [_question("a", f"doc{n}", (1, 0, 1, 0), (1, 0, 0, 0.2)) for n in range(6)]
    for e in items:  # the shipped score puts the neighbour first
        e.base = np.array([0.0, 0.05])
    assert not probe.hits(items).any()
    a = probe.fit_adapter(items, lam=1.0)
    assert a[2] > 0 and a[2] > a[0]
    assert probe.hits(items, lambda e: probe.products(e) @ a).all()


def test_local_words_count_only_the_words_the_most_similar_passages_do_not_all_hold():
    # "topic" is in all three passages most like the question, "asked" only in the third
    e = SimpleNamespace(ids=[0, 1, 2], dense=np.array([0.9, 0.8, 0.7]), idf=np.array([2.0, 1.0]),
                        held=np.array([[True, False], [True, False], [True, True]]))
    assert np.allclose(probe.local_words(e, 3), [0.0, 0.0, 1.0])
    # with only the first two looked at, the topic word is common to them and "asked" unseen: it weighs alone
    assert np.allclose(probe.local_words(e, 2), [0.0, 0.0, 1.0])
    # a question whose words every one of them holds has nothing local to weigh
    e.held = np.ones((3, 2), bool)
    assert np.allclose(probe.local_words(e, 3), 0.0)


def test_held_out_scores_come_from_fits_without_the_writer_and_without_the_document():
    items = [_question(w, f"{w}-doc{n}", (1, 0, 1, 0), (1, 0, 0, 0.2)) for w in ("a", "b") for n in range(5)]
    items.append(_question("tydi", "tydi:p1", (1, 0, 1, 0), (1, 0, 0, 0.2)))
    seen = []

    def fit(train):
        seen.append({(e.writer, e.group) for e in train})
        return 0.0

    result = probe.evaluate(items, fit, lambda model: lambda e: np.zeros(len(e.ids)))
    assert {w for w, _ in seen[1]} == {"b", "tydi"} and {w for w, _ in seen[2]} == {"a", "tydi"}
    folds = probe.document_folds(items)
    assert sum(m.astype(int) for m in folds).tolist() == [1] * len(items)  # each question in one fold
    for mask, trained in zip(folds, seen[3:]):
        assert not {e.group for e, m in zip(items, mask) if m} & {g for _, g in trained}
    assert result["of"] == 10 and result["left_out"] == result["shipped"]
