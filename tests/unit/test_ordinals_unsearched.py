"""Every ordinal is a stop word of search, alike (issue 15): Sastrawi's list holds "pertama", "kedua", "kelima" but
not "ketiga" or "keenam", which the stemmer read as their number, so "langkah ketiga" searched "tiga" (a stop word
when written alone) and "langkah kedua" nothing of its ordinal. An ordinal is a place in a list, which a follow-up
reads (query/conversation.py), never a search word."""

import pytest

from telusur.index.lexical import tokenize
from telusur.query.conversation import ORDINALS


@pytest.mark.parametrize("ordinal", sorted(w for w in ORDINALS if w.startswith("ke") or w == "pertama"))
def test_an_ordinal_is_no_search_word(ordinal):
    assert tokenize(f"langkah {ordinal} menjemur padi") == ["langkah", "jemur", "padi"]


def test_a_cardinal_the_stop_list_lacks_stays_searched():
    """Only the ordinals: "enam petani" still searches its number, as before."""
    assert tokenize("enam petani") == ["enam", "tani"]
