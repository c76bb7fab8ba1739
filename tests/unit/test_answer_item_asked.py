"""A question asking inside one item of a list (by a name in its head, by the word that opens it, by its title) is
answered with that item, whatever the question's kind: the other items are not said."""

import pytest

KARAKTERISTIK = """# Anak Berkebutuhan Khusus

## Karakteristik Anak Lamban Belajar

Karakteristik anak lamban belajar dapat ditinjau secara fisik, psikis dan sosial, karakteristik tersebut antara lain:
1. Karakteristik fisik anak lamban belajar nampak seperti anak lain, hanya sedikit lambat dalam gerak halus dan koordinasi.
2. Karakteristik psikis, anak lamban belajar sukar berpikir abstrak dan mudah lupa pada pelajaran yang baru diterima.
3. Karakteristik sosial, anak lamban belajar mampu bergaul dan menyesuaikan diri dengan lingkungan di luar keluarga.
"""

SISTEM = """# Sistem Informasi

## Pengertian UML

Pengertian UML menurut para ahli adalah sebagai berikut:
1. Menurut Wiratama (2005:7) UML adalah bahasa standar untuk membuat rancangan perangkat lunak. UML dipakai tim untuk menggambarkan dan membangun dokumen rancangan perangkat lunak.
2. Menurut Santika (2011:12) UML merupakan bahasa pemodelan visual. Dengan UML sebuah sistem digambarkan dalam diagram.
3. Menurut Lestari (2014:3), UML adalah gabungan metode Santika dan metode lain, yang paling sering dipakai untuk merancang sistem berorientasi objek.
"""


@pytest.mark.parametrize("texts, question, said, not_said", [
    # a list question: the word opening one item ("sosial"), the words every item opens with asked too
    ({"karakteristik.md": KARAKTERISTIK}, "Apa saja karakteristik sosial anak lamban belajar?", "mampu bergaul",
     ("Karakteristik fisik", "sukar berpikir")),
    # a question of no kind naming the author of one item
    ({"sistem.md": SISTEM}, "Menurut Santika, UML itu apa?", "bahasa pemodelan visual", ("Wiratama", "Lestari")),
    # a list question naming the author of one item: that author's item, not the list ("name" reading, listing)
    ({"sistem.md": SISTEM}, "Menurut Santika, apa saja kegunaan UML?", "bahasa pemodelan visual",
     ("Wiratama", "Lestari")),
])
def test_a_question_asking_inside_one_item_is_answered_with_that_item(course, texts, question, said, not_said):
    # seen in three documents of the open sets (tunagrahita-ringan's characteristics, tunagrahita's IQ classes,
    # penjualan-sistem-informasi's UML definitions): the item came with the list's lead-in and another item
    answer = course(texts).ask(question)
    assert said in answer.answer and not any(s in answer.answer for s in not_said), answer.answer
