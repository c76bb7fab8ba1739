"""Works cited in footnotes: the passage carrying a note reference cites the work its note names (hand-made texts)."""

from __future__ import annotations

import pytest

from telusur.chunking import chunk_document
from telusur.citations.notes import parse_note, resolve
from telusur.documents import markdown

LAW = """# Penelitian Hukum

Penelitian hukum normatif meneliti bahan pustaka atau data sekunder.[^1] Ia mencakup asas-asas hukum.[^2]

Hukum adat adalah hukum yang tidak tertulis.[^3] Hukum adat tumbuh dari kebiasaan masyarakat.[^4]

Sumber hukum formal meliputi undang-undang, kebiasaan, dan traktat.[^5]

[^1]: Soerjono Soekanto, *Pengantar Penelitian Hukum* (Jakarta: UI Press, 1986), hlm. 43.
[^2]: Ibid., hlm. 45.
[^3]: Yang dimaksud hukum adat di sini adalah hukum adat dalam arti luas.
[^4]: Soekanto, op. cit., hlm. 12.
[^5]: Soerjono Soekanto dan Sri Mamudji, *Penelitian Hukum Normatif* (Jakarta: Rajawali Pers, 2001), hlm. 13.
"""


def _labels(raw: str, rel: str = "hukum.md") -> dict[str, list[str]]:
    doc = markdown.read(raw.encode(), rel)
    return {chunk.text[:20]: [c.label for c in chunk.citations] for chunk in chunk_document(doc)}


def test_a_markdown_note_reference_cites_the_work_of_its_note():
    labels = _labels(LAW)
    assert labels["Penelitian hukum nor"] == ["Soekanto (1986: 43)", "Soekanto (1986: 45)"]  # Ibid. with its page
    assert labels["Hukum adat adalah hu"] == ["Soekanto (1986: 12)"]  # the explanation cites nothing; op. cit. does
    assert labels["Sumber hukum formal "] == ["Soekanto dan Mamudji (2001: 13)"]
    assert labels["³ Yang dimaksud huku"] == []
    assert labels["¹ Soerjono Soekanto,"] == ["Soekanto (1986: 43)"]  # the note itself cites its work


def test_a_lettered_markdown_note_is_linked_and_a_power_is_not_a_reference():
    text = ("Luas lahan itu 10² kilometer persegi.\n\nLahan gambut mudah terbakar.[^a]\n\n"
            "[^a]: Andi Hamzah, “Penegakan Hukum Lingkungan”, Sinar Grafika, Jakarta, 2005, h. 9.\n\n"
            "[^2]: Catatan yang tidak dirujuk.\n")
    labels = _labels(text)
    assert labels["Lahan gambut mudah t"] == ["Hamzah (2005: 9)"]
    assert labels["Luas lahan itu 10² k"] == []


@pytest.mark.parametrize("note, names, year, pages", [
    ("Andi Hamzah, “Penegakan Hukum Lingkungan”, Sinar Grafika, Jakarta, 2005, h. 9.", ("Andi Hamzah",), "2005", "9"),
    ("Rasyid, Fachmi, “Permasalahan dan Dampak Kebakaran Hutan”, Jurnal Lingkar Widyaiswara, Vol. 1, No. 4, 2014, h. 3.",
     ("Rasyid",), "2014", "3"),  # family name first, then the given name
    ("Lihat John Skinner, Prophecy and Religion (London: Cambridge University Press, 1963), hlm. 20.",
     ("John Skinner",), "1963", "20"),
    ("Uraian lengkapnya lihat Bruce Feiler, Abraham (New York: Harper Collins, 2002).", ("Bruce Feiler",), "2002", None),
    ("J.Lindblom, Prophecy in Ancient Israel (Oxford: Blackwell, 1962), p. 96. Bandingkan dengan hlm. 99-100.",
     ("J. Lindblom",), "1962", "96"),
    ('Budi Santoso, "Hukum Adat 2010," Jurnal Hukum 5, no. 2 (2019): 10-20.', ("Budi Santoso",), "2019", None),
    ("Laurent Reresi, “Siapakah Sang Nabi Itu?” dalam Majalah Rohani, Oktober 1995, hlm. 430-433.",
     ("Laurent Reresi",), "1995", "430-433"),
    # a month as documents.model writes it, one list for every date (the older spelling, a short form with its full
    # stop, a month typed small): notes once kept a list of their own that lacked them and read no year
    ("Laurent Reresi, “Siapakah Sang Nabi Itu?” dalam Majalah Rohani, Nopember 1995, hlm. 430-433.",
     ("Laurent Reresi",), "1995", "430-433"),
    ("Laurent Reresi, “Siapakah Sang Nabi Itu?” dalam Majalah Rohani, edisi Sept. 1995, hlm. 430-433.",
     ("Laurent Reresi",), "1995", "430-433"),
    ("Laurent Reresi, “Siapakah Sang Nabi Itu?” dalam Majalah Rohani, edisi oktober 1995, hlm. 430-433.",
     ("Laurent Reresi",), "1995", "430-433"),
    ("Sulistyowati Irianto dan Shidarta (ed.), Metode Penelitian Hukum (Jakarta: Obor, 2009), hlm. 4.",
     ("Sulistyowati Irianto", "Shidarta"), "2009", "4"),
    ("Nyoman Serikat Putra Jaya, “Kapita Selekta Hukum Pidana”, Badan Penerbit Undip, Semarang, 2005, h.239.",
     ("Nyoman Serikat Putra Jaya",), "2005", "239"),  # names the dictionary also knows stay names
])
def test_a_note_gives_its_authors_year_and_page(note, names, year, pages):
    work = parse_note(note)
    assert (work.names, work.year, work.pages, work.back) == (names, year, pages, None)


@pytest.mark.parametrize("note", [
    "Yang dimaksud hukum adat di sini adalah hukum adat dalam arti luas.",
    "Yer. 35: 15.",  # a Bible verse
    "Kitab Undang-Undang Hukum Pidana, Pasal 187.",
    "Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup.",
    "Pengantar Hukum Indonesia, Jakarta, 1990, hlm. 4.",  # a title opening the note
    "Menurut Soekanto, hukum adalah gejala sosial.",
    "Wawancara dengan Bapak Ahmad, 12 Maret 2020.",
])
def test_a_note_that_names_no_author_cites_nothing(note):
    assert parse_note(note) is None


def test_references_back_take_the_work_of_the_note_they_refer_to():
    notes = ["Soerjono Soekanto, Pengantar Penelitian Hukum (Jakarta: UI Press, 1986), hlm. 43.",
             "Ibid.",  # the same page
             "Andi Hamzah, Penegakan Hukum Lingkungan (Jakarta: Sinar Grafika, 2005), hlm. 9.",
             "Soekanto, op. cit., hlm. 12.",
             "Loc. cit.",  # the note before, its page
             "Op. cit., hlm. 7.",
             "Hamzah, Penegakan Hukum, hlm. 50.",  # a short form: author and short title
             "Keterangan ini berlaku di seluruh Indonesia.",
             "Ibid., hlm. 3.",  # after an explanation: nothing to refer to
             "Lindblom, op. cit., hlm. 5."]  # no earlier note of Lindblom
    labels = [c.label if c else None for c in resolve(notes)]
    assert labels == ["Soekanto (1986: 43)", "Soekanto (1986: 43)", "Hamzah (2005: 9)", "Soekanto (1986: 12)",
                      "Soekanto (1986: 12)", "Soekanto (1986: 7)", "Hamzah (2005: 50)", None, None, None]


def test_an_html_footnote_section_is_linked_like_markdown_notes():
    from telusur.documents import html

    raw = ("<p>Hukum adat adalah hukum yang tidak tertulis.<sup>1</sup></p><div class=\"footnotes\"><ol><li>Soerjono "
           "Soekanto, <i>Hukum Adat Indonesia</i> (Jakarta: Rajawali, 1983), hlm. 5.</li></ol></div>")
    doc = html.read(raw.encode(), "adat.html")
    assert [[c.label for c in chunk.citations] for chunk in chunk_document(doc)] == [["Soekanto (1983: 5)"]] * 2


def test_a_note_is_not_among_the_passages_citing_its_work():
    # "dirujuk 4 bagian" for a work two paragraphs cite: the note naming it was counted too. A work whose only
    # reference could not be read (a PDF's mark lost with its line) keeps its note as the place naming it.
    from telusur.citations import build_registry
    from telusur.documents.model import DocumentBuilder

    chunks = chunk_document(markdown.read(LAW.encode(), "hukum.md"))
    works = {w.label: w for w in build_registry(chunks)}
    first = {c.id: c.text[:20] for c in chunks}
    # one passage citing pages 43 and 45 of the work is one citing passage ("dirujuk 2 bagian", not 3)
    assert [(first[p.chunk_id], p.pages) for p in works["Soekanto (1986)"].passages] == [
        ("Penelitian hukum nor", "43, 45"), ("Hukum adat adalah hu", "12")]

    builder = DocumentBuilder()
    builder.add("paragraph", "Lahan gambut mudah terbakar pada musim kemarau.")  # its mark was not read
    builder.add("footnote", "⁶ Andi Hamzah, Penegakan Hukum Lingkungan (Jakarta: Sinar Grafika, 2005), hlm. 9.")
    chunks = chunk_document(builder.build("hutan.pdf", "Hutan", "", "pdf"))
    [work] = build_registry(chunks)
    assert (work.label, [chunks[p.chunk_id].text[:8] for p in work.passages]) == ("Hamzah (2005)", ["⁶ Andi H"])


@pytest.mark.parametrize("note, names, title, kind, publisher, place, container", [
    ("¹ Soerjono Soekanto, Pengantar Penelitian Hukum (Jakarta: UI Press, 1986), hlm. 43.", ("Soekanto, Soerjono",),
     "Pengantar Penelitian Hukum", "book", "UI Press", "Jakarta", None),
    ("3 Andi Hamzah, “Penegakan Hukum Lingkungan”, Sinar Grafika, Jakarta, 2005, h. 9.", ("Hamzah, Andi",),
     "Penegakan Hukum Lingkungan", "book", "Sinar Grafika", "Jakarta", None),
    ("1 Januari Siregar dan Muaz Zul,”Penegakan Hukum Lingkungan Hidup”, Jurnal Mercatoria, Vol.8, No. 2, 2015, h.119.",
     ("Siregar, Januari", "Zul, Muaz"), "Penegakan Hukum Lingkungan Hidup", "article", None, None, "Jurnal Mercatoria"),
])
def test_a_note_naming_a_work_in_full_reads_as_its_entry(note, names, title, kind, publisher, place, container):
    from telusur.citations.notes import note_reference

    ref = note_reference(note)
    assert (ref.names, ref.title, ref.kind, ref.publisher, ref.place, ref.container) == (
        names, title, kind, publisher, place, container)


@pytest.mark.parametrize("note", ["² Ibid., hlm. 45.", "⁴ Soekanto, op. cit., hlm. 12.", "⁵ Yer. 35: 15.",
                                  "⁶ Lindblom, Prophecy in Ancient Israel, hlm. 96."])
def test_a_note_that_refers_back_or_gives_no_year_is_no_entry(note):
    from telusur.citations.notes import note_reference

    assert note_reference(note) is None
