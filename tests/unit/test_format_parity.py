"""Format parity: one small invented text (a chapter with sections, paragraphs, a numbered list with a list inside an
item, a list of titles each over its paragraph, a bulleted list and a reference list) set as a skripsi PDF (plain,
its headings typed without Word's keep-with-next so that one may stand last on a page, under a running header, with
footnotes, hyphenated), Word's Normal style exported to PDF (ragged, justified), a two-column journal (as typeset,
with a table across, with Word's space after each paragraph), a DOCX (styled; typed by hand, its lists nested by
indent, its bullets typed or symbol fonts' glyphs), a web page, and hard-wrapped Markdown and plain text (a title
line, lists nested by spaces or tabs), reads back as the Markdown's own headings, paragraphs, list items (with their
levels) and reference entries.
The PDF and DOCX layouts are bench/rendered.py's (which sets the tuning texts in them); here each seed moves the page
and column breaks, so that the next reader bug of a kind shows here, on text nobody tuned on."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

pytest.importorskip("reportlab")
pytest.importorskip("docx")

# Sentences are made of a subject and a predicate paired anew in each paragraph, so that no printed line recurs on
# another page (a line at the same place on several pages is a running header, rightly dropped)
SUBJECTS = ["Pembelajaran kooperatif", "Peran guru sebagai fasilitator", "Menurut Slavin (2005), kerja kelompok",
            "Model ini", "Hasil tes pada siklus kedua", "Pembentukan kelompok yang seimbang",
            "Perencanaan pembelajaran yang cermat", "Penilaian melalui observasi dan wawancara",
            "Analisis deskriptif kuantitatif", "Keberanian siswa untuk bertanya", "Dukungan kepala sekolah",
            "Penelitian tindakan kelas"]
PREDICATES = ["menempatkan siswa dalam kelompok kecil yang anggotanya saling membantu",
              "mengarahkan diskusi dan menilai proses belajar setiap kelompok",
              "bergantung pada tanggung jawab setiap anggota terhadap tugas bersama",
              "banyak dipakai di sekolah dasar karena mudah diterapkan tanpa sarana mahal",
              "menunjukkan kenaikan nilai rata-rata sebesar dua belas persen",
              "membutuhkan waktu yang tidak sedikit pada pertemuan pertama",
              "disusun sebelum kegiatan dimulai bersama guru mitra di sekolah",
              "dilakukan pada setiap akhir pertemuan oleh peneliti dan pengamat",
              "membandingkan hasil setiap siklus dengan kriteria ketuntasan minimal",
              "tumbuh setelah tiga pertemuan dan terlihat dalam lembar observasi",
              "berupa ruang kelas tambahan dan waktu diskusi yang lebih panjang",
              "dilaksanakan dalam dua siklus yang masing-masing terdiri atas empat tahap"]


def sentence(n: int) -> str:
    return f"{SUBJECTS[n % len(SUBJECTS)]} {PREDICATES[(n * 5 + n // len(SUBJECTS)) % len(PREDICATES)]}."


ITEMS = [
    "Perencanaan, yaitu menyusun rencana pelaksanaan pembelajaran beserta lembar kerja siswa, instrumen observasi "
    "aktivitas guru dan siswa, soal tes akhir siklus, serta pedoman wawancara yang disepakati bersama guru mitra.",
    "Pelaksanaan tindakan sesuai dengan rencana yang telah disusun bersama guru mitra.",
    "Observasi terhadap aktivitas siswa dan guru selama pembelajaran berlangsung di kelas.",
    "Refleksi atas hasil observasi untuk memperbaiki tindakan pada siklus berikutnya.",
]
TITLES = ["Perencanaan Tindakan", "Pelaksanaan Tindakan", "Observasi Kegiatan", "Refleksi Hasil"]
REFERENCES = [
    "Arikunto, S. (2010). Prosedur Penelitian: Suatu Pendekatan Praktik. Jakarta: Rineka Cipta.",
    "Slavin, R. E. (2005). Cooperative Learning: Teori, Riset dan Praktik. Bandung: Nusa Media.",
]


def sentences(seed: int, start: int, n: int) -> str:
    return " ".join(sentence(seed * 37 + start * 11 + k) for k in range(n))


def markdown_text(seed: int) -> str:
    """A chapter: a title, two sections of paragraphs of uneven length, a numbered list under a lead-in, a list of
    titles each over its paragraph, a bulleted list, more paragraphs, and a reference list; the seed moves the page
    and column breaks."""
    lengths = [3 + (seed * 3 + k * 5) % 6 for k in range(12)]
    out = ["# Pembelajaran Kooperatif di Sekolah Dasar", ""]
    for k in range(4):
        out += [sentences(seed, k, lengths[k]), ""]
    out += ["## Prosedur Penelitian", "", sentences(seed, 4, 2) + " Tahapannya sebagai berikut:", ""]
    for n in range(1, 5):
        out.append(f"{n}. {ITEMS[(n - 1 + seed) % len(ITEMS)]}")
        if n == 2 + seed % 2:  # a list inside an item
            out += [f"   - {sentence(seed * 37 + 300 + k)}" for k in range(2)]
    out.append("")
    for k in range(5, 8):
        out += [sentences(seed, k, lengths[k]), ""]
    # a list of titles, each over its paragraph ("a. Perencanaan Tindakan" / "Peran guru ..."): the sentences are the
    # subject-predicate pairs no other part uses
    free = [sentence(seed * 37 + 130 + k) for k in range(14)]
    out += ["## Tahapan Siklus", "", " ".join(free[:2]) + " Tahapan tersebut adalah sebagai berikut.", ""]
    for n, title in enumerate(TITLES):
        out += [f"{'abcd'[n]}. {title}", "", " ".join(free[2 + 3 * n:4 + 3 * n + (seed + n) % 2]), ""]
    out += ["## Hasil Penelitian", "", sentences(seed, 8, 2) + " Temuan utamanya adalah:", ""]
    # (every list holds an item of 160 characters or more: docx-styles sets a list of short items as a table)
    out += [f"- {sentence(seed * 37 + 200 + n)}" for n in range(3)] + [f"- {ITEMS[0]}", ""]
    for k in range(9, 12):
        out += [sentences(seed, k, lengths[k]), ""]
    out += ["## Daftar Pustaka", ""] + [r + "\n" for r in REFERENCES]
    return "\n".join(out)


def render_html(blocks, path: Path) -> None:
    """The blocks as a web page: h1/h2, p, ol/ul with li (a deeper item's list inside its parent's li), reference
    entries as paragraphs."""
    html, lists = ["<html><body><article>"], []  # lists: the tags of the lists open, outermost first
    for b in blocks:
        depth = b.level + 1 if b.kind == "item" else 0
        while len(lists) > depth:
            html.append(f"</li></{lists.pop()}>")
        if b.kind == "item":
            if len(lists) < depth:
                lists.append("ol" if b.marker[:1].isdigit() else "ul")
                html.append(f"<{lists[-1]}>")
            else:
                html.append("</li>")
            html.append(f"<li>{escape(b.text)}")
        elif b.kind == "h":
            html.append(f"<h{b.level}>{escape(b.text)}</h{b.level}>")
        else:
            html.append(f"<p>{escape(b.text)}</p>")
    html += [f"</li></{tag}>" for tag in reversed(lists)] + ["</article></body></html>"]
    path.write_text("\n".join(html), encoding="utf-8")


# Bullets as the seed picks them: Word's own and from its bullet library (pasted into a text), and in a DOCX typed
# by hand, as Insert > Symbol puts them: (font, code) of Symbol's bullet, Wingdings' square, Wingdings 2's circle
# and Wingdings 3's triangle
BULLETS = ("•", "▪", "●", "►")
SYMBOLS = (("Symbol", "F0B7"), ("Wingdings", "F0A7"), ("Wingdings 2", "F098"), ("Wingdings 3", "F07D"))


def render_wrapped(blocks, path: Path, seed: int = 0) -> None:
    """The blocks as a text written in an editor that breaks lines at 72 columns: Markdown ("#" headings, "1." and
    "-" items, their lines under their text) or, as .txt, plain (headings as lines of their own, a title first, a
    list inside an item set in by its own width or a tab)."""
    import textwrap

    markdown, out = path.suffix == ".md", []
    for b in blocks:
        if b.kind == "h":
            out += [("#" * b.level + " " if markdown else "") + b.text, ""]
        elif b.kind == "item":
            marker = b.marker if b.marker[:1].isdigit() or markdown else BULLETS[seed % len(BULLETS)]
            pad = ("\t" if seed % 2 and not markdown else " " * 3) * b.level
            out += textwrap.wrap(b.text, 72, initial_indent=f"{pad}{marker} ",
                                 subsequent_indent=pad + " " * (len(marker) + 1))
            out += [""] if markdown else []
        else:
            out += textwrap.wrap(b.text, 72) + [""]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_symbol_bullets(title, blocks, path: Path, font: str, code: str, tabs: bool = False) -> None:
    """docx-manual, each typed bullet a symbol font's glyph (w:sym), as Insert > Symbol puts it; with tabs, a list
    inside an item set in by tabs typed before its marker, not by its paragraph's indent."""
    import docx
    import rendered
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    rendered.render_docx(title, blocks, path, "docx-manual")
    document = docx.Document(str(path))
    for p in document.paragraphs:
        indent = p.paragraph_format.left_indent  # docx-manual's: 1 cm, and 0.75 cm more a level
        level = round((indent.cm - 1.0) / 0.75) if indent is not None and tabs else 0
        if level:
            p.paragraph_format.left_indent = Cm(1.0)
        if p.runs and p.runs[0].text.startswith("•"):
            p.runs[0].text = p.runs[0].text[1:]
            run = OxmlElement("w:r")
            for _ in range(level):
                run.append(OxmlElement("w:tab"))
            sym = OxmlElement("w:sym")
            sym.set(qn("w:font"), font)
            sym.set(qn("w:char"), code)
            run.append(sym)
            p.runs[0]._r.addprevious(run)
        elif level:
            p.runs[0].text = "\t" * level + p.runs[0].text
    document.save(str(path))


def shape(doc) -> list[tuple[str, str]]:
    """(kind, text) of each block as a reader of any format must give it: white space squeezed, note marks and
    soft hyphens out, a heading without its chapter line or section number and in any case, an item without its
    marker, with its list level; footnotes (the layout's own) left out."""
    import rendered

    out = []
    for b in doc.blocks:
        if b.kind == "footnote":
            continue
        text = " ".join(doc.block_text(b).split())
        if b.kind == "heading":
            text = re.sub(r"^(BAB\s+[IVX]+\s+|\d+(\.\d+)*\.?\s+)", "", text).casefold()
        elif b.kind == "item" and b.marker and text.startswith(b.marker):
            text = text[len(b.marker):]
        out.append((f"item{b.level}" if b.kind == "item" else b.kind, rendered.squeeze(text)))
    return out


LAYOUTS = ("skripsi", "skripsi-typed", "skripsi-header", "footnotes", "hyphen", "word", "word-justified", "journal",
           "journal-wide", "word-columns", "docx-styles", "docx-manual", "docx-symbols", "html", "markdown-wrapped",
           "text-wrapped")
TITLE_BLOCK = ("journal", "journal-wide", "word-columns")  # a journal's title block stands for the chapter's title


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    """seed -> (the Markdown file's shape, its blocks as bench/rendered.py takes them)."""
    import rendered
    from telusur.documents import read_document

    root, out = tmp_path_factory.mktemp("parity"), {}
    for seed in range(8):
        path = root / f"bab-{seed}.md"
        path.write_text(markdown_text(seed), encoding="utf-8")
        title, blocks = rendered.source_blocks(path, path.name)
        out[seed] = (shape(read_document(path, path.name)), title, blocks)
    return out


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_format_reads_back_the_texts_blocks(sources, tmp_path, layout, seed):
    import difflib

    import rendered
    from telusur.documents import read_document

    want, title, blocks = sources[seed]
    suffix = {"html": ".html", "markdown-wrapped": ".md", "text-wrapped": ".txt"}.get(
        layout, ".docx" if layout.startswith("docx") else ".pdf")
    path = tmp_path / f"bab-{seed}{suffix}"
    if layout == "html":
        render_html(blocks, path)
    elif layout.endswith("-wrapped"):
        render_wrapped(blocks, path, seed)
    elif layout == "docx-symbols":
        render_symbol_bullets(title, blocks, path, *SYMBOLS[seed % len(SYMBOLS)], tabs=seed % 2 == 1)
    elif suffix == ".docx":
        rendered.render_docx(title, blocks, path, layout)
    else:
        rendered.render_pdf(title, blocks, path, layout)
    got = shape(read_document(path, path.name))
    if layout in TITLE_BLOCK:  # (title, authors, abstract, keywords): the text from the first paragraph on
        want = want[1:]
        opening = next((n for n, g in enumerate(got) if g[1][:40] == want[0][1][:40]), 0)
        got = got[opening:]
    assert got == want, "\n".join(difflib.unified_diff([f"{k} {t}" for k, t in want], [f"{k} {t}" for k, t in got],
                                                       lineterm="", n=1))
