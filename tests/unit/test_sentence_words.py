"""Of two passages on the same topic using the same words, the one saying the question's words in one sentence answers
it; the other spreads them over sentences about other things (issue 15: the neighbouring passage on the same topic
ranked first). The ranker's "sentence_words" feature (fitted) reads the best sentence, list item or table row, on tiny
texts with the stub encoder."""

import pytest

from telusur.query import ranker
from telusur.query.ranker import PASSAGE_FEATURES

# The same content words in both; only the second passage says "remedial ... luar jam pelajaran" in one sentence.
# Read first, the first passage wins a tie.
PTK = """# Prosedur Penelitian

## Bagian Satu

Program remedial diberikan kepada siswa yang belum tuntas pada ulangan harian pertama. Jam pelajaran biasa dipakai
untuk materi baru, dan kegiatan di luar kelas diatur oleh wali kelas masing-masing siswa.

## Bagian Dua

Program remedial diberikan di luar jam pelajaran kepada siswa yang belum tuntas pada ulangan. Materi baru diatur oleh
wali kelas, dan kegiatan harian pertama dipakai untuk kelas biasa masing-masing siswa.
"""
QUERY = "Kapan program remedial diberikan di luar jam pelajaran?"


def _feature(retriever, query):
    found = retriever.candidates(query, retriever.query_vector(query))
    at = PASSAGE_FEATURES.index("sentence_words")
    return {retriever.index.chunks[i].location.section[-1]: row[at] for i, row in zip(found.ids, found.features)}


def test_the_passage_saying_the_questions_words_in_one_sentence_scores_higher(course, retriever_of):
    engine = course({"ptk.md": PTK})
    shares = _feature(retriever_of(engine), QUERY)
    assert shares["Bagian Dua"] == pytest.approx(1.0)
    assert shares["Bagian Satu"] < 0.8


def test_the_fitted_weight_puts_that_passage_first(course):
    engine = course({"ptk.md": PTK})
    assert dict(zip(PASSAGE_FEATURES, ranker.load_parameters().passage))["sentence_words"] > 0
    assert engine.search(QUERY, 2).hits[0].chunk.location.section[-1] == "Bagian Dua"


def test_a_passage_without_sentences_counts_as_one(course, retriever_of):
    engine = course({"satu.md": "# Catatan\n\n## Ringkas\n\nProgram remedial diberikan di luar jam pelajaran kepada siswa "
                                "yang belum tuntas.\n"})
    assert _feature(retriever_of(engine), QUERY)["Ringkas"] == pytest.approx(1.0)


# An item's title over the paragraph going on under it (viin1108's "b) Penetapan Target Pasar", Pantana's and paybarina's
# items): the paragraph says nothing of the item's name, its title passage does, and won on "sentence_words".
_ITEM = """# Strategi Pemasaran

## Langkah-Langkah Strategi Pemasaran

a) Segmentasi Pasar

Segmentasi pasar membagi pasar menjadi kelompok pembeli yang berbeda menurut usia dan pendapatan.

b) Penetapan Target Pasar

Setelah segmentasi, perusahaan menilai setiap kelompok pembeli dan menentukan target pasar.

Kegiatan penetapan dimulai dengan evaluasi ukuran segmen, lalu memilih segmen yang paling menguntungkan.
"""


def test_a_paragraph_under_an_items_title_is_read_with_that_title(course, retriever_of):
    engine = course({"strategi.md": _ITEM})
    retriever = retriever_of(engine)
    going_on = next(c for c in engine.index.chunks if c.text.startswith("Kegiatan penetapan"))
    titled = next(c for c in engine.index.chunks if "b) Penetapan Target Pasar" in c.text)
    assert going_on.heading == "b) Penetapan Target Pasar"
    weights = retriever.question_terms("Kegiatan penetapan target pasar dimulai dengan apa?")
    assert retriever._sentence_words(going_on.id, weights) == pytest.approx(1.0)
    assert retriever._sentence_words(titled.id, weights) < 1.0
