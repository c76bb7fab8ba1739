"""bench/miss_kinds.py sorts an open set's ranking misses by where the first passage stands against the evidence's
(the reading issue 15's ranking work starts from), and never lists a held-out set's or the session judge's misses."""

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _chunk(id, path="a.md", size=100):
    return SimpleNamespace(id=id, path=path, text="x" * size)


@pytest.fixture(scope="module")
def miss_kinds():
    sys.path.insert(0, str(BENCH))
    try:
        import miss_kinds
        yield miss_kinds
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.parametrize("top, evidence, expected", [
    (_chunk(5, size=300), [_chunk(6)], "neighbour, longer"),
    (_chunk(7, size=100), [_chunk(5)], "near, similar"),
    (_chunk(9, size=50), [_chunk(6)], "near, shorter"),
    (_chunk(20), [_chunk(6)], "far"),
    (_chunk(6, path="b.md"), [_chunk(6)], "other document"),
    (_chunk(20), [_chunk(6), _chunk(19, size=300)], "neighbour, shorter"),  # the nearest passage holding it counts
])
def test_a_miss_by_where_its_first_passage_stands(miss_kinds, top, evidence, expected):
    assert miss_kinds.kind(top, evidence, declined=False) == expected


def test_a_declined_question_and_evidence_in_no_passage(miss_kinds):
    assert miss_kinds.kind(_chunk(1), [_chunk(1)], declined=True) == "declined"
    assert miss_kinds.kind(_chunk(1), [], declined=False) == "in no passage"


@pytest.mark.parametrize("names, said", [("team9,checking", "not an open set: checking"),
                                         ("checking,team30", "not an open set: checking, team30"),
                                         ("team9,team29,team30", "not an open set: team30")])
def test_a_held_out_set_is_refused(names, said, tmp_path):
    done = subprocess.run([sys.executable, str(BENCH / "miss_kinds.py"), "--only", names, "--cache", str(tmp_path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert said in done.stderr


def test_the_judge_is_refused(miss_kinds, tmp_path, capsys):
    import halves
    assert miss_kinds.main(["--only", halves.JUDGE, "--cache", str(tmp_path)]) == 2
    assert "judge" in capsys.readouterr().err


@pytest.mark.parametrize("names", ["team9,checking", "checking", "tuning,team27,checking"])
def test_halves_refuses_a_miss_list_of_a_held_out_set_before_reading_it(names, tmp_path):
    # the refusal comes first: no index of the held-out documents is built (the cache folder stays empty)
    done = subprocess.run([sys.executable, str(BENCH / "halves.py"), "--only", names, "--misses", "--cache",
                           str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "--misses: not an open set:" in done.stderr
    assert not any(tmp_path.iterdir())
