"""English questions on the open sets, by whether an earlier writer had asked about the passage that holds their
evidence: the open sets' nearest kind to the held-out ones (team set 13 drew 54 of its 104 evidences from passages no
earlier set had asked about: footnotes, reference entries, table rows, captions, lead-ins).

    python bench/english_fresh.py [--cache DIR] [--json]

Each open writer's answerable questions (bench/leave_writer_out.py's writers, in the order they were written: the
tuning half, the default corpus, the English dev set, team sets 1-12 and english2; never the JUDGE nor a held-out set)
are read and ranked as bench/fit_ranker.py ranks them (candidate space, the shipped weights). A question is "fresh"
when its evidence lies in a passage no earlier writer's evidence lies in (a passage is its document and its folded
text, the same in every index of bench/halves.py). hit@1 by language (ranker.is_english) x fresh/asked, for every
writer and for the writers never in a shipped fit (leave_writer_out.NEW). Aggregates only: no question is listed.

At 24ccdfa and dba8174 (2026-12-05, helper "english"; the English dev set's translations count as English): English
questions on fresh passages 123/153 first (0.804), on asked ones 0.881 of 352; Indonesian 0.884 of 498 and 0.892 of 547.
On the new writers, English fresh 0.765 of 34, asked 0.858 of 162; Indonesian 0.819 of 105, 0.870 of 284. A passage
nobody asked about costs an English question 8 points and an Indonesian one 1: the held-out sets' English gap (0.58-0.62
against 0.81-0.83 through ask) shows on the open sets where they ask as the held-out sets do.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_ranker  # noqa: E402  (bench/ sibling: examples, candidates, ranks)
import halves  # noqa: E402
import leave_writer_out  # noqa: E402


def fresh_flags(records: list[tuple[str, frozenset]]) -> list[bool]:
    """For (writer, evidence passages) in the order the writers wrote: True where the passages are known and no earlier
    writer's evidence lies in any of them (a writer's own other questions do not count: they were written together)."""
    asked: set = set()
    mine: set = set()
    writer = None
    out = []
    for who, passages in records:
        if who != writer:
            asked |= mine
            mine, writer = set(), who
        out.append(bool(passages) and not passages & asked)
        mine |= passages
    return out


def evidence_passages(e, folded: dict) -> frozenset:
    """The passages (document, folded text) of an example's index that hold its evidence."""
    index = e.retriever.index
    if id(index) not in folded:
        folded[id(index)] = [(c.path, halves.reader_fold(c.text)) for c in index.chunks]
    return frozenset(key for key in folded[id(index)] if any(x in key[1] for x in e.evidence))


def examples(cache: Path, names: list[str]) -> list[tuple[str, object]]:
    """(writer, example) for every open writer's answerable question, in writing order, prepared."""
    base = [e for e in fit_ranker.examples(cache) if e.evidence]
    items = [("tuning", e) for e in base if e.folder != "default"]
    items += [("default", e) for e in base if e.folder == "default"]
    items += [("english", e) for e in fit_ranker.english_examples(cache)]
    for name in names:
        if name in halves.TEAM_SETS:
            items += [(name, e) for e in fit_ranker.team_examples(cache, name)]
    fit_ranker.prepare([e for _, e in items])
    return items


def table(items: list[tuple[str, object]], new: tuple[str, ...]) -> dict:
    from telusur.query.ranker import is_english, load_parameters

    folded: dict = {}
    flags = fresh_flags([(w, evidence_passages(e, folded)) for w, e in items])
    ranks = fit_ranker.ranks([e for _, e in items], load_parameters().passage)
    counts: Counter = Counter()
    for (writer, e), fresh, rank in zip(items, flags, ranks):
        cell = ("English" if is_english(e.question) else "Indonesian", "fresh" if fresh else "asked")
        for group in ("all writers", "new writers") if writer in new else ("all writers",):
            counts[(group, *cell, "n")] += 1
            counts[(group, *cell, "first")] += rank == 1
    return {f"{g}, {lang}, {kind}": {"n": counts[(g, lang, kind, "n")], "hit@1": round(
        counts[(g, lang, kind, "first")] / counts[(g, lang, kind, "n")], 3)}
            for g in ("all writers", "new writers") for lang in ("English", "Indonesian") for kind in ("fresh", "asked")
            if counts[(g, lang, kind, "n")]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=halves.CACHE, help="the index folders of bench/halves.py")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    names = leave_writer_out.writers()
    refused = halves.held_out([n for n in names if n in halves.TEAM_SETS])
    if refused:
        parser.error(refused)
    rows = table(examples(args.cache, names), leave_writer_out.NEW)
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        for name, row in rows.items():
            print(f"{name:36s} {row['n']:4d}  hit@1 {row['hit@1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
