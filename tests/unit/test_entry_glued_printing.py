"""A printing whose note no full stop closes, run on into the place or the publisher ("Pengantar Sosiologi.Cetakan
Ketiga Lembaga Penerbit FEUI. Jakarta.", "Cetakan ke-26 Bandung: Alfabeta."): the word and its one number or ordinal are
the note (the edition field, as a printing closed by its stop is), and what follows is the place and publisher; a
publisher then its place after a stop ("Rineka Cipta. Jakarta") is read as "Bandung. Alfabeta" is, the other way round.
The lead's list (a tuning-half list's "Moral.Cetakan Pertama Rineka Cipta. Jakarta."); fresh gold 15 (entries12)."""

from __future__ import annotations

import pytest

from telusur.citations.references import parse_reference


@pytest.mark.parametrize("entry, edition, place, publisher", [
    ("Sunarto, Kamanto. 2004. Pengantar Sosiologi.Cetakan Ketiga Lembaga Penerbit FEUI. Jakarta.", "Cetakan Ketiga",
     "Jakarta", "Lembaga Penerbit FEUI"),
    ("Salam, B. (2000) Etika individual: Pola Dasar Filsafat Moral.Cetakan Pertama Rineka Cipta. Jakarta.",
     "Cetakan Pertama", "Jakarta", "Rineka Cipta"),
    ("Sugiyono. 2017. Metode Penelitian Kuantitatif, Kualitatif, dan R&D. Cetakan ke-26 Bandung: Alfabeta.",
     "Cetakan ke-26", "Bandung", "Alfabeta"),
    ("Arikunto, Suharsimi. 2010. Prosedur Penelitian. Cetakan Keempat Belas Jakarta: Rineka Cipta.",
     "Cetakan Keempat Belas", "Jakarta", "Rineka Cipta"),
])
def test_a_printing_glued_to_what_follows_is_the_edition(entry, edition, place, publisher):
    ref = parse_reference(entry)
    assert (ref.edition, ref.place, ref.publisher) == (edition, place, publisher)


def test_a_publisher_that_only_looks_like_a_printing_stays_the_publisher():
    ref = parse_reference("Santoso, Budi. 2019. Judul Buku. Jakarta: Cetak Biru Press.")
    assert (ref.edition, ref.place, ref.publisher) == (None, "Jakarta", "Cetak Biru Press")


def test_a_long_line_of_glued_printings_is_read_in_linear_time(within_cpu_seconds):
    from .conftest import assert_linear

    assert_linear(lambda n: parse_reference("Santoso, B. 2019. Judul. " + "Cetakan ke-1 " * n + "Kencana. Jakarta."),
                  1000)
    assert_linear(lambda n: parse_reference("Santoso, B. 2019. Judul. Kencana" + " Rineka" * n + ". Jakarta"), 1000)
