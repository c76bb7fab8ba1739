"""Program code or its printed output, kept line by line in a passage, is no sentence cut in two: the paragraph under
it opens its own sentence even in small letters ("di peroleh p-value ..." under R's "## Residuals ..." lines), while
prose whose lines a writer broke still runs on."""

from __future__ import annotations

from telusur.chunking import chunk_document
from telusur.documents import reader


def _passages(markdown: str) -> list[str]:
    return [c.text for c in chunk_document(reader(".md").read(markdown.encode("utf-8"), "regresi.md"))]


_PROSE = ("Uji korelasi dipakai untuk melihat arah dan kekuatan hubungan antara dua peubah numerik yang diamati pada "
          "sampel siswa yang sama dalam satu semester.")


def test_printed_output_does_not_run_on_into_a_small_letter_paragraph():
    text = (f"## Korelasi\n\n{_PROSE}\n\n    cor.test(nilai$ipa, nilai$mtk)\n\n"
            "    ##  Pearson's product-moment correlation\n    ## t = 4.118, df = 38, p-value = 0.0002\n"
            "    ## sample estimates: 0.5553\n\n"
            "terlihat bahwa nilai p lebih kecil dari 0.05 sehingga hubungan kedua nilai itu nyata.\n")
    passages = _passages(text)
    assert "terlihat bahwa nilai p lebih kecil dari 0.05 sehingga hubungan kedua nilai itu nyata." in passages
    assert not any("## sample estimates" in p and "terlihat bahwa" in p for p in passages)


def test_program_code_does_not_run_on_into_a_small_letter_paragraph():
    text = (f"## Fungsi\n\n{_PROSE}\n\n    >>> skor = hitung(jawaban)\n    >>> print(skor)\n    87\n\n"
            "lalu skor itu dibandingkan dengan batas kelulusan yang ditetapkan guru.\n")
    passages = _passages(text)
    assert "lalu skor itu dibandingkan dengan batas kelulusan yang ditetapkan guru." in passages


def test_prose_left_open_still_runs_on_into_small_letters():
    text = f"## Korelasi\n\n{_PROSE[:-1]} dan\n\nhasilnya dibahas pada bagian berikut.\n"
    assert any("dan hasilnya dibahas" in p or "dan\nhasilnya dibahas" in p for p in _passages(text))
