"""Writes the two invented documents of fresh gold 5 that are not plain text (bench/citations-fresh-forms.jsonl):
a skripsi chapter as DOCX (Word's own numbered-list style, typed numbers, a table, a reference list) and a two-column
journal article as PDF (justified columns laid out line by line, so that a paragraph runs on over a column break and
a page break onto a line that opens like a list marker). Deterministic: run it again and the text is the same.

Usage: python bench/citations-kinds/make_forms.py  (python-docx and reportlab)"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def _document():
    """An empty DOCX with fixed core properties: run again, each part of the file is the same (the zip dates differ)."""
    import datetime

    import docx

    d = docx.Document()
    d.core_properties.author = "telusur bench"
    d.core_properties.created = datetime.datetime(2026, 12, 4)
    return d


def make_docx(path: Path) -> None:
    d = _document()
    d.add_heading("BAB II TINJAUAN PUSTAKA", level=1)
    d.add_heading("2.1 Status Gizi Balita", level=2)
    d.add_paragraph("Status gizi adalah keadaan tubuh sebagai akibat konsumsi makanan dan penggunaan zat-zat gizi. "
                    "Pengertian status gizi menurut beberapa ahli adalah sebagai berikut:")
    d.add_paragraph("Menurut Supariasa dkk. (2012)", style="List Number")
    d.add_paragraph("Status gizi merupakan ekspresi dari keadaan keseimbangan dalam bentuk variabel tertentu, atau "
                    "perwujudan dari nutriture dalam bentuk variabel tertentu.")
    d.add_paragraph("Menurut Almatsier (2009)", style="List Number")
    d.add_paragraph("Status gizi dibedakan antara status gizi buruk, kurang, baik dan lebih, sesuai dengan jumlah zat "
                    "gizi yang dikonsumsi dan dipakai oleh tubuh.")
    d.add_paragraph("Penilaian status gizi balita dilakukan dengan antropometri, yaitu pengukuran berat badan dan "
                    "tinggi badan menurut umur (Kemenkes RI, 2020). Kategori status gizi menurut indeks berat badan "
                    "per umur disajikan pada tabel berikut.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Kategori", "Ambang batas (z-skor)"
    for a, b in (("Berat badan sangat kurang", "< -3 SD"), ("Berat badan kurang", "-3 SD sampai < -2 SD"),
                 ("Berat badan normal", "-2 SD sampai +1 SD")):
        row = t.add_row()
        row.cells[0].text, row.cells[1].text = a, b
    d.add_paragraph("Sumber: Kemenkes RI (2020)")
    d.add_heading("2.2 Gizi Seimbang", level=2)
    d.add_paragraph("Pedoman gizi seimbang dijelaskan oleh beberapa sumber berikut.")
    d.add_paragraph("1. Menurut Proverawati dan Asfuah (2009)")
    d.add_paragraph("Gizi seimbang adalah susunan makanan sehari-hari yang mengandung zat gizi dalam jenis dan jumlah "
                    "yang sesuai dengan kebutuhan tubuh.")
    d.add_paragraph("2. Menurut Persatuan Ahli Gizi Indonesia (2018)")
    d.add_paragraph("Menu anak balita disusun oleh ahli gizi dengan memperhatikan keragaman pangan, aktivitas fisik "
                    "dan pemantauan berat badan secara teratur.")
    d.add_paragraph("Persatuan Ahli Gizi Indonesia (2018) juga menganjurkan agar setiap ahli gizi di puskesmas "
                    "memberikan konseling kepada ibu balita paling sedikit sebulan sekali.")
    d.add_heading("2.3 Stunting", level=2)
    d.add_paragraph("Hasil Riskesdas Kementerian Kesehatan (2018) menunjukkan prevalensi balita pendek dan sangat "
                    "pendek di Indonesia sebesar 30,8 persen. Menurut WHO (2010) dalam Kemenkes RI (2016) stunting "
                    "adalah keadaan tubuh yang pendek menurut umur hingga melampaui defisit dua simpangan baku.")
    d.add_paragraph("Pencegahan stunting diatur dalam Peraturan Presiden Nomor 72 Tahun 2021 tentang Percepatan "
                    "Penurunan Stunting. Posyandu Melati di desa penelitian berdiri pada tahun 2005 dan melayani 64 "
                    "balita pada tahun 2022.")
    d.add_heading("DAFTAR PUSTAKA", level=1)
    for entry in (
            "Almatsier, S. (2009). Prinsip Dasar Ilmu Gizi. Jakarta: Gramedia Pustaka Utama.",
            "Kementerian Kesehatan RI. (2016). Situasi Balita Pendek. Jakarta: Pusat Data dan Informasi.",
            "Kementerian Kesehatan RI. (2018). Hasil Utama Riskesdas 2018. Jakarta: Badan Penelitian dan "
            "Pengembangan Kesehatan.",
            "Kementerian Kesehatan RI. (2020). Standar Antropometri Anak. Jakarta: Kementerian Kesehatan RI.",
            "Persatuan Ahli Gizi Indonesia. (2018). Penuntun Diet Anak. Edisi ketiga. Jakarta: Badan Penerbit FKUI.",
            "Proverawati, A. dan Asfuah, S. (2009). Buku Ajar Gizi untuk Kebidanan. Yogyakarta: Nuha Medika.",
            "Supariasa, I. D. N., Bakri, B., dan Fajar, I. (2012). Penilaian Status Gizi. Jakarta: EGC.",
            "World Health Organization. (2010). Nutrition Landscape Information System (NLIS) Country Profile "
            "Indicators: Interpretation Guide. Geneva: WHO."):
        d.add_paragraph(entry)
    d.save(path)


def make_docx_bodies(path: Path) -> None:
    """A chapter citing bodies first spelt out, then by their short forms ("(Kemenkes RI, 2018)"), added to gold 5."""
    d = _document()
    d.add_heading("BAB II TINJAUAN PUSTAKA", level=1)
    d.add_heading("2.1 Anemia pada Ibu Hamil", level=2)
    d.add_paragraph("Menurut Kementerian Kesehatan Republik Indonesia (Kemenkes RI, 2018) prevalensi anemia pada ibu "
                    "hamil mencapai 48,9 persen. Ibu hamil dianjurkan minum paling sedikit 90 tablet tambah darah "
                    "selama kehamilan (Kemenkes RI, 2019).")
    d.add_paragraph("Manuaba (2010:237) menyebutkan bahwa anemia dalam kehamilan adalah kondisi ibu dengan kadar "
                    "hemoglobin di bawah 11 gram persen pada trimester pertama dan ketiga.")
    d.add_heading("2.2 Kesehatan Ibu di Jawa Tengah", level=2)
    d.add_paragraph("Dinas Kesehatan Provinsi Jawa Tengah (Dinkes Jateng, 2020) mencatat angka kematian ibu sebesar "
                    "98,6 per 100.000 kelahiran hidup. Badan Pusat Statistik Provinsi Jawa Tengah (BPS Jateng, 2021) "
                    "melaporkan bahwa 97 persen persalinan sudah ditolong tenaga kesehatan.")
    d.add_paragraph("Materi kesehatan reproduksi masuk ke kurikulum sekolah menurut Kementerian Pendidikan, "
                    "Kebudayaan, Riset, dan Teknologi (Kemendikbudristek, 2021). Program ini berjalan sejak tahun "
                    "ajaran 2021/2022 di 35 kabupaten dan kota.")
    d.add_heading("DAFTAR PUSTAKA", level=1)
    for entry in (
            "Badan Pusat Statistik Provinsi Jawa Tengah. (2021). Provinsi Jawa Tengah dalam Angka 2021. Semarang: BPS "
            "Provinsi Jawa Tengah.",
            "Dinas Kesehatan Provinsi Jawa Tengah. (2020). Profil Kesehatan Provinsi Jawa Tengah Tahun 2019. "
            "Semarang: Dinkes Jateng.",
            "Kementerian Kesehatan Republik Indonesia. (2018). Hasil Utama Riskesdas 2018. Jakarta: Kemenkes RI.",
            "Kementerian Kesehatan Republik Indonesia. (2019). Profil Kesehatan Indonesia Tahun 2018. Jakarta: "
            "Kemenkes RI.",
            "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi. (2021). Modul Kesehatan Reproduksi Remaja. "
            "Jakarta: Kemendikbudristek.",
            "Manuaba, I. B. G. (2010). Ilmu Kebidanan, Penyakit Kandungan dan KB. Jakarta: EGC."):
        d.add_paragraph(entry)
    d.save(path)


# --- the two-column PDF -------------------------------------------------------------------------------------------
FONT, BOLD, SIZE, PITCH = "Times-Roman", "Times-Bold", 10, 12.5
LEFT, GUTTER, WIDTH = 56, 20, 232  # two columns of 232 pt on A4 (595 pt wide)
TOP = 60


def _wrap(text: str, width: float, indent: float = 0.0) -> list[list[str]]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, cur = [], []
    for w in text.split():
        room = width - (indent if not lines else 0)
        if cur and stringWidth(" ".join(cur + [w]), FONT, SIZE) > room:
            lines.append(cur)
            cur = []
        cur.append(w)
    lines.append(cur)
    return lines


def para(text: str, indent: bool = True, runs_on: bool = False) -> list[tuple]:
    """A paragraph's lines: (words, x offset, justified, font). runs_on: it goes on in the next column, so its last
    line is full and justified too."""
    lines = _wrap(text, WIDTH, 14 if indent else 0)
    return [(words, 14 if indent and k == 0 else 0, k < len(lines) - 1 or runs_on, FONT)
            for k, words in enumerate(lines)]


def head(text: str) -> list[tuple]:
    return [([], 0, False, FONT), (text.split(), 0, False, BOLD)]


def _draw(c, x: float, y: float, width: float, words: list[str], justify: bool, font: str) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if not words:
        return
    t = c.beginText(x, 842 - y)
    t.setFont(font, SIZE)
    if justify and len(words) > 1:
        t.setWordSpace((width - stringWidth(" ".join(words), font, SIZE)) / (len(words) - 1))
    t.textLine(" ".join(words))
    c.drawText(t)


def make_pdf(path: Path, pages: list[dict]) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    c.setTitle("Pengaruh Literasi Keuangan terhadap Minat Menabung Mahasiswa")
    for n, page in enumerate(pages, 1):
        y = TOP
        c.setFont(FONT, 8)
        c.drawString(LEFT, 842 - 35, "Jurnal Ekonomi dan Bisnis Nusantara, Vol. 4, No. 2, Desember 2021")
        for text, font, size in page.get("full", ()):
            for words in _wrap(text, 2 * WIDTH + GUTTER) if size == SIZE else [text.split()]:
                c.setFont(font, size)
                c.drawCentredString(LEFT + WIDTH + GUTTER / 2, 842 - y, " ".join(words)) if size != SIZE else \
                    _draw(c, LEFT, y, 2 * WIDTH + GUTTER, words, False, font)
                y += size + 3
            y += 4
        for col, blocks in enumerate((page["left"], page["right"])):
            x, yy = LEFT + col * (WIDTH + GUTTER), y + 8
            lines = [line for block in blocks for line in block]
            while lines and not lines[0][0]:
                lines.pop(0)
            for words, dx, justify, font in lines:
                _draw(c, x + dx, yy, WIDTH - dx, words, justify, font)
                yy += PITCH
        c.setFont(FONT, 9)
        c.drawCentredString(595 / 2, 30, str(100 + n))
        c.showPage()
    c.save()


def article() -> list[dict]:
    p1 = {"full": [("PENGARUH LITERASI KEUANGAN TERHADAP MINAT MENABUNG MAHASISWA", BOLD, 13),
                   ("Rina Kartikasari, Dimas Prasetyo", FONT, 11),
                   ("Program Studi Manajemen, Sekolah Tinggi Ilmu Ekonomi Nusantara", FONT, 10.5),
                   ("Abstrak: Penelitian ini bertujuan mengetahui pengaruh literasi keuangan terhadap minat menabung "
                    "mahasiswa. Data dikumpulkan dengan kuesioner dari 96 mahasiswa dan dianalisis dengan regresi "
                    "linear sederhana. Hasil penelitian menunjukkan literasi keuangan berpengaruh positif terhadap "
                    "minat menabung.", FONT, SIZE)],
          "left": [head("PENDAHULUAN"),
                   para("Literasi keuangan menjadi perhatian pemerintah karena masih rendahnya pemahaman masyarakat "
                        "terhadap produk dan layanan lembaga keuangan. Survei Nasional Literasi dan Inklusi Keuangan "
                        "2019 mencatat indeks literasi keuangan sebesar 38,03 persen. Rendahnya literasi keuangan "
                        "membuat seseorang sulit merencanakan tabungan dan investasi jangka panjang (Lusardi & "
                        "Mitchell, 2014). Karena itu pendidikan keuangan perlu dimulai sejak mahasiswa duduk di "
                        "bangku kuliah."),
                   para("Mahasiswa berada pada masa peralihan menuju kemandirian finansial. Yushita dkk, (2017) "
                        "menemukan bahwa mahasiswa yang pernah mengikuti mata kuliah keuangan pribadi lebih sering "
                        "menyisihkan uang saku untuk ditabung. Temuan serupa dilaporkan pada mahasiswa di Medan "
                        "(Margaretha & Pambudhi, 2015: 78)."),
                   para("Konsep literasi keuangan yang dipakai dalam penelitian ini mengikuti kerangka yang telah "
                        "dirumuskan secara rinci dan diuji pada mahasiswa di berbagai negara maju dan berkembang sebagaimana dikemukakan "
                        "oleh", runs_on=True)],
          "right": [para("S. J. Huston (2010) bahwa literasi keuangan memiliki dua dimensi, yaitu pemahaman "
                         "pengetahuan keuangan dan penggunaan pengetahuan itu dalam mengelola keuangan pribadi.",
                         indent=False),
                    head("KAJIAN PUSTAKA"),
                    para("Chen dan Volpe (1998) membagi literasi keuangan ke dalam empat aspek, yaitu pengetahuan "
                         "umum keuangan pribadi, tabungan dan pinjaman, asuransi serta investasi. Otoritas Jasa "
                         "Keuangan (2017) mendefinisikan literasi keuangan sebagai pengetahuan, keterampilan dan "
                         "keyakinan yang memengaruhi sikap dan perilaku untuk meningkatkan kualitas pengambilan "
                         "keputusan dan pengelolaan keuangan."),
                    para("Minat menabung adalah keinginan untuk menyisihkan sebagian pendapatan yang didorong oleh "
                         "pengetahuan tentang manfaat tabungan (Lusardi,2008a). Lusardi (2008b) juga menunjukkan "
                         "bahwa orang dengan literasi rendah jarang merencanakan masa pensiun. Skala pengukuran "
                         "minat menabung disusun dari lima butir pernyataan dengan skala Likert lima poin yang telah diuji lebih dahulu dan kategorinya "
                         "disajikan pada Tabel", runs_on=True)]}
    p2 = {"left": [para("1. Menurut Sugiyono (2017: 93) skala Likert dipakai untuk mengukur sikap, pendapat dan "
                        "persepsi seseorang tentang fenomena sosial dengan jawaban bergradasi dari sangat setuju "
                        "sampai sangat tidak setuju.", indent=False),
                   head("METODE PENELITIAN"),
                   para("Penelitian ini menggunakan pendekatan kuantitatif. Populasi penelitian adalah mahasiswa "
                        "aktif tahun akademik 2020/2021 dan sampel diambil dengan rumus Slovin sebanyak 96 "
                        "responden (Sugiyono, 2017). Uji validitas memakai korelasi "
                        "product moment dan uji reliabilitas memakai koefisien alpha. Data diolah dengan SPSS 25."),
                   para("Indikator literasi keuangan yang dipakai dalam kuesioner penelitian ini disusun dari "
                        "empat aspek yang dirumuskan oleh Chen dan Volpe (1998) sebagai berikut:")],
          "right": [para("1. Pengetahuan umum keuangan pribadi, yaitu pemahaman tentang pendapatan, pengeluaran dan "
                         "anggaran (Chen & Volpe, 1998).", indent=False),
                    para("2. Tabungan dan pinjaman, yaitu pengetahuan tentang produk simpanan dan kredit (Garman & "
                         "Forgue, 2010).", indent=False),
                    para("3. Asuransi dan investasi, yaitu pengetahuan tentang perlindungan risiko dan pilihan "
                         "investasi jangka panjang.", indent=False),
                    head("HASIL DAN PEMBAHASAN"),
                    para("Hasil regresi menunjukkan koefisien literasi keuangan sebesar 0,412 dengan nilai "
                         "signifikansi 0,000. Hasil ini sejalan dengan penelitian Yushita dkk, (2017) dan "
                         "penelitian Margaretha dan Pambudhi (2015) yang menemukan pengaruh positif literasi "
                         "keuangan terhadap perilaku keuangan mahasiswa. Ketentuan edukasi keuangan bagi lembaga jasa "
                         "keuangan diatur dalam POJK Nomor 76/POJK.07/2016.")]}
    p3 = {"left": [head("DAFTAR PUSTAKA"),
                   para("Chen, H., & Volpe, R. P. (1998). An Analysis of Personal Financial Literacy among College "
                        "Students. Financial Services Review, 7(2), 107-128.", indent=False),
                   para("Garman, E. T., & Forgue, R. E. (2010). Personal Finance. Mason: South-Western Cengage "
                        "Learning.", indent=False),
                   para("Huston, S. J. (2010). Measuring Financial Literacy. The Journal of Consumer Affairs, 44(2), "
                        "296-316.", indent=False),
                   para("Lusardi, A. (2008a). Household Saving Behavior: The Role of Financial Literacy. NBER "
                        "Working Paper No. 13824.", indent=False),
                   para("Lusardi, A. (2008b). Financial Literacy: An Essential Tool for Informed Consumer Choice? "
                        "NBER Working Paper No. 14084.", indent=False)],
          "right": [para("Lusardi, A., & Mitchell, O. S. (2014). The Economic Importance of Financial Literacy. "
                         "Journal of Economic Literature, 52(1), 5-44.", indent=False),
                    para("Margaretha, F., & Pambudhi, R. A. (2015). Tingkat Literasi Keuangan pada Mahasiswa S-1 "
                         "Fakultas Ekonomi. Jurnal Manajemen dan Kewirausahaan, 17(1), 76-85.", indent=False),
                    para("Otoritas Jasa Keuangan. (2017). Strategi Nasional Literasi Keuangan Indonesia (Revisit "
                         "2017). Jakarta: OJK.", indent=False),
                    para("Sugiyono. (2017). Metode Penelitian Kuantitatif, Kualitatif, dan R&D. Bandung: Alfabeta.",
                         indent=False),
                    para("Yushita, A. N., Rahmawati, R., & Sari, D. (2017). Pentingnya Literasi Keuangan bagi "
                         "Pengelolaan Keuangan Pribadi. Jurnal Nominal, 6(1), 11-26.", indent=False)]}
    return [p1, p2, p3]


if __name__ == "__main__":
    make_docx(HERE / "status-gizi-balita.docx")
    make_docx_bodies(HERE / "kesehatan-ibu-hamil.docx")
    make_pdf(HERE / "jurnal-literasi-keuangan.pdf", article())
    print("written")
