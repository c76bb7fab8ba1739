"""An English question's words reach BM25 over an Indonesian text through the text's words for each of them
(query/english.py translate: "boat" -> perahu, kapal). Those words stand for ONE word of the question: BM25 counts
them as one term (BM25.grouped_scores, a structured query), so a passage writing two translations of one word does
not outscore a passage writing one translation each of two words (issue 15: english_lexical). Made-up texts, the stub
encoder."""

import numpy as np

from telusur.index.lexical import BM25
from telusur.query.ranker import PASSAGE_FEATURES

LEXICAL = PASSAGE_FEATURES.index("english_lexical")


def test_a_group_of_terms_scores_as_one_term():
    passages = [["perahu", "kapal", "dermaga"], ["perahu", "desa", "dermaga"], ["desa", "sawah"], ["jalan", "pasar"]]
    bm25 = BM25.build(passages)
    flat = bm25.scores(["perahu", "kapal", "desa"])
    grouped = bm25.grouped_scores([["perahu", "kapal"], ["desa"]])
    assert flat[0] > flat[1]  # two words for one boat outscore a boat and a village
    assert grouped[1] > grouped[0]  # each word of the question once: the boat and the village
    assert grouped[2] > 0 and grouped[3] == 0
    # a group of one term is that term's BM25; others are scored each alone
    assert np.allclose(bm25.grouped_scores([["sawah"]]), bm25.scores(["sawah"]))
    assert np.allclose(bm25.grouped_scores([], ["jalan", "pasar"]), bm25.scores(["jalan", "pasar"]))
    # a term the index lacks adds nothing; an empty group neither
    assert np.allclose(bm25.grouped_scores([["sepeda"], []]), 0)


PESISIR = """# Kehidupan Pesisir

## Dermaga

Nelayan menambatkan perahu atau kapal motor di dermaga.

## Jumlah

Desa Tanjung Rejo memiliki dua puluh perahu.

## Sawah

Sawah di desa itu ditanami jagung.

## Pasar

Pasar ikan dibuka setiap pagi.

## Harga

Harga beras naik menjelang lebaran.
"""


def test_an_english_word_written_two_ways_counts_once_in_english_lexical(retriever_of):
    retriever = retriever_of({"pesisir.md": PESISIR})
    question = "How many boats does the village have?"
    found = retriever.candidates(question, retriever.query_vector(question))
    lexical = {retriever.index.chunks[i].text.split()[0]: found.features[n, LEXICAL] for n, i in enumerate(found.ids)}
    # the passage with the village's boats, not the one writing "boat" in both its words
    assert lexical["Desa"] > lexical["Nelayan"]

