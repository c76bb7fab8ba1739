"""A word typed the way students type it is read as a word of the text only where the text bears that reading out
(Retriever.respelled): a word one slip from another word of the text is that word only beside the question's other
words, never a word too short to tell apart from others a slip away, and a short word typed in lower case is a name only
where the text writes the name beside the question's other words (bench/read_as_asked.py lists every reading of the open
sets: 'wakalah' read 'makalah', 'raspi' 'rapi', 'kitah' 'kita', 'apa nam mata uang' 'Nam')."""

import pytest

BANK = {"bank.md": """# Produk Bank Syariah

## Akad

Akad murabahah di bank syariah adalah jual beli dengan harga pokok dan keuntungan yang disepakati. Akad mudharabah
adalah kerja sama modal antara bank syariah dan nasabah.
""", "kuliah.md": """# Tugas Kuliah

Mahasiswa menulis makalah tentang ekonomi dan mengumpulkan makalah itu kepada dosen setiap pekan.
"""}


@pytest.mark.parametrize("typed, read", [
    # "makalah" is a slip away but never stands beside "akad", "bank" or "syariah": another word, not the one meant
    ("Akad wakalah di bank syariah itu apa?", "Akad wakalah di bank syariah itu apa?"),
    # the text's word beside the question's other words is the one meant
    ("Akad murabaah di bank syariah itu apa?", "Akad murabahah di bank syariah itu apa?"),
    # the question's only word: nothing to stand beside, the text's word a slip away as before
    ("makalh?", "makalah?"),
])
def test_a_slip_is_read_as_a_word_of_the_text_only_beside_the_questions_other_words(retriever_of, typed, read):
    assert retriever_of(BANK).respelled(typed) == read


KIT = {"kit.md": """# Raspberry Pi

Port LAN pada papan disusun rapi di sisi kanan. Kabel port LAN dipakai untuk menghubungkan papan ke jaringan.
""", "ratu.md": """# Cerita Ratu

Kita mengenal asal cerita Ratu Laut Selatan dari naskah lama.
""", "motor.md": """# Motor

Mesin motor bisa mati bila oli motor jarang diganti. Ganti oli motor setiap bulan.
"""}


@pytest.mark.parametrize("typed", [
    "port LAN raspi buat apa",  # "rapi", a slip away, beside "port LAN": four letters, as likely another word
    "Dari manakah asal kitah tentang Ratu Laut Selatan?",  # "kita" (a stop word) or "kitab"
    "cara ganti oli motor matic",  # "mati" + "-i": a stem of four letters is no ground for "matii"
])
def test_no_word_is_read_as_one_too_short_to_tell_from_others_a_slip_away(retriever_of, typed):
    assert retriever_of(KIT).respelled(typed) == typed


def test_a_stop_word_long_enough_is_still_the_only_one_a_slip_away(retriever_of):
    assert retriever_of(KIT).respelled("Bagaimaan kabel port LAN dipakai?") == "Bagaimana kabel port LAN dipakai?"


NAMES = {"names.md": """# Pedagang

Tjong Fung Nam lahir di Sungkow dan berdagang di Medan. Pedagang itu dikenal dermawan.
""", "uang.md": """# Mata Uang

Mata uang Thailand adalah baht, dan mata uang Jepang adalah yen.
""", "papan.md": """# Papan

Papan Arduino Uno berukuran kecil: ukuran papan Uno sebesar kartu nama.
"""}


@pytest.mark.parametrize("typed, read", [
    # "Nam" is a name of the text, never beside "mata", "uang" or "Thailand": "nam" is "nama" cut short
    ("apa nam mata uang thailand", "apa nam mata uang Thailand"),
    ("arduino uno ukurannya segede apa", "Arduino Uno ukurannya segede apa"),  # a name beside "ukuran", "papan"
    ("siapa nam", "siapa Nam"),  # no other word of the text: as the text writes it
])
def test_a_short_word_typed_in_lower_case_is_a_name_only_beside_the_questions_words(retriever_of, typed, read):
    assert retriever_of(NAMES).respelled(typed) == read


OFFICE = {"kantor.md": """# Peralatan Kantor

Mesin penghancur kertas dipakai untuk menghancurkan dokumen. Sebelum memilih mesin, kantor menimbang kapasitas
dan kecepatan. Setiap pegawai menjaga miliknya sendiri.
"""}


def test_a_chat_verb_with_nya_is_the_verb_the_text_writes(retriever_of):
    """"milihnya": the text writes "memilih" (and "miliknya", a slip away and another word)."""
    assert retriever_of(OFFICE).respelled("mesin penghancur kertas buat kantor gimana milihnya") == \
        "mesin penghancur kertas buat kantor gimana memilihnya"


def test_a_word_left_as_typed_for_no_slip_of_the_text_is_a_word_the_text_lacks(retriever_of):
    """"wakalah" is no "makalah" (not beside "akad", "bank", "syariah"), so the text does not use it: a question on it
    is on something the text lacks, not on a slip of its "makalah"; a real slip is the text's word."""
    retriever = retriever_of(BANK)
    assert retriever.absent_words("Akad wakalah di bank syariah itu apa?") == ("wakalah",)
    assert retriever.absent_words("Akad murabaah di bank syariah itu apa?") == ()


def test_a_word_one_typo_from_a_short_word_only_is_a_word_the_text_lacks(retriever_of):
    """"matic" is left as typed (respelled reads no word of four letters for it): the text does not use it."""
    assert retriever_of(KIT).absent_words("cara ganti oli motor matic") == ("matic",)


ECONOMY = {"ekonomi.md": """# Ekonomi Makro

## Inflasi

Inflasi adalah kenaikan harga barang secara umum dan terus menerus. Bank sentral menaikkan suku bunga untuk menekan
inflasi yang tinggi.

## Pengangguran

Pengangguran terjadi ketika angkatan kerja tidak mendapat pekerjaan. Tingkat pengangguran dihitung dari jumlah
penganggur dibagi angkatan kerja.
"""}


def test_a_word_typed_with_a_letter_missing_is_the_texts_even_away_from_the_questions_other_words(retriever_of):
    """A question relating two topics the text treats apart: "inflasi" never stands beside "pengangguran", but "inflsi"
    is it with a letter left out, the commonest slip, not another word a letter changed ("wakalah": "makalah")."""
    retriever = retriever_of(ECONOMY)
    assert retriever.respelled("apa hubungan inflsi dengan pengangguran?") == \
        "apa hubungan inflasi dengan pengangguran?"
    assert "inflsi" not in retriever.absent_words("apa hubungan inflsi dengan pengangguran?")


WEB = {"web.md": """# Server Lokal

XAMPP adalah perangkat lunak server lokal yang memuat Apache dan MySQL. Kode program ditulis di editor lalu dijalankan
di XAMPP.
"""}


@pytest.mark.parametrize("typed, read", [
    ("xamp itu apa?", "XAMPP itu apa?"),  # "xampp" with one "p": a doubled letter typed once (team set 11)
    ("xam itu apa?", "xam itu apa?"),  # no word of the text one doubled letter away
    ("kod itu apa?", "kod itu apa?"),  # a slip of "kode" that is no doubled letter: too short to read
])
def test_a_short_word_typed_with_a_doubled_letter_once_is_the_texts_word(retriever_of, typed, read):
    """'xamp itu apa sih' of a text writing XAMPP: four letters, so no slip was read (a short word is as likely another
    word one slip away), the question had no word the text uses and was declined as no language. A doubled letter typed
    once is the one slip a short word unknown to every dictionary is read for: it spells no other word."""
    assert retriever_of(WEB).respelled(typed) == read
