"""telusur: ask an Indonesian text a question, get the passages that answer it with the sources they cite."""

__version__ = "0.1.0"
