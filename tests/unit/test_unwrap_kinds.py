"""Hard-wrapped copies of a text read as the text itself (issue 14): kinds of line that bench/hard_wrap.py found
read apart or run together in the tuning half's wrapped copies, each on invented text."""

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap

import pytest

from telusur.documents.structure import _ragged, unwrap, wrap_width

PROSE = [
    "Kewirausahaan adalah kemampuan kreatif dan inovatif yang dijadikan dasar, kiat dan sumber daya untuk mencari "
    "peluang menuju sukses. Inti dari kewirausahaan adalah kemampuan untuk menciptakan sesuatu yang baru dan "
    "berbeda melalui berpikir kreatif dan bertindak inovatif untuk menciptakan peluang (Suryana, 2003: 10).",
    "Wirausaha menambah daya tampung tenaga kerja sehingga dapat mengurangi pengangguran, serta menjadi "
    "generator pembangunan lingkungan sosial, ekonomi dan bidang-bidang lain secara langsung maupun tidak "
    "langsung, memberi contoh kepada anggota masyarakat lain sebagai pribadi unggul yang patut diteladani.",
    "Kerjasama internasional dilaksanakan guna meningkatkan hubungan bilateral antara dua negara untuk mencapai "
    "tujuan nasionalnya. Untuk itu perlu suatu kerjasama yang baik dan adanya saling pengertian, tanpa mengabaikan "
    "kedaulatan dan hak-hak dari negara lain. Kerjasama demikian terjadi ketika dua kepentingan bertemu dan tidak "
    "ada pertentangan di dalamnya, sehingga ketidakcocokan dapat ditekan oleh kedua pihak.",
    "Guru pendidikan remedial berperan sebagai pengembang dan pengubah kurikulum sekolah. Ia bertugas pula "
    "melakukan reformasi kelembagaan, menghubungkan tugasnya dengan tugas guru bidang studi lainnya, merumuskan "
    "tujuan yang realistik dan kegiatan nyata dalam menghadapi siswa yang lamban belajar di kelasnya.",
]


def _fill(lines: list[str], width: int) -> str:
    """Each line filled as an editor would, blank lines and tabs kept."""
    return "\n".join(textwrap.fill(line, width, expand_tabs=False, replace_whitespace=False) if line else ""
                     for line in lines)


def _misread(lines: list[str], widths=range(48, 91)) -> list[int]:
    """The widths at which the wrapped copy (with prose around it, so the width can be read) is not the text."""
    text = lines + [""] + [p for p in PROSE for p in (p, "")]
    return [w for w in widths if unwrap(_fill(text, w)).split("\n") != text]


def test_an_emphasis_closed_on_an_earlier_line_of_the_item_leaves_the_next_item_apart():
    """"… *perceptual handicapes, brain injury," / "… dyslexia,* dan *developmental aphasia*": the line's three
    stars leave no emphasis open once the line above is counted, so "5. Mereka …" under it is the next item."""
    items = ["4. Kondisi kelainan dapat disebabkan oleh *perceptual handicapes, brain injury, minimal brain "
             "dysfunction, dyslexia,* dan *developmental aphasia*",
             "5. Mereka tidak tergolong ke dalam penyandang tunagrahita, tunalaras, atau mereka yang mendapatkan "
             "hambatan dari faktor lingkungan, budaya atau faktor ekonomi."]
    assert not _misread(items)


def test_items_indented_by_a_space_are_no_enumeration_inside_a_paragraph():
    """" 1. Manusia pelayan, …;" then " 2. Agen perubah, …": the item's own "1." at its start is no earlier number
    of an enumeration running inside the paragraph ("yaitu : 1.Konsensus … 2. Kolaborasi" is one)."""
    items = [" 1. Manusia pelayan, guru pendidikan remedial diharapkan mampu menempatkan dirinya sebagai pelayan "
             "yang membantu siswa memecahkan kesulitan belajarnya;",
             " 2. Agen perubah, guru pendidikan remedial berperan sebagai pengembang dan pengubah kurikulum "
             "sekolah;",
             " 3. Motivator, guru pendidikan remedial berperan pula sebagai pendorong ilmuwan untuk melakukan "
             "penelitian yang dapat membantu siswa;",
             " 4. Pencegah, guru pendidikan remedial berperan juga sebagai pencegah terjadinya kesulitan siswa;"]
    assert not _misread(items)


def test_a_markdown_hard_break_keeps_its_line_before_a_small_letter():
    """"… para saksi.\\" filling the width, then "jika pewaris …": the writer broke the line there. A full line
    over a small letter otherwise runs on, and the backslash would stand in the passage's text ("saksi.\\ jika")."""
    item = ["- Pernyataan itu dituangkan oleh notaris dalam akta superskripsi",
            "(pengalamatan) yang ditulis pada surat wasiat ataupun sampulnya,",
            "akta itu harus ditandatangani oleh notaris dan para saksi.\\",
            "jika pewaris tidak mampu membubuhkan tanda tangannya, sebab dari",
            "halangan itu harus disebutkan dan dicatatkan dalam akta itu."]
    hard = "\n".join(item) + "\n\n" + _fill(PROSE, 60) + "\n"
    assert wrap_width(hard.split("\n")) <= len(item[2]) + len(" jika")
    assert "para saksi.\\\njika pewaris" in unwrap(hard)


def test_an_item_whose_marker_is_set_in_emphasis_with_a_tab_runs_on():
    """"*b.<tab>Merumuskan masalah … pemecahan" / "masalah*": the tab after the marker sets no columns, as
    "1.<tab>Tunagrahita …" does not."""
    item = "*b.\tMerumuskan masalah dan langkah-langkah tindakan pemecahan masalah yang dihadapi siswa*"
    assert not _misread(["", item, ""], range(48, 80))


def test_a_dash_standing_alone_or_a_line_over_a_long_link_fmt_left_whole_is_no_cut_token():
    """A token longer than the width cut by the wrapper joins without a space, but a dash standing alone at a line
    end ("… -" / "[Profitabilitas](…") and a line filling the width over a link fmt put whole on the next line (the
    link longer than the width by itself: nothing cut it) are no pieces of one."""
    dashed = ["[Administrasi.Net](/ \"Administrasi\") -",
              "[Profitabilitas](https://id.wikipedia.org/wiki/Profitabilitas",
              "\"Profitabilitas\") dinyatakan antara lain dalam angka laba sebelum atau sesudah pajak."]
    assert "\") - [Profitabilitas](" in unwrap("\n".join(dashed) + "\n\n" + _fill(PROSE, 60))
    link = ("[#KawalPutusanMK](https://x.com/search?q=%23KawalPutusanMK%20until%3A2024-08-31%20since%3A2024-07-01"
            "&src=typed_query&f=top)")
    prose = _fill(PROSE, 72)
    full = max(prose.split("\n"), key=len)  # a line filling the width read
    whole = unwrap(prose + "\n\n" + full + "\n" + link + " yang berhasil menggagalkan upaya DPR.\n")
    assert f"{full} {link} yang" in whole



HYPHENATED = [  # words written with capitals mid-sentence, as the source texts do ("Hak-hak dan Kewajiban-kewajiban")
    "Hubungan internasional mempelajari perilaku Aktor-aktor negara maupun Non-negara di dalam arena transaksi "
    "internasional. Pasal 1 Konvensi Montevideo mengenai Hak-hak dan Kewajiban-kewajiban Negara mengemukakan "
    "Karakteristik-karakteristik negara, yaitu penduduk tetap, wilayah yang tertentu, pemerintah, dan kemampuan "
    "mengadakan Hubungan-hubungan dengan Negara-negara lain.",
    "Sistem internasional meliputi Negara-negara bangsa beserta pemerintahannya, Kelompok-kelompok dan "
    "Organisasi-organisasi swasta, serta seluruh wilayah geografis dan Pengelompokkan-pengelompokkan politik "
    "utama dunia. Kerjasama dibangun untuk kepentingan jangka pendek dan ketertiban dicapai melalui "
    "distribusi kekuatan di antara Negara-negara besar.",
]


def test_a_wrapper_that_never_breaks_after_a_hyphen_is_read_by_whole_words():
    """A mail client, fmt and most editors never break "hak-" / "hak": a line under which "Hak-hak …" would not
    fit whole is full, though "Hak-" alone would have fit (textwrap would have put it there)."""
    text = HYPHENATED + PROSE
    wrong = []
    for width in range(48, 91):
        hard = "\n\n".join("\n".join(textwrap.wrap(p, width, break_on_hyphens=False)) for p in text)
        wrong += [width] if unwrap(hard) != "\n\n".join(text) else []
    assert not wrong


def test_a_hyphen_ending_a_paragraph_is_no_wrapper_breaking_after_hyphens():
    """A line ending in a hyphen over a blank line ("4Kepmenkes no-129-tahun-" in waktu-tunggu-resep, a link's slug
    cut by the writer) is the paragraph's end, not a break after a hyphen: the text is still read by whole words."""
    text = HYPHENATED + ["Sumber: Kepmenkes no-129-tahun-"] + PROSE
    wrong = []
    for width in range(48, 91):
        hard = "\n\n".join("\n".join(textwrap.wrap(p, width, break_on_hyphens=False)) for p in text)
        wrong += [width] if unwrap(hard) != "\n\n".join(text) else []
    assert not wrong


@pytest.mark.skipif(shutil.which("fmt") is None, reason="GNU fmt (coreutils) is not installed")
def test_in_a_text_without_blank_lines_filled_by_fmt_a_full_line_ending_a_sentence_ends_its_paragraph():
    """One paragraph per line, no blank line between, each filled by fmt (lines balanced, no word broken): a last
    line ending a sentence near the width, a capital below, is the paragraph's end; a greedy fill of the same text
    keeps joining such a line (there a sentence ends inside its paragraph as often), and so does a typesetter's."""
    paragraphs = [p for text in HYPHENATED + PROSE for p in re.split(r"(?<=\.) (?=[A-Z])", text)]
    # paragraphs of one or two sentences, as in the texts written so ("Negara merupakan …" / "Sebagai aktor …")
    paragraphs = [" ".join(paragraphs[i:i + 2]) for i in range(0, len(paragraphs), 2)] * 3
    balanced, wrong = [], []
    for width in range(56, 91, 2):
        out = subprocess.run(["fmt", "-w", str(width)], input="\n\n".join(paragraphs) + "\n", capture_output=True,
                             text=True, check=True).stdout
        hard = "\n".join(out.rstrip("\n").split("\n\n")) + "\n"
        lines = hard.split("\n")
        if not _ragged(lines, wrap_width(lines)):  # fmt's fill read as a greedy one: the ambiguous line stays joined
            continue
        balanced.append(width)
        wrong += [width] if unwrap(hard) != "\n".join(paragraphs) + "\n" else []
    assert len(balanced) >= 8 and not wrong



def test_a_hyphen_before_a_space_reads_as_the_line_break_it_was():
    """"masing- masing", "non- negara": a line of a PDF pasted as one line keeps the space after its hyphen, and a
    wrapper breaking there ("masing-" / "masing") reads "masing-masing"; the text reads so too, whatever the width.
    A suspended hyphen keeps its space ("pra- dan pascasarjana"), in .txt and in a page's source."""
    paragraph = ("Sifat kepemimpinan memang ada dalam diri masing- masing individu, baik aktor negara maupun non- "
                 "negara, pada jenjang pra- dan pascasarjana, dalam pengelolaan sumber daya manusia yang baik.")
    read = "masing-masing individu, baik aktor negara maupun non-negara, pada jenjang pra- dan pascasarjana"
    assert read in unwrap(paragraph + "\n")
    for width in range(48, 91):
        hard = _fill([paragraph, ""] + PROSE, width)
        assert read in " ".join(unwrap(hard).split()), width
    from telusur.documents import html

    assert read in html.document_from_html(f"<html><body><p>{paragraph}</p></body></html>", "a.html", "0").text


@pytest.mark.parametrize("suspended", ["pra- dan pascasarjana", "pra- atau pascapanen", "intra- maupun antarkelompok",
                                       "sub- serta suprasistem", "pra- hingga pascaproduksi", "pra- sampai pascaoperasi",
                                       "pre- and post-test", "pre- or post-test", "pre- to post-test"])
def test_a_suspended_hyphen_keeps_its_space_before_each_joining_word(suspended):
    # each word _AFTER_SPACE lets through: the hyphen stands for a word's second part, no line break was lost there
    text = f"Penelitian ini membandingkan hasil {suspended} pada kelompok siswa kelas lima sekolah dasar negeri.\n"
    assert suspended in unwrap(text)


def test_a_hyphen_before_a_space_in_a_typeset_text_is_judged_as_the_text_is():
    """A PDF exported to text, hyphenated by its typesetter ("pengem-" / "bangan"), with one line pasted whole
    ("interdepen- densi"): the typesetter broke loan words too, so the hyphen before the space goes, as it would at
    a line end; whether the text is typeset is read over the whole text, not over the one line."""
    text = ("Pembangunan ekonomi nasional membutuhkan pengem-\n"
            "bangan sumber daya manusia yang berkelanjutan dan ber-\n"
            "kualitas tinggi di seluruh wilayah negara kesatuan, pe-\n"
            "merintahan yang demokratis serta hubungan interdepen- densi\n"
            "antarnegara di kawasan Asia Tenggara.\n")
    assert "hubungan interdependensi antarnegara" in unwrap(text)


# a PDF exported to text: justified lines, words broken by the typesetter's hyphen at the line ends
TYPESET = [
    "Kerjasama internasional dilaksanakan guna meningkatkan pengem-",
    "bangan hubungan antarnegara yang berkelanjutan dan ber-",
    "kualitas tinggi, di tengah ancaman pepe-",
    "rangan dan ke-",
    "tidakpastian ekonomi dunia yang dirasakan oleh seluruh pe-",
    "merintahan negara berkembang. Perkembangan sosial-",
    "ekonomi kawasan ditentukan oleh negara-negara yang bekerja-",
    "sama dalam bidang sosial dan budaya, yang dalam kajian semi-",
    "otika dijalankan oleh masyarakat kedua negara itu sendiri.",
]


def test_a_typesetter_breaking_a_word_into_two_pieces_sastrawi_takes_for_words_is_read_whole():
    """"pepe-" / "rangan", "bekerja-" / "sama": Sastrawi finds a root in most pieces of a word ("rang", "kerja"), so
    a compound ("sosial-" / "ekonomi") is told by its halves being roots as written; a negation made a noun ("ke-" /
    "tidakpastian") is a word Sastrawi cannot take apart. A syllable that is also a prefix kept apart ("semi-" /
    "otika") is broken off a word the typesetter broke."""
    read = unwrap("\n".join(TYPESET) + "\n")
    assert "ancaman peperangan dan ketidakpastian ekonomi" in read
    assert "Perkembangan sosial-ekonomi kawasan" in read and "negara-negara yang bekerjasama dalam" in read
    assert "kajian semiotika dijalankan" in read


def test_a_line_with_two_spaces_between_words_is_full_when_the_wrapper_counted_two_at_the_break():
    """"pada  balita,  ibu  tidak memahami  manifestasi klinis" / "ISPA, serta …": a greedy wrapper keeps the
    author's doubled spaces and counts them at the break too, so the next word did not fit by the one more space."""
    paragraph = ("Apabila  ibu  tidak mengetahui pencegahan / pengobatan pada  balita,  ibu  tidak memahami  "
                 "manifestasi klinis  ISPA, serta  penyebab  terjadinya  ISPA  yang  dicatat  Puskesmas  Kota  "
                 "Bandung  dan  Dinas  Kesehatan  Provinsi  Jawa  Barat  pada  Laporan  Tahunan  Dinas  Kesehatan  "
                 "Kota  Bandung  Tahun  2023.")
    text = [paragraph, ""] + [p for p in PROSE for p in (p, "")]
    misread = [w for w in range(48, 91)
               if [" ".join(line.split()) for line in unwrap(_fill(text, w)).split("\n")]
               != [" ".join(line.split()) for line in text]]
    assert not misread
