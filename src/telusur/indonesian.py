"""Indonesian language resources shared along the data's way: the Sastrawi stemmer, its stop words and dictionary,
and words spelled one letter apart."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def stemmer():
    """Sastrawi's stemmer (built once: loading its dictionary takes a moment)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return frozenset(StopWordRemoverFactory().get_stop_words())


@lru_cache(maxsize=4096)
def is_known_word(word: str) -> bool:
    """True when Sastrawi's dictionary knows the word's root ("menggunakan" -> "guna")."""
    return stemmer().delegatedStemmer.dictionary.contains(stemmer().stem(word))


def one_edit(x: str, y: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped ("Keiso"/"Kieso"); equal words too."""
    if len(x) == len(y):
        diff = [i for i in range(len(x)) if x[i] != y[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]:
            return True
    if len(x) > len(y):
        x, y = y, x
    i = 0
    while i < len(x) and x[i] == y[i]:
        i += 1
    return x[i + (len(x) == len(y)):] == y[i + 1:]
