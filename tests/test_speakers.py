"""Someone's exact words are given by a passage quoting that speaker, not by one where someone else is named
speaking."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.question import as_the_checks_read
from index.speakers import the_country_speaks

MAY_DAY = "What did Maduro actually say in his May Day rally speech?"


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            MAY_DAY,
            "Juan Guaido issued a rallying cry via Twitter in which he urged people back on to the streets for fresh "
            "May Day protests against Nicolas Maduro.",
        ),
        # A lone surname speaks too; the asked speaker as the one spoken to does not.
        (MAY_DAY, "Guaido said: 'We will stay in the streets until he leaves.'"),
        (MAY_DAY, "Guaido told Maduro: 'Your time is up, and you know it.'"),
        (MAY_DAY, "Guaido, 35, said: 'Your time is up, and you know it.'"),
        (
            "What exactly did President Trump say in his tweet?",
            "Vice President Mike Pence tweeted in support of Guaido: 'Estamos con ustedes, we are with you!'",
        ),
        # The speaker may be asked by a possessive: someone's tweet, speech or letter.
        (
            "What exactly did Trump's tweet about Venezuelan freedom say?",
            "Vice President Mike Pence tweeted in support of Guaido: 'Estamos con ustedes, we are with you!'",
        ),
    ],
)
def test_another_named_speakers_words_do_not_give_the_asked_speakers(question, passage):
    assert not fits_answer_type(question, passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (MAY_DAY, "Maduro told the May Day rally: 'The coup has failed, and the traitors will pay for it.'"),
        # Named right after the words, by a title, by "he", or through his office.
        (
            "What did Cabello actually say in his phone call to state TV?",
            '"We\'re going to Miraflores palace to defend the revolution," said Cabello in a phone call to state TV.',
        ),
        (
            "What exactly did Figuera write?",
            "He lamented that 'the hour has arrived to look for other ways of politics'.",
        ),
        (MAY_DAY, "He told the crowd in Caracas: 'The coup has failed, comrades, and it will fail again.'"),
        (MAY_DAY, "Venezuela's president told supporters in Caracas: 'The coup has failed, and it will fail again.'"),
        (MAY_DAY, "'The coup has failed, and it will fail again,' according to a statement by Maduro's office."),
        # Either name of a compound surname; a speaker asked by a possessive is not checked.
        ("What exactly did Padrino Lopez say?", "Defence Minister Vladimir Padrino said 'the coup will fail again'."),
        ("What exactly did Maduro's Defense Minister say?", "Guaido told the crowd: 'keep going, we are winning'."),
    ],
)
def test_the_asked_speakers_words_may_answer(question, passage):
    assert fits_answer_type(question, passage)


ACCUSATION = "In a Tuesday night appearance on television, Maduro declared the coup had the support of Colombia."


@pytest.mark.parametrize(
    "question",
    [
        "what did colombia say back when maduro accused them of backing the coup?",
        "How did Colombia respond to Maduro's accusation?",
        "¿Qué respondió Colombia cuando Maduro la acusó?",
        "How did Colombia's government respond to Maduro accusing it of backing an illegitimate government?",
    ],
)
def test_an_accusation_told_by_its_own_speaker_gives_no_reply(question):
    assert not fits_answer_type(question, ACCUSATION)
    # A reply told by someone the question does not name (a president, a minister) or by a ministry may answer.
    assert fits_answer_type(question, "Colombia's President Ivan Duque replied that Bogota backs Guaido's call.")
    assert fits_answer_type(question, "Colombia's foreign ministry has said the claim was 'fake news'.")


@pytest.mark.parametrize(
    "question",
    [
        "How did CNN respond to Marco Rubio's criticism of its coverage?",
        "¿Qué le respondió CNN a Rubio por lo de llamarlo golpe?",
    ],
)
def test_an_accuser_told_speaking_at_length_gives_no_reply(question):
    rubio = "Senator Marco Rubio has been tweeting about this all morning, including criticism of CNN’s coverage."
    assert not fits_answer_type(question, rubio)
    assert fits_answer_type(question, "CNN said in a statement that its coverage was accurate.")


def test_an_accuser_prompted_to_say_something_gives_no_reply():
    question = "¿Qué le respondió Serguéi Lavrov a Pompeo en su conversación del miércoles sobre Venezuela?"
    pompeo = "The tension prompted Secretary of State Mike Pompeo to say that military action is a possibility."
    assert not fits_answer_type(question, pompeo)


def test_a_reply_asked_of_no_one_named_is_not_checked():
    assert fits_answer_type("how did people respond to the accusation?", ACCUSATION)
    assert fits_answer_type("what did they say back to maduro?", ACCUSATION)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "How did Russia respond to Pompeo's claim?",
            "Moscow spokeswoman Maria Zakharova told CNN that Washington tried its best to demoralise the army.",
        ),
        (
            "How did Colombia respond to Maduro's accusation?",
            "Colombian Foreign Minister Carlos Holmes Trujillo replied that Bogota backs Guaido.",
        ),
    ],
)
def test_a_countrys_reply_may_come_from_someone_the_question_does_not_name(question, passage):
    assert fits_answer_type(question, passage)
    accusation = "Pompeo said Russia had talked him out of it."
    assert not fits_answer_type("How did Russia respond to Pompeo's claim?", accusation)


def test_the_words_asked_by_a_possessive_are_given_by_their_speaker():
    question = "What were the exact words of Trump's tweet in support of Venezuelan freedom?"
    assert fits_answer_type(question, 'President Trump tweeted: "We are with the people of Venezuela!"')
    # A post's holder asked by a possessive is no speaker named: his words may come under his title.
    assert fits_answer_type(
        "What exactly did Maduro's defence minister say?", 'Padrino Lopez said: "The armed forces stand firm."'
    )


@pytest.mark.parametrize(
    "question",
    [
        "What did the Mexican government say about Tuesday's uprising in Venezuela?",
        "¿Qué dijo el gobierno de España sobre la llegada de Leopoldo López a su embajada?",
        "¿Qué respondió el gobierno de Cuba cuando Bolton dijo que fuerzas cubanas protegían a Maduro?",
        "How did the Spanish government react to Lopez's arrival?",
        # Asked whether it said anything, or of its leader by a possessive.
        "did spain's government say anything about lopez moving into its embassy",
        "has the spanish government said anything about having lopez at its embassy in caracas?",
        "what has spain's government said about lopez",
        "what did spain's president say about giving lopez shelter",
        # Or of its minister, envoy or chief, or with a word between the government and its saying.
        "what did spain's foreign minister say about lopez",
        "what did the spanish government also say about lopez",
        "the EU backs guaido, but what did the spanish foreign policy chief say about lopez",
    ],
)
def test_what_a_countrys_government_said_needs_the_country_speaking_not_only_named(question):
    assert not fits_answer_type(question, "Lopez and his family later moved to the Spanish embassy, near Cuba's.")
    assert fits_answer_type(question, "Spain's foreign ministry said Lopez was a guest; Mexico and Cuba said nothing.")
    assert fits_answer_type(question, "According to Spain, Cuba and Mexico, Lopez's arrival came in a coup attempt.")


def test_what_a_country_asked_bare_said_needs_someone_speaking_in_a_passage_naming_it():
    assert fits_answer_type("What did Maduro say about Spain?", "Maduro said the coup had failed.")
    # A country asked bare speaks through its people named with it, or itself.
    brazil = "Brazilian President Jair Bolsonaro said a 'crack' had been opened."
    assert fits_answer_type("What did Brazil say about the uprising?", brazil)
    russia = "Russia's foreign ministry has said Pompeo's claim was 'fake news'."
    assert fits_answer_type("what did russia say about the coup attempt", russia)
    assert fits_answer_type("¿Qué dijo Rusia sobre el levantamiento?", russia)
    # Not through someone in a passage naming it in passing, or not at all (leaders' names say no country).
    aside = "Maduro, who relies on support from Russia and China, was absent. He later called it a failed coup."
    assert not fits_answer_type("What did China say about the uprising?", aside)
    assert not fits_answer_type("¿Qué dijo China sobre el levantamiento?", aside)
    assert not fits_answer_type("What did Cuba say about the uprising?", "Guaido issued a rallying cry on Tuesday.")
    assert not fits_answer_type("What did Brazil say about the uprising?", "Bolsonaro said a 'crack' had been opened.")
    # With a word between the country and its saying, likewise.
    backed = "Guaido said the uprising had the support of the EU and Brazil."
    assert not fits_answer_type("what did the EU actually say about the uprising", backed)
    assert fits_answer_type("what did brazil actually say about the uprising", brazil)
    # Its reaction asked as a noun, likewise.
    assert not fits_answer_type("what was china's official reaction to the coup attempt", aside)
    assert not fits_answer_type("¿Cuál fue la reacción de China al levantamiento?", aside)
    assert fits_answer_type("what was russia's reaction to the coup attempt", russia)
    # Or as the stance or position it took.
    assert not fits_answer_type("what was china's official stance on the coup attempt", aside)
    assert not fits_answer_type("What position did the Chinese government officially take on the uprising?", aside)
    assert fits_answer_type("what was russia's stance on the coup attempt", russia)
    assert not fits_answer_type("¿Cómo reaccionó la cancillería china al levantamiento?", aside)
    # Asked of its government, a country may speak through its leader named alone.
    question = "What did Venezuela's government say about the coup attempt?"
    assert fits_answer_type(question, "A defiant President Maduro said late last night that the coup had failed.")
    # Not through someone speaking in a passage naming other countries only: Guaido in Caracas is not Mexico's.
    mexico = "mexico backs maduro right, so what did mexico's government say about tuesday"
    assert not fits_answer_type(mexico, "Guaido said on Tuesday night that troops in Caracas were on his side.")
    assert fits_answer_type(mexico, "Foreign Minister Marcelo Ebrard said on Tuesday that Mexico stood by Maduro.")


PUTIN = "btw what did putin himself say abt the uprising?"


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # Someone else named speaking, with a first name in common.
        (
            "What did Mike Pence say about Russia's role in Venezuela?",
            "Mike Pompeo, US Secretary of State, says that military action in Venezuela 'is possible' raising fears of "
            "conflict with Russia.",
        ),
        # The asked person named, but not speaking: another name stands right before the verb.
        (
            PUTIN,
            "When asked during a Fox News interview whether he believed Vladimir Putin would invade the U.S., "
            "Diaz-Balart said: 'The closest we ever came to nuclear war was because the Russians put missiles.'",
        ),
        # No one speaking at all, the asked person not named.
        (
            PUTIN,
            "The leader, who has been relying on support from Russia and China, was largely absent as events unfolded "
            "Tuesday. He finally emerged late in the evening to call the uprising a failed coup attempt.",
        ),
        # Another man of that surname; "he" after another name; the name as an object or an owner; words between.
        (
            "What did Leopoldo Lopez say?",
            "Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move as a 'terrorist' act.",
        ),
        ("What did Guaido say about the air base?", "Maduro delivered a speech where he demanded arrests."),
        ("What did Bolsonaro say?", "Augusto Heleno, an adviser to Bolsonaro, was sceptical in an interview."),
        ("What did Figuera say?", "Figuera's wife told reporters she was abroad."),
        ("What did Guaido have to say about Maduro?", "Mr Maduro tried to look strong, saying he had commanders."),
        ("What did Maduro also say?", "Pompeo also said that military action was possible."),
        ("What did Diosdado say?", "Diosdado Cabello was at the palace. Pompeo said action was possible."),
        # Asked in Spanish; the people a letter is written to are not speaking.
        (
            "¿Qué dijo Leopoldo López sobre Cristopher Figuera?",
            "Manuel Ricardo Cristopher Figuera, the head of Venezuela's feared SEBIN intelligence agency, wrote a "
            "letter to the Venezuelan people saying it is now time to 'rebuild the country'.",
        ),
        # What someone called something is what they said: Guaido calling for something is not Maduro.
        (
            "What did Maduro call the opposition?",
            "Diaz-Balart spoke after opposition leader Juan Guaido called for Maduro to be expelled from office.",
        ),
        # A nationality before the title: Díaz-Canel is asked, Bolton speaks.
        (
            "What did Cuban president Miguel Díaz-Canel say in response to Bolton's claim?",
            "Trump ally John Bolton told a radio show that Maduro was being protected by Cuban forces.",
        ),
    ],
)
def test_what_a_named_person_said_needs_that_person_speaking(question, passage):
    assert not fits_answer_type(question, passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # The surname, a title and an apposition before the verb.
        (
            "What did Mikael Wigell say about close relations with Venezuela?",
            "As Mikael Wigell, a researcher from the Finnish Institute of International Affairs, told RFE/RL: "
            "'Establishing close relations with Venezuela has been a way for Russia to needle the US.'",
        ),
        ("What did Sargsyan say when he resigned?", "Sargsyan resigned with a remarkable statement: 'I was wrong.'"),
        ("what did cabello tell the chavistas to do", "Diosdado Cabello called on supporters to amass at the palace."),
        ("What did Cabello say in his phone call?", "'We are going to Miraflores,' said Cabello in a phone call."),
        # A first name alone: the passage gives the surname after it.
        ("What did Diosdado say?", "Socialist party boss Diosdado Cabello said supporters must go to the palace."),
        ("What did Diosdado say?", "'We are going to Miraflores,' said Cabello, and Diosdado Cabello went there."),
        # A headline in capitals gives no surname: "Guaido Calls" is Guaido calling.
        ("What did Guaido say?", "Venezuela Crisis News: Opposition Leader Guaido Calls For Coup"),
        # Someone unnamed speaking, with no one else named doing so: the reader judges.
        (
            "what did mario diaz-balart say about russia putting nuclear missiles in venezuela",
            "A US Republican congressman has claimed that Russia could install nuclear missiles in Venezuela.",
        ),
        ("What did Maduro tweet that night?", '"Nerves of steel!" he tweeted. "We will win!"'),
        ("What did Maduro say?", "Maduro's office said the coup had failed."),
        ("What did Guaido say about the usurpation?", "He continued: 'Tomorrow, May 1, we will continue with this.'"),
        # A group or a title asks for no one by name.
        ("What did opposition leaders say?", "Opposition leader Juan Guaido said the army must choose."),
        ("What did officials say about the uprising?", "Foreign Minister Jorge Arreaza said it had failed."),
        # A name's other part alone stands for the person: Xi for Xi Jinping.
        ("What did Xi Jinping say in his speech?", '"No force can shake the foundation of this nation," Xi said.'),
        ("What did Pompeo claim?", "It comes after the Secretary of State claimed that Maduro wanted to leave."),
    ],
)
def test_what_a_named_person_said_is_given_by_them_or_someone_unnamed_speaking(question, passage):
    assert fits_answer_type(question, passage)


def test_a_first_name_asked_alone_takes_its_surname_from_the_article_when_the_passage_lacks_it():
    question, passage = "What did Leopoldo say?", "Mr Lopez said he had been released from house arrest."
    in_full = "In a surprise, Leopoldo Lopez stood alongside him. Mr Lopez said he had been released from house arrest."
    assert fits_answer_type(question, passage, article=lambda: in_full)
    assert not fits_answer_type(question, passage)
    # A story naming only another man of that surname gives no surname for Leopoldo.
    other = "Defence Minister Vladimir Padrino Lopez backed Maduro. Mr Lopez said he had been released."
    assert not fits_answer_type(question, passage, article=lambda: other)
    # A passage with the asked first name is judged by its own words, not by the article's first man of that name.
    padrino = "Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move as a 'terrorist' act."
    story = f"Pence asked whether Vladimir Putin would invade the U.S. {padrino}"
    assert fits_answer_type("What did Vladimir say?", padrino, article=lambda: story)


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # An institution's words need the institution named, by its words or its initials.
        ("What did the Pope say about Venezuela?", "Mr Maduro declared that the opposition had failed.", False),
        ("What did the Pope say about Venezuela?", "Pope Francis said he was praying for Venezuelans.", True),
        ("what did the lima group say abt the april 30 thing", "Pompeo spoke out as Guaido urged protests.", False),
        ("what did the lima group say abt the april 30 thing", "The Lima Group said it backed Guaido.", True),
        ("¿Qué dijo el Grupo de Lima sobre el levantamiento?", "Pompeo spoke out as Guaido urged protests.", False),
        ("¿Qué dijo el papa sobre Venezuela?", "Pope Francis said he was praying for Venezuelans.", True),
        ("what did the un say", "United Nations chief Antonio Guterres urged restraint.", True),
        ("What did the Red Cross say?", "Rights group Provea said a man was shot.", False),
        # Not an institution: someone unnamed, a body of the country, a post.
        ("What did the man say?", "Provea said a 24-year-old man was shot.", True),
        ("What did the defence minister say?", "Defence Minister Padrino Lopez called it a coup.", True),
    ],
)
def test_what_an_institution_said_needs_it_named(question, passage, answers):
    assert fits_answer_type(question, passage) is answers


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # What was said about a person named in full needs that person named.
        (
            "What did Diosdado Cabello say about Leopoldo Lopez's release?",
            "Socialist party boss Diosdado Cabello called on government supporters to defend Maduro.",
            False,
        ),
        (
            "What did Maduro say about Cristopher Figuera's defection?",
            "Maduro said the traitors would face justice, and that Figuera had been bought.",
            True,
        ),
        # Asked in Spanish too.
        (
            "¿Qué dijo Diosdado Cabello sobre la carta de Cristopher Figuera?",
            '"We\'re going to Miraflores palace to defend the revolution," said Cabello in a phone call to state TV.',
            False,
        ),
        (
            "¿Qué dijo Diosdado Cabello sobre la carta de Cristopher Figuera?",
            "Cabello said Figuera was a traitor.",
            True,
        ),
        # "de" alone is no topic: "el gobierno de Maduro" is where the crack opened, not whom he spoke of.
        (
            "qué dijo Bolsonaro que se abrió en el gobierno de Maduro",
            "Bolsonaro said a 'crack' had been opened that could bring down the Venezuelan government.",
            True,
        ),
        # Two people of one surname: the rest of each name tells who speaks and whom it is about.
        (
            "What did Padrino Lopez say about Leopoldo Lopez being freed from house arrest?",
            "Mr Lopez said he had been released from house arrest by security forces.",
            False,
        ),
        (
            "What did Padrino Lopez say about Leopoldo Lopez being freed from house arrest?",
            "Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move as a 'terrorist' act.",
            False,
        ),
        (
            "What did Padrino Lopez say about Leopoldo Lopez being freed from house arrest?",
            "Padrino said Leopoldo Lopez had been freed illegally.",
            True,
        ),
        # A surname alone opening the topic is the person too; a place further on is not ("take Miraflores").
        (
            "what did diosdado cabello say about Figuera switching sides?",
            "Socialist party boss Diosdado Cabello called on government supporters to defend Maduro.",
            False,
        ),
        (
            "What did Padrino Lopez say about those who try to take Miraflores?",
            "Padrino Lopez warned that anyone trying to seize the palace would be met with force.",
            True,
        ),
        ("What did Pompeo say about Russia?", "Pompeo said Moscow had talked Maduro out of leaving.", True),
        # Something named by an acronym is named too: Padrino's words on Guaido's move are not on SEBIN's chief.
        (
            "what did padrino lopez say about the SEBIN chief defecting",
            "Defence Minister Vladimir Padrino Lopez condemned Mr Guaido's move as a 'terrorist' act.",
            False,
        ),
        (
            "what did padrino lopez say about the SEBIN chief defecting",
            "Padrino Lopez said the SEBIN chief had betrayed the armed forces.",
            True,
        ),
        # A country's acronym is no body's: the United States is "America" or "the US" in an English report.
        (
            "¿Qué dijo Pompeo sobre una posible acción militar de EEUU en Venezuela?",
            "Mike Pompeo, US Secretary of State, said military action in Venezuela is a possibility.",
            True,
        ),
    ],
)
def test_what_was_said_about_a_named_person_needs_them_named(question, passage, answers):
    assert fits_answer_type(question, passage) is answers


def test_a_place_called_by_its_name_is_no_one_speaking():
    bolton = "Bolton told a radio show that Maduro and his allies were hiding out at a compound called Fort Tiuna."
    assert not fits_answer_type("What did Maduro say about Bolton?", bolton)
    assert fits_answer_type("What did Maduro say about Guaido?", "Maduro called Guaido a puppet of the US.")


MADURO_BLAMES_COLOMBIA = (
    "In a Tuesday night appearance on national television, Mr Maduro declared that the opposition had attempted to "
    "impose an 'illegitimate government' with the support of the United States and neighbouring Colombia.\n\nHe said "
    "Venezuela would not succumb."
)


def test_a_country_named_only_as_whom_something_was_done_with_does_not_speak_through_someone_else():
    assert not the_country_speaks("what did colombia's president say about the uprising", MADURO_BLAMES_COLOMBIA)
    # Its own words still do, and Venezuela's president speaks for Venezuela.
    assert the_country_speaks("what did colombia's president say", "Colombia's president said it was time to act.")
    assert the_country_speaks("What did the Venezuelan government say?", MADURO_BLAMES_COLOMBIA)


def test_whether_someone_said_anything_needs_them_speaking():
    question = "did Putin himself say anything about Guaido's uprising"
    assert not fits_answer_type(question, "In his own address on Tuesday night, Guaido issued a rallying cry.")
    assert fits_answer_type(question, "Putin said the uprising had been staged from Washington.")


def test_someone_unnamed_speaking_is_not_a_person_the_article_never_names():
    question = "what did Lavrov himself say"
    passage = "'Nerves of steel!' he tweeted. 'We will win!'"
    about_maduro = "Maduro spoke to his commanders. " + passage
    about_lavrov = "Lavrov called Pompeo on Wednesday. " + passage
    assert not fits_answer_type(question, passage, article=lambda: about_maduro)
    assert fits_answer_type(question, passage, article=lambda: about_lavrov)


def test_a_country_s_words_are_not_a_passage_naming_no_country_in_another_country_s_story(one_story_state):
    from index.fit import lacking_rows

    body = (
        "Venezuela braced for a second day of protests as the opposition in Venezuela called its supporters back to "
        "the streets of the capital, and the army in Venezuela stayed in its barracks across the country.\n\n"
        "A defiant President Maduro said late last night that the attempted coup had failed and he promised criminal "
        "prosecutions over the serious crimes that had been committed during the day by those who took part in it."
    )
    state = one_story_state("Maduro says coup failed in Venezuela", "Wire", body)
    maduro = [(row, state.passage_text(row)) for row in range(len(state.keys)) if "defiant" in state.passage_text(row)]
    assert lacking_rows("What did China's government say about the coup?", maduro, state) == {maduro[0][0]}
    assert lacking_rows("What did Venezuela's government say about the coup?", maduro, state) == set()


@pytest.mark.parametrize(
    "question",
    [
        "what was Colombia's president's reply to Maduro blaming his country?",
        "How did Colombia's head of state reply to Maduro's accusation that Colombia backed the coup?",
    ],
)
def test_a_countrys_leaders_reply_is_told_only_with_that_country_speaking(question):
    maduro = (
        "In a Tuesday night appearance on national television, Maduro declared that the opposition had attempted to "
        "impose an 'illegitimate government' with the support of the U.S. and neighboring Colombia."
    )
    assert not the_country_speaks(question, maduro)
    assert the_country_speaks(question, "Colombian President Ivan Duque replied that Maduro's claims were false.")


def test_a_countrys_president_asked_with_his_name_is_still_that_country_speaking():
    question = "what did Mexico's president Lopez obrador say about the uprising"
    assert not the_country_speaks(question, "Brazilian President Jair Bolsonaro said the uprising had failed.")
    assert the_country_speaks(
        question, "Mexican President Andres Manuel Lopez Obrador said Mexico would not intervene."
    )


def test_a_president_asked_by_name_speaks_by_his_name_alone():
    question = (
        "On May 1, what did Brazil's president Jair Bolsonaro say had opened that could bring down the government?"
    )
    assert the_country_speaks(
        question, "Bolsonaro said a 'crack' had been opened that could bring down the government."
    )
    assert not the_country_speaks(question, "Colombia's foreign minister said a crack had been opened.")


def test_a_bodys_official_statement_is_its_words():
    question = "What was the European Union's official statement on Tuesday regarding Guaido's uprising?"
    assert not the_country_speaks(question, "In his own address on Tuesday night, Guaido issued a rallying cry.")
    assert the_country_speaks(question, "The European Union said it rejected any use of violence.")


def test_a_country_speaks_through_one_of_its_officials_confirming_in_the_passive():
    question = as_the_checks_read("Has the US made any comment on Figuera's letter?")
    confirmed = "The authenticity of the letter circulating on social media was confirmed by a senior U.S. official."
    assert fits_answer_type(question, confirmed)
    assert fits_answer_type(question, "U.S. officials said the letter was genuine.")
    assert not fits_answer_type(question, "Guaido's plan was backed by the US and by neighbouring Colombia.")
    assert not fits_answer_type(question, "The letter was handed to a US journalist by Figuera's aide.")
