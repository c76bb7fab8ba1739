"""The server's outer door: request bodies bounded before they are read, and Gradio's routes we never use closed.

One ASGI middleware in front of every mount (the JSON API, each collection's chat, the single course's chat at /):
a declared Content-Length over the limit is refused before a byte of the body is read, and a streamed (chunked)
body is counted as it arrives and refused the moment it passes the limit."""

import re

MAX_JSON_BODY = 256 * 1024  # a question (2,000 characters) with 50 turns of history is under 30 kB
MAX_CHAT_BODY = 1024 * 1024  # a Gradio event carries the whole conversation shown so far
MULTIPART_OVERHEAD = 64 * 1024  # boundary and part headers around an uploaded file, beyond the file size limit
UPLOAD_PATH = re.compile(r"/c/[^/]+/api/files")
# The chat needs none of these: uploads (anyone could fill the disk), a URL proxy, files fetched from other hosts.
CLOSED = re.compile(r"/gradio_api/(upload|upload_progress|component_server|proxy=|file=\s*(\w+:|/{2}))", re.I)
CLOSED_TEXT = "Alamat ini ditutup: aplikasi obrolan tidak menerima unggahan berkas. Dosen mengunggah di halaman admin."


def too_large_text(limit: int) -> str:
    return (f"Permintaan terlalu besar (lebih dari {limit // 1024} kB): kirim pertanyaan yang lebih pendek atau "
            "riwayat yang lebih sedikit.")


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: 413 (JSON, Indonesian) for a body over its limit, 403 for the closed Gradio routes.

    upload_bytes: the per-file upload limit (settings.max_file_mb) for POST /c/<name>/api/files."""

    def __init__(self, app, upload_bytes: int = 0):
        self.app, self.upload_bytes = app, upload_bytes

    def limit_for(self, path: str) -> tuple[int, str]:
        if self.upload_bytes and UPLOAD_PATH.fullmatch(path):
            mb = self.upload_bytes / 1024 / 1024
            return self.upload_bytes + MULTIPART_OVERHEAD, (
                f"Berkas melebihi batas {mb:g} MB per berkas; pecah dokumennya atau naikkan TELUSUR_MAX_FILE_MB.")
        if path == "/api" or "/api/" in path:
            return MAX_JSON_BODY, too_large_text(MAX_JSON_BODY)
        return MAX_CHAT_BODY, too_large_text(MAX_CHAT_BODY)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope["path"]
        if CLOSED.search(path):
            return await _json(send, 403, CLOSED_TEXT)
        limit, message = self.limit_for(path)
        declared = _header(scope, b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return await _json(send, 413 if declared.isdigit() else 400,
                               message if declared.isdigit() else "Header Content-Length tidak sah.")
        state = {"received": 0, "over": False, "started": False}

        async def counted():
            message_in = await receive()
            if message_in["type"] == "http.request":
                state["received"] += len(message_in.get("body", b""))
                if state["received"] > limit:
                    state["over"] = True
                    raise _TooLarge()
            return message_in

        async def guarded(message_out):
            if state["over"]:  # whatever the app made of the cut-off body, the answer is ours
                if message_out["type"] == "http.response.start" and not state["started"]:
                    state["started"] = True
                    await _json(send, 413, message)
                return
            if message_out["type"] == "http.response.start":
                state["started"] = True
            await send(message_out)

        try:
            await self.app(scope, counted, guarded)
        except _TooLarge:
            pass
        except Exception:
            if not state["over"]:
                raise
        if state["over"] and not state["started"]:
            await _json(send, 413, message)


def _header(scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1").strip()
    return None


async def _json(send, status: int, message: str) -> None:
    import json

    body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
