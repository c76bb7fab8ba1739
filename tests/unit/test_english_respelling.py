"""An English word typed with a letter left out or two neighbours swapped is read as the word of the English word list
so typed whose words the text writes (query/retrieval.py: Retriever._english_slip; issue 15): "poor nutrtion" was
searched as a word no text writes, so the text's "gizi" was never asked (team set 14, s27). A word changed or added a
letter is left as typed: with a list of course words that is as often another real word ("viral", "chords"). Tiny
texts, the stub encoder."""

import pytest

GIZI = """# Gizi dan Kesehatan Anak

Gizi buruk menurunkan daya tahan tubuh balita sehingga risiko infeksi saluran pernapasan meningkat. Anak dengan
autisme memerlukan manajemen kelas yang terstruktur. Pendidikan yang penting bagi anak adalah pendidikan yang
menetap dan tinggal bersama keluarga; tali pusar bayi dirawat bidan. Hibah dari pemerintah membantu sekolah.
"""


@pytest.mark.parametrize("question, read", [
    ("How does poor nutrtion raise the risk of infection?", "How does poor nutrition raise the risk of infection?"),
    ("Can vaccines cause autsim?", "Can vaccines cause autism?"),  # two neighbours swapped
    ("What are the functions of mangement in a class?", "What are the functions of management in a class?"),
    ("Nutrtion matters how much for toddlers?", "Nutrition matters how much for toddlers?"),  # opening a sentence
])
def test_an_english_word_with_a_letter_left_out_or_swapped_is_read_as_the_word_the_text_writes(retriever_of, question,
                                                                                                 read):
    retriever = retriever_of({"gizi.md": GIZI})
    assert retriever.respelled(question) == read


@pytest.mark.parametrize("question", [
    "Why do viral videos spread among toddlers?",  # a letter changed: "vital" is penting, which the text writes
    "Which chords do children sing?",  # a letter added: "cords" (tali)
    "Who is cited as saying that children stay at home?",  # a form of a framing word ("say"), not "staying"
    "How did grunting start in the class?",  # a letter changed: "granting" (hibah)
    "What did Nutrtion Kids publish on infection?",  # a name
    "Is a dieet with alters good?",  # under six letters: "dieet" stays
])
def test_an_english_word_a_letter_changed_or_added_or_a_short_word_or_a_name_stays_as_typed(retriever_of, question):
    retriever = retriever_of({"gizi.md": GIZI})
    assert retriever.respelled(question) == question


def test_an_english_word_the_text_writes_stays_as_typed(retriever_of):
    # "autsim" as the text writes it (a quoted slip of its own) is the text's word, not a typo of "autism"
    retriever = retriever_of({"gizi.md": GIZI + "\nIstilah autsim kadang ditulis keliru.\n"})
    assert retriever.respelled("Can vaccines cause autsim?") == "Can vaccines cause autsim?"


def test_the_answer_to_a_question_with_a_slip_is_the_sentence_of_the_word_meant(course):
    answer = course({"gizi.md": GIZI}).ask("How does poor nutrtion raise the risk of infection?")
    assert answer.answer.startswith("Gizi buruk")
