"""The open question sets asked again the way students also type them, through `Telusur.ask`: does the answer hold
when the same question comes in other words?

Each Indonesian question of the tuning half (../shared/texts questions whose document is in the tuning half of
bench/texts-split.json) and of the open team sets is asked as written and in these forms, made by rule from the
question alone (never from its document or evidence):

- lower: all lower case, no question mark ("apa yang dimaksud dengan sosialisasi").
- bare: the question mark left off, as a student sends a question from a phone ("Apa yang dimaksud dengan
  sosialisasi").
- typo: two neighbouring letters swapped in the middle of the question's longest lower-case word.
- chat: chat spelling ("yang" -> "yg", "bagaimana" -> "gimana", "tidak" -> "gak", ... and "sih" before the mark).
- lead-in: a sentence before the question ("Saya sedang mengerjakan tugas kuliah. Apa ...?").
- keywords: only the content words, as typed into a search box ("dimaksud sosialisasi"): question words and
  Sastrawi's stop words dropped.

Scoring is bench/halves.py's (a hit: a passage holding the evidence; declined is never a hit). "lost" counts the
questions answered at rank 1 as written and not in that form; "gained" the reverse. The indexes are halves.py's
(same --cache folders), so a halves.py run first makes this one only ask.

    python bench/rephrase.py [--cache DIR] [--sets tuning,team,team2,team3] [--forms lower,typo,...] [--misses FORM]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import halves  # noqa: E402

FORMS = ("lower", "bare", "typo", "chat", "lead-in", "keywords")
_CHAT = {"yang": "yg", "dengan": "dgn", "untuk": "utk", "bagaimana": "gimana", "tidak": "gak", "karena": "krn",
         "sudah": "udah", "saja": "aja", "seperti": "kayak", "tentang": "ttg"}
_QUESTION_WORDS = {"apa", "apakah", "siapa", "siapakah", "mengapa", "kenapa", "bagaimana", "bagaimanakah", "berapa",
                   "berapakah", "kapan", "kapankah", "dimana", "manakah", "mana", "jelaskan", "sebutkan", "yang",
                   "saja", "itu", "dimaksud", "maksud", "menurut"}


def lower(q: str) -> str:
    return q.rstrip(" ?").lower()


def bare(q: str) -> str:
    return q.rstrip(" ?")


def typo(q: str) -> str:
    words = [w for w in re.findall(r"\b[a-z]{6,}\b", q)]
    if not words:
        return q
    word = max(words, key=len)
    i = len(word) // 2
    swapped = word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]
    return re.sub(rf"\b{word}\b", swapped, q, count=1)


def chat(q: str) -> str:
    out = re.sub(r"\b(" + "|".join(_CHAT) + r")\b", lambda m: _CHAT[m.group(1)], q, flags=0)
    out = re.sub(r"\b(" + "|".join(w.capitalize() for w in _CHAT) + r")\b",
                 lambda m: _CHAT[m.group(1).lower()].capitalize(), out)
    return re.sub(r"\s*\?$", " sih?", out) if out.endswith("?") else out + " sih"


def lead_in(q: str) -> str:
    return "Saya sedang mengerjakan tugas kuliah. " + q


def keywords(q: str) -> str:
    from telusur.indonesian import stop_words

    stop = stop_words() | _QUESTION_WORDS
    kept = [w for w in re.findall(r"[\w-]+", q) if w.lower() not in stop]
    return " ".join(kept) if kept else q


RULES = {"lower": lower, "bare": bare, "typo": typo, "chat": chat, "lead-in": lead_in, "keywords": keywords}


def open_sets(names: list[str]) -> list[tuple[str, list[str], list[dict]]]:
    """(set, its index documents, its Indonesian answerable questions) for each named open set."""
    plan = halves.half_questions()["tuning"]
    out = []
    for name in names:
        if name == "tuning":
            docs, cases = plan["docs"], plan["questions"]
        else:
            docs, cases = halves.team_docs(plan, name), [q for q in halves.team_questions(name) if q.get("evidence")]
        out.append((name, docs, [q for q in cases if not halves.is_english(q["question"]) and not q.get("turns")]))
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=halves.CACHE)
    parser.add_argument("--sets", default="tuning,team,team2,team3")
    parser.add_argument("--forms", default=",".join(FORMS))
    parser.add_argument("--misses", metavar="FORM", help="list the questions this form loses")
    args = parser.parse_args(argv)
    forms = args.forms.split(",")
    t0 = time.perf_counter()
    totals = {f: {"n": 0, "hit@1": 0, "hit@3": 0, "declined": 0, "lost": 0, "gained": 0} for f in ["as written", *forms]}
    lost = []
    for name, docs, cases in open_sets(args.sets.split(",")):
        folder = args.cache / name
        engine, _ = halves.open_engine(halves.half_corpus(folder, docs), folder / "index")
        base = halves.ask_all(engine, cases)
        for form in ["as written", *forms]:
            if form == "as written":
                records = base
            else:
                records = halves.ask_all(engine, [dict(c, question=RULES[form](c["question"])) for c in cases])
            t = totals[form]
            for c, b, r in zip(cases, base, records):
                t["n"] += 1
                t["hit@1"] += r["rank"] == 1
                t["hit@3"] += r["rank"] is not None and r["rank"] <= 3
                t["declined"] += r["declined"]
                t["lost"] += b["rank"] == 1 and r["rank"] != 1
                t["gained"] += b["rank"] != 1 and r["rank"] == 1
                if form == args.misses and b["rank"] == 1 and r["rank"] != 1:
                    lost.append(f"  lost rank={r['rank']} declined={r['declined']} {name} {c['doc']}: "
                                f"{c['question']} -> {r['question']}")
    print("| form | n | hit@1 | hit@3 | declined | lost at rank 1 | gained |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for form, t in totals.items():
        n = max(t["n"], 1)
        print(f"| {form} | {t['n']} | {t['hit@1'] / n:.3f} | {t['hit@3'] / n:.3f} | {t['declined']} | "
              f"{t['lost'] if form != 'as written' else '–'} | {t['gained'] if form != 'as written' else '–'} |")
    print(f"\nsets {args.sets}; {time.perf_counter() - t0:.0f} s; load {os.getloadavg()[0]:.1f}")
    for line in lost:
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
