"""Reference-string parsers on the three Daftar Pustaka lists of ../shared/texts/alharkan7--*.md (24 entries,
read by hand in tests/data/references_alharkan.json; the parser was written on them) and, held out, the separate
Kartikatios Daftar Pustaka PDF (22 entries through the project's PDF reader, read by hand from pdftotext in
tests/data/references_kartikatios.json): first author's surname, year, title, and time per entry.

Measures telusur's own parser and, when importable in the running Python, refextract (GPL-2.0+, INSPIRE-HEP)
and refparse (MIT; Web of Science / Scopus / CSSCI export formats). Run it once per environment:
    python bench/references.py --save-held-out /tmp/held-out.json
    PYTHONPATH=src /path/to/other-venv/bin/python bench/references.py --held-out /tmp/held-out.json
(the second Python needs only refextract/refparse: the held-out entries come as the project's reader gave them)

Also scores the reference lists of ../shared/texts/more (more/references.jsonl: first author as written, year and the
start of the title, at most 6 entries per document) through the project's reader and reference_entries, on the tuning
and checking halves of bench/texts-split.json and as a whole. Another revision: PYTHONPATH=/other/src python ...

--fresh scores bench/references-fresh.jsonl alone: entries of tuning-half reference lists no other gold covers, written
before telusur's lists were looked at (its first line says how); the same match as more/ (entry_matches). Beside it,
row "kinds": bench/references-fresh-kinds.jsonl, invented lists of issue 14 item 4's kinds in bench/citations-kinds/;
row "entries": bench/references-fresh-entries.jsonl, invented lists of entry kinds neither holds, whose rows also give
every author, the kind, place and publisher (scored apart as "fields"); row "standards":
bench/references-fresh-standards.jsonl, an invented Indonesian list with standards bodies as authors and one-word
names joined by "dan", years not in parentheses (every author's surname scored as "fields"); row "entries2":
bench/references-fresh-entries2.jsonl, two invented lists of kinds none of those holds (laws with no author, seminar
papers, reports, interviews, translations, reprints, Harvard, Turabian, Arabic transliteration), with their fields;
row "entries3": bench/references-fresh-entries3.jsonl, the same kinds in other shapes in an invented .txt list, written
after the rules for entries2 and before telusur ran on it (a check that those rules hold beyond their list); row
"entries4": bench/references-fresh-entries4.jsonl, three invented documents of the styles course lists mix (APA 6/7,
Harvard, Chicago, IPB, Vancouver and IEEE numbered, theses, laws, web pages, chapters, translations, newspapers),
a Vancouver list hard-wrapped as pdftotext gives it and an IEEE list in a two-column PDF (make_entries4.py); row
"entries5": bench/references-fresh-entries5.jsonl, the same kinds in other shapes (a Vancouver DOCX, an IPB list, an
IEEE list as pdftotext gives it), written after the rules for entries4 and before telusur ran on them; row "entries6":
bench/references-fresh-entries6.jsonl, five invented documents of styles and mixes none of those holds (Chicago
notes-bibliography, online sources with access dates, Harvard "et al." in HTML, Indonesian/English/Malay/Arabic names,
an APA list pasted from a PDF with words hyphenated across lines), written before any rule for them; row "entries7":
bench/references-fresh-entries7.jsonl, the same kinds in other shapes (a Chicago list as pdftotext gives it, APA
editions, web pages, Malay names), written after the rules for entries6 and before telusur ran on them; row "entries8":
bench/references-fresh-entries8.jsonl, six invented documents (an Indonesian university guide, Vancouver, IEEE in a
.txt, an APA list pasted into a .txt, Chicago author-date, Harvard with APA 7 mixed in): co-authors whose names are
dictionary words, particles after the given names, editions as a part of their own or before the place, wrapped laws,
written before any rule for them; row "entries9": bench/references-fresh-entries9.jsonl, the same kinds in other shapes
(a pasted .txt, Chicago notes-bibliography, Vancouver in a .txt, IEEE in Markdown, Harvard in HTML), written after the
rules for entries8 and before telusur ran on them; row "entries10": bench/references-fresh-entries10.jsonl, five
invented documents (an Indonesian guide, APA 6/7 in a .txt, Harvard and Chicago mixed, Vancouver, IEEE) and one
tuning-half list: printings ("Cetakan ke-4.") and volumes ("Jilid 2.") as parts of their own, translators, theses,
laws, pages read on a day, one-name Vancouver and IEEE authors, written before any rule for them (its rows may name a
tuning-half document as ../../shared/texts/...); row "entries11": bench/references-fresh-entries11.jsonl, the same
kinds in other shapes (an Indonesian .txt list, IEEE, Vancouver), written after the rules for entries10 and before
telusur ran on them; row "entries12": bench/references-fresh-entries12.jsonl, three invented documents (an Indonesian
guide's .txt list with APA mixed in, an MLA list, a one-column PDF with hanging indents): translators kept as a field
(scored as authors are), printings glued between title and publisher, APA's "(Vol. 2)", editors of whole books, MLA,
journals "Vol. 5 (1)" / "Volume 5 Nomor 3" with DOIs, written before any rule for them; row "entries13":
bench/references-fresh-entries13.jsonl, the same kinds in other shapes (an Indonesian list with APA and MLA mixed in,
Vancouver), written after the rules for entries12 and before telusur ran on them; row "entries14":
bench/references-fresh-entries14.jsonl, two invented documents of kinds none of those holds (a health skripsi's Vancouver
list with '[Internet]', '[cited ...]', 'Available from:' and URLs and DOIs broken over lines, a translator first; a
family-law thesis's 'Surname, Given, Year, Title, Publisher, Place.' list with '_______,' and '———,' for the author
repeated, statutes and court decisions), written before any rule for them and before telusur ran on them; row "entries15":
bench/references-fresh-entries15.jsonl, gold 24, the first over REAL documents by outside authors (five, found in the
stored public GitHub index and saved as read outside the repository in ../team/entries24, SOURCES.md there: lab reports,
a school history page in HTML, machine-learning reports with Markdown-link and footnote reference lists), written before
telusur ran on them; skipped in one line where ../team/entries24 is absent; row "entries16":
bench/references-fresh-entries16.jsonl, gold 25, five more REAL documents (../team/entries25, SOURCES.md there; restored
from bench/team-texts/entries25.jsonl): an anemia report's Markdown list, a Hugo post whose front matter's title is
REFERENSI with one APA entry a line, a Jekyll style guide with templates and prose between hard-wrapped examples, an IPB
README, a Blade page whose addresses sit in <a href>, written before telusur ran on them; skipped likewise; row
"entries17": bench/references-fresh-entries17.jsonl, gold 26, five more REAL documents (../team/entries26, SOURCES.md
there; bench/team-texts/entries26.jsonl): an HTML page of APA web entries with the title first and only a reading date,
a Markdown list bolding its authors, years and laws, an APA 7 skripsi list with DOIs and government reports, a
Vancouver list in HTML, an IEEE list in Indonesian ('[Daring]. Tersedia:'), written before telusur ran on them; skipped
likewise; row "entries18": bench/references-fresh-entries18.jsonl, gold 27, six more REAL documents (../team/entries27,
SOURCES.md there; bench/team-texts/entries27.jsonl): a history page of Word-exported HTML paragraphs ('Surname, Given.
Year. Title. Place: Publisher.' without parentheses, archives and bodies), an IEEE chapter in Indonesian with bodies,
months, '[Accessed: ...]' and standards, an IPB (CSE name-year) README list introduced by a sentence, an agronomy list
whose bullets end in ' — comment', a pesantren monograph's numbered list bolding its authors (classical Arabic works),
an HTML <ul> after 'Sumber:' ('(10 November 2020). <a href>Title</a>. Site. Diakses: ...'), written before telusur ran
on them; skipped likewise; row "entries19": bench/references-fresh-entries19.jsonl, gold 28, nine more REAL documents
(../team/entries28, SOURCES.md there; bench/team-texts/entries28.jsonl): APA lines joined by 'dan' with '(t.t.)', a Harvard
list with 'Tersedia di: <URL> [Diakses ...]', an IPB list, a numbered APA 7 list bolding its authors under 'Daftar
Rujukan', blockquoted MLA lines with sites as authors and 'Diakses pada tanggal ..., dari URL', a school report's IEEE-like
list of one-word bodies with no year, an APA 7 skripsi list with '(t.t.-a)', MLA-like entries with the year after the
title, a Chicago author-date list with '———.' repeated authors, written before telusur ran on them; skipped likewise; row
"entries20": bench/references-fresh-entries20.jsonl, gold 29, eight more REAL documents (../team/entries29, SOURCES.md
there; bench/team-texts/entries29.jsonl): an IEEE list rendered by pandoc from BibTeX, an IEEE online list with bodies,
APA numbered under a topic heading in a Jekyll tab, APA with bold heads and comment lines, a course book's APA chapter
with comment sub-bullets, APA entries inside labelled bullets of a source log, a Vancouver list from a reference manager
('[Internet]', '[cited ...]', tabs), an IEEE list pasted from Word ('dan', '[Diakses ...]'), written before telusur ran
on them; skipped likewise; row "entries21": bench/references-fresh-entries21.jsonl, gold 30, five more REAL documents
(../team/entries30, SOURCES.md there; bench/team-texts/entries30.jsonl): a VitePress list of ministry regulations and
decrees with ':::details' containers of their legal bases, journals as labelled fields with an APA list, an IPB list
rendered by pandoc-citeproc from BibTeX into HTML, a Next.js JSX page ('Kementerian Kesehatan RI : Jakarta.'), a
project README's APA web list with short months, written before telusur ran on them; skipped likewise; row "entries22":
bench/references-fresh-entries22.jsonl, gold 31, five more REAL documents (../team/entries31, SOURCES.md there;
bench/team-texts/entries31.jsonl): four LaTeX reference lists written as thebibliography environments (a thesis subfile
with names in mixed order and entries commented out, a mathematics thesis's 'Surname, I. (Year) : Title' list, web
entries with no year and '\\texttt{URL}' lines, a modelling paper mixing APA, AGU, Copernicus and dataset items) and a
field-work report's BibTeX .bib file, written before telusur ran on them; skipped likewise; row "entries23":
bench/references-fresh-entries23.jsonl, gold 32, seven more REAL documents (../team/entries32, SOURCES.md there;
bench/team-texts/entries32.jsonl): a health profile's .bib of laws with biblatex fields (and entries missing their '@'),
an e-book's APA list with '[Label, Year]' before each item, a writing guide's APA examples (edited books, chapters
'Dalam X (Ed.)', proceedings, body-authored web pages, two entries glued on one line), Vancouver web entries
'[diacu ...]. Tersedia dari:', a Hugo post's '[Site - Title](URL) -- Diakses pada ...' links, a JSX component's entries
split over nested <p>, an IEEE list whose names carry degrees, written before telusur ran on them; skipped likewise.
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
MORE = TEXTS / "more"
SPLIT = REPO / "bench" / "texts-split.json"
FRESH = REPO / "bench" / "references-fresh.jsonl"
FRESH_KINDS = REPO / "bench" / "references-fresh-kinds.jsonl"  # its documents are invented, in bench/citations-kinds/
FRESH_ENTRIES = REPO / "bench" / "references-fresh-entries.jsonl"  # likewise, with the entries' other fields
FRESH_STANDARDS = REPO / "bench" / "references-fresh-standards.jsonl"  # likewise: bodies and names, year unbracketed
FRESH_ENTRIES2 = REPO / "bench" / "references-fresh-entries2.jsonl"  # likewise: laws, papers, reports, interviews, styles
FRESH_ENTRIES3 = REPO / "bench" / "references-fresh-entries3.jsonl"  # likewise, other shapes, written after their rules
FRESH_ENTRIES4 = REPO / "bench" / "references-fresh-entries4.jsonl"  # likewise: styles mixed, lines wrapped, a PDF
FRESH_ENTRIES5 = REPO / "bench" / "references-fresh-entries5.jsonl"  # likewise, other shapes, written after their rules
FRESH_ENTRIES6 = REPO / "bench" / "references-fresh-entries6.jsonl"  # likewise: Chicago NB, access dates, Harvard, names
FRESH_ENTRIES7 = REPO / "bench" / "references-fresh-entries7.jsonl"  # likewise, other shapes, written after their rules
FRESH_ENTRIES8 = REPO / "bench" / "references-fresh-entries8.jsonl"  # likewise: dictionary-word names, editions, particles
FRESH_ENTRIES9 = REPO / "bench" / "references-fresh-entries9.jsonl"  # likewise, other shapes, written after their rules
FRESH_ENTRIES10 = REPO / "bench" / "references-fresh-entries10.jsonl"  # likewise: printings, volumes, one-name authors
FRESH_ENTRIES11 = REPO / "bench" / "references-fresh-entries11.jsonl"  # likewise, other shapes, written after their rules
FRESH_ENTRIES12 = REPO / "bench" / "references-fresh-entries12.jsonl"  # likewise: translators, glued printings, MLA
FRESH_ENTRIES13 = REPO / "bench" / "references-fresh-entries13.jsonl"  # likewise, other shapes, written after their rules
FRESH_ENTRIES14 = REPO / "bench" / "references-fresh-entries14.jsonl"  # likewise: Vancouver online, a law thesis's list
FRESH_ENTRIES15 = REPO / "bench" / "references-fresh-entries15.jsonl"  # REAL documents, kept in ../team/entries24
ENTRIES24 = REPO.parent / "team" / "entries24"  # gold 24's documents, outside the repository (SOURCES.md there)
FRESH_ENTRIES16 = REPO / "bench" / "references-fresh-entries16.jsonl"  # REAL documents, kept in ../team/entries25
ENTRIES25 = REPO.parent / "team" / "entries25"  # gold 25's documents (bench/team-texts/entries25.jsonl restores them)
FRESH_ENTRIES17 = REPO / "bench" / "references-fresh-entries17.jsonl"  # REAL documents, kept in ../team/entries26
ENTRIES26 = REPO.parent / "team" / "entries26"  # gold 26's documents (bench/team-texts/entries26.jsonl restores them)
FRESH_ENTRIES18 = REPO / "bench" / "references-fresh-entries18.jsonl"  # REAL documents, kept in ../team/entries27
ENTRIES27 = REPO.parent / "team" / "entries27"  # gold 27's documents (bench/team-texts/entries27.jsonl restores them)
FRESH_ENTRIES19 = REPO / "bench" / "references-fresh-entries19.jsonl"  # REAL documents, kept in ../team/entries28
ENTRIES28 = REPO.parent / "team" / "entries28"  # gold 28's documents (bench/team-texts/entries28.jsonl restores them)
FRESH_ENTRIES20 = REPO / "bench" / "references-fresh-entries20.jsonl"  # REAL documents, kept in ../team/entries29
ENTRIES29 = REPO.parent / "team" / "entries29"  # gold 29's documents (bench/team-texts/entries29.jsonl restores them)
FRESH_ENTRIES21 = REPO / "bench" / "references-fresh-entries21.jsonl"  # REAL documents, kept in ../team/entries30
ENTRIES30 = REPO.parent / "team" / "entries30"  # gold 30's documents (bench/team-texts/entries30.jsonl restores them)
FRESH_ENTRIES22 = REPO / "bench" / "references-fresh-entries22.jsonl"  # REAL documents, kept in ../team/entries31
ENTRIES31 = REPO.parent / "team" / "entries31"  # gold 31's documents (bench/team-texts/entries31.jsonl restores them)
FRESH_ENTRIES23 = REPO / "bench" / "references-fresh-entries23.jsonl"  # REAL documents, kept in ../team/entries32
ENTRIES32 = REPO.parent / "team" / "entries32"  # gold 32's documents (bench/team-texts/entries32.jsonl restores them)
sys.path.append(str(REPO / "src"))  # after PYTHONPATH, so another revision's src can be scored with this script


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


def fold_words(text) -> str:
    return " ".join(re.findall(r"\w+", str(text or "").lower()))


def entry_matches(ref, gold: dict) -> bool:
    """First author as written (its words lead the entry's first name or surname), year, and the title's start."""
    first = fold_words(gold["first_author"])
    names = [fold_words(n) for n in (ref.names[:1] + ref.authors[:1])]
    author = any(n == first or n.startswith(first + " ") or first.startswith(n + " ") for n in names if n)
    title = fold_words(ref.title).startswith(fold_words(gold["title_start"]))
    return author and ref.year == gold["year"] and title


def fields_match(ref, fields: dict) -> bool:
    """A gold row's other fields: every author's surname in order, kind, place and publisher (None when the entry has
    none), those it gives."""
    for key, want in fields.items():
        if key in ("authors", "translators"):  # names in order; a revision without translators: none
            if [fold_words(a) for a in getattr(ref, key, ())] != [fold_words(a) for a in want or ()]:
                return False
        elif norm(getattr(ref, key, None)) != norm(want):  # a revision without the field: None
            return False
    return True


def more_lists(verbose: bool = False, checking_details: bool = False, open_only: bool = False) -> dict:
    """more/references.jsonl scored per half: entries found with first author, year and title start. open_only: the
    tuning half alone; the checking half's documents are not read."""
    from telusur.citations.references import reference_entries
    from telusur.documents import read_document

    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    half = {**{k: "tuning" for k in split["tuning"]}, **{k: "checking" for k in split["checking"]}}
    gold = [json.loads(line) for line in (MORE / "references.jsonl").read_text(encoding="utf-8").splitlines() if line]
    if open_only:
        gold = [g for g in gold if half.get(f"more/{g['doc']}") == "tuning"]
    entries, failed = {}, {}
    for doc in sorted({g["doc"] for g in gold}):
        try:
            entries[doc] = reference_entries(read_document(MORE / doc, doc, 5.0))
        except Exception as e:  # a list that takes the reader down scores nothing and is reported
            failed[doc] = f"{type(e).__name__}: {str(e)[:120]}"
    out = {}
    for label, keep in (("tuning", "tuning"),) if open_only else (("tuning", "tuning"), ("checking", "checking"),
                                                                   ("all", None)):
        rows = [g for g in gold if keep is None or half.get(f"more/{g['doc']}") == keep]
        found, missed = 0, []
        for g in rows:
            ok = any(entry_matches(r, g) for r in entries.get(g["doc"], ()))
            found += ok
            if not ok:
                missed.append(f"{g['doc']}: {g['first_author']} ({g['year']}) {g['title_start']}")
        docs = sorted({g["doc"] for g in rows})
        out[label] = {"entries": len(rows), "found": found, "recall": round(found / len(rows), 3) if rows else None,
                      "entries_read": {d: len(entries.get(d, ())) for d in docs},
                      "failed": sorted(d for d in docs if d in failed)}
        if verbose and (keep == "tuning" or checking_details):
            out[label]["missed"] = missed
    out["failures"] = failed
    return out


def fresh_lists(verbose: bool = False, path: Path = FRESH, folder: Path = TEXTS) -> dict:
    """bench/references-fresh.jsonl (documents named from ../shared/texts): entries found with first author, year and
    title start, per document; misses listed with --verbose (all its documents are in the tuning half). The kinds gold
    (bench/references-fresh-kinds.jsonl) names invented documents under bench/ instead."""
    from telusur.citations.references import reference_entries
    from telusur.documents import read_document

    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][1:]
    assert folder != TEXTS or all(g["doc"] in split["tuning"] for g in gold), "tuning-half documents only"
    shared = "../../shared/texts/"  # a row of an invented gold on a document of ../shared/texts: the tuning half's only
    assert all(g["doc"][len(shared):] in split["tuning"] for g in gold if g["doc"].startswith(shared)), "tuning half"
    entries, failed = {}, {}
    for doc in sorted({g["doc"] for g in gold}):
        try:
            entries[doc] = reference_entries(read_document(folder / doc, Path(doc).name, 5.0))
        except Exception as e:  # a document the reader refuses scores nothing and is reported (as more_lists does)
            entries[doc], failed[doc] = [], f"{type(e).__name__}: {str(e)[:120]}"
    found, missed, per_doc, fielded, fields, wrong = 0, [], {}, 0, 0, []
    for g in gold:
        matched = [r for r in entries[g["doc"]] if entry_matches(r, g)]
        found += bool(matched)
        row = per_doc.setdefault(g["doc"], [0, 0])
        row[0] += bool(matched)
        row[1] += 1
        if not matched:
            missed.append(f"{g['doc']}: {g['first_author']} ({g['year']}) {g['title_start']}")
        if "fields" in g:
            fielded += 1
            right = any(fields_match(r, g["fields"]) for r in matched)
            fields += right
            if matched and not right:
                r = matched[0]
                wrong.append(f"{g['doc']}: {g['first_author']} ({g['year']}): authors {list(r.authors)}, kind {r.kind}, "
                             f"place {r.place!r}, publisher {r.publisher!r}, container {r.container!r}, "
                             f"url {r.url!r}, doi {r.doi!r}")
    out = {"entries": len(gold), "found": found, "recall": round(found / len(gold), 3) if gold else None,
           "per_document": {d: f"{a}/{b}" for d, (a, b) in per_doc.items()},
           "entries_read": {d: len(e) for d, e in entries.items()}}
    if fielded:
        out["fields"] = f"{fields}/{fielded}"  # found, and every other field the gold gives right
    if failed:
        out["failed"] = failed
    if verbose:
        out["missed"] = missed
        if fielded:
            out["fields_wrong"] = wrong
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save-held-out", type=Path, help="write the held-out entries as read here, for another Python")
    parser.add_argument("--held-out", type=Path, help="read the held-out entries from this file instead of the PDF")
    parser.add_argument("--more-only", action="store_true", help="only the more/ lists (no other parsers)")
    parser.add_argument("--fresh", action="store_true", help="only bench/references-fresh.jsonl")
    parser.add_argument("--verbose", action="store_true", help="list the more/ misses (tuning half)")
    parser.add_argument("--checking-details", action="store_true", help="list them for the checking half too")
    parser.add_argument("--open", action="store_true", help="with --more-only: the tuning half alone, the checking half "
                        "neither read nor scored (for helpers)")
    args = parser.parse_args()
    import telusur

    if args.fresh:
        fresh = fresh_lists(args.verbose)
        kinds = fresh_lists(args.verbose, FRESH_KINDS, REPO / "bench")
        more_kinds = fresh_lists(args.verbose, FRESH_ENTRIES, REPO / "bench")
        standards = fresh_lists(args.verbose, FRESH_STANDARDS, REPO / "bench")
        entries2 = fresh_lists(args.verbose, FRESH_ENTRIES2, REPO / "bench")
        entries3 = fresh_lists(args.verbose, FRESH_ENTRIES3, REPO / "bench")
        entries4 = fresh_lists(args.verbose, FRESH_ENTRIES4, REPO / "bench")
        entries5 = fresh_lists(args.verbose, FRESH_ENTRIES5, REPO / "bench")
        entries6 = fresh_lists(args.verbose, FRESH_ENTRIES6, REPO / "bench")
        entries7 = fresh_lists(args.verbose, FRESH_ENTRIES7, REPO / "bench")
        entries8 = fresh_lists(args.verbose, FRESH_ENTRIES8, REPO / "bench")
        entries9 = fresh_lists(args.verbose, FRESH_ENTRIES9, REPO / "bench")
        entries10 = fresh_lists(args.verbose, FRESH_ENTRIES10, REPO / "bench")
        entries11 = fresh_lists(args.verbose, FRESH_ENTRIES11, REPO / "bench")
        entries12 = fresh_lists(args.verbose, FRESH_ENTRIES12, REPO / "bench")
        entries13 = fresh_lists(args.verbose, FRESH_ENTRIES13, REPO / "bench")
        entries14 = fresh_lists(args.verbose, FRESH_ENTRIES14, REPO / "bench")
        entries15 = (fresh_lists(args.verbose, FRESH_ENTRIES15, ENTRIES24) if ENTRIES24.is_dir()
                     else {"skipped": f"{ENTRIES24} absent (gold 24's real documents live outside the repository)"})
        entries16 = (fresh_lists(args.verbose, FRESH_ENTRIES16, ENTRIES25) if ENTRIES25.is_dir()
                     else {"skipped": f"{ENTRIES25} absent (gold 25's real documents live outside the repository)"})
        entries17 = (fresh_lists(args.verbose, FRESH_ENTRIES17, ENTRIES26) if ENTRIES26.is_dir()
                     else {"skipped": f"{ENTRIES26} absent (gold 26's real documents live outside the repository)"})
        entries18 = (fresh_lists(args.verbose, FRESH_ENTRIES18, ENTRIES27) if ENTRIES27.is_dir()
                     else {"skipped": f"{ENTRIES27} absent (gold 27's real documents live outside the repository)"})
        entries19 = (fresh_lists(args.verbose, FRESH_ENTRIES19, ENTRIES28) if ENTRIES28.is_dir()
                     else {"skipped": f"{ENTRIES28} absent (gold 28's real documents live outside the repository)"})
        entries20 = (fresh_lists(args.verbose, FRESH_ENTRIES20, ENTRIES29) if ENTRIES29.is_dir()
                     else {"skipped": f"{ENTRIES29} absent (gold 29's real documents live outside the repository)"})
        entries21 = (fresh_lists(args.verbose, FRESH_ENTRIES21, ENTRIES30) if ENTRIES30.is_dir()
                     else {"skipped": f"{ENTRIES30} absent (gold 30's real documents live outside the repository)"})
        entries22 = (fresh_lists(args.verbose, FRESH_ENTRIES22, ENTRIES31) if ENTRIES31.is_dir()
                     else {"skipped": f"{ENTRIES31} absent (gold 31's real documents live outside the repository)"})
        entries23 = (fresh_lists(args.verbose, FRESH_ENTRIES23, ENTRIES32) if ENTRIES32.is_dir()
                     else {"skipped": f"{ENTRIES32} absent (gold 32's real documents live outside the repository)"})
        print(json.dumps({"telusur": str(Path(telusur.__file__).parent), "fresh": fresh, "kinds": kinds,
                          "entries": more_kinds, "standards": standards, "entries2": entries2,
                          "entries3": entries3, "entries4": entries4,
                          "entries5": entries5, "entries6": entries6, "entries7": entries7,
                          "entries8": entries8, "entries9": entries9, "entries10": entries10,
                          "entries11": entries11, "entries12": entries12,
                          "entries13": entries13, "entries14": entries14, "entries15": entries15,
                          "entries16": entries16, "entries17": entries17,
                          "entries18": entries18, "entries19": entries19, "entries20": entries20,
                          "entries21": entries21, "entries22": entries22,
                          "entries23": entries23},
                         ensure_ascii=False, indent=1))
        return 0
    more = more_lists(args.verbose, args.checking_details and not args.open, args.open)
    if args.more_only:
        print(json.dumps({"telusur": str(Path(telusur.__file__).parent), "more/": more}, ensure_ascii=False, indent=1))
        return 0
    sets = {"alharkan (development)": entries()}
    if args.held_out:
        sets["kartikatios (held out)"] = [tuple(pair) for pair in json.loads(args.held_out.read_text(encoding="utf-8"))]
    else:
        sets["kartikatios (held out)"] = held_out_entries()
    if args.save_held_out:
        args.save_held_out.write_text(json.dumps(sets["kartikatios (held out)"], ensure_ascii=False), encoding="utf-8")
    report = {"telusur": str(Path(telusur.__file__).parent), "more/": more}
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
