"""PDF reading time per page, this tree's reader beside the reader of an earlier revision, on every PDF under
../shared/texts (by half: bench/texts-split.json; the checking half as one row, never per file), and what the reader finds: printed page numbers, two-column
pages, text left out as gibberish. With --encode, the share of a build that reading takes: the chunks of the
tuning and checking sample files are encoded once with the default e5 encoder.

    python bench/read_pdfs.py [--baseline f37f79a~1] [--rounds 3] [--encode]

The baseline reader is the file src/telusur/documents/pdf.py at that revision, loaded beside this one; both read
the same bytes in turn, round after round, so load on the shared machine hits both alike.

Flow: of the paragraphs of 40 characters or more, the share that start with a lower-case letter or end without a
sentence's closing mark; both point at a paragraph cut in the wrong place (a column read across, a page furniture
line inside, every line its own paragraph). Lower is better; a real text has a few of both (a table cell, a list's
lead-in).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from read_formats import encode_seconds  # bench/ is on the path when this script runs

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT.parent / "shared" / "texts"
SAMPLES = {"tuning": "more/Pantana--smarthome-raspberry-pi-bab2.pdf",
           "checking": "formats/murnati--evote-osis-tinjauan-pustaka-bab2.pdf"}


def load_baseline(revision: str):
    source = subprocess.run(["git", "show", f"{revision}:src/telusur/documents/pdf.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "pdf_baseline.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("pdf_baseline", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def halves() -> dict[str, str]:
    split = json.loads((ROOT / "bench" / "texts-split.json").read_text(encoding="utf-8"))
    return {rel: half for half in ("tuning", "checking") for rel in split[half]}


def flow(doc) -> tuple[int, int, int]:
    """(paragraphs of 40+ characters, of them starting lower-case, of them ending mid-sentence)."""
    paras = [doc.block_text(b) for b in doc.blocks if b.kind == "paragraph" and len(doc.block_text(b)) >= 40]
    return (len(paras), sum(p[0].islower() for p in paras),
            sum(not p.rstrip().endswith((".", "!", "?", ":", '"', "”", ")")) for p in paras))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="f37f79a~1", help="git revision of the reader to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--encode", action="store_true", help="also encode the sample files' chunks")
    args = parser.parse_args()
    if not TEXTS.is_dir():
        sys.exit(f"{TEXTS} is absent: nothing to measure")
    from telusur.documents import pdf

    baseline = load_baseline(args.baseline)
    half_of = halves()
    files = sorted(TEXTS.rglob("*.pdf"))
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load {os.getloadavg()[0]:.1f}, "
          f"{args.rounds} rounds, baseline {args.baseline}")
    print("| file | half | pages | baseline ms/page | ours ms/page | printed pages | two-column pages | "
          "glyphs left out |")
    print("| --- | --- | ---: | ---: | ---: | --- | ---: | ---: |")
    totals: dict[str, list[float]] = {}
    for path in files:
        rel = path.relative_to(TEXTS).as_posix()
        raw = path.read_bytes()
        times = {"baseline": [], "ours": []}
        docs = {}
        for _ in range(args.rounds + 1):  # the first round warms up
            for name, reader in (("baseline", baseline), ("ours", pdf)):
                t0 = time.perf_counter()
                docs[name] = doc = reader.read(raw, rel)
                times[name].append(time.perf_counter() - t0)
        pages, (_, _, labels) = pdf._read_pages(raw, rel)
        printed = pdf.printed_pages(pages, pdf._drop_running_lines(pages), labels)
        shown = "labels" if any(labels) else (f"{printed[min(printed)]}..{printed[max(printed)]}" if printed else "-")
        old, new = (statistics.median(times[n][1:]) * 1000 / doc.pages for n in ("baseline", "ours"))
        half = half_of.get(rel, "-")
        two_column, dropped = sum(p.gutter is not None for p in pages), sum(p.dropped for p in pages)
        for key in (half, "all"):
            t = totals.setdefault(key, [0, 0.0, 0.0] + [0] * 8)
            t[0] += doc.pages
            t[1] += old * doc.pages
            t[2] += new * doc.pages
            for k, n in enumerate(flow(docs["baseline"]) + flow(docs["ours"])):
                t[3 + k] += n
            t[9] += two_column
            t[10] += dropped
        if half != "checking":  # the checking half is seen as one row only
            print(f"| {rel} | {half} | {doc.pages} | {old:.1f} | {new:.1f} | {shown} | {two_column} | {dropped} |")
    for key, (n, old, new, *_, two_column, dropped) in totals.items():
        print(f"| **{key}** | | {n} | {old / n:.1f} | {new / n:.1f} | | {two_column} | {dropped} |")
    print("\n| half | paragraphs (baseline / ours) | start lower-case | end mid-sentence |")
    print("| --- | ---: | ---: | ---: |")
    for key, (*_, bn, blow, bopen, on, olow, oopen, _, _) in totals.items():
        print(f"| {key} | {bn} / {on} | {blow / max(bn, 1):.1%} -> {olow / max(on, 1):.1%} | "
              f"{bopen / max(bn, 1):.1%} -> {oopen / max(on, 1):.1%} |")
    if args.encode:
        from telusur.chunking import chunk_document
        from telusur.documents import read_document

        print("\n| sample | half | pages | chunks | ours reading ms/page | encoding ms/page | reading share of build |")
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
        for half, rel in SAMPLES.items():
            raw = (TEXTS / rel).read_bytes()
            t0 = time.perf_counter()
            doc = pdf.read(raw, rel)
            reading = time.perf_counter() - t0
            chunks = chunk_document(read_document(TEXTS / rel, rel))
            enc = encode_seconds([c.embed_text for c in chunks])
            print(f"| {rel} | {half} | {doc.pages} | {len(chunks)} | {reading * 1000 / doc.pages:.1f} | "
                  f"{enc * 1000 / doc.pages:.0f} | {reading / (reading + enc):.1%} |")


if __name__ == "__main__":
    main()
