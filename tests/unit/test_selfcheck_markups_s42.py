"""The self-check reads LaTeX, reStructuredText, AsciiDoc and notebooks by plain readings of its own (session 42,
helper "pages"): a file whose sentences mostly reach no block warns, a file read well does not. Hand-made sources."""

from __future__ import annotations

import json

import pytest

from telusur.documents import unread

SENTENCES = ["Gelombang bunyi merambat paling cepat di dalam zat padat seperti besi.",
             "Di ruang hampa udara bunyi tidak dapat merambat sama sekali.",
             "Frekuensi bunyi yang dapat didengar manusia berkisar antara dua puluh hingga dua puluh ribu hertz.",
             "Bunyi di atas batas itu disebut ultrasonik dan dipakai kelelawar untuk mengenali jalannya.",
             "Gema terjadi ketika bunyi dipantulkan dinding yang jauh dari sumber bunyinya."]

TEX = ("\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n% catatan penulis: jangan dicetak\n"
       "\\title{Bunyi}\n\\begin{document}\n\\maketitle\n\\section{Perambatan}\n"
       f"\\textbf{{Gelombang bunyi}} merambat paling cepat di dalam zat padat seperti besi. {SENTENCES[1]}\n\n"
       "\\begin{equation}\n v = \\lambda f \\label{eq:v}\n\\end{equation}\n"
       "\\begin{itemize}[leftmargin=1em]\n"
       f"  \\item {SENTENCES[2]}\n  \\item {SENTENCES[3]}\\footnote{{Lihat juga bab sonar.}}\n\\end{{itemize}}\n"
       f"\\emph{{{SENTENCES[4]}}} \\\\[0.5em]\n\\end{{document}}\n")
RST = ("Bunyi\n=====\n\n.. note::\n\n   " + SENTENCES[0] + "\n\n" + SENTENCES[1] + " Contohnya::\n\n"
       "    v = lambda * f\n\n" + "* " + SENTENCES[2] + "\n* " + SENTENCES[3].replace("ultrasonik", "*ultrasonik*") +
       "\n\n" + SENTENCES[4].replace("Gema", "``Gema``") + " Lihat `sumber <https://contoh.id>`_.\n")
ADOC = ("= Bunyi\nGuru Fisika <guru@sekolah.id>\n:toc:\n\n== Perambatan\n" + SENTENCES[0].replace("besi", "*besi*") +
        "\n" + SENTENCES[1] + "\n\n[source,python]\n----\nv = lam * f  # Rumus cepat rambat bunyi di udara\n----\n\n"
        "* " + SENTENCES[2] + "\n* " + SENTENCES[3] + "\n\n// catatan: bagian ini belum selesai ditulis oleh guru\n" +
        SENTENCES[4] + " link:https://contoh.id[Sumber bacaan].\n")
NOTEBOOK = json.dumps({"cells": [
    {"cell_type": "markdown", "source": ["# Bunyi\n", "\n", SENTENCES[0] + " " + SENTENCES[1] + "\n"]},
    {"cell_type": "code", "source": ["# Hitung cepat rambat bunyi dari panjang gelombang dan frekuensinya\n",
                                     "v = lam * f\n"], "outputs": []},
    {"cell_type": "markdown", "source": ["- " + s + "\n" for s in SENTENCES[2:]]}], "nbformat": 4})

READ_WELL = " ".join(SENTENCES) + " Hitung cepat rambat bunyi dari panjang gelombang dan frekuensinya"


@pytest.mark.parametrize("suffix, source", [(".tex", TEX), (".rst", RST), (".adoc", ADOC), (".ipynb", NOTEBOOK)])
def test_a_light_markup_read_well_does_not_warn(suffix, source):
    raw = source.encode("utf-8")
    total, lost = unread.unread(raw, suffix, READ_WELL)
    assert total >= 5 and lost == 0
    assert unread.warning(raw, suffix, READ_WELL) is None


@pytest.mark.parametrize("suffix, source", [(".tex", TEX), (".rst", RST), (".adoc", ADOC), (".ipynb", NOTEBOOK)])
def test_a_light_markup_whose_reader_missed_most_of_it_warns(suffix, source):
    """A reader that kept only the first sentence (its lists, its boxes, its cells lost): the build warns, as it does
    for a page or a Markdown file."""
    assert unread.warning(source.encode("utf-8"), suffix, SENTENCES[0]) is not None


def test_the_plain_latex_reading_keeps_prose_and_leaves_markup_out():
    text = " ".join(unread.latex_plain(TEX).split())
    assert "Gelombang bunyi merambat paling cepat di dalam zat padat seperti besi." in text
    assert "Lihat juga bab sonar." in text
    for markup in ("usepackage", "inputenc", "catatan penulis", "lambda", "leftmargin", "0.5em", "textbf", "\\"):
        assert markup not in text


def test_the_plain_readings_leave_code_comments_and_headers_out():
    rst = " ".join(unread.rst_plain(RST).split())
    assert "lambda" not in rst and "https" not in rst and "Lihat sumber." in rst
    adoc = " ".join(unread.asciidoc_plain(ADOC).split())
    assert "guru@sekolah.id" not in adoc and "toc" not in adoc and "belum selesai" not in adoc
    assert "Rumus cepat rambat" not in adoc and "Sumber bacaan." in adoc
