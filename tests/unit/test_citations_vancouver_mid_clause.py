"""Vancouver numbers in parentheses inside a clause ("penelitian sebelumnya (6,8) dan ...", "Roesli (10) menambahkan",
"Sari dkk. (4).") cited nothing; an enumeration's items and a number with no evidence must still cite nothing (fresh
gold 13, bench/citations-fresh-styles2.jsonl)."""

import pytest

from telusur.citations import find_citations


def _works(text: str) -> list[tuple[str, str]]:
    return [(c.authors[0] if c.authors else "", c.year) for c in find_citations(text)]


_LIST = """

DAFTAR PUSTAKA

1. Kementerian Kesehatan RI. Hasil utama Riskesdas 2018. Jakarta: Kemenkes RI; 2018.
2. Putra R. Sanitasi dan stunting. J Kesehatan. 2020;7(1):1-9.
3. Sari DP, Wulandari R. Dukungan suami dan ASI eksklusif. J Kesehat. 2019;10(1):33-41.
4. Roesli U. Mengenal ASI eksklusif. Jakarta: Trubus Agriwidya; 2000.
"""


@pytest.mark.parametrize("sentence, works", [
    ("Temuan ini konsisten dengan penelitian sebelumnya (2,3) dan dengan kebijakan nasional.",
     [("Putra", "2020"), ("Sari", "2019")]),
    ("Beberapa penelitian (2-4) menunjukkan hal yang sama.", [("Putra", "2020"), ("Sari", "2019"), ("Roesli", "2000")]),
    ("Roesli (4) menambahkan bahwa keyakinan ibu menentukan.", [("Roesli", "2000")]),
    ("Dukungan suami berperan, sebagaimana dilaporkan oleh Sari dkk. (3).", [("Sari", "2019")]),
    ("Hal ini sejalan dengan temuan Sari dan Wulandari (3) tentang dukungan suami.", [("Sari", "2019")]),
    # a study's finding after a lone number, no name before it or a place's (fresh gold 15)
    ("Penelitian sebelumnya (3) menemukan bahwa dukungan suami berperan.", [("Sari", "2019")]),
    ("Studi di Bogor (2) juga melaporkan hubungan sanitasi dengan stunting.", [("Putra", "2020")]),
    # a comparison after numbers a space parts: no decimal ("(2, 3)"), and a decimal-shaped claim's closing mark
    ("Penelitian sebelumnya (2, 3) lebih banyak dilakukan di kota.", [("Putra", "2020"), ("Sari", "2019")]),
    ("Risiko stunting lebih tinggi pada keluarga miskin dibandingkan keluarga mampu (2,3).",
     [("Putra", "2020"), ("Sari", "2019")]),
    # a decimal-shaped mark before "lebih" after studies named as the clause's subject: their works (fresh gold 20)
    ("Penelitian lain (2,3) lebih menekankan peran dukungan suami.", [("Putra", "2020"), ("Sari", "2019")]),
    ("Beberapa studi terdahulu (3,4) lebih banyak dilakukan di kota daripada di desa.",
     [("Sari", "2019"), ("Roesli", "2000")]),
])
def test_vancouver_numbers_inside_a_clause_cite_with_evidence(sentence, works):
    assert _works(sentence + _LIST) == works


@pytest.mark.parametrize("sentence", [
    "Fungsi manajemen meliputi (1) perencanaan, (2) pelaksanaan, dan (3) evaluasi.",
    "Hasil persamaan (1) dan (2) tidak berbeda.",
    "Santoso (2) menyatakan bahwa sanitasi berperan.",  # the name is not entry 2's author
    "Nilai rata-rata kelompok (3,2) lebih rendah daripada kelompok lain.",  # a decimal, its numbers out of order
    # decimals in order, compared: the value before "lebih", and the other side of the comparison
    "Skor kelompok eksperimen (3,4) lebih tinggi daripada kelompok kontrol (2,4).",
    "Rerata kelompok intervensi (2,3) kurang dari nilai normal.",
    "Jawaban diukur dengan skala Likert (1-4) yang terdiri atas empat pilihan.",  # a scale's values, in order
    "Kategori (1-3) menunjukkan tingkat pengetahuan rendah sampai tinggi.",
    "Setiap butir diberi skor (1-4).",
    # a measure's value, a decimal written the Indonesian way (fresh gold 20)
    "Aktivitas fisik responden tergolong sedang dengan skor rerata (3,4) pada skala 1-10.",
    "Nilai rata-rata (2,3) berada di atas batas normal.",
    "Langkahnya adalah (1) menemukan masalah, (2) merumuskan hipotesis, dan (3) menguji.",  # items, one sentence
    "Model regresi (2) menunjukkan koefisien yang lebih besar.",  # an equation's number: it shows, never finds
])
def test_an_enumeration_or_a_number_with_no_evidence_cites_nothing(sentence):
    assert _works(sentence + _LIST) == []


_WHO_LIST = """

DAFTAR PUSTAKA

1. World Health Organization. A global brief on hypertension. Geneva: WHO; 2013.
2. Putra R. Sanitasi dan stunting. J Kesehatan. 2020;7(1):1-9.
3. Sari DP, Wulandari R. Dukungan suami dan ASI eksklusif. J Kesehat. 2019;10(1):33-41.
"""


@pytest.mark.parametrize("sentence, works", [
    # a body's acronym before its entry's number mid-clause (fresh gold 20): the acronym stands for the entry's author
    ("Hasil ini sejalan dengan WHO (1) yang merekomendasikan penurunan berat badan.", [("World Health Organization", "2013")]),
    # acronyms that are no entry's author stay measures and tests
    ("Indeks Massa Tubuh (IMT) (2) dihitung dari berat dan tinggi badan.", []),
    ("Data dianalisis dengan ANOVA (2) dan uji lanjut.", []),
])
def test_a_bodys_acronym_before_its_number(sentence, works):
    assert _works(sentence + _WHO_LIST) == works
