"""The reader's self-check on PDF (session 43, helper "pages"): a second reading of the text layer as its library
gives it (unread.pdf_pages), furniture left out as the reader leaves it, compared with the reader's text; a reader
missing much of a file, or a page of it whole, is warned about. Drawn PDFs, in words of their own."""

from __future__ import annotations

from pdf_pages import body, canvas_pdf

from telusur.documents import pdf, unread

TOPICS = ["irigasi tetes", "pupuk kompos", "rotasi tanaman", "pengendalian hama", "pemanenan padi", "benih unggul",
          "pengolahan tanah", "penyimpanan gabah"]  # eight pages: one lost whole is a small share of the file


def _page(n: int, topic: str) -> list:
    lines = [f"Pada bagian ini dibahas {topic} untuk lahan sawah dan ladang milik petani kecil.",
             f"Petani yang menerapkan {topic} dengan tertib mendapat hasil yang lebih baik dari musim lalu.",
             f"Penyuluh pertanian mendampingi kelompok tani selama {topic} dicoba pertama kali di desa.",
             f"Biaya {topic} dihitung bersama agar setiap anggota kelompok menanggung bagian yang adil.",
             f"Catatan harian tentang {topic} disimpan di balai desa untuk dibaca musim berikutnya."]
    header = [(72, 40, "Times-Italic", 9, "Buku Saku Pertanian Lahan Kering Edisi Kedua")]
    number = [(290, 800, "Times-Roman", 10, str(n))]
    return header + body(lines, top=100) + number


def _file() -> bytes:
    return canvas_pdf([_page(n, topic) for n, topic in enumerate(TOPICS, 1)])


def test_a_pdf_read_whole_is_not_warned_about_its_running_header_and_numbers_aside():
    raw = _file()
    text = pdf.read(raw, "saku.pdf").text
    assert "Buku Saku Pertanian" not in text  # the reader leaves the running header out; so does the check
    total, lost = unread.unread(raw, ".pdf", text)
    assert total >= 40 and lost == 0
    assert unread.warning(raw, ".pdf", text) is None


def test_a_reader_missing_a_page_whole_is_warned_about_naming_it():
    raw = _file()
    text = pdf.read(raw, "saku.pdf").text
    without = "\n".join(line for line in text.split("\n") if "rotasi tanaman" not in line)
    said = unread.warning(raw, ".pdf", without)
    assert said is not None and said.startswith("hlm. 3 ")


def test_a_reader_missing_most_of_a_pdf_is_warned_about_by_its_share():
    raw = _file()
    text = pdf.read(raw, "saku.pdf").text
    said = unread.warning(raw, ".pdf", text[:len(text) // 3])
    assert said is not None and "tidak terbaca" in said and not said.startswith("hlm.")
