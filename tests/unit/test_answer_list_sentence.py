"""An "apa saja" question answered by sentences, not a list (issue 15): the sentence naming several things ("antara
lain A, B, dan C", "adalah A, B, dan C") is of the form asked, as a sentence with a year is for "kapan", and weighs
more than one naming the topic in general ("… memanfaatkan hukum fisika klasik.")."""

import pytest

from telusur.query.answer import _kind_bonus


@pytest.mark.parametrize("sentence", ["Prinsip yang dimaksud antara lain keanggotaan sukarela, pengelolaan "
                                      "demokratis, dan pembagian sisa hasil usaha yang adil.",
                                      "Yang termasuk di dalamnya adalah rapat anggota, pengurus, dan pengawas."])
def test_a_sentence_naming_several_is_of_the_form_a_list_question_asks(sentence):
    assert _kind_bonus("list", sentence, (0, len(sentence)), [], {}, str.split) > 1.0


@pytest.mark.parametrize("sentence", ["Koperasi berjalan menurut prinsip-prinsip koperasi yang diatur undang-undang.",
                                      "• Sulit dipakai bersama aplikasi lain seperti pengolah kata, lembar kerja dan "
                                      "lain-lain sebab formatnya tertutup."])
def test_a_sentence_naming_one_or_examples_of_it_is_not(sentence):
    assert _kind_bonus("list", sentence, (0, len(sentence)), [], {}, str.split) == 1.0

