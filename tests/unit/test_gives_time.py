"""A "kapan" question is answered by the sentence that writes a time beside the question's words ("Ia dinobatkan menjadi
raja pada tahun 1412"), often in a paragraph that names its subject only as "ia", while the article's opening paragraph
names the subject in every sentence and gives no date (TyDi-id dev: 'Kapankah nabi Musa diangkat menjadi nabi?',
'Kapan Władysław I diberi gelar adipati?'). The ranker's "gives_time" feature (fitted) is sentence_words over the
sentences writing a time (query/kinds.py: TIME), for a question whose kind is "time" only; on tiny texts with the stub
encoder."""

import pytest

from telusur.query.ranker import PASSAGE_FEATURES

KINGDOM = """# Kerajaan Wanasari

## Ikhtisar

Kerajaan Wanasari adalah kerajaan pesisir yang terkenal dengan pelabuhan rempah. Raja Wanasari memerintah dari istana
di tepi sungai, dan pasar Wanasari ramai oleh pedagang dari seberang laut.

## Riwayat

Ia dinobatkan menjadi raja pada tahun 1412 setelah ayahnya wafat. Pelabuhan diperluas dan pasar dibuka bagi pedagang
asing.
"""


def _gives_time(retriever, query):
    found = retriever.candidates(query, retriever.query_vector(query))
    at = PASSAGE_FEATURES.index("gives_time")
    return {retriever.index.chunks[i].location.section[-1]: row[at] for i, row in zip(found.ids, found.features)}


def test_the_sentence_writing_a_time_with_the_questions_words_counts(retriever_of):
    shares = _gives_time(retriever_of({"wanasari.md": KINGDOM}), "Kapan Raja Wanasari dinobatkan?")
    assert shares["Riwayat"] > 0.3  # "dinobatkan ... raja ... tahun 1412": the name's sentence is elsewhere
    assert shares["Ikhtisar"] == 0.0  # every question word, no time


def test_only_a_question_asking_when(retriever_of):
    shares = _gives_time(retriever_of({"wanasari.md": KINGDOM}), "Siapa yang dinobatkan menjadi Raja Wanasari?")
    assert set(shares.values()) == {0.0}


@pytest.mark.parametrize("question", ["Tahun berapa Raja Wanasari dinobatkan?", "Sejak kapan raja Wanasari memerintah?"])
def test_other_ways_of_asking_when(retriever_of, question):
    assert _gives_time(retriever_of({"wanasari.md": KINGDOM}), question)["Riwayat"] > 0.0
