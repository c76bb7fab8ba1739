"""Chat Indonesian says "kasih" for "beri" ("tata ruang tertutup kasih apa ke karyawan", team set 16; "siapa aja yg
dikasih tau", team set 11): read as typed it is a word no text of the course writes (the text says "Memberikan …
bagi karyawan"), so the question's verb counted for nothing. Read as "memberi" where it cannot be the noun; "kasih
sayang", "kasih Allah" and "terima kasih" stay as written."""

import pytest

from telusur.indonesian import standard_words


@pytest.mark.parametrize("chat, standard", [
    ("tata ruang tertutup kasih apa ke karyawan", "tata ruang tertutup memberi apa ke karyawan"),
    ("siapa aja yg dikasih tau sebelum tindakan", "siapa saja yang diberi tahu sebelum tindakan"),
    ("bank wajib kasih tau apa ke nasabah", "bank wajib memberi tahu apa ke nasabah"),
    ("salinan akta dikasih ke siapa", "salinan akta diberi ke siapa"),
])
def test_kasih_as_a_verb_is_read_as_memberi(chat, standard):
    assert standard_words(chat) == standard


@pytest.mark.parametrize("noun", ["Kasih Allah itu apa?", "kasih sayang ibu itu apa",
                                  "terima kasih, belas kasih itu apa"])
def test_kasih_as_a_noun_stays(noun):
    assert standard_words(noun) == noun



@pytest.mark.parametrize("noun", ["ucapan terima kasih apa yang tepat untuk guru",
                                  "rasa kasih apa yang diajarkan agama", "belas kasih apa ke sesama"])
def test_kasih_the_noun_before_apa_stays(noun):
    """"kasih apa" after the noun that holds "kasih", or asking which love ("kasih apa yang"), is no "memberi apa"."""
    assert standard_words(noun) == noun


@pytest.mark.parametrize("noun", ["cinta kasih apa yang diajarkan orang tua", "cinta kasih apa ke sesama",
                                  "ucapan terima kasih apa untuk guru"])
def test_kasih_in_a_noun_the_word_list_knows_stays(noun):
    """ "cinta kasih apa" read "cinta memberi apa" (the lead's list, 2026-12-06 14:30): two words the course word list
    joins as one rendering ("terima_kasih") or gives both for one English word ("love": "cinta", "kasih") make one
    noun, whatever list of such nouns a hand would keep."""
    assert standard_words(noun) == noun


def test_a_long_chat_line_is_read_in_linear_time(within_cpu_seconds):
    """The word before each chat word was looked for in all the text before it, and the word list walked for each:
    "kasih apa " 2,000 times took 3.7 s (quadratic). A window before the word and the list indexed once."""
    from .conftest import assert_linear

    assert_linear(lambda n: standard_words("kasih apa " * n), 2000)
    assert standard_words("terima kasih apa " * 3) == "terima kasih apa " * 2 + "terima kasih apa"
