"""A library of courses in headless Chromium (issue 10): each collection's chat and embed answer from its own texts
only; a lecturer with the key uploads a PDF on the admin page and, once the progress bar is done, the chat answers
from it in the same browser session; without the key, or with a wrong one, the page and its API refuse and nothing
is written. One server per module over a copy of the session's two-collection library (tests/libraries.py)."""

import shutil
import threading
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import serve_in_thread
from libraries import ADMIN_KEY, HI_QUESTION, PEMILU_QUESTION, library_template  # noqa: F401
from render import render_pdf
from test_browser import REPO, SHOTS, _QuietHandler, ask

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("no_network")]

TITLES = {"hi": "Definisi Kerjasama Internasional", "pemilu": "Pemilihan Umum di Indonesia"}
QUESTIONS = {"hi": HI_QUESTION, "pemilu": PEMILU_QUESTION}
CHAT_LOAD_MS = 120_000  # a collection's chat is built on its first visit; the page reloads itself until then
PHONE_SIZE = (375, 740)

REEF_TEXT = """# Terumbu Karang

Terumbu karang adalah ekosistem di dasar laut tropis yang dibangun oleh hewan karang penghasil kapur.

Terumbu karang berfungsi sebagai tempat ikan mencari makan, bertelur, dan berlindung dari pemangsa (Nontji, 2005: 12).

Terumbu karang juga melindungi pantai dari abrasi karena meredam hempasan ombak sebelum mencapai daratan.

Kerusakan terumbu karang disebabkan oleh pemutihan karena suhu laut naik, penangkapan ikan dengan bom, dan endapan lumpur.
"""
REEF_QUESTION = "Apa fungsi terumbu karang bagi ikan?"


@pytest.fixture(scope="module")
def library_app(library_template, tmp_path_factory):
    """The library app with an admin key over a private copy of the library: (url, library root)."""
    from telusur.library import Library
    from telusur.web.app import create_library_app
    from telusur.settings import Settings

    root = tmp_path_factory.mktemp("browser-library") / "library"
    shutil.copytree(library_template, root, symlinks=True)
    url, stop = serve_in_thread(create_library_app(Library(root, Settings.from_env()), admin_key=ADMIN_KEY))
    yield url, root
    stop()


@pytest.fixture(scope="module")
def course_site():
    """ui/ served from another local port, as a course site would serve the example page."""
    site = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(REPO / "ui")))
    threading.Thread(target=site.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{site.server_port}"
    site.shutdown()


def open_chat(open_page, url, width=1024, height=900):
    page = open_page(url, width, height)
    page.locator("#tl-question textarea").wait_for(timeout=CHAT_LOAD_MS)
    return page


def documents_shown(reply) -> set[str]:
    """The document title of every passage card in a reply (answer cards and "mungkin terkait" alike)."""
    return {text.split(",")[0].strip() for text in reply.locator(".tl-where").all_inner_texts()}


def files_in(root: Path) -> dict[str, int]:
    """Every file a lecturer could have written (the collections' texts and uploads, not the derived index)."""
    return {p.relative_to(root).as_posix(): p.stat().st_size for p in root.rglob("*")
            if p.is_file() and "index" not in p.relative_to(root).parts and "cache" not in p.parts}


# First in the module: the collection's chat is not built yet when the course page asks for it.
def test_a_collection_embeds_in_a_course_page_as_iframe_and_web_component(open_page, library_app, course_site):
    url, _ = library_app
    page = open_page(f"{course_site}/embed-example.html?app={url}/c/pemilu", height=900)
    component = page.locator("#telusur-web-component gradio-app")
    component.locator("#tl-question textarea").wait_for(timeout=CHAT_LOAD_MS)
    for scope in (component, page.frame_locator("#telusur-iframe")):
        reply = ask(page, PEMILU_QUESTION, scope=scope)
        assert reply.locator(".tl-answer").count() == 1 and documents_shown(reply) == {TITLES["pemilu"]}
    assert page.locator("#wc-hint").is_hidden()
    assert f"{url}/embed.js" in page.locator("#wc-snippet").inner_text()  # one module for every collection
    page.screenshot(path=SHOTS / "koleksi-di-situs-kuliah.png", full_page=True)


@pytest.mark.parametrize("embed", [False, True], ids=["chat", "embed"])
def test_each_collection_answers_from_its_own_texts_only(open_page, library_app, embed):
    url, _ = library_app
    for name, other in (("hi", "pemilu"), ("pemilu", "hi")):
        page = open_chat(open_page, f"{url}/c/{name}/{'embed/' if embed else ''}")
        assert (page.get_by_role("tab", name="Sumber").count() == 0) == embed  # the embed is the chat only
        if not embed:  # the course's title from its telusur.toml, else its folder name
            course = {"hi": "Hubungan Internasional", "pemilu": "pemilu"}[name]
            assert page.locator(".tl-header h1").inner_text().startswith(course) and page.title().startswith(course)
        own = ask(page, QUESTIONS[name])
        assert own.locator(".tl-answer").count() == 1, own.inner_text()
        assert documents_shown(own) == {TITLES[name]}
        # The other course's question finds nothing here: refused, and anything offered is from this course.
        elsewhere = ask(page, QUESTIONS[other])
        assert elsewhere.locator(".tl-abstain").count() == 1 and elsewhere.locator(".tl-answer").count() == 0
        assert documents_shown(elsewhere) <= {TITLES[name]}
        page.screenshot(path=SHOTS / f"koleksi-{name}{'-sematan' if embed else ''}.png", full_page=True)


def test_lecturer_uploads_a_pdf_and_the_chat_answers_from_it(open_page, library_app, tmp_path):
    url, root = library_app
    pdf = tmp_path / "terumbu-karang.pdf"
    render_pdf(REEF_TEXT, pdf, header="Biologi Laut")
    page = open_page(f"{url}/c/pemilu/admin", 1280, 900)
    page.fill("#ad-key", ADMIN_KEY)
    page.click("#ad-login-button")
    page.locator("#ad-panel").wait_for()
    assert page.locator("#ad-collection").input_value() == "pemilu"
    page.set_input_files("#ad-file", pdf)
    page.click("#ad-upload")
    page.locator("#ad-progress").wait_for(state="visible")  # the rebuild runs in the background...
    page.locator("#ad-progress").wait_for(state="hidden", timeout=CHAT_LOAD_MS)  # ...until the bar is done
    assert page.locator("#ad-state").inner_text().startswith("Indeks siap")
    row = page.locator("#ad-report-files tr", has_text="terumbu-karang.pdf")
    assert "diindeks" in row.inner_text()
    assert "terumbu-karang.pdf" in page.locator("#ad-files").inner_text()
    page.screenshot(path=SHOTS / "admin-unggah.png", full_page=True)

    # Same browser session: the link opens the collection's chat in a new tab, and the new text answers there.
    with page.context.expect_page() as opened:
        page.click("#ad-chat-link")
    page = opened.value
    page.locator("#tl-question textarea").wait_for(timeout=CHAT_LOAD_MS)
    reply = ask(page, REEF_QUESTION)
    assert "tempat ikan mencari makan" in reply.locator(".tl-answer").inner_text()
    first = reply.locator(".tl-card").first
    assert first.locator(".tl-cite").inner_text() == "Nontji (2005: 12)"
    assert "Terumbu Karang" in first.locator(".tl-where").inner_text()
    page.screenshot(path=SHOTS / "admin-lalu-obrolan.png", full_page=True)
    # The other course never sees it.
    other = ask(open_chat(open_page, f"{url}/c/hi/"), REEF_QUESTION)
    assert other.locator(".tl-answer").count() == 0 and "Terumbu Karang" not in documents_shown(other)


def test_without_the_key_the_admin_page_and_its_api_refuse(open_page, library_app, tmp_path):
    url, root = library_app
    before = files_in(root)
    page = open_page(f"{url}/c/pemilu/admin")
    assert page.locator("#ad-login").is_visible() and page.locator("#ad-panel").is_hidden()
    page.fill("#ad-key", "kunci-yang-salah-sekali")
    page.click("#ad-login-button")
    page.locator("#ad-message.ad-error").wait_for()
    assert page.locator("#ad-panel").is_hidden() and page.locator("#ad-files tbody tr").count() == 0
    # What a script in that page (or anyone) gets from the API: no key, then a wrong key.
    statuses = page.evaluate("""async () => {
        const form = () => { const f = new FormData();
            const text = new Blob(["Teks sisipan yang tidak boleh tersimpan."], {type: "text/plain"});
            f.append("file", text, "sisipan.txt");
            return f; };
        const out = [];
        for (const headers of [{}, {Authorization: "Bearer kunci-yang-salah-juga"}]) {
            out.push((await fetch("/c/pemilu/api/files", {method: "POST", headers, body: form()})).status);
            out.push((await fetch("/c/pemilu/api/status", {headers})).status);
        }
        return out;
    }""")
    assert all(status in (401, 403) for status in statuses), statuses
    assert page.locator("#ad-panel").is_hidden()
    assert files_in(root) == before
    page.screenshot(path=SHOTS / "admin-kunci-salah.png", full_page=True)


# ---------------------------------------------------------------- issue 18: an admin page that tells the truth

def _hold_build(folder: Path):
    """Hold the collection's build lock, as a build already running would: its build waits (state "building")."""
    import fcntl

    from telusur.library import STATE_DIR

    index = folder / STATE_DIR / "index"
    index.mkdir(parents=True, exist_ok=True)
    handle = open(index / ".lock", "a+")
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def _admin(open_page, url, width=1280, height=900):
    page = open_page(f"{url}/admin", width, height)
    page.fill("#ad-key", ADMIN_KEY)
    page.click("#ad-login-button")
    page.locator("#ad-panel").wait_for()
    return page


def test_the_admin_page_tells_the_truth_before_during_and_after_a_first_build(open_page, library_app, tmp_path):
    url, root = library_app
    page = _admin(open_page, url, *PHONE_SIZE)
    page.locator("#ad-new summary").click()
    page.fill("#ad-new-name", "biologi-laut")
    page.fill("#ad-new-title", "Biologi Laut")
    page.click("#ad-new-button")
    page.locator("#ad-message.ad-ok").wait_for()
    state = page.locator("#ad-state")
    # Before: an empty collection has no index, and says so once.
    page.wait_for_function("() => document.getElementById('ad-state').textContent.startsWith('Belum ada indeks')")
    assert "Indeks siap" not in page.locator("#ad-panel").inner_text()
    assert page.locator("#ad-panel").inner_text().count("Belum ada indeks") == 1
    page.screenshot(path=SHOTS / "admin-koleksi-baru.png", full_page=True)
    # During: the first build (held at its lock) promises no old index, and the collection's page says it indexes.
    (tmp_path / "terumbu-karang.md").write_text(REEF_TEXT, encoding="utf-8")
    held = _hold_build(root / "biologi-laut")
    try:
        page.set_input_files("#ad-file", tmp_path / "terumbu-karang.md")
        page.click("#ad-upload")
        page.wait_for_function("() => document.getElementById('ad-state').textContent.startsWith('Membangun indeks pertama')")
        assert "indeks lama" not in state.inner_text()
        assert page.locator("#ad-progress").is_visible()
        chat = open_page(f"{url}/c/biologi-laut/", *PHONE_SIZE)
        text = chat.locator("main").inner_text()
        assert "Biologi Laut" in text and "sedang diindeks" in text, text
        chat.screenshot(path=SHOTS / "koleksi-sedang-diindeks.png", full_page=True)
        page.screenshot(path=SHOTS / "admin-indeks-pertama.png", full_page=True)
    finally:
        held.close()
    # After: ready, the progress is gone, the message no longer says a build is running, the report counts.
    page.locator("#ad-progress").wait_for(state="hidden", timeout=CHAT_LOAD_MS)
    page.wait_for_function("() => document.getElementById('ad-state').textContent.startsWith('Indeks siap')")
    message = page.locator("#ad-message").inner_text()
    assert "sedang dibangun ulang" not in message and message.startswith("Indeks baru siap"), message
    summary = page.locator("#ad-summary").inner_text()
    chunks = summary.split(" bagian teks")[0].split()[-1]
    assert f"Indeks baru siap: {chunks} bagian teks" in message  # the same count as the report's
    # The file table fits the phone: "Hapus" is on the screen, no sideways scroll.
    delete = page.get_by_role("button", name="Hapus terumbu-karang.md")
    box = delete.bounding_box()
    assert 0 <= box["x"] and box["x"] + box["width"] <= PHONE_SIZE[0]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_SIZE[0]
    page.screenshot(path=SHOTS / "admin-setelah-indeks.png", full_page=True)
    # And the collection's page becomes its chat by itself.
    chat.locator("#tl-question textarea").wait_for(timeout=CHAT_LOAD_MS)
    assert "Biologi Laut" in chat.title()


def test_the_library_answers_the_browsers_favicon_request(library_app):
    import httpx

    url, _ = library_app
    r = httpx.get(f"{url}/favicon.ico")
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
