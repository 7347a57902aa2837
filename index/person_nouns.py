"""Nouns for a person, shared by the readings that tell a question asking for someone's name: "which official…",
"the us official who…, who was it", "3 top military guys, who were they", "which Maduro supporters did Bolton call
out by name". Each reading takes the list as a regular-expression alternation, singular or plural.

`whose_name` keeps its own groups: there the words say which people count as the same kind ("a lawyer" is "an
attorney"), not whether a question asks for a name.
"""

from __future__ import annotations

# Everyday and press words for one person, in English.
PERSON_NOUNS = (
    "official",
    "officer",
    "general",
    "commander",
    "soldier",
    "diplomat",
    "ambassador",
    "envoy",
    "minister",
    "governor",
    "mayor",
    "lawmaker",
    "senator",
    "congressman",
    "congresswoman",
    "politician",
    "aide",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "journalist",
    "reporter",
    "photographer",
    "cameraman",
    "correspondent",
    "columnist",
    "commentator",
    "pundit",
    "newscaster",
    "presenter",
    "interviewer",
    "source",
    "prosecutor",
    "judge",
    "lawyer",
    "attorney",
    "activist",
    "ally",
    "republican",
    "protester",
    "driver",
    "guy",
    "man",
    "woman",
    "person",
)
# Words only for several people ("which Maduro supporters…", "3 senior military figures").
GROUP_NOUNS = ("people", "persons", "figures", "leaders", "supporters", "loyalists", "allies", "members", "individuals")

_IRREGULAR = {"man": "men", "woman": "women", "person": "people"}


def plural(noun: str) -> str:
    """The plural of a person noun ("official" → "officials", "spokesman" → "spokesmen")."""
    for single, several in _IRREGULAR.items():
        if noun.endswith(single):
            return noun.removesuffix(single) + several
    return noun + "s"


def one_person() -> str:
    """An alternation of the nouns for one person."""
    return "|".join(PERSON_NOUNS)


def several_people() -> str:
    """An alternation of the nouns for several people."""
    return "|".join(sorted({plural(noun) for noun in PERSON_NOUNS} | set(GROUP_NOUNS)))
