"""Does this tree answer exactly as another commit does? `telusur ask --json` output byte for byte and the question
vectors bit for bit, on bench/ask_overhead.py's 30 questions (with follow-ups), for changes meant to cost less time
and change nothing else.

The other commit is exported with `git archive`; each version builds its own index of the default corpus. Each runs
`telusur ask --json` as a user does (its stdout compared byte for byte), then once more in a child process that
records every vector its encoder gives for a question (compared as float32 bytes).

    python bench/ask_same.py [--against HEAD] [--tree DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ask_overhead import ROOT, built, export_commit, questions  # noqa: E402

# Runs inside a version's src: its engine, its encoder; prints one line per question vector (text, sha256, hex).
RECORD = r"""
import json, sys
from telusur import open_built, Settings
from telusur.index import embeddings
engine = open_built(Settings.from_env(corpus=sys.argv[1], index=sys.argv[2]))
encoder = engine._state[2]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD", help="the commit to compare with (default HEAD)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the working tree to test (default this one)")
    args = parser.parse_args()
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


def run(cmd: list[str], env: dict, stdin: str) -> str:
    proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[:4]} failed: {proc.stderr[-500:]}")
    return proc.stdout


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


if __name__ == "__main__":
    main()
