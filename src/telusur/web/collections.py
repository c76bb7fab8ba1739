"""A library's public side: /api/collections, each collection's JSON API under /c/<name>/api, its chat and embed
at /c/<name>/ and /c/<name>/embed/ (mounted on the first visit), and a home page listing the collections."""


import asyncio
import contextlib
import re
import threading
from html import escape

from .. import CollectionError, Library
from .api import add_question_routes
from .chat import ChatUI, is_page_request, waiting
from .pages import LOADING_REFRESH_SECONDS, loading_page

COLLECTION_PATH = re.compile(r"/c/([^/]+)(/.*)?")
# A web component on a course page asks for the chat's config directly and cannot show the loading page:
# such requests wait this long for a chat being built (about a second of CPU) instead of getting a 503.
CHAT_WAIT_SECONDS = 60
# Under /c/<name>, these answer without the chat: the JSON API and the admin page.
NOT_CHAT = re.compile(r"/api(/.*)?|/admin(/.*)?")


class CollectionChats:
    """One Gradio chat (and embed) per collection, built the first time someone opens it: building one costs
    about a second of CPU and some memory (bench/courses.py), so a library of 20 courses does not pay for all."""

    def __init__(self, library: Library, root_path: str = ""):
        self.library, self.root_path = library, root_path
        self.app = None
        self._uis: dict[str, ChatUI] = {}

    def status(self, name: str) -> str:
        """"ready", "loading", "failed", or "idle" (not opened yet)."""
        ui = self._uis.get(name)
        return ui.status if ui else "idle"

    def open(self, name: str) -> ChatUI:
        """The collection's chat, its building started if it was not (call on the server's event loop)."""
        ui = self._uis.get(name)
        if ui is None or ui.status == "failed":  # a failed build mounted nothing: the next visit tries again
            ui = ChatUI(self.library.handle(name), self.root_path, background=True, prefix=f"/c/{name}")
            self._uis[name] = ui
            ui.start(self.app)
        return ui

    async def wait(self, name: str, seconds: float) -> str:
        """Open the collection's chat and wait until it is no longer loading (or the time is up); its status."""
        ui, deadline = self.open(name), asyncio.get_running_loop().time() + seconds
        while ui.status == "loading" and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.1)
        return ui.status

    async def hold(self, scope):
        """The library's gate (see ChatGate): a /c/<name>/ page of a collection whose chat is not mounted starts it
        and shows the loading page (other chat paths get a 503, or wait for a chat being built); an unknown
        collection gets a 404. The JSON API, the admin pages and paths outside /c/ pass."""
        found = COLLECTION_PATH.fullmatch(scope["path"])
        if found is None or NOT_CHAT.fullmatch(found[2] or ""):
            return None
        from starlette.concurrency import run_in_threadpool
        from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse

        name, rest = found[1], found[2]
        page = is_page_request(scope)
        if not self.library.has(name):
            message = f"Koleksi '{escape(name[:64])}' tidak ada; daftar koleksi ada di halaman utama."
            return (HTMLResponse(_page("Koleksi tidak ditemukan", message), status_code=404) if page
                    else JSONResponse({"error": message}, status_code=404))
        if rest is None:
            return RedirectResponse(f"{scope.get('root_path', '')}/c/{name}/")
        if self.status(name) != "ready":
            try:  # the chat needs the collection's index: an empty collection says so instead of failing
                await run_in_threadpool(self.library.engine, name)
            except CollectionError as exc:
                if not page:
                    return JSONResponse({"error": str(exc)}, status_code=exc.status)
                first = self._indexing(name)  # its first index: a page that waits for it by itself
                return HTMLResponse(loading_page("loading", self._title(name), "first") if first
                                    else _page("Koleksi belum siap", escape(str(exc))), status_code=exc.status,
                                    headers={"Retry-After": str(LOADING_REFRESH_SECONDS)})
        if page:
            status = self.open(name).status
        else:  # a web component's request (its config, first of all): wait for the chat rather than fail
            status = await self.wait(name, CHAT_WAIT_SECONDS)
        if status == "ready":
            return None
        return waiting(status, page, self._title(name), "again" if page and self._indexing(name) else None)

    def _title(self, name: str) -> str:
        return self.library.collection(name).title

    def _indexing(self, name: str) -> bool:
        return self.library.build_state(name).state in ("waiting", "building")

    @contextlib.asynccontextmanager
    async def lifespan(self, app):
        self.app = app
        # Importing Gradio takes seconds: do it now, so the first visit to a chat waits only for its own build.
        threading.Thread(target=_import_gradio, name=IMPORT_THREAD, daemon=True).start()
        try:
            yield
        finally:
            await asyncio.gather(*(ui.stop() for ui in list(self._uis.values())), return_exceptions=True)
            self.library.close()


# The thread that imports Gradio at start; tests wait for it between tests (see tests/conftest.py).
IMPORT_THREAD = "telusur-gradio-import"


def _import_gradio() -> None:
    with contextlib.suppress(Exception):  # a broken install shows on the chat's page when it is opened
        import gradio  # noqa: F401

        from . import ui  # noqa: F401


def add_collection_api(app, library: Library, chats: CollectionChats) -> None:
    """GET /api/collections, and per collection: POST /c/<name>/api/ask, GET /c/<name>/api/sources, health."""
    from fastapi.responses import HTMLResponse

    @app.get("/api/collections", summary="Daftar koleksi (mata kuliah)", tags=["koleksi"])
    def collections() -> dict:
        """Every collection: name (its URL /c/<name>/), title, number of files, whether its index is ready."""
        return {"collections": [library.describe(name) for name in library.names()]}

    def collection_engine(name: str):
        return library.engine(name)

    add_question_routes(app, collection_engine, prefix="/c/{name}/api", collection=True)

    @app.get("/c/{name}/api/health", summary="Pemeriksaan hidup satu koleksi", tags=["koleksi"])
    def collection_health(name: str) -> dict:
        """`ui`: the collection's chat is "idle" (not opened yet), "loading", "ready" or "failed"."""
        library.collection(name)
        return {"status": "ok", "ui": chats.status(name), "build": library.build_state(name).state}

    @app.get("/api/health", summary="Pemeriksaan hidup", tags=["api"])
    def health() -> dict:
        return {"status": "ok", "collections": len(library.names())}

    @app.get("/", include_in_schema=False)
    def home() -> HTMLResponse:
        items = "".join(
            f'<li><a href="c/{escape(c.name)}/">{escape(c.title)}</a> <small>(/c/{escape(c.name)}/)</small></li>'
            for c in library.collections())
        body = f"<ul>{items}</ul>" if items else "<p>Belum ada koleksi. Dosen dapat membuatnya di halaman admin.</p>"
        return HTMLResponse(_page("Koleksi", body, raw=True))


PAGE = """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>telusur — {title}</title>
<style>body{{font-family:system-ui,sans-serif;margin:0 auto;max-width:44rem;padding:1.5rem;color:#1f2937}}
li{{margin:.4rem 0}}small{{color:#6b7280}}</style></head>
<body><main><h1>telusur — {title}</h1>{body}<p><a href="admin">Halaman admin (dosen)</a></p></main></body></html>
"""


def _page(title: str, body: str, raw: bool = False) -> str:
    return PAGE.format(title=escape(title), body=body if raw else f"<p>{body}</p>")
