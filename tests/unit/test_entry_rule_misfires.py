"""Misfires of the reference-entry rules fresh entries gold 24 taught (session of 2026-12-06), each probed with ordinary
entries in other styles and words where the rule could fire wrongly, and mended in the rule's one place."""

from __future__ import annotations

from telusur.citations.references import parse_reference


def test_oleh_inside_a_comma_order_title_stays_the_titles():
    # "Title Oleh Name" reads authors after "Oleh"; an entry in the comma order whose title holds "Oleh" is its
    # author's, and a title-case "Oleh Warga Di Desa ..." names no author
    ref = parse_reference("Marpaung, Leden, Pelanggaran Yang Dilakukan Oleh Pejabat Di Daerah, Sinar Grafika, Jakarta. 2012.")
    assert ref.authors == ("Marpaung",) and ref.year == "2012"
    assert ref.title == "Pelanggaran Yang Dilakukan Oleh Pejabat Di Daerah"
    ref = parse_reference("Ombudsman RI, Laporan Maladministrasi Oleh Petugas Layanan, Ombudsman RI, Jakarta. 2021.")
    assert ref.authors == ("Ombudsman RI",) and ref.title == "Laporan Maladministrasi Oleh Petugas Layanan"
    ref = parse_reference("Pengelolaan Sampah Rumah Tangga Oleh Warga Di Desa Sukamaju. Diakses dari "
                          "https://ejournal.contoh.ac.id/45 pada 3 Mei 2022.")
    assert ref is None or "Warga Di Desa Sukamaju" not in ref.names
    # the kind the rule is for still reads
    ref = parse_reference("Belajar Basis Data Relasional dari Nol Oleh Siti Aminah, M.Kom. Diakses pada 1 Mei 2024 "
                          "melalui https://buku.contoh.id/basisdata")
    assert ref.authors == ("Aminah",) and ref.title == "Belajar Basis Data Relasional dari Nol"


def test_a_books_part_or_a_gazette_is_no_researchgate_journal():
    for entry in ("Katsir, I. (2003). Tafsir Ibnu Katsir. Jilid. 4.", "Al-Maraghi, A. M. (1993). Tafsir Al-Maraghi. Juz. 7.",
                  "Republik Indonesia. (2009). Undang-Undang Nomor 32 Tahun 2009. Lembaran Negara. 140."):
        ref = parse_reference(entry)
        assert ref.kind != "article" and ref.container is None, entry
    ref = parse_reference("Hakim, Lukman. (2020). Citra satelit dan banjir. Remote Sensing. 12. 10.3390/rs12010001.")
    assert ref.kind == "article" and ref.container == "Remote Sensing" and ref.volume == "12"


def test_a_bodys_run_together_letters_are_its_name_not_initials():
    assert parse_reference("Bank B.N.I. (2021). Laporan Keberlanjutan. Jakarta: BNI.").authors == ("Bank B.N.I",)
    assert parse_reference("Kemenag R.I. (2019). Moderasi Beragama. Jakarta: Kemenag.").authors == ("Kemenag R.I",)
    assert parse_reference("Siddiqui M.A. (2018). Pengantar optik. Bandung: ITB Press.").authors == ("Siddiqui",)


def test_a_given_name_ed_is_no_editors_mark():
    ref = parse_reference("Harris, Ed. 2014. Menulis Skenario Film. Yogyakarta: Kanisius.")
    assert ref.authors == ("Harris",) and not ref.editors
    assert parse_reference("Abdullah, Taufik, ed. 1987. Sejarah dan Masyarakat. Jakarta: Pustaka Firdaus.").editors


def test_a_note_closed_after_a_comma_order_title_is_no_publishers_words():
    ref = parse_reference("Santrock, John, Psikologi Pendidikan (Terjemahan), Kencana, Jakarta, 2008.")
    assert ref.title == "Psikologi Pendidikan" and ref.publisher == "Kencana" and ref.place == "Jakarta"
    ref = parse_reference("Robbins, Stephen, Perilaku Organisasi (Ed), Salemba Empat, Jakarta, 2015.")
    assert ref.publisher == "Salemba Empat"
    ref = parse_reference("Hartono, Budi, Sistem Informasi Akuntansi (SIA), Yogyakarta: Andi, 2015.")
    assert ref.title == "Sistem Informasi Akuntansi (SIA)"


def test_a_paper_said_by_its_verb_or_makalah_before_the_meeting_is_no_periodical():
    ref = parse_reference("Nasution, A. 2016. “Hukum Adat Mandailing.” Disampaikan pada Sarasehan Budaya, Oktober.")
    assert ref.kind == "paper" and ref.container == "Sarasehan Budaya"
    ref = parse_reference("Siregar, B. 2018. “Ekonomi Desa.” Makalah Lokakarya Nasional, 4 Juli.")
    assert ref.kind == "paper" and ref.container == "Lokakarya Nasional"
    ref = parse_reference("Rahardjo, M. Dawam. 1985. “Pesantren dan Pembaharuan.” Prisma, Agustus.")
    assert ref.kind == "article" and ref.container == "Prisma"


def test_a_page_with_no_year_before_its_link_is_read_as_before():
    ref = parse_reference("UNESCO. Literacy rates. Available at: https://uis.unesco.org/2020/literacy. Accessed 2023.")
    assert ref is not None and ref.authors == ("UNESCO",)
