"""The admin key (issue 17, items 5 and 6): wrong keys cannot be reset by a proxy header, one student cannot lock the
lecturer out, the key stays out of the chat's reach; every failure answers JSON."""

import json
import re

import httpx
import pytest

from .served import ADMIN_KEY, AUTH


def wrong(n: int) -> dict:
    return {"Authorization": f"Bearer salah-{n:06d}-kunci-tebakan"}


@pytest.fixture(scope="module")
def shared_server(module_library_server):
    """One server for the tests below, which give no wrong key (the two above each need a fresh wrong-key count)."""
    return module_library_server


def test_a_forwarded_header_does_not_reset_the_wrong_key_limit(library_server):
    url = library_server.url
    statuses = [httpx.get(f"{url}/api/admin/collections", timeout=10,
                          headers={**wrong(i), "X-Forwarded-For": f"10.0.{i // 250}.{i % 250 + 1}"}).status_code
                for i in range(30)]
    assert statuses[:5] == [403] * 5 and set(statuses[5:]) == {429}, statuses


def test_a_student_cannot_lock_the_lecturer_out(library_server):
    url = library_server.url
    lecturer = httpx.Client(base_url=url, timeout=10)
    assert lecturer.get("/api/admin/collections", headers=AUTH).status_code == 200  # the lecturer logged in once
    student = httpx.Client(base_url=url, timeout=10)  # same address (a campus NAT), no cookie
    assert {student.get("/api/admin/collections", headers=wrong(i)).status_code for i in range(20)} >= {429}
    r = lecturer.get("/api/admin/collections", headers=AUTH)  # still gets in: a known device
    assert r.status_code == 200, r.text
    # The device cookie alone is no key, and a device that guesses loses it.
    assert lecturer.get("/api/admin/collections").status_code == 401
    assert lecturer.get("/api/admin/collections", headers=wrong(1)).status_code == 403
    cookie = lecturer.cookies.get("telusur_admin_device")
    assert cookie and len(cookie) >= 32


def test_the_device_cookie_is_out_of_scripts_reach(shared_server):
    r = httpx.get(f"{shared_server.url}/api/admin/collections", headers=AUTH, timeout=10)
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and ADMIN_KEY not in cookie


def test_the_chat_opens_in_a_new_tab_without_the_admin_pages_storage(shared_server):
    page = httpx.get(f"{shared_server.url}/admin", timeout=10)
    link = re.search(r'<a[^>]*id="ad-chat-link"[^>]*>', page.text)[0]
    assert 'target="_blank"' in link and "noopener" in link
    csp = page.headers["content-security-policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "script-src 'self'" in csp


def test_prose_that_starts_with_mz_is_text_not_a_program(shared_server):
    url = shared_server.url
    text = "MZ adalah singkatan nama tokoh dalam cerita ini. Pemilu diselenggarakan setiap lima tahun.\n"
    r = httpx.post(f"{url}/c/kuliah/api/files", headers=AUTH, files={"file": ("mz.txt", text.encode())}, timeout=30)
    assert r.status_code == 201, r.text
    exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00" + b"\x00" * 200
    r = httpx.post(f"{url}/c/kuliah/api/files", headers=AUTH, files={"file": ("program.pdf", exe)}, timeout=30)
    assert r.status_code == 415 and "program" in r.json()["error"]


def test_a_title_with_a_lone_surrogate_is_refused_and_leaves_no_folder(shared_server):
    url, root = shared_server.url, shared_server.root
    body = '{"name": "sejarah", "title": "Sejarah \\ud800 Kuno"}'
    r = httpx.post(f"{url}/api/collections", headers={**AUTH, "Content-Type": "application/json"}, content=body,
                   timeout=10)
    assert r.status_code == 400 and "error" in r.json(), r.text
    assert not (root / "sejarah").exists()
    r = httpx.post(f"{url}/api/collections", headers=AUTH, json={"name": "sejarah", "title": "Sejarah Kuno"}, timeout=10)
    assert r.status_code == 201, r.text


def test_every_refusal_is_json(shared_server):
    url = shared_server.url
    for method, path, kwargs in (("GET", "/api/admin/collections", {}),
                                 ("POST", "/api/collections", {"content": b"{rusak", "headers": AUTH}),
                                 ("DELETE", "/c/kuliah/api/files/tidak-ada.txt", {"headers": AUTH}),
                                 ("POST", "/c/kuliah/api/files", {"content": b"x", "headers": AUTH}),
                                 ("GET", "/c/tidak-ada/api/sources", {})):
        r = httpx.request(method, url + path, timeout=10, **kwargs)
        assert r.status_code >= 400 and isinstance(json.loads(r.text)["error"], str), (path, r.text)
