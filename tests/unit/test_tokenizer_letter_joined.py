"""One letter joined to a word by a hyphen ("E-mail", "e-book") is one search term with the word written without it
("email"): the index finds the passage writing "E-mail" for a question asking for "Email". Invented text."""

from telusur.index.lexical import tokenize

ALAT = """# Peralatan Kantor

## Alat komunikasi

| Nama | Keterangan |
| --- | --- |
| Faksimile | Alat untuk mengirim dan menerima dokumen lewat jaringan telepon. |
| E-mail | Aplikasi untuk mengetik dan mengirim surat secara elektronik. |
| Telepon | Alat untuk berbicara jarak jauh. |
| Buku tamu | Buku berisi nama tamu yang datang ke kantor setiap hari. |
"""

ARSIP = """# Arsip

## Penyimpanan

Arsip kantor disimpan di lemari besi menurut nomor dan tanggal surat. Surat yang masuk lewat Email dicatat di buku
agenda.
"""


def test_a_letter_joined_by_a_hyphen_is_the_word_written_without_it():
    assert tokenize("E-mail") == tokenize("email") == ["email"]
    assert tokenize("e-book") == tokenize("ebook")
    # a doubled word, a range of numbers and a longer first part keep their hyphen's reading
    assert tokenize("negara-negara") == ["negara"] and tokenize("2-3") == ["2-3"] and tokenize("al-quran") == ["al-quran"]


def test_the_index_finds_the_passage_writing_e_mail_for_the_word_email(course):
    # the text writes "Email" too: the word is a term of the index, not a typo read one letter off
    index = course({"alat.md": ALAT, "arsip.md": ARSIP}).index
    scores = index.bm25.scores(index.bm25.tokenize("Email"))
    found = [index.chunks[i].text for i in range(len(index.chunks)) if scores[i] > 0]
    assert any("E-mail" in text for text in found) and any("lewat Email" in text for text in found), found
