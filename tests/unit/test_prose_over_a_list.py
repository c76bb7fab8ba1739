"""The prose over a list's lead-in is read as a paragraph's sentences are: each sentence a part of the list passage,
so a question on one of them finds the passage by it and is answered with it. Parts were the items alone, and the
sentences before the lead-in were in no part: prosedur-ptk's "Pelaksanaan program remedial dilakukan diluar jam
pelajaran agar tidak mengganggu pembelajaran biasa. … Pola siklus tersebut adalah seperti dibawah ini:" and
smarthome's "Raspberry Pi GPIO memiliki 40 pin dengan ukuran 2,54mm. konektor GPIO memiliki fitur-fitur diantaranya
:" lost to a neighbour whose sentence said less (issue 15: a list passage read as its lead-in and items only)."""

from __future__ import annotations

from telusur.chunking import Chunk, chunk_parts, part_spans

LEAD = ("Pelaksanaan program remedial dilakukan di luar jam pelajaran agar tidak mengganggu pembelajaran biasa. "
        "Peneliti mengambil waktu selama dua jam pelajaran setelah memberi tahu kepala sekolah dan orang tua siswa. "
        "Pola siklus tindakan tersebut adalah sebagai berikut:")
ITEMS = ["1) Merancang tindakan pembelajaran dengan membuat persiapan mengajar dan lembar pengamatan.",
         "2) Melaksanakan tindakan pembelajaran pertama dengan guru mitra sebagai pengamat di kelas.",
         "3) Menganalisis dan merefleksi hasil tindakan pertama bersama guru mitra setelah pembelajaran."]
TEXT = LEAD + "\n" + "\n".join(ITEMS)

COURSE = {"ptk.md": "# Prosedur Penelitian Tindakan Kelas\n\n## Pelaksanaan Tindakan\n\n"
          "Peneliti memilih pembelajaran ulang sebagai program remedial, dengan metode yang sama tetapi media dan "
          "teknik pembelajaran yang berbeda, agar siswa memahami konsep dan menguasai materi pelajaran.\n\n"
          f"{LEAD}\n\n" + "\n".join(ITEMS) + "\n"}


def test_the_sentences_over_a_lists_lead_in_are_parts_of_its_passage():
    said = [TEXT[a:b] for a, b in part_spans(TEXT)]
    assert said[0].startswith("Pelaksanaan program remedial") and "dua jam pelajaran" in said[1], said
    assert [s.strip() for s in said[-3:]] == ITEMS
    parts = chunk_parts(Chunk(0, "PTK", "ptk.md", TEXT, 0, len(TEXT), 1, 4, "Pelaksanaan Tindakan"))
    assert len(parts) == len(said) and "Pelaksanaan program remedial" in parts[0]
    # a lead-in alone is said with every item: it is no part of its own
    alone = "Pola siklus tindakan tersebut adalah sebagai berikut:\n" + "\n".join(ITEMS)
    assert [alone[a:b].strip() for a, b in part_spans(alone)] == ITEMS


def test_a_question_on_the_prose_over_a_list_is_answered_with_its_sentence(course):
    # the paragraph before the list speaks of the same program in more of the question's words: the list passage's
    # own sentence, a part now, is what finds it
    answer = course(COURSE).ask("Program remedial dilakukan kapan?")
    assert answer.passages[0].text.startswith("Pelaksanaan program remedial"), answer.passages[0].text
    assert "di luar jam pelajaran agar tidak mengganggu" in answer.answer, answer.answer
