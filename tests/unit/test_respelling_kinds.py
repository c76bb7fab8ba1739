"""Kinds of student spelling the question's respelling reads (Retriever.respelled; bench/read_as_asked.py lists every
reading of the open sets): a vowel chat drops is put back before any other slip is tried ('bnyak' read 'anyak', a
word of the text, not the stop word 'banyak'), a word that spells a stem of the text whole and ends otherwise is
another word, not a mistyped affix ('wajibah' read 'wajiban'), and a word with no chat mark but a bare 'm' or 'n' is
a chat verb only where the text uses its root ('sambal matah' read 'mematah')."""

import pytest

WEAVING = {"anyaman.md": """# Anyaman

## Kain

Pendapat para perajin tentang kain anyak dari daun pandan berbeda-beda. Kain anyak dijual di pasar desa.

## Belajar

Setiap pembelajar mengikuti pembelajaran menganyam di balai desa. Pembelajaran dipandu seorang perajin.
"""}


@pytest.mark.parametrize("typed, read", [
    # s26 read "anyak", a word of the text one letter changed, beside "pendapat"
    ("pendapat yg paling bnyak didukung perajin", "pendapat yg paling banyak didukung perajin"),
    # "pembelajar" (one letter dropped) and "pembelajaran" share a stem and its passages: s26 took the first by name
    ("dosen pas pembelajarn menganyam ngapain", "dosen pas pembelajaran menganyam ngapain"),
])
def test_a_vowel_chat_dropped_is_put_back_before_another_slip(retriever_of, typed, read):
    assert retriever_of(WEAVING).respelled(typed) == read


WILL = {"wasiat.md": """# Wasiat

Wasiat wajib dibuat di hadapan notaris. Kewajiban ahli waris adalah melaksanakan wasiat pewaris.
""", "sambal.md": """# Masakan Bali

Sambal khas Bali dibuat dari bawang merah, serai dan cabai rawit. Tabungan bumbu disimpan di dapur.
"""}


@pytest.mark.parametrize("typed", [
    "wasiat wajibah itu apa",  # the stem "wajib" spelled whole: "wajiban" (s26) changed the ending, no typo
    "Bagaimana cara membuat sambal matah khas Bali?",  # no "patah" in the text: "mematah" (s26) a guess
])
def test_a_word_whose_reading_the_text_does_not_bear_out_stays(retriever_of, typed):
    assert retriever_of(WILL).respelled(typed) == typed


def test_a_chat_verb_with_a_bare_nasal_is_read_where_the_text_uses_its_root(retriever_of):
    assert retriever_of(WILL).respelled("mau nabung bumbu di dapur") == "mau menabung bumbu di dapur"


MAPS = {"peta.md": """# Kartografi

## Survei

Proses pemetan wilayah dimulai dengan survei lapangan dan pengukuran titik koordinat. Hasil pemetan digambar ulang
di atas kertas berskala.

## Sumber

Menurut Tarigan (2015), peta tematik menampilkan satu tema saja, misalnya curah hujan.
"""}


@pytest.mark.parametrize("typed, read", [
    # the text's "pemetan" (a letter dropped from "pemetaan") is cut by the stemmer to another root, "pet", so no
    # search term lies one slip from the question's "pemetaan": it was a noun the text never uses (team sets 8 and 18:
    # "remedy", "remedi" of a text writing "remidi")
    ("Bagaimana proses pemetaan wilayah dimulai?", "Bagaimana proses pemetan wilayah dimulai?"),
    ("What does pemetaan start with, in the survey?", "What does pemetan start with, in the survey?"),
    # a name one slip from a dictionary word is another word: "tarikan" is no "Tarigan"
    ("Apa arti tarikan garis pada peta tematik?", "Apa arti tarikan garis pada peta tematik?"),
])
def test_a_dictionary_word_is_read_in_the_text_s_own_slip_of_it(retriever_of, typed, read):
    assert retriever_of(MAPS).respelled(typed) == read


CATCH = {"ikan.md": """# Pasar Ikan

## Nelayan

Nelayan kampung menjual belasan kilogram udang setiap pagi di pasar. Udang kecil dijemur lalu dijual ke pengepul.

## Kerja

Kinerja koperasi nelayan merinci hasil tangkapan setiap bulan.
"""}


@pytest.mark.parametrize("typed", [
    # the dictionary misses "belasan", "merinci" as written (is_affixed), but a consonant changed is another word,
    # not the text's slip: only a vowel or a doubled letter is ("remidi", "pemetan" above)
    "Bagaimana belacan udang dibuat?",
    "What is belacan udang made of?",
    "Siapa yang terinci hasil tangkapan?",
])
def test_a_text_word_a_consonant_away_is_another_word_not_its_slip(retriever_of, typed):
    assert retriever_of(CATCH).respelled(typed) == typed
