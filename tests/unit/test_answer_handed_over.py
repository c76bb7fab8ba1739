"""What the answer's sentence hands over to is said with it: a sentence whose next unit is a lead-in going on from it
("Rapat tersebut membahas hal-hal berikut:") is said with that lead-in and its list, and a definition answering a
question that asks something else of the term goes on with the next sentence opening with that term. All text is
invented."""

from telusur.query.answer import _handed_over, _term_goes_on
from tests.unit.test_answer_goes_on import _first

KOPERASI = """# Koperasi Sekolah

## Rapat Tahunan

Rapat tahunan koperasi diadakan oleh pengurus bersama pengawas pada akhir tahun buku. Rapat tersebut membahas hal-hal berikut:
• Laporan keuangan yang disusun bendahara
• Pembagian sisa hasil usaha
• Pemilihan pengawas untuk periode berikutnya

## Simpanan

Simpanan wajib dibayar setiap bulan oleh siswa yang menjadi anggota.
"""

DUSUN = """# Peraturan Desa

## Kepala Dusun

Peraturan Desa Nomor 3 Tahun 2020 Pasal 5 huruf b.
Dalam menjalankan tugasnya kepala dusun wajib:
(b) Mencatat kelahiran, kematian dan kepindahan warga setiap bulan;

## Balai Desa

Balai desa dipakai untuk musyawarah warga.
"""

ROUTER = """# Jaringan Kantor

## Router

Router adalah perangkat yang meneruskan paket data dari satu jaringan ke jaringan lain. Router memiliki beberapa port
ethernet dan antena nirkabel untuk menghubungkan banyak perangkat sekaligus. Lampu indikator menyala hijau.

## Kabel

Kabel UTP menghubungkan komputer ke switch.
"""


def test_a_sentence_said_with_the_lead_in_going_on_from_it_and_its_list(course, retriever_of):
    answer = _first(course, retriever_of, {"koperasi.md": KOPERASI}, "Rapat tahunan koperasi itu ngomongin apa?",
                    "Rapat tahunan koperasi diadakan")
    assert "Rapat tahunan koperasi diadakan" in answer.answer, answer.answer
    assert "Pembagian sisa hasil usaha" in answer.answer and "Pemilihan pengawas" in answer.answer, answer.answer


def test_a_label_said_with_the_lead_in_under_it_and_its_only_item(course, retriever_of):
    answer = _first(course, retriever_of, {"dusun.md": DUSUN},
                    "kewajiban kepala dusun di perdes no 3 thn 2020 psl 5 huruf b", "Peraturan Desa Nomor 3")
    assert "Mencatat kelahiran, kematian dan kepindahan warga" in answer.answer, answer.answer


def test_only_a_lead_in_referring_back_is_handed_over():
    text = ("Rapat tahunan koperasi diadakan oleh pengurus. Rapat tersebut membahas hal-hal berikut:\n"
            "• Laporan keuangan\n• Pembagian sisa hasil usaha\n\nAda tiga jenis simpanan, yaitu:\n• Pokok\n• Wajib")
    first = (0, text.index(" Rapat tersebut"))
    spans = _handed_over(text, first)
    assert spans is not None and [text[a:b] for a, b in spans[1:]] == ["• Laporan keuangan",
                                                                       "• Pembagian sisa hasil usaha"], spans
    assert text[spans[0][0]:spans[0][1]].endswith("hal-hal berikut:"), spans
    # "Ada tiga jenis simpanan, yaitu:" introduces another list: it does not go on from the sentence before it
    last = (text.index("• Pembagian"), text.index("\n\nAda"))
    assert _handed_over(text, last) is None


def test_a_definition_goes_on_with_the_next_sentence_about_its_term(course, retriever_of):
    answer = _first(course, retriever_of, {"router.md": ROUTER},
                    "Router yg meneruskan paket data tuh fisiknya kayak gimana?", "Router adalah perangkat")
    assert "Router memiliki beberapa port ethernet" in answer.answer, answer.answer
    assert "Lampu indikator" not in answer.answer, answer.answer
    # asked what the term is, the definition alone answers
    asked = _first(course, retriever_of, {"router.md": ROUTER}, "Apa itu router?", "Router adalah perangkat")
    assert "port ethernet" not in asked.answer, asked.answer


def test_only_the_term_defined_opening_the_next_sentence_goes_on():
    assert _term_goes_on("Router adalah perangkat jaringan.", "Router memiliki port ethernet.")
    assert _term_goes_on("Kartu Tanda Penduduk merupakan identitas resmi.",
                         "Kartu tanda penduduk berlaku seumur hidup.")
    assert not _term_goes_on("Router adalah perangkat jaringan.", "Routernya diletakkan di atas lemari.")
    assert not _term_goes_on("Router adalah perangkat jaringan.", "Switch memiliki port ethernet.")
    assert not _term_goes_on("Router meneruskan paket data.", "Router memiliki port ethernet.")  # defines nothing


def test_a_lead_in_pointing_ahead_is_not_handed_over():
    text = "Rapat tahunan koperasi diadakan oleh pengurus. Berikut ini susunan acaranya:\n• Pembukaan\n• Laporan"
    assert _handed_over(text, (0, text.index(" Berikut"))) is None


def test_a_connective_lead_in_is_not_handed_over():
    # "Oleh karena itu, … sebagai berikut:" and "Serta …:" go on to something new, not to what the sentence spoke of
    for lead in ("Oleh karena itu, rapat ini mengajukan usul sebagai berikut:",
                 "Serta pengurus menyiapkan hal berikut:"):
        text = f"Rapat tahunan koperasi diadakan oleh pengurus. {lead}\n• Pembukaan\n• Laporan"
        assert _handed_over(text, (0, text.index(f" {lead}"))) is None, lead


PERPUSTAKAAN = """# Perpustakaan Desa

## Relawan

Perpustakaan desa dibuka setiap sore oleh relawan karang taruna. Relawan tersebut dibagi menjadi:
1. Petugas peminjaman, yang mencatat buku keluar.
2. Petugas rak, yang merapikan koleksi.

## Koleksi

Koleksi buku berasal dari sumbangan warga dan dinas perpustakaan kabupaten.
"""


def test_a_sentence_saying_every_word_asked_hands_over_no_list(course, retriever_of):
    # the sentence answers who opens the library; the list goes on about the volunteers' duties, which were not asked
    answer = _first(course, retriever_of, {"perpus.md": PERPUSTAKAAN}, "Siapa yang membuka perpustakaan desa?",
                    "Perpustakaan desa dibuka")
    assert "relawan karang taruna" in answer.answer and "Petugas rak" not in answer.answer, answer.answer
