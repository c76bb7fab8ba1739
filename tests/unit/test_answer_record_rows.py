"""A table of numbered records ("1 | Peneliti | …" opening a record, " | Judul | …" and " | Hasil | …" going on with
it, as theses list their previous studies): a row going on with a record says whose it is, as the index's part of it
does (chunking.said_rows), so a question naming the record's researcher and asking its title is answered with the
title's row, said with the row that opens it, not with the researcher's row alone (team set 13: "Penelitian
terdahulu Nur Fuanzen judulnya apa?"). All text is invented."""

import dataclasses

from telusur.query.answer import compose

STUDIES = """# Landasan Teori

## Penelitian Terdahulu

| 1 | Peneliti | Rina Kusumawati |
| --- | --- | --- |
|  | Judul | Pengaruh Musik Klasik terhadap Konsentrasi Belajar |
|  | Hasil | Siswa kelas lima lebih tenang saat mengerjakan soal hitungan. |
| 2 | Peneliti | Budi Santoso |
|  | Judul | Strategi Promosi Koperasi Sekolah |
|  | Hasil | Poster di kantin menambah anggota koperasi setiap semester. |
"""


def _answer(course, retriever_of, question):
    engine = course({"studi.md": STUDIES})
    retriever = retriever_of(engine)
    found = retriever.search(question, 3)
    hits = sorted(found.hits, key=lambda h: "Rina Kusumawati" not in h.chunk.text)
    assert "Rina Kusumawati" in hits[0].chunk.text and "Pengaruh Musik" in hits[0].chunk.text, found.hits
    retrieval = dataclasses.replace(found, hits=tuple(hits[:1]), confidence=1.0)
    return compose(question, question, retrieval, engine.settings.abstain_below, retriever, None).answer


def test_a_records_title_row_answers_a_question_naming_its_researcher(course, retriever_of):
    answer = _answer(course, retriever_of, "Penelitian terdahulu Rina Kusumawati judulnya apa?")
    assert "Pengaruh Musik Klasik terhadap Konsentrasi Belajar" in answer, answer
    assert "Rina Kusumawati" in answer, answer  # said with the row opening its record


def test_another_records_rows_do_not_take_the_researchers_name(course, retriever_of):
    answer = _answer(course, retriever_of, "Penelitian terdahulu Rina Kusumawati judulnya apa?")
    assert "Koperasi" not in answer, answer


RESPONDENTS = """# Hasil Penelitian

## Karakteristik Responden

| Karakteristik | N | (%) |
| --- | --- | --- |
| Umur |  |  |
| 20-30 tahun | 40 | 40 |
| 31-40 tahun | 60 | 60 |
| Pendidikan |  |  |
| SMA | 30 | 30 |
| S1 | 70 | 70 |
"""


def test_a_row_under_a_group_label_says_the_label(course, retriever_of):
    """The row "S1 | 70 | 70" counts those whose education is S1: it says "pendidikan" as the index's part of it does
    ("Pendidikan: S1; N: 70; (%): 70"), so a question asking with that word finds all of it in the row (team set 3's
    "Berapa responden yang pendidikan terakhirnya S1?" was answered with a sentence of another passage too)."""
    from telusur.query.answer import _with_column_names, units

    engine = course({"responden.md": RESPONDENTS})
    retriever = retriever_of(engine)
    chunk = next(c for c in engine.index.chunks if "S1 | 70" in c.text)
    spans = units(chunk.text)
    said = [(set(retriever.words(chunk.text[a:b])), set()) for a, b in spans]
    weights = retriever.question_terms("Berapa responden yang pendidikan terakhirnya S1?")
    rows = {chunk.text[a:b].strip(): got for (a, b), (_, got) in zip(spans, _with_column_names(
        chunk, spans, said, weights, retriever.words))}
    s1 = next(got for row, got in rows.items() if row.startswith("S1"))
    young = next(got for row, got in rows.items() if row.startswith("20-30"))
    assert set(retriever.words("Pendidikan")) <= s1, rows
    assert not set(retriever.words("Pendidikan")) & young, rows  # under "Umur", not "Pendidikan"
