"""An English question's words found in the one document that would answer it, or borrowed from several (issue 15):
a question near a course's topics ("How do I bake bread at home?" of a course with a text on bread and another on
houses) finds each of its words somewhere, but no document writes them all; the abstention model reads the share the
best passage's document writes (ranker.QUESTION_FEATURES english_words_document, weighed by
bench/english_abstention.py)."""

ROTI = """# Roti

## Bahan Roti

Roti dibuat dari tepung gandum, air, garam dan ragi. Ragi membuat adonan roti mengembang sebelum dipanggang.
"""

RUMAH = """# Rumah Adat

## Atap Rumah

Atap rumah adat tradisional dibuat dari ijuk atau daun rumbia yang disusun rapat agar air hujan tidak masuk.
"""


def test_an_english_questions_words_are_counted_in_the_best_passages_document(course, question_features):
    engine = course({"roti.md": ROTI, "rumah.md": RUMAH})
    answered = question_features(engine, "Which flour is bread baked from?")
    assert answered["english_words_document"] == 1.0
    borrowed = question_features(engine, "How do I bake bread under a roof?")  # "atap" is the other document's
    assert 0.0 < borrowed["english_words_document"] < 1.0
    assert borrowed["english_known"] == 1.0  # the whole text has a word for each: this alone cannot tell them apart


def test_an_indonesian_question_has_no_english_words_document(course, question_features):
    engine = course({"roti.md": ROTI, "rumah.md": RUMAH})
    assert question_features(engine, "Roti dibuat dari apa?")["english_words_document"] == 0.0


def test_light_words_say_nothing_of_what_an_english_question_is_about(course, question_features):
    # "make" (membuat) and "home" in "at home" (rumah): the text has a word for them whatever it covers, so they
    # count in neither share; "sourdough" is what is asked, and the text has no word for it
    from telusur.query.english import content_words

    engine = course({"roti.md": ROTI, "rumah.md": RUMAH})
    near = question_features(engine, "How do I make sourdough at home?")
    assert near["english_known"] == 0.0
    assert near["english_words_document"] == 0.0
    assert question_features(engine, "How is bread made?")["english_known"] == 1.0
    assert content_words("How do I make sourdough bread at home?", light=False) == ["sourdough", "bread"]
    assert content_words("How do I make sourdough bread at home?") == ["make", "sourdough", "bread", "home"]  # search
    assert content_words("What is a breadboard used for?", light=False) == ["breadboard"]
    assert content_words("What did the king bring home?", light=False) == ["king", "bring", "home"]  # a thing brought
    assert content_words("What do they make?", light=False) == ["make"]  # nothing else to tell: kept
