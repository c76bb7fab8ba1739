"""bench/mutants.py: a mutant runs over the module it was made of, whichever module the file given names."""

import importlib
import json
import sys
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import mutants  # noqa: E402


def test_a_files_module_is_its_dotted_path_under_src():
    assert mutants.module_of(Path("src/telusur/citations/intext.py")) == "telusur.citations.intext"


def test_a_mutant_runs_over_its_own_module_and_rebinds_what_others_took(tmp_path, monkeypatch):
    package = tmp_path / "src" / "mutdemo"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "rule.py").write_text("def small(n):\n    return n < 3\n")
    monkeypatch.syspath_prepend(str(tmp_path / "src"))
    monkeypatch.delitem(sys.modules, "mutdemo.rule", raising=False)
    rule = importlib.import_module("mutdemo.rule")
    user = types.ModuleType("mutdemo_user")
    user.small = rule.small  # "from mutdemo.rule import small"
    monkeypatch.setitem(sys.modules, "mutdemo_user", user)
    mutants.make(package / "rule.py", tmp_path / "mut.json")
    made = json.loads((tmp_path / "mut.json").read_text())
    turned = next(m for m in made if m["kind"] == "cmp:None")  # "n < 3" -> "n <= 3"
    assert turned["module"] == "mutdemo.rule"
    mutants.apply(turned["source"], turned["module"])
    assert rule.small(3) and user.small is rule.small
    monkeypatch.delitem(sys.modules, "mutdemo.rule")
