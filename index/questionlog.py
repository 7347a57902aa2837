"""The question log: what members asked, what the engine did with it, and their votes, in SQLite.

Members are stored as a salted hash of their id (never the id or a name), rows older than the retention are
deleted, and a member's rows can be deleted on request. Calls are synchronous and short (a busy database
fails after `busy_timeout` seconds instead of waiting); callers on an event loop run them in a thread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from index.results import Answer

LOG_FILE = "questions.sqlite3"
SALT_FILE = "questions.salt"
VERDICTS = ("answered", "related", "declined")
DOWN_REASONS = {
    "not_answered": "doesn't answer the question",
    "outdated": "outdated, a newer report exists",
    "wrong_quote": "wrong quote or wrong citation",
    "other": "other",
    "should_answer": "should have been answered",
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY,
    asked_at TEXT NOT NULL,
    server_id INTEGER,
    member_hash TEXT NOT NULL,
    question TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('answered', 'related', 'declined')),
    quotes TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS questions_by_member ON questions (member_hash);
CREATE INDEX IF NOT EXISTS questions_by_time ON questions (asked_at);
CREATE TABLE IF NOT EXISTS votes (
    question_id INTEGER NOT NULL,
    member_hash TEXT NOT NULL,
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    voted_at TEXT NOT NULL,
    PRIMARY KEY (question_id, member_hash)
);
CREATE INDEX IF NOT EXISTS votes_by_member ON votes (member_hash);
"""


@dataclass(frozen=True)
class Span:
    """Where a quoted passage is: the article and the character span of its body."""

    article_id: str
    start: int
    end: int


@dataclass
class LoggedQuestion:
    """A question from the log with its verdict and its votes (reasons of the 👎 votes, notes included)."""

    id: int
    asked_at: dt.datetime
    server_id: int | None
    question: str
    verdict: str
    quotes: list[Span]
    up: int = 0
    down: int = 0
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def verdict_of(answer: Answer) -> str:
    """ "answered", "related" (declined, but passages mentioning the subject were shown) or "declined"."""
    if not answer.abstained:
        return "answered"
    return "related" if answer.related else "declined"


def quoted_spans(answer: Answer) -> list[Span]:
    """The spans an answer showed: its quotes, or the related passages of a "related only" reply."""
    return [Span(q.cited.article_id, int(q.cited.start), int(q.cited.end)) for q in answer.quotes or answer.related]


def load_salt(folder: Path, configured: str = "") -> bytes:
    """The salt for member hashes: the configured one, else a random one kept in `folder` (made on first use)."""
    if configured:
        return configured.encode()
    path = folder / SALT_FILE
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    folder.mkdir(parents=True, exist_ok=True)
    salt = secrets.token_hex(32).encode()
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: use theirs
        return path.read_bytes().strip()
    with os.fdopen(descriptor, "wb") as file:
        file.write(salt)
    return salt


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class QuestionLog:
    """One SQLite file of questions and votes, kept for `retention_days` days."""

    def __init__(self, path: Path, salt: bytes, retention_days: int = 90, busy_timeout: float = 0.25) -> None:
        self.path = path
        self.retention = dt.timedelta(days=retention_days)
        self.busy_timeout = busy_timeout
        self._salt = salt
        self._ready = False

    def member_hash(self, member_id: int) -> str:
        """The salted hash that stands for a member in the log."""
        return hmac.new(self._salt, str(member_id).encode(), hashlib.sha256).hexdigest()[:32]

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=self.busy_timeout)) as db:
            if not self._ready:
                db.executescript(_SCHEMA)
                self._ready = True
            with db:  # one transaction: committed on success, rolled back on error
                yield db

    def record(
        self,
        question_id: int,
        server_id: int | None,
        member_id: int,
        question: str,
        verdict: str,
        quotes: Sequence[Span] = (),
        when: dt.datetime | None = None,
    ) -> None:
        """Log one question under `question_id` (the caller picks it, so it can be shown before the write)."""
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}")
        spans = json.dumps([[s.article_id, s.start, s.end] for s in quotes])
        asked_at, member = (when or _now()).isoformat(), self.member_hash(member_id)
        with self._db() as db:
            db.execute(
                "INSERT OR REPLACE INTO questions VALUES (?, ?, ?, ?, ?, ?, ?)",
                (question_id, asked_at, server_id, member, question, verdict, spans),
            )

    def vote(
        self,
        question_id: int,
        member_id: int,
        vote: int,
        reason: str = "",
        note: str = "",
        when: dt.datetime | None = None,
    ) -> bool:
        """Store or change a member's vote (+1 or -1) on a logged answer; False when the answer is not logged."""
        if vote not in (-1, 1) or (reason and reason not in DOWN_REASONS):
            raise ValueError("a vote is +1 or -1, with a known reason")
        voted_at, member = (when or _now()).isoformat(), self.member_hash(member_id)
        with self._db() as db:
            stored = db.execute(
                "INSERT INTO votes SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM questions WHERE id = ?) "
                "ON CONFLICT (question_id, member_hash) DO UPDATE SET vote = excluded.vote, "
                "reason = excluded.reason, note = excluded.note, voted_at = excluded.voted_at",
                (question_id, member, vote, reason, note[:200], voted_at, question_id),
            )
            return stored.rowcount > 0

    def forget(self, member_id: int) -> tuple[int, int]:
        """Delete every question and vote of a member; (questions, votes) deleted."""
        member = self.member_hash(member_id)
        with self._db() as db:
            votes = db.execute("DELETE FROM votes WHERE member_hash = ?", (member,)).rowcount
            questions = db.execute("DELETE FROM questions WHERE member_hash = ?", (member,)).rowcount
            return questions, votes

    def prune(self, now: dt.datetime | None = None) -> int:
        """Delete questions (with their votes) and votes older than the retention; the questions deleted."""
        cutoff = ((now or _now()) - self.retention).isoformat()
        with self._db() as db:
            db.execute(
                "DELETE FROM votes WHERE voted_at < ? OR question_id IN (SELECT id FROM questions WHERE asked_at < ?)",
                (cutoff, cutoff),
            )
            return db.execute("DELETE FROM questions WHERE asked_at < ?", (cutoff,)).rowcount

    def questions(self, server_id: int | None = None, only_flagged: bool = False) -> list[LoggedQuestion]:
        """Logged questions, oldest first, with vote counts; `only_flagged` keeps the declined (or related
        only) ones and those voted down."""
        where = "WHERE (? IS NULL OR server_id = ?)"
        with self._db() as db:
            rows = db.execute(f"SELECT * FROM questions {where} ORDER BY asked_at", (server_id, server_id)).fetchall()
            votes = db.execute(
                "SELECT question_id, vote, reason, note FROM votes "
                f"WHERE question_id IN (SELECT id FROM questions {where})",
                (server_id, server_id),
            ).fetchall()
        found = {}
        for question_id, asked_at, server, _member, question, verdict, spans in rows:
            quoted = [Span(*span) for span in json.loads(spans)]
            found[question_id] = LoggedQuestion(
                question_id, dt.datetime.fromisoformat(asked_at), server, question, verdict, quoted
            )
        for question_id, vote, reason, note in votes:
            logged = found[question_id]
            if vote > 0:
                logged.up += 1
                continue
            logged.down += 1
            logged.reasons.append(reason)
            if note:
                logged.notes.append(note)
        kept = found.values()
        if only_flagged:
            kept = [q for q in kept if q.verdict != "answered" or q.down]
        return list(kept)
