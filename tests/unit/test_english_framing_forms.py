"""A framing word contracted or an indefinite pronoun is no content word of an English question (issue 15): "What's
the mean score ...?" (team sets 14, 15: seven questions), "... that skinning can't?", "Can someone who cannot write
...?", "How do Reys et al. define ...?" read "what's", "can't", "someone", "et", "al" as words to look up that no text
has, lowering the question's share of known words (english_known) as an off-topic word does."""

import pytest

from telusur.query.english import content_words


@pytest.mark.parametrize("question, words", [
    ("What's the highest level of marketing in sharia marketing?", ["highest", "level", "marketing", "sharia",
                                                                     "marketing"]),
    ("What’s the main variable for segmenting a consumer market?", ["main", "variable", "segmenting", "consumer",
                                                                     "market"]),  # a typographic apostrophe
    ("In Yii, what can theming do that skinning can't?", ["Yii", "theming", "skinning"]),
    ("Can someone who cannot write still make a closed will?", ["write", "make", "closed", "will"]),
    ("How do Reys et al. define mathematics?", ["Reys", "mathematics"]),
    ("Why isn't anything said about the deposit?", ["deposit"]),
])
def test_contractions_and_indefinite_pronouns_frame_a_question(question, words):
    assert content_words(question) == words
