"""One slip of the keyboard, one rule: the spellings indonesian.one_slips lists (the question's respelling) are the
ones indonesian.one_edit accepts (names, surnames, misspelt question words)."""

import pytest

from telusur.indonesian import one_edit, one_slips


@pytest.mark.parametrize("word", ["kata", "adat", "ilmu"])
def test_the_spellings_one_slip_away_are_the_ones_one_edit_accepts(word):
    near = one_slips(word)
    around = {far for slip in near for far in one_slips(slip)}  # every spelling one or two slips away
    assert {w for w in around if one_edit(word, w)} == near


def test_a_name_spelled_another_way_counts_no_swap_when_asked_not_to():
    assert one_edit("kieso", "keiso") and not one_edit("kieso", "keiso", swap=False)
    assert one_edit("kieso", "kiesa", swap=False) and one_edit("kieso", "kiso", swap=False)
