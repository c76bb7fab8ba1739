"""Every file the package ships in src/telusur (data, static pages) is named by pyproject's package-data: a file the
code reads but the list misses is there in a checkout and an editable install, and missing from a wheel."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "src" / "telusur"


def _shipped(folder: str) -> list[str]:
    return sorted(p.relative_to(PACKAGE).as_posix() for p in (PACKAGE / folder).rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py")


def test_every_data_and_static_file_is_in_package_data():
    globs = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["telusur"]
    files = [f for folder in ("data", "static", "web/static") if (PACKAGE / folder).is_dir() for f in _shipped(folder)]
    assert files and "data/english-indonesian.tsv" in files
    missing = [f for f in files if not any(fnmatch(f, g) and "/" not in f[len(g.rsplit("/", 1)[0]) + 1:] for g in globs)]
    assert missing == [], f"add to [tool.setuptools.package-data] in pyproject.toml: {missing}"
