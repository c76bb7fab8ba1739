"""The served app: the JSON API, the Gradio /ask and /sources endpoints, CORS, errors, and exports."""

import json
import re
import threading
import time

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("no_network")

QUESTION = "Apa saja tiga motif dalam melakukan suatu kerjasama internasional?"
COURSE_SITE = "https://kuliah.example.ac.id"


@pytest.fixture(scope="module")
def client(live_app):
    from gradio_client import Client

    return Client(live_app + "/", verbose=False)


def test_api_ask_returns_the_engines_answer(live_app, engine):
    r = httpx.post(f"{live_app}/api/ask", json={"question": QUESTION, "history": []})
    assert r.status_code == 200
    assert r.json() == engine.ask(QUESTION).to_dict()
    assert r.json()["passages"][0]["citations"][0]["label"] == "Toma & Gorman (1991: 384)"


def test_api_ask_reads_a_follow_up_from_the_history(live_app):
    r = httpx.post(f"{live_app}/api/ask", json={"question": "Apa yang kedua?", "history": [QUESTION]})
    assert "Memelihara perdamaian" in r.json()["answer"]
    assert r.json()["searched_for"] != "Apa yang kedua?"


def test_api_ask_gives_each_passage_a_ready_citation_in_the_style_asked(live_app):
    apa = httpx.post(f"{live_app}/api/ask", json={"question": QUESTION}).json()["passages"][0]["cite"]
    assert apa["style"] == "apa" and apa["in_text"] == "(Toma & Gorman, 1991, hlm. 384)"
    harvard = httpx.post(f"{live_app}/api/ask", json={"question": QUESTION, "style": "harvard"}).json()
    assert harvard["passages"][0]["cite"]["in_text"] == "(Toma dan Gorman, 1991, hlm. 384)"
    refused = httpx.post(f"{live_app}/api/ask", json={"question": QUESTION, "style": "mla"})
    assert refused.status_code == 400 and "apa, harvard, chicago" in refused.json()["error"]


@pytest.mark.parametrize("body", [{"question": ""}, {"question": 3}, {"history": []}, {"question": "x" * 5000},
                                  {"question": "Apa?", "history": "bukan daftar"}])
def test_api_ask_refuses_bad_requests_in_indonesian(live_app, body):
    r = httpx.post(f"{live_app}/api/ask", json=body)
    assert r.status_code == 400
    assert r.json()["error"].startswith(("Pertanyaan", "Permintaan tidak sah"))


def test_api_sources_ranks_by_topic(live_app, engine):
    r = httpx.get(f"{live_app}/api/sources", params={"topic": "kepentingan nasional"})
    assert r.json() == {"sources": [s.to_dict() for s in engine.sources("kepentingan nasional")]}
    every = httpx.get(f"{live_app}/api/sources").json()["sources"]
    assert {s["label"] for s in every} == {s["label"] for s in r.json()["sources"]}
    assert all(s["score"] is None for s in every)


def wait_for_chat(url: str, seconds: float = 120) -> None:
    """Poll /api/health until the Gradio app is mounted (importing Gradio takes seconds)."""
    deadline = time.monotonic() + seconds
    while (ui := httpx.get(f"{url}/api/health").json()["ui"]) == "loading":
        assert time.monotonic() < deadline, "the chat did not become ready"
        time.sleep(0.1)
    assert ui == "ready"


@pytest.mark.slow
def test_json_api_answers_while_the_chat_loads_and_pages_say_so(engine):
    from gradio_client import Client

    from conftest import serve_in_thread
    from telusur.web.app import create_app

    gate = threading.Event()  # the chat is built only once this is set: holds the loading state still
    url, stop = serve_in_thread(create_app(engine, ui_background=True, ui_after=gate))
    try:
        assert httpx.get(f"{url}/api/health").json() == {"status": "ok", "ui": "loading"}
        r = httpx.post(f"{url}/api/ask", json={"question": QUESTION, "history": []})
        assert r.status_code == 200 and r.json() == engine.ask(QUESTION).to_dict()
        for path in ("/", "/embed/"):
            page = httpx.get(url + path)
            assert page.status_code == 200 and '<html lang="id">' in page.text
            assert "sedang dimuat" in page.text and 'http-equiv="refresh"' in page.text
            assert not re.search(r"\b(src|href)=", page.text)  # nothing to fetch, from here or elsewhere
        gradio_route = httpx.get(f"{url}/config")
        assert gradio_route.status_code == 503 and "sedang dimuat" in gradio_route.json()["error"]
        gate.set()
        wait_for_chat(url)
        assert '<html\n\tlang="id"' in httpx.get(f"{url}/").text  # Gradio's own page now
        assert Client(url + "/", verbose=False).predict(api_name="/ping") == "ok"
    finally:
        gate.set()
        stop()


def test_openapi_describes_the_json_api(live_app):
    spec = httpx.get(f"{live_app}/api/openapi.json").json()
    assert {"/api/ask", "/api/sources"} <= set(spec["paths"])
    assert httpx.get(f"{live_app}/api/docs").status_code == 200
    assert httpx.get(f"{live_app}/api/health").json() == {"status": "ok", "ui": "ready"}


def test_gradio_ask_and_sources_endpoints(client, engine):
    answer = json.loads(client.predict(QUESTION, [], api_name="/ask"))
    assert answer == engine.ask(QUESTION).to_dict()
    follow_up = json.loads(client.predict("Apa yang kedua?", [QUESTION], api_name="/ask"))
    assert "Memelihara perdamaian" in follow_up["answer"]
    sources = json.loads(client.predict("kepentingan nasional", api_name="/sources"))
    assert sources == {"sources": [s.to_dict() for s in engine.sources("kepentingan nasional")]}


def test_gradio_endpoints_are_listed_and_errors_are_indonesian(client):
    from gradio_client.exceptions import AppError

    named = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert {"/ask", "/sources"} <= set(named)
    assert [p["parameter_name"] for p in named["/ask"]["parameters"]] == ["question", "history", "style"]
    with pytest.raises(AppError, match="Pertanyaan kosong"):
        client.predict("  ", [], api_name="/ask")
    harvard = json.loads(client.predict(QUESTION, [], "harvard", api_name="/ask"))
    assert harvard["passages"][0]["cite"]["in_text"] == "(Toma dan Gorman, 1991, hlm. 384)"


def test_cors_allows_localhost_and_configured_sites_only(live_app, engine, monkeypatch):
    from fastapi.testclient import TestClient

    from telusur.web.app import create_app, resolve_origins

    def preflight(url_or_client, origin):
        headers = {"Origin": origin, "Access-Control-Request-Method": "POST"}
        return url_or_client.options("/api/ask", headers=headers)

    local = httpx.Client(base_url=live_app)
    assert preflight(local, "http://localhost:8000").headers["access-control-allow-origin"] == "http://localhost:8000"
    assert "access-control-allow-origin" not in preflight(local, COURSE_SITE).headers

    monkeypatch.setenv("TELUSUR_ALLOWED_ORIGINS", f"{COURSE_SITE}/, https://lms.example.ac.id")
    origins = resolve_origins(["https://lain.example.org"])
    assert origins == ["https://lain.example.org", COURSE_SITE, "https://lms.example.ac.id"]
    configured = TestClient(create_app(engine, origins))
    assert preflight(configured, COURSE_SITE).headers["access-control-allow-origin"] == COURSE_SITE
    assert "access-control-allow-origin" not in preflight(configured, "https://evil.example").headers


def test_pages_are_indonesian_and_stay_on_the_machine(live_app):
    for path in ("/", "/embed/"):
        r = httpx.get(live_app + path)
        assert r.status_code == 200 and '<html\n\tlang="id"' in r.text
        assert "default-src 'self'" in r.headers["content-security-policy"]


def test_embed_module_has_a_stable_address(live_app):
    import re

    r = httpx.get(f"{live_app}/embed.js")
    assert r.status_code == 200 and "javascript" in r.headers["content-type"]
    module = re.fullmatch(r'import "\./(assets/index-[\w-]+\.js)";\n', r.text).group(1)
    assert httpx.get(f"{live_app}/{module}").status_code == 200


def test_bibtex_and_ris_carry_author_year_pages_and_location(engine):
    from telusur.bibliography import to_bibtex, to_ris

    sources = [s.to_dict() for s in engine.sources()]
    bib, ris = to_bibtex(sources), to_ris(sources)
    assert bib.count("@misc{") == len(sources) == ris.count("TY  - GEN")
    assert "author = {Toma and Gorman}" in bib and "pages = {384}" in bib
    assert "note = {Dirujuk di: Definisi Kerjasama Internasional, paragraf 19-23 (hlm. 384)}" in bib
    assert "AU  - Toma\nAU  - Gorman\nPY  - 1991\nSP  - 384\n" in ris
