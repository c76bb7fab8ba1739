"""A people an English question names by "-ite" after its land or forefather ("the Edomites", "the Canaanite way of
life") is the name Indonesian writes after "orang" ("orang Edom", "orang Kanaan"), issue 15: read as a name the text
never writes, "What did Amazia bring home after beating the Edomites?" was declined (team set 16)."""

from telusur.query.english import name_spellings

RAJA = """# Raja-Raja Yehuda

## Amazia

Amazia menjadi raja Yehuda sesudah ayahnya. Setelah mengalahkan orang Edom di Lembah Asin, Amazia membawa pulang
patung-patung dewa mereka dan menyembahnya.

## Pengaruh Kanaan

Cara hidup orang Kanaan sangat menarik bagi bangsa Israel karena pemujaan Baal menjanjikan panen yang melimpah.
"""


def test_a_people_is_spelled_by_its_name():
    assert "edom" in name_spellings("Edomites")
    assert "israel" in name_spellings("Israelites")
    assert "kanaan" in name_spellings("Canaanite")  # the loan-word letters too: c -> k
    assert name_spellings("Website") == []  # a word, no people


def test_a_people_the_text_names_is_no_unknown_name(course, question_features):
    engine = course({"raja.md": RAJA})
    for question in ("What did Amazia bring home after beating the Edomites?",
                     "Why was the Canaanite way of life so attractive to the Israelites?"):  # "Kanaan": the term "kana"
        features = question_features(engine, question)
        assert features["english_names_unknown"] == 0.0, question

