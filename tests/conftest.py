import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

# Nothing in the test session may reach the network (gradio, huggingface).
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# Nothing in the test session writes into the user's cache folder: not a test (each gets its own, below), nor what runs
# before a test's fixtures (collection, session fixtures building an index once for many tests: they wrote the e5
# model files, the sha256 and pattern tables into ~/.cache/telusur), nor a process a test starts.
# Removed at exit, after the tables the package writes at exit (atexit runs the handlers registered first last).
_SESSION_CACHE = tempfile.mkdtemp(prefix="telusur-tests-cache-")
os.environ["XDG_CACHE_HOME"] = _SESSION_CACHE
atexit.register(shutil.rmtree, _SESSION_CACHE, True)

# A process a test starts (a `telusur` command, a child importing telusur afresh) compiles telusur's modules from
# source again where the environment says not to write bytecode beside them (PYTHONDONTWRITEBYTECODE, as the project's
# shared venv runs): a quarter of a second of CPU for `telusur ask`. Such processes write it in the session's cache
# folder instead (PYTHONPYCACHEPREFIX), removed at exit, and the next one reads it back; never beside the sources.
# This process keeps what it was started with.
if sys.flags.dont_write_bytecode and not os.environ.get("PYTHONPYCACHEPREFIX"):
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = os.path.join(_SESSION_CACHE, "bytecode")


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config):
    """Both cores: with pytest-xdist installed (the test extra), a run not given -n spreads its test files over one
    worker per CPU (-n auto, --dist loadfile: a file's tests stay in one worker, so its module fixtures are made once;
    the session fixtures once per worker). `-n 0` runs in this process, as --pdb and --collect-only do."""
    option = config.option
    if (hasattr(config, "workerinput") or not config.pluginmanager.hasplugin("xdist")
            or option.numprocesses is not None or option.usepdb or option.collectonly):
        return
    option.numprocesses = "auto"
    if option.dist == "no":
        option.dist = "loadfile"
        option.loadscopereorder = False  # the files in the order pytest_collection_modifyitems gives: heaviest first


@pytest.hookimpl(trylast=True)  # after -m deselected and tests/security marked its slow tests
def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist, the files with the most slow (or browser) tests first, then the most tests: a worker
    starts the long files while the other has work left, instead of one running the last heavy file alone while the
    other is idle (xdist's own order, by number of tests, left a one-test file of minutes for the end). A file's
    tests keep their order; a run in one process keeps the collection's order."""
    if not hasattr(config, "workerinput"):
        return
    files: dict[str, list] = {}
    for item in items:
        files.setdefault(item.nodeid.split("::")[0], []).append(item)

    def weight(tests):
        return -sum(1 for t in tests if t.get_closest_marker("slow") or t.get_closest_marker("browser")), -len(tests)

    items[:] = [item for tests in sorted(files.values(), key=weight) for item in tests]


REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
EVAL = Path(__file__).parent / "data" / "eval"


@pytest.fixture(autouse=True)
def _user_data_in_tmp(tmp_path, monkeypatch):
    """No test writes into the user's cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture(autouse=True)
def _gradio_imported_before_the_next_test():
    """A library app imports Gradio in a thread at start, which outlives a quick test's server; its imports add
    loggers while the next test's setup walks logging's logger table (pytest's log capture, unlocked), which failed
    a test now and then with "dictionary changed size during iteration". So no such import runs into the next test."""
    yield
    import sys
    import threading

    web = sys.modules.get("telusur.web.collections")
    if web is None:  # never imported: no thread of it runs
        return
    for thread in threading.enumerate():
        if thread.name == web.IMPORT_THREAD:
            thread.join(300)


def once_per_run(tmp_path_factory, name: str, make) -> Path:
    """The folder NAME that make(folder) fills, made once for the whole run: under pytest-xdist the first worker to
    need it makes it (the others wait on a lock) and every worker takes that one, instead of each building its own
    index with the real model. Tests only read it (copy it to change it), as they did the folder of their worker."""
    import fcntl

    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        folder = tmp_path_factory.mktemp(name)
        make(folder)
        return folder
    root = tmp_path_factory.getbasetemp().parent  # the run's, shared by its workers
    folder, done = root / name, root / f"{name}.done"
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a worker that failed midway left
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory):
    """The default corpus's index (the engine's), built once per run."""
    from telusur.engine import build
    from telusur.settings import Settings

    return once_per_run(tmp_path_factory, "index", lambda folder: build(Settings(corpus=CORPUS, index=folder)))


@pytest.fixture(scope="session")
def settings(index_dir):
    from telusur.settings import Settings

    return Settings(corpus=CORPUS, index=index_dir)


@pytest.fixture(scope="session")
def engine(settings):
    from telusur.engine import open_built

    return open_built(settings)


SHARED_TEXTS = REPO.parent / "shared" / "texts"  # read-only team data, never copied into the project


def shared_files() -> list[str]:
    """Every file under ../shared/texts a reader takes, as paths relative to it (none where the data is absent)."""
    from telusur.documents import READERS, corpus_files

    if not SHARED_TEXTS.is_dir():
        return []
    return [p.relative_to(SHARED_TEXTS).as_posix() for p in corpus_files(SHARED_TEXTS) if p.suffix.lower() in READERS]


@pytest.fixture(scope="session")
def shared_read():
    """Every shared file read once for the session as a build reads it alone (documents.read_one with
    prepare_document, a failure kept to its file): {relative path: (report, document or None, chunks)}."""
    from telusur.documents import read_one
    from telusur.index.build import prepare_document

    return {rel: read_one(SHARED_TEXTS / rel, rel, prepare=prepare_document) for rel in shared_files()}


def shared_questions() -> list[dict]:
    """The 48 questions of ../shared/texts/questions.jsonl (skips the test where the shared data is absent)."""
    import json

    path = SHARED_TEXTS / "questions.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is not here (the team's shared data sits beside the project)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def shared_texts_index(tmp_path_factory):
    """The twelve texts of shared/texts/questions.jsonl copied into a temp corpus and indexed once per run: (corpus_dir,
    index_dir).

    Copy the index folder (shutil.copytree) before a test changes it."""
    from telusur.engine import build
    from telusur.settings import Settings

    names = sorted({q["doc"] for q in shared_questions()})  # skips here, in every worker, where the data is absent

    def make(root):
        (root / "corpus").mkdir()
        for name in names:
            shutil.copyfile(SHARED_TEXTS / name, root / "corpus" / name)
        build(Settings(corpus=root / "corpus", index=root / "index"))

    root = once_per_run(tmp_path_factory, "shared-texts", make)
    return root / "corpus", root / "index"


@pytest.fixture
def corpus_copy(tmp_path):
    """A private copy of the default corpus a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def process_env() -> dict[str, str]:
    """The environment of a `telusur` process a test starts as a user runs it: strict UTF-8 streams, and the run's
    cache folder (conftest's, the session fixtures'), where the e5 model's graph and tables are made once, as a user's
    second command finds them; with the test's own empty folder each process made them again (1.3 s of CPU each)."""
    return {**os.environ, "PYTHONIOENCODING": "utf-8", "XDG_CACHE_HOME": _SESSION_CACHE}


def cli(*argv: str, stdin: str | None = None):
    """`telusur ARGV...` run in this process (telusur.cli.main) with the streams a process started with
    PYTHONIOENCODING=utf-8 has (strict UTF-8, not a terminal): its exit code, stdout and stderr as subprocess.run
    gives them. A command's behaviour, without the seconds of CPU a new interpreter and its imports cost each test;
    what only the process adds (the entry point, its exit, a closed pipe) keeps real subprocess tests."""
    import io
    import subprocess
    import sys

    from telusur.cli import main

    def stream(data: bytes = b"") -> io.TextIOWrapper:
        return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict", write_through=True)

    streams = stream((stdin or "").encode("utf-8")), stream(), stream()
    kept = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: --help, a wrong option
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.stdin, sys.stdout, sys.stderr = kept
    out, err = (s.buffer.getvalue().decode("utf-8") for s in streams[1:])
    return subprocess.CompletedProcess(["telusur", *argv], code, out, err)


def read_jsonl(name):
    import json

    return [json.loads(line) for line in (EVAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------- the served app (issue 3)

def serve_in_thread(app):
    """Run an ASGI app with uvicorn on a free local port; returns (url, stop)."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)

    def stop():
        server.should_exit = True
        thread.join(10)

    return f"http://127.0.0.1:{port}", stop


@pytest.fixture(scope="session")
def live_app(engine):
    """The whole app (Gradio UI at /, embed at /embed/, JSON API) on a free local port."""
    from telusur.web.app import create_app

    url, stop = serve_in_thread(create_app(engine))
    yield url
    stop()


XSS_CORPUS = """Bab Uji

Baris ini memuat kode: <script>window.__pwned = 1</script> dan gambar <img src=x onerror="window.__pwned = 2"> yang harus tampil sebagai teks (Aman, 2001: 5).

Kerjasama keamanan siber adalah kerjasama antarnegara untuk melindungi jaringan dari serangan.
"""


@pytest.fixture(scope="session")
def xss_app(tmp_path_factory):
    """The app over a one-file corpus whose lines carry <script> and <img onerror> markup."""
    from telusur.engine import open_built
    from telusur.web.app import create_app
    from telusur.settings import Settings

    root = tmp_path_factory.mktemp("xss")
    (root / "corpus").mkdir()
    (root / "corpus" / "uji-xss.txt").write_text(XSS_CORPUS, encoding="utf-8")
    engine = open_built(Settings(corpus=root / "corpus", index=root / "index"))
    url, stop = serve_in_thread(create_app(engine))
    yield url
    stop()


# Any DNS lookup of a host outside this machine is recorded; the `no_network` fixture fails the test on it.
NON_LOCAL_LOOKUPS: list[str] = []
_LOCAL_HOSTS = {None, "", "localhost", "127.0.0.1", "::1", "0.0.0.0", "ip6-localhost"}


def _audit_dns(event, args):
    if event == "socket.getaddrinfo":
        host = args[0].decode() if isinstance(args[0], bytes) else args[0]
        if host not in _LOCAL_HOSTS and not str(host).startswith("127."):
            NON_LOCAL_LOOKUPS.append(str(host))


import sys as _sys  # noqa: E402

_sys.addaudithook(_audit_dns)


@pytest.fixture
def no_network():
    """Fail the test if anything in this process looked up a host outside the machine meanwhile."""
    start = len(NON_LOCAL_LOOKUPS)
    yield
    assert NON_LOCAL_LOOKUPS[start:] == [], "lookup of a host outside the machine"


# ---------------------------------------------------------------- the browser (issue 10): one Chromium per session

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BROWSER_TIMEOUT_MS = 20_000
_LOCAL_PAGE_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright, launched once for every browser test module."""
    chromium = shutil.which("chromium")
    if not chromium:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed: apt-get install chromium")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser):
    """open_page(url, width, height): a fresh page in its own context. Every request to a host outside the
    machine is blocked and recorded, and the test fails at the end if there was one."""
    from urllib.parse import urlparse

    contexts, outside = [], []

    def block_outside(route):
        url = urlparse(route.request.url)
        local = url.hostname in _LOCAL_PAGE_HOSTS or (url.hostname or "").startswith("127.")  # all loopback
        if url.scheme in ("http", "https", "ws", "wss") and not local:
            outside.append(route.request.url)
            return route.abort()
        return route.continue_()

    def open_(url, width=1024, height=900):
        context = browser.new_context(viewport={"width": width, "height": height})
        context.set_default_timeout(BROWSER_TIMEOUT_MS)
        context.route("**/*", block_outside)
        contexts.append(context)
        page = context.new_page()
        page.goto(url)
        return page

    open_.outside = outside
    yield open_
    for context in contexts:
        context.close()
    assert outside == [], "the page asked a host outside the machine"
