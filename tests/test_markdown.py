"""The Markdown reader, on the real texts of ../shared/texts/ and on small strings for each construct."""

import json
import re
from pathlib import Path

import pytest

from telusur.documents import markdown
from telusur.documents.model import DocumentBuilder

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "texts"
SHARED_FILES = sorted(p for p in SHARED.glob("*") if p.suffix in (".md", ".txt")) if SHARED.is_dir() else []
MARKUP = ("<li", "<ol", "<p>", "<br", "<div", "**", "\\)", "](", "{%", "{:")
needs_shared = pytest.mark.skipif(not SHARED_FILES, reason="../shared/texts is not next to this checkout")


def read_shared(path: Path):
    from telusur.documents import read_document

    return read_document(path, path.name, 5.0)


def fold(text: str) -> str:
    """The words in order: markup that the expected strings were written with (tags, "> ", table pipes, "[^1]")
    and the reader's footnote superscripts removed, whitespace collapsed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", text).replace("*", "")
    text = re.sub(r"<[^<>]+>", " ", text)
    text = re.sub(r"\[\^[^\]]*\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "", text)
    text = re.sub(r"(?:^|(?<=\s))>(?=\s)|\|", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def shared_expectations():
    if not SHARED_FILES:
        return []
    out = []
    for name, key in (("questions.jsonl", "evidence"), ("citations.jsonl", "passage_substring")):
        for line in (SHARED / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row["doc"], row[key]))
    return out


@pytest.fixture(scope="module")
def shared_docs():
    return {p.name: read_shared(p) for p in SHARED_FILES if p.name != "SOURCES.md"}


def blocks(source: str):
    builder = DocumentBuilder()
    title = markdown.blocks_from_markdown(source, builder)
    doc = builder.build("x.md", title or "", "0", "md")
    return doc, [(b.kind, doc.block_text(b)) for b in doc.blocks]


@needs_shared
@pytest.mark.parametrize("path", [p for p in SHARED_FILES if p.name != "SOURCES.md"], ids=lambda p: p.name)
def test_every_shared_text_reads_without_markup(path, shared_docs):
    doc = shared_docs[path.name]
    assert doc.blocks, path.name
    for mark in MARKUP:
        assert mark not in doc.text, f"{path.name}: {mark!r} left in {doc.text[doc.text.find(mark) - 60:][:120]!r}"
    for block in doc.blocks:  # the spans are the display text, and blocks are separated by one newline
        assert doc.text[block.end:block.end + 1] == "\n"


@needs_shared
def test_every_evidence_and_cited_passage_is_in_the_document_text(shared_docs):
    missing = [(doc, expected[:80]) for doc, expected in shared_expectations()
               if fold(expected) not in fold(shared_docs[doc].text)]
    assert not missing


@needs_shared
def test_formula_lead_in_and_its_blockquote_are_adjacent_blocks(shared_docs):
    doc = shared_docs["wahyu243--profitabilitas.md"]
    texts = [(b.kind, doc.block_text(b)) for b in doc.blocks]
    i = texts.index(("item", "2) Margin laba bersih (Net profit margin) :"))
    assert texts[i + 1] == ("quote", "NPM = Laba setelah Bunga dan Pajak : Penjualan bersih")
    quote = doc.blocks[i + 1]
    # "#### 1. Margin Laba" is an item of the list "… rasio profitabilitas … adalah:" announces, not a section
    assert quote.location.section == ("Definisi Profitabilitas Menurut Para Ahli", "Rasio profitabilitas")


@needs_shared
def test_reference_list_entries_are_reference_blocks(shared_docs):
    doc = shared_docs["alharkan7--efek-media.md"]
    refs = [doc.block_text(b) for b in doc.blocks if b.kind == "reference"]
    assert refs == [
        "Perse, E. M., & Lambe, J. (2001). Media effects and society. Routledge.",
        "Barker, M. and Petley, J. (eds) (2001) Ill Effects: The Media/Violence Debate, 2nd edn. London: Routledge.",
        "Dayan, D. and Katz, E. (1992) Media Events: The Live Broadcasting of History. Cambridge, MA: Harvard "
        "University Press.",
    ]
    tables = [b for b in doc.blocks if b.kind == "table"]  # "# Laporan Bacaan" ends the list
    assert tables and tables[0].location.section == ("Laporan Bacaan",)
    bold = shared_docs["SistemInformasiSewaPakaianPestaproyek2--waktu-tunggu-resep.md"]
    kinds = [(b.kind, bold.block_text(b)) for b in bold.blocks]
    i = kinds.index(("heading", "DAFTAR PUSTAKA"))
    assert kinds[i + 1] == ("reference", "Syamsuni,H. 2006. Ilmu Resep. Buku Kedokteran EGC, Jakarta.")


@needs_shared
def test_wordpress_html_lists_keep_their_numbers(shared_docs):
    doc = shared_docs["satriadewa2x--kelompok-sosial.md"]
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "item"]
    assert items[:3] == ["1. Klasifikasi Tipe-tipe Kelompok Sosial", "2. Kelompok Sosial dipandang dari Sudut Individu",
                         "3. In Group dan Out Group"]
    assert items[6].startswith("7. Kelompok Sosial yang tidak Teratur\nBentuk-bentuk kelompok sosial")


@needs_shared
def test_mdx_components_become_headings_over_their_text(shared_docs):
    doc = shared_docs["nurazhad--ispa.md"]
    by_text = {doc.block_text(b): b for b in doc.blocks}
    assert by_text["GEJALA ISPA RINGAN"].kind == "heading"
    item = by_text["• Batuk."]
    assert item.location.section == ("GEJALA ISPA BERDASARKAN TINGKAT KEPARAHAN", "GEJALA ISPA RINGAN")
    assert "Accordion" not in doc.text and "/images/" not in doc.text


def test_emphasis_escapes_links_and_images_become_plain_text():
    _, got = blocks("Menurut **Grossman (Kirk & Gallagher, 1986)** dan *Perse & Lambe, 2001\\)* lihat "
                    "[Administrasi.Net](/ \"Administrasi\") ![grafik](/img/1.png) di sini.")
    assert got == [("paragraph", "Menurut Grossman (Kirk & Gallagher, 1986) dan Perse & Lambe, 2001) lihat "
                                 "Administrasi.Net di sini.")]


def test_headings_give_section_paths_and_bold_lines_act_as_headings():
    doc, got = blocks("# Bab 1\n\nPembuka.\n\n## Sub A\n\nIsi A.\n\n**DAFTAR PUSTAKA**\n\nSoekanto, S. (1990). "
                      "Sosiologi. Jakarta: Rajawali.\n\n# Bab 2\n\nIsi dua.")
    assert got == [("heading", "Bab 1"), ("paragraph", "Pembuka."), ("heading", "Sub A"), ("paragraph", "Isi A."),
                   ("heading", "DAFTAR PUSTAKA"), ("reference", "Soekanto, S. (1990). Sosiologi. Jakarta: Rajawali."),
                   ("heading", "Bab 2"), ("paragraph", "Isi dua.")]
    sections = [b.location.section for b in doc.blocks]
    assert sections[3] == ("Bab 1", "Sub A")
    assert sections[5] == ("Bab 1", "Sub A", "DAFTAR PUSTAKA")
    assert sections[7] == ("Bab 2",)


def test_numbered_reference_list_entries_are_references():
    _, got = blocks("## Referensi\n\n1. Soekanto, S. (1990). *Sosiologi*.\n2. Holsti, K. J. (1987). Politik.\n\n"
                    "<ol start=\"3\"><li>Rosenau, J. (1969). <em>Linkage Politics</em>.</li></ol>\n")
    assert got == [("heading", "Referensi"), ("reference", "Soekanto, S. (1990). Sosiologi."),
                   ("reference", "Holsti, K. J. (1987). Politik."), ("reference", "Rosenau, J. (1969). Linkage Politics.")]


def test_lists_keep_start_numbers_delimiters_and_nesting():
    doc, got = blocks("Jenisnya:\n\n3) tiga\n4) empat\n   - empat a\n   - empat b\n\n* satu\n")
    assert got == [("paragraph", "Jenisnya:"), ("item", "3) tiga"), ("item", "4) empat"), ("item", "• empat a"),
                   ("item", "• empat b"), ("item", "• satu")]
    assert [b.level for b in doc.blocks if b.kind == "item"] == [0, 0, 1, 1, 0]
    assert [b.marker for b in doc.blocks if b.kind == "item"] == ["3)", "4)", "•", "•", "•"]


def test_list_lines_inside_a_paragraph_are_items_by_the_text_rules():
    _, got = blocks("Tahapannya sebagai berikut:\na.\tMengidentifikasi masalah\nb.\tMerumuskan masalah\n")
    assert got == [("paragraph", "Tahapannya sebagai berikut:"), ("item", "a. Mengidentifikasi masalah"),
                   ("item", "b. Merumuskan masalah")]


def test_lead_in_then_blockquoted_formula():
    _, got = blocks("Rumusnya:\n> ROA = Laba bersih : Total Aktiva\n")
    assert got == [("paragraph", "Rumusnya:"), ("quote", "ROA = Laba bersih : Total Aktiva")]


def test_front_matter_liquid_kramdown_dropped_and_title_from_front_matter():
    doc, got = blocks("---\ntitle: \"Apa Itu Autisme\"\nlayout: post\n---\n* TOC\n{:toc}\n\n## Pengertian\n"
                      "{% include ads-artikel.html %}\nAutisme adalah gangguan perkembangan.\n{: .note}\n")
    assert doc.title == "Apa Itu Autisme"
    assert got == [("heading", "Pengertian"), ("paragraph", "Autisme adalah gangguan perkembangan.")]


def test_inline_and_block_html_become_blocks_and_text():
    # (a <br> cutting a sentence, "Baris satu<br>baris dua.", is a space: tests/unit/test_tables.py)
    _, got = blocks("Baris satu.<br>Baris <strong>dua</strong>.\n\n<ol start=\"2\">\n  <li><strong>Kedua</strong></li>\n"
                    "  <li>Ketiga</li>\n</ol>\n\n<p>Paragraf HTML.</p>\n")
    assert got == [("paragraph", "Baris satu.\nBaris dua."), ("item", "2. Kedua"), ("item", "3. Ketiga"),
                   ("paragraph", "Paragraf HTML.")]


def test_table_is_one_block_and_footnotes_are_footnote_blocks():
    _, got = blocks("| Konsep | Isi |\n| --- | --- |\n| A | **satu** |\n| B | dua |\n\nTeks slacktivism[^1] saja.\n\n"
                    "[^1]: *Slacktivism* adalah aktivisme berisiko rendah.\n")
    assert got == [("table", "Konsep | Isi\nA | satu\nB | dua"), ("paragraph", "Teks slacktivism¹ saja."),
                   ("footnote", "¹ Slacktivism adalah aktivisme berisiko rendah.")]


def test_mdx_component_title_is_a_heading_and_its_markdown_is_read():
    doc, got = blocks("#### **PENYEBAB**\nPengantar (Nurjamillah & Dwiriani, 2022)\n<Accordion title=\"VIRUS\">\n\n"
                      "- Batuk **kering**.\n<img src=\"/a.png\" />\n\n</Accordion>\n<Accordion className=\"mt-3\" "
                      "title=\"BAKTERI\">\nTeks bakteri.\n</Accordion>\n")
    assert got == [("heading", "PENYEBAB"), ("paragraph", "Pengantar (Nurjamillah & Dwiriani, 2022)"),
                   ("heading", "VIRUS"), ("item", "• Batuk kering."), ("heading", "BAKTERI"),
                   ("paragraph", "Teks bakteri.")]
    assert doc.blocks[3].location.section == ("PENYEBAB", "VIRUS")
    assert doc.blocks[5].location.section == ("PENYEBAB", "BAKTERI")


def test_running_header_and_page_numbers_of_a_converted_pdf_are_dropped():
    header = "**JURNAL FARMASI** Vol. 5 No. 1 FEBRUARI 2016"
    source = "\n\n".join([header, "Pendahuluan satu.", "362", header, "Isi dua.", "363", header, "Isi tiga."])
    _, got = blocks(source)
    assert got == [("paragraph", "Pendahuluan satu."), ("paragraph", "Isi dua."), ("paragraph", "Isi tiga.")]


@needs_shared
def test_formula_is_chunked_with_its_lead_in(shared_docs):
    from telusur.chunking import chunk_document

    doc = shared_docs["wahyu243--profitabilitas.md"]
    chunk = next(c for c in chunk_document(doc) if "NPM = Laba setelah Bunga" in c.text)
    assert "Margin laba bersih (Net profit margin) :" in chunk.text


def test_indented_paragraph_is_read_as_text_and_layout_spaces_fold():
    _, got = blocks("Awal paragraf.\n\n    Menurut **Daris** (2010)        kepuasan\n\nAkhir.")
    assert got == [("paragraph", "Awal paragraf."), ("paragraph", "Menurut Daris (2010) kepuasan"),
                   ("paragraph", "Akhir.")]


@pytest.mark.parametrize("name", ["catatan.md", "catatan.markdown"])
def test_markdown_files_are_read_by_the_markdown_reader(tmp_path, name):
    from telusur.documents import read_document

    path = tmp_path / name
    path.write_bytes("\ufeff# Judul\r\n\r\nTeks **tebal** (Soekanto, 1990\\).\r\n".encode("utf-8"))
    doc = read_document(path, name, 5.0)
    assert (doc.format, doc.title, doc.text) == ("md", "Judul", "Judul\nTeks tebal (Soekanto, 1990).\n")


def test_html_split_by_blank_lines_and_markdown_typed_inside_html():
    _, got = blocks("Teks.<br />\nBaris dua.\n\n<ol start=\"4\">\n<li>Empat</li>\n\n<li>Lima</li>\n</ol>\n\n"
                    "<p>Paragraf dengan **tebal** di HTML.</p>\n")
    assert got == [("paragraph", "Teks.\nBaris dua."), ("item", "4. Empat"), ("item", "5. Lima"),
                   ("paragraph", "Paragraf dengan tebal di HTML.")]


def test_markdown_without_text_is_refused_with_a_reason():
    from telusur.errors import CorpusError

    with pytest.raises(CorpusError, match="gambar.md: tidak ada teks setelah markup"):
        markdown.read(b"![grafik](/img/1.png)\n\n<img src='/a.png' />\n", "gambar.md")


# ---------------------------------------------------------------- captions (issue 14: citations live in them)

def _blocks(source: str) -> list[tuple[str, str]]:
    doc = markdown.read(source.encode("utf-8"), "cap.md")
    return [(b.kind, doc.block_text(b)) for b in doc.blocks]


def test_an_image_caption_is_a_line_of_its_own_after_its_paragraph_and_keeps_its_citation():
    from telusur.citations import find_citations

    blocks = _blocks("# Stunting\n\nStunting masih tinggi ![Grafik prevalensi stunting (Kominfo, 2019)](g.png) dan "
                     "harus ditekan.\n\n![ispa](ispa.png)\n\n![](x.png)\n\n![foto1.jpg](foto1.jpg)\n")
    assert blocks[1:] == [("paragraph", "Stunting masih tinggi dan harus ditekan."),
                          ("paragraph", "Grafik prevalensi stunting (Kominfo, 2019)")]
    assert [(c.authors, c.year) for c in find_citations(blocks[2][1])] == [(("Kominfo",), "2019")]


def test_a_shortcode_or_include_caption_is_kept_and_the_tag_dropped():
    blocks = _blocks('# Peta\n\n{{< figure src="/img/peta.png" caption="Peta sebaran stunting (Kemenkes, 2018)" >}}\n\n'
                     "Teks {% include figure.html image=\"a.jpg\" caption='Posyandu di desa (Dinkes, 2020)' %} utuh.\n\n"
                     '{{< figure\n    src="/img/t.png"\n    title="Penimbangan balita di posyandu"\n>}}\n\n'
                     '{{< youtube abc123 >}}\n\nPenutup.\n')
    assert blocks[1:] == [("paragraph", "Peta sebaran stunting (Kemenkes, 2018)"), ("paragraph", "Teks utuh."),
                          ("paragraph", "Posyandu di desa (Dinkes, 2020)"),
                          ("paragraph", "Penimbangan balita di posyandu"), ("paragraph", "Penutup.")]


def test_a_caption_the_text_also_writes_under_the_image_is_read_once():
    blocks = _blocks("# Peta\n\n![Gambar 1. Peta stunting (Kemenkes, 2018)](peta.png)\n\n"
                     "*Gambar 1. Peta stunting (Kemenkes, 2018)*\n\nTeks sesudahnya.\n")
    assert blocks[1:] == [("paragraph", "Gambar 1. Peta stunting (Kemenkes, 2018)"), ("paragraph", "Teks sesudahnya.")]


def test_inline_sup_numbers_read_as_superscript_not_glued_to_the_word():
    # "kerjasama<sup>3</sup>" as plain digits is "kerjasama3", one search word no question matches.
    text = "Luasnya 5 m<sup>2</sup> untuk kerjasama<sup>3</sup> regional pada tahun 1990<sup>an</sup>.\n"
    doc = markdown.read(text.encode(), "a.md")
    assert [doc.block_text(b) for b in doc.blocks] == ["Luasnya 5 m² untuk kerjasama³ regional pada tahun 1990an."]


def test_a_section_numbered_without_a_hash_is_a_section_not_a_list_item_cut_after_its_first_number():
    # A skripsi converted to Markdown keeps "2.1 Judul" as plain lines: "2." is no list marker of "1 Judul".
    from telusur.chunking import chunk_document

    text = ("# Tinjauan Pustaka\n\n2.1 Pengertian Motivasi\n\nMotivasi adalah dorongan dari dalam diri seseorang.\n\n"
            "2.1.1 Jenis Motivasi\n\nMotivasi terbagi menjadi dua.\n\n2.2 Belajar\n\nBelajar adalah proses.\n\n"
            "Jumlahnya:\n\n3.5 juta siswa belajar di rumah.\n")
    doc = markdown.read(text.encode(), "bab2.md")
    chunks = chunk_document(doc)
    assert not any("2. 1" in c.text or "3. 5" in c.text for c in chunks)
    [motive] = [c for c in chunks if "dorongan" in c.text]
    assert motive.location.section == ("Tinjauan Pustaka", "2.1 Pengertian Motivasi")
    [kinds] = [c for c in chunks if "terbagi" in c.text]
    assert kinds.location.section == ("Tinjauan Pustaka", "2.1 Pengertian Motivasi", "2.1.1 Jenis Motivasi")
    [learning] = [c for c in chunks if "Belajar adalah" in c.text]
    assert learning.location.section == ("Tinjauan Pustaka", "2.2 Belajar")


def test_an_indented_blocks_printed_output_is_text_not_headings():
    # R Markdown (knitr) prints a program's output indented, "##" before each line: figures asked about (a test's
    # statistic, its p-value), never section titles; an indented block of prose is still read as Markdown
    got = _blocks("Hasil uji t:\n\n    ##  t = 2.31, df = 18  \n    ##  p-value = 0.033\n\nJadi rata-rata berbeda.\n\n"
                  "    Paragraf yang ditempel\n    dengan indentasi.\n")
    assert [k for k, _ in got] == ["paragraph", "paragraph", "paragraph", "paragraph"]
    assert "p-value = 0.033" in got[1][1] and "t = 2.31, df = 18\n" in got[1][1]
