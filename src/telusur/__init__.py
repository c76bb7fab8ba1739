"""telusur: ask an Indonesian text a question, get the passages that answer it with the sources they cite.

The public face: the CLI and the web use only these names. They load on first use, so `import telusur` (and
`telusur --help`) stays fast."""

from importlib import import_module

__version__ = "0.1.0"

_EXPORTS = {
    "Telusur": "engine", "Source": "engine", "SourcePassage": "engine", "build": "engine", "open_built": "engine",
    "prune_cache": "engine",
    "Answer": "query.answer", "Passage": "query.answer",
    "Library": "library", "StoredFile": "library", "CorpusWatch": "builds",
    "Settings": "settings",
    "BuildReport": "index", "format_file_report": "index", "stored_report": "index",
    "TelusurError": "errors", "CorpusError": "errors", "IndexBuildError": "errors", "IndexNotReadyError": "errors",
    "EncoderError": "errors", "QuestionError": "errors", "CollectionError": "errors", "UploadError": "errors",
    # Presenting what the engine returns (plain dicts): locations, page order, exports, citation styles; evaluation.
    "where": "bibliography", "page_order": "bibliography", "cited_pages": "bibliography",
    "to_bibtex": "bibliography", "to_ris": "bibliography",
    "reference_list": "cite", "STYLE_NAMES": "cite", "DEFAULT_STYLE": "cite",
    "evaluate": "evaluation", "load_cases": "evaluation",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'telusur' has no attribute {name!r}")
    value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(list(globals()) + __all__)
