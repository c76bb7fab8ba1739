"""What a lead-in introduces is one passage with it, however the text sets the two: a lead-in set as a quote ("> Ciri-ciri
… antara lain:") over a paragraph or a quote, as a paragraph's lead-in is. Before, it was a passage alone saying only
"antara lain:". Made-up texts."""

from __future__ import annotations

import pytest

from telusur.chunking import chunk_document
from telusur.documents import markdown

LEAD_IN = "Ciri-ciri kelompok sosial menurut Soekanto (1990: 72) antara lain:"
TRAITS = ("Setiap anggota sadar bahwa ia bagian dari kelompok, ada hubungan timbal balik antaranggota, dan ada faktor "
          "yang dimiliki bersama sehingga hubungan mereka bertambah erat.")
AFTER = "Kelompok sosial juga dibedakan menurut besar kecilnya dan menurut derajat interaksi di dalamnya."


def _passages(text: str) -> list:
    return chunk_document(markdown.read(text.encode(), "kelompok.md"))


@pytest.mark.parametrize("lead_in, introduced", [(f"> {LEAD_IN}", TRAITS), (f"> {LEAD_IN}", f"> {TRAITS}"),
                                                 (LEAD_IN, TRAITS)])
def test_a_lead_in_quoted_or_not_is_one_passage_with_what_it_introduces(lead_in, introduced):
    chunks = _passages(f"# Kelompok Sosial\n\n{lead_in}\n\n{introduced}\n\n{AFTER}\n")
    assert [c.text for c in chunks] == [f"{LEAD_IN}\n{TRAITS}", AFTER]
    assert [w.authors for w in chunks[0].citations] == [("Soekanto",)]

