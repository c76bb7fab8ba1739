"""A comparison asked the spoken way: "sama" for "dengan" ("Apa bedanya pena sama pensil?", "Beda istilah tindak sama
perbuatan dalam hukum pidana apa sih?") and the pair named before "bedanya" ("kreativitas sama inovasi bedanya apa",
"warna pastel vs warna mencolok … kesannya beda gimana?"). Its answer says what the text says of each side. "X beda
dari Y" (how one thing differs) and "sama" meaning "the same" name no pair."""

import pytest

from telusur.query.answer import compared


@pytest.mark.parametrize("question, sides", [
    ("Apa bedanya pena sama pensil?", ("pena", "pensil")),
    ("Beda istilah tindak sama perbuatan dalam hukum pidana apa sih?", ("tindak", "perbuatan")),
    ("ciri2 yg membedakan masyarakat desa sama kota apa aja?", ("desa", "kota")),
    ("kreativitas sama inovasi bedanya apa", ("kreativitas", "inovasi")),
    ("Gemeinschaft dan gesellschaft bedanya apa?", ("gemeinschaft", "gesellschaft")),
    ("warna pastel vs warna mencolok buat dinding kantor kesannya beda gimana?", ("pastel", "mencolok")),
    # guards: one thing set against others, "sama" as "the same", the written forms as before
    ("Yang bikin Raspberry Pi beda dari komputer biasa selain harga sama ukurannya apa?", None),
    ("Apakah hasil penelitian ini sama dengan teori?", None),
    ("Apa perbedaan kerjasama bilateral dan multilateral?", ("bilateral", "multilateral")),
])
def test_a_spoken_comparison_names_its_two_sides(question, sides):
    assert compared(question) == sides


TINDAK = """# Tindak Pidana

## Istilah

Ada lain istilah yang dipakai dalam hukum pidana, yaitu tindak pidana. Istilah ini, karena timbulnya dari pihak kementrian kehakiman, sering dipakai dalam perundang-undangan. Meskipun kata tindak lebih pendek dari perbuatan tapi tindak tidak menunjukkan pada suatu yang abstrak seperti perbuatan, tapi hanya menyatakan perbuatan konkrit, dengan perbedaan bahwa tindak adalah kelakuan, tingkah laku atau sikap jasmani seseorang. Oleh karena tindak sebagai kata tidak begitu dikenal, maka dalam perundang-undangan yang menggunakan istilah tindak pidana hampir selalu dipakai pula kata perbuatan.
"""


def test_a_spoken_comparison_is_answered_with_what_sets_the_sides_apart(course):
    answer = course({"tindak.md": TINDAK}).ask("Beda istilah tindak sama perbuatan dalam hukum pidana apa sih?")
    assert "hanya menyatakan perbuatan konkrit" in answer.answer, answer.answer
