"""People and places named in the articles: found from capitalised words, merged by surname, matched to topics."""

from __future__ import annotations

import re
from collections import Counter

from index.text import fold, word_set

_NAME = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ\-]+(?:(?:[ \t]+(?:de|del|la|los|las))?[ \t]+[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ\-]+){0,4}"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"'“‘(]\s*|\n\s*)$")
_TITLES = word_set(
    """
    president minister secretary senator general gen adviser advisor spokesman spokeswoman chief
    director commander ambassador congressman leader mr mrs ms dr
    """
)
_PARTICLES = frozenset({"la", "el", "los", "las"})
# Capitalised words that are titles, sentence openers or months, not names.
_NOT_NAMES = word_set(
    """
    mr mrs ms dr gen general president vice secretary state senator minister defence defense foreign
    national security adviser advisor acting interim opposition leader venezuelan venezuelans the a
    an in one two three day night on at of but and or as he she it they we i his her its their this
    that these those there here what who when where why how after before while with without for from
    by to update earlier finally meanwhile still later amid so if not no yes also then however
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today tomorrow yesterday supporters supporter
    protesters protester demonstrators anti-government pro-guaido pro-maduro pro-government
    republican congressman journalist officials official police guard army military forces armed
    photo video el la los las en de del un una por para brazilian american russian chilean cuban
    """
)
_MIN_MENTIONS = 2


def names_in(text: str) -> Counter[tuple[str, str]]:
    """Candidate names in `text` as (folded key, surface form): titles and sentence words trimmed off, and a
    lone word that opens a sentence ignored (it is capitalised for another reason)."""
    found: Counter[tuple[str, str]] = Counter()
    for line in text.splitlines():
        if not _is_headline(line):
            found.update(_names_in_line(line))
    return found


def _is_headline(line: str) -> bool:
    """A Title Case line with no final full stop (a headline) names nothing reliably."""
    words = re.findall(r"[^\W\d_]+", line)
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= 4 and capitalised >= 0.7 * len(words) and not line.rstrip().endswith((".", "!", "?"))


def _names_in_line(text: str) -> Counter[tuple[str, str]]:
    found: Counter[tuple[str, str]] = Counter()
    for match in _NAME.finditer(text):
        tokens = match.group(0).split()
        tokens[0] = re.sub(r"^(?i:pro|anti)-(?=[A-ZÁÉÍÓÚÑ])", "", tokens[0])
        titles = [i for i, t in enumerate(tokens) if fold(t) in _TITLES]
        if titles:
            tokens = tokens[titles[-1] + 1 :]
        keep_particle = len(tokens) > 1 and fold(tokens[0]) in _PARTICLES
        while tokens and fold(tokens[0]) in _NOT_NAMES and not keep_particle:
            tokens.pop(0)
        while tokens and fold(tokens[-1]) in _NOT_NAMES:
            tokens.pop()
        if not tokens:
            continue
        opens_sentence = _SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()]) is not None
        if len(tokens) == 1 and opens_sentence and match.group(0).split()[0] == tokens[0]:
            continue
        surface = re.sub(r"['’]s?$", "", " ".join(tokens))
        found[(fold(surface), surface)] += 1
    return found


class EntityIndex:
    """The corpus's people and places with mention counts; a surname alone means its best-known bearer."""

    def __init__(self, counts: Counter[str], display: dict[str, str] | None = None) -> None:
        self.counts = Counter({k: c for k, c in counts.items() if c >= _MIN_MENTIONS or " " in k})
        self.display = display or {}
        self.alias: dict[str, str] = {}
        for name, _count in self.counts.most_common():
            tokens = name.split()
            if len(tokens) > 1:
                self.alias.setdefault(tokens[-1], name)
        for name in list(self.counts):
            canonical = self.alias.get(name)
            if canonical and canonical != name and " " not in name:
                self.counts[canonical] += self.counts.pop(name)

    @classmethod
    def from_names(cls, found: Counter[tuple[str, str]]) -> EntityIndex:
        """Build the index from (key, surface form) counts, showing each name in its commonest form."""
        counts: Counter[str] = Counter()
        forms: dict[str, Counter[str]] = {}
        for (key, surface), count in found.items():
            counts[key] += count
            forms.setdefault(key, Counter())[surface] += count
        return cls(counts, {key: form.most_common(1)[0][0] for key, form in forms.items()})

    def canonical(self, name: str) -> str | None:
        """The entity a mention refers to ("lopez" -> "leopoldo lopez"), or None if unknown."""
        key = fold(name).strip()
        if key in self.counts:
            return key
        return self.alias.get(key)

    def resolve_topic(self, topic: str) -> str | None:
        """The best-known entity matching a topic typed by a person, if any."""
        key = fold(topic).strip()
        if not key:
            return None
        direct = self.canonical(key)
        if direct:
            return direct
        matches = [name for name in self.counts if key in name.split() or name.startswith(key)]
        return max(matches, key=lambda n: self.counts[n]) if matches else None

    def suggestions(self, prefix: str, limit: int = 25) -> list[str]:
        """Entity names containing `prefix`, most mentioned first, for autocomplete."""
        key = fold(prefix).strip()
        ranked = [name for name, _ in self.counts.most_common() if key in name]
        return [self.display.get(name, name.title()) for name in ranked[:limit]]

    def as_dict(self) -> dict:
        """Plain data for the index files."""
        return {"counts": dict(self.counts), "display": self.display}

    @classmethod
    def from_dict(cls, data: dict) -> EntityIndex:
        """The inverse of `as_dict`."""
        return cls(Counter(data.get("counts", {})), data.get("display", {}))
