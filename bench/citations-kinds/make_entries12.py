"""Writes the PDF of fresh reference-entry gold 15 (bench/references-fresh-entries12.jsonl): a primary-school
education journal article in one justified column whose author-date reference list has hanging indents, so that
most entries run over two or three lines; journals written "Vol. 5 (1)", "Vol. 2, No. 2, hal.", "Volume 5 Nomor 3",
DOIs, a title holding "(Volume I)", an edition with a printing in APA's parentheses, a page read on a day, Harvard
entries in the mix. Deterministic (reportlab's invariant mode).

Usage: python bench/citations-kinds/make_entries12.py  (reportlab)"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

BODY = [
    ("h", "PENDAHULUAN"),
    ("p", "Literasi membaca siswa sekolah dasar masih rendah (OECD, 2019). Gerakan literasi sekolah dirancang untuk "
          "menumbuhkan budaya membaca (Wiedarti dkk., 2016; Kementerian Pendidikan dan Kebudayaan, 2017). Kesulitan "
          "siswa dalam literasi dilaporkan Kharizmi (2015), sedangkan Hasanah dan Fauzi (2019) menemukan hal serupa "
          "di daerah 3T. Pratiwi (2021) meneliti gerakan literasi di masa pandemi."),
    ("h", "KAJIAN PUSTAKA"),
    ("p", "Membaca adalah keterampilan berbahasa yang reseptif (Tarigan, 2008; Dalman, 2013). Pembelajaran "
          "multiliterasi menggabungkan berbagai moda (Abidin, 2015). Literasi awal tumbuh sebelum anak bersekolah "
          "(Teale & Sulzby, 1986), dan bahan bacaan pendukung tersedia dari Tim GLN Kemendikbud (2017). Implementasi "
          "literasi dalam pembelajaran tematik diteliti Suyono dkk. (2017)."),
    ("h", "DAFTAR PUSTAKA"),
]

REFERENCES = [
    "Abidin, Y. (2015). <i>Pembelajaran multiliterasi: Sebuah jawaban atas tantangan pendidikan abad ke-21 dalam "
    "konteks keindonesiaan</i>. Bandung: Refika Aditama.",
    "Dalman, H. (2013) <i>Keterampilan membaca</i>. Jakarta: Rajawali Pers.",
    "Hasanah, U., &amp; Fauzi, A. (2019). Literasi membaca siswa sekolah dasar di daerah 3T. <i>Jurnal Pendidikan "
    "Dasar Nusantara</i>, Vol. 5 (1), 45-58. https://doi.org/10.29407/jpdn.v5i1.12873",
    "Kementerian Pendidikan dan Kebudayaan. (2017). <i>Panduan gerakan literasi nasional</i>. Jakarta: Kemendikbud.",
    "Kharizmi, M. (2015). Kesulitan siswa sekolah dasar dalam meningkatkan kemampuan literasi. <i>Jurnal Pendidikan "
    "Dasar (JUPENDAS)</i>, Vol. 2, No. 2, hal. 11-21.",
    "OECD. (2019). <i>PISA 2018 results (Volume I): What students know and can do</i>. Paris: OECD Publishing. "
    "https://doi.org/10.1787/5f07c754-en",
    "Pratiwi, I. (2021). Gerakan literasi sekolah di masa pandemi Covid-19. <i>Jurnal Basicedu</i>, Volume 5 Nomor 3, "
    "1234-1245.",
    "Suyono, S., Harsiati, T., &amp; Wulandari, I. S. (2017). Implementasi gerakan literasi sekolah pada pembelajaran "
    "tematik di sekolah dasar. <i>Sekolah Dasar: Kajian Teori dan Praktik Pendidikan</i>, 26(2), 116-123.",
    "Tarigan, H. G. (2008). <i>Membaca sebagai suatu keterampilan berbahasa</i> (Edisi Revisi, Cetakan Pertama). "
    "Bandung: Angkasa.",
    "Teale, W. H. and Sulzby, E. (eds.) (1986) <i>Emergent literacy: Writing and reading</i>. Norwood, NJ: Ablex.",
    "Tim GLN Kemendikbud. (2017). <i>Materi pendukung literasi baca tulis</i>. Diakses pada 12 Januari 2021 dari "
    "https://gln.kemdikbud.go.id/glnsite/materi-pendukung-literasi-baca-tulis/",
    "Wiedarti, P. dkk. (2016). <i>Desain induk gerakan literasi sekolah</i>. Jakarta: Direktorat Jenderal Pendidikan "
    "Dasar dan Menengah.",
]


def make_pdf(path: Path) -> None:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    width, height, margin = 595, 842, 72
    doc = SimpleDocTemplate(str(path), pagesize=(width, height), leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, invariant=1, title="", author="telusur bench")

    def page_foot(canvas, doc):
        canvas.setFont("Times-Roman", 8)
        canvas.drawString(margin, height - 40, "Jurnal Pendidikan Guru Sekolah Dasar, Vol. 7, No. 2, Oktober 2022")
        canvas.drawRightString(width - margin, 40, str(doc.page))

    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY,
                          firstLineIndent=20, spaceAfter=4)
    heading = ParagraphStyle("h", fontName="Times-Bold", fontSize=11, leading=18, alignment=TA_CENTER)
    ref = ParagraphStyle("r", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY,
                         leftIndent=28, firstLineIndent=-28, spaceAfter=4)
    story = [Paragraph("GERAKAN LITERASI SEKOLAH DAN KEMAMPUAN MEMBACA SISWA SEKOLAH DASAR",
                       ParagraphStyle("t", fontName="Times-Bold", fontSize=13, leading=17, alignment=TA_CENTER,
                                      spaceAfter=12))]
    for kind, text in BODY:
        story.append(Paragraph(text, heading if kind == "h" else body))
    story += [Paragraph(text, ref) for text in REFERENCES]
    doc.build(story, onFirstPage=page_foot, onLaterPages=page_foot)


if __name__ == "__main__":
    make_pdf(HERE / "literasi-sekolah-dasar.pdf")
