"""How someone reacted to something is told only by a passage naming them and something of what they reacted to."""

from __future__ import annotations

import pytest

from index.reactions import tells_the_reaction

RALLYING_CRY = "In his own address to Venezuelans on Tuesday night, Guaido issued a rallying cry for his 'uprising'."
LETTER = "Figuera, the head of SEBIN, wrote a letter to the Venezuelan people breaking ranks with Maduro."
RUBIO = "Senator Marco Rubio has been tweeting about this all morning, including some criticism of CNN's coverage."
HEADLINE = "Venezuela Crisis News: Violent Clashes As Opposition Leader Guaido Calls For Coup"


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # Guaido reacting to nothing of the letter; the letter without Guaido.
        ("how did guaido react to figuera's letter", RALLYING_CRY),
        ("how did guaido react to figuera's letter", LETTER),
        # CNN's reply needs CNN: a headline calling it a coup is not CNN replying.
        ("¿Qué le respondió CNN a Rubio por lo de llamarlo golpe?", HEADLINE),
        ("How did Colombia's government respond to Maduro's claim that Colombia backed the coup?", RALLYING_CRY),
        # "What did X say in response to…" asks a reaction too: someone else's words are not Díaz-Canel's.
        (
            "What did Cuban president Miguel Díaz-Canel say in response to Bolton's claim that Cuban forces were "
            "protecting Maduro?",
            "In footage posted on Twitter, he said: 'My fellow Venezuelans, this is your acting president Guaido.'",
        ),
        # A reaction to what someone named said needs them named or two words of what they said: Carlson's question
        # came before Diaz-Balart's answer.
        (
            "How did Tucker Carlson respond when Diaz-Balart said the Russian missiles were already in Venezuela?",
            "Journalist Tucker Carlson continued his line of questioning and asked: 'Are you saying the Russians will "
            "put nuclear missiles in Venezuela?'",
        ),
        # The same with the event told first.
        (
            "after Diaz-Balart said the missiles were already there, what did Tucker Carlson say back",
            "Journalist Tucker Carlson continued his line of questioning and asked: 'Are you saying the Russians will "
            "put nuclear missiles in Venezuela?'",
        ),
        # "What did X say after…" asks X's reply to what came before.
        (
            "what did Tucker say after Diaz-Balart claimed the missiles were already there",
            "Journalist Tucker Carlson continued his line of questioning and asked: 'Are you saying the Russians will "
            "put nuclear missiles in Venezuela?'",
        ),
        # The event told first with no word before it; the one reacting is named in no passage.
        (
            "maduro blamed colombia, how did duque respond",
            "In a Tuesday night appearance on national television, Maduro declared that the opposition had attempted "
            "to impose an 'illegitimate government' with the support of the United States and Colombia.",
        ),
    ],
)
def test_a_passage_missing_the_one_reacting_or_what_they_reacted_to_tells_no_reaction(question, passage):
    assert not tells_the_reaction(question, passage)


EMBASSY = (
    "Later on Tuesday, Mr Lopez and his family sought refuge in the Chilean ambassador's residence in Caracas. They "
    "later moved to the Spanish embassy. There were also reports that 25 troops who had been with Mr Guaido fled to "
    "Brazil's diplomatic mission."
)
LAVROV_CALL = (
    "Pompeo was also due to speak with his Russian counterpart, Foreign Minister Sergei Lavrov, on Wednesday about the "
    "situation in Venezuela, according to National Security Adviser John Bolton."
)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # Named, and beside what was reacted to, but neither speaking nor acting: troops fled, a call was due.
        ("how did guaido react when lopez went into the embassy", EMBASSY),
        ("how did lavrov respond when pompeo called him about venezuela on wednesday", LAVROV_CALL),
        # "say anything back to…" asks a reply too.
        (
            "did maduro say anything back to bolsonaro about the 'crack' comment",
            "Flanked by military leaders, Maduro delivered a speech demanding that opposition supporters be arrested.",
        ),
    ],
)
def test_a_person_reacts_only_by_speaking_or_acting(question, passage):
    assert not tells_the_reaction(question, passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("how did guaido react to figuera's letter", "Guaido welcomed the letter as a sign the regime was cracking."),
        ("¿Qué le respondió CNN a Rubio por lo de llamarlo golpe?", "CNN defended its coverage against Rubio."),
        # A country reacting is named by its country: "Bogota" for Colombia's government.
        (
            "How did Colombia's government respond to Maduro's claim that Colombia backed the coup?",
            "Bogota rejected Maduro's claim as absurd.",
        ),
        # What was reacted to may be a country, named otherwise: Washington's threats and the United States.
        ("How did Moscow react to Washington's threats?", "Moscow warned the United States against intervening."),
        ("how did lavrov respond when pompeo called him", "Lavrov told Pompeo that Washington's threats were illegal."),
        ("how did guaido react when lopez went into the embassy", "'He is safe,' Guaido said of Lopez at the embassy."),
        # A group is spoken of by what its people did, not by its name: "rebels" need not be written.
        (
            "how did the rebels react when the loyalist troops lobbed tear gas canisters at them",
            "Video shows pro-Maduro soldiers hurling tear gas canisters at pro-Guaido soldiers, who picked up the "
            "canisters and threw them back.",
        ),
        # Told without the name of whoever said it, by two words of what was said.
        (
            "How did Tucker Carlson respond when Diaz-Balart said the Russian missiles were already in Venezuela?",
            "Carlson said he doubted the missiles were already there.",
        ),
        (
            "What did Tucker Carlson say after Diaz-Balart claimed the missiles were already there?",
            "Carlson said he doubted the missiles were already there.",
        ),
        # A question asking no reaction is not checked.
        ("What did Guaido say on Tuesday night?", RALLYING_CRY),
    ],
)
def test_a_passage_naming_both_may_tell_the_reaction(question, passage):
    assert tells_the_reaction(question, passage)


def test_a_body_s_reaction_asked_by_its_acronym_needs_the_acronym():
    question = "what was the UN secretary general's reaction to the coup attempt in caracas"
    assert not tells_the_reaction(question, "Secretary of State Mike Pompeo condemned the coup attempt in Caracas.")
    assert tells_the_reaction(question, "The UN secretary general called for restraint after the coup attempt.")
