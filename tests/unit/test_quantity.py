"""What a "how many / how much" question counts and whether a passage gives that count (query/quantity.py), and
the ranker's gives_count feature built from them."""

import pytest

from telusur.query.quantity import Count, asked_count, gives_count, gives_counter
from telusur.query.ranker import PASSAGE_FEATURES


@pytest.mark.parametrize("question, count", [
    ("Ada berapa apotek yang dikelola yayasan itu?", Count("apotek", ())),
    ("Berapa orang karyawan bekerja di apotek itu?", Count("karyawan", ())),
    ("Berapa banyak siswa yang mengikuti ujian?", Count("siswa", ())),
    ("Berapa lama waktu belajar materi ini?", Count(None, ("time",))),
    ("Seberapa besar pengaruh iklim organisasi?", Count(None, ("share", "money"))),
    ("How many employees work at the pharmacy?", Count("employees", ())),
    ("How much time did the researcher set aside?", Count(None, ("time",))),
    ("How soon must the list be reported?", Count(None, ("time",))),
    ("What percentage of toddlers are stunted?", Count(None, ("share",))),
    # an age asked in English is a time, as "umur berapa" (one pattern with answer.py's "number" kind)
    ("At what age do signs of autism start to show?", Count(None, ("time",))),
    ("Up to what age is a baby given only breast milk?", Count(None, ("time",))),
    ("How does a web server handle a request?", None),
    ("Apa saja jenis rasio profitabilitas?", None),
    # a noun before "berapa" is what the number labels, and the word after it is counted by no number
    ("Usia mental anak itu setara anak kelas berapa SD?", None),
    ("Sanksinya diatur di pasal berapa UU PPLH?", None),
    ("Nabi itu melayani dari tahun berapa sampai tahun berapa?", None),
    ("Mulai umur berapa gejala itu terlihat pada anak?", Count(None, ("time",))),
    ("Pada usia berapa anak mulai berbicara?", Count(None, ("time",))),
    ("Ruang arsip ada di lantai berapa gedung itu?", None),
    ("Materi itu ada di bab berapa buku itu?", None),
    # each label with a word after "berapa" that would be counted without it (the open documents' kinds: an ayat and
    # an Undang-Undang's nomor in pidana-pembakaran-hutan, a century in nabi-israel, a date in sengketa-ambalat, visiting
    # hours in waktu-tunggu-resep)
    ("Larangan membakar lahan ada di ayat berapa pasal 69 UU PPLH?", None),
    ("Perlindungan lingkungan hidup diatur dalam UU nomor berapa tahun 2009?", None),
    ("Nabi Amos bernubuat pada abad berapa SM?", None),
    ("Pada tanggal berapa Mahkamah Internasional memutus sengketa Sipadan?", None),
    ("Jam berapa pasien paling ramai datang ke apotek?", None),
    ("Definisi sistem itu ada di halaman berapa buku Sugiyono?", None),
    ("Anak tunagrahita ringan bisa bersekolah sampai tingkat berapa SD?", None),
    ("Stunting termasuk masalah gizi level berapa menurut WHO?", None),
])
def test_what_a_question_counts(question, count):
    assert asked_count(question) == count


def _words(text):
    return text.lower().split()


@pytest.mark.parametrize("text, count, terms, gives", [
    ("Yayasan itu mengelola sebanyak 120 apotek di seluruh Indonesia.", Count("apotek", ()), {"apotek"}, True),
    ("Apotek itu memiliki 21 orang karyawan.", Count("karyawan", ()), {"karyawan"}, True),
    ("Menurut Sugiyono (2017) apotek adalah sarana pelayanan.", Count("apotek", ()), {"apotek"}, False),
    ("Peneliti mengambil waktu selama dua jam pelajaran.", Count(None, ("time",)), set(), True),
    ("Laporan disampaikan paling lambat 5 (lima) hari setelahnya.", Count(None, ("time",)), set(), True),
    ("Pengaruhnya sebesar 32,5% terhadap stres kerja.", Count(None, ("share",)), set(), True),
    ("Pengaruhnya sebesar 32,5% terhadap stres kerja.", Count(None, ("time",)), set(), False),
    ("2. Apotek pelengkap menyediakan obat.", Count("apotek", ()), {"apotek"}, False),
    # a year is a date, not a count of what follows it (gives_counter read it so since a04403e; this one did not)
    ("Pada tahun 2015 apotek di kota itu bertambah pesat.", Count("apotek", ()), {"apotek"}, False),
    ("Sejak 2019 karyawan apotek wajib memakai seragam.", Count("karyawan", ()), {"karyawan"}, False),
])
def test_a_passage_gives_the_count_asked_only_before_what_it_counts(text, count, terms, gives):
    assert gives_count(text, count, terms, _words) == gives


SEKOLAH = """# Yayasan Pendidikan

## Profil

Yayasan Pendidikan Nusantara adalah lembaga yang bergerak di bidang sekolah swasta. Sekolah yayasan adalah tempat belajar bagi anak-anak dari keluarga sederhana.

## Jaringan

Saat ini Yayasan Pendidikan Nusantara mengelola sebanyak 45 sekolah yang tersebar di tiga provinsi.
"""


def test_a_how_many_question_marks_the_passage_giving_the_count(course, retriever_of):
    engine = course({"sekolah.md": SEKOLAH})
    retriever = retriever_of(engine)
    at = PASSAGE_FEATURES.index("gives_count")
    for query in ("Ada berapa sekolah yang dikelola Yayasan Pendidikan Nusantara?",
                  "How many schools does the foundation run?"):
        found = retriever.candidates(query, retriever.query_vector(query))
        marked = [engine.index.chunks[i].text[:20] for i, row in zip(found.ids, found.features) if row[at]]
        assert marked == ["Saat ini Yayasan Pen"], query


@pytest.mark.parametrize("question, count", [
    ("Berapa tinggi menara itu?", Count(None, ("distance",))),
    ("Berapa berat bayi saat lahir?", Count(None, ("weight",))),
    ("How tall is the tower?", Count(None, ("distance",))),
])
def test_a_measure_asked_is_a_kind_of_unit(question, count):
    assert asked_count(question) == count


@pytest.mark.parametrize("text, count, terms, gives", [
    ("Halaman ini berisi daftar kabupaten (415) dan kota (93).", Count("kabupaten", ()), {"kabupaten"}, True),
    ("Jumlah karyawan sebanyak 21 orang.", Count("karyawan", ()), {"karyawan"}, True),
    ("Kala revolusi bumi adalah 365¼ hari.", Count(None, ("time",)), set(), True),
    ("Tinggi pohon mencapai 3–8 m.", Count(None, ("distance",)), set(), True),
    ("Menurut Sugiyono (2017) kabupaten adalah daerah otonom.", Count("kabupaten", ()), {"kabupaten"}, False),
])
def test_a_number_after_the_thing_or_a_range_or_fraction_before_a_unit_gives_it(text, count, terms, gives):
    assert gives_count(text, count, terms, _words) == gives


@pytest.mark.parametrize("question, count", [
    # the thing counted past "of the" (english2: "How many of the respondents were women?")
    ("How many of the respondents were women?", Count("respondents", ())),
    ("How many of them were women?", None),
    # an English noun's names before it are not what is counted; a name alone is
    ("How many of the Prodia respondents were women?", Count("respondents", ())),
    ("How many Prodia Menteng employees were respondents?", Count("employees", ())),
    ("How many PNS are there in the office?", Count("pns", ())),
    # ... and a name that only looks plural modifies what follows it: another name ("Davis Cup") or a plural
    ("How many Davis Cup titles has Indonesia won?", Count("titles", ())),
    ("How many Texas residents voted in the election?", Count("residents", ())),
    # every question word is read, not only the first: a student asks two things at once
    ("What is a personal guarantee, and how many kinds are there?", Count("kinds", ())),
    ("Apa itu jaminan perorangan dan berapa jenisnya?", Count("jenisnya", ())),
    ("Jangka waktunya bisa dipilih dari berapa sampai berapa tahun?", Count(None, ("time",))),
    # a word no number counts, read after "berapa", is no thing asked
    ("Nilai loading berapa yang dianggap baik menurut Chin?", None),
    ("Napas berapa kali per menit dianggap terlalu cepat?", Count(None, ("times",))),  # how often: "60 kali/menit"
    ("How many are there?", None),
])
def test_what_a_question_counts_read_past_its_first_question_word(question, count):
    assert asked_count(question) == count


@pytest.mark.parametrize("question, count", [
    # a name written as a plural is what is counted ("Muslims", "Indonesians"): a name used as a noun's modifier is
    # singular, so the word after a plural name is its verb, not the thing (41a187d read "live", "died")
    ("How many Muslims live there?", Count("muslims", ())),
    ("How many Indonesians died?", Count("indonesians", ())),
    ("How many Indonesian Muslims live there?", Count("muslims", ())),
    # a singular name modifies the noun after it, and that noun's own modifier is passed for the plural it leads to
    ("How many Indonesian migrant workers were sent abroad?", Count("workers", ())),
    ("How many Prodia staff are there?", Count("staff", ())),
    ("How many Prodia Menteng employees were respondents?", Count("employees", ())),
    ("How many PNS are there in the office?", Count("pns", ())),
    # a counter with no noun after it is the thing: a text gives "sebanyak 30 orang" (41a187d read none)
    ("Ada berapa orang yang bekerja di apotek itu?", Count("orang", ())),
    ("Berapa orang karyawan bekerja di apotek itu?", Count("karyawan", ())),
    ("Napas berapa kali per menit dianggap terlalu cepat?", Count(None, ("times",))),
])
def test_a_plural_name_or_a_counter_alone_is_the_thing_counted(question, count):
    assert asked_count(question) == count


@pytest.mark.parametrize("question, count", [
    # the head of the English noun phrase after "how many" is its first plural, the phrase ending before a helper verb
    # or a preposition, whatever case its words are in (c585ca8 skipped capitalised names only: "migrant", "main")
    ("How many migrant workers were sent abroad?", Count("workers", ())),
    ("How many main functions of management are there?", Count("functions", ())),
    ("How many regional heads were arrested?", Count("heads", ())),
    ("How many new students enrolled this year?", Count("students", ())),
    # ... a plural written without an s, or a noun with no plural form, is the head all the same; "of" ends the phrase
    ("How many people visit the museum?", Count("people", ())),
    ("How many young children were immunised?", Count("children", ())),  # not "young" (review: no case held it)
    ("How many staff work at the pharmacy?", Count("staff", ())),
    ("How many percent of students passed?", Count("percent", ())),
])
def test_an_english_count_is_the_head_of_the_noun_phrase_after_how_many(question, count):
    assert asked_count(question) == count


@pytest.mark.parametrize("question, count", [
    # a verb right after "how many" is no thing counted: its subject (people) is left unsaid, and counted as "How many
    # people ...?" counts it; a past form, or a word followed by what follows a verb ("there", a preposition, an
    # article) or by its object, is that verb (s24 read "work"; s26 read "need" and no thing for the rest)
    ("How many work there?", Count("people", ())),
    ("How many live in the village?", Count("people", ())),
    ("How many attended the meeting?", Count("people", ())),
    ("How many died?", Count("people", ())),
    ("How many need help?", Count("people", ())),
    ("How many agree with the statement?", Count("people", ())),
    ("How many were sold?", None),  # a verb undergone: no person
    ("How many came?", Count("people", ())),  # an irregular past form is one too (review3: "came" was counted)
    # a singular noun then an irregular past form, or a unit, is no verb and its object (review3: counted people)
    ("How many sample taken?", Count("sample", ())),
    ("How many book written by him?", Count("book", ())),
    ("How many hour a day?", Count("hour", ())),
    # a noun is followed by its verb or by nothing, and a noun counting people as a plural does stays the head
    ("How many staff in the office?", Count("staff", ())),
    ("How many PNS are there?", Count("pns", ())),
    ("How many seed varieties are grown?", Count("varieties", ())),
    # ... and a person's noun written without its plural -s, as students write it, is no verb (review2)
    ("How many employee in the company?", Count("employee", ())),
    ("How many student at the school?", Count("student", ())),
    ("How many doctor in the puskesmas?", Count("doctor", ())),
    # ... nor a noun then its state with the verb left out (s27: "item" read as a verb, people counted)
    ("How many item valid?", Count("item", ())),
    ("How many ticket available in the office?", Count("ticket", ())),
    ("How many need urgent help?", Count("people", ())),
    # an Indonesian counter is no English word skipped before the head (s27: "unit" skipped, "sold" a verb: people)
    ("How many unit sold last year?", Count("unit", ())),
    # "exist" says there are some, as "are there" does: no person (s27 read it as a person's "-ist" noun)
    ("How many exist in the village?", None),
])
def test_a_verb_right_after_how_many_is_no_thing_counted(question, count):
    assert asked_count(question) == count


@pytest.mark.parametrize("question, count", [
    # "berapa orang (yang) menjadi X" counts X ("Berapa orang yang menjadi responden?" is the commonest count question:
    # a text writes "responden sebanyak 30 orang" or "30 orang responden"); c585ca8 read "orang", and without "yang"
    # the verb "menjadi"
    ("Berapa orang yang menjadi responden penelitian ini?", Count("responden", ())),
    ("Berapa orang menjadi responden penelitian ini?", Count("responden", ())),
    # ... any other verb after the counter says what they did: the counter is what is counted, not the verb
    ("Berapa orang mengikuti pelatihan itu?", Count("orang", ())),
    ("Berapa orang dokter bertugas di puskesmas itu?", Count("dokter", ())),
    # ... and a preposition or a particle after it names no thing: the counter is counted (review: "dalam", "pada")
    ("Berapa orang dalam satu kelompok diskusi?", Count("orang", ())),
    ("Ada berapa orang pada tahun 2020 yang terinfeksi?", Count("orang", ())),
    ("Berapa orang saja yang lulus ujian itu?", Count("orang", ())),
    ("Berapa ekor dalam satu kandang?", Count("ekor", ())),
])
def test_a_counter_then_a_verb_counts_the_counter_or_what_the_copula_names(question, count):
    assert asked_count(question) == count


@pytest.mark.parametrize("question, count", [
    # "X ada berapa?" at a clause's end counts the X before it: nothing after "berapa" is counted, and a label word
    # ("kelas berapa SD" asks for a grade) is counted here
    ("Di sekolah itu kelas ada berapa?", Count("kelas", ())),
    ("Jumlah siswa di sekolah itu ada berapa?", Count("siswa", ())),
    ("Pegawainya ada berapa orang?", Count("pegawai", ())),
    ("Kelas ada berapa, dan siapa wali kelasnya?", Count("kelas", ())),
    # ... a clause with no head before it counts people, as "Berapa orang yang hadir ...?"; "ada berapa X" keeps its X
    ("Yang hadir dari sekolah ada berapa?", Count("orang", ())),
    ("Yang terjual ada berapa?", None),
    # ... nor a thing's state borrowed alike in both languages (s27: "yang valid" counted people)
    ("Yang valid ada berapa?", None),
    ("Berapa yang valid?", None),
    ("Berapa yang hadir?", Count("orang", ())),
    ("Di sekolah itu ada berapa kelas?", Count("kelas", ())),
])
def test_a_thing_before_ada_berapa_at_the_end_is_what_is_counted(question, count):
    assert asked_count(question) == count


def test_a_counter_the_index_leaves_out_is_read_in_the_text():
    # "orang" is a stop word to the index (no search term), so "Ada berapa orang yang ...?" found no sentence giving
    # it: the text's own "sebanyak 30 orang" does, a number before another word does not
    from telusur.index.lexical import tokenize

    count = Count("orang", ())
    assert not set(tokenize("orang"))
    assert gives_counter("Peserta pelatihan itu sebanyak 30 orang.", count)
    assert gives_counter("Responden perempuan berjumlah 18 (delapan belas) orang.", count)
    assert not gives_counter("Pelatihan itu diadakan pada tahun 2019 selama 3 hari.", count)
    assert not gives_counter("Orang tua siswa diundang ke sekolah.", count)
    # ... nor a year before it: a date, no count of people (review of a04403e: both read as giving the count)
    assert not gives_counter("Sejak tahun 2015 orang mulai beralih ke belanja daring.", count)
    assert not gives_counter("Pada tahun 2019 banyak orang pindah ke kota.", count)
    assert gives_counter("Pada tahun 2019 sebanyak 30 orang mengikuti pelatihan itu.", count)
    assert not gives_counter("Peserta pelatihan itu sebanyak 30 orang.", Count("peserta", ()))
    # ... and the ranking's gives_count does not read it: across passages "N orang" says little (quantity.gives_counter)
    assert not gives_count("Peserta pelatihan itu sebanyak 30 orang.", count, set(), tokenize)


PELATIHAN = """# Pelatihan Guru

## Peserta

Pelatihan guru matematika diikuti oleh guru sekolah dasar dari seluruh kecamatan di kabupaten itu. Pesertanya tercatat sebanyak 25 orang. Pelatihan guru matematika itu dibuka oleh kepala dinas pendidikan kabupaten.
"""


def test_the_sentence_giving_a_counter_asked_alone_answers(course):
    engine = course({"pelatihan.md": PELATIHAN})
    for question in ("Ada berapa orang yang mengikuti pelatihan guru matematika itu?",
                     "Berapa orang mengikuti pelatihan guru matematika itu?"):
        # the sentence giving the number alone, not the one sharing more of the question's words before it
        assert engine.ask(question).answer == "Pesertanya tercatat sebanyak 25 orang. [1]", question


@pytest.mark.parametrize("question, count", [
    # a verb formed with "ber-" written "be-" ("bekerja", "beternak") or "bel-" ("belajar"), or on a three-letter stem
    # ("berada"), after the counter says what they did, as "mengikuti" does: the counter is counted (the verb was)
    ("Berapa orang bekerja di apotek itu?", Count("orang", ())),
    ("Berapa orang belajar di kelas itu?", Count("orang", ())),
    ("Berapa orang berada di ruangan itu?", Count("orang", ())),
    ("Berapa ekor beternak di kandang itu?", Count("ekor", ())),
])
def test_a_counter_then_a_verb_formed_with_ber_counts_the_counter(question, count):
    assert asked_count(question) == count


@pytest.mark.parametrize("word, verb", [
    ("bekerja", True), ("beternak", True), ("belajar", True), ("berada", True), ("berisi", True),
    ("bertanya", True), ("diberikan", True),
    # a noun or a word of another kind with the shape: its stem keeps the prefix
    ("berita", False), ("beberapa", False), ("berapa", False), ("belakang", False), ("belerang", False),
    ("disleksia", False),
])
def test_a_verb_form_is_its_shape_with_a_stem_that_drops_the_prefix(word, verb):
    from telusur.query.ranker import verb_form

    assert verb_form(word) == verb


@pytest.mark.parametrize("question, count", [
    # the subject before a closing "berapa" is counted by its head, its first word (an Indonesian noun's modifiers
    # follow it), up to a place after it; 5b0c089 read the word right before "ada"
    ("Jenis rasio profitabilitas ada berapa?", Count("jenis", ())),
    ("Responden umur 21-25 tahun di penelitian Prodia ada berapa orang?", Count("responden", ())),
    ("Unsur pembentuk negara menurut Pakpahan ada berapa?", Count("unsur", ())),
    ("Kecamatan di kabupaten itu jumlahnya berapa?", Count("kecamatan", ())),
    ("LED di Raspberry Pi ada berapa dan apa fungsinya?", Count("led", ())),
    # ... tied by any word that links it to its number, with a counter or "banyak" after "berapa"
    ("Responden penelitian ini sebanyak berapa orang?", Count("responden", ())),
    ("Sampel penelitian ini berjumlah berapa?", Count("sampel", ())),
    ("Anggota koperasi itu ada berapa banyak?", Count("anggota", ())),
    ("Koperasi itu memiliki anggota sebanyak berapa?", Count("anggota", ())),  # past the verb opening it
    # ... in its own clause, after "dan" ("siapa", the other clause's word, is no head), and past a time opening it
    ("Koperasi itu dipimpin siapa dan anggota ada berapa?", Count("anggota", ())),
    ("Pada tahun 2020 pasien ada berapa?", Count("pasien", ())),
    # ... or named by a "jumlah" / "total" opening the clause, with no link word
    ("Jumlah responden penelitian ini berapa?", Count("responden", ())),
    ("Total karyawan perusahaan itu berapa?", Count("karyawan", ())),
    ("Banyaknya karyawan perusahaan itu kira-kira berapa?", Count("karyawan", ())),
    # ... or a word with -nya right before it, without the -nya the index's stemmer leaves on a loan word
    ("Penelitian di Prodia sampelnya berapa orang?", Count("sampel", ())),
    ("Raspberry Pi itu portnya ada berapa?", Count("port", ())),
    # ... a measure or an age right before it asks its unit; a label, a place or a bare word asks no count
    ("Autisme mulai terlihat sejak umur berapa?", Count(None, ("time",))),
    ("Amonia membeku pada suhu berapa?", Count(None, ("temperature",))),
    ("Apotek itu berdiri tahun berapa?", None),
    ("Laravel yang dibahas sudah sampai versi berapa?", None),
    ("Indikator dianggap valid kalau loading factornya lebih dari berapa?", None),
    # ... but a head a "yang" clause restricts is counted by the restriction's last word, which a text writes beside
    # the number ("SMP | 17" in a table of respondents by education); the head is in every passage of the chapter
    # ("100 responden"), and read by it this team set 7 question fell from the first passage to the third
    ("Responden yang pendidikannya SMP ada berapa orang?", Count("smp", ())),
    ("Pasien yang jenis kelaminnya perempuan ada berapa?", Count("perempuan", ())),
    # ... an attribute's value, not what the head does: "lomba" and "ikut" are never written after a number, and
    # no passage gives "25 lomba" for the students who took part
    ("Siswa yang ikut lomba ada berapa orang?", Count("siswa", ())),
    ("Siswa yang ikut ada berapa orang?", Count("siswa", ())),
    ("Karyawan yang bekerja di bagian produksi ada berapa?", Count("karyawan", ())),
    # ... nor a function word ending in -nya like an attribute (review2: "bertanya" counted "berta")
    ("Siswa yang bertanya ada berapa orang?", Count("siswa", ())),
    ("Karyawan yang biasanya lembur ada berapa?", Count("karyawan", ())),
])
def test_a_berapa_closing_its_clause_counts_the_head_of_what_comes_before_it(question, count):
    assert asked_count(question) == count


def test_a_counter_after_berapa_is_kept_beside_the_thing_counted():
    # "Siswa yang ikut ada berapa orang?": a text writes "siswa sebanyak 25 orang" or "sebanyak 25 orang" alone
    assert asked_count("Siswa yang ikut lomba ada berapa orang?").counter == "orang"
    assert asked_count("Berapa orang karyawan bekerja di apotek itu?").counter == "orang"
    assert asked_count("Jenis rasio profitabilitas ada berapa?").counter is None
    assert gives_counter("Siswa yang ikut lomba itu sebanyak 25 orang.", Count("siswa", (), "orang"))
    # ... and an English count of people is written with the counter "orang"
    assert gives_counter("Karyawannya tercatat sebanyak 12 orang.", Count("people", ()))
    assert not gives_counter("Karyawannya tercatat sebanyak 12 orang.", Count("pharmacies", ()))


@pytest.mark.parametrize("question, count", [
    # "the number of X" asks how many X as "how many X" does (it read as a definition question, no count)
    ("What is the number of respondents in this study?", Count("respondents", ())),
    ("What was the total number of students?", Count("students", ())),
    ("Number of respondents in this study?", Count("respondents", ())),
])
def test_the_number_of_asks_a_count_in_english(question, count):
    from telusur.query.answer import question_kind

    assert asked_count(question) == count
    assert question_kind(question) == "number"


APOTEK = """# Apotek Sehat

## Profil

Apotek Sehat berdiri pada tahun 2010 di pusat kota dan bekerja sama dengan puskesmas di sekitarnya. Apotek Sehat bekerja melayani resep dari pagi sampai malam, dengan 3 shift setiap hari. Karyawan yang bekerja di Apotek Sehat tercatat sebanyak 12 orang. Apotek Sehat memiliki cabang di 4 kecamatan.

## Pelayanan

Waktu tunggu resep obat jadi paling lama 15 menit, sedangkan resep racikan paling lama 30 menit. Sebanyak 85% pasien menyatakan puas terhadap pelayanan.
"""

SMP = """# SMP Harapan

## Profil

SMP Harapan didirikan pada tahun 1985 oleh Yayasan Harapan. Sekolah itu memiliki 18 kelas dengan 540 siswa. Sekolah itu memiliki 3 laboratorium dan satu perpustakaan.

## Lomba

Pada tahun 2022 siswa SMP Harapan mengikuti lomba sains tingkat provinsi. Siswa yang ikut lomba itu sebanyak 25 orang, dan 7 di antaranya meraih medali.
"""


def test_the_sentence_giving_the_count_answers_alone(course):
    # "bekerja" was read as the thing counted: the year's and the branches' sentences were said with the count
    answer = course({"apotek.md": APOTEK}).ask("Berapa orang bekerja di Apotek Sehat?").answer
    assert answer == "Karyawan yang bekerja di Apotek Sehat tercatat sebanyak 12 orang. [1]"


def test_a_total_asked_before_berapa_is_answered_by_the_passage_giving_it(course):
    # "Total siswa ... berapa?" read no count: the contest's passage (its "25 orang") answered it first
    answer = course({"smp.md": SMP}).ask("Total siswa SMP Harapan berapa?").answer
    assert answer.startswith("Sekolah itu memiliki 18 kelas dengan 540 siswa. [1]"), answer


def test_an_english_count_of_people_is_answered_by_the_sentence_giving_orang(course):
    # "people" is no word of the text: the sentences of the founding year and the branches were said with the count
    answer = course({"apotek.md": APOTEK}).ask("How many people work at Apotek Sehat?").answer
    assert answer.startswith("Karyawan yang bekerja di Apotek Sehat tercatat sebanyak 12 orang."), answer
    assert "2010" not in answer, answer


def test_the_sentence_giving_the_count_of_the_subject_by_its_counter_is_said_first(course):
    # "Siswa yang ikut lomba sains ada berapa orang?" counted "lomba": the lead-in naming the contest came first
    answer = course({"smp.md": SMP}).ask("Siswa yang ikut lomba sains ada berapa orang?").answer
    assert answer.startswith("Siswa yang ikut lomba itu sebanyak 25 orang"), answer


@pytest.mark.parametrize("question, count, kind", [
    # "seberapa" before a quality asks its degree, which no number answers ("How important ...?" is no number question
    # either); before a measure it asks an amount
    ("Seberapa penting peran guru dalam pembelajaran?", None, None),
    ("Seberapa efektif metode diskusi untuk siswa?", None, None),
    ("Seberapa besar pengaruh iklim organisasi?", Count(None, ("share", "money")), "number"),
    ("Seberapa banyak cuitan yang dicapai protes itu?", Count("cuitan", ()), "number"),
    ("Seberapa sering rapat diadakan?", Count(None, ("time",)), "number"),
    # "how big" asks a size, as "how large" does
    ("How big is the Ambalat block?", Count(None, ("share", "area")), "number"),
])
def test_seberapa_asks_a_number_only_of_a_measure(question, count, kind):
    from telusur.query.answer import question_kind

    assert asked_count(question) == count
    assert question_kind(question) == kind


GURU = """# Peran Guru

## Peran Guru dalam Pembelajaran

Pada tahun 2019 terdapat 3 juta guru di Indonesia yang mengajar di 250 ribu sekolah. Peran guru dalam pembelajaran sangat penting karena guru membimbing siswa memahami materi dan membentuk karakter siswa. Guru juga menjadi teladan bagi siswa di sekolah.

## Metode Diskusi

Metode diskusi cukup efektif untuk meningkatkan keaktifan siswa, sebab siswa terlibat langsung dalam bertukar pendapat. Sebanyak 30 siswa mengikuti uji coba metode diskusi selama 2 minggu.
"""


def test_a_degree_asked_is_answered_by_the_sentence_saying_it_not_by_a_number(course):
    # read as a number question, "Seberapa penting ...?" was answered by "3 juta guru ... 250 ribu sekolah" first
    answer = course({"guru.md": GURU}).ask("Seberapa penting peran guru dalam pembelajaran?").answer
    assert answer.startswith("Peran guru dalam pembelajaran sangat penting"), answer


@pytest.mark.parametrize("question, count", [
    # "berapa kali" asks how many times, whatever follows it (a name was counted: "Berapa kali Budi ...?": "budi"; and
    # "diberikan berapa kali?" read no count), as "how many times" does
    ("Imunisasi polio diberikan berapa kali?", Count(None, ("times",))),
    ("Berapa kali Budi Santoso menjadi ketua koperasi?", Count(None, ("times",))),
    ("How many times is the exam held each year?", Count(None, ("times",))),
    # a measure right before "berapa" is what is asked, not the name after it ("Di ketinggian berapa X terletak?")
    ("Di ketinggian berapa Desa Sembalun terletak?", Count(None, ("distance",))),
    ("Desa Sembalun terletak di ketinggian berapa?", Count(None, ("distance",))),
])
def test_berapa_kali_asks_how_many_times_and_a_measure_before_berapa_its_unit(question, count):
    assert asked_count(question) == count


def test_a_number_of_times_is_given_by_a_number_before_kali():
    times = Count(None, ("times",))
    assert gives_count("Menurut jadwal, polio diberikan 4 kali dan campak 1 kali.", times, set(), _words)
    assert gives_count("Napas cepat bila ≥ 60 kali/menit untuk usia di bawah 2 bulan.", times, set(), _words)
    assert not gives_count("Imunisasi polio diberikan sejak tahun 1990 di 4 provinsi.", times, set(), _words)


IMUNISASI = """# Imunisasi Dasar

## Jadwal Imunisasi

Imunisasi dasar diberikan kepada bayi sejak lahir sampai umur 9 bulan di puskesmas atau posyandu terdekat. Imunisasi polio diberikan untuk mencegah kelumpuhan pada anak. Menurut jadwal Kementerian Kesehatan, polio diberikan 4 kali dan campak 1 kali. Imunisasi polio dapat diberikan dalam bentuk tetes maupun suntikan.
"""


DESA = """# Desa Wisata

## Letak Desa

Desa wisata Sembalun dihuni sekitar 2.000 kepala keluarga yang sebagian besar bertani sayur. Desa wisata Sembalun terletak pada ketinggian 1.156 meter di atas permukaan laut. Desa wisata Sembalun dikunjungi 35 ribu wisatawan pada tahun 2019.
"""


def test_how_many_times_is_answered_by_the_sentence_giving_them_first(course):
    # read as no count, the sentence before it (more of the question's words, no number) was said first
    answer = course({"imunisasi.md": IMUNISASI, "desa.md": DESA}).ask("Imunisasi polio diberikan berapa kali?").answer
    assert answer.startswith("Menurut jadwal Kementerian Kesehatan, polio diberikan 4 kali"), answer


@pytest.mark.parametrize("unsaid, said", [
    ("How many attended the meeting?", "How many people attended the meeting?"),
    ("How many need help?", "How many people need help?"),
    ("Berapa yang hadir dalam rapat itu?", "Berapa orang yang hadir dalam rapat itu?"),
    ("Berapa banyak yang mengikuti lomba?", "Berapa orang yang mengikuti lomba?"),
    ("Ada berapa yang sudah lulus?", "Ada berapa orang yang sudah lulus?"),
    # a verb the stop list holds, alone or after helper words (review3: read no count)
    ("Berapa yang datang?", "Berapa orang yang datang?"),
    ("Ada berapa yang sudah bekerja?", "Ada berapa orang yang sudah bekerja?"),
    ("Yang ikut ada berapa?", "Yang ikut ada berapa orang?"),
])
def test_a_count_whose_subject_is_unsaid_counts_people_as_when_it_is_said(unsaid, said):
    """"How many attended?" and "Berapa yang hadir?" leave out who: a person is meant, and the count reads as the one
    naming them (the text writes "sebanyak 30 orang"); s25 read no thing (a count no passage could give) or none."""
    assert asked_count(unsaid) == asked_count(said) != Count(None, ())


@pytest.mark.parametrize("question", ["Berapa yang terjual tahun lalu?", "Berapa yang harus dibayar?"])
def test_a_headless_clause_undergoing_its_verb_counts_no_person(question):
    count = asked_count(question)
    assert count is None or count.thing is None


@pytest.mark.parametrize("question", ["How many work at Apotek Sehat?", "Berapa yang bekerja di Apotek Sehat?"])
def test_a_count_of_people_left_unsaid_is_answered_by_the_sentence_giving_orang(course, question):
    answer = course({"apotek.md": APOTEK}).ask(question).answer
    assert answer.startswith("Karyawan yang bekerja di Apotek Sehat tercatat sebanyak 12 orang."), answer


def test_a_table_row_labelled_by_a_word_of_the_question_gives_its_count():
    # s27: "Berapa responden pria?" asks a row of a table of respondents by gender ("Pria | 8 | 16.0"), which writes no
    # "N responden": the prose passages writing "50 responden" were the ones marked as giving the count
    from telusur.index.lexical import tokenize

    table = "Tabel 2. Responden\nJenis | Jumlah | Persen\nPria | 8 | 16.0\nWanita | 42 | 84.0\n21-25 tahun | 22 | 44.0"
    count = Count("responden", ())
    thing = set(tokenize("responden"))
    assert gives_count(table, count, thing, tokenize, frozenset(tokenize("pria")))
    assert gives_count(table, count, thing, tokenize, frozenset(tokenize("21-25")))
    # a row labelled by no word of the question, or a label with no number after it, gives nothing
    assert not gives_count(table, count, thing, tokenize, frozenset(tokenize("menikah")))
    assert not gives_count(table, count, thing, tokenize, frozenset(tokenize("jenis")))
    assert not gives_count("Responden pria lebih sedikit daripada wanita.", count, thing, tokenize,
                           frozenset(tokenize("pria")))


SURVEI = """# Survei Kepuasan

## Responden

Survei kepuasan pelanggan toko buku melibatkan 50 responden dari tiga kota.

## Karakteristik

Tabel 1. Karakteristik Responden
Gender | Jumlah | Persen
Pria | 8 | 16.0
Wanita | 42 | 84.0
"""


def test_a_count_by_a_tables_label_marks_the_table(course, retriever_of):
    engine = course({"survei.md": SURVEI})
    retriever = retriever_of(engine)
    at = PASSAGE_FEATURES.index("gives_count")
    query = "Berapa responden pria dalam survei kepuasan?"
    found = retriever.candidates(query, retriever.query_vector(query))
    marked = {engine.index.chunks[i].text[:8] for i, row in zip(found.ids, found.features) if row[at]}
    assert "Tabel 1." in marked


# A chat question opening on "lama" asks how long, as "berapa lama" does (issue 15, session 42); "lama" inside a
# question, or opening "lama ini", is a state or a time past, no duration asked
@pytest.mark.parametrize("question, count", [
    ("lama fermentasi tempe sampai jadi", Count(None, ("time",))),
    ("Lamanya penjemuran gabah di lantai jemur?", Count(None, ("time",))),
    ("kira-kira lama pengeringan biji kopi", Count(None, ("time",))),
    ("kalau antrean loket lama, pembeli pindah ga", None),
    ("Lama ini harga gabah naik terus?", None),
])
def test_a_question_opening_on_lama_asks_a_duration(question, count):
    assert asked_count(question) == count


TEMPE = """# Membuat Tempe

## Tentang Tempe

Tempe adalah makanan fermentasi kedelai yang sudah lama dikenal di Jawa dan dibuat dengan ragi tempe.

## Fermentasi

Kedelai yang sudah diberi ragi dibungkus daun pisang lalu disimpan di tempat hangat selama 36-48 jam sampai jadi tempe.
"""


def test_a_duration_asked_without_berapa_marks_the_passage_stating_one(course, retriever_of):
    engine = course({"tempe.md": TEMPE})
    retriever = retriever_of(engine)
    at = PASSAGE_FEATURES.index("gives_count")
    query = "lama fermentasi tempe"
    found = retriever.candidates(query, retriever.query_vector(query))
    marked = {engine.index.chunks[i].text[:8] for i, row in zip(found.ids, found.features) if row[at]}
    assert marked == {"Kedelai "}
