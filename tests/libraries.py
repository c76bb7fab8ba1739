"""Fixtures for a library of collections (issue 10): import them in a test module with
`from libraries import library_template, library_dir  # noqa: F401`.

Two collections with different texts: "hi" (the default corpus: international cooperation) and "pemilu"
(tests/data/documents/pemilu.txt: elections). Indexes are built once per session and copied per test."""

import shutil
from pathlib import Path

import pytest

from conftest import CORPUS, once_per_run

DOCUMENTS = Path(__file__).parent / "data" / "documents"
ADMIN_KEY = "kunci-uji-admin-yang-panjang"
HI_QUESTION = "Apa saja tiga motif dalam melakukan suatu kerjasama internasional?"
PEMILU_QUESTION = "Apa saja asas pemilu di Indonesia?"


@pytest.fixture(scope="session")
def library_template(tmp_path_factory, index_dir):
    """A library folder with both collections indexed (the default corpus's index is the session's, copied), made
    once per run."""
    from telusur.index import build_index
    from telusur.library import STATE_DIR, Library

    def make(root):
        shutil.copytree(CORPUS, root / "hi")
        (root / "hi" / "telusur.toml").write_text('title = "Hubungan Internasional"\n', encoding="utf-8")
        shutil.copytree(index_dir, root / "hi" / STATE_DIR / "index", ignore=shutil.ignore_patterns(".lock"))
        (root / "pemilu").mkdir()
        shutil.copyfile(DOCUMENTS / "pemilu.txt", root / "pemilu" / "pemilu.txt")
        library = Library(root)
        build_index(library.settings_for("hi"))  # nothing to do: its copied index is fresh
        # Build "pemilu" once with negara.txt, then without: the tests that upload negara.txt find its passages in
        # the embedding cache instead of encoding them again (encoding is the slow part).
        shutil.copyfile(DOCUMENTS / "negara.txt", root / "pemilu" / "negara.txt")
        build_index(library.settings_for("pemilu"))
        (root / "pemilu" / "negara.txt").unlink()
        build_index(library.settings_for("pemilu"))

    return once_per_run(tmp_path_factory, "library", make)


@pytest.fixture
def library_dir(library_template, tmp_path):
    """A private copy of the two-collection library that a test may change."""
    target = tmp_path / "library"
    shutil.copytree(library_template, target, symlinks=True)
    return target
