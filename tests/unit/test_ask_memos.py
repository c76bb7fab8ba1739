"""What an ask now works out once per passage and process (a passage's units and its parts' spans) gives what working
it out for every question gave: its own list to each caller."""

from telusur.chunking import part_spans
from telusur.query.answer import units

PASSAGE = ("Kerjasama internasional adalah usaha bersama antara dua negara atau lebih untuk mencapai tujuan bersama. "
           "Kerjasama ini dapat berupa kerjasama bilateral, regional, atau multilateral.\n"
           "Bentuk kerjasama internasional antara lain:\n1. Kerjasama bilateral\n2. Kerjasama regional")


def test_the_spans_of_a_passage_read_again_are_the_callers_own():
    for spans_of in (units, part_spans):
        first = spans_of(PASSAGE)
        kept = list(first)
        first.append((0, 1))
        first[0] = (1, 2)
        assert spans_of(PASSAGE) == kept, spans_of.__name__

