"""A question of one very long word ("x" * 2,000: tests/test_bad_input.py) is read for slips like any other word, but
no slip of it can be an affixed form of a term of the text once it is longer than the text's longest term with the
longest prefix and suffix: _affixed_stem answers so without reading the vocabulary (it tried each of the word's
110,000 slips against every prefix and suffix: 2.5 s of one question)."""

from types import SimpleNamespace

from telusur.query.retrieval import Retriever


class Vocabulary(dict):
    """An index's vocabulary that records every word asked of it."""

    def __init__(self, *terms):
        super().__init__((t, i) for i, t in enumerate(terms))
        self.asked = []

    def __contains__(self, word):
        self.asked.append(word)
        return super().__contains__(word)


def _retriever(vocab):
    return Retriever(SimpleNamespace(bm25=SimpleNamespace(vocab=vocab)), encoder=None)


def test_an_affixed_form_of_a_term_is_found_and_other_words_are_not():
    retriever = _retriever(Vocabulary("ramal", "tanam", "pertanggungjawab"))
    assert retriever._affixed_stem("diramalkan") and retriever._affixed_stem("tanaman")
    assert retriever._affixed_stem("mempertanggungjawabkannya"[:-3])  # memper- + the longest term + -kan
    assert not retriever._affixed_stem("ramal") and not retriever._affixed_stem("dipotongkan")


def test_a_word_longer_than_any_affixed_term_is_answered_without_the_vocabulary():
    vocab = Vocabulary("ramal", "pertanggungjawab")
    retriever = _retriever(vocab)
    longest = len("memper" + "pertanggungjawab" + "kan")
    assert not retriever._affixed_stem("memper" + "pertanggungjawab" + "kanx")  # one letter over: no affix fits
    vocab.asked.clear()
    assert not retriever._affixed_stem("di" + "x" * 2000 + "kan")
    assert not retriever._affixed_stem("x" * (longest + 1))
    assert vocab.asked == []


def test_a_word_longer_than_anything_a_slip_finds_spells_out_no_slips(retriever_of, monkeypatch):
    """_one_slip reads a word's slips (one_slips) and its vowels put back (_vowel_restored) for a word of the text, a
    stop word or an affixed form of a term: none is longer than the text's longest word, stop word, or term with the
    longest affixes, so a longer word spells out none (a 2,000-letter word's 110,000 slips took 0.7 s)."""
    from telusur.query import retrieval

    retriever = retriever_of({"ramal.md": "# Ramalan\n\nRamalan cuaca dibuat setiap pagi oleh petugas.\n"})
    assert retriever._one_slip("ramalna") == "ramalan"  # a slip of a word of the text, still found

    def spelled_out(word, *args, **kwargs):
        raise AssertionError(f"slips of a {len(word)}-letter word spelled out")

    monkeypatch.setattr(retrieval, "one_slips", spelled_out)
    monkeypatch.setattr(retrieval, "_vowel_restored", spelled_out)
    assert retriever._one_slip("x" * 2000) is None
    assert retriever._one_slip("ramal" * 400) is None


def test_the_reach_of_a_slip_is_the_longest_word_it_may_find():
    """A word one letter longer than the longest term with the longest affixes may be its slip; one more, not."""
    from telusur.query.retrieval import _AFFIXES_LONGEST

    term = "k" * 45
    retriever = Retriever(SimpleNamespace(bm25=SimpleNamespace(vocab={term: 0}, stems={term: term})), encoder=None)
    assert retriever._within_reach("x" * (len(term) + _AFFIXES_LONGEST + 1))
    assert not retriever._within_reach("x" * (len(term) + _AFFIXES_LONGEST + 2))
