"""An "apa saja" question is answered by the passage naming the things asked for, whether it names them in a list or
in one sentence: a list on the same topic that names other things gets only a small edge for being a list (the
ranker's list_enumeration weight, 0.02 of cosine similarity since 2026-12-04; held at 0.03 before, it put such a list
first in four documents of the open sets: 'Perangkat jaringan komputer bisa disambungkan lewat media apa saja?',
'Dalam sistem kontrol, jenis sistem kendali apa saja yang dikenal?', 'UML di dunia industri dipakai buat apa saja?',
'profitabilitas biasanya dinyatakan dalam angka apa saja')."""

from telusur.query.ranker import PASSAGE_FEATURES, load_parameters

TEXT = """# Jaringan Komputer

## Media Jaringan

Antar perangkat jaringan komputer dihubungkan melalui media, bisa wireless maupun kabel seperti UTP dan fiber optic.

## Keuntungan Jaringan

Keuntungan menggunakan jaringan komputer antara lain:
a. Perangkat dapat bertukar data atau file.
b. Pemakaian printer bersama oleh semua komputer di kantor.
c. Media penyimpanan dipakai bersama di jaringan.
"""
QUESTION = "Perangkat jaringan komputer bisa disambungkan lewat media apa saja?"


def test_a_sentence_naming_the_items_ranks_above_a_list_on_the_topic(course, retriever_of):
    engine = course({"jaringan.md": TEXT})
    retriever = retriever_of(engine)
    found = retriever.candidates(QUESTION, retriever.query_vector(QUESTION))
    listed = {engine.index.chunks[i].text.split()[0]: row[PASSAGE_FEATURES.index("list_enumeration")]
              for i, row in zip(found.ids, found.features)}
    assert listed == {"Antar": 0.0, "Keuntungan": 1.0}  # the question asks for a list, and one passage is one
    assert engine.search(QUESTION, 2).hits[0].chunk.text.startswith("Antar perangkat jaringan komputer")
    # the edge being small is what keeps it so: a larger one puts the list first. (The list's item "di kantor" since
    # 2026-12-06: the full refit's place weight, 9.7 -> 2.1, no longer gave the sentence's heading "Media Jaringan" the
    # margin this made-up text had counted on. The edge tried here was 0.03 of cosine, the hand-set weight until
    # 2026-12-04, until the refit fit-22e465c82896 left the sentence 0.04 of score ahead at 0.03: 0.05 since, so the
    # check says what the edge does rather than where one fit's margin falls.)
    weights = load_parameters().passage.copy()
    weights[PASSAGE_FEATURES.index("list_enumeration")] = 0.05 * weights[PASSAGE_FEATURES.index("dense")]
    score = {engine.index.chunks[i].text.split()[0]: float(row @ weights) for i, row in zip(found.ids, found.features)}
    assert score["Keuntungan"] > score["Antar"]
