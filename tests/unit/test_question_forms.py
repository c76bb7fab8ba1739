"""The same question typed as students also type it (bench/rephrase.py measures it on the open question sets): with a
slip of the keyboard in a word, or after a sentence that only sets the scene. Either read as a word the text never
uses, and the question was declined (rephrase.py at f7bfe9e: 53 and 54 of 321 answerable questions)."""

import pytest

from telusur.query.retrieval import Retriever, _names, asked_part, with_mark

PTK = """# Penelitian Tindakan Kelas

## Pengertian

Penelitian tindakan kelas adalah penelitian yang dilakukan guru di kelasnya sendiri untuk memperbaiki mutu
pembelajaran. Tujuan penelitian tindakan kelas adalah meningkatkan hasil belajar siswa melalui tindakan yang
direncanakan.

## Siklus

Setiap siklus terdiri atas perencanaan, pelaksanaan tindakan, pengamatan, dan refleksi. Hasil refleksi menjadi dasar
perencanaan siklus berikutnya.
"""

REMEDIAL = """# Pembelajaran Remedial

Pembelajaran remedial diberikan kepada siswa yang belum mencapai ketuntasan belajar. Guru memberikan pembelajaran
remedial setelah penilaian harian, sebab siswa perlu kesempatan kedua untuk menguasai kompetensi dasar.

## Pengayaan

Siswa yang sudah tuntas mendapat pengayaan berupa tugas membaca dan latihan soal yang lebih sulit.
"""

TEXTS = {"ptk.md": PTK, "remedial.md": REMEDIAL}


@pytest.mark.parametrize("typed, read", [
    ("Apa tujuan peneiltian tindakan kelas?", "Apa tujuan penelitian tindakan kelas?"),  # two letters swapped
    ("Kapan pembelajaran remdial diberikan?", "Kapan pembelajaran remedial diberikan?"),  # a letter dropped
    ("Kapan pembelajaran remedsial diberikan?", "Kapan pembelajaran remedial diberikan?"),  # a letter added
    ("Pembelajarab remedial diberikan kapan?", "Pembelajaran remedial diberikan kapan?"),  # changed, opening it
    ("Apa yang dilkaukan guru di kelasnya?", "Apa yang dilakukan guru di kelasnya?"),  # a stop word, unindexed
    ("Hasil belajar siswa bisa setniggi apa?", "Hasil belajar siswa bisa setinggi apa?"),  # the only one a slip away
    # a form the text does not write of a stem it does ("direncanakan", "perencanaan"): an affix and the text's stem
    ("Bagaimana guru merencnaakan tindakan?", "Bagaimana guru merencanakan tindakan?"),
])
def test_a_slip_of_the_keyboard_is_read_in_the_texts_spelling(retriever_of, typed, read):
    assert retriever_of(TEXTS).respelled(typed) == read


@pytest.mark.parametrize("typed", [
    "Apa penyebab inflasi?",  # a real word the text never uses stays, to be missed
    "Apa pendapat Remedail tentang siklus?",  # a capital inside a sentence: a name, with spellings of its own
    "What is the purpose of classroom action reseerch?",  # English: a letter added (only one left out or a swap is read)
    "Apa arti kata sikl?",  # a word this short could be a slip from many words
])
def test_words_that_are_no_slip_stay_as_typed(retriever_of, typed):
    assert retriever_of(TEXTS).respelled(typed) == typed


@pytest.mark.parametrize("typed, plain", [
    ("Apa tujuan peneiltian tindakan kelas?", "Apa tujuan penelitian tindakan kelas?"),
    ("Kapan pembelajaran remdial diberikan?", "Kapan pembelajaran remedial diberikan?"),
    # a stop word's slip: the index has no stop words, so it was read as a noun the text never uses, and declined
    ("Apa yang dilkaukan guru di kelasnya?", "Apa yang dilakukan guru di kelasnya?"),
])
def test_a_question_with_a_slip_is_answered_as_the_spelled_one(course, typed, plain):
    engine = course(TEXTS)
    want, got = engine.search(plain), engine.search(typed)
    assert got.unknown_names == ()  # as typed, the slip read as a word the text never uses
    assert got.confidence == pytest.approx(want.confidence)
    assert [h.chunk.id for h in got.hits] == [h.chunk.id for h in want.hits]
    answer = engine.ask(typed)
    assert not answer.abstained
    assert answer.question == typed  # the answer shows the question as typed


def test_the_sentences_that_ask_are_the_question():
    assert asked_part("Saya sedang mengerjakan tugas kuliah. Apa tujuan penelitian tindakan kelas?") \
        == "Apa tujuan penelitian tindakan kelas?"
    assert asked_part("Apa itu siklus? Saya bingung.") == "Apa itu siklus?"
    assert asked_part("Apa itu siklus? Apa isinya?") == "Apa itu siklus? Apa isinya?"  # every sentence asks
    assert asked_part("Jelaskan siklus PTK.") == "Jelaskan siklus PTK."  # one sentence
    assert asked_part("Saya sedang menulis makalah. Sebutkan tahap siklus PTK.") == "Sebutkan tahap siklus PTK."
    assert asked_part("Saya sedang menulis makalah. dialektika kontrol") == "dialektika kontrol"  # typed in chat
    assert asked_part("Menurut Dr. Amin, apa itu tunagrahita?") == "Menurut Dr. Amin, apa itu tunagrahita?"


def test_a_capital_opening_any_sentence_is_no_name():
    assert _names("Saya sedang menulis makalah. Peraturan apa yang dipakai Mendikbud?") == ["Mendikbud"]
    assert _names("Menurut Dr. Amin, apa itu tunagrahita?") == ["Dr", "Amin"]  # an abbreviation ends no sentence


@pytest.mark.parametrize("plain", [
    "Apa tujuan penelitian tindakan kelas?",
    "Kapan pembelajaran remedial diberikan?",
    "Peraturan apa yang mengatur pembelajaran remedial?",
])
def test_a_sentence_setting_the_scene_does_not_decline_the_question(course, plain):
    engine = course(TEXTS)
    scene = "Halo, saya sedang mengerjakan tugas kuliah semester ini. "
    want, got = engine.search(plain), engine.search(scene + plain)
    assert got.unknown_names == want.unknown_names  # "tugas", "kuliah", "semester": words the text never uses
    assert got.known == want.known
    assert got.hits[0].chunk.id == want.hits[0].chunk.id
    assert engine.ask(scene + plain).abstained == engine.ask(plain).abstained


@pytest.mark.parametrize("plain", ["Sebutkan dasar perencanaan siklus berikutnya.", "siklus penelitian tindakan kelas"])
def test_a_request_or_keywords_after_a_scene_are_the_question(course, plain):
    engine = course(TEXTS)
    scene = "Saya sedang mengerjakan tugas kuliah. "
    want, got = engine.search(plain), engine.search(scene + plain)
    assert got.unknown_names == want.unknown_names == ()
    assert got.known == want.known


def test_a_scene_does_not_make_an_out_of_scope_question_answerable(course):
    engine = course(TEXTS)
    assert engine.ask("Apa penyebab inflasi di Indonesia?").abstained
    assert engine.ask("Saya sedang mengerjakan tugas kuliah. Apa penyebab inflasi di Indonesia?").abstained


NAMES = {"ispa.md": """# ISPA pada Balita

ISPA adalah singkatan dari Infeksi Saluran Pernapasan Akut. Menurut Chin (1998), reliabilitas indikator dianggap baik
bila nilai loading di atas 0,7. Data disimpan dalam basis data MySQL yang dikelola sekolah.

Nilai gizi balita diukur setiap bulan di posyandu.
"""}


@pytest.mark.parametrize("typed, read", [
    ("apa kepanjangan ispa", "apa kepanjangan ISPA"),
    ("nilai loading berapa yang baik menurut chin", "nilai loading berapa yang baik menurut Chin"),
    ("mysql dipakai buat apa", "MySQL dipakai buat apa"),
    ("Nilai loading menurut chin?", "Nilai loading menurut chin?"),  # typed with capitals: as typed
])
def test_a_question_typed_in_lower_case_names_what_the_text_writes_as_names(retriever_of, typed, read):
    assert retriever_of(NAMES).respelled(typed) == read  # "nilai": the text writes it in lower case too


NABI = {"nabi.md": """# Nabi-nabi Belakangan

## Zefanya

Zefanya bersama Nahum dan Yeremia mempengaruhi Raja Yosia. Yosia memerintah selama tiga puluh satu tahun.

## Pesan Nabi

a) Reformasi Sosial
Reformasi sosial mendapat perhatian serius dari nabi-nabi belakangan.
"""}


def test_a_word_opening_a_paragraph_under_its_heading_is_no_name(retriever_of):
    """'siapa yg pengaruhi yosia buat reformasi' (team set 17, answerable, declined): the text writes "Reformasi" only
    opening an item's heading and the paragraph under it, which read as a capital inside a sentence ("Sosial
    Reformasi" across the line), so the question's word became a name no top passage wrote (names_missing). A word
    opening a line opens a paragraph; "Yosia", capitalised inside a sentence, stays a name."""
    read = retriever_of(NABI).respelled("siapa yang pengaruhi yosia buat reformasi")
    assert read == "siapa yang pengaruhi Yosia buat reformasi"


@pytest.mark.parametrize("typed, read", [
    ("Apa yang dimaksud dengan siklus", "Apa yang dimaksud dengan siklus?"),
    ("apa tujuan penelitian tindakan kelas  ", "apa tujuan penelitian tindakan kelas?"),
    ("Saya sedang menulis makalah. Jelaskan siklus", "Saya sedang menulis makalah. Jelaskan siklus?"),
    ("siklus PTK (penelitian tindakan kelas) apa saja", "siklus PTK (penelitian tindakan kelas) apa saja?"),
    ("How many cycles does classroom action research take", "How many cycles does classroom action research take?"),
    ("Is reflection part of a cycle", "Is reflection part of a cycle?"),
    ("siklus penelitian tindakan kelas", "siklus penelitian tindakan kelas"),  # keywords: no question
    ("manajemen apabila siklus gagal", "manajemen apabila siklus gagal"),  # "mana", "apa" inside other words
    ("Apa itu siklus?", "Apa itu siklus?"),  # asked with its mark
    ("Apa itu siklus? jelaskan secara singkat", "Apa itu siklus? jelaskan secara singkat"),  # a mark inside
    ("Jelaskan siklus PTK.", "Jelaskan siklus PTK."),  # a request ended with its own mark
    ("Sebutkan tahap siklus!", "Sebutkan tahap siklus!"),
    ("", ""),
])
def test_a_question_sent_without_its_mark_is_read_with_one(typed, read):
    assert with_mark(typed) == read


def test_the_encoder_is_asked_the_question_with_its_mark(course, monkeypatch):
    """The bare question reaches the encoder as a question (the real encoder ranks it lower without the mark); the
    answer still shows it as typed."""
    engine, asked = course(TEXTS), []
    vector = Retriever.query_vector
    monkeypatch.setattr(Retriever, "query_vector", lambda self, query: asked.append(query) or vector(self, query))
    answer = engine.ask("Apa tujuan penelitian tindakan kelas")
    assert asked and all(text.endswith("tujuan penelitian tindakan kelas?") for text in asked)
    assert answer.question == "Apa tujuan penelitian tindakan kelas"


PI = """# Raspberry Pi

## Sistem Operasi

Raspberry Pi 2 Model B mendukung Windows 10. Pengguna terlebih dahulu menginstal library BCM2835 sebelum memakai
pin GPIO, lalu mengupload program ke papan.

## Hukum

Pertanggungan jawab pemilik alat diatur dalam perjanjian sewa.
"""


@pytest.mark.parametrize("typed, read", [
    ("Raspberry Pi bisa diinstal Windows tidak?", "Raspberry Pi bisa menginstal Windows tidak?"),
    ("Program apa yang diupload ke papan?", "Program apa yang mengupload ke papan?"),
])
def test_a_verb_of_a_root_no_dictionary_knows_is_read_in_the_texts_form(course, retriever_of, typed, read):
    """"diinstal" of a text writing "menginstal" (team set 5's "raspi 2 model B bisa diinstal windows gak?" was declined,
    0.33; team set 3's "diupload" was marked too): the stemmer strips no affix off a root no dictionary knows, so each
    form is a word of its own and the question's was a noun the text never uses (absent_words). Another verb affix of
    the same root, as the text writes it, is read instead; a noun's affixes ("pertanggungjawaban") are left."""
    engine = course({"pi.md": PI})
    retriever = retriever_of(engine)
    assert retriever.absent_words(typed)  # what reading it as typed would count against it
    assert engine.read(typed).searched == read
    assert retriever.absent_words(read) == ()
    assert engine.read("Apa itu pertanggungjawaban pemilik alat?").searched == "Apa itu pertanggungjawaban pemilik alat?"


LOANS = {"sistem.md": """# Sistem Informasi Sekolah

## Keamanan

Alasan penggunaan sandi harus logis bagi pengguna. Keputusan yang logis diambil oleh admin. Pengguna masuk dengan
akun dan sandi masing-masing.

## Kinerja

Kapasitas memori perangkat menentukan kecepatan aplikasi. Aplikasi memerlukan memori yang cukup.
"""}


@pytest.mark.parametrize("typed, read", [
    # a word of the English word list is a loan word, spelled right: no slip of another word of the text
    ("Bagaimana cara login ke sistem informasi sekolah?", "Bagaimana cara login ke sistem informasi sekolah?"),
    # ... but the text's own spelling of it, a slip away, is how the text writes it
    ("Berapa kapasitas memory perangkat itu?", "Berapa kapasitas memori perangkat itu?"),
])
def test_a_loan_word_is_read_only_as_the_text_spells_it(retriever_of, typed, read):
    assert retriever_of(LOANS).respelled(typed) == read
