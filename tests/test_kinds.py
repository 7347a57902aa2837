"""A question asking what kind of thing something was is answered only by a passage that describes the thing."""

from __future__ import annotations

import pytest

from index.kinds import without_the_kind

PLANE = "What kind of plane was standing by to fly Maduro to Cuba?"
BY_PLANE = (1, "CNN reported that Maduro attempted to flee Venezuela by plane for Cuba but was prevented.")
A_PLANE = (2, "A plane that the U.S. claimed was standing by to ferry Maduro into exile in Cuba never took off.")
ELSEWHERE = (3, "Putin's support of Maduro has been compared to the 1962 Cuban Missile Crisis.")


def test_a_thing_spoken_of_only_bare_does_not_tell_its_kind():
    assert without_the_kind(PLANE, [BY_PLANE, A_PLANE]) == {1, 2}


def test_a_thing_told_first_and_its_kind_asked_after_it_is_asked_as_a_kind():
    told_first = "the plane that was supposedly ready to fly maduro to havana, what type was it"
    assert without_the_kind(told_first, [BY_PLANE, A_PLANE]) == {1, 2}
    assert without_the_kind("the plane that was ready to fly maduro to havana, what time was it", [BY_PLANE]) == set()


def test_beside_a_bare_mention_a_passage_never_speaking_of_the_thing_does_not_tell_it_either():
    assert without_the_kind(PLANE, [BY_PLANE, ELSEWHERE]) == {1, 3}


@pytest.mark.parametrize(
    "described",
    [
        "Maduro was to leave on a private jet for Havana.",
        "An Ilyushin plane was waiting at La Carlota.",
        "A plane, an Ilyushin Il-96, was waiting at La Carlota.",
        "Cuban Air Force aircraft stood by at the airport.",
    ],
)
def test_a_described_thing_tells_its_kind_in_the_family_words(described):
    assert without_the_kind(PLANE, [A_PLANE, (9, described)]) == {2}


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "What kind of vehicle were the bloodied demonstrators rushed away on?",
            "rushed away on a motorcycle as the vehicles sped away",
        ),
        ("What type of vehicle was the injured photographer lying on?", "He was lying on the back of a truck."),
        ("What kind of vehicles did Venezuela buy from Russia?", "It purchased $11billion worth of tanks and jets."),
        ("What kind of plane was Maduro to leave on?", "A jet was on the tarmac."),
    ],
)
def test_a_kind_of_the_thing_tells_its_kind_by_itself(question, passage):
    assert without_the_kind(question, [(1, "The vehicles sped away; the plane waited."), (2, passage)]) == {1}


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("What kind of tanks did Venezuela buy from Russia?", "It purchased $11billion worth of tanks and jets."),
        ("What kind of truck was the photographer lying on?", "He was lying on the back of a truck."),
    ],
)
def test_the_asked_thing_itself_is_no_kind_of_it(question, passage):
    assert without_the_kind(question, [(1, passage)]) == {1}


def test_a_word_the_question_already_says_is_no_kind():
    question = "what kinda fighter jets did venezuela get from russia"
    bare = (1, "Venezuela purchased $11billion worth of tanks, missile defence systems, fighter jets and small arms.")
    named = (2, "Venezuela bought 24 Sukhoi fighter jets from Russia.")
    assert without_the_kind(question, [bare]) == {1}
    assert without_the_kind(question, [bare, named]) == {1}


@pytest.mark.parametrize(
    "question",
    ["What kind of weapons did police use against the protesters?", "What kind of support does Russia give Maduro?"],
)
def test_a_thing_often_told_in_other_words_is_left_to_the_reader(question):
    bare = (1, "A member of the security forces fires his weapon; Russia's support for the regime is firm.")
    other_words = (2, "Police fired tear gas and rubber bullets; Russia is thought to have mercenaries guarding him.")
    assert without_the_kind(question, [bare, other_words]) == set()


def test_a_spanish_question_asks_through_its_gloss():
    assert without_the_kind("¿Qué tipo de avión esperaba a Maduro para llevarlo a Cuba?", [BY_PLANE]) == {1}


@pytest.mark.parametrize("question", ["How did Maduro try to leave for Cuba?", "What happened to the plane?"])
def test_a_question_asking_no_kind_sets_nothing_aside(question):
    assert without_the_kind(question, [BY_PLANE, A_PLANE]) == set()


def test_the_articles_tell_what_vehicles_drove_at_protesters_but_not_what_plane_waited_for_maduro(real_engine):
    vehicles = real_engine.ask("What kind of vehicles drove into the protesters?")
    assert not vehicles.abstained and "armo" in vehicles.quotes[0].text
    plane = real_engine.ask("What kind of plane was standing by to fly Maduro to Cuba?")
    assert plane.abstained


def test_whose_thing_it_was_is_told_as_its_kind_is():
    whose = "whose plane was supposedly waiting to fly maduro to cuba"
    assert without_the_kind(whose, [BY_PLANE, A_PLANE, ELSEWHERE]) == {1, 2, 3}
    owned = (4, "A Russian air force plane was waiting to fly Maduro to Havana.")
    assert without_the_kind(whose, [A_PLANE, owned]) == {2}


def test_which_ones_are_asked_as_their_kind():
    bought = (4, "Venezuela purchased $11billion worth of tanks, missile defence systems, fighter jets and small arms.")
    assert without_the_kind("which fighter jets did venezuela buy from russia", [bought, ELSEWHERE]) == {3, 4}
    sukhoi = (5, "Venezuela bought Sukhoi fighter jets from Russia.")
    assert without_the_kind("which fighter jets did venezuela buy from russia", [bought, sukhoi]) == {4}
    assert without_the_kind("what airline or plane was supposed to fly maduro to cuba", [BY_PLANE, A_PLANE]) == {1, 2}
    assert without_the_kind("what happened to the plane that was standing by", [BY_PLANE, A_PLANE]) == set()
