"""Kinds fresh entries gold 29 (file entries20, eight REAL documents by outside authors, ../team/entries29) showed,
each a rule for the kind, tested here in other words than the documents': the writer's next number opens an entry
after one with no date, IEEE entries with no date, IEEE's quoted title before a journal named with no volume or a
site dated to the day, Vancouver's date before its semicolon and four initials, a note in parentheses under an entry,
proceedings named alone after a title, entries after a label in a source log."""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import parse_reference

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_the_next_number_opens_an_entry_after_one_with_no_date(tmp_path: Path):
    listed = _entries(tmp_path, "pustaka.md",
                      "# Daftar Pustaka\n\n"
                      "[1] B. Santoso, “Pengantar sistem pakar,” Jurnal Informatika, vol. 3, no. 1, pp. 1–9, 2019.\n\n"
                      "[2] D. Lestari and R. Hadi, “Mesin inferensi untuk robot pelayan rumah sakit.”\n\n"
                      "[3] A. Wijaya, “Basis pengetahuan dari Wikipedia berbahasa Indonesia,” Proc. SNIKA, pp. 4–9, 2016.\n")
    assert [(e.authors, e.year) for e in listed] == [
        (("Santoso",), "2019"), (("Lestari", "Hadi"), None), (("Wijaya",), "2016")]
    assert listed[1].title == "Mesin inferensi untuk robot pelayan rumah sakit"


def test_ieee_entries_with_no_date(tmp_path: Path):
    listed = _entries(tmp_path, "etika.md",
                      "# Daftar Pustaka\n\n"
                      "[1] J. S. Mill, Utilitarianism. [Online]. Available: https://www.gutenberg.org/ebooks/11224\n\n"
                      "[2] A. Smith, The Theory of Moral Sentiments. [Online]. Available: "
                      "https://www.example.org/pdfs/smith1759.pdf\n\n"
                      "[3] Ikatan Insinyur Indonesia, “Kode Etik Insinyur,” 2019. [Online]. Available: https://pii.or.id/kode\n")
    assert [(e.authors, e.year, e.title, e.kind) for e in listed] == [
        (("Mill",), None, "Utilitarianism", "web"),
        (("Smith",), None, "The Theory of Moral Sentiments", "web"),
        (("Ikatan Insinyur Indonesia",), "2019", "Kode Etik Insinyur", "web")]
    assert listed[1].url == "https://www.example.org/pdfs/smith1759.pdf"


def test_ieee_quoted_title_before_a_journal_with_no_volume():
    entry = parse_reference("R. Putra dan S. Amalia, “Risiko stunting di pesisir,” Gizi, Pangan dan Kesehatan Anak, "
                            "pp. 12-20, 2022.")
    assert (entry.authors, entry.year, entry.kind, entry.container, entry.pages) == (
        ("Putra", "Amalia"), "2022", "article", "Gizi, Pangan dan Kesehatan Anak", "12-20")
    short = parse_reference("T. Hidayat, “Mesin aturan hibrida,” Komput. Cerdas Terap., 2011.")
    assert (short.kind, short.container) == ("article", "Komput. Cerdas Terap")  # its last stop is the entry's
    book = parse_reference("T. Hidayat, “Mesin aturan hibrida,” Bandung: Informatika, 2011.")
    assert book.kind != "article"


def test_ieee_site_dated_to_the_day_is_the_pages_container():
    entry = parse_reference("A. B. Rahman dan C. Dewi, “Pola hujan ekstrem di Jawa,” Nature Climate Change, 3 Mei 2023. "
                            "[Online]. Available: https://example.org/hujan. [Diakses 5 Juni 2024].")
    assert (entry.authors, entry.year, entry.kind, entry.container) == (
        ("Rahman", "Dewi"), "2023", "web", "Nature Climate Change")


def test_vancouver_date_before_its_semicolon_and_four_initials():
    dated = parse_reference("Maulida R. Literasi digital santri di pondok pesantren. 2020 Agu 12;")
    assert (dated.authors, dated.year, dated.title) == (
        ("Maulida",), "2020", "Literasi digital santri di pondok pesantren")
    four = parse_reference("Sari Dewi K, Pranata ABCD, Hartono. Deteksi emosi pada teks. In: Prosiding SNATI [Internet]. "
                           "2019 [cited 2022 Mar 2]. p. 10–5. Available from: https://example.org/snati")
    assert (four.authors, four.year) == (("Sari Dewi", "Pranata", "Hartono"), "2019")


def test_a_note_in_parentheses_under_an_entry_is_no_publisher(tmp_path: Path):
    listed = _entries(tmp_path, "dapus.md",
                      "# DAFTAR PUSTAKA\n\n"
                      "* **Hartono, B. (2015).** *Aljabar Linear*. Yogyakarta: Andi.\n"
                      "  *(Dipakai untuk bab matriks dan ruang vektor: contoh soal dan latihan).*\n\n"
                      "* **Putri, A. (2018).** *Teori Graf*. Jakarta: Erlangga.\n"
                      "  *(Rujukan untuk lintasan terpendek dan pewarnaan graf).*\n")
    assert [(e.authors, e.title, e.place, e.publisher) for e in listed] == [
        (("Hartono",), "Aljabar Linear", "Yogyakarta", "Andi"), (("Putri",), "Teori Graf", "Jakarta", "Erlangga")]
    kept = parse_reference("Freud, S. (1961). The ego and the id. Hogarth Press. (Original work published 1923)")
    assert kept.text.endswith("(Original work published 1923)")  # a note on the work itself stays the entry's


def test_proceedings_named_alone_after_a_title():
    entry = parse_reference("Lim, K., & Tan, J. (2019). Sparse attention for long documents. Advances in Neural "
                            "Computation Research.")
    assert (entry.kind, entry.container, entry.publisher) == ("article", "Advances in Neural Computation Research", None)


def test_entries_after_a_label_in_a_source_log(tmp_path: Path):
    listed = _entries(tmp_path, "sumber.md",
                      "# Catatan Sumber Skripsi\n\n### Hartono 2019\n\n"
                      "- **Sitasi dalam teks:** `(Hartono, 2019)`\n"
                      "- **Daftar pustaka:** Hartono, B. (2019). Irigasi tetes untuk cabai. *Jurnal Agronomi, 7*(2), 1-9.\n"
                      "- **Tautan:** [Artikel](https://example.org/a)\n\n### Dinas Pertanian 2021\n\n"
                      "- **Digunakan untuk:** data luas lahan.\n"
                      "- **Daftar pustaka:**\n"
                      "  - Dinas Pertanian. (2021a). *Luas panen cabai*. Retrieved May 2, 2022, from https://example.org/1\n"
                      "  - Dinas Pertanian. (2021b). *Produksi cabai*. Retrieved May 2, 2022, from https://example.org/2\n")
    assert [(e.authors, e.year, e.title) for e in listed] == [
        (("Hartono",), "2019", "Irigasi tetes untuk cabai"), (("Dinas Pertanian",), "2021a", "Luas panen cabai"),
        (("Dinas Pertanian",), "2021b", "Produksi cabai")]
    prose = _entries(tmp_path, "catatan.md", "# Catatan\n\n- Referensi: lihat bab dua.\n- Tautan: tidak ada.\n")
    assert prose == []


def test_ieee_group_first_then_its_co_authors():
    entry = parse_reference("Tim Peneliti Banjir Terpadu, A. Nugraha, and S. Wulan, Kajian Cepat Banjir Bandang Garut "
                            "2016, 2nd ed. Bandung: Penerbit Geo, 2017.")
    assert (entry.authors, entry.year, entry.title, entry.place, entry.publisher) == (
        ("Tim Peneliti Banjir Terpadu", "Nugraha", "Wulan"), "2017", "Kajian Cepat Banjir Bandang Garut 2016", "Bandung",
        "Penerbit Geo")


def test_a_conference_by_its_acronym_after_a_title():
    for venue in ("NeurIPS", "EMNLP 2019"):
        entry = parse_reference(f"Wahyudi, R., & Lee, K. (2019). Sparse retrieval for Indonesian questions. {venue}.")
        assert (entry.kind, entry.container, entry.publisher) == ("article", venue, None), venue
    book = parse_reference("Hartono, J. (2010). Metodologi Penelitian Bisnis. BPFE.")
    assert (book.kind, book.publisher) == ("book", "BPFE")
