"""The right passage first, the evidence in the unit next to the chosen one (issue 15): a sentence the text opens with
"Sehingga" is the rest of the one before it (team set 11, smarthome: "… dari jarak yang sangat jauh sekalipun." /
"Sehingga kita tidak perlu khawatir …"), a sentence naming things one by one goes on with the one asked about (team
set 11, kewirausahaan: "… dua peran yaitu sebagai penemu dan sebagai perencana." / "Sebagai penemu wirausaha menemukan
…"), and a quotation under the lead-in naming who says it answers "siapa" only with
that lead-in (team set 7, tindak-pidana: "… menurut Wirjono Prodjodikoro (2002: 14) menyebutkan:"). Tiny texts, the
stub encoder."""

RUMAH = """# Rumah Pintar

Perkembangan teknologi kini memungkinkan kita mengawasi setiap kejadian di rumah dari jarak jauh. Sehingga kita \
tidak perlu khawatir pergi meninggalkan rumah.

Rumah pintar memakai sensor gerak dan kamera pengawas.
"""

HUKUM = """# Hukum Pidana

Perbuatan pidana menurut Wirjono Prodjodikoro (2002: 14) menyebutkan:
Hukum merupakan rangkaian peraturan tingkah laku anggota masyarakat, sedangkan satu-satunya tujuan hukum ialah \
keselamatan, kebahagiaan dan tata tertib dalam masyarakat.

Pidana adalah hukuman yang dijatuhkan negara kepada pelanggar.
"""


def test_a_sentence_opening_with_sehingga_is_said_with_the_one_before_it(course):
    answer = course({"rumah.md": RUMAH}).ask("Apa untungnya bisa mengawasi rumah dari jarak jauh?")
    assert "tidak perlu khawatir" in answer.answer, answer.answer


def test_who_says_a_quotation_is_the_lead_in_over_it(course):
    answer = course({"hukum.md": HUKUM}).ask(
        "Siapa yang menyebut tujuan hukum ialah keselamatan, kebahagiaan dan tata tertib masyarakat?")
    assert "Wirjono Prodjodikoro" in answer.answer and "tata tertib" in answer.answer, answer.answer


PERAN = """# Kewirausahaan

Wirausaha menurut Suryana memiliki dua peran yaitu sebagai penemu dan sebagai perencana. Sebagai penemu wirausaha \
menciptakan produk baru, teknologi baru dan cara baru. Sebagai perencana wirausaha merancang strategi usaha baru.
"""


def test_a_sentence_naming_things_goes_on_with_the_one_asked_about(course):
    answer = course({"peran.md": PERAN}).ask("Peran wirausaha sebagai penemu itu ngapain?")
    assert "menciptakan produk baru" in answer.answer, answer.answer
    assert "merancang strategi" not in answer.answer, answer.answer
