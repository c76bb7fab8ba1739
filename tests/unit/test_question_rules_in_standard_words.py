"""The rules that read a question see it in standard words: ask reads it through indonesian.standard_words first
("gimana" is "bagaimana", "aja" "saja", "yg" "yang", "sih" goes). A chat word written into such a rule is never met
there, only in a unit test that skips ask's reading: 'gimana'/'sih' in the spoken comparisons (c62e36b), 'aja'/'yg'
in the "which" question (f01411a) and 'trus'/'kalo'/'gimana' among a follow-up's openers were such dead alternatives."""

import re

import pytest

from telusur.indonesian import _CHAT_WORDS
from telusur.query import answer, conversation, kinds, quantity, ranker, retrieval

QUESTION_RULES = {
    "answer._COMPARISON": answer._COMPARISON,
    "answer._SPOKEN_COMPARISON": answer._SPOKEN_COMPARISON,
    "kinds._KINDS": tuple(pattern for _, pattern in kinds._KINDS),
    "ranker._DEFINITION_QUESTION": (ranker._DEFINITION_QUESTION,),
    "ranker._TERM_THEN_APA": (ranker._TERM_THEN_APA,),
    "ranker._WHICH_QUESTION": (ranker._WHICH_QUESTION,),
    "conversation._OPENERS": (conversation._OPENERS,),
    "conversation._REFERENCES": (conversation._REFERENCES,),
    "conversation._SOURCE_QUESTION": (conversation._SOURCE_QUESTION,),
    "quantity._ASKED": (quantity._ASKED,),
    "retrieval._ASKING": (retrieval._ASKING,),
}


def _chat_words_in(pattern: str) -> set[str]:
    """The chat words standard_words replaces that a pattern writes as a word of its own (not "kah" of "apa(?:kah)?")."""
    return {word for word, said in _CHAT_WORDS.items() if word != said
            and re.search(rf"(?<![\w\\])(?<!\w\(\?:){re.escape(word)}(?!\w)", pattern, re.I)}


@pytest.mark.parametrize("name", sorted(QUESTION_RULES))
def test_a_question_rule_writes_no_chat_word(name):
    found = {w for p in QUESTION_RULES[name] for w in _chat_words_in(p.pattern)}
    assert not found, f"{name} writes {sorted(found)}: a question reaches it in standard words"


def test_the_check_sees_a_chat_word_in_a_rule():
    assert _chat_words_in(r"(?:apa|gimana)(?:\s+(?:aja|saja))?\s+(?:yang|yg)\b") == {"gimana", "aja", "yg"}
    assert _chat_words_in(r"apa(?:kah)?\s+(?:saja\s+)?yang") == set()
