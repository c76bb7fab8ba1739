"""The typo lookup's indexes are built for what a token needs: the deletion index as sorted 64-bit keys made a word
length at a time (not a dict of every deletion: a second on TyDi-id's 32,568 terms, paid by a process's first question
naming a word the text never writes), and the consonant skeletons only of the terms whose skeleton begins with the
letter the token's does. The terms found must be exactly those of the whole-vocabulary definitions, checked here
against them on every term and edit of a small vocabulary."""

import itertools

import pytest

from telusur.index import lexical
from telusur.index.lexical import BM25, FUZZY_MIN_LEN, _deletions, _digits, consonant_skeleton

WORDS = ("holsti hosti perancis prancis kekuasaan kuasa pasal3401 pasal340 pasal3410 abcd bcdx naïve naive "
         "djarwanto jarwanto yarwanto tjokroaminoto cokroaminoto chairil khairil sjahrir syahrir njonja nyonya "
         "soekarno sukarno 東京大学 東京大 diplomasi diplomat").split()


def _vocabulary() -> BM25:
    return BM25.build([WORDS[i::3] for i in range(3)])


def _tokens() -> list[str]:
    out = set(WORDS)
    for word in WORDS:
        out |= _deletions(word) | {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in "ajy"}
        out |= {word[:i] + "o" + word[i + 1:] for i in range(len(word))}
    return sorted(out)


def _sharing(bm25: BM25, token: str) -> set[str]:
    """The definition: the terms of FUZZY_MIN_LEN - 1 letters or more whose words (whole, one letter dropped) meet
    the token's, over the whole vocabulary."""
    mine = {token} | _deletions(token)
    return {t for t in bm25.vocab if len(t) >= FUZZY_MIN_LEN - 1 and not mine.isdisjoint({t} | _deletions(t))}


def _near(bm25: BM25, token: str) -> set[str]:
    """near_terms by its definition: sharing a deletion, the first FUZZY_MIN_LEN letters or the consonant skeleton."""
    out = _sharing(bm25, token)
    if len(token) >= FUZZY_MIN_LEN:
        out |= {t for t in bm25.vocab if len(t) >= FUZZY_MIN_LEN and t[:FUZZY_MIN_LEN] == token[:FUZZY_MIN_LEN]}
    key = consonant_skeleton(token)
    return out | ({t for t in bm25.vocab if consonant_skeleton(t) == key} if key else set())


def test_the_terms_one_typo_away_are_the_definitions():
    bm25 = _vocabulary()
    names = {i: t for t, i in bm25.vocab.items()}
    checked = 0
    for token in _tokens():
        expected = {t for t in _sharing(bm25, token)
                    if abs(len(t) - len(token)) <= 1 and t != token and _digits(t) == _digits(token)}
        assert {names[i] for i in bm25._one_typo_away(token)} == expected, token
        assert bm25.near_terms(token) == _near(bm25, token), token
        checked += bool(expected)
    assert checked > 300  # the edits really reach terms


@pytest.mark.parametrize("token, old", [("jarwanto", "djarwanto"), ("cokroaminoto", "tjokroaminoto"),
                                         ("khairil", "chairil"), ("syahrir", "sjahrir"), ("nyonya", "njonja")])
def test_a_name_in_the_new_spelling_finds_the_old_one(token, old):
    # the skeleton begins with the new spelling's letter: "dj" and "j" are read as "y", "tj" as "c", "ch" as "kh"
    bm25 = _vocabulary()
    assert old in bm25.near_terms(token) and token in bm25.near_terms(old)


def test_words_sharing_a_key_by_chance_are_told_apart(monkeypatch):
    # every key the same: each term is looked at, and only those whose words meet the token's are kept
    monkeypatch.setattr(lexical, "_KEY_MIX", 0)
    bm25 = _vocabulary()
    assert len(set(bm25._deletion_index()[0].tolist())) == 1
    for token in ("hostii", "prancis", "pasal3041", "jarwanto", "xxxxxx"):
        assert bm25.near_terms(token) == _near(bm25, token), token
    assert bm25.near_terms("xxxxxx") == set()


def test_the_indexes_are_built_once_and_only_for_letters_asked():
    bm25 = _vocabulary()
    bm25.near_terms("jarwanto")
    keys = bm25._deletion_index()
    bm25.near_terms("prancis")
    assert bm25._deletion_index() is keys
    leads, made = bm25._skeletons
    assert set(made) == {"y", "p"} and set(leads) >= {"y", "p", "c", "k", "s", "n", "h"}
    assert {t for terms in made["y"].values() for t in terms} == {"djarwanto", "jarwanto", "yarwanto"}
    assert set(itertools.chain(*made["p"].values())) == {t for t in bm25.vocab if t[0] == "p" and consonant_skeleton(t)}
