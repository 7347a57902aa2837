"""A word-by-word English gloss of a Spanish question, so the English-reading reader can weigh it.

The reader, built on English MiniLM, reads the gloss, and so does word search (BM25 over English articles);
the dense models read the Spanish itself (E5 is multilingual). The lexicon is general vocabulary of news
questions, not the evaluation questions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from index.text import fold, guess_language

_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_DROPPED = {"¿", "¡"}
# "Who is the current SEBIN director?" asks who holds the post in the newest report, which the engine settles
# by putting the newest report first with its date; left in, the word made the reader doubt every passage
# (0.05 against 0.46 without it). "now that…" is a conjunction, not a time. Narrower than ranking's words for
# a question about how things stand: "still", "latest" or "today" change what is asked, so the reader keeps them.
_NOW = re.compile(r"\s*\b(?:currently|current|right now|at present|presently|now(?! that\b))\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Spanish word form → English gloss, read once from the packaged table (accented and folded keys)."""
    text = resources.files("index").joinpath("data/es_en_gloss.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        spanish, english = line.split("\t", 1)
        spanish, english = spanish.strip().lower(), english.strip()
        table.setdefault(spanish, english)
        table.setdefault(fold(spanish), english)
    return table


@lru_cache(maxsize=1024)  # one question is glossed for word search and again for each passage read
def reader_text(question: str) -> str:
    """The question as the reader should see it: English as typed, Spanish glossed word by word."""
    if guess_language(question) != "es":
        return question
    table = lexicon()
    tokens = [t for t in _WORD.findall(question) if t not in _DROPPED]
    out = []
    for position, token in enumerate(tokens):
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        if position and token[:1].isupper() and following[:1].isupper():
            out.append(token)  # part of a name ("La Carlota", "El Nacional")
            continue
        lower = token.lower()
        out.append(table.get(lower) or table.get(fold(lower)) or token)  # names and unknown words stay as typed
    return " ".join(out).replace(" ?", "?").replace(" ,", ",")


@lru_cache(maxsize=1024)  # read again for each passage of the question
def reader_question(question: str) -> str:
    """What the reader reads: `reader_text`, without words asking for the present ("current", "now"), since
    which report is newest is the engine's job, not the reader's."""
    glossed = reader_text(question)
    text = re.sub(r"\s+([?.!,])", r"\1", _NOW.sub("", glossed).strip())
    return text if re.search(r"\w", text) else glossed
