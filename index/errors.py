"""Every problem a person can cause or fix (a question, a file, an option, the index on disk), under one base.

The command line prints any `CronistaError` as one line; the bot words each kind for Discord. Anything else
is a bug, logged with its traceback.
"""

from __future__ import annotations

from pathlib import Path


class CronistaError(Exception):
    """A problem for the person using Cronista, not a bug; the message says what is wrong (and the fix)."""


class UsageError(CronistaError):
    """A command used the wrong way (a bad option value, an unreadable file); the message says which."""


class QuestionError(CronistaError, ValueError):
    """A question the engine cannot take (empty, too long); the message is for the person who asked."""


class ArticleError(CronistaError, ValueError):
    """An article that cannot be accepted; the message is a one-line reason for a person.

    `line` (1-based) or `field` (a front-matter key) say where in the file the problem is, `fix` what to do.
    """

    def __init__(self, message: str, *, line: int | None = None, field: str = "", fix: str = "") -> None:
        super().__init__(message)
        self.line, self.field, self.fix = line, field, fix


class CorpusError(CronistaError, ValueError):
    """Files in the corpus folder that cannot be read; the message names each file, its line and the fix."""

    def __init__(self, problems: list[tuple[Path, str]]) -> None:
        lines = [f"  {path}: {reason}" for path, reason in problems]
        super().__init__(
            f"{len(problems)} file(s) in the corpus folder cannot be read, so nothing was changed "
            "(the index keeps its last good articles):\n"
            + "\n".join(lines)
            + "\nFix them, or move them out of the corpus folder, then build again."
        )
        self.problems = problems


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


class DatabaseError(CronistaError, RuntimeError):
    """The index database (INDEX_BACKEND=postgres) cannot be reached or has a schema this version cannot use."""
