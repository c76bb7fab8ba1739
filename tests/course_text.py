"""Invented course text, as Indonesian skripsi and lecture chapters read: sentences with citations, numbers and
places, titles, list items and reference entries, made from a seed (the same seed, the same text) and never the same
sentence twice in one text, so that a layout's printed lines never recur from page to page (a line at the same place
on several pages is a running header, rightly dropped). tests/unit/test_format_parity.py sets it in every format."""

from __future__ import annotations

import random
import re

TOPICS = ["pembelajaran kooperatif", "motivasi belajar siswa", "hasil belajar matematika", "peran guru",
          "media pembelajaran berbasis video", "kemampuan membaca pemahaman", "disiplin kerja pegawai",
          "kepuasan pelanggan", "kualitas pelayanan publik", "sistem informasi akademik", "pengelolaan keuangan desa",
          "status gizi balita", "kinerja karyawan", "literasi digital mahasiswa", "partisipasi masyarakat",
          "budaya organisasi", "keselamatan kerja", "pemasaran digital", "pendidikan karakter",
          "kecemasan matematika", "kepemimpinan kepala sekolah", "kemandirian belajar", "minat baca",
          "pengawasan internal", "kesiapan kerja lulusan", "pemanfaatan perpustakaan", "kualitas tidur remaja",
          "komunikasi interpersonal", "kepatuhan wajib pajak", "pengetahuan gizi ibu"]
# (no place ends in a number or a letter and a stop: "kelas V." or "Negeri 3." at a line's end reads as an initial,
# and at a line's start as a list marker; a kind no open document shows, left)
PLACES = ["di sekolah dasar", "pada siklus kedua", "di kelas V SD Negeri 3 Makassar", "di kantor kecamatan",
          "selama masa pandemi", "pada usaha kecil dan menengah", "di wilayah pedesaan", "dalam penelitian ini",
          "di puskesmas setempat", "pada tahun ajaran berjalan", "di lingkungan kampus", "pada perusahaan daerah",
          "di kabupaten tersebut", "menurut data sekolah", "pada kelompok eksperimen", "di awal semester"]
AUTHORS = [("Sugiyono", "Metode Penelitian Pendidikan", "Bandung", "Alfabeta"),
           ("Arikunto", "Prosedur Penelitian: Suatu Pendekatan Praktik", "Jakarta", "Rineka Cipta"),
           ("Slavin", "Cooperative Learning: Teori, Riset dan Praktik", "Bandung", "Nusa Media"),
           ("Sardiman", "Interaksi dan Motivasi Belajar Mengajar", "Jakarta", "Rajawali Pers"),
           ("Hamalik", "Proses Belajar Mengajar", "Jakarta", "Bumi Aksara"),
           ("Moleong", "Metodologi Penelitian Kualitatif", "Bandung", "Remaja Rosdakarya"),
           ("Sanjaya", "Strategi Pembelajaran Berorientasi Standar Proses Pendidikan", "Jakarta", "Kencana"),
           ("Hasibuan", "Manajemen Sumber Daya Manusia", "Jakarta", "Bumi Aksara"),
           ("Notoatmodjo", "Promosi Kesehatan dan Perilaku Kesehatan", "Jakarta", "Rineka Cipta"),
           ("Kotler", "Manajemen Pemasaran", "Jakarta", "Erlangga")]
INITIALS = "ABDEHJKMRST"
# sentence shapes: {a} and {b} topics, {p} a place, {n} a number; each opens with a capital once filled; "{x|y}" is
# one of its words, taken anew for each sentence, so that no run of words recurs often enough to fill a narrow
# column's line on several pages (a line at one place on several pages reads as a running header)
SHAPES = ["{A} {berpengaruh positif|berpengaruh nyata|berdampak baik} terhadap {b} {p}",
          "{A} merupakan {faktor penting|unsur utama|syarat penting} dalam {meningkatkan|memperbaiki|menjaga} {b}",
          "{A} dapat {dilihat|diamati|diukur} dari {b} {p}",
          "{A} dipengaruhi oleh {b} dan oleh {lingkungan|kebiasaan|suasana} {p}",
          "Peningkatan {a} sejalan dengan {membaiknya|meningkatnya|bertambahnya} {b} {p}",
          "{A} diukur melalui {angket|kuesioner|lembar observasi} yang {disusun|dikembangkan} berdasarkan "
          "indikator {b}",
          "Data tentang {a} {dikumpulkan|diperoleh|dihimpun} melalui {observasi, wawancara, dan dokumentasi|angket "
          "dan wawancara|tes dan observasi} {p}",
          "{A} menunjukkan {kenaikan|peningkatan|penurunan} sebesar {n} persen {p}",
          "Rendahnya {a} {disebabkan oleh|berkaitan dengan|dipicu oleh} {kurangnya perhatian|minimnya dukungan|"
          "lemahnya pengawasan} terhadap {b}",
          "Hubungan antara {a} dan {b} diuji dengan {analisis regresi sederhana|uji korelasi|uji t}",
          "{A} belum banyak {diteliti|dikaji|dibahas} dalam kaitannya dengan {b} {p}",
          "Sebanyak {n} {responden|siswa|pegawai} menilai {a} {sudah baik|cukup baik|masih kurang} {p}",
          "{A} menjadi {dasar|acuan|pertimbangan} bagi perencanaan {b} {p}",
          "{Guru|Peneliti|Pengamat} dan {peneliti|guru mitra|kepala sekolah} membahas {a} sebelum menilai {b}",
          "{A} tidak dapat dipisahkan dari {b} yang {dialami|dijumpai|dihadapi} sehari-hari",
          "Skor rata-rata {a} naik dari {n} menjadi {m} {p}"]
_CHOICE = re.compile(r"\{([^{}]*\|[^{}]*)\}")
SECTIONS = ["Kajian Teori", "Kerangka Berpikir", "Prosedur Penelitian", "Teknik Pengumpulan Data",
            "Teknik Analisis Data", "Hasil Penelitian", "Pembahasan", "Subjek Penelitian", "Definisi Operasional"]
STEPS = ["Perencanaan Tindakan", "Pelaksanaan Tindakan", "Observasi Kegiatan", "Refleksi Hasil", "Penyusunan Instrumen",
         "Uji Coba Angket", "Pengolahan Data", "Penarikan Kesimpulan"]


class CourseText:
    """A text's sentences, titles and entries from one seed; no sentence is given twice."""

    def __init__(self, seed: int):
        self.rng = random.Random(f"course-text-{seed}")
        self.used: set[str] = set()
        self.cited: list[tuple[str, int]] = []  # (surname, year) of every citation made, for the reference list

    def _cite(self) -> tuple[str, int]:
        name = self.rng.choice(AUTHORS)[0]
        year = 2005 + self.rng.randrange(16)
        self.cited.append((name, year))
        return name, year

    def sentence(self, cite: float = 0.25) -> str:
        """One sentence; with chance `cite` a citation: "Menurut X (2015), ..." or "... (X, 2015)"."""
        for _ in range(1000):
            a, b = self.rng.sample(TOPICS, 2)
            n = 10 + self.rng.randrange(80)
            shape = _CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), self.rng.choice(SHAPES))
            text = shape.format(A=a[0].upper() + a[1:], a=a, b=b, p=self.rng.choice(PLACES),
                                                  n=n, m=n + 1 + self.rng.randrange(15))
            if text in self.used:
                continue
            self.used.add(text)
            if self.rng.random() < cite:
                name, year = self._cite()
                if self.rng.random() < 0.5:
                    return f"Menurut {name} ({year}), {text[0].lower()}{text[1:]}."
                return f"{text} ({name}, {year})."
            return text + "."
        raise RuntimeError("no fresh sentence left")

    def sentences(self, n: int) -> str:
        return " ".join(self.sentence() for _ in range(n))

    def item(self, long: bool = False) -> str:
        """A list item: one sentence, or (long) two joined, 160 characters or more."""
        text = self.sentence(cite=0)
        while long and len(text) < 160:
            more = self.sentence(cite=0)
            text = f"{text[:-1]}, serta {more[0].lower()}{more[1:]}"
        return text

    def title(self) -> str:
        """A chapter's title: a topic and a place, in title case."""
        topic, place = self.rng.choice(TOPICS), self.rng.choice(PLACES)
        words = f"{topic} {place}".split()
        return " ".join(w if w in ("di", "dan", "pada", "dalam") else w.capitalize() for w in words)

    def sections(self, n: int) -> list[str]:
        return self.rng.sample(SECTIONS, n)

    def steps(self, n: int) -> list[str]:
        return self.rng.sample(STEPS, n)

    def references(self) -> list[str]:
        """An APA entry for each work cited, by surname and year."""
        books = {name: (title, city, publisher) for name, title, city, publisher in AUTHORS}
        out = []
        for name, year in sorted(set(self.cited)):
            title, city, publisher = books[name]
            initial = INITIALS[(len(name) + year) % len(INITIALS)]
            out.append(f"{name}, {initial}. ({year}). {title}. {city}: {publisher}.")
        return out
