"""What Kutip (the ready citation) costs an answer, beside what the answer costs without it, in one run.

For the passages of ../shared/texts (read and chunked as the index does, no model), every passage's `cite` in each
style with cold caches (a fresh process's first answers) and warm (the same works again); then `Telusur.ask` on one
built text with and without filling `cite` (Telusur._with_cites), alternated, medians.

    python bench/kutip.py [--corpus FOLDER --index FOLDER]   (the ask part needs a built index)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "texts"
QUESTIONS = ["Bagaimana Dayan dan Katz mendefinisikan media events?", "Apa itu viral-based policy?",
             "Apa teori efek media menurut Perse dan Lambe?", "Mengapa protes viral berhasil mengubah kebijakan?"]


def passages():
    from telusur.chunking import chunk_document
    from telusur.citations import build_registry
    from telusur.documents import read_document
    from telusur.query.answer import Passage

    out = []
    for path in sorted(p for p in SHARED.glob("*.*") if p.suffix in (".md", ".txt") and p.name != "SOURCES.md"):
        doc = read_document(path, path.name)
        chunks = chunk_document(doc)
        works = build_registry(chunks, [doc])
        out += [(works, Passage(1, 1.0, c.text, c.document, c.path, c.start_paragraph, c.end_paragraph, (),
                                c.citations, c.location, c.start)) for c in chunks]
    return out


def cite_costs(items) -> None:
    from telusur import cite as kutip

    for style in kutip.STYLES:
        kutip.reference.cache_clear()
        kutip._in_text.cache_clear()
        for label in ("cold", "warm"):
            citers, times = {}, []
            for works, passage in items:
                citer = citers.setdefault(id(works), kutip.Citer(works))
                start = time.perf_counter()
                citer.cite(passage, style)
                times.append(time.perf_counter() - start)
            print(f"cite {style:8} {label}: median {1000 * statistics.median(times):6.1f} ms, "
                  f"p90 {1000 * sorted(times)[int(0.9 * len(times))]:6.1f} ms per passage ({len(times)} passages)")


def ask_costs(corpus: Path, index: Path, rounds: int = 5) -> None:
    from telusur.engine import Telusur
    from telusur.settings import Settings

    engine = Telusur(Settings(corpus=corpus, index=index))
    plain = engine._with_cites
    bare = {"with cite": plain, "without": lambda answer, style: answer}
    engine.ask(QUESTIONS[0])  # load the model, the registry and the style once
    times = {name: [] for name in bare}
    for _ in range(rounds):
        for name, fill in bare.items():
            engine._with_cites = fill
            for question in QUESTIONS:
                start = time.perf_counter()
                engine.ask(question)
                times[name].append(time.perf_counter() - start)
    engine._with_cites = plain
    for name, measured in times.items():
        print(f"ask {name:9}: median {1000 * statistics.median(measured):6.1f} ms ({len(measured)} asks)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--index", type=Path)
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is not here", file=sys.stderr)
        return 1
    print(f"load: {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    cite_costs(passages())
    if args.corpus and args.index:
        ask_costs(args.corpus, args.index)
    return 0


if __name__ == "__main__":
    sys.exit(main())
