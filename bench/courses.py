"""Courses (issue 10): a library served by `telusur serve --library` on 127.0.0.1.

    python bench/courses.py load     # 20 students in one collection, without and then with a 30-page PDF added
    python bench/courses.py memory   # RSS of a library of 20 collections with 1, 5 and 20 in use; chats mounted

load: every student asks in a closed loop (no think time) through POST /c/<name>/api/ask: the eval questions about
the collection's own text, and TyDi questions whose answer passages are in the PDF that the lecturer adds (through
POST /c/<name>/api/files, with the key) during the second run. Each answer is checked and timed; whether it cites
the PDF is recorded with its start and end times, beside the moment the new index was swapped in.
memory: 20 collections of TyDi paragraphs; RSS of the server after asking in 1, 5 and 20 of them (with the default
bound of 8 indexes in memory, and with the bound at 20), then after opening 1, 5 and 20 of their chats.
Everything is bounded in count and time. Results go to bench/results/courses-<mode>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from load import Server as LoadServer, dialogs, pct  # noqa: E402

REPO = HERE.parent
TYDI = REPO.parent / "shared" / "bench" / "tydiqa-id"
RESULTS = HERE / "results"
WORK = HERE / ".cache" / "courses"
KEY = "kunci-benchmark-koleksi"
AUTH = {"Authorization": f"Bearer {KEY}"}
PDF_NAME = "bacaan-tydi.pdf"


# ---------------------------------------------------------------- data


def tydi():
    passages = {}
    for line in open(TYDI / "passages.jsonl", encoding="utf-8"):
        p = json.loads(line)
        passages[p["id"]] = p["text"]
    queries = [json.loads(line) for line in open(TYDI / "queries-dev.jsonl", encoding="utf-8")]
    return passages, queries


def make_pdf(path: Path, paragraphs: list[str], pages: int = 30) -> int:
    """A PDF of real Indonesian paragraphs, cut to `pages` pages (reportlab); returns how many paragraphs fit."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
    from xml.sax.saxutils import escape

    style = getSampleStyleSheet()["BodyText"]
    per_page = 4  # four TyDi paragraphs (about 500 characters each) fill an A4 page with its heading
    story = []
    for page in range(pages):
        story.append(Paragraph(f"Bacaan {page + 1}", getSampleStyleSheet()["Heading2"]))
        for text in paragraphs[page * per_page:(page + 1) * per_page]:
            story += [Paragraph(escape(text), style), Spacer(1, 6)]
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story[:-1])
    return per_page * pages


# ---------------------------------------------------------------- the server


class Server(LoadServer):  # rss_mb and stop as in bench/load.py; started on a library instead
    def __init__(self, library: Path, **env):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        environ = {**os.environ, "TELUSUR_ADMIN_KEY": KEY, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1",
                   **{k: str(v) for k, v in env.items()}}
        RESULTS.mkdir(exist_ok=True)
        self.log = open(RESULTS / f"courses-server-{self.port}.log", "w")
        self.proc = subprocess.Popen([sys.executable, "-m", "telusur", "serve", "--library", str(library),
                                      "--port", str(self.port)], stdout=self.log, stderr=subprocess.STDOUT, env=environ)
        self._wait()

    def _wait(self, timeout=3600.0):
        """Until the server answers (it first builds every stale collection: minutes on a busy machine)."""
        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"telusur serve exited with {self.proc.returncode}; see {self.log.name}")
            try:
                if httpx.get(self.url + "/api/health", timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        self.stop()
        sys.exit("telusur serve was not ready in time")

    def settled_rss_mb(self, seconds: float = 120.0) -> float:
        """RSS once it stops changing (the server imports Gradio in the background after it starts answering)."""
        deadline, last = time.monotonic() + seconds, self.rss_mb()
        while time.monotonic() < deadline:
            time.sleep(5)
            now = self.rss_mb()
            if abs(now - last) < 1.0:
                return now
            last = now
        return last



def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# ---------------------------------------------------------------- load: 20 students while a PDF is added


def course_library(root: Path) -> Path:
    """One collection, "hi": the default corpus (its index is reused between runs)."""
    folder = root / "hi"
    folder.mkdir(parents=True, exist_ok=True)
    for f in folder.iterdir():
        if f.is_file() and f.name != "definisi-kerjasama-internasional.txt":
            f.unlink()
    shutil.copyfile(REPO / "corpus" / "definisi-kerjasama-internasional.txt", folder / "definisi-kerjasama-internasional.txt")
    return root


def run_students(url: str, students: int, seconds: float, questions, pdf_questions, log: list, seed=0,
                 until: threading.Event | None = None) -> None:
    """Closed loop for `seconds` (or, given `until`, until it is set, at most 30 minutes): each question is
    about the course's text or about the PDF, half and half."""
    import httpx

    stop_at = time.monotonic() + (1800 if until is not None else seconds)

    def student(n: int):
        rng = random.Random(seed * 100 + n)
        with httpx.Client(base_url=url, timeout=300) as client:
            while time.monotonic() < stop_at and not (until is not None and until.is_set()):
                about_pdf = rng.random() < 0.5
                question, history = rng.choice(pdf_questions if about_pdf else questions)
                t0 = time.time()
                try:
                    r = client.post("/c/hi/api/ask", json={"question": question, "history": history})
                    ok = r.status_code == 200 and isinstance(r.json().get("abstained"), bool)
                    paths = {p["path"] for p in r.json()["passages"]} if ok else set()
                    error = None if ok else f"HTTP {r.status_code} {r.text[:100]}"
                except Exception as exc:
                    ok, paths, error = False, set(), f"{exc.__class__.__name__}: {exc}"
                log.append({"start": t0, "end": time.time(), "ok": ok, "about_pdf": about_pdf,
                            "cites_pdf": PDF_NAME in paths, "error": error})

    threads = [threading.Thread(target=student, args=(n,)) for n in range(students)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def summarize(log: list) -> dict:
    done = [r for r in log if r["ok"]]
    return {"requests": len(log), "failed": len(log) - len(done), **pct([r["end"] - r["start"] for r in done]),
            "errors": sorted({r["error"] for r in log if r["error"]})[:5]}


def load(args) -> dict:
    import httpx

    passages, queries = tydi()
    rng = random.Random(7)
    picked = rng.sample([q for q in queries if q["gold"]], 200)
    paragraphs = list(dict.fromkeys(passages[q["gold"][0]] for q in picked))
    root = course_library(WORK / "load")
    pdf = WORK / PDF_NAME
    used = make_pdf(pdf, paragraphs, pages=30)
    import pypdfium2

    pdf_pages = len(pypdfium2.PdfDocument(str(pdf)))
    in_pdf = set(paragraphs[:used])
    pdf_questions = [(q["text"], []) for q in picked if passages[q["gold"][0]] in in_pdf]
    questions = [(turns[-1], turns[:-1]) for turns in dialogs()]
    if not args.warm:  # the PDF's passages must go through the encoder, as on a lecturer's first upload
        for cache in (root / ".telusur" / "cache", root / "hi" / ".telusur" / "index" / "cache"):  # shared, and older
            shutil.rmtree(cache, ignore_errors=True)
    server = Server(root)
    out = {"date": time.strftime("%Y-%m-%d %H:%M"), "students": args.students, "seconds": args.seconds,
           "embedding_cache": "warm" if args.warm else "cold",
           "pdf_pages": pdf_pages, "pdf_paragraphs": used, "load_before": load_average()}
    try:
        httpx.delete(f"{server.url}/c/hi/api/files/{PDF_NAME}", headers=AUTH)  # left by an interrupted run
        wait_idle(server.url)
        base: list = []
        run_students(server.url, args.students, args.seconds, questions, pdf_questions, base, seed=1)
        out["without_rebuild"] = summarize(base)

        during: list = []
        swap, over = {}, threading.Event()

        def lecturer():
            time.sleep(5)
            with open(pdf, "rb") as f:
                t0 = time.time()
                r = httpx.post(f"{server.url}/c/hi/api/files", headers=AUTH, files={"file": (PDF_NAME, f)}, timeout=120)
            swap["upload_status"], swap["upload_seconds"] = r.status_code, round(time.time() - t0, 2)
            swap["uploaded_at"] = time.time()
            swap.update(wait_idle(server.url))
            time.sleep(args.seconds / 3)  # students keep asking the new index for a while
            over.set()

        worker = threading.Thread(target=lecturer)
        worker.start()
        run_students(server.url, args.students, args.seconds, questions, pdf_questions, during, seed=2, until=over)
        worker.join()
        out["with_rebuild"] = summarize(during)
        swapped = swap.get("swapped_at")
        about = [r for r in during if r["ok"] and r["about_pdf"]]
        before = [r for r in about if r["end"] < swap["uploaded_at"]]
        after = [r for r in about if swapped and r["start"] > swapped]
        out["swap"] = {**{k: v for k, v in swap.items() if not k.endswith("_at")},
                       "build_seconds": round(swapped - swap["uploaded_at"], 1) if swapped else None,
                       "pdf_questions_answered_before_upload": len(before),
                       "of_them_citing_the_pdf": sum(r["cites_pdf"] for r in before),
                       "pdf_questions_started_after_swap": len(after),
                       "of_them_citing_the_pdf_after": sum(r["cites_pdf"] for r in after),
                       "citing_pdf_ended_before_swap": sum(r["cites_pdf"] for r in about if swapped
                                                            and r["end"] < swapped - 6)}
        out["load_after"] = load_average()
    finally:
        server.stop()
    return out


def wait_idle(url: str, timeout: float = 1800) -> dict:
    """Poll the build status until idle or failed; when a build ran, the time it ended (the swap)."""
    import httpx

    deadline = time.monotonic() + timeout
    saw_build = False
    while time.monotonic() < deadline:
        status = httpx.get(f"{url}/c/hi/api/status", headers=AUTH, timeout=30).json()
        if status["state"] in ("waiting", "building"):
            saw_build = True
        elif status["state"] == "failed":
            return {"failed": status["error"]}
        elif status["state"] == "idle":
            if not saw_build and status.get("finished") is None:
                return {}
            report = status["report"] or {}
            pdf = [f for f in report.get("files", []) if f["path"] == PDF_NAME]
            return {"swapped_at": time.time(), "report_pdf": pdf[0] if pdf else None,
                    "chunks_after": report.get("chunks"), "encoded": status["encoded"]}
        time.sleep(0.5)
    return {"timeout": True}


# ---------------------------------------------------------------- memory: 20 collections


def memory_library(root: Path, collections: int = 20, per: int = 20) -> Path:
    passages, _ = tydi()
    texts = list(passages.values())
    for n in range(collections):
        folder = root / f"kuliah-{n + 1:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        body = "\n\n".join(texts[n * per:(n + 1) * per])
        (folder / "bacaan.txt").write_text(f"# Bacaan kuliah {n + 1}\n\n{body}\n", encoding="utf-8")
    return root


def memory(args) -> dict:
    import httpx

    root = memory_library(WORK / "memory")
    names = sorted(p.name for p in root.iterdir() if p.is_dir())
    question = "Apa yang dimaksud dengan sirkuit terpadu?"
    out = {"date": time.strftime("%Y-%m-%d %H:%M"), "collections": len(names), "paragraphs_per_collection": 20,
           "load_before": load_average(), "runs": []}
    for bound in (8, 20):
        server = Server(root, TELUSUR_MAX_LOADED_COLLECTIONS=bound)
        try:
            run = {"bound": bound, "rss_mb": {"started": server.settled_rss_mb()}}
            used = 0
            for target in (1, 5, 20):
                for name in names[used:target]:
                    r = httpx.post(f"{server.url}/c/{name}/api/ask", json={"question": question}, timeout=300)
                    assert r.status_code == 200, r.text
                used = target
                loaded = sum(c["loaded"] for c in httpx.get(f"{server.url}/api/collections").json()["collections"])
                run["rss_mb"][f"{target} in use"] = server.rss_mb()
                run.setdefault("loaded", {})[f"{target} in use"] = loaded
            if bound == 20:
                run["chats"] = open_chats(server, names)
            out["runs"].append(run)
        finally:
            server.stop()
    out["load_after"] = load_average()
    return out


def open_chats(server: Server, names: list[str]) -> dict:
    """RSS and time to mount the chats of 1, 5 and 20 collections (one after another, as visitors would)."""
    import httpx

    out, opened = {}, 0
    for target in (1, 5, 20):
        t0 = time.perf_counter()
        for name in names[opened:target]:
            httpx.get(f"{server.url}/c/{name}/")
            while httpx.get(f"{server.url}/c/{name}/api/health").json()["ui"] in ("idle", "loading"):
                time.sleep(0.2)
        out[f"{target} chats"] = {"rss_mb": server.rss_mb(),
                                  "seconds_for_these": round(time.perf_counter() - t0, 1)}
        opened = target
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["load", "memory"])
    parser.add_argument("--students", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=90.0, help="length of each load run")
    parser.add_argument("--warm", action="store_true",
                        help="keep the collection's embedding cache (a PDF added before is not encoded again)")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    result = load(args) if args.mode == "load" else memory(args)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"courses-{args.mode}.json").write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
