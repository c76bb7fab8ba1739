"""An item title over its prose is said with that prose when a page's footnotes stand between it and its sibling
items: nabi-israel's PDF reads "b) Nabi-Nabi Abad kedelapan: Amos, Hosea, Yesaya, Mikha, dan Yunus" (longer than a
short heading, so a title only because its siblings "a)" and "c)" are) between the notes of two pages. The notes
ended the walk to its siblings, so "b)" and "e)" were passages of one line and "nabi abad ke delapan siapa aja" found
the prose under them, which never names the prophets (issue 15: two misses of team set 10)."""

from __future__ import annotations

from telusur.chunking import chunk_document
from telusur.documents.model import DocumentBuilder

_LONG_TITLE = "b) Nabi-Nabi Abad kedelapan: Amos, Hosea, Yesaya, Mikha, dan Yunus"


def _chunks(note_between: bool):
    b = DocumentBuilder()
    b.heading("Nabi-Nabi Penulis", 1)
    b.add("paragraph", "Para nabi penulis dikelompokkan menurut abad pelayanan mereka sebagai berikut ini.")
    b.add("item", "a) Nabi-Nabi abad kesembilan: Obaja dan Yoel")
    b.add("paragraph", "Obaja dan Yoel melayani pada abad kesembilan ketika kerajaan masih terbagi dua dan "
                       "raja-raja Yehuda memerintah di Yerusalem.")
    if note_between:
        b.add("footnote", "18 Lihat Skinner, Prophecy and Religion, hlm. 105.")
        b.add("footnote", "19 Ibid., hlm. 106.")
    b.add("item", _LONG_TITLE)
    b.add("paragraph", "Empat di antara para nabi abad kedelapan menyebutkan sendiri masa hidup mereka sehingga "
                       "tidak ada pertanyaan tentang zaman pelayanan mereka.")
    if note_between:
        b.add("footnote", "20 Harrel, The Prophets of Israel, hlm. 164.")
    b.add("item", "c) Nabi-Nabi Abad Ketujuh: Nahum dan Habakuk")
    b.add("paragraph", "Nahum tidak menunjukkan tahun pelayanannya secara khusus tetapi pasti sebelum kejatuhan "
                       "kota Niniwe pada tahun 612 SM.")
    return chunk_document(b.build("nabi.pdf", "Nabi Israel", "0" * 64, "pdf"))


def test_a_long_item_title_after_a_pages_notes_is_said_with_its_prose():
    for note_between in (False, True):
        chunks = _chunks(note_between)
        [titled] = [c for c in chunks if _LONG_TITLE in c.text]
        assert "Empat di antara para nabi" in titled.text, (note_between, [c.text[:50] for c in chunks])
        assert not any(c.text.strip() == _LONG_TITLE for c in chunks)


_SUMMARY = ("Bila ditinjau kembali semua nabi penulis ini terlihat bahwa urutan kitab mereka pada umumnya sesuai dengan "
            "tahun pelayanan mereka.")


def test_a_paragraph_summing_up_the_list_is_no_prose_of_its_last_titled_item():
    """A titled item's prose runs to the next item or the section's end, but not over a paragraph pointing back at
    all of the list ("Bila ditinjau kembali semua nabi penulis ini …"): with "c)" a title, that closing summary was
    said under "c)" and lost two questions on the whole list to near neighbours."""
    b = DocumentBuilder()
    b.heading("Nabi-Nabi Penulis", 1)
    b.add("paragraph", "Para nabi penulis dikelompokkan menurut abad pelayanan mereka sebagai berikut ini.")
    b.add("item", "a) Nabi-Nabi abad kesembilan: Obaja dan Yoel")
    b.add("paragraph", "Obaja dan Yoel melayani pada abad kesembilan ketika kerajaan masih terbagi dua.")
    b.add("footnote", "19 Ibid., hlm. 106.")
    b.add("item", _LONG_TITLE)
    b.add("paragraph", "Empat di antara para nabi abad kedelapan menyebutkan sendiri masa hidup mereka.")
    b.add("item", "c) Nabi-Nabi Abad Ketujuh: Nahum dan Habakuk")
    b.add("paragraph", "Nahum tidak menunjukkan tahun pelayanannya secara khusus.")
    b.add("paragraph", "Habakuk juga tidak menunjukkan tahun nubuatnya secara persis, namun tersirat dalam kitabnya.")
    b.add("paragraph", _SUMMARY)
    chunks = chunk_document(b.build("nabi.pdf", "Nabi Israel", "0" * 64, "pdf"))
    [habakuk] = [c for c in chunks if "Habakuk juga" in c.text]
    [summary] = [c for c in chunks if "Bila ditinjau kembali" in c.text]
    assert "c) Nabi-Nabi Abad Ketujuh" in habakuk.heading, [(c.heading, c.text[:40]) for c in chunks]
    assert "c) Nabi-Nabi Abad Ketujuh" not in summary.heading, [(c.heading, c.text[:40]) for c in chunks]
