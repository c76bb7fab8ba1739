"""Quality on texts the project's questions were not written for: the six shared texts without questions
(VarrelB, kelompok-sosial, remedial, tunagrahita, kesulitan-belajar, profitabilitas) indexed as one course, with
our own questions (tests/data/texts/questions-extra.jsonl) and out-of-scope questions (out-of-scope-extra.jsonl),
written after the answer and abstention rules were set on the other texts.

    python bench/texts_extra.py [--index DIR] [--misses]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from texts_quality import REPO, SHARED, out_of_scope, score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=None, help="reuse this index folder (kept between runs)")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    from telusur.engine import open_built
    from telusur.settings import Settings

    data = REPO / "tests" / "data" / "texts"
    questions = [json.loads(x) for x in open(data / "questions-extra.jsonl", encoding="utf-8") if x.strip()]
    declined = [json.loads(x) for x in open(data / "out-of-scope-extra.jsonl", encoding="utf-8") if x.strip()]
    corpus = Path(tempfile.mkdtemp()) / "extra"
    corpus.mkdir()
    for doc in sorted({q["doc"] for q in questions}):
        shutil.copy(SHARED / "texts" / doc, corpus / doc)
    engine = open_built(Settings(corpus=corpus, index=args.index or corpus.parent / "index"))
    result, misses = score(engine, questions)
    print(f"six more texts ({len(questions)} q):", json.dumps(result))
    if args.misses:
        for m in misses:
            print("  miss", m)
    right, n = out_of_scope(engine, declined)
    print(f"six more texts out-of-scope: {right}/{n} abstained")
    return 0


if __name__ == "__main__":
    sys.exit(main())
