"""Writes the pdftotext document of fresh gold 20 (bench/citations-fresh-wild.jsonl): a family-law thesis chapter cited
only through footnotes, laid out as make_notes_pdf.py's Word-like page (marks raised after the word or the stop, notes
at the page foot under a short rule) with two settings Word offers and students use: the notes numbered again from 1
on each page ("Restart each page"), and a running footer (the thesis's faculty line) set under the notes above the
page number. Then turned into text by pdftotext with no options, as make_notes_txt.py does for gold 19: the marks
become digits run into the word before them ("keluarga.1"), each note's number stands on a line of its own, the
footer line comes right after the page's last note, pages are parted by form feeds.

Usage: python bench/citations-kinds/make_notes_restart.py  (reportlab, poppler-utils' pdftotext)"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_notes_pdf as layout  # noqa: E402

FOOTER = "Skripsi Program Studi Hukum Keluarga Islam, Fakultas Syariah UIN Sunan Kalijaga"

NOTES = {
    1: "Amir Syarifuddin, Hukum Perkawinan Islam di Indonesia: Antara Fiqh Munakahat dan Undang-Undang Perkawinan "
       "(Jakarta: Kencana, 2006), hlm. 35.",
    2: "Ibid., hlm. 40.",
    3: "Kompilasi Hukum Islam, Pasal 2.",
    4: "Ahmad Rofiq, Hukum Perdata Islam di Indonesia (Jakarta: RajaGrafindo Persada, 2013), hlm. 53.",
    5: "Syarifuddin, op. cit., hlm. 48.",
    6: "Khoiruddin Nasution, Hukum Perkawinan I (Yogyakarta: Academia dan Tazzafa, 2005), hlm. 112.",
    7: "Ibid., hlm. 115.",
    8: "Wawancara dengan Kepala KUA Kecamatan Depok, Sleman, 14 Februari 2022.",
    9: "Rofiq, op. cit., hlm. 60.",
    10: "Lihat Mardani, Hukum Keluarga Islam di Indonesia (Jakarta: Kencana, 2016), hlm. 77; bandingkan dengan Euis "
        "Nurlaelawati, Modernization, Tradition and Identity (Amsterdam: Amsterdam University Press, 2010), hlm. 101.",
    11: "Neng Djubaedah, Pencatatan Perkawinan dan Perkawinan Tidak Dicatat Menurut Hukum Tertulis di Indonesia dan "
        "Hukum Islam (Jakarta: Sinar Grafika, 2010), hlm. 215.",
    12: "Nasution, Hukum Perkawinan I, hlm. 120.",
    13: "Mahkamah Agung RI, Laporan Tahunan 2020 (Jakarta: Mahkamah Agung, 2021), hlm. 88.",
    14: "Ibid., hlm. 90.",
    15: "Syarifuddin, op. cit., hlm. 66.",
    16: "Mardani, op. cit., hlm. 80.",
    17: "Penetapan Pengadilan Agama Sleman Nomor 123/Pdt.P/2021/PA.Smn.",
    18: "Nurlaelawati, op. cit., hlm. 150.",
    19: "Ibid., hlm. 152.",
}

BODY = [
    ("head", "BAB II"),
    ("head", "TINJAUAN UMUM TENTANG PERKAWINAN"),
    ("head", "A. Pengertian dan Tujuan Perkawinan"),
    ("para", "Perkawinan dalam Islam tidak hanya dipandang sebagai ikatan perdata antara seorang laki-laki dan seorang "
             "perempuan, tetapi juga sebagai ibadah yang membentuk keluarga.{1} Ikatan itu disebut mitsaqan "
             "ghalidhan, yaitu perjanjian yang sangat kuat dan tidak boleh dipermainkan.{2} Rumusan ini kemudian "
             "diambil oleh hukum positif Indonesia.{3}"),
    ("para", "Tujuan perkawinan adalah membentuk rumah tangga yang sakinah, mawaddah, dan rahmah, sehingga suami "
             "dan istri saling melengkapi dalam memenuhi kebutuhan lahir dan batin.{4} Selain itu, perkawinan "
             "bertujuan menjaga keturunan dan kehormatan kedua belah pihak.{5} Karena itu, syarat dan rukun "
             "perkawinan harus dipenuhi sebelum akad dilangsungkan, termasuk kehadiran wali dan dua orang saksi "
             "yang adil.{6}"),
    ("head", "B. Pencatatan Perkawinan"),
    ("para", "Pencatatan perkawinan tidak termasuk rukun nikah dalam fikih klasik, tetapi diwajibkan oleh negara "
             "untuk menjamin ketertiban administrasi dan perlindungan hak istri serta anak.{7} Dalam praktik, masih "
             "banyak pasangan yang menikah secara siri karena biaya dan prosedur yang dianggap rumit.{8} Padahal, "
             "perkawinan yang tidak dicatat tidak mempunyai kekuatan hukum, sehingga istri tidak dapat menuntut "
             "nafkah atau harta bersama di pengadilan.{9}"),
    ("para", "Sebagian ahli memandang pencatatan sebagai syarat administratif semata, sedangkan sebagian yang lain "
             "menganggapnya bagian dari syarat sahnya perkawinan menurut hukum negara.{10} Perbedaan pandangan ini "
             "ikut memengaruhi sikap hakim ketika memeriksa permohonan isbat nikah.{11}"),
    ("head", "C. Batas Usia Perkawinan"),
    ("para", "Batas usia perkawinan bagi laki-laki dan perempuan kini disamakan, yaitu sembilan belas tahun.{12} "
             "Perubahan ini diikuti dengan naiknya permohonan dispensasi kawin ke pengadilan agama di seluruh "
             "Indonesia pada tahun pertama berlakunya aturan baru.{13} Sebagian besar permohonan tersebut diajukan "
             "dengan alasan calon mempelai perempuan telah hamil.{14} Meski demikian, hakim tetap wajib "
             "mempertimbangkan kepentingan terbaik bagi anak sebelum mengabulkan permohonan.{15}"),
    ("head", "D. Dispensasi Kawin"),
    ("para", "Dispensasi kawin merupakan pemberian izin kawin oleh pengadilan kepada calon suami atau istri yang belum "
             "berusia sembilan belas tahun.{16} Dalam salah satu penetapan, hakim menolak permohonan karena orang tua "
             "tidak dapat membuktikan alasan yang sangat mendesak.{17} Hakim pengadilan agama memang memiliki ruang "
             "ijtihad yang luas dalam perkara keluarga.{18} Ruang itu dipakai untuk menyesuaikan hukum dengan "
             "kebutuhan masyarakat setempat.{19}"),
]


def make_pdf(path: Path) -> None:
    """make_notes_pdf.make_pdf with each page's notes numbered from 1 and the footer under them."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    c.setTitle("Tinjauan Umum tentang Perkawinan")
    lines = []
    for kind, text in BODY:
        if kind == "head":
            lines.append((text.split(), 0, False, layout.BOLD, True))
            continue
        wrapped = layout._wrap(text, layout.WIDTH, layout.FONT, layout.SIZE, 28)
        lines += [(w, 28 if k == 0 else 0, k < len(wrapped) - 1, layout.FONT, False) for k, w in enumerate(wrapped)]
    page, y, notes = 1, layout.TOP, []

    def note_lines(n: int, local: int) -> list[list[str]]:
        return layout._wrap("{%d} %s" % (local, NOTES[n]), layout.WIDTH, layout.FONT, layout.NOTE_SIZE)

    def finish_page() -> None:
        ny = layout.BOTTOM - 14 - sum(len(note_lines(n, k + 1)) for k, n in enumerate(notes)) * layout.NOTE_PITCH
        if notes:
            c.setLineWidth(0.5)
            c.line(layout.LEFT, 842 - ny + 10, layout.LEFT + 144, 842 - ny + 10)
        for k, n in enumerate(notes):
            for words in note_lines(n, k + 1):
                ny += layout.NOTE_PITCH
                layout._draw_words(c, layout.LEFT, ny, words, layout.FONT, layout.NOTE_SIZE,
                                   layout._width(" ", layout.FONT, layout.NOTE_SIZE))
        c.setFont("Times-Italic", 9)
        c.drawCentredString(595 / 2, 842 - layout.BOTTOM - 10, FOOTER)
        c.setFont(layout.FONT, 11)
        c.drawCentredString(595 / 2, 40, str(20 + page))
        c.showPage()

    for words, dx, justify, font, heading in lines:
        marks = [int(n) for w in words for n in layout.MARK.findall(w)]
        room = layout.BOTTOM - 14 - sum(len(note_lines(n, 1)) for n in notes + marks) * layout.NOTE_PITCH - 16
        if y + layout.PITCH > room:
            finish_page()
            page, y, notes = page + 1, layout.TOP, []
        y += layout.PITCH + (8 if heading else 0)
        local = {n: len(notes) + k + 1 for k, n in enumerate(marks)}
        shown = [layout.MARK.sub(lambda m: "{%d}" % local[int(m.group(1))], w) for w in words]
        gap = layout._width(" ", font, layout.SIZE)
        if justify and len(shown) > 1:
            gap = (layout.WIDTH - dx - sum(layout._width(w, font, layout.SIZE) for w in shown)) / (len(shown) - 1)
        layout._draw_words(c, layout.LEFT + dx, y, shown, font, layout.SIZE, gap)
        notes += marks
    finish_page()
    c.save()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "notes.pdf"
        make_pdf(pdf)
        text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout
    (HERE / "hukum-perkawinan-catatan-kaki-halaman.txt").write_bytes(text)


if __name__ == "__main__":
    main()
