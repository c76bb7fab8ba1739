"""The confidence an answer shows: the fitted probability that its first passage holds the answer (the "confidence"
section of data/ranker.json), read from the ranked list, while abstention keeps deciding on whether the text covers
the question at all (issue 15: covered answers at confidence 1.0 whose evidence was the second passage)."""

import json
from pathlib import Path

import numpy as np
import pytest

from telusur.query import ranker
from telusur.query.ranker import ANSWER_FEATURES, GAP_CAP, PASSAGE_FEATURES, answer_features, parameters_from

BENCH = Path(__file__).resolve().parents[2] / "bench"

GURU = """# Guru

## Tugas Guru

Guru profesional merencanakan pembelajaran, melaksanakan pembelajaran yang bermutu, serta menilai dan mengevaluasi
hasil belajar siswa di kelas.

## Sekolah

Sekolah dasar di desa itu memiliki enam ruang kelas, sebuah perpustakaan kecil, dan lapangan upacara.
"""
# The same lesson filed twice (a second version of the handout): the ranker cannot tell which copy answers.
GURU_AGAIN = GURU.replace("di kelas.", "di kelas itu.")
QUESTION = "Apa tugas guru profesional dalam pembelajaran?"


def _first_row(dense: float = 0.85) -> np.ndarray:
    row = np.zeros(len(PASSAGE_FEATURES))
    row[PASSAGE_FEATURES.index("dense")] = dense
    return row


def _old_file() -> dict:
    data = json.loads(ranker.PARAMETERS.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k != "confidence"}


def test_the_packaged_confidence_section_loads_with_its_format():
    data = json.loads(ranker.PARAMETERS.read_text(encoding="utf-8"))
    assert data["confidence"]["format"] == ranker.ANSWER_FORMAT
    assert set(data["confidence"]["weights"]) <= set(ANSWER_FEATURES)
    params = ranker.load_parameters()
    assert params.answer is not None and params.answer.shape == (len(ANSWER_FEATURES),)


def test_the_packaged_confidence_rises_with_the_score_gap_and_never_falls_with_coverage():
    params = ranker.load_parameters()
    weight = dict(zip(ANSWER_FEATURES, params.answer))
    assert weight["gap"] >= 0 and weight["share"] >= 0 and weight["coverage"] >= 0
    rest = [-4.0, -5.0, -6.0]
    shown = [params.answer_confidence(np.array([0.0, -gap] + rest), _first_row(), 0.99)
             for gap in np.linspace(0, GAP_CAP, 17)]
    assert all(b > a for a, b in zip(shown, shown[1:])), shown
    assert shown[-1] - shown[0] > 0.2  # a tie is not shown as sure as a clear first passage
    by_coverage = [params.answer_confidence(np.array([0.0, -2.0] + rest), _first_row(), c) for c in (0.0, 0.5, 1.0)]
    assert by_coverage == sorted(by_coverage)


def test_features_of_a_ranked_list():
    x = answer_features(np.array([1.0, 3.0, 3.0 - np.log(3)]), _first_row(0.8), 0.7)
    assert dict(zip(ANSWER_FEATURES, x)) == pytest.approx(
        {"coverage": 0.7, "gap": np.log(3), "share": 1 / (1 + 1 / 3 + np.exp(-2.0)), "dense": 0.8})
    alone = dict(zip(ANSWER_FEATURES, answer_features(np.array([2.0]), _first_row(), 0.9)))
    assert alone["gap"] == GAP_CAP and alone["share"] == 1.0
    assert list(answer_features(np.zeros(0), None, 0.4)) == [0.4, 0.0, 0.0, 0.0]



def test_the_gap_stops_counting_where_the_second_passage_stops_being_a_rival():
    """The gap is capped where the second passage's softmax share against the first falls to about 1/3000: a rival
    still holding 1/100 or 1/1000 of the pair lowers the gap the confidence reads, one holding 1/10000 or less is no
    rival, and a larger lead reads the same. data/ranker.json's gap weight was fitted on gaps capped there; a cap moved
    without a refit reads big leads the fit never saw (or leaves close rivals unread)."""
    def gap(rival_share: float) -> float:
        lead = float(np.log((1 - rival_share) / rival_share))  # the first-second score difference giving that share
        return dict(zip(ANSWER_FEATURES, answer_features(np.array([0.0, -lead]), _first_row(), 0.9)))["gap"]

    assert gap(1e-2) < gap(1e-3) < gap(1e-4)
    assert gap(1e-4) == gap(1e-8) == gap(1e-12)


def test_an_answer_whose_first_two_passages_are_tied_shows_less_confidence_than_a_clear_one(course):
    clear = course({"guru.md": GURU}).ask(QUESTION)
    tied_engine = course({"guru.md": GURU, "guru-2.md": GURU_AGAIN})
    tied = tied_engine.ask(QUESTION)
    assert not clear.abstained and not tied.abstained
    hits = tied_engine.search(QUESTION, 2).hits
    assert all(h.chunk.text.startswith("Guru profesional") for h in hits)  # the two copies, first and second
    assert tied.confidence < clear.confidence - 0.1, (tied.confidence, clear.confidence)


def test_what_an_answer_shows_is_the_answer_confidence_and_abstention_still_follows_coverage(course, retriever_of):
    engine = course({"guru.md": GURU})
    retrieval = engine.search(QUESTION, 3)
    answer = engine.ask(QUESTION)
    assert answer.confidence == retrieval.answer_confidence != retrieval.confidence
    assert answer.to_dict()["confidence"] == round(retrieval.answer_confidence, 4)  # ask --json, the web API
    from telusur.query.answer import compose

    retriever = retriever_of(engine)
    for coverage_bias, answer_bias, declined in ((10.0, -10.0, False), (-10.0, 10.0, True)):
        data = {**_old_file(), "question": {"weights": {}, "bias": coverage_bias},
                "confidence": {"format": ranker.ANSWER_FORMAT, "weights": {}, "bias": answer_bias}}
        found = retriever_of(engine, parameters_from(data)).search(QUESTION, 3)
        composed = compose(QUESTION, QUESTION, found, engine.settings.abstain_below, retriever, None)
        assert composed.abstained is declined  # coverage ~1 answers, coverage ~0 declines, whatever is shown
        assert composed.confidence == pytest.approx(found.answer_confidence)


def test_a_parameter_file_without_the_section_loads_and_shows_the_coverage(course, retriever_of):
    """Files fitted before the section existed (bench/ranker-handset.json, TELUSUR_RANKER in benchmarks) still load:
    their answers show the coverage, as telusur did then."""
    old = ranker.load_parameters(str(BENCH / "ranker-handset.json"))
    assert old.answer is None
    assert old.answer_confidence(np.array([1.0, 0.0]), _first_row(), 0.37) == 0.37
    engine = course({"guru.md": GURU})
    found = retriever_of(engine, parameters_from(_old_file())).search(QUESTION, 3)
    assert found.answer_confidence == found.confidence


def test_a_confidence_section_of_another_format_is_refused_with_what_to_do():
    with pytest.raises(ValueError, match="confidence section of format 99.*refit"):
        parameters_from({**_old_file(), "confidence": {"format": 99, "weights": {}, "bias": 0.0}})
