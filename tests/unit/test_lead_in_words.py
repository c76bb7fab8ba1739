"""A lead-in may announce its list by its words alone, with no colon (issue 14, "reading that generalises"): "…
memiliki ciri-ciri di bawah ini", "… sebagai berikut", "… berikut ini." (structure.announces_list). On an open
document (kesulitan-belajar) such a line headed its list only because it was short enough to pass for a title; a
longer one, or one of two sentences, left its items a passage without the sentence saying what they are. Made-up
texts."""

from __future__ import annotations

import pytest

from telusur.chunking import chunk_document
from telusur.documents import markdown
from telusur.documents.structure import announces_list

ITEMS = ["Sering kesulitan memahami bacaan yang sederhana.", "Lambat menyalin tulisan dari papan tulis.",
         "Sukar membedakan huruf b dan d ketika membaca."]
LEADS = [
    # two sentences: no title line, whatever its length
    "Kesulitan belajar tampak dalam banyak hal. Ciri-ciri anak berkesulitan belajar dapat dilihat di bawah ini",
    # one sentence, too long for a title line
    "Menurut para ahli pendidikan, anak berkesulitan belajar yang sering dijumpai guru di sekolah dasar "
    "menunjukkan ciri-ciri berikut ini",
    "Guru kelas yang mengamati muridnya setiap hari dapat mengenali anak berkesulitan belajar dari tanda-tanda "
    "sebagai berikut",
    "Tanda-tanda yang paling sering dilaporkan oleh guru dan orang tua murid di sekolah dasar negeri adalah seperti "
    "berikut ini.",
]


@pytest.mark.parametrize("lead", LEADS)
def test_a_lead_in_announcing_its_list_without_a_colon_heads_it(lead):
    text = "# Kesulitan Belajar\n\n" + lead + "\n\n" + "\n".join(f"- {x}" for x in ITEMS) + "\n"
    chunks = chunk_document(markdown.read(text.encode(), "a.md"))
    assert not any(c.text.strip() == lead for c in chunks), [c.text for c in chunks]
    [passage] = [c for c in chunks if ITEMS[0] in c.text]
    assert passage.text.startswith(lead) and ITEMS[-1] in passage.text


@pytest.mark.parametrize("line, announces", [
    ("Anak berkesulitan belajar memiliki ciri-ciri di bawah ini", True),
    ("Ciri-cirinya dapat dilihat dibawah ini.", True),
    ("Penyebabnya antara lain sebagai berikut", True),
    ("Langkah-langkahnya adalah sebagai berikut ini.", True),
    ("Adapun kelebihannya adalah:", True),
    ("Tabel di bawah ini menunjukkan hasil pengujian.", False),  # the words inside a sentence point at nothing next
    ("Hal berikut ini sering dilupakan guru.", False),
])
def test_the_words_that_announce_a_list(line, announces):
    assert announces_list(line) is announces


def test_a_lead_in_without_a_colon_over_headings_reads_them_as_its_items():
    """The other reading of the rule (structure.headings_as_items): its headings one level down are its items."""
    text = ("# Kesulitan Belajar\n\nPenyebab kesulitan belajar dapat dikelompokkan sebagai berikut\n\n"
            "## Faktor internal\n\nKemampuan dan minat anak itu sendiri.\n\n"
            "## Faktor eksternal\n\nKeadaan keluarga dan sekolahnya.\n")
    doc = markdown.read(text.encode(), "a.md")
    assert [b.kind for b in doc.blocks if doc.block_text(b).endswith(("internal", "eksternal"))] == ["item", "item"]


QUOTE = ("> Kesulitan belajar adalah hambatan yang dialami anak dalam mengikuti pelajaran di sekolah walaupun "
         "kecerdasannya tergolong rata-rata.")


@pytest.mark.parametrize("lead", [
    "Dalam penelitian ini ciri-ciri anak berkesulitan belajar yang diamati guru dapat dilihat di bawah ini.",
    "Dalam penelitian ini ciri-ciri anak berkesulitan belajar yang diamati guru adalah sebagai berikut:"])
def test_a_lead_in_opening_on_the_block_before_heads_its_list_not_that_blocks_sequel(lead):
    """A lead-in whose first words go on from the quote before it ("Dalam penelitian ini …") is no paragraph going on
    from that quote (chunking._take_sequel): it introduces the list after it, and heads it (satriadewa2x--prosedur-ptk
    writes "… alur Penelitian Tindakan Kelas ini seperti dibawah ini." after a quoted definition)."""
    text = ("# Kesulitan Belajar\n\nMenurut Abdurrahman, kesulitan belajar didefinisikan sebagai berikut:\n\n"
            + QUOTE + "\n\n" + lead + "\n\n" + "\n".join(f"- {x}" for x in ITEMS) + "\n")
    chunks = chunk_document(markdown.read(text.encode(), "a.md"))
    [passage] = [c for c in chunks if ITEMS[0] in c.text]
    assert passage.text.startswith(lead) and ITEMS[-1] in passage.text, [c.text for c in chunks]


@pytest.mark.parametrize("lead", ["Struktur organisasi sekolah dapat dilihat pada gambar di bawah ini.",
                                  "Jumlah siswa setiap kelas dapat dilihat pada Tabel 2.1 berikut ini"])
def test_a_sentence_pointing_at_a_figure_or_table_announces_no_list(lead):
    """"… pada gambar di bawah ini." over the next subsections (the figure itself an image the text leaves out)
    announces a figure, not its subsections as items: they stay headings."""
    from telusur.documents import markdown

    body = "Bagian ini menjelaskan tugas masing-masing pihak dengan kalimat yang cukup panjang untuk dibaca."
    text = (f"# Bab 2\n\n## 2.1 Struktur Organisasi\n\n{lead}\n\n![Struktur](struktur.png)\n\n"
            f"### 2.1.1 Tugas Kepala Sekolah\n\n{body}\n\n### 2.1.2 Tugas Guru\n\n{body}\n")
    doc = markdown.read(text.encode(), "a.md")
    assert not announces_list(lead)
    assert [doc.block_text(b) for b in doc.blocks if b.kind == "heading"][-2:] == ["2.1.1 Tugas Kepala Sekolah",
                                                                                  "2.1.2 Tugas Guru"]


@pytest.mark.parametrize("lead", ["Langkah-langkah membuat tabel sebagai berikut.", "Jenis-jenis grafik sebagai berikut",
                                  "Komponen diagram di bawah ini"])
def test_a_sentence_about_tables_or_figures_announces_its_list(lead):
    """A caption word that no number follows and no word points at ("pada gambar", "dalam tabel") is what the
    sentence is about, whose kinds or steps follow as items; 81cb70d read it as pointing at a figure."""
    assert announces_list(lead)
