"""The question log in SQLite: hashed members, one changeable vote each, retention, and a member's deletion."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from index.questionlog import QuestionLog, Span, load_salt, quoted_spans, verdict_of
from index.search import Answer, Quote, Source

MEMBER, OTHER = 123456789012345678, 876543210987654321
NOW = dt.datetime(2019, 5, 10, 12, tzinfo=dt.UTC)


@pytest.fixture
def question_log(tmp_path) -> QuestionLog:
    return QuestionLog(tmp_path / "questions.sqlite3", load_salt(tmp_path), retention_days=90)


def _dump(path) -> bytes:
    with sqlite3.connect(path) as db:
        return "\n".join(db.iterdump()).encode()


def test_a_member_is_stored_as_a_salted_hash_never_the_raw_id(question_log, tmp_path):
    question_log.record(1, 42, MEMBER, "who leads SEBIN", "answered", [Span("a", 0, 10)], when=NOW)
    dump = _dump(question_log.path)
    assert str(MEMBER).encode() not in dump and b"who leads SEBIN" in dump
    other_salt = QuestionLog(tmp_path / "x.sqlite3", b"another salt")
    assert question_log.member_hash(MEMBER) != other_salt.member_hash(MEMBER), "the hash depends on the salt"
    assert load_salt(tmp_path) == load_salt(tmp_path), "the salt file is made once and kept"
    assert load_salt(tmp_path, "configured") == b"configured"


def test_one_vote_per_member_per_answer_and_it_can_be_changed(question_log):
    question_log.record(7, 42, MEMBER, "when was Chavez born", "answered", when=NOW)
    assert question_log.vote(7, MEMBER, 1)
    assert question_log.vote(7, MEMBER, 1)
    assert question_log.vote(7, OTHER, 1)
    [logged] = question_log.questions()
    assert (logged.up, logged.down) == (2, 0), "a second 👍 from the same member is not counted twice"
    assert question_log.vote(7, MEMBER, -1, "outdated")
    [logged] = question_log.questions()
    assert (logged.up, logged.down, logged.reasons) == (1, 1, ["outdated"])
    assert question_log.vote(7, MEMBER, -1, "other", "x" * 500)
    assert question_log.questions()[0].notes == ["x" * 200]
    assert not question_log.vote(999, MEMBER, 1), "a vote on an answer the log does not hold is not stored"


def test_forget_me_deletes_a_members_questions_and_votes_only(question_log):
    question_log.record(1, 42, MEMBER, "mine", "declined", when=NOW)
    question_log.record(2, 42, OTHER, "theirs", "declined", when=NOW)
    question_log.vote(2, MEMBER, -1)
    question_log.vote(2, OTHER, -1)
    assert question_log.forget(MEMBER) == (1, 1)
    [left] = question_log.questions()
    assert left.question == "theirs" and left.down == 1


def test_rows_older_than_the_retention_are_deleted(question_log):
    question_log.record(1, 42, MEMBER, "old", "declined", when=NOW - dt.timedelta(days=91))
    question_log.record(2, 42, MEMBER, "recent", "declined", when=NOW - dt.timedelta(days=89))
    question_log.vote(1, OTHER, -1, when=NOW - dt.timedelta(days=91))
    question_log.vote(2, OTHER, -1, when=NOW - dt.timedelta(days=1))
    assert question_log.prune(now=NOW) == 1
    [left] = question_log.questions()
    assert left.question == "recent" and left.down == 1
    with sqlite3.connect(question_log.path) as db:
        assert db.execute("SELECT count(*) FROM votes").fetchone() == (1,)


def test_flagged_questions_are_the_declined_and_the_voted_down_of_one_server(question_log):
    question_log.record(1, 42, MEMBER, "answered well", "answered", when=NOW)
    question_log.record(2, 42, MEMBER, "answered badly", "answered", when=NOW)
    question_log.record(3, 42, MEMBER, "declined", "declined", when=NOW)
    question_log.record(4, 42, MEMBER, "only related", "related", when=NOW)
    question_log.record(5, 77, MEMBER, "elsewhere", "declined", when=NOW)
    question_log.vote(1, OTHER, 1)
    question_log.vote(2, OTHER, -1, "wrong_quote")
    flagged = {q.question for q in question_log.questions(42, only_flagged=True)}
    assert flagged == {"answered badly", "declined", "only related"}


def _quote(article_id: str, start: int, end: int) -> Quote:
    return Quote("text", 1.0, Source(article_id, "T", "S", "2019-05-01", "", start, end))


def test_the_verdict_and_spans_come_from_the_answer_with_or_without_related_quotes():
    answered = Answer("q", quotes=(_quote("a", 3, 9),))
    assert verdict_of(answered) == "answered" and quoted_spans(answered) == [Span("a", 3, 9)]
    declined = Answer("q", abstained=True, reason="off topic")
    assert verdict_of(declined) == "declined" and quoted_spans(declined) == []
    related_only = Answer("q", abstained=True, reason="not answered", related=(_quote("b", 0, 5),))
    assert verdict_of(related_only) == "related" and quoted_spans(related_only) == [Span("b", 0, 5)]
