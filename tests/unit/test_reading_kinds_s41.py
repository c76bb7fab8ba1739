"""Reading kinds team set 26 and read24 showed (session 41, helper "reading"): each rule tested on a hand-made
document in other words than the real one that showed it."""

from __future__ import annotations

from telusur.chunking import chunk_document
from telusur.documents import read_document
from telusur.documents.html import document_from_html


def _file(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path, name)


def _html(source: str):
    return document_from_html(source, "a.html", "0")


def _chunks(doc) -> list[str]:
    return [c.text for c in chunk_document(doc)]


def _blocks(doc) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


# ------------------------------------------------ a bold numbered title in title case closing on its short name

def test_a_bold_title_in_title_case_closing_on_its_name_heads_its_list():
    """A bold numbered title longer than a short heading, in title case and closing on the name the text knows it
    by in brackets, was an item of the list above it, so the list under it went untitled."""
    source = ("<h3>Perawatan Ibu Nifas</h3><p>Ibu perlu diperiksa beberapa kali:</p><ul><li>Tekanan darah</li>"
              "<li>Suhu tubuh</li></ul>"
              "<p><b>2. Pemeriksaan Kesehatan Ibu Setelah Melahirkan (Kunjungan Nifas)</b></p>"
              "<p>Pemeriksaan oleh bidan dilakukan paling sedikit empat kali, yaitu:</p>"
              "<ul><li>Pertama pada 6 jam sampai 2 hari</li><li>Kedua pada hari ke 3 sampai 7</li></ul>")
    doc = _html(source)
    assert ("heading", "2. Pemeriksaan Kesehatan Ibu Setelah Melahirkan (Kunjungan Nifas)") in _blocks(doc)
    second = next(b for b in doc.blocks if "Kedua pada" in doc.text[b.start:b.end])
    assert second.location.section[-1].endswith("(Kunjungan Nifas)")


def test_a_bold_sentence_closing_on_a_small_bracket_is_no_title():  # guard: a sentence, not a title's name
    from telusur.documents.structure import title_shaped

    assert not title_shaped("2. Pemeriksaan kesehatan ibu setelah melahirkan oleh bidan (kunjungan nifas)")
    assert not title_shaped("Pemeriksaan Kesehatan Ibu Setelah Melahirkan Oleh Bidan Desa (lihat lampiran dua)")
    assert not title_shaped("Kepuasan Kerja Pegawai Negeri Sipil di Kantor Kecamatan (Handoko, 2012)")


# ------------------------------------------------ a hard-wrapped line ending on a word no sentence ends on

def test_a_wrapped_line_ending_on_menurut_goes_on_into_the_name_below(tmp_path):
    """A .txt exported from a PDF: a numbered item's line ends "... Menurut" and the next line opens on the name it
    cites, with a capital. The item ended there and the name's sentence stood alone, cut from "Menurut"."""
    text = ("Asal Usul Bumi\n\n"
            "Para ahli berbeda pendapat tentang asal usul bumi dan planet lain di tata surya kita.\n"
            "1.\n"
            "Teori nebula menyatakan bahwa tata surya terbentuk dari kabut gas yang berputar. Menurut\n"
            "Kant dan Laplace, kabut itu mendingin lalu memadat menjadi matahari dan planet-planet.\n"
            "2.\n"
            "Teori planetesimal menyatakan bahwa sebuah bintang lain pernah melintas dekat matahari.\n")
    doc = _file(tmp_path, "bumi.txt", text)
    first = next(t for k, t in _blocks(doc) if t.startswith("1."))
    assert "Menurut Kant dan Laplace, kabut itu mendingin" in first


# ------------------------------------------------ a page's text written line by line inside one <p>

# a template's whole lesson in one <p>: titles in capitals over their prose parted by <br>, and after a lead-in the
# author's own source lines (no <br>, no <li>), each one thing it announces; one long source line shows the source
# is wrapped by no editor
LESSON = """<h2>Dasar Menanam Cabai</h2>
<div><p>
Cabai termasuk tanaman yang mudah ditanam di pekarangan rumah, asalkan mendapat sinar matahari yang cukup setiap hari. Tanaman ini tumbuh baik di tanah yang gembur dan tidak tergenang air, serta membutuhkan pemupukan secara teratur agar buahnya lebat.<br>
<br>
PENYIRAMAN (PENGAIRAN)<br>
Penyiraman dilakukan pada pagi atau sore hari agar air tidak cepat menguap. Jumlah air disesuaikan dengan umur tanaman. Jika tanah terlalu basah, maka:<br>

akar tanaman mudah membusuk
daun menguning dan gugur lebih cepat dari biasanya
buah cabai menjadi kecil-kecil.
Karena itu, periksalah kelembapan tanah dengan jari sebelum menyiram tanaman setiap harinya.<br>

PEMUPUKAN (NUTRISI)<br>
Pupuk kandang diberikan sebulan sekali di sekitar batang. Pupuk daun disemprotkan seminggu sekali pada pagi hari.<br>
</p></div>
"""


def test_a_page_written_line_by_line_in_one_paragraph_reads_its_titles_and_listed_lines():
    """The page's lines ran together into one paragraph: "PENYIRAMAN (PENGAIRAN)" no title, and the three lines
    after "maka:" one run-on sentence ("… mudah membusuk daun menguning …")."""
    doc = _html(LESSON)
    blocks = _blocks(doc)
    assert ("heading", "PENYIRAMAN (PENGAIRAN)") in blocks
    assert ("heading", "PEMUPUKAN (NUTRISI)") in blocks
    assert ("paragraph", "akar tanaman mudah membusuk") in blocks
    assert ("paragraph", "daun menguning dan gugur lebih cepat dari biasanya") in blocks
    fertiliser = next(b for b in doc.blocks if doc.text[b.start:b.end].startswith("Pupuk kandang"))
    assert fertiliser.location.section[-1] == "PEMUPUKAN (NUTRISI)"
    assert any("maka:\nakar tanaman mudah membusuk\ndaun menguning" in c for c in _chunks(doc))


def test_a_paragraph_wrapped_in_its_source_reads_as_a_browser_shows_it():  # guard: an editor's wrapped lines
    source = ("<p>Cabai termasuk tanaman yang mudah ditanam di pekarangan rumah. Tanaman ini tumbuh\n"
              "baik di tanah yang gembur. Jika tanah terlalu basah, maka:\nakar mudah membusuk dan\n"
              "daun menguning. Karena itu, periksalah kelembapan tanah sebelum menyiram.\nPupuk diberikan\n"
              "sebulan sekali. Pupuk daun disemprotkan seminggu sekali pada pagi hari.</p>")
    assert _blocks(_html(source)) == [("paragraph", " ".join(source[3:-4].split()))]


def test_lines_a_lead_in_announces_in_a_text_not_wrapped_stay_apart(tmp_path):
    """In a .txt not wrapped at a width, a line of the run a lead-in announces ran on into the next in small letters
    once it was longer than 40 characters."""
    text = ("Merawat Cabai\n\n"
            "Cabai termasuk tanaman yang mudah ditanam di pekarangan rumah, asalkan cukup sinar matahari setiap hari.\n"
            "Jika tanah terlalu basah, maka:\n"
            "akar tanaman mudah membusuk\n"
            "daun menguning dan gugur lebih cepat dari biasanya\n"
            "buah cabai menjadi kecil-kecil.\n"
            "Karena itu, periksalah kelembapan tanah dengan jari sebelum menyiram tanaman setiap harinya.\n")
    blocks = _blocks(_file(tmp_path, "cabai.txt", text))
    assert ("paragraph", "daun menguning dan gugur lebih cepat dari biasanya") in blocks
