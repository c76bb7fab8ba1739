"""One web server: the Gradio app at /, its compact embed at /embed/, and a plain JSON API under /api."""

import os
import re
import threading
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


def module_path() -> str:
    """The web component's module (assets/index-<hash>.js), read from the installed Gradio's own page."""
    import gradio

    page = (Path(gradio.__file__).parent / "templates" / "frontend" / "index.html").read_text(encoding="utf-8")
    found = re.search(r'src="\.?/?(assets/index-[\w-]+\.js)"', page)
    if not found:
        raise TelusurError("Modul komponen web Gradio tidak ditemukan: pasang ulang gradio.")
    return found.group(1)


class _PageHeaders:
    """ASGI middleware for the HTML pages only: Indonesian language, and the offline CSP."""

    PAGES = {"/", EMBED_PATH, EMBED_PATH + "/"}

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or scope["path"] not in self.PAGES:
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


def create_app(engine, origins: list[str] | None = None, root_path: str = ""):
    """The FastAPI app: JSON API, CORS for the allowed origins, the full Gradio app and its embed."""
    _offline_env()
    import gradio as gr
    from fastapi import FastAPI, Query, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.middleware.cors import CORSMiddleware
    from fastapi.responses import JSONResponse, Response
    from pydantic import BaseModel, Field

    from .ui import build_blocks, css_paths

    app = FastAPI(title="telusur API", version="1", openapi_url="/api/openapi.json", docs_url="/api/docs",
                  redoc_url=None, root_path=root_path,
                  description="Tanya jawab atas teks berbahasa Indonesia. Jawaban dan daftar sumber "
                              "dalam JSON yang sama dengan `telusur ask --json` dan `telusur sources --json`.")
    app.add_middleware(CORSMiddleware, allow_origins=origins or [], allow_origin_regex=LOCAL_ORIGINS,
                       allow_methods=["GET", "POST", "OPTIONS"], allow_headers=["*"])
    app.add_middleware(_PageHeaders)

    class AskRequest(BaseModel):
        question: str = Field(description="pertanyaan tentang isi teks", examples=["Apa saja bentuk kerjasama internasional?"])
        history: list[str] | None = Field(default=None, description="pertanyaan-pertanyaan sebelumnya, terlama dulu")

    def error(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        return error(400, 'Permintaan tidak sah: kirim JSON {"question": "...", "history": ["..."]} '
                          "dengan pertanyaan berupa teks dan riwayat berupa daftar teks.")

    @app.exception_handler(QuestionError)
    async def bad_question(request: Request, exc: QuestionError):
        return error(400, str(exc))

    @app.exception_handler(TelusurError)
    async def engine_error(request: Request, exc: TelusurError):
        return error(503, str(exc))

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
        return {"status": "ok"}

    module = module_path()

    @app.get("/embed.js", include_in_schema=False)
    def embed_module():
        # A stable address for the web component; Gradio's module name changes with each release. An import,
        # not a redirect: a redirect loads that module twice (under both URLs) and the component never starts.
        return Response(f'import "./{module}";\n', media_type="text/javascript",
                        headers={"Cache-Control": "no-cache"})

    for path, compact in ((EMBED_PATH, True), ("/", False)):
        blocks = build_blocks(engine, compact=compact)
        blocks.queue(default_concurrency_limit=QUEUE_CONCURRENCY, max_size=QUEUE_MAX_SIZE)
        gr.mount_gradio_app(app, blocks, path=path, footer_links=[] if compact else ["api"],
                            run_history=False, css_paths=css_paths(), ssr_mode=False,
                            root_path=(root_path + path.rstrip("/")) if root_path else None)
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


def _import_web_stack() -> None:
    import fastapi  # noqa: F401
    import gradio  # noqa: F401
    import uvicorn  # noqa: F401


def serve(settings, host: str = "127.0.0.1", port: int = 7860, root_path: str = "",
          allowed_origins: list[str] | None = None) -> None:
    """Build the index if needed, then serve the app until interrupted."""
    _offline_env()
    import uvicorn

    from .engine import Telusur, build

    # Importing Gradio takes seconds: do it while the index is checked and loaded.
    preload = threading.Thread(target=_import_web_stack, daemon=True)
    preload.start()
    report = build(settings)  # shows a progress bar in the terminal while encoding
    if report is not None:
        print(f"telusur: indeks dibangun ({report.chunks} bagian teks, {report.seconds:.1f} detik).", flush=True)
    engine = Telusur(settings)
    preload.join()
    origins = resolve_origins(allowed_origins)
    app = create_app(engine, origins, root_path=root_path or "")
    watcher = IndexWatcher(engine).start()
    shown = "localhost" + (", " + ", ".join(origins) if origins else "")
    print(f"telusur: aplikasi di http://{host}:{port}{root_path or ''}/ (sematan: {EMBED_PATH}/, API: /api/docs; "
          f"asal yang diizinkan: {shown})", flush=True)
    try:
        uvicorn.run(app, host=host, port=port, workers=WORKERS, log_level="warning",
                    timeout_graceful_shutdown=SHUTDOWN_SECONDS)
    finally:
        watcher.stop()

