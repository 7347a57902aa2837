"""Which questions ask who a named person is (and so need a passage naming that person)."""

import pytest

from index.identity import names_the_person, person_aged, person_asked_about


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("who was simon bolivar", ("simon", "bolivar")),
        ("Who is Juan Guaidó?", ("juan", "guaido")),
        ("¿Quién es Leopoldo López?", ("leopoldo", "lopez")),
        ("who's guaido", ("guaido",)),
        ("WHO IS GUAIDO", ("guaido",)),
        ("who is Guaido", ("guaido",)),
        ("Who is Mr Guaido?", ("guaido",)),  # a title is not a name
        # where or when someone was born needs a passage naming them as much
        ("where was guaido born tho", ("guaido",)),
        ("¿Dónde nació Svetlana Tikhanovskaya?", ("svetlana", "tikhanovskaya")),
        # so does what became of someone
        ("What happened to Cristopher Figuera after he turned on Maduro? Was he caught?", ("cristopher", "figuera")),
        ("what happened to figuera after he wrote the letter?", ("figuera",)),
        ("¿Qué le pasó a Cristopher Figuera después de publicar su carta?", ("cristopher", "figuera")),
        ("¿Qué pasó con Ali Bongo?", ("ali", "bongo")),
        ("What happened to Julio Borges?", ("borges",)),  # "julio" is also July: only the name is checked
    ],
)
def test_a_question_asking_who_somebody_is_names_the_person(question, names):
    assert person_asked_about(question) == names


@pytest.mark.parametrize(
    "question",
    [
        "who is the president of Chile",  # a role: the holder check's business
        "who is maduro's vice president",
        "Who is SEBIN's chief?",
        "who is president",
        "who is behind the attack",
        "who is in charge",
        "what happened to the photographer after he was shot?",
        # a group or a country is no person, whatever its capitals
        "what happened to defectors after the uprising",
        "What happened to Protesters after the uprising?",
        "¿Qué pasó con manifestantes heridos?",
        "¿Qué pasó con Rusia después del levantamiento?",
        "¿Qué pasó a las afueras de La Carlota?",
        "¿Quién es el jefe del SEBIN?",
        "who leads sebin",
        "Who is Guaido and why does he claim the presidency?",
        # what only looks like a name: a verb's form, a lower-case word among capitalised ones, kin, fillers
        "who was arrested",
        "Who was arrested in Caracas?",
        "who is winning",
        "¿quién fue detenida?",
        "who is vp",
        "who is guaido really",
        "Who Was Arrested?",
        "WHO WAS ARRESTED",
        "who was hurt",
        "quien es responsable",
        "where was the man born",
        "¿Dónde nació el presidente?",
    ],
)
def test_a_question_about_a_role_or_a_description_names_nobody(question):
    assert person_asked_about(question) == ()


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("How old is Omar al-Bashir?", ("omar", "bashir")),
        ("how old is guaido anyway", ("guaido",)),  # the name ends where other words begin
        ("How old was Nicolas Maduro in 2019?", ("nicolas", "maduro")),
        ("¿Cuántos años tiene Juan Guaidó?", ("juan", "guaido")),
        ("What is Juan Guaido's age?", ("juan", "guaido")),
        ("how old is the guy leading the opposition", ()),  # a description, no name
        ("how old is burkina's new strongman", ()),
    ],
)
def test_a_question_asking_how_old_somebody_is_names_the_person(question, names):
    assert person_aged(question) == names


def test_what_became_of_a_named_person_is_told_only_by_a_passage_naming_them():
    question = "¿Qué le pasó a Cristopher Figuera después de publicar su carta?"
    assert not names_the_person(question, "Mr Lopez said he had been released from house arrest.")
    assert names_the_person(question, "Figuera later fled to Colombia, officials said.")
