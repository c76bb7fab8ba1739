"""Kinds of student wording and of passages the search read wrongly (issue 15, session 39, read on team set 24's
misses), each tested on a hand-made text in other words than the question that showed it."""

from telusur.indonesian import chat_verb_forms

# A pottery workshop's text: the verbs as a textbook writes them ("diputar", "menangkap", "didiamkan").
GERABAH = {"gerabah.md": """# Membuat Gerabah

## Membentuk

Tanah liat diletakkan di tengah meja lalu diputar perlahan dengan kaki sampai dindingnya naik.

## Mengeringkan

Mangkuk yang sudah jadi didiamkan di tempat teduh selama tiga hari sebelum dibakar.

## Memindahkan

Perajin menangkap mangkuk basah dengan kedua telapak tangan supaya bentuknya tidak penyok.
"""}


def test_a_chat_verb_said_with_e_for_a_is_read_as_the_texts_verb(course):
    """"sikap badan pas nangkep bola rendah", "kenapa lahan yg tergenang didiemin 2 minggu", "tangannya diputer
    gimana" (team set 24): Jakarta chat says a root's closing "a" as "e" ("tangkap" nangkep, "diam" diemin, "putar"
    puter). Read as typed, "nangkep" and "didiemin" were nouns the text never uses (absent_words) and the questions
    were declined, and "diputer" (the dictionary's colloquial word) searched a stem no passage writes."""
    assert "menangkap" in chat_verb_forms("nangkep")
    assert "didiamkan" in chat_verb_forms("didiemin")
    assert chat_verb_forms("diesel") == [] and chat_verb_forms("poster") == []  # no verb's mark: as typed
    engine = course(GERABAH)
    for typed, written in (("perajin nangkep mangkuk basah pake apa", "menangkap"),
                           ("mangkuk didiemin berapa hari", "didiamkan"),
                           ("tanah liatnya diputer pake apa", "diputar")):
        asked = engine.read(typed).searched
        assert written in asked, asked
        assert not engine.retriever.absent_words(asked), asked
