"""Lecturers change a collection only with the admin key (issue 10): uploads, removals, new collections, the build
status; every bad upload is refused in Indonesian and leaves nothing behind."""

import io
import resource
import time
import zipfile
from pathlib import Path

import httpx
import pytest

from conftest import serve_in_thread
from libraries import ADMIN_KEY, DOCUMENTS, library_dir, library_template  # noqa: F401

pytestmark = pytest.mark.usefixtures("no_network")

AUTH = {"Authorization": f"Bearer {ADMIN_KEY}"}
NEGARA_QUESTION = "Apa yang dimaksud dengan sifat memaksa kekuasaan negara?"


def start(library_dir, key=ADMIN_KEY, **settings):
    from telusur.library import Library
    from telusur.web.app import create_library_app
    from telusur.settings import Settings

    library = Library(library_dir, Settings.from_env(**settings))
    url, stop = serve_in_thread(create_library_app(library, admin_key=key))
    return url, library, stop


@pytest.fixture
def admin(library_dir):
    """The library app with an admin key, over a private library copy: (url, library, library_dir)."""
    url, library, stop = start(library_dir)
    yield url, library, library_dir
    stop()


def snapshot(root: Path) -> dict:
    """Every file under the library, with its size: what "nothing written" is checked against."""
    return {p.relative_to(root).as_posix(): p.stat().st_size for p in root.rglob("*") if p.is_file()
            and "cache" not in p.parts}


def upload(url, name, content, collection="pemilu", headers=AUTH):
    return httpx.post(f"{url}/c/{collection}/api/files", headers=headers, files={"file": (name, content)}, timeout=60)


# ---------------------------------------------------------------- the key


def test_without_a_configured_key_the_admin_is_off_and_says_how_to_turn_it_on(library_dir):
    url, library, stop = start(library_dir, key=None)
    try:
        before = snapshot(library_dir)
        for path in ("/admin", "/c/pemilu/admin"):
            page = httpx.get(url + path)
            assert page.status_code == 403 and "TELUSUR_ADMIN_KEY" in page.text and "--admin-key-file" in page.text
        r = upload(url, "negara.txt", (DOCUMENTS / "negara.txt").read_bytes())
        assert r.status_code == 403 and "TELUSUR_ADMIN_KEY" in r.json()["error"]
        assert httpx.post(f"{url}/api/collections", headers=AUTH, json={"name": "baru"}).status_code == 403
        assert snapshot(library_dir) == before
    finally:
        stop()


@pytest.mark.parametrize("headers, status", [({}, 401), ({"Authorization": "Bearer salah-kunci-ini-bukan"}, 403),
                                             ({"Authorization": ADMIN_KEY}, 401),
                                             ({"Authorization": f"Basic {ADMIN_KEY}"}, 401)])
def test_no_key_or_a_wrong_key_is_refused_and_nothing_is_written(admin, headers, status):
    url, library, root = admin
    before = snapshot(root)
    r = upload(url, "negara.txt", (DOCUMENTS / "negara.txt").read_bytes(), headers=headers)
    assert r.status_code == status and "kunci admin" in r.json()["error"].lower()
    if status == 401:
        assert r.headers["www-authenticate"] == "Bearer"
    for method, path, body in (("DELETE", "/c/pemilu/api/files/pemilu.txt", None),
                               ("POST", "/api/collections", {"name": "baru"}),
                               ("GET", "/c/pemilu/api/status", None), ("GET", "/api/admin/collections", None)):
        assert httpx.request(method, url + path, headers=headers, json=body).status_code == status
    assert snapshot(root) == before and library.build_state("pemilu").state == "idle"


def test_wrong_keys_are_rate_limited_per_address(admin):
    url, _, _ = admin
    wrong = {"Authorization": "Bearer bukan-kunci-yang-benar"}
    codes = [httpx.get(f"{url}/c/pemilu/api/status", headers=wrong).status_code for _ in range(6)]
    assert codes == [403] * 5 + [429]
    blocked = httpx.get(f"{url}/c/pemilu/api/status", headers=AUTH)  # even the right key waits out the window
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    assert "coba lagi" in blocked.json()["error"]


def test_the_key_never_appears_in_output_pages_or_urls(admin, capfd):
    url, library, _ = admin
    assert upload(url, "negara.txt", (DOCUMENTS / "negara.txt").read_bytes()).status_code == 201
    library.wait("pemilu")
    httpx.get(f"{url}/c/pemilu/api/status", headers={"Authorization": "Bearer salah-kunci-ini-bukan"})
    out, err = capfd.readouterr()
    page = httpx.get(f"{url}/admin").text + httpx.get(f"{url}/admin/admin.js").text
    assert ADMIN_KEY not in out + err + page and "salah-kunci-ini-bukan" not in out + err
    assert "?key" not in page and "sessionStorage" in page  # the page keeps it in the tab, sends it as a header


def test_the_admin_page_loads_nothing_from_elsewhere(admin):
    url, _, _ = admin
    for path in ("/admin", "/c/pemilu/admin"):
        page = httpx.get(url + path)
        assert page.status_code == 200 and '<html lang="id">' in page.text and "Kunci admin" in page.text
        assert "default-src 'none'" in page.headers["content-security-policy"]
        assert "<script>" not in page.text  # no inline script: the CSP allows only the page's own file
        assert "http://" not in page.text and "https://" not in page.text
    assert httpx.get(f"{url}/c/tidak-ada/admin").status_code == 404


def test_the_admin_api_is_in_the_openapi_page(admin):
    url, _, _ = admin
    spec = httpx.get(f"{url}/api/openapi.json").json()
    for path, method in (("/c/{name}/api/files", "post"), ("/c/{name}/api/files/{filename}", "delete"),
                         ("/c/{name}/api/status", "get"), ("/api/collections", "post"), ("/api/collections", "get"),
                         ("/c/{name}/api/ask", "post"), ("/c/{name}/api/sources", "get")):
        assert method in spec["paths"][path], path
    upload_op = spec["paths"]["/c/{name}/api/files"]["post"]
    assert "multipart/form-data" in upload_op["requestBody"]["content"] and upload_op["security"]
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


# ---------------------------------------------------------------- what lecturers do


def test_an_upload_is_indexed_in_the_background_and_then_answers(admin):
    url, library, root = admin
    r = upload(url, "negara.txt", (DOCUMENTS / "negara.txt").read_bytes())
    assert r.status_code == 201 and r.json()["file"]["name"] == "negara.txt"
    assert r.json()["status"]["state"] in ("waiting", "building")
    assert library.wait("pemilu").state == "idle"
    status = httpx.get(f"{url}/c/pemilu/api/status", headers=AUTH).json()
    report = status["report"]
    assert (report["documents"], report["works"]) == (2, 2) and report["chunks"] > 4
    assert {f["path"]: f["status"] for f in report["files"]} == {"negara.txt": "indexed", "pemilu.txt": "indexed"}
    assert [f["name"] for f in status["files"]] == ["negara.txt", "pemilu.txt"]
    answer = httpx.post(f"{url}/c/pemilu/api/ask", json={"question": NEGARA_QUESTION}).json()
    assert answer["passages"][0]["path"] == "negara.txt"
    other = httpx.post(f"{url}/c/hi/api/ask", json={"question": NEGARA_QUESTION}).json()
    assert "negara.txt" not in {p["path"] for p in other["passages"] + other["related"]}
    assert not list((root / "pemilu" / ".telusur" / "uploads").iterdir())  # the staging file was moved in


def test_a_skipped_file_shows_in_the_report_with_its_reason(admin):
    url, library, _ = admin
    scanned = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"  # a PDF by its bytes, but no readable page
    assert upload(url, "pindaian.pdf", scanned).status_code == 201
    library.wait("pemilu")
    files = httpx.get(f"{url}/c/pemilu/api/status", headers=AUTH).json()["report"]["files"]
    skipped = {f["path"]: f for f in files}["pindaian.pdf"]
    assert skipped["status"] == "skipped" and skipped["reason"]


def test_removing_a_file_rebuilds_without_it(admin):
    url, library, root = admin
    assert upload(url, "negara.txt", (DOCUMENTS / "negara.txt").read_bytes()).status_code == 201
    library.wait("pemilu")
    r = httpx.delete(f"{url}/c/pemilu/api/files/negara.txt", headers=AUTH)
    assert r.status_code == 200 and not (root / "pemilu" / "negara.txt").exists()
    library.wait("pemilu")
    answer = httpx.post(f"{url}/c/pemilu/api/ask", json={"question": NEGARA_QUESTION}).json()
    assert "negara.txt" not in {p["path"] for p in answer["passages"] + answer["related"]}
    missing = httpx.delete(f"{url}/c/pemilu/api/files/tidak-ada.txt", headers=AUTH)
    assert missing.status_code == 404 and "tidak ada" in missing.json()["error"]


@pytest.mark.parametrize("name", ["../pemilu.txt", "..%2F..%2Fetc%2Fpasswd", "..%5Chi%5Cdefinisi-kerjasama-internasional.txt",
                                  ".telusur", "telusur.toml"])
def test_removing_refuses_anything_outside_the_collections_own_files(admin, name):
    url, _, root = admin
    before = snapshot(root)
    r = httpx.delete(f"{url}/c/pemilu/api/files/{name}", headers=AUTH)
    assert r.status_code in (400, 404, 415) and r.json()["error"]
    assert snapshot(root) == before


def test_a_lecturer_creates_a_collection_and_fills_it(admin):
    url, library, root = admin
    r = httpx.post(f"{url}/api/collections", headers=AUTH, json={"name": "ilmu-negara", "title": "Ilmu Negara"})
    assert r.status_code == 201 and r.json()["collection"]["title"] == "Ilmu Negara"
    assert httpx.post(f"{url}/api/collections", headers=AUTH, json={"name": "ilmu-negara"}).status_code == 409
    for bad in ("Ilmu Negara", "../x", ".tersembunyi", "", "a" * 64):
        refused = httpx.post(f"{url}/api/collections", headers=AUTH, json={"name": bad})
        assert refused.status_code == 400 and "Nama koleksi" in refused.json()["error"]
    empty = httpx.post(f"{url}/c/ilmu-negara/api/ask", json={"question": NEGARA_QUESTION})
    assert empty.status_code == 503 and "belum berisi teks" in empty.json()["error"]
    assert upload(url, "negara.txt", (DOCUMENTS / "negara.txt").read_bytes(), "ilmu-negara").status_code == 201
    library.wait("ilmu-negara")
    answer = httpx.post(f"{url}/c/ilmu-negara/api/ask", json={"question": NEGARA_QUESTION}).json()
    assert answer["passages"][0]["path"] == "negara.txt"
    listed = {c["name"]: c for c in httpx.get(f"{url}/api/collections").json()["collections"]}
    assert listed["ilmu-negara"]["ready"] and listed["ilmu-negara"]["title"] == "Ilmu Negara"


# ---------------------------------------------------------------- bad uploads


def zip_bomb() -> bytes:
    """A .docx-shaped zip whose document.xml unpacks 30 MB from a few KB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(30):
                member.write(block)
    return out.getvalue()


def not_a_word_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("isi.txt", "bukan dokumen Word")
    return out.getvalue()


BAD_UPLOADS = {
    # id: (file name, content, expected status, words the message must have)
    "traversal": ("../../etc/passwd", b"root:x:0:0", 400, "garis miring"),
    "traversal-windows": ("..\\..\\hi\\catatan.txt", b"teks", 400, "garis miring"),
    "absolute": ("/etc/passwd.txt", b"root", 400, "garis miring"),
    "hidden": (".bashrc.txt", b"alias ls=rm", 400, "tersembunyi"),
    "office-temp": ("~$bab1.docx", b"PK", 400, "sementara"),
    "empty": ("kosong.txt", b"", 400, "kosong"),
    "executable-as-pdf": ("laporan.pdf", Path("/bin/true").read_bytes(), 415, "program"),
    "windows-exe-as-pdf": ("tugas.pdf", b"MZ\x90\x00" + b"\0" * 200, 415, "program"),
    "not-a-pdf": ("bab-2.pdf", "Bab 2 ditulis sebagai teks biasa".encode(), 415, "bukan PDF"),
    "zip-bomb": ("bom.docx", zip_bomb(), 413, "bom zip"),
    "zip-not-word": ("arsip.docx", not_a_word_zip(), 415, "word/document.xml"),
    "binary-as-text": ("data.txt", bytes(range(256)) * 40, 415, "biner"),
    "unsupported-type": ("skrip.exe", b"MZ", 415, "tidak diterima"),
    "taken-here": ("pemilu.txt", b"Teks lain.", 409, "sudah ada di koleksi ini"),
    "taken-other-case": ("PEMILU.TXT", b"Teks lain.", 409, "sudah ada"),
}


def test_two_courses_may_each_have_a_file_of_the_same_name(admin):
    """'bab-1.pdf' in two courses is two lecturers' own chapters: only a name taken in the same collection is refused."""
    url, library, root = admin
    r = upload(url, "definisi-kerjasama-internasional.txt", b"Teks lain tentang pemilihan umum di Indonesia.")
    assert r.status_code == 201, r.text
    assert (root / "pemilu" / "definisi-kerjasama-internasional.txt").read_bytes().startswith(b"Teks lain")
    assert not (root / "hi" / "definisi-kerjasama-internasional.txt").read_bytes().startswith(b"Teks lain")  # untouched


@pytest.mark.parametrize("case", BAD_UPLOADS, ids=list(BAD_UPLOADS))
def test_each_bad_upload_is_refused_clearly_and_nothing_is_written(admin, case):
    url, library, root = admin
    name, content, status, words = BAD_UPLOADS[case]
    before = snapshot(root)
    r = upload(url, name, content)
    assert r.status_code == status, r.text
    assert words in r.json()["error"]
    assert snapshot(root) == before and library.build_state("pemilu").state == "idle"


def huge_body(boundary: str, megabytes: int):
    """A multipart body of `megabytes` MB streamed from one reused block: the test allocates 1 MB, not 200."""
    block = b"\0" * (1 << 20)
    yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.pdf\"\r\n"
           "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").encode()
    for _ in range(megabytes):
        yield block
    yield f"\r\n--{boundary}--\r\n".encode()


@pytest.mark.parametrize("declared", [True, False], ids=["with-length", "chunked"])
def test_a_200_mb_upload_is_refused_while_streaming(admin, declared):
    url, library, root = admin
    before = snapshot(root)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    boundary = "telusurbatas"
    headers = {**AUTH, "Content-Type": f"multipart/form-data; boundary={boundary}"}
    if declared:
        headers["Content-Length"] = str(sum(len(part) for part in huge_body(boundary, 200)))
    started = time.monotonic()
    try:
        r = httpx.post(f"{url}/c/pemilu/api/files", headers=headers, content=huge_body(boundary, 200), timeout=60)
    except httpx.TransportError:  # the server may close the connection mid-body after answering
        r = None
    if r is not None:
        assert r.status_code == 413 and "melebihi batas 50 MB" in r.json()["error"]
    grew_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak) / 1024  # server and client: one process
    assert grew_mb < 50, f"peak memory grew {grew_mb:.0f} MB"
    assert snapshot(root) == before and library.build_state("pemilu").state == "idle"
    assert time.monotonic() - started < 30


def test_the_collection_size_limit_is_enforced(library_dir):
    url, library, stop = start(library_dir, max_collection_mb=0.004)  # about 4 KB: pemilu.txt fits, negara.txt not
    try:
        before = snapshot(library_dir)
        r = upload(url, "negara.txt", (DOCUMENTS / "negara.txt").read_bytes())
        assert r.status_code == 413 and "TELUSUR_MAX_COLLECTION_MB" in r.json()["error"]
        assert snapshot(library_dir) == before
    finally:
        stop()


def test_an_html_upload_with_a_script_is_only_text(admin):
    """The chat's XSS rules apply: the script's words may be indexed, never run (ui escapes every corpus string)."""
    url, library, _ = admin
    page = ("<html><head><title>Tata Tertib Ujian</title><script>window.__pwned = 1</script></head><body>"
            "<p>Tata tertib ujian melarang peserta membawa telepon genggam ke dalam ruang ujian.</p></body></html>")
    assert upload(url, "tata-tertib.html", page.encode()).status_code == 201
    library.wait("pemilu")
    answer = httpx.post(f"{url}/c/pemilu/api/ask", json={"question": "Apa yang dilarang dibawa ke ruang ujian?"})
    texts = " ".join(p["text"] for p in answer.json()["passages"])
    assert "telepon genggam" in texts and "<script" not in texts


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_a_pdf_or_docx_upload_is_accepted_by_its_content_and_answers(admin, tmp_path, suffix):
    from render import render_docx, render_pdf

    url, library, _ = admin
    path = tmp_path / f"ilmu-negara.{suffix}"
    text = (DOCUMENTS / "negara.txt").read_text(encoding="utf-8")
    render_pdf(text, path, "Ilmu Negara") if suffix == "pdf" else render_docx(text, path)
    assert upload(url, path.name, path.read_bytes()).status_code == 201
    assert library.wait("pemilu").state == "idle"
    report = httpx.get(f"{url}/c/pemilu/api/status", headers=AUTH).json()["report"]
    entry = {f["path"]: f for f in report["files"]}[path.name]
    assert entry["status"] == "indexed" and entry["format"] == suffix
    if suffix == "pdf":
        assert entry["pages"] >= 2 and report["pages"] == entry["pages"]
    answer = httpx.post(f"{url}/c/pemilu/api/ask", json={"question": NEGARA_QUESTION}).json()
    assert answer["passages"][0]["path"] == path.name


@pytest.mark.parametrize("body, content_type", [
    (b"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nteks", "multipart/form-data; boundary=y"),
    (b"\x00\xff" * 100, "multipart/form-data; boundary=x"),
    (b'{"file": "bab.txt"}', "application/json"),
    (b"--x--\r\n", "multipart/form-data; boundary=x"),
])
def test_a_malformed_upload_request_is_a_clear_refusal(admin, body, content_type):
    url, library, root = admin
    before = snapshot(root)
    r = httpx.post(f"{url}/c/pemilu/api/files", headers={**AUTH, "Content-Type": content_type}, content=body)
    assert r.status_code in (400, 415), r.text
    assert "multipart/form-data" in r.json()["error"] or "Tidak ada berkas" in r.json()["error"], r.text
    assert snapshot(root) == before and library.build_state("pemilu").state == "idle"
