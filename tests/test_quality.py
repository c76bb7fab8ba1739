"""Answer quality on the development sets for the default corpus (shared/eval, copied into tests/data)."""

import pytest

from conftest import read_jsonl
from telusur.evaluation import evaluate


@pytest.fixture(scope="module")
def questions_report(engine):
    return evaluate(engine, read_jsonl("questions-dev.jsonl"))


def test_dev_questions_rank_their_evidence_first(questions_report):
    r = questions_report.to_dict()
    assert r["hit@1"] >= 0.95, r["missed"]
    assert r["hit@3"] == 1.0, r["missed"]


def test_no_answerable_dev_question_abstains(questions_report):
    assert questions_report.abstained_wrong == 0, questions_report.misses


@pytest.mark.parametrize("case", read_jsonl("out-of-scope-dev.jsonl"), ids=lambda c: c["id"])
def test_out_of_scope_questions_abstain(engine, case):
    answer = engine.ask(case["question"])
    assert answer.abstained, (case["question"], answer.confidence)
    assert answer.passages == ()
    assert "tidak membahas" in answer.answer


@pytest.mark.parametrize("case", read_jsonl("conversations-dev.jsonl"), ids=lambda c: c["id"])
def test_conversations_answer_the_last_turn(engine, case):
    *history, question = case["turns"]
    answer = engine.ask(question, history)
    if case.get("abstain"):
        assert answer.abstained, answer.searched_for
        return
    assert not answer.abstained, answer.searched_for
    top = answer.passages[0].text.lower()
    assert any(e.lower() in top for e in case["evidence"]), answer.searched_for


@pytest.mark.parametrize("question", ["Apa tujuan PBB dalam kerjasama internasional?", "Apa peran ASEAN?"])
def test_a_name_the_text_never_mentions_is_not_answered(engine, question):
    answer = engine.ask(question)
    assert answer.abstained and answer.passages == ()


@pytest.mark.parametrize("question", ["Sebutkan definisi kerjasama menurut Holsti",  # the text spells it Hosti
                                      "Bagaimana Dougherty dan Pfaltzgraff mengartikan kerjasama?",
                                      "What Is Functional Cooperation?"])
def test_misspelled_or_foreign_names_still_answer(engine, question):
    assert not engine.ask(question).abstained


def test_an_enumeration_answer_names_every_item(engine):
    answer = engine.ask("Apa saja bentuk kerjasama internasional?")
    assert "empat bentuk" in answer.answer, answer.answer
    for form in ("Multilateral", "Regional", "Fungsional", "ideologi"):
        assert form in answer.answer, answer.answer
    assert len(answer.passages[0].highlights) >= 5  # the lead-in and each item's title, marked where they stand


def test_a_follow_up_says_where_it_was_looked_for(engine):
    answer = engine.ask("Jelaskan yang fungsional", ["Apa saja bentuk kerjasama internasional?"])
    assert "(dalam: " in answer.searched_for
    assert "mendukung fungsi tertentu" in answer.passages[0].text
