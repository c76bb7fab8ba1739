"""Retriever._clipped reads only the passages where a word begins as the acronym does (Retriever._opening_so, from the
postings of the words as written), not every passage (60-280 ms a word over TyDi's 4,650); where a stop word so
begins, which no posting holds, those where a run's first and next words may begin (Retriever._run_holders). It must
find what the scan of every passage found (bench/clipped_scan.py's old_pattern, session 38's), on words a search
leaves out too (stop words, one with its particle, a run of 40 characters or more, a capital whose lower case is two
characters, a hyphened word's later part)."""

import re
import sys
from pathlib import Path

from telusur.query.retrieval import clipped_from

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from clipped_scan import old_pattern  # noqa: E402

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

## Pelaporan

Walaupun Lurah hadir, Sedangkan-Camat absen.

## Wilayah

Walaupun Kabupatenpenyanggaekonomiterpadumandiriberkelanjutan tumbuh, lahan menyempit.

## Saluran

Walaupun İrigasi dibangun, sawah kering.
"""}


def scan_every_passage(chunks, word: str) -> bool:
    """The scan before the narrowing (session 38): every passage, its pattern as then written (the start first)."""
    pattern = old_pattern(word)
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
    clippings = {w for w in clippings if len(w) >= 5 and w.isalpha()} | {"isttek", "waliri"}
    found = {w for w in clippings if scan_every_passage(chunks, w)}
    assert {"pemkab", "raspi", "tekpen", "walkep", "darman", "adaseh", "guddes"} <= found  # stop words, a long run
    assert "isttek" in found  # "İstanbul Teknik": its lower case is "i̇stanbul", which no posting begins with "ist"
    # a stop word first: the next word as written, a hyphened word's later part, a run of 40 letters, an "İ"
    assert {"wallur", "sedcam", "walkab", "waliri"} <= found
    # and where it does, not every passage is read: those where a run's next word ("sed|cam") or, where a stop word
    # begins that too ("sedc|am": "amat"), its first may stand; a last word of two letters is that word ("sed|op":
    # not "o" + "pun")
    assert retriever._opening_so("sed") is None and len(retriever._run_holders("sedcam")) < len(chunks)
    assert retriever._run_holders("sedop") is not None
    assert {w for w in clippings if retriever._clipped(w)} == found
    assert not any(clipped_from(w).search("x" + w) for w in found)  # a word's start, not inside one
