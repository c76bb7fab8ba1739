"""Example questions on every shared text (../shared/texts, all folders): each one well-formed Indonesian whose topic
words the text uses, and answered when asked of that text (indexed with the unit layer's stub encoder, no model)."""

import pytest

from conftest import SHARED_TEXTS
from .test_examples import well_formed

FORMATS = (".md", ".txt", ".pdf", ".docx", ".html")


def _shared_texts() -> list:
    if not SHARED_TEXTS.is_dir():
        pytest.skip(f"{SHARED_TEXTS} is not here (the team's shared data sits beside the project)")
    return sorted(p for p in SHARED_TEXTS.rglob("*") if p.suffix in FORMATS and p.name != "SOURCES.md")


@pytest.mark.slow
def test_every_example_question_of_every_shared_text_is_well_formed(shared_read):
    from telusur.examples import example_questions

    broken, made = [], 0
    for path in _shared_texts():
        report, doc, chunks = shared_read[path.relative_to(SHARED_TEXTS).as_posix()]  # read once for the session
        assert doc is not None, report.reason
        for question in example_questions(chunks, 8):
            made += 1
            if well_formed(question, doc.text):
                broken.append((path.name, question, well_formed(question, doc.text)))
    assert made >= 100, made  # most texts give some: none at all would pass the check too easily
    assert not broken, broken


@pytest.mark.slow
def test_example_questions_are_answered_by_their_text(course):
    unanswered, asked = [], 0
    for path in _shared_texts():
        if path.suffix not in (".md", ".txt"):
            continue  # the cheap ones: reading PDFs and Word files adds nothing to what this checks
        engine = course({path.name: path.read_bytes()})
        for question in engine.examples(4):
            asked += 1
            if engine.ask(question).abstained:
                unanswered.append((path.name, question))
    assert asked >= 40, asked
    assert len(unanswered) <= 0.1 * asked, unanswered
