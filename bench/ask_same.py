"""Does this tree answer exactly as another commit does? `telusur ask --json` output byte for byte and the question
vectors bit for bit, on bench/ask_overhead.py's 30 questions (with follow-ups), for changes meant to cost less time
and change nothing else.

The other commit is exported with `git archive`; each version builds its own index of the default corpus. Each runs
`telusur ask --json` as a user does (its stdout compared byte for byte), then once more in a child process that
records every vector its encoder gives for a question (compared as float32 bytes).

    python bench/ask_same.py [--against HEAD] [--tree DIR]

With --cache DIR (bench/halves.py's cached indexes) and --only SETS, every question of those open sets instead, each
version over the same index folders (built once by either; a change meant to change nothing leaves them fresh):
every answer's whole `to_dict()` (text, passages in rank order), its confidence and passage scores unrounded,
compared byte for byte, set by set. Sets: default (dev questions, out of scope, conversations), tuning (questions
and its out-of-scope half), english (English dev and out of scope) and the open team sets (halves.OPEN_SETS). The
checking half and the held-out team sets are refused.

    python bench/ask_same.py --against HEAD --cache /tmp/me-cache --only default,tuning,english,team,team2,team3
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ask_overhead import ROOT, built, export_commit, questions  # noqa: E402
import halves  # noqa: E402

# Runs inside a version's src: its engine, its encoder; prints one line per question vector (text, sha256, hex).
RECORD = r"""
import json, sys
from telusur import open_built, Settings
from telusur.index import embeddings
engine = open_built(Settings.from_env(corpus=sys.argv[1], index=sys.argv[2]))
# the encoder ask encodes with (Telusur.retriever); a commit before that seam is read as it stood, frozen there
encoder = engine.retriever.encoder if hasattr(type(engine), "retriever") else engine._state[2]
seen = []
original = encoder.encode_queries
def recording(texts):
    out = original(texts)
    seen.extend((t, v.astype("<f4").tobytes().hex()) for t, v in zip(texts, out))
    return out
encoder.encode_queries = recording
for line in sys.stdin:
    item = json.loads(line)
    engine.ask(item["question"], item.get("history") or [])
for text, vector in seen:
    print(json.dumps({"text": text, "vector": vector}, ensure_ascii=False))
"""


# Runs inside a version's src, from bench/: every question of the named open sets over the cached indexes, one JSON
# line each ({"set", "question", "answer": Answer.to_dict(), and its confidence and passage scores unrounded), asked as
# bench/halves.py asks them (history, k=10).
SETS = r"""
import json, sys
import halves
cache, names = halves.Path(sys.argv[1]), sys.argv[2].split(",")
plan = halves.half_questions()["tuning"]

def asked(name, corpus, index, cases):
    engine, _ = halves.open_engine(corpus, index)
    for case in cases:
        turns = case.get("turns") or [case["question"]]
        answer = engine.ask(turns[-1], turns[:-1], k=10)
        print(json.dumps({"set": name, "question": turns[-1], "answer": answer.to_dict(), "confidence": answer.confidence,
                          "scores": [p.score for p in answer.passages + answer.related]}, ensure_ascii=False))

for name in names:
    if name == "default":
        cases = [q for f in ("questions-dev", "out-of-scope-dev", "conversations-dev")
                 for q in halves.load(halves.REPO / "tests" / "data" / "eval" / f"{f}.jsonl")]
        asked(name, halves.REPO / "corpus", cache / "default" / "index", cases)
    elif name == "tuning":
        asked(name, halves.half_corpus(cache / "tuning", plan["docs"]), cache / "tuning" / "index",
              plan["questions"] + plan["out_of_scope"])
    elif name == "english":
        cases = [q for q in halves.load(halves.ENGLISH_DEV) if "question" in q]
        oos = halves.english_out_of_scope()
        asked(name, halves.half_corpus(cache / "tuning", plan["docs"]), cache / "tuning" / "index",
              [q for q in cases if q["set"] != "default"] + [q for q in oos if q["set"] == "tuning"])
        asked(name, halves.REPO / "corpus", cache / "default" / "index",
              [q for q in cases if q["set"] == "default"] + [q for q in oos if q["set"] == "default"])
    else:
        asked(name, halves.half_corpus(cache / name, halves.team_docs(plan, name)), cache / name / "index",
              halves.team_questions(name))
"""
OPEN_SETS = tuple(name for name in halves.OPEN_SETS if name != "near")  # the open sets SETS asks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD", help="the commit to compare with (default HEAD)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the working tree to test (default this one)")
    parser.add_argument("--cache", type=Path, help="bench/halves.py's cached indexes: ask every question of --only")
    parser.add_argument("--only", help=f"with --cache, of {','.join(OPEN_SETS)} (default default,tuning,english)")
    args = parser.parse_args()
    if args.only is not None and args.cache is None:
        parser.error("--only names sets of cached indexes: give --cache DIR too (bench/halves.py's), or drop --only "
                     "to compare the default corpus's dev answers")
    args.only = args.only or "default,tuning,english"
    if args.cache is not None:
        return same_on_sets(args)
    stdin = "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions())
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        results = {}
        for n, (name, src) in enumerate(((args.against, export_commit(args.against, tmp / "other")),
                                         ("this tree", args.tree / "src"))):
            ask, env = built(src, tmp / f"index-{n}")
            answers = run(ask, env, stdin)
            vectors = run([sys.executable, "-c", RECORD, str(ROOT / "corpus"), str(tmp / f"index-{n}")], env, stdin)
            results[name] = (answers, vectors)
    (a_out, a_vec), (b_out, b_vec) = results.values()
    a_rows, b_rows = [json.loads(x) for x in a_vec.splitlines()], [json.loads(x) for x in b_vec.splitlines()]
    print(f"{len(a_out.splitlines())} answers of {args.against}: sha256 {digest(a_out)}; this tree: {digest(b_out)}"
          f" -> {'byte-identical' if a_out == b_out else 'DIFFERENT'}")
    print(f"{len(a_rows)} question vectors of {args.against}: sha256 {digest(a_vec)}; this tree: {digest(b_vec)}"
          f" -> {'bit-identical' if a_rows == b_rows else 'DIFFERENT'}")
    if a_out != b_out or a_rows != b_rows:
        sys.exit(1)


def same_on_sets(args) -> None:
    """Both versions over the same cached indexes, every question of the sets: answers compared set by set."""
    names = args.only.split(",")
    if halves.held_out(names):
        raise SystemExit(halves.held_out(names))
    if set(names) - set(OPEN_SETS):
        raise SystemExit(f"not asked here: {', '.join(sorted(set(names) - set(OPEN_SETS)))} (ask_same asks {','.join(OPEN_SETS)})")
    with tempfile.TemporaryDirectory() as tmp:
        outputs = {}
        for name, src in ((args.against, export_commit(args.against, Path(tmp) / "other")),
                          ("this tree", args.tree / "src")):
            env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{ROOT / 'bench'}"}
            outputs[name] = run([sys.executable, "-c", SETS, str(args.cache), ",".join(names)], env, "")
    (a_name, a), (b_name, b) = outputs.items()
    a_rows, b_rows = [json.loads(x) for x in a.splitlines()], [json.loads(x) for x in b.splitlines()]
    different = False
    for name in names:
        mine = [(x, y) for x, y in zip(a_rows, b_rows) if x["set"] == name]
        changed = [x["question"] for x, y in mine if x != y]
        count = sum(r["set"] == name for r in a_rows), sum(r["set"] == name for r in b_rows)
        same = not changed and count[0] == count[1]
        different |= not same
        print(f"{name}: {count[0]} answers of {args.against}, {count[1]} of this tree -> "
              f"{'identical (text, passages, ranks, scores, confidence)' if same else f'{len(changed)} DIFFERENT'}"
              + (f"; first: {changed[0]!r}" if changed else ""))
    print(f"all {len(a_rows)} answers: sha256 {digest(a)} vs {digest(b)}")
    if different:
        sys.exit(1)


def run(cmd: list[str], env: dict, stdin: str) -> str:
    proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[:4]} failed: {proc.stderr[-500:]}")
    return proc.stdout


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


if __name__ == "__main__":
    main()
