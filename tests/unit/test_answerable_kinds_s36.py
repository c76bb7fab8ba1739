"""Kinds of answerable question the abstention declined (issue 15, session 36), each tested on a hand-made text in
other words than the question that showed it: a noun or a name the text writes only in English, in a passage written in
English; a school's clipped word for what is taught; a word of the question that the text says with a synonym, in a
term of two words."""

import pytest

from telusur.indonesian import standard_words

# A course text quoting its English source: "sejarah" and "Belanda" stand only in the English passage.
KOLONIAL = {"kolonial.md": """# Perkebunan Kolonial

## Latar

Perkebunan tebu di Jawa tumbuh pesat pada abad kesembilan belas ketika tanam paksa dijalankan di desa-desa.

## Kutipan

The report of the Dutch colonial office describes how plantation history shaped village labour, land rent and the
export of sugar from Java to Europe over the whole century.

## Tanah

Petani menyerahkan sebagian tanahnya untuk tebu dan menerima upah tanam yang rendah.
"""}


def test_a_noun_written_only_in_english_is_no_absent_word(retriever_of):
    """"Sum & Jessop melibatkan filsafat apa" of a table saying "Engages with philosophy" (team set 15): the noun was
    counted as one the text never uses, and the question was declined. The text writes it, in English."""
    retriever = retriever_of(KOLONIAL)
    assert "sejarah" not in retriever.absent_words("Laporan itu membahas sejarah perkebunan yang mana?")
    assert "gandum" in retriever.absent_words("Laporan itu membahas gandum perkebunan yang mana?")


def test_a_name_written_only_in_english_is_no_unspelled_name(course):
    """"menurut Hindia Belanda, ..." of a text quoting "the Netherland Indies" (team set 13): a name the text never
    spells vetoes the question. Written in English, through the word list, it is spelled; a name written nowhere
    still vetoes."""
    engine = course(KOLONIAL)
    retriever = engine.retriever
    asked = engine.read("Menurut kantor Belanda, perkebunan tebu dijalankan bagaimana?").searched
    assert not retriever.unspelled_names(engine.candidates(asked))
    asked = engine.read("Menurut kantor Portugis, perkebunan tebu dijalankan bagaimana?").searched
    assert retriever.unspelled_names(engine.candidates(asked))


@pytest.mark.parametrize("chat, standard", [
    ("matkul apa yang diambil semester ini", "mata kuliah apa yang diambil semester ini"),
    ("guru mapel IPA di kelas berapa", "guru mata pelajaran IPA di kelas berapa"),
])
def test_a_clipped_word_for_a_subject_taught_is_read_whole(chat, standard):
    """"ptk nya ... mapel apa" (team set 19): "mapel" read as typed is a noun no text writes."""
    assert standard_words(chat) == standard


UJIAN = {"ujian.md": """# Ujian Lisan

Ujian lisan cukup sukar diselenggarakan bila jumlah pesertanya besar, karena penguji menilai satu per satu.
""", "kantin.md": """# Kantin

Antrean kantin susah diatur pada jam istirahat, sehingga pengelola membuka dua loket.
"""}


def test_a_word_said_with_its_synonym_is_no_term_apart(retriever_of):
    """"kenapa kuesioner susah kalo respondennya banyak" of a text saying "cukup sulit dilakukan" (team set 20): the
    question's "susah", a word of another passage, stood beside its noun and the two were a term the text does not
    cover (words_apart). "susah", "sulit", "sukar" say one thing (data/indonesian-synonyms.tsv); two words of
    passages apart still are."""
    retriever = retriever_of(UJIAN)
    assert not retriever.words_apart("kenapa ujian lisan susah kalau pesertanya banyak")
    assert retriever.words_apart("kenapa antrean lisan lama kalau pesertanya banyak")
