"""open_built (what `telusur ask` does first): a fresh, intact build is checked once, then opened as it is."""

from __future__ import annotations

from collections import Counter

import pytest

from telusur import engine
from telusur.index import store

TEXT = "# Kerjasama\n\nKerjasama regional adalah kerjasama antara negara-negara dalam satu kawasan.\n"


def test_a_fresh_build_is_hashed_once_and_a_changed_corpus_still_rebuilds(course, monkeypatch):
    settings = course({"a.md": TEXT}).settings
    hashed = Counter()
    sha256 = store._sha256
    monkeypatch.setattr(store, "_sha256", lambda path: hashed.update([path.name]) or sha256(path))
    folder = store.current_build(settings.index_dir())
    said = []
    opened = engine.open_built(settings, log=said.append)
    assert opened.index.folder == folder and said == []
    assert hashed and set(hashed.values()) == {1}  # every index file once (it was three times)

    (settings.corpus_dir() / "b.md").write_text("# Lain\n\nKerjasama fungsional mendukung fungsi tertentu.\n")
    rebuilt = engine.open_built(settings, log=said.append)
    assert said == ["membangun indeks: korpus berubah."] and rebuilt.index.folder != folder
    assert any(c.path == "b.md" for c in rebuilt.index.chunks)


# One process opening a build as `telusur ask` does, its clock 10 s on (the build's files count as settled): prints
# why_rebuild's reason and the index files it hashed.
_OPENS = """
import sys, time
from telusur import Settings, user_cache
from telusur.index import store
user_cache._now_ns = lambda: time.time_ns() + 10 * 10**9
hashed = []
sha256 = store._sha256
store._sha256 = lambda path: hashed.append(path.name) or sha256(path)
settings = Settings(corpus=sys.argv[1], index=sys.argv[2])
print(store.why_rebuild(settings, store.current_build(settings.index_dir())), len(hashed))
"""


def _opens(settings, cache) -> str:
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run([sys.executable, "-c", _OPENS, str(settings.corpus), str(settings.index)], env=env,
                          capture_output=True, text=True, check=True).stdout.strip()


def test_the_next_process_reads_the_index_files_hashes_instead_of_hashing_them(course, tmp_path):
    settings = course({"a.md": TEXT, "c.md": "# Lain\n\nKerjasama fungsional.\n"}).settings
    first = _opens(settings, tmp_path)
    assert first.startswith("None ") and int(first.split()[1]) >= 5  # every index file hashed once
    assert _opens(settings, tmp_path) == "None 0"  # their size, times and inode unchanged: none hashed again


@pytest.mark.parametrize("changed", ["an index file", "a corpus file"])
def test_a_file_changed_in_place_with_its_mtime_kept_is_hashed_again(course, tmp_path, changed):
    import os
    import time

    settings = course({"a.md": TEXT, "d.md": f"# {changed}\n\nKerjasama bilateral.\n"}).settings
    assert _opens(settings, tmp_path).startswith("None ")
    folder = store.current_build(settings.index_dir())
    path = folder / "chunks.jsonl" if changed == "an index file" else settings.corpus_dir() / "d.md"
    time.sleep(0.05)  # past a tick of the file system's clock
    before, data = os.stat(path), bytearray(path.read_bytes())
    data[-2] = ord("X") if data[-2] != ord("X") else ord("Y")
    with open(path, "r+b") as f:  # same size, same inode, the mtime set back: only the ctime tells
        f.write(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    reason = "berkas indeks rusak atau diubah" if changed == "an index file" else "korpus berubah"
    assert _opens(settings, tmp_path).startswith(reason)


def test_opening_an_index_does_not_import_the_build_code_or_the_citation_rules():
    import subprocess
    import sys

    code = ("import sys, telusur.engine, telusur.cli, telusur.index; "
            "print(sorted(m for m in ('telusur.index.build', 'telusur.citations.intext', 'telusur.citations.notes', "
            "'telusur.citations.registry', 'citeproc', 'fastapi', 'gradio', 'telusur.index.vector_cache', 'sqlite3', "
            "'uuid', 'queue') if m in sys.modules))")  # the build's vector cache (sqlite3), uuid, queue: ms of every `ask`
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


CITED = """# Media

Menurut Dayan dan Katz (1992: 38), peristiwa media disiarkan langsung. Efek media kuat (Perse, 2001).

## Daftar Pustaka

Dayan, D., & Katz, E. (1992). Media Events: The Live Broadcasting of History. Harvard University Press.

Perse, E. M. (2001). Media Effects and Society. Lawrence Erlbaum Associates.

Wood, J. (1999). Teori Komunikasi. Jakarta: Salemba.
"""


def test_works_are_read_from_the_build_as_the_registry_links_them(course):
    from telusur.citations import build_registry

    opened = course({"media.md": CITED})
    index = opened.index
    linked = build_registry(index.chunks, list(index.documents.values()))
    assert [w.label for w in linked] == ["Dayan dan Katz (1992)", "Perse (2001)", "Wood (1999)"]
    assert store.load_works(index.folder) == linked and opened.works() == linked
    assert linked[0].reference is not None and linked[2].cited is False


def test_works_read_from_the_build_compile_no_citation_rules(course):
    import subprocess
    import sys

    folder = course({"media.md": CITED}).index.folder
    code = ("import sys; from pathlib import Path; from telusur.index import load_works; "
            "works = load_works(Path(sys.argv[1])); print(len(works), sorted(m for m in sys.modules "
            "if m.startswith('telusur.citations.') and m != 'telusur.citations.model'))")
    out = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "3 []"


def test_works_that_cannot_be_read_are_linked_again(course, tmp_path):
    import shutil

    from telusur.citations import build_registry

    index = course({"media.md": CITED}).index
    folder = tmp_path / "build"
    shutil.copytree(index.folder, folder)
    (folder / "works.json").write_text('[{"label": "Dayan', encoding="utf-8")  # cut short
    damaged = store.load_build(folder)
    opened = engine.Telusur(course({"media.md": CITED}).settings, checked=folder)
    assert opened.works() == build_registry(damaged.chunks, list(damaged.documents.values())) != []


def test_an_answer_reads_no_documents_file(course, tmp_path):
    import shutil

    from telusur.errors import IndexBuildError

    original = course({"media.md": CITED})
    folder = tmp_path / "build"
    shutil.copytree(original.index.folder, folder)
    opened = engine.Telusur(original.settings, checked=folder)
    (folder / "documents.jsonl").unlink()  # read only for a passage's context, evaluation, works linked again
    question = "Apa kata Dayan dan Katz tentang peristiwa media?"
    assert opened.ask(question).to_dict() == original.ask(question).to_dict()
    with pytest.raises(IndexBuildError):
        opened.surrounding("media.md", 1, 1)


def test_a_fresh_build_warms_its_encoder_before_the_index_is_checked_and_opened(course, stub_encoder, monkeypatch):
    settings = course({"a.md": TEXT}).settings
    events = []
    monkeypatch.setattr(stub_encoder, "warm", lambda: events.append("warm"), raising=False)
    why_rebuild, load_build = engine.why_rebuild, store.load_build
    monkeypatch.setattr(engine, "why_rebuild", lambda *args: events.append("check") or why_rebuild(*args))
    monkeypatch.setattr(engine, "load_build", lambda folder: events.append("open") or load_build(folder))
    engine.open_built(settings)
    assert events == ["check", "open"]  # listing sources needs no session
    events.clear()
    engine.open_built(settings, warm=True)
    # questions will come: the session is made (in a thread) while the corpus and index files are hashed and opened
    assert events == ["warm", "check", "open"]


def test_a_build_for_another_model_warms_no_encoder(course, stub_encoder, monkeypatch):
    from dataclasses import replace

    settings = course({"a.md": TEXT}).settings
    events = []
    monkeypatch.setattr(stub_encoder, "warm", lambda: events.append("warm"), raising=False)
    monkeypatch.setattr(engine, "build", lambda settings, progress=None: events.append("build"))
    monkeypatch.setattr(engine, "Telusur", lambda settings: events.append("open"))
    engine.open_built(replace(settings, model="another-model"), warm=True)
    assert events == ["build", "open"]  # the build's own encoder is another: nothing made for the old one
