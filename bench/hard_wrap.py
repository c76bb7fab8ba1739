"""Hard-wrapped copies of real texts: do they read as the same passages and answers as the texts themselves?

Each .txt/.md of the tuning and checking halves (bench/texts-split.json) and the default text is wrapped the ways
text gets wrapped, line by line (Markdown headings, quotes, tables and HTML lines left alone, as an editor would):

- textwrap 60/72/80: Python's greedy fill, which also breaks after a hyphen between letters;
- fmt 60/72/80: GNU fmt, which balances a paragraph's lines and aims at 93% of the width, so a line may end well
  short of it with the next word fitting;
- mail 72: a mail client's greedy fill, never breaking at a hyphen, each soft break a trailing space (format=flowed);
- pdf ~80: a paragraph set justified in Times 12 pt over a 14 cm measure (a skripsi page) and exported to text, as
  pdftotext gives it: words hyphenated by Indonesian syllables where the next would not fit ("pengem-" / "bangan"),
  lines of varying length in characters.

The first table is the classic one (textwrap at 60/72/80), with and without paragraph rebuilding (the baseline);
the second gives each wrapper alone. A passage counts when the wrapped copy has it with the same text (white space
aside). --answers builds one index over each set's documents and one per wrapper over the wrapped copies and asks
the questions on them (the tuning half's questions on its .txt/.md; the default corpus dev questions on the default
text; the checking half as one aggregate row): the first passage and the answer's sentences must be the same.
--show prints the passages that differ (default text and tuning half only, never the checking half). --lines counts
a passage the same only with the same line breaks (white space inside a line aside): a passage whose paragraph
break a wrapped copy lost or added reads the same squeezed, but its answer's sentences part differently.

    python bench/hard_wrap.py [--answers] [--show WRAPPER] [--cache DIR] [--lines] [--open]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "texts"
DEFAULT_TEXT = ROOT / "corpus" / "definisi-kerjasama-internasional.txt"
WIDTHS = (60, 72, 80)
_KEEP = ("#", "|", ">", "<")  # lines an editor leaves alone
_KEEP_TABS = {"expand_tabs": False, "replace_whitespace": False}  # an editor keeps a tab ("1.<tab>Tunagrahita")


def wrap_lines(text: str, fill) -> str:
    """Every line that holds prose filled by fill(line) -> wrapped lines (line ends read as the readers read them)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(fill(line) if line.strip() and not line.lstrip().startswith(_KEEP) else line
                     for line in text.split("\n"))


def wrap(text: str, width: int) -> str:
    return wrap_lines(text, lambda line: textwrap.fill(line, width, **_KEEP_TABS))


def fmt(text: str, width: int) -> str:
    """GNU fmt -w width on each prose line (one call: lines sent as paragraphs apart, read back in order)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    prose = [i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith(_KEEP)]
    if not prose:
        return "\n".join(lines)
    sent = "\n\n".join(lines[i].rstrip() for i in prose) + "\n"
    out = subprocess.run(["fmt", "-w", str(width)], input=sent, capture_output=True, text=True, check=True).stdout
    filled = out.rstrip("\n").split("\n\n")
    assert len(filled) == len(prose), "fmt gave back another number of paragraphs"
    for i, block in zip(prose, filled):
        lines[i] = block
    return "\n".join(lines)


def mail(text: str, width: int = 72) -> str:
    """A mail client's fill: greedy, no break at a hyphen, a soft break marked by a trailing space (RFC 3676)."""
    def fill(line: str) -> str:
        return " \n".join(textwrap.wrap(line, width, break_on_hyphens=False, break_long_words=False, **_KEEP_TABS))
    return wrap_lines(text, fill)


_VOWEL = "aeiouAEIOU"
_PAIR = ("ng", "ny", "kh", "sy")  # one sound, never split


def syllable_breaks(word: str) -> list[int]:
    """Where Indonesian hyphenation may break a word of letters ("pengembangan" -> pe-ngem-bang-an, give or take):
    before the last consonant of a run between two vowels, between two vowels (no diphthong), 2+ letters each side."""
    if not word.isalpha() or len(word) < 5:
        return []
    low = word.lower()
    units, i = [], 0
    while i < len(low):  # (start, is_vowel)
        step = 2 if low[i:i + 2] in _PAIR else 1
        units.append((i, low[i] in _VOWEL.lower()))
        i += step
    out = []
    for k in range(1, len(units) - 1):
        start, vowel = units[k]
        if vowel and units[k - 1][1] and low[units[k - 1][0]:start + 1] not in ("ai", "au", "oi"):
            out.append(start)  # "di-a"
        elif not vowel and units[k + 1][1] and any(v for _, v in units[:k]):
            out.append(start)  # before the consonant that opens the next syllable: "pe-ngem-ba-ngan"
    return [b for b in out if 2 <= b <= len(word) - 3]


def pdf_export(text: str, points: float = 397.0, font: str = "Times-Roman", size: float = 12.0) -> str:
    """Each prose line set justified at a measure (greedy, as a word processor does) with Indonesian hyphenation,
    then exported as text: one line per typeset line, single spaces, a broken word's first part ending in "-"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def width(s: str) -> float:
        return stringWidth(s, font, size)

    def fill(line: str) -> str:
        out, current = [], ""
        for word in line.split():
            trial = f"{current} {word}" if current else word
            if width(trial) <= points or not current:
                current = trial
                continue
            m = re.match(r"^(\W*)(\w+)(.*)$", word)
            split = None
            if m and m.group(2).isalpha():
                for b in reversed(syllable_breaks(m.group(2))):
                    head = m.group(1) + m.group(2)[:b] + "-"
                    if width(f"{current} {head}") <= points:
                        split = (head, m.group(2)[b:] + m.group(3))
                        break
            if split:
                out.append(f"{current} {split[0]}")
                current = split[1]
            else:
                out.append(current)
                current = word
        out.append(current)
        return "\n".join(out)
    return wrap_lines(text, fill)


WRAPPERS = {
    **{f"textwrap {w}": (lambda t, w=w: wrap(t, w)) for w in WIDTHS},
    **{f"fmt {w}": (lambda t, w=w: fmt(t, w)) for w in WIDTHS},
    "mail 72": mail,
    "pdf ~80": pdf_export,
}


LINES = False  # --lines: a passage's line breaks count too (the answer's units part at them)


def squeeze(text: str) -> str:
    if LINES:
        return "\n".join(" ".join(line.split()) for line in text.strip().split("\n"))
    return " ".join(text.split())


def passages(path: Path, name: str) -> list[str]:
    from telusur.chunking import chunk_document
    from telusur.documents import read_document

    return [squeeze(c.text) for c in chunk_document(read_document(path, name))]


def original_text(path: Path) -> str:
    from telusur.documents.decode import decode_bytes

    return decode_bytes(path.read_bytes(), path.name)


def agreement(paths: list[Path], folder: Path, wrappers: list[str], show: bool = False) -> tuple[int, int]:
    same = total = 0
    for path in paths:
        base = passages(path, path.name)
        for name in wrappers:
            copy = folder / f"{name.replace(' ', '-').replace('~', '')}-{path.name}"
            copy.write_text(WRAPPERS[name](original_text(path)), encoding="utf-8")
            wrapped = passages(copy, path.name)
            same += len(set(base) & set(wrapped))
            total += len(base)
            if show:
                for p in [p for p in base if p not in set(wrapped)]:
                    print(f"--- {name} {path.name}\n  - {p[:600]}", file=sys.stderr)
                for p in [p for p in wrapped if p not in set(base)]:
                    print(f"  + {p[:600]}", file=sys.stderr)
    return same, total


def text_halves() -> dict[str, list[Path]]:
    split = json.loads((ROOT / "bench" / "texts-split.json").read_text(encoding="utf-8"))
    halves = {"default text": [DEFAULT_TEXT]}
    for half in ("tuning", "checking"):
        halves[half] = [SHARED / rel for rel in split[half]
                        if rel.endswith((".txt", ".md")) and (SHARED / rel).is_file()]
    return halves


def question_sets(halves: dict[str, list[Path]]) -> dict[str, tuple[list[Path], list[str]]]:
    """{set: (documents with questions, questions)}: the halves' questions on their .txt/.md, the default dev set."""
    def load(path: Path) -> list[dict]:
        return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    asked = [dict(q, doc=SHARED / q["doc"]) for q in load(SHARED / "questions.jsonl")]
    asked += [dict(q, doc=SHARED / "more" / q["doc"]) for q in load(SHARED / "more" / "questions.jsonl")]
    dev = load(ROOT / "tests" / "data" / "eval" / "questions-dev.jsonl")
    out = {"default text": ([DEFAULT_TEXT], [q["question"] for q in dev])}
    for half in (h for h in ("tuning", "checking") if h in halves):
        mine = [q for q in asked if q["doc"] in set(halves[half])]
        out[half] = (sorted({q["doc"] for q in mine}), [q["question"] for q in mine])
    return out


def ask_copies(docs: list[Path], questions: list[str], folder: Path, wrappers: list[str]) -> dict[str, list[tuple]]:
    """{"original" or wrapper: [(first passage, answer) per question]}; the indexes share one embedding cache."""
    from telusur.engine import Telusur, build
    from telusur.settings import Settings

    (folder / "cache").mkdir(parents=True, exist_ok=True)  # kept between runs: only new passages are encoded
    out = {}
    for name in ["original"] + wrappers:
        corpus, index = folder / f"corpus-{len(out)}", folder / f"index-{len(out)}"
        for old in (corpus, index):
            shutil.rmtree(old, ignore_errors=True)
        corpus.mkdir()
        index.mkdir()
        for doc in docs:
            text = original_text(doc) if name == "original" else WRAPPERS[name](original_text(doc))
            (corpus / doc.name).write_text(text, encoding="utf-8")
        settings = Settings(corpus=corpus, index=index, embedding_cache=folder / "cache")
        build(settings)
        engine = Telusur(settings)
        rows = []
        for q in questions:
            answer = engine.ask(q)
            shown = answer.related if answer.abstained else answer.passages
            rows.append((squeeze(shown[0].text) if shown else "", squeeze(answer.answer)))
        out[name] = rows
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", action="store_true", help="also compare first passages and answers (builds "
                        "one index per set and wrapper)")
    parser.add_argument("--show", default="", help="print the passages that differ for this wrapper ('all': every "
                        "one) on the default text and the tuning half")
    parser.add_argument("--cache", type=Path, help="a folder for the answer run's indexes (default: a temporary one)")
    parser.add_argument("--open", action="store_true", help="the open texts only (default text, tuning half): no "
                        "checking-half row, for helpers (only the lead runs held-out rows)")
    parser.add_argument("--lines", action="store_true", help="passages are the same only with the same line breaks "
                        "(white space inside a line aside): answers part their sentences at line breaks")
    args = parser.parse_args()
    global LINES
    LINES = args.lines
    import telusur.documents.markdown as markdown_reader
    import telusur.documents.text as text_reader

    halves = text_halves()
    if args.open:
        del halves["checking"]
    real = text_reader.unwrap
    classic = [f"textwrap {w}" for w in WIDTHS]
    print("| texts | files | passages identical, without unwrap | with unwrap |")
    print("|---|---|---|---|")
    for name, paths in halves.items():
        row = []
        for unwrap in (lambda t: t, real):
            text_reader.unwrap = markdown_reader.unwrap = unwrap
            with tempfile.TemporaryDirectory() as folder:
                same, total = agreement(paths, Path(folder), classic)
            row.append(f"{same}/{total} ({same / max(total, 1):.3f})")
        print(f"| {name} | {len(paths)} | {row[0]} | {row[1]} |")
    print("\n| wrapper | " + " | ".join(halves) + " |")
    print("|---" * (len(halves) + 1) + "|")
    for wrapper in WRAPPERS:
        cells = []
        for name, paths in halves.items():
            show = name != "checking" and args.show in (wrapper, "all")
            with tempfile.TemporaryDirectory() as folder:
                same, total = agreement(paths, Path(folder), [wrapper], show)
            cells.append(f"{same}/{total} ({same / max(total, 1):.3f})")
        print(f"| {wrapper} | " + " | ".join(cells) + " |")
    if args.answers:
        answer_table(halves, args.cache)
    return 0


def answer_table(halves: dict[str, list[Path]], cache: Path | None) -> None:
    wrappers = list(WRAPPERS)
    print("\n| set | questions | wrapper | first passage identical | answer identical |")
    print("|---|---|---|---|---|")
    for name, (docs, questions) in question_sets(halves).items():
        with tempfile.TemporaryDirectory() as tmp:
            got = ask_copies(docs, questions, (cache / name.replace(" ", "-")) if cache else Path(tmp), wrappers)
        base = got["original"]
        rows = [(w, sum(a[0] == b[0] for a, b in zip(base, got[w])), sum(a[1] == b[1] for a, b in zip(base, got[w])))
                for w in wrappers]
        if name == "checking":  # one aggregate row: no question's answer is looked at
            rows = [("all", sum(r[1] for r in rows), sum(r[2] for r in rows))]
        n = len(questions) * (len(wrappers) if name == "checking" else 1)
        for wrapper, first, answer in rows:
            print(f"| {name} | {len(questions)} | {wrapper} | {first}/{n} ({first / max(n, 1):.3f}) | "
                  f"{answer}/{n} ({answer / max(n, 1):.3f}) |")
        if name != "checking":
            for w in wrappers:
                for q, a, b in zip(questions, base, got[w]):
                    if a != b:
                        print(f"  differs ({w}) {name}: {q}\n    asli: {a[1][:300]}\n    bungkus: {b[1][:300]}",
                              file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
