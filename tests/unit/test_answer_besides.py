"""Where the right passage is first and the answer's unit is its neighbour (issue 15): an acronym the passage defines
says the words it stands for ("Business Manager (BM)" then "Apotek BM bertugas …"), and a question saying what it knows
already ("Selain X, apa lagi …?") is answered with what the text says besides X: the other items of X's list, or the
sentence after X's. Team sets 3, 5, 10 (iklim-organisasi's OCBI, ambalat's steps, autisme's MMR vaccine). Tiny texts,
the stub encoder."""

KEWARGAAN = """# Perilaku Kewargaan

Dimensi pertama perilaku kewargaan diarahkan terhadap individu (citizenship behavior directed toward individuals) – \
OCBI. OCBI menguntungkan rekan tertentu secara langsung. Yang tergolong OCBI adalah courtesy dan altruism. Dimensi \
kedua perilaku kewargaan diarahkan terhadap organisasi (citizenship behavior directed toward organization) – OCBO. \
Yang tergolong OCBO adalah sportsmanship dan civic virtue.
"""

LANGKAH = """# Sengketa Perbatasan

Tindakan yang dapat dipersiapkan oleh negara adalah:
1. Perundingan berdasarkan aturan hukum yang berlaku.
2. Perundingan kedua negara untuk menyepakati solusi tapal batas.
3. Pengelolaan bersama kawasan sengketa.
4. Membawa sengketa ke Mahkamah Internasional.
"""

VAKSIN = """# Vaksinasi

Vaksinasi campak diduga berkaitan dengan autisme. Untuk menghindari risiko, vaksinasi diberikan secara terpisah \
kepada anak. Cara lain adalah menunggu anak berusia tiga tahun sebelum vaksinasi.
"""


def test_a_sentence_writing_the_acronym_says_the_words_it_stands_for(course):
    answer = course({"kewargaan.md": KEWARGAAN}).ask(
        "Perilaku apa yang tergolong perilaku kewargaan diarahkan terhadap individu?")
    assert "courtesy dan altruism" in answer.answer, answer.answer
    assert "sportsmanship" not in answer.answer, answer.answer


def test_besides_an_item_the_answer_is_the_other_items_of_its_list(course):
    answer = course({"sengketa.md": LANGKAH}).ask(
        "Selain membawa sengketa ke Mahkamah Internasional, langkah apa lagi yang bisa dipersiapkan negara?")
    assert "tapal batas" in answer.answer and "Pengelolaan bersama" in answer.answer, answer.answer
    assert "4. Membawa sengketa" not in answer.answer, answer.answer


def test_besides_what_a_sentence_says_the_answer_goes_on_with_the_next(course):
    answer = course({"vaksin.md": VAKSIN}).ask("Selain vaksinasi terpisah, bagaimana menghindari risiko autisme?")
    assert "menunggu anak berusia tiga tahun" in answer.answer, answer.answer


def test_a_sentence_naming_the_known_with_others_answers_alone(course):
    text = "# Stunting\n\nDalam jangka pendek stunting menyebabkan gagal tumbuh, hambatan kognitif, dan gangguan " \
           "metabolisme. Dalam jangka panjang stunting menurunkan kapasitas intelektual.\n"
    answer = course({"stunting.md": text}).ask("Selain gagal tumbuh, dampak jangka pendek stunting apa lagi?")
    assert "gangguan metabolisme" in answer.answer and "intelektual" not in answer.answer, answer.answer


BAB = """# Landasan Teori

Pemahaman konsep dasar ini memerlukan beberapa pendekatan. Penulis merangkum pendekatan sistem ini meliputi \
pengertian sistem, unsur sistem, dan sistem berorientasi objek. Basis data dan metode pengembangan perangkat lunak \
akan diuraikan sesudahnya.
"""


def test_a_row_the_known_thing_holds_is_not_what_else_there_is(course):
    # "X meliputi A, B, dan C" names what X holds, not another thing beside X (team set 12, paybarina): the answer
    # goes on with the next sentence
    answer = course({"bab.md": BAB}).ask("Selain pendekatan sistem, apa lagi yang dibahas penulis?")
    assert "Basis data dan metode pengembangan" in answer.answer, answer.answer


def test_a_row_naming_the_known_among_others_still_answers_alone(course):
    text = "# Stunting\n\nDampak jangka pendek stunting meliputi gagal tumbuh, hambatan kognitif, dan gangguan " \
           "metabolisme. Dalam jangka panjang stunting menurunkan kapasitas intelektual.\n"
    answer = course({"stunting.md": text}).ask("Selain gagal tumbuh, dampak jangka pendek stunting apa lagi?")
    assert "gangguan metabolisme" in answer.answer and "intelektual" not in answer.answer, answer.answer


BENGKEL = """# Tata Letak Bengkel

Aturan tata letak bengkel adalah:
a. Kompresor dijauhkan dari ruang tunggu
Agar tamu tidak terganggu, kompresor yang bising ditaruh jauh dari ruang tunggu pelanggan.
b. Rak ban di dekat pintu
Ban disusun di rak dekat pintu supaya mudah diangkut ke mobil.
c. Oli bekas di drum tertutup
Oli bekas ditampung dalam drum tertutup sebelum diangkut petugas.
"""


def test_placed_apart_from_is_no_besides(course):
    # "kept apart from the waiting room" says where the compressor stands: the answer is its item, not the others
    answer = course({"bengkel.md": BENGKEL}).ask("Why should the noisy compressor be kept apart from the waiting room?")
    assert "Agar tamu tidak terganggu" in answer.answer, answer.answer
    assert "Rak ban" not in answer.answer and "Oli bekas" not in answer.answer, answer.answer


def test_apart_from_asks_besides_opening_a_clause_or_asking_for_another():
    from telusur.query.answer import _BESIDES, _asks_besides

    for question, asks in (("Apart from the compressor, what must a workshop arrange?", True),
                           ("What else is arranged aside from the compressor?", True),
                           ("Why is the compressor kept apart from the waiting room?", False),
                           ("Selain kompresor, apa yang diatur di bengkel?", True)):
        assert _asks_besides(question, _BESIDES.search(question)) is asks, question
