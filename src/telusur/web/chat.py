"""The Gradio chat: built in a thread once the server starts, mounted on the live app, and the gate in front of it."""

import asyncio
import contextlib
import os
import threading
import traceback

from .pages import LOADING_REFRESH_SECONDS, LOADING_TEXT, _add_embed_module, is_chat_page, loading_page

QUEUE_CONCURRENCY = 2  # Gradio events run at once; matches the 2-core target machine
QUEUE_MAX_SIZE = 64  # waiting Gradio events before new ones are refused
EMBED_PATH = "/embed"
SHUTDOWN_SECONDS = 3  # open Gradio event streams would otherwise hold Ctrl-C up indefinitely


def _offline_env() -> None:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


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
                course = getattr(self.engine, "title", None)  # a library collection: say which one is ready
                named = f" {course} ({self.prefix}/)" if self.prefix else ""
                print(f"telusur: aplikasi obrolan{named} siap.", flush=True)
                await closing.wait()
        except Exception:
            self._fail()

    async def hold(self, scope):
        """The single course's gate (see ChatGate): until the chat is mounted, everything outside /api waits."""
        if self.status == "ready" or _is_api(scope):
            return None
        return waiting(self.status, is_page_request(scope))

    def _fail(self) -> None:
        self.status = "failed"
        print("telusur: aplikasi obrolan gagal dimuat (API JSON tetap berjalan):\n" + traceback.format_exc(),
              flush=True)

    def _mount(self):
        """Mount /embed.js, /embed/ and / on the live app; returns Gradio's start-up for them (queues and all).

        The new routes stay unreachable until status is "ready": ChatGate answers everything outside /api."""
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


_MOUNTING = threading.Lock()  # _mount swaps the router's lifespan: one chat (of a library's many) at a time


@contextlib.asynccontextmanager
async def _no_lifespan(app):
    yield


class ChatGate:
    """ASGI middleware, the one loading gate of single-course and library serving: `chats.hold(scope)` gives what a
    request gets while the chat it asks for is not mounted (a response), or None to let it through."""

    def __init__(self, app, chats):
        self.app, self.chats = app, chats

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            held = await self.chats.hold(scope)
            if held is not None:
                return await held(scope, receive, send)
        await self.app(scope, receive, send)


def waiting(status: str, page: bool, course: str | None = None, indexing: str | None = None):
    """A chat not mounted yet: its pages get the loading page (which reloads itself), other requests a 503."""
    from starlette.responses import HTMLResponse, JSONResponse

    if page:
        return HTMLResponse(loading_page(status, course, indexing), headers={"Cache-Control": "no-store"})
    return JSONResponse({"error": LOADING_TEXT[status][2]}, status_code=503,
                        headers={"Retry-After": str(LOADING_REFRESH_SECONDS)})


def is_page_request(scope) -> bool:
    return scope["method"] in ("GET", "HEAD") and is_chat_page(scope["path"])


def _is_api(scope) -> bool:
    path, root = scope["path"], scope.get("root_path", "")
    if root and path.startswith(root + "/"):
        path = path[len(root):]
    return path == "/api" or path.startswith("/api/")
