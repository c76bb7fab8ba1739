"""The ranker is fitted on the questions `Telusur.ask` ranks. ask reads a question before searching it (chat words in
their standard form, a slip of the keyboard in the text's spelling, a name typed in lower case with the text's
capitals, a follow-up with the turn it leans on: Telusur.read); bench/fit_ranker.py built its examples from the
questions as written, so 12 of 417 open-set questions were fitted as a text ask never ranks ("apa aja" fitted, "apa
saja" asked). The fit now reads through Telusur.read; these tests fail when the two paths part."""

import sys
from pathlib import Path

import pytest

from telusur.query.retrieval import Retriever

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import fit_ranker  # noqa: E402

PTK = """# Penelitian Tindakan Kelas

## Pengertian

Penelitian tindakan kelas adalah penelitian yang dilakukan guru di kelasnya sendiri untuk memperbaiki mutu
pembelajaran. Tujuan penelitian tindakan kelas adalah meningkatkan hasil belajar siswa melalui tindakan yang
direncanakan.

## Siklus

Menurut Kemmis, setiap siklus terdiri atas perencanaan, pelaksanaan tindakan, pengamatan, dan refleksi. Hasil
refleksi menjadi dasar perencanaan siklus berikutnya.
"""

REMEDIAL = """# Pembelajaran Remedial

Pembelajaran remedial diberikan kepada siswa yang belum mencapai ketuntasan belajar. Guru memberikan pembelajaran
remedial setelah penilaian harian, sebab siswa perlu kesempatan kedua untuk menguasai kompetensi dasar.
"""

TEXTS = {"ptk.md": PTK, "remedial.md": REMEDIAL}

# each read by ask otherwise than it is written
TYPED = [
    ("Tahapan siklus ptk apa aja?", ()),  # chat words: "aja" is "saja"
    ("Apa tujuan peneiltian tindakan kelas?", ()),  # a slip of the keyboard
    ("menurut kemmis siklus terdiri atas apa", ()),  # a name typed in lower case
    ("Bagaimana dengan yang kedua?", ("Apa saja tahapan siklus penelitian tindakan kelas?",)),  # a follow-up
]


def _searched_by_ask(engine, monkeypatch, question, history) -> str:
    seen = []
    ranked = Retriever.ranked  # what ask ranks (Retriever.search until 2026-12-07)

    def spy(self, query, *args, **kwargs):
        seen.append(query)
        return ranked(self, query, *args, **kwargs)

    monkeypatch.setattr(Retriever, "ranked", spy)
    engine.ask(question, history)
    return seen[0]


@pytest.mark.parametrize("question, history", TYPED)
def test_the_fit_ranks_the_text_ask_ranks(course, monkeypatch, question, history):
    engine = course(TEXTS)
    fitted = fit_ranker.read(engine, question, history)
    assert fitted != question  # the case is one the reading changes
    assert fitted == _searched_by_ask(engine, monkeypatch, question, history)


def test_search_reads_a_question_as_ask_does(course, retriever_of, monkeypatch):
    engine = course(TEXTS)
    question = "Tahapan siklus ptk apa aja?"
    assert [h.chunk.id for h in engine.search(question, 3).hits] == \
        [h.chunk.id for h in retriever_of(engine).search(fit_ranker.read(engine, question), 3).hits]
