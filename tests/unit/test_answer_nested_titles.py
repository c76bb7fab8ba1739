"""An item title is said of the list nested under it, not only of the lines up to the next item: under "b. Ruang
kerja tertutup" and "1) Kelebihan:", the item "a) Memberikan ketenangan …" is what the closed room gives, though it
names neither (team set 16, Kartikatios's PDF: "tata ruang tertutup kasih apa ke karyawan", "kekurangan ruang
tertutup buat produktivitas", whose items lost to the room's definition, the only unit saying its name). The next
item of the title's own kind of marker ("2) Kekurangan:", "c. …") closes it. Invented text, the stub encoder."""

from telusur.query.answer import _item_titles

RUANG = """# Tata Ruang Kerja

Macam-macam tata ruang kerja di kantor kecil dibahas di bawah ini.

a. Ruang kerja terbuka
Ruang kerja terbuka adalah ruang tanpa dinding di antara meja para pegawai kantor.
1) Kelebihan:
a) Pimpinan mudah mengawasi semua pegawai.
b) Komunikasi antarpegawai berlangsung cepat.
2) Kekurangan:
a) Suara telepon mengganggu konsentrasi pegawai lain.
b. Ruang kerja tertutup
Ruang kerja tertutup adalah ruang yang dipisahkan dinding sehingga setiap pegawai kantor punya ruang kerja sendiri.
1) Kelebihan:
a) Memberikan ketenangan yang lebih tinggi bagi pegawai.
b) Memudahkan pemusatan perhatian saat menulis laporan.
2) Kekurangan:
a) Biaya pembangunan dinding lebih mahal.
b) Pengawasan oleh atasan lebih sulit.
"""


def _titles_over(text: str, line: str) -> list[str]:
    at = text.index(line)
    return [text[a:b] for a, b, end in _item_titles(text) if a <= at < end]


def test_an_item_of_a_nested_list_is_under_every_title_above_it():
    assert _titles_over(RUANG, "a) Memberikan ketenangan") == ["b. Ruang kerja tertutup", "1) Kelebihan:"]
    assert _titles_over(RUANG, "b) Pengawasan oleh atasan") == ["b. Ruang kerja tertutup", "2) Kekurangan:"]
    assert _titles_over(RUANG, "a) Suara telepon") == ["a. Ruang kerja terbuka", "2) Kekurangan:"]


def test_the_next_item_of_its_kind_closes_a_title():
    assert _titles_over(RUANG, "b. Ruang kerja tertutup") == ["b. Ruang kerja tertutup"]
    assert _titles_over(RUANG, "Macam-macam tata ruang") == []


def test_the_item_under_both_titles_answers_what_the_room_gives(course):
    engine = course({"ruang.txt": RUANG})
    answer = engine.ask("Kelebihan ruang kerja tertutup bagi pegawai apa?")
    assert "Memberikan ketenangan yang lebih tinggi bagi pegawai" in answer.answer, answer.answer
