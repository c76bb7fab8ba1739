"""English words no course list holds (issue 15): an English question about a field the team's word list was not
written for ("valve", "brake", "zinc") is looked up in Wiktionary's translations (data/english-indonesian-wikdict.tsv,
written by bench/english_wikdict.py from FreeDict's English-Indonesian dictionary), after the team's list, so the
passage writing the text's word for it is found and the question is not read as one the text has no words for.
Made-up texts, the stub encoder."""

import re
import sys
from pathlib import Path

import pytest

from telusur.english_vocabulary import WIKDICT, is_english_word, lexicon, translations, wikdict
from telusur.query.english import indonesian_words

REPO = Path(__file__).resolve().parents[2]

_LINES = [line for line in WIKDICT.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def test_every_line_is_one_english_word_the_team_list_lacks_and_checked_indonesian_words():
    sys.path.insert(0, str(REPO / "bench"))
    from english_wikdict import kept

    keys = [line.split("\t", 1)[0] for line in _LINES]
    assert len(keys) == len(set(keys)) == len(wikdict()) > 3000
    for line in _LINES:
        english, _, indonesian = line.partition("\t")
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", english) and english not in lexicon(), line
        for phrase in indonesian.split():  # each as the script keeps it: real words, no stop word
            assert kept(english, phrase.replace("_", " ")) == phrase, line


def test_the_header_names_the_source_and_its_licence():
    head = WIKDICT.read_text(encoding="utf-8")[:1200]
    assert "Wiktionary" in head and "Attribution-ShareAlike 3.0" in head and "bench/english_wikdict.py" in head


@pytest.mark.skipif(not Path("/usr/share/dictd/freedict-eng-ind.index").exists(),
                    reason="Debian's dict-freedict-eng-ind is not installed")
def test_the_file_is_what_the_script_writes_from_the_debian_package():
    pytest.importorskip("wordfreq")
    sys.path.insert(0, str(REPO / "bench"))
    import english_wikdict

    assert english_wikdict.main(["--check"]) == 0


def test_the_team_list_comes_first_and_wiktionary_only_for_a_word_it_lacks():
    assert translations("valve") == ("katup", "klep", "injap", "pentil")  # the team's list has no "valve"
    assert translations("pump") == lexicon()["pump"]  # it has "pump": its words alone
    assert ("katup",) in indonesian_words("valves")  # an inflected form through its base
    assert ("rem",) in indonesian_words("brakes")


def test_a_common_word_the_team_list_left_out_is_not_taken_from_wiktionary():
    """The team's list covers the most common English words' content words; one it lacks there is a framing or light
    word ("like", "likely", "get", "see", "well"), whose Wiktionary senses (suka, ambil, saksi, sumur) are not what a
    question means by it ("When did X most likely start ...?" read as asking of "suka")."""
    assert not {"like", "get", "see", "well", "go", "put"} & wikdict().keys()
    assert not any(("suka",) == words for words in indonesian_words("likely"))


def test_a_name_is_not_looked_up_in_wiktionary():
    """A word the question capitalises is a name ("James" is no "jam", selai); written small, it is a word."""
    assert translations("jam") == ("selai",)
    assert ("selai",) not in indonesian_words("James") and ("selai",) in indonesian_words("jams")


def test_only_the_question_look_up_reads_it():
    """The citation reader's and the spelling check's "is this an English word" read the team's list alone: a
    surname that is a word of Wiktionary's ("Brake", "Zinc") stays a name there."""
    assert not is_english_word("brake") and not is_english_word("zinc")


POMPA = """# Perawatan Pompa Air

## Mesin

Mesin pompa air perlu diberi oli secara berkala agar pompa air tidak cepat aus.

## Pipa

Pipa pompa air yang bocor harus segera diganti supaya tekanan pompa air tetap terjaga.

## Katup

Katup menahan air agar tidak kembali ke sumur ketika mesin berhenti.

## Listrik

Kabel listrik pompa air sebaiknya dipasang jauh dari genangan air.
"""


def test_a_word_only_wiktionary_gives_finds_its_passage(retriever_of):
    retriever = retriever_of({"pompa.md": POMPA})
    question = "What does the valve of a water pump do?"
    assert "katup" in " ".join(t for terms in retriever.english_terms(question) for t in terms)
    assert retriever.search(question, 3).hits[0].chunk.text.startswith("Katup")
