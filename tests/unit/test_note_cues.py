"""A note citing a work after a cue ("Lihat: …", "Sebagaimana dikutip oleh …", "Seperti dikutip dalam …"), a note
whose author's family name reads like a derived word after given names no dictionary knows ("Rusdi Manan"), and a
note written as an author-date citation or a reference-list entry ("Kusuma (2011: 12).", "Hendra Kusuma (2011).
Sejarah ..."):
the work is read (issue 14, secondary citations and notes, probed on invented notes after the second fresh gold
found footnote-cited journals). Made-up notes only."""

from __future__ import annotations

import pytest

from telusur.citations.notes import parse_note


@pytest.mark.parametrize("note, surname, year", [
    ("Lihat: Hendra Kusuma, Sejarah Pelabuhan Nusantara (Semarang: Pustaka Bahari, 2011), hlm. 12.", "Kusuma", "2011"),
    ("Sebagaimana dikutip oleh Hendra Kusuma, Sejarah Pelabuhan Nusantara (Semarang: Pustaka Bahari, 2011), hlm. 12.",
     "Kusuma", "2011"),
    ("Seperti dikutip dalam Hendra Kusuma, Sejarah Pelabuhan Nusantara, Pustaka Bahari, Semarang, 2011, h. 12.",
     "Kusuma", "2011"),
    ("Rusdi Manan, Asas-Asas Hukum Pelayaran (Makassar: Lontara Press, 2008), hlm. 40.", "Manan", "2008"),
    ("Lihat juga Rusdi Manan, Asas-Asas Hukum Pelayaran (Makassar: Lontara Press, 2008), hlm. 40.", "Manan", "2008"),
    ("Kusuma (2011: 12).", "Kusuma", "2011"),
    ("Hendra Kusuma dan Rusdi Manan (2011: 12).", "Kusuma", "2011"),
    ("Hendra Kusuma (2011). Sejarah Pelabuhan Nusantara. Semarang: Pustaka Bahari, hlm. 12.", "Kusuma", "2011"),
])
def test_the_work_a_note_cites_after_a_cue_or_with_a_family_name_like_a_word(note, surname, year):
    work = parse_note(note)
    assert work is not None and work.surnames[:1] == (surname,) and work.year == year


@pytest.mark.parametrize("note", [
    "Pengantar Hukum Pelayaran, Lontara Press, Makassar, 2008, hlm. 3.",  # a title opening the note
    "Kajian Kebudayaan Pesisir, Pustaka Bahari, Semarang, 2011.",
    "Menurut Kusuma (2011), pelabuhan adalah pintu perdagangan.",  # a sentence explaining, as before
    "Data diolah dari Dinas Perhubungan (2019).",
    "Kej. 20: 7.",  # a verse
])
def test_a_title_opening_a_note_is_still_no_author(note):
    work = parse_note(note)
    assert work is None or not work.names


@pytest.mark.parametrize("note", [
    # the "dikutip" family as intext spells it (intext.QUOTED_IN): "seperti yang", and "disitasi", "dirujuk"
    "Seperti yang dikutip dalam Hendra Kusuma, Sejarah Pelabuhan Nusantara (Semarang: Pustaka Bahari, 2011), hlm. 12.",
    "Sebagaimana disitasi dalam Hendra Kusuma, Sejarah Pelabuhan Nusantara (Semarang: Pustaka Bahari, 2011), hlm. 12.",
    "Sebagaimana dirujuk oleh Hendra Kusuma, Sejarah Pelabuhan Nusantara (Semarang: Pustaka Bahari, 2011), hlm. 12.",
])
def test_a_note_cites_after_every_cue_of_the_dikutip_family(note):
    work = parse_note(note)
    assert work is not None and work.surnames[:1] == ("Kusuma",) and work.year == "2011"


def test_a_family_name_like_a_word_alone_before_op_cit_refers_back_to_his_work():
    """ "Manan, op. cit." after "Rusdi Manan, ... 2008": the one word before a reference back is the author it names,
    though it reads like a derived word; a title word there resolves to nothing (no earlier work of that name)."""
    from telusur.citations.notes import resolve

    notes = ["Rusdi Manan, Asas-Asas Hukum Pelayaran (Makassar: Lontara Press, 2008), hlm. 40.",
             "Hendra Kusuma, Sejarah Pelabuhan Nusantara (Semarang: Pustaka Bahari, 2011), hlm. 12.",
             "Manan, op. cit., hlm. 44.", "Pengantar, op. cit., hlm. 9."]
    assert [c.label if c else None for c in resolve(notes)] == [
        "Manan (2008: 40)", "Kusuma (2011: 12)", "Manan (2008: 44)", None]
