"""One web server: the Gradio app at /, its compact embed at /embed/, and a plain JSON API under /api."""

import threading

from .api import add_cors, add_question_routes, new_app, resolve_origins
from .chat import EMBED_PATH, SHUTDOWN_SECONDS, ChatGate, ChatUI, _offline_env
from .limits import BodyLimit
from .pages import _add_embed_module, _PageHeaders, add_favicon

# Serving knobs, kept here so load testing (issue 4) can tune them in one place.
WORKERS = 1  # one process: the model and index live in memory once; the engine is thread-safe
API_THREADS = 8  # worker threads for the plain JSON API's blocking engine calls


def create_app(engine, origins: list[str] | None = None, root_path: str = "", ui_background: bool = False,
               ui_after: threading.Event | None = None):
    """The FastAPI app: JSON API, CORS for the allowed origins, the full Gradio app and its embed.

    The Gradio app is built when the server starts (once `ui_after` is set, if given). By default the server
    takes requests only after that; with ui_background it serves the JSON API at once and the chat pages
    show a loading page until Gradio is mounted (see ChatUI)."""
    ui = ChatUI(engine, root_path, background=ui_background, after=ui_after)
    app = new_app(ui.lifespan, root_path)
    app.state.ui = ui
    app.add_middleware(ChatGate, chats=ui)
    add_cors(app, origins)
    app.add_middleware(_PageHeaders)
    app.add_middleware(BodyLimit)  # outermost: before CORS, the gate and Gradio see a byte of the body
    add_question_routes(app, lambda: engine)

    @app.get("/api/health", summary="Pemeriksaan hidup", tags=["api"])
    def health() -> dict:
        """The server answers; `ui` says whether the chat pages are "loading", "ready" or "failed"."""
        return {"status": "ok", "ui": ui.status}

    return app


def serve(settings, host: str = "127.0.0.1", port: int = 7860, root_path: str = "",
          allowed_origins: list[str] | None = None, forwarded_allow_ips: str | None = None) -> None:
    """Build the index if needed, then serve the JSON API at once and the chat pages once Gradio has loaded; while
    serving, a build made elsewhere is switched to and a changed corpus is built again (CorpusWatch)."""
    _offline_env()
    from .. import CorpusWatch, Telusur, build, format_file_report, stored_report

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
    watcher = CorpusWatch(engine, log=lambda line: print(line, flush=True)).start()
    shown = "localhost" + (", " + ", ".join(origins) if origins else "")
    print(f"telusur: aplikasi di http://{host}:{port}{root_path or ''}/ (sematan: {EMBED_PATH}/, API: /api/docs; "
          f"situs yang boleh menyematkan: {shown})", flush=True)
    _run(app, host, port, then=watcher.close, forwarded_allow_ips=forwarded_allow_ips)


def _run(app, host: str, port: int, then, forwarded_allow_ips: str | None = None) -> None:
    """Serve until stopped (Ctrl-C), then call `then` to stop what runs beside the server.

    The client's address is the socket's: X-Forwarded-For is believed only from the proxies the operator names
    (--forwarded-allow-ips or TELUSUR_FORWARDED_ALLOW_IPS); uvicorn alone would believe it from 127.0.0.1, and a
    rotated header would reset the wrong-key limit."""
    import os

    import uvicorn

    trusted = (forwarded_allow_ips or os.environ.get("TELUSUR_FORWARDED_ALLOW_IPS", "")).strip()
    try:
        uvicorn.run(app, host=host, port=port, workers=WORKERS, log_level="warning",
                    timeout_graceful_shutdown=SHUTDOWN_SECONDS, proxy_headers=bool(trusted),
                    forwarded_allow_ips=trusted or None)
    finally:
        then()


def create_library_app(library, origins: list[str] | None = None, root_path: str = "", admin_key: str | None = None):
    """The app for a library of collections: /api/collections; per collection its chat at /c/<name>/ (mounted on
    the first visit), its embed at /c/<name>/embed/ and its JSON API under /c/<name>/api; the admin page at
    /admin and /c/<name>/admin with its API (uploads, removals, build status), all behind the admin key."""
    from .admin import AdminAuth, add_admin
    from .collections import CollectionChats, add_collection_api

    chats = CollectionChats(library, root_path)
    app = new_app(chats.lifespan, root_path)
    app.state.library, app.state.chats = library, chats
    app.add_middleware(ChatGate, chats=chats)
    add_cors(app, origins)  # the admin page calls from its own origin; DELETE is not offered cross-site
    app.add_middleware(_PageHeaders)
    app.add_middleware(BodyLimit, upload_bytes=int(library.settings.max_file_mb * 1024 * 1024))
    add_admin(app, library, AdminAuth(admin_key))
    add_collection_api(app, library, chats)
    _add_embed_module(app, assets=True)  # a course page's web component works before anyone opened the chat
    add_favicon(app)  # no Gradio app at / to answer it
    return app


def serve_library(settings, library_dir, host: str = "127.0.0.1", port: int = 7860, root_path: str = "",
                  allowed_origins: list[str] | None = None, admin_key: str | None = None,
                  forwarded_allow_ips: str | None = None) -> None:
    """Serve the library at once (see create_library_app): collections with an index answer from it while the
    build queue rebuilds the stale ones in the background."""
    _offline_env()
    from .. import Library

    library = Library(library_dir, settings).start()
    origins = resolve_origins(allowed_origins)
    app = create_library_app(library, origins, root_path=root_path or "", admin_key=admin_key)
    names = ", ".join(library.names()) or "belum ada"
    admin = "/admin" if admin_key else "mati (beri TELUSUR_ADMIN_KEY atau --admin-key-file)"
    print(f"telusur: pustaka di http://{host}:{port}{root_path or ''}/ (koleksi: {names}; obrolan: /c/<nama>/, "
          f"API: /api/docs; admin: {admin})", flush=True)
    _run(app, host, port, then=library.close, forwarded_allow_ips=forwarded_allow_ips)
