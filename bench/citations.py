"""Citation quality on real texts: gold recall with the passage that carries it, and works that are not citations.

Reads and chunks every document with the real pipeline (no encoding: reading, chunking and citations only) and counts:
- gold citations found as a work with the right first author and year, carried by a chunk holding its passage;
- works (surname + year per text) that are in neither the gold nor a hand-checked list.

Sets: the first folder of ../shared/texts (12 texts with gold in citations.jsonl, 6 more checked by hand in
tests/data/citations_handchecked.jsonl), ../shared/texts/more (gold in more/citations.jsonl, at most 8 citations per
document; the other works of its tuning-half documents read by hand in tests/data/citations_more_handchecked.jsonl),
each scored on the tuning and checking halves of bench/texts-split.json, and the default corpus (8 hand-checked).

The checking half's misses are counted by kind in the summary (miss_kind: the passage in no chunk - its words not in
the reader's text, or read over which kinds of blocks - or what the chunk
holding it carries instead, whether the document has the work at all, whether a citation was read where the gold one
is written), never listed. bench/lost_text.py tells why a passage sits in no chunk.

Usage: python bench/citations.py [--verbose] [--checking-details] [--fresh] [--open] [--no-lists]
  --no-lists hides every reference list from in-text parsing (the attribution of a citation no entry stands behind).
  --open scores the open sets only (first folder, default corpus, more/'s tuning half); the checking half is not read.
  --fresh scores the fresh golds alone (tuning-half citations written before telusur ran on them), each on its own
  row: bench/citations-fresh.jsonl (author-year citations) and bench/citations-fresh-notes.jsonl (citations made
  through footnotes: a note mark's sentence and the work its note, or the note an "Ibid." refers back to, cites) and
  bench/citations-fresh-formats.jsonl (the two formats/ tuning documents, a PDF and a DOCX: a regression guard) and
  bench/citations-fresh-kinds.jsonl (invented documents in bench/citations-kinds/ holding issue 14's citation kinds and
  look-alikes that cite nothing; its works outside the gold are counted as non-works) and
  bench/citations-fresh-forms.jsonl (gold 5: the same for invented PDF, DOCX and Markdown documents, written by
  bench/citations-kinds/make_forms.py; "whole" rows want a body's name whole) and
  bench/citations-fresh-styles.jsonl (gold 6: Indonesian conventions the earlier golds lack, in invented Markdown, text
  and HTML documents: two works of one author, ';' groups, "Ibid."/"op. cit.", "Anonim", "t.t.", "[BSNP]", particles) and
  bench/citations-fresh-passages.jsonl (gold 7: passages carrying several authors' works, many of one year, most in no
  list entry, in invented Markdown and text chapters) and bench/citations-fresh-lowercase.jsonl (gold 8: surnames
  written in lower case, as student and OCR'd texts write them, or capitalised but also words the text writes small)
  and bench/citations-fresh-attribution.jsonl (gold 9: whose claim a year is in a paragraph that cites another author's
  work of that year: "Menurut X, ... (2019: 27).", "X dalam bukunya <Title> (2020)", a lead-in's bare year carried on)
  and bench/citations-fresh-fields.jsonl (gold 10: the styles of fields: a law chapter's author-year citations and its
  legal-style list, an IEEE-numbered journal article, a thesis's previous-studies tables) and
  bench/citations-fresh-manager.jsonl (gold 11: DOCX chapters cited with Mendeley and Zotero fields whose author is
  suppressed, "(2023)", so that it stands only in the field's data; written by bench/citations-kinds/make_fields.py)
  and bench/citations-fresh-things.jsonl (gold 12: "(COVID-19, 2020)", "(PSBB, 2020)", "(Krismon, 1998)", "(Gempa
  Palu, 2018)": things the text itself talks about, in a parenthesis where an author stands, with and without a list,
  beside bodies, standards and people that are authors) and bench/citations-fresh-styles2.jsonl (gold 13: long body
  names, "lihat misalnya"/"bdk."/"cf.", a table's reference column, "et.al."/"Dkk.", particles, Chinese and Malay
  names, "n.d.", and a Vancouver article numbered "(3,4)", "(5-7)") and bench/citations-fresh-styles3.jsonl (gold 14:
  surnames with letters outside A-Z, an HTML table and figcaption, a theory's author and year in a heading, bullet
  items, surnames in capitals, in notes with no list) and bench/citations-fresh-bodies.jsonl (gold 15: bodies' names
  with "dan"/"kepada"/"untuk", companies with PT/Tbk/"(Persero)", courts, English bodies, bodies with no head word,
  Arabic and Malay names with bin/binti/al-, titles cited as authors, single Vancouver numbers mid-clause) and
  bench/citations-fresh-bodies2.jsonl (gold 16: such bodies, companies and titles in lecture notes with no list) and
  bench/citations-fresh-notes2.jsonl (gold 17: a law chapter cited only through Markdown footnotes, "Ibid.", "op. cit.",
  "Loc. cit.", two works in one note; a translated textbook chapter in Chicago author-date, "(Locke 1968)", "(Adams
  1963, 425)", "McClelland (1961, 1985)") and bench/citations-fresh-notes3.jsonl (gold 18: a history chapter as PDF cited
  through footnotes at the page foot, written by bench/citations-kinds/make_notes_pdf.py) and
  bench/citations-fresh-left.jsonl (gold 19: the last session's left kinds: bodies of dictionary words and English
  bodies cited narratively with no list, "yang dilakukan X pada tahun Y" with no "oleh", pronouns standing for the
  author just named ("Ia (2007: 23)"), a law chapter's notes as pdftotext gives them, a note's second work; rows with
  "entry" also want the work to have a reference entry, counted as entries_found) and
  bench/citations-fresh-wild.jsonl (gold 20: the next left list's kinds: bodies of dictionary words with no list, a
  pronoun whose person is named after it, offices with a year that cite nothing, Vancouver marks before "lebih" and a
  verb or at a hard-wrapped line's start, pdftotext notes numbered from 1 on each page under a running footer) and
  bench/citations-fresh-handout.jsonl (gold 21: a lecturer's handout mixing styles, "hal." pages, a translation's two
  years "(1893/2014)", author-date cites in Markdown footnotes, life dates and events with a year that cite nothing; an
  Islamic-law thesis chapter with "juz"/"jilid", a Hijri year, "X dalam kitab <title> (year)") and
  bench/citations-fresh-apa-report.jsonl (gold 22: an APA 7 psychology skripsi with "pp."/"p."/"para.", "as cited in",
  "e.g.,", a scale's acronym before ";"; a district health report's bodies and surveys by acronym, "n.d."/"t.t.",
  "Dinkes Kab. X"; an economics article's narrative citations after subordinate clauses, eponymous curves and laws;
  statutes, court decisions, prices, terms of office and table numbers with a year that cite nothing) and
  bench/citations-fresh-cite24.jsonl (gold 24: six REAL Indonesian documents by outside authors, found in the stored
  public GitHub index and kept outside the repository in ../team/cite24 (SOURCES.md there; the row says it is skipped
  without them): a Dicoding report, a STIS student's report, three theses' BAB II and an R package's README) and
  bench/citations-fresh-cite25.jsonl (gold 25: six more, in ../team/cite25, bench/team-texts/cite25.jsonl saying where
  each came from: a thesis BAB II with a state-of-the-art table, a literature review citing through Markdown links, a
  BAB II with no list, three course-notes posts) and bench/citations-fresh-cite26.jsonl (gold 26: seven more, in
  ../team/cite26, bench/team-texts/cite26.jsonl: course notes on sampling and clustering, two Blade pages on folk
  literature with a secondary 'Menurut X (Y, year: page)', a project README, a blockquote's '— X, year') and
  bench/citations-fresh-cite27.jsonl (gold 27: six more, in ../team/cite27, bench/team-texts/cite27.jsonl: a law
  chapter, a poultry-house post with '(X, dkk, year)', a banking report, an agriculture README, a museum internship
  report and a finance proposal, with statutes, IDs and version numbers that cite nothing) and
  bench/citations-fresh-cite28.jsonl (gold 28: the first four sections of a 50,000-character research note in
  ../team/cite28, bench/team-texts/cite28.jsonl: '(X & Y 1950 — remark)', '(X 1987: figures)', '(X 1960)' with no
  comma; the note's later works named in "also_real"; session 38 added its sections 5-7) and
  bench/citations-fresh-cite29.jsonl (gold 29: three more, in ../team/cite29, bench/team-texts/cite29.jsonl: a geography
  skripsi's methodology in Markdown and LaTeX with 'dkk.' and pages, a parenthesis hard-wrapped before its year; a paper
  summary naming its sources' full names in a header; a course report's page ranges '(X & Van Steen, 2017, hlm. 55-58)')
  and bench/citations-fresh-cite30.jsonl (gold 30: three more, in ../team/cite30, bench/team-texts/cite30.jsonl: an HTML
  view with PHP tags closing its cards on 'Sumber: (X dkk., 2020) dan (Y dkk., 2020)'; a LaTeX thesis chapter citing
  through biblatex keys with no .bib; the same student's proposal as Markdown converted from a PDF, APA 'dkk.'/'et al.')
  and bench/citations-fresh-cite31.jsonl (gold 31: two more, in ../team/cite31, bench/team-texts/cite31.jsonl: a skripsi's
  BAB II as plain text cited by IEEE numbers with an APA-form numbered list and narrative author-year citations closing on
  the same number; a project report converted from DOCX by pandoc, its paragraphs hard-wrapped '> ' blockquotes)
  and bench/citations-fresh-cite32.jsonl (gold 32: one more, in ../team/cite32, bench/team-texts/cite32.jsonl: a physics
  thesis chapter in LaTeX citing only through natbib keys with no .bib, 'McWhirter1965', 'favre_merlin_2025')
  and bench/citations-fresh-cite33.jsonl (gold 33: five more, in ../team/cite33, bench/team-texts/cite33.jsonl: a Harvard
  PKM proposal with bodies, 't.t.' and statutes; a BAB II with 'et al.'/'dkk.', 'n.d.', '2015a', bold citations leading
  paragraphs; a PHP page's 'sebagaimana dikutip oleh'; a translated textbook's bracketed endnotes with Chicago notes; a
  skripsi as plain text with a tab-separated table).
  Another revision side by side: git worktree add /tmp/telusur-base REV, then
  PYTHONPATH=/tmp/telusur-base/src python bench/citations.py (PYTHONPATH comes before this tree's src).
  Misses and extra works are listed for the tuning half only unless --checking-details (not for designing rules).
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
MORE = TEXTS / "more"
HANDCHECKED = REPO / "tests" / "data" / "citations_handchecked.jsonl"
MORE_HANDCHECKED = REPO / "tests" / "data" / "citations_more_handchecked.jsonl"
SPLIT = REPO / "bench" / "texts-split.json"
FRESH = REPO / "bench" / "citations-fresh.jsonl"
FRESH_NOTES = REPO / "bench" / "citations-fresh-notes.jsonl"
FRESH_FORMATS = REPO / "bench" / "citations-fresh-formats.jsonl"
FRESH_KINDS = REPO / "bench" / "citations-fresh-kinds.jsonl"  # its documents are invented, in bench/citations-kinds/
FRESH_FORMS = REPO / "bench" / "citations-fresh-forms.jsonl"  # the same, as PDF, DOCX and Markdown (gold 5)
FRESH_STYLES = REPO / "bench" / "citations-fresh-styles.jsonl"  # the same, Markdown, text and HTML (gold 6)
FRESH_PASSAGES = REPO / "bench" / "citations-fresh-passages.jsonl"  # several authors' works in one passage (gold 7)
FRESH_LOWERCASE = REPO / "bench" / "citations-fresh-lowercase.jsonl"  # surnames written small, or common words (gold 8)
FRESH_ATTRIBUTION = REPO / "bench" / "citations-fresh-attribution.jsonl"  # whose claim a year is, in a passage (gold 9)
FRESH_FIELDS = REPO / "bench" / "citations-fresh-fields.jsonl"  # law, IEEE numbers, previous-studies tables (gold 10)
FRESH_MANAGER = REPO / "bench" / "citations-fresh-manager.jsonl"  # reference-manager fields in DOCX (gold 11)
FRESH_THINGS = REPO / "bench" / "citations-fresh-things.jsonl"  # things the text talks about, cited as if authors (gold 12)
FRESH_STYLES2 = REPO / "bench" / "citations-fresh-styles2.jsonl"  # long bodies, cues, tables, particles, Vancouver (gold 13)
FRESH_STYLES3 = REPO / "bench" / "citations-fresh-styles3.jsonl"  # letters outside A-Z, HTML, headings, capitals (gold 14)
FRESH_BODIES = REPO / "bench" / "citations-fresh-bodies.jsonl"  # companies, courts, English bodies, bin/al-, titles (gold 15)
FRESH_BODIES2 = REPO / "bench" / "citations-fresh-bodies2.jsonl"  # the same with no reference list (gold 16)
FRESH_NOTES2 = REPO / "bench" / "citations-fresh-notes2.jsonl"  # legal footnotes; a translated Chicago chapter (gold 17)
FRESH_NOTES3 = REPO / "bench" / "citations-fresh-notes3.jsonl"  # a PDF chapter's footnotes at the page foot (gold 18)
FRESH_LEFT = REPO / "bench" / "citations-fresh-left.jsonl"  # the left list's kinds, pdftotext notes (gold 19)
FRESH_WILD = REPO / "bench" / "citations-fresh-wild.jsonl"  # the next left list's kinds, notes restarting (gold 20)
FRESH_HANDOUT = REPO / "bench" / "citations-fresh-handout.jsonl"  # a handout's mixed styles, fiqh's juz and Hijri (gold 21)
FRESH_APA = REPO / "bench" / "citations-fresh-apa-report.jsonl"  # APA 7 skripsi, a health report, economics (gold 22)
FRESH_CITE24 = REPO / "bench" / "citations-fresh-cite24.jsonl"  # six REAL documents by outside authors (gold 24)
CITE24 = REPO.parent / "team" / "cite24"  # gold 24's documents, outside the repository (SOURCES.md there)
FRESH_CITE25 = REPO / "bench" / "citations-fresh-cite25.jsonl"  # six more REAL documents by outside authors (gold 25)
CITE25 = REPO.parent / "team" / "cite25"  # gold 25's documents, outside the repository (SOURCES.md there)
FRESH_CITE26 = REPO / "bench" / "citations-fresh-cite26.jsonl"  # seven more REAL documents by outside authors (gold 26)
CITE26 = REPO.parent / "team" / "cite26"  # gold 26's documents, outside the repository (SOURCES.md there)
FRESH_CITE27 = REPO / "bench" / "citations-fresh-cite27.jsonl"  # six more REAL documents by outside authors (gold 27)
CITE27 = REPO.parent / "team" / "cite27"  # gold 27's documents, outside the repository (SOURCES.md there)
FRESH_CITE28 = REPO / "bench" / "citations-fresh-cite28.jsonl"  # a long REAL research note's first sections (gold 28)
CITE28 = REPO.parent / "team" / "cite28"  # gold 28's document, outside the repository (SOURCES.md there)
FRESH_CITE29 = REPO / "bench" / "citations-fresh-cite29.jsonl"  # three more REAL documents by outside authors (gold 29)
CITE29 = REPO.parent / "team" / "cite29"  # gold 29's documents, outside the repository (SOURCES.md there)
FRESH_CITE30 = REPO / "bench" / "citations-fresh-cite30.jsonl"  # three more REAL documents, LaTeX and HTML (gold 30)
CITE30 = REPO.parent / "team" / "cite30"  # gold 30's documents, outside the repository (SOURCES.md there)
FRESH_CITE31 = REPO / "bench" / "citations-fresh-cite31.jsonl"  # two more REAL documents, plain text and pandoc (gold 31)
CITE31 = REPO.parent / "team" / "cite31"  # gold 31's documents, outside the repository (SOURCES.md there)
FRESH_CITE32 = REPO / "bench" / "citations-fresh-cite32.jsonl"  # one more REAL document, LaTeX natbib keys (gold 32)
CITE32 = REPO.parent / "team" / "cite32"  # gold 32's documents, outside the repository (SOURCES.md there)
FRESH_CITE33 = REPO / "bench" / "citations-fresh-cite33.jsonl"  # five more REAL documents, notes and Harvard (gold 33)
CITE33 = REPO.parent / "team" / "cite33"  # gold 33's documents, outside the repository (SOURCES.md there)
sys.path.append(str(REPO / "src"))  # after PYTHONPATH, so another revision's src can be scored with this script


def _unread():
    """src/telusur/documents/unread.py (standard library only at import) loaded from this repository by path: the one
    rule folding a text into its words, the same whichever revision's src on PYTHONPATH is scored."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("telusur_unread_rule", REPO / "src" / "telusur" / "documents"
                                                  / "unread.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# check.py's reader_text (line ends unified, escapes and emphasis removed, whitespace collapsed), and the words of a
# text in order, markup aside, so a reader's display text and check.py's raw-text folding compare on what it reads
_RULE = _unread()
fold, words = _RULE.fold, _RULE.words


def surname(name: str) -> str:
    return name.split()[-1].lower().strip(".,") if name.split() else ""


def same_author(found: str, gold: str) -> bool:
    return found.lower() == gold.lower() or surname(found) == surname(gold)


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def halves() -> dict[str, str]:
    """Document key ("name" for the first folder, "more/name", "formats/name") -> "tuning" or "checking"."""
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    return {**{k: "tuning" for k in split["tuning"]}, **{k: "checking" for k in split["checking"]}}


def text_files() -> list[Path]:
    return sorted(p for p in TEXTS.iterdir() if p.suffix in (".md", ".txt") and p.name != "SOURCES.md")


def more_files() -> list[Path]:
    return sorted(p for p in MORE.iterdir() if p.suffix in (".md", ".pdf", ".docx", ".html", ".txt")
                  and p.name != "SOURCES.md")


def read_file(path: Path, rel: str):
    try:
        from telusur.documents import read_document
    except ImportError:
        from telusur.corpus import read_document
    return read_document(path, rel, 5.0)


def chunk_file(path: Path, rel: str):
    """Chunks of one file through the project's own reader and chunker, whichever generation is installed."""
    from telusur.chunking import chunk_document

    return chunk_document(read_file(path, rel))


def works_of(chunks, documents=()) -> list:
    from telusur.citations import build_registry

    return [w for w in build_registry(chunks, documents) if getattr(w, "cited", True)]


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


def miss_kind(g: dict, holding: list, works, doc=None) -> str:
    """What a missed gold citation looks like, told without naming it (the checking half is reported only by these
    counts): where its passage is, what the chunks holding it carry instead, whether its document has the work."""
    known = None if works is None else any(w.authors and same_author(w.authors[0], g["authors"][0])
                                           and w.year == g["year"] for w in works)
    where = "work in the document's registry" if known else "work nowhere in the document" if known is False else ""
    if not holding:
        return "passage in no chunk" + (f", {where}" if where else "") + (f", {_unheld(g, doc)}" if doc else "")
    cites = [cite for c in holding for cite in c.citations]
    same_year = [cite for cite in cites if cite.year == g["year"]]
    same_name = [cite for cite in cites if cite.authors and same_author(cite.authors[0], g["authors"][0])]
    if same_year and any(cite.authors for cite in same_year):
        what = "chunk carries the year with another first author"
    elif same_year:
        what = "chunk carries the year with no author"
    elif same_name:
        what = "chunk carries the first author with another year"
    elif cites:
        what = "chunk carries other citations only"
    else:
        what = "chunk carries no citation"
    return what + (f", {where}" if where else "") + f", {_read_as_written(g, holding)}"


def _unheld(g: dict, doc) -> str:
    """Why no chunk holds a passage: the reader's text lacks its words (read otherwise, or not at all), or holds them
    across the named kinds of blocks (a paragraph the reader parted, a heading run into its text) that no chunk joins."""
    want = words(g["passage_substring"]).split()
    if " " + " ".join(want) + " " not in words(doc.text):
        return "its words not in the reader's text"
    pattern = r"(?<!\w)" + r"(?:\W|_)+".join(re.escape(w) for w in want) + r"(?!\w)"
    m = re.search(pattern, doc.text, flags=re.IGNORECASE)
    if m is None:
        return "read, markup between its words"
    kinds = sorted({b.kind for b in doc.blocks if b.start < m.end() and b.end > m.start()})
    return f"read, no chunk holds it whole (blocks: {'+'.join(kinds) or 'none'})"


def _read_as_written(g: dict, holding: list) -> str:
    """Whether a citation found in the chunk stands where the gold citation is written (read, but as another author
    or year) or none does (the citation as written was not read at all)."""
    for c in holding:
        at = c.text.find(g["citation"])
        if at < 0:
            continue
        lo, hi = c.start + at, c.start + at + len(g["citation"])
        if any(cite.start < hi and lo < cite.end for cite in c.citations):
            return "a citation read where it is written"
        return "nothing read where it is written"
    return "its text not found verbatim in the chunk"


def read_there(g: dict, holding: list, doc=None) -> str | None:
    """For a gold citation read as another work where it is written, what was read, told without naming it: whether
    the citation as written holds the gold author's name (a narrative or parenthetical citation) or only its year (the
    name stands elsewhere: a bare year), whether the work read there has the gold year and any author, and whether
    the gold name is written in the chunk (or how far before it), and whether the author read is."""
    for c in holding:
        at = c.text.find(g["citation"])
        if at < 0:
            continue
        lo, hi = c.start + at, c.start + at + len(g["citation"])
        there = [cite for cite in c.citations if cite.start < hi and lo < cite.end]
        if not there:
            return None
        name = surname(g["authors"][0])
        written = "the gold name in the citation as written" if name in g["citation"].lower() \
            else "the gold name not in the citation as written"
        year = "the gold year" if any(cite.year == g["year"] for cite in there) else "another year"
        author = "an author" if any(cite.authors for cite in there) else "no author"
        chunk = "named in the chunk" if name in c.text.lower() else "not named in the chunk"
        if name not in c.text.lower() and doc is not None:
            before = doc.text[max(0, c.start - 2000):c.start].lower()
            near = before.rfind(name)
            chunk += (", nor in the 2,000 characters before it" if near < 0 else
                      f", but {'within 600' if len(before) - near <= 600 else 'within 2,000'} characters before it")
        read = {surname(cite.authors[0]) for cite in there if cite.authors}
        if read:
            chunk += "; the author read " + ("named in the chunk" if any(r in c.text.lower() for r in read)
                                             else "not named in the chunk")
        return f"{written}; read there: {year}, {author}; the gold name {chunk}"
    return None


def gold_author(cite, g: dict) -> bool:
    """A found citation's first author is the gold one: its first author or one of its other spellings ("alt"); with
    "whole", that name whole (a body's name cut or run into the words before it shares its last word)."""
    names = [g["authors"][0], *g.get("alt", ())]
    if not cite.authors:
        return False
    if g.get("whole"):
        return any(cite.authors[0].strip(" .,").lower() == name.lower() for name in names)
    return any(same_author(cite.authors[0], name) for name in names)


def under_heading(want: str, chunks: list) -> list:
    """The chunks a passage written as a heading heads: a heading is no chunk's text but the innermost section (or the
    heading) of the chunks under it, and a work it names cites their text (chunking's rule 18), so they hold it."""
    return [c for c in chunks if any(want in words(t) for t in (*c.location.section[-1:], c.heading or ""))]


def gold_scores(gold: list[dict], chunks: dict, works: dict | None = None, docs: dict | None = None) -> dict:
    """Gold citations carried, with first author and year, by a chunk holding their passage; the misses counted by
    kind (miss_kind) when the documents' works are given (and where an unheld passage is, when their texts are)."""
    from collections import Counter

    found, missed, unread, kinds, details = 0, [], 0, Counter(), Counter()
    via_right = via_wrong = 0  # the person quoted, on the gold citations found
    for g in gold:
        want = words(g["passage_substring"])
        cs = chunks.get(g["doc"]) or []
        holding = [c for c in cs if want in words(c.text)] or under_heading(want, cs)
        unread += not holding
        carried = [cite for c in holding for cite in c.citations if gold_author(cite, g) and cite.year == g["year"]]
        found += bool(carried)
        if not carried:
            got = sorted({f"{(cite.authors or ['-'])[0]} {cite.year}" for c in holding for cite in c.citations})
            missed.append(f"{g['doc']}: {g['citation']}" + (f"  got {got}" if holding else "  [passage in no chunk]"))
            kinds[miss_kind(g, holding, works.get(g["doc"], ()) if works is not None else None,
                            (docs or {}).get(g["doc"]))] += 1
            detail = read_there(g, holding, (docs or {}).get(g["doc"]))
            if detail:
                details[detail] += 1
            continue
        vias = {getattr(cite, "via", None) for cite in carried}
        if g.get("via"):
            via_right += any(v and surname(g["via"].split(" (")[0]) in v.lower() for v in vias)
        else:
            via_wrong += None not in vias
    return {"gold": len(gold), "gold_found": found, "gold_recall": round(found / len(gold), 3) if gold else None,
            "passage_in_no_chunk": unread, "gold_via": sum(bool(g.get("via")) for g in gold), "via_right": via_right,
            "via_where_none": via_wrong, "missed": missed, "miss_kinds": dict(kinds.most_common()),
            "read_there": dict(details.most_common())}


def extra_works(names: list[str], works: dict, real: set) -> tuple[int, list[str]]:
    """All works of these documents, and those whose (document, first surname, year) no gold or hand check holds."""
    total, wrong = 0, []
    for name in names:
        for w in works.get(name, ()):
            total += 1
            if not w.authors or (name, surname(w.authors[0]), w.year) not in real:
                wrong.append(f"{name}: {w.label}")
    return total, wrong


def evaluate(verbose: bool = False) -> dict:
    """The first folder (12 texts with gold, 6 hand-checked; all in the tuning half) and the default corpus."""
    gold = read_jsonl(TEXTS / "citations.jsonl")
    extra = read_jsonl(HANDCHECKED)
    files = [(p, p.name) for p in text_files()] + [(p, p.name) for p in sorted((REPO / "corpus").glob("*.txt"))]
    chunks = {name: chunk_file(path, name) for path, name in files}
    works = {name: works_of(cs) for name, cs in chunks.items()}
    scores = gold_scores(gold, chunks, works)
    real = {(r["doc"], surname(r["authors"][0]), r["year"]) for r in gold + extra}
    all_works, wrong = extra_works(list(chunks), works, real)
    extra_found = sum(any(w.authors and same_author(w.authors[0], r["authors"][0]) and w.year == r["year"]
                          for w in works[r["doc"]]) for r in extra)
    occurrences, extra_missed = occurrence_scores(extra, chunks)
    default = [r for r in extra if (REPO / "corpus" / r["doc"]).exists()]
    default_found, _ = occurrence_scores(default, chunks)
    report = {k: v for k, v in scores.items() if k != "missed"}
    report.update({"works": all_works, "not_citations": len(wrong), "handchecked": len(extra),
                   "handchecked_found": extra_found, "handchecked_occurrences_found": occurrences,
                   "default_corpus": f"{default_found}/{len(default)}"})
    if verbose:
        report["missed"] = scores["missed"]
        report["not_citation_works"] = wrong
        report["handchecked_missed"] = extra_missed
    return report


def evaluate_more(verbose: bool = False, checking_details: bool = False, open_only: bool = False) -> dict:
    """more/: gold per half and as a whole; works outside gold and hand checks; files that fail to read. open_only:
    the tuning half alone (the checking half's documents are not even read)."""
    half = halves()
    gold = [dict(g, doc=f"more/{g['doc']}") for g in read_jsonl(MORE / "citations.jsonl")]
    checked = read_jsonl(MORE_HANDCHECKED)
    chunks, works, failed, docs = {}, {}, {}, {}
    for path in more_files():
        key = f"more/{path.name}"
        if open_only and half.get(key) != "tuning":
            continue
        try:
            doc = read_file(path, path.name)
            from telusur.chunking import chunk_document

            cs = chunk_document(doc)
            works[key] = works_of(cs, [doc])
            chunks[key], docs[key] = cs, doc
        except Exception as e:  # a file that takes a build down scores nothing and is reported
            failed[key] = f"{type(e).__name__}: {str(e)[:120]}"
    real = {(r["doc"], surname(r["authors"][0]), r["year"]) for r in gold + checked}
    out = {}
    for label, keep in (("tuning", "tuning"),) if open_only else (("tuning", "tuning"), ("checking", "checking"),
                                                                  ("all", None)):
        rows = [g for g in gold if keep is None or half.get(g["doc"]) == keep]
        names = [k for k in chunks if keep is None or half.get(k) == keep]
        scores = gold_scores(rows, chunks, works, docs)
        total, outside = extra_works(names, works, real)
        part = {k: v for k, v in scores.items() if k != "missed"}
        # the work found at all in its document (any passage): tells citation parsing from reading and chunking
        part["gold_work_in_registry"] = sum(any(w.authors and same_author(w.authors[0], g["authors"][0])
                                                and w.year == g["year"] for w in works.get(g["doc"], ())) for g in rows)
        part.update({"documents": len([k for k in half if k.startswith("more/") and (keep is None or half[k] == keep)]),
                     "works": total, "works_outside_gold_and_hand_checks": len(outside),
                     "failed_files": sorted(k for k in failed if keep is None or half.get(k) == keep)})
        if verbose and (keep == "tuning" or checking_details):
            part["missed"] = scores["missed"]
            part["works_outside"] = outside
        out[label] = part
    out["failures"] = failed
    return out


def gold_documents(rows: list[dict], folder: Path) -> tuple[dict, dict]:
    """The chunks and works of each document a gold's rows name (relative to folder)."""
    from telusur.chunking import chunk_document

    chunks, works = {}, {}
    for name in sorted({r["doc"] for r in rows}):
        doc = read_file(folder / name, Path(name).name)
        chunks[name] = chunk_document(doc)
        works[name] = works_of(chunks[name], [doc])
    return chunks, works


def evaluate_fresh(verbose: bool = False, path: Path = FRESH) -> dict:
    """A fresh gold (bench/citations-fresh*.jsonl): tuning-half citations no other gold covers, written before telusur
    was run on them (its first line says how). Misses are listed with --verbose (all its documents are in the tuning
    half)."""
    rows = read_jsonl(path)[1:]
    half = halves()
    assert all(half.get(r["doc"]) == "tuning" for r in rows), "the fresh gold holds tuning-half documents only"
    chunks, works = gold_documents(rows, TEXTS)
    scores = gold_scores(rows, chunks, works)
    report = {k: v for k, v in scores.items() if k != "missed" and (verbose or k not in ("miss_kinds", "read_there"))}
    report["documents"] = len(chunks)
    if verbose:
        report["missed"] = scores["missed"]
    return report


def evaluate_kinds(verbose: bool = False, path: Path = FRESH_KINDS, folder: Path = REPO / "bench") -> dict:
    """The kinds gold (bench/citations-fresh-kinds.jsonl): invented documents under bench/, each citation kind of issue
    14 item 4 and more/SOURCES.md "Hard cases"; any work no gold row names (an author's spellings counted) is a
    non-work, as the look-alikes the documents hold (statutes, release years, periods) must be. folder: where the
    rows' documents are (bench/, or ../team/cite24 for gold 24's real documents)."""
    head, *rows = read_jsonl(path)
    # documents that cite nothing ("no_citations"): no row can name them, every work read in them is a non-work
    chunks, works = gold_documents(rows + [{"doc": name} for name in head.get("no_citations", ())], folder)
    scores = gold_scores(rows, chunks, works)
    real = {(r["doc"], surname(name), r["year"]) for r in rows for name in [r["authors"][0], *r.get("alt", ())]}
    real |= {tuple(x) for x in head.get("also_real", ())}  # a person quoted whose work the reference list holds
    total, wrong = extra_works(list(chunks), works, real)
    report = {k: v for k, v in scores.items() if k != "missed" and (verbose or k not in ("miss_kinds", "read_there"))}
    report.update({"documents": len(chunks), "works": total, "non_works": len(wrong)})
    listed = [r for r in rows if r.get("entry")]
    if listed:  # the work has a reference entry (a note's own, when the document has no list)
        have = [r for r in listed if any(w.reference is not None and gold_author(w, r) and w.year == r["year"]
                                         for w in works[r["doc"]])]
        report["entries_found"] = f"{len(have)}/{len(listed)}"
    if verbose:
        report["missed"] = scores["missed"]
        report["non_work_list"] = wrong
    return report


def absent_documents(name: str, path: Path, folder: Path) -> str:
    """"" when every document a gold's rows name is in folder; else one line saying what the gold needs (gold 24's real
    documents live in ../team/cite24, outside the repository, which a fresh clone does not have)."""
    head, *rows = read_jsonl(path)
    names = {r["doc"] for r in rows} | set(head.get("no_citations", ()))
    absent = sorted(name for name in names if not (folder / name).is_file())
    return f"{name} needs {folder} ({len(absent)} of its documents are not there): skipped" if absent else ""


def hide_lists() -> None:
    """In-text parsing reads no reference list (intext._listed_works finds no entry): the attribution each citation
    gets with no list entry behind the work it cites, as a secondary citation's quoted work or a document whose list
    lacks the work has. Registries still link to the lists."""
    from telusur.citations import intext

    intext._listed_works = lambda text: ()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and extra works (tuning half)")
    parser.add_argument("--checking-details", action="store_true", help="list them for the checking half too")
    parser.add_argument("--fresh", action="store_true", help="score the fresh golds only")
    parser.add_argument("--open", action="store_true", help="the open sets only: the checking half is neither read "
                        "nor scored (for helpers, who must not see its rows)")
    parser.add_argument("--no-lists", action="store_true", help="hide every document's reference list from in-text "
                        "parsing: each citation attributed as if no list entry stood behind it")
    args = parser.parse_args()
    import telusur

    if args.no_lists:
        hide_lists()

    report = {"telusur": str(Path(telusur.__file__).parent)}
    if args.fresh:
        golds = {"fresh gold": lambda: evaluate_fresh(args.verbose),
                 "fresh gold: footnotes": lambda: evaluate_fresh(args.verbose, FRESH_NOTES),
                 "fresh gold: formats/": lambda: evaluate_fresh(args.verbose, FRESH_FORMATS),
                 "fresh gold: kinds": lambda: evaluate_kinds(args.verbose),
                 "fresh gold: forms": lambda: evaluate_kinds(args.verbose, FRESH_FORMS),
                 "fresh gold: styles": lambda: evaluate_kinds(args.verbose, FRESH_STYLES),
                 "fresh gold: passages": lambda: evaluate_kinds(args.verbose, FRESH_PASSAGES),
                 "fresh gold: lower case": lambda: evaluate_kinds(args.verbose, FRESH_LOWERCASE),
                 "fresh gold: attribution": lambda: evaluate_kinds(args.verbose, FRESH_ATTRIBUTION),
                 "fresh gold: fields": lambda: evaluate_kinds(args.verbose, FRESH_FIELDS),
                 "fresh gold: manager fields": lambda: evaluate_kinds(args.verbose, FRESH_MANAGER),
                 "fresh gold: things": lambda: evaluate_kinds(args.verbose, FRESH_THINGS),
                 "fresh gold: styles 2": lambda: evaluate_kinds(args.verbose, FRESH_STYLES2),
                 "fresh gold: styles 3": lambda: evaluate_kinds(args.verbose, FRESH_STYLES3),
                 "fresh gold: bodies": lambda: evaluate_kinds(args.verbose, FRESH_BODIES),
                 "fresh gold: bodies, no list": lambda: evaluate_kinds(args.verbose, FRESH_BODIES2),
                 "fresh gold: notes and translation": lambda: evaluate_kinds(args.verbose, FRESH_NOTES2),
                 "fresh gold: PDF notes": lambda: evaluate_kinds(args.verbose, FRESH_NOTES3),
                 "fresh gold: left list": lambda: evaluate_kinds(args.verbose, FRESH_LEFT),
                 "fresh gold: wild": lambda: evaluate_kinds(args.verbose, FRESH_WILD),
                 "fresh gold: handout": lambda: evaluate_kinds(args.verbose, FRESH_HANDOUT),
                 "fresh gold: apa, report, economics": lambda: evaluate_kinds(args.verbose, FRESH_APA),
                 "fresh gold: real documents (cite24)": lambda: evaluate_kinds(args.verbose, FRESH_CITE24, CITE24),
                 "fresh gold: real documents (cite25)": lambda: evaluate_kinds(args.verbose, FRESH_CITE25, CITE25),
                 "fresh gold: real documents (cite26)": lambda: evaluate_kinds(args.verbose, FRESH_CITE26, CITE26),
                 "fresh gold: real documents (cite27)": lambda: evaluate_kinds(args.verbose, FRESH_CITE27, CITE27),
                 "fresh gold: real documents (cite28)": lambda: evaluate_kinds(args.verbose, FRESH_CITE28, CITE28),
                 "fresh gold: real documents (cite29)": lambda: evaluate_kinds(args.verbose, FRESH_CITE29, CITE29),
                 "fresh gold: real documents (cite30)": lambda: evaluate_kinds(args.verbose, FRESH_CITE30, CITE30),
                 "fresh gold: real documents (cite31)": lambda: evaluate_kinds(args.verbose, FRESH_CITE31, CITE31),
                 "fresh gold: real documents (cite32)": lambda: evaluate_kinds(args.verbose, FRESH_CITE32, CITE32),
                 "fresh gold: real documents (cite33)": lambda: evaluate_kinds(args.verbose, FRESH_CITE33, CITE33)}
        outside = {"(cite24)": (FRESH_CITE24, CITE24), "(cite25)": (FRESH_CITE25, CITE25),
                   "(cite26)": (FRESH_CITE26, CITE26), "(cite27)": (FRESH_CITE27, CITE27),
                   "(cite28)": (FRESH_CITE28, CITE28), "(cite29)": (FRESH_CITE29, CITE29),
                   "(cite30)": (FRESH_CITE30, CITE30), "(cite31)": (FRESH_CITE31, CITE31),
                   "(cite32)": (FRESH_CITE32, CITE32), "(cite33)": (FRESH_CITE33, CITE33)}  # documents not in the repo
        for name, score in golds.items():
            absent = absent_documents(name, *outside[name[-8:]]) if name[-8:] in outside else ""
            if absent:
                report[name] = absent
                continue
            t0 = time.perf_counter()
            report[name] = score()
            report[name]["seconds"] = round(time.perf_counter() - t0, 2)
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    t0 = time.perf_counter()
    report["first folder (tuning half)"] = evaluate(args.verbose)
    report["first folder (tuning half)"]["seconds"] = round(time.perf_counter() - t0, 2)
    t0 = time.perf_counter()
    report["more/"] = evaluate_more(args.verbose, args.checking_details and not args.open, args.open)
    report["more/"]["seconds"] = round(time.perf_counter() - t0, 2)
    first, more = report["first folder (tuning half)"], report["more/"]
    if args.open:
        tuning_found = first["gold_found"] + more["tuning"]["gold_found"]
        tuning_gold = first["gold"] + more["tuning"]["gold"]
        report["summary"] = {
            "tuning: citations": f"{tuning_found}/{tuning_gold} ({tuning_found / tuning_gold:.3f})",
            "more/ tuning: citations": f"{more['tuning']['gold_found']}/{more['tuning']['gold']}",
            "first folder: not-citation works": f"{first['not_citations']} of {first['works']}",
            "more/ tuning: works outside gold and hand checks": more["tuning"]["works_outside_gold_and_hand_checks"],
            "default corpus": first["default_corpus"],
            "failed files (tuning)": len(more["tuning"]["failed_files"]),
        }
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    tuning_found = first["gold_found"] + more["tuning"]["gold_found"]
    tuning_gold = first["gold"] + more["tuning"]["gold"]
    report["summary"] = {
        "tuning: citations": f"{tuning_found}/{tuning_gold} ({tuning_found / tuning_gold:.3f})",
        "checking: citations": f"{more['checking']['gold_found']}/{more['checking']['gold']} "
                               f"({more['checking']['gold_recall']})",
        "checking: misses by kind": more["checking"]["miss_kinds"],
        "checking: misses read as another work where written, by what was read": more["checking"]["read_there"],
        "more/: citations": f"{more['all']['gold_found']}/{more['all']['gold']} ({more['all']['gold_recall']})",
        "first folder: not-citation works": f"{first['not_citations']} of {first['works']}",
        "more/ tuning: works outside gold and hand checks": more["tuning"]["works_outside_gold_and_hand_checks"],
        "more/ checking: works outside the gold sample (not hand-checked)":
            more["checking"]["works_outside_gold_and_hand_checks"],
        "default corpus": first["default_corpus"],
        "failed files": len(more["failures"]),
    }
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
