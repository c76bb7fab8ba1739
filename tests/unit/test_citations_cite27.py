"""Kinds fresh citation gold 27 (bench/citations-fresh-cite27.jsonl, real documents by outside authors) and the lead's
left list showed (helper "citations", session 37): each written here as a made-up text of the kind, in words of its
own, so that it fails without its rule."""

from pathlib import Path

import pytest


def _cites(text: str) -> list[tuple[tuple[str, ...], str]]:
    from telusur.citations.intext import find_citations

    return [(c.authors, c.year) for c in find_citations(text) if c.authors]


@pytest.mark.parametrize("text, want", [
    ("Hasil ini sejalan dengan Pratiwi dan Gunawan (2019, studi 4) yang mencatat penurunan serupa.",
     [(("Pratiwi", "Gunawan"), "2019")]),
    ("Tinjauan Hakim dkk. (2020, 37 sekolah, ~9.000 siswa) menemukan efek yang kecil.", [(("Hakim",), "2020")]),
    ("Seperti dilaporkan Nasution (2016, artikel ke-12 dalam tabel tinjauan), nilainya turun saat malam.",
     [(("Nasution",), "2016")]),
])
def test_a_narrative_year_with_the_writers_note_after_a_comma_is_the_works(text, want):
    """"Rahman dkk. (2022, jurnal 6)": after the year, not a page but a note of the writer's (which study of his own
    review it is, its sample): the citation was not read at all."""
    assert _cites(text) == want


@pytest.mark.parametrize("text", [
    "Kegiatan itu diadakan dua kali (2021, tahap kedua) di aula sekolah.",
    "Buku ajar itu dicetak ulang (2018, edisi revisi) tanpa perubahan isi.",
])
def test_a_year_with_a_note_and_no_name_before_it_cites_nothing(text):
    """The same parenthesis with no author named right before it is a date with a remark, no work."""
    assert _cites(text) == []


@pytest.mark.parametrize("text, want", [
    ("Yang masih perlu dicek:\n\n- [ ] Lestari dkk. 2018 — apakah prevalensinya dihitung per kecamatan?\n",
     [(("Lestari",), "2018")]),
    ("| Klaim | Sumber |\n|---|---|\n| Rerata tinggi badan naik 2 cm | Nugroho et al. 2020, *Jurnal Gizi* 8:112 |\n",
     [(("Nugroho",), "2020")]),
    ("Angka itu diambil dari Wardani dkk. 2015 dan Siregar dkk. 2021 — keduanya survei rumah tangga.",
     [(("Wardani",), "2015"), (("Siregar",), "2021")]),
])
def test_a_group_of_authors_with_a_bare_year_is_a_citation_without_a_citing_word(text, want):
    """"Billeci dkk. 2019 — ...", "Wen dkk. 2022, n=1.863" in notes and tables: no parentheses and no "menurut", but
    "dkk."/"et al." after a name says it is a work's authors (it was read only after a citing word or when listed)."""
    assert _cites(text) == want


def test_a_single_name_with_a_bare_year_still_needs_its_cue():
    """The rule is the group's: a lone capitalized word and a year stay what they were without a citing word."""
    assert _cites("Kelas Merdeka 2019 — catatan rapat guru.") == []


def _works(tmp_path: Path, text: str) -> list[str]:
    from telusur.chunking import chunk_document
    from telusur.citations import build_registry
    from telusur.documents import read_document

    path = tmp_path / "catatan.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    return [w.label for w in build_registry(chunk_document(doc), [doc]) if getattr(w, "cited", True)]


def test_a_disasters_year_after_its_place_is_no_work(tmp_path):
    """"Letusan Dahsyat Krakatau (1883)", "Badai Siklon Katrina (2005)", "Sejak tsunami Aceh (2004)": the year is the
    disaster's, as a war's or a crisis's is; a study of one, cited by its author, stays a work."""
    works = _works(tmp_path, """# Riwayat bencana

Letusan Gunung Kelud (2014) menutup tujuh bandara. Badai Tropis Seroja (2021) melanda Nusa Tenggara Timur.

Sejak banjir bandang Wasior (2010), tanggul di hulu sungai diperkuat. Pasca gempa Cianjur (2022), sekolah darurat
didirikan di lapangan desa.

Model genangan yang dikembangkan Pranoto (2017) dipakai untuk memetakan daerah rawan.
""")
    assert works == ["Pranoto (2017)"]


def test_places_listed_after_a_disasters_name_on_its_line_are_no_works(tmp_path):
    """A catalogue's line names a disaster and then more places with their years, joined by "&", "/", ":" or a comma
    ("Letusan Krakatau (1883) & Tambora (1815)", "Gempa & Tsunami Tohoku / Fukushima (2011)"): each year is a
    disaster's; a name after prose words on the line is not listed so."""
    works = _works(tmp_path, """# Katalog bencana

- Banjir Besar Jakarta (2007) & Bekasi (2020)
- Gempa & Likuifaksi Sigi / Donggala (2018)
- Longsor Terparah: Banjarnegara, Jawa Tengah (2014)
- Letusan Sinabung (2010) dikaji ulang oleh Simanjuntak (2016) dalam disertasinya.
""")
    assert works == ["Simanjuntak (2016)"]

