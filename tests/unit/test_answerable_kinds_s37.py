"""Kinds of answerable question the abstention declined (issue 15, session 37, read on team set 22), each tested on a
hand-made text in other words than the question that showed it: a name with its article joined by a hyphen; an
acronym typed in lower case beside a word of another passage; an acronym whose body the text names with its place."""

# A course text on tafsir: the names keep their Arabic article ("al-Jalalain", "as-Suyuthi"); "karya" stands in
# another passage only.
TAFSIR = {"tafsir.md": """# Kitab Tafsir

## Kitab yang Dikaji di Pesantren

Santri tingkat awal mengkaji kitab-kitab berikut bersama gurunya:

- Tafsir al-Jalalain (تفسير الجلالين) — Jalaluddin al-Mahalli
- Al-Itqan fi Ulum al-Quran — Jalaluddin as-Suyuthi

## Penulisan

Sebuah karya tafsir ditulis berjilid-jilid dan disalin berulang kali oleh murid para ulama.
"""}


def test_a_name_with_its_hyphened_article_is_spelled(course):
    """"kitab ... al-Fikar karangan siapa" (team set 22): the name's part "Fikar" was read alone, a name no passage
    spells (the veto), a noun the text never uses (absent_words), and "al-fikar karangan" a term no passage writes
    (words_apart). The text writes the whole word "al-Jalalain"; a name written nowhere still vetoes."""
    engine = course(TAFSIR)
    retriever = engine.retriever
    asked = engine.read("Tafsir al-Jalalain karya siapa?").searched
    assert not retriever.unspelled_names(engine.candidates(asked))
    assert not retriever.absent_words(asked)
    assert not retriever.words_apart(asked)
    asked = engine.read("Tafsir al-Kasysyaf karya siapa?").searched
    assert retriever.unspelled_names(engine.candidates(asked))


# A health text writing the acronym in capitals; "anak" only in another passage.
ISPA = {"ispa.md": """# Infeksi Saluran Pernapasan

## Penanganan

Penderita ISPA sebaiknya banyak minum air hangat dan beristirahat cukup agar lendir mudah keluar.

## Pertumbuhan

Berat badan anak ditimbang tiap bulan di posyandu.
"""}


def test_an_acronym_typed_small_is_no_word_of_a_term(retriever_of):
    """"kenapa pasien dbd ga boleh minum NSAID" (team set 22): "dbd" typed small was read as a common word, and
    "pasien dbd" a term no passage writes (words_apart). The text writes it as an acronym: a name, as "DBD" would be;
    two common words of passages apart still are a term apart."""
    retriever = retriever_of(ISPA)
    assert not retriever.words_apart("kenapa anak ispa harus banyak minum air")
    assert retriever.words_apart("kenapa anak lendir harus banyak minum air")


# A forestry office named with its province; the acronym never written.
BALAI = {"balai.md": """# Persemaian

Menurut Siti Rahma, kepala Balai Konservasi Sumber Daya Alam Jambi, bibit meranti harus dinaungi selama tiga bulan
pertama karena daunnya mudah terbakar matahari.
"""}


def test_an_acronym_with_its_place_is_spelled_out_with_it(course):
    """"kata kepala BPTH Bali ..." (team set 22) of a text writing "kepala Balai Perbenihan Tanaman Hutan Bali": the
    run of capitals closes with the place, so it spelled no "BPTH", and the acronym was a name no passage spells. The
    place the question writes after the acronym closes the run; an acronym the run does not spell still vetoes."""
    engine = course(BALAI)
    retriever = engine.retriever
    asked = engine.read("menurut kepala BKSDA Jambi, bibit meranti dinaungi berapa lama?").searched
    assert not retriever.unspelled_names(engine.candidates(asked))
    assert not retriever.absent_words(asked)
    asked = engine.read("menurut kepala BPDAS Jambi, bibit meranti dinaungi berapa lama?").searched
    assert retriever.unspelled_names(engine.candidates(asked))


# A history text: "era" beside its subject in one passage, "waktu" only in another; "normal" written nowhere.
PELABUHAN = {"pelabuhan.md": """# Pelabuhan Nusantara

## Perdagangan

Pada era kolonial pelabuhan Batavia ramai oleh kapal dagang, dan antrean bongkar muat dianggap hal yang wajar.

## Jadwal

Kapal penumpang berangkat tiap pekan pada waktu pagi.
"""}


def test_a_word_of_time_said_with_era_is_no_term_apart(retriever_of):
    """"masalah sosial yg muncul waktu revolusi industri" of a text writing "Era Revolusi Industri" (team set 22): "waktu
    revolusi" was a term no passage writes (words_apart), and the question was declined. "waktu", "masa", "periode",
    "kala", "era" say one time (data/indonesian-synonyms.tsv); two words of passages apart still are a term apart."""
    retriever = retriever_of(PELABUHAN)
    assert not retriever.words_apart("kapal apa yang ramai waktu kolonial")
    assert retriever.words_apart("kapal apa yang ramai penumpang kolonial")


def test_normal_said_as_wajar_is_no_absent_word(retriever_of):
    """"rasa cemas itu normal ga sih" of a text saying "hal yang wajar" (team set 22): "wajar", "normal", "lazim" say
    one thing; a noun the text never uses is still absent."""
    retriever = retriever_of(PELABUHAN)
    assert not retriever.absent_words("antrean bongkar muat itu normal tidak")
    assert retriever.absent_words("antrean bongkar muat itu darurat tidak")


def test_trending_is_read_as_becoming_a_trend():
    """"kalau tagar trending lama, ..." of a text writing "menjadi tren" (team set 19): read as typed, "trending" was a
    noun no text writes (absent_words) and the question was declined."""
    from telusur.indonesian import standard_words

    assert standard_words("lagu itu trending di media sosial berapa hari") == \
        "lagu itu menjadi tren di media sosial berapa hari"
