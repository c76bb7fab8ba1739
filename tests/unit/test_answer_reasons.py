"""A "why" question (also asked as chat asks it, "kok …?") is answered with the reason the text gives: the sentence
giving it, the one it follows from, and never another list item's reason."""

import pytest

from telusur.query.answer import question_kind


@pytest.mark.parametrize("question, kind", [
    ("kok pemasar konvensional bisa memberi janji kosong ke konsumen?", "why"),
    ("Kok perusahaan butuh sistem?", "why"),
    ("kok ibu bisa tidak tahu soal ISPA, penyebabnya apa?", "why"),
    ("Bagus kok, bagaimana cara kerjanya?", None),  # "kok" inside a sentence only colours it
])
def test_kok_opening_a_question_asks_why(question, kind):
    assert question_kind(question) == kind


PEMASARAN = """# Pemasaran

## Konsep Pemasaran

Pemasaran bebas nilai adalah pemasaran yang tidak berlandaskan etika dalam setiap kegiatannya. Sehingga bisa saja \
pedagang keliling memberikan janji kosong kepada pembeli. Karena mereka hanya mementingkan target penjualan harian \
yang ditetapkan juragan. Pemasaran beretika menempatkan pembeli sebagai mitra.
"""


def test_a_why_answer_says_the_reason_the_next_sentence_gives(course):
    answer = course({"pemasaran.md": PEMASARAN}).ask("kok pedagang keliling bisa memberikan janji kosong kepada pembeli?")
    assert "Karena mereka hanya mementingkan target penjualan" in answer.answer, answer.answer


def test_a_why_answer_opening_with_sehingga_says_what_it_follows_from(course):
    answer = course({"pemasaran.md": PEMASARAN}).ask("Mengapa pedagang keliling memberikan janji kosong kepada pembeli?")
    assert "tidak berlandaskan etika" in answer.answer, answer.answer


KANTOR = """# Tata Ruang Kantor

## Kelebihan Ruang Terbuka

Kelebihan ruang kantor terbuka antara lain sebagai berikut:
a) Atasan lebih mudah mengawasi pegawai
Dengan ruang tanpa sekat, atasan dapat mengawasi pegawai dari berbagai bagian secara langsung.
b) Kerja sama tim lebih lancar
Pegawai lebih mudah bekerja sama dengan atasan karena tidak terhalang oleh dinding ruang.
"""


def test_a_why_answer_over_one_item_says_no_other_items_reason(course):
    answer = course({"kantor.md": KANTOR}).ask("kok ruang kantor terbuka membuat atasan mudah mengawasi pegawai?")
    assert "mengawasi pegawai dari berbagai bagian" in answer.answer, answer.answer
    assert "dinding ruang" not in answer.answer, answer.answer


def test_another_items_reason_is_looked_for_in_the_best_units_passage_only():
    # answer._other_item: a unit of the second passage lying at the offsets of the first passage's other item is no
    # item of that list (the offsets are each passage's own)
    from types import SimpleNamespace

    from telusur.query.answer import _other_item

    hits = [SimpleNamespace(chunk=SimpleNamespace(text=KANTOR)) for _ in range(2)]
    own, other = KANTOR.index("Dengan ruang tanpa sekat"), KANTOR.index("Pegawai lebih mudah")
    apart = _other_item(hits, 1, (own, own + 20))
    assert apart(1, (other, other + 20)) and not apart(1, (own, own + 20))
    assert not apart(2, (other, other + 20))


PRODIA = """# Stres Kerja

## Pengaruh Iklim Organisasi terhadap Stres Kerja

Penelitian ini menunjukkan hasil bahwa iklim organisasi tidak mempengaruhi stres kerja karyawan klinik. Temuan penelitian menunjukkan bahwa iklim organisasi bukanlah variabel yang mempengaruhi tingkat stres kerja karyawan klinik. Stres akan tetap saja dirasakan karyawan klinik walaupun iklim organisasi kondusif atau tidak kondusif. Stres dalam diri karyawan terjadi karena tekanan, risiko, hingga beban kerja yang berat.
"""

MALEAKHI = """# Nabi-Nabi

## Masa Pelayanan Maleakhi

Maleakhi lebih sulit ditentukan tahunnya tetapi yang jelas setelah masa pelayanan Hagai dan Zakharia. Dia berbicara tentang upacara keagamaan di Bait Allah yang tengah dibangun kembali. Dia juga mengecam dosa-dosa umat yang sama dengan dosa yang disebutkan oleh Ezra maupun Nehemia. Hal ini menyarankan masa di sekitar masa Ezra dan Nehemia bagi Maleakhi. Karena namanya tidak disebut di dalam kedua kitab itu maka diperkirakan Maleakhi melayani beberapa tahun setelah kedua kitab itu ditulis.
"""


@pytest.mark.parametrize("texts, question, said", [
    # the sentence restating the question, without a reason of its own, goes on with the next one giving it
    # (iklim-organisasi-stres-kerja, team set 8: "Kok karyawan Prodia tetap stres …?")
    ({"prodia.md": PRODIA}, "Kok karyawan klinik tetap stres walaupun iklim organisasinya kondusif?",
     "terjadi karena tekanan, risiko"),
    # a further sentence opening on what came before ("Hal ini …") is said with what it follows from
    # (nabi-israel-perjanjian-lama, team set 6: "Kenapa Maleakhi diperkirakan melayani sekitar masa Ezra dan Nehemia?")
    ({"maleakhi.md": MALEAKHI}, "Kenapa Maleakhi diperkirakan melayani sekitar masa Ezra dan Nehemia?",
     "sama dengan dosa yang disebutkan oleh Ezra"),
])
def test_a_why_answer_says_the_neighbour_giving_its_sentences_reason(course, texts, question, said):
    answer = course(texts).ask(question)
    assert said in answer.answer, answer.answer


PANEN = """# Pertanian

## Gagal Panen

Tanah di lereng gunung itu subur dan gembur. Petani di desa Sukamaju sering gagal panen karena hujan turun terlalu
deras pada musim tanam.
"""


def test_a_sentence_giving_its_own_reason_is_said_without_the_one_before(course):
    # answer._with_its_reason: only a sentence without "karena", "sebab" … (or opening on what came before) takes the
    # sentence before it; one that gives the reason itself stands alone
    answer = course({"panen.md": PANEN}).ask("Mengapa petani di desa Sukamaju sering gagal panen?")
    assert "karena hujan turun terlalu deras" in answer.answer, answer.answer
    assert "subur dan gembur" not in answer.answer, answer.answer


def test_what_a_further_why_sentence_follows_from_is_looked_for_as_said_in_its_own_passage():
    # answer._with_what_it_follows: a sentence of the second passage said at the offsets of the sentence "Hal ini …"
    # follows from in the first is no reason to leave that one out (the offsets are each passage's own)
    from types import SimpleNamespace

    from telusur.query.answer import _with_what_it_follows

    text = MALEAKHI[MALEAKHI.index("Maleakhi lebih"):]
    hits = [SimpleNamespace(chunk=SimpleNamespace(text=text)) for _ in range(2)]
    reason, this = text.index("Dia juga mengecam"), text.index("Hal ini")
    span = (this, text.index(".", this) + 1)
    assert _with_what_it_follows(hits, 1, span, [(2, (reason, reason + 20))]) == (reason, span[1])
    assert _with_what_it_follows(hits, 1, span, [(1, (reason, reason + 20))]) == span
