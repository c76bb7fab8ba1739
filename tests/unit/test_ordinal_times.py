"""An ordinal counting times ("pertama kali", "untuk kedua kalinya", "kali pertama") asks when or where something
first happened, not for an item of a list (issue 15): the answer was the first passage's first list item, whatever
the question asked."""

import pytest

from telusur.query.conversation import ordinal

TEH = """# Mengenal Teh Hijau

## Asal usul

Teh hijau merupakan minuman yang dibuat dari daun Camellia sinensis tanpa proses oksidasi. Teh hijau pertama kali
dibudidayakan di Tiongkok pada masa Dinasti Tang. Keunggulan teh hijau yaitu:
• Kaya antioksidan
• Rendah kafein dibanding kopi
• Membantu menjaga berat badan
"""


@pytest.mark.parametrize("question", ["Kapan mesin uap pertama kali dipakai di pabrik?",
                                      "Siapa yang pertama kali menemukan penisilin?",
                                      "Di mana vaksin itu diuji untuk kedua kalinya?",
                                      "Kapan olimpiade digelar kali pertama?"])
def test_an_ordinal_counting_times_is_no_list_position(question):
    assert ordinal(question) is None


@pytest.mark.parametrize("question, position", [("Apa ciri yang pertama?", 1), ("tahap kedua apa?", 2),
                                                ("Jelaskan kalimat pertama", 1)])
def test_an_ordinal_naming_an_item_still_does(question, position):
    assert ordinal(question) == position


def test_where_something_was_first_done_is_answered_by_the_sentence_saying_it(course):
    answer = course({"teh.md": TEH}, abstain_below=-1.0).ask("teh hijau pertama kali dibudidayakan di mana?")
    assert "di Tiongkok" in answer.answer, answer.answer
