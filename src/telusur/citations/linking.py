"""Linking in-text citations to reference-list entries: surname and year, one misspelt letter tolerated,
a year that disagrees reported rather than hidden."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..acronyms import initials
from ..indonesian import one_edit
from .names import ARABIC_ARTICLE
from .references import Reference


@lru_cache(maxsize=8192)
def fold_name(name: str) -> str:
    """ "Zohouri" -> "zohouri", "Al-Qora’n" -> "alqoran": lower case, accents and punctuation dropped."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_name.lower() if ch.isalpha())


def same_surname(a: str, b: str) -> bool:
    """Equal, or one letter added, dropped, changed or swapped with its neighbour in names of five letters or more
    (Crocket/Crockett, Keiso/Kieso)."""
    x, y = fold_name(a), fold_name(b)
    if not x or not y:
        return False
    if x == y:
        return True
    if min(len(x), len(y)) < 5 or abs(len(x) - len(y)) > 1:
        return False
    return one_edit(x, y)


_LEADING_PARTICLE = re.compile(rf"^(?:(?:al|el|van|von|de|der|den|ter|ten)[\s\-]+|{ARABIC_ARTICLE}-)+", re.I)


def author_matches(cited: str, first: str) -> bool:
    """A cited first author against an entry's: same surname, a group's first word ("(Wikipedia, 2025)" for
    "Wikipedia contributors. (2025)"), or an acronym of the group's name ("ANA" for "American Nurses Association"),
    either way round ("World Health Organization" for "WHO")."""
    if same_surname(cited, first):
        return True
    if COUNTRY_AFTER.search(cited) or COUNTRY_AFTER.search(first):  # "Kementerian Kesehatan" for "... RI"
        bare_cited, bare_first = COUNTRY_AFTER.sub("", cited), COUNTRY_AFTER.sub("", first)
        if fold_name(bare_cited) == fold_name(bare_first):
            return True
    bare_cited, bare_first = _LEADING_PARTICLE.sub("", cited), _LEADING_PARTICLE.sub("", first)
    if (bare_cited != cited or bare_first != first) and bare_cited and same_surname(bare_cited, bare_first):
        return True  # "Al Fatta" for "Fatta, Hanif Al", "van Dijk" for "Dijk, T. A. van"
    if _COMPANY_WORD.search(cited) or _COMPANY_WORD.search(first):
        bare_cited, bare_first = _COMPANY_FORM.sub("", cited).strip(), _COMPANY_FORM.sub("", first).strip()
        if bare_cited and fold_name(bare_cited) == fold_name(bare_first):
            return True  # "PT. Telkom Indonesia" for "PT Telkom Indonesia Tbk." or "Telkom Indonesia"
    cited_words, first_words = cited.split(), first.split()
    shared = 0  # the place both end in: "Pemkot Surabaya" for "Pemerintah Kota Surabaya"
    while shared < min(len(cited_words), len(first_words)) - 1 \
            and fold_name(cited_words[-1 - shared]) == fold_name(first_words[-1 - shared]):
        shared += 1
    if shared and _syllable_acronym(" ".join(cited_words[:-shared]), " ".join(first_words[:-shared])):
        return True
    regions = _office_and_region(cited), _office_and_region(first)
    if regions[0] and regions[1]:  # "BPS Provinsi Jawa Barat" for "Badan Pusat Statistik Provinsi Jawa Barat"
        return regions[0][1] == regions[1][1] and author_matches(regions[0][0], regions[1][0])
    return _acronym_of(cited, first) or (" " in cited and _acronym_of(first, cited))


# A body's country after its name, which the text or the list leaves out: "Kementerian Kesehatan RI", "Depkes R.I.",
# "Departemen Pendidikan Nasional Republik Indonesia", and after its short form: "Kemenkes RI", "BPS RI". The one
# spelling of it: author_matches, _syllable_acronym and intext's short forms (_short_and_words) take it from here.
COUNTRY_AFTER = re.compile(r"\s+(?:RI|R\.I\.?|Republik Indonesia)\.?$")
_COMPANY_WORD = re.compile(r"\b(?:PT|CV|Tbk|Persero)\b")
_COMPANY_FORM = re.compile(r"^(?:PT|CV)\.?\s+|,?\s+(?:Tbk|\(Persero\)|Persero)\.?$")
_REGION = re.compile(r"^(?P<office>.+?)\s+(?P<kind>Kota|Kabupaten|Kab\.?|Provinsi|Prov\.?|Kecamatan)\s+(?P<place>.+)$", re.I)
_REGION_KINDS = {"kab": "kabupaten", "prov": "provinsi"}


def _office_and_region(name: str) -> tuple[str, str] | None:
    """ "Dinkes Kab. Bogor" -> ("Dinkes", "kabupaten bogor"): an office and the region it serves, spelt one way."""
    m = _REGION.match(name)
    if m is None:
        return None
    kind = m.group("kind").lower().rstrip(".")
    return m.group("office"), f"{_REGION_KINDS.get(kind, kind)} {fold_name(m.group('place'))}"


def _acronym_of(cited: str, first: str) -> bool:
    """ "ANA" / "Depdiknas" for an organisation's whole name."""
    if " " not in first:
        return False
    if fold_name(first.split()[0]) == fold_name(cited) and len(fold_name(cited)) >= 3:
        return True
    if _natural_order(first) and same_surname(cited, first.split()[-1]):
        return True  # "Suharsimi Arikunto. 2010.", "R. S. Pressman": a person written given name first
    if len(cited) >= 2 and cited.isupper() and cited == initials([w for w in first.split() if w[:1].isupper()]):
        return True
    return _syllable_acronym(cited, first)


_SKIPPED = frozenset("dan and of for the untuk republik indonesia ri".split())


@lru_cache(maxsize=4096)
def _syllable_acronym(cited: str, name: str) -> bool:
    """ "Depdiknas" for "Departemen Pendidikan Nasional", "Kemendikbud" for "Kementerian Pendidikan dan Kebudayaan":
    an Indonesian acronym of syllables, a piece of each word of an organisation's name in order (the first piece
    opening the first word), "dan" and "Republik Indonesia" left out."""
    from .names import is_organisation

    import re

    cited = COUNTRY_AFTER.sub("", cited)  # "Kemenkes RI"
    acronym = fold_name(cited)
    words = [fold_name(w) for w in name.split() if fold_name(w) and fold_name(w) not in _SKIPPED]
    # ... or a short form of words and initials, whatever its name's words: "GP Ansor" for "Gerakan Pemuda Ansor",
    # "Komnas HAM", "Muslimat NU" for "Muslimat Nahdlatul Ulama"
    short_form = " " in cited and re.search(r"(?<!\S)[A-Z]{2,}(?!\S)", cited) is not None
    if len(acronym) < 4 or len(words) < 2 or not (is_organisation(name) or short_form) \
            or " " in cited and not (is_organisation(cited) or short_form):
        return False  # "Dirjen Dikti", an office's short form of two words, is one ("Direktorat Jenderal Pendidikan Tinggi")

    def fits(a: str, i: int, first: bool) -> bool:
        if i == len(words):
            return not a
        word = words[i]
        starts = [0] if first else range(len(word))
        for s in starts:
            for n in range(min(len(a), len(word) - s), 0, -1):
                if word[s:s + n] == a[:n] and fits(a[n:], i + 1, False):
                    return True
        return False

    return fits(acronym, 0, True)


def _name_words(entry: Reference) -> list[str]:
    """Every word of an entry's names ("Horison, Horngren" -> Horison, Horngren), initials aside."""
    import re

    return [w for n in entry.names for w in re.split(r"[\s,.]+", n) if len(w) >= 3]


def _natural_order(name: str) -> bool:
    """A person's name written given name(s) first, no comma: two to four capitalized words or initials, no
    organisation word ("Suharsimi Arikunto", "R. S. Pressman", "Prof. Dr. Sugiyono", "Muhammad bin Abdul Wahhab")."""
    from .names import is_organisation

    words = name.split()  # "Muhammad bin Abdul Wahhab": "bin"/"binti" (son or daughter of) between the names
    return (2 <= len(words) <= 4 and "," not in name and not is_organisation(name)
            and all(w[:1].isupper() or w in ("bin", "binti") for w in words) and len(words[-1].rstrip(".")) >= 3
            and not words[-1].isupper())


def _author_matches(cited: str, entry: Reference) -> bool:
    if not entry.authors:
        return False
    return author_matches(cited, entry.authors[0]) or (bool(entry.names) and _given_name(cited, entry.names[0]))


def _given_name(cited: str, name: str) -> bool:
    """A person cited by the one name he goes by, which the list writes as a given name ("Jogiyanto (2005)" for
    "Hartono, Jogiyanto. 2005."): a word of five letters or more after the comma."""
    family, comma, given = name.partition(",")
    return bool(comma) and " " not in cited.strip() and any(
        len(w) >= 5 and fold_name(w) == fold_name(cited) for w in given.replace(".", " ").split())


def _all_authors_match(authors: tuple[str, ...], etal: bool, entry: Reference) -> bool:
    if etal:
        return len(entry.authors) >= 3 and _author_matches(authors[0], entry)
    if len(authors) != len(entry.authors):
        return False
    return all(same_surname(a, b) for a, b in zip(authors, entry.authors))


def _title_acronym(cited: str, title: str | None) -> bool:
    """ "KBBI" for "Kamus Besar Bahasa Indonesia (Edisi V)", "KUHP" for "Kitab Undang-Undang Hukum Pidana"."""
    if not title or not (3 <= len(cited) <= 8 and cited.isalpha() and cited.isupper()):
        return False
    words = [w for w in re.split(r"\s+", title) if w[:1].isupper()]
    return initials(words[:len(cited)]) == cited


def link(authors: tuple[str, ...], year: str, etal: bool, entries: list[Reference]) -> tuple[Reference | None, bool]:
    """The entry a citation refers to, and whether the years disagree. Same first author and year links at once;
    a different year links only when every author matches, and only to the one such entry
    (Dayan & Katz 1993 -> "Dayan, D. and Katz, E. (1992)"; Vosoughi 2011 is not Vosoughi, Roy & Aral 2018)."""
    if not authors:
        return None, False
    if not year[:1].isdigit():  # "(Santoso, n.d.)": an entry with no year, "(n.d.)", "(t.t.)" or "(in press)"
        undated = [e for e in entries if e.year is None and _author_matches(authors[0], e)]
        return (undated[0] if len(undated) == 1 else None), False
    exact = [e for e in entries if e.year == year and _author_matches(authors[0], e)]
    if exact:
        exact.sort(key=lambda e: -sum(any(same_surname(a, b) for b in e.authors) for a in authors))
        return exact[0], False
    # "KBBI (2016)" for "Badan Pengembangan dan Pembinaan Bahasa. 2016. Kamus Besar Bahasa Indonesia Edisi V.":
    # a work cited by its title's initials, its compilers the entry's authors
    titled = [e for e in entries if e.year == year and len(authors) == 1 and _title_acronym(authors[0], e.title)]
    if len(titled) == 1:
        return titled[0], False
    # "Horngren and Horison (2004)" for "Horison, Horngren. 2004." or "Horison, C. dan Horngren, T.": the same
    # names in another order, same year; a later cited author matches the entry's first one
    swapped = [e for e in entries if e.year == year and len(authors) > 1 and e.authors
               and any(author_matches(a, e.authors[0]) for a in authors[1:])
               and all(any(same_surname(a, w) for w in _name_words(e)) for a in authors)]
    if len(swapped) == 1:
        return swapped[0], False
    other = [e for e in entries if e.year != year and _all_authors_match(authors, etal, e)]
    if len(other) == 1:
        return other[0], True
    return None, False
