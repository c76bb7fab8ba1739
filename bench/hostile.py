"""The hostile requests of issue 17 against `telusur serve --library`, this tree beside an older revision, side by
side in one run: 200 MB JSON bodies (one to ask, six in parallel to create collections without a key), wrong keys
with a rotated X-Forwarded-For, a Gradio upload. Prints the server's RSS growth and the answers.

    python bench/hostile.py LIBRARY [--old-src DIR]   # LIBRARY: a library folder with an indexed collection "kuliah"

The older revision runs from DIR (e.g. `git archive e5345eb src | tar -x -C /tmp/old`) over its own copy of the
library. Bodies are streamed from one reused block: the client holds 64 kB, not 200 MB. Each server is killed if it
passes 3 GB."""

import argparse
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "security"))

import httpx  # noqa: E402

from served import ADMIN_KEY, Server, raw_request  # noqa: E402

BIG = 200 * 1024 * 1024


def run(label: str, library: Path, work: Path, src: Path | None) -> dict:
    env = {"PYTHONPATH": str(src)} if src else {}
    copy = work / f"lib-{label}"
    shutil.copytree(library, copy, ignore=shutil.ignore_patterns("builds", "CURRENT") if src else None)
    server = Server(["--library", str(copy)], work, env=env)
    out = {}
    try:
        base = server.rss()
        status, _, _ = raw_request(server.url, "POST", "/c/kuliah/api/ask", {"Content-Type": "application/json"}, BIG,
                                   seconds=120)
        server.guard()
        out["ask 200 MB"] = f"{status}, RSS +{server.rss() - base:.0f} MB"
        base = server.rss()
        with ThreadPoolExecutor(6) as pool:
            statuses = list(pool.map(lambda _: raw_request(server.url, "POST", "/api/collections",
                                                           {"Content-Type": "application/json"}, BIG,
                                                           seconds=180)[0], range(6)))
        server.guard()
        out["6 x 200 MB, no key"] = f"{sorted(set(statuses))}, peak {server.peak():.0f} MB (from {base:.0f})"
        codes = [httpx.get(f"{server.url}/api/admin/collections", timeout=30,
                           headers={"Authorization": f"Bearer salah-{i:04d}-kunci", "X-Forwarded-For": f"10.1.0.{i}"}
                           ).status_code for i in range(1, 31)]
        out["30 wrong keys, rotated XFF"] = f"{codes.count(429)} x 429, {codes.count(403)} x 403"
        ok = httpx.get(f"{server.url}/api/admin/collections", timeout=30,
                       headers={"Authorization": f"Bearer {ADMIN_KEY}"}).status_code
        out["right key after them (no cookie)"] = str(ok)
        httpx.get(f"{server.url}/c/kuliah/", timeout=60)
        deadline = time.monotonic() + 300
        while httpx.get(f"{server.url}/c/kuliah/api/health").json().get("ui") != "ready" and time.monotonic() < deadline:
            time.sleep(0.5)
        up = httpx.post(f"{server.url}/c/kuliah/gradio_api/upload", files={"files": ("x.bin", os.urandom(200_000))},
                        timeout=60)
        stored = [p for p in server.tmp.rglob("*") if p.is_file()]
        out["Gradio upload (200 kB)"] = f"{up.status_code}, {len(stored)} file(s) stored"
        out["peak RSS"] = f"{server.peak():.0f} MB"
    finally:
        server.stop()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("library", type=Path)
    parser.add_argument("--old-src", type=Path)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="telusur-hostile-"))
    results = {"this tree": run("new", args.library, work, None)}
    if args.old_src:
        results[f"old ({args.old_src})"] = run("old", args.library, work, args.old_src)
    print(f"load average {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    rows = list(next(iter(results.values())))
    print("| request | " + " | ".join(results) + " |\n| --- |" + " --- |" * len(results))
    for row in rows:
        print(f"| {row} | " + " | ".join(r.get(row, "-") for r in results.values()) + " |")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
