"""Fixtures for the hostile tests (issue 17): a library and a corpus indexed once per session, and a real
`telusur serve --library` process over a private copy (see served.py)."""

import shutil
from pathlib import Path

import pytest

from conftest import once_per_run

from .served import DOCUMENTS, Server


def make_library(root: Path, template: Path) -> Path:
    """A private copy of the session's one-collection library ("kuliah": pemilu.txt, indexed)."""
    shutil.copytree(template, root, symlinks=True)
    return root


@pytest.fixture(scope="session")
def library_template(tmp_path_factory):
    """A library with one indexed collection "kuliah" (pemilu.txt: a tiny text, encoded once per run)."""
    from telusur.index import build_index
    from telusur.library import Library

    def make(folder):
        root = folder / "lib"
        (root / "kuliah").mkdir(parents=True)
        shutil.copyfile(DOCUMENTS / "pemilu.txt", root / "kuliah" / "pemilu.txt")
        build_index(Library(root).settings_for("kuliah"))

    return once_per_run(tmp_path_factory, "security-library", make) / "lib"


@pytest.fixture(scope="session")
def corpus_template(tmp_path_factory, library_template):
    """A one-file corpus with its index, for the single-course server (its embeddings from the library's cache)."""
    from telusur.index import build_index
    from telusur.settings import Settings

    root = tmp_path_factory.mktemp("security-corpus")
    (root / "corpus").mkdir()
    shutil.copyfile(DOCUMENTS / "pemilu.txt", root / "corpus" / "pemilu.txt")
    shutil.copytree(library_template / ".telusur" / "cache", root / "index" / "cache")
    build_index(Settings(corpus=root / "corpus", index=root / "index"))
    return root


@pytest.fixture
def library(tmp_path, library_template):
    """A private library copy: (root folder)."""
    return make_library(tmp_path / "lib", library_template)


@pytest.fixture
def library_server(tmp_path, library):
    """`telusur serve --library` over a private copy, with the admin key: the Server (its .root is the library)."""
    server = Server(["--library", str(library)], tmp_path)
    server.root = library
    yield server
    server.stop()
    assert "Traceback" not in server.output(), server.output()[-3000:]


@pytest.fixture(scope="module")
def module_library_server(tmp_path_factory, library_template):
    """One `telusur serve --library` over a private copy for a test file's tests that leave nothing another of them
    checks (a start is ~5 s at rest): each test makes its own requests and checks; the output is checked for a
    traceback once, at the file's end."""
    workdir = tmp_path_factory.mktemp("served")
    server = Server(["--library", str(make_library(workdir / "lib", library_template))], workdir)
    server.root = workdir / "lib"
    yield server
    server.stop()
    assert "Traceback" not in server.output(), server.output()[-3000:]


def pytest_collection_modifyitems(items):
    """A test here that indexes texts or starts a server process takes more than a few seconds: the slow layer."""
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).parent == here and "library_template" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
