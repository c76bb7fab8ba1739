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
