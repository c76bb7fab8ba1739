"""One web server: the Gradio app at /, its compact embed at /embed/, and a plain JSON API under /api."""

import asyncio
import contextlib
import os
import re
import threading
import traceback
from html import escape
from pathlib import Path

from .errors import QuestionError, TelusurError

# Serving knobs, kept here so load testing (issue 4) can tune them in one place.
WORKERS = 1  # one process: the model and index live in memory once; the engine is thread-safe
QUEUE_CONCURRENCY = 2  # Gradio events run at once; matches the 2-core target machine
QUEUE_MAX_SIZE = 64  # waiting Gradio events before new ones are refused
API_THREADS = 8  # worker threads for the plain JSON API's blocking engine calls
INDEX_CHECK_SECONDS = 5.0  # how often to look for a newer complete index build
EMBED_PATH = "/embed"
SHUTDOWN_SECONDS = 3  # open Gradio event streams would otherwise hold Ctrl-C up indefinitely
LOADING_REFRESH_SECONDS = 2  # how often the loading page reloads itself until the chat is mounted

# Origins always allowed for cross-site use (web component, fetch); the app's own origin needs no CORS.
LOCAL_ORIGINS = r"https?://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?"
# Keep the pages on this machine: Gradio's frontend adds Google Fonts links that an offline campus can't reach.
CSP = ("default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; "
       "img-src 'self' data: blob:; object-src 'none'; base-uri 'self'")
# Gradio picks its interface language from the browser's: make it Indonesian (and <html lang="id">) for everyone.
FORCE_INDONESIAN = (b'<script>Object.defineProperty(navigator,"language",{get:()=>"id"});'
                    b'Object.defineProperty(navigator,"languages",{get:()=>["id"]});</script>')


def _offline_env() -> None:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def resolve_origins(extra: list[str] | None = None) -> list[str]:
    """Course sites allowed besides localhost: --allow-origin values and TELUSUR_ALLOWED_ORIGINS (comma-separated)."""
    env = os.environ.get("TELUSUR_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in list(extra or []) + re.split(r"[,\s]+", env) if o.strip()]
    return list(dict.fromkeys(origins))


def gradio_frontend() -> Path:
    """The installed Gradio's built frontend folder, found without importing Gradio (that takes seconds)."""
    import importlib.util

    spec = importlib.util.find_spec("gradio")
    if spec is None or not spec.submodule_search_locations:
        raise TelusurError("Gradio tidak terpasang: pip install gradio (atau pasang ulang telusur).")
    return Path(spec.submodule_search_locations[0]) / "templates" / "frontend"


def module_path() -> str:
    """The web component's module (assets/index-<hash>.js), read from the installed Gradio's own page."""
    page = (gradio_frontend() / "index.html").read_text(encoding="utf-8")
    found = re.search(r'src="\.?/?(assets/index-[\w-]+\.js)"', page)
    if not found:
        raise TelusurError("Modul komponen web Gradio tidak ditemukan: pasang ulang gradio.")
    return found.group(1)


# The chat pages: / and /embed/, and a library collection's /c/<name>/ and /c/<name>/embed/.
CHAT_PAGE = re.compile(r"(/c/[a-z0-9][a-z0-9_-]{0,62})?(/|/embed/?)")


def is_chat_page(path: str) -> bool:
    return CHAT_PAGE.fullmatch(path) is not None


class _PageHeaders:
    """ASGI middleware for the HTML pages only: Indonesian language, and the offline CSP."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or not is_chat_page(scope["path"]):
            return await self.app(scope, receive, send)
        start, body = {}, []

        async def capture(message):
            if message["type"] == "http.response.start":
                start.update(message)
            else:
                body.append(message.get("body", b""))
                if not message.get("more_body"):
                    await self._send(send, start, b"".join(body))

        await self.app(scope, receive, capture)

    @staticmethod
    async def _send(send, start, body: bytes) -> None:
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        if any(k.lower() == b"content-type" and v.startswith(b"text/html") for k, v in headers):
            body = re.sub(rb'<html(\s+)lang="en"', rb'<html\1lang="id"', body, count=1)
            body = body.replace(b"<head>", b"<head>" + FORCE_INDONESIAN, 1)
            headers.append((b"content-security-policy", CSP.encode()))
        headers.append((b"content-length", str(len(body)).encode()))
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": body})


# Per chat status: the page's heading, the page's explanation, and the 503 message for other non-API paths.
LOADING_TEXT = {
    "loading": ("Aplikasi obrolan sedang dimuat…",
                "API JSON sudah berjalan; halaman ini dimuat ulang sendiri dalam beberapa detik.",
                "Aplikasi obrolan sedang dimuat; coba lagi dalam beberapa detik."),
    "failed": ("Aplikasi obrolan gagal dimuat.",
               "Lihat pesan di terminal server lalu jalankan ulang telusur serve. API JSON (/api/docs) tetap berjalan.",
               "Aplikasi obrolan gagal dimuat; lihat pesan di terminal server. API JSON di /api tetap berjalan."),
}
LOADING_PAGE = """<!doctype html>
<html lang="id"><head><meta charset="utf-8">{refresh}
<meta name="viewport" content="width=device-width, initial-scale=1"><title>telusur — {title}</title>
<style>body{{font-family:system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;
color:#1f2937;background:#f9fafb}}main{{max-width:32rem;padding:1.5rem;text-align:center}}</style></head>
<body><main><h1>telusur</h1><p role="status"><strong>{title}</strong></p><p>{detail}</p></main></body></html>
"""


def loading_page(status: str) -> str:
    """The page at / and /embed/ until the chat is mounted; it reloads itself while the chat is still loading."""
    title, detail, _ = LOADING_TEXT[status]
    refresh = f'<meta http-equiv="refresh" content="{LOADING_REFRESH_SECONDS}">' if status == "loading" else ""
    return LOADING_PAGE.format(refresh=refresh, title=escape(title), detail=escape(detail))


class ChatUI:
    """The Gradio app, imported and built in a thread once the server starts (import gradio alone takes seconds),
    then started on the server's event loop. `status` is "loading", "ready" or "failed".

    With a prefix ("/c/<name>", a library collection) the chat is at <prefix>/ and its embed at <prefix>/embed/."""

    def __init__(self, engine, root_path: str = "", background: bool = False, after: threading.Event | None = None,
                 prefix: str = ""):
        self.engine, self.root_path, self.background, self.after = engine, root_path, background, after
        self.prefix = prefix
        self.status = "loading"
        self.app = self._task = self._closing = None

    @contextlib.asynccontextmanager
    async def lifespan(self, app):
        """The outer app's lifespan: build the chat once the server starts (and, unless in the background, wait
        for it before taking requests); stop it with the server."""
        self.start(app)
        while not self.background and self.status == "loading":
            await asyncio.sleep(0.05)
        try:
            yield
        finally:
            await self.stop()

    def start(self, app) -> None:
        """Build and mount the chat in a thread, then start it on this event loop (call from the loop)."""
        self.app = app
        loop, self._closing = asyncio.get_running_loop(), asyncio.Event()
        threading.Thread(target=self._build, args=(loop, self._closing), name="telusur-ui", daemon=True).start()

    async def stop(self) -> None:
        if self._closing is not None:
            self._closing.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._task, SHUTDOWN_SECONDS)

    def _build(self, loop, closing) -> None:
        if self.after is not None:
            self.after.wait()
        try:
            with _MOUNTING:
                started = self._mount()
        except Exception:  # the JSON API keeps serving; the pages say the chat failed
            self._fail()
            return
        with contextlib.suppress(RuntimeError):  # the server stopped meanwhile: its loop is closed
            loop.call_soon_threadsafe(self._start, loop, started, closing)

    def _start(self, loop, started, closing) -> None:
        self._task = loop.create_task(self._run(started, closing))

    async def _run(self, started, closing) -> None:
        try:
            async with started(self.app):
                self.status = "ready"
                print("telusur: aplikasi obrolan siap.", flush=True)
                await closing.wait()
        except Exception:
            self._fail()

    def _fail(self) -> None:
        self.status = "failed"
        print("telusur: aplikasi obrolan gagal dimuat (API JSON tetap berjalan):\n" + traceback.format_exc(),
              flush=True)

    def _mount(self):
        """Mount /embed.js, /embed/ and / on the live app; returns Gradio's start-up for them (queues and all).

        The new routes stay unreachable until status is "ready": _UntilChatReady answers everything outside /api."""
        _offline_env()
        import gradio as gr

        from .ui import build_blocks, css_paths

        _add_embed_module(self.app)  # before the Gradio app at /, which would otherwise answer /embed.js
        # mount_gradio_app wraps the app's lifespan with Gradio's start-up, but this server has started already:
        # collect that wrapping around a no-op and run it on the server's loop instead (see _run).
        router, own = self.app.router, self.app.router.lifespan_context
        router.lifespan_context = _no_lifespan
        try:
            for path, compact in ((self.prefix + EMBED_PATH, True), (self.prefix or "/", False)):
                blocks = build_blocks(self.engine, compact=compact)
                blocks.queue(default_concurrency_limit=QUEUE_CONCURRENCY, max_size=QUEUE_MAX_SIZE)
                gr.mount_gradio_app(self.app, blocks, path=path, footer_links=[] if compact else ["api"],
                                    run_history=False, css_paths=css_paths(), ssr_mode=False,
                                    root_path=(self.root_path + path.rstrip("/")) if self.root_path else None)
            return router.lifespan_context
        finally:
            router.lifespan_context = own


def _add_embed_module(app, assets: bool = False) -> None:
    """/embed.js; with assets (a library, which has no Gradio app at /), also Gradio's frontend under /assets."""
    from fastapi.responses import Response

    if any(getattr(route, "path", None) == "/embed.js" for route in app.router.routes):
        return  # a library mounts one chat per collection; the module is the same for all
    module = module_path()
    if assets:
        from starlette.staticfiles import StaticFiles

        app.mount("/assets", StaticFiles(directory=gradio_frontend() / "assets"), name="gradio-assets")

    @app.get("/embed.js", include_in_schema=False)
    def embed_module():
        # A stable address for the web component; Gradio's module name changes with each release. An import,
        # not a redirect: a redirect loads that module twice (under both URLs) and the component never starts.
        return Response(f'import "./{module}";\n', media_type="text/javascript",
                        headers={"Cache-Control": "no-cache"})


_MOUNTING = threading.Lock()  # _mount swaps the router's lifespan: one chat (of a library's many) at a time


@contextlib.asynccontextmanager
async def _no_lifespan(app):
    yield


class _UntilChatReady:
    """ASGI middleware: until the chat is mounted, / and /embed/ get a loading page and other non-API paths a 503."""

    def __init__(self, app, ui: ChatUI):
        self.app, self.ui = app, ui

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.ui.status == "ready" or _is_api(scope):
            return await self.app(scope, receive, send)
        from starlette.responses import HTMLResponse, JSONResponse

        if scope["method"] in ("GET", "HEAD") and is_chat_page(scope["path"]):
            response = HTMLResponse(loading_page(self.ui.status), headers={"Cache-Control": "no-store"})
        else:
            response = JSONResponse({"error": LOADING_TEXT[self.ui.status][2]}, status_code=503,
                                    headers={"Retry-After": str(LOADING_REFRESH_SECONDS)})
        await response(scope, receive, send)


def _is_api(scope) -> bool:
    path, root = scope["path"], scope.get("root_path", "")
    if root and path.startswith(root + "/"):
        path = path[len(root):]
    return path == "/api" or path.startswith("/api/")


def new_app(lifespan, root_path: str):
    """A FastAPI app with the API's docs, and errors answered as {"error": ...} in Indonesian."""
    _offline_env()
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException

    app = FastAPI(title="telusur API", version="1", openapi_url="/api/openapi.json", docs_url="/api/docs",
                  redoc_url=None, root_path=root_path, lifespan=lifespan,
                  description="Tanya jawab atas teks berbahasa Indonesia. Jawaban dan daftar sumber "
                              "dalam JSON yang sama dengan `telusur ask --json` dan `telusur sources --json`.")

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        if request.url.path.endswith("/api/collections"):
            return error_response(400, 'Permintaan tidak sah: kirim JSON {"name": "nama-koleksi", "title": "..."}.')
        return error_response(400, 'Permintaan tidak sah: kirim JSON {"question": "...", "history": ["..."]} '
                                   "dengan pertanyaan berupa teks dan riwayat berupa daftar teks.")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        messages = {404: "Alamat ini tidak ada; daftar alamat API ada di /api/docs.",
                    405: f"Metode {request.method} tidak didukung di alamat ini; lihat /api/docs."}
        return error_response(exc.status_code, messages.get(exc.status_code, str(exc.detail)), exc.headers)

    @app.exception_handler(QuestionError)
    async def bad_question(request: Request, exc: QuestionError):
        return error_response(400, str(exc))

    @app.exception_handler(TelusurError)
    async def engine_error(request: Request, exc: TelusurError):
        # Library, upload and admin errors carry their HTTP status; others mean the engine cannot answer now.
        return error_response(getattr(exc, "status", 503), str(exc), getattr(exc, "headers", None))

    return app


def add_cors(app, origins: list[str] | None, methods=("GET", "POST", "OPTIONS")) -> None:
    """Cross-site use (web component, fetch) from the allowed origins and localhost; the app's own needs none."""
    from fastapi.middleware.cors import CORSMiddleware

    app.add_middleware(CORSMiddleware, allow_origins=origins or [], allow_origin_regex=LOCAL_ORIGINS,
                       allow_methods=list(methods), allow_headers=["*"])


def error_response(status: int, message: str, headers: dict | None = None):
    from fastapi.responses import JSONResponse

    return JSONResponse({"error": message}, status_code=status, headers=headers)


def ask_request_model():
    from pydantic import BaseModel, Field

    class AskRequest(BaseModel):
        question: str = Field(description="pertanyaan tentang isi teks", examples=["Apa saja bentuk kerjasama internasional?"])
        history: list[str] | None = Field(default=None, description="pertanyaan-pertanyaan sebelumnya, terlama dulu")

    return AskRequest


def create_app(engine, origins: list[str] | None = None, root_path: str = "", ui_background: bool = False,
               ui_after: threading.Event | None = None):
    """The FastAPI app: JSON API, CORS for the allowed origins, the full Gradio app and its embed.

    The Gradio app is built when the server starts (once `ui_after` is set, if given). By default the server
    takes requests only after that; with ui_background it serves the JSON API at once and the chat pages
    show a loading page until Gradio is mounted (see ChatUI)."""
    from fastapi import Query

    ui = ChatUI(engine, root_path, background=ui_background, after=ui_after)
    app = new_app(ui.lifespan, root_path)
    app.state.ui = ui
    app.add_middleware(_UntilChatReady, ui=ui)
    add_cors(app, origins)
    app.add_middleware(_PageHeaders)
    AskRequest = ask_request_model()

    @app.post("/api/ask", summary="Jawab pertanyaan dari teks", tags=["api"])
    def ask(body: AskRequest) -> dict:
        """The engine's answer JSON: answer with [n] markers, passages with highlights and citations."""
        return engine.ask(body.question, body.history or []).to_dict()

    @app.get("/api/sources", summary="Karya yang dirujuk teks", tags=["api"])
    def sources(topic: str | None = Query(default=None, description="urutkan menurut kecocokan dengan topik")) -> dict:
        """Every cited work with its citing passages; with a topic, ranked by relevance."""
        return {"sources": [s.to_dict() for s in engine.sources(topic)]}

    @app.get("/api/health", summary="Pemeriksaan hidup", tags=["api"])
    def health() -> dict:
        """The server answers; `ui` says whether the chat pages are "loading", "ready" or "failed"."""
        return {"status": "ok", "ui": ui.status}

    return app


class IndexWatcher:
    """Switches the engine to a newer complete index build; the old one keeps serving until then."""

    def __init__(self, engine, every: float = INDEX_CHECK_SECONDS):
        self.engine, self.every = engine, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="telusur-index-watch", daemon=True)

    def start(self) -> "IndexWatcher":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            try:
                if self.engine.reload_if_changed():
                    print("telusur: indeks baru dimuat.", flush=True)
            except TelusurError as exc:  # a broken new build: keep serving the old one
                print(f"telusur: indeks baru tidak bisa dimuat, yang lama tetap dipakai: {exc}", flush=True)


def serve(settings, host: str = "127.0.0.1", port: int = 7860, root_path: str = "",
          allowed_origins: list[str] | None = None) -> None:
    """Build the index if needed, then serve the JSON API at once and the chat pages once Gradio has loaded."""
    _offline_env()
    from .engine import Telusur, build, format_file_report, stored_report

    report = build(settings)  # shows a progress bar in the terminal while encoding
    files = report.to_dict()["files"] if report is not None else stored_report(settings)["files"]
    for line in format_file_report(files):  # every file of the corpus: indexed, or skipped and why
        print(f"telusur: {line}", flush=True)
    if report is not None:
        print(f"telusur: indeks dibangun ({report.chunks} bagian teks, {report.seconds:.1f} detik).", flush=True)
    engine = Telusur(settings)
    origins = resolve_origins(allowed_origins)
    # Importing Gradio alone takes seconds of CPU: answer the JSON API meanwhile, and the pages once it is ready.
    app = create_app(engine, origins, root_path=root_path or "", ui_background=True)
    watcher = IndexWatcher(engine).start()
    shown = "localhost" + (", " + ", ".join(origins) if origins else "")
    print(f"telusur: aplikasi di http://{host}:{port}{root_path or ''}/ (sematan: {EMBED_PATH}/, API: /api/docs; "
          f"asal yang diizinkan: {shown})", flush=True)
    _run(app, host, port, then=watcher.stop)



def _run(app, host: str, port: int, then) -> None:
    """Serve until stopped (Ctrl-C), then call `then` to stop what runs beside the server."""
    import uvicorn

    try:
        uvicorn.run(app, host=host, port=port, workers=WORKERS, log_level="warning",
                    timeout_graceful_shutdown=SHUTDOWN_SECONDS)
    finally:
        then()


def create_library_app(library, origins: list[str] | None = None, root_path: str = "", admin_key: str | None = None):
    """The app for a library of collections: /api/collections; per collection its chat at /c/<name>/ (mounted on
    the first visit), its embed at /c/<name>/embed/ and its JSON API under /c/<name>/api; the admin page at
    /admin and /c/<name>/admin with its API (uploads, removals, build status), all behind the admin key."""
    from .web.admin import AdminAuth, add_admin
    from .web.collections import CollectionChats, CollectionGate, add_collection_api

    chats = CollectionChats(library, root_path)
    app = new_app(chats.lifespan, root_path)
    app.state.library, app.state.chats = library, chats
    app.add_middleware(CollectionGate, chats=chats)
    add_cors(app, origins)  # the admin page calls from its own origin; DELETE is not offered cross-site
    app.add_middleware(_PageHeaders)
    add_admin(app, library, AdminAuth(admin_key))
    add_collection_api(app, library, chats)
    _add_embed_module(app, assets=True)  # a course page's web component works before anyone opened the chat
    return app


def serve_library(settings, library_dir, host: str = "127.0.0.1", port: int = 7860, root_path: str = "",
                  allowed_origins: list[str] | None = None, admin_key: str | None = None) -> None:
    """Build stale collections, then serve the library (see create_library_app)."""
    _offline_env()
    from .library import Library

    library = Library(library_dir, settings)
    library.build_stale(log=lambda line: print(f"telusur: {line}", flush=True), background=True)
    origins = resolve_origins(allowed_origins)
    app = create_library_app(library, origins, root_path=root_path or "", admin_key=admin_key)
    library.watch()
    names = ", ".join(library.names()) or "belum ada"
    admin = "/admin" if admin_key else "mati (beri TELUSUR_ADMIN_KEY atau --admin-key-file)"
    print(f"telusur: pustaka di http://{host}:{port}{root_path or ''}/ (koleksi: {names}; obrolan: /c/<nama>/, "
          f"API: /api/docs; admin: {admin})", flush=True)
    _run(app, host, port, then=library.close)
