"""The ceiling that reading and chunking leave to ranking, without gold questions: of the sentences of each
document, as a reader independent of telusur sees them, how many lie whole inside one passage?

    python bench/ceiling.py [--show FORMAT|all] [--pairs]

The independent reader: .md/.txt the source text (check.py's way: escapes and emphasis dropped; Markdown link
targets, heading/list/quote marks and table pipes too); .docx every w:p of its XML (cells, text boxes, notes); .html
lxml's text of block elements; .pdf pypdfium2's page text as it comes, lines printed at the top or foot of three
or more pages (digits aside) and bare page numbers left out. Paragraphs are split into sentences by a plain rule
(a stop, then an upper-case letter or a digit). Units of fewer than 5 words are not counted.

A sentence (and a pair of neighbouring sentences of one paragraph, since evidence often spans two) is matched on
its letters and digits only (NFKC, lower case), so hyphens, quotes, white space and note marks do not count; the
"as gold" column matches the way halves.py matches evidence (check.py's text, white space and quotes folded).
Each sentence not whole in one passage is put in one kind:
  split      - in the document's passages read in order, across a passage boundary
  heading    - in a heading (a section path, never a passage by design)
  reference  - in a reference-list entry (left out of passages by design)
  elsewhere  - in telusur's document text, but not in its passages (a block left out, or across blocks)
  altered    - not in telusur's text at all: read differently (interleaved with a running line, a footnote or a
               caption, broken at a page break, glyphs, a block dropped)
"lost" = split + elsewhere + altered. A pair split inside one paragraph is one that a long paragraph's pieces cut
between its two sentences. The tuning half prints per format (and, with --show, each unit lost); the
checking half prints one aggregate row only, never its documents.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO.parent / "shared" / "texts"
SPLIT = REPO / "bench" / "texts-split.json"
MIN_WORDS = 5
KINDS = ("split", "heading", "reference", "elsewhere", "altered")


def letters(text: str) -> str:
    """Letters and digits only, NFKC and lower case: what a sentence says, not how it is typeset."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum())


def gold_fold(text: str) -> str:
    """halves.py's reader_fold: check.py's reader text, quotes and white space folded, lower case."""
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", text).replace("**", "").replace("*", "")
    text = text.translate(str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"}))
    return re.sub(r"\s+", " ", text).strip().lower()


# --- the independent reader: file -> paragraphs (lists of lines joined by spaces) ---------------------------------

def _markdown_line(line: str) -> list[str]:
    line = re.sub(r"^(\s*)[-+*]\s", r"\1", line)  # a list item's mark before the emphasis marks go
    line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", line).replace("**", "").replace("*", "")
    line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", line)  # images: their alt text
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)  # links: their text
    line = re.sub(r"<[^>]+>", " ", line)
    line = re.sub(r"^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+|[a-z][.)]\s+)", "", line)
    if line.strip().startswith("|"):
        return [cell for cell in line.split("|") if cell.strip() and not re.fullmatch(r"[\s:-]+", cell)]
    return [line]


def text_paragraphs(raw: str, markdown: bool) -> list[str]:
    """Blank-line paragraphs; in Markdown a heading, list item or table row also starts one; in .txt a line that
    ends a sentence ends one (lines hard-wrapped mid-sentence are joined)."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    if re.search(r"</(?:p|div|li|h\d)>", raw, re.I):  # HTML saved as text: its blocks are paragraphs
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", raw)
        raw = re.sub(r"(?i)<br\s*/?>|</?(?:p|div|li|ol|ul|h\d|section|table|tr|td|th|blockquote)\b[^>]*>", "\n\n", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", "", raw))
    elif markdown:
        raw = html.unescape(raw)
    paras, current = [], []
    for line in raw.split("\n"):
        starts = markdown and re.match(r"\s*(?:#{1,6}\s|[-+*]\s|\d{1,3}[.)]\s|\||!\[)", line)
        # a short line without a stop over a line that starts with a capital: a title, not wrapped text
        title = current and len(current[-1]) < 60 and not re.search(r"[.!?:,;]['\"”’)]?\s*$", current[-1]) \
            and re.match(r"\s*[A-Z]", line)
        if title:
            paras.append(" ".join(current))
            current = []
        if not line.strip() or starts:
            if current:
                paras.append(" ".join(current))
            current = []
        if not line.strip():
            continue
        parts = _markdown_line(line) if markdown else [line]
        if len(parts) != 1:
            paras += parts
            continue
        current.append(parts[0])
        # a Markdown heading or item is one line; a .txt line ending a sentence ends its paragraph
        if starts or not markdown and re.search(r"[.!?:]['\"”’)]?\s*$", line):
            paras.append(" ".join(current))
            current = []
    if current:
        paras.append(" ".join(current))
    return paras


def docx_paragraphs(path: Path) -> list[str]:
    """Every w:p of the main part in document order (table cells, text boxes and content controls too), then the
    footnotes' and endnotes' paragraphs: the XML read directly, so nothing a library skips is missed."""
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    with zipfile.ZipFile(path) as z:
        for part in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml"):
            if part not in z.namelist():
                continue
            for p in etree.fromstring(z.read(part)).iter(f"{w}p"):
                if p.find(f".//{w}p") is not None:
                    continue  # a paragraph holding a text box: its own paragraphs are read
                text = "".join(" " if el.tag in (f"{w}tab", f"{w}br", f"{w}cr") else el.text or ""
                               for el in p.iter(f"{w}t", f"{w}tab", f"{w}br", f"{w}cr"))
                if text.strip():
                    out.append(" ".join(text.split()))
    return out


def html_paragraphs(path: Path) -> list[str]:
    import lxml.html

    tree = lxml.html.fromstring(path.read_bytes())
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    blocks = "p li td th dd dt h1 h2 h3 h4 h5 h6 blockquote pre figcaption caption div section article".split()
    out = []
    for el in tree.iter(*blocks):
        if any(child.tag in blocks for child in el.iterdescendants()):
            own = (el.text or "").strip()  # text of a block that holds blocks: its own leading text only
            if own:
                out.append(own)
            continue
        text = " ".join(el.text_content().split())
        if text:
            out.append(text)
    return out


def pdf_pages(path: Path) -> list[list[str]]:
    """pypdfium2's text of each page, its lines; running lines and page numbers left out."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    pages = []
    for page in pdf:
        text = page.get_textpage().get_text_range()
        pages.append([line.strip() for line in re.split(r"\r\n|\r|\n", text.replace("\x02", "-").replace("\ufffe", "-"))
                      if line.strip()])
    pdf.close()
    shape = Counter()
    for lines in pages:
        for line in {re.sub(r"\d+", "#", x) for x in lines[:3] + lines[-3:]}:
            shape[line] += 1
    running = {s for s, n in shape.items() if n >= 3}
    return [[x for x in lines if re.sub(r"\d+", "#", x) not in running
             and not re.fullmatch(r"[-–]?\s*(?:halaman|hal\.?|page)?\s*[\divxlc]{1,5}\s*[-–]?", x, re.I)]
            for lines in pages]


_NOTE_LINE = re.compile(r"^(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*)\s*[A-Z“\"'(]")
_ITEM_LINE = re.compile(r"^(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s|^[•●▪■◦○➢►\-–]\s")


def pdf_paragraphs(path: Path) -> list[str]:
    """One paragraph per run of lines that does not end a sentence; a page break does not end one. A short line
    without a stop over a capital is a title; a list item starts a paragraph; notes at a page's foot (a number,
    then a capital, in the lower half) are paragraphs of their own, the text above them read on over the page."""
    paras, current, last_short = [], "", False

    def close():
        nonlocal current
        if current:
            paras.append(current)
        current = ""

    for lines in pdf_pages(path):
        notes = next((i for i in range(len(lines) // 2, len(lines)) if _NOTE_LINE.match(lines[i])), len(lines))
        width = sorted(len(x) for x in lines)[len(lines) * 3 // 4] if lines else 0
        for line in lines[:notes]:
            title = last_short and not re.search(r"[.!?:,;]['\"”’)]?$", current) and re.match(r"[A-Z0-9]", line)
            if _ITEM_LINE.match(line) or title:
                close()
            if current.endswith("-") and line[:1].islower():
                current = current[:-1] + line
            else:
                current = f"{current} {line}".strip()
            last_short = len(line) < 0.6 * width
            if re.search(r"[.!?:]['\"”’)]?\d{0,3}$", line):
                close()
        body = current
        current = ""
        for line in lines[notes:]:
            if _NOTE_LINE.match(line):
                close()
            current = f"{current} {line}".strip()
        close()
        current = body
    close()
    return paras


def independent_paragraphs(path: Path) -> list[str]:
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown", ".txt"):
        return text_paragraphs(path.read_bytes().decode("utf-8", errors="replace"), suffix != ".txt")
    if suffix == ".docx":
        return docx_paragraphs(path)
    if suffix in (".html", ".htm"):
        return html_paragraphs(path)
    if suffix == ".pdf":
        return pdf_paragraphs(path)
    raise ValueError(path)


_ABBREVIATIONS = frozenset("dll dsb dst dkk hlm hal no prof dr drs ir st vol ed al h jl pt cv tbk".split())


def sentences(paragraph: str) -> list[str]:
    """A stop (or ? !) then a capital, a digit or a quote starts a sentence; abbreviations and initials do not."""
    out, begin = [], 0
    for m in re.finditer(r"[.!?]+['\"”’)]*[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{0,3}\s+(?=[A-Z0-9\"“(])", paragraph):
        word = re.search(r"(\w+?)[.!?]+['\"”’)]*[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{0,3}\s*$", paragraph[begin:m.end()])
        if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        out.append(paragraph[begin:m.end()].strip())
        begin = m.end()
    out.append(paragraph[begin:].strip())
    return [s for s in out if s]


# --- telusur's view ------------------------------------------------------------------------------------------------

def telusur_view(path: Path, rel: str) -> dict:
    from telusur.chunking import chunk_document
    from telusur.documents import read_document

    doc = read_document(path, rel)
    chunks = chunk_document(doc)
    by_kind: dict[str, list[str]] = {"heading": [], "reference": []}
    for b in doc.blocks:
        if b.kind in by_kind:
            by_kind[b.kind].append(doc.block_text(b))
    passages = [c.text for c in sorted(chunks, key=lambda c: c.start)]
    return {
        "passages": [letters(p) for p in passages],
        "gold_passages": [gold_fold(p) for p in passages],
        "joined": "\x00".join(letters(p) for p in passages),
        "heading": "\x00".join(letters(t) for t in by_kind["heading"]),
        "reference": "\x00".join(letters(t) for t in by_kind["reference"]),
        "text": letters(doc.text),
        "blocks": [letters(doc.block_text(b)) for b in doc.blocks],
        "chars": [len(p) for p in passages],
    }


# Text differences between the source and telusur's passages, tried in turn (each on top of the ones before) on a
# sentence whose letters lie in a passage but which the gold's way of matching does not find there.
DIFFERENCES = (
    ("note marks", lambda t: unicodedata.normalize("NFKC", t)),
    ("dashes", lambda t: re.sub(r"\s*[-‐‑‒–—−]\s*", "-", t)),
    ("markup", lambda t: re.sub(r"[_\\^\[\]`#|>]", "", t)),
    ("spacing", lambda t: re.sub(r"\s+", "", t)),
    ("punctuation", lambda t: re.sub(r"[^\w]", "", t)),
)


def difference(sentence: str, view: dict) -> str:
    """The first kind of difference that, once folded away, lets the gold's matching find the sentence."""
    unit, passage = letters(sentence), None
    passage = next(p for p, lp in zip(view["gold_passages"], view["passages"]) if unit in lp)
    a, b = gold_fold(sentence), passage
    for name, fold in DIFFERENCES:
        a, b = fold(a), fold(b)
        if a in b:
            return name
    return "other"


def kind_of(unit: str, view: dict) -> str | None:
    """None when the unit lies whole in one passage, else where it went."""
    if any(unit in p for p in view["passages"]):
        return None
    if unit in view["joined"].replace("\x00", ""):
        return "split"
    for kind in ("heading", "reference"):
        if unit in view[kind]:
            return kind
    return "elsewhere" if unit in view["text"] else "altered"


def measure(path: Path, rel: str) -> dict:
    view = telusur_view(path, rel)
    out = {"sentences": 0, "pairs": 0, "as_gold": 0, "lost": [], "passages": len(view["passages"]),
           "passage_chars": sum(view["chars"])}
    out.update({k: 0 for k in KINDS})
    out.update({f"pair_{k}": 0 for k in KINDS}, pair_split_in_block=0)
    out.update({f"differs: {name}": 0 for name, _ in DIFFERENCES}, **{"differs: other": 0})
    paras = [[s for s in sentences(para) if letters(s)] for para in independent_paragraphs(path)]
    seen = Counter(letters(s) for sents in paras for s in sents)
    for sents in paras:
        sents = [s for s in sents if seen[letters(s)] < 3]  # a line printed on every page is furniture
        for i, s in enumerate(sents):
            if len(s.split()) >= MIN_WORDS:
                out["sentences"] += 1
                kind = kind_of(letters(s), view)
                if kind:
                    out[kind] += 1
                    out["lost"].append((kind, s))
                g = gold_fold(s)
                if any(g in p for p in view["gold_passages"]):
                    out["as_gold"] += 1
                elif not kind:
                    out["differs: " + difference(s, view)] += 1
            if i + 1 < len(sents):
                pair = f"{s} {sents[i + 1]}"
                if len(pair.split()) >= MIN_WORDS:
                    out["pairs"] += 1
                    kind = kind_of(letters(pair), view)
                    if kind:
                        out[f"pair_{kind}"] += 1
                    if kind == "split" and any(letters(pair) in b for b in view["blocks"]):
                        out["pair_split_in_block"] += 1  # one paragraph cut in pieces between these two sentences
    return out


def fmt_row(name: str, files: int, t: Counter) -> str:
    n, p = max(t["sentences"], 1), max(t["pairs"], 1)
    lost = t["split"] + t["elsewhere"] + t["altered"]
    pair_lost = t["pair_split"] + t["pair_elsewhere"] + t["pair_altered"]
    whole = t["sentences"] - sum(t[k] for k in KINDS)
    return (f"| {name} | {files} | {t['passages']} | {t['passage_chars'] / max(t['passages'], 1):.0f} | "
            f"{t['sentences']} | {whole / n:.3f} | {t['as_gold'] / n:.3f} | {lost} | {t['split']} | {t['elsewhere']} | "
            f"{t['altered']} | {t['heading']} | {t['reference']} | {t['pairs']} | "
            f"{(t['pairs'] - sum(t['pair_' + k] for k in KINDS)) / p:.3f} | {pair_lost} | {t['pair_split']} | "
            f"{t['pair_split_in_block']} |")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", default=None, help="list the tuning half's lost units of this format (or all)")
    parser.add_argument("--json", type=Path, default=None, help="write the tuning half's per-format totals here")
    args = parser.parse_args(argv)
    if not TEXTS.is_dir():
        sys.exit(f"{TEXTS} is absent: nothing to measure")
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    sets = {"default corpus": [(p, p.name) for p in sorted((REPO / "corpus").iterdir()) if p.is_file()]}
    sets.update({half: [(TEXTS / rel, rel) for rel in split[half] if (TEXTS / rel).is_file()]
                 for half in ("tuning", "checking")})
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load {os.getloadavg()[0]:.1f}")
    print("| set | files | passages | mean chars | sentences | whole in a passage | as gold | lost | split | "
          "elsewhere | altered | heading | reference | pairs | pairs whole | pairs lost | pairs split | "
          "of them inside one paragraph |")
    print("| --- |" + " ---: |" * 17)
    totals = {}
    for name, files in sets.items():
        per_format: dict[str, tuple[int, Counter]] = {}
        for path, rel in files:
            result = measure(path, rel)
            fmt = path.suffix.lower().lstrip(".")
            count, t = per_format.setdefault(fmt, (0, Counter()))
            t.update({k: v for k, v in result.items() if k != "lost"})
            per_format[fmt] = (count + 1, t)
            if name == "tuning" and args.show in (fmt, "all"):
                for kind, s in result["lost"]:
                    if kind not in ("heading", "reference"):
                        print(f"  {kind:9} {rel}: {s[:160]}", file=sys.stderr)
        whole = Counter()
        for fmt, (count, t) in sorted(per_format.items()):
            whole.update(t)
            if name == "tuning":
                print(fmt_row(f"tuning .{fmt}", count, t))
        print(fmt_row(f"**{name}**", len(files), whole))
        totals[name] = dict(whole)
    names = [f"differs: {name}" for name, _ in DIFFERENCES] + ["differs: other"]
    print("\nSentences whole in a passage by their letters that the gold's matching misses, by the first difference "
          "that folds them in:\n")
    print("| set | " + " | ".join(n.split(": ")[1] for n in names) + " |")
    print("| --- |" + " ---: |" * len(names))
    for name, t in totals.items():
        print(f"| {name} | " + " | ".join(str(t.get(n, 0)) for n in names) + " |")
    if args.json:
        args.json.write_text(json.dumps(totals, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
