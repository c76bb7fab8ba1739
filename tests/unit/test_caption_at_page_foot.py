"""A figure's caption set at a page's foot, under its figure, has no stop; the next page opens a paragraph of its own.
The reader joined the two ("Gambar II.3 Raspberry Pi 2 model B Raspberry Pi memiliki beberapa berbagai fitur, ...",
"Gambar 2. Hasil Uji Hipotesis Pengaruh Iklim Organisasi terhadap ...": two tuning-half PDFs), so the passage opened
with the caption. Made-up pages only."""

from __future__ import annotations

import pytest
from pdf_pages import body, canvas_pdf

from telusur.documents import pdf

BEFORE = ["Perangkat ini dapat dipasang di dalam kotak kecil dan dihubungkan ke jaringan rumah",
          "melalui kabel maupun tanpa kabel, sehingga pengguna dapat mengendalikan lampu dari",
          "jarak jauh dengan bahasa pemrograman yang sederhana."]
AFTER = ["Perangkat itu memiliki beberapa fitur, yaitu kartu memori yang berfungsi sebagai",
         "penyimpanan, port USB, port jaringan, keluaran suara dan video, serta prosesor yang",
         "cukup cepat untuk menjalankan sebuah server web kecil."]


def _blocks(caption: str, first_x: float) -> list[tuple[str, str]]:
    page1 = body(BEFORE) + [(220, 770, "Times-Roman", 12, caption)]
    page2 = [(first_x, 100, "Times-Roman", 12, AFTER[0])] + body(AFTER[1:], top=118)
    doc = pdf.read(canvas_pdf([page1, page2]), "alat.pdf")
    return [(b.kind, doc.block_text(b)) for b in doc.blocks]


@pytest.mark.parametrize("first_x", [100, 72])  # the next page's paragraph indented, or at the margin
@pytest.mark.parametrize("caption", ["Gambar 2.3 Perangkat Pengendali Model B", "Gambar 2. Hasil Uji Hipotesis",
                                     "Sumber: Rosa dan Shalahuddin (2016)"])
def test_a_caption_at_a_page_foot_does_not_take_the_next_pages_paragraph(caption, first_x):
    blocks = _blocks(caption, first_x)
    texts = [text for _, text in blocks]
    assert caption in texts
    assert any(text.startswith("Perangkat itu memiliki beberapa fitur") and text.endswith("server web kecil.")
               for text in texts)


def test_a_sentence_left_open_at_a_page_foot_still_goes_on_over_the_page():
    # guard: the same pages without the caption, the first paragraph's sentence left open at the foot
    page1 = body(BEFORE[:2] + ["jarak jauh dengan bahasa pemrograman yang sederhana dan"])
    page2 = body(["mudah dipelajari oleh siswa sekolah menengah."], top=100)
    doc = pdf.read(canvas_pdf([page1, page2]), "alat.pdf")
    texts = [doc.block_text(b) for b in doc.blocks]
    assert any("sederhana dan mudah dipelajari" in text for text in texts)


def test_a_sentence_opening_like_a_caption_goes_on_over_the_page_in_small_letters():
    # guard: "Gambar 2.1 menunjukkan ..." is a sentence left open at the foot, not a caption; its words go on
    page1 = body(BEFORE) + [(72, 770, "Times-Roman", 12, "Gambar 2.1 menunjukkan bahwa perangkat itu terdiri atas")]
    page2 = body(["tiga bagian yang saling terhubung melalui kabel data."], top=100)
    doc = pdf.read(canvas_pdf([page1, page2]), "alat.pdf")
    texts = [doc.block_text(b) for b in doc.blocks]
    assert any("terdiri atas tiga bagian" in text for text in texts)
