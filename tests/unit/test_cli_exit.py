"""The `telusur` process (cli.run) leaves without tearing the interpreter down, yet as main() left it: every byte
of output written, exit handlers run, its exit code; with threads still running it exits the ordinary way."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import atexit, sys, threading, time
from telusur import cli
def main():
    atexit.register(lambda: open(sys.argv[1], "w").write("saved"))
    if sys.argv[2] == "thread":
        threading.Thread(target=lambda: (time.sleep(0.3), print("thread done", file=sys.stderr))).start()
    sys.stdout.write("x" * 200_000)  # more than a pipe holds: still buffered when main returns
    print("warning", file=sys.stderr)
    return 3
cli.main = main
cli.run()
"""


def _run(tmp_path, mode):
    saved = tmp_path / f"saved-{mode}"
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(saved), mode], capture_output=True, text=True)
    return proc, saved


def test_the_process_exits_with_its_output_exit_handlers_and_code(tmp_path):
    proc, saved = _run(tmp_path, "alone")
    assert proc.returncode == 3 and proc.stdout == "x" * 200_000 and proc.stderr == "warning\n"
    assert saved.read_text() == "saved"


def test_a_thread_still_running_is_waited_for(tmp_path):
    proc, saved = _run(tmp_path, "thread")
    assert proc.returncode == 3 and proc.stdout == "x" * 200_000
    assert proc.stderr == "warning\nthread done\n" and saved.read_text() == "saved"
