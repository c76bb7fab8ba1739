"""A parenthesis whose name is a thing the text itself talks about, not a work's author (issue 14): an acronym the
text introduces as the short name of a disease, a programme or a program ("Pembatasan Sosial Berskala Besar (PSBB)"
... "(PSBB, 2010)"), gives as a version ("PHP versi 7") or types small as a word ("covid-19"); a name it writes with
its first letter small in its own prose ("krismon", "gempa Palu"); a program's release named by its year ("MATLAB
R2010"). Bodies and standards the text spells out as such, and people, stay authors, with and without a list.
Made-up sentences."""

import pytest

from telusur.citations.intext import find_citations

_CITED_BEFORE = "Belajar adalah proses perubahan perilaku (Slameto, 2009). "
_OTHERS = "\n\nDAFTAR PUSTAKA\n\nSugiyono. 2010. Metode Penelitian Pendidikan. Bandung: Alfabeta.\n"


def _read(passage: str, after: str = "") -> list[tuple[tuple[str, ...], str]]:
    """The citations of passage alone, another work cited before it and `after` (a list, more prose) after it."""
    text = _CITED_BEFORE + passage + after
    start = len(_CITED_BEFORE)
    return [(c.authors, c.year) for c in find_citations(text, start, start + len(passage), start)]


@pytest.mark.parametrize("after", ["", _OTHERS])  # with no list, and with a list that holds no entry naming it
@pytest.mark.parametrize("passage", [
    # an acronym the text spells out in words that name no body (before: each read as its author)
    "Pemerintah menetapkan Pembatasan Sosial Berskala Besar (PSBB). Pasar tradisional banyak yang tutup (PSBB, 2010).",
    "Bantuan Langsung Tunai (BLT) diberikan kepada keluarga miskin yang terdampak (BLT, 2010).",
    "Demam berdarah dengue (DBD) ditularkan oleh nyamuk. Kasus naik pada musim hujan (DBD, 2010).",
    "Corona Virus Disease 2019 (COVID-19) adalah penyakit menular. Sekolah ditutup (COVID-19, 2010).",
    # ... a body's word inside a thing's name is no body's head
    "Data diolah dengan Statistical Product and Service Solutions (SPSS) versi 25 (SPSS 25, 2010).",
    # ... a version's number the text gives as one; the acronym typed small as a word
    "Aplikasi kasir dibangun dengan bahasa pemrograman PHP versi 7 (PHP 7, 2010).",
    "Selama pandemi covid-19 sekolah ditutup. Pembelajaran beralih ke rumah (COVID-19, 2010).",
    # a word and an event the text writes with its first letter small in its own prose
    "Ketika krismon terjadi, usaha mikro bertahan. Rupiah jatuh hingga Rp16.000 per dolar (Krismon, 2010).",
    "Setelah gempa Palu pasar tutup. Gempa itu merusak ribuan rumah (Gempa Palu, 2010).",
    # a program's release named by its year, glued to a letter
    "Model peramalan disusun di MATLAB R2010 (MATLAB R2010, 2010).",
    # an acronym never spelt out that the text makes a time: "pada masa PSBB", "era PPKM"
    "Pada masa PSBB, banyak pedagang pasar menutup lapaknya (PSBB, 2010).",
    "Omzet pedagang turun di era PPKM darurat (PPKM, 2010).",
])
def test_a_thing_the_text_talks_about_is_no_author(passage, after):
    assert [r for r in _read(passage, after) if r[0]] == []


@pytest.mark.parametrize("after", ["", _OTHERS])
@pytest.mark.parametrize("passage, author", [
    # a body the text spells out as a body, its head noun first (Indonesian) or last (English)
    ("Badan Pusat Statistik (BPS) mencatat kenaikan penduduk miskin (BPS, 2010).", "BPS"),
    ("Ikatan Akuntan Indonesia (IAI) mengatur pencatatan persediaan (IAI, 2010).", "IAI"),
    ("Internal Revenue Service (IRS) memeriksa pajak usaha kecil (IRS, 2010).", "IRS"),
    ("Balai Besar Pengawas Obat dan Makanan (BBPOM) menguji jajanan sekolah (BBPOM, 2010).", "BBPOM"),
    ("Rumah Sakit Umum Daerah (RSUD) melayani pasien rujukan dari puskesmas (RSUD, 2010).", "RSUD"),
    ("Tentara Nasional Indonesia (TNI) membantu distribusi bantuan ke daerah bencana (TNI, 2010).", "TNI"),
    # ... or one whose name holds no body's word, which the text makes an agent: a body's verb after it, "menurut"
    ("Nahdlatul Ulama (NU) menyatakan bahwa vaksin itu halal. Vaksinasi berjalan lancar (NU, 2010).", "NU"),
    ("Menurut Nahdlatul Ulama (NU), zakat dapat disalurkan lewat lembaga. Zakat naik tiap tahun (NU, 2010).", "NU"),
    # ... a body never spelt out, the time words before another name only ("pada masa PSBB")
    ("Pada masa PSBB, pengguna internet naik. Data APJII menunjukkan kenaikan itu (APJII, 2010).", "APJII"),
    # ... a known body typed small in a link is still the body
    ("Kamus daring tersedia di kbbi.kemdikbud.go.id. Kata luring berarti di luar jaringan (KBBI, 2010).", "KBBI"),
])
def test_a_body_spelt_out_stays_the_author(passage, after, author):
    assert _read(passage, after) == [((author,), "2010")]


@pytest.mark.parametrize("passage, author", [
    # a manual spelt out is a standard, read as its author where there is no list (the no-list convention)
    ("Diagnostic and Statistical Manual of Mental Disorders (DSM-5) dipakai dokter. Autisme didiagnosis dengan "
     "kriteria baru (DSM-5, 2010).", "DSM-5"),
    # people whose names are words the text writes small: a surname, not the word ("putra"), and a given name
    ("Setiap putra daerah berhak sekolah. Pendidikan adalah hak dasar (Putra, 2010).", "Putra"),
    ("Budi pekerti diajarkan sejak dini. Karakter dibentuk di rumah (Budi Santoso, 2010).", "Budi Santoso"),
    # a body whose name the text also writes small, as a common noun
    ("Petugas dinas kesehatan setempat memeriksa jentik. Kasus turun tiap tahun (Dinas Kesehatan, 2010).",
     "Dinas Kesehatan"),
    ("Kebijakan bank Indonesia diikuti bank umum. Inflasi terkendali (Bank Indonesia, 2010).", "Bank Indonesia"),
    # a surname typed small only where it is cited (after "menurut", before its verb or year) is no prose word
    ("Menurut sugiyono, populasi adalah wilayah generalisasi. Sampel adalah bagian dari populasi (Sugiyono, 2010).",
     "Sugiyono"),
    ("Sampel menurut riduwan dipilih acak; riduwan menyatakan hal itu. Sampel diambil acak (Riduwan, 2010).",
     "Riduwan"),
])
def test_names_the_text_writes_small_elsewhere_that_stay_authors(passage, author):
    read = _read(passage)
    assert read and read[0][1] == "2010" and read[0][0][0].endswith(author.split()[-1])


@pytest.mark.parametrize("passage, read", [
    # one author's works oldest first, a year glued to no letter: still two works
    ("Belajar adalah proses perubahan (Santoso 2005, 2010).", [(("Santoso",), "2005"), (("Santoso",), "2010")]),
])
def test_an_authors_several_years_stay_works(passage, read):
    assert _read(passage) == read
