"""Kinds the Left list named from entries golds 27 and 28 (real documents by outside authors, ../team/entries27-28),
each a rule for the kind, tested here in other words than the documents': a second initial typed small, a particle
between initials, Harvard's "[online]" before a volume, a journal named alone after a title, a publisher after the
title's comma, MLA's facts before its journal, undated bodies in a bulleted list, a title and publisher closing a line
before the next entry's year."""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import parse_reference

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_a_second_initial_typed_small_before_the_next_author(tmp_path: Path):
    entry = parse_reference("Hartono, B. a and Wijaya, C., 2010. Dasar Kelistrikan. Andi Offset.")
    assert (entry.authors, entry.year, entry.title) == (("Hartono", "Wijaya"), "2010", "Dasar Kelistrikan")
    listed = _entries(tmp_path, "listrik.md",
                      "# Rangkaian Listrik\n\nTeks.\n\n## Bibliography\n"
                      "Hartono, B. a and Wijaya, C., 2010. Dasar Kelistrikan. Medika.\n"
                      "Purnomo, H., 2001. Arus Bolak-Balik. pp.1-3.\n")
    assert [(e.authors, e.year, e.title, e.publisher) for e in listed] == [
        (("Hartono", "Wijaya"), "2010", "Dasar Kelistrikan", "Medika"),
        (("Purnomo",), "2001", "Arus Bolak-Balik", None)]


def test_a_title_and_publisher_closing_a_line_are_no_names_before_the_next_year(tmp_path: Path):
    listed = _entries(tmp_path, "jantung.md",
                      "# Fisiologi\n\nTeks.\n\n## Bibliography\n"
                      "Lestari, D.A. and Utomo, K., 2004. Clinical Electrophysiology. Medika.\n"
                      "Purnomo, H., 2001. Irama Jantung. pp.1-3.\n")
    assert [(e.authors, e.year, e.title, e.publisher) for e in listed] == [
        (("Lestari", "Utomo"), "2004", "Clinical Electrophysiology", "Medika"),
        (("Purnomo",), "2001", "Irama Jantung", None)]


def test_a_particle_between_initials_is_the_given_names():
    entry = parse_reference("Costa, M.A. dos R., Lima, P. and Souza, T., 2018. Deteksi aritmia. Jurnal Biomedik, "
                            "5(2), pp.1-9.")
    assert entry.authors == ("Costa", "Lima", "Souza")
    dutch = parse_reference("Berg, A. van den B., & Smit, J. (2015). Waterbeheer di delta. Jurnal Hidro, 3(1), 4-9.")
    assert dutch.authors == ("Berg", "Smit")


def test_harvard_online_mark_between_journal_and_volume():
    entry = parse_reference("Hadi, S. and Rini, A., 2019. Pola hujan tropis. Jurnal Iklim, [online] 5(2), pp.10-20. "
                            "Tersedia di: https://jurnaliklim.id/a12 [Diakses 3 Mei 2020].")
    assert (entry.kind, entry.container, entry.volume, entry.issue, entry.pages) == (
        "article", "Jurnal Iklim", "5", "2", "10-20")


def test_a_journal_named_alone_after_the_title_is_no_publisher():
    for entry, journal in (("Sari A, Budi C. 2019. Gizi balita di pesisir. PLoS One.", "PLoS One"),
                           ("Rahma N. 2021. Beban perawat. Int J Nurs Stud.", "Int J Nurs Stud"),
                           ("Putra K, Dewi L. 2020. Tidur remaja. BMC Pediatrics.", "BMC Pediatrics")):
        ref = parse_reference(entry)
        assert (ref.kind, ref.container, ref.publisher) == ("article", journal, None), entry
    book = parse_reference("Sari A. 2018. Pengantar Sosiologi. Monthly Review Press.")
    assert (book.kind, book.publisher) == ("book", "Monthly Review Press")


def test_a_publisher_after_the_titles_comma():
    known = parse_reference("Wirawan, T. (2012). Analisis Fourier, Springer Berlin. https://doi.org/10.1007/978-1-2345")
    assert (known.title, known.kind, known.doi) == ("Analisis Fourier", "book", "10.1007/978-1-2345")
    body = parse_reference("Siregar, P. (2019). Geologi Batuan Beku, Ikatan Ahli Geologi Indonesia. "
                           "https://doi.org/10.5555/iagi.2019")
    assert (body.title, body.kind, body.publisher) == ("Geologi Batuan Beku", "book", "Ikatan Ahli Geologi Indonesia")
    own = parse_reference("Hadi, A. (2010). Hukum Adat, Sejarah dan Perkembangannya. https://doi.org/10.5555/ha.1")
    assert own.title == "Hukum Adat, Sejarah dan Perkembangannya"


def test_mla_facts_before_the_journal():
    entry = parse_reference('Wulandari, Sekar Ayu, Bima Prakoso & Citra Lestari. "Stunting di Pesisir Utara Jawa", '
                            'vol. 4, no. 2, 2021, p. 33-41. Jurnal Gizi, Pangan dan Kesehatan, diakses pada 2 Mei 2023.')
    assert (entry.authors, entry.year, entry.title, entry.kind, entry.container, entry.volume, entry.pages) == (
        ("Wulandari", "Prakoso", "Lestari"), "2021", "Stunting di Pesisir Utara Jawa", "article",
        "Jurnal Gizi, Pangan dan Kesehatan", "4", "33-41")


def test_undated_bodies_in_a_bulleted_list(tmp_path: Path):
    listed = _entries(tmp_path, "benih.md",
                      "# Uji Benih\n\nTeks.\n\n## Referensi\n\n### Metode\n"
                      "- Santoso, B. (2015). *Teknologi Benih*. Bogor: IPB Press.\n"
                      "- Dinas Pertanian Jawa Barat. *Panduan Uji Daya Kecambah (PUDK), Panduan Uji Vigor (PUV)* — "
                      "untuk petugas lapangan\n"
                      "- ISTA 2019 — aturan internasional\n\n### Prinsip\n"
                      "- FAO / Food and Agriculture Organization. *2R Seed Quality Framework*\n"
                      "- Hartati, S. & Lubis, R. *Benih Padi Unggul*. Medan: USU Press. — ringkasan varietas\n"
                      "- Nasution, A. — catatan lapangan tentang benih jagung\n")
    assert [(e.authors, e.year, e.title) for e in listed] == [
        (("Santoso",), "2015", "Teknologi Benih"),
        (("Dinas Pertanian Jawa Barat",), None, "Panduan Uji Daya Kecambah (PUDK), Panduan Uji Vigor (PUV)"),
        (("FAO / Food and Agriculture Organization",), None, "2R Seed Quality Framework"),
        (("Hartati", "Lubis"), None, "Benih Padi Unggul")]
    assert (listed[-1].place, listed[-1].publisher) == ("Medan", "USU Press")
