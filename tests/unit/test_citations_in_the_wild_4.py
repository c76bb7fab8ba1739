"""Kinds a new document brings (issue 14): a bare year whose author is named nowhere near, as Word documents cited with
a reference manager bring it (Mendeley and Zotero keep each citation as a field whose data names the work; with
"suppress author", or a year typed over the field's result, Word shows "(2019)" alone, and the author stands only in
the field's data; each made-up chapter names another author of that year before the field, whom the text alone would
give the year to), or as a year carried from an author the list holds with other years only; and standards, manuals
and their issuers as authors ("(DSM-5, 2013)", "PSAK No. 1", "Standar Akuntansi Keuangan", "APA dalam DSM-5")."""

import base64
import io
import json
import zipfile

import pytest

from telusur.chunking import chunk_document
from telusur.citations.intext import find_citations
from telusur.documents import docx
from tests.unit.test_citations_in_the_wild import _passage_read  # the passage alone, a 2010 work before it

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(*paragraphs: str, parts: dict[str, str] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        body = "".join(f"<w:p>{p}</w:p>" for p in paragraphs)
        z.writestr("word/document.xml", f"<w:document {_NS}><w:body>{body}</w:body></w:document>")
        for name, xml in (parts or {}).items():
            z.writestr(name, xml)
    return out.getvalue()


def _text(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _work(family, year: str, suppress=None, locator: str | None = None) -> dict:
    person = {"literal": family[1:]} if family.startswith("=") else {"family": family, "given": "A."}
    item = {"id": "ITEM-1", "itemData": {"author": [person], "issued": {"date-parts": [[year]]}, "type": "book"}}
    if suppress is not None:
        item["suppress-author"] = suppress
    if locator:
        item["locator"] = locator
    return item


def _field(shown: str, *works: dict, zotero: bool = False) -> str:
    """A citation field as Word writes it, its code split over two runs as Word splits a long one."""
    code = ("ADDIN ZOTERO_ITEM CSL_CITATION " if zotero else "ADDIN CSL_CITATION ") + json.dumps(
        {"citationItems": list(works), "properties": {"noteIndex": 0}})
    half = len(code) // 2
    mark = '<w:r><w:fldChar w:fldCharType="{}"/></w:r>'.format
    instr = '<w:r><w:instrText xml:space="preserve">{}</w:instrText></w:r>'.format
    return (mark("begin") + instr(code[:half].replace("&", "&amp;").replace("<", "&lt;"))
            + instr(code[half:].replace("&", "&amp;").replace("<", "&lt;")) + mark("separate") + _text(shown)
            + mark("end"))


def _read(*paragraphs: str, parts: dict[str, str] | None = None) -> list[tuple[tuple[str, ...], str, str | None]]:
    doc = docx.read(_docx(*paragraphs, parts=parts), "bab2.docx")
    return [(c.authors, c.year, c.pages) for chunk in chunk_document(doc) for c in chunk.citations]


_SANTOSO = _text("Menurut Santoso (2019), pemasaran adalah proses sosial. ")


@pytest.mark.parametrize("field, read", [
    # Mendeley's suppressed author: the field's work, not Santoso's of that year named in the sentence before
    (_field("(2019)", _work("Misri", "2019", 1)), (("Misri",), "2019", None)),
    # ... Zotero's, with a page
    (_field("(2019, p. 2)", _work("Suryana", "2019", True, "2"), zotero=True), (("Suryana",), "2019", "2")),
    # ... a year typed over the field's result: no flag, but the citation shown names no one
    (_field("(2019)", _work("Kasmir", "2019")), (("Kasmir",), "2019", None)),
    # ... a body as the field's literal author, and a family name the user typed whole ("Fahmi, Irham")
    (_field("(2019)", _work("=Kementerian Kesehatan RI", "2019", 1)), (("Kementerian Kesehatan RI",), "2019", None)),
    (_field("(2019)", _work("Fahmi, Irham", "2019", 1)), (("Fahmi",), "2019", None)),
])
def test_a_suppressed_author_is_the_fields(field, read):
    assert _read(_SANTOSO + _text("Pemasaran syariah menjunjung etika ") + field + _text(".")) == \
        [(("Santoso",), "2019", None), read]


def test_a_group_field_hiding_its_second_author():
    # "(Hendro, 2019; 2020)": Hendro's work shown, the next work's author suppressed (not Hendro's 2020)
    field = _field("(Hendro, 2019; 2020)", _work("Hendro", "2019"), _work("Suryana", "2020", 1))
    assert _read(_text("Jiwa wirausaha tumbuh sejak sekolah ") + field + _text(".")) == \
        [(("Hendro",), "2019", None), (("Suryana",), "2020", None)]


@pytest.mark.parametrize("shown, read", [
    # ... of the same year: the works in the order read, Hendro's shown by name stays his (before: both citations,
    # or the one shown, went to the hidden work's author)
    ("(Hendro, 2019; 2019)", [(("Hendro",), "2019", None), (("Suryana",), "2019", None)]),
    ("(Hendro, 2019)", [(("Hendro",), "2019", None)]),
])
def test_a_field_hiding_a_second_work_of_the_same_year(shown, read):
    field = _field(shown, _work("Hendro", "2019"), _work("Suryana", "2019", 1))
    assert _read(_text("Jiwa wirausaha tumbuh sejak sekolah ") + field + _text(".")) == read


@pytest.mark.parametrize("paragraph, read", [
    # ... while a narrative citation whose field suppresses the name written before it stays the text's reading
    (_text("Rusdiana ") + _field("(2019)", _work("Rusdiana", "2019", 1)) + _text(" menjelaskan bahwa wirausaha "
                                                                                  "adalah orang yang kreatif."),
     [(("Rusdiana",), "2019", None)]),
    # ... and a field that shows its author, or a year typed with no field, read as before
    (_SANTOSO + _text("Etika dijunjung tinggi ") + _field("(Misri, 2019)", _work("Misri", "2019")) + _text("."),
     [(("Santoso",), "2019", None), (("Misri",), "2019", None)]),
    (_text("Usaha mikro tumbuh pesat sejak krisis ekonomi (1998)."), [((), "1998", None)]),
])
def test_fields_that_show_their_author_and_years_with_no_field(paragraph, read):
    assert _read(paragraph) == read


def _coded(shown: str, code: str, data: str | None = None) -> str:
    """A field of any code as Word writes it; data: w:fldData inside its begin mark, as EndNote writes it."""
    escaped = code.replace("&", "&amp;").replace("<", "&lt;")
    begin = f"<w:fldData>{data}</w:fldData>" if data else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin">{begin}</w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{escaped}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _text(shown) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


_SOURCES = ('<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="">'
            "<b:Source><b:Tag>Mis19</b:Tag><b:SourceType>Book</b:SourceType><b:Year>2019</b:Year><b:Author><b:Author>"
            "<b:NameList><b:Person><b:Last>Misri</b:Last><b:First>Ali</b:First></b:Person></b:NameList></b:Author>"
            "</b:Author></b:Source><b:Source><b:Tag>Kem19</b:Tag><b:Year>2019</b:Year><b:Author><b:Author>"
            "<b:Corporate>Kementerian Kesehatan RI</b:Corporate></b:Author></b:Author></b:Source></b:Sources>")
_ENDNOTE = ('ADDIN EN.CITE <EndNote><Cite ExcludeAuth="1"><Author>Misri, Ali</Author><Year>2019</Year><RecNum>3</RecNum>'
            "</Cite></EndNote>")


@pytest.mark.parametrize("field, parts, read", [
    # Word's own citation (References > Insert Citation, "Suppress Author": the \n switch), its source in customXml
    (_coded("(2019)", " CITATION Mis19 \\l 1057 \\n "), {"customXml/item1.xml": _SOURCES}, (("Misri",), "2019", None)),
    (_coded("(2019)", " CITATION Kem19 \\n \\l 1057 "), {"customXml/item1.xml": _SOURCES},
     (("Kementerian Kesehatan RI",), "2019", None)),
    # ... EndNote's, its data in the code or base64 in w:fldData (EN.CITE.DATA)
    (_coded("(2019)", _ENDNOTE), None, (("Misri",), "2019", None)),
    (_coded("(2019)", " ADDIN EN.CITE ", base64.b64encode(_ENDNOTE[len("ADDIN EN.CITE "):].encode()).decode()), None,
     (("Misri",), "2019", None)),
    # ... while a Word citation whose source is missing reads as the text alone (the year to the author before)
    (_coded("(2019)", " CITATION Mis19 \\l 1057 \\n "), None, (("Santoso",), "2019", None)),
])
def test_word_and_endnote_citations_hiding_the_author(field, parts, read):
    assert _read(_SANTOSO + _text("Pemasaran syariah menjunjung etika ") + field + _text("."), parts=parts) == \
        [(("Santoso",), "2019", None), read]


@pytest.mark.parametrize("code", [
    "PAGE \\* MERGEFORMAT",
    'ADDIN EN.CITE <EndNote><Cite><Author>Misri</Author></Cite></EndNote>',  # no year
    " CITATION Mis19 \\l 1057 ",  # a source no part holds
    'ADDIN CSL_CITATION {"citationItems": [{"itemData": {"author": [{"family": "Misri"}]',  # cut short
    'ADDIN CSL_CITATION {"citationItems": [{"itemData": {"author": [{"family": "Misri"}]}}]}',  # no year
    'ADDIN CSL_CITATION {"citationItems": "Misri 2019"}',
])
def test_codes_that_name_no_work(code):
    assert docx.field_works(code) == ()


# Standards and manuals as works: a parenthesis naming one by its number read nothing ("(DSM-5, 2013)"); a list entry
# of that year whose title names it gives its issuer, the work's author, where the text names only the standard.


@pytest.mark.parametrize("passage, read", [
    # read as "(ISO 9001, 2015)" is (its issuer) and "(DSM-IV-TR, 2000)" (its name whole, its number part of it)
    ("Keamanan informasi adalah perlindungan aset (ISO/IEC 27001, 2010).", [(("ISO/IEC",), "2010", None)]),
    ("Autisme adalah gangguan perkembangan saraf (DSM-5, 2010).", [(("DSM-5",), "2010", None)]),
    ("Laporan keuangan adalah penyajian terstruktur (PSAK No. 1, 2010).", [(("PSAK",), "2010", None)]),
    ("Laporan keuangan adalah penyajian terstruktur (PSAK Nomor 1, 2010: 3).", [(("PSAK",), "2010", "3")]),
    # ... not a law's number, whose year is its own
    ("Pendidikan adalah usaha sadar (UU No. 20, 2010).", []),
])
def test_a_standard_by_its_number_in_a_parenthesis(passage, read):
    assert _passage_read(passage) == read


def _listed(entry: str) -> str:
    return f"\n\nDAFTAR PUSTAKA\n\n{entry}\n"


_APA = _listed("American Psychiatric Association. (2010). Diagnostic and Statistical Manual of Mental Disorders "
               "(5th ed.). Arlington: American Psychiatric Publishing.")
_IAI_PSAK = _listed("Ikatan Akuntan Indonesia. 2010. Pernyataan Standar Akuntansi Keuangan (PSAK) No. 1: Penyajian "
                    "Laporan Keuangan. Jakarta: IAI.")
_IAI_SAK = _listed("Ikatan Akuntan Indonesia. 2010. Standar Akuntansi Keuangan. Jakarta: Salemba Empat.")
_ISO = _listed("International Organization for Standardization. (2010). ISO/IEC 27001:2010 Information Technology "
               "- Security Techniques. Geneva: ISO.")


@pytest.mark.parametrize("passage, after, author", [
    # the list's entry of that year whose title names the standard (its acronym spelt out, its number) gives its issuer
    ("Menurut DSM-5 (2010), autisme adalah gangguan perkembangan saraf.", _APA, "American Psychiatric Association"),
    ("Dalam DSM-5 (2010), autisme digolongkan sebagai gangguan perkembangan saraf.", _APA,
     "American Psychiatric Association"),
    ("Autisme adalah gangguan perkembangan saraf (DSM-5, 2010).", _APA, "American Psychiatric Association"),
    ("Menurut PSAK No. 1 (2010), laporan keuangan adalah penyajian terstruktur.", _IAI_PSAK, "Ikatan Akuntan Indonesia"),
    ("Laporan keuangan adalah penyajian terstruktur (PSAK No. 1, 2010).", _IAI_PSAK, "Ikatan Akuntan Indonesia"),
    ("Menurut SAK (2010), aset adalah sumber daya yang dikuasai entitas.", _IAI_SAK, "Ikatan Akuntan Indonesia"),
    ("ISO/IEC 27001 (2010) menyatakan bahwa keamanan informasi adalah perlindungan.", _ISO,
     "International Organization for Standardization"),
])
def test_a_standard_and_its_issuers_entry(passage, after, author):
    assert _passage_read(passage, after) == [((author,), "2010", None)]


@pytest.mark.parametrize("passage, after, read", [
    # ... not an entry naming another standard, nor another number of it, nor a dictionary by its acronym (its name
    # is the work's, as the fresh golds read it), nor a thing with a number no one cites ("Pandemi COVID-19 (2010)")
    ("Menurut SAK (2010), aset adalah sumber daya yang dikuasai entitas.",
     _listed("Kementerian Kesehatan RI. 2010. Standar Pelayanan Minimal. Jakarta: Kemenkes."), [(("SAK",), "2010", None)]),
    ("Menurut PSAK No. 14 (2010), persediaan adalah aset.", _IAI_PSAK, [((), "2010", None)]),
    ("Menurut KBBI (2010), belajar adalah berusaha memperoleh kepandaian.",
     _listed("Pusat Bahasa. 2010. Kamus Besar Bahasa Indonesia. Jakarta: Balai Pustaka."), [(("KBBI",), "2010", None)]),
    ("Pandemi COVID-19 (2010) mengubah cara belajar siswa.",
     _listed("Kementerian Kesehatan RI. (2010). Pedoman Pencegahan COVID-19. Jakarta: Kemenkes."), [((), "2010", None)]),
    # ... nor a standard the list holds under its own name
    ("Menurut SAK (2010), aset adalah sumber daya yang dikuasai entitas.",
     _listed("SAK. 2010. Standar Akuntansi Keuangan. Jakarta: IAI."), [(("SAK",), "2010", None)]),
    # ... nor a title holding the acronym with no number and no standard's word: a book about it, not it
    ("Menurut SAK (2010), aset adalah sumber daya yang dikuasai entitas.",
     _listed("Santoso, Budi. 2010. Penerapan SAK pada Usaha Kecil. Jakarta: Kencana."), [(("SAK",), "2010", None)]),
])
def test_a_standard_and_entries_that_do_not_name_it(passage, after, read):
    assert _passage_read(passage, after) == read


@pytest.mark.parametrize("passage, after, read", [
    # a standard by an acronym of three letters or more and a short number: its own year, not the author's named
    # before ("Berdasarkan PSAK 1 (2010)" gave it to Santoso), its issuer where the list holds it
    ("Berdasarkan PSAK 1 (2010), laporan keuangan adalah penyajian terstruktur.", "", [((), "2010", None)]),
    ("Berdasarkan PSAK 1 (2010), laporan keuangan adalah penyajian terstruktur.", _IAI_PSAK,
     [(("Ikatan Akuntan Indonesia",), "2010", None)]),
    ("Laporan keuangan adalah penyajian terstruktur (PSAK 1, 2010).", "", [(("PSAK",), "2010", None)]),
    # ... a standard named in words after a citing word: the standard is the work's name, as a dictionary's is, or
    # its issuer's where the list holds the entry of that title
    ("Menurut Standar Akuntansi Keuangan (2010), aset adalah sumber daya.", "",
     [(("Standar Akuntansi Keuangan",), "2010", None)]),
    ("Menurut Standar Akuntansi Keuangan (2010), aset adalah sumber daya.", _IAI_SAK,
     [(("Ikatan Akuntan Indonesia",), "2010", None)]),
    # ... the body named before "dalam" and the standard: its issuer, the author
    ("Menurut American Psychiatric Association (APA) dalam DSM-5 (2010), autisme adalah gangguan.", "",
     [(("American Psychiatric Association",), "2010", None)]),
    ("Menurut Ikatan Akuntan Indonesia (IAI) dalam PSAK No. 1 (2010), laporan keuangan adalah penyajian.", "",
     [(("Ikatan Akuntan Indonesia",), "2010", None)]),
    # ... not a year in a school's name and number, nor a standard's words written small (guards)
    ("Penelitian dilakukan di SMAN 1 (2010) dengan sampel siswa kelas XI.", "", [((), "2010", None)]),
    ("Menurut standar akuntansi keuangan, aset adalah sumber daya (2010).", "", [(("Santoso",), "2010", None)]),
    # ... a standard's name whole though the text writes its words small elsewhere, where no name group is read
    # (intext._standard_named_before; without it the year went to the author cited before)
    ("Laporan disusun dengan standar akuntansi keuangan. Menurut Standar Akuntansi Keuangan (2010), aset adalah "
     "sumber daya.", "", [(("Standar Akuntansi Keuangan",), "2010", None)]),
])
def test_a_standard_by_a_short_number_by_its_words_or_after_its_issuer(passage, after, read):
    assert _passage_read(passage, after) == read


def _carried(passage: str, *entries: str) -> list[tuple[tuple[str, ...], str, str | None]]:
    text = passage + ("\n\nDAFTAR PUSTAKA\n\n" + "\n\n".join(entries) + "\n" if entries else "")
    return [(c.authors, c.year, c.pages) for c in find_citations(text, 0, len(passage), 0)]


_SANTOSO_2012 = "Santoso, Budi. 2012. Belajar dan Pembelajaran. Jakarta: Kencana."
_WIJAYA_2015 = "Wijaya, Andi. 2015. Psikologi Belajar. Bandung: Alfabeta."
_CARRIED = "Menurut Santoso (2012), belajar adalah proses perubahan. Belajar juga merupakan kegiatan yang disengaja (2015)."


def test_a_bare_year_the_author_before_has_no_work_of():
    # the year carried from an author named in a sentence before, whom the list holds with another year only, while
    # the list's one work of that year is by an author named nowhere near: that work
    assert _carried(_CARRIED, _SANTOSO_2012, _WIJAYA_2015) == [(("Santoso",), "2012", None), (("Wijaya",), "2015", None)]


@pytest.mark.parametrize("passage, entries", [
    # ... not an author the claim's own sentence names with a citing word, listed with that year or not
    ("Menurut Santoso (2012), belajar adalah proses. Menurut Santoso, belajar juga kegiatan yang disengaja (2015).",
     (_SANTOSO_2012, _WIJAYA_2015)),
    # ... nor with two works of that year listed, nor an author the list lacks, nor one listed with that year
    (_CARRIED, (_SANTOSO_2012, _WIJAYA_2015, "Hidayat, Rudi. 2015. Motivasi Belajar. Jakarta: Rajawali.")),
    (_CARRIED, (_WIJAYA_2015,)),
    (_CARRIED, (_SANTOSO_2012, "Santoso, Budi. 2015. Psikologi Pendidikan. Jakarta: Kencana.", _WIJAYA_2015)),
])
def test_a_bare_year_the_author_before_keeps(passage, entries):
    assert _carried(passage, *entries)[-1] == (("Santoso",), "2015", None)


def test_a_bare_year_whose_listed_author_is_named_near_keeps_the_usual_reading():
    # ... nor when the list's one work of that year is by an author named near, whom the usual readings weighed
    passage = "Buku Wijaya banyak dibaca guru. " + _CARRIED
    assert _carried(passage, _SANTOSO_2012, _WIJAYA_2015)[-1] == (("Santoso",), "2015", None)


@pytest.mark.parametrize("passage", [
    # things enumerated after "yaitu", "antara lain", "meliputi", a bare year closing the sentence: the year is their
    # source's, and they are not its authors (the bacteria read as five authors where a field's author was hidden)
    "Bakteri penyebab ISPA yaitu Corynebakterium, Pneumococcus, Haemophilus, Streptococcus, dan Bordetella (2010).",
    "Bakteri penyebab ISPA antara lain Streptococcus dan Haemophilus (2010).",
    "Negara anggota ASEAN meliputi Indonesia, Malaysia, Singapura, dan Thailand (2010).",
    "Bahasa pemrograman yang digunakan yaitu Python, Java, dan Kotlin (2010).",
    "Penelitian ini memakai bahasa pemrograman, yaitu Python, Java, dan Kotlin (2010).",  # a study, a verb's subject
    # ... persons named as the subject, not experts cited: historical figures enumerated, the year their source's
    "Ilmuwan muslim antara lain Avicenna, Alhazen, dan Averroes (2010).",
    "Tokoh pendidikan Indonesia antara lain Dewantara, Sartika, dan Syafei (2010).",
])
def test_things_enumerated_before_a_year(passage):
    assert _passage_read(passage) == [((), "2010", None)]


@pytest.mark.parametrize("passage, after", [
    # ... not authors a verb of saying follows, nor a list after no enumerating word, nor authors the list holds
    ("Beberapa ahli yaitu Wijaya dan Hidayat (2010) menyatakan bahwa belajar penting.", ""),
    ("Penelitian ini sejalan dengan temuan Wijaya dan Hidayat (2010).", ""),
    ("Faktor belajar telah diteliti, yaitu Wijaya dan Hidayat (2010).",
     _listed("Wijaya, A., & Hidayat, R. (2010). Faktor Belajar. Jakarta: Kencana.")),
    # ... nor, with no list, writers or studies enumerated: a work's two authors (before: no author in a text
    # without a list, where "seperti" had introduced them)
    ("Hal ini sejalan dengan penelitian terdahulu seperti Wijaya dan Hidayat (2010).", ""),
    ("Faktor belajar telah diteliti oleh beberapa peneliti, antara lain Wijaya dan Hidayat (2010).", ""),
    ("Hasil ini didukung penelitian-penelitian sejenis yang sudah ada, misalnya Wijaya dan Hidayat (2010).", ""),
    ("Teori belajar ini dikembangkan oleh para ahli, yaitu Wijaya dan Hidayat (2010).", ""),
])
def test_authors_after_an_enumerating_word(passage, after):
    assert _passage_read(passage, after) == [(("Wijaya", "Hidayat"), "2010", None)]


# A parenthesis' acronym and number read as a standard by its shape alone ("(DSM-5, 2010)", "(PSAK 1, 2010)") has
# the shape of a disease, a program's version or a language's: in a text whose list holds no entry naming it, none is
# a work (before: "COVID-19", "SPSS", "PHP" read as authors); a list that holds it keeps it.
_LIST_OF_OTHERS = _listed("Sugiyono. 2010. Metode Penelitian Pendidikan. Bandung: Alfabeta.")


@pytest.mark.parametrize("passage", [
    "Pembelajaran daring meningkat sejak pandemi (COVID-19, 2010).",
    "Data dianalisis menggunakan perangkat lunak (SPSS 25, 2010).",
    "Aplikasi dibangun dengan bahasa pemrograman (PHP 7, 2010).",
    "Data diolah dengan program (SPSS 22.0, 2010).",
    "Laporan keuangan adalah penyajian terstruktur (PSAK No. 1, 2010).",
])
def test_a_standards_shape_no_list_entry_names(passage):
    assert [r for r in _passage_read(passage, _LIST_OF_OTHERS) if r[0]] == []


@pytest.mark.parametrize("passage, after, author", [
    ("Autisme adalah gangguan perkembangan saraf (DSM-5, 2010).", _APA + _LIST_OF_OTHERS,
     "American Psychiatric Association"),
    ("Laporan keuangan adalah penyajian terstruktur (PSAK 1, 2010).", _IAI_PSAK, "Ikatan Akuntan Indonesia"),
    ("Data dianalisis menggunakan perangkat lunak (SPSS 25, 2010).",
     _listed("SPSS. 2010. IBM SPSS Statistics 25 Core System User's Guide. Chicago: SPSS Inc."), "SPSS"),
])
def test_a_standards_shape_its_list_entry_names(passage, after, author):
    assert _passage_read(passage, after) == [((author,), "2010", None)]


_APA_4TH = _listed("American Psychiatric Association. (2010). Diagnostic and Statistical Manual of Mental Disorders (4th "
                   "ed., text rev.). Washington, DC: American Psychiatric Association.")


@pytest.mark.parametrize("passage, after, read", [
    # the edition as the list writes it: "4th ed." for DSM-IV-TR, "Fifth Edition" for DSM-5 (before: DSM-IV-TR read as
    # its own author, and "(DSM-5, 2010)" read nothing at all, though the list's one manual of that year is it)
    ("Autisme adalah gangguan perkembangan pervasif (DSM-IV-TR, 2010).", _APA_4TH,
     [(("American Psychiatric Association",), "2010", None)]),
    ("Autisme adalah gangguan perkembangan saraf (DSM-5, 2010).",
     _listed("American Psychiatric Association. (2010). Diagnostic and Statistical Manual of Mental Disorders (Fifth "
             "Edition). Arlington: American Psychiatric Publishing."),
     [(("American Psychiatric Association",), "2010", None)]),
    # ... not an edition written the same way and differing
    ("Autisme adalah gangguan perkembangan saraf (DSM-5, 2010).", _APA_4TH, []),
])
def test_a_manuals_edition_as_its_entry_writes_it(passage, after, read):
    assert _passage_read(passage, after) == read


@pytest.mark.parametrize("passage, read", [
    # a thing named with its year, then a year no later: the first year is the name's, no one's several works
    # (before: "Pilkada" and "Games" read twice, "SDGs" of 2030 and 2015)
    ("Pemilihan dilakukan serentak di banyak daerah (Pilkada 2020, 2020).", []),
    ("Kegiatan olahraga besar diadakan di Jakarta (Asian Games 2018, 2018).", []),
    ("Tujuan pembangunan berkelanjutan ditetapkan bersama (SDGs 2030, 2015).", []),
    # ... not an author's works oldest first, nor a body's year and its next work
    ("Belajar adalah proses perubahan (Santoso 2015, 2017).", [(("Santoso",), "2015", None), (("Santoso",), "2017", None)]),
    ("Jumlah penduduk terus meningkat (BPS 2019, 2020).", [(("BPS",), "2019", None), (("BPS",), "2020", None)]),
])
def test_a_name_holding_its_year(passage, read):
    assert _passage_read(passage) == read


@pytest.mark.parametrize("passage, after", [
    # ... nor an author's works newer first whom the list holds or the text cites alone with one of the years
    # (before: both of Sugiyono's works lost)
    ("Metode penelitian dipilih sesuai masalah (Sugiyono 2017, 2010).",
     _listed("Sugiyono. 2010. Metode Penelitian Pendidikan. Bandung: Alfabeta.")),
    ("Metode penelitian dipilih sesuai masalah (Sugiyono 2017, 2010). Menurut Sugiyono (2010), sampel adalah bagian.",
     ""),
])
def test_an_authors_works_newer_first(passage, after):
    assert _passage_read(passage, after)[:2] == [(("Sugiyono",), "2017", None), (("Sugiyono",), "2010", None)]


@pytest.mark.parametrize("passage, read", [
    # a word the text writes small and a roman numeral: a part of the study counted, not a surname (before: "Siklus")
    ("Pada siklus pertama nilai siswa rendah. Nilai naik pada tindakan kedua (Siklus II, 2010).", []),
    # ... not a name the text never writes small, with its generation
    ("Pada siklus pertama nilai siswa rendah. Budaya Jawa dijaga keraton (Hamengkubuwono IX, 2010).",
     [(("Hamengkubuwono",), "2010", None)]),
])
def test_a_thing_counted_by_a_roman_numeral(passage, read):
    assert _passage_read(passage) == read


def test_a_field_found_by_the_last_words_before_it():
    # the words a field's paragraph held before it, as the reader kept them, may be written otherwise in the text (a
    # list's marker taken off): its last two find it, at its own "(2019)", not the first one
    from types import SimpleNamespace

    from telusur.citations.fields import field_spans
    from telusur.documents.model import CitationField

    text = "Hasil ujian naik (2019). Motivasi belajar siswa (2019) tinggi."
    field = CitationField("(2019)", ((("Misri",), "2019"),), "a. Motivasi belajar siswa")
    assert [(lo, hi) for lo, hi, _ in field_spans(SimpleNamespace(text=text, fields=(field,)))] == \
        [(text.rindex("(2019)"), text.rindex("(2019)") + 6)]


def test_a_bare_year_keeps_its_author_when_the_other_work_is_cited_by_name_elsewhere():
    # the list's one work of 2015 is cited by its author's name far from the claim: the text cites it by name, so the
    # bare year carried from Santoso is Santoso's (a 2015 work the student's list lacks), not Wijaya's
    elsewhere = "Wijaya (2015) menyebut psikologi belajar sebagai ilmu tentang perilaku siswa. " + "Paragraf lain. " * 200
    assert _carried(elsewhere + "\n\n" + _CARRIED, _SANTOSO_2012, _WIJAYA_2015)[-1] == (("Santoso",), "2015", None)


@pytest.mark.parametrize("code, sources", [
    ("ADDIN CSL_CITATION " + json.dumps(
        {"citationItems": [_work("Misri", "2019", True)]}), None),
    (_ENDNOTE.replace("Misri, Ali", "Misri"), None),
    (" CITATION Mis19 \\l 1057 \\n ", {"Mis19": (("Misri",), "2019")}),
])
def test_a_field_names_its_works_and_nothing_no_one_reads(code, sources):
    # a "suppress author" flag (CSL's suppress-author, EndNote's ExcludeAuth, Word's \n) was carried beside each
    # work and read by nothing: whether the citation shown hides an author is read from what it shows
    assert docx.field_works(code, sources) == ((("Misri",), "2019"),)
