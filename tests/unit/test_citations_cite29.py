"""Kinds fresh citation golds 28 (its sections 5-7, golded in session 38) and 29 (bench/citations-fresh-cite29.jsonl,
three real documents by outside authors) showed (helper "citations", session 38): each written here as a made-up text
of the kind, in words of its own, so that it fails without its rule."""

import pytest


def _cites(text: str) -> list[tuple[tuple[str, ...], str]]:
    from telusur.citations.intext import find_citations

    return [(c.authors, c.year) for c in find_citations(text) if c.authors]


@pytest.mark.parametrize("text, want", [
    ("Dalam suasana itulah Hutapea, Simanjuntak, dan Nainggolan (2021) merancang alat ukur baru.",
     [(("Hutapea", "Simanjuntak", "Nainggolan"), "2021")]),
    ("Pada bagian ini Hutapea, Simanjuntak dan Nainggolan (2021) membahas alat ukur itu.",
     [(("Hutapea", "Simanjuntak", "Nainggolan"), "2021")]),
])
def test_a_surname_right_after_a_demonstrative_opens_the_list(text, want):
    """"Dalam konteks inilah Toloza, Payá, dan Barceló (2026) memperkenalkan ...": the opening phrase ("Dalam konteks
    inilah") is closed by its demonstrative, so the surname after it is the list's first author, not the phrase's last
    word ("Dalam konteks KIE, Rombach dan Mehdiyev"); it was dropped."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Pada zaman Soeharto, Hutapea, Simanjuntak, dan Nainggolan (2021) meneliti harga beras.",
     [(("Hutapea", "Simanjuntak", "Nainggolan"), "2021")]),
    ("Dalam konteks PKH, Hutapea dan Nainggolan (2021) meneliti bantuan itu.", [(("Hutapea", "Nainggolan"), "2021")]),
])
def test_an_opening_phrase_ending_in_a_name_still_ends_at_its_comma(text, want):
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Jalur evakuasi sudah dipetakan di beberapa kota (Ambon, Ternate, panduan Kemenkes 2017).",
     [(("Kemenkes",), "2017")]),
    ("Banjir tahunan tercatat (Medan, Binjai, laporan BPBD, 2020).", [(("BPBD",), "2020")]),
])
def test_a_listed_items_year_is_the_last_items_issuers(text, want):
    """"(Palabuhanratu, Padang, pedoman BNPB 2013)": the year belongs to the last item, a document's kind in lower
    case and its issuer; the places before it were read as the work's authors."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Hasil panen naik setelah pelatihan (Situmorang dkk. 2015, 312 petani, dicatat selama dua musim).",
     [(("Situmorang",), "2015")]),
    ("Efeknya kecil dan tidak pasti (Panjaitan 2018 CI 1,2–3,4).", [(("Panjaitan",), "2018")]),
    ("Efeknya kecil dan tidak pasti (Panjaitan 2018 n=120).", [(("Panjaitan",), "2018")]),
    ("Pemulihan lebih cepat dengan jeda (tidur cukup, olahraga, makan teratur — Silalahi & Purba 2012).",
     [(("Silalahi", "Purba"), "2012")]),
])
def test_works_with_a_count_a_statistic_or_the_writers_words_before_a_dash(text, want):
    """"(Bonanno dkk. 2002, 205 janda/duda, ...)", "(Lindenfors 2021 CI 2–520)", "(recovery experiences: ... —
    Sonnentag & Fritz 2007)": the writer's remark is a count and what it counts, a statistic by its abbreviation, or
    the writer's words BEFORE a spaced dash and the works; the parenthesis was read as no work."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kerusakan meluas (gempa kuat — Maluku Utara 2019).", []),
    ("Kerusakan meluas (Gempa Halmahera — Maluku Utara 2019).", []),
    ("Hasilnya sama (Situmorang 2015, 45).", [(("Situmorang",), "2015")]),
])
def test_the_remark_rules_read_no_place_as_an_author(text, want):
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Sebuah penelitian 2023 (Sihombing dkk., Jurnal Gizi) menunjukkan anak lebih lahap.", [(("Sihombing",), "2023")]),
    ("Satu riset 2022 (Lubis et al.) menemukan pola yang sama.", [(("Lubis",), "2022")]),
    ("Sebuah studi 2024 (Jurnal Gizi Klinik) menemukan hal serupa.", []),
    ("Survei 2020 (Sihombing dkk., 2021) menemukan hal serupa.", [(("Sihombing",), "2021")]),
])
def test_a_studys_year_before_the_parenthesis_naming_its_authors(text, want):
    """"studi 2025 (Kregar dkk., Stress, tandfonline)": the study's year said first, its authors as a group ("dkk.",
    "et al.") in the parenthesis after it, with no year there; it was no work."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Namun rekaman CCTV Harahap dkk. (2019) di pasar menunjukkan hal sebaliknya.", [(("Harahap",), "2019")]),
    ("Jejak data GPS Siregar et al. (2021) menunjukkan rute yang lebih pendek.", [(("Siregar",), "2021")]),
])
def test_an_acronym_before_a_group_of_authors_is_what_they_studied(text, want):
    """"studi CCTV Philpot dkk. (2020)": an acronym glued before the surname of a group of authors ("dkk.", "et
    al.") names what was studied, not part of the name; the author was "CCTV Philpot"."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Menurut WHO Indonesia (2020) angka itu naik.", [(("WHO Indonesia",), "2020")]),
    ("Menurut IBM Research dkk. (2020) angka itu naik.", [(("IBM Research",), "2020")]),
])
def test_a_body_named_with_its_acronym_stays_whole(text, want):
    assert _cites(text) == want
