"""The exceptions telusur raises; each message says what happened and what to do next."""


class TelusurError(Exception):
    """Base class: a problem the user can act on."""


class CorpusError(TelusurError):
    """The corpus folder or one of its files cannot be used."""


class IndexBuildError(TelusurError):
    """The index cannot be built, loaded or trusted."""


class IndexNotReadyError(IndexBuildError):
    """The index is missing, stale or damaged and opening it never builds it: build it first."""

    status = 503


class EncoderError(TelusurError):
    """The embedding model cannot be loaded or does not match the index."""


class QuestionError(TelusurError):
    """The question or its history is empty, too long or malformed."""


class CollectionError(TelusurError):
    """A collection that does not exist, cannot answer yet, or cannot be created. status: the HTTP status."""

    def __init__(self, message: str, status: int = 404):
        super().__init__(message)
        self.status = status


class UploadError(TelusurError):
    """An upload refused; the message (Indonesian) says why and what to do. status is the HTTP status to answer."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status
