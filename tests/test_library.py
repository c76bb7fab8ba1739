"""A library of collections (issue 10): each collection answers from its own texts, loaded on first use with one
shared encoder and a bound on what stays in memory; rebuilds swap in whole; a damaged embedding cache is set aside."""

import re
import shutil
import sqlite3
import threading

import httpx
import pytest

from conftest import serve_in_thread
from libraries import DOCUMENTS, HI_QUESTION, PEMILU_QUESTION, library_dir, library_template  # noqa: F401

pytestmark = pytest.mark.usefixtures("no_network")

NEGARA_QUESTION = "Apa yang dimaksud dengan sifat memaksa kekuasaan negara?"


def open_library(root, **settings):
    from telusur.library import Library
    from telusur.settings import Settings

    return Library(root, Settings.from_env(**settings))


@pytest.fixture
def served(library_dir):
    """The library app over a private copy of the two-collection library: (url, library)."""
    from telusur.web.app import create_library_app

    library = open_library(library_dir)
    url, stop = serve_in_thread(create_library_app(library))
    yield url, library
    stop()


def ask(url, collection, question):
    r = httpx.post(f"{url}/c/{collection}/api/ask", json={"question": question}, timeout=60)
    assert r.status_code == 200, r.text
    return r.json()


def paths(answer) -> set[str]:
    """Every document an answer shows: its passages, or the related ones offered when it abstains."""
    return {p["path"] for p in answer["passages"] + answer["related"]}


def test_each_collection_answers_from_its_own_texts_only(served):
    url, _ = served
    hi = ask(url, "hi", HI_QUESTION)
    assert not hi["abstained"] and {p["path"] for p in hi["passages"]} == {"definisi-kerjasama-internasional.txt"}
    pemilu = ask(url, "pemilu", PEMILU_QUESTION)
    assert not pemilu["abstained"] and "Luber Jurdil" in pemilu["answer"]
    assert {p["path"] for p in pemilu["passages"]} == {"pemilu.txt"}
    # Each collection's question, asked of the other one, finds nothing there to answer with.
    assert ask(url, "hi", PEMILU_QUESTION)["abstained"]
    assert ask(url, "pemilu", HI_QUESTION)["abstained"]


def test_sources_are_per_collection(served):
    url, _ = served
    hi = httpx.get(f"{url}/c/hi/api/sources").json()["sources"]
    pemilu = httpx.get(f"{url}/c/pemilu/api/sources").json()["sources"]
    assert any(s["label"].startswith("Toma & Gorman") for s in hi)
    assert [s["label"] for s in pemilu] == ["Surbakti (2011)"]


def test_collections_are_listed_with_their_titles(served):
    url, _ = served
    listed = httpx.get(f"{url}/api/collections").json()["collections"]
    assert [(c["name"], c["title"], c["files"], c["ready"]) for c in listed] == [
        ("hi", "Hubungan Internasional", 1, True), ("pemilu", "pemilu", 1, True)]
    home = httpx.get(url + "/")
    assert home.status_code == 200 and 'href="c/hi/"' in home.text and "Hubungan Internasional" in home.text


def test_unknown_collection_is_a_clear_404(served):
    url, _ = served
    for name in ("tidak-ada", "%2e%2e", "HI"):
        r = httpx.post(f"{url}/c/{name}/api/ask", json={"question": "Apa?"})
        assert r.status_code == 404 and "tidak ada" in r.json()["error"]
    page = httpx.get(f"{url}/c/tidak-ada/")
    assert page.status_code == 404 and "tidak ada" in page.text


def test_an_empty_collection_says_what_to_do(library_dir):
    library = open_library(library_dir)
    library.create("kosong", "Mata Kuliah Baru")
    from telusur.library import CollectionError

    with pytest.raises(CollectionError, match="belum berisi teks.*unggah") as refused:
        library.engine("kosong")
    assert refused.value.status == 503
    assert library.describe("kosong") == {"name": "kosong", "title": "Mata Kuliah Baru", "files": 0, "ready": False,
                                          "loaded": False, "build": "idle"}


def test_an_empty_collections_chat_page_says_what_to_do_instead_of_loading(served):
    url, library = served
    library.create("kosong")
    page = httpx.get(f"{url}/c/kosong/")
    assert page.status_code == 503 and "belum berisi teks" in page.text and "/c/kosong/admin" in page.text
    assert httpx.get(f"{url}/c/kosong/api/health").json()["ui"] == "idle"  # no chat was built for it


def test_title_falls_back_to_the_folder_name_when_the_toml_is_broken(library_dir, capsys):
    (library_dir / "pemilu" / "telusur.toml").write_text('title = "tanpa tutup\n', encoding="utf-8")
    assert open_library(library_dir).collection("pemilu").title == "pemilu"
    assert "judul koleksi memakai nama folder" in capsys.readouterr().err


def test_collections_share_one_encoder_and_stay_within_the_memory_bound(library_dir, monkeypatch):
    import telusur.engine

    loaded, load = [], telusur.engine.load_encoder

    def seen(*args, **kwargs):  # every encoder an engine opens, where it asks for one
        loaded.append(load(*args, **kwargs))
        return loaded[-1]

    monkeypatch.setattr(telusur.engine, "load_encoder", seen)
    library = open_library(library_dir, max_loaded_collections=1)
    library.engine("hi")
    library.engine("pemilu")
    assert len(loaded) >= 2 and all(e is loaded[0] for e in loaded)  # one model in memory for every collection
    assert library.loaded() == ["pemilu"]  # "hi" was let go: only one index stays loaded
    handle = library.handle("hi")  # what the chat UI holds: it loads the collection again when asked
    assert not handle.ask(HI_QUESTION).abstained
    assert library.loaded() == ["hi"]


def test_a_rebuild_answers_from_the_old_index_until_the_new_one_is_whole(served):
    from telusur.index import build_lock

    url, library = served
    assert paths(ask(url, "pemilu", NEGARA_QUESTION)) == {"pemilu.txt"}
    settings = library.settings_for("pemilu")
    with build_lock(settings.index_dir(), 10):  # holds the background build at its start
        staged = library.staging_file("pemilu")
        shutil.copyfile(DOCUMENTS / "negara.txt", staged)
        library.add_file("pemilu", "negara.txt", staged)
        assert library.build_state("pemilu").state in ("waiting", "building")
        # The file is in the folder, but the old index answers, whole.
        assert paths(ask(url, "pemilu", NEGARA_QUESTION)) == {"pemilu.txt"}
        assert not ask(url, "pemilu", PEMILU_QUESTION)["abstained"]
    assert library.wait("pemilu").state == "idle"
    new = ask(url, "pemilu", NEGARA_QUESTION)
    assert not new["abstained"] and new["passages"][0]["path"] == "negara.txt"
    assert "negara.txt" not in paths(ask(url, "hi", NEGARA_QUESTION))  # the other collection did not change


def test_a_build_made_by_another_process_is_picked_up(library_dir):
    from telusur.index import build_index

    library = open_library(library_dir)
    assert "negara.txt" not in paths(library.engine("pemilu").ask(NEGARA_QUESTION).to_dict())
    shutil.copyfile(DOCUMENTS / "negara.txt", library_dir / "pemilu" / "negara.txt")
    build_index(library.settings_for("pemilu"))  # as `telusur build --library ... --collection pemilu` would
    assert library.reload_changed() == ["pemilu"] and library.reload_changed() == []
    assert library.engine("pemilu").ask(NEGARA_QUESTION).passages[0].path == "negara.txt"


def test_removing_the_last_file_keeps_the_old_index_answering(library_dir):
    library = open_library(library_dir)
    assert not library.engine("pemilu").ask(PEMILU_QUESTION).abstained
    library.remove_file("pemilu", "pemilu.txt")
    state = library.wait("pemilu")
    assert state.state == "failed" and "Tidak ada teks" in state.error
    assert not library.engine("pemilu").ask(PEMILU_QUESTION).abstained


def test_concurrent_first_use_loads_a_collection_once(library_dir):
    library = open_library(library_dir)
    engines = []
    threads = [threading.Thread(target=lambda: engines.append(library.engine("pemilu"))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(e) for e in engines}) == 1


# ---------------------------------------------------------------- a damaged embedding cache (issue 10, item 4)


def _damage(path):
    """Overwrite the database's pages after the first two, as a disk error or a killed copy would."""
    data = bytearray(path.read_bytes())
    for offset in range(8192, len(data), 4096):
        data[offset:offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["pages", "header"])
def test_a_damaged_embedding_cache_is_set_aside_and_rebuilt(library_dir, capfd, damage):
    from telusur.index import build_index

    settings = open_library(library_dir).settings_for("pemilu")
    (cache,) = settings.embedding_cache_dir().glob("*.sqlite")
    db = sqlite3.connect(cache)
    with db:  # enough rows for pages beyond the first two
        db.executemany("INSERT INTO vectors VALUES (?, ?)", [(f"x{i}", b"\0" * 1536) for i in range(200)])
    db.close()  # the last connection: the rows go from the write-ahead log into the file itself
    if damage == "pages":
        _damage(cache)
    else:
        cache.write_bytes(b"bukan basis data " * 300)
    with pytest.raises(sqlite3.DatabaseError):  # the damage is real: SQLite refuses it
        with sqlite3.connect(cache) as db:
            db.execute("SELECT count(*) FROM vectors").fetchall()
    report = build_index(settings, force=True)
    assert report.chunks > 0 and report.encoded >= report.chunks  # every text (and list item) encoded again
    err = capfd.readouterr().err
    lines = [line for line in err.splitlines() if "cache embedding" in line]
    assert len(lines) == 1 and "rusak" in lines[0] and "disisihkan" in lines[0]
    assert cache.with_name(cache.name + ".damaged").exists()
    assert build_index(settings, force=True).encoded == 0  # the new cache works


# ---------------------------------------------------------------- the command line


def test_cli_commands_take_a_collection_of_a_library(library_dir, capsys):
    import json

    from telusur.cli import main

    assert main(["ask", "--json", PEMILU_QUESTION, "--library", str(library_dir), "--collection", "pemilu"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert {p["path"] for p in answer["passages"]} == {"pemilu.txt"}
    assert main(["sources", "--json", "--library", str(library_dir), "--collection", "hi"]) == 0
    assert any(s["label"].startswith("Toma & Gorman") for s in json.loads(capsys.readouterr().out)["sources"])
    assert main(["build", "--library", str(library_dir), "--collection", "pemilu"]) == 0
    assert "sudah mutakhir" in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["ask", "Apa?", "--library", "{lib}"], "--collection NAMA (koleksi di {lib}: hi, pemilu)"),
    (["ask", "Apa?", "--collection", "hi"], "--collection hanya berlaku bersama --library"),
    (["ask", "Apa?", "--library", "{lib}", "--collection", "hukum"], "Koleksi 'hukum' tidak ada"),
    (["ask", "Apa?", "--library", "{lib}", "--collection", "hi", "--corpus", "x"], "tidak bisa digabung"),
    (["ask", "Apa?", "--library", "{lib}/tidak-ada", "--collection", "hi"], "Folder pustaka"),
    (["serve", "--admin-key-file", "kunci.txt"], "--admin-key-file berlaku bersama --library"),
])
def test_cli_library_mistakes_say_what_to_do(library_dir, capsys, argv, message):
    from telusur.cli import main

    assert main([a.replace("{lib}", str(library_dir)) for a in argv]) == 1
    assert message.replace("{lib}", str(library_dir)) in capsys.readouterr().err


def test_admin_key_comes_from_a_file_or_the_environment(tmp_path, monkeypatch):
    from telusur.errors import TelusurError
    from telusur.web.admin import read_key

    monkeypatch.delenv("TELUSUR_ADMIN_KEY", raising=False)
    assert read_key() is None  # admin off
    monkeypatch.setenv("TELUSUR_ADMIN_KEY", "kunci-dari-lingkungan")
    assert read_key() == "kunci-dari-lingkungan"
    (tmp_path / "kunci").write_text("kunci-dari-berkas-ini\n", encoding="utf-8")
    assert read_key(tmp_path / "kunci") == "kunci-dari-berkas-ini"
    (tmp_path / "pendek").write_text("abc", encoding="utf-8")
    with pytest.raises(TelusurError, match="terlalu pendek"):
        read_key(tmp_path / "pendek")
    with pytest.raises(TelusurError, match="tidak terbaca"):
        read_key(tmp_path / "tidak-ada")


# ---------------------------------------------------------------- each collection's chat


def wait_for_chat(url: str, name: str, seconds: float = 180) -> None:
    import time

    deadline = time.monotonic() + seconds
    while (ui := httpx.get(f"{url}/c/{name}/api/health").json()["ui"]) in ("idle", "loading"):
        assert time.monotonic() < deadline, "the chat did not become ready"
        time.sleep(0.2)
    assert ui == "ready"


@pytest.mark.slow
def test_each_collection_has_its_own_chat_and_embed_mounted_on_first_visit(served):
    import json

    from gradio_client import Client

    url, _ = served
    assert httpx.get(f"{url}/c/pemilu/api/health").json()["ui"] == "idle"  # nothing built before a visit
    first = httpx.get(f"{url}/c/pemilu/")
    assert first.status_code == 200 and "sedang dimuat" in first.text and '<html lang="id">' in first.text
    wait_for_chat(url, "pemilu")
    assert httpx.get(f"{url}/c/hi/api/health").json()["ui"] == "idle"  # only the visited collection's chat
    for path in ("/c/pemilu/", "/c/pemilu/embed/"):
        page = httpx.get(url + path)
        assert page.status_code == 200 and "gradio" in page.text.lower()
        assert "default-src 'self'" in page.headers["content-security-policy"]
        assert re.search(r'<html\s+lang="id"', page.text)
    assert httpx.get(f"{url}/c/pemilu", follow_redirects=False).headers["location"].endswith("/c/pemilu/")
    httpx.get(f"{url}/c/hi/")
    wait_for_chat(url, "hi")
    for name, own, other in (("pemilu", "pemilu.txt", HI_QUESTION), ("hi", "definisi-kerjasama-internasional.txt",
                                                                     PEMILU_QUESTION)):
        client = Client(f"{url}/c/{name}/", verbose=False)  # the embed has no named endpoints (browser tests)
        mine = json.loads(client.predict(PEMILU_QUESTION if name == "pemilu" else HI_QUESTION, [], api_name="/ask"))
        assert {p["path"] for p in mine["passages"]} == {own}
        assert json.loads(client.predict(other, [], api_name="/ask"))["abstained"]


@pytest.mark.parametrize("damage", ["vectors", "manifest", "pointer"])
def test_a_damaged_collection_index_is_rebuilt_in_the_background(library_dir, capfd, damage):
    """Opening never builds: a damaged index answers 503 saying why, its rebuild is queued, then it answers."""
    from telusur.index import current_build
    from telusur.library import CollectionError

    library = open_library(library_dir)
    index_dir = library.settings_for("pemilu").index_dir()
    build = current_build(index_dir)
    if damage == "vectors":
        (build / "vectors.npy").write_bytes((build / "vectors.npy").read_bytes()[:200])
    elif damage == "manifest":
        (build / "manifest.json").write_text("{ rusak", encoding="utf-8")
    else:
        (index_dir / "CURRENT").write_text("tidak-ada-build-ini\n", encoding="utf-8")
    with pytest.raises(CollectionError) as first:
        library.engine("pemilu")
    assert first.value.status == 503 and "coba lagi" in str(first.value)
    assert library.wait("pemilu").state == "idle"
    answer = library.engine("pemilu").ask(PEMILU_QUESTION)
    assert not answer.abstained and "Luber Jurdil" in answer.answer
    assert "Traceback" not in capfd.readouterr().err


def test_a_new_collection_is_indexed_in_the_background_at_start(library_dir):
    from telusur.index import build_lock
    from telusur.library import CollectionError

    (library_dir / "ilmu-negara").mkdir()
    shutil.copyfile(DOCUMENTS / "negara.txt", library_dir / "ilmu-negara" / "negara.txt")
    library = open_library(library_dir)
    with build_lock(library.settings_for("ilmu-negara").index_dir(), 10):  # holds the build at its start
        library.start()  # returns at once: the server can answer the other collections
        with pytest.raises(CollectionError, match="sedang diindeks untuk pertama kali") as waiting:
            library.engine("ilmu-negara")
        assert waiting.value.status == 503
        assert not library.engine("pemilu").ask(PEMILU_QUESTION).abstained
    assert library.wait("ilmu-negara").state == "idle"
    assert library.engine("ilmu-negara").ask(NEGARA_QUESTION).passages[0].path == "negara.txt"


def test_a_library_build_logs_each_file_as_serve_does(library_dir, capfd):
    (library_dir / "ilmu-negara").mkdir()
    shutil.copyfile(DOCUMENTS / "negara.txt", library_dir / "ilmu-negara" / "negara.txt")
    (library_dir / "ilmu-negara" / "slides.pptx").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    library = open_library(library_dir).start()
    library.rebuild("ilmu-negara")
    assert library.wait("ilmu-negara").state == "idle"
    out = capfd.readouterr().out
    assert "telusur: koleksi ilmu-negara: diindeks: negara.txt (txt, " in out
    assert "telusur: koleksi ilmu-negara: dilewati: slides.pptx: " in out
