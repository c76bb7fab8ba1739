"""Citation and reference-list kinds the next Indonesian skripsi or article may bring, on invented text
(issue 14 item 4): each test names the kind it covers and fails without the rule that reads it."""

import pytest

from telusur.citations import find_citations, reference_entries
from telusur.documents import read_document


def _works(text: str) -> list[tuple[str, str]]:
    return [(c.authors[0], c.year) for c in find_citations(text) if c.authors]


def _one_work(text: str):
    """The one work a Markdown chapter's registry holds (its citation and its list entry linked, not two works)."""
    from telusur.chunking import chunk_document
    from telusur.citations import build_registry
    from telusur.documents import markdown

    doc = markdown.read(text.encode(), "bab2.md")
    [work] = build_registry(chunk_document(doc), [doc])
    return work


@pytest.mark.parametrize("text", [
    "Motivasi adalah dorongan (Santoso, 2019, hlm. 12ff).",
    "Motivasi adalah dorongan (Santoso, 2019, hlm. 12 dst.).",
    "Motivasi adalah dorongan (Santoso, 2019, jilid 2: 12).",
    "Motivasi adalah dorongan (Santoso, 2019, juz 3, hlm. 12).",
])
def test_pages_that_follow_and_a_volume_before_the_pages(text):
    assert _works(text) == [("Santoso", "2019")]


@pytest.mark.parametrize("text, works", [
    ("Motivasi itu penting (periksa Santoso, 2010).", [("Santoso", "2010")]),
    ("Motivasi itu penting (uraian lengkap lihat Santoso, 2010).", [("Santoso", "2010")]),
    ("Motivasi itu penting (misal: Santoso, 2010).", [("Santoso", "2010")]),
    ("Motivasi itu penting (Santoso, 2010; juga Wijaya, 2012).", [("Santoso", "2010"), ("Wijaya", "2012")]),
    ("Motivasi itu penting (Santoso, 2010; bandingkan Wijaya, 2012).", [("Santoso", "2010"), ("Wijaya", "2012")]),
])
def test_words_that_send_the_reader_to_a_work(text, works):
    assert _works(text) == works


@pytest.mark.parametrize("text", [
    "Santoso (2010 dan 2012) meneliti motivasi.",
    "Motivasi itu penting (Santoso, 2010 dan 2012).",
    "Motivasi itu penting (Santoso, 2010 & 2012).",
])
def test_one_authors_years_joined_by_dan(text):
    assert _works(text) == [("Santoso", "2010"), ("Santoso", "2012")]


@pytest.mark.parametrize("text, work", [
    ("Menurut Sugiyono 2017 populasi adalah wilayah generalisasi.", ("Sugiyono", "2017")),
    ("Menurut Sugiyono 2017, populasi adalah wilayah generalisasi.", ("Sugiyono", "2017")),
    ("Menurut Sugiyono 2017: 80 populasi adalah wilayah generalisasi.", ("Sugiyono", "2017")),
    ("Menurut Santoso dan Wijaya 2019, motivasi penting.", ("Santoso", "2019")),
])
def test_menurut_an_author_and_his_year_with_no_parenthesis(text, work):
    assert _works(text) == [work]


@pytest.mark.parametrize("text", [
    "Menurut Sensus Penduduk 2010, jumlah penduduk naik.",
    "Menurut Kurikulum 2013, siswa aktif.",
    "Menurut data BPS 2019, jumlah penduduk naik.",
    "Menurut Januari 2019, siswa aktif.",
    "Sejak Sugiyono 2017 populasi berubah.",  # no "menurut" before the name
    "Perhitungan (menurut Sugiyono 2017) dipakai.",  # inside a parenthesis: read as one, not twice
])
def test_menurut_a_survey_a_curriculum_or_no_cue_before_a_year_is_no_new_work(text):
    assert len(_works(text)) <= (1 if "(" in text else 0)


def _entries(tmp_path, lines: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "bab.md"
    path.write_text(f"# Bab\n\nTeks.\n\n## Daftar Pustaka\n\n{lines}\n", encoding="utf-8")
    return [(r.authors[0], r.year) for r in reference_entries(read_document(path, path.name, 5.0))]


def test_entries_with_the_year_last_on_lines_of_one_paragraph(tmp_path):
    lines = ("Santoso, Budi. Pendidikan Karakter. Jakarta: Kencana, 2019.\n"
             "Wijaya, Andi. Metode Penelitian Pendidikan. Bandung: Alfabeta, 2015.\n"
             "Putra, Rahmat, dan Sari Dewi. Manajemen Sekolah. Yogyakarta: Pustaka Pelajar, 2012.")
    assert _entries(tmp_path, lines) == [("Santoso", "2019"), ("Wijaya", "2015"), ("Putra", "2012")]


def test_laws_between_entries_and_an_entry_ending_in_a_url(tmp_path):
    lines = ("Undang-Undang Republik Indonesia Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional.\n"
             "Santoso, B. 2019. Pengaruh Motivasi terhadap Prestasi. Skripsi. Bandung: UPI.\n"
             "Wijaya, A. (2015). Judul artikel. Diakses dari http://contoh.ac.id/a.pdf\n"
             "Anonim. (2018). Pengertian stunting. Tersedia di: https://www.alodokter.com/stunting")
    # the law is an entry of its own (its name where an author stands), not the first words of the next one
    assert _entries(tmp_path, lines) == [("Undang-Undang Republik Indonesia Nomor 20 Tahun 2003", "2003"),
                                         ("Santoso", "2019"), ("Wijaya", "2015"), ("Anonim", "2018")]


def test_a_wrapped_entry_stays_one(tmp_path):
    lines = ("Santoso, B. 2019. Pendidikan Karakter dalam Perspektif\n"
             "    Kurikulum Nasional Tahun 2013. Jakarta: Kencana.\n"
             "Wijaya, A. 2015. Motivasi Belajar.\n"
             "    Bandung: Alfabeta.")
    assert _entries(tmp_path, lines) == [("Santoso", "2019"), ("Wijaya", "2015")]


def test_an_entry_whose_first_author_is_written_initials_first(tmp_path):
    lines = "A.S., Rosa dan Shalahuddin, M. 2016. Rekayasa Perangkat Lunak. Bandung: Informatika."
    assert _entries(tmp_path, lines) == [("Rosa", "2016")]


@pytest.mark.parametrize("text, work", [
    ("Temuan ini sesuai dengan Santoso dkk. (2019).", ("Santoso", "2019")),
    ("Temuan ini mendukung hasil penelitian Santoso et al. (2019).", ("Santoso", "2019")),
    ("Motivasi penting [Santoso, 2019](https://doi.org/10.1/abc).", ("Santoso", "2019")),
    ("According to Santoso (2019), motivation matters.", ("Santoso", "2019")),
    ("Santoso’s (2019) model explains motivation.", ("Santoso", "2019")),
    ("Kurikulum adalah rencana (Sari, S.Pd.I., 2019).", ("Sari", "2019")),
    ("Kurikulum adalah rencana (Sari, M.E.Sy., 2019).", ("Sari", "2019")),
])
def test_a_sentence_ending_in_dkk_a_link_english_openers_and_unlisted_degrees(text, work):
    assert _works(text) == [work]


def test_a_sentence_ending_in_dkk_and_a_year_is_no_reference_entry():
    from telusur.citations import looks_like_entry

    assert not looks_like_entry("Temuan ini sesuai dengan Santoso dkk. (2019).")
    assert looks_like_entry("Kementerian Pendidikan dan Kebudayaan. (2013). Kurikulum 2013. Jakarta: Kemendikbud.")


def test_a_hard_wrapped_line_opening_with_a_name_and_year_goes_on_with_its_sentence(tmp_path):
    from telusur.chunking import chunk_document

    path = tmp_path / "bab.md"
    path.write_text("# Bab\n\nMotivasi belajar adalah dorongan yang kuat seperti dijelaskan oleh\n"
                    "Santoso dkk. (2019). Hal ini sejalan dengan pendapat para ahli yang lain\n"
                    "Wijaya, A. (2015). Motivasi juga dipengaruhi oleh lingkungan sekolah dan\n"
                    "Putra (2012). Dengan demikian motivasi penting.\n", encoding="utf-8")
    cites = [c for chunk in chunk_document(read_document(path, path.name, 5.0)) for c in chunk.citations]
    assert [(c.authors[0], c.year) for c in cites] == [("Santoso", "2019"), ("Wijaya", "2015"), ("Putra", "2012")]


@pytest.mark.parametrize("text, office", [
    ("Angka kemiskinan turun (BPS Provinsi Jawa Barat, 2019).", "BPS Provinsi Jawa Barat"),
    ("Kasus DBD naik (Dinkes Kota Bandung, 2019).", "Dinkes Kota Bandung"),
    ("Kasus DBD naik (Dinkes Kab. Bogor, 2019).", "Dinkes Kab. Bogor"),
    ("Menurut Dinas Kesehatan Kota Bandung (2019), kasus DBD naik.", "Dinas Kesehatan Kota Bandung"),
    ("Pemerintah Kabupaten Bogor (2019) menetapkan aturan.", "Pemerintah Kabupaten Bogor"),
])
def test_an_office_of_a_region_is_one_author(text, office):
    assert [(c.authors, c.year) for c in find_citations(text)] == [((office,), "2019")]


@pytest.mark.parametrize("text", ["Penelitian di Kota Bandung (2019) menunjukkan hal ini.",
                                  "Jumlah siswa di Kabupaten Bogor (2019) naik."])
def test_a_region_alone_is_still_no_author(text):
    assert [c.authors for c in find_citations(text) if c.authors] == []


@pytest.mark.parametrize("cited, entry, linked", [
    ("BPS Provinsi Jawa Barat", "Badan Pusat Statistik Provinsi Jawa Barat. 2019. Jawa Barat dalam Angka. Bandung: BPS.", True),
    ("Dinkes Kab. Bogor", "Dinas Kesehatan Kabupaten Bogor. 2019. Profil Kesehatan. Bogor: Dinkes.", True),
    ("Dinkes Kota Bogor", "Dinas Kesehatan Kabupaten Bogor. 2019. Profil Kesehatan. Bogor: Dinkes.", False),
])
def test_an_office_of_a_region_links_to_its_entry_spelt_out_and_no_other_region(cited, entry, linked):
    from telusur.citations import parse_reference
    from telusur.citations.linking import link

    assert (link((cited,), "2019", False, [parse_reference(entry)])[0] is not None) == linked


@pytest.mark.parametrize("text, work", [
    ("Hal ini dijelaskan Santo-\nso (2019) dalam bukunya.", ("Santoso", "2019")),  # not "Santo-"
    ("Santoso (2019), Wijaya (2020) serta Putra (2021) menyatakan motivasi penting.", ("Santoso", "2019")),
    ("Kompas (2019, 12 Maret) memberitakan hal ini.", ("Kompas", "2019")),
    ("Hal ini diberitakan (Santoso, 2019, March 3).", ("Santoso", "2019")),
    ("Santoso [3] (2019) menyatakan motivasi penting.", ("Santoso", "2019")),
    ("Santoso³ (2019) menyatakan motivasi penting.", ("Santoso", "2019")),
    ("Motivasi penting (Santoso, “Judul Artikel”, 2019).", ("Santoso", "2019")),
])
def test_hyphenated_names_paragraphs_opening_with_citations_news_dates_note_marks_and_quoted_titles(text, work):
    assert _works(text)[:1] == [work]


def test_a_paragraph_opening_with_two_cited_names_is_no_reference_entry():
    text = "Santoso (2019), Wijaya (2020) serta Putra (2021) menyatakan motivasi penting."
    assert _works(text) == [("Santoso", "2019"), ("Wijaya", "2020"), ("Putra", "2021")]


def test_a_place_and_publisher_in_a_footnotes_parenthesis_is_no_author():
    text = "20 Costen J. Harrel, The Prophets of Israel (Nashville, Tenn, USA: Cokesbury Press, 1933), hlm. 164."
    assert _works(text) == []


def test_a_passage_citing_two_pages_of_a_work_is_one_citing_passage(tmp_path):
    from telusur.bibliography import page_order
    from telusur.chunking import chunk_document
    from telusur.citations import build_registry

    path = tmp_path / "bab.md"
    path.write_text("# Bab\n\nMotivasi adalah dorongan (Santoso, 2019: 43) yang kuat (Santoso, 2019: 45).\n\n"
                    "Motivasi berbeda dengan minat (Santoso, 2019: 12).\n", encoding="utf-8")
    [work] = build_registry(chunk_document(read_document(path, path.name, 5.0)))
    assert sorted((p.pages for p in work.passages), key=page_order) == ["12", "43, 45"]


@pytest.mark.parametrize("text, work", [
    ("WHO (2018) menyatakan bahwa stunting adalah masalah gizi kronis.", ("WHO", "2018")),
    ("BPS (2020) mencatat jumlah penduduk miskin naik.", ("BPS", "2020")),
    ("Menurut data BPS (2020), jumlah penduduk miskin naik.", ("BPS", "2020")),
    ("OECD (2019) reported that literacy is low.", ("OECD", "2019")),
    ("Badan Narkotika Kabupaten (BNK) adalah lembaga daerah. BNK (2019) mencatat kasus naik.", ("BNK", "2019")),
])
def test_a_body_named_by_its_acronym_reporting_its_figures_is_the_author(text, work):
    assert _works(text) == [work]


@pytest.mark.parametrize("text", [
    "UUD (1945) menyatakan bahwa kemerdekaan adalah hak segala bangsa.",
    "KTSP (2006) menekankan bahwa siswa aktif.",
    "Kurikulum Tingkat Satuan Pendidikan (KTSP) dipakai. KTSP (2006) menyatakan bahwa siswa aktif.",
    "WHO (2018) adalah angka yang dipakai.",  # no reporting verb, no "data" before it
])
def test_an_acronym_of_a_law_or_a_curriculum_or_without_a_report_is_no_author(text):
    assert _works(text) == []


@pytest.mark.parametrize("text", ["Motivasi penting (Santoso, 2010 via Wijaya, 2015).",
                                  "Santoso (2010) via Wijaya (2015) menyatakan motivasi penting.",
                                  "Motivasi penting (Santoso, 1990 dlm Wijaya, 2015)."])
def test_via_and_dlm_name_the_citing_work_of_a_secondary_citation(text):
    cites = [c for c in find_citations(text) if c.authors]
    assert [(c.authors[0], c.year, c.via.startswith("Santoso")) for c in cites] == [("Wijaya", "2015", True)]


@pytest.mark.parametrize("text", ["Motivasi adalah dorongan (KBBI V, 2016).",
                                  "Menurut KBBI Edisi Kelima (2016), motivasi adalah dorongan.",
                                  "Menurut KBBI Edisi V (2016), motivasi adalah dorongan."])
def test_a_dictionarys_edition_is_not_part_of_its_name(text):
    assert [(c.authors, c.authors_text) for c in find_citations(text)] == [(("KBBI",), "KBBI")]



_SMALL = " Kata tafsir, syah, sari dan putra juga ditulis kecil di teks ini, begitu pula data."


@pytest.mark.parametrize("text, work", [
    ("Menurut Ahmad Tafsir (2010), belajar adalah proses.", (("Tafsir",), "2010")),
    ("Muhibbin Syah (2010) menyatakan belajar adalah proses.", (("Syah",), "2010")),
    ("Sari dan Putra (2019) menemukan hal ini. Lihat (Sari dan Putra, 2019).", (("Sari", "Putra"), "2019")),
    # ... or alone where a citation stands, after a citing word (was left out as one word with no evidence)
    ("Menurut Tafsir (2010), belajar adalah proses.", (("Tafsir",), "2010")),
])
def test_a_name_the_text_also_writes_in_lower_case_is_read_on_evidence_or_after_a_given_name(text, work):
    assert [(c.authors, c.year) for c in find_citations(text + _SMALL)][0] == work


@pytest.mark.parametrize("text", ["Menurut Data (2019), jumlah siswa naik.",
                                  "Muhibbin Syah (2010) adalah nama buku."])  # a given name, but no citing word
def test_a_word_the_text_writes_in_lower_case_needs_evidence_to_be_a_name(text):
    assert [c.authors for c in find_citations(text + _SMALL) if c.authors] == []


@pytest.mark.parametrize("line", [
    "Wikipedia contributors. (2025). 2025 Indonesian protests. In Wikipedia, The Free Encyclopedia.",
    "Sari, Ratna Dwi, dan Diah Arruum. (2006) “Stres dan Koping Perawat”. Jurnal Keperawatan, 2 (1) "
    "Setyobroto, Sudibyo. (2005) Psikologi Suatu Pengantar. Jakarta: Percetakan Solo.",  # two entries run together
])
def test_a_group_author_with_a_small_word_and_entries_run_together_stay_entries(line):
    assert [c.label for c in find_citations(line)] == []


def test_menurut_an_author_dalam_bukunya_tahun():
    assert _works("Menurut Sugiyono dalam bukunya tahun 2017, populasi adalah wilayah generalisasi.") == [
        ("Sugiyono", "2017")]
    assert _works("Menurut Sensus Penduduk dalam bukunya tahun 2010, jumlah penduduk naik.") == []


def test_a_school_and_its_town_is_no_author_but_a_numbered_row_is():
    assert _works("SMA Negeri 1 Bandung (2019) memiliki 30 kelas.") == []
    assert _works("Sumber: SMP Negeri 1 Bandung (2020)") == []
    assert _works("1 Santoso (2019) Pengaruh motivasi belajar terhadap prestasi.") == [("Santoso", "2019")]


@pytest.mark.parametrize("cited, entry, linked", [
    ("Menurut PT. Telkom Indonesia (2019), jaringan diperluas.", "PT. Telkom Indonesia. 2019. Laporan Tahunan. Bandung: Telkom.", True),
    ("Jaringan diperluas (PT Telkom Indonesia, 2019).", "PT Telkom Indonesia Tbk. 2019. Laporan Tahunan. Bandung: Telkom.", True),
    ("Menurut PT. Telkom Indonesia (2019), jaringan diperluas.", "Telkom Indonesia. 2019. Laporan Tahunan. Bandung: Telkom.", True),
    ("Menurut PT. Telkom Indonesia (2019), jaringan diperluas.", "PT. Indosat. 2019. Laporan Tahunan. Jakarta: Indosat.", False),
])
def test_a_company_is_cited_whole_and_links_with_or_without_pt_and_tbk(cited, entry, linked):
    from telusur.citations import parse_reference
    from telusur.citations.linking import link

    [cite] = find_citations(cited)
    assert cite.authors_text.endswith("Telkom Indonesia") and cite.authors_text.startswith("PT")
    assert (link(cite.authors, cite.year, False, [parse_reference(entry)])[0] is not None) == linked


_VANCOUVER = """# Artikel

Stunting masih tinggi di Indonesia (1). Faktor risikonya beragam (2,3).

Pendidikan ibu berpengaruh [2]. Sanitasi juga berperan.(3)

Fungsi manajemen: (1) perencanaan, (2) pelaksanaan. Rumus Y = a + bX (1)

## Daftar Pustaka

1. Kementerian Kesehatan RI. Hasil Utama Riskesdas 2018. Jakarta: Kemenkes RI; 2018.
2. Santoso B, Wijaya A. Faktor risiko stunting. J Gizi. 2019;5(2):10-20.
3. Putra R. Sanitasi dan stunting. J Kesehatan. 2020;7(1):1-9.
"""


def test_numbers_in_parentheses_cite_a_vancouver_list_whose_numbers_are_list_markers(tmp_path):
    from telusur.chunking import chunk_document

    path = tmp_path / "artikel.md"
    path.write_text(_VANCOUVER, encoding="utf-8")
    chunks = chunk_document(read_document(path, path.name, 5.0))
    cited = {c.text[:20]: [(x.authors[0], x.year) for x in c.citations] for c in chunks}
    assert cited["Stunting masih tingg"] == [("Kementerian Kesehatan RI", "2018"), ("Santoso", "2019"), ("Putra", "2020")]
    assert cited["Pendidikan ibu berpe"] == [("Santoso", "2019"), ("Putra", "2020")]
    assert cited["Fungsi manajemen: (1"] == []  # an enumeration and an equation's number cite nothing


def test_numbers_in_parentheses_cite_nothing_without_a_numbered_list():
    assert find_citations("Stunting masih tinggi di Indonesia (1). Faktor risikonya beragam (2,3).") == []


@pytest.mark.parametrize("line, works", [
    ("Sumber: BPS, 2020 (diolah)", [("BPS", "2020")]),
    ("Sumber: diolah dari BPS (2020)", [("BPS", "2020")]),
    ("Sumber: Santoso, 2019; Wijaya, 2020", [("Santoso", "2019"), ("Wijaya", "2020")]),
    ("Sumber: Hasil Olah Data SPSS (2020)", []),  # software, no body
    ("Sumber: SPSS, 2020", []),
])
def test_a_captions_source_line_names_its_sources_bodies_by_acronym_too(line, works):
    assert _works("Tabel 1. Jumlah penduduk miskin.\n" + line) == works


@pytest.mark.parametrize("text, work", [
    ("Hal ini penting (Santoso, 1998, cet. ke-3).", ("Santoso", "1998")),
    ("Hal ini penting (Santoso, 2019 [1998]).", ("Santoso", "2019")),
    ("Hal ini penting (Santoso, 2019, edisi revisi).", ("Santoso", "2019")),
    ("Hal ini penting (Santoso, 2019, online).", ("Santoso", "2019")),
    ("Hal ini penting (Santoso, 2019, hlm. 12, cetak miring oleh penulis).", ("Santoso", "2019")),
    ("Santoso (2019, hlm. 12, penekanan ditambahkan) menyatakan hal ini.", ("Santoso", "2019")),
    ("Motivasi penting (lihat Santoso, 2019, untuk uraian lengkap).", ("Santoso", "2019")),
    ("Motivation matters (see Santoso, 2019, for a review).", ("Santoso", "2019")),
])
def test_notes_after_the_year_or_pages_and_a_first_editions_year_in_brackets(text, work):
    assert _works(text) == [work]


# Blocks too long for one passage are cut into pieces; which citations each piece carries (the citation audit,
# bench/citations_audit.py, found pieces carrying the citations of other items and pieces citing nothing).

_FILLER = ("Keadaan ini muncul ketika pekerja merasa tuntutan yang diterimanya lebih besar daripada kemampuan yang "
           "dimilikinya, sehingga ia mudah lelah, sulit berkonsentrasi, dan kehilangan semangat dalam bekerja sehari-hari. ")


def _pieces(tmp_path, text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    from telusur.chunking import chunk_document

    path = tmp_path / "bab.md"
    path.write_text(text, encoding="utf-8")
    return [(c.text, [(x.authors[0] if x.authors else "", x.year) for x in c.citations])
            for c in chunk_document(read_document(path, path.name, 5.0))]


def _piece(pieces, words: str) -> list[tuple[str, str]]:
    return next(cites for text, cites in pieces if words in text)


def _stress_list(lead_in: str, items: list[str]) -> str:
    body = "\n".join(f"{i}. **{title}**. {_FILLER * 2}{end}" for i, (title, end) in
                     enumerate(zip(["Beban kerja", "Konflik peran", "Lingkungan fisik", "Hubungan atasan"], items), 1))
    return f"# Bab II\n\n## Stres Kerja\n\n{lead_in}\n\n{body}\n"


def test_a_long_lists_pieces_carry_the_lead_ins_citation_and_their_own_items_not_another_items(tmp_path):
    """A list cut into pieces: the lead-in's work cites every piece (it heads each one); a citation inside one item
    cites that item's piece only (a piece of items 3-4 carried items 1-2's works)."""
    pieces = _pieces(tmp_path, _stress_list("Menurut Hadi (2010), penyebab stres kerja antara lain:", [
        "Beban yang berlebihan menimbulkan kelelahan (Santoso, 2015).",
        "Menurut Wijaya (2017: 12) konflik peran terjadi bila harapan atasan berlainan.",
        "Suhu ruang yang panas juga berpengaruh.", "Atasan yang tidak adil menambah tekanan."]))
    assert len(pieces) > 1
    assert ("Hadi", "2010") in _piece(pieces, "Beban kerja") and ("Santoso", "2015") in _piece(pieces, "Beban kerja")
    last = _piece(pieces, "Hubungan atasan")
    assert ("Hadi", "2010") in last
    assert ("Santoso", "2015") not in last and ("Wijaya", "2017") not in last


def test_a_citation_closing_a_long_list_that_cites_nothing_else_cites_every_piece(tmp_path):
    """The list's one source at its very end ('... tujuan (Hadi, 2009: 5-7).') is the list's: every piece."""
    pieces = _pieces(tmp_path, _stress_list("Penyebab stres kerja antara lain:", [
        "Beban yang berlebihan menimbulkan kelelahan.", "Harapan atasan berlainan.",
        "Suhu ruang yang panas juga berpengaruh.", "Atasan yang tidak adil menambah tekanan (Hadi, 2009: 5-7)."]))
    assert len(pieces) > 1
    assert all(("Hadi", "2009") in cites for _, cites in pieces)


def test_a_long_paragraph_cut_in_two_goes_on_citing_the_author_it_opened_with(tmp_path):
    """'Menurut Hadi (2010) stres terbagi menjadi dua tipe ...' cut after the first type: the piece on the second
    type is still Hadi's (it cited nothing); a piece after a parenthetical citation takes nothing from it."""
    text = ("# Bab II\n\nMenurut Hadi (2010) stres terbagi menjadi dua tipe. Pertama, stres akut. " + _FILLER * 4
            + "Kedua, stres kronis. " + _FILLER * 4 + "\n\nStres dapat diukur dengan kuesioner (Santoso, 2015). "
            + _FILLER * 4 + "Skala tersebut terdiri atas empat puluh butir pernyataan. " + _FILLER * 4 + "\n")
    pieces = _pieces(tmp_path, text)
    assert ("Hadi", "2010") in _piece(pieces, "Kedua, stres kronis")
    assert _piece(pieces, "empat puluh butir") == []


def test_a_long_paragraph_under_a_heading_naming_a_work_cites_it_in_every_piece(tmp_path):
    """'## Pengertian Stres Menurut Hadi (2010)' over a paragraph too long for one passage: each piece cites Hadi
    (the heading's citation was lost when the paragraph was cut)."""
    text = "# Bab II\n\n## Pengertian Stres Menurut Hadi (2010)\n\nStres adalah tekanan. " + _FILLER * 9 + "\n"
    pieces = _pieces(tmp_path, text)
    assert len(pieces) > 1
    assert all(cites == [("Hadi", "2010")] for _, cites in pieces)


def test_a_long_tables_header_citations_cite_every_piece(tmp_path):
    """A comparison table whose header row names each column's source, cut by rows: each piece keeps the header
    as its heading, and its works."""
    rows = "\n".join(f"| Aspek {i} | {_FILLER[:150]} | {_FILLER[:150]} |" for i in range(1, 13))
    text = ("# Bab II\n\n| Aspek | Teori Stres (Hadi, 2010) | Teori Koping (Santoso, 2015) |\n| --- | --- | --- |\n"
            + rows + "\n")
    pieces = _pieces(tmp_path, text)
    assert len(pieces) > 1
    assert all(("Hadi", "2010") in cites and ("Santoso", "2015") in cites for _, cites in pieces)


@pytest.mark.parametrize("text", [
    "Festival Danau Toba (2019) digelar selama tiga hari di Parapat.",
    "Pekan Olahraga Nasional (2016) diselenggarakan di Jawa Barat.",
    "Lomba Cerdas Cermat (2021) berlangsung secara daring.",
    "Data penjualan diolah dengan menggunakan Microsoft Excel (2016) lalu disajikan dalam tabel.",
    "Peta sebaran sekolah dibuat memakai Google Earth (2021).",
])
def test_an_event_held_and_a_tool_put_to_use_are_no_authors(text):
    assert _works(text) == []


@pytest.mark.parametrize("text, work", [
    ("Penelitian ini menggunakan teori Santoso (2019) sebagai dasar.", ("Santoso", "2019")),
    ("Peneliti menggunakan metode Miles dan Huberman (1994) untuk analisis.", ("Miles", "1994")),
    ("Penelitian ini menggunakan Sugiyono (2017) sebagai acuan.", ("Sugiyono", "2017")),  # one word: a name
])
def test_an_author_whose_theory_or_method_is_put_to_use_stays_an_author(text, work):
    assert _works(text) == [work]


def test_a_sentence_cut_into_two_blocks_under_an_item_title_is_one_passage_citing_its_author(tmp_path):
    """'1. Pengertian Sistem' over 'Menurut Santoso (2019: 7) “sistem dikelompokkan menjadi dua' and, as a block of
    its own, 'bagian, yaitu ...”.' (a Word file's line break inside a quotation): the definition's second half was a
    passage of its own that cited nothing. Under an item title it runs on as it does in running text."""
    pieces = _pieces(tmp_path, "# Bab II\n\n## 2.1 Konsep Dasar Sistem\n\n1. Pengertian Sistem\n\n"
                     "Sistem membantu organisasi bekerja. Menurut Santoso (2019: 7) “sistem dikelompokkan menjadi dua\n\n"
                     "bagian, yaitu sistem yang menekankan prosedur dan sistem yang menekankan elemen”.\n\n"
                     "2. Karakteristik Sistem\n\nSistem mempunyai komponen, batas, dan lingkungan luar.\n")
    assert _piece(pieces, "menekankan elemen") == [("Santoso", "2019")]
    assert "menjadi dua" in next(text for text, _ in pieces if "menekankan elemen" in text)


@pytest.mark.parametrize("text, label", [
    ("Kirk (1979) dalam buku Wijaya (2015: 12) menyatakan bahwa motivasi adalah dorongan.",
     "Kirk (1979), dalam Wijaya (2015: 12)"),
    ("Teori Maslow (1943) dalam buku Santoso dan Wijaya (2015: 40) menjelaskan lima kebutuhan.",
     "Maslow (1943), dalam Santoso dan Wijaya (2015: 40)"),
])
def test_a_person_quoted_with_his_year_dalam_buku_the_citing_work(text, label):
    """'dalam buku' after a quoted person's year names the book he is quoted in: that book is the work, he is the
    person quoted (it gave 'Kirk (1979)' as a work of his own and an authorless '(2015: 12)')."""
    assert [c.label for c in find_citations(text)] == [label]


@pytest.mark.parametrize("text", [
    "Tokoh ini muncul dalam buku Harry Potter (1997) karya Rowling.",  # no one quoted before: a title
    "Dalam buku Rosa & Shalahuddin (2016:50), ERD memiliki beberapa notasi.",  # only on list evidence, as before
])
def test_dalam_buku_with_no_quoted_person_before_it_still_opens_a_title(text):
    assert _works(text) == []


_RECORDS = """# Bab II

## 2.5 Penelitian Terdahulu

Judul : Pengaruh Motivasi terhadap Prestasi Belajar Siswa

Penulis : (Budi Hartono, 2020)

Metode : Kuantitatif dengan angket kepada 120 siswa

Hasil : Motivasi berpengaruh positif terhadap prestasi belajar siswa.

Judul : Disiplin Belajar dan Hasil Belajar

Peneliti : Sari Wulandari (2021)

Hasil : Disiplin belajar meningkatkan hasil belajar.

## Abstrak

Abstrak: Penelitian ini menguji pengaruh motivasi terhadap prestasi.

Kata kunci: motivasi, prestasi, siswa

Catatan: angket disebarkan pada bulan Maret.
"""


def test_a_related_study_written_as_field_lines_is_one_passage_citing_its_author(tmp_path):
    """'Judul :', 'Penulis : (Budi Hartono, 2020)', 'Metode :', 'Hasil :' lines of one earlier study: each line was a
    passage, so its result cited no one. A record is its field lines up to the next 'Judul :'; field lines naming
    no author (an abstract and its keywords) stay passages of their own."""
    pieces = _pieces(tmp_path, _RECORDS)
    assert _piece(pieces, "Motivasi berpengaruh positif") == [("Hartono", "2020")]
    assert "Pengaruh Motivasi terhadap" in next(t for t, _ in pieces if "Motivasi berpengaruh positif" in t)
    assert _piece(pieces, "Disiplin belajar meningkatkan") == [("Wulandari", "2021")]
    assert "Motivasi berpengaruh positif" not in next(t for t, _ in pieces if "Disiplin belajar meningkatkan" in t)
    assert not any("Abstrak:" in t and "Kata kunci" in t for t, _ in pieces)


def test_a_lead_in_left_open_on_yaitu_runs_into_the_definition_quoted_under_it(tmp_path):
    """'... dialihbahasakan oleh Santoso (2019) yaitu' (no colon) over a quoted definition starting with a capital:
    the lead-in was a passage of its own and the definition cited no one. A sentence does not end on 'yaitu',
    'adalah', 'bahwa', 'oleh', 'dari': the block under it goes on with it."""
    pieces = _pieces(tmp_path, "# Bab II\n\n## Definisi\n\nDefinisi yang dirumuskan lembaga itu dan dialihbahasakan oleh "
                     "Santoso (2019) yaitu\n\n> Motivasi merupakan dorongan dari dalam diri untuk mencapai tujuan.\n\n"
                     "Motivasi dapat diukur dengan angket.\n")
    assert _piece(pieces, "Motivasi merupakan dorongan") == [("Santoso", "2019")]
    assert _piece(pieces, "diukur dengan angket") == []


@pytest.mark.parametrize("text, work", [
    ("Penelitian yang dilakukan oleh Santoso pada tahun 2019 menunjukkan bahwa motivasi berpengaruh.", ("Santoso", "2019")),
    ("Penelitian oleh Santoso dan Wijaya tahun 2019 menemukan hal yang sama.", ("Santoso", "2019")),
    ("Hasil penelitian Santoso tahun 2019 menunjukkan hal itu.", ("Santoso", "2019")),
    ("Menurut Sugiyono pada tahun 2017, populasi adalah wilayah generalisasi.", ("Sugiyono", "2017")),
])
def test_a_study_by_an_author_in_a_year_with_no_parenthesis(text, work):
    assert _works(text) == [work]


@pytest.mark.parametrize("text", [
    "Gedung ini diresmikan oleh Presiden Joko Widodo pada tahun 2019.",  # no study: a ceremony
    "Penelitian Tindakan Kelas pada tahun 2019 dilaksanakan di sekolah.",  # a kind of study, no author
    "Penelitian di Kota Bandung pada tahun 2019 menunjukkan hal itu.",  # a place
])
def test_who_did_something_in_a_year_is_no_study_author(text):
    assert _works(text) == []


def test_a_source_line_under_a_long_table_cites_every_piece(tmp_path):
    """'Sumber: Hadi (2010)' under a table cut by rows went to the piece of its last rows only."""
    rows = "\n".join(f"| Aspek {i} | {_FILLER[:150]} | {_FILLER[:150]} |" for i in range(1, 13))
    pieces = _pieces(tmp_path, "# Bab II\n\n| Aspek | Teori A | Teori B |\n| --- | --- | --- |\n" + rows
                     + "\n\nSumber: Hadi (2010)\n")
    assert len(pieces) > 1
    assert all(cites == [("Hadi", "2010")] for _, cites in pieces)


def test_a_source_line_under_a_long_list_cites_every_piece(tmp_path):
    """'Sumber: Hadi (2010)' on its own line under a list whose items cite their own works: the list's source, so
    every piece carries it (it went to the last piece only once the pieces stopped carrying each other's works)."""
    pieces = _pieces(tmp_path, _stress_list("Penyebab stres kerja antara lain:", [
        "Beban yang berlebihan menimbulkan kelelahan (Santoso, 2015).", "Harapan atasan berlainan.",
        "Suhu ruang yang panas juga berpengaruh.", "Atasan yang tidak adil menambah tekanan."]) + "\nSumber: Hadi (2010)\n")
    assert len(pieces) > 1
    assert all(("Hadi", "2010") in cites for _, cites in pieces)
    assert ("Santoso", "2015") not in _piece(pieces, "Hubungan atasan")


_ABOVE = ("Menurut Robbins (2006) motivasi adalah dorongan dalam diri pegawai sekolah. Data penelitian ini diolah "
          "dengan uji validitas.\n\nTabel 4.1 Hasil Uji Validitas\n\n| No | Item | r hitung |\n|---|---|---|\n"
          "| 1 | X1 | 0,45 |\n\n")


@pytest.mark.parametrize("line", [
    "Sumber: Data diolah (2020)",
    "Sumber: Data Primer (2022)",
    "Sumber : Dokumentasi Peneliti (2023)",
    "Sumber: Dokumen Sekolah (2019)",
    "Tabel 4.2 Hasil Uji Validitas (2021)",
    "Gambar 4.1 Peta Lokasi Penelitian (2021)",
])
def test_a_year_on_a_caption_or_source_line_takes_no_author_from_the_paragraph_above(line):
    """'Sumber: Data diolah (2020)' under a table (Bab IV of every skripsi): the year dates the writer's own data or
    a document, but it took the author named above the table as a work ('Robbins (2020)', which does not exist)."""
    assert _works(_ABOVE + line) == [("Robbins", "2006")]


@pytest.mark.parametrize("line, work", [
    ("Sumber: Santoso (2019)", ("Santoso", "2019")),
    ("Sumber: BPS (2020)", ("BPS", "2020")),
    ("Gambar 2.1 Siklus PDCA menurut Deming (1986)", ("Deming", "1986")),
    ("Sumber: Santoso (2019: 12), diolah", ("Santoso", "2019")),
])
def test_an_author_named_on_a_caption_or_source_line_is_still_its_source(line, work):  # guards
    assert _works(_ABOVE + line) == [("Robbins", "2006"), work]


def _read_through(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.authors[0], c.year, c.via) for c in find_citations(text) if c.authors]


@pytest.mark.parametrize("text", [
    "Pengetahuan adalah hasil tahu seseorang (Notoatmodjo, 2010 cit. Wawan, 2011).",
    "Pengetahuan adalah hasil tahu seseorang (Notoatmodjo, 2010 cit Wawan, 2011).",
    "Notoatmodjo (2010) cit. Wawan (2011) menyatakan bahwa pengetahuan adalah hasil tahu.",
    "Pengetahuan adalah hasil tahu seseorang (Wawan, 2011, mengutip Notoatmodjo, 2010).",
])
def test_a_secondary_citation_with_cit_or_mengutip(text):
    """'cit.' (health sciences' 'as cited in') and the citing work first with 'mengutip' before the person quoted:
    'cit.' read as part of a name (Notoatmodjo's 2010 taken as the work, Wawan lost or both works), and 'mengutip'
    gave nothing at all."""
    assert _read_through(text) == [("Wawan", "2011", "Notoatmodjo (2010)")]


@pytest.mark.parametrize("text", [
    "Motivasi adalah dorongan (Santoso, 2010: 5). Hal itu ditegaskan lagi (Op. cit., 2010: 12).",
    "Motivasi adalah dorongan (Santoso, 2010: 5). Hal itu ditegaskan lagi (op.cit., 2010: 12).",
])
def test_op_cit_still_points_back_to_the_work_before(text):  # guard
    assert _works(text) == [("Santoso", "2010"), ("Santoso", "2010")]


def test_entries_numbered_with_a_bracket_and_a_full_stop(tmp_path):
    """'[1]. Sudjana, N. (2010). ...': the bracket's full stop kept the number in the first author ('[1]. Sudjana'),
    so no in-text citation could link to it; '[1]' text citations link to the entry."""
    lines = ("[1]. Sudjana, N. (2010). Penilaian Hasil Proses Belajar Mengajar. Bandung: Remaja Rosdakarya.\n"
             "[2]. Arikunto, S. (2013). Prosedur Penelitian. Jakarta: Rineka Cipta.")
    assert _entries(tmp_path, lines) == [("Sudjana", "2010"), ("Arikunto", "2013")]
    text = f"Penilaian adalah proses [1]. Penelitian adalah kegiatan [2].\n\n## Daftar Pustaka\n\n{lines}\n"
    assert _works(text) == [("Sudjana", "2010"), ("Arikunto", "2013")]


def test_a_book_in_ieee_style_gives_the_surname_not_the_initials(tmp_path):
    """'[1] N. Sudjana, Penilaian ..., 2010.' (IEEE for a book: no quoted title, the year last): the first author
    was 'N. Sudjana', as an article's quoted title already gave 'Santoso' for 'B. Santoso'."""
    lines = ("[1] N. Sudjana, Penilaian Hasil Proses Belajar Mengajar. Bandung: Remaja Rosdakarya, 2010.\n"
             "[2] S. Arikunto, Prosedur Penelitian. Jakarta: Rineka Cipta, 2013.")
    assert _entries(tmp_path, lines) == [("Sudjana", "2010"), ("Arikunto", "2013")]


@pytest.mark.parametrize("ditto", ["_______.", "\\_\\_\\_\\_\\_\\_\\_."])
def test_a_ditto_line_of_underscores_in_markdown_is_the_same_authors_next_work(tmp_path, ditto):
    """'_______. 2013. ...' under the same author's entry: the Markdown reader takes the underscores for emphasis and
    leaves '. 2013. ...', which read as the end of the entry before, so the 2013 work was lost."""
    lines = f"Arikunto, S. 2010. Manajemen Penelitian. Jakarta: Rineka Cipta.\n{ditto} 2013. Prosedur Penelitian. Jakarta: Rineka Cipta."
    assert _entries(tmp_path, lines) == [("Arikunto", "2010"), ("Arikunto", "2013")]


@pytest.mark.parametrize("text, work", [
    ("Menurut Sardi-man (2014) motivasi adalah daya penggerak.", ("Sardiman", "2014")),
    ("Motivasi adalah daya penggerak (Notoat-modjo, 2010).", ("Notoatmodjo", "2010")),
    ("Menurut Santo- so (2019) motivasi penting.", ("Santoso", "2019")),
])
def test_a_name_hyphenated_at_a_lines_end_and_joined_with_its_hyphen(text, work):
    """A PDF or hard-wrapped text breaks a name at a line's end ('Sardi-' / 'man (2014)') and the reader joins the
    lines keeping the hyphen, as it must for 'murid-murid': the surname read 'Sardi-man', which no reference-list
    entry or reader's search spells so."""
    assert _works(text) == [work]


@pytest.mark.parametrize("text, work", [
    ("Menurut Al-Ghazali (2003) akhlak adalah sifat.", ("Al-Ghazali", "2003")),
    ("Model ini mengacu pada Sidarto-Kania (2017).", ("Sidarto-Kania", "2017")),
])
def test_a_hyphenated_name_written_so_stays(text, work):  # guards
    assert _works(text) == [work]


@pytest.mark.parametrize("text, work", [
    ("Berdasarkan WHO (2018), stunting adalah kondisi gagal tumbuh pada anak.", ("WHO", "2018")),
    ("Berdasarkan Kemenkes (2018), stunting adalah kondisi gagal tumbuh pada anak.", ("Kemenkes", "2018")),
    ("Sesuai WHO (2018), stunting adalah kondisi gagal tumbuh pada anak.", ("WHO", "2018")),
    ("Mengutip WHO (2018), stunting adalah kondisi gagal tumbuh pada anak.", ("WHO", "2018")),
    ("Mengacu pada BPS (2020), penduduk miskin bertambah.", ("BPS", "2020")),
])
def test_a_body_after_berdasarkan_sesuai_or_mengacu_pada(text, work):
    """A sentence opening with 'Berdasarkan', 'Sesuai', 'Mengutip' took that word into an organisation's name
    ('Berdasarkan WHO', 'Berdasarkan' alone for BPS): works no list holds; after 'Mengacu pada' the acronym was
    doubted and cited nothing."""
    assert _works(text) == [work]


@pytest.mark.parametrize("text, work", [
    ("Hal ini dijelaskan Nata dalam Akhlak Tasawuf (Jakarta: Rajawali Pers, 2012), hlm. 6.", [("Nata", "2012")]),
    ("Menurut Arikunto dalam bukunya Prosedur Penelitian (Jakarta: Rineka Cipta, 2013), penelitian adalah kegiatan.",
     [("Arikunto", "2013")]),
    ("Menurut Sugiyono dalam bukunya Metode Penelitian (Penerbit Alfabeta, 2017), populasi adalah wilayah.",
     [("Sugiyono", "2017")]),
    ("Ben Santoso, dalam bukunya Human-Centered Design (Oxford University Press, 2022), mengajukan pertanyaan.",
     [("Santoso", "2022")]),
    ("Buku itu diterbitkan (Jakarta: Gramedia Pustaka Utama, 2015).", []),
])
def test_a_books_place_and_publisher_in_the_parenthesis_after_its_title(text, work):
    """'X dalam bukunya <judul> (Jakarta: Rajawali Pers, 2012)': the publisher was read as the author ('Oxford
    University Press (2022)') or the title's last word was ('Tasawuf', with Nata as the person quoted). The author
    is the one named before the title; none cued, no work rather than the publisher."""
    assert _works(text) == work


def test_a_footnotes_place_and_publisher_stay_the_footnotes():  # guard
    text = ("Kerajaan itu didirikan oleh Samuel.⁵\n"
            "5 Bruce Feiler, Abraham, A Journey to the Heart (New York: Harper Collins, 2002).")
    assert ("Samuel", "2002") not in _works(text)


@pytest.mark.parametrize("text, work", [
    ("Stunting adalah kondisi gagal tumbuh (World Health Organization/WHO, 2018).", ("World Health Organization", "2018")),
    ("Stunting adalah kondisi gagal tumbuh (WHO/World Health Organization, 2018).", ("World Health Organization", "2018")),
    ("Menurut World Health Organization/WHO (2018) stunting adalah kondisi gagal tumbuh.",
     ("World Health Organization", "2018")),
    ("Menurut Tim Penyusun Kamus Pusat Bahasa (2008) belajar adalah berusaha memperoleh kepandaian.",
     ("Tim Penyusun Kamus Pusat Bahasa", "2008")),
    ("Menurut Tim Redaksi Kamus Besar Bahasa Indonesia (2016), belajar adalah berusaha.",
     ("Tim Redaksi Kamus Besar Bahasa Indonesia", "2016")),
])
def test_an_organisation_with_its_acronym_after_a_slash_and_a_dictionarys_compilers(text, work):
    """'(World Health Organization/WHO, 2018)' cited nothing; 'Menurut Tim Penyusun Kamus Pusat Bahasa (2008)' (the
    usual way to cite the KBBI) gave a year with no author, though '(Tim Penyusun Kamus Pusat Bahasa, 2008)' and
    'Menurut Kamus Besar Bahasa Indonesia (2008)' were read."""
    assert _works(text) == [work]


@pytest.mark.parametrize("text, work", [
    # a survey's report, a manual: the source a reader wants named when asking where a figure comes from
    ("Hasil Riskesdas (2018) menunjukkan prevalensi stunting sebesar 30,8%.", [("Riskesdas", "2018")]),
    ("Prevalensi stunting sebesar 30,8% (Riskesdas, 2018).", [("Riskesdas", "2018")]),
    ("Autisme adalah gangguan perkembangan saraf (DSM-IV-TR, 2000).", [("DSM-IV-TR", "2000")]),
    # a law, an event, a period: no author, no work
    ("Menurut UU No. 20 (2003) pendidikan adalah usaha sadar dan terencana.", []),
    ("Pendidikan adalah usaha sadar dan terencana (UU No. 20 Tahun 2003).", []),
    ("Sesuai Permenkes RI No. 75 (2014), puskesmas adalah fasilitas pelayanan kesehatan.", []),
    ("Pada Pemilu (2019) partisipasi pemilih meningkat.", []),
    ("Pandemi Covid-19 (2020) mengubah cara belajar siswa.", []),
    ("Perang Dunia II (1939-1945) mengubah tatanan dunia.", []),
])
def test_look_alikes_decided_by_kind(text, work):
    """Issue 14's look-alikes, decided by kind: a survey's report or a manual cited with its year is a work (its
    publisher's entry in the list is what a reader looks for); a law, an event or a period before a year is none."""
    assert _works(text) == work


_NAMED = "Menurut Santoso (2019) sejarah perbankan di negeri ini sangat panjang. "


@pytest.mark.parametrize("sentence", [
    "Bank Rakyat Indonesia (1895) merupakan bank tertua di Indonesia.",
    "Laravel (2011) adalah framework PHP yang banyak dipakai.",
    "Salah satunya adalah UUD (1945) yang menjadi dasar negara.",
    "Kurikulum 2013 (2013) menekankan pendekatan saintifik.",
    "Pada Pemilu (2019) partisipasi pemilih meningkat.",
    "Data Primer (2020) diperoleh dari angket.",
    "Perusahaan itu memiliki anak perusahaan PT Honda Federal (1974) yang memproduksi rangka.",
])
def test_a_named_things_year_is_not_handed_to_the_author_named_before(sentence):
    """A bank's founding year, a law's, an election's, a company's: read as no author, their year then went to the
    author named earlier in the paragraph ('Santoso (1895)', a work that does not exist). Bab II paragraphs nearly
    always name an author first, so isolated sentences never showed it."""
    assert _works(_NAMED + sentence) == [("Santoso", "2019")]


@pytest.mark.parametrize("sentence, work", [
    ("Selanjutnya (2020: 5) ia menjelaskan bahwa bank harus sehat.", ("Santoso", "2020")),  # his next work
    ("Kasmir dalam bukunya Analisis Laporan Keuangan (2012: 104) menyatakan rasio adalah alat.", ("Kasmir", "2012")),
    ("Menurut PT. Telkom Indonesia (2019), jaringan diperluas.", ("PT. Telkom Indonesia", "2019")),
    ("Berdasarkan data BPS (2020), penduduk miskin bertambah.", ("BPS", "2020")),
])
def test_a_years_author_named_before_a_title_or_a_sentences_first_word_still_takes_it(sentence, work):  # guards
    assert _works(_NAMED + sentence)[-1] == work


@pytest.mark.parametrize("sentence, work", [
    ("Dalam Kamus Besar Bahasa Indonesia (2016) belajar berarti berusaha memperoleh kepandaian.",
     ("Kamus Besar Bahasa Indonesia", "2016")),
    ("Menurut DSM-5 (2013) autisme adalah gangguan perkembangan.", None),
    ("Pandemi Covid-19 (2020) mengubah cara belajar siswa.", None),
    ("Berdasarkan Permendikbud No. 81A (2013) kurikulum disusun.", None),
    ("Landasan teori itu penting. Dan Uma Sekaran\ndalam bukunya Business Research (1992) mengemukakan bahwa "
     "kerangka berpikir adalah model konseptual.", ("Sekaran", "1992")),
    ("Buku itu diterbitkan (Jakarta: Gramedia Pustaka Utama, 2015).", None),
])
def test_more_years_that_went_to_the_author_named_before(sentence, work):
    """Each of these handed its year to the paragraph's earlier author ('Santoso (2016)'): a dictionary after
    'Dalam', a manual or a virus whose name holds a number, a regulation numbered '81A', a book's author whose
    'dalam bukunya' stood on the next line of hard-wrapped text, a publisher's place with no author in the sentence."""
    found = _works(_NAMED + sentence)
    assert found == [("Santoso", "2019")] + ([work] if work else [])


def test_entries_lettered_a_b(tmp_path):
    """'a. Arikunto, S. 2010. ...': the letter stayed in the first author ('a. Arikunto')."""
    lines = ("a. Arikunto, S. 2010. Prosedur Penelitian. Jakarta: Rineka Cipta.\n"
             "b. Sugiyono. 2013. Metode Penelitian. Bandung: Alfabeta.")
    assert _entries(tmp_path, lines) == [("Arikunto", "2010"), ("Sugiyono", "2013")]


def test_a_page_number_line_between_two_entries_of_one_block(tmp_path):
    """A PDF-to-Markdown list keeps the page's number on a line between two entries: the next entry was read as the
    rest of the one before and lost."""
    lines = ("Arikunto, S. 2010. Prosedur Penelitian. Jakarta: Rineka Cipta.\n45\n"
             "Sugiyono. 2013. Metode Penelitian. Bandung: Alfabeta.")
    assert _entries(tmp_path, lines) == [("Arikunto", "2010"), ("Sugiyono", "2013")]


_LISTED = ("\n\n## Daftar Pustaka\n\nSantoso, B. 2019. Motivasi Kerja. Jakarta: Kencana.\n"
           "Kotler, P., & Keller, K. L. (2016). Marketing Management. Boston: Pearson.\n")


@pytest.mark.parametrize("text, work", [
    ("Hasil ini sejalan dengan Santoso 2019 yang menemukan bahwa motivasi penting.", ("Santoso", "2019")),
    ("Kotler & Keller 2016 menyatakan pemasaran adalah proses sosial.", ("Kotler", "2016")),
])
def test_a_name_and_year_with_no_parenthesis_that_the_documents_list_holds(text, work):
    """A name and its year with no parenthesis, 'menurut' or 'tahun' ('sejalan dengan Santoso 2019 yang ...') cited
    nothing, though the document's own list holds that surname and year: the list is the evidence."""
    assert _works(text) == []  # without the list: no evidence, no work
    assert _works(text + _LISTED) == [work]


def test_a_name_and_year_the_list_does_not_hold_or_the_list_itself_stay_none():  # guards
    assert _works("Hal ini terjadi pada Santoso 2018 yang lain." + _LISTED) == []
    assert _works("Teks ini tidak mengutip siapa pun." + _LISTED) == []


@pytest.mark.parametrize("header", ["No | Peneliti | Judul | Hasil", "No | Nama Peneliti | Judul | Hasil",
                                    "No | Nama, Tahun | Judul | Hasil"])
def test_a_table_of_earlier_studies_whose_author_column_holds_the_year_too(header):
    """'Penelitian Terdahulu' tables with one column for the author and the year ('Wijaya, 2020'): only cells
    written 'Santoso (2019)' were read; 'Peneliti' alone or 'Nama, Tahun' over the column was no source column."""
    text = (f"Tabel 2.1 Penelitian Terdahulu\n\n{header}\n1 | Santoso, 2019 | Motivasi belajar | Berpengaruh\n"
            "2 | Wijaya, 2020 | Disiplin kerja | Tidak berpengaruh\n")
    assert _works(text) == [("Santoso", "2019"), ("Wijaya", "2020")]


def test_a_table_of_people_with_years_is_no_table_of_studies():  # guard
    text = "Tabel 3.1 Informan\n\nNo | Nama Informan | Jabatan | Tahun Masuk\n1 | Budi Santoso | Guru | 2019\n"
    assert _works(text) == []


@pytest.mark.parametrize("text, work", [
    ("However, Santoso (2019) argues that motivation shapes achievement.", ("Santoso", "2019")),
    ("Meanwhile, WHO (2018) reports that stunting persists.", ("WHO", "2018")),
    ("Similarly, Smith and Jones (2010) found the same pattern.", ("Smith", "2010")),
    ("Following Smith and colleagues (2019), motivation was measured twice.", ("Smith", "2019")),
    ("Unlike Brown (2018), the study found no effect.", ("Brown", "2018")),
])
def test_an_english_sentences_opening_adverb_is_no_author(text, work):
    """An English article in a course reading list: 'However, Santoso (2019)' read 'However' as the first author
    (the comma made it one of two names)."""
    assert _works(text) == [work]


@pytest.mark.parametrize("text", [
    "Robbins (2006) sebagaimana dijelaskan dalam Sutrisno (2010) menyatakan motivasi adalah dorongan.",
    "Sutrisno (2010: 14) mengutip pendapat Robbins (2006) bahwa motivasi adalah dorongan.",
    "Motivasi adalah dorongan dari dalam diri (Sutrisno, 2010, merujuk Robbins, 2006).",
])
def test_more_secondary_forms_both_with_years(text):
    """'sebagaimana dijelaskan dalam', the citing work first with 'mengutip pendapat' in running text, and 'merujuk'
    inside a parenthesis: both were read as works (Robbins (2006) cited here) or nothing was."""
    assert _read_through(text) == [("Sutrisno", "2010", "Robbins (2006)")]


@pytest.mark.parametrize("text, works", [
    ("Motivasi, sebagaimana dijelaskan oleh Robbins (2006), adalah dorongan.", [("Robbins", "2006", None)]),
    ("Santoso (2019) mengutip data BPS (2020) tentang kemiskinan.", [("Santoso", "2019", None), ("BPS", "2020", None)]),
])
def test_explained_by_an_author_with_no_year_before_is_his_own_work(text, works):  # guards
    assert _read_through(text) == works


@pytest.mark.parametrize("text, work", [
    ("Menurut Rosa dan Shalahuddin, ERD adalah bentuk awal perancangan basis data relasional atau RDBMS (2016: 53).",
     ("Rosa", "2016")),
    ("Menurut Kadir, sistem basis data modern umumnya memakai SQL (2014: 12).", ("Kadir", "2014")),
    ("Menurut Sugiyono, penelitian ini menggunakan analisis SPSS (2017).", ("Sugiyono", "2017")),
    ("Sugiyono menyatakan bahwa populasi penelitian adalah siswa SMA (2017: 80).", ("Sugiyono", "2017")),
    ("Menurut Santoso, pendidikan karakter ditekankan dalam Kurikulum 2013 (2019: 12).", ("Santoso", "2019")),
    ("Menurut Santoso, pandemi mengubah cara belajar sejak Covid-19 (2020).", ("Santoso", "2020")),
    ("Hal ini sesuai pendapat Santoso, pembelajaran daring memakai aplikasi Google Classroom (2019).",
     ("Santoso", "2019")),
])
def test_the_writers_year_after_a_term_closing_the_sentence_still_cites_the_author(text, work):
    """Guards for 9370d89: an acronym term right before the writer's own bare year ('... atau RDBMS (2016: 53).')
    is no named thing with its own year: with pages, or closing a sentence that names its author with a citing
    word, the year is the author's (9370d89 first made it a year with no author)."""
    assert _works(text) == [work]


@pytest.mark.parametrize("text, work", [
    ("Dalam penelitiannya, Santoso menemukan bahwa siswa lebih aktif dengan model ADDIE (2019).", ("Santoso", "2019")),
    ("Santoso dkk. menemukan bahwa nilai siswa naik setelah memakai aplikasi Quizizz (2020: 5).", ("Santoso", "2020")),
    ("Santoso et al, 2019 menemukan bahwa literasi digital rendah.", ("Santoso", "2019")),
])
def test_menemukan_after_a_name_cues_its_author(text, work):
    """'Santoso menemukan ...' (found) is how a study's author is named as 'menyatakan' names a theorist: the year
    after it went to no one."""
    assert _works(text) == [work]


def test_a_terms_year_inside_an_authors_sentence_stays_the_terms():  # guard
    text = "Menurut Santoso, kurikulum yang berlaku adalah Kurikulum Merdeka (2022) yang memberi keleluasaan."
    assert _works(text) == []


_CAPTIONED = ("# Bab II\n\nMotivasi belajar memiliki beberapa indikator.\n\n"
              "Tabel 2.1 Indikator Motivasi Belajar (Uno, 2011: 23)\n\n| No | Indikator |\n|---|---|\n"
              "| 1 | Hasrat dan keinginan berhasil |\n| 2 | Dorongan dan kebutuhan dalam belajar |\n\n"
              "Indikator itu diukur dengan angket.\n")


def test_a_tables_caption_over_it_is_one_passage_with_the_table_and_cites_it(tmp_path):
    """'Tabel 2.1 Indikator Motivasi Belajar (Uno, 2011: 23)' over its table: the caption was a passage alone (or
    went with the paragraph above) and the rows a student asks about cited nothing."""
    pieces = _pieces(tmp_path, _CAPTIONED)
    table = next(t for t, _ in pieces if "Hasrat dan keinginan" in t)
    assert table.startswith("Tabel 2.1 Indikator Motivasi Belajar")
    assert _piece(pieces, "Hasrat dan keinginan") == [("Uno", "2011")]
    assert _piece(pieces, "diukur dengan angket") == []


def test_a_long_tables_caption_cites_every_piece(tmp_path):
    rows = "\n".join(f"| {i} | Indikator {i} | {_FILLER[:220]} |" for i in range(1, 13))
    pieces = _pieces(tmp_path, "# Bab II\n\nTabel 2.1 Indikator Motivasi Belajar (Uno, 2011: 23)\n\n"
                               "| No | Indikator | Uraian |\n|---|---|---|\n" + rows + "\n")
    assert len(pieces) > 1
    assert all(cites == [("Uno", "2011")] for _, cites in pieces)


def test_a_figures_caption_still_goes_with_the_text_above():  # guard
    from telusur.documents.structure import is_table_caption

    assert is_table_caption("Tabel 4.2 Hasil Uji Validitas")
    assert not is_table_caption("Gambar 2.1 Siklus PDCA (Deming, 1986)")
    assert not is_table_caption("Tabel distribusi frekuensi disusun sebagai berikut.")


def test_a_publisher_in_the_parenthesis_after_the_author_the_list_holds():
    """'Menurut Sugiyono (Alfabeta, 2017)': the publisher read as the work's author with Sugiyono quoted through it;
    the document's list holds Sugiyono's 2017 book and no Alfabeta's, so the work is Sugiyono's."""
    listed = "\n\n## Daftar Pustaka\n\nSugiyono. 2017. Metode Penelitian Pendidikan. Bandung: Alfabeta.\n"
    text = "Menurut Sugiyono (Alfabeta, 2017), populasi adalah wilayah generalisasi." + listed
    assert _read_through(text) == [("Sugiyono", "2017", None)]
    guard = "Menurut Terry (Hasibuan, 2009: 3) manajemen adalah proses." + listed  # secondary, list silent: as before
    assert _read_through(guard) == [("Hasibuan", "2009", "Terry")]


def test_a_range_of_bracketed_numbers_cites_every_entry_between():
    """IEEE's '[1]–[3]': only [1] and [3] were read, the work between them was lost."""
    listed = ("\n\n## Daftar Pustaka\n\n[1] A. Kadir, Pengenalan Sistem Informasi. Yogyakarta: Andi, 2014.\n"
              "[2] R. Fathansyah, Basis Data. Bandung: Informatika, 2012.\n"
              "[3] R. S. Pressman, Rekayasa Perangkat Lunak. Yogyakarta: Andi, 2010.\n")
    assert _works("Sistem informasi terdiri atas komponen yang saling berhubungan [1]–[3]." + listed) == [
        ("Kadir", "2014"), ("Fathansyah", "2012"), ("Pressman", "2010")]


@pytest.mark.parametrize("text, works", [
    ("Menurut hasil survei PISA (2018) kemampuan membaca siswa rendah.", [("PISA", "2018")]),
    ("Berdasarkan survei SDKI (2017), angka kematian bayi turun.", [("SDKI", "2017")]),
    ("Hasil UAS (2021) siswa meningkat.", []),  # an exam's results, no survey: guard
    ("Data IPM (2020) naik.", []),  # an index: guard
])
def test_a_survey_named_by_its_acronym_is_a_work_as_riskesdas_is(text, works):
    """The decision by kind (b82ac68): a survey's report cited with its year is a work ('Hasil Riskesdas (2018)');
    after 'survei'/'sensus' an acronym survey is one too ('hasil survei PISA (2018)' gave no author)."""
    assert _works(text) == works


_FOOTER = ("Rina Marlina, 2018\nPENGARUH MOTIVASI TERHADAP PRESTASI BELAJAR SISWA\n"
           "Universitas Pendidikan Indonesia | repository.upi.edu | perpustakaan.upi.edu\n")


def test_a_theses_running_footer_in_a_txt_reference_list_is_no_entry(tmp_path):
    """A thesis's text that lost its page breaks keeps the footer of every page ("Rina Marlina, 2018" / its title /
    "Universitas Pendidikan Indonesia | repository.upi.edu"); inside the list it read as the entry "Rina (2018)",
    and an entry wrapped over a page lost its end."""
    text = ("BAB II\n\nMotivasi adalah dorongan dari dalam diri (Santoso, 2019).\n" + _FOOTER +
            "Metode penelitian adalah cara ilmiah (Wijaya, 2015).\n" + _FOOTER + "\nDAFTAR PUSTAKA\n\n"
            "Santoso, B. 2019. Motivasi Kerja. Jakarta: Kencana.\n" + _FOOTER +
            "Wijaya, A. 2015. Metode Penelitian Pendidikan\n" + _FOOTER + "Kuantitatif. Bandung: Alfabeta.\n")
    path = tmp_path / "skripsi.txt"
    path.write_text(text, encoding="utf-8")
    entries = reference_entries(read_document(path, path.name, 5.0))
    assert [(r.authors[0], r.year) for r in entries] == [("Santoso", "2019"), ("Wijaya", "2015")]
    assert entries[1].title.startswith("Metode Penelitian Pendidikan")


def test_an_entrys_wrapped_publisher_line_repeated_in_the_list_stays(tmp_path):  # guard
    lines = ("Sugiyono. 2013. Metode Penelitian Pendidikan.\nBandung: Alfabeta.\n"
             "Sugiyono. 2015. Statistika untuk Penelitian.\nBandung: Alfabeta.\n"
             "Sugiyono. 2017. Metode Penelitian Kombinasi.\nBandung: Alfabeta.")
    path = tmp_path / "bab.txt"
    path.write_text(f"BAB II\n\nTeks.\n\nDAFTAR PUSTAKA\n\n{lines}\n", encoding="utf-8")
    entries = reference_entries(read_document(path, path.name, 5.0))
    assert [(r.year, r.publisher) for r in entries] == [("2013", "Alfabeta"), ("2015", "Alfabeta"), ("2017", "Alfabeta")]


@pytest.mark.parametrize("text, work", [
    ("Motivasi adalah dorongan (Santoso, 20 15).", ("Santoso", "2015", None)),
    ("Motivasi adalah dorongan (Santoso, 201 5: 12).", ("Santoso", "2015", "12")),
    ("Motivasi adalah dorongan (Santoso dkk., 2 015, hlm. 4).", ("Santoso", "2015", "4")),
    ("Menurut Santoso (20 15) motivasi adalah dorongan.", ("Santoso", "2015", None)),
])
def test_a_year_ocr_split_with_a_space(text, work):
    """OCR splits a year with a space ("20 15", "201 5") where a citation's year stands: nothing was cited."""
    assert [(c.authors[0], c.year, c.pages) for c in find_citations(text) if c.authors] == [work]


@pytest.mark.parametrize("text", ["Jumlah siswa (20 15) orang.", "Hasil (N, 20 15).", "Kelas VII (20 15) siswa.",
                                  "Pada tanggal 20 15 Maret siswa hadir."])
def test_two_numbers_with_a_space_stay_numbers(text):  # guards
    assert find_citations(text) == []


def test_an_entrys_year_ocr_split_with_a_space(tmp_path):
    lines = "Santoso, B. 20 15. Motivasi Kerja. Jakarta: Kencana.\nWijaya, A. (201 9). Metode Penelitian. Bandung: Alfabeta."
    assert _entries(tmp_path, lines) == [("Santoso", "2015"), ("Wijaya", "2019")]


@pytest.mark.parametrize("text, works", [
    ("Populasi adalah wilayah generalisasi (Alfabeta, 2017).", []),
    ("Populasi adalah wilayah generalisasi (PT Rineka Cipta, 2010).", []),
    ("Menurut Sugiyono, populasi adalah wilayah generalisasi (Alfabeta, 2017).", [("Sugiyono", "2017")]),
    ("Populasi adalah wilayah generalisasi (Sugiyono, Alfabeta, 2017: 80).", [("Sugiyono", "2017")]),
    ("Penelitian adalah proses (Arikunto, Rineka Cipta, 2010; Sugiyono, Alfabeta, 2017).",
     [("Arikunto", "2010"), ("Sugiyono", "2017")]),
    ("Sistem adalah kumpulan komponen (Jogiyanto, Andi Offset, 2005).", [("Jogiyanto", "2005")]),
])
def test_a_publisher_where_the_author_stands_is_never_the_author(text, works):
    """ "(Alfabeta, 2017)" with no reference list gave the publisher as the work's author; "(Sugiyono, Alfabeta,
    2017)" gave Sugiyono and Alfabeta as co-authors. The author is the one named before, or no one."""
    assert _works(text) == works


def test_a_publishers_name_the_list_holds_as_an_author_stays_the_author():  # guard
    text = ("Motivasi adalah dorongan (Erlangga, 2012).\n\n## Daftar Pustaka\n\n"
            "Erlangga, R. 2012. Motivasi Kerja. Jakarta: Kencana.\n")
    assert _works(text) == [("Erlangga", "2012")]
    assert _works("Motivasi adalah dorongan (Santoso dan Wijaya, 2012).") == [("Santoso", "2012")]
    # the author of a book known by its publisher alone is named in its sentence, not in the sentence before
    assert _works("Menurut Robbins (2006) motivasi adalah dorongan. Buku Metode Penelitian (Rineka Cipta, 2013) "
                  "menjelaskan langkah penelitian.") == [("Robbins", "2006")]


@pytest.mark.parametrize("text, work", [
    ("Menurut Profil Kesehatan Indonesia (2019), angka ISPA naik.", ("Profil Kesehatan Indonesia", "2019")),
    ("Data Profil Kesehatan Provinsi Jawa Tengah (2019) menunjukkan cakupan imunisasi naik.",
     ("Profil Kesehatan Provinsi Jawa Tengah", "2019")),
    ("Angka ISPA naik (Profil Kesehatan Indonesia, 2019: 45).", ("Profil Kesehatan Indonesia", "2019")),
    ("Berdasarkan Laporan Kinerja Kementerian Kesehatan (2020), angka naik.",
     ("Laporan Kinerja Kementerian Kesehatan", "2020")),
    ("Global Nutrition Report (2018) mencatat stunting di Asia.", ("Global Nutrition Report", "2018")),
    ("Menurut Kemenkes RI dalam Profil Kesehatan Indonesia (2019), angka ISPA naik.", ("Kemenkes RI", "2019")),
])
def test_a_report_known_by_its_title_and_year(text, work):
    """ "Profil Kesehatan Indonesia (2019)", a report published year by year, read as the work 'Indonesia (2019)':
    its title's last word taken for a surname. The report is the work, by its title, unless its author is named
    before "dalam"."""
    assert _works(text) == [work]


def test_a_books_title_holding_a_reports_word_still_goes_to_its_author():  # guard
    text = "Kasmir dalam bukunya Analisis Laporan Keuangan (2012: 104) menyatakan rasio adalah alat."
    assert _works(text) == [("Kasmir", "2012")]


@pytest.mark.parametrize("text, works", [
    ("Motivasi adalah dorongan dari dalam diri [@santoso2019].", [("Santoso", "2019", None)]),
    ("Motivasi adalah dorongan [lihat @santoso2019, hlm. 12; @wijaya_disiplin_2020].",
     [("Santoso", "2019", "12"), ("Wijaya", "2020", None)]),
    ("@santoso2019 [hlm. 12] menyatakan motivasi adalah dorongan [@wijaya2020].",
     [("Santoso", "2019", "12"), ("Wijaya", "2020", None)]),
    ("Pemasaran adalah proses sosial [@kotlerMarketingManagement2016, p. 5].", [("Kotler", "2016", "5")]),
    ("Stunting adalah gagal tumbuh [@who2018].", [("WHO", "2018", None)]),
])
def test_pandoc_citation_keys(text, works):
    """A Markdown course text written for pandoc cites by key ("[@santoso2019, hlm. 12]", "@santoso2019 menyatakan"):
    nothing was cited. The key names its first author and year; the page after it is the page."""
    assert [(c.authors[0], c.year, c.pages) for c in find_citations(text)] == works


def test_a_pandoc_key_resolved_against_the_documents_list():
    """A key without a year, or one naming only the first of two authors, is the listed entry it names."""
    listed = ("\n\n## Daftar Pustaka\n\nKotler, P., & Keller, K. L. (2016). Marketing Management. Boston: Pearson.\n"
              "World Health Organization. (2018). Reducing Stunting. Geneva: WHO.\n")
    assert [(c.authors, c.year) for c in find_citations("Pemasaran adalah proses [@kotler, hlm. 5]." + listed)] == [
        (("Kotler", "Keller"), "2016")]
    assert [(c.authors, c.year) for c in find_citations("Stunting adalah gagal tumbuh [@world2018]." + listed)] == [
        (("World Health Organization",), "2018")]


@pytest.mark.parametrize("text", [
    "Hubungi admin@kampus.ac.id atau akun @kampus2019 di Twitter.",  # an address and a handle, no pandoc citation
    "Pemasaran adalah proses sosial [@kotler].",  # no year and no list to say whose
])
def test_an_address_a_handle_or_a_key_naming_nothing_cites_nothing(text):  # guards
    assert find_citations(text) == []


def test_citation_shortcodes_and_liquid_tags_cite_their_keys(tmp_path):
    """Hugo's {{< cite "Deming1986" 23 >}} and Jekyll Scholar's {% cite putra2018 --locator 7 %} were dropped whole
    by the Markdown reader: the sentence read "diperkenalkan oleh sebagai ..." and cited nothing."""
    pieces = _pieces(tmp_path, "# Bab II\n\nSiklus PDCA diperkenalkan oleh {{< cite \"Deming1986\" 23 >}} sebagai "
                               "siklus perbaikan mutu.\n\nMutu adalah kesesuaian dengan kebutuhan "
                               "{{< cite \"Juran1988; Crosby1979\" >}}.\n\nDisiplin kerja penting bagi pegawai "
                               "{% cite putra2018 --locator 7 %}.\n\nTeks {{< youtube abc >}} lain.\n")
    assert _piece(pieces, "Siklus PDCA") == [("Deming", "1986")]
    assert "oleh [@Deming1986, 23] sebagai" in next(t for t, _ in pieces if "Siklus PDCA" in t)
    assert _piece(pieces, "kesesuaian") == [("Juran", "1988"), ("Crosby", "1979")]
    assert _piece(pieces, "Disiplin kerja") == [("Putra", "2018")]
    assert _piece(pieces, "Teks lain") == []


@pytest.mark.parametrize("text, work", [
    ("Menurut Santoso “motivasi adalah dorongan dari dalam diri” (2019: 12).", ("Santoso", "2019")),
    ('Menurut Sugiyono "populasi adalah wilayah generalisasi" (2017: 80).', ("Sugiyono", "2017")),
])
def test_menurut_an_author_his_quotation_then_his_year(text, work):
    """ "Menurut Santoso “...” (2019: 12)": the quotation right after the name, the year and page after it; the name
    and the blanked quotation read as one capitalized run before the year, a title, and the year went to no one."""
    assert _works(text) == [work]


@pytest.mark.parametrize("text, work", [
    ("Motivasi adalah dorongan (Santoso, Tahun 2019).", ("Santoso", "2019", None)),
    ("Motivasi adalah dorongan (Santoso, thn. 2019: 5).", ("Santoso", "2019", "5")),
])
def test_the_word_tahun_before_the_year_inside_the_parenthesis(text, work):
    """ "(Santoso, Tahun 2019)" cited nothing; "(Santoso, Thn 2019)" gave "Thn" as a co-author."""
    assert [(c.authors[0], c.year, c.pages) for c in find_citations(text)] == [work]


@pytest.mark.parametrize("text", ["Jumlah siswa (tahun 2019) naik.", "Jumlah siswa (Semester Genap Tahun 2019) naik."])
def test_a_date_with_tahun_in_a_parenthesis_is_no_work(text):  # guards
    assert _works(text) == []


@pytest.mark.parametrize("text, work", [
    ("Teori ini dikemukakan oleh Maslow pada tahun 1943 dan dipakai luas.", ("Maslow", "1943")),
    ("Santoso dalam penelitiannya tahun 2019 menemukan bahwa motivasi naik.", ("Santoso", "2019")),
    ("Sugiyono dalam bukunya tahun 2017 menjelaskan pengertian populasi.", ("Sugiyono", "2017")),
])
def test_stated_by_an_author_in_a_year_or_in_his_own_study(text, work):
    """ "dikemukakan oleh Maslow pada tahun 1943", "Santoso dalam penelitiannya tahun 2019": a statement's author and
    the year of his work, with no parenthesis; only "menurut" and "penelitian oleh" were read."""
    assert _works(text) == [work]


@pytest.mark.parametrize("text", ["Windows dikembangkan oleh Microsoft pada tahun 1985.",
                                  "Lagu ini ditulis oleh Ismail Marzuki pada tahun 1945.",
                                  "Sekolah ini didirikan oleh Ki Hajar Dewantara pada tahun 1922."])
def test_made_founded_or_written_by_someone_in_a_year_is_no_citation(text):  # guards
    assert _works(text) == []


def test_an_entry_with_its_year_last_after_a_whole_entry_on_one_joined_line(tmp_path):
    """A .txt list whose reader joined two entry lines (the first as long as the text's wrap width): an entry with its
    year last ("Nugroho, Budi. Pendidikan Karakter. Jakarta: Kencana, 2016.") after a whole entry was read as the end
    of that entry and lost; only an entry with its year after the names was cut off."""
    lines = ("Lestari, B. (2021). Pengaruh motivasi terhadap kinerja pegawai. Jurnal Ekonomi, 3(1), 1-10. "
             "Nugroho, Budi. Pendidikan Karakter. Jakarta: Kencana, 2016.\n"
             "Hasanah, Budi. 2015. Manajemen Sekolah. Jakarta: Kencana.")
    path = tmp_path / "bab.txt"
    path.write_text(f"BAB II\n\nTeks.\n\nDAFTAR PUSTAKA\n\n{lines}\n", encoding="utf-8")
    entries = reference_entries(read_document(path, path.name, 5.0))
    assert [(r.authors[0], r.year) for r in entries] == [("Lestari", "2021"), ("Nugroho", "2016"), ("Hasanah", "2015")]


def test_academic_titles_and_degrees_in_an_entry_are_no_part_of_its_authors(tmp_path):
    """Some lists write the author's titles and degrees: "Dr. Susanto, M.Pd. 2012." gave the author "Dr. Susanto",
    "Sutrisno, Edy, S.E., M.M. 2009." the co-authors "Edy" and "M.M"."""
    lines = ("Dr. Susanto, M.Pd. 2012. Teori Belajar. Jakarta: Kencana.\n"
             "Prof. Dr. H. Mulyasa, E. 2013. Pengembangan Kurikulum. Bandung: Rosdakarya.\n"
             "Sutrisno, Edy, S.E., M.M. 2009. Manajemen Sumber Daya Manusia. Jakarta: Kencana.\n"
             "Hasibuan, Malayu S.P., Drs. H. 2016. Manajemen Sumber Daya Manusia. Jakarta: Bumi Aksara.")
    path = tmp_path / "bab.txt"
    path.write_text(f"BAB II\n\nTeks.\n\nDAFTAR PUSTAKA\n\n{lines}\n", encoding="utf-8")
    entries = reference_entries(read_document(path, path.name, 5.0))
    assert [r.authors for r in entries] == [("Susanto",), ("Mulyasa",), ("Sutrisno",), ("Hasibuan",)]


def test_initials_that_look_like_a_degree_and_a_lone_h_stay(tmp_path):  # guards
    lines = ("Robbins, S.P. 2008. Perilaku Organisasi. Jakarta: Salemba Empat.\n"
             "Marsofiyati, & Eryanto, H. 2015. Manajemen Kantor. Jakarta: Bumi Aksara.\n"
             "H. Tengku Darmansah, A. A. (2024). Pengelolaan Sarana Kantor. Jurnal Ilmu, 277-287.")
    path = tmp_path / "bab.txt"
    path.write_text(f"BAB II\n\nTeks.\n\nDAFTAR PUSTAKA\n\n{lines}\n", encoding="utf-8")
    entries = reference_entries(read_document(path, path.name, 5.0))
    assert [r.names for r in entries] == [("Robbins, S.P.",), ("Marsofiyati", "Eryanto, H."), ("H. Tengku Darmansah, A. A.",)]


@pytest.mark.parametrize("text, work", [
    ("Santoso et al.'s (2019) study shows that motivation matters.", ("Santoso", "2019")),
    ("Santoso et al.’s (2019: 4) model is used here.", ("Santoso", "2019")),
    ("According to WHO (2018), stunting persists in South Asia.", ("WHO", "2018")),
])
def test_english_readings_possessive_after_et_al_and_according_to_a_body(text, work):
    """An English article in a course's readings: "Santoso et al.'s (2019)" and "According to WHO (2018)" gave a year
    with no author ("Santoso’s (2019)" and "Menurut WHO (2018)" were read)."""
    assert _works(text) == [work]


@pytest.mark.parametrize("text, work", [
    ("Persediaan adalah barang yang disimpan (Djokopranoto, R, 2005).", [("Djokopranoto", "2005", None)]),
    ("Persediaan adalah barang yang disimpan (Santoso, 2019, hh. 6-7).", [("Santoso", "2019", "6-7")]),
    ("Persediaan adalah barang yang disimpan (Santoso, 2019. Wijaya, 2020).",
     [("Santoso", "2019", None), ("Wijaya", "2020", None)]),
])
def test_an_initial_without_its_stop_hh_for_pages_and_works_parted_by_a_full_stop(text, work):
    """ "(Djokopranoto, R, 2005)" gave "R" as a co-author; "hh." (halaman, pages) and two works parted by a full stop
    cited nothing."""
    assert [(c.authors[0], c.year, c.pages) for c in find_citations(text)] == work
    assert [c.authors for c in find_citations(text)][0] == (work[0][0],)


def test_an_entry_with_its_title_before_its_year_and_a_year_in_brackets(tmp_path):
    """ "Sugiyono. Metode Penelitian Pendidikan. 2013. Bandung: Alfabeta." gave the author "Sugiyono. Metode Penelitian
    Pendidikan"; "Hamalik, Oemar. [2008]. Kurikulum ..." was no entry."""
    lines = ("Sugiyono. Metode Penelitian Pendidikan. 2013. Bandung: Alfabeta.\n"
             "Arikunto, Suharsimi. Prosedur Penelitian Suatu Pendekatan Praktik. 2010. Jakarta: Rineka Cipta.\n"
             "Hamalik, Oemar. [2008]. Kurikulum dan Pembelajaran. Jakarta: Bumi Aksara.\n"
             "PT. Telkom Indonesia. 2019. Laporan Tahunan. Bandung: Telkom.")  # guard: a company, no title first
    path = tmp_path / "bab.txt"
    path.write_text(f"BAB II\n\nTeks.\n\nDAFTAR PUSTAKA\n\n{lines}\n", encoding="utf-8")
    entries = reference_entries(read_document(path, path.name, 5.0))
    assert [(r.authors[0], r.year, r.title) for r in entries] == [
        ("Sugiyono", "2013", "Metode Penelitian Pendidikan"),
        ("Arikunto", "2010", "Prosedur Penelitian Suatu Pendekatan Praktik"),
        ("Hamalik", "2008", "Kurikulum dan Pembelajaran"), ("PT. Telkom Indonesia", "2019", "Laporan Tahunan")]


@pytest.mark.parametrize("note, pages", [
    ("Mochtar Kusumaatmadja, Pengantar Hukum Internasional (Bandung: Alumni, 2003), 4.", "4"),
    ("Jean Bodin, Six Books of the Commonwealth, trans. M. J. Tooley (Oxford: Blackwell, 1955), 25-27.", "25-27"),
    ("Kusumaatmadja, Pengantar Hukum Internasional, 12.", "12"),
    ("Ibid., 15.", "15"),
    ("Budi Santoso, Judul Buku, Jakarta, 2019.", None),  # guard: the publication's year closing the note is no page
])
def test_a_chicago_notes_page_without_hlm(note, pages):
    """Chicago notes (law, international relations, theology) give the page bare after the facts: "(Bandung: Alumni,
    2003), 4." The work was cited with no page, and the chat card showed none."""
    from telusur.citations.notes import parse_note

    assert parse_note(note).pages == pages


@pytest.mark.parametrize("source", ["Observasi", "Wawancara", "Kepala Sekolah", "Guru Kelas V", "Arsip Sekolah",
                                    "Profil Sekolah", "Dokpri", "dokpri"])
def test_a_studys_own_data_where_an_author_stands_is_no_work(source):
    """A skripsi's results chapter names its own data where an author stands: "(Observasi, 2020)", "(Kepala Sekolah,
    2020)". Read as works ("Observasi (2020)", "Sekolah (2020)"), they were sources a student would cite."""
    text = ("Data diperoleh melalui observasi, wawancara dengan kepala sekolah dan guru kelas, arsip sekolah, dan "
            f"profil sekolah. Siswa aktif mengikuti kegiatan ({source}, 2020).")
    assert _works(text) == []
    assert _works("Siswa aktif mengikuti kegiatan (Santoso, 2020).") == [("Santoso", "2020")]  # guard


@pytest.mark.parametrize("text, work", [
    ("Motivasi adalah dorongan (Santoso, 2019].", ("Santoso", "2019", None)),
    ("Motivasi adalah dorongan [Santoso, 2019).", ("Santoso", "2019", None)),
    ("Motivasi adalah dorongan Santoso dkk., 2019: 12).", ("Santoso", "2019", "12")),
    ("Motivasi adalah dorongan（Santoso, 2019）.", ("Santoso", "2019", None)),
])
def test_a_citations_parenthesis_as_typed(text, work):
    """A student's typing: a parenthesis closed by a bracket, a closing one never opened, full-width parentheses
    from another keyboard. Nothing was cited."""
    assert [(c.authors[0], c.year, c.pages) for c in find_citations(text)] == [work]


@pytest.mark.parametrize("text", ["Pada bulan Mei, 2019) siswa hadir.", "Jumlah siswa (kelas VII dan Santoso, 2019) naik."])
def test_a_closing_parenthesis_after_a_date_or_inside_one_opens_nothing(text):  # guards
    assert _works(text) == []


def test_a_group_of_works_wrapped_over_lines_is_read_whole():  # guard: its last work's ")" was opened lines before
    text = ("Warganet menekan pemerintah (lihat Alodat dkk., 2023; Sharma, 2022;\nLin & Kant, 2021; Getachew & Beshah, "
            "2019), di mana tagar viral.")
    assert _works(text) == [("Alodat", "2023"), ("Sharma", "2022"), ("Lin", "2021"), ("Getachew", "2019")]


@pytest.mark.parametrize("text, label", [
    ("Santoso (2019), hlm. 12, menyatakan bahwa motivasi adalah dorongan.", "Santoso (2019: 12)"),
    ("Santoso (2019) hal. 12-13 menyatakan bahwa motivasi adalah dorongan.", "Santoso (2019: 12-13)"),
    ("Motivasi adalah dorongan (Santoso, 2019, Hal: 12).", "Santoso (2019: 12)"),
    ("Menurut Santoso (2019), hal ini penting bagi pegawai.", "Santoso (2019)"),  # guard: "hal" a thing
])
def test_a_page_after_the_parenthesis_and_hal_with_a_colon(text, label):
    """ "Santoso (2019), hlm. 12, menyatakan": the page after the parenthesis was lost; "(Santoso, 2019, Hal: 12)"
    cited nothing. A student citing the passage would cite no page."""
    assert [c.label for c in find_citations(text)] == [label]


def test_a_work_cited_by_its_titles_initials_links_to_its_entry():
    """ "Menurut KBBI (2016)" for "Badan Pengembangan dan Pembinaan Bahasa. 2016. Kamus Besar Bahasa Indonesia Edisi
    V.": the dictionary cited by its title's initials, its compilers the entry's authors; the lecturer's check
    reported it cited with no entry."""
    from telusur.citations.linking import link
    from telusur.citations.references import parse_reference

    kbbi = parse_reference("Badan Pengembangan dan Pembinaan Bahasa. 2016. Kamus Besar Bahasa Indonesia Edisi V. "
                           "Jakarta: Kemendikbud.")
    kuhp = parse_reference("Moeljatno. 2008. Kitab Undang-Undang Hukum Pidana. Jakarta: Bumi Aksara.")
    assert link(("KBBI",), "2016", False, [kbbi, kuhp])[0] is kbbi
    assert link(("KUHP",), "2008", False, [kbbi, kuhp])[0] is kuhp
    assert link(("KBBI",), "2015", False, [kbbi, kuhp])[0] is None  # guard: another year
    other = parse_reference("Santoso, B. 2016. Kamus Bisnis Baru Indonesia. Jakarta: Kencana.")
    assert link(("KBBI",), "2016", False, [kbbi, other])[0] is None  # guard: two titles fit, neither is taken


_BIB = """@book{santoso2019motivasi,
  author    = {Santoso, Budi and Wijaya, Andi},
  title     = {Motivasi Kerja Pegawai},
  publisher = {Kencana}, address = {Jakarta},
  year      = {2019}
}
@article{kotler_marketing_2016,
  author = "Philip Kotler and Kevin Lane Keller", title = {{Marketing} Management},
  journal = {Jurnal Pemasaran}, volume = {5}, number = {2}, pages = {12--20}, year = 2016
}
@misc{who2018, author = {{World Health Organization}}, title = {Reducing Stunting}, year = {2018}}
@comment{not an entry}
"""


def test_a_bibtex_bibliography_beside_a_pandoc_text_is_its_reference_list(tmp_path):
    """A pandoc course text cites by key from a .bib beside it ("bibliography: pustaka.bib"): the .bib was skipped as
    an unknown format, so the works were cited with no entry and the entries were nowhere to read. It reads as the
    list pandoc renders, and the registry links each key's work to its entry."""
    from telusur.chunking import chunk_document
    from telusur.citations import build_registry

    (tmp_path / "pustaka.bib").write_text(_BIB, encoding="utf-8")
    (tmp_path / "bab.md").write_text("# Bab II\n\nMotivasi adalah dorongan [@santoso2019motivasi, hlm. 12]. Pemasaran "
                                     "adalah proses sosial [@kotler_marketing_2016]. Stunting adalah gagal tumbuh "
                                     "[@who2018].\n", encoding="utf-8")
    bib = read_document(tmp_path / "pustaka.bib", "pustaka.bib", 5.0)
    md = read_document(tmp_path / "bab.md", "bab.md", 5.0)
    assert [(r.authors, r.year) for r in reference_entries(bib)] == [
        (("Santoso", "Wijaya"), "2019"), (("Kotler", "Keller"), "2016"), (("World Health Organization",), "2018")]
    works = build_registry([c for d in (md, bib) for c in chunk_document(d)], [md, bib])
    assert [(w.label, w.reference.authors[0] if w.reference else None) for w in works if w.cited] == [
        ("Santoso (2019)", "Santoso"), ("Kotler (2016)", "Kotler"), ("WHO (2018)", "World Health Organization")]


@pytest.mark.parametrize("text, work", [
    ("Menurut KJ Holsti (1988: 652), kerja sama adalah proses.", ("Holsti", "1988")),
    ("Menurut SL Roy (1991) diplomasi adalah seni berunding.", ("Roy", "1991")),
])
def test_initials_in_capitals_without_stops_before_a_surname(text, work):
    """ "KJ Holsti (1988)", as international-relations texts write "K.J. Holsti" without its stops: the work read
    as "KJ Holsti", a name kept whole as "Kemenkes RI" is, and no list entry "Holsti, K. J." linked to it."""
    assert _works(text) == [work]


def test_a_hospital_a_school_or_a_region_before_a_name_stays_whole():  # guards
    from telusur.citations.names import surname

    assert [surname(n) for n in ("RS Hasan Sadikin", "SD Muhammadiyah", "DKI Jakarta", "Kemenkes RI", "UN Women")] == [
        "RS Hasan Sadikin", "SD Muhammadiyah", "DKI Jakarta", "Kemenkes RI", "UN Women"]


def test_an_inline_note_cites_its_work_where_it_is_referred_to(tmp_path):
    """Pandoc's inline note "^[Lihat Budi Santoso, ... 2019), hlm. 12.]": its reference read "⁰" and its block
    "[None] ...", never paired, so the passage citing it cited nothing."""
    pieces = _pieces(tmp_path, "# Bab II\n\nMotivasi adalah dorongan dari dalam diri pegawai.^[Lihat Budi Santoso, "
                               "*Motivasi Kerja* (Jakarta: Kencana, 2019), hlm. 12.] Disiplin kerja penting.[^1]\n\n"
                               "[^1]: Andi Wijaya, *Disiplin* (Bandung: Alfabeta, 2020), hlm. 5.\n")
    text, cites = next((t, c) for t, c in pieces if t.startswith("Motivasi"))
    assert "diri pegawai.[n1] Disiplin" in text
    assert cites == [("Santoso", "2019"), ("Wijaya", "2020")]


def test_a_pandoc_key_in_a_note_cites_its_work_where_the_note_is_referred_to(tmp_path):
    """A pandoc text citing in notes, "[^1]: @wijaya2020, hlm. 5." or an inline "^[Lihat @santoso2019, hlm. 12.]":
    the note named no author a note is read for, so the passage referring to it cited nothing."""
    pieces = _pieces(tmp_path, "# Bab II\n\nMotivasi adalah dorongan dari dalam diri.^[Lihat @santoso2019, hlm. 12.] "
                               "Disiplin kerja penting bagi pegawai.[^1]\n\n[^1]: @wijaya2020, hlm. 5.\n")
    assert _piece(pieces, "Motivasi adalah") == [("Santoso", "2019"), ("Wijaya", "2020")]


@pytest.mark.parametrize("line, work", [
    ("Sumber: Santoso, B. (2019). Motivasi Kerja Pegawai. Jakarta: Kencana.", ("Santoso", "2019")),
    ("Sumber: Santoso, Budi. 2019. Motivasi Kerja Pegawai. Jakarta: Kencana.", ("Santoso", "2019")),
    ("Sumber : Kemenkes RI. (2018). Hasil Utama Riskesdas. Jakarta: Kemenkes.", ("Kemenkes RI", "2018")),
])
def test_a_source_line_giving_its_work_as_a_whole_entry(line, work):
    """Under a table or figure, "Sumber: Santoso, B. (2019). Motivasi Kerja. Jakarta: Kencana.": the line read as a
    reference-list entry, whose years cite nothing, so the table cited nothing."""
    text = "Tabel 2.1 Indikator Motivasi\n\n| No | Indikator |\n|---|---|\n| 1 | Hasrat berhasil |\n\n" + line + "\n"
    assert _works(text) == [work]


@pytest.mark.parametrize("mark, works", [
    ("[1, p. 12]", [("Kadir", "2014", "12")]),
    ("[1, hlm. 12-13]", [("Kadir", "2014", "12-13")]),
    ("[1: 12]", [("Kadir", "2014", "12")]),
    ("[1; 3]", [("Kadir", "2014", None), ("Pressman", "2010", None)]),
    ("[1, 3]", [("Kadir", "2014", None), ("Pressman", "2010", None)]),  # guard: two entries, no page
])
def test_ieee_marks_with_a_page_or_parted_by_a_semicolon(mark, works):
    """IEEE's page in the mark, "[1, p. 12]" (Indonesian theses: "[1, hlm. 12]"), and "[1; 3]" cited nothing."""
    listed = ("\n\n## Daftar Pustaka\n\n[1] A. Kadir, Pengenalan Sistem Informasi. Yogyakarta: Andi, 2014.\n"
              "[2] R. Fathansyah, Basis Data. Bandung: Informatika, 2012.\n"
              "[3] R. S. Pressman, Rekayasa Perangkat Lunak. Yogyakarta: Andi, 2010.\n")
    text = f"Sistem informasi terdiri atas komponen yang saling berhubungan {mark}." + listed
    assert [(c.authors[0], c.year, c.pages) for c in find_citations(text) if c.start < 80] == works


@pytest.mark.parametrize("text, authors", [
    ("Belajar adalah proses perubahan (Sudjana, Nana, 2010).", ("Sudjana",)),
    ("Belajar adalah proses perubahan (Arikunto, Suharsimi, 2010: 12).", ("Arikunto",)),
    ("Belajar adalah proses (Sudjana & Rivai, 2010).", ("Sudjana", "Rivai")),  # guard: joined by "&", two authors
    ("Belajar adalah proses (Santoso, Wijaya, 2010).\n\nDaftar Pustaka\n\n"  # guard: the list holds two authors
     "Santoso, B., & Wijaya, A. (2010). Belajar. Jakarta: Kencana.", ("Santoso", "Wijaya")),
])
def test_a_family_name_then_a_given_name_in_a_parenthesis_is_one_author(text, authors):
    cite = find_citations(text)[0]
    assert (cite.authors, cite.year) == (authors, "2010")
    assert cite.work_label == ("Sudjana (2010)" if authors == ("Sudjana",) else cite.work_label)


@pytest.mark.parametrize("text, work", [
    ("Menurut Statistik Indonesia (2021), jumlah penduduk naik.", ("Statistik Indonesia", "2021")),
    ("Jumlah penduduk naik (Statistik Indonesia, 2021: 45).", ("Statistik Indonesia", "2021")),
    ("Data Profil Jabar (2019) menunjukkan cakupan imunisasi naik.", ("Profil Jabar", "2019")),
    ("Laporan Santoso (2019) menunjukkan kenaikan.", ("Santoso", "2019")),  # guard: a person's report
])
def test_a_report_known_by_its_kind_and_one_word(text, work):
    """ "Statistik Indonesia (2021)", BPS's yearbook, was the work 'Indonesia (2021)': a report's title was read only
    with two words or more after its kind."""
    assert _works(text) == [work]


@pytest.mark.parametrize("text, work", [
    ("Tabel 1. Jumlah penduduk. Sumber: BPS (2020)", ("BPS", "2020")),
    ("Tabel 1. Jumlah penduduk Sumber: WHO (2018)", ("WHO", "2018")),
    ("Jumlah penduduk naik tiap tahun. Sumber: BPS (2020)", ("BPS", "2020")),
    ("Tabel 1. Jumlah penduduk. Sumber : BPS, 2020", ("BPS", "2020")),
])
def test_a_source_note_after_a_caption_on_the_same_line(text, work):
    """A reader that joins a caption and its "Sumber:" note on one line lost the note's body: a source line was one
    that opens with "Sumber:"."""
    assert _works(text) == [work]


def test_a_year_on_a_source_note_takes_no_author_from_the_sentence_before_it():  # guard
    text = "Menurut Santoso (2019) jumlah penduduk naik tiap tahun. Sumber: Data primer diolah (2020)"
    assert _works(text) == [("Santoso", "2019")]


@pytest.mark.parametrize("text, year", [
    ("Menurut Santoso (n.d), belajar itu penting.", "n.d."),
    ("Menurut Santoso (t.t), belajar itu penting.", "t.t."),
    ("Menurut Santoso (tt), belajar itu penting.", "t.t."),
    ("Menurut Santoso (tanpa tahun), belajar itu penting.", "t.t."),
    ("Menurut Santoso (s.a.), belajar itu penting.", "t.t."),
    ("Belajar itu penting (Santoso, s.a.).", "t.t."),
    ("Belajar itu penting (Santoso, nd).", "n.d."),
    ("Belajar itu penting (Santoso, tt: 12).", "t.t."),
])
def test_no_date_written_short_or_in_latin(text, year):
    """ "(n.d)" and "(tt)" were shorter than a parenthesis worth reading, "nd" and "tt" without their stops, "s.a."
    (sine anno) and a narrative "(tanpa tahun)" unknown: the work had no citation."""
    assert [(c.authors, c.year) for c in find_citations(text)] == [(("Santoso",), year)]


@pytest.mark.parametrize("text", ["Merek itu terkenal (Brand).", "Nilai itu kecil (nd).", "Ia tertawa (tt)."])
def test_short_words_in_a_parenthesis_are_no_undated_work(text):  # guards
    assert [c for c in find_citations(text) if c.authors] == []


def test_an_academic_years_span_in_text_and_as_an_entrys_bare_year(tmp_path):
    """ "2010/11" (a school year, a reprint written short) and an entry's bare "2010/2011." were no year at all."""
    assert _works("Belajar itu penting (Santoso, 2010/11).") == [("Santoso", "2010")]
    assert _works("Menurut Santoso (2010/11), belajar itu penting.") == [("Santoso", "2010")]
    assert _entries(tmp_path, "Santoso, B. 2010/2011. Motivasi Belajar. Jakarta: Kencana.") == [("Santoso", "2010")]
    assert _works("Putusan itu diumumkan (Press Release 2002/39).") == []  # guard: a number, no span of years


@pytest.mark.parametrize("text, site", [
    ("Belajar itu penting (https://www.kompas.com, 2020).", "www.kompas.com"),
    ("Belajar itu penting (http://www.bps.go.id, 2020).", "www.bps.go.id"),
    ("Belajar itu penting (kbbi.kemdikbud.go.id, 2020).", "kbbi.kemdikbud.go.id"),
    ("Belajar itu penting (https://kbbi.web.id/belajar, 2020).", "kbbi.web.id"),
    ("Belajar itu penting (https://www.kompas.com/edu/read/2020/05/12/belajar, 2020).", "www.kompas.com"),
])
def test_a_web_address_where_the_author_stands_is_its_site(text, site):
    """A site named by its address ("https://", a path, a subdomain such as "kbbi.kemdikbud.go.id") cited nothing."""
    assert [(c.authors, c.authors_text, c.year) for c in find_citations(text)] == [((site,), site, "2020")]


_CSL_FRONT_MATTER = """---
title: "Bab II: Kajian Pustaka"
lang: id-ID
reference-section-title: Referensi
references:
- id: santoso2019
  type: book
  author:
    - family: Santoso
      given: Budi
    - family: Wijaya
      given: Andi
  issued:
    date-parts:
    - [2019]
  title: Motivasi Kerja Pegawai
  publisher: Kencana
  publisher-place: Jakarta
- id: who2018
  author: [{literal: World Health Organization}]
  issued: 2018
  title: 'Reducing stunting: the WHO''s guide'
- id: kotler2016
  type: article-journal
  author:
  - {family: Kotler, given: Philip}
  issued: {date-parts: [[2016, 5, 1]]}
  title: >-
    Marketing management
    in Indonesia
  container-title: Jurnal Pemasaran
  volume: 5
  issue: 2
  page: 12-20
---

# Bab II

Motivasi adalah dorongan [@santoso2019, hlm. 12]. Stunting adalah gagal tumbuh [@who2018]. Pemasaran adalah
proses sosial [@kotler2016].
"""


def test_a_bibliography_in_the_yaml_front_matter_is_the_texts_reference_list(tmp_path):
    """pandoc's `references:` in a Markdown text's front matter (CSL YAML) was dropped with the front matter: the
    text cited works with no list. The items read as the list pandoc sets at the end, under its
    reference-section-title, and the keys link to them; the front matter's lines are never rejoined as prose."""
    from telusur.chunking import chunk_document
    from telusur.citations import build_registry

    path = tmp_path / "bab.md"
    path.write_text(_CSL_FRONT_MATTER, encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    assert doc.title == "Bab II: Kajian Pustaka"
    assert [(r.authors, r.year, r.title) for r in reference_entries(doc)] == [
        (("Santoso", "Wijaya"), "2019", "Motivasi Kerja Pegawai"),
        (("World Health Organization",), "2018", "Reducing stunting: the WHO's guide"),
        (("Kotler",), "2016", "Marketing management in Indonesia")]
    assert "Referensi" in [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"]
    works = build_registry(chunk_document(doc), [doc])
    assert [(w.label, bool(w.reference)) for w in works] == [
        ("Santoso dan Wijaya (2019)", True), ("WHO (2018)", True), ("Kotler (2016)", True)]


def test_entries_written_out_in_the_front_matter_and_under_the_texts_own_heading(tmp_path):
    path = tmp_path / "bab.md"
    path.write_text("---\ntitle: Bab 2\nbibliography: pustaka.bib\ndaftar-pustaka:\n"
                    "  - \"Sugiyono. 2015. Metode Penelitian Pendidikan. Bandung: Alfabeta.\"\n"
                    "  - Arikunto, S. (2010). Prosedur Penelitian. Jakarta: Rineka\n    Cipta.\n"
                    "---\n\n# Bab 2\n\nPopulasi adalah wilayah generalisasi (Sugiyono, 2015).\n\n# Daftar Pustaka\n",
                    encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    assert [(r.authors[0], r.year) for r in reference_entries(doc)] == [("Sugiyono", "2015"), ("Arikunto", "2010")]
    assert [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"] == ["Bab 2", "Daftar Pustaka"]
    path.write_text("---\ntitle: Bab 2\nbibliography: pustaka.bib\n---\n\nTeks.\n", encoding="utf-8")  # guard
    assert reference_entries(read_document(path, path.name, 5.0)) == []


@pytest.mark.parametrize("entry, authors, title", [
    ("[1] B. Santoso, Motivasi Belajar. Jakarta: Kencana, 2019.", ("Santoso",), "Motivasi Belajar"),
    ("[2] R. S. Pressman, Rekayasa Perangkat Lunak: Pendekatan Praktisi. Yogyakarta: Andi, 2010.", ("Pressman",),
     "Rekayasa Perangkat Lunak: Pendekatan Praktisi"),
    ("[3] A. Kadir and T. C. Triwahyuni, Pengenalan Teknologi Informasi, 2nd ed. Yogyakarta: Andi, 2013.",
     ("Kadir", "Triwahyuni"), "Pengenalan Teknologi Informasi"),
])
def test_an_ieee_book_entry_has_its_title_before_place_and_publisher(entry, authors, title):
    """An IEEE book ("B. Santoso, Motivasi Belajar. Jakarta: Kencana, 2019.") has no quotes round its title: the title
    was read as "Jakarta: Kencana"."""
    from telusur.citations import parse_reference

    ref = parse_reference(entry)
    assert (ref.authors, ref.year[:4], ref.title) == (authors, entry[-5:-1], title)


@pytest.mark.parametrize("text, pages", [
    ("Populasi adalah wilayah generalisasi (Sugiyono, 2017; h. 80).", "80"),
    ("Populasi adalah wilayah generalisasi (Sugiyono, 2017; hlm. 80-81).", "80-81"),
    ("Populasi adalah wilayah generalisasi (Sugiyono, 2017,).", None),
    ("Menurut Sugiyono (2017:80,) populasi adalah wilayah generalisasi.", "80"),
    ("Menurut Sugiyono (2017;) populasi adalah wilayah generalisasi.", None),
])
def test_a_semicolon_before_the_page_and_a_stray_comma_before_the_parenthesis_closes(text, pages):
    assert [(c.authors, c.year, c.pages) for c in find_citations(text)] == [(("Sugiyono",), "2017", pages)]


@pytest.mark.parametrize("text, work", [
    ("Piaget pada tahun 1952 mengemukakan bahwa anak belajar melalui tahap.", ("Piaget", "1952")),
    ("Santoso dan Wijaya pada tahun 2010 mendefinisikan belajar sebagai proses.", ("Santoso", "2010")),
    ("Pada tahun 1952, Piaget mengemukakan bahwa anak belajar melalui tahap.", ("Piaget", "1952")),
    ("Pada tahun 2010 Santoso dkk. berpendapat bahwa belajar itu penting.", ("Santoso", "2010")),
])
def test_an_author_and_his_year_after_pada_tahun_with_a_citing_verb(text, work):
    assert _works(text) == [work]


@pytest.mark.parametrize("text", [
    "Jakarta pada tahun 2010 mengalami banjir besar.",
    "Pada tahun 2010, Indonesia mengalami krisis.",
    "Pada tahun 2010, Microsoft merilis Windows 7.",
    "Pada tahun 2010, Bapak Santoso menjadi kepala sekolah.",
    # a statement or a discovery in history, not a theory's: only verbs of defining and holding a view count
    "Pada tahun 1945, Indonesia menyatakan kemerdekaannya.",
    "Pada tahun 2001, Amerika menyatakan perang terhadap terorisme.",
    "Soeharto pada tahun 1998 menyatakan berhenti dari jabatannya.",
    "Pada tahun 1928, Fleming menemukan penisilin.",
])
def test_a_place_or_an_event_in_a_year_is_no_work(text):  # guards
    assert _works(text) == []


def test_a_study_and_its_author_then_a_comma_and_the_year():
    assert _works("Hasil penelitian Santoso, 2010 menunjukkan bahwa belajar itu penting.") == [("Santoso", "2010")]
    assert _works("Penelitian di Jakarta, 2010 menunjukkan bahwa belajar itu penting.") == []  # guard


@pytest.mark.parametrize("text", [
    "Learning matters (see, e.g., Smith, 2010).",
    "Learning matters (for a review, see Smith, 2010).",
    "Learning matters (see also, Smith, 2010).",
    "In Smith's (2010) view, learning matters.",
])
def test_english_cues_with_commas_and_a_possessive_after_in(text):
    """ "see, e.g.," and "for a review, see" sent the reader to no work; "In Smith's (2010) view" read "in" as before
    a place ("in Jakarta (2019)")."""
    assert _works(text) == [("Smith", "2010")]


def test_in_a_place_and_its_year_is_still_no_work():  # guard
    assert _works("Banjir besar terjadi in Jakarta (2019) dan Bekasi.") == []


@pytest.mark.parametrize("text", [
    "Pengertian belajar menurut para ahli:\n1. Slameto (2010), adalah suatu proses usaha.\n"
    "2. Hamalik (2008) merupakan perubahan tingkah laku.",
    "Berikut pendapat beberapa ahli tentang belajar.\n\nSlameto (2010) adalah suatu proses usaha.\n\n"
    "Hamalik (2008), merupakan perubahan tingkah laku.",
])
def test_experts_named_under_a_lead_in_then_what_the_term_is(text):
    """ "Pengertian belajar menurut para ahli:" then "Slameto (2010), adalah ...": each item names an expert and his
    definition (the term said in the lead-in). Read as "Laravel (2011) adalah ...", a thing and its year, no work."""
    assert _works(text) == [("Slameto", "2010"), ("Hamalik", "2008")]


def test_a_thing_defined_after_its_year_with_no_experts_named_before_stays_none():  # guard
    assert _works("Teknologi web berkembang cepat.\n1. Laravel (2011) adalah framework PHP.\n"
                  "2. Facebook (2004), merupakan media sosial.") == []


def test_an_entrys_year_with_no_stop_after_it(tmp_path):
    lines = ("Santoso, Budi. 2019 Motivasi Belajar. Jakarta: Kencana.\n\n"
             "Wijaya, A. 2015 Metode Penelitian. Bandung: Alfabeta.")
    assert _entries(tmp_path, lines) == [("Santoso", "2019"), ("Wijaya", "2015")]


@pytest.mark.parametrize("text, work", [
    ("APJII (2019) mencatat pengguna internet naik.", [("APJII", "2019")]),
    ("Kemudian APJII (2019) melaporkan pengguna internet naik.", [("APJII", "2019")]),
    ("UUD (1945) menyatakan bahwa negara melindungi warganya.", []),  # guards: a law, a curriculum
    ("KTSP (2006) menekankan kompetensi siswa.", []),
])
def test_an_acronym_that_records_or_reports_figures_is_a_body(text, work):
    """ "APJII (2019) mencatat ...": a body not in the known list, and not spelt out in the text, reporting figures;
    only known bodies ("BPS (2020) mencatat") were authors."""
    assert _works(text) == work


def test_idem_in_a_note_is_the_work_of_the_note_before():
    """ "Id., hlm. 15." (idem, as legal writing shortens it) cited nothing, and "Loc. cit." after it nothing either."""
    from telusur.citations.notes import resolve

    notes = ["Andi Hamzah, Asas-Asas Hukum Pidana, (Jakarta: Rineka Cipta, 2008), hlm. 12.", "Id., hlm. 15.",
             "Idem, hlm. 16.", "Loc. cit.", "Idris Sardi, Hukum Adat, (Jakarta: Kencana, 2010), hlm. 3."]
    assert [(c.authors, c.year, c.pages) for c in resolve(notes)] == [
        (("Hamzah",), "2008", "12"), (("Hamzah",), "2008", "15"), (("Hamzah",), "2008", "16"),
        (("Hamzah",), "2008", "16"), (("Sardi",), "2010", "3")]


@pytest.mark.parametrize("yaml_text", ["references:\n  - {family: [}\n", "references: [\n", "references:\n-\n- \n",
                                       "references:\n  -   - nested\n", ": x\n", "a: 'x\n"])
def test_a_front_matter_this_reader_does_not_know_gives_no_entries_and_no_error(yaml_text):
    """Brackets that do not pair ("{family: [}") looped for ever; anything else odd is skipped, never an error."""
    from telusur.documents.front_matter import front_matter_entries

    assert front_matter_entries(yaml_text) == []


@pytest.mark.parametrize("text, work", [
    ("Tabel 2.1 Jumlah penduduk. Sumber data: BPS (2020)", ("BPS", "2020")),
    ("Tabel 2.1 Jumlah penduduk. Sumber Data : BPS, 2020", ("BPS", "2020")),
    ("Tabel 2.1 Jumlah penduduk. Diolah dari BPS (2020)", ("BPS", "2020")),
    ("Gambar 2.1 Kerangka. Dimodifikasi dari: WHO (2018)", ("WHO", "2018")),
])
def test_a_source_note_naming_what_it_gives_or_how_it_was_adapted(text, work):
    assert _works(text) == [work]


@pytest.mark.parametrize("text, work", [
    ("Motivasi adalah dorongan (U.S. Department of Education, 2019).", ("U.S. Department of Education", "2019")),
    ("Menurut U.S. Department of Education (2019) motivasi adalah dorongan.",
     ("U.S. Department of Education", "2019")),
])
def test_an_organisation_named_after_its_countrys_initials(text, work):
    """ "U.S." before "Department of Education": initials inside an organisation's name (nothing was found)."""
    assert _works(text) == [work]


@pytest.mark.parametrize("text, work", [
    ("Menurut Notoatmodjo S (2010) kesehatan adalah keadaan sejahtera.", ("Notoatmodjo", "2010")),
    ("Menurut Nasution S (2009) kurikulum adalah rencana.", ("Nasution", "2009")),
    ("Kurikulum adalah rencana (Rahman A, 2019).", ("Rahman", "2019")),
])
def test_a_surname_with_a_bare_initial(text, work):
    """Vancouver's "Surname I" without a full stop, as Indonesian health texts write it: the narrative form found no
    author, and "(Rahman A, 2019)" read the initial as the word "a" (no work)."""
    assert _works(text) == [work]


@pytest.mark.parametrize("text", [
    "Kekurangan Vitamin D (2018) menjadi masalah gizi.",
    "Penelitian tentang Hepatitis B (2019) menunjukkan peningkatan.",
    "Menurut Sri Endang R (2010) motivasi adalah dorongan.",
])
def test_a_known_word_or_given_names_with_a_bare_initial_is_no_author(text):
    assert _works(text) == []


@pytest.mark.parametrize("text, works", [
    ("Kotler, P. & Keller, K. L. (2016) menyatakan pemasaran adalah proses.", [("Kotler", "2016")]),
    ("Menurut Kotler, P., & Keller, K. L. (2016) pemasaran adalah proses.", [("Kotler", "2016")]),
    ("Santoso, B., Wijaya, D., dan Sari, R. (2019) menyatakan motivasi adalah dorongan.", [("Santoso", "2019")]),
])
def test_narrative_authors_written_surname_comma_initials(text, works):
    """APA's reference-list form in running text, two or three people: no author was found (one person was read)."""
    assert _works(text) == works


@pytest.mark.parametrize("text", [
    "Kurikulum adalah rencana (Nurhayati S.Pd., 2013).",
    "Kurikulum adalah rencana (Nurhayati M.Pd, 2013).",
    "Kurikulum adalah rencana (Nurhayati S.Pd. M.Pd., 2013).",
])
def test_a_degree_after_the_name_without_a_comma(text):
    """The degree was read as the surname ("Pd")."""
    assert _works(text) == [("Nurhayati", "2013")]


@pytest.mark.parametrize("text, works", [
    ("Menurut Arikunto Suharsimi (2010) penelitian adalah proses. Penelitian juga sistematis (Arikunto, 2010).",
     [("Arikunto", "2010"), ("Arikunto", "2010")]),
    ("Belajar adalah usaha (Syah Muhibbin, 2010). Menurut Syah (2010: 5) belajar itu perubahan.",
     [("Syah", "2010"), ("Syah", "2010")]),
])
def test_a_name_written_family_name_first_that_the_text_cites_alone_elsewhere(text, works):
    """With no list to tell, "(Syah Muhibbin, 2010)" was Muhibbin's work though the text cites "Syah (2010)"."""
    assert _works(text) == works


@pytest.mark.parametrize("text, works", [
    ("Belajar adalah usaha (Santoso Budi, 2019).", [("Budi", "2019")]),
    ("Menurut Ahmad Susanto (2013) belajar adalah usaha. Menurut Susanto (2013) belajar itu proses.",
     [("Susanto", "2013"), ("Susanto", "2013")]),
])
def test_a_two_word_name_with_nothing_cited_alone_keeps_its_last_word(text, works):
    assert _works(text) == works


@pytest.mark.parametrize("text, work", [
    ("Dalam bukunya Psikologi Pendidikan, Syah (2010) menyatakan belajar adalah usaha.", ("Syah", "2010")),
    ("Dalam buku Belajar dan Faktor-Faktor yang Mempengaruhinya, Slameto (2010) menyatakan belajar adalah usaha.",
     ("Slameto", "2010")),
])
def test_a_books_title_before_a_comma_then_its_author(text, work):
    """The title's words were read as names: no author ("Psikologi Pendidikan" opens a title), or the title's last
    word as the first author ("Mempengaruhinya")."""
    assert _works(text) == [work]


def test_authors_parted_by_commas_stay_authors():
    assert _works("Santoso, Wijaya, dan Rahman (2019) menyatakan motivasi adalah dorongan.") == [("Santoso", "2019")]


@pytest.mark.parametrize("text", [
    "Menurut A.S, Rosa dan M. Shalahuddin (2013) UML adalah bahasa pemodelan.",
    "UML adalah bahasa pemodelan (A.S, Rosa dan M. Shalahuddin, 2013).",
])
def test_initials_written_before_the_name_they_belong_to(text):
    """ "A.S, Rosa" (Rosa A.S. as a reference list inverts her): the initials were read as the first author."""
    assert [(c.authors, c.year) for c in find_citations(text)] == [(("Rosa", "Shalahuddin"), "2013")]


@pytest.mark.parametrize("text", [
    "Dalam buku berjudul Sistem Akuntansi, Mulyadi (2016:129) menyatakan persediaan adalah aset.",
    "Dalam bukunya yang berjudul Sistem Akuntansi, Mulyadi (2016:129) menyatakan persediaan adalah aset.",
])
def test_a_title_after_berjudul_then_a_comma_and_its_author(text):
    assert _works(text) == [("Mulyadi", "2016")]


@pytest.mark.parametrize("text", [
    "UML adalah bahasa pemodelan (A.S., 2019).",
    "Buku berjudul Rekayasa Perangkat Lunak (2013) menjelaskan UML.",
])
def test_initials_alone_and_a_title_alone_stay_as_they_were(text):
    assert _works(text) == ([("A.S", "2019")] if "A.S." in text else [])


@pytest.mark.parametrize("text, work", [
    # a standard's or a manual's pages numbered by section: PSAK's "14.2", a chapter's "3.4-3.5", "II-3"
    ("Persediaan adalah aset (Ikatan Akuntan Indonesia, 2015:14.2) yang tersedia untuk dijual.",
     ("Ikatan Akuntan Indonesia", "2015")),
    ("Persediaan adalah aset yang tersedia untuk dijual (Santoso, 2015: 3.4-3.5).", ("Santoso", "2015")),
    ("Persediaan adalah aset yang tersedia untuk dijual (Santoso, 2015, hlm. II-3).", ("Santoso", "2015")),
    ("Menurut IAI (2015:14.2) persediaan adalah aset yang tersedia untuk dijual.", ("IAI", "2015")),
])
def test_pages_numbered_by_section(text, work):
    assert _works(text) == [work]


@pytest.mark.parametrize("text, work", [
    # a body's name spelt out, its acronym in parentheses, then the year: the body whole is the author
    ("Menurut Direktorat Jenderal Pajak (DJP) (2019) pajak adalah kontribusi wajib kepada negara.",
     ("Direktorat Jenderal Pajak", "2019")),
    ("Menurut Komisi Pemberantasan Korupsi (KPK) (2019) korupsi merugikan keuangan negara.",
     ("Komisi Pemberantasan Korupsi", "2019")),
    ("Menurut Institute of Internal Auditors (IIA) (2017) audit internal adalah kegiatan independen.",
     ("Institute of Internal Auditors", "2017")),
    ("Menurut Food and Agriculture Organization (FAO) (2019) ketahanan pangan adalah kondisi terpenuhinya pangan.",
     ("Food and Agriculture Organization", "2019")),
    ("Menurut Kamus Besar Bahasa Indonesia (KBBI) (2016), penggantian adalah proses mengganti.",
     ("Kamus Besar Bahasa Indonesia", "2016")),
    ("Menurut Badan Pusat Statistik (BPS) (2020) jumlah penduduk miskin menurun.", ("Badan Pusat Statistik", "2020")),
])
def test_a_body_spelt_out_with_its_acronym_in_parentheses_before_the_year(text, work):
    assert _works(text) == [work]


@pytest.mark.parametrize("text, work", [
    # a body whose name holds "and" is one author, not two: its kind ends it or opens it before "of"/"for"
    ("Ketahanan pangan adalah kondisi terpenuhinya pangan (Food and Agriculture Organization, 2019).",
     ("Food and Agriculture Organization", "2019")),
    ("Literasi adalah kemampuan memahami teks (Organisation for Economic Co-operation and Development, 2019).",
     ("Organisation for Economic Co-operation and Development", "2019")),
    ("Literasi adalah kemampuan memahami teks (Organisation for Economic Co-operation and Development [OECD], 2019).",
     ("Organisation for Economic Co-operation and Development", "2019")),
    ("Obesitas meningkatkan risiko diabetes (Department of Health and Human Services, 2018).",
     ("Department of Health and Human Services", "2018")),
])
def test_a_body_whose_name_holds_and_in_a_parenthesis(text, work):
    assert _works(text) == [work]


@pytest.mark.parametrize("text, works", [
    ("Motivasi adalah dorongan (Santoso and Wijaya, 2019).", [("Santoso", "2019")]),
    ("Inflasi terkendali (Bank Indonesia dan Otoritas Jasa Keuangan, 2020).", [("Bank Indonesia", "2020")]),
])
def test_two_authors_joined_by_and_stay_two(text, works):
    cites = find_citations(text)
    assert [(c.authors[0], c.year) for c in cites] == works and len(cites[0].authors) == 2


def _authors(text: str) -> list[tuple[str, ...]]:
    return [c.authors for c in find_citations(text)]


@pytest.mark.parametrize("text, authors", [
    # a family name, a comma, then the given names with initials, as the list writes it: one author
    ("Kinerja adalah hasil kerja pegawai (Mangkunegara, A.A. Anwar Prabu, 2017).", [("Mangkunegara",)]),
    ("Manajemen adalah seni (Siagian, Sondang P., 2010).", [("Siagian",)]),
    ("Manajemen adalah ilmu dan seni (Hasibuan, Malayu S.P., 2016).", [("Hasibuan",)]),
    ("Menurut Robbins, Stephen P. (2015) perilaku organisasi adalah bidang studi.", [("Robbins",)]),
    ("Menurut Hidayat, A. Aziz Alimul (2009) dokumentasi adalah catatan.", [("Hidayat",)]),
    ("Perilaku adalah tindakan (Robbins, Stephen P. & Judge, Timothy A., 2015).", [("Robbins", "Judge")]),
    ("Menurut Potter, P.A & Perry, A.G (2005) dokumentasi keperawatan adalah catatan.", [("Potter", "Perry")]),
])
def test_a_family_name_then_given_names_with_initials_is_one_author(text, authors):
    assert _authors(text) == authors


@pytest.mark.parametrize("text, authors", [
    ("Motivasi adalah dorongan (Santoso, Wijaya, & Rahman, 2019).", [("Santoso", "Wijaya", "Rahman")]),
    ("Menurut Santoso, B., Wijaya, D., dan Sari, R. (2019) motivasi adalah dorongan.", [("Santoso", "Wijaya", "Sari")]),
    ("Motivasi adalah dorongan (Santoso dan A. Wijaya, 2019).", [("Santoso", "Wijaya")]),
])
def test_authors_parted_by_commas_stay_apart(text, authors):
    assert _authors(text) == authors


@pytest.mark.parametrize("text, first", [
    # family name first, then the given name and its initial, no comma: the list (or the text citing the family name
    # alone) tells which word is the surname
    ("Menurut Robbins Stephen P. (2015) perilaku organisasi adalah bidang studi.\n\nDAFTAR PUSTAKA\n\n"
     "Robbins, Stephen P. 2015. Perilaku Organisasi. Jakarta: Salemba Empat.", "Robbins"),
    ("Perilaku organisasi adalah bidang studi (Robbins, 2015). Menurut Robbins Stephen P. (2015) perilaku "
     "individu dipengaruhi kepribadian.", "Robbins"),
    ("Menurut Eko Susilo M. (1995:11) karya ilmiah adalah laporan tertulis.", "Susilo"),
])
def test_a_name_written_family_name_first_with_a_trailing_initial(text, first):
    assert {c.authors[0] for c in find_citations(text) if c.authors} == {first}


def test_authors_with_initials_first_parted_by_commas_stay_apart():
    assert _authors("Menurut Santoso, B. Wijaya, dan C. Rahman (2019) motivasi adalah dorongan.") \
        == [("Santoso", "Wijaya", "Rahman")]


@pytest.mark.parametrize("text, authors", [
    # "dan"/"and" glued to the second author's name, as a PDF's text layer or a hurried typist leaves it
    ("Kedua pleura ini bersatu pada hilus paru (Price danWilson, 2006).", [("Price", "Wilson")]),
    ("Kedua pleura ini bersatu pada hilus paru (Price andWilson, 2006).", [("Price", "Wilson")]),
])
def test_dan_glued_to_the_second_authors_name(text, authors):
    assert _authors(text) == authors


def test_a_name_opening_with_dan_stays_a_name():
    assert _authors("Menurut Danuri (2006) pleura membungkus paru.") == [("Danuri",)]
    assert _authors("Kedua pleura ini bersatu (Santoso dan Danuri, 2006).") == [("Santoso", "Danuri")]


@pytest.mark.parametrize("text, work", [
    # a body named by its acronym after "menurut", its year at the sentence's end: the body's work
    ("Menurut WHO, stunting adalah gangguan pertumbuhan anak akibat kekurangan gizi kronis (2018).", ("WHO", "2018")),
    ("Menurut BPS jumlah penduduk miskin turun menjadi sembilan persen (2020: 12).", ("BPS", "2020")),
    ("Pengendalian intern menurut COSO terdiri dari lima komponen yang saling berkaitan (2013:4).", ("COSO", "2013")),
    ("Menurut OJK, literasi keuangan adalah pengetahuan dan keyakinan tentang lembaga keuangan (2017).\n\n"
     "Otoritas Jasa Keuangan (OJK) mengawasi sektor jasa keuangan.", ("OJK", "2017")),
])
def test_a_body_by_its_acronym_after_menurut_with_its_year_at_the_end(text, work):
    assert _works(text) == [work]


@pytest.mark.parametrize("text", [
    "Menurut UUD kedaulatan berada di tangan rakyat (1945).",
    "Menurut KTSP guru menyusun silabus sendiri (2006).",
])
def test_a_terms_acronym_after_menurut_is_no_author(text):
    assert _works(text) == []


# A body named before its year in running text, in a text that writes its name's words small too ("kesehatan",
# "pendidikan", "jasa keuangan"): the body whole, not no author (bench/citations-fresh-kinds.jsonl, two documents).
_ABOUT_THE_FIELD = ("\nStatus kesehatan anak, mutu pendidikan dasar, lembaga jasa keuangan, simpanan nasabah dan "
                    "pemberantasan korupsi dipantau setiap tahun.")


@pytest.mark.parametrize("text, work", [
    ("Kementerian Kesehatan (2018) melaporkan prevalensi stunting.", ("Kementerian Kesehatan", "2018")),
    ("Menurut Kementerian Kesehatan (2018) prevalensi stunting naik.", ("Kementerian Kesehatan", "2018")),
    ("Departemen Pendidikan Nasional (2008:45) menjelaskan hasil belajar.", ("Departemen Pendidikan Nasional", "2008")),
    ("Otoritas Jasa Keuangan (2017) mewajibkan lembaga patuh.", ("Otoritas Jasa Keuangan", "2017")),
    ("Menurut Otoritas Jasa Keuangan (2017) lembaga wajib patuh.", ("Otoritas Jasa Keuangan", "2017")),
    ("Lembaga Penjamin Simpanan (2020) menjamin simpanan nasabah.", ("Lembaga Penjamin Simpanan", "2020")),
    ("Komisi Pemberantasan Korupsi (2019) mencatat kasus.", ("Komisi Pemberantasan Korupsi", "2019")),
])
def test_a_body_whose_names_words_the_text_writes_small(text, work):
    assert _works(text + _ABOUT_THE_FIELD) == [work]


@pytest.mark.parametrize("text", [
    "Bank Rakyat Indonesia (1895) merupakan bank tertua di Indonesia.",  # its own year: the thing, no citation
    "Badan Usaha Milik Negara (2019) adalah badan usaha yang modalnya dimiliki negara.",
    "Hasil belajar siswa naik pada tahun 2019 (Tabel 4.2).",
])
def test_a_body_or_thing_with_its_own_year_stays_no_work(text):
    assert _works(text + _ABOUT_THE_FIELD) == []


# A body whose English name joins its words with several small words, in a parenthesis (real theses and reports cite
# COSO and the Brundtland commission so; bench/citations-fresh-kinds.jsonl): the body whole. Before, COSO's name
# (eight words) read nothing and the others were cut at "and" into two authors or at "Food".
@pytest.mark.parametrize("text, work", [
    ("Pengendalian intern dirancang untuk memberi keyakinan memadai (Committee of Sponsoring Organizations of the "
     "Treadway Commission, 2013).", ("Committee of Sponsoring Organizations of the Treadway Commission", "2013")),
    ("Pembangunan berkelanjutan memenuhi kebutuhan masa kini (World Commission on Environment and Development, 1987).",
     ("World Commission on Environment and Development", "1987")),
    ("Ketahanan pangan menurun di banyak negara (Food and Agriculture Organization of the United Nations, 2019).",
     ("Food and Agriculture Organization of the United Nations", "2019")),
    ("Menurut World Commission on Environment and Development (1987), pembangunan harus berkelanjutan.",
     ("World Commission on Environment and Development", "1987")),
    # a committee's, joining its fields with "and" (the BIS committee texts on payment systems cite)
    ("Kliring harus selesai pada hari yang sama (Committee on Payment and Settlement Systems, 2003).",
     ("Committee on Payment and Settlement Systems", "2003")),
])
def test_a_body_whose_english_name_holds_several_small_words(text, work):
    assert _works(text) == [work]


@pytest.mark.parametrize("text, works", [
    ("Motivasi itu penting (Smith and Jones, 2010).", [("Smith", "2010")]),
    ("Motivasi itu penting (Santoso dan Wijaya, 2010).", [("Santoso", "2010")]),
    ("Kurikulum disusun ulang (Department of Education, 2019).", [("Department of Education", "2019")]),
])
def test_people_joined_by_and_stay_people_beside_bodies(text, works):
    assert _works(text) == works


@pytest.mark.parametrize("text", [
    "Hamalik dalam dalam Rusman (2014:132) mengemukakan bahwa pembelajaran adalah kombinasi unsur manusiawi.",
    "Menurut Hamalik dalam dalam Rusman (2014:132) pembelajaran adalah kombinasi unsur manusiawi.",
])
def test_a_doubled_dalam_still_names_the_person_quoted(text):
    """'dalam dalam' (more/SOURCES.md "Hard cases"; bench/citations-fresh-kinds.jsonl): the work read is Rusman's
    either way; the person quoted before the doubled word was lost (a parenthesis read him already)."""
    [cite] = find_citations(text)
    assert (cite.authors[0], cite.via) == ("Rusman", "Hamalik")


@pytest.mark.parametrize("text, work", [
    ("Menurut laporan United Nations Development Programme (UNDP, 2018), indeks pembangunan manusia naik.",
     ("United Nations Development Programme", "2018")),
    ("Menurut Badan Meteorologi Klimatologi dan Geofisika (BMKG, 2021) curah hujan meningkat.",
     ("Badan Meteorologi Klimatologi dan Geofisika", "2021")),
    ("Data Kementerian Kelautan dan Perikanan (KKP, 2020) menunjukkan produksi ikan naik.",
     ("Kementerian Kelautan dan Perikanan", "2020")),
    ("Menurut Kementerian Perhubungan (Kemenhub, 2019) jumlah kendaraan terus bertambah.",
     ("Kementerian Perhubungan", "2019")),
    # the short form takes no piece of "dan" ("Kemdikbud", the ministry's own short form of 2012-2014)
    ("Menurut Kementerian Pendidikan dan Kebudayaan (Kemdikbud, 2013) kurikulum berubah.",
     ("Kementerian Pendidikan dan Kebudayaan", "2013")),
])
def test_a_body_spelt_out_then_cited_by_its_acronym_and_year_in_parentheses(text, work):
    """APA 7's first citation of a body ("World Health Organization (WHO, 2019)"; bench/citations-fresh-kinds.jsonl):
    the body spelt out, as "(KPK) (2019)" and "[WHO], 2018" give it, not the acronym with the name as the person
    quoted."""
    [cite] = find_citations(text)
    assert ((cite.authors[0], cite.year), cite.via) == (work, None)


@pytest.mark.parametrize("text, work, via", [
    ("Angka kelahiran turun (BKKBN, 2019).", ("BKKBN", "2019"), None),
    ("Menurut Maslow (Robbins, 2015) kebutuhan manusia bertingkat.", ("Robbins", "2015"), "Maslow"),
    ("Menurut Budi Prasetyo Santoso (BPS, 2020) kemiskinan turun.", ("BPS", "2020"), "Budi Prasetyo Santoso"),
    ("Prevalensi stunting turun menurut hasil Riskesdas (Kemenkes, 2018).", ("Kemenkes", "2018"), None),
])
def test_an_acronym_alone_or_a_person_before_a_parenthesis_reads_as_before(text, work, via):
    cite = find_citations(text)[0]
    assert ((cite.authors[0], cite.year), cite.via) == (work, via)


@pytest.mark.parametrize("text, first", [
    ("Menurut Turban, Jr. dan Volonino (2010) sistem informasi adalah sistem.", "Turban"),
    ("Menurut Efraim Turban, Jr. dan Linda Volonino (2010) sistem informasi adalah sistem.", "Turban"),
    ("Sistem informasi adalah sistem (Turban, Jr. & Volonino, 2010).", "Turban"),
    ("Menurut Turban Jr dan Volonino (2010) sistem informasi adalah sistem.", "Turban"),  # the suffix without its stop
    ("Menurut Efraim Turban, Sr. dan Linda Volonino (2010) sistem informasi adalah sistem.", "Turban"),
    ("Sistem informasi adalah sistem (Turban Sr & Volonino, 2010).", "Turban"),
])
def test_a_first_authors_suffix_before_a_second_author(text, first):
    """"Raymond McLeod, Jr. dan George P. Schell" (bench/citations-fresh-kinds.jsonl): the suffix's stop ended the
    name group, so the second author was read as the first."""
    [cite] = find_citations(text)
    assert (cite.authors[0], cite.year) == (first, "2010")


# A profession's association named before its year, in a text writing its name's words small ("anak", "ahli gizi"):
# the body whole, as a ministry is (bench/citations-fresh-forms.jsonl, a Markdown and a DOCX chapter). Before, the
# year had no author, or the author named before it ("2. Menurut Proverawati ... (2009)" over "2. Menurut Persatuan
# Ahli Gizi Indonesia (2018)" read Proverawati 2018).
_ABOUT_CHILDREN = "\nKesehatan anak dipantau ahli gizi di posyandu, dan dokter anak menangani diare pada anak."


@pytest.mark.parametrize("text, work", [
    ("Ikatan Dokter Anak Indonesia (2016) menganjurkan zinc.", ("Ikatan Dokter Anak Indonesia", "2016")),
    ("Menurut Ikatan Dokter Anak Indonesia (2016) zinc mempercepat sembuh.", ("Ikatan Dokter Anak Indonesia", "2016")),
    ("Persatuan Ahli Gizi Indonesia (2018) menganjurkan konseling.", ("Persatuan Ahli Gizi Indonesia", "2018")),
    ("Perhimpunan Dokter Paru Indonesia (2003) menyusun pedoman.", ("Perhimpunan Dokter Paru Indonesia", "2003")),
])
def test_an_association_whose_names_words_the_text_writes_small(text, work):
    assert _works(text + _ABOUT_CHILDREN) == [work]


# A survey's name or an office's holder run on before the body ("Riskesdas Kementerian Kesehatan (2018)", "Kepala
# Dinas Kesehatan (2019)"): the body, whether or not the text writes its words small, as its reference entry names it
# (bench/citations-fresh-forms.jsonl, a DOCX and a Markdown chapter).
@pytest.mark.parametrize("text, work", [
    ("Hasil Riskesdas Kementerian Kesehatan (2018) menunjukkan prevalensi balita pendek.",
     ("Kementerian Kesehatan", "2018")),
    ("Menurut Kepala Dinas Kesehatan (2019) cakupan imunisasi naik.", ("Dinas Kesehatan", "2019")),
])
def test_a_survey_or_office_before_the_body_is_the_bodys(text, work):
    assert _works(text) == [work]
    assert _works(text + _ABOUT_THE_FIELD) == [work]


# A body cited without its country that the reference list writes with it ("Kementerian Kesehatan (2018)" for
# "Kementerian Kesehatan RI. (2018)"): the body whole. Before, the list's entry made its first word the "surname",
# "Kementerian" (bench/citations-fresh-forms.jsonl, the Markdown chapter and the DOCX one).
@pytest.mark.parametrize("entry", [
    "Kementerian Kesehatan RI. (2013). Riset Kesehatan Dasar. Jakarta: Badan Litbangkes.",
    "1. Kementerian Kesehatan RI. 2013. Riset Kesehatan Dasar. Jakarta: Badan Litbangkes.",
    "Kementerian Kesehatan Republik Indonesia. (2013). Riset Kesehatan Dasar. Jakarta: Badan Litbangkes.",
])
def test_a_body_cited_without_the_country_its_list_entry_names(entry):
    text = ("## Penyakit\n\nKementerian Kesehatan (2013) mencatat bahwa infeksi paling banyak diderita anak.\n\n"
            f"## DAFTAR PUSTAKA\n\n{entry}\n")
    assert _works(text) == [("Kementerian Kesehatan", "2013")]
    work = _one_work(text)
    assert work.reference is not None and work.reference.title.startswith("Riset Kesehatan Dasar")


# A body spelt out, then its short form and year in parentheses (APA 7's first citation), in the forms fresh gold 5's
# two further documents hold (bench/citations-fresh-forms.jsonl): a short form with "RI", of two words, with a region,
# of 17 letters, and a ministry's name holding commas. Before, the short form was the author, cut to a "surname" at
# times ("Pajak", "Kemenkop"), and the body the person quoted, or "Kementerian Pendidikan" cut at the comma.
@pytest.mark.parametrize("text, work", [
    ("Menurut Kementerian Kesehatan Republik Indonesia (Kemenkes RI, 2018) anemia ibu hamil naik.",
     ("Kementerian Kesehatan Republik Indonesia", "2018")),
    ("Badan Pusat Statistik (BPS RI, 2020) mencatat kontribusi UMKM naik.", ("Badan Pusat Statistik", "2020")),
    ("Menurut Direktorat Jenderal Pajak (Ditjen Pajak, 2019) tarif final turun.", ("Direktorat Jenderal Pajak", "2019")),
    ("Jumlah UMKM naik menurut Kementerian Koperasi dan Usaha Kecil dan Menengah (Kemenkop UKM, 2021).",
     ("Kementerian Koperasi dan Usaha Kecil dan Menengah", "2021")),
    ("Dinas Kesehatan Provinsi Jawa Tengah (Dinkes Jateng, 2020) mencatat kematian ibu turun.",
     ("Dinas Kesehatan Provinsi Jawa Tengah", "2020")),
    ("Badan Pusat Statistik Provinsi Jawa Tengah (BPS Jateng, 2021) melaporkan persalinan naik.",
     ("Badan Pusat Statistik Provinsi Jawa Tengah", "2021")),
    ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi (Kemendikbudristek, 2022) mendorong SMK.",
     ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", "2022")),
])
def test_a_body_spelt_out_then_its_short_form_of_any_shape(text, work):
    assert _works(text) == [work]
    listed = (f"{text}\n\n## DAFTAR PUSTAKA\n\n{work[0]}. ({work[1]}). Laporan Tahunan. Jakarta: Penerbit.\n")
    assert _works(listed) == [work]


@pytest.mark.parametrize("listed", ["", "\n\n## DAFTAR PUSTAKA\n\nDirektorat Jenderal Pajak. (2019). Panduan Pajak UMKM. "
                                    "Jakarta: DJP.\n\nDirektorat Jenderal Pajak. (2020). Laporan Tahunan. Jakarta: DJP.\n"])
def test_a_short_form_the_text_gave_a_body_is_that_body_alone(listed):
    text = ("Menurut Direktorat Jenderal Pajak (Ditjen Pajak, 2019) tarif final turun. Kepatuhan wajib pajak masih "
            "rendah (Ditjen Pajak, 2020)." + listed)
    assert _works(text) == [("Direktorat Jenderal Pajak", "2019"), ("Ditjen Pajak", "2020")]


# Fresh gold 6 (bench/citations-fresh-styles.jsonl, invented Markdown, text and HTML chapters written before telusur ran
# on them): the kinds its first score missed.

# "Ibid." and "op. cit." in author-date text, with no year: the work cited just before, or the named author's work
# cited before. Before, neither was read ("(Antonio, op. cit., hlm. 103)" left its passage citing nothing).
_SYARIAH = "Bank syariah tidak memungut bunga (Antonio, 2001, hlm. 50). Akadnya beragam (Karim, 2010). "


@pytest.mark.parametrize("text, work", [
    ("Larangan riba menjadi pembeda utama (Ibid., hlm. 52).", ("Karim", "2010", "52")),
    ("Larangan riba menjadi pembeda utama (Ibid.).", ("Karim", "2010", None)),
    ("Larangan riba menjadi pembeda utama (ibid: 4).", ("Karim", "2010", "4")),
    ("Larangan riba menjadi pembeda utama (op. cit., h. 7-9).", ("Karim", "2010", "7-9")),
    ("Bank dapat mewakilkan pembelian (Antonio, op. cit., hlm. 103).", ("Antonio", "2001", "103")),
    ("Bank dapat mewakilkan pembelian (Antonio, loc. cit.).", ("Antonio", "2001", None)),
])
def test_ibid_and_op_cit_without_a_year_in_author_date_text(text, work):
    [*_, cite] = find_citations(_SYARIAH + text)
    assert cite.start == len(_SYARIAH) + text.index("(")  # the back reference itself
    assert (cite.authors[0], cite.year, cite.pages) == work


@pytest.mark.parametrize("text", [
    "Bank dapat mewakilkan pembelian (Sudarsono, op. cit., hlm. 5).",  # no work of his cited before
    "(Ibid., hlm. 52) menjadi rujukan.",  # nothing cited before it
])
def test_a_back_reference_with_nothing_to_refer_to_cites_nothing(text):
    assert find_citations(text) == []


# APA 7's acronym in square brackets between a body spelt out and its year, in a text writing the name's words small
# ("pendidikan", "korupsi"): the body whole, as "Komisi Pemberantasan Korupsi (KPK) (2019)" gives it. Before,
# "Badan Standar Nasional" (the registry then "Badan", a non-work).
@pytest.mark.parametrize("text, work", [
    ("Standar isi disusun oleh Badan Standar Nasional Pendidikan [BSNP] (2006).",
     ("Badan Standar Nasional Pendidikan", "2006")),
    ("Komisi Pemberantasan Korupsi [KPK] (2019) mencatat kerugian negara naik.",
     ("Komisi Pemberantasan Korupsi", "2019")),
])
def test_a_body_spelt_out_before_its_acronym_in_square_brackets(text, work):
    assert _works(text + _ABOUT_THE_FIELD) == [work]


# A body spelt out before a hyphenated short form and its year ("(DSN-MUI, 2000)"): the body whole. Before, "DSN-MUI",
# and the body was read as no work (a non-work "DSN-MUI (2000)" beside a fatwa numbered ".../2000").
def test_a_body_spelt_out_before_its_hyphenated_short_form():
    text = ("Dewan Syariah Nasional Majelis Ulama Indonesia (DSN-MUI, 2000) mendefinisikan murabahah sebagai jual "
            "beli. Ketentuan ini ditetapkan dalam Fatwa DSN-MUI No. 04/DSN-MUI/IV/2000 tentang Murabahah.")
    assert _works(text) == [("Dewan Syariah Nasional Majelis Ulama Indonesia", "2000")]


# A hospital or health centre as author ("RSUD Dr. Moewardi", "Puskesmas Kedungmundu"): the body whole. Before, a
# hospital named after a doctor ("Dr.") cited nothing, and a health centre was cut to its place ("Kedungmundu").
@pytest.mark.parametrize("text, work", [
    ("Hipertensi termasuk sepuluh penyakit terbanyak (RSUD Dr. Moewardi, 2020).", ("RSUD Dr. Moewardi", "2020")),
    ("Pasien rawat inap naik (RSUP Dr. Kariadi, 2019).", ("RSUP Dr. Kariadi", "2019")),
    ("Pasien rawat inap naik (RS Dr. Sardjito, 2018).", ("RS Dr. Sardjito", "2018")),
    ("Pasien rawat inap naik (RSU Dr. Soetomo, 2017).", ("RSU Dr. Soetomo", "2017")),
    ("Data Puskesmas Kedungmundu (2021) mencatat 1.245 kunjungan.", ("Puskesmas Kedungmundu", "2021")),
    ("Menurut Puskesmas Bahu (2019) cakupan imunisasi naik.", ("Puskesmas Bahu", "2019")),
])
def test_a_hospital_or_health_centre_as_author(text, work):
    assert _works(text) == [work]


# Twins and unguarded clauses the review found in 17361f9 and 2fbb122. An association is a body's head as a ministry
# is (BODY_HEADS's "asosiasi"): the body whole in a text writing its words small.
def test_an_association_named_asosiasi_whose_words_the_text_writes_small():
    text = "Asosiasi Dosen Indonesia (2019) mencatat beban kerja dosen naik.\nBeban dosen dan jumlah dosen tetap naik."
    assert _works(text) == [("Asosiasi Dosen Indonesia", "2019")]


# A body's country written "R.I." in its list entry (linking.COUNTRY_AFTER, the one spelling of a country after a
# body's name): the body cited without it links to that entry, as with "RI".
def test_a_body_cited_without_the_r_i_its_list_entry_names():
    text = ("## Penyakit\n\nKementerian Kesehatan (2013) mencatat bahwa infeksi paling banyak diderita anak.\n\n"
            "## DAFTAR PUSTAKA\n\nKementerian Kesehatan R.I. 2013. Riset Kesehatan Dasar. Jakarta: Badan Litbangkes.\n")
    work = _one_work(text)
    assert work.reference is not None and work.reference.title.startswith("Riset Kesehatan Dasar")


# A short form opens with its body's first letter (_abbreviates' anchor): "Menkeu" (the minister) takes letters in
# order from "KeMENterian KEUangan" but is not the ministry's short form "Kemenkeu", so the ministry is not read as
# the author spelt out before it.
def test_a_short_form_not_opening_with_the_bodys_first_letter_is_not_its_short_form():
    text = "Defisit anggaran dijaga di bawah tiga persen oleh Kementerian Keuangan (Menkeu, 2019)."
    assert _works(text) != [("Kementerian Keuangan", "2019")]
    assert _works(text.replace("Menkeu", "Kemenkeu")) == [("Kementerian Keuangan", "2019")]


# The Arabic article assimilated to a sun letter, in lower case ("Wahbah az-Zuhaili", "asy-Syafi'i"), as "al-" is: a
# name. Before, the year went to the author named before it ("Sabiq (1989)", bench/citations-fresh-styles.jsonl's fourth
# document).
@pytest.mark.parametrize("name, surname", [
    ("Wahbah az-Zuhaili", "az-Zuhaili"),
    ("Imam asy-Syafi'i", "asy-Syafi'i"),
    ("Jalaluddin as-Suyuthi", "as-Suyuthi"),
    ("Ibnu Hajar al-Asqalani", "al-Asqalani"),
])
def test_an_arabic_name_with_an_assimilated_article(name, surname):
    text = f"Riba dibagi dua (Sabiq, t.t.: 45). {name} (1989) berpendapat bahwa bunga bank termasuk riba."
    assert _works(text) == [("Sabiq", "t.t."), (surname, "1989")]


# The printing or edition between the year and the page ("(Hasibuan, 2016, cet. ke-20, hlm. 10)"): the work. Before,
# nothing was read.
@pytest.mark.parametrize("text", [
    "Bank memperoleh laba dari selisih bunga (Hasibuan, 2016, cet. ke-20, hlm. 10).",
    "Bank memperoleh laba dari selisih bunga (Hasibuan, 2016, cetakan 3: 10).",
    "Bank memperoleh laba dari selisih bunga (Hasibuan, 2016, edisi 2, hlm. 10).",
    "Bank memperoleh laba dari selisih bunga (Hasibuan, 2016, ed. 2, hlm. 10).",
])
def test_the_printing_or_edition_between_the_year_and_the_page(text):
    [cite] = find_citations(text)
    assert (cite.authors[0], cite.year, cite.pages) == ("Hasibuan", "2016", "10")


# Linking a work to its list entry (the registry), in gold 6's fourth document: a short form before the place both
# name ("Pemkot Surabaya" for "Pemerintah Kota Surabaya"), and a name holding "bin" written given names first
# ("Muhammad bin Abdul Wahhab"), cited by its last word. Before, each work stood unlinked beside an uncited entry.
@pytest.mark.parametrize("cited, entry", [
    ("(Pemkot Surabaya, 2021)", "Pemerintah Kota Surabaya. 2021. Laporan Operasi Pasar Murah. Surabaya: Pemkot."),
    ("(Dinkes Surabaya, 2021)", "Dinas Kesehatan Surabaya. 2021. Laporan Operasi Pasar Murah. Surabaya: Dinkes."),
    ("Muhammad bin Abdul Wahhab (2021)", "Muhammad bin Abdul Wahhab. 2021. Laporan Operasi Pasar Murah. Riyadh: Dar."),
])
def test_a_work_links_to_its_entry_named_with_a_place_or_bin(cited, entry):
    text = f"## Harga\n\nHarga pangan dijaga melalui operasi pasar {cited}.\n\n## DAFTAR PUSTAKA\n\n{entry}\n"
    work = _one_work(text)
    assert work.cited and work.reference is not None and work.reference.title.startswith("Laporan Operasi")


# The Arabic article assimilated to a sun letter ("az-", "at-", "asy-"), spelt once (names.ARABIC_ARTICLE) for names,
# reference entries and linking, as "al-" was in each: an entry opening with it is shaped like an entry, and a work
# cited without it links to that entry. Before, only "al-"/"el-" were, in three spellings.
@pytest.mark.parametrize("entry", [
    "az-Zuhaili, Wahbah. 1989. Al-Fiqh al-Islami wa Adillatuhu. Damaskus: Dar al-Fikr.",
    "at-Tirmidzi, Muhammad. 1990. Sunan at-Tirmidzi. Beirut: Dar al-Fikr.",
    "asy-Syaukani, Muhammad. 1995. Nail al-Authar. Beirut: Dar al-Fikr.",
])
def test_an_entry_opening_with_an_assimilated_arabic_article_is_an_entry(entry):
    from telusur.citations import looks_like_entry

    assert looks_like_entry(entry)


def test_a_work_cited_without_the_arabic_article_links_to_its_entry():
    text = ("## Riba\n\nBunga bank termasuk riba nasiah menurut Zuhaili (1989) karena tambahannya disyaratkan.\n\n"
            "## DAFTAR PUSTAKA\n\naz-Zuhaili, Wahbah. 1989. Al-Fiqh al-Islami wa Adillatuhu. Damaskus: Dar al-Fikr.\n")
    work = _one_work(text)
    assert work.cited and work.reference is not None and work.reference.title.startswith("Al-Fiqh")


# A list entry whose given names follow initials, the year bare after them ("Mangkunegara, A.A. Anwar Prabu. 2017.
# Manajemen ..."; bench/references-fresh-kinds.jsonl, gold 6's fifth document): the names whole and the title after the
# year. Before, "Anwar Prabu" was read as a title written before the year. The guards: a title before the year stays one
# when it holds a derived common word, when no title follows the year, or after a given name written whole.
@pytest.mark.parametrize("entry, name, title", [
    ("Mangkunegara, A.A. Anwar Prabu. 2017. Manajemen Sumber Daya Manusia Perusahaan. Bandung: Remaja Rosdakarya.",
     "Mangkunegara, A.A. Anwar Prabu", "Manajemen Sumber Daya Manusia Perusahaan"),
    ("Mangkunegara, A. A. Anwar Prabu. 2017. Evaluasi Kinerja SDM. Bandung: Refika Aditama.",
     "Mangkunegara, A. A. Anwar Prabu", "Evaluasi Kinerja SDM"),
    ("Arikunto, S. Prosedur Penelitian. 2010. Edisi Revisi. Jakarta: Rineka Cipta.", "Arikunto, S.", "Prosedur Penelitian"),
    ("Santoso, B. Metode Statistik. 2010.", "Santoso, B.", "Metode Statistik"),
    ("Santoso, B. Metode Statistik. 2010. Jakarta: Erlangga.", "Santoso, B.", "Metode Statistik"),
    ("Santoso, B. Metode dan Teknik Statistik. 2010. Edisi Revisi. Jakarta: Erlangga.", "Santoso, B.",
     "Metode dan Teknik Statistik"),
    ("Arikunto, Suharsimi. Metode Statistik. 2010. Edisi Revisi. Jakarta: Rineka Cipta.", "Arikunto, Suharsimi",
     "Metode Statistik"),
])
def test_given_names_after_initials_before_a_bare_year(entry, name, title):
    from telusur.citations import parse_reference

    ref = parse_reference(entry)
    assert (ref.names[0], ref.year, ref.title) == (name, ref.year, title) and ref.year in ("2017", "2010")


# Gold 6's sixth document: a foundation as body head in a text writing its words small ("Yayasan Kanker Indonesia
# (2018)": no author before), an office's two-word short form never spelt out ("(Dirjen Dikti, 2014)": 'Dikti' alone,
# or 'Dirjen' with the list), a publisher's editorial team ("(Redaksi Sinar Grafika, 2017)": 'Grafika'), and a news
# site's article dated before its year ("(Kompas.com, 12 Maret 2021)": nothing read).
@pytest.mark.parametrize("text, work", [
    ("Yayasan Kanker Indonesia (2018) mencatat stres menurunkan daya tahan.\nPenderita kanker terus bertambah.",
     ("Yayasan Kanker Indonesia", "2018")),
    ("Kuliah daring diatur pemerintah pusat (Dirjen Dikti, 2014).", ("Dirjen Dikti", "2014")),
    ("Kepatuhan wajib pajak masih rendah (Ditjen Pajak, 2020).", ("Ditjen Pajak", "2020")),
    ("Naskah undang-undang diambil dari kumpulan resmi (Redaksi Sinar Grafika, 2017).", ("Redaksi Sinar Grafika", "2017")),
    ("Depresi mahasiswa meningkat (Kompas.com, 12 Maret 2021).", ("Kompas.com", "2021")),
    ("Depresi mahasiswa meningkat (detik.com, Maret 2021).", ("detik.com", "2021")),
])
def test_a_foundation_an_office_short_form_an_editorial_team_and_a_dated_site(text, work):
    assert _works(text) == [work]


def test_an_office_short_form_never_spelt_out_with_its_list_entry():
    text = ("## Kuliah\n\nKuliah daring diatur pemerintah pusat (Dirjen Dikti, 2014).\n\n## DAFTAR PUSTAKA\n\n"
            "Direktorat Jenderal Pendidikan Tinggi. 2014. Panduan Pembelajaran Daring. Jakarta: Dirjen Dikti.\n")
    assert _works(text) == [("Dirjen Dikti", "2014")]
    work = _one_work(text)
    assert work.cited and work.reference is not None and work.reference.title.startswith("Panduan Pembelajaran")


def test_a_run_of_ibids_is_read_without_reading_each_back_reference_again():
    """Each "(Ibid.)" looks back past the back references before it to the work they all name. Before, each read the
    one before it again, so a run of them nested one call per back reference (quadratic time; 300 took seconds)."""
    import inspect
    import sys

    text = "Bank syariah (Antonio, 2001). " + " ".join("Kalimat (Ibid.)." for _ in range(80))
    find_citations("Bank syariah (Antonio, 2001). Kalimat (Ibid.).")  # patterns compiled before the stack is bounded
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 120)
    try:
        cites = find_citations(text)
    finally:
        sys.setrecursionlimit(limit)
    assert [(c.authors[0], c.year) for c in cites] == [("Antonio", "2001")] * 81


# A secondary citation with no reference-list entry behind the work quoting: the person quoted, then "yang dikutip",
# "seperti dikutip" or "dikutip" (no "oleh"), then the citing work and its year, then "adalah"/"merupakan": the year
# read no author, as a named thing's year ("Laravel (2011) adalah ...") does.
@pytest.mark.parametrize("text, via", [
    ("Pengetahuan menurut Bloom yang dikutip Notoatmodjo (2012) adalah hasil tahu.", "Bloom"),
    ("Pengetahuan menurut Bloom seperti dikutip Notoatmodjo (2012) merupakan hasil tahu.", "Bloom"),
    ("Kinerja menurut Mangkunegara (2009) yang dikutip Notoatmodjo (2012) adalah hasil kerja.", "Mangkunegara (2009)"),
])
def test_the_work_after_dikutip_before_a_definition_is_the_citing_work(text, via):
    [cite] = find_citations(text)
    assert (cite.authors, cite.year, cite.via) == (("Notoatmodjo",), "2012", via)


def test_a_named_things_year_before_a_definition_still_cites_no_author():
    assert _works("Laravel (2011) adalah kerangka kerja PHP.") == []


# "dikutip dalam buku" names the book the person before it is quoted in, as "Kirk (1979) dalam buku Wijaya (2015)"
# does; and "dalam buku" inside the parenthesis opens the citing work too. Before: no author, or nothing at all.
@pytest.mark.parametrize("text", [
    "Robbins sebagaimana dikutip dalam buku Sutrisno (2016) menyatakan motivasi adalah dorongan.",
    "Robbins yang dikutip dari buku Sutrisno (2016) menyatakan motivasi adalah dorongan.",
    "Robbins (dalam buku Sutrisno, 2016) menyatakan motivasi adalah dorongan.",
])
def test_the_book_a_person_is_quoted_from_is_the_citing_work(text):
    [cite] = find_citations(text)
    assert (cite.authors, cite.year, cite.via) == (("Sutrisno",), "2016", "Robbins")


# A sentence's citing word is no word of the body spelt out before a parenthesis: "Menkeu" takes its letters in order
# from "MENurut KEmenterian keUangan" too; it gave 'Menurut Kementerian Keuangan' as the author.
@pytest.mark.parametrize("opener", ["Menurut", "Berdasarkan"])
def test_a_sentence_opener_is_no_word_of_a_body_spelt_out_before_its_short_form(opener):
    works = _works(f"{opener} Kementerian Keuangan (Menkeu, 2019), defisit anggaran dijaga di bawah tiga persen.")
    assert works == [("Menkeu", "2019")]


def test_a_body_whose_first_word_opens_titles_too_is_still_spelt_out_before_its_short_form():
    text = "Dalam Kamus Besar Bahasa Indonesia (KBBI, 2016) kata luring dipakai untuk kegiatan di luar jaringan."
    assert _works(text) == [("Kamus Besar Bahasa Indonesia", "2016")]


# "Dirjen" is a directorate's short form ("Dirjen Dikti") and its head's title: the title, the office in dictionary
# words, then a name no dictionary knows is the person, as "Menteri Keuangan Sri Mulyani (2020)" is. Before, the whole
# phrase was one body.
@pytest.mark.parametrize("text, author", [
    ("Penerimaan naik (Dirjen Pajak Suryo Utomo, 2019).", "Utomo"),
    ("Dirjen Pajak Suryo Utomo (2019) menyatakan bahwa penerimaan naik.", "Utomo"),
    ("Menteri Keuangan Sri Mulyani (2020) menyatakan bahwa defisit naik.", "Mulyani"),
    ("Kuliah daring diatur pemerintah pusat (Dirjen Dikti, 2014).", "Dirjen Dikti"),
    ("Kuliah daring diatur pemerintah pusat (Dirjen Pendidikan Tinggi, 2014).", "Dirjen Pendidikan Tinggi"),
])
def test_a_director_general_named_after_his_title_is_the_author(text, author):
    assert [c.authors[0] for c in find_citations(text)] == [author]


# ... and in a text writing the office's words small ("penerimaan pajak", "defisit keuangan"), the capitalized office
# before the name is the holder's, not a title's words ("Administrasi Perkantoran Modern (2000)"): it read no author.
@pytest.mark.parametrize("text, author", [
    ("Menteri Keuangan Sri Mulyani (2020) menyatakan bahwa defisit keuangan naik.", "Mulyani"),
    ("Menurut Dirjen Pajak Suryo Utomo (2019), penerimaan pajak naik.", "Utomo"),
])
def test_an_office_holder_named_after_office_words_the_text_writes_small_is_the_author(text, author):
    assert [c.authors[0] for c in find_citations(text) if c.authors] == [author]


def test_a_title_of_common_words_the_text_writes_small_still_names_no_author():
    text = "Dalam bukunya Administrasi Perkantoran Modern (2000) ia menulis administrasi kantor yang modern."
    assert _works(text) == []


# A passive verb of saying, defining or studying after "yang"/"sebagaimana" names its agent with no "oleh" ("isu yang
# diidentifikasi Hesmondhalgh (2010)", "yang dilakukan Sony (2012)" in open documents): before "adalah"/"merupakan"
# the year read no author, as a named thing's does ("Laravel (2011) adalah ...").
@pytest.mark.parametrize("text", [
    "Pengertian disiplin yang diungkapkan Hasibuan (2016: 194) adalah kesadaran menaati peraturan.",
    "Indikator disiplin yang disebutkan Hasibuan (2016: 194) adalah tujuan dan kemampuan.",
    "Definisi yang dirumuskan Hasibuan (2016: 194) merupakan rumusan yang paling banyak dipakai.",
    "Pengertian disiplin sebagaimana diungkapkan Hasibuan (2016: 194) adalah kesadaran menaati peraturan.",
])
def test_the_agent_after_a_passive_verb_of_saying_before_a_definition_is_the_author(text):
    assert _works(text) == [("Hasibuan", "2016")]


@pytest.mark.parametrize("text", [
    "Aplikasi yang digunakan Microsoft Excel (2016) adalah lembar kerja elektronik.",
    "Kerangka kerja yang dikembangkan Laravel (2011) adalah kerangka kerja PHP.",
])
def test_a_thing_after_a_passive_verb_of_making_or_using_still_cites_no_author(text):
    assert _works(text) == []


# A bank or a university named before its year in a text writing its words small ("suku bunga bank", "dunia",
# "universitas terbuka"): the body whole, as "Kementerian Kesehatan (2018)" is. It read no author, and only a list entry
# of the body rescued it (bench/citations-fresh-styles.jsonl's "Bank Indonesia (2020)", "Universitas Terbuka (2019)").
@pytest.mark.parametrize("text, body", [
    ("Data Bank Indonesia (2020) menunjukkan inflasi turun. Bank sentral menetapkan suku bunga bank di Indonesia.",
     "Bank Indonesia"),
    ("Menurut Bank Dunia (2019) kemiskinan turun di seluruh dunia.", "Bank Dunia"),
    ("Universitas Terbuka (2019) mencatat jumlah mahasiswa naik. Setiap universitas terbuka bagi siapa saja.",
     "Universitas Terbuka"),
])
def test_a_bank_or_university_whose_words_the_text_writes_small_is_the_author(text, body):
    assert _works(text) == [(body, text[text.find("(") + 1:text.find(")")])]


# A name ending in initials, then a citing word ("Soemarso S.R., dalam bukunya ...", "Hasibuan S.P. menjelaskan"):
# the group ends before the last initial's stop, so the citing word after it went unseen and the year, after a title
# or at the sentence's end, read no author; only a list entry rescued it (bench/citations-fresh-kinds.jsonl's
# "Soemarso S.R." with bench/citations.py --no-lists).
@pytest.mark.parametrize("text, work", [
    ("Soemarso S.R., dalam bukunya Akuntansi Suatu Pengantar (2010: 22), menjelaskan bahwa perusahaan adalah "
     "organisasi.", ("Soemarso", "2010")),
    ("Hasibuan S.P. menjelaskan bahwa disiplin adalah kesadaran menaati peraturan (2016: 193).", ("Hasibuan", "2016")),
])
def test_a_citing_word_after_a_names_last_initial_cues_it(text, work):
    assert _works(text) == [work]


# A book's title where the author stands in a parenthesis after a person's name ("Menurut Mulyadi, (Sistem Akuntansi,
# 2016:129)"), in a text writing the title's words small: the person is the author. Only a list entry of Mulyadi's
# 2016 work said so; without it 'Akuntansi' was the author and a non-work (bench/citations.py --no-lists).
def test_a_title_where_the_author_stands_after_a_persons_name_gives_the_person():
    text = ("Menurut Mulyadi, (Sistem Akuntansi, 2016:129) sistem akuntansi adalah organisasi formulir, catatan dan "
            "laporan.")
    assert _works(text) == [("Mulyadi", "2016")]


@pytest.mark.parametrize("text, work", [
    ("Menurut George R. Terry (Hasibuan, 2009: 38) fungsi manajemen ada empat.", ("Hasibuan", "2009")),
    ("Inflasi naik (Bank Indonesia, 2020), menurut Sari kenaikan harga di bank indonesia terjadi.",
     ("Bank Indonesia", "2020")),
])
def test_a_name_or_body_where_the_author_stands_stays_the_author(text, work):
    assert _works(text) == [work]


# "X dalam buku Y (year)" with no year of X's: the book after "dalam buku" is Y's when Y is names no dictionary, Indonesian
# or English, knows, and X is quoted in it, as "Kirk (1979) dalam buku Wijaya (2015)" says with the quoted year. Before,
# the year went to X: a chunk carrying the year with another first author, and no list entry of X's to tell.
@pytest.mark.parametrize("text, authors, via", [
    ("Menurut Robbins dalam buku Sutrisno (2016) motivasi adalah dorongan.", ("Sutrisno",), "Robbins"),
    ("Robbins dalam buku Sutrisno (2016) menyatakan motivasi adalah dorongan.", ("Sutrisno",), "Robbins"),
    ("Menurut Robbins dalam buku Rivai dan Sagala (2013) motivasi adalah dorongan.", ("Rivai", "Sagala"), "Robbins"),
])
def test_a_person_quoted_dalam_buku_of_named_authors(text, authors, via):
    [cite] = find_citations(text)
    assert (cite.authors, cite.via) == (authors, via)


@pytest.mark.parametrize("text, work", [
    ("Menurut Robbins dalam buku Perilaku Organisasi (2016) motivasi adalah dorongan.", ("Robbins", "2016")),
    ("Menurut Robbins dalam buku Leadership (2010) pemimpin adalah pengarah.", ("Robbins", "2010")),
    ("Menurut Hasibuan dalam bukunya Sutrisno (2016) disiplin adalah kesadaran.", ("Hasibuan", "2016")),
])
def test_a_title_after_dalam_buku_stays_the_named_authors_book(text, work):
    assert _works(text) == [work]


def test_a_headings_term_before_dalam_buku_is_no_one_quoted():
    text = "2. Komponen ERD\nDalam buku Rosa & Shalahuddin (2016:50), ERD memiliki beberapa notasi."
    assert [c.via for c in find_citations(text)] in ([], [None])


# A body quoted "dalam buku" of an author: "Menurut WHO dalam buku Kemenkes (2016)" gave 'WHO 2016' (the acronym
# guard against a heading's term, 'ERD', held bodies out too); and a full stop after the quoted person's year inside
# one parenthesis ("(Robbins, 1996. dalam Sutrisno, 2016)") gave 'Robbins' the citing work's year.
@pytest.mark.parametrize("text, author, via", [
    ("Menurut WHO dalam buku Kemenkes (2016) stunting adalah gagal tumbuh.", "Kemenkes", "WHO"),
    ("Motivasi adalah dorongan (Robbins, 1996. dalam Sutrisno, 2016).", "Sutrisno", "Robbins (1996)"),
])
def test_a_body_quoted_dalam_buku_and_a_stop_before_dalam_inside_a_parenthesis(text, author, via):
    [cite] = find_citations(text)
    assert (cite.authors[0], cite.via) == (author, via)


def test_a_stop_after_et_al_before_dalam_stays_with_the_name():
    [cite] = find_citations("Motivasi adalah dorongan (Robbins et al. dalam Sutrisno, 2016).")
    assert (cite.authors[0], cite.via) == ("Sutrisno", "Robbins et al.")


# Fresh gold 7 (bench/citations-fresh-passages.jsonl, several authors' works in one passage, written before telusur ran
# on it): a study's place written after its citation, then the next author after "dan" or a comma ("penelitian
# Panjaitan dan Yuliati (2016) pada JNE Bandung dan Kurniawan (2016)"). The place and the author read as one name
# group after "pada"/"di", doubted as a place, so the year went to the author of the same year named before
# ('Panjaitan 2016': a chunk carrying the year with another first author), or to no one, or to 'PT Telkom dan Wulandari'.
@pytest.mark.parametrize("text, works", [
    ("Penelitian Panjaitan dan Yuliati (2016) pada JNE Bandung dan Kurniawan (2016) pada bengkel resmi menemukan hal itu.",
     [("Panjaitan", "2016"), ("Kurniawan", "2016")]),
    ("Penelitian Septiani (2017) di Kota Padang dan Wulandari (2017) di Kota Bukittinggi menemukan hal yang sama.",
     [("Septiani", "2017"), ("Wulandari", "2017")]),
    ("Penelitian Septiani (2017) di Bandung dan Wulandari (2018) menemukan hal yang sama.",
     [("Septiani", "2017"), ("Wulandari", "2018")]),
    ("Penelitian Septiani (2017) pada PT Telkom dan Wulandari dkk. (2018) pada bank menemukan hal yang sama.",
     [("Septiani", "2017"), ("Wulandari", "2018")]),
    ("Penelitian Septiani (2017) pada ibu menyusui di Jawa Tengah, Wulandari dan Sari (2018) menemukan hal yang sama.",
     [("Septiani", "2017"), ("Wulandari", "2018")]),
])
def test_a_studys_place_after_its_citation_then_the_next_author(text, works):
    assert _works(text) == works


# ... the place a city and its province, each named with a comma or "dan": a region named by its compass point
# ("Sumatera Barat", "Jawa Tengah") is still the place, so the author after it is the next joint's ('Barat, Wulandari'
# was read as one author after 85ea948, the review's case).
@pytest.mark.parametrize("text, works", [
    ("Penelitian Septiani (2017) di Kota Padang, Sumatera Barat dan Wulandari (2017) menemukan hal yang sama.",
     [("Septiani", "2017"), ("Wulandari", "2017")]),
    ("Penelitian Septiani (2017) di Jawa Barat dan Jawa Tengah, Wulandari (2018) menemukan hal yang sama.",
     [("Septiani", "2017"), ("Wulandari", "2018")]),
])
def test_a_studys_place_named_with_its_region_then_the_next_author(text, works):
    assert _works(text) == works


# ... its place a body or a school with "Dr." or a number in its name, or its topic in capitals after "tentang": the
# same year went to 'Moewardi', 'Bank BRI Syariah dan Wijaya', 'Pegawai' or to no one.
@pytest.mark.parametrize("text", [
    "Santoso (2019) di RSUD Dr. Moewardi dan Wijaya (2019) di RSUP Dr. Sardjito menemukan hal itu.",
    "Santoso (2019) pada Bank BRI Syariah dan Wijaya (2019) pada Bank Mandiri menemukan hal itu.",
    "Hasil ini sejalan dengan Santoso (2019) yang meneliti di SMA Negeri 1 Bantul dan Wijaya (2019) di Sleman.",
    "Penelitian Santoso (2019) tentang Kinerja Pegawai dan Wijaya (2019) tentang Disiplin Kerja menemukan hal itu.",
])
def test_a_studys_body_school_or_topic_after_its_citation_then_the_next_author(text):
    assert _works(text) == [("Santoso", "2019"), ("Wijaya", "2019")]


@pytest.mark.parametrize("text, works", [
    ("Penelitian di Kota Padang oleh Wulandari (2018) menemukan hal yang sama.", [("Wulandari", "2018")]),
    ("Data BPS (2019) di Indonesia (1998) menunjukkan hal itu.", [("BPS", "2019")]),
])
def test_a_place_after_a_citation_alone_names_no_author(text, works):
    assert _works(text) == works


@pytest.mark.parametrize("text, works", [
    # a surname typed in lower case, as student and OCR'd texts write names, in a citation's place
    ("Menurut sugiyono (2017), populasi adalah wilayah generalisasi.", [("Sugiyono", "2017")]),
    ("Teknik ini, yang menurut sugiyono (2017: 85) adalah sampling jenuh, dipakai.", [("Sugiyono", "2017")]),
    ("notoatmodjo (2012) mengemukakan bahwa pengetahuan adalah hasil tahu.", [("Notoatmodjo", "2012")]),
    ("Penelitian yang dilakukan oleh rahmawati dan susilo (2018) menunjukkan hal itu.", [("Rahmawati", "2018")]),
    ("Hal ini sesuai dengan pendapat mulyasa (2013) bahwa guru adalah teladan.", [("Mulyasa", "2013")]),
    # a capitalised surname that is also a word the text writes small: a name where it stands in a citation
    ("Anemia pada remaja putri masih tinggi. Menurut Putri (2019), asupan zat besi rendah.", [("Putri", "2019")]),
    ("Putusan hakim harus adil. Temuan ini sejalan dengan Susanto (2016) dan Hakim (2016) yang meneliti siswa.",
     [("Susanto", "2016"), ("Hakim", "2016")]),
    ("Minuman sari kacang hijau baik. Sari (2018) menjelaskan bahwa vitamin C membantu.", [("Sari", "2018")]),
])
def test_a_surname_written_small_in_a_citations_place(text, works):
    assert _works(text) == works


@pytest.mark.parametrize("text", [
    "Hasil survei awal (2022) menemukan bahwa 12 siswi mengalami anemia.",
    "Pada kurikulum (2013) pendidikan karakter diintegrasikan ke semua mata pelajaran.",
    "Sebagian besar responden puas. Menurut responden (2020) pelayanan sudah baik.",
    "Guru berperan penting. Kegiatan dilakukan oleh guru (2019) di kelas bersama guru lain.",
    "Data tahun pelajaran (2020/2021) menunjukkan kenaikan.",
])
def test_a_word_written_small_before_a_year_is_no_author(text):
    assert _works(text) == []


@pytest.mark.parametrize("text, works", [
    # whose claim a year is: an author named with a citing word in the claim's own sentence, not another author whose
    # work of that year the sentences before cite (the checking half's "chunk carries the year with another first
    # author, the work nowhere in the document")
    ("Motivasi mendorong kerja (Hartono, 2019). Menurut Wulansari, motivasi adalah kondisi psikologis (2019: 27).",
     [("Hartono", "2019"), ("Wulansari", "2019")]),
    ("Hartono (2019) membagi motivasi. Simanjuntak mengemukakan bahwa motivasi bersumber dari imbalan (2019: 41).",
     [("Hartono", "2019"), ("Simanjuntak", "2019")]),
    ("Kepuasan adalah sikap (Prasetyo, 2020). Rahmawati dalam bukunya yang berjudul Perilaku Organisasi Publik (2020) "
     "menyatakan hal itu.", [("Prasetyo", "2020"), ("Rahmawati", "2020")]),
    ("Status gizi dinilai (Notoatmodjo, 2014). Supariasa dalam buku Penilaian Status Gizi (2014) menyebutkan tiga "
     "cara.", [("Notoatmodjo", "2014"), ("Supariasa", "2014")]),
    # ... an author of that year cited before, named again in the claim's sentence, after another author's work
    ("Hasil ini sejalan dengan Purnamasari (2018). Menurut Handayani, ibu memilih bahan makanan (2018: 64). "
     "Lebih lanjut, Purnamasari menjelaskan bahwa ibu datang ke posyandu (2018: 70).",
     [("Purnamasari", "2018"), ("Handayani", "2018"), ("Purnamasari", "2018")]),
    # ... but not an office's words, a person the work cited before quotes, nor the study's own interview
    ("Menurut Santoso (2019), motivasi adalah dorongan. Menurut Kepala Dinas, motivasi masih rendah (2019).",
     [("Santoso", "2019"), ("Santoso", "2019")]),
    ("Santoso (2019) mengutip pendapat Maslow. Maslow menyatakan bahwa kebutuhan tersusun bertingkat (2019: 45).",
     [("Santoso", "2019"), ("Santoso", "2019")]),
    ("Santoso (2019) meneliti pegawai. Hasil wawancara dengan Bapak Ahmad menyatakan motivasi rendah (2019).",
     [("Santoso", "2019"), ("Santoso", "2019")]),
    # a lead-in's year carried on to a bare year later in its paragraph, no one named in the claim's sentence
    ("Menurut Siregar (2018), disiplin memiliki tiga indikator. Indikator diukur melalui kuesioner (2018: 56).",
     [("Siregar", "2018"), ("Siregar", "2018")]),
])
def test_a_claims_year_belongs_to_the_author_its_own_sentence_names(text, works):
    assert _works(text) == works


@pytest.mark.parametrize("text", [
    # a title after "karyanya", "tulisannya", "artikelnya", "melalui bukunya": its last word is no author
    "Lestari melalui karyanya Manajemen Kinerja (2019) menyatakan motivasi adalah dorongan.",
    "Lestari dalam karyanya Manajemen Kinerja (2019) menyatakan motivasi adalah dorongan.",
    "Lestari dalam tulisannya Manajemen Kinerja Modern (2019) menyatakan motivasi adalah dorongan.",
    "Lestari dalam artikelnya Manajemen Kinerja (2019) menyatakan motivasi adalah dorongan.",
    "Lestari dalam karya tulisnya Manajemen Kinerja (2019) menyatakan motivasi adalah dorongan.",
    "Lestari melalui bukunya Manajemen Kinerja (2019) menyatakan motivasi adalah dorongan.",
])
def test_a_title_after_the_authors_karyanya_is_not_the_author(text):
    assert _works(text) == [("Lestari", "2019")]


@pytest.mark.parametrize("text", [
    # "disitasi"/"dirujuk dalam buku" as "dikutip dalam buku": the book's author is the work, the person quoted via
    "Robbins sebagaimana disitasi dalam buku Sutrisno (2016) menyatakan motivasi adalah dorongan.",
    "Robbins yang dirujuk dari buku Sutrisno (2016) menyatakan motivasi adalah dorongan.",
])
def test_the_dikutip_family_before_a_book_names_the_work_quoting(text):
    [cite] = find_citations(text)
    assert (cite.authors, cite.year, cite.via) == (("Sutrisno",), "2016", "Robbins")


@pytest.mark.parametrize("text, works", [
    # a body sentence closed by its citations, shaped like an entry (a capitalised first word, a colon, the year last)
    ("Langkah-langkah PBL terdiri atas lima fase: orientasi siswa pada masalah, membimbing penyelidikan, serta "
     "menganalisis proses (Arends, 2008; Sani, 2014; Shoimin, 2014).",
     [("Arends", "2008"), ("Sani", "2014"), ("Shoimin", "2014")]),
    ("Sistem Informasi Akuntansi terdiri atas tiga unsur: formulir, jurnal, dan laporan (Mulyadi, 2016).",
     [("Mulyadi", "2016")]),
    ("Bank Syariah memiliki fungsi: menghimpun dana, menyalurkan dana, dan memberikan jasa (Antonio, 2001).",
     [("Antonio", "2001")]),
    # ... but an entry whose publisher or kind of work closes it is still an entry
    ("Santoso, Budi. Pendidikan karakter: teori dan praktik (Alfabeta, 2017).", []),
    ("Santoso, B. Pengaruh motivasi terhadap kinerja: studi pada pegawai (Skripsi, 2019).", []),
])
def test_a_body_sentence_closed_by_its_citations_is_no_reference_entry(text, works):
    assert _works(text) == works


@pytest.mark.parametrize("text", [
    # typed small, a word for the study's own sources is no author, even where the text writes it nowhere else
    "Menurut responden (2020) pelayanan sudah baik.",
    "Menurut informan (2021), pelayanan sudah baik.",
    "Menurut guru (2019) siswa sudah disiplin.",
    "Menurut narasumber (2022) pelayanan sudah baik.",
])
def test_a_word_for_the_studys_sources_typed_small_is_no_author(text):
    assert _works(text) == []


@pytest.mark.parametrize("text, works", [
    # a parenthesis's surname typed in lower case, as 621ac2f reads one in a narrative citation's place
    ("Anemia banyak dialami remaja (Sari, 2018). Zat besi dibutuhkan saat menstruasi (almatsier, 2009).",
     [("Sari", "2018"), ("Almatsier", "2009")]),
    ("Kebutuhan zat besi meningkat (sugiyono dkk., 2017).", [("Sugiyono", "2017")]),
    # ... not a word of the dictionary, of English, nor the study's own data
    ("Kebutuhan zat besi meningkat (online, 2017).", []),
    ("Kebutuhan zat besi meningkat (diolah, 2017).", []),
    ("Kebutuhan zat besi meningkat (wawancara, 2017).", []),
])
def test_a_surname_typed_small_in_a_parenthesis(text, works):
    assert _works(text) == works


@pytest.mark.parametrize("text, works", [
    # "X dalam penelitiannya/disertasinya (2019)": X is cued as by "dalam bukunya", ahead of another author's 2019
    ("Disiplin memengaruhi kinerja (Santoso, 2019). Lestari dalam disertasinya (2019) menyatakan motivasi adalah "
     "dorongan.", [("Santoso", "2019"), ("Lestari", "2019")]),
    ("Lestari dalam penelitiannya (2019: 12) menemukan motivasi adalah dorongan.", [("Lestari", "2019")]),
    # ... not a place before "dalam studi" with no "-nya"
    ("Kota Medan dalam studi (2019) menunjukkan kenaikan.", []),
])
def test_an_author_in_his_own_study_is_cued(text, works):
    assert _works(text) == works


@pytest.mark.parametrize("text", [
    # an office holder or a person addressed, cued in the claim's own sentence, is no work's author: 5a8a19b read
    # each as one ('Kepala Puskesmas Sukajadi', 'Direktur PT Maju', 'Ketua Umum PSSI', 'Ahmad', 'Sukajadi'), a work no
    # list holds; the year stays the one the sentences before cite, as "Menurut Kepala Dinas, ..." does
    "Motivasi mendorong kerja (Hartono, 2019). Menurut Kepala Puskesmas Sukajadi, jumlah balita gizi kurang naik (2019).",
    "Motivasi mendorong kerja (Hartono, 2019). Menurut Direktur PT Maju, jumlah pekerja naik (2019).",
    "Motivasi mendorong kerja (Hartono, 2019). Menurut Ketua Umum PSSI, motivasi pemain rendah (2019).",
    "Motivasi mendorong kerja (Hartono, 2019). Menurut Bapak Ahmad, motivasi pegawai rendah (2019).",
    "Motivasi mendorong kerja (Hartono, 2019). Menurut Pak Budi, motivasi pegawai rendah (2019).",
    "Motivasi mendorong kerja (Hartono, 2019). Menurut Camat Sukajadi, motivasi pegawai rendah (2019).",
    # ... nor an informant in a sentence on the study's own questionnaire, as on its interview
    "Motivasi mendorong kerja (Hartono, 2019). Hasil angket yang diisi Rina Wulandari menyatakan motivasi rendah (2019).",
])
def test_an_office_or_a_person_addressed_is_no_claims_author(text):
    assert _works(text) == [("Hartono", "2019"), ("Hartono", "2019")]


def test_a_body_cued_in_the_claims_sentence_is_its_author():  # guard
    assert _works("Motivasi mendorong kerja (Hartono, 2019). Menurut WHO, stunting adalah gangguan pertumbuhan "
                  "(2019).") == [("Hartono", "2019"), ("WHO", "2019")]


@pytest.mark.parametrize("text", [
    # one list of words for a work, read before a title and after its author: "dalam jurnalnya" cues Lestari as
    # "dalam bukunya" does, and a title after "penelitiannya" is a title (its last word was taken for an author)
    "Motivasi mendorong kerja (Santoso, 2019). Lestari dalam jurnalnya (2019) menyatakan motivasi adalah dorongan.",
    "Motivasi mendorong kerja (Santoso, 2019). Lestari dalam jurnalnya Manajemen Kinerja (2019) menyatakan hal itu.",
    "Motivasi mendorong kerja (Santoso, 2019). Lestari dalam penelitiannya Pengaruh Motivasi Kerja (2019) menyatakan "
    "hal itu.",
    "Motivasi mendorong kerja (Santoso, 2019). Lestari dalam Jurnal Manajemen (2019) menyatakan hal itu.",
])
def test_every_word_for_a_work_cues_its_author(text):
    assert _works(text) == [("Santoso", "2019"), ("Lestari", "2019")]


_IEEE_MIXED = """# Bab II

Sistem informasi dibangun bertahap [1]. Basis data menyimpan datanya [3]. Metode pengujian dipilih [2].

## Daftar Pustaka

1. B. Santoso and A. Wijaya, “Sistem informasi akademik,” Jurnal Informatika, vol. 5, no. 2, pp. 10–20, 2019.
2. A. Kadir, Pengenalan Sistem Informasi. Yogyakarta: Andi, 2014.
3. R. Hartono, “Basis data relasional,” Jurnal Sistem Informasi, vol. 3, no. 1, pp. 1–9, 2018.
"""


def test_an_ieee_list_whose_numbers_are_list_markers_holds_books_too(tmp_path):
    # a book ("A. Kadir, Judul. Kota: Penerbit, 2014.") among the articles ended the list, so no number cited anything
    from telusur.chunking import chunk_document

    path = tmp_path / "bab2.md"
    path.write_text(_IEEE_MIXED, encoding="utf-8")
    chunks = chunk_document(read_document(path, path.name, 5.0))
    assert [(x.authors[0], x.year) for x in chunks[0].citations] == [("Santoso", "2019"), ("Hartono", "2018"),
                                                                     ("Kadir", "2014")]
