"""The command line and its JSON contract: one or two tests per command run it as a user runs it (a real subprocess:
the entry point, the exit code, the streams); the others call the same main() in this process (conftest.cli), which
spares each a new interpreter and its imports."""

import json
import subprocess
import sys

import pytest

from conftest import CORPUS, cli, process_env


def run(*args, index_dir, stdin=None, check=True):
    """The command as a process."""
    proc = subprocess.run(
        [sys.executable, "-m", "telusur", *args, "--corpus", str(CORPUS), "--index", str(index_dir)],
        input=stdin, capture_output=True, text=True, env=process_env(), timeout=300,
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def run_here(*args, index_dir, stdin=None, check=True):
    """The command in this process (conftest.cli), over the default corpus."""
    proc = cli(*args, "--corpus", str(CORPUS), "--index", str(index_dir), stdin=stdin)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def built(index_dir, engine):
    """The session index, already built by the engine fixture."""
    return index_dir


def test_ask_json_follows_the_contract(built):
    out = json.loads(run("ask", "--json", "Apa ciri kerjasama tingkat integrasi?", index_dir=built).stdout)
    assert set(out) >= {"question", "searched_for", "abstained", "confidence", "answer", "passages"}
    assert out["abstained"] is False and 0 <= out["confidence"] <= 1
    p = out["passages"][0]
    assert set(p) >= {"rank", "score", "text", "document", "path", "location", "highlights", "citations"}
    assert p["citations"] == [{"label": "Smith dan Hocking (1990: 22)", "authors": ["Smith", "Hocking"],
                               "year": "1990", "pages": "22", "via": None}]
    assert p["location"]["start_paragraph"] <= p["location"]["end_paragraph"]
    assert p["location"]["pages"] is None and p["location"]["section"] == []  # a text file: no pages, no headings
    for start, end in p["highlights"]:  # the highlighted sentences are the ones in the answer
        assert p["text"][start:end].split()[0] in out["answer"]
    assert "[1]" in out["answer"]


def test_ask_plain_output_is_for_people(built):
    out = run_here("ask", "Apa itu kerjasama regional?", index_dir=built).stdout
    assert "[1]" in out and "paragraf" in out


def test_history_makes_a_follow_up_search_with_context(built):
    out = json.loads(run_here("ask", "--json", "Jelaskan yang fungsional", "--history",
                              "Apa saja bentuk kerjasama internasional?", index_dir=built).stdout)
    assert "bentuk kerjasama" in out["searched_for"]
    assert "mendukung fungsi tertentu" in out["passages"][0]["text"]


def test_stdin_json_lines_answer_in_order(built):
    lines = [
        {"question": "Apa tiga tingkatan kerjasama internasional?", "history": []},
        {"question": "Apa ciri yang pertama?", "history": ["Apa tiga tingkatan kerjasama internasional?"]},
        {"question": "Bagaimana cara membuat rendang?"},
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    outs = [json.loads(line) for line in run("ask", "--json", index_dir=built, stdin=stdin).stdout.splitlines()]
    assert [o["question"] for o in outs] == [line["question"] for line in lines]
    assert "Konsensus" in outs[1]["answer"]
    assert outs[2]["abstained"] is True and outs[2]["passages"] == []


@pytest.mark.parametrize("question", ["", "   \t "])
def test_empty_question_is_a_one_line_error(built, question):
    proc = run_here("ask", question, index_dir=built, check=False)
    assert proc.returncode != 0
    assert proc.stderr.count("\n") == 1 and "kosong" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_sources_json_lists_every_cited_work(built):
    out = json.loads(run("sources", "--json", index_dir=built).stdout)
    labels = [s["label"] for s in out["sources"]]
    assert len(labels) == 7 and "Soekanto (1990)" in labels
    soekanto = next(s for s in out["sources"] if s["label"] == "Soekanto (1990)")
    assert [p["pages"] for p in soekanto["passages"]] == ["72", "80"]
    assert set(soekanto["passages"][0]) >= {"text", "document", "location", "pages"}


def test_sources_by_topic_ranks_the_matching_work_first(built):
    out = json.loads(run_here("sources", "--json", "--topic", "tingkatan kerjasama: konsensus, kolaborasi, integrasi",
                              index_dir=built).stdout)
    assert out["sources"][0]["label"] == "Smith dan Hocking (1990)"
    scores = [s["score"] for s in out["sources"]]
    assert scores == sorted(scores, reverse=True)


def test_eval_reports_metrics_and_misses(built, tmp_path):
    cases = tmp_path / "q.jsonl"
    cases.write_text(
        json.dumps({"id": "a", "question": "Apa itu kerjasama ideologi?", "evidence": ["perjuangan kekuasaannya"]}) + "\n"
        + json.dumps({"id": "b", "question": "Siapa pemenang Piala Dunia 2018?"}) + "\n",
        encoding="utf-8",
    )
    out = json.loads(run("eval", str(cases), "--json", index_dir=built).stdout)
    assert out["hit@1"] == 1.0 and out["abstained_correctly"] == 1 and out["missed"] == []


@pytest.mark.parametrize("command", ["build", "ask", "sources", "eval", "serve"])
def test_every_command_has_help_text(command):
    proc = cli(command, "--help")
    assert proc.returncode == 0
    assert "--corpus" in proc.stdout and "--index" in proc.stdout
    for line in proc.stdout.splitlines():
        if line.strip().startswith("--") and "  " not in line.strip():
            continue  # the option's help is on the next line


def run_on(*args, corpus, index, stdin=None):
    """The command on another corpus (run() always adds the default one), in this process."""
    return cli(*args, "--corpus", str(corpus), "--index", str(index), stdin=stdin)


def test_ask_json_rejects_a_long_question_on_stdout_like_the_stream(built):
    question = "Apa itu kerjasama regional? " * 180  # ~5,000 characters
    single = run_here("ask", "--json", question, index_dir=built, check=False)
    assert single.returncode == 1 and single.stderr == ""
    error = json.loads(single.stdout)
    assert set(error) == {"error"} and "terlalu panjang" in error["error"]
    stream = run_here("ask", "--json", index_dir=built, stdin=json.dumps({"question": question}) + "\n", check=False)
    assert stream.returncode == 1
    assert json.loads(stream.stdout) == {**error, "line": 1}


def test_a_missing_corpus_folder_is_the_only_message(tmp_path):
    proc = run_on("ask", "Apa itu kerjasama regional?", corpus=tmp_path / "tidak-ada", index=tmp_path / "index")
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "tidak-ada" in proc.stderr  # names the folder given
    assert "membangun indeks" not in proc.stderr


def test_sources_lists_pages_as_numbers(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "halaman.txt").write_text(
        "Interaksi Sosial\n\n"
        "Kerjasama adalah usaha bersama antara orang perorangan untuk mencapai tujuan bersama (Soekanto, 1990: 105).\n\n"
        "Persaingan adalah proses sosial ketika orang bersaing mencari keuntungan tanpa kekerasan (Soekanto, 1990: 367).\n\n"
        "Akomodasi adalah usaha untuk meredakan pertentangan agar tercapai kestabilan (Soekanto, 1990: 45).\n",
        encoding="utf-8")
    proc = run_on("sources", corpus=corpus, index=tmp_path / "index")
    assert proc.returncode == 0, proc.stderr
    line = next(line for line in proc.stdout.splitlines() if line.startswith("Soekanto (1990)"))
    assert line.endswith("hlm. 45, 105, 367"), line


def test_ask_json_gives_each_passage_a_ready_citation_in_the_style_asked(built):
    out = json.loads(run_here("ask", "--json", "Apa ciri kerjasama tingkat integrasi?", index_dir=built).stdout)
    cite = out["passages"][0]["cite"]
    assert cite["style"] == "apa" and cite["in_text"] == "(Smith & Hocking, 1990, hlm. 22)"
    assert cite["text"].startswith("“") and cite["text"].endswith("” (Smith & Hocking, 1990, hlm. 22).")
    assert cite["references"] == ["Smith dan Hocking (1990): entri daftar pustaka tidak ada di dokumen."]
    harvard = json.loads(run_here("ask", "--json", "--style", "harvard", "Apa ciri kerjasama tingkat integrasi?",
                                  index_dir=built).stdout)
    assert harvard["passages"][0]["cite"]["in_text"] == "(Smith dan Hocking, 1990, hlm. 22)"
    refused = run_here("ask", "--style", "mla", "Apa itu kerjasama regional?", index_dir=built, check=False)
    assert refused.returncode == 1 and "apa, harvard, chicago" in refused.stderr


def test_sources_references_prints_the_reference_list_in_a_style(built):
    lines = run_here("sources", "--references", index_dir=built).stdout.splitlines()
    assert len(lines) == 7 and "Toma & Gorman (1991): entri daftar pustaka tidak ada di dokumen." in lines
    assert lines == sorted(lines, key=str.casefold)  # ordered as a reference list is
