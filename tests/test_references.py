"""Reference lists: every Daftar Pustaka entry of the shared texts read into authors, year and title, linked to the
citations that name it, the lecturer's check, and BibTeX/RIS that reference managers import."""

import json
from pathlib import Path

import pytest

from conftest import SHARED_TEXTS
from telusur.chunking import chunk_document
from telusur.citations import build_registry, check_report, parse_reference, reference_entries
from telusur.citations.references import looks_like_entry
from telusur.citations.linking import same_surname
from telusur.documents import read_document

ALHARKAN = ["alharkan7--efek-media.md", "alharkan7--ekonomi-politik-media.md",
            "alharkan7--strukturasi-interaksi-simbolik.md"]

# Every entry of the three lists, read by hand: surnames, year, title, kind (bench/references.py scores parsers on it).
EXPECTED_ENTRIES = {
    doc: [(tuple(e["authors"]), e["year"], e["title"], e["kind"]) for e in entries]
    for doc, entries in json.loads((Path(__file__).parent / "data" / "references_alharkan.json").read_text(encoding="utf-8")).items()
}


def _shared(name: str) -> Path:
    path = SHARED_TEXTS / name
    if not path.is_file():
        pytest.skip(f"{path} is not here (the team's shared data sits beside the project)")
    return path


def _read(name: str, folder: Path = SHARED_TEXTS):
    path = _shared(name) if folder == SHARED_TEXTS else folder / name
    return read_document(path, name, 5.0)


def _registry(*names: str, folder: Path = SHARED_TEXTS):
    docs = [_read(n, folder) for n in names]
    chunks = []
    for d in docs:
        chunks += chunk_document(d, len(chunks))
    return build_registry(chunks, docs), chunks


@pytest.mark.parametrize("name", ALHARKAN)
def test_every_daftar_pustaka_entry_is_read_with_authors_year_and_title(name):
    entries = reference_entries(_read(name))
    got = [(e.authors, e.year, e.title, e.kind) for e in entries]
    assert got == EXPECTED_ENTRIES[name]


@pytest.mark.parametrize("name", ALHARKAN)
def test_reference_entries_are_never_passages_nor_citations(name):
    doc = _read(name)
    chunks = chunk_document(doc)
    for entry in reference_entries(doc):
        assert not any(c.start <= entry.start < c.end for c in chunks), entry.text
        assert not any(entry.start <= cite.start < entry.end for c in chunks for cite in c.citations)


def test_every_cited_work_is_linked_to_its_entry_where_the_list_has_it():
    works, _ = _registry(*ALHARKAN)
    cited = [w for w in works if w.cited]
    unlinked = [w.label for w in cited if w.reference is None]
    assert unlinked == ["Vosoughi (2011)"]  # the list has only Vosoughi, Roy & Aral (2018)
    by_label = {w.label: w for w in cited}
    assert by_label["Crocket (2017)"].reference.authors == ("Crockett",)  # one letter tolerated
    assert by_label["Zuhouri dkk. (2020)"].reference.authors[0] == "Zohouri"
    assert by_label["Wikipedia (2025)"].reference.authors == ("Wikipedia contributors",)
    assert by_label["Herbert Blumer (1962)"].reference.title == "Society as symbolic interaction"
    assert by_label["Fuchs (2014)"].reference.title == "Digital labour and Karl Marx"
    assert by_label["Fuchs (2015)"].reference.title == "Social media and the public sphere"


def test_the_check_reports_the_year_disagreement_the_missing_entry_and_the_uncited_one():
    works, _ = _registry(*ALHARKAN)
    report = check_report(works)
    assert [(w.label, w.reference_year) for w in report.year_mismatches] == [("Dayan & Katz (1993)", "1992")]
    assert [w.label for w in report.unmatched] == ["Vosoughi (2011)"]
    assert [w.label for w in report.uncited] == ["Barker & Petley (2001)"]
    assert report.unchecked == ()


def test_a_separate_reference_list_file_in_the_same_folder_is_searched():
    folder = SHARED_TEXTS / "formats"
    names = ["Kartikatios--sarana-prasarana-kantor-bab2.pdf", "Kartikatios--sarana-prasarana-kantor-daftar-pustaka.pdf"]
    for n in names:
        _shared(f"formats/{n}")
    works, _ = _registry(*names, folder=folder)
    linked = {w.label: w.reference for w in works if w.cited and w.reference}
    assert set(linked) == {"Ummah (2019)", "Marsofiyati & Eryanto (2015)"}
    assert linked["Marsofiyati & Eryanto (2015)"].title == "Modul Manajemen Perkantoran"
    uncited = [w for w in works if not w.cited]
    assert len(uncited) >= 15 and all(w.checked_against == names[1] for w in uncited)
    # "Administrasi Perkantoran Modern (2000)" is the title of The Liang Gie's book, never an author
    assert not any("Modern" in w.label for w in works if w.cited)


def test_a_referensi_list_under_a_heading_is_read_when_the_reader_marked_no_entries():
    works, _ = _registry("wahyu243--kesulitan-belajar.md")
    [entry] = [w for w in works if not w.cited]
    assert (entry.authors, entry.year, entry.reference.title) == (("Delphie",), "2006", "Pembelajaran Anak Berkebutuhan Khusus")
    assert entry.reference.publisher == "Refika Aditama"


@pytest.mark.parametrize("text, authors, year, year_text, title, extra", [
    ("Syamsuni,H. 2006. Ilmu Resep. Buku Kedokteran EGC, Jakarta.", ("Syamsuni",), "2006", "2006", "Ilmu Resep", {}),
    ("Fitriani, H. (n.d.). Modul Administrasi Sarana Dan Prasarana. scribd.com.", ("Fitriani",), None, "n.d.",
     "Modul Administrasi Sarana Dan Prasarana", {}),
    ("Cleon Offset. (t.t.). Memanfaatkan Kalender Secara Maksimal. Diakses dari http://buatkalender.net/",
     ("Cleon Offset",), None, "t.t.", "Memanfaatkan Kalender Secara Maksimal", {"url": "http://buatkalender.net/", "kind": "web"}),
    ("Zahwa, F. A., & Syafi’i, I. (2022). Pemilihan Pengembangan Media Pembelajaran Berbasis Teknologi Informasi. "
     "Equilibrium: Jurnal Penelitian Pendidikan Dan Ekonomi, 19(01), 61–78. https://doi.org/10.25134/equi.v19i01.3963",
     ("Zahwa", "Syafi’i"), "2022", "2022", "Pemilihan Pengembangan Media Pembelajaran Berbasis Teknologi Informasi",
     {"doi": "10.25134/equi.v19i01.3963", "container": "Equilibrium: Jurnal Penelitian Pendidikan Dan Ekonomi",
      "volume": "19", "issue": "01", "pages": "61-78", "kind": "article"}),
    ("Getachew, A., & Beshah, T. (2019, May). The role of social media. In International Working Conference on IT "
     "(pp. 487-496). Cham: Springer International Publishing.", ("Getachew", "Beshah"), "2019", "2019, May",
     "The role of social media", {"kind": "chapter", "pages": "487-496", "publisher": "Springer International Publishing",
                                  "place": "Cham"}),
    ("Kelompok 5. (2023). Makalah Mesin Komunikasi. Politeknik Negeri Madiun, Program Studi Administrasi Bisnis.",
     ("Kelompok 5",), "2023", "2023", "Makalah Mesin Komunikasi", {}),
])
def test_entry_forms(text, authors, year, year_text, title, extra):
    ref = parse_reference(text)
    assert (ref.authors, ref.year, ref.year_text, ref.title) == (authors, year, year_text, title)
    for key, value in extra.items():
        assert getattr(ref, key) == value


def test_one_letter_of_tolerance_and_no_more():
    assert same_surname("Crocket", "Crockett") and same_surname("Zuhouri", "Zohouri")
    assert not same_surname("Fuchs", "Fuchsia") and not same_surname("Lin", "Liu")  # short names must be equal
    assert same_surname("Keiso", "Kieso") and same_surname("Werren", "Warren")  # two neighbours swapped, one changed
    assert not same_surname("Keiso", "Kiseo") and not same_surname("Sanjaya", "Sajnaay")  # more than one swap


# ---------------------------------------------------------------- the engine, the CLI and the exports

@pytest.fixture(scope="module")
def sources_json(shared_texts_index):
    return shared_texts_index


def _cli_json(capsys, *args):
    from telusur.cli import main

    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.slow
def test_sources_json_carries_reference_title_via_and_cited(sources_json, capsys):
    corpus, index = sources_json
    sources = _cli_json(capsys, "sources", "--json", "--corpus", str(corpus), "--index", str(index))["sources"]
    by_label = {s["label"]: s for s in sources}
    perse = by_label["Perse & Lambe (2001)"]
    assert perse["reference"].startswith("Perse, E. M., & Lambe, J. (2001). Media effects and society")
    assert perse["title"] == "Media effects and society" and perse["cited"] is True
    assert by_label["Barker & Petley (2001)"]["cited"] is False and by_label["Barker & Petley (2001)"]["passages"] == []
    assert by_label["Hasibuan (2009)"]["via"] == ["George R. Terry"] and by_label["Hasibuan (2009)"]["reference"] is None
    assert all({"reference", "title", "via", "cited"} <= set(s) for s in sources)


@pytest.mark.slow
def test_sources_check_lists_what_a_lecturer_fixes(sources_json, capsys):
    from telusur.cli import main

    corpus, index = sources_json
    report = _cli_json(capsys, "sources", "--check", "--json", "--corpus", str(corpus), "--index", str(index))
    alharkan = {k: [w for w in v if (w["document"] or "").startswith("alharkan7--")] for k, v in report.items()}
    assert [(w["label"], w["reference_year"]) for w in report["year_mismatches"]] == [("Dayan & Katz (1993)", "1992")]
    assert [w["label"] for w in alharkan["unmatched"]] == ["Vosoughi (2011)"]
    assert [w["label"] for w in alharkan["uncited"]] == ["Barker & Petley (2001)"]
    # The journal article's four citations resolve against none of its broken list's entries (SOURCES.md).
    journal = "SistemInformasiSewaPakaianPestaproyek2--waktu-tunggu-resep.md"
    assert {w["label"] for w in report["unmatched"] if w["document"] == journal} == {
        "Irawati ointu (2013)", "Daris (2010)", "Departemen Kesehatan RI (2004)", "Hartono (2003)"}
    assert all(w["document"] for w in report["unmatched"] + report["uncited"])
    assert {w["label"] for w in report["unchecked"]} >= {"Hasibuan (2009)", "Moeljatno (2008)"}  # texts with no list
    assert main(["sources", "--check", "--corpus", str(corpus), "--index", str(index)]) == 0
    text = capsys.readouterr().out
    assert "Dayan & Katz (1993): daftar pustaka menulis 1992" in text and "tidak pernah dirujuk" in text


@pytest.mark.slow
def test_bibtex_and_ris_import_into_reference_managers_with_titles_and_types(sources_json, capsys):
    bibtexparser = pytest.importorskip("bibtexparser")
    rispy = pytest.importorskip("rispy")
    from telusur.bibliography import to_bibtex, to_ris

    corpus, index = sources_json
    sources = _cli_json(capsys, "sources", "--json", "--corpus", str(corpus), "--index", str(index))["sources"]
    library = bibtexparser.parse_string(to_bibtex(sources))
    assert not library.failed_blocks and len(library.entries) == len(sources)
    entries = {e.key: e for e in library.entries}
    assert entries["perse2001"].entry_type == "book" and entries["perse2001"]["title"] == "Media effects and society"
    assert entries["perse2001"]["publisher"] == "Routledge"
    assert entries["hesmondhalgh2010"].entry_type == "article"
    assert entries["hesmondhalgh2010"]["journal"] == "Media and society" and entries["hesmondhalgh2010"]["pages"] == "145--164"
    titled = [s for s in sources if s["title"]]
    assert sum("title" in e.fields_dict for e in library.entries) == len(titled) >= 24
    assert all("title" not in e.fields_dict for e in library.entries if e.key.startswith("hasibuan"))  # nothing guessed
    records = rispy.loads(to_ris(sources))
    assert len(records) == len(sources)
    by_title = {r.get("title"): r for r in records}
    assert by_title["Media effects and society"]["type_of_reference"] == "BOOK"
    assert by_title["Moral outrage in the digital age"]["type_of_reference"] == "JOUR"
    assert by_title["Moral outrage in the digital age"]["authors"] == ["Crockett, M. J."]


def test_the_sumber_tab_shows_the_full_reference_and_who_is_quoted():
    from telusur.web.ui import render_source_passages

    works, chunks = _registry("alharkan7--efek-media.md")
    perse = next(w for w in works if w.label == "Perse & Lambe (2001)")
    chunk = chunks[perse.passages[0].chunk_id]
    source = {"label": perse.label, "reference": perse.reference.text, "via": ["George R. Terry"], "cited": True,
              "passages": [{"text": chunk.text, "document": chunk.document, "pages": None,
                            "location": {"start_paragraph": chunk.start_paragraph, "end_paragraph": chunk.end_paragraph}}]}
    html = render_source_passages(source)
    assert "Perse, E. M., &amp; Lambe, J. (2001). Media effects and society. Routledge." in html
    assert "Mengutip: George R. Terry" in html
    barker = next(w for w in works if not w.cited)
    html = render_source_passages({"label": barker.label, "reference": barker.reference.text, "via": [],
                                   "cited": False, "passages": []})
    assert "Barker, M. and Petley, J. (eds) (2001)" in html and "tidak dirujuk di teks" in html


def test_a_trailing_run_of_entries_without_a_heading_is_a_reference_list():
    from telusur.documents.model import DocumentBuilder

    b = DocumentBuilder()
    b.add("paragraph", "Media sosial mengubah partisipasi politik warga (Lin & Kant, 2021). Efeknya beragam.")
    b.add("paragraph", "Algoritma menentukan apa yang dilihat warga (Gillespie, 2014).")
    b.add("paragraph", "Lin, Y., & Kant, S. (2021). Using social media for citizen participation. Sustainability, 13(12), 6635.")
    b.add("paragraph", "Gillespie, T. (2014). The relevance of algorithms. Media technologies, 167, 167.")
    b.add("paragraph", "Pariser, E. (2011). The filter bubble. Penguin UK.")
    doc = b.build("esai.txt", "Esai", "0" * 64, "txt")
    assert [(e.authors[0], e.year) for e in reference_entries(doc)] == [("Lin", "2021"), ("Gillespie", "2014"),
                                                                         ("Pariser", "2011")]
    works, = [build_registry(chunk_document(doc), [doc])]
    assert {w.label: w.cited for w in works} == {"Lin & Kant (2021)": True, "Gillespie (2014)": True,
                                                 "Pariser (2011)": False}
    two = DocumentBuilder()
    two.add("paragraph", "Teks (Lin & Kant, 2021).")
    two.add("paragraph", "Lin, Y., & Kant, S. (2021). Using social media. Sustainability, 13(12), 6635.")
    two.add("paragraph", "Pariser, E. (2011). The filter bubble. Penguin UK.")
    assert reference_entries(two.build("b.txt", "B", "0" * 64, "txt")) == []  # two entry-like lines are no list


def test_a_note_before_the_first_entry_of_a_list_does_not_take_the_build_down(tmp_path):
    path = tmp_path / "tugas.md"
    path.write_text("# Tugas\n\nMedia membentuk opini publik (Perse, 2001).\n\n## Daftar Pustaka\n\n"
                    "Catatan: daftar ini belum lengkap.\n\n"
                    "Perse, E. M. (2001). Media Effects and Society. Mahwah: Lawrence Erlbaum.\n", encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    assert [(e.authors, e.year, e.title) for e in reference_entries(doc)] == [(("Perse",), "2001", "Media Effects and Society")]
    works = build_registry(chunk_document(doc), [doc])
    assert [(w.label, w.reference is not None) for w in works] == [("Perse (2001)", True)]


@pytest.mark.parametrize("text, authors, year, title", [
    # the year at the end of the entry (Vancouver-like, footnote-style book references)
    ("Aziz, Alimul. Pengantar Dokumentasi Proses Keperawatan. Jakarta: EGC. 2002.", ("Aziz",), "2002",
     "Pengantar Dokumentasi Proses Keperawatan"),
    # (the edition after the title's comma is the entry's edition, no part of the title: a92ef6c's convention)
    ("Adolf, Huala, Aspek-Aspek Negara Dalam Hukum Internasional, Edisi Revisi (Jakarta: RajaGrafindo Persada, 2002).",
     ("Adolf",), "2002", "Aspek-Aspek Negara Dalam Hukum Internasional"),
    ("Djiwohadi, Hak dan Kewajiban Indonesia sebagai Negara Pantai (Jakarta: Surya Indah, 1976).", ("Djiwohadi",),
     "1976", "Hak dan Kewajiban Indonesia sebagai Negara Pantai"),
    ("J. Wood, Leon. Nabi-Nabi Israel, terj. Tim Gandum Mas (Malang: Gandum Mas, 2005", ("Wood",), "2005",
     "Nabi-Nabi Israel, terj"),
    ("Bacq, P. Kenabian Dalam Gereja Sekarang, Seri Pastoral, Pusat Pastoral Yogyakarta, 1994", ("Bacq",), "1994",
     "Kenabian Dalam Gereja Sekarang, Seri Pastoral, Pusat Pastoral Yogyakarta"),
    # a title straight after the year, with no full stop; names only before it
    ("Robbins Stephen P & Timothy A Judge. (2009) Perilaku Organisasi. Jakarta: Salemba Empat.",
     ("Robbins", "Judge"), "2009", "Perilaku Organisasi"),
    # stray punctuation and "et al" do not stay in the authors (issue 18)
    ("Barber & James. (1992). Politics Among Nations. London: Routledge.", ("Barber", "James"), "1992",
     "Politics Among Nations"),
    ("Mastuti & et al. (2021). Kinerja Guru. Jakarta: Gramedia.", ("Mastuti",), "2021", "Kinerja Guru"),
    ("Velnampy, T and Aravinthan. S. A. (2013) Occupational Stress. European Journal, 5(7), 78-99.",
     ("Velnampy", "Aravinthan"), "2013", "Occupational Stress"),
])
def test_entry_forms_met_in_real_lists(text, authors, year, title):
    ref = parse_reference(text)
    assert (ref.authors, ref.year, ref.title) == (authors, year, title)


def test_a_sentence_that_cites_is_not_an_entry():
    from telusur.citations import looks_like_entry

    assert not looks_like_entry("Menurut Erinofiardi (2012:261), “Suatu sistem kontrol otomatis bekerja”.")
    assert not looks_like_entry("Pada tahun itu, Indonesia merdeka setelah perang panjang: sebuah babak baru 1945.")


def test_a_numbered_list_with_years_at_the_end_under_a_heading_run_into_its_first_part(tmp_path):
    path = tmp_path / "jurnal.md"
    path.write_text("# Sengketa\n\nTeks artikel tanpa rujukan bertahun.\n\n## Daftar Rujukan Buku-buku\n\n"
                    "1. Adolf, Huala, Aspek-Aspek Negara Dalam Hukum Internasional (Jakarta: Rajawali, 2002).\n"
                    "2. Hartono, Dimyati, Hukum Laut Internasional (Jakarta: Bhratara Karya Aksara, 1977).\n",
                    encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    assert [(e.authors, e.year, e.title) for e in reference_entries(doc)] == [
        (("Adolf",), "2002", "Aspek-Aspek Negara Dalam Hukum Internasional"),
        (("Hartono",), "1977", "Hukum Laut Internasional")]


def test_an_acronym_links_to_the_entry_of_the_organisation_it_abbreviates(tmp_path):
    path = tmp_path / "askep.md"
    path.write_text("# Dokumentasi\n\nDokumentasi adalah bukti tertulis asuhan (ANA, 2010).\n\n## Daftar Pustaka\n\n"
                    "American Nurses Association. (2010). Nursing: Scope and Standards of Practice. Silver Spring: ANA.\n",
                    encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    [work] = build_registry(chunk_document(doc), [doc])
    assert (work.label, work.reference.authors) == ("ANA (2010)", ("American Nurses Association",))


def test_ditto_entries_take_the_author_before_and_a_footnote_after_the_last_entry_does_not_lose_it(tmp_path):
    from telusur.documents.model import DocumentBuilder

    b = DocumentBuilder()
    b.add("heading", "Daftar Pustaka")
    for line in ["Hamzah, Andi, 2004, Asas-Asas Hukum Pidana, Rineka Cipta, Jakarta.",
                 "_______, 2005, Penegakan Hukum Lingkungan, Sinar Grafika, Jakarta.",
                 "Hartono, Dimyati, Hukum Laut Internasional (Jakarta: Bhratara Karya Aksara, 1977).",
                 ", Hukum Laut Internasional Yurisdiksi Nasional (Bandung: Binacipta, 1983).",
                 "Apryani, Ni Wayan Ella, 2018, Pembukaan Lahan Hutan dalam Perspektif HAM. Jurnal Magister Hukum.",
                 "Skinner, John. Prophecy and Religion (London: Cambridge University Press, 1963",
                 "*Dr. Sudarman, M.Ag, Dosen Tetap Jurusan Perbandingan Agama"]:
        b.add("paragraph", line)
    doc = b.build("hukum.pdf", "Hukum", "0" * 64, "pdf")
    assert [(e.authors, e.year) for e in reference_entries(doc)] == [
        (("Hamzah",), "2004"), (("Hamzah",), "2005"), (("Hartono",), "1977"), (("Hartono",), "1983"),
        (("Apryani",), "2018"), (("Skinner",), "1963")]


@pytest.mark.parametrize("text, authors, year, title", [
    ("Warren S. Carl, James M. Reeve dan Philip E. Fees. 2005. Pengantar Akuntansi. Jakarta: Salemba Empat.",
     ("Warren S. Carl", "Reeve", "Fees"), "2005", "Pengantar Akuntansi"),
    ("Mulyadi. 2001. Sistem Akuntansi. Jakarta: Salemba Empat.", ("Mulyadi",), "2001", "Sistem Akuntansi"),
    ("Dalami, E. dkk. 2011. Dokumentasi Keperawatan. Jakarta: Trans Info Media.", ("Dalami",), "2011",
     "Dokumentasi Keperawatan"),
    ("Departemen Kesehatan RI. 2008. Pedoman Dokumentasi Keperawatan. Jakarta: Depkes.", ("Departemen Kesehatan RI",),
     "2008", "Pedoman Dokumentasi Keperawatan"),
    ("[1] Hambleton, R. K. (1991). Fundamentals of item response theory. Newbury Park: Sage.", ("Hambleton",), "1991",
     "Fundamentals of item response theory"),
    ("1. Aziz A. Pengantar Dokumentasi Keperawatan. Jakarta: EGC; 2002.", ("Aziz",), "2002",
     "Pengantar Dokumentasi Keperawatan"),
    ("Li,-Y. H., & Lissitz, R. W. (1997, June). An evaluation of IRT linking. Paper presented at a meeting, Chicago.",
     ("Li", "Lissitz"), "1997", "An evaluation of IRT linking"),
    ("Kotler, Philip dan Gary Armstrong. 2008. Prinsip-Prinsip Pemasaran. Jakarta: Erlangga.", ("Kotler", "Armstrong"),
     "2008", "Prinsip-Prinsip Pemasaran"),
])
def test_entry_forms_of_indonesian_and_numbered_lists(text, authors, year, title):
    from telusur.citations import looks_like_entry

    ref = parse_reference(text)
    assert looks_like_entry(text)
    assert (ref.authors, ref.year, ref.title) == (authors, year, title)


# ---------------------------------------------------------------- issue 14: list kinds of documents nobody had seen

@pytest.mark.parametrize("text, authors, year, title", [
    # authors separated by semicolons
    ("Nasurdin, Aizzat Mohd; Ramayah T.; Yeoh Chee Beng. (2008) Job Stress and OCB. Journal of Business, 5(2).",
     ("Nasurdin", "Ramayah", "Beng"), "2008", "Job Stress and OCB"),
    # the first author inverted, the others given name first or inverted too
    ("Purba, Debora Eflina dan Seniati, Ali Nina Liche. (2007) Pengaruh Kepribadian. Jurnal Psikologi.",
     ("Purba", "Seniati"), "2007", "Pengaruh Kepribadian"),
    ("Sari, Ratna Dwi, dan Diah Arruum. (2006) Stres dan Koping Perawat. Jurnal Keperawatan.",
     ("Sari", "Arruum"), "2006", "Stres dan Koping Perawat"),
    ("Weygandt, Jerry J., Kimmel, Paul D. & Kieso, Donald E. 2011. Accounting Principles. New Jersey: Wiley.",
     ("Weygandt", "Kimmel", "Kieso"), "2011", "Accounting Principles"),
    ("Bernadin dan Russell. (2005)Human Resource Management. Second Edition McGraw-Hill, Irwin.",
     ("Bernadin", "Russell"), "2005", "Human Resource Management"),
    # no date, written where the year would stand or at the end
    ("Depdiknas. t.t. Panduan Penilaian Kelas. Jakarta: Depdiknas.", ("Depdiknas",), None, "Panduan Penilaian Kelas"),
    ("Nursalam, n.d. Proses dan Dokumentasi Keperawatan. Jakarta: Salemba Medika.", ("Nursalam",), None,
     "Proses dan Dokumentasi Keperawatan"),
    ("Depdiknas. Panduan Penilaian Kelas. Jakarta: Depdiknas, t.t.", ("Depdiknas",), None, "Panduan Penilaian Kelas"),
    # the year at the end, with a comma-separated title and with a second author
    ("[1] Sugiyono, Metode Penelitian Pendidikan, Bandung: Alfabeta, 2013.", ("Sugiyono",), "2013",
     "Metode Penelitian Pendidikan"),
    ("Kusumaatmadja, Mochtar dan Etty R. Agoes, Pengantar Hukum Internasional (Bandung: Alumni, 2003).",
     ("Kusumaatmadja", "Agoes"), "2003", "Pengantar Hukum Internasional"),
    # a text layer that lost the spaces around the year (PDF, OCR)
    ("Arikunto, Suharsimi.2010.Prosedur Penelitian. Jakarta: Rineka Cipta.", ("Arikunto",), "2010", "Prosedur Penelitian"),
    ("Arikunto,S.(2010).Prosedur Penelitian.Jakarta:Rineka Cipta.", ("Arikunto",), "2010", "Prosedur Penelitian"),
    ("Mulyadi. 2016. \"Sistem Akuntansi\". Jakarta: Salemba Empat.", ("Mulyadi",), "2016", "Sistem Akuntansi"),
    # a given name run into an English title, the year closing the entry
    ("J. Harrel, Costen The Prophets of Israel (Nashville, Tenn, USA: Cokesbury Press, 1933", ("Harrel",), "1933",
     "The Prophets of Israel"),
    # commas all the way: authors, year, title, place and publisher
    ("Potter & Perry, 2005, Fundamental Keperawatan, Jakarta: EGC.", ("Potter", "Perry"), "2005",
     "Fundamental Keperawatan"),
])
def test_list_kinds_met_in_unseen_documents(text, authors, year, title):
    ref = parse_reference(text)
    assert (ref.authors, ref.year, ref.title) == (authors, year, title)


def test_entries_wrapped_over_lines_with_the_year_at_the_end_stay_whole(tmp_path):
    path = tmp_path / "bab2.txt"
    path.write_text("BAB II TINJAUAN PUSTAKA\n\nHasil belajar adalah kemampuan siswa (Sudjana, 2010).\n\n"
                    "DAFTAR PUSTAKA\n\n"
                    "Sudjana, Nana. Penilaian Hasil Proses Belajar\nMengajar. Bandung: Remaja Rosdakarya, 2010.\n"
                    "Hamalik, Oemar. Kurikulum dan Pembelajaran\nPendidikan. Jakarta: Bumi Aksara, 2008.\n"
                    "Arikunto, Suharsimi. 2010. Prosedur Penelitian Suatu Pendekatan\nPraktik. Jakarta: Rineka Cipta.\n",
                    encoding="utf-8")
    refs = reference_entries(read_document(path, path.name, 5.0))
    assert [(r.authors[0], r.year, r.title) for r in refs] == [
        ("Sudjana", "2010", "Penilaian Hasil Proses Belajar Mengajar"),
        ("Hamalik", "2008", "Kurikulum dan Pembelajaran Pendidikan"),
        ("Arikunto", "2010", "Prosedur Penelitian Suatu Pendekatan Praktik")]


def test_a_list_split_into_parts_and_a_heading_with_a_colon_are_read_whole(tmp_path):
    path = tmp_path / "bab2.md"
    path.write_text("# Bab II\n\nTeks (Hamzah, 2004).\n\nREFERENSI :\n\n### Buku\n\n"
                    "Hamzah, Andi, 2004, Asas-Asas Hukum Pidana, Rineka Cipta, Jakarta.\n\n### Jurnal\n\n"
                    "Rasyid, Fachmi, 2014, Permasalahan dan Dampak Kebakaran Hutan, Jurnal Lingkar Widyaiswara.\n\n"
                    "## Lampiran\n\nSoekanto, Soerjono. 1990. Sosiologi Suatu Pengantar. Jakarta: Rajawali.\n",
                    encoding="utf-8")
    refs = reference_entries(read_document(path, path.name, 5.0))
    assert [(r.authors[0], r.year) for r in refs] == [("Hamzah", "2004"), ("Rasyid", "2014")]


def test_numbered_entries_whose_number_is_glued_or_spaced_by_the_text_layer(tmp_path):
    path = tmp_path / "bab2.txt"
    path.write_text("BAB II\n\nTeks (Arikunto, 2010).\n\nDAFTAR PUSTAKA\n\n"
                    "1.Arikunto, S. (2010). Prosedur Penelitian. Jakarta: Rineka Cipta.\n"
                    "2 . Baker, F. B. (2001). The basics of item response theory. ERIC.\n"
                    "[3]Embretson, S. E., & Reise, S. P. (2000). Item response theory for psychologists. Mahwah: Erlbaum.\n"
                    "4)Sugiyono. 2013. Metode Penelitian Pendidikan. Bandung: Alfabeta.\n", encoding="utf-8")
    refs = reference_entries(read_document(path, path.name, 5.0))
    assert [(r.authors[0], r.year) for r in refs] == [("Arikunto", "2010"), ("Baker", "2001"), ("Embretson", "2000"),
                                                      ("Sugiyono", "2013")]


@pytest.mark.parametrize("text, authors", [
    ("Ardhana, I Putu Gede, 2016, Dampak Laju Deforestasi, Jurnal Metamorfosa.", ("Ardhana",)),
    ("Lubis, M. Saleh. (2015) Pengaruh Iklim Organisasi. Jurnal Ilmiah.", ("Lubis",)),
    ("Marsofiyati, & Eryanto, H. (2015). Modul Manajemen Perkantoran. LPP Press.", ("Marsofiyati", "Eryanto")),
])
def test_given_names_after_the_surname_are_not_authors(text, authors):
    assert parse_reference(text).authors == authors


def test_entries_a_reader_ran_together_are_cut_and_lines_after_an_entry_do_not_change_its_year(tmp_path):
    path = tmp_path / "bab2.txt"  # read as a PDF's lines are: the reader marks no entries
    path.write_text("BAB II\n\nTeks (Munandar, 2008).\n\nDAFTAR PUSTAKA\n\n"
                    "Munandar, Ashar Sunyoto. (2008) Psikologi Industri dan Organisasi. Jakarta: UI Press. "
                    "Nasurdin, Aizzat Mohd; Ramayah T.; Yeoh Chee Beng. (2009) The Impacts of Structure. Journal, 5(2).\n"
                    "Wila, Marnixom R.C., Konsepsi Hukum Wilayah Perbatasan (Bandung: Alumni, 2006).\n\n"
                    "Peraturan Perundang-undangan\n\n"
                    "Konvensi PBB Tentang Hukum Laut Tahun 1982.\n"
                    "Undang-undang Nomor 6 Tahun 1996 Tentang Perairan Indonesia.\n", encoding="utf-8")
    refs = reference_entries(read_document(path, path.name, 5.0))
    assert [(r.authors[0], r.year) for r in refs] == [("Munandar", "2008"), ("Nasurdin", "2009"), ("Wila", "2006")]


def test_a_list_whose_blocks_each_hold_one_entrys_end_and_the_next_ones_start_is_read_entry_by_entry():
    """A PDF whose entries indent their first line, not the lines after it: the reader's blocks run from one entry's
    second line to the next entry's first line."""
    from telusur.documents.model import DocumentBuilder

    builder = DocumentBuilder()
    builder.heading("Daftar Pustaka", 1)
    for line in ["Arikunto, S. (2010). Prosedur Penelitian Suatu",
                 "Pendekatan Praktik. Jakarta: Rineka Cipta. Baker, F. B. (2001). The basics of item",
                 "response theory. College Park: ERIC. Lord, F. M., & Novick, M. R. (1968). Statistical",
                 "theories of mental test scores. Reading: Addison-Wesley. Mulyadi. 2016. Sistem",
                 "Akuntansi. Jakarta: Salemba Empat."]:
        builder.add("reference", line)
    refs = reference_entries(builder.build("daftar.pdf", "Daftar", "0" * 64, "pdf"))
    assert [(r.authors[0], r.year, r.title) for r in refs] == [
        ("Arikunto", "2010", "Prosedur Penelitian Suatu Pendekatan Praktik"),
        ("Baker", "2001", "The basics of item response theory"),
        ("Lord", "1968", "Statistical theories of mental test scores"), ("Mulyadi", "2016", "Sistem Akuntansi")]


# ---------------------------------------------------------------- issue 14 item 4: styles of a real skripsi or journal

@pytest.mark.parametrize("text, authors, year, title", [
    # not yet published: no year, the entry still read
    ("Santoso, B. (in press). Motivasi kerja guru honorer. Jurnal Manajemen Pendidikan.", ("Santoso",), None,
     "Motivasi kerja guru honorer"),
    ("Santoso, B. (dalam proses). Motivasi kerja guru honorer. Jurnal Manajemen Pendidikan.", ("Santoso",), None,
     "Motivasi kerja guru honorer"),
    # "Name, Year., Title": a year closed by a full stop and a comma
    ("Wibisono, 2010., Komunikasi Massa di Era Digital, Jakarta: Kencana.", ("Wibisono",), "2010",
     "Komunikasi Massa di Era Digital"),
    ("Wibisono, Agus, 1998., The Digital Village, New York: Bantam Books.", ("Wibisono",), "1998", "The Digital Village"),
    # a low single quotation mark (U+201A) where a text layer has the comma
    ("Hartono\u201a Budi. 2008. Manajemen Persediaan Barang. Jakarta: Salemba.", ("Hartono",), "2008",
     "Manajemen Persediaan Barang"),
    ("Hartono\u201aBudi. 2008. Manajemen Persediaan Barang. Jakarta: Salemba.", ("Hartono",), "2008",
     "Manajemen Persediaan Barang"),
    # family names with particles in lower case
    ("van der Meer, J. (2005). Taal en teken. Amsterdam: Boom.", ("van der Meer",), "2005", "Taal en teken"),
    ("al-Attas, S. M. N. (1993). Islam and Secularism. Kuala Lumpur: ISTAC.", ("al-Attas",), "1993",
     "Islam and Secularism"),
    # Vancouver: surnames with unpunctuated initials, the year by a semicolon
    ("Sari DK, Wijaya A. Pengaruh motivasi terhadap kinerja perawat. Jurnal Keperawatan. 2019;5(2):10-20.",
     ("Sari", "Wijaya"), "2019", "Pengaruh motivasi terhadap kinerja perawat"),
    ("1. Hartono B, Wijaya C, Susanto D. Manajemen persediaan. Yogyakarta: Andi; 2008.",
     ("Hartono", "Wijaya", "Susanto"), "2008", "Manajemen persediaan"),
    ("Wibowo A. Manajemen Keperawatan. Jakarta: EGC; 2009.", ("Wibowo",), "2009", "Manajemen Keperawatan"),
    # IEEE: initials first, a quoted title, the year near the end
    ("[2] B. Santoso and A. Wijaya, \u201cKinerja karyawan kontrak,\u201d Jurnal Manajemen, vol. 5, no. 2, pp. 10\u201320, 2019.",
     ("Santoso", "Wijaya"), "2019", "Kinerja karyawan kontrak"),
    ("[3] D. K. Sari, A. Wijaya, and B. Hartono, \u201cPengaruh motivasi,\u201d J. Kep., vol. 5, pp. 1\u20139, Mar. 2019.",
     ("Sari", "Wijaya", "Hartono"), "2019", "Pengaruh motivasi"),
    # the year at the end with initials after the surname and no colon; an organisation of three words
    ("Purwanto, N., Psikologi Pendidikan, Remaja Rosdakarya, Bandung, 2007.", ("Purwanto",), "2007",
     "Psikologi Pendidikan"),
    ("American Nurses Association. Nursing Scope and Standards. Silver Spring: ANA. 2010.",
     ("American Nurses Association",), "2010", "Nursing Scope and Standards"),
    # all capitals, and an Indonesian form that looks like Vancouver but is not
    ("SOEKANTO, Soerjono. (1990). Sosiologi Suatu Pengantar. Jakarta: Rajawali Pers.", ("SOEKANTO",), "1990",
     "Sosiologi Suatu Pengantar"),
    # APA 7 leaves authors out with an ellipsis; a suffix after the initials is no author
    ("Santoso, W., Hartono, B., Wibowo, C., Rahayu, D., Sutanto, E., Wijaya, F., ... Putra, G. (2016). Kualitas butir "
     "tes. Jurnal Psikologi, 24(2), 64–75.", ("Santoso", "Hartono", "Wibowo", "Rahayu", "Sutanto", "Wijaya", "Putra"),
     "2016", "Kualitas butir tes"),
    ("McLeod, R., Jr. (2001). Sistem informasi manajemen. Jakarta: Prenhallindo.", ("McLeod",), "2001",
     "Sistem informasi manajemen"),
    ("Kemenkes RI. 2018. Profil Kesehatan Indonesia. Jakarta: Kemenkes.", ("Kemenkes RI",), "2018",
     "Profil Kesehatan Indonesia"),
])
def test_entry_styles_of_indonesian_skripsi_and_journals(text, authors, year, title):
    ref = parse_reference(text)
    assert looks_like_entry(text)
    assert (ref.authors, ref.year, ref.title) == (authors, year, title)


def test_a_name_with_an_initial_inside_is_not_a_vancouver_author_and_its_title():
    ref = parse_reference("Laode M. Syarif dan Andri G. Wibisana, 2014, Hukum Lingkungan, Jakarta.")
    assert (ref.authors, ref.year, ref.title.split(",")[0]) == (("Laode M. Syarif", "Wibisana"), "2014", "Hukum Lingkungan")


@pytest.mark.parametrize("text", [
    "Menurut Santoso B, Wijaya A. kinerja dipengaruhi motivasi; 2019 adalah tahun penelitian.",
    "Pada tahun 2019, Santoso B. meneliti kinerja perawat di Jakarta; hasilnya dimuat di jurnal.",
    "Undang-Undang Republik Indonesia Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional.",
])
def test_sentences_and_laws_are_not_entries(text):
    assert not looks_like_entry(text)


def test_a_citation_links_to_an_entry_written_given_name_first_or_with_no_date(tmp_path):
    path = tmp_path / "bab2.txt"
    path.write_text("BAB II\n\nProsedur penelitian dijelaskan rinci (Arikunto, 2010).\n"
                    "Rekayasa perangkat lunak adalah disiplin (Pressman, 2010).\n"
                    "Motivasi adalah dorongan (Santoso, n.d.).\n\nDAFTAR PUSTAKA\n\n"
                    "Suharsimi Arikunto. 2010. Prosedur Penelitian. Jakarta: Rineka Cipta.\n"
                    "[4] R. S. Pressman, Software Engineering: A Practitioner's Approach. New York: McGraw-Hill, 2010.\n"
                    "Santoso, B. (n.d.). Motivasi dan kinerja. Diakses dari https://contoh.id/motivasi\n", encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    works = {w.label: w for w in build_registry(chunk_document(doc), [doc]) if w.cited}
    assert {label: (w.reference.title if w.reference else None) for label, w in works.items()} == {
        "Arikunto (2010)": "Prosedur Penelitian",
        "Pressman (2010)": "Software Engineering: A Practitioner's Approach",
        "Santoso (n.d.)": "Motivasi dan kinerja"}


@pytest.mark.parametrize("ext, listing, expected", [
    # the year alone on the last line of an entry, the next entry's year at its end too
    ("txt", "DAFTAR PUSTAKA\n\nArikunto, Suharsimi. Prosedur Penelitian: Suatu Pendekatan\nPraktik. Jakarta: Rineka Cipta,\n"
            "2010.\nSugiyono. Metode Penelitian Pendidikan. Bandung:\nAlfabeta, 2013.\n",
     [("Arikunto", "2010", "Prosedur Penelitian: Suatu Pendekatan Praktik"),
      ("Sugiyono", "2013", "Metode Penelitian Pendidikan")]),
    # IEEE entries broken over lines, the first with no year on its first line
    ("txt", "REFERENCES\n\n[1] S. Arikunto, Prosedur Penelitian: Suatu Pendekatan Praktik. Jakarta:\nRineka Cipta, 2010.\n"
            "[2] B. Santoso and A. Wijaya, \u201cKinerja karyawan kontrak,\u201d Jurnal\nManajemen, vol. 5, no. 2, pp. 10\u201320, 2019.\n",
     [("Arikunto", "2010", "Prosedur Penelitian: Suatu Pendekatan Praktik"),
      ("Santoso", "2019", "Kinerja karyawan kontrak")]),
    # a numbered Vancouver list
    ("txt", "DAFTAR PUSTAKA\n\n1. Arikunto S. Prosedur penelitian. Jakarta: Rineka Cipta; 2010.\n"
            "2. Sari DK, Wijaya A. Pengaruh motivasi terhadap kinerja perawat. Jurnal\nKeperawatan. 2019;5(2):10-20.\n",
     [("Arikunto", "2010", "Prosedur penelitian"), ("Sari", "2019", "Pengaruh motivasi terhadap kinerja perawat")]),
    # hanging indents read as paragraphs of their own
    ("md", "## Daftar Pustaka\n\nArikunto, S. (2010). Prosedur Penelitian: Suatu\n\n    Pendekatan Praktik. Jakarta: Rineka Cipta."
           "\n\nSugiyono. (2013). Metode Penelitian\n\n    Pendidikan. Bandung: Alfabeta.\n",
     [("Arikunto", "2010", "Prosedur Penelitian: Suatu Pendekatan Praktik"),
      ("Sugiyono", "2013", "Metode Penelitian Pendidikan")]),
    # a title's line after a whole entry, opening with a dictionary word, continues it
    ("txt", "DAFTAR PUSTAKA\n\nSugiyono. 2013. Metode Penelitian Pendidikan.\nPendekatan Kuantitatif, Kualitatif dan R&D. "
            "Bandung: Alfabeta.\nArikunto, S. 2010. Prosedur Penelitian. Jakarta: Rineka Cipta.\n",
     [("Sugiyono", "2013", "Metode Penelitian Pendidikan"), ("Arikunto", "2010", "Prosedur Penelitian")]),
    # other names of the list, names in capitals
    ("md", "## Daftar Bacaan\n\nARIKUNTO, S. 2010. Prosedur Penelitian. Jakarta: Rineka Cipta.\n\n"
           "SUGIYONO. 2013. Metode Penelitian. Bandung: Alfabeta.\n",
     [("ARIKUNTO", "2010", "Prosedur Penelitian"), ("SUGIYONO", "2013", "Metode Penelitian")]),
])
def test_list_layouts_of_pdf_text_and_markdown(tmp_path, ext, listing, expected):
    path = tmp_path / f"bab2.{ext}"
    path.write_text("BAB II\n\nKinerja dipengaruhi motivasi (Arikunto, 2010).\n\n" + listing, encoding="utf-8")
    refs = reference_entries(read_document(path, path.name, 5.0))
    assert [(r.authors[0], r.year, r.title) for r in refs] == expected


@pytest.mark.parametrize("text, authors, year, title", [
    ("Sugiyono , 2013 . Metode Penelitian Pendidikan . Bandung : Alfabeta .", ("Sugiyono",), "2013",
     "Metode Penelitian Pendidikan"),
    ("Arikunto , Suharsimi . 2010 . Prosedur Penelitian . Jakarta : Rineka Cipta .", ("Arikunto",), "2010",
     "Prosedur Penelitian"),
    ("Sugiyono. 2O13. Metode Penelitian Pendidikan. Bandung: Alfabeta.", ("Sugiyono",), "2013",
     "Metode Penelitian Pendidikan"),
])
def test_ocr_text_of_an_entry(text, authors, year, title):
    ref = parse_reference(text)
    assert looks_like_entry(text)
    assert (ref.authors, ref.year, ref.title) == (authors, year, title)


@pytest.mark.parametrize("text, author", [
    ("Kompas.com. 2022. Rusia Serang Ukraina. https://www.kompas.com/read/2022/02/24/a (diakses 1 Maret 2022).",
     "Kompas.com"),
    ("detik.com. (2022). Rusia serang Ukraina. Diakses dari https://news.detik.com/a", "detik.com"),
])
def test_a_news_site_heads_its_entry_and_its_citation_links_to_it(tmp_path, text, author):
    assert looks_like_entry(text) and parse_reference(text).authors == (author,)
    path = tmp_path / "bab2.txt"
    path.write_text(f"BAB II\n\nInvasi dimulai pada bulan Februari ({author}, 2022).\n\nDAFTAR PUSTAKA\n\n{text}\n",
                    encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    [work] = [w for w in build_registry(chunk_document(doc), [doc]) if w.cited]
    assert (work.authors, work.reference.title.lower()) == ((author,), "rusia serang ukraina")


def test_a_citation_whose_authors_the_list_writes_in_another_order_links_to_that_entry():
    from telusur.citations.linking import link

    entries = [parse_reference("Horison, Horngren. 2004. Akuntansi Keuangan. Jakarta: Erlangga."),
               parse_reference("Kotler, P. & Keller, K. (2016). Marketing Management. Boston: Pearson.")]
    assert link(("Horngren", "Horison"), "2004", False, entries) == (entries[0], False)
    assert link(("Keller", "Kotler"), "2016", False, entries) == (entries[1], False)
    assert link(("Keller", "Santoso"), "2016", False, entries) == (None, False)  # one name is not the same authors


@pytest.mark.parametrize("cited, listed, same", [
    ("Depdiknas", "Departemen Pendidikan Nasional", True),
    ("Kemendikbud", "Kementerian Pendidikan dan Kebudayaan", True),
    ("Kemenkes RI", "Kementerian Kesehatan Republik Indonesia", True),
    ("Bappenas", "Badan Perencanaan Pembangunan Nasional", True),
    ("Depdiknas", "Departemen Kesehatan", False),
    ("Santoso", "Badan Pusat Statistik", False),
])
def test_an_indonesian_acronym_of_syllables_names_its_organisation(cited, listed, same):
    from telusur.citations.linking import author_matches

    assert author_matches(cited, listed) is same


def test_a_syllable_acronym_cited_links_to_the_organisations_entry(tmp_path):
    path = tmp_path / "bab2.txt"
    path.write_text("BAB II\n\nPendidikan nasional bertujuan mencerdaskan bangsa (Depdiknas, 2003).\n\nDAFTAR PUSTAKA\n\n"
                    "Departemen Pendidikan Nasional. 2003. Undang-Undang Sistem Pendidikan Nasional. Jakarta: "
                    "Depdiknas.\n", encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    [work] = [w for w in build_registry(chunk_document(doc), [doc]) if w.cited]
    assert work.reference is not None and work.reference.authors == ("Departemen Pendidikan Nasional",)


@pytest.mark.parametrize("line, authors", [
    ("Santoso, Budi (Peny.). 2019. Pendidikan Karakter di Sekolah. Jakarta: Kencana.", ("Santoso",)),
    ("Santoso, B. dan Wijaya, A. (Penyunting). 2019. Pendidikan Karakter. Jakarta: Kencana.", ("Santoso", "Wijaya")),
    ("Santoso, B. (Editor). (2019). Pendidikan karakter di sekolah. Jakarta: Kencana.", ("Santoso",)),
])
def test_an_entry_whose_authors_edited_the_book_in_indonesian(line, authors):
    ref = parse_reference(line)
    assert looks_like_entry(line) and (ref.authors, ref.year, ref.editors) == (authors, "2019", True)


@pytest.mark.parametrize("line, author, year", [
    # Chicago's bibliography: the article's year in parentheses after its volume and number, pages after a colon
    ("Santoso, Budi. “Pendidikan Karakter di Sekolah Dasar.” Jurnal Pendidikan 5, no. 2 (2019): 10–20.", "Santoso", "2019"),
    ("Hamzah, Andi. “Penegakan Hukum Lingkungan.” Jurnal Hukum 12, no. 1 (Maret 2005): 33-41.", "Hamzah", "2005"),
    # the date a web page was read is not the year it was published
    ("Santoso, B. 2019. Pendidikan Karakter. (Online). (http://eprints.uny.ac.id/123, diakses 5 Mei 2020).",
     "Santoso", "2019"),
    ("Wijaya, A. 2018. Stunting di Indonesia. Diakses dari https://www.kompas.com, 12 Maret 2021.", "Wijaya", "2018"),
])
def test_chicago_articles_and_access_dates(line, author, year):
    ref = parse_reference(line)
    assert looks_like_entry(line) and (ref.authors[0], ref.year) == (author, year)


def test_a_chicago_article_gives_its_journal_volume_number_and_pages():
    ref = parse_reference("Santoso, Budi, dan Andi Wijaya. “Pendidikan Karakter.” Jurnal Pendidikan 5, no. 2 (2019): 10–20.")
    assert (ref.authors, ref.title, ref.container, ref.volume, ref.issue, ref.pages, ref.kind) == (
        ("Santoso", "Wijaya"), "Pendidikan Karakter", "Jurnal Pendidikan", "5", "2", "10-20", "article")  # as every style


@pytest.mark.parametrize("text, entry", [
    # a person cited by the name he goes by, which the list writes as a given name
    ("Menurut Jogiyanto (2005), sistem adalah jaringan kerja.", "Hartono, Jogiyanto. 2005. Analisis dan Desain. Yogyakarta: Andi."),
    # a particle on one side only
    ("Menurut Al Fatta (2007), sistem adalah kumpulan.", "Fatta, Hanif Al. 2007. Analisis dan Perancangan. Yogyakarta: Andi."),
    ("Menurut van Dijk (1998), wacana adalah praktik sosial.", "Dijk, T. A. van. (1998). Ideology. London: Sage."),
    # an organisation cited by its name, listed by its acronym
    ("Sehat adalah sejahtera (World Health Organization, 2018).", "WHO. (2018). Nutrition. Geneva: WHO."),
    ("Sehat adalah sejahtera (Kementerian Kesehatan, 2018).", "Kemenkes RI. 2018. Riskesdas. Jakarta: Kemenkes."),
])
def test_a_citation_links_to_its_entry_written_another_way(text, entry):
    from telusur.citations import find_citations
    from telusur.citations.linking import link

    [cite] = [c for c in find_citations(text) if c.authors]
    ref = parse_reference(entry)
    assert link(cite.authors, cite.year, False, [ref]) == (ref, False)


@pytest.mark.parametrize("text, entry", [
    ("Menurut Budiman (2005), sistem adalah jaringan kerja.", "Hartono, Jogiyanto. 2005. Analisis dan Desain. Yogyakarta: Andi."),
    ("Sehat adalah sejahtera (Badan Pusat Statistik, 2018).", "WHO. (2018). Nutrition. Geneva: WHO."),
])
def test_other_names_of_the_same_year_do_not_link(text, entry):
    from telusur.citations import find_citations
    from telusur.citations.linking import link

    [cite] = [c for c in find_citations(text) if c.authors]
    assert link(cite.authors, cite.year, False, [parse_reference(entry)]) == (None, False)


@pytest.mark.parametrize("text, first, year", [
    ("Santoso, B., Wijaya, A., Putra, R., Hadi, S., Sari, D., Dewi, K., . . . Rahman, T. (2019). Judul. Jurnal, 5(2), 10–20.",
     "Santoso", "2019"),  # APA 6's spaced ellipsis before the last author
    ("Santoso, B. (Februari 2019). Judul berita. Jurnal Pendidikan.", "Santoso", "2019"),  # the month before the year
    ("Santoso, Budi. Pendidikan Karakter. Kencana, 2019.", "Santoso", "2019"),  # MLA: no place, "Publisher, Year"
])
def test_entry_kinds_of_the_next_list(text, first, year):
    ref = parse_reference(text)
    assert looks_like_entry(text) and (ref.authors[0], ref.year) == (first, year)


@pytest.mark.parametrize("text", ["Penelitian ini dilakukan di Jakarta (Februari 2019). Hasilnya baik.",
                                  "Santoso, Budi. Hasilnya baik sekali pada tahun 2019."])
def test_sentences_with_a_month_or_a_year_at_the_end_are_no_entries(text):
    assert not looks_like_entry(text)


@pytest.mark.parametrize("heading", ["Daftar Kepustakaan", "Pustaka Acuan", "Referensi Pustaka", "Daftar Sumber",
                                     "Literatur", "Reference List", "BAB VI DAFTAR PUSTAKA", "Bab 5. Daftar Pustaka"])
def test_a_list_under_another_name_for_its_heading_is_read_when_text_follows_it(tmp_path, heading):
    # Not the document's end (an appendix follows), so only the heading can say the lines are entries.
    path = tmp_path / "skripsi.md"
    path.write_text("# Motivasi\n\nMotivasi adalah dorongan dari dalam diri (Santoso, 2019).\n\n"
                    f"## {heading}\n\n"
                    "Santoso, B. (2019). Psikologi Pendidikan. Jakarta: Kencana.\n\n"
                    "Wijaya, A. (2015). Manajemen Kelas. Bandung: Alfabeta.\n\n"
                    "## Lampiran\n\nLembar angket yang dibagikan kepada responden penelitian ini.\n", encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    assert [(e.authors, e.year) for e in reference_entries(doc)] == [(("Santoso",), "2019"), (("Wijaya",), "2015")]
