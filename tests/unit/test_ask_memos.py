"""What an ask now works out once per passage or process gives what working it out for every question gave: a passage's
units and its parts' spans (its own list to each caller), a term's definitions (its pattern apart from the copula
after it)."""

from telusur.chunking import part_spans
from telusur.query import ranker
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


def test_a_term_inside_the_match_before_it_is_not_a_definition_of_its_own():
    # "web atau web adalah" is one match of the term and what may stand before its copula (another name for it): the
    # second "web", after "atau", starts no match of its own, so "Contoh" before the first decides
    assert not ranker.defines("Contoh web atau web adalah sebuah layanan.", "web")
    assert ranker.defines("Menurut Sibero (2014:14) web adalah sebuah layanan.", "web")
    assert ranker.defines("Sistem informasi adalah x. Contoh sistem adalah y. Bahwa sistem adalah z.", "sistem")
