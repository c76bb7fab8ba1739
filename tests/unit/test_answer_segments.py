"""Which sentences an answer shows and how it says them, on tiny texts (stub encoder): neighbouring sentences said as
one segment, the reason or the limitation leading a why or shortcoming answer."""

import pytest

from telusur.query.answer import question_kind

BILATERAL = """# Kerjasama

Kerjasama bilateral dilakukan oleh dua negara yang bertetangga. Kerjasama bilateral dilakukan untuk kepentingan
bersama kedua negara.

Kerjasama regional melibatkan negara dalam satu kawasan.
"""

IKLIM = """# Iklim Organisasi

Penelitian ini menunjukkan bahwa iklim organisasi tidak mempengaruhi stres kerja karyawan klinik. Stres karyawan klinik
berbeda-beda karena iklim organisasi relatif tidak menentu. Iklim organisasi bukanlah variabel yang mempengaruhi stres
kerja karyawan klinik. Jadi iklim organisasi tidak mempengaruhi stres kerja karyawan klinik. Hasil ini menegaskan bahwa
iklim organisasi tidak mempengaruhi stres kerja karyawan klinik.
"""

RUMAH = """# Penelitian Terdahulu

Penelitian yang dilakukan oleh Budi Santoso merancang rumah pintar berbasis web menggunakan Raspberry Pi untuk
mengendalikan lampu dan kamera rumah pintar. Antarmuka rumah pintar Budi Santoso dapat diakses dari ponsel maupun
komputer. Kinerja teknis rumah pintar tidak dibahas secara nyata, jadi sistemnya masih berupa simulasi.
"""


def test_neighbouring_sentences_are_one_segment_with_one_mark(course):
    answer = course({"kerjasama.md": BILATERAL}).ask("Bagaimana kerjasama bilateral dilakukan?")
    assert "bertetangga. Kerjasama bilateral" in answer.answer, answer.answer  # a span written over both stays whole
    assert answer.answer.count("[1]") == 1, answer.answer


def test_a_why_answer_gives_the_reason_not_only_the_question_restated(course):
    answer = course({"iklim.md": IKLIM}).ask("Mengapa iklim organisasi tidak mempengaruhi stres kerja karyawan klinik?")
    assert "karena iklim organisasi relatif tidak menentu" in answer.answer, answer.answer


def test_a_shortcoming_question_is_answered_with_what_the_work_does_not_do(course):
    answer = course({"rumah.md": RUMAH}).ask("Apa kekurangan penelitian rumah pintar Budi Santoso?")
    assert "tidak dibahas secara nyata" in answer.answer, answer.answer


@pytest.mark.parametrize("question, kind", [
    ("Apa kekurangan penelitian rumah pintar Budi Santoso?", "shortcoming"),
    ("Apa kelemahan metode ini?", "shortcoming"),
    ("What is the main limitation of the study?", "shortcoming"),
    ("Dalam rentang waktu berapa lama kekurangan gizi kronis menyebabkan stunting?", "number"),  # a lack, not asked
    ("Kekurangan gizi menaikkan risiko penyakit apa?", None),
])
def test_shortcoming_questions(question, kind):
    assert question_kind(question) == kind


WASIAT = """# Wasiat

## Pengertian Wasiat

Wasiat adalah pernyataan kehendak seseorang tentang apa yang akan terjadi setelah ia meninggal dunia. Wasiat dibuat
di hadapan notaris.

## Unsur-unsur Surat Wasiat

1. Surat wasiat berbentuk akta tertulis.
2. Surat wasiat berisi pernyataan kehendak sepihak.
3. Surat wasiat berlaku setelah pembuatnya meninggal dunia.
4. Surat wasiat dapat dicabut kembali.
"""


def test_a_list_under_the_heading_asked_about_answers_with_every_item(course):
    # no lead-in sentence: the heading "Unsur-unsur Surat Wasiat" introduces the list
    answer = course({"wasiat.md": WASIAT}).ask("Apa saja unsur surat wasiat?")
    for item in ("akta tertulis", "kehendak sepihak", "berlaku setelah", "dicabut kembali"):
        assert item in answer.answer, answer.answer
    assert answer.answer.count("[1]") == 1, answer.answer
    # the first item is said as an item, not as a lead-in to the others ("… tertulis.; 2. …")
    assert "1. Surat wasiat berbentuk akta tertulis. 2. Surat wasiat" in answer.answer, answer.answer


AMONIA = """# Sensor Gas

## Amonia

Amonia yaitu senyawa kimia dengan rumus NH3, biasanya berupa gas dengan bau tajam yang berbahaya bila terhirup, adapun
ciri-ciri amonia :
1. Amonia merupakan gas yang tidak berwarna namun berbau sangat menyengat sehingga mudah dikenali di sekitar
kandang ternak.
2. Amonia sangat mudah larut dalam air sehingga banyak dipakai sebagai bahan pembersih lantai di rumah tangga.
3. Amonia mudah mencair pada suhu minus 78 derajat celcius dan mendidih pada suhu minus 33 derajat celcius.
4. Amonia digunakan sebagai bahan kecantikan campuran pada cat rambut dan pelurus rambut di salon kecantikan.
5. Amonia dipakai dalam industri pupuk urea sebagai bahan baku utama pembuatan pupuk nitrogen.
"""


def test_a_lead_in_that_first_says_what_a_thing_is_answers_for_it(course):
    # "X yaitu …, adapun ciri-ciri X :" (a definition run into its list's lead-in) is no bare "…, yaitu:"
    answer = course({"amonia.md": AMONIA}).ask("Rumus kimia amonia apa?")
    assert answer.answer.startswith("Amonia yaitu senyawa kimia dengan rumus NH3"), answer.answer


MATEMATIKA = """# Matematika

## Johnson dan Rising

Matematika adalah pola berpikir, pola mengorganisir, dan pembuktian yang logis. Matematika adalah bahasa yang
menggunakan istilah yang didefinisikan dengan cermat dan jelas. Lebih berupa bahasa simbol mengenai ide daripada
mengenai bunyi. Matematika adalah ilmu tentang keteraturan pola atau ide.
"""


def test_a_sentence_without_a_subject_goes_on_from_the_one_before(course):
    # "Lebih berupa bahasa simbol …" says more of "Matematika adalah bahasa …", as "Ia …" or "Hal ini …" would
    answer = course({"matematika.md": MATEMATIKA}).ask("Matematika adalah bahasa seperti apa?")
    assert "Lebih berupa bahasa simbol" in answer.answer, answer.answer


BAIT = """# Sejarah Bait Allah

Rakyat mulai membangun kembali Bait Allah saat mereka pulang dari pembuangan, tetapi segera berhenti membangun.
Selama enam belas tahun fondasi Bait Allah terlantar tanpa dibangun. Nabi Hagai kemudian membangkitkan semangat
rakyat untuk membangun kembali. Akhirnya bangunan itu selesai pada tahun 515 SM.
"""


def test_a_year_before_1000_answers_a_when_question(course):
    # "tahun 515 SM" is a time as "tahun 1945" is
    answer = course({"bait.md": BAIT}).ask("Pembangunan kembali Bait Allah selesai tahun berapa?")
    assert "selesai pada tahun 515 SM" in answer.answer, answer.answer


DONGGALA = """# Kabupaten Donggala

Kabupaten Donggala adalah kabupaten terluas ke-7 dan terpadat ke-4 di Sulawesi Tengah. Ibu kota kabupaten terletak di
Kota Donggala. Wilayahnya mempunyai luas sebesar 4275 km persegi dan terbagi atas enam belas kecamatan.
"""


def test_an_ordinal_is_no_amount_a_how_much_question_asks_for(course):
    # "terluas ke-7" ranks the regency; "luas sebesar 4275 km persegi" is the area asked
    answer = course({"donggala.md": DONGGALA}).ask("Berapa luas wilayah Kabupaten Donggala?")
    assert "4275 km persegi" in answer.answer, answer.answer


PENDAPAT = """# Motivasi Belajar

## Pendapat Para Ahli

1. Menurut Santoso (2010), motivasi belajar adalah dorongan dari dalam diri siswa untuk belajar dengan tekun.
2. Menurut Sari (2012), motivasi belajar tumbuh dari pujian guru dan dukungan orang tua di rumah.
3. Menurut Hadi (2015), motivasi belajar dipengaruhi cita-cita dan kondisi lingkungan sekolah.
"""


def test_items_with_no_lead_in_under_a_heading_not_asked_are_no_list_answer(course):
    # answer._list_answer: authors' definitions listed under "Pendapat Para Ahli" enumerate nothing the question asks;
    # "apa saja" is answered by the item saying it, not by every item's title
    answer = course({"motivasi.md": PENDAPAT}).ask("Motivasi belajar dipengaruhi apa saja?")
    assert answer.answer.startswith("3. Menurut Hadi (2015), motivasi belajar dipengaruhi cita-cita"), answer.answer


FUNGSI = """# Matematika

## Fungsi Matematika Menurut Para Ahli

1. Russefendi (1988)
Matematika sering disebut ilmu deduktif. Fungsi matematika adalah melatih siswa berpikir logis dan runtut.
2. Kline (1973)
Matematika bukan pengetahuan yang berdiri sendiri. Fungsi matematika adalah membantu manusia memahami alam.
3. Hudojo (2005)
Matematika berkenaan dengan ide abstrak. Fungsi matematika adalah menata cara bernalar dalam kehidupan.
"""


def test_an_items_title_line_is_said_of_every_sentence_under_it(course):
    # answer._item_titles: "2. Kline (1973)" counts for the item's second sentence too, so the one saying what is
    # asked leads, not the item's opening sentence that only stands next to the title
    answer = course({"fungsi.md": FUNGSI}).ask("Apa fungsi matematika menurut Kline?")
    assert answer.answer.startswith("Fungsi matematika adalah membantu manusia memahami alam."), answer.answer


UNSUR = """# Hukum Waris

## Unsur Surat Wasiat

Unsur surat wasiat ada tiga, yaitu:
1. Pewaris yang membuat wasiat semasa hidupnya.
2. Penerima wasiat yang disebut namanya.
3. Harta yang diwasiatkan kepada penerima.
"""


def test_a_lead_in_is_said_before_its_items_as_the_text_says_it(course):
    # answer._render: a lead-in ends in ":" and goes straight on to its items; it is not said as an item ("yaitu:; 1.")
    answer = course({"unsur.md": UNSUR}).ask("Apa saja unsur surat wasiat?")
    assert answer.answer.startswith("Unsur surat wasiat ada tiga, yaitu: 1. Pewaris yang membuat wasiat"), answer.answer
