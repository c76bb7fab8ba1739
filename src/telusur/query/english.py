"""A question asked in English over Indonesian text: its words in the text's own spelling, for the lexical side of
the ranker (BM25, the question's words, the term a definition question asks about) and, written after the question,
for the encoder (glossed: a multilingual encoder otherwise places it nearer to English text than to the Indonesian
passage answering it).

Two sources, both checked against the words the indexed text actually uses (so nothing here is guessed into it):
- cognates, by the regular spelling changes of loan words: -tion -> -si, -ty -> -tas, -ics -> -ika, -ic(al) -> -ik,
  -ism -> -isme, -ive -> -if, -ure -> -ur, -ory -> -ori, -logy -> -logi, ph -> f, th -> t, c -> k, y -> i,
  double letters single ("organization" -> "organisasi", "creativity" -> "kreativitas", "theory" -> "teori");
- a small word list of courses (data/english-indonesian.tsv, read once, only when an English question comes).
Names and numbers carry over as they are. No model call, no heavy data: a dictionary look-up per word.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from itertools import product

from ..english_vocabulary import (HELPER_VERBS, IRREGULAR, STOP, LIGHT_VERBS, base_forms, is_english_word, lexicon,
                                  translations, wikdict_phrases)
from ..acronyms import initials
from ..lazy_pattern import LazyPattern

_WORD = LazyPattern(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def made_from(word: str) -> list[str]:
    """The words an adjective, an adverb or an abstract noun is made from ("noisy" -> "noise", "healthy" -> "health",
    "harmful" -> "harm", "homeless" -> "home", "happiness" -> "happy", "easily" -> "easy", "higher" -> "high"), and
    the words of a compound ("decision-making"): looked up only when the word itself is not in the word list
    ("policy" is, and never becomes "police"; "teacher" never becomes "teach")."""
    w = word.lower()
    out = []
    if re.search(r"[^aeiou]y$", w) and not w.endswith("ly") and len(w) > 4:
        out += [w[:-1], w[:-1] + "e"]
    for suffix in ("ful", "less", "ness"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[:-len(suffix)]
            out += [stem] + ([stem[:-1] + "y"] if stem.endswith("i") else [])
    # An adjective in -al said by its noun, as Indonesian often says it ("multidimensional" -> "multidimension", the
    # text's "multidimensi"; "procedural" -> "procedure", "prosedur"; "environmental" -> "environment").
    if w.endswith("al") and len(w) > 6:
        out += [w[:-2], w[:-2] + "e"]
    # Adverbs and comparatives, only as words the list has ("easily" -> "easy"; "family" is no adverb of "famy").
    made = []
    if w.endswith("ily") and len(w) > 5:
        made.append(w[:-3] + "y")  # "easily" -> "easy"
    if w.endswith("ically") and len(w) > 8:
        made.append(w[:-4])  # "basically" -> "basic"
    if w.endswith(("ably", "ibly")) and len(w) > 6:
        made.append(w[:-1] + "e")  # "probably" -> "probable"
    if w.endswith(("ize", "ise")) and len(w) > 6:  # "theorize" -> "theory", "characterize" -> "character"
        made += [w[:-3], w[:-3] + "y", w[:-3] + "e"]
    for suffix in ("er", "est"):  # "higher" -> "high", "larger" -> "large", "bigger" -> "big", "earlier" -> "early"
        if w.endswith(suffix) and len(w) > len(suffix) + 3:
            stem = w[:-len(suffix)]
            made += [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else []) + \
                    ([stem[:-1] + "y"] if stem.endswith("i") else [])
    out += [m for m in made if m in lexicon()]
    return out + compound_parts(w)


# Derivational endings of nouns and how their bases end: an agent noun ("depositor" -> "deposit", "translator" ->
# "translate", "photocopier" -> "photocopy"), one who practises ("economist" -> "economy", "biologist" -> "biology"), an
# act or a state ("payment" -> "pay", "collection" -> "collect", "classification" -> "classify", "stability" ->
# "stable", "security" -> "secure"). The longest ending that applies first; "-er", "-ness", "-ly", "-ing" and "-ed"
# are made_from's and base_forms'.
_DERIVED = (
    ("ication", ("y",)), ("ation", ("", "e", "ate")), ("ion", ("", "e")), ("ment", ("", "e")), ("ility", ("le",)),
    ("ity", ("", "e")), ("ier", ("y",)), ("or", ("", "e")), ("ist", ("", "e", "y", "ism")),
)


def derived_bases(word: str) -> list[str]:
    """The words a noun may be derived from by a regular ending (_DERIVED): "translator" -> "translat", "translate";
    "photocopier" -> "photocopy". Guesses, for a word the word list lacks: indonesian_words looks them up after the
    word's own loan words, each base by its word list entry and its loan words, both checked against the text."""
    w = word.lower()
    for ending, bases in _DERIVED:
        if w.endswith(ending) and len(w) >= len(ending) + 4:
            stem = w[:-len(ending)]
            return [stem + base for base in bases]
    return []


def compound_parts(word: str) -> list[str]:
    """The words of a hyphenated compound ("decision-making" -> "decision", "making"), framing words aside."""
    return [part for part in word.lower().split("-") if part not in STOP] if "-" in word else []


# Endings of loan words, English -> Indonesian (the longest that applies first). A compound of chemistry and biology
# ends as Indonesian names it: a salt in "-ate" in "-at" ("sulfate" sulfat, "nitrate" nitrat, "phosphate" fosfat, as
# "certificate" sertifikat), a binary compound in "-ide" in "-ida" ("chloride" klorida, "hydroxide" hidroksida,
# "peptide" peptida); the verb's "-ate" stays "-asi" ("educate" edukasi).
_ENDINGS = (
    ("ization", "isasi"), ("isation", "isasi"), ("ational", "asional"), ("tional", "sional"), ("ction", "ksi"),
    ("ssion", "si"), ("tion", "si"), ("sion", "si"), ("ity", "itas"), ("ty", "tas"), ("ical", "is"), ("ical", "ik"),
    ("ical", "i"), ("ics", "ika"), ("ic", "ik"), ("ism", "isme"), ("ist", "is"), ("yst", "is"), ("ive", "if"),
    ("ure", "ur"),
    ("ory", "ori"),
    ("ary", "er"), ("ary", "ari"), ("logy", "logi"), ("graphy", "grafi"), ("ency", "ensi"), ("ancy", "ansi"),
    ("ence", "ensi"), ("ance", "ansi"), ("ence", "ens"), ("ment", "men"), ("ize", "isasi"), ("ise", "isasi"),
    ("ate", "asi"), ("ate", "at"), ("ide", "ida"), ("est", "es"), ("ent", "en"), ("ant", "an"), ("y", "i"), ("e", ""),
)


def loan_letters(word: str) -> str:
    """The usual letter changes of a loan word: "physical" -> "fisical", "theory" -> "teori", "process" -> "proses"."""
    w = word
    for a, b in (("sch", "sk"), ("ph", "f"), ("th", "t"), ("ch", "k"), ("qu", "ku"), ("x", "ks"), ("sy", "si"),
                 ("ck", "k"), ("c(?=[eiy])", "s"), ("c", "k"), ("y(?=[^aeiou]|$)", "i"), (r"([^aeiou])\1", r"\1")):
        w = re.sub(a, b, w)
    return w


def name_spellings(name: str) -> list[str]:
    """How an Indonesian text may spell a name an English question gives, to be matched against the text's words
    the way a name's other spellings are (one letter apart, the same consonants): the loan-word letter changes
    ("Matthew" -> "matew") and a "J" before a vowel read as "Y", as Indonesian writes the Bible's and Hebrew names
    ("Jeroboam" -> "yeroboam", the text's "Yerobeam"; "Jerusalem" -> "yerusalem"); a "j" between vowels read as "y"
    and the "h" closing a Hebrew name after a vowel dropped, as the Indonesian Bible writes them ("Ahijah" -> "ahiya",
    the text's "Ahia"; "Jeremiah" -> "yeremia")."""
    w = name.lower()
    out = [loan_letters(w)]
    if re.match(r"j[aeiou]", w):
        out += ["y" + w[1:], "y" + loan_letters(w)[1:]]
    hebrew = [re.sub(r"(?<=[aeiou])h$", "", re.sub(r"(?<=[aeiou])j(?=[aeiou])", "y", form)) for form in out]
    # "Jeho-" as "Yo-" and "sh" as "s" or "sy", as the Indonesian Bible writes them ("Jehoiada" -> "yoiada", the
    # text's "Yoyada"; "Joash" -> "yoas"; "Jehoshaphat" -> "yosafat"; "Elisha" -> "elisa"; "Manasseh" -> "manasye")
    hebrew += [re.sub(r"^yeho", "yo", form) for form in hebrew if form.startswith("yeho")]
    hebrew += [re.sub(r"sh", s, form) for form in hebrew if "sh" in form for s in ("s", "sy")]
    out += [form for form in hebrew if len(form) >= 4]
    # A people named by "-ite" after its land or forefather, as Indonesian names it ("orang Edom"): "Edomites" ->
    # "edom", "Israelites" -> "israel", "Canaanite" -> "kanaan", "Moabites" -> "moab" (not a word: "Website")
    people = _PEOPLE.match(w)
    if people and not is_english_word(w):
        out += [*name_spellings(people.group(1)), people.group(1)]
    return [form for form in dict.fromkeys(out) if form != w]


_PEOPLE = LazyPattern(r"([a-z]{4,})ites?$")


@lru_cache(maxsize=4096)
def cognates(word: str) -> tuple[str, ...]:
    """Indonesian spellings an English loan word may take ("organization" -> "organisasi", "creativity" ->
    "kreativitas", "mathematics" -> "matematika", "deductive" -> "deduktif"), to be checked against a text's words."""
    out = []
    for form in base_forms(word):
        if len(form) < 4:
            continue
        out.append(form)
        for ending, replaced in _ENDINGS:
            if form.endswith(ending) and len(form) > len(ending) + 2:
                out.append(loan_letters(form[:-len(ending)]) + replaced)
        out.append(loan_letters(form))
        if word.lower().endswith("ed") and form != word.lower():
            out.append(form + "ing")  # "stunted": the text may use the English loan "stunting"
    # A respelled short word is too often another word ("time" -> "tim", a team).
    return tuple(c for c in dict.fromkeys(out) if c == word.lower() or len(c) >= 5)


# British spellings and their American forms, as an Indonesian text quoting English writes them more often
# ("behaviour" -> "behavior", "modelling" -> "modeling", "centre" -> "center", "defence" -> "defense").
_AMERICAN = (("our", "or"), ("ise", "ize"), ("ising", "izing"), ("ised", "ized"), ("isation", "ization"),
             ("lling", "ling"), ("lled", "led"), ("tre", "ter"), ("ence", "ense"), ("ogue", "og"))


@lru_cache(maxsize=4096)
def english_forms(word: str) -> tuple[str, ...]:
    """Other forms of an English word that an Indonesian text quoting English may write, to be checked against the
    text's words: the other inflections of its base ("underachieving" -> "underachievers", "burn" -> "burning",
    "prophet" -> "prophets") and the American spelling of a British one ("behaviours" -> "behavior", "behaviors"):
    a base's forms as a verb's (verb_forms: the third person is the plural's spelling) and as an agent noun's."""
    out = []
    for base in base_forms(word):
        if len(base) < 4:
            continue
        for form in [base, *(base[:-len(b)] + a for b, a in _AMERICAN if base.endswith(b))]:
            agent = form + ("r" if form.endswith("e") else "er")
            out += [*verb_forms(form), agent, agent + "s"]
    return tuple(f for f in dict.fromkeys(out) if f != word.lower() and len(f) >= 5)


def same_word_forms(word: str) -> tuple[str, ...]:
    """The forms among english_forms that are the word itself: its other number and its other spelling ("budget"
    budgets, "behaviours" behaviour, behavior). Its verb and agent forms are other words: "marketing" is no "market",
    "reporter" no "report"."""
    word = word.lower()
    spellings = {word, *(word.replace(b, a) for b, a in _AMERICAN if b in word)}
    same = set(spellings)
    for s in spellings:
        same |= {s[:-1], s[:-2], s[:-3] + "y"} if s.endswith("s") else {s + "s", s + "es", s[:-1] + "ies"}
    return tuple(f for f in english_forms(word) if f in same)


_SQUARED = LazyPattern(r"([A-Za-z])-squared?", re.I)  # a statistic named by its letter squared: R², Q²


@lru_cache(maxsize=4096)
def indonesian_words(word: str) -> tuple[tuple[str, ...], ...]:
    """Candidate Indonesian words (a phrase as a tuple of words) for one English word: the word list's first, then
    the cognates."""
    out: list[tuple[str, ...]] = [(word.lower(),)]  # a name, an acronym, a word both languages spell alike
    out += [(w,) for w in ACRONYMS.get(word, ())]  # "ARI": "ispa"
    squared = _SQUARED.fullmatch(word)
    if squared:  # "R-square", "Q-squared": the text writes "R²", which the index reads as "r2"
        out.append((squared.group(1).lower() + "2",))
    forms, named = base_forms(word), word[:1].isupper()
    unlisted = not any(translations(form, named) for form in forms)
    if unlisted:
        # "noisy": the word list has "noise"; "holders": "holder" is made from "hold", an inflection's base form too
        forms += list(dict.fromkeys(m for form in base_forms(word) for m in made_from(form)))
    for form in forms:
        for entry in translations(form, named):
            out.append(tuple(entry.split("_")))
    out += [(c,) for c in cognates(word)]
    out += [(f,) for f in english_forms(word)]  # "underachieving": the text quotes "underachievers"
    if unlisted:  # "cross-sectoral": its words' loan words too ("sektoral"); "multidimensional": its noun's
        out += [(c,) for part in dict.fromkeys(compound_parts(word) + made_from(word)) for c in cognates(part)]
        out += _by_derivation(word)
    return tuple(dict.fromkeys(out))


def _by_derivation(word: str) -> list[tuple[str, ...]]:
    """The Indonesian words of the base a word the list lacks is derived from (derived_bases, of each of its base
    forms: "translators" -> "translate"): the base's word list entry ("depositor" -> "simpanan", the text's "penyimpan"
    sharing its stem), then its loan words ("photocopier" -> "photocopy" -> "fotokopi"), never the guessed base as
    spelled: "senior" is no "seni" (art)."""
    bases = list(dict.fromkeys(b for form in base_forms(word) for b in derived_bases(form)))
    out = [tuple(entry.split("_")) for base in bases for entry in translations(base, word[:1].isupper())]
    return out + [(c,) for base in bases for c in cognates(base) if c != base]


# Contracted framing words ("What's", "doesn't", "it's", "can't", "they're"), read as their words: STOP holds the
# words ("what", "is", "does", "not"), and a contraction read whole is a word no word list or text holds, so it counted
# as a content word the text has no form of (english_known) and was searched for. "'s" after a noun is its owner's
# ("the debtor's goods"), so it is a verb only after a pronoun or a question word; the others after any of those.
_SUBJECTS = r"(?:what|who|where|when|why|how|it|that|there|here|he|she|i|you|we|they|let)"
_CONTRACTED = LazyPattern(rf"(?<![\w'’-])(?:(can|won|shan|ain)|(do|does|did|is|are|was|were|has|have|had|could|"
                          rf"would|should|must|need|might|dare|ought)n)['’]t(?![\w'’-])|"
                          rf"(?<![\w'’-])({_SUBJECTS})['’](s|re|ve|ll|d|m)(?![\w'’-])", re.I)
_NOT_OF = {"can": "can", "won": "will", "shan": "shall", "ain": "is"}
_WORD_OF = {"s": "is", "re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}


def expanded(query: str) -> str:
    """An English question with its contracted framing words written out ("What's the fine?" -> "What is the fine?",
    "Why doesn't it pay?" -> "Why does not it pay?", "can't" -> "can not", "let's" -> "let us"), as it is searched and
    its share of known words counted: one place (Retriever.respelled, where an English question is read)."""
    def out(m: re.Match) -> str:
        if m.group(3):
            subject, tail = m.group(3), m.group(4).lower()
            word = "us" if subject.lower() == "let" and tail == "s" else _WORD_OF[tail]
            return f"{subject} {word.upper() if m.group(0).isupper() else word}"
        verb = m.group(1) or m.group(2)
        if m.group(1):  # "won't": "will"
            said = _NOT_OF[verb.lower()]
            verb = said.upper() if verb.isupper() else said.capitalize() if verb[0].isupper() else said
        return f"{verb} {'NOT' if m.group(0).isupper() else 'not'}"

    return _CONTRACTED.sub(out, query)


def as_typed(read: str, typed: str) -> str:
    """A question as read (expanded: its contractions written out, for search) shown with the contractions as the user
    typed them ("Why doesn't …" is not shown as "Why does not …"); the words read otherwise (a slip respelled) stay as
    read. The read question as it is where a contraction's words are not found in it."""
    out, at = [], 0
    for m in _CONTRACTED.finditer(typed):
        said = expanded(m.group(0))
        found = read.find(said, at)
        if found < 0:
            return read
        out.append(read[at:found] + m.group(0))
        at = found + len(said)
    return "".join(out) + read[at:]


# A phrase naming the document a question is asked of by what sets it apart ("the Prodia study", "the forest burning
# paper", "this PLS study", "the waiting time report"): its words, and the work's ("study": "penelitian ini"), tell
# which document, not which of its passages; a document writes them in its title and abstract, not in the passage
# answering. Not an ordinal or a word placing the work among others ("the second research question", "the previous
# study"; "the English abstract" is no work).
_WORKS = r"(?:study|studies|paper|article|report|thesis|research|survey|journal)"
_NAMING = LazyPattern(rf"\b(?:the|this|that)\s+((?:[^\W\d_][\w'’-]*\s+){{1,3}}?)({_WORKS})\b", re.I)
_PLACING = frozenset("first second third fourth fifth last previous earlier later preliminary present current same "
                     "whole entire above following original main other english indonesian new old".split())


def naming_words(query: str, titled=None) -> list[str]:
    """The words of an English question's phrases naming the document it asks of ("In the Prodia study, ...?" ->
    ["Prodia", "study"], "the forest burning paper" -> ["forest", "burning", "paper"], "the preliminary PTK study" ->
    ["PTK", "study"]): weighed as the document's, not a passage's (Retriever._weighed_in_document; english_lexical
    does not count them). Words in lower case name a document only where a document's title writes them (titled:
    words -> bool; every phrase where no titles are known): "the financial report", "the case study", "action
    research" are as often what a passage speaks of; a capitalised word or an acronym ("Prodia", "PLS") is a name."""
    out = []
    for m in _NAMING.finditer(query):
        words = m.group(1).split()
        named = [w for w in words if w.lower() not in _PLACING]
        if named and not any(w.lower() in STOP for w in words) and (
                titled is None or any(w[:1].isupper() for w in named) or titled(named)):
            out += named + [m.group(2)]  # the work itself too: "study" is the document's "penelitian ini"
    return list(dict.fromkeys(out))


# A part of the document named by the language it is written in ("the English abstract", "its English summary", "the
# abstract in English"): the question asks what the text's English passage says (an abstract's translation, a quoted
# English version), not an Indonesian passage saying it too; "English" there is no word to search ("bahasa Inggris").
_ENGLISH_PART = LazyPattern(r"\b(?:the|its|this|that|an)\s+English\s+(?:abstract|summary|version|translation|text|"
                            r"keywords)\b|\b(?:abstract|summary|version|keywords)\s+in\s+English\b", re.I)


def names_english_part(query: str) -> bool:
    """Whether an English question asks of the part of the document the text writes in English ("What does the English
    abstract say …?"): Retriever.candidates counts the passages written in English as holding one more of its words."""
    return _ENGLISH_PART.search(query) is not None


_DETERMINERS = frozenset("a an the this that his her their its my your our whose".split())

# Phrases that frame an English question or join its words, read as phrases before their words are: "in order to" is
# no "urutan" (order), "take place" no "ambil tempat", "in this article" the text itself, not a "pasal". A phrase that
# says something the text may say has the Indonesian words for it ("take place" -> terjadi, "how long" -> lama).
FRAMES = {
    "in order to": (), "so as to": (), "as well as": (), "such as": (), "for example": (), "for instance": (),
    "in terms of": (), "with regard to": (), "with respect to": (), "in relation to": (), "in addition to": (),
    "apart from": (), "because of": (), "due to": (), "as a result of": (), "in the case of": (), "in general": (),
    "in particular": (), "at least": (), "in fact": (), "first of all": (), "on the other hand": (),
    "in this study": (), "in this research": (), "in this paper": (), "in this article": (), "in this text": (),
    "in the text": (), "in this book": (), "in this chapter": (), "in this reading": (), "in the reading report": (),
    "according to the text": (), "according to the author": (), "according to the authors": (),
    "according to the writer": (), "according to the article": (), "according to the reading report": (),
    "how long": ("lama",), "how old": ("umur", "usia"), "how far": ("jauh",), "how often": ("sering",),
    "how soon": ("lambat", "selambat-lambatnya"),  # a deadline: "paling lambat 5 hari", "selambat-lambatnya"
    "in return": ("imbalan", "balasan"),  # what is given back: no "pengembalian" (a return of goods)
    "at most": ("maksimal", "maksimum"), "at the most": ("maksimal", "maksimum"),  # a bound: "maksimal 3 meter"
    "how much": (), "how many": (), "what kind of": (), "what kinds of": (), "what sort of": (),
}

# Phrasal verbs whose meaning is not their words' ("take into account" is no "ambil rekening", "set aside" no "atur",
# "keep from" no "simpan"): the common verb + particle combinations of English (as frequency lists of phrasal verbs
# such as Gardner & Davies 2007 and the PHaVE list rank them), those whose words mislead, written from knowledge with
# the Indonesian words a course text uses for them, each verb in all its forms ("took into account", "setting aside").
# "end up" says nothing the text would. Left out: those with another common sense ("take on" a task / a stance).
# "set off" debts is the law's "perjumpaan utang" (kompensasi, KUHPerdata 1425), beside its everyday "memicu".
PHRASAL_VERBS = {
    "take place": "jadi berlangsung", "carry out": "laksana melaksanakan dilaksanakan pelaksanaan",
    "carry on": "lanjut melanjutkan",
    "take into account": "pertimbangkan mempertimbangkan pertimbangan memperhitungkan",
    "take part": "berpartisipasi partisipasi", "take care of": "merawat perawatan menjaga",
    "take over": "mengambil_alih pengambilalihan",
    "set aside": "menyisihkan menyediakan mengalokasikan alokasi", "set up": "mendirikan pendirian membentuk",
    "set out": "menetapkan menguraikan", "set off": "memicu kompensasi perjumpaan",
    "keep from": "mencegah pencegahan", "keep up": "mempertahankan",
    "get through": "menembus", "get rid of": "menyingkirkan menghilangkan",
    "pass on": "menularkan menular penularan mewariskan", "pass away": "meninggal wafat",
    "point out": "menunjukkan mengemukakan", "find out": "mengetahui menemukan", "figure out": "memahami",
    "give up": "menyerah", "give rise to": "menimbulkan", "bring about": "menimbulkan mengakibatkan",
    "bring up": "mengasuh membesarkan", "build up": "membangun membentuk", "break down": "menguraikan merinci",
    "come up with": "menemukan mencetuskan", "come about": "terjadi", "come from": "berasal asal",
    "make up": "membentuk menyusun terdiri", "account for": "menjelaskan menyumbang",
    "result in": "mengakibatkan menghasilkan", "result from": "diakibatkan akibat",
    "lead to": "menyebabkan mengakibatkan", "deal with": "menangani penanganan menghadapi",
    "cope with": "mengatasi menghadapi", "look after": "merawat mengasuh", "look for": "mencari pencarian",
    "look into": "meneliti menyelidiki", "go through": "melalui mengalami", "hand over": "menyerahkan penyerahan",
    "hand in": "menyerahkan mengumpulkan", "fill in": "mengisi pengisian", "fill out": "mengisi pengisian",
    "put forward": "mengajukan mengemukakan", "put in place": "menerapkan", "sum up": "menyimpulkan kesimpulan",
    "turn out": "ternyata", "turn into": "berubah mengubah", "grow up": "tumbuh dewasa", "drop out": "putus",
    "run out": "habis", "catch up": "mengejar", "cut down": "mengurangi", "stand for": "singkatan kepanjangan",
    "spell out": "menjabarkan", "belong to": "milik termasuk", "sign up": "mendaftar pendaftaran",
    "shut down": "mematikan", "end up": "",
    "object to": "keberatan berkeberatan",  # a taxpayer's or a party's "mengajukan keberatan", not an "objek"
}


# Verbs whose past is their base, and one the irregular table above lacks.
_SAME_PAST = frozenset("set put cut shut let hit cost spread quit".split())
_PAST = {"give": ("gave", "given"), **{verb: (verb,) for verb in _SAME_PAST}}


def verb_forms(verb: str) -> list[str]:
    """A verb's forms ("take" -> takes, took, taken, taking; "set" -> sets, setting; "carry" -> carries, carried)."""
    consonant_y = re.search(r"[^aeiou]y$", verb) is not None
    third = verb[:-1] + "ies" if consonant_y else verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")
    short = re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb) is not None  # "set" -> "setting", "drop" -> "dropped"
    stem = verb + verb[-1] if short else verb[:-1] if verb.endswith("e") else verb
    past = _PAST.get(verb) or tuple(form for form, base in IRREGULAR.items() if base == verb) or \
        (verb[:-1] + "ied" if consonant_y else verb + "d" if verb.endswith("e") else stem + "ed",)
    return list(dict.fromkeys([verb, third, *past, stem + "ing"]))


# Terms of art of the shared texts' fields that Indonesian names with a word of its own, never word by word: special
# education's "tuna-" family (the whole family, as the ministry's terms name it), school and health-service terms
# known by their Indonesian acronyms, and Indonesian law's codes. Matched as phrases, singular or plural, beside their
# words (a text may write "infeksi saluran pernapasan akut" and never "ISPA").
TERMS = {
    "intellectual disability": "tunagrahita", "mental retardation": "tunagrahita", "intellectually disabled":
    "tunagrahita", "hearing impairment": "tunarungu", "hearing impaired": "tunarungu", "visual impairment":
    "tunanetra", "visually impaired": "tunanetra", "physical disability": "tunadaksa", "physically disabled":
    "tunadaksa", "speech impairment": "tunawicara", "behavioural disorder": "tunalaras", "behavioral disorder":
    "tunalaras", "special needs": "berkebutuhan kebutuhan khusus abk", "special school": "slb",
    "learning disability": "berkesulitan kesulitan belajar", "learning difficulty": "berkesulitan kesulitan belajar",
    "slow learner": "lamban belajar", "lesson plan": "rpp", "classroom action research": "ptk",
    "breast milk": "asi", "exclusive breastfeeding": "asi eksklusif", "complementary feeding": "mpasi",
    "health centre": "puskesmas", "health center": "puskesmas", "community health centre": "puskesmas",
    "community health center": "puskesmas", "integrated health post": "posyandu",
    "acute respiratory infection": "ispa", "respiratory tract": "saluran pernapasan pernafasan",
    "criminal code": "kuhp", "penal code": "kuhp", "civil code": "kuhperdata perdata", "civil law": "perdata",
    "exclusive economic zone": "zee", "continental shelf": "landas kontinen",
    "research question": "rumusan_masalah pertanyaan_penelitian",  # a thesis's "Rumusan Masalah"
}


def _plurals(phrase: str) -> list[str]:
    """A term and its plural ("intellectual disability" -> "intellectual disabilities")."""
    *head, last = phrase.split()
    plural = last[:-1] + "ies" if re.search(r"[^aeiou]y$", last) else last if last.endswith(("s", "ed")) else last + "s"
    return list(dict.fromkeys([phrase, " ".join([*head, plural])]))


# Names of several words that Indonesian writes its own way (one word's are lines of data/english-indonesian.tsv:
# "Egypt" -> "mesir"): countries and bodies, and the Bible's, read as TERMS are ("the United States" is no "negara
# bersatu", "the Old Testament" no "wasiat tua"); no acronym is made of them (TERMS' ACRONYMS).
NAMES = {
    "united states": "amerika", "united states of america": "amerika", "united kingdom": "inggris britania",
    "great britain": "inggris britania", "united nations": "pbb perserikatan", "saudi arabia": "arab saudi",
    "south korea": "korea selatan", "north korea": "korea utara", "new zealand": "selandia",
    "european union": "uni eropa", "international court of justice": "mahkamah internasional",
    "supreme court": "mahkamah agung", "constitutional court": "mahkamah konstitusi",
    "house of representatives": "dpr", "old testament": "perjanjian", "new testament": "perjanjian",
    "holy spirit": "roh_kudus",
}

_TERM_WORDS = {form: tuple(words.split()) for term, words in (TERMS | NAMES).items() for form in _plurals(term)}
# A term of three words or more is also written by its initials, in capitals, as a student names it in English ("ARI"
# for an acute respiratory infection, "ARIs", "EEZ"): the Indonesian words of the term, never the letters as a name the
# text does not write. Only as capitals: "car" is a word, "CAR" classroom action research.
ACRONYMS = {initials(term.split()).upper() + plural: tuple(words.split())
            for term, words in TERMS.items() if len(term.split()) >= 3 for plural in ("", "s")}


def _phrases(phrases) -> re.Pattern:
    """Any of the phrases as whole words, the longest first, any white space between their words. What Phrases
    finds; compiled only for a question Phrases cannot read alone (the two alternations take about 8 ms)."""
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases),
                                                         key=len, reverse=True)) + r")(?![\w'’-])", re.I)


class Phrases:
    """The spans of _phrases(phrases)'s matches, found by looking up each word that begins one instead of compiling
    the alternation: a lower-case ASCII phrase matches where the question's lower case does, for a question whose
    other characters have no case (re.I folds some letters into ASCII ones: "ſ", "K", "İ"); any other question is
    searched with the compiled pattern."""

    def __init__(self, phrases):
        self.phrases = tuple(phrases)
        # the alternation's order: the longest pattern first, equal lengths as given
        ordered = sorted(self.phrases, key=lambda p: len(re.escape(p).replace(r"\ ", r"\s+")), reverse=True)
        self._starting: dict[str, list[tuple[int, list[str]]]] = {}  # a phrase's first word -> (rank, its words)
        for rank, phrase in enumerate(ordered):
            words = phrase.split(" ")
            self._starting.setdefault(words[0], []).append((rank, words))
        self._lengths = sorted({len(w) for w in self._starting})
        self._plain = all(p.isascii() and p == p.lower() and all(p.split(" ")) for p in self.phrases)

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not self._plain or not all(ch.isascii() or ch.lower() == ch == ch.upper() for ch in text):
            return [m.span() for m in self.pattern.finditer(text)]
        lower, out, at = text.lower(), [], 0
        while at < len(text):
            if at and _joins(text[at - 1]):
                at += 1
                continue
            found = None
            for length in self._lengths:
                for rank, words in self._starting.get(lower[at:at + length], ()):
                    end = self._end(text, lower, at + length, words[1:])
                    if end is not None and (found is None or rank < found[0]):
                        found = (rank, end)
            if found is None:
                at += 1
            else:
                out.append((at, found[1]))
                at = found[1]
        return out

    @staticmethod
    def _end(text: str, lower: str, at: int, words: list[str]) -> int | None:
        """Where a phrase whose first word ends at `at` ends, its other words after white space, or None."""
        for word in words:
            start = at
            while at < len(text) and text[at].isspace():
                at += 1
            if at == start or not lower.startswith(word, at):
                return None
            at += len(word)
        return None if at < len(text) and _joins(text[at]) else at

    @cached_property
    def pattern(self) -> re.Pattern:
        return _phrases(self.phrases)


def _joins(ch: str) -> bool:
    """A character that joins a word to the next: a phrase neither begins nor ends beside one (_phrases' lookarounds)."""
    return ch.isalnum() or ch in "_'’-"


def terms_of_art(query: str) -> list[tuple[str, ...]]:
    """The Indonesian words of the terms of art an English question names (TERMS): "children with intellectual
    disabilities" -> ("tunagrahita",)."""
    return [_TERM_WORDS[" ".join(query[a:b].lower().split())] for a, b in _terms_found().spans(query)]


def compounds(query: str) -> list[tuple[str, ...]]:
    """The Indonesian words of the compounds of Wiktionary's an English question names
    (english_vocabulary.wikdict_phrases: "civil servants" -> ("pegawai_negeri", ...), "table salt" -> ("garam_dapur",)):
    what the compound says that its words one by one do not ("negeri", "dapur"), searched and glossed beside its
    words, which stay content words (a text may write "Pegawai Negeri Sipil", whose "sipil" is the word's)."""
    return [_compound_words()[" ".join(query[a:b].lower().split())] for a, b in _compounds_found().spans(query)]


@lru_cache(maxsize=1)
def _compound_words() -> dict[str, tuple[str, ...]]:
    """Wiktionary's compounds, singular and plural, less the phrases read here otherwise (FRAMES, TERMS, NAMES)."""
    return {form: words for term, words in wikdict_phrases().items() for form in _plurals(term)
            if form not in FRAMES and form not in _TERM_WORDS}


@lru_cache(maxsize=1)
def _compounds_found() -> Phrases:
    return Phrases(_compound_words())  # on the first English question (a few milliseconds)


def _said_by_terms(query: str, spelled: "callable") -> set[int]:
    """The positions (among _WORD's words) of the words of the terms of art the text writes a word of: one concept,
    searched by the text's own word for it ("acute respiratory infections" by "ispa"), not also word by word, so a
    passage that spells the term out (its definition) does not count its words again against one that names it
    ("Which bacteria cause acute respiratory infections?": "Bakteri penyebab ISPA ..."). A term the text has no
    word for is read word by word."""
    spans = [(a, b) for a, b in _terms_found().spans(query)
             if any(spelled(w) for words in _TERM_WORDS[" ".join(query[a:b].lower().split())] for w in words.split("_"))]
    return {n for n, w in enumerate(_WORD.finditer(query)) if any(a <= w.start() and w.end() <= b for a, b in spans)}


@lru_cache(maxsize=1)
def _terms_found() -> Phrases:
    return Phrases(_TERM_WORDS)  # on the first English question (under a millisecond)


for _phrase, _words in PHRASAL_VERBS.items():
    _verb, _rest = _phrase.split(" ", 1)
    for _form in verb_forms(_verb):
        FRAMES.setdefault(f"{_form} {_rest}", tuple(_words.split()))


@lru_cache(maxsize=1)
def _frames_found() -> Phrases:
    return Phrases(FRAMES)


# "What makes electrons flow?", "What factors make the waiting time long?": "make" with the question word as its subject
# asks what causes the thing (Indonesian "apa yang menyebabkan ...", "penyebab ..."), not of making one ("buat"); not
# "make up" (a phrasal verb), "make sure", "made of", "made it possible" (what enables).
_CAUSING = LazyPattern(r"\b(?:what|which)(?:\s+[^\W\d_]+)?\s+(make|makes|made)\b"
                       r"(?!\s+(?:up|sure|of|from|by|(?:it\s+)?possible)\b)", re.I)
CAUSING = ("menyebabkan", "penyebab", "membuat")


def _framed(query: str) -> tuple[set[int], list[tuple[str, ...]]]:
    """The positions (among _WORD's words) of the words of a question's framing phrases, and the Indonesian words of
    those that say something; "make" asking a cause (_CAUSING) among them."""
    spans, said = _frames_found().spans(query), []
    for a, b in spans:
        words = FRAMES[" ".join(query[a:b].lower().split())]
        if words:
            said.append(words)
    for m in _CAUSING.finditer(query):
        if not any(a <= m.start(1) < b for a, b in spans):
            spans.append(m.span(1))
            said.append(CAUSING)
    framed = {n for n, w in enumerate(_WORD.finditer(query)) if any(a <= w.start() and w.end() <= b for a, b in spans)}
    return framed, said


# Adverbs that only stress or soften what a question asks ("What is X really used for?", "What is Y, put simply?"):
# read as words they are the text's "nyata", "sederhana", "tepat", which the passage answering never needs to write.
_HEDGES = frozenset("really actually basically essentially truly simply literally exactly precisely".split())


def _content(words: list[str], n: int) -> bool:
    """Whether words[n] is worth looking up. "will" is a word of its own after an article or an adjective ("a will",
    "a holographic will be handed over"), else a verb; "list" is a thing after an article ("the list of will deeds",
    the text's "daftar"), else the framing verb ("List the ...")."""
    lower = words[n].lower()
    before = words[n - 1].lower() if n else ""
    if lower == "will":
        return before in _DETERMINERS or re.search(r"(?:ic|al|ous|ten|ed)$", before) is not None
    if lower in ("list", "lists"):
        return before in _DETERMINERS
    return lower not in STOP and lower not in _HEDGES


def content_words(query: str, spelled: "callable | None" = None, light: bool = True) -> list[str]:
    """The words of an English question worth looking up: not its framing words or phrases; names kept. With
    spelled (word -> the text's term or None): not the words of a term of art the text has a word for either (they
    are looked up as the term: _said_by_terms). light=False: not its light words either (_light: "make", "used",
    "home" in "at home"), unless it has no other: the words that tell what it is about, as its share of words the text
    has is counted."""
    words = _WORD.findall(query)
    framed = _framed(query)[0]
    content = [n for n in range(len(words)) if n not in framed and _content(words, n)]
    if not light:
        content = [n for n in content if not _light(words, n)] or content
    skipped = _said_by_terms(query, spelled) if spelled else set()
    return [words[n] for n in content if n not in skipped]


def _light(words: list[str], n: int) -> bool:
    """Whether words[n] says little of what a question is about: a light verb (english_vocabulary.LIGHT_VERBS), or
    "home" in "at home" (where a thing is done, not what)."""
    lower = words[n].lower()
    return lower in _light_forms() or any(form in LIGHT_VERBS for form in base_forms(lower)) or \
        lower == "home" and n > 0 and words[n - 1].lower() == "at"


@lru_cache(maxsize=1)
def _light_forms() -> frozenset[str]:
    """Every form of the light verbs ("made", "used", "taken", "setting"): base_forms cannot read "used" back."""
    return frozenset(form for verb in LIGHT_VERBS for form in verb_forms(verb))


def without_framing(query: str) -> str:
    """The question less its English framing words ("What is the IQ range of ..." -> "IQ range ..."): names,
    numbers and content words, for the text's tokenizer."""
    matches = list(_WORD.finditer(query))
    words = [m.group(0) for m in matches]
    framed = _framed(query)[0]
    out, last = [], 0
    for n, m in enumerate(matches):
        out.append(query[last:m.start()])
        out.append(m.group(0) if n not in framed and _content(words, n) else " ")
        last = m.end()
    return "".join(out) + query[last:]


def _text_forms(word: str, spelled: "callable") -> list[tuple[str, ...]]:
    """The text's own forms of one English content word, each its search terms (one, or a phrase's: "kerja sama"),
    while fewer than three terms are found."""
    forms: list[tuple[str, ...]] = []
    found: set[str] = set()
    for words in indonesian_words(word):
        terms = tuple(spelled(w) for w in words)
        if all(terms) and len(found) < 3:
            forms.append(terms)
            found |= set(terms)
    return forms


def text_terms(word: str, spelled: "callable") -> list[str]:
    """The text's own search terms for one English content word (translate's, up to three; none: the text has no form
    of it)."""
    return list(dict.fromkeys(t for terms in _text_forms(word, spelled) for t in terms))


def alternatives(query: str, spelled: "callable") -> list[list[str]]:
    """For each content word of an English question, the text's one-word forms of it: terms that each stand for the
    word alone ("boat": perahu, kapal), which a search counts as one term (BM25.grouped_scores). A phrase's words
    ("kerja sama", a framing phrase, a term of art) are no alternatives: each counts on its own."""
    return [list(dict.fromkeys(terms[0] for terms in _text_forms(word, spelled) if len(terms) == 1))
            for word in content_words(query, spelled)]


def translate(query: str, spelled: "callable") -> list[list[str]]:
    """The text's own search terms for each content word of an English question (an empty list for a word the text
    has no form of), then for each framing phrase that says something ("take place" -> terjadi): up to three
    candidates the text uses, as `spelled(word) -> term or None` finds them (the index's
    stem of a word the text uses, or the term itself)."""
    out = [text_terms(word, spelled) for word in content_words(query, spelled)]
    for words in _framed(query)[1] + terms_of_art(query):  # "take place", "intellectual disability": what they say
        terms = [spelled(w) for word in words for w in word.split("_")]  # "mengambil_alih": either word
        out.append(list(dict.fromkeys(t for t in terms if t)))
    given = {t for terms in out for t in terms}
    for words in compounds(query):  # "civil servants": "negeri", beside its words' "sipil" and "pegawai"
        terms = [spelled(w) for word in words for w in word.split("_")]
        out.append(list(dict.fromkeys(t for t in terms if t and t not in given)))
    return out


def glossed(query: str, spelled: "callable") -> str:
    """An English question as the encoder reads it: as asked, then the text's own words for its content words and
    for the phrases that say something ("How does a web server handle a browser's request for a page?" -> "...
    menangani permintaan halaman"): for each content word, every word or phrase of the word list or the loan-word
    rules (up to three) that is not the English word itself and whose every word the text writes as it stands
    (spelled(word) -> term or None); for each phrase, the first such.
    A multilingual encoder places an English question nearer to English text than to the Indonesian passage that
    answers it; the text's own words beside it bring it near them. The words as the text writes them, not their stems
    ("menangani", not "tangan"). A word the text has no word for (a name) is read as asked only."""
    said = []
    for word in content_words(query, spelled):
        own = set(base_forms(word))
        # every word or phrase the text writes for it (up to three, as translate keeps): the encoder reads the
        # question beside them and weighs the sense it asks; the first alone may be another sense ("holders" -> pegang)
        found = [words for words in indonesian_words(word)[1:]
                 if not own & set(words) and all(spelled(w) for w in words)]
        said += [" ".join(words) for words in found[:3]]
    # "take into account" -> "mempertimbangkan"; "table salt" -> "garam dapur"
    for words in _framed(query)[1] + terms_of_art(query) + compounds(query):
        found = next((w.replace("_", " ") for w in words if all(spelled(x) for x in w.split("_"))), None)
        if found:
            said.append(found)
    said = [w for w in dict.fromkeys(said) if not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", query, re.I)]
    return " ".join([query, *said]) if said else query


# "What is meant by X", "What does X mean", "What is the definition of X", "Define X", "How does Y define X",
# "What is (a|an) X" (X not a relation: "the difference between", "the purpose of"), each possibly with
# "according to Y" before or after: the term to be defined.
_ACCORDING = LazyPattern(r"^according\s+to\s+[^,?]{1,60},\s*|,?\s*according\s+to\s+[^,?]{1,60}(?=\?|$)", re.I)
_DEFINITION = (
    LazyPattern(r"^what\s+(?:is|are)\s+meant\s+by\s+(?:the\s+term\s+|the\s+|an?\s+)?(.+?)\??$", re.I),
    LazyPattern(r"^what\s+does\s+(?:the\s+(?:term|word)\s+)?(.+?)\s+mean\b.*$", re.I),
    LazyPattern(r"^what\s+(?:is|are)\s+the\s+(?:definition|meaning)\s+of\s+(?:the\s+term\s+|an?\s+|the\s+)?(.+?)\??$",
                re.I),
    LazyPattern(r"^(?:define|give\s+the\s+definition\s+of)\s+(?:an?\s+|the\s+)?(.+?)[.?]?$", re.I),
    LazyPattern(r"^how\s+(?:does|do|did)\s+.+?\s+define\s+(?:an?\s+|the\s+)?(.+?)\??$", re.I),
    LazyPattern(r"^what\s+(?:is|are)\s+(?:an?\s+)?(?!the\b)(.+?)\??$", re.I),
)
_RELATIONS = frozenset("difference differences relationship relation purpose purposes role roles function functions "
                       "goal goals aim aims use uses cause causes effect effects impact impacts main first last "
                       "best most stages steps factors elements".split())


# A second question joined to the first ("What is quiet quitting and does it come from job stress?", "What is a
# deposito, and when can ...?"): the term is asked in the first.
_SECOND_QUESTION = LazyPattern(rf",?\s+and\s+(?:what|how|why|which|who|whom|where|when|{'|'.join(HELPER_VERBS)})\b.*$",
                               re.I)


_LIST_GOES_ON = LazyPattern(r"\b(?:and|or)\b", re.I)  # "plans, budgets and forecasts": a list, no afterthought


def definition_focus(query: str) -> str | None:
    """The term an English definition question asks about ("What is meant by functional cooperation?" ->
    "functional cooperation", "According to Hutahaean, what is a system?" -> "system", "What is workplace mobbing and
    how does it affect employees?" -> "workplace mobbing"), or None. What follows a comma is how it is to be said
    ("What is organizing, put simply?", "What is a budget, in plain words?"), not the term; unless it goes on a list
    ("What are plans, budgets and forecasts?")."""
    asked = definition_asked(query) or ""
    term, comma, rest = asked.partition(",")
    if comma and not _LIST_GOES_ON.search(rest):
        asked = term
    words = _WORD.findall(asked)
    if words and len(words) <= 4 and words[0].lower() not in _RELATIONS and "of" not in \
            [w.lower() for w in words[1:-1]]:
        return " ".join(words)
    return None


def definition_asked(query: str) -> str | None:
    """All that an English definition question asks to be defined, as written, with where or what for it is asked
    of ("What is Node-RED used for on a Raspberry Pi?" -> "Node-RED used for on a Raspberry Pi"), or None: the
    question no definition pattern reads."""
    q = _SECOND_QUESTION.sub("", _ACCORDING.sub("", query.strip()).strip())
    for pattern in _DEFINITION:
        m = pattern.match(q)
        if m:
            return m.group(1)
    return None


def indonesian_terms(focus: str, used: "callable", limit: int = 8) -> list[str]:
    """Indonesian phrasings of an English term that a text may define, each word one the text uses (used(word) ->
    bool): the words translated in English order and in Indonesian order (head first: "functional cooperation" ->
    "kerjasama fungsional", "organizational climate" -> "iklim organisasi")."""
    options = []
    for word in focus.split():
        found = [w for w in indonesian_words(word) if all(used(x) for x in w)]
        if not found:
            if not used(word.lower()):
                return []
            found = [(word.lower(),)]
        options.append(found[:3])
    out = []
    for combo in product(*options):
        for order in (combo, combo[::-1]):
            out.append(" ".join(w for words in order for w in words))
    return list(dict.fromkeys(out))[:limit]


def indonesian_forms(query: str) -> list[str]:
    """The Indonesian words the word list and the loan-word rules give for an English question's content words, as
    written ("legislation" -> "perundang-undangan", "legislasi"): a text's misspelling of one of them
    ("perundang-undanagan") is found as for an Indonesian question's own words."""
    return list(dict.fromkeys(w for word in content_words(query) for words in indonesian_words(word)[1:]
                              for w in words))
