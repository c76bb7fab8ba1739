"""The package's layering (../shared/ARCHITECTURE.md): imports run one way along the data's way."""

import ast
import functools
from pathlib import Path

import telusur

SRC = Path(telusur.__file__).parent


def _module(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """module -> telusur modules it imports (at any depth of the file, lazy imports included): a copy of the graph
    parsed once for this module's tests (parsing every source file took seconds a test)."""
    return {module: set(deps) for module, deps in _parsed_imports().items()}


@functools.cache
def _parsed_imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        name = _module(path)
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        found = graph.setdefault(name, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                if base.startswith("telusur"):
                    found.add(base)
                    found.update(f"{base}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("telusur"))
    return {m: {i for i in deps if i in graph and i != m} for m, deps in graph.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}

    def visit(m: str, path: list[str]):
        state[m] = 1
        for n in sorted(graph[m]):
            if n == "telusur" or m == "telusur":  # the public face loads lazily from every module
                continue
            if state.get(n) == 1:
                return path[path.index(n):] + [n] if n in path else [m, n]
            if n not in state:
                found = visit(n, path + [n])
                if found:
                    return found
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state:
            found = visit(m, [m])
            if found:
                return found
    return None


def test_no_import_cycles():
    graph = {m: {d for d in deps if not m.startswith(d + ".")} for m, deps in _imports().items()}  # a package's own
    assert _cycle(graph) is None


def test_answers_see_a_retriever_never_the_index():
    assert not {d for d in _imports()["telusur.query.answer"] if d.startswith("telusur.index")}


def test_faiss_is_imported_in_one_module_only():
    users = [p for p in SRC.rglob("*.py") if "import faiss" in p.read_text(encoding="utf-8")]
    assert [p.relative_to(SRC).as_posix() for p in users] == ["index/vectors.py"]


def test_documents_come_before_everything_else():
    later = ("telusur.index", "telusur.query", "telusur.engine", "telusur.library", "telusur.web", "telusur.cli")
    for module, deps in _imports().items():
        if module.startswith("telusur.documents"):
            assert not {d for d in deps if d.startswith(later)}, module


def test_citations_come_before_what_reads_them():
    """Citations are read from documents and feed chunks: they import no later layer (a citation rule once reached
    up into query/english.py for its English words, which now sit beside indonesian.py)."""
    later = ("telusur.chunking", "telusur.index", "telusur.query", "telusur.engine", "telusur.library", "telusur.web",
             "telusur.cli")
    for module, deps in _imports().items():
        if module.startswith("telusur.citations"):
            assert not {d for d in deps if d.startswith(later)}, module


def test_the_cli_and_the_web_use_only_the_public_face():
    """cli.py and web/ name what they use through `telusur` (the public face), never the modules behind it; the CLI
    may start the web server."""
    graph = _imports()
    for module, deps in graph.items():
        if module == "telusur.cli" or module.startswith("telusur.web"):
            behind = {d for d in deps if d != "telusur" and not d.startswith("telusur.web")}
            assert not behind, f"{module} imports {sorted(behind)}: export what it needs from telusur/__init__.py"


def test_the_public_face_names_what_it_exports():
    for name in telusur.__all__:
        assert getattr(telusur, name) is not None, name
