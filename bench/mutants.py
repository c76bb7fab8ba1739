"""Mutation testing of one module's function bodies: which changes to its conditions and constants no test notices.

Mutants, made by AST: an if/while/conditional test forced True and False, a comprehension's filter forced True, each
and/or operand dropped, a `not` dropped, a comparison turned (< <=, == !=, in / not in), an integer constant +1 and -1.
Each runs in a forked child that execs the mutated module over the loaded one and rebinds every name other modules
took from it (lru_cache wrappers too), so nothing is written to disk and nothing is imported twice.

    python bench/mutants.py make  src/telusur/citations/references.py /tmp/m/mut.json
    python bench/mutants.py live  /tmp/m/mut.json /tmp/m/live.jsonl      # does it change any open document's entries?
    python bench/mutants.py kill  /tmp/m/mut.json /tmp/m/kill.jsonl [--ids=-1,2] -- tests/unit/test_entry_lines.py ...
    python bench/mutants.py show  /tmp/m/mut.json 47 54                   # what a mutant changed

"live" digests the reference entries (and looks_like_entry / parse_reference on each of their lines) of the tuning
half, the default corpus and bench/citations-kinds/: the checking half is never read. "kill" collects the test files
once and runs them in each child, stopping at the first failure (run with PYTHONPATH=<tree>/src:<tree>). Ids are this
script's numbering over the file given to "make": they hold only for that revision of the module.
"""

from __future__ import annotations

import argparse
import ast
import copy
import difflib
import hashlib
import importlib
import json
import os
import signal
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODULE = "telusur.citations.references"  # what "live" reads: its reference entries
_SWAP = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq,
         ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}


def _sites(tree: ast.AST) -> list[tuple[list, str, object]]:
    """(path to the node, kind, argument) of every mutation inside a function body."""
    out: list = []

    def walk(node, path, inside):
        inside = inside or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        if inside:
            if isinstance(node, (ast.If, ast.While, ast.IfExp)):
                out.extend([(path, "cond", True), (path, "cond", False)])
            if isinstance(node, ast.comprehension):
                out.extend((path, "compif", k) for k in range(len(node.ifs)))
            if isinstance(node, ast.BoolOp):
                out.extend((path, "drop", k) for k in range(len(node.values)))
            if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
                out.append((path, "notdrop", None))
            if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _SWAP:
                out.append((path, "cmp", None))
            if isinstance(node, ast.Constant) and type(node.value) is int:
                out.extend([(path, "const", 1), (path, "const", -1)])
        for field, value in ast.iter_fields(node):
            children = enumerate(value) if isinstance(value, list) else [(None, value)]
            for i, child in children:
                if isinstance(child, ast.AST):
                    walk(child, path + [(field, i)], inside)

    walk(tree, [], False)
    return out


def _node(tree, path):
    for field, i in path:
        tree = getattr(tree, field) if i is None else getattr(tree, field)[i]
    return tree


def _mutant(tree, path, kind, arg) -> str:
    tree = copy.deepcopy(tree)
    node = _node(tree, path)
    parent, (field, i) = _node(tree, path[:-1]), path[-1]

    def put(new):
        if i is None:
            setattr(parent, field, new)
        else:
            getattr(parent, field)[i] = new

    if kind == "cond":
        node.test = ast.Constant(arg)
    elif kind == "compif":
        node.ifs[arg] = ast.Constant(True)
    elif kind == "drop":
        rest = [v for k, v in enumerate(node.values) if k != arg]
        put(rest[0] if len(rest) == 1 else ast.BoolOp(op=node.op, values=rest))
    elif kind == "notdrop":
        put(node.operand)
    elif kind == "cmp":
        node.ops = [_SWAP[type(node.ops[0])]()]
    else:
        node.value += arg
    return ast.unparse(ast.fix_missing_locations(tree))


def module_of(path: Path) -> str:
    """The dotted name a source file under src/ is imported by: src/telusur/citations/intext.py ->
    telusur.citations.intext."""
    parts = path.resolve().with_suffix("").parts
    if "src" not in parts:
        raise SystemExit(f"{path}: not a module under src/; give a file such as src/telusur/citations/intext.py")
    return ".".join(parts[len(parts) - parts[::-1].index("src"):])


def make(path: Path, out: Path) -> None:
    tree, module = ast.parse(path.read_text(encoding="utf-8")), module_of(path)
    mutants = [{"id": -1, "line": 0, "kind": "none", "module": module,
                "source": ast.unparse(tree)}]  # the module as unparsed: no change
    for n, (at, kind, arg) in enumerate(_sites(tree)):
        mutants.append({"id": n, "line": getattr(_node(tree, at), "lineno", 0), "kind": f"{kind}:{arg}",
                        "module": module, "source": _mutant(tree, at, kind, arg)})
    out.write_text(json.dumps(mutants), encoding="utf-8")
    print(len(mutants) - 1, "mutants")


def apply(source: str, name: str = MODULE) -> None:
    """Exec a mutant over the loaded module it was made of and rebind what other modules imported from it."""
    module = importlib.import_module(name)
    before = dict(module.__dict__)
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    swap = {id(v): module.__dict__[k] for k, v in before.items()
            if not k.startswith("__") and module.__dict__.get(k) is not None and module.__dict__[k] is not v}
    for other in list(sys.modules.values()):
        names = getattr(other, "__dict__", None)
        if other is module or not isinstance(names, dict):
            continue
        for k, v in list(names.items()):
            if id(v) in swap:
                names[k] = swap[id(v)]


def _in_child(work, timeout: int) -> tuple[int, str]:
    """Run work() in a forked child: (exit code, or minus the signal; what it wrote)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        signal.alarm(timeout)
        code, message = work()
        os.write(w, message.encode(errors="replace"))
        os._exit(code)
    os.close(w)
    _, status = os.waitpid(pid, 0)
    message = os.read(r, 4000).decode(errors="replace")
    os.close(r)
    return (os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status)), message


def live(mutants_path: Path, out: Path) -> None:
    from telusur.documents import read_document

    mutants = json.loads(mutants_path.read_text())
    if any(m.get("module", MODULE) != MODULE for m in mutants):
        raise SystemExit(f"live reads {MODULE}'s reference entries; {mutants_path} mutates "
                         f"{mutants[0]['module']}: run kill with its tests instead")
    split = json.loads((REPO / "bench" / "texts-split.json").read_text(encoding="utf-8"))
    paths = [REPO.parent / "shared" / "texts" / d for d in split["tuning"]]
    paths += sorted((REPO.parent / "shared" / "corpus").glob("*"))
    paths += sorted(p for p in (REPO / "bench" / "citations-kinds").iterdir()
                    if p.suffix in (".md", ".txt", ".pdf", ".docx", ".html"))
    docs = [read_document(p, p.name, 5.0) for p in paths if p.is_file()]
    module = importlib.import_module(MODULE)
    lines = sorted({ln.strip() for d in docs for e in module.reference_entries(d)
                    for ln in d.text[e.start:e.end].split("\n") if ln.strip()})

    def digest(source):
        def work():
            try:
                if source is not None:
                    apply(source, MODULE)
                mod, h = importlib.import_module(MODULE), hashlib.sha256()
                for d in docs:
                    h.update(json.dumps([e.to_dict() for e in mod.reference_entries(d)], default=str).encode())
                for ln in lines:
                    h.update(repr((mod.looks_like_entry(ln), mod.parse_reference(ln))).encode())
                return 0, h.hexdigest()
            except Exception as e:  # a mutant that raises on open documents is live
                return 0, f"error:{type(e).__name__}"
        return _in_child(work, 30)

    base = digest(None)[1]
    with out.open("w") as f:
        for m in mutants:
            code, got = digest(m["source"])
            verdict = "hang" if code else "same" if got == base else "error" if got.startswith("error") else "live"
            f.write(json.dumps({"id": m["id"], "line": m["line"], "kind": m["kind"], "live": verdict}) + "\n")
            f.flush()


def kill(mutants_path: Path, out: Path, ids: set | None, files: list[str]) -> int:
    import pytest

    mutants = [m for m in json.loads(mutants_path.read_text()) if ids is None or m["id"] in ids]
    done = {json.loads(ln)["id"] for ln in out.open()} if out.exists() else set()

    class Runner:
        def pytest_runtestloop(self, session):
            with out.open("a") as f:
                for m in (m for m in mutants if m["id"] not in done):
                    t0 = time.time()
                    code, by = _in_child(lambda m=m: self._run(session, m), 120)
                    verdict = {0: "survived", 1: "killed", 3: "error"}.get(code, "hang" if code == -signal.SIGALRM
                                                                             else f"crash {code}")
                    f.write(json.dumps({"id": m["id"], "line": m["line"], "kind": m["kind"], "verdict": verdict,
                                        "by": by, "s": round(time.time() - t0, 1)}) + "\n")
                    f.flush()
            return True

        @staticmethod
        def _run(session, m):
            try:
                apply(m["source"], m.get("module", MODULE))
            except Exception as e:
                return 3, type(e).__name__
            failed = []

            class Catch:
                def pytest_runtest_logreport(self, report):
                    if report.failed:
                        failed.append(report.nodeid)

            session.config.pluginmanager.register(Catch(), "catch")
            sys.stdout = open(os.devnull, "w")
            for item in session.items:
                item.ihook.pytest_runtest_protocol(item=item, nextitem=None)
                if failed:
                    return 1, failed[0]
            return 0, ""

    return pytest.main(["-q", "-p", "no:cacheprovider", "--no-header", *files], plugins=[Runner()])


def show(mutants_path: Path, ids: list[int]) -> None:
    mutants = {m["id"]: m for m in json.loads(mutants_path.read_text())}
    base = mutants[-1]["source"].splitlines()
    for i in ids:
        m = mutants[i]
        print(f"### {i} line {m['line']} {m['kind']}")
        for ln in difflib.unified_diff(base, m["source"].splitlines(), n=0, lineterm=""):
            if not ln.startswith(("---", "+++", "@@")):
                print("  ", ln)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("make", "live", "kill", "show"))
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--ids", help="kill: only these mutants (comma-separated)")
    argv = sys.argv[1:]
    files = argv[argv.index("--") + 1:] if "--" in argv else []
    args = parser.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
    if args.step == "make":
        make(Path(args.paths[0]), Path(args.paths[1]))
    elif args.step == "live":
        live(Path(args.paths[0]), Path(args.paths[1]))
    elif args.step == "kill":
        ids = {int(x) for x in args.ids.split(",")} if args.ids else None
        return kill(Path(args.paths[0]), Path(args.paths[1]), ids, files)
    else:
        show(Path(args.paths[0]), [int(x) for x in args.paths[1:]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
