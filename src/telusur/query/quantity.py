"""What a "how many / how much" question counts, and whether a passage gives that count.

"Ada berapa apotek yang dikelola …?" counts apotek: the passage saying "mengelola sebanyak 340 apotek" gives it.
"Berapa lama …?", "How soon …?" ask for a time: "selama dua jam pelajaran", "paling lambat 5 (lima) hari".
"Seberapa besar …?" asks for an amount or a share: "sebesar 32,5%". A number that counts nothing asked (a year in a
citation, a list's "2.") gives nothing. The ranker weighs the match (its "gives_count" feature, fitted).
"Berapa harga …?", "Berapa watt …?", "What is the dose of …?" ask for a figure with a unit of its own (a price, a
power, a dose): a text that gives one writes its unit beside it, and a text on the topic that writes none does not
give it (the abstention's "figure_absent").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..lazy_pattern import LazyPattern
from ..documents.model import YEAR_DIGITS
from ..english_vocabulary import IRREGULAR_VERBS, is_english_word
from .ranker import indonesian_word, not_a_subject, verb_form

# Units by what they measure; a question's "berapa lama" / "how long" asks for one of the "time" units, and so on.
UNITS = {
    "time": frozenset("detik menit jam hari minggu pekan bulan tahun semester jp abad dekade windu second seconds "
                      "minute minutes hour hours day days week weeks month months year years".split()),
    "share": frozenset("% persen persentase percent".split()),
    "distance": frozenset("mil km kilometer meter m cm mm mdpl mile miles feet kaki".split()),
    "weight": frozenset("kg kilogram gram g ton mg kuintal ons".split()),
    "temperature": frozenset("°c °f derajat celsius fahrenheit kelvin".split()),
    "area": frozenset("hektar hektare ha km2 m2 persegi".split()),
    "money": frozenset("rp rupiah juta miliar ribu dollar dolar usd".split()),
    "times": frozenset("kali times".split()),  # "berapa kali": "diberikan 4 kali", "60 kali per menit"
}
# "Berapa lama", "seberapa besar", "how long": the kind of amount asked for, no thing counted.
_MEASURES = {"lama": ("time",), "lamanya": ("time",), "long": ("time",), "soon": ("time",), "often": ("time",),
             "sering": ("time",), "jauh": ("distance",), "far": ("distance",), "luas": ("area",),
             "tinggi": ("distance",), "panjang": ("distance",), "lebar": ("distance",), "jarak": ("distance",),
             "kedalaman": ("distance",), "tall": ("distance",), "high": ("distance",),
             "wide": ("distance",), "deep": ("distance",), "berat": ("weight",), "heavy": ("weight",),
             "suhu": ("temperature",), "hot": ("temperature",), "usia": ("time",), "umur": ("time",),
             "old": ("time",), "age": ("time",),
             "besar": ("share", "money"), "banyak": (), "much": ("share", "money"), "large": ("share", "area"),
             "big": ("share", "area"),
             "persen": ("share",), "percentage": ("share",), "proportion": ("share",), "biaya": ("money",),
             "harga": ("money",), "cost": ("money",)}
# "What is the number of respondents?", "Total number of students?": a count asked in English without "how many"
_NUMBER_OF = r"(?:\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+the\s+|^\s*(?:the\s+)?)(?:total\s+)?number\s+of\b"
# A question asking for a number at all: "berapa", "how tall", "at what age" (answer.py's "number" kind is this);
# "seberapa" before a measure ("seberapa besar", "seberapa lama"), not before a quality it asks the degree of
# ("Seberapa penting peran guru?", "Seberapa efektif ...?": no number answers them, as "How important ...?")
_SEBERAPA_MEASURED = r"seberapa(?:kah)?\s+(?:" + "|".join(_MEASURES) + r")\b"
# A question opening on "lama" asks how long as "berapa lama" does, in chat without the "berapa": "lama masak rendang
# pake api kecil?", "lamanya fermentasi tempe"; "lama" inside a question is a state ("kalau resep dilayani lama, ...")
_LONG_OPENING = (r"^\W*(?:(?:kira-kira|kira2|biasanya|rata-rata|rata2)\s+)?lama(?:nya)?\b"
                 r"(?!\s+(?:ini|itu|tidak)\b)")  # a question is read in standard words: "ga" is "tidak"
_ASKED_LONG = LazyPattern(_LONG_OPENING, re.I)
ASKS_NUMBER = LazyPattern(rf"\b(?:berapa\w*|{_SEBERAPA_MEASURED}|how (?:many|much|long|large|big|soon|often|far|tall|"
                          rf"high|wide|deep|heavy|hot|old)|what (?:percentage|proportion|age))\b|{_NUMBER_OF}|"
                          rf"{_LONG_OPENING}", re.I)
_ASKED_NUMBER_OF = LazyPattern(_NUMBER_OF, re.I)
_ASKED = LazyPattern(
    r"\b(?:(?:ada\s+)?(?:se)?berapa(?:kah)?|how|what)\s+(?:(?:banyak|jumlah)\s+)?"
    r"(many|much|long|soon|often|far|large|big|tall|high|wide|deep|heavy|hot|old|percentage|proportion|[^\W\d_]+)",
    re.I)
# "berapa" closing its clause (only a counter, "banyak" or a particle after it) asks of what comes before it: "Di
# sekolah itu kelas ada berapa?", "Pegawainya ada berapa orang?", "Jumlah responden penelitian ini berapa?"
# (_count_before).
_CLOSING = LazyPattern(r"\b(?:se)?berapa(?:kah)?(?:\s+(orang|buah|unit|ekor)|\s+(?:banyak|saja|aja|sih))?\s*"
                       r"(?:[?.!,;:]|\s(?:dan|serta|tapi|tetapi)\b|$)", re.I)
# Words that link what is counted to a closing "berapa" ("Kelas ada berapa?", "Sampelnya berjumlah berapa?",
# "Responden perempuan sebanyak berapa orang?", "Kecamatan di kabupaten itu jumlahnya berapa?"), and words of hedging
# or pointing beside them that say nothing of it ("kira-kira berapa", "Kelas itu ada berapa?")
_LINKS = frozenset("ada berjumlah sejumlah sebanyak jumlahnya banyaknya totalnya".split())
_DEMONSTRATIVES = frozenset("itu ini tersebut".split())
_HEDGES = frozenset("kira sekitar kurang lebih".split()) | _DEMONSTRATIVES
# A word opening what is counted: "Jumlah siswa di sekolah itu ada berapa?", "Total karyawan perusahaan itu berapa?"
_OPENERS = frozenset("jumlah total banyaknya".split())
_CLAUSE_LINKS = frozenset("dan serta tapi tetapi".split())
_PREPOSITIONS = frozenset("di dari ke pada dalam untuk oleh dengan".split())
# Counters a text writes after its number ("sebanyak 30 orang", "5 unit"): with no noun after them, they are the thing
# counted ("Berapa orang yang menjadi responden?"); "kali" is not ("berapa kali per menit" asks how often).
_CLASSIFIERS = frozenset("orang buah unit ekor".split())
# An English word counted that Indonesian writes as a counter after its number: "How many people ...?" "12 orang"
_ENGLISH_COUNTERS = {"people": "orang", "persons": "orang"}
# What a count whose subject is left unsaid before its verb counts, as if said: "How many attended?" asks "How many
# people attended?", "Berapa yang hadir?" "Berapa orang yang hadir?" (a verb done, not one undergone: "Berapa yang
# terjual?", "How many were sold?" count no person)
_UNSAID_SUBJECT = {"english": "people", "indonesian": "orang"}
# Words between "how many" and the thing counted ("How many of the respondents ..."); an Indonesian counter is no
# English word ("How many unit sold?" counts units)
_ENGLISH_COUNTERS_SKIPPED = frozenset("the of a an".split())
# Words between "berapa" and the thing counted that count nothing themselves: "berapa orang karyawan"
_COUNTERS = _CLASSIFIERS | _ENGLISH_COUNTERS_SKIPPED | {"kali"}
# Words after "berapa" or "how many" that no number counts: "nilai loading berapa yang …", "dari berapa sampai berapa
# tahun", "berapa kali per menit", "how many are there", "how many exist" (as "there are"; s26 read "exist" as a
# person's noun), "how many of them": the question asks no thing there; nor after a counter ("Berapa orang dalam satu
# kelompok?", "... pada tahun 2020", "... saja yang lulus"): the counter is counted
_NO_THING = frozenset("yang sampai hingga per dari ke di untuk dan atau dalam pada oleh dengan saja lagi "
                      "are is was were do does did there them these those they it exist exists existed".split())
# Words that say what "berapa orang (yang)" counts is the noun after them: "Berapa orang menjadi responden?"
_COPULAS = frozenset("menjadi merupakan adalah ialah sebagai termasuk tergolong berstatus".split())
# English words that end the noun phrase after "how many": "How many employees work at ...", "... in the office"
_PHRASE_ENDS = _NO_THING | frozenset("have has had will would can could should may might must in on at by with "
                                     "from as that who which whom of than".split())
# English plurals written without an s: the head of "How many people visit museums?" is "people"; nouns that count
# people as a plural does ("How many staff in the office?")
_IRREGULAR_PLURALS = frozenset("people children men women staff personnel police cattle".split())
# Words that follow a verb, never a noun a number counts: "How many work there?", "How many live in Jakarta?", "How
# many attend the school?": the head after "how many" is then the verb of a subject left unsaid (people), no thing
_AFTER_A_VERB = frozenset("there here in at on for from with to into by abroad overseas the a an this that these those "
                          "their his her its our".split())
# A noun before "berapa" names what the number labels, not a thing counted: "pasal berapa UU PPLH" asks for an
# article's number, "kelas berapa SD" a grade, "tahun berapa" a year; the word after it ("UU", "SD") is counted by no
# number. An age ("umur berapa bayi ...") is a time.
# Those labelling a time ask when (kinds: the time kind): "tahun berapa", "tanggal berapa", "pukul berapa".
DATE_LABELS = frozenset("tahun tanggal jam pukul abad".split())
_LABELLED = DATE_LABELS | frozenset("pasal ayat kelas nomor halaman bab lantai tingkat level".split())
_AGE = frozenset("umur usia".split())
_BERAPA_NEXT = LazyPattern(r"\s+(?:se)?berapa(?:kah)?\b", re.I)


def asks_label(word: str, after: str) -> bool:
    """A label noun right before "berapa" (_LABELLED: "terbit tahun berapa", "pasal berapa"), given the question's
    text after it: what the question asks for, the number the noun labels, not a word of a term it asks about."""
    return word.lower() in _LABELLED and bool(_BERAPA_NEXT.match(after))


# A number: digits (with thousands or decimal marks) or an Indonesian number word, then up to three words (a "(lima)"
# gloss, "orang", an adjective) before what it counts.
_NUMBER = (r"(?:\d+(?:[.,]\d+)*[¼½¾]?(?:\s*[–-]\s*\d+(?:[.,]\d+)*)?|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|"
           r"seribu|sejuta|setengah|separuh|[a-z]+(?:belas|puluh|ratus|ribu|juta|miliar)))")
# The thing counted, then its number: "kabupaten (415)", "pegawai sebanyak 21 orang", "jumlah siswa: 340".
_THEN_NUMBER = LazyPattern(rf"([^\W\d_]+)(?:\s*[(:]\s*|\s+(?:sebanyak|berjumlah|sejumlah|mencapai|ada)\s+)"
                           rf"(?:sekitar\s+)?{_NUMBER}", re.I)
_AMOUNT = LazyPattern(rf"(?<![\w.,]){_NUMBER}(?:\s*(%)|\s+((?:\([^)]{{1,20}}\)\s*)?(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+))",
                      re.I)


@dataclass(frozen=True)
class Count:
    """What a question asks the number of: a thing ("apotek", "karyawan") and/or kinds of unit ("time"); and the
    counter it asks by, which a text may write in the thing's place ("Siswa yang ikut ada berapa orang?": "sebanyak 25
    orang"; gives_counter), not part of what is counted."""
    thing: str | None
    units: tuple[str, ...]
    counter: str | None = field(default=None, compare=False)


def asked_count(question: str) -> Count | None:
    """The count a question asks for ("Ada berapa apotek …?" -> thing "apotek"; "Berapa lama …?" -> units
    ("time",); "How many employees …?" -> thing "employees"), or None for a question of another kind. Each question
    word is read in turn, as a student may ask two things ("What is …, and how many …?", "dari berapa sampai berapa
    tahun?")."""
    if not ASKS_NUMBER.search(question):
        return None
    # each "berapa" in the order asked, one that closes its clause read first as asking of what comes before it
    readings = sorted([(m.start(), lambda m=m: _count_before(question[:m.start()], m.group(1)))
                       for m in _CLOSING.finditer(question)]
                      + [(m.start(1) - 1, lambda m=m: _count_at(question, m)) for m in _ASKED.finditer(question)]
                      + [(m.end(), lambda m=m: Count(_english_head(question[m.end():m.end() + 80]) or None, ()))
                         for m in _ASKED_NUMBER_OF.finditer(question)]
                      + [(m.start(), lambda: Count(None, ("time",))) for m in _ASKED_LONG.finditer(question)],
                      key=lambda reading: reading[0])
    return next((count for _, read in readings if (count := read()) is not None), None)


def _count_before(before: str, counter: str | None) -> Count | None:
    """What a "berapa" closing its clause counts, read in the clause before it: the subject a link word ("ada",
    "berjumlah", "sebanyak", "jumlahnya") ties to it ("Jenis rasio profitabilitas ada berapa?": the head "jenis"; "Siswa
    yang ikut lomba ada berapa orang?": "siswa"; "Di sekolah itu kelas ada berapa?": "kelas"), what a "jumlah" or
    "total" opening the clause names ("Jumlah responden penelitian ini berapa?"), a measure or an age right before it
    ("sejak umur berapa", "pada suhu berapa"), or a word with -nya ("sampelnya berapa orang"); None when the clause says
    none of these ("setara kelas berapa", "versi berapa", "lebih dari berapa"). A thing read keeps the counter after
    "berapa" ("ada berapa orang")."""
    count = _closing_count(before)
    return replace(count, counter=counter.lower()) if count and count.thing and counter else count


def _closing_count(before: str) -> Count | None:
    """_count_before's reading of the clause before a closing "berapa"."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", re.split(r"[.,;:?!]", before)[-1])]
    words = words[max((i + 1 for i, w in enumerate(words) if w in _CLAUSE_LINKS), default=0):]
    linked = False
    while words and words[-1] in _HEDGES | _LINKS:
        linked |= words.pop() in _LINKS
    if not words:
        return None
    if words[0] == "yang":  # "Yang hadir ada berapa?": no head before the clause
        return _unsaid_subject(words[1:])
    last, subject = words[-1], _subject(words)
    if _has_nya(last):  # "Pegawainya ada berapa orang?", "sampelnya berapa orang", "tingginya berapa"
        return _counted(last)
    if subject[:1] and subject[0] in _OPENERS:
        return _counted(subject[1]) if len(subject) > 1 else None
    if linked and _attribute_restricted(words):  # "Responden yang pendidikannya SMP ada berapa orang?": by its value
        return _counted(last)
    if linked:
        return _counted(subject[0]) if subject else None
    return None if last in _LABELLED else _measure(last)  # "tahun berapa" asks a year; "umur berapa" an age


def _attribute_restricted(words: list[str]) -> bool:
    """A head restricted by an attribute with -nya and its value ("Responden yang pendidikannya SMP", "Pasien yang
    jenis kelaminnya perempuan"): a table of the head by that attribute writes the value beside its number ("SMP |
    17"), while every passage of the chapter writes the head with one ("100 responden"). Not a clause of what the head
    does ("Siswa yang ikut lomba", "Siswa yang ikut"): its head is what is counted; nor a function word ending like one
    ("Siswa yang bertanya", "Karyawan yang biasanya lembur")."""
    after = words[words.index("yang") + 1:-1] if "yang" in words[1:] else []
    return any(_has_nya(w) for w in after)


def _subject(words: list[str]) -> list[str]:
    """The noun phrase before a closing "berapa", head first (an Indonesian noun's modifiers follow it): past a place
    or time and what points at it ("Di sekolah itu kelas": "kelas"), up to a clause or a place after it ("Siswa yang
    ikut lomba": "siswa"; "Kecamatan di kabupaten itu": "kecamatan"), past a verb opening it ("Koperasi itu memiliki
    anggota": "anggota"). A place or time with nothing pointing after it leaves the last word ("Pada tahun 2020
    pasien")."""
    pointed = [i for i, w in enumerate(words[:-1]) if w in _DEMONSTRATIVES]
    if pointed:
        words = words[pointed[-1] + 1:]
    elif words[0] in _PREPOSITIONS:
        return words[-1:]
    phrase = list(itertools.takewhile(lambda w: w not in _PREPOSITIONS and w not in ("yang", "menurut"), words))
    return phrase[1:] if len(phrase) > 1 and verb_form(phrase[0]) else phrase


def _counted(word: str) -> Count | None:
    """What a word a question counts by asks: a measure's or an age's unit ("luasnya", "umur"), else the word itself
    without its -nya ("Portnya ada berapa?": "port"; the index's stemmer leaves a loan word's -nya on)."""
    return None if word in _NO_THING else _measure(word) or Count(_without_nya(word), ())


def _without_nya(word: str) -> str:
    """A word without the -nya a question adds to it ("pegawainya", "portnya"; not "tanya", "punya")."""
    return word[:-3] if word.endswith("nya") and len(word) > 5 else word


def _has_nya(word: str) -> bool:
    """The word is another with the -nya a question adds to it ("pendidikannya", "pegawainya", "lamanya"), not a
    function word ending like one ("bertanya", "biasanya", "hanya"), unless it is a measure's ("lamanya")."""
    from ..indonesian import stop_words

    return _without_nya(word) != word and (word not in stop_words() or _measure(word) is not None)


def _measured(word: str) -> tuple[str, ...]:
    """The units a measure word asks for ("tinggi"; "ketinggian", a measure's ke-...-an noun), or ()."""
    noun = re.fullmatch(r"ke([^\W\d_]+)an", word)
    return _MEASURES.get(word) or (_MEASURES.get(noun.group(1), ()) if noun else ())


def _measure(word: str) -> Count | None:
    """The units a measure, an age or a unit word asks for ("tinggi", "tingginya", "umur", "suhu", "hari"), or None."""
    base = _without_nya(word)
    if base in _AGE:
        return Count(None, ("time",))
    if units := _measured(base):
        return Count(None, units)
    unit = next((unit for unit, words in UNITS.items() if base in words), None)
    return Count(None, (unit,)) if unit else None


def _count_at(question: str, m: re.Match) -> Count | None:
    """The count one question word asks for (asked_count), or None."""
    before = re.findall(r"[^\W\d_]+", question[:m.start()].lower())[-1:]
    if before and before[0] in _LABELLED | _AGE:  # "pasal berapa ...", "umur berapa ..."
        return Count(None, ("time",)) if before[0] in _AGE else None
    if before and (units := _measured(before[0])):  # "Di ketinggian berapa X terletak?": a height, not X
        return Count(None, units)
    opener = m.group(0).split()[0].lower()
    word, after = m.group(1).lower(), _thing_after(question, m.end(1), opener == "how")
    if opener.startswith("seberapa") and not re.match(_SEBERAPA_MEASURED, m.group(0), re.I):  # "seberapa penting"
        return None
    if after in _NO_THING:
        after = None
    if opener in ("how", "what"):
        if opener == "what" and word not in ("percentage", "proportion", "age"):
            return None
        if word == "many" and after == "times":  # how often, as "berapa kali"
            return Count(None, ("times",))
        if word == "many":
            return Count(after or None, ()) if after is not None else None
        if word == "much" and after == "time":
            return Count(None, ("time",))
        if word not in _MEASURES:
            return None
    if word in _MEASURES:
        units = _MEASURES[word]
        return Count(None, units) if units else (Count(after, ()) if after else None)
    for unit, words in UNITS.items():
        if word in words:
            return Count(None, (unit,))
    if word in _COUNTERS:  # "berapa orang karyawan"; a verb after it counts nothing ("Berapa orang mengikuti ...?")
        if after and not not_a_subject(after):
            return Count(after, (), word if word in _CLASSIFIERS else None)
        return Count(word, ()) if word in _CLASSIFIERS else None
    if word == "yang":  # "Berapa (banyak) yang hadir?": no head before the clause
        return _unsaid_subject([w.lower() for w in re.findall(r"[^\W\d_]+", question[m.end(1):m.end(1) + 80])])
    return Count(word, ()) if word not in _NO_THING else None


def _unsaid_subject(clause: list[str]) -> Count | None:
    """What a headless "yang" clause a count asks of counts: people when its first word past the helper words
    ("harus", "sudah") is no passive ("yang hadir", "yang mengikuti lomba"), as "berapa orang yang hadir" does; None
    for a thing undergoing it ("yang terjual", "yang harus dibayar"), a thing's state borrowed ("yang valid":
    _shared_loan) or no clause. A clause of stop words only is read by its last, its verb ("yang datang", "yang sudah
    bekerja": the stop list holds common verbs)."""
    from ..indonesian import stop_words

    said = [w for w in clause if w not in stop_words()] or clause[-1:]
    if not said or verb_form(said[0]) and said[0].startswith(("di", "ter")) or _shared_loan(said[0]):
        return None
    return Count(_UNSAID_SUBJECT["indonesian"], ())


def _shared_loan(word: str) -> bool:
    """A word both languages' word lists spell alike ("valid", "normal", "ideal", "total"): a loan of a state or a
    thing ("Berapa yang valid?" asks of items), never of what people do, which Indonesian borrows as a verb with its
    own affix ("mengakses", "berinvestasi")."""
    return is_english_word(word) and indonesian_word(word)


def _thing_after(question: str, at: int, english: bool) -> str:
    """The word after a question's "many" / "berapa orang": what is counted, or "" at the question's end.
    Indonesian: the word past the counters ("berapa orang karyawan": "karyawan"), or what "orang yang menjadi" names
    ("Berapa orang (yang) menjadi responden?": "responden"). English: the head of the noun phrase after "many"
    (_english_head)."""
    if english:
        return _english_head(question[at:at + 80])
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", question[at:at + 80]) if w.lower() not in _COUNTERS]
    said = words[1:] if words[:1] == ["yang"] else words  # "orang yang ...": what the clause says they are
    if len(said) > 1 and said[0] in _COPULAS:
        return said[1]
    return words[0] if words else ""


def _english_head(after: str) -> str:
    """The noun an English "how many" counts, in the words after "many": its noun phrase runs to the first word that
    ends one (a helper verb, a preposition, "there"; at most four words), past "of the", and its head is its first
    plural ("How many Indonesian migrant workers were ...": "workers"; "How many Muslims live there?": "muslims", not
    the verb after it; "How many Davis Cup titles ...": "titles", a name's final s no plural), or, with none, the
    first word past the names that modify it ("How many Prodia staff are there?": "staff"; "How many PNS are there?":
    "pns")."""
    words = re.findall(r"[^\W\d_]+", re.split(r"[,;:?!]", after, maxsplit=1)[0])
    while words and words[0].lower() in _ENGLISH_COUNTERS_SKIPPED:
        words = words[1:]  # "How many of the respondents ..."
    phrase = list(itertools.takewhile(lambda w: w.lower() not in _PHRASE_ENDS, words))[:4]
    plurals = [i for i, w in enumerate(phrase) if _plural(w) or w.lower() in _IRREGULAR_PLURALS]
    # a name that only looks plural modifies what follows it: a name goes on ("Davis Cup titles"), or a plural
    # follows ("How many Texas residents ..."); a plural name before its verb stays the head ("Muslims live")
    plurals = [i for n, i in enumerate(plurals) if not (
        phrase[i][0].isupper() and (n + 1 < len(plurals) or i + 1 < len(phrase) and phrase[i + 1][0].isupper()))]
    plural = phrase[plurals[0]] if plurals else None
    if plural is not None:
        return plural.lower()
    if _verb_head(words):
        return _UNSAID_SUBJECT["english"]  # "How many work there?": its subject unsaid, people
    if not phrase:
        return words[0].lower() if words else ""  # "How many are there?": no thing (_NO_THING)
    return next((w for w in phrase if not w[0].isupper()), phrase[0]).lower()


# An English noun of a person by its ending ("employee", "student", "participant", "doctor", "scientist", "civilian"),
# which a student may write after "how many" without its plural -s: no verb (nor "agree", "-ee" after a short stem)
_PERSON_NOUN = LazyPattern(r"^(?:[a-z]{4,}ee|[a-z]{2,}(?:ent|ant|ist|ian|or))$")


# An English adjective by its ending ("valid", "available", "active", "dangerous", "useful", "toxic", "relevant")
_ADJECTIVE = LazyPattern(r"^[a-z]{2,}(?:al|ive|ous|ful|able|ible|less|ic|id|ent|ant)$")


def _verb_head(words: list[str]) -> bool:
    """The first word after an English "how many" with no plural after it is a verb, its subject (people) unsaid: a
    past form ("How many died?", "How many attended the meeting?") or a word followed by what follows a verb ("How
    many work there?", "How many live in Jakarta?") or by its object ("How many need help?"); a singular noun after
    "how many" is followed by its verb ("How many PNS are there?", "How many respondent answered ..."), by its state
    with the verb left out ("How many item valid?") or by nothing ("How many staff?"), and a person's noun without its
    -s is one ("How many student attend ...")."""
    if not words or not words[0].islower() or words[0] in _PHRASE_ENDS or _measure(words[0]):
        return False  # a unit is no verb: "How many hour a day?"
    if _past(words[0]):
        return True
    if len(words) == 1 or _PERSON_NOUN.search(words[0]):
        return False
    after = words[1].lower()
    if _ADJECTIVE.search(after) and (len(words) == 2 or words[2].lower() in _PHRASE_ENDS):
        return False  # a noun and its state, the verb left out ("How many item valid?", "... unit available in stock")
    return after in _AFTER_A_VERB or not (after in _PHRASE_ENDS or _past(after) or _plural(after))


def _past(word: str) -> bool:
    """An English past form by its ending ("attended", "died"; not "seed", "speed", "bed") or an irregular one
    ("came", "taken", "sold")."""
    return len(word) > 3 and word.endswith("ed") and not word.endswith("eed") or word.lower() in IRREGULAR_VERBS


def _plural(word: str) -> bool:
    """An English word written as a plural ("Muslims", "workers"; not "PNS", "class", "does")."""
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word.lower() not in _NO_THING)


def gives_count(text: str, count: Count, terms: set[str], tokenize, labels: frozenset[str] = frozenset()) -> bool:
    """The text gives the asked count: a number right before the thing counted (any of `terms`, the thing's
    search terms as the index spells them, compared through `tokenize`) or before a unit of the kind asked, or the
    thing with its number after it ("kabupaten (415)", "karyawan sebanyak 21 orang"), or a table row a word of the
    question labels with its number (`labels`, the question's other search terms: "Pria | 8 | 16.0" of "Berapa
    responden pria?", "25-34 | 34" of "... yang umurnya 25-34 tahun": a table counts the rest by its heading). A year
    counts nothing ("Pada tahun 2015 apotek di kota itu bertambah"), as in gives_counter."""
    if labels and any(labels & set(tokenize(label)) for label in _row_labels(text)):
        return True
    for share, words in _amounts(text):
        if share:  # "32,5%"
            if "share" in count.units:
                return True
            continue
        if any(w in UNITS[u] for u in count.units for w in words):
            return True
        if terms and terms & set(tokenize(" ".join(words))):
            return True
    return bool(terms) and any(terms & set(tokenize(thing)) for thing in _numbered_things(text))


def gives_counter(text: str, count: Count) -> bool:
    """The text writes the counter a question counts alone or asks by after a number ("Ada berapa orang yang ...?",
    "Siswa yang ikut ada berapa orang?": "sebanyak 30 orang"), as written: the index leaves "orang" out as a stop
    word, so gives_count's terms never hold it. Read only to choose a passage's sentence: across passages it says
    little (a respondents chapter writes "N orang" in every table), and as a ranking feature it raised the confidence
    of wrong first passages."""
    counter = count.counter or _ENGLISH_COUNTERS.get(count.thing, count.thing)  # "How many people": "12 orang"
    return counter in _CLASSIFIERS and any(counter in words for share, words in _amounts(text) if not share)


@lru_cache(maxsize=4096)  # a passage's amounts are the same for every "berapa" question: found once per process
def _amounts(text: str) -> tuple[tuple[bool, tuple[str, ...]], ...]:
    """Each amount the text writes: a share ("32,5%"), or the words after its number; a year's none ("Sejak tahun
    2015 orang mulai ...": a date, no count of people)."""
    return tuple((True, ()) if m.group(1) else (False, tuple(re.findall(r"[^\W\d_]+", m.group(2).lower())))
                 for m in _AMOUNT.finditer(text) if not _YEAR.fullmatch(m.group().split()[0]))


_NUMBER_CELL = LazyPattern(r"\d+(?:[.,]\d+)*\s*%?")


@lru_cache(maxsize=4096)
def _row_labels(text: str) -> tuple[str, ...]:
    """The cells of the text's table rows with a number in the cell after them ("Pria | 8 | 16.0": "Pria")."""
    out = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.split("|")]
        out += [a for a, b in zip(cells, cells[1:]) if a and not _NUMBER_CELL.fullmatch(a) and _NUMBER_CELL.fullmatch(b)]
    return tuple(out)


@lru_cache(maxsize=4096)
def _numbered_things(text: str) -> tuple[str, ...]:
    """The words the text writes with their number after them ("kabupaten (415)", "karyawan sebanyak 21 orang")."""
    return tuple(m.group(1) for m in _THEN_NUMBER.finditer(text))


# Figures with a unit of their own, by the words a question asks for them with; a text giving one writes the unit.
_FIGURE_WORDS = {
    "money": frozenset("harga gaji upah biaya ongkos honor honorarium iuran price prices cost costs salary "
                       "salaries wage wages fee fees".split()),
    "tariff": frozenset("tarif tariff tariffs".split()),  # an amount or a share: "tarif PPh 0,5%"
    "power": frozenset("watt wattage".split()),
    "dose": frozenset("dosis takaran dose doses dosage".split()),
}
_FIGURES = {
    # a large number written with thousands marks stands for money too: a salary table's "Gaji Pokok | 2.500.000"
    "money": LazyPattern(r"(?<![^\W\d_])(?:rp|idr|usd|us\$)\.?\s*\d|\$\s*\d|\d\s*(?:rupiah|ribu|juta|miliar|triliun|dolar|"
                         r"dollar|usd)\b|(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?!\d)", re.I),
    "power": LazyPattern(r"\d\s*(?:k|m)?(?:w|watt|wh)\b", re.I),
    "share": LazyPattern(r"\d\s*(?:%|persen\b)", re.I),
    # "3 kali sehari", "3 x 1": how often, not a count ("60 kali/menit", a vaccine's "1 kali") and no dose by itself
    "dose": LazyPattern(r"\d\s*(?:mg|mcg|µg|g|ml|cc|iu|tetes|tablet|kapsul|sendok|dosis)\b|"
                        r"\d\s*(?:kali|x)\s*(?:sehari|per\s+hari|/\s*hari|a\s+day|daily|\d)\b", re.I),
}
# An English question asking a figure without "how much", by the measure it names after "what is the": "What is the
# dose of …?", "What's the price of …?" (a figure with its unit: _FIGURE_WORDS); "What is the maximum fine …?", "What
# is the R-square of …?", "What is the overall average waiting time …?", "What is the path result for …?" (a value:
# ASKS_VALUE). Not "value", "result", "level", "ratio" or "area" alone: as often a thing defined or a finding ("the value
# of honesty", "the result of the study", "the current ratio", "the area of study"); a statistic's result or value is one.
# (up to two words before the measure, none a preposition or a conjunction, _JOINING: "the effect of load on …" asks
# no figure)
# (a preposition of place, time or measure as much: "the maximum fine under law" asks a value, not what "fine under law"
# names, and "the minimum wage policy under the new law" names a policy)
_JOINING = r"of|for|in|on|at|to|by|with|and|or|under|per|from|over|into|than|within|without|before|after|during"
_WHAT_THE = (r"\bwhat(?:'s|\s+is|\s+are|\s+was|\s+were)\s+the\s+"
             rf"(?:(?!(?:{_JOINING}|between)\b)[^\W\d_]+\s+){{0,2}}?")
_FIGURED = r"price|cost|salary|wage|fee|dose|dosage"
# ... not a measure's word opening a name that ends in what names a concept, a thing defined: "the distance learning
# system", "the price elasticity of demand", "the mean value theorem", "the total quality management approach"
_CONCEPTS = (r"method|theorem|approach|system|program|programme|technique|step|model|theory|principle|concept|"
             r"strategy|management|learning|building|reading|elasticity|discrimination|analysis|accounting|leadership|"
             r"hypothesis|curve|function|law|rule|policy|policies")
_NAMED = (rf"(?!(?:[\s-]+(?!(?:{_JOINING}|the|a|an)\b)[^\W\d_]+){{0,2}}?[\s-]+(?:{_CONCEPTS})s?"
          rf"(?=\W*$|\s+(?:{_JOINING}|used|that|which)\b))")
_WHAT_FIGURE = LazyPattern(rf"{_WHAT_THE}(?:{_FIGURED})s?\b{_NAMED}", re.I)
ASKS_VALUE = LazyPattern(rf"{_WHAT_THE}(?:{_FIGURED}|maximum|minimum|average|mean|median|total|range|rate|score|"
                         rf"coefficient|percentage|proportion|r[\s-]?squared?|r2|size|length|width|height|weight|speed|"
                         rf"temperature|voltage|capacity|load|fine|duration|distance|"
                         rf"(?:path|regression|correlation|sample|[ptf])[\s-]+(?:result|value))s?\b{_NAMED}", re.I)


def asked_figure(question: str) -> str | None:
    """The kind of figure a question asks for when it has a unit of its own ("Berapa harga modul sensor itu?" ->
    "money", "Berapa watt daya Raspberry Pi?" -> "power", "What is the dose of amoxicillin?" -> "dose"), else None
    ("Berapa jumlah siswa?" counts, "Apa fungsi harga dalam pemasaran?" asks no figure)."""
    if not (ASKS_NUMBER.search(question) or _WHAT_FIGURE.search(question)):
        return None
    words = set(re.findall(r"[^\W\d_]+", question.lower()))
    return next((kind for kind, asked in _FIGURE_WORDS.items() if words & asked), None)


# The units a figure is asked in by name ("idealnya berapa lux?", "ukurannya berapa mm?"): UNITS' measures and those
# of light, sound, frequency, electricity, data and study load, which have no other word
MEASURE_UNITS = UNITS["distance"] | UNITS["weight"] | UNITS["temperature"] | UNITS["area"] | frozenset(
    "lux lumen db desibel hz khz mhz ghz rpm volt ampere mah kwh wh watt gb mb kb tb sks ml liter cc".split())
_UNIT_AFTER_BERAPA = LazyPattern(r"\bberapa(?:kah)?\s+([^\W\d_]+)", re.I)


def asked_unit(question: str) -> str | None:
    """The unit a question names right after "berapa" (MEASURE_UNITS: "Standar pencahayaan idealnya berapa lux?" ->
    "lux"), or None: a text that never writes the unit gives no figure in it."""
    m = _UNIT_AFTER_BERAPA.search(question)
    return m.group(1).lower() if m and m.group(1).lower() in MEASURE_UNITS else None


# Any unit a figure is given in: UNITS' and MEASURE_UNITS'
_ANY_UNIT = frozenset().union(*UNITS.values()) | MEASURE_UNITS
_UNIT_NAMED = LazyPattern(r"(?:\bberapa(?:kah)?|\d)[ \t]*([^\W\d_]+)", re.I)


def named_units(question: str) -> frozenset[str]:
    """The units a question names as a figure's measure: after "berapa" ("level logika pin berapa volt?") or after a
    number ("efisiensinya bisa 100 persen?"), of UNITS or MEASURE_UNITS. What a figure is counted in, never the
    subject asked of: a text gives it as a symbol ("3,3V", "100%") or in another unit (figure_absent reads that)."""
    return frozenset(m.group(1).lower() for m in _UNIT_NAMED.finditer(question) if m.group(1).lower() in _ANY_UNIT)


# A unit's symbol, written only after a number ("3.3V", "5 W", "30 °C")
_UNIT_SYMBOLS = {"volt": "v", "watt": "w", "ampere": "a", "liter": "l", "derajat": "°", "celsius": "°", "meter": "m",
                 "gram": "g", "kilogram": "kg", "kilometer": "km", "hektar": "ha", "hektare": "ha"}


def writes_unit(text: str, unit: str) -> bool:
    """The text writes the unit as a word or right after a number ("2,54mm", "40 lux", "tiga mil"), or its symbol
    after a number ("3.3V" for "volt")."""
    if re.search(rf"(?<![^\W\d_]){re.escape(unit)}(?![^\W\d_])", text, re.I):
        return True
    symbol = _UNIT_SYMBOLS.get(unit)
    return symbol is not None and re.search(rf"\d[ \t]?{re.escape(symbol)}(?![^\W\d_])", text, re.I) is not None


def gives_figure(text: str, kind: str) -> bool:
    """The text writes a figure of that kind with its unit ("Rp 1.500.000", "2 juta rupiah", "5 W", "500 mg"; a tariff
    in money or as a share, "0,5%")."""
    if kind == "tariff":
        return gives_figure(text, "money") or gives_figure(text, "share")
    return _FIGURES[kind].search(text) is not None


# A number written right after a name, telling it from its neighbours: "Pasal 340", "Raspberry Pi 4", "Yii 1.0".
# A law's short form dates its number after a slash ("UU 13/2003"): the year is part of what it names.
_NAMED_NUMBER = LazyPattern(r"(?<![\w-])([^\W\d_][\w-]*)[ \t]+(\d+(?:[.,]\d+)*(?:/" + YEAR_DIGITS + r")?)"
                            r"(?![\w-]|[.,]\d)")


def named_numbers(question: str, names: list[str]) -> list[tuple[str, str]]:
    """(name, number) for each number the question writes right after one of its names ("Apa isi Pasal 340 KUHP?" ->
    [("Pasal", "340")]), with the year a slash dates it by ("UU 13/2003" -> ("UU", "13/2003")); a number after any
    other word ("umur 21 tahun", "the 1939 ordinance") is none."""
    named = set(names)
    return [(m.group(1), m.group(2)) for m in _NAMED_NUMBER.finditer(question) if m.group(1) in named]


# A year after a name dates the named thing, and a question leaves out the rest of the date or the word "tahun" the
# text has between them: "Council of Netherland 1922" of "Council of Netherland 10 November 1922", "Konvensi
# Montevideo 1933" of "Konvensi Montevideo tahun 1933"; or the rest of the clause that dates it: "peta Malaysia 1979"
# of "peta yang dikeluarkan oleh Malaysia ... pada tahun 1979" (the year later in the name's sentence).
_YEAR = LazyPattern(YEAR_DIGITS)
_DATE_BETWEEN = r"(?:\W{0,3}(?:\d{1,2}\W{1,3})?[^\W\d_]{3,12}\W{1,3}|\W{0,3}(?:tahun|th\.?)\W{1,3}" \
                r"|\W[^.!?\n]{0,80}?\W)?"


# The word a law's or a document's number may follow its name with ("Undang-Undang Nomor 1", "UU No. 32", "PP no 24")
NUMBER_LABELS = ("nomor", "nomer", "no", "number", "nr")
_NUMBER_LABEL = r"\W{1,3}(?:" + "|".join(NUMBER_LABELS) + r")\W{1,3}"


def writes_named_number(text: str, name: str, number: str) -> bool:
    """The text writes the number right after the name, in any case ("pasal 340", "Raspberry Pi 4"), or after the word
    for a number ("Undang-Undang Nomor 1", "UU No. 32": _NUMBER_LABEL); a year also
    after a date's day and month or "tahun" between them ("Netherland 10 November 1922"), or later in the name's
    sentence ("Malaysia ... pada tahun 1979"). A number dated after a slash ("13/2003") is written with that year,
    after the slash or "Tahun" ("Nomor 13 Tahun 2003"): "Nomor 13 Tahun 2010" is another law."""
    number, _, year = number.partition("/")
    between = _DATE_BETWEEN if _YEAR.fullmatch(number) else _NUMBER_LABEL
    dated = rf"(?:[ \t]*/[ \t]*|\W{{1,3}}(?:tahun|th\.?)\W{{1,3}}){year}" if year else ""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?:\W{{0,3}}|{between}){re.escape(number)}{dated}(?![\d]|[.,]\d)",
                     text, re.I) is not None
