"""The app in headless Chromium: chat with citations, follow-ups, refusals, Sumber, embeds, phone width, escaping,
where the view is after an answer, screen-reader texts, and that no page asks a host outside the machine.

The browser (`browser`) and `open_page` live in conftest.py: one Chromium per session, and every page fails its
test if it made a request to a host outside the machine."""

import re
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("no_network")]

REPO = Path(__file__).resolve().parents[1]
SHOTS = Path(__file__).parent / "screenshots"
QUESTION = "Apa saja tiga motif dalam melakukan suatu kerjasama internasional?"
DESKTOP, PHONE = (1280, 800), (375, 740)


@pytest.fixture(scope="module", autouse=True)
def _screenshots_folder():
    SHOTS.mkdir(exist_ok=True)


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
    first.locator(".tl-context summary").click()
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
    with page.expect_download() as download:
        page.locator("#tl-reflist").click()
    listed = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert download.value.suggested_filename == "daftar-pustaka-apa.txt"
    assert "Toma & Gorman (1991): entri daftar pustaka tidak ada di dokumen." in listed and len(listed) == 7
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
    page = open_page(example_site, height=900)
    component = page.locator("#telusur-web-component gradio-app")
    # The component sits below the fold: it must load without being scrolled into view (eager="true").
    component.locator("#tl-question textarea").wait_for()
    assert page.evaluate("document.getElementById('telusur-web-component').getBoundingClientRect().top") > 900
    frame = page.frame_locator("#telusur-iframe")
    reply = ask(page, QUESTION, scope=frame)
    assert reply.locator(".tl-cite").first.inner_text() == "Toma & Gorman (1991: 384)"
    assert frame.get_by_role("tab", name="Sumber").count() == 0  # compact: the chat only
    reply = ask(page, QUESTION, scope=component)
    assert reply.locator(".tl-cite").first.inner_text() == "Toma & Gorman (1991: 384)"
    assert reply.locator("mark.tl-hl").count() >= 1
    assert page.locator("#wc-hint").is_hidden()
    # Gradio's script adds nothing to the course page that would load from elsewhere (fonts, badges).
    links = page.evaluate("[...document.querySelectorAll('link[href], script[src]')].map(e => e.href || e.src)")
    assert links and all(re.match(r"http://127\.0\.0\.1:\d+/", url) for url in links), links
    page.screenshot(path=SHOTS / "contoh-sematan.png", full_page=True)


def test_example_page_on_a_site_not_allowed_says_which_origin_to_allow(open_page, live_app):
    # 127.0.0.2 is this machine too, but not an origin the server allows by default (as a course site would be).
    site = ThreadingHTTPServer(("127.0.0.2", 0), partial(_QuietHandler, directory=str(REPO / "ui")))
    threading.Thread(target=site.serve_forever, daemon=True).start()
    try:
        origin = f"http://127.0.0.2:{site.server_port}"
        page = open_page(f"{origin}/embed-example.html?app={live_app}")
        hint = page.locator("#wc-hint")
        hint.wait_for()
        assert f"--allow-origin {origin}" in hint.inner_text()
        reply = ask(page, QUESTION, scope=page.frame_locator("#telusur-iframe"))  # the iframe needs no permission
        assert reply.locator(".tl-cite").first.inner_text() == "Toma & Gorman (1991: 384)"
    finally:
        site.shutdown()


def test_example_page_opened_from_a_file_says_how_to_serve_it(open_page, live_app):
    page = open_page((REPO / "ui" / "embed-example.html").as_uri() + f"?app={live_app}")
    hint = page.locator("#wc-hint")
    hint.wait_for()
    assert "python3 -m http.server" in hint.inner_text() and "file://" in hint.inner_text()
    assert page.locator("#telusur-web-component gradio-app").count() == 0  # not tried: origin null is refused
    reply = ask(page, QUESTION, scope=page.frame_locator("#telusur-iframe"))  # the iframe works either way
    assert reply.locator(".tl-cite").first.inner_text() == "Toma & Gorman (1991: 384)"
    page.screenshot(path=SHOTS / "contoh-sematan-berkas.png", full_page=True)


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
    from telusur.web.app import create_app

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


# ---------------------------------------------------------------- what a newcomer tripped on (issue 10)

def _view_of(page, element) -> dict:
    """Where an element is inside the chat's scrolling panel and inside the window."""
    return element.evaluate("""(el) => {
        const log = el.closest("[role=log]"), box = el.getBoundingClientRect(), view = log.getBoundingClientRect();
        return {fromTop: box.top - view.top, top: box.top, bottom: box.bottom, viewBottom: view.bottom,
                scrolled: log.scrollTop, window: innerHeight};
    }""")


@pytest.mark.parametrize("path, size", [("/", DESKTOP), ("/", PHONE), ("/embed/", PHONE)],
                         ids=["1280px", "375px", "embed-375px"])
def test_after_an_answer_the_view_starts_at_the_question(open_page, live_app, path, size):
    page = open_page(live_app + path, *size)
    chat = page.locator("#tl-chat")
    # The chat fits the window: question box included, nothing to scroll to reach it.
    assert page.locator("#tl-question textarea").bounding_box()["y"] + 40 <= size[1]
    assert chat.bounding_box()["height"] >= 280
    ask(page, QUESTION)
    reply = ask(page, "Apa yang kedua?")
    reply.locator(".tl-answer").wait_for()
    question = page.locator("#tl-chat .message-row.user-row").last
    page.wait_for_function("""() => { const rows = document.querySelectorAll("#tl-chat .user-row");
        const log = document.querySelector("#tl-chat [role=log]");
        return log.scrollTop > 0 && Math.abs(rows[rows.length - 1].getBoundingClientRect().top
                                             - log.getBoundingClientRect().top) < 40; }""")
    where = _view_of(page, question)
    assert where["scrolled"] > 0  # the first answer is above, out of the view
    assert -2 <= where["fromTop"] < 40, where  # the question is at the top of the chat (sub-pixel rounding)
    assert 0 <= where["top"] and where["bottom"] <= where["window"]  # and inside the window
    answer = _view_of(page, reply.locator(".tl-answer"))
    assert answer["top"] < answer["viewBottom"]  # the answer starts in view below it
    assert "Memelihara perdamaian" in reply.locator(".tl-answer").inner_text()
    page.screenshot(path=SHOTS / f"posisi-jawaban{'-sematan' if 'embed' in path else ''}-{size[0]}.png")


def test_chat_label_leaves_the_first_line_visible(open_page, live_app):
    page = open_page(live_app + "/", *DESKTOP)
    label = page.locator("#tl-chat label[data-testid=block-label]")
    assert label.inner_text().strip() == "Percakapan"
    ask(page, QUESTION)
    # The label sits above the scrolling conversation: whatever line is at the top of the view stays readable.
    log = page.locator("#tl-chat [role=log]").bounding_box()
    label_box = label.bounding_box()
    assert label_box["y"] + label_box["height"] <= log["y"] + 0.5, (label_box, log)
    first = page.locator("#tl-chat .message-row").first.bounding_box()
    assert first["y"] >= log["y"] - 0.5


def test_sources_table_shows_every_column_on_a_phone(open_page, live_app):
    page = open_page(live_app + "/", *PHONE)
    page.get_by_role("tab", name="Sumber").click()
    table = page.locator("#tl-sources table")
    table.wait_for()
    wrap = page.locator("#tl-sources .tl-table-wrap").bounding_box()
    cells = table.locator("tbody td")
    assert cells.count() == 7 * 5
    for i in range(cells.count()):
        box = cells.nth(i).bounding_box()
        assert wrap["x"] <= box["x"] and box["x"] + box["width"] <= min(wrap["x"] + wrap["width"], 375) + 0.5, i
    # Each value is named by its column, since the header row is not shown in this layout.
    named = cells.evaluate_all("tds => tds.map(td => getComputedStyle(td, '::before').content)")
    assert '"Halaman: "' in named and '"Bagian: "' in named
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=SHOTS / "sumber-ponsel.png", full_page=True)


# Gradio's untranslated labels are i18n keys such as "common.complete" or "chatbot.copy_message".
I18N_KEY = re.compile(r"\b(common|chatbot|status|blocks|errors|upload_text|file)\.[a-z_]+\b")
RECORD_ANNOUNCEMENTS = """() => {
    window.__said = [];
    const regions = "[role=status], [role=alert], [aria-live]:not([role=log])";  // the log is the chat itself
    const note = () => document.querySelectorAll(regions).forEach((el) => {
        const text = el.textContent.trim();
        if (text && window.__said[window.__said.length - 1] !== text) window.__said.push(text);
    });
    // Read at the next frame, as assistive technology does: after the page's own scripts have run.
    new MutationObserver(() => requestAnimationFrame(note))
        .observe(document.body, {subtree: true, childList: true, characterData: true});
}"""


@pytest.mark.parametrize("path", ["/", "/embed/"])
def test_screen_reader_hears_indonesian_not_gradio_keys(open_page, live_app, path):
    page = open_page(live_app + path)
    page.evaluate(RECORD_ANNOUNCEMENTS)
    ask(page, QUESTION)
    # Gradio announces the end of a request a few seconds after "Memuat" (it spaces announcements 5 s apart).
    page.wait_for_function("window.__said.some((text) => !text.startsWith('Memuat'))", timeout=15_000)
    said = page.evaluate("window.__said")
    assert not any(I18N_KEY.search(text) for text in said), said
    assert not set(said) & {"Loading content", "Loading response", "Loading", "Complete"}, said
    assert "Selesai" in said
    tree = page.locator("body").aria_snapshot()
    assert not I18N_KEY.search(tree), I18N_KEY.search(tree).group(0)
    assert 'log "Percakapan"' in tree
    assert not re.search(r"chatbot conversation|Loading|Scroll down|Copy message", tree)  # Gradio's fixed English
    assert "Salin pesan" in tree


# ---------------------------------------------------------------- issue 18: Kutip, phone reading, fonts

@pytest.mark.parametrize("path", ["/", "/embed/"])
def test_salin_kutipan_copies_the_quote_its_citation_and_the_reference(open_page, live_app, path):
    page = open_page(live_app + path)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_app)
    reply = ask(page, QUESTION)
    card = reply.locator(".tl-card").first
    kutip = card.locator(".tl-kutip")
    assert kutip.locator(".tl-kutip-head").inner_text().startswith("Kutip (APA 7)")
    assert "(Toma & Gorman, 1991, hlm. 384)." in kutip.locator(".tl-kutip-text").inner_text()
    button = kutip.get_by_role("button", name="Salin kutipan")
    button.click()
    page.wait_for_function("() => [...document.querySelectorAll('.tl-copy')].some(b => b.textContent === 'Kutipan disalin')")
    copied = page.evaluate("navigator.clipboard.readText()")
    quote, blank, *references = copied.split("\n")
    assert quote.startswith("“Ada tiga motif") and quote.endswith("” (Toma & Gorman, 1991, hlm. 384).")
    assert blank == "" and references == ["Toma & Gorman (1991): entri daftar pustaka tidak ada di dokumen."]
    page.screenshot(path=SHOTS / f"kutip{'-sematan' if 'embed' in path else ''}.png", full_page=True)


def test_the_style_setting_changes_the_ready_citation(open_page, live_app):
    page = open_page(live_app + "/")
    page.locator("#tl-style input").click()
    page.get_by_role("option", name="Harvard").click()
    reply = ask(page, QUESTION)
    assert reply.locator(".tl-kutip-head").first.inner_text().startswith("Kutip (Harvard)")
    assert "(Toma dan Gorman, 1991, hlm. 384)." in reply.locator(".tl-kutip-text").first.inner_text()


def test_a_follow_up_turn_on_a_phone_shows_the_answer_and_one_open_passage(open_page, live_app):
    page = open_page(live_app + "/", *PHONE)
    ask(page, QUESTION)
    reply = ask(page, "Apa yang kedua?")
    reply.locator(".tl-answer").wait_for()
    page.wait_for_timeout(500)  # SHOW_QUESTION_JS scrolls to the question
    assert reply.locator("details.tl-card[open]").count() <= 1
    cards = reply.locator("details.tl-card")
    assert cards.count() == 3
    # The closed cards still say what they cite and where: [2] and [3] are a short scroll below the answer.
    answer_top = reply.locator(".tl-answer").bounding_box()["y"]
    last_head = cards.nth(2).locator("summary.tl-card-head").bounding_box()
    assert last_head["y"] + last_head["height"] - answer_top < 1.6 * PHONE[1], last_head
    assert cards.nth(2).locator("summary.tl-card-head").inner_text().startswith("[3]")
    # Opening a closed card shows its passage.
    cards.nth(1).locator("summary.tl-card-head").click()
    assert cards.nth(1).locator(".tl-text").is_visible()
    page.screenshot(path=SHOTS / "lanjutan-ponsel.png")


def test_the_scroll_down_button_does_not_cover_the_conversation(open_page, live_app):
    page = open_page(live_app + "/", *PHONE)
    ask(page, QUESTION)
    ask(page, "Apa yang kedua?")
    log = page.locator("#tl-chat [role=log]")
    log.evaluate("(el) => { el.scrollTop = 0; el.dispatchEvent(new Event('scroll')); }")  # far from the bottom
    button = page.locator("#tl-chat .scroll-down-button-container button")
    button.wait_for()
    box, view = button.bounding_box(), log.bounding_box()
    assert box["y"] + box["height"] <= view["y"] + 0.5, (box, view)  # in the label row, above the text
    button.click()  # and it still works
    page.wait_for_function("(el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 4", arg=log.element_handle())
    page.screenshot(path=SHOTS / "tombol-gulir.png")


def test_bold_text_uses_a_complete_font_not_gradios_subset(open_page, live_app):
    page = open_page(live_app + "/", *PHONE)
    ask(page, QUESTION)
    page.evaluate("document.fonts.ready")
    loaded = page.evaluate("performance.getEntriesByType('resource').map((e) => e.name.split('/').pop())")
    assert "SourceSansPro-Bold.woff2" in loaded and "SourceSansPro-SemiBold.woff2" not in loaded, loaded
    weight = page.locator(".tl-answer").first.evaluate("(el) => getComputedStyle(el).fontWeight")
    assert weight == "600"
