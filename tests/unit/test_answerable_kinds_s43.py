"""Kinds of answerable question the abstention declined (issue 15, session 43, read on team set 28's misses), each
tested on a hand-made text in other words than the question that showed it: a name the text joins to its number; a
chat clipping of mothers in care; a word's other spelling (maksimal/maksimum); a question filing a thing under a kind."""

# A remote-sensing note: the satellite and the virus are named only with their numbers; "citra" and "resolusi" in one
# passage.
SATELIT = {"satelit.md": """# Citra Satelit

## Sumber Data

Citra Landsat-8 memiliki resolusi spasial 30 meter dan direkam ulang setiap 16 hari.

## Catatan Lapangan

Survei lapangan tertunda selama pandemi COVID-19 karena pembatasan perjalanan.
"""}


def test_a_name_joined_to_its_number_is_the_texts_name(course):
    """"citra sentinel yg diambil" of a text writing only "Sentinel-2" (team set 28): the index keeps "sentinel-2"
    whole, so "sentinel" was a noun the text never uses (absent_words); capitalised, it is a name the text spells
    (a guard). A name written nowhere, or with another number ("Landsat 7" of a text on Landsat-8), still counts."""
    engine = course(SATELIT)
    retriever = engine.retriever
    assert not retriever.absent_words("resolusi citra landsat berapa meter")
    assert not retriever.absent_words("resolusi citra Landsat 8 berapa meter")
    asked = engine.read("resolusi citra Landsat berapa meter?").searched
    assert not retriever.unspelled_names(engine.candidates(asked))
    assert not retriever.absent_words("kenapa survei tertunda selama pandemi covid")
    assert retriever.absent_words("resolusi citra modis berapa meter")
    assert retriever.absent_words("resolusi citra landsat 7 berapa meter")  # another satellite of the same name
    asked = engine.read("resolusi citra Aster berapa meter?").searched
    assert retriever.unspelled_names(engine.candidates(asked))


# A text on antenatal care writing "ibu hamil" and "ibu menyusui" in full.
ANTENATAL = {"antenatal.md": """# Gizi Ibu

## Suplemen

Ibu hamil dianjurkan mengonsumsi tablet tambah darah setiap hari selama kehamilan.

## Laktasi

Ibu menyusui membutuhkan tambahan asupan cairan sekitar satu liter per hari.
"""}


def test_mothers_in_care_clipped_in_chat_are_read_in_full(retriever_of):
    """"obat ... buat bumil" (team set 28) of a text writing "ibu hamil": read as typed, "bumil" was a noun no text
    writes (absent_words) and the question was declined. A text that writes the clipping itself keeps it."""
    from telusur.indonesian import standard_words

    assert standard_words("tablet apa yg wajib buat bumil") == "tablet apa yang wajib buat ibu hamil"
    assert standard_words("busui butuh cairan tambahan berapa") == "ibu menyusui butuh cairan tambahan berapa"
    assert standard_words("bumil dan busui", written=lambda w: True) == "bumil dan busui"
    retriever = retriever_of(ANTENATAL)
    assert not retriever.absent_words(standard_words("tablet tambah darah buat bumil tiap hari ga"))


# A machine-shop text: "beban" with "minimum" and "suhu" with "maksimum" in one passage each; "minimal" and "maksimal"
# only in another.
BENGKEL = {"bengkel.md": """# Mesin Press

## Pengoperasian

Mesin press hidrolik hanya boleh dijalankan bila beban minimum 2 ton sudah terpasang pada landasan.

## Perawatan

Oli hidrolik diganti bila suhu kerja melewati batas maksimum pabrik.

## Gudang

Gudang suku cadang dikunci setiap malam; stok minimal dan kapasitas maksimal rak dicatat petugas.
"""}


def test_maksimal_and_minimal_are_one_word_with_maksimum_and_minimum(retriever_of):
    """"tutupan awan maksimal citra" of a text writing "awan ... maksimum" (team set 28): "maksimal" and "maksimum"
    (and "minimal"/"minimum") are one word's two spellings, so a term worded with the other one is no term apart
    (words_apart). Two words of passages apart still are."""
    retriever = retriever_of(BENGKEL)
    assert not retriever.words_apart("berapa beban minimal mesin press")
    assert not retriever.words_apart("kapan oli diganti kalau suhu maksimal")
    assert retriever.words_apart("berapa beban gudang mesin press")


# A zoology text: "paus" defined as a mammal; "kelas" only of another passage.
PAUS = {"paus.md": """# Hewan Laut

## Paus

Paus merupakan mamalia laut yang bernapas dengan paru-paru dan menyusui anaknya.

## Klasifikasi

Kelas Pisces mencakup ikan bertulang sejati dan ikan bertulang rawan.
"""}


def test_a_question_filing_a_thing_under_a_kind_asks_no_term(course, question_features):
    """"meteorologi termasuk cabang ilmu apa" (team set 28) was read as asking to define "meteorologi termasuk cabang
    ilmu", a term no passage writes whole (focus_absent), and the question was declined: "X termasuk/tergolong N apa"
    asks which kind X is. "X itu apa" still asks a term."""
    from telusur.query.ranker import definition_focus

    assert definition_focus("paus tergolong kelas hewan apa?") is None
    assert definition_focus("ular termasuk reptil apa") is None
    assert definition_focus("paus itu apa?") == "paus"
    assert definition_focus("surat masuk itu apa?") == "surat masuk"
    assert not question_features(course(PAUS), "paus termasuk kelas hewan apa?")["focus_absent"]
