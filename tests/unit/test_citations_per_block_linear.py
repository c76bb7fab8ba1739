"""Chunking finds a document's citations block by block, each call given the whole text (a bare year looks back into
it): what one call reads of the text beyond its block must be read once per text, not once per block, or a long
upload's chunking grows with the square of its length (3,000 paragraphs: 104 s of CPU, past a build's limit)."""

from telusur.citations.intext import find_citations

from .conftest import assert_linear

PARAGRAPH = ("Menurut Santoso (2019: 12), pembelajaran yang bermakna menuntut keterlibatan siswa secara aktif dalam "
             "setiap kegiatan kelas, sedangkan guru berperan sebagai pendamping.\n\n")


def _every_block(paragraphs: int) -> None:
    text = PARAGRAPH * paragraphs
    for start in range(0, len(text), len(PARAGRAPH)):
        find_citations(text, start, start + len(PARAGRAPH), context_start=max(0, start - 2000))


def test_a_documents_citations_found_block_by_block_cost_in_proportion_to_its_length():
    assert_linear(_every_block, 150)


def test_each_block_still_finds_its_own_citation():
    text = PARAGRAPH * 3
    found = [find_citations(text, s, s + len(PARAGRAPH)) for s in range(0, len(text), len(PARAGRAPH))]
    assert [[c.label for c in f] for f in found] == [["Santoso (2019: 12)"]] * 3
