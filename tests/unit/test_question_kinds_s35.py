"""Kinds of question the abstention read wrongly (issue 15, session 35), each on a hand-made text in other words than
the question that showed it: a counted concept's acronym the text writes out in lower case after the same number, and
a law's short form dated by its year."""

import pytest

from telusur.acronyms import counted_phrase
from telusur.indonesian import standard_words
from telusur.query.quantity import named_numbers, writes_named_number
from telusur.query.ranker import is_english

GARDEN = {"kebun.md": """# Kebun Sekolah

## Program

Sekolah menjalankan program 7 kebiasaan anak sehat sejak kelas satu: bangun pagi, berolahraga, makan bergizi,
gemar belajar, bermasyarakat, beribadah dan tidur cepat.

## Kebun

Setiap kelas merawat satu petak kebun sayur dan mencatat panennya setiap minggu.
"""}


def test_a_counted_acronym_is_the_words_after_its_number():
    """"7 KAS" of a text writing "7 kebiasaan anak sehat": the same number before both is what pairs them; the words'
    initials are exactly the acronym, in lower case as running text writes them."""
    text = GARDEN["kebun.md"]
    assert counted_phrase(text, "7", "KAS") == "kebiasaan anak sehat"
    assert counted_phrase(text, "8", "KAS") is None  # another number: another list
    assert counted_phrase(text, "7", "KAB") is None  # other letters


def test_a_counted_acronym_the_text_writes_out_is_no_name_it_lacks(retriever_of):
    """The question's "7 KAS" of a text that never writes "KAS" but "7 kebiasaan anak sehat" was a name the text
    never writes (Retriever.search: declined); an acronym after no number, or after another, still is."""
    retriever = retriever_of(GARDEN)
    for query, unspelled in (("Apa saja 7 KAS di sekolah", ()), ("Apa saja KAS di sekolah", ("KAS",)),
                             ("Apa saja 9 KAS di sekolah", ("KAS",))):
        found = retriever.candidates(query, retriever.query_vector(query))
        assert retriever.unspelled_names(found) == unspelled, query
    assert retriever.search("Apa saja 7 KAS di sekolah", 3).confidence >= 0.5


CONSUMERS = {"konsumen.md": """# Perlindungan Konsumen

## Dasar Hukum

Menurut Undang-Undang Nomor 8 Tahun 1999, pelaku usaha wajib memberi informasi yang benar tentang barang yang
dijual.

## Sanksi

Pelaku usaha yang melanggar kewajiban itu dapat dikenai denda menurut UU yang sama.
"""}


def test_a_law_s_short_form_keeps_its_year():
    """"UU 8/1999" names the law of that number and that year: "Nomor 8 Tahun 1999" or "No. 8/1999" is it,
    "Nomor 8 Tahun 2021" another law."""
    assert named_numbers("kewajiban pelaku usaha menurut UU 8/1999 apa", ["UU"]) == [("UU", "8/1999")]
    assert writes_named_number("Undang-Undang Nomor 8 Tahun 1999 tentang konsumen", "Undang-Undang", "8/1999")
    assert writes_named_number("diatur dalam UU No. 8/1999", "UU", "8/1999")
    assert not writes_named_number("Undang-Undang Nomor 8 Tahun 2021 tentang konsumen", "Undang-Undang", "8/1999")
    assert writes_named_number("Undang-Undang Nomor 8 Tahun 2021", "Undang-Undang", "8")  # no year asked: any


@pytest.mark.parametrize("year, absent", [(1999, False), (2021, True)])
def test_a_law_asked_by_number_and_year_the_text_gives_another_year_is_another_law(retriever_of, year, absent):
    retriever = retriever_of(CONSUMERS)
    query = f"kewajiban pelaku usaha menurut UU 8/{year} apa"
    assert retriever.figure_absent(query, retriever.search(query, 3).hits) is absent


DATABASES = {"basisdata.md": """# Basis Data

## Perangkat Lunak

Aplikasi perpustakaan sekolah menyimpan data anggota dan buku dalam PostgreSQL yang dipasang di server kampus.

## Tabel

Setiap tabel memiliki kunci primer agar satu baris data dapat dibedakan dari baris lainnya.
"""}


@pytest.mark.parametrize("query, unspelled", [("Kelebihan PostgreSQL untuk perpustakaan apa?", ()),
                                              ("Kelebihan GraphQL untuk perpustakaan apa?", ("GraphQL",))])
def test_a_product_name_in_mixed_case_is_a_name(retriever_of, query, unspelled):
    """"NoSQL", "MySQL", "LoRaWAN": a product's name written in mixed case, closing in capitals, is a name as "UNDP"
    is; one the text never writes is a name it lacks (Retriever.search declines), one it writes is its own."""
    retriever = retriever_of(DATABASES)
    found = retriever.candidates(query, retriever.query_vector(query))
    assert retriever.unspelled_names(found) == unspelled


@pytest.mark.parametrize("question", ["Among ASEAN members which country joined last?",
                                      "Under Perpres 12 which agencies report monthly?"])
def test_an_english_question_opened_by_a_clause_without_its_comma_is_english(question):
    """The clause that frames it opens with an English preposition, and a wh-word opens the rest: the comma that
    would set them apart is often left out."""
    assert is_english(question)


@pytest.mark.parametrize("question", ["After sales itu apa?", "in group dan out group bedanya apa",
                                      "Under armour produk apa"])
def test_an_indonesian_question_with_an_english_term_first_is_not_english(question):
    assert not is_english(question)


LIGHTING = {"ruang.md": """# Ruang Kerja

## Penerangan

Ruang kerja sebaiknya mendapat cahaya alami dari jendela di sisi kiri meja, ditambah lampu meja yang tidak
menyilaukan mata.

## Perangkat

Lampu meja yang dipakai berdaya 9 W dan dicolokkan ke stopkontak di bawah meja.
"""}


@pytest.mark.parametrize("query, absent", [("Penerangan ruang kerja idealnya berapa lumen?", True),
                                           ("Lampu meja ruang kerja dayanya berapa watt?", False)])
def test_a_figure_asked_in_a_unit_the_text_never_writes_is_not_given(retriever_of, query, absent):
    """"berapa lux" of a text on office lighting that writes no lux: it gives no figure in the unit asked (figure_absent);
    a unit it writes, or its symbol after a number ("9 W" for watt), it may."""
    retriever = retriever_of(LIGHTING)
    assert retriever.figure_absent(query, retriever.search(query, 3).hits) is absent


SENSORS = {"sensor.md": """# Sensor Ruangan

## Suhu

Suhu ruangan dibaca oleh sensor LM35 yang terpasang di dinding dekat pintu, lalu dikirim ke papan mikrokontroler.
"""}


@pytest.mark.parametrize("query, unspelled", [("Bagaimana cara memasang sensor suhu LM35?", ()),
                                              ("Bagaimana cara memasang sensor suhu BME280?", ("BME280",))])
def test_a_model_code_is_a_name(retriever_of, query, unspelled):
    """A model's or an indicator's code, capitals then digits ("DHT22", "OCB1"), names one thing: one the text never
    writes is a name it lacks."""
    retriever = retriever_of(SENSORS)
    found = retriever.candidates(query, retriever.query_vector(query))
    assert retriever.unspelled_names(found) == unspelled


HARBOUR = {"pelabuhan.md": """# Pelabuhan

## Dermaga

Kapal barang bersandar di dermaga timur setelah menurunkan muatan di gudang pelabuhan.

## Menara

Menara pengawas berdiri di ujung dermaga barat dan dijaga petugas siang dan malam.
"""}


@pytest.mark.parametrize("query, apart", [("Siapa yang membangun Menara Timur?", (("menara", "timur"),)),
                                          ("Siapa yang membangun menara timur?", (("menara", "timur"),)),
                                          ("Siapa petugas Menara Pengawas?", ())])
def test_a_name_made_of_common_words_is_a_term(retriever_of, query, apart):
    """"Kitab Wahyu" of a text that writes "kitab" and "wahyu" in different passages: a name made of common words
    names a neighbour of what the text covers as the same words written small do (words_apart); one the text writes
    together is its own."""
    assert retriever_of(HARBOUR).words_apart(query) == apart


def test_a_common_word_before_a_name_makes_no_term_with_it(retriever_of):
    """"Pembangunan ulang Bait Allah": the word before a name and the name's first word are no one term."""
    assert retriever_of(HARBOUR).words_apart("Kapal barang Menara Pengawas tiba kapan?") == ()


@pytest.mark.parametrize("typed, read", [
    ("lemas abis donor darah boleh olahraga ga", "lemas setelah donor darah boleh olahraga tidak"),
    ("Abis ujian nilai keluar kapan", "Setelah ujian nilai keluar kapan"),
    ("stok vaksin abis di puskesmas kenapa", "stok vaksin habis di puskesmas kenapa"),
    ("kalau pulsanya udah abis gimana", "kalau pulsanya sudah habis bagaimana"),
    ("tintanya abis", "tintanya habis"),
    ("pas ujian boleh bawa kalkulator?", "saat ujian boleh bawa kalkulator?")])
def test_chat_abis_before_what_is_done_is_setelah(typed, read):
    """Chat "abis" before what is done says "setelah" (a word no term is made of: words_apart paired "merah habis" of
    "pipis jadi merah abis minum obat" and the question was declined); run out, after "udah", before a place or a
    question's word or closing the question, it is the adjective "habis"."""
    assert standard_words(typed) == read
