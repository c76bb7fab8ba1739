"""What a question asks for (question_kind: a time, a number, a person, a definition, ...) and what a time is written
with (TIME). The answer picks its sentences by them, the ranker reads a "kapan" question's passage by them."""

from __future__ import annotations

import re

from ..documents.model import INDONESIAN_MONTHS, MONTH
from ..english_vocabulary import HELPER_VERBS
from ..lazy_pattern import LazyPattern
from .quantity import ASKS_NUMBER, ASKS_VALUE, DATE_LABELS
from .ranker import ENUMERATION, ITEMS_ASKED, PURPOSE_QUESTION

# Words after which an English question word asks of someone what follows it: "Do you know who …?", "Tell me when …"
_ASKING = r"(?:me|us|know|tell|explain|describe|identify|name|mention|ask|wonder|out)"
# English helper verbs, as a question opens on them ("When did …?", "…, is it …?")
_HELPERS = rf"(?:{'|'.join(HELPER_VERBS)})"
# A time asked by the label before "berapa": "tahun berapa", "tanggal berapa", "pukul berapa", "abad ke berapa"
_DATE_LABELLED = rf"(?:{'|'.join(sorted(DATE_LABELS))})\s+(?:ke-?\s*)?berapa"
# "menghitung", "dihitung" ask for a formula unless the question asks when or why of the counting ("Tanggal wasiat
# dihitung sejak kapan?", "Kenapa Daniel dihitung nabi?": counted, reckoned; question_kind)
_CALCULATED = LazyPattern(r"\b(?:menghitung|dihitung)\b", re.I)
_KINDS = (
    ("list", ENUMERATION),
    # "What steps could …?", "Which behaviours count as …?": a noun in the plural and its verb ("What characterizes
    # cooperation …?" is a verb and its object)
    ("list", LazyPattern(r"^\s*(?:what|which)\s+(?:(?:kinds|types|forms)\s+of\b|(?:(?:main|other|key|two|three|four|"
                         r"five)\s+)?(?!(?:was|has|does|as)\b)[a-z]+s(?<!ss)(?<!us)(?<!is)(?<!ics)\s+"
                         r"(?:are|were|do|did|can|could|should|must|may|might|will|would|have|had|need|count|belong|exist|"
                         r"make|cause|influence|affect|determine|include|occur|[a-z]+ed)\b)", re.I)),
    # "rumus" a formula, "rumusan" a formulation ("rumusan masalah", "rumusan delik", "rumusan tindakan")
    # ... and asked in English as "cara menghitung" is: "How is the margin calculated?", "How do you compute X?", "How
    # would you go about calculating X?"; not "how" with no verb after it ("How many times is it computed?", "How
    # accurate are the calculated results?") nor "computing" naming a field ("How does cloud computing work?")
    ("formula", LazyPattern(r"\b(?:rumus(?:nya)?|formula|persamaan|cara (?:menghitung|mencari|mengukur))\b|"
                            r"\bhow\s+(?:is|are|was|were|do|does|did|can|could|should|would|will|to)\b[^?.,;]{0,80}?"
                            r"\b(?:(?:calculat|comput)(?:e|es|ed)|(?:about|for|in)\s+(?:calculat|comput)ing)\b", re.I)),
    ("formula", _CALCULATED),
    # English asks "who" as a question word: opening the question or a clause, after a preposition ("To whom …?",
    # "According to whom …?"), after a verb asking it of someone ("Do you know who …?", "Tell me who …") or closing
    # it; "who" right after a noun joins a clause ("people who burn forests"), and "WHO" is the organisation. "Untuk
    # siapa", "buat siapa", "bagi siapa" ask whom a thing is for, most often a group ("para orang tua", "warga
    # negara"), not a person the text names with a work: no person question
    ("person", LazyPattern(rf"\b(?:(?<!untuk )(?<!buat )(?<!bagi )siapa(?:kah)?|menurut siapa)\b|(?:^\W*|[,;:(]\s*|\b(?:and|or|but|so|to|by|from|with|for|of|"
                           rf"through|about|on|in|at|under|{_ASKING})\s+)(?-i:[Ww]ho(?:m|se)?)\b|"
                           rf"\b(?-i:[Ww]ho(?:m|se)?)\W*$", re.I)),
    # "What usually causes X?", "Apa yang menyebabkan X?" ask for a cause as "mengapa" does; chat opens with "kok"
    # ("kok pemasar bisa …?"), which inside a sentence only colours it ("Bagus kok")
    ("why", _WHY := LazyPattern(r"^\s*kok\b|\b(?:mengapa|kenapa|apa(?:kah)? (?:alasan|sebab|penyebab)\w*|alasannya|why|"
                        r"apa(?:kah)? yang (?:menyebabkan|mengakibatkan)|disebabkan (?:oleh )?apa|"
                        r"what (?:\w+ )?caus(?:e|es|ed)|(?:causes?|reasons?) (?:of|for|why))\b", re.I)),
    # English asks "when" as a question word: opening the question or its clause, before its helper verb, after a
    # verb asking it of someone ("Do you know when …?") or closing it ("When did …?", "… and when?", "Until when …?");
    # "when" joining a clause asks no time ("What does a believer do when given amanah?"), nor the one a "how" question
    # or "when to" asks of someone (a sign, a condition: "How do you know when a product is ready?", "Explain when to
    # use a t-test"), nor one opening the question
    # before another question word asks ("When prices rise, what happens to demand?"); and by what a date is ("In
    # what year …?", "Which century …?", "What is the date of …?"; not "the year-end balance", "the year's profit")
    ("time", _WHEN := LazyPattern(rf"\b(?:kapan\w*|sejak kapan|{_DATE_LABELLED})\b|^\W*(?:and |but |so )?when\b"
                                  rf"(?![^?]*?,\s*(?:what|how|who|whom|whose|which|why|where|{_HELPERS})\b)|"
                                  rf"\bwhen {_HELPERS}\b|\b(?:until|till|since|by) when\b|\bwhen\W*$|"
                                  rf"^(?!\W*how\b)(?=.*?\b{_ASKING} when\b(?!\s+to\b))|"
                                  rf"\b(?:what|which)(?: exact)? (?:year|month|date|day|century|decade)s?(?![\w'’\-])|"
                                  rf"\bwhat(?:'s| is| was) the (?:exact )?(?:date|year)(?![\w'’\-])|\bhow long ago\b",
                                  re.I)),
    # "Apa kekurangan X?", "Apa saja kelemahan …", "What are the disadvantages …" ("kekurangan gizi" is a thing, not asked)
    ("shortcoming", LazyPattern(r"\b(?:apa(?:kah)?\s+(?:saja\s+)?(?:yang\s+menjadi\s+)?(?:kekurangan|kelemahan|"
                                r"keterbatasan)(?:nya)?|(?:kekurangan|kelemahan|keterbatasan)(?:nya)?\s+(?:dari\s+)?"
                                r"(?:penelitian|sistem|metode|teori|model|aplikasi)|disadvantages?|drawbacks?|"
                                r"weakness(?:es)?|limitations?|shortcomings?)\b", re.I)),
    ("example", LazyPattern(r"\b(?:contoh\w*|examples?|instance)\b", re.I)),
    # "… tujuannya buat apa?", "Untuk apa X?", "What is the purpose of X?" (before "what is": no definition asked)
    ("purpose", PURPOSE_QUESTION),
    ("number", ASKS_VALUE),  # "What is the R-square of …?", "What is the maximum fine …?": a value, not a definition
    ("definition", LazyPattern(r"\b(?:apa (?:itu|yang dimaksud|arti|pengertian|definisi|makna)|yang dimaksud|pengertian|"
                               r"definisi|arti(?:nya)?|maksud(?:nya)?|makna|mendefinisikan|mengartikan|"
                               r"diartikan|didefinisikan|what is(?! the (?:total )?number of)|what (?:does|do|did)\b.{1,80}?\bmean|meant by|"
                               r"(?:meaning|definition) of|define[sd]?)\b", re.I)),
    ("number", ASKS_NUMBER),  # "berapa", "how tall", "at what age": quantity reads a count from the same words
    ("place", LazyPattern(r"\b(?:di ?mana\w*|(?:di|ke|dari) (?:\w+ )?mana\w*|letak\w*|where)\b", re.I)),
)
# What a time is written with: the sentence that has it answers "kapan" (a year before 1000 as the text writes
# it too: "tahun 515 SM", "622 Masehi"); an Indonesian month's name (documents.model), or any month's with its day or
# year beside it ("May 2019", "10 March"): bare, an English one is as often a word or a name ("T. May Rudy").
_MONTH_WRITTEN = rf"(?:{'|'.join(INDONESIAN_MONTHS)})|\d{{1,2}}\s+{MONTH}|{MONTH}(?=\s+\d)"
TIME = LazyPattern(rf"\b(?:1[0-9]\d\d|20\d\d|tahun\s+\d{{1,4}}|\d{{1,4}}\s*(?:sm|masehi|hijriah|bc|ad)|\d+an|"
                   rf"{_MONTH_WRITTEN}|abad|milenium|dekade|masa|zaman|era|sejak|ketika|saat|apabila|bila|jika|sebelum|"
                   rf"sesudah|setelah|selama)\b", re.I)


def question_kind(question: str) -> str | None:
    """What the question asks for: list | formula | person | why | time | shortcoming | example | purpose | definition
    | number | place, or None. A list asked by its count ("Ada berapa aktor …?", "berapa jenis diagram", "ada berapa
    orang") is a number question, as "How many …?" is: the sentence giving the count answers it, not the list's items;
    unless the items are asked too ("Ada berapa jenis diagram UML dan apa saja?")."""
    for kind, pattern in _KINDS:
        if pattern is _CALCULATED and (_WHEN.search(question) or _WHY.search(question)):
            continue
        if pattern.search(question):
            return "number" if kind == "list" and ASKS_NUMBER.search(question) and not ITEMS_ASKED.search(question) \
                else kind
    return None


# A noun right after the question word that only says what is asked of the subject: "Di mana letak X?" asks where X
# is, "Apa nama X?" / "Siapa nama X?" what X is called. The passage answering writes the place or the name and seldom
# "letak" or "nama"; a neighbour on X that does ("Mata airnya terletak dekat ...") is no better an answer for it.
_ASKING_NOUN = LazyPattern(r"\b(di ?mana(?:kah)?)\s+letak(?:nya)?\b|\b((?:apa|siapa)(?:kah)?)\s+nama(?:nya)?\b", re.I)


def without_asking_nouns(question: str) -> str:
    """The question less the nouns that only frame what it asks, as it is searched (retrieval): "Dimana letak Sungai
    Yordan?" -> "Dimana Sungai Yordan?", "Apa nama mata uang Thailand?" -> "Apa mata uang Thailand?"."""
    return _ASKING_NOUN.sub(lambda m: m.group(1) or m.group(2), question)
