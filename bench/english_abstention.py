"""When to decline a question asked in English: its own abstention weights, fitted out of fold (issue 15).

The abstention model's weights for Indonesian questions (ranker.QUESTION_FEATURES, data/ranker.json "question") are
fitted on Indonesian questions by bench/abstention.py (bench/abstention.json). An English question shares few words with the text, so those weights read it as half
unknown, and an answerable one can be declined ("Why is security called low politics?"). This script fits only the
English-only question weights (QUESTION_FEATURES named english*: 0 for every Indonesian question, so no Indonesian
question's confidence can move), the other weights (bench/abstention.json's over the shipped ones: fit after it) kept
as an offset, by logistic regression on:
- answerable: the English dev set (bench/english-dev.jsonl) and the team set's English questions
  (bench/team-questions.jsonl), over bench/halves.py's tuning, default and team indexes;
- out of scope: the English out-of-scope set (bench/english-out-of-scope.jsonl).
Out of fold by document (an out-of-scope question in the fold of the document it is near, or its own), reported beside
the fitted and the shipped figures: answerable declined and out of scope declined at settings.abstain_below.

    python bench/english_abstention.py --cache DIR [--features english,english_margin,...] [--c C] [--writers] [--write]

--writers: fit on every open set's English questions (answerable and out of scope: the team sets but the session's
judge, english2, the tuning half's, English dev, the English and near out-of-scope sets; about 520 and 100), and
report beside the folds by document a table by writer, each writer (a team set with its out-of-scope questions) held
out in turn (bench/abstention.py's by_writer).

--write: the fitted weights (and the English weights not fitted, as they ship) to bench/english-abstention.json,
which bench/fit_ranker.py --question-from adds to the abstention weights it keeps (the ranker's owner writes
data/ranker.json). Set TELUSUR_RANKER to a parameter file to score another one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import halves  # noqa: E402

OUT = halves.REPO / "bench" / "english-abstention.json"
FOLDS = 5
# The out-of-scope questions' weight beside the answerable ones' (together): declining an answerable question costs
# more than answering an out-of-scope one (the issue asks for none declined, >= 0.9 of out of scope declined).
# On 2026-12-05 with --writers (519 answerable, 104 out of scope) no balance gained held out both ways at once: 0.05
# declined 3 answerable and 66-70 out of scope held out (shipped: 4 and 72), 0.1 6 answerable by writer; a balance
# chosen without each writer (nested) 4 and 70 (BENCHMARKS.md, engscope's section).
# Since 2026-12-05 (helper "abstain") the shipped weights are `--writers --features english,english_words_document
# --balance 0.07 --write`: only the English bias and the new english_words_document fitted, the other English weights
# kept. Held out by writer 2 answerable declined and 81/104 out of scope (shipped before: 2 and 73; the bias alone at
# 0.07: 2 and 79; at 0.1: 4-5 and 82); by document 4 and 80. A balance chosen without each writer (nested, of 0.03-0.12)
# came out 0.03-0.1, mostly 0.07.
BALANCE = 0.07
FEATURES = "english,english_margin,english_known,english_words_top,english_names_unknown"


def examples(cache: Path, writers: bool = False) -> list[dict]:
    """Every English example with its question features under the shipped ranking; with writers, every open set's
    English question (bench/abstention.py's cases, each with its writer: the team sets but the session's judge,
    english2, the tuning half, the near and English out-of-scope sets), else the first data (ENGLISH_DEV, team set 1's
    English questions, the English out-of-scope set)."""
    if writers:
        return writer_examples(cache)
    plan = halves.half_questions()["tuning"]
    engines = {
        "tuning": halves.open_engine(halves.half_corpus(cache / "tuning", plan["docs"]), cache / "tuning" / "index")[0],
        "default": halves.open_engine(halves.REPO / "corpus", cache / "default" / "index")[0],
        "team": halves.team_engine(cache, plan)[0],
    }
    cases = []
    for q in halves.load(halves.ENGLISH_DEV):
        if "question" in q:
            cases.append(("tuning" if q["set"] != "default" else "default", q["question"], q.get("doc") or "default",
                          True, "english dev"))
    for q in halves.team_questions():
        if halves.is_english(q["question"]):
            cases.append(("team", q["question"], q["doc"], True, "team"))
    for q in halves.english_out_of_scope():
        cases.append((q["corpus"], q["question"], q.get("near") or "oos:" + q["question"], False, "out of scope"))
    return with_features(engines, cases)


def writer_examples(cache: Path) -> list[dict]:
    """Every open set's question that ranker.is_english reads as English (its english feature is 1: the weights fitted
    here weigh no other), with its writer (bench/abstention.py WRITERS) as its source."""
    import abstention  # bench/ sibling; it imports this module, so not at the top
    from telusur.query.ranker import QUESTION_FEATURES, is_english

    engines, cases = abstention.engines_and_cases(cache, english=True)
    cases = [c for c in cases if is_english(c[1]) or halves.is_english(c[1])]  # the feature decides below
    items = with_features(engines, cases)
    english = QUESTION_FEATURES.index("english")
    for item, case in zip(items, cases):
        item["source"] = item["writer"] = case[4]
    return [e for e in items if e["features"][english] == 1]


def with_features(engines: dict, cases: list[tuple]) -> list[dict]:
    """Each case (index name, question, group, answerable, source) with its question features under the shipped
    ranking (the ten passages it would rank first)."""
    from telusur.query.ranker import load_parameters
    from telusur.query.retrieval import Hit

    params = load_parameters()
    out = []
    for where, question, group, answerable, source in cases:
        # as Telusur.ask reads it ("Rumus ROE gimana?": "bagaimana", a slip in the text's spelling: Telusur.read)
        question = engines[where].read(question).searched
        retriever = engines[where].retriever
        vector = retriever.query_vector(question)
        found = retriever.candidates(question, vector)
        scores = params.score(found.features) if len(found.ids) else np.zeros(0)
        order = sorted(range(len(found.ids)), key=lambda n: (-scores[n], found.ids[n]))[:10]
        hits = tuple(Hit(retriever.index.chunks[found.ids[n]], float(scores[n]), found.dense[found.ids[n]], 0.0)
                     for n in order)
        features = retriever.question_features(question, vector, found, hits)[0]
        out.append({"question": question, "group": group, "answerable": answerable, "source": source,
                    "features": features})
    return out


def overlay(params, path: Path):
    """The parameters with a fitted abstention file's weights put over their own: its "question" weights, and its
    "bias" when it has one (bench/abstention.py's, for Indonesian questions; this script's have none)."""
    import dataclasses

    from telusur.query.ranker import QUESTION_FEATURES

    if not path.exists():
        return params
    fitted = json.loads(path.read_text(encoding="utf-8"))
    question = params.question.copy()
    for name, x in fitted["question"].items():
        question[QUESTION_FEATURES.index(name)] = x
    return dataclasses.replace(params, question=question, question_bias=float(fitted.get("bias", params.question_bias)),
                               version=params.version + " + " + path.name)


def fit(x: np.ndarray, offset: np.ndarray, y: np.ndarray, c: float, balance: float) -> np.ndarray:
    """Weights for the columns of x (no bias: the english column is one for every example), the offset kept, the
    out-of-scope questions together weighing `balance` times the answerable ones, an L2 penalty of 1/c on
    standardised columns."""
    from scipy.optimize import minimize

    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    xs = x / scale
    sample = np.where(y == 1, 1 / max(y.sum(), 1), balance / max((1 - y).sum(), 1)) * len(y) / (1 + balance)

    def loss(w):
        z = offset + xs @ w
        p = 1 / (1 + np.exp(-np.clip(z, -50, 50)))
        value = -(sample * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))).sum() + 0.5 / c * (w[1:] ** 2).sum()
        grad = xs.T @ (sample * (p - y)) + np.concatenate([[0.0], w[1:] / c])
        return value, grad

    w = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x
    return w / scale


def figures(p: np.ndarray, y: np.ndarray, threshold: float) -> dict:
    return {"answerable": int(y.sum()), "answerable_declined": int(((p < threshold) & (y == 1)).sum()),
            "out_of_scope": int((1 - y).sum()), "out_of_scope_declined": int(((p < threshold) & (y == 0)).sum())}


def writer_rows(by_writer: dict) -> dict:
    """{writer: "shipped / fitted / writer held out"}: each its answerable declined ("0 of 65 declined") or out of
    scope declined ("6/15")."""
    def cell(f: dict) -> str:
        return f"{f['answerable_declined']} of {f['answerable']} declined" if f["answerable"] else \
            f"{f['out_of_scope_declined']}/{f['out_of_scope']}"

    names = list(by_writer)
    return {"columns": " / ".join(names),
            **{w: " / ".join(cell(by_writer[n][w]) for n in names) for w in by_writer[names[0]]}}


def cached_examples(path: Path | None, make, kind: str = "") -> list[dict]:
    """The examples kept in path (pickle) when it exists and was made for the same kind of run (kind: "writers" for
    --writers, "" otherwise), else make() (kept there, with its kind, when a path is given): examples saved without
    --writers hold no writer, so reusing them for --writers would fit on the wrong questions without a word."""
    if path and path.exists():
        kept = pickle.loads(path.read_bytes())
        kept_kind, items = kept if isinstance(kept, tuple) else ("", kept)
        if kept_kind == kind:
            return items
        print(f"{path} holds examples made for another run ({kept_kind or 'without --writers'}): made again",
              file=sys.stderr)
    items = make()
    if path:
        path.write_bytes(pickle.dumps((kind, items)))
    return items


def folds(items: list[dict]) -> np.ndarray:
    """Each example's fold: its group's (a document, or an out-of-scope question's own), FOLDS of them by sha256."""
    groups = sorted({e["group"] for e in items}, key=lambda g: hashlib.sha256(g.encode()).hexdigest())
    fold_of = {g: n % FOLDS for n, g in enumerate(groups)}
    return np.array([fold_of[e["group"]] for e in items])


def cross_validation(items: list[dict], y: np.ndarray, threshold: float, shipped: np.ndarray, fitted: np.ndarray,
                     held: np.ndarray) -> dict:
    """figures for the shipped, the fitted and the out-of-fold confidences, and per source the held-out and shipped."""
    report = {"shipped": figures(shipped, y, threshold), "fitted": figures(fitted, y, threshold),
              "held_out": figures(held, y, threshold)}
    for source in dict.fromkeys(e["source"] for e in items):
        mask = np.array([e["source"] == source for e in items])
        report[f"held_out {source}"] = figures(held[mask], y[mask], threshold)
        report[f"shipped {source}"] = figures(shipped[mask], y[mask], threshold)
    return report


def main() -> None:
    from telusur.query.ranker import QUESTION_FEATURES, load_parameters
    from telusur.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=halves.CACHE)
    parser.add_argument("--features", default=FEATURES, help="the English-only question features to fit (comma-separated)")
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength (not on the english column)")
    parser.add_argument("--balance", type=float, default=BALANCE, help="out of scope's weight beside answerable's")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--examples", type=Path, help="keep the examples' features in this file (pickle) and reuse it")
    parser.add_argument("--list", action="store_true", help="every example's confidence, hand-set and out of fold")
    parser.add_argument("--writers", action="store_true", help="fit on every open set's English questions (not only "
                        "the first data) and report each writer held out in turn (bench/abstention.py WRITERS)")
    args = parser.parse_args()
    names = args.features.split(",")
    assert names[0] == "english" and all(n.startswith("english") for n in names), "English-only features, english first"
    columns = [QUESTION_FEATURES.index(n) for n in names]
    import abstention  # the Indonesian weights, this fit's offset as they will ship (fit_ranker.py puts both over)

    threshold = Settings().abstain_below
    params = overlay(load_parameters(), abstention.OUT)
    items = cached_examples(args.examples, lambda: examples(args.cache, args.writers),
                            "writers" if args.writers else "")
    q = np.vstack([e["features"] for e in items])
    y = np.array([e["answerable"] for e in items], float)
    kept = params.question.copy()
    kept[columns] = 0.0  # the English weights are what is fitted; every other weight is kept
    offset = q @ kept + params.question_bias
    x = q[:, columns]
    shipped = 1 / (1 + np.exp(-np.clip(q @ params.question + params.question_bias, -50, 50)))
    fold = folds(items)
    held = np.zeros(len(items))
    for f in range(FOLDS):
        w = fit(x[fold != f], offset[fold != f], y[fold != f], args.c, args.balance)
        held[fold == f] = 1 / (1 + np.exp(-np.clip(offset[fold == f] + x[fold == f] @ w, -50, 50)))
    w = fit(x, offset, y, args.c, args.balance)
    fitted = 1 / (1 + np.exp(-np.clip(offset + x @ w, -50, 50)))
    report = {"weights": dict(zip(names, map(float, np.round(w, 6)))), "threshold": threshold,
              **cross_validation(items, y, threshold, shipped, fitted, held)}
    if args.writers:
        def fit_out(train: np.ndarray, test: np.ndarray) -> np.ndarray:
            weights = fit(x[train], offset[train], y[train], args.c, args.balance)
            return 1 / (1 + np.exp(-np.clip(offset[test] + x[test] @ weights, -50, 50)))

        report["by_writer"] = {"shipped": abstention.by_writer(items, y, lambda train, test: shipped[test], threshold),
                               "fitted": abstention.by_writer(items, y, lambda train, test: fitted[test], threshold),
                               "writer held out": abstention.by_writer(items, y, fit_out, threshold)}
    print(json.dumps(report, indent=1))
    if args.writers:
        print(abstention.writer_table(report["by_writer"]))
    if args.list:
        for e, s, h in sorted(zip(items, shipped, held), key=lambda t: t[2]):
            print(f"{'A' if e['answerable'] else 'O'} {s:.2f} {h:.2f} {e['question']}")
    if args.write:
        OUT.write_text(json.dumps({
            "about": "English-only abstention weights (ranker.QUESTION_FEATURES english*), fitted by "
                     "bench/english_abstention.py on " + ("every open set's English questions (--writers)" if args.writers
                     else "the English dev set, the team set's English questions and the English out-of-scope set") +
                     ", the other abstention weights kept as an offset; bench/fit_ranker.py --question-from adds them "
                     "to the weights it keeps.",
            # the English weights not fitted here are kept as they ship (fit_ranker.py reads them from this file only)
            "question": {**{n: round(float(params.question[i]), 6) for i, n in enumerate(QUESTION_FEATURES)
                            if n.startswith("english")}, **report["weights"]},
            "cross_validation": {k: v for k, v in report.items()  # by document; with --writers per writer below
                                 if k in ("held_out", "fitted", "shipped") or not args.writers and k.startswith(
                                     ("held_out", "fitted", "shipped"))},
            **({"by_writer": writer_rows(report["by_writer"])} if args.writers else {}),
        }, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
