"""Acronyms and the words they stand for, read one way along the data's way. Two tolerances, each stated once:

- initials: exactly a name's initials, its small words skipped, each space-separated word one letter. Where nothing
  in the text pairs the words with the acronym (a body's name before "(IIA) (2017)" in a citation, a phrase found
  anywhere in the text for a question's acronym: Retriever._initialled), only an exact match says they belong.
- spells: initials in order, all of the acronym's letters or all but one, every run of letters an initial (hyphen
  parts, small words). Where the text itself sets the two side by side ("Business Manager (BM)", "ISPA (Infeksi
  Saluran Pernafasan Akut)", "(citizenship behavior directed toward individuals) – OCBI": spelt_out), the shape says
  they belong and the initials only mark where the words begin; the ranker (expands) and the answer read it so."""

from __future__ import annotations

import re

from .indonesian import NAME_LINKS
from .lazy_pattern import LazyPattern


def initials(words: list[str]) -> str:
    """The first letters of a name's words, the small words inside it skipped ("Institute of Internal Auditors" ->
    "IIA")."""
    return "".join(w[0] for w in words if w not in NAME_LINKS)


def initialled(acronym: str, words: list[str]) -> bool:
    """The words' initials are exactly the acronym's letters, case aside, each small word (NAME_LINKS, in any case)
    giving its letter or none: a name found anywhere in the text for an acronym it never writes ("United Nations
    Convention on The Law of The Sea": UNCLOS, "of" giving its O, "on" and "The" none; "Perlindungan dan Pengelolaan
    Lingkungan Hidup": PPLH). Exact, as initials is: nothing in the text pairs the two."""
    letters = acronym.lower()
    reached = {0}  # how many of the acronym's letters the words so far can give
    for word in words:
        initial, small = word[:1].lower(), word.lower() in NAME_LINKS
        reached = {n + 1 for n in reached if n < len(letters) and letters[n] == initial} | (reached if small else set())
        if not reached:
            return False
    return len(letters) in reached


def spells(acronym: str, words: str) -> bool:
    """The words spell the acronym, where the text itself puts the two side by side ("Badan Pusat Statistik (BPS)"):
    their initials give its letters in order, case aside, all of them or all but one (an acronym keeps a word the
    text leaves out: "OCBI" for "citizenship behavior directed toward individuals"), and at least two. Every run of
    letters has an initial, so each part of a hyphenated word ("Perserikatan Bangsa-Bangsa": PBB, "Kitab Undang-Undang
    Hukum Pidana": KUHP) and each small word ("Internet of Things": IoT, "Measles, Mumps dan Rubella": MMR) may give
    its letter or none; a letter from inside a word is not read ("Ilmu Pengetahuan dan Teknologi" spells no IPTEK)."""
    return _letters_spelt(acronym, words) >= max(2, len(acronym) - 1)


def _letters_spelt(acronym: str, words: str) -> int:
    """How many of the acronym's letters the words' initials give in order (a longest common subsequence)."""
    firsts, letters = [w[0].lower() for w in re.findall(r"[^\W\d_]+", words)], acronym.lower()
    row = [0] * (len(firsts) + 1)
    for letter in letters:
        previous = 0
        for j, initial in enumerate(firsts, 1):
            previous, row[j] = row[j], previous + 1 if letter == initial else max(row[j], row[j - 1])
    return row[-1]


# An acronym a passage defines beside the words it stands for: "Business Manager (BM)", "BM (Business Manager)",
# "perilaku kewargaan diarahkan terhadap individu (citizenship behavior directed toward individuals) – OCBI" (words,
# their gloss in parentheses, then a dash)
ACRONYM = r"[A-Z][A-Za-z]?[A-Z]{1,6}"
_WORDS_THEN_ACRONYM = LazyPattern(rf"((?:[^\W\d_][\w'’-]*[ \t]+){{1,9}}?[^\W\d_][\w'’-]*)[ \t]*"
                                  rf"\([ \t]*({ACRONYM})[ \t]*\)")
_ACRONYM_THEN_WORDS = LazyPattern(rf"\b({ACRONYM})[ \t]*\(([^()\n]{{5,100}})\)")
_PARENTHESES_THEN_ACRONYM = LazyPattern(rf"([^()\n]*)\(([^()\n]{{5,100}})\)[ \t]*[-–—][ \t]*({ACRONYM})\b")
# What each of the two slow patterns above must find in a passage before it can match (the words before them are
# tried from every position of the passage: about 1.5 ms a passage, every question, where most passages hold neither)
_ACRONYM_IN_PARENTHESES = LazyPattern(rf"\([ \t]*{ACRONYM}[ \t]*\)")
_ACRONYM_AFTER_DASH = LazyPattern(rf"\)[ \t]*[-–—][ \t]*{ACRONYM}\b")


def spelt_out(text: str) -> list[tuple[str, str]]:
    """(acronym, the words it stands for) for each acronym the text spells out beside it; a gloss and the words it
    translates are marked off by " (" ("perilaku kewargaan diarahkan terhadap individu (citizenship behavior directed
    toward individuals)"). Each pair's words spell its acronym (spells) on one side at least."""
    found = [(m.group(2), _spelling(m.group(1), m.group(2))) for m in _WORDS_THEN_ACRONYM.finditer(text)
             ] if _ACRONYM_IN_PARENTHESES.search(text) else []
    found += [(m.group(1), m.group(2)) for m in _ACRONYM_THEN_WORDS.finditer(text) if _spelt_in_a_run(*m.groups())]
    if _ACRONYM_AFTER_DASH.search(text):
        found += [(m.group(3), f"{_glossed(m.group(1), m.group(2))} {m.group(2)}")
                  for m in _PARENTHESES_THEN_ACRONYM.finditer(text)]
    return [(acronym, words) for acronym, words in found
            if any(spells(acronym, w) for w in words.split(" ("))]


def _spelt_in_a_run(acronym: str, words: str) -> bool:
    """Words in parentheses after an acronym spell it in a run: from a word giving its first letter, as many words
    as it has letters, small words aside ("TCP/IP (Transmission Control Protocol / Internet Protocol)"). A parenthesis
    holding its letters here and there is no spelling: "ISPA (sebanyak 45 pasien atau 60%)", "PT (perusahaan ini
    bergerak di bidang tekstil)"."""
    split = words.split()
    for i, word in enumerate(split):
        first = re.search(r"[^\W\d_]", word)
        if first is None or first.group().lower() != acronym[0].lower():
            continue
        run = []
        for w in split[i:]:
            run.append(w)
            if sum(x.lower() not in NAME_LINKS for x in run) == len(acronym):
                break
        if spells(acronym, " ".join(run)):
            return True
    return False


def _glossed(before: str, gloss: str) -> str:
    """The words a gloss in parentheses translates: as many of the last words before it as the gloss has, marked off
    by " (" ("perilaku kewargaan diarahkan terhadap individu (" for "citizenship behavior directed toward individuals")."""
    words = before.split()[-len(gloss.split()):]
    return f"{' '.join(words)} (" if words else ""


def _spelling(before: str, acronym: str) -> str:
    """Of the words before "(ACR)", the last ones spelling the most of its letters, the fewest of them ("… kepala
    sekolah tentang Penelitian Tindakan Kelas (PTK)" -> "Penelitian Tindakan Kelas", not "Tindakan Kelas", which
    spells all but one), or "" when none spells it."""
    words = before.split()
    tails = [" ".join(words[-n:]) for n in range(1, len(words) + 1)]
    best = max(tails, key=lambda tail: _letters_spelt(acronym, tail), default="")  # of the most, the fewest words
    return best if spells(acronym, best) else ""


_RUN_BEFORE_SHORT = re.compile(r"(?:(?<=[\s(])|^)((?:[A-Z][\w'’-]*|\d+)(?:[ \t]+(?:[A-Z][\w'’-]*|\d+|of|and|dan|for|the))*)"
                               r"[ \t]*$")


def stands_for(text: str, short: str) -> list[str]:
    """The words a short form stands for, each place the text introduces it in parentheses right after them: the
    last words that spell its letters ("Badan Pusat Statistik (BPS)", "demam berdarah dengue (DBD)", "Statistical
    Product and Service Solutions (SPSS)"; its number aside, "DSM-5"), or where none do, the capitalised words and
    numbers right before it from the first that opens with its first letter ("Corona Virus Disease 2019 (COVID-19)": a
    short form made of syllables; "Penerapan Corona Virus Disease (COVID)" from "Corona")."""
    letters = re.match(r"[^\W\d_]+", short)
    if letters is None:
        return []
    out = []
    for m in re.finditer(rf"\([ \t]*{re.escape(short)}[ \t]*\)", text):
        before = re.split(r"[.,;:!?()\[\]\"“”\n]", text[max(0, m.start() - 160):m.start()])[-1].strip()
        words = _spelling(" ".join(before.split()[-9:]), letters.group())
        run = None if words else _RUN_BEFORE_SHORT.search(before)
        run_words = run.group(1).split() if run else []
        while run_words and run_words[0][:1].lower() != short[:1].lower():
            run_words = run_words[1:]  # "Penerapan Corona Virus Disease (COVID)": the run opens with a word of the clause
        if len(run_words) > 1 or run_words and run_words == run.group(1).split():
            words = " ".join(run_words)
        if words:
            out.append(words)
    return out


def expands(text: str, acronym: str) -> bool:
    """The text spells the acronym out beside it, in a shape spelt_out reads ("ISPA (Infeksi Saluran Pernafasan
    Akut)", "Infeksi Saluran Pernafasan Akut (ISPA)", "(citizenship behavior directed toward individuals) – OCBI"), in
    words that spell it (spells)."""
    return acronym in text and any(found == acronym for found, _ in spelt_out(text))


def counted_phrase(text: str, number: str, acronym: str) -> str | None:
    """The words the text writes right after a number whose initials are exactly an acronym the question writes after
    that number ("1000 HPK" of a text saying "1000 hari pertama kehidupan", "5 PKK" of "5 pilar kesehatan keluarga"):
    a counted concept's acronym, its words in lower case as running text writes them. The number is the sign that
    they belong, as the parentheses are for spelt_out: three letters or more, as a name's initials (initialled), the
    number's digits alike however grouped ("1.000")."""
    if len(acronym) < 3:
        return None
    digits = re.sub(r"[.,]", "", number)
    for m in re.finditer(r"(?<![\w.,])(\d[\d.,]*)[ \t]+((?:[^\W\d_]+[ \t]+){1,12}[^\W\d_]+)", text):
        if re.sub(r"[.,]", "", m.group(1)) != digits:
            continue
        words = m.group(2).split()
        for end in range(len(acronym), len(words) + 1):
            if initialled(acronym, words[:end]):
                return " ".join(words[:end])
    return None
