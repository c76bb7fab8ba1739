"""Reading and chunking kinds team set 23 and read28 showed (session 38, helper "reading"): each rule tested on a
hand-made document in other words than the real one that showed it."""

from __future__ import annotations

from telusur.chunking import chunk_document
from telusur.documents.markdown import read_markdown


def _doc(source: str, name: str = "a.md"):
    return read_markdown(source.encode("utf-8"), name, "md")


def _chunks(source: str) -> list[str]:
    return [c.text for c in chunk_document(_doc(source))]


# ------------------------------------------------ a bare "Contoh:" label with its example, under what it illustrates

# each numbered part titled on its first line, then a bare "Contoh:" and its example outside the list
PARTS = """## Unsur Cerita

1. Tokoh
Pelaku yang mengalami peristiwa dalam cerita dan menggerakkan alurnya dari awal sampai akhir.

Contoh:

Si Kancil yang cerdik menipu buaya agar bisa menyeberangi sungai.

2. Latar
Tempat, waktu dan suasana ketika peristiwa dalam cerita itu terjadi.

Misalnya:

Sebuah desa di tepi hutan pada musim kemarau panjang.
"""


def test_a_bare_example_label_goes_with_the_part_it_illustrates():
    chunks = _chunks(PARTS)
    assert any("Pelaku yang mengalami" in c and "Si Kancil yang cerdik" in c for c in chunks)
    assert any("Tempat, waktu dan suasana" in c and "Sebuah desa di tepi hutan" in c for c in chunks)
    assert not any("Si Kancil" in c and "Sebuah desa" in c for c in chunks)


def test_a_lead_in_naming_its_subject_still_opens_its_own_passage():  # guard: only a bare label joins back
    chunks = _chunks(PARTS.replace("Contoh:", "Tokoh dalam dongeng binatang yang terkenal antara lain:"))
    assert not any("Pelaku yang mengalami" in c and "Si Kancil yang cerdik" in c for c in chunks)


def test_an_example_label_opening_a_section_stays_in_it():  # guard: never back over a heading
    chunks = _chunks("## Tokoh\n\nPelaku yang mengalami peristiwa dalam cerita.\n\n## Latar\n\nContoh:\n\n"
                     "Sebuah desa di tepi hutan pada musim kemarau panjang.\n")
    assert not any("Pelaku yang mengalami" in c and "Sebuah desa" in c for c in chunks)
