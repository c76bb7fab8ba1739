"""A footnote naming more than one work cites each (issue 14, fresh gold 17): "…, hlm. 118; bandingkan dengan Satjipto
Rahardjo, …" in a law chapter, "…, hlm. 430-433. Lihat juga Osa Triyatna, …" in a tuning PDF (nabi-israel). The first
work is still the one an Ibid. after the note refers to; a later work is found by a later op. cit. Made-up notes."""

from __future__ import annotations

from telusur.chunking import chunk_document
from telusur.citations.notes import footnote_citations
from telusur.documents import markdown

CHAPTER = """# Perikatan

Perjanjian adalah sumber perikatan yang terpenting.[^1] Perikatan juga lahir dari undang-undang.[^2]

Hukum kebiasaan diakui sepanjang tidak bertentangan dengan undang-undang.[^3]

[^1]: Lihat Hendra Kusuma, *Pengantar Hukum Perdata*, (Semarang: Pustaka Bahari, 2003), hlm. 18; bandingkan dengan Rusdi Harahap, *Ilmu Hukum*, (Makassar: Lontara Press, 2000), hlm. 53.
[^2]: Ibid., hlm. 20.
[^3]: Harahap, op. cit., hlm. 61.
"""


def test_each_work_a_note_names_is_cited_where_its_mark_stands():
    chunks = chunk_document(markdown.read(CHAPTER.encode(), "perikatan.md"))
    labels = {c.text[:20]: [x.label for x in c.citations] for c in chunks}
    assert labels["Perjanjian adalah su"] == ["Kusuma (2003: 18)", "Harahap (2000: 53)", "Kusuma (2003: 20)"]
    assert labels["Hukum kebiasaan diak"] == ["Harahap (2000: 61)"]  # op. cit. finds the note's second work


def test_a_later_work_after_a_full_stop_and_a_cue_and_not_the_same_works_pages():
    notes = ["Laurent Kusuma, “Siapakah Sang Nabi Itu? (I)” dalam Majalah Rohani, Oktober 1995, hlm. 430-433. "
             "Lihat juga Osa Harahap, “Siapakah Sang Nabi Itu? (II)” dalam Majalah Rohani, Oktober, 1995, hlm. 434-436.",
             "J. Kusuma, Nubuat Israel (Oxford: Blackwell, 1962), p. 96. Bandingkan dengan hlm. 99-100.",
             "Lihat juga Kusuma, op. cit., hlm. 118; dan Harahap, op. cit., hlm. 440.",  # "; dan": two works back
             "Yang dimaksud hukum adat di sini adalah hukum adat dalam arti luas; hukum itu tidak tertulis."]
    marks = "Nabi itu.[^1] Nubuat itu.[^2] Kitab itu.[^3] Hukum itu.[^4]\n\n"
    text = marks + "".join(f"[^{i}]: {n}\n" for i, n in enumerate(notes, 1))
    doc = markdown.read(text.encode(), "nabi.md")
    cited = [c.label for c in footnote_citations(doc) if not c.in_note]
    assert cited == ["Kusuma (1995: 430-433)", "Harahap (1995: 434-436)", "Kusuma (1962: 96)", "Kusuma (1962: 118)",
                     "Harahap (1995: 440)"]
