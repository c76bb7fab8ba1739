"""The fitted ranker: its parameter file, the features of (question, passage) pairs, and how names and rare words
pull the passages that hold them up instead of vetoing an answer (issue 15), on tiny texts with the stub encoder."""

import json

import numpy as np
import pytest

from telusur.query import ranker
from telusur.query.ranker import PASSAGE_FEATURES, QUESTION_FEATURES, is_english, parameters_from

TUNAGRAHITA = """# Tunagrahita

## Pengertian Tunagrahita

Tunagrahita merupakan kondisi anak yang kecerdasannya jauh di bawah rata-rata dan ditandai keterbatasan
intelegensi serta ketidakcakapan dalam interaksi sosial. Istilah tunagrahita dipakai dalam pendidikan luar biasa.

## Pendapat Para Ahli

Tunagrahita menurut Amin (1995:15) adalah sebagai berikut:

"Anak tunagrahita adalah anak yang mempunyai kecerdasan di bawah rata-rata sedemikian rupa sehingga memerlukan
layanan pendidikan khusus."

## Program Bantuan

Program bantuan UNDP untuk sekolah luar biasa menyediakan pelatihan guru dan alat bantu belajar bagi siswa
berkebutuhan khusus di berbagai daerah.

## Klasifikasi

Anak tunagrahita dibagi menjadi tunagrahita ringan, sedang, dan berat menurut tingkat kecerdasannya. Pembagian
ini membantu guru memilih layanan pendidikan yang sesuai.
"""


def test_the_packaged_parameters_load_and_name_only_known_features():
    data = json.loads(ranker.PARAMETERS.read_text(encoding="utf-8"))
    assert data["format"] == ranker.FORMAT and data["version"]
    assert set(data["passage"]) <= set(PASSAGE_FEATURES)
    assert set(data["question"]["weights"]) <= set(QUESTION_FEATURES)
    params = ranker.load_parameters()
    assert params.passage.shape == (len(PASSAGE_FEATURES),) and params.question.shape == (len(QUESTION_FEATURES),)


def test_fitted_weights_point_the_way_the_evidence_does():
    """More similar, more of the question's words, its names present: each never lowers a passage's score; a
    question whose names no passage holds is never more likely covered."""
    params = ranker.load_parameters()
    weight = dict(zip(PASSAGE_FEATURES, params.passage))
    assert weight["dense"] > 0
    assert weight["names_cited"] >= 0 and weight["words"] >= 0
    assert dict(zip(QUESTION_FEATURES, params.question))["names_missing"] <= 0
    assert dict(zip(QUESTION_FEATURES, params.question))["margin"] > 0


def test_evidence_only_ever_pulls_a_passage_up():
    """The evidence features are monotone in the packaged weights (bench/fit_ranker.py bounds them): a passage that is
    more similar, matches more of the question's words or names, or is the list an 'apa saja' question asks for never
    scores lower for it, and one that lacks the question's names never scores higher."""
    weight = dict(zip(PASSAGE_FEATURES, ranker.load_parameters().passage))
    for name in ("dense", "lexical", "place", "words", "names_cited", "expands_acronym", "defines_focus"):
        assert weight[name] >= 0, name
    assert weight["list_enumeration"] > 0  # test_quality's enumeration answer needs the list passage first


def test_a_heading_like_the_question_does_not_outweigh_the_passage_that_answers_it():
    """more/EsterGuru--stunting.html: 'Stunting itu kondisi seperti apa?' is answered under the page's generic heading
    ('Stunting merupakan kondisi …'), while its neighbours sit under headings that repeat the question's subject ('Apa
    Penyebab Stunting?'). Fitted on Markdown whose headings name their passages, the title-and-section similarity
    (place) weighed 0.18 of cosine and such headings won on held-out folders; it is capped at 0.1 (fit_ranker.CAPS):
    a heading 0.1 closer to the question is worth less than 0.015 of the passage's own similarity."""
    params = ranker.load_parameters()
    x = np.zeros((2, len(PASSAGE_FEATURES)))
    for row, (dense, place) in enumerate(((0.900, -0.02), (0.885, 0.08))):
        x[row, PASSAGE_FEATURES.index("dense")] = dense
        x[row, PASSAGE_FEATURES.index("place")] = place
    body, heading = params.score(x)
    assert body > heading


def test_ranking_works_by_topic_reads_the_similarity_bm25_and_place_weights_by_name(course, retriever_of):
    """engine.sources(topic) scores every passage by the dense, lexical and place weights alone (score_all); it read
    them by position, which pointed at other features once the feature list changed (dfa6e09)."""
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    base = {"format": ranker.FORMAT, "version": "t", "question": {"weights": {}, "bias": 0.0}}
    only = lambda name: retriever_of(engine, parameters_from({**base, "passage": {name: 1.0}}))  # noqa: E731
    lexical = only("lexical").score_all("UNDP")
    assert lexical.max() == 1.0 and "UNDP" in engine.index.chunks[int(lexical.argmax())].text
    for name in set(PASSAGE_FEATURES) - {"dense", "lexical", "place"}:
        assert not only(name).score_all("UNDP").any(), name


def test_a_parameter_file_of_another_format_is_refused():
    with pytest.raises(ValueError, match="format"):
        parameters_from({"format": 99, "version": "x", "passage": {}, "question": {"weights": {}, "bias": 0}})


def test_scores_are_the_weighted_sum_and_a_feature_the_file_omits_weighs_nothing():
    params = parameters_from({"format": ranker.FORMAT, "version": "t", "passage": {"dense": 2.0, "lexical": 1.0},
                              "question": {"weights": {"margin": 10.0}, "bias": -1.0}})
    x = np.zeros((2, len(PASSAGE_FEATURES)))
    x[0, PASSAGE_FEATURES.index("dense")] = 0.5
    x[1, PASSAGE_FEATURES.index("lexical")] = 0.5
    x[1, PASSAGE_FEATURES.index("place")] = 1.0  # not in the file: weight 0
    assert list(params.score(x)) == [1.0, 0.5]
    q = np.zeros(len(QUESTION_FEATURES))
    q[QUESTION_FEATURES.index("margin")] = 0.1
    assert params.confidence(q) == pytest.approx(0.5)


@pytest.mark.parametrize("question,english", [
    ("What traits describe a type A personality in this article?", True),
    ("How is the sample of this study chosen?", True),
    ("Apa pengertian tunagrahita menurut Amin?", False),
    ("Apa yang dimaksud dengan OSIS?", False),
])
def test_english_questions_are_told_apart(question, english):
    assert is_english(question) is english


def _found(retriever, query):
    return retriever.candidates(query, retriever.query_vector(query))


def test_a_name_said_in_the_lead_in_counts_for_the_quote_it_introduces(course, retriever_of):
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    found = _found(retriever_of(engine), "Apa pengertian tunagrahita menurut Amin?")
    assert found.names == ("Amin",)
    cited = PASSAGE_FEATURES.index("names_cited")
    holding = [engine.index.chunks[i].text for i, row in zip(found.ids, found.features) if row[cited] == 1.0]
    assert any("Anak tunagrahita adalah" in t for t in holding)
    assert not any("Klasifikasi" in t or "dibagi menjadi" in t for t in holding)


def test_a_named_person_in_the_text_pulls_the_passage_up_and_is_answered(course):
    """'Apa pengertian tunagrahita menurut Amin?' was declined when the passage naming Amin was not in the top
    three: now the name pulls that passage into them and the question is answered."""
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    answer = engine.ask("Apa pengertian tunagrahita menurut Amin?", k=3)
    assert not answer.abstained
    assert any("Amin" in p.text or "Anak tunagrahita adalah" in p.text for p in answer.passages)


@pytest.mark.xfail(strict=True, reason="issue 15, open on this hand-made text: a name the passage cites (names_cited) "
                   "now weighs about 0.02 cosine, which puts Amin's quote first in the real wahyu243--tunagrahita.md, "
                   "but with the stub encoder the general definition under 'Pengertian Tunagrahita' is ahead by more")
def test_the_passage_naming_the_person_asked_about_ranks_first(course):
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    assert "Amin" in engine.search("Apa pengertian tunagrahita menurut Amin?", 3).hits[0].chunk.text


def test_an_acronym_the_text_uses_does_not_decline(course):
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    answer = engine.ask("Apa program bantuan UNDP untuk sekolah luar biasa?", k=5)
    assert not answer.abstained
    assert "UNDP" in answer.passages[0].text


def test_a_name_the_text_never_mentions_lowers_the_confidence(course):
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    present = engine.search("Apa pengertian tunagrahita menurut Amin?", 3)
    absent = engine.search("Apa pengertian tunagrahita menurut Piaget?", 3)
    assert "Piaget" in absent.unknown_names and "Amin" not in present.unknown_names
    assert absent.confidence < present.confidence


def test_a_name_no_passage_of_the_text_spells_declines_the_question(course):
    """'Apa tujuan PBB …?' of a text that never writes PBB: the subject is not in this text, however close the topic
    (the default corpus's out-of-scope dev set). A name the text does write never declines by this rule."""
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    assert engine.ask("Apa pengertian tunagrahita menurut Piaget?").abstained
    assert engine.ask("Bagaimana klasifikasi tunagrahita menurut WHO?").abstained
    assert not engine.ask("Apa program bantuan UNDP untuk sekolah luar biasa?").abstained


def test_an_english_question_is_not_taken_for_markup(course, question_features):
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    q = question_features(engine, "What is the classification of tunagrahita children?")
    assert q["english"] == 1.0
    assert q["not_language"] == 0.0


def test_the_english_words_of_an_english_question_are_not_absent_words(course, retriever_of, question_features):
    """An Indonesian text never uses "whom" or "sent": their absence says nothing about whether it covers an English
    question. An Indonesian word of the question the text never uses ("gerhana") still counts."""
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    retriever = retriever_of(engine)
    assert retriever.absent_words("To whom are tunagrahita children sent for special schooling?", english=True) == ()
    assert question_features(engine, "To whom are tunagrahita children sent for special schooling?")["absent_words"] == 0
    assert "gerhana" in retriever.absent_words("Why do tunagrahita children fear a gerhana?", english=True)
    assert question_features(engine, "Why do tunagrahita children fear a gerhana?")["absent_words"] == 1
    assert "inflasi" in retriever.absent_words("Apa penyebab inflasi pada anak tunagrahita?")


def _sure():
    """The ranker's weights for a retriever whose fitted confidence is always near 1, so only the vetoes decline."""
    return parameters_from({"format": ranker.FORMAT, "version": "t", "passage": {"dense": 1.0},
                            "question": {"weights": {}, "bias": 10.0}})


def test_a_name_an_english_question_gives_in_english_form_does_not_veto_it(course, retriever_of, question_features):
    """"Ezekiel" in an English question over a text that writes "Yehezkiel", "Civil Code" for "KUH Perdata": an
    English name the Indonesian text does not spell is not a sign that its subject is elsewhere. In an Indonesian
    question it still is."""
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    sure = retriever_of(engine, _sure())
    english = "What did Ezekiel say about tunagrahita children?"
    assert sure.search(english, 3).confidence > 0.5
    assert question_features(engine, english)["names_missing"] == 0
    assert sure.search("Apa kata Piaget tentang anak tunagrahita?", 3).confidence == 0.0


OLD_SPELLINGS = """# Kewirausahaan

## Pengertian Wirausaha

Menurut Zimmerer dan Scrbrough, wirausahawan adalah orang yang menciptakan bisnis baru dengan mengambil risiko
dan ketidakpastian demi mencapai keuntungan.

## Jaminan

Menurut Soebekti, jaminan perseorangan adalah perjanjian antara kreditur dengan orang ketiga yang menjamin
dipenuhinya kewajiban debitur.

## Modal

Modal usaha kecil biasanya berasal dari tabungan pribadi dan pinjaman keluarga.
"""


def test_a_name_the_text_writes_with_other_vowels_is_the_same_name(course, retriever_of):
    """The text writes "Scrbrough" (a typo, two letters short) or "Soebekti" (the old spelling of "Subekti"): a
    student asking with the usual spelling was declined as if the author were absent. The same consonants in the
    same order, from the same first letter, are the same name; other consonants still decline."""
    engine = course({"ejaan.md": OLD_SPELLINGS})
    sure = retriever_of(engine, _sure())
    assert sure.search("Menurut Zimmerer dan Scarborough, wirausahawan itu siapa?", 3).confidence > 0.5
    assert sure.search("Apa itu jaminan perseorangan menurut Subekti?", 3).confidence > 0.5
    assert "Soebekti" in engine.search("Apa itu jaminan perseorangan menurut Subekti?", 3).hits[0].chunk.text
    assert sure.search("Menurut Zimmerer dan Scarlett, wirausahawan itu siapa?", 3).confidence == 0.0
    assert sure.search("Apa kata Piaget tentang modal usaha?", 3).confidence == 0.0


STRES = """# Iklim Organisasi dan Stres Kerja

## Abstract

The research examines how the traits of a type A personality and the organizational climate describe the job
stress of the employees of a clinic, and it was conducted with a survey of all the employees.

## Tipe Kepribadian

Ciri-ciri orang yang memiliki tipe kepribadian A (type A personality) adalah selalu bergerak dan berjalan cepat, tidak sabar, dan
mengerjakan dua hal sekaligus. Orang dengan kepribadian ini mudah mengalami stres kerja.

## Iklim Organisasi

Iklim organisasi adalah suasana kerja yang dirasakan karyawan di tempat kerjanya dan memengaruhi perilaku mereka.
"""


def test_a_passage_in_english_is_marked_as_such_for_an_english_question_only(course, retriever_of):
    """An English abstract in an Indonesian thesis shares an English question's words and language, not its answer:
    the ranker sees how English each passage is (english_passage), for English questions only."""
    engine = course({"stres.md": STRES})
    at = PASSAGE_FEATURES.index("english_passage")
    for query, english in (("What traits describe a type A personality?", True),
                           ("Apa ciri-ciri tipe kepribadian A?", False)):
        found = _found(retriever_of(engine), query)
        share = {engine.index.chunks[i].text[:20]: row[at] for i, row in zip(found.ids, found.features)}
        abstract = next(v for k, v in share.items() if k.startswith("The research"))
        assert bool(abstract > 0.8) == english
        assert all(v == 0 for k, v in share.items() if not k.startswith("The research"))


def test_the_packaged_weights_rank_an_english_abstract_below_the_indonesian_answer(course):
    engine = course({"stres.md": STRES})
    assert engine.search("What traits describe a type A personality?", 3).hits[0].chunk.text.startswith("Ciri-ciri")


def test_a_name_cited_as_the_source_counts_apart_from_a_name_merely_mentioned(course, retriever_of):
    """'menurut Amin': the passage citing Amin (1995:15) as its source has names_cited 1; a passage that only mentions
    a Pak Amin has the name but does not cite him."""
    text = TUNAGRAHITA + "\n## Sekolah\n\nSekolah luar biasa di desa itu dipimpin Pak Amin, yang sudah lama mengajar " \
                         "anak tunagrahita membaca dan menulis.\n"
    engine = course({"tunagrahita.md": text})
    found = _found(retriever_of(engine), "Apa pengertian tunagrahita menurut Amin?")
    cited = PASSAGE_FEATURES.index("names_cited")
    rows = {engine.index.chunks[i].text: row for i, row in zip(found.ids, found.features)}
    citing = next(row for t, row in rows.items() if "Amin (1995:15)" in t)
    mentioning = next(row for t, row in rows.items() if "Pak Amin" in t)
    assert citing[cited] == 1.0
    assert mentioning[cited] == 0.0
    assert all(row[cited] == 0 for t, row in rows.items() if "Amin" not in t)


WIRAUSAHA = """# Kewirausahaan

## Pengertian

Kewirausahaan merupakan gabungan kreativitas, inovasi dan keberanian menghadapi risiko (Suryana, 2014). Nilai-nilai
kewirausahaan menurut Suryana (2014) meliputi kepemimpinan, keorisinalan dan orientasi pada hasil.

## Peran Wirausaha

Kewirausahaan mengkaji semangat kreatif dan keberanian menanggung risiko (Fahmi, 2014). Peran dari seorang wirausaha
menurut Suryana memiliki dua peran yaitu sebagai penemu dan sebagai perencana.

## Toko

Toko perlengkapan sekolah di pasar itu dibuka Pak Suryana bersama dua anaknya pada tahun lalu.
"""


def test_a_source_named_without_a_year_counts_as_cited(course, retriever_of):
    """novanabs--kewirausahaan.txt: 'Peran dari seorang wirausaha menurut Suryana memiliki dua peran …' names its
    source in the running text, with no year, in a passage whose only parenthesis cites Fahmi (2014); the list after
    'menurut Suryana (2014)' cited him in every piece and ranked first for 'Apa dua peran seorang wirausaha menurut
    Suryana?' (held out by source). 'menurut Y', 'pendapat Y', 'dikemukakan oleh Y' now cite Y; a Pak Suryana
    opening a shop does not."""
    engine = course({"wirausaha.md": WIRAUSAHA})
    found = _found(retriever_of(engine), "Apa dua peran seorang wirausaha menurut Suryana?")
    cited = PASSAGE_FEATURES.index("names_cited")
    rows = {engine.index.chunks[i].text: row[cited] for i, row in zip(found.ids, found.features)}
    assert next(v for t, v in rows.items() if "dua peran" in t) == 1.0
    assert next(v for t, v in rows.items() if "(Suryana, 2014)" in t) == 1.0
    assert next(v for t, v in rows.items() if "Pak Suryana" in t) == 0.0


KERJASAMA = """# Kerjasama

## Pengertian

“Kerjasama merupakan suatu usaha antara orang perorangan atau kelompok manusia untuk mencapai tujuan bersama”
(Soekanto, 1990: 72).

## Penguatan

Selain itu, Soerdjono Soekanto mengenai kerjasama: “Suatu kerjasama akan bertambah kuat apabila ada bahaya dari luar
yang menyinggung kesetiaan kelompok” (1990: 80).

## Kelompok

Kelompok belajar di desa itu dipimpin Pak Soerdjono, yang mengajak warga bekerja sama membersihkan saluran.
"""


def test_a_person_named_in_full_is_cited_by_the_surname_alone(course, retriever_of):
    """The default corpus: 'Apa definisi kerjasama menurut Soerjono Soekanto?' is answered by "Kerjasama merupakan ..."
    (Soekanto, 1990: 72), whose citation names the person by the surname alone, as citations do; a passage quoting
    "Soerdjono Soekanto mengenai kerjasama" held the first name too and ranked first but for 0.05 of score. A passage
    citing the surname cites the person the question names in full: names_cited 1, and the given name counts among
    the question's words it holds (words) and its sentence naming the surname holds (sentence_words); a Pak
    Soerdjono named in passing cites no one."""
    engine = course({"kerjasama.md": KERJASAMA})
    found = _found(retriever_of(engine), "Apa definisi kerjasama menurut Soerjono Soekanto?")
    cited, words = PASSAGE_FEATURES.index("names_cited"), PASSAGE_FEATURES.index("words")
    rows = {engine.index.chunks[i].text: row for i, row in zip(found.ids, found.features)}
    defining = next(row for t, row in rows.items() if "(Soekanto, 1990: 72)" in t)
    quoting = next(row for t, row in rows.items() if "Soerdjono Soekanto mengenai" in t)
    passing = next(row for t, row in rows.items() if "Pak Soerdjono" in t)
    assert defining[cited] == 1.0
    assert defining[words] == pytest.approx(quoting[words])
    sentence = PASSAGE_FEATURES.index("sentence_words")  # and so does its sentence naming the surname
    assert defining[sentence] == pytest.approx(quoting[sentence])
    assert passing[cited] == 0.0 and passing[words] < defining[words]


def test_the_surname_of_a_person_named_in_a_question_is_the_citations():
    """The surname a citation gives a person the question names in full (citations.names.surname): the last name,
    past initials and with a family name's particle ("Teun A. van Dijk" is cited "van Dijk"); an acronym and a name
    opening the question are no person's given name here (_names)."""
    from telusur.query.retrieval import _surnames

    assert _surnames("Apa definisi kerjasama menurut Soerjono Soekanto?") == {"Soerjono": ("Soekanto",)}
    assert _surnames("Menurut Kenneth R. Andrews strategi itu apa?") == {"Kenneth": ("Andrews",)}
    assert _surnames("Apa pendapat Teun A. van Dijk tentang wacana?") == {"Teun": ("Dijk",)}
    assert _surnames("Apa peran UNDP Indonesia?") == {}


def test_a_name_in_the_old_spelling_is_the_same_name(course, retriever_of):
    """Indonesian names keep the old spellings' letters ("dj" for "j", "tj" for "c", "oe" for "u", "j" for "y", "ch"
    for "kh") in any mix: a question's "Surjono" is the text's "Soerdjono" (two letters apart, so no typo of it), and
    "Tjokroaminoto" is "Cokroaminoto"."""
    from telusur.query.retrieval import _spelled_alike

    assert _spelled_alike("surjono", {"soerdjono"}) and _spelled_alike("suryono", {"soerdjono"})
    assert _spelled_alike("cokroaminoto", {"tjokroaminoto"}) and _spelled_alike("khairil", {"chairil"})
    assert not _spelled_alike("sutrisno", {"soerdjono"})
    engine = course({"kerjasama.md": KERJASAMA})
    retriever = retriever_of(engine)
    assert "soerdjono" in retriever._name_forms("Apa definisi kerjasama menurut Surjono Soekanto?")["Surjono"]


ISPA = """# ISPA

## Penyebab

ISPA disebabkan oleh virus atau bakteri. ISPA menular lewat percikan ludah, dan ISPA paling sering menyerang balita
yang daya tahan tubuhnya lemah. Anak dengan ISPA perlu banyak istirahat.

## Pengertian

ISPA (Infeksi Saluran Pernafasan Akut) adalah penyakit pada saluran pernapasan bagian atas atau bawah.

## Pencegahan

Pencegahan ISPA dilakukan dengan mencuci tangan, memakai masker dan menjauhi asap rokok (Silviana, 2014).
"""


def test_an_acronym_question_pulls_the_passage_that_spells_it_out(course, retriever_of):
    """'Apa kepanjangan ISPA …?': the passage saying "ISPA (Infeksi Saluran Pernafasan Akut)" answers it, not the one
    repeating ISPA most often (expands_acronym, a fitted weight)."""
    engine = course({"ispa.md": ISPA})
    found = _found(retriever_of(engine), "Apa kepanjangan ISPA?")
    at = PASSAGE_FEATURES.index("expands_acronym")
    marked = [engine.index.chunks[i].text for i, row in zip(found.ids, found.features) if row[at] == 1.0]
    assert len(marked) == 1 and marked[0].startswith("ISPA (Infeksi")
    assert dict(zip(PASSAGE_FEATURES, ranker.load_parameters().passage))["expands_acronym"] > 0


KNOWN = """
import json, sys
from telusur.query import ranker
words = [w for w in ("gerhana", "whom", "safekeeping", "aurora") if ranker.indonesian_word(w)]
print(json.dumps([words, "Sastrawi.Stemmer.StemmerFactory" in sys.modules]))
"""


def test_an_english_questions_words_are_looked_up_in_sastrawi_once(tmp_path):
    """Telling an English question's Indonesian words from its English ones needs Sastrawi's dictionary; the answers
    are kept in the user's cache folder, so the next process (a warm `telusur ask`) loads no Sastrawi for them."""
    import json
    import os
    import subprocess
    import sys

    def run():
        out = subprocess.run([sys.executable, "-c", KNOWN], env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)},
                             capture_output=True, text=True, check=True)
        return json.loads(out.stdout)

    assert run() == [["gerhana", "aurora"], True]
    assert run() == [["gerhana", "aurora"], False]


@pytest.mark.parametrize("question, focus", [
    ("Apa yang dimaksud dengan daerah otonom?", "daerah otonom"),
    ("Apakah yang dimaksud dengan demografi ?", "demografi"),
    ("Apa definisi kerjasama menurut Soerjono Soekanto?", "kerjasama"),
    ("Apa pengertian tunagrahita menurut Amin?", "tunagrahita"),
    ("Menurut Hutahaean, sistem itu apa?", "sistem"),
    ("Jelaskan pengertian dari sistem informasi", "sistem informasi"),
    ("Apa itu OSIS?", "OSIS"),
    ("Pemantauan atau monitoring itu maksudnya apa?", "Pemantauan atau monitoring"),
    ("Slacktivism itu artinya apa?", "Slacktivism"),
    ("Apa yang dimaksud penulis dengan structural escape velocity?", "structural escape velocity"),
    ("Apa yang dimaksud oleh Giddens dengan dualitas struktur?", "dualitas struktur"),
    # a term of five words after the noun saying what kind of thing it is (team set 4): the noun is not counted
    ("Asas lex specialis derogat legi generalis artinya apa?", "Asas lex specialis derogat legi generalis"),
    ("Penjelasan guru tentang tugas rumah minggu lalu itu apa?", None),
    ("Apa fungsi OSIS?", None),
    ("Apa saja bentuk kerjasama internasional?", None),
    ("Siapa presiden Indonesia pertama?", None),
])
def test_the_term_a_definition_question_asks_about_is_found(question, focus):
    assert ranker.definition_focus(question) == focus


def test_only_a_sentence_defining_the_term_itself_marks_a_passage():
    """'X adalah' with X itself at the start of a clause defines X; 'Sistem informasi adalah' defines another term,
    'Spesies ini adalah' / 'Banyak spesies adalah' / 'bonus demografi yakni' none."""
    defines = ranker.defines
    assert defines("Menurut Hutahaean (2015:2), sistem adalah suatu jaringan kerja dari prosedur-prosedur.", "sistem")
    assert defines("Spesies atau jenis adalah suatu takson yang dipakai dalam taksonomi.", "spesies")
    assert defines("Daerah swantantra atau daerah otonom adalah daerah yang memiliki kekuasaan otonom.", "daerah otonom")
    assert defines("Yang dimaksud dengan demografi (demography) ialah ilmu tentang kependudukan.", "demografi")
    assert not defines("Hutahaean (2015:13) mengemukakan bahwa: Sistem informasi adalah suatu sistem di dalam "
                       "organisasi.", "sistem")
    assert not defines("Banyak spesies adalah plankton, tetapi banyak juga spesies benthos.", "spesies")
    assert not defines("Maradapan sedang mengalami bonus demografi yakni jumlah penduduk usia produktif lebih banyak.",
                       "demografi")


def test_a_definition_said_with_dapat_diartikan_or_of_either_name_of_the_term_defines_it():
    """'Monitoring dapat diartikan sebagai ...' defines monitoring; asked 'Pemantauan atau monitoring itu maksudnya
    apa?', a definition of either name answers it (on the team set the passage ranked second behind a heading's)."""
    defines = ranker.defines
    assert defines("Pengertian Monitoring dapat diartikan sebagai bagian dari pengumpulan informasi.", "monitoring")
    assert defines("Sistem bisa juga didefinisikan sebagai kumpulan elemen.", "sistem")
    assert defines("Pengertian Monitoring dapat diartikan sebagai bagian dari pengumpulan informasi.",
                   "pemantauan atau monitoring")
    assert not defines("Data monitoring dapat diartikan dengan cara lain.", "monitoring")
    assert not defines("Hasil pemantauan dapat dipakai untuk evaluasi.", "pemantauan atau monitoring")


def test_a_term_defined_after_the_name_of_its_author_is_defined():
    """'Pengertian sistem menurut Jogianto adalah ...', 'Sistem menurut L. Ackof (1999), merupakan ...': the author
    between the term and "adalah" still defines the term (a list of experts' definitions writes every item so);
    'Sistem informasi menurut Jogianto adalah' still defines another term."""
    defines = ranker.defines
    assert defines("23. Pengertian sistem menurut Jogianto adalah sekumpulan elemen yang saling berinteraksi.", "sistem")
    assert defines("Sistem menurut L. Ackof (1999), merupakan kesatuan yang terdiri atas komponen.", "sistem")
    assert defines("Pengertian sistem menurut Djekky R.Djoht adalah pengelompokkan objek-objek.", "sistem")
    assert not defines("Sistem informasi menurut Jogianto adalah sistem yang menyediakan laporan.", "sistem")
    assert not defines("Sistem itu menurut saya rumit; adalah wajar bila siswa bingung.", "sistem")



def test_a_term_defined_after_its_author_is_defined():
    """'Menurut Kenneth R. Andrews strategi adalah ...', 'Menurut Sibero (2014:14) web adalah ...', 'J. Salusu
    menyatakan strategi adalah ...': the author before the term, with no comma between, as skripsi write an expert's
    definition (on team set 2 'Menurut Kenneth R. Andrews, strategi itu apa?' ranked Salusu's definition first).
    Names are capitalised: 'menurut para ahli sistem adalah' names no author, and the term must still open its phrase."""
    defines = ranker.defines
    assert defines("Menurut Kenneth R. Andrews strategi adalah suatu pola keputusan dalam perusahaan.", "strategi")
    assert defines("Menurut Sibero (2014:14) web adalah suatu sistem yang berkaitan dengan dokumen.", "web")
    assert defines("Pendapat lain, menurut Amin (1995:15) anak tunagrahita adalah anak yang lamban.", "anak tunagrahita")
    assert defines("Menurut Robbins dan Judge (2009) stres adalah kondisi dinamis.", "stres")
    assert defines("J. Salusu menyatakan strategi adalah suatu seni mencapai sasaran.", "strategi")
    assert not defines("Menurut Kotler (2009) strategi pemasaran adalah logika pemasaran.", "pemasaran")
    assert not defines("Hal ini menurut para ahli sistem adalah hal yang rumit.", "sistem")
    assert not defines("Menurut Kotler (2009) sistem informasi adalah alat.", "informasi")
EXPERTS = """# Landasan Teori

## Konsep Dasar Sistem

Secara umum, sistem adalah kumpulan unsur yang saling berhubungan untuk mencapai suatu tujuan bersama.

## Pengertian Sistem Menurut Para Ahli

1. Pengertian sistem menurut Pamudji adalah suatu keseluruhan dan kebulatan yang kompleks atau tersusun rapi.
2. Pengertian sistem menurut Prajudi adalah suatu jaringan yang memiliki prosedur-prosedur yang terkait.

Ada pula pendapat lain tentang sistem.

3. Pengertian sistem menurut Gordon B. Davis adalah sebuah struktur yang terdiri dari bagian-bagian yang berkaitan.
4. Pengertian sistem menurut Jogianto adalah sekumpulan elemen-elemen yang saling berinteraksi untuk menggapai
tujuan tertentu.

## Sistem Informasi

Sistem informasi adalah kombinasi dari orang-orang, fasilitas, teknologi, dan prosedur untuk memberi informasi.
"""


def test_a_definition_question_naming_its_author_finds_that_authors_definition(course, retriever_of):
    """'Menurut Jogianto, sistem itu apa?' of a list of experts' definitions ('Pengertian sistem menurut X adalah'):
    on the team set the passage with Jogianto's was fourth, behind passages with a definition that happened to read
    'sistem adalah' (defines_focus, a large fitted weight); every item defines the term, so the name asked about
    decides."""
    engine = course({"ahli.md": EXPERTS})
    found = _found(retriever_of(engine), "Menurut Jogianto, sistem itu apa?")
    at = PASSAGE_FEATURES.index("defines_focus")
    marked = [engine.index.chunks[i].text for i, row in zip(found.ids, found.features) if row[at] == 1.0]
    assert any("menurut Jogianto adalah" in text for text in marked)
    assert not any(text.startswith("Sistem informasi adalah") for text in marked)
    assert "Jogianto" in engine.search("Menurut Jogianto, sistem itu apa?", 3).hits[0].chunk.text


SISTEM = """# Landasan Teori

## Sistem Informasi

Hutahaean (2015:13) mengemukakan bahwa sistem informasi adalah suatu sistem di dalam organisasi yang mempertemukan
kebutuhan pengolahan transaksi harian dan menyediakan laporan sistem bagi pihak luar.

## Konsep Dasar Sistem

Pemahaman konsep dasar sistem memerlukan beberapa pendekatan. Menurut Hutahaean (2015:2), sistem adalah suatu
jaringan kerja dari prosedur-prosedur yang saling berhubungan untuk melakukan kegiatan bersama.
"""


def test_a_definition_question_marks_the_passage_defining_its_term(course, retriever_of):
    """'Menurut Hutahaean, sistem itu apa?': both passages cite Hutahaean and use "sistem"; only the one saying
    "sistem adalah" defines the term asked about (defines_focus, a fitted weight), not "sistem informasi adalah".
    Which of the two then ranks first here is not the rule's: under the stub encoder the other passage is 6.6 ahead
    on dense ('sistem' three times), so it turned on the fitted weight's size (first only while defines_focus > 6.6;
    a refit gave 5.49, 2026-12-06). The ranking the mark means is tested on twins below."""
    engine = course({"sistem.md": SISTEM})
    found = _found(retriever_of(engine), "Menurut Hutahaean, sistem itu apa?")
    at = PASSAGE_FEATURES.index("defines_focus")
    marked = [engine.index.chunks[i].text for i, row in zip(found.ids, found.features) if row[at] == 1.0]
    assert len(marked) == 1 and "sistem adalah suatu" in marked[0]
    assert dict(zip(PASSAGE_FEATURES, ranker.load_parameters().passage))["defines_focus"] > 0


SISTEM_TWINS = """# Landasan Teori

## Bagian Pertama

Menurut Hutahaean (2015:13), sistem informasi adalah suatu jaringan kerja dari prosedur yang saling berhubungan.

## Bagian Kedua

Menurut Hutahaean (2015:13), sistem adalah suatu jaringan kerja informasi dari prosedur yang saling berhubungan.
"""


def test_of_two_passages_alike_but_for_the_definition_the_one_defining_the_term_asked_ranks_first(course, retriever_of):
    """The same words in the same number, under headings the question does not share: every feature of the two
    passages is equal but defines_focus, so the passage saying "sistem adalah" ranks above "sistem informasi adalah"
    (first in the text: the tie would go to it) for any weights that keep the mark positive, whatever a refit fits."""
    engine = course({"sistem.md": SISTEM_TWINS})
    question = "Menurut Hutahaean, sistem itu apa?"
    found = _found(retriever_of(engine), question)
    rows = {engine.index.chunks[i].text.split(",")[1].split(" adalah")[0].strip(): row
            for i, row in zip(found.ids, found.features)}
    at = PASSAGE_FEATURES.index("defines_focus")
    term, other = rows["sistem"], rows["sistem informasi"]
    assert (term[at], other[at]) == (1.0, 0.0)
    assert np.array_equal(np.delete(term, at), np.delete(other, at))  # the twins: nothing else tells them apart
    assert engine.search(question, 3).hits[0].chunk.text.startswith("Menurut Hutahaean (2015:13), sistem adalah")


RASIO = """# Rasio Profitabilitas

## Jenis Rasio

Jenis-jenis rasio profitabilitas yang dapat digunakan adalah sebagai berikut:
1. Margin laba, yaitu laba bersih dibagi penjualan bersih.
2. Pengembalian atas aset, yaitu laba bersih dibagi total aset.

## Rumus

Laba bersih perusahaan dihitung setelah bunga dan pajak. Rumus rasio ini memakai laba bersih tahunan perusahaan.
"""


@pytest.mark.parametrize("query", ["Apa saja jenis rasio profitabilitas?",
                                   "Rasio apa saja yang termasuk jenis rasio profitabilitas?"])
def test_an_enumeration_question_marks_list_passages_wherever_it_says_apa_saja(course, retriever_of, query):
    engine = course({"rasio.md": RASIO})
    at = PASSAGE_FEATURES.index("list_enumeration")
    found = _found(retriever_of(engine), query)
    marked = {engine.index.chunks[i].text[:10] for i, row in zip(found.ids, found.features) if row[at]}
    assert marked == {"Jenis-jeni"}


BEBAN = """# Kewirausahaan

## Beban Studi

14 JP x @ 50 menit = 700 menit

## Capaian Pembelajaran

Mahasiswa mampu merancang produk dan jasa kewirausahaan serta memasarkannya kepada wisatawan.
"""


def test_a_short_line_stating_an_equation_is_a_passage_not_a_title(course):
    # short and without end punctuation, like a title; but no title writes "= 700 menit"
    hits = course({"beban.md": BEBAN}).search("Berapa lama total waktu belajar kewirausahaan dalam menit?", 3).hits
    assert any(h.chunk.text.startswith("14 JP x @ 50 menit = 700 menit") for h in hits), [h.chunk.text for h in hits]


PEMASARAN = """# Strategi Pemasaran

## Pengertian Pemasaran

Pemasaran adalah proses sosial dan manajerial untuk memenuhi kebutuhan pelanggan melalui pertukaran nilai.

## Bauran Pemasaran

Bauran pemasaran terdiri atas produk, harga, tempat dan promosi yang dipadukan perusahaan.

## Manfaat Pemasaran

Manfaat pemasaran digital adalah jangkauan pelanggan yang luas dengan biaya yang rendah.
"""


@pytest.mark.parametrize("question, absent", [
    ("Apa yang dimaksud dengan pemasaran afiliasi?", True),  # "afiliasi": nowhere
    ("Apa yang dimaksud dengan bauran digital?", True),  # both words written, never in one passage
    ("Apa yang dimaksud dengan bauran pemasaran?", False),
    ("Apa pengertian pemasaran?", False),
    ("Apa kegunaan pemasaran digital?", False),  # not a definition question
    ("Apa itu kegunaan pemasaran digital?", False),  # "kegunaan": the text writes "manfaat" (synonyms)
    ("Apa yang dimaksud dengan strategi bauran harga tempat promosi?", False),  # a "term" this long says nothing
    ("definisi pemasaran yang paling singkat apa?", False),  # the term is "pemasaran" (test_definition_term.py)
    ("definisi pemasaran afiliasi yang paling singkat apa?", True),
])
def test_a_definition_question_whose_term_no_passage_writes_whole_is_marked(course, retriever_of, question, absent,
                                                                            question_features):
    """Asked to define a term the text never writes, it does not cover the question, however close its topic: the
    nearest passage ("Pemasaran adalah ...") answers another question. Each word of the term in one passage (or
    another word of its group) is the term written; a longer "term" is most of the question and says nothing."""
    engine = course({"pemasaran.md": PEMASARAN})
    assert retriever_of(engine).focus_absent(question) is absent
    assert question_features(engine, question)["focus_absent"] == float(absent)


def test_a_noun_spelled_like_a_verb_form_still_counts_as_absent(course, retriever_of):
    """"disleksia", "diare", "diagnosa" start as a di- verb does, but no prefix comes off them: a noun the text never
    uses is still the question's subject elsewhere. A real verb form ("diberikan", "mengalami") is not."""
    engine = course({"tunagrahita.md": TUNAGRAHITA})
    retriever = retriever_of(engine)
    assert retriever.absent_words("Apa ciri anak tunagrahita yang mengalami disleksia?") == ("disleksia",)
    assert "diare" in retriever.absent_words("Apa penyebab diare pada anak tunagrahita?")
    assert retriever.absent_words("Layanan apa yang diberikan kepada anak tunagrahita?") == ()
