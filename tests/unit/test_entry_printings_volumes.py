"""A book's notes written as parts of their own (references._book_notes, one reader for every style's path): an edition
and a printing both kept ("Edisi Revisi. Cetakan ke-20." -> "Edisi Revisi; Cetakan ke-20"), a printing after a comma as
IEEE writes it (", Cetakan ke-4."), a volume ("Jilid 2.", ", Jilid I,", APA's "(Jilid 1, Edisi 13)") as
Reference.volume, not dropped nor read as the edition or a journal, who translated it read past ("Terj. X."), and
notes closed by commas ("Cetakan Ketujuh, Edisi Pertama, Penerbit ..."). Fresh gold 13 (bench row entries10)."""

from __future__ import annotations

from telusur.citations.references import parse_reference


def _notes(entry: str) -> tuple:
    ref = parse_reference(entry)
    return ref.title, ref.edition, ref.volume, ref.place, ref.publisher


def test_an_edition_and_a_printing_both_written_are_both_kept():
    assert _notes("Pratama, Bagus. 2015. Pengantar Akuntansi. Edisi Kedua. Cetakan ke-6. Malang: UMM Press.") \
        == ("Pengantar Akuntansi", "Edisi Kedua; Cetakan ke-6", None, "Malang", "UMM Press")
    assert _notes("Rahmawati, S. (2017) Statistika Terapan. Edisi 3. Cetakan ke-2. Bogor: IPB Press.")[1] \
        == "Edisi 3; Cetakan ke-2"


def test_a_printing_after_a_comma_is_the_edition_not_the_titles_end():
    assert _notes("B. Santoso, Basis Data Terapan, Cetakan ke-3. Bandung: Informatika, 2016.")[:2] \
        == ("Basis Data Terapan", "Cetakan ke-3")
    assert _notes("Hartono, Sistem Pakar, Cetakan ke-2. Yogyakarta: Andi, 2011.")[:2] == ("Sistem Pakar", "Cetakan ke-2")


def test_a_volume_written_as_a_part_of_its_own_is_the_volume():
    assert _notes("Suryadi, Ahmad. 1990. Sejarah Kebudayaan Melayu. Jilid 3. Jakarta: Balai Pustaka.") \
        == ("Sejarah Kebudayaan Melayu", None, "3", "Jakarta", "Balai Pustaka")
    assert _notes("Natsir, Mohammad. Capita Selecta. Jilid II. Jakarta: Bulan Bintang, 1957.")[:3] \
        == ("Capita Selecta", None, "II")
    ref = parse_reference("Lestari A, Putri R. Buku ajar keperawatan anak. Jilid 2. Jakarta: EGC; 2012.")
    assert (ref.kind, ref.volume, ref.place, ref.publisher, ref.container) == ("book", "2", "Jakarta", "EGC", None)
    assert _notes("A. Wijaya, Pemrograman Web Dasar, Jilid 2. Bandung: Informatika, 2015.")[:3] \
        == ("Pemrograman Web Dasar", None, "2")


def test_a_volume_and_an_edition_after_commas_or_in_apas_parenthesis():
    assert _notes("Hidayat, Rudi. (2008) Teori Organisasi, Struktur dan Desain, Jilid II, Edisi V, Erlangga, Jakarta.")[:3] \
        == ("Teori Organisasi, Struktur dan Desain", "Edisi V", "II")
    assert _notes("Papalia, D. E. (2009). Human development: Perkembangan manusia (Jilid 2, Edisi 10). Jakarta: "
                  "Salemba Humanika.")[:3] == ("Human development: Perkembangan manusia", "Edisi 10", "2")


def test_who_translated_it_is_read_past_to_the_notes_after():
    assert _notes("Woolfolk, Anita. 2009. Educational Psychology. Terj. Helly Prajitno. Jilid 2. Edisi Kesepuluh. "
                  "Yogyakarta: Pustaka Pelajar.") \
        == ("Educational Psychology", "Edisi Kesepuluh", "2", "Yogyakarta", "Pustaka Pelajar")


def test_notes_closed_by_commas_before_the_publisher():
    assert _notes("Siregar, Sofyan. (2013) Metode Penelitian Kuantitatif. Cetakan Ketiga, Edisi Pertama, Kencana, "
                  "Jakarta.")[1:] == ("Cetakan Ketiga; Edisi Pertama", None, "Jakarta", "Kencana")


def test_a_publisher_after_a_long_edition_phrase_is_no_note():
    # "Second Edition McGraw-Hill," runs on into the publisher: three words closed by a comma are no note
    assert parse_reference("Bernadin dan Russell. (2005) Human Resource Management. Second Edition McGraw-Hill, "
                           "Irwin.").edition is None


def test_a_one_name_author_then_a_title_of_dictionary_words_and_notes_only():
    # IEEE's one-name author: the title's two words are no given names when only notes and "Place: Publisher" follow
    assert _notes("Hartono, Sistem Pakar, Edisi 2. Yogyakarta: Andi, 2011.") \
        == ("Sistem Pakar", "Edisi 2", None, "Yogyakarta", "Andi")
    assert _notes("Hartono, Sistem Pakar. Yogyakarta: Andi, 2011.")[0] == "Sistem Pakar"
    assert parse_reference("Santoso, Budi Hartono. Judul Buku. Jakarta: Kencana, 2019.").names == ("Santoso, Budi Hartono",)


def test_a_tafsirs_juz_is_its_volume():
    assert _notes("Ash-Shiddieqy, Hasbi. 2000. Tafsir An-Nur. Juz 2. Semarang: Pustaka Rizki Putra.")[:3] \
        == ("Tafsir An-Nur", None, "2")


def test_an_ieee_books_notes_after_commas_are_all_read():
    assert _notes("B. Santoso, Sistem Basis Data, Edisi Revisi, Cetakan ke-2. Bandung: Informatika, 2016.") \
        == ("Sistem Basis Data", "Edisi Revisi; Cetakan ke-2", None, "Bandung", "Informatika")
    assert _notes("W. Stallings, Data Communications, 10th ed. Upper Saddle River, NJ: Pearson, 2013.")[:2] \
        == ("Data Communications", "10th ed.")
