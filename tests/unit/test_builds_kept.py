"""Which builds an index folder keeps: the new one and the one CURRENT named before it (a server may still be loading
that one; the cache's pruning keeps that build's vectors too), however quickly they were made. Builds were once named
by the second and a random tail and the two newest by name kept: a rebuild within the same second as the one before
sorted at random, so an older build could stay in its place (or a third beside it), and pruning the cache then kept
vectors no index used (tests/unit/test_cache_prune.py failed now and then, under load)."""

import time
import types

from .conftest import STUB_MODEL

FIRST = "# Koperasi\n\nKoperasi adalah badan usaha yang beranggotakan orang-orang atas asas kekeluargaan.\n"


def same_second(monkeypatch):
    """Every build from now on is made at one instant, and each random tail sorts before the last one's: the worst
    order names can take."""
    from telusur.index import build

    instant = time.time()
    clock = types.SimpleNamespace(
        time=lambda: instant, localtime=time.localtime, perf_counter=time.perf_counter,
        strftime=lambda fmt, at=None: time.strftime(fmt, time.localtime(instant) if at is None else at))
    monkeypatch.setattr(build, "time", clock)
    tails = iter(range(0xFFFFFF, 0, -1))
    tail = lambda: types.SimpleNamespace(hex=f"{next(tails):06x}00")  # noqa: E731 - the first 6 name a build
    monkeypatch.setattr(build, "uuid", types.SimpleNamespace(uuid4=tail))


def test_rebuilds_in_one_second_keep_the_build_before_the_new_one_and_no_other(tmp_path, stub_encoder, monkeypatch):
    from telusur.index import build_index, current_build
    from telusur.settings import Settings

    (tmp_path / "korpus").mkdir()
    (tmp_path / "korpus" / "koperasi.md").write_text(FIRST, encoding="utf-8")
    settings = Settings(corpus=tmp_path / "korpus", index=tmp_path / "indeks", model=STUB_MODEL)
    same_second(monkeypatch)
    made = []
    for _ in range(4):
        build_index(settings, force=True)
        made.append(current_build(settings.index_dir()).name)
        kept = {p.name for p in (settings.index_dir() / "builds").iterdir() if not p.name.startswith(".")}
        assert kept == set(made[-2:])
    assert len(set(made)) == 4
