"""People the articles never name ("Was Guaido's deputy Edgar Zambrano arrested after the uprising?"): when no word of
a person's name that the question gives occurs anywhere in the corpus, no passage can tell anything about them, however
much it says of the people around them.

Only names of people as the name finder reads them (two capitalised words, or one after a title: "Edgar Zambrano",
"President Duque"): a single capitalised word may be a paraphrase's own ("the GOP lawmaker", "the Pentagon chief"),
and a Spanish question's capitalised words may be Spanish for what the articles say in English ("Operación
Libertad"), so Spanish questions are not read.
"""

from __future__ import annotations

import re

from index.lexical import LexicalIndex
from index.names import names_in
from index.text import guess_language, lexical_terms, word_set

# Capitalised at the head of a question, not part of a name ("Which Florida congressional district…").
_QUESTION_WORDS = word_set("which what who whom whose does did do is was were are has had how where when why")


def names_unknown_to(question: str, lexical: LexicalIndex) -> list[str]:
    """The people `question` names of whom no word occurs in the index behind `lexical`."""
    if guess_language(question) == "es":
        return []
    unknown = []
    for name in names_in(question):
        words = [word for word in re.findall(r"[^\W\d_]+", name) if word.lower() not in _QUESTION_WORDS]
        terms = [term for word in words if len(word) > 2 for term in lexical_terms(word)]
        if terms and not lexical.known_terms(terms):
            unknown.append(name)
    return unknown
