"""Indonesian language resources shared along the data's way: the Sastrawi stemmer, its stop words and dictionary."""

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
