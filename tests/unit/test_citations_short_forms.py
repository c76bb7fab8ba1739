"""Bodies cited by their short forms (issue 14). A short form of several words that the text gives a body ("Komnas
HAM", "GP Ansor", "Muslimat NU": introduced in parentheses after the words it stands for, or its acronym written alone
elsewhere) is one name whole, not a person's name and initials, and it matches its body's list entry ("GP Ansor" for
"Gerakan Pemuda Ansor"); an acronym with a number inside ("LP3ES") is a body's name too. Made-up sentences, with no
list and with a list that holds no entry naming them."""

import pytest

from telusur.citations.intext import find_citations
from telusur.citations.linking import author_matches

_LIST = "\n\nDAFTAR PUSTAKA\n\nSugiyono. 2017. Metode Penelitian Pendidikan. Bandung: Alfabeta.\n"


def _read(text: str, year: str = "2019") -> list[tuple[str, ...]]:
    return [c.authors for c in find_citations(text) if c.year == year]


@pytest.mark.parametrize("after", ["", _LIST])
@pytest.mark.parametrize("spelt, short", [
    ("Komisi Nasional Hak Asasi Manusia", "Komnas HAM"),
    ("Gerakan Pemuda Ansor", "GP Ansor"),
    ("Muslimat Nahdlatul Ulama", "Muslimat NU"),
])
def test_a_short_form_of_several_words_the_text_gives_a_body_is_read_whole(spelt, short, after):
    text = f"Penelitian ini membahas {spelt} ({short}) di Kota Medan. Angka itu naik setiap tahun ({short}, 2019)."
    assert _read(text + after) == [(short,)]
    narrative = f"{spelt} ({short}) sudah lama dikenal di Jakarta. Menurut {short} (2019), angka itu naik setiap tahun."
    assert _read(narrative + after) == [(short,)]


def test_a_short_form_whose_acronym_the_text_writes_alone_is_read_whole():
    text = "Pelanggaran HAM terus terjadi di daerah. Angka itu naik setiap tahun (Komnas HAM, 2019)."
    assert _read(text) == [("Komnas HAM",)]


@pytest.mark.parametrize("text, author", [
    ("Menurut Jogiyanto HM (2019), sistem informasi adalah kumpulan komponen.", "Jogiyanto"),
    ("Remaja mudah terpengaruh teman sebayanya (Syamsu Yusuf LN, 2019).", "Yusuf"),
    ("Hubungan antarnegara diatur oleh kepentingan (KJ Holsti, 2019).", "Holsti"),
])
def test_a_persons_initials_the_text_never_writes_alone_stay_initials(text, author):
    assert _read(text) == [(author,)]


@pytest.mark.parametrize("after", ["", _LIST])
def test_an_acronym_with_a_number_inside_is_a_bodys_name(after):
    assert _read("Kemiskinan desa meningkat tajam (LP3ES, 2019)." + after) == [("LP3ES",)]
    assert _read("LP3ES (2019) mencatat kemiskinan desa meningkat tajam." + after) == [("LP3ES",)]


@pytest.mark.parametrize("cited", ["K3", "H2O", "CO2"])
def test_a_name_closing_on_its_number_or_a_formula_is_no_author(cited):
    assert _read(f"Kadar itu diukur setiap hari ({cited}, 2019).") == []


def test_a_short_form_stays_whole_when_the_list_spells_its_body_out():
    text = ("Gerakan Pemuda Ansor (GP Ansor) dikenal luas di desa. Kader muda terus bertambah (GP Ansor, 2019).\n\n"
            "DAFTAR PUSTAKA\n\nGerakan Pemuda Ansor. (2019). Laporan Kaderisasi Nasional. Jakarta: Pustaka Ansor.\n")
    assert _read(text) == [("GP Ansor",)]


@pytest.mark.parametrize("cited, listed", [
    ("GP Ansor", "Gerakan Pemuda Ansor"),
    ("Komnas HAM", "Komisi Nasional Hak Asasi Manusia"),
    ("Muslimat NU", "Muslimat Nahdlatul Ulama"),
])
def test_a_short_form_of_words_and_initials_matches_its_bodys_entry(cited, listed):
    assert author_matches(cited, listed)


def test_a_short_form_is_weighed_once_a_text_however_often_it_is_cited(monkeypatch):
    # each weighing scans the whole text: once a citation made a long thesis citing "Komnas HAM" often quadratic
    from telusur.citations import intext

    weighed = []
    monkeypatch.setattr(intext, "stands_for", lambda text, head: weighed.append(head) or False)
    # ("Komnas HAM" is a body by its "Komnas" since 4492a8e, so it is weighed no more: "Muslimat NU" is)
    text = "Warga NU terus bertambah. " + " ".join(f"Kegiatan naik lagi (Muslimat NU, {y})." for y in range(2001, 2011))
    assert [c.authors for c in find_citations(text)] == [("Muslimat NU",)] * 10
    assert weighed.count("Muslimat NU") == 1
