"""bench/halves.py: a team set may ask about the team's fresh documents, kept in ../team/texts next to the repository
(never committed) and named in its rows as "team:FILE". Such a set's index holds them beside the tuning half's
documents as distractors; where the folder is absent (a fresh clone) the run says so in one line and skips the set."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import halves  # noqa: E402


def test_a_team_document_is_linked_from_the_team_folder_beside_the_shared_ones(tmp_path, monkeypatch):
    shared, team = tmp_path / "shared" / "texts", tmp_path / "team" / "texts"
    (shared / "more").mkdir(parents=True)
    team.mkdir(parents=True)
    for path in (shared / "ispa.md", shared / "more" / "stunting.html", team / "someone--tbc-faq.md"):
        path.write_text("# x\n", encoding="utf-8")
    monkeypatch.setattr(halves, "TEXTS", shared)
    monkeypatch.setattr(halves, "TEAM_TEXTS", team, raising=False)
    corpus = halves.half_corpus(tmp_path / "index-folder", ["ispa.md", "more/stunting.html", "team:someone--tbc-faq.md"])
    links = {p.name: p.resolve() for p in corpus.iterdir()}
    assert links == {"ispa.md": (shared / "ispa.md").resolve(),
                     "stunting.html": (shared / "more" / "stunting.html").resolve(),
                     "someone--tbc-faq.md": (team / "someone--tbc-faq.md").resolve()}
    assert halves.doc_path("more/stunting.html") == shared / "more" / "stunting.html"


def test_a_cached_link_into_a_tree_since_deleted_points_to_the_document_anew(tmp_path, monkeypatch):
    # an index folder copied from another working tree keeps links into that tree; once it is gone they dangle
    old, shared = tmp_path / "old-tree" / "texts", tmp_path / "shared" / "texts"
    for folder in (old, shared):
        folder.mkdir(parents=True)
        (folder / "ispa.md").write_text("# x\n", encoding="utf-8")
    monkeypatch.setattr(halves, "TEXTS", old)
    halves.half_corpus(tmp_path / "index-folder", ["ispa.md"])
    (old / "ispa.md").unlink()
    monkeypatch.setattr(halves, "TEXTS", shared)
    corpus = halves.half_corpus(tmp_path / "index-folder", ["ispa.md"])
    assert (corpus / "ispa.md").resolve() == (shared / "ispa.md").resolve() and (corpus / "ispa.md").exists()


def test_a_set_on_team_documents_is_skipped_in_one_line_where_the_folder_is_absent(tmp_path, monkeypatch, capsys):
    rows = tmp_path / "team-questions-x.jsonl"
    rows.write_text('{"about": "a set"}\n'
                    '{"question": "apa itu TBC", "doc": "team:someone--tbc-faq.md", "evidence": "penyakit menular"}\n'
                    '{"question": "resep rendang"}\n', encoding="utf-8")
    monkeypatch.setattr(halves, "TEAM_SETS", {"teamx": (rows, "team set x")})
    monkeypatch.setattr(halves, "TEAM_TEXTS", tmp_path / "no-team" / "texts", raising=False)
    monkeypatch.setattr(halves, "half_questions", lambda: {"tuning": {"docs": [], "questions": [], "out_of_scope": []}})
    monkeypatch.setattr(halves, "run_team", lambda *a, **k: (_ for _ in ()).throw(AssertionError("ran the set")))
    assert halves.main(["--only", "teamx", "--cache", str(tmp_path / "cache")]) == 0
    said = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(said) == 1 and said[0].startswith("team set x needs ../team/texts") and said[0].endswith("skipped")


def test_a_later_set_names_its_own_team_folder_and_is_skipped_naming_it(tmp_path, monkeypatch, capsys):
    root = tmp_path / "team"
    (root / "texts").mkdir(parents=True)
    (root / "texts21").mkdir()
    (root / "texts" / "a--notes.md").write_text("# a\n", encoding="utf-8")
    (root / "texts21" / "b--kuliah.html").write_text("<h1>b</h1>\n", encoding="utf-8")
    monkeypatch.setattr(halves, "TEAM_ROOT", root, raising=False)
    monkeypatch.setattr(halves, "TEAM_TEXTS", root / "texts")
    # a bare name stays in the first folder (set 20's rows), a name with a folder is found in that folder of ../team
    assert halves.doc_path("team:a--notes.md") == root / "texts" / "a--notes.md"
    assert halves.doc_path("team:texts21/b--kuliah.html") == root / "texts21" / "b--kuliah.html"
    corpus = halves.half_corpus(tmp_path / "index-folder", ["team:a--notes.md", "team:texts21/b--kuliah.html"])
    assert {p.name: p.resolve() for p in corpus.iterdir()} == {
        "a--notes.md": (root / "texts" / "a--notes.md").resolve(),
        "b--kuliah.html": (root / "texts21" / "b--kuliah.html").resolve()}
    # its folder absent: one line naming that folder, the set not run, the run goes on
    rows = tmp_path / "team-questions-y.jsonl"
    rows.write_text('{"about": "a set"}\n'
                    '{"question": "asas legalitas itu apa", "doc": "team:texts21/b--kuliah.html", "evidence": "tiada pidana"}\n'
                    '{"question": "cara merawat sepeda"}\n', encoding="utf-8")
    monkeypatch.setattr(halves, "TEAM_SETS", {"teamy": (rows, "team set y")})
    monkeypatch.setattr(halves, "TEAM_ROOT", tmp_path / "elsewhere", raising=False)
    monkeypatch.setattr(halves, "half_questions", lambda: {"tuning": {"docs": [], "questions": [], "out_of_scope": []}})
    monkeypatch.setattr(halves, "run_team", lambda *a, **k: (_ for _ in ()).throw(AssertionError("ran the set")))
    assert halves.main(["--only", "teamy", "--cache", str(tmp_path / "cache")]) == 0
    said = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(said) == 1 and said[0].startswith("team set y needs ../team/texts21 (") and said[0].endswith("skipped")
    assert "python bench/team_texts.py says how to restore them" in said[0]  # what to do next, not only what is missing


def test_team_set_21_reads_its_own_folder():
    assert "team21" in halves.TEAM_SETS
    rows = [q for q in halves.team_questions("team21") if q.get("doc")]
    assert rows and all(q["doc"].startswith("team:texts21/") for q in rows)


def test_team_set_22_reads_its_own_folder_and_can_be_restored():
    assert "team22" in halves.TEAM_SETS
    rows = halves.team_questions("team22")
    answerable = [q for q in rows if q.get("doc")]
    assert len(answerable) == 100 and len(rows) == 120
    assert all(q["doc"].startswith("team:texts22/") and 4 <= len(q["evidence"].split()) <= 15 for q in answerable)
    # every document the set names has a row saying where it came from, so a later session can restore the folder
    restore = {r["file"]: r for r in halves.load(halves.REPO / "bench" / "team-texts" / "texts22.jsonl")}
    named = {q["doc"].split("/", 1)[1] for q in answerable} | {q["near"].split("/", 1)[1] for q in rows if q.get("near")}
    assert named == set(restore)
    assert all(len(r["commit"]) == 40 and len(r["sha256"]) == 64 and r["characters"] > 3000 for r in restore.values())


def test_team_set_23_reads_its_own_folder_and_can_be_restored():
    assert "team23" in halves.TEAM_SETS
    rows = halves.team_questions("team23")
    answerable = [q for q in rows if q.get("doc")]
    assert len(answerable) == 100 and len(rows) == 120
    assert all(q["doc"].startswith("team:texts23/") and 4 <= len(q["evidence"].split()) <= 15 for q in answerable)
    # every document the set names has a row saying where it came from, so a later session can restore the folder
    restore = {r["file"]: r for r in halves.load(halves.REPO / "bench" / "team-texts" / "texts23.jsonl")}
    named = {q["doc"].split("/", 1)[1] for q in answerable} | {q["near"].split("/", 1)[1] for q in rows if q.get("near")}
    assert named == set(restore)
    assert all(len(r["commit"]) == 40 and len(r["sha256"]) == 64 and r["characters"] > 3000 for r in restore.values())


def test_lost_text_refuses_the_folders_of_held_out_sets_and_of_the_judge_read_from_halves(monkeypatch):
    import lost_text  # bench/lost_text.py: --share --folder NAME reads a ../team folder

    monkeypatch.setattr(halves, "OPEN_SETS", tuple(n for n in halves.TEAM_SETS if n != "team21") + ("tuning",))
    monkeypatch.setattr(halves, "JUDGE", "team20")  # its rows name bare "team:FILE" documents: folder texts
    assert lost_text.held_out_folders() == {"texts21", "texts"}
    monkeypatch.setattr(halves, "OPEN_SETS", tuple(halves.TEAM_SETS) + ("tuning",))
    monkeypatch.setattr(halves, "JUDGE", "team22")
    assert lost_text.held_out_folders() == {"texts22"}  # every set open: only the judge's folder is refused


def test_team_set_24_reads_its_own_folder_and_can_be_restored():
    assert "team24" in halves.TEAM_SETS
    rows = halves.team_questions("team24")
    answerable = [q for q in rows if q.get("doc")]
    assert len(answerable) == 100 and len(rows) == 120
    assert all(q["doc"].startswith("team:texts24/") and 4 <= len(q["evidence"].split()) <= 15 for q in answerable)
    # every document the set names has a row saying where it came from, so a later session can restore the folder
    restore = {r["file"]: r for r in halves.load(halves.REPO / "bench" / "team-texts" / "texts24.jsonl")}
    named = {q["doc"].split("/", 1)[1] for q in answerable} | {q["near"].split("/", 1)[1] for q in rows if q.get("near")}
    assert named == set(restore)
    assert all(len(r["commit"]) == 40 and len(r["sha256"]) == 64 and r["characters"] > 3000 for r in restore.values())


def test_team_set_25_reads_its_own_folder_and_can_be_restored():
    assert "team25" in halves.TEAM_SETS
    rows = halves.team_questions("team25")
    answerable = [q for q in rows if q.get("doc")]
    assert len(answerable) == 100 and len(rows) == 120
    assert all(q["doc"].startswith("team:texts25/") and 4 <= len(q["evidence"].split()) <= 15 for q in answerable)
    # every document the set names has a row saying where it came from, so a later session can restore the folder
    restore = {r["file"]: r for r in halves.load(halves.REPO / "bench" / "team-texts" / "texts25.jsonl")}
    named = {q["doc"].split("/", 1)[1] for q in answerable} | {q["near"].split("/", 1)[1] for q in rows if q.get("near")}
    assert named == set(restore)
    assert all(len(r["commit"]) == 40 and len(r["sha256"]) == 64 and r["characters"] > 3000 for r in restore.values())


def test_team_set_26_reads_its_own_folder_and_can_be_restored():
    assert "team26" in halves.TEAM_SETS
    rows = halves.team_questions("team26")
    answerable = [q for q in rows if q.get("doc")]
    assert len(answerable) == 100 and len(rows) == 120
    assert all(q["doc"].startswith("team:texts26/") and 4 <= len(q["evidence"].split()) <= 15 for q in answerable)
    # every document the set names has a row saying where it came from, so a later session can restore the folder
    restore = {r["file"]: r for r in halves.load(halves.REPO / "bench" / "team-texts" / "texts26.jsonl")}
    named = {q["doc"].split("/", 1)[1] for q in answerable} | {q["near"].split("/", 1)[1] for q in rows if q.get("near")}
    assert named == set(restore)
    assert all(len(r["commit"]) == 40 and len(r["sha256"]) == 64 and r["characters"] > 3000 for r in restore.values())


def test_team_set_27_reads_its_own_folder_and_can_be_restored():
    assert "team27" in halves.TEAM_SETS
    rows = halves.team_questions("team27")
    answerable = [q for q in rows if q.get("doc")]
    assert len(answerable) == 100 and len(rows) == 120
    assert all(q["doc"].startswith("team:texts27/") and 4 <= len(q["evidence"].split()) <= 15 for q in answerable)
    # every document the set names has a row saying where it came from, so a later session can restore the folder
    restore = {r["file"]: r for r in halves.load(halves.REPO / "bench" / "team-texts" / "texts27.jsonl")}
    named = {q["doc"].split("/", 1)[1] for q in answerable} | {q["near"].split("/", 1)[1] for q in rows if q.get("near")}
    assert named == set(restore)
    assert all(len(r["commit"]) == 40 and len(r["sha256"]) == 64 and r["characters"] > 3000 for r in restore.values())


def test_team_set_28_reads_its_own_folder_and_can_be_restored():
    assert "team28" in halves.TEAM_SETS
    rows = halves.team_questions("team28")
    answerable = [q for q in rows if q.get("doc")]
    assert len(answerable) == 100 and len(rows) == 120
    assert all(q["doc"].startswith("team:texts28/") and 4 <= len(q["evidence"].split()) <= 15 for q in answerable)
    # every document the set names has a row saying where it came from, so a later session can restore the folder
    restore = {r["file"]: r for r in halves.load(halves.REPO / "bench" / "team-texts" / "texts28.jsonl")}
    named = {q["doc"].split("/", 1)[1] for q in answerable} | {q["near"].split("/", 1)[1] for q in rows if q.get("near")}
    assert named == set(restore)
    assert all(len(r["commit"]) == 40 and len(r["sha256"]) == 64 and r["characters"] > 3000 for r in restore.values())


def test_team_set_29_reads_its_own_folder_and_can_be_restored():
    assert "team29" in halves.TEAM_SETS
    rows = halves.team_questions("team29")
    answerable = [q for q in rows if q.get("doc")]
    assert len(answerable) == 100 and len(rows) == 120
    assert all(q["doc"].startswith("team:texts29/") and 4 <= len(q["evidence"].split()) <= 15 for q in answerable)
    # every document the set names has a row saying where it came from, so a later session can restore the folder
    restore = {r["file"]: r for r in halves.load(halves.REPO / "bench" / "team-texts" / "texts29.jsonl")}
    named = {q["doc"].split("/", 1)[1] for q in answerable} | {q["near"].split("/", 1)[1] for q in rows if q.get("near")}
    assert named == set(restore)
    assert all(len(r["commit"]) == 40 and len(r["sha256"]) == 64 and r["characters"] > 3000 for r in restore.values())


def test_team_set_30_is_held_out_reads_its_own_folder_and_can_be_restored():
    assert "team30" in halves.TEAM_SETS and "team30" not in halves.OPEN_SETS and halves.held_out(["team30"])
    assert halves.held_out(["team9", "team30"]).startswith("not an open set: team30")
    rows = halves.team_questions("team30")
    answerable = [q for q in rows if q.get("doc")]
    assert len(answerable) == 100 and len(rows) == 120
    assert all(q["doc"].startswith("team:texts30/") and 4 <= len(q["evidence"].split()) <= 15 for q in answerable)
    # every document the set names has a row saying where it came from, so a later session can restore the folder
    restore = {r["file"]: r for r in halves.load(halves.REPO / "bench" / "team-texts" / "texts30.jsonl")}
    named = {q["doc"].split("/", 1)[1] for q in answerable} | {q["near"].split("/", 1)[1] for q in rows if q.get("near")}
    assert named == set(restore)
    assert all(len(r["commit"]) == 40 and len(r["sha256"]) == 64 and r["characters"] > 3000 for r in restore.values())
