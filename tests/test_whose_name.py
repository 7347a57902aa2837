"""A question asking a person's name by what the person is needs a passage naming someone beside that mention."""

from __future__ import annotations

import pytest

from index.question import as_the_checks_read
from index.whose_name import names_the_asked_person, unmentioned_beside_unnamed_person

SOLDIER = (
    "'It's now or never,' said one of the young rebellious soldiers, his face covered in the blue bandanna worn by "
    "the few dozen insurgent soldiers."
)
LAWYER = (
    "Opposition leader Leopoldo Lopez has been released and is walking the streets today. Lopez' lawyer said his "
    "client's freedom today was a sign that all Venezuelans would soon be free."
)
PHOTOGRAPHER = (
    "A video posted on social media showed a photographer wearing a bulletproof vest and lying on the back of a truck."
)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("What was the name of the soldier in the blue bandana who said it was now or never?", SOLDIER),
        ("What was the name of the young rebellious soldier who said it was now or never?", SOLDIER),
        ("what's lopez's lawyer's name? the one who said all venezuelans would soon be free", LAWYER),
        ("¿Cómo se llama el fotoperiodista al que le disparó la Guardia Nacional en Caracas?", PHOTOGRAPHER),
        # The name in the sentence is someone else's: the soldiers support Guaido, Lopez speaks of soldiers.
        (
            "What was the name of the soldier in the blue bandana who said it was now or never?",
            "Armed soldiers wearing the blue armbands or bandanas indicating their support for Guaido are increasingly "
            "being seen on Venezuelan streets.",
        ),
        (
            "what was the name of the soldier in the blue bandana",
            "'I want to tell the Venezuelan people: This is the moment to take to the streets and accompany these "
            "patriotic soldiers,' Mr Lopez declared.",
        ),
        # Named beside the mention, but after a preposition: who shot him and where, not him.
        (
            "the photographer in the bulletproof vest who got shot by the guard, do we know his name",
            "Video emerges of photojournalist shot by Maduro's Venezuelan National Guard in Caracas during clashes",
        ),
        # Asked by whose they are alone, the person is not told of by a passage never speaking of one.
        (
            "whats lopez's lawyer's name",
            "In a surprise, Leopoldo Lopez, Mr Guaido's political mentor and the nation's most prominent opposition "
            "activist, stood alongside him.",
        ),
        # "Who was the soldier…" asks his name as "what was the soldier's name" does.
        (
            "who was the soldier in the blue bandana that said its now or never",
            "Armed soldiers wearing the blue armbands or bandanas indicating their support for Guaido are increasingly "
            "being seen on Venezuelan streets.",
        ),
        # The person told first, the name asked after by a pronoun.
        (
            "the soldier in the blue bandana who said 'it's now or never', what's his name",
            "Armed soldiers wearing the blue armbands or bandanas indicating their support for Guaido are increasingly "
            "being seen on Venezuelan streets.",
        ),
    ],
)
def test_a_passage_speaking_of_the_person_without_a_name_does_not_give_it(question, passage):
    assert not names_the_asked_person(question, passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "¿Cómo se llama el periodista de VPITV que resultó herido en los enfrentamientos?",
            "Venezuelan VPITV journalist Gregory Jaimes (centre) was also injured.",
        ),
        ("What is the name of Leopoldo Lopez's lawyer?", "Lopez's lawyer, Juan Carlos Gutierrez, said he was free."),
        ("What was the name of the soldier in the blue bandana?", "Local media named the soldier as Juan Perez."),
        ("What was the name of the soldier in the blue bandana?", "Sergeant Juan Perez, a soldier, spoke."),
        ("What was the name of the soldier in the blue bandana?", "Soldier Juan Perez said it was now or never."),
        ("who was the soldier in the blue bandana", "Soldier Juan Perez said it was now or never."),
        # "Who is the guy…" may be answered by what he was, so no name is needed.
        ("who is the guy in the blue bandana", "The man in the blue bandana was a rebellious young soldier."),
        # A surname alone names him (found by stop 37's second review).
        (
            "What is the name of the guy who heads the National Assembly?",
            "Tensions in Venezuela have soared since Guaido, who heads the National Assembly, announced on January 23 "
            "that he was the acting president.",
        ),
        (
            "whats the name of the guy who said a crack had opened that could bring down maduros government",
            "Bolsonaro said a 'crack' had been opened that could bring down the government.",
        ),
        # Found by stop 38's review: "man-made" is no man; the person asked for is the first noun of the phrase
        # ("the man the 25 troops were with", "the city where a young man…" asks for no person).
        (
            "whats the name of the guy who told the venezuelan military to embrace democracy",
            "National Security Advisor John Bolton said the Venezuelan military has a choice to make: embrace "
            'democracy or "face more man-made suffering and isolation."',
        ),
        (
            "What's the name of the man the 25 troops were with?",
            "There were also reports that 25 troops who had been with Mr Guaido fled to Brazil's diplomatic mission.",
        ),
        (
            "what's the name of the man the soldiers with blue bandanas support",
            "Armed soldiers wearing the blue armbands or bandanas indicating their support for Guaido are increasingly "
            "being seen on Venezuelan streets.",
        ),
        (
            "What is the name of the city where a young man was shot dead?",
            "Venezuelan human rights group Provea said a 24-year-old man was shot and killed during an anti-government "
            "protest in the city of La Victoria.",
        ),
        # "Men" are anyone: here Guaido and Maduro, named in the sentence though not beside the word.
        (
            "What's the name of the guy the soldiers in blue armbands support?",
            "The breakdown in the standoff between both men is also seeing a break in the military's support of "
            "Maduro.",
        ),
        (
            "What is the name of the city where young men were shot?",
            "Provea said two young men were shot in the city of La Victoria.",
        ),
        # A student is one of the words for a kid: named beside it.
        (
            "whats the name of the kid who got shot",
            "Local media identified the student as Tsang Chi-kin. The 18-year-old was shot in the chest.",
        ),
        # Not asked by what the person is: left to the other checks and the reader.
        ("What is the name of the head of SEBIN?", "The head of SEBIN broke ranks with Maduro."),
        ("What is the name of the soldiers' operation?", "The soldiers joined what Guaido called Operation Freedom."),
        ("What is the name of the plan of the soldiers?", "The soldiers had a plan to take the air base."),
        # The air base is asked for, not the protesters who tried to storm it.
        (
            "what is the name of the air base protesters tried to storm",
            "As the two opposition leaders coordinated actions from an overpass, troops fired tear gas from inside "
            "the adjacent air base, where protesters gathered.",
        ),
    ],
)
def test_a_name_beside_the_mention_or_a_person_told_of_otherwise_may_answer(question, passage):
    assert names_the_asked_person(question, passage)


PROVEA = (
    "At least one person had been shot with live ammunition. Venezuelan human rights group Provea said a 24-year-old "
    "man was shot and killed during an anti-government protest in the city of La Victoria."
)
JAIMES = "Venezuelan VPITV journalist Gregory Jaimes (centre) was also injured during clashes."


@pytest.mark.parametrize(
    "question",
    ["wat was the name of the guy killed in la victoria", "what was the name of the 24 year old who got killed there"],
)
@pytest.mark.parametrize("passage", [PROVEA, JAIMES])
def test_someone_left_unnamed_is_not_named_by_the_reporter_or_by_a_caption_of_someone_else(question, passage):
    # "a 24-year-old man": Provea reports him; the caption names an injured journalist, no one killed.
    assert not names_the_asked_person(question, passage)


@pytest.mark.parametrize(
    "passage",
    [
        "The man killed in La Victoria was José Pérez, a student.",
        "Police named José Pérez, 24, as the protester killed in La Victoria.",
    ],
)
def test_someone_killed_is_named_beside_a_definite_mention_or_with_what_the_question_says_of_him(passage):
    assert names_the_asked_person("wat was the name of the guy killed in la victoria", passage)


def test_someone_asked_by_age_and_what_happened_to_them_is_asked_by_name():
    question = as_the_checks_read("the 24 yr old killed in la victoria, do we know his name")
    assert not names_the_asked_person(question, "Provea said a 24-year-old man was shot and killed in La Victoria.")
    assert names_the_asked_person(question, "The man killed in La Victoria was named as Juan Perez by his family.")


SHOT_PHOTOGRAPHER = (1, "The photographer was seen with blood pouring from a bullet wound sustained during clashes.")
VIDEO_SHOT = (2, "The events began when Mr Guaido released a three-minute video shot near the Carlota air base.")


@pytest.mark.parametrize(
    "question",
    [
        "what was the name of the photographer who got shot by the national guard",
        "who was the photographer that got shot by the national guard, like whats his name",
        "the photojournalist the national guard shot, what's his name",
    ],
)
def test_where_the_articles_leave_the_person_unnamed_a_passage_about_something_else_does_not_name_them(question):
    question = as_the_checks_read(question)
    assert unmentioned_beside_unnamed_person(question, [SHOT_PHOTOGRAPHER, VIDEO_SHOT]) == {2}
    # A passage naming the person beside the word stays for the reader, and so does everything when none leaves
    # the person unnamed.
    named = (3, "Photographer Juan Perez was shot in the arm by a National Guard soldier.")
    assert unmentioned_beside_unnamed_person(question, [SHOT_PHOTOGRAPHER, VIDEO_SHOT, named]) == {2}
    assert unmentioned_beside_unnamed_person(question, [VIDEO_SHOT, named]) == set()


def test_a_person_told_of_by_age_or_asked_by_a_word_used_of_anyone_is_left_to_the_reader():
    told_by_age = (3, "Local media identified him as Tsang Chi-kin. The 18-year-old was shot in the chest.")
    kid = [(1, "'My boy had only a slingshot,' said one grieving mother."), told_by_age]
    assert unmentioned_beside_unnamed_person("whats the name of the kid who got shot", kid) == set()
    student = (3, "Local media identified the student as Tsang Chi-kin.")  # a student is one of the words for a kid
    assert unmentioned_beside_unnamed_person("whats the name of the kid who got shot", [kid[0], student]) == set()
    guy = [(1, "A man was seen with blood pouring from a bullet wound."), VIDEO_SHOT]
    assert unmentioned_beside_unnamed_person("whats the name of the guy who got shot", guy) == set()


def test_a_person_named_first_by_whose_they_are_is_asked_for_by_his_name():
    question = as_the_checks_read("lopez's lawyer, what's his name")
    passage = "In a surprise, Leopoldo Lopez, Mr Guaido's political mentor, stood alongside him."
    assert not names_the_asked_person(question, passage)
    assert names_the_asked_person(question, "Lopez's lawyer, Juan Carlos Gutierrez, said he was free.")


@pytest.mark.parametrize(
    "question",
    [
        "who was the soldier in the blue bandana that said its now or never, do they name him",
        "who's the soldier in the blue bandana",
        "the soldier in the blue bandana who said its now or never, who was he",
        "what was the soldier in the blue bandana called",
        "the soldier in the blue bandana who said 'it's now or never', do we know who he is",
    ],
)
def test_the_soldiers_name_asked_in_chat_shapes_is_not_given_by_soldiers_unnamed(question):
    armbands = (
        "Armed soldiers wearing the blue armbands or bandanas indicating their support for Guaido are increasingly "
        "being seen on Venezuelan streets."
    )
    assert not names_the_asked_person(as_the_checks_read(question), armbands)


def test_someone_asked_with_an_irregular_participle_is_the_person_before_it():
    # "the photographer shot by the guard": the photographer, not "shot".
    question = "who's the photographer shot by the guard, do they name him"
    passages = [
        (1, "The photographer was seen with blood pouring from a bullet wound."),
        (2, "Guaido spoke on Tuesday."),
    ]
    assert unmentioned_beside_unnamed_person(as_the_checks_read(question), passages) == {2}


def test_someone_placed_in_a_body_is_named_only_by_a_passage_speaking_of_that_body():
    question = as_the_checks_read(
        "the radio guy from the constituent assembly defense committee who said figuera was part of the uprising, "
        "what's his name"
    )
    elsewhere = (
        "But General Augusto Heleno, a close adviser to Bolsonaro, was more sceptical, describing Tuesday's uprising "
        "as a disorganised movement."
    )
    assert not names_the_asked_person(question, elsewhere)
    there = "Constituent assembly member Pedro Carreño, of its defense committee, said Figuera joined the uprising."
    assert names_the_asked_person(question, there)


def test_a_scene_or_a_side_after_the_person_is_no_bar_to_a_name():
    at_the_base = as_the_checks_read("the soldier at la carlota who defected, whats his name")
    assert names_the_asked_person(at_the_base, "Sergeant Juan Perez, who joined Guaido outside the base, defected.")
    a_side = as_the_checks_read("the guy from the opposition who got shot, whats his name")
    assert names_the_asked_person(a_side, "Local media identified the student shot in the chest as Tsang Chi-kin.")


@pytest.mark.parametrize("person", ["muchacho", "chamo", "chico"])
def test_a_spanish_question_asking_a_young_mans_name_reads_him_as_a_person(person):
    # "muchacho", "chamo" and "chico" are glossed as people, so a passage about someone else names no one asked.
    question = as_the_checks_read(f"¿cómo se llamaba el {person} de 24 años que mataron en la victoria?")
    lopez = "Later on Tuesday, Mr Lopez and his family sought refuge in the Chilean ambassador's residence in Caracas."
    assert not names_the_asked_person(question, lopez)
    assert names_the_asked_person(question, "The man killed in La Victoria was named as Juan Perez by his family.")
