"""The app in headless Chromium: chat with citations, follow-ups, refusals, Sumber, embeds, phone width, escaping."""

import os
import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("no_network")]

REPO = Path(__file__).resolve().parents[1]
SHOTS = Path(__file__).parent / "screenshots"
CHROMIUM = shutil.which("chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUESTION = "Apa saja tiga motif dalam melakukan suatu kerjasama internasional?"
TIMEOUT = 20_000


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed: apt-get install chromium")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def open_page(browser):
    """A fresh page; every request to a host outside the machine is blocked and recorded."""
    pages, outside = [], []

    def block_outside(route):
        if urlparse(route.request.url).hostname not in ("127.0.0.1", "localhost"):
            outside.append(route.request.url)
            return route.abort()
        return route.continue_()

    def open_(url, width=1024, height=900):
        page = browser.new_page(viewport={"width": width, "height": height})
        page.set_default_timeout(TIMEOUT)
        page.route("**/*", block_outside)
        page.goto(url)
        pages.append(page)
        return page

    open_.outside = outside
    yield open_
    for page in pages:
        page.close()


def ask(page, question, scope=None):
    """Type a question with the keyboard and wait for its reply card."""
    scope = scope or page
    replies = scope.locator(".tl-reply").count()
    box = scope.locator("#tl-question textarea")
    box.fill(question)
    box.press("Enter")
    scope.locator(".tl-reply").nth(replies).wait_for()
    return scope.locator(".tl-reply").nth(replies)


def test_answer_shows_citation_label_and_highlighted_sentence(open_page, live_app):
    page = open_page(live_app + "/")
    assert page.evaluate("document.documentElement.lang") == "id"
    reply = ask(page, QUESTION)
    first = reply.locator(".tl-card").first
    assert first.locator(".tl-cite").inner_text() == "Toma & Gorman (1991: 384)"
    assert "tiga motif" in first.locator("mark.tl-hl").first.inner_text()
    assert "paragraf 19-23" in first.locator(".tl-where").inner_text()
    assert reply.locator(".tl-nocite, .tl-cite").count() >= 3  # every card says what it cites, or that it cites nothing
    first.locator("summary").click()
    assert first.locator(".tl-around").first.is_visible()
    page.screenshot(path=SHOTS / "jawaban.png", full_page=True)
    assert open_page.outside == []


def test_follow_up_is_answered_from_the_conversation(open_page, live_app):
    page = open_page(live_app + "/")
    ask(page, QUESTION)
    reply = ask(page, "Apa yang kedua?")
    assert "Memelihara perdamaian" in reply.locator(".tl-answer").inner_text()
    assert "tiga motif" in reply.locator(".tl-searched").inner_text()  # the follow-up was read with its context
    page.screenshot(path=SHOTS / "lanjutan.png", full_page=True)


def test_out_of_scope_question_is_refused_with_related_passages_apart(open_page, live_app):
    page = open_page(live_app + "/")
    reply = ask(page, "Bagaimana cara memasak rendang yang empuk?")
    assert "tidak membahas" in reply.locator(".tl-abstain").inner_text()
    assert reply.locator(".tl-answer").count() == 0
    related = reply.locator(".tl-related")
    assert "Mungkin terkait" in related.inner_text()
    assert related.locator(".tl-related-card").count() >= 1
    assert reply.locator(".tl-card:not(.tl-related-card)").count() == 0
    page.screenshot(path=SHOTS / "di-luar-cakupan.png", full_page=True)


def test_example_question_is_clickable_on_an_empty_chat(open_page, live_app, engine):
    page = open_page(live_app + "/")
    first = engine.examples(4)[0]
    page.get_by_text(first, exact=False).first.click()
    page.locator(".tl-reply").first.wait_for()
    assert first in page.locator(".tl-searched").first.inner_text()


def test_sources_tab_ranks_works_by_topic_and_shows_citing_passages(open_page, live_app):
    page = open_page(live_app + "/")
    page.get_by_role("tab", name="Sumber").click()
    table = page.locator("#tl-sources table")
    table.wait_for()
    assert table.locator("tbody tr").count() == 7
    topic = page.locator("#tl-topic textarea")
    topic.fill("motif kerjasama internasional")
    topic.press("Enter")
    page.locator("#tl-sources th", has_text="Kecocokan").wait_for()
    assert table.locator("tbody tr").first.locator("td").first.inner_text() == "Toma & Gorman (1991)"
    page.locator("#tl-work input").click()
    page.get_by_role("option", name="Toma & Gorman (1991)").click()
    passages = page.locator("#tl-work-passages .tl-card")
    passages.first.wait_for()
    assert "hlm. 384" in passages.first.inner_text()
    with page.expect_download() as download:
        page.locator("#tl-bibtex").click()
    assert "author = {Toma and Gorman}" in Path(download.value.path()).read_text(encoding="utf-8")
    page.screenshot(path=SHOTS / "sumber.png", full_page=True)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def example_site(live_app):
    """ui/embed-example.html served from another local port, as a course site would serve it."""
    site = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(REPO / "ui")))
    threading.Thread(target=site.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{site.server_port}/embed-example.html?app={live_app}"
    site.shutdown()


def test_example_page_embeds_the_chat_as_iframe_and_web_component(open_page, example_site):
    page = open_page(example_site, height=1800)
    frame = page.frame_locator("#telusur-iframe")
    reply = ask(page, QUESTION, scope=frame)
    assert reply.locator(".tl-cite").first.inner_text() == "Toma & Gorman (1991: 384)"
    assert frame.get_by_role("tab", name="Sumber").count() == 0  # compact: the chat only
    component = page.locator("#telusur-web-component gradio-app")
    reply = ask(page, QUESTION, scope=component)
    assert reply.locator(".tl-cite").first.inner_text() == "Toma & Gorman (1991: 384)"
    assert reply.locator("mark.tl-hl").count() >= 1
    page.screenshot(path=SHOTS / "contoh-sematan.png", full_page=True)


def test_phone_width_has_no_sideways_scrolling(open_page, live_app):
    for path, name in (("/", "ponsel.png"), ("/embed/", "ponsel-sematan.png")):
        page = open_page(live_app + path, width=375, height=800)
        reply = ask(page, QUESTION)
        assert reply.locator(".tl-cite").first.is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        box = reply.locator(".tl-card").first.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375
        page.screenshot(path=SHOTS / name, full_page=True)


def test_loading_page_turns_into_the_chat_by_itself(open_page, engine):
    from conftest import serve_in_thread
    from telusur.server import create_app

    gate = threading.Event()  # the chat is built only once this is set, as `telusur serve` does it a few seconds in
    url, stop = serve_in_thread(create_app(engine, ui_background=True, ui_after=gate))
    try:
        page = open_page(url + "/")
        assert "sedang dimuat" in page.locator("main").inner_text()
        assert page.evaluate("document.documentElement.lang") == "id"
        gate.set()
        # The page reloads itself until Gradio's chat is there: seconds, more on a busy machine importing Gradio.
        page.locator("#tl-question textarea").wait_for(timeout=120_000)
        reply = ask(page, QUESTION)
        assert reply.locator(".tl-cite").first.inner_text() == "Toma & Gorman (1991: 384)"
        assert open_page.outside == []
    finally:
        gate.set()
        stop()


def test_markup_in_the_corpus_is_shown_as_text(open_page, xss_app):
    page = open_page(xss_app + "/")
    reply = ask(page, "Baris apa yang memuat kode dan gambar?")
    card = reply.locator(".tl-card").first
    assert "<script>window.__pwned = 1</script>" in card.inner_text()
    assert "<img src=x onerror=" in card.inner_text()
    assert card.locator("img, script").count() == 0
    page.get_by_role("tab", name="Sumber").click()
    page.locator("#tl-work input").click()
    page.get_by_role("option", name="Aman (2001)").click()
    assert "<script>" in page.locator("#tl-work-passages .tl-card").first.inner_text()
    assert page.evaluate("window.__pwned") is None
    page.screenshot(path=SHOTS / "teks-berkode.png", full_page=True)
