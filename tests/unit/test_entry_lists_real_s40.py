"""Kinds the Left list and fresh entries gold 30 (file entries21, REAL documents by outside authors, ../team/entries30)
showed, each a rule for the kind, tested here in other words than the documents': one author written surname then
initials read by the list around it, one-name co-authors among initialled ones, CSE's journal facts (pages in parts, one
page, a supplement), an article with no author, a page or a paper dated to the day with a short month, a body's year
before a title ending in a year, a law's "tahun" and a decree number's last year, an Open Journal Systems address, a
label paragraph over its first entry, a page listed by its title and its site, a list after a "Sumber:" paragraph
keeping its links' addresses."""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import parse_reference

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_one_author_with_initials_is_a_person_where_the_list_writes_names_so(tmp_path: Path):
    listed = _entries(tmp_path, "pustaka.md",
                      "# Daftar Pustaka\n\n"
                      "Harahap RM, Siregar T. 2018. Pola tanam jagung di lahan kering. J Agron Indones. 46(2):101–109.\n\n"
                      "Lubis AK. 2016. Hama utama tanaman kopi arabika. Bul Perlind Tan. 12(1):1–8.\n\n"
                      "Kementan RI. 2019. Statistik Pertanian 2019. Jakarta: Kementan.\n\n"
                      "Nasution S, Daulay H, Pane R. 2020. Budidaya kopi. Medan: USU Pr.\n")
    assert [e.authors for e in listed] == [("Harahap", "Siregar"), ("Lubis",), ("Kementan RI",),
                                           ("Nasution", "Daulay", "Pane")]


def test_one_author_with_initials_stays_whole_alone():
    assert parse_reference("Lubis AK. 2016. Hama utama tanaman kopi arabika. Bul Perlind Tan. 12(1):1–8.").authors \
        == ("Lubis AK",)  # no list to tell a person from a body's short name


def test_one_name_coauthors_among_initialled_ones():
    ref = parse_reference("Hadiwijoyo S, Prasetyo B, Wiranto. 2015. Pengantar Agronomi Lahan Kering. Bogor: IPB Pr.")
    assert ref.authors == ("Hadiwijoyo", "Prasetyo", "Wiranto")
    ref = parse_reference("Lestari E, Subagyo D, Rahmawati A, Suparman, Wijaya K. 2011. Status hara tanah sawah. "
                          "Di dalam: Ali A, editor. Prosiding Seminar Nasional Tanah. Bogor: Balittanah. hlm 10–20.")
    assert ref.authors == ("Lestari", "Subagyo", "Rahmawati", "Suparman", "Wijaya")
    assert parse_reference("Arikunto, Suharsimi. 2010. Prosedur Penelitian. Jakarta: Rineka Cipta.").authors == ("Arikunto",)


def test_cse_journal_facts_pages_in_parts_one_page_a_supplement():
    cases = [("Hartono B, Sari D. 1985. Pola tanam padi gogo. Agrivita. 12:101–108, 110–112.", "Agrivita"),
             ("Lubis R, Amir K. 2018. Catatan singkat tentang kopi. Nature. 560(7716):402.", "Nature"),
             ("Hartono B. 1995. Tanaman obat langka di Jawa. Floribunda. 2 Sisipan 1:10–14.", "Floribunda")]
    for line, journal in cases:
        ref = parse_reference(line)
        assert (ref.kind, ref.container) == ("article", journal), line


def test_an_article_with_no_author_its_title_where_the_author_stands():
    ref = parse_reference("Harga pangan dunia naik lagi. 2008. Trubus. 39(2):14–15.")
    assert (ref.title, ref.year, ref.kind, ref.container) == ("Harga pangan dunia naik lagi", "2008", "article", "Trubus")
    assert ref.names == ("Harga pangan dunia naik lagi",)  # cited by its title


def test_a_page_dated_to_the_day_with_a_short_or_whole_month_on_a_site():
    ref = parse_reference("Karnesyia, A. (2 Feb 2024). 13 Tanda Kehamilan Berisiko. HaiBunda. https://www.haibunda.com/x")
    assert (ref.authors, ref.year, ref.kind, ref.container) == (("Karnesyia",), "2024", "web", "HaiBunda")
    ref = parse_reference("Gloria, N. (18 Maret 2022). Sembilan Faktor Risiko. Viva. https://www.viva.co.id/x")
    assert (ref.kind, ref.container, ref.publisher) == ("web", "Viva", None)
    ref = parse_reference("Putra, B. (Mei 2019). Judul Buku. Gramedia. https://x.id/y")  # a month, no day: a book
    assert (ref.kind, ref.publisher) == ("book", "Gramedia")


def test_a_bodys_year_after_its_name_before_a_title_ending_in_a_year():
    ref = parse_reference("Badan Pusat Statistik. 2019. *Statistik Pemuda Indonesia 2018*. https://www.bps.go.id/x")
    assert (ref.authors, ref.year, ref.title) == (("Badan Pusat Statistik",), "2019", "Statistik Pemuda Indonesia 2018")


def test_a_laws_year_after_tahun_in_small_letters_and_a_decree_numbers_last_year():
    ref = parse_reference("Peraturan Menteri Pertanian Republik Indonesia Nomor 12 tahun 2019 tentang Pupuk Bersubsidi.")
    assert (ref.kind, ref.year) == ("law", "2019")
    ref = parse_reference("Keputusan Menteri Pendidikan Nomor HK.03.01/Mendik/1987/2021 tentang Kurikulum Darurat.")
    assert (ref.kind, ref.year) == ("law", "2021")
    ref = parse_reference("Putusan Pengadilan Negeri Medan Nomor 88/Pdt.G/2017/PN.Mdn.")
    assert (ref.kind, ref.year) == ("law", "2017")  # the year before the court's code, not before another year


def test_an_open_journal_systems_address_makes_the_name_a_journal():
    ref = parse_reference("Wibisono, A., dkk. (2023). Rancang Bangun Aplikasi Kasir. Informatika Mulawarman. "
                          "https://e-journals.unmul.ac.id/index.php/JIM/article/view/1234")
    assert (ref.kind, ref.container, ref.publisher) == ("article", "Informatika Mulawarman", None)
    ref = parse_reference("Wibisono, A. (2023). Rancang Bangun Aplikasi Kasir. Gramedia. https://books.google.com/x")
    assert (ref.kind, ref.publisher) == ("book", "Gramedia")


def test_a_label_paragraph_over_its_first_entry_then_an_entry_a_paragraph(tmp_path: Path):
    listed = _entries(tmp_path, "gizi.html",
                      "<h1>Makan Sayur Setiap Hari</h1><p>Sayur mengandung serat yang baik untuk pencernaan.</p>"
                      "<p>Referensi: <br/>Badan Pengawas Obat dan Makanan. 2018. Pedoman Gizi Seimbang. BPOM : Jakarta.</p>"
                      "<p>Badan Pengawas Obat dan Makanan. 2020. Serat Pangan. BPOM : Jakarta.</p>")
    assert [(e.authors, e.year, e.title, e.place) for e in listed] == [
        (("Badan Pengawas Obat dan Makanan",), "2018", "Pedoman Gizi Seimbang", "Jakarta"),
        (("Badan Pengawas Obat dan Makanan",), "2020", "Serat Pangan", "Jakarta")]


def test_a_page_by_its_title_and_site_read_on_a_day():
    ref = parse_reference("Mengenal Jenis, Ciri, dan Manfaat Tidur Siang. Halodoc. Diakses: 5 Mei 2021. "
                          "https://www.halodoc.com/artikel/tidur")
    assert (ref.names, ref.year, ref.kind, ref.container, ref.url) == (
        ("Mengenal Jenis, Ciri, dan Manfaat Tidur Siang",), None, "web", "Halodoc", "https://www.halodoc.com/artikel/tidur")


def test_a_list_after_a_sources_paragraph_keeps_its_links_addresses(tmp_path: Path):
    listed = _entries(tmp_path, "tidur.html",
                      "<h1>Tidur Siang</h1><p>Tidur siang sebentar menyegarkan badan.</p><p>Sumber:</p><ul>"
                      "<li>Mengenal Manfaat Tidur Siang. <a href='https://www.halodoc.com/artikel/tidur'>Halodoc</a>. "
                      "Diakses: 5 Mei 2021.</li>"
                      "<li>Santoso, B. (3 Maret 2020). <a href='https://sehat.id/a/tidur'>Tidur dan Daya Ingat</a>. "
                      "Sehat.id. Diakses: 5 Mei 2021.</li>"
                      "<li>Wijaya, C. (9 Juni 2019). <a href='https://sehat.id/a/siang'>Kapan Tidur Siang</a>. "
                      "Sehat.id. Diakses: 5 Mei 2021.</li></ul>")
    assert [(e.names[0], e.year, e.url) for e in listed] == [
        ("Mengenal Manfaat Tidur Siang", None, "https://www.halodoc.com/artikel/tidur"),
        ("Santoso, B.", "2020", "https://sehat.id/a/tidur"), ("Wijaya, C.", "2019", "https://sehat.id/a/siang")]
