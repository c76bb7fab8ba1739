"""Fit the confidence an answer shows, that its first passage holds the answer (the "confidence" section of
src/telusur/data/ranker.json), and report it out of fold. bench/fit_ranker.py calls `fit_section` with its examples,
folds and rankings, so `python bench/fit_ranker.py ... --write` writes this section with the weights it fits.

Label: right = the question is covered and the first passage of its ranked list holds the evidence (an out-of-scope
question is never right). Features: telusur.query.ranker.ANSWER_FEATURES of each question's list (the question
model's coverage, the score gap between the first two passages, the first passage's softmax share, its similarity).
Logistic regression with L2 strength 1/C on standardised features, monotone (coverage, gap and share can only raise
it: bounded L-BFGS, scipy here only); each example weighs what the ranking fit gives it (fit_ranker.source_weights:
the TyDi dev questions together weigh --tydi-share of the whole). Cross-validation: fit_ranker's folds (grouped by document); in each, the ranking fitted on the training
folds, the confidence fitted on the training folds' lists under that ranking, and scored on the held-out fold's.

Alone, this script reports the reliability of the shipped confidence through `Telusur.ask` on the halves of
../shared/texts (bench/halves.py's indexes and questions), in aggregate only (never a question of the checking half):

    python bench/fit_confidence.py --cache DIR [--only tuning,checking,default]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

C = 1.0
# Can only raise the confidence (+1); the first passage's similarity is free.
SIGNS = {"coverage": 1, "gap": 1, "share": 1}
BINS = (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0001)
SHOWN = 0.9  # "answers shown at confidence >= 0.9 are right >= 90% of the time" (issue 15)


def lists(items, weights: np.ndarray, question_w: np.ndarray, question_b: float):
    """ANSWER_FEATURES of each example's ranked list under these ranking and question weights, whether its first
    passage holds the evidence, and whether it is answered (coverage >= abstain_below), as Retriever.search does."""
    from telusur.query.ranker import answer_features, is_english
    from telusur.query.retrieval import Hit
    from telusur.settings import Settings

    below = Settings().abstain_below
    x, right, answered = [], [], []
    for e in items:
        c = e.candidates
        s = c.features @ weights if len(c.ids) else np.zeros(0)
        order = np.lexsort((np.array(c.ids), -s))
        hits = tuple(Hit(e.retriever.index.chunks[c.ids[n]], float(s[n]), c.dense[c.ids[n]], 0.0) for n in order[:3])
        q = e.retriever.question_features(e.question, e.vector, c, hits)[0]
        coverage = 1 / (1 + math.exp(-max(min(float(q @ question_w) + question_b, 50.0), -50.0)))
        if e.retriever.unspelled_names(c) and not is_english(e.question):  # search()'s veto
            coverage = 0.0
        x.append(answer_features(s, c.features[order[0]] if len(order) else None, coverage))
        right.append(bool(e.evidence) and len(order) > 0 and bool(e.labels[order[0]]))
        answered.append(coverage >= below and len(order) > 0)
    return np.vstack(x), np.array(right), np.array(answered)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float = C) -> tuple[np.ndarray, float]:
    """Weighted logistic regression on standardised features with the SIGNS bounds; weights in raw units."""
    from scipy.optimize import minimize
    from telusur.query.ranker import ANSWER_FEATURES

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    y = y.astype(float)
    bounds = [(0, None) if SIGNS.get(n) == 1 else (None, None) for n in ANSWER_FEATURES] + [(None, None)]

    def objective(beta):
        m = z @ beta[:-1] + beta[-1]
        p = 1 / (1 + np.exp(-np.clip(m, -50, 50)))
        g = w * (p - y)
        return float(w @ (np.logaddexp(0, m) - y * m)) + beta[:-1] @ beta[:-1] / (2 * c), \
            np.r_[g @ z + beta[:-1] / c, g.sum()]

    result = minimize(objective, np.zeros(z.shape[1] + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                      options={"maxiter": 5000})
    coef = result.x[:-1] / scale
    return coef, float(result.x[-1] - mean @ coef)


def predict(x: np.ndarray, coef: np.ndarray, bias: float) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(x @ coef + bias, -50, 50)))


def reliability(conf: np.ndarray, covered: np.ndarray, right: np.ndarray) -> list[dict]:
    out = []
    for lo, hi in zip(BINS, BINS[1:]):
        m = (conf >= lo) & (conf < hi)
        if m.any():
            out.append({"bin": f"{lo:.1f}-{min(hi, 1):.1f}", "n": int(m.sum()), "covered": float(covered[m].mean()),
                        "right": float(right[m].mean())})
    return out


def shown_figures(conf: np.ndarray, right: np.ndarray, answered: np.ndarray) -> dict:
    """Answers given (not declined) at confidence >= SHOWN: how many, and the share right; and the log loss."""
    m = answered & (conf >= SHOWN)
    p = np.clip(conf, 1e-9, 1 - 1e-9)
    return {"answered": int(answered.sum()), "shown_at_0.9": int(m.sum()),
            "right_share_at_0.9": float(right[m].mean()) if m.any() else None,
            "right_share_answered": float(right[answered].mean()) if answered.any() else None,
            "log_loss": float(-np.mean(right * np.log(p) + (~right) * np.log(1 - p)))}


def fit_section(items, masks: list[np.ndarray], rankings: list[tuple], final: tuple, weight: np.ndarray,
                tydi_share: float, c: float = C) -> tuple[dict, dict]:
    """(the "confidence" section for ranker.json, the cross-validation report). rankings: (passage weights, question
    weights, question bias) fitted on each fold's training part, in the order of masks; final: the same on all;
    weight: each example's weight in the ranking fit (fit_ranker.source_weights, of tydi_share)."""
    from telusur.query.ranker import ANSWER_FEATURES, ANSWER_FORMAT

    n = len(items)
    course = np.array([e.source != "tydi" for e in items])
    covered = np.array([bool(e.evidence) for e in items])
    held = {k: np.zeros(n) for k in ("after", "before")}
    held_right, held_answered = np.zeros(n, bool), np.zeros(n, bool)
    pooled: dict[str, list] = {"conf": [], "covered": [], "right": [], "answered": []}  # training folds, course
    for mask, ranking in zip(masks, rankings):
        x, right, answered = lists(items, *ranking)
        coef, bias = fit(x[~mask], right[~mask], weight[~mask], c)
        conf = predict(x, coef, bias)
        held["after"][mask], held["before"][mask] = conf[mask], x[mask, 0]  # before: the coverage was shown
        held_right[mask], held_answered[mask] = right[mask], answered[mask]
        train = ~mask & course
        for key, values in (("conf", conf), ("covered", covered), ("right", right), ("answered", answered)):
            pooled[key].append(values[train])
    fit_conf, fit_covered, fit_right, fit_answered = (np.concatenate(pooled[k]) for k in pooled)

    def figures(conf, cov, right, answered):
        return {"reliability": reliability(conf, cov, right), **shown_figures(conf, right, answered)}

    report = {
        "held_out course": {k: figures(v[course], covered[course], held_right[course], held_answered[course])
                            for k, v in held.items()},
        "fitted course": figures(fit_conf, fit_covered, fit_right, fit_answered),
        "held_out tydi": {k: figures(v[~course], covered[~course], held_right[~course], held_answered[~course])
                          for k, v in held.items()} if (~course).any() else {},
    }
    x, right, _ = lists(items, *final)
    coef, bias = fit(x, right, weight, c)
    section = {
        "format": ANSWER_FORMAT,
        "about": "The probability that an answer's first passage holds the answer, from the ranked list; fitted by "
                 "bench/fit_confidence.py (called by bench/fit_ranker.py --write) on the same examples as the ranker.",
        "weights": {name: round(float(v), 6) for name, v in zip(ANSWER_FEATURES, coef)},
        "bias": round(bias, 6),
        "trained_on": {"examples": n, "right": int(right.sum()), "c": c, "tydi_share": tydi_share},
        "cross_validation": {"folds": len(masks), **{
            k: {f: round(v[f], 4) if isinstance(v[f], float) else v[f] for f in ("shown_at_0.9", "right_share_at_0.9",
                                                                                "log_loss")}
            for k, v in (("held_out course", report["held_out course"]["after"]),
                         ("fitted course", report["fitted course"]))}},
    }
    return section, report


def aggregate(records: list[dict]) -> dict:
    """The reliability of the confidence answers showed (bench/halves.py records), in aggregate only."""
    conf = np.array([r["confidence"] for r in records])
    covered = np.array([r["answerable"] for r in records])
    right = np.array([r.get("rank") == 1 for r in records])
    answered = np.array([not r["declined"] for r in records])
    return {"questions": len(records), "reliability": reliability(conf, covered, right),
            **shown_figures(conf, right, answered)}


def main(argv=None) -> int:
    import halves

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=halves.CACHE)
    parser.add_argument("--only", default="tuning,checking,default")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    plans = halves.half_questions()
    out = {}
    for half in ("tuning", "checking"):
        if half in only:
            out[half] = aggregate(halves.run_half(half, plans[half], args.cache)[0])
    if "default" in only:
        out["default"] = aggregate(halves.run_default(args.cache))
    from telusur.query.ranker import load_parameters

    out["parameters"] = load_parameters().version
    out["load"] = os.getloadavg()[0]
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
