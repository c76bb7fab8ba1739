"""Which of the team's real documents are here: each folder listed under bench/team-texts/ (FOLDER.jsonl, a row per file
with its repository, path, commit, characters and sha256) checked against ../team/FOLDER beside the repository.

    python bench/team_texts.py

The documents themselves are never committed (outside authors' texts, fetched from the stored public GitHub index and
saved exactly as read_file returned them); a machine that lost ../team restores them from these rows. For each folder:
the files present with the recorded sha256, those that differ, and those absent, each absent one with the read_file
call that restores it (pages joined at next_offset, saved as UTF-8 exactly as returned). One line where ../team is
absent. Always exits 0: it reports, it does not judge.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "bench" / "team-texts"
TEAM_ROOT = REPO.parent / "team"


def rows(listing: Path) -> list[dict]:
    """The rows of one FOLDER.jsonl (blank lines skipped)."""
    return [json.loads(line) for line in listing.read_text(encoding="utf-8").splitlines() if line.strip()]


def state(path: Path, row: dict) -> str:
    """"present" when the file has the recorded sha256, "differs" when it has another, "absent" when it is not there."""
    if not path.is_file():
        return "absent"
    return "present" if hashlib.sha256(path.read_bytes()).hexdigest() == row["sha256"] else "differs"


def restore_call(row: dict) -> str:
    """The read_file call that gives the file back (by id where the commit the text was read at is not known)."""
    if row.get("commit"):
        return f'read_file(repo="{row["repository"]}", path="{row["path"]}", commit="{row["commit"]}")'
    return f'read_file(id="{row["id"]}")  # {row["repository"]} {row["path"]}, commit not known'


def report(sources: Path | None = None, team: Path | None = None) -> list[str]:
    """The report's lines: one per folder and one per file not present as recorded."""
    sources, team = sources or SOURCES, team or TEAM_ROOT
    if not team.is_dir():
        return [f"{team} is absent: no team documents here (bench/team-texts/ says how to restore them)"]
    lines = []
    for listing in sorted(sources.glob("*.jsonl")):
        folder = team / listing.stem
        states = [(row, state(folder / row["file"], row)) for row in rows(listing)]
        counts = {s: sum(1 for _, got in states if got == s) for s in ("present", "differs", "absent")}
        lines.append(f"{listing.stem}: {counts['present']} present, {counts['differs']} differ, "
                     f"{counts['absent']} absent (of {len(states)})")
        for row, got in states:
            if got == "differs":
                lines.append(f"  differs: {row['file']} ({row.get('note') or 'sha256 not as recorded'})")
            elif got == "absent":
                lines.append(f"  absent: {row['file']} <- {restore_call(row)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    for line in report():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
