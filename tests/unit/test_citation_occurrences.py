"""The questions a citation asks of its whole text ("does the text write this name small in its prose?", "does a
body's verb follow it?", "is this surname cited alone with that year?") are looked up in an index of the text's words
(citations.occurrences) instead of scanned for: the answers must be the scan's, match for match. Made-up texts built
at random from words that differ only by case, apostrophes, hyphens, accents and the marks around them."""

import random
import re

import pytest

from telusur.citations import intext
from telusur.citations.occurrences import HYPHENED, WORD, finditer

_PIECES = ["Sari", "sari", "SARI", "Ma'ruf", "ma’ruf", "Ma", "COVID-19", "covid-19", "covid", "19", "BPS", "bps",
           "BPS'", "gempa Palu", "Gempa", "Palu", "Éva", "éva", "İzmir", "menurut", "oleh", "mencatat", "penerapan",
           "organisasi", "(", ")", "(2019)", "2019", ", 2019", "kbbi.", ".go.id", "@", "/", "-", "'", "’", ".", ",",
           " ", " ", " ", "\t", "\n", "\u00a0", "\u2009"]
_WORDS = ["Sari", "sari", "Ma'ruf", "ma’ruf", "Ma", "COVID-19", "covid-19", "covid", "BPS", "bps", "gempa Palu",
          "Éva", "éva", "İzmir", "Sari Sari", "Palu Gempa Palu"]


def _texts(n: int = 300) -> list[str]:
    rng = random.Random(14)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 60))) for _ in range(n)]


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_lookup_finds_what_the_scan_finds():
    """Every pattern shape the citation rules ask with, each with the words it bounds: the scan's matches, none more,
    none fewer."""
    for text in _texts():
        for word in _WORDS:
            w = re.escape(word)
            for pattern, bound in ((rf"(?<![\w'’\-./@]){w}(?![\w'’\-]|\.\w)", WORD),
                                   (rf"(?<![\w'’\-]){w}(?![\w'’\-])", WORD),
                                   (rf"(?<![\w\-]){w}(?![\w\-])", HYPHENED)):
                assert _spans(finditer(pattern, text, word, bound)) == _spans(re.finditer(pattern, text)), \
                    (pattern, text)
            cited = rf"(?<![\w'’\-]){w}\s*\(\s*2019\b|\(\s*{w}\s*[,:;]?\s*2019\b"
            assert _spans(finditer(cited, text, word, paren=True)) == _spans(re.finditer(cited, text)), text


def _scanning(pattern, text, word, bound=WORD, paren=False):
    return re.finditer(pattern, text)


def _answers(texts: list[str]) -> list:
    out = []
    for text in texts:
        for word in _WORDS:
            out += [intext._a_word_of_the_prose(text, word), intext._acts_as_a_body(text, [word, "Badan Sari"]),
                    intext._used_as_a_thing(text, word), intext._cited_alone(text, word, "2019")]
    return out


def test_the_rules_answer_as_they_did_by_scanning(monkeypatch):
    texts = _texts(120)
    looked_up = _answers(texts)
    monkeypatch.setattr(intext, "finditer", _scanning)
    assert looked_up == _answers(texts)
    assert any(looked_up) and not all(looked_up)  # the texts ask both ways


def test_a_word_is_found_as_written_not_folded():
    """The index keeps a word's case and its apostrophes and hyphens: "Sari" is not found for "sari", "Ma" not in
    "Ma'ruf" (but in it where an apostrophe ends a body's name), "covid" not in "covid-19"; a name standing again
    inside its own last match is not found twice, as a scan does not; a parenthesis opens before it over any space re
    reads as one ("(\u00a0Sari, 2019)")."""
    text = "Menurut Sari, sari (2019) dan Ma'ruf ... covid-19; sari lagi, Ma’ruf."
    small = [m.start() for m in re.finditer("sari", text)]
    assert [m.start() for m in finditer(r"sari", text, "sari")] == small and len(small) == 2
    assert _spans(finditer(r"(?<![\w'’\-])Ma(?![\w'’\-])", text, "Ma")) == []
    assert [m.start() for m in finditer(r"(?<![\w\-])Ma(?![\w\-])", text, "Ma", HYPHENED)] == \
        [text.index("Ma'"), text.index("Ma’")]
    assert _spans(finditer(r"(?<![\w'’\-])covid(?![\w'’\-])", text, "covid")) == []
    twice = "Palu Gempa Palu Gempa Palu"
    assert _spans(finditer(r"Palu Gempa Palu", twice, "Palu Gempa Palu")) == [(0, 15)]
    spaced = "Lihat (\u00a0Sari, 2019) dan (\u2009\n Sari 2019)."
    cited = r"(?<![\w'’\-])Sari\s*\(\s*2019\b|\(\s*Sari\s*[,:;]?\s*2019\b"
    assert _spans(finditer(cited, spaced, "Sari", paren=True)) == _spans(re.finditer(cited, spaced)) != []


def test_a_key_in_running_text_cites_when_the_text_cites_by_bracketed_keys_elsewhere():
    """Whether the text cites with pandoc's "[@key]" anywhere is asked of the whole text, whichever passage asks."""
    grouped = "Motivasi adalah dorongan [@santoso2019].\n@wijaya2020 menyatakan disiplin itu penting.\n"
    bare = "Akun @wijaya2020 menyatakan disiplin itu penting.\nKampus itu ramai.\n"
    second = grouped.index("@wijaya")
    assert [(c.authors, c.year) for c in intext.find_citations(grouped, second, len(grouped), second)] == \
        [(("Wijaya",), "2020")]
    assert intext.find_citations(bare, 0, len(bare), 0) == []
