"""Reading kinds team set 25's misses, the Left list and read30 showed (session 40, helper "reading"): each rule tested
on a hand-made document in other words than the real one that showed it."""

from __future__ import annotations

from telusur.chunking import chunk_document
from telusur.documents import READERS, read_document
from telusur.documents.html import document_from_html
from telusur.documents.markdown import read_markdown
from telusur.sentences import sentence_spans
from telusur.uploads import KINDS


def _file(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path, name)


def _md(source: str, name: str = "a.md"):
    return read_markdown(source.encode("utf-8"), name, "md")


def _html(source: str):
    return document_from_html(source, "a.html", "0")


def _chunks(doc) -> list[str]:
    return [c.text for c in chunk_document(doc)]


def _blocks(doc) -> list[tuple[str, str, str]]:
    return [(b.kind, b.marker, doc.text[b.start:b.end]) for b in doc.blocks]


# ------------------------------------------------------------------ lists styled as lettered or numbered by CSS

def test_a_list_styled_lettered_or_numbered_by_css_shows_its_letters_and_numbers():
    """<ul style="list-style: lower-alpha"> shows "a.", "b." in a browser, and a utility class "list-decimal" numbers
    a <ul>: the reader gave each "•". A plain <ul> keeps its bullets, an <ol type="i"> its roman numbers."""
    doc = _html("""<html><body><h2>Langkah Menanam Cabai</h2>
<ul style="margin-left: 2em; list-style-type: lower-alpha;"><li>Semai benih di polybag kecil.</li>
<li>Pindahkan bibit setelah berdaun empat.</li></ul>
<ul class="list-decimal ms-4"><li>Siram pagi hari.</li><li>Beri pupuk seminggu sekali.</li></ul>
<ul><li>Cabai rawit</li><li>Cabai keriting</li></ul>
<ol type="i"><li>Panen pertama</li><li>Panen kedua</li></ol></body></html>""")
    items = [t for k, _, t in _blocks(doc) if k == "item"]
    assert items == ["a. Semai benih di polybag kecil.", "b. Pindahkan bibit setelah berdaun empat.",
                     "1. Siram pagi hari.", "2. Beri pupuk seminggu sekali.", "• Cabai rawit", "• Cabai keriting",
                     "i. Panen pertama", "ii. Panen kedua"], items


# ------------------------------------------------------------ text written straight inside a list, no <li>

def test_text_written_straight_inside_a_list_is_read_its_typed_numbers_items():
    """A hand-written template puts its numbered steps straight inside a <ul>, lines split by <br/>, no <li>; a
    browser shows them, the reader read only the list's <li>s and lost the steps (most of such a page's text). The
    typed numbers are items, a bold note between them is read, and a real <li> after them keeps its bullet."""
    doc = _html("""<html><body><h2>Memasang Rak Dinding</h2><ul>
1. Tandai posisi rak dengan pensil dan waterpass.<br/>
2. Bor lubang sedalam lima sentimeter pada tanda itu.<br/>
<b>Perhatian:</b> pakai kacamata pelindung saat mengebor beton.<br/>
<li>Kencangkan sekrup dengan obeng plus.</li>
</ul><p>Rak siap dipakai setelah lem kering semalam.</p></body></html>""")
    blocks = [(k, t) for k, _, t in _blocks(doc)]
    assert ("item", "1. Tandai posisi rak dengan pensil dan waterpass.") in blocks, blocks
    assert ("item", "2. Bor lubang sedalam lima sentimeter pada tanda itu.") in blocks, blocks
    assert "Perhatian: pakai kacamata pelindung saat mengebor beton." in doc.text, doc.text
    assert ("item", "• Kencangkan sekrup dengan obeng plus.") in blocks, blocks
    assert doc.text.index("Tandai posisi") < doc.text.index("Kencangkan") < doc.text.index("Rak siap")
    plain = _html("<html><body><ul>\n  <li>Satu</li>\n  <li>Dua</li>\n</ul></body></html>")
    assert [(k, t) for k, _, t in _blocks(plain)] == [("item", "• Satu"), ("item", "• Dua")]


# ------------------------------------------------------------- a plain text's heading opened by emoji

def test_a_plain_text_heading_opened_by_emoji_is_a_heading_named_without_them(tmp_path):
    """A .txt whose section titles open with emoji ("🐟 Memilih Induk") read each title as a passage of its own
    (a title must open with a capital); it is the section of the paragraph under it, named by its words."""
    doc = _file(tmp_path, "ikan.txt", "BUDIDAYA LELE\n\nLele mudah dipelihara di kolam terpal di pekarangan rumah.\n\n"
                "🐟 Memilih Induk\n\nInduk yang baik berumur satu tahun dan bergerak lincah di dalam air.\n\n"
                "🍚 Memberi Pakan\n\nPakan pelet diberikan dua kali sehari sebanyak tiga persen bobot ikan.\n")
    chunks = chunk_document(doc)
    by_text = {c.text: c.location.section for c in chunks}
    assert not any("Memilih Induk" in c.text for c in chunks), [c.text for c in chunks]
    assert by_text["Induk yang baik berumur satu tahun dan bergerak lincah di dalam air."][-1] == "Memilih Induk"
    assert by_text["Pakan pelet diberikan dua kali sehari sebanyak tiga persen bobot ikan."][-1] == "Memberi Pakan"


# ------------------------------------------------------------- a picture's source line under it

def test_a_pictures_source_line_is_read_with_the_text_above_it_not_alone():
    """"Referensi: https://…" (or "Sumber: situs") right under a picture whose markup shows nothing was a passage of
    its own: it goes with the text above, as a caption's source line does."""
    doc = _md("# Gunung Api\n\nGunung api terbentuk di batas lempeng tempat magma naik ke permukaan bumi. "
              "Gambar di bawah ini menunjukkan lapisan di dalam sebuah gunung api aktif.\n\n"
              "![lapisan](gunung.png)\n\nReferensi: https://www.contoh-geologi.org/gunung-api\n\n"
              "## Jenis Letusan\n\nLetusan efusif mengalirkan lava, sedangkan letusan eksplosif melontarkan abu.\n")
    chunks = _chunks(doc)
    assert "Referensi: https://www.contoh-geologi.org/gunung-api" not in chunks, chunks
    assert any(c.startswith("Gunung api terbentuk") and c.endswith("gunung-api") for c in chunks), chunks


# ------------------------------------------------------------- MDX, Quarto and R Markdown files

def test_mdx_quarto_and_r_markdown_files_are_read_as_markdown(tmp_path):
    """A Docusaurus .mdx, a Quarto .qmd and an R Markdown .Rmd were skipped as an unknown kind of file; they are
    Markdown with code chunks and components, and an upload accepts them."""
    for suffix in (".mdx", ".qmd", ".rmd"):
        assert READERS.get(suffix) == "markdown" and KINDS.get(suffix) == "text", suffix
    doc = _file(tmp_path, "Bab-1.Rmd", "# Peluang\n\nPeluang suatu kejadian bernilai antara nol dan satu.\n")
    assert doc.text.endswith("Peluang suatu kejadian bernilai antara nol dan satu.\n") or \
        "Peluang suatu kejadian bernilai antara nol dan satu." in doc.text


def test_mdx_import_and_export_statements_and_jsx_comments_are_no_text():
    """MDX's JavaScript ("import Tabs from '@theme/Tabs';", "export const Warna = …" to the next blank line, "{/* … */}"),
    in an .mdx or a Docusaurus .md, was read as the page's first passage; the same lines inside a code fence stay code."""
    doc = _md("""import Tabs from '@theme/Tabs';
import { Callout } from "nextra/components"
export const Warna = ({ children }) => (
  <span style={{ color: 'green' }}>{children}</span>
);

# Fotosintesis

{/* catatan penulis: tambah gambar nanti */}
Daun mengubah cahaya matahari menjadi energi kimia yang disimpan sebagai glukosa.

```js
import sinar from './sinar.js';
```
""")
    text = doc.text
    assert "@theme" not in text and "nextra" not in text and "Warna" not in text and "catatan penulis" not in text
    assert "Daun mengubah cahaya matahari" in text and "import sinar from './sinar.js';" in text


def test_a_components_label_titles_its_panel():
    """<TabItem value="..." label="Windows"> names its panel as an <Accordion title="..."> does: the label heads the
    text inside it."""
    doc = _md("""# Memasang Python

<Tabs>
<TabItem value="win" label="Windows">

Unduh pemasang dari situs resminya lalu centang pilihan tambahkan ke PATH sebelum memasang.

</TabItem>
<TabItem value="lin" label="Linux">

Pakai pengelola paket distribusi, misalnya apt, untuk memasang versi terbaru yang tersedia.

</TabItem>
</Tabs>
""")
    sections = {doc.text[b.start:b.end][:12]: b.location.section for b in doc.blocks if b.kind == "paragraph"}
    assert sections["Unduh pemasa"][-1] == "Windows" and sections["Pakai pengel"][-1] == "Linux", sections


def test_knitr_and_quarto_chunks_show_their_code_without_options_and_hidden_chunks_nothing():
    """"```{r setup, include=FALSE}" runs unseen: its code was a passage of its own; "```{r nama-chunk}" and
    "#| echo: true" lines are the chunk's options, not its code."""
    doc = _md("""---
title: "Ukuran Pemusatan"
output: html_document
---

```{r setup, include=FALSE}
knitr::opts_chunk$set(message = FALSE)
```

## Median

Median adalah nilai tengah setelah data diurutkan dari yang terkecil sampai terbesar.

```{r hitung-median}
#| echo: true
tinggi <- c(150, 162, 158)
median(tinggi)
```

```{python}
#| include: false
import pandas as pd
```
""")
    text = doc.text
    assert "opts_chunk" not in text and "import pandas" not in text
    assert "median(tinggi)" in text and "hitung-median" not in text and "#|" not in text and "{r" not in text


def test_myst_boxes_are_text_and_a_figures_caption_shows_without_its_path():
    """A Jupyter Book's "```{note}", "````{admonition} Judul" with ":class: tip" and "```{figure} path" were code blocks;
    their title and text are text, their options and the picture's path none."""
    doc = _md("""# Gaya Gesek

```{note}
Gaya gesek statis selalu lebih besar daripada gaya gesek kinetis pada benda yang sama.
```

````{admonition} Contoh Sehari-hari
:class: tip

Sepatu beralas karet mencegah kita tergelincir di lantai yang basah.
````

```{figure} gambar/balok.png
:width: 200px

Balok ditarik di atas meja kasar.
```
""")
    kinds = {doc.text[b.start:b.end]: b.kind for b in doc.blocks}
    assert kinds.get("Gaya gesek statis selalu lebih besar daripada gaya gesek kinetis pada benda yang sama.") == \
        "paragraph", kinds
    assert "Contoh Sehari-hari" in kinds and kinds.get(
        "Sepatu beralas karet mencegah kita tergelincir di lantai yang basah.") == "paragraph", kinds
    assert "Balok ditarik di atas meja kasar." in kinds, kinds
    assert not any(":class:" in t or "balok.png" in t or ":width:" in t for t in kinds), kinds


def test_a_boxs_bold_title_is_a_line_of_text_not_a_section_left_open():
    """":::info[**Penting**]" read as a bold line, i.e. a heading, whose section the box's end left open: the
    paragraphs after the box were that title's. The title is a line of text."""
    doc = _md("""# Tata Surya

## Planet Dalam

Merkurius adalah planet terdekat dari Matahari dan tidak memiliki satelit alami sama sekali.

:::info[**Penting**]
Venus berputar ke arah yang berlawanan dengan sebagian besar planet lain.
:::

Bumi satu-satunya planet yang diketahui memiliki air cair di permukaannya dalam jumlah besar.
""")
    last = next(b for b in doc.blocks if doc.text[b.start:b.end].startswith("Bumi"))
    assert last.location.section[-1] == "Planet Dalam", last.location.section
    assert "Penting" in doc.text and "**" not in doc.text


# ------------------------------------------------------------- an <aside> of the text beside the article in <main>

def test_an_aside_box_of_sentences_beside_the_article_in_main_is_read_and_a_sidebar_is_not():
    """The page's <main> holds its <article> and an <aside> with a heading and a paragraph of sentences ("Info
    Tambahan"): reading the one article left the box out. A sidebar of link lists stays out."""
    doc = _html("""<html><body><main>
<article><h1>Candi Prambanan</h1>
<p>Candi Prambanan adalah kompleks candi Hindu terbesar di Indonesia yang dibangun pada abad kesembilan.</p></article>
<aside><h2>Info Tambahan</h2><p>Candi ini masuk daftar Warisan Dunia UNESCO sejak tahun 1991 bersama Candi Sewu.</p>
</aside>
<aside><h3>Artikel Lain</h3><ul><li><a href="/a">Candi Borobudur</a></li><li><a href="/b">Candi Mendut</a></li></ul>
</aside></main></body></html>""")
    assert "Warisan Dunia UNESCO sejak tahun 1991" in doc.text, doc.text
    assert "Candi Prambanan adalah kompleks candi Hindu" in doc.text
    assert "Candi Mendut" not in doc.text and "Artikel Lain" not in doc.text


# ------------------------------------------------------------- a formula's charge before a space

def test_a_formulas_charge_before_a_space_stays_apart_and_a_broken_word_is_joined():
    """"ion Cl- dan" / "ion OH- akan": the charge of a formula, not a word broken at a line's end; the reader joined
    it to the next word ("OH-akan"). "masing- masing" is still joined."""
    doc = _html("<html><body><p>Garam dapur terurai menjadi ion Na+ dan ion Cl- ketika dilarutkan, sedangkan ion OH- "
                "menaikkan pH dan NO3- tetap di larutan; masing- masing ion bergerak bebas di dalam air.</p></body></html>")
    assert "ion OH- menaikkan" in doc.text and "NO3- tetap" in doc.text, doc.text
    assert "masing-masing ion" in doc.text, doc.text


# ------------------------------------------------------------- a title before a name is no sentence end

def test_a_title_before_a_name_ends_no_sentence():
    """"RMT. Sosro …", "KH. Ahmad …", "Jend. Sudirman": a noble's, a kiai's or a rank's title abbreviated before a
    name; the splitter ended a sentence at its stop, and a long paragraph's passage was cut there."""
    text = ("Pada masa itu KH. Wahid Hasyim memimpin rapat, lalu RM. Suryo Sumarno membacakan usul dari Jend. "
            "Sudirman di depan peserta. Rapat selesai sore hari.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Pada masa itu KH. Wahid Hasyim memimpin rapat, lalu RM. Suryo Sumarno membacakan usul dari Jend. Sudirman di "
        "depan peserta.", "Rapat selesai sore hari."]
