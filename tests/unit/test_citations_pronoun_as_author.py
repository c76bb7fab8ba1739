"""A pronoun written where an author's name stands, right before a bare year ("Ia (1999: 45) berpendapat", "Lebih
lanjut, mereka (2018: 7) menjelaskan"): the person (or, for "mereka", the group of authors) named in the nearest
sentence before it, not the paragraph's lead-in author carried on (which made works that do not exist, "Hafidhuddin
(1999)"); no author when which one is not known (issue 14, the last session's left list; fresh gold 19). Made-up
sentences."""

import pytest

from telusur.citations import find_citations


def _works(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(c.authors, c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text, works", [
    ("Menurut Hafidhuddin (2002), zakat produktif mengubah mustahik. Tokoh yang banyak menulis tentang zakat adalah "
     "Yusuf Qardhawi. Ia (1999: 45) berpendapat bahwa zakat boleh diberikan sebagai modal.",
     [(("Hafidhuddin",), "2002"), (("Qardhawi",), "1999")]),
    ("Menurut Rahmawati (2017), aturan itu belum dijalankan. Wulandari dan Pratiwi (2016) mencatat bahwa laporan "
     "datang dari sekolah. Lebih lanjut, mereka (2018: 7) menjelaskan bahwa guru belum dibekali.",
     [(("Rahmawati",), "2017"), (("Wulandari", "Pratiwi"), "2016"), (("Wulandari", "Pratiwi"), "2018")]),
    ("Menurut Hafidhuddin (2002), zakat produktif mengubah mustahik. Ia (2007: 23) juga menegaskan pentingnya audit.",
     [(("Hafidhuddin",), "2002"), (("Hafidhuddin",), "2007")]),
])
def test_a_pronoun_in_the_authors_place_stands_for_the_one_just_named(text, works):
    assert _works(text) == works


def test_no_author_when_the_pronoun_cannot_be_told():
    text = ("Menurut Santoso (2010), belajar adalah proses. Wijaya dan Lestari (2012) sependapat dengan Pratama "
            "(2011). Ia (2015: 3) menambahkan bahwa motivasi penting.")
    assert _works(text)[-1] == ((), "2015")


# The person named only after the pronoun (fresh gold 20): in apposition right after its year, or taken up by "ini" /
# "tersebut" in the next sentence when no one is named before it
@pytest.mark.parametrize("text, works", [
    ("Menurut Juwaini (2017), zakat produktif perlu pendampingan. Pandangan itu diterima luas.\n\n"
     "Ia (2016: 112), yakni Irfan Syauqi Beik, menghitung bahwa zakat menurunkan kemiskinan.",
     [(("Juwaini",), "2017"), (("Beik",), "2016")]),
    ("Menteri Agama pada tahun 2020 menetapkan program itu.\n\nIa (2017: 67) menyatakan bahwa zakat produktif "
     "berhasil bila didampingi. Pandangan Juwaini ini lahir dari pengalamannya.", [(("Juwaini",), "2017")]),
])
def test_a_pronoun_whose_person_is_named_after_it(text, works):
    assert _works(text) == works


# ... him, when what he holds is said before his name ("Pandangan Juwaini ini") or the text lists him with that year
# or cites him elsewhere: a concept taken up the same way ("Konsep Kaizen ini", "Metode Delphi ini") is no author
@pytest.mark.parametrize("concept", ["Konsep Kaizen", "Metode Delphi", "Model Montessori", "Pandangan Islam"])
def test_no_author_taken_up_after_that_the_text_never_cites(concept):
    text = (f"Zakat tumbuh pesat. Ia (2017: 67) menyatakan bahwa zakat produktif efektif. {concept} ini lahir dari "
            "pengalaman.")
    assert _works(text) == [((), "2017")]


def test_a_concept_taken_up_after_is_its_author_when_the_text_lists_him():
    text = ("Zakat tumbuh pesat. Ia (2017: 67) menyatakan bahwa zakat produktif efektif. Konsep Kaizen ini lahir dari "
            "pengalaman.\n\nDAFTAR PUSTAKA\n\nKaizen, M. 2017. Zakat Produktif. Jakarta: Dompet Dhuafa.")
    assert _works(text)[0] == (("Kaizen",), "2017")


def test_no_author_when_the_sentence_after_takes_up_no_one():
    text = ("Zakat itu penting.\n\nIa (2017: 67) menyatakan bahwa zakat produktif berhasil. Hal ini sejalan dengan "
            "praktik lembaga zakat.")
    assert _works(text) == [((), "2017")]
