"""Per-question latency of `Retriever.search` and `Telusur.ask` on a large vocabulary (TyDi-id, 4,650 passages):
the name-spelling lookup as it was (a scan of the whole vocabulary per name) against the indexed one, side by side.

The index is built through the product's pipeline (each passage a .txt file) with the unit layer's hashed-words
stub encoder (tests/unit/conftest.py), so no model is loaded and the build takes a minute or two; the timings are
of the ranker's own work (BM25, name and rare-word evidence, features, confidence), which the stub leaves intact.
Both arms run in one process, alternated question by question; every question's full ranking (all candidates,
scores, confidence, missing names) and its answer must be identical in both arms, else the script fails.

    python bench/ask_latency.py [--questions 100] [--rounds 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import json
import os
import platform
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "tydiqa-id"
CACHE = ROOT / "bench" / ".cache" / "ask-latency"


def _stub():
    spec = importlib.util.spec_from_file_location("unit_conftest", ROOT / "tests" / "unit" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def open_course():
    """A Telusur over the TyDi-id passages as .txt files, built once (cached in bench/.cache/ask-latency/)."""
    from telusur.engine import Telusur, build
    from telusur.index import embeddings
    from telusur.settings import Settings

    stub = _stub()
    embeddings._ENCODERS[(stub.STUB_MODEL, 1)] = stub.HashedWords()
    corpus = CACHE / "corpus"
    if not corpus.exists():
        corpus.mkdir(parents=True)
        for p in load_jsonl(BENCH / "passages.jsonl"):
            (corpus / f"{p['id']}.txt").write_text(p["text"] + "\n", encoding="utf-8")
    settings = Settings(corpus=corpus, index=CACHE / "index", model=stub.STUB_MODEL)
    t0 = time.perf_counter()
    if build(settings) is not None:
        print(f"built the index in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return Telusur(settings)


def scan_name_forms(self, query: str) -> dict[str, frozenset[str]]:
    """Retriever._name_forms as it was before the indexed lookup (commit a55db0c): every long vocabulary term
    compared with each unknown name token."""
    from telusur.query.retrieval import _names, _spelled_alike

    out = {}
    vocab = self.index.bm25.vocab
    for name in dict.fromkeys(_names(query)):
        own = self.index.bm25.tokenize(name)
        if not own:
            continue
        forms = set(own) | set(self.index.bm25.term_weights(name))
        for t in own:
            if t not in vocab and len(t) >= 5:
                forms |= {v for v in _long_terms(self.index.bm25) if _spelled_alike(t, {v})}
        out[name] = frozenset(forms)
    return out


_LONG: dict[int, list[str]] = {}


def _long_terms(bm25) -> list[str]:
    """The vocabulary's terms of four letters or more, listed once per BM25 (as Retriever._long_terms did)."""
    if id(bm25) not in _LONG:
        _LONG[id(bm25)] = [t for t in bm25.vocab if len(t) >= 4]
    return _LONG[id(bm25)]


def fingerprint(retriever, question: str) -> tuple:
    """Everything the ranking decides for a question: every candidate in rank order with its score, the confidence,
    and the names/words reported missing."""
    from telusur.query.retrieval import Retriever

    r = Retriever.search(retriever, question, 10_000)
    return tuple((h.chunk.id, h.score) for h in r.hits), r.confidence, r.unknown_names


def answer_print(answer) -> str:
    d = answer.to_dict() if hasattr(answer, "to_dict") else vars(answer)
    return json.dumps(d, ensure_ascii=False, sort_keys=True, default=str)


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3, help="timed repeats of each question per arm (median kept)")
    parser.add_argument("--profile", action="store_true", help="cProfile one pass of the scan arm's searches")
    args = parser.parse_args()
    if not BENCH.exists():
        raise SystemExit(f"{BENCH} is missing")

    from telusur.query.retrieval import Retriever

    indexed = Retriever._name_forms
    arms = {"scan (before)": scan_name_forms, "indexed (after)": indexed}
    telusur = open_course()
    retriever = telusur.retriever
    index = telusur.index
    questions = [q["text"] for q in load_jsonl(BENCH / "queries-dev.jsonl")[:args.questions]]
    print(f"{len(index.chunks)} passages, vocabulary {len(index.bm25.vocab)} terms, {len(questions)} questions",
          file=sys.stderr)

    # the lazy structures, each built once per index, timed apart: the deletion index (both arms: BM25.expand),
    # the vocabulary's long terms (the scan) and its five-letter beginnings (the indexed lookup)
    bm25 = index.bm25
    t0 = time.perf_counter()
    bm25._deletion_index()
    once = {"deletion index (both arms)": time.perf_counter() - t0}
    t0 = time.perf_counter()
    _long_terms(bm25)
    once["long-term list (scan)"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    bm25.near_terms("xxxxxx")
    once["five-letter beginnings (indexed)"] = time.perf_counter() - t0
    for impl in arms.values():
        Retriever._name_forms = impl
        retriever.search(questions[0], 3)
    from telusur.query.retrieval import _names
    typo = [q for q in questions if any(t not in bm25.vocab and len(t) >= 5
                                        for name in _names(q) for t in bm25.tokenize(name))]

    if args.profile:
        Retriever._name_forms = scan_name_forms
        profile = cProfile.Profile()
        profile.enable()
        for q in questions:
            retriever.search(q, 3)
        profile.disable()
        pstats.Stats(profile, stream=sys.stderr).sort_stats("cumulative").print_stats(25)

    # identical results: full rankings, confidences, missing names, and the whole answer
    differ = []
    for q in questions:
        prints = []
        for impl in arms.values():
            Retriever._name_forms = impl
            prints.append((fingerprint(retriever, q), answer_print(telusur.ask(q))))
        if prints[0] != prints[1]:
            differ.append(q)

    times: dict[str, dict[str, list[float]]] = {name: {"search": [], "ask": []} for name in arms}
    for n, q in enumerate(questions):
        order = list(arms.items()) if n % 2 == 0 else list(arms.items())[::-1]
        for name, impl in order:
            Retriever._name_forms = impl
            for what, call in (("search", lambda: retriever.search(q, 3)), ("ask", lambda: telusur.ask(q))):
                runs = []
                for _ in range(args.rounds):
                    t0 = time.perf_counter()
                    call()
                    runs.append(time.perf_counter() - t0)
                times[name][what].append(statistics.median(runs))
    Retriever._name_forms = indexed

    load = os.getloadavg()
    print(f"# ask latency on TyDi-id dev ({len(questions)} questions, {len(index.chunks)} passages, "
          f"{len(index.bm25.vocab)} BM25 terms, stub encoder)\n")
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, load average at the end "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; median of {args.rounds} runs per question\n")
    print("| arm | search p50 ms | search p95 ms | search max ms | ask p50 ms | ask p95 ms | ask max ms |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name in arms:
        s, a = times[name]["search"], times[name]["ask"]
        print(f"| {name} | {1000 * pct(s, .5):.1f} | {1000 * pct(s, .95):.1f} | {1000 * max(s):.1f} | "
              f"{1000 * pct(a, .5):.1f} | {1000 * pct(a, .95):.1f} | {1000 * max(a):.1f} |")
    print(f"\n{len(typo)} questions name a token the text never spells (the typo-tolerant lookup runs); built once "
          "per index: " + ", ".join(f"{k} {1000 * v:.0f} ms" for k, v in once.items()))
    print(f"\nidentical rankings, confidences, missing names and answers: "
          f"{len(questions) - len(differ)}/{len(questions)}")
    if differ:
        raise SystemExit(f"results differ on {len(differ)} questions, e.g. {differ[:3]}")


if __name__ == "__main__":
    main()
