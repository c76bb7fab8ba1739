"""A sentence the reader left cut at a line break ("… maka PT. Kimia" / "Farma Apotek mengelola sebanyak 340 apotek
…", "… melalui Childhood" / "Autism Rating Scale (CARS)."): the answer's units are sentences, so a long line of prose
stopping in a word goes on with the next line, and the answer says the sentence whole, the number it gives too. A
heading, a title in capitals, a list item, a table row and a quotation opening the next line keep their own lines."""

from telusur.query.answer import units

APOTEK = """# Profil Apotek

## Kimia Farma Apotek

PT. Kimia Farma Apotek adalah anak perusahaan yang dibentuk oleh Kimia Farma untuk mengelola apotek-apotek milik perusahaan yang ada, dalam upaya meningkatkan kontribusi penjualan maka PT. Kimia
Farma Apotek mengelola sebanyak 340 apotek yang tersebar diseluruh tanah air
yang memimpin pasar dibidang perapotikan dengan penguasaan pasar sebesar 19% dari total penjualan apotek.

## Pelayanan Resep

Waktu tunggu pelayanan resep obat jadi tidak lebih dari 15 menit, sedangkan untuk resep racikan tidak lebih dari 30 menit.
"""


def _units(text: str) -> list[str]:
    return [" ".join(text[a:b].split()) for a, b in units(text)]


def test_a_sentence_cut_at_a_line_break_is_one_unit():
    text = ("Autisme dapat diklasifikasikan menjadi beberapa bagian. Klasifikasi ini dapat diberikan melalui Childhood\n"
            "Autism Rating Scale (CARS). Pengklasifikasiannya adalah sebagai berikut.")
    assert "Klasifikasi ini dapat diberikan melalui Childhood Autism Rating Scale (CARS)." in _units(text)


def test_a_number_asked_for_is_in_the_answer_when_its_sentence_was_cut(course):
    engine = course({"apotek.md": APOTEK})
    answer = engine.ask("Ada berapa apotek yang dikelola PT Kimia Farma Apotek?")
    assert "340 apotek" in answer.answer, answer.answer
    answer = engine.ask("Kimia Farma Apotek menguasai pasar apotek berapa persen?")
    assert "19%" in answer.answer, answer.answer


def test_headings_items_rows_and_quotations_keep_their_lines():
    heading = "PENGARUH IKLIM ORGANISASI DAN STRES KERJA TERHADAP PERILAKU KEWARGAAN PADA KARYAWAN PRODIA JAKARTA\n"
    title = "Pengaruh Iklim Organisasi dan Stres Kerja Terhadap Perilaku Kewargaan Karyawan Laboratorium Klinik Prodia\n"
    body = "Penelitian ini menguji pengaruh iklim organisasi terhadap stres kerja."
    assert _units(heading + body)[-1] == body and _units(title + body)[-1] == body
    short = "Kerangka pemikiran\n" + body
    assert _units(short) == ["Kerangka pemikiran", body]
    quoted = ("Berbagai masalah tersebut maka beberapa negara membentuk suatu kerjasama internasional\n"
              "“Kerjasama dapat diartikan sebagai seperangkat hubungan yang tidak didasarkan pada unsur paksaan.”")
    assert _units(quoted)[-1].startswith("“Kerjasama dapat diartikan")
    listed = ("Tindakan-tindakan yang dapat dipersiapkan oleh Negara Indonesia dalam sengketa perbatasan adalah\n"
              "1. Perundingan dengan mendasarkan kepada aturan-aturan hukum yang berlaku.")
    assert _units(listed)[-1].startswith("1. Perundingan")
