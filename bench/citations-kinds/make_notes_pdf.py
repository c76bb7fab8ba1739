"""Writes the invented document of fresh gold 18 (bench/citations-fresh-notes3.jsonl): a history thesis chapter as
PDF cited only through footnotes, as Word lays them out: the mark raised in a smaller type after the word or the stop,
the notes at the foot of the page their marks stand on under a short rule, each note's number raised too; a sentence
carried over a page break. Deterministic: run it again and the text is the same.

Usage: python bench/citations-kinds/make_notes_pdf.py  (reportlab)"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT, BOLD, SIZE, NOTE_SIZE, MARK_SIZE = "Times-Roman", "Times-Bold", 12, 10, 7.5
LEFT, WIDTH, TOP, BOTTOM, PITCH, NOTE_PITCH = 85, 425, 85, 770, 18, 12
MARK = re.compile(r"\{(\d+)\}")

NOTES = {
    1: "Hendrik Siahaan, Pelayaran dan Perdagangan di Selat Makassar Abad XVIII (Yogyakarta: Ombak, 2011), hlm. 45.",
    2: "Ibid., hlm. 47.",
    3: "Robert Hall, Maritime Trade in Eastern Indonesia 1600-1800 (Leiden: KITLV Press, 1998), p. 27.",
    4: "Rina Kartika, “Jaringan Niaga Bugis di Pesisir Kalimantan”, Jurnal Sejarah Maritim, Vol. 4, No. 2, 2016, "
       "hlm. 112-130.",
    5: "Siahaan, op. cit., hlm. 52.",
    6: "Istilah pa'lele berarti pedagang perantara yang membeli hasil laut dari nelayan. Lihat Daeng Mangkasara, Kamus "
       "Makassar-Indonesia (Makassar: Lembaga Bahasa, 1985), hlm. 112.",
    7: "Wawancara dengan Daeng Naba (72 tahun), nelayan di Paotere, 12 Agustus 2019.",
    8: "Ibid.",
    9: "Hall, Maritime Trade, hlm. 31.",
    10: "Sutan Takdir Nasution dan Mira Lestiani, Sejarah Sosial Ekonomi Sulawesi Selatan (Makassar: Pustaka Refleksi, "
        "2004), hlm. 78-80.",
    11: "Loc. cit.",
    12: "Lihat juga Kartika, op. cit., hlm. 118; dan Hall, op. cit., hlm. 40.",
    13: "Anthony Wijaya, Kerajaan Gowa dan Jaringan Dagang Nusantara, cet. ke-2 (Jakarta: Gramedia, 2015), hlm. 201.",
    14: "Id., hlm. 205.",
    15: "Departemen Pendidikan dan Kebudayaan, Sejarah Daerah Sulawesi Selatan (Jakarta: Depdikbud, 1978), hlm. 66.",
    16: "Siahaan, Pelayaran dan Perdagangan, hlm. 90.",
    17: "M. Yusuf Daeng Tika, “Perahu Pinisi dan Teknologi Pelayaran Bugis-Makassar”, dalam Rina Kartika (ed.), "
        "Kebudayaan Maritim Nusantara (Makassar: Ininnawa, 2012), hlm. 15-33.",
    18: "Ibid., hlm. 20.",
}

BODY = [
    ("head", "BAB II"),
    ("head", "JARINGAN PELAYARAN DAN PERDAGANGAN DI SELAT MAKASSAR"),
    ("head", "A. Selat Makassar sebagai Jalur Niaga"),
    ("para", "Sejak abad XVII Selat Makassar menjadi jalur yang ramai dilalui perahu dagang dari berbagai penjuru "
             "Nusantara. Pelabuhan Makassar tumbuh sebagai tempat persinggahan kapal yang membawa rempah-rempah dari "
             "Maluku menuju Malaka dan Jawa.{1} Keramaian itu terus berlangsung hingga akhir abad XVIII, ketika "
             "pedagang Bugis menguasai sebagian besar pelayaran antarpulau di kawasan timur.{2}"),
    ("para", "Para sejarawan asing memandang kawasan ini sebagai simpul perdagangan yang menghubungkan dunia Melayu "
             "dengan kepulauan rempah.{3} Pedagang Bugis membawa beras, kain tenun, dan senjata ke pesisir timur "
             "Kalimantan,{4} sedangkan dari sana mereka pulang dengan membawa emas, rotan, dan damar.{5}"),
    ("para", "Di pelabuhan-pelabuhan kecil, perdagangan hasil laut diatur oleh para pa'lele.{6} Seorang nelayan tua "
             "menuturkan bahwa hubungan antara nelayan dan pa'lele berlangsung turun-temurun dan diikat oleh utang "
             "yang tidak pernah lunas.{7} Ia juga menyebut bahwa hasil tangkapan dijual ke pa'lele tanpa tawar-"
             "menawar.{8}"),
    ("head", "B. Komoditas dan Pelaku Niaga"),
    ("para", "Teripang merupakan komoditas utama yang dibawa ke Makassar untuk dijual kepada pedagang Tionghoa. "
             "Perdagangan teripang bahkan menjangkau pantai utara Australia, tempat para nelayan Makassar "
             "mengumpulkan dan mengasapi teripang setiap musim angin barat.{9} Hasil penjualan teripang menjadi "
             "sumber kekayaan para bangsawan yang memodali pelayaran.{10} Karena itu, kedudukan bangsawan dalam "
             "perdagangan tidak dapat dipisahkan dari kedudukan mereka dalam struktur kekuasaan kerajaan.{11}"),
    ("para", "Jaringan dagang Bugis juga bertumpu pada ikatan kekerabatan dan perkawinan antarkeluarga pedagang di "
             "berbagai pelabuhan.{12} Kerajaan Gowa sendiri memungut cukai dari setiap perahu yang berlabuh dan "
             "menjadikan syahbandar sebagai pejabat penting.{13} Syahbandar bertugas mencatat muatan, menarik cukai, "
             "dan menyelesaikan sengketa antarpedagang.{14}"),
    ("head", "C. Perahu dan Teknologi Pelayaran"),
    ("para", "Keberhasilan pelayaran Bugis-Makassar ditopang oleh perahu yang dibuat di galangan-galangan rakyat di "
             "pesisir selatan Sulawesi.{15} Jenis perahu yang paling dikenal adalah padewakang, yang kemudian "
             "berkembang menjadi pinisi pada awal abad XX.{16} Pembuatan perahu diawali dengan upacara adat yang "
             "dipimpin oleh seorang panrita lopi, yaitu “ahli perahu yang menguasai ilmu dan doa pembuatan "
             "perahu”.{17} Panrita lopi menentukan hari baik untuk memulai pekerjaan dan untuk meluncurkan perahu ke "
             "laut.{18}"),
]


def _width(word: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(MARK.sub("", word), font, size) + sum(stringWidth(n, font, MARK_SIZE) + 0.5
                                                             for n in MARK.findall(word))


def _wrap(text: str, width: float, font: str, size: float, indent: float = 0.0) -> list[list[str]]:
    lines, cur = [], []
    for w in text.split():
        room = width - (indent if not lines else 0)
        if cur and sum(_width(x, font, size) for x in cur + [w]) + (len(cur)) * _width(" ", font, size) > room:
            lines.append(cur)
            cur = []
        cur.append(w)
    lines.append(cur)
    return lines


def _draw_words(c, x: float, y: float, words: list[str], font: str, size: float, gap: float) -> None:
    """Words left to right; a mark "{n}" drawn raised in a smaller type right after its word."""
    for w in words:
        for piece in re.split(r"(\{\d+\})", w):
            if not piece:
                continue
            mark = MARK.fullmatch(piece)
            if mark:
                c.setFont(FONT, MARK_SIZE)
                c.drawString(x, 842 - y + size * 0.38, mark.group(1))
                x += _width("{" + mark.group(1) + "}", font, size)
            else:
                c.setFont(font, size)
                c.drawString(x, 842 - y, piece)
                x += _width(piece, font, size)
        x += gap


def _note_lines(n: int) -> list[list[str]]:
    return _wrap("{%d} %s" % (n, NOTES[n]), WIDTH, FONT, NOTE_SIZE)


def make_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    c.setTitle("Jaringan Pelayaran dan Perdagangan di Selat Makassar")
    lines = []  # (words, x offset, justified, font)
    for kind, text in BODY:
        if kind == "head":
            lines.append((text.split(), 0, False, BOLD, True))
            continue
        wrapped = _wrap(text, WIDTH, FONT, SIZE, 28)
        lines += [(w, 28 if k == 0 else 0, k < len(wrapped) - 1, FONT, False) for k, w in enumerate(wrapped)]
    page, y, notes = 1, TOP, []

    def finish_page() -> None:
        ny = BOTTOM - sum(len(_note_lines(n)) for n in notes) * NOTE_PITCH
        if notes:
            c.setLineWidth(0.5)
            c.line(LEFT, 842 - ny + 10, LEFT + 144, 842 - ny + 10)
        for n in notes:
            for k, words in enumerate(_note_lines(n)):
                ny += NOTE_PITCH
                _draw_words(c, LEFT + (0 if k == 0 else 0), ny, words, FONT, NOTE_SIZE, _width(" ", FONT, NOTE_SIZE))
        c.setFont(FONT, 11)
        c.drawCentredString(595 / 2, 40, str(14 + page))
        c.showPage()

    for words, dx, justify, font, heading in lines:
        marks = [int(n) for w in words for n in MARK.findall(w)]
        room = BOTTOM - sum(len(_note_lines(n)) for n in notes + marks) * NOTE_PITCH - 16
        if y + PITCH > room:
            finish_page()
            page, y, notes = page + 1, TOP, []
        y += PITCH + (8 if heading else 0)
        gap = _width(" ", font, SIZE)
        if justify and len(words) > 1:
            gap = (WIDTH - dx - sum(_width(w, font, SIZE) for w in words)) / (len(words) - 1)
        _draw_words(c, LEFT + dx, y, words, font, SIZE, gap)
        notes += marks
    finish_page()
    c.save()


if __name__ == "__main__":
    make_pdf(HERE / "sejarah-maritim-catatan-kaki.pdf")
