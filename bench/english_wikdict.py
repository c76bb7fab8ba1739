"""Write src/telusur/data/english-indonesian-wikdict.tsv: the English words of FreeDict's English-Indonesian dictionary
(WikDict, built from Wiktionary's translation tables; Debian's package dict-freedict-eng-ind) that the team's course
word list (data/english-indonesian.tsv) lacks, each with its Indonesian translations that pass a check; and
english-indonesian-wikdict-phrases.tsv: its compounds (phrase_lines) whose translation says more than their words.

    apt-get install dict-freedict-eng-ind        # /usr/share/dictd/freedict-eng-ind.{index,dict.dz}
    pip install wordfreq==3.1.1                  # English word frequencies (bench only; Apache 2.0)
    python bench/english_wikdict.py [--dict DIR] [--check]

The team's list was written from knowledge of the General Service and Academic Word Lists and the courses' fields; an
English question about fish farming, chemistry or first aid asks of words no such list holds ("carp", "fertilizer",
"potassium", "buffer"). Wiktionary's translations are checked by its editors and named here by edition, so the file is
regenerated, not edited by hand. Kept, per translation (a word, or a phrase of words joined by "_"): every word in
lower-case letters (a hyphen inside), each real Indonesian: Sastrawi's dictionary knows it or its root
(indonesian.is_affixed), or it is the English word's own loan spelling (english.cognates: "bufer"); no word the index
drops as a stop word (a phrase holding one is never whole). Kept, per English word: one word of lower-case letters
not in english_vocabulary.STOP, not in the team's list (whose senses were chosen for course texts and stay first),
not one of the most common English words (wordfreq's Zipf frequency COMMON or more, about the 2,500 most frequent:
the band of the General Service List the team's list covers, where a word it lacks was left out on purpose, as a
framing or light word: "like", "likely", "get", "see", "well", whose Wiktionary senses "suka", "ambil", "saksi",
"sumur" are not what a question means), with at least one translation kept. --check: exit 1 when the committed file differs from what this writes.

The data is Wiktionary's via WikDict and FreeDict: Creative Commons Attribution-ShareAlike 3.0 (the file says so in its
header, and so does its README line); the code reading it is the project's.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "telusur" / "data" / "english-indonesian-wikdict.tsv"
PHRASES_OUT = OUT.with_name("english-indonesian-wikdict-phrases.tsv")
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_HEAD = re.compile(r"^(\S.*?) (?:/.*/ )*<([^>]*)>\s*$")
_NUMBERED = re.compile(r"^\s*\d+\.\s+(.*)$")
COMMON = 5.0  # wordfreq Zipf frequency: once in 100,000 English words
_MARKER = re.compile(r"\s+\d+\.\s*$")  # "cendana 2.": the next sense's number closing a line


def _number(text: str) -> int:
    n = 0
    for ch in text:
        n = n * 64 + _B64.index(ch)
    return n


def entries(folder: Path) -> list[tuple[str, str, list[str]]]:
    """(headword, part of speech, translations) of every entry of the dictd files, in the file's order."""
    data = gzip.open(folder / "freedict-eng-ind.dict.dz").read()
    out = []
    for line in (folder / "freedict-eng-ind.index").read_text(encoding="utf-8").splitlines():
        word, offset, length = line.split("\t")
        if word.startswith("00database"):
            continue
        text = data[_number(offset):_number(offset) + _number(length)].decode("utf-8")
        for block in re.split(r"\n\s*\n", text.strip()):
            lines = block.split("\n")
            head = _HEAD.match(lines[0])
            if not head:
                continue
            body = lines[1:]
            if body and _NUMBERED.match(body[0]):  # "1. alas, dasar" / gloss / "2. basa, alkali" / gloss ...
                said = [_NUMBERED.match(b).group(1) for b in body if _NUMBERED.match(b)]
            else:  # one line of translations, then the glosses (" 2." lines: senses with none)
                said = [_MARKER.sub("", body[0])] if body else []
            translations = [t.strip() for s in said for t in s.split(",") if t.strip()]
            out.append((head.group(1).strip(), head.group(2), translations))
    return out


def kept(english: str, translation: str) -> str | None:
    """The translation as the word list writes it ("ikan mas" -> "ikan_mas"), or None when it fails the check."""
    from telusur.indonesian import is_affixed, stop_words
    from telusur.query.english import cognates

    words = translation.lower().split()
    if not words or not all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) for w in words):
        return None
    if any(w in stop_words() for w in words):
        return None
    loans = set(cognates(english)) | {english}
    if not all(all(is_affixed(part) for part in w.split("-")) or w in loans for w in words):
        return None
    return "_".join(words)


def lines(folder: Path) -> list[str]:
    from wordfreq import zipf_frequency

    from telusur.english_vocabulary import STOP, lexicon

    table: dict[str, list[str]] = {}
    for head, _, translations in entries(folder):
        english = head.lower()
        if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", english) or english in STOP or english in lexicon() \
                or head[:1].isupper() or zipf_frequency(english, "en") >= COMMON:  # "Miss", "Java": names
            continue
        said = table.setdefault(english, [])
        for t in translations:
            k = kept(english, t)
            if k and k not in said:
                said.append(k)
    return [f"{e}\t{' '.join(ws)}" for e, ws in sorted(table.items()) if ws]


# The parts of speech whose phrases are read as one thing: compounds naming a thing or a property ("civil servant",
# "inversely proportional"); not verbs ("work out" olahraga, "put down" membayar: senses a course question rarely
# means, which query/english.py's own PHRASAL_VERBS choose for it), adverbs ("all day"), interjections or proverbs.
_PHRASE_KINDS = frozenset("n adj".split())


def phrase_lines(folder: Path) -> list[str]:
    """The compounds of the dictionary (headwords of two to four words written small, _PHRASE_KINDS: "civil servant",
    "maternity leave", "directly proportional"), each with its part of speech and its checked translations, for
    english.py to read beside their words ("civil servant" pegawai_negeri: "negeri"). Not the phrases english.py
    writes itself (FRAMES, TERMS, NAMES: its own come first), nor those of framing words alone ("at all", "have to"),
    nor a translation its words give one by one (_word_by_word)."""
    from telusur.english_vocabulary import STOP
    from telusur.query.english import FRAMES, NAMES, TERMS

    own = set(FRAMES) | set(TERMS) | set(NAMES)
    table: dict[tuple[str, str], list[str]] = {}
    for head, kind, translations in entries(folder):
        words = head.split()
        if not 2 <= len(words) <= 4 or kind not in _PHRASE_KINDS or head != head.lower() \
                or not all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) for w in words) \
                or all(w in STOP for w in words) or head in own:
            continue
        said = table.setdefault((head, kind), [])
        for t in translations:
            k = kept(words[-1], t)  # a loan spelling of its head word passes ("operating system": "sistem operasi")
            if k and k not in said and not _word_by_word(words, k):
                said.append(k)
    return [f"{e}\t{kind}\t{' '.join(ws)}" for (e, kind), ws in sorted(table.items()) if ws]


def _word_by_word(words: list[str], translation: str) -> bool:
    """Whether every word of a compound's translation is one its words give one by one ("information system":
    sistem_informasi; "criminal law": hukum_pidana): english.py reads those already, and the compound says nothing
    more. "civil servant": pegawai_negeri says "negeri", which neither "civil" (sipil) nor "servant" (pegawai) gives."""
    from telusur.query.english import indonesian_words

    given = {w for word in words for forms in indonesian_words(word) for form in forms for w in form.split("_")}
    return all(w in given for w in translation.split("_"))


PHRASES_HEADER = """\
# English compounds -> Indonesian words from FreeDict's English-Bahasa Indonesia FreeDict+WikDict dictionary, edition
# 2022.11.18 (Debian package dict-freedict-eng-ind 2022.12.07; WikDict's translations of Wiktionary): its headwords of
# two to four words written small naming a thing or a property, with their part of speech (n, adj) and translations
# checked as the word file's are, less the phrases query/english.py writes itself and the translations its words give
# one by one. Read by english.py beside their words ("civil servant" -> pegawai_negeri: "negeri" is the compound's).
# Written by bench/english_wikdict.py; never edit by hand.
# Licence of this file's data: Creative Commons Attribution-ShareAlike 3.0 Unported (Wiktionary contributors, WikDict,
# FreeDict contributors); https://creativecommons.org/licenses/by-sa/3.0/
"""


HEADER = """\
# English -> Indonesian words from FreeDict's English-Bahasa Indonesia FreeDict+WikDict dictionary, edition 2022.11.18
# (Debian package dict-freedict-eng-ind 2022.12.07; WikDict's translations of Wiktionary), for the English words the
# team's list (english-indonesian.tsv) lacks, less the most common English words (wordfreq 3.1.1, Zipf frequency 5.0
# or more, the band the team's list covers: a word it lacks there was left out on purpose): read after it, only to look
# up an English question's words written in lower case (english_vocabulary.translations). Written by bench/english_wikdict.py, which says what was kept; never edit by hand.
# Licence of this file's data: Creative Commons Attribution-ShareAlike 3.0 Unported (Wiktionary contributors, WikDict,
# FreeDict contributors); https://creativecommons.org/licenses/by-sa/3.0/
"""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dict", type=Path, default=Path("/usr/share/dictd"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    written = {OUT: HEADER + "\n".join(lines(args.dict)) + "\n",
               PHRASES_OUT: PHRASES_HEADER + "\n".join(phrase_lines(args.dict)) + "\n"}
    if args.check:
        differ = [path for path, text in written.items()
                  if not path.exists() or path.read_text(encoding="utf-8") != text]
        print("same" if not differ else
              f"{', '.join(map(str, differ))} differ from what bench/english_wikdict.py writes")
        return 1 if differ else 0
    for path, text in written.items():
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {text.count(chr(10)) - text.count(chr(10) + '#') - 1} lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
