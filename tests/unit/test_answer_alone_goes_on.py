"""A lone short answer sentence is said with the next sentence of its paragraph when that one goes on about it (it
refers back, or says a word of the question the sentence does not); a longer one does not. All text is invented."""

import re
from types import SimpleNamespace

from telusur.query.answer import SHORT_DEFINITION, _alone_goes_on
from tests.unit.test_answer_goes_on import _first

TEGURAN = """# Kisah Lama

## Utusan

Teguran yang kedua ditujukan kepada raja Omri oleh nabi Elia di istana. Teguran kali ini disampaikan melalui seorang
gembala dari desa. Penduduk desa membangun pasar gandum, kebun anggur,
ladang jelai, kandang domba dan sumur batu di lembah sungai.

## Pasar

Pasar di kota itu ramai setiap pagi oleh pedagang sayur dan buah.
"""

MESIN = """# Kerangka Kerja

## Mesin Templat

Mesin templat adalah program yang mengubah sintaks templat menjadi halaman HTML. Kerangka Zeta memiliki mesin templat
bernama kilat untuk halaman web. Halaman web ditampilkan di peramban.

## Basis Data

Basis data menyimpan tabel dan relasi antartabel.
"""


def test_a_lone_short_answer_goes_on_with_the_sentence_referring_back_to_it(course, retriever_of):
    answer = _first(course, retriever_of, {"nabi.md": TEGURAN},
                    "Lewat siapa nabi Elia menegur raja Omri untuk kedua kalinya?", "Teguran yang kedua")
    assert "Teguran kali ini disampaikan melalui seorang gembala" in answer.answer, answer.answer
    assert "kandang domba" not in answer.answer, answer.answer


def test_a_lone_short_answer_goes_on_with_the_sentence_saying_a_word_asked(course, retriever_of):
    answer = _first(course, retriever_of, {"zeta.md": MESIN}, "Program mesin templat yang mengubah sintaks menjadi HTML di kerangka Zeta namanya apa?",
                    "Mesin templat adalah")
    assert "bernama kilat" in answer.answer, answer.answer


def test_only_a_short_sentence_takes_the_next_one():
    # a sentence over SHORT_DEFINITION characters says enough: the one referring back to it stays out
    short = "Teguran yang kedua ditujukan kepada raja Omri. Teguran kali ini disampaikan melalui seorang gembala."
    long_first = short.replace("raja Omri.", "raja Omri " + "pada hari raya besar " * 8 + "di istana.")
    words = lambda text: re.findall(r"\w+", text.lower())  # noqa: E731
    for text, goes_on in ((short, True), (long_first, False)):
        hit = SimpleNamespace(chunk=SimpleNamespace(text=text))
        span = (0, text.index(" Teguran kali"))
        _, said = _alone_goes_on([hit], 1, span, {"teguran", "omri"}, words)
        assert (said[1] == len(text)) is goes_on, (text, said)
    assert len(long_first.split(" Teguran kali")[0]) > SHORT_DEFINITION >= len(short.split(" Teguran kali")[0])
