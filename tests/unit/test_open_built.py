"""open_built (what `telusur ask` does first): a fresh, intact build is checked once, then opened as it is."""

from __future__ import annotations

from collections import Counter

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


def test_opening_an_index_does_not_import_the_build_code_or_the_citation_rules():
    import subprocess
    import sys

    code = ("import sys, telusur.engine, telusur.cli, telusur.index; "
            "print(sorted(m for m in ('telusur.index.build', 'telusur.citations.intext', 'telusur.citations.notes', "
            "'telusur.citations.registry', 'citeproc', 'fastapi', 'gradio') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
