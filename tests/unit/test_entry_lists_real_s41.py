"""Kinds fresh entries gold 31 (file entries22, REAL documents by outside authors, ../team/entries31) and the Left list
showed, each a rule for the kind, tested here in other words than the documents': a LaTeX reference list written as a
thebibliography environment."""

from __future__ import annotations

from pathlib import Path

from telusur.citations.references import parse_reference, reference_entries
from telusur.documents import read_document

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_a_latex_thebibliography_is_the_reference_list_each_bibitem_an_entry(tmp_path: Path):
    listed = _entries(tmp_path, "bab5.tex",
                      "\\section{Kesimpulan}\nPola hujan berubah \\cite{sutanto}.\n\n"
                      "\\begin{thebibliography}{9}\n"
                      "\\makeatletter\\let\\lama@bibitem\\bibitem\\makeatother\n"
                      "\\bibitem[Sutanto(2015)]{sutanto} Sutanto, Budi & Rahayu, Sri. (2015). Iklim Mikro Perkotaan.\n"
                      "\\newblock Bandung: Penerbit Angkasa.\n"
                      "%\\bibitem{lama} Lama, Ali. (1990). Entri yang dibuang. Jakarta: Balai.\n"
                      "\\bibitem{bmkg} Hidayat, Rudi. (2019). Curah hujan ekstrem di pesisir.\n"
                      "Jurnal Meteorologi Terapan, 4(2), 33-41.\n"
                      "\\end{thebibliography}\n")
    assert [(e.authors, e.year) for e in listed] == [(("Sutanto", "Rahayu"), "2015"), (("Hidayat",), "2019")]
    assert listed[0].publisher == "Penerbit Angkasa"


def test_a_latex_reference_heading_over_thebibliography_is_not_written_twice(tmp_path: Path):
    path = tmp_path / "pustaka.tex"
    path.write_text("\\chapter*{DAFTAR PUSTAKA}\n\\begin{thebibliography}{99}\n"
                    "\\bibitem{a} Wibowo, Agus. (2012). Teori Graf Dasar. Surabaya: Unesa Press.\n"
                    "\\end{thebibliography}\n", encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    headings = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"]
    assert headings == ["DAFTAR PUSTAKA"]
    assert "Teori Graf Dasar" in doc.text


def test_itb_style_a_colon_after_the_year_then_parts_cut_by_commas():
    ref = parse_reference("Wijaya, K., dan Lestari, M. (1998) : Pewarnaan titik pada graf lingkaran, "
                          "Jurnal Matematika Terapan Volume 12, 45-58.")
    assert (ref.authors, ref.year, ref.title, ref.kind, ref.container, ref.volume, ref.pages) == \
        (("Wijaya", "Lestari"), "1998", "Pewarnaan titik pada graf lingkaran", "article", "Jurnal Matematika Terapan",
         "12", "45-58")
    ref = parse_reference("Rosen, K. H. (2012) : Discrete Mathematics, McGraw-Hill, Boston.")
    assert (ref.title, ref.kind, ref.publisher, ref.place) == ("Discrete Mathematics", "book", "McGraw-Hill", "Boston")
    ref = parse_reference("Tutte, W. T. (1984) : Graph Theory, Cambridge University Press, Ithaca, NY.")
    assert (ref.title, ref.publisher, ref.place) == ("Graph Theory", "Cambridge University Press", "Ithaca, NY")
    ref = parse_reference("Hadi, S. (2003) : Sifat sisi graf, Bul Mat 7, 11-19.")  # the volume after a space
    assert (ref.title, ref.container, ref.volume) == ("Sifat sisi graf", "Bul Mat", "7")


def test_agu_style_a_comma_after_the_year_and_an_abbreviated_journal():
    ref = parse_reference("Hartono, A. B., C. Dewi, and E. Putra (2004), Variasi curah hujan musiman di Jawa, "
                          "J. Atmos. Sci., 61(3), 1102–1115.")
    assert (ref.authors, ref.year, ref.title, ref.container, ref.volume, ref.issue, ref.pages) == \
        (("Hartono", "Dewi", "Putra"), "2004", "Variasi curah hujan musiman di Jawa", "J. Atmos. Sci.", "61", "3",
         "1102-1115")
    ref = parse_reference("Siregar, T., and Lubis, R. (2011), Angin monsun dan suhu laut, Geophys. Res. Lett., 38, "
                          "L04801, doi:10.1029/2010GL046000.")
    assert (ref.container, ref.pages, ref.doi) == ("Geophys. Res. Lett.", "L04801", "10.1029/2010GL046000")


def test_an_undated_page_by_an_author_its_address_last_in_a_list(tmp_path: Path):
    listed = _entries(tmp_path, "pustaka.md",
                      "# Referensi\n\n"
                      "Pratama, Yoga. Mengenal Komputasi Awan untuk Pemula https://contoh.blog/awan\n\n"
                      "Hidayat, Rina. Keamanan Data di Pusat Data https://contoh.net/pusat-data.pdf\n")
    assert [(e.authors, e.year, e.title, e.kind, e.url) for e in listed] == [
        (("Pratama",), None, "Mengenal Komputasi Awan untuk Pemula", "web", "https://contoh.blog/awan"),
        (("Hidayat",), None, "Keamanan Data di Pusat Data", "web", "https://contoh.net/pusat-data.pdf")]


def test_publisher_before_a_place_no_list_of_cities_holds():
    ref = parse_reference("Hakim, Lukman. (2010). Pengolahan Citra Digital. Pearson Education: Essex.")
    assert (ref.publisher, ref.place) == ("Pearson Education", "Essex")
    ref = parse_reference("Putri, Ayu. (2016). Klasifikasi Mutu Jeruk (Skripsi). Universitas Jember: Jember.")
    assert (ref.publisher, ref.place) == ("Universitas Jember", "Jember")
    ref = parse_reference("Lee, Ann. (2011). Fruit Grading by Colour (Thesis). Lincoln University: Canterbury.")
    assert (ref.publisher, ref.place) == ("Lincoln University", "Canterbury")


def test_first_author_given_name_first_then_the_others_surname_first():
    ref = parse_reference("Arif Budiman, Lestari, Dewi. (2015). Deteksi cacat buah mangga. Jurnal Teknik Pertanian, "
                          "3(1), 1-9.")
    assert (ref.authors, ref.names) == (("Budiman", "Lestari"), ("Arif Budiman", "Lestari, Dewi"))
    ref = parse_reference("Sri R. Handayani, Gunawan, Eko A. (2012). Citra Digital. Andi: Yogyakarta.")
    assert ref.authors == ("Handayani", "Gunawan")
    ref = parse_reference("Van Dijk, Teun, & Kintsch, Walter. (1983). Strategies of Discourse Comprehension. New York: "
                          "Academic Press.")  # a particle opens a surname: surname first throughout
    assert ref.authors == ("Van Dijk", "Kintsch")


def test_an_officials_numbered_letter_is_listed_as_a_law_is():
    ref = parse_reference("Surat Kepala Dinas Pendidikan Provinsi Nomor 420/1502/Disdik/2021 perihal Pembelajaran "
                          "Tatap Muka Terbatas")
    assert (ref.kind, ref.year, ref.authors) == ("law", "2021", ("Surat Kepala Dinas Pendidikan Provinsi Nomor "
                                                                   "420/1502/Disdik/2021",))
    ref = parse_reference("Surat Dirjen Pendidikan Tinggi Nomor 152/E/T/2012 hal Publikasi Karya Ilmiah.")
    assert (ref.kind, ref.year) == ("law", "2012")


def test_an_article_in_press_its_journal_named_with_no_volume():
    ref = parse_reference("Harahap RM, Lubis AK. 2021. Pola tanam kopi di lahan gambut. J Agron Indones., siap terbit.")
    assert (ref.kind, ref.container, ref.publisher) == ("article", "J Agron Indones", None)
    ref = parse_reference("Lubis, K. (2022). Pemupukan jagung di Sumatera. Jurnal Tanah Tropika (in press).")
    assert (ref.kind, ref.container) == ("article", "Jurnal Tanah Tropika")


def test_notes_under_the_reference_heading_are_each_an_entry_and_a_links_words_are_no_part(tmp_path: Path):
    listed = _entries(tmp_path, "laporan.md",
                      "# Prediksi Harga Rumah\n\nModel regresi dipakai[^1] dan dievaluasi[^2].\n\n## Referensi\n\n"
                      "[^1]: Wibisono, Ardi, dkk. \"Statistika untuk Data Sains\". Informatika. 2021. Tersedia: "
                      "[tautan buku](https://contoh.id/buku).\n\n"
                      "[^2]: Santosa, Budi, dkk. \"Evaluasi Model Regresi\". Deepublish. 2019. Tersedia: halaman penerbit.\n")
    assert [(e.authors, e.year, e.title, e.publisher) for e in listed] == [
        (("Wibisono",), "2021", "Statistika untuk Data Sains", "Informatika"),
        (("Santosa",), "2019", "Evaluasi Model Regresi", "Deepublish")]


def test_copernicus_style_names_then_comma_parts_and_the_year_last():
    ref = parse_reference("Hidayat, R. A., Lestari, S., and Putra, B.: Tren suhu permukaan laut di Selat Makassar, "
                          "Ocean Sci., 12, 301–315, https://doi.org/10.5194/os-12-301-2016, 2016.")
    assert (ref.authors, ref.year, ref.title, ref.kind, ref.container, ref.volume, ref.pages, ref.doi) == \
        (("Hidayat", "Lestari", "Putra"), "2016", "Tren suhu permukaan laut di Selat Makassar", "article",
         "Ocean Sci.", "12", "301-315", "10.5194/os-12-301-2016")


def test_a_law_listed_by_its_maker_where_the_author_stands():
    ref = parse_reference("Pemerintah Kota Bogor. (2019). Peraturan Wali Kota Bogor Nomor 12 Tahun 2019 tentang Tata "
                          "Kelola Pasar. https://jdih.kotabogor.go.id/perwali-12-2019")
    assert (ref.kind, ref.authors, ref.year) == ("law", ("Pemerintah Kota Bogor",), "2019")
    ref = parse_reference("Santoso, B. (2019). Peraturan Daerah Nomor 5 Tahun 2010 dalam Praktik. Jakarta: Kencana.")
    assert ref.kind == "book"  # a person's book about a law
    ref = parse_reference("Tim Redaksi Pustaka Yustisia. (2015). Undang-Undang Dasar 1945 dan Amandemennya. Yogyakarta: "
                          "Pustaka Yustisia.")
    assert ref.kind == "book"  # a publisher's printing of one


def test_a_report_numbered_in_brackets_after_its_title():
    ref = parse_reference("Badan Pusat Statistik Kota Bogor. (2022). Statistik Harga Konsumen 2021 (Publikasi Statistik "
                          "No. 3271.2201). Badan Pusat Statistik Kota Bogor.")
    assert (ref.kind, ref.title) == ("report", "Statistik Harga Konsumen 2021")
    ref = parse_reference("Rahman, A. (2018). Upah minimum dan kemiskinan (Working Paper No. 7). Lembaga Riset Ekonomi.")
    assert (ref.kind, ref.title, ref.publisher) == ("report", "Upah minimum dan kemiskinan", "Lembaga Riset Ekonomi")


def test_a_bib_file_entry_with_no_year_a_reports_number_and_a_doi_written_as_its_address(tmp_path: Path):
    path = tmp_path / "pustaka.bib"
    path.write_text("@report{bps22,\n  author = {{Badan Pusat Statistik Kota Bogor}},\n  title = {Statistik Harga "
                    "Konsumen 2021},\n  institution = {Badan Pusat Statistik Kota Bogor},\n  type = {Publikasi "
                    "Statistik},\n  number = {3271.2201},\n  year = {2022}\n}\n"
                    "@misc{laman,\n  author = {{Dinas Pertanian Kota Bogor}},\n  title = {Profil Dinas},\n"
                    "  url = {https://distan.kotabogor.go.id/}\n}\n"
                    "@article{lubis,\n  author = {Lubis, Rahmat},\n  title = {Harga cabai},\n  journal = {Jurnal Agribisnis},"
                    "\n  year = {2020},\n  doi = {https://doi.org/10.1234/ja.2020.5}\n}\n", encoding="utf-8")
    listed = {e.authors[0]: e for e in reference_entries(read_document(path, path.name, 5.0))}
    assert (listed["Badan Pusat Statistik Kota Bogor"].kind, listed["Badan Pusat Statistik Kota Bogor"].publisher) == \
        ("report", "Badan Pusat Statistik Kota Bogor")
    assert (listed["Dinas Pertanian Kota Bogor"].year, listed["Dinas Pertanian Kota Bogor"].url) == \
        (None, "https://distan.kotabogor.go.id/")
    assert listed["Lubis"].doi == "10.1234/ja.2020.5"
