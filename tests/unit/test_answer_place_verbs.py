"""A where-question is answered by the sentence saying where (issue 15): "terdapat di", "beralamat di", "ditemukan
di" say a place as "terletak" does, whatever case the place is written in; "Terdapat tiga jenis …" (there are) says
none. And a list line running two items into one ("(b) …; (c) …; dan") is said whole as a title, not cut at its
first stop."""

import pytest

from telusur.query.answer import _ANSWER_FORMS, _item_title

PERPUSTAKAAN = """# Panduan Perpustakaan Kampus

## Denah gedung

Gedung perpustakaan dibagi menjadi beberapa ruang:
• Ruang baca
Ruang baca perpustakaan terletak di lantai dua dan buka setiap hari.
• Arsip
Ruangan yang terdapat di lantai dasar, dekat tangga darurat.
• Loket peminjaman
Loket perpustakaan terletak di dekat pintu masuk gedung.
• Ruang diskusi
Ruang diskusi perpustakaan terletak di sebelah ruang baca.
"""


@pytest.mark.parametrize("sentence", ["Ruangan yang terdapat di lantai dasar, dekat tangga darurat.",
                                      "Kantor cabang itu beralamat di jalan merdeka nomor 5.",
                                      "Fosil tersebut ditemukan di lembah sungai."])
def test_a_verb_saying_where_gives_a_place(sentence):
    assert _ANSWER_FORMS["place"].search(sentence)


@pytest.mark.parametrize("sentence", ["Terdapat tiga jenis ruang dalam gedung ini.",
                                      "Data yang terdapat dalam tabel diolah lagi."])
def test_terdapat_without_where_gives_no_place(sentence):
    assert not _ANSWER_FORMS["place"].search(sentence)


def test_the_sentence_saying_where_the_part_asked_is_leads_the_answer(course):
    # the other parts' sentences say "terletak" and the library's name, and the question's "letaknya": they came first
    answer = course({"perpustakaan.md": PERPUSTAKAAN}, abstain_below=-1.0).ask("arsip perpustakaan letaknya di mana?")
    assert "lantai dasar" in answer.answer.split("[1]")[0], answer.answer


def test_a_line_running_two_items_in_is_one_title():
    line = "(b) jumlah anggota tetap; (c) pengurus; dan"
    assert line[slice(*_item_title(line, 0, len(line)))] == line
    one = "1. Konsensus, merupakan kesepakatan bersama."
    assert one[slice(*_item_title(one, 0, len(one)))] == "1. Konsensus"
