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


# ------------------------------------------------ html2text's space between closing emphasis and a comma


def test_no_space_is_left_between_closing_emphasis_and_the_comma_after_it():
    doc = _doc("Ia datang terlambat, _namun_ , rapat tetap dimulai; hasilnya **baik** . Nilai _x_ 2 tetap.\n\n"
               "**Kata kunci** : rapat, waktu\n")
    assert "terlambat, namun, rapat tetap dimulai; hasilnya baik. Nilai x 2 tetap." in doc.text
    assert "Kata kunci : rapat, waktu" in doc.text  # a label's spaced colon is the writer's


# ------------------------------------------------ LaTeX: \ref prints a number; a frame repeating its section's title

SLIDES = r"""\documentclass{beamer}
\begin{document}
\section{Fotosintesis}
\subsection{Reaksi Terang}
\begin{frame}{Reaksi Terang}
Klorofil menyerap cahaya seperti terlihat pada Gambar~\ref{fig:daun}, dengan hasil pada Tabel \ref{tab:hasil}.
\begin{figure}\includegraphics{daun.png}\caption{Daun}\label{fig:daun}\end{figure}
\begin{figure}\includegraphics{akar.png}\caption{Akar}\label{fig:akar}\end{figure}
Akar tampak pada Gambar \ref{fig:akar} dan rumusnya pada persamaan \eqref{eq:glukosa}.
\begin{equation} 6CO_2 + 6H_2O \label{eq:glukosa}\end{equation}
\begin{table}\caption{Hasil}\label{tab:hasil}\end{table}
\end{frame}
\begin{frame}\frametitle{Reaksi Gelap}
Siklus Calvin mengikat karbon dioksida.
\end{frame}
\end{document}
"""


def test_a_reference_prints_the_number_of_its_figure_table_or_equation():
    from telusur.documents.latex import as_markdown

    md = as_markdown(SLIDES)
    assert "seperti terlihat pada Gambar 1, dengan hasil pada Tabel 1." in md
    assert "Akar tampak pada Gambar 2 dan rumusnya pada persamaan (1)." in md


def test_figures_are_numbered_per_chapter_in_a_book():
    from telusur.documents.latex import numbered_labels

    book = (r"\chapter{Satu}\begin{figure}\label{a}\end{figure}\chapter{Dua}\begin{table}\label{b}\end{table}"
            r"\begin{figure}\caption{x}\label{c}\end{figure}")
    assert numbered_labels(book) == {"a": "1.1", "b": "2.1", "c": "2.1"}


def test_a_frame_repeating_its_sections_title_adds_no_second_heading():
    from telusur.documents.latex import as_markdown

    md = as_markdown(SLIDES)
    assert md.count("Reaksi Terang") == 1
    assert "Reaksi Gelap" in md  # guard: a frame's own title is its heading


# ------------------------------------------------ Markdown a converter or a site left: unspaced headings, highlight marks


def test_a_heading_written_without_the_space_after_its_hashes_is_a_heading():
    blocks = [(b.kind, t) for b, t in _blocks_with_text("###Tata Tertib Praktikum\nPeserta wajib hadir tepat waktu.\n\n"
                                                        "#BAB 2 PENILAIAN\n\nNilai akhir dihitung dari tugas.\n")]
    assert ("heading", "Tata Tertib Praktikum") in blocks and ("heading", "BAB 2 PENILAIAN") in blocks


def test_a_tag_or_a_preprocessor_line_stays_text():  # guard: "#Catatan" alone is a note app's tag
    blocks = [t for _, t in _blocks_with_text("#Catatan\n\n#define MAKS 10\n\n#penting sekali\n")]
    assert blocks == ["#Catatan", "#define MAKS 10", "#penting sekali"]


def test_a_static_sites_highlight_marks_are_not_shown_in_code():
    doc = _doc('```js title="hitung.js"\nconst a = 1;\n// highlight-next-line\nconst b = a + 1;\n'
               '# highlight-start\nconsole.log(b);\n# highlight-end\n```\n')
    assert "highlight" not in doc.text
    assert "const a = 1;\nconst b = a + 1;\nconsole.log(b);" in doc.text


def _blocks_with_text(source: str):
    doc = _doc(source)
    return [(b, doc.text[b.start:b.end]) for b in doc.blocks]


# ------------------------------------------------ reStructuredText's auto-numbered footnotes


def test_auto_numbered_footnotes_get_their_numbers():
    from telusur.documents.rst import read

    doc = read(b"Sejarah\n=======\n\nMesin uap dipatenkan [#]_ lalu disempurnakan [#watt]_ dan dipakai luas [#]_.\n\n"
               b".. [#] Paten pertama tahun 1698.\n.. [#watt] Oleh James Watt.\n.. [#] Di pabrik tekstil.\n", "s.rst")
    assert "[#]" not in doc.text and "#watt" not in doc.text
    assert "Paten pertama tahun 1698." in doc.text and "Oleh James Watt." in doc.text


# ------------------------------------------------ one sentence right over the code it describes


def test_one_sentence_over_program_code_is_one_passage_with_it():
    chunks = _chunks("## Olah Data\n\nMenghitung rata-rata nilai ujian setiap kelas.\n\n```python\n"
                     "rata = df.groupby('kelas')['nilai'].mean()\nprint(rata)\n```\n\n"
                     "Menampilkan tiga siswa dengan nilai tertinggi.\n\n```python\n"
                     "top3 = df.nlargest(3, 'nilai')\nprint(top3)\n```\n")
    assert any("rata-rata nilai ujian" in c and "groupby('kelas')" in c for c in chunks)
    assert any("tiga siswa dengan nilai tertinggi" in c and "nlargest" in c for c in chunks)
    assert not any("groupby" in c and "nlargest" in c for c in chunks)


def test_a_paragraph_of_several_sentences_over_code_keeps_its_own_passage():  # guard: prose, not a caption
    chunks = _chunks("## Olah Data\n\nData nilai diambil dari lembar rekap guru. Setiap baris memuat satu siswa. "
                     "Kolom kelas dan nilai dipakai di bawah.\n\n```python\nrata = df['nilai'].mean()\nprint(rata)\n```\n")
    assert not any("lembar rekap guru" in c and "mean()" in c for c in chunks)


# ------------------------------------------------ an LMS page's bold label closing on its short name in brackets


def test_a_bold_label_closing_on_its_short_name_heads_its_part():
    source = ('<p dir="ltr"><strong>TUJUAN INSTRUKSIONAL UMUM (TIU)</strong></p>\n<ol>\n<li>Memahami konsep dasar '
              'jaringan.</li>\n<li>Mampu merancang topologi sederhana.</li>\n</ol>\n')
    blocks = [(b.kind, t) for b, t in _blocks_with_text(source)]
    assert ("heading", "TUJUAN INSTRUKSIONAL UMUM (TIU)") in blocks
    from telusur.documents.structure import title_shaped

    assert title_shaped("RENCANA PEMBELAJARAN SEMESTER (RPS)")


def test_a_bold_line_closing_on_a_citation_is_no_title():  # guard: "(Nama, 2010)" is a work cited
    from telusur.documents.structure import title_shaped

    assert not title_shaped("Motivasi kerja pegawai (Sugiyono, 2010)")
    assert not title_shaped("MOTIVASI KERJA (SUGIYONO, 2010)")
