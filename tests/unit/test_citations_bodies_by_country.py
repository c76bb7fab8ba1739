"""A body spelt out once and then cited by its acronym stays the author when the text never makes it an agent
(issue 14): its head word ("Gabungan", "Aliansi", "Koperasi", "Pengurus", "Pimpinan", "Kesatuan") or the country it
gathers, last ("... Seluruh Indonesia", "... Republik Indonesia"). Things named after the country stay no author:
a language's ("Bahasa Indonesia"), a nation's ("Nasional Indonesia"), the country itself ("Negara Kesatuan Republik
Indonesia"). Made-up sentences, with no list and with a list that holds no entry naming them."""

import pytest

from telusur.citations.intext import find_citations

_LIST = "\n\nDAFTAR PUSTAKA\n\nSugiyono. 2017. Metode Penelitian Pendidikan. Bandung: Alfabeta.\n"


def _read(text: str) -> list[tuple[str, ...]]:
    return [c.authors for c in find_citations(text) if c.year == "2019"]


@pytest.mark.parametrize("after", ["", _LIST])
@pytest.mark.parametrize("spelt, acronym", [
    ("Serikat Pekerja Seluruh Indonesia", "SPSI"),
    ("Konferensi Waligereja Indonesia", "KWI"),
    ("Persekutuan Gereja-gereja di Indonesia", "PGI"),
    ("Masyarakat Transparansi Indonesia", "MTI"),
    ("Gabungan Pengusaha Ekspor Indonesia", "GPEI"),
    ("Aliansi Jurnalis Independen", "AJI"),
    ("Koperasi Unit Desa", "KUD"),
    ("Pimpinan Pusat Muhammadiyah", "PPM"),
    ("Pengurus Besar Nahdlatul Ulama", "PBNU"),
])
def test_a_body_spelt_out_by_its_head_or_its_country_stays_the_author(spelt, acronym, after):
    text = f"Penelitian ini membahas {spelt} ({acronym}) di Kota Medan. Angka itu naik setiap tahun ({acronym}, 2019)."
    assert _read(text + after) == [(acronym,)]


@pytest.mark.parametrize("after", ["", _LIST])
@pytest.mark.parametrize("spelt, acronym", [
    ("Pedoman Umum Ejaan Bahasa Indonesia", "PUEBI"),
    ("Kerangka Kualifikasi Nasional Indonesia", "KKNI"),
    ("Negara Kesatuan Republik Indonesia", "NKRI"),
    ("Jaminan Kesehatan Nasional", "JKN"),
    ("Kartu Indonesia Sehat", "KIS"),
])
def test_a_thing_named_after_the_country_stays_no_author(spelt, acronym, after):
    text = f"Penelitian ini membahas {spelt} ({acronym}) di Kota Medan. Angka itu naik setiap tahun ({acronym}, 2019)."
    assert _read(text + after) == []
