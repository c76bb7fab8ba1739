"""A Vancouver book's notes before its place (edition, printing, translator: references._NUMBERED_NOTE) are each read
one way only: a line of many notes that is no book took exponential time (20 "Edisi 2." ~5 s, 40 never ended)."""

import subprocess
import sys

from telusur.citations.references import parse_reference


def test_a_books_notes_before_its_place_are_read():
    ref = parse_reference("Sari DK. Gizi balita. Edisi ke-2. Cetakan ke3. Pendit BU, penerjemah. Jakarta: EGC; 2019.")
    assert (ref.place, ref.publisher, ref.year) == ("Jakarta", "EGC", "2019")


def test_a_line_of_many_notes_and_no_place_is_read_at_once():
    # parse_reference("Sari DK, Putra A. Gizi balita. " + "Edisi 2. " * 40 + "Jakarta EGC; 2019.") reads its rest so
    rest = "Edisi 2. " * 40 + "Jakarta EGC; 2019."
    code = f"from telusur.citations.references import _NUMBERED_BOOK; assert not _NUMBERED_BOOK.match({rest!r})"
    # a hang, not a speed: the walk through every way of reading 40 notes would run for years
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
