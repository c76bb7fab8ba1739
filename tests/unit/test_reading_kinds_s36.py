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


# ---------------------------------------------------------------- Jupyter notebooks (.ipynb)

def _notebook(cells: list[dict], language: str = "python") -> str:
    return json.dumps({"cells": cells, "metadata": {"kernelspec": {"language": language, "name": "ir"},
                                                     "language_info": {"name": language}},
                       "nbformat": 4, "nbformat_minor": 5}, indent=1)


def test_a_notebook_reads_its_markdown_cells_as_text_and_its_code_cells_as_code(tmp_path):
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Regresi Linear\n", "\n",
                                                            "Regresi linear memodelkan hubungan dua peubah dengan "
                                                            "sebuah garis lurus.\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["koefisien 0.52 dan 1.37\n"]}],
         "source": ["# muat data lalu cocokkan garis\n", "model <- lm(y ~ x, data = df)\n", "summary(model)"]},
        {"cell_type": "raw", "metadata": {}, "source": ["\\newpage"]},
    ]
    path = tmp_path / "regresi.ipynb"
    path.write_text(_notebook(cells, "R"), encoding="utf-8")
    doc = read_document(path, path.name)
    blocks = [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]
    assert doc.title == "Regresi Linear"
    assert ("paragraph", "Regresi linear memodelkan hubungan dua peubah dengan sebuah garis lurus.") in blocks
    assert ("paragraph", "# muat data lalu cocokkan garis\nmodel <- lm(y ~ x, data = df)\nsummary(model)") in blocks
    for absent in ("koefisien", "cell_type", "kernelspec", "newpage"):  # outputs, the JSON, a raw cell: no text
        assert absent not in doc.text


def test_a_broken_notebook_is_skipped_with_its_reason(tmp_path):
    from telusur.errors import CorpusError

    path = tmp_path / "rusak.ipynb"
    path.write_text('{"cells": [', encoding="utf-8")
    with pytest.raises(CorpusError, match="notebook Jupyter ini rusak"):
        read_document(path, path.name)


# ---------------------------------------------------------------- LaTeX (.tex)

NOTE = r"""\documentclass[12pt]{article}
\usepackage[bahasa]{babel}
\newtheorem{defn}{Definisi}
\title{Catatan Kuliah Kalkulus}
\author{Dosen Pengampu}
\begin{document}
\maketitle
% catatan pribadi: jangan dicetak
\section{Limit Fungsi}
Limit menggambarkan nilai yang didekati fungsi ketika peubahnya
mendekati suatu titik~\cite{purcell2007}.

\begin{defn}
Fungsi $f$ kontinu di $c$ jika $\lim_{x\to c} f(x) = f(c)$, dengan taksiran $f^*$ dan galat $|f - f^*|$.
\end{defn}

\subsection{Sifat-sifat}
\begin{enumerate}
	\item Limit jumlah sama dengan jumlah limit:
	\[ \lim (f + g) = \lim f + \lim g \]
	\item Limit hasil kali sama dengan hasil kali limit \& berlaku untuk hasil bagi\footnote{Asalkan penyebutnya tidak nol.}.
\end{enumerate}
\end{document}
"""


def test_a_latex_note_reads_as_its_sections_paragraphs_items_and_notes(tmp_path):
    path = tmp_path / "kalkulus.tex"
    path.write_text(NOTE, encoding="utf-8")
    doc = read_document(path, path.name)
    blocks = [(b.kind, b.level, doc.text[b.start:b.end]) for b in doc.blocks]
    assert doc.title == "Catatan Kuliah Kalkulus"
    headings = [(level, text) for kind, level, text in blocks if kind == "heading"]
    assert [t for _, t in headings] == ["Catatan Kuliah Kalkulus", "Limit Fungsi", "Sifat-sifat"]
    assert headings[0][0] < headings[1][0] < headings[2][0]
    texts = [t for _, _, t in blocks]
    assert any(t.startswith("Limit menggambarkan nilai yang didekati fungsi ketika peubahnya mendekati suatu titik")
               for t in texts)
    assert any(t.startswith("Definisi.") and "kontinu di" in t for t in texts)
    items = [t for kind, _, t in blocks if kind == "item"]
    assert "Limit jumlah sama dengan jumlah limit:" in items[0] and "limit & berlaku" in items[1]
    assert [b.marker for b in doc.blocks if b.kind == "item"] == ["1.", "2."]  # a formula inside an item ends no list
    assert "$f^*$ dan galat $|f - f^*|$" in doc.text  # math's "*" no emphasis
    assert any(kind == "footnote" and "Asalkan penyebutnya tidak nol." in t for kind, _, t in blocks)
    # what \maketitle prints is a paragraph under the title (session 43): the author, no date the text lacks
    assert ("paragraph", 0, "Catatan Kuliah Kalkulus\nDosen Pengampu") in blocks
    for absent in ("catatan pribadi", "babel", "usepackage", "documentclass", "2026", "maketitle"):
        assert absent not in doc.text


SLIDES = r"""\documentclass{beamer}
\usetheme{Madrid}
\title{Statistika Dasar}
\begin{document}
\section{Ukuran Pemusatan}
\begin{frame}{Rata-rata}
	\begin{itemize}
		\item Rata-rata adalah jumlah data dibagi banyaknya data.
	\end{itemize}
\end{frame}
\begin{frame}[fragile]
	\frametitle{Median}
	Median adalah nilai tengah data yang telah diurutkan.
	\begin{enumerate}
		\setcounter{enumi}{2}
		\item Urutkan data dari yang terkecil.
	\end{enumerate}
\end{frame}
\end{document}
"""


def test_beamer_frames_are_headings_under_their_section(tmp_path):
    path = tmp_path / "statistika.tex"
    path.write_text(SLIDES, encoding="utf-8")
    doc = read_document(path, path.name)
    blocks = [(b.kind, b.level, b.marker, doc.text[b.start:b.end]) for b in doc.blocks]
    headings = {t: level for kind, level, _, t in blocks if kind == "heading"}
    assert headings["Rata-rata"] == headings["Median"] == headings["Ukuran Pemusatan"] + 1
    assert ("paragraph", 0, "", "Median adalah nilai tengah data yang telah diurutkan.") in blocks
    item = next(b for b in blocks if b[0] == "item" and "Urutkan" in b[3])
    assert item[2] == "3."  # the list goes on from \setcounter{enumi}{2}
    assert "fragile" not in doc.text and "Madrid" not in doc.text and "frame" not in doc.text.lower()


# ---------------------------------------------------------------- a sentence repeated under each formula

def test_a_sentence_with_math_repeated_under_three_formulas_is_no_running_header():
    part = ("Galat pendekatan ke-{n} dapat ditaksir dengan rumus berikut,\n\n$$|E| \\leq \\frac{{M_{n}}}{{{n}!}}$$\n\n"
            "dengan $M_2$ batas atas turunan fungsi pada selang yang ditinjau.\n\n")
    source = "## Taksiran Galat\n\n" + "".join(part.format(n=n) for n in (2, 3, 4))
    texts = [t for _, t in _blocks(source)]
    assert texts.count("dengan $M_2$ batas atas turunan fungsi pada selang yang ditinjau.") == 3


# ---------------------------------------------------------------- hard-wrapped Markdown: a lone overlong line

PROSE = ("Data primer dikumpulkan sendiri oleh peneliti melalui wawancara, angket, atau pengamatan langsung di "
         "lapangan, sehingga peneliti tahu betul bagaimana data itu diperoleh dan apa keterbatasannya bagi penelitian "
         "yang sedang dikerjakan oleh tim. Data sekunder berasal dari pihak lain yang sudah mengolahnya lebih dahulu, "
         "misalnya hasil sensus, laporan keuangan perusahaan, atau catatan kehadiran karyawan di kantor cabang.")
OPENS = ("Jika data sekunder sudah tersedia dan cukup mutakhir **mempertimbangkan** untuk memakainya daripada "
         "mengumpulkan data primer yang mahal, lama, dan melelahkan bagi seluruh tim peneliti di lapangan.")


def test_a_lone_line_past_the_wrap_width_does_not_widen_it():
    """A wrapper (pandoc at 72) lets one line run past its width where it cannot break (a link, a code span); that
    line is no width: a break before "**mempertimbangkan**" (52 + 1 + 20 = 73 characters) is the wrapper's."""
    from telusur.documents.structure import unwrap

    paragraphs = [PROSE, OPENS, PROSE.replace("Data primer", "Data hasil survei"), PROSE.replace("tim.", "kelompok.")]
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    assert "mutakhir\n**mempertimbangkan**" in wrapped  # the break this test is about
    link = "Sumber: [laporan tahunan Badan Pusat Statistik 2023](https://www.bps.go.id/publikasi/2023/statistik)"
    source = wrapped + "\n\n" + link[:73] + "  \n\n" + link + "\n"  # one line of 73, one far longer
    assert "mutakhir **mempertimbangkan** untuk" in unwrap(source)


def test_a_hard_wrapped_quote_is_one_line_and_a_verse_keeps_its_lines():
    quote = ("Kita akan menggunakan data primer hanya ketika data sekunder yang sesuai benar-benar tidak tersedia "
             "atau sudah terlalu usang untuk dipakai.")
    paragraphs = [PROSE, "> " + quote, PROSE.replace("Data primer", "Data hasil survei")]
    source = "\n\n".join(textwrap.fill(p, 72, subsequent_indent="> " if p.startswith(">") else "")
                         for p in paragraphs) + "\n\n> Bangun pagi\n> jangan lupa sarapan\n"
    assert source.count("\n> ") >= 3
    blocks = _blocks(source)
    assert ("quote", quote) in blocks
    assert ("quote", "Bangun pagi\njangan lupa sarapan") in blocks
