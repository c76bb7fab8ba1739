"""Two entry patterns that looked ahead for a year or a volume from every place a title could end read a long line in
time quadratic in its length (the lead's list: a body's name then 3,000 "?", a title then 3,000 ", Jurnal X"): each
looks once now. The entries they are for read as before."""

from telusur.citations.references import looks_like_entry, parse_reference

from .conftest import assert_linear


def test_a_bodys_vancouver_entry_and_a_journal_after_a_title_are_read():
    who = parse_reference("World Health Organization. Global report on diabetes? A summary. Geneva: WHO; 2016.")
    assert (who.authors, who.year) == (("World Health Organization",), "2016")
    ref = parse_reference("Siregar, A. 2015. Perlindungan Konsumen, Jurnal Mercatoria, Universitas Medan Area, "
                          "Vol. 8, No. 2, hlm. 10-20.")
    assert (ref.title, ref.container) == ("Perlindungan Konsumen", "Jurnal Mercatoria")


def read(line: str) -> None:
    looks_like_entry.cache_clear()  # each run reads the line anew
    parse_reference(line)


# Twice the line takes less than three times as long (the old patterns: quadratic, minutes on 100,000 "? "; 0.4 s
# at a thirtieth of that), and a reading stuck on a line stops at 5 s of CPU time (within_cpu_seconds).
def test_a_bodys_name_and_a_long_line_of_question_marks_is_read_at_once(within_cpu_seconds):
    assert_linear(lambda n: read("World Health Organization. " + "? " * n), 8_000)


def test_a_title_and_a_long_line_of_journal_names_is_read_at_once(within_cpu_seconds):
    assert_linear(lambda n: read("Santoso, B. 2019. Judul" + ", Jurnal X" * n), 4_000)


def test_a_web_pages_address_glued_to_another_is_read_at_once(within_cpu_seconds):
    """Chicago's web page tail (_web_tail): an address running on over another glued to it (".www.") is one address;
    split there, each way of splitting a line of many was tried (26 of them 0.6 s, each more x1.6)."""
    page = parse_reference("Putri, Anisa Dwi. “Judul Berita.” Detik.com, 10 Oktober 2021. Diakses 12 Maret 2022. "
                           "https://news.detik.com/a.")
    assert (page.kind, page.url) == ("web", "https://news.detik.com/a")
    read("Santoso, Budi. “Judul.” Detik.com, 2021" + ".www." * 60 + " x")
