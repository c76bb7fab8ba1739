"""bench/ask_same.py compares answers on the open sets only, and only over cached indexes: --only without --cache
once fell back to the default corpus's dev answers without a word, so a helper asking for a set believed it had been
compared; and a held-out set named with --cache is refused before anything is asked."""

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "ask_same.py"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60)


def test_only_without_cache_is_refused_with_what_to_give():
    done = _run("--only", "team8")
    assert done.returncode == 2
    assert "--cache" in done.stderr


def test_a_held_out_set_is_refused(tmp_path):
    done = _run("--only", "default,checking", "--cache", str(tmp_path))
    assert done.returncode != 0
    assert "not an open set: checking" in done.stderr
