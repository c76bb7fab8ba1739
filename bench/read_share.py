"""Reading as a share of a build, over every real document under ../shared/texts (issue 14: under 10%).

For each document: reading alone (read_document: the reader and the text cleaning), then the rest of the work a
build does on that file alone while reading it (prepare_document: chunks, citations, its reference list linked,
the encoder's input checked), and how many texts the build encodes for it (passages, their parts, places).
Encoding is timed on a seeded sample of those texts with the default encoder, in the same run, and scaled to all.
"reading share" = (reading + preparation) / (reading + preparation + encoding), per format and overall; the
baseline row is reading alone, as builds were before preparation moved into the per-file guard.

    python bench/read_share.py [--sample 96] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "texts"


def timed(fn, rounds: int):
    times, out = [], None
    for _ in range(rounds):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=96, help="texts encoded to time the encoder")
    parser.add_argument("--rounds", type=int, default=3, help="reading runs per file (median)")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is not here: nothing to measure.")
        return 1
    from telusur.chunking import chunk_parts
    from telusur.documents import READERS, corpus_files, read_document
    from telusur.index.build import prepare_document
    from telusur.index.embeddings import load_encoder
    from telusur.settings import DEFAULT_MODEL

    rows = defaultdict(lambda: [0, 0.0, 0.0, 0])  # format -> files, reading s, preparation s, texts
    texts: list[str] = []
    for path in corpus_files(SHARED):  # the formats in file order; "all" is added after them
        if path.suffix.lower() not in READERS:
            continue
        rel = path.relative_to(SHARED).as_posix()
        reading, doc = timed(lambda: read_document(path, rel), args.rounds)
        preparing, chunks = timed(lambda: prepare_document(doc), args.rounds)
        mine = [c.embed_text for c in chunks] + [t for c in chunks for t in chunk_parts(c)]
        mine += sorted({c.place for c in chunks} - {""})
        row = rows[doc.format]
        row[0] += 1
        row[1] += reading
        row[2] += preparing
        row[3] += len(mine)
        texts += mine
    encoder = load_encoder(DEFAULT_MODEL)
    sample = random.Random(14).sample(texts, min(args.sample, len(texts)))
    encoder.encode_documents(sample[:4])  # warm-up
    t0 = time.perf_counter()
    for i in range(0, len(sample), 16):
        encoder.encode_documents(sample[i:i + 16])
    per_text = (time.perf_counter() - t0) / len(sample)
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.machine()}, {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}; encoder {encoder.id}: {per_text * 1000:.0f} ms/text on {len(sample)} texts")
    print("| format | files | reading s | + preparation s | texts | encoding s (est.) | reading alone | reading + preparation |")
    print("|---|---|---|---|---|---|---|---|")
    rows["all"] = [sum(r[i] for r in rows.values()) for i in range(4)]
    for fmt, (files, reading, preparing, n) in rows.items():
        enc = n * per_text
        print(f"| {fmt} | {files} | {reading:.2f} | {preparing:.2f} | {n} | {enc:.0f} | "
              f"{reading / (reading + enc):.1%} | {(reading + preparing) / (reading + preparing + enc):.1%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
