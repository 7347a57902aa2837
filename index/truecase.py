"""Names typed in lower case ("which party is guaido from", "who took over sebin"), written as the articles write
them ("Guaido", "SEBIN") for the checks that look for a question's names: a word counts as a name only if the
articles name someone or something with it, it is not a word first ("liberty"), and the passages holding it never
write it in lower case."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from index.text import fold, guess_language, word_set
from index.typos import slip_of

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Words that names are made of but that are words first ("National Assembly", "Operation Liberty", "Fox News"): a
# small corpus may happen never to write them in lower case.
_WORDS_FIRST = word_set(
    "affairs agency army assembly bank business center centre church city committee copyright council court "
    "department east federal force forces fort freedom front gold guard guards house institute international "
    "kingdom liberty national news north operation pan party people post press republic san south square state "
    "states times turkey union united university west world fox"
)


# A name typed with a slip ("guiado", "maduor") is read as the name in English questions when it is this long.
_SHORTEST_SLIPPED_NAME = 5


def name_spellings(display_names: Iterable[str]) -> dict[str, str]:
    """Each word of `display_names` ("Juan Guaido", "SEBIN") by its folded lower case, when it is at least three
    letters long, starts with a capital and is not a word first ("liberty")."""
    spellings: dict[str, str] = {}
    for name in display_names:
        for word in _WORD.findall(name):
            if len(word) >= 3 and word[0].isupper() and fold(word.lower()) not in _WORDS_FIRST:
                spellings.setdefault(fold(word.lower()), word)
                if re.fullmatch(r"[^\W\d_]+-[^\W\d_]+", word):  # "diaz balart", typed without the hyphen
                    spellings.setdefault(fold(word.lower()).replace("-", " "), word)
    return spellings


def written_in_lower_case(word: str, passages: Iterable[str]) -> bool:
    """Whether any of `passages` writes `word` in lower case, as a word of its own."""
    lower = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])")
    return any(lower.search(fold(_lower_words_only(text))) for text in passages)


def _lower_words_only(text: str) -> str:
    """`text` with every word that is not all lower case blanked out."""
    return _WORD.sub(lambda word: word.group() if word.group().islower() else " ", text)


def recased(question: str, spellings: Mapping[str, str], common: Callable[[str], bool] = lambda word: False) -> str:
    """`question` with each lower-case word that `spellings` knows as a name, and that is not `common` (written in
    lower case by the articles), written as the articles write it; in English, a word one slip from such a name and
    in no dictionary ("guiado") too."""
    if not spellings:
        return question
    english = guess_language(question) == "en"

    def name_of(word: str) -> str | None:
        name = spellings.get(word)
        return name if name and not common(word) else None

    def spelt(word: re.Match[str]) -> str:
        typed = word.group()
        if not typed.islower():
            return typed
        possessive = re.search(r"['’]s$", typed)
        bare = typed[: possessive.start()] if possessive else typed
        name = name_of(fold(bare))
        if name:
            return name + typed[len(bare) :]
        owner = name_of(fold(bare[:-1])) if bare.endswith("s") else None  # "guaidos" as "Guaido's"
        if owner:
            return owner + "'s"
        slipped = None
        if english and len(bare) >= _SHORTEST_SLIPPED_NAME:
            slipped = slip_of(fold(bare), spellings, careful=True)  # "guiado" as "Guaido"
        name = name_of(slipped) if slipped else None
        return name + typed[len(bare) :] if name else typed

    return _WORD.sub(spelt, _hyphens_restored(question, name_of))


def _hyphens_restored(question: str, name_of: Callable[[str], str | None]) -> str:
    """`question` with two lower-case words that a hyphenated name is made of ("diaz balart") written as that name."""
    words = list(re.finditer(r"[^\W\d_]+", question))
    kept, last, at = [], 0, 0
    while at < len(words) - 1:
        first, second = words[at], words[at + 1]
        pair = f"{first.group()} {second.group()}"
        name = name_of(fold(pair)) if question[first.start() : second.end()] == pair and pair.islower() else None
        if name:
            kept += [question[last : first.start()], name]
            last, at = second.end(), at + 2
        else:
            at += 1
    return "".join([*kept, question[last:]])
