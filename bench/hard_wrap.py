"""Hard-wrapped copies of real texts: do they read as the same passages (and answers) as the texts themselves?

Each .txt/.md of the tuning and checking halves (bench/texts-split.json) and the default text is wrapped with
textwrap at 60, 72 and 80 columns (Markdown headings, quotes, tables and HTML lines left alone, as an editor
would); a passage counts when the wrapped copy has it with the same text (white space aside). "without unwrap" is
the same run with paragraph rebuilding switched off: the baseline. --answers also builds the default text and its
72-column copy and compares the answers to the dev questions (tests/data/eval/questions-dev.jsonl).

    python bench/hard_wrap.py [--answers]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "texts"
DEFAULT_TEXT = ROOT / "corpus" / "definisi-kerjasama-internasional.txt"
WIDTHS = (60, 72, 80)


def wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(line, width) if line.strip() and not line.lstrip().startswith(("#", "|", ">", "<"))
                     else line for line in text.split("\n"))


def passages(path: Path, name: str) -> list[str]:
    from telusur.chunking import chunk_document
    from telusur.documents import read_document

    return [" ".join(c.text.split()) for c in chunk_document(read_document(path, name))]


def agreement(paths: list[Path], folder: Path) -> tuple[int, int]:
    from telusur.documents.decode import decode_bytes

    same = total = 0
    for path in paths:
        base = passages(path, path.name)
        for width in WIDTHS:
            copy = folder / f"{width}-{path.name}"
            copy.write_text(wrap(decode_bytes(path.read_bytes(), path.name), width), encoding="utf-8")
            same += len(set(base) & set(passages(copy, path.name)))
            total += len(base)
    return same, total


def answers(folder: Path) -> tuple[int, int]:
    from telusur.engine import Telusur, build
    from telusur.settings import Settings

    questions = [json.loads(line)["question"] for line in (ROOT / "tests/data/eval/questions-dev.jsonl").open()]
    out = []
    for name, text in (("asli", DEFAULT_TEXT.read_text(encoding="utf-8")),
                       ("dibungkus", wrap(DEFAULT_TEXT.read_text(encoding="utf-8"), 72))):
        (folder / name).mkdir()
        (folder / name / DEFAULT_TEXT.name).write_text(text, encoding="utf-8")
        settings = Settings(corpus=folder / name, index=folder / f"index-{name}")
        build(settings)
        engine = Telusur(settings)
        out.append([" ".join(engine.ask(q).answer.split()) for q in questions])
    return sum(a == b for a, b in zip(*out)), len(questions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", action="store_true", help="also compare answers (builds two indexes)")
    args = parser.parse_args()
    import telusur.documents.markdown as markdown_reader
    import telusur.documents.text as text_reader

    split = json.loads((ROOT / "bench" / "texts-split.json").read_text(encoding="utf-8"))
    halves = {"default text": [DEFAULT_TEXT]}
    for half in ("tuning", "checking"):
        halves[half] = [SHARED / rel for rel in split[half] if rel.endswith((".txt", ".md")) and (SHARED / rel).is_file()]
    real = text_reader.unwrap
    print("| texts | files | passages identical, without unwrap | with unwrap |")
    print("|---|---|---|---|")
    for name, paths in halves.items():
        row = []
        for unwrap in (lambda t: t, real):
            text_reader.unwrap = markdown_reader.unwrap = unwrap
            with tempfile.TemporaryDirectory() as folder:
                same, total = agreement(paths, Path(folder))
            row.append(f"{same}/{total} ({same / max(total, 1):.3f})")
        print(f"| {name} | {len(paths)} | {row[0]} | {row[1]} |")
    if args.answers:
        with tempfile.TemporaryDirectory() as folder:
            same, total = answers(Path(folder))
        print(f"answers to the dev questions identical on the default text wrapped at 72: {same}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
