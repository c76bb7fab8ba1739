"""Which lines are reference-list entries and how one is read: made-up lines a real list could hold, one for each clause
of citations/references.py that no other test held (each case fails when its clause is dropped or forced)."""

from __future__ import annotations

import pytest

from telusur.citations import reference_entries
from telusur.citations.references import looks_like_entry, parse_reference
from telusur.documents import read_document


@pytest.mark.parametrize("line", [
    "Hafizurrachman (2009), Kepuasan Pasien Rumah Sakit. Jakarta: Rajawali Pers.",  # one name, a comma after the year
    "Robbins Stephen P & Timothy A Judge. (2009) Perilaku Organisasi. Jakarta: Salemba Empat.",  # names, no commas
    # a body whose name joins its words with several small ones
    "Institute of Medicine of the National Academies. (2011). The Future of Nursing. Washington, DC: NAP.",
])
def test_more_entry_lines(line):
    assert looks_like_entry(line)


@pytest.mark.parametrize("line", [
    "Sumber: Badan Pusat Statistik. (2019) Data diolah peneliti.",  # a table's source line, no stop after the year
])
def test_more_lines_with_a_year_that_are_no_entry(line):
    assert not looks_like_entry(line)


def test_an_entry_over_two_paragraphs_of_a_text_file_spans_both_to_its_last_mark(tmp_path):
    path = tmp_path / "bab.txt"
    path.write_text("BAB II\n\nTeks pembuka.\n\nDAFTAR PUSTAKA\n\n"
                    "Chen, H. (1998). Financial Literacy among College Students. Financial\n\n"
                    "Services Review, 7(2), 107-128.\n\nSantoso, B. (2019). Koperasi Sekolah. Malang: UMM Press.\n",
                    encoding="utf-8")
    doc = read_document(path, path.name, 5.0)
    assert [" ".join(doc.text[r.start:r.end].split()) for r in reference_entries(doc)] == [
        "Chen, H. (1998). Financial Literacy among College Students. Financial Services Review, 7(2), 107-128.",
        "Santoso, B. (2019). Koperasi Sekolah. Malang: UMM Press."]


@pytest.mark.parametrize("line", [
    # a body's or a single name's page, its year after the authors, the day it was read last
    "Dinas Kesehatan Kota Malang. 2019. Profil Kesehatan Kota Malang. (Online). (http://dinkes.malangkota.go.id, "
    "diakses 5 Mei 2020).",
    "Mulyadi. 2019. Sistem Informasi Akuntansi. (Online). (http://www.akuntansi.id/sia, diakses 5 Mei 2020).",
])
def test_a_page_read_later_keeps_the_year_after_its_authors(line):
    ref = parse_reference(line)
    assert (ref.year, ref.kind) == ("2019", "web")


@pytest.mark.parametrize("line, fields", [
    # further authors given name first, one with initials after the name: his family name, not "S.K."
    ("Sumardiman, Adi, Djiwohadi, Wahyono S.K., Wawasan Nusantara, Jakarta: Lemhannas, 1982.",
     {"authors": ("Sumardiman", "Djiwohadi", "Wahyono"), "title": "Wawasan Nusantara", "kind": "book"}),
    # a surname with a particle after a first author's surname alone is the next author, not given names
    ("Hadi, van der Meer, dan Santoso. (2019). Koperasi di Hindia Belanda. Leiden: KITLV Press.",
     {"authors": ("Hadi", "van der Meer", "Santoso"), "year": "2019"}),
    # a later author written whole, given name first, then a surname alone: two authors
    ("Santoso, B., Diah Arruum, dan Wijaya (2019). Koperasi Sekolah. Malang: UMM Press.",
     {"authors": ("Santoso", "Arruum", "Wijaya"), "names": ("Santoso, B.", "Diah Arruum", "Wijaya")}),
    # a first author written whole, given name first, then authors with initials first: each their own
    ("Diah Arruum, A. Wijaya, dan B. Santoso (2019). Koperasi Sekolah. Malang: UMM Press.",
     {"names": ("Diah Arruum", "A. Wijaya", "B. Santoso")}),
    # nothing after the title, no address: neither a book nor a page
    ("Santoso, B. (2019). Koperasi Sekolah.", {"title": "Koperasi Sekolah", "kind": "misc", "publisher": None}),
    # a comma entry's edition before its publisher is no place
    ("Hamzah, Andi, Hukum Pidana, Edisi Revisi Kedua, Sinar Grafika, 2005.", {"place": None, "publisher": "Sinar Grafika"}),
    # an Indonesian journal's volume with its issue alone, or with its pages alone: an article
    ("Santoso, B. 2019. Koperasi Sekolah. Jurnal Ekonomi 3(2).",
     {"kind": "article", "container": "Jurnal Ekonomi", "volume": "3", "issue": "2"}),
    ("Santoso, B. 2019. Koperasi Sekolah. Jurnal Ekonomi 3: 75-84.",
     {"kind": "article", "container": "Jurnal Ekonomi", "volume": "3", "pages": "75-84"}),
    # a title's own commas before the place: no publisher read from the title's words
    ("Santoso, Budi, Koperasi, Desa dan Kota, Malang, 2015.", {"year": "2015", "publisher": None}),
    # the year last and no place or publisher: no book
    ("Bacq, P. Kenabian Dalam Gereja Sekarang, Seri Pastoral, 1994.", {"year": "1994", "kind": "misc", "publisher": None}),
    # Vancouver and IEEE: a journal's article has the journal as its container and no publisher; a book the reverse
    ("Sari DK, Wijaya A. Kepatuhan minum obat pada pasien hipertensi. Jurnal Kesehatan Masyarakat. 2019;5(2):10-20.",
     {"kind": "article", "container": "Jurnal Kesehatan Masyarakat", "publisher": None}),
    ('[2] B. Santoso and A. Wijaya, "Sistem antrean rumah sakit," Jurnal Teknologi Informasi, vol. 5, no. 2, '
     'pp. 10-20, 2019.', {"kind": "article", "container": "Jurnal Teknologi Informasi", "publisher": None}),
    ("[1] B. Santoso, Motivasi Belajar. Jakarta: Kencana, 2019.",
     {"kind": "book", "container": None, "place": "Jakarta", "publisher": "Kencana"}),
])
def test_entry_fields_by_style(line, fields):
    ref = parse_reference(line)
    assert {k: getattr(ref, k) for k in fields} == fields
