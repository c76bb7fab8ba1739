"""Kinds fresh entries gold 24 (file entries15, the first over REAL documents by outside authors, ../team/entries24)
showed, each a rule for the kind, tested here in other words than the documents': a reference list written as Markdown
footnote definitions under its heading."""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import reference_entries


def _entries(tmp_path: Path, name: str, text: str):
    from telusur.documents import read_document

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return reference_entries(read_document(path, path.name, 5.0))


def test_a_list_written_as_footnote_definitions(tmp_path: Path):
    entries = _entries(tmp_path, "laporan.md",
                       "# Analisis Curah Hujan\n\nCurah hujan diukur harian[^1] dan dirata-ratakan[^2].\n\n"
                       "## Daftar Pustaka\n\n"
                       "[^1]: Hidayati, R. (2017). Pola curah hujan di Jawa Barat. Jurnal Meteorologi, 5(2), 11-20.\n\n"
                       "[^2]: Santosa. (2020). Statistika hidrologi. Bandung: ITB Press.\n")
    assert [(e.authors[0], e.year) for e in entries] == [("Hidayati", "2017"), ("Santosa", "2020")]
    assert entries[0].text.startswith("Hidayati") and entries[1].publisher == "ITB Press"


def test_notes_after_a_list_of_its_own_stay_notes(tmp_path: Path):
    entries = _entries(tmp_path, "makalah.md",
                       "# Sejarah Pers\n\nSurat kabar pertama terbit di Batavia.[^a]\n\n## Daftar Pustaka\n\n"
                       "Adam, Ahmat. 2003. Sejarah Awal Pers. Jakarta: Hasta Mitra.\n\n"
                       "[^a]: Adam, Sejarah Awal Pers (Jakarta: Hasta Mitra, 2003), 12.\n")
    assert [e.authors[0] for e in entries] == ["Adam"] and "12." not in entries[0].text


def test_the_next_number_opens_the_next_entry(tmp_path: Path):
    entries = _entries(tmp_path, "tugas.md",
                       "# Tugas Statistika\n\nIsi tugas.\n\n## Referensi\n"
                       "[1] Walpole, R. E. (1995). Pengantar Statistika. Jakarta: Gramedia, hlm. 10-25\n"
                       "[2] Sudjana. (2005). Metoda Statistika. Bandung: Tarsito.\n")
    assert [(e.authors[0], e.year) for e in entries] == [("Walpole", "1995"), ("Sudjana", "2005")]
    assert "Sudjana" not in entries[0].text


def test_chicago_editors_after_the_names():
    from telusur.citations.references import looks_like_entry, parse_reference

    entry = "Lapian, Adrian B., dan Taufik Abdullah, eds. 2012. Indonesia dalam Arus Sejarah. Jakarta: Ichtiar Baru."
    ref = parse_reference(entry)
    assert ref.authors == ("Lapian", "Abdullah") and ref.editors and ref.year == "2012"
    assert ref.title == "Indonesia dalam Arus Sejarah" and ref.publisher == "Ichtiar Baru"
    assert looks_like_entry(f"- {entry}")
    assert not parse_reference("Kartodirdjo, Sartono. 1992. Pendekatan Ilmu Sosial. Jakarta: Gramedia.").editors


def test_a_title_first_then_its_authors_after_oleh():
    from telusur.citations.references import parse_reference

    ref = parse_reference("[4] Dasar-Dasar Jaringan Komputer untuk Pemula Oleh Dewi Kartika Sari, S.T., M.Kom., "
                          "Bambang Wahyudi, M.Eng. Diakses pada 2 Maret 2024 melalui https://repo.contoh.ac.id/123.pdf")
    assert ref.authors == ("Sari", "Wahyudi") and ref.year is None  # the day it was read is no year
    assert ref.title == "Dasar-Dasar Jaringan Komputer untuk Pemula" and ref.url == "https://repo.contoh.ac.id/123.pdf"
    ref = parse_reference("Panduan Praktis Basis Data Oleh Ahmad Fauzi¹, Rina Wulandari². diakses pada tanggal 1 Mei 2023")
    assert ref.authors == ("Fauzi", "Wulandari")
    # a translator's "oleh", and an entry a style reads, stay as they were
    ref = parse_reference("Hurlock, E. B. 1980. Psikologi Perkembangan. Diterjemahkan Oleh Istiwidayanti. Jakarta: Erlangga.")
    assert ref.authors == ("Hurlock",) and ref.year == "1980"
    for verb in ("Diterjemahkan", "Disunting"):
        ref = parse_reference(f"Kumpulan Cerita Rakyat Nusantara {verb} Oleh Budi Santoso. Diakses 2 Mei 2020")
        assert ref is None or "Santoso" not in ref.authors


def test_researchgate_exports_and_apa_article_numbers():
    from telusur.citations.references import parse_reference

    ref = parse_reference("Santos, Inês & Ferreira, João. (2018). Soil moisture under drip irrigation. Agricultural "
                          "Water Management. 204. 10.1016/j.agwat.2018.04.001.")
    assert ref.authors == ("Santos", "Ferreira") and ref.kind == "article"  # accented given names are given names
    assert ref.container == "Agricultural Water Management" and ref.volume == "204" and ref.publisher is None
    ref = parse_reference("Wibisono, Arif. (2021). Deteksi banjir berbasis citra. Journal of Sensors. 2021. 10-18. "
                          "10.1155/2021/5512345.")
    assert ref.kind == "article" and ref.container == "Journal of Sensors" and ref.pages == "10-18"
    ref = parse_reference("Lestari, D., & Nugroho, A. (2022). Literasi kesehatan mental remaja. PLOS ONE, 17, "
                          "Article e0263377. https://doi.org/10.1371/journal.pone.0263377")
    assert ref.kind == "article" and ref.container == "PLOS ONE" and ref.volume == "17"
    # a book's place after its title is no journal
    assert parse_reference("Hamid, Abdul. (2015). Sejarah Maluku. Ambon. 2.").kind != "article"


def test_initials_run_together_after_the_surname():
    from telusur.citations.references import parse_reference

    ref = parse_reference("Pratiwi D.A. (2020). Pengantar komputasi awan. Diakses 3 Juni 2021, https://contoh.id/awan")
    assert ref.authors == ("Pratiwi",) and ref.year == "2020"
    assert parse_reference("Kemenkes RI. (2019). Profil kesehatan Indonesia. Jakarta: Kemenkes RI.").authors == ("Kemenkes RI",)


def test_a_magazine_by_its_month_and_a_templates_marks_after_the_list(tmp_path: Path):
    from telusur.citations.references import parse_reference

    ref = parse_reference("Nasution, Harun. 1972. “Pembaharuan dalam Islam.” Panji Masyarakat, Maret.")
    assert ref.kind == "article" and ref.container == "Panji Masyarakat" and ref.publisher is None
    assert parse_reference("Nasution, Harun. 1972. Islam Rasional. Rineka Cipta, Maret.").kind == "book"
    entries = _entries(tmp_path, "artikel.html",
                       "<html><body><h2>Daftar Pustaka</h2><div><p>Ricklefs, M. C. 2008. Sejarah Indonesia Modern. "
                       "Jakarta: Serambi.<br/>Kahin, George McTurnan. 1995. Nasionalisme dan Revolusi di Indonesia. "
                       "Solo: UNS Press.</p></div><div>{{-- <img src=\"a.jpg\"> --}}</div></body></html>")
    assert [e.authors[0] for e in entries] == ["Ricklefs", "Kahin"] and entries[1].publisher == "UNS Press"


def test_a_titles_own_parenthesis_in_the_comma_order():
    from telusur.citations.references import parse_reference

    ref = parse_reference("Hartono, Budi, Sistem Informasi Akuntansi (SIA), Yogyakarta: Andi, 2015.")
    assert ref.title == "Sistem Informasi Akuntansi (SIA)" and ref.place == "Yogyakarta" and ref.publisher == "Andi"
    assert parse_reference("Wulandari, JARINGAN SARAF TIRUAN (JST), 2020").title == "JARINGAN SARAF TIRUAN (JST)"


def test_internet_is_out_of_every_styles_title():
    from telusur.citations.references import parse_reference

    ref = parse_reference("UNICEF. (2019). Kondisi anak Indonesia [Internet]. Diakses dari https://www.unicef.org/x")
    assert ref.title == "Kondisi anak Indonesia"
    ref = parse_reference("Badan Pangan Nasional. 2022. Neraca pangan nasional [Online]. Jakarta: Bapanas.")
    assert ref.title == "Neraca pangan nasional"


def test_the_comma_orders_journal_with_a_link_after_its_pages():
    from telusur.citations.references import parse_reference

    ref = parse_reference("Lubis, Rahmat, 2020, Wakaf Produktif di Sumatera Utara, Mazahib: Jurnal Pemikiran Hukum "
                          "Islam, Vol. 19, No. 1, hlm. 45-70, https://doi.org/10.21093/mj.v19i1.2345.")
    assert ref.title == "Wakaf Produktif di Sumatera Utara" and ref.kind == "article"
    assert ref.container == "Mazahib: Jurnal Pemikiran Hukum Islam" and ref.pages == "45-70"
    assert ref.doi == "10.21093/mj.v19i1.2345"


def test_a_quoted_books_publisher_and_where_a_year_last_entry_was_read():
    from telusur.citations.references import parse_reference

    ref = parse_reference("Prasetyo, Eko, dkk. \"Data Mining: Konsep dan Aplikasi\". Andi Publisher. 2014.")
    assert ref.kind == "book" and ref.publisher == "Andi Publisher" and ref.container is None
    ref = parse_reference("Wijaya, Citra. Batik Pesisir. Semarang: Universitas Diponegoro Press, 2018. Tersedia dari: "
                          "https://eprints.contoh.ac.id/batik.pdf")
    assert (ref.authors, ref.year, ref.title) == (("Wijaya",), "2018", "Batik Pesisir")
    assert ref.place == "Semarang" and ref.url == "https://eprints.contoh.ac.id/batik.pdf"
    ref = parse_reference("Wijaya, Citra. Batik Pesisir. Semarang: Universitas Diponegoro Press, 2018. Diakses 1 Juni "
                          "2021. https://eprints.contoh.ac.id/batik.pdf")
    assert ref.year == "2018" and ref.publisher == "Universitas Diponegoro Press"
