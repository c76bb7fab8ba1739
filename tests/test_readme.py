"""The README's Quickstart is what CI runs: two commands, the second exactly the one in .ci/run."""

from conftest import REPO


def quickstart_commands():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if line.startswith("    ")]


def test_quickstart_has_exactly_two_commands():
    commands = quickstart_commands()
    assert len(commands) == 2
    assert commands[0].endswith("telusur serve")
    assert commands[1].endswith('python -m pytest -m ""')  # everything: the fast layer is plain pytest


def test_ci_runs_the_readme_test_command_exactly():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert quickstart_commands()[1] in [line.strip() for line in ci]
