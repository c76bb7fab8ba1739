"""One embedding cache for many index folders: a library's collections share one, so a document in two courses, or a
rebuilt index, goes through the encoder once; builds may write it at once; a collection copied alone still answers."""

import shutil
import sqlite3
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from .conftest import STUB_MODEL

SHARED_TEXT = ("# Kerja sama internasional\n\nKerja sama internasional adalah hubungan antarnegara untuk mencapai "
               "tujuan bersama.\n\nMotifnya ekonomi, politik dan keamanan.\n")
OWN_TEXT = "# Pemilu\n\nAsas pemilu di Indonesia adalah langsung, umum, bebas, rahasia, jujur dan adil.\n"


def two_courses(root, shared_text: str = SHARED_TEXT):
    """A library at root of two courses sharing one document ("b" has one more), with the stub encoder."""
    from telusur.library import Library
    from telusur.settings import Settings

    for name, texts in (("a", {"hi.md": shared_text}), ("b", {"hi.md": shared_text, "pemilu.md": OWN_TEXT})):
        (root / name).mkdir(parents=True)
        for file, text in texts.items():
            (root / name / file).write_text(text, encoding="utf-8")
    return Library(root, Settings(model=STUB_MODEL))


@pytest.fixture
def library(tmp_path, stub_encoder):
    """A library of two courses sharing one document ("b" has one more), built with the stub encoder."""
    return two_courses(tmp_path / "pustaka")


def test_a_document_in_two_collections_is_encoded_once(library, tmp_path):
    from telusur.index import build_index

    first = build_index(library.settings_for("a"))
    second = build_index(library.settings_for("b"))
    alone = build_index(library.settings_for("b").with_(index=tmp_path / "alone", embedding_cache=None))  # unshared
    assert first.encoded > 0 and second.encoded == alone.encoded - first.encoded > 0  # only pemilu.md's texts
    assert build_index(library.settings_for("a"), force=True).encoded == 0  # a rebuild encodes nothing
    assert [p.name for p in (library.root / ".telusur" / "cache").glob("*.sqlite")] != []
    assert not (library.collection("a").index_dir / "cache").exists()


def test_the_library_cache_can_be_put_elsewhere(library, tmp_path, monkeypatch):
    from telusur.library import Library
    from telusur.settings import Settings

    monkeypatch.setenv("TELUSUR_EMBEDDING_CACHE", str(tmp_path / "vektor"))
    elsewhere = Library(library.root, Settings.from_env(model=STUB_MODEL))
    assert elsewhere.settings_for("a").embedding_cache_dir() == tmp_path / "vektor"


def test_an_index_that_had_its_own_cache_encodes_nothing_again_when_it_shares_one(library, tmp_path):
    """A collection built before collections shared a cache: its own vectors are read, and copied over once."""
    from telusur.index import build_index

    own = library.settings_for("b").with_(embedding_cache=None)
    assert build_index(own).encoded > 0 and (own.index_dir() / "cache").is_dir()
    shared = own.with_(embedding_cache=tmp_path / "shared")
    assert build_index(shared, force=True).encoded == 0
    shutil.rmtree(own.index_dir() / "cache")
    assert build_index(shared, force=True).encoded == 0  # copied into the shared cache on the way


def test_an_index_reads_its_own_vectors_first_and_lends_the_others_the_rest(tmp_path):
    """A text encoded in two folders can differ in its last bits: a folder rebuilt keeps its own, its records do not
    move; what the shared cache lacks is copied there, what it has is left as it is."""
    from telusur.index.vector_cache import EmbeddingCache

    own, shared = EmbeddingCache(tmp_path / "own", "model"), EmbeddingCache(tmp_path / "shared", "model")
    own.put_many({"same": np.full(4, 1.0, np.float32), "mine": np.full(4, 2.0, np.float32)})
    shared.put_many({"same": np.full(4, 1.0000001, np.float32)})
    layered = EmbeddingCache(tmp_path / "shared", "model", own=tmp_path / "own")
    assert {k: v[0] for k, v in layered.get_many(["same", "mine", "new"]).items()} == {"same": 1.0, "mine": 2.0}
    assert {k: v[0] for k, v in shared.get_many(["same", "mine"]).items()} == {"same": np.float32(1.0000001),
                                                                               "mine": 2.0}


def test_a_collection_copied_alone_answers_and_rebuilds_with_its_own_cache(library, tmp_path):
    """Every build holds its own vectors: the library's cache is needed to build, never to answer."""
    from telusur.engine import Telusur
    from telusur.index import build_index
    from telusur.settings import Settings

    build_index(library.settings_for("b"))
    copy = tmp_path / "salinan"
    shutil.copytree(library.collection("b").folder, copy)
    shutil.rmtree(library.root / ".telusur" / "cache")
    settings = Settings(corpus=copy, index=copy / ".telusur" / "index", model=STUB_MODEL)
    answer = Telusur(settings, fresh=False).ask("Apa asas pemilu di Indonesia?")
    assert not answer.abstained and "langsung, umum, bebas" in answer.answer
    report = build_index(settings, force=True)
    assert report.encoded > 0 and (copy / ".telusur" / "index" / "cache").is_dir()


# ---------------------------------------------------------------- builds writing one cache at once


def test_a_cache_locked_by_another_build_is_waited_for_never_set_aside(tmp_path, monkeypatch, capfd):
    from telusur.index.vector_cache import EmbeddingCache

    monkeypatch.setattr(EmbeddingCache, "BUSY_SECONDS", 0.2)
    cache = EmbeddingCache(tmp_path, "model")
    kept = {"a": np.ones(4, np.float32)}
    cache.put_many(kept)
    other = sqlite3.connect(cache.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another build writing, past the wait
    try:
        assert list(cache.get_many(["a", "b"])) == ["a"]  # a reader never waits for a writer
        cache.put_many({"b": np.zeros(4, np.float32)})  # not kept, not an error
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "dipakai proses lain" in capfd.readouterr().err
    assert not list(tmp_path.glob("*.damaged*"))
    cache.put_many({"c": np.zeros(4, np.float32)})
    assert sorted(cache.get_many(["a", "b", "c"])) == ["a", "c"]


def test_a_cache_folder_that_cannot_be_written_is_no_damage_the_index_folders_own_serves(tmp_path, capfd):
    """A shared cache this build cannot write (a read-only folder, a path under a file, a file SQLite cannot open)
    was taken for damage: the build stopped on a raw OSError, or another build's file was moved aside as "rusak".
    The index folder's own cache serves, with one line saying to set TELUSUR_EMBEDDING_CACHE."""
    import os

    from telusur.errors import IndexBuildError
    from telusur.index.vector_cache import EmbeddingCache, cache_name

    (tmp_path / "berkas").write_text("bukan folder")
    shared = tmp_path / "shared"
    (shared / cache_name("model")).mkdir(parents=True)  # no file SQLite can open, true as root too
    for folder in [tmp_path / "berkas" / "cache", shared]:
        cache = EmbeddingCache(folder, "model", own=tmp_path / "own")
        cache.put_many({"a": np.ones(4, np.float32)})
        assert cache.path.parent == tmp_path / "own" and list(cache.get_many(["a"])) == ["a"]
        cache.close()
        err = capfd.readouterr().err
        assert "tidak dapat ditulis" in err and "TELUSUR_EMBEDDING_CACHE" in err and "rusak" not in err
    assert (shared / cache_name("model")).is_dir() and not list(shared.glob("*.damaged*"))
    if os.geteuid() != 0:  # root writes a read-only folder anyway
        (tmp_path / "ro").mkdir(mode=0o555)
        assert EmbeddingCache(tmp_path / "ro", "model", own=tmp_path / "own").path.parent == tmp_path / "own"
    with pytest.raises(IndexBuildError, match="TELUSUR_EMBEDDING_CACHE"):  # nowhere else to keep them
        EmbeddingCache(tmp_path / "berkas" / "cache", "model")


def test_a_cache_that_turns_read_only_mid_build_keeps_nothing_more_and_sets_nothing_aside(tmp_path, capfd):
    from telusur.index.vector_cache import EmbeddingCache

    cache = EmbeddingCache(tmp_path, "model")
    cache.put_many({"a": np.ones(4, np.float32)})
    cache.close()
    cache._db = sqlite3.connect(cache.path.resolve().as_uri() + "?mode=ro", uri=True)  # read-only, to root too
    cache.put_many({"b": np.ones(4, np.float32)})
    cache.put_many({"c": np.ones(4, np.float32)})
    assert list(cache.get_many(["a", "b", "c"])) == ["a"]
    err = capfd.readouterr().err
    assert err.count("tidak dapat ditulis") == 1 and "rusak" not in err
    assert not list(tmp_path.glob("*.damaged*"))


def test_a_file_system_that_refuses_wal_keeps_the_rollback_journal_with_full_sync(tmp_path, monkeypatch):
    """A network share may refuse WAL (the pragma answers the mode kept): NORMAL sync is safe only in WAL."""
    from telusur.index import vector_cache

    class NoWal(sqlite3.Connection):
        def execute(self, sql, *args):
            return super().execute("PRAGMA journal_mode" if sql == "PRAGMA journal_mode=WAL" else sql, *args)

    connect = sqlite3.connect
    monkeypatch.setattr(vector_cache.sqlite3, "connect", lambda *a, **k: connect(*a, factory=NoWal, **k))
    cache = vector_cache.EmbeddingCache(tmp_path, "model")
    assert cache._db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert cache._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    cache.put_many({"a": np.ones(4, np.float32)})
    assert list(cache.get_many(["a"])) == ["a"]


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    import numpy as np
    from telusur.index.vector_cache import EmbeddingCache
    cache = EmbeddingCache(Path(sys.argv[1]), "model")
    me = int(sys.argv[2])
    for batch in range(150):  # half the keys are the other writer's too
        keys = [f"{batch}-{i}" for i in range(10)] + [f"{me}-{batch}-{i}" for i in range(10)]
        cache.put_many({k: np.full(8, len(k), np.float32) for k in keys})
        assert len(cache.get_many(keys)) == len(keys)
    cache.close()
""")


def test_two_builds_fill_one_cache_at_once(tmp_path):
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), str(me)], stderr=subprocess.PIPE,
                                text=True) for me in (1, 2)]
    errors = [w.communicate(timeout=120)[1] for w in writers]
    assert [w.returncode for w in writers] == [0, 0], errors
    assert not any(errors), errors  # no lock complaint, no damage set aside
    (path,) = tmp_path.glob("*.sqlite")
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM vectors").fetchone()[0] == 150 * 10 * 3
