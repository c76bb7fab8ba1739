"""Writes the PDF of fresh reference-entry gold 7 (bench/references-fresh-entries4.jsonl): an informatics journal
article laid out in two justified columns whose IEEE-numbered reference list has hanging indents, so that each entry
runs over two or three lines and the list runs on over a column break. Deterministic (reportlab's invariant mode).
And the DOCX of gold 8 (bench/references-fresh-entries5.jsonl): a skripsi chapter whose Vancouver list is typed with
its numbers, one paragraph an entry.

Usage: python bench/citations-kinds/make_entries4.py  (reportlab, python-docx)"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

BODY = [
    ("h", "I. PENDAHULUAN"),
    ("p", "Sistem informasi membantu organisasi mengelola data secara terpadu [1]. Rekayasa perangkat lunak yang baik "
          "menuntut proses yang terukur [2], [3], dan pemodelan dengan UML memudahkan komunikasi antar pengembang [5]. "
          "Penerimaan pengguna terhadap teknologi dijelaskan oleh model TAM [4]."),
    ("p", "Pemilihan pemasok dapat didukung dengan metode AHP [8] dan TOPSIS [6]. Klasterisasi data penjualan telah "
          "diteliti dengan K-Means [7], sedangkan klasifikasi dengan hutan acak dijelaskan oleh Breiman [13]. Konsep "
          "penambangan data mengikuti Han dkk. [11]. Data pengguna internet di Indonesia bersumber dari BPS [9]."),
    ("h", "II. METODE PENELITIAN"),
    ("p", "Pengembangan sistem menggunakan model waterfall [12] seperti pada penelitian sebelumnya [10]. Tahapan "
          "meliputi analisis kebutuhan, perancangan, implementasi dan pengujian. Pengujian dilakukan dengan metode "
          "black box terhadap setiap fungsi. Kuesioner TAM disebarkan kepada 60 responden pengguna sistem."),
    ("h", "III. HASIL DAN PEMBAHASAN"),
    ("p", "Hasil pengujian menunjukkan seluruh fungsi berjalan sesuai kebutuhan. Nilai persepsi kemudahan penggunaan "
          "rata-rata 4,21 dan persepsi kegunaan 4,35 dari skala 5. Hasil ini sejalan dengan temuan Davis [4] bahwa "
          "kegunaan lebih menentukan niat menggunakan daripada kemudahan. Perbandingan dengan metode lain disajikan "
          "pada Tabel 1 dan menunjukkan bobot kriteria harga paling tinggi."),
    ("h", "IV. KESIMPULAN"),
    ("p", "Sistem informasi yang dibangun dapat diterima pengguna dan membantu pemilihan pemasok. Penelitian "
          "selanjutnya dapat menambah kriteria dan membandingkan metode lain."),
    ("h", "DAFTAR PUSTAKA"),
]

REFERENCES = [
    "A. Kadir, <i>Pengenalan Sistem Informasi</i>, Edisi Revisi. Yogyakarta: Andi, 2014.",
    "R. S. Pressman and B. R. Maxim, <i>Software Engineering: A Practitioner's Approach</i>, 8th ed. New York, NY, "
    "USA: McGraw-Hill Education, 2015.",
    "I. Sommerville, <i>Software Engineering</i>, 10th ed. Boston, MA, USA: Pearson, 2016.",
    "F. D. Davis, \u201cPerceived usefulness, perceived ease of use, and user acceptance of information technology,"
    "\u201d <i>MIS Quarterly</i>, vol. 13, no. 3, pp. 319\u2013340, 1989.",
    "M. Fowler, <i>UML Distilled: A Brief Guide to the Standard Object Modeling Language</i>, 3rd ed. Boston, MA, "
    "USA: Addison-Wesley, 2004.",
    "D. Rahmawati and A. Nugroho, \u201cSistem pendukung keputusan pemilihan supplier menggunakan metode AHP dan "
    "TOPSIS,\u201d <i>Jurnal Teknologi Informasi dan Ilmu Komputer (JTIIK)</i>, vol. 7, no. 2, pp. 245\u2013252, 2020, "
    "doi: 10.25126/jtiik.2020722345.",
    "Y. Sudaryono, E. Wijaya, and R. Hartono, \u201cImplementasi algoritma K-Means untuk klasterisasi data "
    "penjualan,\u201d in <i>Prosiding Seminar Nasional Teknologi Informasi dan Komunikasi (SENTIKA)</i>, Yogyakarta, "
    "2019, pp. 112\u2013119.",
    "T. L. Saaty, <i>The Analytic Hierarchy Process</i>. New York: McGraw-Hill, 1980.",
    "Badan Pusat Statistik, \u201cStatistik Telekomunikasi Indonesia 2021,\u201d BPS, Jakarta, 2022. [Online]. "
    "Available: https://www.bps.go.id/publication/2022/statistik-telekomunikasi-indonesia-2021.html. "
    "[Diakses: 15-Mar-2023].",
    "M. R. Firdaus, \u201cRancang bangun sistem informasi inventaris barang berbasis web pada SMK Negeri 2 Bandung,"
    "\u201d Skripsi, Program Studi Teknik Informatika, Universitas Komputer Indonesia, Bandung, 2018.",
    "J. Han, M. Kamber, and J. Pei, <i>Data Mining: Concepts and Techniques</i>, 3rd ed. Waltham, MA, USA: Morgan "
    "Kaufmann, 2012.",
    "A. S. Rosa and M. Shalahuddin, <i>Rekayasa Perangkat Lunak Terstruktur dan Berorientasi Objek</i>. Bandung: "
    "Informatika, 2018.",
    "L. Breiman, \u201cRandom forests,\u201d <i>Machine Learning</i>, vol. 45, no. 1, pp. 5\u201332, Oct. 2001.",
]


def make_pdf(path: Path) -> None:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    width, height, margin, gap = 595, 842, 50, 18
    column = (width - 2 * margin - gap) / 2
    frames = [Frame(margin + i * (column + gap), margin, column, height - 2 * margin - 60, id=f"c{i}")
              for i in range(2)]
    doc = BaseDocTemplate(str(path), pagesize=(width, height), invariant=1, title="", author="telusur bench")

    def page_head(canvas, doc):
        canvas.setFont("Times-Roman", 8)
        canvas.drawString(margin, height - 30, "Jurnal Sistem Informasi dan Komputasi, Vol. 4, No. 1, Maret 2023")
        canvas.drawRightString(width - margin, 30, str(doc.page))

    title = [Frame(margin, height - margin - 60, width - 2 * margin, 50, id="t")]
    doc.addPageTemplates([PageTemplate(id="first", frames=title + frames, onPage=page_head),
                          PageTemplate(id="rest", frames=frames, onPage=page_head)])
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=9.5, leading=11.5, alignment=TA_JUSTIFY,
                          firstLineIndent=12)
    heading = ParagraphStyle("h", fontName="Times-Bold", fontSize=9.5, leading=14, alignment=TA_CENTER)
    ref = ParagraphStyle("r", fontName="Times-Roman", fontSize=8.5, leading=10, alignment=TA_JUSTIFY,
                         leftIndent=16, firstLineIndent=-16, spaceAfter=2)
    story = [Paragraph("SISTEM PENDUKUNG KEPUTUSAN PEMILIHAN PEMASOK BERBASIS WEB DENGAN METODE AHP",
                       ParagraphStyle("t", fontName="Times-Bold", fontSize=12, leading=15, alignment=TA_CENTER))]
    from reportlab.platypus import FrameBreak, NextPageTemplate

    story += [NextPageTemplate("rest"), FrameBreak()]
    for kind, text in BODY:
        story.append(Paragraph(text, heading if kind == "h" else body))
    story += [Paragraph(f"[{i}]\u00a0\u00a0{text}", ref) for i, text in enumerate(REFERENCES, 1)]
    doc.build(story)


VANCOUVER = [
    "Badan Pusat Statistik. Statistik kesejahteraan rakyat 2021. Jakarta: BPS; 2021.",
    "UNICEF. Improving child nutrition: the achievable imperative for global progress. New York: UNICEF; 2013.",
    "Kementerian Kesehatan RI. Hasil utama Riskesdas 2018 [Internet]. Jakarta: Kemenkes RI; 2018 [dikutip 2021 Mar 5]. "
    "Tersedia dari: https://www.kemkes.go.id/resources/download/info-terkini/hasil-riskesdas-2018.pdf",
    "Almatsier S. Prinsip dasar ilmu gizi. Cetakan ke-9. Jakarta: Gramedia Pustaka Utama; 2010.",
    "Gibney MJ, Margetts BM, Kearney JM, Arab L. Gizi kesehatan masyarakat. Hartono A, penerjemah. Widyastuti P, "
    "Hardiyanti EA, editor. Jakarta: EGC; 2009.",
    "Black RE, Victora CG, Walker SP, Bhutta ZA, Christian P, de Onis M, et al. Maternal and child undernutrition and "
    "overweight in low-income and middle-income countries. Lancet. 2013;382(9890):427-51.",
    "Hadi H. Gizi dan kesehatan anak usia sekolah. In: Soekirman, editor. Gizi dalam pembangunan. 2nd ed. Bogor: IPB "
    "Press; 2012. p. 55-70.",
    "Lestari ND. Hubungan pola asuh dengan status gizi balita di Kelurahan Bandarharjo [tesis]. Semarang: Universitas "
    "Diponegoro; 2016.",
    "Persatuan Ahli Gizi Indonesia. Kamus gizi: pelengkap kesehatan keluarga. Jakarta: Kompas; 2009.",
    "World Health Organization. WHO child growth standards: length/height-for-age, weight-for-age. Geneva: WHO; 2006.",
]


def make_docx(path: Path) -> None:
    import datetime

    import docx
    from docx.shared import Cm

    d = docx.Document()
    d.core_properties.author = "telusur bench"
    d.core_properties.created = datetime.datetime(2026, 12, 6)
    d.add_heading("BAB II TINJAUAN PUSTAKA", level=1)
    d.add_paragraph("Status gizi balita dipengaruhi oleh asupan dan penyakit infeksi (1,2). Prevalensi stunting "
                    "menurut Riskesdas masih tinggi (3). Zat gizi makro dan mikro dijelaskan oleh Almatsier (4) dan "
                    "Gibney dkk. (5), sedangkan dampak kurang gizi pada ibu dan anak oleh Black dkk. (6). Gizi anak "
                    "sekolah dibahas oleh Hadi (7), pola asuh oleh Lestari (8), istilah gizi oleh PERSAGI (9), dan "
                    "standar pertumbuhan oleh WHO (10).")
    d.add_heading("DAFTAR PUSTAKA", level=1)
    for i, text in enumerate(VANCOUVER, 1):
        p = d.add_paragraph(f"{i}.\t{text}")
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(0.75), Cm(-0.75)
    d.save(str(path))


if __name__ == "__main__":
    make_pdf(HERE / "jurnal-sistem-pendukung-keputusan.pdf")
    make_docx(HERE / "gizi-balita-vancouver.docx")
