"""Text lost between a source file, the reader and the chunks: why a gold passage can sit "in no chunk" (issue 14).

The gold passages of ../shared/texts were written from the text ../shared/texts/more/check.py reads (pdftotext for a
PDF, the <w:t> runs of a DOCX, the visible text of HTML, Markdown with escapes and emphasis removed). A gold citation
counts only if one chunk holds its passage (bench/citations.py), so text lost on the way is a citation lost. Units:

- sentences of the source text (split at . ! ? before a capital), 5-60 words;
- passages like a gold passage: the 12 words before a citation's year and the year (a citation-like year: "(2010",
  "2010)", "2010:", "2010;", "2010,"), and those 12 words starting at the author before it.

Each unit is placed (words compared as bench/citations.words folds them: markup, footnote marks and punctuation
aside):
- in the reader's text at all? if not: "not read" (the reader lost or changed it: a dropped line, a word joined or
  split, a header inside the sentence);
- held whole by one chunk? if read but not: "in no chunk" - "dropped" when some of it lies outside every chunk,
  "cut" when each part is in some chunk but no chunk holds it all (its blocks chunked apart); "heading's words
  only, the rest held" when what lies outside is a heading the source ran into the text under it (pdftotext sets a
  heading and its paragraph with no blank line between: "2.4. Raspberry Pi Menurut Ash Stone (2012), ...") and one
  chunk holds the rest: a heading is the section path of its passages, not their text, so nothing is lost.
A unit read and cut is told by the kinds of the blocks it spans (paragraph+item, paragraph+paragraph, ...).

Usage: python bench/lost_text.py [--half tuning|checking] [--list] [--json]
  --list prints the lost units (tuning half only; refused on the checking half). Needs pdftotext (poppler-utils).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO.parent / "shared" / "texts"
sys.path.insert(0, str(REPO / "bench"))
sys.path.append(str(REPO / "src"))

import citations as bench_citations  # noqa: E402  (bench/citations.py: words(), halves(), the reader and chunker)

YEAR = re.compile(r"(?<![\w/.])(?:1[89]|20)\d\d[a-z]?(?=\s*[),:;]|\s*$)|(?<=\()(?:1[89]|20)\d\d[a-z]?")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“(A-Z0-9])")


def check_module():
    spec = importlib.util.spec_from_file_location("shared_check", TEXTS / "more" / "check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def folded(text: str) -> list[str]:
    return bench_citations.words(text).split()


def source_paragraphs(path: Path, check) -> list[str]:
    """The source text as check.py reads it, in its paragraphs (blank lines of Markdown, text and pdftotext; DOCX
    and HTML paragraphs), white space collapsed in each: a unit never runs from a heading into the text under it."""
    if path.suffix in (".md", ".txt"):
        raw = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        # a paragraph ends at a blank line, a line ending a sentence or a citation, before a heading, list item or
        # quote line, and at an HTML block tag (texts written as HTML in .txt/.md)
        raw = re.sub(r"(?i)<(?:br|p|li|div|h[1-6]|tr|td|/p|/li|/h[1-6]|/div|/tr)\b[^>]*>", "\n\n", raw)
        raw = re.sub(r"(?<=[.!?:)])[ \t]*\n|\n(?=[ \t]*(?:#|>|[-*+][ \t]|\d{1,2}[.)][ \t]|[a-z][.)][ \t]))", "\n\n", raw)
        raw = re.sub(r"(?m)^([ \t]*#.*)\n", "\\1\n\n", raw)
        parts = re.split(r"\n\s*\n", raw)
        parts = [check.markdown_reader_text(p.encode("utf-8")) for p in parts]
    elif path.suffix == ".pdf":
        parts = [check.collapse(p) for p in re.split(r"\n\s*\n|\f", check.pdf_text(path))]
    elif path.suffix == ".docx":
        parts = [check.collapse(p) for p in check.docx_text(path).split("\n")]
    else:
        parts = [check.collapse(p) for p in check.html_text(path.read_bytes()).split("\n")]
    return [p for p in parts if p]


def units(paragraphs: list[str]) -> list[tuple[str, list[str]]]:
    """("sentence" | "citation", words) of the source text: its sentences, and around each citation-like year the
    words of its sentence a gold passage would take (up to 12 before the year, or 12 from the author on)."""
    out = []
    for paragraph in paragraphs:
        for sentence in SENTENCE_END.split(paragraph):
            ws = folded(sentence)
            if 5 <= len(ws) <= 60:
                out.append(("sentence", ws))
            for m in YEAR.finditer(sentence):
                before = folded(sentence[:m.start()])
                year = folded(m.group())
                if len(before) >= 4:
                    out.append(("citation", before[-12:] + year))
                names = list(re.finditer(r"\b[A-Z][\w'’.-]+", sentence[max(0, m.start() - 80):m.start()]))
                if names:
                    after = folded(sentence[max(0, m.start() - 80) + names[-1].start():])
                    if len(after) >= 8:
                        out.append(("citation", after[:12]))
    return out


def joined(ws: list[str]) -> str:
    return " " + " ".join(ws) + " "


def locate(text: str, ws: list[str]) -> tuple[int, int] | None:
    """The unit's span in the reader's text (words in order, anything not a word between them)."""
    pattern = r"(?<!\w)" + r"(?:\W|_)+".join(re.escape(w) for w in ws) + r"(?!\w)"
    m = re.search(pattern, text, flags=re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def measure(key: str, path: Path, check) -> dict:
    from telusur.chunking import chunk_document

    source = source_paragraphs(path, check)
    doc = bench_citations.read_file(path, path.name)
    chunks = chunk_document(doc)
    reader = joined(folded(doc.text))
    held = [joined(folded(c.text)) for c in chunks]
    spans = [(c.start, c.end) for c in chunks]
    counts, lost, seen = Counter(), [], set()
    for kind, ws in units(source):
        unit = joined(ws)
        if (kind, unit) in seen:
            continue
        seen.add((kind, unit))
        counts[f"{kind}s"] += 1
        if unit not in reader:
            counts[f"{kind}s not read"] += 1
            lost.append((kind, "not read", " ".join(ws)))
            continue
        if any(unit in h for h in held):
            continue
        where = locate(doc.text, ws)
        if where is None:  # read (folded) but not found by the pattern: markup between the words
            counts[f"{kind}s in no chunk (unplaced)"] += 1
            lost.append((kind, "in no chunk, unplaced", " ".join(ws)))
            continue
        a, b = where
        covered = all(any(s <= i < e for s, e in spans) for i in range(a, b) if not doc.text[i].isspace())
        spanned = [bl for bl in doc.blocks if bl.start < b and bl.end > a]
        kinds = "+".join(sorted({bl.kind for bl in spanned})) or "between blocks"
        how = ("cut" if covered else "dropped") + (", one block" if len(spanned) == 1 else "")
        if not covered and len(spanned) > 1 and any(bl.kind == "heading" for bl in spanned):
            rest = joined(folded(" ".join(doc.text[max(a, bl.start):min(b, bl.end)] for bl in spanned
                                          if bl.kind != "heading")))
            if rest.strip() and any(rest in h for h in held):  # the source ran a heading into its text
                how = "heading's words only, the rest held"
        counts[f"{kind}s in no chunk ({how}, {kinds})"] += 1
        lost.append((kind, f"in no chunk ({how}, {kinds})", " ".join(ws)))
    return {"counts": counts, "lost": lost}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", default="tuning", choices=("tuning", "checking"))
    parser.add_argument("--list", action="store_true", help="print each lost unit (tuning half only)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.list and args.half != "tuning":
        parser.error("--list is for the tuning half only")
    check = check_module()
    half = bench_citations.halves()
    keys = sorted(k for k, v in half.items() if v == args.half)
    t0 = time.perf_counter()
    total, per_doc, by_format = Counter(), {}, Counter()
    for key in keys:
        path = TEXTS / key
        if not path.exists() or path.suffix not in (".md", ".txt", ".pdf", ".docx", ".html"):
            continue
        result = measure(key, path, check)
        total.update(result["counts"])
        by_format.update({f"{path.suffix} {c}": v for c, v in result["counts"].items()
                          if c.startswith("citations ") and "reference" not in c})
        per_doc[key] = result
    report = {"half": args.half, "documents": len(per_doc), "seconds": round(time.perf_counter() - t0, 1),
              "total": dict(sorted(total.items())),
              "citation units lost, by format (reference lists aside)": dict(sorted(by_format.items()))}
    if args.half == "tuning":
        report["documents with a loss"] = {
            k: sum(v for c, v in r["counts"].items() if "not read" in c or "no chunk" in c)
            for k, r in per_doc.items() if any("not read" in c or "no chunk" in c for c in r["counts"])}
        kinds = Counter()
        for r in per_doc.values():
            kinds.update({c for c in r["counts"] if "not read" in c or "no chunk" in c})
        report["documents per kind of loss"] = dict(kinds.most_common())
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        for k, v in report.items():
            if isinstance(v, dict):
                print(f"{k}:")
                for kk, vv in v.items():
                    print(f"  {kk}: {vv}")
            else:
                print(f"{k}: {v}")
    if args.list:
        for key, r in per_doc.items():
            for kind, how, text in r["lost"]:
                print(f"{key} | {kind} | {how} | {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
