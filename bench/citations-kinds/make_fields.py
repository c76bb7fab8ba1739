"""Writes the two invented DOCX documents of fresh gold 11 (bench/citations-fresh-manager.jsonl): chapters whose
citations are reference-manager fields, Mendeley's ("ADDIN CSL_CITATION {...}") and Zotero's ("ADDIN ZOTERO_ITEM
CSL_CITATION {...}"), most with the author suppressed, so that Word shows "(2023)" or "(2022, p. 14)" and the work's
author stands only in the field's data. Their sentences are the tuning half's (nurazhad--ispa.md,
novanabs--kewirausahaan.txt), cut and re-cited. Deterministic: run it again and the text is the same.

Usage: python bench/citations-kinds/make_fields.py  (python-docx)"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHEMA = "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"


def _document():
    import datetime

    import docx

    d = docx.Document()
    d.core_properties.author = "telusur bench"
    d.core_properties.created = datetime.datetime(2026, 12, 5)
    return d


def _person(family: str, given: str = "") -> dict:
    return {"dropping-particle": "", "family": family, "given": given, "non-dropping-particle": "",
            "parse-names": False, "suffix": ""}


def _item(n: int, authors: list[dict], year: str, title: str, suppress, locator: str | None) -> dict:
    item = {"id": f"ITEM-{n}", "itemData": {"author": authors, "id": f"ITEM-{n}", "issued": {"date-parts": [[year]]},
                                            "title": title, "type": "article-journal"},
            "uris": [f"http://www.mendeley.com/documents/?uuid=00000000-0000-0000-0000-{n:012d}"]}
    if suppress:
        item["suppress-author"] = suppress
    if locator:
        item["locator"] = locator
        item["label"] = "page"
    return item


def mendeley(shown: str, items: list[dict]) -> str:
    return "ADDIN CSL_CITATION " + json.dumps(
        {"citationItems": items, "mendeley": {"formattedCitation": shown, "plainTextFormattedCitation": shown,
                                              "previouslyFormattedCitation": shown},
         "properties": {"noteIndex": 0}, "schema": SCHEMA}, ensure_ascii=False)


def zotero(shown: str, items: list[dict], cid: str) -> str:
    return "ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(
        {"citationID": cid, "properties": {"formattedCitation": shown, "plainCitation": shown, "noteIndex": 0},
         "citationItems": items, "schema": SCHEMA}, ensure_ascii=False)


def _run(p, tag: str, text: str | None = None, kind: str | None = None):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r = OxmlElement("w:r")
    el = OxmlElement(tag)
    if kind:
        el.set(qn("w:fldCharType"), kind)
    if text is not None:
        el.text = text
        el.set(qn("xml:space"), "preserve")
    r.append(el)
    p._p.append(r)


def paragraph(d, *parts):
    """parts: plain strings, or (shown, instruction) pairs written as a field whose result is shown; an instruction
    is written in two instrText runs, as Word splits a long one."""
    p = d.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            _run(p, "w:t", part)
            continue
        shown, code = part
        _run(p, "w:fldChar", kind="begin")
        half = len(code) // 2
        _run(p, "w:instrText", code[:half])
        _run(p, "w:instrText", code[half:])
        _run(p, "w:fldChar", kind="separate")
        _run(p, "w:t", shown)
        _run(p, "w:fldChar", kind="end")
    return p


def make_ispa(path: Path) -> None:
    """Mendeley fields, the author suppressed in most."""
    d = _document()
    d.add_heading("BAB II TINJAUAN PUSTAKA", level=1)
    d.add_heading("2.1 Infeksi Saluran Pernapasan Akut", level=2)
    husaini = _item(1, [_person("Husaini"), _person("Hilal")], "2023", "Bakteri penyebab ISPA", 1, None)
    paragraph(d, "ISPA adalah penyakit pada saluran pernapasan bagian atas atau bawah yang dapat menimbulkan berbagai "
                 "tanda dan gejala. Bakteri penyebab ISPA yaitu Corynebakterium, Pneumococcus, Haemophilus, "
                 "Streptococcus, dan Bordetella ", ("(2023)", mendeley("(2023)", [husaini])), ".")
    zolanda = _item(2, [_person("Zolanda", "A."), _person("Raharjo", "M."), _person("Setiani", "O.")], "2021",
                    "Faktor risiko ISPA pada balita", 1, None)
    paragraph(d, "Faktor risiko ISPA pada balita secara umum dibagi menjadi tiga faktor yaitu faktor lingkungan, "
                 "individu balita, dan perilaku ", ("(2021)", mendeley("(2021)", [zolanda])), ".")
    kemenkes = _item(3, [{"literal": "Kementerian Kesehatan RI"}], "2018", "Riset Kesehatan Dasar", 1, None)
    paragraph(d, "Prevalensi ISPA pada balita di Indonesia mencapai 12,8 persen ",
              ("(2018)", mendeley("(2018)", [kemenkes])),
              ". Angka ini dipakai sebagai dasar program pengendalian ISPA di puskesmas sejak tahun 2019.")
    d.add_heading("2.2 Lingkungan Rumah", level=2)
    rafaditya = _item(4, [_person("Rafaditya", "R."), _person("Sari", "D.")], "2022", "Kondisi fisik rumah", 1, None)
    paragraph(d, "Sinar matahari dapat membunuh bakteri atau kuman secara langsung ",
              ("(2022)", mendeley("(2022)", [rafaditya])), ". Menurut Santoso (2021), rumah yang sehat memerlukan "
              "ventilasi yang baik. Ventilasi yang buruk tidak dapat memelihara sirkulasi udara agar tetap segar dan "
              "sehat ", ("(2022, p. 14)", mendeley("(2022, p. 14)", [dict(rafaditya, locator="14", label="page")])),
              ".")
    santoso = _item(5, [_person("Santoso", "B.")], "2021", "Rumah sehat", None, None)
    paragraph(d, "Kepadatan hunian yang tinggi mempercepat penularan ISPA di antara anggota keluarga ",
              ("(Santoso, 2021)", mendeley("(Santoso, 2021)", [santoso])), ".")
    sumedang = _item(6, [_person("Sumedang", "Dinas Kesehatan Kabupaten")], "2019", "Profil kesehatan", 1, None)
    paragraph(d, "Berdasarkan Undang-Undang Nomor 1 Tahun 2011, luas minimal untuk setiap penghuni adalah 9 meter "
                 "persegi ", ("(2019)", mendeley("(2019)", [sumedang])), ". Jumlah rumah yang memenuhi syarat terus "
                 "bertambah dari tahun 2015 sampai 2019.")
    d.add_heading("DAFTAR PUSTAKA", level=1)
    for entry in (
            "Husaini, & Hilal, N. (2023). Bakteri penyebab ISPA. Jurnal Kesehatan, 5(1), 1-9.",
            "Kementerian Kesehatan RI. (2018). Riset Kesehatan Dasar. Jakarta: Kemenkes RI.",
            "Rafaditya, R., & Sari, D. (2022). Kondisi fisik rumah dan ISPA. Jurnal Kesehatan Lingkungan, 14(2), "
            "10-20.",
            "Santoso, B. (2021). Rumah Sehat. Yogyakarta: Deepublish.",
            "Sumedang, D. K. K. (2019). Profil Kesehatan Kabupaten Sumedang. Sumedang: Dinkes.",
            "Zolanda, A., Raharjo, M., & Setiani, O. (2021). Faktor risiko ISPA pada balita. Jurnal Kesehatan "
            "Masyarakat, 9(2), 100-110."):
        d.add_paragraph(entry)
    d.save(path)


def make_kewirausahaan(path: Path) -> None:
    """Zotero fields: the author suppressed, a year typed over a field's result, a narrative citation's year alone."""
    d = _document()
    d.add_heading("BAB II LANDASAN TEORI", level=1)
    d.add_heading("2.1 Kewirausahaan", level=2)
    fahmi = _item(1, [_person("Fahmi, Irham")], "2014", "Kewirausahaan: Teori, Kasus dan Solusi", True, None)
    paragraph(d, "Menurut Zimmerer dan Scarborough, wirausahawan adalah orang yang menciptakan bisnis baru dengan "
                 "mengambil risiko dan ketidakpastian demi mencapai keuntungan dan pertumbuhan ",
              ("(2014)", zotero("(2014)", [fahmi], "a1")), ".")
    suryana = _item(2, [_person("Suryana", "")], "2013", "Kewirausahaan", True, "2")
    paragraph(d, "Kewirausahaan merupakan gabungan dari kreativitas, inovasi dan keberanian menghadapi risiko yang "
                 "dilakukan dengan cara kerja keras untuk membentuk dan memelihara usaha baru ",
              ("(2013, p. 2)", zotero("(2013, p. 2)", [suryana], "a2")), ".")
    rusdiana = _item(3, [_person("Rusdiana", "A.")], "2014", "Kewirausahaan Teori dan Praktik", True, None)
    paragraph(d, "Rusdiana ", ("(2014)", zotero("(2014)", [rusdiana], "a3")),
              " menjelaskan bahwa wirausaha adalah orang yang pandai mengenali produk baru, menentukan cara produksi "
              "baru, dan memasarkannya.")
    kasmir = _item(4, [_person("Kasmir", "")], "2011", "Kewirausahaan", None, None)
    # the user typed the year over the field's result: no suppress-author, the shown text names no one
    paragraph(d, "Perilaku inisiatif biasanya diperoleh melalui pelatihan dan pengalaman selama bertahun-tahun ",
              ("(2011)", zotero("(Kasmir, 2011)", [kasmir], "a4")), ".")
    hendro = _item(5, [_person("Hendro", "")], "2011", "Dasar-Dasar Kewirausahaan", None, None)
    paragraph(d, "Jiwa wirausaha dapat ditumbuhkan sejak bangku sekolah ",
              ("(Hendro, 2011; 2013)", zotero("(Hendro, 2011; Suryana, 2013)", [hendro, dict(suryana, locator=None)],
                                              "a5")), ".")
    d.add_heading("2.2 Usaha Mikro", level=2)
    paragraph(d, "Usaha mikro di Kota Bandung tumbuh pesat sejak krisis ekonomi (1998). Jumlahnya mencapai 4.000 unit "
                 "pada tahun 2016.")
    d.add_heading("DAFTAR PUSTAKA", level=1)
    for entry in (
            "Fahmi, I. (2014). Kewirausahaan: Teori, Kasus dan Solusi. Bandung: Alfabeta.",
            "Hendro. (2011). Dasar-Dasar Kewirausahaan. Jakarta: Erlangga.",
            "Kasmir. (2011). Kewirausahaan. Jakarta: Rajawali Pers.",
            "Rusdiana, A. (2014). Kewirausahaan Teori dan Praktik. Bandung: Pustaka Setia.",
            "Suryana. (2013). Kewirausahaan: Kiat dan Proses Menuju Sukses. Jakarta: Salemba Empat."):
        d.add_paragraph(entry)
    d.save(path)


if __name__ == "__main__":
    make_ispa(HERE / "ispa-balita-mendeley.docx")
    make_kewirausahaan(HERE / "kewirausahaan-zotero.docx")
