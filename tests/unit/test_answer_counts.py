"""A "berapa / how many" question is answered with the sentence giving the count it asks (a number before the thing
counted or a unit of the kind asked: "hampir tujuh puluh tahun"), not with one that only writes a number (a year,
"tahun 605 SM"); and an answer may say four close sentences, the fourth often the one asked."""

DANIEL = """# Nabi Masa Pembuangan

## Daniel

Daniel dibuang ke Babilonia pada musim panas tahun 605 SM, tahun ketiga pemerintahan raja Yoakhim. Dia terus melayani \
sampai Koresy mengalahkan Babilonia pada tahun 539 SM, dia hidup di sana hampir tujuh puluh tahun.
"""


def test_a_how_many_question_is_answered_with_the_count_not_a_year(course):
    # nabi-israel (team set 1): "How many years did Daniel spend in Babylon?"
    answer = course({"nabi.md": DANIEL}).ask("Berapa tahun Daniel tinggal di Babilonia?")
    assert "hampir tujuh puluh tahun" in answer.answer, answer.answer


KOMPOS = """# Kompos

## Manfaat Kompos

Kompos memberi manfaat bagi tanah sawah. Kompos memberi manfaat bagi tanah liat. Kompos memberi manfaat bagi tanah \
pasir. Kompos memberi manfaat bagi tanah kering.
"""


def test_an_answer_says_the_fourth_of_four_close_sentences(course):
    answer = course({"kompos.md": KOMPOS}).ask("Apa manfaat kompos bagi tanah?")
    assert "tanah kering" in answer.answer, answer.answer
