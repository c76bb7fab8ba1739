"""A wide audit of citations on the tuning half: every citation-like string a loose pattern finds, and whether the
chunk holding it carries that first author and year; then the citations a chunk carries that its own text does not
hold (inherited from a lead-in, a heading, a closing citation or a name nearby), for spot checks.

The gold of bench/citations.py (157 citations) is all met, so it no longer shows what fails next. This audit reads
every tuning-half document of bench/texts-split.json as the product reads it (reader, chunking, citations: the same
chunk data bench/citations.py scores) and finds, with deliberately loose patterns, the strings a reader would take
for a citation: "Name (Year)", "(Name, Year: page)", "Name dkk./et al.", "Name & Name", "2013a", "Menurut X (Y)",
"Menurut X 2017" (no parenthesis), organisations and acronyms, square brackets, "dalam" secondary citations. A
string is "carried" when a chunk holding it carries a citation with that year whose first author (or person quoted)
is one of the string's capitalised words. The patterns over-match on purpose: a miss is a question for a person
(a look-alike such as "Tabel 2 (2019)" is no citation), and only the tuning half is ever read.

    python bench/citations_audit.py [--misses] [--inherited] [--kind KIND] [--doc SUBSTRING] [--json]
    python bench/citations_audit.py --files corpus/ /tmp/my-texts/ [--misses]   (other documents, not ../shared)

Never run on the checking half: the script has no option for it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO.parent / "shared" / "texts"
SPLIT = REPO / "bench" / "texts-split.json"
sys.path.append(str(REPO / "src"))  # after PYTHONPATH, so another revision's src can be audited with this script

YEAR = r"(?:1[6-9]\d\d|20[0-3]\d)"
NAME = r"(?:[A-Z][\w'’.-]*|[a-z]{1,3}(?=\s+[A-Z]))"  # "Sugiyono", "van", "al-"
NAMES = rf"{NAME}(?:[ \t]+{NAME}){{0,5}}"
# kind -> pattern; a string may have several kinds, it is counted once under the first that matches (this order)
KINDS: list[tuple[str, re.Pattern]] = [
    ("dalam", re.compile(rf"{NAMES}[^()\n]{{0,30}}\(?{YEAR}[^()\n]{{0,20}}\)?[,;]?\s*(?:dalam|dlm|via|dikutip|in|as cited)"
                         rf"\b[^()\n]{{0,40}}?{YEAR}[a-z]?\b\)?")),
    ("bracket", re.compile(rf"\[[^\[\]\n]{{0,80}}\b{YEAR}[a-z]?\b[^\[\]\n]{{0,30}}\]")),
    ("menurut_bare", re.compile(rf"\b(?:[Mm]enurut|[Oo]leh)\s+{NAMES}[,]?\s+(?:tahun\s+)?{YEAR}\b(?!\))")),
    ("menurut", re.compile(rf"\b(?:[Mm]enurut|[Oo]leh|[Dd]alam buku(?:nya)?)\s+[^()\n]{{0,60}}?\(\s*{YEAR}[^()\n]{{0,30}}\)")),
    ("et_al", re.compile(rf"{NAMES}[ ,]*(?:dkk|et\.?,?\s*al|dan kawan-kawan|dan rekan)\.?,?\s*\(?\s*{YEAR}[^()\n]{{0,30}}\)?")),
    ("two_authors", re.compile(rf"{NAMES}\s*(?:&|dan|and)\s*{NAMES},?\s*\(?\s*{YEAR}[^()\n]{{0,30}}\)?")),
    ("year_letter", re.compile(rf"{NAMES}[^()\n]{{0,20}}\(?[^()\n]{{0,20}}\b{YEAR}[a-e]\b[^()\n]{{0,20}}\)?")),
    ("acronym", re.compile(rf"\b[A-Z]{{2,}}(?:[ \t]+[A-Z][\w.]*){{0,3}}[ ,]*\(?\s*{YEAR}\b[^()\n]{{0,30}}\)?")),
    ("paren_pages", re.compile(rf"\([^()\n]{{0,60}}[A-Z][^()\n]{{0,60}}\b{YEAR}[a-z]?\s*[:,]\s*(?:hlm\.?|hal\.?|h\.|p\.?)?\s*\d[^()\n]{{0,20}}\)")),
    ("paren", re.compile(rf"\([^()\n]{{0,60}}[A-Z][^()\n]{{0,60}}\b{YEAR}[a-z]?\b[^()\n]{{0,30}}\)")),
    ("narrative", re.compile(rf"{NAMES}\s*\(\s*{YEAR}[^()\n]{{0,30}}\)")),
    ("bare_paren_year", re.compile(rf"\(\s*{YEAR}[a-z]?\s*(?:[:,]\s*[^()\n]{{0,20}})?\)")),
    # any other year after a capitalised word, no cue at all: the shapes none of the above foresaw (mostly dates)
    ("other_year", re.compile(rf"\b[A-Z][\w.'’-]+[ ,.:]{{1,3}}(?:[\w.'’-]+[ ,.:]{{1,3}}){{0,2}}{YEAR}[a-e]?\b")),
]
NOT_NAMES = frozenset("""menurut oleh dalam buku bukunya dan and dkk et al tahun the a in as cited via dlm dikutip
sedangkan adapun namun selain hal ini itu pada yang juga lihat see e.g. hlm hal h p pp halaman sumber""".split())


def halves() -> dict[str, str]:
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    return {**{k: "tuning" for k in split["tuning"]}, **{k: "checking" for k in split["checking"]}}


def tuning_paths() -> list[tuple[str, Path]]:
    """(key, path) of each tuning-half document; the checking half is never listed."""
    return [(key, TEXTS / key) for key, half in halves().items() if half == "tuning" and (TEXTS / key).exists()]


def other_paths(paths: list[Path]) -> list[tuple[str, Path]]:
    """(name, path) of the documents given, folders walked; refused when one is a shared text (tuning or checking)."""
    shared = TEXTS.resolve()
    files = sorted(f for p in paths for f in ([p] if p.is_file() else p.rglob("*")) if f.is_file())
    if any(shared in f.resolve().parents for f in files):
        raise SystemExit("--files is for documents outside ../shared/texts (the tuning half is the default)")
    return [(f.name, f) for f in files if f.suffix.lower() in (".md", ".txt", ".html", ".htm", ".pdf", ".docx")]


def read(path: Path, key: str):
    from telusur.chunking import chunk_document
    from telusur.citations import reference_entries
    from telusur.documents import read_document

    doc = read_document(path, key, 5.0)
    return doc, chunk_document(doc), reference_entries(doc)


def candidates(text: str) -> list[dict]:
    """Citation-like strings of a text, one per place (the first kind that matches there), longest first."""
    taken: list[tuple[int, int]] = []
    out = []
    for kind, pattern in KINDS:
        for m in pattern.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            years = re.findall(rf"\b({YEAR})[a-e]?\b", m.group())
            words = [w.strip(".,'’").lower() for w in re.findall(r"[A-Za-z][\w'’.-]*", m.group())]
            names = {w.split("-")[-1] for w in words if w not in NOT_NAMES} | set(words) - NOT_NAMES
            out.append({"kind": kind, "start": a, "end": b, "string": m.group(), "years": years, "names": names})
    return sorted(out, key=lambda c: c["start"])


def surname(name: str) -> str:
    return name.split()[-1].lower().strip(".,") if name.split() else ""


def carries(cite, cand: dict) -> bool:
    via = cite.via or ""  # "Kirk (1979)": the person quoted, with his own year
    if set(re.findall(r"\w+", via.lower())) & cand["names"] and set(re.findall(YEAR, via)) & set(cand["years"]):
        return True
    year = re.match(r"\d{4}", cite.year or "")
    if not year or year.group() not in cand["years"] or not cite.authors:
        return False
    if not cand["names"]:  # a bare "(2010: 5)": carried when the chunk gives that year an author
        return True
    who = {surname(cite.authors[0]), cite.authors[0].lower(), *cite.authors[0].lower().split()}
    via = set(re.findall(r"\w+", (cite.via or "").lower()))
    return bool((who | via) & cand["names"])


def audit(key: str, path: Path) -> dict:
    doc, chunks, refs = read(path, key)
    in_list = [(r.start, r.end) for r in refs]
    rows = []
    for cand in candidates(doc.text):
        if any(a <= cand["start"] < b for a, b in in_list):
            continue  # a reference-list entry is no in-text citation
        holding = [c for c in chunks if c.start <= cand["start"] < c.end]
        if not holding:
            rows.append({**cand, "outcome": "in no chunk"})
            continue
        cites = [cite for c in holding for cite in c.citations]
        if any(carries(cite, cand) for cite in cites):
            outcome = "carried"
        elif any(re.match(r"\d{4}", cite.year or "") and cite.year[:4] in cand["years"] for cite in cites):
            outcome = "year with another author"
        else:
            outcome = "not carried"
        rows.append({**cand, "outcome": outcome,
                     "chunk_citations": sorted({cite.label for cite in cites})})
    inherited = []
    for c in chunks:
        own = (c.text + " " + (c.heading or "")).lower()
        for cite in c.citations:
            if c.start <= cite.start < c.end and cite.authors and surname(cite.authors[0]) in own:
                continue
            where = "outside the chunk: " + inherited_from(doc.text, c, cite, chunks) \
                if not c.start <= cite.start < c.end else "author not in the chunk's text"
            inherited.append({"chunk": c.id, "citation": cite.label, "where": where,
                              "source": " ".join(doc.text[max(0, cite.start - 60):cite.end + 10].split()),
                              "chunk_text": " ".join(c.text.split())[:160]})
    return {"rows": rows, "inherited": inherited, "chunks": len(chunks),
            "split": split_pieces(chunks) + cut_sentences(chunks)}


OPEN_END = r"\b(?:yaitu|yakni|ialah|adalah|merupakan|bahwa|oleh|dari|dengan|menurut|sebagai|dan|yang)$"  # no sentence ends so


def cut_sentences(chunks) -> list[dict]:
    """A chunk going on with a sentence the chunk before left open ("... menjadi dua" / "bagian, yaitu ...", or "...
    (2010:9) yaitu" / "Tunagrahita mengacu ..."), where the first cites and the second cites nothing."""
    out = []
    for before, after in zip(chunks, chunks[1:]):
        opening = after.text.lstrip(" \"“*>")
        left_open = not re.search(r"[.!?:;”\")]$", before.text.rstrip())
        goes_on = re.match(r"[a-z]+\b(?![.)])", opening) or re.search(OPEN_END, before.text.rstrip())
        if left_open and goes_on and before.citations and not after.citations:
            out.append({"pieces": [{"chunk": c.id, "citations": [x.label for x in c.citations],
                                    "text": " ".join(c.text.split())[-160:] if c is before else
                                    " ".join(c.text.split())[:160]} for c in (before, after)]})
    return out


def inherited_from(text: str, chunk, cite, chunks) -> str:
    """Where a citation outside its chunk stands: the chunk's lead-in or heading, the end of the run of pieces the
    chunk belongs to (consecutive chunks under one heading: a list or a paragraph cut up; closing it), inside another
    piece of that run, or elsewhere (a list going on, a section title)."""
    if chunk.heading and text[cite.start:cite.end] in chunk.heading:
        return "its lead-in or heading"
    i = chunks.index(chunk)
    lo = hi = i
    while lo > 0 and chunks[lo - 1].heading == chunk.heading and chunks[lo - 1].end <= chunks[lo].start + 1000:
        lo -= 1
    while hi + 1 < len(chunks) and chunks[hi + 1].heading == chunk.heading:
        hi += 1
    run = chunks[lo:hi + 1]
    if chunk.heading and len(run) > 1 and run[0].start <= cite.start < run[-1].end:
        closing = text[cite.end:run[-1].end].strip(" .;,”\"\n") == ""
        return "closing its run of pieces" if closing else "inside another piece of its run"
    return "elsewhere"


def split_pieces(chunks) -> list[dict]:
    """Blocks cut into several chunks (a long list, table or paragraph) where some piece cites and another cites
    nothing: does the uncited piece go on with a cited author's text?"""
    blocks = defaultdict(list)
    for c in chunks:
        blocks[(c.start_paragraph, c.end_paragraph)].append(c)
    out = []
    for pieces in blocks.values():
        if len(pieces) > 1 and any(c.citations for c in pieces) and not all(c.citations for c in pieces):
            out.append({"pieces": [{"chunk": c.id, "citations": [x.label for x in c.citations],
                                    "text": " ".join(c.text.split())[:160]} for c in pieces]})
    return out


def context(text: str, a: int, b: int, width: int = 70) -> str:
    return " ".join(text[max(0, a - width):a].split()) + " [[" + " ".join(text[a:b].split()) + "]] " + \
        " ".join(text[b:b + width].split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the strings not carried, with their context")
    parser.add_argument("--inherited", action="store_true", help="list citations a chunk's own text does not hold")
    parser.add_argument("--split", action="store_true", help="list blocks cut into chunks where a piece cites nothing, "
                        "and sentences cut at a chunk's end whose second half cites nothing")
    parser.add_argument("--kind", help="only this kind")
    parser.add_argument("--doc", help="only documents whose key holds this")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--files", nargs="+", type=Path, metavar="PATH",
                        help="audit these documents instead (the default corpus, a folder of one's own texts; never "
                             "the checking half's)")
    args = parser.parse_args()
    counts: dict[str, Counter] = defaultdict(Counter)
    inherited_counts: Counter = Counter()
    misses, inherited, split = [], [], []
    for key, path in other_paths(args.files) if args.files else tuning_paths():
        if args.doc and args.doc not in key:
            continue
        try:
            result = audit(key, path)
        except Exception as e:  # a document that fails to read is reported, the rest audited
            print(f"{key}: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        text = None
        for row in result["rows"]:
            if args.kind and row["kind"] != args.kind:
                continue
            counts[row["kind"]][row["outcome"]] += 1
            if row["outcome"] != "carried":
                text = text or read(path, key)[0].text
                misses.append({"doc": key, "kind": row["kind"], "outcome": row["outcome"], "string": row["string"],
                               "context": context(text, row["start"], row["end"]),
                               "chunk_citations": row.get("chunk_citations", [])})
        split += [{"doc": key, **block} for block in result["split"]]
        for item in result["inherited"]:
            inherited_counts[item["where"]] += 1
            inherited.append({"doc": key, **item})
    outcomes = ["carried", "year with another author", "not carried", "in no chunk"]
    table = {kind: {o: counts[kind][o] for o in outcomes} for kind, _ in KINDS if counts[kind]}
    total = {o: sum(counts[k][o] for k in counts) for o in outcomes}
    if args.json:
        print(json.dumps({"by_kind": table, "total": total, "inherited": dict(inherited_counts),
                          "cut_blocks_or_sentences_with_an_uncited_piece": len(split),
                          "misses": misses if args.misses else None,
                          "inherited_list": inherited if args.inherited else None}, ensure_ascii=False, indent=1))
        return 0
    print(f"{'kind':<16}" + "".join(f"{o:>26}" for o in outcomes))
    for kind, row in table.items():
        print(f"{kind:<16}" + "".join(f"{row[o]:>26}" for o in outcomes))
    print(f"{'all':<16}" + "".join(f"{total[o]:>26}" for o in outcomes))
    print("inherited citations:", dict(inherited_counts))
    print("blocks or sentences cut into chunks where a piece cites nothing while another cites:", len(split))
    if args.misses:
        for m in misses:
            print(f"\n{m['doc']} [{m['kind']}; {m['outcome']}] {m['string']!r}\n  {m['context']}\n  chunk: {m['chunk_citations']}")
    if args.split:
        for block in split:
            print(f"\n{block['doc']}")
            for piece in block["pieces"]:
                print(f"  #{piece['chunk']} {piece['citations']} :: {piece['text']}")
    if args.inherited:
        for i in inherited:
            print(f"\n{i['doc']} #{i['chunk']} {i['citation']} ({i['where']})\n  from: {i['source']}\n  chunk: {i['chunk_text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
