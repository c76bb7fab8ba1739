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

--share (the reading-loss measure, issue 14; tuning half or the default corpus only, refused on any checking-half
document): document by document, the share of the source's sentences no passage holds, and furniture, the passages
holding text that is the source's page furniture or that the source does not hold at all:
- the source is check.py's text as above (pdftotext's reading order, not -layout: -layout sets a two-column page's
  columns side by side on each line, so its sentences would be the two columns' halves run together); its furniture
  lines (a line among a PDF page's first or last two, digits folded, so on 3 or more pages: running headers and
  footers; a line that is a number alone or "Halaman 3 dari 9") are taken out of it before its sentences are
  split, so a header inside a sentence does not make the sentence "not read"; a Markdown table's cells are split
  apart, a footnote mark after a stop ends its sentence, and a unit's last word that is the next item's marker
  ("… dipandang c") is dropped;
- a sentence is lost when no passage holds its words whole (folded as above), nor its letters (digits, spaces and
  marks aside: a word broken at a line's end, a footnote mark, a list number); a lost sentence's kind is one of the
  above (not read / cut / dropped, by block kind); a heading's own words (a section path, not text), a reference
  list's entries (read as entries, not passages) and a table pdftotext reads down its columns (one table block of
  the reader holds its words) are counted apart, by design;
- furniture held: a passage holding a furniture line's words (3 or more); a passage holding a page's number inside
  its text (the words the text runs on with around it, the number between); a passage that is a byline alone
  ("Oleh : …", "Posted by …", 12 words at most: a passage of furniture, though a "who wrote" question may want it);
  text the source lacks: a passage holding a word (4 letters or more, not a number) the source's letters nowhere hold (a word
  the reader made up: a garbled font read as it stands, two words run together, a label the reader adds).
Output: the share per document, the totals by kind, by format and the documents per kind.

--share --folder NAME: the same measure over the documents of a folder of new real documents kept beside the
repository, ../team/NAME (gathered by a helper, saved as found, SOURCES.md there; never a held-out folder: the folders
of the team sets bench/halves.py holds out, and of its JUDGE, are refused); skipped with a one-line reason where the folder is absent. An HTML page's source text is every
visible word of the page, its site's navigation, sidebars and footer too: a lost sentence there may be furniture the
reader drops on purpose (read the --list).

Usage: python bench/lost_text.py [--half tuning|checking|default] [--folder NAME] [--list] [--share] [--json]
  --list prints the lost units (tuning half or default corpus; refused on the checking half). Needs pdftotext
  (poppler-utils).
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
TEAM = REPO.parent / "team"
READABLE = (".md", ".markdown", ".mdx", ".qmd", ".rmd", ".txt", ".pdf", ".docx", ".html", ".htm", ".adoc", ".asciidoc",
            ".rst", ".tex", ".ipynb")
sys.path.insert(0, str(REPO / "bench"))
sys.path.append(str(REPO / "src"))

import citations as bench_citations  # noqa: E402  (bench/citations.py: words(), halves(), the reader and chunker)
from telusur.documents import unread  # noqa: E402  (the reader's self-check: the source text, sentences, "not read")


def held_out_folders() -> set[str]:
    """The ../team folders never read here: those of the team sets bench/halves.py holds out (not in OPEN_SETS) and
    of its JUDGE (scored, never looked into), named by their questions' documents ("team:texts23/FILE" -> texts23, a
    bare "team:FILE" -> texts). Read from halves, so opening a set there opens its folder here."""
    import halves

    names = [n for n in halves.TEAM_SETS if n not in halves.OPEN_SETS or n == halves.JUDGE]
    docs = [q["doc"] for n in names for q in halves.team_questions(n) if q.get("doc", "").startswith(halves.TEAM_DOC)]
    return {d[len(halves.TEAM_DOC):].split("/", 1)[0] if "/" in d else halves.TEAM_TEXTS.name for d in docs}

YEAR = re.compile(r"(?<![\w/.])(?:1[89]|20)\d\d[a-z]?(?=\s*[),:;]|\s*$)|(?<=\()(?:1[89]|20)\d\d[a-z]?")
SENTENCE_END = unread.SENTENCE_END


REFERENCE_LINE_DIGITS = re.compile(r"\d+")
PAGE_LINE = re.compile(r"(?i)^\W*(?:(?:hal(?:aman)?|page|hlm)\.?\s*)?[ivxlc\d]{1,5}(?:\s*(?:dari|of|/)\s*\d+)?\W*$")


def check_module():
    spec = importlib.util.spec_from_file_location("shared_check", TEXTS / "more" / "check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


folded = unread.folded
letters_only = unread.letters_only


def source_paragraphs(path: Path, check) -> list[str]:
    """The source text as check.py reads it, in its paragraphs (blank lines of Markdown, text and pdftotext; DOCX
    and HTML paragraphs), white space collapsed in each: a unit never runs from a heading into the text under it.
    Every format but PDF is the reader's self-check's source text (telusur/documents/unread.py: Markdown without its
    markup, front matter and fences; an HTML page's visible text, a paragraph a block)."""
    if path.suffix == ".pdf":
        return [p for p in (unread.collapse(p) for p in re.split(r"\n\s*\n|\f", check.pdf_text(path))) if p]
    return unread.source_paragraphs(path.read_bytes(), path.suffix)


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


def furniture_lines(path: Path, check) -> set[str]:
    """The source's page furniture, folded: a PDF page's line among its first two or last two (digits folded) that
    is so on 3 or more pages (a running header or footer)."""
    if path.suffix != ".pdf":
        return set()
    pages = check.pdf_text(path).split("\f")
    seen = Counter()
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip()]
        seen.update({REFERENCE_LINE_DIGITS.sub("#", " ".join(folded(line))) for line in lines[:2] + lines[-2:]})
    return {line for line, n in seen.items() if n >= 3 and len(pages) >= 3 and line.strip("# ")}


def page_number_joins(path: Path, check) -> set[str]:
    """" a N b ": a PDF page's number (a line among its first or last two that is a number alone) with the words the
    text runs on with around it (the text line's last word before it, the first after it), folded: a passage holding
    one holds the page number inside its text."""
    if path.suffix != ".pdf":
        return set()
    joins = set()
    lines = [line.strip() for line in check.pdf_text(path).replace("\f", "\n\f\n").split("\n")]
    marks = [i for i, line in enumerate(lines) if line and PAGE_LINE.match(line) and any(c.isdigit() for c in line)
             and (any(lines[j] == "\f" for j in range(max(0, i - 3), i)) or
                  any(lines[j] == "\f" for j in range(i + 1, min(len(lines), i + 4))))]
    for i in marks:
        before = next((folded(x) for x in reversed(lines[:i]) if x and x != "\f" and folded(x)), [])
        after = next((folded(x) for x in lines[i + 1:] if x and x != "\f" and folded(x)), [])
        number = folded(lines[i])
        if before and after and number:
            joins.add(f" {before[-1]} {' '.join(number)} {after[0]} ")
    return joins


BYLINE = re.compile(r"(?i)^\W*(?:oleh|ditulis oleh|penulis|posted by|by|diposting oleh)\b")


def without_furniture(path: Path, check, lines: set[str]) -> list[str]:
    """source_paragraphs with the furniture lines (and lone page numbers) taken out."""
    if path.suffix != ".pdf":
        return source_paragraphs(path, check)
    kept = []
    for line in check.pdf_text(path).replace("\f", "\n\n").split("\n"):
        if PAGE_LINE.match(line.strip()) and line.strip() or (
                line.strip() and REFERENCE_LINE_DIGITS.sub("#", " ".join(folded(line))) in lines):
            continue
        kept.append(line)
    text = "\n".join(kept)
    return [p for p in (unread.collapse(p) for p in re.split(r"\n\s*\n", text)) if p]


def html_furniture(path: Path, check) -> str:
    """The visible words of an HTML page's furniture, folded and joined (unread.html_furniture): a sentence lost
    there is set apart by design (a site's navigation is no text of the document), not counted lost."""
    return unread.html_furniture(path.read_bytes()) if path.suffix in (".html", ".htm") else ""


def refuse_checking(keys) -> None:
    half = bench_citations.halves()
    held = [k for k in keys if half.get(k) == "checking"]
    if held:
        raise SystemExit(f"checking-half documents are held out (never read here): {', '.join(held)}")


def share(key: str, path: Path, check) -> dict:
    """The reading-loss measure of one document (--share): see the module's docstring."""
    from telusur.chunking import chunk_document

    refuse_checking([key])
    lines = furniture_lines(path, check)
    paragraphs = without_furniture(path, check, lines)
    doc = bench_citations.read_file(path, path.name)
    chunks = chunk_document(doc)
    reader = unread.ReaderText(doc.text)
    held = [joined(folded(c.text)) for c in chunks]
    spans = [(c.start, c.end) for c in chunks]
    held_letters = [letters_only(h) for h in held]
    tables = [set(folded(doc.text[bl.start:bl.end])) for bl in doc.blocks if bl.kind == "table"]
    page_furniture = html_furniture(path, check)
    counts, lost = Counter(), []
    for ws in unread.sentence_units(paragraphs, path.suffix):
        unit = joined(ws)
        counts["sentences"] += 1
        if any(unit in h for h in held):
            continue
        ls = letters_only(unit)
        if len(ls) >= 20 and any(ls in h for h in held_letters):
            counts["held, word breaks or marks aside"] += 1  # a line-end hyphen, a footnote mark, a list number
            continue
        if unit in page_furniture:
            how = "by design: a page's navigation, header, footer or sidebar"
        elif not reader.holds(ws):
            how = "not read"
            if any(set(ws) <= t for t in tables):  # pdftotext reads a table down its columns, the reader by rows
                how = "by design: a table's words in another order"
        else:
            where = locate(doc.text, ws)
            if where is None:
                how = "in no passage, unplaced"
            else:
                a, b = where
                covered = all(any(s <= i < e for s, e in spans) for i in range(a, b) if not doc.text[i].isspace())
                blocks = [bl for bl in doc.blocks if bl.start < b and bl.end > a]
                spanned = {bl.kind for bl in blocks}
                rest = joined(folded(" ".join(doc.text[max(a, bl.start):min(b, bl.end)] for bl in blocks
                                              if bl.kind != "heading")))
                parts = [joined(folded(doc.text[max(a, bl.start):min(b, bl.end)])) for bl in blocks
                         if bl.kind != "heading"]
                if spanned <= {"heading"} or "heading" in spanned and (
                        rest.strip() and any(rest in h for h in held)
                        or all(any(p in h for h in held) for p in parts if p.strip())):
                    how = "by design: a heading's words"  # a section path, not text (the rest held, in its parts)
                elif "reference" in spanned and not covered:
                    how = "by design: a reference entry"
                else:
                    how = ("cut over " if covered else "dropped from ") + "+".join(sorted(spanned))
        by_design = how.startswith("by design")
        counts["by design" if by_design else "lost"] += 1
        counts[how if by_design else f"lost: {how}"] += 1
        lost.append((how, " ".join(ws)))
    # furniture held by a passage: a furniture line's words (3 or more) inside a passage
    furniture = [f" {line} " for line in lines if len(line.split()) >= 3 and "#" not in line.split()[:1]]
    source_letters = "".join(w for w in folded(" ".join(source_paragraphs(path, check)))
                             if not w.isdigit() and len(w) > 1)
    counts["passages"] = len(chunks)
    numbers = page_number_joins(path, check)
    for c, h in zip(chunks, held):
        number = next((n for n in numbers if n in h), None)
        if number:
            counts["passages holding a page number"] += 1
            lost.append(("page number held", number.strip()))
        if BYLINE.match(c.text) and len(h.split()) <= 12:
            counts["passages that are a byline"] += 1
            lost.append(("a byline's passage", c.text.strip()[:100]))
        hh = REFERENCE_LINE_DIGITS.sub("#", h)
        line = next((f for f in furniture if f in hh), None)
        if line:
            counts["passages holding furniture"] += 1
            lost.append(("furniture held", line.strip()))
        # text the source lacks: a word (4 letters or more) the source's letters nowhere hold
        odd = [w for w in h.split() if len(w) >= 4 and not w.isdigit() and w not in source_letters]
        if odd:
            counts["passages holding text the source lacks"] += 1
            lost.append(("text the source lacks", " ".join(odd[:8])))
    return {"counts": counts, "lost": lost}


def share_report(keys: list[str], paths: dict[str, Path], check, listing: bool) -> dict:
    refuse_checking(keys)
    per_doc, total, by_format, docs_per_kind = {}, Counter(), Counter(), Counter()
    for key in keys:
        r = share(key, paths[key], check)
        c = r["counts"]
        total.update(c)
        by_format.update({f"{paths[key].suffix} {k}": v for k, v in c.items() if k in ("sentences", "lost")})
        docs_per_kind.update({k for k in c if k.startswith(("lost: ", "by design: ", "passages holding"))})
        per_doc[key] = {"sentences": c["sentences"], "lost": c["lost"],
                        "share lost": round(c["lost"] / max(1, c["sentences"]), 3), "by design": c["by design"],
                        "passages": c["passages"], "holding furniture": c["passages holding furniture"],
                        "holding a page number": c["passages holding a page number"],
                        "bylines": c["passages that are a byline"],
                        "holding text the source lacks": c["passages holding text the source lacks"]}
        if listing:
            per_doc[key]["units"] = r["lost"]
    return {"documents": len(per_doc),
            "share of sentences lost (by design aside)": round(total["lost"] / max(1, total["sentences"]), 4),
            "mean share per document": round(sum(d["share lost"] for d in per_doc.values()) / max(1, len(per_doc)), 4),
            "total": dict(sorted(total.items())), "by format": dict(sorted(by_format.items())),
            "documents per kind": dict(docs_per_kind.most_common()), "by document": per_doc}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", default="tuning", choices=("tuning", "checking", "default"))
    parser.add_argument("--share", action="store_true", help="the reading-loss measure (tuning or default only)")
    parser.add_argument("--list", action="store_true", help="print each lost unit (tuning half only)")
    parser.add_argument("--folder", help="a folder of new documents beside the repository, ../team/NAME (--share)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.list and args.half == "checking":
        parser.error("--list is for the tuning half (or the default corpus) only")
    if (args.share or args.half == "default") and args.half == "checking":
        parser.error("--share reads no checking-half document")
    check = check_module()
    if args.folder:
        if args.folder.strip("/") in held_out_folders():
            parser.error(f"../team/{args.folder} is held out (never read here)")
        folder = TEAM / args.folder
        if not folder.is_dir():
            print(f"lost_text: skipped: no folder {folder} (new documents are kept beside the repository)")
            return 0
        args.share = True
    if args.share or args.half == "default":
        if args.folder:
            paths = {f"{args.folder}/{p.name}": p for p in sorted(folder.iterdir()) if p.suffix.lower() in READABLE and p.name != "SOURCES.md"}
        elif args.half == "default":
            paths = {f"corpus/{p.name}": p for p in sorted((REPO / "corpus").iterdir())
                     if p.suffix in (".md", ".txt", ".pdf", ".docx", ".html")}
        else:
            paths = {k: TEXTS / k for k, v in sorted(bench_citations.halves().items()) if v == "tuning"}
            paths = {k: p for k, p in paths.items() if p.exists() and p.suffix in (".md", ".txt", ".pdf", ".docx", ".html")}
        report = share_report(list(paths), paths, check, args.list)
        if args.json:
            print(json.dumps(report, ensure_ascii=False, indent=1))
            return 0
        for k, v in report.items():
            if k == "by document":
                print("by document (sentences, lost, share, by design, passages, furniture, page numbers, bylines, "
                      "lacking):")
                for key, d in v.items():
                    print(f"  {key}: {d['sentences']} {d['lost']} {d['share lost']} {d['by design']} {d['passages']}"
                          f" {d['holding furniture']} {d['holding a page number']} {d['bylines']}"
                          f" {d['holding text the source lacks']}")
                    for how, text in d.get("units", ()):
                        print(f"    | {how} | {text[:200]}")
            elif isinstance(v, dict):
                print(f"{k}:")
                for kk, vv in v.items():
                    print(f"  {kk}: {vv}")
            else:
                print(f"{k}: {v}")
        return 0
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
