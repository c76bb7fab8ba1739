"""Kinds fresh entries gold 23 (file entries14) and the lead's left list showed, each a rule for the kind, tested here
in other words than the gold's: a Markdown list's items each an entry, a body's acronym and a Malay name opening a
Vancouver entry, a title opening with a number, "Jr" after the initials, a translator written first, links broken over
lines, a body's "Laporan ...", a one-word title after an initial, a chapter and a journal in the comma order of law
faculties, translators in RIS."""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import parse_reference, reference_entries


def test_a_markdown_lists_items_are_each_an_entry(tmp_path: Path):
    from telusur.documents import read_document

    path = tmp_path / "bab2.md"
    path.write_text("# Bab II\n\nTeks [1,2].\n\n## Daftar Pustaka\n\n"
                    "1. Lestari W, Anggraini R. Pola asuh dan status gizi balita. Jakarta: EGC; 2016.\n"
                    "2. Persatuan Ahli Gizi Indonesia PERSAGI, catatan kuliah gizi klinik.\n"
                    "3. Handayani S, Putra B. Asupan protein remaja. J Gizi Klin. 2018;4(1):1-8.\n", encoding="utf-8")
    entries = reference_entries(read_document(path, path.name, 5.0))
    assert [e.authors[0] for e in entries] == ["Lestari", "Handayani"]
    assert "PERSAGI" not in entries[0].text  # the second item, read as nothing, joins no entry before it


def test_a_vancouver_body_with_its_acronym():
    ref = parse_reference("Ikatan Dokter Anak Indonesia (IDAI). Rekomendasi praktik pemberian makan berbasis bukti. "
                          "Jakarta: Badan Penerbit IDAI; 2015.")
    # the body cites it, its acronym after it is how the text may (gold 23's reading; names keep it as written)
    assert ref.authors == ("Ikatan Dokter Anak Indonesia",) and ref.year == "2015"
    assert ref.names == ("Ikatan Dokter Anak Indonesia (IDAI)",)
    assert ref.title == "Rekomendasi praktik pemberian makan berbasis bukti" and ref.place == "Jakarta"


def test_a_malay_name_first_a_number_led_title_and_jr():
    ref = parse_reference("Ahmad Faizal bin Hassan, Lim KS. Screening for depression in primary care. "
                          "Med J Malaysia. 2019;74(2):100-5.")
    assert ref.authors == ("Ahmad Faizal bin Hassan", "Lim") and ref.kind == "article" and ref.year == "2019"
    ref = parse_reference("Grundy SM Jr, Stone NJ, Bailey AL, et al. 2018 cholesterol clinical practice guideline "
                          "for adults. Circulation. 2019;139(25):e1082-e1143.")
    assert ref.year == "2019" and ref.title.startswith("2018 cholesterol") and ref.authors[0] == "Grundy"
    assert ref.container == "Circulation"
    # an author-year entry keeps its year after the names
    assert parse_reference("Sari DK. 2019. Gizi remaja. Jakarta: EGC.").year == "2019"


def test_a_vancouver_translator_written_first():
    ref = parse_reference("Suyono J, alih bahasa. Anatomi klinik untuk mahasiswa. Edisi 3. Jakarta: EGC; 2006.")
    assert ref.title == "Anatomi klinik untuk mahasiswa" and ref.translators == ("Suyono J",)
    assert ref.place == "Jakarta" and ref.publisher == "EGC"
    assert parse_reference("Kuswanto B, Hadi S. Anatomi klinik. Jakarta: EGC; 2006.").translators == ()


def test_a_link_broken_over_lines_is_whole_again():
    ref = parse_reference("Putri, A. (2021). Literasi digital guru. Jurnal Pendidikan Tambusai, 5(1), 1-9. "
                          "https://doi.org/10.31004/\njptam.v5i1.1055")
    assert ref.doi == "10.31004/jptam.v5i1.1055"
    ref = parse_reference("Kementerian Kesehatan RI. Profil kesehatan 2021 [Internet]. Jakarta: Kemenkes RI; 2022 "
                          "[cited 2023 Mei 2]. Available from: https://www.kemkes.go.id/downloads/resources/\n"
                          "profil-kesehatan-2021.pdf")
    assert ref.url == "https://www.kemkes.go.id/downloads/resources/profil-kesehatan-2021.pdf"
    assert ref.title == "Profil kesehatan 2021"  # "[Internet]" says where it was read, not its title
    ref = parse_reference("Bappenas. 2020. Judul. https://bappenas.go.id/berita/ diakses 5 Mei 2021.")
    assert ref.url == "https://bappenas.go.id/berita/"  # a word after the link is no piece of it


def test_a_bodys_laporan_is_a_report_and_a_persons_is_a_book():
    ref = parse_reference("Dinas Pendidikan Kota Malang. 2020. Laporan Kinerja Instansi Pemerintah 2019. Malang: "
                          "Dinas Pendidikan Kota Malang.")
    assert ref.kind == "report" and ref.place == "Malang"
    assert parse_reference("Harahap, Sofyan Syafri. 2015. Laporan Keuangan. Jakarta: Rajawali Pers.").kind == "book"


def test_a_one_word_title_after_an_initial():
    ref = parse_reference("Anderson, Benedict R. Nasionalisme. Jakarta: Insist Press, 2002.")
    assert ref.names == ("Anderson, Benedict R.",) and ref.title == "Nasionalisme" and ref.publisher == "Insist Press"
    ref = parse_reference("Anderson, Benedict R. Nasionalisme. Insist Press, 2002.")  # MLA: no place
    assert ref.names == ("Anderson, Benedict R.",) and ref.title == "Nasionalisme"
    ref = parse_reference('Feith, Herbert R. O\'D. "The Decline of Parliaments." Dalam *Indonesian Politics*, '
                          "disunting oleh Ruth Hale, 1-40. Ithaca: Cornell University Press, 1963.")
    assert ref.names == ("Feith, Herbert R. O'D",) and ref.title == "The Decline of Parliaments"  # a name's part
    ref = parse_reference("Harahap, M. Yahya. Hukum Acara Perdata. Jakarta: Sinar Grafika, 2017.")
    assert ref.names == ("Harahap, M. Yahya",) and ref.title == "Hukum Acara Perdata"


def test_comma_order_chapters_and_a_journal_with_a_colon():
    ref = parse_reference('Hasan, Nur, 2012, "Zakat Profesi", dalam Amir Syarifuddin (Ed.), Ekonomi Islam Kontemporer, '
                          "Kencana, Jakarta, hlm. 12-30.")
    assert (ref.kind, ref.container, ref.publisher, ref.place, ref.pages) == \
        ("chapter", "Ekonomi Islam Kontemporer", "Kencana", "Jakarta", "12-30")
    ref = parse_reference('Lubis, Arif, 2020, "Waris Adat Batak", Al-Mawarid: Journal of Islamic Law, Vol. 3, No. 1, '
                          "hlm. 5-20.")
    assert (ref.kind, ref.container, ref.volume) == ("article", "Al-Mawarid: Journal of Islamic Law", "3")


def test_ris_carries_the_translators():
    from telusur.bibliography import to_ris

    entry = parse_reference("Freire, Paulo. 2008. Pendidikan Kaum Tertindas. Terjemahan oleh Tim Redaksi. "
                            "Jakarta: LP3ES.").to_dict()
    source = {"authors": ["Freire"], "year": "2008", "passages": [], "cited": False, "entry": entry}
    assert "A4  - Tim Redaksi" in to_ris([source])


def test_the_new_patterns_stay_linear_on_hostile_lines():
    from telusur.citations.references import looks_like_entry

    from .conftest import assert_linear

    def read(line: str) -> None:
        looks_like_entry.cache_clear()  # each run reads the line anew
        parse_reference(line)

    assert_linear(lambda n: read("https://a.id/" + "x/ " * n + "2019."), 2000)
    assert_linear(lambda n: read("Nur Aisyah " * n + "binti Ahmad, Rahman AH. Judul. J X. 2020;1(1):1-2."), 1000)
    assert_linear(lambda n: read("Sari DK, penerjemah" + ", Sari DK" * n + ". Judul. Jakarta: EGC; 2010."), 1000)
