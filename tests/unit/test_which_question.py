"""A "which" question asks for one of a kind ("Antibiotik apa yang biasa diresepkan untuk ISPA?"): a text that never
writes the kind cannot name one, however close its topic (the ISPA text's passage on treatment answers another
question). Team set 4 and the near set each asked such a question of the ISPA text, both answered. The kind, like a
definition question's term, is marked by the question feature focus_absent when no passage writes it (synonyms
counted); a kind the text writes, or a phrase that opens a question without naming a kind, is not."""

import pytest

from telusur.indonesian import standard_words
from telusur.query import ranker

ISPA = """# Infeksi Saluran Pernapasan Akut

## Penyebab

ISPA disebabkan oleh bakteri dan virus yang masuk ke saluran pernapasan. Bakteri penyebab ISPA antara lain
Streptococcus dan Haemophilus.

## Penanganan

Anak dengan ISPA ringan cukup dirawat di rumah: diberi minum yang cukup, makanan bergizi, dan obat penurun panas bila
demam. Anak dengan ISPA berat segera dirujuk ke puskesmas atau rumah sakit.

## Sistem operasi

Pencatatan kasus ISPA di puskesmas memakai sistem operasi Windows pada komputer petugas.
"""


@pytest.mark.parametrize("question, kind", [
    ("Antibiotik apa yang biasa diresepkan untuk ISPA pada balita?", "Antibiotik"),
    ("Bakteri apa saja yang menyebabkan ISPA?", "Bakteri"),
    ("Sistem operasi mana yang dipakai puskesmas?", "Sistem operasi"),
    ("Dokumen apa aja yg harus dibawa ke puskesmas?", "Dokumen"),
    ("Dalam bentuk apa yang ISPA menular?", None),  # a preposition opens it: no kind
    ("Seperti apa yang disebut ISPA berat?", None),
    ("Penulis menyarankan apa untuk peneliti berikutnya?", None),  # a verb before "apa", no "yang"
    ("Apa penyebab ISPA?", None),
])
def test_the_kind_a_which_question_asks_for(question, kind):
    assert ranker.which_focus(standard_words(question)) == kind  # as ask reads it: "apa aja yg" is "apa saja yang"


@pytest.mark.parametrize("question, absent", [
    ("Antibiotik apa yang biasa diresepkan untuk ISPA pada balita?", True),  # no passage writes "antibiotik"
    ("Bakteri apa saja yang menyebabkan ISPA?", False),
    ("Sistem operasi mana yang dipakai puskesmas?", False),  # both words in one passage
    ("Dalam bentuk apa yang ISPA menular?", False),
])
def test_a_which_question_whose_kind_no_passage_writes_is_marked(course, retriever_of, question, absent,
                                                                 question_features):
    engine = course({"ispa.md": ISPA})
    assert retriever_of(engine).focus_absent(question) is absent
    assert question_features(engine, question)["focus_absent"] == float(absent)


KANTOR = """# Peralatan Kantor

## Jaringan

Port LAN pada Raspberry Pi dipakai untuk menyambungkan perangkat ke jaringan kabel dan menyimpan data di server.

## Manajemen

Organizing adalah fungsi manajemen yang mengatur pembagian kerja. Ujung dari organizing adalah struktur organisasi.

## Arsip

Map snelhecter dipakai untuk arsip surat yang belum dijilid, disusun rapi menurut tanggal.
"""


@pytest.mark.parametrize("question, absent", [
    ("port LAN raspi buat apa", False),  # what a thing is for, not a term ("raspi": no passage writes it)
    ("organizing ujungnya memunculkan apa", False),  # a word with -nya and a verb: what is asked of "organizing"
    ("map snelhecter biasanya buat nyimpen apa", False),  # "menyimpan" is the network passage's
    ("Mesin fotokopi itu apa?", True),  # a term no passage writes whole: still marked
    ("Antibiotik apa yang dipakai kantor?", True),
])
def test_a_question_asking_what_a_thing_does_has_no_term_to_miss(course, retriever_of, question, absent):
    """"X buat apa", "X ujungnya memunculkan apa" end on "apa" as "X itu apa?" does, but ask what X is for or leads to:
    read as a term, its verb or its "buat" stood in no passage beside X, and focus_absent declined answerable questions of
    team sets 8 and 10 ("port LAN raspi buat apa", "organizing ujungnya memunculkan apa", "menurut agus hermawan, setelah
    fakta dianalisis langkah berikutnya apa"). A verb form, a word with -nya or "buat"/"untuk" is no part of a term, as
    absent_words and words_apart read them."""
    engine = course({"kantor.md": KANTOR})
    assert retriever_of(engine).focus_absent(standard_words(question)) is absent
