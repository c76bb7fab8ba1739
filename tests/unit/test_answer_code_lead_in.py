"""A line of program code is no answer alone (issue 15): a question naming the call ("apakah round(2.5) …?") shares
every word with the line ">>> round(2.5)", which says nothing of what it shows; the lead-in right over it says it.
The code line is said with that lead-in; a code line with no lead-in over it stays as it is."""

from telusur.query.answer import units

PEMBULATAN = """# Bilangan di Python

## Pembulatan

Python menyediakan beberapa cara untuk membulatkan bilangan pecahan. Fungsi round tersedia tanpa perlu mengimpor
modul apa pun, akan tetapi pembulatannya memakai aturan bankir sehingga angka lima dibulatkan ke bilangan genap:
>>> round(2.5)
2
"""


def _lead(text: str, n: int) -> str:
    from telusur.query.answer import _with_its_lead_in

    return text[slice(*_with_its_lead_in(text, units(text)[n]))]


def test_a_code_line_is_said_with_the_lead_in_over_it():
    text = "Fungsi len menghitung panjang daftar, tetapi tidak menghitung isi daftar di dalamnya:\n>>> len([1, [2, 3]])\n2"
    assert _lead(text, 1) == text.rsplit("\n", 1)[0]


def test_a_code_line_with_no_lead_in_over_it_stays_alone():
    text = "Contoh berikut mencetak teks.\n>>> print('halo')"
    assert _lead(text, 1) == ">>> print('halo')"


def test_a_question_naming_the_call_is_answered_with_what_the_text_says_of_it(course):
    answer = course({"pembulatan.md": PEMBULATAN}, abstain_below=-1.0).ask("apakah round(2.5) hasilnya 3?")
    assert "aturan bankir" in answer.answer, answer.answer
