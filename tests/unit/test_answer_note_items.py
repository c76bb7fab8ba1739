"""Which lines of a list written as notes the answer may show (issue 15): a short item followed by another item is
its own unit when it says something - a term joined to what it is by a dash or an arrow ("Titran -> larutan …"), or a
note of several small words ("Berlaku sampai dua tahun …") - and stays out when it only names, as a title does
("Mesin Cuci", "Garansi Resmi Pabrik"). Before, every short item before another one was dropped, so a passage of notes
had only its heading line to answer with. A short item over a list nested under it ("1) …" over "a) …") and one
setting two things side by side ("X vs Y") stay titles."""

from telusur.query.answer import units


def _units(text: str) -> list[str]:
    return [" ".join(text[a:b].split()) for a, b in units(text)]


TITRASI = """# Catatan Praktikum Kimia

## Titrasi asam basa

Titran dan Titrat
• Titran -> larutan yang diteteskan dari buret
• Titrat -> larutan di dalam labu erlenmeyer
"""

GARANSI = """# Panduan Pembelian Barang Elektronik

## Ketentuan garansi

Ketentuan Garansi Mesin Cuci
• Garansi mesin cuci ditanggung oleh pabrik pembuatnya
• Berlaku sampai dua tahun sejak tanggal pembelian
• Tidak menanggung kerusakan akibat banjir atau petir
"""


def test_items_joining_a_term_to_what_it_is_are_units():
    text = "Istilah dalam titrasi\n• Titran -> larutan yang diteteskan dari buret\n• Titrat → larutan di dalam labu"
    said = _units(text)
    assert "• Titran -> larutan yang diteteskan dari buret" in said
    assert "• Titrat → larutan di dalam labu" in said
    assert "• Eluen — pelarut yang mengalir" in _units("Kromatografi\n• Eluen — pelarut yang mengalir\n• Fase diam")


def test_a_short_note_that_states_is_a_unit():
    text = ("• Garansi mesin cuci ditanggung oleh pabrik pembuatnya\n• Berlaku sampai dua tahun sejak tanggal "
            "pembelian\n• Tidak menanggung kerusakan akibat banjir")
    assert "• Berlaku sampai dua tahun sejak tanggal pembelian" in _units(text)


def test_items_that_only_name_stay_out():
    # a title over a list of titles: none of them says anything a question asks
    text = "Jenis Kopi\n• Arabika\n• Robusta Lampung\n• Kopi Luwak Asli Gayo\n• Liberika"
    assert _units(text) == ["Jenis Kopi"]


def test_a_short_item_over_a_nested_list_or_setting_two_side_by_side_is_a_title():
    nested = ("1) Keunggulan sistem kerja bergilir\na) Mesin dapat bekerja sepanjang hari\n"
              "b) Karyawan punya waktu istirahat cukup")
    assert "1) Keunggulan sistem kerja bergilir" not in _units(nested)
    side = "• pompa sentrifugal vs pompa torak\n• sentrifugal memakai gaya putar impeler\n• torak memakai piston"
    assert "• pompa sentrifugal vs pompa torak" not in _units(side)
    assert "• sentrifugal memakai gaya putar impeler" in _units(side)


def test_the_last_short_item_is_a_note_after_its_siblings_and_a_title_after_other_text():
    notes = "• Kopi disangrai sampai cokelat tua\n• Digiling kasar untuk metode tubruk"
    assert "• Digiling kasar untuk metode tubruk" in _units(notes)
    closing = "b) Ruang rapat dekat lobi\nRuang ini dipakai untuk tamu.\n1) Kekurangan ruang kerja terbuka"
    assert "1) Kekurangan ruang kerja terbuka" not in _units(closing)


def test_a_note_whose_subject_is_the_line_above_is_said_with_it(course):
    text = """# Catatan Sosiologi

## Kenakalan remaja

• Meningkatnya kenakalan remaja di perkotaan
• Disebabkan oleh lemahnya pengawasan keluarga dan pergaulan bebas.
"""
    answer = course({"remaja.md": text}, abstain_below=-1.0).ask("kenakalan remaja di perkotaan meningkat gara-gara apa")
    assert "lemahnya pengawasan keluarga" in answer.answer, answer.answer


def test_the_note_giving_the_value_asked_is_in_the_answer(course):
    engine = course({"garansi.md": GARANSI}, abstain_below=-1.0)
    answer = engine.ask("garansi mesin cuci berlaku sampai berapa tahun?")
    assert "dua tahun sejak tanggal pembelian" in answer.answer, answer.answer


def test_the_arrow_note_on_the_term_asked_is_the_answer(course):
    engine = course({"titrasi.md": TITRASI}, abstain_below=-1.0)
    answer = engine.ask("titrat itu larutan apa?")
    assert "larutan di dalam labu erlenmeyer" in answer.answer, answer.answer
