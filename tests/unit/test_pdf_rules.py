"""Rules of the PDF reader no other test held (found by forcing each condition of documents/pdf.py false): pages it
leaves out with their own reason, and rows PDFium gives that hold no glyph."""

import pytest
from pdf_pages import body, canvas_pdf, minimal_pdf

from telusur.documents import pdf


def _shown(y: int, codes: bytes) -> bytes:
    return b"BT /F1 12 Tf 72 %d Td (" % y + codes + b") Tj ET\n"


GOOD = ["Paragraf pertama berakhir di sini.", "Paragraf kedua juga berakhir."]


def test_a_page_with_more_characters_than_the_limit_is_left_out_unread_with_its_reason():
    # the reader never reads that page's glyphs (each costs hundreds of bytes), and says why the page is missing
    dense = [(20, 40 + i * 4, "Helvetica", 2, "a" * 1000) for i in range(41)]
    doc = pdf.read(canvas_pdf([body(GOOD), dense]), "padat.pdf")
    assert doc.warnings == (pdf.TOO_MUCH_TEXT.format(page=2, limit=pdf.MAX_PAGE_CHARS),)
    assert "aaaa" not in doc.text


@pytest.mark.parametrize("unmapped", [bytes(range(1, 27)), bytes(range(0x80, 0x9A))], ids=["C0", "C1"])
def test_a_page_of_glyphs_with_no_unicode_is_left_out_as_unreadable(unmapped):
    # control codes where the letters should be: the page asks for OCR (not the garbled-font warning of a page that
    # has some readable text). C1 too: a font with no encoding showing codes 0x80-0x9F gives C1 controls ("\x93\x94"),
    # no more a character than C0's, which would otherwise be read as spaces
    doc = pdf.read(minimal_pdf([b"".join(_shown(760 - 20 * i, line.encode()) for i, line in enumerate(GOOD)),
                            b"".join(_shown(760 - 20 * i, unmapped) for i in range(3))]), "kode.pdf")
    assert doc.warnings == (pdf.UNREADABLE_TEXT.format(page=2),)
    assert doc.text.split() == " ".join(GOOD).split()


def test_a_line_of_spaces_only_is_read_past():
    # Word exports an empty paragraph as a space on its own line: PDFium gives a row with no glyph box, which the
    # note-reference glue (a row ending in a raised mark) must pass over (nabi-israel and pidana-pembakaran-hutan
    # have such rows)
    doc = pdf.read(canvas_pdf([body([GOOD[0], "   ", GOOD[1]])]), "spasi.pdf")
    assert [doc.block_text(b) for b in doc.blocks] == GOOD


def test_short_lines_side_by_side_are_table_cells_not_headings():
    # an unruled table whose columns PDFium gives one after the other: "Nama Barang" (bold, short, no stop) beside
    # "Jumlah Unit" is a header cell, never a section heading over the rows under it; and cells of a word or three
    # go on with the cells of their rows (cell_fragments), one passage, not a paragraph each
    cells = [(72, 130, "Times-Bold", 12, "Nama Barang"), (72, 148, "Times-Roman", 12, "Lemari Arsip"),
             (72, 166, "Times-Roman", 12, "Meja Kerja"), (300, 134, "Times-Bold", 12, "Jumlah Unit"),
             (300, 152, "Times-Roman", 12, "Dua buah"), (300, 170, "Times-Roman", 12, "Lima buah")]
    page = body([GOOD[0]]) + cells + body([GOOD[1]], top=200)
    doc = pdf.read(canvas_pdf([page]), "sarana.pdf")
    assert [b.kind for b in doc.blocks if b.kind == "heading"] == []
    assert any(all(cell in doc.block_text(b) for *_, cell in cells) for b in doc.blocks)


def test_a_footer_whose_page_number_changes_sides_is_dropped():
    # a journal's footer, its number after the title on odd pages and before it on even ones (nabi-israel's
    # "Al-AdYaN/Vol.VIII, N0.2/Juli-Desember /2013 1" / "2 Al-AdYaN/..."): neither text repeats on every page, the
    # number steps with the pages, so it is page furniture, not a note under the text
    journal = "Al-Adyan/Vol.VIII, No.2/Juli-Desember/2013"
    texts = ["Diplomasi adalah seni berunding antarnegara yang dijalankan oleh para utusan resmi negara.",
             "Negosiasi menjadi alat utama diplomasi modern dalam menyelesaikan sengketa antarnegara.",
             "Perjanjian bilateral mengikat dua negara saja dan tidak berlaku bagi negara lain.",
             "Organisasi regional menampung kepentingan kawasan dan menjaga stabilitas bersama."]
    pages = [body([text]) + [(72, 800, "Times-Roman", 9, f"{journal} {n}" if n % 2 else f"{n} {journal}")]
             for n, text in enumerate(texts, 1)]
    doc = pdf.read(canvas_pdf(pages), "jurnal.pdf")
    assert [doc.block_text(b) for b in doc.blocks] == texts


def test_a_bold_line_going_on_with_the_sentence_above_is_no_heading():
    # nabi-israel's "c) Nabi-Nabi Abad Ketujuh: Nahum, Yeremia, Zefanya," / "Habakuk": the bold item wraps, and its
    # last word, short, capitalised and without a stop, stands on the next line at the line's pitch
    title = "Times-Bold"
    page = body([GOOD[0]]) + [(72, 130, title, 12, "c) Nabi-Nabi Abad Ketujuh: Nahum, Yeremia, Zefanya,"),
                              (72, 148, title, 12, "Habakuk")] + body([GOOD[1]], top=172)
    doc = pdf.read(canvas_pdf([page]), "nabi.pdf")
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("paragraph", GOOD[0]), ("item", "c) Nabi-Nabi Abad Ketujuh: Nahum, Yeremia, Zefanya, Habakuk"),
        ("paragraph", GOOD[1])]


@pytest.mark.parametrize("head", ["DAFTAR PUSTAKA", "BAB II"])
def test_a_chapter_or_the_reference_list_is_a_top_section_not_one_under_the_title(head):
    # pidana-pembakaran-hutan and sengketa-ambalat: an article's title over "I. PENDAHULUAN" ... "DAFTAR PUSTAKA":
    # the list (and a chapter, "BAB II") is a section of its own, not the title's subsection
    title = "PENEGAKAN HUKUM LINGKUNGAN HIDUP"
    text = body(["Kebakaran hutan merusak lingkungan hidup dan merugikan masyarakat (Hamzah, 2004)."], top=140)
    entry = body(["Hamzah, Andi, 2004, Asas-Asas Hukum Pidana, Rineka Cipta, Jakarta."], top=200)
    page = [(150, 80, "Times-Bold", 14, title), (72, 120, "Times-Bold", 12, "I. PENDAHULUAN")] + text + [
        (72, 180, "Times-Bold", 12, head)] + entry
    doc = pdf.read(canvas_pdf([page]), "pidana.pdf")
    assert [b.location.section for b in doc.blocks][2:] == [("PENEGAKAN HUKUM LINGKUNGAN HIDUP", "I. PENDAHULUAN"),
                                                            (), (head,)]


def test_two_bold_lines_a_blank_apart_are_two_headings():
    # pidana-pembakaran-hutan's bold lines 50 points apart ("Kata Kunci : ..." and "Abstract" there; keywords are no
    # heading since READERS 136): a heading goes on over the next line only at the heading's pitch, not across the
    # blank between two of them
    page = [(72, 100, "Times-Bold", 12, "Tindak Pidana Pembakaran Hutan dan Lahan"),
            (72, 150, "Times-Bold", 12, "Abstract")] + body([GOOD[0]], top=170)
    doc = pdf.read(canvas_pdf([page]), "pidana.pdf")
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("heading", "Tindak Pidana Pembakaran Hutan dan Lahan"), ("heading", "Abstract"), ("paragraph", GOOD[0])]


def test_a_marker_line_after_an_item_without_a_stop_starts_the_next_item():
    # sarana-prasarana-kantor's "a. ..." / "b. ..." / "c. Sebagai media dalam suatu kegiatan": items without stops,
    # each a line of its own at the list's margin, are three items, not one running on
    items = ["a. Sebagai tempat menyimpan arsip kantor", "b. Sebagai alat bantu kerja pegawai",
             "c. Sebagai media dalam suatu kegiatan"]
    page = body(["Fungsi furnitur kantor adalah sebagai berikut:"] + items) + body([GOOD[1]], top=190)
    doc = pdf.read(canvas_pdf([page]), "sarana.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "item"] == items


def test_a_sentence_left_open_at_a_page_foot_goes_on_before_a_capital():
    # iklim-organisasi-stres-kerja's "... berada di kawasan" / (next page) "Menteng Jakarta Pusat, ...": a sentence
    # open at the page break goes on, though the next page opens with a name's capital
    first = ["Penelitian ini dilakukan pada kantor pusat sebuah perusahaan jasa yang", "berada di kawasan"]
    second = ["Menteng Jakarta Pusat, berjumlah lima puluh karyawan tetap.", "Data dikumpulkan dengan angket tertutup."]
    doc = pdf.read(canvas_pdf([body(first, top=700), body(second, top=72)]), "iklim.pdf")
    assert [doc.block_text(b) for b in doc.blocks] == [" ".join(first + second)]


def test_a_pages_note_follows_the_paragraph_it_ends_with_not_the_document():
    # nabi-israel, pidana-pembakaran-hutan, sengketa-ambalat: a page's footnotes are read after the paragraph the
    # page ends with (a passage near the note's mark), not gathered at the end of the document
    first = ["Tugas pokok seorang nabi adalah mengingatkan bangsanya akan perjanjian dengan",
             "Tuhan yang telah dilupakan oleh para pemimpin bangsa itu."]
    note = "1 Leon J. Wood, Nabi-Nabi Israel (Malang: Gandum Mas, 2005), hlm. 13."
    second = ["Sejarah para nabi terbagi menjadi beberapa periode yang jelas dan masing-masing",
              "periode menuntut pesan kenabian yang berbeda pula."]
    page1 = body(first) + [(484, 112, "Times-Roman", 7, "1"), (72, 760, "Times-Roman", 9, note)]
    doc = pdf.read(canvas_pdf([page1, body(second)]), "nabi.pdf")
    assert [b.kind for b in doc.blocks] == ["paragraph", "footnote", "paragraph"]
    assert doc.block_text(doc.blocks[1]) == note


def test_an_items_title_over_its_text_keeps_its_own_line():
    # sarana-prasarana-kantor-bab2's "2. Fungsi Furniture Kantor" over "Beberapa fungsi ...": in a list of titled
    # items the title stays a line of its own in the item's text (a title is told from its text by that line)
    items = [("1. Pengertian Furniture Kantor", ["Furniture kantor adalah perabot yang dipakai pegawai untuk bekerja",
                                                "setiap hari di ruang kantor."]),
             ("2. Fungsi Furniture Kantor", ["Beberapa fungsi dari furniture kantor dapat dijabarkan sebagai berikut",
                                            "dengan penjelasan singkat."])]
    page = body([GOOD[0]])
    for k, (title, text) in enumerate(items):
        page += [(72, 130 + 60 * k, "Times-Roman", 12, title)] + body(text, top=148 + 60 * k, x=86)
    doc = pdf.read(canvas_pdf([page]), "sarana.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "item"] == [
        f"{title}\n{' '.join(text)}" for title, text in items]


def _read_good_lines_and(codes: bytes, name: str) -> pdf.Document:
    """A page of GOOD three times in the good font, then one line of `codes` (escaped for a PDF string) in font F2,
    read."""
    good = b"".join(_shown(760 - 20 * i, line.encode()) for i, line in enumerate(GOOD * 3))
    return pdf.read(minimal_pdf([good + b"BT /F2 12 Tf 72 600 Td (" + codes + b") Tj ET\n"]), name)


def test_a_font_showing_c1_control_codes_among_letters_is_left_out():
    # the same codes mixed into a line of letters in their own font: the font is garbled (its glyphs left out with
    # the page's warning), not letters and spaces read as a sentence
    garbled = b"tulisan\x81yang\x82rusak\x83di\x84sini"
    doc = _read_good_lines_and(garbled, "kode.pdf")
    assert "tulisan" in pdf.read(minimal_pdf([b"BT /F2 12 Tf 72 600 Td (tulisan yang baik) Tj ET\n"]), "baik.pdf").text
    assert "tulisan" not in doc.text
    assert doc.text.split() == " ".join(GOOD * 3).split()
    assert doc.warnings == (pdf.GARBLED_TEXT.format(pages="1", count=len(garbled)),)


def test_a_line_in_another_type_size_at_the_lines_pitch_ends_the_paragraph():
    # a paragraph whose last line is full and ends no sentence ("... menurut Pasal 69 ayat (2) yang berbunyi"), then
    # the article quoted in smaller type right under it at the text's pitch: the quotation is its own block
    text = ["Pembukaan lahan dengan cara membakar dilarang, tetapi undang-undang membuat pengecualian",
            "bagi masyarakat hukum adat sebagaimana diatur dalam Pasal 69 ayat (2) yang berbunyi"]
    quote = "Ketentuan sebagaimana dimaksud pada ayat (1) huruf h memperhatikan kearifan lokal."
    page = body(text) + [(72, 134, "Times-Roman", 9, quote)] + body([GOOD[1]], top=170)
    doc = pdf.read(canvas_pdf([page]), "pidana.pdf")
    assert [doc.block_text(b) for b in doc.blocks] == [" ".join(text), quote, GOOD[1]]


@pytest.mark.parametrize("x", [72, 120], ids=["back-left-of-the-marker", "indented-past-its-text"])
def test_a_line_left_of_an_items_marker_or_indented_past_its_text_ends_the_item(x):
    # sarana-prasarana-kantor, nabi-israel: an item wrapping under its marker, its last line full and ending no
    # sentence, then the text after the list at the page's margin (or a paragraph's first-line indent): the item has
    # ended there, though nothing in the words says so
    item = ["a. Lemari arsip dipakai untuk menyimpan berkas kantor yang masih aktif digunakan oleh",
            "pegawai dan yang sudah lama tidak dipakai tetapi harus tetap disimpan menurut aturan yang"]
    after = "Perabot kantor yang lain dipilih menurut luas ruangan dan jumlah pegawainya."
    page = body([GOOD[0]]) + body(item, top=118, x=90) + [(x, 154, "Times-Roman", 12, after)]
    doc = pdf.read(canvas_pdf([page]), "sarana.pdf")
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("paragraph", GOOD[0]), ("item", " ".join(item)), ("paragraph", after)]


def test_a_titled_items_text_wrapping_back_under_its_marker_goes_on():
    # Pantana-smarthome's "a. General Purpose Computing" over "Perlu diingat bahwa ... dan" (under the title's text)
    # / "memang pada faktanya ..." (back under the marker): the title's item goes on; the rule that a line back at
    # the marker is no longer the item's (a list whose items wrap under their text) looks at the text's own lines
    title = "a. General Purpose Computing"
    text = [(104, "Perlu diingat bahwa Raspberry Pi adalah sebuah komputer dan"),
            (90, "memang pada faktanya dapat digunakan sebagai sebuah komputer pribadi di rumah."),
            (90, "Perangkat ini dapat menjalankan peramban web dan aplikasi kantor sehari-hari.")]
    page = body([GOOD[0]]) + [(90, 118, "Times-Roman", 12, title)] + [
        (x, 136 + 18 * k, "Times-Roman", 12, line) for k, (x, line) in enumerate(text)]
    doc = pdf.read(canvas_pdf([page]), "pantana.pdf")
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("paragraph", GOOD[0]), ("item", title + "\n" + " ".join(line for _, line in text))]


@pytest.mark.parametrize("code", [b"\xd8", b"\xa7"], ids=["arrow", "square"])
def test_a_line_opening_with_a_bullet_glyph_of_a_symbol_font_is_an_item(code):
    # Word's arrow and square bullets (Wingdings 0xD8, 0xA7; Pantana-smarthome's are a symbol font's 0xB7): a line
    # opening with the glyph and a space is a list item whose marker is a bullet, though no marker pattern of the
    # text knows the glyph
    lines = [b"Sistem kendali terbagi menjadi dua jenis berikut ini:", code, b"Sistem Kendali Loop Terbuka", code,
             b"Sistem Kendali Loop Tertutup"]
    stream = _shown(760, lines[0]) + b"".join(
        b"BT 72 %d Td /F3 12 Tf (%s) Tj /F1 12 Tf ( %s) Tj ET\n" % (740 - 20 * k, lines[1 + 2 * k], lines[2 + 2 * k])
        for k in range(2))
    doc = pdf.read(minimal_pdf([stream], symbol_fonts=("Wingdings-Regular",)), "pantana.pdf")
    assert [(b.kind, b.marker, doc.block_text(b)) for b in doc.blocks][1:] == [
        ("item", "•", "• Sistem Kendali Loop Terbuka"), ("item", "•", "• Sistem Kendali Loop Tertutup")]


# nabi-israel's "d) Nabi-Nabi Masa Pembuangan: Daniel dan Yehezkiel" (bold, no stop, at the foot of a page) over
# "Meskipun profesi Daniel ..." (regular, at a first-line indent, on the next page): the title ends there, as the
# same list's "c) ... Habakuk" does over its text on one page, though its line is too full to call short. A paragraph
# whose last line at the foot is bold words inside its sentence goes on.
@pytest.mark.parametrize("case", ["title ends", "bold words in a paragraph go on"])
def test_a_bold_items_title_at_a_page_foot_does_not_run_into_the_next_pages_paragraph(case):
    opening = ["Meskipun profesi Daniel yang sesungguhnya bukan nabi, dia"]
    first = ["Habakuk juga tidak menunjukkan tahun nubuatnya secara persis,",
             "namun jelas tersirat dalam bab pertama kitabnya bahwa serangan",
             "bangsa Babilonia belum terjadi pada masa itu menurut kitabnya."]
    foot = "d) Nabi-Nabi Masa Pembuangan: Daniel dan Yehezkiel"
    if case.startswith("bold words"):
        first, foot = first[:2], "Pembuangan Daniel dan Yehezkiel ke Babilonia Nebukadnezar"
    rest = ["adalah seorang pejabat di istana Raja Babilonia, tetapi dia terhitung",
            "sebagai nabi karena Tuhan memberinya penglihatan tentang masa depan."]
    below = 14 if case.startswith("bold words") else 24  # in the paragraph, or the list's next item
    page1 = body(first, top=700, x=85, pitch=14) + [(85, 686 + 14 * len(first) + below, "Times-Bold", 12, foot)]
    page2 = [(128, 80, "Times-Roman", 12, opening[0])] + body(rest, top=94, x=85, pitch=14)
    doc = pdf.read(canvas_pdf([page1, page2]), "nabi.pdf")
    texts = [doc.block_text(b) for b in doc.blocks]
    if case.startswith("bold words"):
        assert texts == [" ".join(first + [foot] + opening + rest)]
    else:
        assert texts == [" ".join(first), foot, " ".join(opening + rest)]



def _shifted(text: str, by: int) -> bytes:
    """text as a font whose codes are shifted by a constant shows it (a subset font without a Unicode map numbers its
    glyphs from the space as 3: "dan" shows as "GDQ", the space as a control code), escaped for a PDF string."""
    codes = bytes(ord(c) - by for c in text)
    return codes.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def test_a_font_whose_codes_are_shifted_by_a_constant_is_read_back():
    # nabi-israel's Times New Roman subset: "Musa, Miryam dan Debora dapat disebut nabi" then "kdq d gdodp duwl
    # orqjjdu" in pdftotext's reading of it; its glyphs were left out, cutting the sentence. Read back as what it
    # says, nothing is left out and no warning is given
    line = "Musa, Miryam dan Debora dapat disebut nabi hanya dalam arti yang longgar."
    doc = _read_good_lines_and(_shifted(line, 29), "nabi.pdf")
    assert line in doc.text
    assert doc.warnings == ()


def test_a_shifted_fonts_codes_that_fall_on_white_space_are_read_back_too():
    # shifted by 29, '(' ')' '9' ':' '&' and the apostrophe are shown as codes PDFium would take for white space
    # (0x0B, 0x0C, 0x1C, 0x1D, 0x09, 0x0A): read as spaces, a citation in that font lost its parentheses and its 9s
    # ("Soekanto 1 0 72"), and the apostrophe cut the line
    line = "Menurut Soekanto (1990: 72) masyarakat & negara ialah kesatuan hidup manusia yang ber'interaksi."
    doc = _read_good_lines_and(_shifted(line, 29), "nabi.pdf")
    assert line in doc.text
    assert doc.warnings == ()


def test_a_tab_shown_in_a_good_font_is_still_a_space():
    # the codes kept for a shifted font are white space in any other: a tab between a number and its title
    doc = pdf.read(minimal_pdf([b"".join(_shown(760 - 20 * i, text.encode()) for i, text in enumerate(GOOD * 3))
                                + _shown(600, b"Bab\t1\tPendahuluan dan\tlatar belakang")]), "tab.pdf")
    assert "Bab 1 Pendahuluan dan latar belakang" in doc.text
    assert doc.warnings == ()


def _numbered_by_first_use(text: str) -> bytes:
    """text as a subset font numbering its glyphs 1, 2, 3 ... in the order the text first uses them shows it (no
    constant takes the codes back to the characters), escaped for a PDF string."""
    order: dict[str, int] = {}
    codes = bytes(order.setdefault(c, len(order) + 1) for c in text)
    return codes.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def test_a_garbled_font_no_constant_reads_back_is_still_left_out():
    # the commonest control code is taken for the space, but shifted by as much these codes give signs and digits,
    # not words: the font is left out with its warning, never read back as "!\"#$%&'()*" garbage
    line = "Musa, Miryam dan Debora dapat disebut nabi hanya dalam arti yang longgar dan luas sekali."
    doc = _read_good_lines_and(_numbered_by_first_use(line), "acak.pdf")
    assert doc.text.split() == " ".join(GOOD * 3).split()
    assert len(doc.warnings) == 1
    # ... nor a shifted font whose letters make no words: no vowels, as no Indonesian or English text writes
    signs = "Xq Zk Bxt Pvr Hjk Ncd Wqz Brr Kst Mpl Vxz Trk Gfh Lmn"
    doc = _read_good_lines_and(_shifted(signs, 29), "acak.pdf")
    assert doc.text.split() == " ".join(GOOD * 3).split()
    assert len(doc.warnings) == 1


def test_a_shifted_font_read_back_mostly_as_digits_and_signs_is_still_left_out():
    # _shift_back's letter share (SHIFTED_LETTERS): a run of numbers shifted by 29 has its space as the commonest
    # control code and 23 letters with a vowel share as prose has, but letters and spaces are under half its glyphs:
    # not language, so the font stays left out with its warning (the vowel share alone would read it back)
    line = "Nilai rata-rata ujian kelas: 61,25 72,50 83,75 64,00 75,25 86,50 67,75 78,00"
    doc = _read_good_lines_and(_shifted(line, 29), "angka.pdf")
    assert doc.text.split() == " ".join(GOOD * 3).split()
    assert len(doc.warnings) == 1


def test_a_mark_the_shift_cannot_read_keeps_the_words_either_side_apart():
    # nabi-israel's shifted font shows its curly quotes and its ellipsis outside the codes the shift reads back: left
    # out, they glued the words they stood between, within the font ("abdi Allah”yang" -> "Allahyang") and where
    # another font's word meets the font's run ("Nabi-Nabi Israel" in italic, then "…hlm. 180." -> "Israelhlm.").
    # A number is a word too ("Ulangan 18”ayat"). Where the letters either side make one known word, it stays one
    # ("Qur’an" -> "Quran", not "Qur an")
    def shifted(*pieces: str) -> bytes:  # "|" a mark the shift cannot read (0xA5, the yen sign read back by 29)
        return b"\xa5".join(_shifted(piece, 29) for piece in "".join(pieces).split("|"))

    prose = shifted("seorang nabi yang hanya disebut |abdi Allah|yang dikirim ke utara, ",
                    "dan membaca Qur|an |Ulangan 18|ayat 15.")
    stream = b"".join(_shown(760 - 20 * i, text.encode()) for i, text in enumerate(GOOD * 3)) \
        + b"BT /F2 12 Tf 72 600 Td (" + prose + b") Tj ET\n" \
        + b"BT /F1 10 Tf 72 580 Td (Leon J. Wood, Nabi-Nabi Israel) Tj " \
        + b"/F2 10 Tf (" + shifted("|hlm. 180.") + b") Tj ET\n"
    doc = pdf.read(minimal_pdf([stream]), "nabi.pdf")
    assert "disebut abdi Allah yang dikirim ke utara, dan membaca Quran Ulangan 18 ayat 15." in doc.text
    assert "Leon J. Wood, Nabi-Nabi Israel hlm. 180." in doc.text


def test_a_shifted_fonts_short_run_is_read_back_by_the_shift_the_document_found_for_it():
    # nabi-israel's shifted font shows a footnote's "hlm. 176." alone on its page: too few letters there to tell its
    # shift, so it was left out. The shift is decided once a font a document, on the page that shows enough of its
    # text: a short run on a page after that one, or before it, is read back by it. A line of mostly numbers that
    # shows enough letters to be judged (the guard: not language) is still left out with the warning
    good = b"".join(_shown(760 - 20 * i, text.encode()) for i, text in enumerate(GOOD * 3))
    prose = "Musa, Miryam dan Debora dapat disebut nabi hanya dalam arti yang longgar."
    table = "Nilai rata-rata ujian kelas: 61,25 72,50 83,75 64,00 75,25 86,50 67,75 78,00"

    def page(line: str, *shown: bytes) -> bytes:
        return good + b"".join(shown) + b"BT /F2 12 Tf 72 580 Td (" + _shifted(line, 29) + b") Tj ET\n"

    note = _shown(600, b"Leon J. Wood, Nabi-Nabi Israel,")
    doc = pdf.read(minimal_pdf([page("hlm. 176. ", note), page(prose), page("(1990: 72).", note), page(table)]),
                   "nabi.pdf")
    assert "Nabi-Nabi Israel, hlm. 176." in doc.text
    assert prose in doc.text
    assert "Nabi-Nabi Israel, (1990: 72)." in doc.text
    assert "61,25" not in doc.text
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("hlm. 4:")
