"""How many words of the English questions reach the indexed text: the share of their content words
(query/english.py content_words) that get at least one Indonesian search term the index uses, and the share that get
one through the word list (data/english-indonesian.tsv), not only as the word itself or a loan-word respelling.

    python bench/english_coverage.py [--cache DIR]

Sets: the English dev set (bench/english-dev.jsonl) over the tuning half's and the default corpus's indexes, and the
team set's English questions over the team index, the indexes bench/halves.py builds (same --cache). Aggregates only:
no word is listed, so the figure cannot be used to pick entries from a set's misses.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from halves import CACHE, ENGLISH_DEV, REPO, half_corpus, half_questions, is_english, load, open_engine, team_engine, \
    team_questions


def coverage(engine, questions: list[str]) -> tuple[int, float, float]:
    """(content words, share with a term the index uses, share with one from the word list)."""
    from telusur.query.english import cognates, content_words

    retriever = engine.retriever
    tokenize = engine.index.bm25.tokenize
    words = found = listed = 0
    for question in questions:
        # a term of art the text names is looked up as the term, not word by word (query/english.py _said_by_terms)
        for word, terms in zip(content_words(question, retriever._spelled), retriever.english_terms(question)):
            own = set(tokenize(" ".join((word, *cognates(word)))))
            words += 1
            found += bool(terms)
            listed += bool(set(terms) - own)
    return words, found / max(words, 1), listed / max(words, 1)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=CACHE, help="the index folders of bench/halves.py")
    args = parser.parse_args(argv)
    plan = half_questions()["tuning"]
    dev = [q for q in load(ENGLISH_DEV) if "question" in q]
    sets = (
        ("English dev: tuning half", lambda: open_engine(half_corpus(args.cache / "tuning", plan["docs"]),
                                                        args.cache / "tuning" / "index"),
         [q["question"] for q in dev if q["set"] != "default"]),
        ("English dev: default corpus", lambda: open_engine(REPO / "corpus", args.cache / "default" / "index"),
         [q["question"] for q in dev if q["set"] == "default"]),
        ("team set: English questions", lambda: team_engine(args.cache, plan),
         [q["question"] for q in team_questions() if is_english(q["question"])]),
    )
    print("| set | questions | content words | with a term the index uses | through the word list |")
    print("| --- | --- | --- | --- | --- |")
    for name, opened, questions in sets:
        words, found, listed = coverage(opened()[0], questions)
        print(f"| {name} | {len(questions)} | {words} | {found:.3f} | {listed:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
