"""`telusur eval`: what it counts as a hit, what it reports apart, and that it agrees with `ask --json` counted by hand."""

import json
import os
import subprocess
import sys

import pytest

from conftest import CORPUS, EVAL, SHARED_TEXTS, cli, read_jsonl, shared_questions
from telusur.evaluation import NOT_FOUND, evaluate, load_cases


def telusur(*args, corpus, index, stdin=None):
    """The command as a process (test_cli.py's eval test and the slow agreement test run it so)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "OMP_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "telusur", *args, "--corpus", str(corpus), "--index", str(index)],
                          input=stdin, capture_output=True, text=True, env=env, timeout=600)


def telusur_here(*args, corpus, index):
    """The command in this process (conftest.cli): the same main(), without a new interpreter."""
    return cli(*args, "--corpus", str(corpus), "--index", str(index))


def write_jsonl(path, items):
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return path


@pytest.mark.slow
def test_string_and_list_evidence_give_identical_reports(engine, tmp_path):
    as_lists = read_jsonl("questions-dev.jsonl")
    assert all(isinstance(q["evidence"], list) and len(q["evidence"]) == 1 for q in as_lists)
    path = tmp_path / "q.jsonl"
    reports = []
    for items in (as_lists, [{**q, "evidence": q["evidence"][0]} for q in as_lists]):
        reports.append(evaluate(engine, load_cases(write_jsonl(path, items))).to_dict())
    assert reports[0] == reports[1]
    assert reports[0]["answerable"] == len(as_lists) and reports[0]["evidence_not_found"] == 0


def test_evidence_the_corpus_lacks_is_reported_apart_never_scored(engine, tmp_path):
    """The shared questions against the default corpus (an article on international cooperation): none can be scored."""
    shared = shared_questions()
    report = evaluate(engine, load_cases(write_jsonl(tmp_path / "lain.jsonl", shared))).to_dict()
    assert report["evidence_not_found"] == len(shared) == len(report["not_in_corpus"])
    assert {line["why"] for line in report["not_in_corpus"]} == {NOT_FOUND}
    assert report["answerable"] == 0 and report["hit@1"] == 0 and report["hit@3"] == 0 and report["missed"] == []
    assert report["abstained_wrongly"] == 0  # not asked, so not a wrong abstention either


def test_lines_without_evidence_in_the_corpus_leave_the_other_scores_alone(engine, tmp_path):
    dev = evaluate(engine, load_cases(EVAL / "questions-dev.jsonl")).to_dict()
    mixed = load_cases(EVAL / "questions-dev.jsonl") + load_cases(write_jsonl(tmp_path / "lain.jsonl", shared_questions()))
    both = evaluate(engine, mixed).to_dict()
    assert {k: both[k] for k in ("answerable", "hit@1", "hit@3", "mrr@10")} == \
        {k: dev[k] for k in ("answerable", "hit@1", "hit@3", "mrr@10")}
    assert both["questions"] == dev["questions"] + both["evidence_not_found"]
    assert [f["file"] for f in both["files"]] == [str(EVAL / "questions-dev.jsonl"), str(tmp_path / "lain.jsonl")]
    assert both["files"][1]["evidence_not_found"] == both["files"][1]["questions"]
    assert len(both["documents"]) == 12  # the shared lines carry "doc"; the dev lines do not


def test_cli_reports_evidence_not_found_in_text_and_json(index_dir, engine, tmp_path):
    path = write_jsonl(tmp_path / "lain.jsonl", shared_questions()[:3])
    text = telusur_here("eval", str(path), corpus=CORPUS, index=index_dir)
    assert text.returncode == 0, text.stderr
    assert "3 baris dengan bukti tidak ditemukan di korpus" in text.stdout
    assert text.stdout.count(f"{NOT_FOUND} {path}:") == 3
    out = json.loads(telusur_here("eval", str(path), "--json", corpus=CORPUS, index=index_dir).stdout)
    assert out["evidence_not_found"] == 3 and [x["line"] for x in out["not_in_corpus"]] == [1, 2, 3]
    assert out["not_in_corpus"][0]["doc"] == shared_questions()[0]["doc"]


@pytest.mark.parametrize("evidence", [5, {}, [], [""], ["bukti", 7], None, True, "  "])
def test_evidence_that_is_not_text_is_a_one_line_error(tmp_path, evidence):
    path = write_jsonl(tmp_path / "q.jsonl", [{"question": "Apa itu kerjasama regional?", "evidence": ["regional"]},
                                              {"question": "Apa itu kerjasama?", "evidence": evidence}])
    proc = telusur_here("eval", str(path), corpus=CORPUS, index=tmp_path / "index")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and f"{path}:2" in proc.stderr and "evidence" in proc.stderr
    assert not (tmp_path / "index").exists()  # the file is checked before anything loads or builds


def test_an_abstained_question_is_never_a_hit(engine):
    question = "Siapa pemenang Piala Dunia 2018?"
    answer = engine.ask(question, k=10)
    assert answer.abstained and answer.related, "needs an abstention that still offers related passages"
    evidence = " ".join(answer.related[0].text.split()[:8])  # the top "mungkin terkait" passage holds it
    report = evaluate(engine, [{"id": "x", "question": question, "evidence": [evidence]}]).to_dict()
    assert report["answerable"] == 1 and report["abstained_wrongly"] == 1
    assert report["hit@1"] == report["hit@3"] == report["mrr@10"] == 0
    assert report["missed"][0]["why"].startswith("menolak menjawab")


def test_several_files_report_per_file_and_overall(engine):
    files = [EVAL / "questions-dev.jsonl", EVAL / "out-of-scope-dev.jsonl", EVAL / "conversations-dev.jsonl"]
    report = evaluate(engine, [c for f in files for c in load_cases(f)]).to_dict()
    parts = {p["file"]: p for p in report["files"]}
    assert list(parts) == [str(f) for f in files]
    for key in ("questions", "answerable", "out_of_scope", "abstained_correctly", "evidence_not_found"):
        assert report[key] == sum(p[key] for p in parts.values())
    assert parts[str(files[1])]["out_of_scope"] == len(read_jsonl("out-of-scope-dev.jsonl"))


def folded(text):
    """Written here again on purpose: lower case, curly quotes straight, white space collapsed."""
    for curly, straight in (("“", '"'), ("”", '"'), ("„", '"'), ("‘", "'"), ("’", "'"), ("‚", "'")):
        text = text.replace(curly, straight)
    return " ".join(text.lower().split())


@pytest.mark.slow
def test_eval_agrees_with_a_count_of_ask_json_on_the_shared_texts(shared_texts_index):
    corpus, index = shared_texts_index
    questions = shared_questions()
    proc = telusur("eval", str(SHARED_TEXTS / "questions.jsonl"), "--json", corpus=corpus, index=index)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    stdin = "".join(json.dumps({"question": q["question"]}, ensure_ascii=False) + "\n" for q in questions)
    asked = telusur("ask", "--json", "-k", "10", corpus=corpus, index=index, stdin=stdin)
    assert asked.returncode == 0, asked.stderr
    answers = [json.loads(line) for line in asked.stdout.splitlines()]
    assert [a["question"] for a in answers] == [q["question"] for q in questions]

    not_found = {line["line"] for line in report["not_in_corpus"]}
    # The file was written from these texts; lines stay unfound only where the reader keeps markup the evidence lacks.
    assert len(not_found) <= len(questions) // 2, report["not_in_corpus"]
    ranks = []
    for number, (q, a) in enumerate(zip(questions, answers), 1):
        evidence = folded(q["evidence"])
        shown = a["passages"] + a.get("related", [])
        if number in not_found:  # whatever telusur showed, it cannot hold evidence that is in no document
            assert not any(evidence in folded(p["text"]) for p in shown)
            continue
        hits = [] if a["abstained"] else [p["rank"] for p in a["passages"] if evidence in folded(p["text"])]
        ranks.append(min(hits, default=None))
    n = len(ranks)
    assert report["answerable"] == n == len(questions) - len(not_found)
    assert report["hit@1"] == round(sum(r == 1 for r in ranks) / n, 4)
    assert report["hit@3"] == round(sum(r is not None and r <= 3 for r in ranks) / n, 4)
    assert report["mrr@10"] == round(sum(1 / r for r in ranks if r) / n, 4)
    assert report["abstained_wrongly"] == sum(a["abstained"] for i, a in enumerate(answers, 1) if i not in not_found)
    docs = {d["doc"]: d for d in report["documents"]}
    assert sorted(docs) == sorted({q["doc"] for q in questions})
    assert sum(d["answerable"] for d in docs.values()) == n and all(d["questions"] == 4 for d in docs.values())
