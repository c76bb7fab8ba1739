"""Kinds fresh citation gold 22 found (bench/citations-fresh-apa-report.jsonl) and the lead's left list: a survey's
acronym whose figures are cited, a measure's name with an amount after its year, an event named with words in lower
case, a person after his calling and field, a name after a word of time. Texts in other words than the gold's."""

import pytest

from telusur.citations.intext import find_citations


def _read(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(c.authors, c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text, want", [
    ("Angka putus sekolah masih tinggi. Hasil SUSENAS (2021) menunjukkan bahwa tren itu naik.",
     [(("SUSENAS",), "2021")]),
    ("Cakupan imunisasi menurun. Data SKRT (2004) menyebutkan bahwa cakupan lengkap hanya 63%.", [(("SKRT",), "2004")]),
])
def test_a_surveys_acronym_with_its_figures_named_before_and_reported_after_is_the_author(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    "Hasil UTS (2022) rendah sehingga remedial dilakukan.",  # figures named, nothing reported: a test, no author
    "Kurikulum itu berubah lagi. KTSP (2006) menekankan kemandirian sekolah.",  # no figures named: a curriculum
])
def test_an_acronym_without_both_signs_stays_no_author(text):
    assert _read(text) == [((), text[text.index("(") + 1:text.index("(") + 5])]


@pytest.mark.parametrize("text", [
    "Di tingkat daerah, PDRB Kabupaten Sleman (2022) tercatat sebesar Rp 38 triliun.",
    "Sementara itu UMK Kota Bekasi (2023) ditetapkan sebesar Rp5.158.248 per bulan.",
    "Nilai ekspor Sulawesi Selatan (2021) mencapai senilai 1,9 miliar dolar.",
])
def test_a_measures_name_with_an_amount_after_its_year_is_no_author(text):
    assert all(not authors for authors, _ in _read(text))


@pytest.mark.parametrize("text, want", [
    ("Kemiskinan menurut BPS (2022) sebesar 9,57% dari penduduk.", [(("BPS",), "2022")]),
    ("Berdasarkan Bank Indonesia (2022), inflasi tercatat sebesar 5,5%.", [(("Bank Indonesia",), "2022")]),
])
def test_an_amount_cited_from_a_source_keeps_its_author(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    "Krisis moneter Indonesia (1998) menyebabkan banyak bank ditutup.",
    "Perang saudara Spanyol (1936) menarik banyak relawan asing.",
    "Tragedi kemanusiaan Rwanda (1994) menewaskan ratusan ribu orang.",
])
def test_an_event_named_with_words_in_lower_case_before_the_name_is_its_year(text):
    assert all(not authors for authors, _ in _read(text))


@pytest.mark.parametrize("text, want", [
    ("Tahap keputusan pembelian Schiffman (2010) dimulai dari pengenalan kebutuhan.", [(("Schiffman",), "2010")]),
    ("Krisis menurut Caplan (1964) adalah keadaan ketika cara lama tidak lagi cukup.", [(("Caplan",), "1964")]),
])
def test_a_laws_word_or_a_citing_word_before_the_name_keeps_the_author(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text, want", [
    ("Sebagaimana ditegaskan pakar Kurikulum Hamalik (2011), tujuan menentukan isi.", [(("Hamalik",), "2011")]),
    ("Menurut tokoh Pendidikan Tilaar (2002), pendidikan adalah proses pembudayaan.", [(("Tilaar",), "2002")]),
])
def test_a_person_after_his_calling_and_its_field_is_the_author(text, want):
    assert _read(text) == want


def test_a_field_without_a_calling_stays_a_title_or_a_law():
    assert _read("Buku Kurikulum Hamalik (2011) banyak dipakai.") == [((), "2011")]


@pytest.mark.parametrize("text", [
    "Penjualan sirup melonjak selama Ramadan (2023) di semua gerai.",
    "Harga tiket naik menjelang Natal (2022) dan Tahun Baru.",
])
def test_a_name_after_a_word_of_time_is_a_time_not_an_author(text):
    assert all(not authors for authors, _ in _read(text))


def test_a_surname_that_is_a_months_name_after_a_citing_word_stays_the_author():
    assert _read("Temuan itu diperkuat oleh Ramadan (2019) pada siswa SMP.") == [(("Ramadan",), "2019")]


def _labelled(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(c.label, c.authors, c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text, want", [
    ("Riba dilarang secara mutlak (asy-Syaukani, 1414 H, hlm. 77).", [("asy-Syaukani (1414 H: 77)", ("asy-Syaukani",), "1414")]),
    ("Menurut Ibnu Katsir (1420 H), ayat ini turun di Madinah.", [("Ibnu Katsir (1420 H)", ("Katsir",), "1420")]),
])
def test_a_hijri_year_keeps_its_label(text, want):
    assert _labelled(text) == want


@pytest.mark.parametrize("text, year", [
    ("Gadai itu sah bila barangnya diserahkan (Ibnu Rusyd, 1415 H/1995 M, juz 2: 204).", "1995"),
    ("Menurut as-Sarakhsi (1414 H / 1993 M: 12), akad itu batal.", "1993"),
    ("Gadai itu sah (Ibnu Rusyd, 1995 M).", "1995"),
])
def test_both_calendars_give_the_gregorian_year(text, year):
    [(label, _, got)] = _labelled(text)
    assert got == year and f"{year} M" in label


@pytest.mark.parametrize("text, want", [
    ("Imam Syafi'i dalam al-Umm (1990, juz 3: 12) membolehkan akad salam.", [(("Syafi'i",), "1990")]),
    ("Ibnu Hazm dalam al-Muhalla (t.t.) menolak qiyas.", [(("Hazm",), "t.t.")]),
])
def test_a_kitab_named_after_dalam_without_kitab_is_the_persons_work(text, want):
    assert _read(text) == want


@pytest.mark.parametrize("text, want", [
    ("Ibnu Taimiyah dalam az-Zuhaili (2006) membolehkannya.", [(("az-Zuhaili",), "2006", "Ibnu Taimiyah")]),
    ("Abduh dalam al-Attas (1995) disebut pembaru. Hal itu diulang (al-Attas, 1995).",
     [(("al-Attas",), "1995", "Abduh"), (("al-Attas",), "1995", None)]),
])
def test_a_scholars_name_with_the_article_after_dalam_stays_the_citing_work(text, want):
    assert [(c.authors, c.year, c.via) for c in find_citations(text)] == want


def test_a_name_of_everyday_words_the_text_writes_small_is_read_when_it_records_figures():
    text = ("Petani kekurangan bibit unggul karena harga bibit naik tajam. Kebun Bibit (2021) mencatat bahwa stok "
            "benih padi turun sepertiga.")
    [cite] = find_citations(text)
    assert (cite.authors_text, cite.year) == ("Kebun Bibit", "2021")


def test_a_name_the_text_writes_small_with_no_record_verb_stays_unread():
    text = "Harga bibit naik tajam. Kebun Bibit (2021) penting bagi desa."
    assert [c.authors for c in find_citations(text)] == [()]


def test_a_study_verb_after_the_year_keeps_a_person_after_a_body_kind_in_the_sentence_before():
    text = ("Banyak yayasan pendidikan kesulitan dana pada masa pandemi. Bunga Lestari (2021) meneliti dua puluh "
            "yayasan di Bandung.")
    assert [(c.authors, c.year) for c in find_citations(text)] == [(("Lestari",), "2021")]


def test_a_citation_in_running_text_without_parentheses_is_labelled_by_its_year():
    assert _labelled("Belajar itu penting menurut Santoso, 2019, dan guru harus membantu.") == \
        [("Santoso (2019)", ("Santoso",), "2019")]


_LISTED = "\n\nDAFTAR PUSTAKA\n\nRahmat, B. (2016). Kinerja koperasi desa. Jurnal Ekonomi Desa, 4(1), 1-9.\n"


@pytest.mark.parametrize("text, want", [
    ("Besarnya pengaruh itu dalam kajian Lestari (2017) hanya sebesar 18% saja.", [(("Lestari",), "2017")]),
    ("Reliabilitas angket pada studi Gunawan (2014) yaitu sebesar 0,81.", [(("Gunawan",), "2014")]),
    ("Rahmat (2016) mencapai sebesar 40% pada koperasi binaan." + _LISTED, [(("Rahmat",), "2016")]),
])
def test_a_studys_author_or_a_listed_name_keeps_the_value_after_its_year(text, want):
    assert _read(text)[:1] == want


@pytest.mark.parametrize("text, want", [
    ("Ciri tahap krisis paruh baya Levinson (1978) tampak pada pria usia empat puluhan.", [(("Levinson",), "1978")]),
    ("Model reformasi administrasi Caiden (1969) menuntut perubahan sikap aparatur.", [(("Caiden",), "1969")]),
])
def test_a_work_on_an_event_word_inside_the_sentence_keeps_its_author_without_a_list(text, want):
    assert _read(text) == want


def test_an_event_word_with_a_name_the_text_writes_as_a_place_stays_an_event():
    text = "Modal asing keluar dari pasar di Meksiko. Dampak krisis peso Meksiko (1994) terasa sampai Asia."
    assert all(not authors for authors, _ in _read(text))


@pytest.mark.parametrize("text, want", [
    ("Pendapat itu dikemukakan Harun dalam Al-Banna (1998) dengan tegas.", [(("Al-Banna",), "1998", "Harun")]),
    ("Gagasan itu ditelaah dalam Al-Munawar (2005) secara rinci.", [(("Al-Munawar",), "2005", None)]),
])
def test_a_capitalised_article_after_dalam_is_a_persons_name_not_a_kitab(text, want):
    assert [(c.authors, c.year, c.via) for c in find_citations(text)] == want


def test_results_of_an_exam_the_text_spells_out_have_no_author():
    text = ("Asesmen Nasional Berbasis Komputer (ANBK) digelar tiap tahun. Hasil ANBK (2022) menunjukkan literasi "
            "siswa turun.")
    assert _read(text) == [((), "2022")]


def test_results_of_a_survey_the_text_spells_out_keep_the_survey():
    text = ("Survei Angkatan Kerja Nasional (SAKERNAS) digelar dua kali setahun. Hasil SAKERNAS (2020) menunjukkan "
            "pengangguran naik.")
    assert _read(text) == [(("SAKERNAS",), "2020")]


def test_a_person_after_a_word_of_time_with_a_study_verb_after_the_year_is_the_author():
    text = "Pada masa itu, sepanjang Wibowo (2015) mengkaji pasar tradisional, ia mencatat harga harian."
    assert _read(text) == [(("Wibowo",), "2015")]
