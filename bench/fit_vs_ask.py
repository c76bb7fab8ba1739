"""Does bench/fit_ranker.py rank what Telusur.ask ranks? For every question of the open sets named, the candidates the
fit builds (fit_ranker.examples / team_examples / english_examples, then prepare) beside those ask scores (the
Retriever.candidates call inside Telusur.ask's search), their features, and the first place each gives with the
shipped weights; disagreements counted by cause.

    python bench/fit_vs_ask.py [--cache DIR] [--only tuning,default,english,team,...] [--json] [--list]
    python bench/fit_vs_ask.py --records HALVES.json [--prepared PICKLE]

The second form runs no ask: the candidate-space first places of bench/leave_writer_out.py's kept examples (its
--prepared pickle) under the shipped weights, beside bench/halves.py --json records asked with those weights at the
same tree (rank 1 or not, question by question; a disagreement where ask declined is counted apart).

Causes, in the order they are checked (the first that holds is counted):
- vector: the query vector differs (the fit's cached batch encoding vs ask's own)
- candidates: other candidate passages (until 2026-12-07: a follow-up, which ask ranks within the document of the turn
  it leans on and the fit ranked over the whole text)
- features: the same passages, other features
- section bonus: the same candidates and features, a follow-up whose section ask scores higher (SECTION_BONUS)
- none: the same candidates and features
Declined questions (ask's confidence below the threshold) are counted apart: ask gives them no first place at all.
Held-out sets are refused (halves.held_out); the session's JUDGE too.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_ranker  # noqa: E402
import halves  # noqa: E402

REPO = halves.REPO


def examples_with_asks(cache: Path, names: list[str]) -> list[tuple]:
    """(set, Example, engine, question, history) for every example fit_ranker builds for these sets, the engine and the
    question as written recorded where the fit reads them (fit_ranker.read)."""
    seen: list[tuple] = []
    read = fit_ranker.read

    def spy(engine, question, history=()):
        seen.append((engine, question, tuple(history)))
        return read(engine, question, history)

    fit_ranker.read = spy
    try:
        out = []
        for name in names:
            before = len(seen)
            if name in ("tuning", "default"):
                if name == "default" and "tuning" in names:
                    continue  # fit_ranker.examples reads both
                made = fit_ranker.examples(cache)
                pairs = [(e, s) for e, s in zip(made, seen[before:])
                         if (e.folder == "default" and "default" in names) or (e.folder != "default" and "tuning" in names)]
                out += [("default" if e.folder == "default" else "tuning", e, *s) for e, s in pairs]
                assert len(made) == len(seen) - before
                continue
            elif name == "english":
                made = fit_ranker.english_examples(cache)
                pairs = list(zip(made, seen[before:]))
            else:
                made = fit_ranker.team_examples(cache, name)
                pairs = list(zip(made, seen[before:]))
            assert len(made) == len(seen) - before
            out += [(name, e, *s) for e, s in pairs]
        return out
    finally:
        fit_ranker.read = read


def ask_side(engine, question: str, history: tuple):
    """What Telusur.ask ranks for the question: the candidates of its last Retriever.candidates call (a follow-up's
    within its scope), the retrieval, and whether it declines (compose's rule)."""
    from telusur.query.retrieval import Retriever

    calls, searches = [], []
    # the last ranking ask makes: Retriever.ranked since 2026-12-07 (search before)
    candidates, last = Retriever.candidates, "ranked" if hasattr(Retriever, "ranked") else "search"
    search = getattr(Retriever, last)

    def spy(self, query, vector, within=None):
        found = candidates(self, query, vector, within)
        calls.append((query, vector, within, found))
        return found

    def spy_search(self, *args, **kwargs):
        searches.append(search(self, *args, **kwargs))
        return searches[-1]

    Retriever.candidates = spy
    setattr(Retriever, last, spy_search)
    try:
        answer = engine.ask(question, list(history), k=10)
    finally:
        Retriever.candidates = candidates
        setattr(Retriever, last, search)
    return calls[-1], searches[-1], answer


def compare(items: list[tuple], weights: np.ndarray) -> list[dict]:
    rows = []
    for name, e, engine, question, history in items:
        (query, vector, within, found), retrieval, answer = ask_side(engine, question, history)
        c = e.candidates
        s = c.features @ weights if len(c.ids) else np.zeros(0)
        fit_first = c.ids[int(np.lexsort((np.array(c.ids), -s))[0])] if len(c.ids) else None
        fit_rank = fit_ranker.ranks([e], weights)[0] if e.evidence else None
        ask_first_id = retrieval.hits[0].chunk.id if retrieval.hits else None
        evidence = e.evidence
        ask_rank = None
        if evidence and not answer.abstained:
            ask_rank = next((p.rank for p in answer.passages
                             if any(x in halves.reader_fold(p.text) for x in evidence)), None)
        same_ids = list(c.ids) == list(found.ids)
        same_features = same_ids and np.allclose(c.features, found.features, rtol=0, atol=1e-9)
        vector_diff = float(np.abs(np.asarray(e.vector) - np.asarray(vector)).max())
        if vector_diff > 1e-6:
            cause = "vector"
        elif not same_ids:
            cause = "candidates"
        elif not same_features:
            cause = "features"
        elif within is not None:
            cause = "section bonus"  # the same candidates and features; a follow-up's section scores more in ask
        else:
            cause = "none"
        diff_features = []
        if same_ids and not same_features:
            from telusur.query.ranker import PASSAGE_FEATURES
            d = np.abs(c.features - found.features).max(axis=0)
            diff_features = [PASSAGE_FEATURES[k] for k in np.flatnonzero(d > 1e-9)]
        rows.append({"set": name, "question": question, "history": list(history), "read": e.question,
                     "ask_read": query, "answerable": bool(evidence), "declined": bool(answer.abstained),
                     "fit_first": fit_first, "ask_first": ask_first_id, "same_first": fit_first == ask_first_id,
                     "fit_hit": fit_rank == 1, "ask_hit": ask_rank == 1, "cause": cause, "vector_diff": vector_diff,
                     "same_ids": same_ids, "same_features": same_features, "features_differ": diff_features})
    return rows


def halves_key(writer: str, typed: tuple) -> tuple:
    """The key of a bench/halves.py record for a kept example (leave_writer_out.slim): its set and its last turn."""
    return (writer, typed[0])


def against_records(items: list, records: list[dict], weights: np.ndarray) -> dict:
    """Cheap form (no ask run): the candidate-space first places of leave_writer_out's kept examples under these
    weights beside bench/halves.py --json records (ask with the same weights), question by question; the
    disagreements split by whether ask declined."""
    def writer_of(r):
        if r.get("half") == "tuning":
            return "tuning"
        if r.get("set") in ("questions-dev", "out-of-scope-dev", "conversations-dev"):
            return "default"
        return r.get("half")
    by_key = {}
    for r in records:
        if r["answerable"]:
            by_key.setdefault((writer_of(r), r["question"]), []).append(r)
    rows = Counter()
    per_set: dict[str, Counter] = {}
    listed = []
    for e in items:
        if not e.evidence or e.writer == "tydi":
            continue
        found = by_key.get(halves_key(e.writer, e.typed))
        if not found:
            rows["no record"] += 1
            continue
        r = found.pop(0)
        fit_first = fit_ranker.ranks([e], weights)[0] == 1
        ask_first = r["rank"] == 1
        kind = "agree" if fit_first == ask_first else ("declined by ask" if r["declined"] else "other") + (
            ", fit first" if fit_first else ", ask first")
        rows[kind] += 1
        per_set.setdefault(e.writer, Counter())[kind] += 1
        if kind != "agree":
            listed.append({"set": e.writer, "question": e.typed[0], "kind": kind, "ask_rank": r["rank"]})
    return {"by_kind": dict(rows), "by_set": {k: dict(v) for k, v in per_set.items()}, "disagreements": listed}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=halves.CACHE)
    parser.add_argument("--only", default="tuning,default,english," + ",".join(
        n for n in halves.TEAM_SETS if n in halves.OPEN_SETS and n != halves.JUDGE))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    parser.add_argument("--records", type=Path, help="no ask run: set the candidate-space first places of "
                        "--prepared (bench/leave_writer_out.py's kept examples) beside these bench/halves.py --json "
                        "records, asked with the shipped weights at the same tree")
    parser.add_argument("--prepared", type=Path, default=REPO / "bench" / ".cache" / "leave_writer_out.pkl")
    args = parser.parse_args(argv)
    if args.records:
        import pickle

        from telusur.query.ranker import load_parameters

        with args.prepared.open("rb") as f:
            items = pickle.load(f)["items"]
        records = json.loads(args.records.read_text(encoding="utf-8"))["records"]
        judge = [r for r in records if r.get("half") in ("checking", halves.JUDGE)
                 or r.get("half") in halves.TEAM_SETS and r["half"] not in halves.OPEN_SETS]
        if judge:
            parser.error("--records holds a held-out set or the JUDGE's records: not compared question by question")
        print(json.dumps(against_records(items, records, load_parameters().passage), ensure_ascii=False, indent=1))
        return 0
    names = [n for n in args.only.split(",") if n]
    refused = halves.held_out([n for n in names if n in halves.TEAM_SETS], fitting=True)
    if refused:
        parser.error(refused)
    names = [n for n in names if n not in halves.TEAM_SETS or not halves.missing_documents(n)]
    from telusur.query.ranker import load_parameters

    items = examples_with_asks(args.cache, names)
    fit_ranker.prepare([e for _, e, *_ in items])
    rows = compare(items, load_parameters().passage)
    report = {"questions": len(rows), "answerable": sum(r["answerable"] for r in rows),
              "same_first": sum(r["same_first"] for r in rows),
              "first_differs_by_cause": dict(Counter(r["cause"] for r in rows if not r["same_first"])),
              "candidates_or_features_differ_by_cause": dict(Counter(r["cause"] for r in rows
                                                                    if not r["same_features"])),
              "features_differing": dict(Counter(f for r in rows for f in r["features_differ"])),
              "hit_fit": sum(r["fit_hit"] for r in rows), "hit_ask": sum(r["ask_hit"] for r in rows),
              "hit_disagree": dict(Counter(("declined" if r["declined"] else r["cause"]) + (
                  " fit-only" if r["fit_hit"] else " ask-only") for r in rows if r["fit_hit"] != r["ask_hit"])),
              "by_set": {n: {"n": sum(r["set"] == n for r in rows),
                             "same_first": sum(r["same_first"] for r in rows if r["set"] == n),
                             "hit_fit": sum(r["fit_hit"] for r in rows if r["set"] == n),
                             "hit_ask": sum(r["ask_hit"] for r in rows if r["set"] == n)} for n in names}}
    if args.json:
        print(json.dumps({"report": report, "rows": rows}, ensure_ascii=False, indent=1))
    else:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        if args.list:
            for r in rows:
                if not r["same_first"] or r["fit_hit"] != r["ask_hit"]:
                    print(json.dumps(r, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
