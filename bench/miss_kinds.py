"""Where an open set's ranking misses land: each answerable question whose first passage (through Telusur.ask) lacks
the evidence, by where that first passage stands against the evidence's passage.

    python bench/miss_kinds.py [--cache DIR] [--only team9,team10] [--show KIND] [--json]

Kinds: "neighbour" (the next or previous passage of the evidence's), "near" (2-3 passages away), "far" (farther in the
same document), "other document", "declined", "in no passage" (the evidence lies in no passage of the index). A
neighbour or near miss also says whether the first passage is longer, of a similar length or shorter than the
evidence's (1.3 times). The first reading of this kind (137 misses of ten open sets, 2026-12-04) is in BENCHMARKS.md,
helper "passages"; --show lists the misses of one kind (question, the first passage's and the evidence's opening).
Open sets only, and never the session's judge (bench/halves.py held_out with fitting=True): a judge's misses are not
listed.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import halves

KINDS = ("neighbour", "near", "far", "other document", "declined", "in no passage")


def kind(top, evidence: list, declined: bool) -> str:
    """A miss's kind from its first passage and the passages holding the evidence (Chunk-like: id, path, text)."""
    if declined:
        return "declined"
    if not evidence:
        return "in no passage"
    same = [c for c in evidence if c.path == top.path]
    if not same:
        return "other document"
    nearest = min(same, key=lambda c: abs(c.id - top.id))
    distance = abs(nearest.id - top.id)
    if distance > 3:
        return "far"
    ratio = len(top.text) / max(len(nearest.text), 1)
    size = "longer" if ratio > 1.3 else "shorter" if ratio < 1 / 1.3 else "similar"
    return f"{'neighbour' if distance == 1 else 'near'}, {size}"


def misses(name: str, cache: Path) -> list[dict]:
    """Every answerable question of an open set whose first passage lacks the evidence, with its kind."""
    plan = halves.half_questions()["tuning"]
    if name == "tuning":
        cases = plan["questions"]
        engine, _ = halves.open_engine(halves.half_corpus(cache / name, plan["docs"]), cache / name / "index")
    else:
        cases = halves.team_questions(name)
        engine, _ = halves.team_engine(cache, plan, name)
    chunks = engine.index.chunks
    folded = [halves.reader_fold(c.text) for c in chunks]
    by_start = {(c.path, c.start): c for c in chunks}
    out = []
    for case in cases:
        wanted = case.get("evidence")
        if not wanted:
            continue
        wanted = [halves.reader_fold(e) for e in ([wanted] if isinstance(wanted, str) else wanted)]
        turns = case.get("turns") or [case["question"]]
        answer = engine.ask(turns[-1], turns[:-1], k=3)
        first = answer.passages[0] if answer.passages else None
        # a miss as halves.ask_all counts one: the first passage's own text lacks the evidence, or no answer
        if not answer.abstained and first is not None and any(e in halves.reader_fold(first.text) for e in wanted):
            continue
        top = by_start.get((first.path, first.start)) if first is not None else None
        holding = [c for c in chunks if any(e in folded[c.id] for e in wanted)]
        out.append({"set": name, "question": turns[-1], "doc": case.get("doc"),
                    "kind": kind(top, holding, answer.abstained or top is None),
                    "first": top.text[:160] if top else "", "evidence": holding[0].text[:160] if holding else ""})
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=halves.CACHE)
    parser.add_argument("--only", default="team9,team10", help="open sets: tuning, team, team2, ...")
    parser.add_argument("--show", metavar="KIND", help="list the misses of this kind (its first word: neighbour, far …)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    names = [n for n in args.only.split(",") if n]
    refused = halves.held_out(names, fitting=True) or \
        next((f"not a set of questions on the tuning half's documents: {n}" for n in names
              if n != "tuning" and n not in halves.TEAM_SETS), "")
    if refused:
        print(refused, file=sys.stderr)
        return 2
    found = [m for n in names for m in misses(n, args.cache)]
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    counts = collections.Counter((m["kind"].split(",")[0], m["set"]) for m in found)
    print("| kind | " + " | ".join(names) + " | all |\n| --- |" + " --- |" * (len(names) + 1))
    for k in KINDS:
        row = [counts[k, n] for n in names]
        print(f"| {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    for m in found:
        if args.show and m["kind"].startswith(args.show):
            print(f"\n[{m['set']}] {m['kind']}: {m['question']}\n  first: {m['first']!r}\n  evidence: {m['evidence']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
