"""Kinds fresh entries gold 28 (file entries19, nine more REAL documents by outside authors, ../team/entries28) showed,
each a rule for the kind, tested here in other words than the documents': a year only in the note saying when a page
was read is no year of the page's, a site named by its address where an author stands, Chicago's article with "et al."
or no pages, capitals beyond ASCII as initials, a body among co-authors, a journal closing a title after commas, a
product and its company joined by a spaced slash."""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import parse_reference

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_a_year_only_in_the_day_a_page_was_read_is_not_its_year():
    for entry in ('Figma. "Dev Mode Guide." https://help.figma.com/dev (diakses pada 3 Maret 2025).',
                  'Figma. "Dev Mode Guide." https://help.figma.com/dev (diakses pada [tanggal] 2025).',
                  'Figma. "Dev Mode Guide." https://help.figma.com/dev. Diakses pada 3 Maret 2025.'):
        page = parse_reference(entry)
        assert (page.authors, page.year, page.title, page.kind, page.url) == (
            ("Figma",), None, "Dev Mode Guide", "web", "https://help.figma.com/dev"), entry
    dated = parse_reference('Figma. 2024. "Dev Mode Guide." https://help.figma.com/dev (diakses pada 3 Maret 2025).')
    assert dated.year == "2024"


def test_a_site_named_by_its_address_where_an_author_stands(tmp_path: Path):
    entries = _entries(tmp_path, "tugas.md",
                       "# Tugas Basis Data\n\nIsi tugas.\n\n## Referensi\n\n"
                       "> Hartono, Budi. \"Indeks pada basis data relasional.\" Jurnal Komputasi 8 (2019): 11-19.\n\n"
                       "> postgresql.org. “What is an index?” Diakses pada tanggal 2 Mei 2023, dari "
                       "https://www.postgresql.org/docs/current/indexes.html\n\n"
                       "> kompas.co.id. “Data pribadi bocor lagi.” Diakses pada tanggal 5 Mei 2023, dari "
                       "https://tekno.kompas.co.id/data-bocor\n")
    assert [(e.authors, e.year, e.title, e.kind) for e in entries] == [
        (("Hartono",), "2019", "Indeks pada basis data relasional", "article"),
        (("postgresql.org",), None, "What is an index?", "web"),
        (("kompas.co.id",), None, "Data pribadi bocor lagi", "web")]


def test_chicago_articles_with_et_al_or_without_pages():
    with_pages = parse_reference('Nugroho, Adi, et al. "Deteksi banjir dengan citra satelit." Jurnal Geomatika 12 (2021): '
                                 '33-41. https://doi.org/10.1234/geo.2021.5')
    assert (with_pages.authors, with_pages.year, with_pages.container, with_pages.pages, with_pages.doi) == (
        ("Nugroho",), "2021", "Jurnal Geomatika", "33-41", "10.1234/geo.2021.5")
    preprint = parse_reference('Tanaka, Ken et. al. “Segmenting rivers from above” arXiv:2101.00001 (2021). '
                               'https://arxiv.org/abs/2101.00001')
    assert (preprint.authors, preprint.year, preprint.title, preprint.kind) == (
        ("Tanaka",), "2021", "Segmenting rivers from above", "article")
    read = parse_reference('Rahman, Siti and Ali Hasan. “Kamus tagging bahasa Melayu”. Github (2022). Diakses pada '
                           'tanggal 9 Juni 2023, dari https://github.com/example/kamus')
    assert (read.authors, read.year, read.title) == (("Rahman", "Hasan"), "2022", "Kamus tagging bahasa Melayu")
    book = parse_reference("Santoso, Budi. “Sejarah Kota Lama.” Semarang: Pustaka Kota (2018).")
    assert (book.kind, book.place, book.publisher) == ("book", "Semarang", "Pustaka Kota")


def test_capitals_beyond_ascii_are_initials():
    entry = parse_reference("Şahin, Ç., & Ünal, İ. (2020). Kent bahçeleri. Peyzaj Araştırmaları, 3(1), 5-15.")
    assert (entry.authors, entry.year, entry.container) == (("Şahin", "Ünal"), "2020", "Peyzaj Araştırmaları")


def test_a_body_among_co_authors_keeps_its_name():
    entry = parse_reference("Bappeda Jawa Tengah, Dinas Kesehatan Provinsi, & Badan Pusat Statistik (BPS). (2021). "
                            "Profil gizi balita Jawa Tengah. Semarang: Bappeda.")
    assert entry.authors == ("Bappeda Jawa Tengah", "Dinas Kesehatan Provinsi", "Badan Pusat Statistik")


def test_a_journal_closing_the_title_after_commas():
    entry = parse_reference("Wulandari, S., dan Hakim, L. (2016). Reservoir sedimentation and its bearing on "
                            "irrigation, Hydrological Sciences, 9(3), 201– 215. https://doi.org/10.5555/hs.2016.3")
    assert (entry.title, entry.kind, entry.container, entry.volume, entry.pages, entry.doi) == (
        "Reservoir sedimentation and its bearing on irrigation", "article", "Hydrological Sciences", "9", "201-215",
        "10.5555/hs.2016.3")


def test_a_product_and_its_company_joined_by_a_spaced_slash():
    entry = parse_reference("Redis / Redis Ltd. (t.t.). Redis documentation: Persistence. Diakses 2 Agustus 2025, dari "
                            "https://redis.io/docs/persistence")
    assert (entry.authors, entry.year, entry.kind) == (("Redis / Redis Ltd",), None, "web")
