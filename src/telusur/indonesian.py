"""Indonesian language resources shared along the data's way: the Sastrawi stemmer, its stop words and dictionary,
words spelled one letter apart, a verb's shape and the small words inside a name."""

from __future__ import annotations

import re
from functools import lru_cache

from .lazy_pattern import LazyPattern


@lru_cache(maxsize=1)
def stemmer():
    """Sastrawi's stemmer (built once: loading its dictionary takes a moment)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return frozenset(StopWordRemoverFactory().get_stop_words())


# Nouns of Sastrawi's stop list, which say what a question asks about: a person's title ("Bapak Biologi", "ibu Adipati",
# "pengetahuan ibu") and "mata" ("mata uang", "mata kuliah", "kontak mata"). They are search words. Not the ordinals
# ("raja terakhir", "presiden pertama"): a follow-up reads them as a list position (query/conversation.py).
SEARCHED_STOP_WORDS = frozenset("bapak ibu mata".split())
# "Where" written as one word with its preposition ("Dimana X lahir?", "kemana", "darimana"): Sastrawi's list has only
# "mana", and its stemmer reads "dimana" as "mana", which a passage writing "dimana" ("kota dimana ia lahir") then
# shares with every such question.
GLUED_WHERE = frozenset(f"{p}mana" for p in ("di", "ke", "dari"))
# Everyday verbs said bare, whose standard words Sastrawi's stop list holds ("pakai": guna, menggunakan, digunakan;
# "bikin": buat, membuat; "bilang": kata, mengatakan): a text says them in words the index never sees, so in a question
# ("TabunganKu pakai akad apa?") they stand between its terms, as a verb form does (ranker.not_a_subject).
BARE_VERBS = frozenset("pakai bikin bilang".split())


# The ordinals Sastrawi's stop list lacks: it holds "pertama", "kedua", "kelima" (and "dua", "tiga") but not "ketiga" or
# "keenam", which the stemmer then read as their number ("tiga", itself a stop word), so "tahap ketiga" was searched
# for "tiga" while "tahap kedua" searched nothing of its ordinal. An ordinal is a place in a list, which a follow-up
# reads (query/conversation.py ORDINALS), never a search word: all of them, alike.
ORDINAL_STOP_WORDS = frozenset("kesatu ketiga keempat keenam ketujuh kedelapan kesembilan kesepuluh".split())


@lru_cache(maxsize=1)
def search_stop_words() -> frozenset[str]:
    """The words a search leaves out: Sastrawi's stop words, GLUED_WHERE and ORDINAL_STOP_WORDS, but
    SEARCHED_STOP_WORDS."""
    return (stop_words() | GLUED_WHERE | ORDINAL_STOP_WORDS) - SEARCHED_STOP_WORDS


def in_dictionary(word: str) -> bool:
    """True when Sastrawi's dictionary holds the word as written, a root ("guna", "tani"; not "menggunakan")."""
    return stemmer().delegatedStemmer.dictionary.contains(word)


@lru_cache(maxsize=4096)
def is_known_word(word: str) -> bool:
    """True when Sastrawi's dictionary knows the word's root ("menggunakan" -> "guna")."""
    return in_dictionary(stemmer().stem(word))


# The affixes around a root: a prefix (or two, "memper", "diper") and a suffix (Retriever._affixed_stem; is_affixed,
# which also reads a nasal prefix dropping the root's first letter, "menulis": tulis, and the particles after them).
AFFIX_PREFIXES = ("memper", "diper", "meng", "meny", "peng", "peny", "mem", "men", "pem", "pen", "per", "ber", "ter",
                  "me", "pe", "di", "ke", "se", "")
AFFIX_SUFFIXES = ("kan", "nya", "an", "i", "")
_PREFIX = "(?:" + "|".join(AFFIX_PREFIXES) + ")"
_SUFFIX = "(?:" + "|".join(AFFIX_SUFFIXES) + ")(?:nya|ku|mu|)(?:lah|kah|pun|)"


@lru_cache(maxsize=4096)
def is_affixed(word: str) -> bool:
    """True when Sastrawi's dictionary knows the word as written: itself, or its root with Indonesian affixes around
    it ("membaca": baca, "menulis": tulis, "tarikan": the root "tari" and "-kan"). Not a word the stemmer cuts to a
    root no affixes lead to ("remidi", a slip of "remedi", is cut to the root "ridi", so is_known_word says yes)."""
    root = stemmer().stem(word)
    if not in_dictionary(root):
        return False
    if word == root:
        return True
    inner = f"(?:{re.escape(root)}|{re.escape(root[1:])})" if len(root) > 3 else re.escape(root)
    return re.fullmatch(f"{_PREFIX}{_PREFIX}{inner}{_SUFFIX}", word) is not None


def one_edit(x: str, y: str, swap: bool = True) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped ("Keiso"/"Kieso"; not with swap=False);
    equal words too."""
    if swap and len(x) == len(y):
        diff = [i for i in range(len(x)) if x[i] != y[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]:
            return True
    if len(x) > len(y):
        x, y = y, x
    i = 0
    while i < len(x) and x[i] == y[i]:
        i += 1
    return x[i + (len(x) == len(y)):] == y[i + 1:]


# The small words inside a name, which its initials skip ("Institute of Internal Auditors": IIA; "Perlindungan dan
# Pengelolaan Lingkungan Hidup": PPLH): a citation reads an organisation's name through them, a question's acronym
# the text spells out too.
NAME_LINKS = frozenset("of for the and on dan untuk serta &".split())

# Languages a course text glosses its terms in ("Territoriale Zee en Maritieme Kringen Ordonnantie", "(hypertension)"):
# a question asking a term in one ("nama Belanda ordonansi ...", "bahasa Inggrisnya apa") names no subject by it.
LANGUAGES = frozenset("inggris belanda latin arab jerman perancis prancis yunani jepang sanskerta mandarin ibrani "
                      "spanyol portugis italia".split())


def one_slips(word: str, dropped: bool = True, changed: bool = True) -> set[str]:
    """Every spelling one slip from a word, over a-z: a letter dropped, added or changed, or two neighbours swapped
    (one_edit's slips, spelled out; the word itself among them). dropped=False, changed=False: only a letter added or
    a swap, the words a word may be typed from by leaving a letter out or swapping two."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} | {a + c + b for a, b in splits for c in letters}
    if dropped:
        out |= {a + b[1:] for a, b in splits if b}
    if changed:
        out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    return out


# Chat Indonesian a student types, in the standard words the texts and the question rules use (written from
# everyday informal and SMS spelling, not from any question set): "Rumus X gimana?" asks "Rumus X bagaimana?".
# Particles that only colour a sentence ("sih", "dong") go.
_CHAT_WORDS = {
    "gimana": "bagaimana", "gmn": "bagaimana", "bgmn": "bagaimana", "gmana": "bagaimana", "gimna": "bagaimana",
    "sapa aja": "siapa saja", "sapa saja": "siapa saja",  # "sapa" alone is a word (greet)
    "knp": "kenapa", "napa": "kenapa", "apaan": "apa", "brp": "berapa", "dmn": "di mana", "kpn": "kapan",
    "yg": "yang", "dgn": "dengan", "dg": "dengan", "utk": "untuk", "untk": "untuk", "pd": "pada",
    "sm": "sama", "krn": "karena", "karna": "karena", "krna": "karena", "tp": "tapi", "jd": "jadi", "sbg": "sebagai",
    "spt": "seperti", "kyk": "seperti", "kayak": "seperti", "kek": "seperti", "dll": "dan lain-lain",
    "tdk": "tidak", "gak": "tidak", "nggak": "tidak", "ngga": "tidak", "enggak": "tidak", "gk": "tidak",
    "ga": "tidak", "blm": "belum", "udah": "sudah", "udh": "sudah", "sdh": "sudah", "aja": "saja", "emang": "memang",
    "emg": "memang", "gitu": "begitu", "gini": "begini", "pake": "pakai", "bs": "bisa", "dpt": "dapat",
    "hrs": "harus", "trs": "terus", "trus": "terus", "lg": "lagi", "bgt": "sangat", "banget": "sangat",
    "org": "orang", "kalo": "kalau", "klo": "kalau", "kl": "kalau", "sy": "saya", "gue": "saya", "gw": "saya",
    "tau": "tahu", "ttg": "tentang", "bener": "benar", "bikin": "membuat", "dapet": "dapat",
    "dipake": "dipakai", "dibikin": "dibuat", "medsos": "media sosial",
    # a school's and a campus's clipped words for what is taught ("mapel apa", "matkul ini"): read as typed, a noun no
    # text writes, and the question was declined as asking of another subject
    "mapel": "mata pelajaran", "matpel": "mata pelajaran", "matkul": "mata kuliah", "makul": "mata kuliah",
    # "abis" before what is done says "setelah" ("merah abis minum obat", "abis update windows"), never the adjective
    # "habis" (run out: _ADJECTIVES)
    "abis": "setelah",
    # everyday words a text rarely writes: read as they are, a noun of the question the text never uses, and the
    # question was declined ("Kenapa orang Israel gampang tergoda ...?", "Nabi Gad negur Daud gara-gara apa?")
    "gampang": "mudah", "gara-gara": "karena", "bilang": "mengatakan", "negur": "menegur", "nyari": "mencari",
    "doang": "saja", "nanya": "bertanya", "ngasih": "memberi", "ngapain": "melakukan apa", "duluan": "lebih dahulu",
    "sebenernya": "sebenarnya", "cepet": "cepat", "ngaruh": "berpengaruh", "nyampe": "sampai", "sampe": "sampai",
    # and chat's "how much" and its "had better": read as typed, each a noun no text writes ("tingginya segimana",
    # "mending diapakan"), and the question was declined
    "segimana": "seberapa", "mending": "lebih baik",
    # "liat" as chat says "lihat" ("media industry studies liat kekuasaan lewat lensa apa": team set 17, declined on
    # "liat", a word the text never uses); the clay stays ("tanah liat")
    "liat": "lihat", "diliat": "dilihat", "ngeliat": "melihat", "keliatan": "kelihatan", "tanah liat": "tanah liat",
    # SMS shorthand of words of time and degree, and "pede" (percaya diri): read as typed, each was a word of a term
    # no passage writes ("pemeliharaan stlh": words_apart) or a noun the text never uses, and declined the question
    "stlh": "setelah", "sblm": "sebelum", "msh": "masih", "jg": "juga", "skrg": "sekarang", "bbrp": "beberapa",
    "tsb": "tersebut", "pede": "percaya diri",
    # "scr" (secara) the same: read as typed, a word no text writes, the share of the question's words the text knows
    # fell and "yii bisa generate spesifikasi apa scr otomatis" was declined (team set 14)
    "scr": "secara",
    # social media's "trending" (of a topic or a hashtag) says "menjadi tren": read as typed, an English word whose
    # loan the text writes in the base's form only ("tren"), a noun no text writes, and the question was declined
    "trending": "menjadi tren",
    # and of the small words between a term's words: "dr" read as typed is a word the text writes as a title ("Prof.
    # Dr."), never beside the term's words, so "lahan hutan dr perspektif HAM" was a term no passage writes
    # (words_apart) and the question was declined; "dlm", "thd" stood inside terms the same way
    "dr": "dari", "dlm": "dalam", "thd": "terhadap", "kpd": "kepada", "thn": "tahun", "bln": "bulan",
    "tgl": "tanggal", "lbh": "lebih", "krg": "kurang", "jml": "jumlah", "dsb": "dan sebagainya",
    "sih": "", "dong": "", "deh": "", "lho": "", "loh": "", "nih": "", "tuh": "", "kah": "",
    # "kasih" as chat says "beri" ("tata ruang tertutup kasih apa ke karyawan" over "Memberikan … bagi karyawan",
    # "siapa aja yg dikasih tau"; no text of the course writes the verb so), where it cannot be the noun ("kasih
    # sayang", "kasih Allah", "terima kasih" stay): "kasih apa" after a word it makes one noun with stays (_compound:
    # "ucapan terima kasih apa", "cinta kasih apa"), and "kasih apa yang" asks which love ("rasa kasih apa yang
    # diajarkan agama"), never what one gives
    "dikasih": "diberi", "kasih apa": "memberi apa", "kasih tau": "memberi tahu", "ngasih tau": "memberi tahu",
    "dikasih tau": "diberi tahu", "kasih apa yang": "kasih apa yang",
    # "pas" as chat says "saat" ("proyektor dipakai pas rapat", "batuk pas malam"), never the adjective (_FITTING)
    "pas": "saat",
    # everyday words a student types for the text's: "biar" says "agar" ("biar adem", "biar kekuasaannya dianggap
    # sah"), "gede" "besar" ("api gede", "udah gede"), "adem" "sejuk"; read as typed, each was a noun the text never
    # uses (absent_words) or a word of a term no passage writes (words_apart), and the question was declined
    "biar": "agar", "gede": "besar", "adem": "sejuk",
    # clipped nouns of health care and of home ("konsul ke nakes", "bb anak", "ortu"), as the texts write them whole;
    # "konsul" alone is also a consul, so only before whom one consults
    "nakes": "tenaga kesehatan", "faskes": "fasilitas kesehatan", "bb": "berat badan", "ortu": "orang tua",
    # ... and of mothers in care ("obat buat bumil", "vitamin busui"): read as typed, a noun the text never uses
    # (absent_words), and the question was declined
    "bumil": "ibu hamil", "busui": "ibu menyusui",
    "konsul ke": "konsultasi ke", "konsul sama": "konsultasi dengan", "konsul dengan": "konsultasi dengan",
    "konsul dgn": "konsultasi dengan",
}
# A chat word that is also an adjective ("pas": fitting): read as chat only before a word, and not after a word that
# grades or picks it out ("ukuran yang pas", "kurang pas", "sudah pas") or a measure it fits ("harga pas", "ukurannya
# pas"), nor before what the adjective is fit for or how much ("pas untuk anak", "pas dengan resep", "pas banget"), nor
# as the noun a pass ("pas foto", "pas kapal", "kartu pas")
_ADJECTIVES = {"pas": "pas", "abis": "habis"}  # each chat word -> the adjective it also is, in standard spelling
# ... and where a word of place or a question's word after it says the adjective ("stok obat abis di gudang", "kalau
# obatnya abis gimana"), not the chat word ("pas di rumah" is "saat di rumah")
_PLACE_AFTER_ADJECTIVE = {"abis": frozenset("di ke dari pada dalam gimana gmn bagaimana kenapa knp mengapa apa ya sih "
                                            "kok dong".split())}
_GRADING = frozenset("yang yg paling kurang lebih tidak gak ga nggak ngga cukup sangat agak makin semakin sudah udah "
                     "sdh belum blm masih harga ukuran takaran kartu".split())
_AFTER_ADJECTIVE = frozenset("untuk buat dengan dgn sama banget bgt sekali foto kapal pelabuhan".split())
# Chat words that are also a title written before a name, with its full stop or a capital ("dr. Soetomo", "Dr Kandou")
_TITLES = frozenset({"dr"})
# Chat words that are also a name written with its capital ("I Gede Ngurah", "Gunung Gede"): chat only in lower case
_NAMES = frozenset({"gede"})
# Clipped nouns a text may write itself ("nakes" in a text on screening, "BB" in one on growth charts): kept where it
# does (standard_words' written), so the question searches the text's own word
_CLIPPED_NOUNS = frozenset("nakes faskes bb ortu bumil busui medsos mapel matpel matkul makul".split())
_CHAT_WORD = LazyPattern(r"(?<![\w.-])(" + "|".join(sorted(map(re.escape, _CHAT_WORDS), key=len, reverse=True))
                         + r")(?![\w-])", re.I)


# A verb's shape: a prefix "di-", "me-", "ter-" ("diper-", "memper-" begin with one of them) before four word letters
# or more ("digunakan", "menurut"), or "ber-" before three ("bertanya", "berada"), written "be-" before a stem whose
# first syllable ends in "er" ("bekerja", "beternak") and "bel-" before "ajar" ("belajar"), as the grammar forms it. A
# noun may have the shape too ("disleksia", "diare", "berita", "beberapa"): whether the stem drops the prefix tells
# them apart (query/ranker.py verb_form, the one check both not_a_subject and answer.py's verbs read).
VERB_FORM = LazyPattern(r"^(?:(?:di|me|ter)\w{4,}|ber\w{3,}|be[^\W\d_aeiou]er\w+|belajar)")


# A verb as chat says it: a bare nasal for "meN-" ("ngubah" mengubah, "nyebut" menyebut, "negur" menegur, "ngecek"
# mengecek; a root's "h" dropped after it: "ngitung" menghitung, "ngilangin" menghilangkan) and "-in" for "-kan" or
# "-i" ("dikumpulin" dikumpulkan, "nguasain" menguasai, "ngartiin" mengartikan). A root opening with "kr"/"kl" keeps
# its k after "meng-" and chat drops it ("ngritik" mengkritik, "nglaim" mengklaim: team set 16), as "ng" also says
# "me-" before a root's "r"/"l" ("ngrasain" merasakan, "nglupain" melupakan). Each chat prefix -> the standard
# prefixes it may stand for, and the letters that may follow it.
_CHAT_PREFIXES = (("nge", ("me", "men", "mem", "meng", "menge"), "bcdfghjklmnpqrstvwxyz"),
                  ("ng", ("meng", "mengh"), "aeiou"), ("ng", ("mengk", "me"), "lr"),
                  ("ny", ("meny", "menc"), "aeiou"), ("n", ("men",), "aeiou"),
                  ("m", ("mem",), "aeiou"), ("di", ("di",), ""), ("ke", ("ter",), ""), ("", ("",), ""))
# ... "ke-" for "ter-" ("kebawa" terbawa, "kejebak" terjebak), and a root's closing "ai" said "e" ("kepake" terpakai,
# "dipake" dipakai): only a word the dictionary lacks is read so, into a form it knows
_CHAT_SUFFIXES = (("innya", ("kannya", "inya")), ("in", ("kan", "i")), ("e", ("ai",)), ("", ("",)))


# A root's closing syllable said with "e" for "a", as Jakarta chat says it ("nangkep" menangkap, "diputer" diputar,
# "didiemin" didiamkan): read so only in a word marked as a verb (a chat prefix or "-in"), into a form the dictionary
# knows
_CLOSING_E = LazyPattern(r"e([^\W\daeiou]+)$")


# The chat prefixes that are a nasal for "meN-" and begin no word of standard Indonesian the dictionary lacks (a bare
# "n" or "m" begins borrowed nouns: "nebulizer", "murabahah")
_CHAT_NASALS = ("nge", "ng", "ny")


def chat_nasal(word: str) -> bool:
    """A word that begins as a verb said the chat way does, a nasal for "meN-" (_CHAT_PREFIXES "nge", "ng", "ny", a
    letter that may follow it) and a root of three letters or more: "ngitung", "nyampe", "ngecek"; also "nyamuk",
    "ngarai" (the dictionary tells those apart)."""
    word = word.lower()
    return any(word.startswith(prefix) and len(word) - len(prefix) >= 3 and word[len(prefix)] in next_letters
               for prefix, _, next_letters in _CHAT_PREFIXES if prefix in _CHAT_NASALS)


def chat_verb_forms(word: str) -> list[str]:
    """The standard forms a chat form of a verb may stand for, that the dictionary knows, most likely first
    ("ngartiin" -> ["mengartikan", ...], "nyebut" -> ["menyebut", ...], "dibutuhin" -> ["dibutuhkan", ...]); [] for a
    word with neither a chat prefix nor "-in" ("inflasi"), or of fewer than four letters besides them ("login"; three
    after a nasal prefix: "nguji")."""
    word = word.lower()
    out, said_e = [], []
    for suffix, said_after in _CHAT_SUFFIXES:
        if not word.endswith(suffix):
            continue
        for prefix, said_before, next_letters in _CHAT_PREFIXES:
            core = word[len(prefix):len(word) - len(suffix)]
            # a root of three letters after a nasal ("nguji" menguji, "nemuin" menemukan, "nyari" mencari): the nasal
            # marks a verb; bare or after "di-", four ("login" is no "log" + "-in")
            shortest = 3 if prefix not in ("", "di") else 4
            if not word.startswith(prefix) or len(core) < shortest or next_letters and core[0] not in next_letters:
                continue
            if (prefix == "ke" or suffix == "e") and in_dictionary(word):
                continue  # "diare", "kelas": the dictionary's own words, as written
            if prefix == "nge" and len(re.findall(r"[aeiou]+", core)) == 1:
                said_before = ("menge",)  # a root of one syllable takes "menge-" ("ngecek" mengecek, "ngebom")
            out += [before + core + after for before in said_before for after in said_after]
            if prefix or suffix:
                said_e += [before + _CLOSING_E.sub(r"a\1", core) + after for before in said_before
                           for after in said_after]
    known = [form for form in dict.fromkeys(out) if form != word and is_known_word(form)]  # "dibuat" gives itself
    # the closing "e" read as "a" only where the word as typed is no verb's form: "ngepel" mengepel, not "mengepal"
    return known or [form for form in dict.fromkeys(said_e) if form != word and is_known_word(form)]


# A word doubled the chat way, with a "2" ("nabi2" nabi-nabi, "ciri2nya" ciri-cirinya, "tiba2" tiba-tiba): lower-case
# letters, three or more, so that a code ("SK2", "K2", "MQ2") stays; a word of the dictionary, alone or doubled
# ("masing2"), so that a name and its version ("python2", "oauth2", "http2") stays.
_DOUBLED = LazyPattern(r"(?<![\w-])([a-z]{3,})2(nya)?(?![\w-])")


def _doubled(m) -> str:
    word = m.group(1)
    if not (is_known_word(word) or is_known_word(f"{word}-{word}")):
        return m.group(0)
    return f"{word}-{word}{m.group(2) or ''}"


def _compound(first: str, second: str) -> bool:
    """Two words that make one noun: the course word list gives them joined as one rendering ("terima_kasih",
    "belas_kasih") or each as a rendering of one English word ("love": "cinta", "kasih")."""
    from .english_vocabulary import english_for

    first, second = first.lower(), second.lower()
    return (f"{first}_{second}" in _joined_renderings()
            or not set(english_for().get(first, ())).isdisjoint(english_for().get(second, ())))


@lru_cache(maxsize=1)
def _joined_renderings() -> frozenset[str]:
    """Every rendering of more than one word in the course word list ("terima_kasih"), looked up once."""
    from .english_vocabulary import lexicon

    return frozenset(w for words in lexicon().values() for w in words if "_" in w)


_WORD_BEFORE = LazyPattern(r"(\w+)\s+$")


def standard_words(text: str, written=None) -> str:
    """The text with chat words in their standard form, a word doubled with a "2" written out, and chat particles
    dropped ("ISPA itu apaan sih?" -> "ISPA itu apa?", "ciri2 nabi" -> "ciri-ciri nabi"); an acronym in capitals
    ("GA") stays; a text without any comes back unchanged. written: a word -> whether the documents asked of use it
    (a clipped noun they write themselves stays, _CLIPPED_NOUNS), or None."""
    text = _DOUBLED.sub(_doubled, text)
    if not _CHAT_WORD.search(text):
        return text

    def standard(m) -> str:
        word, said = m.group(1), _CHAT_WORDS[m.group(1).lower()]
        if len(word) > 1 and word.isupper():  # an acronym ("GA", "SM"), not a chat word
            return word
        if word.lower() in _TITLES and (word[0].isupper() or text[m.end():m.end() + 1] == "."):
            return word  # a title before a name ("dr. Soetomo", "Prof. Dr. Kandou"), not "dari"
        if word.lower() in _NAMES and word[0].isupper() \
                or written is not None and word.lower() in _CLIPPED_NOUNS and written(word.lower()):
            return word
        before = _WORD_BEFORE.search(text, max(0, m.start() - 80), m.start())  # the word just before: no more
        after = re.match(r"[ \t]+([^\W\d_]+)", text[m.end():])
        lower = word.lower()
        if lower in _ADJECTIVES and (not after or after.group(1).lower() in _AFTER_ADJECTIVE
                                     or after.group(1).lower() in _PLACE_AFTER_ADJECTIVE.get(lower, ())
                                     or before and re.sub(r"nya$", "", before.group(1).lower()) in _GRADING):
            adjective = _ADJECTIVES[lower]
            return adjective[:1].upper() + adjective[1:] if word[0].isupper() else adjective
        if before and _compound(before.group(1), word.split()[0]):
            return word  # "terima kasih apa", "cinta kasih apa": the noun, not "memberi apa"
        return said[:1].upper() + said[1:] if word[0].isupper() else said

    out = _CHAT_WORD.sub(standard, text)
    return re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", out)).strip()
