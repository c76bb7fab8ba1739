"""Author names as they stand in running text: groups like "Mac Iver dan Page", surnames, what is not a name."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..documents.model import (BODY_HEADS, DEGREE_FIELDS, DEGREES_RUN_TOGETHER, DOCTOR_OF, GOVERNMENT_HEADS, HONORIFICS,
                               MONTH_WORDS, SUPERSCRIPTS)
from ..indonesian import NAME_LINKS
from ..lazy_pattern import LazyPattern

_TOKEN = LazyPattern(r"[^\W\d_][\w'’\-]*\.?|\d+|\S")
_INITIAL = LazyPattern(r"^[A-Z]\.(?:[A-Z]\.?)*$")  # "A.", "A.B.", "S.W" (the last full stop left out)
# a double surname whose second part is cut to its initial: "(Lechuga-S. et al., 2014)", "Garcia-M."
_SECOND_SURNAME_CUT = LazyPattern(r"^[A-Z][a-z]{2,}-[A-Z]\.$")
# The Arabic article before a name, in lower case: "al-", "el-", or assimilated to a sun letter as Indonesian spells it
# ("az-Zuhaili", "asy-Syafi'i", "at-Tirmidzi": an-, ar-, as-, asy-, ash-, at-, ats-, ath-, ad-, adz-, az-). The one
# spelling of it: names, reference entries (references._LEADING_PARTICLE) and linking (linking._LEADING_PARTICLE).
ARABIC_ARTICLE = r"(?:al|el|a[nrstdz]|as[yh]|at[sh]|adz)"
_CAPITALIZED = LazyPattern(rf"^(?:[A-Z]|{ARABIC_ARTICLE}-[A-Z])[\w'’\-]*$")  # "al-Attas"
_ROMAN = LazyPattern(r"^[IVXLC]+$")
_CONNECTORS = frozenset({"dan", "&", "and", "And", ",", "-", "–"})
_ETAL = frozenset({"dkk", "dkk.", "dk.", "dk", "cs", "cs.", "kawan-kawan", "rekan", "rekan-rekan",
                   "colleagues"})  # "dan kawan-kawan", "and colleagues"
_PARTICLES = frozenset("van von de der den da di du la le mc mac bin binti al el ter ten".split())
_SUFFIXES = ("Jr.", "Sr.", "Jr", "Sr")  # a name's suffix: "McLeod, Jr. dan Schell" is one group of two authors
LEADING_PARTICLES = frozenset("van von de der den ter ten".split())  # may open a name: "van der Meer"
ACADEMIC = frozenset("se s.e. s.e m.si msi mm m.m. m.m s.pd m.pd phd ph.d. ph.d "
                      "ma m.a. m.a s.h. sh mh m.h. s.sos m.sos s.kom m.kom s.ag m.ag ak s.kep m.kep ns s.t m.t s.si "
                      "s.psi m.psi psikolog s.hum m.hum lc m.kes s.km skm m.ba mba s.ip m.ip s.i.p s.s m.sc msc "
                      "s.farm apt sp.a drg jr sr".split()) \
    | {t.lower() + stop for t in HONORIFICS.split("|") for stop in ("", ".")} \
    | {f"{level}.{field}".lower() for level in "SM" for field in DEGREE_FIELDS.split("|") if len(field) > 1} \
    | {d.lower() for d in DEGREES_RUN_TOGETHER.split("|")}  # the titles before a name in its place; the known degrees
# (a field of one letter, "S.E", "M.M", is known one by one above: "D.H.", "M.E." are as likely initials)
# Who translated a work, the one word every reader of lists, notes and citations knows it by: "Terj.", "Terjemahan",
# "Penerj.", "Penerjemah", "Alih bahasa", "Trans.", "Translator(s)", the stop after it written or not (a translator's
# name after it wants the stop after "Trans": "Trans Info Media" is a publisher)
TRANSLATOR_WORD = r"(?:terj(?:emahan)?|penerj(?:emah)?|alih\s+bahasa|trans(?:lators?)?)\b\.?"
# The Hijri months: before a Hijri year the month's, no author's ("Puasa Ramadhan (1445 H)"); before any other the
# surname they are as often ("Hidayat (2017) dan Ramadhan (2017)"), so no NOT_NAMES (intext._narrative)
HIJRI_MONTHS = frozenset("muharram safar rabiul jumadil rajab syaban sya'ban ramadhan ramadan ramadlan syawal "
                         "dzulqaidah dzulkaidah zulkaidah dzulhijjah zulhijah".split())
# Capitalized words that start sentences, name months (documents.model.MONTH_WORDS), laws, titles or places in a
# text, but never a cited author.
NOT_NAMES = frozenset(
    "selain menurut dalam oleh kata pendapat sedangkan namun adapun seperti sebagaimana yang bahwa hal ini itu para "
    "ahli pakar definisi pengertian tokoh buku bukunya jadi maka karena dengan pada untuk dari tahun bulan abad sejak "
    "sebelum sesudah setelah hingga sampai antara lain juga pun maupun atau serta kemudian lalu dimana di ke "
    "the and of in on a an for to by at from with see also "
    "undang-undang undang uu uud pasal ayat konvensi perjanjian deklarasi piagam traktat resolusi peraturan "
    "keputusan kurikulum permendikbud permen perpres kepmen kepmenkes inpres perda nomor no tentang "
    "perang dunia masehi sm jurnal majalah kamus skala teori metode model program protokol bab gambar tabel "
    "sumber lihat catatan konsep konsepsi pandangan gagasan pemikiran rumusan penelitian studi kajian hasil temuan "
    "riset survei laporan pancasila proklamasi dekrit supersemar reformasi orde sumpah kemerdekaan revolusi "
    "konferensi kongres muktamar sidang pemilu pilpres krisis tragedi peristiwa gerakan pertempuran perjanjian "
    "agresi keterangan lampiran catatan data dokumen grafik diagram bagan foto ilustrasi source sources figure fig "
    "table tabel kota provinsi kabupaten kecamatan kelurahan desa "
    "selama berikut ketika saat semenjak menjelang tentang terhadap melalui bagi akibat sehingga agar supaya bila "
    "apabila jika walaupun meskipun ibid ibid. ibidem idem ia dia beliau mereka kami kita penulis peneliti "
    # a sentence's opening word before a cited name or body: "Berdasarkan WHO (2018)", "Sesuai BPS (2020)"
    "berdasarkan sesuai sementara mengutip merujuk mengacu bersumber senada sejalan selanjutnya bahkan "
    # ... and an English sentence's: "However, Santoso (2019) argues", "Similarly, WHO (2018) reports"
    "however meanwhile moreover furthermore therefore thus hence similarly likewise additionally nevertheless "
    "nonetheless consequently accordingly indeed notably finally recently previously conversely instead whereas "
    "although though while because since specifically following unlike".split()
) | frozenset(MONTH_WORDS) \
    | {"idul", "idulfitri", "iduladha", "hijriah", "hijriyah"}  # "Idul Fitri (1445 H)": the feast's year
# The closed-class words of NOT_NAMES (relatives, prepositions, conjunctions, pronouns, articles): never an author in
# prose, yet some are family names too ("Yang", "Ke", "Di", "An": "Yang et al. (2020)", "(Ke et al., 2017)"). Where
# only a name can stand - right before "et al."/"dkk.", joined by "dan"/"&"/"and" to a name that takes the year, alone
# before the year in a parenthesis - such a word is the name (group_before, _is_author).
FUNCTION_WORDS = frozenset(
    "yang bahwa ini itu para dengan pada untuk dari di ke dalam oleh antara atau serta juga pun maupun "
    "bagi the of in on an for to by at from with".split()) & NOT_NAMES  # no pronoun: "Dia dan Santoso (2019)",
# "Mereka dan Sari (2019)" are Santoso's and Sari's
# Words that open a law, a treaty or a title: a capitalized run after them is its name, not an author.
_TITLE_OPENERS = frozenset(
    "undang-undang undang uu uud pasal konvensi perjanjian deklarasi piagam traktat resolusi peraturan keputusan "
    "kurikulum permendikbud permen perpres kepmen kepmenkes inpres perda protokol buku berjudul jurnal "
    "majalah kamus "
    "dekrit sumpah konferensi kongres muktamar sidang krisis tragedi peristiwa gerakan pertempuran agresi".split()
)


# The first words of Indonesian philanthropic and civil bodies named in everyday words, never a person's given name:
# "Dompet Dhuafa", "Aksi Cepat Tanggap", "Pos Keadilan Peduli Umat", "Sedekah Rombongan", "Rumah Zakat", "Rumah Yatim",
# "Lumbung Pangan", "Jaringan Gusdurian", "Sanggar Anak Alam" (with no reference list a name of dictionary words was
# cut to its last word, "Tanggap (2021)", "Pangan (2020)", as a person's is); not "Gerakan", which opens movements
# and events too ("(Gerakan Reformasi, 1998)")
CIVIL_BODY_HEADS = frozenset("dompet aksi pos sedekah rumah lumbung jaringan sanggar".split())
# ... and a bank's or a university's, before its year ("Bank Dunia (2019)", "Universitas Terbuka (2019)" in a text
# writing "dunia", "terbuka" small); their names join no two fields with "dan": "(Bank Indonesia dan Otoritas Jasa
# Keuangan, 2020)" are two bodies
NAMED_BODY_HEADS = BODY_HEADS | frozenset("bank universitas institut politeknik akademi".split()) | CIVIL_BODY_HEADS
# Words that make a name an organisation ("Internal Revenue Service", "Kamus Besar Bahasa Indonesia", "Android
# Developers"): kept whole as one author, never cut to a "surname".
ORGANISATION_WORDS = BODY_HEADS | GOVERNMENT_HEADS | frozenset(
    "kamus kemenkes kemendikbud depdiknas depkes "
    "organisasi asosiasi ikatan dewan komisi yayasan universitas institut politeknik akademi perhimpunan persatuan "
    "perserikatan bank tim "
    "world national american international association service services institute organization organisation "
    "society council committee commission department ministry bureau agency foundation university developer developers "
    "group corporation inc ltd unesco unicef who nations union secretariat fund programme forum office centre center "
    "pt tbk persero perum dinkes disdik dirjen ditjen bappeda redaksi "
    "news post times majelis kepolisian kejaksaan balai biro kantor sekretariat perusahaan partai himpunan "
    "perkumpulan koalisi board watch initiative rumah tentara palang ombudsman kamar "
    "gabungan aliansi koperasi pengurus pimpinan kesatuan".split()
) | CIVIL_BODY_HEADS
# A region after an office's name: "BPS Provinsi Jawa Barat", "Dinas Kesehatan Kota Bandung", "Dinkes Kab. Bogor"
PLACE_WORDS = frozenset("kota kabupaten kab kab. provinsi prov prov. kecamatan".split())
# The prepositions before a place's name ("di Medan", "ke Jakarta"): a person is cited, never written after these
PLACE_PREPOSITIONS = ("di", "ke")
_AT_A_PLACE = PLACE_WORDS | set(PLACE_PREPOSITIONS)  # the words right before a place's name: "di Kota Medan" too
_AT_A_PLACE_OPENING = tuple(w.capitalize() for w in PLACE_PREPOSITIONS)  # "Di Medan, Sitompul (2018)"
# A region named by its compass point ("Sumatera Barat", "Jawa Tengah", "Jakarta Pusat", "Nusa Tenggara Timur") is a
# place, not a person, after a comma or "dan" in a place's name ("di Kota Padang, Sumatera Barat, Sitompul (2018)")
COMPASS = frozenset("barat timur utara selatan tengah pusat tenggara daya".split())


# Publishers of the books Indonesian course texts cite, named where an author stands ("(Alfabeta, 2017)"): a publisher
# is never the author; a name both a person's and a publisher's ("Andi", "Kencana", "Pearson", "Wiley") is left out
PUBLISHERS = frozenset(p.strip() for p in """alfabeta|rineka cipta|remaja rosdakarya|rosdakarya|remaja rosda karya|
    kencana prenada media|kencana prenada media group|kencana prenadamedia group|prenada media|prenada media group|
    prenadamedia group|pustaka pelajar|bumi aksara|bina aksara|rajawali pers|raja grafindo persada|
    rajagrafindo persada|grafindo persada|erlangga|gramedia|gramedia pustaka utama|elex media komputindo|grasindo|
    salemba empat|salemba medika|salemba humanika|sinar grafika|refika aditama|graha ilmu|ghalia indonesia|kanisius|
    deepublish|informatika|balai pustaka|mitra wacana media|pustaka setia|ar-ruzz media|diva press|gava media|
    andi offset|penerbit andi|lukman offset|bpfe|upp stim ykpn|nuha medika|egc|penerbit buku kedokteran egc|
    ui press|ugm press|gadjah mada university press|airlangga university press|liberty|angkasa|ekonisia|
    pearson education|prentice hall|prentice-hall|mcgraw-hill|mcgraw hill|mcgraw-hill education|
    john wiley & sons|wiley-blackwell|sage publications|routledge|springer-verlag|elsevier|cengage learning|
    oxford university press|cambridge university press|harper collins|harpercollins|allyn and bacon|allyn & bacon|
    addison-wesley|houghton mifflin|jossey-bass|academic press|thomson learning|south-western""".split("|"))
# The cities books are published in, as a list names them after the publisher with no colon ("Penelitian Hukum,
# Kencana, Jakarta, 2010."): there the place, not the publisher, tells where a title ends
PUBLISHING_PLACES = frozenset(p.strip() for p in """jakarta|bandung|yogyakarta|jogjakarta|surabaya|malang|semarang|
    surakarta|solo|medan|bogor|depok|tangerang|bekasi|makassar|ujung pandang|padang|palembang|pekanbaru|denpasar|
    banda aceh|banjarmasin|pontianak|samarinda|manado|mataram|kupang|jember|purwokerto|salatiga|kudus|magelang|
    sidoarjo|klaten|sleman|bantul|ciputat|serang|jambi|bengkulu|lampung|bandar lampung|ambon|jayapura|kendari|
    palu|gorontalo|batam|cirebon|tasikmalaya|sukabumi|madiun|kediri|ponorogo|pamekasan|mojokerto|pasuruan|
    new york|london|boston|oxford|cambridge|chicago|singapore|singapura|kuala lumpur|sydney|melbourne|toronto|
    los angeles|san francisco|philadelphia|washington|thousand oaks|newbury park|beverly hills|upper saddle river|
    englewood cliffs|hoboken|belmont|berlin|amsterdam|leiden|paris|tokyo|cairo|kairo|beirut|riyadh|mumbai|
    new delhi|delhi|hong kong|manila|bangkok|harlow|edinburgh|glasgow|dordrecht|heidelberg""".split("|"))
# A word that makes a name a publisher's wherever it stands: "Rajawali Pers", "Badan Penerbit Universitas Diponegoro"
PUBLISHER_WORD = r"(?:Press|Pers|Penerbit|Publishing|Publishers?|Publications|Pustaka|Grafindo)"
# A school's name, or the part of one a thesis or an author's affiliation opens with: "Program Pascasarjana Unair",
# "Fakultas Kesehatan Masyarakat Universitas X", "Tesis Magister Manajemen Universitas X"
SCHOOL_OPENING = (r"(?:Program|Pascasarjana|Fakultas|Jurusan|Prodi|Universitas|Institut|Sekolah|Politeknik|Magister|"
                  r"University|STIE|STIKES|STAIN|IAIN|UIN)\b")
_PUBLISHER_FORM = LazyPattern(r"^Penerbit\s|^Universitas\s.*\sPress$|\s(?:University\s+Press|Offset|Publishing|"
                             r"Publishers?|Publications)$")


def is_publisher(name: str) -> bool:
    """ "Alfabeta", "PT Rineka Cipta", "Penerbit Andi", "Gadjah Mada University Press": a book's publisher."""
    name = " ".join(name.split()).strip(" .,")
    bare = re.sub(r"^(?:(?:PT|CV)\.?|Penerbit)\s+", "", name)
    return bare.lower() in PUBLISHERS or bool(_PUBLISHER_FORM.search(name))


# A web site named as author: "Kompas.com", "detik.com", "www.kompas.com", "Katadata.co.id"
WEBSITE = LazyPattern(r"(?:www\.)?[A-Za-z][\w\-]*(?:\.[a-z][\w\-]*)*?(?:\.(?:com|co|id|org|net|go|ac|or|info|news|tv|io|gov|edu))+")
# ... written as an address: "https://www.kompas.com", "https://kbbi.web.id/belajar": the site is its host
_ADDRESS = LazyPattern(r"(?:https?://|(?=www\.))(?P<host>[^\s/]+)(?:/\S*)?")


# A school by its level, as a school's own pages are cited: "SMA Negeri 1 Bandung", "SMA Santa Maria 1 Bandung", "SMK
# Bina Nusantara", "MTsN 2 Malang" (its level, maybe "Negeri"/"Swasta", its name's capitalised words, its number, its town)
SCHOOL_NAME = LazyPattern(r"(?:SD|SDN|SDIT|SMP|SMPN|SMPIT|SMA|SMAN|SMAIT|SMK|SMKN|MI|MIN|MTs|MTsN|MA|MAN|SLB)"
                          r"(?:[ \t]+(?:Negeri|Swasta))?(?:[ \t]+[A-Z][\w'’\-]*){0,4}(?:[ \t]+\d{1,3})?"
                          r"(?:[ \t]+[A-Z][\w'’\-]*){0,3}")


def is_organisation(name: str) -> bool:
    words = name.split()
    if len(words) > 1 and 2 <= len(words[0]) <= 6 and words[0].isupper() and words[1].lower() in PLACE_WORDS:
        return True  # "BPS Provinsi Jawa Barat", "BPS Kabupaten Bogor": an office of a region
    if len(words) > 2 and words[1].lower() in PLACE_WORDS and _CAPITALIZED.match(words[0]) \
            and all(w[:1].isupper() for w in words[2:]) and _short_form_unknown(words[0]):
        return True  # "Dapodik Kota Bandung", "Disdik Kabupaten Garut": a short form no dictionary knows, of a region
    if len(words) > 1 and SCHOOL_NAME.fullmatch(" ".join(words)):
        return True  # "SMA Santa Maria 1 Bandung": a school
    if len(words) > 2 and [w.lower().strip(".,") for w in words[-2:]] == ["republik", "indonesia"] \
            and all(w[:1].isupper() for w in words):
        return True  # "Arsip Nasional Republik Indonesia", "Perpustakaan Nasional Republik Indonesia": the state's body
    if _office_holder(words):
        return False
    return len(words) > 1 and any(w.lower().strip(".,") in ORGANISATION_WORDS or _body_short_form(w) for w in words)


def _short_form_unknown(word: str) -> bool:
    """A capitalised word the dictionary does not know, as a body's syllable short form is ("Dapodik", "Disdik")."""
    from ..indonesian import is_known_word

    return word.isalpha() and not is_known_word(word.lower())


# The small English words that join a body's name and never a person's: "We Are Social", "Save the Children",
# "Friends of the Earth", "Room to Read", "Doctors Without Borders" (a leading "The" is left to names_in)
_ENGLISH_BODY_LINKS = frozenset("we are our the of for to without with from".split())
# the longest run of English-body words on one line before a position: "Menurut Save the Children", "Laporan We Are Social"
ENGLISH_BODY_RUN = LazyPattern(r"(?<![\w'’\-])(?:(?:[A-Z][a-z]+|(?i:we|are|our|the|of|for|to|without|with|from))[ \t]+){1,7}"
                              r"[A-Z][a-z]+[ \t]*$")


# An English note on where a table's or a figure's content comes from, before the work it names: "Adapted from
# Parasuraman", "Modified from Davis" (intext's _CUE_PREFIX reads past it, as past "diadaptasi dari")
SOURCE_NOTE = r"(?:adapted|adopted|modified|taken|reprinted|reproduced|derived|quoted|translated)\s+from"
_SOURCE_NOTE = LazyPattern(rf"{SOURCE_NOTE}\b", re.I)


def english_body_name(head: str) -> bool:
    """A body named by an English phrase with no head word ("We Are Social", "Save the Children"): two to six words,
    each capitalised or one of the small words that join them, one of those inside the name; a person's has none, nor
    has a source note ("Adapted from Parasuraman")."""
    words = head.split()
    return 2 <= len(words) <= 6 and not _SOURCE_NOTE.match(head) \
        and any(w.lower() in _ENGLISH_BODY_LINKS for w in words[1:-1]) \
        and all(w.lower() in _ENGLISH_BODY_LINKS or re.fullmatch(r"[A-Z][a-z]+", w) for w in words) \
        and words[-1].lower() not in _ENGLISH_BODY_LINKS


# The syllable short forms of a ministry ("Kemenag", "Kemenkop", "Kemenkumham": KEMENterian + its field) and of a
# national commission ("Komnas HAM", "Komnas Perempuan": KOMisi NASional); words no dictionary knows ("kemenangan")
_BODY_SHORT_FORM = LazyPattern(r"(?:Kemen|KEMEN|Komnas|KOMNAS)[A-Za-z]*")


def _body_short_form(word: str) -> bool:
    from ..indonesian import is_known_word

    return bool(_BODY_SHORT_FORM.fullmatch(word.strip(".,"))) and not is_known_word(word.strip(".,").lower())


def _office_holder(words: list[str]) -> bool:
    """ "Dirjen Pajak Suryo Utomo": the title of an office's head, the office in dictionary words, then a name no
    dictionary knows: the person holding it, as "Menteri Keuangan Sri Mulyani" is. "Dirjen Dikti" and "Dirjen
    Pendidikan Tinggi" (the directorate, by its head's title) stay the office."""
    if len(words) < 3 or words[0].lower() != "dirjen":  # the one office title that is a body word too
        return False
    from ..indonesian import is_known_word

    known = [is_known_word(w.lower()) for w in words[1:]]
    office = known.index(False) if False in known else len(known)
    person = words[1 + office:]
    return office > 0 and bool(person) and not any(known[office:]) \
        and all(re.fullmatch(r"[A-Z][a-z][\w'’\-]*", w) for w in person)


_TITLE_LINKS = frozenset("of for the in on to with".split())  # lower-case words that join a title's capitalized words
_GROUP_REACH = 200  # characters a name group (and the word before it) may span


class Group(NamedTuple):
    start: int  # offsets of the group in the scanned text
    end: int
    text: str  # as written, whitespace collapsed: "Mac Iver dan Page"
    names: tuple[str, ...]  # one per author: ("Mac Iver", "Page")
    acronyms_only: bool  # "UUD", "WHO", "KTSP": never an author on their own in running text
    cued: bool = False  # a citing word ("menurut", "mengatakan") stands next to it
    common: bool = False  # one word that is a common word ("Selanjutnya", "Standards"): an author only if listed


@lru_cache(maxsize=4)
def lowercase_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case: a capitalized one of them is a common word, not a name."""
    text = re.sub(r"\S*(?:https?://|www\.|\.com\b|\.org\b|\.id\b)\S*", " ", text)
    return frozenset(re.findall(r"(?<![\w'’\-])[a-z][a-z'’\-]+", text))


def is_etal(word: str) -> bool:
    return word.lower().rstrip(".") in {"dkk", "dk", "et al", "at all", "et all", "cs", "kawan-kawan", "rekan", "rekan-rekan",
                                         "colleagues"}


_NOT_INITIALS = frozenset("RI DKI DIY NTT NTB PBB TV FM PT CV".split())  # regions, bodies, media
# "RS Hasan Sadikin", "SD Muhammadiyah", "UD Maju", "UN Women", "UI Press": a body's kind or name, no initials
_PLACES_AND_SCHOOLS = frozenset("RS SD TK MI MA UD PD KB UN EU UK US UI IT AI".split())


def _abbreviated(words: list[str]) -> bool:
    """A person's name ending in his other names' initials in capitals ("Syamsu Yusuf LN", "Jogiyanto HM"), not a
    region or body ("Depkes RI")."""
    last = words[-1].rstrip(".")
    return 2 <= len(last) <= 3 and last.isupper() and last not in _NOT_INITIALS \
        and all(w[:1].isupper() and not w.isupper() for w in words[:-1])


def surname(name: str) -> str:
    """ "Herbert Blumer" -> "Blumer", "Van Dijck" and "Mac Iver" whole, "Kemenkes RI" and "Irawati ointu" whole."""
    if is_organisation(name) or WEBSITE.fullmatch(name):
        return name
    if eponym_of(name):
        return eponym_of(name)  # "Black's Law Dictionary", "Bloom's Taxonomy": the person the work is named after
    if _a_works_title(name):
        return name
    words = name.split()
    while len(words) > 1 and (len(words[-1].rstrip(".")) == 1 or _INITIAL.match(words[-1]) or _abbreviated(words)):
        words = words[:-1]  # "Sri Endang Mulyani R", "Sarwono S.W", "Syamsu Yusuf LN": trailing initials, no surname
    if not words:
        return name
    if len(words) > 1 and re.fullmatch(r"[A-Z]{2}", words[0]) and words[0] not in _NOT_INITIALS | _PLACES_AND_SCHOOLS \
            and all(re.fullmatch(r"[A-Z][a-z][\w'’\-]*", w) for w in words[1:]):
        words = words[1:]  # "KJ Holsti", "SL Roy": initials in capitals without their stops
    if any(len(w) > 1 and w.isupper() and "." not in w for w in words) \
            or any(w.islower() and w not in _PARTICLES for w in words[1:]):
        return name
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() in _PARTICLES and words[i - 1].lower() not in ("bin", "binti"):
        i -= 1  # "van Dijk", "Mac Iver"; but "Al-Bahra bin Ladjamudin" is cited by his father's name, "Ladjamudin"
    return " ".join(words[i:]).rstrip(".")


# A person's name possessive opening a work's name: "Black's Law Dictionary", "Bloom's Taxonomy", "Gray's Anatomy"
# name their first author (a possessive alone, "Smith's (2010) view", is read as the person already); not a word
# inside the title ("Oxford Learner's Dictionary": read whole, as a title)
_POSSESSIVE_IN_TITLE = LazyPattern(r"^([A-Z][a-z][\w\-]*)['’]s\s+[A-Z]")


def eponym_of(name: str) -> str | None:
    """The person a work's name opens with, possessive ("Maslow's Hierarchy of Needs" -> "Maslow"), or None."""
    eponym = _POSSESSIVE_IN_TITLE.match(name)
    return eponym.group(1) if eponym else None


def _a_works_title(name: str) -> bool:
    """ "Oxford Dictionary", "Harvard Business Review": a work cited by its title, a title's word ("Dictionary",
    "Handbook") last where a surname would stand; read whole, as a body's name is."""
    words = name.split()
    return len(words) > 1 and words[-1].lower().rstrip(".") in _ENGLISH_TITLE_WORDS


def clean_authors_text(text: str) -> str:
    """An author label without stray punctuation: "Suryanto." -> "Suryanto", "Mastuti & et al" -> "Mastuti et al",
    "Muhammad Ridwan at all" -> "Muhammad Ridwan et al."; "dkk." and "et al." keep their full stop."""
    text = " ".join(text.split())
    text = re.sub(r"\s*(?:&|\bdan\b|\band\b|,)\s*(?=(?:et al|dkk)\b)", " ", ETAL.sub("et al.", text))
    text = text.strip(" ,;:")
    if text.endswith(".") and not re.search(r"(?:\b(?i:al|dkk)|\b[A-Z])\.$", text):
        text = text.rstrip(".").rstrip()
    return text.replace("et al..", "et al.")


def short_names(names: list[str]) -> str:
    """A display form for authors found by name only: "Soekanto", "Couloumbis dan Wolfe", "Hasyim dkk."."""
    surnames = [surname(n) for n in names if not is_etal(n)]
    if len(surnames) > 2:
        return f"{surnames[0]} dkk."
    return " dan ".join(surnames)


# A body's acronym with a number inside it, standing for repeated initials: "LP3ES" (Lembaga Penelitian, Pendidikan
# dan Penerangan ...), "P2TP2A", "LP2M"; not a name closing on its number ("Covid-19", "K3") nor a formula ("H2O")
_ACRONYM_WITH_A_NUMBER = LazyPattern(r"(?=.{4})[A-Z]+(?:\d[A-Z]+)+")


# an English compound joined by small linking words: a term, never a name ("Human-in-the-Loop", "State-of-the-Art",
# "End-to-End", "Peer-to-Peer"); a name's own small parts are articles and particles ("al-Attas", "Abu-al-Fadl")
_LINKED_COMPOUND = LazyPattern(r"[\w'’]+(?:-(?:in|the|of|to|on|for|and|by|at|a|or))+-[\w'’\-]+")


def _is_name_word(word: str, words: frozenset[str]) -> bool:
    if _INITIAL.match(word) or _ACRONYM_WITH_A_NUMBER.fullmatch(word):
        return True
    if not _CAPITALIZED.match(word) or any(ch.isdigit() for ch in word) or _LINKED_COMPOUND.fullmatch(word):
        return False  # "Covid-19", "IMT-2000": a name has no digits
    low = word.lower()
    return low not in NOT_NAMES and low not in words


_COORDINATORS = frozenset({"dan", "&", "and"})


def _function_word_as_name(w: str, tokens: list[re.Match], i: int, taken: list[re.Match], words: frozenset[str]) -> bool:
    """A capitalized function word (FUNCTION_WORDS: "Yang", "Ke", "Di") joined by "dan"/"&"/"and" (or by a comma, in a
    list closed by one) to a name in a name group, before it ("Yang dan Soatto (2020)": the group taken so far is "dan Soatto") or after it, right before the
    year ("Lee dan Yang (2019)"): no function word is coordinated with a name, so it is a family name."""
    if not _CAPITALIZED.match(w) or w.lower() not in FUNCTION_WORDS:
        return False
    if taken and taken[-1].group() == ",":
        # ... or an item of a list of names parted by commas and closed by "dan"/"&": "Chen, Yang, dan Lee (2019)",
        # "Menurut Yang, Chen, dan Lee (2019)" (in the middle, a name before its comma; first, a sentence or a citing
        # word before it, or any word written small: the function word is capitalized only where a sentence starts, so
        # mid-sentence its capital marks the name: "Sejalan dengan itu, Yang, Chen dan Lee", "temuan Yang, Chen dan Lee")
        before = tokens[i - 1].group() if i >= 1 else "."
        return any(t.group() in _COORDINATORS for t in taken) \
            and any(_is_name_word(t.group(), words) for t in taken[:-1]) \
            and ((before == "," and i >= 2 and (_is_name_word(tokens[i - 2].group(), words)
                                                 or tokens[i - 2].group().isalpha() and tokens[i - 2].group().islower()))
                 or before in (".", "!", "?", ":") or before.lower() in ("menurut", "oleh")
                 or (before.isalpha() and before.islower())
                 or _ends_a_sentence(before))
    if taken:
        return len(taken) >= 2 and taken[-1].group() in _COORDINATORS and _is_name_word(taken[-2].group(), words)
    return i >= 2 and tokens[i - 1].group() in _COORDINATORS and _is_name_word(tokens[i - 2].group(), words)


def group_before(scan: str, lo: int, pos: int, words: frozenset[str], after_title: bool = False) -> Group | None:
    """The name group that ends right before pos (spaces aside): "Menurut Mac Iver dan Page" -> Mac Iver, Page."""
    tokens = list(_TOKEN.finditer(scan, max(lo, pos - _GROUP_REACH), pos))
    if not tokens or scan[tokens[-1].end():pos].strip():
        return None
    taken: list[re.Match] = []
    i = len(tokens) - 1
    while i >= 0:
        tok = tokens[i]
        w = tok.group()
        nxt = taken[-1] if taken else None
        if nxt is not None and "\n" in scan[tok.end():nxt.start()] and w not in _CONNECTORS:
            break  # a line break ends a group, unless a wrapped line ends in "dan" / "&" / ","
        if w in ("al.", "al", "all") and i > 0 and tokens[i - 1].group() in ("et", "at"):
            taken += [tok, tokens[i - 1]]
            i -= 2
            continue
        before_etal = bool(taken) and (taken[-1].group() in ("et", "at") or taken[-1].group().lower() in ("dkk", "dkk."))
        if _is_name_word(w, words) or w in _CONNECTORS or w.lower() in _ETAL or w.lower() in _PARTICLES \
                or w in _SUFFIXES or (len(w) == 1 and w.isupper()) \
                or (before_etal and _CAPITALIZED.match(w) and (w.lower() not in NOT_NAMES or w.lower() in FUNCTION_WORDS)) \
                or _function_word_as_name(w, tokens, i, taken, words):
            # a capitalized word the text also writes in lower case ("Organ et al.") is a name before "et al."/"dkk.",
            # and so is a function word ("Yang et al.", "Yang dan Soatto", "Lee dan Yang")
            taken.append(tok)
            i -= 1
            continue
        break
    stop = tokens[i] if i >= 0 else None
    taken.reverse()
    comma_before = bool(taken) and taken[0].group() == ","  # "Psikologi Pendidikan, Syah": the comma ends a title
    at_a_place = stop is not None and stop.group().lower() in _AT_A_PLACE
    while taken and (taken[0].group() in _CONNECTORS or taken[0].group() in _PARTICLES
                     or taken[0].group().lower() in _ETAL or taken[0].group() in ("et", "at")):
        if taken[0].group() in LEADING_PARTICLES:
            k = next((k for k, t in enumerate(taken) if t.group() not in _PARTICLES), len(taken))
            if k <= 2 and k < len(taken) and _CAPITALIZED.match(taken[k].group()):
                break  # "van der Meer": a Dutch family name's particles lead it
        at_a_place = taken.pop(0).group().lower() in _AT_A_PLACE
    while taken and taken[-1].group() in _CONNECTORS:
        taken.pop()
    if all(t.group() in ("al.", "al", "all") for t in taken):
        return None  # "et al." with no name before it taken ("Sumber et al. (2020)"): no author, not "al"
    # opening its sentence, a place's name after it ("Di Medan, Sitompul"); "Di, Wong, dan Tan" names no place: a
    # preposition is never followed by its comma, so "Di" there is the first author's family name
    at_a_place = at_a_place or (len(taken) > 1 and taken[0].group() in _AT_A_PLACE_OPENING
                                and taken[1].group() not in _CONNECTORS)
    comma = max((k for k, t in enumerate(taken) if t.group() == ","), default=None)
    if comma is not None and taken and one_body(" ".join(scan[taken[0].start():taken[-1].end()].split())):
        comma = None  # "Menurut Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi (2018)": its fields
    if comma is not None and comma + 1 < len(taken) and not after_title \
            and (any(is_common_word(t.group()) for t in taken[:comma])
                 or (stop is not None and _opens_title(scan, tokens, i, words))):
        # "Dalam bukunya Psikologi Pendidikan, Syah (2010)", "Dalam buku Belajar dan Faktor-Faktor yang
        # Mempengaruhinya, Slameto (2010)": a book's title before the comma, its author after it
        taken, stop = taken[comma + 1:], None
    elif comma is not None and not after_title and stop is not None and not comma_before \
            and (first := _names_after_an_opening_phrase(scan, tokens, i, taken, pos)) is not None:
        # "Dalam konteks KIE, Rombach dan Mehdiyev (2026) membahas": the sentence's opening phrase ends at the comma
        taken, stop = taken[first:], None
    elif comma is not None and at_a_place and not after_title and (after := _after_a_place(scan, taken)) is not None:
        # a place before it ("Dalam penelitian di Kota Pematangsiantar, Sitompul (2018)", "Di Medan, Sitompul (2018)"),
        # likewise, its authors a list ("di Bandung, Santoso, Wijaya (2019)")
        taken, stop = taken[after:], None
    if not taken:
        return None
    if _ends_badly(taken[-1].group()):
        # "Robbins S.P. Judge T.A.": surname first, initials after, is a whole name; "Sri Endang R" is not
        whole = " ".join(scan[taken[0].start():taken[-1].end()].split())
        if not (_SURNAME_FIRST_PAIR.match(whole) or _SURNAME_INITIALS.match(whole) or _SURNAME_COMMA_INITIALS.match(whole)
                or _bare_initial(whole) or _surname_comma_given(whole) or _NAMES_THEN_INITIAL.match(whole)):
            return None
    if stop is not None and not after_title and not comma_before and _opens_title(scan, tokens, i, words) \
            and not _theory_named_after(scan, tokens, i, taken):
        return None
    if len(taken) >= 3 and acronym_of_what_was_studied(*(t.group() for t in taken[:3])):
        taken = taken[1:]
    start, end = taken[0].start(), taken[-1].end()
    text = " ".join(scan[start:end].split())
    names = split_names(text)
    if not names:
        return None
    acronyms = all(all(len(w) > 1 and w.isupper() for w in n.split()) for n in names if not is_etal(n))
    common = len(names) == 1 and " " not in names[0] and is_common_word(names[0])
    return Group(start, end, text, tuple(names), acronyms, common=common)


# Words that name a work, a view, a method or a source: a parenthesis's words before "dari"/"oleh" cite the names after
# them when they say what is cited ("(mis. model komponen galat dari Battese, 1988)", intext), and a sentence's opening
# phrase holding one names the authors after it (_names_after_an_opening_phrase); a deed's doer, a place or an origin
# is no work: "(didirikan oleh Ahmad Dahlan, 1912)", "(pendudukan oleh Jepang, 1942)", "(terutama
# dari Malaysia, 2019)", "(diakuisisi oleh Google, 2006)"
A_WORK_SAID = LazyPattern(r"(?<![\w\-])(?:teori|theory|model|konsep|konsepsi|pendekatan|approach|taksonomi|taxonomy|"
                          r"paradigma|paradigm|skala|scale|metode|method|metodologi|teknik|technique|instrumen|instrument|"
                          r"kajian|penelitian|studi|study|riset|research|survei|survey|analisis|analysis|pendapat|"
                          r"pandangan|gagasan|pemikiran|rumusan|rumus|formula|definisi|definition|pengertian|klasifikasi|"
                          r"classification|tipologi|typology|kerangka|framework|indeks|index|kuesioner|questionnaire|"
                          r"angket|algoritma|algorithm|prosedur|procedure|prinsip|principle|dimensi|indikator|"
                          r"indicators?|buku|book|artikel|article|tulisan|karya|laporan|report|terjemahan|translation|"
                          r"adaptasi|versi|version|"
                          # ... or a source's, a guideline's, or a word citing one: "(sesuai pedoman dari WHO, 2020)",
                          # "(data dari BPS, 2020)", "(diambil dari Kemenkes, 2019)"
                          r"data|sumber|source|pedoman|panduan|petunjuk|guidelines?|rekomendasi|recommendation|standar|"
                          r"standard|kriteria|criteria|ketentuan|anjuran|statistik|statistics|publikasi|publication|"
                          r"informasi|catatan|modul|menurut|berdasarkan|sesuai|mengacu|merujuk|dikutip|diambil|"
                          r"diadaptasi|disadur|bersumber)s?(?![\w\-])")


# A sentence's opening preposition: the phrase it opens ("Dalam konteks KIE,", "Pada masa Orde Baru,", "Untuk kasus
# Indonesia,") ends at its first comma, the names in it included
_OPENING_PREPOSITIONS = frozenset("dalam pada untuk di bagi dari terkait mengenai tentang selama sejak sebelum setelah "
                                  "sesudah menjelang atas melalui".split())
_YEAR_THEN_VERB = LazyPattern(r"\s*\([^()\n]{4,30}\)\s*(?!dan\b|serta\b|atau\b)[a-z]")


def _ends_a_sentence(token: str) -> bool:
    """A word in lower case with the sentence's stop on it ("baik."), as the tokens carry the sentence before; not
    "dkk." (et al.)."""
    return token[-1:] in ".!?" and token[:-1].isalpha() and token[:-1].islower() and not is_etal(token)


_DEMONSTRATIVES = frozenset("ini itu inilah itulah tersebut".split())


def _names_after_an_opening_phrase(scan: str, tokens: list[re.Match], i: int, taken: list[re.Match],
                                   pos: int) -> int | None:
    """Where the names start after a sentence's opening phrase that ends inside the name group: the sentence opens
    with a preposition, then a word in lower case, and no word of it names a work, a view or a source (A_WORK_SAID: "Dalam
    penelitian Santoso, Wijaya dan Lestari (2019)" is theirs), the last of them right before the group, and a verb in
    lower case follows the year, so the names after the comma are its subject: "Dalam konteks KIE, Rombach dan
    Mehdiyev (2026) membahas", "Pada masa Orde Baru, Santoso dan Wijaya (2019) meneliti". The index in taken of the
    first name after the phrase's comma."""
    opening = [t.group() for t in tokens[:i + 1]]
    for k in range(len(opening) - 1, -1, -1):
        if opening[k] in (".", "!", "?", ":") or _ends_a_sentence(opening[k]) \
                or "\n" in scan[tokens[k].end():(tokens[k + 1] if k + 1 < len(tokens) else taken[0]).start()]:
            opening = opening[k + 1:]
            break
    if len(opening) < 2 or opening[0].lower() not in _OPENING_PREPOSITIONS or not opening[0][:1].isupper():
        return None
    if not opening[1].islower() or not all(w.isalpha() and not A_WORK_SAID.fullmatch(w.lower()) for w in opening[1:]):
        return None  # a head noun in lower case first ("masa Orde Baru"), no work's word
    if not _YEAR_THEN_VERB.match(scan, pos):
        return None
    first = next(k for k, t in enumerate(taken) if t.group() == ",")
    if first == 1 and tokens[i].group().lower() in _DEMONSTRATIVES and not taken[0].group().isupper() \
            and not is_common_word(taken[0].group()):
        return None  # "Dalam konteks inilah Toloza, Paya, dan Barcelo (2026) memperkenalkan": a demonstrative closes
        # the phrase ("konteks ini"), so the surname after it opens the list; "Pada zaman Soekarno, Santoso, ..."
        # ends its phrase in the name its head noun takes
    return first + 1 if first + 1 < len(taken) and _CAPITALIZED.match(taken[first + 1].group()) else None


# English words that title a book, a standard or a report: capitalized in an Indonesian text, they are a title's
# words, not a person's name ("Menurut Standards for Educational and Psychological Testing (1999)").
_ENGLISH_TITLE_WORDS = frozenset(
    "standards standard handbook guidelines guideline guide manual principles introduction dictionary encyclopedia "
    "proceedings report review journal testing assessment education research methods method theory science "
    "management analysis development design systems system network technology psychology statistics policy "
    "framework program programme project survey census outlook strategy glossary yearbook bulletin".split()
)
# Indonesian affixes no name carries: "-nya"/"-kan" ("Selanjutnya", "Berdasarkan"), ke-/pe-/per-/ber- ... -an
# ("Kemudian" aside, "Pengertian", "Pendidikan"); a word with them whose root the dictionary knows is a common word.
_DERIVED = LazyPattern(r"^(?:\w+(?:nya|kan)|(?:ke|pe|per|pen|pem|peng|peny|ber|se)\w+an)$")


def _after_a_place(scan: str, taken: list[re.Match]) -> int | None:
    """Where the names start after a place's name and its first comma ("di Bandung, Santoso, Wijaya (2019)": Santoso),
    a region named by its compass point passed over ("Kota Padang, Sumatera Barat dan Wulandari"). A name between that
    may be a place too (the text writes it after "di"/"ke", or the dictionary knows it: "Kabupaten Bogor, Indonesia,
    Sitompul") leaves the names after the last comma only, and none when "dan" follows it. In a list closed by "dan",
    an authors' list's form, only the text's own usage makes a name a place ("Di Surabaya, Hidayat, Nugroho, dan
    Lestari": "hidayat" is a word too)."""
    joints = [k for k, t in enumerate(taken) if t.group() in _CONNECTORS]
    first = next(k for k in joints if taken[k].group() == ",")
    bounds = [k for k in joints if k >= first] + [len(taken)]
    segments = [(a + 1, b) for a, b in zip(bounds, bounds[1:]) if b > a + 1]
    while segments and taken[segments[0][1] - 1].group().lower() in COMPASS:
        segments.pop(0)
    if not segments:
        return None
    closed = any(t.group() in ("dan", "&", "and") for t in taken[first + 1:])
    place = written_as_a_place if closed else _may_be_a_place
    if any(place(scan, " ".join(t.group() for t in taken[a:b])) for a, b in segments[:-1]):
        last = max(k for k in joints if taken[k].group() == ",")
        return None if any(t.group() in ("dan", "&", "and") for t in taken[last + 1:]) or last + 1 == len(taken) \
            else last + 1
    return segments[0][0]


def _may_be_a_place(scan: str, name: str) -> bool:
    """A name the text writes as a place ("di Indonesia") or whose words the dictionary knows ("Indonesia", "Bogor")."""
    from ..indonesian import is_known_word

    return written_as_a_place(scan, name) or any(is_known_word(w.lower()) for w in name.split())


def written_as_a_place(text: str, name: str) -> bool:
    """The text writes the name after a place's preposition, small, somewhere: "pendidikan di Indonesia"."""
    return re.search(rf"(?<![\w\-])(?:{'|'.join(PLACE_PREPOSITIONS)})[ \t]+{re.escape(name)}(?![\w'’\-])", text) is not None


@lru_cache(maxsize=1)
def _places_known() -> frozenset[str]:
    """Names Indonesian writes as places outside the text: a capitalized run after "di"/"ke" in the shipped
    Wikipedia passages (data/background.jsonl: "di Asia Tenggara" gives "Asia" and "Asia Tenggara"), and the
    Indonesian words of the course word list written with a capital ("Suriah", "Spanyol": countries). Read once."""
    import json
    from pathlib import Path

    from ..english_vocabulary import lexicon

    out: set[str] = set()
    with open(Path(__file__).resolve().parent.parent / "data" / "background.jsonl", encoding="utf-8") as lines:
        for line in lines:
            for run in re.findall(rf"(?<![\w\-])(?:{'|'.join(PLACE_PREPOSITIONS)})[ \t]+([A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)*)",
                                  json.loads(line)["text"]):
                words = run.split()
                out.update(" ".join(words[:i]) for i in range(1, len(words) + 1))
    out.update(w.capitalize() for forms in lexicon().values() for form in forms for w in form.split("_"))
    return frozenset(out)


@lru_cache(maxsize=1)
def prose_small_words() -> frozenset[str]:
    """Words Indonesian prose writes in lower case outside the text: those of the shipped Wikipedia passages
    (data/background.jsonl: "sensus", "agama", "hakim"; not "gunawan" or "wijaya", dictionary words seen there only as
    names). Read once."""
    import json
    from pathlib import Path

    with open(Path(__file__).resolve().parent.parent / "data" / "background.jsonl", encoding="utf-8") as lines:
        return frozenset(w for line in lines for w in re.findall(r"(?<![\w\-])[a-z]+(?![\w\-])", json.loads(line)["text"]))


def a_known_place(text: str, name: str) -> bool:
    """The name is a place: the text writes it as one (written_as_a_place), or Indonesian does elsewhere
    (_places_known: "krisis keuangan Asia", "perang saudara Suriah"). A person's surname is neither ("Erikson")."""
    return bool(name) and (written_as_a_place(text, name) or name in _places_known())


def is_common_word(word: str) -> bool:
    """A capitalized word that is a common word, not a name: an English title word, or an Indonesian word built with
    affixes around a root the dictionary knows. Plain roots that are also given names ("Sari", "Dewi", "Budi")
    and names ending like words ("Hasibuan", "Setiawan": no known root) stay names."""
    low = word.lower().rstrip(".")
    if low in _ENGLISH_TITLE_WORDS:
        return True
    if not _DERIVED.match(low):
        return False
    from ..indonesian import is_known_word, stemmer

    return is_known_word(low) and stemmer().stem(low) != low


def _bare_initial(whole: str) -> bool:
    m = _SURNAME_BARE_INITIAL.match(whole)
    if not m:
        return False
    from ..indonesian import is_known_word

    return not is_known_word(m.group(1).lower())


# "Robbins Stephen P.", "Eko Susilo M.": two names and an initial with its stop; which is the surname, the list tells
# (intext._surname_as_listed), else the last name ("Sri Endang R", no stop, stays no name)
_NAMES_THEN_INITIAL = LazyPattern(r"^[A-Z][a-z][\w'’\-]+\s+[A-Z][a-z][\w'’\-]+\s+[A-Z]\.$")


def _surname_comma_given(whole: str) -> bool:
    """ "Robbins, Stephen P.": a family name, a comma, the given names ending in an initial."""
    family, comma, given = whole.partition(",")
    return bool(comma) and bool(_CAPITALIZED.match(family.strip())) and " " not in family.strip() \
        and bool(_GIVEN_WITH_INITIALS.match(given.strip()))


def _ends_badly(last: str) -> bool:
    """A group ends in a surname or "dkk"/"et al.": not in a connector, an initial or a Roman numeral."""
    if last.lower() in _ETAL or last in ("al.", "al", "all"):
        return False
    return bool(_INITIAL.match(last) or _ROMAN.match(last) or len(last) == 1 or not _CAPITALIZED.match(last.rstrip(".")))


# English phrases that introduce an author with "to": "According to Santoso (2019)", "Contrary to ..."
CITING_BEFORE_TO = frozenset("according contrary similar similarly compared referring thanks due prior".split())


def _opens_title(scan: str, tokens: list[re.Match], i: int, words: frozenset[str]) -> bool:
    """The word before the group opens a law or a title, or is a capitalized common word inside a sentence
    ("Administrasi Perkantoran Modern (2000)")."""
    w = tokens[i].group()
    if i + 1 < len(tokens) and "\n" in scan[tokens[i].end():tokens[i + 1].start()]:
        return False  # the word ends the line before: a heading, not part of the name
    if w in _TITLE_LINKS and i > 0 and _CAPITALIZED.match(tokens[i - 1].group()) \
            and tokens[i - 1].group().lower() not in CITING_BEFORE_TO:
        return True  # "Standards for Educational and Psychological Testing (1999)": a title's words around "for"
    if w.lower() in _TITLE_OPENERS:
        return True
    if not _CAPITALIZED.match(w) or w.lower() in NOT_NAMES or tokens[i + 1].group() == ",":
        return False
    if i == 0 or "\n" in scan[tokens[i - 1].end():tokens[i].start()]:
        return False
    if _office_before(tokens, i):
        return False  # "Menteri Keuangan Sri Mulyani (2020)": the office its holder is named after, no title
    return tokens[i - 1].group() not in (".", "!", "?", ":", "”", '"', "#", ">", "|")


# The kinds of idea a text names after its author, capitalised with the idea's words between ("Teori Hierarki
# Kebutuhan Maslow (1943)", "Model Kesuksesan Sistem Informasi DeLone dan McLean (2003)"); intext's _CONCEPT_HEADS
# (an English concept's name before its work's year) holds them too, with the English heads of its own
THEORY_KINDS = frozenset("teori theory model konsep pendekatan taksonomi paradigma piramida".split())
# ... and the kinds of method, whose presenter is its author (intext._presented_method: "Metode ini diusulkan oleh
# Nobuyuki Otsu pada tahun 1979"); no report, book or proposal, which are handed in, not presented as one's own method
METHOD_KINDS = THEORY_KINDS | frozenset("metode method algoritma algorithm teknik technique arsitektur architecture "
                                        "rumus formula indeks index skala scale kerangka framework".split())


def _theory_named_after(scan: str, tokens: list[re.Match], i: int, taken: list[re.Match]) -> bool:
    """The capitalised words before a name group open with a theory's or a model's kind, on the group's line, and the
    group's names are no word of either dictionary nor acronyms: a theory named after its author, not a title ending
    in a word ("Model Pembelajaran Kooperatif Tipe Jigsaw (2010)", "Model ADDIE (2009)" stay titles)."""
    k = i
    while k > 0 and i - k < 6 and _CAPITALIZED.match(tokens[k - 1].group()) \
            and "\n" not in scan[tokens[k - 1].end():tokens[k].start()]:
        k -= 1
    if tokens[k].group().lower() not in THEORY_KINDS or "\n" in scan[tokens[k].start():tokens[i].end()]:
        return False
    names = [t.group() for t in taken if _CAPITALIZED.match(t.group())]
    return bool(names) and no_dictionary_name(names)


def no_dictionary_name(names) -> bool:
    """None of the names is an acronym or a word of either dictionary: a person's name, where "Model ADDIE", "Teori
    Belajar" or "Konsep Kaizen" name an idea (_theory_named_after; intext's pronoun taken up after its claim)."""
    from ..english_vocabulary import is_english_word
    from ..indonesian import is_known_word

    return not any(n.isupper() or is_known_word(n.lower()) or is_english_word(n) for n in names)


# The title of an office's head, before the office and the holder's name: "Menteri Keuangan Sri Mulyani", "Dirjen
# Pajak Suryo Utomo". ("Kepala Dinas Kesehatan Budi Santoso (2019)" still reads one body, 'Dinas Kesehatan Budi
# Santoso': only "Dirjen" and "Menteri" name their holder apart, see _office_holder.)
_OFFICE_TITLES = frozenset("menteri dirjen direktur kepala ketua gubernur presiden rektor bupati walikota dekan "
                           "sekretaris camat lurah".split())
# The words a person is addressed by before a name: an informant's ("Bapak Ahmad", "Ibu Sari"), no author's
_FORMS_OF_ADDRESS = frozenset("bapak ibu pak bu bpk sdr sdri saudara saudari tuan nyonya".split())


def opens_with_office(group_text: str) -> bool:
    """A name group opening with an office's title or a form of address ("Kepala Puskesmas Sukajadi", "Direktur PT
    Maju", "Camat Sukajadi", "Bapak Ahmad"): an office holder or an informant speaking, never a work's author."""
    first = group_text.split()[0].strip(".,").lower() if group_text.split() else ""
    return first in _OFFICE_TITLES or first in _FORMS_OF_ADDRESS


def _office_before(tokens: list[re.Match], i: int) -> bool:
    """The capitalized words up to token i open with an office's title (four words at most)."""
    for k in range(i, max(-1, i - 4), -1):
        w = tokens[k].group()
        if not _CAPITALIZED.match(w):
            return False
        if w.lower() in _OFFICE_TITLES:
            return True
    return False


# "et al.", "et al", "et.,al", "et., al", "at all", "et all": one "and others", however it is spelled
ETAL = LazyPattern(r"\b(?:et|at)\s*[.,]*\s*(?:all|al)\b\.?")
_SURNAME_FIRST_PAIR = LazyPattern(r"^([A-Z][a-z][\w'’\-]*(?:\s+[A-Z]\.(?:[A-Z]\.?)*)+)\s+"
                                 r"([A-Z][a-z][\w'’\-]*(?:\s+[A-Z]\.?(?:[A-Z]\.?)*)+)$")
_SURNAME_INITIALS = LazyPattern(r"^[A-Z][a-z][\w'’\-]*(?:\s+[A-Z]\.(?:[A-Z]\.?)*)+$")  # "Robbins S.P."
# "Kotler, P. & Keller, K. L.", "Santoso, B., Wijaya, D., dan Sari, R.": APA's surname-comma-initials, one or more
_SURNAME_COMMA_INITIALS = LazyPattern(r"^[A-Z][a-z][\w'’\-]*\s*,(?:\s*[A-Z]\.)+(?:\s*(?:,\s*)?(?:&|dan|and|,)\s*"
                                     r"[A-Z][a-z][\w'’\-]*\s*,(?:\s*[A-Z]\.)+)*$")
# "Notoatmodjo S", "Nasution S": a surname and a bare initial (Vancouver, as Indonesian health texts write it); only a
# surname no dictionary knows, so "Vitamin D (2018)" and "Hepatitis B (2019)" stay things
_SURNAME_BARE_INITIAL = LazyPattern(r"^([A-Z][a-z][\w'’\-]{2,})\s+[A-Z]$")
_INITIALS_ONLY = LazyPattern(r"^(?:[A-Z]\.\s*)+$|^(?:[A-Z]\.)+[A-Z]$")  # "P.A", as "Potter, P.A & Perry, A.G" writes it
# Given names with an initial, after a family name and its comma: "Sondang P.", "Malayu S.P.", "A.A. Anwar Prabu"
_GIVEN_WITH_INITIALS = LazyPattern(r"^(?=.*\b[A-Z]\.)(?:(?:[A-Z]\.\s*)+|[A-Z][a-z]+\s+)*(?:[A-Z][a-z]+)(?:\s+(?:[A-Z]\.\s*)+)?$")
_GIVEN_WITH_STOP = LazyPattern(r"^[A-Z][a-z]{2,}\.$")


# The small words inside a body's name: NAME_LINKS, and "kepada"/"bagi" of Indonesian bodies' names ("Lembaga Penelitian
# dan Pengabdian kepada Masyarakat"), kept from NAME_LINKS, which retrieval's spell-outs share
BODY_LINKS = NAME_LINKS | frozenset({"kepada", "bagi"})


# An organisation whose name joins two fields with "dan"/"and": its first word names an organisation; several fields
# parted by commas too ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", "Kementerian Desa, Pembangunan
# Daerah Tertinggal, dan Transmigrasi"), so long as no field opens with a body's word (one_body)
_ORGANISATION_WITH_AND = LazyPattern(
    rf"^(?:{'|'.join(sorted(w.capitalize() for w in BODY_HEADS))})"
    r"(?:\s+(?:(?:kepada|untuk|bagi)\s+)?[A-Z][\w\-]*)+(?:,\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)*,?\s+(?:dan|and|&)\s+"
    r"[A-Z][\w\-]*(?:\s+(?:(?:kepada|untuk|bagi)\s+)?[A-Z][\w\-]*)*"
    r"(?:/[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?$"  # "... dan Tata Ruang/Badan Pertanahan Nasional": its other name
    # ... a body's kind, "of"/"for"/"on" and its field: "Organisation for Economic Co-operation and Development",
    # "Department of Health and Human Services", after words of its own: "World Commission on Environment and ..."
    r"|^(?:[A-Z][\w\-]*\s+)*(?:Organi[sz]ation|Ministry|Department|Institute|Council|Commission|Committee|Office|"
    r"Agency|Bureau|Centre|Center)"
    r"\s+(?:of|for|on)(?:\s+(?:the\s+)?[A-Z][\w\-]*)+\s+(?:and|&)(?:\s+[A-Z][\w\-]*)+$"
    # ... or its fields and then its kind: "Food and Agriculture Organization", "Arts and Humanities Research Council",
    # whose body it may name after "of the": "Food and Agriculture Organization of the United Nations"
    r"|^[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+(?:and|&)(?:\s+[A-Z][\w\-]*)*\s+(?:Organi[sz]ation|Association|"
    r"Foundation|Institute|Council|Commission|Agency|Fund|Programme|Society|Administration|Authority)"
    r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w\-]*)+)?$")


def one_body(text: str) -> bool:
    """One organisation whose name joins its fields with "dan" or commas (_ORGANISATION_WITH_AND), no field opening
    with a body's word: "Kementerian Keuangan, Bank Indonesia, dan Otoritas Jasa Keuangan" (or "Kementerian Keuangan
    dan Bank Indonesia") are several bodies."""
    if not _ORGANISATION_WITH_AND.match(text):
        return False
    parts = re.split(r"\s*(?:,|\b(?:dan|and)\b|&)\s*", text)[1:]
    return not any(p.split()[0].lower() in NAMED_BODY_HEADS for p in parts if p.split())


def split_names(text: str) -> list[str]:
    """ "Mac Iver dan Page" -> ["Mac Iver", "Page"]; "X, SE" -> ["X"]; "Reys - dkk" -> ["Reys", "dkk"]."""
    text = ETAL.sub(" dkk ", text)
    if one_body(text):
        return [text]  # "Kementerian Pendidikan dan Kebudayaan": one organisation, not two authors
    # ... "dan"/"and" glued to the next name ("Price danWilson") parts them too
    separator = r"\s*(?:,|&|\band\b|\bAnd\b|\bdan\b|(?<!\S)(?:dan|and)(?=[A-Z][a-z])|\s[-–]\s)\s*"
    parts = re.split(separator, text)
    names = []
    commas = [bool(re.match(r"\s*,", sep)) for sep in re.findall(separator, text)]
    for k, part in enumerate(parts):
        part = part.strip()
        if k and commas[k - 1] and names and " " not in names[-1] and _GIVEN_WITH_INITIALS.match(part) \
                and parts[k - 1].strip() == names[-1] and (_INITIAL.match(part.split()[-1]) or k == len(parts) - 1):
            # ... ending in an initial, or last: "Santoso, B. Wijaya, dan C. Rahman" stays three authors
            continue  # "(Siagian, Sondang P., 2010)", "Mangkunegara, A.A. Anwar Prabu": the given names of the name before
        if part.endswith(("'s", "’s")):
            part = part[:-2]  # "Santoso’s (2019) model": the author, not his possessive
        if part.endswith(_SUFFIXES):
            part = re.sub(r"\s+(?:Jr|Sr)\.?$", "", part)  # "McLeod Jr."
        if not part or part.lower() in ACADEMIC or part.lower().rstrip(".") in ACADEMIC:
            continue  # "(Sari, M.Pd., 2019)": a degree, not an author
        if names and (_INITIALS_ONLY.match(part) or re.fullmatch(r"[A-Z]", part)):
            continue  # "Eko Susilo, M.", "Djokopranoto, R": the initials of the name before, not an author
        if not names and _INITIAL.match(part) and len(parts) > 1 and _CAPITALIZED.match(parts[1].strip()) \
                and not _INITIAL.match(parts[1].strip()):
            continue  # "A.S, Rosa dan M. Shalahuddin": the initials of the name after, written first
        if len(names) == 1 and " " not in names[0] and _GIVEN_WITH_STOP.match(part):
            continue  # "(Ruhimat, Toto. Dkk. 2011)": a given name after the surname, closed by a full stop
        pair = _SURNAME_FIRST_PAIR.match(part)
        if pair:  # "Robbins S.P. Judge T.A.": two people written surname first, nothing between them
            names += [pair.group(1), pair.group(2)]
            continue
        for etal in ("dkk.", "dkk", "dk."):
            if part.lower().endswith(" " + etal):  # "Sudjana Nana Dkk."
                head = part[: -len(etal) - 1].strip()
                given = len(names) == 1 and " " not in names[0] and _GIVEN_WITH_STOP.match(head)
                names += ["dkk"] if given else [head, "dkk"]  # "Ruhimat, Toto. Dkk.": Toto is Ruhimat's given name
                break
        else:
            names.append(part)
    return [n for n in names if n]


# A degree not in ACADEMIC, by its shape: "S.Pd.I.", "M.Pd.I", "S.Th.I.", "M.E.Sy." (two or more capitalized pieces
# with stops, one of them with a small letter, so initials "N.S." are not one)
_DEGREE_SHAPE = LazyPattern(r"(?=\S*[a-z])(?:[A-Z][a-z]{0,3}\.\s?){2,4}[A-Z]?[a-z]{0,3}\.?")
# before a name, never part of it, and the pilgrim's "Hj.", "KH." ("(Hj. Siti Aminah, 2019)"); no "H.", which in a
# citation's head is as likely an initial ("(H. Tilaar, 1999)"; "H. Mulyasa" is read by its surname either way)
_ACADEMIC_TITLE = LazyPattern(rf"^(?:(?:{DOCTOR_OF}|{HONORIFICS}|Hj|KH|K\.\s?H)\.\s*)+(?=[A-Z])")


def site_of(head: str) -> str:
    """ "https://kbbi.web.id/belajar" -> "kbbi.web.id"; anything else as it is."""
    address = _ADDRESS.fullmatch(head)
    return address.group("host") if address else head


def acronym_of_what_was_studied(acronym: str, name: str, after: str) -> bool:
    """ "CCTV Philpot dkk.", "GPS Siregar et al.": an acronym right before the surname of a group of authors names
    what they studied (a group of authors has a surname first; no body has co-authors); "WHO Indonesia", "IBM
    Research dkk." (a common word after the acronym) stay a body's name."""
    return len(acronym) > 1 and acronym.isalpha() and acronym.isupper() and bool(_CAPITALIZED.match(name)) \
        and not name.isupper() and not is_common_word(name) and (after.lower() in _ETAL or after in ("et", "at"))


def names_in(head: str, words: frozenset[str], strict: bool = True) -> list[str] | None:
    """The authors in a parenthetical citation's head ("Viotti dan Kauppi", "Wiroso, SE", "Irawati ointu"),
    or None when a part is not a name ("tahun", "Agustus", a Roman numeral, a number)."""
    head = _ACADEMIC_TITLE.sub("", " ".join(head.split()))  # "(Dr. Andrew N Harrington, 2009)"
    head = site_of(head)
    if WEBSITE.fullmatch(head):
        return [head]  # "(Kompas.com, 2022)", "(detik.com, 2022)": a news site as its articles' author
    if head.startswith("The "):
        head = re.sub(r"^The\s+(?=[A-Z]\w*\s+[A-Z])", "", head)  # "(The Jakarta Post, 2022)"
    if "," in head:  # "(Sari, S.Pd., M.Pd., 2019)": degrees after the name
        parts = head.split(",")
        head = ",".join([parts[0]] + [p for p in parts[1:] if p.strip().lower().rstrip(".") not in ACADEMIC
                                      and not _DEGREE_SHAPE.fullmatch(p.strip())])
    # "(Nurhayati S.Pd., 2013)", "(Sari M.Pd, 2019)": a degree after the name with no comma before it
    words_of = head.split()
    while len(words_of) > 1 and re.search(r"[a-z]", words_of[-1]) \
            and (words_of[-1].lower().rstrip(".") in ACADEMIC or _DEGREE_SHAPE.fullmatch(words_of[-1])):
        words_of.pop()
    head = " ".join(words_of)
    names = split_names(re.sub(r"\b([A-Z]\.)(?=[A-Z][a-z])", r"\1 ", head))  # "R.Djokopranoto"
    names = names[:title_start(names, words)]
    if not names or len([n for n in names if not is_etal(n)]) > 8:
        return None
    for i, name in enumerate(names):
        if is_etal(name):
            if i == 0:
                return None
            continue
        if not _is_author(name, words, strict):
            return None
    return names


# The mark after a name on an article's line of authors, pointing at an affiliation or a note: "Ika Nurjanah 1)",
# "Budi Santoso*", "Dewi Purwanti¹", each before the next name's separator or the line's end
_AFFILIATION_MARK = LazyPattern(rf"(?<=[\w.])\s*(?:\d{{1,2}}\)|[*†‡{SUPERSCRIPTS}]+)(?=\s*(?:,|&|\b(?:dan|and)\b|$))")


def is_line_of_names(line: str, words: frozenset[str], under: str = "") -> bool:
    """An article's line of authors: two names or more ("Rina Kartikasari, Dimas Prasetyo"), or names marked with
    their affiliation's number ("Ika Nurjanah 1) , Franckie R.R. Maramis 1)"), every part a person's name (names_in:
    no part a word the text writes in small letters, as "Kelebihan dan Kekurangan MySQL" has). Unmarked and every
    word the dictionary's, only when each name has a given and a family name ("Bunga Lestari, Intan Permata") and
    the line under it is their affiliation: one common word a part ("Visi dan Misi", "Alat dan Bahan") or two over
    anything else ("Modal Kerja dan Arus Kas" over its list) is a title the text happens never to write small."""
    from ..indonesian import is_known_word

    bare, marks = _AFFILIATION_MARK.subn("", line.strip())
    names = names_in(bare, words)
    if names is None or marks:
        return names is not None
    common = all(is_known_word(w.lower()) for w in re.findall(r"[^\W\d_]+", bare) if w.lower() not in NAME_LINKS)
    return len(names) >= 2 and (not common or all(len(n.split()) >= 2 for n in names if not is_etal(n))
                                and _AFFILIATION.match(under) is not None)


# An author's affiliation: a school's name after its mark ("1) Fakultas Kesehatan Masyarakat ...") or an e-mail
_AFFILIATION = LazyPattern(rf"^\W*(?:\d{{1,2}}\W*)?(?:{SCHOOL_OPENING}|\S+@\S+)")


def title_start(names: list[str], words: frozenset[str]) -> int:
    """Where a title starts among the parts of a parenthesis, after its authors: "(Android Developers, Mengenal
    Android Studio, 2019)", "(Firebase, Firebase Realtime Database, 2019)". A title part has several words and one of
    them is a common word of the text or a word of an earlier part (a name does not repeat its author's words)."""
    for i in range(1, len(names)):
        if names[i].lstrip()[:1] in "“\"‘":
            return i  # a quoted title: "(Santoso, “Judul Artikel”, 2019)"
        parts = names[i].split()
        if len(parts) < 2 or is_etal(names[i]):
            continue
        earlier = {w.lower() for n in names[:i] for w in n.split()}
        if any(p.lower() in words or p.lower() in earlier or p.lower() in NOT_NAMES for p in parts):
            return i
    return len(names)


def _body_name_words(name: str) -> int:
    """The words of a body's name but its linking words, the region it serves ("Kantor Wilayah Kementerian Agama
    Provinsi Jawa Tengah": four) and, of two names joined by a slash, the longer ("Kementerian Agraria dan Tata
    Ruang/Badan Pertanahan Nasional": four)."""
    counts = []
    for side in name.split("/"):
        words = [w.rstrip(",") for w in side.split()]
        region = next((k for k, w in enumerate(words) if k > 1 and w.lower() in PLACE_WORDS), len(words))
        counts.append(len([w for w in words[:region] if w not in NAME_LINKS]))
    return max(counts)


DOCTORS = ("dr.", "drg.")  # a doctor's title written small in the name of a hospital: "RSUD dr. Soetomo"


def _is_author(name: str, words: frozenset[str], strict: bool) -> bool:
    parts = name.split()
    if len(parts) > 1 and SCHOOL_NAME.fullmatch(" ".join(parts)):
        return True  # "SMA Santa Maria 1 Bandung": a school, its number and its town
    # "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi": its fields; "Kementerian PPN/Bappenas": its two names
    fields = [f for p in parts for f in p.rstrip(",").split("/") if f]
    if is_organisation(name) and len([p for p in fields if p not in BODY_LINKS]) > 1 and _body_name_words(name) <= 6 \
            and all(_CAPITALIZED.match(p.rstrip(".")) or _INITIAL.match(p) or p in BODY_LINKS or p in DOCTORS
                    for p in fields):
        return True  # "Kamus Besar Bahasa Indonesia", "American Nurses Association", "U.S. Department of Education"
    if not 0 < len(parts) <= 5 or any(p.lower().rstrip(".") in NOT_NAMES and not _INITIAL.match(p)
                                      and not (i and re.fullmatch(r"[A-Z]", p))
                                      and not (not strict and len(parts) == 1 and p.lower() in FUNCTION_WORDS
                                               and _CAPITALIZED.match(p))
                                      for i, p in enumerate(parts)):
        # a bare capital after a name is its initial ("Rahman A"), not the word "a"; a function word alone where a
        # parenthesis names its authors is a family name ("(Yang, 2020)", "(Li & Yang, 2019)", "(Ke et al., 2017)")
        return False
    # "van der Meer": its first capital; "bin Abdullah", a Malay name cited by its patronymic, too
    lead = next((p for p in parts if p not in LEADING_PARTICLES and p not in ("bin", "binti")), "")
    if not _CAPITALIZED.match(lead) and not _INITIAL.match(lead) and not _SECOND_SURNAME_CUT.match(lead):
        return False
    last = parts[-1]
    if _ROMAN.match(last) and len(parts) == 1 \
            or any(ch.isdigit() for ch in name) and not all(map(_ACRONYM_WITH_A_NUMBER.fullmatch, parts)):
        return False
    for p in parts[1:]:
        if _CAPITALIZED.match(p) or _INITIAL.match(p) or p.lower() in _PARTICLES:
            continue
        if strict or len(parts) > 3 or not p.isalpha():
            return False
    return not (strict and any(p.lower() in words for p in parts if _CAPITALIZED.match(p)))
