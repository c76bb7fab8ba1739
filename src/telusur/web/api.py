"""The plain JSON API: the FastAPI app with Indonesian errors, CORS, and the question routes (ask, sources), added
once per prefix: /api for one course, /c/<name>/api for each collection of a library."""

import os
import re

from .. import QuestionError, TelusurError
from .chat import _offline_env

# Origins always allowed for cross-site use (web component, fetch); the app's own origin needs no CORS.
LOCAL_ORIGINS = r"https?://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?"


def resolve_origins(extra: list[str] | None = None) -> list[str]:
    """Course sites allowed besides localhost: --allow-origin values and TELUSUR_ALLOWED_ORIGINS (comma-separated)."""
    env = os.environ.get("TELUSUR_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in list(extra or []) + re.split(r"[,\s]+", env) if o.strip()]
    return list(dict.fromkeys(origins))


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

    @app.exception_handler(OSError)
    async def disk_error(request: Request, exc: OSError):
        return error_response(*os_error(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):  # a bug: JSON too (the traceback goes to the log)
        return error_response(500, "Kesalahan tak terduga di server; coba lagi, atau minta pengelola server "
                                   "memeriksa lognya.")

    return app


def os_error(exc: OSError) -> tuple[int, str]:
    """The HTTP status and Indonesian message for a failure of the server's disk (full, read-only, other)."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return 507, ("Disk server penuh; tidak ada yang disimpan. Minta pengelola server mengosongkan ruang disk, "
                     "lalu coba lagi.")
    if exc.errno == errno.EROFS:
        return 507, "Disk server hanya-baca; tidak ada yang disimpan. Minta pengelola server memeriksanya."
    return 500, (f"Kesalahan disk di server ({exc.strerror or exc.__class__.__name__}); tidak ada yang disimpan. "
                 "Coba lagi, atau minta pengelola server memeriksa lognya.")


def add_cors(app, origins: list[str] | None, methods=("GET", "POST", "OPTIONS")) -> None:
    """Cross-site use (web component, fetch) from the allowed origins and localhost; the app's own needs none."""
    from fastapi.middleware.cors import CORSMiddleware

    app.add_middleware(CORSMiddleware, allow_origins=origins or [], allow_origin_regex=LOCAL_ORIGINS,
                       allow_methods=list(methods), allow_headers=["*"])


def error_response(status: int, message: str, headers: dict | None = None):
    from fastapi.responses import JSONResponse

    return JSONResponse({"error": message}, status_code=status, headers=headers)


def add_question_routes(app, engine_for, prefix: str = "/api", collection: bool = False) -> None:
    """POST <prefix>/ask and GET <prefix>/sources over the engine `engine_for` gives (a FastAPI dependency: no
    argument for one course; `name`, taken from the path, for a library's "/c/{name}/api"). One definition, so
    a course's API and a collection's answer alike."""
    from fastapi import APIRouter, Depends, Query

    AskRequest = ask_request_model()
    router = APIRouter(tags=["koleksi" if collection else "api"])
    of = " satu koleksi" if collection else ""
    only = " Hanya atas teks koleksi <name>." if collection else ""

    @router.post("/ask", summary=f"Jawab pertanyaan dari teks{of}",
                 description="Jawaban mesin dalam JSON: jawaban dengan penanda [n], bagian teks beserta sorotan dan "
                             "rujukannya." + only)
    def ask(body: AskRequest, engine=Depends(engine_for)) -> dict:
        return engine.ask(body.question, body.history or [], style=body.style).to_dict()

    @router.get("/sources", summary=f"Karya yang dirujuk teks{of}",
                description="Setiap karya yang dirujuk beserta bagian teks yang merujuknya; dengan topik, diurutkan "
                            "menurut kecocokan." + only)
    def sources(engine=Depends(engine_for),
                topic: str | None = Query(default=None, description="urutkan menurut kecocokan dengan topik")) -> dict:
        return {"sources": [s.to_dict() for s in engine.sources(topic)]}

    app.include_router(router, prefix=prefix)


def ask_request_model():
    from pydantic import BaseModel, Field

    class AskRequest(BaseModel):
        question: str = Field(description="pertanyaan tentang isi teks", examples=["Apa saja bentuk kerjasama internasional?"])
        history: list[str] | None = Field(default=None, description="pertanyaan-pertanyaan sebelumnya, terlama dulu")
        style: str | None = Field(default=None, description="gaya kutipan siap tempel (cite): apa (bawaan), harvard, chicago")

    return AskRequest
