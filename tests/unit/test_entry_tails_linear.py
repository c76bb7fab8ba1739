"""Two entry patterns whose time grew faster than the line (the lead's speed list), each read in linear time now with
the same matches (checked on every open document's lines and reference entries and 200,000 random lines):
- the authors of an entry with its year last (references._YEAR_LAST): between the commas of more authors given name
  first, the space after each comma was read either way and both tried, so a line of "Surname AB, " names with no title
  nor year took twice as long with each name (18: 1.2 s), and a full stop after a "dan" was looked for again after each
  name (a line of 3,200 names 4.5 s, quadratic);
- the tail of a web page's entry, the day it was read and its address (references._web_tail): one pattern searched
  from every place ran to the line's end from each, quadratic in the count of glued addresses (4,000: 9.6 s).
Each case stops at 5 s of CPU time (within_cpu_seconds); the old patterns took far longer on these lines, and twice
the line takes less than three times as long now (assert_linear: quadratic took four times)."""

from __future__ import annotations

from telusur.citations.references import looks_like_entry, parse_reference

from .conftest import assert_linear


def read(line: str) -> None:
    looks_like_entry.cache_clear()  # each run reads the line anew
    parse_reference(line)


def test_a_line_of_names_with_no_title_nor_year_is_read_in_time(within_cpu_seconds):
    assert parse_reference("Santoso AB, " * 30 + "x") is None  # the old pattern: about 10 minutes
    assert not looks_like_entry("Santoso AB, " * 30 + "2019.")
    parse_reference("Santoso AB, " * 3000 + "2019.")


def test_a_long_line_of_names_closed_by_dan_is_read_in_time(within_cpu_seconds):
    # the old pattern: quadratic (1,600 names 1.3 s; 60 ms now)
    assert_linear(lambda n: read("Santoso, Budi" + ", Andi Wijaya" * n + " dan Citra. Judul 20"), 800)


def test_more_authors_given_name_first_are_still_read():
    ref = parse_reference("Santoso, Budi, Andi Wijaya, dan Citra Hartono. Judul Buku. Jakarta: Kencana, 2019.")
    assert (ref.authors, ref.title, ref.publisher) == (("Santoso", "Wijaya", "Hartono"), "Judul Buku", "Kencana")
    ref = parse_reference("Santoso, Budi, Andi Wijaya, and Citra Hartono. Judul Buku. Jakarta: Kencana, 2019.")
    assert ref.authors == ("Santoso", "Wijaya", "Hartono")


def test_a_line_of_glued_addresses_is_read_in_time(within_cpu_seconds):
    page = "Santoso, Budi. “Judul.” Detik.com, 2021"
    # the old pattern: quadratic (1,500 addresses 1.7 s and 3 s; 20 ms and 40 ms now)
    assert_linear(lambda n: read(page + ".www.a" * n + " x"), 1000)
    assert_linear(lambda n: read(page + ". Diakses 12 Mei 2022" + ".https://a.id" * n + " x"), 1000)
    assert parse_reference(page + ".www.a" * 8000).kind == "web"


def test_a_pages_day_read_and_address_are_still_its_tail():
    page = parse_reference("Putri, Anisa Dwi. “Judul Berita.” Detik.com, 10 Oktober 2021. Diakses 12 Maret 2022. "
                           "https://news.detik.com/a.")
    assert (page.kind, page.container, page.url) == ("web", "Detik.com", "https://news.detik.com/a")
    page = parse_reference("Putri, Anisa Dwi. “Judul Berita.” Detik.com, 10 Oktober 2021. https://news.detik.com/a. "
                           "Accessed March 12, 2022.")
    assert (page.kind, page.year) == ("web", "2021")
