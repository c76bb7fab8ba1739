"""A "kenapa / why" question is answered by the sentence that explains the question's own words - they stand on the
explained side of a causal connective ("X karena Y", "Y sehingga X", "Alasan X adalah Y") - not by one that gives them
as the reason for something else ("Alasannya adalah karena X ...") nor by one naming them with no reason at all. The
ranker's "gives_reason" (sentence_words over sentences giving a reason) and "reason_for" (sentence_words over the side
a connective explains: kinds.effect_sides) are fitted features, for a question whose kind is "why" only; on tiny texts
with the stub encoder."""

import pytest

from telusur.query.kinds import effect_sides
from telusur.query.ranker import PASSAGE_FEATURES

ORCHARD = """# Kebun Jeruk Lereng

## Gejala

Daun jeruk menguning pada musim hujan di kebun lereng. Petani jeruk mencatat warna daun setiap pekan.

## Sebab

Daun jeruk menguning karena akar terendam air dan tanah kekurangan nitrogen.

## Tindakan

Alasannya adalah karena daun jeruk menguning, petani menambah pupuk kandang di bawah pohon.
"""


def _feature(retriever, query, name):
    found = retriever.candidates(query, retriever.query_vector(query))
    at = PASSAGE_FEATURES.index(name)
    return {retriever.index.chunks[i].location.section[-1]: row[at] for i, row in zip(found.ids, found.features)}


@pytest.mark.parametrize("sentence, explained", [
    ("Daun jeruk menguning karena akar terendam air.", "Daun jeruk menguning"),
    ("Akar terendam air sehingga daun jeruk menguning.", "daun jeruk menguning"),
    ("Karena akar terendam air, daun jeruk menguning.", "daun jeruk menguning"),
    ("Oleh karena itu petani menambah pupuk.", "petani menambah pupuk"),
    ("Alasan petani menambah pupuk adalah tanah yang miskin hara.", "petani menambah pupuk"),
    ("The leaves turn yellow because the roots sit in water.", "The leaves turn yellow"),
])
def test_the_side_a_connective_explains(sentence, explained):
    assert any(side.strip().rstrip(".") == explained for side in effect_sides(sentence))


@pytest.mark.parametrize("sentence", ["Alasannya adalah karena cuaca.", "Daun rontok tanpa sebab yang jelas.",
                                      "Petani mencatat warna daun setiap pekan."])
def test_no_side_explained(sentence):
    assert effect_sides(sentence) == []


def test_the_sentence_explaining_the_questions_words_counts(retriever_of):
    retriever = retriever_of({"jeruk.md": ORCHARD})
    shares = _feature(retriever, "Kenapa daun jeruk menguning?", "reason_for")
    assert shares["Sebab"] > 0.5  # "Daun jeruk menguning karena ...": the question's words are what is explained
    assert shares["Gejala"] == 0.0  # every word of the question, no reason given
    assert shares["Tindakan"] < shares["Sebab"]  # the words given as the reason for adding fertiliser
    reasons = _feature(retriever, "Kenapa daun jeruk menguning?", "gives_reason")
    assert reasons["Sebab"] > 0.5 and reasons["Gejala"] == 0.0


@pytest.mark.parametrize("question", ["Mengapa daun jeruk menguning?", "Apa penyebab daun jeruk menguning?",
                                      "Why do orange leaves turn yellow?"])
def test_other_ways_of_asking_why(retriever_of, question):
    assert _feature(retriever_of({"jeruk.md": ORCHARD}), question, "reason_for")["Gejala"] == 0.0


def test_only_a_question_asking_why(retriever_of):
    shares = _feature(retriever_of({"jeruk.md": ORCHARD}), "Kapan daun jeruk menguning?", "reason_for")
    assert set(shares.values()) == {0.0}
