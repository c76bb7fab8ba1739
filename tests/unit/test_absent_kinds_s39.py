"""Kinds of words absent_words read wrongly (issue 15, session 39, the Left list's abstention kinds), each tested on a
hand-made text in other words than the question that showed it: a chat verb saying its closing "a" as "e", the span
a number question asks for, a word the text writes with an apostrophe or hyphens inside, a noun ending in "nya"
that is no "-nya" word, and a word the stemmer cuts to a short root through an infix it does not have."""

from telusur.indonesian import chat_verb_forms

# A garden text: its verbs as a textbook writes them, its figures as two ends of a span.
KEBUN = {"kebun.md": """# Kebun Sekolah

## Menanam

Siswa menanam bibit cabai di polybag setelah bibit berdaun empat. Bibit yang sehat dapat dipindahkan ke bedengan.

## Suhu dan Harga

Suhu yang baik untuk perkecambahan adalah 25-30 derajat Celsius. Harga bibit di pasar antara Rp2.000 dan Rp3.000.
"""}

# A text on Friday worship writing its Arabic loans with an apostrophe and a hyphen.
IBADAH = {"ibadah.md": """# Ibadah Berjamaah

Shalat Jum'at wajib bagi laki-laki muslim. Khatib membuka khutbah dengan membaca surat Al-Fatihah dan do'a.
"""}

# A text on mosquito-borne fevers.
DEMAM = {"demam.md": """# Demam karena Nyamuk

Malaria menular lewat gigitan nyamuk Anopheles. Demam berdarah menular lewat gigitan nyamuk Aedes aegypti.
"""}

# A text on office printers.
PRINTER = {"printer.md": """# Perawatan Printer

Printer kantor yang jarang dibersihkan mencetak dengan lambat. Bersihkan kepala cetak sebulan sekali.
"""}


def test_a_chat_verb_saying_its_closing_a_as_e_is_the_texts_verb(course):
    """"sikap badan pas nangkep bola", "hadiah buat yg bisa nangkep diponegoro" (team sets 21, 24): chat says a
    root's closing "a" as "e" ("nangkep" menangkap, "nanem" menanam); read as typed it was a noun no text writes,
    and the question was declined. A word the dictionary knows as written stays itself. (The rule is
    indonesian.chat_verb_forms', read only in a word marked as a verb: test_answerable_kinds_s39 holds its cases.)"""
    assert chat_verb_forms("nanem") == ["menanam"]
    assert chat_verb_forms("paket") == []
    engine = course(KEBUN)
    asked = engine.read("kapan siswa nanem bibit cabai").searched
    assert "menanam" in asked
    assert not engine.retriever.absent_words("kapan siswa nanem bibit cabai")


def test_the_span_a_number_question_asks_for_is_no_noun_of_its_subject(course):
    """"Berapa rentang IQ anak tunagrahita ringan", "Dalam rentang waktu berapa lama" (the tuning half, team set 8):
    the span a figure is asked in is what the text writes as its two ends ("25-30", "antara ... dan ..."), never
    the subject. Not asked as a number, the word is a noun like any."""
    retriever = course(KEBUN).retriever
    assert not retriever.absent_words("berapa rentang suhu untuk perkecambahan cabai?")
    assert not retriever.absent_words("kisaran harga bibit cabai di pasar berapa?")
    assert retriever.absent_words("apa arti rentang dalam perkecambahan cabai?") == ("rentang",)


def test_a_word_the_text_writes_with_an_apostrophe_or_hyphens_inside_is_written(course):
    """"kata ilmu disebut brp kali di quran" of a text writing "Al-Qur-an", "Qur'an" (team set 20): the question
    types the loan whole; the index reads the text's word in parts ("qur", "an") or whole with its article
    ("al-qur-an"), so absent_words read it as a noun the text lacks."""
    retriever = course(IBADAH).retriever
    assert not retriever.absent_words("shalat jumat wajib bagi siapa?")
    assert not retriever.absent_words("khatib membaca alfatihah dan doa kapan?")
    assert retriever.absent_words("khatib membaca yasin kapan?") == ("yasin",)


def test_a_noun_ending_in_nya_is_no_word_with_the_suffix(course):
    """"gejala chikungunya beda sama demam berdarah" (team set 22, out of scope): a word ending in "nya" was read as
    a word with the suffix "-nya" (of the subject: "gejalanya"), never a noun, and the question was answered from
    the dengue text. What stands before "nya" here is no word."""
    retriever = course(DEMAM).retriever
    assert retriever.absent_words("apakah chikungunya menular lewat gigitan nyamuk?")
    assert not retriever.absent_words("nyamuk malaria gigitannya menular lewat apa?")


def test_a_word_cut_through_an_infix_it_lacks_is_read_as_written(course):
    """"cara benerin wifi rumah yang lemot" (team set 15, out of scope): the stemmer reads "lemot" as "l-em-ot", root
    "lot", too short for absent_words to read, so the question's one noun no text writes went unread. A word the
    text writes, cut so, stays written."""
    retriever = course(PRINTER).retriever
    assert retriever.absent_words("kenapa printer kantor lemot?") == ("lemot",)
    assert not retriever.absent_words("kenapa printer kantor lambat?")


def test_a_word_with_nya_whose_part_before_it_the_text_writes_is_its_word(course):
    """"papan mikrokontrolernya kecil tapi isinya apa aja" (team set 12) of a text writing "mikrokontroler": a loan no
    dictionary lists, with the suffix "-nya", is the text's word, not a noun it lacks; so is a "-nnya" word typed
    with one "n"."""
    retriever = course(DEMAM).retriever
    assert not retriever.absent_words("nyamuk anophelesnya menular lewat gigitan?")
    assert not retriever.absent_words("gigitan nyamuk demam berdarah penularanya lewat apa?")
