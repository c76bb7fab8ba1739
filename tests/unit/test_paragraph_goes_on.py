"""A paragraph opening on the one before is one passage with it (issue 15, "right document, wrong passage"): on the
open sets a short paragraph saying what the one before it says of its subject ("Kondisi ini menyebabkan mereka …",
"Hal ini berarti …", "OS tersebut adalah …", "Sedangkan pemasar syariah …", "Berdasarkan teori diatas dapat
disimpulkan …") was a passage alone, without the words of its subject, and ranked second under a longer neighbour on
the topic (wahyu243--autisme, sengketa-ambalat, Pantana's Raspberry Pi, viin1108, paybarina). Made-up texts."""

from __future__ import annotations

import pytest

from telusur.chunking import chunk_document
from telusur.documents import markdown

AUTISME = ("Autisme adalah suatu keadaan di mana seorang anak berbuat semaunya sendiri baik secara berpikir maupun "
           "berperilaku. Keadaan ini terjadi sejak usia dua sampai tiga tahun pada semua etnis (Yatim, 2002).")
KLASIFIKASI = ("Autisme dapat diklasifikasikan menjadi beberapa bagian berdasarkan gejalanya, dan klasifikasi ini "
               "diberikan setelah anak didiagnosis oleh dokter anak yang menanganinya.")


def _chunks(*paragraphs: str, heading: str = "# Pengertian Autisme") -> list[str]:
    text = heading + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return [" ".join(c.text.split()) for c in chunk_document(markdown.read(text.encode(), "a.md"))]


def _holding(chunks: list[str], words: str) -> list[str]:
    return [c for c in chunks if words in c]


@pytest.mark.parametrize("opening", [
    "Kondisi ini menyebabkan mereka tidak mampu berkomunikasi maupun mengekspresikan keinginannya.",
    "Hal ini berarti anak tersebut perlu didampingi sejak dini oleh orang tua dan gurunya.",
    "Sedangkan menurut para ahli autisme adalah gangguan perkembangan pada anak.",
    "Berdasarkan uraian di atas dapat disimpulkan bahwa autisme adalah gangguan perkembangan.",
    "Dari pengertian diatas dapat disimpulkan bahwa autisme adalah gangguan perkembangan.",
])
def test_a_paragraph_opening_on_the_one_before_is_one_passage_with_it(opening):
    chunks = _chunks(AUTISME, opening)
    assert _holding(chunks, opening) == _holding(chunks, AUTISME) == [AUTISME + " " + opening], chunks


def test_an_item_s_later_paragraph_opening_on_it_goes_with_the_item():
    text = ("d. MicroSD Card\n\n"
            "Bagian ini berfungsi untuk tempat memasukkan SD-Card yang sudah diisi dengan salah satu OS Raspberry Pi.\n\n"
            "OS tersebut adalah Raspbian wheezy, Pidora, Arch Linux, Raspbmc dan OpenELEC.")
    chunks = _chunks("Raspberry Pi 2 model B mempunyai bagian antara lain:", "c. Catu Daya\n\n"
                     "Catu daya menggunakan konektor MicroUSB yang bekerja pada tegangan 5V.", text,
                     heading="# Perangkat Keras")
    [os] = _holding(chunks, "OS tersebut adalah Raspbian")
    assert "Bagian ini berfungsi untuk tempat memasukkan SD-Card" in os, chunks


@pytest.mark.parametrize("paragraphs, heading", [
    ((AUTISME, KLASIFIKASI), "# Pengertian Autisme"),  # no opening on the one before
    ((AUTISME, "## Klasifikasi\n\nHal ini berarti autisme dapat dibagi menurut gejalanya."), "# Pengertian Autisme"),
    ((AUTISME + " Anak autis perlu perhatian. " * 50, "Hal ini berarti anak perlu didampingi."), "# Autisme"),  # too long
    ((AUTISME, "Sedangkan menurut Kanner (1943) autisme adalah gangguan perkembangan."), "# Autisme"),  # its own work
])
def test_a_paragraph_not_opening_on_a_whole_paragraph_of_its_section_that_it_fits_with_is_a_passage_alone(
        paragraphs, heading):
    chunks = _chunks(*paragraphs, heading=heading)
    last = paragraphs[-1].split("\n\n")[-1]
    [alone] = _holding(chunks, last)
    assert alone == last, chunks


# A list, or a lead-in with what it introduces, then a paragraph going on from it (issue 15, "a list continued in the
# next passage"): on the open sets the paragraph summing up a list ("Berdasarkan uraian di atas dapat disimpulkan bahwa
# tujuan pendidikan …", wahyu243--tunagrahita-ringan), the second of an enumeration in prose ("Kedua dengan alas hak
# khusus …" after "yaitu:" and "Pertama …", indraptama--hukum-harta-benda) and the paragraph explaining a quoted
# article ("Hal ini berarti …", sengketa-ambalat) were passages alone, without the words of their subject, and ranked
# under the passage before them.
TUJUAN = ("Pendidikan bagi anak tunagrahita ringan menurut Kirk memiliki tujuan khusus sebagai berikut:\n\n"
          "1. Mengembangkan keterampilan dasar belajar di sekolah.\n"
          "2. Mengembangkan kebiasaan hidup sehat.\n"
          "3. Mengembangkan kemampuan sosialisasi.")
SIMPULAN = ("Berdasarkan uraian di atas dapat disimpulkan bahwa tujuan pendidikan anak tunagrahita ringan adalah "
            "mengembangkan keterampilan tertentu agar dapat hidup mandiri di masyarakat.")
PERTAMA = ("Ketetapan dengan surat wasiat terdiri dari dua macam cara yaitu:\n\n"
           "Pertama dengan alas hak umum, memberikan wasiat dengan tidak ditentukan bendanya, disebut erfstelling ;")
KEDUA = "Kedua dengan alas hak khusus, memberikan wasiat yang bendanya ditentukan jenisnya, disebut legaat."
PASAL = ("Dalam Pasal IV Treaty 1891, berbunyi:\n\n"
         "> From 4°10' north latitude on the east coast the boundary-line shall be continued eastward along that "
         "parallel across the island of Sebatik.")
BERARTI = "Hal ini berarti dari 4°10' lintang utara ditarik garis paralel sampai memotong Pulau Sebatik."


@pytest.mark.parametrize("block, sequel", [(TUJUAN, SIMPULAN), (PERTAMA, KEDUA), (PASAL, BERARTI)])
def test_a_paragraph_going_on_from_a_list_or_a_lead_in_s_block_is_one_passage_with_it(block, sequel):
    chunks = _chunks(block, sequel, heading="# Bab II")
    [passage] = _holding(chunks, sequel)
    last = " ".join(block.split("\n")[-1].lstrip("> ").split())
    assert last in passage and passage.index(last) < passage.index(sequel), chunks


TABEL = ("Tabel 3. Hasil Validitas\n\n| Variabel | Indikator | Loading |\n| --- | --- | --- |\n"
         "| Stres Kerja | SK1 | 0.773 |\n| Stres Kerja | SK2 | 0.792 |")


@pytest.mark.parametrize("paragraphs, heading", [
    ((TUJUAN, "## Simpulan\n\n" + SIMPULAN), "# Bab II"),  # another section
    ((TUJUAN, "Sedangkan menurut Astati (2001: 13) tujuan pendidikan anak tunagrahita adalah kemandirian."),
     "# Bab II"),  # a work of its own
    ((TUJUAN + "\n4. Mengembangkan kemampuan emosional dan rasa aman di sekolah maupun di rumah." * 30, SIMPULAN),
     "# Bab II"),  # too long together
    ((TABEL, "Berdasarkan Tabel 3 di atas, seluruh indikator memiliki nilai loading factor di atas 0,50."),
     "# Hasil"),  # a table is its own passage
    ((TUJUAN, "Anak tunagrahita ringan perlu layanan pendidikan khusus di sekolah luar biasa."), "# Bab II"),
])
def test_a_paragraph_not_going_on_from_the_list_or_lead_in_s_block_before_it_is_a_passage_alone(paragraphs, heading):
    chunks = _chunks(*paragraphs, heading=heading)
    last = paragraphs[-1].split("\n\n")[-1]
    [alone] = _holding(chunks, last)
    assert alone == last, chunks


def test_a_paragraph_going_on_from_a_list_is_a_part_of_its_own_not_the_last_item_s():
    from telusur.chunking import chunk_parts, item_spans
    [chunk] = chunk_document(markdown.read(("# Bab II\n\n" + TUJUAN + "\n\n" + SIMPULAN + "\n").encode(), "a.md"))
    items = [chunk.text[a:b] for a, b in item_spans(chunk.text)]
    assert len(items) == 3 and not any("Berdasarkan uraian" in item for item in items), items
    parts = chunk_parts(chunk)
    assert len(parts) == 4 and SIMPULAN in parts[-1] and "3. Mengembangkan" not in parts[-1], parts


def test_a_short_line_of_the_last_item_opening_on_it_stays_that_item_s():
    """The last item's own short line ("Tahap ini …" under "3. Refleksi") is no paragraph going on from the list,
    though it opens on what is before it: a paragraph is longer than a title's or a step's few words."""
    from telusur.chunking import item_spans
    text = ("# Siklus PTK\n\nTahapan tindakan kelas adalah sebagai berikut:\n\n1. Perencanaan\n"
            "2. Pelaksanaan tindakan\n3. Refleksi\n   Tahap ini menilai hasil tindakan.\n")
    [chunk] = chunk_document(markdown.read(text.encode(), "a.md"))
    items = [chunk.text[a:b] for a, b in item_spans(chunk.text)]
    assert len(items) == 3 and items[-1].endswith("menilai hasil tindakan."), items


# "X ini" pointing at the time of writing, the writing itself or what follows, not back at the block before: on the
# open sets "Penelitian ini adalah penelitian Survei Analitik …" (waktu-tunggu-resep), "Indonesia dewasa ini …" and
# "Tulisan ini dibuat …" (pidana-pembakaran-hutan), "Pada saat ini dunia industri …" (paybarina) opened new topics and
# were joined to the paragraph or list before them as its sequel.
@pytest.mark.parametrize("opening", [
    "Saat ini anak autis banyak ditemukan di sekolah inklusi di kota-kota besar.",
    "Pada masa kini layanan terapi anak tersedia di banyak rumah sakit daerah.",
    "Indonesia dewasa ini menghadapi kekurangan guru pendamping bagi anak berkebutuhan khusus.",
    "Penelitian ini adalah penelitian deskriptif untuk mengetahui layanan bagi anak autis.",
    "Dalam tulisan ini penulis menggunakan metode studi pustaka atas buku dan jurnal.",
    "Berikut ini adalah beberapa kegiatan yang dilakukan orang tua di rumah setiap hari.",
])
@pytest.mark.parametrize("before", [AUTISME, TUJUAN])
def test_a_paragraph_pointing_at_the_present_the_writing_or_what_follows_opens_a_passage_of_its_own(opening, before):
    chunks = _chunks(before, opening, heading="# Bab II")
    [alone] = _holding(chunks, opening)
    assert alone == opening, chunks


# A list's last item with a paragraph of its own opening on one thing it said ("Pada tahap ini dirumuskan …" under
# "b. Merumuskan masalah", prosedur-ptk; "Tabungan ini dikelola …" under "a. Tabungan Mudharabah", viin1108): the
# paragraph was cut from the item as the list's sequel, a part of its own without the item's words. A paragraph
# opening on all of the list ("Gejala-gejala tersebut …", "Berdasarkan uraian di atas …") still goes on from the list.
LANGKAH = ("Langkah penelitian tindakan kelas adalah sebagai berikut:\n\n"
           "a. Mengidentifikasi masalah pembelajaran di kelas bersama guru mitra.\n"
           "b. Merumuskan masalah dan langkah tindakan\n\n"
           "   {sequel}\n")


@pytest.mark.parametrize("sequel, own", [
    ("Pada tahap ini dirumuskan upaya penyelesaian masalah utama yang teridentifikasi, dan rumusan difokuskan pada "
     "pemilihan tindakan pembelajaran yang dapat meningkatkan hasil belajar siswa di kelas.", True),
    ("Hal ini dilakukan dengan menyusun rencana tindakan bersama guru mitra dan kepala sekolah, lalu menuliskannya "
     "dalam lembar perencanaan yang disepakati sebelum siklus pertama dimulai di kelas.", True),
    ("Langkah-langkah tersebut harus diikuti secara berurutan oleh guru supaya hasil penelitian tindakan kelas dapat "
     "dipertanggungjawabkan dan dipakai untuk memperbaiki pembelajaran di kelas berikutnya.", False),
    ("Berdasarkan uraian di atas dapat disimpulkan bahwa penelitian tindakan kelas dimulai dari masalah yang "
     "dirasakan guru di kelas dan berakhir pada rencana tindakan yang disepakati bersama.", False),
    # a number or a quantity before the noun makes it several things, all of the list (_POINTS_AT_ONE read any word)
    ("Dua langkah tersebut harus diikuti secara berurutan oleh guru supaya hasil penelitian tindakan kelas dapat "
     "dipertanggungjawabkan dan dipakai untuk memperbaiki pembelajaran di kelas berikutnya.", False),
    ("Keenam langkah tersebut harus diikuti secara berurutan oleh guru supaya hasil penelitian tindakan kelas dapat "
     "dipertanggungjawabkan dan dipakai untuk memperbaiki pembelajaran di kelas berikutnya.", False),
    ("Berbagai langkah tersebut harus diikuti secara berurutan oleh guru supaya hasil penelitian tindakan kelas dapat "
     "dipertanggungjawabkan dan dipakai untuk memperbaiki pembelajaran di kelas berikutnya.", False),
    ("Sejumlah langkah tersebut harus diikuti secara berurutan oleh guru supaya hasil penelitian tindakan kelas dapat "
     "dipertanggungjawabkan dan dipakai untuk memperbaiki pembelajaran di kelas berikutnya.", False),
])
def test_a_paragraph_opening_on_one_thing_the_last_item_said_is_that_item_s(sequel, own):
    from telusur.chunking import item_spans
    [chunk] = chunk_document(markdown.read(("# Bab III\n\n" + LANGKAH.format(sequel=sequel)).encode(), "a.md"))
    items = [chunk.text[a:b] for a, b in item_spans(chunk.text)]
    assert len(items) == 2 and (sequel in items[-1]) == own, items
