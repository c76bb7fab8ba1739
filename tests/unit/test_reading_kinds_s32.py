"""List and layout kinds the reader misread (issue 14, the lead's list of 2026-12-06 14:30 UTC; helper "reading2"):
each written here as a made-up file of the kind course material has."""

from tests.unit.test_typed_lists import _read  # a text written to a file and read


def test_a_letter_list_numbered_again_under_the_lists_last_item_nests_under_it(tmp_path):
    """"1. Persiapan" / "a. …" / "b. …" / "2. Pelaksanaan" / "a. …" / "b. …": the second letter list is 2.'s as the
    first is 1.'s, though no "3." follows to show it (a plain-text export keeps no indent)."""
    for one, two in (("1.", "2."), ("(1)", "(2)")):
        text = (f"Langkah Penelitian\n\nBerikut langkah yang ditempuh.\n\n{one} Persiapan\na. Menyusun jadwal.\n"
                f"b. Menyiapkan bahan ajar.\n{two} Pelaksanaan\na. Membuka pelajaran.\nb. Menutup pelajaran.\n\n"
                "Demikian langkah-langkahnya dijelaskan.\n")
        _, blocks = _read(tmp_path, text)
        assert [(k, lv) for k, lv, t in blocks if k == "item"] == [
            ("item", 0), ("item", 1), ("item", 1), ("item", 0), ("item", 1), ("item", 1)], (one, blocks)
    # a list after a list item holding none stays beside it: "2." with its letters is no repeat of a bare "1."
    text = ("Langkah Penelitian\n\nBerikut langkah yang ditempuh.\n\n1. Persiapan\n2. Pelaksanaan\na. Membuka.\n"
            "b. Menutup.\n\nDemikian langkah-langkahnya dijelaskan.\n")
    _, blocks = _read(tmp_path, text)
    assert [lv for k, lv, t in blocks if k == "item"] == [0, 0, 0, 0]


def test_a_rule_line_in_a_plain_text_is_no_item_and_no_passage(tmp_path):
    """"-----", "=====", "* * *" typed between a plain text's parts break them; read as a bullet "-" item or a
    paragraph of its own, the rule was a passage with nothing in it."""
    prose = "Paragraf pertama berisi uraian yang cukup panjang tentang kerjasama antarnegara."
    for rule in ("-----", "=====", "* * *", "_____"):
        text = f"Kerjasama Internasional\n\n{prose}\n\n{rule}\n\n{prose}\n\n- satu butir\n- dua butir\n"
        _, blocks = _read(tmp_path, text)
        assert blocks == [("heading", 1, "Kerjasama Internasional"), ("paragraph", 0, prose),
                          ("paragraph", 0, prose), ("item", 0, "- satu butir"), ("item", 0, "- dua butir")], rule


def test_i_after_h_is_the_letter_after_h_not_roman_one(tmp_path):
    """"(i)" after "(h)" is the ninth letter of a lettered list, not roman one: as one, a list nested under "(h)"
    ("1." "2.") stood beside it, and the list read as starting over at "(i)". "(i)" opening a list, or after
    "(iii)"'s kind, is roman as before."""
    from telusur.chunking import paragraphs
    from telusur.documents.structure import item_number

    letters = "abcdefghij"
    text = "Syarat Pendirian\n\nSyarat-syaratnya adalah sebagai berikut:\n\n" + "".join(
        f"({c}) syarat ke-{n} dipenuhi;\n" + ("1. surat permohonan;\n2. akta pendirian;\n" if c == "h" else "")
        for n, c in enumerate(letters, 1)) + "\nDemikian syaratnya.\n"
    doc, blocks = _read(tmp_path, text)
    items = [(lv, t[:3]) for k, lv, t in blocks if k == "item"]
    assert items[7:11] == [(0, "(h)"), (1, "1. "), (1, "2. "), (0, "(i)")], items
    assert [p.ordinal for p in paragraphs(doc) if p.kind == "item" and p.marker == "(a)"] == list(range(1, 11))
    kinds, texts = ["item"] * 3, ["(i) satu;", "(ii) dua;", "(iii) tiga;"]
    assert [item_number(kinds, texts, i) for i in range(3)] == [1, 2, 3]
    assert item_number(["item", "item"], ["(g) tujuh;", "(i) satu;"], 1) == 1


def test_a_bold_lettered_section_under_a_bold_chapter_number_is_its_section(tmp_path):
    """"**BAB I**" over "**A. Latar Belakang**" (a skripsi converted to Markdown, the chapter's title left out): the
    lettered line is no chapter's title run on into "BAB I A. Latar Belakang", and it is the chapter's section, a
    level under it, as "B." is; "**BAB I**" over "**PENDAHULUAN**" is still one heading."""
    prose = "Pendidikan adalah usaha sadar untuk mewujudkan suasana belajar."
    text = (f"**BAB I**\n\n**A. Latar Belakang**\n\n{prose}\n\n**B. Rumusan Masalah**\n\n{prose}\n\n"
            f"**BAB II**\n\n**KAJIAN PUSTAKA**\n\n**A. Hakikat Belajar**\n\n{prose}\n")
    doc, blocks = _read(tmp_path, text, "skripsi.md")
    assert [(k, lv, t) for k, lv, t in blocks if k == "heading"] == [
        ("heading", 1, "BAB I"), ("heading", 2, "A. Latar Belakang"), ("heading", 2, "B. Rumusan Masalah"),
        ("heading", 1, "BAB II KAJIAN PUSTAKA"), ("heading", 2, "A. Hakikat Belajar")]
    assert doc.blocks[2].location.section == ("BAB I", "A. Latar Belakang")


def test_a_line_framed_by_dashes_is_no_list_item(tmp_path):
    """"- Selesai -" or "-- Tamat --" closing a story on a web page or in a plain text is framed by its dashes, no
    bullet: as an item it stood as a list of one. A bullet item stays one, a colon's empty value ("- Jumlah: -") too."""
    prose = "Pendidikan adalah usaha sadar untuk mewujudkan suasana belajar yang baik bagi semua siswa."
    for end in ("- Selesai -", "-- Tamat --"):
        page = (f"<html><head><title>Cerita</title></head><body><article><h1>Cerita Pendek</h1><p>{prose}</p>"
                f"<p>{end}</p></article></body></html>")
        for name, text in (("cerita.html", page), ("cerita.txt", f"Cerita Pendek\n\n{prose}\n\n{end}\n")):
            _, blocks = _read(tmp_path, text, name)
            assert blocks[-1] == ("paragraph", 0, end), (name, blocks)
    _, blocks = _read(tmp_path, f"Data Kelas\n\n{prose}\n\n- Jumlah siswa: 30\n- Jumlah guru: -\n")
    assert [k for k, _, _ in blocks[-2:]] == ["item", "item"]


def test_c_before_a_years_sentence_is_the_lists_third_item(tmp_path):
    """"(c)" before a year is a copyright sign ("(c) 2020 Universitas Terbuka."), but not when the year goes on in
    small letters: "(c) 2019 penduduk berjumlah …" after "(a) 2017 …" and "(b) 2018 …" is the third item, on its line
    or alone on its line over the year's (it ran on into "(b)"'s text)."""
    for c in ("(c) ", "(c)\n"):
        text = ("Perkembangan Penduduk\n\nData yang dicatat adalah sebagai berikut:\n\n"
                "(a) 2017 penduduk berjumlah 120 ribu jiwa;\n(b) 2018 penduduk berjumlah 125 ribu jiwa;\n"
                f"{c}2019 penduduk berjumlah 131 ribu jiwa.\n\nDemikian datanya.\n")
        _, blocks = _read(tmp_path, text)
        assert [t[:3] for k, _, t in blocks if k == "item"] == ["(a)", "(b)", "(c)"], blocks
    _, blocks = _read(tmp_path, "Modul Belajar\n\nPendidikan adalah usaha sadar.\n\n(c) 2020 Universitas Terbuka.\n")
    assert blocks[-1] == ("paragraph", 0, "(c) 2020 Universitas Terbuka.")
