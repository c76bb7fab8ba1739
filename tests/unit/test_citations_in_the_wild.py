"""Forms real Indonesian course texts cite in that earlier probes read wrong (BENCHMARKS.md, "whose a bare year is":
noticed and left alone): a spaced year letter, "Mc." before a surname, a quoted name, a descriptor between "menurut"
and the name, a standard's number, a surname that is a month's name in a parenthesis, a name opening the claim with a
comma, a name alone on a line over its passage. Each is read with another author's work of that year cited before."""

import pytest

from telusur.citations import parse_reference
from telusur.citations.intext import find_citations

_CITED_BEFORE = "Belajar adalah proses perubahan tingkah laku (Santoso, 2010).\n\n"


def _read(text: str, start: int = 0) -> list[tuple[tuple[str, ...], str, str | None]]:
    return [(c.authors, c.year, c.pages) for c in find_citations(text, start, len(text), context_start=start)]


def _after_the_work_before(passage: str) -> list[tuple[tuple[str, ...], str, str | None]]:
    """The citations of passage read from its block on, as chunking reads a block, another work of 2010 before it."""
    return _read(_CITED_BEFORE + passage, len(_CITED_BEFORE))


@pytest.mark.parametrize("passage, read", [
    # a year's letter written apart from it: "2010 b" is the work "2010b", as "2010b"
    ("Penelitian adalah kegiatan ilmiah (Arikunto, 2010 b).\n", [(("Arikunto",), "2010b", None)]),
    ("Menurut Arikunto (2010 b: 45) penelitian adalah kegiatan ilmiah.\n", [(("Arikunto",), "2010b", "45")]),
    ("Penelitian adalah kegiatan ilmiah (Arikunto, 2010 a; 2010 b).\n",
     [(("Arikunto",), "2010a", None), (("Arikunto",), "2010b", None)]),
])
def test_a_spaced_year_letter(passage, read):
    assert _after_the_work_before(passage) == read


def test_a_spaced_year_letter_in_a_reference_entry():
    entry = parse_reference("Arikunto, Suharsimi. 2010 b. Prosedur Penelitian. Jakarta: Rineka Cipta.")
    assert entry is not None and (entry.authors, entry.year) == (("Arikunto",), "2010b")


def test_a_year_and_a_letter_elsewhere_are_left_as_written():
    # only where a citation's or an entry's year stands (after "(", ", ", "; ", ". "): a title's own year and the
    # letter after it are the title's, as the list writes it
    entry = parse_reference("Badan Pusat Statistik. 2011. Hasil Sensus Penduduk 2010 a. Jakarta: BPS.")
    assert entry is not None and (entry.year, entry.title) == ("2011", "Hasil Sensus Penduduk 2010 a")


@pytest.mark.parametrize("passage, read", [
    # "Mc." with its full stop is the particle of "Mc Leod", not an initial before "Leod"
    ("Menurut Mc. Leod (2010) sistem informasi adalah sistem.\n", [(("Mc Leod",), "2010", None)]),
    ("Menurut Raymond Mc. Leod (2010) sistem informasi adalah sistem.\n", [(("Mc Leod",), "2010", None)]),
    ("Sistem informasi adalah sistem (Mc. Leod, 2010).\n", [(("Mc Leod",), "2010", None)]),
    # ... after an initial written close ("R.Mc. Leod"): the particle still (a word ending in "Mac.", "iMac.", reads
    # the same with its stop or without)
    ("Sistem informasi adalah sistem (R.Mc. Leod, 2010).\n", [(("Mc Leod",), "2010", None)]),
])
def test_mc_with_a_full_stop(passage, read):
    assert _after_the_work_before(passage) == read


@pytest.mark.parametrize("passage, read", [
    # a name in quotation marks after a citing word is the author still
    ('Menurut "Arikunto" (2010) penelitian adalah kegiatan ilmiah.\n', [(("Arikunto",), "2010", None)]),
    ("Menurut “Arikunto” (2010) penelitian adalah kegiatan ilmiah.\n", [(("Arikunto",), "2010", None)]),
    # ... not a quoted title or term, nor a product's name after another word ("oleh" before it)
    ('Istilah "Merdeka Belajar" (2019) diperkenalkan oleh pemerintah.\n', [((), "2019", None)]),
    ('Mesin pencari ini dikembangkan oleh "Google" (2010) untuk umum.\n', [(("Santoso",), "2010", None)]),
])
def test_a_quoted_name(passage, read):
    assert _after_the_work_before(passage) == read


_LISTED = "\n\nDAFTAR PUSTAKA\n\nSlameto. 2003. Belajar dan Faktor-Faktor yang Mempengaruhinya. Jakarta: Rineka Cipta.\n"


def _passage_read(passage: str, after: str = "") -> list[tuple[tuple[str, ...], str, str | None]]:
    """The citations of passage alone, another work of 2010 cited before it and `after` (a list, ...) after it."""
    text = _CITED_BEFORE + passage + after
    start = len(_CITED_BEFORE)
    return [(c.authors, c.year, c.pages) for c in find_citations(text, start, start + len(passage), start)]


@pytest.mark.parametrize("passage", [
    # who the person is, between "menurut" and his name: the claim after it is his (the text lists him)
    "Menurut pakar pendidikan Slameto, belajar adalah usaha yang dilakukan seseorang (2010: 2).",
    "Menurut ahli psikologi pendidikan, Slameto, belajar adalah usaha yang dilakukan seseorang (2010: 2).",
    "Menurut seorang tokoh pendidikan, Slameto, belajar adalah usaha yang dilakukan seseorang (2010: 2).",
])
def test_a_descriptor_between_menurut_and_the_name(passage):
    assert _passage_read(passage, _LISTED) == [(("Slameto",), "2010", "2")]


@pytest.mark.parametrize("passage", [
    # ... not a place or a body after such words (the text cites them nowhere), nor a place after other words, nor
    # the word a quotation names ('kata "Demokrasi"')
    "Menurut para ahli pendidikan Indonesia, belajar adalah usaha yang dilakukan seseorang (2010: 2).",
    "Menurut pakar hukum Universitas Indonesia, hukum adalah aturan yang mengikat (2010: 2).",
    "Menurut warga desa Sukamaju, banjir datang setiap tahun (2010: 2).",
    'Kata "Demokrasi" berasal dari kata demos dan kratos (2010: 2).',
])
def test_a_place_or_a_body_after_menurut_and_words(passage):
    assert _passage_read(passage, _LISTED) == [(("Santoso",), "2010", "2")]


@pytest.mark.parametrize("passage, after", [
    # ... nor the body a person's calling names, though the text lists or cites that body: the expert is not it
    ("Menurut pakar hukum Universitas Indonesia, hukum adalah aturan yang mengikat (2010: 2).",
     "\n\nDAFTAR PUSTAKA\n\nUniversitas Indonesia. 2008. Pedoman Teknis Penulisan. Depok: UI.\n"),
    ("Menurut pakar ekonomi Bank Indonesia, inflasi adalah kenaikan harga (2010: 2).",
     "\n\nHal ini sejalan dengan data Bank Indonesia (2019).\n"),
])
def test_a_body_after_a_persons_calling(passage, after):
    assert _passage_read(passage, after) == [(("Santoso",), "2010", "2")]


@pytest.mark.parametrize("passage, read", [
    # a standard's or a law's number after its name: the year is the standard's, no author's
    ("Menurut PSAK No. 14 (2010) persediaan adalah aset.\n", [((), "2010", None)]),
    ("Menurut PSAK Nomor 14 (2010) persediaan adalah aset.\n", [((), "2010", None)]),
    ("Persediaan diatur dalam SAK ETAP Bab 11 (2010).\n", [((), "2010", None)]),
    # ... an article's number written small after its law's name (a capitalized "Pasal" names a law by itself), and a
    # standard's series
    ("Menurut KUHP pasal 340 (2010) pembunuhan berencana diancam pidana mati.\n", [((), "2010", None)]),
    ("Menurut ISO Seri 9000 (2010) mutu adalah kesesuaian dengan persyaratan.\n", [((), "2010", None)]),
])
def test_a_standard_with_its_number(passage, read):
    assert _after_the_work_before(passage) == read


@pytest.mark.parametrize("text, read", [
    # a month's name in a parenthesis is a surname when the list holds that author's work of that year
    ("Kecemasan adalah respons terhadap ancaman (May, 2010).\n\nDAFTAR PUSTAKA\n\n"
     "May, Rollo. 2010. The Meaning of Anxiety. New York: Norton.\n", [(("May",), "2010", None)]),
    # ... and stays a date when it does not
    ("Data dikumpulkan di sekolah (Mei, 2010).\n", []),
    ("Kecemasan adalah respons terhadap ancaman (May, 2010).\n", []),
])
def test_a_month_surname_in_a_parenthesis(text, read):
    assert [r for r in _read(text) if r[1] == "2010"] == read


@pytest.mark.parametrize("passage, after, read", [
    # a person's name opening the claim, a comma after it: "Slameto, belajar adalah ..." is Slameto's claim when the
    # text cites or lists him elsewhere (here with another year, as student texts often write it)
    ("Slameto, belajar adalah usaha yang dilakukan seseorang (2010: 2).", _LISTED, [(("Slameto",), "2010", "2")]),
    ("Slameto, belajar adalah usaha yang dilakukan seseorang (2010: 2).",
     "\n\nHal ini sejalan dengan pendapat Slameto (2003) tentang belajar.\n", [(("Slameto",), "2010", "2")]),
    # ... with up to four words between the comma and "adalah" (what he defines: "hasil belajar siswa sekolah")
    ("Slameto, hasil belajar siswa sekolah adalah kemampuan yang dimiliki siswa (2010: 2).", _LISTED,
     [(("Slameto",), "2010", "2")]),
    # ... not a longer clause set after his name, which says who he is: that is another's claim about him
    ("Slameto, salah seorang tokoh yang banyak menulis buku pendidikan adalah dosen di Salatiga (2010: 2).", _LISTED,
     [(("Santoso",), "2010", "2")]),
    # ... not a place, or a word, or a name the text cites nowhere else (a place's name looks the same)
    ("Indonesia, pendidikan adalah hak setiap warga negara (2010: 2).", _LISTED, [(("Santoso",), "2010", "2")]),
    ("Di Indonesia, pendidikan adalah hak setiap warga negara (2010: 2).", _LISTED, [(("Santoso",), "2010", "2")]),
    ("Jakarta, sebagai ibu kota, menjadi pusat kegiatan ekonomi (2010: 2).", _LISTED, [(("Santoso",), "2010", "2")]),
    ("Selanjutnya, belajar adalah usaha yang dilakukan seseorang (2010: 2).", _LISTED, [(("Santoso",), "2010", "2")]),
    ("Slameto, belajar adalah usaha yang dilakukan seseorang (2010: 2).", "\n", [(("Santoso",), "2010", "2")]),
    # ... nor a place the text cites only as the last word of a body's or a law's name
    ("Indonesia, pendidikan adalah hak setiap warga negara (2010: 2).",
     "\n\nMenurut Bank Indonesia (2019) inflasi adalah kenaikan harga.\n", [(("Santoso",), "2010", "2")]),
    ("Indonesia, pendidikan adalah hak setiap warga negara (2010: 2).",
     "\n\nHal ini diatur dalam Undang-Undang Republik Indonesia (2003).\n", [(("Santoso",), "2010", "2")]),
    ("Menurut ahli kesehatan Indonesia, gizi adalah zat makanan (2010: 2).",
     "\n\nMenurut Bank Indonesia (2019) inflasi adalah kenaikan harga.\n", [(("Santoso",), "2010", "2")]),
    # ... while a person cited with his given name is still cited
    ("Arikunto, penelitian adalah kegiatan ilmiah (2010: 2).",
     "\n\nHal ini sejalan dengan pendapat Suharsimi Arikunto (2006).\n", [(("Arikunto",), "2010", "2")]),
])
def test_a_name_opening_the_claim_with_a_comma(passage, after, read):
    assert _passage_read(passage, after) == read


@pytest.mark.parametrize("over, after, read", [
    # a person's name alone on a line over the passage, as a list item's name is, when the text cites or lists him
    ("Arikunto\n\n", "DAFTAR PUSTAKA\n\nArikunto, Suharsimi. 2006. Prosedur Penelitian. Jakarta: Rineka Cipta.\n",
     [(("Arikunto",), "2010", "45")]),
    ("Arikunto:\n", "Hal ini sejalan dengan pendapat Arikunto (2006).\n", [(("Arikunto",), "2010", "45")]),
    # ... not a heading of words, a place, or a name the text cites nowhere else (the document's own author's line)
    ("Penelitian Kuantitatif\n\n", "", [(("Santoso",), "2010", "45")]),
    ("Jakarta\n\n", "", [(("Santoso",), "2010", "45")]),
    ("Arikunto\n\n", "", [(("Santoso",), "2010", "45")]),
])
def test_a_name_alone_on_a_line_over_the_passage(over, after, read):
    passage = "Penelitian adalah kegiatan ilmiah yang dilakukan secara sistematis (2010: 45).\n\n"
    text = _CITED_BEFORE + over + passage + after
    start = text.index(passage)
    assert [(c.authors, c.year, c.pages) for c in find_citations(text, start, start + len(passage), start)] == read
