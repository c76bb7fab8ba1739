import os
import shutil
from pathlib import Path

import pytest

# Nothing in the test session may reach the network (gradio, huggingface).
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
EVAL = Path(__file__).parent / "data" / "eval"


@pytest.fixture(autouse=True)
def _user_data_in_tmp(tmp_path, monkeypatch):
    """No test writes into the user's cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("index")


@pytest.fixture(scope="session")
def settings(index_dir):
    from telusur.settings import Settings

    return Settings(corpus=CORPUS, index=index_dir)


@pytest.fixture(scope="session")
def engine(settings):
    from telusur.engine import Telusur

    return Telusur(settings)


@pytest.fixture
def corpus_copy(tmp_path):
    """A private copy of the default corpus a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def read_jsonl(name):
    import json

    return [json.loads(line) for line in (EVAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]
