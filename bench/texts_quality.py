"""Retrieval and answer quality on the real texts of ../shared/texts (questions.jsonl), and on the default corpus
dev sets, computed here from Telusur.ask directly (independent of `telusur eval`).

Usage: python bench/texts_quality.py [--index DIR] [--only texts|default]
Prints hit@1, hit@3, MRR@10, evidence inside the answer's sentences, abstentions.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def reader_fold(text: str) -> str:
    """check.py's reader_text, then case and quotes folded (the scoring rule)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", text)
    text = text.replace("**", "").replace("*", "")
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    return re.sub(r"\s+", " ", text).strip().lower()


def score(engine, cases):
    n = h1 = h3 = 0
    rr = 0.0
    in_answer = abstained = 0
    misses = []
    for case in cases:
        evidence = case["evidence"] if isinstance(case["evidence"], list) else [case["evidence"]]
        evidence = [reader_fold(e) for e in evidence]
        turns = case.get("turns") or [case["question"]]
        answer = engine.ask(turns[-1], turns[:-1], k=10)
        n += 1
        rank = None
        if not answer.abstained:
            rank = next((p.rank for p in answer.passages if any(e in reader_fold(p.text) for e in evidence)), None)
        else:
            abstained += 1
        h1 += rank == 1
        h3 += rank is not None and rank <= 3
        rr += 1 / rank if rank else 0
        if not answer.abstained and any(e in reader_fold(answer.answer) for e in evidence):
            in_answer += 1
        if rank != 1:
            misses.append((case.get("doc", ""), turns[-1], rank, answer.abstained))
    return {"n": n, "hit@1": h1 / n, "hit@3": h3 / n, "mrr@10": rr / n, "evidence_in_answer": in_answer,
            "abstained": abstained}, misses


def out_of_scope(engine, cases):
    right = sum(engine.ask(c["question"]).abstained for c in cases)
    return right, len(cases)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, default=None, help="reuse this index folder (kept between runs)")
    parser.add_argument("--only", choices=["texts", "default"], default=None)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    from telusur.engine import open_built
    from telusur.settings import Settings

    def load(name):
        return [json.loads(x) for x in open(name, encoding="utf-8") if x.strip()]

    if args.only != "texts":
        eval_dir = REPO / "tests" / "data" / "eval"
        base = args.index / "default" if args.index else Path(tempfile.mkdtemp()) / "index"
        engine = open_built(Settings(corpus=REPO / "corpus", index=base))
        result, misses = score(engine, load(eval_dir / "questions-dev.jsonl"))
        conv, _ = score(engine, [c for c in load(eval_dir / "conversations-dev.jsonl") if c.get("evidence")])
        oos = out_of_scope(engine, load(eval_dir / "out-of-scope-dev.jsonl"))
        print("default corpus dev:", json.dumps(result), "conversations:", json.dumps(conv), f"out-of-scope {oos[0]}/{oos[1]}")
        if args.misses:
            for m in misses:
                print("  miss", m)
    if args.only != "default":
        questions = load(SHARED / "texts" / "questions.jsonl")
        corpus = Path(tempfile.mkdtemp()) / "texts"
        corpus.mkdir()
        for doc in sorted({q["doc"] for q in questions}):
            shutil.copy(SHARED / "texts" / doc, corpus / doc)
        base = args.index / "texts" if args.index else corpus.parent / "index"
        t0 = time.perf_counter()
        engine = open_built(Settings(corpus=corpus, index=base))
        print(f"texts index ready in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        result, misses = score(engine, questions)
        print("shared texts (12 texts, 48 q):", json.dumps(result))
        if args.misses:
            for m in misses:
                print("  miss", m)
        own = REPO / "tests" / "data" / "texts" / "out-of-scope.jsonl"
        if own.exists():
            oos = out_of_scope(engine, load(own))
            print(f"shared texts out-of-scope (ours): {oos[0]}/{oos[1]} abstained")
    return 0


if __name__ == "__main__":
    sys.exit(main())
