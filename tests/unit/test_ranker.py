"""The fitted ranker: its parameter file, the features of (question, passage) pairs, and how names and rare words
pull the passages that hold them up instead of vetoing an answer (issue 15), on tiny texts with the stub encoder."""

import json

import numpy as np
import pytest

from telusur.query import ranker
from telusur.query.ranker import PASSAGE_FEATURES, QUESTION_FEATURES, is_english, parameters_from

TUNAGRAHITA = """# Tunagrahita

## Pengertian Tunagrahita

Tunagrahita merupakan kondisi anak yang kecerdasannya jauh di bawah rata-rata dan ditandai keterbatasan
intelegensi serta ketidakcakapan dalam interaksi sosial. Istilah tunagrahita dipakai dalam pendidikan luar biasa.

## Pendapat Para Ahli

Tunagrahita menurut Amin (1995:15) adalah sebagai berikut:

"Anak tunagrahita adalah anak yang mempunyai kecerdasan di bawah rata-rata sedemikian rupa sehingga memerlukan
layanan pendidikan khusus."

## Program Bantuan

Program bantuan UNDP untuk sekolah luar biasa menyediakan pelatihan guru dan alat bantu belajar bagi siswa
berkebutuhan khusus di berbagai daerah.

## Klasifikasi

Anak tunagrahita dibagi menjadi tunagrahita ringan, sedang, dan berat menurut tingkat kecerdasannya. Pembagian
ini membantu guru memilih layanan pendidikan yang sesuai.
"""


def test_the_packaged_parameters_load_and_name_only_known_features():
    data = json.loads(ranker.PARAMETERS.read_text(encoding="utf-8"))
    assert data["format"] == ranker.FORMAT and data["version"]
    assert set(data["passage"]) <= set(PASSAGE_FEATURES)
    assert set(data["question"]["weights"]) <= set(QUESTION_FEATURES)
    params = ranker.load_parameters()
    assert params.passage.shape == (len(PASSAGE_FEATURES),) and params.question.shape == (len(QUESTION_FEATURES),)


def test_fitted_weights_point_the_way_the_evidence_does():
    """More similar, more of the question's words, its names present: each never lowers a passage's score; a
    question whose names no passage holds is never more likely covered."""
    params = ranker.load_parameters()
    weight = dict(zip(PASSAGE_FEATURES, params.passage))
    assert weight["dense"] > 0
    assert weight["names_found"] - weight["names_missing"] >= 0
    assert weight["words"] + weight["words_lead"] >= 0
    assert dict(zip(QUESTION_FEATURES, params.question))["names_missing"] <= 0
    assert dict(zip(QUESTION_FEATURES, params.question))["margin"] > 0


def test_evidence_only_ever_pulls_a_passage_up():
    """The evidence features are monotone in the packaged weights (bench/fit_ranker.py bounds them): a passage that is
    more similar, matches more of the question's words or names, or is the list an 'apa saja' question asks for never
    scores lower for it, and one that lacks the question's names never scores higher."""
    weight = dict(zip(PASSAGE_FEATURES, ranker.load_parameters().passage))
    for name in ("dense", "passage_dense", "dense_gap", "lexical", "place", "words", "words_lead", "names_found"):
        assert weight[name] >= 0, name
    assert weight["names_missing"] <= 0
    assert weight["list_enumeration"] > 0  # test_quality's enumeration answer needs the list passage first


def test_a_parameter_file_of_another_format_is_refused():
    with pytest.raises(ValueError, match="format"):
        parameters_from({"format": 99, "version": "x", "passage": {}, "question": {"weights": {}, "bias": 0}})


def test_scores_are_the_weighted_sum_and_a_feature_the_file_omits_weighs_nothing():
    params = parameters_from({"format": ranker.FORMAT, "version": "t", "passage": {"dense": 2.0, "lexical": 1.0},
                              "question": {"weights": {"margin": 10.0}, "bias": -1.0}})
    x = np.zeros((2, len(PASSAGE_FEATURES)))
    x[0, PASSAGE_FEATURES.index("dense")] = 0.5
    x[1, PASSAGE_FEATURES.index("lexical")] = 0.5
    x[1, PASSAGE_FEATURES.index("names_found")] = 1.0  # not in the file: weight 0
    assert list(params.score(x)) == [1.0, 0.5]
    q = np.zeros(len(QUESTION_FEATURES))
    q[QUESTION_FEATURES.index("margin")] = 0.1
    assert params.confidence(q) == pytest.approx(0.5)


@pytest.mark.parametrize("question,english", [
    ("What traits describe a type A personality in this article?", True),
    ("How is the sample of this study chosen?", True),
    ("Apa pengertian tunagrahita menurut Amin?", False),
    ("Apa yang dimaksud dengan OSIS?", False),
])
def test_english_questions_are_told_apart(question, english):
    assert is_english(question) is english


def _features(engine, query):
    retriever = engine._state[1]
    found = retriever.candidates(query, retriever.query_vector(query))
    return retriever, found


def test_a_name_said_in_the_lead_in_counts_for_the_quote_it_introduces(course):
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    retriever, found = _features(engine, "Apa pengertian tunagrahita menurut Amin?")
    assert found.names == ("Amin",)
    found_at = PASSAGE_FEATURES.index("names_found")
    holding = [engine.index.chunks[i].text for i, row in zip(found.ids, found.features) if row[found_at] == 1.0]
    assert any("Anak tunagrahita adalah" in t for t in holding)
    assert not any("Klasifikasi" in t or "dibagi menjadi" in t for t in holding)


def test_a_named_person_in_the_text_pulls_the_passage_up_and_is_answered(course):
    """'Apa pengertian tunagrahita menurut Amin?' was declined when the passage naming Amin was not in the top
    three: now the name pulls that passage into them and the question is answered."""
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    answer = engine.ask("Apa pengertian tunagrahita menurut Amin?", k=3)
    assert not answer.abstained
    assert any("Amin" in p.text or "Anak tunagrahita adalah" in p.text for p in answer.passages)


@pytest.mark.xfail(strict=True, reason="issue 15, not fixed: fitted with monotone weights on the tuning half, the "
                   "default dev sets and TyDi-id dev, a found name weighs 0 beyond the passage's similarity and word share "
                   "(a floor of 0.02 cosine lost held-out hit@1), so the general definition still ranks above Amin's")
def test_the_passage_naming_the_person_asked_about_ranks_first(course):
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    assert "Amin" in engine.search("Apa pengertian tunagrahita menurut Amin?", 3).hits[0].chunk.text


def test_an_acronym_the_text_uses_does_not_decline(course):
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    answer = engine.ask("Apa program bantuan UNDP untuk sekolah luar biasa?", k=5)
    assert not answer.abstained
    assert "UNDP" in answer.passages[0].text


def test_a_name_the_text_never_mentions_lowers_the_confidence(course):
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    present = engine.search("Apa pengertian tunagrahita menurut Amin?", 3)
    absent = engine.search("Apa pengertian tunagrahita menurut Piaget?", 3)
    assert "Piaget" in absent.unknown_names and "Amin" not in present.unknown_names
    assert absent.confidence < present.confidence


def test_a_name_no_passage_of_the_text_spells_declines_the_question(course):
    """'Apa tujuan PBB …?' of a text that never writes PBB: the subject is not in this text, however close the topic
    (the default corpus's out-of-scope dev set). A name the text does write never declines by this rule."""
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    assert engine.ask("Apa pengertian tunagrahita menurut Piaget?").abstained
    assert engine.ask("Bagaimana klasifikasi tunagrahita menurut WHO?").abstained
    assert not engine.ask("Apa program bantuan UNDP untuk sekolah luar biasa?").abstained


def test_an_english_question_is_not_taken_for_markup(course):
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    retriever = engine._state[1]
    query = "What is the classification of tunagrahita children?"
    vector = retriever.query_vector(query)
    found = retriever.candidates(query, vector)
    q, _ = retriever.question_features(query, vector, found, engine.search(query, 3).hits)
    assert q[QUESTION_FEATURES.index("english")] == 1.0
    assert q[QUESTION_FEATURES.index("not_language")] == 0.0
