"""Retriever._clipped reads only the passages where a word begins as the acronym does (Retriever._opening_so, from the
postings of the words as written), not every passage (60-280 ms a word over TyDi's 4,650): it must find what the
scan of every passage found, on words a search leaves out too (stop words, one with its particle, a run of 40
characters or more, a capital whose lower case is two characters)."""

import re

from telusur.query.retrieval import clipped_from

# Passages whose first words of a run are of every kind the postings hold or leave out.
DESA = {"desa.md": """# Tata Kelola Desa

## Pemerintahan

Pemerintah Kabupaten menyalurkan dana lewat Badan Permusyawaratan Desa. Walaupun Kepala Desa terlambat, ia melapor.

## Perangkat

Adakah Juru Tulis? Gudangpenyimpananarsipkecamatan-Desapenyanggaekonomi mencatat.

## Teknologi

Teknologi Pendidikan memakai Raspberry Pi di sekolah; dari manakah Wrocław Universitas bermitra dengan Adakah Sehat?

## Mitra

Kampus İstanbul Teknik menolong desa merancang irigasi.
"""}


def scan_every_passage(chunks, word: str) -> bool:
    """The scan before the narrowing (session 38), its pattern as then written: every passage, the start first."""
    cuts = [(i,) for i in range(3, len(word) - 1)] + \
        [(i, j) for i in range(3, len(word) - 5) for j in range(i + 3, len(word) - 2)]
    runs = []
    for cut in cuts:
        parts = [word[a:b] for a, b in zip((0, *cut), (*cut, len(word)))]
        runs.append(r"[\s-]+".join(re.escape(part) + (r"(?![\w-])" if len(part) == 2 else r"[^\W\d_]+")
                                    for part in parts))
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(runs)})(?![\w-])", re.I)
    return any(pattern.search(c.text) for c in chunks)


def test_the_narrowed_scan_finds_what_the_scan_of_every_passage_found(retriever_of):
    """Every clipping of two or three words in a row the text writes (openings of three and four letters, a last word
    of two whole), and the same clippings with a letter changed, answered alike by both scans."""
    retriever = retriever_of(DESA)
    chunks = retriever.index.chunks
    words = re.findall(r"[^\W\d_]+", " ".join(c.text for c in chunks).lower())
    clippings = set()
    for a, b, c in zip(words, words[1:], words[2:] + [""]):
        for i in (3, 4):
            clippings.add(a[:i] + (b if len(b) == 2 else b[:3]))
            clippings.add(a[:i] + b[:3] + c[:3])
    clippings |= {w[:-1] + ("x" if w[-1] != "x" else "y") for w in list(clippings)}
    clippings = {w for w in clippings if len(w) >= 5 and w.isalpha()} | {"isttek"}
    found = {w for w in clippings if scan_every_passage(chunks, w)}
    assert {"pemkab", "raspi", "tekpen", "walkep", "darman", "adaseh", "guddes"} <= found  # stop words, a long run
    assert "isttek" in found  # "İstanbul Teknik": its lower case is "i̇stanbul", which no posting begins with "ist"
    assert {w for w in clippings if retriever._clipped(w)} == found
    assert not any(clipped_from(w).search("x" + w) for w in found)  # a word's start, not inside one
