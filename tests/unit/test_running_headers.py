"""The running-header rule (documents/furniture.py), written once for the readers that see no page geometry: a short
line met on three pages or more is a page's header or footer, but for the exceptions it states. Tiny made-up lines."""

from __future__ import annotations

from telusur.documents.furniture import alike, furniture_key, running_lines


def _pages(*pages: list[str]) -> list[tuple[str, int]]:
    return [(furniture_key(line), n) for n, lines in enumerate(pages) for line in lines]


def test_a_header_repeated_with_its_page_number_is_one_running_line():
    pages = _pages(["Jurnal Pendidikan Vol. 3 No. 1, hlm. 12", "Guru menilai murid."],
                   ["JURNAL PENDIDIKAN Vol. 3 No. 1, hlm. 13", "Murid belajar di kelas."],
                   ["Jurnal Pendidikan  Vol. 3 No. 1, hlm. 14", "Kelas dibuka pagi hari."])
    assert running_lines(pages) == {"jurnal pendidikan vol. # no. #, hlm. #"}


def test_a_line_met_twice_or_on_one_page_only_is_the_texts_own():
    assert running_lines(_pages(["Bab II Kajian Pustaka"], ["Bab II Kajian Pustaka"])) == frozenset()
    assert running_lines([("bab ii kajian pustaka", 0)] * 3) == frozenset()


def test_a_paragraph_or_a_long_line_is_no_header():
    long = "x" * 161
    assert running_lines([(long, n) for n in range(3)]) == frozenset()
    assert running_lines([("Baris satu\nbaris dua", n) for n in range(3)]) == frozenset()
    assert running_lines([("x" * 160, n) for n in range(3)]) == {"x" * 160}


def test_a_lead_in_repeated_three_times_is_no_header():
    # 970531c: "Rumus yang digunakan adalah:" over each of three formulas
    lines = [("Rumus yang digunakan adalah:", n) for n in range(3)] + [("Jurnal Akuntansi Vol. 3", n) for n in range(3)]
    assert running_lines(lines) == {"Jurnal Akuntansi Vol. 3"}


def test_an_entrys_wrapped_tail_repeated_inside_a_reference_list_is_no_footer():
    # "Jakarta: Rineka Cipta." ends three entries of the list; a thesis's footer stands outside the list too
    tail = [("Jakarta: Rineka Cipta.", at) for at in (500, 600, 700)]
    footer = [("Universitas Pendidikan Indonesia.", at) for at in (100, 550, 650)]
    assert running_lines(tail + footer, inside=(400, 800)) == {"Universitas Pendidikan Indonesia."}
    assert running_lines(tail, inside=(550, 800)) == {"Jakarta: Rineka Cipta."}
    assert running_lines(tail) == {"Jakarta: Rineka Cipta."}


def test_the_shortest_line_a_caller_counts():
    lines = [("2018", n) for n in range(3)]
    assert running_lines(lines) == {"2018"}
    assert running_lines(lines, shortest=8) == frozenset()


def test_an_ocr_header_read_a_letter_or_two_otherwise_is_alike():
    assert alike(furniture_key("JURNAL HUKUM PRIORIS"), furniture_key("SURNAL HUKLTM PRIORIS"))
    assert not alike("jurnal hukum", "jurnal ekonomi")
    assert not alike("bab ii", "bab iv")  # too short to tell a misreading from another line
