"""Kinds the format-parity test (test_format_parity.py) found in the PDF reader, each on a page drawn by hand."""

from pdf_pages import canvas_pdf

from telusur.documents import pdf

WORDS = ("siswa guru kelas kelompok diskusi tugas nilai tes siklus tahap data hasil rencana lembar catatan sekolah "
         "ruang waktu materi soal").split()


def _line(n: int, words: int = 10) -> str:
    """A line of running text of its own (no two alike)."""
    return " ".join(WORDS[(n * 7 + k * (n % 5 + 1)) % len(WORDS)] for k in range(words))


def test_lines_of_running_text_at_two_pages_feet_that_share_most_words_are_kept():
    # "... wawancara membandingkan hasil setiap siklus dengan kriteria ketuntasan" at page 1's foot and "...
    # kuantitatif membandingkan ..." at page 3's, each going on over the page: nearly equal, at one place, but in
    # the text's own leading, no OCR'd footer set apart from it. Both stay.
    feet = {0: "wawancara membandingkan hasil setiap siklus dengan kriteria ketuntasan",
            2: "kuantitatif membandingkan hasil setiap siklus dengan kriteria ketuntasan"}
    pages = []
    for p in range(4):
        lines = [_line(p * 40 + k) for k in range(30)]
        if p in feet:
            lines[-1] = feet[p]
        pages.append([(72, 100 + 18 * k, "Times-Roman", 12, text) for k, text in enumerate(lines)])
    doc = pdf.read(canvas_pdf(pages), "siklus.pdf")
    assert [text for text in feet.values() if text not in " ".join(doc.text.split())] == []


def test_reference_entries_in_a_right_column_start_at_that_columns_edge():
    # a journal's "Daftar Pustaka" in the right column, each entry with a hanging indent: an entry is a line back at
    # the column's left edge, not at the page's
    left = [(56, 100 + 12 * k, "Times-Roman", 10, _line(k, 8)) for k in range(16)]
    right = [(315, 100 + 12 * k, "Times-Roman", 10, _line(50 + k, 8)) for k in range(6)]
    right[-1] = (315, 160, "Times-Roman", 10, "kelompok dan ruang kelas tambahan.")
    entries = [(315, 190, "Arikunto, S. (2010). Prosedur Penelitian: Suatu"),
               (350, 202, "Pendekatan Praktik. Jakarta: Rineka Cipta."),
               (315, 214, "Slavin, R. E. (2005). Cooperative Learning: Teori,"),
               (350, 226, "Riset dan Praktik. Bandung: Nusa Media.")]
    right += [(315, 176, "Times-Bold", 10, "Daftar Pustaka")] + [(x, y, "Times-Roman", 10, t) for x, y, t in entries]
    doc = pdf.read(canvas_pdf([left + right]), "jurnal.pdf")
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "reference"] == [
        "Arikunto, S. (2010). Prosedur Penelitian: Suatu Pendekatan Praktik. Jakarta: Rineka Cipta.",
        "Slavin, R. E. (2005). Cooperative Learning: Teori, Riset dan Praktik. Bandung: Nusa Media."]


def _wrapped(text: str, width: float, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for word in text.split():
        if line and stringWidth(f"{line} {word}", "Helvetica", size) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def _ragged_pages(paragraphs: list[str], width: float = 400, top: float = 100, pitch: float = 14,
                  after: float = 8, bottom: float = 740, size: float = 11, tight=()) -> list[list]:
    """Paragraphs as Word's Normal style sets them: left-aligned (ragged right), no first-line indent, `after`
    points between paragraphs (none before those whose index is in tight); a line wraps where its next word does
    not fit; a new page past bottom."""
    pages, y = [[]], top
    for n, text in enumerate(paragraphs):
        y -= after if n in tight else 0
        for k, line in enumerate(_wrapped(text, width, size)):
            if k:
                y += pitch
                if y > bottom:
                    pages.append([])
                    y = top
            pages[-1].append((72, y, "Helvetica", size, line))
        y += pitch + after
        if y > bottom:
            pages.append([])
            y = top
    return pages


def _justified_pdf(pages: list[list[str]], width: float = 400, pitch: float = 14, after: float = 8,
                   size: float = 11) -> bytes:
    """Pages of paragraphs set justified (every line of a paragraph but its last spread to the margin by word
    spacing), no first-line indent, `after` points between paragraphs; a paragraph given as a list of lines is the
    part of one going on over the page: all its lines spread, no space after it."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for paragraphs in pages:
        y = 100
        for text in paragraphs:
            part = isinstance(text, list)
            lines = text if part else _wrapped(text, width, size)
            for k, line in enumerate(lines):
                spaces = line.count(" ")
                t = c.beginText(72, A4[1] - y)
                t.setFont("Helvetica", size)
                spread = (part or k < len(lines) - 1) and spaces
                # (word spacing is text state: it holds from one text object to the next unless set again)
                t.setWordSpace((width - stringWidth(line, "Helvetica", size)) / spaces if spread else 0)
                t.textLine(line)
                c.drawText(t)
                y += pitch
            y += after
        c.showPage()
    c.save()
    return out.getvalue()


LONG = ["Pertanggungjawabannya", "Pengorganisasiannya", "Ketidakseimbangan", "Memperhitungkan"]


def _sentences(n: int, start: int) -> str:
    """Sentences opening with a long word: a line ending a sentence before one falls well short of the margin."""
    return " ".join(f"{LONG[(start + k) % len(LONG)]} {_line(start + k, 4 + (start + k) % 7)}." for k in range(n))


def test_ragged_text_whose_paragraphs_are_set_apart_by_space_keeps_a_sentence_ending_at_a_line_end():
    # Word's Normal style exported to PDF: a line of a paragraph may end with its sentence and fall short (ragged
    # right), the next sentence under it at the leading: the paragraph goes on; it ends where the space is
    paragraphs = [_sentences(4 + k % 5, 13 * k) for k in range(14)]
    pages = _ragged_pages(paragraphs)
    assert len(pages) >= 2
    doc = pdf.read(canvas_pdf(pages), "word.pdf")
    assert [" ".join(doc.block_text(b).split()) for b in doc.blocks] == paragraphs
    # over a page break there is no space to see: a sentence ending the page's last line goes on when the next
    # page's first word would not have fitted on it (as above: "... rencana." / "Ketidakseimbangan ..."), and a
    # paragraph ending the page on a short line ends there
    assert pages[0][-1][4].endswith(".") and not any(p.endswith(pages[0][-1][4]) for p in paragraphs)
    ended = _ragged_pages(paragraphs[:6])[0]
    doc = pdf.read(canvas_pdf([ended, _ragged_pages(paragraphs[6:9])[0]]), "word.pdf")
    assert [" ".join(doc.block_text(b).split()) for b in doc.blocks] == paragraphs[:9]
    # a line set under a paragraph without the space (a formula, "Q² = 1 – 0,3105"), its first word fitting on the
    # paragraph's last line, stands apart
    before = _sentences(3, 110)  # its last line ends at 71% of the measure: short, but not too short to go on
    formula = paragraphs[:4] + [before, "Q = 1 - (0,675)(0,460)"] + paragraphs[4:8]
    doc = pdf.read(canvas_pdf(_ragged_pages(formula, tight={5})), "word.pdf")
    assert [" ".join(doc.block_text(b).split()) for b in doc.blocks] == formula


def test_a_list_going_on_at_the_top_of_the_next_column_keeps_its_items_level():
    # a two-column page: a bulleted list opens at the left column's foot and goes on at the right column's top, its
    # markers 12 points in from each column's edge; an item under an item, 12 points further in, is one level down
    left = [(56, 100 + 12 * k, "Times-Roman", 10, _line(k, 8)) for k in range(12)]
    items = [(68, 256, "• " + _line(20, 7)), (68, 268, "• " + _line(21, 7))]
    right = [(327, 100, "• " + _line(22, 7)), (339, 112, "– " + _line(23, 6)), (327, 124, "• " + _line(24, 7))]
    after = [(315, 148 + 12 * k, "Times-Roman", 10, _line(30 + k, 8)) for k in range(10)]
    page = left + [(x, y, "Times-Roman", 10, t) for x, y, t in items + right] + after
    doc = pdf.read(canvas_pdf([page]), "kolom.pdf")
    assert [b.level for b in doc.blocks if b.kind == "item"] == [0, 0, 0, 1, 0]


def test_justified_text_set_apart_by_space_ends_a_paragraph_at_a_pages_foot_on_its_unspread_line():
    # justified, 8 pt after each paragraph: a paragraph whose last line (96% of the measure, the next page's long
    # first word would not have fitted) ends the page ends there, for it is not spread; a sentence ending on a
    # spread line at the foot goes on at the next page
    filler = [_sentences(3, 60 + k) for k in range(4)]
    ending = _sentences(3, 208)
    going = _wrapped(_sentences(5, 301), 400, 11)
    cut = next(k for k, line in enumerate(going) if line.endswith(".") and k < len(going) - 1) + 1
    pages = [filler + [ending], [_sentences(3, 90), going[:cut]], [" ".join(going[cut:])] + filler[:2]]
    doc = pdf.read(_justified_pdf(pages), "rata.pdf")
    assert [" ".join(doc.block_text(b).split()) for b in doc.blocks] == \
        filler + [ending, _sentences(3, 90), _sentences(5, 301)] + filler[:2]


def test_an_items_title_at_a_page_foot_ends_where_the_next_page_opens_at_the_margin():
    # Word's Normal style exported (no first-line indent): "d. Refleksi Hasil", a list's title set in from the
    # margin, is a page's last line; its paragraph opens the next page at the margin, left of the item's marker. The
    # title ends there, as it does when the next page opens at a first-line indent (rule 93).
    page1 = [(72, 100 + 18 * k, "Times-Roman", 12, _line(k)) for k in range(30)]
    page1[-1] = (72, 100 + 18 * 29, "Times-Roman", 12, "dalam dua siklus yang masing-masing terdiri atas empat.")
    page1.append((90, 100 + 18 * 30 + 6, "Times-Roman", 12, "d. Refleksi Hasil"))
    page2 = [(72, 100 + 18 * k, "Times-Roman", 12, ("Dukungan kepala sekolah " if k == 0 else "") + _line(60 + k))
             for k in range(12)]
    doc = pdf.read(canvas_pdf([page1, page2]), "tahapan.pdf")
    title = next(b for b in doc.blocks if doc.block_text(b).startswith("d. Refleksi"))
    assert (title.kind, doc.block_text(title)) == ("item", "d. Refleksi Hasil")


def test_an_items_title_at_the_margin_over_its_text_goes_on_over_a_page_as_within_one():
    # a list set at the page's margin (its markers where the paragraphs start): "1. Russefendi (1988 : 23)" over its
    # text, the text back at the margin, is one item on one page (a title over its text); the title a page's last
    # line and its text on the next page's top is the same one item. The title is not set in from its page's margin
    # (58438ed's clause asks that), so the next page opening at the margin says nothing about where it ends.
    page1 = [(72, 100 + 18 * k, "Times-Roman", 12, _line(k)) for k in range(30)]
    page1[-1] = (72, 100 + 18 * 29, "Times-Roman", 12, "dalam dua siklus yang masing-masing terdiri atas empat.")
    page1.append((72, 100 + 18 * 30 + 6, "Times-Roman", 12, "1. Russefendi (1988 : 23)"))
    text = ["Matematika terorganisir dari unsur-unsur yang tidak didefinisikan,",
            "aksioma dan dalil yang dibuktikan kebenarannya secara deduktif."]
    page2 = [(72, 100 + 18 * k, "Times-Roman", 12, t) for k, t in enumerate(
        text + ["2. James dan James (1976)", "Matematika adalah ilmu tentang logika mengenai bentuk dan susunan."]
        + [_line(60 + k) for k in range(8)])]
    doc = pdf.read(canvas_pdf([page1, page2]), "matematika.pdf")
    items = [" ".join(doc.block_text(b).split()) for b in doc.blocks if b.kind == "item"]
    assert items[0] == "1. Russefendi (1988 : 23) " + " ".join(text)


def _spread_pdf(lines: list[tuple[float, str, bool]], right: float = 472, pitch: float = 18, size: float = 12) -> bytes:
    """One page of (x, text, spread) lines under each other, a spread line's words spaced out to the right edge."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for k, (x, text, spread) in enumerate(lines):
        t = c.beginText(x, A4[1] - 100 - pitch * k)
        t.setFont("Times-Roman", size)
        spaces = text.count(" ")
        t.setWordSpace((right - x - stringWidth(text, "Times-Roman", size)) / spaces if spread and spaces else 0)
        t.textLine(text)
        c.drawText(t)
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_paragraph_indented_where_the_items_text_stands_ends_the_list_when_its_next_line_is_back_at_the_margin():
    # a skripsi: a list's text 1.2 cm in (its marker at 0.6 cm), a paragraph's first line indented 1.25 cm; the last
    # item's last line ends its sentence near the right edge, and the paragraph under it opens at the item's text x.
    # Its next line, back at the margin left of the marker, shows it is a paragraph's first line, not the item's.
    body = [_line(k, 13) for k in range(4)]
    lines = [(72, body[0], True), (72, body[1] + " berikut:", False),
             (89, "1. " + _line(10, 12), True), (106, _line(11, 12) + ".", False),
             (89, "2. " + _line(12, 12), True), (106, _line(13, 12) + " sehari-hari.", True),
             (107, "Kepatuhan " + _line(14, 11), True), (72, _line(15, 12) + ".", False)]
    doc = pdf.read(_spread_pdf(lines), "daftar.pdf")
    assert [(b.kind, doc.block_text(b).split()[0]) for b in doc.blocks] == [
        ("paragraph", body[0].split()[0]), ("item", "1."), ("item", "2."), ("paragraph", "Kepatuhan")]


def test_a_nested_list_going_on_at_the_next_pages_left_column_keeps_its_levels():
    # a journal's first page: its title block's author line stands left of the right column's margin (centred over
    # the page); a list in the right column, an item under an item 12 points further in, goes on at the next page's
    # left column. The levels are measured from each column's margin, not from its leftmost line.
    title = [(150, 60, "Times-Bold", 12, "Pembelajaran Kooperatif di Sekolah Dasar"),
             (200, 76, "Times-Roman", 10, "Ahmad Fauzi"), (300, 76, "Times-Roman", 10, ", Siti Rahmawati")]
    left = [(56, 110 + 12 * k, "Times-Roman", 10, _line(k, 8)) for k in range(40)]
    right = [(315, 110 + 12 * k, "Times-Roman", 10, _line(50 + k, 8)) for k in range(34)]
    right[-1] = (315, 110 + 12 * 33, "Times-Roman", 10, "tahapannya sebagai berikut:")
    items = [(327, "1. " + _line(90, 6)), (327, "2. " + _line(91, 6)), (339, "• " + _line(92, 6))]
    right += [(x, 110 + 12 * (34 + k), "Times-Roman", 10, t) for k, (x, t) in enumerate(items)]
    page2 = [(80, 100, "Times-Roman", 10, "• " + _line(93, 6)), (68, 112, "Times-Roman", 10, "3. " + _line(94, 6))]
    page2 += [(56, 136 + 12 * k, "Times-Roman", 10, _line(100 + k, 8)) for k in range(30)]
    page2 += [(315, 100 + 12 * k, "Times-Roman", 10, _line(140 + k, 8)) for k in range(30)]
    doc = pdf.read(canvas_pdf([title + left + right, page2]), "jurnal.pdf")
    assert [(doc.block_text(b)[:1], b.level) for b in doc.blocks if b.kind == "item"] == [
        ("1", 0), ("2", 0), ("•", 1), ("•", 1), ("3", 0)]


def _lines_pdf(pages: list[list[tuple[float, str, bool]]], right: float = 472, pitch: float = 14,
               size: float = 11) -> bytes:
    """Pages of (x, text, spread) lines at the leading, in Helvetica; a spread line is justified to right."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for lines in pages:
        for k, (x, line, spread) in enumerate(lines):
            t = c.beginText(x, A4[1] - 100 - pitch * k)
            t.setFont("Helvetica", size)
            gap = (right - x - stringWidth(line, "Helvetica", size)) / line.count(" ") if spread else 0
            t.setWordSpace(gap)
            t.textLine(line)
            c.drawText(t)
        c.showPage()
    c.save()
    return out.getvalue()


def test_an_items_title_at_a_page_foot_ends_where_the_next_page_opens_indented_to_the_items_text():
    # justified, paragraphs at a first-line indent as deep as a list's text (LibreOffice's two columns, rule 98):
    # "a. Perencanaan ..." is a page's last line, too near the margin for the next page's long first word, and its
    # paragraph opens the next page at the item's text, its next line back at the margin. The title ends there, as a
    # title with room for that word does, and as one whose paragraph stands below it on the same page does.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    body = _wrapped(_sentences(6, 7), 400, 11)
    title = "a. Perencanaan dan Pelaksanaan Tindakan Kelas pada Siklus"
    text_x = 90 + stringWidth("a. ", "Helvetica", 11)
    opening = _wrapped(_sentences(5, 21), 472 - text_x, 11)[0]
    rest = _wrapped(_sentences(5, 21)[len(opening) + 1:], 400, 11)
    page1 = [(72, line, k < len(body) - 1) for k, line in enumerate(body)] + [(90, title, False)]
    page2 = [(text_x, opening, True)] + [(72, line, k < len(rest) - 1) for k, line in enumerate(rest)]
    doc = pdf.read(_lines_pdf([page1, page2]), "siklus.pdf")
    item = next(b for b in doc.blocks if b.kind == "item")
    assert doc.block_text(item) == title
    assert " ".join(doc.block_text(doc.blocks[doc.blocks.index(item) + 1]).split()) == _sentences(5, 21)
