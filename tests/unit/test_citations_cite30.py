"""Kinds of session 38's left list and of fresh citation gold 30 (bench/citations-fresh-cite30.jsonl, real documents
by outside authors; helper "citations", session 39): each written here as a made-up text of the kind, in words of
its own, so that it fails without its rule."""

import pytest


def _cites(text: str) -> list[tuple[tuple[str, ...], str]]:
    from telusur.citations.intext import find_citations

    return [(c.authors, c.year) for c in find_citations(text) if c.authors]


def _labels(text: str) -> list[str]:
    from telusur.citations.intext import find_citations

    return [c.label for c in find_citations(text) if c.authors]


@pytest.mark.parametrize("text, want", [
    ("Survei awal (Wiratama, 2019) memakai kuesioner daring. Belum ada replikasi sebanding Wiratama 2019.",
     [(("Wiratama",), "2019"), (("Wiratama",), "2019")]),
    ("Wiratama dkk. (2019, 412 responden) menemukan efek kecil. Soal durasi, Wiratama 2019 menunjukkan penurunan.",
     [(("Wiratama",), "2019"), (("Wiratama",), "2019")]),
])
def test_a_bare_surname_and_year_the_text_cites_elsewhere(text, want):
    """"sebanding Bleidorn 2022.", "Bautista 2026 menunjukkan": a surname and a year with no parenthesis, no "dkk."
    and no citing word, of a work the text cites with a parenthesis elsewhere: the same work, named again; it was
    no work."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Tim itu lolos ke Piala Dunia 2022. Pelatihnya senang.", []),
    ("Survei awal (Wiratama, 2019) memakai kuesioner. Hasil Kusnadi 2020 menunjukkan hal lain.",
     [(("Wiratama",), "2019")]),
    ("Survei awal (Wiratama, 2019) memakai kuesioner. Kerusuhan Mei 1998 mengubah semuanya.",
     [(("Wiratama",), "2019")]),
])
def test_a_bare_name_and_year_nothing_backs_stays_nothing(text, want):
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kepadatan kendaraan dihitung dari rekaman (CCTV Harahap dkk., 2019) di tiga simpang.", ["Harahap dkk. (2019)"]),
    ("Rute terpendek diukur ulang (GPS Siregar et al., 2021).", ["Siregar et al. (2021)"]),
])
def test_an_acronym_before_a_group_inside_a_parenthesis_is_what_they_studied(text, want):
    """"(CCTV Philpot dkk., 2020)": inside a parenthesis too, an acronym right before the surname of a group of
    authors names what they studied; the author was "CCTV Philpot"."""
    assert _labels(text) == want
    assert [a for a, _ in _cites(text)] == [(want[0].split()[0],)]


@pytest.mark.parametrize("text, want", [
    ("Angka itu naik (WHO Indonesia, 2020).", [(("WHO Indonesia",), "2020")]),
    ("Model itu dilatih ulang (IBM Research dkk., 2021).", [(("IBM Research",), "2021")]),
])
def test_a_body_named_with_its_acronym_stays_whole_in_a_parenthesis(text, want):
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Menurut Lumbung Desa (2021), cadangan gabah cukup sampai musim tanam berikutnya.",
     [(("Lumbung Desa",), "2021")]),
    ("Menurut Jaringan Advokasi Nelayan (2022), hasil tangkapan turun tiga tahun berturut-turut.",
     [(("Jaringan Advokasi Nelayan",), "2022")]),
    ("Sanggar Anak Merdeka (2019) mencatat empat puluh murid baru.", [(("Sanggar Anak Merdeka",), "2019")]),
])
def test_a_civil_bodys_name_of_everyday_words_is_whole(text, want):
    """"Menurut Lumbung Pangan (2020)": a civil body whose name opens with a word no person's given name is
    ("Lumbung", "Jaringan", "Sanggar", as "Rumah", "Dompet") is its whole name, in a text that never writes the
    words small; it was cut to its last word as a person's ("Pangan")."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Menurut Intan Permata (2020), cadangan gabah cukup.", [(("Permata",), "2020")]),
    ("Menurut Dewi Lestari (2019), cadangan gabah cukup.", [(("Lestari",), "2019")]),
])
def test_a_persons_name_of_everyday_words_keeps_its_surname(text, want):
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("3. Busuk Akar: Jamur menyerang akar sehingga daun tanaman menguning (Bayu dkk., 2019)", [(("Bayu",), "2019")]),
    ("3. Busuk Akar: Jamur menyerang akar sehingga daun tanaman menguning (Bayu & Wirawan, 2019)",
     [(("Bayu", "Wirawan"), "2019")]),
])
def test_a_list_item_closed_by_a_group_whose_surname_is_a_word(text, want):
    """"2. Tembusan Tinta (Bleed-through): ... mengganggu keterbacaan teks (Hanif dkk., 2018)": a numbered line shaped
    like a list entry (a capitalised head, a colon, the year last) is a sentence its citation closes; a surname that
    is also a dictionary word ("Hanif", "Bayu") with co-authors is a name, no thing has them; it was read as an entry
    and its citation dropped."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("3. Busuk Akar: Jamur menyerang akar sehingga daun tanaman menguning (Skripsi, 2019)", []),
])
def test_a_list_item_closed_by_a_lone_word_and_year_stays_nothing(text, want):
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Lapisan lilin menahan air (Gracia-M. et al., 2016; Ortega-P et al., 2019).",
     [(("Gracia-M",), "2016"), (("Ortega-P",), "2019")]),
    ("Lapisan lilin menahan air (Gracia-M., 2016).", [(("Gracia-M",), "2016")]),
])
def test_a_double_surname_cut_to_its_initial(text, want):
    """"(Lechuga-S. et al., 2014; Valdiviezo-N et al., 2017)": a double surname whose second part is cut to an initial
    with its full stop is a name, as the one without the stop was; it was no work."""
    assert _cites(text) == want


def test_a_double_surname_cut_to_its_initial_before_its_year_stays_a_name():
    assert _cites("Menurut Gracia-M. (2016), lapisan lilin menahan air.") == [(("Gracia-M",), "2016")]


@pytest.mark.parametrize("text, want", [
    ("Deteksi objek berkembang pesat (YOLOv3 2018, EfficientDet 2020) sejak satu dasawarsa terakhir.", []),
    ("Klasifikasi teks memakai jaringan konvolusi (Text-CNN 2014, BiLSTM-CRF 2015).", []),
    ("Model ringan lahir kemudian (MobileNet 2017, SSD 2016), keduanya untuk ponsel.", []),
])
def test_systems_listed_with_the_years_they_came_out(text, want):
    """"Kemunculan GAN (Pix2Pix 2017, DE-GAN 2021)", "(DocEnTr 2022, Text-DIAE 2022)": systems listed with their
    years, one word and a year with nothing between, one of the words shaped as no person's name (letters and
    digits, a capital inside, a part in capitals hyphened to small letters); the others listed beside it are systems
    too. They were works "DE-GAN (2021)", "DocEnTr (2022)"."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Pendapat ini umum (Santoso 2019, Wijaya 2020).", [(("Santoso",), "2019"), (("Wijaya",), "2020")]),
    ("Pendapat ini umum (McDonald 2019; LeCun 2015).", [(("McDonald",), "2019"), (("LeCun",), "2015")]),
    ("Akad itu sah (DSN-MUI 2017).", [(("DSN-MUI",), "2017")]),
    ("Kajian serupa (DeVries 2018; Al-Attas 1995).", [(("DeVries",), "2018"), (("Al-Attas",), "1995")]),
])
def test_people_and_bodies_cited_without_a_comma_stay_works(text, want):
    assert _cites(text) == want


def test_a_linked_citation_backs_no_second_reading_of_itself():
    """A link's "[Wiratama, 2019](https://...)" is one citation; its comma and year are not a second, backed by itself."""
    assert _cites("Sikap itu menular [Wiratama, 2019](https://doi.org/10.1/xyz).") == [(("Wiratama",), "2019")]


@pytest.mark.parametrize("text, want", [
    ("Tabel IV. 2: Rekap Panen PADI-X (Wirawan & Lestari, 2019)", ["Wirawan & Lestari (2019)"]),
    ("Gambar III-4: Alur Uji PLC (Hartono dkk., 2021)", ["Hartono dkk. (2021)"]),
])
def test_a_caption_numbered_in_a_roman_chapter_is_no_reference_entry(text, want):
    """"**Gambar II. 7** Skema Alur Kerja DE-GAN (Souibgui & Kessentini, 2022)", read as "Gambar II. 7: Skema ..." once
    the bold label is set apart: a chapter numeral and a capitalised name before the year are an entry's shape
    ("Santoso, B. 7: ..."), and the line's work was dropped as a list entry's. A caption opens no reference entry."""
    assert _labels(text) == want
