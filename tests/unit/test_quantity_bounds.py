"""The bounds of what a number question asks and what a passage gives (query/quantity.py). Each case is one a mutant
of the rule passed (a condition forced or dropped) while every other unit test reaching the line still passed."""

import pytest

from telusur.index.lexical import tokenize
from telusur.query.quantity import Count, asked_count, gives_count, gives_figure, named_numbers, writes_named_number


@pytest.mark.parametrize("question, count", [
    # "how much" asks for an amount or a price; only "how much time" asks for a time
    ("How much does a Raspberry Pi 2 Model B cost?", Count(None, ("share", "money"))),
    # a unit after "berapa" is the kind of amount asked, not a thing counted
    ("PNS naik golongan tiap berapa tahun?", Count(None, ("time",))),
    ("Pin GPIO itu ukurannya berapa mm?", Count(None, ("distance",))),
    # "kali" with nothing after it asks how many times (UNITS "times"); "banyak" closing the question counts what comes
    # before it, as "Pegawainya ada berapa orang?" does (quantity._count_before)
    ("Imunisasi polio diberikan berapa kali?", Count(None, ("times",))),
    ("Siswanya ada berapa banyak?", Count("siswa", ())),
    # a measure word after "how" that asks no number ("cost-effective") makes no number question
    ("How cost-effective is a Raspberry Pi for a smart home?", None),
    # "How many?" alone (a follow-up) asks a count of no thing named: its thing is None, never ""
    ("How many?", Count(None, ())),
])
def test_what_a_question_counts_at_the_bounds(question, count):
    assert asked_count(question) == count


def test_a_number_before_another_thing_gives_no_count_of_the_thing_asked():
    # "21 orang karyawan" counts employees, not the pharmacies asked about
    assert not gives_count("Yayasan itu mempekerjakan 21 orang karyawan.", Count("apotek", ()), {"apotek"}, tokenize)


@pytest.mark.parametrize("text", ["Tarif parkir Rp 5.000 per jam.", "Tarif PPh final sebesar 0,5% dari omzet."])
def test_a_tariff_is_given_in_money_or_as_a_share(text):
    assert gives_figure(text, "tariff")


def test_a_number_is_named_only_right_after_one_of_the_questions_names():
    assert named_numbers("Apa isi Pasal 340 KUHP bagi pelaku berumur 21 tahun?", ["Pasal", "KUHP"]) == [("Pasal", "340")]
    assert named_numbers("Apa isi Pasal 340 KUHP?", ["KUHP"]) == []


def test_a_word_between_a_name_and_its_number_is_allowed_for_a_year_only():
    # "Montevideo tahun 1933" writes the convention's year; "Pi model 4" is not "Pi 4"
    assert writes_named_number("Konvensi Montevideo tahun 1933 mengatur syarat negara.", "Montevideo", "1933")
    assert writes_named_number("Raspberry Pi 4 dipakai di sini.", "Pi", "4")
    assert not writes_named_number("Raspberry Pi model 4 dipakai di sini.", "Pi", "4")
