"""`telusur ask --json` of another commit and of this tree, beside the bare embed + search, in the same rounds.

bench/ask_overhead.py's ratio moves with the machine's load more than with the code (the bare program's OpenMP
threads stall when another process runs), so a change is judged against its commit in the same rounds: each arm a
fresh process, alternated, medians. The other commit is exported with `git archive` into a temporary folder; each
version builds its own index of the default corpus; the bare program reads this tree's build. With --bytecode, a
third and fourth arm run both with compiled modules (an installed package has them; PYTHONDONTWRITEBYTECODE may be set).
CPU seconds (user + system of the process and its threads) are printed beside wall seconds: they move less with the load.
The answers of the two versions are printed as equal or not (they differ when the ranking changed in between).

    python bench/ask_versions.py [--against 50fae3d] [--rounds 7] [--bytecode]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ask_overhead import BARE, compiled, load_warning, questions, two_versions  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD~1", help="the commit to compare with (default HEAD~1)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--bytecode", action="store_true", help="also this tree with compiled modules")
    args = parser.parse_args()
    stdin = "".join(__import__("json").dumps(q, ensure_ascii=False) + "\n" for q in questions())
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        versions = two_versions(args.against, tmp)
        arms = {name: (cmd, env) for name, (_, cmd, env) in versions.items()}
        if args.bytecode:  # both versions also with compiled modules, as an installed package runs
            for name in (args.against, "this tree"):
                arms[f"{name}, bytecode"] = (arms[name][0], compiled(arms[name][1], tmp))
        index = versions["this tree"][0]
        arms["bare"] = ([sys.executable, "-c", BARE, str(index / "builds" / (index / "CURRENT").read_text().strip())],
                        dict(os.environ))
        outputs = {name: run(cmd, env, stdin)[2] for name, (cmd, env) in arms.items()}  # warm caches and page cache
        times: dict[str, list[float]] = {name: [] for name in arms}
        cpu: dict[str, list[float]] = {name: [] for name in arms}
        loads = []
        for _ in range(args.rounds):
            loads.append(os.getloadavg()[0])
            for name, (cmd, env) in arms.items():
                wall, used, _ = run(cmd, env, stdin)
                times[name].append(wall)
                cpu[name].append(used)
    bare = statistics.median(times["bare"])
    print(f"# {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, load average at the rounds' starts "
          f"{min(loads):.1f}-{max(loads):.1f}; 30 questions, {args.rounds} rounds, medians")
    bare_cpu = statistics.median(cpu["bare"])
    for name, runs in times.items():
        print(f"{name:30s} {statistics.median(runs):5.2f} s  {statistics.median(runs) / bare:5.2f}x the bare  "
              f"CPU {statistics.median(cpu[name]):5.2f} s ({statistics.median(cpu[name]) / bare_cpu:4.2f}x)  "
              f"(runs: {', '.join(f'{x:.2f}' for x in runs)})")
    same = outputs[args.against] == outputs["this tree"]
    print(f"answers of {args.against} and this tree: {'equal' if same else 'different'}")
    if load_warning(loads):
        print(load_warning(loads))


def run(cmd: list[str], env: dict, stdin: str) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system, all its threads) and stdout of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0 or len(proc.stdout.splitlines()) != stdin.count("\n"):
        raise SystemExit(f"{cmd[:4]} failed: {proc.stderr[-500:]}")
    used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, used, proc.stdout


if __name__ == "__main__":
    main()
