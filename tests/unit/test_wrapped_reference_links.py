"""A hard-wrapped reference list whose entry ends in its link: the next entry's line starts a new entry."""

import textwrap

from tests.unit.test_typed_lists import _read  # a plain text written to a file and read

PROSE = "Basis data menyimpan data secara terstruktur agar mudah dicari, diperbarui, dan dipakai bersama."


def test_a_wrapped_reference_entry_ending_in_its_link_does_not_swallow_the_next(tmp_path):
    entries = ["World Health Organization. (2020). Digital health literacy and misinformation in schools. "
               "Available from: https://www.who.int/x",
               "Subekti, R. (2019). Literasi digital siswa sekolah menengah di kota kecil. Jurnal Pendidikan, 4(2), "
               "12-20.",
               "Widodo, A., & Santoso, B. (2018). Pembelajaran berbasis proyek untuk literasi informasi siswa. "
               "Yogyakarta: Pustaka Pelajar."]
    prose = " ".join([PROSE] * 3)
    text = "\n".join([*textwrap.wrap(prose, 72), "", *textwrap.wrap(prose, 72), "", "DAFTAR PUSTAKA", "",
                      *(line for entry in entries for line in textwrap.wrap(entry, 72))]) + "\n"
    assert "https://www.who.int/x\nSubekti" in text  # the link ends a full line, the next entry's name would not fit
    _, blocks = _read(tmp_path, text)
    assert [t for k, _, t in blocks if k == "reference"] == entries
