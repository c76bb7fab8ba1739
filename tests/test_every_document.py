"""Every real document under ../shared/texts (all folders, all formats) is read, chunked, cited and made into the
encoder's input alone without a crash, and the whole folder builds together (issue 14). Slow: both read 56 files
with their PDFs (the files alone once a session: conftest's shared_read, which the example questions reuse). The
build together runs the whole pipeline with the unit layer's hashed-words encoder: with e5 it encodes about 6,000
texts (7 minutes on a quiet 2-core machine), and what it checks is that every file gets through reading, citations,
chunking and the index files together, not the model (the e5 runtime is tested apart)."""

import pytest

from conftest import SHARED_TEXTS, shared_files

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not SHARED_TEXTS.is_dir(), reason=f"{SHARED_TEXTS} is not here (the team's shared data)")]


@pytest.mark.parametrize("rel", shared_files())
def test_each_document_alone_is_indexed_with_passages_or_refused_with_a_reason(rel, shared_read):
    report, doc, chunks = shared_read[rel]
    assert report.status != "failed", report.reason  # a failure contained is still telusur's bug on a real file
    if report.status == "skipped":
        assert report.reason and "\n" not in report.reason
        return
    # no passage only for a reference-list document, whose entries are still read (prepare_document refuses others)
    assert chunks or all(b.kind in ("heading", "reference") for b in doc.blocks)
    for chunk in chunks:
        chunk.embed_text.encode("utf-8")


def test_all_documents_build_together(tmp_path, monkeypatch):
    from telusur.engine import Telusur, build
    from telusur.index import embeddings
    from telusur.settings import Settings
    from tests.unit.conftest import STUB_MODEL, HashedWords

    # set for this test only, the process's registry restored after it: the unit layer's session-wide stub_encoder
    # may have registered the same key earlier in this process (a worker runs test files in any order)
    monkeypatch.setitem(embeddings._ENCODERS, (STUB_MODEL, 1), HashedWords())
    settings = Settings(corpus=SHARED_TEXTS, index=tmp_path / "index", model=STUB_MODEL)
    report = build(settings)
    answer = Telusur(settings).ask("Apa yang dimaksud dengan kerjasama internasional?")
    status = {f.path: f.status for f in report.files}
    readable = set(shared_files())
    assert {p for p, s in status.items() if s == "indexed"} == readable
    assert all(s == "skipped" for p, s in status.items() if p not in readable)  # data files beside the texts
    assert report.documents == len(readable) and report.chunks > 1500
    assert answer.passages  # the index built from all of them answers
