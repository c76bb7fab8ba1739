"""Pruning the embedding cache: the vectors no index needs any more go (a document edited or deleted, a collection
removed, a model no longer used), what any collection's build lists stays, and nothing is pruned while a build holds
the cache or when someone the file does not know of may use it."""

import shutil
import sqlite3

import numpy as np
import pytest

from .conftest import STUB_MODEL
from .test_shared_embedding_cache import OWN_TEXT, two_courses

SHARED_TEXT = ("# Kerja sama internasional\n\nKerja sama internasional adalah hubungan antarnegara untuk mencapai "
               "tujuan bersama.\n\nMotifnya ekonomi, politik dan keamanan.\n\nBentuknya bilateral, regional dan "
               "multilateral.\n\nContohnya ASEAN, APEC dan PBB.\n")
EDITED = "# Pemilu\n\nPemilu diselenggarakan lima tahun sekali oleh komisi yang mandiri dan tetap.\n"


@pytest.fixture(autouse=True)
def small_background(monkeypatch):
    """The stub encoder has no shipped background: one text of it instead of 300 (fast, and few live vectors)."""
    from telusur.index import vector_cache

    monkeypatch.setattr(vector_cache, "OTHER_ENCODER_BACKGROUND", 1)


@pytest.fixture
def library(tmp_path, stub_encoder):
    """Two courses sharing one document ("b" has one more), both built with the stub encoder."""
    from telusur.index import build_index

    library = two_courses(tmp_path / "pustaka", SHARED_TEXT)
    for name in ("a", "b"):
        build_index(library.settings_for(name))
    return library


def cache_keys(library) -> set[str]:
    (path,) = (library.root / ".telusur" / "cache").glob("embeddings-*.sqlite")
    with sqlite3.connect(path) as db:
        return {k for (k,) in db.execute("SELECT key FROM vectors")}


def listed(library, name) -> set[str]:
    """The keys every build folder of the collection lists (the current one and the one kept before it)."""
    from telusur.index.cache_prune import read_cache_keys

    builds = library.collection(name).index_dir / "builds"
    return set().union(*(read_cache_keys(b) for b in builds.iterdir() if not b.name.startswith(".")))


def rebuild(library, name, times=1):
    from telusur.index import build_index

    return [build_index(library.settings_for(name), force=True) for _ in range(times)][-1]


def test_pruning_keeps_what_any_collection_lists_and_removes_what_none_does(library):
    b = library.collection("b").folder
    (b / "pemilu.md").write_text(EDITED, encoding="utf-8")  # edited, then deleted: both versions' vectors die
    rebuild(library, "b")
    (b / "pemilu.md").unlink()
    rebuild(library, "b", times=2)  # the build kept before the current one no longer lists pemilu either
    before = cache_keys(library)
    needed = listed(library, "a") | listed(library, "b")
    assert needed < before

    counted = library.prune_cache(dry_run=True)
    assert counted.removed_vectors == 0 and counted.files[0].dead == len(before - needed)
    assert cache_keys(library) == before

    report = library.prune_cache()
    (pruned,) = report.files
    assert report.skipped is None and pruned.skipped is None
    assert cache_keys(library) == needed and pruned.kept == len(needed)
    assert pruned.bytes_after < pruned.bytes_before  # shrunk on disk, not only rows deleted
    assert rebuild(library, "a").encoded == 0 and rebuild(library, "b").encoded == 0  # nothing needed was lost


def test_a_removed_collection_and_a_model_no_index_uses_are_dead(library):
    from telusur.index.vector_cache import EmbeddingCache

    folder = library.root / ".telusur" / "cache"
    only_a = listed(library, "a")
    old = EmbeddingCache(folder, "model-dulu", index=library.collection("a").index_dir)  # a's former model
    old.put_many({key: np.ones(4, np.float32) for key in only_a})  # the same texts: the same keys
    old.close()
    shutil.rmtree(library.collection("b").folder)
    report = library.prune_cache()
    assert sorted(f.removed for f in report.files) == [False, True]  # the old model's file went whole
    assert len(list(folder.glob("embeddings-*.sqlite"))) == 1
    assert cache_keys(library) == only_a


def test_nothing_is_pruned_while_a_build_holds_the_cache(library):
    from telusur.index.vector_cache import EmbeddingCache

    (library.collection("b").folder / "pemilu.md").unlink()
    rebuild(library, "b", times=2)
    before = cache_keys(library)
    building = EmbeddingCache(library.root / ".telusur" / "cache", _stub_id(), index=library.collection("a").index_dir)
    try:
        report = library.prune_cache()
    finally:
        building.close()
    assert "sedang dipakai" in report.skipped and cache_keys(library) == before
    assert library.prune_cache().removed_vectors == len(before) - len(listed(library, "a") | listed(library, "b"))


def _stub_id():
    from telusur.index.embeddings import encoder_id

    return encoder_id(STUB_MODEL)


def test_a_cache_other_users_share_is_not_pruned_from_one_librarys_view(tmp_path, stub_encoder, monkeypatch):
    """TELUSUR_EMBEDDING_CACHE may serve other corpora, tools and older versions: a file used by an opener that named
    no index, or holding vectors from before users were registered, is left whole; a library's own cache is its
    collections' alone, so its old vectors are adopted."""
    from telusur.index import build_index
    from telusur.index.vector_cache import EmbeddingCache
    from telusur.library import Library
    from telusur.settings import Settings

    root = tmp_path / "pustaka"
    (root / "a").mkdir(parents=True)
    (root / "a" / "pemilu.md").write_text(OWN_TEXT, encoding="utf-8")
    shared = tmp_path / "bersama"
    monkeypatch.setenv("TELUSUR_EMBEDDING_CACHE", str(shared))
    library = Library(root, Settings.from_env(model=STUB_MODEL))
    build_index(library.settings_for("a"))
    other = EmbeddingCache(shared, _stub_id())  # another tool, no index named
    other.put_many({"e" * 64: np.ones(4, np.float32)})
    other.close()
    report = library.prune_cache()
    assert "tidak tercatat" in report.files[0].skipped and report.removed_vectors == 0

    # vectors from before users were registered: left in a shared folder, adopted in the library's own one
    monkeypatch.delenv("TELUSUR_EMBEDDING_CACHE")
    own = Library(root, Settings(model=STUB_MODEL))
    build_index(own.settings_for("a"), force=True)
    (path,) = (root / ".telusur" / "cache").glob("embeddings-*.sqlite")
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO vectors VALUES (?, ?)", ("d" * 64, np.ones(4, np.float32).tobytes()))
        db.execute("DELETE FROM meta WHERE key = 'users'")
        db.execute("DROP TABLE indexes")
    from telusur.index.cache_prune import prune_cache

    assert "tidak tercatat" in prune_cache(path.parent).files[0].skipped  # not from the library's view
    assert own.prune_cache().removed_vectors == 1  # the library's own folder: its collections are its users
    EmbeddingCache(path.parent, _stub_id()).close()  # an opener naming no index, even there: never adopted
    assert "tidak tercatat" in own.prune_cache().files[0].skipped


def test_an_index_built_before_builds_listed_their_keys_stops_pruning(library):
    from telusur.index import current_build

    (current_build(library.collection("a").index_dir) / "cache-keys.npy").unlink()
    report = library.prune_cache()
    assert "bangun ulang" in report.files[0].skipped and report.removed_vectors == 0


def test_a_build_prunes_by_itself_once_the_dead_outnumber_the_live(library, monkeypatch):
    from telusur.index import cache_prune

    monkeypatch.setattr(cache_prune, "AUTO_MIN_DEAD", 1)
    (library.collection("b").folder / "pemilu.md").write_text(EDITED, encoding="utf-8")
    assert rebuild(library, "b").pruned is None  # a few dead, many live: the file is not rewritten
    for name in ("a", "b"):
        shutil.rmtree(library.collection(name).folder)
    library.create("c")
    (library.collection("c").folder / "pemilu.md").write_text(EDITED, encoding="utf-8")
    report = rebuild(library, "c")
    assert report.pruned is not None and report.pruned.removed_vectors > 0
    assert cache_keys(library) == listed(library, "c")


def test_the_cli_prunes_a_library_and_says_so_in_indonesian(library, capsys):
    from telusur.cli import main

    (library.collection("b").folder / "pemilu.md").unlink()
    rebuild(library, "b", times=2)
    assert main(["cache", "--library", str(library.root)]) == 0
    assert "tidak dipakai indeks mana pun" in capsys.readouterr().out
    assert main(["cache", "prune", "--library", str(library.root)]) == 0
    assert " -> " in capsys.readouterr().out
    assert main(["cache", "prune", "--library", str(library.root), "--collection", "a"]) == 1
    assert "--library FOLDER saja" in capsys.readouterr().err
