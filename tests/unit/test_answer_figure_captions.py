"""A question about a figure ("Gambar 3.2 isinya apa?", "Which figure shows …?") is answered with the figure's
caption, which is no answer sentence to any other question (test_answer.py). All text is invented."""

from telusur.query.answer import _captions
from tests.unit.test_answer_goes_on import _first

GEDUNG = """# Gedung Perpustakaan

## Lantai Dua

Lantai dua dipakai untuk ruang baca dan rak koleksi referensi mahasiswa.
Gambar 3.2 Denah ruang diskusi kelompok

## Parkir

Area parkir sepeda motor ada di sisi barat gedung.
"""


def test_a_question_naming_a_figure_is_answered_with_its_caption(course, retriever_of):
    answer = _first(course, retriever_of, {"gedung.md": GEDUNG}, "gambar 3.2 di bagian lantai dua isinya apa",
                    "Lantai dua dipakai")
    assert "Denah ruang diskusi kelompok" in answer.answer, answer.answer


def test_a_question_about_no_figure_is_not_answered_with_a_caption(course, retriever_of):
    answer = _first(course, retriever_of, {"gedung.md": GEDUNG}, "Lantai dua dipakai buat apa?", "Lantai dua dipakai")
    assert "Lantai dua dipakai untuk ruang baca" in answer.answer and "Denah" not in answer.answer, answer.answer


def test_captions_are_the_lines_naming_a_figure():
    text = "Sensor dipasang di atap.\nGambar 2.6 Sensor Suhu\nSumber: Dokumen pribadi (2020)\nFigure 4 Wiring"
    assert [text[a:b] for a, b in _captions(text)] == ["Gambar 2.6 Sensor Suhu", "Figure 4 Wiring"]


KOPERASI = """# Organisasi Koperasi

## Struktur

Bagan organisasi koperasi menunjukkan garis wewenang dari rapat anggota sampai karyawan.
Bagan 4.1 Struktur Organisasi Koperasi Unit Desa

## Modal

Modal koperasi berasal dari simpanan pokok dan simpanan wajib anggota.
"""


def test_a_caption_word_naming_a_thing_asks_no_caption(course, retriever_of):
    # "bagan organisasi" is a thing the text explains; only its number or "mana" would ask for the figure
    answer = _first(course, retriever_of, {"koperasi.md": KOPERASI}, "Apa fungsi bagan organisasi koperasi?",
                    "Bagan organisasi")
    assert "garis wewenang" in answer.answer and "Unit Desa" not in answer.answer, answer.answer


def test_a_caption_word_with_its_number_asks_the_caption(course, retriever_of):
    answer = _first(course, retriever_of, {"koperasi.md": KOPERASI}, "Bagan 4.1 menggambarkan struktur apa?",
                    "Bagan organisasi")
    assert "Unit Desa" in answer.answer, answer.answer
