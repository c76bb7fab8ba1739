"""A sentence a Markdown, reStructuredText or AsciiDoc source hard-wraps before an inline formula or a bracket
("… lalu" / "$\\bar{x}$ diperoleh …", "… Hasilnya" / "(untuk sampel besar) mendekati …"): those formats read a single
line break as a space, the reader keeps it (it cannot tell it from an author's own line), and the answer's units are
sentences: a line opening on a formula or a bracket whose first word is in lower case goes on with the sentence above,
as a line opening in lower case does (issue 14; session 43). A shell prompt ("$ ls"), a list item's "(1)", a citation
and a capital after the formula keep their own lines."""

from telusur.documents.structure import opens_small
from telusur.query.answer import units


def _units(text: str) -> list[str]:
    return [" ".join(text[a:b].split()) for a, b in units(text)]


def test_a_line_opening_on_a_formula_goes_on_with_the_sentence_above():
    text = ("Rata-rata sampel dihitung dengan menjumlahkan semua pengamatan lalu\n"
            "$\\bar{x}$ diperoleh dengan membaginya dengan banyaknya pengamatan.")
    assert _units(text) == ["Rata-rata sampel dihitung dengan menjumlahkan semua pengamatan lalu $\\bar{x}$ "
                            "diperoleh dengan membaginya dengan banyaknya pengamatan."]


def test_a_line_opening_on_a_bracket_goes_on_with_the_sentence_above():
    text = ("Semakin banyak pengamatan, rata-rata sampel\n(untuk sampel yang besar) mendekati rata-rata populasi.")
    assert _units(text) == ["Semakin banyak pengamatan, rata-rata sampel (untuk sampel yang besar) mendekati "
                            "rata-rata populasi."]


def test_what_opens_a_line_of_its_own():
    assert opens_small("$Q(z)$ tidak tereduksi") and opens_small("(lihat Tabel 2) dan") and opens_small("lalu")
    assert not opens_small("$ ls -la") and not opens_small("(1) Langkah pertama") and not opens_small("(Sugiyono, 2019)")
    assert not opens_small("$z=1$ Karena itu") and not opens_small("(a) langkah pertama")
    text = "Langkah-langkah pengujian hipotesis\n(1) Rumuskan hipotesis nol."
    assert len(_units(text)) == 2
