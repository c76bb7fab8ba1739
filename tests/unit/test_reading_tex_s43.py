"""LaTeX read as TeX sets it (issue 14; session 43): a paragraph hard-wrapped in the source is one paragraph whose
sentences are not cut where a source line opens on "$x$" or "(" (TeX reads a single line break as a space, a blank
line as a paragraph's end), and what \\maketitle prints (the title, the authors and where they work, the date) is a
passage of its own. Hand-made notes in other words than the document that showed the kinds."""

from __future__ import annotations

import pytest

from telusur.chunking import chunk_document
from telusur.documents import read_document
from telusur.documents.latex import tex_lines

NOTE = r"""\documentclass{article}
\title{{\small FI1201 Fisika Dasar II}\\ Termodinamika: Hukum Pertama}
\author{Rina Kusumawati\\
Program Studi Fisika\\
Universitas Negeri Contoh}
\date{2022}
\begin{document}
\maketitle

Energi dalam sebuah gas ideal bergantung hanya pada suhunya, sehingga
$\Delta U = 0$ untuk setiap proses isotermal yang dijalani gas tersebut.
Kalor yang diserap seluruhnya diubah menjadi usaha
(lihat Persamaan 3) dan tidak ada yang tersimpan sebagai energi dalam.
% catatan penulis: tambahkan gambar diagram PV
Proses ini dapat dibalik bila berlangsung sangat lambat.

Paragraf berikutnya membahas proses adiabatik, yaitu proses tanpa pertukaran kalor
dengan lingkungan sekitar.
\end{document}
"""


@pytest.fixture
def note(tmp_path):
    path = tmp_path / "termodinamika.tex"
    path.write_text(NOTE, encoding="utf-8")
    return read_document(path, path.name)


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_hard_wrapped_paragraph_is_one_line_as_tex_sets_it(note):
    paragraphs = _paragraphs(note)
    assert ("Energi dalam sebuah gas ideal bergantung hanya pada suhunya, sehingga $\\Delta U = 0$ untuk setiap "
            "proses isotermal yang dijalani gas tersebut. Kalor yang diserap seluruhnya diubah menjadi usaha (lihat "
            "Persamaan 3) dan tidak ada yang tersimpan sebagai energi dalam. Proses ini dapat dibalik bila "
            "berlangsung sangat lambat.") in paragraphs
    # a blank line still ends a paragraph; "(lihat ..." opening a source line is no list item
    assert ("Paragraf berikutnya membahas proses adiabatik, yaitu proses tanpa pertukaran kalor dengan lingkungan "
            "sekitar.") in paragraphs
    assert not [b for b in note.blocks if b.kind == "item"]


def test_a_sentence_holds_its_formula_in_one_passage(note):
    texts = [c.text for c in chunk_document(note)]
    assert any("sehingga $\\Delta U = 0$ untuk setiap proses isotermal" in t for t in texts)


def test_tex_lines():
    assert tex_lines("satu\n  dua\n\n\n   tiga") == "satu dua\n\ntiga"
    assert tex_lines("akhir baris\n") == "akhir baris "


def test_the_title_block_maketitle_prints_is_a_passage(note):
    texts = [c.text for c in chunk_document(note)]
    front = next(t for t in texts if "Rina Kusumawati" in t)
    assert front.split("\n") == ["FI1201 Fisika Dasar II", "Termodinamika: Hukum Pertama", "Rina Kusumawati",
                                 "Program Studi Fisika", "Universitas Negeri Contoh", "2022"]
    assert note.title == "FI1201 Fisika Dasar II Termodinamika: Hukum Pertama"


def test_no_title_block_without_maketitle(tmp_path):
    path = tmp_path / "tanpa-judul.tex"
    path.write_text(NOTE.replace("\\maketitle\n", ""), encoding="utf-8")
    doc = read_document(path, path.name)
    assert "Rina Kusumawati" not in doc.text  # TeX prints no author where \maketitle is not called


LINES = r"""\begin{document}
\begin{center}
{\large\textbf{Bab III Metode Penelitian}}
\end{center}
\addcontentsline{toc}{section}{Bab III Metode Penelitian}
Penelitian ini memakai pendekatan kuantitatif.

\textbf{Populasi dan Sampel}\\
Populasi penelitian adalah seluruh siswa kelas XI.

\begin{enumerate}
  \item Uji Validitas \mbox{}\\[0.2em]
        Setiap butir angket diuji dengan korelasi Pearson.
  \item Uji Reliabilitas \mbox{}\\[0.2em]
        Keandalan angket diuji dengan rumus:
        \[ r_{11} = \frac{k}{k-1} \]
        dengan $k$ banyaknya butir.
\end{enumerate}
\end{document}
"""


def test_lines_tex_sets_apart_stay_apart(tmp_path):
    path = tmp_path / "metode.tex"
    path.write_text(LINES, encoding="utf-8")
    doc = read_document(path, path.name)
    blocks = [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    # a centred title over the text is a heading; the table of contents' entry prints nothing
    assert ("heading", "Bab III Metode Penelitian") in blocks and "toc" not in doc.text
    # a bold line "\\" ends at its source line's end is a line of its own: a heading over its text
    assert ("heading", "Populasi dan Sampel") in blocks
    # in a list item, the line under "\\" stays in the item, and the list goes on numbering; a displayed formula is a
    # line of its item
    items = [t for kind, t in blocks if kind == "item"]
    assert items[0] == "1. Uji Validitas\nSetiap butir angket diuji dengan korelasi Pearson."
    assert items[1].startswith("2. Uji Reliabilitas\nKeandalan angket diuji dengan rumus:\n$$r_{11}")
    assert items[1].endswith("$$\ndengan $k$ banyaknya butir.")
