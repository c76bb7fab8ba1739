"""Build speed on long documents (issue 14: a book, a 300-page thesis): citations.find_citations over a whole text and
chunking.chunk_document, at 100,000, 300,000 and 600,000 characters, this tree against another revision side by side.

The long text is the tuning half's .md and .txt documents joined, doubled until long enough and cut (as the last
session's probe made it); find_citations reads it as it is, chunk_document reads it as a .md file through the project's
reader (reading is not timed). Each figure is one call in a fresh process (after the default corpus is chunked, so
that word lists are loaded), trees taken in turn, repeated; the median is printed.

    python bench/long_texts.py --baseline /path/to/other/tree/src [--sizes 100000,300000] [--repeat 3]
    python bench/long_texts.py --same OUT   # every open document's chunks, the long texts' citations and chunks:
                                            # diff two trees' OUT to show a speed change changes no output

--same reads the tuning half of bench/texts-split.json (never the checking half), the default corpus and the invented
documents of bench/citations-kinds/.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO.parent / "shared" / "texts"
SPLIT = REPO / "bench" / "texts-split.json"
KINDS = REPO / "bench" / "citations-kinds"
MEASURES = ("find_citations", "chunk_document")


def long_text(size: int) -> str:
    parts = [(TEXTS / name).read_text(encoding="utf-8", errors="replace")
             for name in json.loads(SPLIT.read_text(encoding="utf-8"))["tuning"] if name.endswith((".md", ".txt"))]
    text = "\n\n".join(parts)
    while len(text) < size:
        text = text + "\n\n" + text
    return text[:size]


def _read(path: Path, rel: str):
    from telusur.documents import read_document

    return read_document(path, rel, 5.0)


def child(measure: str, size: int) -> dict:
    """One measure in this process: seconds and how much came out."""
    from telusur.chunking import chunk_document
    from telusur.citations.intext import find_citations

    for path in sorted((REPO / "corpus").glob("*.txt")):  # word lists and patterns loaded, as in a build
        chunk_document(_read(path, path.name))
    with tempfile.TemporaryDirectory() as tmp:
        text = long_text(size)
        if measure == "find_citations":
            t = time.perf_counter()
            out = find_citations(text)
        else:
            path = Path(tmp, f"long{size}.md")
            path.write_text(text, encoding="utf-8")
            doc = _read(path, path.name)
            t = time.perf_counter()
            out = chunk_document(doc)
        return {"seconds": time.perf_counter() - t, "count": len(out)}


def compare(trees: dict[str, str], sizes: list[int], repeat: int) -> None:
    times: dict[tuple, list[float]] = {}
    counts: dict[tuple, set] = {}
    for r in range(repeat):
        for size in sizes:
            for measure in MEASURES:
                order = list(trees) if r % 2 == 0 else list(trees)[::-1]
                for name in order:
                    env = {**os.environ, "PYTHONPATH": trees[name]}
                    run = subprocess.run([sys.executable, __file__, "--child", measure, str(size)], env=env,
                                         capture_output=True, text=True, check=True)
                    got = json.loads(run.stdout.strip().splitlines()[-1])
                    times.setdefault((name, measure, size), []).append(got["seconds"])
                    counts.setdefault((measure, size), set()).add(got["count"])
    names = list(trees)
    print(f"{'measure':16} {'chars':>8} {'out':>6} " + " ".join(f"{n:>12}" for n in names) + "   speedup")
    for measure in MEASURES:
        for size in sizes:
            med = [statistics.median(times[(n, measure, size)]) for n in names]
            out = "/".join(map(str, sorted(counts[(measure, size)])))
            print(f"{measure:16} {size:>8} {out:>6} " + " ".join(f"{m:>11.2f}s" for m in med)
                  + (f"   {med[0] / med[-1]:.1f}x" if len(med) > 1 else ""))
    print("seconds: median of", repeat, "(one call per process); out: citations or chunks (both trees alike when one);",
          "speedup: the first tree's time over the last's")


def same(out: Path) -> None:
    """Every open document's chunks (their spans, headings, citations, places), the long texts' citations and chunks."""
    from telusur.chunking import chunk_document
    from telusur.citations.intext import find_citations

    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    files = [(TEXTS / name, name) for name in split["tuning"]]
    files += [(p, "corpus/" + p.name) for p in sorted((REPO / "corpus").iterdir()) if p.suffix != ".md"]
    files += [(p, "citations-kinds/" + p.name) for p in sorted(KINDS.iterdir()) if p.suffix != ".py"]
    with out.open("w", encoding="utf-8") as f:
        for path, rel in files:
            for chunk in chunk_document(_read(path, rel)):
                f.write(f"{rel}\t{chunk!r}\n")
        for size in (100_000, 300_000, 600_000):
            for cite in find_citations(long_text(size)):
                f.write(f"long{size}\t{cite!r}\n")
        with tempfile.TemporaryDirectory() as tmp:
            for size in (100_000, 434_000):
                path = Path(tmp, f"long{size}.md")
                path.write_text(long_text(size), encoding="utf-8")
                for chunk in chunk_document(_read(path, path.name)):
                    f.write(f"long{size}.md\t{chunk!r}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", help="another tree's src, timed beside this one")
    parser.add_argument("--sizes", default="100000,300000,600000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--same", type=Path, help="write every open document's chunks and the long texts' citations")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return 0
    if args.same:
        same(args.same)
        return 0
    trees = {"this tree": str(REPO / "src")}
    if args.baseline:
        trees = {"baseline": args.baseline, **trees}
    compare(trees, [int(s) for s in args.sizes.split(",")], args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
