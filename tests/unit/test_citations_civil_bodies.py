"""Indonesian philanthropic and civil bodies named in everyday words, cited narratively with no reference list
("Dompet Dhuafa (2020)", "Aksi Cepat Tanggap (2021)", "Pos Keadilan Peduli Umat (2019)", "Sedekah Rombongan (2020)",
"Rumah Zakat (2020)"): read as a person's name, cut to the last word ("Tanggap (2021)"), or, where the text writes one
of their words small ("zakat", "umat"), read with no author at all. Their first words are never a person's given name:
a body's head, read whole as "Badan Amil Zakat Nasional" is. "Laporan Dompet Dhuafa (2022)" is the body's report, its
author the body (the lead's left list; fresh golds 16, 19 and 20). Made-up sentences."""

import pytest

from telusur.citations import find_citations

_BEFORE = "Pengelolaan zakat terus tumbuh dan zakat menjadi instrumen ekonomi umat. "


def _works(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(c.authors, c.year) for c in find_citations(_BEFORE + text)]


@pytest.mark.parametrize("text, author", [
    ("Dompet Dhuafa (2020) menyalurkan separuh dana zakatnya untuk pendidikan.", "Dompet Dhuafa"),
    ("Sejalan dengan itu, Aksi Cepat Tanggap (2021) menempatkan bantuan pangan di daerah bencana.", "Aksi Cepat Tanggap"),
    ("Pos Keadilan Peduli Umat (2019) menyalurkan dananya untuk pemberdayaan ekonomi.", "Pos Keadilan Peduli Umat"),
    ("Sementara itu, Sedekah Rombongan (2020) lebih banyak membantu biaya pengobatan.", "Sedekah Rombongan"),
    ("Hal serupa disampaikan Rumah Zakat (2020) dalam laporan tahunannya.", "Rumah Zakat"),
    ("Laporan Dompet Dhuafa (2022: 14) menyebut bahwa muzaki kini membayar secara daring.", "Dompet Dhuafa"),
])
def test_a_civil_body_named_in_everyday_words_is_read_whole(text, author):
    assert [a for a, _ in _works(text)] == [(author,)]


@pytest.mark.parametrize("text, works", [
    ("Ayu Lestari (2019) menyatakan bahwa motivasi berzakat dipengaruhi kepercayaan.", [(("Lestari",), "2019")]),
    ("Gerakan Cinta Zakat (2016) yang dicanangkan pemerintah mendorong ASN berzakat.", [((), "2016")]),
    ("Berdasarkan Laporan Kinerja Kementerian Kesehatan (2020), angka naik.",
     [(("Laporan Kinerja Kementerian Kesehatan",), "2020")]),
])
def test_a_person_a_programme_and_a_reports_title_stay_as_they_were(text, works):
    assert _works(text) == works
