"""The answer's first sentence, when it opens by pointing back ("Untuk ini negara dilengkapi dengan alat-alat
pertahanan."), is said with the sentence before it in its paragraph: it was scored with that one's words (answer
._REFERS_BACK) and says what is asked of it only through it ("Pertahanan, hal ini diperlukan untuk menjaga
kemungkinan serangan dari luar.": team set 11, "fungsi pertahanan negara tujuannya apa"). Only the first: a further
sentence pointing back is said as before (a pronoun's still with who it is). Invented text, the stub encoder."""

from telusur.query.answer import _with_who_it_is

TEXT = ("Negara menjalankan beberapa fungsi. Keamanan, hal ini diperlukan untuk menjaga kota dari serangan musuh. "
        "Untuk ini negara dilengkapi dengan alat-alat keamanan. Keadilan ditegakkan oleh pengadilan.")


class _Chunk:
    text = TEXT


class _Hit:
    chunk = _Chunk()


def _span(sentence: str) -> tuple[int, int]:
    at = TEXT.index(sentence)
    return at, at + len(sentence)


def test_the_first_sentence_pointing_back_is_said_with_the_one_before():
    lead = _span("Untuk ini negara dilengkapi dengan alat-alat keamanan.")
    said = _with_who_it_is([(1, lead)], [_Hit()])
    assert said == [(1, (TEXT.index("Keamanan, hal ini"), lead[1]))]


def test_a_further_sentence_pointing_back_stays_alone():
    first = _span("Keadilan ditegakkan oleh pengadilan.")
    further = _span("Untuk ini negara dilengkapi dengan alat-alat keamanan.")
    assert _with_who_it_is([(1, first), (1, further)], [_Hit()]) == [(1, first), (1, further)]

