"""Every problem a person can cause or fix (a question, a file, an option, the index on disk), under one base.

The command line prints any `CronistaError` as one line; the bot words each kind for Discord. Anything else
is a bug, logged with its traceback.
"""

from __future__ import annotations


class CronistaError(Exception):
    """A problem for the person using Cronista, not a bug; the message says what is wrong (and the fix)."""


class UsageError(CronistaError):
    """A command used the wrong way (a bad option value, an unreadable file); the message says which."""


class QuestionError(CronistaError, ValueError):
    """A question the engine cannot take (empty, too long); the message is for the person who asked."""


class ArticleError(CronistaError, ValueError):
    """An article that cannot be accepted; the message is a one-line reason for a person."""


class CorpusMissingError(CronistaError, FileNotFoundError):
    """The corpus folder does not exist."""


class IndexMissingError(CronistaError, FileNotFoundError):
    """There is no index yet in the index folder."""


class IndexDamagedError(CronistaError, RuntimeError):
    """The index on disk cannot be used; the message says why and how to fix it."""


class IndexMismatchError(IndexDamagedError):
    """The index was built with other embedding models than the engine is configured with."""


class ChangeInProgressError(CronistaError, RuntimeError):
    """Another process or task is changing the index right now."""


class StoreError(IndexDamagedError):
    """A vector store file that cannot be read."""
