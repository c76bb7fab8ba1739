"""A study's authors named after "penelitian yang dilakukan oleh" with their year after "pada (tahun)": surnames that
are dictionary words ("Sari", "Putri", "Lestari", as many Indonesian surnames are) read nothing while "Santoso" read,
and "pada 2020" with no "tahun" read nothing for anyone (issue 14, probed after fresh golds 17 and 18). A survey after
"menurut", an office's act and words the text writes small stay no work. Made-up sentences."""

import pytest

from telusur.citations import find_citations


def _works(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(c.authors, c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text, works", [
    ("Hal itu diperkuat oleh penelitian yang dilakukan oleh Sari pada tahun 2020 di Kota Padang.",
     [(("Sari",), "2020")]),
    ("Hal itu diperkuat oleh penelitian yang dilakukan oleh Sari, Putri, dan Lestari pada tahun 2020 di Padang.",
     [(("Sari", "Putri", "Lestari"), "2020")]),
    ("Hal itu diperkuat oleh penelitian yang dilakukan oleh Santoso pada 2020 di Kota Padang.",
     [(("Santoso",), "2020")]),
])
def test_a_studys_authors_and_its_year_after_pada(text, works):
    assert _works(text) == works


@pytest.mark.parametrize("text", [
    "Menurut Sensus Penduduk tahun 2010 jumlah penduduk naik.",
    "Jembatan itu diresmikan oleh Presiden Jokowi pada 2015 di Kota Padang.",
    "Survei dilakukan oleh mahasiswa keperawatan. Penelitian yang dilakukan oleh Mahasiswa Keperawatan pada tahun "
    "2019 juga menemukannya.",
])
def test_a_survey_an_act_and_words_written_small_stay_no_work(text):
    assert _works(text) == []


@pytest.mark.parametrize("text, works", [
    ("Penelitian yang dilakukan Sari pada tahun 2020 menunjukkan bahwa kepercayaan muzaki naik.", [(("Sari",), "2020")]),
    ("Penelitian yang dilakukan Putri dan Lestari pada tahun 2021 menunjukkan bahwa pelatihan belum cukup.",
     [(("Putri", "Lestari"), "2021")]),
    ("Penelitian yang dilakukan di Kabupaten Bogor pada tahun 2019 tidak menemukan perbedaan.", []),
    ("Kegiatan ini dapat dilanjutkan dengan Penelitian Tindakan Kelas pada tahun 2024.", []),
])
def test_a_studys_agent_right_after_its_passive_verb(text, works):
    """ "yang dilakukan Sari" with "oleh" left out, as Indonesian may (the last session's left list; gold 19)."""
    assert _works(text) == works
