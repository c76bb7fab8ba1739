"""Kinds of the Left list and of fresh citation gold 31 (bench/citations-fresh-cite31.jsonl, real documents by outside
authors; helper "citations", session 40), and a kind met in an open real text nobody had scored for citations: each
written here as a made-up text of the kind, in words of its own, so that it fails without its rule."""

import pytest


def _cites(text: str) -> list[tuple[tuple[str, ...], str]]:
    from telusur.citations.intext import find_citations

    return [(c.authors, c.year) for c in find_citations(text) if c.authors]


@pytest.mark.parametrize("text, want", [
    ("Deteksi ringan berawal dari penyampaian Tiny-SSD oleh Alexander Wong pada tahun 2018 di sebuah konferensi.",
     [(("Wong",), "2018")]),
    ("Metode pengambangan ini pertama kali diusulkan oleh Nobuyuki Otsu pada tahun 1979 untuk citra abu-abu.",
     [(("Otsu",), "1979")]),
    ("Algoritma jalur terpendek itu diperkenalkan oleh Edsger Dijkstra pada tahun 1959.", [(("Dijkstra",), "1959")]),
])
def test_a_method_presented_by_a_person_in_a_year_is_his_work(text, want):
    """"penyampaian Fast YOLO oleh Joseph Redmon pada tahun 2016": a person named with given name and surname who
    presented a method (a kind of method named, or a system's name) in that year: his paper of that year. It was no
    work: "oleh ... pada tahun" reads only after verbs of stating a claim."""
    assert _cites(text) == want


@pytest.mark.parametrize("text", [
    "Tanam paksa diperkenalkan oleh Van den Bosch pada tahun 1830. Rakyat menderita.",
    "Konsep PWA pertama kali diperkenalkan oleh Google pada tahun 2015 sebagai jawaban.",
    "Skripsi ini diajukan oleh Budi Santoso pada tahun 2019 kepada fakultas.",
    "Penyampaian laporan oleh Budi Santoso pada tahun 2019 terlambat dua minggu.",
    "Dikembangkan oleh Evan You pada tahun 2014, Vue.js memakai komponen.",
    "Materi pelatihan disampaikan oleh Rina Wulandari pada tahun 2020 di aula.",
    "Program KB diperkenalkan oleh Presiden Soeharto pada tahun 1970.",
])
def test_a_policy_a_company_or_a_handing_in_presented_in_a_year_is_no_work(text):
    assert _cites(text) == []


@pytest.mark.parametrize("text, want", [
    ("Uji lanjut memakai LSD (Least Significant Difference, Fisher 1935) pada taraf lima persen.", [(("Fisher",), "1935")]),
    ("Penerimaan diukur dengan TAM (Technology Acceptance Model, Davis, 1989) versi ringkas.", [(("Davis",), "1989")]),
])
def test_an_acronym_spelt_out_in_the_parenthesis_before_its_author(text, want):
    """"DRIS (Diagnosis and Recommendation Integrated System, Beaufils 1973)": the parenthesis spells out the acronym
    before it, then names the author: the author is Beaufils; the spelt-out words were read as authors."""
    assert _cites(text) == want


@pytest.mark.parametrize("text, want", [
    ("Angka itu dilaporkan WHO (World Health Organization, 2018) tahun lalu.", [(("World Health Organization",), "2018")]),
    ("Data BPS (Badan Pusat Statistik, Jakarta, 2019) menunjukkan kenaikan.",
     [(("Badan Pusat Statistik", "Jakarta"), "2019")]),
    ("Pendapat itu dipakai guru SD (Santoso, Wijaya dan Putra, 2019) di kelas.", [(("Santoso", "Wijaya", "Putra"), "2019")]),
])
def test_a_body_spelt_out_alone_or_authors_in_a_parenthesis_stay(text, want):
    assert _cites(text) == want


def test_a_bodys_acronym_with_a_digit_is_left_out_of_its_name():
    """"World Wide Web Consortium (W3C). (2023).": the body by its name, as "Badan Pusat Statistik (BPS)" is; an
    acronym holding a digit was kept in the author's name."""
    from telusur.citations import parse_reference

    ref = parse_reference("Wireless Broadband Consortium (W2C). (2021). Panduan Jaringan Nirkabel. Jenewa: W2C.")
    assert ref.authors == ("Wireless Broadband Consortium",)


@pytest.mark.parametrize("text, want", [
    ("Dalam buku Mythologies (1957) Roland Barthes membaca iklan sebagai mitos.", [(("Barthes",), "1957")]),
    ("Dalam karyanya The Division of Labour (1893), Durkheim membedakan dua solidaritas.", [(("Durkheim",), "1893")]),
])
def test_a_books_year_then_its_author_as_the_subject(text, want):
    """"Dalam buku An Essay on Man (1944) Ernst Cassirer menyebut ...": a book named by its title after "Dalam buku",
    its year in a parenthesis, and the person right after it as the sentence's subject: his work of that year (the
    year was read with no author)."""
    assert _cites(text) == want


@pytest.mark.parametrize("text", [
    "Dalam buku Filsafat Ilmu (2010) Bab 3 menjelaskan hal itu.",
    "Lewat teori evolusi (1859) ada pemahaman baru tentang manusia.",
    "Dalam buku Pedoman Akademik (2021) Universitas Indonesia menetapkan aturan cuti.",
    "Dalam buku Statistika Dasar (2015) SPSS dipakai untuk latihan.",
])
def test_a_books_year_with_no_person_after_it_has_no_author(text):
    assert _cites(text) == []
