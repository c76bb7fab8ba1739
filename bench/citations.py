"""Citation quality on real texts: gold recall with the passage that carries it, and works that are not citations.

Reads ../shared/texts (12 texts with gold in citations.jsonl, 6 more checked by hand in
tests/data/citations_handchecked.jsonl) and the default corpus, chunks each text with the real pipeline and counts:
- gold citations found as a work with the right first author and year, carried by a chunk holding its passage;
- works (surname + year per text) that are in neither the gold nor the hand-checked list.

Usage: python bench/citations.py [--verbose] [--baseline REV]
  --baseline REV  also score the citation parser of git revision REV (src/telusur/citations.py or the package),
                  run on the same reader and chunker, side by side (e.g. e68e394, before issue 8)
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
import types
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO.parent / "shared" / "texts"
HANDCHECKED = REPO / "tests" / "data" / "citations_handchecked.jsonl"
sys.path.insert(0, str(REPO / "src"))


def fold(text: str) -> str:
    """check.py's reader_text: line ends unified, escapes and emphasis removed, whitespace collapsed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", text)
    text = text.replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> str:
    """The words of a text in order, markup aside: HTML tags, footnote marks ("[^1]", "¹"), table pipes and
    punctuation dropped, so a reader's display text and check.py's raw-text folding compare on what a reader reads."""
    text = re.sub(r"<[^<>]{1,200}>", " ", fold(text))
    text = re.sub(r"\[\^\w+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]", " ", text)
    return " " + " ".join(re.findall(r"\w+", text)) + " "


def surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def same_author(found: str, gold: str) -> bool:
    return found.lower() == gold.lower() or surname(found) == surname(gold)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def text_files() -> list[Path]:
    return sorted(p for p in TEXTS.iterdir() if p.suffix in (".md", ".txt") and p.name != "SOURCES.md")


def chunk_file(path: Path, rel: str):
    """Chunks of one file through the project's own reader and chunker, whichever generation is installed."""
    from telusur.chunking import chunk_document

    try:
        from telusur.documents import read_document
    except ImportError:
        from telusur.corpus import read_document
    return chunk_document(read_document(path, rel, 5.0))


_REGISTRY = None  # build_registry of the parser being scored; None for the installed one


def works_of(chunks) -> list:
    from telusur.citations import build_registry

    return (_REGISTRY or build_registry)(chunks)


def old_parser(rev: str) -> types.ModuleType:
    """The single-module citations.py of a git revision, loaded as a module."""
    source = subprocess.run(["git", "show", f"{rev}:src/telusur/citations.py"], cwd=REPO, check=True,
                            capture_output=True, text=True).stdout
    module = types.ModuleType(f"citations_{rev}")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, f"{rev}:citations.py", "exec"), module.__dict__)
    return module


def with_parser(module, run):
    """Run with the chunker calling another parser's find_citations and scoring with its registry."""
    global _REGISTRY
    import telusur.chunking as chunking

    saved = chunking.find_citations
    chunking.find_citations, _REGISTRY = module.find_citations, module.build_registry
    try:
        return run()
    finally:
        chunking.find_citations, _REGISTRY = saved, None


def occurrence_scores(rows: list[dict], chunks: dict) -> tuple[int, list[str]]:
    """Each hand-checked citation where it stands: found in the text in reading order, and carried with its first
    author and year by a chunk holding it."""
    found, missed, after = 0, [], {}
    for r in rows:
        cs = chunks[r["doc"]]
        key = fold(r["citation"])
        ok = False
        for c in cs:
            if c.end <= after.get(r["doc"], -1):
                continue
            at = fold(c.text).find(key)
            if at < 0:
                continue
            ok = any(cite.authors and same_author(cite.authors[0], r["authors"][0]) and cite.year == r["year"]
                     for cite in c.citations)
            after[r["doc"]] = c.start
            break
        found += ok
        if not ok:
            missed.append(f"{r['doc']}: {r['citation']}")
    return found, missed


def evaluate(verbose: bool = False) -> dict:
    gold = read_jsonl(TEXTS / "citations.jsonl")
    extra = read_jsonl(HANDCHECKED) if HANDCHECKED.exists() else []
    files = [(p, p.name) for p in text_files()] + [(p, p.name) for p in sorted((REPO / "corpus").glob("*.txt"))]
    chunks = {name: chunk_file(path, name) for path, name in files}

    found = 0
    missed = []
    via_right = via_wrong = 0  # the person quoted, on the gold citations found
    for g in gold:
        want = words(g["passage_substring"])
        carried = [cite for c in chunks[g["doc"]] if want in words(c.text) for cite in c.citations
                   if cite.authors and same_author(cite.authors[0], g["authors"][0]) and cite.year == g["year"]]
        found += bool(carried)
        if not carried:
            missed.append(f"{g['doc']}: {g['citation']}")
            continue
        vias = {getattr(cite, "via", None) for cite in carried}
        if g.get("via"):
            via_right += any(v and surname(g["via"].split(" (")[0]) in v.lower() for v in vias)
        else:
            via_wrong += None not in vias

    real = {(r["doc"], surname(r["authors"][0]), r["year"]) for r in gold + extra}
    all_works, wrong = 0, []
    for name, cs in chunks.items():
        for w in works_of(cs):
            all_works += 1
            if not w.authors or (name, surname(w.authors[0]), w.year) not in real:
                wrong.append(f"{name}: {w.label}")

    extra_found = 0
    for r in extra:
        works = works_of(chunks[r["doc"]])
        extra_found += any(w.authors and same_author(w.authors[0], r["authors"][0]) and w.year == r["year"] for w in works)
    occurrences, extra_missed = occurrence_scores(extra, chunks)

    report = {"gold": len(gold), "gold_found": found, "gold_recall": round(found / len(gold), 3),
              "gold_via": sum(bool(g.get("via")) for g in gold), "via_right": via_right, "via_where_none": via_wrong,
              "works": all_works, "not_citations": len(wrong),
              "handchecked": len(extra), "handchecked_found": extra_found, "handchecked_occurrences_found": occurrences}
    if verbose:
        report["missed"] = missed
        report["not_citation_works"] = wrong
        report["handchecked_missed"] = extra_missed
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--baseline", metavar="REV", help="also score the parser of this git revision")
    args = parser.parse_args()
    t0 = time.perf_counter()
    report = {"current": evaluate(args.verbose)}
    report["current"]["seconds"] = round(time.perf_counter() - t0, 2)
    if args.baseline:
        t0 = time.perf_counter()
        report[args.baseline] = with_parser(old_parser(args.baseline), lambda: evaluate(args.verbose))
        report[args.baseline]["seconds"] = round(time.perf_counter() - t0, 2)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
