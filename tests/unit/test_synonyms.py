"""A question worded otherwise than its text (issue 15): "Apa kegunaan X?" over a text writing "manfaat X". The word
groups of data/indonesian-synonyms.tsv (query/synonyms.py) let the passage using the text's other word for it count,
less than one using the question's own word; on tiny texts with the stub encoder."""

import pytest

from telusur.index.lexical import stem
from telusur.query import synonyms
from telusur.query.ranker import PASSAGE_FEATURES

# Two passages alike to the stub encoder (two words of the question each, five in all, as the stub encoder counts them): only the first says
# what the question asks, with another word for it.
KOMPUTER = """# Komputer Sekolah

## Bagian Satu

Komputer sekolah dibeli tahun 2010.

## Bagian Dua

Manfaat komputer sekolah: administrasi cepat.

## Bagian Tiga

Kegunaan komputer sekolah: administrasi cepat.
"""


def test_every_word_of_the_groups_is_written_as_the_index_spells_it():
    """The groups are compared with a question's search terms as they are: each word must be its own root."""
    words = {w for w in synonyms.groups()}
    assert {"guna", "fungsi", "manfaat", "konflik", "tentang", "faktor", "sebab"} <= words
    assert not [w for w in words if stem(w) != w]


def test_a_word_finds_the_other_words_of_its_groups_that_the_text_uses():
    used = {"manfaat": "manfaat", "konflik": "konflik"}
    assert synonyms.related("guna", used.get) == ["manfaat"]  # "fungsi", "faedah": not in this text
    assert synonyms.related("tentang", used.get) == ["konflik"]  # "pertentangan"
    assert synonyms.related("komputer", used.get) == []


def _words_feature(retriever, query):
    found = retriever.candidates(query, retriever.query_vector(query))
    at = PASSAGE_FEATURES.index("words")
    return {retriever.index.chunks[i].text.split()[0]: row[at] for i, row in zip(found.ids, found.features)}


def test_a_passage_saying_it_with_another_word_counts_less_than_one_using_the_word(course, retriever_of):
    engine = course({"komputer.md": KOMPUTER})
    words = _words_feature(retriever_of(engine), "Apa kegunaan komputer sekolah?")
    assert words["Kegunaan"] > words["Manfaat"] > words["Komputer"]
    assert words["Manfaat"] - words["Komputer"] == pytest.approx(
        synonyms.SHARE * (words["Kegunaan"] - words["Komputer"]), rel=0.01)


def test_the_passage_saying_what_is_asked_in_other_words_ranks_first(course):
    """'Apa kegunaan komputer sekolah?' over a text that writes 'Manfaat komputer sekolah': that passage first, not
    the one that only shares the question's other words."""
    engine = course({"komputer.md": KOMPUTER.split("## Bagian Tiga")[0]})
    assert engine.search("Apa kegunaan komputer sekolah?", 2).hits[0].chunk.text.startswith("Manfaat")
    assert engine.search("Apa fungsi komputer sekolah?", 2).hits[0].chunk.text.startswith("Manfaat")
