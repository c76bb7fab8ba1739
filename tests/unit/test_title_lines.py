"""A title the reader took for a paragraph stays with the text it titles (issue 14, "reading that generalises"):
measured on the checking half by counts only, a short title line set in the body's type (a PDF's or DOCX's title
not in bold, a Markdown line with no "#") was a passage of its own, its words in no passage with the paragraph
under it, so a passage read as the file reads ("Pengertian Motivasi Kerja Motivasi kerja adalah …") sat in no
chunk. The answer still says the titled text, not the title. Made-up texts."""

from __future__ import annotations

import pytest

from pdf_pages import canvas_pdf, indented
from telusur.chunking import chunk_document
from telusur.documents import markdown, pdf

BODY = [
    "Kinerja pegawai merupakan hasil kerja secara kualitas dan kuantitas yang dicapai oleh",
    "seorang pegawai dalam melaksanakan tugasnya sesuai dengan tanggung jawab yang",
    "diberikan kepadanya. Organisasi perlu memperhatikan berbagai faktor yang memengaruhi",
    "kinerja agar tujuan organisasi dapat tercapai dengan baik dan berkesinambungan.",
]
MOTIVASI = [
    "Motivasi kerja adalah dorongan dari dalam diri pegawai untuk bekerja dengan sungguh",
    "agar tujuan organisasi tercapai. Dorongan ini tumbuh dari kebutuhan, harapan, dan",
    "penghargaan yang diterima pegawai selama bekerja di organisasi tersebut.",
]


def _holding(chunks, words: str) -> list[str]:
    return [" ".join(c.text.split()) for c in chunks if words in " ".join(c.text.split())]


def test_a_pdf_title_in_the_body_type_is_one_passage_with_its_paragraph():
    lines = [(108, BODY[0]), (72, BODY[1]), (72, BODY[2]), (72, BODY[3]), (72, "Pengertian Motivasi Kerja"),
             (108, MOTIVASI[0]), (72, MOTIVASI[1]), (72, MOTIVASI[2])]
    # the title in the body's type: indented draws every line in Times-Roman 12, no bold, no larger size
    chunks = chunk_document(pdf.read(canvas_pdf(indented(lines, top=90)), "made-up.pdf"))
    assert _holding(chunks, "Pengertian Motivasi Kerja Motivasi kerja adalah dorongan"), [c.text for c in chunks]
    assert not any(" ".join(c.text.split()) == "Pengertian Motivasi Kerja" for c in chunks)
    [kinerja] = _holding(chunks, "Kinerja pegawai merupakan")
    assert "Pengertian Motivasi" not in kinerja  # the title goes with what it titles, not with the text above


@pytest.mark.parametrize("title", ["Pengertian Motivasi Kerja", "B . Teori Kebutuhan (Hierarchy of Needs)"])
def test_a_markdown_title_line_without_a_hash_is_one_passage_with_its_paragraph(title):
    text = ("# Motivasi\n\n" + " ".join(BODY) + "\n\n" + title + "\n\n" + " ".join(MOTIVASI) + "\n")
    chunks = chunk_document(markdown.read(text.encode(), "a.md"))
    assert _holding(chunks, f"{title} Motivasi kerja adalah dorongan"), [c.text for c in chunks]


@pytest.mark.parametrize("line", [
    "Dorongan ini tumbuh dari kebutuhan, harapan,",  # a sentence's piece ending on a comma
    "Kata kunci: motivasi, kinerja, pegawai",  # a label and its words
    "Motivasi penting. Kinerja juga",  # sentences, not a title
    "17",  # a note's number alone
    "Gambar 2.1 Model Motivasi Kerja",  # a figure's caption
    "Kontak Penulis budi@kampus.ac.id",  # an address
])
def test_lines_that_are_no_title_do_not_run_into_the_paragraph_under_them(line):
    text = ("# Motivasi\n\n" + " ".join(BODY) + "\n\n" + line + "\n\n" + " ".join(MOTIVASI) + "\n")
    chunks = chunk_document(markdown.read(text.encode(), "a.md"))
    assert not _holding(chunks, f"{' '.join(line.split())} Motivasi kerja adalah"), [c.text for c in chunks]


def test_a_title_over_a_lead_in_heads_the_lead_in_and_its_list():
    """Not a title over prose (titles_prose): a title over a lead-in heads the lead-in with its list
    (test_list_titles.py), one passage, never the title alone nor the title with the lead-in without the list."""
    text = ("# Motivasi\n\n" + " ".join(BODY) + "\n\nJenis Motivasi Kerja\n\nMotivasi kerja terdiri atas:\n\n"
            "1. Motivasi intrinsik\n2. Motivasi ekstrinsik\n")
    chunks = chunk_document(markdown.read(text.encode(), "a.md"))
    assert _holding(chunks, "Jenis Motivasi Kerja Motivasi kerja terdiri atas: 1. Motivasi intrinsik 2. Motivasi "
                            "ekstrinsik"), [c.text for c in chunks]


def test_the_answer_says_the_titled_text_not_the_title(course):
    faktor = ("Faktor motivasi kerja terdiri atas faktor dari dalam dan dari luar diri pegawai. Keduanya saling "
              "berkaitan erat.")
    telusur = course({"a.md": f"# Motivasi\n\n{' '.join(BODY)}\n\nPengertian Motivasi Kerja\n\n{' '.join(MOTIVASI)}\n\n"
                              f"Faktor Motivasi Kerja\n\n{faktor}\n"})
    answer = telusur.ask("Apa saja faktor motivasi kerja?")
    assert "Faktor motivasi kerja terdiri atas" in answer.answer
    assert "Faktor Motivasi Kerja" not in answer.answer  # the title is the passage's, not a sentence of the answer
