"""A note naming two works in full gives each its entry, as a reference list would hold them: the second work ("…;
bandingkan dengan Rusdi Harahap, Ilmu Hukum (Makassar: Lontara Press, 2000), hlm. 53.") was cited but had no entry
(notes.note_reference read the first work only), so a law chapter with no list showed it without its title and
publisher (issue 14, the last session's left list; fresh gold 19). A reference back after ';' gives none. Made-up
notes."""

from __future__ import annotations

from telusur.citations import build_registry
from telusur.chunking import chunk_document
from telusur.documents import markdown

CHAPTER = """# Perikatan

Perjanjian adalah sumber perikatan yang terpenting.[^1] Perikatan juga lahir dari undang-undang.[^2]

[^1]: Lihat Hendra Kusuma, *Pengantar Hukum Perdata* (Semarang: Pustaka Bahari, 2003), hlm. 18; bandingkan dengan Rusdi Harahap, *Ilmu Hukum* (Makassar: Lontara Press, 2000), hlm. 53.
[^2]: Budi Wijaya, *Hukum Kontrak* (Jakarta: Sinar Grafika, 2010), hlm. 5; Kusuma, op. cit., hlm. 20.
"""


def test_each_work_a_note_names_in_full_has_its_entry():
    doc = markdown.read(CHAPTER.encode(), "perikatan.md")
    works = {w.label: w for w in build_registry(chunk_document(doc), [doc]) if w.cited}
    entries = {label: (w.reference.title, w.reference.publisher) if w.reference else None for label, w in works.items()}
    assert entries == {"Kusuma (2003)": ("Pengantar Hukum Perdata", "Pustaka Bahari"),
                       "Harahap (2000)": ("Ilmu Hukum", "Lontara Press"),
                       "Wijaya (2010)": ("Hukum Kontrak", "Sinar Grafika")}
