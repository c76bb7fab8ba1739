"""An English question's everyday words in the sense a field gives them, and names Indonesian writes its own way
(issue 15): the word list gave "side" only "sisi/pihak" where an office text writes "Meja Samping", "ruler" only
"penguasa" where it writes "Penggaris", "temple" only "candi/kuil" where the Indonesian Bible writes "Bait Allah", and
knew no "Isaiah" of a text writing "Yesaya" (English questions of team sets 4, 12 and 16 lost their passage or were
declined). data/english-indonesian.tsv's pass by field and its names; english.NAMES for names of several words;
english.name_spellings for the Bible's "Jeho-" and "sh"."""

import pytest

from telusur.query.english import indonesian_words, name_spellings, terms_of_art

KANTOR = """# Sarana Kantor

## Meja Samping

Meja samping adalah perabotan kantor cadangan yang biasanya diletakkan di dekat meja kerja untuk menaruh telepon,
lampu baca atau berkas yang sedang dikerjakan.

## Penggaris

Penggaris digunakan untuk mengukur dan membuat garis lurus pada kertas. Pihak kantor menyediakannya di setiap meja.

## Lemari Arsip

Lemari arsip berfungsi menyimpan map dan dokumen penting agar tidak hilang atau rusak.
"""

NABI = """# Nabi-Nabi Israel

## Nabi Abad Kedelapan

Yesaya menyebut Uzia, Yotam, Ahaz, dan Hizkia sebagai raja-raja Yehuda yang memerintah pada masa ia bernubuat.

## Masa Pembuangan

Rakyat mulai membangun kembali Bait Allah di Yerusalem begitu mereka kembali dari pembuangan di Babel, tetapi
pekerjaan itu terhenti karena perlawanan orang Samaria.

## Yoas

Pada masa pemerintahan Raja Yoas, setelah kematian imam besar Yoyada, rakyat kembali menyembah berhala. Atalya
sendiri telah membunuh semua cucunya untuk merebut tahta.
"""


@pytest.mark.parametrize("english, indonesian", [
    ("side", "samping"), ("ruler", "penggaris"), ("cabinet", "lemari"), ("folder", "map"),  # an office's things
    ("grandchildren", "cucu"),  # kinship
    ("temple", "bait"), ("exile", "pembuangan"), ("throne", "tahta"),  # the Bible as the Indonesian Bible writes it
    ("Isaiah", "yesaya"), ("Ezekiel", "yehezkiel"), ("Egypt", "mesir"), ("Geneva", "jenewa"),  # names
    ("drawbacks", "kekurangan"), ("prone", "rentan"), ("revoked", "cabut"),
])
def test_a_field_s_sense_and_a_name_s_indonesian_spelling_are_listed(english, indonesian):
    assert (indonesian,) in indonesian_words(english)


def test_names_of_several_words_are_read_whole():
    assert terms_of_art("What are low-achieving children called in the United States?") == [("amerika",)]
    assert terms_of_art("Which prophets of the Old Testament wrote books?") == [("perjanjian",)]


def test_the_bible_s_jeho_and_sh_as_indonesian_writes_them():
    assert "yoas" in name_spellings("Joash")
    assert "yosafat" in name_spellings("Jehoshaphat")
    assert "elisa" in name_spellings("Elisha")
    assert "yoiada" in name_spellings("Jehoiada")  # the text's "Yoyada", one letter apart


@pytest.mark.parametrize("question, passage", [
    ("What is a side desk used for?", "Meja samping adalah"),
    ("What is a ruler used for in an office?", "Penggaris digunakan"),
])
def test_an_office_word_in_its_office_sense_finds_its_passage(course, question_features, question, passage):
    engine = course({"kantor.md": KANTOR})
    assert question_features(engine, question)["focus_absent"] == 0.0, question  # "side desk": written whole
    assert passage in engine.search(question, 3).hits[0].chunk.text, question
    assert not engine.ask(question).abstained, question


@pytest.mark.parametrize("question, passage", [
    ("Which kings does Isaiah name as ruling when he prophesied?", "Yesaya menyebut"),
    ("Why did work on the Temple stop after the exile?", "Bait Allah"),
    ("Whom did Athaliah kill to seize the throne?", "cucunya"),
])
def test_a_bible_name_or_word_in_english_finds_its_passage(course, question_features, question, passage):
    engine = course({"nabi.md": NABI})
    assert question_features(engine, question)["english_names_unknown"] == 0.0, question
    assert passage in engine.search(question, 3).hits[0].chunk.text, question


ISPA = """# ISPA

## Penularan

ISPA ditularkan oleh orang yang sakit melalui percikan ludah saat batuk atau bersin.

## Dampak Jangka Pendek

Dalam jangka pendek anak yang sakit ISPA sulit makan dan berat badannya turun.

## Pengobatan

ISPA pada orang dewasa biasanya sembuh sendiri dengan istirahat dan banyak minum; orang tua perlu membawa anak ke
puskesmas bila napasnya cepat.
"""


@pytest.mark.parametrize("english, indonesian", [
    ("defense", "eksepsi"), ("defence", "tangkisan"), ("objection", "eksepsi"),  # a plea in law
    ("raise", "mengajukan"), ("covers", "mengatur"),  # a defense raised, what a law covers
    ("passed", "ditularkan"), ("spread", "menular"), ("term", "jangka"),  # a disease passed on, the short term
])
def test_a_law_or_health_sense_of_an_everyday_word_is_listed(english, indonesian):
    assert (indonesian,) in indonesian_words(english)


def test_a_disease_passed_from_one_person_to_another_finds_how_it_is_transmitted(course):
    question = "How is ISPA passed from one person to another?"
    assert "ditularkan" in course({"ispa.md": ISPA}).search(question, 3).hits[0].chunk.text
