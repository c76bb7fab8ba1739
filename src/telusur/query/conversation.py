"""Follow-up questions: what a short question refers to, taken from the earlier user turns."""

from __future__ import annotations

import re

from ..index.lexical import tokenize
from ..lazy_pattern import LazyPattern

ORDINALS = {
    "pertama": 1, "kesatu": 1, "satu": 1, "first": 1,
    "kedua": 2, "dua": 2, "second": 2,
    "ketiga": 3, "tiga": 3, "third": 3,
    "keempat": 4, "empat": 4, "fourth": 4,
    "kelima": 5, "lima": 5, "fifth": 5,
    "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10,
}
# Words that make a short question lean on what was said before it (a question comes in standard words: "trus" is
# "terus", "kalo" "kalau", "gimana" "bagaimana": indonesian.standard_words).
_OPENERS = LazyPattern(r"^(?:dan|lalu|terus|kalau|bagaimana dengan|sedangkan|lantas|and|what about)\b")
_REFERENCES = LazyPattern(
    r"\b(?:yang (?:pertama|kedua|ketiga|keempat|kelima|terakhir|paling|lain|lainnya|itu|tadi|tersebut|di ?atas)|"
    r"itu tadi|tersebut|tadi|dia|mereka|hal itu)\b|^(?:\w+\s+)?yang\s+\w+$"
)
_ORDINAL_ONLY = LazyPattern(r"\b(?:yang\s+)?(pertama|kesatu|kedua|ketiga|keempat|kelima|keenam|ketujuh|terakhir)\b")


# "Sumber mana yang membahas kepentingan nasional?": which works or texts discuss a topic. The topic is what is
# searched for; the answer names the texts and the works their passages cite (answer.compose).
_SOURCE_QUESTION = LazyPattern(
    r"^(?:dari\s+|di\s+)?(?:sumber|referensi|rujukan|pustaka|buku|karya|tulisan|teks|dokumen|bacaan|bab|bagian|ahli|"
    r"penulis|tokoh)\s+(?:mana|apa)(?:\s+saja)?(?:\s+yang)?\s+(?:membahas|menjelaskan|menerangkan|menyebut(?:kan)?|"
    r"mengulas|menulis|berbicara|bercerita|berisi|memuat|mengutip|tentang|mengenai)(?:\s+(?:tentang|mengenai|soal))?"
    r"\s+(?P<topic>.+?)[\s?.!]*$"
    r"|^which\s+(?:sources?|works?|texts?|references?|documents?|authors?)\s+(?:discuss(?:es)?|mentions?|covers?|"
    r"talks?\s+about|explains?|describes?)\s+(?P<topic_en>.+?)[\s?.!]*$", re.I)


def source_topic(question: str) -> str | None:
    """The topic of a question asking which sources discuss it ("Sumber mana yang membahas X?" -> "X"), else None."""
    m = _SOURCE_QUESTION.match(question.strip())
    return None if m is None else (m.group("topic") or m.group("topic_en"))


def is_follow_up(question: str) -> bool:
    """A short question that points back ("Jelaskan yang fungsional", "Dan yang ideologi?", "terus yang kedua?")."""
    text = question.lower().strip(" ?!.")
    content = tokenize(text)
    if len(content) == 0:
        return True
    pointing = bool(_OPENERS.search(text) or _REFERENCES.search(text) or re.search(r"\w+nya\b", text)
                    or _list_position(text) and _ordinal_of_the_list(text))
    return pointing and len(content) <= 2


def _ordinal_of_the_list(text: str) -> bool:
    """"Sebutkan ciri kedua", "tahap pertama apa?": a bare ordinal points into the list just discussed when at most
    one word besides the opening one names what it counts; "Siapa presiden Indonesia pertama?" names its own subject."""
    words = text.split(" ", 1)
    return len(tokenize(words[1] if len(words) > 1 else "")) <= 1


def anchor(question: str, history: list[str]) -> str | None:
    """The earlier turn a follow-up leans on (the last one that was not a follow-up itself), or None."""
    if not history or not is_follow_up(question):
        return None
    return next((turn.strip() for turn in reversed(history) if not is_follow_up(turn)), None)


def resolve(question: str, history: list[str]) -> str:
    """The text to search for: the question itself, the topic of a question asking for sources, or the topic a
    follow-up leans on plus the follow-up."""
    topic = anchor(question, history)
    return f"{topic} {question.strip()}" if topic else source_topic(question) or question


# "pertama kali", "untuk kedua kalinya", "kali pertama": an ordinal counting times (the first time something
# happened), no position in a list
_TIMES = LazyPattern(r"^\s*kali(?:nya)?\b|\bkali\s*$")


def _list_position(text: str):
    """The match of an ordinal that names a position ("yang kedua", "tahap kedua"), not one before its noun: "kedua
    negara" is both countries; nor one counting times ("Siapa yang pertama kali …", "… dikembangkan pertama kali")."""
    for m in _ORDINAL_ONLY.finditer(text):
        after = text[m.end():].split(None, 1)
        if _TIMES.search(text[m.end():m.end() + 8]) or _TIMES.search(text[max(0, m.start() - 6):m.start()]):
            continue
        if m.group(0).startswith("yang") or not after or not tokenize(after[0]):
            return m
    return None


def ordinal(question: str) -> int | None:
    """The list position a question asks for ("yang kedua" -> 2, "yang terakhir" -> -1)."""
    m = _list_position(question.lower())
    if not m:
        return None
    return -1 if m.group(1) == "terakhir" else ORDINALS.get(m.group(1))
