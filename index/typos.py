"""Slips of the keyboard in the words the checks read a question by, mended ("wher was guaido born" → "where was
guaido born", "what politcal party" → "what political party", "what happend to figuera" → "what happened to
figuera"), so that a question typed in haste is checked as it was meant; the models read it mended too
(`question.read_question`).

Only an English word that no dictionary holds is mended, only into a word of the list below that is one slip away (a
letter left out, two swapped, one mistyped or one typed too many), and only when one word is the likeliest: a name
("duque", "zulia") is no slip from a common word, and a word of its own ("parts", "were", "injure", "spokesmen") is
left as typed. The dictionary is the whole-word vocabulary of the packaged MiniLM model.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from index.reader.network import base_model_path
from index.text import guess_language

# Words whose shape the checks read: asking words, and the acts, people and things asked about most.
_WORDS_READ = frozenset(
    """
    where when what which whose whom why how many much there their
    happened happen happens happening did does have been were would could should
    born married arrested detained killed died injured wounded shot charged released freed jailed imprisoned
    sentenced elected appointed fled escaped exiled resigned defected captured kidnapped tortured deported
    sanctioned sanctions political party president minister ambassador general military soldiers troops
    government opposition embassy asylum uprising protest protests protesters country countries capital currency
    population birthplace hometown protester wife husband daughter brother sister father mother children
    years lawyer education studied university degree religion salary reason because after before later
    exactly actually eventually finally called number people percent percentage total million billion dollars money
    company companies leader leaders spokesman spokeswoman director chief intelligence police guard national assembly
    supreme court constitution election elections result results announced support supported
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday yesterday tomorrow morning evening afternoon
    venezuela venezuelan caracas russia russian brazil brazilian colombia cuba cuban china chinese
    """.split()
)
# Apostrophes left out in chat: words of their own, not slips ("theyre" is no "there").
_CONTRACTIONS = frozenset(
    """
    theyre youre dont doesnt didnt cant wont isnt wasnt arent werent hasnt havent hadnt shouldnt couldnt wouldnt
    whos whats wheres whens hows thats theres heres lets youve weve theyve itll youll theyll shes hes
    """.split()
)
# Endings a known word may take ("docs", "bailed", "protestors"): such a word is known, not a slip.
_ENDINGS = ("s", "es", "ed", "ing", "er", "ers", "or", "ors", "ly")
# A word the dictionary holds only with an ending ("injured", not "injure") is a word of its own when this long.
_BASE_ENDINGS = ("s", "d", "ed", "es", "r", "n")
_SHORTEST_BASE = 5
# Shorter words are mended only for a letter left out or two swapped: "wifi" is no slip of "wife".
_SHORTEST_MISTYPED = 6
_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][a-z]{3,}(?![\w'’-])")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The whole words of the packaged MiniLM vocabulary (no word pieces) and the words the checks read."""
    vocabulary = base_model_path() / "vocab.txt"
    words = vocabulary.read_text(encoding="utf-8").split()
    return frozenset(word for word in words if word.isalpha() and word.isascii()) | _WORDS_READ


def with_typos_mended(question: str) -> str:
    """`question` with each unknown word one slip from a word the checks read written as that word."""
    if guess_language(question) != "en":
        return question
    return _WORD.sub(lambda typed: _as_typed(typed.group(), _mended(typed.group().lower())), question)


def _as_typed(typed: str, meant: str) -> str:
    """`meant` with the capital `typed` began with."""
    return typed if meant == typed.lower() else (meant.capitalize() if typed[0].isupper() else meant)


@lru_cache(maxsize=4096)
def _mended(word: str) -> str:
    """The word the checks read that `word` is likeliest a slip of, or `word` itself."""
    return slip_of(word, _WORDS_READ) or word


def slip_of(word: str, meant_words: Container[str], careful: bool = False) -> str | None:
    """The one word of `meant_words` that `word`, a word no dictionary holds, is likeliest a slip of, or None; when
    `careful`, only a letter left out or two swapped ("guiado" for "guaido", not "marido" for "Mario")."""
    if is_a_known_word(word):
        return None
    slips = [_letter_left_out, _letters_swapped]
    if len(word) >= _SHORTEST_MISTYPED and not careful:
        slips += [_letter_mistyped, _letter_typed_too_many]
    for slip in slips:
        meant = {candidate for candidate in slip(word) if candidate in meant_words}
        if meant:
            return meant.pop() if len(meant) == 1 else None
    return None


def load_dictionary() -> None:
    """Read the dictionary now (the engine does at start-up), so that no question waits for it."""
    _dictionary()


def is_a_known_word(word: str) -> bool:
    """Whether the lower-case `word` is a word of its own: in the dictionary or the list, a chat contraction, or a
    known word with an ending ("docs", "bailed"; not "duque"). The dictionary is uncased: it holds some names too
    ("lopez")."""
    known = _dictionary()
    if word in known or word in _CONTRACTIONS:
        return True
    if word.endswith("ed") and word[:-1] in known:
        return True  # "freed", "used"; not "happend"
    if word.endswith("men") and f"{word[:-3]}man" in known:
        return True  # "spokesmen"
    if len(word) >= _SHORTEST_BASE and any(f"{word}{ending}" in known for ending in _BASE_ENDINGS):
        return True  # "injure", whose "injured" the dictionary holds; not "wher"
    return any(word.endswith(ending) and word[: -len(ending)] in known for ending in _ENDINGS)


def _letter_left_out(word: str) -> set[str]:
    """The words `word` would be with one more letter ("wher" → "where"); not a plural's "s" ("sanction" is one)."""
    return {word[:i] + letter + word[i:] for i in range(len(word) + 1) for letter in _LETTERS} - {f"{word}s"}


def _letters_swapped(word: str) -> set[str]:
    """The words `word` would be with two neighbouring letters swapped ("happned" → "happend")."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


def _letter_mistyped(word: str) -> set[str]:
    """The words `word` would be with one letter changed ("arrestad" → "arrested")."""
    return {word[:i] + letter + word[i + 1 :] for i in range(len(word)) for letter in _LETTERS if letter != word[i]}


def _letter_typed_too_many(word: str) -> set[str]:
    """The words `word` would be with one letter fewer ("bornn" → "born", "arrestsed" → "arrested")."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}
