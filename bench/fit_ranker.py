"""Fit the ranker and the abstention model (src/telusur/data/ranker.json) on the tuning data, reproducibly, and report
cross-validation grouped by document: fitted vs held-out fold side by side, against the parameters in use before.

    python bench/fit_ranker.py [--write] [--folds 5] [--json]

Training data (never the checking half of bench/texts-split.json):
- the tuning half of ../shared/texts (its documents with questions, one index, as bench/halves.py builds it): every
  question of texts/questions.jsonl and more/questions.jsonl on those documents; out of scope: the tuning share of
  more/out-of-scope.jsonl and tests/data/texts/out-of-scope.jsonl (questions near those texts);
- the default corpus: tests/data/eval/questions-dev.jsonl, out-of-scope-dev.jsonl, the last turns of
  conversations-dev.jsonl (as the engine resolves them).

Ranking: pairwise logistic regression (each passage holding the evidence against each of the 30 best other
candidates, features standardised, weights brought back to raw units). Abstention: logistic regression on the
question features of the fitted ranking, covered (has evidence) vs out of scope. scikit-learn here only; the
product reads the weights with numpy. Query vectors are cached in bench/.cache (reruns do not encode).
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import halves  # noqa: E402  (bench/ sibling: questions, halves, scoring rule, cached indexes)

REPO = halves.REPO
OUT = REPO / "src" / "telusur" / "data" / "ranker.json"
NEGATIVES = 30
SEED = 15


@dataclass
class Example:
    group: str  # the document (grouping for cross-validation)
    question: str
    history: tuple
    evidence: list[str]  # folded; empty: out of scope
    engine: object
    vector: np.ndarray | None = None
    candidates: object = None
    labels: np.ndarray | None = None


def query_vectors(engine, texts: list[str]) -> list[np.ndarray]:
    from telusur.index.embeddings import EmbeddingCache, text_key

    encoder = engine._state[2]
    cache = EmbeddingCache(REPO / "bench" / ".cache", encoder.id + ":query")
    keys = [text_key(t) for t in texts]
    known = cache.get_many(keys)
    missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in known))
    if missing:
        fresh = dict(zip(map(text_key, missing), encoder.encode_queries(missing)))
        cache.put_many(fresh)
        known.update(fresh)
    return [known[k] for k in keys]


def examples(cache: Path) -> list[Example]:
    from telusur.query.conversation import resolve

    plan = halves.half_questions()["tuning"]
    out = []
    engine, _ = halves.open_engine(halves.half_corpus(cache / "tuning", plan["docs"]), cache / "tuning" / "index")
    for q in plan["questions"]:
        out.append(Example(q["doc"], q["question"], (), [halves.reader_fold(q["evidence"])], engine))
    near = halves.load(REPO / "tests" / "data" / "texts" / "out-of-scope.jsonl")
    for q in plan["out_of_scope"] + near:
        out.append(Example("oos:" + q.get("near", q["question"]), q["question"], (), [], engine))
    engine, _ = halves.open_engine(REPO / "corpus", cache / "default" / "index")
    eval_dir = REPO / "tests" / "data" / "eval"
    for name in ("questions-dev", "out-of-scope-dev", "conversations-dev"):
        for q in halves.load(eval_dir / f"{name}.jsonl"):
            turns = q.get("turns") or [q["question"]]
            evidence = q.get("evidence") or []
            evidence = [evidence] if isinstance(evidence, str) else evidence
            group = "default" if evidence else "oos:" + turns[-1]
            out.append(Example(group, resolve(turns[-1], turns[:-1]), (), [halves.reader_fold(e) for e in evidence],
                               engine))
    return out


def prepare(items: list[Example]) -> None:
    """Candidates with features and labels for every example (one encoding per question, cached on disk)."""
    by_engine: dict[int, list[Example]] = {}
    for e in items:
        by_engine.setdefault(id(e.engine), []).append(e)
    for group in by_engine.values():
        engine = group[0].engine
        retriever = engine._state[1]
        folded = {}
        for e, v in zip(group, query_vectors(engine, [e.question for e in group])):
            e.vector = v
            e.candidates = retriever.candidates(e.question, v)
            for i in e.candidates.ids:
                if i not in folded:
                    folded[i] = halves.reader_fold(engine.index.chunks[i].text)
            e.labels = np.array([any(x in folded[i] for x in e.evidence) for i in e.candidates.ids], bool)


def pairs(items: list[Example]) -> tuple[np.ndarray, np.ndarray]:
    """(positive - negative) feature differences: every positive against the best NEGATIVES negatives by dense."""
    rows = []
    for e in items:
        x, y = e.candidates.features, e.labels
        if not e.evidence or not y.any() or y.all():
            continue
        neg = np.flatnonzero(~y)
        neg = neg[np.argsort(-x[neg, 0])][:NEGATIVES]
        for p in np.flatnonzero(y):
            rows.append(x[p] - x[neg])
    return (np.vstack(rows), None) if rows else (np.zeros((0, 0)), None)


def fit_passage(items: list[Example]) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    diffs, _ = pairs(items)
    scale = diffs.std(axis=0)
    scale[scale == 0] = 1.0
    x = np.vstack([diffs / scale, -diffs / scale])
    y = np.r_[np.ones(len(diffs)), np.zeros(len(diffs))]
    model = LogisticRegression(fit_intercept=False, C=1.0, max_iter=2000, random_state=SEED).fit(x, y)
    return model.coef_[0] / scale


def ranks(items: list[Example], weights: np.ndarray) -> list[int | None]:
    """Rank of the first passage with the evidence under these weights (None: not among the candidates)."""
    out = []
    for e in items:
        if not e.evidence:
            continue
        s = e.candidates.features @ weights if len(e.candidates.ids) else np.zeros(0)
        order = np.lexsort((np.array(e.candidates.ids), -s))
        hit = np.flatnonzero(e.labels[order])
        out.append(int(hit[0]) + 1 if len(hit) else None)
    return out


def ranking_figures(r: list[int | None]) -> dict:
    n = max(len(r), 1)
    return {"n": len(r), "hit@1": sum(x == 1 for x in r) / n, "hit@3": sum(x is not None and x <= 3 for x in r) / n,
            "mrr@10": sum(1 / x for x in r if x and x <= 10) / n}


def question_matrix(items: list[Example], weights: np.ndarray) -> np.ndarray:
    """The question features of each example under a ranking (its top passages decide names_missing, words_top)."""
    from telusur.query.retrieval import Hit

    rows = []
    for e in items:
        retriever = e.engine._state[1]
        c = e.candidates
        s = c.features @ weights if len(c.ids) else np.zeros(0)
        order = np.lexsort((np.array(c.ids), -s))[:3]
        hits = tuple(Hit(e.engine.index.chunks[c.ids[n]], float(s[n]), c.dense[c.ids[n]], 0.0) for n in order)
        rows.append(retriever.question_features(e.question, e.vector, c, hits)[0])
    return np.vstack(rows)


def fit_question(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=1.0, max_iter=2000, random_state=SEED).fit((x - mean) / scale, y)
    w = model.coef_[0] / scale
    return w, float(model.intercept_[0] - (mean * w).sum())


def confidence(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(x @ w + b, -50, 50)))


def folds(items: list[Example], k: int) -> list[np.ndarray]:
    """Document groups dealt to k folds in the order of their sha256 (no document in two folds)."""
    groups = sorted({e.group for e in items}, key=lambda g: hashlib.sha256(g.encode()).hexdigest())
    fold_of = {g: n % k for n, g in enumerate(groups)}
    return [np.array([fold_of[e.group] == f for e in items]) for f in range(k)]


BINS = (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0001)


def reliability(conf: np.ndarray, covered: np.ndarray, top1: np.ndarray) -> list[dict]:
    out = []
    for lo, hi in zip(BINS, BINS[1:]):
        m = (conf >= lo) & (conf < hi)
        if m.any():
            out.append({"bin": f"{lo:.1f}-{min(hi, 1):.1f}", "n": int(m.sum()), "covered": float(covered[m].mean()),
                        "right": float((covered & top1)[m].mean())})
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=halves.CACHE)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help=f"write the fitted parameters to {OUT.relative_to(REPO)}")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from telusur.query.ranker import PASSAGE_FEATURES, QUESTION_FEATURES, load_parameters

    before = load_parameters()
    items = examples(args.cache)
    prepare(items)
    covered = np.array([bool(e.evidence) for e in items])
    answerable = [e for e in items if e.evidence]
    report = {"examples": len(items), "answerable": len(answerable), "out_of_scope": int((~covered).sum()),
              "groups": len({e.group for e in items}),
              "evidence_among_candidates": sum(bool(e.labels.any()) for e in answerable)}

    # cross-validation grouped by document
    oof_conf = np.zeros(len(items))
    oof_top1 = np.zeros(len(items), bool)
    cv = {"fitted": [], "held_out": [], "before": []}
    for mask in folds(items, args.folds):
        train = [e for e, m in zip(items, mask) if not m]
        test = [e for e, m in zip(items, mask) if m]
        w = fit_passage(train)
        cv["fitted"] += ranks(train, w)
        cv["held_out"] += ranks(test, w)
        cv["before"] += ranks(test, before.passage)
        qw, qb = fit_question(question_matrix(train, w), covered[~mask])
        oof_conf[mask] = confidence(question_matrix(test, w), qw, qb)
        r = iter(ranks(test, w))
        oof_top1[mask] = [next(r) == 1 if e.evidence else False for e in test]
    report["cv_ranking"] = {k: ranking_figures(v) for k, v in cv.items()}
    report["cv_ranking"]["fitted"]["note"] = "each fold's training part, pooled"
    threshold = 0.5
    report["cv_abstention"] = {
        "answerable_declined": int(((oof_conf < threshold) & covered).sum()),
        "out_of_scope_declined": float((oof_conf[~covered] < threshold).mean()),
        "reliability": reliability(oof_conf, covered, oof_top1),
    }
    before_conf = confidence(question_matrix(items, before.passage), before.question, before.question_bias)
    report["before_abstention"] = {"answerable_declined": int(((before_conf < threshold) & covered).sum()),
                                   "out_of_scope_declined": float((before_conf[~covered] < threshold).mean())}

    # the final fit on everything
    w = fit_passage(items)
    qx = question_matrix(items, w)
    qw, qb = fit_question(qx, covered)
    report["fitted_all"] = ranking_figures(ranks(answerable, w))
    digest = hashlib.sha256(json.dumps([e.question for e in items], ensure_ascii=False).encode()).hexdigest()[:12]
    params = {
        "format": 1,
        "version": f"{datetime.date.today().isoformat()}-{digest}",
        "about": "Fitted by bench/fit_ranker.py on the tuning half of ../shared/texts and the default corpus dev sets "
                 "(see that script); refit with `python bench/fit_ranker.py --write`.",
        "passage": {n: round(float(x), 6) for n, x in zip(PASSAGE_FEATURES, w)},
        "question": {"weights": {n: round(float(x), 6) for n, x in zip(QUESTION_FEATURES, qw)}, "bias": round(qb, 6)},
        "trained_on": {k: report[k] for k in ("examples", "answerable", "out_of_scope", "groups")},
        "cross_validation": {"folds": args.folds, **report["cv_ranking"], **{k: v for k, v in report["cv_abstention"].items()
                                                                            if k != "reliability"}},
    }
    report["parameters"] = params
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        print(json.dumps({k: v for k, v in report.items() if k != "parameters"}, indent=1))
        print(json.dumps(params["passage"]), json.dumps(params["question"]))
    if args.write:
        OUT.write_text(json.dumps(params, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(REPO)} (version {params['version']}, load {os.getloadavg()[0]:.1f})",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
