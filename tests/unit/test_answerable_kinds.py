"""Kinds of answerable question the abstention declined (issue 15), each met by a rule over its kind and tested here on
hand-made texts in other words than the question that taught it: a law named by its short form, an English question
opened by a clause, an acronym the best passage writes out, a word that frames the question or sets two terms
against each other, an English word the text writes in another form, chat forms of verbs and of "saat"."""

import pytest

from telusur.query.ranker import is_english


@pytest.mark.parametrize("question", ["Under Pasal 5, how many rest days must workers get?",
                                      "At small firms, which tax rate applies?",
                                      "After segmentation, what comes next?"])
def test_an_english_question_opened_by_a_clause_is_english(question):
    """The asking word opens what follows the comma; the clause before it sets the frame. An Indonesian question
    stays Indonesian."""
    assert is_english(question)


@pytest.mark.parametrize("question", ["Untuk usaha kecil, tarif pajaknya berapa?", "Menurut Kotler, segmentasi apa?"])
def test_an_indonesian_question_opened_by_a_clause_is_not_english(question):
    assert not is_english(question)
