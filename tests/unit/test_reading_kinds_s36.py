"""Reading kinds read26 showed (session 36, helper "reading"): each rule tested on a hand-made document in other words
than the real one that showed it."""

from __future__ import annotations

import json
import textwrap

import pytest

from telusur.documents import read_document
from telusur.documents.markdown import read_markdown


def _blocks(source: str, name: str = "a.md", fmt: str = "md") -> list[tuple[str, str]]:
    doc = read_markdown(source.encode("utf-8"), name, fmt)
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


# ---------------------------------------------------------------- program code indented as a Markdown code block

LESSON = """## Perulangan for

Contoh perulangan berikut mencetak angka satu sampai tiga ke layar:

    # cetak angka satu sampai tiga
    for i in range(1, 4):
        print(i)

    # hasil yang diharapkan
    hasil = [1, 2, 3]

Setiap putaran mencetak satu angka.
"""


def test_program_code_indented_as_a_code_block_keeps_its_lines_and_makes_no_heading():
    blocks = _blocks(LESSON)
    assert ("heading", "cetak angka satu sampai tiga") not in blocks
    assert ("heading", "hasil yang diharapkan") not in blocks
    code = next(t for k, t in blocks if "range(1, 4)" in t)
    assert "for i in range(1, 4):\n    print(i)" in code and "# cetak angka satu sampai tiga" in code


def test_a_paragraph_pasted_with_an_indent_is_still_read_as_prose():  # guard: the rule is for code only
    source = ("## Catatan\n\nPengantar singkat sebelum kutipan.\n\n"
              "    Paragraf ini ditulis menjorok ke dalam oleh penulisnya, tetapi isinya kalimat biasa yang\n"
              "    dibaca sebagai teks, bukan sebagai kode program yang dijalankan komputer.\n")
    blocks = _blocks(source)
    assert ("paragraph", "Paragraf ini ditulis menjorok ke dalam oleh penulisnya, tetapi isinya kalimat biasa yang "
            "dibaca sebagai teks, bukan sebagai kode program yang dijalankan komputer.") in blocks


def test_indented_code_in_a_hard_wrapped_text_is_not_joined_as_wrapped_lines():
    prose = ("Fungsi menghitung luas persegi panjang dari panjang dan lebarnya, lalu mengembalikan hasilnya "
             "kepada pemanggil supaya dapat dipakai lagi di bagian lain program tanpa ditulis ulang. ") * 2
    source = (textwrap.fill(prose.strip(), 72) + "\n\n"
              "    def luas(panjang, lebar):\n"
              '        """Menghitung luas persegi panjang yang panjang dan lebarnya diberikan"""\n'
              "        return panjang * lebar\n\n" + textwrap.fill(prose.strip(), 72) + "\n")
    from telusur.documents.structure import unwrap

    assert "\n        return panjang * lebar\n" in unwrap(source)  # the .txt/.md unwrapping leaves code lines alone
    code = next(t for k, t in _blocks(source) if "def luas" in t)
    assert code.split("\n")[1:] == ['    """Menghitung luas persegi panjang yang panjang dan lebarnya diberikan"""',
                                    "    return panjang * lebar"]
