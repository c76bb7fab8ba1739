"""An indefinite pronoun, "cannot" and "et al." are no content words of an English question (issue 15): "Can someone
who cannot write still make a closed will?", "Is UML used for anything besides modelling?", "How do Reys et al.
define mathematics?" read "someone", "cannot", "anything", "et", "al" as words to look up that no text has, lowering
the question's share of known words (english_known) as an off-topic word does. (Contracted framing words, "What's",
"can't", stay content words: read as framing they lost two out-of-scope questions under the shipped abstention
weights, and moved no answerable one: BENCHMARKS.md, english, 2026-12-06 12:20.)"""

import pytest

from telusur.query.english import content_words


@pytest.mark.parametrize("question, words", [
    ("Can someone who cannot write still make a closed will?", ["write", "make", "closed", "will"]),
    ("Is UML used for anything besides modelling?", ["UML", "used", "modelling"]),
    ("How do Reys et al. define mathematics?", ["Reys", "mathematics"]),
    ("Why is nothing said about the deposit by anyone?", ["deposit"]),
])
def test_indefinite_pronouns_frame_a_question(question, words):
    assert content_words(question) == words
