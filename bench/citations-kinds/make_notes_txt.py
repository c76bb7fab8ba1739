"""Writes the invented document of fresh gold 19's notes (bench/citations-fresh-left.jsonl): a law thesis chapter
cited only through footnotes, laid out as a PDF by make_notes_pdf.py's Word-like layout (marks raised after the word
or the stop, notes at the page foot under a short rule) and then turned into text by pdftotext with no options, as a
student who copies a PDF's text or converts it gets it: the marks become digits run into the word before them
("anak.1"), each note's number stands on a line of its own, pages are parted by form feeds.

Usage: python bench/citations-kinds/make_notes_txt.py  (reportlab, poppler-utils' pdftotext)"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_notes_pdf as layout  # noqa: E402

NOTES = {
    1: "Maidin Gultom, Perlindungan Hukum terhadap Anak dalam Sistem Peradilan Pidana Anak di Indonesia (Bandung: "
       "Refika Aditama, 2008), hlm. 33.",
    2: "Ibid., hlm. 35.",
    3: "Lihat Satjipto Rahardjo, Ilmu Hukum (Bandung: Citra Aditya Bakti, 2000), hlm. 53; bandingkan dengan Sudikno "
       "Mertokusumo, Mengenal Hukum: Suatu Pengantar (Yogyakarta: Liberty, 2005), hlm. 40.",
    4: "Undang-Undang Nomor 35 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2002 tentang "
       "Perlindungan Anak, Pasal 1 angka 2.",
    5: "Wagiati Soetedjo dan Melani, Hukum Pidana Anak, cet. ke-4 (Bandung: Refika Aditama, 2013), hlm. 61.",
    6: "Gultom, op. cit., hlm. 70.",
    7: "Setya Wahyudi, Implementasi Ide Diversi dalam Pembaruan Sistem Peradilan Pidana Anak di Indonesia "
       "(Yogyakarta: Genta Publishing, 2011), hlm. 14.",
    8: "Istilah diversi berasal dari kata diversion dalam bahasa Inggris. Lihat Marlina, Peradilan Pidana Anak di "
       "Indonesia: Pengembangan Konsep Diversi dan Restorative Justice (Bandung: Refika Aditama, 2009), hlm. 158.",
    9: "Wawancara dengan Hakim Anak Pengadilan Negeri Sleman, 4 Maret 2021.",
    10: "Ibid.",
    11: "Rahardjo, op. cit., hlm. 60.",
    12: "Nandang Sambas, Pembaruan Sistem Pemidanaan Anak di Indonesia (Yogyakarta: Graha Ilmu, 2010), hlm. 25; "
        "Romli Atmasasmita, Peradilan Anak di Indonesia (Bandung: Mandar Maju, 1997), hlm. 12.",
    13: "Soetedjo dan Melani, Hukum Pidana Anak, hlm. 88.",
}

BODY = [
    ("head", "BAB II"),
    ("head", "TINJAUAN PUSTAKA"),
    ("head", "A. Perlindungan Hukum terhadap Anak"),
    ("para", "Anak merupakan bagian dari generasi muda yang memiliki peranan strategis dan ciri serta sifat khusus, "
             "sehingga memerlukan pembinaan dan perlindungan dalam rangka menjamin pertumbuhan fisik, mental, dan "
             "sosialnya secara utuh.{1} Perlindungan anak juga mencakup perlindungan terhadap anak yang berhadapan "
             "dengan hukum, baik sebagai pelaku maupun sebagai korban.{2} Hukum tidak hanya dipahami sebagai "
             "kumpulan peraturan, tetapi juga sebagai sarana untuk melindungi kepentingan manusia.{3}"),
    ("para", "Perlindungan anak adalah segala kegiatan untuk menjamin dan melindungi anak dan hak-haknya agar dapat "
             "hidup, tumbuh, berkembang, dan berpartisipasi secara optimal sesuai dengan harkat dan martabat "
             "kemanusiaan.{4} Dalam hukum pidana, anak yang melakukan tindak pidana tidak dapat diperlakukan sama "
             "dengan orang dewasa karena kemampuan bertanggung jawabnya belum penuh.{5} Karena itu, pemidanaan "
             "terhadap anak harus menjadi upaya terakhir.{6}"),
    ("head", "B. Diversi dalam Sistem Peradilan Pidana Anak"),
    ("para", "Diversi adalah pengalihan penyelesaian perkara anak dari proses peradilan pidana ke proses di luar "
             "peradilan pidana.{7} Gagasan ini lahir dari pandangan bahwa proses peradilan formal justru dapat "
             "memberi cap jahat kepada anak.{8} Seorang hakim anak menuturkan bahwa musyawarah diversi paling sering "
             "gagal karena korban menuntut ganti rugi yang tidak sanggup dibayar keluarga pelaku.{9} Ia juga "
             "menyebut bahwa pembimbing kemasyarakatan sering terlambat menyerahkan laporan penelitian "
             "kemasyarakatan.{10}"),
    ("para", "Pendekatan keadilan restoratif menempatkan pemulihan hubungan antara pelaku, korban, dan masyarakat "
             "sebagai tujuan utama penyelesaian perkara.{11} Pendekatan ini sejalan dengan tujuan pemidanaan anak "
             "yang menekankan pembinaan, bukan pembalasan.{12} Dengan demikian, penjatuhan pidana penjara terhadap "
             "anak hanya dapat dilakukan apabila keadaan dan perbuatan anak membahayakan masyarakat.{13}"),
]


def main() -> None:
    layout.NOTES, layout.BODY = NOTES, BODY
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "notes.pdf"
        layout.make_pdf(pdf)
        text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout
    (HERE / "perlindungan-anak-catatan-kaki-pdftotext.txt").write_bytes(text)


if __name__ == "__main__":
    main()
