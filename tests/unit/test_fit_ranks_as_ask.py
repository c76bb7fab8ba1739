"""bench/fit_ranker.py fits the ranker on the passages `Telusur.ask` ranks, with the features ask scores them by (issue
15: refits that gained in the fit's candidate space lost through ask). ask ranks a follow-up within the document of the
turn it leans on; the fit called Retriever.candidates itself and ranked a follow-up over every passage of the text. The
fit now takes its candidates from Telusur.candidates, which ask ranks too; these tests fail when the two part."""

import sys
from pathlib import Path

import numpy as np
import pytest

from telusur.query.ranker import load_parameters
from telusur.query.retrieval import Retriever

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import fit_ranker  # noqa: E402

FOTOSINTESIS = """# Fotosintesis

## Tahapan

Fotosintesis berlangsung dalam dua tahap. Tahap pertama adalah reaksi terang di membran tilakoid, yang mengubah
energi cahaya menjadi ATP dan NADPH. Tahap kedua adalah siklus Calvin di stroma, yang memakai ATP dan NADPH untuk
mengikat karbon dioksida menjadi gula.

## Faktor yang memengaruhi

Laju fotosintesis dipengaruhi intensitas cahaya, kadar karbon dioksida, suhu, dan ketersediaan air.
"""

RESPIRASI = """# Respirasi Sel

## Tahapan

Respirasi sel terdiri atas glikolisis, siklus Krebs, dan transpor elektron. Tahap kedua, siklus Krebs, berlangsung di
matriks mitokondria dan menghasilkan NADH serta FADH2.

## Hasil

Respirasi aerob menghasilkan sekitar 36 ATP dari satu molekul glukosa.
"""

TEXTS = {"fotosintesis.md": FOTOSINTESIS, "respirasi.md": RESPIRASI}

ASKED = [
    ("Apa saja tahapan fotosintesis?", ()),
    ("Faktor apa yang memengaruhi laju fotosintesis?", ()),
    ("Berapa ATP yang dihasilkan respirasi aerob?", ()),
    ("Jelaskan yang kedua", ("Apa saja tahapan fotosintesis?",)),  # a follow-up: ask stays in fotosintesis.md
]


def _ranked_by_ask(engine, monkeypatch, question, history):
    """The candidates of the last ranking ask makes, and its first passage."""
    seen, ranked = [], []
    candidates, rank = Retriever.candidates, Retriever.ranked

    def spy(self, query, vector, within=None):
        seen.append(candidates(self, query, vector, within))
        return seen[-1]

    def spy_rank(self, *args, **kwargs):
        ranked.append(rank(self, *args, **kwargs))
        return ranked[-1]

    monkeypatch.setattr(Retriever, "candidates", spy)
    monkeypatch.setattr(Retriever, "ranked", spy_rank)
    engine.ask(question, history)
    return seen[-1], ranked[-1].hits[0].chunk.id


def _fitted(engine, monkeypatch, question, history):
    """The example bench/fit_ranker.py builds for the question, prepared as the fit prepares it."""
    monkeypatch.setattr(fit_ranker, "query_vectors", lambda retriever, texts: list(retriever.encoder.encode_queries(texts)))
    example = fit_ranker.Example("doc", fit_ranker.read(engine, question, history), (), ["x"], engine.retriever,
                                 engine=engine, typed=(question, history))
    fit_ranker.prepare([example])
    return example


@pytest.mark.parametrize("question, history", ASKED)
def test_the_fit_scores_the_candidates_ask_scores(course, monkeypatch, question, history):
    engine = course(TEXTS)
    example = _fitted(engine, monkeypatch, question, history)
    asked, first = _ranked_by_ask(engine, monkeypatch, question, history)
    assert list(example.candidates.ids) == list(asked.ids)
    assert np.array_equal(example.candidates.features, asked.features)
    weights = load_parameters().passage
    scores = example.candidates.features @ weights
    assert example.candidates.ids[int(np.lexsort((np.array(example.candidates.ids), -scores))[0])] == first


def test_a_follow_up_is_ranked_within_its_turns_document(course, monkeypatch):
    engine = course(TEXTS)
    example = _fitted(engine, monkeypatch, "Jelaskan yang kedua", ("Apa saja tahapan fotosintesis?",))
    paths = {engine.index.chunks[i].path for i in example.candidates.ids}
    assert paths == {"fotosintesis.md"}
