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
