"""Telusur.retriever is the one way in for a benchmark or the ranker's fit: bench/fit_ranker.py scores the features
of the Retriever ask ranks with, bench/ask_same.py and ask_phases.py watch the encoder ask encodes with. They read the
engine's private state (`engine._state[1]`, `[2]`) before, which a change to the engine's insides would have broken
without a word. These tests fail when the property is no longer what ask uses."""

import pytest

from telusur.query.retrieval import Retriever

from tests.unit.conftest import STUB_MODEL

TEXT = """# Penelitian Tindakan Kelas

Penelitian tindakan kelas adalah penelitian yang dilakukan guru di kelasnya sendiri untuk memperbaiki mutu
pembelajaran. Setiap siklus terdiri atas perencanaan, pelaksanaan tindakan, pengamatan, dan refleksi.
"""

LATER = """# Pembelajaran Remedial

Pembelajaran remedial diberikan kepada siswa yang belum mencapai ketuntasan belajar setelah penilaian harian.
"""


def test_the_retriever_is_the_one_ask_ranks_with(course, monkeypatch):
    engine = course({"ptk.md": TEXT})
    ranked_by, ranked = [], Retriever.ranked  # what ask ranks with (Retriever.search until 2026-12-07)

    def spy(self, query, *args, **kwargs):
        ranked_by.append(self)
        return ranked(self, query, *args, **kwargs)

    monkeypatch.setattr(Retriever, "ranked", spy)
    engine.ask("Apa saja tahapan setiap siklus penelitian tindakan kelas?")
    assert len(ranked_by) == 1 and ranked_by[0] is engine.retriever
    assert engine.retriever.index is engine.index
    with pytest.raises(AttributeError):  # read-only: the engine alone swaps it
        engine.retriever = Retriever(engine.index, engine.retriever.encoder)


def test_its_encoder_is_the_one_ask_encodes_the_question_with(course, monkeypatch):
    engine = course({"ptk.md": TEXT})
    encoder, encoded = engine.retriever.encoder, []
    original = encoder.encode_queries

    def recording(texts):
        encoded.extend(texts)
        return original(texts)

    monkeypatch.setattr(encoder, "encode_queries", recording)  # as bench/ask_same.py records the question vectors
    question = "Siapa yang melakukan penelitian tindakan kelas di kelasnya?"  # asked nowhere else: not a recent vector
    engine.ask(question)
    assert question in encoded


def test_a_newer_build_brings_its_own_retriever(stub_encoder, tmp_path):
    from telusur.engine import Telusur, build
    from telusur.settings import Settings

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "ptk.md").write_text(TEXT, encoding="utf-8")
    settings = Settings(corpus=tmp_path / "corpus", index=tmp_path / "index", model=STUB_MODEL)
    build(settings)
    engine = Telusur(settings)
    before = engine.retriever
    (tmp_path / "corpus" / "remedial.md").write_text(LATER, encoding="utf-8")
    build(settings)
    assert engine.reload_if_changed()
    assert engine.retriever is not before and engine.retriever.index is engine.index
    assert {c.path for c in engine.retriever.index.chunks} == {"ptk.md", "remedial.md"}
