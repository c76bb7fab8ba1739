"""Sentence boundaries: where an answer's sentence and a long paragraph's pieces end."""

from telusur.sentences import sentence_spans


def _sentences(text):
    return [text[a:b] for a, b in sentence_spans(text)]


def test_an_amount_in_rupiah_does_not_end_the_sentence():
    """'minimal Rp. 100.000,- s/d Rp. 5.000.000,-': the answer was cut after 'Rp.' (seen on the team set)."""
    text = "Setoran tetap bulanan minimal Rp. 100.000,- s/d Rp. 5.000.000,- setiap bulan. Asuransi diberikan otomatis."
    assert _sentences(text) == ["Setoran tetap bulanan minimal Rp. 100.000,- s/d Rp. 5.000.000,- setiap bulan.",
                                "Asuransi diberikan otomatis."]


def test_a_sentence_still_ends_before_the_next_one():
    assert _sentences("Biaya buka rekening murah. Rp 50.000 cukup untuk membukanya.") == [
        "Biaya buka rekening murah.", "Rp 50.000 cukup untuk membukanya."]


def test_a_names_initials_and_titles_do_not_end_the_sentence():
    """'Pengertian sistem menurut C.W. Churchman adalah ...' (more/Muthmainnah, tuning half) was cut after 'C.W.': an
    answer or a question read as two sentences, the second opening with the surname. Initials run together and
    'Hj.', 'Jr.' are a name's, as single initials are."""
    for text in ["Pengertian sistem menurut C.W. Churchman adalah seperangkat bagian yang dikoordinasikan.",
                 "Menurut H.A.R. Tilaar (2002) pendidikan adalah proses.",
                 "Menurut Hj. Siti Aminah (2015) anak belajar melalui bermain.",
                 "Sistem informasi menurut McLeod, Jr. dan Schell (2007) adalah sistem berbasis komputer."]:
        assert _sentences(text) == [text]
    assert _sentences("Menurut C.W. Churchman sistem adalah kumpulan. Sistem juga memiliki tujuan.") == [
        "Menurut C.W. Churchman sistem adalah kumpulan.", "Sistem juga memiliki tujuan."]
