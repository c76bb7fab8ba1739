"""A paragraph opening on the one before is one passage with it (issue 15, "right document, wrong passage"): on the
open sets a short paragraph saying what the one before it says of its subject ("Kondisi ini menyebabkan mereka …",
"Hal ini berarti …", "OS tersebut adalah …", "Sedangkan pemasar syariah …", "Berdasarkan teori diatas dapat
disimpulkan …") was a passage alone, without the words of its subject, and ranked second under a longer neighbour on
the topic (wahyu243--autisme, sengketa-ambalat, Pantana's Raspberry Pi, viin1108, paybarina). Made-up texts."""

from __future__ import annotations

import pytest

from telusur.chunking import chunk_document
from telusur.documents import markdown

AUTISME = ("Autisme adalah suatu keadaan di mana seorang anak berbuat semaunya sendiri baik secara berpikir maupun "
           "berperilaku. Keadaan ini terjadi sejak usia dua sampai tiga tahun pada semua etnis (Yatim, 2002).")
KLASIFIKASI = ("Autisme dapat diklasifikasikan menjadi beberapa bagian berdasarkan gejalanya, dan klasifikasi ini "
               "diberikan setelah anak didiagnosis oleh dokter anak yang menanganinya.")


def _chunks(*paragraphs: str, heading: str = "# Pengertian Autisme") -> list[str]:
    text = heading + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return [" ".join(c.text.split()) for c in chunk_document(markdown.read(text.encode(), "a.md"))]


def _holding(chunks: list[str], words: str) -> list[str]:
    return [c for c in chunks if words in c]


@pytest.mark.parametrize("opening", [
    "Kondisi ini menyebabkan mereka tidak mampu berkomunikasi maupun mengekspresikan keinginannya.",
    "Hal ini berarti anak tersebut perlu didampingi sejak dini oleh orang tua dan gurunya.",
    "Sedangkan menurut para ahli autisme adalah gangguan perkembangan pada anak.",
    "Berdasarkan uraian di atas dapat disimpulkan bahwa autisme adalah gangguan perkembangan.",
    "Dari pengertian diatas dapat disimpulkan bahwa autisme adalah gangguan perkembangan.",
])
def test_a_paragraph_opening_on_the_one_before_is_one_passage_with_it(opening):
    chunks = _chunks(AUTISME, opening)
    assert _holding(chunks, opening) == _holding(chunks, AUTISME) == [AUTISME + " " + opening], chunks


def test_an_item_s_later_paragraph_opening_on_it_goes_with_the_item():
    text = ("d. MicroSD Card\n\n"
            "Bagian ini berfungsi untuk tempat memasukkan SD-Card yang sudah diisi dengan salah satu OS Raspberry Pi.\n\n"
            "OS tersebut adalah Raspbian wheezy, Pidora, Arch Linux, Raspbmc dan OpenELEC.")
    chunks = _chunks("Raspberry Pi 2 model B mempunyai bagian antara lain:", "c. Catu Daya\n\n"
                     "Catu daya menggunakan konektor MicroUSB yang bekerja pada tegangan 5V.", text,
                     heading="# Perangkat Keras")
    [os] = _holding(chunks, "OS tersebut adalah Raspbian")
    assert "Bagian ini berfungsi untuk tempat memasukkan SD-Card" in os, chunks


@pytest.mark.parametrize("paragraphs, heading", [
    ((AUTISME, KLASIFIKASI), "# Pengertian Autisme"),  # no opening on the one before
    ((AUTISME, "## Klasifikasi\n\nHal ini berarti autisme dapat dibagi menurut gejalanya."), "# Pengertian Autisme"),
    ((AUTISME + " Anak autis perlu perhatian. " * 50, "Hal ini berarti anak perlu didampingi."), "# Autisme"),  # too long
    ((AUTISME, "Sedangkan menurut Kanner (1943) autisme adalah gangguan perkembangan."), "# Autisme"),  # its own work
])
def test_a_paragraph_not_opening_on_a_whole_paragraph_of_its_section_that_it_fits_with_is_a_passage_alone(
        paragraphs, heading):
    chunks = _chunks(*paragraphs, heading=heading)
    last = paragraphs[-1].split("\n\n")[-1]
    [alone] = _holding(chunks, last)
    assert alone == last, chunks
