"""The bounds of follow-up detection (query/conversation.py): what makes a short question lean on the turn before,
and where a question names enough of its own subject to stand alone. Each case is one a mutant of the rule passed
(a condition dropped, a comparison or a count moved by one) while every other unit test still passed."""

import pytest

from telusur.query.conversation import is_follow_up, ordinal


@pytest.mark.parametrize("question", ["Kenapa?", "Mengapa begitu?"])
def test_a_question_of_question_words_alone_leans_on_the_turn_before(question):
    # no word of its own to search for: it can only be about what was asked before
    assert is_follow_up(question)


@pytest.mark.parametrize("question", ["Apa itu inflasi?", "Siapa Soekanto?"])
def test_a_question_naming_one_word_of_its_own_subject_stands_alone(question):
    # one content word and nothing pointing back ("itu" before its noun is no pointer; no ordinal, no "-nya")
    assert not is_follow_up(question)


def test_a_question_pointing_back_with_three_words_of_its_own_stands_alone():
    # "terus" opens a follow-up of two content words at most; with three it names its own subject
    assert is_follow_up("Terus apa dampak krisis?")
    assert not is_follow_up("Terus apa dampak krisis ekonomi?")


@pytest.mark.parametrize("question", ["Ketiga?", "keempat"])
def test_a_bare_ordinal_alone_is_a_follow_up(question):
    # the ordinal is the whole question: nothing after its first word names what it counts
    assert is_follow_up(question)


@pytest.mark.parametrize("question, position", [("Bagaimana yang kedua dihitung?", 2), ("Apa yang pertama diukur?", 1)])
def test_yang_and_an_ordinal_name_a_position_whatever_word_follows(question, position):
    # "yang kedua" is a position even before a content word ("dihitung"); a bare "kedua negara" is not (the ordinal
    # before its noun: test_conversation)
    assert ordinal(question) == position
