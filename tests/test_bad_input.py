"""Hostile and odd questions through the engine, the command line, the JSON API and Gradio's /ask: each gets an
answer or a clear Indonesian refusal, and the process keeps serving. Corpus markup is shown as text in the UI."""

import json
import os
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from conftest import CORPUS, cli, process_env
from telusur.errors import QuestionError
from telusur.settings import Settings

NORMAL = "Apa saja bentuk kerjasama internasional?"
ANSWER, REFUSAL = "answer", "refusal"

# name -> (question, expected outcome). The engine's bound: 2,000 characters (Settings.max_question_chars).
QUESTIONS = {
    "empty": ("", REFUSAL),
    "whitespace": (" \t\n  \r\n ", REFUSAL),
    "zero-width spaces only": ("\u200b\u200b\u200c\ufeff", REFUSAL),
    "NUL only": ("\x00\x00", REFUSAL),
    "100 kB": ("kerjasama " * 10_000, REFUSAL),
    "1 MB": ("a" * 1_000_000, REFUSAL),
    "2,001 characters": ("k" * 2001, REFUSAL),
    "3,000 combining accents": ("e\u0301" * 3000, REFUSAL),
    "2,000 characters, one word": ("x" * 2000, ANSWER),
    "control characters": ("Apa\x07 itu\x1b[31m kerjasama\x7f internasional?", ANSWER),
    "NUL inside": ("Apa itu\x00 kerjasama\x00?", ANSWER),
    "ANSI escape and backspaces": ("\x1b[2J\x1b[HApa\b\b\b itu kerjasama?", ANSWER),
    "right-to-left Arabic": ("ما هو التعاون الدولي؟", ANSWER),
    "right-to-left override": ("\u202eApa itu kerjasama internasional?\u202c", ANSWER),
    "Hebrew mixed with Indonesian": ("מה זה kerjasama internasional?", ANSWER),
    "emoji only": ("🤔🤔🤔", ANSWER),
    "emoji with skin tone and ZWJ": ("👩🏽‍🎓❓", ANSWER),
    "SQL injection": ("'; DROP TABLE chunks; --", ANSWER),
    "SQL union": ("kerjasama' UNION SELECT * FROM vectors --", ANSWER),
    "shell substitution": ("$(touch /tmp/telusur-pwned) `id` | cat /etc/passwd", ANSWER),
    "HTML script": ("<script>alert(1)</script>", ANSWER),
    "HTML img onerror": ('<img src=x onerror="alert(1)"> apa itu kerjasama?', ANSWER),
    "Markdown link and image": ("[klik](javascript:alert(1)) ![x](http://evil.example/x.png)", ANSWER),
    "format strings": ("%s%s%n {0} {__class__} ${HOME}", ANSWER),
    "regex bomb": ("(a+)+$ .*.*.*=.*[", ANSWER),
    "path traversal": ("../../../../etc/passwd", ANSWER),
    "JSON inside": ('{"question": 1, "history": null}', ANSWER),
    "English": ("What are the forms of international cooperation?", ANSWER),
    "Javanese": ("Apa wae wujud kerjasama internasional iku?", ANSWER),
    "Sundanese": ("Naon wae bentuk kerjasama internasional teh?", ANSWER),
    "Chinese": ("国际合作有哪些形式？", ANSWER),
    "all capitals, no punctuation": ("APA SAJA BENTUK KERJASAMA INTERNASIONAL", ANSWER),
    "one letter": ("a", ANSWER),
    "digits only": ("1990", ANSWER),
    "punctuation only": ("?!?!...;;", ANSWER),
    "Windows line ends": ("Apa saja\r\nbentuk\r\nkerjasama?", ANSWER),
    "NFD accents": ("Apa itu kerjasama di Gene\u0300ve?", ANSWER),
}

# name -> (history, expected outcome), asked with a short follow-up.
HISTORIES = {
    "1,000 turns": (["Apa saja bentuk kerjasama internasional?"] * 1000, ANSWER),
    "one 1 MB turn": (["kerjasama " * 100_000], ANSWER),
    "empty turns": (["", "  ", "\x00"], ANSWER),
    "non-strings": ([1, None, {"a": 1}], REFUSAL),
    "nested list": ([["Apa itu kerjasama?"]], REFUSAL),
    "a string, not a list": ("Apa itu kerjasama?", REFUSAL),
    "an object": ({"0": "Apa itu kerjasama?"}, REFUSAL),
}
FOLLOW_UP = "Jelaskan yang pertama"


def check_answer(answer: dict, question: str) -> None:
    """The JSON contract holds and nothing the question carried leaks into it raw."""
    assert isinstance(answer["abstained"], bool) and 0.0 <= answer["confidence"] <= 1.0
    assert answer["answer"].strip()
    assert "\x00" not in answer["question"] and "\x1b" not in answer["question"]
    assert len(answer["question"]) <= Settings().max_question_chars
    shown = answer["related"] if answer["abstained"] else answer["passages"]
    for p in shown:
        assert all(0 <= a < b <= len(p["text"]) for a, b in p["highlights"])
    if answer["abstained"]:
        assert answer["passages"] == []


def check_refusal(message: str) -> None:
    assert message and "Traceback" not in message and len(message.splitlines()) == 1
    assert any(word in message for word in ("Pertanyaan", "Riwayat", "riwayat", "pertanyaan")), message


# ---------------------------------------------------------------- the engine


@pytest.mark.parametrize("name", QUESTIONS)
def test_engine_answers_or_refuses_clearly(engine, name):
    question, expected = QUESTIONS[name]
    try:
        answer = engine.ask(question).to_dict()
    except QuestionError as exc:
        assert expected == REFUSAL, f"refused: {exc}"
        check_refusal(str(exc))
    else:
        assert expected == ANSWER, "answered a question that is over the bound or empty"
        check_answer(answer, question)


@pytest.mark.parametrize("name", HISTORIES)
def test_engine_history_is_bounded_or_refused(engine, name):
    history, expected = HISTORIES[name]
    try:
        answer = engine.ask(FOLLOW_UP, history).to_dict()
    except QuestionError as exc:
        assert expected == REFUSAL, f"refused: {exc}"
        check_refusal(str(exc))
    else:
        assert expected == ANSWER
        check_answer(answer, FOLLOW_UP)
        assert len(answer["searched_for"]) <= 2 * Settings().max_question_chars


def test_engine_lone_surrogate_is_dropped_not_a_crash(engine):
    """A JSON "\\ud800" escape decodes to a lone surrogate, which cannot be encoded as UTF-8 for the model."""
    assert engine.ask("Apa itu \ud800 kerjasama?").question == "Apa itu kerjasama?"
    assert "\ud800" not in engine.ask("Jelaskan yang pertama", ["Apa saja bentuk \ud800 kerjasama?"]).searched_for


# ---------------------------------------------------------------- the command line


def telusur(*args, index_dir, stdin=None):
    return subprocess.run([sys.executable, "-m", "telusur", *args, "--corpus", str(CORPUS), "--index", str(index_dir)],
                          input=stdin, capture_output=True, text=True, env=process_env(), timeout=300)


@pytest.mark.slow
def test_stdin_json_lines_answer_or_refuse_every_hostile_line_in_order(engine, index_dir):
    items = [{"question": q, "history": []} for q, _ in QUESTIONS.values()]
    items += [{"question": FOLLOW_UP, "history": h} for h, _ in HISTORIES.values()]
    expected = [e for _, e in QUESTIONS.values()] + [e for _, e in HISTORIES.values()]
    lines = [json.dumps(item, ensure_ascii=False) for item in items]
    malformed = ["not json at all", "[1, 2, 3]", "[" * 100_000, '{"question": 42}', '{"question": null}',
                 '{"history": ["x"]}', '"just a string"', '{"question": "' + "a" * 1_000_000 + '"}']
    lines += malformed + [json.dumps({"question": NORMAL})]
    expected += [REFUSAL] * len(malformed) + [ANSWER]
    proc = telusur("ask", "--json", index_dir=index_dir, stdin="\n".join(lines) + "\n")
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 1  # some lines were refused
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(lines)
    for number, (item, want) in enumerate(zip(out, expected), 1):
        if want == REFUSAL:
            assert set(item) == {"error", "line"} and item["line"] == number, item
            assert item["error"].strip()
        else:
            assert "error" not in item, (number, item)
            check_answer(item, "")
    assert not out[-1]["abstained"]


ARGV_CASES = {
    "empty": ([""], REFUSAL),
    "whitespace": ([" \t "], REFUSAL),
    "100 kB": (["kerjasama " * 10_000], REFUSAL),
    "control characters": (["Apa\x07 itu\x1b[31m kerjasama?"], ANSWER),
    "shell fragments": (["$(touch /tmp/telusur-pwned); `id`"], ANSWER),
    "RTL and emoji": (["\u202e🤔 ما هو التعاون"], ANSWER),
    "1,000 history turns": ([FOLLOW_UP, "--history", *[NORMAL] * 1000], ANSWER),
}


IN_A_PROCESS = {"empty", "RTL and emoji"}  # a refusal's exit code and non-ASCII arguments through the OS; the rest
# call the same main() in this process (conftest.cli), sparing each case a new interpreter and its imports


@pytest.mark.parametrize("name", ARGV_CASES)
def test_command_line_answers_or_fails_in_one_line(engine, index_dir, name):
    args, expected = ARGV_CASES[name]
    if name in IN_A_PROCESS:
        proc = telusur("ask", "--json", *args, index_dir=index_dir)
    else:
        proc = cli("ask", "--json", *args, "--corpus", str(CORPUS), "--index", str(index_dir))
    assert "Traceback" not in proc.stderr
    if expected == REFUSAL:  # --json: the refusal is JSON on stdout, as the stdin stream answers it
        assert proc.returncode == 1 and proc.stderr == ""
        [line] = proc.stdout.splitlines()
        check_refusal(json.loads(line)["error"])
    else:
        assert proc.returncode == 0, proc.stderr
        check_answer(json.loads(proc.stdout), args[0])
    assert not os.path.exists("/tmp/telusur-pwned")


def test_reader_closing_the_pipe_early_is_not_a_traceback(engine, index_dir):
    """`telusur ask ... | head` stops reading early: the command stops quietly."""
    proc = subprocess.Popen([sys.executable, "-m", "telusur", "ask", "--json", NORMAL, "--corpus", str(CORPUS),
                             "--index", str(index_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=process_env())
    proc.stdout.close()  # the reader is gone before the answer is written
    _, err = proc.communicate(timeout=300)
    assert b"Traceback" not in err and proc.returncode in (0, 141)


# ---------------------------------------------------------------- the JSON API and Gradio's /ask


@pytest.fixture(scope="module")
def app_url(live_app):
    """The real app (telusur.web.app.create_app over the default engine) served on a free local port: the run's own
    (conftest.live_app), not a second Gradio app built for this module."""
    return live_app


def _post(url, body: bytes, content_type="application/json"):
    import httpx

    return httpx.post(url + "/api/ask", content=body, headers={"content-type": content_type}, timeout=120)


def test_json_api_answers_or_refuses_every_hostile_question(app_url):
    from telusur.web.limits import MAX_JSON_BODY

    for name, (question, expected) in QUESTIONS.items():
        body = json.dumps({"question": question, "history": []}).encode()
        r = _post(app_url, body)
        if len(body) > MAX_JSON_BODY:  # refused before it is read, in Indonesian, saying what to send instead
            assert r.status_code == 413, (name, r.status_code, r.text[:200])
            check_refusal(r.json()["error"])
        elif expected == REFUSAL:
            assert r.status_code == 400, (name, r.status_code, r.text[:200])
            check_refusal(r.json()["error"])
        else:
            assert r.status_code == 200, (name, r.status_code, r.text[:200])
            check_answer(r.json(), question)
    for name, (history, expected) in HISTORIES.items():
        body = json.dumps({"question": FOLLOW_UP, "history": history}).encode()
        r = _post(app_url, body)
        status = 413 if len(body) > MAX_JSON_BODY else 200 if expected == ANSWER else 400
        assert r.status_code == status, (name, r.status_code, r.text[:200])
    r = _post(app_url, json.dumps({"question": NORMAL}).encode())  # the same process still answers
    assert r.status_code == 200 and not r.json()["abstained"]


MALFORMED_BODIES = {
    "not JSON": (b"not json", "application/json"),
    "a JSON array": (b"[1, 2]", "application/json"),
    "question a number": (b'{"question": 42}', "application/json"),
    "question null": (b'{"question": null}', "application/json"),
    "no question": (b'{"history": []}', "application/json"),
    "deeply nested": (b'{"question": "x", "history": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "application/json"),
    "invalid UTF-8": (b'{"question": "\xff\xfe apa"}', "application/json"),
    "form encoded": (b"question=apa", "application/x-www-form-urlencoded"),
    "empty body": (b"", "application/json"),
}


@pytest.mark.parametrize("name", MALFORMED_BODIES)
def test_json_api_refuses_malformed_bodies_with_400(app_url, name):
    import httpx

    body, content_type = MALFORMED_BODIES[name]
    r = _post(app_url, body, content_type)
    assert r.status_code == 400, (r.status_code, r.text[:300])
    # Bodies that are not parseable JSON get FastAPI's own English {"detail"} (reported to the UI owner).
    body = r.json()
    assert (body.get("error") or body.get("detail") or "").strip()
    assert httpx.get(app_url + "/api/health", timeout=30).json()["status"] == "ok"  # still serving


def test_json_api_lone_surrogate_is_not_a_server_error(app_url):
    r = _post(app_url, b'{"question": "Apa itu \\ud800 kerjasama?"}')
    assert r.status_code in (200, 400)


GRADIO_SUBSET = ["empty", "whitespace", "1 MB", "NUL inside", "right-to-left Arabic", "emoji only", "SQL injection",
                 "HTML script", "English", "Javanese"]


def test_gradio_ask_answers_or_refuses_clearly(app_url):
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    client = Client(app_url + "/", verbose=False)
    for name in GRADIO_SUBSET:
        question, expected = QUESTIONS[name]
        try:
            answer = json.loads(client.predict(question, [], api_name="/ask"))  # the endpoint returns JSON text
        except AppError as exc:
            assert expected == REFUSAL, (name, str(exc))
            check_refusal(str(exc))
        else:
            assert expected == ANSWER, name
            check_answer(answer, question)
    for name in ("1,000 turns", "non-strings"):
        history, expected = HISTORIES[name]
        try:
            client.predict(FOLLOW_UP, history, api_name="/ask")
            outcome = ANSWER
        except AppError as exc:
            check_refusal(str(exc))
            outcome = REFUSAL
        assert outcome == expected, name
    assert not json.loads(client.predict(NORMAL, [], api_name="/ask"))["abstained"]


# ---------------------------------------------------------------- corpus markup is shown as text

PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 2">',
    "<svg onload=alert(3)></svg>",
    '<iframe src="javascript:alert(4)"></iframe>',
    '<a href="javascript:alert(5)">klik di sini</a>',
    "[tautan berbahaya](javascript:alert(6))",
    "![gambar pelacak](http://evil.example/x.png)",
    "<style>body { display: none }</style>",
    '"><b onmouseover=alert(7)>tebal</b>',
    "&lt;script&gt;alert(8)&lt;/script&gt;",
    "**tebal** _miring_ `kode` ~~coret~~",
    "<!-- komentar tersembunyi -->",
    "$$x^2$$ dan \\(y\\)",
    "<details open><summary>ringkasan</summary>isi</details>",
    "{{7*7}} ${7*7}",
]
TOPICS = ["diplomasi", "perdagangan", "pendidikan", "kesehatan", "pertanian", "pariwisata", "energi", "perikanan",
          "kebudayaan", "olahraga", "teknologi", "keamanan", "lingkungan", "transportasi", "keuangan"]


@pytest.fixture(scope="module")
def markup_engine(tmp_path_factory):
    from telusur.engine import open_built

    root = tmp_path_factory.mktemp("markup")
    (root / "corpus").mkdir()
    paragraphs = [f"Kerjasama bidang {topic} antarnegara memuat contoh kode berikut: {payload} (Penguji, 2020: {i + 1})."
                  for i, (topic, payload) in enumerate(zip(TOPICS, PAYLOADS))]
    (root / "corpus" / "markup.md").write_text("# Uji Markup\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return open_built(Settings(corpus=root / "corpus", index=root / "index", top_k=5))


def _shown(engine, topic: str) -> str:
    """The paragraph as the Markdown reader made it: markup read as Markdown, what is left shown as characters."""
    [doc] = engine.index.documents.values()
    return next(line for line in doc.text.splitlines() if f"bidang {topic} " in line)


def _folded(text: str) -> str:
    return " ".join(text.split())


# The UI's own template: anything else in a reply came from the corpus or the question. (Cards open and close,
# and carry Kutip: its reference list and its copy button.)
UI_TAGS = {"div", "p", "q", "span", "cite", "blockquote", "mark", "br", "details", "summary", "ul", "li", "button"}
UI_ATTRIBUTES = {"class", "open", "type", "aria-label"}


class _Markup(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text = set(), set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs |= {name for name, _ in attrs}

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.tags.add("<!--comment-->")


@pytest.mark.parametrize("number", range(len(PAYLOADS)))
def test_corpus_markup_renders_as_text_in_the_chat_reply(markup_engine, number):
    ui = pytest.importorskip("telusur.web.ui")
    payload, topic = PAYLOADS[number], TOPICS[number]
    answer = markup_engine.ask(f"Apa contoh kode kerjasama bidang {topic}? {payload}").to_dict()
    shown = answer["related"] if answer["abstained"] else answer["passages"]
    assert any(f"bidang {topic} " in p["text"] for p in shown), "the payload's passage was not retrieved"
    html = ui.render_answer(markup_engine, answer)
    parsed = _Markup()
    parsed.feed(html)
    assert parsed.tags <= UI_TAGS, parsed.tags - UI_TAGS
    assert parsed.attrs <= UI_ATTRIBUTES, parsed.attrs
    assert _folded(_shown(markup_engine, topic)) in _folded("".join(parsed.text))  # the text as the reader made it
    assert "\n\n" not in html  # a blank line would end the HTML block and let Markdown render the rest


def test_question_markup_renders_as_text_in_the_user_bubble(markup_engine):
    ui = pytest.importorskip("telusur.web.ui")
    handlers = ui.Handlers(markup_engine)
    for payload in PAYLOADS:
        _, chat, _ = handlers.chat(payload, [], [])
        parsed = _Markup()
        parsed.feed(chat[0]["content"])
        assert parsed.tags == set() and payload in "".join(parsed.text)


# The UI's own tags inside a reply card; Markdown or corpus HTML would add others (strong, em, code, img, a, ...).
BROWSER_TAGS = {"DIV", "P", "Q", "SPAN", "CITE", "BLOCKQUOTE", "MARK", "BR", "DETAILS", "SUMMARY", "UL", "LI", "BUTTON"}


@pytest.mark.browser
def test_corpus_markup_is_text_in_the_browser(markup_engine, browser):
    """Gradio renders chat messages as Markdown in the page: only a browser shows what a student would see.
    The session's Chromium (conftest's browser): a second Playwright started in a process whose session one runs
    fails ("Sync API inside the asyncio loop"), as it did when a browser test file ran before this one."""
    from urllib.parse import urlparse

    server = pytest.importorskip("telusur.web.app")

    from conftest import serve_in_thread

    url, stop = serve_in_thread(server.create_app(markup_engine))
    outside = []

    def block_outside(route):
        if urlparse(route.request.url).hostname not in ("127.0.0.1", "localhost"):
            outside.append(route.request.url)
            return route.abort()
        return route.continue_()

    try:
        page = browser.new_page()
        try:
            page.set_default_timeout(30_000)
            page.route("**/*", block_outside)
            page.goto(url + "/")
            for number, (payload, topic) in enumerate(zip(PAYLOADS, TOPICS)):
                box = page.locator("#tl-question textarea")
                box.fill(f"Apa contoh kode kerjasama bidang {topic}?")
                box.press("Enter")
                reply = page.locator(".tl-reply").nth(number)
                reply.wait_for()
                tags = set(reply.evaluate("r => [...r.querySelectorAll('*')].map(e => e.tagName)"))
                assert tags <= BROWSER_TAGS, (payload, tags - BROWSER_TAGS)
                # textContent: a card after the first is closed (its text is there, not rendered until opened)
                assert _folded(_shown(markup_engine, topic)) in _folded(reply.text_content()), payload
            assert page.evaluate("window.__pwned") is None
        finally:
            page.close()
    finally:
        stop()
    assert outside == []
