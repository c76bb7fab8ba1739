"""Every citation in the default corpus is attributed to the passage it cites, and nothing is guessed."""

import pytest

from conftest import CORPUS
from telusur.chunking import chunk_document
from telusur.citations import build_registry, find_citations
from telusur.documents import read_corpus


@pytest.fixture(scope="module")
def chunks():
    return chunk_document(read_corpus(CORPUS).documents[0])


EXPECTED = {
    "usaha antara orang perorangan": ["Soekanto (1990: 72)"],
    "bertambah kuat apabila ada bahaya dari luar": ["Soekanto (1990: 80)"],
    "nation understanding": ["Kartasasmita (1998: 3)"],
    "berbagai bentuk organisasi internasional": ["Rudy (2005: 3)"],
    "Memelihara perdamaian": ["Toma & Gorman (1991: 384)"],
    "Transaksi antar negara": ["Hosti (1987: 652-653)"],
    "1.Konsensus": ["Smith dan Hocking (1990: 22)"],
    "seperangkat hubungan yang tidak didasarkan": ["Douherty dan Pfaltzgraff (1997: 41)"],
}


@pytest.mark.parametrize("passage, labels", EXPECTED.items())
def test_each_citation_is_attributed_to_its_passage(chunks, passage, labels):
    chunk = next(c for c in chunks if passage in c.text)
    assert [c.label for c in chunk.citations] == labels


def test_the_whole_motives_list_is_cited(chunks):
    chunk = next(c for c in chunks if "Ada tiga motif" in c.text)
    assert "3. Meningkatkan kesejahteraan ekonomi" in chunk.text
    assert chunk.citations[0].authors == ("Toma", "Gorman")


def test_uncited_paragraphs_carry_no_citation(chunks):
    cited = {c.id for c in chunks if any(p in c.text for p in EXPECTED)}
    uncited = [c for c in chunks if c.id not in cited]
    assert len(uncited) >= 8
    assert all(c.citations == () for c in uncited)


def test_registry_groups_a_work_cited_with_different_pages(chunks):
    works = {w.label: w for w in build_registry(chunks)}
    assert len(works) == 7
    assert [p.pages for p in works["Soekanto (1990)"].passages] == ["72", "80"]
    assert works["Hosti (1987)"].authors == ("Hosti",)  # kept as written, not "corrected" to Holsti


@pytest.mark.parametrize("text, label, authors, pages", [
    ("(Soekanto, 1990: 72)", "Soekanto (1990: 72)", ("Soekanto",), "72"),
    ("(Toma & Gorman, 1991: 384)", "Toma & Gorman (1991: 384)", ("Toma", "Gorman"), "384"),
    ("(Smith dan Hocking, 1990: 22)", "Smith dan Hocking (1990: 22)", ("Smith", "Hocking"), "22"),
    ("(Mursal dkk, 2022)", "Mursal dkk (2022)", ("Mursal",), None),
    ("(Hosti, 1987: 652-653)", "Hosti (1987: 652-653)", ("Hosti",), "652-653"),
    ("(Budiman, 2003, hlm. 15)", "Budiman (2003: 15)", ("Budiman",), "15"),
])
def test_citation_formats(text, label, authors, pages):
    [cite] = find_citations(f"Sebuah kalimat {text}.")
    assert (cite.label, cite.authors, cite.pages) == (label, authors, pages)


def test_bare_citation_takes_the_author_named_before_it():
    text = "Menurut Miriam Budiardjo kekuasaan adalah kemampuan (2008: 17)."
    [cite] = find_citations(text)
    assert cite.label == "Budiardjo (2008: 17)"


def test_bare_citation_with_no_name_before_it_is_not_guessed():
    [cite] = find_citations("“Kerjasama adalah keharusan” (1990: 80).")
    assert cite.authors == () and cite.label == "(1990: 80)"


def test_parentheses_that_are_not_citations_are_ignored():
    assert find_citations("integrasi (kerjasama internasional paling kuat) pada abad ke 19 (global).") == []
