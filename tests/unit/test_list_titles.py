"""A title line over a list's lead-in heads that list (issue 14, "reading that generalises"): on an open document
(kenaikan-pangkat-pns) "Kelebihan MySQL" over "Adapun kelebihan MySQL … adalah:" and its items was a passage of its
own, the title alone, a useless answer taking a rank. It is one passage with its lead-in and list, and the later
pieces of a long list keep the title and the lead-in as their heading. Made-up texts."""

from __future__ import annotations

import pytest

from telusur.chunking import chunk_document
from telusur.documents import markdown

ITEMS = ["Gratis sehingga mudah didapatkan oleh siapa saja.", "Stabil dan tangguh dalam pengoperasiannya.",
         "Mempunyai sistem keamanan yang cukup baik."]


def _chunks(text: str):
    return chunk_document(markdown.read(text.encode(), "a.md"))


@pytest.mark.parametrize("quote", ["", "> "])
def test_a_title_over_a_lead_in_heads_its_list(quote):
    text = (f"# Basis Data\n\n{quote}Kelebihan MySQL\n\n{quote}Adapun kelebihan MySQL dalam database adalah:\n\n"
            + "\n".join(f"- {x}" for x in ITEMS) + "\n")
    chunks = _chunks(text)
    assert not any(c.text.strip() == "Kelebihan MySQL" for c in chunks), [c.text for c in chunks]
    [passage] = [c for c in chunks if "Kelebihan MySQL" in c.text]
    assert "adalah:" in passage.text and ITEMS[0][:20] in passage.text and ITEMS[-1][:20] in passage.text


def test_a_long_lists_later_pieces_are_headed_by_its_title_and_lead_in():
    items = [f"Kelebihan ke-{n} adalah " + "sistem yang stabil dan tangguh dalam pengoperasiannya sehari-hari " * 3
             for n in range(1, 9)]
    text = ("# Basis Data\n\nKelebihan MySQL\n\nAdapun kelebihan MySQL dalam database adalah:\n\n"
            + "\n".join(f"{n}. {x}" for n, x in enumerate(items, 1)) + "\n")
    chunks = _chunks(text)
    pieces = [c for c in chunks if "Kelebihan ke-" in c.text]
    assert len(pieces) > 1, [c.text for c in chunks]
    assert pieces[0].text.startswith("Kelebihan MySQL\n")
    for piece in pieces[1:]:
        assert piece.heading and piece.heading.startswith("Kelebihan MySQL") and "adalah:" in piece.heading


def test_a_sentence_over_a_lead_in_is_no_title_of_it():
    """A paragraph of its own (a sentence with its stop) over a lead-in stays a passage of its own."""
    prose = ("Basis data dipakai oleh hampir semua sistem informasi. Pemilihannya bergantung pada kebutuhan "
             "pengguna dan dana yang tersedia.")
    text = (f"# Basis Data\n\n{prose}\n\nAdapun kelebihan MySQL dalam database adalah:\n\n"
            + "\n".join(f"- {x}" for x in ITEMS) + "\n")
    chunks = _chunks(text)
    assert [c for c in chunks if c.text.strip() == prose]
