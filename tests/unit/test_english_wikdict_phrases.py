"""English compounds (issue 15): a question naming a compound whose words one by one do not say what Indonesian calls
it ("table salt" garam dapur, not a table's salt; "civil servant" pegawai negeri) is looked up in Wiktionary's compounds
too (data/english-indonesian-wikdict-phrases.tsv, written by bench/english_wikdict.py from FreeDict's
English-Indonesian dictionary), so the passage writing the text's word for the thing is found. Made-up texts, the stub
encoder."""

import re
import sys
from pathlib import Path

from telusur.english_vocabulary import WIKDICT_PHRASES, wikdict_phrases
from telusur.query.english import FRAMES, NAMES, TERMS, compounds, content_words, translate

REPO = Path(__file__).resolve().parents[2]

_LINES = [line for line in WIKDICT_PHRASES.read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")]


def test_every_line_is_a_small_compound_of_a_thing_or_a_property_with_checked_indonesian_words():
    sys.path.insert(0, str(REPO / "bench"))
    from english_wikdict import kept

    assert len(_LINES) > 500 and len(wikdict_phrases()) > 500
    for line in _LINES:
        english, kind, indonesian = line.split("\t")
        words = english.split()
        assert 2 <= len(words) <= 4 and all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) for w in words), line
        assert kind in ("n", "adj") and english not in FRAMES | TERMS | NAMES, line
        for phrase in indonesian.split():
            assert kept(words[-1], phrase.replace("_", " ")) == phrase, line


def test_the_header_names_the_source_and_its_licence():
    head = WIKDICT_PHRASES.read_text(encoding="utf-8")[:1200]
    assert "Wiktionary" in head and "Attribution-ShareAlike 3.0" in head and "bench/english_wikdict.py" in head


def test_a_compound_is_read_beside_its_words_singular_or_plural():
    assert ("cuti_hamil",) in compounds("How long is maternity leave?")
    assert ("pegawai_negeri", "amtenar", "pamong_praja") in compounds("Do Civil Servants get a pension?")
    # its words stay content words: a text may write "Pegawai Negeri Sipil", whose "sipil" is the word's
    assert content_words("Are civil servants paid a pension?", lambda w: w) == ["civil", "servants", "paid", "pension"]
    # searched by what it says that its words do not: "negeri", not "pegawai" again
    terms = translate("Are civil servants paid a pension?", lambda w: w)
    assert terms[-1] == ["negeri", "amtenar", "pamong", "praja"]
    # a compound its words translate one by one is no line ("information system": sistem informasi)
    assert compounds("What is an information system?") == [] and compounds("How many students passed?") == []


DAPUR = """# Catatan Memasak

## Bumbu

Garam dapur dipakai sedikit saja pada setiap masakan.

## Penyajian

Di atas meja makan selalu ada garam halus, merica, dan tabel takaran porsi untuk tamu.
"""


def test_the_passage_writing_the_compound_s_own_word_is_found(retriever_of):
    retriever = retriever_of({"dapur.md": DAPUR})
    question = "What is said about table salt?"
    terms = {t for group in retriever.english_terms(question) for t in group}
    assert "dapur" in terms
    assert retriever.search(question, 3).hits[0].chunk.text.startswith("Garam dapur")
