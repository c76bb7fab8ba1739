"""Two ranking features over KINDS of passage (fitted in data/ranker.json, issue 15), on tiny texts with the stub
encoder:
- subject_described: an "apa / siapa / apakah nama" question describes what it asks for without naming it, and the
  answer is the subject of a sentence "S adalah P" whose predicate says the question's words (TyDi-id dev's largest
  miss kind: 'siapakah pemimpin terakhir Kerajaan Majapahit?' of "Prabu Brawijaya ... adalah raja terakhir Kerajaan
  Majapahit", below the kingdom's own article);
- heading_names: the passage's own heading (its section's title, its list's lead-in, or the short title line it opens
  with) writes the question's words: a passage headed by the asked term is about it, where a neighbour on the same
  topic writes the term in passing (team set 22: "3. Fase Kritis (Hari 4-7)", "1) Mutawatir")."""

import pytest

from telusur.query.ranker import PASSAGE_FEATURES

COAST = """# Kuliner Pesisir Tanjungsari

## Ikhtisar

Kota Tanjungsari adalah kota pelabuhan di pesisir utara. Kota ini ramai oleh pedagang ikan, dan masakan laut dijual di
setiap sudut pasar Tanjungsari.

## Hidangan

Gulai kepah adalah masakan khas Tanjungsari yang dimasak dengan santan dan kunyit. Hidangan ini disajikan saat pesta
panen dan dimakan bersama nasi hangat.

## Tokoh

Datuk Rambe merupakan penghulu terakhir Kampung Tanjungsari sebelum kampung itu menjadi kota. Ia memimpin selama dua
puluh tahun dan membangun dermaga pertama.
"""


def _feature(retriever, query, name):
    found = retriever.candidates(query, retriever.query_vector(query))
    at = PASSAGE_FEATURES.index(name)
    return {retriever.index.chunks[i].location.section[-1]: row[at] for i, row in zip(found.ids, found.features)}


@pytest.mark.parametrize("question, section", [
    ("Apakah masakan khas Tanjungsari?", "Hidangan"),
    ("Apa nama masakan khas Tanjungsari?", "Hidangan"),
    ("Siapa penghulu terakhir Kampung Tanjungsari?", "Tokoh"),
    ("siapakah penghulu terakhir kampung tanjungsari", "Tokoh"),
])
def test_the_sentence_whose_predicate_the_question_describes_names_the_answer(retriever_of, question, section):
    shares = _feature(retriever_of({"pesisir.md": COAST}), question, "subject_described")
    assert shares[section] > 0.3, shares
    # "Kota Tanjungsari adalah kota pelabuhan ...": the question's word is its subject's, not said of it
    assert shares["Ikhtisar"] < shares[section], shares


@pytest.mark.parametrize("question", [
    "Apa yang dimaksud dengan gulai kepah?",  # a definition: its term is the subject, asked to be described
    "Kapan gulai kepah disajikan?",  # a time
    "Di mana Datuk Rambe memimpin?",  # a place
    "What is the typical dish of Tanjungsari?",  # English: its own columns
])
def test_only_a_question_asking_what_or_who_it_describes(retriever_of, question):
    shares = _feature(retriever_of({"pesisir.md": COAST}), question, "subject_described")
    assert set(shares.values()) == {0.0}, shares


SANAD = """# Ilmu Sanad

## Pengantar

Ringkasan ini membahas sanad bersambung dan sanad terputus, dua jenis sanad menurut jumlah pertemuan perawinya, serta
cara memeriksanya.

## Jenis Sanad Menurut Pertemuan Perawi

### 1) Sanad Bersambung

- Setiap perawi bertemu langsung dengan gurunya.
- Tidak ada perawi yang gugur di tengah jalur.
- Diterima sebagai hujah oleh banyak ulama.

### 2) Sanad Terputus

Semua sanad yang tidak memenuhi syarat sanad bersambung.
- Ada perawi yang gugur di awal, di tengah, atau di akhir jalur.
- Tidak dipakai sebagai hujah tanpa penguat.
"""


def test_the_passage_headed_by_the_asked_term(retriever_of):
    shares = _feature(retriever_of({"sanad.md": SANAD}), "sanad bersambung syaratnya apa", "heading_names")
    assert shares["1) Sanad Bersambung"] > shares["2) Sanad Terputus"], shares
    assert shares["1) Sanad Bersambung"] > shares.get("Pengantar", 0.0), shares


PHASES = """# Penyakit Daun Padi

## Tahap Serangan

Serangan berjalan dalam beberapa tahap yang berurutan, masing-masing dengan tanda yang berbeda pada daun dan batang
tanaman padi di sawah.

1. Tahap Awal (Minggu 1-2)
   - Bercak kecil kekuningan di ujung daun.
   - Daun muda masih tumbuh seperti biasa.
   - Petani jarang melihat tanda ini tanpa memeriksa daun satu per satu di pagi hari.
   - Bercak bertambah setelah hujan dan embun tebal.
2. Tahap Parah (Minggu 3-5)
   - Bercak melebar menjadi luka cokelat memanjang.
   - Batang membusuk dan malai gagal berisi.
   - Panen bisa hilang separuhnya bila tidak ditangani.
   - Spora menyebar ke petak sawah di sebelahnya lewat angin dan air irigasi.

## Penanganan

Petani menyemprot fungisida sejak tahap awal. Selama tahap parah, jerami yang terserang dibakar agar spora tidak
menyebar, dan sawah dikeringkan beberapa hari.
"""


def test_a_short_title_line_opening_the_passage_is_its_heading(retriever_of):
    retriever = retriever_of({"padi.md": PHASES})
    query = "tahap parah penyakit padi bahayanya apa"
    found = retriever.candidates(query, retriever.query_vector(query))
    at = PASSAGE_FEATURES.index("heading_names")
    by_text = {retriever.index.chunks[i].text: row[at] for i, row in zip(found.ids, found.features)}
    headed = [v for t, v in by_text.items() if t.lstrip().startswith(("2. Tahap Parah", "Tahap Parah"))]
    other = [v for t, v in by_text.items() if t.lstrip().startswith("1. Tahap Awal")]
    in_passing = [v for t, v in by_text.items() if t.startswith("Petani menyemprot")]
    assert headed and other and in_passing, list(by_text)
    # the item's own title line, not only the lead-in both items go on under ("Tahap Serangan")
    assert headed[0] > other[0] and headed[0] > in_passing[0], by_text
