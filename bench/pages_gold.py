"""Score the reader on bench/team-texts/pages-gold.json (web pages and views of ../team: phrases read once, code and
placeholders absent, empty layouts refused). Another revision: PYTHONPATH=/other/src python bench/pages_gold.py.
A file whose folder is absent is skipped with one line.

    PYTHONPATH=src python bench/pages_gold.py [--list]"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEAM = REPO.parent / "team"
GOLD = REPO / "bench" / "team-texts" / "pages-gold.json"


def main() -> int:
    from telusur.documents import read_document
    from telusur.errors import CorpusError

    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print each failed check")
    args = parser.parse_args()
    passed = total = skipped = 0
    for row in json.loads(GOLD.read_text(encoding="utf-8"))["files"]:
        path = TEAM / row["file"]
        if not path.exists():
            skipped += 1
            print(f"skipped (absent): {row['file']}")
            continue
        try:
            text, refused = " ".join(read_document(path, path.name).text.split()), False
        except CorpusError:
            text, refused = "", True
        checks = [("refused", refused == row.get("refused", False))]
        checks += [(f"once: {p}", text.count(" ".join(p.split())) == 1) for p in row.get("once", [])]
        checks += [(f"absent: {s}", s not in text) for s in row.get("absent", [])]
        total += len(checks)
        passed += sum(ok for _, ok in checks)
        if args.list:
            for what, ok in checks:
                if not ok:
                    print(f"FAIL {row['file']}: {what}")
    print(json.dumps({"passed": passed, "checks": total, "files_skipped": skipped}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
