"""A sentence naming many things is said with the next one when that one turns to the one asked about ("Namun …",
"Adapun …"), not when it turns to a list."""

ISTILAH = """# Anak Lamban Belajar

## Istilah

Banyak istilah yang dipakai untuk menyebut anak yang lamban dalam belajar, misalnya anak lambat, anak tertinggal, \
dan anak kurang mampu. Adapun yang resmi dipakai di sekolah inklusi adalah "slow learner" sesuai pedoman dinas \
pendidikan.

## Ciri

Ciri anak lamban belajar terlihat dari nilai rapor yang rendah di hampir semua mata pelajaran.
"""

PERABOT = """# Kantor

## Perabot Kantor

Perabot kantor dibuat dari bahan yang tahan lama seperti kayu, besi, dan rotan. Adapun beberapa ahli \
mendefinisikan perabot kantor sebagai berikut :
1. Menurut Hadi, perabot adalah benda yang dipakai untuk bekerja.
2. Menurut Sari, perabot adalah isi ruang kantor.
"""


def test_a_sentence_naming_many_is_said_with_the_one_it_turns_to(course):
    # paybarina's "beberapa aliran notasi … Namun yang banyak digunakan adalah notasi dari Chen", tunagrahita's
    # "Banyak istilah … Adapun istilah yang resmi digunakan di Indonesia adalah …": the answer stopped before the turn
    answer = course({"istilah.md": ISTILAH}).ask("Istilah resmi untuk menyebut anak yang lamban dalam belajar apa?")
    assert "slow learner" in answer.answer, answer.answer


def test_a_turn_to_a_list_is_not_said(course):
    answer = course({"perabot.md": PERABOT}).ask("Perabot kantor dibuat dari bahan apa?")
    assert "kayu, besi" in answer.answer and "sebagai berikut" not in answer.answer, answer.answer


MEJA = """# Kantor

## Meja Kantor

Meja kantor dibuat dari bahan yang tahan lama seperti kayu jati, besi, dan rotan. Namun harganya jauh lebih mahal.

## Kursi Kantor

Kursi kantor dipilih yang nyaman untuk duduk lama.
"""


def test_a_turn_saying_no_word_of_the_question_is_not_said(course):
    answer = course({"meja.md": MEJA}).ask("Meja kantor dibuat dari bahan apa?")
    assert "kayu jati" in answer.answer and "mahal" not in answer.answer, answer.answer
