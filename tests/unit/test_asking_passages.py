"""A passage that asks instead of saying (a skripsi's rumusan masalah: "1. Bagaimana pengaturan ...?") repeats the
question's words but answers nothing: the ranker's "asks" feature (its share of question sentences, fitted, bounded to
push such a passage down only) puts it below a passage that says the same (issue 15), on tiny texts with the stub
encoder."""

import dataclasses

import pytest

from telusur.query import ranker
from telusur.query.ranker import PASSAGE_FEATURES

RUMUSAN = """Berdasarkan latar belakang di atas, rumusan masalah dalam penelitian ini adalah:
1. Bagaimana pengaturan sanksi pidana pembakaran lahan perkebunan?
2. Bagaimana penegakan hukum terhadap pembakaran lahan perkebunan?"""


def test_a_passage_of_questions_is_marked_by_its_share_of_questions():
    assert ranker.asks(RUMUSAN, "Bagaimana pengaturan sanksi pidana pembakaran lahan?") == pytest.approx(2 / 3)
    answer = "Apa yang dimaksud dengan wasiat rahasia? Wasiat rahasia adalah wasiat yang ditulis sendiri. " \
             "Wasiat itu diserahkan kepada notaris dalam keadaan tertutup."
    assert ranker.asks(answer, "Apa yang dimaksud dengan wasiat rahasia?") == pytest.approx(1 / 3)
    assert ranker.asks("Sanksi pidana diatur dalam undang-undang. Dendanya sepuluh miliar rupiah.", "Bagaimana?") == 0


def test_a_question_about_the_research_itself_is_answered_by_its_questions():
    for query in ("Apa rumusan masalah penelitian ini?", "What are the research questions of this study?"):
        assert ranker.asks(RUMUSAN, query) == 0


# The same words twice, under headings alike: once asked (a research question), once said.
SKRIPSI = """# Skripsi Hukum

## Bab Satu

Pengaturan sanksi pidana pembakaran lahan perkebunan dalam undang-undang perkebunan?

## Bab Dua

Pengaturan sanksi pidana pembakaran lahan perkebunan dalam undang-undang perkebunan.
"""


def test_of_two_passages_alike_the_one_that_asks_ranks_below_the_one_that_says(course, retriever_of):
    """Fitted, the weight was small (about 0.01 of cosine similarity, de108de): it decides between passages otherwise
    alike, it does not bury a research question far more similar to the question than its answer."""
    engine = course({"skripsi.md": SKRIPSI})
    query = "Bagaimana pengaturan sanksi pidana pembakaran lahan perkebunan?"
    retriever = retriever_of(engine)
    found = retriever.candidates(query, retriever.query_vector(query))
    asking = {engine.index.chunks[i].text[-1]: row[PASSAGE_FEATURES.index("asks")]
              for i, row in zip(found.ids, found.features)}
    assert asking == {"?": 1.0, ".": 0.0}
    # weighed as fit_ranker.py fits it when it is not left out (bench/fit_ranker.py LEFT_OUT: 0 in the packaged file)
    weights = ranker.load_parameters().passage.copy()
    weights[PASSAGE_FEATURES.index("asks")] = -1.0
    weighed = retriever_of(engine, dataclasses.replace(ranker.load_parameters(), passage=weights))
    assert weighed.search(query, 2).hits[0].chunk.text.endswith(".")
