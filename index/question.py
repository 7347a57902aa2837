"""A question as the engine takes it: checked once (not empty, not too long) and its content words stemmed."""

from __future__ import annotations

from index.errors import QuestionError
from index.results import Question
from index.text import lexical_terms

# The one limit on a question, for the bot and the command line alike: longer ones would crowd the passage out
# of what the reader reads with it (192 tokens).
MAX_QUESTION_CHARS = 300


def read_question(text: str) -> Question:
    """The question checked (QuestionError when empty or over `MAX_QUESTION_CHARS`) with its content terms,
    stemmed once."""
    text = validate_question(text)
    return Question(text, lexical_terms(text))


def validate_question(question: str) -> str:
    """The question with surrounding space removed; raises QuestionError for empty or overlong ones."""
    question = " ".join((question or "").split())
    if not question:
        raise QuestionError("the question is empty")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is {len(question)} characters long; the limit is {MAX_QUESTION_CHARS}")
    return question
