"""The ranker's features are the same in every process: none may follow the order a set of strings iterates in,
which PYTHONHASHSEED decides (a float sum over a set moved words_top's last bit from process to process, so a fit's
inputs were not what the next process saw)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

TEXTS = {
    "ispa.md": "# ISPA pada balita\n\n## Pengertian\n\nInfeksi saluran pernafasan akut (ISPA) adalah penyakit yang "
               "menyerang saluran pernafasan atas dan bawah pada balita, ditandai batuk, pilek dan demam.\n\n"
               "Penyebab ISPA adalah virus, bakteri dan polusi udara di dalam rumah, misalnya asap rokok, asap dapur "
               "dan ventilasi yang buruk.\n\n## Pencegahan\n\nPencegahan ISPA dilakukan dengan imunisasi lengkap, "
               "gizi seimbang, ASI eksklusif, rumah berventilasi dan menjauhkan balita dari asap rokok.\n",
    "stunting.md": "# Stunting\n\nStunting adalah kondisi gagal tumbuh pada anak balita akibat kekurangan gizi kronis "
                   "terutama pada seribu hari pertama kehidupan.\n\nPencegahan stunting meliputi gizi ibu hamil, ASI "
                   "eksklusif, makanan pendamping bergizi, sanitasi air bersih dan pemantauan tumbuh kembang di "
                   "posyandu.\n",
}
QUESTIONS = [
    "Apa penyebab ISPA pada balita di dalam rumah?",
    "Bagaimana pencegahan ISPA dengan imunisasi, gizi seimbang dan ventilasi rumah?",
    "Apa yang dimaksud dengan stunting pada anak balita akibat kekurangan gizi kronis?",
    "Pencegahan stunting meliputi gizi ibu hamil, ASI eksklusif dan sanitasi air bersih?",
    "Apa tanda ISPA: batuk, pilek, demam pada saluran pernafasan atas dan bawah?",
    "What causes acute respiratory infection in toddlers at home?",
]
# Run in a fresh interpreter: every passage feature row and the question features of each question, as exact hex.
CHILD = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from conftest import STUB_MODEL, HashedWords
from telusur.index import embeddings
encoder = embeddings._ENCODERS[(STUB_MODEL, 1)] = HashedWords()
from telusur.engine import Telusur
from telusur.query.retrieval import Retriever
from telusur.settings import Settings
engine = Telusur(Settings(corpus=Path(sys.argv[2]), index=Path(sys.argv[3]), model=STUB_MODEL))
retriever = Retriever(engine.index, encoder)
out = []
for q in json.loads(sys.argv[4]):
    vector = retriever.query_vector(q)
    found = retriever.candidates(q, vector)
    question, _ = retriever.question_features(q, vector, found, engine.search(q, 3).hits)
    out.append([[float(v).hex() for v in row] for row in (*found.features, question)])
print(json.dumps(out))
"""


def _features(settings, seed: str) -> list:
    import telusur

    source = str(Path(telusur.__file__).resolve().parents[1])  # the telusur this test imports, not another install
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(filter(None, (source, os.environ.get(
        "PYTHONPATH"))))}
    done = subprocess.run([sys.executable, "-c", CHILD, str(Path(__file__).parent), str(settings.corpus),
                           str(settings.index), json.dumps(QUESTIONS)], env=env, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def test_features_do_not_depend_on_the_hash_seed(course):
    settings = course(TEXTS).settings
    first, second = _features(settings, "1"), _features(settings, "2")
    assert len(first) == len(QUESTIONS)
    for question, a, b in zip(QUESTIONS, first, second):
        assert a == b, question
