"""An answer to a question in English: its words meet the text only through their Indonesian forms, some of them
wrong ("start" -> "state", "smart"), so the words a sentence shares choose it less surely: its meaning counts more, and
a sentence scoring a little below the best is said too (Habakkuk's ministry, team set 6; the type A employees, team set
8). All text is invented."""

import dataclasses

import pytest

from telusur.chunking import part_spans
from telusur.query.answer import compose

HABAKUK = """# Nabi-nabi Kecil

## Habakuk

Kitab Habakuk tidak menunjukkan tahun nubuatnya secara persis, namun jelas ditulis sebelum serangan Babilonia. Mungkin
saat yang paling tepat untuk menunjuk masa pelayanan adalah akhir pemerintahan Yosia, sekitar tahun 609 SM. Babilonia
kemudian menyerang Yerusalem dan membawa banyak orang Yehuda ke pembuangan di negeri yang jauh.

## Zefanya

Zefanya bernubuat pada masa pemerintahan Raja Yosia.
"""


@pytest.mark.parametrize("named", [
    0.8,  # the sentence naming Habakkuk means no more than the last one: the answer's sentence, by its meaning, ties it
    0.84,  # … means a little more: the answer's sentence scores 0.71 of it, said with it
])
def test_an_english_questions_sentence_is_chosen_more_by_its_meaning(course, retriever_of, monkeypatch, named):
    engine = course({"nabi.md": HABAKUK})
    retriever = retriever_of(engine)
    question = "When did Habakkuk most likely start his ministry?"
    found = retriever.search(question, 3)
    hits = sorted(found.hits[:2], key=lambda h: "609" not in h.chunk.text)
    assert "609" in hits[0].chunk.text, found.hits
    top = max(h.score for h in found.hits)
    hits = (dataclasses.replace(hits[0], score=top), dataclasses.replace(hits[1], score=top - 5.0, dense=0.8))
    retrieval = dataclasses.replace(found, hits=hits, confidence=1.0)

    def part_scores(chunk, vector):  # the stub encoder knows no English: a bilingual model's similarities
        said = [(s, chunk.text[s[0]:s[1]]) for s in part_spans(chunk.text)]
        return [(s, 0.9 if "609" in text else named if "Habakuk" in text else 0.8) for s, text in said] or None

    monkeypatch.setattr(retriever, "part_scores", part_scores)
    answer = compose(question, question, retrieval, engine.settings.abstain_below, retriever, None)
    assert "sekitar tahun 609 SM" in answer.answer, answer.answer
