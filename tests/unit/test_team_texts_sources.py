"""bench/team_texts.py: each folder listed under bench/team-texts/ is checked against ../team/FOLDER file by file, by
sha256; an absent file is named with the read_file call that restores it; without ../team the report is one line."""

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import team_texts  # noqa: E402


def row(name: str, text: str, **extra) -> dict:
    return {"file": name, "repository": "someone/kuliah", "path": f"catatan/{name}", "commit": "a" * 40,
            "characters": len(text), "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "discipline": "hukum", "format": "Markdown", "note": "", **extra}


def listing(sources: Path, folder: str, rows: list[dict]) -> None:
    sources.mkdir(parents=True, exist_ok=True)
    (sources / f"{folder}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_each_file_is_present_differing_or_absent_and_an_absent_one_says_how_to_restore_it(tmp_path):
    sources, team = tmp_path / "repo" / "bench" / "team-texts", tmp_path / "team"
    kept, edited = "# Asas legalitas\nTiada pidana tanpa undang-undang.\n", "# Wanprestasi\nIngkar janji.\n"
    listing(sources, "kuliah", [row("a--pidana.md", kept), row("b--perdata.md", edited),
                                row("c--agraria.md", "# Hak milik\n")])
    (team / "kuliah").mkdir(parents=True)
    (team / "kuliah" / "a--pidana.md").write_text(kept, encoding="utf-8")
    (team / "kuliah" / "b--perdata.md").write_text(edited + "tambahan\n", encoding="utf-8")
    lines = team_texts.report(sources, team)
    assert lines[0] == "kuliah: 1 present, 1 differ, 1 absent (of 3)"
    assert lines[1].startswith("  differs: b--perdata.md")
    assert lines[2] == ('  absent: c--agraria.md <- read_file(repo="someone/kuliah", path="catatan/c--agraria.md", '
                        f'commit="{"a" * 40}")')
    assert len(lines) == 3


def test_a_file_read_by_id_without_a_known_commit_is_restored_by_its_id(tmp_path):
    sources, team = tmp_path / "bench" / "team-texts", tmp_path / "team"
    listing(sources, "bab2", [row("d--tinjauan.md", "# BAB II\n", commit=None, id="12345")])
    (team / "bab2").mkdir(parents=True)
    lines = team_texts.report(sources, team)
    assert lines == ["bab2: 0 present, 0 differ, 1 absent (of 1)",
                     '  absent: d--tinjauan.md <- read_file(id="12345")  # someone/kuliah catatan/d--tinjauan.md, '
                     "commit not known"]


def test_without_the_team_folder_the_report_is_one_line_and_the_run_exits_0(tmp_path, monkeypatch, capsys):
    sources = tmp_path / "bench" / "team-texts"
    listing(sources, "kuliah", [row("a--pidana.md", "# x\n")])
    monkeypatch.setattr(team_texts, "SOURCES", sources)
    monkeypatch.setattr(team_texts, "TEAM_ROOT", tmp_path / "no-team")
    assert team_texts.report(sources, tmp_path / "no-team")[0].endswith("(bench/team-texts/ says how to restore them)")
    assert team_texts.main([]) == 0
    out = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert len(out) == 1 and "absent" in out[0]
