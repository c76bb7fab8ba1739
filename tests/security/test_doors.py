"""Doors a stranger could walk through (issue 17, items 1 and 5): Gradio's upload and file routes on every mount,
and request bodies of any size before a key or a route has looked at them."""

import httpx
import pytest

from .served import AUTH, Server, raw_request, wait_until

BIG = 200 * 1024 * 1024  # what the hostile run sent; never sent whole: the server must answer long before
JSON_LIMIT = 256 * 1024


def gradio_uploads_refused(server: Server, prefixes: list[str]) -> None:
    """Every Gradio upload route under the prefixes is closed, small file or big, and nothing lands on disk."""
    for prefix in prefixes:
        small = httpx.post(f"{server.url}{prefix}/gradio_api/upload", files={"files": ("a.txt", b"halo")}, timeout=30)
        assert small.status_code in (403, 404), (prefix, small.status_code, small.text[:200])
        assert "error" in small.json()
        status, _, sent = raw_request(server.url, "POST", f"{prefix}/gradio_api/upload",
                                      {"Content-Type": "multipart/form-data; boundary=x"}, BIG)
        assert status in (403, 404, 413) and sent < 16 * 1024 * 1024, (prefix, status, sent)
    assert [p for p in server.tmp.rglob("*") if p.is_file()] == []  # Gradio's upload folder stayed empty


@pytest.fixture(scope="module")
def library_server(module_library_server):
    """One server for the whole file: every test here only sends requests the server refuses or answers."""
    return module_library_server


def test_single_course_gradio_uploads_are_closed(tmp_path, corpus_template):
    server = Server(["--corpus", str(corpus_template / "corpus"), "--index", str(corpus_template / "index")],
                    tmp_path, wait_ui=True)
    try:
        gradio_uploads_refused(server, ["", "/embed"])
        # The file route gives nothing of the machine's files (the corpus, /etc/passwd).
        for path in (corpus_template / "corpus" / "pemilu.txt", "/etc/passwd"):
            r = httpx.get(f"{server.url}/gradio_api/file={path}", timeout=10)
            assert r.status_code in (403, 404) and "asas" not in r.text and "root:" not in r.text
        assert server.answers()
    finally:
        server.stop()
    assert "Traceback" not in server.output()


@pytest.mark.parametrize("path, headers", [
    ("/c/kuliah/api/ask", {"Content-Type": "application/json"}),
    ("/api/collections", {"Content-Type": "application/json"}),  # no key: refused before reading it
    ("/api/collections", {"Content-Type": "application/json", **AUTH}),
    ("/c/kuliah/gradio_api/queue/join", {"Content-Type": "application/json"}),
])
@pytest.mark.parametrize("chunked", [False, True])
def test_a_200_mb_body_is_refused_before_it_is_read(library_server, path, headers, chunked):
    server = library_server
    if "gradio_api" in path:  # the chat is mounted first: importing Gradio is not the body's memory
        httpx.get(f"{server.url}/c/kuliah/", timeout=30)
        wait_until(lambda: httpx.get(f"{server.url}/c/kuliah/api/health").json()["ui"] == "ready", 240, server)
    before = server.rss()
    status, response, sent = raw_request(server.url, "POST", path, headers, BIG, chunked=chunked)
    assert status == 413, response[:300]
    assert b'"error"' in response and b"terlalu besar" in response.lower()  # JSON, Indonesian
    assert sent < 8 * 1024 * 1024  # answered long before the body's end
    assert server.rss() - before < 50
    assert server.answers()


def test_six_parallel_big_bodies_leave_memory_flat(library_server):
    from concurrent.futures import ThreadPoolExecutor

    server = library_server
    before = server.rss()
    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(lambda _: raw_request(server.url, "POST", "/api/collections",
                                                      {"Content-Type": "application/json"}, BIG), range(6)))
    assert all(status == 413 for status, _, _ in results)
    assert server.rss() - before < 50


def test_a_json_body_just_under_the_limit_still_works(library_server):
    history = ["Apa itu pemilu?"] * 10
    r = httpx.post(f"{library_server.url}/c/kuliah/api/ask",
                   json={"question": "Apa asas pemilu?", "history": history, "pad": "x" * (JSON_LIMIT // 2)}, timeout=120)
    assert r.status_code == 200, r.text


def test_library_gradio_uploads_are_closed_on_every_collection_mount(library_server):
    server = library_server
    httpx.get(f"{server.url}/c/kuliah/", timeout=30)  # mounts the collection's chat
    wait_until(lambda: httpx.get(f"{server.url}/c/kuliah/api/health").json()["ui"] == "ready", 120, server)
    gradio_uploads_refused(server, ["/c/kuliah", "/c/kuliah/embed"])
    r = httpx.get(f"{server.url}/c/kuliah/gradio_api/file={server.root / 'kuliah' / 'pemilu.txt'}", timeout=10)
    assert r.status_code in (403, 404) and "asas" not in r.text.lower()
