"""Kinds of question words read as absent from a text that writes them (issue 15, session 40: team set 25's declined
answerable questions and the Left list's synonyms), each on a hand-made text in other words than the question that
showed it: a word with the clitic "-nya" that Sastrawi stems otherwise than the word, a name the text hyphenates typed
as two words, and everyday words of a thesaurus group (data/indonesian-synonyms.tsv) for the text's word."""

# A dormitory's rules: "penghuni" (a "pe-...-i" noun), a late return, a crowded room.
ASRAMA = {"asrama.md": """# Tata Tertib Asrama

Setiap penghuni asrama wajib kembali sebelum pukul 21.00. Penghuni yang terlambat pulang dicatat oleh pengurus.

## Kamar

Kamar yang terlalu padat membuat udara cepat pengap dan penghuni mudah tertular flu.
"""}

# A statistics handout naming a test by its two authors, hyphenated.
UJI = {"uji.md": """# Uji Normalitas

Sebelum uji t, data diperiksa dengan uji Kolmogorov-Smirnov. Bila hasil uji memberi nilai p lebih dari 0,05, data dianggap normal.
"""}


def test_a_word_with_nya_is_stemmed_as_the_text_stems_the_word(course):
    """"penarinya boleh lebih dari lima ga" of a text writing "penari" (team set 25): Sastrawi stems "penari" to
    "tari" but "penarinya" to "tar" (it takes the "-i" for a suffix once "-nya" is off), so the question shared no
    word with the text, read as no language at all, and was declined. The clitic never changes the word."""
    engine = course(ASRAMA)
    bm25 = engine.index.bm25
    assert bm25.tokenize("penghuninya") == bm25.tokenize("penghuni")
    asked = "penghuninya wajib kembali pukul berapa"
    assert bm25.known_fraction(bm25.tokenize(asked)) == 1.0
    assert not engine.retriever.absent_words(asked)


def test_a_hyphened_name_typed_as_two_words_is_the_texts(course):
    """"hasil shapiro wilk di latihan soal datanya normal ga" of a text writing "Shapiro-Wilk" (team set 21): the index
    keeps a hyphened word whole, so the question's "wilk" was a noun the text never uses, and the question was
    declined. Another test's name stays absent."""
    retriever = course(UJI).retriever
    assert not retriever.absent_words("hasil uji kolmogorov smirnov datanya normal?")
    assert retriever.absent_words("hasil uji lilliefors datanya normal?") == ("lilliefors",)


def test_an_everyday_word_of_the_texts_word_group_is_worded_otherwise(course):
    """"denda telat melapor cerai berapa" of a text writing "Keterlambatan pelaporan" (team set 25), "rumah sumpek
    kebanyakan penghuni" of one writing "tempat tinggal yang padat" (team set 19): the everyday word is a thesaurus
    word for the text's (query/synonyms.py), not a noun the text lacks; both questions were declined."""
    retriever = course(ASRAMA).retriever
    assert not retriever.absent_words("penghuni telat pulang dicatat siapa?")
    assert not retriever.absent_words("kamar sumpek bikin penghuni mudah tertular flu kenapa?")
    assert retriever.absent_words("kamar lembab bikin penghuni mudah tertular flu kenapa?") == ("lembab",)
