"""Questions the articles do answer keep their answering passage through the checks of what a passage must hold: each
pair is a reader's question and the corpus's own words for its answer (found by stop 35's second review)."""

from __future__ import annotations

from datetime import date

import pytest

from index.answertype import fits_answer_type
from index.days import told_of_another_day
from index.exchanges import without_the_exchange
from index.unnamed import gives_the_name


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # A post in a body the passage names its usual way, or by an acronym.
        (
            "What position does Guaido hold in the Venezuelan National Assembly?",
            "Guaido, who heads the National Assembly",
        ),
        (
            "What position does Figuera hold in the Bolivarian National Intelligence Service?",
            "the director of the SEBIN, General Cristopher Figuera, is part of the uprising",
        ),
        # A country's government speaks as a country of two words, by confirming, or through its people's acts.
        (
            "What did the US administration say it was prepared to do?",
            "Guaido's call was backed by the United States, which said it is prepared to take military action.",
        ),
        (
            "What did the Brazilian government say about the troops asking for asylum?",
            "At least 25 troops have applied for asylum in Brazil's embassy in Caracas, Bolsonaro's office confirmed.",
        ),
        (
            "What did the Venezuelan government say about the uprising?",
            "Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move as a 'terrorist' act.",
        ),
        # "…he said in a message posted on Twitter" names no speaker called Twitter.
        ("What exactly did Maduro's tweet say?", "'Nerves of steel!' he said in a message posted on Twitter."),
        # A country's reason told by one of its people; a possessive subject is someone else.
        (
            "Why does the US think Russia is making a mistake in Venezuela?",
            "Bolton elaborated on those remarks, adding: 'This is our hemisphere. 'It's not where the Russians "
            "ought to be interfering. This is a mistake on their part. It's not going to lead to an improvement of "
            "relations.'",
        ),
        ("Why did Maduro's defence minister call it a coup?", "He called it a 'terrorist' act bound to fail."),
        # Means of injury, the next day, a country after "in the capital".
        (
            "How were the protesters injured by the armoured cars?",
            "Armoured cars of the National Guard drove at protesters and ran several of them over.",
        ),
        ("Did protests continue in the days after the uprising?", "Violence outside the base raged for a second day."),
        (
            "In what country is La Carlota airbase?",
            "Supporters are seen near the La Carlota airbase in the capital Caracas.",
        ),
        (
            "Who drove the armoured vehicles into the protesters?",
            "Armoured cars of the National Guard drove at protesters.",
        ),
    ],
)
def test_a_passage_answering_the_question_passes_the_checks(question, passage):
    assert fits_answer_type(question, passage)


def test_a_programme_is_named_without_its_kind():
    question = "On which programme did Pompeo say military action was possible?"
    assert gives_the_name(question, "Pompeo, speaking on Fox Business, said military action was possible.")


def test_a_day_of_another_year_is_left_to_the_year_check():
    question = "Why was Leopoldo Lopez detained on February 18, 2014?"
    detained = "Detained in 2014 for leading a previous round of anti-government unrest, Mr Lopez said he was freed."
    assert told_of_another_day(question, [(1, detained, date(2019, 4, 30))]) == set()


def test_what_came_of_a_meeting_with_a_role_named_in_capitals_is_left_to_the_reader():
    question = "What came out of Bolsonaro's meeting at the defence ministry?"
    passages = [
        (1, "He said today during a meeting at the defence ministry: 'This is by no means a defeat.'"),
        (2, "Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move."),
    ]
    assert without_the_exchange(question, passages) == set()


# Found by stop 36's review: questions that mention sanctions or charges, or ask in which area something happens,
# without asking about sanctions, a charge or where a place lies.
@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "Besides sanctions, what has the US threatened to do about Maduro?",
            "Pompeo says that military action in Venezuela 'is possible'.",
        ),
        (
            "Did Pompeo threaten sanctions or military action?",
            "Pompeo says that military action in Venezuela 'is possible'.",
        ),
        (
            "¿Además de sanciones, qué ha amenazado con hacer Estados Unidos contra Maduro?",
            "Pompeo says that military action in Venezuela 'is possible'.",
        ),
        (
            "Did Rosneft invest in PDVSA despite US sanctions?",
            "Rosneft have invested almost $9billion in PDVSA since 2009.",
        ),
        ("Who sanctioned the release of Leopoldo Lopez?", "He was apparently released by SEBIN."),
        (
            "Which agency is charged with keeping people in line?",
            "SEBIN is the Venezuelan intelligence force used to keep people in line.",
        ),
        ("¿Quién fue acusado de terrorismo?", "Padrino Lopez condemned Mr Guaido's move as a 'terrorist' act."),
        (
            "In which area are protesters clashing with the National Guard?",
            "Protesters clash with security forces outside La Carlota military base in Caracas.",
        ),
        (
            "Which district are the protesters in?",
            "Protesters clash with security forces outside La Carlota military base.",
        ),
        ("Which district are the protesters in?", "Thousands of protesters answered Guaido's call."),
        (
            "What sector is Rosneft investing in?",
            "Rosneft have invested almost $9billion in Venezuela's drilling industry.",
        ),
    ],
)
def test_a_passage_answering_a_question_that_only_mentions_sanctions_charges_or_an_area_passes(question, passage):
    assert fits_answer_type(question, passage)


@pytest.mark.parametrize(
    "question",
    [
        "Did the US impose an oil embargo on Venezuela?",
        "Has the US Treasury blacklisted Figuera?",
        "¿Estados Unidos congeló los activos de PDVSA?",
        "Were the soldiers who drove into the crowd charged?",
    ],
)
def test_sanctions_and_charges_asked_in_other_words_need_a_passage_speaking_of_them(question):
    assert not fits_answer_type(
        question, "Armoured cars of the National Guard drove at protesters and ran several over."
    )


def test_a_charge_at_the_troops_is_no_charge_in_court():
    caption = "Anti-government protesters charge at security forces armoured vehicle"
    assert not fits_answer_type("Will the protesters be charged?", caption)


# Found by stop 37's review: an outlet or organisation named at a sentence's start, as an owner, or offered by the
# question; a food asked about by what is imported; "salió al alba" (left at dawn) is no leaving of ALBA.
@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "Which organisation confirmed that 25 troops applied for asylum in Brazil's embassy?",
            "At least 25 Venezuelan troops have applied for asylum in Brazil's embassy in Caracas, Bolsonaro's office "
            "confirmed earlier.",
        ),
        (
            "Which news network reported that Maduro tried to flee Venezuela for Cuba?",
            "CNN reported that Maduro on Tuesday attempted to flee Venezuela by plane for Cuba.",
        ),
        (
            "Which organisation is made up of motorcycle-riding thugs who support the regime?",
            "Colectivos are the gangs of motorcycle-riding thugs who support the regime.",
        ),
        (
            "Which network reported that Maduro tried to fly to Cuba, CNN or MSNBC?",
            "CNN reported that Maduro on Tuesday attempted to flee Venezuela by plane for Cuba.",
        ),
        (
            "Which channel was Pompeo on when he said military action is possible, Fox Business?",
            "Pompeo, speaking on Fox Business, said: 'Military action is possible.'",
        ),
        (
            "what do venezuelans eat that comes from russia",
            "Venezuela is also a major importer of Russia grain, and has ties to the country's banking industry.",
        ),
        (
            "¿Dónde grabó Guaidó el video con el que salió al alba?",
            "Guaido released the three minute video shot near the Carlota airbase.",
        ),
    ],
)
def test_a_passage_naming_the_outlet_or_the_food_asked_for_passes(question, passage):
    assert fits_answer_type(question, passage)
