"""A title line over a list's lead-in heads that list (issue 14, "reading that generalises"): on an open document
(kenaikan-pangkat-pns) "Kelebihan MySQL" over "Adapun kelebihan MySQL … adalah:" and its items was a passage of its
own, the title alone, a useless answer taking a rank. It is one passage with its lead-in and list, and the later
pieces of a long list keep the title and the lead-in as their heading. Made-up texts."""

from __future__ import annotations

import pytest

from telusur.chunking import chunk_document
from telusur.documents import markdown

ITEMS = ["Gratis sehingga mudah didapatkan oleh siapa saja.", "Stabil dan tangguh dalam pengoperasiannya.",
         "Mempunyai sistem keamanan yang cukup baik."]


def _chunks(text: str):
    return chunk_document(markdown.read(text.encode(), "a.md"))


@pytest.mark.parametrize("quote", ["", "> "])
def test_a_title_over_a_lead_in_heads_its_list(quote):
    text = (f"# Basis Data\n\n{quote}Kelebihan MySQL\n\n{quote}Adapun kelebihan MySQL dalam database adalah:\n\n"
            + "\n".join(f"- {x}" for x in ITEMS) + "\n")
    chunks = _chunks(text)
    assert not any(c.text.strip() == "Kelebihan MySQL" for c in chunks), [c.text for c in chunks]
    [passage] = [c for c in chunks if "Kelebihan MySQL" in c.text]
    assert "adalah:" in passage.text and ITEMS[0][:20] in passage.text and ITEMS[-1][:20] in passage.text


def test_a_long_lists_later_pieces_are_headed_by_its_title_and_lead_in():
    items = [f"Kelebihan ke-{n} adalah " + "sistem yang stabil dan tangguh dalam pengoperasiannya sehari-hari " * 3
             for n in range(1, 9)]
    text = ("# Basis Data\n\nKelebihan MySQL\n\nAdapun kelebihan MySQL dalam database adalah:\n\n"
            + "\n".join(f"{n}. {x}" for n, x in enumerate(items, 1)) + "\n")
    chunks = _chunks(text)
    pieces = [c for c in chunks if "Kelebihan ke-" in c.text]
    assert len(pieces) > 1, [c.text for c in chunks]
    assert pieces[0].text.startswith("Kelebihan MySQL\n")
    for piece in pieces[1:]:
        assert piece.heading and piece.heading.startswith("Kelebihan MySQL") and "adalah:" in piece.heading


def test_a_sentence_over_a_lead_in_is_no_title_of_it():
    """A paragraph of its own (a sentence with its stop) over a lead-in stays a passage of its own."""
    prose = ("Basis data dipakai oleh hampir semua sistem informasi. Pemilihannya bergantung pada kebutuhan "
             "pengguna dan dana yang tersedia.")
    text = (f"# Basis Data\n\n{prose}\n\nAdapun kelebihan MySQL dalam database adalah:\n\n"
            + "\n".join(f"- {x}" for x in ITEMS) + "\n")
    chunks = _chunks(text)
    assert [c for c in chunks if c.text.strip() == prose]


FEATURES = [("RESTful Routing", "RESTful adalah cara baru dalam mengelola request dengan method-method standar REST "
                                "seperti GET, POST, PUT dan DELETE."),
            ("Composer Powered", "Composer adalah pengelola dependensi PHP yang membantu kita mencari pustaka yang "
                                 "ingin kita pakai dan memasangnya.")]


@pytest.mark.parametrize("quote", ["", "> "])
@pytest.mark.parametrize("title", ["Fitur-fitur Framework Laravel", "Kelebihan dan Kekurangan MySQL"])
def test_a_title_directly_over_a_list_heads_it(quote, title):
    """No lead-in: "Fitur-fitur Framework Laravel" over its items (kenaikan-pangkat-pns writes it so) is the list's
    title, one passage with it, never a passage alone. Two capitalised parts joined by "dan" are no line of names
    when the text writes their words in small letters."""
    text = (f"# Basis Data\n\nSetiap basis data memiliki kelebihan dan kekurangan bagi penggunanya.\n\n{quote}{title}\n\n"
            + "\n".join(f"- {x}" for x in ITEMS) + "\n")
    chunks = _chunks(text)
    assert not any(c.text.strip() == title for c in chunks), [c.text for c in chunks]
    [passage] = [c for c in chunks if title in c.text]
    assert ITEMS[0][:20] in passage.text and ITEMS[-1][:20] in passage.text


@pytest.mark.parametrize("title", ["Visi dan Misi", "Alat dan Bahan", "Tugas dan Fungsi",
                                   # two words a part, as a line of names has, but over no affiliation
                                   "Modal Kerja dan Arus Kas", "Gaya Hidup dan Pola Makan"])
def test_a_title_of_common_words_never_written_small_heads_its_list(title):
    """Two capitalised dictionary words joined by "dan" are a title though the text never writes them in small
    letters: no line of authors is all common words (an author's line with affiliation marks aside)."""
    text = (f"# Profil Sekolah\n\nSekolah Harapan berdiri pada tahun 1990 dan kini memiliki dua puluh ruang "
            f"kelas.\n\n{title}\n\n" + "\n".join(f"{n}. {x}" for n, x in enumerate(ITEMS, 1)) + "\n")
    chunks = _chunks(text)
    assert not any(c.text.strip() == title for c in chunks), [c.text for c in chunks]
    [passage] = [c for c in chunks if title in c.text]
    assert ITEMS[0][:20] in passage.text and ITEMS[-1][:20] in passage.text


def test_a_title_directly_over_items_titling_prose_heads_them():
    """The items are titles over their own prose ("- RESTful Routing" / "RESTful adalah …"): the list's title heads
    the first of them."""
    text = ("# Laravel\n\nFitur-fitur Framework Laravel\n\n"
            + "\n\n".join(f"- {name}\n\n{body}" for name, body in FEATURES) + "\n")
    chunks = _chunks(text)
    assert not any(c.text.strip() == "Fitur-fitur Framework Laravel" for c in chunks), [c.text for c in chunks]
    [passage] = [c for c in chunks if "Fitur-fitur Framework Laravel" in c.text]
    assert "RESTful Routing" in passage.text


@pytest.mark.parametrize("names", ["Ika Nurjanah 1) , Franckie R.R. Maramis 1) , Sulaemana Engkeng 1)",
                                   "Rina Kartikasari, Dimas Prasetyo dan Budi Santoso",
                                   "Bunga Lestari, Intan Permata dan Putri Cahaya", "Bunga Lestari dan Intan Permata"])
def test_a_line_of_names_over_a_list_is_no_title_of_it(names):
    """An article's authors over their affiliations ("1) Fakultas …"): a line of names, no title of the list, also
    when every name is dictionary words ("Bunga Lestari": each a given and a family name, unlike "Visi dan Misi")."""
    text = (f"# Waktu Tunggu Resep\n\n{names}\n\n1) Fakultas Kesehatan Masyarakat Universitas Sam Ratulangi\n\n"
            "## Pendahuluan\n\nLama waktu tunggu pelayanan resep dapat mencerminkan proses kerja tenaga farmasi.\n")
    chunks = _chunks(text)
    assert not [c for c in chunks if names in c.text and "Fakultas" in c.text], [c.text for c in chunks]


PROSE = ("Rasio profitabilitas menunjukkan kemampuan perusahaan memperoleh laba dari penjualan, aset dan modalnya "
         "selama satu periode. Analis membandingkannya dari tahun ke tahun.")


@pytest.mark.parametrize("what", ["NPM = Laba bersih setelah pajak / Penjualan bersih x 100%",
                                  "> NPM = Laba bersih setelah pajak / Penjualan bersih x 100%",
                                  "| Rasio | Rumus |\n| --- | --- |\n| NPM | Laba bersih / Penjualan |\n"
                                  "| ROA | Laba bersih / Total aset |"])
def test_a_title_over_a_lead_in_heads_the_formula_quote_or_table_it_introduces(what):
    """"Net Profit Margin" / "Rumus yang digunakan adalah sebagai berikut:" / the formula (a paragraph, a quote, a
    table): the title heads the lead-in and what it introduces, one passage, never the title alone, nor the title and
    the lead-in without the formula."""
    text = f"# Profitabilitas\n\n{PROSE}\n\nNet Profit Margin\n\nRumus yang digunakan adalah sebagai berikut:\n\n{what}\n"
    chunks = _chunks(text)
    [passage] = [c for c in chunks if "Net Profit Margin" in c.text]
    assert "sebagai berikut:" in passage.text and "Laba bersih" in passage.text, [c.text for c in chunks]
    assert PROSE[:40] not in passage.text


@pytest.mark.parametrize("head", ["Fitur-fitur Framework Laravel",
                                  "Kelebihan MySQL\n\nAdapun kelebihan MySQL dalam database adalah:",
                                  "Anak berkesulitan belajar sering kali memiliki ciri-ciri di bawah ini"])
def test_a_lists_items_are_said_under_what_leads_it_not_the_section(head):
    """Each item of a list passage is also scored alone (chunking.chunk_parts), said under what leads it: a title, a
    title over its lead-in, a lead-in without a colon, as a lead-in with one is and as a long list's later pieces
    are, not under the section's heading ("2.4 Basis Data"), which names none of its items' subject."""
    from telusur.chunking import chunk_parts

    text = "# Basis Data\n\n## 2.4 Basis Data\n\n" + head + "\n\n" + "\n".join(f"- {x}" for x in ITEMS) + "\n"
    [passage] = [c for c in _chunks(text) if ITEMS[0] in c.text]
    parts = chunk_parts(passage)
    assert len(parts) == len(ITEMS)
    assert all(part.startswith(head.replace("\n\n", "\n") + "\n") for part in parts), parts


@pytest.mark.parametrize("formula", ["NPM = Laba Bersih / Penjualan x 100%", "ROA = Laba Bersih / Total Aset"])
def test_a_formula_under_a_title_and_its_lead_in_in_plain_text_is_no_section(formula):
    """A plain text sets its title lines alone between blank lines, and so it sets a formula: "NPM = …" was taken
    for a section title, leaving "Rumusnya sebagai berikut:" a passage alone. A line stating an equation is none."""
    from telusur.documents import text as plain

    raw = f"Net Profit Margin\n\nRumusnya sebagai berikut:\n\n{formula}\n\n{PROSE}\n"
    chunks = chunk_document(plain.read(raw.encode(), "a.txt"))
    [passage] = [c for c in chunks if "sebagai berikut:" in c.text]
    assert formula in passage.text, [c.text for c in chunks]
    assert not any(formula in c.location.section for c in chunks)
