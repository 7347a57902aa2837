"""Names no passage mentions: a question about them is answered by no passage."""

from __future__ import annotations

import pytest

from index.text import lexical_terms
from index.unknown_names import designations_in, unknown_names

ARTICLES = (
    "Juan Guaido, Nicolas Maduro, Mario Diaz-Balart and a Republican congressman spoke to American and U.S. officials "
    "in Caracas."
)
VOCABULARY = set(lexical_terms(ARTICLES))


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("Which country disputes the Essequibo region with Venezuela?", ["Essequibo"]),
        ("Was Guaido's deputy Edgar Zambrano arrested after the uprising?", ["Edgar Zambrano"]),
        # A name with one word the articles use is theirs ("Moros" of "Nicolás Maduro Moros").
        ("How old is Nicolás Maduro Moros?", []),
        ("What did Mario Diaz-Balart say?", []),
        # Not a country the articles name in any form (Venezuela by its capital), nor a short word in capitals
        # ("GOP" for "Republican"), nor a Spanish question's words.
        ("What did Venezuela say?", []),
        ("Does Venezuela share a border with Guyana?", ["guyana"]),
        # However typed and in Spanish; not a language ("in Portuguese"), nor letters any passage has ("U.A.E.").
        ("does venezuela share a border with guyana", ["guyana"]),
        ("¿Venezuela tiene frontera con Guyana?", ["guyana"]),
        ("What did Guaido say in Portuguese?", []),
        ("What did the UAE say?", ["united arab emirates"]),
        ("what did that GOP lawmaker say", []),
        ("in that video where the APCs go in a circle thru the crowd, what were people chucking at them", []),
        ("¿Qué dijo la Guardia Nacional?", []),
        ("Which American official wished Guaido's backers God's blessing?", []),
        # A longer word in capitals is a name like any other.
        ("Who heads Venezuela's military counterintelligence agency, the DGCIM?", ["DGCIM"]),
        ("WHO IS JUAN GUAIDO", []),
        # A given name typed in lower case, with the word after it, is a name; one the articles have is theirs.
        ("what happened to guaido's chief of staff roberto marrero?", ["roberto marrero"]),
        ("did maria corina machado back the uprising", ["maria corina"]),
        ("what did juan guaido say", []),
        # In Spanish too, typed in lower case or capitalised: a name is the same in either language.
        ("¿Qué dijo roberto marrero?", ["roberto marrero"]),
        ("¿Dónde está Roberto Marrero?", ["Roberto Marrero"]),
        ("¿Qué dijo Juan Guaidó el martes?", []),
        ("¿Qué dijo la Guardia Nacional de Maduro?", []),
    ],
)
def test_a_name_no_passage_mentions_is_unknown(question, unknown):
    assert unknown_names(question, VOCABULARY.__contains__) == unknown


def test_a_given_name_in_lower_case_before_a_word_the_articles_have_names_no_one_new():
    vocabulary = VOCABULARY | set(lexical_terms("announce"))
    assert unknown_names("what did maria announce in caracas", vocabulary.__contains__) == []
    assert unknown_names("what did maria machado announce", vocabulary.__contains__) == ["maria machado"]
    # A word of grammar after it is no family name; a capitalised one is read as a name already.
    assert unknown_names("did the officials in caracas meet ana in person", vocabulary.__contains__) == []
    assert unknown_names("what did maria Machado announce", vocabulary.__contains__) == ["Machado"]


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("What is the Lima Group and where does it stand on Maduro?", ["Lima"]),
        ("¿Qué dijo el Grupo de Lima sobre Maduro?", ["Lima"]),
        ("what did the lima group say", ["lima"]),
        # The country itself, and a group named after a place the articles have, are theirs; so is a group of a
        # country's people, in Spanish after the noun or in lower case after "de".
        ("Is Peru against Maduro?", []),
        ("What did the Caracas group of protesters do?", []),
        ("¿Qué grupo peruano de derechos humanos informó de la muerte?", []),
        ("¿Qué grupo de peruanos pidió asilo?", []),
        ("Which Peruvian group backed Guaido?", []),
        ("What did the Lima Group's members say?", ["Lima"]),
    ],
)
def test_a_body_named_after_a_place_the_articles_never_name_is_unknown(question, unknown):
    vocabulary = set(lexical_terms(f"{ARTICLES} Peru backed Guaido; a group marched."))
    assert unknown_names(question, vocabulary.__contains__) == unknown


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        # A model no article has, typed in either language and either case.
        ("how much did venezuela pay for its russian s-300s", ["s300"]),
        ("¿Cuántos aviones F-35 compró Venezuela?", ["f35"]),
        # One an article has ("T-72 tanks"), however typed, and words that only hold a number.
        ("How many t72s did Nicaragua buy?", []),
        ("How many Venezuelans had left by mid-2019?", []),
        ("what happened on the 2nd day", []),
    ],
)
def test_a_models_designation_no_article_has_is_unknown(question, unknown):
    articles = "Nicaragua took delivery of 50 T-72 tanks bought from Russia."
    vocabulary = set(lexical_terms(f"{articles} {ARTICLES} venezuelan"))
    assert unknown_names(question, vocabulary.__contains__, designations_in(articles).__contains__) == unknown


def test_a_question_about_a_name_no_passage_mentions_has_every_passage_set_aside(one_story_state):
    from index.fit import lacking_rows

    body = "Guaido's deputy was arrested after the uprising in Caracas.\n\nMaduro said the coup had failed in T-72s."
    state = one_story_state("Venezuela story", "Wire", body)
    passages = [(row, state.passage_text(row)) for row in range(len(state.keys))]
    everything = {row for row, _ in passages}
    assert lacking_rows("Was Edgar Zambrano arrested after the uprising?", passages, state) == everything
    assert lacking_rows("Was Guaido's deputy arrested after the uprising?", passages, state) != everything
    assert lacking_rows("Did Guaido's deputy fly in a Su-30 after the uprising?", passages, state) == everything
    assert lacking_rows("Did Guaido's deputy ride a T-72 after the uprising?", passages, state) != everything


def test_an_outlet_of_the_articles_typed_short_is_no_unknown_name(one_story_state):
    from index.fit import lacking_rows

    body = "Over 70 persons have been injured in violent clashes in Caracas."
    state = one_story_state("Clashes in Caracas", "International Business Times", body)
    passages = [(row, state.passage_text(row)) for row in range(len(state.keys))]
    assert lacking_rows("how many people got hurt in the clashes according to IBTimes", passages, state) == set()
    # An outlet no article is of stays unknown: the articles hold nothing of its report.
    everything = {row for row, _ in passages}
    assert lacking_rows("how many people got hurt in the clashes according to NYTimes", passages, state) == everything
