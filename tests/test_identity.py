"""Which questions ask who a named person is (and so need a passage naming that person)."""

import pytest

from index.identity import names_the_person, person_aged, person_asked_about, states_the_persons_age


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
        # a chat word after the name is no part of it
        ("who is hugo chavez btw", ("hugo", "chavez")),
        ("who is guaido now", ("guaido",)),
        ("who is guaido really", ("guaido",)),
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
        # what only looks like a name: a verb's form, a lower-case word among capitalised ones, kin, titles
        "who was arrested",
        "Who was arrested in Caracas?",
        "who is winning",
        "¿quién fue detenida?",
        "who is vp",
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


@pytest.mark.parametrize(
    "question",
    [
        "How old is Juan Guaido?",
        "how old is guaido anyway",
        "What is Juan Guaido's age?",
        "¿Qué edad tiene Juan Guaidó?",
        "How old is Mr. Guaido?",
        # Chat fillers after the name end it: "btw" is not a name.
        "how old is guaido btw",
        "how old is guaido again?",
        "¿Cuántos años tiene Guaidó ahora?",
    ],
)
def test_the_asked_persons_stated_age_answers_how_old_they_are(question):
    article = "Opposition leader Juan Guaidó called for an uprising."
    assert states_the_persons_age(question, "Opposition leader Juan Guaido, 35, invoked the constitution.")
    assert states_the_persons_age(question, "Guaido, 35, invoked the constitution on January 23.", article)
    assert states_the_persons_age(question, "Guaidó, the telegenic 35-year-old leader of the opposition.", article)


@pytest.mark.parametrize("question", ["How old is Maria Guaido?", "How old is Fabiana Guaido?"])
def test_a_first_name_the_article_never_gives_is_someone_else_of_the_family(question):
    article = "Opposition leader Juan Guaido called for an uprising."
    assert not states_the_persons_age(question, "Guaido, 35, invoked the constitution.", article)
    assert not states_the_persons_age(question, "Guaido, 35, invoked the constitution.")


@pytest.mark.parametrize("question", ["How old is Robert Mugabe?", "How old is Mugabe?", "how old is mugabe anyway"])
def test_a_title_before_the_name_does_not_hide_whose_age_it_is(question):
    assert states_the_persons_age(question, "Tanks confined President Robert Mugabe, 93, to his home.")


def test_a_last_name_alone_is_answered_by_the_age_of_whoever_bears_it():
    passage = "Defence Minister Vladimir Padrino Lopez, 55, stood by Maduro."
    assert states_the_persons_age("How old is Padrino?", passage)
    assert states_the_persons_age("How old is Vladimir Padrino?", passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # Another person's age, even beside the asked person's name.
        ("How old is Juan Guaido?", "Guaido stood beside Lopez, 48, on the overpass."),
        ("How old is Guaido?", "Guaido's 24-year-old supporter was shot in La Victoria."),
        # An age at some moment, or a description instead of a name: the stated age need not be the one asked.
        ("How old was Guaido when he declared himself president?", "Guaido, 35, invoked the constitution."),
        ("how old is the opposition leader", "Guaido, 35, invoked the constitution."),
        # The age of someone sharing a first name, or of another of the family.
        ("How old is Roch Marc Christian Kaboré?", "Police arrested Christian Emmanuel Sanon, a 63-year-old doctor."),
        ("¿Cuántos años tiene Martine Moïse?", "Who was Jovenel Moïse?\n\nMoïse, 53, was a banana exporter."),
        ("How old is Carlos Padrino?", "Defence Minister Vladimir Padrino Lopez, 55, stood by Maduro."),
        # Not an age question at all.
        ("Who is Juan Guaido?", "Guaido, 35, invoked the constitution."),
    ],
)
def test_an_age_that_may_not_be_the_one_asked_is_left_to_the_reader(question, passage):
    assert not states_the_persons_age(question, passage)


def test_what_became_of_a_named_person_is_told_only_by_a_passage_naming_them():
    question = "¿Qué le pasó a Cristopher Figuera después de publicar su carta?"
    assert not names_the_person(question, "Mr Lopez said he had been released from house arrest.")
    assert names_the_person(question, "Figuera later fled to Colombia, officials said.")


def test_what_became_of_someone_is_told_only_where_they_are_named():
    question = "what became of Cristopher Figuera after his letter"
    assert person_asked_about(question)
    assert not names_the_person(question, "Opposition leader Leopoldo Lopez has been released by SEBIN.")
