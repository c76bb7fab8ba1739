"""Who translated a book is a part of its entry kept apart (Reference.translators, names as written, in order), not read
past nor left in the title or publisher: a note of its own ("Terj. X.", "Terjemahan oleh X.", "Penerjemah: X.",
"Diterjemahkan oleh: X.", "Alih bahasa oleh X dan Y."), MLA's "Translated by X, Publisher, Year." and APA's parenthesis
after the title ("(Yustinus, Penerj.)", "(Vol. 2, Edisi 10; B. Marswendy, Terj.)", "(T. Parsons, Trans.)", "(Terj. X)").
APA's parenthesis holding only the volume ("(Vol. 2)", "(Jilid 2)") gives the volume, and an edition and a printing in
it are both kept as the notes written apart are ("Edisi Revisi; Cetakan Pertama"). Fresh gold 15 (entries12)."""

from __future__ import annotations

import pytest

from telusur.citations.references import parse_reference


@pytest.mark.parametrize("entry, translators", [
    ("Robbins, Stephen P. dan Timothy A. Judge. 2008. Perilaku Organisasi. Edisi 12. Penerjemah: Diana Angelica. "
     "Jakarta: Salemba Empat.", ("Diana Angelica",)),
    ("Santrock, John W. 2007. Perkembangan Anak. Edisi Kesebelas. Jilid 1. Alih bahasa oleh Mila Rachmawati dan Anna "
     "Kuswanti. Jakarta: Erlangga.", ("Mila Rachmawati", "Anna Kuswanti")),
    ("Freire, Paulo. 1985. Pendidikan Kaum Tertindas. Terjemahan oleh Utomo Dananjaya. Jakarta: LP3ES.",
     ("Utomo Dananjaya",)),
    ("Dunn, William N. 2003. Pengantar Analisis Kebijakan Publik. Terj. Samodra Wibawa dkk. Yogyakarta: Gadjah Mada "
     "University Press.", ("Samodra Wibawa",)),
    ("Kartodirdjo, Sartono. Pemberontakan Petani Banten 1888. Diterjemahkan oleh Hasan Basari. Jakarta: Pustaka Jaya, "
     "1984.", ("Hasan Basari",)),
    ("Goleman, Daniel. 1996. Kecerdasan Emosional. Diterjemahkan oleh T. Hermaya. Jakarta: Gramedia Pustaka Utama.",
     ("T. Hermaya",)),  # an initial's stop ends no note (gold 16, unseen)
])
def test_a_translators_note_of_its_own_is_kept(entry, translators):
    ref = parse_reference(entry)
    assert ref.translators == translators
    assert not any(t.split()[0] in (ref.publisher or "") + (ref.title or "") for t in translators)


def test_a_translators_note_with_a_colon_after_oleh_lets_the_edition_after_it_be_read():
    ref = parse_reference("Gibson, James L., John M. Ivancevich, dan James H. Donnelly. 1996. Organisasi: Perilaku, "
                          "Struktur, Proses. Diterjemahkan oleh: Nunuk Adiarni. Edisi Kedelapan. Jakarta: Binarupa Aksara.")
    assert (ref.translators, ref.edition, ref.place, ref.publisher) == (
        ("Nunuk Adiarni",), "Edisi Kedelapan", "Jakarta", "Binarupa Aksara")


def test_mla_translated_by_before_the_publisher_is_the_translator_not_the_publisher():
    ref = parse_reference("Toer, Pramoedya Ananta. This Earth of Mankind. Translated by Max Lane, Penguin Books, 1996.")
    assert (ref.translators, ref.publisher, ref.year) == (("Max Lane",), "Penguin Books", "1996")


@pytest.mark.parametrize("entry, title, translators, edition, volume", [
    ("Schultz, D. (1991). Psikologi pertumbuhan: Model-model kepribadian sehat (Yustinus, Penerj.). Yogyakarta: "
     "Kanisius.", "Psikologi pertumbuhan: Model-model kepribadian sehat", ("Yustinus",), None, None),
    ("Papalia, D. E., Olds, S. W., & Feldman, R. D. (2009). Human development: Perkembangan manusia (Vol. 2, Edisi 10; "
     "B. Marswendy, Terj.). Jakarta: Salemba Humanika.", "Human development: Perkembangan manusia", ("B. Marswendy",),
     "Edisi 10", "2"),
    ("Weber, M. (2001). The Protestant ethic and the spirit of capitalism (T. Parsons, Trans.). Routledge.",
     "The Protestant ethic and the spirit of capitalism", ("T. Parsons",), None, None),
    ("Al-Ghazali. (2011). Ihya' Ulumuddin (Terj. Moh. Zuhri). Semarang: Asy-Syifa'.", "Ihya' Ulumuddin",
     ("Moh. Zuhri",), None, None),
    ("Hurlock, E. B. (1980). Psikologi perkembangan (Istiwidayanti & Soedjarwo, Terj.; Edisi kelima). Jakarta: "
     "Erlangga.", "Psikologi perkembangan", ("Istiwidayanti", "Soedjarwo"), "Edisi kelima", None),
    ("Slavin, R. E. (2008). Psikologi pendidikan: Teori dan praktik (Vol. 2). Jakarta: Indeks.",
     "Psikologi pendidikan: Teori dan praktik", (), None, "2"),
    ("Hurlock, E. B. (1978). Perkembangan anak (Jilid 2). Jakarta: Erlangga.", "Perkembangan anak", (), None, "2"),
    ("Tarigan, H. G. (2008). Membaca sebagai suatu keterampilan berbahasa (Edisi Revisi, Cetakan Pertama). Bandung: "
     "Angkasa.", "Membaca sebagai suatu keterampilan berbahasa", (), "Edisi Revisi; Cetakan Pertama", None),
])
def test_apas_parenthesis_after_the_title_gives_translators_volume_and_edition(entry, title, translators, edition,
                                                                                volume):
    ref = parse_reference(entry)
    assert (ref.title, ref.translators, ref.edition, ref.volume) == (title, translators, edition, volume)


@pytest.mark.parametrize("entry, title, edition", [
    ("American Psychiatric Association. (2000). Diagnostic and statistical manual of mental disorders (4th ed., text "
     "rev.). Washington, DC: Author.", "Diagnostic and statistical manual of mental disorders", "4th ed., text rev."),
    ("Sari, B. (2019). Evaluasi program (Studi kasus di Kota Malang). Malang: UMM Press.",
     "Evaluasi program (Studi kasus di Kota Malang)", None),
    ("OECD. (2019). PISA 2018 results (Volume I): What students know and can do. Paris: OECD Publishing.",
     "PISA 2018 results (Volume I): What students know and can do", None),
])
def test_a_titles_own_parenthesis_and_a_manuals_edition_stay_as_they_were(entry, title, edition):
    ref = parse_reference(entry)
    assert (ref.title, ref.edition, ref.volume, ref.translators) == (title, edition, None, ())


def test_long_lines_of_translator_notes_are_read_in_linear_time(within_cpu_seconds):
    from .conftest import assert_linear

    for make in (lambda n: "Santoso, B. 2019. Judul. " + "Terj. Andi Wijaya, " * n + "Kencana.",
                 lambda n: "Santoso, B. (2019). Judul (" + "Andi, Terj.; " * n + "Edisi 2). Jakarta: Kencana.",
                 lambda n: "Santoso, B. 2019. Judul. " + "Translated by A, " * n,
                 lambda n: "Santoso, B. (2019). Judul" + " (a" * n + " (Vol. 2). Jakarta: Kencana."):
        assert_linear(lambda n, make=make: parse_reference(make(n)), 1000)


def test_the_translators_are_rendered_in_every_style_and_exported():
    import json

    from telusur.bibliography import to_bibtex
    from telusur.cite import csl_item, reference

    ref = parse_reference("Toer, Pramoedya Ananta. This Earth of Mankind. Translated by Max Lane, Penguin Books, 1996.")
    item = json.dumps(csl_item("toer1996", ref.authors, ref.year, ref.to_dict()))
    assert reference("apa", item) == "Toer, P. A. (1996). This Earth of Mankind (Max Lane, penerj.). Penguin Books."
    assert "Diterjemahkan oleh Max Lane" in reference("harvard", item)
    source = {"title": ref.title, "entry": ref.to_dict(), "authors": ["Toer"], "year": "1996", "passages": []}
    assert "translator = {Max Lane}" in to_bibtex([source])


def test_vancouvers_translators_before_their_word_are_kept():
    ref = parse_reference("Gibney MJ, Margetts BM, Kearney JM, Arab L. Gizi kesehatan masyarakat. Hartono A, "
                          "penerjemah. Widyastuti P, Hardiyanti EA, editor. Jakarta: EGC; 2009.")
    assert (ref.kind, ref.translators, ref.place, ref.publisher) == ("book", ("Hartono A",), "Jakarta", "EGC")
