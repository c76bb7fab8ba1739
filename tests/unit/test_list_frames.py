"""A passage holding part of a list says whose list it is: a later piece of a long nested list is headed by the items
it sits under ("b. Ruang kantor tertutup" over its "2) Kekurangan:"), and a list going on after an item's second
paragraph the reader did not nest keeps its lead-in ("Raspberry Pi 2 model B yang mempunyai bagian antara lain:"
over "e. Port USB"). Without them the piece said "Kekurangan" or "4 slot USB" of nothing (issue 14: PDF and DOCX
misses of team sets 1, 2, 3 and 4)."""

from __future__ import annotations

import io

import pytest

from pdf_pages import canvas_pdf, indented
from telusur.chunking import chunk_document


def _pdf(lines: list[tuple[int, str]]) -> bytes:
    """A4 pages of one-line paragraphs, each (x, text): the indent is the list's depth."""
    return canvas_pdf(indented(lines, top=80))


def _docx(paragraphs: list[str], heading: str, after: str) -> bytes:
    pytest.importorskip("docx")
    import docx as python_docx

    document = python_docx.Document()
    document.add_heading(heading, 2)
    for text in paragraphs:
        document.add_paragraph(text)
    document.add_heading("2.4.2. Perangkat Lunak", 2)
    document.add_paragraph(after)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _nested_layouts() -> bytes:
    lines = [(72, "C. Tata Ruang Kantor"), (72, "5. Macam-macam tata ruang kantor")]
    for letter, name in (("a", "Ruang kantor terbuka"), ("b", "Ruang kantor tertutup")):
        lines.append((90, f"{letter}. {name}"))
        for number, side in ((1, "Kelebihan"), (2, "Kekurangan")):
            lines.append((108, f"{number}) {side}:"))
            for k, mark in enumerate("abcd"):
                lines.append((126, f"{mark}) Butir {side.lower()} nomor {k + 1} yang ditulis cukup panjang di sini."))
    return _pdf(lines)


def test_a_later_piece_of_a_nested_list_is_headed_by_the_items_it_sits_under():
    from telusur.documents import pdf

    chunks = chunk_document(pdf.read(_nested_layouts(), "tata-ruang.pdf"))
    assert len(chunks) > 1  # the list is too long for one passage
    last = chunks[-1]
    assert last.text.startswith("2) Kekurangan:")
    assert last.heading == "5. Macam-macam tata ruang kantor\nb. Ruang kantor tertutup"
    assert "b. Ruang kantor tertutup" in last.embed_text
    # a piece opening with an item of the outermost list sits under nothing more than its section
    assert not any(c.heading and "C. Tata Ruang Kantor" in c.heading for c in chunks)


_PARTS = ["Raspberry Pi 2 model B yang mempunyai bagian antara lain:",
          "a. CPU dan GPU", "Prosessor yang digunakan adalah Quad-core ARM Cortex-A7 dengan kecepatan 900 MHz.",
          "b. Memory (RAM)", "Raspberry Pi 2 model B ini menggunakan RAM sebesar 1 GB.",
          "c. MicroSD Card", "Bagian ini berfungsi untuk tempat memasukkan kartu yang sudah diisi sistem operasi.",
          "Sistem operasi yang didukung adalah Raspbian, Pidora, Arch Linux, OpenELEC dan lainnya.",
          "d. Port HDMI", "Port ini berfungsi untuk menampilkan sistem operasi pada TV yang mempunyai port HDMI.",
          "e. Port USB", "Mempunyai 4 slot USB untuk menyambungkan perangkat seperti Flash Disk dan Webcam."]


def _chunks(paragraphs: list[str]):
    from telusur.documents import docx

    raw = _docx(paragraphs, "2.4.1. Perangkat Keras", "Perangkat lunak yang dipakai adalah Raspbian.")
    return chunk_document(docx.read(raw, "raspi.docx"))


def test_a_list_going_on_after_an_items_unnested_second_paragraph_keeps_its_lead_in():
    usb = next(c for c in _chunks(_PARTS) if "4 slot USB" in c.text)
    assert "antara lain:" not in usb.text  # the list's rest is a passage of its own ...
    assert usb.heading == _PARTS[0]  # ... said under the lead-in of the list it goes on with
    assert _PARTS[0] in usb.embed_text


def test_a_new_list_or_another_list_between_does_not_take_the_lead_in():
    # after the paragraph a list opens afresh ("a." again): it is no part of the list the lead-in opened
    fresh = _PARTS[:7] + ["Bagian lain dari papan dijelaskan di bawah ini dengan singkat saja."] + \
        ["a. Port HDMI", _PARTS[9], "b. Port USB", _PARTS[11]]
    usb = next(c for c in _chunks(fresh) if "4 slot USB" in c.text)
    assert usb.heading == "2.4.1. Perangkat Keras"
    # a list of another kind of marker opened between: "d." numbers on from that one's items, not the lead-in's
    between = _PARTS[:5] + ["A. Kartu Memori", "1. MicroSD Card", _PARTS[6], _PARTS[7]] + \
        ["2. Port HDMI", _PARTS[9], "3. Port USB", _PARTS[11]]
    usb = next(c for c in _chunks(between) if "4 slot USB" in c.text)
    assert usb.heading != _PARTS[0]


def test_every_piece_of_a_long_list_is_headed_by_its_lead_in_the_first_too():
    """A list too long for one passage is cut into pieces, each headed by the list's lead-in: the first piece as well
    as the later ones, though the first also holds it. A first piece holding the lead-in and one long item is known
    for a list's opening by that heading (an "apa saja" question is answered from it as a list); under the section's
    heading it read as a lone paragraph (13 open documents have such a first piece: profitabilitas' "jenis-jenis
    rasio profitabilitas yang dapat digunakan adalah:", tunagrahita, prosedur-ptk ...)."""
    from telusur.documents import markdown

    lead = "Jenis-jenis rasio profitabilitas yang dapat digunakan adalah:"
    items = [f"{n}. {name} adalah rasio yang membandingkan laba bersih setelah pajak dengan {base}. Rasio ini "
             f"menunjukkan kemampuan perusahaan menghasilkan laba dari {base} yang dimilikinya pada periode tertentu, "
             f"sehingga semakin tinggi rasio ini semakin baik kinerja perusahaan. Para investor memakai rasio "
             f"{name.lower()} untuk membandingkan perusahaan dalam satu industri dari tahun ke tahun."
             for n, (name, base) in enumerate([("Margin Laba", "penjualan bersih"),
                                               ("Return on Assets", "total aktiva"),
                                               ("Return on Equity", "modal sendiri"),
                                               ("Earning per Share", "jumlah saham")], 1)]
    text = (f"# Profitabilitas\n\n## Rasio Profitabilitas\n\n{lead}\n\n" + "\n".join(items)
            + "\n\n## Penelitian Terdahulu\n\nBeberapa penelitian terdahulu dibahas di bagian ini secara singkat.\n")
    chunks = [c for c in chunk_document(markdown.read(text.encode("utf-8"), "profitabilitas.md"))
              if "adalah rasio" in c.text]
    assert len(chunks) == 4 and chunks[0].text.startswith(lead)  # the lead-in and one item, then an item a piece
    assert [c.heading for c in chunks] == [lead] * 4


def test_a_list_going_on_after_a_table_under_one_of_its_items_is_headed_by_the_item_it_sits_under():
    # "b. Kursi Kantor" opens a block of its own after the table under "a. Meja Kantor": it sits under "2. Jenis-jenis
    # furnitur kantor", not under the table's header row the reader found last (Kartikatios' furniture chapter)
    from telusur.documents import markdown

    text = """# Sarana Kantor

## A. Furnitur Kantor

Furnitur kantor adalah perabot yang dipakai pegawai untuk bekerja setiap hari di kantor.

1. Pengertian furnitur kantor
   Furnitur kantor menunjang kenyamanan pegawai dalam bekerja.
2. Jenis-jenis furnitur kantor
   a. Meja Kantor

      Meja kantor adalah perabot tempat pegawai menulis dan bekerja dengan komputer setiap hari.

      | Gambar | Meja Kantor | Keterangan |
      | --- | --- | --- |
      | (gambar) | Meja kerja | Dipakai staf administrasi |

   b. Kursi Kantor

      Kursi kantor adalah kursi kerja yang menopang punggung pegawai selama bekerja di meja.
"""
    chunks = chunk_document(markdown.read(text.encode("utf-8"), "sarana.md"))
    kursi = next(c for c in chunks if c.text.startswith("b. Kursi Kantor"))
    assert kursi.heading == "2. Jenis-jenis furnitur kantor"
    assert "Keterangan" not in kursi.embed_text


_RATIOS = (
    "# Profitabilitas\n"
    "\n"
    "### Rasio Profitabilitas\n"
    "Menurut Martono (2007) jenis-jenis rasio profitabilitas yang dapat digunakan adalah:\n"
    "\n"
    "#### 1. Margin Laba (Profit Margin)\n"
    "Margin laba merupakan rasio yang membandingkan laba bersih setelah pajak dengan penjualan bersih "
    "perusahaan. Rasio ini menunjukkan seberapa besar laba yang dihasilkan dari setiap rupiah penjualan "
    "dalam satu periode.\n"
    "\n"
    "Rumus untuk mencari margin laba bersih dapat digunakan sebagai berikut:\n"
    "> NPM = Laba setelah Bunga dan Pajak : Penjualan bersih\n"
    "\n"
    "#### 2. Return on Asset (ROA)\n"
    "Return on Asset (ROA) merupakan rasio yang menunjukkan hasil (return) atas jumlah aktiva yang "
    "digunakan dalam perusahaan untuk menghasilkan laba bersih. Semakin tinggi rasio ini semakin efisien "
    "perusahaan memakai asetnya untuk memperoleh laba.\n"
    "\n"
    "Rumus untuk mencari pengembalian atas aset (ROA) dapat digunakan sebagai berikut:\n"
    "> ROA = Laba setelah Bunga dan Pajak : Total Aktiva\n"
    "\n"
    "Atau dapat pula dihitung dengan menggunakan pendekatan Du Pont sebagai berikut:\n"
    "\n"
    "> ROA = Margin laba bersih × Perputaran total aktiva\n"
    "\n"
    "#### 3. Return on Equity (ROE)\n"
    "Tingkat pengembalian atas ekuitas (ROE) merupakan rasio untuk mengukur laba bersih sesudah pajak "
    "dengan modal sendiri. Rasio ini menunjukkan efisiensi penggunaan modal sendiri oleh perusahaan. "
    "Semakin tinggi rasionya, maka semakin baik dan kuat posisi pemilik perusahaan di mata para investor "
    "dan kreditur yang menilai kinerja keuangan perusahaan tersebut dari tahun ke tahun.\n"
    "\n"
    "Formula untuk mencari return on equity yang digunakan oleh perusahaan adalah:\n"
    "> ROE = Laba setelah Bunga dan Pajak : Modal sendiri\n"
    "\n"
    "### Penelitian Terdahulu\n"
    "Beberapa penelitian terdahulu dibahas di bagian ini secara singkat.\n")


def test_a_later_piece_opening_inside_an_items_prose_is_headed_by_the_lead_in_and_that_item():
    # a long list of titled items cut into pieces, one opening on item 2's later paragraph ("Atau dapat pula dihitung
    # dengan … Du Pont"): its formula is ROA's, so the piece says "2. Return on Asset (ROA)" under the lead-in; under
    # the lead-in alone it said a formula of nothing (wahyu243's profitabilitas, Kartikatios' "c." under "2. Fungsi")
    from telusur.documents import markdown

    chunks = chunk_document(markdown.read(_RATIOS.encode("utf-8"), "profitabilitas.md"))
    later = next(c for c in chunks if c.text.startswith("Atau dapat pula"))
    assert later.heading == ("Menurut Martono (2007) jenis-jenis rasio profitabilitas yang dapat digunakan adalah:\n"
                             "2. Return on Asset (ROA)")
    assert "2. Return on Asset (ROA)" in later.embed_text
