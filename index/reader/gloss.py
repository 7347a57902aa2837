"""An English gloss of a Spanish question, phrase by phrase and word by word, so the English-reading reader can
weigh it.

The reader, built on English MiniLM, reads the gloss, and so does word search (BM25 over English articles);
the dense models read the Spanish itself (E5 is multilingual). The lexicon (`data/es_en_gloss.tsv`) and the
fixed expressions (`data/es_en_phrases.tsv`, written by a helper from general Spanish) are general vocabulary
of news questions, not the evaluation questions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from index.text import fold, guess_language

_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_DROPPED = {"¿", "¡"}
# Gender and number the lexicon may lack: "heridas", "detenida" are read as "heridos", "detenido". Feminine
# singulars only as participles: "puerta" (door) is not "puerto" (port).
_VARIANTS = (("as", "os"), ("ada", "ado"), ("ida", "ido"), ("es", ""), ("s", ""))
_COGNATES = (("ción", "tion"), ("ión", "ion"))
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


@lru_cache(maxsize=1)
def phrases() -> dict[tuple[str, ...], str]:
    """Spanish multiword expressions → English ("por qué" → "why", "primer ministro" → "prime minister"), keyed
    by their folded lower-case words: their meaning is not the sum of their words, or the word order differs."""
    text = resources.files("index").joinpath("data/es_en_phrases.tsv").read_text(encoding="utf-8")
    table: dict[tuple[str, ...], str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        spanish, english = line.split("\t", 1)
        table.setdefault(tuple(fold(spanish.strip().lower()).split()), english.strip())
    return table


@lru_cache(maxsize=1024)  # one question is glossed for word search and again for each passage read
def reader_text(question: str) -> str:
    """The question as the reader should see it: English as typed, Spanish glossed phrase by phrase, then word
    by word."""
    if guess_language(question) != "es":
        return question
    tokens = [t for t in _WORD.findall(question) if t not in _DROPPED]
    folded = [fold(t.lower()) for t in tokens]
    table, expressions = lexicon(), phrases()
    longest = max(map(len, expressions), default=0)
    out: list[str] = []
    position = 0
    while position < len(tokens):
        for size in range(min(longest, len(tokens) - position), 1, -1):
            english = expressions.get(tuple(folded[position : position + size]))
            if english:
                out.append(english)
                position += size
                break
        else:
            out.append(_word(tokens, position, table))
            position += 1
    return " ".join(out).replace(" ?", "?").replace(" ,", ",")


def _word(tokens: list[str], position: int, table: dict[str, str]) -> str:
    token = tokens[position]
    if position and token[:1].isupper() and _beside_capital(tokens, position):
        return token  # part of a name ("La Carlota", "Costa Rica", "El Nacional")
    lower = token.lower()
    found = table.get(lower) or table.get(fold(lower))
    if found or token[:1].isupper():
        return found or token  # names stay as typed
    for ending, replacement in _VARIANTS:  # "heridas" is glossed as "heridos"
        if lower.endswith(ending) and (found := table.get(fold(lower[: -len(ending)] + replacement))):
            return found
    for ending, replacement in _COGNATES:  # "religión", "inflación": English has the same word
        if lower.endswith(ending):
            return fold(lower[: -len(ending)]) + replacement
    return token  # unknown words stay as typed


def _beside_capital(tokens: list[str], position: int) -> bool:
    following = tokens[position + 1] if position + 1 < len(tokens) else ""
    previous = tokens[position - 1] if position > 1 else ""  # the first word is capitalised as a sentence's
    return following[:1].isupper() or previous[:1].isupper()


@lru_cache(maxsize=1024)  # read again for each passage of the question
def reader_question(question: str) -> str:
    """What the reader reads: `reader_text`, without words asking for the present ("current", "now"), since
    which report is newest is the engine's job, not the reader's."""
    glossed = reader_text(question)
    text = re.sub(r"\s+([?.!,])", r"\1", _NOW.sub("", glossed).strip())
    return text if re.search(r"\w", text) else glossed
