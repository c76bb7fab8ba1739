"""Example questions made from a corpus's own text: its definitions ("X adalah …"), the headings that name what a
section lists or defines ("Jenis-jenis X", "Pengertian X") and list lead-ins ("Ada empat bentuk X, yaitu:").

Each question is built from a short noun phrase the text itself uses; a phrase that is not one (a citation, a
pronoun, a clause, digits) gives no question: none shown rather than a broken one."""

from __future__ import annotations

import re

from .chunking import Chunk
from .documents.structure import LIST_ITEM, is_citation_line, is_lead_in
from .sentences import sentence_spans

MAX_TOPIC_WORDS = 5
# "X adalah …" at the start of a sentence, X a short phrase: the text defines X.
_DEFINED = re.compile(r"^([A-Z][\w-]*(?:\s+[\w-]+){0,4}?)\s+(?:adalah|ialah|merupakan|yaitu)\s", re.U)
# Heading and lead-in words that say a section lists kinds of something ("Jenis-jenis Furniture Kantor").
_LISTED = ("jenis macam bentuk ciri faktor unsur tahap tahapan langkah fungsi manfaat prinsip kelebihan kekurangan "
           "syarat komponen karakteristik aspek indikator dimensi tipe klasifikasi kriteria keuntungan kategori "
           "elemen sumber teknik metode tujuan peran dampak").split()
_LISTED_WORD = re.compile(rf"^(?:{'|'.join(_LISTED)})(?:-(?:{'|'.join(_LISTED)}))?$", re.I)
_DEFINING_HEAD = re.compile(r"^(?:pengertian|definisi|konsep)\s+(.+)$", re.I)
# Lead-ins open with words that only announce ("Berikut ini merupakan", "Terdapat", "Ada") and count ("empat").
_LEAD_OPENING = re.compile(r"^(?:(?:berikut|adapun|terdapat|ada|yang|ini|adalah|merupakan|termasuk|di antaranya)\s+)+",
                           re.I)
_COUNT = re.compile(r"^(?:(?:se|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|berbagai|\d+)\s+"
                    r"(?:\(\d+\)\s+)?(?:macam\s+|buah\s+|jenis\s+(?=\w+\s))?)", re.I)
_LEAD_TAIL = re.compile(r"(?:[\s,]*\b(?:yaitu|yakni|antara lain|sebagai berikut|berikut ini|berikut|adalah|ialah|"
                        r"meliputi|diantaranya|di antaranya|terdiri dari|terdiri atas|seperti))*\s*:?\s*$", re.I)
# A phrase that points elsewhere or is not a term: pronouns, demonstratives, hedges, function words.
_NOT_A_TERM = frozenset("ini itu tersebut hal dia ia mereka kita kami saya anda beliau yang dan atau dengan di ke "
                        "dari untuk pada dalam oleh sebagai secara bahwa jika karena sehingga namun tetapi juga para "
                        "setiap semua salah menurut apabila maka tidak bukan adalah merupakan contoh termasuk "
                        "sedangkan sementara saat jadi tentu semisal misalnya adapun beberapa satu seorang mungkin "
                        "kemudian berikut lalu selain".split())
# Words that make a phrase a clause or a remark, wherever they stand ("sistem yang dirancang", "laravel sendiri").
_CLAUSE_WORDS = frozenset("yang bahwa juga sendiri pula percaya berkata kita kami mereka tersebut lain ini itu".split())
_ENDS_BADLY = frozenset("dan atau yang dengan di ke dari untuk pada dalam oleh sebagai serta menurut lain adalah ialah "
                        "merupakan yaitu yakni".split())
# A superlative says what a study found ("Distribusi kepuasan pasien terbesar yaitu puas …"), not a term.
_SUPERLATIVE = frozenset("terbesar terkecil tertinggi terendah terbanyak tersedikit terbaik terburuk terlama tercepat "
                         "terpanjang terpendek terjauh terdekat terluas".split())
_BY_EXPERTS = re.compile(r"\s+menurut\s+(?:para\s+)?ahli$", re.I)
_STRUCTURAL = frozenset("pendahuluan latar belakang kesimpulan saran penutup daftar pustaka referensi lampiran bab "
                        "tinjauan landasan teori metode penelitian hasil pembahasan rumusan masalah abstrak "
                        "kata pengantar penulisan".split())


def example_questions(chunks: list[Chunk], n: int = 4) -> list[str]:
    """Up to n distinct questions, taking turns between the corpus's documents and, within one, between lists,
    definitions and headings (the best first questions are the ones a text answers in so many words)."""
    per_document: dict[str, list[list[str]]] = {}
    of_document: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        of_document.setdefault(chunk.path, []).append(chunk)
    names = {path: _names_of(own) for path, own in of_document.items()}
    for chunk in chunks:
        lists, definitions, headings = per_document.setdefault(chunk.path, [[], [], []])
        known = names[chunk.path]
        lists += filter(None, (_from_lead_in(line, known) for line in _lead_ins(chunk)))
        definitions += filter(None, (_from_definition(term, known) for term in _defined_terms(chunk)))
        headings += filter(None, (_from_heading(heading, known) for heading in _headings(chunk)))
    out: list[str] = []
    for q in _interleave([_interleave(kinds) for kinds in per_document.values()]):
        if q.lower() not in {x.lower() for x in out}:
            out.append(q)
    return out[:n]


def _lead_ins(chunk: Chunk) -> list[str]:
    lines = [line.strip() for line in chunk.text.split("\n") if line.strip()]
    return [line for i, line in enumerate(lines) if is_lead_in(line) and i + 1 < len(lines) and LIST_ITEM.match(lines[i + 1])]


def _defined_terms(chunk: Chunk) -> list[str]:
    out = []
    for a, b in sentence_spans(chunk.text):
        sentence = chunk.text[a:b].strip()
        if LIST_ITEM.match(sentence) or is_citation_line(sentence) or re.search(r"\b[A-Z]\.$", chunk.text[:a].rstrip()):
            continue  # a list line, or a "sentence" cut after an initial ("menurut C.W. | Churchman adalah …")
        m = _DEFINED.match(sentence)
        if m:
            out.append(m.group(1))
    return out


def _headings(chunk: Chunk) -> list[str]:
    return list(dict.fromkeys(h for h in (*chunk.location.section, chunk.heading or "") if h and h != chunk.document))


def _from_lead_in(line: str, words: set[str]) -> str | None:
    """"Ada empat bentuk kerjasama internasional, yaitu:" -> "Apa saja bentuk kerjasama internasional?"."""
    sentence = re.split(r"(?<=[.!?])\s+", line)[-1]
    body = _LEAD_TAIL.sub("", sentence).strip()
    body = _COUNT.sub("", _LEAD_OPENING.sub("", body)).strip()
    return _asking_for_items(_topic(_lower_title_case(body, words)))


def _asking_for_items(topic: str | None) -> str | None:
    """"jenis-jenis wasiat" -> "Apa saja jenis-jenis wasiat?", "tujuan tata ruang" -> "Apa tujuan tata ruang?"."""
    if topic is None or not _LISTED_WORD.match(topic.split()[0]) or " " not in topic:
        return None
    return f"Apa {'' if topic.split()[0].lower() in ('tujuan', 'peran', 'dampak') else 'saja '}{topic}?"


_INITIAL = re.compile(r"^[A-Z]\.?\s+[A-Z][a-z]")  # "I Wayan Suardana", "M. Nasir": a person's name opens with an initial


def _from_definition(term: str, words: set[str]) -> str | None:
    """"Kerjasama regional adalah …" -> "Apa yang dimaksud dengan kerjasama regional?"."""
    topic = _topic(_lower_title_case(term, words))
    if topic is None or _LISTED_WORD.match(topic.split()[0]) or _only_names(topic, words) or _INITIAL.match(term):
        return None  # "Tujuan penelitian ini adalah …" defines nothing; "I Wayan Suardana adalah …" is a person
    if _DEFINING_HEAD.match(topic):
        return f"Apa {topic}?"  # "Pengertian sistem menurut Indrajid adalah …"
    return f"Apa yang dimaksud dengan {topic}?"


def _from_heading(heading: str, words: set[str]) -> str | None:
    """"Jenis-jenis Furniture Kantor" -> "Apa saja jenis-jenis furniture kantor?"; "Pengertian Remedial" -> "Apa
    pengertian remedial?". Other headings say too little of what their section answers."""
    title = re.sub(r"^(?:[IVX]+|[A-Za-z]|\d+(?:\.\d+)*)[.)]\s+|^\d+(?:\.\d+)+\s+", "", heading.strip())
    topic = _topic(_BY_EXPERTS.sub("", _lower_title_case(title, words)))
    if topic is None:
        return None
    defined = _DEFINING_HEAD.match(topic)
    if defined and _topic(defined.group(1)):
        return f"Apa {topic}?"
    return _asking_for_items(topic)


def _topic(phrase: str) -> str | None:
    """The phrase when it is a short term in plain words, else None."""
    phrase = re.sub(r"\s+", " ", phrase).strip(" .,;:")
    words = phrase.split()
    if not 1 <= len(words) <= MAX_TOPIC_WORDS or re.search(r"[^\w\s-]|\d|_", phrase):
        return None
    lowered = [w.lower() for w in words]
    if lowered[0] in _NOT_A_TERM or lowered[-1] in _ENDS_BADLY or set(lowered[1:]) & (_CLAUSE_WORDS | _SUPERLATIVE):
        return None
    if any(w.endswith("nya") or re.match(r"^(?:mem|men|meng|meny)\w{3,}$", w) for w in lowered[1:]) \
            or lowered[0].endswith("nya") or len(set(lowered)) < len(lowered):
        return None  # "imunisasi manfaatnya", "stapler memiliki kegunaan", "handphone Handphone"
    if set(lowered) & _STRUCTURAL and len(words) <= 3:
        return None  # "Landasan Teori", "Hasil dan Pembahasan"
    if len(words) == 1 and len(phrase) < 3:
        return None
    return phrase


def _names_of(chunks: list[Chunk]) -> set[str]:
    """The document's names: the authors it cites ("Churchman"), capitalized words it writes inside a sentence and
    never in lower case ("Israel"), two such words in a row ("Jeremy Bantham"), acronyms inside a sentence ("ISPA")."""
    texts = [c.text for c in chunks]
    lower = {w for text in texts for w in re.findall(r"\b[a-z][\w-]*\b", text)}
    inside = {w for text in texts for w in re.findall(r"(?<=[a-z,] )[A-Z][a-z][\w-]*\b", text)}
    paired = {w for text in texts for pair in re.findall(r"\b([A-Z][a-z]+ [A-Z][a-z]+)\b", text) for w in pair.split()}
    cited = {w for c in chunks for citation in c.citations for w in re.findall(r"[A-Z][a-z]+", citation.authors_text)}
    acronyms = {w for text in texts for w in re.findall(r"(?<=[a-z,] )[A-Z]{2,}\b", text)}
    return {w for w in inside | paired if w.lower() not in lower} | cited | acronyms


def _lower_title_case(phrase: str, names: set[str]) -> str:
    """Heading and sentence-opening capitals made plain ("Karakteristik Fisik" -> "karakteristik fisik"), keeping
    acronyms ("OSIS", "MySQL") and the document's names ("Israel")."""
    words = phrase.split()
    shouted = len(words) > 1 and phrase.isupper()  # "FAKTOR RISIKO ISPA": only the acronyms stay
    out = []
    for word in words:
        acronym = len(word) == 1 or word.isupper() or any(c.isupper() for part in word.split("-") for c in part[1:])
        if shouted:
            acronym = word in names  # written in capitals inside a sentence too
        out.append(word if acronym or word in names else word.lower())
    return " ".join(out)


def _only_names(topic: str, names: set[str]) -> bool:
    """"Jeremy Bantham", "Australia dan Indonesia": people or places, not a term to define."""
    words = [w for w in topic.split() if w.lower() not in ("dan", "atau", "serta")]
    return bool(words) and all(w in names for w in words)


def _interleave(lists: list[list[str]]) -> list[str]:
    out = []
    for i in range(max((len(x) for x in lists), default=0)):
        out += [x[i] for x in lists if i < len(x)]
    return out
