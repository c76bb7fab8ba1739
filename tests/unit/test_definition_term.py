"""The term a definition question asks about is read once (ranker.definition_focus): the ranker's defines_focus, the
question feature focus_absent and the answer's sentence choice all read it. A chat question ending on "apa" asks what a
thing is for or does ("port LAN raspi buat apa", "MySQL dipakai buat apa?", "organizing ujungnya memunculkan apa")
and names no term; an author before or after the term ("Menurut Zimerer kewirausahaan itu apa?", "Gemeinschaft
menurut Tonnies dan Loomis itu apa?") and "yang dimaksud" frame it and are no part of it."""

import pytest

from telusur.query import answer, ranker


@pytest.mark.parametrize("question, focus", [
    ("port LAN raspi buat apa", None),  # team set 10: what it is for
    ("MySQL dipakai buat apa?", None),  # team set 2
    ("organizing ujungnya memunculkan apa", None),  # team set 10: -nya and a verb, what organizing leads to
    ("menurut Agus Hermawan, setelah fakta dianalisis langkah berikutnya apa?", None),  # team set 8
    ("loker di kantor fungsinya apa", None),  # team sets 9, 10
    ("Menurut Zimerer kewirausahaan itu apa?", "kewirausahaan"),  # team set 7: no comma after the name
    ("Menurut Fandy Tjiptono manajemen pemasaran itu apa?", "manajemen pemasaran"),
    ("Gemeinschaft menurut Tonnies dan Loomis itu apa?", "Gemeinschaft"),  # team set 8
    ("basis data menurut penulis itu apa?", "basis data"),  # team set 9
    ("Yang dimaksud structural escape velocity itu apa?", "structural escape velocity"),  # team set 4
    ("Menurut Tagiuri dan Litwin, iklim organisasi itu sebenarnya apa?", "iklim organisasi"),  # tuning half
    ("Sistem kendali loop terbuka itu apa?", "Sistem kendali loop terbuka"),  # a "ter-" word describes the term
    ("Matematika menurut James dan James itu ilmu tentang apa?", None),  # more than an author after it
    ("Menurut Hutahaean, sistem itu apa?", "sistem"),
    # a chat question that goes on after asking what X is (team sets 10, 11): the term is X
    ("cessie itu apa dalam hukum jaminan", "cessie"),
    ("standing desk itu apa, bagus ga buat pegawai kantor", "standing desk"),
    ("Kolostrum itu apa dan keluar kapan?", "Kolostrum"),
    ("MySQL dipakai buat apa, dan kenapa?", None),  # still what it is for
    # what an acronym stands for is its definition (team set 12: "GPM singkatan dari" was read as the term)
    ("GPM singkatan dari apa?", "GPM"),
    ("Apa kepanjangan dari GPM?", "GPM"),
    ("GPM itu kepanjangannya apa?", "GPM"),
    # "yang paling ..." chooses among the text's definitions, "apa" asks (team set 11: "pemasran yang paling singkat apa")
    ("definisi pemasran yang paling singkat apa?", "pemasran"),
    ("Definisi pemasaran apa?", "pemasaran"),
])
def test_the_term_of_an_x_apa_question_is_the_term_itself(question, focus):
    assert ranker.definition_focus(question) == focus


def test_the_answer_reads_the_rankers_term_and_purpose_words():
    """answer.py's definition term and its purpose kind are the ranker's: one reading of "buat apa"."""
    assert answer._focus("Menurut Zimerer kewirausahaan itu apa?") == "kewirausahaan"
    assert answer.question_kind("port LAN raspi buat apa") == "purpose"
    assert answer.question_kind("Untuk apa tujuan dari OSIS?") == "purpose"
    assert ranker.PURPOSE_QUESTION.search("What is the purpose of a breadboard?")
