"""Kinds fresh citation gold 26 (bench/citations-fresh-cite26.jsonl, real documents by outside authors) and the lead's
left list showed (helper "citations", session 36): each written here as a made-up document of the kind, in words of
its own, so that it fails without its rule."""

from pathlib import Path

import pytest

from telusur.documents import read_document


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, name)
    return [(b.kind, doc.block_text(b).strip()) for b in doc.blocks]


def test_a_paragraph_written_between_a_lists_items_is_read_where_it_stands(tmp_path):
    """A course page explaining each point in a <p> set directly inside the <ul>, after its <li> (invalid HTML, which a
    browser still shows): the explanation was dropped, and with it the citation it carries."""
    blocks = _read(tmp_path, "kegiatan.html", """<html><body><h3>Manfaat Membaca</h3>
<ul>
  <li><b>Menambah wawasan</b></li>
  <p>Membaca buku membuka pengetahuan baru tentang dunia di luar lingkungan sendiri (Hartono, 2016: 12).</p>
  <li><b>Melatih konsentrasi</b></li>
  <p>Kebiasaan membaca membuat pikiran terbiasa fokus dalam waktu lama.</p>
</ul>
</body></html>""")
    assert ("item", "• Menambah wawasan") in blocks
    texts = [t for _, t in blocks]
    wawasan = texts.index("• Menambah wawasan")
    assert "(Hartono, 2016: 12)" in texts[wawasan + 1]
    assert blocks[wawasan + 1][0] == "paragraph"
    assert any("terbiasa fokus" in t for t in texts[texts.index("• Melatih konsentrasi"):])


def _cites(text: str) -> list[tuple[tuple[str, ...], str]]:
    from telusur.citations.intext import find_citations

    return [(c.authors, c.year) for c in find_citations(text)]


@pytest.mark.parametrize("text, want", [
    ("Pengukuran debit memakai alat ukur arus (Dr. Eng. Bambang Wiryawan dkk., t.t.). Hasilnya dicatat.",
     [(("Wiryawan",), "t.t.")]),
    ("Beton mutu tinggi dipakai pada jembatan (Dr.Eng. Wiryawan, 2015). Hasilnya baik.", [(("Wiryawan",), "2015")]),
    ("Teknologi pesawat dikembangkan di dalam negeri (Dr.-Ing. Santosa, 1992). Hasilnya baik.",
     [(("Santosa",), "1992")]),
    ("Senyawa aktif diisolasi dari daun sirih (Prof. Dr. rer. nat. Lestari, 2001). Hasilnya baik.",
     [(("Lestari",), "2001")]),
])
def test_a_doctors_title_written_with_its_field_is_no_part_of_the_name(text, want):
    """"Dr. Eng." (and "Dr.-Ing.", "Dr. rer. nat.") before a name in a parenthesis: the field's word is the title's,
    not the name's (the citation was not read at all)."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("> Belajar adalah perubahan tingkah laku yang relatif menetap — Winkel, 1996\n\nBerikutnya.", [(("Winkel",), "1996")]),
    ("Motivasi adalah dorongan dari dalam diri – Sardiman, 2011.\n", [(("Sardiman",), "2011")]),
    ("Guru adalah teladan bagi muridnya -- Ki Hajar Dewantara, 1936\n", [(("Dewantara",), "1936")]),
    ("Catatan lapangan ditulis pada sore hari — Bandung, 1994\n", []),  # a dateline: a place and a year
    ("Rapat dibuka pukul 09.00 — Hartono, 2019 hadir sebagai ketua.\n", []),  # the line goes on
])
def test_a_quotations_attribution_after_a_dash_ending_its_line_is_a_citation(text, want):
    """"... — Author, year" closing a quotation's line (a blockquote's or an epigraph's attribution) cites the work;
    no citing word, no parenthesis (it was not read)."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Menurut Lumbung Padi (2021), warga menyimpan gabah tiap panen. Desa itu kini punya tiga lumbung padi.",
     [(("Lumbung Padi",), "2021")]),
    ("Banyak kampung membuka taman bacaan. Menurut Taman Bacaan (2019), anak-anak membaca di sana tiap sore.",
     [(("Taman Bacaan",), "2019")]),
    ("Menurut Dewi Lestari (2019), hutan harus dijaga. Hutan yang lestari memberi air bersih.",
     [(("Lestari",), "2019")]),  # the words small, but never together: a person
])
def test_a_name_the_text_also_writes_small_as_one_phrase_is_a_bodys_whole(text, want):
    """A name of everyday words ("Lumbung Padi") after "Menurut" with no verb of recording, in a text that writes the
    same words small together ("lumbung padi"): the name is the body's whole, not a person's surname 'Padi'."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Senada dengan hal tersebut, Yang, Wong dan Tan (2018) mengukur kadar garam air sumur.",
     [(("Yang", "Wong", "Tan"), "2018")]),
    ("Pola ini cocok dengan pengamatan Yang, Ong dan Lim (2021) di pesisir utara.", [(("Yang", "Ong", "Lim"), "2021")]),
    ("Rumah yang, menurut Wong dan Tan (2018), paling hemat energi.", [(("Wong", "Tan"), "2018")]),
])
def test_a_function_word_capitalized_mid_sentence_opening_a_list_of_names_is_a_surname(text, want):
    """"Yang" capitalized after an opening phrase's comma or a word written small, first in a comma list of
    names closed by "dan": the function word is capitalized only where a sentence starts, so here it is a surname
    (it was dropped: "Wong, Tan")."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Setelah revolusi kognitif Chomsky (1959), psikologi kembali membahas pikiran.", [(("Chomsky",), "1959")]),
    ("Sejak revolusi ilmiah Kuhn (1962) para filsuf membahas paradigma.", [(("Kuhn",), "1962")]),
    ("Sejak revolusi industri Inggris (1760), pabrik tumbuh pesat.", [((), "1760")]),  # a place's revolution
    ("Pasca revolusi sosial Sumatera Timur (1946), kesultanan runtuh.", [((), "1946")]),
])
def test_a_revolution_of_ideas_after_a_word_of_time_has_its_author(text, want):
    """"Setelah revolusi kognitif Chomsky (1959)": a revolution said in words written small is one of ideas or
    practice, and the name after it, no place, its author, whatever word of time opens the sentence (it stayed an
    event, the year no one's); a place's revolution stays an event."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Hasil ujinya tergolong baik. Dalam konteks pendidikan bahasa Jepang, Sato dkk. (2021) membuat aplikasi kanji.",
     [(("Sato",), "2021")]),
    ("Nilainya naik tajam. Pada masa Orde Baru, Santoso dan Wijaya (2019) meneliti koperasi desa.",
     [(("Santoso", "Wijaya"), "2019")]),
])
def test_an_opening_phrase_after_another_sentence_still_ends_at_its_comma(text, want):
    """A sentence opening with "Dalam konteks ... Jepang," after a sentence ending in a word in lower case ("baik."):
    the opening phrase's name is no author (the rule for it saw the sentence before as part of the phrase, so
    "Jepang, Sato dkk." was read)."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Menurut Di, Wong, dan Tan (2018), belajar daring menuntut disiplin diri.", (("Di", "Wong", "Tan"), "2018")),
    ("Di, Lim, dan Hartono (2021) mengukur waktu belajar siswa di rumah.", (("Di", "Lim", "Hartono"), "2021")),
    # a place opening the sentence still gives way to the names after its comma
    ("Di Padang, Syafrudin (2015) mencatat pasar yang sama.", (("Syafrudin",), "2015")),
])
def test_a_capitalized_preposition_followed_by_its_comma_is_a_family_name_not_a_place(text, want):
    """"Di" opening a name group is read as "at" a place ("Di Medan, Sitompul (2018)": Sitompul); a preposition is
    never followed by a comma, so "Di, Wong, dan Tan (2018)" names no place: Di is the first author (was dropped)."""
    assert want in _cites(text)
