"""Reference-list entries of the kinds fresh entry gold 9 showed misread (issue 14): Chicago's bibliography (the year
last, a title holding a year of its own, a particle after the given name, editors after the names, a dissertation
after a quoted title, a web page dated inside the entry), a web page whose title holds a date and a colon, a body
closing its name with "Republik Indonesia", and an APA list pasted from a PDF (a name alone on its line, the year on
the next; a law's name over two lines). Made-up entries only."""

from __future__ import annotations

import pytest

from telusur.citations.references import parse_reference, reference_entries
from telusur.documents import read_document


def _pasted_list(tmp_path, lines: list[str]) -> list:
    """The entries of a .txt whose list was pasted from a PDF: no blank lines, each line as the PDF broke it."""
    path = tmp_path / "bab.txt"
    path.write_text("PENDAHULUAN\nKoperasi sekolah melatih siswa berwirausaha (Santoso, 2015).\n\nDAFTAR PUSTAKA\n"
                    + "\n".join(lines) + "\n", encoding="utf-8")
    return reference_entries(read_document(path, path.name, 5.0))


def test_a_year_inside_a_chicago_title_is_not_the_entry_s():
    ref = parse_reference("Hartono, Budi. Perang Jawa 1825. Diterjemahkan oleh Sri Lestari. Yogyakarta: Ombak, 2010.")
    assert (ref.authors, ref.year, ref.title) == (("Hartono",), "2010", "Perang Jawa 1825")
    assert (ref.place, ref.publisher) == ("Yogyakarta", "Ombak")


def test_a_particle_after_chicago_given_names_is_the_name_s():
    ref = parse_reference("Meer, Jan van der. Sejarah Kota Batavia. Jakarta: Kencana, 2001.")
    assert (ref.authors, ref.names, ref.title) == (("Meer",), ("Meer, Jan van der",), "Sejarah Kota Batavia")


def test_a_subtitle_s_colon_is_no_place_when_the_place_follows_the_title():
    ref = parse_reference("Hartono, Budi. Koperasi, Desa dan Kota: Sebuah Pengantar. Jakarta: Kencana, 2015.")
    assert (ref.title, ref.place, ref.publisher) == ("Koperasi, Desa dan Kota: Sebuah Pengantar", "Jakarta", "Kencana")
    # the title running on into its place and publisher is still cut there
    ref = parse_reference("Hartono, Budi. Koperasi Desa, Jakarta: Kencana, 2015.")
    assert (ref.title, ref.place, ref.publisher) == ("Koperasi Desa", "Jakarta", "Kencana")


def test_chicago_editors_after_the_names():
    ref = parse_reference("Santoso, Budi, dan Andi Wijaya, eds. Bunga Rampai Koperasi. Jakarta: Kencana, 2008.")
    assert (ref.authors, ref.editors, ref.title) == (("Santoso", "Wijaya"), True, "Bunga Rampai Koperasi")
    assert parse_reference("Santoso, Budi. Koperasi Desa. Jakarta: Kencana, 2008.").editors is False


def test_a_name_closed_by_republik_indonesia_is_a_body():
    ref = parse_reference("Perpustakaan Nasional Republik Indonesia. Katalog Naskah Nusantara. Jakarta: Perpusnas, 2015.")
    assert (ref.authors, ref.title) == (("Perpustakaan Nasional Republik Indonesia",), "Katalog Naskah Nusantara")


def test_chicago_s_dissertation_after_a_quoted_title():
    for line in ('Hartono, Budi. "Koperasi Desa di Jawa Timur." PhD diss., Universitas Airlangga, 2015.',
                 'Hartono, Budi. "Koperasi Desa di Jawa Timur." Disertasi PhD, Universitas Airlangga, 2015.'):
        ref = parse_reference(line)
        assert (ref.kind, ref.title, ref.publisher, ref.container) == (
            "thesis", "Koperasi Desa di Jawa Timur", "Universitas Airlangga", None)


def test_a_pasted_law_s_name_over_two_lines(tmp_path):
    got = _pasted_list(tmp_path, ["Santoso, B. (2015). Koperasi sekolah dan koperasi desa di Jawa Timur.",
                                  "Malang: UMM Press.",
                                  "Undang-Undang Republik Indonesia Nomor 25 Tahun 1992 tentang",
                                  "Perkoperasian.",
                                  "Wijaya, A. (2016). Koperasi desa. Jakarta: Kencana."])
    assert [r.title for r in got] == ["Koperasi sekolah dan koperasi desa di Jawa Timur",
                                      "Undang-Undang Republik Indonesia Nomor 25 Tahun 1992 tentang Perkoperasian",
                                      "Koperasi desa"]
    assert got[1].authors == ("Undang-Undang Republik Indonesia Nomor 25 Tahun 1992",)


def test_a_pasted_name_alone_on_its_line_opens_an_entry(tmp_path):
    got = _pasted_list(tmp_path, ["Santoso, B. (2015). Koperasi sekolah. Malang: UMM",
                                  "Press.",
                                  "Trianto.",
                                  "(2010). Koperasi desa. Jakarta: Kencana."])
    assert [(r.authors, r.year, r.title) for r in got] == [(("Santoso",), "2015", "Koperasi sekolah"),
                                                          (("Trianto",), "2010", "Koperasi desa")]


def test_a_date_before_a_colon_in_a_title_is_no_place():
    ref = parse_reference("Bank Dunia. (2021, 15 Juni). Prospek ekonomi Indonesia, Juni 2021: Memacu pemulihan. Diakses pada "
                          "12 Maret 2022, dari https://www.worldbank.org/id/prospek-2021")
    assert (ref.title, ref.kind, ref.place) == ("Prospek ekonomi Indonesia, Juni 2021: Memacu pemulihan", "web", None)


def test_a_chicago_page_dated_then_read_on_a_day():
    ref = parse_reference('Lestari, Ayu. "Belajar dari Rumah." Kompas.com, 3 Mei 2020. Diakses 5 Juni 2021. '
                          'https://www.kompas.com/edu/belajar-dari-rumah.')
    assert (ref.authors, ref.year, ref.title, ref.kind, ref.container, ref.url) == (
        ("Lestari",), "2020", "Belajar dari Rumah", "web", "Kompas.com", "https://www.kompas.com/edu/belajar-dari-rumah")


def _listed(tmp_path, prose: str, entry: str) -> list:
    path = tmp_path / "bab.md"
    path.write_text(f"# Sejarah\n\n## Pendahuluan\n\n{prose}\n\n## Daftar Pustaka\n\n{entry}\n", encoding="utf-8")
    return reference_entries(read_document(path, path.name, 5.0))


def test_a_work_cited_by_its_first_author_alone_has_no_co_authors_of_title_words(tmp_path):
    entry = "Santoso, Budi, Sejarah Madura dan Bawean. Sebuah Pengantar. Jakarta: Kencana, 2019."
    [ref] = _listed(tmp_path, "Bawean berkembang sebagai pelabuhan (Santoso, 2019).", entry)
    assert (ref.authors, ref.title) == (("Santoso",), "Sejarah Madura dan Bawean")
    # cited with its co-authors, the names stand
    [ref] = _listed(tmp_path, "Bawean berkembang sebagai pelabuhan (Santoso dkk., 2019).", entry)
    assert ref.authors == ("Santoso", "Madura", "Bawean")


@pytest.mark.parametrize("line, title, edition", [
    ("Santoso, B. (2019). Sistem kesehatan (Edisi 2). Jakarta: Salemba Medika.", "Sistem kesehatan", "Edisi 2"),
    ("Santoso, B. (2019). Manajemen koperasi (Edisi Revisi). Jakarta: Kencana.", "Manajemen koperasi", "Edisi Revisi"),
    ("Robbins, S. P. (2015). Perilaku organisasi (Edisi 16; R. Saraswati, Terj.). Jakarta: Salemba Empat.",
     "Perilaku organisasi", "Edisi 16"),
    ("Hair, J. F. (2010). Multivariate data analysis (7th ed.). Upper Saddle River, NJ: Pearson.",
     "Multivariate data analysis", "7th ed."),
    # a parenthesis of the title's own stays in it
    ("Santoso, B. (2019). Kepuasan kerja (Studi pada PT Sinar Jaya). Malang: UMM Press.",
     "Kepuasan kerja (Studi pada PT Sinar Jaya)", None),
])
def test_an_apa_edition_is_no_part_of_the_title(line, title, edition):
    ref = parse_reference(line)
    assert (ref.title, ref.edition) == (title, edition)


@pytest.mark.parametrize("line, title", [
    ("Lestari, D. (2020). Analisis isi pemberitaan Covid-19 di Harian Kompas (Edisi Maret-Mei 2020). Skripsi. "
     "Universitas Diponegoro.", "Analisis isi pemberitaan Covid-19 di Harian Kompas (Edisi Maret-Mei 2020)"),
    ("Santoso, B. (2019). Representasi perempuan dalam Majalah Femina (Edisi 1-31 Januari 2018). Jurnal Komunikasi, "
     "5(2), 10-20.", "Representasi perempuan dalam Majalah Femina (Edisi 1-31 Januari 2018)"),
    ("Putra, A. (2021). Evaluasi kurikulum merdeka (Revisi Kurikulum 2013). Jurnal Pendidikan, 3(1), 1-9.",
     "Evaluasi kurikulum merdeka (Revisi Kurikulum 2013)"),
])
def test_a_periodicals_issues_or_a_revision_a_title_names_are_the_titles_own(line, title):
    """A content analysis names the newspaper's issues it read by their months, a title the revision it is about:
    neither is the work's edition (the rule above cut them off the title)."""
    ref = parse_reference(line)
    assert (ref.title, ref.edition) == (title, None)


@pytest.mark.parametrize("style, shown", [("apa", "Sistem kesehatan (Edisi 2)."), ("harvard", "Edisi 2."),
                                          ("chicago", "Edisi 2.")])
def test_each_style_puts_the_edition_where_it_writes_editions(style, shown):
    from telusur.cite import csl_item, items_json, reference

    ref = parse_reference("Santoso, B. (2019). Sistem kesehatan (Edisi 2). Jakarta: Salemba Medika.")
    formatted = reference(style, items_json(csl_item("k", ref.authors, ref.year, ref.to_dict())))
    assert shown in formatted and "(Edisi 2) (Edisi 2)" not in formatted


def test_an_edition_after_an_untitled_work_s_year_is_no_title():
    ref = parse_reference("Ensiklopedi Pendidikan Indonesia. 2012. Edisi Ketiga. Jakarta: Balai Pustaka.")
    assert (ref.title, ref.edition, ref.place) == ("Ensiklopedi Pendidikan Indonesia", "Edisi Ketiga", "Jakarta")


def test_an_ieee_number_cites_an_entry_wrapped_under_its_number():
    from telusur.citations.intext import find_citations

    text = ("Abstrak - Seleksi memerlukan metode yang objektif [1], [2].\n\nDAFTAR PUSTAKA\n\n"
            "[1]   S. Kusumadewi and H. Purnomo, Aplikasi Logika Fuzzy untuk Pendukung Keputusan, 2nd ed.\n"
            "      Yogyakarta, Indonesia: Graha Ilmu, 2010.\n"
            "[2]   E. Turban and J. E. Aronson, Decision Support Systems and Intelligent Systems,\n\n"
            "JURNAL INFORMATIKA                                                    27\n\n"
            "      7th ed. Upper Saddle River, NJ, USA: Pearson Prentice Hall, 2005.\n")
    assert [(c.authors, c.year) for c in find_citations(text)] == [(("Kusumadewi", "Purnomo"), "2010"),
                                                                   (("Turban", "Aronson"), "2005")]


def test_a_hanging_indent_continues_its_entry(tmp_path):
    got = _pasted_list(tmp_path, ['Lestari, Ayu. "Koperasi Nelayan di Pantai Utara." Kompas.com, 5 Maret 2019. Diakses 2',
                                  "      Februari 2021. https://www.kompas.com/koperasi-nelayan.",
                                  'Rahman, Dewi. "Koperasi Wanita di Bandung 1998." Tesis MA,',
                                  "      Universitas Padjadjaran, 2012."])
    assert [(r.authors, r.year, r.kind) for r in got] == [(("Lestari",), "2019", "web"), (("Rahman",), "2012", "thesis")]
    assert got[1].publisher == "Universitas Padjadjaran"


def test_a_body_of_dictionary_words_opens_an_entry_after_a_whole_one(tmp_path):
    got = _pasted_list(tmp_path, ["Santoso, Budi. Koperasi Desa. Bandung: Angkasa, 1977.",
                                  "Perpustakaan Nasional Republik Indonesia. Katalog Koperasi 1945-1949. Jakarta:",
                                  "Perpusnas, 2015."])
    assert [(r.authors, r.year) for r in got] == [(("Santoso",), "1977"),
                                                 (("Perpustakaan Nasional Republik Indonesia",), "2015")]
