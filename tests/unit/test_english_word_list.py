"""The English -> Indonesian word list (data/english-indonesian.tsv) an English question's words are looked up in: its
shape, and ordinary words of a course that are no loan words reaching the text's own words."""

import re

import pytest

from telusur.english_vocabulary import LEXICON, STOP, lexicon
from telusur.query.english import content_words, indonesian_words

_LINES = [line for line in LEXICON.read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")]


def test_every_line_is_one_english_word_a_tab_and_indonesian_words_in_lower_case():
    for line in _LINES:
        english, _, indonesian = line.partition("\t")
        assert re.fullmatch(r"[a-z]+(?:['-][a-z]+)*", english), line  # one word as content_words reads it
        assert indonesian.split() and "\t" not in indonesian, line
        assert all(re.fullmatch(r"[a-z]+(?:[-_][a-z]+)*", w) for w in indonesian.split()), line


def test_no_english_word_has_two_lines():
    keys = [line.split("\t", 1)[0] for line in _LINES]
    assert len(keys) == len(set(keys)) == len(lexicon())


def test_no_line_is_for_a_word_a_question_never_looks_up():
    """A framing word (STOP) is dropped before the look-up; "will" and "list" are looked up after an article ("a
    will", "the list of deeds")."""
    assert {k for k in lexicon() if k in STOP} == {"will", "list"}
    assert content_words("the will") == ["will"]
    assert content_words("List the deeds in the list") == ["deeds", "list"]


def test_no_translation_is_an_indonesian_stop_word_the_index_drops():
    """The index drops a stop word as the text writes it ("menunjukkan", "dilakukan"), so such a translation could
    never be found, and a phrase holding one ("tanggung jawab" is indexed as "tanggung") would never be whole. A stop
    word's root stays: it is the index's term for the word's other forms ("kerja" for "pekerjaan")."""
    from telusur.indonesian import stemmer, stop_words

    stops = stop_words()
    words = {phrase for entries in lexicon().values() for phrase in entries}
    assert not {p for p in words if "_" in p and stops.intersection(p.split("_"))}
    assert not {w for w in words if w in stops and stemmer().stem(w) != w}


@pytest.mark.parametrize("english, indonesian", [
    ("noisy", "bising"), ("open-plan", "terbuka"), ("located", "terletak"), ("handle", "menangani"),
    ("vulnerable", "rentan"), ("competitors", "pesaing"), ("sustainability", "keberlanjutan"),
    ("respondents", "responden"), ("breastfeeding", "menyusui"), ("inherited", "mewarisi"),
    ("defined", "definisi"), ("responsibility", "tanggung"), ("work", "kerja"),
    ("children", "anak"), ("kept", "menyimpan"), ("found", "menemukan"), ("women", "perempuan"),  # irregular forms
    ("better", "baik"), ("easily", "mudah"), ("higher", "tinggi"), ("bigger", "besar"), ("earlier", "awal"),
    ("long-term", "jangka"), ("decision-making", "keputusan"), ("cross-sectoral", "sektoral"),
])
def test_ordinary_words_of_a_course_have_their_indonesian_words(english, indonesian):
    assert (indonesian,) in indonesian_words(english)


@pytest.mark.parametrize("english, not_indonesian", [("teacher", "mengajar"), ("matter", "tikar"), ("treaty", "rawat")])
def test_a_listed_word_is_not_read_as_another_word_it_looks_made_from(english, not_indonesian):
    """"teacher" is no comparative of "teach", "matter" none of "mat": a word the list has keeps its own words."""
    assert (not_indonesian,) not in indonesian_words(english)
