"""How a question is searched: the nouns that only frame what it asks ("Di mana letak X?", "Apa nama X?") are no search
terms, and a hyphenated word the text writes apart is searched by its parts (TyDi-id dev: "Dimana letak sungai Sungai
Yordan?" answered by a neighbour whose spring "terletak dekat Amman", "Apa nama pesawat terbang pertama ...?",
"apakah arti dari el-Nino?" of a text writing "El Niño"). On tiny texts with the stub encoder."""

import pytest

from telusur.query.kinds import without_asking_nouns
from telusur.query.ranker import PASSAGE_FEATURES

LAKE = """# Danau Wanaraya

## Ikhtisar

Danau Wanaraya adalah danau air tawar di dataran tinggi Sarimekar, diapit dua bukit kapur dan hutan pinus.

## Mata air

Mata air utama yang mengisi Danau Wanaraya terletak dekat desa Lembayung, dan airnya mengalir lewat parit batu.
"""

LEAGUE = """# Liga pedagang

## Pendiri

Liga pedagang pesisir didirikan oleh para saudagar lada dan kayu manis dari tiga bandar.

## Lambang

Lambang liga itu bernama Bintang Laut, dijahit pada bendera setiap kapal anggotanya.
"""

STORM = """# Angin musim

## Gejala

Gejala Ar Rihan adalah angin kering yang bertiup dari gurun selama musim kemarau panjang.

## Nelayan

Nelayan pesisir menunda melaut bila langit tampak merah di pagi hari.
"""


def _words(retriever, query):
    found = retriever.candidates(query, retriever.query_vector(query))
    at = PASSAGE_FEATURES.index("words")
    return {retriever.index.chunks[i].location.section[-1]: row[at] for i, row in zip(found.ids, found.features)}


@pytest.mark.parametrize("question, searched", [
    ("Dimana letak Danau Wanaraya?", "Dimana Danau Wanaraya?"),
    ("Di manakah letaknya danau itu?", "Di manakah danau itu?"),
    ("Apa nama lambang liga itu?", "Apa lambang liga itu?"),
    ("Siapakah nama pendiri liga?", "Siapakah pendiri liga?"),
    ("Nama lambang liga itu apa?", "Nama lambang liga itu apa?"),  # the noun as the subject's own word stays
    ("Apa nama ilmiah pohon itu?", "Apa ilmiah pohon itu?"),
])
def test_the_asking_noun_after_the_question_word_is_left_out(question, searched):
    assert without_asking_nouns(question) == searched


def test_where_a_place_is_the_passage_without_letak_holds_every_word(retriever_of):
    """"Dimana letak Danau Wanaraya?": the opening paragraph says where the lake is without "terletak"; the one about
    its spring writes "terletak" and holds no more of what is asked."""
    words = _words(retriever_of({"danau.md": LAKE}), "Dimana letak Danau Wanaraya?")
    assert words["Ikhtisar"] == pytest.approx(1.0)
    assert words["Mata air"] == pytest.approx(1.0)


def test_what_a_thing_is_called_the_passage_without_nama_holds_every_word(retriever_of):
    words = _words(retriever_of({"liga.md": LEAGUE}), "Apa nama pendiri liga pedagang?")
    assert words["Pendiri"] == pytest.approx(1.0)


def test_a_question_that_is_only_the_asking_noun_keeps_it(retriever_of):
    """"Dimana letaknya?" (a follow-up) has no other word to search: it is searched as asked."""
    assert _words(retriever_of({"danau.md": LAKE}), "Dimana letaknya?")["Mata air"] > 0.0


def test_a_hyphenated_word_the_text_writes_apart_is_searched_by_its_parts(retriever_of):
    """"ar-Rihan" of a text writing "Ar Rihan": read whole it is a term no passage holds, and the passage defining it
    held none of the question's words."""
    words = _words(retriever_of({"angin.md": STORM}), "Apakah arti dari ar-Rihan?")
    assert words["Gejala"] == pytest.approx(1.0)
    assert words.get("Nelayan", 0.0) == 0.0


BORDER = """# Batas laut

## Perjanjian

Perjanjian batas laut antara Wanasari dan Lembayung ditandatangani setelah tiga kali perundingan di pelabuhan.

## Patroli

Kapal patroli Lembayung menjaga perairan utara, sedangkan Wanasari menjaga selat di selatan.
"""


def test_a_hyphen_joining_two_things_the_text_writes_apart_is_not_split(retriever_of):
    """"Wanasari-Lembayung" of a text writing "Wanasari dan Lembayung": the hyphen joins two countries, not the parts
    of one name written apart; "Wanasari" and "Lembayung" are not searched for it (every passage on the border writes
    both)."""
    retriever = retriever_of({"batas.md": BORDER})
    assert retriever._hyphen_parts("Kapan perjanjian batas Wanasari-Lembayung ditandatangani?") == []
    assert retriever_of({"angin.md": STORM})._hyphen_parts("Apakah arti dari ar-Rihan?") == ["ar", "rihan"]
