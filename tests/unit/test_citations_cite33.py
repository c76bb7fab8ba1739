"""Kinds met while writing fresh citation gold 33 (helper "citations", session 42: five real documents in
../team/cite33, bench/citations-fresh-cite33.jsonl) and the last session's left citation kinds (BENCHMARKS.md, the
lead's list of 2026-12-07 21:00 UTC). Each written here as a made-up text of the kind, in words of its own, so that it
fails without its rule; the guards beside them pass with or without it."""

from __future__ import annotations

import pytest

from telusur.chunking import chunk_document
from telusur.documents import markdown


def _cites(text: str) -> list[tuple[tuple[str, ...], str]]:
    from telusur.citations.intext import find_citations

    return [(c.authors, c.year) for c in find_citations(text)]


def _chunk_cites(raw: str, rel: str = "bab2.md") -> dict[str, list[tuple[tuple[str, ...], str]]]:
    doc = markdown.read(raw.encode(), rel)
    return {chunk.text[:30]: [(c.authors, c.year) for c in chunk.citations] for chunk in chunk_document(doc)}


# --- a paragraph led by its citation ------------------------------------------------------------------------------

LED = """# Tinjauan Pustaka

## Penelitian Terdahulu

**Wibisono dkk. (2017).** Studi ini mengukur kadar nitrat pada sumur warga di tiga desa pesisir selama dua musim
tanam. Sampel diambil setiap bulan dan diuji di laboratorium kabupaten dengan metode spektrofotometri. Kadar tertinggi
ditemukan pada sumur yang berjarak kurang dari sepuluh meter dari lahan sawah yang dipupuk urea secara berlebihan.
"""


def test_a_paragraph_led_by_a_bold_citation_is_running_text_not_a_reference_entry():
    """"**Álvarez et al. (2018).** Penelitian ini melakukan uji lapangan ...": a surname with "dkk."/"et al." and
    its year, a stop, then sentences going on far past an entry's title; read as a list entry, the paragraph carried
    no citation at all."""
    cites = _chunk_cites(LED.replace("\ntanam", " tanam").replace("\nditemukan", " ditemukan"))
    body = next(v for k, v in cites.items() if k.startswith("Wibisono"))
    assert (("Wibisono",), "2017") in body


@pytest.mark.parametrize("entry", [
    "Santoso dkk. (2019). Pendidikan Karakter di Sekolah Dasar. Jakarta: Kencana.",
    "Lestari dan Wahyudi (2021). Mutu Air Sumur Warga Pesisir Utara Jawa Tengah. Bandung: Alfabeta.",
])
def test_an_entry_written_without_initials_stays_an_entry(entry):
    from telusur.citations.references import looks_like_entry

    assert looks_like_entry(entry)


# --- capitals beyond ASCII -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Ólafsson dkk. (2016) menemukan bahwa es laut menipis setiap dekade.", (("Ólafsson",), "2016")),
    ("Es laut menipis setiap dekade (Çelik, 2020).", (("Çelik",), "2020")),
    ("Menurut Šabić (2015), gletser itu mundur dua meter setahun.", (("Šabić",), "2015")),
])
def test_a_surname_opening_with_a_capital_beyond_ascii_is_read_and_given_back_as_written(text, want):
    """"Álvarez et al. (2018)", "(Álvarez et al., 2018)": every rule writes a name's capital [A-Z], so a capital with
    a diacritic opened no name; the year was read authorless, or nothing at all."""
    assert want in _cites(text)


def test_a_name_the_text_also_writes_in_ascii_keeps_that_spelling():
    text = "Data itu dihimpun Oberg (2011). Angka serupa dilaporkan pula (Öberg, 2012)."
    assert (("Oberg",), "2011") in _cites(text)


# --- a table of tab-separated cells --------------------------------------------------------------------------------

def test_a_row_of_tab_separated_cells_opening_with_a_citation_is_a_table_row_not_an_entry():
    """A DOCX table of previous studies turned into text: "Yu et al. (2023)<TAB>MovePose: ...<TAB>...". The author
    column and the title after it looked like an entry, so the row's work was never read."""
    text = ("Peneliti\tJudul\tHasil\n"
            "Hartanto dkk. (2021)\tSistem Irigasi Tetes Otomatis\tHemat air tiga puluh persen\n")
    assert (("Hartanto",), "2021") in _cites(text)


def test_a_numbered_entry_with_a_tab_after_its_number_stays_an_entry():
    from telusur.citations.references import looks_like_entry

    assert looks_like_entry("[1]\tSantoso, B. (2019). Pendidikan Karakter. Jakarta: Kencana.")


# --- schools and a short-form office of a region -------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Sekolah itu berdiri sejak 1975 (SMP Negeri 4 Kupang, 2021).", "SMP Negeri 4 Kupang"),
    ("Sekolah itu dikelola yayasan (SMA Bintang Timur 2 Kupang, t.t.).", "SMA Bintang Timur 2 Kupang"),
    ("Jumlah penduduk naik tiga persen (Disdukcapil Kota Kupang, 2022).", "Disdukcapil Kota Kupang"),
])
def test_a_school_or_a_short_form_office_of_a_region_is_a_body_cited_as_author(text, want):
    """"(Dapodik Kota Bandung, 2026; SMA Santa Maria 1 Bandung, t.t.)": a school's number and a short form no
    dictionary knows made neither a name, and the bracket read nothing."""
    assert any(a and a[0] == want for a, _ in _cites(text))


def test_a_school_before_a_year_in_running_text_is_still_a_place():
    assert all(not a for a, _ in _cites("Penelitian di SMP Negeri 4 Kupang (2021) menunjukkan hal itu."))


# --- a book cited as a note cites it, in running text -------------------------------------------------------------

def test_a_book_cited_as_a_note_in_running_text_is_its_authors_not_its_towns():
    """"Simon Singh, _The Code Book_, Fourth Estate (London, 1999)": the place of publication and the year in the
    parenthesis were read as a work of "London"."""
    text = ("Rujukan utama bab ini adalah Taufik Abdullah, _Sejarah Lokal di Indonesia_, Gadjah Mada University "
            "Press (Yogyakarta, 1985); Sartono Kartodirdjo, _Pemberontakan Petani Banten_, Pustaka Jaya (Jakarta, 1984).")
    cites = _cites(text)
    assert (("Abdullah",), "1985") in cites and (("Kartodirdjo",), "1984") in cites
    assert not any(a and a[0] in ("Yogyakarta", "Jakarta") for a, _ in cites)


def test_a_surname_that_is_a_town_after_prose_stays_an_author():
    assert (("Paris",), "2019") in _cites("Strategi membaca itu efektif bagi siswa (Paris, 2019).")


# --- a sentence's first word is no author -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Platform berbagi dokumen bersifat terbuka (2004) dipakai banyak kantor desa.",
    "Jaringan berbagi daya antardesa bersifat terpusat (1998) sampai sekarang. Jaringan itu menjangkau tiga dusun.",
])
def test_a_common_word_opening_the_sentence_is_not_the_author_of_its_year(text):
    """"Jaringan berbagi berkas bersifat Peer-to-Peer (2003)": the sentence's first word, capitalised only there,
    was read as the person whose claim it is (a subject before a "ber-" verb)."""
    assert all(not a for a, _ in _cites(text))


def test_a_person_opening_the_claim_stays_its_author():
    assert (("Slameto",), "2010") in _cites("Slameto membagi belajar menjadi dua jenis (2010: 45).")


# --- listed works cited with no year ------------------------------------------------------------------------------

LISTED = """Menjaga lisan termasuk akhlak mulia (HR. Abu Dawud). Quraish Shihab dalam Wawasan Al-Quran menegaskan
bahwa kejujuran adalah dasar amanah.

Daftar Pustaka

Abu Dawud, Sulaiman bin al-Asyats. (2009). Sunan Abi Dawud. Beirut: Dar al-Risalah.
Shihab, M. Quraish. (1996). Wawasan Al-Quran. Bandung: Mizan.
"""


def test_a_hadith_cited_by_its_narrator_cites_the_collection_the_list_holds():
    """"HR. At-Tirmidzi" with "At-Tirmidzi, ... (1998). Sunan At-Tirmidzi." listed: no year, so nothing was read."""
    assert (("Abu Dawud",), "2009") in _cites(LISTED)


def test_a_listed_work_named_by_its_author_and_title_is_cited():
    """"Ibnul Qayyim dalam *At-Tibyān fī Aqsāmil Qur'ān*" with the list's 2008 entry: no year, nothing read."""
    assert (("Shihab",), "1996") in _cites(LISTED)


def test_a_narrator_the_list_does_not_hold_gives_no_work():
    assert _cites("Menjaga lisan termasuk akhlak mulia (HR. Abu Dawud).") == []


# --- a note closing on a listed work with no comma ----------------------------------------------------------------

NOTED = """# Pemantauan Gizi

Berat badan santri ditimbang setiap bulan oleh petugas asrama.[^1]

Hasil timbangan dikirim ke wali santri lewat pesan singkat.[^2]

## Daftar Pustaka

- SEHATI. (2025). *Panduan Timbang Bulanan Asrama*. Malang: Tim SEHATI.
- Rahmawati, D. (2019). *Gizi Remaja Pesantren*. Surabaya: Pustaka Sehat.

[^1]: Tata cara penimbangan dan pencatatan berat badan bulanan program SEHATI (2025).
[^2]: Format laporan bulanan kepada orang tua santri berbasis Human-in-the-Loop (2025).
"""


def test_a_note_closing_on_a_listed_work_with_no_comma_or_by_its_year_alone_cites_it_at_its_mark():
    """"[^5]: Spesifikasi algoritma ... santri TUMBUH (2026)." and "... berbasis Human-in-the-Loop (2026).": with the
    work in the document's list, the marks' sentences carried nothing (a closing citation needed a comma)."""
    cites = _chunk_cites(NOTED, "gizi.md")
    first = next(v for k, v in cites.items() if k.startswith("Berat badan"))
    second = next(v for k, v in cites.items() if k.startswith("Hasil timbangan"))
    assert (("SEHATI",), "2025") in first and (("SEHATI",), "2025") in second


def test_a_surnames_citation_after_a_capitalised_phrase_and_a_comma_stays_its_work():
    """The note-style rule reads a town after a publisher: a surname in the same place is no town ("| Kajian Industri,
    Kajian Produksi Media (Hesmondhalgh, 2010) |" in a table cell)."""
    text = "| Aspek | Kajian Industri Media, Kajian Produksi Media (Hesmondhalgh, 2010) |"
    assert (("Hesmondhalgh",), "2010") in _cites(text)
