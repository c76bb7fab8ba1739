"""Every open question as Telusur.ask reads it before ranking (Telusur.read: chat words in standard form, the question
mark, slips in the text's spelling, names typed in lower case with the text's capitals) against the question as
written: each changed word, the rule that changed it, and what the text says of both words.

    python bench/read_as_asked.py [--cache DIR] [--only SETS] [--tydi] [--json]

SETS: bench/halves.py OPEN_SETS (default: all of them); --tydi also TyDi QA id dev (never test) over its passages,
read by the product's Retriever over them (no encoder is needed to read). Prints one line per changed word:
set, kind (chat, mark, slip:<rule>, capital), typed -> read, how many passages use each, whether the text uses the
typed word in any form, whether a word list knows it (Indonesian, English), and whether a passage holding the read
word holds another content word of the question (near); then counts by kind.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import halves  # noqa: E402

from telusur.english_vocabulary import is_english_word  # noqa: E402
from telusur.index.lexical import stem  # noqa: E402
from telusur.indonesian import _CHAT_WORDS, search_stop_words  # noqa: E402
from telusur.query.ranker import indonesian_word  # noqa: E402

WORD = re.compile(r"[^\W\d_]+|[?]")


def cases(cache: Path, only: set[str]):
    """(set name, engine, [(question, history)]) for each open set named."""
    plan = halves.half_questions()["tuning"]
    tuning = lambda: halves.open_engine(halves.half_corpus(cache / "tuning", plan["docs"]), cache / "tuning" / "index")[0]  # noqa: E731
    default = lambda: halves.open_engine(halves.REPO / "corpus", cache / "default" / "index")[0]  # noqa: E731
    turns = lambda q: (q.get("turns") or [q["question"]])  # noqa: E731
    if "tuning" in only:
        yield "tuning", tuning(), [(q["question"], ()) for q in plan["questions"] + plan["out_of_scope"]]
    if "default" in only:
        qs = [q for n in ("questions-dev", "out-of-scope-dev", "conversations-dev")
              for q in halves.load(halves.REPO / "tests" / "data" / "eval" / f"{n}.jsonl")]
        yield "default", default(), [(turns(q)[-1], tuple(turns(q)[:-1])) for q in qs]
    if "english" in only:
        dev = [q for q in halves.load(halves.ENGLISH_DEV) if "question" in q] + halves.english_out_of_scope()
        yield "english", tuning(), [(q["question"], ()) for q in dev if q["set"] != "default"]
        yield "english", default(), [(q["question"], ()) for q in dev if q["set"] == "default"]
    for name in halves.TEAM_SETS:
        if name in only and name in halves.OPEN_SETS:
            engine, _ = halves.team_engine(cache, plan, name)
            yield name, engine, [(turns(q)[-1], tuple(turns(q)[:-1])) for q in halves.team_questions(name)]
    if "near" in only:
        for path in halves.NEAR:
            docs = halves.near_docs(path.stem)
            engine, _ = halves.open_engine(halves.half_corpus(cache / path.stem, docs), cache / path.stem / "index")
            yield "near", engine, [(q["question"], ()) for q in halves.load(path) if "question" in q]


def tydi_cases():
    """TyDi dev over its passages: the product's Retriever reads a question (Telusur._read) without an encoder."""
    from telusur.engine import Telusur
    import tydiqa

    passages = tydiqa.load_jsonl(tydiqa.BENCH / "passages.jsonl")
    bm25 = tydiqa.BM25.build([tydiqa.tokenize(p["text"]) for p in passages])
    chunks = [tydiqa.Chunk(i, "", p["id"], p["text"], 0, len(p["text"]), 1, 1, None, ()) for i, p in enumerate(passages)]

    class Bare:  # what Retriever.respelled reads of an index
        pass

    index = Bare()
    index.bm25, index.chunks = bm25, chunks
    retriever = tydiqa.Retriever(index, None)

    class Reader:
        def read(self, question, history=()):
            return type("R", (), {"asked": Telusur._read(question, retriever)})()

    reader = Reader()
    reader.retriever = retriever
    reader.index = index
    queries = tydiqa.load_jsonl(tydiqa.BENCH / "queries-dev.jsonl")
    yield "tydi-dev", reader, [(q["text"], ()) for q in queries]


def kind(typed: str, read: str, retriever) -> str:
    if typed == "" and read == "?":
        return "mark"
    if typed.lower() in _CHAT_WORDS or " " in typed:
        return "chat"
    if typed.lower() == read.lower():
        return "capital"
    word = typed.lower()
    bm25 = retriever.index.bm25
    chat = retriever._chat_verb(word)
    if chat is not None and read.lower() == chat:
        return "slip:chat_verb"
    from telusur.query.retrieval import _vowel_restored
    if read.lower() in _vowel_restored(word):
        return "slip:vowel_restored"
    for rule in ("_slip_to_word", "_slip_to_stop_word", "_other_affix", "_slip_to_affixed_stem"):
        from telusur.indonesian import one_slips
        fn = getattr(retriever, rule)
        got = fn(word) if rule == "_other_affix" else fn(one_slips(word)) if rule != "_slip_to_word" else fn(word, one_slips(word))
        if got == read.lower():
            return "slip:" + rule.strip("_")
    return "slip:?"


def near(retriever, read: str, question: str) -> int:
    """How many passages holding the read word also hold another content word of the question."""
    bm25 = retriever.index.bm25
    term = stem(read.lower(), bm25.stems)
    others = {stem(w.lower(), bm25.stems) for w in re.findall(r"[^\W\d_]+", question)
              if w.lower() not in search_stop_words() and len(w) > 2} - {term}
    holders = retriever._holders({term} | others)
    mine = holders.get(term, frozenset())
    return sum(1 for c in mine if any(c in holders.get(o, ()) for o in others))


def changes(question: str, asked: str):
    a, b = WORD.findall(question), WORD.findall(asked)
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op != "equal":
            yield " ".join(a[i1:i2]), " ".join(b[j1:j2])


def passages_using(retriever, word: str) -> int:
    bm25 = retriever.index.bm25
    if not word or " " in word:
        return -1
    t = bm25.vocab.get(stem(word.lower(), bm25.stems))
    return bm25.passages_with(t) if t is not None else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=halves.CACHE)
    parser.add_argument("--only", default=",".join(halves.OPEN_SETS))
    parser.add_argument("--tydi", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    refused = halves.held_out(only)
    if refused:
        print(refused, file=sys.stderr)
        return 2
    sources = list(cases(args.cache, only))
    if args.tydi:
        sources += list(tydi_cases())
    counts, out = Counter(), []
    for name, engine, questions in sources:
        retriever = engine.retriever
        for question, history in questions:
            asked = engine.read(question, history).asked
            for typed, read in changes(question, asked):
                k = kind(typed, read, retriever)
                counts[(name, k)] += 1
                row = {"set": name, "kind": k, "typed": typed, "read": read, "question": question,
                       "typed_passages": passages_using(retriever, typed), "read_passages": passages_using(retriever, read),
                       "typed_id": bool(typed) and " " not in typed and indonesian_word(typed.lower()),
                       "typed_en": bool(typed) and " " not in typed and is_english_word(typed),
                       "near": near(retriever, read, question) if k.startswith(("slip", "capital")) else None}
                out.append(row)
                if not args.json and k != "mark":
                    print(f"{name}\t{k}\t{typed} -> {read}\t{row['typed_passages']}/{row['read_passages']}\t"
                          f"id={int(row['typed_id'])} en={int(row['typed_en'])} near={row['near']}\t{question}")
    if args.json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    else:
        for (name, k), n in sorted(counts.items()):
            print(f"# {name}\t{k}\t{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
