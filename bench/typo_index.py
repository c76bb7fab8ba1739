"""The typo lookup's indexes built on a process's first unknown word, before and after, side by side in one run: the
deletion index (BM25._deletion_index: a dict of every one-letter deletion of every term, now sorted 64-bit keys built
a word length at a time in numpy) and the consonant skeletons (now made only for the terms whose skeleton begins with
the letter the token's does). On TyDi-id's 4,650 passages (32,568 terms) the question "Apa nama grup musik Tony
Waluyo Sukmoasih?" was the first of the dev questions to name a word the text never writes, and paid both (0.66 s).

Both arms run in one process over the same index (bench/ask_latency.py's: the stub encoder, so no model is loaded),
alternated round by round, each round from a BM25 whose lazy indexes are dropped (a fresh process's first unknown
word); every question's full ranking (all candidates, scores, confidence, missing names) and its answer must be
identical in both arms, else the script fails.

    python bench/typo_index.py [--questions 100] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ask_latency import BENCH, answer_print, fingerprint, load_jsonl, open_course, pct  # noqa: E402

SLOW = "Apa nama grup musik Tony Waluyo Sukmoasih?"


def before_one_typo_away(self, token: str) -> list[int]:
    """BM25._one_typo_away at 466027a (a dict of every deletion)."""
    from telusur.index.lexical import _deletions, _digits

    deletes = before_deletion_index(self)
    names = self._names
    digits = _digits(token)
    found = set()
    for d in {token} | _deletions(token):
        for i in deletes.get(d, ()):
            if abs(len(names[i]) - len(token)) <= 1 and names[i] != token and _digits(names[i]) == digits:
                found.add(i)
    return sorted(found)


def before_deletion_index(self) -> dict[str, list[int]]:
    from telusur.index.lexical import FUZZY_MIN_LEN, _deletions

    if getattr(self, "_before_deletes", None) is None:
        deletes: dict[str, list[int]] = {}
        for term, i in self.vocab.items():
            if len(term) >= FUZZY_MIN_LEN - 1:
                for d in {term} | _deletions(term):
                    deletes.setdefault(d, []).append(i)
        self._before_deletes = deletes
    return self._before_deletes


def before_near_terms(self, token: str) -> set[str]:
    """BM25.near_terms at 466027a (the skeletons of the whole vocabulary)."""
    from telusur.index.lexical import FUZZY_MIN_LEN, _deletions, consonant_skeleton

    names = self._names
    found = {names[i] for d in {token} | _deletions(token) for i in before_deletion_index(self).get(d, ())}
    if len(token) >= FUZZY_MIN_LEN:
        if self._prefixes is None:
            prefixes: dict[str, list[str]] = {}
            for term in self.vocab:
                if len(term) >= FUZZY_MIN_LEN:
                    prefixes.setdefault(term[:FUZZY_MIN_LEN], []).append(term)
            self._prefixes = prefixes
        found.update(self._prefixes.get(token[:FUZZY_MIN_LEN], ()))
    key = consonant_skeleton(token)
    if key:
        if getattr(self, "_before_skeletons", None) is None:
            skeletons: dict[str, list[str]] = {}
            for term in self.vocab:
                if skeleton := consonant_skeleton(term):
                    skeletons.setdefault(skeleton, []).append(term)
            self._before_skeletons = skeletons
        found.update(self._before_skeletons.get(key, ()))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5, help="cold rounds per arm (median kept)")
    args = parser.parse_args()
    if not BENCH.exists():
        raise SystemExit(f"{BENCH} is missing")

    from telusur.index.lexical import BM25

    after = {"_one_typo_away": BM25._one_typo_away, "near_terms": BM25.near_terms}
    arms = {"before (466027a)": {"_one_typo_away": before_one_typo_away, "near_terms": before_near_terms},
            "after": after}
    telusur = open_course()
    retriever, bm25 = telusur.retriever, telusur.index.bm25
    questions = [q["text"] for q in load_jsonl(BENCH / "queries-dev.jsonl")[:args.questions]]
    retriever.search("apa ibu kota indonesia", 3)  # warm: stems, word lists, passage caches

    def use(arm: dict) -> None:
        for name, impl in arm.items():
            setattr(BM25, name, impl)

    def drop() -> None:  # a fresh process's BM25: no lookup index built yet
        bm25._deletes = bm25._prefixes = bm25._skeletons = None
        bm25._before_deletes = bm25._before_skeletons = None

    cold: dict[str, dict[str, list[float]]] = {name: {"search": [], "ask": [], "indexes": []} for name in arms}
    for n in range(args.rounds):
        for name, arm in (list(arms.items()) if n % 2 == 0 else list(arms.items())[::-1]):
            use(arm)
            for what, call in (("search", lambda: retriever.search(SLOW, 3)), ("ask", lambda: telusur.ask(SLOW))):
                drop()
                t0 = time.perf_counter()
                call()
                cold[name][what].append(time.perf_counter() - t0)
            drop()
            t0 = time.perf_counter()
            bm25._one_typo_away("sukmoasih")
            bm25.near_terms("sukmoasih")
            cold[name]["indexes"].append(time.perf_counter() - t0)

    differ = []
    for q in questions:
        prints = []
        for arm in arms.values():
            use(arm)
            prints.append((fingerprint(retriever, q), answer_print(telusur.ask(q))))
        if prints[0] != prints[1]:
            differ.append(q)
    warm: dict[str, list[float]] = {name: [] for name in arms}
    for n, q in enumerate(questions):
        for name, arm in (list(arms.items()) if n % 2 == 0 else list(arms.items())[::-1]):
            use(arm)
            t0 = time.perf_counter()
            retriever.search(q, 3)
            warm[name].append(time.perf_counter() - t0)
    use(after)

    load = os.getloadavg()
    print(f"# the typo lookup's indexes on TyDi-id ({len(telusur.index.chunks)} passages, {len(bm25.vocab)} BM25 terms, "
          f"stub encoder), {time.strftime('%Y-%m-%d %H:%M')}\n")
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, load average at the end {load[0]:.2f} "
          f"{load[1]:.2f} {load[2]:.2f}; cold: median of {args.rounds} rounds, each from a BM25 without its indexes\n")
    print(f"| arm | cold search \"{SLOW}\" ms | cold ask ms | the indexes alone ms | warm search p50 ms | "
          f"p95 ms | max ms |  ({len(questions)} dev questions)")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name in arms:
        c, w = cold[name], warm[name]
        print(f"| {name} | {1000 * statistics.median(c['search']):.0f} | {1000 * statistics.median(c['ask']):.0f} | "
              f"{1000 * statistics.median(c['indexes']):.0f} | {1000 * pct(w, .5):.1f} | {1000 * pct(w, .95):.1f} | "
              f"{1000 * max(w):.1f} |")
    print(f"\nidentical rankings, confidences, missing names and answers: {len(questions) - len(differ)}/{len(questions)}")
    if differ:
        raise SystemExit(f"results differ on {len(differ)} questions, e.g. {differ[:3]}")


if __name__ == "__main__":
    main()
