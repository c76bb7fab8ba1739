"""Kinds of answerable question whose words absent_words read as nouns the text never uses (issue 15, session 38,
read on the open team sets): a verb with a bare "-kan" or in a chat form, a unit a figure is asked or given in, and
chat's side words. Each is tested on a hand-made text in other words than the question that showed it; a noun the
text truly lacks stays absent beside it."""

from telusur.indonesian import standard_words
from telusur.query.ranker import not_a_subject

# A text on a school garden: "siram" and "tanam" as roots and verbs, a pump's voltage as a symbol, its flow as "%".
KEBUN = {"kebun.md": """# Kebun Sekolah

## Menyiram

Siswa menyiram bibit cabai setiap pagi agar tanah tetap lembap. Pompa air kecil di kebun bekerja pada tegangan
12V dan mengalirkan air hingga 80% dari debit tandon.

## Menanam

Bibit ditanam berjarak dua jengkal supaya akarnya leluasa tumbuh. Naungan paranet menjaga bibit tetap sejuk di
siang hari.
"""}


def test_a_bare_kan_verb_is_no_noun_the_text_lacks(course):
    """"teknik napas buat redakan cemas" (team set 22): "redakan" said with a bare "-kan" was read as the noun
    "reda" the text never writes. A verb, as "membasahkan" would be; a noun the text lacks ("pupuk") stays absent,
    as do the nouns in "-an" of a root ending in "k" and a root so ending."""
    retriever = course(KEBUN).retriever
    assert not retriever.absent_words("kapan siswa basahkan tanah bibit cabai?")
    assert retriever.absent_words("kapan siswa basahkan pupuk bibit cabai?") == ("pupuk",)
    assert not_a_subject("lunaskan") and not not_a_subject("tindakan") and not not_a_subject("pekan")


def test_a_chat_verb_the_dictionary_reads_is_no_noun(course):
    """"hadiah buat yang bisa nangkep diponegoro", "suara serak saat nangis", "kalau Ctrl f tidak nemu" (team sets
    19, 21, 23): a verb with a bare nasal "n-"/"m-" or chat's "-in", read as a noun the text never writes. The
    dictionary knows "nulis" as menulis, "milih" as memilih, "siramin" as siramkan; a noun it knows as written ("minuman", "nilai")
    or does not know at all ("nebulizer"), or an English word, stays a noun."""
    retriever = course(KEBUN).retriever
    assert not retriever.absent_words("siswa nulis jarak bibit cabai berapa jengkal?")
    assert not retriever.absent_words("kenapa bibit cabai harus siramin tiap pagi?")
    assert all(not_a_subject(w) for w in ("nulis", "milih", "siramin"))
    assert not any(not_a_subject(w) for w in ("minuman", "nilai", "nebulizer", "makanan", "market"))


def test_a_unit_asked_or_given_is_no_noun_of_the_subject(course):
    """"level logika pin raspi berapa volt?", "mesin kalor efisiensinya bisa 100 persen?" (team sets 19, 5, 22): the
    unit a figure is asked in after "berapa", or given in after a number, is what the text writes as a symbol
    ("3.3V", "100%"), never the subject. A noun the text lacks beside it stays absent."""
    retriever = course(KEBUN).retriever
    assert not retriever.absent_words("pompa air di kebun sekolah berapa volt?")
    assert not retriever.absent_words("apakah pompa kebun mengalirkan 80 persen debit tandon?")
    assert retriever.absent_words("pompa irigasi di kebun sekolah berapa volt?") == ("irigasi",)


def test_chat_side_words_are_read_in_standard_words():
    """"alat yang dipakai penguasa biar kekuasaannya dianggap sah", "tingginya kira kira segimana", "fitur auto stop
    mending diapakan" (team sets 21, 23): chat's "biar" (agar), "segimana" (seberapa) and "mending" (lebih baik) read
    as nouns no text writes, and the questions were declined."""
    assert standard_words("bibit disiram biar tanahnya lembap") == "bibit disiram agar tanahnya lembap"
    assert standard_words("akarnya tumbuh segimana") == "akarnya tumbuh seberapa"
    assert standard_words("mending disiram pagi atau sore") == "lebih baik disiram pagi atau sore"


def test_chat_word_for_cool_is_the_text_word(course):
    """"tirai bahan apa yang disarankan biar adem?" (team set 23) of a text writing "tetap sejuk": "adem" is chat's
    "sejuk" (data/indonesian-synonyms.tsv), worded otherwise, not a noun the text lacks."""
    retriever = course(KEBUN).retriever
    assert not retriever.absent_words("bibit dinaungi paranet agar adem?")
    assert retriever.absent_words("bibit dinaungi paranet agar subur?") == ("subur",)


# A text on a village clinic writing its bodies' names in full, never their syllable acronyms.
KLINIK = {"klinik.md": """# Layanan Kesehatan Desa

Pusat Kesehatan Masyarakat di kecamatan membuka layanan imunisasi setiap Selasa. Biaya vaksin ditanggung oleh
Pemerintah Kabupaten melalui dana desa.
"""}


def test_a_syllable_acronym_of_the_text_words_is_no_absent_noun(course):
    """"siapa yang jadi dirjen pajak", "level logika pin raspi", "tekpen bagian yang mana" (team sets 19-21) of texts
    writing "Direktur Jenderal", "Raspberry Pi", "teknologi pendidikan": the question's word clipped from the openings
    of words a passage writes in a row was read as a noun the text lacks. A clipped word of words the text never
    writes in a row stays absent."""
    retriever = course(KLINIK).retriever
    assert not retriever.absent_words("puskesmas buka imunisasi hari apa?")
    assert not retriever.absent_words("biaya vaksin ditanggung pemkab dari dana apa?")
    assert retriever.absent_words("biaya vaksin ditanggung posyandu dari dana apa?") == ("posyandu",)


# A text on rocks quoting the English terms of its source.
BATUAN = {"batuan.md": """# Batuan

Batuan Metamorphic terbentuk dari batuan lain yang terkena panas dan tekanan tinggi selama jutaan tahun.
"""}


def test_a_loan_spelling_of_a_source_word_the_text_writes(course):
    """"kelompok band di paleolitik tengah isinya berapa orang?" (team set 23) of a text writing "Paleolithic": the
    Indonesian loan spelling of the foreign word the text writes is its word, not a noun it lacks; a loan of a word
    the text never writes stays absent."""
    retriever = course(BATUAN).retriever
    assert not retriever.absent_words("batuan metamorfik terbentuk dari apa?")
    assert retriever.absent_words("batuan sedimentasi terbentuk dari apa?") == ("sedimentasi",)
