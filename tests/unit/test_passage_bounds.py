"""Where a passage begins and ends (chunking.py): rules that change open documents' passages and that no unit case
held (a mutation pass over chunking.py: each condition forced or dropped, the change seen on the open documents, then
the tests run). Made-up texts, each after the open document where the rule acts."""

from __future__ import annotations

from telusur.chunking import chunk_document, sentence_parts, titles_prose
from telusur.documents import markdown

PROSE = ("Motivasi kerja adalah dorongan dari dalam diri pegawai untuk bekerja dengan sungguh agar tujuan organisasi "
         "tercapai. Dorongan ini tumbuh dari kebutuhan, harapan, dan penghargaan yang diterima pegawai.")
KINERJA = ("Kinerja pegawai merupakan hasil kerja secara kualitas dan kuantitas yang dicapai oleh seorang pegawai "
           "dalam melaksanakan tugasnya sesuai dengan tanggung jawab yang diberikan kepadanya.")


def _chunks(text: str):
    return chunk_document(markdown.read(text.encode(), "a.md"))


def _holding(chunks, words: str):
    return [c for c in chunks if words in c.text]


def test_a_reference_lists_entries_are_no_passage():
    """efek-media, hubungan-internasional: the entries under "Daftar Pustaka" are the list's, read by the citation
    rules; a passage of them would answer a question with a bibliography line."""
    text = (f"# Efek Media\n\n{KINERJA} (Perse dan Lambe, 2001).\n\n## Daftar Pustaka\n\n"
            "Perse, E. M., & Lambe, J. (2001). Media effects and society. Routledge.\n\n"
            "Dayan, D. and Katz, E. (1992). Media Events: The Live Broadcasting of History. Harvard University Press.\n")
    chunks = _chunks(text)
    assert _holding(chunks, "Kinerja pegawai")
    assert not _holding(chunks, "Routledge") and not _holding(chunks, "Harvard"), [c.text for c in chunks]


def test_a_heading_after_a_list_is_not_in_the_lists_passage():
    """waktu-tunggu-resep: a heading under a list item ("1) Fakultas ...", then "ABSTRACT") opens its section; it is
    no paragraph nested in the item."""
    text = (f"# Waktu Tunggu\n\nPenulisnya sebagai berikut:\n\n1) Fakultas Kesehatan Masyarakat Universitas Contoh\n"
            f"2) Fakultas Farmasi Universitas Contoh\n\n## ABSTRACT\n\n{KINERJA}\n")
    chunks = _chunks(text)
    [items] = _holding(chunks, "Fakultas Farmasi")
    assert "ABSTRACT" not in items.text
    [body] = _holding(chunks, "Kinerja pegawai")
    assert body.heading == "ABSTRACT" or "ABSTRACT" in body.location.section


def test_a_sentence_ended_is_not_run_on_into_a_quotation_after_it():
    """definisi-kerjasama-internasional: a paragraph that ends on its stop, then a quoted definition opening with
    '“': two passages (a paragraph left open, with no stop, runs on into the quotation)."""
    quoted = ("“Kerjasama merupakan suatu usaha antara orang perorangan atau kelompok manusia untuk mencapai satu atau "
              "beberapa tujuan bersama” (Kartasasmita, 1998: 3).")
    chunks = _chunks(f"# Kerjasama\n\n{KINERJA}\n\n{quoted}\n")
    assert len(_holding(chunks, "Kinerja pegawai")) == 1 and not _holding(chunks, "diberikan kepadanya.\n“")
    assert _holding(chunks, "“Kerjasama merupakan")[0].text.startswith("“Kerjasama")
    left_open = _chunks(f"# Kerjasama\n\n{KINERJA[:-1]} yaitu\n\n{quoted}\n")
    assert _holding(left_open, "yaitu\n“Kerjasama")


def test_a_numbered_title_line_titles_its_paragraph():
    """sensor-amonia-iot: "2.1 Definisi Bau Amonia" set as a line of the body over its paragraph is a title, as one
    opening with a capital is; a bracketed letter opening a line ("(b) wilayah yang tertentu", hubungan-internasional)
    and a note's number alone ("11", nabi-israel's PDF) are not."""
    assert titles_prose("2.1 Definisi Bau Amonia", PROSE)
    assert titles_prose("Pengertian Motivasi Kerja", PROSE)
    assert not titles_prose("(b) wilayah yang tertentu", PROSE)
    assert not titles_prose("11", PROSE)


def test_prose_over_a_table_is_no_caption_of_it():
    """waktu-tunggu-resep: a paragraph of prose over a table is a passage of its own; only a caption ("Tabel 5. …")
    goes with the table as its lead-in."""
    table = "| Jenis Resep | Waktu Tunggu |\n| --- | --- |\n| Racikan | 39 menit |\n| Obat Jadi | 12 menit |\n"
    chunks = _chunks(f"# Hasil\n\n{KINERJA}\n\n{table}")
    [rows] = _holding(chunks, "Racikan")
    assert "Kinerja pegawai" not in rows.text
    captioned = _chunks(f"# Hasil\n\n{KINERJA}\n\nTabel 5. Waktu Tunggu Berdasarkan Jenis Resep\n\n{table}")
    [rows] = _holding(captioned, "Racikan")
    assert "Tabel 5. Waktu Tunggu" in rows.text and "Kinerja pegawai" not in rows.text


def test_an_item_of_another_marker_after_a_list_is_not_headed_by_its_lead_in():
    """prosedur-ptk, hubungan-internasional: "d. Tahap Refleksi" after the "1) … 2) …" list a lead-in opened goes
    on with the lettered list ("c. Pelaksanaan Tindakan"), not with that list: its passage is not said under the
    lead-in ("Pola siklus tersebut adalah seperti di bawah ini:")."""
    text = ("# Prosedur PTK\n\nc. Pelaksanaan Tindakan\n\nPeneliti mengambil salah satu bentuk program remedial yaitu "
            "pemberian pembelajaran ulang dengan metode yang sama.\n\nPelaksanaan program remedial dilakukan di luar "
            "jam pelajaran. Pola siklus tersebut adalah seperti di bawah ini:\n\n1) Merancang tindakan pembelajaran dan "
            "menyiapkan media serta alat peraga yang diperlukan.\n\n2) Melaksanakan tindakan pembelajaran satu dan "
            "pengamat mitra sebagai observer.\n\nd. Tahap Refleksi\n\nData yang terkumpul sebagai hasil observasi "
            "terhadap setiap pembelajaran segera diolah dan dideskripsikan.\n")
    chunks = _chunks(text)
    [steps] = _holding(chunks, "1) Merancang")
    assert "Pola siklus" in steps.text
    [refleksi] = _holding(chunks, "d. Tahap Refleksi")
    assert "Pola siklus" not in (refleksi.heading or "") and "Pola siklus" not in refleksi.embed_text


def test_a_lead_in_its_source_line_and_its_list_are_one_passage():
    """definisi-kerjasama-internasional (the default corpus): "…, yaitu:" then the source on a line of its own, then
    the items: one passage, the items said under the lead-in, the source citing them."""
    text = ("# Kerjasama\n\nAda tiga motif dalam melakukan suatu kerjasama internasional, yaitu:\n\n"
            "(Toma & Gorman, 1991: 384).\n\n1. Meningkatkan kepentingan nasional\n2. Memelihara perdamaian\n"
            "3. Meningkatkan kesejahteraan ekonomi\n")
    chunks = _chunks(text)
    [motives] = _holding(chunks, "Memelihara perdamaian")
    assert "Ada tiga motif" in motives.text and "Toma & Gorman" in motives.text
    assert [c.year for c in motives.citations] == ["1991"]


def test_a_lead_in_over_a_paragraph_is_one_passage_with_it():
    """efek-media: "… sebagai berikut:" over the paragraph it introduces (a research question, a formula's
    paragraph): one passage, so the question is found with what announces it."""
    text = (f"# Efek Media\n\n{KINERJA}\n\n## Pertanyaan Penelitian\n\nPertanyaan penelitian ini dirumuskan sebagai "
            "berikut:\n\nApa karakteristik protes yang viral di media sosial yang berhasil mendorong perubahan "
            "kebijakan di Indonesia?\n")
    chunks = _chunks(text)
    [question] = _holding(chunks, "Apa karakteristik protes")
    assert question.text.startswith("Pertanyaan penelitian ini dirumuskan sebagai berikut:")


def test_a_document_ending_on_short_lines_is_read_whole():
    """sengketa-ambalat's PDF: a text whose last blocks are a word or three each (labels, a signature) is chunked
    to its end; the run of such lines looked for a figure's caption under them past the last block."""
    chunks = _chunks(f"# Sengketa\n\n{KINERJA}\n\nDesain\n\nAnalisis Data\n")
    assert _holding(chunks, "Kinerja pegawai") and _holding(chunks, "Analisis Data")


def test_a_second_list_is_not_said_under_the_first_lists_last_item():
    """definisi-kerjasama-internasional, hubungan-internasional: a list, a paragraph, then another lead-in and its
    list; the second list's passage is no piece of the first (not headed "4. Kerjasama ideologi")."""
    text = ("# Kerjasama\n\nBentuk kerjasama internasional ada empat, yaitu:\n\n1. Kerjasama ekonomi\n"
            "2. Kerjasama politik\n3. Kerjasama budaya\n4. Kerjasama ideologi\n\nKeamanan menjadi low politics yang "
            "lebih menyoroti isu-isu non-keamanan. Kerjasama internasional sendiri merupakan proses yang panjang.\n\n"
            "Ada tiga motif dalam melakukan suatu kerjasama internasional, yaitu:\n\n1. Meningkatkan kepentingan "
            "nasional\n2. Memelihara perdamaian\n3. Meningkatkan kesejahteraan ekonomi\n")
    [motives] = _holding(_chunks(text), "Memelihara perdamaian")
    assert "ideologi" not in (motives.heading or "") and "ideologi" not in motives.embed_text


def test_two_lead_ins_over_one_list_are_one_passage_with_it():
    """tunagrahita-ringan: "Menurut X (2007) … sebagai berikut:" then "…, karakteristik tersebut antara lain:" and
    the list: one passage, so the list is read with the author who gives it."""
    text = ("# Tunagrahita\n\n## Karakteristik Anak Tunagrahita Ringan\n\nMenurut Mumpuniarti (2007:41-42) anak "
            "tunagrahita ringan memiliki karakteristik sebagai berikut:\n\nKarakteristik anak tunagrahita ringan dapat "
            "ditinjau secara fisik, psikis dan sosial, karakteristik tersebut antara lain:\n\n1. Karakteristik fisik "
            "nampak seperti anak normal.\n2. Karakteristik psikis sukar berfikir abstrak dan logis.\n")
    [traits] = _holding(_chunks(text), "Karakteristik psikis")
    assert traits.text.startswith("Menurut Mumpuniarti") and [c.year for c in traits.citations] == ["2007"]


def test_a_lists_last_item_over_the_next_lists_lead_in_stays_in_its_list():
    """hukum-harta-benda, sengketa-ambalat: "4. …" then the lead-in of the next list; the item is the last of its own
    list's passage (only an item title over a lead-in nested under it, a step with its own list, opens a block)."""
    text = ("# Wasiat\n\n## Unsur-unsur Surat Wasiat\n\nUnsur-unsur surat wasiat adalah sebagai berikut:\n\n"
            "1. Suatu surat wasiat atau testamen adalah berbentuk akta (tertulis);\n2. Suatu surat wasiat adalah "
            "berisi pernyataan kehendak yang merupakan tindakan sepihak;\n3. Suatu surat wasiat atau testamen baru "
            "berlaku apabila sipembuat telah meninggal dunia;\n4. Suatu surat wasiat atau testamen dapat dicabut "
            "kembali.\n\nMacam-macam surat wasiat menurut bentuknya adalah sebagai berikut:\n\n1. Wasiat olografis, "
            "yang ditulis sendiri oleh pewaris.\n2. Wasiat umum, yang dibuat di hadapan notaris.\n")
    [elements] = _holding(_chunks(text), "dapat dicabut kembali")
    assert elements.text.startswith("Unsur-unsur surat wasiat adalah sebagai berikut:\n1.")


def test_a_long_list_is_cut_into_pieces_each_said_under_its_lead_in():
    """fungsi-manajemen, strategi-pemasaran's DOCX, sarana-prasarana's PDF: a list too long for one passage is cut
    between items into pieces of several items (not one a piece); the first opens with the lead-in, each later one is
    said under it, and every piece cites the lead-in's work."""
    lead = "Fungsi manajemen menurut Terry (2006: 15) ada sepuluh, yaitu:"
    items = [f"{n}. Fungsi ke-{n} adalah kegiatan manajer untuk menata pekerjaan, orang, waktu dan sarana organisasi "
             f"agar tujuan yang telah ditetapkan bersama dapat tercapai dengan baik." for n in range(1, 11)]
    pieces = _holding(_chunks(f"# Manajemen\n\n## Fungsi Manajemen\n\n{lead}\n\n" + "\n".join(items) + "\n"),
                      "Fungsi ke-")
    assert 2 <= len(pieces) <= 4, [len(p.text) for p in pieces]
    assert pieces[0].text.startswith(lead)
    assert all(p.heading.startswith(lead) and lead not in p.text for p in pieces[1:])
    assert all(any(c.year == "2006" for c in p.citations) for p in pieces)
    assert "".join(p.text for p in pieces).count("Fungsi ke-") == 10
    bare = _holding(_chunks("# Manajemen\n\n## Fungsi Manajemen\n\n" + "\n".join(items) + "\n"), "Fungsi ke-")
    assert len(bare) >= 2 and bare[0].text.startswith("1. Fungsi ke-1")  # no lead-in: each piece under its section
    assert all(p.heading == "Fungsi Manajemen" for p in bare)
    assert "".join(p.text for p in bare).count("Fungsi ke-") == 10


def test_a_long_lists_item_is_never_cut_from_its_paragraph():
    """profitabilitas, sarana-prasarana's PDF, penjualan-sistem-informasi: in a long list of item titles each over
    its paragraph, a piece ends after an item's paragraph, never between the title and it ("… 4. Rasio Ke-4" / "Rasio
    ini membandingkan …")."""
    para = ("Rasio ini membandingkan laba bersih setelah pajak dengan penjualan bersih perusahaan pada periode yang "
            "sama, sehingga menunjukkan berapa bagian dari setiap rupiah penjualan yang menjadi laba bagi pemilik.")
    items = "\n\n".join(f"{n}. Rasio Ke-{n}\n\n{para}" for n in range(1, 8))
    pieces = _holding(_chunks(f"# Profitabilitas\n\nJenis-jenis rasio profitabilitas adalah sebagai berikut:\n\n"
                              f"{items}\n"), "Rasio Ke-")
    assert len(pieces) >= 2
    assert all(p.text.rstrip().endswith("bagi pemilik.") for p in pieces), [p.text[-30:] for p in pieces]


def test_a_long_paragraph_repeats_a_short_sentence_across_a_cut_never_a_long_one():
    """iklim-organisasi-stres-kerja's PDF: a paragraph too long for one passage is cut at sentence ends, and the next
    piece opens with the last sentence of the one before when it is short (two sentences on either side of a cut are
    read together); a sentence over OVERLAP_MAX_CHARS is not said twice."""
    short = "Stres kerja dialami oleh hampir semua pegawai di kantor pemerintahan daerah setiap tahun."
    long = ("Iklim organisasi yang ditandai oleh komunikasi yang terbuka antara atasan dan bawahan, pembagian tugas "
            "yang jelas dan adil, penghargaan atas prestasi kerja, kesempatan untuk mengembangkan diri melalui "
            "pelatihan, serta dukungan rekan kerja dalam menyelesaikan pekerjaan sehari-hari terbukti menurunkan "
            "tingkat stres kerja pegawai, sebagaimana ditunjukkan oleh penelitian terhadap pegawai pada berbagai "
            "instansi pemerintah di tingkat daerah.")
    sentences = [short, long, long.replace("Iklim", "Budaya"), short.replace("Stres", "Konflik"),
                 long.replace("Iklim", "Gaya kepemimpinan"), long.replace("Iklim", "Struktur")]
    pieces = _chunks("# Iklim\n\n" + " ".join(sentences) + "\n")
    assert len(pieces) >= 3
    for sentence in sentences:
        said = sum(sentence in p.text for p in pieces)
        assert said == 1 if len(sentence) > 400 else said >= 1, (sentence[:30], said)
    assert sum(sentences[3] in p.text for p in pieces) == 2  # the short one before a cut opens the next piece too


def test_a_paragraph_opening_on_this_does_not_go_on_from_a_footnote_above_it():
    """pidana-pembakaran-hutan: a page's footnote read between two paragraphs ("1 Siregar, ... h.119.") and the next
    paragraph opening "Permasalahan pembakaran ini ...": it goes on from the prose before the note, never from the
    note (a passage of a bibliography line and the paragraph would answer with the note)."""
    from telusur.documents.model import DocumentBuilder

    b = DocumentBuilder()
    b.heading("Pembakaran Hutan", 1)
    b.heading("1.1 Latar Belakang", 2)
    b.add("paragraph", "Kebakaran hutan dan lahan terus berulang setiap musim kemarau di banyak provinsi dan "
                       "merugikan masyarakat sekitar hutan.")
    b.add("footnote", "1 Siregar, Penegakan Hukum Lingkungan Hidup di Indonesia, Jurnal Mercatoria, Vol. 8, 2015, "
                      "h. 119.")
    b.add("paragraph", "Permasalahan pembakaran ini banyak terjadi karena masyarakat memilih membakar hutan untuk "
                       "membuka lahan pertanian baru dengan biaya murah.")
    chunks = chunk_document(b.build("a.pdf", "Pembakaran Hutan", "0" * 64, "pdf"))
    [on] = _holding(chunks, "Permasalahan pembakaran ini")
    assert "Siregar" not in on.text, [c.text for c in chunks]


def test_a_paragraph_left_open_goes_on_in_the_next_that_opens_in_small_letters():
    """waktu-tunggu-resep: a sentence cut where a page ended ("… the short waiting times for services and drug" /
    "prescriptions so concoction …") is one passage, as is one whose block ends on a bracket ("… (Sari, 2020)" /
    "dan …"); a paragraph ended on its stop stays apart from the next even when that opens in small letters, and one
    left open stays apart from a next opening with a capital (a new sentence, not the rest of this one)."""
    head = ("Motivasi kerja adalah dorongan dari dalam diri pegawai untuk bekerja dengan sungguh agar tujuan organisasi "
            "tercapai")
    tail = "kinerja pegawai meningkat secara kualitas dan kuantitas sesuai dengan tanggung jawabnya."
    for end in (" dan", " dan (Sari, 2020)"):
        chunks = _chunks(f"# Motivasi\n\n{head}{end}\n\n{tail}\n")
        [one] = _holding(chunks, "Motivasi kerja")
        assert "kinerja pegawai meningkat" in one.text, [c.text for c in chunks]
    for apart in (f"{head}.\n\n{tail}", f"{head} dan\n\n{tail[0].upper()}{tail[1:]}"):
        chunks = _chunks(f"# Motivasi\n\n{apart}\n")
        assert len(chunks) == 2, [c.text for c in chunks]


def test_a_table_does_not_run_on_into_the_paragraph_under_it():
    """A table's last row has no stop, and the prose under it may open in small letters ("dengan N jumlah …"): the
    table is still a passage of its own (read row by row under its header), the prose another. A run-on is a
    paragraph's, never a table's."""
    table = "| Pendidikan | N | (%) |\n| --- | --- | --- |\n| SMA | 60 | 60 |\n| S1 | 25 | 25 |\n| S2 | 15 | 15 |"
    prose = ("dengan jumlah responden seluruhnya seratus orang pegawai yang bekerja di kantor dinas pendidikan "
             "kabupaten selama lebih dari dua tahun.")
    chunks = _chunks(f"# Responden\n\n{table}\n\n{prose}\n")
    [rows] = _holding(chunks, "SMA")
    assert "seratus orang" not in rows.text, [c.text for c in chunks]


def test_a_lead_in_goes_with_what_it_introduces_not_with_the_paragraph_it_goes_on_from():
    """hubungan-internasional: "Sedangkan Budiardjo … tujuan negara adalah :" opens on the paragraph above it (a
    connective), yet it introduces the quotation under it: the lead-in and its quotation are one passage, and the
    paragraph above another. Only prose is taken into a paragraph's run-on."""
    lead = "Sedangkan tujuan kerja pegawai menurut para ahli adalah sebagai berikut:"
    quote = ("“Bekerja untuk memenuhi kebutuhan hidup keluarga, mengembangkan diri, dan mengabdi kepada masyarakat "
             "tempat pegawai itu tinggal.”")
    chunks = _chunks(f"# Kinerja\n\n{KINERJA}\n\n{lead}\n\n> {quote}\n")
    [introduced] = _holding(chunks, "Bekerja untuk memenuhi")
    assert lead in introduced.text and "Kinerja pegawai merupakan" not in introduced.text, [c.text for c in chunks]


def test_a_later_piece_of_a_long_paragraph_citing_a_work_of_its_own_cites_that_work():
    """A long paragraph opening "Menurut Hadi (2010) …" is cut into pieces; a later piece that cites nothing goes on
    with Hadi's words (test_citation_kinds), but one that cites a work of its own ("… (Sari, 2020).") cites that
    work, not Hadi."""
    hadi = "Menurut Hadi (2010) motivasi kerja adalah dorongan dari dalam diri pegawai untuk bekerja dengan sungguh-sungguh."
    needs = " ".join(f"Dorongan itu tumbuh dari kebutuhan ke-{n} yang dirasakan pegawai ketika bekerja di kantornya "
                     "setiap hari." for n in range(1, 9))
    sari = "Penghargaan yang adil juga menambah semangat kerja pegawai menurut penelitian yang lain (Sari, 2020)."
    after = " ".join(f"Semangat itu terlihat dari kehadiran ke-{n} pegawai yang selalu tepat waktu di kantor setiap "
                     "pagi." for n in range(1, 7))  # Sari's work does not close the paragraph: it cites its piece only
    chunks = _chunks(f"# Motivasi\n\n{hadi} {needs} {sari} {after}\n")
    [own] = _holding(chunks, "(Sari, 2020)")
    assert "Menurut Hadi" not in own.text and [c.authors for c in own.citations] == [("Sari",)], own.citations


def test_a_long_list_in_a_text_with_no_heading_is_cut_into_pieces_under_its_lead_in():
    """A .txt or a Markdown note with no heading at all: a list too long for one passage is still cut into pieces,
    each under its lead-in (its section is none, and nothing reads it)."""
    lead = "Fungsi manajemen menurut para ahli adalah sebagai berikut:"
    items = "\n".join(f"{n}. Fungsi ke-{n} ialah merencanakan, mengorganisasi, menggerakkan, dan mengawasi pekerjaan "
                      f"pegawai bagian {n} agar tujuan organisasi tercapai dengan baik dan tepat waktu." for n in
                      range(1, 16))
    chunks = _chunks(f"{lead}\n\n{items}\n")
    pieces = _holding(chunks, "Fungsi ke-")
    assert len(pieces) >= 2 and all(c.location.section == () for c in pieces)
    assert all(c.heading == lead for c in pieces[1:]), [c.heading for c in pieces]


def test_a_later_piece_going_on_with_a_narrative_author_cites_that_author_alone():
    """Before the cut, "(Sari, 2020)" closes one sentence and "Menurut Hadi (2010) …" opens the last work's words;
    a later piece that cites nothing goes on with Hadi's words only, not with every work cited above it."""
    sari = "Semangat kerja pegawai dipengaruhi oleh penghargaan yang adil dari pimpinan (Sari, 2020)."
    hadi = "Menurut Hadi (2010) motivasi kerja adalah dorongan dari dalam diri pegawai untuk bekerja dengan sungguh-sungguh."
    needs = " ".join(f"Dorongan itu tumbuh dari kebutuhan ke-{n} yang dirasakan pegawai ketika bekerja di kantornya "
                     "setiap hari." for n in range(1, 17))
    chunks = _chunks(f"# Motivasi\n\n{sari} {hadi} {needs}\n")
    later = [c for c in chunks if not c.text.startswith("Semangat kerja")]
    assert later and all([c.authors for c in piece.citations] == [("Hadi",)] for piece in later), \
        [(c.text[:40], c.citations) for c in chunks]


def test_a_figures_caption_and_a_line_ending_on_its_works_year_title_no_paragraph():
    """A line the body sets alone over prose is a title of it ("Teori Motivasi (Maslow)" too), but not a figure's
    caption ("Gambar 2.1 …": read with the figure) nor a line ending on a work's year ("… Menurut Hadi (2010)": the
    work's source line, said with what it cites)."""
    assert titles_prose("Teori Motivasi (Maslow)", PROSE)
    assert not titles_prose("Gambar 2.1 Struktur Organisasi Perusahaan", PROSE)
    assert not titles_prose("Motivasi Kerja Menurut Hadi (2010)", PROSE)


def test_a_title_line_titles_only_prose_of_sentences_opening_a_new_one():
    """What a title line stands over must be prose it titles: sentences (with a stop), opening with a capital, a quote
    or a bracket, and no lead-in of a list. Over a line going on in small letters, over a lead-in ("… sebagai
    berikut:") or over words with no stop, the line is no title."""
    title = "Pengertian Motivasi Kerja"
    assert titles_prose(title, PROSE)
    assert not titles_prose(title, PROSE[0].lower() + PROSE[1:])
    assert not titles_prose(title, "Motivasi kerja tumbuh dari kebutuhan pegawai. Menurut para ahli, unsur-unsurnya "
                                   "yang saling berkaitan adalah sebagai berikut:")
    assert not titles_prose(title, PROSE.replace(".", ","))


def test_a_quotation_ended_on_its_stop_heads_no_list_under_it():
    """A quoted definition closed by its stop and its source, then a list it does not introduce: two passages. Only a
    quoted lead-in ("> Ciri-cirinya antara lain:") leads the list under it."""
    quote = "“Motivasi adalah dorongan yang membuat pegawai bekerja dengan sungguh-sungguh setiap hari.” (Hadi, 2010)."
    items = "- Kebutuhan fisiologis pegawai.\n- Kebutuhan rasa aman pegawai.\n- Kebutuhan sosial pegawai."
    chunks = _chunks(f"# Motivasi\n\n> {quote}\n\n{items}\n")
    [listed] = _holding(chunks, "rasa aman")
    assert "Motivasi adalah dorongan" not in listed.text, [c.text for c in chunks]


def test_a_short_last_sentence_is_one_part_with_the_sentence_before_it():
    """A sentence under PART_MIN_CHARS says too little searched alone: the last one joins the one before it, as a
    short one elsewhere joins the next."""
    text = f"{KINERJA} Itu penting."
    assert sentence_parts(text) == [(0, len(text))]
