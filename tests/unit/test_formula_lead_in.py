"""A long list cut into passages keeps a lead-in with what it leads into: "Atau dapat pula dihitung dengan
menggunakan pendekatan Du Pont sebagai berikut:" and its formula under it (profitabilitas, tuning half: the last
formula stood alone in a passage, its lead-in closing the passage before), and an item's title with the lead-in
under it. Made-up text, its items' prose of many lengths so that the list's cut falls at every place in turn."""

from __future__ import annotations

from telusur.chunking import chunk_document
from telusur.documents import markdown

WORDS = ("Rasio ini membandingkan dua pos laporan keuangan pada tanggal yang sama. Semakin tinggi nilainya, semakin "
         "kuat kemampuan perusahaan memenuhi kewajibannya. Nilai yang terlalu tinggi juga dapat berarti dana "
         "menganggur yang tidak diputar. Analis membandingkannya dengan rata-rata industri.").split() * 3
RATIOS = (("Rasio Lancar (current ratio)", "Rumus untuk menghitungnya adalah sebagai berikut:",
           "CR = Aktiva lancar : Utang lancar", "Atau dapat pula dihitung dengan pendekatan lain sebagai berikut:",
           "CR = Kas ditambah piutang ditambah persediaan : Utang lancar"),
          ("Rasio Cepat (quick ratio)", "Rumusnya dapat ditulis sebagai berikut:",
           "QR = Aktiva lancar dikurangi persediaan : Utang lancar", "Atau dengan cara yang lebih ringkas:",
           "QR = Kas ditambah piutang : Utang lancar"),
          ("Rasio Kas (cash ratio)", "Rumus yang digunakan adalah:", "KR = Kas ditambah efek : Utang lancar",
           "Atau dapat pula dihitung dengan:", "KR = Kas : Aktiva lancar"))


def _text(words: int) -> str:
    out = ["# Likuiditas", "", "Menurut Kasmir (2015:110) jenis rasio likuiditas yang dapat digunakan adalah:", ""]
    for k, (name, lead1, formula1, lead2, formula2) in enumerate(RATIOS):
        prose = [] if k == 1 and words % 2 else [" ".join(WORDS[:words + 11 * k]).rstrip(".") + ".", ""]
        out += [f"#### {k + 1}. {name}", *prose, lead1, f"> {formula1}", "", lead2, "", f"> {formula2}", ""]
    return "\n".join(out)


def test_a_lead_in_inside_a_long_list_stays_with_its_formula_wherever_the_list_is_cut():
    leads = {formula: lead for _, *pairs in RATIOS for lead, formula in zip(pairs[::2], pairs[1::2])}
    cut = 0
    for words in range(20, 90, 3):
        chunks = chunk_document(markdown.read(_text(words).encode(), "likuiditas.md"))
        cut += len(chunks) > 1
        ends = [c.text.rstrip().splitlines()[-1] for c in chunks]
        assert not [e for e in ends if e.endswith(":") or e.startswith("2. Rasio")], words  # a lead-in, a title
        for formula, lead in leads.items():
            assert lead in next(c.text for c in chunks if formula in c.text), (words, formula)
    assert cut > 15  # the list is cut into passages in most of the texts


def test_an_items_title_over_a_lead_in_is_not_a_passage_alone_when_its_long_list_is_cut():
    # "2. Rasio Cepat" over "Komponennya sebagai berikut:" and a list too long for one passage: the title goes with
    # the lead-in and the first item (together longer than a passage's target), not alone in a passage of its own
    items = [f"{n}) " + " ".join(WORDS[n:n + 110 - 12 * n]).rstrip(".") + "." for n in range(1, 6)]
    text = "\n".join(["# Likuiditas", "", "Jenis rasio likuiditas adalah:", "", "#### 1. Rasio Lancar",
                      " ".join(WORDS[:30]), "", "#### 2. Rasio Cepat", "Komponennya dapat dirinci sebagai berikut:",
                      "", *items, ""])
    chunks = chunk_document(markdown.read(text.encode(), "likuiditas.md"))
    assert len([c for c in chunks if "1) " in c.text or "5) " in c.text]) > 1  # the list is cut
    assert [c.text.rstrip().splitlines()[-1] for c in chunks if "2. Rasio Cepat" in c.text] != ["2. Rasio Cepat"]
    assert "Komponennya" in next(c.text for c in chunks if "2. Rasio Cepat" in c.text)


def test_a_lead_in_repeated_over_each_formula_is_read_though_a_repeated_line_is_a_running_header():
    # Markdown from a PDF drops a short paragraph met three times or more (the running header it carried over); a
    # lead-in ending in ":" over each of three formulas is the text's own and stays every time
    parts = ["# Likuiditas", ""]
    for name, _, formula, _, _ in RATIOS:
        parts += ["Jurnal Akuntansi Vol. 3", "", f"{name} dipakai untuk menilai kemampuan membayar utang.", "",
                  "Rumus yang digunakan adalah:", "", f"> {formula}", ""]
    doc = markdown.read("\n".join(parts).encode(), "likuiditas.md")
    assert doc.text.count("Rumus yang digunakan adalah:") == 3
    assert "Jurnal Akuntansi" not in doc.text
