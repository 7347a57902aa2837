"""A question about someone's relative is answered by a passage about the relative, not about the man alone."""

from __future__ import annotations

import pytest

from index.relatives import names_the_relative, unmentioned_relative

WIFE_ABROAD = (
    "The letter was confirmed by a senior US official. He said the general's wife is currently outside the country."
)
HIS_LETTER = "Figuera wrote a letter saying that it is now time to 'rebuild the country'."


@pytest.mark.parametrize(
    "question",
    [
        "Why is Cristopher Figuera's wife outside the country?",
        "which country is his wife living in",
        "¿Por qué está la esposa de Figuera fuera del país?",
    ],
)
def test_beside_a_passage_speaking_of_the_relative_one_about_the_man_alone_cannot_answer(question):
    assert unmentioned_relative(question, [(1, WIFE_ABROAD), (2, HIS_LETTER)]) == {2}


def test_where_no_passage_speaks_of_the_relative_one_about_the_man_alone_still_cannot_answer():
    article = "Figuera stood beside his wife Ana Ruiz. Figuera wrote a letter."
    passages = [(2, HIS_LETTER), (3, "Mrs Figuera left."), (4, "Ruiz said they were safe."), (5, "Lopez spoke.")]
    # "Mrs Figuera" and the name the article gives his wife speak of her. (Whose wife the article names is not read:
    # "Tintori, Lopez's wife" would count for Figuera's too, a leniency left to the reader.)
    assert unmentioned_relative("Why did Figuera's wife leave Venezuela?", passages, lambda row: [article]) == {2, 5}
    assert unmentioned_relative("Why did Figuera write a letter?", passages, lambda row: [article]) == set()


def test_a_name_before_the_relative_counts_as_hers_and_without_the_articles_the_reader_judges():
    article = "Fabiana Rosales, Guaido's wife, spoke at the rally."
    passages = [(1, "Rosales waved to the crowd."), (2, "Juan Guaido's speech was short.")]
    assert unmentioned_relative("What did Guaido's wife say?", passages, lambda row: [article]) == {2}
    assert unmentioned_relative("What did Guaido's wife say?", passages) == set()


def test_the_name_after_the_wife_is_hers_and_the_one_before_it_her_husbands():
    article = "Opposition leader Leopoldo López, his wife Lilian Tintori and their daughter waved."
    passages = [(1, "Tintori said they were safe."), (2, "López spoke to the crowd.")]
    assert unmentioned_relative("Why did Lopez's wife leave?", passages, lambda row: [article]) == {2}


def test_where_none_speaks_of_her_another_mans_family_says_nothing_of_her():
    passages = [(1, "Lopez had sought refuge with his family in an embassy."), (2, "Maduro and his family left.")]
    assert unmentioned_relative("Did Maduro flee to Cuba with his wife?", passages, lambda row: []) == {1}
    # Typed in lower case, the question names no one to tell the families apart: both are left to the reader.
    assert unmentioned_relative("did maduro flee to cuba with his wife?", passages, lambda row: []) == set()


@pytest.mark.parametrize(
    ("article", "passage"),
    [
        ("Juan Guaido's wife spoke at the rally.", "Juan Guaido waved to the crowd."),  # his name, not hers
        ("Figuera, his wife and children left the country.", "Figuera wrote a letter."),  # a list, not her name
        ("General Ruiz, his wife and children left.", "Ruiz wrote a letter."),
        ("He left with his wife, Guaido said.", "Guaido said the army would join him."),
        ("He flew out with his wife Wednesday.", "Flights left on Wednesday."),  # a day is no name
    ],
)
def test_only_a_name_the_article_gives_her_speaks_of_her(article, passage):
    question = "What did Guaido's wife say?" if "Guaido" in passage else "Why did the general's wife leave?"
    assert unmentioned_relative(question, [(1, passage)], lambda row: [article]) == {1}


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # Her name from the article, even beside children; a man named by his title; the asked man lower down.
        ("Why did Lopez's wife leave?", "Tintori and her children boarded the plane."),
        ("Why did Figuera's wife leave?", "The general and his family left."),
        ("did Maduro flee to Cuba with his wife?", "Maduro and his family left."),
    ],
)
def test_a_family_of_the_man_asked_about_or_of_no_one_named_may_speak_of_her(question, passage):
    articles = ["Lopez stood beside his wife Lilian Tintori."]
    assert unmentioned_relative(question, [(1, passage)], lambda row: articles) == set()


def test_a_passage_carried_by_two_reports_is_read_with_both():
    passages = [(1, "Tintori said they were safe.")]
    both = ["Tintori said they were safe.", "Lopez stood beside his wife Lilian Tintori. Tintori said they were safe."]
    assert unmentioned_relative("Why did Lopez's wife leave?", passages, lambda row: both) == set()
    assert unmentioned_relative("Why did Lopez's wife leave?", passages, lambda row: both[:1]) == {1}


def test_mrs_counts_only_with_a_name_the_question_gives_and_a_first_lady_only_for_a_spouse():
    passages = [(1, "Mrs May said Britain backs Guaido."), (2, "Mrs Figuera left."), (3, "The first lady waved.")]
    assert unmentioned_relative("Why did Figuera's wife leave?", passages, lambda row: []) == {1}
    assert unmentioned_relative("Where were Figuera's parents?", passages, lambda row: []) == {1, 2, 3}


@pytest.mark.parametrize(
    "question",
    [
        "What did Guaido tell his brothers in the armed forces?",
        "¿Qué dijo Guaidó a sus hermanos venezolanos?",
        "What kind of homeland did Figuera want for his children?",
    ],
)
def test_brothers_and_children_spoken_of_loosely_are_left_to_the_reader(question):
    passages = [(1, "'The armed forces have taken the right decision,' said Mr Guaido."), (2, HIS_LETTER)]
    assert unmentioned_relative(question, passages, lambda row: []) == set()


def test_only_the_relative_asked_about_speaks_of_her_and_a_priest_is_no_relative():
    # "the father of the revolution" says nothing of anyone's wife; "el padre José" is a priest.
    rally = [(1, "Chavez, the father of the revolution, is gone."), (2, "Fabiana Rosales told the rally to stay.")]
    assert unmentioned_relative("What did Guaido's wife say at the rally?", rally) == set()
    assert unmentioned_relative("¿Qué dijo el padre José?", [(1, "His father spoke."), (2, "Jose spoke.")]) == set()


def test_a_question_about_a_family_is_left_to_the_reader():
    # "They later moved…" speaks of the family without the word.
    passages = [(1, "Mr Lopez and his family sought refuge at the residence."), (2, "They later moved to the embassy.")]
    assert unmentioned_relative("Where did Lopez's family go after the residence?", passages) == set()


@pytest.mark.parametrize(
    "question",
    [
        "what's figuera's wife called?",
        "What is the name of Lopez's wife?",
        "¿Cómo se llama la esposa de López?",
        "wait whats maduros wifes name",  # typed without apostrophes
        "what is figuera wife name",
        "whats the wife of figuera called",
    ],
)
def test_a_relatives_name_needs_a_passage_naming_one(question):
    assert not names_the_relative(question, "He said the general's wife is currently outside the country.")
    assert names_the_relative(question, "Lopez stood beside his wife Lilian Tintori.")
    assert names_the_relative(question, "Tintori, his wife, spoke to reporters.")
    assert names_the_relative(question, "Cilia Flores, Maduro's wife, waved to the crowd.")
    assert names_the_relative(question, "Lopez's wife is Lilian Tintori.")


def test_a_question_about_a_relative_but_not_their_name_needs_no_name():
    assert names_the_relative("who is this mother", "He said the general's wife is outside the country.")
    assert names_the_relative("Why is Figuera's wife abroad?", "He said the general's wife is outside the country.")


@pytest.mark.parametrize(
    "question",
    ["Is Padrino Lopez related to Leopoldo Lopez?", "¿Padrino López es familia de Leopoldo López?"],
)
def test_whether_two_people_are_related_is_told_only_by_a_passage_naming_both(question):
    family = "Later on Tuesday, Mr Lopez and his family sought refuge in the Chilean ambassador's residence."
    both = "Defence Minister Vladimir Padrino Lopez is no relative of Leopoldo Lopez, his office said."
    assert unmentioned_relative(question, [(1, family), (2, both)]) == {1}


def test_something_related_to_an_event_is_not_asked_as_kinship():
    passages = [(1, "Provea said a 24-year-old man was shot and killed during a protest.")]
    assert unmentioned_relative("is the shooting in La Victoria related to the protests?", passages) == set()
