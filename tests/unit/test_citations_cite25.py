"""Kinds fresh citation gold 25 (bench/citations-fresh-cite25.jsonl, real documents by outside authors) and the lead's
left list of 2026-12-07 found: a line that is only a running text's "X et al. (year)" heading an item, names ending a
sentence's opening phrase before the comma of an authors' list, and the left list's kinds. Texts in other words than
the documents'."""

import pytest

from telusur.citations.intext import find_citations


def _read(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(c.authors, c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text, want", [
    ("Studi terdahulu:\n1. Kurniawan et al. (2017)\n- Memakai jaringan saraf untuk data cuaca\n",
     [(("Kurniawan",), "2017")]),
    ("Studi terdahulu:\na) Pratiwi dkk. (2020):\n- Menguji aplikasi pada siswa SMP\n", [(("Pratiwi",), "2020")]),
    ("Rujukan utama bab ini:\nWibisono et al. (2016)\n", [(("Wibisono",), "2016")]),
])
def test_a_line_holding_only_a_running_texts_et_al_citation_is_no_entry(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    "Daftar Pustaka\nKurniawan, B. et al. (2017). Jaringan saraf untuk cuaca. Jurnal Iklim, 3(1), 1-9.\n",
    "Daftar Pustaka\nKurniawan et al. (2017). Jaringan saraf untuk cuaca. Bandung: Informatika.\n",
])
def test_an_entry_with_initials_or_a_title_after_its_year_stays_an_entry(text):
    assert _read(text) == []


@pytest.mark.parametrize("text, want", [
    ("Dalam ranah NLP, Santoso dan Wijaya (2019) menguji model bahasa.", [(("Santoso", "Wijaya"), "2019")]),
    ("Pada era Reformasi, Hadi, Lestari dan Putra (2015) mencatat kenaikan partisipasi.",
     [(("Hadi", "Lestari", "Putra"), "2015")]),
    ("Untuk wilayah Papua, Wenda (2021) menemukan angka yang lebih rendah.", [(("Wenda",), "2021")]),
])
def test_names_ending_a_sentences_opening_phrase_are_not_the_authors_after_its_comma(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text, want", [
    ("Dalam kajian Santoso, Wijaya dan Lestari (2019) ditemukan pola serupa.",
     [(("Santoso", "Wijaya", "Lestari"), "2019")]),
    ("Menurut Hadi, Lestari dan Putra (2015) partisipasi naik.", [(("Hadi", "Lestari", "Putra"), "2015")]),
    ("Dalam ranah Santoso, Wijaya dan Lestari (2019), kajian itu dikenal luas.",
     [(("Santoso", "Wijaya", "Lestari"), "2019")]),
])
def test_an_authors_list_after_a_work_word_or_ending_the_opening_phrase_stays_whole(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text, want", [
    ("Belajar dirumuskan oleh Gagne dalam Winkel 1996: 12 (Purwanto, 2009: 4) sebagai proses.",
     [(("Winkel",), "1996", "Gagne"), (("Purwanto",), "2009", None)]),
    ("Menurut Bruner dalam Dahlan 2004 : 27, belajar menemukan adalah inti kurikulum.",
     [(("Dahlan",), "2004", "Bruner")]),
])
def test_a_secondary_citations_work_with_its_year_and_page_bare_after_dalam_is_read(text, want):
    assert [(c.authors, c.year, c.via) for c in find_citations(text)] == want


@pytest.mark.parametrize("text", [
    "Kompetensi itu dibahas dalam Kurikulum 2013: 5 kompetensi inti disusun.",
    "Konsep ini dibahas dalam Winkel 1996: 12 secara rinci.",
])
def test_a_bare_year_after_dalam_with_no_one_quoted_or_a_dictionary_name_cites_nothing(text):
    assert _read(text) == []


def _labels(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    return [(c.authors, c.year, c.label) for c in find_citations(text)]


# --- the lead's left list (2026-12-07 00:15 UTC), in other words


@pytest.mark.parametrize("text, want", [
    ("Sejak krisis identitas remaja Marcia (1966), status identitas dibagi menjadi empat.", [(("Marcia",), "1966")]),
    ("Menjelang krisis usia dewasa awal Arnett (2000), banyak orang berganti pekerjaan.", [(("Arnett",), "2000")]),
])
def test_a_crisis_of_a_stage_of_life_after_a_word_of_time_is_a_concept_and_the_name_its_author(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    "Sejak krisis pangan Afrika (1984) bantuan internasional terus mengalir.",
    "Selama perang dingin Eropa (1950) banyak negara membangun senjata.",
    "Sejak krisis identitas nasional Indonesia (1998), partai baru bermunculan.",
])
def test_an_event_after_a_word_of_time_stays_no_authors_work(text):
    assert [c.authors for c in find_citations(text)] == [()]


@pytest.mark.parametrize("text, want", [
    ("Dosen Politeknik Negeri Malang pada tahun 2021 meneliti limbah tahu.", [(("Politeknik Negeri Malang",), "2021")]),
    ("Mahasiswa Institut Pertanian Bogor pada tahun 2017 meneliti padi gogo.",
     [(("Institut Pertanian Bogor",), "2017")]),
    ("Peneliti Akademi Kebidanan Surabaya (2019) menemukan angka anemia yang tinggi.",
     [(("Akademi Kebidanan Surabaya",), "2019")]),
])
def test_a_body_studied_by_its_people_is_the_body_whole_from_its_head_word(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text, want", [
    ("Yang (2016) menyatakan bahwa fitur tekstur cukup untuk klasifikasi daun.", [(("Yang",), "2016")]),
    ("Menurut Yang (2016), fitur tekstur cukup untuk klasifikasi daun.", [(("Yang",), "2016")]),
    ("Wang, Yang, dan Zhou (2021) menemukan bahwa augmentasi menaikkan akurasi.", [(("Wang", "Yang", "Zhou"), "2021")]),
    ("Akurasi naik. Yang, Zhou, dan Wang (2021) menemukan hal serupa.", [(("Yang", "Zhou", "Wang"), "2021")]),
])
def test_a_family_name_that_is_a_function_word_alone_or_in_a_comma_list_is_read(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    "Yang (2016) lalu diperbarui pada versi berikutnya.",
    "Hasil PAS (2022) menunjukkan rata-rata kelas VIII naik menjadi 78.",
    "Data UTS (2023) menunjukkan ketuntasan belajar baru 60 persen.",
])
def test_a_function_word_with_no_verb_of_saying_and_a_schools_own_test_are_no_authors(text):
    assert [c.authors for c in find_citations(text)] == [()]


def test_a_surveys_results_by_its_acronym_stay_its_work():
    assert _read("Hasil Susenas (2021) menunjukkan bahwa konsumsi protein naik.") == [(("Susenas",), "2021")]


def test_a_body_named_in_everyday_words_the_text_writes_small_that_records_figures_is_whole():
    text = "Kebun Bibit (2022) mencatat 3.000 bibit dibagikan. Warga menanam bibit dari kebun desa."
    assert _read(text) == [(("Kebun Bibit",), "2022")]


def test_a_person_named_in_dictionary_words_who_records_figures_stays_a_person():
    text = "Intan Sari (2022) mencatat 4 ton plastik terkumpul. Sungai itu kembali sari dan jernih."
    assert _read(text) == [(("Sari",), "2022")]


def test_a_work_dated_in_both_calendars_is_labelled_with_both_years_as_written():
    text = "Hukum wakaf diuraikan rinci (Ibnu Qudamah, 1405 H/1985 M) dalam bab jual beli."
    assert _labels(text) == [(("Qudamah",), "1985", "Ibnu Qudamah (1405 H/1985 M)")]


@pytest.mark.parametrize("text, want", [
    ("Menurut ahli Manajemen Pendidikan Mulyasa (2013), kurikulum harus lentur.",
     [(("Mulyasa",), "2013", "Mulyasa (2013)")]),
    ("Menurut tokoh Sosiologi Agama Emile Durkheim (1912), agama adalah fakta sosial.",
     [(("Durkheim",), "1912", "Emile Durkheim (1912)")]),
])
def test_a_callings_field_before_a_persons_name_is_left_out_of_it(text, want):
    assert _labels(text) == want


@pytest.mark.parametrize("text, want", [
    ("Diuraikan dalam Wibowo (2014), ada tiga jenis tes yang dipakai.", [(("Wibowo",), "2014", None)]),
    ("Ditegaskan dalam Harahap (2018) bahwa laporan harus wajar.", [(("Harahap",), "2018", None)]),
    ("Kotler dalam Harahap (2018) menyebut pemasaran sebagai proses.", [(("Harahap",), "2018", "Kotler")]),
])
def test_a_passive_verb_opening_the_sentence_before_dalam_quotes_no_one(text, want):
    assert [(c.authors, c.year, c.via) for c in find_citations(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Dokumen disusun dengan Markdown dan LaTeX (Knuth et al., 1986).", [(("Knuth",), "1986", None)]),
    ("Model dilatih memakai PyTorch dan Keras (Paszke et al., 2019).", [(("Paszke",), "2019", None)]),
    ("Ringkasan dibuat lewat Sparse Attention dan Dense Layers (Child et al., 2019).", [(("Child",), "2019", None)]),
    ("Penilaian formatif dari Black dan Wiliam (Santoso, 2019) dipakai guru.",
     [(("Santoso",), "2019", "Black dan Wiliam")]),
])
def test_products_and_methods_before_a_citation_are_no_people_quoted(text, want):
    assert [(c.authors, c.year, c.via) for c in find_citations(text)] == want
