"""BM25 over Indonesian tokens: lower case, stop words removed, stemmed with Sastrawi."""

from __future__ import annotations

import json
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from ..indonesian import in_dictionary, search_stop_words, stemmer
from ..lazy_pattern import LazyPattern
from ..user_cache import Memo

# A word as a text writes it: letters and digits, joined by hyphens ("negara-negara", "UU", "2019"). The index's tokens
# and a question's terms (query/ranker.py, query/retrieval.py) are these words.
WORD = LazyPattern(r"[^\W_]+(?:-[^\W_]+)*")
TOKENIZER_VERSION = "sastrawi-9"  # 2: a letter with a mark read as its plain letter; SEARCHED_STOP_WORDS searched;
# 3: a stop word with its particle ("adakah", "apapun") and "dimana" left out; 4: "e-mail" is "email" (_LETTER_JOINED);
# 5: the words as written indexed beside their stems (BM25's forms); 6: a suffix its prefix never takes put back
# ("bertani" tani, not tan), kin words in "-nda" as their kin word ("ibunda" ibu); 7: "ber-" whole before a root
# that is one too ("berapi" api, not rapi); 8: every ordinal a stop word ("ketiga", "keenam": indonesian.ORDINAL_STOP_WORDS);
# 9: a one-letter label after the noun it labels is searched ("Kategori X": LABEL_NOUNS)
FUZZY_MIN_LEN = 5  # shorter words are too often one letter from another real word
FUZZY_WEIGHT = 0.8
# A question's word found as written adds this share of its own BM25 score to its stem's: Sastrawi reads some words to
# another word's root ("pemeran" -> "per", "meninggal" -> "tinggal", "bertani" -> "tan", "pasukan" -> "pasu") and only
# the form tells them apart (0.5, 0.75 and 1.0 tried on TyDi dev and the open question sets)
FORM_WEIGHT = 0.75


# Latin letters NFKD does not split into a letter and a mark.
_UNMARKED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})


def latin_letters(word: str) -> str:
    """'władysław' -> 'wladyslaw', 'al-ikhshīd' -> 'al-ikhshid', 'niño' -> 'nino': a letter with a mark is its plain
    letter, as texts and questions often write it (Sastrawi reads only a-z and would turn the letter into a space)."""
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.translate(_UNMARKED)) if not unicodedata.combining(ch))


# The particles a word takes at its end ("adakah", "apapun", "barulah", "dimanakah").
PARTICLES = ("kah", "lah", "tah", "pun")


def _particle_on_stop_word(word: str, term: str, stops: frozenset[str]) -> bool:
    """A stop word with its particle ("adakah" -> "ada", "apapun", "dimanakah"): the stemmer takes the particle off
    and leaves the stop word, which would then be searched. A word that only ends like one ("makalah": "maka" + "lah")
    keeps its own stem."""
    return term in stops and any(word.endswith(p) and word[:-len(p)] in stops for p in PARTICLES)


def _digits(word: str) -> str:
    """The digits of a word in their order ("232sm" -> "232", "covid-19" -> "19"; "" for none)."""
    return "".join(ch for ch in word if ch.isdigit())


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


# A word's key in the deletion index: a polynomial hash of its code points mod 2**64 (odd base), its length mixed in.
# Equal words have equal keys; words sharing a key by chance are told apart by comparing the words themselves.
_KEY_BASE, _KEY_MIX, _KEY_MASK = 0x100000001B3, 0x9E3779B97F4A7C15, (1 << 64) - 1


def _key(word: str) -> int:
    h = 0
    for ch in word:
        h = (h * _KEY_BASE + ord(ch)) & _KEY_MASK
    return ((h ^ len(word)) * _KEY_MIX) & _KEY_MASK


def _keys_of_words(letters: np.ndarray) -> np.ndarray:
    """For words all n letters long (their code points, a row each), the key (_key) of each word and of each of its
    n one-letter deletions, a row per word: computed a letter position at a time for all the words at once."""
    rows, n = letters.shape
    with np.errstate(over="ignore"):
        base = np.uint64(_KEY_BASE)
        powers = np.ones(n + 1, np.uint64)
        for i in range(1, n + 1):
            powers[i] = powers[i - 1] * base
        before = np.zeros((rows, n + 1), np.uint64)  # before[:, i]: the hash of the first i letters
        after = np.zeros((rows, n + 1), np.uint64)  # after[:, i]: letters i.. at their places in the whole word
        for i in range(n):
            before[:, i + 1] = before[:, i] * base + letters[:, i]
        for i in range(n - 1, -1, -1):
            after[:, i] = after[:, i + 1] + letters[:, i] * powers[n - 1 - i]
        # without letter i: the letters before it move up one place, those after it keep theirs
        dropped = before[:, :n] * powers[n - 1 - np.arange(n)] + after[:, 1:]
        mix = np.uint64(_KEY_MIX)
        return np.c_[(before[:, n] ^ np.uint64(n)) * mix, (dropped ^ np.uint64(n - 1)) * mix]


def stem(word: str, known: dict[str, str] | None = None) -> str:
    """The word's stem: from an index's own map (known) when it has the word or, the word ending in "-nya", the word
    without it (_clitic_base), else from Sastrawi (memoised)."""
    found = (known.get(word) or known.get(_clitic_base(word))) if known else None
    return found if found is not None else _sastrawi_stem(word)


def _clitic_base(word: str) -> str:
    """A word less its clitic "-nya" (four letters or more left: "hanya", "punya" are words), else "". The clitic
    never changes a word's root, yet Sastrawi stems some words otherwise with it: "penari" -> "tari" but "penarinya"
    -> "tar", "penghuninya" -> "hun" (it takes the "-i" for a suffix once "-nya" is off): a question's word with "-nya"
    is the text's word without it (stem)."""
    return word[:-3] if word.endswith("nya") and len(word) >= 7 else ""


# Every loaded index's word -> stem map (Sastrawi's, made when it was built), and the stems of other words (a
# question's) kept in the user's cache folder under a name that changes with this module and the installed Sastrawi:
# a process whose words were all stemmed before neither imports Sastrawi's stemmer nor loads its dictionary (30-60 ms
# of `telusur ask`: the answer also reads the passages' words).
_INDEX_STEMS: dict[str, str] = {}
_STEMS = Memo("stems", __file__, (("Sastrawi", True),))


@lru_cache(maxsize=200_000)
def _sastrawi_stem(word: str) -> str:
    if len(word) <= 3 or word.isdigit():
        return latin_letters(word)
    found = _INDEX_STEMS.get(word)
    return found if found is not None else _STEMS.get(word, lambda: _stemmed(word))


# One letter joined to a word by a hyphen ("e-mail", "e-book", "x-ray") is written as often without it ("email"): one term
_LETTER_JOINED = LazyPattern(r"^([a-z])-(?=[a-z]{2,}$)")


def _stemmed(word: str) -> str:
    word = _LETTER_JOINED.sub(r"\1", latin_letters(word))
    if len(word) <= 3 or word.isdigit():
        return word
    found = stemmer().stem(word) or word  # about a millisecond
    found = _KIN_NDA.get(found, found)
    return _unpaired_suffix(word, found) or found


# A kin word with the honorific "-nda" is its kin word ("ibunda Henryk" is his "ibu"; "ayahandanya", "kakanda sulung").
# A closed list: "-nda" is no suffix elsewhere ("Belanda", "bunda", "agenda"); "adinda" and "ananda" are left out, as
# they are as often a person's name.
_KIN_NDA = {"ibunda": "ibu", "ayahanda": "ayah", "kakanda": "kakak", "anakanda": "anak", "cucunda": "cucu",
            "pamanda": "paman"}
# Prefix and suffix pairs Indonesian never puts on one word (Nazief and Adriani): "ber-...-i", "se-...-i", "ke-...-i",
# "ter-...-an", "di-...-an", "me-...-an". Sastrawi does not check them, and reads "bertani" as ber + tan + i, "senilai"
# as se + nila + i, "terkesan" as ter + kes + an, "dipesan" as di + pes + an: the stem it found with that suffix back on
# ("tani", "nilai", "kesan", "pesan") is the root when its dictionary has it. A particle or possessive may follow
# ("seandainya", "sekembalinya"). A root in "k" before "-an" is left as it is: that is the suffix "-kan" written with
# one "k" ("dipraktikan"), not a root in "-an".
_UNPAIRED = (("ber", "i"), ("be", "i"), ("se", "i"), ("ke", "i"), ("ter", "an"), ("te", "an"), ("di", "an"),
             ("me", "an"))
_INFLECTIONS = ("", "nya", "ku", "mu", "lah", "kah", "tah", "pun")


def _unpaired_suffix(word: str, found: str) -> str | None:
    """The root of a word whose stem Sastrawi found by taking off a suffix its prefix never takes, else None."""
    for inflection in _INFLECTIONS:
        if not word.endswith(inflection):
            continue
        base = word[:len(word) - len(inflection)]
        for prefix, suffix in _UNPAIRED:
            root = found + suffix
            if (base.startswith(prefix) and base.endswith(root) and len(base) >= len(prefix) + len(root)
                    and not (suffix == "an" and found.endswith("k")) and in_dictionary(root)):
                # "be-"/"te-" is "ber-"/"ter-" before a root in "r": where the word less the whole "ber-" is a root
                # too, that is the word ("berapi" is ber + api, gunung berapi; never be + rapi)
                whole = base[len(prefix) + 1:]
                if prefix in ("be", "te") and base[len(prefix)] == "r" and in_dictionary(whole):
                    return whole
                return root
    return None


def stems_of(texts) -> dict[str, str]:
    """word -> stem for every search word in the texts (the index stores it, so loading skips Sastrawi)."""
    stops = search_stop_words()
    words = {w for text in texts for w in WORD.findall(text.lower()) if w not in stops and len(w) < 40}
    return {w: _stemmed(w) for w in sorted(words)}


# The nouns a text names one of a list's kinds with, a single letter after them as the kind's label ("Kategori X",
# "golongan A", "tipe B", "kelas C", "vitamin K", "huruf a" of a law's point, "variabel Y", "type A"): the letter is
# what tells the kinds' passages apart, which share every other word, yet alone it is a stop word (Sastrawi lists
# a-z). Such a letter is a search word (is_label).
LABEL_NOUNS = frozenset(
    "kategori golongan tipe kelas jenis kelompok grup model varian versi seri kode huruf poin opsi pilihan bagian "
    "zona blok fase level tingkat skala vitamin hepatitis sinar sel generasi rhesus variabel sumbu titik kuadran "
    "type class category group grade".split())


def is_label(word: str, before: str) -> bool:
    """A single letter labelling the noun written right before it ("X" of "Kategori X"; LABEL_NOUNS)."""
    return len(word) == 1 and word.isalpha() and before.lower() in LABEL_NOUNS


def _search_words(text: str, stems: dict[str, str] | None) -> list[tuple[str, str]]:
    """(word as written, its stem) for each search word of the text."""
    stops = search_stop_words()
    lower, out, before, end = text.lower(), [], "", 0
    for m in WORD.finditer(lower):
        w = m.group()
        label = w in stops and is_label(w, before) and lower[end:m.start()].isspace()
        before, end = w, m.end()
        if label:
            out.append((w, w))
        elif w not in stops and len(w) < 40 and not _particle_on_stop_word(w, t := stem(w, stems), stops):
            out.append((w, t))
    return out


def tokenize(text: str, stems: dict[str, str] | None = None) -> list[str]:
    """Indonesian search tokens: 'Negara-negara bekerjasama' -> ['negara', 'kerjasama'] (stems: an index's own map)."""
    return [t for _, t in _search_words(text, stems)]


def written_forms(text: str, stems: dict[str, str] | None = None) -> list[str]:
    """The search words as written, in tokenize's order ('Pemeran utama' -> ['pemeran', 'utama']): BM25's forms."""
    return [_form(w) for w, _ in _search_words(text, stems)]


def _form(word: str) -> str:
    return _LETTER_JOINED.sub(r"\1", latin_letters(word))


_VOWELS = frozenset("aeiou")
# The old spellings' consonants (van Ophuijsen's, Soewandi's) in one letter each, as EYD writes them: "dj" is "j", "tj"
# "c", "nj" "ny", "sj" "sy", "ch" "kh", and the old "j" is "y": a name has all of them in use at once ("Soerdjono",
# "Soerjono", "Surjono", "Suryono"; "Tjokroaminoto", "Cokroaminoto"), so "j" and "y" are one letter here.
_OLD_CONSONANTS = LazyPattern(r"dj|tj|nj|sj|ch|j")
_NEW_CONSONANTS = {"dj": "y", "tj": "c", "nj": "ny", "sj": "sy", "ch": "kh", "j": "y"}


def consonant_skeleton(word: str) -> str:
    """A word's first letter and its consonants after it, a doubled one once ("soebekti" -> "sbkt", "scarborough"
    and "scrbrough" -> "scrbrgh"): a name written with other vowels (the old spelling "oe" for "u", a typo dropping
    one) keeps it, and one in the old spelling's consonants (_OLD_CONSONANTS: "soerdjono", "surjono" -> "sryn"). Empty
    below four consonants, where too many names would share one."""
    if not word or not word.isalpha():
        return ""
    word = _OLD_CONSONANTS.sub(lambda m: _NEW_CONSONANTS[m.group()], word)
    out = word[0]
    for ch in word[1:]:
        if ch not in _VOWELS and ch != out[-1]:
            out += ch
    return out if sum(ch not in _VOWELS for ch in out) >= 4 else ""


class _Postings:
    """An inverted index in numpy arrays: term -> the documents using it and how often."""

    def __init__(self, vocab: dict[str, int], ptr, doc, tf):
        self.vocab, self.ptr, self.doc, self.tf = vocab, ptr, doc, tf

    @classmethod
    def build(cls, token_lists: Sequence[Sequence[str]]) -> "_Postings":
        vocab: dict[str, int] = {}
        rows: list[tuple[int, int, int]] = []
        for d, tokens in enumerate(token_lists):
            counts: dict[int, int] = {}
            for t in tokens:
                term = vocab.setdefault(t, len(vocab))
                counts[term] = counts.get(term, 0) + 1
            rows += [(term, d, c) for term, c in counts.items()]
        rows.sort()
        terms = np.array([r[0] for r in rows], np.int64)
        ptr = np.searchsorted(terms, np.arange(len(vocab) + 1)).astype(np.int64)
        return cls(vocab, ptr, np.array([r[1] for r in rows], np.int32), np.array([r[2] for r in rows], np.float32))


def _parts(word: str, inner: bool) -> list[str]:
    """The word itself, or with inner its parts after the first hyphen ("raspberry-pi" -> ["pi"]; none unhyphened)."""
    return word.split("-")[1:] if inner else [word]


@lru_cache(maxsize=2)
def _stop_words(inner: bool) -> list[str]:
    """The stop words a search leaves out, alone or with a particle ("adakah"), or with inner their later parts:
    sorted, so that those beginning so are found by bisection (_begins)."""
    words = (s + p for s in search_stop_words() for p in ("", *PARTICLES))
    return sorted({part for w in words for part in _parts(w, inner)})


def _begins(words: list[str], opening: str, whole: bool = False) -> range:
    """The places in sorted words of those beginning with opening (with whole: those that are opening)."""
    start = end = bisect_left(words, opening)
    while end < len(words) and (words[end] == opening if whole else words[end].startswith(opening)):
        end += 1
    return range(start, end)


class BM25:
    """Okapi BM25 over an inverted index kept in numpy arrays (fast at 100k documents); beside the stems, the words
    as written (forms), which a question's own words match on top of their stems (FORM_WEIGHT)."""

    def __init__(self, vocab: dict[str, int], postings_ptr, postings_doc, postings_tf, doc_len, k1=1.5, b=0.75,
                 stems: dict[str, str] | None = None, forms: _Postings | None = None):
        self.vocab, self.k1, self.b = vocab, k1, b
        self.stems = stems or {}  # word -> stem for every word of the indexed text, so questions skip Sastrawi
        _INDEX_STEMS.update(self.stems)  # the answer's reading of passages (tokenize without a map) skips it too
        self.ptr, self.doc, self.tf = postings_ptr, postings_doc, postings_tf
        self.forms = forms
        self.doc_len = doc_len
        self.avgdl = float(doc_len.mean()) if len(doc_len) else 0.0
        n = len(doc_len)
        df = np.diff(self.ptr).astype(np.float64)
        self.idf = np.log((n - df + 0.5) / (df + 0.5) + 1.0)  # always positive (Lucene's variant)
        self._deletes: tuple[np.ndarray, np.ndarray] | None = None  # built on the first unknown query token
        self._name_list: list[str] | None = None
        self._prefixes: dict[str, list[str]] | None = None  # first FUZZY_MIN_LEN letters -> the terms beginning so
        # the terms by their skeleton's first letter, and per letter asked: consonant_skeleton -> the terms written so
        self._skeletons: tuple[dict[str, list[str]], dict[str, dict[str, list[str]]]] | None = None
        self._written: list[str] | None = None  # the words as written (forms), sorted: opening_holders
        # each later part of a hyphened form ("pi" of "raspberry-pi"), sorted, and its form's term: opening_holders
        self._inner: tuple[list[str], list[int]] | None = None

    @classmethod
    def build(cls, token_lists: Sequence[Sequence[str]], k1=1.5, b=0.75,
              form_lists: Sequence[Sequence[str]] | None = None, stems: dict[str, str] | None = None) -> "BM25":
        """form_lists: each document's words as written (written_forms()), one for each of its tokens."""
        terms = _Postings.build(token_lists)
        written = _Postings.build(form_lists) if form_lists is not None else None
        lens = np.array([len(t) for t in token_lists], np.float32)
        return cls(terms.vocab, terms.ptr, terms.doc, terms.tf, lens, k1, b, stems, written)

    def _add(self, out: np.ndarray, norm: np.ndarray, postings, a: int, z: int, weight: float) -> None:
        docs, tf = postings.doc[a:z], postings.tf[a:z]
        out[docs] += weight * tf * (self.k1 + 1) / (tf + norm[docs])

    def scores(self, query_tokens: Sequence[str], forms: Sequence[str] = ()) -> np.ndarray:
        """Each document's BM25 score for the tokens (stems); forms: the question's words as written, each found as
        written adding FORM_WEIGHT of its own BM25 score."""
        out = np.zeros(len(self.doc_len), np.float32)
        norm = self.k1 * (1 - self.b + self.b * self.doc_len / max(self.avgdl, 1e-9))
        for term, weight in self.expand(query_tokens).items():
            self._add(out, norm, self, self.ptr[term], self.ptr[term + 1], weight * self.idf[term])
        written = self.forms
        if written is not None and FORM_WEIGHT > 0:
            n = len(self.doc_len)
            for form in dict.fromkeys(forms):
                term = written.vocab.get(form)
                if term is not None:
                    a, z = written.ptr[term], written.ptr[term + 1]
                    idf = np.log((n - (z - a) + 0.5) / ((z - a) + 0.5) + 1.0)
                    self._add(out, norm, written, a, z, FORM_WEIGHT * idf)
        return out

    def grouped_scores(self, groups: Sequence[Sequence[str]], others: Sequence[str] = ()) -> np.ndarray:
        """Each document's BM25 score for groups of terms that stand for one word each (the text's words for one
        English word: query/english.py translate), a structured query: a group counts as one term, its frequency in a
        document the sum of its members' and its document frequency the documents using any of them. Scored as
        separate terms, a word with three translations a passage writes two of would count twice, and a common
        translation's low IDF would not lower a rare one's. others: terms scored as scores() does (each alone)."""
        out = self.scores(others) if others else np.zeros(len(self.doc_len), np.float32)
        norm = self.k1 * (1 - self.b + self.b * self.doc_len / max(self.avgdl, 1e-9))
        n = len(self.doc_len)
        for group in groups:
            terms = sorted({self.vocab[t] for t in group if t in self.vocab})
            if not terms:
                continue
            tf = np.zeros(n, np.float32)
            for term in terms:
                a, z = self.ptr[term], self.ptr[term + 1]
                tf[self.doc[a:z]] += self.tf[a:z]
            docs = np.flatnonzero(tf)
            idf = np.log((n - len(docs) + 0.5) / (len(docs) + 0.5) + 1.0)
            out[docs] += idf * tf[docs] * (self.k1 + 1) / (tf[docs] + norm[docs])
        return out

    def passages_with(self, term: int | None) -> int:
        """How many passages use the term (its document frequency); 0 for None, a word the index lacks."""
        return 0 if term is None else int(self.ptr[term + 1] - self.ptr[term])

    def expand(self, query_tokens: Sequence[str]) -> dict[int, float]:
        """Term ids to score: each known token, and for an unknown long token the terms one typo away."""
        out: dict[int, float] = {}
        for t in dict.fromkeys(query_tokens):
            term = self.vocab.get(t)
            if term is not None:
                out[term] = 1.0
            elif len(t) >= FUZZY_MIN_LEN:
                for near in self._one_typo_away(t):
                    out.setdefault(near, FUZZY_WEIGHT)
        return out

    def tokenize(self, text: str) -> list[str]:
        """Search tokens stemmed with this index's own word map (Sastrawi only for words the text never uses)."""
        return tokenize(text, self.stems)

    def term_weights(self, text: str) -> dict[str, float]:
        """The text's search terms (typo-corrected to the text's own spelling) with their IDF."""
        return self.token_weights(self.tokenize(text))

    def token_weights(self, tokens: Sequence[str]) -> dict[str, float]:
        """Search tokens' terms (an unknown long token: those one typo away) with their IDF."""
        names = self._names
        return {names[i]: w * float(self.idf[i]) for i, w in self.expand(tokens).items()}

    def _one_typo_away(self, token: str) -> list[int]:
        """Vocabulary terms one typo away ("holsti" -> "hosti"): a user's typo or the text's own. Those sharing a
        one-letter deletion (SymSpell) within a letter of its length: every term one edit away, neighbours swapped
        too, and a few two edits away ("abc"/"bcx": one letter dropped at each end). A token with digits keeps them:
        a slip of a letter is a typo, another number is another thing ("232sm" is not "522sm" or "323sm", "pasal
        3401" not "pasal 340"): its near terms are those with the same digits in the same order."""
        names = self._names
        digits = _digits(token)
        return sorted(i for i in self._sharing_a_deletion(token)
                      if abs(len(names[i]) - len(token)) <= 1 and names[i] != token and _digits(names[i]) == digits)

    def _sharing_a_deletion(self, token: str) -> set[int]:
        """The terms of FUZZY_MIN_LEN - 1 letters or more that, whole or with one letter dropped, are the token whole
        or with one letter dropped: two words one edit apart always share one (SymSpell). Found by key in the
        deletion index, each found term's deletions then compared with the token's."""
        keys, owners = self._deletion_index()
        mine = {token} | _deletions(token)
        wanted = np.array(sorted({_key(w) for w in mine}), np.uint64)
        starts, ends = np.searchsorted(keys, wanted, "left").tolist(), np.searchsorted(keys, wanted, "right").tolist()
        names = self._names
        return {i for a, z in zip(starts, ends) for i in owners[a:z].tolist()
                if not mine.isdisjoint({names[i]} | _deletions(names[i]))}

    def _deletion_index(self) -> tuple[np.ndarray, np.ndarray]:
        """The keys (_key) of each term of FUZZY_MIN_LEN - 1 letters or more and of its one-letter deletions, sorted,
        and the term of each (built once, on the first unknown token, a word length at a time in numpy: a dict of
        every deletion took 1-2 s on TyDi-id's 32,568 terms and held a list for each)."""
        if self._deletes is None:
            names = self._names
            lengths = np.fromiter(map(len, names), np.int64, len(names))
            letters = np.frombuffer("".join(names).encode("utf-32-le", "surrogatepass"), np.uint32).astype(np.uint64)
            starts = np.cumsum(lengths) - lengths
            keys, owners = [np.zeros(0, np.uint64)], [np.zeros(0, np.int64)]
            for n in np.unique(lengths[lengths >= FUZZY_MIN_LEN - 1]).tolist():
                ids = np.flatnonzero(lengths == n)
                keys.append(_keys_of_words(letters[starts[ids, None] + np.arange(n)]).ravel())
                owners.append(np.repeat(ids, n + 1))
            keys, owners = np.concatenate(keys), np.concatenate(owners)
            order = np.argsort(keys)
            self._deletes = keys[order], owners[order]
        return self._deletes

    def near_terms(self, token: str) -> set[str]:
        """The terms of FUZZY_MIN_LEN - 1 letters or more that may be one edit from the token (insertion, deletion,
        substitution; transpositions too), share its first FUZZY_MIN_LEN letters or its consonant_skeleton: a small
        superset for an exact test of spelling alike, read from indexes built once instead of a scan of the whole
        vocabulary."""
        names = self._names
        found = {names[i] for i in self._sharing_a_deletion(token)}
        if len(token) >= FUZZY_MIN_LEN:
            if self._prefixes is None:
                prefixes: dict[str, list[str]] = {}
                for term in self.vocab:
                    if len(term) >= FUZZY_MIN_LEN:
                        prefixes.setdefault(term[:FUZZY_MIN_LEN], []).append(term)
                self._prefixes = prefixes
            found.update(self._prefixes.get(token[:FUZZY_MIN_LEN], ()))
        key = consonant_skeleton(token)
        if key:
            found.update(self._skeleton_terms(key[0]).get(key, ()))
        return found

    def _skeleton_terms(self, lead: str) -> dict[str, list[str]]:
        """consonant_skeleton -> the terms written with it, for the terms whose skeleton begins with the letter lead,
        made the first time a token's skeleton does. That letter is the one a term's first two letters begin with in
        the new spelling (_OLD_CONSONANTS: "dj", "j" -> "y"), so only those terms are read, not the whole vocabulary."""
        if self._skeletons is None:
            heads: dict[str, list[str]] = {}
            for term in self.vocab:
                heads.setdefault(term[:2], []).append(term)
            leads: dict[str, list[str]] = {}
            for head, terms in heads.items():
                leads.setdefault(_OLD_CONSONANTS.sub(lambda m: _NEW_CONSONANTS[m.group()], head)[:1], []).extend(terms)
            self._skeletons = leads, {}
        leads, made = self._skeletons
        if lead not in made:
            skeletons: dict[str, list[str]] = {}
            for term in leads.get(lead, ()):
                if skeleton := consonant_skeleton(term):
                    skeletons.setdefault(skeleton, []).append(term)
            made[lead] = skeletons
        return made[lead]

    def opening_holders(self, opening: str, inner: bool = False, whole: bool = False) -> frozenset[int] | None:
        """The documents using a word that begins with opening (lower case, a-z, as written: "ras" of "Raspberry"),
        read from the postings of the words as written; None where they cannot tell: an index without them, or a stop
        word, alone or with its particle ("adakah"), that begins so (a search leaves those words out). inner: where a
        later part of a hyphened word begins so instead ("pi" of "raspberry-pi"; "kira" of the stop word "kira-kira",
        which tells nothing); whole: where the word (or part) is opening itself ("op", not the stop word "o" + "pun")."""
        if self.forms is None or not opening.isascii() or _begins(_stop_words(inner), opening, whole):
            return None
        if not inner and self._written is None:
            self._written = sorted(self.forms.vocab)
        if inner and self._inner is None:
            pairs = sorted((part, term) for form, term in self.forms.vocab.items() for part in _parts(form, True))
            self._inner = [part for part, _ in pairs], [term for _, term in pairs]
        words, terms = self._inner if inner else (self._written, None)
        found: set[int] = set()
        for n in _begins(words, opening, whole):
            term = terms[n] if terms is not None else self.forms.vocab[words[n]]
            found.update(self.forms.doc[self.forms.ptr[term]:self.forms.ptr[term + 1]].tolist())
        return frozenset(found)

    def term(self, term: int) -> str:
        """The text of a term id (expand's keys)."""
        return self._names[term]

    @property
    def _names(self) -> list[str]:
        if self._name_list is None:
            self._name_list = sorted(self.vocab, key=self.vocab.get)
        return self._name_list

    def known_fraction(self, query_tokens: Sequence[str]) -> float:
        """Share of the query's tokens that occur anywhere in the indexed text."""
        tokens = list(dict.fromkeys(query_tokens))
        return sum(t in self.vocab for t in tokens) / len(tokens) if tokens else 0.0

    def save(self, folder: Path) -> None:
        arrays = {"ptr": self.ptr, "doc": self.doc, "tf": self.tf, "doc_len": self.doc_len}
        meta = {"k1": self.k1, "b": self.b, "tokenizer": TOKENIZER_VERSION, "terms": sorted(self.vocab, key=self.vocab.get)}
        if self.forms is not None:
            arrays.update(form_ptr=self.forms.ptr, form_doc=self.forms.doc, form_tf=self.forms.tf)
            meta["forms"] = sorted(self.forms.vocab, key=self.forms.vocab.get)
        np.savez(folder / "bm25.npz", **arrays)
        (folder / "bm25-vocab.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "BM25":
        meta = json.loads((folder / "bm25-vocab.json").read_text(encoding="utf-8"))
        arrays = np.load(folder / "bm25.npz")
        vocab = {t: i for i, t in enumerate(meta["terms"])}
        written = None
        if "forms" in meta:
            written = _Postings({t: i for i, t in enumerate(meta["forms"])}, arrays["form_ptr"], arrays["form_doc"],
                                arrays["form_tf"])
        stems_file = folder / "stems.json"
        stems = json.loads(stems_file.read_text(encoding="utf-8")) if stems_file.exists() else {}
        return cls(vocab, arrays["ptr"], arrays["doc"], arrays["tf"], arrays["doc_len"], meta["k1"], meta["b"], stems,
                   written)
