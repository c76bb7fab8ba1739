"""Reference-string parsers on the three Daftar Pustaka lists of ../shared/texts/alharkan7--*.md (24 entries,
read by hand in tests/data/references_alharkan.json; the parser was written on them) and, held out, the separate
Kartikatios Daftar Pustaka PDF (22 entries through the project's PDF reader, read by hand from pdftotext in
tests/data/references_kartikatios.json): first author's surname, year, title, and time per entry.

Measures telusur's own parser and, when importable in the running Python, refextract (GPL-2.0+, INSPIRE-HEP)
and refparse (MIT; Web of Science / Scopus / CSSCI export formats). Run it once per environment:
    python bench/references.py --save-held-out /tmp/held-out.json
    PYTHONPATH=src /path/to/other-venv/bin/python bench/references.py --held-out /tmp/held-out.json
(the second Python needs only refextract/refparse: the held-out entries come as the project's reader gave them)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO.parent / "shared" / "texts"
GOLD = REPO / "tests" / "data" / "references_alharkan.json"
HELD_OUT = REPO / "tests" / "data" / "references_kartikatios.json"
sys.path.insert(0, str(REPO / "src"))


def entries() -> list[tuple[str, dict]]:
    """(entry as a reader shows it, gold) for every entry under "# Daftar Pustaka"."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    out = []
    for doc, expected in gold.items():
        raw = (TEXTS / doc).read_text(encoding="utf-8").split("# Daftar Pustaka")[1]
        lines = []
        for line in raw.split("\n"):
            if line.startswith(("---", "# ")):
                break
            line = re.sub(r"\\(.)", r"\1", line.replace("*", "")).strip()
            if line:
                lines.append(line)
        assert len(lines) == len(expected), doc
        out += list(zip(lines, expected))
    return out


def held_out_entries() -> list[tuple[str, dict]]:
    """The Kartikatios list as the project's PDF reader gives it, entry by entry, with its hand-read gold."""
    from telusur.citations.references import reference_entries
    from telusur.documents import read_document

    [(name, gold)] = json.loads(HELD_OUT.read_text(encoding="utf-8")).items()
    refs = reference_entries(read_document(TEXTS / name, Path(name).name, 5.0))
    assert len(refs) == len(gold), (len(refs), len(gold))
    return [(r.text, g) for r, g in zip(refs, gold)]


def norm(text) -> str:
    return " ".join(str(text or "").lower().strip(" .,").split())


def telusur_parser(entry: str) -> dict:
    from telusur.citations.references import parse_reference

    ref = parse_reference(entry)
    return {"first": ref.authors[0] if ref and ref.authors else "", "year": ref.year if ref else None,
            "title": ref.title if ref else None}


def refextract_parser(entry: str) -> dict:
    from refextract import extract_references_from_string

    [ref] = extract_references_from_string(entry) or [{}]
    authors = (ref.get("author") or [""])[0]
    return {"first": authors.strip("( ").split(",")[0], "year": (ref.get("year") or [None])[0],
            "title": (ref.get("title") or [None])[0]}


def refparse_parser(entry: str) -> dict:
    from refparse import parse

    ref = parse(entry, "scopus") or {}
    return {"first": (ref.get("author") or "").split(",")[0], "year": ref.get("year"), "title": ref.get("title")}


def score(parse, data) -> dict:
    first = year = title = whole = 0
    t0 = time.perf_counter()
    for entry, gold in data:
        try:
            got = parse(entry)
        except Exception:  # a parser that fails on an entry scores nothing for it
            got = {"first": "", "year": None, "title": None}
        ok = (norm(got["first"]) == norm(gold["authors"][0]), got["year"] == gold["year"],
              norm(got["title"]) == norm(gold["title"]))
        first, year, title, whole = first + ok[0], year + ok[1], title + ok[2], whole + all(ok)
    n = len(data)
    return {"entries": n, "first_author": first, "year": year, "title": title, "all_three": whole,
            "ms_per_entry": round((time.perf_counter() - t0) * 1000 / n, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save-held-out", type=Path, help="write the held-out entries as read here, for another Python")
    parser.add_argument("--held-out", type=Path, help="read the held-out entries from this file instead of the PDF")
    args = parser.parse_args()
    sets = {"alharkan (development)": entries()}
    if args.held_out:
        sets["kartikatios (held out)"] = [tuple(pair) for pair in json.loads(args.held_out.read_text(encoding="utf-8"))]
    else:
        sets["kartikatios (held out)"] = held_out_entries()
    if args.save_held_out:
        args.save_held_out.write_text(json.dumps(sets["kartikatios (held out)"], ensure_ascii=False), encoding="utf-8")
    report = {}
    for label, data in sets.items():
        report[label] = {"telusur": score(telusur_parser, data)}
        for name, parse, module in (("refextract", refextract_parser, "refextract"),
                                    ("refparse", refparse_parser, "refparse")):
            try:
                __import__(module)
            except ImportError:
                report[label][name] = "not installed in this Python"
                continue
            parse(data[0][0])  # load its knowledge bases before timing
            report[label][name] = score(parse, data)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
