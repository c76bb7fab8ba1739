"""One rule for a reference list's hanging indent (references.hangs_under: two columns or more deeper than the entry's
first line), read by the list's reader and by the numbered list's reader of in-text numbers alike (the lead's twin:
intext._with_indented_lines took any line opening with a space, so under a numbered entry set with pdftotext's
one-column margin it took the text's next line too)."""

from __future__ import annotations

import re

from telusur.citations import intext
from telusur.citations.references import hangs_under


def test_a_line_hangs_under_an_entry_two_columns_deeper():
    assert hangs_under("[1]   S. Kusumadewi, Aplikasi Logika Fuzzy, 2nd ed.", "      Yogyakarta: Graha Ilmu, 2010.")
    assert hangs_under("  Rahmawati, Dewi. Tesis MA,", "        Universitas Gadjah Mada, 2012.")
    assert not hangs_under(" [1] A. Kadir, Pengenalan Sistem Informasi.", " Tabel 1 menunjukkan hasil pengujian.")
    assert not hangs_under("Santoso, Budi. 2019. Judul.", "Hartono, Andi. 2020. Judul.")


def test_the_numbered_list_reader_takes_the_same_lines_as_the_list_reader():
    text = (" [1] A. Kadir, Pengenalan Sistem Informasi, Edisi Revisi. Yogyakarta: Andi, 2014.\n"
            " Tabel 1 menunjukkan hasil pengujian fungsi.\n")
    m = next(intext._NUMBERED_ENTRY.finditer(text))
    assert intext._with_indented_lines(text, m) == m.group()
    text = ("[2]   S. Kusumadewi and H. Purnomo, Aplikasi Logika Fuzzy untuk Pendukung Keputusan, 2nd ed.\n"
            "      Yogyakarta: Graha Ilmu, 2010.\n"
            "[3]   J. R. Quinlan, C4.5: Programs for Machine Learning. San Mateo: Morgan Kaufmann, 1993.\n")
    m = next(intext._NUMBERED_ENTRY.finditer(text))
    assert re.sub(r"\s+", " ", intext._with_indented_lines(text, m)).endswith("2nd ed. Yogyakarta: Graha Ilmu, 2010.")
