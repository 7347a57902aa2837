"""A passage naming its subject only as "he" or "the leader" is searched with the person named just before it."""

from __future__ import annotations

import pytest

from index.context import indexed_text

MADURO_RULE = "The latest chapter in Venezuela's political upheaval marks the most serious threat yet to Maduro's rule."
LEADER = "The leader, who has been relying on support from Russia and China, was largely absent on Tuesday."
FIGUERA = (
    "Manuel Ricardo Cristopher Figuera, the head of SEBIN, wrote a letter saying he had always been loyal to Maduro."
)
HE_SAID = "He said corruption has become so rampant that many high-ranking public servants practice it like a sport."


@pytest.mark.parametrize(
    ("text", "previous", "searched"),
    [
        # The first person named before: a name in full, else a capitalised name that is no country.
        (LEADER, MADURO_RULE, f"Maduro: {LEADER}"),
        (HE_SAID, FIGUERA, f"Manuel Ricardo Cristopher Figuera: {HE_SAID}"),
        # A person after a place: "La Victoria" is capitalised, but nobody.
        (HE_SAID, "In La Victoria, opposition leader Leopoldo Lopez spoke to the crowd.", f"Leopoldo Lopez: {HE_SAID}"),
        # A passage naming someone itself, or opening with its subject, is searched as it is.
        (
            "He told Juan Guaido the army would not follow him.",
            FIGUERA,
            "He told Juan Guaido the army would not follow him.",
        ),
        (MADURO_RULE, FIGUERA, MADURO_RULE),
        # Nobody named before it: nothing to add ("Venezuela" is a country).
        (LEADER, "Venezuela's crisis deepened on Tuesday.", LEADER),
    ],
)
def test_a_nameless_subject_is_searched_with_the_name_before_it(text, previous, searched):
    assert indexed_text(text, previous) == searched


def test_the_name_finds_the_passage_and_the_quote_stays_the_articles_text(one_story_state):
    state = one_story_state("Spy chief breaks ranks", "Wire", f"{FIGUERA}\n\n{HE_SAID}")
    found = {state.passage_text(int(row)) for row in state.lexical.rows_holding("figuera")}
    assert HE_SAID in found  # searched as "Manuel Ricardo Cristopher Figuera: He said…", quoted as written
