"""Whether a sentence telling an act tells it of the person asked about: "was Guaido arrested after the uprising?" is
not answered by "Detained in 2014…, Mr Lopez said he had been released from house arrest by security forces adhering
to an order from Mr Guaido", where the arrest is Lopez's and Guaido only gave an order."""

from __future__ import annotations

from collections.abc import Set

from index.text import THIRD_PERSON, word_stems, words

# Words between the act and whom it befell ("Maduro ordered the arrest of opposition leader Juan Guaido").
REACH = 8


def told_of(sentence: str, asked: Set[str], others: Set[str], acts: Set[str]) -> bool:
    """Whether `sentence` says one of the `acts` (verb stems) near a word of the person asked about (`asked`, folded
    name words), or near a pronoun after their name or after no one else's (`others`). A sentence whose act is told
    only across words (a phrasal verb) is taken as telling it of them."""
    tokens = words(sentence)
    acting = [at for at, token in enumerate(tokens) if acts & set(word_stems(token))]
    if not acting:
        return True
    for at in acting:
        near = range(max(0, at - REACH), min(len(tokens), at + REACH + 1))
        if any(tokens[i] in asked for i in near):
            return True
        pronouns = [i for i in near if THIRD_PERSON.fullmatch(tokens[i])]
        if any(asked & set(tokens[:i]) or not others & set(tokens[:i]) for i in pronouns):
            return True
    return False
