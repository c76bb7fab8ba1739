"""Kinds fresh entries gold 31 (file entries22, REAL documents by outside authors, ../team/entries31) and the Left list
showed, each a rule for the kind, tested here in other words than the documents': a LaTeX reference list written as a
thebibliography environment."""

from __future__ import annotations

from pathlib import Path

from telusur.documents import read_document

from .test_entry_lists_real import _entries  # a tiny document written and read, its entries


def test_a_latex_thebibliography_is_the_reference_list_each_bibitem_an_entry(tmp_path: Path):
    listed = _entries(tmp_path, "bab5.tex",
                      "\\section{Kesimpulan}\nPola hujan berubah \\cite{sutanto}.\n\n"
                      "\\begin{thebibliography}{9}\n"
                      "\\makeatletter\\let\\lama@bibitem\\bibitem\\makeatother\n"
                      "\\bibitem[Sutanto(2015)]{sutanto} Sutanto, Budi & Rahayu, Sri. (2015). Iklim Mikro Perkotaan.\n"
                      "\\newblock Bandung: Penerbit Angkasa.\n"
                      "%\\bibitem{lama} Lama, Ali. (1990). Entri yang dibuang. Jakarta: Balai.\n"
                      "\\bibitem{bmkg} Hidayat, Rudi. (2019). Curah hujan ekstrem di pesisir.\n"
                      "Jurnal Meteorologi Terapan, 4(2), 33-41.\n"
                      "\\end{thebibliography}\n")
    assert [(e.authors, e.year) for e in listed] == [(("Sutanto", "Rahayu"), "2015"), (("Hidayat",), "2019")]
    assert listed[0].publisher == "Penerbit Angkasa"


def test_a_latex_reference_heading_over_thebibliography_is_not_written_twice(tmp_path: Path):
    path = tmp_path / "pustaka.tex"
    path.write_text("\\chapter*{DAFTAR PUSTAKA}\n\\begin{thebibliography}{99}\n"
                    "\\bibitem{a} Wibowo, Agus. (2012). Teori Graf Dasar. Surabaya: Unesa Press.\n"
                    "\\end{thebibliography}\n", encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    headings = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"]
    assert headings == ["DAFTAR PUSTAKA"]
    assert "Teori Graf Dasar" in doc.text
