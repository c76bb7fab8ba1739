"""Where a `telusur ask --json` process spends its main thread's CPU, phase by phase, for this tree and another commit.

Wall time on a busy machine says little (bench/ask_overhead.py warns above load 2); the CPU time of the process's main
thread moves far less with the load. Each arm runs fresh processes, alternated, and keeps each phase's minimum:
imports (numpy, faiss, telusur's own), opening the index (the e5 runtime and its session started in a thread),
the first question, the other 29, and of these the encoder's part on the main thread (onnxruntime's work there).
Phases are main-thread CPU ms; "process" is the whole process's CPU (the session's thread and onnxruntime's pool too).
The default corpus and bench/ask_overhead.py's 30 questions, as ask_overhead and ask_versions time them.

    python bench/ask_phases.py [--against HEAD~1] [--runs 9] [--bytecode]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ask_overhead import ROOT, compiled, questions, two_versions  # noqa: E402

# Runs inside a version's src: one process as `telusur ask --json` runs, its phases timed (main-thread CPU, process CPU).
PHASES = r"""
import sys, time
T, P = time.thread_time, time.process_time
marks = [(T(), P())]
import argparse, json
import numpy
marks.append((T(), P()))
import faiss
marks.append((T(), P()))
import telusur.cli, telusur.engine
marks.append((T(), P()))
from telusur import Settings, open_built
engine = open_built(Settings.from_env(corpus=sys.argv[1], index=sys.argv[2]), warm=True)
marks.append((T(), P()))
# the encoder ask encodes with (Telusur.retriever); a commit before that seam is read as it stood, frozen there
encoder = engine.retriever.encoder if hasattr(type(engine), "retriever") else engine._state[2]
encode, spent = encoder.encode_queries, [0.0]
def timed(texts):
    t = T()
    try:
        return encode(texts)
    finally:
        spent[0] += T() - t
encoder.encode_queries = timed
for n, line in enumerate(sys.stdin):
    item = json.loads(line)
    print(json.dumps(engine.ask(item["question"], item.get("history") or []).to_dict(), ensure_ascii=False), file=sys.stderr)
    if n == 0:
        marks.append((T(), P()))
marks.append((T(), P()))
names = ["numpy", "faiss", "telusur imports", "open", "first question", "questions 2-30"]
out = {name: 1000 * (b[0] - a[0]) for name, a, b in zip(names, marks, marks[1:])}
out["encoder (main thread)"] = 1000 * spent[0]
out["process"] = 1000 * marks[-1][1]
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD~1", help="the commit to compare with (default HEAD~1)")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bytecode", action="store_true", help="compiled modules, as `pip install .` leaves them")
    args = parser.parse_args()
    stdin = "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions())
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        arms = {name: ([sys.executable, "-c", PHASES, str(ROOT / "corpus"), str(index)],
                       compiled(env, tmp) if args.bytecode else env)
                for name, (index, _, env) in two_versions(args.against, tmp).items()}
        for cmd, env in arms.values():  # warm the page cache (and write the bytecode)
            run(cmd, env, stdin)
        seen: dict[str, list[dict]] = {name: [] for name in arms}
        loads = []
        for _ in range(args.runs):
            loads.append(os.getloadavg()[0])
            for name, (cmd, env) in arms.items():
                seen[name].append(run(cmd, env, stdin))
    print(f"# main-thread CPU ms, min of {args.runs} fresh processes per arm ({'bytecode' if args.bytecode else 'as this environment runs it'}), "
          f"load average {min(loads):.1f}-{max(loads):.1f}")
    print(f"{'phase':24s}" + "".join(f"{name[:12]:>14s}" for name in arms))
    for phase in seen[args.against][0]:
        print(f"{phase:24s}" + "".join(f"{min(r[phase] for r in seen[name]):14.0f}" for name in arms))
    total = {name: sum(min(r[p] for r in seen[name]) for p in seen[name][0] if p not in ("encoder (main thread)", "process"))
             for name in arms}
    print(f"{'sum of phases':24s}" + "".join(f"{total[name]:14.0f}" for name in arms))


def run(cmd: list[str], env: dict, stdin: str) -> dict:
    proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[:2]} failed: {proc.stderr[-500:]}")
    return json.loads(proc.stdout.splitlines()[-1])


if __name__ == "__main__":
    main()
