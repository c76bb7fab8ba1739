"""The running-header rule (documents/furniture.py), written once for the readers that see no page geometry: a short
line met on three pages or more is a page's header or footer, but for the exceptions it states. Tiny made-up lines."""

from __future__ import annotations

import pytest

from telusur.documents.furniture import alike, furniture_key, running_lines


def _pages(*pages: list[str]) -> list[tuple[str, int]]:
    return [(furniture_key(line), n) for n, lines in enumerate(pages) for line in lines]


def test_a_header_repeated_with_its_page_number_is_one_running_line():
    pages = _pages(["Jurnal Pendidikan Vol. 3 No. 1, hlm. 12", "Guru menilai murid."],
                   ["JURNAL PENDIDIKAN Vol. 3 No. 1, hlm. 13", "Murid belajar di kelas."],
                   ["Jurnal Pendidikan  Vol. 3 No. 1, hlm. 14", "Kelas dibuka pagi hari."])
    assert running_lines(pages) == {"jurnal pendidikan vol. # no. #, hlm. #"}


def test_a_line_met_twice_or_on_one_page_only_is_the_texts_own():
    assert running_lines(_pages(["Bab II Kajian Pustaka"], ["Bab II Kajian Pustaka"])) == frozenset()
    assert running_lines([("bab ii kajian pustaka", 0)] * 3) == frozenset()


def test_a_paragraph_or_a_long_line_is_no_header():
    long = "x" * 161
    assert running_lines([(long, n) for n in range(3)]) == frozenset()
    assert running_lines([("Baris satu\nbaris dua", n) for n in range(3)]) == frozenset()
    assert running_lines([("x" * 160, n) for n in range(3)]) == {"x" * 160}


def test_a_lead_in_repeated_three_times_is_no_header():
    # 970531c: "Rumus yang digunakan adalah:" over each of three formulas
    lines = [("Rumus yang digunakan adalah:", n) for n in range(3)] + [("Jurnal Akuntansi Vol. 3", n) for n in range(3)]
    assert running_lines(lines) == {"Jurnal Akuntansi Vol. 3"}


def test_an_entrys_wrapped_tail_repeated_inside_a_reference_list_is_no_footer():
    # "Jakarta: Rineka Cipta." ends three entries of the list; a thesis's footer stands outside the list too
    tail = [("Jakarta: Rineka Cipta.", at) for at in (500, 600, 700)]
    footer = [("Universitas Pendidikan Indonesia.", at) for at in (100, 550, 650)]
    assert running_lines(tail + footer, inside=(400, 800)) == {"Universitas Pendidikan Indonesia."}
    assert running_lines(tail, inside=(550, 800)) == {"Jakarta: Rineka Cipta."}
    assert running_lines(tail) == {"Jakarta: Rineka Cipta."}


def test_the_shortest_line_a_caller_counts():
    lines = [("2018", n) for n in range(3)]
    assert running_lines(lines) == {"2018"}
    assert running_lines(lines, shortest=8) == frozenset()


def test_an_ocr_header_read_a_letter_or_two_otherwise_is_alike():
    assert alike(furniture_key("JURNAL HUKUM PRIORIS"), furniture_key("SURNAL HUKLTM PRIORIS"))
    assert not alike("jurnal hukum", "jurnal ekonomi")
    assert not alike("bab ii", "bab iv")  # too short to tell a misreading from another line


# Through the readers: a .txt pdftotext made (a form feed between pages) and Markdown a PDF was pasted into.
WORDS = "kurikulum sekolah guru murid kelas nilai ujian buku perpustakaan laboratorium olahraga kesenian".split()
ENTRIES = ["Soekanto, S. (1990). Sosiologi Suatu Pengantar. Jakarta: Rajawali Pers.",
           "Sudjana, N. (2010). Penilaian Hasil Proses Belajar Mengajar. Bandung: Remaja Rosdakarya.",
           "Arikunto, S. (2006). Prosedur Penelitian. Jakarta: Rineka Cipta.",
           "Sugiyono. (2012). Metode Penelitian Pendidikan. Bandung: Alfabeta.",
           "Tilaar, H.A.R. (2002). Pendidikan, Kebudayaan, dan Masyarakat Madani. Bandung: Remaja Rosdakarya.",
           "Uno, H. (2008). Teori Motivasi dan Pengukurannya. Jakarta: Bumi Aksara."]


def _prose(n: int) -> str:
    return "\n\n".join(f"Paragraf tentang {WORDS[(n * 3 + k) % 12]} dan {WORDS[(n * 5 + k * 2) % 12]} yang dibahas "
                       f"bersama {WORDS[(n + k * 7) % 12]} menurut Soekanto (1990)." for k in range(4))


def _read_txt(pages: list[str]):
    from telusur.documents import text

    return text.read("\f".join(pages).encode(), "bab2.txt")


def test_an_ocr_header_read_otherwise_on_each_page_of_a_txt_is_left_out():
    heads = ["JURNAL HUKUM PRIORIS VOL. 3", "JURNAL HUKUM PRIORIS VOL. 3", "SURNAL HUKLTM PRIORIS VOL. 3",
             "JURNAL HUKUM PRIORIS VOL. 3", "JURNAL HUKUM PRlORIS VOI. 3"]
    doc = _read_txt([f"{head}\n\n{_prose(n)}\n\n{n + 7}" for n, head in enumerate(heads)])
    assert "PRIORIS" not in doc.text and "HUKLTM" not in doc.text and "PRlORIS" not in doc.text
    assert doc.text.count("Paragraf tentang") == 20  # the pages' own lines, alike as they are, all kept


def test_numbered_captions_at_the_top_of_three_pages_of_a_txt_are_kept():
    # digits aside, the first two are written the same and the third is alike to them, as an OCR'd header would be
    captions = ["Tabel 4.5 Tanggapan responden terhadap pernyataan X1.1",
                "Tabel 4.6 Tanggapan responden terhadap pernyataan X1.2",
                "Tabel 4.7 Tanggapan responden terhadap pernyataan Y1.1"]
    doc = _read_txt([f"{c}\n\n{_prose(n)}" for n, c in enumerate(captions)])
    assert all(c in doc.text for c in captions)


def test_a_lead_in_at_the_top_of_three_pages_of_a_txt_is_kept():
    formulas = ["CR = Aktiva lancar : Utang lancar", "QR = Kas ditambah piutang : Utang lancar", "KR = Kas : Aktiva lancar"]
    doc = _read_txt([f"Rumus yang digunakan adalah:\n\n{f}\n\n{_prose(n)}" for n, f in enumerate(formulas)])
    assert doc.text.count("Rumus yang digunakan adalah:") == 3


def _headings_and_passages(doc):
    from telusur.chunking import chunk_document

    headings = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"]
    return headings, [c.text for c in chunk_document(doc)]


def test_a_reference_list_heading_over_each_page_of_the_list_heads_it_once():
    from telusur.citations import reference_entries
    from telusur.documents import markdown

    lists = ["\n".join(ENTRIES[k:k + 2]) for k in (0, 2, 4)]
    txt = _read_txt([_prose(1), *(f"DAFTAR PUSTAKA\n\n{entries}" for entries in lists)])
    md = markdown.read("\n\n".join([_prose(1), *(f"DAFTAR PUSTAKA\n\n{entries.replace(chr(10), 2 * chr(10))}"
                                                 for entries in lists)]).encode(), "bab2.md")
    for doc in (txt, md):
        headings, passages = _headings_and_passages(doc)
        assert headings == ["DAFTAR PUSTAKA"], doc.path
        assert not any("Rineka Cipta" in p or "Bumi Aksara" in p for p in passages), doc.path  # entries, no passages
        assert len(reference_entries(doc)) == 6, doc.path


def test_a_running_header_is_left_out_where_first_met_too():
    from telusur.documents import markdown

    parts = [f"Jurnal Akuntansi Vol. 3\n\n{_prose(n)}" for n in range(3)]
    assert "Jurnal Akuntansi" not in markdown.read("\n\n".join(parts).encode(), "a.md").text
    assert "Jurnal Akuntansi" not in _read_txt(parts).text


def test_an_ocr_header_is_a_line_written_the_same_twice_misread_on_nearby_pages():
    lines = [("jurnal hukum prioris", 0), ("jurnal hukum prioris", 1), ("surnal hukltm prioris", 2)]
    assert running_lines(lines, misread=True) == {"jurnal hukum prioris", "surnal hukltm prioris"}
    assert running_lines(lines) == frozenset()  # met on two pages, unless a misreading counts
    far = [("jurnal hukum prioris", 0), ("jurnal hukum prioris", 1), ("surnal hukltm prioris", 9)]
    assert running_lines(far, misread=True) == frozenset()
    captions = [(f"tabel #.# distribusi responden berdasarkan {what}", n)
                for n, what in enumerate(("umur", "usia kerja", "umur kerja", "usia"))]
    assert running_lines(captions, misread=True) == frozenset()  # alike, but none written twice



def test_a_city_wrapped_alone_in_three_entries_is_no_running_line():
    # "Jakarta:" / "Rajawali Pers." wrapped in three entries of a list ends no sentence but leads into the publisher
    from telusur.citations.references import running_lines as reference_running_lines

    entries = [f"{name}. ({year}). {title}.\nJakarta:\nRajawali Pers." for name, year, title in (
        ("Soekanto, S.", 1990, "Sosiologi Suatu Pengantar"), ("Nasution, S.", 2003, "Metode Research"),
        ("Ahmadi, A.", 2007, "Psikologi Sosial"))]
    text = "DAFTAR PUSTAKA\n" + "\n".join(entries) + "\n"
    assert "Jakarta:" not in reference_running_lines(text, (15, len(text)))


# A label the text repeats over its own content is no running header: in Markdown (places are paragraphs, not pages)
# furniture is told by where it stands, next to a page number or a page break or inside a sentence running over a page.
EXAMPLES = [("2x + 3 = 7", "Kurangkan 3 dari kedua ruas sehingga diperoleh 2x = 4, lalu bagi kedua ruas dengan 2 "
             "sehingga x = 2."),
            ("3x - 5 = 10", "Tambahkan 5 pada kedua ruas sehingga diperoleh 3x = 15, lalu bagi kedua ruas dengan 3 "
             "sehingga x = 5."),
            ("4y = 8", "Bagi kedua ruas dengan 4 sehingga diperoleh y = 2, satu-satunya nilai yang memenuhi persamaan."),
            ("5z = 15", "Bagi kedua ruas dengan 5 sehingga diperoleh z = 3, satu-satunya nilai yang memenuhi persamaan.")]


def test_a_label_repeated_where_no_page_breaks_is_the_texts_own():
    label = [("Penyelesaian", at) for at in (3, 8, 13, 18)]
    assert running_lines(label, breaks=frozenset()) == frozenset()
    assert running_lines(label, breaks=frozenset({8})) == frozenset()  # once next to a page number, by chance
    assert running_lines(label, breaks=frozenset({3, 13})) == {"Penyelesaian"}
    assert running_lines(label) == {"Penyelesaian"}  # pages as places (a .txt's): every one is where a page breaks
    header = [("Jurnal Akuntansi Vol. 3", at) for at in (0, 5, 10)]  # a volume, a year, a page: a page names itself
    assert running_lines(header, breaks=frozenset()) == {"Jurnal Akuntansi Vol. 3"}


def test_every_penyelesaian_of_a_worked_examples_text_is_kept_and_goes_with_its_solution():
    from telusur.chunking import chunk_document
    from telusur.documents import markdown

    parts = ["# Persamaan Linear"]
    for n, (equation, solution) in enumerate(EXAMPLES, 1):
        label = "**Penyelesaian**" if n % 2 else "Penyelesaian"
        problem = f"Tentukan nilai yang memenuhi persamaan {equation}."
        parts += [f"Contoh {n}. {problem}" if n == 4 else f"## Contoh {n}\n\n{problem}", label, solution]
    doc = markdown.read("\n\n".join(parts).encode(), "contoh-soal.md")
    assert doc.text.count("Penyelesaian") == 4
    chunks = [c.text for c in chunk_document(doc)]
    assert "Penyelesaian" not in chunks  # a label heads its solution, never a passage alone
    assert all(f"Penyelesaian\n{solution}" in chunks for _, solution in EXAMPLES)
    # bold, it is no section's name either: the example after the third's solution is not under "Penyelesaian"
    assert [b.location.section for b in doc.blocks if "Tentukan" in doc.block_text(b)] == [
        ("Persamaan Linear", f"Contoh {n}") for n in (1, 2, 3, 3)]


CHAPTERS = [("Konsep Dasar Sosiologi", "Sosiologi mempelajari hubungan antarmanusia dalam masyarakat dan kelompok."),
            ("Interaksi Sosial", "Interaksi sosial terjadi bila ada kontak sosial dan komunikasi antarindividu."),
            ("Lembaga Sosial", "Lembaga sosial mengatur kebutuhan pokok masyarakat melalui norma yang dipatuhi.")]


# what opens each named part of the module, and its name
NAMED_PARTS = [(summary, "Rangkuman") for _, summary in CHAPTERS] + [("Jelaskan pengertian", "Latihan"),
                                                                     ("Setelah mempelajari", "Tujuan Pembelajaran")]


def _module_parts() -> list[tuple[str, str]]:
    """A course module: each chapter opens with its aims and closes with its summary and exercises. (kind, text):
    "h1"/"h2" a heading, "name" a part's name set in bold, "p" a paragraph."""
    parts = []
    for n, (title, summary) in enumerate(CHAPTERS, 1):
        parts += [("h1", f"Bab {n} {title}"), ("name", "Tujuan Pembelajaran"),
                  ("p", f"Setelah mempelajari bab ini, mahasiswa mampu menjelaskan {title.lower()} dengan contoh."),
                  ("h2", f"{n}.1 Uraian"),
                  ("p", f"Bagian ini menguraikan {title.lower()} secara rinci beserta contohnya."),
                  ("name", "Rangkuman"), ("p", summary), ("name", "Latihan"),
                  ("p", f"Jelaskan pengertian {title.lower()} dengan kata-kata Anda sendiri dan berikan satu contoh.")]
    return parts


def _module() -> str:
    form = {"h1": "# {}", "h2": "## {}", "name": "**{}**", "p": "{}"}
    return "\n\n".join(form[kind].format(text) for kind, text in _module_parts())


def test_a_bold_part_written_once_in_each_chapter_names_a_section():
    """A module's "**Rangkuman**" once per chapter is each chapter's summary section, not a label: a label repeats
    under one heading (worked examples), a section's name once under each of several."""
    from telusur.chunking import chunk_document
    from telusur.documents import markdown

    doc = markdown.read(_module().encode(), "modul.md")
    summaries = [b for b in doc.blocks if any(s in doc.block_text(b) for _, s in CHAPTERS)]
    assert [b.location.section[-1] for b in summaries] == ["Rangkuman"] * 3
    assert [b.location.section[0] for b in summaries] == [f"Bab {n} {t}" for n, (t, _) in enumerate(CHAPTERS, 1)]
    aims = [b for b in doc.blocks if doc.block_text(b).startswith("Setelah mempelajari")]
    assert [b.location.section[-1] for b in aims] == ["Tujuan Pembelajaran"] * 3
    places = {c.text: c.place for c in chunk_document(doc)}
    assert all(any(s in text and place.endswith("Rangkuman") for text, place in places.items())
               for _, s in CHAPTERS)


def test_a_bold_section_name_of_each_chapter_sits_under_the_chapter_not_its_last_subsection():
    """"**Rangkuman**" closing each chapter after "## 1.1 Uraian" is the chapter's summary, a sibling of 1.1, not a
    part of it: a bold section name written under several headings takes the level under the shallowest heading
    its places do not share (the chapters), not one under the nearest heading."""
    from telusur.documents import markdown

    doc = markdown.read(_module().encode(), "modul.md")
    for words, name in NAMED_PARTS:
        sections = [b.location.section for b in doc.blocks if doc.block_text(b).startswith(words)]
        assert sections and all(len(s) == 2 and s[1] == name and s[0].startswith("Bab ") for s in sections), sections


def _module_html() -> str:
    """The module as a saved web page: <h1>/<h2> headings, each part's name a bold paragraph."""
    form = {"h1": "<h1>{}</h1>", "h2": "<h2>{}</h2>", "name": "<p><strong>{}</strong></p>", "p": "<p>{}</p>"}
    body = "".join(form[kind].format(text) for kind, text in _module_parts())
    return f"<html><body><article>{body}</article></body></html>"


def _module_docx() -> bytes:
    """The module as Word writes it: "Heading 1"/"Heading 2" styles, each part's name a bold line."""
    import io
    import zipfile

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/></w:style>'
                     for n in (1, 2))
    ppr = {"h1": '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', "h2": '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>'}
    body = "".join(f'<w:p>{ppr.get(kind, "")}<w:r>{"<w:rPr><w:b/></w:rPr>" if kind == "name" else ""}'
                   f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>' for kind, text in _module_parts())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", f"<w:document {ns}><w:body>{body}</w:body></w:document>")
        z.writestr("word/styles.xml", f"<w:styles {ns}>{styles}</w:styles>")
    return out.getvalue()


def _module_pdf() -> bytes:
    """The module as a PDF: headings in larger bold type, each part's name a bold line in the body's type, a page a
    chapter."""
    from pdf_pages import canvas_pdf

    font = {"h1": ("Times-Bold", 16), "h2": ("Times-Bold", 14), "name": ("Times-Bold", 12), "p": ("Times-Roman", 12)}
    pages = []
    for kind, text in _module_parts():
        if kind == "h1":
            pages.append([])
        pages[-1].append((72, 100 + 30 * len(pages[-1]), *font[kind], text))
    return canvas_pdf(pages)


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_a_bold_section_name_of_each_chapter_sits_under_the_chapter_in_every_format(fmt):
    """The rule of the Markdown case above, in a web page (<p><strong>Rangkuman</strong></p>), a Word file (a
    bold line) and a PDF (a bold line in the body's type, ranked under the larger headings by its size: before,
    "Bab 1 › 1.1 Uraian › Rangkuman"): every reader giving a bold name no level of its own leaves its level to one
    rule (structure.place_section_names)."""
    from telusur.documents import docx, html, pdf

    doc = html.read(_module_html().encode(), "modul.html") if fmt == "html" else \
        docx.read(_module_docx(), "modul.docx") if fmt == "docx" else pdf.read(_module_pdf(), "modul.pdf")
    for words, name in NAMED_PARTS:
        sections = [b.location.section for b in doc.blocks if doc.block_text(b).startswith(words)]
        assert len(sections) == (1 if name == "Rangkuman" else 3), sections
        assert all(len(s) == 2 and s[1] == name and s[0].startswith("Bab ") for s in sections), sections
    uraian = [b.location.section for b in doc.blocks if doc.block_text(b).startswith("Bagian ini")]
    assert all(len(s) == 2 and s[1].endswith(".1 Uraian") for s in uraian), uraian


def test_a_bold_name_under_each_subsection_of_one_chapter_sits_under_the_subsection():
    """"**Contoh**" once under each of one chapter's subsections is a part of each subsection (its places share the
    chapter, not the subsection); a bold name written once sits one level under the nearest heading, as before."""
    from telusur.documents import markdown

    parts = ["# Bab 2 Interaksi Sosial", "Bab ini membahas interaksi sosial.", "## 2.1 Kontak Sosial",
             "Kontak sosial adalah awal interaksi.", "**Contoh**", "Dua orang berjabat tangan di pasar.",
             "## 2.2 Komunikasi", "Komunikasi menyampaikan pesan.", "**Contoh**", "Guru menjelaskan pelajaran.",
             "**Catatan Penting**", "Komunikasi dapat gagal bila pesannya kabur."]
    doc = markdown.read("\n\n".join(parts).encode(), "bab2.md")
    section = {doc.block_text(b): b.location.section for b in doc.blocks}
    assert section["Dua orang berjabat tangan di pasar."] == ("Bab 2 Interaksi Sosial", "2.1 Kontak Sosial", "Contoh")
    assert section["Guru menjelaskan pelajaran."] == ("Bab 2 Interaksi Sosial", "2.2 Komunikasi", "Contoh")
    assert section["Komunikasi dapat gagal bila pesannya kabur."] == ("Bab 2 Interaksi Sosial", "2.2 Komunikasi",
                                                                      "Catatan Penting")


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_bold_name_inside_subsections_of_two_chapters_sits_under_each_subsection(fmt):
    """"**Kelebihan**" under "2.1 MySQL" of one chapter and "3.2 PostgreSQL" of another, each with a subsection after
    it, closes no chapter: it is a part of each subsection (the passage says "MySQL"), not lifted to the chapter as a
    module's "Rangkuman" closing each chapter is."""
    from telusur.documents import html, markdown

    body = "Paragraf ini menjelaskan isi bagian dengan kalimat yang cukup panjang untuk dibaca."
    parts = [("h1", "Bab 2 Basis Data"), ("h2", "2.1 MySQL"), ("p", body), ("name", "Kelebihan"),
             ("p", "Gratis dan mudah didapat oleh siapa saja."), ("h2", "2.2 Oracle"), ("p", body),
             ("h1", "Bab 3 Perancangan"), ("h2", "3.1 Kebutuhan"), ("p", body), ("h2", "3.2 PostgreSQL"), ("p", body),
             ("name", "Kelebihan"), ("p", "Stabil dan tangguh dalam pengoperasiannya."), ("h2", "3.3 Pengujian"),
             ("p", body)]
    if fmt == "md":
        form = {"h1": "# {}", "h2": "## {}", "name": "**{}**", "p": "{}"}
        doc = markdown.read("\n\n".join(form[k].format(t) for k, t in parts).encode(), "bab.md")
    else:
        form = {"h1": "<h1>{}</h1>", "h2": "<h2>{}</h2>", "name": "<p><strong>{}</strong></p>", "p": "<p>{}</p>"}
        page = "".join(form[k].format(t) for k, t in parts)
        doc = html.read(f"<html><body><article>{page}</article></body></html>".encode(), "bab.html")
    section = {doc.block_text(b): b.location.section for b in doc.blocks}
    assert section["Gratis dan mudah didapat oleh siapa saja."] == ("Bab 2 Basis Data", "2.1 MySQL", "Kelebihan")
    assert section["Stabil dan tangguh dalam pengoperasiannya."] == ("Bab 3 Perancangan", "3.2 PostgreSQL",
                                                                      "Kelebihan")


def test_a_bold_label_written_twice_under_one_heading_is_a_label():
    """Two solutions under one heading: "**Penyelesaian**" is no section's name there, whatever other headings
    it is written under; the next problem stays in the examples' section."""
    from telusur.documents import markdown

    parts = ["# Persamaan Linear", "## Contoh Soal"]
    for n, (equation, solution) in enumerate(EXAMPLES, 1):
        parts += [f"Contoh {n}. Tentukan nilai yang memenuhi persamaan {equation}.", "**Penyelesaian**", solution]
    doc = markdown.read("\n\n".join(parts).encode(), "contoh-soal.md")
    assert [b.location.section for b in doc.blocks if "Tentukan" in doc.block_text(b)] == [
        ("Persamaan Linear", "Contoh Soal")] * 4


def test_a_header_with_no_number_is_left_out_where_pages_break():
    from telusur.documents import markdown

    footer = "Universitas Sumatera Utara"
    numbered = [f"{_prose(n)}\n\n{footer}\n\n{n + 12}" for n in range(3)]  # next to its page number
    assert footer not in markdown.read("\n\n".join(numbered).encode(), "a.md").text
    cut = "\n\n".join(f"Kalimat ini dibahas bersama {WORDS[n]} dan\n\n{footer}\n\nberlanjut di halaman berikutnya."
                      for n in range(3))  # inside a sentence running over the page
    assert footer not in markdown.read(cut.encode(), "b.md").text


def test_a_ditto_alone_on_its_line_in_three_entries_is_no_running_line():
    # a reference list's underscores for the author above, on a line of their own: a line shorter than 8 characters
    # is never a running line of the list (each entry below it would go on the one before)
    from telusur.citations import reference_entries

    entries = ["Sugiyono. 2010. Metode Penelitian Pendidikan. Bandung: Alfabeta."] + [
        f"_______\n{year}. {title}. Bandung: Alfabeta." for year, title in (
            (2011, "Statistika untuk Penelitian"), (2012, "Memahami Penelitian Kualitatif"),
            (2013, "Metode Penelitian Kombinasi"))]
    doc = _read_txt([_prose(1) + "\n\nDAFTAR PUSTAKA\n\n" + "\n".join(entries)])
    assert [(r.authors, r.year) for r in reference_entries(doc)] == [
        (("Sugiyono",), year) for year in ("2010", "2011", "2012", "2013")]


def test_a_publishers_last_word_wrapped_alone_in_three_entries_stays_in_each():
    # "Yogyakarta: UGM" / "Press" with no stop after it, in three entries: a line shorter than 8 characters is the
    # entry's own (counted as a running line, each entry's publisher would read "UGM")
    from telusur.citations import reference_entries

    entries = [f"{name}. {year}. {title}. Yogyakarta: UGM\nPress" for name, year, title in (
        ("Arikunto, S", 2010, "Prosedur Penelitian"), ("Sugiyono", 2011, "Statistika untuk Penelitian"),
        ("Slameto", 2003, "Belajar dan Faktor-Faktor yang Mempengaruhinya"))]
    doc = _read_txt([_prose(1) + "\n\nDAFTAR PUSTAKA\n\n" + "\n".join(entries)])
    assert [r.publisher for r in reference_entries(doc)] == ["UGM Press"] * 3


def test_a_label_after_each_rule_an_author_wrote_is_kept():
    # a rule alone is no page break: Markdown notes set "---" between their sections, and the label opening each one
    # ("Contoh Soal") is the text's (review: 15b9061 took a block next to any rule for a page's edge)
    from telusur.documents import markdown

    parts = ["# Persamaan Linear"]
    for equation, solution in EXAMPLES:
        parts += ["---", "Contoh Soal", f"Tentukan nilai yang memenuhi persamaan {equation}.", "Penyelesaian", solution]
    doc = markdown.read("\n\n".join(parts).encode(), "contoh-soal.md")
    assert doc.text.count("Contoh Soal") == 4


def test_a_header_is_left_out_where_a_converter_wrote_a_rule_between_pages():  # a guard
    # ... while a header past a rule beside the page's number, or past a rule inside a running sentence, still is
    from telusur.documents import markdown

    footer = "Jurnal Ilmu Pendidikan Nusantara"
    numbered = [f"{_prose(n)}\n\n{n + 12}\n\n---\n\n{footer}" for n in range(3)]
    assert footer not in markdown.read("\n\n".join(numbered).encode(), "a.md").text
    cut = "\n\n".join(f"Kalimat ini dibahas bersama {WORDS[n]} dan\n\n---\n\n{footer}\n\nberlanjut di halaman berikutnya."
                      for n in range(3))
    assert footer not in markdown.read(cut.encode(), "b.md").text


def test_a_bold_name_inside_a_component_stays_inside_it():
    """An MDX component (<Accordion title="Soal Latihan 1">) is a heading over its content: a bold "**Pembahasan**"
    in each chapter's accordion is that accordion's part, though it closes each chapter, not lifted out of it as a
    module's "Rangkuman" is (the reader marks no bold name inside a component as placed)."""
    from telusur.documents import markdown

    body = "Bab ini membahas materi pokok dengan penjelasan yang cukup panjang untuk dibaca siswa."
    parts = []
    for n, (chapter, answer) in enumerate([("Pecahan", "Samakan penyebutnya lalu jumlahkan pembilangnya."),
                                           ("Desimal", "Jumlahkan angka di belakang koma seperti biasa.")], 1):
        parts += [f"# Bab {n} {chapter}", body, f'<Accordion title="Soal Latihan {n}">',
                  f"Berapa hasil penjumlahan soal nomor {n} ini?", "**Pembahasan**", answer, "</Accordion>"]
    doc = markdown.read("\n\n".join(parts).encode(), "latihan.mdx")
    section = {doc.block_text(b): b.location.section for b in doc.blocks}
    assert section["Samakan penyebutnya lalu jumlahkan pembilangnya."] == ("Bab 1 Pecahan", "Soal Latihan 1",
                                                                           "Pembahasan")
    assert section["Jumlahkan angka di belakang koma seperti biasa."] == ("Bab 2 Desimal", "Soal Latihan 2",
                                                                          "Pembahasan")
