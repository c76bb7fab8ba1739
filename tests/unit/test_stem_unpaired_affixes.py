"""A stem Sastrawi finds by taking off a suffix the word's prefix never takes (Nazief and Adriani's pairs: "ber-...-i",
"se-...-i", "ter-...-an", "di-...-an") is read with the suffix back on when that is a root; and a kin word in the
honorific "-nda" is its kin word."""

from telusur.index.lexical import BM25, tokenize, written_forms

PASSAGES = [
    "Bantuan pemerintah berupa benih ikan nila.",
    "Pada tahun itu pemerintah menyalurkan bantuan senilai dua miliar rupiah kepada para nelayan di pesisir utara.",
    "Raja muda itu naik takhta pada usia sembilan tahun.",
    "Kakandanya naik takhta setelah sang raja mangkat pada musim hujan tahun 1702, dan adik bungsunya menjadi panglima.",
]


def test_a_suffix_the_prefix_never_takes_is_put_back():
    assert tokenize("senilai") == tokenize("nilai") != tokenize("nila")  # se- + nilai, not se- + nila + -i
    assert tokenize("terkesan") == tokenize("kesan")  # ter- never takes -an
    assert tokenize("dipesannya") == tokenize("pesan")  # a possessive after it
    assert tokenize("berduri") == tokenize("duri")


def test_pairs_the_language_does_combine_are_left_to_sastrawi():
    assert tokenize("pertanian") == tokenize("tani")  # per-...-an is a pair
    assert tokenize("kekerasan") == tokenize("keras")  # ke-...-an too
    assert tokenize("pengawasan") == tokenize("awas") != tokenize("kawasan")  # peN-...-an: "kawasan" is no root of it
    assert tokenize("dipraktikan") == tokenize("praktik")  # "-kan" written with one "k", not a root "praktikan"


def test_a_kin_word_in_nda_is_its_kin_word():
    assert tokenize("ibundanya") == tokenize("ibu")
    assert tokenize("ayahanda") == tokenize("ayah")
    assert tokenize("Kakandanya") == tokenize("kakak")
    assert tokenize("Belanda") != tokenize("bela")  # no "-nda" suffix elsewhere


def test_the_question_finds_the_passage_writing_the_affixed_word():
    bm25 = BM25.build([tokenize(p) for p in PASSAGES], form_lists=[written_forms(p) for p in PASSAGES])

    def first(question: str) -> int:
        return int(bm25.scores(tokenize(question), written_forms(question)).argmax())

    assert first("Berapa nilai bantuan pemerintah?") == 1
    assert first("Siapa kakak raja yang naik takhta?") == 3


def test_ber_whole_before_a_root_that_is_one_too():
    """"be-" is "ber-" before a root in "r" ("berantai"), but where the word less the whole "ber-" is a root as well,
    that is the word: an erupting mountain is "berapi" (ber + api), never be + rapi (tidy)."""
    assert tokenize("Lava gunung berapi itu") == tokenize("Lava gunung api itu")
    assert tokenize("berapi") != tokenize("kerapian")
    assert tokenize("bersantai") == tokenize("santai")  # the rule it narrows still reads ber- + santai
