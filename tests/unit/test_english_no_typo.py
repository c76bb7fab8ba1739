"""An English question's English words are not typos of the text's words (issue 15): BM25 reads an unknown word one typo
away, so "start" was searched as the text's "state" and "smart", "habits" as "habis", "count" as "court" (team sets 3, 5,
6, 8: the answer's sentence was chosen by a word the question never asked). A name is still read one typo away
("Habakkuk": the text's "Habakuk"). Tiny texts, the stub encoder."""

import pytest

NABI = """# Nabi-Nabi Kecil

## Habakuk

Pada masa itu gagasan state dan smart city belum dikenal di Yehuda. Habakuk bernubuat sekitar tahun 605 SM, menjelang
serbuan Babel.

## Kebersihan

Ibu yang habis melahirkan perlu istirahat. Kebiasaan mencuci tangan dengan sabun mencegah ISPA pada balita.
"""


@pytest.mark.parametrize("question, not_asked", [
    ("When did Habakkuk most likely start his ministry?", {"state", "smart"}),
    ("What hygiene habits prevent respiratory infection in toddlers?", {"habis"}),
])
def test_an_english_word_is_not_searched_as_a_text_word_one_typo_away(retriever_of, question, not_asked):
    retriever = retriever_of({"nabi.md": NABI})
    assert not not_asked & set(retriever.question_terms(question))


def test_a_name_of_an_english_question_is_still_read_one_typo_away(retriever_of):
    retriever = retriever_of({"nabi.md": NABI})
    assert "habakuk" in retriever.question_terms("When did Habakkuk most likely start his ministry?")


def test_the_answer_is_the_sentence_naming_what_is_asked_not_a_word_one_typo_from_its_words(course):
    answer = course({"nabi.md": NABI}).ask("When did Habakkuk most likely start his ministry?")
    assert answer.answer.startswith("Habakuk bernubuat")
