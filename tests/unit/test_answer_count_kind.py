"""A list asked by its count ("Ada berapa saksi …?", "berapa jenis diagram", "ada berapa orang") is answered with the
sentence giving the count, as "How many …?" is, not with the list's lead-in and items (issue 15: "ada berapa" read as a
list question; team sets 1, 4, 5, 10: the prophets' count, the sealed will's witnesses, UML's diagrams, Gilgal's
hundred). Tiny texts, the stub encoder."""

import pytest

from telusur.query.answer import question_kind

WASIAT = """# Surat Wasiat

## Wasiat Tertutup

Dalam pasal 940 KUHPerdata ditetapkan hal-hal yang harus dituruti dalam pembuatan surat wasiat tertutup, yaitu:

1. Pewaris menulis ketetapannya sendiri atau menyuruh orang lain menuliskannya.
2. Kertas yang berisi wasiat itu harus ditutup dan disegel oleh pewaris.
3. Wasiat yang ditutup itu diserahkan kepada notaris dengan dihadiri empat orang saksi.
4. Notaris membuat akta penjelasan di atas kertas sampulnya.
"""


@pytest.mark.parametrize("question", [
    "Waktu wasiat tertutup diserahkan ke notaris, harus ada berapa saksi?",
    "rombongan nabi yang tinggal di Gilgal ada berapa orang?",
    "Menurut Rosenau ada berapa aktor hubungan internasional?",
    "UML menyediakan berapa jenis diagram menurut Herlawati?",
    "How many witnesses must attend the handing over of a sealed will?",
])
def test_a_question_asking_how_many_is_a_number_question(question):
    assert question_kind(question) == "number"


@pytest.mark.parametrize("question", ["Apa saja bentuk kerjasama internasional?", "Sebutkan tahapan penelitian",
                                      "What are the stages of the waterfall model?",
                                      # the items asked beside their count: the list's lead-in gives both
                                      "Ada berapa jenis diagram UML dan apa saja?", "Berapa jenis diagram UML, sebutkan!",
                                      "How many functions are there and what are they?"])
def test_a_list_asked_without_a_count_or_with_its_items_is_still_a_list(question):
    assert question_kind(question) == "list"


def test_the_count_is_answered_not_the_list_it_is_written_in(course):
    answer = course({"wasiat.md": WASIAT}).ask("Waktu wasiat tertutup diserahkan ke notaris, harus ada berapa saksi?")
    assert "empat orang saksi" in answer.answer
    assert "Pewaris menulis" not in answer.answer, answer.answer
