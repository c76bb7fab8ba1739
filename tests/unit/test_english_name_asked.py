"""An English question asking what a name is, of a text that never writes that name whole (issue 15): "What is Home
Assistant used for on a Raspberry Pi?" of a text on a Raspberry Pi smart home that writes "home" in one passage and
"assistant" in another. Its words are all the text's, so every share the abstention model reads says "covered"; a name
is written as it is named, so the text that never writes it is not about it (Retriever.english_name_unwritten), as an
Indonesian question naming a name the text never writes is declined."""

RUMAH_PINTAR = """# Rumah Pintar dengan Raspberry Pi

## Raspberry Pi

Raspberry Pi adalah komputer mini seukuran kartu kredit yang dipakai sebagai pengendali smart home. Raspberry Pi
menjalankan sistem operasi Raspbian dan mengendalikan lampu melalui pin GPIO.

## Asisten Virtual

Pengguna dapat memberi perintah suara kepada assistant virtual di ponselnya untuk menyalakan lampu dari jauh.

## Node Sensor

Setiap node sensor mengirim data suhu ke Raspberry Pi melalui WiFi setiap sepuluh detik.

## Lampu Indikator

Lampu indikator berwarna red menyala saat suhu ruangan melewati batas yang ditetapkan pengguna.
"""

DENGAN_NAMA = RUMAH_PINTAR + """
## Home Assistant

Home Assistant adalah perangkat lunak sumber terbuka untuk mengendalikan perangkat rumah pintar dari satu dasbor.
"""


def test_a_name_asked_of_a_text_writing_its_words_apart_is_declined(course, retriever_of):
    engine = course({"rumah-pintar.md": RUMAH_PINTAR})
    retriever = retriever_of(engine)
    for question in ("What is Home Assistant used for on a Raspberry Pi?", "What is Node-RED used for on a Raspberry Pi?"):
        found = retriever.candidates(question, retriever.query_vector(question))
        assert retriever.english_name_unwritten(question, found), question
        assert engine.ask(question).abstained, question


def test_a_name_the_text_writes_whole_is_asked_of_it(course, retriever_of):
    retriever = retriever_of(course({"rumah-pintar.md": DENGAN_NAMA}))
    for question in ("What is Home Assistant used for on a Raspberry Pi?", "What is a Raspberry Pi?",
                     "What is Raspbian used for?"):
        found = retriever.candidates(question, retriever.query_vector(question))
        assert not retriever.english_name_unwritten(question, found), question


def test_only_a_name_is_held_to_its_own_words(course, retriever_of):
    # words in lower case are read through the word list as the text's words for them ("virtual assistant": "asisten
    # virtual"); an Indonesian question's names are the veto's own (Retriever.unspelled_names)
    retriever = retriever_of(course({"rumah-pintar.md": RUMAH_PINTAR}))
    for question in ("What is a virtual assistant used for?", "Apa itu Home Assistant?",
                     "How do you install Home Assistant on a Raspberry Pi?",
                     "What Is Home Assistant?"):  # title case: every word capitalised, no name told apart
        found = retriever.candidates(question, retriever.query_vector(question))
        assert not retriever.english_name_unwritten(question, found), question


KERJASAMA = """# Kerjasama Internasional

Kerjasama internasional adalah sisi lain dari konflik internasional yang juga merupakan salah satu aspek dalam hubungan
internasional. Kerjasama regional merupakan kerjasama antarnegara yang berdekatan secara geografis.

## Diplomasi

Diplomasi adalah cara negara memperjuangkan kepentingan nasionalnya melalui perundingan dengan negara lain.
"""


def test_a_concept_capitalised_whose_words_the_text_translates_is_asked_of_it(course, retriever_of):
    # a word the text never writes is one it writes in Indonesian: no name written apart, the term english_focus_absent
    # reads ("Cooperation": "kerjasama")
    engine = course({"kerjasama.md": KERJASAMA})
    retriever = retriever_of(engine)
    for question in ("What is International Cooperation?", "What is Regional Cooperation?", "What is Diplomacy?"):
        found = retriever.candidates(question, retriever.query_vector(question))
        assert not retriever.english_name_unwritten(question, found), question
        assert not engine.ask(question).abstained, question
