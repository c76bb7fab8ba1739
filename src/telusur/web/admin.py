"""The lecturers' side of a library: the admin page, and a JSON API to upload and remove files, see the build's
progress and report, and create collections. Everything here needs the admin key (Authorization: Bearer)."""


import hashlib
import hmac
import os
import secrets
import threading
import time
from collections import deque
from html import escape
from pathlib import Path

from .. import Library, StoredFile, TelusurError, UploadError
from .limits import MULTIPART_OVERHEAD

STATIC = Path(__file__).parent / "static"
FAILED_ATTEMPTS = 5  # wrong keys from one address within FAILED_WINDOW seconds, then 429 until the window passes
FAILED_WINDOW = 60.0
# Wrong keys from all addresses together within the window: at most 30 guesses a minute reach the key check, so a
# 12-character random key (64^12 keys) outlasts any attacker; a lecturer's known device is never held by this.
GLOBAL_FAILED_ATTEMPTS = 30
DEVICE_COOKIE = "telusur_admin_device"
DEVICE_DAYS = 30
MAX_DEVICES = 1000
MAX_FORM_FIELD = 64 * 1024  # bytes of any non-file field
MIN_KEY_CHARS = 12
KEY_HELP = ("Jalankan server dengan kunci admin: TELUSUR_ADMIN_KEY=<kunci> telusur serve --library FOLDER, atau "
            "telusur serve --library FOLDER --admin-key-file BERKAS (kunci minimal 12 karakter; buat dengan "
            "python3 -c \"import secrets; print(secrets.token_urlsafe(24))\").")
# The admin page loads only its own script and style, and is never framed by another site.
ADMIN_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
             "form-action 'none'; frame-ancestors 'none'; base-uri 'none'")


class AdminError(TelusurError):
    """A refused admin request: no key configured (403), none given (401), a wrong one (403), too many (429)."""

    def __init__(self, message: str, status: int, headers: dict | None = None):
        super().__init__(message)
        self.status, self.headers = status, headers


def read_key(key_file: Path | None = None) -> str | None:
    """The admin key: from --admin-key-file, else TELUSUR_ADMIN_KEY; None when neither is set (admin off)."""
    if key_file is not None:
        try:
            key = key_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise TelusurError(f"Berkas kunci admin {key_file} tidak terbaca ({exc.__class__.__name__}); "
                               "periksa path dan izinnya.") from None
    else:
        key = os.environ.get("TELUSUR_ADMIN_KEY", "").strip()
        if not key:
            return None
    if len(key) < MIN_KEY_CHARS:
        raise TelusurError(f"Kunci admin terlalu pendek (minimal {MIN_KEY_CHARS} karakter). " + KEY_HELP)
    return key


class AdminAuth:
    """Checks the Bearer key in constant time, and slows guessing without letting a student lock the lecturer out.

    Wrong keys are counted per client address (the socket's; IPv6 by /64) and over the whole server: past
    `attempts` per address or `global_attempts` in all within `window` seconds, keys from there are not checked
    (429) until the window passes. A browser that once gave the right key gets a device cookie (random, HttpOnly,
    SameSite=Strict): its key is always checked, whatever others at its address did, and it loses the cookie
    after `attempts` wrong keys of its own. The cookie is no key: every request still needs the key."""

    def __init__(self, key: str | None, attempts: int = FAILED_ATTEMPTS, window: float = FAILED_WINDOW,
                 global_attempts: int = GLOBAL_FAILED_ATTEMPTS):
        self._digest = hashlib.sha256(key.encode("utf-8")).digest() if key else None
        self.attempts, self.window, self.global_attempts = attempts, window, global_attempts
        self._failures: dict[str, deque] = {}  # per address group, and "*" for the whole server
        self._devices: dict[str, int] = {}  # device token -> its wrong keys
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self._digest is not None

    def check(self, request, response=None) -> None:
        """Raise AdminError unless the request carries the key; on success, give the browser a device cookie."""
        if not self.enabled:
            raise AdminError("Halaman admin mati karena belum ada kunci admin. " + KEY_HELP, 403)
        client = address_group(request.client.host if request.client else "?")
        device = request.cookies.get(DEVICE_COOKIE)
        with self._lock:
            known = device in self._devices
        if not known:
            wait = max(self._blocked_for(client, self.attempts), self._blocked_for("*", self.global_attempts))
            if wait:
                raise AdminError(f"Terlalu banyak kunci salah dari alamat ini; coba lagi dalam {wait} detik.", 429,
                                 {"Retry-After": str(wait)})
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise AdminError("Butuh kunci admin: kirim header Authorization: Bearer <kunci>.", 401,
                             {"WWW-Authenticate": "Bearer"})
        digest = hashlib.sha256(given.strip().encode("utf-8")).digest()
        if not hmac.compare_digest(digest, self._digest):
            self._fail(device if known else None, client)
            raise AdminError("Kunci admin salah; periksa kuncinya (huruf besar/kecil berpengaruh).", 403)
        if not known and response is not None:
            token = secrets.token_urlsafe(32)
            with self._lock:
                if len(self._devices) >= MAX_DEVICES:  # forget the oldest device
                    self._devices.pop(next(iter(self._devices)))
                self._devices[token] = 0
            response.set_cookie(DEVICE_COOKIE, token, max_age=DEVICE_DAYS * 86400, httponly=True, samesite="strict",
                                path="/")

    def _blocked_for(self, group: str, attempts: int) -> int:
        with self._lock:
            recent = self._recent(group)
            if len(recent) < attempts:
                return 0
            return max(1, int(recent[-attempts] + self.window - time.monotonic()) + 1)

    def _fail(self, device: str | None, client: str) -> None:
        with self._lock:
            if device is not None:  # a known device guessing: it loses its standing after as many tries
                self._devices[device] += 1
                if self._devices[device] >= self.attempts:
                    del self._devices[device]
                return
            for group in (client, "*"):
                self._recent(group).append(time.monotonic())
            if len(self._failures) > 10_000:  # many addresses: forget those with nothing in the window
                old = time.monotonic() - self.window
                for other in [c for c, d in self._failures.items() if not d or d[-1] < old]:
                    del self._failures[other]

    def _recent(self, group: str) -> deque:
        recent = self._failures.setdefault(group, deque())
        while recent and recent[0] < time.monotonic() - self.window:
            recent.popleft()
        return recent


def address_group(host: str) -> str:
    """The unit wrong keys are counted by: an IPv4 address, or an IPv6 /64 (one machine can hold all of it)."""
    import ipaddress

    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if address.version == 4:
        return str(address)
    if address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return str(ipaddress.ip_network(f"{address}/64", strict=False))


class _Receiver:
    """Multipart callbacks that write the `file` field to a staging file, refusing it past the size limit while
    reading (nothing is kept in memory beyond one chunk)."""

    def __init__(self, library: Library, name: str, limit: int):
        self.library, self.name, self.limit = library, name, limit
        self.filename: str | None = None
        self.path: Path | None = None
        self._out = None
        self._size = self._other = 0
        self._headers: dict[bytes, bytes] = {}
        self._field = self._value = b""
        self._in_file = False

    def callbacks(self) -> dict:
        return {"on_part_begin": self._begin, "on_header_field": self._header_field,
                "on_header_value": self._header_value, "on_header_end": self._header_end,
                "on_headers_finished": self._headers_done, "on_part_data": self._data, "on_part_end": self.finish}

    def _begin(self):
        self._headers, self._field, self._value, self._in_file = {}, b"", b"", False

    def _header_field(self, data, start, end):
        self._field += data[start:end]

    def _header_value(self, data, start, end):
        self._value += data[start:end]

    def _header_end(self):
        self._headers[self._field.strip().lower()] = self._value.strip()
        self._field = self._value = b""

    def _headers_done(self):
        from python_multipart.multipart import parse_options_header

        _, params = parse_options_header(self._headers.get(b"content-disposition", b""))
        if params.get(b"name") != b"file":
            return
        if self.filename is not None:
            raise UploadError('Kirim satu berkas per permintaan (field "file").')
        raw = params.get(b"filename", b"")
        filename = raw.decode("utf-8", errors="replace")
        self.filename = self.library.check_upload_name(self.name, filename)  # before reading any of its bytes
        self.path = self.library.staging_file(self.name)
        self._out = open(self.path, "xb")
        self._in_file = True

    def _data(self, data, start, end):
        if self._in_file:
            self._size += end - start
            if self._size > self.limit:
                raise UploadError(self.library.upload_limit_message(), status=413)
            self._out.write(data[start:end])
        else:
            self._other += end - start
            if self._other > MAX_FORM_FIELD:
                raise UploadError('Permintaan tidak sah: hanya field "file" yang dikirim.', status=413)

    def finish(self):
        """The file part ended (or the body did): close the staging file."""
        if self._in_file:
            self._out.close()
            self._in_file = False

    def discard(self) -> None:
        if self._out is not None:
            self._out.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)


async def receive_upload(request, library: Library, name: str) -> StoredFile:
    """Stream a multipart upload to a staging file (size limit enforced while reading), then hand it to the library,
    which checks it and moves it in. On any refusal nothing stays on disk."""
    from python_multipart.exceptions import FormParserError
    from python_multipart.multipart import MultipartParser, parse_options_header
    from starlette.concurrency import run_in_threadpool

    library.collection(name)
    kind, params = parse_options_header(request.headers.get("content-type", ""))
    if kind != b"multipart/form-data" or not params.get(b"boundary"):
        raise UploadError('Kirim berkas sebagai multipart/form-data dengan field "file".', status=415)
    limit = int(library.settings.max_file_mb * 1024 * 1024)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + MULTIPART_OVERHEAD:  # refused before reading a byte of it
        raise UploadError(library.upload_limit_message(), status=413)
    receiver = _Receiver(library, name, limit)
    parser = MultipartParser(params[b"boundary"], receiver.callbacks())
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
        receiver.finish()
        if receiver.filename is None:
            raise UploadError('Tidak ada berkas dalam permintaan: kirim berkasnya di field "file".')
    except FormParserError as exc:
        receiver.discard()
        raise UploadError(f"Isi unggahan tidak sah ({exc}); kirim ulang berkasnya sebagai multipart/form-data "
                          'dengan field "file".') from None
    except BaseException:
        receiver.discard()
        raise
    return await run_in_threadpool(library.add_file, name, receiver.filename, receiver.path)


def add_admin(app, library: Library, auth: AdminAuth) -> None:
    """The admin page (/admin, /c/<name>/admin) and its API, all behind the key."""
    from fastapi import Depends, Request, Response
    from fastapi.responses import FileResponse, HTMLResponse
    from fastapi.security import HTTPBearer
    from pydantic import BaseModel, Field
    from starlette.concurrency import run_in_threadpool

    bearer = HTTPBearer(auto_error=False, description="kunci admin (TELUSUR_ADMIN_KEY atau --admin-key-file)")

    def admin(request: Request, response: Response, _=Depends(bearer)) -> None:
        auth.check(request, response)

    class NewCollection(BaseModel):
        name: str = Field(description="nama di URL: huruf kecil, angka, - atau _", examples=["hukum-pidana"])
        title: str | None = Field(default=None, description="judul yang tampil", examples=["Hukum Pidana"])

    def page(request: Request) -> HTMLResponse:
        headers = {"Content-Security-Policy": ADMIN_CSP, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer",
                   "X-Content-Type-Options": "nosniff"}
        name = "admin.html" if auth.enabled else "admin-off.html"
        html = (STATIC / name).read_text(encoding="utf-8").replace("{{root}}", escape(request.scope.get("root_path", "")))
        return HTMLResponse(html, status_code=200 if auth.enabled else 403, headers=headers)

    app.get("/admin", include_in_schema=False)(page)

    @app.get("/c/{name}/admin", include_in_schema=False)
    def collection_page(name: str, request: Request):
        library.collection(name)
        return page(request)

    for asset, media in (("admin.js", "text/javascript"), ("admin.css", "text/css")):
        def serve(asset=asset, media=media):
            return FileResponse(STATIC / asset, media_type=media, headers={"Cache-Control": "no-cache",
                                                                          "X-Content-Type-Options": "nosniff"})
        app.get(f"/admin/{asset}", include_in_schema=False)(serve)

    @app.get("/api/admin/collections", summary="Koleksi beserta keadaan pembangunan indeksnya", tags=["admin"],
             dependencies=[Depends(admin)])
    def admin_collections() -> dict:
        """Every collection with its build state; also how the admin page checks a key."""
        limits = {"max_file_mb": library.settings.max_file_mb,
                  "max_collection_mb": library.settings.max_collection_mb}
        return {"collections": [library.describe(n) for n in library.names()], "limits": limits}

    @app.post("/api/collections", summary="Buat koleksi baru", tags=["admin"], status_code=201,
              dependencies=[Depends(admin)])
    def create_collection(body: NewCollection) -> dict:
        """An empty collection at /c/<name>/; upload its files next."""
        c = library.create(body.name, body.title)
        return {"collection": library.describe(c.name)}

    @app.get("/c/{name}/api/status", summary="Keadaan pembangunan indeks dan laporannya", tags=["admin"],
             dependencies=[Depends(admin)])
    def status(name: str) -> dict:
        """state: idle, waiting, building or failed; encoded: passages encoded so far; report: the build now
        answering (documents, pages, passages, cited works, every file indexed or skipped and why); files."""
        return library.status(name)

    upload_body = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary",
                                "description": "PDF, DOCX, .txt, .md, .mdx, .qmd, .Rmd, .html, .adoc, .rst, .tex atau .ipynb"}}}}}}}

    @app.post("/c/{name}/api/files", summary="Unggah berkas ke koleksi (lalu indeks dibangun ulang)", tags=["admin"],
              status_code=201, dependencies=[Depends(admin)], openapi_extra=upload_body)
    async def upload(name: str, request: Request) -> dict:
        """Checked by its content (not its name), within the size limits; the collection is rebuilt in the
        background while its old index keeps answering. Refusals say why, and leave nothing behind."""
        stored = await receive_upload(request, library, name)
        return {"file": stored.to_dict(), "status": await run_in_threadpool(library.status, name)}

    @app.delete("/c/{name}/api/files/{filename:path}", summary="Hapus berkas dari koleksi", tags=["admin"],
                dependencies=[Depends(admin)])
    def delete(name: str, filename: str) -> dict:
        """The collection is rebuilt without it in the background."""
        library.remove_file(name, filename)
        return {"deleted": filename, "status": library.status(name)}
