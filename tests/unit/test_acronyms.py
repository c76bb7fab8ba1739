"""telusur.acronyms: the one reading of an acronym and the words it stands for, which citations (a body's name before
its acronym), retrieval (a phrase a question's acronym spells), the ranker (a passage spelling the question's acronym
out) and the answer (a sentence writing the acronym says its words) all use."""

import pytest

from telusur.acronyms import expands, initialled, initials, spells, spelt_out


@pytest.mark.parametrize("words, acronym", [
    ("Badan Pusat Statistik", "BPS"),
    ("Institute of Internal Auditors", "IIA"),
    ("Perlindungan dan Pengelolaan Lingkungan Hidup", "PPLH"),
    ("United Nations Development Programme", "UNDP"),
    ("Infeksi Saluran Pernapasan Akut", "ISPA"),
])
def test_a_names_initials_skip_its_small_words(words, acronym):
    assert initials(words.split()) == acronym


def test_a_capitalised_small_word_is_the_names_own():
    """Only the small words as running text writes them are skipped: citations read a title's or a body's capitalised
    words through initials ("Kamus Besar Bahasa Indonesia": KBBI), and a capitalised "Of" is one of them."""
    assert initials("Department Of Health".split()) == "DOH"
    assert initials("Kitab Undang-Undang Hukum Pidana".split()) == "KUHP"  # a hyphenated word gives one letter


@pytest.mark.parametrize("acronym, words, spelt", [
    ("UNCLOS", "United Nations Convention on The Law of The Sea", True),  # "of" gives its letter, "on The" none
    ("PPLH", "Perlindungan dan Pengelolaan Lingkungan Hidup", True),
    ("DOH", "Department Of Health", True),
    ("DH", "Department Of Health", True),
    ("UNCLOS", "United Convention On The Law Of The Sea", False),  # exact: a word's letter is never skipped
    ("UNCLS", "United Nations Convention on The Law of The Sea Tahun", False),
    ("IPTEK", "Ilmu Pengetahuan dan Teknologi", False),  # letters from inside a word are not read
])
def test_a_names_small_words_give_their_letter_or_none(acronym, words, spelt):
    """A name found anywhere in the text for an acronym it never writes: exact initials, each small word in any case
    optional ("UNCLOS kepanjangannya apa" of a text writing only "United Nations Convention on The Law of The Sea":
    team set 13; initials read "on The" as a T and "of" as nothing, so it spelled no UNCLOS and the question was
    declined)."""
    assert initialled(acronym, words.split()) is spelt


@pytest.mark.parametrize("acronym, words", [
    ("BPS", "Badan Pusat Statistik"),
    ("UNDP", "United Nations Development Programme"),
    ("PTK", "Penelitian Tindakan Kelas"),
    ("PBB", "Perserikatan Bangsa-Bangsa"),  # each part of a hyphenated word has an initial
    ("KUHP", "Kitab Undang-Undang Hukum Pidana"),  # ... which it may give or not
    ("IOT", "Internet of Things"),  # a small word may give its letter
    ("MMR", "Measles, Mumps dan Rubella"),  # ... or none
    ("CASA", "Current Account and Saving Account"),
    ("ISPA", "Infeksi Saluran Pernapasan Akut"),
    ("OCBI", "citizenship behavior directed toward individuals"),  # the acronym keeps a word the text leaves out
])
def test_words_spelling_an_acronym(acronym, words):
    assert spells(acronym, words)


@pytest.mark.parametrize("acronym, words", [
    ("BPS", "Data terbaru"),
    ("ISPA", "Nurjamillah & Dwiriani, 2022"),
    ("IPTEK", "Ilmu Pengetahuan dan Teknologi"),  # letters from inside a word are not read
    ("OCB", "antara kepribadian dan perilaku kewargaan"),
])
def test_words_not_spelling_an_acronym(acronym, words):
    assert not spells(acronym, words)


def test_a_passage_spells_out_an_acronym_in_each_shape():
    assert ("BM", "Business Manager") in spelt_out("Apotek yang kini disebut sebagai Business Manager (BM) adalah …")
    assert ("ISPA", "Infeksi Saluran Pernafasan Akut") in spelt_out("ISPA (Infeksi Saluran Pernafasan Akut) adalah …")
    glossed = spelt_out("Dimensi pertama perilaku kewargaan diarahkan terhadap individu (citizenship behavior directed "
                        "toward individuals) – OCBI. OCBI menguntungkan rekan.")
    assert glossed == [("OCBI", "perilaku kewargaan diarahkan terhadap individu ( citizenship behavior directed toward "
                                "individuals")]  # the gloss and the words it translates, marked off by " ("
    assert spelt_out("Pencegahan ISPA dilakukan dengan mencuci tangan (Silviana, 2014).") == []


def test_the_passage_spelling_out_an_acronym_expands_it():
    assert expands("ISPA (Infeksi Saluran Pernafasan Akut) adalah penyakit", "ISPA")
    assert expands("United Nations Development Programme (UNDP) adalah badan PBB", "UNDP")
    assert not expands("Data BPS (2020) menunjukkan angka ISPA menurun", "BPS")
    assert not expands("Pencegahan ISPA dilakukan dengan mencuci tangan (Silviana, 2014).", "ISPA")


@pytest.mark.parametrize("sentence, acronym, words", [
    ("Guru dan kepala sekolah tentang Penelitian Tindakan Kelas (PTK) sepakat.", "PTK", "Penelitian Tindakan Kelas"),
    ("Pada Kitab Undang-Undang Hukum Pidana (KUHP) diatur", "KUHP", "Kitab Undang-Undang Hukum Pidana"),
    ("Metode analisis adalah Structural Equation Model (SEM).", "SEM", "Structural Equation Model"),
    ("Perangkat yang terhubung disebut Internet of Things (IOT).", "IOT", "Internet of Things"),
    ("Program ini didanai oleh United Nations Development Programme (UNDP).", "UNDP",
     "United Nations Development Programme"),
    ("Data dari Badan Pusat Statistik (BPS) menunjukkan", "BPS", "Badan Pusat Statistik"),
])
def test_the_words_before_an_acronym_are_all_those_spelling_it(sentence, acronym, words):
    """The fewest words spelling the most of its letters: not the fewest spelling all but one ("Tindakan Kelas" for
    PTK, "Undang-Undang Hukum Pidana" for KUHP, "of Things" for IOT)."""
    assert (acronym, words) in spelt_out(sentence)


@pytest.mark.parametrize("text, acronym, spelt", [
    ("Vaksinisasi MMR (Measles, Mumps dan Rubella) diduga menjadi penyebab autisme", "MMR", True),
    ("kepentingan Australia untuk memberlakukan Australia’s Maritime Identification Zone (AMIZ).", "AMIZ", True),
    ("Dimensi pertama perilaku kewargaan diarahkan terhadap individu (citizenship behavior directed toward "
     "individuals) – OCBI.", "OCBI", True),
    ("satu orang Apoteker selaku penanggung jawab Apotek, satu orang suvervaiser ( SNF ), 14 orang", "SNF", False),
    ("Kelebihan sensor ini ialah hanya membutuhkan 1 sinyal (SIG), selain jalur 5V dan ground.", "SIG", False),
    # after the acronym, words run together from one giving its first letter, as "TCP/IP (… / Internet Protocol)"
    ("Protokol TCP/IP (Transmission Control Protocol / Internet Protocol) mengatur alamat", "IP", True),
    ("KUHP (Kitab Undang-Undang Hukum Pidana) mengatur", "KUHP", True),
    # ... not a parenthesis that holds its letters here and there: a count, a description
    ("Jumlah pasien ISPA (sebanyak 45 pasien atau 60%) meningkat setiap bulan.", "ISPA", False),
    ("Sampel penelitian adalah siswa SMA (siswa kelas XI tahun ajaran 2019/2020 sebanyak 30 orang).", "SMA", False),
    ("Karyawan PT (perusahaan ini bergerak di bidang tekstil) berjumlah 50 orang.", "PT", False),
])
def test_a_passage_expands_an_acronym_as_answers_read_it(text, acronym, spelt):
    """The ranker's expands_acronym and the answer's acronym words are one reading: a gloss, a comma or an
    apostrophe inside the words spell it out; one word before it whose first letter is the acronym's does not."""
    assert expands(text, acronym) is spelt
