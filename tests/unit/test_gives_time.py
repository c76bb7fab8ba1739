"""A "kapan" question is answered by the sentence that writes a time beside the question's words ("Ia dinobatkan menjadi
raja pada tahun 1412"), often in a paragraph that names its subject only as "ia", while the article's opening paragraph
names the subject in every sentence and gives no date (TyDi-id dev: 'Kapankah nabi Musa diangkat menjadi nabi?',
'Kapan Władysław I diberi gelar adipati?'). The ranker's "gives_time" feature (fitted) is sentence_words over the
sentences writing a time (query/kinds.py: TIME), for a question whose kind is "time" only; on tiny texts with the stub
encoder."""

import pytest

from telusur.query.ranker import PASSAGE_FEATURES

KINGDOM = """# Kerajaan Wanasari

## Ikhtisar

Kerajaan Wanasari adalah kerajaan pesisir yang terkenal dengan pelabuhan rempah. Raja Wanasari memerintah dari istana
di tepi sungai, dan pasar Wanasari ramai oleh pedagang dari seberang laut.

## Riwayat

Ia dinobatkan menjadi raja pada tahun 1412 setelah ayahnya wafat. Pelabuhan diperluas dan pasar dibuka bagi pedagang
asing.
"""


def _gives_time(retriever, query):
    found = retriever.candidates(query, retriever.query_vector(query))
    at = PASSAGE_FEATURES.index("gives_time")
    return {retriever.index.chunks[i].location.section[-1]: row[at] for i, row in zip(found.ids, found.features)}


def test_the_sentence_writing_a_time_with_the_questions_words_counts(retriever_of):
    shares = _gives_time(retriever_of({"wanasari.md": KINGDOM}), "Kapan Raja Wanasari dinobatkan?")
    assert shares["Riwayat"] > 0.3  # "dinobatkan ... raja ... tahun 1412": the name's sentence is elsewhere
    assert shares["Ikhtisar"] == 0.0  # every question word, no time


def test_only_a_question_asking_when(retriever_of):
    shares = _gives_time(retriever_of({"wanasari.md": KINGDOM}), "Siapa yang dinobatkan menjadi Raja Wanasari?")
    assert set(shares.values()) == {0.0}


@pytest.mark.parametrize("question", ["Tahun berapa Raja Wanasari dinobatkan?", "Sejak kapan raja Wanasari memerintah?"])
def test_other_ways_of_asking_when(retriever_of, question):
    assert _gives_time(retriever_of({"wanasari.md": KINGDOM}), question)["Riwayat"] > 0.0


@pytest.mark.parametrize("question", ["When was the king of Wanasari crowned?", "In what year was the king of Wanasari "
                                      "crowned?", "Which year did the king of Wanasari take the throne?"])
def test_a_question_asking_when_in_english(retriever_of, question):
    """An English question asking a time reads the sentences writing one as "kapan" does, over its words in the text's
    spelling ("king": "raja"), each English word once."""
    shares = _gives_time(retriever_of({"wanasari.md": KINGDOM}), question)
    assert shares["Riwayat"] > 0.0 and shares["Ikhtisar"] == 0.0


def test_an_english_when_joining_a_clause_asks_no_time(retriever_of):
    shares = _gives_time(retriever_of({"wanasari.md": KINGDOM}), "What did the king of Wanasari open when the port "
                                                                  "grew?")
    assert set(shares.values()) == {0.0}


@pytest.mark.parametrize("question", ["In what year did Malaysia issue its map?", "Which century was the temple built "
                                      "in?", "What is the date of the treaty?", "Until when are the cycles repeated?",
                                      "The treaty was signed where, and when?", "When was the port opened?"])
def test_english_ways_of_asking_a_time_are_the_time_kind(question):
    from telusur.query.kinds import question_kind

    assert question_kind(question) == "time"


@pytest.mark.parametrize("question", ["How did other countries react when Malaysia issued its map?",
                                      "What does a believer do when given amanah?"])
def test_an_english_when_joining_a_clause_is_no_time_kind(question):
    from telusur.query.kinds import question_kind

    assert question_kind(question) != "time"


SCHOOL = """# Sekolah Rakyat Wanasari

## Sejarah

Sekolah Rakyat Wanasari didirikan oleh para guru desa untuk anak petani. Sekolah Rakyat Wanasari mengajarkan membaca,
menulis dan berhitung kepada anak petani. Para guru sekolah itu mengajar tanpa dibayar. Sekolah itu resmi dibuka pada
tahun 1921 di balai desa.
"""


def test_an_english_question_asking_the_year_is_answered_with_the_sentence_giving_it(course):
    """"In what year …?" asks a time as "Tahun berapa …?" does: the sentence writing the year is said (s25 read no
    kind and said only the sentences repeating the school's name)."""
    answer = course({"sekolah.md": SCHOOL}).ask("In what year was the Wanasari people's school opened?").answer
    assert "tahun 1921" in answer, answer


@pytest.mark.parametrize("question", ["Do you know when the port was opened?", "Can you tell me when Amos prophesied?"])
def test_when_asked_of_someone_after_a_verb_is_the_time_kind(question):
    # as "Do you know who …?" is a person question (kinds._ASKING, one list for both)
    from telusur.query.kinds import question_kind

    assert question_kind(question) == "time"


@pytest.mark.parametrize("question, kind", [
    # "When" opening a clause before another question word asks what that word asks
    ("When prices rise, what happens to demand?", None),
    ("When the price rises, how many units are sold?", "number"),
    # a date's word inside another word asks for no date
    ("What was the year's profit?", None),
    ("Which decade's policies are discussed?", None),
    # ... while "When" asking, then a clause after its comma, still asks a time
    ("When does the development peak, according to Page?", "time"),
    ("When was the port opened, as the text tells it?", "time"),
])
def test_english_when_opening_a_clause_and_date_words_inside_others(question, kind):
    from telusur.query.kinds import question_kind

    assert question_kind(question) == kind
