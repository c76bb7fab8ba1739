"""The HTML side of the server: chat-page headers (Indonesian, offline CSP), the loading page, Gradio's frontend files."""

import re
from html import escape
from pathlib import Path

from .. import TelusurError

LOADING_REFRESH_SECONDS = 2  # how often the loading page reloads itself until the chat is mounted
# Keep the pages on this machine: Gradio's frontend adds Google Fonts links that an offline campus can't reach.
CSP = ("default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; "
       "img-src 'self' data: blob:; object-src 'none'; base-uri 'self'")
# Gradio picks its interface language from the browser's: make it Indonesian (and <html lang="id">) for everyone.
FORCE_INDONESIAN = (b'<script>Object.defineProperty(navigator,"language",{get:()=>"id"});'
                    b'Object.defineProperty(navigator,"languages",{get:()=>["id"]});</script>')


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
<body><main><h1>{heading}</h1><p role="status"><strong>{title}</strong></p><p>{detail}</p></main></body></html>
"""
INDEXING_TEXT = ("Koleksi ini sedang diindeks…",
                 "Teksnya sedang dibaca dan disandikan; halaman ini dimuat ulang sendiri dan menjadi obrolan begitu "
                 "indeksnya siap (beberapa menit untuk banyak berkas).")


def loading_page(status: str, course: str | None = None, indexing: str | None = None) -> str:
    """The page at / and /embed/ until the chat is mounted; it reloads itself while the chat is still loading. A
    library collection's page names the course and says when it is being indexed: "first" (the chat waits for
    that index) or "again" (the chat will answer from the previous one meanwhile)."""
    title, detail, _ = LOADING_TEXT[status]
    if indexing == "first":
        title, detail = INDEXING_TEXT
    elif indexing == "again":
        detail = f"Koleksi ini sedang diindeks ulang; sampai selesai, jawaban memakai indeks sebelumnya. {detail}"
    refresh = f'<meta http-equiv="refresh" content="{LOADING_REFRESH_SECONDS}">' if indexing or status == "loading" else ""
    heading = f"{escape(course)} · telusur" if course else "telusur"
    return LOADING_PAGE.format(refresh=refresh, heading=heading, title=escape(title), detail=escape(detail))


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


def add_favicon(app) -> None:
    """/favicon.ico: a small icon, so a browser's automatic request is not a 404 in the server's log."""
    from fastapi.responses import FileResponse

    icon = Path(__file__).parent.parent / "static" / "favicon.svg"

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return FileResponse(icon, media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})
