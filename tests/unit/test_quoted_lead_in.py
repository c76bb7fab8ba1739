"""What a lead-in introduces is one passage with it, however the text sets the two: a lead-in set as a quote ("> Ciri-ciri
… antara lain:") over a paragraph, a quote or a formula, as a paragraph's lead-in is; and a title line over a quoted
definition ("Kepegawaian" / "> Menurut penjelasan umum … yang dimaksud dengan Kepegawaian adalah …"), as over a
paragraph. Before, each was a passage alone saying only "antara lain:" or "Kepegawaian". Made-up texts."""

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


TERMS = [("Kepegawaian", "Menurut penjelasan umum dalam undang-undang, yang dimaksud dengan kepegawaian adalah segala "
          "hal mengenai kedudukan, kewajiban, hak, dan pembinaan pegawai negeri."),
         ("Pegawai negeri", "Secara sederhana, pegawai negeri adalah seseorang yang bekerja pada instansi atau lembaga "
          "pemerintah dan digaji dengan anggaran pemerintah.")]


def test_a_title_over_a_quoted_definition_is_one_passage_with_it():
    text = "# Istilah\n\n" + "".join(f"{title}\n\n> {definition}\n\n" for title, definition in TERMS)
    assert [c.text for c in _passages(text)] == [f"{title}\n{definition}" for title, definition in TERMS]


def test_a_lead_in_over_a_titled_definition_takes_the_title_with_what_it_titles():
    lead_in = "Untuk memahami kepegawaian, berikut pengertian beberapa istilah. Istilah-istilah tersebut adalah:"
    text = f"# Istilah\n\n> {lead_in}\n\n" + "".join(f"{title}\n\n> {definition}\n\n" for title, definition in TERMS)
    assert [c.text for c in _passages(text)] == [f"{lead_in}\n{TERMS[0][0]}\n{TERMS[0][1]}",
                                                 f"{TERMS[1][0]}\n{TERMS[1][1]}"]


FEATURES = [("RESTful Routing", "RESTful adalah cara baru mengelola permintaan ke sebuah situs dengan metode standar "
             "seperti GET, POST, PUT dan DELETE."),
            ("Composer Powered", "Composer adalah pengelola ketergantungan PHP yang mencari pustaka yang ingin dipakai "
             "dan memasangnya sekaligus.")]


def test_an_items_title_over_a_quoted_paragraph_is_one_passage_with_it():
    # a blog sets each item's text as a quote under it ("- RESTful Routing" / "> RESTful adalah …"), as over a paragraph
    for quoted in (True, False):
        text = "# Fitur Laravel\n\n" + "".join(f"- {title}\n\n{'> ' if quoted else ''}{body}\n\n"
                                               for title, body in FEATURES)
        passages = "\n\n".join(c.text for c in _passages(text))
        assert all(f"• {title}\n{body}" in passages for title, body in FEATURES), quoted
