"""A line in capitals read as the names of a reference entry's authors is read in time: a running header pasted over a
paragraph ("IDA KURNIA, SENGKETA ANTARA INDONESIA DAN MALAYSIA sesuai dengan ...", a PDF copied out of a viewer into
Word) hung chunking, the author pattern trying every way to split each capitalised word into initials."""

from __future__ import annotations

from telusur.citations.references import looks_like_entry

_PASTED = ("IDA KURNIA, SENGKETA ANTARA INDONESIA DAN MALAYSIA sesuai dengan Konvensi Hukum Laut Internasional 1982. "
           "Kesepakatan ini disetujui oleh kedua negara pada tanggal 17 Maret 1970 di Kuala Lumpur (Sudjatmiko dan "
           "Rusdi Ridwan, Batas-Batas Maritim Antara Republik Indonesia dengan Negara Tetangga : 2004: 91).")


def test_a_pasted_header_in_capitals_over_a_paragraph_is_no_entry_and_is_read_in_time(within_cpu_seconds):
    assert not looks_like_entry(_PASTED)


def test_authors_in_capitals_still_read_as_an_entry(within_cpu_seconds):
    assert looks_like_entry("KURNIA, I. (2009). Sengketa Antara Indonesia dan Malaysia. Jakarta: Sinar Grafika.")
