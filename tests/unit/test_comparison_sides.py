"""A comparison whose second side runs on into what is said of both ("Apa beda jabatan nabi dengan jabatan imam di
Israel?", "… autis ringan kalau dipanggil namanya?"): the phrase closing it is no side, unless the first side has one of
its own ("hukum waris di Indonesia dengan hukum waris di Belanda"). A describing word the stop list drops ("sedang",
"panjang") can be what tells the sides apart."""

import pytest

from telusur.query.answer import compared


@pytest.mark.parametrize("question, sides", [
    ("Apa beda jabatan nabi dengan jabatan imam di Israel?", ("nabi", "imam")),
    ("Apa bedanya kata tindak dengan kata perbuatan dalam istilah hukum pidana?", ("tindak", "perbuatan")),
    ("Apa bedanya anak autis sedang dengan autis ringan kalau dipanggil namanya?", ("sedang", "ringan")),
    ("Apa perbedaan koperasi primer dan koperasi sekunder menurut undang-undang?", ("primer", "sekunder")),
    # a side told apart by a word the stop list drops ("sedang", "panjang")
    ("Apa beda tujuan jangka panjang dan jangka pendek?", ("panjang", "pendek")),
    # ... or a stop word the search keeps (indonesian.SEARCHED_STOP_WORDS: "ibu", "bapak", "mata")
    ("Apa perbedaan peran bapak dan peran ibu dalam keluarga?", ("bapak", "ibu")),
    # guards: a place each side has, a side that is a place, no phrase after the second side
    ("Apa beda hukum waris di Indonesia dengan hukum waris di Belanda?", ("indonesia", "belanda")),
    ("Apa perbedaan pendidikan di desa dan di kota?", ("desa", "kota")),
    ("Apa perbedaan kerjasama bilateral dan multilateral?", ("bilateral", "multilateral")),
])
def test_what_is_said_of_both_sides_is_no_side(question, sides):
    assert compared(question) == sides


AUTISME = """# Klasifikasi Autisme

## Pengklasifikasian

Autisme dapat diklasifikasikan menjadi beberapa bagian berdasarkan gejalanya. Pengklasifikasiannya adalah sebagai
berikut:
• Autis Ringan
Pada kondisi ini anak autis masih menunjukkan adanya kontak mata walaupun tidak berlangsung lama. Anak autis ini dapat
memberikan sedikit respon ketika dipanggil namanya, menunjukkan ekspresi muka, dan berkomunikasi dua arah meskipun
hanya sesekali.
• Autis Sedang
Pada kondisi ini anak autis masih menunjukkan sedikit kontak mata namun tidak memberikan respon ketika namanya
dipanggil. Tindakan agresif atau hiperaktif cenderung agak sulit untuk dikendalikan.
• Autis Berat
Anak autis yang berada pada kategori ini menunjukkan tindakan yang sangat tidak terkendali.
"""


def test_a_comparison_under_a_shared_condition_says_both_sides(course):
    answer = course({"autisme.md": AUTISME}).ask(
        "Apa bedanya anak autis sedang dengan autis ringan kalau dipanggil namanya?")
    assert "tidak memberikan respon ketika namanya dipanggil" in answer.answer, answer.answer  # sedang
    assert "sedikit respon ketika dipanggil namanya" in answer.answer, answer.answer  # ringan
