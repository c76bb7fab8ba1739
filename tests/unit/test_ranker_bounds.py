"""Bounds of the fitted ranker's features (query/ranker.py) that no unit case held: a mutation pass over ranker.py
(each condition forced or dropped, each comparison and constant moved, replayed over every call the open sets make
into it, then the unit tests run) left these alive. Made-up texts, with the stub encoder."""

from __future__ import annotations

import pytest

from telusur.query.ranker import asks, definition_focus, english_share, is_english

from .test_ranker import PEMASARAN


@pytest.mark.parametrize("question, absent", [
    ("Apa yang dimaksud dengan bauran harga digital?", True),  # three words, never in one passage: a term not written
    ("Apa yang dimaksud dengan bauran harga promosi digital?", False),  # four: most of the question, says nothing
])
def test_a_term_of_at_most_focus_tokens_words_can_be_absent_and_a_longer_one_cannot(course, retriever_of, question,
                                                                                    absent, question_features):
    """ranker.FOCUS_TOKENS (3) is where a definition question's "term" stops being a term: up to three words, no
    passage writing them all is a term the text never defines; four or more are most of the question."""
    engine = course({"pemasaran.md": PEMASARAN})
    assert retriever_of(engine).focus_absent(question) is absent
    assert question_features(engine, question)["focus_absent"] == float(absent)


def test_a_passages_english_share_counts_from_three_english_function_words():
    """english_share, the english_passage feature: English function words over all function words, once there are three
    to go by (an Indonesian passage quoting "the state" is not English)."""
    assert english_share("The role of the state yang besar") == 0.75  # the, of, the against yang
    assert english_share("the role of the state") == 1.0
    assert english_share("the role of negara") == 0.0  # two: too few to say


def test_the_share_of_a_passage_that_asks_counts_lines_of_two_words_or_more():
    """asks, the feature that keeps a skripsi's rumusan masalah from answering: "Mengapa demikian?" is a question of
    two words; a line of one word or of figures alone ("12 | 34") is none, and a passage of nothing else asks nothing."""
    assert asks("Mengapa demikian?\nKarena pegawai bekerja dengan sungguh-sungguh setiap hari.", "Apa tujuan kerja?") == 0.5
    assert asks("12 | 34\n56", "Apa itu?") == 0.0


@pytest.mark.parametrize("question, focus", [
    ("Sistem informasi manajemen rumah sakit itu apa?", "Sistem informasi manajemen rumah sakit"),  # five words: a term
    ("Sistem informasi manajemen rumah sakit daerah itu apa?", None),  # six: the rest of a question, no term
])
def test_a_term_then_apa_is_a_definition_of_at_most_five_words(question, focus):
    assert definition_focus(question) == focus


@pytest.mark.parametrize("question, english", [
    ("Stunting in children of Indonesia?", True),  # two English function words, neither opening it
    ("What adalah stunting?", False),  # an Indonesian function word: Indonesian
    ("?", False),  # no words at all
])
def test_a_question_is_english_by_two_function_words_and_no_indonesian_one(question, english):
    assert is_english(question) is english
