"""A comparison asked the spoken way: "sama" for "dengan" ("Apa bedanya pena sama pensil?", "Beda istilah tindak sama
perbuatan dalam hukum pidana apa sih?") and the pair named before "bedanya" ("kreativitas sama inovasi bedanya apa",
"warna pastel vs warna mencolok … kesannya beda gimana?") or after "beda gimana" / "bedanya apa" ("Kopi tubruk bedanya
apa sama kopi saring?"). Its answer says what the text says of each side. "X beda dari Y" (how one thing differs)
and "sama" meaning "the same" name no pair. A question is read in standard words first, as ask reads it ("gimana" is
"bagaimana", "sih" goes: indonesian.standard_words)."""

import pytest

from telusur.indonesian import standard_words
from telusur.query.answer import compared


@pytest.mark.parametrize("question, sides", [
    ("Apa bedanya pena sama pensil?", ("pena", "pensil")),
    ("Beda istilah tindak sama perbuatan dalam hukum pidana apa sih?", ("tindak", "perbuatan")),
    ("ciri2 yg membedakan masyarakat desa sama kota apa aja?", ("desa", "kota")),
    ("kreativitas sama inovasi bedanya apa", ("kreativitas", "inovasi")),
    ("Gemeinschaft dan gesellschaft bedanya apa?", ("gemeinschaft", "gesellschaft")),
    ("warna pastel vs warna mencolok buat dinding kantor kesannya beda gimana?", ("pastel", "mencolok")),
    # "X beda gimana sama Y", "X bedanya apa sama Y": the question word is no side ("gimana" was read as one)
    ("Soal harga, pena biru beda gimana sama pena hitam?", ("biru", "hitam")),
    ("Kopi tubruk bedanya apa sama kopi saring?", ("tubruk", "saring")),
    ("Sekolah negeri berbeda bagaimana dengan sekolah swasta dalam biaya?", ("negeri", "swasta")),
    ("Kopi tubruk berbeda apa dari kopi saring?", ("tubruk", "saring")),
    ("Pena biru bedanya apa ya sama pena hitam?", ("biru", "hitam")),
    # guards: one thing set against others, "sama" as "the same", the written forms as before
    ("Yang bikin Raspberry Pi beda dari komputer biasa selain harga sama ukurannya apa?", None),
    ("Apakah hasil penelitian ini sama dengan teori?", None),
    ("Apa perbedaan kerjasama bilateral dan multilateral?", ("bilateral", "multilateral")),
])
def test_a_spoken_comparison_names_its_two_sides(question, sides):
    assert compared(standard_words(question)) == sides


DELIK = """# Hukum Adat

## Istilah

Dalam hukum adat dikenal dua istilah untuk pelanggaran, yaitu delik dan kesalahan. Istilah delik lebih sering dipakai oleh para hakim di pengadilan negeri dan dalam putusan-putusan mereka. Meskipun kata delik lebih singkat dari kesalahan tetapi delik tidak menunjuk pada hal yang umum seperti kesalahan, melainkan hanya menyatakan pelanggaran tertentu, dengan perbedaan bahwa delik adalah perbuatan yang diancam sanksi adat. Oleh karena kata delik belum begitu dikenal warga, maka dalam aturan desa yang memakai istilah delik hampir selalu dipakai pula kata kesalahan.
"""


def test_a_spoken_comparison_is_answered_with_what_sets_the_sides_apart(course):
    answer = course({"delik.md": DELIK}).ask("Beda istilah delik sama kesalahan dalam hukum adat apa sih?")
    assert "hanya menyatakan pelanggaran tertentu" in answer.answer, answer.answer
