"""`telusur serve` of one course watches its corpus with the library's build queue (CorpusWatch): an edited,
added or removed file is built again while the old index answers, and a build made elsewhere is switched to."""

import time

import pytest

from tests.unit.conftest import STUB_MODEL

OLD = "# Koperasi\n\nKoperasi adalah badan usaha yang beranggotakan orang-orang atas asas kekeluargaan.\n"
NEW = "# Koperasi\n\nKoperasi adalah badan usaha milik anggota yang dikelola secara demokratis oleh rapat anggota.\n"


@pytest.fixture
def served(stub_encoder, tmp_path):
    from telusur import CorpusWatch, Settings, Telusur, build

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "koperasi.md").write_text(OLD, encoding="utf-8")
    settings = Settings(corpus=tmp_path / "corpus", index=tmp_path / "index", model=STUB_MODEL)
    build(settings)
    engine = Telusur(settings)
    lines: list[str] = []
    watch = CorpusWatch(engine, every=0.05, log=lines.append).start()
    yield settings, engine, lines
    watch.close()


def _until(check, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def _texts(engine) -> str:
    return " ".join(c.text for c in engine.index.chunks)


def test_an_edited_file_is_built_again_and_answered_from(served):
    settings, engine, lines = served
    assert "kekeluargaan" in _texts(engine)
    (settings.corpus_dir() / "koperasi.md").write_text(NEW, encoding="utf-8")
    assert _until(lambda: "demokratis" in _texts(engine)), lines
    assert "kekeluargaan" not in _texts(engine)
    # logged right after the swap (CorpusWatch._reload), so a test that saw the new texts may be a moment early
    assert _until(lambda: any("indeks baru dimuat" in line for line in lines)), lines


def test_an_added_file_joins_and_a_removed_one_leaves(served):
    settings, engine, lines = served
    added = settings.corpus_dir() / "bumn.md"
    added.write_text("# BUMN\n\nBadan usaha milik negara dimodali oleh pemerintah melalui penyertaan modal.\n",
                     encoding="utf-8")
    assert _until(lambda: "penyertaan modal" in _texts(engine)), lines
    added.unlink()
    assert _until(lambda: "penyertaan modal" not in _texts(engine)), lines


def test_a_build_made_elsewhere_is_switched_to(served):
    from telusur import build

    settings, engine, lines = served
    before = engine.index.folder
    (settings.corpus_dir() / "koperasi.md").write_text(NEW, encoding="utf-8")
    build(settings)  # `telusur build` in another terminal
    assert _until(lambda: engine.index.folder != before), lines
    assert "demokratis" in _texts(engine)
