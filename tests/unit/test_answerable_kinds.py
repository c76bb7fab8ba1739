"""Kinds of answerable question the abstention declined (issue 15), each met by a rule over its kind and tested here on
hand-made texts in other words than the question that taught it: a law named by its short form, an English question
opened by a clause, an acronym the best passage writes out, a word that frames the question or sets two terms
against each other, an English word the text writes in another form, chat forms of verbs and of "saat"."""

import pytest

from telusur.indonesian import chat_verb_forms, standard_words
from telusur.query.quantity import writes_named_number
from telusur.query.ranker import is_english

LABOUR = {"kerja.md": """# Ketenagakerjaan

## Istirahat

Berdasarkan Undang-Undang Nomor 13 Tahun 2003, pekerja berhak atas istirahat mingguan paling sedikit satu hari
untuk enam hari kerja.

## Upah

Upah lembur dihitung dari upah sebulan, sebagaimana diatur pula dalam UU yang sama.
"""}


def test_a_law_s_number_is_written_after_the_word_for_a_number():
    """'Undang-Undang Nomor 1 Tahun 2011', 'UU No. 32': a law's number follows "Nomor" or "No."; another word between
    (a model, a type) still says another thing is named."""
    assert writes_named_number("Berdasarkan Undang-Undang No. 13 Tahun 2003 pekerja berhak cuti.", "Undang-Undang", "13")
    assert writes_named_number("Lihat Peraturan Pemerintah nomor 35 tentang kontrak.", "Pemerintah", "35")
    assert not writes_named_number("Raspberry Pi model 4 dipakai di sini.", "Pi", "4")


def test_a_law_asked_by_its_short_form_is_the_law_the_text_writes_out(retriever_of):
    """'Under UU 1/2011, how much floor space ...?' (team set 18) of a text writing "Undang-Undang Nomor 1 Tahun 2011":
    the number after "UU" was written after no "UU", so the question named a law the text lacks (figure_absent) and
    was declined. The acronym's number stands after the words it stands for, with "Nomor" between; another number
    is still another law."""
    retriever = retriever_of(LABOUR)
    asked = "istirahat mingguan menurut UU {}/2003 berapa hari"
    hits = retriever.search(asked.format(13), 3).hits
    assert not retriever.figure_absent(asked.format(13), hits)
    assert retriever.figure_absent(asked.format(21), hits)


@pytest.mark.parametrize("question", ["Under Pasal 5, how many rest days must workers get?",
                                      "At small firms, which tax rate applies?",
                                      "After segmentation, what comes next?"])
def test_an_english_question_opened_by_a_clause_is_english(question):
    """The asking word opens what follows the comma; the clause before it sets the frame. An Indonesian question
    stays Indonesian."""
    assert is_english(question)


@pytest.mark.parametrize("question", ["Untuk usaha kecil, tarif pajaknya berapa?", "Menurut Kotler, segmentasi apa?"])
def test_an_indonesian_question_opened_by_a_clause_is_not_english(question):
    assert not is_english(question)


CONSUMERS = {"konsumen.md": """# Hak Konsumen

## Penukaran Barang

Undang-Undang Perlindungan Konsumen memberi pembeli hak menukar barang cacat paling lambat tujuh hari setelah
pembelian.

## Garansi

Garansi pabrik berlaku satu tahun sejak tanggal nota.

## Pengaduan

Pembeli yang dirugikan boleh mengadu ke badan penyelesaian sengketa di kotanya.

## Label

Setiap barang wajib berlabel harga dan tanggal kedaluwarsa dalam bahasa Indonesia.
""", "dagang.md": """# Perdagangan

## Izin Usaha

Izin usaha toko diurus di kantor dinas. UU tentang perdagangan juga mengatur pasar rakyat.
"""}


def test_an_acronym_the_best_passage_writes_out_is_no_name_missing_there(course, question_features):
    """'isi pengecualian pasal 69 ayat 2 UU PPLH' (team set 19) of a text writing "UU" elsewhere and the law's words in
    the passage that answers: "UU" counted as a name the passages it would be answered from lack (names_missing).
    A passage writing out every word an acronym stands for names it."""
    features = question_features(course(CONSUMERS), "hak menukar barang cacat menurut UU PK berapa hari")
    assert features["names_missing"] == 0.0


FRAMED = {"pajak.md": """# Pajak

## Pengecualian

Pasal 7 menetapkan pengecualian bagi usaha kecil yang omzetnya di bawah batas.

## Perjanjian

Isi perjanjian dibuat tertulis oleh kedua pihak.

## Status Pekerja

Tabel 2 membandingkan pekerja tetap vs pekerja harian menurut masa kerja.

## Lembur

Upah lembur dibayar per jam di atas jam kerja normal.
"""}


def test_the_contents_asked_of_a_term_are_no_word_of_it(retriever_of):
    """'isi pengecualian pasal 69 ...' (team set 19): "isi" asks what the exception says, as "cara" asks how; read
    as a word of the term, "isi pengecualian" was a term no passage writes (words_apart) and the question declined."""
    retriever = retriever_of(FRAMED)
    assert retriever.words_apart("isi pengecualian pasal 7 apa saja") == ()


def test_vs_sets_two_terms_apart(retriever_of):
    """'klik low effort vs gerakan politik dunia nyata' (team set 19): "vs" set the two terms against each other and
    was read as a word of a term with the next one, which no passage writes (words_apart)."""
    retriever = retriever_of(FRAMED)
    assert not any("vs" in pair for pair in retriever.words_apart("upah lembur vs pekerja harian lebih besar mana"))


LOANS = {"pasar.md": """# Pemasaran

## Klasifikasi

Klasifikasi pasar dibagi menurut usia dan pendapatan pembeli.

## Strategi

Usaha rintisan memakai strategi low-budgets agar biaya promosi kecil.

## Kantor

Meja berdiri dipakai sebagian pegawai kantor.
"""}


def test_an_english_word_the_text_writes_in_another_form_is_not_absent(retriever_of):
    """'benefit segmentation artinya' of a text writing "segmentasi", 'klik low effort' of one writing "low-efforts"
    (team set 19): an English word of an Indonesian question, written by the text as its loan spelling or an English
    inflection (also hyphenated to the question's next word), was a noun the text never uses (absent_words). A
    translation is no form of it: "standing desk" of a text writing "meja berdiri" stays absent."""
    retriever = retriever_of(LOANS)
    assert retriever.absent_words("classification pasar itu apa") == ()
    assert retriever.absent_words("strategi low budget buat apa") == ()
    assert retriever.absent_words("standing desk bagus buat pegawai kantor") != ()


@pytest.mark.parametrize("word, standard", [("kebawa", "terbawa"), ("kejepit", "terjepit"), ("dipake", "dipakai")])
def test_chat_ke_says_ter_and_e_says_ai(word, standard):
    """'proyektor kepake pas kapan' (team set 18): chat "ke-" for "ter-" and a root's "ai" said "e"; read as typed it
    was a noun the text never uses (absent_words)."""
    assert standard in chat_verb_forms(word)


@pytest.mark.parametrize("text, standard", [
    ("batuk pas malam kenapa", "batuk saat malam kenapa"),
    ("ukuran sepatu yang pas berapa", "ukuran sepatu yang pas berapa"),
    ("kurang pas kenapa", "kurang pas kenapa"),
    ("harganya sudah pas", "harganya sudah pas"),
])
def test_chat_pas_says_saat_before_a_word_and_not_as_an_adjective(text, standard):
    """'pas' before what happens is chat for "saat" ('proyektor kepake pas kapan', team set 18 and five other
    writers); "yang pas", "kurang pas" and a closing "pas" are the adjective (fitting)."""
    assert standard_words(text) == standard


@pytest.mark.parametrize("text", [
    "syarat daftar sekolah: fotokopi ijazah dan dua lembar pas foto 4x6",
    "cara mengurus pas kapal nelayan di syahbandar",
    "biaya kartu pas pelabuhan untuk truk",
    "celananya belum pas di pinggang kenapa",
    "bumbunya udah pas belum",
    "jas ini pas buat acara wisuda gak",
    "kado ini pas banget dengan hobinya",
    "ukurannya pas untuk bayi",
    "takaran pas pupuk itu berapa gram",
])
def test_pas_the_adjective_or_a_pass_is_not_chat_for_saat(text):
    """"pas" is chat "saat" only before what happens: a pass ("pas foto", "pas kapal", "kartu pas"), a fit after a word
    of state or a measure ("sudah pas", "harga pas") or before what it fits and how much ("pas untuk", "pas banget")
    stays the word it is (review12 F1)."""
    assert "saat" not in standard_words(text).split()
    assert standard_words("dadanya sesak pas naik tangga") == "dadanya sesak saat naik tangga"


REFILL = {"tinta.md": """# Tinta Printer

## Botol

Botol tinta berisi seratus mililiter dan diisi di pabrik.

## Ulang

Pengguna mengulang pencetakan bila hasilnya pudar.

## Pemasaran

Toko daring memakai digital marketing dan sharing pengalaman pembeli; reporter lokal meliput peluncurannya.
"""}


def test_isi_is_a_word_of_the_term_unless_it_asks_the_contents(retriever_of):
    """"isi" frames only what is asked of a term ("isi pengecualian pasal 69", "apa isi perjanjian"); "tinta isi
    ulang" of a text that writes "berisi" and "mengulang" apart is a term it never writes (review12 F13)."""
    retriever = retriever_of(REFILL)
    assert retriever.words_apart("keuntungan tinta isi ulang apa") != ()
    assert retriever.words_apart("apa isi botol tinta") == ()


def test_an_english_word_made_from_the_asked_one_is_not_its_form(retriever_of):
    """"market share" of a text writing "digital marketing" and "sharing pengalaman": an "-ing" or "-er" word is
    another English word, not the one asked, so both stay absent (review12 F14); a plural is the word."""
    retriever = retriever_of(REFILL)
    assert set(retriever.absent_words("cara menghitung market share toko daring")) >= {"market", "share"}
    assert "report" in retriever.absent_words("annual report toko daring itu apa")


def test_same_word_forms_are_its_number_and_spelling():
    """The forms of an English word that are the word (review12 F14): its other number and its other spelling, never
    its "-ing" or "-er" word ("marketing" is no "market")."""
    from telusur.query.english import same_word_forms

    assert "budgets" in same_word_forms("budget")
    assert {"behavior", "behaviours"} <= set(same_word_forms("behaviour"))
    assert "marketing" not in same_word_forms("market") and "reporter" not in same_word_forms("report")


LAND = {"tanah.md": """# Pendaftaran Tanah

## Dasar Hukum

Peraturan Pemerintah Nomor 24 Tahun 1997 mengatur pendaftaran tanah di seluruh wilayah Indonesia.

## Tujuan

Menurut PP tersebut, pendaftaran tanah bertujuan memberi kepastian hukum kepada pemegang hak atas sebidang tanah.
"""}


def test_the_abbreviated_word_for_a_number_is_no_name_missing(course, question_features):
    """"PP No. 24 Tahun 1997" of a text writing "Peraturan Pemerintah Nomor 24 Tahun 1997" (review12 F12): "No" is
    the word for the number the text writes "Nomor", not a name no passage holds."""
    features = question_features(course(LAND), "Apa tujuan pendaftaran tanah menurut PP No. 24 Tahun 1997?")
    assert features["names_missing"] == 0.0


ROADS = {"jalan.md": """# Jalan Desa

## Perbaikan

Dinas Pekerjaan Umum dan Penataan Ruang kabupaten memperbaiki jalan desa yang rusak setiap musim kemarau.

## Anggaran

Dana perbaikan berasal dari anggaran pendapatan dan belanja daerah.
"""}


def test_an_acronym_after_a_body_s_head_word_is_spelt_out_after_it(course, question_features):
    """"Dinas ESDM" of a text writing "Dinas Energi dan Sumber Daya Mineral" (review12 F19): the head word "Dinas" is
    no letter of the acronym, so the run after it spells it and the office is no name missing."""
    features = question_features(course(ROADS), "Apa tugas Dinas PUPR di kabupaten?")
    assert features["names_missing"] == 0.0
