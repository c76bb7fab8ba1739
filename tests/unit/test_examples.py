"""Example questions: grammatical Indonesian built from the text's definitions, headings and list lead-ins; none
rather than a broken one."""

import re

import pytest

from telusur.chunking import chunk_document
from telusur.documents import read_document
from telusur.examples import example_questions

QUESTION_FORM = re.compile(r"^(?:Apa|Siapa|Bagaimana|Mengapa|Kapan|Berapa|Di mana)\b[^?]*\?$")
# The frame a question is asked in; the rest is its topic, which must be the text's own words.
FRAME = re.compile(r"^(?:Apa|Siapa|Bagaimana|Mengapa|Kapan|Berapa|Di mana)(?: saja| yang dimaksud dengan)?\s+", re.I)
DANGLING = re.compile(r"\b(?:adalah|ialah|merupakan|yaitu|yakni|dan|atau|yang|dengan|di|ke|dari|untuk|menurut|ini|"
                      r"itu|tersebut|antara lain)\?$", re.I)


def well_formed(question: str, text: str) -> list[str]:
    """What is wrong with an example question (empty when nothing): written apart from examples.py's own rules."""
    wrong = []
    if not QUESTION_FORM.match(question):
        wrong.append("not a question form")
    if DANGLING.search(question):
        wrong.append("dangles")
    if re.search(r"\bsaja\s+(?:ini|itu|merupakan|adalah)\b", question, re.I):
        wrong.append("'saja' followed by ini/itu")
    if re.search(r"[\d():;•*_\[\]]", question):
        wrong.append("digits or markup")
    words = re.findall(r"[\w-]+", FRAME.sub("", question.rstrip("?")))
    if not 1 <= len(words) <= 8:
        wrong.append("topic length")
    if any(a.lower() == b.lower() for a, b in zip(words, words[1:])):
        wrong.append("a word twice")
    absent = [w for w in words if w.lower() not in text.lower()]
    if absent:
        wrong.append(f"not in the text: {absent}")
    return wrong


def examples_of(text: str, tmp_path, n: int = 8) -> list[str]:
    path = tmp_path / "teks.md"
    path.write_text(text, encoding="utf-8")
    return example_questions(chunk_document(read_document(path, "teks.md")), n)


def test_the_checker_catches_the_broken_examples_seen_before():
    text = "Berikut ini definisi E-vote menurut para ahli. Fitur-fitur lainnya adalah: login."
    assert well_formed("Apa saja ini definisi E-vote menurut para ahli?", text)
    assert well_formed("Apa fitur-fitur lainnya adalah?", text)
    assert well_formed("Apa 1) Kelebihan?", text)
    assert not well_formed("Apa saja fitur-fitur lainnya?", text)


def test_definitions_headings_and_lead_ins_become_questions(tmp_path):
    text = ("# Kerjasama\n\n## Jenis-jenis Kerjasama\n\nKerjasama regional adalah kerjasama antara negara dalam satu "
            "kawasan. Kerjasama ini sering terjadi.\n\nAda empat bentuk kerjasama internasional, yaitu:\n\n"
            "1. Kerjasama bilateral\n2. Kerjasama regional\n3. Kerjasama multilateral\n4. Kerjasama fungsional\n")
    found = examples_of(text, tmp_path)
    assert "Apa yang dimaksud dengan kerjasama regional?" in found
    assert "Apa saja bentuk kerjasama internasional?" in found
    assert "Apa saja jenis-jenis kerjasama?" in found
    for question in found:
        assert not well_formed(question, text), (question, well_formed(question, text))


@pytest.mark.parametrize("text", [
    # "Berikut ini merupakan …:" once gave "Apa saja ini merupakan …?"
    "# E-vote\n\nBerikut ini definisi E-vote menurut para ahli:\n\n1. Menurut Ahmad (2010), e-vote memudahkan.\n"
    "2. Menurut Budi (2012), e-vote cepat.\n",
    # "… adalah sebagai berikut:" once gave "Apa fitur-fitur lainnya adalah?"
    "# Aplikasi\n\nFitur-fitur lainnya adalah sebagai berikut:\n\n1. Login pengguna\n2. Cetak laporan\n\n"
    "Jenis-jenis laporan adalah sebagai berikut:\n\n1. Laporan harian\n2. Laporan bulanan\n",
    # a numbered heading with a citation, a pronoun-led "definition", a clause before "adalah"
    "# Teori\n\n1. Kline (1973)\n\nMatematika itu bukan pengetahuan yang menyendiri.\n\nHal ini adalah penting. "
    "Sistem yang dirancang adalah sistem monitoring. Stapler Stapler memiliki kegunaan adalah menjepit kertas.\n",
])
def test_no_broken_question_is_made_from_text_that_gives_none(text, tmp_path):
    for question in examples_of(text, tmp_path):
        assert not well_formed(question, text), (question, well_formed(question, text))


def test_heading_capitals_are_made_plain_but_acronyms_stay(tmp_path):
    text = ("# ISPA\n\n## FAKTOR RISIKO ISPA\n\nGizi buruk dan asap rokok menambah risiko ISPA pada balita.\n\n"
            "## Karakteristik Fisik Anak\n\nKarakteristik fisik anak terlihat dari tubuhnya, karena fisik "
            "berkembang. ASI eksklusif adalah pemberian ASI saja selama enam bulan.\n")
    found = examples_of(text, tmp_path)
    assert "Apa saja faktor risiko ISPA?" in found
    assert "Apa yang dimaksud dengan ASI eksklusif?" in found
    assert "Apa saja karakteristik fisik anak?" in found


def test_a_text_without_definitions_or_lists_gives_no_examples(tmp_path):
    assert examples_of("# Catatan\n\nHari ini hujan turun sejak pagi. Kami menunggu di rumah.\n", tmp_path) == []


def test_examples_take_turns_between_documents(course):
    engine = course({
        "a.md": "# A\n\nKerjasama regional adalah kerjasama antara negara dalam satu kawasan.\n\n"
                "Diplomasi adalah cara negara berunding.\n\nSanksi adalah hukuman bagi negara.\n",
        "b.md": "# B\n\nTunagrahita adalah keadaan kecerdasan di bawah rata-rata.\n",
    })
    assert "Apa yang dimaksud dengan tunagrahita?" in engine.examples(2)


def test_a_text_without_examples_shows_no_example_prompt(course):
    from telusur.web.ui import chat_placeholder

    engine = course({"catatan.md": "# Catatan\n\nHari ini hujan turun sejak pagi. Kami menunggu di rumah.\n"})
    assert engine.examples(4) == []
    assert "Contoh pertanyaan" not in chat_placeholder(engine.examples(4))  # once "Contoh pertanyaan:" and nothing
    assert chat_placeholder(["Apa itu hujan?"]).endswith("Contoh pertanyaan:")


@pytest.mark.parametrize("text, broken", [
    # two names joined by "dan" are no term: once "Apa yang dimaksud dengan Australia dan Indonesia?"
    ("# Hubungan\n\nKerjasama antara Australia dan Indonesia terus tumbuh. Wilayah Indonesia berbatasan dengan "
     "Australia di selatan.\n\nAustralia dan Indonesia adalah dua negara yang bertetangga. Negara tetangga adalah "
     "negara yang wilayahnya berbatasan langsung.\n",
     "Apa yang dimaksud dengan Australia dan Indonesia?"),
    # a finding with a superlative is no term: once "Apa yang dimaksud dengan distribusi kepuasan pasien terbesar?"
    ("# Hasil\n\nDistribusi kepuasan pasien terbesar yaitu puas 78 responden. Kepuasan pasien adalah perasaan "
     "senang pasien atas pelayanan.\n", "Apa yang dimaksud dengan distribusi kepuasan pasien terbesar?"),
    # a person whose name opens with an initial: once "Apa yang dimaksud dengan I Wayan suardana?"
    ("# Pendapat Ahli\n\nI Wayan Suardana adalah ahli hukum pidana lingkungan. Korporasi adalah kumpulan orang "
     "dan kekayaan yang terorganisasi.\n", "Apa yang dimaksud dengan I Wayan suardana?"),
])
def test_names_and_findings_are_not_asked_as_terms(text, broken, tmp_path):
    found = examples_of(text, tmp_path)
    assert broken.lower() not in [q.lower() for q in found], found
    assert found, "the text's real term still gives a question"  # "negara tetangga", "kepuasan pasien"
