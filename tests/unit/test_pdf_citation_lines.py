"""A citation's sentence stays one paragraph in a PDF where a line ends inside it (issue 14: checking-half PDF
citation passages cut across two paragraph blocks were "in no chunk"; reproduced on made-up pages): a line that
closes the parenthesis the line above left open ("(Rahman, 2017, hlm." / "12) dan ...") is no list item "12)", and
a line left short after a stop or a colon that goes on in small letters at the margin ("menyatakan bahwa:" /
"manajemen sumber daya ...") goes on with the same sentence."""

from __future__ import annotations

import pytest

from pdf_pages import body, canvas_pdf, indented
from telusur.citations import find_citations
from telusur.documents import pdf

FULL = [
    "Kinerja pegawai merupakan hasil kerja secara kualitas dan kuantitas yang dicapai oleh",
    "seorang pegawai dalam melaksanakan tugasnya sesuai dengan tanggung jawab yang",
    "diberikan kepadanya. Organisasi perlu memperhatikan berbagai faktor yang memengaruhi",
    "kinerja agar tujuan organisasi dapat tercapai dengan baik dan berkesinambungan.",
]


def _paragraphs(lines: list[tuple[float, str]]) -> list[str]:
    doc = pdf.read(canvas_pdf(indented(lines, top=90)), "made-up.pdf")
    return [doc.text[b.start:b.end] for b in doc.blocks]


def test_a_page_number_closing_a_citation_at_a_line_start_is_no_list_item():
    lines = [(108, FULL[0]), (72, FULL[1]), (72, FULL[2]), (72, FULL[3]),
             (108, "Kepemimpinan transformasional mendorong pegawai bekerja melampaui harapan"),
             (72, "organisasi dan menumbuhkan rasa memiliki di antara mereka (Rahman, 2017, hlm."),
             (72, "12) sehingga komitmen pegawai terhadap organisasi meningkat dari waktu ke waktu."),
             (108, FULL[0]), (72, FULL[1]), (72, FULL[2]), (72, FULL[3])]
    paragraphs = _paragraphs(lines)
    cited = [p for p in paragraphs if "(Rahman, 2017, hlm. 12)" in " ".join(p.split())]
    assert len(cited) == 1 and "komitmen pegawai terhadap organisasi meningkat" in cited[0], paragraphs
    assert [(c.authors[0], c.year, c.pages) for c in find_citations(cited[0])] == [("Rahman", "2017", "12")]


def test_a_short_line_ending_in_a_colon_goes_on_in_small_letters():
    # the colon's line ends short because "pertanggungjawaban" did not fit after it (ragged right)
    lines = [(108, FULL[0]), (72, FULL[1]), (72, FULL[2]), (72, FULL[3]),
             (108, "Kepemimpinan yang baik mendorong seluruh anggota organisasi untuk selalu"),
             (72, "pegawai bekerja dengan tekun. Hasibuan (2016:10) menyatakan bahwa:"),
             (72, "pertanggungjawaban pengelolaan sumber daya manusia adalah ilmu dan seni mengatur"),
             (72, "tenaga kerja agar efektif dan efisien membantu terwujudnya tujuan perusahaan."),
             (108, FULL[0]), (72, FULL[1]), (72, FULL[2]), (72, FULL[3])]
    paragraphs = _paragraphs(lines)
    cited = [p for p in paragraphs if "Hasibuan (2016:10)" in p]
    assert len(cited) == 1 and "pertanggungjawaban pengelolaan sumber daya manusia" in cited[0], paragraphs


# A sentence ending on a line an eighth to two fifths of the column short: short enough to end the paragraph, not so
# short that it ends it whatever comes next (a heading's, a paragraph's last few words).
SHORT = "seorang pegawai dalam melaksanakan tugasnya sesuai dengan tugas."


@pytest.mark.parametrize("first, paragraphs", [
    ("Organisasi perlu memperhatikan berbagai faktor yang memengaruhi kinerja pegawai", 2),
    # a small letter that would have fitted after the stop: the short line was the paragraph's own end
    ("organisasi perlu memperhatikan berbagai faktor yang memengaruhi kinerja pegawai", 2),
    # a word that did not fit after the stop, but a capital: a new sentence's paragraph
    ("Pertanggungjawaban organisasi perlu memperhatikan berbagai faktor yang memengaruhi", 2),
    # the same word in a small letter: the line was left short only because it did not fit
    ("pertanggungjawaban organisasi perlu memperhatikan berbagai faktor yang memengaruhi", 1),
])
def test_a_short_line_ending_a_sentence_still_ends_the_paragraph(first, paragraphs):
    lines = [(72, FULL[0]), (72, SHORT), (72, first),
             (72, "agar tujuan organisasi dapat tercapai dengan baik dan berkesinambungan.")]
    assert len(_paragraphs(lines)) == paragraphs


def test_a_short_line_with_no_stop_after_a_sentence_ending_short_is_a_heading():
    # ragged text whose paragraphs open indented goes on past a sentence ending short (below), but not into a short
    # line at the margin without a stop; the paragraph under a heading opens at the margin
    lines = [(108, FULL[0]), (72, SHORT), (72, "Motivasi kerja"),
             (72, "Motivasi kerja merupakan dorongan yang tumbuh dari dalam diri pegawai untuk bekerja.")]
    paragraphs = _paragraphs(lines)
    assert paragraphs[0].endswith("tugas.") and "Motivasi kerja" in paragraphs, paragraphs


def test_a_ragged_line_ending_a_sentence_inside_an_indented_paragraph_goes_on():
    # left-aligned (ragged) text whose paragraphs open with a first-line indent: a sentence ending on a short line,
    # the next one at the margin, is the same paragraph (the next paragraph would open indented)
    lines = [(108, "Kinerja pegawai merupakan hasil kerja secara kualitas dan kuantitas yang"),
             (72, "dicapai oleh seorang pegawai dalam melaksanakan tugasnya sesuai dengan tanggung jawab"),
             (72, "yang diberikan kepadanya. Organisasi perlu memperhatikan faktor kinerja."),
             (72, "Kepemimpinan transformasional mendorong pegawai bekerja melampaui harapan organisasi"),
             (72, "dan menumbuhkan rasa memiliki di antara mereka (Rahman, 2017) sehingga komitmen pegawai"),
             (72, "terhadap organisasi meningkat dari waktu ke waktu."),
             (108, "Penilaian kinerja dilakukan secara berkala untuk mengetahui perkembangan kemampuan"),
             (72, "setiap pegawai dalam organisasi."),
             (72, "Motivasi kerja"),
             (108, "Motivasi kerja merupakan dorongan yang tumbuh dari dalam diri pegawai untuk bekerja."),
             ]
    paragraphs = _paragraphs(lines)
    cited = [p for p in paragraphs if "(Rahman, 2017)" in p]
    assert len(cited) == 1 and "Organisasi perlu memperhatikan faktor kinerja" in cited[0], paragraphs
    assert any(p.startswith("Penilaian kinerja") for p in paragraphs), paragraphs
    assert "Motivasi kerja" in paragraphs, paragraphs  # a short line at the margin with no stop: a heading


_LINES = [
    "Konsep literasi keuangan yang dipakai dalam penelitian ini mengikuti kerangka yang",
    "telah dirumuskan secara rinci dan diuji pada mahasiswa di berbagai negara maju dan",
    "berkembang, sebagaimana kerangka itu dijelaskan dan dikemukakan secara lengkap oleh",
]
_NEXT = [
    "literasi keuangan memiliki dua dimensi, yaitu pemahaman pengetahuan keuangan dan",
    "penggunaan pengetahuan itu dalam mengelola keuangan pribadi sehari-hari mahasiswa.",
]


@pytest.mark.parametrize("last, first, cited", [
    # a sentence left open at a page's foot runs on onto the next page's first line, which only looks like an item:
    # a name's initials ("S. J. Huston (2010)"), the number a word before it takes ("pada Tabel" / "1. Menurut ...")
    (_LINES[2], "S. J. Huston (2010) bahwa kedua dimensi itu saling melengkapi dan tidak terpisahkan,",
     ("Huston", "2010")),
    ("berkembang, dan kategori tiap skor disajikan secara lengkap dan terperinci pada Tabel",
     "1. Menurut Sugiyono (2017: 93) skala Likert dipakai untuk mengukur sikap seseorang,", ("Sugiyono", "2017")),
])
def test_a_sentence_runs_on_over_a_page_break_onto_a_line_like_an_item(last, first, cited):
    pages = [body(FULL + _LINES[:2] + [last], top=560), body([first] + _NEXT)]
    doc = pdf.read(canvas_pdf(pages), "made-up.pdf")
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks]
    held = [p for p in paragraphs if "mengikuti kerangka" in p or "Konsep literasi" in p]
    assert len(held) == 1 and first.split()[1] in held[0] and "sehari-hari" in held[0], paragraphs
    assert [(c.authors[0], c.year) for c in find_citations(held[0])] == [cited]


def test_a_list_after_a_lead_in_with_no_colon_still_opens_over_a_page_break():  # a guard
    pages = [body(FULL + _LINES[:2] + ["berkembang, dan faktor yang memengaruhinya menurut para ahli terdiri dari"],
                  top=560),
             body(["1. Faktor internal, yaitu pengetahuan dan sikap mahasiswa terhadap uang.",
                   "2. Faktor eksternal, yaitu keluarga, teman sebaya dan lingkungan kampus."])]
    doc = pdf.read(canvas_pdf(pages), "made-up.pdf")
    assert [b.kind for b in doc.blocks][-2:] == ["item", "item"]


def test_a_lettered_heading_under_a_source_line_still_opens_over_a_page_break():  # a guard
    pages = [body(FULL + ["Sumber: data primer yang diolah oleh peneliti dari hasil kuesioner responden"], top=560),
             body(["B. Kajian Teori tentang Literasi Keuangan Mahasiswa di Perguruan Tinggi Negeri", *_NEXT])]
    doc = pdf.read(canvas_pdf(pages), "made-up.pdf")
    assert not any("peneliti dari hasil kuesioner responden B. Kajian" in " ".join(doc.text[b.start:b.end].split())
                   for b in doc.blocks)


def test_a_name_opening_a_page_under_a_line_not_left_open_in_a_small_word_is_not_run_on():  # a guard
    # only a sentence left open in a small word ("dikemukakan oleh") runs on onto a name's initials: a source line
    # ending on an acronym does not (review: no case held the small word; "Sumber: ... RI A. W. Widjaja" was joined)
    pages = [body(FULL + ["Sumber: Profil Kesehatan Indonesia tahun 2019 yang diterbitkan Kementerian Kesehatan RI"],
                  top=560),
             body(["A. W. Widjaja (2010) menyatakan bahwa literasi keuangan adalah bekal hidup setiap mahasiswa,",
                   *_NEXT])]
    doc = pdf.read(canvas_pdf(pages), "made-up.pdf")
    assert not any("Kesehatan RI A. W. Widjaja" in " ".join(doc.text[b.start:b.end].split()) for b in doc.blocks)
