"""Helpers for the hostile tests (issue 17): a real `telusur serve` process on 127.0.0.1, its memory (current and
peak RSS from /proc) and output (no traceback may appear), and raw HTTP for bodies httpx would not send."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
TESTS = Path(__file__).resolve().parents[1]
DOCUMENTS = TESTS / "data" / "documents"
ADMIN_KEY = "kunci-uji-keamanan-yang-panjang"
AUTH = {"Authorization": f"Bearer {ADMIN_KEY}"}
START_SECONDS = 240  # of the server's CPU time: Gradio alone imports in seconds of CPU
HANG_SECONDS = 1800  # of wall clock: a server that waits on nothing for this long is stuck, however loaded the machine
MEMORY_GUARD_MB = 3000  # a test server past this is killed (the machine is shared); the goals are far below it


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def proc_mb(pid: int, field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


class Server:
    """`telusur serve ...` in its own process; stop() ends it (and only it)."""

    def __init__(self, args: list[str], workdir: Path, env: dict | None = None, wait_ui: bool = False):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = workdir / f"server-{self.port}.log"
        self.tmp = workdir / f"gradio-tmp-{self.port}"
        self.tmp.mkdir()
        full_env = {**os.environ, "TELUSUR_ADMIN_KEY": ADMIN_KEY, "GRADIO_TEMP_DIR": str(self.tmp),
                    "XDG_CACHE_HOME": str(workdir / "xdg"), "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False",
                    "PYTHONUNBUFFERED": "1", **(env or {})}
        full_env.pop("FORWARDED_ALLOW_IPS", None)
        code = "import sys; from telusur.cli import main; sys.exit(main(sys.argv[1:]))"
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen([sys.executable, "-c", code, "serve", "--port", str(self.port), *args],
                                         stdout=out, stderr=subprocess.STDOUT, env=full_env, cwd=workdir)
        self.pid = self.proc.pid
        self._wait(lambda: httpx.get(self.url + "/api/health", timeout=2).status_code == 200)
        if wait_ui:
            self._wait(lambda: httpx.get(self.url + "/api/health", timeout=2).json().get("ui") == "ready")

    def _wait(self, ready) -> None:
        bound = Bound(START_SECONDS, self)
        while not bound.over():
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server stopped at start:\n{self.output()}")
            try:
                if ready():
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the server did not start in {bound}:\n{self.output()}")

    def cpu_seconds(self) -> float:
        """CPU time the server has used: its own, its reaped children's and its live children's (the reading
        worker). What a wait on the server is bounded by: the work it does, which the machine's load does not change."""
        total = _cpu_of(self.pid, children_too=True)
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):  # a process that ended meanwhile
                continue
            if int(fields[1]) == self.pid:
                total += _cpu_of(int(stat.parent.name))
        return total

    def rss(self) -> float:
        return proc_mb(self.pid, "VmRSS")

    def peak(self) -> float:
        return proc_mb(self.pid, "VmHWM")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def answers(self) -> bool:
        try:
            return httpx.get(self.url + "/api/health", timeout=10).status_code == 200
        except httpx.HTTPError:
            return False

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""

    def guard(self) -> None:
        """Kill the server if it grew past the guard (a hostile file got through): the test then fails."""
        if self.alive() and self.rss() > MEMORY_GUARD_MB:
            self.proc.kill()
            raise AssertionError(f"server RSS passed {MEMORY_GUARD_MB} MB; killed")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def _cpu_of(pid: int, children_too: bool = False) -> float:
    """utime + stime of a process (and cutime + cstime, its reaped children's), in seconds; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    ticks = sum(int(f) for f in fields[11:15 if children_too else 13])  # fields 14-17 of proc(5), from the 3rd
    return ticks / os.sysconf("SC_CLK_TCK")


class Bound:
    """How long a test waits on a server: `seconds` of the server's CPU time (a loaded machine gives the server less
    of the processor, not more work to do, so a bound in CPU time trips only when the server works too much), and
    HANG_SECONDS of wall clock for a server stuck without working. Without a server, `seconds` of wall clock."""

    def __init__(self, seconds: float, server: Server | None = None):
        self.seconds, self.server = seconds, server
        self.began = time.monotonic()
        self.spent = server.cpu_seconds() if server is not None else 0.0

    def over(self) -> bool:
        waited = time.monotonic() - self.began
        if self.server is None:
            return waited > self.seconds
        return self.server.cpu_seconds() - self.spent > self.seconds or waited > HANG_SECONDS

    def __str__(self) -> str:
        if self.server is None:
            return f"{self.seconds} s"
        return (f"{self.seconds} s of the server's CPU time ({self.server.cpu_seconds() - self.spent:.0f} s used, "
                f"{time.monotonic() - self.began:.0f} s waited)")


def wait_until(check, seconds: float, server: Server | None = None, every: float = 0.2):
    """Poll check() until it returns something true (returned) or the bound is up (AssertionError): with a server,
    `seconds` of its CPU time (Bound), else of wall clock."""
    bound = Bound(seconds, server)
    while not bound.over():
        if server is not None:
            server.guard()
        value = check()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"not reached in {bound}")


def raw_request(url: str, method: str, path: str, headers: dict, body_bytes: int, chunked: bool = False,
                piece: int = 64 * 1024, seconds: float = 30) -> tuple[int, bytes, int]:
    """Send a request whose body is body_bytes of 'a' (declared or chunked), stopping as soon as the server answers;
    returns (status, response bytes, body bytes sent). Bounded by `seconds`."""
    import select

    host, port = url.removeprefix("http://").split(":")
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    lines.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {body_bytes}")
    sent, response = 0, b""
    deadline = time.monotonic() + seconds
    with socket.create_connection((host, int(port)), timeout=seconds) as s:
        s.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        block = b"a" * piece
        while sent < body_bytes and time.monotonic() < deadline:
            readable, _, _ = select.select([s], [], [], 0)
            if readable:
                break
            n = min(piece, body_bytes - sent)
            try:
                s.sendall(b"%x\r\n%s\r\n" % (n, block[:n]) if chunked else block[:n])
            except OSError:  # the server answered and closed: read what it said
                break
            sent += n
        else:
            if chunked and sent >= body_bytes:
                s.sendall(b"0\r\n\r\n")
        s.settimeout(max(1.0, deadline - time.monotonic()))
        try:
            while b"\r\n\r\n" not in response or len(response) < 65536:
                data = s.recv(65536)
                if not data:
                    break
                response += data
        except OSError:
            pass
    status = int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/") else 0
    return status, response, sent
