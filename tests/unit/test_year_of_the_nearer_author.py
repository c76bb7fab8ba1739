"""Whose a bare year is when another author's work of that year is cited before it: the person the passage's own
sentence names as the subject of any verb, or the person named with a citing word just before the passage (in a
heading, or a sentence closed by a stop over it), not the author cited farther back. The checking half's largest miss
kind is "the chunk carries the year with another first author, the work nowhere in the document": these are the forms
of it that a passage's neighbours give, each read with the chunk's own context as chunking reads it."""

import pytest

from telusur.citations.intext import find_citations

_CITED_BEFORE = "Belajar adalah proses perubahan tingkah laku (Santoso, 2010).\n\n"
_PASSAGE = "Penelitian adalah kegiatan ilmiah yang dilakukan secara sistematis untuk memperoleh data (2010: 45).\n"


def _bare_year_author(text: str, passage: str) -> tuple[str, ...]:
    """The authors of the bare "(2010: 45)", read from the passage's block on, as chunking reads a block."""
    start = text.index(passage)
    [cite] = [c for c in find_citations(text, start, len(text), context_start=start) if c.pages == "45"]
    return cite.authors


@pytest.mark.parametrize("sentence", [
    "Arikunto membagi penelitian menjadi tiga jenis, yaitu deskriptif, eksperimen dan korelasi (2010: 45).\n",
    "Arikunto mengelompokkan penelitian menjadi tiga jenis (2010: 45).\n",
    "Lebih lanjut, Arikunto mengungkap bahwa penelitian adalah kegiatan ilmiah (2010: 45).\n",
    "Arikunto juga berpandangan bahwa penelitian adalah kegiatan ilmiah (2010: 45).\n",
    # ... or the agent of a passive verb before what he says
    "Hal senada disampaikan Arikunto bahwa penelitian adalah kegiatan ilmiah (2010: 45).\n",
])
def test_the_subject_of_the_claims_sentence_is_its_author(sentence):
    assert _bare_year_author(_CITED_BEFORE + sentence, sentence) == ("Arikunto",)


@pytest.mark.parametrize("sentence, authors", [
    # ... not a subject the verb says what it is or has, nor a person the work cited before quotes
    ("Jakarta merupakan ibu kota negara (2010: 45).\n", ("Santoso",)),
    ("Santoso mengutip pendapat Maslow. Maslow membagi kebutuhan menjadi lima tingkat (2010: 45).\n", ("Santoso",)),
])
def test_a_subject_that_is_no_claims_author(sentence, authors):
    assert _bare_year_author(_CITED_BEFORE + sentence, sentence) == authors


@pytest.mark.parametrize("over", [
    "## Pengertian Penelitian Menurut Arikunto\n\n",  # a heading naming the author over the passage
    "Arikunto mendefinisikan penelitian sebagai berikut.\n\n",  # a sentence closed by a stop, not a colon
])
def test_a_person_cued_just_before_the_passage_wins_over_an_author_cited_farther_back(over):
    assert _bare_year_author(_CITED_BEFORE + over + _PASSAGE, _PASSAGE) == ("Arikunto",)


def test_the_author_cited_before_named_again_after_the_cue_keeps_the_year():
    over = "Arikunto mendefinisikan penelitian sebagai berikut. Santoso juga menyinggung hal ini.\n\n"
    assert _bare_year_author(_CITED_BEFORE + over + _PASSAGE, _PASSAGE) == ("Santoso",)


@pytest.mark.parametrize("over, author", [
    # ... but not a person the work cited before quotes or is about, cued later: still that work's year
    ("Santoso (2019) mengutip pendapat Maslow tentang kebutuhan.\n\n", "Santoso"),
    ("Santoso (2019) dalam bukunya menjelaskan teori Maslow. Menurut Maslow, kebutuhan manusia bertingkat.\n\n",
     "Santoso"),
])
def test_a_person_the_work_cited_before_quotes_keeps_its_year(over, author):
    passage = "Kebutuhan manusia tersusun bertingkat dari kebutuhan fisiologis hingga aktualisasi diri (2019: 45).\n"
    assert _bare_year_author(over + passage, passage) == (author,)


@pytest.mark.parametrize("between, author", [
    # in the passage's own paragraph: a person cued in a sentence after the work of that year, before the claim
    ("Hal ini sesuai dengan pendapat Arikunto. ", "Arikunto"),
    # ... not one with a year of his own after him, nor one the work's own sentence names
    ("Menurut Arikunto (2012) penelitian itu penting. ", "Santoso"),
    ("Santoso juga mengutip pendapat Arikunto. ", "Santoso"),
])
def test_a_person_cued_between_the_work_of_that_year_and_the_claim(between, author):
    text = "Belajar adalah proses perubahan tingkah laku (Santoso, 2010). " + between + _PASSAGE
    assert _bare_year_author(text, text) == (author,)


@pytest.mark.parametrize("table, authors", [
    # a table of definitions by person ("Ahli | Pengertian"): a row's bare year is the person its first cell names
    ("Ahli | Pengertian\nArikunto | Penelitian adalah kegiatan ilmiah (2010: 45)\nSugiyono | Penelitian adalah cara "
     "ilmiah (2012: 2)\n", [("Arikunto",), ("Sugiyono",)]),
    ("No | Nama Ahli | Definisi\n1 | Arikunto | Penelitian adalah kegiatan ilmiah (2010: 45)\n2 | Sugiyono | "
     "Penelitian adalah cara ilmiah (2012: 2)\n", [("Arikunto",), ("Sugiyono",)]),
    # ... not a place under a column of places
    ("Kota | Keterangan\nJakarta | Ibu kota negara sejak kemerdekaan (2010: 45)\n", [("Santoso",)]),
])
def test_a_row_under_a_column_of_people_cites_its_person(table, authors):
    text = "Belajar adalah proses perubahan tingkah laku (Santoso, 2010).\n" + table
    start = text.index("\n") + 1
    cites = find_citations(text, start, len(text), context_start=start)
    assert [c.authors for c in cites if c.start > start] == authors


@pytest.mark.parametrize("text, works", [
    # the author written after the work's title, with "karya"/"tulisan" ("the work of"): his, not the title's last word
    ("Menurut Santoso (2010) belajar adalah proses. Dalam buku Belajar dan Faktor-Faktor yang Mempengaruhinya karya "
     "Slameto (2010) dijelaskan bahwa belajar adalah usaha.", [("Santoso", "2010"), ("Slameto", "2010")]),
    ("Novel Laskar Pelangi karya Andrea Hirata (2005) mengisahkan sepuluh anak Belitung.", [("Hirata", "2005")]),
    ("Menurut Santoso (2010) belajar. Buku Psikologi Belajar tulisan Slameto (2010) menjelaskan belajar.",
     [("Santoso", "2010"), ("Slameto", "2010")]),
    # ... a title after "karyanya" stays a title (its author named before it)
    ("Lestari melalui karyanya Manajemen Kinerja (2019) menyatakan motivasi adalah dorongan.", [("Lestari", "2019")]),
])
def test_an_author_written_after_the_title_with_karya(text, works):
    assert [(c.authors[0], c.year) for c in find_citations(text) if c.authors] == works


@pytest.mark.parametrize("text, works", [
    # a surname that is a month's name, after a citing word or a given name ("Menurut May" from last session's notes)
    ("Menurut Santoso (2010) belajar adalah proses. Menurut May (2010) kecemasan adalah respons.",
     [("Santoso", "2010"), ("May", "2010")]),
    ("Kecemasan menurut Rollo May (1977) adalah respons terhadap ancaman.", [("May", "1977")]),
    # ... a month in a date stays none ("pada Mei", "Bulan Mei", "bulan Juni" after another author's work)
    ("Data dikumpulkan pada Mei (2019) di sekolah.", []),
    ("Bulan Mei (2019) menjadi puncak musim hujan.", []),
])
def test_a_month_named_as_an_author(text, works):
    assert [(c.authors[0], c.year) for c in find_citations(text) if c.authors] == works
