"""Loan words of chemistry and biology in an English question (issue 15): a salt in "-ate" is "-at" in Indonesian
("nitrate" nitrat, "sulfate" sulfat), a binary compound in "-ide" is "-ida" ("chloride" klorida, "hydroxide"
hidroksida); the loan-word rules gave only "nitrasi" and "klorid", words no text writes, so the one word telling two
salts of one metal apart was lost. Made-up text, the stub encoder."""

from telusur.query.english import cognates

GARAM = """# Garam Kalium

## Pupuk

Kalium klorida dipakai petani sebagai pupuk untuk tanaman padi.

## Kembang api

Kalium nitrat dipakai pembuat kembang api sebagai bahan pengoksidasi.

## Antiseptik

Kalium permanganat dipakai sebagai antiseptik untuk membersihkan luka.
"""


def test_ate_and_ide_endings_read_as_indonesian_writes_them():
    assert {"nitrat", "klorida", "hidroksida", "sulfat", "fosfat", "peptida"} <= {
        c for w in ("nitrates", "chloride", "hydroxide", "sulfate", "phosphate", "peptides") for c in cognates(w)}
    assert "edukasi" in cognates("educate")  # the verb's "-asi" stays


def test_the_salt_asked_finds_its_passage(retriever_of):
    retriever = retriever_of({"garam.md": GARAM})
    for question, first in (("What is potassium nitrate used for?", "Kalium nitrat"),
                            ("What is potassium chloride used for?", "Kalium klorida")):
        assert retriever.search(question, 3).hits[0].chunk.text.startswith(first), question
