"""Reference-list entries in the styles and places the earlier rules misread (issue 14): a body as a Vancouver
author, Vancouver's notes before the place (edition, translator) and its chapters ("Dalam: ..., editor."), an IEEE
book's place with its state and country, IPB's unstopped initials, a thesis's city with its province, a page's foot
inside a list, a comma entry running on into a journal, a medium's bracket after a question. Made-up entries only."""

from __future__ import annotations

import pytest

from telusur.citations.references import parse_reference


@pytest.mark.parametrize("line, body, kind, container, place, publisher", [
    ("American Diabetes Association. Classification of diabetes: standards of care in diabetes—2021. Diabetes Care. "
     "2021;44(Suppl 1):S15-33.", "American Diabetes Association", "article", "Diabetes Care", None, None),
    ("World Health Organization. Global report on obesity [Internet]. Geneva: WHO; 2016 [cited 2022 Jan 10]. "
     "Available from: https://www.who.int/publications/report", "World Health Organization", "book", None, "Geneva",
     "WHO"),
    ("WHO. Global report on obesity. Geneva: WHO; 2016.", "WHO", "book", None, "Geneva", "WHO"),
])
def test_a_body_as_a_vancouver_author(line, body, kind, container, place, publisher):
    ref = parse_reference(line)
    assert ref is not None and ref.authors == (body,) and ref.year in ("2016", "2021")
    assert (ref.kind, ref.container, ref.place, ref.publisher) == (kind, container, place, publisher)


def test_a_person_before_a_vancouver_title_is_no_body():
    assert parse_reference("Nursalam. Metodologi penelitian. Jakarta: Salemba Medika; 2016.").authors == ("Nursalam",)


@pytest.mark.parametrize("line", [
    "Sherwood L. Fisiologi manusia. Edisi 8. Pendit BU, penerjemah. Jakarta: EGC; 2014.",
    "Sherwood L. Fisiologi manusia. 8th ed. Jakarta: EGC; 2014.",
    "Sherwood L. Fisiologi manusia. Edisi Revisi. Jakarta: EGC; 2014.",
])
def test_vancouver_notes_before_the_place_leave_a_book(line):
    ref = parse_reference(line)
    assert (ref.kind, ref.title, ref.place, ref.publisher, ref.container) == (
        "book", "Fisiologi manusia", "Jakarta", "EGC", None)


@pytest.mark.parametrize("line, book, pages", [
    ("Suyono S. Diabetes di Indonesia. Dalam: Sudoyo AW, Setiati S, editor. Buku ajar penyakit dalam. Edisi 5. "
     "Jakarta: Interna Publishing; 2009. hlm. 1873-9.", "Buku ajar penyakit dalam", "1873-9"),
    ("Powers AC. Diabetes. In: Kasper DL, Fauci AS, editors. Harrison's principles of medicine. 19th ed. Jakarta: "
     "Interna Publishing; 2009. p. 2399-407.", "Harrison's principles of medicine", "2399-407"),
])
def test_a_vancouver_chapter_in_an_edited_book(line, book, pages):
    ref = parse_reference(line)
    assert (ref.kind, ref.container, ref.place, ref.publisher, ref.pages) == (
        "chapter", book, "Jakarta", "Interna Publishing", pages)


@pytest.mark.parametrize("line, place, publisher", [
    ("R. S. Pressman and B. R. Maxim, Software Engineering, 8th ed. New York, NY, USA: McGraw-Hill Education, 2015.",
     "New York, NY, USA", "McGraw-Hill Education"),
    ("J. Han and M. Kamber, Data Mining: Concepts and Techniques, 3rd ed. Waltham, MA, USA: Morgan Kaufmann, 2012.",
     "Waltham, MA, USA", "Morgan Kaufmann"),
    ("A. Kadir, Pengenalan Sistem Informasi. Yogyakarta: Andi, 2014.", "Yogyakarta", "Andi"),
])
def test_an_ieee_books_place_keeps_its_state_and_country(line, place, publisher):
    ref = parse_reference(line)
    assert (ref.kind, ref.place, ref.publisher) == ("book", place, publisher)


@pytest.mark.parametrize("line, authors", [
    ("Martianto DH, Riyadi H, Ariani M. 2007. Manajemen Program Gizi. Bogor: IPB Press.",
     ("Martianto", "Riyadi", "Ariani")),
    ("Sari DK, Putri A. 2019. Gizi Balita. Bogor: IPB Press.", ("Sari", "Putri")),
    ("Kominfo RI. 2020. Survei Literasi Digital. Jakarta: Kominfo.", ("Kominfo RI",)),  # alone: maybe a body
    ("Kemenkes RI. 2019. Profil Kesehatan. Jakarta: Kemenkes RI.", ("Kemenkes RI",)),
])
def test_ipb_initials_after_the_first_authors_surname(line, authors):
    assert parse_reference(line).authors == authors


@pytest.mark.parametrize("line, place, publisher", [
    ("Pratiwi, R. (2019). Stunting pada balita (Tesis). Universitas Brawijaya, Malang, Jawa Timur.",
     "Malang, Jawa Timur", "Universitas Brawijaya"),
    ("Pratiwi, R. (2019). Stunting pada balita (Tesis). Jurusan Gizi, Universitas Brawijaya, Malang.",
     "Malang", "Jurusan Gizi, Universitas Brawijaya"),
])
def test_a_theses_city_with_its_province_is_the_place(line, place, publisher):
    ref = parse_reference(line)
    assert (ref.kind, ref.place, ref.publisher) == ("thesis", place, publisher)


@pytest.mark.parametrize("title", ["Konsensus pengelolaan diabetes melitus di Indonesia.",
                                   "Konsensus pengelolaan diabetes melitus di Indonesia 2015."])  # a year ends line 1
def test_a_pages_foot_met_once_inside_a_list_is_left_out_of_the_entry_it_cuts(tmp_path, title):
    from telusur.citations import reference_entries
    from telusur.documents import read_document

    path = tmp_path / "artikel.txt"
    path.write_text(
        "JUDUL ARTIKEL\n\nTeks pembahasan yang mengutip (1) dan (2).\n\nDAFTAR PUSTAKA\n\n"
        f"1.   Hartono BS, Wijaya C, Sari DK, et al. {title}\n\n"
        "Jurnal Kesehatan Komunitas                                                  45\n\n"
        "     Jakarta: PB PERKENI; 2015.\n"
        "2.   Sari DK. Gizi balita. Bogor: IPB Press; 2019.\n", encoding="utf-8")
    first, second = reference_entries(read_document(path, path.name, 5.0))
    assert (first.place, first.publisher, first.year) == ("Jakarta", "PB PERKENI", "2015")
    assert "Komunitas" not in first.text and second.authors == ("Sari",)


def test_an_uncited_law_is_labelled_by_its_name_alone():
    from telusur.chunking import chunk_document
    from telusur.citations import build_registry
    from telusur.documents import markdown

    doc = markdown.read("# Bab\n\nTeks tanpa rujukan.\n\n## Daftar Pustaka\n\nSantoso, B. (2019). Hukum Perdata. "
                        "Jakarta: Kencana.\n\nKitab Undang-Undang Hukum Perdata.\n\nUndang-Undang Nomor 20 Tahun 2003 "
                        "tentang Sistem Pendidikan Nasional.\n\nRepublik Indonesia. 2009. Undang-Undang tentang "
                        "Pelayanan Publik. Jakarta: Sekretariat Negara.\n".encode(), "bab.md")
    labels = {w.label for w in build_registry(chunk_document(doc), [doc])}
    assert {"Santoso (2019)", "Kitab Undang-Undang Hukum Perdata", "Undang-Undang Nomor 20 Tahun 2003"} <= labels
    assert not any("t.t." in label or "2003 (2003)" in label for label in labels)


@pytest.mark.parametrize("line", [
    "Siregar, Januari dan Muaz Zul, 2015, Penegakan Hukum Lingkungan, Jurnal Mercatoria, Vol.8, No. 2.",
    "Siregar, Januari, Penegakan Hukum Lingkungan, Jurnal Mercatoria, Vol. 8 No. 2, 2015.",
    "Siregar, Januari, 2015, Penegakan Hukum Lingkungan, Jurnal Mercatoria, Universitas Medan Area, Vol. 8, No. 2, "
    "hlm. 45-60.",  # the journal's host after its name; "Vol. 8" with a full stop inside the run-on
])
def test_a_comma_entrys_title_running_on_into_a_journal_is_an_article(line):
    ref = parse_reference(line)
    assert (ref.kind, ref.title, ref.container, ref.volume, ref.issue) == (
        "article", "Penegakan Hukum Lingkungan", "Jurnal Mercatoria", "8", "2")


@pytest.mark.parametrize("line", ["Santoso, Budi, 2019, Jurnal Harian Seorang Guru, Bandung: Alfabeta.",
                                  "Santoso, Budi, 2019, Membaca Jurnal, Majalah dan Buku, Jakarta: Kencana."])
def test_a_title_naming_a_journal_with_no_volume_stays_a_book(line):
    assert parse_reference(line).kind == "book"


def test_a_vancouver_author_opening_with_a_particle():
    ref = parse_reference("Black RE, Walker SP, de Onis M, et al. Maternal and child undernutrition. Lancet. "
                          "2013;382(9890):427-51.")
    assert (ref.kind, ref.authors, ref.container) == ("article", ("Black", "Walker", "de Onis"), "Lancet")


def test_a_laws_gazette_as_a_sentence_after_its_name_is_its_container():
    ref = parse_reference("Undang-Undang Nomor 18 Tahun 2012 tentang Pangan. Lembaran Negara Republik Indonesia "
                          "Tahun 2012 Nomor 227. Jakarta: Sekretariat Negara.")
    assert (ref.kind, ref.container, ref.place, ref.publisher) == (
        "law", "Lembaran Negara Republik Indonesia Tahun 2012 Nomor 227", "Jakarta", "Sekretariat Negara")


@pytest.mark.parametrize("line, title, container", [
    ("Kok Bisa. (2019, 10 Januari). Kenapa kita mudah lupa? [Video]. YouTube. https://www.youtube.com/watch?v=abc",
     "Kenapa kita mudah lupa? [Video]", "YouTube"),
    ("Santoso, B. (2020, 3 Mei). Apa itu stunting? [Blog post]. Blog Gizi. https://bloggizi.id/stunting",
     "Apa itu stunting? [Blog post]", "Blog Gizi"),
    ("Kok Bisa. (2019, 10 Januari). Kenapa kita mudah lupa [Video]. YouTube. https://www.youtube.com/watch?v=abc",
     "Kenapa kita mudah lupa [Video]", "YouTube"),
])
def test_a_medium_after_a_title_asking_a_question_stays_out_of_the_site(line, title, container):
    ref = parse_reference(line)
    assert (ref.kind, ref.title, ref.container) == ("web", title, container)
