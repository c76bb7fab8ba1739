"""How many persons a list entry of one-word names holds, told by the text's own citations of the work (issue 14):
"Hadi, Santoso, dan Wijaya (2019)." reads as a family name and its given name, then a second person, unless the text
cites "Hadi dkk. (2019)" (three authors or more); "Suryani dan Sari. 2018." (both words the dictionary knows) reads as
one name unless the text cites "(Suryani dan Sari, 2018)". Made-up chapters."""

import pytest

from telusur.citations.references import reference_entries
from telusur.documents import read_document


def _entries(tmp_path, prose: str, entry: str) -> list[tuple[tuple[str, ...], str]]:
    path = tmp_path / "bab2.md"
    path.write_text(f"# BAB II\n\n{prose}\n\n## DAFTAR PUSTAKA\n\n{entry}\n\nSugiyono. 2010. Metode Penelitian. "
                    "Bandung: Alfabeta.\n", encoding="utf-8")
    return [(r.authors, r.year) for r in reference_entries(read_document(path, path.name, 5.0))][:1]


@pytest.mark.parametrize("prose, entry, authors", [
    # "dkk." cites three authors or more: each one-word given name is a person of its own
    ("Menurut Hadi dkk. (2019), pelaporan kasus sering terlambat.",
     "Hadi, Santoso, dan Wijaya (2019). Sistem Pelaporan Kasus. Jurnal Sistem Informasi, 4(2), 45-53.",
     ("Hadi", "Santoso", "Wijaya")),
    ("Pelaporan kasus sering terlambat (Wibowo et al., 2021).",
     "Wibowo, Anggraini, dan Putra. 2021. Aplikasi Pelaporan Jentik. Yogyakarta: Pustaka Baru.",
     ("Wibowo", "Anggraini", "Putra")),
    # ... a name with its initials stays whole, read by its surname
    ("Menurut Hadi dkk. (2019), pelaporan kasus sering terlambat.",
     "Hadi, Santoso, dan Wijaya, B. (2019). Sistem Pelaporan Kasus. Jurnal Sistem Informasi, 4(2), 45-53.",
     ("Hadi", "Santoso", "Wijaya")),
    # two one-word names the text cites as two persons
    ("Data kasus harus lengkap dan tepat waktu (Suryani dan Sari, 2018).",
     "Suryani dan Sari. 2018. Surveilans Epidemiologi. Yogyakarta: Pustaka Baru.", ("Suryani", "Sari")),
    ("Suryani & Sari (2018) menyebut data kasus harus lengkap.",
     "Suryani dan Sari. 2018. Surveilans Epidemiologi. Yogyakarta: Pustaka Baru.", ("Suryani", "Sari")),
])
def test_the_texts_citations_tell_how_many_persons(tmp_path, prose, entry, authors):
    assert [a for a, _ in _entries(tmp_path, prose, entry)] == [authors]


@pytest.mark.parametrize("prose, entry, authors", [
    # cited as two persons, a family name and its given name stay one person
    ("Menurut Sudjana dan Ibrahim (1989), penilaian harus terencana.",
     "Sudjana, Nana, dan Ibrahim (1989). Penelitian dan Penilaian Pendidikan. Bandung: Sinar Baru.",
     ("Sudjana", "Ibrahim")),
    # three persons with their given names already: none is cut in two
    ("Menurut Santoso dkk. (2019), pelaporan kasus sering terlambat.",
     "Santoso, Budi, Hartono, Agus, dan Wijaya, Dedi (2019). Sistem Pelaporan Kasus. Jurnal Sistem Informasi, 4(2).",
     ("Santoso", "Hartono", "Wijaya")),
    # one person with a given name, cited "dkk." by mistake: two words make no three persons
    ("Menurut Santoso dkk. (2019), pelaporan kasus sering terlambat.",
     "Santoso, Budi (2019). Sistem Pelaporan Kasus. Jurnal Sistem Informasi, 4(2), 45-53.", ("Santoso",)),
    # no citation of the work: read as before
    ("Data kasus harus lengkap dan tepat waktu.",
     "Suryani dan Sari. 2018. Surveilans Epidemiologi. Yogyakarta: Pustaka Baru.", ("Suryani dan Sari",)),
    # a title's words joined by "dan" that the text writes in a sentence with the year are no two persons
    ("Hukum dan Masyarakat tahun 1980 mulai dibahas.",
     "Hukum dan Masyarakat. 1980. Jakarta: Balai Pustaka.", None),
])
def test_without_such_citations_the_reading_stands(tmp_path, prose, entry, authors):
    got = _entries(tmp_path, prose, entry)
    if authors is None:
        assert not got or len(got[0][0]) == 1
    else:
        assert got[0][0] == authors
