"""Reading rules that hold on text nobody tuned them on: hard-wrapped paragraphs rebuilt in .txt and .md, and a
lead-in whose list items are Markdown headings read as that list."""

import re
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from telusur.chunking import chunk_document
from telusur.documents import markdown, read_document, text
from telusur.documents.structure import unwrap, wrap_width

REPO = Path(__file__).resolve().parents[1]
DEFAULT_TEXT = REPO / "corpus" / "definisi-kerjasama-internasional.txt"

PARAGRAPHS = [
    "Kewirausahaan adalah kemampuan kreatif dan inovatif yang dijadikan dasar, kiat dan sumber daya untuk mencari "
    "peluang menuju sukses. Inti dari kewirausahaan adalah kemampuan untuk menciptakan sesuatu yang baru dan "
    "berbeda melalui berpikir kreatif dan bertindak inovatif untuk menciptakan peluang (Suryana, 2003: 10).",
    "Ciri-ciri wirausaha:",
    "1. Percaya diri, yaitu keyakinan yang kuat pada kekuatan diri sendiri dalam menghadapi setiap tugas.",
    "2. Berorientasi pada tugas dan hasil, yaitu selalu mengutamakan prestasi dan tekun bekerja keras.",
    "Manfaat Kewirausahaan",
    "Wirausaha menambah daya tampung tenaga kerja sehingga dapat mengurangi pengangguran, serta menjadi "
    "generator pembangunan lingkungan sosial, ekonomi dan bidang-bidang lain secara langsung maupun tidak "
    "langsung, memberi contoh kepada anggota masyarakat lain sebagai pribadi unggul yang patut diteladani.",
]


def wrapped(paragraphs: list[str], width: int) -> str:
    return "\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


@pytest.mark.parametrize("width", [50, 72, 90])
def test_hard_wrapped_paragraphs_are_rebuilt_and_list_items_headings_lead_ins_kept(width):
    hard = wrapped(PARAGRAPHS, width)
    assert wrap_width(hard.split("\n")) in range(width - 5, width + 1)
    assert unwrap(hard) == "\n".join(PARAGRAPHS) + "\n"


def test_at_every_width_a_wrapped_citation_and_markdown_emphasis_at_a_line_start_run_on():
    """Some width puts "10)." of "(Suryana, 2003: 10)." or "**kreatif**" at the start of a line: neither starts an
    item or ends a lead-in."""
    marked = [p.replace("kreatif", "**kreatif**").replace("inovatif", "*inovatif*") for p in PARAGRAPHS]
    for paragraphs in (PARAGRAPHS, marked):
        wrong = [w for w in range(45, 91) if unwrap(wrapped(paragraphs, w)) != "\n".join(paragraphs) + "\n"]
        assert not wrong


def test_a_page_range_never_starts_a_wrapped_line_of_its_own():
    """textwrap (like most wrappers) breaks after a hyphen between letters, never inside "652-653": a line ending in
    "(Suryana, 2003:" was full when "652-653)." could not follow it, so the range goes on with it, at every width."""
    ranged = [p.replace("2003: 10)", "2003: 652-653)") for p in PARAGRAPHS]
    wrong = [w for w in range(45, 91) if unwrap(wrapped(ranged, w)) != "\n".join(ranged) + "\n"]
    assert not wrong


def test_unwrapped_text_and_short_lines_are_left_as_they_are():
    plain = "\n".join(PARAGRAPHS) + "\n"
    assert wrap_width(plain.split("\n")) is None and unwrap(plain) == plain
    poem = "Judul Bab\nSatu baris pendek\nbaris lain yang pendek\n"
    assert unwrap(poem) == poem


def test_a_word_broken_after_its_hyphen_is_joined_without_a_space():
    hard = wrapped(["Negara-negara menggunakan keempat hal tersebut untuk mengontrol konflik antara aktor-aktor "
                    "internasional dan meningkatkan kerjasama kearah yang lebih baik lagi bagi negara-negara "
                    "berkembang maupun negara-negara maju di kawasan yang sama. " * 3], 40)
    assert "aktor-aktor" in unwrap(hard) and "\n" not in unwrap(hard).strip()


def test_a_word_the_typesetter_hyphenated_is_joined_whole_and_compounds_keep_their_hyphen():
    # Text exported from a hyphenating PDF: "kemen-" / "terian" is one word; "kerja-" / "sama" (two words),
    # "negara-" / "negara" (a reduplication) and "re-" / "rata" (written so elsewhere in the text) keep the hyphen.
    lines = ["Pemerintah Indonesia sejak lama menjalin hubungan yang erat dan kerja-",
             "sama dengan negara tetangga di kawasan yang sama dalam bidang politik,",
             "ekonomi dan pertahanan, sehingga seluruh pemerintah di kawasan dan negara-",
             "negara anggota mendapatkan manfaat pembangunan yang menyeluruh bagi",
             "masyarakat. Kebijakan ini dijalankan dengan sungguh-sungguh oleh kemen-",
             "terian luar negeri bersama lembaga terkait dengan anggaran sebesar re-",
             "rata yang sama dengan nilai re-rata anggaran tahun lalu menurut laporan."]
    assert unwrap("\n".join(lines) + "\n") == " ".join(lines).replace("- ", "-").replace("kemen-", "kemen") + "\n"


def _chunk_texts(path: Path) -> list[str]:
    return [c.text for c in chunk_document(read_document(path, path.name))]


def test_the_default_text_hard_wrapped_reads_as_the_same_passages(tmp_path):
    """A paragraph whose last line happens to fill the width and end a sentence cannot be told from a wrapped
    sentence end: one such join in the default text (two passages read as one) is allowed, no more."""
    original = DEFAULT_TEXT.read_text(encoding="utf-8")
    copy = tmp_path / DEFAULT_TEXT.name
    copy.write_text("\n".join(textwrap.fill(line, 72) for line in original.split("\n")), encoding="utf-8")
    before, after = _chunk_texts(DEFAULT_TEXT), _chunk_texts(copy)
    assert len(set(before) - set(after)) <= 2 and abs(len(before) - len(after)) <= 1


@pytest.mark.parametrize("form", ["txt-crlf", "md", "md-crlf", "md-html"])
def test_the_default_text_hard_wrapped_reads_as_the_same_passages_in_other_forms(tmp_path, form):
    """Issue 14's done-when in the forms read26 showed: Windows line ends (CR LF), the text as Markdown, and Markdown
    written in HTML tags (a <p> per paragraph, pasted from an LMS editor): its hard-wrapped copy reads as the same
    passages as the unwrapped one, within the one join a line filling the width allows."""
    import html as html_lib

    lines = DEFAULT_TEXT.read_text(encoding="utf-8").split("\n")
    if form == "md-html":
        lines = [f"<p>{html_lib.escape(line)}</p>" if line.strip() else "" for line in lines]
    suffix = ".txt" if form.startswith("txt") else ".md"
    newline = "\r\n" if form.endswith("crlf") else "\n"
    plain, hard = tmp_path / f"plain{suffix}", tmp_path / f"hard{suffix}"
    plain.write_bytes("\n".join(lines).encode("utf-8"))
    hard.write_bytes("\n".join(textwrap.fill(line, 72) for line in lines).replace("\n", newline).encode("utf-8"))
    assert (b"\r\n" in hard.read_bytes()) == form.endswith("crlf")
    before, after = _chunk_texts(plain), _chunk_texts(hard)
    assert len(set(before) - set(after)) <= 2 and abs(len(before) - len(after)) <= 1


def test_markdown_soft_breaks_of_a_wrapped_paragraph_do_not_cut_its_sentences():
    source = "## Kewirausahaan\n\n" + wrapped(PARAGRAPHS[:1], 60) + "\n> Kutipan pertama\n> kutipan kedua\n\n```\nkode a\nkode b\n```\n"
    doc = markdown.read(source.encode(), "a.md")
    texts = [doc.block_text(b) for b in doc.blocks]
    assert texts[1] == PARAGRAPHS[0]
    assert texts[2] == "Kutipan pertama\nkutipan kedua"  # a quote's lines are not a wrapped paragraph
    assert texts[3] == "kode a\nkode b"


def test_txt_reader_rebuilds_paragraphs_before_making_blocks():
    doc = text.read(wrapped(PARAGRAPHS, 64).encode(), "a.txt")
    assert [doc.block_text(b) for b in doc.blocks] == PARAGRAPHS
    # its paragraphs part at one line break, so "Manfaat Kewirausahaan" on a line of its own over prose is a title
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "item", "item", "heading", "paragraph"]


# ---------------------------------------------------------------- a list whose items are headings

CAUSES = """## Penyebab Autisme
Penyebab autisme masih diteliti, tetapi sudah ditemukan beberapa penyebab, antara lain :
### Faktor neurobiologis
Gangguan pada susunan saraf pusat yang terjadi dalam tiga bulan pertama masa kehamilan.
### Masalah genetik
Faktor genetik memegang peranan kuat (Maulana, 2007: 19).

Banyak manusia mengalami mutasi genetik yang bisa terjadi karena cara hidup.
### Keracunan logam berat
Keracunan logam seperti timbal dan merkuri sering dijumpai ketika anak dalam kandungan.
## Penanganan Autisme
Terapi perilaku diberikan sejak dini.
"""


def test_headings_under_a_lead_in_are_read_as_its_list_items():
    doc = markdown.read(CAUSES.encode(), "autisme.md")
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "item"]
    assert items == ["• Faktor neurobiologis", "• Masalah genetik", "• Keracunan logam berat"]
    chunks = chunk_document(doc)
    listed = chunks[0]
    assert listed.text.startswith("Penyebab autisme masih diteliti") and "mutasi genetik" in listed.text
    assert all(item in listed.text for item in items) and "Terapi perilaku" not in listed.text
    assert chunks[1].location.section == ("Penanganan Autisme",)


def test_headings_not_announced_by_a_lead_in_stay_headings():
    doc = markdown.read(CAUSES.replace("antara lain :", "misalnya yang berikut.").encode(), "autisme.md")
    assert not [b for b in doc.blocks if b.kind == "item"]
    assert [c.location.section for c in chunk_document(doc)][1] == ("Penyebab Autisme", "Faktor neurobiologis")


@pytest.mark.slow
def test_apa_saja_is_answered_with_the_headings_of_the_list(tmp_path):
    from telusur.engine import Telusur, build
    from telusur.settings import Settings

    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "autisme.md").write_text(CAUSES, encoding="utf-8")
    settings = Settings(corpus=corpus, index=tmp_path / "index")
    build(settings)
    answer = Telusur(settings).ask("Apa saja penyebab autisme?").answer
    assert all(name in answer for name in ("Faktor neurobiologis", "Masalah genetik", "Keracunan logam berat")), answer


def _causes_docx() -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_heading("Penyebab Autisme", 2)
    document.add_paragraph("Penyebab autisme masih diteliti, tetapi sudah ditemukan beberapa penyebab, antara lain:")
    for heading, body in (("Faktor neurobiologis", "Gangguan pada susunan saraf pusat."),
                          ("Masalah genetik", "Faktor genetik memegang peranan kuat.")):
        document.add_heading(heading, 3)
        document.add_paragraph(body)
    document.add_heading("Penanganan Autisme", 2)
    document.add_paragraph("Terapi perilaku diberikan sejak dini.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _causes_pdf() -> bytes:
    from pdf_pages import body, canvas_pdf

    page = [(72, 80, "Times-Bold", 14, "B. Penyebab Autisme")] + body(["Penyebab autisme antara lain sebagai berikut."],
                                                                        top=110)
    page += [(72, 150, "Times-Bold", 12, "1. Faktor neurobiologis")]
    page += body(["Gangguan pada susunan saraf pusat."], top=170)
    page += [(72, 210, "Times-Bold", 12, "2. Masalah genetik")]
    page += body(["Faktor genetik memegang peranan kuat."], top=230)
    return canvas_pdf([page])


CAUSES_HTML = """<html><head><title>Autisme</title></head><body><article><h2>Penyebab Autisme</h2>
<p>Penyebab autisme masih diteliti, tetapi sudah ditemukan beberapa penyebab, antara lain :</p>
<h3>Faktor neurobiologis</h3><p>Gangguan pada susunan saraf pusat.</p>
<h3>Masalah genetik</h3><p>Faktor genetik memegang peranan kuat.</p>
<h2>Penanganan Autisme</h2><p>Terapi perilaku diberikan sejak dini.</p></article></body></html>"""

CAUSES_BOLD_MD = """## Penyebab Autisme
Penyebab autisme antara lain sebagai berikut.

**1. Faktor neurobiologis**

Gangguan pada susunan saraf pusat.

**2. Masalah genetik**

Faktor genetik memegang peranan kuat.
"""


@pytest.mark.parametrize("name, made", [("autisme.html", lambda: CAUSES_HTML.encode()), ("autisme.docx", _causes_docx),
                                        ("autisme.pdf", _causes_pdf), ("autisme.md", lambda: CAUSES_BOLD_MD.encode())])
def test_headings_under_a_lead_in_are_its_items_in_every_format(tmp_path, name, made):
    # A web page's <h3>, a DOCX Heading 3, a PDF's bold numbered lines, Markdown bold lines; "… sebagai berikut." too.
    (tmp_path / name).write_bytes(made())
    doc = read_document(tmp_path / name, name)
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "item"]
    assert [item.split(" ", 1)[1] for item in items] == ["Faktor neurobiologis", "Masalah genetik"]
    listed = chunk_document(doc)[0]
    assert listed.text.startswith("Penyebab autisme") and all(item in listed.text for item in items)
    assert "Faktor genetik memegang peranan kuat." in listed.text and "Terapi perilaku" not in listed.text


def test_a_title_ending_in_a_colon_does_not_make_the_headings_under_it_items():
    title = "NABI-NABI ISRAEL DALAM PERJANJIAN LAMA:\n\n# Abstrak\n\nRingkasan artikel.\n\n# Pendahuluan\n\nIsi.\n"
    doc = markdown.read(title.encode(), "nabi.md")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"] == ["Abstrak", "Pendahuluan"]


@pytest.mark.parametrize("name", ["ligatur.txt", "ligatur.md", "ligatur.html", "ligatur.docx"])
def test_ligatures_and_zero_width_spaces_read_as_the_word_they_are_in(tmp_path, name):
    # "deﬁnisi" with U+FB01 is no word a student types: the tokenizer would cut it into "de" and "nisi"; so would a
    # zero-width space a web editor left inside "kerja\u200bsama".
    sentence = ("De\ufb01nisi \ufb02uktuasi harga adalah perubahan harga yang dicatat sta\ufb00 keuangan dalam "
                "kerja\u200bsama ekspor.")
    if name.endswith(".docx"):
        import docx

        document = docx.Document()
        document.add_paragraph(sentence)
        document.save(tmp_path / name)
    else:
        raw = f"<html><body><article><p>{sentence}</p></article></body></html>" if name.endswith(".html") else sentence
        (tmp_path / name).write_text(raw + "\n", encoding="utf-8")
    doc = read_document(tmp_path / name, name)
    assert [doc.block_text(b) for b in doc.blocks] == [
        "Definisi fluktuasi harga adalah perubahan harga yang dicatat staff keuangan dalam kerjasama ekspor."]


SKRIPSI_TXT = """BAB II
LANDASAN TEORI

2.1 Pengertian Kerjasama
Kerjasama adalah usaha bersama antara orang perorangan atau kelompok untuk mencapai tujuan bersama.

2.1.1 Bentuk Kerjasama
Bentuk kerjasama ada beberapa macam, yaitu:
1) Kerjasama bilateral, antara dua negara.
2) Kerjasama regional, antara negara dalam satu kawasan.

2.2 Kerjasama Internasional
Kerjasama internasional melibatkan negara-negara.
"""


def test_a_skripsi_pasted_as_text_keeps_its_numbered_headings():
    doc = text.read(SKRIPSI_TXT.encode(), "bab2.txt")
    headings = [(b.level, doc.block_text(b).replace("\n", " ")) for b in doc.blocks if b.kind == "heading"]
    assert headings == [(1, "BAB II LANDASAN TEORI"), (2, "2.1 Pengertian Kerjasama"), (3, "2.1.1 Bentuk Kerjasama"),
                        (2, "2.2 Kerjasama Internasional")]
    items = [b for b in doc.blocks if b.kind == "item"]
    assert [doc.block_text(b) for b in items][0] == "1) Kerjasama bilateral, antara dua negara."
    assert items[0].location.section == ("BAB II LANDASAN TEORI", "2.1 Pengertian Kerjasama", "2.1.1 Bentuk Kerjasama")
    last = doc.blocks[-1]
    assert last.location.section == ("BAB II LANDASAN TEORI", "2.2 Kerjasama Internasional")
    # A numbered line that ends a sentence, or a long one, is text.
    plain = text.read(b"2.1 Kerjasama adalah usaha bersama.\n\nParagraf biasa.\n", "a.txt")
    assert not [b for b in plain.blocks if b.kind == "heading"]


def test_text_converted_from_a_pdf_loses_its_page_furniture_and_rejoins_paragraphs_across_pages():
    # pdftotext: a form feed between pages, the running header at the top, the page number at the foot.
    def page(number, body):
        return f"Jurnal Hubungan Internasional Vol. 7 No. 2\n\n{body}\n\n{number}\n"

    pages = [page(45, "Kerjasama regional di Asia Tenggara berkembang sejak 1967.\n\nPerdagangan bebas menjadi "
                      "tujuan utama negara anggota dan"),
             page(46, "kemudian diperluas ke bidang keamanan serta kebudayaan.\n\nDiplomasi publik juga berperan."),
             page(47, "Kedaulatan setiap negara anggota tetap dihormati.")]
    doc = text.read("\f".join(pages).encode(), "jurnal.txt")
    assert [doc.block_text(b) for b in doc.blocks] == [
        "Kerjasama regional di Asia Tenggara berkembang sejak 1967.",
        "Perdagangan bebas menjadi tujuan utama negara anggota dan kemudian diperluas ke bidang keamanan serta "
        "kebudayaan.", "Diplomasi publik juga berperan.", "Kedaulatan setiap negara anggota tetap dihormati."]
    # Without form feeds nothing is taken for furniture: a number on its own line stays.
    plain = text.read(b"Jumlah responden\n\n45\n", "a.txt")
    assert [plain.block_text(b) for b in plain.blocks] == ["Jumlah responden", "45"]


# ---------------------------------------------------------------- hard-wrapped text: kinds seen on wrapped copies

def _fill(paragraphs: list[str], width: int, **kw) -> str:
    return "\n".join(textwrap.fill(p, width, **kw) if p else p for p in paragraphs)


def test_the_width_is_read_from_prose_lines_only_not_from_tables_left_long():
    """A Markdown text with a wide table: its rows stay as long as written, and the width is still found."""
    table = ["| Aspek | Uraian yang panjang sekali dan tidak pernah dibungkus oleh penyunting teks mana pun |"] * 6
    prose = [PARAGRAPHS[0], "", PARAGRAPHS[5], ""]
    source = _fill(prose, 64) + "\n" + "\n".join(table) + "\n"
    assert wrap_width(source.split("\n")) in range(59, 65)
    assert unwrap(source).split("\n")[:4] == prose


def test_the_last_piece_of_a_wrapped_line_is_no_heading():
    """A short last line in capitals is no heading when the line above leaves its sentence open ("… Journal of
    Management and" / "Pharmacy Practice"), ends on an initial ("Prof. Dr. R." / "D. Kandou …") or when nothing
    follows it before a blank line."""
    paragraphs = ["Penelitian ini dimuat dalam Jurnal Manajemen dan Pelayanan Farmasi (JMPF) Journal of Management "
                  "and Pharmacy Practice", "",
                  "Waktu tunggu pelayanan resep di apotek rumah sakit umum pusat Prof. Dr. R. D. Kandou Manado.", "",
                  "Jurnal Ilmiah Farmasi Universitas Sam Ratulangi Vol. 5 No. 1 Februari 2016 Nomor Seri 2302", "",
                  PARAGRAPHS[0]]
    for width in (60, 66, 72, 80):
        assert unwrap(_fill(paragraphs, width)).split("\n") == paragraphs


def test_a_wrapped_list_item_runs_on_in_lower_case_and_a_lead_in_colon_inside_a_line_too():
    items = ["- Sangat mendukung transaksi dan mempunyai banyak dukungan dari komunitas pengembang",
             "- Kurang mendukung koneksi bahasa pemrograman visual sebab field yang dibaca harus sesuai.",
             "",
             "1. Mengembangkan keterampilan dasar belajar di sekolah, meliputi : membaca, menulis, dan "
             "matematika dasar.",
             "2. Mengembangkan kemampuan sosial.", "", PARAGRAPHS[0]]
    for width in (50, 60, 72):
        assert unwrap(_fill(items, width)).split("\n") == items
    # written with its items hard-wrapped and nothing else: the item's lower-case line is still its own text
    cut = items[0].index(" komunitas")
    assert unwrap(items[0][:cut] + "\n" + items[0][cut + 1:] + "\n") == items[0] + "\n"


def test_a_marker_that_only_runs_inline_is_no_list_item_at_a_wrapped_line_start():
    """"yaitu : 1.Konsensus … 2. Kolaborasi …" is an enumeration inside a sentence, "halaman - halaman" a dash
    between words and "2302 - 2493" a range: a wrapper putting "2." or "-" at a line start makes no item."""
    paragraph = ("Terdapat tiga tingkatan kerjasama, yaitu : 1.Konsensus, yang ditandai oleh ketidakhirauan "
                 "kepentingan di antara negara yang terlibat. 2. Kolaborasi, yang ditandai oleh kesamaan tujuan. "
                 "3. Integrasi, yang ditandai oleh keharmonisan yang sangat tinggi. Framework ini lambat ketika "
                 "menangani halaman - halaman yang kompleks dengan nomor 2302 - 2493 pada setiap halaman.")
    # (a width that ends a line at the lead-in's colon, "yaitu :" / "1.Konsensus", reads as a list: left so)
    widths = [w for w in range(45, 91) if not re.search(r":$", textwrap.fill(paragraph, w), re.M)]
    wrong = [w for w in widths if unwrap(textwrap.fill(paragraph, w) + "\n") != paragraph + "\n"]
    assert len(widths) > 30 and not wrong
    listed = "Tingkatan kerjasama:\n1. Konsensus.\n2. Kolaborasi.\n- satu\n- dua\n"
    assert unwrap(listed) == listed


def test_an_emphasis_or_a_bracket_left_open_runs_on_past_a_colon():
    entries = ["Sum, N. L., & Jessop, B. (2013). *Towards a cultural political economy: Putting culture in its "
               "place in political economy*. Edward Elgar Publishing.", "",
               "Kebutuhan belajar anak menurut **Astati dan Mulyati (2010:26)** sebagai berikut :", "",
               "[^1]: *Slacktivism* adalah gabungan kata *slacker* (pemalas) dan *activism* (aktivisme), yakni "
               "tindakan aktivisme berisiko rendah dengan usaha minimal.", "", PARAGRAPHS[0], "", PARAGRAPHS[5]]
    for width in range(44, 91, 4):
        assert unwrap(_fill(entries, width)).split("\n") == entries, width


def test_in_a_text_without_blank_lines_a_full_line_ending_on_a_citation_or_before_a_quotation_ends_its_paragraph():
    """One paragraph per line, no blank line between: a last line that fills the width reads like a sentence end
    inside a paragraph; when it ends on a citation or a quotation opens below, it is the paragraph's end. In a text
    whose paragraphs part at blank lines the same line stays joined."""
    paragraphs = [
        "Negara merupakan unit hubungan antar bangsa sekaligus aktor dalam masyarakat antar bangsa (Couloumbis "
        "dan Wolfe, 1986:32).",
        "Sebagai aktor terpenting, negara mempunyai tanggung jawab atas permasalahan rakyatnya. Negara juga "
        "berperan memenuhi kebutuhan rakyatnya.",
        "Menurut Kartasasmita, kerjasama terjadi karena saling pengertian antara bangsa-bangsa di dunia yang "
        "berlangsung lama.",
        "“Kerjasama internasional dapat dijalankan dalam berbagai bentuk organisasi internasional” "
        "(Rudy, 2005: 3).",
        "Hubungan yang jelas terlihat antara konflik dan kerjasama internasional. Konflik dapat diakomodasikan.",
    ] * 2
    joins = ["1986:32). Sebagai", "lama. “Kerjasama", "2005: 3). Hubungan"]
    for width in range(56, 91):
        rebuilt = unwrap("\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n")
        assert not [j for j in joins if j in rebuilt], width
        assert all(p in rebuilt for p in paragraphs), width
    inside = ["Negara merupakan unit hubungan antar bangsa (Couloumbis dan Wolfe, 1986:32). Sebagai aktor "
              "terpenting, negara mempunyai tanggung jawab atas permasalahan rakyatnya.", ""] * 4
    for width in range(56, 91):
        assert unwrap(_fill(inside, width)).split("\n") == inside, width


@pytest.mark.skipif(shutil.which("fmt") is None, reason="GNU fmt (coreutils) is not installed")
@pytest.mark.parametrize("width", [60, 72, 80])
def test_a_balanced_fill_like_fmt_reads_as_its_paragraphs(width):
    """fmt balances a paragraph's lines and aims short of the width: a line the next word would have fitted still
    goes on when it leaves its sentence open, whatever the next line starts with ("(Perse & Lambe," / "2001), …",
    "… Journal of" / "Management …"), and a sentence ending at a line end stays inside its paragraph."""
    paragraphs = [
        "Menurut model efek langsung (Perse & Lambe, 2001), konten media yang memiliki atribut perhatian tak "
        "sengaja dapat menimbulkan reaksi yang seragam. Reaksi itu terjadi pada khalayak luas. Dayan dan Katz "
        "(1992) menyebut peristiwa media sebagai hari raya komunikasi massa yang menghentikan siaran lain. "
        "Protes yang viral di Indonesia memaksa Pemerintah bereaksi dengan cepat terhadap tuntutan warganet.",
        "Hakekat kerjasama internasional yang universal (global) adalah memadukan semua bangsa di dunia dalam "
        "suatu wadah yang mampu mempersatukan mereka dalam cita-cita bersama. Kerjasama itu menghindari konflik "
        "internasional. Penelitian ini dimuat dalam Journal of Management and Pharmacy Practice Volume 5 tahun "
        "2016 yang terbit di Manado bersama tulisan lain tentang pelayanan resep di apotek rumah sakit.",
    ] * 3
    source = "\n\n".join(paragraphs) + "\n"
    hard = subprocess.run(["fmt", "-w", str(width)], input=source, capture_output=True, text=True, check=True).stdout
    assert hard != source and unwrap(hard) == source


def test_text_exported_from_a_hyphenating_pdf_joins_every_word_it_broke():
    """A PDF set with hyphenation, exported to text: when most words broken at a line end are Indonesian words
    whole, the text was hyphenated by its typesetter, and names and loan words broken so are joined too ("His-" /
    "tory", "interdepen-" / "densi"); two words of their own keep their hyphen ("kerja-" / "sama")."""
    lines = ["Hubungan internasional mengandung interaksi, interelasi dan interdepen-",
             "densi antara negara dengan negara lain dalam sistem internasional. Konflik ter-",
             "sebut selalu berakhir melalui tingkatan kerja-",
             "sama yang dibangun oleh para aktor dalam masyarakat internasional dan ma-",
             "nusia di dalamnya. Buku The Live Broadcasting of His-",
             "tory menjelaskan peristiwa media yang menghentikan semua siaran lain pada",
             "saat itu, sehingga negara-negara menggunakan keempat hal itu untuk mening-",
             "katkan hubungan ke arah yang lebih baik lagi bagi semua pihak yang terlibat."]
    rebuilt = unwrap("\n".join(lines) + "\n")
    for word in ("interdependensi", "tersebut", "kerja-sama", "manusia", "History", "meningkatkan", "negara-negara"):
        assert word in rebuilt, word
    assert "\n" not in rebuilt.strip()


def test_a_closing_bracket_before_a_small_letter_and_a_tab_after_a_list_marker_run_on():
    """"… universal (global)" then "adalah …" is one sentence; "1.<tab>Tunagrahita …" keeps its item's wrapped
    line, a line of tab-set columns keeps its lines; an item's line rebuilt long goes on in lower case even when
    its last piece is short ("… pembelajar" / "lamban akan" / "ditindaki …")."""
    assert unwrap("Hakekat kerjasama internasional yang universal (global)\nadalah memadukan semua bangsa.\n") == (
        "Hakekat kerjasama internasional yang universal (global) adalah memadukan semua bangsa.\n")
    item = "1.\tTunagrahita ringan memiliki IQ 69-55. Mereka masih dapat belajar membaca, menulis, dan berhitung."
    hard = textwrap.fill(item, 50, expand_tabs=False, replace_whitespace=False) + "\n" + _fill(PARAGRAPHS, 50) + "\n"
    assert unwrap(hard).split("\n")[0] == item
    columns = "Nama siswa yang mengikuti program remedial\tNilai\nbudi santoso dari kelas lima sekolah dasar\t80\n"
    assert unwrap(columns) == columns
    rewrapped = ("- Direncanakan bahwa aspek meningkatkan hasil pembelajar\nlamban akan\nditindaki dan diobservasi "
                 "pada setiap siklus.\n")
    assert unwrap(rewrapped + "\n" + _fill(PARAGRAPHS, 56) + "\n").split("\n")[0] == " ".join(rewrapped.split())


def test_a_link_longer_than_the_width_cut_by_the_wrapper_is_whole_again():
    link = "[#PeringatanDarurat](https://x.com/search?q=%23PeringatanDarurat%20until%3A2024-08-31&src=typed_query)"
    paragraph = f"Di Indonesia, contohnya adalah {link} yang berhasil menggagalkan upaya mengubah undang-undang."
    for width in (50, 60, 72):
        hard = textwrap.fill(paragraph, width) + "\n\n" + _fill(PARAGRAPHS, width) + "\n"
        assert unwrap(hard).split("\n")[0] == paragraph, width


def test_a_hard_wrapped_html_source_keeps_its_words_whole():
    """HTML reads a line break as a space: a hyphen a wrapper left at a line end would read "aksioma- aksioma"."""
    page = ("<html><body><h1>Matematika</h1><p>Matematika terorganisir dari unsur-unsur yang tidak didefinisikan,\n"
            "definisi-definisi, aksioma-\naksioma, dan dalil-dalil. Seorang ahli harus ber-\ntindak teliti.</p>"
            "</body></html>")
    doc = read_document_text(page)
    assert "aksioma-aksioma, dan dalil-dalil" in doc and "harus bertindak teliti" in doc


def read_document_text(page: str) -> str:
    from telusur.documents import html

    doc = html.read(page.encode(), "a.html")
    return " ".join(" ".join(doc.block_text(b) for b in doc.blocks).split())


def test_a_page_number_copied_into_a_txt_between_two_lines_of_a_sentence_is_left_out():
    # Text copied out of a PDF viewer into Notepad: no form feed between pages, the page number a line of its own
    lines = textwrap.fill(PARAGRAPHS[0], 72).split("\n")
    copied = "\n".join(lines[:1] + ["14"] + lines[1:]) + "\n"
    doc = text.read(copied.encode(), "catatan.txt")
    assert [doc.block_text(b) for b in doc.blocks] == [PARAGRAPHS[0]]
