"""A sentence the reader left cut at a line break ("… maka PT. Sehat" / "Sentosa Apotek mengurus sebanyak 215 apotek
…", "… melalui Wechsler" / "Intelligence Scale for Children (WISC)."): the answer's units are sentences, so a long line of prose
stopping in a word goes on with the next line, and the answer says the sentence whole, the number it gives too. A
heading, a title in capitals, a list item, a table row and a quotation opening the next line keep their own lines."""

from telusur.query.answer import units

APOTEK = """# Profil Apotek

## Sehat Sentosa Apotek

PT. Sehat Sentosa Apotek adalah anak perusahaan yang didirikan oleh Sehat Sentosa untuk mengurus apotek-apotek milik perusahaan induknya, dalam upaya menaikkan sumbangan penjualan maka PT. Sehat
Sentosa Apotek mengurus sebanyak 215 apotek yang tersebar di seluruh provinsi
yang memimpin pasar di bidang perapotekan dengan penguasaan pasar sebesar 23% dari seluruh penjualan apotek.

## Pelayanan Resep

Lama pelayanan resep obat jadi paling lama 12 menit, sedangkan untuk resep racikan paling lama 25 menit.
"""


def _units(text: str) -> list[str]:
    return [" ".join(text[a:b].split()) for a, b in units(text)]


def test_a_sentence_cut_at_a_line_break_is_one_unit():
    text = ("Kecerdasan anak dapat diukur dengan beberapa cara. Pengukuran ini dapat dilakukan melalui Wechsler\n"
            "Intelligence Scale for Children (WISC). Hasilnya dibagi sebagai berikut.")
    assert "Pengukuran ini dapat dilakukan melalui Wechsler Intelligence Scale for Children (WISC)." in _units(text)


def test_a_short_line_going_on_in_lower_case_is_one_unit():
    # a line of any length stopping in a word, the next opening in lower case: one sentence, not "dimana …" alone
    text = ("Disleksia adalah suatu gangguan\ndimana seorang anak sulit membaca dan mengeja kata meskipun "
            "kecerdasannya normal. Gangguan ini tampak sejak usia 6-7 tahun.")
    assert _units(text)[0] == ("Disleksia adalah suatu gangguan dimana seorang anak sulit membaca dan mengeja kata "
                               "meskipun kecerdasannya normal.")


def test_a_number_asked_for_is_in_the_answer_when_its_sentence_was_cut(course):
    engine = course({"apotek.md": APOTEK})
    answer = engine.ask("Ada berapa apotek yang diurus PT Sehat Sentosa Apotek?")
    assert "215 apotek" in answer.answer, answer.answer
    answer = engine.ask("Sehat Sentosa Apotek menguasai pasar apotek berapa persen?")
    assert "23%" in answer.answer, answer.answer


def test_headings_items_rows_and_quotations_keep_their_lines():
    heading = "PENGARUH MOTIVASI DAN BEBAN KERJA TERHADAP KINERJA PERAWAT PADA RUMAH SAKIT UMUM SEHAT SENTOSA BANDUNG\n"
    title = "Pengaruh Motivasi dan Beban Kerja Terhadap Kinerja Perawat Rawat Inap Rumah Sakit Umum Sehat Sentosa\n"
    body = "Penelitian ini menguji pengaruh beban kerja terhadap kinerja perawat."
    assert _units(heading + body)[-1] == body and _units(title + body)[-1] == body
    short = "Kerangka pemikiran\n" + body
    assert _units(short) == ["Kerangka pemikiran", body]
    quoted = ("Berbagai masalah tersebut maka beberapa negara membentuk suatu kerjasama internasional\n"
              "“Kerjasama dapat diartikan sebagai seperangkat hubungan yang tidak didasarkan pada unsur paksaan.”")
    assert _units(quoted)[-1].startswith("“Kerjasama dapat diartikan")
    listed = ("Langkah-langkah yang dapat ditempuh oleh pemerintah daerah dalam sengketa batas wilayah desa adalah\n"
              "1. Musyawarah antarkepala desa dengan berpegang pada peraturan daerah yang berlaku.")
    assert _units(listed)[-1].startswith("1. Musyawarah")
