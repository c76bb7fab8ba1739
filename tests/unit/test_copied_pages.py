"""Text copied out of a PDF viewer page after page (no form feeds): each page's running header and number are left
out and a sentence cut by the page turn is whole again, as in text pdftotext wrote with form feeds."""

import textwrap

from telusur.documents import read_document

HEADER = "Modul Statistika Dasar - Universitas Nusantara"
SENTENCE = ("Ukuran pemusatan data menunjukkan nilai yang mewakili sekumpulan data, dan tiga ukuran yang paling sering "
            "digunakan adalah rata-rata hitung, median, dan modus.")


def _pages(cut_at: int) -> str:
    prose = " ".join(f"Kalimat ke-{n} menjelaskan satu sifat data yang dipelajari dalam statistika deskriptif."
                     for n in range(1, 40))
    lines = textwrap.wrap(prose[:cut_at] + " " + SENTENCE + " " + prose[cut_at:], 64)
    at = next(i for i, line in enumerate(lines) if "sekumpulan" in line)  # a page turns inside the sentence
    pages, start = [], 0
    for end in (at + 1, at + 15, at + 29, len(lines)):
        pages.append(lines[start:end])
        start = end
    return "\n".join("\n".join([HEADER, "", *page, "", str(20 + n)]) for n, page in enumerate(pages, 1)) + "\n"


def test_running_headers_and_page_numbers_of_copied_pages_are_left_out(tmp_path):
    path = tmp_path / "modul.txt"
    text = _pages(600)
    path.write_text(text, encoding="utf-8")
    assert "\f" not in text and text.count(HEADER) == 4
    doc = read_document(path, "modul.txt")
    assert HEADER not in doc.text
    assert SENTENCE in " ".join(doc.block_text(b) for b in doc.blocks)
    assert all(b.kind == "paragraph" for b in doc.blocks)
