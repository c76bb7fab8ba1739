"""Vancouver entries whose first or last author has one name and no initials, as Indonesian names are written
("Kurniawan I, Sulaiman. Judul ...", "Hardinsyah, Aries M. Judul ..."), were not read as entries; in a Markdown or Word
numbered list (numbers kept as list markers) the list's reading stopped there, so every later number cited nothing
(fresh gold 20, bench/citations-fresh-wild.jsonl)."""

import pytest

from telusur.citations import find_citations
from telusur.citations.references import parse_reference


@pytest.mark.parametrize("line, authors, year", [
    ("Kurniawan I, Sulaiman. Hubungan olahraga, stres dan pola makan dengan tingkat hipertensi. J Kesehat Masy. "
     "2019;4(1):10-7.", ("Kurniawan", "Sulaiman"), "2019"),
    ("Hardinsyah, Aries M. Jenis pangan sarapan dan perannya dalam asupan gizi harian anak. J Gizi Pangan. "
     "2012;7(2):89-96.", ("Hardinsyah", "Aries"), "2012"),
    ("Putri SA, Nurhayati, Wibowo T. Dukungan keluarga dan kepatuhan minum obat. J Keperawatan. 2020;8(1):1-9.",
     ("Putri", "Nurhayati", "Wibowo"), "2020"),
])
def test_a_one_name_author_in_a_vancouver_entry(line, authors, year):
    ref = parse_reference(line)
    assert ref is not None and (ref.authors, ref.year) == (authors, year)


def test_an_author_year_entry_with_a_given_name_after_the_comma_stays_one_author():
    ref = parse_reference("Arikunto, Suharsimi. 2010. Prosedur Penelitian: Suatu Pendekatan Praktik. Jakarta: Rineka Cipta.")
    assert ref is not None and ref.authors == ("Arikunto",) and ref.year == "2010"


def test_numbers_after_a_one_name_entry_of_a_markdown_list_still_cite():
    text = """Obesitas meningkatkan risiko hipertensi (1). Beberapa penelitian (2,3) menunjukkan hal yang sama. Asupan
natrium juga berperan (4).

## Daftar Pustaka

1. World Health Organization. A global brief on hypertension. Geneva: WHO; 2013.
2. Kurniawan I, Sulaiman. Hubungan olahraga dan pola makan dengan hipertensi. J Kesehat Masy. 2019;4(1):10-7.
3. Rahajeng E, Tuminah S. Prevalensi hipertensi di Indonesia. Maj Kedokt Indon. 2009;59(12):580-7.
4. Atun L, Siswati T, Kurdanti W. Asupan natrium dan tekanan darah. MGMI. 2014;6(1):63-71.
"""
    from telusur.documents import read_document
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "artikel.md"
        path.write_text(text, encoding="utf-8")
        doc = read_document(path, path.name, 5.0)
    works = [(c.authors[0], c.year) for c in find_citations(doc.text)]
    assert works == [("World Health Organization", "2013"), ("Kurniawan", "2019"), ("Rahajeng", "2009"),
                     ("Atun", "2014")]
