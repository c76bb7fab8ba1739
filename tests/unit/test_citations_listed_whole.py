"""A name of several words cited where the reference list holds it whole with that year (a body with no head word, a
title cited for want of an author, a body whose name links its words with "kepada") is that name whole: it read its
last word ("Dhuafa", "Perilaku", "Social") or was cut at the linking word ("Lembaga Penelitian")."""

import pytest

from telusur.citations import find_citations

_LIST = ("\n\nDAFTAR PUSTAKA\n\n"
         "Dompet Dhuafa. (2020). *Laporan tahunan 2020*. Jakarta: Dompet Dhuafa Republika.\n\n"
         "Lembaga Penelitian dan Pengabdian kepada Masyarakat. (2016). *Kedudukan kekayaan negara*. Semarang: "
         "Universitas Diponegoro.\n\n"
         "Modifikasi Perilaku. (2010). Yogyakarta: Pustaka Belajar.\n\n"
         "Suryani dan Sari. (2018). *Sistem informasi kesehatan*. Bandung: Informatika.\n\n"
         "We Are Social. (2021). *Digital 2021: Indonesia*. London: We Are Social.\n")


def _first_authors(prose: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(c.authors), c.year) for c in find_citations(prose + _LIST) if c.start < len(prose)]


@pytest.mark.parametrize("prose, author, year", [
    ("Dana zakat disalurkan untuk beasiswa, misalnya oleh Dompet Dhuafa (2020) di Jakarta.", "Dompet Dhuafa", "2020"),
    ("Pengguna internet terus bertambah (We Are Social, 2021).", "We Are Social", "2021"),
    ("Pembiasaan sejalan dengan penguatan positif (Modifikasi Perilaku, 2010).", "Modifikasi Perilaku", "2010"),
    ("Pemisahan kekayaan perlu ditegaskan kembali (Lembaga Penelitian dan Pengabdian kepada Masyarakat, 2016).",
     "Lembaga Penelitian dan Pengabdian kepada Masyarakat", "2016"),
])
def test_a_name_the_list_holds_whole_is_cited_whole(prose, author, year):
    assert _first_authors(prose) == [((author,), year)]


def test_two_people_cited_stay_two_when_a_list_line_runs_them_together():
    assert _first_authors("Sistem ini dikembangkan lebih lanjut (Suryani dan Sari, 2018).") \
        == [(("Suryani", "Sari"), "2018")]


def test_a_cut_name_with_no_such_entry_is_left_as_read():
    assert _first_authors("Hal ini telah dibahas (Modifikasi Perilaku, 2011).") == [(("Perilaku",), "2011")]
