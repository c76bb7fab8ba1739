"""What a corpus folder holds: every visible file is read or skipped with a reason, and an index kept inside the
corpus (`telusur build --corpus . --index index`) is never read as part of it."""

from tests.unit.conftest import STUB_MODEL

TEXT = "# Koperasi\n\nKoperasi adalah badan usaha yang beranggotakan orang-orang atas asas kekeluargaan.\n"


def test_a_file_without_a_suffix_is_skipped_with_its_reason(stub_encoder, tmp_path):
    from telusur import Settings, build

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "koperasi.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "corpus" / "CATATAN").write_text("catatan dosen tanpa ekstensi", encoding="utf-8")
    report = build(Settings(corpus=tmp_path / "corpus", index=tmp_path / "index", model=STUB_MODEL)).to_dict()
    files = {f["path"]: f for f in report["files"]}
    assert files["koperasi.md"]["status"] == "indexed"
    assert files["CATATAN"]["status"] == "skipped" and files["CATATAN"]["reason"]


def test_an_index_inside_the_corpus_is_not_part_of_it(stub_encoder, tmp_path):
    from telusur import Settings, build

    (tmp_path / "koperasi.md").write_text(TEXT, encoding="utf-8")
    settings = Settings(corpus=tmp_path, index=tmp_path / "index", model=STUB_MODEL)
    first = build(settings).to_dict()
    assert [f["path"] for f in first["files"]] == ["koperasi.md"]
    assert build(settings) is None  # nothing changed: the index's own files do not make the corpus stale


def test_files_past_the_collections_passage_limit_are_skipped_not_the_build(stub_encoder, tmp_path):
    from telusur import Settings, Telusur, build

    (tmp_path / "corpus").mkdir()
    topics = {"a-koperasi.md": "Koperasi adalah badan usaha yang beranggotakan orang-orang.",
              "b-bumn.md": "Badan usaha milik negara dimodali oleh pemerintah.",
              "c-firma.md": "Firma adalah persekutuan untuk menjalankan usaha dengan nama bersama."}
    for name, text in topics.items():
        (tmp_path / "corpus" / name).write_text(f"# {name}\n\n{text}\n", encoding="utf-8")
    settings = Settings(corpus=tmp_path / "corpus", index=tmp_path / "index", model=STUB_MODEL, max_passages=2)
    files = {f["path"]: f for f in build(settings).to_dict()["files"]}
    assert [files[n]["status"] for n in sorted(files)] == ["indexed", "indexed", "skipped"]
    assert "TELUSUR_MAX_PASSAGES" in files["c-firma.md"]["reason"]
    assert len(Telusur(settings).index.chunks) == 2
