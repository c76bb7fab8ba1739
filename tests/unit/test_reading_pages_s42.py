"""Pages whose text sits where a page's furniture would (session 42, helper "pages"; the real views and fragments in
../team/pages42): each rule tested on a hand-made page in other words than the real one that showed it."""

from __future__ import annotations

import pytest

from telusur.documents.html import document_from_html, without_template_code
from telusur.errors import CorpusError

LESSON = ("Erosi adalah pengikisan permukaan tanah oleh air yang mengalir dan angin yang kencang. "
          "Lahan miring tanpa tanaman penutup paling mudah tererosi saat hujan deras.")


def _text(source: str) -> str:
    return " ".join(document_from_html(source, "a.html", "0").text.split())


# ------------------------------------------------ the whole text where a page's furniture would be: read, not refused

@pytest.mark.parametrize("source", [
    f"<header><h1>Erosi</h1><p>{LESSON}</p></header>",  # a landing page's text in its header
    f"<html><body><footer><p>{LESSON}</p></footer></body></html>",
    f"<div class='modal fade' aria-hidden='true'><div class='modal-body'><p>{LESSON}</p></div></div>",
    f"<dialog><p>{LESSON}</p></dialog>",
    f"<body><article></article><section><p>{LESSON}</p></section></body>",  # an empty article beside the text
])
def test_a_page_whose_only_text_sits_in_its_furniture_is_read(source):
    """The walk's guesses at a page's furniture took every part of these fragments, and the build refused them as
    holding no article text: a student opening them sees the lesson."""
    assert "Lahan miring tanpa tanaman penutup paling mudah tererosi saat hujan deras." in _text(source)


@pytest.mark.parametrize("source", [
    "<html><head><title>Kursus</title></head><body><header><h2>Situs Kursus</h2><nav><a href='/'>BERANDA</a>"
    "<a href='/tentang'>TENTANG</a></nav></header><h3> @yield('judul') </h3> @yield('isi')"
    "<footer><p>&copy; <a href='https://contoh.id'>contoh.id</a> 2020</p></footer></body></html>",  # a layout
    "<nav><ul><li><a href='bab1.html'>Bab 1 Pendahuluan</a></li><li><a href='bab2.html'>Bab 2 Tinjauan</a></li>"
    "</ul></nav>",  # a menu alone
    "<body><main>{{ $konten }}</main><script>var a = 1;</script></body>",  # an empty view
])
def test_a_page_holding_no_prose_anywhere_is_refused_still(source):
    with pytest.raises(CorpusError, match="tidak berisi teks artikel"):
        document_from_html(source, "a.html", "0")


# ------------------------------------------------ a class word guessed as furniture on the part holding the text

@pytest.mark.parametrize("wrapper", ["konten-widget", "hero-banner", "tab-pane", "popup-isi"])
def test_a_class_named_part_holding_most_of_the_text_is_read(wrapper):
    """A page built of widgets or tabs ("<div class='k-widget text-based'>", a tab's id "nav-home") sets its lesson
    in a part whose class names furniture; the rest of the page is a title and a short lead."""
    ident = "nav-materi" if wrapper == "tab-pane" else "isi"
    source = (f"<body><h1>Erosi</h1><p>Pelajari erosi di halaman ini.</p>"
              f"<div class='{wrapper}' id='{ident}'><h2>Penyebab</h2><p>{LESSON}</p>"
              f"<div class='gambar-widget'><p>Hujan deras yang turun lama membawa tanah lapisan atas ke sungai dan "
              f"membuat airnya keruh.</p></div></div></body>")
    text = _text(source)
    assert "Lahan miring tanpa tanaman penutup" in text
    assert "membawa tanah lapisan atas ke sungai" in text  # a part inside the marked one is the text's too


def test_a_sidebar_widget_beside_a_longer_article_stays_out():  # guard: furniture still left out
    source = (f"<body><div class='isi'><h1>Erosi</h1><p>{LESSON}</p><p>{LESSON.replace('Erosi', 'Abrasi')}</p></div>"
              "<div class='sidebar-widget'><p>Penulis adalah guru geografi yang gemar mendaki gunung.</p></div>"
              "</body>")
    text = _text(source)
    assert "Lahan miring" in text and "guru geografi" not in text


# ------------------------------------------------ a quiz: its form and its choices' labels

def test_a_quiz_form_with_choices_is_read_with_its_choices():
    """A quiz page sets its questions inside a <form> and each choice beside a radio button, or in a <label>
    around it: both were dropped as controls, the questions with them."""
    source = ("<h3>Jawablah soal berikut</h3><form method='post'><p>1. Proses pengikisan tanah oleh air disebut ?<br>"
              "<input type='radio' name='s1' value='a'>Erosi<br><input type='radio' name='s1' value='b'>Sedimentasi"
              "</p><div><p>2. Apa yang paling mudah tererosi?</p><label><input type='radio' name='s2'> Lahan miring "
              "yang gundul.</label><input type='checkbox' id='c3'><label for='c3'>Hutan yang lebat.</label></div>"
              "<input type='submit' value='Kirim'></form>")
    text = _text(source)
    for part in ("Proses pengikisan tanah oleh air disebut ?", "Sedimentasi", "Apa yang paling mudah tererosi?",
                 "Lahan miring yang gundul.", "Hutan yang lebat."):
        assert part in text
    assert "Kirim" not in text


def test_a_search_form_and_a_fields_label_stay_out():  # guard: a form without choices is a control still
    source = (f"<body><p>{LESSON}</p><form class='cari'><label for='q'>Kata kunci pencarian</label>"
              "<input id='q' type='text'><button>Cari</button></form></body>")
    assert "Kata kunci" not in _text(source)


# ------------------------------------------------ template code: a Blade comment, an inline directive, a PHP block

def test_template_comments_inline_directives_and_php_blocks_are_no_text():
    source = ("{{-- bagian atas --}}\n<div><h3> @yield('judul halaman') </h3>@vite('resources/js/app.js')\n"
              "<?php if ($nilai >= 70) { $status = 'lulus'; } ?>\n"
              f"<p>{LESSON}</p>\n<?php include 'kaki.php';")
    text = _text(source)
    assert text == LESSON


def test_what_a_php_block_prints_is_read():
    source = "<?php echo '<p>" + LESSON + "</p>'; ?>"
    assert "Lahan miring tanpa tanaman penutup" in _text(source)


def test_an_address_or_a_mention_with_an_at_sign_stays():  # guard: only a directive with its arguments goes
    assert without_template_code("Kirim ke guru@sekolah.id atau @section kelas (pagi).") == \
        "Kirim ke guru@sekolah.id atau @section kelas (pagi)."
